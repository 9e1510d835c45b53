"""The lead's eighth-session timeline rules (issue #16), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from app.extract.document import from_text
from app.extract.pipeline import extract


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
