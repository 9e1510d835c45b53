"""Drive the API with wrk at 100k briefs, beside a bare Starlette app serving the same bytes.

The store is built from real briefs, re-keyed:

1. `TEMPLATES` articles (half BBC, half Reuters; `bench_ingest.corpus`) are extracted once with
   the real pipeline and the briefs cached (pickle) under the temp dir.
2. Copy i of the store is template `i % TEMPLATES`, copy number k = i // TEMPLATES, with
   - a new brief id (a hash of template and k) and a published time of its own (7 minutes
     apart), so that list order and keyset cursors are realistic;
   - a text that differs: a closing line of 12 words drawn from the corpus vocabulary is
     appended (offsets of mentions, timex and claims stay valid), so FTS rows differ;
   - entities shifted: each entity keeps its id in groups of `g` copies, `g` picked by a hash
     of its id from 1 (a different entity in every copy) to every copy (a world-famous one), so
     the store has a long tail of rare entities and a few in tens of thousands of briefs. A
     shifted entity gets id `<id>-<n>` and a name with a made-up word appended, and
     `app.ingest.linking.remap_entity_ids` rewrites every reference (roles, claims, timeline).
3. The copies are written with `app.store.writes.save_new_briefs`, 1,000 a transaction: the rows of
   `app.store.writes.brief_rows`, the same the loader's `save_brief` writes (document JSON, ETag,
   entity/claim/timeline/date rows, FTS via trigger), one executemany per table, without the
   cross-brief linking search, which re-keyed ids do not need.

Stores are cached under $TMPDIR/newsbrief-bench/api-<n>.db, so reruns start at once.
`newsbrief serve` (uvicorn, as users run it) and the bare app run one at a time; wrk (Debian
package `wrk`) drives each endpoint for `--seconds` with `--connections` connections from its
own process, cycling through a list of paths. Prints one table.

    .venv/bin/python benchmarks/bench_api.py                    # 100k briefs, 32 connections
    .venv/bin/python benchmarks/bench_api.py -n 10000 --seconds 3
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CACHE = Path(tempfile.gettempdir()) / "newsbrief-bench"
TEMPLATES = 300
GROUP_SIZES = (1, 1, 1, 3, 10, 30, 100, 1000, 10**9)  # copies that share one entity
PER_TRANSACTION = 1000


# ------------------------------------------------------------------------------ the store


def template_briefs() -> list[Any]:
    """TEMPLATES real briefs, extracted once and cached."""
    path = CACHE / f"templates-{TEMPLATES}.pkl"
    if path.exists():
        briefs: list[Any] = pickle.loads(path.read_bytes())
        return list({b.id: b for b in briefs}.values())
    from bench_ingest import corpus, documents

    from app.extract.pipeline import ExtractionFailure, extract_many

    docs = documents(corpus(TEMPLATES))
    unique = {b.id: b for b in extract_many(docs) if not isinstance(b, ExtractionFailure)}
    briefs = list(unique.values())  # the BBC set repeats a few articles word for word
    path.write_bytes(pickle.dumps(briefs))
    return briefs


def _word(n: int) -> str:
    """A made-up, pronounceable word for a number: 1 -> "Ba", 27 -> "Beca"."""
    consonants, vowels = "bcdfgklmnprstvz", "aeiou"
    out = ""
    while True:
        n, r = divmod(n, len(consonants) * len(vowels))
        out += consonants[r // len(vowels)] + vowels[r % len(vowels)]
        if n == 0:
            return out.capitalize()


def _group_size(entity_id: str) -> int:
    h = int(hashlib.blake2b(entity_id.encode(), digest_size=4).hexdigest(), 16)
    return GROUP_SIZES[h % len(GROUP_SIZES)]


def rekey(template: bytes, i: int, k: int, vocabulary: list[str]) -> Any:
    """Copy k of a template brief (pickled), as described in the module docstring."""
    from app.ingest.linking import remap_entity_ids

    brief = pickle.loads(template)
    brief.id = hashlib.blake2b(f"{brief.id}-{k}".encode(), digest_size=8).hexdigest()
    when = datetime(2001, 1, 1) + timedelta(minutes=7 * i)
    brief.published_at = when.isoformat(timespec="seconds")
    rng = random.Random(i)
    brief.text += "\n\n" + " ".join(rng.choices(vocabulary, k=12)) + "."
    mapping: dict[str, str] = {}
    for e in brief.entities:
        variant = k // _group_size(e.id)
        if variant:
            mapping[e.id] = f"{e.id}-{variant}"
            suffix = " " + _word(variant)
            e.name += suffix
            e.aliases = [a + suffix for a in e.aliases]
    if mapping:
        remap_entity_ids(brief, mapping)
    return brief


def build_store(n: int) -> Path:
    from app.extract.render import brief_json
    from app.store import writes as writes_store
    from app.store.db import dispose_engines, session_scope, upgrade

    path = CACHE / f"api-{n}.db"
    if path.exists():
        upgrade(f"sqlite:///{path}")  # a store cached by older code gets the newer indexes
        dispose_engines()
        return path

    templates = template_briefs()
    pickled = [pickle.dumps(b) for b in templates]
    vocabulary = sorted({w for b in templates for w in re.findall(r"[a-z]{4,}", b.text)})
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    url = f"sqlite:///{partial}"
    upgrade(url)
    started = time.perf_counter()
    for first in range(0, n, PER_TRANSACTION):
        batch = [
            rekey(pickled[i % len(templates)], i, i // len(templates), vocabulary)
            for i in range(first, min(n, first + PER_TRANSACTION))
        ]
        with session_scope(url, write=True) as session:
            writes_store.save_new_briefs(session, [(b, brief_json(b)) for b in batch])
        done = min(n, first + PER_TRANSACTION)
        rate = done / (time.perf_counter() - started)
        print(f"\r  building {path.name}: {done:,}/{n:,} ({rate:.0f}/s)", end="", file=sys.stderr)
    print(file=sys.stderr)
    with session_scope(url, write=True) as session:
        session.connection().exec_driver_sql("ANALYZE")
    dispose_engines()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return path


# -------------------------------------------------------------------------- what to ask


def request_paths(db: Path) -> dict[str, list[str]]:
    """For each benchmarked endpoint, the paths wrk cycles through (ids from the store)."""
    from urllib.parse import quote

    from app.store.cursor import encode_cursor

    con = sqlite3.connect(db)
    n = con.execute("SELECT count(*) FROM brief").fetchone()[0]
    rng = random.Random(7)
    ids = [r[0] for r in con.execute("SELECT id FROM brief")]
    deep = [
        encode_cursor(*row)
        for row in con.execute(
            "SELECT sort_key, id FROM brief ORDER BY sort_key DESC, id DESC LIMIT 5 OFFSET ?",
            (int(n * 0.9),),
        )
    ]
    # Entities across the range of popularity: the famous, the common and the rare.
    by_count = [r[0] for r in con.execute("SELECT id FROM entity ORDER BY brief_count DESC")]
    picks = by_count[:10] + by_count[100:110] + by_count[len(by_count) // 2 :][:10]
    con.close()
    words = ["government", "market", "minister", "football", "profit", "oil", "film", "said"]
    prefixes = ["lon", "bla", "mi", "uni", "chel", "wor", "t", "gor", "euro", "ba"]
    return {
        "GET /briefs/{id}": [f"/briefs/{i}" for i in rng.sample(ids, min(2000, len(ids)))],
        "GET /briefs?limit=20": ["/briefs?limit=20"],
        "GET /briefs (page at 90%)": [f"/briefs?limit=20&cursor={c}" for c in deep],
        "GET /briefs?q=word": [f"/briefs?q={w}" for w in words],
        "GET /briefs?entity=id": [f"/briefs?entity={quote(e)}" for e in picks],
        "GET /entities?q=prefix": [f"/entities?q={p}" for p in prefixes],
        "GET /entities/{id}": [f"/entities/{quote(e)}" for e in picks],
    }


# ------------------------------------------------------------------------------ servers


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    kind: str, db: Path, ids_file: Path | None = None
) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    env = {**os.environ, "NEWSBRIEF_DATABASE_URL": f"sqlite:///{db}"}
    if kind == "newsbrief":
        cmd = [str(ROOT / ".venv/bin/newsbrief"), "serve", "--port", str(port), "--no-migrate"]
    else:
        cmd = [sys.executable, __file__, "--bare-server", str(port), "--db", str(db)]
        cmd += ["--ids", str(ids_file)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, port
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"{kind} server exited with {proc.returncode}") from None
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"{kind} server did not start")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (uvicorn may fork a worker)."""
    total = 0
    for p in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def _children(pid: int) -> list[int]:
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(k) for k in kids] + [c for k in kids for c in _children(int(k))]


def bare_server(port: int, db: Path, ids: list[str]) -> None:
    """The ceiling: Starlette + uvicorn answering GET /briefs/{id} from a dict in memory.

    It holds the briefs the benchmark asks for (all 100k would be gigabytes of JSON)."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    con = sqlite3.connect(db)
    stored = {}
    for brief_id in ids:
        row = con.execute("SELECT document, etag FROM brief WHERE id = ?", (brief_id,)).fetchone()
        stored[brief_id] = (bytes(row[0]), row[1])
    con.close()

    async def brief(request: Request) -> Response:
        found = stored.get(request.path_params["brief_id"])
        if found is None:
            return Response(status_code=404)
        body, etag = found
        return Response(body, media_type="application/json", headers={"ETag": f'"{etag}"'})

    app = Starlette(routes=[Route("/briefs/{brief_id}", brief)])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


# -------------------------------------------------------------------------------- wrk

WRK_SCRIPT = """
local paths = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests": %%d, "seconds": %%f, "p50_us": %%d, '
    .. '"p99_us": %%d, "errors": %%d}\\n', summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def run_wrk(port: int, paths: list[str], connections: int, seconds: float) -> dict[str, Any]:
    lua = WRK_SCRIPT % ", ".join(json.dumps(p) for p in paths)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(lua)
    try:
        out = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{connections}",
                f"-d{max(1, round(seconds))}s",
                "--timeout",
                "10s",
                "-s",
                fh.name,
                f"http://127.0.0.1:{port}",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        os.unlink(fh.name)
    line = next(ln for ln in out.splitlines() if ln.startswith("RESULT "))
    result: dict[str, Any] = json.loads(line.removeprefix("RESULT "))
    return result


def check_paths(port: int, paths: list[str]) -> None:
    """Every path answers 200 before it is timed (a 404 storm would look fast)."""
    import httpx

    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
        for p in paths[:20]:
            status = client.get(p).status_code
            if status != 200:
                raise SystemExit(f"{p}: HTTP {status}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000, help="briefs in the store")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--only", help="run only endpoints whose label contains this")
    parser.add_argument("--bare-server", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--ids", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_server:
        bare_server(args.bare_server, args.db, args.ids.read_text().split())
        return
    if shutil.which("wrk") is None:
        raise SystemExit("wrk not found: apt-get install -y wrk")

    db = build_store(args.n)
    paths = request_paths(db)
    if args.only:
        paths = {k: v for k, v in paths.items() if args.only in k}
    rows: list[tuple[str, str, dict[str, Any]]] = []
    memory: dict[str, float] = {}
    ids_file = CACHE / "bench-ids.txt"
    ids_file.write_text("\n".join(p.rsplit("/", 1)[1] for p in paths.get("GET /briefs/{id}", [])))
    for kind in ("bare", "newsbrief"):
        proc, port = start_server(kind, db, ids_file)
        try:
            for label, plist in paths.items():
                if kind == "bare" and label != "GET /briefs/{id}":
                    continue
                check_paths(port, plist)
                run_wrk(port, plist, args.connections, 1)  # warm caches and pool
                rows.append((kind, label, run_wrk(port, plist, args.connections, args.seconds)))
                print(f"  {kind} {label}: done", file=sys.stderr)
            memory[kind] = rss_mb(proc.pid)
        finally:
            stop_server(proc)

    print(
        f"\n{args.n:,} briefs, wrk -t2 -c{args.connections} -d{args.seconds:g}s, "
        f"{os.cpu_count()} CPUs, one uvicorn worker each\n"
    )
    header = f"{'server':<11}{'endpoint':<28}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}"
    print(header)
    print("-" * len(header))
    ceiling = None
    for kind, label, r in rows:
        rps = r["requests"] / r["seconds"]
        if kind == "bare":
            ceiling = rps
        print(
            f"{kind:<11}{label:<28}{rps:>9,.0f}{r['p50_us'] / 1000:>9.1f}"
            f"{r['p99_us'] / 1000:>9.1f}{r['errors']:>8}"
        )
    by_id = next((r for k, lbl, r in rows if k == "newsbrief" and lbl == "GET /briefs/{id}"), None)
    if ceiling and by_id:
        ratio = by_id["requests"] / by_id["seconds"] / ceiling
        print(f"\nGET /briefs/{{id}}: {ratio:.2f} x the bare app's requests/s")
    for kind, mb in memory.items():
        print(f"RSS after the run, {kind}: {mb:.0f} MB")


if __name__ == "__main__":
    main()
