"""Article structure in the brief: headline, dateline, markup and labels out of summary and
entities (invented articles)."""

from __future__ import annotations

from spacy.language import Language

from app.extract.document import build_document, from_text
from app.extract.pipeline import brief_from_doc

ARTICLE = (
    "Senator Claims Momentum Slows as New Poll Shows Tight Race.\n\n"
    "ABSTRACT.\n\n"
    "Dana Whitfield says her opponent is losing ground in the governor's race.\n\n"
    "FULL TEXT.\n\n"
    "COLUMBUS, Ohio (AP) — State Senator Dana Whitfield said on Monday that her rival's "
    "campaign had stalled, pointing to a survey of 800 likely voters released by Harmon "
    "College.\n\n"
    '<tweet pic="" author="danawhitfield" tweet_id="88812">Great night in Dayton!</tweet>.\n\n'
    "Whitfield, a Republican, trails Governor Luis Ortega by two points &amp; gaining, the "
    "survey found.\n"
)


def _brief(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    document = from_text(text)
    return brief_from_doc(document, nlp(document.text), nlp)


def test_summary_leaves_out_dateline_labels_and_markup(nlp: Language) -> None:
    brief = _brief(nlp, ARTICLE)
    assert brief.headline == "Senator Claims Momentum Slows as New Poll Shows Tight Race."
    assert brief.dateline is not None
    assert (brief.dateline.place, brief.dateline.agency) == ("COLUMBUS, Ohio", "AP")
    assert brief.source == "AP"
    assert "ABSTRACT" not in brief.summary and "FULL TEXT" not in brief.summary
    assert "(AP)" not in brief.summary and "<" not in brief.summary
    assert brief.summary.startswith("Dana Whitfield says her opponent is losing ground")
    assert brief.text == ARTICLE  # the text and its offsets are as given


def test_summary_of_a_wire_story_starts_after_the_dateline(nlp: Language) -> None:
    text = (
        "Flood Barrier Opens Early\n\n"
        "ROTTERDAM, March 3 (Reuters) - The city's new flood barrier opened two weeks early on "
        "Friday, the port authority said.\n\n"
        '<a href="https://example.org/video">Watch the video</a> of the opening &amp; more.\n'
    )
    brief = _brief(nlp, text)
    assert brief.summary.startswith("The city's new flood barrier opened two weeks early")
    assert "Watch the video of the opening & more." in brief.summary
    assert "href" not in brief.summary


def test_headline_words_become_entities_only_when_the_story_confirms_them(
    nlp: Language,
) -> None:
    brief = _brief(nlp, ARTICLE)
    names = {e.name for e in brief.entities}
    assert not {"Senator Claims", "Momentum Slows", "New Poll", "Tight Race"} & names
    dana = next(e for e in brief.entities if e.name == "Dana Whitfield")
    assert dana.type == "person"


def test_no_entity_inside_markup_labels_or_the_agency(nlp: Language) -> None:
    brief = _brief(nlp, ARTICLE)
    residue = [(r.start, r.end) for r in brief.residue]
    assert brief.dateline is not None
    agency_at = ARTICLE.index("(AP)")
    for e in brief.entities:
        assert e.name not in ("AP", "ABSTRACT", "FULL TEXT", "danawhitfield")
        for m in e.mentions:
            assert not any(m.start < end and start < m.end for start, end in residue), m
            assert not agency_at <= m.start < agency_at + 4, m


def test_headline_name_found_in_the_story_keeps_its_headline_mention(nlp: Language) -> None:
    text = (
        "Kenya backs Okafor in Lagos runoff.\n\n"
        "Kenya's foreign ministry said on Sunday it backed Adaeze Okafor in the runoff for "
        "governor of Lagos, ending weeks of silence over the bitter campaign.\n"
    )
    brief = _brief(nlp, text)
    kenya = next(e for e in brief.entities if e.name == "Kenya")
    assert kenya.mentions[0].start == 0  # in the headline
    lagos = next(e for e in brief.entities if e.name == "Lagos")
    assert lagos.mentions[0].start == text.index("Lagos")  # confirmed by the story


def test_wire_company_marks_read_as_names_in_the_summary(nlp: Language) -> None:
    text = (
        "Harbor deal\n\n"
        "BOSTON, Feb 26 - Shipping group <Harbor Freight Lines Inc> <HFL>, which owns "
        "twelve container ships, said it agreed to buy a rival for 40 mln dlrs.\n"
    )
    brief = _brief(nlp, text)
    assert brief.summary.startswith("Shipping group Harbor Freight Lines Inc, which owns")
    assert brief.dateline is not None and brief.dateline.date == "Feb 26"


def test_only_places_are_found_in_a_dateline(nlp: Language) -> None:
    text = (
        "Reef survey\n\n"
        "MIDWAY ATOLL - Seventy-four years ago, a naval battle off this remote island changed "
        "the course of the war; this week divers from Hawaii counted its fish.\n"
    )
    brief = _brief(nlp, text)
    assert brief.dateline is not None
    d = brief.dateline
    for e in brief.entities:
        for m in e.mentions:
            if m.start < d.end and d.start < m.end:
                assert e.type == "place" and m.end <= d.end, (e.name, e.type, m)


HEADLINE_NAME = (
    "State Lawmakers Rip Donald Trump As A ‘Disgrace.’\n\n"
    "SPRINGFIELD ― Donald Trump’s budget plan is an insult to every school in the state, "
    "lawmakers said on Friday.\n\n"
    "Trump said on Thursday that he would not change the plan. Trump has defended "
    "it for weeks.\n"
)


def test_a_title_case_headline_name_does_not_split_a_surname_from_the_full_name(
    nlp: Language,
) -> None:
    brief = _brief(nlp, HEADLINE_NAME)
    people = [e for e in brief.entities if "Trump" in e.name]
    assert [e.name for e in people] == ["Donald Trump"]
    assert people[0].alias_reasons.get("Trump") == "surname"


def test_a_dateline_with_a_horizontal_bar_is_kept_out_of_summary_and_claims(
    nlp: Language,
) -> None:
    brief = _brief(nlp, HEADLINE_NAME)
    assert brief.dateline is not None and brief.dateline.place == "SPRINGFIELD"
    assert brief.summary.startswith("Donald Trump’s budget plan")
    contents = [c.content for c in brief.claims]
    assert contents, "the council members' statement is a claim"
    for content in contents:
        assert not (brief.dateline.start <= content.start < brief.dateline.end)
        assert "SPRINGFIELD" not in content.text
        assert all("SPRINGFIELD" not in part.text for part in content.parts)


def test_a_name_after_an_honorific_is_a_person_not_a_namesake_town(nlp: Language) -> None:
    brief = _brief(
        nlp,
        "Small Donors Are Few.\n\n"
        "Only a quarter of the senator's donors gave $200 or less. In 2012, 43 percent of the "
        "money to Mr. Obama came from such donors, the report said.\n",
    )
    obama = next(e for e in brief.entities if e.name.endswith("Obama"))
    assert obama.type == "person"
    assert "country_code" not in obama.attributes


def test_a_title_given_and_repeated_atop_the_text_is_the_headline_not_the_story(
    nlp: Language,
) -> None:
    title = "State Lawmakers Rip Donald Trump As A ‘Disgrace.’"
    document = build_document(text=HEADLINE_NAME, title=title)
    assert document.headline == title
    assert document.headline_span == (0, len(title))
    brief = brief_from_doc(document, nlp(document.text), nlp)
    assert [e.name for e in brief.entities if "Trump" in e.name] == ["Donald Trump"]
    # A title that the text does not repeat leaves the text's first line in the story.
    other = build_document(text=HEADLINE_NAME, title="Budget fight")
    assert other.headline == "Budget fight" and other.headline_span is None


def test_a_dateline_with_a_misspelt_month_is_still_a_dateline() -> None:
    from app.extract.document import find_dateline

    text = "NEW YORK, Narch 2 - Qtr ended Jan 31\n    Shr 72 cts vs 71 cts\n"
    found = find_dateline(text, 0, len(text))
    assert found is not None
    assert (found.text, found.place, found.date) == ("NEW YORK, Narch 2 -", "NEW YORK", "Narch 2")
    # A word one letter off no month is no date: no dateline.
    text = "LONDON, Hello 2 - Something happened here today in the town"
    assert find_dateline(text, 0, len(text)) is None


def test_summary_keeps_a_sentence_the_parser_cut_into_pieces(nlp: Language) -> None:
    from app.extract.summary import summarize

    text = (
        "Shares fall on drug news\n\nShares in Orban and Miltex plunged on Monday as the firms "
        "suspended sales of a new drug.\n\nAnalysts were surprised.\n"
    )
    document = from_text(text)
    doc = nlp.make_doc(document.text)
    cuts = {document.text.index(w) for w in ("Shares in", "in Orban", "Miltex", "Analysts")}
    for token in doc:
        token.is_sent_start = token.i == 0 or token.idx in cuts
    summary = summarize(doc, document)
    assert summary.startswith("Shares in Orban and Miltex plunged on Monday"), summary
    assert summary.endswith("Analysts were surprised.")
