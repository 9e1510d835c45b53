"""ent14's entity rules (ninth session), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from app.extract.entities.candidates import _unlabelled_names
from app.extract.entities.retyping import _vote_types
from app.extract.places import gazetteer
from tests.extract.conftest import entities_of
from tests.extract.test_entities_ent13 import _cands


def test_a_possessive_typed_with_an_opening_quote_is_no_part_of_the_name(nlp: Language) -> None:
    raw = (
        "Mayor speaks on budget\n\n"
        "The mayor Donald Kessel spoke on Monday. Later, Donald Kessel‘s aides said the plan "
        "would pass. Kessel said the council agreed."
    )
    people = [e for e in entities_of(nlp, raw) if e.type == "person"]
    assert [e.name for e in people] == ["Donald Kessel"]
    assert len(people[0].mentions) == 3


def test_a_full_name_with_a_generational_suffix_votes_for_its_bare_surname(
    nlp: Language,
) -> None:
    doc = nlp(
        "Mara Voss leads in the Senate, where her rival Tobias Quill III serves. Quill has none. "
        "Look at him now, Quill said. Asked again, Quill attacked. Quill was right."
    )
    cands = _cands(doc, [("Tobias Quill III", "person"), ("Quill", "work")])
    for c in cands[-2:]:
        c.type = "person"  # the model's labels for the lone surname: work, work, person, person
    _vote_types(cands, doc)
    assert all(c.type == "person" for c in cands)


def test_a_possessive_with_an_opening_quote_is_trimmed_where_the_name_recurs(
    nlp: Language,
) -> None:
    raw = (
        "Mayor will not meet Kessel\n\n"
        "LONDON (Wire) - Donald Kessel said he was unlikely to meet the mayor.\n\n"
        "“The mayor has made his views on Donald Kessel‘s comments very clear,” an aide said.\n\n"
        "“Donald Kessel‘s ignorant view of the city could make us less safe,” the mayor said.\n\n"
        "Kessel‘s often harsh comments on everything from trade to transport have drawn "
        "criticism from Paris and other capitals."
    )
    people = [e for e in entities_of(nlp, raw) if e.type == "person"]
    assert not any("‘" in e.name or any("‘" in a for a in e.aliases) for e in people)
    assert "Donald Kessel" in [e.name for e in people]


def test_an_untagged_full_name_after_a_capitalised_office_is_a_person(nlp: Language) -> None:
    doc = nlp("The plan will cost jobs, said the dock union's Secretary-Treasurer Ada Quimby.")
    found = _unlabelled_names(doc, gazetteer(), set(), set())
    assert [(doc[c.tok_start : c.tok_end].text, c.type) for c in found] == [
        ("Ada Quimby", "person")
    ]
