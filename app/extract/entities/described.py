"""Bodies named in common words that the article describes as a body right after the name:
"Playing Field Promotions, a sports and celebrity talent agency, says ..."."""

from __future__ import annotations

from spacy.tokens import Doc

from app.extract.entities.candidates import _Cand
from app.extract.entities.lexicon import _ORG_HEADS
from app.extract.roles import words

# Nouns an apposition calls a body by ("a talent agency", "a consulting firm", "a charity").
_BODY_NOUNS = (_ORG_HEADS | frozenset(words("firm charity nonprofit agency company group"))) - (
    frozenset(words("times post journal herald tribune gazette news aircraft court office"))
)
_ARTICLES = frozenset(("a", "an"))
_MAX_NAME = 4
_MAX_DESCRIPTION = 7


def _name_run(doc: Doc, i: int, covered: set[int]) -> int:
    """The end of a run of one to four capitalised words from token `i` that no candidate
    covers; `i` where none."""
    j = i
    while (
        j < len(doc)
        and j - i < _MAX_NAME
        and j not in covered
        and doc[j].is_alpha
        and doc[j].is_title
    ):
        j += 1
    return j


def _described_as_body(doc: Doc, end: int) -> bool:
    """Is the name ending at token `end` followed by an apposition that calls it a body: a
    comma, "a" or "an", lower-case words and a body's noun, then a comma ("X, a sports and
    celebrity talent agency, says")?"""
    n = len(doc)
    if end + 2 >= n or doc[end].text != "," or doc[end + 1].lower_ not in _ARTICLES:
        return False
    k = end + 2
    while k < n and k - end <= _MAX_DESCRIPTION and doc[k].text != ",":
        if not (doc[k].is_lower or doc[k].text == "-") or doc[k].pos_ in ("VERB", "AUX", "PRON"):
            return False
        k += 1
    if k >= n or doc[k].text != "," or k == end + 2:
        return False
    head = doc[k - 1]
    return head.pos_ == "NOUN" and head.lemma_.lower() in _BODY_NOUNS


def _bodies_by_apposition(doc: Doc, covered: set[int]) -> list[_Cand]:
    """Runs of two to four capitalised words no candidate holds, described right after as a
    body ("Playing Field Promotions, a sports and celebrity talent agency,"): organizations,
    common words though their words are ("Playing", "Field")."""
    out: list[_Cand] = []
    i = 0
    while i < len(doc):
        before_ok = i == 0 or not doc[i - 1].text[:1].isupper()
        j = _name_run(doc, i, covered) if before_ok else i
        if j - i >= 2 and _described_as_body(doc, j):
            span = doc[i:j]
            out.append(_Cand(i, j, span.start_char, span.end_char, "organization", source="shape"))
        i = max(j, i + 1)
    return out
