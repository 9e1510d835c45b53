"""Descriptions of an organization's kind as a source ("the airline said", "The company
added") linked to the one organization of that kind just named (issue #15, PolNeAR train sets
60 and 12 and BBC business). Every text here is written for the tests."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import linked


def test_the_airline_is_the_airline_just_named(nlp: Language) -> None:
    text = (
        "The Irish airline SkyJet has cut its fares for the winter.\n\n"
        "The airline said demand had fallen sharply since October.\n"
    )
    assert linked(nlp, text, "said") == "organization:skyjet"


def test_the_company_is_the_business_just_named(nlp: Language) -> None:
    text = (
        "Shares in Marlow Holdings plc fell by 8% on Tuesday after weak sales.\n\n"
        "The company said it expected profits to recover next year.\n"
    )
    assert linked(nlp, text, "said") == "organization:marlow-holdings-plc"


def test_no_link_when_two_of_the_kind_compete(nlp: Language) -> None:
    text = (
        "The Irish airline SkyJet and the airline Norland Air both cut fares for the winter.\n\n"
        "The airline said demand had fallen sharply since October.\n"
    )
    assert linked(nlp, text, "said") is None
    text = (
        "The Irish airline SkyJet has cut its fares for the winter. A rival airline raised"
        " them.\n\n"
        "The airline said demand had fallen sharply since October.\n"
    )
    assert linked(nlp, text, "said") is None


def test_his_brother_is_the_brother_named_before(nlp: Language) -> None:
    text = (
        "Tom Baker won the race. His brother Neil Baker said he was proud. Later his brother"
        " told reporters that Tom would run again.\n"
    )
    assert linked(nlp, text, "told") == "person:neil-baker"
    text = (
        "Senator Ann Roe spoke in Dayton on Monday. Her husband, Mark Roe, joined her.\n\n"
        "Her husband said the campaign was going well.\n"
    )
    assert linked(nlp, text, "said") == "person:mark-roe"


def test_a_relative_never_named_is_not_linked(nlp: Language) -> None:
    text = (
        "Tom Baker won the race. His brother Neil Baker said he was proud. Later his sister"
        " told reporters that Tom would run again.\n"
    )
    assert linked(nlp, text, "told") is None


def test_the_kind_told_by_a_copula(nlp: Language) -> None:
    text = (
        "Harbor Mutual is the largest insurer in the state. Its premiums rose by 9% last year.\n\n"
        "The insurer said storms had driven up the cost of claims.\n"
    )
    assert linked(nlp, text, "said") == "organization:harbor-mutual"
