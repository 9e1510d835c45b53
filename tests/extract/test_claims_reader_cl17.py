"""What a reader is shown when a verb of stance or of naming a matter has only a plain noun
phrase for object ("blasted his rival over his stance", "rejected the council's plan",
"discussed the floods"), and when the source only came to know something ("learned that",
"realized"): kept, but under the default floor (issue #15, fresh reads of PolNeAR train sets
18, 37 and 51). Every text here is written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import FLOOR, claims_of, shown


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Senator Ulfrid Pemberton blasted his rival over his stance on tariffs.", "blasted"),
        ("Mayor Dace rejected the council's plan to close the library.", "rejected"),
        ("Ann Roe defended her endorsement of the mayor.", "defended"),
        ("Ann Roe discussed the recent floods that have ruined the harvest.", "discussed"),
        ("Ann Roe mocked Dace's story about chasing a burglar with a broom.", "mocked"),
    ],
)
def test_a_bare_target_or_topic_is_under_the_floor(nlp: Language, text: str, cue: str) -> None:
    claims = claims_of(nlp, text + "\n")
    assert any(c.cue is not None and c.cue.text == cue for c in claims)  # kept
    assert not shown(claims, cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ann Roe rejected the claim that she had lied to the council.", "rejected"),
        ("Ann Roe called the plan a disaster for the town.", "called"),
        ("Ann Roe accused the mayor of lying about the budget.", "accused"),
        ('Ann Roe denounced the mayor\'s call for "a total ban on cars."', "denounced"),
        ("Ann Roe has dismissed reports she told the mayor she would resign in May.", "dismissed"),
        ("Mr Dace rejected the idea Ann Roe posed a threat to the party.", "rejected"),
    ],
)
def test_an_object_that_says_something_stays_shown(nlp: Language, text: str, cue: str) -> None:
    assert shown(claims_of(nlp, text + "\n"), cue)


def test_what_the_source_came_to_know_is_under_the_floor(nlp: Language) -> None:
    text = "When Ann Roe learned that the mayor would visit the town, she printed two signs.\n"
    assert not shown(claims_of(nlp, text), "learned")
    claims = claims_of(nlp, "The chief realized that help was not coming.\n")
    assert all(c.confidence < FLOOR for c in claims if c.cue and c.cue.text == "realized")
    assert claims


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Roe said the council would vote on Friday, drawing a sharp reply from Dace.",
            "the council would vote on Friday",
        ),
        ("Ann Roe said the plan was dead, deploying her favorite adverb.", "the plan was dead"),
        (
            'Ann Roe took a heckler in stride, saying the man would "not get hurt" at her rally,'
            " a swipe at the recent fights at the mayor's events.",
            'the man would "not get hurt" at her rally',
        ),
        (
            "Ann Roe said that her purse was stopped by a thick belt, something that Dace mocked.",
            "that her purse was stopped by a thick belt",
        ),
    ],
)
def test_the_writers_upshot_after_a_comma_is_cut(nlp: Language, text: str, content: str) -> None:
    claims = [c for c in claims_of(nlp, text + "\n") if c.cue and c.cue.text in ("said", "saying")]
    assert claims and claims[-1].content.text == content


def test_the_speakers_own_participle_stays(nlp: Language) -> None:
    text = "Ann Roe said the plan would cut costs, freeing money for schools.\n"
    claims = [c for c in claims_of(nlp, text) if c.cue and c.cue.text == "said"]
    kept = "the plan would cut costs, freeing money for schools"
    assert claims and claims[0].content.text == kept


def test_a_position_held_and_a_news_outlets_finding_stay_shown(nlp: Language) -> None:
    assert shown(claims_of(nlp, "Senator Ulfrid Pemberton opposes the new fuel tax.\n"), "opposes")
    text = "The Valley Ledger has learned that the mayor will resign in May.\n"
    assert shown(claims_of(nlp, text), "learned")
