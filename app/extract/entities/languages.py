"""Names of languages ("Old Norse", "Latin", "Proto-Germanic", "Bantu"): no person,
organization or place, though the small model often tags them so. From pycountry's ISO 639
tables (a maintained package): the major languages (those with a two-letter code), the
historical and constructed ones, and the language families.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from app.extract.entities.candidates import _Cand
from app.extract.entity_names import is_given_name
from app.extract.model import fold
from app.extract.places import Gazetteer
from app.extract.roles import words
from app.extract.tokens import doc_text

# Words that name a period or a register of a language before its name: "Old English",
# "Ancient Greek", "Modern Hebrew", "Classical Arabic", "Biblical Hebrew".
_PERIOD_WORDS = frozenset(
    words(
        """
        old middle ancient modern classical late early vulgar biblical koine standard archaic
        medieval contemporary colloquial literary proto
        """
    )
)


_LANGUAGE_NOUNS = frozenset(words("language languages dialect dialects"))


@functools.lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Folded names of languages: "latin", "old norse", "hindi"."""
    import pycountry

    out: set[str] = set()
    for lang in pycountry.languages:
        if hasattr(lang, "alpha_2") or getattr(lang, "type", "") in ("H", "C"):
            name = re.sub(r"\s*\(.*\)$", "", lang.name)
            out.add(fold(name))
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def language_families() -> frozenset[str]:
    """Folded names of language families: "germanic", "baltic", "bantu"."""
    import pycountry

    return frozenset(
        fold(fam.name[: -len(" languages")])
        for fam in pycountry.language_families
        if fam.name.endswith(" languages")
    )


def is_language_name(name: str, g: Gazetteer, family: bool = True) -> bool:
    """ "Old Norse", "Latin", "Proto-Indo-European", "Ancient Greek", "Germanic": a language
    (or a family) by its ISO 639 name, a reconstructed one ("Proto-"), or a period word
    before a language or a people's adjective. Not a country, a known place or a given name
    that shares the spelling ("Tonga", "Afar", "Neo")."""
    ws = name.split()
    if not ws or len(ws) > 3:
        return False
    if ws[0].startswith("Proto-") and len(ws[0]) > 6:
        return True
    if g.country(name) is not None or g.is_place(name):
        return False
    if len(ws) == 1 and is_given_name(name):
        return False
    if fold(name) in language_names() or (family and fold(name) in language_families()):
        return True
    if len(ws) >= 2 and all(w.lower() in _PERIOD_WORDS for w in ws[:-1]):
        last = ws[-1]
        return fold(last) in language_names() or g.demonym(last) is not None
    return False


def _language_names(cands: list[_Cand], doc: Doc, g: Gazetteer, sports: bool) -> None:
    """Names of languages the model typed as people, organizations or places become "other":
    known ones and those the article writes before "language" or "dialect" (not in a sports
    report, where "Celtic" is a club)."""
    if sports:
        return
    text = doc_text(doc)
    n = len(doc)
    # Names the article writes before "language" or "dialect" ("the Eegimaa language").
    named = {
        fold(text[c.start : c.end])
        for c in cands
        if c.tok_end < n and doc[c.tok_end].lower_ in _LANGUAGE_NOUNS
    }
    # One word before the noun, where the model tagged nothing there ("a Jóola language").
    named.update(
        fold(doc[k - 1].text)
        for k in range(1, n)
        if doc[k].lower_ in _LANGUAGE_NOUNS
        and doc[k - 1].is_title
        and doc[k - 1].is_alpha
        and not doc[k - 1].is_sent_start
    )
    for c in cands:
        # A family's name before a noun is a region's ("the Baltic countries").
        nxt = doc[c.tok_end] if c.tok_end < n else None
        family = nxt is None or not (nxt.is_lower and nxt.pos_ == "NOUN")
        name = text[c.start : c.end]
        if (
            c.kind == "name"
            and c.country is None
            and c.type in ("person", "organization", "place")
            and (fold(name) in named or is_language_name(name, g, family))
        ):
            c.type = "other"


# Nouns a people's name stands before: "the Moriori people", "the Wampanoag tribe".
_PEOPLE_NOUNS = frozenset(words("people peoples tribe tribes"))
# Quantifiers of a plural people's name: "most Thais", "many wealthy Tejanos".
_QUANTIFIERS = frozenset(words("most many some all few several other"))


def _peoples(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """A name the article writes before "people" or "tribe" ("the peaceful
    Moriori people"), or as a plural after "most", "many" ("most Thais"), names a people: a
    group, not a person, organization or place. Not a name the article gives a person in full
    ("the Clinton people" after "Hillary Clinton") nor a known place."""
    text = doc_text(doc)
    n = len(doc)
    named: set[str] = set()
    for k in range(1, n):
        prev = doc[k - 1]
        if doc[k].lower_ in _PEOPLE_NOUNS and prev.is_title and prev.is_alpha:
            named.add(fold(prev.text))
        tok = doc[k]
        if (
            tok.tag_ == "NNPS"
            and tok.is_title
            and tok.is_alpha
            and any(c.lower_ in _QUANTIFIERS and c.i < tok.i for c in tok.children)
        ):
            named.add(fold(tok.text))
    if not named:
        return
    surnames = {
        fold(text[c.start : c.end].split()[-1])
        for c in cands
        if c.type == "person" and len(text[c.start : c.end].split()) > 1
    }
    for c in cands:
        name = text[c.start : c.end]
        key = fold(name)
        if (
            c.kind == "name"
            and c.country is None
            and c.type in ("person", "organization", "place")
            and key in named
            and key not in surnames
            and not is_given_name(name)
            and not g.is_place(name)
        ):
            c.type = "group"
