"""Claim sources a reader can trust (cl24): rules found reading PolNeAR train sets 21, 24 and
29, each tested on invented text."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import claims_of, linked


def test_he_who_told_someone_is_not_the_one_told(nlp: Language) -> None:
    # '"...," he told Vance.': the man told is the listener, never the speaker.
    text = (
        "At a diner in Ames last week, Senator Paul Vance met the farmer Tom Greer, who drove "
        "two hours to ask him about corn prices. Vance backed a bill this year that would cut "
        "the subsidy.\n\n"
        '"Farmers like me have been hurt by this bill for years," he told Vance.'
    )
    assert linked(nlp, text, "told") != "person:paul-vance"


def test_he_answering_a_question_about_one_man_is_not_the_other(nlp: Language) -> None:
    # "Was Greer happy with Vance's answer? 'Not really,' he said.": the question's subject
    # may answer it; the man named only as its possessor is a guess.
    text = (
        'Senator Paul Vance spoke to the farmers in Ames on Monday. "We will fix the corn '
        'subsidy," Vance said. He talked about the bill for a while.\n\n'
        "Was the farmer Tom Greer happy with Vance's answer?\n\n"
        '"Not really," he said.'
    )
    assert linked(nlp, text, "said") != "person:paul-vance"


def test_the_senator_answering_a_question_is_not_the_asker(nlp: Language) -> None:
    # '"Is that you?" Lott asked. "Yes, it is," the senator said.': the description answers
    # the question, so it is not the reporter who asked it.
    text = (
        "Paul Vance spoke on Monday in an interview with CNN's Jane Lott. "
        '"One of us is a true reformer," Vance said.\n\n'
        '"Is that you?" Lott asked.\n\n'
        '"Yes, it is," the senator said.'
    )
    assert linked(nlp, text, "said") != "person:jane-lott"


def test_verb_of_saying_before_the_name_is_not_in_the_source(nlp: Language) -> None:
    # 'Continued Vance: "..."': the verb set first is the cue, the source is the name.
    text = (
        "There is deep worry about the count in the fall, the strategist Paul Vance said on "
        'Monday.\n\nContinued Vance: "So I think it is a real problem. The best thing the party '
        'can do is to sign up new voters in the swing states."'
    )
    claims = claims_of(nlp, text)
    sources = [c.source.text for c in claims if c.source is not None]
    assert "Vance" in sources
    assert not any(s.startswith("Continued") for s in sources)


def test_all_but_after_the_name_is_not_in_the_source(nlp: Language) -> None:
    # "Tina Marsh all but begged reporters": "all but" says how nearly, not who.
    text = "Tina Marsh all but begged reporters to ask her about something else."
    claims = claims_of(nlp, text)
    assert [c.source.text for c in claims if c.source is not None] == ["Tina Marsh"]


def test_occasion_hung_on_the_name_is_not_in_the_source(nlp: Language) -> None:
    # 'said Sen. Tom Reyes (R-Ohio) in an interview': the interview is how, not who.
    text = (
        "“I don’t know what it will take,” said Senate Majority Whip Tom Reyes (R-Ohio) in an "
        "interview. “It takes an election, as far I’m concerned.”"
    )
    claims = claims_of(nlp, text)
    sources = [c.source.text for c in claims if c.source is not None]
    assert sources and not any("interview" in s for s in sources)


def test_group_some_of_the_speakers_belong_to_is_not_the_source(nlp: Language) -> None:
    # "His critics, many of them conservative Catholics, argue": some critics are Catholics;
    # the Catholics as a group said nothing.
    text = (
        "The governor has angered Catholics and Baptists alike. Catholics have long voted for "
        "her party.\n\nHis critics in the state, many of them conservative Catholics, argue "
        "that the governor is a political animal."
    )
    assert linked(nlp, text, "argue") is None


def test_watchers_are_not_who_they_watch_argue(nlp: Language) -> None:
    # "Voters are watching a seasoned member of the party, Jane Roe, argue that ...": Roe
    # argues, not the voters.
    text = (
        "Voters in the primary are watching a seasoned member of the party, Jane Roe, argue "
        "that the system is rigged against women."
    )
    claims = claims_of(nlp, text)
    sources = [c.source.text for c in claims if c.source is not None]
    assert sources and not any(s.startswith("Voters") for s in sources)
