"""Score the claims extractor against PolNeAR's attribution relations and print a table.

    .venv/bin/python benchmarks/eval_claims.py                 # dev split, all documents
    .venv/bin/python benchmarks/eval_claims.py --split train --limit 100 --dump /tmp/errors.txt
    .venv/bin/python benchmarks/eval_claims.py --cache /tmp/polnear-docs   # parse once, rerun fast

Gold: `../shared/eval/polnear/data/<split>/{text,attributions}` (brat standoff). Documents that
several annotators did are scored once, against the annotator whose id sorts first, so every
document counts the same and the choice does not depend on our output.

Measures (precision and recall apart, micro-averaged over documents):
- content match: gold and predicted relations are paired one to one, greedily by the number of
  characters their contents share; a pair needs at least one shared character.
- content exact: a paired content is exact when its span equals the gold content's extent (first
  to last character of the gold fragments; PolNeAR splits quotes that run over paragraphs).
- content overlap: character-proportional, like Citron's token overlap: shared characters of the
  paired contents over all predicted (precision) or gold (recall) content characters.
- source exact: over paired relations; precision over pairs where we gave a source, recall over
  pairs where gold has one.
- cue overlap: cues paired one to one by overlap, independently of contents.
- all three (claim by claim): a predicted claim is right when, paired one to one with a gold
  relation, its content overlaps the gold content, its source has the gold source's extent
  (both absent counts as the same) and its cue overlaps the gold cue.
A predicted content with several `parts` (a quote split by its tag) is scored on its parts.
Then a reliability table: the claims' `confidence` in ten bins against the observed share that
is right in every part, the expected calibration error, and the precision at several
`min_confidence` cuts (`--min-confidence` scores only the claims at or above one).
Whitespace never counts as a character. Gold is read only here, never copied into the project.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from app.extract.claims import extract_claims  # noqa: E402
from app.extract.document import Document  # noqa: E402
from app.extract.entities import extract_entities  # noqa: E402
from app.extract.model import Claim  # noqa: E402
from app.extract.nlp import load_nlp, parse_signature  # noqa: E402
from benchmarks.evaldata import EVAL  # noqa: E402

POLNEAR = EVAL / "polnear" / "data"
TARGETS = {
    "all three": 0.82,
    "content overlap": 0.82,
    "source exact": 0.88,
    "cue overlap": 0.82,
}
CITRON = {"content overlap": 0.67, "content exact": 0.39, "source exact": 0.81, "cue overlap": 0.63}
_T_LINE = re.compile(r"^(T\d+)\t(\w+) ([\d ;]+)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")

Frags = list[tuple[int, int]]


@dataclass(slots=True)
class Relation:
    content: Frags
    source: Frags = field(default_factory=list)
    cue: Frags = field(default_factory=list)


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    relations: list[Relation]


def read_split(split: str, limit: int | None = None) -> list[GoldDoc]:
    """PolNeAR documents of one split, one annotator each (the first id in sort order)."""
    ann_dir = POLNEAR / split / "attributions"
    chosen: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        base = path.stem.rsplit("_", 1)[0]
        chosen.setdefault(base, path)
    docs: list[GoldDoc] = []
    for base, path in sorted(chosen.items()):
        text = (POLNEAR / split / "text" / f"{base}.txt").read_text(encoding="utf-8")
        docs.append(GoldDoc(base, text, parse_ann(path.read_text(encoding="utf-8"))))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def parse_ann(ann: str) -> list[Relation]:
    spans: dict[str, Frags] = {}
    events: list[str] = []
    for line in ann.splitlines():
        if m := _T_LINE.match(line):
            frags = [tuple(int(x) for x in part.split()) for part in m.group(3).split(";")]
            spans[m.group(1)] = [(a, b) for a, b in frags]
        elif m := _E_LINE.match(line):
            events.append(m.group(2))
    relations: list[Relation] = []
    for event in events:
        roles = dict(kv.split(":", 1) for kv in event.split() if ":" in kv)
        content = spans.get(roles.get("Content", ""), [])
        if not content:
            continue  # a relation without content cannot be matched by content; PolNeAR has few
        relations.append(
            Relation(
                content=content,
                source=spans.get(roles.get("Source", ""), []),
                cue=spans.get(roles.get("Cue", ""), []),
            )
        )
    return relations


def chars(text: str, frags: Frags) -> set[int]:
    return {i for a, b in frags for i in range(a, b) if not text[i].isspace()}


def extent(text: str, frags: Frags) -> tuple[int, int] | None:
    """First to last non-space character of a span's fragments."""
    cs = chars(text, frags)
    return (min(cs), max(cs) + 1) if cs else None


def pair_up(gold: list[set[int]], pred: list[set[int]]) -> list[tuple[int, int, int]]:
    """One-to-one pairs (gold index, predicted index, shared chars), largest overlaps first."""
    cands = [
        (len(g & p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if g & p
    ]
    cands.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int, int]] = []
    for n, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, n))
    return pairs


@dataclass(slots=True)
class Counts:
    """Numerators and denominators of every measure, summed over documents."""

    n: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, tp_p: float, pred: float, tp_r: float, gold: float) -> None:
        row = self.n.setdefault(name, [0.0, 0.0, 0.0, 0.0])
        row[0] += tp_p
        row[1] += pred
        row[2] += tp_r
        row[3] += gold

    def prf(self, name: str) -> tuple[float, float, float]:
        tp_p, pred, tp_r, gold = self.n.get(name, [0.0, 0.0, 0.0, 0.0])
        p = tp_p / pred if pred else 0.0
        r = tp_r / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def claim_frags(claim: Claim) -> Frags:
    """A predicted content's characters: its parts when it has several, else its extent."""
    if claim.content.parts:
        return [(p.start, p.end) for p in claim.content.parts]
    return [(claim.content.start, claim.content.end)]


def all_three(doc: GoldDoc, claims: list[Claim]) -> list[int | None]:
    """Claim by claim: the gold relation each predicted claim gets right in every part
    (content overlaps, the same source extent, cues overlap), paired one to one, else None."""
    text = doc.text
    gold_c = [chars(text, r.content) for r in doc.relations]
    gold_q = [chars(text, r.cue) for r in doc.relations]
    gold_s = [extent(text, r.source) for r in doc.relations]
    cands: list[tuple[int, int, int]] = []
    for pi, c in enumerate(claims):
        pc = chars(text, claim_frags(c))
        pq = chars(text, [(c.cue.start, c.cue.end)]) if c.cue else set()
        ps = extent(text, [(c.source.start, c.source.end)]) if c.source else None
        for gi in range(len(doc.relations)):
            shared = len(gold_c[gi] & pc)
            if not shared or ps != gold_s[gi]:
                continue
            if (gold_q[gi] or pq) and not gold_q[gi] & pq:
                continue
            cands.append((shared, gi, pi))
    cands.sort(reverse=True)
    out: list[int | None] = [None] * len(claims)
    used: set[int] = set()
    for _, gi, pi in cands:
        if gi in used or out[pi] is not None:
            continue
        used.add(gi)
        out[pi] = gi
    return out


def score_doc(doc: GoldDoc, claims: list[Claim], counts: Counts, dump: list[str] | None) -> None:
    text = doc.text
    gold_c = [chars(text, r.content) for r in doc.relations]
    pred_frags = [claim_frags(c) for c in claims]
    pred_c = [chars(text, f) for f in pred_frags]
    pairs = pair_up(gold_c, pred_c)
    counts.add("content match", len(pairs), len(claims), len(pairs), len(doc.relations))
    exact = sum(
        extent(text, doc.relations[gi].content) == extent(text, pred_frags[pi])
        for gi, pi, _ in pairs
    )
    counts.add("content exact", exact, len(claims), exact, len(doc.relations))
    shared = sum(n for _, _, n in pairs)
    counts.add("content overlap", shared, sum(map(len, pred_c)), shared, sum(map(len, gold_c)))
    src_tp = src_pred = src_gold = 0
    for gi, pi, _ in pairs:
        gold_src = extent(text, doc.relations[gi].source)
        pred = claims[pi].source
        pred_src = extent(text, [(pred.start, pred.end)]) if pred else None
        src_pred += pred_src is not None
        src_gold += gold_src is not None
        src_tp += gold_src is not None and gold_src == pred_src
    counts.add("source exact", src_tp, src_pred, src_tp, src_gold)
    gold_cue = [chars(text, r.cue) for r in doc.relations if r.cue]
    pred_cue = [chars(text, [(c.cue.start, c.cue.end)]) for c in claims if c.cue]
    cue_pairs = pair_up(gold_cue, pred_cue)
    counts.add("cue overlap", len(cue_pairs), len(pred_cue), len(cue_pairs), len(gold_cue))
    right = sum(g is not None for g in all_three(doc, claims))
    counts.add("all three", right, len(claims), right, len(doc.relations))
    if dump is not None:
        _dump(doc, claims, pairs, dump)


def _dump(
    doc: GoldDoc, claims: list[Claim], pairs: list[tuple[int, int, int]], out: list[str]
) -> None:
    """Misses, false alarms and source mismatches, for reading (error analysis)."""
    text = doc.text

    def show(frags: Frags) -> str:
        return " || ".join(text[a:b] for a, b in frags).replace("\n", " ")[:240]

    matched_g = {gi for gi, _, _ in pairs}
    matched_p = {pi for _, pi, _ in pairs}
    out.append(f"=== {doc.name}")
    for gi, r in enumerate(doc.relations):
        if gi not in matched_g:
            out.append(f"MISS  S=[{show(r.source)}] Q=[{show(r.cue)}] C=[{show(r.content)}]")
    for pi, c in enumerate(claims):
        if pi not in matched_p:
            src = c.source.text if c.source else ""
            cue = c.cue.text if c.cue else ""
            out.append(f"FALSE S=[{src}] Q=[{cue}] C=[{c.content.text[:240]}]".replace("\n", " "))
    for gi, pi, _ in pairs:
        r, c = doc.relations[gi], claims[pi]
        g_ext = extent(text, r.content)
        p_ext = extent(text, [(c.content.start, c.content.end)])
        if g_ext != p_ext:
            out.append(
                f"SPAN  gold=[{show(r.content)}]\n      ours=[{c.content.text[:240]}]".replace(
                    "\n  ", " \n  "
                )
            )
        gs = extent(text, r.source)
        ps = extent(text, [(c.source.start, c.source.end)]) if c.source else None
        if gs != ps:
            out.append(f"SRC   gold=[{show(r.source)}] ours=[{c.source.text if c.source else ''}]")


def parsed(
    nlp: Language, docs: list[GoldDoc], cache: Path | None, split: str, limit: int | None
) -> Iterator[Doc]:
    """The spaCy parses of the documents, read from (or written to) a cache when one is given."""
    if cache is None:
        yield from nlp.pipe(d.text for d in docs)
        return
    path = cache / f"polnear-{split}-{limit or 'all'}-{parse_signature(nlp)}.spacy"
    if path.exists():
        bin_ = DocBin().from_disk(path)
        got = list(bin_.get_docs(nlp.vocab))
        if [d.text for d in got] == [d.text for d in docs]:
            yield from got
            return
    bin_ = DocBin(store_user_data=False)
    for doc in nlp.pipe(d.text for d in docs):
        bin_.add(doc)
        yield doc
    cache.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)


def reliability(judged: list[tuple[float, bool]], bins: int = 10) -> tuple[list[str], float]:
    """Rows of a reliability table (confidence bin, claims, mean confidence, observed share
    right in every part) and the expected calibration error over equal-width bins."""
    rows: list[str] = []
    ece = 0.0
    total = len(judged)
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(p, y) for p, y in judged if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if not inside:
            continue
        conf = sum(p for p, _ in inside) / len(inside)
        seen = sum(y for _, y in inside) / len(inside)
        ece += abs(conf - seen) * len(inside) / total
        rows.append(f"| {lo:.1f}-{hi:.1f} | {len(inside):6d} | {conf:9.3f} | {seen:8.3f} |")
    return rows, ece


def print_reliability(judged: list[tuple[float, bool]]) -> None:
    if not judged:
        return
    rows, ece = reliability(judged)
    print("| confidence | claims | mean conf | observed |")
    print("|------------|--------|-----------|----------|")
    print("\n".join(rows))
    print(f"expected calibration error (10 bins): {ece:.3f}")
    for cut in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        kept = [y for p, y in judged if p >= cut]
        if kept:
            print(
                f"confidence >= {cut:.1f}: {len(kept)} claims, "
                f"precision {sum(kept) / len(kept):.3f}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument(
        "--dump", type=Path, default=None, help="write misses and false alarms here"
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="keep the parsed documents in this directory (a DocBin per split and limit), so "
        "reruns score the claims layer without parsing again",
    )
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=0.0,
        help="score only claims whose confidence is at least this (the API's min_confidence)",
    )
    parser.add_argument(
        "--entities",
        action="store_true",
        help="give extract_claims the article's entities as the pipeline does, so pronoun "
        "and named sources are linked (and an unresolved pronoun is judged as the API does)",
    )
    args = parser.parse_args(argv)

    docs = read_split(args.split, args.limit)
    nlp = load_nlp()
    counts = Counts()
    dump: list[str] | None = [] if args.dump else None
    t0 = time.perf_counter()
    claim_time = 0.0
    n_claims = 0
    judged: list[tuple[float, bool]] = []
    for doc, gold in zip(parsed(nlp, docs, args.cache, args.split, args.limit), docs, strict=True):
        t1 = time.perf_counter()
        entities = extract_entities(doc, Document(text=doc.text)) if args.entities else []
        claims = extract_claims(doc, entities)
        claim_time += time.perf_counter() - t1
        claims = [c for c in claims if c.confidence >= args.min_confidence]
        for c, g in zip(claims, all_three(gold, claims), strict=True):
            judged.append((c.confidence, g is not None))
        n_claims += len(claims)
        score_doc(gold, claims, counts, dump)
    elapsed = time.perf_counter() - t0
    n_gold = sum(len(d.relations) for d in docs)

    print(
        f"PolNeAR {args.split}: {len(docs)} documents, {n_gold} gold relations, "
        f"{n_claims} predicted"
    )
    print(f"time: {elapsed:.1f}s total, {claim_time:.2f}s in extract_claims\n")
    print(f"| {'measure':<16} | {'P':>5} | {'R':>5} | {'F1':>5} | target | Citron F1 |")
    print(f"|{'-' * 18}|{'-' * 7}|{'-' * 7}|{'-' * 7}|--------|-----------|")
    for name in (
        "content match",
        "content exact",
        "content overlap",
        "source exact",
        "cue overlap",
        "all three",
    ):
        p, r, f = counts.prf(name)
        target = f"{TARGETS[name]:.2f}" if name in TARGETS else "-"
        citron = f"{CITRON[name]:.2f}" if name in CITRON else "-"
        print(f"| {name:<16} | {p:5.3f} | {r:5.3f} | {f:5.3f} | {target:>6} | {citron:>9} |")
    p, r, f = counts.prf("all three")
    print(f"\nall three to four places: P {p:.4f} R {r:.4f} F1 {f:.4f}")
    p, r, f = counts.prf("content overlap")
    print(f"content overlap to four places: P {p:.4f} R {r:.4f} F1 {f:.4f}")
    print()
    print_reliability(judged)
    if args.dump and dump is not None:
        args.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")
        print(f"\nerrors written to {args.dump}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
