"""Speakers of a transcript: the capitalised names that open its lines before a colon
("SMITH: We will ...", "JANE SMITH: ..."), which the recogniser, reading capitals, misses."""

from __future__ import annotations

from spacy.tokens import Doc

from app.extract.entities.candidates import _Cand
from app.extract.entity_names import common_phrase, is_given_name
from app.extract.places import Gazetteer
from app.extract.roles import TITLE_WORDS

_MAX_WORDS = 3


def _line_start(doc: Doc, i: int) -> bool:
    """Does token `i` open a line (the text's first token, or one after a line break)?"""
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _label_at(doc: Doc, i: int) -> int:
    """The end of a speaker's label opening the line at token `i`: one to three words in
    capitals followed by a colon and the words spoken on the same line; `i` where none."""
    j = i
    n = len(doc)
    while j < n and j - i < _MAX_WORDS and doc[j].is_alpha and doc[j].is_upper:
        j += 1
    if j == i or j + 1 >= n or doc[j].text != ":" or "\n" in doc[j].text_with_ws:
        return i
    return j


def _name_like(word: str, g: Gazetteer) -> bool:
    """Can this capitalised word be part of a person's name: three letters or more with a
    vowel (no initialism: "CNN", "NBC"), a given name or no common English word ("UPDATE",
    "NOTE"), no title
    ("SENATOR") and no country, region or capital ("WASHINGTON" of a dateline)?"""
    title = word.title()
    return (
        len(word) >= 3
        and any(ch in "AEIOUY" for ch in word)
        and (is_given_name(title) or not common_phrase([title]))
        and word.lower() not in TITLE_WORDS
        and g.country(title) is None
        and g.capital(title) is None
        and not g.is_region(title)
    )


def _speaker_labels(doc: Doc, g: Gazetteer, covered: set[int]) -> list[_Cand]:
    """People named by the labels of a transcript's lines ("JOEL BENENSON: This is ...",
    "BENENSON: We ..."): where at least two lines open with labels and two labels differ, each
    label whose every word can be part of a person's name is a person."""
    found: list[tuple[int, int]] = []
    for i in range(len(doc)):
        if _line_start(doc, i) and not doc[i].is_space:
            j = _label_at(doc, i)
            if j > i:
                found.append((i, j))
    if len(found) < 2 or len({doc[i:j].text for i, j in found}) < 2:
        return []
    out: list[_Cand] = []
    for i, j in found:
        if any(k in covered for k in range(i, j)):
            continue
        if not all(_name_like(t.text, g) for t in doc[i:j]):
            continue
        span = doc[i:j]
        out.append(_Cand(i, j, span.start_char, span.end_char, "person", source="shape"))
    return out
