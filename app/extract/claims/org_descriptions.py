"""A source named by a description of an organization's kind: "the airline said" after "budget
airline SkyJet", "The company said" after "Roe Holdings plc", as news writing names an
organization a second time."""

from __future__ import annotations

from spacy.tokens import Token

from app.extract.model import Entity, Mention

# Nouns naming a kind of organization.
KIND_NOUNS = frozenset(
    {
        "company",
        "firm",
        "business",
        "corporation",
        "conglomerate",
        "group",
        "bank",
        "lender",
        "insurer",
        "airline",
        "carrier",
        "carmaker",
        "automaker",
        "retailer",
        "supermarket",
        "chain",
        "manufacturer",
        "maker",
        "producer",
        "publisher",
        "broadcaster",
        "network",
        "newspaper",
        "magazine",
        "agency",
        "department",
        "ministry",
        "party",
        "union",
        "charity",
        "regulator",
    }
)
# General words for any business: "the company" is the airline, the bank or the carmaker.
_BUSINESS_WORDS = frozenset({"company", "firm", "business", "corporation", "group"})
# Kinds of business ("the company" may be any of them); the rest are public bodies and groups.
_COMMERCIAL = KIND_NOUNS - {
    "group",
    "agency",
    "department",
    "ministry",
    "party",
    "union",
    "charity",
    "regulator",
}
# The last word of a name that tells the kind ("Roe Holdings plc", "SkyJet Airways").
_NAME_KINDS = {
    "inc": "company",
    "corp": "company",
    "corporation": "corporation",
    "ltd": "company",
    "plc": "company",
    "llc": "company",
    "co": "company",
    "company": "company",
    "holdings": "company",
    "group": "group",
    "bank": "bank",
    "airlines": "airline",
    "airways": "airline",
    "party": "party",
    "union": "union",
    "agency": "agency",
    "department": "department",
    "ministry": "ministry",
}


def _kinds(
    entity: Entity, doc_tokens: list[Token], spans: list[tuple[int, int]], told: set[int]
) -> set[str]:
    """The kinds the article gives an organization: by the last word of its name, and by a
    noun of kind set beside one of its mentions ("budget airline SkyJet", "SkyJet, the
    airline", "Roe Bank, the country's biggest lender", "SkyJet is the largest airline"); the
    nouns that told it are added to `told` (by index)."""
    kinds: set[str] = set()
    for name in [entity.name, *entity.aliases]:
        last = name.split()[-1].lower().strip(".") if name.split() else ""
        if last in _NAME_KINDS:
            kinds.add(_NAME_KINDS[last])
    for t in doc_tokens:
        word = t.lemma_.lower()
        if word not in KIND_NOUNS or t.pos_ != "NOUN":
            continue
        inside = [a <= t.idx < b for a, b in spans]
        if any(inside):
            continue
        head_in = any(a <= t.head.idx < b for a, b in spans)
        if t.dep_ in ("compound", "appos", "nmod") and head_in:
            kinds.add(word)  # "airline SkyJet", "SkyJet, the airline"
            told.add(t.i)
            continue
        for c in t.children:
            if c.dep_ in ("appos", "compound") and any(a <= c.idx < b for a, b in spans):
                kinds.add(word)  # "the airline SkyJet" with the name hung on the noun
                told.add(t.i)
        if t.dep_ == "attr" and t.head.lemma_ == "be":
            subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
            if any(a <= c.idx < b for c in subjects for a, b in spans):
                kinds.add(word)  # "SkyJet is Ireland's biggest airline"
                told.add(t.i)
    return kinds


def described_organization(
    head: Token, start: int, end: int, mentions: list[tuple[Mention, Entity]]
) -> Entity | None:
    """The organization a definite description of its kind names ("the airline said", "The
    company added"): the one organization named in the description's sentence or the three
    before whose kind (by its name or a noun of kind beside it) is the description's noun, or
    any business for "the company/firm"; None when no organization or more than one fits,
    when an organization of unknown kind is named in that stretch, or when the noun was used
    there for something else ("a rival airline")."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    word = head.lemma_.lower()
    if word not in KIND_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    doc = head.doc
    phrase = doc.char_span(start, end, alignment_mode="expand")
    if phrase is None or any(t.pos_ == "PROPN" or t.ent_type_ for t in phrase):
        return None  # "the Clinton campaign": left to the names
    if any(c.dep_ in ("relcl", "acl", "prep", "appos", "poss") for c in head.children):
        return None  # "the bank's chairman", "the company that built it": something else
    sents = list(doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= head.i < s.end), None)
    if k is None:
        return None
    window = sents[max(0, k - 3)].start_char
    near = [(m, e) for m, e in mentions if window <= m.start < start]
    orgs = {e.id: e for _m, e in near if e.type == "organization"}
    fits: dict[str, Entity] = {}
    evidence: list[tuple[int, int]] = []
    told: set[int] = set()
    for e in orgs.values():
        spans = [(m.start, m.end) for m in e.mentions]
        kinds = _kinds(e, list(doc), spans, told)
        if not kinds:
            return None  # an organization of unknown kind: it may be the one meant
        if word in kinds or (word in _BUSINESS_WORDS and kinds & _COMMERCIAL):
            fits[e.id] = e
            evidence.extend(spans)
    if len(fits) != 1:
        return None
    # The noun used in the stretch for something not named ("a rival airline"): not ours.
    for t in doc:
        if t.idx >= start:
            break
        if t.idx < window or t.lemma_.lower() != word:
            continue
        if t.i not in told and not any(a <= t.idx < b for a, b in evidence):
            return None
    return next(iter(fits.values()))
