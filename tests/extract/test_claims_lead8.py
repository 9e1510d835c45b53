"""The lead's eighth-session claim rules (issue #15), on articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.model import Claim
from tests.extract.conftest import by_cue, claims_of, linked_name, shown, source_names, with_cue


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


@pytest.mark.parametrize(
    ("sentence", "cue", "parts"),
    [
        (
            "Looking ahead, Ann Tavrik set out the choices she says are facing the country.",
            "says",
            ["the choices", "are facing the country"],
        ),
        (
            "Ann Tavrik repaid the money she says she was owed.",
            "says",
            ["the money", "she was owed"],
        ),
        (
            "They attacked the policy, which Ann Tavrik says is failing.",
            "says",
            ["the policy", "is failing"],
        ),
        (
            'MPs will debate a bill which critics claim would legalise the trade "by the back '
            'door".',
            "claim",
            ["a bill", 'would legalise the trade "by the back door"'],
        ),
    ],
)
def test_a_tag_in_a_relative_clause_reports_the_noun_it_hangs_on(
    nlp: Language, sentence: str, cue: str, parts: list[str]
) -> None:
    text = "Tax row\n\n" + sentence + "\n"
    claim = by_cue(claims_of(nlp, text), cue)
    # the gapped clause alone ("are facing the country", "which | is failing") says nothing
    # of what; the words between the tag and a quotation are the reported clause's, not the tag's
    assert _parts(text, claim) == parts


def test_a_relative_whose_clause_is_whole_keeps_its_noun_out(nlp: Language) -> None:
    text = (
        "Wills\n\nThe bill would give force to living wills, where patients say they want "
        "treatment withheld if they fall ill.\n"
    )
    claim = by_cue(claims_of(nlp, text), "say")
    assert _parts(text, claim)[0].startswith("they want treatment withheld")


def test_figures_made_known_without_what_they_are_are_not_shown(nlp: Language) -> None:
    text = "Costs\n\nThe ministry revealed the price estimate on Monday.\n"
    assert not shown(claims_of(nlp, text), "revealed")
    text = "Costs\n\nThe ministry revealed the figures showed a rise in crime.\n"
    assert shown(claims_of(nlp, text), "revealed")  # what the figures showed is said


def test_he_after_another_titled_man_became_the_subject_is_not_the_older_speaker() -> None:
    raw = (
        "Abortion row\n\nTony Blair does not believe abortion should be an election issue, "
        "arguing it is a matter for individual conscience.\n\nHis words came as Cardinal "
        "Tavrik Yarisbel Morrow, the Archbishop of Westminster, backed the stance and "
        'distanced himself from Labour. In a statement, he said abortion was a "very key '
        'issue".\n'
    )
    # the Cardinal, the nearer subject, more likely said it: never Blair
    assert "Tony Blair" not in source_names(raw, "said")


def test_he_after_a_subject_in_a_relative_or_a_reported_clause_is_the_speaker() -> None:
    raw = (
        "Terror laws\n\nShadow home secretary Tavrik Morrow warned of miscarriages of justice, "
        'like the Guildford case - for which Tony Blair recently apologised. "Those '
        'pressures would be much greater for a politician," he told the BBC.\n'
    )
    assert source_names(raw, "told") == ["Tavrik Morrow"]
    raw = (
        "Terror laws\n\nBen Tavrik QC, representing the men, said they had been held for "
        "three years. He said they had been given no idea when they would be released.\n"
    )
    assert source_names(raw, "said") == ["Ben Tavrik", "Ben Tavrik"]


def test_what_an_addressee_was_told_is_the_that_clause_the_parse_hung_on_it(
    nlp: Language,
) -> None:
    text = (
        "Terror laws\n\nMr Tavrik, Leader of the Commons, told BBC Radio Four's Today programme "
        "that Mr Morrow's stance on the anti-terrorism bill was putting the country at risk.\n"
    )
    claim = by_cue(claims_of(nlp, text), "told")
    assert text[claim.content.start : claim.content.end].endswith("putting the country at risk")
    # a relative clause on the object is no content ("told the story that everyone knew")
    assert not with_cue(claims_of(nlp, "Leaks\n\nHe told the story that everyone knew.\n"), "told")


def test_an_office_before_anyone_spoke_names_the_one_person_named_so_far(nlp: Language) -> None:
    text = (
        "Budget\n\nTom Halvorsen has delivered a rousing speech to the party's spring "
        "conference.\n\nThe chancellor said he was proud of the party's record on the economy.\n"
    )
    assert linked_name(nlp, text, "said") == "Tom Halvorsen"
    text = (
        "Budget\n\nTom Halvorsen and Ann Roe spoke at the party's spring conference.\n\nThe "
        "chancellor said he was proud of the party's record on the economy.\n"
    )
    assert linked_name(nlp, text, "said") is None  # two people named: either may hold it
