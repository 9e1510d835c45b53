"""The lead's ninth-session claim rules (issue #15), on articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import FLOOR, claims_of, shown, source_names


def test_she_after_a_newly_named_woman_is_not_the_older_speaker() -> None:
    raw = (
        "Campaign film\n\nTV host Marta Velinsky said the candidate had been misjudged. "
        "Ms Velinsky told the film makers that he was kinder in private.\n\n"
        "The film shows him cooking dinner at home with his wife, the painter Odile. "
        'Asked whether she enjoys the campaign, she admits: "It is exhausting but fun."\n'
    )
    # the wife, named in the sentence before, more likely said it: never the TV host
    assert "Marta Velinsky" not in source_names(raw, "admits")


def test_she_after_a_woman_named_only_inside_a_report_is_still_the_speaker() -> None:
    raw = (
        "Campaign film\n\nTV host Marta Velinsky said her mother had voted for the candidate. "
        '"She never missed an election," she added.\n'
    )
    assert source_names(raw, "added") == ["Marta Velinsky"]


@pytest.mark.parametrize(
    ("sentence", "cue", "shown_"),
    [
        ("The film shows the senator laughing at an impression of himself.", "shows", False),
        ("Footage captured police officers pushing protesters back.", "captured", False),
        ("The video shows that the count at the depot was wrong.", "shows", True),
        ("The study shows voters trusting local papers more than television.", "shows", True),
    ],
)
def test_a_scene_a_film_shows_is_no_claim_but_its_finding_is(
    nlp: Language, sentence: str, cue: str, shown_: bool
) -> None:
    text = "Election film\n\n" + sentence + "\n"
    assert bool(shown(claims_of(nlp, text), cue)) is shown_


def test_a_clause_fronted_before_a_verb_with_its_own_object_is_not_its_content(
    nlp: Language,
) -> None:
    text = (
        'Lost father\n\nAfter her aunt told her he was known as "Sparrow", Nell searched for '
        'him. Despite being told he was a "drifter who drowned at sea" she found a '
        "photograph of Mr Tallis in an attic.\n"
    )
    assert not shown(claims_of(nlp, text), "found")


def test_she_whose_own_sister_came_in_between_is_still_the_speaker() -> None:
    raw = (
        "Election fears\n\nVoter Hala Tunmore said the count had been fair. She remembers "
        "when soldiers tried to arrest her sister. She fears that the generals will not honor "
        "the result.\n"
    )
    assert source_names(raw, "fears") == ["Hala Tunmore"]


@pytest.mark.parametrize(
    ("sentence", "shown_"),
    [
        ("The reforms will pass, Ms Orrin told the BBC.", True),
        ("The reforms will pass, a minister said: the votes are there; the money is there.", True),
        ("In her speech, a sober survey of the reforms, she tells one joke.", False),
    ],
)
def test_only_a_thing_for_object_rules_out_a_fronted_content(
    nlp: Language, sentence: str, shown_: bool
) -> None:
    text = "Reform vote\n\n" + sentence + "\n"
    claims = claims_of(nlp, text)
    assert bool([c for c in claims if c.confidence >= FLOOR and c.cue]) is shown_


def test_a_that_clause_past_a_noun_of_belief_is_the_nouns_not_the_verbs(nlp: Language) -> None:
    text = (
        "Prisoner swap\n\nMs. Varga again decided to trade for the hostages despite concerns, "
        "even inside her own party, that it might encourage others to take hostages.\n"
    )
    assert not shown(claims_of(nlp, text), "decided")
    text = "Prisoner swap\n\nMs. Varga decided, after long talks, that the trade was worth it.\n"
    assert shown(claims_of(nlp, text), "decided")


def test_a_kind_noun_after_an_organizations_name_is_that_organization() -> None:
    raw = (
        "Holiday trading\n\nA bill would keep large shops in Scotland shut on Christmas Day. "
        "The Retailworkers Alliance said staff should be able to enjoy a break. Later the "
        "Retailworkers Alliance trade union said most of its members backed the bill.\n"
    )
    assert source_names(raw, "said")[-1] == "Retailworkers Alliance"


@pytest.mark.parametrize(
    "middle",
    [
        "The claims were made in a book published this week by Tomas Revik QC, a barrister.",
        "The speech had been introduced by his son Olek, a trainee vicar, who praised his "
        "father's honesty.",
    ],
)
def test_he_after_the_doer_of_a_passive_is_not_the_older_speaker(middle: str) -> None:
    raw = (
        "Advice row\n\nMr Darnell Quist told the BBC the advice should be published. "
        f"{middle} He also says the minister was warned that the plan could be unlawful.\n"
    )
    assert "Darnell Quist" not in source_names(raw, "says")
