"""Score event detection against TimeBank + AQUAINT EVENT annotations (trigger P/R/F1, overlap).

Two system outputs are scored against the same gold EVENT tags of TempEval-3's TBAQ-cleaned:

- `candidates`: every event the timeline module detects, TimeML-style (verbs, states, nominal
  events), before the reader's selection;
- `timeline`: the curated subset a brief's timeline shows (see the app/extract/timeline package).

A system trigger matches a gold event when their character spans overlap. Precision counts
system triggers that overlap some gold event; recall counts gold events overlapped by some
trigger. Recall is also broken down by TimeML class and part of speech, and the timeline's
precision by the kind of event the module found, which shows what the reader policy drops.
The timeline is meant to be a precise subset for readers, not TimeML's full inventory, so its
recall is low by design; its precision is the number that says whether what it shows is real.

    .venv/bin/python benchmarks/eval_events.py                       # all 256 documents
    .venv/bin/python benchmarks/eval_events.py --split dev --cache /tmp/tbaq-docs
    .venv/bin/python benchmarks/eval_events.py --dump /tmp/events.txt  # misses and false alarms
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from app.extract.nlp import load_nlp, parse_signature
from app.extract.timeline import analyse_events, event_lexicon
from app.extract.timex import extract_time_expressions
from benchmarks.eval_timex import DATA, documents, prf, read_dct, tagged_text


@dataclass(slots=True)
class GoldEvent:
    start: int
    end: int
    text: str
    cls: str  # TimeML class: OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL ...
    pos: str  # from MAKEINSTANCE: VERB, NOUN, ADJECTIVE, OTHER ...


@dataclass(slots=True)
class EventDoc:
    name: str
    text: str
    dct: date
    events: list[GoldEvent]


def read_events(path: Path) -> EventDoc:
    """The TEXT of a .tml file and its EVENT tags (class, and part of speech of the instance)."""
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    assert text_el is not None
    text, tags = tagged_text(text_el)
    pos = {i.get("eventID", ""): i.get("pos", "") for i in root.iter("MAKEINSTANCE")}
    events = [
        GoldEvent(s, e, text[s:e], el.get("class", ""), pos.get(el.get("eid", ""), ""))
        for el, s, e in tags
        if el.tag == "EVENT"
    ]
    return EventDoc(path.stem, text, read_dct(root), events)


def parsed(nlp: Language, texts: list[str], cache: Path | None, key: str) -> Iterator[Doc]:
    """The spaCy parses, read from (or written to) a DocBin cache when one is given."""
    if cache is None:
        yield from nlp.pipe(texts, batch_size=8)
        return
    path = cache / f"tbaq-{key}-{parse_signature(nlp)}.spacy"
    if path.exists():
        got = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in got] == texts:
            yield from got
            return
    bin_ = DocBin(store_user_data=False)
    for doc in nlp.pipe(texts, batch_size=8):
        bin_.add(doc)
        yield doc
    cache.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("all", "dev", "test"), default="all")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    ap.add_argument("--cache", type=Path, default=None, help="directory for cached parses")
    ap.add_argument("--dump", type=Path, default=None, help="write missed and spurious lemmas")
    args = ap.parse_args()

    docs = [read_events(p) for p in documents(args.split, args.limit)]
    nlp = load_nlp()
    n_gold = 0
    sys_n = {"candidates": 0, "timeline": 0}
    sys_tp = {"candidates": 0, "timeline": 0}
    gold_hit = {"candidates": 0, "timeline": 0}
    by_class: dict[str, Counter[str]] = {"candidates": Counter(), "timeline": Counter()}
    class_n: Counter[str] = Counter()
    kind_n: Counter[str] = Counter()
    kind_tp: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    dropped_gold: Counter[str] = Counter()
    elapsed = 0.0
    key = f"{args.split}-{args.limit or 'all'}"
    for d, doc in zip(docs, parsed(nlp, [d.text for d in docs], args.cache, key), strict=True):
        timexes = extract_time_expressions(doc, d.dct)
        t0 = time.perf_counter()
        events = analyse_events(doc, timexes, d.dct, event_lexicon(nlp))
        elapsed += time.perf_counter() - t0
        gold = [(g.start, g.end) for g in d.events]
        n_gold += len(gold)
        outputs = {
            "candidates": [ev.trigger for ev in events],
            "timeline": [ev.trigger for ev in events if ev.reportable],
        }
        for name, triggers in outputs.items():
            sys_n[name] += len(triggers)
            sys_tp[name] += sum(any(_overlaps(t, g) for g in gold) for t in triggers)
            for g in d.events:
                if any(_overlaps(t, (g.start, g.end)) for t in triggers):
                    gold_hit[name] += 1
                    by_class[name][g.cls] += 1
                    by_class[name][g.pos or "?"] += 1
        for g in d.events:
            class_n[g.cls] += 1
            class_n[g.pos or "?"] += 1
            if not any(_overlaps(t, (g.start, g.end)) for t in outputs["candidates"]):
                missed[f"{g.pos}:{g.text.lower()}"] += 1
        for ev in events:
            hit = any(_overlaps(ev.trigger, g) for g in gold)
            label = f"{ev.kind}{'' if ev.reportable else '-dropped'}"
            kind_n[label] += 1
            kind_tp[label] += hit
            word = doc.text[ev.trigger[0] : ev.trigger[1]].lower()
            if not hit:
                spurious[f"{ev.kind}:{word}"] += 1
            elif not ev.reportable:
                dropped_gold[f"{ev.drop}:{word}"] += 1

    n_tokens = sum(len(d.text.split()) for d in docs)
    print(
        f"Event triggers vs TimeBank+AQUAINT EVENT tags, split={args.split}: {len(docs)} "
        f"documents, {n_gold} gold events, timeline {1000 * elapsed / len(docs):.1f} ms/doc "
        f"({n_tokens} words)  [{DATA.name}]"
    )
    print(f"{'system':<12} {'n':>6} {'P':>7} {'R':>7} {'F1':>7}")
    for name in ("candidates", "timeline"):
        p, _, _ = prf(sys_tp[name], sys_n[name], n_gold)
        r = gold_hit[name] / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:<12} {sys_n[name]:6d} {p:7.3f} {r:7.3f} {f:7.3f}")
    print(f"\nrecall by gold class / part of speech\n{'':<14} {'gold':>6} {'cand':>7} {'tl':>7}")
    for cls, n in class_n.most_common():
        c, t = by_class["candidates"][cls] / n, by_class["timeline"][cls] / n
        print(f"{cls:<14} {n:6d} {c:7.3f} {t:7.3f}")
    print(f"\nprecision by detected kind\n{'':<22} {'n':>6} {'P':>7}")
    for kind, n in sorted(kind_n.items()):
        print(f"{kind:<22} {n:6d} {kind_tp[kind] / n:7.3f}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for title, counter in (
                ("MISSED", missed),
                ("SPURIOUS", spurious),
                ("GOLD DROPPED", dropped_gold),
            ):
                out.write(f"== {title}\n")
                for word, n in counter.most_common(400):
                    out.write(f"{n:5d} {word}\n")


if __name__ == "__main__":
    main()
