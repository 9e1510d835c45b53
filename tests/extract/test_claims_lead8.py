"""The lead's eighth-session claim rules (issue #15), on articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.model import Claim
from tests.extract.conftest import by_cue, claims_of


def _parts(text: str, claim: Claim) -> list[str]:
    return [text[p.start : p.end] for p in claim.content.parts]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "Analysts will listen for hints on whether, as the opposition claims, the minister "
            "plans to raise taxes after the vote.",
            ["the minister plans to raise taxes after the vote"],
        ),
        (
            "The minister plans, as the opposition claims, to raise taxes after the vote.",
            ["The minister plans", "to raise taxes after the vote"],
        ),
    ],
)
def test_an_as_tag_keeps_its_as_and_the_frame_out_of_the_content(
    nlp: Language, sentence: str, parts: list[str]
) -> None:
    text = "Budget hints\n\n" + sentence + "\n"
    claim = by_cue(claims_of(nlp, text), "claims")
    # neither the tag's own "as" nor the outer sentence's bare "whether" is what was claimed
    assert _parts(text, claim) == parts
