"""regex_scan finds exactly what `finditer` finds, trying patterns only where they can start."""

from __future__ import annotations

import re

import pytest

from app.extract.regex_scan import StartIndex, first_chars, scan
from app.extract.timex_rules import _START, RULES

TEXTS = [
    "The talks ended on Monday, 3 March 2021, after three days; a year ago they had failed.",
    "LONDON (Reuters) - Profits rose 5 pct in the fourth quarter of 1996 from a year earlier.",
    "He said “next week” or maybe mid-2010s — the ’90s were over by 10.30 am, every Friday.",
    # non-ASCII letters that case-fold onto ASCII ones: the Kelvin sign and the long s
    "\u212a 5 DAYS \u017feptember İstanbul 12 \u017ftunden, Sept. 4 and 2 weeks later",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_rule_matches_as_finditer(text: str) -> None:
    index = StartIndex(text, _START)
    for r in RULES:
        expected = [(m.span(), m.groupdict()) for m in r.pattern.finditer(text)]
        found = [(m.span(), m.groupdict()) for m in scan(r.pattern, r.first, text, index)]
        assert found == expected, r.name


def test_first_chars() -> None:
    assert first_chars(re.compile(r"(?<!\w)(?:Mon|tue)s?day", re.I)) == frozenset("mt")
    assert first_chars(re.compile(r"(?:the\s+)?(?:\d+|one) days?")) == frozenset("t0123456789o")
    # cannot be bounded: a word class, a negated class, a pattern that may match nothing
    assert first_chars(re.compile(r"\w+ times")) is None
    assert first_chars(re.compile(r"[^a]bc")) is None
    assert first_chars(re.compile(r"(?:ab)?")) is None


def test_case_folded_letters_are_found() -> None:
    pattern = re.compile(r"(?<![\w$£€])kelvin", re.I)
    text = "\u212aelvin and kelvin"  # the Kelvin sign matches "k" case-insensitively
    index = StartIndex(text, _START)
    found = [m.span() for m in scan(pattern, first_chars(pattern), text, index)]
    assert found == [m.span() for m in pattern.finditer(text)] == [(0, 6), (11, 17)]
