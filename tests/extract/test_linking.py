"""Cross-brief linking: same names fold together, partial names need agreeing context."""

from __future__ import annotations

from app.extract.linking import KnownEntity, link_entity, link_explained
from app.extract.model import Entity, entity_id


def _entity(name: str, type_: str = "person", aliases: list[str] | None = None) -> Entity:
    return Entity(id=entity_id(type_, name), name=name, type=type_, aliases=aliases or [])  # type: ignore[arg-type]


MADURO = KnownEntity(
    id="person:nicolas-maduro",
    name="Nicolás Maduro",
    type="person",
    aliases=("Maduro",),
    co_entity_ids=frozenset({"place:venezuela", "place:cuba", "person:cilia-flores"}),
)
OTHER_MADURO = KnownEntity(
    id="person:ricardo-maduro",
    name="Ricardo Maduro",
    type="person",
    co_entity_ids=frozenset({"place:honduras"}),
)


def test_surname_joins_full_name_when_context_agrees() -> None:
    assert link_entity(_entity("Maduro"), {"place:venezuela"}, [MADURO]) == MADURO.id


def test_surname_stays_new_without_shared_context() -> None:
    assert link_entity(_entity("Maduro"), {"place:spain"}, [MADURO]) is None


def test_type_must_match() -> None:
    assert link_entity(_entity("Maduro", "organization"), {"place:venezuela"}, [MADURO]) is None


def test_accents_and_case_never_split() -> None:
    link = link_explained(_entity("NICOLAS MADURO"), set(), [MADURO])
    assert link is not None and link.id == MADURO.id and link.reason == "same-name"


def test_ambiguous_surname_picks_the_supported_candidate_or_none() -> None:
    cands = [MADURO, OTHER_MADURO]
    assert link_entity(_entity("Maduro"), {"place:honduras"}, cands) == OTHER_MADURO.id
    assert link_entity(_entity("Maduro"), {"place:peru"}, cands) is None


def test_full_name_joins_a_known_surname_only_entity() -> None:
    known = KnownEntity(
        "person:maduro", "Maduro", "person", co_entity_ids=frozenset({"place:cuba"})
    )
    assert link_entity(_entity("Nicolás Maduro"), {"place:cuba"}, [known]) == known.id


def test_acronym_joins_long_form_with_context() -> None:
    shared = {"organization:airbus", "place:toulouse"}
    known = KnownEntity(
        "organization:european-aeronautic-defence-and-space-company",
        "European Aeronautic Defence and Space Company",
        "organization",
        co_entity_ids=frozenset(shared),
    )
    link = link_explained(_entity("EADS", "organization"), shared, [known])
    assert link is not None and link.reason == "partial-name"
    assert link.shared_context == ("organization:airbus", "place:toulouse")
    # An acronym alone needs two entities in common; a name part one.
    assert link_entity(_entity("EADS", "organization"), {"place:toulouse"}, [known]) is None


def test_an_acronym_never_joins_two_bodies_written_out_differently() -> None:
    """ "BA" of Baltic Airways is not the "BA" of the Bank of Arcadia, whatever they share."""
    shared = {"place:riga", "place:london", "person:ilze-berzina"}
    bank = KnownEntity(
        "organization:bank-of-arcadia",
        "Bank of Arcadia",
        "organization",
        aliases=("BA",),
        co_entity_ids=frozenset(shared),
    )
    airline = _entity("Baltic Airways", "organization", aliases=["BA"])
    assert link_entity(airline, shared, [bank]) is None
    # Written out alike (one a run of the other's words), they are one body.
    longer = _entity("Bank of Arcadia Group", "organization", aliases=["BA"])
    assert link_entity(longer, shared, [bank]) == bank.id


def test_no_candidates() -> None:
    assert link_entity(_entity("Maduro"), {"place:venezuela"}, []) is None
