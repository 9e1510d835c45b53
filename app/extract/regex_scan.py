"""Many word-anchored regexes over one text: each is tried only where its first character is.

`re.finditer` tries a pattern at every position of the text. A pattern that opens with a
lookbehind (as the time-expression grammar's do: a match starts a word) gets none of the `re`
engine's first-character shortcuts, so a grammar of a few dozen such patterns costs a few dozen
full passes over every article, most of them failing at every word.

Here the positions a match may start at are listed once per text (`StartIndex`: the positions
that satisfy the shared lookbehind, grouped by their lower-cased character), the characters a
pattern's match can begin with are read once from the pattern itself (`first_chars`), and
`scan` tries the pattern only at those positions. It yields exactly the matches
`pattern.finditer(text)` yields: a pattern whose first characters cannot be worked out safely
(classes such as \\w, non-ASCII letters, a pattern that can match the empty string) is scanned
with `finditer`, and a non-ASCII character of the text is a candidate for every pattern (case
folding can map it onto an ASCII letter, "K" onto "k").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from itertools import chain

# The `re` module's own parser: the supported way to read a pattern's structure is not public.
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_DIGITS = frozenset("0123456789")
_NON_ASCII = ""  # StartIndex bucket of positions whose character is not ASCII


class _Unknown(Exception):
    """The pattern's first characters cannot be bounded: fall back to `finditer`."""


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-cased ASCII characters every match of `pattern` starts with, or None when
    that set cannot be worked out (then the pattern must be tried everywhere)."""
    try:
        chars, nullable = _first_of_sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    except _Unknown:
        return None
    if nullable or not chars or not all(c.isascii() for c in chars):
        return None
    return frozenset(chars)


def _first_of_sequence(items: Any) -> tuple[set[str], bool]:
    """First characters of a parsed sequence, and whether it can match the empty string."""
    chars: set[str] = set()
    for op, arg in items:
        first, nullable = _first_of_item(op, arg)
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _first_of_item(op: Any, arg: Any) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {chr(arg).lower()}, False
    if op is sre.IN:
        return _first_of_class(arg), False
    if op is sre.SUBPATTERN:
        return _first_of_sequence(arg[-1])
    if op is sre.BRANCH:
        chars: set[str] = set()
        nullable = False
        for alternative in arg[1]:
            first, empty = _first_of_sequence(alternative)
            chars |= first
            nullable = nullable or empty
        return chars, nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = arg
        first, empty = _first_of_sequence(body)
        return first, empty or low == 0
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero-width: the match starts at whatever follows
    raise _Unknown(op)


def _first_of_class(items: Any) -> set[str]:
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(chr(arg).lower())
        elif op is sre.RANGE and arg[1] - arg[0] < 128:
            chars.update(chr(c).lower() for c in range(arg[0], arg[1] + 1))
        elif op is sre.CATEGORY and arg in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
            chars |= _DIGITS  # other scripts' digits are not ASCII: always candidates
        else:
            raise _Unknown(op)
    return chars


class StartIndex:
    """The positions of a text where a match may start, by lower-cased character."""

    def __init__(self, text: str, anchor: re.Pattern[str]) -> None:
        """`anchor` finds every position a match may start at (a zero-width pattern such as
        the lookbehind all the patterns open with)."""
        self._by_char: dict[str, list[int]] = defaultdict(list)
        n = len(text)
        for m in anchor.finditer(text):
            at = m.start()
            if at < n:
                c = text[at]
                self._by_char[c.lower() if c.isascii() else _NON_ASCII].append(at)

    def positions(self, first: frozenset[str]) -> list[int]:
        """Candidate starts, in text order, for a pattern whose matches begin with `first`."""
        by_char = self._by_char
        return sorted(chain(by_char.get(_NON_ASCII, ()), *(by_char.get(c, ()) for c in first)))


def scan(
    pattern: re.Pattern[str], first: frozenset[str] | None, text: str, index: StartIndex
) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` yields, trying `pattern` only at candidate starts.

    `first` is `first_chars(pattern)`; `index` must list every position the pattern's matches
    can start at. Like `finditer`, a match is looked for from the end of the previous one.
    """
    if first is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for at in index.positions(first):
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = m.end()  # a non-empty match: `first_chars` rules out empty ones
