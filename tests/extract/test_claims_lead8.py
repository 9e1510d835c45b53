"""The lead's eighth-session claim rules (issue #15), on articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.model import Claim
from tests.extract.conftest import by_cue, claims_of, linked_name


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


@pytest.mark.parametrize(
    ("epithet", "name"),
    [
        ("The foreign secretary", "Tom Halvorsen"),
        ("The home secretary", "Tom Halvorsen"),
        ("The chancellor", "Tom Halvorsen"),
        ("The press secretary", None),  # an aide beside him, as likely as he
        ("The shadow chancellor", None),  # the opposition's, maybe someone else
        ("The shadow home secretary", None),
        ("The German chancellor", None),
    ],
)
def test_a_uk_office_names_again_the_speaker_just_named(
    nlp: Language, epithet: str, name: str | None
) -> None:
    text = (
        "Rebate row\n\nThe rebate is not up for renegotiation at next week's summit, Tom "
        f"Halvorsen said. {epithet} told MPs the rebate was entirely justified.\n"
    )
    assert linked_name(nlp, text, "told") == name
