"""Many word-anchored regexes over one text: each is tried only where its first word is.

`re.finditer` tries a pattern at every position of the text. A pattern that opens with a
lookbehind (as the time-expression grammar's do: a match starts a word) gets none of the `re`
engine's first-character shortcuts, so a grammar of a few dozen such patterns costs a few dozen
full passes over every article, most of them failing at every word.

Here the positions a match may start at are listed once per text (`StartIndex`: the positions
that satisfy the shared lookbehind, grouped by the word that starts there and by their first
character), the words and characters a pattern's match can begin with are read once from the
pattern itself (`starts`), and `scan` tries the pattern only at those positions. A month rule
is then tried at "March" and "last", not at every word that starts with "m" or "l".

`scan` yields exactly the matches `pattern.finditer(text)` yields. A pattern whose starts cannot
be worked out safely (classes such as \\w, non-ASCII letters, a pattern that can match the empty
string) is scanned with `finditer`. Case folding can map a non-ASCII letter onto an ASCII one
("K" onto "k"), so a position whose first character is not ASCII is a candidate for every
pattern, and a word followed by a non-ASCII letter is a candidate for every pattern that has a
word starting with the same character.
"""

from __future__ import annotations

import functools
import re
import string
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain

# The `re` module's own parser: the supported way to read a pattern's structure is not public.
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_LETTERS = frozenset(string.ascii_letters)
_DIGITS = frozenset(string.digits)
_SPACES = frozenset(c for c in map(chr, range(128)) if c.isspace())
_NON_ASCII = ""  # StartIndex bucket of positions whose character is not ASCII
_MAX_WORDS = 20_000  # more prefixes than this: a pattern too open to be worth enumerating
_MAX_UNROLL = 8  # a repeat still adding letters after this many rounds is open-ended


@dataclass(frozen=True, slots=True)
class Starts:
    """How a pattern's matches can begin: with one of `words` (lower-cased), the whole run of
    ASCII letters at the start of the match, or with one of `chars` (lower-cased ASCII), then
    followed by anything."""

    words: frozenset[str]
    chars: frozenset[str]
    # `chars` split into letters and the rest, and the words' first letters: what
    # `StartIndex.positions` looks up, worked out once per pattern rather than once per text
    letters: frozenset[str] = field(init=False, compare=False)
    others: frozenset[str] = field(init=False, compare=False)
    initials: frozenset[str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        letters = self.chars & _LETTERS
        object.__setattr__(self, "letters", letters)
        object.__setattr__(self, "others", self.chars - letters)
        object.__setattr__(self, "initials", letters | {w[0] for w in self.words})


class _Unknown(Exception):
    """The pattern's starts cannot be bounded: fall back to `finditer`."""


def starts(pattern: re.Pattern[str]) -> Starts | None:
    """The words and characters every match of `pattern` starts with, or None when they cannot
    be worked out (then the pattern must be tried everywhere)."""
    words: set[str] = set()
    chars: set[str] = set()
    try:
        still_open = _sequence(sre_parse.parse(pattern.pattern, pattern.flags), {""}, words, chars)
    except _Unknown:
        return None
    if "" in still_open:
        return None  # the pattern can match the empty string
    # A run of letters the pattern leaves open may go on with any letters: only its first
    # character is known.
    chars.update(p[0] for p in still_open)
    if not words and not chars:
        return None
    return Starts(frozenset(w for w in words if w[0] not in chars), frozenset(chars))


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-cased ASCII characters every match of `pattern` starts with, or None when
    that set cannot be worked out."""
    found = starts(pattern)
    if found is None:
        return None
    return found.chars | {w[0] for w in found.words}


# The enumeration below walks the parsed pattern carrying the set of letter runs a match may
# have read so far ("open" prefixes, lower-cased; "" before the first character). A letter
# extends them; anything that cannot be a letter ends them: a run that ends is one of the words
# a match starts with, and an empty one means the match starts with that non-letter character.


def _sequence(items: Any, open_: set[str], words: set[str], chars: set[str]) -> set[str]:
    for op, arg in items:
        if not open_:
            break
        open_ = _item(op, arg, open_, words, chars)
    return open_


def _item(op: Any, arg: Any, open_: set[str], words: set[str], chars: set[str]) -> set[str]:
    if op is sre.LITERAL:
        return _class(_checked([chr(arg)]), open_, words, chars)
    if op is sre.IN:
        return _class(_class_chars(arg), open_, words, chars)
    if op is sre.SUBPATTERN:
        return _sequence(arg[-1], open_, words, chars)
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in arg[1]:
            out |= _sequence(alternative, set(open_), words, chars)
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = arg
        out = set()
        current = open_
        for rounds in range(high + 1 if high < _MAX_UNROLL else _MAX_UNROLL + 1):
            if rounds >= low:
                out |= current
            if not current or rounds == high:
                return out
            current = _sequence(body, current, words, chars)
        raise _Unknown(op)  # letters repeated without a bound: "[a-z]+"
    if op is sre.ASSERT_NOT and arg[0] == 1 and _is_not_word_ahead(arg[1]):
        # "(?![\w%])": the next character is no letter, so every run read so far ends here
        words.update(p for p in open_ if p)
        return open_ & {""}
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return open_  # zero-width: the match goes on with whatever follows
    raise _Unknown(op)


def _is_not_word_ahead(items: Any) -> bool:
    """Whether a lookahead's body is a character class that contains \\w."""
    return (
        len(items) == 1
        and items[0][0] is sre.IN
        and any(op is sre.CATEGORY and a is sre.CATEGORY_WORD for op, a in items[0][1])
    )


def _class(members: Iterable[str], open_: set[str], words: set[str], chars: set[str]) -> set[str]:
    """One character out of `members`."""
    letters = {c.lower() for c in members if c in _LETTERS}
    others = [c for c in members if c not in _LETTERS]
    if others:
        for prefix in open_:
            if prefix:
                words.add(prefix)
            else:
                # a non-ASCII first character: positions in the _NON_ASCII bucket, which every
                # pattern is tried at
                chars.update(c.lower() for c in others if c.isascii())
    grown = {p + c for p in open_ for c in letters}
    if len(grown) > _MAX_WORDS:
        raise _Unknown("too many words")
    return grown


def _class_chars(items: Any) -> list[str]:
    """The characters of a parsed class (its ASCII ones, for digits and spaces)."""
    out: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            out.append(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < 128:
            out.extend(map(chr, range(arg[0], arg[1] + 1)))
        elif op is sre.CATEGORY and arg in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
            out.extend(_DIGITS)  # other scripts' digits are not ASCII: always candidates
        elif op is sre.CATEGORY and arg in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
            out.extend(_SPACES)  # other spaces are not ASCII: always candidates
        else:
            raise _Unknown(op)
    return _checked(out)


def _checked(members: list[str]) -> list[str]:
    """`members`, unless one is a non-ASCII letter: under re.IGNORECASE that may match an
    ASCII one ("K" matches "k"), which the enumeration cannot follow."""
    if any(not c.isascii() and c.isalpha() for c in members):
        raise _Unknown(members)
    return members


@functools.lru_cache(maxsize=8)
def _word_anchor(anchor: re.Pattern[str]) -> re.Pattern[str]:
    """`anchor` followed by the run of ASCII letters that starts there, if any."""
    return re.compile(anchor.pattern + "[A-Za-z]*", anchor.flags)


class StartIndex:
    """The positions of a text where a match may start, by word and by first character."""

    def __init__(self, text: str, anchor: re.Pattern[str]) -> None:
        """`anchor` finds every position a match may start at (a zero-width pattern such as
        the lookbehind all the patterns open with)."""
        # positions where a run of ASCII letters starts, by the lower-cased run
        self._by_word: dict[str, list[int]] = defaultdict(list)
        # positions of a run followed by a non-ASCII letter (which may fold onto an ASCII one,
        # so the run may read on), by the run's lower-cased first letter
        self._unsure: dict[str, list[int]] = defaultdict(list)
        # the other positions, by their character (_NON_ASCII: not ASCII)
        self._by_char: dict[str, list[int]] = defaultdict(list)
        by_word, unsure, by_char = self._by_word, self._unsure, self._by_char
        n = len(text)
        for m in _word_anchor(anchor).finditer(text):
            word = m.group()
            at = m.start()
            if word:
                end = at + len(word)
                if end < n and not text[end].isascii() and text[end].isalpha():
                    unsure[word[0].lower()].append(at)
                else:
                    by_word[word.lower()].append(at)
            elif at < n:
                c = text[at]
                by_char[c if c.isascii() else _NON_ASCII].append(at)

    def positions(self, first: Starts) -> list[int]:
        """Candidate starts, in text order, for a pattern whose matches begin as `first` says."""
        by_word, unsure, by_char = self._by_word, self._unsure, self._by_char
        found: list[Iterable[int]] = [by_char.get(_NON_ASCII, ())]
        found.extend(by_char[c] for c in first.others & by_char.keys())
        found.extend(by_word[w] for w in by_word.keys() & first.words)
        if first.letters:  # every word starting with one (`starts` leaves out their words)
            found.extend(at for w, at in by_word.items() if w[0] in first.letters)
        if unsure:
            found.extend(unsure[c] for c in first.initials & unsure.keys())
        return sorted(chain.from_iterable(found))


def scan(
    pattern: re.Pattern[str], first: Starts | None, text: str, index: StartIndex
) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` yields, trying `pattern` only at candidate starts.

    `first` is `starts(pattern)`; `index` must list every position the pattern's matches can
    start at. Like `finditer`, a match is looked for from the end of the previous one.
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
            end = m.end()  # a non-empty match: `starts` rules out empty ones
