"""The lead's eighth-session timeline rules (issue #16), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from app.extract.document import from_text
from app.extract.pipeline import extract
from tests.extract.conftest import timeline


def _agents(raw: str, trigger: str) -> list[str | None]:
    brief = extract(from_text(raw))
    return [e.agent for e in brief.timeline if e.trigger.text == trigger]


def test_he_after_another_man_took_him_as_object_is_not_that_man(nlp: Language) -> None:
    raw = (
        "Former minister Lord Tavrik dies aged 90\n\n"
        "Former Labour minister Lord Tavrik has died at the age of 90.\n\n"
        'He passed away at home in Kent. Prime Minister Tony Blair called him a "giant" of '
        "the party. He held each of the great offices of state during his career and became "
        "a peer in 1987.\n"
    )
    # "him" is by grammar not Blair: the "He" after it is Tavrik, or left unsaid; never Blair
    for trigger in ("held", "became"):
        assert "person:tony-blair" not in _agents(raw, trigger)
    assert _agents(raw, "passed away") == ["person:tavrik"]


def test_he_after_a_man_who_took_a_thing_as_object_is_that_man(nlp: Language) -> None:
    raw = (
        "Minister quits\n\nThe minister of trade, Tony Blair, called the plan a disgrace on "
        "Monday. He resigned from the cabinet an hour later.\n"
    )
    assert _agents(raw, "resigned") == ["person:tony-blair"]


def test_a_clause_after_claims_with_that_left_out_is_reported(nlp: Language) -> None:
    text = "Row\n\nAnd he hit back at Labour claims he had used the nurse as a human shield.\n"
    used = [e for e in timeline(nlp, text) if e.trigger.text == "used"]
    # what Labour claims is no fact of the story
    assert used and all(e.modality == "reported" for e in used)
    text = "Row\n\nShe repeated the claims he made last year.\n"
    assert all(e.trigger.text != "claims" for e in timeline(nlp, text))


def test_a_clause_the_parse_hung_past_claims_is_reported(nlp: Language) -> None:
    text = (
        "Row\n\nBut it sparked a furore with claims politicians were either stoking up hatred or "
        "running scared of the problem.\n"
    )
    stoking = [e for e in timeline(nlp, text) if e.trigger.text.startswith("stoking")]
    assert stoking and all(e.modality == "reported" for e in stoking)
