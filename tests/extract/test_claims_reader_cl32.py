"""Reader-judged description sources of cl32 (tenth session), each on invented text."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import source_entity


def test_a_coordinated_description_is_the_one_person_both_halves_fit(nlp: Language) -> None:
    text = (
        "Former Secretary of State Hillary Ranford spoke in Ohio on Monday. Democratic nominee "
        "Hillary Ranford will debate Donald Brump, the Republican nominee, next week. "
        "Brump said he would win Ohio. "
        '"We will not stand for this," the former secretary of state and current Democratic '
        "presidential nominee said."
    )
    assert source_entity(nlp, text, "We will not stand") == "Hillary Ranford"


def test_a_description_in_words_the_article_gave_one_person_is_that_person(
    nlp: Language,
) -> None:
    text = (
        "Richard Roe, a GOP speechwriter, has been critical of the nominee. Donald Brump spoke "
        "on Monday in Iowa and said the party would unite. "
        '"He is not fit for the job," the GOP speechwriter said.'
    )
    assert source_entity(nlp, text, "He is not fit") == "Richard Roe"


def test_a_place_after_a_titled_name_says_which_senator(nlp: Language) -> None:
    text = (
        "Senator Bernard Sandler of Vermont spoke in Iowa on Monday. Hillary Ranford said she "
        'would win the state. "We are going to surprise a lot of people," the Vermont senator '
        "said."
    )
    assert source_entity(nlp, text, "We are going to surprise") == "Bernard Sandler"


def test_a_described_office_another_holds_is_not_the_last_speaker(nlp: Language) -> None:
    text = (
        "Senator Bernard Sandler spoke in Iowa on Monday. Hillary Ranford said she would win "
        'the state. "We are going to surprise a lot of people," the Vermont senator said.'
    )
    assert source_entity(nlp, text, "We are going to surprise") != "Hillary Ranford"


def test_a_party_tag_says_the_state_and_party(nlp: Language) -> None:
    text = (
        "Senate Minority Leader Harold Reidy (D-Nev.) blasted the plan on Tuesday. Senator "
        "Tom Bilt (R-Ohio) defended it. "
        '"It is one of the worst things I have seen," the Nevada Democrat said in an interview.'
    )
    assert source_entity(nlp, text, "It is one of the worst") == "Harold Reidy"


def test_a_bare_candidate_is_not_the_one_titled_candidate(nlp: Language) -> None:
    text = (
        "Republican presidential candidate Marco Dellano spoke first at the debate. "
        "Donald Brump was asked about the police. When the moderator pointed out that Brump "
        "had not answered the question, the candidate said families of victims file lawsuits."
    )
    assert source_entity(nlp, text, "families of victims") != "Marco Dellano"
