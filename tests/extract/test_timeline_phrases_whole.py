"""What a noun or verb needs to say what the text says is written with it, or the entry is left
out: a short phrase after a noun ("trade between the two kingdoms"), what a change is a change
in, the adjective after "nothing", what a verb's object was aimed at, blamed for or drawn into,
the second object of "provide", the "barely" of a verb; a relative clause's stranded
preposition, a verb whose number is not its supposed subject's and a "who" after a noun inside
another noun's phrase name no doer; what a supposed sign "would signal" is uncertain (invented
sentences of shapes that went wrong in a read-through of held-out political news, issue #16).
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from app.extract.model import TimelineEvent
from tests.extract.conftest import timeline

PUBLISHED = date(2016, 1, 20)


def entries(nlp: Language, text: str) -> dict[str, TimelineEvent]:
    return {e.trigger.text: e for e in timeline(nlp, text, PUBLISHED)}


@pytest.mark.parametrize(
    ("sentence", "trigger", "description"),
    [
        (
            "Trade between the two kingdoms declined 30 percent in the first half of this year.",
            "declined",
            "Trade between the two kingdoms declined 30 percent in the first half of this year",
        ),
        (
            "The mayor's landslide in the north obscured a decline in rural turnout of about "
            "30 percent.",
            "obscured",
            "The mayor's landslide in the north obscured a decline in rural turnout",
        ),
        (
            "The auditors are sure the inquiry will find that nothing improper took place.",
            "took",
            "nothing improper took place",
        ),
        (
            "At a rally in Dayton, the governor took some shots at his rival, particularly on "
            "taxes.",
            "took",
            "the governor took some shots at his rival",
        ),
        (
            "The council blamed the contractor for the long delay.",
            "blamed",
            "The council blamed the contractor for the long delay",
        ),
        (
            "Officials said that Norland lacked the troops to provide South Asia the protection "
            "it wanted.",
            "lacked",
            "Norland lacked the troops to provide South Asia the protection",
        ),
        (
            "The senator has won six of the past seven contests, even though he's barely "
            "denting the governor's sizable lead.",
            "denting",
            "he's barely denting the governor's sizable lead",
        ),
    ],
)
def test_what_the_noun_or_verb_needs_is_written(
    nlp: Language, sentence: str, trigger: str, description: str
) -> None:
    assert entries(nlp, sentence)[trigger].description == description


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # where the parse hangs "toward the left" on the verb that the description cuts
        (
            "Farm lobbies have helped push the once deeply conservative county toward the left "
            "in recent elections.",
            "helped",
        ),
        # "drew the valley" is not what the text says
        (
            "In 2014, Norland attempted to draw the valley more closely into its orbit by "
            "founding a union.",
            "attempted",
        ),
        # the pact is what he lobbied for, not whom he lobbied
        (
            "She said she could not support the six-nation fishing pact that she herself lobbied "
            "for while governor.",
            "lobbied",
        ),
        # "has" is not the number of "sales": the fall reduced the power, not the sales
        (
            "But sales have been halved this year - a sharp fall in the local currency, the "
            "lira, has drastically reduced shoppers' purchasing power.",
            "reduced",
        ),
        # "voters (Ms. Roe must win)": the parse made the relative the verb's complement
        (
            "A drop in party turnout has reached deeply into the core groups of voters Ms. Roe "
            "must win in November.",
            "reached",
        ),
        # and here the parse made "reached" the complement of "win" after it
        (
            "A drop in primary turnout has reached deeply into some of the core groups of "
            "voters Mrs. Roe must not only win in November, but also energize to help her "
            "party.",
            "reached",
        ),
        # the owner declined, not the shoes
        (
            '"We were cheated," said one owner of a shop that sells shoes who declined to be '
            "named for fear of trouble.",
            "declined",
        ),
    ],
)
def test_a_cut_phrase_or_a_doubtful_doer_gives_no_entry(
    nlp: Language, sentence: str, trigger: str
) -> None:
    assert trigger not in entries(nlp, sentence)


def test_a_change_without_what_changed_gives_no_entry(nlp: Language) -> None:
    found = entries(
        nlp,
        "The mayor's landslide obscured a decline in the once strong and loyal rural turnout.",
    )
    assert "obscured" not in found, found


def test_what_a_supposed_sign_would_signal_is_uncertain(nlp: Language) -> None:
    found = entries(
        nlp, "A rate near two percent would signal that the central bank will raise its target."
    )
    assert found["raise"].modality == "uncertain"


def test_a_second_verb_keeps_the_modal_of_the_first(nlp: Language) -> None:
    found = entries(
        nlp,
        "A sharp drop in turnout has reached deeply into some of the core groups of voters the "
        "mayor must not only win in November but also energize.",
    )
    assert found["energize"].description == "the mayor must energize"


def test_a_past_week_told_on_its_first_day_is_not_that_week(nlp: Language) -> None:
    found = {
        e.trigger.text: e
        for e in timeline(
            nlp, "The farmers spent the entire week at their fair in Dayton.", date(2016, 8, 1)
        )
    }
    assert found["spent"].date is None
