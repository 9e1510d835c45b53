"""Score event-pair order (BEFORE/AFTER/EQUAL/VAGUE) against MATRES on TimeBank + AQUAINT.

MATRES gives the start-point order of verb-event pairs by TempEval-3 `eiid`; an event counts as
found when one of the timeline's event triggers overlaps the gold event word. Two systems are
scored: every event the timeline module detects (`candidates`), and only those a brief's
timeline shows (`timeline`, the reader's curated subset: lower coverage by design). The predicted
relation is the timeline's `order` (sort key, then text order); pairs with a missing event are
left out and counted against coverage. The document creation time is the publication date.

    .venv/bin/python benchmarks/eval_order.py               # all documents
    .venv/bin/python benchmarks/eval_order.py --limit 30 --split dev
    .venv/bin/python benchmarks/eval_order.py --cache /tmp/tbaq-docs   # parse once, rerun fast
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spacy.tokens import Doc

from app.extract.nlp import load_nlp
from app.extract.timeline import EventLexicon, event_keys, event_lexicon
from app.extract.timex import extract_time_expressions
from benchmarks.eval_events import parsed
from benchmarks.eval_timex import DATA, EVAL, TmlDoc, documents, read_tml

MATRES = EVAL / "matres"
LABELS = ("BEFORE", "AFTER", "EQUAL", "VAGUE")


def read_matres() -> dict[str, list[tuple[str, str, str]]]:
    """doc -> [(eiid1, eiid2, relation)] from the TimeBank and AQUAINT files."""
    pairs: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for name in ("timebank.txt", "aquaint.txt"):
        for line in (MATRES / name).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 6:
                pairs[cols[0]].append((cols[3], cols[4], cols[5]))
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    ap.add_argument("--split", choices=("all", "dev", "test"), default="all")
    ap.add_argument("--cache", type=Path, default=None, help="directory for cached parses")
    args = ap.parse_args()

    gold_pairs = read_matres()
    paths = [p for p in documents(args.split, None) if p.stem in gold_pairs]
    paths = paths[: args.limit] if args.limit else paths
    docs = [read_tml(p) for p in paths]
    nlp = load_nlp()
    parses = list(
        parsed(
            nlp, [d.text for d in docs], args.cache, f"matres-{args.split}-{args.limit or 'all'}"
        )
    )
    t0 = time.perf_counter()
    print(
        f"MATRES (TimeBank+AQUAINT) split={args.split}: {len(docs)} documents, "
        f"{sum(len(gold_pairs[d.name]) for d in docs)} gold pairs  [{DATA.name}]"
    )
    print(f"{'measure':<34} {'candidates':>10} {'timeline':>10}")
    lexicon = event_lexicon(nlp)
    results = [score(docs, parses, gold_pairs, shown_only, lexicon) for shown_only in (False, True)]
    elapsed = time.perf_counter() - t0
    for i, label in enumerate(
        (
            "coverage (both events found)",
            "accuracy on found pairs",
            "accuracy, non-VAGUE gold pairs",
            "majority-class baseline",
        )
    ):
        print(f"{label:<34} {results[0][0][i]:10.3f} {results[1][0][i]:10.3f}")
    print(f"({elapsed:.1f}s)\n\nconfusion, candidates (gold rows x predicted columns)")
    confusion = results[0][1]
    print(f"{'':8}" + "".join(f"{p:>8}" for p in LABELS[:3]))
    for g in LABELS:
        print(f"{g:8}" + "".join(f"{confusion[(g, p)]:8d}" for p in LABELS[:3]))


def score(
    docs: list[TmlDoc],
    parses: list[Doc],
    gold_pairs: dict[str, list[tuple[str, str, str]]],
    shown_only: bool,
    lexicon: EventLexicon | None = None,
) -> tuple[tuple[float, float, float, float], Counter[tuple[str, str]]]:
    """(coverage, accuracy, accuracy without VAGUE, majority baseline) and the confusion."""
    total = found = correct = correct_no_vague = found_no_vague = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for d, doc in zip(docs, parses, strict=True):
        keys = event_keys(doc, extract_time_expressions(doc, d.dct), d.dct, shown_only, lexicon)
        # character offset of each event trigger -> its key
        by_char: dict[int, float] = {}
        for i, key in keys.items():
            tok = doc[i]
            for c in range(tok.idx, tok.idx + len(tok)):
                by_char[c] = key
        for e1, e2, rel in gold_pairs[d.name]:
            total += 1
            s1, s2 = d.events.get(e1), d.events.get(e2)
            k1 = (
                next((by_char[c] for c in range(s1[0], s1[1]) if c in by_char), None)
                if s1
                else None
            )
            k2 = (
                next((by_char[c] for c in range(s2[0], s2[1]) if c in by_char), None)
                if s2
                else None
            )
            if k1 is None or k2 is None:
                continue
            found += 1
            # the timeline's own order: equal keys fall back to text order, as `order` does
            pred = "BEFORE" if (k1, s1[0]) < (k2, s2[0]) else "AFTER"  # type: ignore[index]
            confusion[(rel, pred)] += 1
            correct += pred == rel
            if rel != "VAGUE":
                found_no_vague += 1
                correct_no_vague += pred == rel
    gold_dist = Counter(rel for (rel, _), n in confusion.items() for _ in range(n))
    majority = max(gold_dist.values()) / found if found else 0.0
    return (
        (
            found / total if total else 0.0,
            correct / found if found else 0.0,
            correct_no_vague / found_no_vague if found_no_vague else 0.0,
            majority,
        ),
        confusion,
    )


if __name__ == "__main__":
    main()
