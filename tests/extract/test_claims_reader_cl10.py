"""Claims a reader would not take for claims (acts with an empty object), and contents that run
on into the writer's account of the speaker (issue #15, fresh reads of PolNeAR train sets 42 and
78). Every text here is written for the tests."""

from __future__ import annotations

from spacy.language import Language

from app.extract.model import Claim
from tests.extract.conftest import claims_of, shown


def test_an_object_that_is_the_speaker_or_the_words_only_is_no_claim(nlp: Language) -> None:
    for text, cue in (
        ("In defending himself and his record, Ruiz said the audit was unfair.\n", "defending"),
        ("Ruiz will leave once he has said his piece.\n", "said"),
        ("Ruiz reiterated his neutrality remarks in two speeches.\n", "reiterated"),
        ("Gomez rejected the label.\n", "rejected"),
    ):
        assert not shown(claims_of(nlp, text), cue), text
    # What the speaker makes of themself, a label given, a view of a thing, stay claims.
    assert shown(claims_of(nlp, "Gomez described herself as a moderate.\n"), "described")
    assert shown(claims_of(nlp, "Gomez rejected the label of moderate.\n"), "rejected")
    # A bare target of a stance ("criticized the decision") is kept under the floor since
    # cl17 (#15: a target is no content a reader can trust; see test_claims_reader_cl17.py).
    claims = claims_of(nlp, "Gomez criticized the decision.\n")
    assert claims and not shown(claims, "criticized")
    assert shown(claims_of(nlp, "Gomez called for a ban.\n"), "called for")
    assert shown(claims_of(nlp, "In defending himself, Ruiz said the audit was unfair.\n"), "said")


def test_a_blow_against_a_named_ship_or_place_is_an_act(nlp: Language) -> None:
    text = "In 2001 gunmen attacked the USS Harlan in the harbor.\n"
    assert not shown(claims_of(nlp, text), "attacked")
    # A verbal attack on a person is kept, under the floor since cl17 (#15: a bare target).
    claims = claims_of(nlp, "Gomez attacked Ruiz.\n")
    assert claims and not shown(claims, "attacked")


def content_of(claims: list[Claim], cue: str) -> str:
    found = [c for c in claims if c.cue is not None and c.cue.text == cue]
    assert found, f"no claim with cue {cue!r}"
    return found[0].content.text


def test_a_concession_told_of_the_speaker_is_outside_the_content(nlp: Language) -> None:
    text = (
        "Gomez claimed that cutting the budget was wise, although she again refused to release"
        " the audit.\n"
    )
    assert content_of(claims_of(nlp, text), "claimed") == "that cutting the budget was wise"
    text = (
        "Ruiz said the new rules hurt small farms, though she noted that buyers are starting to"
        " demand them.\n"
    )
    claims = claims_of(nlp, text)
    assert content_of(claims, "said") == "the new rules hurt small farms"
    assert content_of(claims, "noted") == "that buyers are starting to demand them"
    # A concession about something else stays part of what was said.
    text = "Ruiz said the plan would help farms, although it costs more.\n"
    assert content_of(claims_of(nlp, text), "said").endswith("although it costs more")


def test_a_question_put_to_someone_is_no_claim(nlp: Language) -> None:
    for text in (
        "Ann Lee of the Herald asked Ruiz on Friday whether she would release the audit.\n",
        "The reporter asked how the average voter should view the fees.\n",
    ):
        assert not shown(claims_of(nlp, text), "asked"), text
    # A request stays.
    assert shown(claims_of(nlp, "Gomez asked the council to delay the vote.\n"), "asked")


def test_having_seen_something_happen_is_lived_through(nlp: Language) -> None:
    assert not shown(claims_of(nlp, "Ruiz has seen her standing erode since spring.\n"), "seen")
    assert shown(claims_of(nlp, "Ruiz has seen that the plan works.\n"), "seen")


def test_a_word_for_a_thing_or_a_judgment_of_acts_is_no_claim(nlp: Language) -> None:
    text = "Both plans move toward taxing consumption (what economists call spending).\n"
    assert not shown(claims_of(nlp, text), "call")
    text = "With each vote, the Republicans show how unready they are to govern.\n"
    assert not shown(claims_of(nlp, text), "show")
    assert shown(claims_of(nlp, "Polls show that Ruiz is ahead.\n"), "show")
    assert shown(claims_of(nlp, "Ruiz showed that the plan works.\n"), "showed")
    assert shown(claims_of(nlp, "Economists call the tax a burden.\n"), "call")
