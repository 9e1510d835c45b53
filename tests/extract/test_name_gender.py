"""A person's gender from the given name: Faker's national lists, then the US birth counts
(`app/extract/given_name_counts.json`) for the names those lists leave out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.name_gender import first_name_gender, listed_first_name_genders, name_gender
from tests.extract.conftest import linked_name


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Barack", "m"), ("Mitch", "m"), ("Jeb", "m"), ("Hillary", "f"), ("Kellyanne", "f")],
)
def test_names_of_public_life_the_lists_miss_have_a_gender(name: str, gender: str) -> None:
    assert name.lower() not in listed_first_name_genders()  # what the birth counts add
    assert first_name_gender(name) == gender


@pytest.mark.parametrize("name", ["Jordan", "Kerry", "Bernie"])
def test_a_name_given_to_both_sexes_says_nothing(name: str) -> None:
    assert first_name_gender(name) == ""


@pytest.mark.parametrize("word", ["General", "Judge", "Governor", "Sir", "Colonel"])
def test_a_title_word_is_no_given_name(word: str) -> None:
    # the counts list them as rare names; before a name they are titles ("General Ann Roe")
    assert first_name_gender(word) == ""
    assert name_gender(f"{word} Ann Roe") == ""


def test_a_one_word_name_says_nothing() -> None:
    assert name_gender("Hillary") == ""
    assert name_gender("Hillary Roe") == "f"


def test_she_goes_to_the_woman_the_counts_name(nlp: Language) -> None:
    text = (
        "Budget night\n\n"
        "Hillary Dunn opened the meeting in Dayton on Tuesday. Barack Lane then read the budget. "
        "She said the plan would cut taxes for every family in the state.\n"
    )
    # the lists knew neither name: "She" went to the last subject, the man
    assert linked_name(nlp, text, "said") == "Hillary Dunn"


def test_he_is_not_the_woman_the_counts_name(nlp: Language) -> None:
    text = (
        "Rally in Ohio\n\n"
        "Kellyanne Voss, the mayor, met Mitch Carter, a local farmer, in Dayton on Tuesday. "
        "He said the plan would cut taxes for every family in the state.\n"
    )
    assert linked_name(nlp, text, "said") != "Kellyanne Voss"
