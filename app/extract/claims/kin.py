"""A source named by kinship: "her husband said" after "Her husband, Mark Roe," as news writing
names a relative a second time."""

from __future__ import annotations

from spacy.tokens import Token

from app.extract.model import Entity, Mention

KIN_NOUNS = frozenset(
    {
        "wife",
        "husband",
        "brother",
        "sister",
        "son",
        "daughter",
        "father",
        "mother",
        "widow",
        "widower",
        "uncle",
        "aunt",
        "cousin",
        "nephew",
        "niece",
        "grandson",
        "granddaughter",
        "grandfather",
        "grandmother",
        "stepfather",
        "stepmother",
        "stepson",
        "stepdaughter",
        "fiance",
        "fiancee",
    }
)


def named_relative(
    head: Token, start: int, end: int, mentions: list[tuple[Mention, Entity]]
) -> Entity | None:
    """The person a bare "his/her <kin>" source names ("her husband said", "His brother told
    ..."): the one person the article gave that kinship before the source ("Her husband, Mark
    Roe,", "his brother Neil Baker"), when the person they are kin to is named in the source's
    sentence or the three before. None when no one or more than one holds it, or when the
    phrase says more ("his younger brother", "his brother's lawyer")."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    word = head.lemma_.lower()
    if word not in KIN_NOUNS:
        return None
    doc = head.doc
    phrase = doc.char_span(start, end, alignment_mode="expand")
    if phrase is None or len(phrase) != 2 or phrase[-1].i != head.i:
        return None
    if phrase[0].lower_ not in ("his", "her") or phrase[0].dep_ != "poss":
        return None
    by_id = {e.id: e for _m, e in mentions}
    holders = {
        e.id: e
        for e in by_id.values()
        if e.type == "person"
        and any(r.title.lower() == word and r.of and r.start < start for r in e.roles)
    }
    if len(holders) != 1:
        return None
    found = next(iter(holders.values()))
    kin_of = {r.of for r in found.roles if r.title.lower() == word and r.of}
    if len(kin_of) != 1:
        return None
    sents = list(doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= head.i < s.end), None)
    if k is None:
        return None
    window = sents[max(0, k - 3)].start_char
    if not any(window <= m.start < start and e.id in kin_of for m, e in mentions):
        return None  # the one they are kin to is not in view
    return found
