"""Pronoun resolution: which earlier mention a "he", "she", "they" or "it" refers to.

A mention-ranking model: every noun phrase head in the pronoun's sentence and the three before
it is a candidate (eight before it for a "he" or "she" none of those can be), scored by a
logistic regression over features of the pair (distance, grammatical role, whether the
candidate speaks or believes something, agreement in gender and number, whether it names a
person, named-entity type, parallel roles, and whether the pronoun and the candidate stand in
the same quotation). The weights were learned from GUM's coreference
chains by `benchmarks/train_coref.py` and ship as `coref.json`; they are applied here with
plain Python. Gender of a name comes from Faker's gendered first-name lists, titles ("Ms.")
and gendered nouns ("the spokeswoman"); a candidate's own earlier pronouns also tell it. Which
common nouns name people ("farmer") and which never do ("house") is learned from the entity
types of GUM's training mentions and ships in `coref.json` with the weights.

Public API (used by claims and, later, by the timeline for event agents):
    resolve(doc, token) -> Antecedent | None    the mention a pronoun refers to, followed
                                                 through earlier pronouns to a noun or name
    antecedent(doc, token) -> Antecedent | None  the best-scoring earlier mention (one step)
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from app.extract.cues import BELIEF_VERBS, SPEECH_VERBS
from app.extract.model import Entity, Mention
from app.extract.name_gender import first_name_gender, name_gender, shared_given_name
from app.extract.quotes import find_quotes
from app.extract.tokens import doc_text

WEIGHTS = Path(__file__).with_name("coref.json")
WINDOW_SENTENCES = 3
WIDE_WINDOW_SENTENCES = 8

MALE = frozenset(["he", "him", "his", "himself"])
FEMALE = frozenset(["she", "her", "hers", "herself"])
NEUTER = frozenset(["it", "its", "itself"])
PLURAL = frozenset(["they", "them", "their", "theirs", "themselves"])
PRONOUNS = MALE | FEMALE | NEUTER | PLURAL
_SUBJ = frozenset({"nsubj", "nsubjpass"})
_MALE_WORDS = frozenset(
    [
        "mr",
        "mr.",
        "man",
        "men",
        "boy",
        "father",
        "son",
        "brother",
        "husband",
        "king",
        "prince",
        "uncle",
        "nephew",
        "grandfather",
        "spokesman",
        "chairman",
        "congressman",
        "businessman",
        "gentleman",
        "sir",
        "lord",
        "monk",
        "priest",
    ]
)
_FEMALE_WORDS = frozenset(
    [
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "woman",
        "women",
        "girl",
        "mother",
        "daughter",
        "sister",
        "wife",
        "queen",
        "princess",
        "aunt",
        "niece",
        "grandmother",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "businesswoman",
        "lady",
        "madam",
        "nun",
    ]
)
_CUE_VERBS = SPEECH_VERBS | BELIEF_VERBS
# Named-entity types that never name a person.
_THING_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})


@dataclass(frozen=True, slots=True)
class Antecedent:
    """The mention a pronoun refers to: its head token, the whole phrase, and the score."""

    token: Token
    span: SpacySpan
    score: float


# ------------------------------------------------------------------------------ gender


def pronoun_gender(tok: Token) -> str:
    """m, f, n (it), p (they) or "" for a word that is not a third-person pronoun."""
    w = tok.lower_
    if w in MALE:
        return "m"
    if w in FEMALE:
        return "f"
    if w in NEUTER:
        return "n"
    if w in PLURAL:
        return "p"
    return ""


def mention_gender(tok: Token) -> str:
    """What a noun phrase's head says of its referent: m, f, n, p (plural) or "" (unknown)."""
    if tok.pos_ == "PRON":
        return pronoun_gender(tok)
    if tok.tag_ in ("NNS", "NNPS"):
        return "p"
    words = [t for t in tok.subtree if t.i <= tok.i][-4:]
    for t in words:
        w = t.lower_
        if w in _MALE_WORDS:
            return "m"
        if w in _FEMALE_WORDS:
            return "f"
    if tok.ent_type_ in _THING_ENTS:
        return "n"  # "US", "Jordan" the country: no first name, whatever the word
    if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
        first = _phrase(tok)[0] if tok.ent_type_ == "PERSON" else words[0]
        # the head of a longer name is its surname ("Clinton" is a man's given name in some
        # lists, and says nothing of "Hillary Clinton"), and so is a lone word the article
        # writes as the last word of someone's full name; a lone "Maria" is a given name
        surname = first.i != tok.i or _written_as_surname(tok)
        for t in (first, *words):
            found = first_name_gender(t.text) if not (surname and t.i == tok.i) else ""
            if found:
                return found
        # a first name no list knows ("Yasmeen Wilkerson"): the honorific the article puts
        # before the surname elsewhere ("Ms. Wilkerson") says it
        found = _honorific_genders(tok.doc).get(tok.text, "")
        if found:
            return found
        return "" if tok.ent_type_ == "PERSON" else ("n" if tok.ent_type_ else "")
    if tok.ent_type_ in _THING_ENTS:
        return "n"
    return ""


def _written_as_surname(tok: Token) -> bool:
    """Is a one-word name the last word of a longer person's name in the same article?"""
    return tok.text in _surnames(tok.doc)


# The last document's surnames, by the identity of the document (asked once per candidate).
_LAST_SURNAMES: list[tuple[Doc, frozenset[str]]] = []


def _honorific_genders(doc: Doc) -> dict[str, str]:
    """Word -> "m"/"f" for each capitalised word the article writes after a gendered honorific
    ("Ms. Wilkerson", "Mr Straw"); a word it writes after both kinds ("Mr. and Mrs. Roe" aside,
    "Mr. Clinton" and "Mrs. Clinton") says nothing. Once a document."""
    cached = doc.user_data.get("coref_honorific_genders")
    if isinstance(cached, dict):
        return cached
    seen: dict[str, set[str]] = {}
    for t in doc[1:]:
        prev = doc[t.i - 1]
        gender = _HONORIFIC_GENDER.get(prev.lower_.rstrip("."))
        if gender and prev.text[:1].isupper() and t.text[:1].isupper() and t.is_alpha:
            seen.setdefault(t.text, set()).add(gender)
    found = {w: next(iter(g)) for w, g in seen.items() if len(g) == 1}
    doc.user_data["coref_honorific_genders"] = found
    return found


def _surnames(doc: Doc) -> frozenset[str]:
    if _LAST_SURNAMES and _LAST_SURNAMES[0][0] is doc:
        return _LAST_SURNAMES[0][1]
    found = frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
    _LAST_SURNAMES[:] = [(doc, found)]
    return found


@functools.lru_cache(maxsize=1)
def _noun_animacy(path: Path = WEIGHTS) -> tuple[frozenset[str], frozenset[str]]:
    """Common nouns (lemmas) that name people, and nouns that never do, learned from the
    entity types of GUM's training mentions by `benchmarks/train_coref.py`."""
    if not path.exists():  # pragma: no cover - shipped with the package
        return frozenset(), frozenset()
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(data.get("person_nouns", ())), frozenset(data.get("thing_nouns", ()))


def animacy(tok: Token) -> str:
    """Whether a candidate names a person: y, n or "" (unknown). A name or a gendered word
    decides first; a common noun is looked up in the nouns learned from GUM."""
    if tok.pos_ == "PRON":
        g = pronoun_gender(tok)
        return "y" if g in ("m", "f") else "n" if g == "n" else ""
    if tok.ent_type_ in _THING_ENTS:
        return "n"
    if tok.ent_type_ == "PERSON" or mention_gender(tok) in ("m", "f"):
        return "y"
    if tok.pos_ == "NOUN":
        people, things = _noun_animacy()
        lemma = tok.lemma_.lower()
        return "y" if lemma in people else "n" if lemma in things else ""
    return ""


def _agree(pron: str, cand: str) -> str:
    if not cand:
        return "unknown"
    if pron == cand:
        return "yes"
    if (pron == "p" and cand == "n") or (pron == "n" and cand == "p"):
        return "weak"  # "the company ... they"
    return "no"


# ------------------------------------------------------------------------------ candidates


def _is_candidate(tok: Token) -> bool:
    if tok.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    if tok.dep_ in ("compound", "nmod") and tok.head.pos_ in ("PROPN", "NOUN"):
        return False  # part of a longer name: its head is the candidate
    if tok.dep_ == "flat":
        return False
    if not tok.text[:1].isalnum():
        return False  # "’ve", "n’t" mis-tagged as nouns: no mention at all
    if tok.dep_ in ("npadvmod", "intj") and tok.head.pos_ == "INTJ" and tok.head.i != tok.i:
        return False  # "Yes, my Lord", "Thanks, Senator": the one spoken to, a "you"
    return not (tok.pos_ == "PRON" and tok.lower_ not in PRONOUNS)


def candidates(doc: Doc, pron: Token, window: int = WINDOW_SENTENCES) -> list[Token]:
    """Heads of noun phrases before the pronoun, in its sentence and the `window` before it."""
    sent = pron.sent
    start = sent.start
    prev = sent
    for _ in range(window):
        if prev.start == 0:
            break
        prev = doc[prev.start - 1].sent
        start = prev.start
    out = []
    for tok in doc[start : pron.i]:
        if not _is_candidate(tok):
            continue
        if tok.head.i == pron.i or tok.left_edge.i <= pron.i <= tok.right_edge.i:
            continue
        if pron.dep_ == "poss" and pron.head.i == tok.i:
            continue  # "his brother" is not "he"
        out.append(tok)
    return out


def _speaker(tok: Token) -> bool:
    """Is the token the subject of a verb of saying or believing?"""
    return tok.dep_ in _SUBJ and tok.head.lemma_.lower() in _CUE_VERBS


def _clause_verb(tok: Token) -> Token:
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _quote_of(doc: Doc) -> list[tuple[int, int]]:
    """The document's quotations as character spans, found once per document."""
    key = "coref_quotes"
    found = doc.user_data.get(key)
    if found is None:
        found = [(q.start, q.end) for q in find_quotes(doc.text)]
        doc.user_data[key] = found
    return found


def _quote_index(quotes: list[tuple[int, int]], char: int) -> int:
    """Which quotation holds a character: its index, or -1 outside every quotation."""
    k = bisect.bisect_right(quotes, (char, 1 << 30)) - 1
    return k if k >= 0 and quotes[k][0] < char < quotes[k][1] else -1


_ROLES = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "attr", "ROOT", "dative"}
)


def all_pair_features(pron: Token, cands: list[Token]) -> list[dict[str, float]]:
    """The features of every (pronoun, candidate) pair, candidates in text order: what the
    ranking model scores. One pass from the pronoun back, so "the nearest agreeing subject"
    and the like cost nothing more per candidate."""
    pg = pronoun_gender(pron)
    prole = pron.dep_ if pron.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") else "other"
    verb = _clause_verb(pron)
    doc = pron.doc
    first = cands[0].i if cands else pron.i
    # Sentence starts between the first candidate and the pronoun, for sentence distances.
    bounds = [t.i for t in doc[first + 1 : pron.i + 1] if t.is_sent_start]
    counts: dict[str, int] = {}
    for c in cands:
        if c.pos_ != "PRON":
            counts[c.lower_] = counts.get(c.lower_, 0) + 1
    out: list[dict[str, float]] = [{} for _ in cands]
    # Inside a quotation "he" is seldom the one quoted, and a name inside it is seldom the
    # speaker of the words after it: where each side stands relative to the quotations.
    quotes = _quote_of(doc)
    pq = _quote_index(quotes, pron.idx)
    seen_any = seen_compat = seen_compat_subj = seen_speaker = False
    for k in range(len(cands) - 1, -1, -1):
        cand = cands[k]
        between = len(bounds) - bisect.bisect_right(bounds, cand.i)
        sent_dist = min(4, between)
        cg = mention_gender(cand)
        agree = _agree(pg, cg)
        compatible = agree in ("yes", "unknown")
        speaker = _speaker(cand)
        role = cand.dep_ if cand.dep_ in _ROLES else "other"
        ent = cand.ent_type_ or "none"
        same = counts.get(cand.lower_, 0) - 1 if cand.pos_ != "PRON" else 0
        f = out[k]
        f[f"sent={sent_dist}"] = 1.0
        f["tokdist"] = math.log1p(pron.i - cand.i)
        f[f"role={role}"] = 1.0
        f[f"prole={prole}"] = 1.0
        f["parallel"] = float(cand.dep_ == pron.dep_)
        f[f"agree={agree}"] = 1.0
        f[f"agree_{pg}={agree}"] = 1.0
        f["speaker"] = float(speaker)
        f["cand_pron"] = float(cand.pos_ == "PRON")
        f["same_pron"] = float(cand.lower_ == pron.lower_ or pronoun_gender(cand) == pg != "")
        f["propn"] = float(cand.pos_ == "PROPN")
        f[f"ent={ent}"] = 1.0
        f[f"ent_{pg}={ent}"] = 1.0
        f[f"anim_{pg}={animacy(cand) or 'u'}"] = 1.0
        cq = _quote_index(quotes, cand.idx)
        side = "same" if cq == pq else "in_out" if pq < 0 else "out_in" if cq < 0 else "other"
        f[f"quote={side}"] = 1.0
        f[f"quote|speaker={side}|{speaker}"] = 1.0
        # "X said he ...": the subject of the verb the pronoun's clause hangs on.
        f["matrix_subj"] = float(
            cand.dep_ in _SUBJ
            and verb.dep_ in ("ccomp", "xcomp", "advcl", "conj")
            and cand.head.i == verb.head.i
        )
        f["same_verb_subj"] = float(cand.dep_ in _SUBJ and cand.head.i == verb.i)  # binding
        f["nearest"] = float(not seen_any)
        f["nearest_agreeing"] = float(compatible and not seen_compat)
        f["nearest_agreeing_subj"] = float(
            compatible and cand.dep_ in _SUBJ and not seen_compat_subj
        )
        f["nearest_speaker"] = float(speaker and not seen_speaker)
        f["repeats"] = math.log1p(max(0, same))
        f["cand_in_quote_tag"] = float(speaker and cand.head.i > cand.i)
        # Conjunctions, as mention-ranking models use them: agreement matters more for a
        # subject than for an object of a preposition, and more for a near sentence than a far.
        f[f"role|agree={role}|{agree}"] = 1.0
        f[f"sent|agree={sent_dist}|{agree}"] = 1.0
        f[f"sent|role={sent_dist}|{role}"] = 1.0
        f[f"speaker|agree={speaker}|{agree}"] = 1.0
        f[f"prole|role={prole}|{role}"] = 1.0
        seen_any = True
        if compatible:
            seen_compat = True
            if cand.dep_ in _SUBJ:
                seen_compat_subj = True
        if speaker:
            seen_speaker = True
    return out


# ------------------------------------------------------------------------------ model


@dataclass(frozen=True, slots=True)
class _Model:
    weights: dict[str, float]
    bias: float
    min_score: float


@functools.lru_cache(maxsize=1)
def _model(path: Path = WEIGHTS) -> _Model:
    if not path.exists():  # pragma: no cover - shipped with the package
        return _Model({"nearest_agreeing_subj": 2.0, "agree=no": -4.0}, 0.0, 0.0)
    data = json.loads(path.read_text(encoding="utf-8"))
    return _Model(
        {k: float(v) for k, v in data["weights"].items()},
        float(data["bias"]),
        float(data.get("min_score", 0.0)),
    )


def score(features: dict[str, float]) -> float:
    m = _model()
    z = m.bias + sum(m.weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _phrase(tok: Token) -> SpacySpan:
    """The mention a candidate heads: its name if it is in one, else its noun phrase without
    relative clauses and appositions."""
    doc = tok.doc
    if tok.ent_type_ and tok.ent_iob_ != "O":
        i = tok.i
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        j = tok.i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        return doc[i:j]
    left = min([tok.i] + [c.left_edge.i for c in tok.lefts])
    return doc[left : tok.i + 1]


def _clashes(pg: str, cand: Token) -> bool:
    """A "he" is never a "she", nor a "she" "it": a pronoun, or a noun whose own word gives a
    sex ("the wife", "her husband"), of another gender than a gendered pronoun is no
    antecedent, nor is a common noun learned to name a thing ("the weapon"), whatever the
    ranking model's soft agreement weight says. Names are left to the model (a first name's
    gender is a guess)."""
    if pg not in ("m", "f"):
        return False
    if cand.pos_ == "PRON":
        cg = pronoun_gender(cand)
        return cg in ("m", "f", "n") and cg != pg
    if cand.pos_ == "NOUN":
        cg = mention_gender(cand)
        return (cg in ("m", "f") and cg != pg) or animacy(cand) == "n"
    return False


def antecedent(doc: Doc, pron: Token, outside: tuple[int, int] | None = None) -> Antecedent | None:
    """The best-scoring earlier mention of a third-person pronoun (one step), or None.
    `outside` is a character span no antecedent may lie in (a speaker is not someone
    mentioned in the words the speaker is reported to say)."""
    pg = pronoun_gender(pron)
    if pg == "":
        return None
    best = _best(pron, candidates(doc, pron), outside)
    if best is None and pg in ("m", "f"):
        # Short sentences (dialogue, one-line quotes) can put the name that opened a turn
        # outside the window while every nearer mention is of the other sex or a thing: look
        # further back, but only then.
        best = _best(pron, candidates(doc, pron, WIDE_WINDOW_SENTENCES), outside)
    if best is None or best[0] < _model().min_score:
        return None
    return Antecedent(best[1], _phrase(best[1]), best[0])


def _best(
    pron: Token, cands: list[Token], outside: tuple[int, int] | None
) -> tuple[float, Token] | None:
    """The best-scoring candidate that does not clash with the pronoun, with its score."""
    best: tuple[float, Token] | None = None
    pg = pronoun_gender(pron)
    for cand, feats in zip(cands, all_pair_features(pron, cands), strict=True):
        if outside is not None and outside[0] <= cand.idx < outside[1]:
            continue
        if _clashes(pg, cand):
            continue
        s = score(feats)
        if best is None or s > best[0]:
            best = (s, cand)
    return best


def resolve(
    doc: Doc, token: Token, max_hops: int = 6, outside: tuple[int, int] | None = None
) -> Antecedent | None:
    """The mention a pronoun refers to, followed through earlier pronouns of the same chain to
    a noun or a name where the text has one; None for a token that is not a third-person
    pronoun or has no antecedent. `outside`: a span the first step may not land in."""
    found = antecedent(doc, token, outside)
    hops = 0
    while found is not None and found.token.pos_ == "PRON" and hops < max_hops:
        nxt = antecedent(doc, found.token)
        if nxt is None:
            break
        found = Antecedent(nxt.token, nxt.span, min(found.score, nxt.score))
        hops += 1
    return found


# ------------------------------------------------------------------------------ a person's gender

_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$")
_HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f"}
_HONORIFIC_GENDER |= {"dame": "f", "lady": "f"}
# Titles and kin words that say a person's gender ("his wife", "the congresswoman").
_GENDERED_ROLES = {
    "wife": "f", "mother": "f", "daughter": "f", "sister": "f", "widow": "f",
    "congresswoman": "f", "spokeswoman": "f", "chairwoman": "f", "businesswoman": "f",
    "husband": "m", "father": "m", "son": "m", "brother": "m", "widower": "m",
    "congressman": "m", "spokesman": "m", "businessman": "m",
}  # fmt: skip

# The last document's genders, by the identity of the document and its mention list (claims and
# the timeline ask once per pronoun).
_LAST_GENDERS: list[tuple[Doc, Sequence[tuple[Mention, Entity]], dict[str, str]]] = []


def person_genders(doc: Doc, mentions: Sequence[tuple[Mention, Entity]]) -> dict[str, str]:
    """Entity id -> "m" or "f" for each person the article gives a gender (`mentions`: every
    mention of the brief's entities with its entity, in text order). The one reading of gender
    for claims' pronoun sources and the timeline's pronoun agents."""
    if _LAST_GENDERS and _LAST_GENDERS[0][0] is doc and _LAST_GENDERS[0][1] is mentions:
        return _LAST_GENDERS[0][2]
    votes = _pronoun_votes(doc, mentions)
    people = {e.id: e for _m, e in mentions if e.type == "person"}
    found = {k: _person_gender(e, doc, votes.get(k, (0, 0))) for k, e in people.items()}
    genders = {k: g for k, g in found.items() if g}
    _LAST_GENDERS[:] = [(doc, mentions, genders)]
    return genders


def _person_gender(entity: Entity, doc: Doc, votes: tuple[int, int]) -> str:
    """A person's gender as the article gives it: the first name, else an honorific before a
    mention ("Mrs. Roe"), a gendered title or kin word among its roles, the pronouns the
    article's own sentences use of the person (`votes`), or the pronouns among the entity's own
    mentions; "" when none says."""
    found = name_gender(entity.name)
    if found and not shared_given_name(entity.name):
        return found
    text = doc_text(doc)
    for m in entity.mentions:
        hit = _HONORIFIC.search(text, max(0, m.start - 8), m.start)
        if hit:
            # "Ms. Roe" outweighs a given name both sexes bear ("Lee Roe")
            return _HONORIFIC_GENDER[hit.group(1).lower()]
    if found:
        return found
    for r in entity.roles:
        for word in r.title.lower().split():
            if word in _GENDERED_ROLES:
                return _GENDERED_ROLES[word]
    said = [m.text.lower() for m in entity.mentions if m.kind == "pronoun"]
    for male, female in (votes, (sum(w in MALE for w in said), sum(w in FEMALE for w in said))):
        if male >= 2 and male >= 2 * female:
            return "m"
        if female >= 2 and female >= 2 * male:
            return "f"
    return ""


def _pronoun_votes(
    doc: Doc, mentions: Sequence[tuple[Mention, Entity]]
) -> dict[str, tuple[int, int]]:
    """For each person, how often a "he/his/him" and a "she/her" follows a mention of the
    person as the subject of a sentence that names no other person, outside quotation, in
    that sentence ("Sanders said his campaign ...") or as the subject of the next sentence,
    which names no one either ("Obama said. He called Burma ..."): the writer's own pronouns
    for the person."""
    text = doc_text(doc)
    quoted = [(q.start, q.end) for q in find_quotes(text)]
    people = [(m, e) for m, e in mentions if e.type == "person"]
    votes: dict[str, list[int]] = {}

    def vote(entity_id: str, g: str, weight: int = 1) -> None:
        tally = votes.setdefault(entity_id, [0, 0])
        tally[0 if g == "m" else 1] += weight

    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        inside = [(m, e) for m, e in people if sent.start_char <= m.start < sent.end_char]
        if len({e.id for _m, e in inside}) != 1 or _names_someone_else(sent, inside):
            continue
        m0, entity = inside[0]
        subject = [
            t for t in sent if m0.start <= t.idx < m0.end and t.dep_ in ("nsubj", "nsubjpass")
        ]
        if not subject or any(a <= m0.start < b for a, b in quoted):
            continue
        for t in sent:
            if t.idx <= m0.end or any(a <= t.idx < b for a, b in quoted):
                continue
            g = pronoun_gender(t)
            if g in ("m", "f"):
                vote(entity.id, g)
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        if any(
            t.idx < m0.start
            and t.dep_ in _SUBJ
            and pronoun_gender(t) in ("m", "f")
            and not any(a <= t.idx < b for a, b in quoted)
            for t in sent
        ):
            # "..., she issued a plan: President Roe later adopted it. She has called ...":
            # the sentence went on about a "he" or "she" before naming the person, and the
            # next sentence's pronoun may go on with that one
            continue
        if nxt is None or any(
            nxt.start_char <= m.start < nxt.end_char and m.kind != "pronoun" for m, _e in people
        ):
            continue
        others = [(m, e) for m, e in mentions if nxt.start_char <= m.start < nxt.end_char]
        if _names_someone_else(nxt, others):
            continue  # a person no entity was made for ("Burma" the parser took for one is
            # the place's mention, no one)
        lead = next((t for t in nxt if t.dep_ in ("nsubj", "nsubjpass")), None)
        if lead is not None and not any(a <= lead.idx < b for a, b in quoted):
            g = pronoun_gender(lead)
            if g in ("m", "f") and lead.head == nxt.root:
                # the next sentence's own subject: stronger than any pronoun after the name
                # in its sentence ("Roe met Lee and thanked her"), so it counts twice
                vote(entity.id, g, weight=2)
    return {k: (v[0], v[1]) for k, v in votes.items()}


def _names_someone_else(sent: SpacySpan, inside: Sequence[tuple[Mention, Entity]]) -> bool:
    """Does a sentence name a person no entity mention of `inside` covers?"""
    return any(
        t.ent_type_ == "PERSON" and not any(m.start <= t.idx < m.end for m, _e in inside)
        for t in sent
    )


# ------------------------------------------------------------------------------ descriptions
#
# "The senator said", "the retired neurosurgeon told ...": a definite description names the one
# person of the article whom the article has described so, by a title before the name ("Sen.
# Ana Roe", "Republican front-runner Ana Roe"), an apposition ("Ana Roe, a retired
# neurosurgeon,"), a predicate nominative ("Roe is the party's nominee") or a role the entity
# extraction found. Precision first: when no person or more than one fits, no one.

# Words that make a description another office than the bare noun ("the former president" is
# not the president): description and evidence must agree on them.
_RANK_WORDS = frozenset(
    {
        "former",
        "ex",
        "late",
        "vice",
        "deputy",
        "assistant",
        "acting",
        "outgoing",
        "incoming",
        "shadow",
        "next",
        "future",
        "previous",
        "past",
        "last",
        "first",
        "then",
        "interim",
    }
)
# Nouns of standing that name a person but are in no list of titles or trades.
_STANDING_NOUNS = frozenset(
    {
        "billionaire",
        "millionaire",
        "mogul",
        "tycoon",
        "runner",
        "frontrunner",
        "nominee",
        "incumbent",
        "challenger",
        "contender",
        "neurosurgeon",
        "magnate",
        "socialist",
        "populist",
        "hopeful",
    }
)
# Heads too vague to name one person, whatever the article says of someone.
_VAGUE_NOUNS = frozenset(
    {"man", "woman", "person", "people", "official", "source", "one", "member", "guy", "child"}
)
# Nouns every contestant of a race shares ("the nominee", "the candidate"): a story about an
# election has several, named or not, so only with a word the article said of one of them.
CONTEST_NOUNS = frozenset(
    {"candidate", "nominee", "contender", "challenger", "runner", "frontrunner", "hopeful"}
)
_COPULAS = frozenset({"be", "become", "remain"})
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Description:
    head: str  # the head noun, lower case, abbreviations spelled out ("sen." -> "senator")
    ranks: frozenset[str]  # "former", "vice" ...
    words: frozenset[str]  # the other words, lower case
    capitals: frozenset[str]  # the capitalised modifiers ("Vermont", "Republican")
    # the words the person must have been described by: all but descriptive adjectives
    # ("retired") and a common-noun possessor ("the company's")
    required: frozenset[str] = frozenset()


def _norm(word: str) -> str:
    from app.extract.roles import TITLE_ABBREVIATIONS

    w = word.lower().rstrip(".")
    return _PARTY_ALIASES.get(w, TITLE_ABBREVIATIONS.get(w, w))


# Other names of a party in a description: "the GOP front-runner" is the one the article
# called the Republican front-runner.
_PARTY_ALIASES = {"gop": "republican"}


def _describe(tokens: Sequence[Token]) -> _Description | None:
    """A description of the words of a title or a noun phrase: the head is the last word before
    an "of" ("Secretary of State"), else the last word."""
    words = [
        t for t in tokens if t.is_alpha or t.text.rstrip(".").isalpha() or _ORDINAL.match(t.text)
    ]
    words = [t for t in words if t.dep_ not in ("det", "case") and t.lower_ not in ("the", "a")]
    if not words:
        return None
    of = next((k for k, t in enumerate(words) if t.lower_ in ("of", "for", "from")), None)
    head_at = (of - 1) if of else len(words) - 1
    if head_at < 0:
        return None
    head = words[head_at]
    rest = [t for k, t in enumerate(words) if k != head_at and t.lower_ not in ("of", "for")]
    # an ordinal ("the 43rd president") tells one holder of an office from another, as
    # "former" does
    ranks = frozenset(
        _norm(t.text) for t in rest if _norm(t.text) in _RANK_WORDS or _ORDINAL.match(t.text)
    )
    plain = frozenset(_norm(t.text) for t in rest) - ranks
    caps = (
        frozenset(_norm(t.text) for t in rest if t.text[:1].isupper() and not t.is_sent_start)
        - ranks
    )
    required = frozenset(_norm(t.text) for t in rest if not _free_word(t)) - ranks
    return _Description(_norm(head.lemma_ or head.text), ranks, plain, caps, required)


# Adjectives that are part of an office's name ("prime minister", "chief executive"): they
# tell one office from another, as nouns do ("attorney general", "home secretary").
_TITLE_ADJECTIVES = frozenset(
    {"prime", "chief", "foreign", "general", "principal", "junior", "high", "first", "lord"}
)


def _free_word(t: Token) -> bool:
    """A word of a description that need not have been said of the person before: a lower-case
    descriptive adjective ("the retired neurosurgeon", "the embattled mayor"), or a common
    noun that owns the office ("the company's chief executive")."""
    if t.text[:1].isupper() and not t.is_sent_start:
        return False
    if t.dep_ == "poss" and t.pos_ == "NOUN":
        return True
    return (
        t.pos_ == "ADJ" or (t.pos_ == "VERB" and t.dep_ == "amod")
    ) and t.lower_ not in _TITLE_ADJECTIVES


@functools.lru_cache(maxsize=1)
def _capital_titles() -> frozenset[str]:
    from app.extract.roles import TITLE_WORDS

    return frozenset(TITLE_WORDS) - {"mr", "mrs", "ms", "mr.", "mrs.", "ms.", "sir", "lord", "lady"}


def _is_person_noun(tok: Token) -> bool:
    from app.extract.roles import is_role_noun

    lemma = tok.lemma_.lower()
    if lemma in _VAGUE_NOUNS or tok.lower_ in _VAGUE_NOUNS:
        return False
    return lemma in _STANDING_NOUNS or is_role_noun(tok) or animacy(tok) == "y"


def definite_description(tok: Token, heads: frozenset[str] = frozenset()) -> _Description | None:
    """What a definite description of one person says ("the senator", "the former secretary of
    state", "the company's chief executive"), when `tok` heads one; None otherwise (a name, a
    plural, an indefinite, "the man who ...": someone newly met). `heads`: nouns the article
    has said of a named person ("Ana Roe, a GOP speechwriter,"), people's nouns in it whatever
    the lexicons know of them."""
    descs = definite_descriptions(tok, heads)
    return descs[0] if len(descs) == 1 else None


def definite_descriptions(tok: Token, heads: frozenset[str] = frozenset()) -> list[_Description]:
    """`definite_description`, or each conjunct of a coordinated one apart ("the former secretary
    of state and current Democratic nominee", "the Florida senator and Republican presidential
    candidate": two descriptions of one person); [] when `tok` heads none."""
    if not _description_noun(tok, heads):
        return []
    kids = list(tok.children)
    if not any(c.dep_ in ("conj", "cc") for c in tok.subtree if c.i != tok.i):
        one = _one_description(tok, kids)
        return [one] if one is not None else []
    return _coordinated(tok, heads)


# Words in the second half of a coordinated description that set it apart from the first's
# rank ("the former secretary of state and current nominee").
_NOW_WORDS = frozenset({"current", "now", "present", "sitting"})


def _coordinated(tok: Token, heads: frozenset[str]) -> list[_Description]:
    """The two halves of "the <description> and <description>" that `tok` heads (whichever of
    the two nouns the parser made the head): words only, one "and", one "the" opening it, each
    half headed by a noun of a person; [] otherwise ("the senator and the governor": two
    people; "the senator and his wife")."""
    doc = tok.doc
    span = [t for t in doc[tok.left_edge.i : tok.right_edge.i + 1] if not t.is_space]
    if not span or span[0].lower_ != "the":
        return []
    ands = [k for k, t in enumerate(span) if t.lower_ == "and"]
    if len(ands) != 1:
        return []
    if any(
        (t.is_punct and t.text != "-")
        or t.ent_type_ == "PERSON"
        or (t.dep_ in ("det", "poss") and k > 0)
        or t.dep_ in ("relcl", "acl", "appos")
        or (t.pos_ == "ADP" and t.lower_ not in ("of", "from"))
        for k, t in enumerate(span)
    ):
        return []
    halves = [span[1 : ands[0]], span[ands[0] + 1 :]]
    found: list[_Description] = []
    for half in halves:
        of = next((k for k, t in enumerate(half) if t.lower_ in ("of", "from")), None)
        head_at = (of - 1) if of else len(half) - 1
        if head_at < 0 or not _description_noun(half[head_at], heads):
            return []
        d = _describe(half)
        if d is None:
            return []
        found.append(d)
    first, second = found
    if first.ranks and not second.ranks and not (second.words & _NOW_WORDS):
        # "the former senator and governor": former, both
        second = _Description(
            second.head, first.ranks, second.words, second.capitals, second.required
        )
    return [first, second]


def _description_noun(tok: Token, heads: frozenset[str]) -> bool:
    """Can `tok` head a description of a person: a common noun (or a title written with a
    capital) of a person, or one the article said of a named person (`heads`)?"""
    if tok.ent_type_ == "PERSON" or tok.tag_ not in ("NN", "NNP"):
        return False
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma in heads and lemma in _PARTY_MEMBERS:
        return True  # "the Nevada Democrat" of a "Sen. Ana Roe (D-Nev.)"
    if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.lower_ in _capital_titles()):
        return False  # a name, save a title written with a capital ("the Prime Minister")
    if _is_person_noun(tok):
        return True
    return (
        lemma in heads
        and lemma not in _VAGUE_NOUNS
        and tok.lower_ not in _VAGUE_NOUNS
        and animacy(tok) != "n"
    )


def _one_description(tok: Token, kids: list[Token]) -> _Description | None:
    """The description headed by `tok` with its dependents `kids` (the conjuncts left out)."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
        c.dep_ == "poss"
        and c.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in kids
    )
    if not definite:
        return None
    if any(c.dep_ in ("relcl", "acl", "appos", "conj") for c in kids):
        return None  # "the man who ...", "the senator, Ana Roe," (named beside it)
    if any(c.dep_ == "prep" and c.lower_ not in ("of", "from") for c in kids):
        return None  # "the candidate with the most votes"
    if tok.dep_ == "appos" or (tok.dep_ == "attr" and tok.head.lemma_ in _COPULAS):
        return None  # said of a name beside it: evidence, not a mention to resolve
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        return None  # "Trump as the nominee", "seen as the candidate": a role, said of another
    if any(c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON") for c in kids):
        return None  # "Trump's spokesman", "his lawyer": someone related to another
    phrase = [t for t in tok.subtree if t.i <= tok.i or _in_of_phrase(t, tok)]
    return _describe(phrase)


def _in_of_phrase(t: Token, head: Token) -> bool:
    node = t
    while node.i != head.i and node.head.i != node.i:
        if node.head.i == head.i:
            return node.dep_ == "prep" and node.lower_ in ("of", "from")
        node = node.head
    return False


def _name_evidence(doc: Doc, name: SpacySpan) -> list[_Description]:
    """What the article says a person named by `name` is, at that mention: the title before the
    name, an apposition on either side, a predicate nominative of which the name is subject."""
    from app.extract.roles import BARE_HONORIFICS, TITLE_WORDS

    found: list[_Description] = []
    root = name.root
    # a title inside the name the recogniser took in ("Senator Ana Roe")
    lead = []
    for t in name:
        if _norm(t.text) in TITLE_WORDS or t.lower_ in TITLE_WORDS:
            lead.append(t)
        else:
            break
    # a title before the name: the root's left children outside the name ("Sen.", "Secretary
    # of State", "Republican front-runner")
    before = [
        c
        for c in root.lefts
        if c.i < name.start and c.dep_ in ("compound", "amod", "nmod", "nn", "npadvmod")
    ]
    if before:
        first = min(c.left_edge.i for c in before)
        lead = [
            t
            for t in doc[first : name.start]
            if (not t.is_punct or t.text == "-") and t.dep_ not in ("det", "poss", "case")
        ] + lead
    # an honorific is no title ("Deputy Prime Minister Mr Prescott": the minister)
    lead = [t for t in lead if t.lower_ not in BARE_HONORIFICS and _norm(t.text) != "dr"]
    if lead:
        d = _describe(lead)
        if d is not None:
            found.append(d)
    for c in root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            d = _describe([t for t in c.subtree if t.i <= c.i or _in_of_phrase(t, c)])
            if d is not None:
                found.append(d)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        h = root.head
        d = _describe([t for t in h.subtree if t.i <= h.i or _in_of_phrase(t, h)])
        if d is not None:
            found.append(d)
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _COPULAS:
        for c in root.head.children:
            if c.dep_ in ("attr", "oprd") and c.pos_ == "NOUN":
                d = _describe([t for t in c.subtree if t.i <= c.i or _in_of_phrase(t, c)])
                if d is not None:
                    found.append(d)
    return _with_place_and_party(doc, name, found)


# A US politician's party and state after the name: "Sen. Ana Roe (D-Nev.)", "Ana Roe,
# R-Fla.,".
_PARTY_TAG = re.compile(r"\s*[,(]\s*([RDI])-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[,)]")
_PARTY_OF = {"r": ("republican",), "d": ("democrat", "democratic"), "i": ("independent",)}
_PARTY_MEMBERS = frozenset({"republican", "democrat"})


def _parties(words: frozenset[str]) -> set[str]:
    """The US parties words name ("Democratic", "GOP", "Republican")."""
    return {"democrat" if w == "democratic" else w for w in words} & _PARTY_MEMBERS


def _with_place_and_party(
    doc: Doc, name: SpacySpan, found: list[_Description]
) -> list[_Description]:
    """What the article says a person is, with the place an "of" after the name gives ("Gov.
    Ana Roe of Iowa": the Iowa governor) and the party and state of a tag after it ("Sen. Ana
    Roe (D-Nev.)": the Democratic senator, the Nevada senator, the Nevada Democrat)."""
    from app.extract.places import gazetteer

    extra: set[str] = set()
    for c in name.root.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i >= name.end:
            for obj in c.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                    extra |= {_norm(t.text) for t in obj.subtree if t.is_alpha}
    party: tuple[str, ...] = ()
    m = _PARTY_TAG.match(doc.text[name.end_char : name.end_char + 40])
    if m is not None:
        state = gazetteer().region_qualifier(m.group(2))
        if state is not None and state.country_code == "US":
            party = _PARTY_OF[m.group(1).lower()]
            extra |= {_norm(w) for w in state.name.split()} | set(party)
    if not extra:
        return found
    found = [
        _Description(d.head, d.ranks, d.words | extra, d.capitals | extra, d.required)
        for d in found
    ]
    if party:
        # "the Nevada Democrat": the party's name for its member, with the state
        places = frozenset(extra - set(party))
        found.append(_Description(party[0], frozenset(), places, places, places))
    return found


def _fits(desc: _Description, said: _Description) -> bool:
    """Can a description name someone the article described as `said`? The heads agree, and so
    do the ranks ("former", "vice"); a capitalised word of the description the evidence lacks
    ("the French president", "the Vermont senator" of a "Sen. Ana Roe") is against it."""
    if desc.head != said.head or desc.ranks != said.ranks:
        return False
    if desc.head in CONTEST_NOUNS and not (desc.required and desc.required <= said.words):
        # a bare "the candidate" of an election story: any of its candidates; "the GOP
        # presidential front-runner" is the one called the Republican front-runner, a
        # lower-case adjective ("presidential") left unsaid
        return False
    return not (desc.capitals - said.words) and not (desc.required - said.words)


def _doc_people(doc: Doc) -> list[tuple[SpacySpan, str]]:
    """The article's person names with a key that is the same for one person: the surname."""
    out = []
    for e in doc.ents:
        if e.label_ != "PERSON":
            continue
        words = [t for t in e if t.is_alpha]
        if words:
            out.append((e, words[-1].text))
    return out


def _evidence(
    doc: Doc,
    people: Sequence[tuple[SpacySpan, str]],
    roles: dict[str, list[SpacySpan]] | None,
) -> dict[str, list[_Description]]:
    """Key -> what the article says that person is; once a document and list of names."""
    cached = doc.user_data.get("coref_descriptions")
    if isinstance(cached, tuple) and cached[0] is people:
        return cached[1]  # type: ignore[no-any-return]
    evidence: dict[str, list[_Description]] = {}
    for span, key in people:
        evidence.setdefault(key, []).extend(_name_evidence(doc, span))
    for key, spans in (roles or {}).items():
        for span in spans:
            d = _describe(list(span))
            if d is not None:
                evidence.setdefault(key, []).append(d)
    doc.user_data["coref_descriptions"] = (people, evidence)
    return evidence


def description_referent(
    doc: Doc,
    tok: Token,
    people: Sequence[tuple[SpacySpan, str]] | None = None,
    roles: dict[str, list[SpacySpan]] | None = None,
) -> tuple[str, SpacySpan] | None:
    """The person a definite description headed by `tok` names, as (key, the person's latest
    mention before it): the one person of the article described by words that fit it (see
    `_name_evidence`; `roles`: more evidence by key, such as the entity extraction's roles),
    named before it. `people`: names with a key per person (default: the recogniser's PERSON
    names keyed by surname). None when the phrase is no definite description of a person, or
    when no one or more than one person fits."""
    if people is None:
        people = _doc_people(doc)
    evidence = _evidence(doc, people, roles)
    descs = definite_descriptions(tok, _said_heads(evidence))
    if not descs:
        return None
    # each half of a coordinated description ("the former secretary of state and current
    # Democratic nominee") fits the one person or no one; at least one fits
    sets = [s for s in (_fitting(d, evidence) for d in descs) if s]
    fitting = set.intersection(*sets) if sets else set()
    if len(sets) > 1 and any(s != fitting for s in sets):
        return None  # one half fits someone the other does not
    if len(fitting) != 1:
        return None
    key = next(iter(fitting))
    start = tok.left_edge.i
    latest = [s for s, k in people if k == key and s.end <= start]
    if not latest:
        return None  # named only after it
    return key, max(latest, key=lambda s: s.start)


def _fitting(desc: _Description, evidence: dict[str, list[_Description]]) -> set[str]:
    """The keys of the people the article described by words that fit `desc`."""
    fitting = {k for k, ds in evidence.items() if any(_fits(desc, d) for d in ds)}
    if len(fitting) > 1 and desc.words:
        # "the Republican nominee" of two nominees: the one whose description has its words
        fitting = {
            k for k in fitting if any(_fits(desc, d) and desc.words <= d.words for d in evidence[k])
        }
    return fitting


def _said_heads(evidence: dict[str, list[_Description]]) -> frozenset[str]:
    """The head nouns the article said of its named people ("speechwriter" of "Ana Roe, a GOP
    speechwriter,")."""
    return frozenset(d.head for ds in evidence.values() for d in ds)


def description_entity(
    doc: Doc, tok: Token, mentions: Sequence[tuple[Mention, Entity]]
) -> Entity | None:
    """`description_referent` over the brief's entities (`mentions`: every mention of them with
    its entity, in text order): the person entity a definite description headed by `tok` names,
    its names and the roles the entity extraction gave it as evidence; None when no one or
    more than one person fits."""
    people, roles, by_id = _cached_people(doc, mentions)
    if not definite_descriptions(tok, _said_heads(_evidence(doc, people, roles))):
        return None
    found = description_referent(doc, tok, people, roles)
    return by_id[found[0]] if found is not None else None


def description_contradicts(
    doc: Doc, tok: Token, entity: Entity, mentions: Sequence[tuple[Mention, Entity]]
) -> bool:
    """Does the article describe this person by the same kind of office as the definite
    description headed by `tok`, but by words that do not fit it ("Norfolk police chief Andy
    Hayman" and "the Metropolitan police chief", "Deputy Prime Minister John Prescott" and "the
    prime minister")? Or by another party ("the Nevada Democrat" of a "Sen. Ana Roe
    (R-Ohio)")? Then the description names someone else, whoever spoke last."""
    people, roles, _by_id = _cached_people(doc, mentions)
    everyone = _evidence(doc, people, roles)
    desc = definite_description(tok, _said_heads(everyone))
    if desc is None:
        return False
    evidence = everyone.get(entity.id, [])
    party = {d.head for d in evidence if d.head in _PARTY_MEMBERS}
    described = _parties(desc.words | {desc.head})
    if party and described and not described & party:
        return True  # "the Nevada Democrat" of a "Sen. Ana Roe (R-Ohio)"
    said = [d for d in evidence if d.head == desc.head]

    def clash(d: _Description) -> bool:
        # another rank; both name a place or body and not the same ("the Ohio senator" of a
        # plain "Senator Ana Roe" adds to what was said, it does not contradict it); or two
        # offices each with a word the other lacks ("the prime minister", "Aid minister Roe")
        return (
            desc.ranks != d.ranks
            or bool(d.capitals and desc.capitals and not desc.capitals <= d.words)
            or bool(desc.required - d.words and d.required - desc.words)
        )

    return bool(said) and all(clash(d) for d in said)


def _cached_people(
    doc: Doc, mentions: Sequence[tuple[Mention, Entity]]
) -> tuple[list[tuple[SpacySpan, str]], dict[str, list[SpacySpan]], dict[str, Entity]]:
    """`_people_of`, worked out once per document and list of mentions."""
    cached = doc.user_data.get("coref_description_people")
    if not (isinstance(cached, tuple) and cached[0] is mentions):
        cached = (mentions, *_people_of(doc, mentions))
        doc.user_data["coref_description_people"] = cached
    return cached[1], cached[2], cached[3]


def _people_of(
    doc: Doc, mentions: Sequence[tuple[Mention, Entity]]
) -> tuple[list[tuple[SpacySpan, str]], dict[str, list[SpacySpan]], dict[str, Entity]]:
    """The person names of the brief's entities keyed by entity id, their roles' spans, and
    the entities by id."""
    people: list[tuple[SpacySpan, str]] = []
    by_id: dict[str, Entity] = {}
    for m, e in mentions:
        if e.type != "person" or m.kind not in ("name", "alias"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            people.append((span, e.id))
            by_id[e.id] = e
    roles: dict[str, list[SpacySpan]] = {}
    for e in by_id.values():
        for r in e.roles:
            span = doc.char_span(r.start, r.end, alignment_mode="expand")
            if span is not None and len(span):
                roles.setdefault(e.id, []).append(span)
    return people, roles, by_id
