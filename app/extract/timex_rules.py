"""TimeML normalization rules: a regex grammar of English time expressions and their TIMEX3 values.

Each `Rule` pairs one compiled pattern with one function that turns its match into a `Norm`
(TIMEX3 type, value, mod). Relative expressions are resolved against a reference date (the
publication date) and a tense direction (-1 past, 0 present, +1 future) taken from the clause;
without a reference they keep an underspecified value ("XXXX-WXX") and say so (`relative`).
Rules never look at article-specific words: vocabulary lives in `timex_vocab.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from app.extract.model import TimexType
from app.extract.regex_scan import StartIndex, Starts, scan, starts
from app.extract.timex_vocab import (
    DAY_PART,
    DAY_PARTS,
    DECADE_WORDS,
    MODIFIERS,
    MONTH,
    MONTHS,
    NAMED_PERIODS,
    NUMBER,
    ORDINAL,
    ORDINALS,
    SEASON,
    SEASONS,
    SPELLED_CENTURY_YEAR,
    SPELLED_MILLENNIUM_YEAR,
    UNIT,
    UNIT_PLURALS,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    alternation,
    number_value,
    spelled_year_value,
)

FLAGS = re.I


@dataclass(frozen=True, slots=True)
class Norm:
    """A normalized TIMEX3: what a rule says one stretch of text means."""

    type: TimexType
    value: str
    mod: str | None = None
    relative: bool = False  # resolved against the reference date (or would be, given one)


@dataclass(slots=True)
class Context:
    """What a rule may look at besides its own match."""

    text: str
    ref: date | None
    # Tense direction of the clause around a span: -1 past, 0 present/unknown, +1 future.
    direction: Callable[[int, int], int] = lambda start, end: 0

    # Whether the word before a position makes "a week" a rate ("four flights a week").
    rate_before: Callable[[int], bool] = lambda start: False
    # Penn tag of the token at a character position ("JJ" for "quarterly" in "quarterly profit").
    tag_at: Callable[[int], str] = lambda start: ""

    def word_before(self, start: int) -> str:
        m = _LAST_WORD.search(self.text, 0, start)
        return m.group(1).lower() if m else ""

    def word_after(self, end: int) -> str:
        m = _FIRST_WORD.match(self.text, end)
        return m.group(1).lower() if m else ""


_LAST_WORD = re.compile(r"([\w'-]+)[\s,]*\Z")
_FIRST_WORD = re.compile(r"[\s,]*([\w'%$-]+)")


# ---------------------------------------------------------------------------------------------
# calendar arithmetic and TIMEX3 value formatting, per granularity
# ---------------------------------------------------------------------------------------------


def unit_of(word: str) -> str:
    """Granularity code of a unit word: "weeks" -> "W", "centuries" -> "CE"."""
    w = word.lower()
    w = UNIT_PLURALS.get(w, w)
    if w not in UNITS:
        w = w[:-2] if w.endswith("es") and w[:-2] in UNITS else w.rstrip("s")
    return (
        UNITS[w][0]
        if w not in ("minute", "second", "hour")
        else {"minute": "MIN", "second": "SEC", "hour": "H"}[w]
    )


def shift(ref: date, unit: str, n: int) -> date:
    """`ref` moved by n units (negative = back in time)."""
    steps: dict[str, relativedelta | timedelta] = {
        "D": timedelta(days=1), "W": timedelta(weeks=1), "WE": timedelta(weeks=1),
        "M": relativedelta(months=1), "Q": relativedelta(months=3), "Y": relativedelta(years=1),
        "DE": relativedelta(years=10), "CE": relativedelta(years=100),
        "H": timedelta(0), "MIN": timedelta(0), "SEC": timedelta(0),
    }  # fmt: skip
    step = steps[unit]
    if isinstance(step, timedelta):
        return ref + step * n
    moved: date = ref + relativedelta(years=step.years * n, months=step.months * n)  # untyped lib
    return moved


def fmt(d: date, unit: str) -> str:
    """TIMEX3 value of the period of granularity `unit` that contains `d`."""
    if unit == "D" or unit in ("H", "MIN", "SEC"):
        return d.isoformat()
    if unit in ("W", "WE"):
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "H1":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "DE":
        return f"{d.year // 10:03d}X"
    if unit == "CE":
        return f"{d.year // 100:02d}XX"
    return f"{d.year:04d}"


UNKNOWN = {
    "D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
    "Y": "XXXX", "DE": "XXXX", "CE": "XXXX", "H": "XXXX-XX-XX", "MIN": "XXXX-XX-XX",
    "SEC": "XXXX-XX-XX",
}  # fmt: skip


def relative_date(ctx: Context, unit: str, n: int) -> Norm:
    """The period n units from the reference date, at the unit's granularity."""
    if ctx.ref is None:
        return Norm("DATE", UNKNOWN[unit], relative=True)
    return Norm("DATE", fmt(shift(ctx.ref, unit, n), unit), relative=True)


def duration(n: float | None, unit: str) -> str:
    """ISO 8601 duration: (3, "Y") -> "P3Y", (2, "H") -> "PT2H", (None, "W") -> "PXW"."""
    time_unit = unit in ("H", "MIN", "SEC")
    code = {"MIN": "M", "SEC": "S", "DE": "DE", "CE": "CE", "WE": "WE"}.get(unit, unit)
    if n is None:
        return f"PTX{code}" if time_unit else f"PX{code}"
    if unit == "DE":
        n, code = n * 10, "Y"
    elif unit == "CE":
        n, code = n * 100, "Y"
    if n != int(n):  # "half an hour", "a year and a half": one unit down
        smaller = {"Y": (12, "M", False), "M": (30, "D", False), "D": (24, "H", True),
                   "H": (60, "M", True), "W": (7, "D", False), "MIN": (60, "S", True)}  # fmt: skip
        if unit in smaller:
            factor, code, time_unit = smaller[unit]
            n = n * factor
    count = int(n) if n == int(n) else n
    return f"PT{count}{code}" if time_unit else f"P{count}{code}"


def year_near(ctx: Context, month: int, day: int | None, start: int, end: int) -> int | None:
    """Year of a month (and day) given without one: the nearest, unless the clause's tense
    points clearly the other way (a past clause about a date months ahead means last year)."""
    if ctx.ref is None:
        return None
    ref, direction = ctx.ref, ctx.direction(start, end)
    here = date(ref.year, month, min(day or 15, 28))
    days = (here - ref).days
    if direction < 0:
        return ref.year - 1 if days > 120 else ref.year
    if direction > 0:
        return ref.year + 1 if days < -120 else ref.year
    if days > 183:
        return ref.year - 1
    if days < -183:
        return ref.year + 1
    return ref.year


_DEADLINE_BEFORE = re.compile(
    r"\b(?:until|till|as\s+(?:soon|early)\s+as)\s+(?:\S+\s+){0,3}\Z", FLAGS
)


def weekday_date(ctx: Context, weekday: int, qualifier: str, start: int, end: int) -> date | None:
    """Date of a weekday name: past one in a past clause, coming one in a future clause."""
    if ctx.ref is None:
        return None
    ref = ctx.ref
    diff = weekday - ref.isoweekday()
    if qualifier == "next":
        return ref + timedelta(days=diff + 7 if diff <= 0 else diff)
    if qualifier == "last":
        return ref + timedelta(days=diff - 7 if diff >= 0 else diff)
    if qualifier == "this":
        return ref + timedelta(days=diff)
    direction = ctx.direction(start, end)
    if ctx.text.startswith("'s", end):
        direction = 0  # "Wednesday's ruling": a possessive weekday names something that happened
    elif _DEADLINE_BEFORE.search(ctx.text, max(0, start - 20), start):
        direction = 1  # "until Tuesday", "as soon as Tuesday": deadlines in news lie ahead
    if qualifier == "coming" or direction > 0:
        return ref + timedelta(days=diff if diff >= 0 else diff + 7)
    return ref + timedelta(days=diff if diff <= 0 else diff - 7)


# ---------------------------------------------------------------------------------------------
# the rules
# ---------------------------------------------------------------------------------------------

Handler = Callable[[re.Match[str], Context], Norm | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalize: Handler
    first: Starts | None  # regex_scan.starts(pattern)


RULES: list[Rule] = []
# Every rule's match starts where a word, a number or an amount does.
_STARTS = r"(?<![\w$£€])"
_START = re.compile(_STARTS)


def rule(name: str, pattern: str, flags: int = FLAGS) -> Callable[[Handler], Handler]:
    """Register a normalization function for every match of `pattern`."""

    def register(fn: Handler) -> Handler:
        compiled = re.compile(rf"{_STARTS}(?:{pattern})(?![\w%])", flags)
        RULES.append(Rule(name, compiled, fn, starts(compiled)))
        return fn

    return register


def _g(m: re.Match[str], name: str) -> str:
    return (m.groupdict().get(name) or "").lower()


REL = r"(?P<rel>last|this|next|past|previous|preceding|coming|current|following|upcoming|same|that)"
EDGE = r"(?:(?P<edge>early|mid|late)[-\s]+)"
EDGE_MOD = {"early": "START", "mid": "MID", "late": "END"}


@rule("named_period", "|".join(f"(?:{k})" for k in NAMED_PERIODS))
def named_period(m: re.Match[str], ctx: Context) -> Norm:
    text = m.group(0).lower()
    for key, (first, last) in NAMED_PERIODS.items():
        if re.fullmatch(key, text, FLAGS):
            return Norm("DATE", f"{first}/{last}")
    return Norm("DATE", "XXXX")


@rule("iso_date", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T\s](?P<h>\d\d):(?P<mi>\d\d))?")
def iso_date(m: re.Match[str], ctx: Context) -> Norm | None:
    try:
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["h"]:
        return Norm("TIME", f"{d.isoformat()}T{m['h']}:{m['mi']}")
    return Norm("DATE", d.isoformat())


@rule("slash_date", r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d\d)")
def slash_date(m: re.Match[str], ctx: Context) -> Norm | None:
    year = int(m["y"]) + (1900 if len(m["y"]) == 2 and int(m["y"]) > 30 else 0)
    year += 2000 if len(m["y"]) == 2 and year < 100 else 0
    try:
        return Norm("DATE", date(year, int(m["m"]), int(m["d"])).isoformat())
    except ValueError:
        return None


def _month_day(m: re.Match[str], ctx: Context) -> Norm | None:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    year = int(m["y"]) if m["y"] else year_near(ctx, month, day, m.start(), m.end())
    drel = _g(m, "drel")
    if not m["y"] and ctx.ref is not None and drel.startswith(("last", "this past")):
        year = ctx.ref.year - (1 if (month, day) >= (ctx.ref.month, ctx.ref.day) else 0)
    elif not m["y"] and ctx.ref is not None and drel.startswith(("next", "this coming")):
        year = ctx.ref.year + (1 if (month, day) <= (ctx.ref.month, ctx.ref.day) else 0)
    if year is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}", relative=True)
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return None
    part = DAY_PARTS.get(_g(m, "part"))
    return Norm(
        "TIME" if part else "DATE", value + (f"T{part}" if part else ""), relative=not m["y"]
    )


_DAYNUM = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_OPT_YEAR = rf"(?:,?\s+(?P<y>{YEAR}))?"
_OPT_PART = rf"(?:\s+(?P<part>{DAY_PART}))?"
rule(
    "month_day",
    rf"(?:{WEEKDAY},?\s+|(?P<drel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<mon>{MONTH})\s+{_DAYNUM}(?!\s*(?:,\s*\d{{1,3}}(?!\d)|\d))"
    rf"{_OPT_YEAR}{_OPT_PART}",
)(_month_day)
rule(
    "day_month", rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?(?P<mon>{MONTH}){_OPT_YEAR}"
)(_month_day)


@rule("month_year", rf"{EDGE}?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})")
def month_year(m: re.Match[str], ctx: Context) -> Norm:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    return Norm("DATE", f"{m['y']}-{month:02d}", EDGE_MOD.get(_g(m, "edge")))


@rule(
    "spelled_year",
    rf"(?:{EDGE}?(?P<mon>{MONTH})\s+(?:of\s+)?|(?:the\s+)?(?P<season>{SEASON})\s+of\s+"
    rf"|(?P<year_word>the\s+year)\s+)?"
    rf"(?P<sy>{SPELLED_CENTURY_YEAR}|{SPELLED_MILLENNIUM_YEAR})",
)
def spelled_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "nineteen ninety-six", "January nineteen ninety-seven", "the winter of nineteen
    ninety-four", "the year two thousand": a year in words, as TimeML writes it in digits."""
    year_value = spelled_year_value(m["sy"])
    if year_value is None:
        return None
    said_as_year = m["mon"] or m["season"] or m["year_word"]
    if not said_as_year and m["sy"].lower().startswith("two"):
        return None  # "two thousand" alone is an amount
    nxt = _FIRST_WORD.match(ctx.text, m.end())
    if not said_as_year and nxt and ctx.tag_at(nxt.start(1)) == "NNS":
        return None  # a count: "nineteen twenty soldiers"
    if m["mon"]:
        month = MONTHS[m["mon"].lower().rstrip(".")]
        return Norm("DATE", f"{year_value:04d}-{month:02d}", EDGE_MOD.get(_g(m, "edge")))
    if m["season"]:
        return Norm("DATE", f"{year_value:04d}-{SEASONS[m['season'].lower()]}")
    return Norm("DATE", f"{year_value:04d}")


@rule(
    "month_rel_year",
    rf"{EDGE}?(?P<mon>{MONTH})(?:\s+{_DAYNUM})?,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year",
)
def month_rel_year(m: re.Match[str], ctx: Context) -> Norm:
    """ "June last year", "March 3 this year", "in May of next year"."""
    month = MONTHS[m["mon"].lower().rstrip(".")]
    mod = EDGE_MOD.get(_g(m, "edge"))
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{month:02d}", mod, relative=True)
    year_value = ctx.ref.year + {"last": -1, "next": 1}.get(_g(m, "yrel"), 0)
    if m["d"]:
        try:
            return Norm("DATE", date(year_value, month, int(m["d"])).isoformat(), relative=True)
        except ValueError:
            pass
    return Norm("DATE", f"{year_value:04d}-{month:02d}", mod, relative=True)


_MONTH_PREPS = {
    "in",
    "of",
    "since",
    "until",
    "by",
    "from",
    "through",
    "to",
    "during",
    "before",
    "after",
    "last",
    "next",
    "this",
    "early",
    "late",
    "mid",
    "and",
    "or",
    "between",
}


@rule("month", rf"(?:{REL}\s+|{EDGE})?(?P<mon>{MONTH})")
def month_alone(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m["mon"].lower().rstrip(".")
    month = MONTHS[word]
    rel = _g(m, "rel")
    # "May" is also a modal verb: trust it as a month only after a word that takes a date.
    if (
        word == "may"
        and not rel
        and not m["edge"]
        and ctx.word_before(m.start()) not in _MONTH_PREPS
    ):
        return None
    mod = EDGE_MOD.get(_g(m, "edge"))
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{month:02d}", mod, relative=True)
    if rel in ("last", "past", "previous"):
        year = ctx.ref.year if month < ctx.ref.month else ctx.ref.year - 1
    elif rel in ("next", "coming", "upcoming"):
        year = ctx.ref.year if month > ctx.ref.month else ctx.ref.year + 1
    elif rel == "this":
        year = ctx.ref.year
    else:
        year = year_near(ctx, month, None, m.start(), m.end()) or ctx.ref.year
    return Norm("DATE", f"{year:04d}-{month:02d}", mod, relative=True)


_YEAR_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "that", "this", "whose"}


@rule(
    "year",
    rf"(?:{EDGE}|(?P<fiscal>fiscal|calendar|FY)\s*(?:year\s+)?)?(?P<y>{YEAR})(?:\s*[-–/]\s*(?P<y2>\d\d|{YEAR}))?",
)
def year(m: re.Match[str], ctx: Context) -> Norm | None:
    after = ctx.text[m.end() : m.end() + 2]
    if re.match(r"[.,]\d|\s*%", after):  # a number, not a year: "1,500", "2012.5", "1999%"
        return None
    nxt = _FIRST_WORD.match(ctx.text, m.end())
    if (
        nxt
        and nxt.start(1) == m.end() + 1
        and nxt.group(1)[0].isalpha()
        and ctx.tag_at(nxt.start(1)) in ("NNS", "NN")
        and not m["fiscal"]
        # after a determiner or possessive a year is a modifier: "the 1995 shooting",
        # "its 1990 invasion", "the company's 1989 results"; a count reads "2000 tickets"
        and ctx.word_before(m.start()) not in _YEAR_DETERMINERS
        and not ctx.word_before(m.start()).endswith("'s")
    ):
        return None  # "2000 tickets": a count of things
    before = ctx.text[max(0, m.start() - 2) : m.start()]
    if re.search(r"[\d,.:#/]\s?$", before):
        return None
    if m["y2"]:
        # "1998-99": a span of years, TIMEX3 keeps the first with the period as a duration
        return Norm("DATE", m["y"], EDGE_MOD.get(_g(m, "edge")))
    return Norm("DATE", m["y"], EDGE_MOD.get(_g(m, "edge")))


_DECADE_WORD = alternation(DECADE_WORDS)


@rule(
    "decade",
    rf"(?:the\s+)?{EDGE}?(?:(?P<dec>\d{{3}})0'?s|'(?P<short>\d)0s|(?P<word>{_DECADE_WORD}))",
)
def decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["word"] and not m.group(0).lower().startswith("the"):
        return None  # "in his sixties" is an age
    if m["dec"]:
        prefix = m["dec"]
    else:
        digit = m["short"] or str(DECADE_WORDS[m["word"].lower()])
        century = (
            "19"
            if ctx.ref is None or int(digit) > ctx.ref.year % 100 // 10
            else str(ctx.ref.year // 100)
        )
        prefix = century + digit
    return Norm("DATE", f"{prefix}X", EDGE_MOD.get(_g(m, "edge")))


@rule("century", rf"(?:the\s+)?{EDGE}?(?P<n>{ORDINAL})[-\s]+century")
def century(m: re.Match[str], ctx: Context) -> Norm:
    n = ORDINALS[" ".join(m["n"].lower().split())]
    return Norm("DATE", f"{n - 1:02d}XX", EDGE_MOD.get(_g(m, "edge")))


_QUARTER_YEAR = (
    rf"(?:\s+of\s+(?:(?:the\s+)?fiscal\s+(?:year\s+)?)?"
    rf"(?P<qy>{YEAR}|this\s+year|last\s+year|next\s+year))?"
)


@rule(
    "quarter",
    rf"(?:the\s+)?(?:(?P<qy0>{YEAR})\s+|(?P<poss>this|last|next)\s+year's\s+|(?P<back>year-earlier|year-ago|comparable\s+year-ago|comparable\s+year-earlier)\s+(?=first|second|third|fourth|1st|2nd|3rd|4th|final))?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)|(?P<qrel>latest|last|current|past|previous|most\s+recent|year-earlier|year-ago|same|this|next))"
    rf"[-\s]+(?:fiscal[-\s]+|calendar[-\s]+)?(?P<unit>quarter|half|(?<=latest\s)period|(?<=year-earlier\s)period|(?<=year-ago\s)period)(?:[-\s]+of)?(?:\s+(?P<qy2>{YEAR}))?{_QUARTER_YEAR}",
)
def quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = "H" if m["unit"].lower() == "half" else "Q"
    given = m["qy"] or m["qy2"] or m["qy0"]
    ordinal = ORDINALS.get(_g(m, "ord"), 4 if _g(m, "ord") == "final" else 0)
    if unit == "H" and ordinal > 2:
        return None
    year_text = (given or _g(m, "poss") + (" year" if m["poss"] else "")).lower()
    if year_text and year_text[0].isdigit():
        year_value: int | None = int(year_text)
    elif ctx.ref is not None:
        year_value = ctx.ref.year + {"last year": -1, "next year": 1}.get(
            " ".join(year_text.split()), 0
        )
    else:
        year_value = None
    relative = not (year_text and year_text[0].isdigit())
    if ordinal:
        if year_value is None:
            return Norm("DATE", f"XXXX-{unit}{ordinal}", relative=True)
        if (
            not year_text
            and ctx.ref is not None
            and ctx.direction(m.start(), m.end()) < 0
            and ordinal > (ctx.ref.month - 1) // (3 if unit == "Q" else 6) + 1
        ):
            year_value -= 1  # "the fourth quarter" in a past clause read in March: last year's
        if m["back"]:
            year_value -= 1  # "the year-earlier third quarter"
        return Norm("DATE", f"{year_value:04d}-{unit}{ordinal}", relative=relative)
    qrel = " ".join(_g(m, "qrel").split())
    if unit == "H" and qrel == "last" and given and year_value is not None:
        # "the last half of 1989": with its year named, the last half is the second (TimeML H2)
        return Norm("DATE", f"{year_value:04d}-H2", relative=relative)
    # "the latest quarter", "the year-earlier quarter": counted from the reference date
    if ctx.ref is None or unit == "H":
        return Norm("DATE", f"XXXX-{unit}X", relative=True)
    steps = {"current": 0, "this": 0, "same": 0, "next": 1}.get(qrel, -1)
    d = shift(ctx.ref, "Q", steps)
    if qrel in ("year-earlier", "year-ago"):
        d = shift(d, "Y", -1)
    return Norm("DATE", fmt(d, "Q"), relative=True)


@rule(
    "year_period",
    rf"(?:the\s+)?(?:(?P<y>{YEAR})|(?P<poss>this|last|next)\s+year's)\s+(?:fiscal\s+)?(?P<unit>period|quarter)",
)
def year_period(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the 1988 period", "last year's quarter": the reporting period in that year. Left as the
    year here; `follow_reference_quarter` makes it the quarter the article reports on."""
    if m["y"]:
        return Norm("DATE", m["y"])
    if ctx.ref is None:
        return Norm("DATE", "XXXX", relative=True)
    year_value = ctx.ref.year + {"last": -1, "next": 1}.get(_g(m, "poss"), 0)
    return Norm("DATE", f"{year_value:04d}", relative=True)


@rule(
    "season",
    rf"(?:(?:this\s+)?{REL}\s+|{EDGE})?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
)
def season(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = _g(m, "rel")
    code = SEASONS[m["season"].lower()]
    # a bare season word is also a noun or a verb ("the fall of"): trust it after a preposition
    if not (rel or m["edge"] or m["y"]) and (
        ctx.word_before(m.start())
        not in {"in", "this", "during", "by", "until", "since", "the", "next", "last"}
        or ctx.word_after(m.end()) == "of"
    ):
        return None
    mod = EDGE_MOD.get(_g(m, "edge"))
    if m["y"]:
        return Norm("DATE", f"{m['y']}-{code}", mod)
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{code}", mod, relative=True)
    year_value = ctx.ref.year + {
        "last": -1,
        "past": -1,
        "previous": -1,
        "next": 1,
        "coming": 1,
    }.get(rel, 0)
    if not rel:
        year_value += max(0, ctx.direction(m.start(), m.end()))
    return Norm("DATE", f"{year_value:04d}-{code}", mod, relative=True)


_REL_UNIT = r"(?P<unit>day|week|weekend|month|year|decade|century|quarter|hour|minute)"


@rule(
    "relative_unit", rf"(?:(?P<ordir>earlier|later)\s+)?{EDGE}?(?P<the>the\s+)?{REL}\s+{_REL_UNIT}"
)
def relative_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    rel, unit = _g(m, "rel"), unit_of(m["unit"])
    mod = EDGE_MOD.get(_g(m, "edge"))
    if unit in ("H", "MIN"):
        if rel in ("past", "last", "next", "coming"):
            return Norm("DURATION", duration(1, unit), mod, relative=True)
        return None
    if m["the"] and rel == "next" and unit == "D":
        return relative_date(ctx, unit, 1)  # "the next day": a date, anchored in `resolve_anaphora`
    if m["the"] and rel in ("past", "last", "next", "coming"):
        # "the past year", "the last decade": a stretch of time ending (or starting) now
        return Norm("DURATION", duration(1, unit), mod, relative=True)
    steps = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "next": 1, "coming": 1,
             "following": 1, "upcoming": 1}.get(rel, 0)  # fmt: skip
    if rel in ("same", "that"):
        if unit == "D" and not (m["ordir"] or rel == "same"):
            return None  # a bare "that day" is mostly a noun phrase ("trades made that day")
        return Norm("DATE", UNKNOWN[unit], relative=True)  # anchored in `resolve_anaphora`
    return replace(relative_date(ctx, unit, steps), mod=mod)


@rule(
    "n_units_relative",
    rf"(?:the\s+)?(?P<rel>past|last|next|previous|coming|first|final|following|preceding|recent|latest|initial)\s+(?P<n>{NUMBER})\s+(?P<unit>{UNIT})",
)
def n_units_relative(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number_value(m["n"])
    return Norm(
        "DURATION",
        duration(n, unit_of(m["unit"])),
        relative=_g(m, "rel") not in ("first", "final", "initial"),
    )


_MOD = alternation(MODIFIERS)


@rule(
    "ago",
    rf"(?:(?P<mod>{_MOD})\s+)?(?P<n>{NUMBER})\s+(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|later|from\s+now|hence)(?!\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|i)\b)",
)
def ago(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number_value(m["n"])
    unit = unit_of(m["unit"])
    sign = -1 if _g(m, "dir") in ("ago", "earlier", "before") else 1
    mod = MODIFIERS.get(" ".join(_g(m, "mod").split()))
    if n is None or n != int(n):
        if ctx.ref is None:
            return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, relative=True)
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, relative=True)
    gran = "D" if unit in ("H", "MIN", "SEC") else unit
    return replace(relative_date(ctx, gran, sign * int(n)), mod=mod)


@rule(
    "duration",
    rf"(?:(?P<mod>{_MOD})\s+)?(?P<the>the\s+)?(?P<n>{NUMBER})(?:[-\s]+more)?[-\s]+(?P<unit>{UNIT})(?:[-\s]+(?:long|old))?",
)
def duration_rule(m: re.Match[str], ctx: Context) -> Norm | None:
    if re.search(r"-?\s*old$", m.group(0), FLAGS):
        return None  # ages ("a 52-year-old doctor") are not time expressions in TimeML
    if m["n"].lower() in ("some", "recent") and not m["mod"]:
        return None  # "some days" is rarely annotated; "recent days" is caught by `vague_units`
    n = number_value(m["n"])
    unit = unit_of(m["unit"])
    if unit == "Q" and ctx.word_after(m.end()) == "of" and "-" in m.group(0):
        return None  # "three-quarters of the vote" is a fraction
    if unit == "WE" and n == 1:
        return None  # "a weekend" is a date, left to other rules
    if m["n"].lower() in ("a", "an", "one") and not m["mod"] and ctx.rate_before(m.start()):
        return Norm("SET", duration(1, unit))  # "four flights a week", "$5 an hour": a rate
    if unit == "W" and m["unit"].lower().startswith("fortnight") and n is not None:
        n *= 2
    return Norm("DURATION", duration(n, unit), MODIFIERS.get(" ".join(_g(m, "mod").split())))


_VAGUE_PREV = {
    "for",
    "in",
    "over",
    "within",
    "recent",
    "past",
    "coming",
    "next",
    "few",
    "the",
    "several",
    "many",
    "after",
    "took",
    "take",
    "lasted",
    "last",
}


@rule(
    "vague_units",
    r"(?:(?P<pre>recent|coming|the\s+coming|the\s+past|past)\s+)?(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries|quarters)(?:\s+(?:and|or)\s+(?:years|months|weeks|days|decades))?",
)
def vague_units(m: re.Match[str], ctx: Context) -> Norm | None:
    if not m["pre"] and ctx.word_before(m.start()) not in _VAGUE_PREV:
        return None
    # "in recent years", "in the coming weeks": TimeBank writes a stretch of an unknown number
    # of the unit (DURATION PXY, PXW), not the vague PAST_REF/FUTURE_REF of "recently", "soon"
    return Norm("DURATION", duration(None, unit_of(m["unit"])), relative=bool(m["pre"]))


_DAY_WORD = r"(?P<day>yesterday|today|tomorrow|tonight)"


@rule(
    "deictic_day",
    rf"(?:{_DAY_WORD}(?:'s)?(?:\s+(?P<part>{DAY_PART}))?|(?P<this>this|last)\s+(?P<part2>{DAY_PART}))",
)
def deictic_day(m: re.Match[str], ctx: Context) -> Norm:
    day = _g(m, "day")
    offset = {"yesterday": -1, "tomorrow": 1}.get(day, 0)
    part = DAY_PARTS.get(_g(m, "part") or _g(m, "part2"))
    if day == "tonight":
        part = "NI"
    if _g(m, "this") == "last":
        offset, part = -1, "NI" if part == "NI" else part
    value = "XXXX-XX-XX" if ctx.ref is None else (ctx.ref + timedelta(days=offset)).isoformat()
    if part:
        return Norm("TIME", f"{value}T{part}", relative=True)
    return Norm("DATE", value, relative=True)


@rule(
    "weekday",
    rf"(?:(?P<rel>last|this|next|coming|past|early|late)\s+)?(?P<wd>{WEEKDAY})(?P<plural>s)?(?:(?:'s)?\s+(?P<part>{DAY_PART})(?P<plural2>s)?)?",
)
def weekday(m: re.Match[str], ctx: Context) -> Norm:
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = _g(m, "rel")
    if m["plural"] or m["plural2"]:  # "on Mondays", "Tuesday nights": every one of them
        part = DAY_PARTS.get(_g(m, "part"))
        return Norm("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    mod = EDGE_MOD.get(rel)
    d = weekday_date(ctx, wd, "" if mod else rel, m.start(), m.end())
    value = d.isoformat() if d else f"XXXX-WXX-{wd}"
    part = DAY_PARTS.get(_g(m, "part"))
    if part:
        return Norm("TIME", f"{value}T{part}", mod, relative=True)
    return Norm("DATE", value, mod, relative=True)


_ZONE = r"(?:\s+(?P<zone>[ECMP][SD]T|GMT|UTC|ET|BST|CET|local\s+time))?"


@rule(
    "clock",
    rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am|pm|o'clock)|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)|(?P<named>noon|midnight)){_ZONE}(?:,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})|\s+(?P<dw>yesterday|today|tomorrow)|,?\s+(?:on\s+)?(?P<cmon>{MONTH})\s+(?P<cday>\d{{1,2}})(?!\d))?",
)
def clock(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["named"]:
        hour, minute = (12, 0) if m["named"].lower() == "noon" else (24, 0)
    elif m["h24"]:
        hour, minute = int(m["h24"]), int(m["mi24"])
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        ampm = m["ampm"].lower()
        if hour > 12:
            return None
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    day = ctx.ref.isoformat() if ctx.ref else "XXXX-XX-XX"
    if m["wd"]:
        d = weekday_date(ctx, WEEKDAYS[m["wd"].lower().rstrip(".")], "", m.start(), m.end())
        day = d.isoformat() if d else day
    elif m["cmon"]:
        month, dom = MONTHS[m["cmon"].lower().rstrip(".")], int(m["cday"])
        year_value = year_near(ctx, month, dom, m.start(), m.end())
        try:
            day = (
                date(year_value, month, dom).isoformat()
                if year_value
                else f"XXXX-{month:02d}-{dom:02d}"
            )
        except ValueError:
            return None
    elif m["dw"] and ctx.ref:
        day = (
            ctx.ref + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m["dw"].lower(), 0))
        ).isoformat()
    return Norm("TIME", f"{day}T{hour:02d}:{minute:02d}", relative=True)


@rule(
    "the_unit",
    r"(?P<pre>the\s+(?:full\s+|whole\s+|entire\s+|current\s+)?(?:fiscal\s+|calendar\s+)?|this\s+fiscal\s+)(?P<unit>year|quarter|week|weekend|month)(?!\s+(?:of|that|when|in\s+which|before|after|earlier|ago|\d{4})\b)(?!-)|(?P<end>year[-\s]end|year's\s+end|year-earlier|year-ago)",
)
def the_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the quarter", "the week", "year-end": the one the article is in (the last complete one
    for a quarter spoken of in the past tense, as earnings reports do)."""
    if ctx.ref is None:
        unit = (
            {"year-earlier": "Y", "year-ago": "Y"}.get(_g(m, "end"), "D")
            if m["end"]
            else unit_of(m["unit"])
        )
        return Norm("DATE", UNKNOWN[unit], relative=True)
    end = _g(m, "end")
    if end and end.endswith("end"):  # "year-end", "year end", "year's end"
        year_value = ctx.ref.year - (
            1 if ctx.direction(m.start(), m.end()) < 0 and ctx.ref.month < 3 else 0
        )
        return Norm("DATE", f"{year_value:04d}-12-31", relative=True)
    if end:
        return Norm("DATE", f"{ctx.ref.year - 1:04d}", relative=True)
    unit = unit_of(m["unit"])
    if unit == "Y" and ctx.word_after(m.end()) in ("ended", "ending"):
        return Norm("DURATION", "P1Y")  # "the year ended Sept. 30": twelve months up to a date
    if unit == "Q" and not m["pre"].lower().startswith("this"):
        # news reports on a quarter once it has closed: "the quarter" is the last complete one
        # (or the one the article already speaks of, see `follow_reference_quarter`)
        return Norm("DATE", fmt(shift(ctx.ref, "Q", -1), "Q"), relative=True)
    if unit == "WE":
        sat = ctx.ref + timedelta(days=(5 - ctx.ref.weekday()) % 7)
        if ctx.direction(m.start(), m.end()) < 0 and sat > ctx.ref:
            sat -= timedelta(weeks=1)
        return Norm("DATE", fmt(sat, "WE"), relative=True)
    return Norm("DATE", fmt(ctx.ref, unit), relative=True)


@rule(
    "day_part",
    r"(?:(?P<edge>the|early|late|mid)[-\s]+)?(?P<part>morning|afternoon|evening)(?:\s+(?P<day>yesterday|today|tomorrow))?|(?P<alone>overnight|midday)",
)
def day_part(m: re.Match[str], ctx: Context) -> Norm | None:
    if not (m["edge"] or m["alone"] or m["day"]):
        return None  # a bare "morning" is usually a noun ("a morning of talks")
    if _g(m, "alone") == "midday":
        return Norm(
            "TIME", f"{ctx.ref.isoformat() if ctx.ref else 'XXXX-XX-XX'}T12:00", relative=True
        )
    part = DAY_PARTS.get(_g(m, "part") or _g(m, "alone"), "NI")
    offset = {"yesterday": -1, "tomorrow": 1}.get(_g(m, "day"), 0)
    day = (ctx.ref + timedelta(days=offset)).isoformat() if ctx.ref else "XXXX-XX-XX"
    return Norm("TIME", f"{day}T{part}", EDGE_MOD.get(_g(m, "edge")), relative=True)


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "the moment": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "current": "PRESENT_REF", "recent": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the coming": "FUTURE_REF",
}  # fmt: skip


@rule("reference", rf"(?:{alternation([k for k in _REFS if k != 'the coming'])})")
def reference(m: re.Match[str], ctx: Context) -> Norm | None:
    key = " ".join(m.group(0).lower().split())
    if key in ("current", "recent") and ctx.tag_at(m.start()) != "JJ":
        return None
    if key == "current" and ctx.word_after(m.end()) in ("account", "accounts", "affairs", "events"):
        return None
    if key == "the moment" and ctx.word_before(m.start()) != "for":
        return None  # "at/for the moment" is now; "the moment the plane exploded" is an event
    if key == "now" and ctx.word_after(m.end()) in ("that", "defunct"):
        return None
    if key == "soon" and (
        ctx.word_before(m.start()) == "as" or ctx.word_after(m.end()) in ("after", "as")
    ):
        return None  # "as soon as", "soon after the blast": a relation, not a time
    return Norm("DATE", _REFS[key], relative=True)


_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
              "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "quarterly": "P1Q",
              "biweekly": "P2W", "biannually": "P6M"}  # fmt: skip


@rule(
    "set",
    rf"(?:(?P<word>{alternation(_SET_WORDS)})|(?P<q>every|each|per)\s+(?:(?P<n>{NUMBER})\s+)?(?:(?P<unit>{UNIT})|(?P<wd>{WEEKDAY}))|(?P<times>once|twice|\w+\s+times)\s+(?:a|an|per|every)\s+(?P<unit2>{UNIT}))",
)
def set_rule(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["word"]:
        if ctx.tag_at(m.start()) == "JJ":
            return None  # "a quarterly dividend" describes a thing; "paid quarterly" is a time
        nxt = _FIRST_WORD.match(ctx.text, m.end())
        if (
            nxt
            and nxt.group(1)[0].isupper()
            and nxt.group(1).lower().rstrip(".") not in WEEKDAYS.keys() | MONTHS.keys()
            and ctx.tag_at(nxt.start(1)) in ("NNP", "NNPS")
        ):
            return None  # "the Communist Party daily Granma", "the weekly Der Spiegel": a paper
        return Norm("SET", _SET_WORDS[m["word"].lower()])
    if m["wd"]:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower().rstrip('.')]}")
    unit = unit_of(m["unit"] or m["unit2"])
    n = number_value(m["n"]) if m["n"] else 1
    return Norm("SET", duration(n, unit))


_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": (7, 4), "boxing day": (12, 26),
}  # fmt: skip


_HOLIDAY_NAMES = alternation(
    [*_HOLIDAYS, "thanksgiving day", "thanksgiving", "easter sunday", "easter"]
)


@rule(
    "holiday",
    rf"(?:(?P<rel>last|next|this)\s+)?(?P<name>{_HOLIDAY_NAMES})"
    rf"(?:\s+(?P<y>{YEAR}))?",
)
def holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    """A holiday's date; without a year, the one nearest the reference date that the clause's
    tense allows ("Thanksgiving" in a past clause read in January is last November's)."""
    name = " ".join(m["name"].lower().split())
    rel = _g(m, "rel")
    year_value: int | None = None
    if m["y"]:
        year_value = int(m["y"])
    elif ctx.ref is not None:
        month, day = _HOLIDAYS.get(name, (11, 25) if name.startswith("thanks") else (4, 10))
        here = date(ctx.ref.year, month, day)
        if rel == "last":
            year_value = ctx.ref.year - (here >= ctx.ref)
        elif rel == "next":
            year_value = ctx.ref.year + (here <= ctx.ref)
        elif rel == "this":
            year_value = ctx.ref.year
        else:
            year_value = year_near(ctx, month, day, m.start(), m.end())
    if year_value is None:
        fixed = _HOLIDAYS.get(name)
        return Norm(
            "DATE", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX", relative=True
        )
    if name.startswith("thanksgiving"):
        first = date(year_value, 11, 1)
        d = first + timedelta(days=(3 - first.weekday()) % 7 + 21)  # fourth Thursday
    elif name.startswith("easter"):
        d = easter(year_value)
    else:
        month, day = _HOLIDAYS[name]
        d = date(year_value, month, day)
    return Norm("DATE", d.isoformat(), relative=not m["y"])


# ---------------------------------------------------------------------------------------------
# running the grammar
# ---------------------------------------------------------------------------------------------

# Words before an expression that belong to it in TIMEX3 ("early 1998", "the end of the year").
_PREFIX = re.compile(
    rf"(?:(?P<mod>the\s+(?:beginning|start|middle|end|close|turn|dawn)\s+of|(?:early|mid|late)(?:-|\s+)|"
    rf"earlier|later|{_MOD})\s+|(?P<dash>mid-))\Z",
    FLAGS,
)
_NO_MOD_PREFIX = {"earlier", "later"}  # "earlier this year": same value, no START


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    norm: Norm
    rule: str


def find(text: str, ctx: Context) -> list[Found]:
    """Every time expression the grammar finds, longest match first, without overlaps."""
    candidates: list[Found] = []
    starts = StartIndex(text, _START)
    for r in RULES:
        for m in scan(r.pattern, r.first, text, starts):
            norm = r.normalize(m, ctx)
            if norm is not None:
                candidates.append(Found(m.start(), m.end(), norm, r.name))
    candidates.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: list[Found] = []
    for f in candidates:
        if all(f.end <= t.start or f.start >= t.end for t in taken):
            taken.append(with_prefix(text, f))
    taken.sort(key=lambda f: f.start)
    return resolve_anaphora(text, follow_reference_quarter(text, taken, ctx))


_YEAR_BACK = re.compile(r"\byears?\s+(?:ago|earlier|before)|year-(?:earlier|ago)", FLAGS)
_QUARTER_VALUE = re.compile(r"(\d{4})-Q(\d)")


_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending|which\s+ended)\s+(?:on\s+)?", FLAGS)


def follow_reference_quarter(text: str, found: list[Found], ctx: Context) -> list[Found]:
    """ "a year ago" in a sentence about a quarter means that quarter a year ago.

    TimeML gives a comparison the granularity of the period it compares with; earnings news
    compares quarters, so once a quarter is the reference time, year-back expressions follow it,
    "the quarter" is that quarter, and "the 1988 period" is that quarter in 1988.
    """
    if ctx.ref is None:
        return found
    out: list[Found] = []
    quarter: tuple[int, int] | None = None
    for i, f in enumerate(found):  # `found` is in text order
        value = f.norm.value
        ended = _ENDED.match(text, f.end)
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            f.rule == "the_unit"
            and _QUARTER_VALUE.fullmatch(value)
            and ended
            and nxt is not None
            and nxt.start == ended.end()
            and re.match(r"\d{4}-\d\d-\d\d", nxt.norm.value)
        ):
            value = fmt(
                date.fromisoformat(nxt.norm.value[:10]), "Q"
            )  # "the quarter ended Sept. 30"
        elif quarter and f.rule == "the_unit" and _QUARTER_VALUE.fullmatch(value):
            value = f"{quarter[0]:04d}-Q{quarter[1]}"
        elif quarter and f.rule == "year_period":
            value = f"{value}-Q{quarter[1]}"
        elif (
            quarter
            and f.rule in ("ago", "the_unit")
            and re.fullmatch(r"\d{4}", value)
            and _YEAR_BACK.search(text, f.start, f.end)
        ):
            years_back = ctx.ref.year - int(value)
            value = f"{quarter[0] - years_back:04d}-Q{quarter[1]}"
        if value != f.norm.value:
            f = replace(f, norm=replace(f.norm, value=value))
        qm = _QUARTER_VALUE.fullmatch(value)
        if qm and f.rule != "year_period" and not _YEAR_BACK.search(text, f.start, f.end):
            quarter = int(qm[1]), int(qm[2])  # comparisons do not move the quarter in focus
        out.append(f)
    return out


_ANAPHORIC = re.compile(
    r"\b(?P<rel>same|that|following|previous|preceding|(?<=the\s)next)\s+"
    r"(?P<unit>day|week|month|quarter|year)\b",
    FLAGS,
)
_GRAIN = {"D": 0, "W": 1, "M": 2, "Q": 3, "Y": 4}
_ANCHOR_VALUES = (
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?"), "D"),
    (re.compile(r"(\d{4})-W(\d\d)"), "W"),
    (re.compile(r"(\d{4})-(\d\d)"), "M"),
    (re.compile(r"(\d{4})-Q(\d)"), "Q"),
    (re.compile(r"(\d{4})"), "Y"),
)


def anchor_point(value: str) -> tuple[date, str] | None:
    """First day and granularity of a calendar value: "1998-Q2" -> (1998-04-01, "Q")."""
    for pattern, grain in _ANCHOR_VALUES:
        m = pattern.fullmatch(value)
        if not m:
            continue
        y = int(m[1])
        try:
            if grain == "D":
                return date(y, int(m[2]), int(m[3])), grain
            if grain == "W":
                return date.fromisocalendar(y, int(m[2]), 1), grain
            if grain == "M":
                return date(y, int(m[2]), 1), grain
            if grain == "Q":
                return date(y, 3 * int(m[2]) - 2, 1), grain
        except ValueError:
            return None
        return date(y, 1, 1), grain
    return None


def resolve_anaphora(text: str, found: list[Found]) -> list[Found]:
    """ "the following year", "that quarter", "later that month", "the next day": TimeML anchors
    these to the last date the text mentioned, not to the publication date ("in June 1998 ...
    later that year" is 1998). Without a fine enough anchor they keep what they had ("that
    day" with no date before it is dropped: it is then seldom a time)."""
    out: list[Found] = []
    anchor: tuple[date, str] | None = None
    for f in found:
        m = _ANAPHORIC.search(text, f.start, f.end) if f.rule == "relative_unit" else None
        if m:
            unit = unit_of(m["unit"])
            steps = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(
                m["rel"].lower(), 0
            )
            value = None
            if anchor is not None and _GRAIN[anchor[1]] <= _GRAIN[unit]:
                value = fmt(shift(anchor[0], unit, steps), unit)
            elif anchor is not None and steps == 0:
                a, grain = anchor  # "that day" after "in October 1998": 1998-10-XX
                value = {"D": f"{a.year:04d}-" + (f"{a.month:02d}-XX" if grain == "M" else "XX-XX"),
                         "W": f"{a.year:04d}-WXX", "M": f"{a.year:04d}-XX",
                         "Q": f"{a.year:04d}-QX"}.get(unit)  # fmt: skip
            if value is not None:
                f = replace(f, norm=replace(f.norm, value=value))
            elif unit == "D" and steps == 0:
                continue
        later = _LATER.search(text, f.start, f.end) if f.rule == "ago" else None
        if later and later["n"].lower() in ("a", "an", "one") and later["dir"].lower() != "later":
            later = None  # "a year earlier": the earnings idiom, read by the quarter rules
        if later and anchor is not None:
            # "two years later", "three days earlier": counted from the last date told, not
            # from publication ("in 2007 ... two years later" is 2009)
            n, unit = number_value(later["n"]), unit_of(later["unit"])
            if (
                n is not None
                and n == int(n)
                and unit in _GRAIN
                and (_GRAIN[anchor[1]] <= _GRAIN[unit])
            ):
                sign = 1 if later["dir"].lower() == "later" else -1
                value = fmt(shift(anchor[0], unit, sign * int(n)), unit)
                f = replace(f, norm=replace(f.norm, value=value))
        if f.norm.type in ("DATE", "TIME"):
            anchor = anchor_point(f.norm.value) or anchor
        out.append(f)
    return out


_LATER = re.compile(rf"(?P<n>{NUMBER})\s+(?P<unit>{UNIT})\s+(?P<dir>earlier|later)\b", FLAGS)


def with_prefix(text: str, f: Found) -> Found:
    """Pull a modifier just before the expression into it and set `mod`."""
    if f.norm.type == "SET":
        return f
    m = _PREFIX.search(text, max(0, f.start - 30), f.start)
    if not m:
        return f
    word = " ".join((m["mod"] or m["dash"] or "").lower().replace("-", " ").split())
    word = re.sub(r"^the (beginning|start|middle|end|close|turn|dawn) of$", r"the \1 of", word)
    mod = EDGE_MOD.get(word) or MODIFIERS.get(word)
    if word in _NO_MOD_PREFIX:
        mod = None
    if f.norm.type == "DURATION" and word in ("early", "late", "mid"):
        return f
    if (
        f.norm.type != "DURATION"
        and word not in EDGE_MOD
        and word not in _NO_MOD_PREFIX
        and not word.startswith("the ")
    ):
        return f  # "about the war", "over Friday": prepositions before a date, not modifiers
    return Found(m.start(), f.end, replace(f.norm, mod=f.norm.mod or mod), f.rule)


def as_datetime_date(value: date | datetime | None) -> date | None:
    """The calendar date of a publication date or datetime."""
    if isinstance(value, datetime):
        return value.date()
    return value
