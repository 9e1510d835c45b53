"""The lead's eighth-session entity rules, on articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import tagged_entities


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Neither Cruz nor Christie acknowledged the report.", "Neither Cruz"),
        ('Said Cruz, "The thought of it is awful."', "Said Cruz"),
    ],
)
def test_a_word_opening_the_sentence_is_no_part_of_the_name(
    nlp: Language, sentence: str, span: str
) -> None:
    raw = (
        "Debate night\n\nThe candidates spoke on Monday. Ted Cruz said the plan was bad. "
        f"Chris Christie agreed.\n\n{sentence}\n"
    )
    # the small model takes the opening word into the name on real articles
    found = tagged_entities(nlp, raw, [(sentence[:5], span, "PERSON")])
    names = {e.name for e in found if e.type == "person"}
    assert "Ted Cruz" in names and not any(n.startswith(("Neither", "Said")) for n in names)
