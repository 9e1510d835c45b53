"""Measure entity extraction: mention-level NER and within-document alias merging.

Prints, for newsbrief's extractor and for the bare spaCy pipeline side by side (and for the
trained name recogniser on its own, when it runs):
- mention-level precision / recall / F1 for person, organization, place on CoNLL-2003 dev
  (`../shared/eval/conll2003/eng.testa`; text rebuilt from tokens: one sentence a line, tokens
  joined by spaces), on MEANTIME's named mentions (`../shared/eval/meantime`, PER/ORG/LOC,
  airbus + apple) and on the held-out part of GUM (`../shared/eval/gum`, 14 non-news genres
  plus GENTLE's; `gum_split`: per genre, documents sorted by name, every 5th from the 3rd is
  held out, 49 of 239 documents; the rest is `scripts/train_ner.py`'s training data);
- B-cubed F1 of within-document merging against MEANTIME's entity instances.

Scoring conventions (the same for every system; those of the held-out scoring):
- a predicted mention counts when its character span and type equal a gold mention's, both
  spans compared after trimming a leading article and a trailing possessive (`trim_extent`:
  "the United States" = "United States", "Warhol 's" = "Warhol");
- mentions newsbrief marks `adjective`, `nominal` or `pronoun` are not scored as names (so
  MEANTIME's nationality pre-modifiers, "British", count as missed);
- MEANTIME's named mention extents include descriptive pre-modifiers and titles ("European
  airframer Airbus", "Senator John McCain") and sometimes a locative tail ("the Moscone West
  center in San Francisco"); gold spans are compared as the name proper: without lower-case
  pre-modifiers and titles, and anything from the first comma, parenthesis or "in" on (a
  hyphen between capitalised words is the name's own: "Wal - Mart");
- GUM marks whole noun phrases; a person, organization or place mention is a name when every
  word is capitalised after trimming and it is no pronoun ("US" is none) (see `gum_doc`:
  titles of people are trimmed too, one-word sentence openers that are names nowhere else in
  the text and names nested in a longer name are scored neither way, coordinations are their
  members);
- bare spaCy: PERSON -> person, ORG -> organization, GPE/LOC/FAC -> place, and for merging,
  mentions with the same text are one entity.

Usage: .venv/bin/python benchmarks/eval_entities.py [--limit N] [--errors N] [--cache DIR]
       [--only conll|meantime|gum] [--gum-part heldout|train|all]
With the trained recogniser (off by default): NEWSBRIEF_NAMES=on .venv/bin/python benchmarks/...
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
from app.extract.names_model import SPANS_KEY, names_model_version  # noqa: E402
from app.extract.nlp import load_nlp, parse_signature  # noqa: E402
from app.extract.roles import HONORIFICS, TITLE_WORDS, words  # noqa: E402
from benchmarks.evaldata import EVAL  # noqa: E402

TITLES = {w.rstrip(".") for w in TITLE_WORDS | HONORIFICS}

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
    ignore: set[tuple[int, int]] = field(default_factory=set)  # spans scored neither way
    # Names of other kinds (CoNLL's MISC, GUM's capitalised events and works): for training.
    other_names: list[tuple[int, int]] = field(default_factory=list)


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
    misc: list[tuple[int, int]] = []
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
        misc.extend((s, e) for s, e, lab in spans if lab not in CONLL_TYPES)
    return GoldDoc(name, "\n".join(lines), mentions, other_names=misc)


_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her"}
_CUT = {",", "(", "in"}


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
        while k > 0 and (
            toks[k - 1][2][:1].isupper()
            or toks[k - 1][2] in ("'s", "&", ".")
            or (toks[k - 1][2] == "-" and k >= 2 and toks[k - 2][2][:1].isupper())
        ):
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


# GUM: whole referring noun phrases of 10 types; the names among them are scored. A mention of
# a person, organization or place is a name when, after trimming a leading article, a trailing
# possessive and leading titles ("Dr.", "US President"), every word is capitalised (or a
# connector such as "of", "and", "de") and it is no pronoun. A one-word mention that opens its
# sentence without a Wikipedia identity ("Mom", "People") may be a capitalised common noun: it
# is left out of the scoring on both sides. Names nested in a longer name ("Aberdeen" in
# "Aberdeen Grammar School") are not scored: a flat recogniser gives the outer one.
GUM_TYPES = {"person": "person", "organization": "organization", "place": "place"}
_GUM_CONNECTORS = frozenset(
    words("of and & de du da di del van von der den la le al bin for on upon the - . 's")
)
_PRONOUNS = frozenset(
    words(
        """
        i me my mine myself you your yours yourself he him his himself she her hers herself it
        its itself we us our ours ourselves they them their theirs themselves one this that
        these those who whom whose which what everyone everybody someone somebody anyone anybody
        """
    )
)


def _is_pronoun(word: str) -> bool:
    """ "us", "Us", "I": a pronoun; "US" (the United States) is none."""
    return word.lower() in _PRONOUNS and not (word.isupper() and len(word) > 1)


GUM_HELDOUT_EVERY = 5  # every 5th document of each genre (sorted by name, from the 3rd) is held out


def gum_split(names: list[str]) -> dict[str, str]:
    """name -> "train" or "heldout": per genre, documents sorted by name, every 5th from the
    3rd held out (about a fifth of each genre). Fixed: it depends on the file names only."""
    by_genre: dict[str, list[str]] = defaultdict(list)
    for n in sorted(names):
        by_genre[n.rsplit("_", 1)[0]].append(n)
    out: dict[str, str] = {}
    for members in by_genre.values():
        for k, n in enumerate(members):
            out[n] = "heldout" if k % GUM_HELDOUT_EVERY == 2 else "train"
    return out


def read_gum(root: Path, part: str, limit: int | None) -> list[GoldDoc]:
    """GUM documents of one part of the split ("heldout", "train" or "all")."""
    files = sorted((root / "tsv").glob("*.tsv"))
    split = gum_split([f.stem for f in files])
    files = [f for f in files if part == "all" or split[f.stem] == part]
    if limit is not None:
        files = files[:limit]
    return [gum_doc(f) for f in files]


def gum_doc(path: Path) -> GoldDoc:
    """One GUM document: text rebuilt on the TSV's character offsets (sentences a line each)."""
    toks: list[tuple[int, int, str, int]] = []  # start, end, word, sentence
    marks: dict[str, list[int]] = defaultdict(list)  # mention id -> token indices
    mtype: dict[str, str] = {}
    ident: dict[str, bool] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 7 or "-" not in cols[1]:
            continue
        a, b = cols[1].split("-")
        sent = int(cols[0].split("-")[0])
        k = len(toks)
        toks.append((int(a), int(b), cols[2], sent))
        if cols[3] in ("_", "*"):
            continue
        idents = cols[6].split("|")
        for j, item in enumerate(cols[3].split("|")):
            name, _, rest = item.partition("[")
            mid = rest.rstrip("]") or f"single-{k}-{j}"
            marks[mid].append(k)
            mtype[mid] = name
            if j < len(idents) and idents[j] not in ("_", "*", ""):
                ident[mid] = True
    chars: list[str] = []
    pos = 0
    for k, (a, b, w, sent) in enumerate(toks):
        gap = a - pos
        if gap > 0:
            nl = k > 0 and toks[k - 1][3] != sent
            chars.append(("\n" if nl else " ") + " " * (gap - 1))
        chars.append(w if len(w) == b - a else w[: b - a].ljust(b - a))
        pos = b
    text = "".join(chars)
    names: list[tuple[int, int, str]] = []
    openers: list[tuple[tuple[int, int], str, str]] = []
    other: list[tuple[int, int]] = []
    ignore: set[tuple[int, int]] = set()
    for mid, idx in marks.items():
        type_ = GUM_TYPES.get(mtype[mid])
        idx = sorted(idx)
        words = [toks[k][2] for k in idx]
        if type_ is None:
            if all(w[:1].isupper() or w.lower() in _GUM_CONNECTORS for w in words) and not (
                len(words) == 1 and _is_pronoun(words[0])
            ):
                other.append((toks[idx[0]][0], toks[idx[-1]][1]))
            continue
        while len(idx) > 1 and words[0].lower() in ("the", "a", "an"):
            idx, words = idx[1:], words[1:]
        while len(idx) > 1 and words[-1] in ("'s", "’s", "'", "’"):
            idx, words = idx[:-1], words[:-1]
        last_title = max(
            (k for k, w in enumerate(words[:-1]) if w.lower().rstrip(".") in TITLES), default=-1
        )
        if (
            type_ == "person"
            and last_title >= 0
            and all(w[:1].isupper() for w in words[: last_title + 1])
        ):
            idx, words = idx[last_title + 1 :], words[last_title + 1 :]
        while len(idx) > 1 and words[0].lower() in ("dear", "hi", "hello"):
            idx, words = idx[1:], words[1:]  # a letter's or a speech's salutation
        if not idx or not all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in _GUM_CONNECTORS for w in words
        ):
            continue
        if not (words[0][:1].isupper() and words[-1][:1].isupper()):
            continue
        if len(words) == 1 and _is_pronoun(words[0]):
            continue
        span = (toks[idx[0]][0], toks[idx[-1]][1])
        first_of_sentence = idx[0] == 0 or toks[idx[0] - 1][3] != toks[idx[0]][3]
        if len(words) == 1 and first_of_sentence and not ident.get(mid):
            openers.append((span, words[0], type_))
            continue
        names.append((*span, type_))
    # A one-word sentence opener is a name when the same word is one elsewhere in the text.
    named_words = {text[s:e] for s, e, _ in names}
    for span, word, type_ in openers:
        if word in named_words:
            names.append((*span, type_))
        else:
            ignore.add(span)
    # A coordination ("Tiffany and Bosco", "Bert and I") is not one name: its members are.
    spans_all = [(toks[min(i)][0], toks[max(i)][1]) for i in marks.values()]
    names = [
        m for m in names
        if not (
            (" and " in text[m[0] : m[1]] or " & " in text[m[0] : m[1]])
            and any(m[0] <= a and b <= m[1] and (a, b) != (m[0], m[1]) for a, b in spans_all)
        )
    ]  # fmt: skip
    outer = [
        m for m in names
        if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in names)
    ]  # fmt: skip
    inner = {(s, e) for s, e, _ in names} - {(s, e) for s, e, _ in outer}
    return GoldDoc(path.stem, text, sorted(set(outer)), ignore=ignore | inner, other_names=other)


def trim_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The held-out scoring's extent: no leading article, no trailing possessive."""
    low = text[start:end].lower()
    for art in ("the ", "a ", "an "):
        if low.startswith(art) and end - start > len(art):
            start += len(art)
            break
    for pos in (" 's", " ’s", "'s", "’s", " '", " ’", "'", "’"):
        if text[start:end].endswith(pos) and end - start > len(pos):
            end -= len(pos)
            break
    return start, end


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
    pipes = "+".join(nlp.pipe_names)
    if "newsbrief_names" in nlp.pipe_names:
        pipes += names_model_version()
    digest = hashlib.sha1(f"{digest}{pipes}".encode()).hexdigest()[:16]
    path = cache / f"entities-{digest}-{parse_signature(nlp)}.spacy"
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
) -> tuple[list[Prediction], list[Prediction], list[Prediction], float, float]:
    """newsbrief's entities, bare spaCy's, and the trained recogniser's names on their own
    (`doc.spans["names"]`, one prediction per text it ran on: sports reports only)."""
    ours: list[Prediction] = []
    bare: list[Prediction] = []
    alone: list[Prediction] = []
    raw_types = {"PERSON": "person", "ORG": "organization", "GPE": "place"}
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
        if SPANS_KEY in doc.spans:
            r_mentions = {
                (e.start_char, e.end_char, raw_types[e.label_])
                for e in doc.spans[SPANS_KEY]
                if e.label_ in raw_types and e.start_char < end
            }
            alone.append(Prediction(r_mentions, {}))
    return ours, bare, alone, parse_time, layer_time


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


def trimmed(doc: GoldDoc, mentions: Iterable[Mention3]) -> set[Mention3]:
    """Mentions with the held-out scoring's extents, less those the gold leaves unscored."""
    out: set[Mention3] = set()
    for s, e, t in mentions:
        s, e = trim_extent(doc.text, s, e)
        if (s, e) not in doc.ignore:
            out.add((s, e, t))
    return out


def score_ner(docs: list[GoldDoc], preds: list[Prediction]) -> dict[str, PRF]:
    out: dict[str, PRF] = defaultdict(PRF)
    for gold, pred in zip(docs, preds, strict=True):
        g = trimmed(gold, gold.mentions)
        p = trimmed(gold, pred.mentions)
        for key in (*TYPES, "all"):
            gs = {m for m in g if key in ("all", m[2])}
            ps = {m for m in p if key in ("all", m[2])}
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
        g = trimmed(gold, gold.mentions)
        p = trimmed(gold, pred.mentions)
        for s, e, t in p - g:
            fps[f"{t}: {gold.text[s:e]}"] += 1
        for s, e, t in g - p:
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
    ap.add_argument("--gum", type=Path, default=EVAL / "gum")
    ap.add_argument("--gum-part", choices=("heldout", "train", "all"), default="heldout")
    ap.add_argument("--errors", type=int, default=0, help="show the N most common errors")
    ap.add_argument("--cache", type=Path, default=None, help="keep spaCy parses here (DocBin)")
    ap.add_argument("--only", choices=("conll", "meantime", "gum"), default=None, help="one set")
    args = ap.parse_args()

    rows: list[tuple[str, ...]] = [("measure", "bare spaCy", "newsbrief", "target")]
    counts: dict[str, int] = {}
    parse_t = layer_t = 0.0
    sets: list[tuple[str, str, list[GoldDoc]]] = []
    if args.only in (None, "conll"):
        sets.append(("conll", f"CoNLL {args.conll.name}", read_conll(args.conll, args.limit)))
    if args.only in (None, "meantime"):
        sets.append(("meantime", "MEANTIME", read_meantime(args.meantime, args.limit)))
    if args.only in (None, "gum"):
        sets.append(("gum", f"GUM {args.gum_part}", read_gum(args.gum, args.gum_part, args.limit)))
    targets = {"conll": ">= 0.88", "meantime": ">= 0.85", "gum": ">= 0.70"}
    for key_, label, docs in sets:
        counts[label] = len(docs)
        ours, bare, alone, pt, lt = run_systems(docs, adjectives=False, cache=args.cache)
        parse_t, layer_t = parse_t + pt, layer_t + lt
        s_ours, s_bare = score_ner(docs, ours), score_ner(docs, bare)
        for key in (*TYPES, "all"):
            rows.append((f"{label} F1 {key}", f"{s_bare[key].f:.3f}", f"{s_ours[key].f:.3f}",
                         targets[key_] if key == "all" else ""))  # fmt: skip
        rows.append((f"{label} P / R (all)", f"{s_bare['all'].p:.3f} / {s_bare['all'].r:.3f}",
                     f"{s_ours['all'].p:.3f} / {s_ours['all'].r:.3f}", ""))  # fmt: skip
        if len(alone) == len(docs):  # it ran on every text: sports reports only, as a rule
            s_alone = score_ner(docs, alone)["all"]
            rows.append((f"{label} F1 all, trained recogniser alone", "",
                         f"{s_alone.f:.3f}", ""))  # fmt: skip
        if key_ == "meantime":
            bp, br, bf = b_cubed(docs, bare)
            op, or_, of = b_cubed(docs, ours)
            rows.append(("MEANTIME merging B3 P / R", f"{bp:.3f} / {br:.3f}",
                         f"{op:.3f} / {or_:.3f}", ""))  # fmt: skip
            rows.append(("MEANTIME merging B3 F1", f"{bf:.3f}", f"{of:.3f}", ">= 0.90"))
        if args.errors:
            print(f"{label} errors (newsbrief):")
            show_errors(docs, ours, args.errors)
            print(f"{label} errors (bare spaCy):")
            show_errors(docs, bare, args.errors)
    print()
    print("documents: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"time: spaCy parse {parse_t:.1f}s, newsbrief entity layer {layer_t:.1f}s")
    print()
    for line in table(rows):
        print(line)


if __name__ == "__main__":
    main()
