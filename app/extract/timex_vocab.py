"""Word lists and regex fragments the time-expression grammar is built from.

Kept apart from the rules so that the grammar in `timex_rules/` reads as rules, and so that a
vocabulary gap is fixed by adding a word here, not by adding a rule.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

# Parts of the day, as TIMEX3 writes them after a date ("1998-08-07TMO").
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip

# unit word -> (TIMEX3 duration designator, whether it is a time-of-day unit needing "PT")
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
    "millennium": ("ML", False),
}  # fmt: skip
UNIT_PLURALS = {"centuries": "century", "millennia": "millennium"}

CARDINALS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
    "dozen": 12, "a dozen": 12, "half a": 0, "a half": 0,
}  # fmt: skip
# Vague quantities: TIMEX3 writes an unknown count as "X" ("PXY" for "several years").
VAGUE_COUNTS = ("several", "a few", "few", "some", "many", "a couple of", "couple of",
                "a number of", "numerous", "dozens of", "hundreds of", "thousands of",
                "countless", "recent", "the past few", "the last few", "coming")  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11,
    "twelfth": 12, "12th": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21, "21st": 21, "20th": 20, "19th": 19, "18th": 18,
    "17th": 17, "16th": 16, "15th": 15,
}  # fmt: skip
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip

# Well-known named periods -> (first year, last year). World knowledge, not article knowledge:
# any article naming one of these gets a dated period. Keys are lower-case regex fragments.
NAMED_PERIODS: dict[str, tuple[int, int]] = {
    r"(?:the\s+)?first\s+world\s+war|world\s+war\s+(?:i|one|1)\b|the\s+great\s+war": (1914, 1918),
    r"(?:the\s+)?second\s+world\s+war|world\s+war\s+(?:ii|two|2)\b": (1939, 1945),
    r"(?:the\s+)?cold\s+war(?:\s+era|\s+years|\s+period)?": (1947, 1991),
    r"(?:the\s+)?great\s+depression": (1929, 1939),
    r"(?:the\s+)?korean\s+war": (1950, 1953),
    r"(?:the\s+)?vietnam\s+war(?:\s+era)?": (1955, 1975),
    r"(?:the\s+)?(?:first\s+)?gulf\s+war": (1990, 1991),
    r"(?:the\s+)?great\s+recession": (2007, 2009),
    r"(?:the\s+)?interwar\s+(?:period|years)": (1918, 1939),
    r"(?:the\s+)?(?:covid(?:-19)?|coronavirus)\s+pandemic": (2020, 2023),
    r"(?:the\s+)?post-war\s+(?:era|period|years)": (1945, 1960),
}

# Words that make a weekday the name of one day ("Super Tuesday", "Black Monday"), whose date
# the weekday alone does not give.
NAMED_DAY_WORDS = {"super", "black", "bloody", "cyber", "ash", "good", "palm", "maundy", "holy",
                   "shrove", "fat", "blue", "giving", "mad", "easter"}  # fmt: skip

MODIFIERS: dict[str, str] = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "the dawn of": "START", "mid": "MID", "the middle of": "MID", "the mid": "MID",
    "late": "END", "later": "END", "the end of": "END", "the close of": "END",
    "the turn of": "START",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "EQUAL_OR_LESS", "almost": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "well over": "MORE_THAN",
}  # fmt: skip


def alternation(words: object, *, sort: bool = True) -> str:
    """A regex alternation of literal words, longest first so the longest one wins."""
    items = sorted(words, key=len, reverse=True) if sort else list(words)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_MONTH_FULL = alternation([m for m in MONTHS if len(m) > 3 or m == "may"])
_MONTH_ABBR = alternation([m for m in MONTHS if len(m) <= 4 and m != "may"])
# Capitalised months only: "may" and "march" are also an auxiliary and a verb.
MONTH = rf"(?-i:(?:{_MONTH_FULL.title()}|{_MONTH_FULL.upper()})|(?:{_MONTH_ABBR.title()})\.?)"
_WEEKDAY_FULL = alternation([w for w in WEEKDAYS if len(w) > 4])
_WEEKDAY_ABBR = alternation([w for w in WEEKDAYS if len(w) <= 4]).title()
# Abbreviations only capitalised and with a full stop: "sat", "wed" and "sun" are words.
WEEKDAY = rf"(?:{_WEEKDAY_FULL}|(?-i:(?:{_WEEKDAY_ABBR})\.))"
SEASON = alternation(SEASONS)
DAY_PART = alternation(DAY_PARTS)
_UNIT_WORDS = list(UNITS) + list(UNIT_PLURALS)
UNIT = rf"(?:{alternation(_UNIT_WORDS)})(?:s|es)?"
_SMALL = alternation([w for w in CARDINALS if " " not in w and w not in ("a", "an", "zero")])
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER = (
    rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|(?:{_TENS})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    rf"|(?:{_SMALL})(?:\s+and\s+a\s+half)?|a\s+dozen|half\s+an?|an?(?:\s+and\s+a\s+half)?"
    rf"|{alternation(VAGUE_COUNTS)})"
)
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
# A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "nineteen
# oh five"; "two thousand (and) one" only where a year is announced ("the
# year two thousand", "January two thousand"), since alone it is usually an amount.
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
SPELLED_CENTURY_YEAR = (
    rf"(?:eighteen|nineteen)[-\s]+(?:(?:{_TENS})(?:[-\s]+(?:{_ONES}))?|(?:{_TEENS})"
    rf"|oh[-\s]+(?:{_ONES}))(?![-\w])"
)
SPELLED_MILLENNIUM_YEAR = rf"two\s+thousand(?:\s+(?:and\s+)?(?:{_ONES}|{_TEENS}))?(?![-\w])"


def spelled_year_value(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001, "nineteen oh five" -> 1905"""
    words = [w for w in text.lower().replace("-", " ").split() if w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        return 2000 + (CARDINALS[rest[0]] if rest and rest[0] in CARDINALS else 0)
    if not words or words[0] not in ("eighteen", "nineteen"):
        return None
    century = CARDINALS[words[0]] * 100
    rest = words[1:]
    if rest and rest[0] == "oh":
        rest = rest[1:]
    if not rest or any(w not in CARDINALS for w in rest):
        return None
    return century + sum(CARDINALS[w] for w in rest)


ORDINAL = alternation(ORDINALS)


def number_value(text: str) -> int | float | None:
    """The number a count phrase stands for: "twenty four" -> 24, "a" -> 1, "several" -> None."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t.startswith(("a couple of", "couple of")):
        return 2  # TimeML reads "a couple of years" as two (P2Y)
    if t.startswith(tuple(VAGUE_COUNTS)):
        return None
    if t.startswith("half a") or t == "half an":
        return 0.5
    half = 0.5 if t.endswith("and a half") or t.endswith("1/2") else 0.0
    t = t.replace("and a half", "").replace("1/2", "").strip()
    try:
        return float(t.replace(",", "")) + half if "." in t else int(t.replace(",", "")) + half
    except ValueError:
        pass
    total = 0
    for word in t.split():
        if word not in CARDINALS:
            return None
        total += CARDINALS[word]
    return total + half
