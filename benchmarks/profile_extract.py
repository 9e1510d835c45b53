"""Time newsbrief's own extractors, phase by phase, against the spaCy parse they run after.

The articles are the ingest benchmark's corpus (`bench_ingest.corpus`: half BBC, half Reuters).
They are parsed once with `app.extract.nlp.load_nlp()` and `nlp.pipe(batch_size=16)`, as the
loader parses them; that CPU time is the yardstick. Then `app.extract.pipeline.brief_from_doc`
runs over every parsed document with a `step` that times each of its phases
(`time.process_time`), summed over the documents. The one-off costs a process pays on
first use (gazetteer, lexicons, dateparser) are paid once before the clock starts and shown as
their own row, so the per-article figures are a warm worker's.

    .venv/bin/python benchmarks/profile_extract.py                  # 200 articles, one table
    .venv/bin/python benchmarks/profile_extract.py -n 50 --profile  # plus cProfile's top 30
    .venv/bin/python benchmarks/profile_extract.py --dump /tmp/extract.json  # briefs, to `cmp`
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_ingest import corpus, documents  # noqa: E402

from app.extract.model import ExtractedBrief  # noqa: E402
from app.extract.nlp import load_nlp  # noqa: E402
from app.extract.pipeline import (  # noqa: E402
    BATCH_SIZE,
    PHASES,
    brief_from_doc,
    warm_up,
)
from app.extract.render import brief_json  # noqa: E402


def extract_phased(document: Any, doc: Any, nlp: Any, clock: dict[str, float]) -> ExtractedBrief:
    """`brief_from_doc`, adding each phase's CPU seconds to `clock`."""

    def timed(phase: str, fn: Callable[..., Any], *args: Any) -> Any:
        started = time.process_time()
        result = fn(*args)
        clock[phase] += time.process_time() - started
        return result

    return brief_from_doc(document, doc, nlp, step=timed)


def first_use_seconds() -> float:
    """CPU seconds of `pipeline.warm_up`: the tables a process builds before its first brief."""
    started = time.process_time()
    warm_up()
    return time.process_time() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--profile", action="store_true", help="cProfile the extractor phases")
    ap.add_argument("--dump", type=Path, help="write every brief's JSON here, one a line")
    args = ap.parse_args()

    docs_in = documents(corpus(args.n))
    nlp = load_nlp()
    list(nlp.pipe(["Warm-up sentence from London on Monday."]))
    # The one-off costs, right after the model as in a loader's worker (its first article), and
    # before the parse, which does not need them: measured later, with 200 parsed documents in
    # memory, they also pay for the garbage collector walking those.
    first_use = first_use_seconds()
    started = time.process_time()
    parsed = list(nlp.pipe((d.text for d in docs_in), batch_size=BATCH_SIZE))
    parse_s = time.process_time() - started

    clock = dict.fromkeys(PHASES, 0.0)
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    briefs = [extract_phased(d, doc, nlp, clock) for d, doc in zip(docs_in, parsed, strict=True)]
    if profiler:
        profiler.disable()

    n = len(docs_in)
    print(f"{n} articles, {sum(len(d.text) for d in docs_in)} characters")
    print(f"{'phase':<26} {'seconds':>8} {'ms/article':>11} {'% of parse':>11}")

    def row(name: str, seconds: float, per_article: bool = True) -> None:
        ms = f"{1000 * seconds / n:11.1f}" if per_article else f"{'':>11}"
        print(f"{name:<26} {seconds:8.2f} {ms} {100 * seconds / parse_s:10.1f}%")

    row("spaCy parse (nlp.pipe)", parse_s)
    for phase in PHASES:
        row(phase, clock[phase])
    row("extractors, total", sum(clock.values()))
    row("first use, per process", first_use, per_article=False)

    if profiler:
        for key in ("cumulative", "tottime"):
            print(f"\n--- cProfile of the extractor phases, top 30 by {key}")
            pstats.Stats(profiler, stream=sys.stdout).sort_stats(key).print_stats(30)

    if args.dump:
        with args.dump.open("wb") as fh:
            for brief in briefs:
                fh.write(brief_json(brief) + b"\n")
        print(f"\n{n} briefs written to {args.dump}")


if __name__ == "__main__":
    main()
