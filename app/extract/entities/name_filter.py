"""A learned last look at the names: is this person, organization or place a name of that type?

The rules before it type a name by what its sentence says; what they cannot see is the kind of
text. A one-word organization is right most of the time in a news report and a minority of the
time in a how-to guide, a conversation or an essay ("Forums", "Gallery", "Reform"): nothing in
the name separates the two, the writing does. So each entity is scored by a logistic regression
(one per type) over features of its mentions (words, capitals, how the article writes its word
in lower case, what it does in its sentences, spaCy's label) and of the article (how often it
says "I" and "you", how often someone "said" something, names a sentence, past tense): an
entity scored under the learned cut is retyped "other" (no person, organization or place).

Trained on GUM's training part and CoNLL-2003 train by `benchmarks/train_name_filter.py`
(fixed seed); the weights ship as `name_filter.json` and are applied in plain Python.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span

from app.extract.entities.grouping import _Group
from app.extract.entities.lexicon import _ORG_HEADS
from app.extract.entities.retyping import (
    _business_evidence,
    _human_evidence,
    _org_evidence,
    _person_evidence,
    _place_evidence,
)
from app.extract.logistic import logistic
from app.extract.roles import words

WEIGHTS = Path(__file__).with_name("name_filter.json")
TYPES = ("person", "organization", "place")
# A name of two words or more is retyped only when scored under half the cut: its words being
# common ones ("United Nations", "Islamic State") tells less than a one-word name's.
MULTIWORD_CUT = 1.0

_FIRST_SECOND = frozenset(words("i me my mine myself we our ours ourselves you your yours"))
_REPORT_LEMMAS = frozenset(words("say tell report announce add state"))
_SPACY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART")


@dataclass(frozen=True, slots=True)
class _TypeModel:
    weights: dict[str, float]
    bias: float
    drop_below: float
    max_words: int  # names of more words are kept as they are

    def prob(self, features: dict[str, float]) -> float:
        return logistic(self.weights, self.bias, features)


@functools.lru_cache(maxsize=1)
def load_models(path: Path = WEIGHTS) -> dict[str, _TypeModel]:
    """The shipped models by entity type ({} when the file is missing: every name kept)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        t: _TypeModel(
            weights={k: float(v) for k, v in m["weights"].items()},
            bias=float(m["bias"]),
            drop_below=float(m["drop_below"]),
            max_words=int(m.get("max_words", 99)),
        )
        for t, m in data["models"].items()
    }


def doc_features(doc: Doc) -> dict[str, float]:
    """Features of the kind of text: first/second person, reporting, names a sentence, tense."""
    words = [t for t in doc if t.is_alpha]
    n = max(len(words), 1)
    sents = max(sum(1 for _ in doc.sents), 1)
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX") and t.tag_.startswith("VB")]
    firsts = sum(1 for t in words if t.lower_ in _FIRST_SECOND and not t.text.isupper())
    firsts += sum(1 for t in words if t.text == "I")
    reports = sum(1 for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in _REPORT_LEMMAS)
    said = sum(1 for t in doc if t.lower_ in ("said", "says") and t.pos_ == "VERB")
    names = sum(1 for e in doc.ents if e.label_ in ("PERSON", "ORG", "GPE"))
    past = sum(1 for t in verbs if t.tag_ in ("VBD", "VBN"))
    imper = sum(1 for t in verbs if t.tag_ == "VB" and t.dep_ == "ROOT")
    return {
        "doc_first_second": min(firsts / n * 20, 2.0),
        "doc_reporting": min(reports / sents * 2, 2.0),
        "doc_said": min(said / sents * 3, 2.0),
        "doc_names_per_sent": min(names / sents, 3.0),
        "doc_past": past / max(len(verbs), 1),
        "doc_imperative": min(imper / sents * 3, 2.0),
    }


def _lower_share(doc: Doc, word: str) -> float:
    """Of the article's tokens spelled `word` in any case, the share written in lower case."""
    counts = _case_counts(doc)
    low = word.lower()
    total = counts.get(low, 0)
    return counts.get("\x00" + low, 0) / total if total else 0.0


def _phrase_lower_share(doc: Doc, name: list[str]) -> float:
    """Of the article's uses of the phrase `name` in any case, the share written in lower case."""
    low = [w.lower() for w in name]
    n = len(low)
    total = lower = 0
    for i in range(len(doc) - n + 1):
        if doc[i].lower_ != low[0]:
            continue
        run = doc[i : i + n]
        if [t.lower_ for t in run] == low:
            total += 1
            lower += all(t.text == t.lower_ for t in run)
    return lower / total if total else 0.0


def considered(grp: _Group) -> bool:
    """Is this group one the model looks at: a name of a modelled type, no country, and not
    built on an organization's head word ("University of X", "X School", "National Union of
    X": a Union, capitalised as a name's word, is a body too, though no head word for the
    rules, where "Soviet Union" and "European Union" are states)?"""
    if grp.type not in TYPES or grp.key.startswith("country:"):
        return False
    name = grp.name.split()
    return not (
        len(name) > 1
        and any(w.lower().strip(".,") in _ORG_HEADS or w.strip(".,") == "Union" for w in name)
    )


def _case_counts(doc: Doc) -> dict[str, int]:
    """Token counts by lower-cased form, and ("\x00" + form) of those written in lower case;
    counted once a document."""
    cached = doc.user_data.get("name_filter_case")
    if isinstance(cached, dict):
        return cached
    counts: dict[str, int] = {}
    for t in doc:
        counts[t.lower_] = counts.get(t.lower_, 0) + 1
        if t.text == t.lower_:
            key = "\x00" + t.lower_
            counts[key] = counts.get(key, 0) + 1
    doc.user_data["name_filter_case"] = counts
    return counts


def group_features(doc: Doc, grp: _Group, docf: dict[str, float]) -> dict[str, float] | None:
    """Features of one entity group's name mentions in the article, or None when it has none."""
    spans: list[Span] = [
        doc[c.tok_start : c.tok_end]
        for c in grp.cands
        if c.kind in ("name", "alias") and c.tok_end > c.tok_start
    ]
    if not spans:
        return None
    name = grp.name.split()
    f: dict[str, float] = dict(docf)
    f["bias_words1"] = float(len(name) == 1)
    f["bias_words2"] = float(len(name) == 2)
    f["bias_words3"] = float(len(name) >= 3)
    f["caps"] = float(any(w.isupper() and len(w) > 1 for w in name))
    f["mentions"] = min(math.log1p(len(spans)) / 2, 2.0)
    f["lower_share"] = _lower_share(doc, name[-1]) if name else 0.0
    f["lower_share_first"] = _lower_share(doc, name[0]) if len(name) > 1 else f["lower_share"]
    f["org_head"] = float(bool(name) and name[-1].lower() in _ORG_HEADS)
    # A name of several words: how the article writes the whole phrase ("computer science"
    # beside "Computer Science"; "united nations" hardly ever).
    f["phrase_lower"] = _phrase_lower_share(doc, name) if len(name) > 1 else 0.0
    f["has_country"] = float("country_code" in grp.attributes)
    n = len(spans)
    labels = [s[0].ent_type_ or "none" for s in spans]
    for lab in (*_SPACY_LABELS, "none"):
        f[f"spacy_{lab}"] = labels.count(lab) / n
    subj = poss = pobj = compound = opener = 0
    evid = {"org": 0, "person": 0, "place": 0, "human": 0, "business": 0}
    for s in spans:
        root = s.root
        subj += root.dep_ in ("nsubj", "nsubjpass", "agent")
        poss += root.dep_ == "poss" or (s.end < len(doc) and doc[s.end].text in ("'s", "’s"))
        pobj += root.dep_ == "pobj"
        compound += root.dep_ == "compound"
        opener += s.start == s.sent.start
        evid["org"] += _org_evidence(doc, s.start, s.end)
        evid["person"] += _person_evidence(doc, s.start, s.end)
        evid["place"] += _place_evidence(doc, s.start, s.end)
        evid["human"] += _human_evidence(doc, s.start, s.end)
        evid["business"] += _business_evidence(doc, s.start, s.end)
    f["subject"] = subj / n
    f["possessor"] = poss / n
    f["pobj"] = pobj / n
    f["compound"] = compound / n
    f["opener"] = opener / n
    for kind, count in evid.items():
        f[f"ev_{kind}"] = float(count > 0)
    # The kind of text matters most for short names: their products with the document's
    # features let a linear model weigh the text's kind for one-word names apart.
    if len(name) == 1:
        for k, v in docf.items():
            f[f"w1*{k}"] = v
        f["w1*lower_share"] = f["lower_share"]
    return f


def _learned_types(doc: Doc, groups: dict[str, _Group]) -> None:
    """Retype "other" the people, organizations and places the shipped model scores under
    its cut for their type."""
    models = load_models()
    if not models:
        return
    docf: dict[str, float] | None = None
    for grp in groups.values():
        model = models.get(grp.type)
        if model is None or not considered(grp):
            continue
        name = grp.name.split()
        if len(name) > model.max_words:
            continue
        if docf is None:
            docf = doc_features(doc)
        f = group_features(doc, grp, docf)
        if f is None:
            continue
        cut = model.drop_below if len(name) == 1 else model.drop_below * MULTIWORD_CUT
        if model.prob(f) < cut:
            for c in grp.cands:
                c.type = "other"
            grp.type = "other"
