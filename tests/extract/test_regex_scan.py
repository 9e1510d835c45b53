"""regex_scan finds exactly what `finditer` finds, trying patterns only where they can start."""

from __future__ import annotations

import re

import pytest

from app.extract.regex_scan import StartIndex, Starts, first_chars, scan, starts
from app.extract.timex_rules import _START, RULES

TEXTS = [
    "The talks ended on Monday, 3 March 2021, after three days; a year ago they had failed.",
    "LONDON (Reuters) - Profits rose 5 pct in the fourth quarter of 1996 from a year earlier.",
    "He said “next week” or maybe mid-2010s — the ’90s were over by 10.30 am, every Friday.",
    # non-ASCII letters that case-fold onto ASCII ones: the Kelvin sign and the long s
    "\u212a 5 DAYS \u017feptember İstanbul 12 \u017ftunden, Sept. 4 and 2 weeks later",
    # ... and inside or at the end of a word: "wee\u212a" is "week", "Augu\u017ft" is "August"
    "two wee\u212a ago, on 3 Augu\u017ft, la\u017ft \u017fummer, thi\u017f year's end",
    "FY2019 and fiscal year 2020; early-1990s, the '80s and last week's 5pm talks",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_rule_matches_as_finditer(text: str) -> None:
    index = StartIndex(text, _START)
    for r in RULES:
        expected = [(m.span(), m.groupdict()) for m in r.pattern.finditer(text)]
        found = [(m.span(), m.groupdict()) for m in scan(r.pattern, r.first, text, index)]
        assert found == expected, r.name


# patterns unlike the grammar's: letter runs left open, whitespace and punctuation first
OTHER_PATTERNS = [
    r"(?:\d+|da|wee)",
    r"(?:the\s+)?(?:[a-c]\w*|'\d0s)",
    r"\s+(?:and|or)\b",
    r"(?:twenty|thirty)(?:-(?:one|two))?(?![\w%])",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pattern", OTHER_PATTERNS)
def test_other_patterns_match_as_finditer(pattern: str, text: str) -> None:
    compiled = re.compile(_START.pattern + pattern, re.I)
    index = StartIndex(text, _START)
    found = [m.span() for m in scan(compiled, starts(compiled), text, index)]
    assert found == [m.span() for m in compiled.finditer(text)]


def test_first_chars() -> None:
    assert first_chars(re.compile(r"(?<!\w)(?:Mon|tue)s?day", re.I)) == frozenset("mt")
    assert first_chars(re.compile(r"(?:the\s+)?(?:\d+|one) days?")) == frozenset("t0123456789o")
    # cannot be bounded: a word class, a negated class, a pattern that may match nothing
    assert first_chars(re.compile(r"\w+ times")) is None
    assert first_chars(re.compile(r"[^a]bc")) is None
    assert first_chars(re.compile(r"(?:ab)?")) is None


def test_starts_are_whole_words_where_the_pattern_spells_them() -> None:
    pattern = re.compile(r"(?<!\w)(?:(?:last|this)\s+)?(?:week|month)s?(?![\w%])", re.I)
    assert starts(pattern) == Starts(
        words=frozenset({"last", "this", "week", "weeks", "month", "months"}), chars=frozenset()
    )
    # digits and other non-letters are first characters; a run of letters the pattern leaves
    # open ("day" may go on: nothing bounds it) is known by its first letter only
    assert starts(re.compile(r"(?:the\s+)?(?:\d+|one\s|day)", re.I)) == Starts(
        words=frozenset({"the", "one"}), chars=frozenset("0123456789d")
    )
    # letters repeated without a bound cannot be listed
    assert starts(re.compile(r"[a-z]+\s+ago")) is None


@pytest.mark.parametrize(
    ("pattern", "text", "spans"),
    [
        # the Kelvin sign matches "k" case-insensitively, first in a word or inside one
        (r"(?<![\w$£€])kelvin", "\u212aelvin and kelvin", [(0, 6), (11, 17)]),
        (
            r"(?<![\w$£€])(?:two\s+)?weeks?(?![\w%])",
            "two wee\u212a, wee\u212as",
            [(0, 8), (10, 15)],
        ),
    ],
)
def test_case_folded_letters_are_found(
    pattern: str, text: str, spans: list[tuple[int, int]]
) -> None:
    compiled = re.compile(pattern, re.I)
    index = StartIndex(text, _START)
    found = [m.span() for m in scan(compiled, starts(compiled), text, index)]
    assert found == [m.span() for m in compiled.finditer(text)] == spans
