"""Claims read by the lead on BBC politics (issue #15, fifth session): whose mouth the words
are in. Every text here is written for the tests."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import FLOOR, claims_of


def test_the_subject_of_a_passive_report_is_whom_it_is_about(nlp: Language) -> None:
    for text in (
        # the parser reads "reported" as the past tense of "the head reported"
        'The head of the "failing" Water Standards Agency widely reported to have resigned '
        "three months ago is still at the helm.\n",
        "The head of the agency, widely reported to have resigned in May, is still in post.\n",
        "Ann Roe is believed to have left the country.\n",
    ):
        for c in claims_of(nlp, text):
            assert c.source is None or c.source.text not in text.split(" widely")[0], (text, c)
            assert c.confidence < FLOOR or c.source is None, (text, c)
    # an active verb with an infinitive keeps its speaker
    (claimed,) = [c for c in claims_of(nlp, "Ruiz claimed to have seen the audit.\n")]
    assert claimed.source is not None and claimed.source.text == "Ruiz"


def test_an_infinitive_after_the_reported_words_keeps_the_reporter(nlp: Language) -> None:
    text = (
        "The Ledger reported about a memo from the campaign's press chief, \"just to win two "
        'more seats in a state we lost."\n'
    )
    sources = {c.source.text for c in claims_of(nlp, text) if c.source is not None}
    assert "The Ledger" in sources


def test_a_quote_after_a_long_speaker_tag_is_the_same_speakers(nlp: Language) -> None:
    text = (
        '"I do not see why the mayor has to get involved in this," the magazine editor told '
        'BBC Radio 4\'s Today programme. "It is a dispute between two neighbours."\n'
    )
    (told,) = [c for c in claims_of(nlp, text) if c.cue is not None and c.cue.text == "told"]
    assert [text[p.start : p.end] for p in told.content.parts][-1] == (
        '"It is a dispute between two neighbours."'
    )


def test_the_writers_words_between_two_parts_of_a_quote_are_no_report(nlp: Language) -> None:
    from tests.extract.conftest import timeline

    text = (
        '"We will win the vote," said Ann Roe, who founded the party in 2009. "And we will win '
        'it by a mile."\n'
    )
    entries = timeline(nlp, text)
    founded = [e for e in entries if e.trigger.text == "founded"]
    assert founded and founded[0].modality != "reported", founded


def test_an_epithet_is_no_body_of_many(nlp: Language) -> None:
    from app.extract.document import from_text
    from app.extract.pipeline import extract

    text = (
        "Budget row\n\nThe Lib Dems accused Mr Hale of ducking the issue of rates.\n\n"
        "Appearing at a poster launch, the prime minister hailed his deputy's performance.\n"
    )
    brief = extract(from_text(text))
    hailed = [c for c in brief.claims if c.cue is not None and c.cue.text == "hailed"]
    assert all(
        c.source is None or c.source.entity_id is None or "dems" not in c.source.entity_id
        for c in hailed
    ), hailed


def test_a_quote_opened_with_a_closing_mark_is_a_direct_quote(nlp: Language) -> None:
    text = (
        "Readers react\n\n”Fear. I am truly afraid that the council will win. The support it has "
        "is scary.” ― Ana Lopez\n\n“The plan is a mess.” ― Rob Stein\n"
    )
    from app.extract.quotes import find_quotes

    starts = [q.start for q in find_quotes(text)]
    assert text.index("”Fear") in starts


def test_a_focus_word_is_no_part_of_an_entrys_doer(nlp: Language) -> None:
    from tests.extract.conftest import timeline

    text = (
        "The mayor enjoyed strong support from older voters, especially retired teachers, who "
        "helped her beat back a challenge from a councillor.\n"
    )
    (helped,) = [e for e in timeline(nlp, text) if e.trigger.text == "helped"]
    assert helped.description.startswith("retired teachers helped her"), helped.description


def test_passing_on_words_named_by_a_pronoun_is_no_claim_shown(nlp: Language) -> None:
    for text, cue in (
        ("Rivals disclosed them to the press on Friday.\n", "disclosed"),
        ("The aide repeated it on Monday.\n", "repeated"),
    ):
        shown = [
            c
            for c in claims_of(nlp, text)
            if c.cue is not None and c.cue.text == cue and c.confidence >= FLOOR
        ]
        assert not shown, (text, shown)
    # a clause after the pronoun is what was said
    said = [c for c in claims_of(nlp, "She said it was late.\n") if c.confidence >= FLOOR]
    assert said and said[0].content.text == "it was late"
