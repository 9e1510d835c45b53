"""Group what the claims extractor misses on PolNeAR (train, for error analysis) by cue shape.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/claim_misses.py --split train --cache DIR \
        [--min-confidence 0.75] [--show 8] [--jsonl /tmp/misses.jsonl]

Two tables:
1. gold relations no claim touches (no predicted content shares a character with theirs),
   grouped by the shape of the gold cue: a verb of saying we list or learned, another verb,
   a light verb or copula, a cue noun we list or not, "according to", a prepositional phrase
   ("in an interview"), an adjective, no cue; with whether some candidate reached them before
   the learned filter dropped it;
2. predicted claims paired with a gold relation by content (as the scorer pairs them) whose cue
   does not overlap the gold cue, grouped by the two cues' shapes.
Examples print with their text for reading. Gold is read only here, never copied into the
project; `--jsonl` writes one record per miss for further counting.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_claims import GoldDoc, chars, claim_frags, pair_up, parsed, read_split  # noqa: E402
from spacy.tokens import Doc, Token  # noqa: E402

from app.extract.claim_lexicon import LEARNED_CUES  # noqa: E402
from app.extract.claims import candidate_claims, extract_claims  # noqa: E402
from app.extract.cues import CUE_NOUNS, CUE_VERBS  # noqa: E402
from app.extract.document import Document  # noqa: E402
from app.extract.entities import extract_entities  # noqa: E402
from app.extract.nlp import load_nlp  # noqa: E402

_POS = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
_LIGHT = frozenset({"be", "have", "make", "take", "give", "get", "do", "put", "go", "come"})


def cue_head(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    ids = {t.i for t in span}
    inside = [t for t in span if t.pos_ in _POS]
    roots = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    return (roots or inside or [span.root])[0]


def shape(doc: Doc, text: str, frags: list[tuple[int, int]]) -> tuple[str, str]:
    """(group, key word) of a cue span."""
    if not frags:
        return "no cue", "-"
    a, b = min(f[0] for f in frags), max(f[1] for f in frags)
    words = text[a:b].lower().split()
    if words[:2] == ["according", "to"]:
        return "according to", "according to"
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return "unparsed", text[a:b]
    head = cue_head(doc, a, b)
    if span[0].pos_ == "ADP" and (head is None or head.pos_ != "VERB"):
        return "prep phrase", f"{span[0].lower_} {head.lemma_.lower() if head else ''}"
    if head is None:
        return "other", text[a:b].lower()
    lemma = head.lemma_.lower()
    pos = _POS.get(head.pos_, head.pos_.lower())
    if pos == "verb":
        if lemma in _LIGHT:
            return "light verb/copula", f"{text[a:b].lower()}"
        if lemma in CUE_VERBS or (lemma, "verb") in LEARNED_CUES:
            return "verb listed", lemma
        return "verb unlisted", lemma
    if pos == "noun":
        if lemma in CUE_NOUNS or (lemma, "noun") in LEARNED_CUES:
            return "noun listed", lemma
        return "noun unlisted", lemma
    if pos == "adj":
        if (lemma, "adj") in LEARNED_CUES:
            return "adj learned", lemma
        return "adj unlearned", lemma
    return f"other ({head.pos_})", lemma


def show(text: str, frags: list[tuple[int, int]], n: int = 160) -> str:
    return " || ".join(text[a:b] for a, b in frags).replace("\n", " ")[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train", choices=("dev", "train"))
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--min-confidence", type=float, default=0.0)
    ap.add_argument("--show", type=int, default=6, help="examples per group")
    ap.add_argument("--jsonl", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.split != "train":
        print("note: rules are drawn from train only; dev is for scoring", file=sys.stderr)

    docs: list[GoldDoc] = read_split(args.split, args.limit)
    nlp = load_nlp()
    missed: Counter[str] = Counter()
    missed_words: dict[str, Counter[str]] = defaultdict(Counter)
    reached: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    cue_wrong: Counter[str] = Counter()
    cue_examples: dict[str, list[str]] = defaultdict(list)
    records: list[dict] = []
    n_gold = 0
    for doc, gold in zip(parsed(nlp, docs, args.cache, args.split, args.limit), docs, strict=True):
        text = gold.text
        entities = extract_entities(doc, Document(text=doc.text))
        claims = [c for c in extract_claims(doc, entities) if c.confidence >= args.min_confidence]
        cands = [c for c, _ in candidate_claims(doc, entities)]
        pred_c = [chars(text, claim_frags(c)) for c in claims]
        cand_c = [chars(text, claim_frags(c)) for c in cands]
        gold_c = [chars(text, r.content) for r in gold.relations]
        n_gold += len(gold.relations)
        for gi, rel in enumerate(gold.relations):
            if any(gold_c[gi] & p for p in pred_c):
                continue
            group, word = shape(doc, text, rel.cue)
            missed[group] += 1
            missed_words[group][word] += 1
            cand = any(gold_c[gi] & p for p in cand_c)
            reached[group] += cand
            line = (
                f"{'(cand) ' if cand else ''}S=[{show(text, rel.source, 60)}] "
                f"Q=[{show(text, rel.cue, 60)}] C=[{show(text, rel.content)}]"
            )
            if len(examples[group]) < 400:
                examples[group].append(line)
            records.append(
                {
                    "doc": gold.name,
                    "kind": "miss",
                    "group": group,
                    "word": word,
                    "candidate": cand,
                    "source": show(text, rel.source, 400),
                    "cue": show(text, rel.cue, 400),
                    "content": show(text, rel.content, 600),
                    "content_start": min(a for a, _ in rel.content),
                }
            )
        for gi, pi, _ in pair_up(gold_c, pred_c):
            rel, c = gold.relations[gi], claims[pi]
            gq = chars(text, rel.cue)
            pq = chars(text, [(c.cue.start, c.cue.end)]) if c.cue else set()
            if (not gq and not pq) or gq & pq:
                continue
            g_group, _ = shape(doc, text, rel.cue)
            p_frags = [(c.cue.start, c.cue.end)] if c.cue else []
            p_group, _ = shape(doc, text, p_frags)
            key = f"gold {g_group} / ours {p_group}"
            cue_wrong[key] += 1
            line = (
                f"gold Q=[{show(text, rel.cue, 60)}] S=[{show(text, rel.source, 40)}] "
                f"ours Q=[{c.cue.text if c.cue else ''}] c{c.confidence:.2f} "
                f"C=[{show(text, rel.content, 120)}]"
            )
            if len(cue_examples[key]) < 400:
                cue_examples[key].append(line)
            records.append(
                {
                    "doc": gold.name,
                    "kind": "cue",
                    "group": key,
                    "gold_cue": show(text, rel.cue, 200),
                    "our_cue": c.cue.text if c.cue else "",
                    "confidence": c.confidence,
                    "content": show(text, rel.content, 400),
                }
            )

    total = sum(missed.values())
    print(f"{args.split}: {n_gold} gold relations; {total} touched by no claim")
    print("\n| cue shape | missed | a candidate reached it | top words |")
    print("|---|---|---|---|")
    for group, n in missed.most_common():
        top = ", ".join(f"{w} {k}" for w, k in missed_words[group].most_common(12))
        print(f"| {group} | {n} | {reached[group]} | {top} |")
    print(f"\npaired by content, cues disjoint: {sum(cue_wrong.values())}")
    for key, n in cue_wrong.most_common():
        print(f"  {n:5d}  {key}")
    if args.show:
        for group, _ in missed.most_common():
            print(f"\n## missed: {group}")
            for line in examples[group][: args.show]:
                print("  " + line)
        for key, _ in cue_wrong.most_common():
            print(f"\n## cue: {key}")
            for line in cue_examples[key][: args.show]:
                print("  " + line)
    if args.jsonl:
        with args.jsonl.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
