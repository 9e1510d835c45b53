"""Entities a claim's source or a timeline agent links to, typed as a reader would (ent9):
a body classed by a trade noun before its name ("oil giant X", "the advocacy group X"), and
news outlets and polling firms the small model reads as people or places."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entities_of, owner, tagged_entities


def test_trade_noun_before_a_name_makes_a_body(nlp: Language) -> None:
    raw = (
        "Norwegian oil giant Veltrasko lost its appeal on Monday.\n\n"
        "Veltrasko said it would go to a higher court."
    )
    ents = tagged_entities(
        nlp, raw, [("giant", "Veltrasko", "PERSON"), ("\n", "Veltrasko", "PERSON")]
    )
    assert owner(ents, "Veltrasko").type == "organization"


def test_advocacy_group_before_a_name(nlp: Language) -> None:
    raw = (
        "The advocacy group Tavrun Speaks is sponsoring a prize for new housing.\n\n"
        "Tavrun Speaks said the prize would draw architects."
    )
    ents = tagged_entities(
        nlp, raw, [("group", "Tavrun Speaks", "PERSON"), ("\n", "Tavrun Speaks", "PERSON")]
    )
    assert owner(ents, "Tavrun Speaks").type == "organization"


def test_a_former_rival_stays_a_person(nlp: Language) -> None:
    raw = "His former rival Yarisbel Tavrik said the vote was close.\n\nTavrik lost in March."
    ents = tagged_entities(nlp, raw, [("rival", "Yarisbel Tavrik", "PERSON")])
    assert owner(ents, "Yarisbel Tavrik").type == "person"


def test_polling_firm_read_as_a_place(nlp: Language) -> None:
    raw = (
        "Support for the plan fell to 41 percent, Gallup found in a survey last week.\n\n"
        "The senator dismissed the figures from Gallup."
    )
    ents = tagged_entities(nlp, raw, [("percent", "Gallup", "GPE"), ("figures", "Gallup", "GPE")])
    assert owner(ents, "Gallup").type == "organization"


def test_news_outlet_read_as_a_person(nlp: Language) -> None:
    raw = "Politico reported on Saturday that the governor would resign before May."
    ents = tagged_entities(nlp, raw, [("Politico", "Politico", "PERSON")])
    assert owner(ents, "Politico").type == "organization"


def test_outlet_name_a_person_bears_stays_a_person(nlp: Language) -> None:
    raw = (
        "Former mayor Michael Bloomberg spoke in Denver on Friday.\n\n"
        "Bloomberg said the city had done well."
    )
    ents = tagged_entities(
        nlp,
        raw,
        [("Former", "Michael Bloomberg", "PERSON"), ("\n", "Bloomberg", "PERSON")],
    )
    assert owner(ents, "Bloomberg").type == "person"


def test_party_plural_before_a_given_name_is_no_part_of_it(nlp: Language) -> None:
    # The small model reads "Tories Ken Barlow" as one person's name here.
    raw = "But the all-party group, including Tories Ken Barlow and Sir Peter Voss, backed it."
    names = {e.name for e in entities_of(nlp, raw) if e.type == "person"}
    assert "Ken Barlow" in names
    assert not any("Tories" in n for n in names)


def test_employer_after_a_named_persons_title(nlp: Language) -> None:
    raw = (
        '"Demand will grow," said Yarisbel Tavrik, senior vice president Quendrix.\n\n'
        "Quendrix announced a deal with a software firm."
    )
    ents = tagged_entities(
        nlp,
        raw,
        [
            ("said", "Yarisbel Tavrik", "PERSON"),
            ("president", "Quendrix", "ORG"),
            ("\n", "Quendrix", "ORG"),
        ],
    )
    assert owner(ents, "Quendrix").type == "organization"


def test_a_body_initialism_after_an_adjective_stays_a_body(nlp: Language) -> None:
    raw = (
        "Ministers said a resurgent NATO would worry its rivals.\n\n"
        "NATO agreed new rules on Monday, and NATO said the rules would last."
    )
    assert owner(entities_of(nlp, raw), "NATO").type == "organization"


def test_an_initialism_used_as_a_common_noun_is_still_a_term(nlp: Language) -> None:
    raw = "The firm built an AI that writes code.\n\nThe AI was tested by Quendrix in March."
    ents = [e for e in entities_of(nlp, raw) if e.name == "AI"]
    assert all(e.type == "other" for e in ents)


def test_one_word_person_tag_outvoted_by_body_tags(nlp: Language) -> None:
    raw = (
        "The stock market Quendrix has approached a rival exchange.\n\n"
        "Talks with Quendrix began in May, people close to Quendrix said.\n\n"
        "Quendrix said no offer had been made."
    )
    ents = tagged_entities(
        nlp,
        raw,
        [
            ("market", "Quendrix", "NORP"),
            ("Talks", "Quendrix", "NORP"),
            ("close", "Quendrix", "NORP"),
            ("\n\nQuendrix said no", "Quendrix", "PERSON"),
        ],
    )
    assert owner(ents, "Quendrix").type == "organization"
