"""What a reader is shown for a "he" set before the name it stands for ("Even as he accused
..., Giuliani would not ..."), for "continue" with an infinitive or a gerund (an act going on,
not words), and for "Label: value" lines that are no one's words (a list of names, a title
with no verb): issue #15, fresh reads of PolNeAR train sets 1, 32 and 56 and false claims on
train. Every text here is written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import claims_of, linked_name, shown, with_cue


def test_a_he_before_the_main_clause_is_its_subject_not_the_last_speaker(nlp: Language) -> None:
    text = (
        "Harbour pilots met in Dunmore on Monday.\n\n"
        '"The port is safe and the ships will sail," said Dorian Vesk, a pilot.\n\n'
        "Even as he accused the port authority of favouring its own crews, Tavrik Olmand "
        "would not speculate about the harbour master's motives.\n"
    )
    assert linked_name(nlp, text, "accused") == "Tavrik Olmand"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor's lead in the polls continues to grow.", "continues"),
        ("Ann Roe continued campaigning in the north on Friday.", "continued"),
        ("The council will continue to raise money from local firms.", "continue"),
    ],
)
def test_continue_with_an_act_is_no_claim(nlp: Language, text: str, cue: str) -> None:
    assert not with_cue(claims_of(nlp, text + "\n"), cue)


def test_continue_with_a_report_stays(nlp: Language) -> None:
    claims = claims_of(nlp, "Ann Roe continued to insist that the bridge was safe.\n")
    assert any("the bridge was safe" in c.content.text for c in claims)
    claims = claims_of(nlp, '"We will rebuild the bridge," Ann Roe continued.\n')
    assert shown(claims, "continued")


def test_a_list_of_names_after_a_place_is_no_claim(nlp: Language) -> None:
    text = (
        "Party insiders weigh in\n\n"
        "The panel's members in each state are listed below.\n\n"
        "Ohio: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Grant Young.\n\n"
        "Texas: Bonnie Campbell, Dave Caris, Sam Clovis and Nate Willems.\n"
    )
    assert not [c for c in claims_of(nlp, text) if c.cue is not None and c.cue.text == ":"]


def test_a_verbless_title_after_a_label_is_no_claim(nlp: Language) -> None:
    text = (
        "The Morning Digest: A City at War.\n\n"
        "The mayor spoke to reporters on Monday about the floods.\n"
    )
    assert not [c for c in claims_of(nlp, text) if c.cue is not None and c.cue.text == ":"]


@pytest.mark.parametrize(
    "text",
    [
        "Poll: Roe and Dace in dead heat in the north.\n\nThe poll was taken in May.\n",
        "Dace: Roe Will Lose The North.\n\nThe mayor spoke on Monday.\n",
        "The debate\n\nMODERATOR: Will you run again?\n\nROE: Absolutely not.\n\n"
        "MODERATOR: Thank you.\n",
    ],
)
def test_a_finding_a_headline_claim_or_a_transcript_answer_stays(nlp: Language, text: str) -> None:
    assert [c for c in claims_of(nlp, text) if c.cue is not None and c.cue.text == ":"]


@pytest.mark.parametrize(
    "text",
    [
        "Roe won the north by a mile. That said, she cannot win the nomination outright.\n",
        'The rally was small. (That said, Dace noted, "the crowd was loud.")\n',
        "Roe has a lead. That being said, the race is far from over.\n",
    ],
)
def test_that_said_is_no_claim(nlp: Language, text: str) -> None:
    claims = claims_of(nlp, text)
    assert not [
        c for c in claims if c.source is not None and c.source.text in ("That", "That being")
    ]


def test_that_said_with_an_object_stays(nlp: Language) -> None:
    claims = claims_of(nlp, "Ann Roe said that, in her view, the plan would fail.\n")
    assert any("the plan would fail" in c.content.text for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "“Let’s just boil it down to the basics,” Ann Roe continued. “The bridge is safe.”\n",
        "Dace's voters continue to back Ann Roe in the north.\n",
        "Ann Roe continued to express doubts about the bridge.\n",
    ],
)
def test_continue_with_words_a_side_or_a_voiced_doubt_stays(nlp: Language, text: str) -> None:
    claims = claims_of(nlp, text)
    assert [c for c in claims if c.cue is not None and c.cue.text.startswith("continue")] or [
        c for c in claims if c.cue is not None and c.cue.text in ("back", "express")
    ]


def test_a_verbless_headline_under_a_name_the_article_gives_a_person_stays(
    nlp: Language,
) -> None:
    text = (
        "Roe: No new tolls on the bridge.\n\n"
        "Mayor Ann Roe spoke to reporters on Monday about the bridge.\n"
    )
    assert [c for c in claims_of(nlp, text) if c.cue is not None and c.cue.text == ":"]
