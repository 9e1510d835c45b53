"""Parsing source articles: front matter, headline, sections, paragraphs, formats, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.extract.document import (
    DocumentError,
    decode_text,
    from_html,
    from_json,
    from_text,
    iter_jsonl,
    layout_sections,
)
from app.extract.time_periods import value_period

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def test_front_matter_gives_metadata_and_the_body_starts_after_it() -> None:
    doc = from_text((FIXTURES / "wire_port_strike.txt").read_text())
    assert doc.headline == "Dock workers in Rotterdam extend strike over automation plans"
    assert doc.published_at == "2025-03-14"
    assert doc.source == "Example Wire"
    assert doc.url == "https://example.org/wire/rotterdam-strike"
    assert doc.text.startswith("ROTTERDAM, March 14")
    assert doc.headline_span is None  # a front-matter headline is not part of the text
    assert "title:" not in doc.text


def test_paragraphs_index_the_text_and_cover_every_line() -> None:
    doc = from_text((FIXTURES / "wire_port_strike.txt").read_text())
    paragraphs = [p for s in doc.sections for p in s.paragraphs]
    assert len(paragraphs) == 4
    for p in paragraphs:
        assert doc.text[p.start : p.end].strip() == doc.text[p.start : p.end]
        assert "\n" not in doc.text[p.start : p.end]
    assert doc.text[paragraphs[1].start :].startswith('"We will not accept')


def test_datetime_published_and_short_headings_become_sections() -> None:
    doc = from_text((FIXTURES / "feature_glacier.md").read_text())
    assert doc.published_at == "2024-08-02T09:30:00+02:00"
    assert doc.headline == "The glacier that keeps a valley alive"
    headings = [s.heading for s in doc.sections]
    assert headings == [None, "A shrinking lifeline", "What comes next"]
    second = doc.sections[1]
    assert second.heading_start is not None and second.heading_end is not None
    assert doc.text[second.heading_start : second.heading_end] == "A shrinking lifeline"
    assert len(second.paragraphs) == 2


def test_first_line_is_the_headline_when_it_reads_as_one(sample_document) -> None:  # type: ignore[no-untyped-def]
    doc = sample_document
    assert (
        doc.headline
        == "Russian Interior Minister in Cuba: Security talks amid tensions with the US"
    )
    assert doc.headline_span == (0, len(doc.headline))
    assert doc.text[: len(doc.headline)] == doc.headline  # it stays in the text
    assert [s.heading for s in doc.sections] == [
        None,
        "Security talks in light of the threats",
        "Regional context: Increasing US pressure",
        "Historical background: A deeply rooted alliance",
        "The strategic dimensions of the visit",
    ]


def test_a_first_line_that_is_a_sentence_is_not_a_headline() -> None:
    doc = from_text("The council voted on Monday to close the bridge.\nIt will reopen in May.\n")
    assert doc.headline is None
    assert doc.sections[0].paragraphs[0].start == 0


def test_sentence_lines_are_not_headings() -> None:
    text = "Lead paragraph of the story.\nAnother paragraph that ends with a period.\n"
    assert [s.heading for s in layout_sections(text)] == [None]


def test_hard_wrapped_wire_copy_joins_lines_into_paragraphs() -> None:
    text = (
        "The company said on Tuesday that its quarterly profit rose by ten\n"
        "percent, helped by strong demand for its cloud services and a weaker\n"
        "dollar, beating the forecasts of most analysts polled by the agency.\n"
        "\n"
        "Shares in the company rose three percent in early trading in New York\n"
        "after the results were published, the biggest gain in several weeks\n"
        "for a stock that has lagged the market since the start of the year.\n"
    )
    sections = layout_sections(text)
    paragraphs = [p for s in sections for p in s.paragraphs]
    assert len(paragraphs) == 2
    assert text[paragraphs[1].start :].startswith("Shares in the company")


def test_content_identity_is_stable_and_sensitive_to_the_text() -> None:
    a = from_text("Headline here\n\nBody of the article, with words.\n")
    b = from_text("Headline here\r\n\r\nBody of the article, with words.\r\n")
    c = from_text("Headline here\n\nBody of the article, with other words.\n")
    assert a.brief_id == b.brief_id  # line endings are normalised before hashing
    assert a.brief_id != c.brief_id
    assert len(a.brief_id) == 16


def test_json_article_and_its_errors() -> None:
    doc = from_json(
        '{"title": "T", "text": "Body text here.", "published": "2025-01-02", "id": "x1"}'
    )
    assert (doc.headline, doc.text, doc.published_at, doc.external_id) == (
        "T",
        "Body text here.",
        "2025-01-02",
        "x1",
    )
    with pytest.raises(DocumentError, match="no 'text'"):
        from_json('{"title": "only a title"}')
    with pytest.raises(DocumentError, match="not an object"):
        from_json("[1, 2]")
    with pytest.raises(DocumentError, match="not valid JSON"):
        from_json("{broken")


def test_jsonl_reports_each_bad_line_by_number() -> None:
    good = (FIXTURES / "batch.jsonl").read_text().splitlines()
    raw = "\n".join([good[0], good[1], '{"this is": "not an article"}', "", "{oops", good[2]])
    items = iter_jsonl(raw)
    assert [n for n, _ in items] == [1, 2, 3, 5, 6]  # blank line 4 is not an article
    errors = [(n, str(e)) for n, e in items if isinstance(e, DocumentError)]
    assert errors[0] == (3, "JSON article has no 'text' string")
    assert errors[1][0] == 5 and errors[1][1].startswith("not valid JSON")
    assert [d.external_id for _, d in items if not isinstance(d, DocumentError)] == [
        "ex-1",
        "ex-2",
        "ex-3",
    ]


def test_html_article_text_and_metadata_come_from_trafilatura() -> None:
    doc = from_html((FIXTURES / "page.html").read_text())
    assert doc.headline == "Lisbon tram line reopens after repairs"
    assert "Tram 28" in doc.text
    assert "Copyright" not in doc.text and "Home" not in doc.text
    assert doc.published_at == "2025-04-10"


def test_html_without_an_article_is_refused() -> None:
    with pytest.raises(DocumentError, match="no article text"):
        from_html("<html><body><nav><a href='/'>Home</a></nav></body></html>")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Caf\u00e9 news".encode(), "Caf\u00e9 news"),
        (b"\xef\xbb\xbfWith BOM", "With BOM"),
        ("UTF-16 text".encode("utf-16"), "UTF-16 text"),
        ("UTF-16 without a BOM".encode("utf-16-le"), "UTF-16 without a BOM"),
        # Not UTF-8: read as Windows-1252, the superset of Latin-1 that legacy feeds write.
        ("Caf\u00e9 \u201cnews\u201d".encode("cp1252"), "Caf\u00e9 \u201cnews\u201d"),
    ],
)
def test_text_encodings_we_read(raw: bytes, expected: str) -> None:
    assert decode_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (bytes(range(1, 32)) * 10 + b"text", "control characters"),
        (b"\x81\x8d undefined in Windows-1252", "not UTF-8 or Windows-1252"),
    ],
)
def test_text_encodings_we_refuse_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(DocumentError, match=reason):
        decode_text(raw)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("---\ntitle: [unclosed\n---\nBody.", "front matter is not valid YAML"),
        ("---\n- a\n- b\n---\nBody.", "mapping"),
        ("---\npublished: yesterday-ish\n---\nBody.", "ISO 8601"),
        ("   \n\n  ", "no text"),
    ],
)
def test_bad_text_articles_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(DocumentError, match=reason):
        from_text(text)


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2025-03-14", "2025-03-14", "2025-03-14"),
        ("2025-02", "2025-02-01", "2025-02-28"),
        ("2024", "2024-01-01", "2024-12-31"),
        ("199X", "1990-01-01", "1999-12-31"),
        ("19XX", "1900-01-01", "1999-12-31"),
        ("2025-W11", "2025-03-10", "2025-03-16"),
        ("2025-Q2", "2025-04-01", "2025-06-30"),
        ("2024-WI", "2024-12-01", "2025-02-28"),
        ("2025-03-14T10:00", "2025-03-14", "2025-03-14"),
        ("1947/1991", "1947-01-01", "1991-12-31"),
    ],
)
def test_timex_values_cover_calendar_periods(value: str, first: str, last: str) -> None:
    period = value_period(value)
    assert period is not None
    assert (period[0].isoformat(), period[1].isoformat()) == (first, last)


@pytest.mark.parametrize("value", ["PRESENT_REF", "XXXX-XX-XX", "P3Y", "2025-13", "junk"])
def test_values_without_a_fixed_period(value: str) -> None:
    assert value_period(value) is None


# ----------------------------------------------------------- headline, dateline, residue


def test_a_short_first_paragraph_is_the_headline_even_with_a_full_stop() -> None:
    text = (
        "Harbor Authority Delays Vote on Ferry Fares.\n\n"
        "The board of the harbor authority postponed on Thursday a vote on higher ferry fares, "
        "saying it needed more time to study the effect on commuters.\n"
    )
    doc = from_text(text)
    assert doc.headline == "Harbor Authority Delays Vote on Ferry Fares."
    assert doc.headline_span == (0, len(doc.headline))
    assert doc.sections[0].paragraphs[0].start == text.index("The board")


@pytest.mark.parametrize(
    "title",
    [
        "Council backs bus lanes despite protests.",  # headlinese: no article, no auxiliary
        "Mayor: the harbor plan is dead.",  # a label and a colon
        "Ferry row deepens.",  # very short
        "Governor says she will not sign ferry fare bill in May.",  # two sentence words
        "Will the ferry ever run on time again?",  # a one-line question
        "Harbor Board Says It Will Not Raise Fares Again Before the Ferry Terminal Reopens "
        "in the Spring of Next Year After Repairs.",  # title case, however long
    ],
)
def test_a_first_paragraph_that_reads_as_a_title_is_the_headline(title: str) -> None:
    text = f"{title}\n\nThe city council voted on Tuesday to build bus lanes on Main Street.\n"
    assert from_text(text).headline == title


@pytest.mark.parametrize(
    "lead",
    [
        "The city council has approved a plan to close the old bridge in May.",
        "Harbor workers said they would strike after the talks with the port broke down.",
        "Shares in the ferry operator fell sharply on Monday after it cut its forecast.",
        "Here is what the council decided on Tuesday:",  # introduces what follows
    ],
)
def test_a_story_that_opens_with_a_short_sentence_has_no_headline(lead: str) -> None:
    text = f"{lead}\n\nWork on the new crossing will start next year, officials said.\n"
    doc = from_text(text)
    assert doc.headline is None
    assert doc.sections[0].paragraphs[0].start == 0


def test_a_long_first_paragraph_is_not_a_headline() -> None:
    lead = " ".join(["The committee met for a long time and discussed the budget"] * 3) + "."
    doc = from_text(lead + "\n\nMembers said they would meet again next week.\n")
    assert doc.headline is None


@pytest.mark.parametrize(
    ("opening", "place", "agency", "date"),
    [
        ("WASHINGTON (AP) —", "WASHINGTON", "AP", None),
        ("Washington (AFP) –", "Washington", "AFP", None),
        ("LONDON, March 3 (Reuters) -", "LONDON", "Reuters", "March 3"),
        ("ORLANDO, Fla. (AP) —", "ORLANDO, Fla.", "AP", None),
        ("HALIFAX, Nov 12 -", "HALIFAX", None, "Nov 12"),
        ("MIDWAY ATOLL -", "MIDWAY ATOLL", None, None),
    ],
)
def test_dateline_is_parsed_into_its_parts(
    opening: str, place: str, agency: str | None, date: str | None
) -> None:
    text = (
        "Port Strike Ends After Nine Days\n\n"
        f"{opening} Dock workers voted on Tuesday to end a nine-day strike that had "
        "stranded dozens of container ships outside the harbor.\n\n"
        "The union said the deal raised wages by four percent.\n"
    )
    doc = from_text(text)
    assert doc.dateline is not None
    d = doc.dateline
    assert (d.text, d.place, d.agency, d.date) == (opening, place, agency, date)
    assert text[d.start : d.end] == opening
    # the agency becomes the source when none was given
    assert doc.source == agency


def test_an_agency_never_overrides_a_given_source() -> None:
    text = (
        "---\nsource: Harbor Daily\n---\n"
        "PARIS (AFP) – Talks on the new trade treaty resumed on Monday.\n\nMore.\n"
    )
    doc = from_text(text)
    assert doc.dateline is not None and doc.dateline.agency == "AFP"
    assert doc.source == "Harbor Daily"


@pytest.mark.parametrize(
    "opening",
    [
        "Senators - who had met twice - agreed on Monday to a deal.",
        "NATO - the alliance said on Monday - will send more ships.",
        "Chicago (which hosted the talks) - said it was pleased.",
    ],
)
def test_ordinary_openings_are_not_datelines(opening: str) -> None:
    doc = from_text(f"Title of the story\n\n{opening}\n\nSecond paragraph of the story.\n")
    assert doc.dateline is None


def test_markup_and_section_labels_are_found_and_the_text_is_unchanged() -> None:
    text = (
        "Council Backs New Bus Lanes.\n\n"
        "ABSTRACT.\n\n"
        "The city council backed new bus lanes on Tuesday.\n\n"
        "FULL TEXT.\n\n"
        "SPRINGFIELD - The city council voted 7-2 on Tuesday to build bus lanes on Main Street.\n\n"
        '<tweet pic="" author="springfieldcity" tweet_id="1234">Lanes approved!</tweet>.\n\n'
        "The mayor said work would start in June &amp; end by winter.\n"
    )
    doc = from_text(text)
    assert doc.text == text
    assert doc.headline == "Council Backs New Bus Lanes."
    labels = [r.text for r in doc.residue if r.kind == "label"]
    assert labels == ["ABSTRACT.", "FULL TEXT."]
    markup = [r.text for r in doc.residue if r.kind == "markup"]
    assert markup == [
        '<tweet pic="" author="springfieldcity" tweet_id="1234">',
        "</tweet>",
        "&amp;",
    ]
    for r in doc.residue:
        assert text[r.start : r.end] == r.text
    assert doc.dateline is not None and doc.dateline.place == "SPRINGFIELD"


def test_wire_company_marks_keep_the_name_and_lose_the_ticker() -> None:
    # Wire copy marks companies so: "<Harbor Freight Lines Inc>" and tickers so: "<HFL>".
    text = "Shipping Deal\n\nThe buyer, <Harbor Freight Lines Inc> <HFL>, paid 12 mln dlrs.\n"
    residue = [r.text for r in from_text(text).residue]
    assert residue == ["<", ">", "<HFL>"]


def test_a_label_line_is_not_a_headline() -> None:
    doc = from_text("ABSTRACT.\n\nThe council voted to close the old bridge on Monday.\n")
    assert doc.headline is None


def test_a_title_with_its_deck_is_one_headline() -> None:
    text = (
        "Ferry fares rise again;\n"
        "Commuters face a third increase in two years.\n\n"
        "The harbor authority approved higher ferry fares on Thursday after a long debate "
        "about the cost of fuel and repairs.\n"
    )
    doc = from_text(text)
    assert doc.headline == "Ferry fares rise again; Commuters face a third increase in two years."
    assert doc.headline_span == (0, text.index("\n\n"))


def test_markup_is_kept_out_of_the_headline() -> None:
    text = (
        "Harbor Freight <HFL> buys rival &amp; fleet\n\n"
        "BOSTON, March 2 - Harbor Freight Lines said it bought a rival and its fleet.\n"
    )
    doc = from_text(text)
    assert doc.headline == "Harbor Freight buys rival & fleet"
    assert doc.headline_span == (0, text.index("\n"))
