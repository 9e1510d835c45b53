"""Measure entity extraction: mention-level NER and within-document alias merging.

Prints, for newsbrief's extractor and for the bare spaCy pipeline side by side:
- mention-level precision / recall / F1 for person, organization, place on CoNLL-2003 dev
  (`../shared/eval/conll2003/eng.testa`; text rebuilt from tokens: one sentence a line, tokens
  joined by spaces) and on MEANTIME's named mentions (`../shared/eval/meantime`, PER/ORG/LOC);
- B-cubed F1 of within-document merging against MEANTIME's entity instances.

Scoring conventions (the same for both systems):
- a predicted mention counts when its character span and type equal a gold mention's;
- CoNLL tags nationality adjectives MISC, so adjective mentions are not scored there; MEANTIME
  tags them as LOC pre-modifiers ("British"), so they are scored there;
- MEANTIME's named mention extents include determiners and possessives ("the US", "Apple 's"),
  descriptive pre-modifiers and titles ("European airframer Airbus", "Senator John McCain")
  and sometimes a locative tail ("the Moscone West center in San Francisco"); gold spans are
  compared as the name proper: without leading determiners, lower-case pre-modifiers and
  titles, trailing possessives, and anything from the first comma, parenthesis or "in" on;
- bare spaCy: PERSON -> person, ORG -> organization, GPE/LOC/FAC -> place, and for merging,
  mentions with the same text are one entity.

Usage: .venv/bin/python benchmarks/eval_entities.py [--limit N] [--conll PATH] [--errors N]
       [--cache DIR] [--only conll|meantime]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc, DocBin  # noqa: E402

from app.extract.document import build_document  # noqa: E402
from app.extract.entities import extract_entities  # noqa: E402
from app.extract.nlp import load_nlp  # noqa: E402
from app.extract.roles import HONORIFICS, TITLE_WORDS  # noqa: E402

TITLES = {w.rstrip(".") for w in TITLE_WORDS | HONORIFICS}

EVAL = ROOT.parent / "shared" / "eval"
TYPES = ("person", "organization", "place")
CONLL_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}
MEANTIME_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}
SPACY_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
               "FAC": "place"}  # fmt: skip

Mention3 = tuple[int, int, str]  # start, end, type


@dataclass
class GoldDoc:
    name: str
    text: str
    mentions: list[Mention3]
    clusters: dict[tuple[int, int], str] = field(default_factory=dict)  # span -> instance
    scored_end: int | None = None  # only text before this offset is annotated


# ---------------------------------------------------------------------------------- readers


def read_conll(path: Path, limit: int | None) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []

    def flush_doc() -> None:
        if current:
            sentences.append(list(current))
            current.clear()
        if sentences:
            docs.append(_conll_doc(f"conll-{len(docs)}", sentences))
            sentences.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            flush_doc()
            if limit is not None and len(docs) >= limit:
                return docs
            continue
        if not line.strip():
            if current:
                sentences.append(list(current))
                current.clear()
            continue
        parts = line.split()
        current.append((parts[0], parts[-1]))
    flush_doc()
    return docs[:limit] if limit is not None else docs


def _conll_doc(name: str, sentences: list[list[tuple[str, str]]]) -> GoldDoc:
    lines: list[str] = []
    mentions: list[Mention3] = []
    offset = 0
    for sent in sentences:
        pos = offset
        spans: list[tuple[int, int, str]] = []
        open_span: list[int | str] | None = None
        words = []
        for word, tag in sent:
            start = pos
            end = pos + len(word)
            words.append(word)
            pos = end + 1
            prefix, _, label = tag.partition("-")
            if tag == "O" or not label:
                if open_span is not None:
                    spans.append((int(open_span[0]), int(open_span[1]), str(open_span[2])))
                open_span = None
                continue
            # IOB1: B- only separates two adjacent entities of the same type.
            if open_span is not None and open_span[2] == label and prefix == "I":
                open_span[1] = end
                continue
            if open_span is not None:
                spans.append((int(open_span[0]), int(open_span[1]), str(open_span[2])))
            open_span = [start, end, label]
        if open_span is not None:
            spans.append((int(open_span[0]), int(open_span[1]), str(open_span[2])))
        lines.append(" ".join(words))
        offset += len(lines[-1]) + 1
        mentions.extend((s, e, CONLL_TYPES[lab]) for s, e, lab in spans if lab in CONLL_TYPES)
    return GoldDoc(name, "\n".join(lines), mentions)


_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her"}
_CUT = {",", "(", "in", "-"}


def read_meantime(root: Path, limit: int | None) -> list[GoldDoc]:
    files = sorted((root / "intra-doc_annotation").glob("*/*.xml"))
    if limit is not None:
        files = files[:limit]
    return [_meantime_doc(f) for f in files]


def _meantime_doc(path: Path) -> GoldDoc:
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    spans: dict[str, tuple[int, int, str]] = {}
    sentence_of = {tok.get("t_id", ""): int(tok.get("sentence", "0")) for tok in tokens}
    lines: list[str] = []
    offset = 0
    current: list[str] = []
    sentence = None
    pos = 0
    for tok in tokens:
        s = tok.get("sentence")
        if sentence is not None and s != sentence:
            lines.append(" ".join(current))
            offset += len(lines[-1]) + 1
            current, pos = [], offset
        if sentence is None:
            pos = offset
        sentence = s
        word = tok.text or ""
        spans[tok.get("t_id", "")] = (pos, pos + len(word), word)
        current.append(word)
        pos += len(word) + 1
    lines.append(" ".join(current))
    text = "\n".join(lines)
    markables = root.find("Markables")
    relations = root.find("Relations")
    assert markables is not None and relations is not None
    entities = {e.get("m_id"): e for e in markables.iter("ENTITY")}
    refers: dict[str, str] = {}
    for rel in relations.iter("REFERS_TO"):
        target = rel.find("target")
        if target is None:
            continue
        for src in rel.findall("source"):
            refers[src.get("m_id", "")] = target.get("m_id", "")
    mentions: list[Mention3] = []
    clusters: dict[tuple[int, int], str] = {}
    # MEANTIME annotates the first sentences of each article only (title, date and four more):
    # predictions after the last annotated sentence are not scored.
    anchored = [a.get("t_id", "") for a in markables.iter("token_anchor")]
    last = max((sentence_of[t] for t in anchored), default=0)
    scored_end = max(e for t, (_, e, _) in spans.items() if sentence_of[t] <= last)
    for m in markables.iter("ENTITY_MENTION"):
        if m.get("syntactic_type") not in ("NAM", "PRE.NAM"):
            continue
        instance = refers.get(m.get("m_id", ""))
        ent = entities.get(instance)
        if ent is None or ent.get("ent_type") not in MEANTIME_TYPES:
            continue
        toks = [spans[a.get("t_id", "")] for a in m.findall("token_anchor")]
        while toks and toks[0][2].lower() in _DETERMINERS and len(toks) > 1:
            toks = toks[1:]
        for k, t in enumerate(toks):
            if k > 0 and t[2].lower() in _CUT:
                toks = toks[:k]
                break
        # Descriptive pre-modifiers and titles are part of MEANTIME's extent ("European
        # airframer Airbus", "Senator John McCain"), not of the name: keep the capitalised run
        # that ends the mention.
        k = len(toks)
        while k > 0 and (toks[k - 1][2][:1].isupper() or toks[k - 1][2] in ("'s", "&", ".")):
            k -= 1
        if 0 < k < len(toks):
            toks = toks[k:]
        while len(toks) > 1 and toks[0][2].lower().rstrip(".") in TITLES:
            toks = toks[1:]
        while len(toks) > 1 and toks[-1][2] in ("'s", "'", "’s", "’"):
            toks = toks[:-1]
        if not toks:
            continue
        span = (toks[0][0], toks[-1][1])
        mentions.append((*span, MEANTIME_TYPES[ent.get("ent_type", "")]))
        clusters[span] = str(instance)
    return GoldDoc(path.stem, text, mentions, clusters, scored_end)


# ---------------------------------------------------------------------------------- systems


@dataclass
class Prediction:
    mentions: set[Mention3]
    cluster_of: dict[tuple[int, int], str]  # span -> entity key


def parse(docs: list[GoldDoc], cache: Path | None) -> list[Doc]:
    """The spaCy parses of the documents, read from (or written to) a DocBin cache if given."""
    nlp = load_nlp()
    texts = [d.text for d in docs]
    if cache is None:
        return list(nlp.pipe(texts, batch_size=16))
    digest = hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:16]
    path = cache / f"entities-{digest}-{nlp.meta.get('version', '')}.spacy"
    if path.exists():
        got = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in got] == texts:
            return got
    out = list(nlp.pipe(texts, batch_size=16))
    bin_ = DocBin(store_user_data=False)
    for doc in out:
        bin_.add(doc)
    cache.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)
    return out


def run_systems(
    docs: list[GoldDoc], adjectives: bool, cache: Path | None = None
) -> tuple[list[Prediction], list[Prediction], float, float]:
    ours: list[Prediction] = []
    bare: list[Prediction] = []
    parse_time = 0.0
    layer_time = 0.0
    t0 = time.perf_counter()
    parsed = parse(docs, cache)
    parse_time = time.perf_counter() - t0
    for gold, doc in zip(docs, parsed, strict=True):
        t1 = time.perf_counter()
        document = build_document(text=gold.text)
        entities = extract_entities(doc, document)
        layer_time += time.perf_counter() - t1
        mentions: set[Mention3] = set()
        cluster_of: dict[tuple[int, int], str] = {}
        for ent in entities:
            for m in ent.mentions:
                assert doc.text[m.start : m.end] == m.text, (m, gold.name)
                if m.kind in ("nominal", "pronoun"):
                    continue
                cluster_of.setdefault((m.start, m.end), ent.id)
                if gold.scored_end is not None and m.start >= gold.scored_end:
                    continue
                if ent.type in TYPES and (adjectives or m.kind != "adjective"):
                    mentions.add((m.start, m.end, ent.type))
        ours.append(Prediction(mentions, cluster_of))
        end = gold.scored_end if gold.scored_end is not None else len(doc.text)
        b_mentions = {
            (e.start_char, e.end_char, SPACY_TYPES[e.label_])
            for e in doc.ents
            if e.label_ in SPACY_TYPES and e.start_char < end
        }
        b_clusters = {
            (e.start_char, e.end_char): f"{e.label_}:{e.text}"
            for e in doc.ents
            if e.label_ in SPACY_TYPES or e.label_ == "NORP"
        }
        bare.append(Prediction(b_mentions, b_clusters))
    return ours, bare, parse_time, layer_time


# ---------------------------------------------------------------------------------- scoring


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def score_ner(docs: list[GoldDoc], preds: list[Prediction]) -> dict[str, PRF]:
    out: dict[str, PRF] = defaultdict(PRF)
    for gold, pred in zip(docs, preds, strict=True):
        g = set(gold.mentions)
        for key in (*TYPES, "all"):
            gs = {m for m in g if key in ("all", m[2])}
            ps = {m for m in pred.mentions if key in ("all", m[2])}
            out[key].tp += len(gs & ps)
            out[key].fp += len(ps - gs)
            out[key].fn += len(gs - ps)
    return out


def b_cubed(docs: list[GoldDoc], preds: list[Prediction]) -> tuple[float, float, float]:
    """B-cubed over gold named mentions; a gold mention no prediction covers is a singleton."""
    p_sum = r_sum = 0.0
    n = 0
    for gold, pred in zip(docs, preds, strict=True):
        spans = list(gold.clusters)
        response: dict[tuple[int, int], str] = {}
        for span in spans:
            key = pred.cluster_of.get(span) or _overlapping(span, pred.cluster_of)
            response[span] = key or f"singleton:{span}"
        for span in spans:
            g_set = {s for s in spans if gold.clusters[s] == gold.clusters[span]}
            r_set = {s for s in spans if response[s] == response[span]}
            both = len(g_set & r_set)
            p_sum += both / len(r_set)
            r_sum += both / len(g_set)
            n += 1
    p = p_sum / n if n else 0.0
    r = r_sum / n if n else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlapping(span: tuple[int, int], cluster_of: dict[tuple[int, int], str]) -> str | None:
    for (s, e), key in cluster_of.items():
        if s < span[1] and span[0] < e:
            return key
    return None


def show_errors(docs: list[GoldDoc], preds: list[Prediction], limit: int) -> None:
    fps: Counter[str] = Counter()
    fns: Counter[str] = Counter()
    for gold, pred in zip(docs, preds, strict=True):
        g = set(gold.mentions)
        for s, e, t in pred.mentions - g:
            fps[f"{t}: {gold.text[s:e]}"] += 1
        for s, e, t in g - pred.mentions:
            fns[f"{t}: {gold.text[s:e]}"] += 1
    print(f"  false positives ({sum(fps.values())}):", fps.most_common(limit))
    print(f"  false negatives ({sum(fns.values())}):", fns.most_common(limit))


# ---------------------------------------------------------------------------------- report


def table(rows: Iterable[tuple[str, ...]]) -> Iterator[str]:
    rows = list(rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for k, row in enumerate(rows):
        yield "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                        enumerate(zip(row, widths, strict=True)))  # fmt: skip
        if k == 0:
            yield "  ".join("-" * w for w in widths)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="documents per corpus")
    ap.add_argument("--conll", type=Path, default=EVAL / "conll2003" / "eng.testa")
    ap.add_argument("--meantime", type=Path, default=EVAL / "meantime")
    ap.add_argument("--errors", type=int, default=0, help="show the N most common errors")
    ap.add_argument("--cache", type=Path, default=None, help="keep spaCy parses here (DocBin)")
    ap.add_argument("--only", choices=("conll", "meantime"), default=None, help="one corpus")
    args = ap.parse_args()

    rows: list[tuple[str, ...]] = [("measure", "bare spaCy", "newsbrief", "target")]
    conll: list[GoldDoc] = []
    meantime: list[GoldDoc] = []
    parse_t = layer_t = parse_t2 = layer_t2 = 0.0
    if args.only != "meantime":
        conll = read_conll(args.conll, args.limit)
        ours, bare, parse_t, layer_t = run_systems(conll, adjectives=False, cache=args.cache)
        c_ours, c_bare = score_ner(conll, ours), score_ner(conll, bare)
        for key in (*TYPES, "all"):
            rows.append((f"CoNLL {args.conll.name} F1 {key}", f"{c_bare[key].f:.3f}",
                         f"{c_ours[key].f:.3f}", ">= 0.80" if key == "all" else ""))  # fmt: skip
        rows.append(("CoNLL P / R (all)", f"{c_bare['all'].p:.3f} / {c_bare['all'].r:.3f}",
                     f"{c_ours['all'].p:.3f} / {c_ours['all'].r:.3f}", ""))  # fmt: skip
        if args.errors:
            print("CoNLL errors (newsbrief):")
            show_errors(conll, ours, args.errors)

    if args.only != "conll":
        meantime = read_meantime(args.meantime, args.limit)
        m_ours_pred, m_bare_pred, parse_t2, layer_t2 = run_systems(
            meantime, adjectives=True, cache=args.cache
        )
        m_ours, m_bare = score_ner(meantime, m_ours_pred), score_ner(meantime, m_bare_pred)
        for key in (*TYPES, "all"):
            rows.append((f"MEANTIME F1 {key}", f"{m_bare[key].f:.3f}", f"{m_ours[key].f:.3f}",
                         ">= 0.90" if key == "all" else ""))  # fmt: skip
        rows.append(("MEANTIME P / R (all)", f"{m_bare['all'].p:.3f} / {m_bare['all'].r:.3f}",
                     f"{m_ours['all'].p:.3f} / {m_ours['all'].r:.3f}", ""))  # fmt: skip
        bp, br, bf = b_cubed(meantime, m_bare_pred)
        op, or_, of = b_cubed(meantime, m_ours_pred)
        rows.append(("MEANTIME merging B3 P / R", f"{bp:.3f} / {br:.3f}",
                     f"{op:.3f} / {or_:.3f}", ""))  # fmt: skip
        rows.append(("MEANTIME merging B3 F1", f"{bf:.3f}", f"{of:.3f}", ">= 0.90"))
        if args.errors:
            print("MEANTIME errors (newsbrief):")
            show_errors(meantime, m_ours_pred, args.errors)
    print()
    print(f"documents: CoNLL {len(conll)}, MEANTIME {len(meantime)}")
    print(f"time: spaCy parse {parse_t + parse_t2:.1f}s, newsbrief entity layer "
          f"{layer_t + layer_t2:.1f}s")  # fmt: skip
    print()
    for line in table(rows):
        print(line)


if __name__ == "__main__":
    main()
