"""Claims a reader can trust (cl25): not-a-claim cases and cut contents found reading PolNeAR
train sets 31, 34 and 36, each tested on invented text."""

from __future__ import annotations

from spacy.language import Language

from app.extract.document import from_text
from app.extract.pipeline import extract
from tests.extract.conftest import by_cue, claims_of, shown


def test_a_public_call_that_someone_act_is_shown(nlp: Language) -> None:
    # "urged X to do Y", "called on X to do Y", "implored X to do Y": a stand taken in public
    # ("Axelrod called on Dean to apologize" is the news), which a reader takes for what the
    # speaker said; PolNeAR marks it so too. (An order carried out, "ordered troops to the
    # border", is no claim: cl22.)
    text = (
        "The mayor publicly urged local farmers to sell their land to the city. Later the "
        "governor called on voters to reject the plan. The senator has implored party members "
        "to unite behind the nominee."
    )
    claims = claims_of(nlp, text)
    assert shown(claims, "urged")
    assert shown(claims, "called on")
    kept = claims_of(nlp, "The mayor urged that the vote be delayed until the audit is done.")
    assert shown(kept, "urged")


def test_a_poll_tally_of_a_group_is_not_the_groups_claim(nlp: Language) -> None:
    # "Women preferred Mann 48 percent to 35 percent": a poll's count of one group's answers.
    text = (
        "The Daily Ledger polled 900 voters. Women preferred Mann 48 percent to 35 percent, "
        "while men backed Vesk. Officers favored Vesk, 52 percent to\u00a030 percent."
    )
    claims = claims_of(nlp, text)
    assert not shown(claims, "preferred")
    assert not shown(claims, "favored")


def test_a_write_in_vote_is_no_writing(nlp: Language) -> None:
    # "voters wrote in Dan Perl as a protest": a name on a ballot, nothing said.
    text = "In the last election, nearly 900 voters wrote in Dan Perl as a protest."
    assert not shown(claims_of(nlp, text), "wrote")
    kept = "The senator wrote in the Ledger that taxes were far too high."
    assert shown(claims_of(nlp, kept), "wrote")


def test_joking_about_a_topic_is_no_claim(nlp: Language) -> None:
    # "joked about rural accents": what the joke was about; "joked that ..." stays.
    text = (
        "Mayor Tom Vesk joked about rural accents and told the crowd they would not like him. "
        'Later he joked about the governor\'s "famous temper" with the press.'
    )
    assert not shown(claims_of(nlp, text), "joked about")
    kept = "Mayor Tom Vesk joked that the governor had a famous temper."
    assert shown(claims_of(nlp, kept), "joked")


def test_a_but_clause_in_the_speakers_present_tense_is_kept(nlp: Language) -> None:
    # "said it is possible ..., but it will be difficult": the report keeps the speaker's
    # present tense; the "but" clause on what was just said goes on with it.
    text = "The mayor said it is possible to finish the bridge this year, but it will be difficult."
    claim = by_cue(claims_of(nlp, text), "said")
    assert claim.content.text.endswith("but it will be difficult")
    # a present-tense clause with a subject of its own is the writer's
    other = "The mayor said the bridge is safe, but voters are not convinced."
    assert by_cue(claims_of(nlp, other), "said").content.text == "the bridge is safe"


def test_a_content_of_only_that_is_not_shown(nlp: Language) -> None:
    # "The Ledger reported that, according to a review, ...": the content is the bare "that";
    # a reader is shown nothing reported.
    text = (
        "The Ledger reported that, according to a review of city records, 40 of the 90 "
        "contracts went to donors of the mayor."
    )
    claims = claims_of(nlp, text)
    assert not shown(claims, "reported")
    assert shown(claims, "according to")


def test_a_title_case_list_teaser_is_not_shown(nlp: Language) -> None:
    # "Poll Finds The 3 States Vesk Cannot Win This Fall": a headline promising a list.
    raw = "Poll Finds The 3 States Vesk Cannot Win This Fall\n\nA new poll found that Vesk trails."
    claims = extract(from_text(raw)).claims
    assert not shown(claims, "Finds")
    assert shown(claims, "found")
