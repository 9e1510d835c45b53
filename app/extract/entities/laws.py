"""Laws: the names of laws, treaties and documents ("the Clean Air Act")."""

from __future__ import annotations

from spacy.tokens import Doc

from app.extract.entities.candidates import _Cand
from app.extract.entities.lexicon import _LAW_HEADS
from app.extract.model import fold
from app.extract.roles import (
    HONORIFICS,
    words,
)
from app.extract.tokens import doc_text

# Words of a name that make a "Convention" a party's gathering, not a treaty.
_GATHERING_WORDS = frozenset(words("national party democratic republican annual"))


def _law_names(cands: list[_Cand], doc: Doc) -> None:
    """A name whose last word names a law or a document is no person: "the Refugee
    Convention", "Miscellaneous Provisions" are laws, and so is a name of more than one word
    the model took for an organization ("the Refugee Convention"; not "the Democratic National
    Convention", a gathering). A lone law word after a name, or after a name and a bracket
    ("the Care (Scotland) Bill"), ends that name: the two become one law."""
    text = doc_text(doc)
    _join_law_parts(cands, doc)
    gone: set[int] = set()
    for c in cands:
        if c.type not in ("person", "organization", "product", "event") or id(c) in gone:
            continue
        ws = text[c.start : c.end].split()
        head = fold(ws[-1])
        if head not in _LAW_HEADS:
            continue
        if c.type in ("product", "event"):
            if len(ws) > 1 and c.kind == "name":
                _make_law(c, text)  # "the Tax Cuts and Jobs Act" typed a product
            continue
        if c.tok_start > 0 and doc[c.tok_start - 1].lower_ in HONORIFICS:
            continue  # "Mr. Bill"
        if len(ws) > 1:
            gathering = head == "convention" and any(fold(w) in _GATHERING_WORDS for w in ws)
            if c.type == "person" or not gathering:
                _make_law(c, text)
            continue
        if c.type != "person":
            continue
        begin = _law_name_start(doc, c.tok_start)
        if begin is None:
            continue
        inside = [o for o in cands if o is not c and begin <= o.tok_start < c.tok_start]
        first = min(inside, key=lambda o: o.tok_start, default=None)
        if first is None or first.type not in ("organization", "law", "other", "person"):
            gone.add(id(c))  # no name to join: the law word alone is no entity
            continue
        gone.update(id(o) for o in inside if o is not first)
        gone.add(id(c))
        first.tok_end = c.tok_end
        first.end = c.end
        _make_law(first, text)
    cands[:] = [c for c in cands if id(c) not in gone]


# Words that join the parts of a law's name: "Justice in Policing Act", "Tax Cuts and Jobs Act".
_LAW_GLUE = frozenset(words("in of for on and against to"))


def _join_law_parts(cands: list[_Cand], doc: Doc) -> None:
    """Two names joined by one small word, the second ending in a law word, are one law's name
    the model cut in two: "George Floyd Justice" + "in" + "Policing Act"."""
    text = doc_text(doc)
    cands.sort(key=lambda c: c.start)
    k = len(cands) - 1
    while k > 0:
        a, b = cands[k - 1], cands[k]
        head = fold(text[b.start : b.end].split()[-1])
        if (
            b.tok_start == a.tok_end + 1
            and doc[a.tok_end].lower_ in _LAW_GLUE
            and head in _LAW_HEADS
            and a.kind == b.kind == "name"
            and b.type in ("person", "organization", "event", "law", "other", "product")
            and all(t.is_title or not t.is_alpha for t in doc[a.tok_start : a.tok_end])
            and a.country is None
        ):
            a.tok_end, a.end = b.tok_end, b.end
            _make_law(a, text)
            del cands[k]
        k -= 1


def _make_law(c: _Cand, text: str) -> None:
    c.type = "law"
    c.key = f"law:{fold(text[c.start : c.end])}"
    c.reason = ""
    c.country = None


def _law_name_start(doc: Doc, i: int) -> int | None:
    """The first token of the title-case words (with a bracketed part, "(Scotland)") that end
    right before token i, if any; None when token i starts its name."""
    k = i - 1
    if k >= 0 and doc[k].text == ")":
        while k >= 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    if k < 0 or not doc[k].is_title or doc[k].is_sent_start:
        return None
    while k > 0 and (doc[k - 1].is_title or doc[k - 1].text in (",", "and", "of", "&")):
        k -= 1
    return k
