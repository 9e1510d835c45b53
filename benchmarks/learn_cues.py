"""Learn the claims extractor's cue lexicon from PolNeAR's train split and write it as code.

    .venv/bin/python benchmarks/learn_cues.py --cache /tmp/polnear-docs        # print the table
    .venv/bin/python benchmarks/learn_cues.py --cache /tmp/polnear-docs --write

For every word (lemma and part of speech) the script counts how often it occurs in the train
articles and how often annotators made it the head of an attribution cue. A word joins the
lexicon when it heads a cue often enough (`--min-count`) and a large enough share of its uses
are cues (`--min-precision`). For each word it also records how the content hangs off the cue
in spaCy's parse (a clause, an object, "of"/"on"/"about" + object ...): the frames the
extractor may read a content from. Only lemmas, frame names and counts are written
(`app/extract/claim_lexicon.py`); no gold span or text leaves the eval directory.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_claims import parsed, read_split  # noqa: E402
from spacy.tokens import Doc, Token  # noqa: E402

from app.extract.nlp import load_nlp  # noqa: E402

OUT = ROOT / "app" / "extract" / "claim_lexicon.py"
_POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}
_FRAME_PREPS = frozenset({"of", "on", "about", "for", "against", "over", "with", "to", "as"})
_SKIP_DEPS = frozenset({"aux", "auxpass", "neg", "det", "punct", "advmod", "prt"})


def cue_head(doc: Doc, start: int, end: int) -> Token | None:
    """The content word heading a cue span: the one whose syntactic head lies outside it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    inside = [t for t in span if t.pos_ in _POS]
    if not inside:
        return None
    ids = {t.i for t in span}
    roots = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    return (roots or inside)[0]


def frame(cue: Token, doc: Doc, c0: int, c1: int) -> str:
    """How the content hangs off its cue in the parse."""
    span = doc.char_span(c0, c1, alignment_mode="expand")
    if span is None:
        return "none"
    root = span.root
    if root.i == cue.i or cue.i in range(span.start, span.end):
        # "The crowd seemed to cheer": the subject and the infinitive around the cue.
        inner = {t.i for t in span}
        subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in inner]
        xcomp = [c for c in cue.children if c.dep_ == "xcomp" and c.i in inner]
        return "raising" if subj and xcomp else "inside"
    node = root
    while (
        node.head.i != node.i
        and node.head.i != cue.i
        and node.head.i in range(span.start, span.end)
    ):
        node = node.head
    head = node.head
    if head.i == cue.i:
        if node.dep_ in ("ccomp", "xcomp", "csubj", "advcl", "acl", "relcl", "appos"):
            return "clause"
        if node.dep_ in ("dobj", "oprd", "attr", "nsubjpass", "dative", "acomp"):
            return "object"
        if node.dep_ == "prep" and node.lower_ in _FRAME_PREPS:
            return f"prep:{node.lower_}"
        return "other"
    if head.dep_ == "prep" and head.head.i == cue.i and head.lower_ in _FRAME_PREPS:
        return f"prep:{head.lower_}"
    if c1 <= cue.idx:
        return "before"
    return "far"


def shapes(t: Token) -> set[str]:
    """The content frames a word's parse offers: where a content could hang off it."""
    found = set()
    deps = {c.dep_ for c in t.children}
    if deps & {"nsubj", "nsubjpass"} and "xcomp" in deps:
        found.add("raising")
    for c in t.children:
        if c.i < t.i:
            continue
        if c.dep_ in ("ccomp", "xcomp", "acl", "relcl", "appos") and c.pos_ in ("VERB", "AUX"):
            found.add("clause")
        elif c.dep_ in ("dobj", "oprd", "attr", "dative", "acomp"):
            found.add("object")
        elif c.dep_ == "prep" and c.lower_ in _FRAME_PREPS:
            found.add(f"prep:{c.lower_}")
    return found


def learn(docs_cache: Path | None) -> tuple[Counter, dict, Counter, Counter]:
    nlp = load_nlp()
    gold_docs = read_split("train")
    total: Counter[tuple[str, str]] = Counter()
    chances: Counter[tuple[str, str, str]] = Counter()
    cue: Counter[tuple[str, str]] = Counter()
    frames: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for doc, gold in zip(parsed(nlp, gold_docs, docs_cache, "train", None), gold_docs, strict=True):
        # A word inside some content cannot head a cue there (PolNeAR gives every token one
        # role), so only words outside contents count as chances to be a cue.
        inside = {i for rel in gold.relations for a, b in rel.content for i in range(a, b)}
        for t in doc:
            if t.pos_ in _POS and t.idx not in inside:
                key = (t.lemma_.lower(), _POS[t.pos_])
                total[key] += 1
                for f in shapes(t):
                    chances[(*key, f)] += 1
        for rel in gold.relations:
            if not rel.cue:
                continue
            a, b = min(f[0] for f in rel.cue), max(f[1] for f in rel.cue)
            head = cue_head(doc, a, b)
            if head is None:
                continue
            key = (head.lemma_.lower(), _POS[head.pos_])
            cue[key] += 1
            c0, c1 = min(f[0] for f in rel.content), max(f[1] for f in rel.content)
            frames[key][frame(head, doc, c0, c1)] += 1
    return total, frames, cue, chances


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-precision", type=float, default=0.4)
    parser.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = parser.parse_args(argv)

    total, frames, cue, chances = learn(args.cache)
    rows = []
    for key, n in cue.most_common():
        prec = min(1.0, n / max(total[key], 1))
        fr = frames[key]
        # A frame is kept when the word, seen with that frame in the parse, heads a cue with
        # it often enough: "criticism" is rarely a cue, "criticism of" often is.
        kept_frames = sorted(
            f
            for f, k in fr.items()
            if (f in ("clause", "object", "raising") or f.startswith("prep:"))
            and k >= args.min_count
            and k / max(chances[(*key, f)], k) >= args.min_precision
        )
        keep = bool(kept_frames)
        rows.append((key, n, total[key], prec, keep, kept_frames, fr))
    for key, n, tot, prec, keep, kept_frames, fr in rows[:400]:
        mark = "*" if keep else " "
        top = ", ".join(f"{f}:{k}" for f, k in fr.most_common(4))
        kf = ",".join(kept_frames)
        print(f"{mark} {key[0]:<16} {key[1]:<5} {n:5d}/{tot:<6d} {prec:5.2f}  [{kf}]  {top}")
    if args.write:
        write(rows, args)
    return 0


def write(rows: list, args: argparse.Namespace) -> None:
    lines = [
        '"""Cue words learned from PolNeAR train: lemma and part of speech -> content frames.',
        "",
        "Generated by benchmarks/learn_cues.py (do not edit by hand; rerun it). A frame says where",
        "a word's content sits in spaCy's parse: `clause` (ccomp/xcomp), `object` (dobj/attr),",
        '`prep:of` ("criticism of ..."), `raising` (subject + infinitive around the cue: "the',
        'crowd seemed to cheer"). A word keeps a frame when, in train, it heads',
        f"a cue with that frame at least {args.min_count} times and at least "
        f"{args.min_precision:.0%} of the word's",
        "uses with that frame (outside other contents) are cues. The number is the share of all",
        "the word's uses that are cues.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "# (lemma, part of speech) -> (share of uses that are cues, frames)",
        "LEARNED_CUES: dict[tuple[str, str], tuple[float, frozenset[str]]] = {",
    ]
    for key, _n, _tot, prec, keep, kept_frames, _fr in sorted(rows, key=lambda r: r[0]):
        if not keep:
            continue
        fs = ", ".join(f'"{f}"' for f in kept_frames)
        lines.append(f'    ("{key[0]}", "{key[1]}"): ({prec:.2f}, frozenset({{{fs}}})),')
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    raise SystemExit(main())
