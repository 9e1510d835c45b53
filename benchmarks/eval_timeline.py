"""Score the timeline's entries against TimeML gold: are they real events, with the right
modality and a date the gold event-time links agree with? And is `confidence` calibrated?

Gold: TempEval-3's TBAQ-cleaned (EVENT + MAKEINSTANCE polarity, modality, tense; TLINKs between
events and time expressions, the document creation time included) and MEANTIME airbus + apple
(event mentions with polarity, certainty and future time; TLINKs to TIMEX3). Both are split the
same fixed way: every 4th file (sorted by path) is held out for scoring (`--split dev`, the
default), the rest (`--split train`) is what scripts/train_timeline_confidence.py fits on.

For each timeline entry (what a brief shows):
- trigger: the entry's trigger overlaps a gold event (MEANTIME: only its annotated sentences,
  the title, date line and first sentences, are scored);
- modality class, over the entries that are gold events: the entry's modality (fact and
  reported -> fact, negated, future, hypothetical and uncertain -> uncertain) against the gold
  one (TimeML: polarity NEG -> negated; modality will/shall or tense FUTURE ->
  future; another modal -> uncertain; MEANTIME: polarity NEG; certainty POSSIBLE/PROBABLE;
  time FUTURE). The 25 AQUAINT files that mark nearly every instance NEG (an artefact of the
  cleaned release) are left out of the modality scores;
- negated precision and recall over those entries;
- date: an entry with a date whose gold event has links to time expressions is consistent when
  its period agrees with every link (IS_INCLUDED, DURING, SIMULTANEOUS...: the periods overlap;
  BEFORE: it starts before the time ends; AFTER: it ends after the time starts);
- confidence: an entry is right when it is a gold event with the right modality class and (if
  it has a date that the gold links score) a consistent date; reliability table and ECE.

    .venv/bin/python benchmarks/eval_timeline.py --cache /tmp/tl          # held-out part
    .venv/bin/python benchmarks/eval_timeline.py --split train --rows rows.jsonl
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from app.extract import timeline as tl
from app.extract.claims import extract_claims
from app.extract.nlp import load_nlp, parse_signature
from app.extract.time_periods import timex_period, value_period
from app.extract.timex import extract_time_expressions
from benchmarks.eval_timex import (
    DATA,
    EVAL,
    meantime_scored_end,
    meantime_text,
    read_dct,
    tagged_text,
)

MEANTIME = EVAL / "meantime" / "intra-doc_annotation"
CLASSES = ("fact", "negated", "future", "uncertain")
SYSTEM_CLASS = {"fact": "fact", "reported": "fact", "negated": "negated", "future": "future",
                "hypothetical": "uncertain", "uncertain": "uncertain"}  # fmt: skip
OVERLAP = {"IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS", "IDENTITY",
           "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY", "INCLUDED"}  # fmt: skip


@dataclass(slots=True)
class Gold:
    start: int
    end: int
    cls: str  # fact, negated, future, uncertain
    # (relation, first day, last day) of each link to a time expression
    links: list[tuple[str, date, date]] = field(default_factory=list)


@dataclass(slots=True)
class GoldDoc:
    corpus: str
    name: str
    text: str
    dct: date
    events: list[Gold]
    scored_end: int  # entries past this offset are not scored (MEANTIME annotates a lead)
    modality_known: bool = True  # False where the gold polarity is unusable


def _period(value: str, typ: str, ref: date) -> tuple[date, date] | None:
    """The calendar period of a gold TIMEX3 value (durations and sets have none)."""
    if typ not in ("DATE", "TIME"):
        return None
    if value == "PRESENT_REF":
        return ref, ref
    try:
        return value_period(value)
    except (ValueError, OverflowError):
        return None


def _timeml_class(polarity: str, modality: str, tense: str) -> str:
    if polarity == "NEG":
        return "negated"
    m = modality.lower()
    if m in ("will", "shall", "'ll", "going to", "wo") or (not m and tense == "FUTURE"):
        return "future"
    if m:
        return "uncertain"
    return "fact"


def split_of(paths: list[Path], split: str) -> list[Path]:
    """`dev`: every 4th path, held out for scoring; `train`: the rest."""
    if split == "dev":
        return paths[::4]
    if split == "train":
        return [p for i, p in enumerate(paths) if i % 4]
    return paths


def read_tbaq(path: Path) -> GoldDoc:
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    assert text_el is not None
    text, tags = tagged_text(text_el)
    dct = read_dct(root)
    spans = {el.get("eid", ""): (s, e) for el, s, e in tags if el.tag == "EVENT"}
    times: dict[str, tuple[date, date]] = {}
    for el in root.iter("TIMEX3"):
        period = _period(el.get("value", ""), el.get("type", ""), dct)
        if period is not None:
            times[el.get("tid", "")] = period
    events: dict[str, Gold] = {}
    instance: dict[str, str] = {}
    instances = list(root.iter("MAKEINSTANCE"))
    # 25 AQUAINT files mark (nearly) every instance NEG, an artefact of the cleaned release:
    # their entries are scored as events and for dates, not for modality
    negs = sum(i.get("polarity") == "NEG" for i in instances)
    broken = negs > 0.5 * len(instances)
    for inst in instances:
        eid, eiid = inst.get("eventID", ""), inst.get("eiid", "")
        instance[eiid] = eid
        if eid in spans and eid not in events:
            cls = _timeml_class(
                inst.get("polarity", "POS"),
                inst.get("modality", ""),
                inst.get("tense", ""),
            )
            events[eid] = Gold(*spans[eid], cls)
    for link in root.iter("TLINK"):
        rel: str = link.get("relType", "")
        instance_id, time_id = link.get("eventInstanceID"), link.get("relatedToTime")
        if instance_id is None or time_id is None:  # event-event or time-time
            instance_id, time_id = link.get("relatedToEventInstance"), link.get("timeID")
            rel = _inverse(rel)
        if instance_id is None or time_id is None or time_id not in times:
            continue
        gold = events.get(instance.get(instance_id, ""))
        if gold is not None:
            gold.links.append((rel, *times[time_id]))
    return GoldDoc("tbaq", path.stem, text, dct, list(events.values()), len(text), not broken)


def _inverse(rel: str) -> str:
    return {"BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
            "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES"}.get(rel, rel)  # fmt: skip


def read_meantime(path: Path) -> GoldDoc:
    root = ET.parse(path).getroot()
    text, spans, sentence_of = meantime_text(root)
    markables = root.find("Markables")
    relations = root.find("Relations")
    assert markables is not None and relations is not None
    dct = date(2000, 1, 1)
    times: dict[str, tuple[date, date]] = {}
    raw_times = list(markables.iter("TIMEX3"))
    for el in raw_times:
        if el.get("functionInDocument") == "CREATION_TIME":
            dct = date.fromisoformat(el.get("value", "")[:10])
    for el in raw_times:
        period = _period(el.get("value", ""), el.get("type", ""), dct)
        if period is not None:
            times[el.get("m_id", "")] = period
    events: dict[str, Gold] = {}
    for m in markables.iter("EVENT_MENTION"):
        anchors = [spans[a.get("t_id", "")] for a in m.iter("token_anchor")]
        if not anchors:
            continue
        if m.get("polarity") == "NEG":
            cls = "negated"
        elif m.get("certainty") in ("POSSIBLE", "PROBABLE"):
            cls = "uncertain"
        elif m.get("time") == "FUTURE":
            cls = "future"
        else:
            cls = "fact"
        events[m.get("m_id", "")] = Gold(anchors[0][0], anchors[-1][1], cls)
    for link in relations.iter("TLINK"):
        src, tgt = link.find("source"), link.find("target")
        if src is None or tgt is None:
            continue
        a, b, rel = src.get("m_id", ""), tgt.get("m_id", ""), link.get("reltype", "")
        if a in events and b in times:
            events[a].links.append((rel, *times[b]))
        elif b in events and a in times:
            events[b].links.append((_inverse(rel), *times[a]))
    scored_end = meantime_scored_end(root, spans, sentence_of)
    return GoldDoc("meantime", path.stem, text, dct, list(events.values()), scored_end)


def gold_documents(split: str, corpus: str = "both") -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    if corpus in ("both", "tbaq"):
        docs += [read_tbaq(p) for p in split_of(sorted(DATA.glob("*/*.tml")), split)]
    if corpus in ("both", "meantime"):
        docs += [read_meantime(p) for p in split_of(sorted(MEANTIME.glob("*/*.xml")), split)]
    return docs


def parsed(nlp: Language, docs: list[GoldDoc], cache: Path | None, key: str) -> Iterator[Doc]:
    texts = [d.text for d in docs]
    path = cache / f"timeline-{key}-{parse_signature(nlp)}.spacy" if cache else None
    if path is not None and path.exists():
        got = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in got] == texts:
            yield from got
            return
    bin_ = DocBin(store_user_data=False)
    for doc in nlp.pipe(texts, batch_size=8):
        bin_.add(doc)
        yield doc
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        bin_.to_disk(path)


def _consistent(period: tuple[date, date], links: list[tuple[str, date, date]]) -> bool:
    first, last = period
    for rel, start, end in links:
        if rel in OVERLAP and (first > end or last < start):
            return False
        if rel in ("BEFORE", "IBEFORE") and first > end:
            return False
        if rel in ("AFTER", "IAFTER") and last < start:
            return False
    return True


def entries_of(doc: Doc, gold: GoldDoc, nlp: Language) -> list[tuple[Any, Any]]:
    """(internal event or None, TimelineEvent) pairs: what the brief's timeline shows."""
    timexes = extract_time_expressions(doc, gold.dct)
    params = inspect.signature(tl.build_timeline).parameters
    if "lexicon" not in params:  # the timeline before issue 16: no claims, no lexicon
        return [(None, e) for e in tl.build_timeline(doc, timexes, [], gold.dct)]
    claims = extract_claims(doc, [])
    return tl.timeline_entries(
        doc, timexes, [], gold.dct, lexicon=tl.event_lexicon(nlp), claims=claims
    )


def _period_of(entry: Any, ev: Any, dct: date) -> tuple[date, date] | None:
    if not entry.date:
        return None
    if ev is not None and ev.period is not None:
        return ev.period  # type: ignore[no-any-return]
    if entry.time is not None:
        return timex_period(entry.time, dct)
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "train", "all"), default="dev")
    ap.add_argument("--corpus", choices=("both", "tbaq", "meantime"), default="both")
    ap.add_argument("--cache", type=Path, default=None, help="directory for cached parses")
    ap.add_argument("--rows", type=Path, default=None, help="write features+labels (JSONL)")
    ap.add_argument("--errors", type=Path, default=None, help="write wrong entries here")
    args = ap.parse_args()

    nlp = load_nlp()
    docs = gold_documents(args.split, args.corpus)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: Counter[tuple[str, str]] = Counter()
    reliability: list[tuple[float, bool]] = []
    rows = args.rows.open("w", encoding="utf-8") if args.rows else None
    errors = args.errors.open("w", encoding="utf-8") if args.errors else None
    parses = parsed(nlp, docs, args.cache, f"{args.split}-{args.corpus}")
    for gold, doc in zip(docs, parses, strict=True):
        c = counts[gold.corpus]
        for ev, entry in entries_of(doc, gold, nlp):
            if entry.trigger.start >= gold.scored_end:
                continue
            c["entries"] += 1
            c[f"placement={getattr(entry, 'placement', 'none')}"] += 1
            hit = next(
                (
                    g
                    for g in gold.events
                    if g.start < entry.trigger.end and entry.trigger.start < g.end
                ),
                None,
            )
            right = False
            if hit is not None:
                c["gold"] += 1
                sys_cls = SYSTEM_CLASS[tl.shown_modality(entry)]
                if gold.modality_known:
                    c["modality_scored"] += 1
                    confusion[(hit.cls, sys_cls)] += 1
                    c["class_ok"] += sys_cls == hit.cls
                    c["neg_sys"] += sys_cls == "negated"
                    c["neg_gold"] += hit.cls == "negated"
                    c["neg_tp"] += sys_cls == "negated" and hit.cls == "negated"
                    right = sys_cls == hit.cls
                else:
                    c["modality_unscored"] += 1
                    right = True
                period = _period_of(entry, ev, gold.dct)
                if period is not None:
                    c["dated"] += 1
                    if hit.links:
                        c["dated_scored"] += 1
                        ok = _consistent(period, hit.links)
                        c["date_ok"] += ok
                        right = right and ok
                        if not ok and errors:
                            errors.write(
                                f"DATE {gold.name}: {entry.description!r} {entry.date} "
                                f"gold {hit.links}\n"
                            )
                if sys_cls != hit.cls and gold.modality_known and errors:
                    errors.write(
                        f"MODALITY {gold.name}: {entry.description!r} sys {entry.modality} "
                        f"gold {hit.cls}\n"
                    )
            elif errors:
                errors.write(f"NOT-EVENT {gold.name}: {entry.description!r}\n")
            if hasattr(entry, "confidence"):
                reliability.append((entry.confidence, right))
            if rows is not None and ev is not None and gold.modality_known:
                features = tl.entry_features(ev, entry)
                rows.write(json.dumps({"doc": gold.name, "x": features, "y": int(right)}) + "\n")
    if rows is not None:
        rows.close()
    if errors is not None:
        errors.close()
    report(counts, confusion, reliability, len(docs), args.split)


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def report(
    counts: dict[str, Counter[str]],
    confusion: Counter[tuple[str, str]],
    reliability: list[tuple[float, bool]],
    n_docs: int,
    split: str,
) -> None:
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    print(f"Timeline entries vs TimeML gold, split={split}, {n_docs} documents")
    head = f"{'corpus':<10} {'entries':>7} {'gold ev':>8} {'class acc':>9} {'neg P':>6} "
    print(head + f"{'neg R':>6} {'dated':>6} {'scored':>6} {'date ok':>7}")
    for name, c in [*sorted(counts.items()), ("all", total)]:
        print(
            f"{name:<10} {c['entries']:7d} {_ratio(c['gold'], c['entries']):>8} "
            f"{_ratio(c['class_ok'], c['modality_scored']):>9} "
            f"{_ratio(c['neg_tp'], c['neg_sys']):>6} "
            f"{_ratio(c['neg_tp'], c['neg_gold']):>6} {c['dated']:6d} {c['dated_scored']:6d} "
            f"{_ratio(c['date_ok'], c['dated_scored']):>7}"
        )
    print(f"  negated: {total['neg_tp']} right of {total['neg_sys']} marked, "
          f"{total['neg_gold']} gold")  # fmt: skip
    print(
        f"  modality scored on {total['modality_scored']} entries; "
        f"{total['modality_unscored']} in files with unusable polarity left out"
    )
    print("placement:", {k[10:]: v for k, v in total.items() if k.startswith("placement=")})
    print("\nmodality confusion (rows gold, columns system)")
    print(f"{'':<10}" + "".join(f"{c:>10}" for c in CLASSES))
    for g in CLASSES:
        print(f"{g:<10}" + "".join(f"{confusion[(g, s)]:10d}" for s in CLASSES))
    if reliability and any(p != 0.5 for p, _ in reliability):
        print("\nconfidence reliability (entries right = gold event, class, date)")
        print(f"{'bin':<10} {'n':>6} {'mean conf':>10} {'share right':>12}")
        ece = 0.0
        for k in range(10):
            lo, hi = k / 10, (k + 1) / 10
            inside = [(p, r) for p, r in reliability if lo <= p < hi or (k == 9 and p == 1.0)]
            if not inside:
                continue
            mean = sum(p for p, _ in inside) / len(inside)
            share = sum(r for _, r in inside) / len(inside)
            ece += len(inside) / len(reliability) * abs(mean - share)
            print(f"{lo:.1f}-{hi:.1f}   {len(inside):6d} {mean:10.3f} {share:12.3f}")
        print(f"ECE {ece:.3f} over {len(reliability)} entries; "
              f"share right {sum(r for _, r in reliability) / len(reliability):.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
