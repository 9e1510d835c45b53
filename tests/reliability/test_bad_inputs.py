"""Bad input on both paths: each file or body is refused with its reason, the rest loads.

The corpus is tests/fixtures/bad/ (small files, written for this test); the big ones (a 50 MB
file, 10,000 tiny paragraphs, a text over the length limit) are generated into a temporary
folder at test time. Inputs that are odd but readable (Windows-1252, UTF-16, a BOM, CRLF,
right-to-left scripts, emoji and combining accents, a one-line article) load, and every span of
every brief must index its text exactly.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import select
from sqlmodel import Session

from app.extract.document import decode_text
from app.store.db import get_engine
from app.store.models import Brief
from tests.conftest import (
    APP_BACKEND,
    FIXTURE_ARTICLES,
    SAMPLE,
    LiveServer,
    assert_problem,
    fresh_database,
    run_cli,
)
from tests.reliability.conftest import AUTH, count_spans, span_errors

pytestmark = pytest.mark.live

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad"

# What the loader must say for each input it refuses (a part of the reason is enough).
REFUSED = {
    "empty.txt": "empty file",
    "whitespace.txt": "the article has no text",
    "binary.txt": "binary data (NUL bytes)",
    "binary_no_nul.txt": "control characters",
    "nul_bytes.txt": "binary data (NUL bytes)",
    "broken_front_matter.md": "front matter is not valid YAML at line 3",
    "unclosed_front_matter.md": "no closing '---' line",
    "front_matter_list.md": "front matter must be a mapping",
    "bad_date.md": "month must be in 1..12",
    "bad_date_words.md": "not an ISO 8601 date",
    "not_an_article.json": "not an object with a 'text' field",
    "no_text.json": "no 'text' string",
    "invalid.json": "not valid JSON",
    "mixed.jsonl:2": "not an object with a 'text' field",
    "mixed.jsonl:3": "not valid JSON",
    "mixed.jsonl:4": "text contains NUL characters",
    "mixed.jsonl:5": "unpaired surrogate",
    "mixed.jsonl:6": "not an ISO 8601 date",
    "mixed.jsonl:7": "must be an ISO 8601 date, got int",
    "no_article.html": "no article text found in the HTML",
    "headline_only.txt": "only a headline",
    "headline_only.md": "the article has no text",
    "no_words.txt": "no words in the text",
    "huge_50mb.txt": "too large: 52,428,800 bytes",
    # (9,999 once "Item 0." is read as the headline: a short first paragraph set apart)
    "ten_thousand_paragraphs.txt": "paragraphs (limit 2,000): a list or a dump",
    "too_long.txt": "text too long: 260,000 characters",
}
# Inputs that load, each with a piece of its text as the stored brief must have it.
LOADED = {
    "latin1.txt": "Caf\u00e9 and bakery owners in Z\u00fcrich",
    "utf16.txt": "The ferry between Bergen and Stavanger",
    "utf8_bom.txt": "Harbour tunnel opens in Oslo",
    "one_line.txt": "Dock workers in Rotterdam ended a three-week strike",
    "rtl.txt": "\u0645\u062d\u0627\u062f\u062b\u0627\u062a",
    "emoji_accents.txt": "fans \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 cheered",
    "crlf.txt": "after repairs, the operator Lusoponte said.\nTraffic was light",
    "mixed.jsonl:1": "Wheat prices fell 4 percent in Chicago",
}
GOOD_ARTICLES = 1 + 6  # the sample and the fixture articles (3 of them in one JSONL file)


def generate_big_inputs(folder: Path) -> None:
    """The inputs too big to keep in the repository."""
    with (folder / "huge_50mb.txt").open("wb") as f:
        line = b"Dock workers in Rotterdam ended their strike on Monday, the union said.\n"
        f.write(line * (50 * 1024 * 1024 // len(line)))
        f.write(b"x" * (50 * 1024 * 1024 % len(line)))
    paragraphs = "\n\n".join(f"Item {i}." for i in range(10_000))
    (folder / "ten_thousand_paragraphs.txt").write_text(paragraphs, encoding="utf-8")
    (folder / "too_long.txt").write_text("Words go on. " * 20_000, encoding="utf-8")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `newsbrief load` over the bad corpus, the big inputs and good articles."""
    folder = tmp_path_factory.mktemp("batch")
    inputs = folder / "inputs"
    shutil.copytree(BAD, inputs)
    generate_big_inputs(inputs)
    shutil.copy(SAMPLE, inputs / SAMPLE.name)
    shutil.copytree(FIXTURE_ARTICLES, inputs / "articles")
    url = fresh_database(APP_BACKEND, folder)
    # A wide console, so that rich does not wrap the reasons.
    done = run_cli("load", str(inputs), database_url=url, env={"COLUMNS": "1000"})
    skipped: dict[str, list[str]] = {}
    for line in done.stderr.splitlines():
        m = re.match(r"skipped (\S+): (.*)$", line)
        if m:
            where = m.group(1).removeprefix(str(inputs) + "/")
            skipped.setdefault(where, []).append(m.group(2))
    with Session(get_engine(url)) as s:
        briefs = [orjson.loads(doc) for doc in s.scalars(select(Brief.document))]
    return {"done": done, "skipped": skipped, "briefs": briefs, "url": url}


def test_each_bad_input_is_skipped_with_its_reason(batch: dict[str, Any]) -> None:
    done = batch["done"]
    assert done.returncode == 1, done.stderr  # something failed: the exit status says so
    assert "Traceback" not in done.stderr
    skipped: dict[str, list[str]] = batch["skipped"]
    assert set(skipped) == set(REFUSED), done.stderr
    for where, reason in REFUSED.items():
        assert len(skipped[where]) == 1, (where, skipped[where])  # once, not once per logger
        assert reason in skipped[where][0], (where, skipped[where][0])
    loaded = len(LOADED) + GOOD_ARTICLES
    assert f"loaded {loaded}, already stored 0, failed {len(REFUSED)}" in done.stderr


def test_the_rest_of_the_batch_loads_as_read(batch: dict[str, Any]) -> None:
    briefs = batch["briefs"]
    assert len(briefs) == len(LOADED) + GOOD_ARTICLES
    for where, piece in LOADED.items():
        found = [b for b in briefs if piece in b["text"]]
        assert len(found) == 1, (where, piece)
        assert "\ufeff" not in found[0]["text"] and "\r" not in found[0]["text"]
    latin1 = next(b for b in briefs if LOADED["latin1.txt"] in b["text"])
    # Windows-1252 curly quotes come through as the characters they are.
    assert "\u201cWe cannot go on like this,\u201d said Anna M\u00fcller" in latin1["text"]


def test_every_span_of_every_brief_indexes_its_text(batch: dict[str, Any]) -> None:
    briefs = batch["briefs"]
    assert sum(count_spans(b) for b in briefs) > 100
    errors = [e for b in briefs for e in span_errors(b)]
    assert errors == []
    # The astral-plane and combining-accent article has spans after its emoji: they count too.
    emoji = next(b for b in briefs if LOADED["emoji_accents.txt"] in b["text"])
    first_emoji = emoji["text"].index("\U0001f389")
    assert any(m["start"] > first_emoji for e in emoji["entities"] for m in e["mentions"]), emoji[
        "entities"
    ]


# ------------------------------------------------------------------------------------- HTTP


@pytest.fixture(scope="module")
def client(writer: LiveServer) -> Iterator[httpx.Client]:
    with writer.client() as c:
        yield c


def post_raw(client: httpx.Client, body: bytes) -> httpx.Response:
    return client.post(
        "/briefs", content=body, headers={**AUTH, "content-type": "application/json"}
    )


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.iterdir()))
def test_each_corpus_file_as_a_request_body_is_a_4xx_problem(
    client: httpx.Client, name: str
) -> None:
    """A file's raw bytes are never a valid article body: a 4xx problem, never a 5xx."""
    response = post_raw(client, (BAD / name).read_bytes())
    body = assert_problem(response, response.status_code)
    assert 400 <= body["status"] < 500


HTTP_REFUSED: list[tuple[str, bytes, int, str]] = [
    ("empty body", b"", 422, "body"),
    ("not JSON", b"Dock workers ended their strike.", 400, "not valid JSON"),
    ("truncated JSON", b'{"text": "Dock workers ended', 400, "not valid JSON"),
    ("JSON array", b"[1, 2, 3]", 422, "body"),
    ("JSON string", b'"Dock workers ended their strike."', 422, "body"),
    ("no text", b'{"title": "Strike ends"}', 422, "text"),
    ("text not a string", b'{"text": 5}', 422, "text"),
    ("unknown field", b'{"text": "Dock workers ended it.", "body": "x"}', 422, "body"),
    ("empty text", b'{"text": ""}', 422, "text"),
    ("whitespace", b'{"text": "  \\n\\t\\n "}', 422, "no text"),
    ("NUL escape", b'{"text": "Dock workers\\u0000 ended their strike."}', 422, "NUL"),
    ("lone surrogate", b'{"text": "Dock workers \\ud800 ended it."}', 422, "valid string"),
    ("NUL language", b'{"text": "Workers ended it.", "language": "e\\u0000n"}', 422, "NUL"),
    ("surrogate title", b'{"title": "\\udfff", "text": "Workers ended it."}', 422, "valid string"),
    ("no words", b'{"text": "1234 5678 \\u2014 42% +++ 17:45."}', 422, "no words"),
    ("headline only", b'{"text": "Dock workers in Rotterdam end strike"}', 422, "only a headline"),
    ("bad date", b'{"text": "Workers ended it.", "published": "2025-13-45"}', 422, "ISO 8601"),
    ("date words", b'{"text": "Workers ended it.", "published": "last Tuesday"}', 422, "ISO"),
    ("Latin-1 bytes", b'{"text": "Caf\xe9 owners in Z\xfcrich."}', 400, "not UTF-8 (byte 13"),
    ("invalid UTF-8", b'{"text": "\xff\xfe\xfd Workers ended it."}', 400, "not UTF-8"),
    ("UTF-16 JSON", '{"text": "Workers ended it."}'.encode("utf-16"), 400, "not UTF-8"),
    ("tiny paragraphs", orjson.dumps({"text": "\n\n".join(["A b."] * 10_000)}), 422, "paragraphs"),
]


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [case[1:] for case in HTTP_REFUSED],
    ids=[case[0] for case in HTTP_REFUSED],
)
def test_bad_bodies_are_refused_with_a_problem(
    client: httpx.Client, body: bytes, status: int, reason: str
) -> None:
    problem = assert_problem(post_raw(client, body), status)
    assert reason in problem["detail"], problem


@pytest.mark.parametrize("content_type", [None, "application/json; charset=utf-8"])
def test_a_body_that_is_not_json_is_a_400_whatever_its_content_type(
    client: httpx.Client, content_type: str | None
) -> None:
    """The schema documents 400 for a body that does not parse, with or without a type."""
    headers = {**AUTH, **({"content-type": content_type} if content_type else {})}
    response = client.post(
        "/briefs", content=b"{'text': 'Dock workers ended it.'}", headers=headers
    )
    assert_problem(response, 400)


def test_a_50_mb_body_is_refused_before_it_is_read(client: httpx.Client) -> None:
    def fifty_megabytes() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(50):
            yield b"a" * (1024 * 1024)
        yield b'"}'

    try:
        response = post_raw(client, b"".join(fifty_megabytes()))
    except httpx.TransportError:
        pytest.fail("the server hung up without answering 413")
    assert_problem(response, 413)


@pytest.mark.parametrize("name", ["latin1.txt", "utf16.txt", "rtl.txt", "emoji_accents.txt"])
def test_odd_but_readable_articles_load_over_http_with_exact_spans(
    client: httpx.Client, name: str
) -> None:
    text = decode_text((BAD / name).read_bytes())
    created = client.post("/briefs", json={"text": text}, headers=AUTH)
    assert created.status_code in (200, 201), created.text
    brief = created.json()
    assert brief["text"] == text.replace("\r\n", "\n")
    assert span_errors(brief) == []
    assert count_spans(brief) > 0
