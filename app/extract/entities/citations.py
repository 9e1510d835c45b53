"""Authors cited by name and year: "(Porte, 2012)", "Martínez Cantón (2011) reviews", "Miller &
Robertson, 2010", "Klingberg et al., 2005". Each surname before the year is a person, whatever
the small model made of it (often an organization, a place or nothing).
"""

from __future__ import annotations

from spacy.tokens import Doc

from app.extract.entities.candidates import _Cand
from app.extract.entities.lexicon import _CORPORATE_SUFFIXES, _ORG_HEADS
from app.extract.entities.retyping import _place_stands_firm
from app.extract.model import fold
from app.extract.places import Gazetteer
from app.extract.roles import words
from app.extract.tokens import TokenTable, doc_text, token_table

# Words of a date before a year ("June 5, 2012", "Spring 2010"): no author.
_DATE_WORDS = frozenset(
    words(
        """
        january february march april may june july august september october november december
        jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct
        oct. nov nov. dec dec. monday tuesday wednesday thursday friday saturday sunday spring
        summer autumn fall winter christmas easter
        """
    )
)
_AUTHOR_GLUE = frozenset({",", "&", "and"})
_PARTICLES = frozenset(words("de da del della di du van von der den la le al bin ibn dos das"))


def _is_year(text: str) -> bool:
    """ "2012", "1971", "2011a": a year of publication."""
    digits = text[:4]
    rest = text[4:]
    return (
        digits.isascii()
        and digits.isdigit()
        and 1500 <= int(digits) <= 2099
        and (not rest or (len(rest) == 1 and rest.isalpha() and rest.islower()))
    )


def _surname_token(t: TokenTable, k: int) -> bool:
    word = t.words[k]
    return (
        word[:1].isupper()
        and not word.isupper()
        and any(c.isalpha() for c in word)
        and t.lower[k] not in _DATE_WORDS
        and t.ent_type[k] not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
    )


def _author_before(t: TokenTable, end: int, floor: int) -> tuple[int, int] | None:
    """The surname that ends at token `end` (exclusive): capitalised words, hyphen-joined
    parts ("Berez - Kroeker") and particles ("De Vries") run back from it."""
    k = end
    while k > floor:
        w = t.words[k - 1]
        hyphen = w in ("-", "–") and k - 2 >= floor and _surname_token(t, k - 2)
        particle = t.lower[k - 1] in _PARTICLES
        if not (_surname_token(t, k - 1) or ((hyphen or particle) and k < end)):
            break
        k -= 1
    while k < end and t.words[k] in ("-", "–"):
        k += 1
    if k >= end or end - k > 4:
        return None
    return k, end


def _authors_before(t: TokenTable, end: int, floor: int) -> list[tuple[int, int]]:
    """The list of authors ending at `end`: "Boot , Kramer , Simons , Fabiani , & Gratton",
    "Miller & Robertson", "Klingberg et al.", "Cruse and Croft"."""
    out: list[tuple[int, int]] = []
    k = end
    if k - 2 >= floor and t.lower[k - 1] in ("al.", "al") and t.lower[k - 2] == "et":
        k -= 2
    elif k - 1 >= floor and t.lower[k - 1] == "et al.":
        k -= 1
    while k > floor:
        span = _author_before(t, k, floor)
        if span is None:
            break
        out.append(span)
        k = span[0]
        glue = k
        while glue > floor and t.words[glue - 1] in _AUTHOR_GLUE:
            glue -= 1
        if glue == k or k - glue > 2:
            break
        k = glue
    return out


def _cited_as_author(doc: Doc, found: list[tuple[int, int]], end: int, close: int) -> bool:
    """ "Kahneman (2011) argues", "Sapir 's (1971) group", "Cruse and Croft (2004)": an author
    with a year, not a work with its year ("the film Titanic (1997)", "in Viva Maria ! (1965)"):
    several authors, a possessive, or a verb right after the year."""
    first = min(s for s, _ in found)
    if first > 0 and doc[first - 1].lower_ in ("the", "a", "an"):
        return False
    if not all(doc[k].pos_ == "PROPN" for s, e in found for k in range(s, e)):
        return False
    if len(found) > 1 or doc[end].text in ("'s", "’s", "’", "'"):
        return True
    after = doc[close + 1] if close + 1 < len(doc) else None
    return after is not None and after.pos_ in ("VERB", "AUX") and after.tag_ != "VBG"


def _citations(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the surnames cited with a year: "(Name, 2012)", "(Name 2012)", "Name
    (2012)", "Name et al. (2012)", lists joined by commas, "&" or "and", several citations in
    one pair of parentheses separated by ";"."""
    t = token_table(doc)
    n = len(doc)
    out: list[tuple[int, int]] = []
    for y in range(1, n):
        if not _is_year(t.words[y]):
            continue
        prev = t.words[y - 1]
        if prev in ("(", "["):
            # "Name (2012)" / "Name 's (2012)": the authors run back from before "(".
            end = y - 1
            if end > 0 and t.words[end - 1] in ("'s", "’s", "’", "'"):
                end -= 1
            found = _authors_before(t, end, max(0, end - 20))
            close = y + 1
            if (
                close < n
                and t.words[close] in (")", "]")
                and found
                and _cited_as_author(doc, found, end, close)
            ):
                out.extend(found)
            continue
        end = y - 1 if prev == "," else y
        if end <= 0:
            continue
        # Inside parentheses: "( Porte , 2012 )", "; Chambers , 2017 ;", "( Baron & Beresford
        # 2014 )": an opening "(" or ";" starts the citation within a few words.
        k = end - 1
        start = None
        while k >= max(0, end - 14):
            if t.words[k] in ("(", ";", "["):
                start = k + 1
                break
            if t.words[k] in (")", ".", ":", "]") and t.lower[k] not in ("al.",):
                break
            k -= 1
        if start is None:
            continue
        found = _authors_before(t, end, start)
        if found and (
            min(s for s, _ in found) == start or t.lower[start] in ("e.g.", "see", "cf.", "cf")
        ):
            out.extend(found)
    return out


def _citation_people(cands: list[_Cand], doc: Doc, g: Gazetteer) -> list[_Cand]:
    """Cited authors are people: candidates on their spans become people, names the model
    joined ("Baron & Beresford") are split, authors it missed are added, and other mentions
    of the same surname in the article become people too."""
    spans = sorted(set(_citations(doc)))
    if not spans:
        return cands
    text = doc_text(doc)
    t = token_table(doc)
    keep: list[tuple[int, int]] = []
    for s, e in spans:
        name = text[doc[s].idx : doc[e - 1].idx + len(doc[e - 1])]
        last = t.lower[e - 1]
        if last in _ORG_HEADS or last in _CORPORATE_SUFFIXES:
            continue
        if _place_stands_firm(name, g):
            continue
        keep.append((s, e))
    if not keep:
        return cands
    out: list[_Cand] = []
    taken: set[int] = set()
    for c in cands:
        inside = [(s, e) for s, e in keep if c.tok_start <= s and e <= c.tok_end]
        overlaps = [(s, e) for s, e in keep if s < c.tok_end and c.tok_start < e]
        if inside == [(c.tok_start, c.tok_end)]:
            c.type = "person"
            c.kind = "name"
        elif inside and len(inside) == len(overlaps) and c.kind == "name":
            continue  # "Baron & Beresford" as one name: its authors are added below
        out.append(c)
        taken.update(range(c.tok_start, c.tok_end))
    for s, e in keep:
        if any(k in taken for k in range(s, e)):
            continue
        out.append(
            _Cand(s, e, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), "person", source="citation")
        )
        taken.update(range(s, e))
    cited = {fold(text[doc[s].idx : doc[e - 1].idx + len(doc[e - 1])]) for s, e in keep}
    for c in out:
        if (
            c.kind == "name"
            and c.type in ("organization", "product", "work", "other")
            and fold(text[c.start : c.end]) in cited
        ):
            c.type = "person"
    out.sort(key=lambda c: c.start)
    return out
