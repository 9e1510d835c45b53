"""ent13's entity rules (ninth session), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from app.extract.entities.candidates import _before_a_date, _Cand, _common_phrases
from app.extract.entities.keys import _assign_keys
from app.extract.entities.retyping import _context_types, _vote_types
from app.extract.places import gazetteer
from app.extract.tokens import token_table
from tests.extract.conftest import entities_of


def _types(ents: list, name: str) -> set[str]:
    return {e.type for e in ents if e.name == name or name in e.aliases}


def _cands(doc: Doc, spans: list[tuple[str, str]]) -> list[_Cand]:
    """A candidate for each (words, type) at every place the words stand in `doc`."""
    out = []
    for text, type_ in spans:
        n = len(text.split())
        for k in range(len(doc) - n + 1):
            if doc[k : k + n].text == text and not any(c.tok_start <= k < c.tok_end for c in out):
                out.append(
                    _Cand(k, k + n, doc[k].idx, doc[k + n - 1].idx + len(doc[k + n - 1]), type_)
                )
    return sorted(out, key=lambda c: c.start)


def test_a_platform_written_once_inside_a_nickname_stays_a_platform(nlp: Language) -> None:
    doc = nlp(
        "For years, Chirper has called itself a home for free speech. Chirper said on Friday "
        "that it had suspended 90,000 Chirper accounts linked to the gang. Some Chirper "
        "accounts called the site Republic Chirper as a joke. At least 4,000 Chirper accounts "
        "were closed. Chirper said it would hire staff."
    )
    # the recogniser's reading: every "Chirper" it labels a person, the nickname a person
    cands = [
        c
        for c in _cands(doc, [("Republic Chirper", "person"), ("Chirper", "person")])
        if not (c.tok_end < len(doc) and doc[c.tok_end].text == "accounts")
    ]
    g = gazetteer()
    _context_types(cands, doc, g)
    _assign_keys(cands, doc, g)
    bare = [c for c in cands if c.tok_end - c.tok_start == 1]
    assert bare and all(c.type == "organization" for c in bare)
    assert all(c.key != "person:republic chirper" for c in bare)


def test_a_full_name_makes_its_bare_surname_a_person(nlp: Language) -> None:
    doc = nlp(
        "Mara Voss leads in the Senate, where her rival Tobias Quill serves. Quill has none. "
        "Look at Tobias Quill now, Quill said. Asked again, Quill attacked. Quill was right."
    )
    cands = _cands(doc, [("Tobias Quill", "person"), ("Quill", "work")])
    for c in cands[-2:]:
        c.type = "person"  # the model's labels for the lone surname: work, work, person, person
    _vote_types(cands, doc)
    assert all(c.type == "person" for c in cands)


def test_a_body_runs_on_into_no_honorific_after_a_preposition(nlp: Language) -> None:
    doc = nlp("Speaking in the Commons after Mr Tarrant had delivered his budget, she said no.")
    k = next(t.i for t in doc if t.text == "Commons")
    assert _before_a_date(token_table(doc), k, k + 4) == k + 1


def test_a_quantity_written_a_x_of_is_no_person(nlp: Language) -> None:
    doc = nlp(
        "The minister warned that criminals could buy explosives. A Gram of the powder will "
        "destroy a car, and a Gram of the toxin will kill a town, he said."
    )
    cands = _cands(doc, [("Gram", "person")])
    assert len(cands) == 2
    assert _common_phrases(cands, doc) == []


def test_a_party_word_before_a_full_name_is_no_part_of_it(nlp: Language) -> None:
    raw = (
        "Young MPs\n\nThe seat was won in 1997 in a formerly safe Tory seat. But the youngest "
        "member is understood to have been Tory Harold Pembury, who won the 1911 Dunmere "
        "by-election at the age of 21.\n"
    )
    names = {e.name for e in entities_of(nlp, raw)}
    assert "Tory Harold Pembury" not in names
    assert "Harold Pembury" in names


def test_a_plural_common_noun_opening_a_name_makes_a_body(nlp: Language) -> None:
    raw = (
        "Court cases\n\nCases of keen interest to business include Parents United, which "
        "won a ruling on school funding, the lawyers said.\n"
    )
    ents = entities_of(nlp, raw)
    assert "person" not in _types(ents, "Parents United")
