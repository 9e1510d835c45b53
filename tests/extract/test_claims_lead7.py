"""The lead's seventh-session claim rules (issue #15), on articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import FLOOR, claims_of


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The party has promised cuts but has yet to say where they will fall.", "say"),
        ("The council is yet to explain how the scheme will be paid for.", "explain"),
        ("The firm failed to explain why the report was late.", "explain"),
    ],
)
def test_what_is_yet_to_be_said_was_not_said(nlp: Language, sentence: str, cue: str) -> None:
    claims = [c for c in claims_of(nlp, "Budget row\n\n" + sentence + "\n") if c.cue is not None]
    found = [c for c in claims if c.cue.text == cue]  # type: ignore[union-attr]
    # kept, marked negated, and never shown to a reader as something said
    assert found and all(c.negated and c.confidence < FLOOR for c in found)


def test_what_was_said_is_not_negated(nlp: Language) -> None:
    text = "Budget row\n\nThe party has said where the cuts will fall.\n"
    said = [c for c in claims_of(nlp, text) if c.cue is not None and c.cue.text == "said"]
    assert said and not said[0].negated
