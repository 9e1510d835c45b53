"""What a reader is shown when a speech tag is set into the clause it reports: the clause's
own subject before the tag, the speaker after the verb, and the unquoted start of a clause
the quotation after the tag only ends (issue #15, fresh reads of PolNeAR train sets 13, 26
and 44). Every text here is written for the tests."""

from __future__ import annotations

from spacy.language import Language

from app.extract.model import Claim
from tests.extract.conftest import claims_of, last_by_cue


def parts(c: Claim) -> list[str]:
    return [p.text for p in c.content.parts] or [c.content.text]


def test_the_subject_before_an_inverted_tag_is_the_contents(nlp: Language) -> None:
    text = "The tone of the campaign, said Mr Milburn, would be positive.\n"
    c = last_by_cue(claims_of(nlp, text), "said")
    assert c.source is not None and c.source.text == "Mr Milburn"
    assert parts(c) == ["The tone of the campaign", "would be positive"]
    c = last_by_cue(
        claims_of(nlp, "The economy, said Ann Roe, will recover by the spring.\n"), "said"
    )
    assert c.source is not None and c.source.text == "Ann Roe"
    assert parts(c) == ["The economy", "will recover by the spring"]


def test_the_speaker_of_an_inverted_tag_is_not_the_clauses_subject(nlp: Language) -> None:
    text = (
        "The economy, said Ann Roe, will recover by the spring. Their plan, said the minister,"
        " would cost thousands of jobs.\n"
    )
    c = last_by_cue(claims_of(nlp, text), "said")
    assert c.source is not None and c.source.text == "the minister"
    assert parts(c) == ["Their plan", "would cost thousands of jobs"]
    text = (
        "And Lee, said Ann Roe, who remains friendly with her old boss, does not forgive or"
        " forget.\n"
    )
    c = last_by_cue(claims_of(nlp, text), "said")
    assert c.source is not None and c.source.text.startswith("Ann Roe")
    assert parts(c) == ["Lee", "does not forgive or forget"]
    # a tag that follows its quotation keeps its speaker
    c = last_by_cue(
        claims_of(nlp, '"That is wrong," said Ann Roe, who chairs the board.\n'), "said"
    )
    assert c.source is not None and c.source.text.startswith("Ann Roe")


def test_the_unquoted_start_of_a_clause_ended_by_a_quotation(nlp: Language) -> None:
    text = (
        "As Lee told the Daily Mail, tax relief is given in exchange for creating jobs. There"
        ' was, she said, "an implicit bargain."\n'
    )
    assert parts(last_by_cue(claims_of(nlp, text), "said")) == [
        "There was",
        '"an implicit bargain."',
    ]
    text = 'He was, she said, "a fine man."\n'
    assert parts(last_by_cue(claims_of(nlp, text), "said")) == ["He was", '"a fine man."']
    # two quotations around a tag stay one speaker's turn, and the next sentence's quote is
    # no part of the turn before it
    text = (
        '"We lost," he said, "but we will be back." The new rules, she said, "are a disgrace'
        ' to the House," and should be dropped.\n'
    )
    claims = claims_of(nlp, text)
    assert parts(claims[0]) == ['"We lost,"', '"but we will be back."']
    assert '"but we will be back."' not in parts(last_by_cue(claims, "said"))


def test_a_quotation_the_writers_sentence_goes_on_from_is_no_turn(nlp: Language) -> None:
    text = (
        '"Mexicans laugh at our tragedies," said Jose Ruiz, one of the stars of the play.'
        ' "Sons of Greed" is an adaptation of a show called "Brokers."\n'
    )
    assert parts(last_by_cue(claims_of(nlp, text), "said")) == [
        '"Mexicans laugh at our tragedies,"'
    ]
    text = (
        'The Daily Post said Mr. Lee had been "rocked" by Ms. Roe. "Choke!" blared the front'
        " page of The Herald.\n"
    )
    assert parts(last_by_cue(claims_of(nlp, text), "said")) == [
        'Mr. Lee had been "rocked" by Ms. Roe'
    ]
    # a quotation that ends its sentence goes on with the speaker's turn
    text = '"We will win," said Ann Roe. "The people are with us."\n'
    assert parts(last_by_cue(claims_of(nlp, text), "said")) == [
        '"We will win,"',
        '"The people are with us."',
    ]


def test_the_writers_words_before_a_tag_stay_out_of_the_quotation(nlp: Language) -> None:
    text = (
        "Quite suddenly, after the two divorced, Roe said, \"Mary called and said, 'I can't"
        " do it.'\"\n"
    )
    c = last_by_cue(claims_of(nlp, text), "said")
    assert not c.content.text.startswith("Quite")


def test_all_told_sums_up_and_reports_nothing(nlp: Language) -> None:
    text = (
        "The group was one of the first to take on Mr. Lee. All told, the group, whose members"
        " met last week, raised $4 million in March, three times its usual haul.\n"
    )
    assert not [c for c in claims_of(nlp, text) if c.cue is not None and c.cue.text == "told"]
    text = "All told me the plan would fail.\n"
    assert [c for c in claims_of(nlp, text) if c.cue is not None and c.cue.text == "told"]


def test_a_speaker_set_off_by_an_apposition_keeps_the_tag(nlp: Language) -> None:
    text = "Mr Lee, the mayor, said Ann Roe, his deputy, would win the seat.\n"
    c = last_by_cue(claims_of(nlp, text), "said")
    assert c.source is not None and "Lee" in c.source.text


def test_a_quotation_the_speakers_sentence_goes_on_from_stays_in_the_turn(nlp: Language) -> None:
    text = (
        '"There is just one science," he said. "Most of the world\'s scientists are in support"'
        " of the evidence.\n"
    )
    c = last_by_cue(claims_of(nlp, text), "said")
    assert len(parts(c)) == 2


def test_words_between_a_tag_inside_the_clause_and_a_quotation_are_the_clauses(
    nlp: Language,
) -> None:
    text = (
        "Any ''clear'' reading of the minister's actions, said Ann Roe, an expert on Russia at"
        " the Wilson Center, would see this as an admission that the country is leaving the"
        " war, seeing a deal as ''the best means of saving what is left.''\n"
    )
    c = last_by_cue(claims_of(nlp, text), "said")
    assert parts(c)[0] == "Any ''clear'' reading of the minister's actions"
    assert parts(c)[1].startswith("would see this as an admission")
