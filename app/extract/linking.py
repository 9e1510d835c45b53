"""Cross-brief entity linking: decide whether a new brief's entity is one the store already has.

A pure rule, no database: the store passes the candidates it found (by folded name, alias,
surname or acronym) and gets back the id to merge into, or None to keep the new entity separate.

- Same type and the same name or alias once accents and case are folded: the same entity
  ("jose ramirez" is "José Ramírez"). Entity ids are built from folded names, so an exact
  match usually arrives as the same id already.
- A partial name (a surname, "Ramírez"; an acronym, "EADS"; a name inside a longer one) joins a
  known entity of the same type only when the articles agree on context: at least one entity
  co-occurring with the new one also co-occurred with the known one, and no other candidate
  has as much support. Otherwise it stays separate (two Smiths are not one Smith). An acronym
  alone needs two such entities (`ACRONYM_MIN_CONTEXT`), and never joins two bodies whose
  written-out names differ ("BA" of British Airways is not Bank of America's).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from app.extract import names
from app.extract.model import Entity, EntityType

LinkReason = Literal["same-name", "partial-name"]


@dataclass(frozen=True, slots=True)
class KnownEntity:
    """An entity the store already has, with what it co-occurred with in its briefs."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    co_entity_ids: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class Link:
    """The decision and its explanation, for `GET /entities/{id}` to show."""

    id: str
    reason: LinkReason
    matched_name: str  # the known name or alias the new entity matched
    shared_context: tuple[str, ...] = ()  # co-occurring entity ids both sides share


_words = names.name_words


def _is_part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Is `short` a contiguous run of `long`'s words? ("ramirez" in "jose ramirez")."""
    if not short or len(short) >= len(long):
        return False
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _match(new: str, known: str) -> Literal["part", "acronym"] | None:
    """How one name is a part of the other: a run of its words ("part"), or its acronym
    (`app.extract.names`, the rule a brief's own entities follow: "OSCE" for "Organization for
    Security and Co-operation in Europe", "EADS" for "European Aeronautic Defence and Space
    Company"); None if neither."""
    nw, kw = _words(new), _words(known)
    if _is_part(nw, kw) or _is_part(kw, nw):
        return "part"
    if names.stands_for(new, known) or names.stands_for(known, new):
        return "acronym"
    return None


# An acronym is weaker evidence than a name part: bodies share initials far more often than
# the people of one story share a surname. Stored with linking, 300 BBC and Reuters articles
# gave 5 acronym links confirmed by one shared entity, 2 of them right ("GB" joined Gordon
# Brown, "BT" Bell Textron, each by a shared United Kingdom), and 4 confirmed by two or more,
# all right (IMF, NASA, Athletics Kenya).
ACRONYM_MIN_CONTEXT = 2


def _long_forms(entity: Entity | KnownEntity) -> list[tuple[str, ...]]:
    """The entity's names written out: two words or more, not an acronym."""
    return [_words(n) for n in _names(entity) if len(_words(n)) >= 2 and not names.is_acronym(n)]


def _other_long_forms(entity: Entity, cand: KnownEntity) -> bool:
    """Do both go by a written-out name, none of one's a run of one of the other's? Then a
    shared acronym stands for two bodies ("BA": British Airways and Bank of America)."""
    mine, theirs = _long_forms(entity), _long_forms(cand)
    return bool(mine and theirs) and not any(
        a == b or _is_part(a, b) or _is_part(b, a) for a in mine for b in theirs
    )


def _names(entity: Entity | KnownEntity) -> list[str]:
    return [entity.name, *entity.aliases]


def link_explained(
    entity: Entity, co_entity_ids: Iterable[str], candidates: Sequence[KnownEntity]
) -> Link | None:
    """The known entity `entity` is, with the reason, or None when the evidence is not enough."""
    context = set(co_entity_ids) - {entity.id}
    typed = [c for c in candidates if c.type == entity.type]
    new_names = {_words(n): n for n in _names(entity)}
    # 1. Same name once folded: accents and case never split an entity. A one-word alias
    # ("Ramírez") is only a name part, left to rule 2 and its need for context.
    exact = []
    for cand in typed:
        for known in _names(cand):
            if known != cand.name and len(_words(known)) < 2:
                continue
            if _words(known) in new_names:
                exact.append((cand, known))
                break
    if len({c.id for c, _ in exact}) == 1:
        cand, known = exact[0]
        return Link(cand.id, "same-name", known, tuple(sorted(context & cand.co_entity_ids)))
    if len(exact) > 1:
        # Several known entities share the name: context decides, and must decide clearly.
        return _best_by_context([(c, k, 1) for c, k in exact], context, "same-name")
    # 2. A partial name in either direction, confirmed by shared context: one shared entity
    # for a run of words, ACRONYM_MIN_CONTEXT for an acronym alone, and never an acronym
    # between two bodies written out differently.
    partial = []
    for cand in typed:
        found: dict[str, str] = {}  # how -> the known name matched first that way
        for known in _names(cand):
            for new in new_names.values():
                how = _match(new, known)
                if how is not None:
                    found.setdefault(how, known)
        if "part" in found:
            partial.append((cand, found["part"], 1))
        elif "acronym" in found and not _other_long_forms(entity, cand):
            partial.append((cand, found["acronym"], ACRONYM_MIN_CONTEXT))
    return _best_by_context(partial, context, "partial-name")


def _best_by_context(
    pairs: list[tuple[KnownEntity, str, int]], context: set[str], reason: LinkReason
) -> Link | None:
    """The candidate with the most shared context, when at least its `need` and no other as
    much; None otherwise. `pairs`: (candidate, the known name matched, need)."""

    def support(cand: KnownEntity, need: int) -> int:
        shared = len(context & cand.co_entity_ids)
        return shared if shared >= need else 0

    scored = sorted(
        ((support(cand, need), cand, known) for cand, known, need in pairs),
        key=lambda t: -t[0],
    )
    if not scored or scored[0][0] == 0:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # two equally supported candidates: do not guess
    _, cand, known = scored[0]
    return Link(cand.id, reason, known, tuple(sorted(context & cand.co_entity_ids)))


def link_entity(
    entity: Entity, co_entity_ids: Iterable[str], candidates: Sequence[KnownEntity]
) -> str | None:
    """The id of the known entity this brief's `entity` is, or None to keep it new.

    `co_entity_ids`: ids of the other entities in the new brief. `candidates`: known entities
    the store found by folded name, alias or name part; their order does not matter.
    """
    link = link_explained(entity, co_entity_ids, candidates)
    return link.id if link is not None else None
