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


def test_a_country_the_recogniser_labels_once_each_way_is_a_place(nlp: Language) -> None:
    raw = (
        "Abortion row\n\nThe top bishop in England and Wales backed the stance. More than "
        "180,000 women in England and Wales had terminations last year.\n"
    )
    # the small model labels the first "Wales" ORG and the second GPE
    found = tagged_entities(nlp, raw, [("The top", "Wales", "ORG"), ("More than", "Wales", "GPE")])
    assert {e.name: e.type for e in found}["Wales"] == "place"


def test_a_company_sharing_a_city_s_name_is_left_to_the_order(nlp: Language) -> None:
    raw = (
        "Phone deal\n\nOrange said profits rose. Shares in Orange fell on Monday after the deal.\n"
    )
    found = tagged_entities(
        nlp, raw, [("Orange said", "Orange", "ORG"), ("Shares", "Orange", "GPE")]
    )
    assert {e.name: e.type for e in found}["Orange"] == "organization"
