"""The rules: one compiled pattern and one normalizing function per kind of English time
expression (dates, months, years, decades, quarters, seasons, relative units, durations,
weekdays, clock times, references, sets, holidays), registered in `RULES` in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.easter import easter

from app.extract.regex_scan import Starts, starts
from app.extract.timex_rules.arithmetic import (
    _FIRST_WORD,
    FLAGS,
    UNKNOWN,
    Context,
    Norm,
    duration,
    fmt,
    relative_date,
    shift,
    unit_of,
    weekday_date,
    year_near,
)
from app.extract.timex_vocab import (
    DAY_PART,
    DAY_PARTS,
    DECADE_WORDS,
    MODIFIERS,
    MONTH,
    MONTHS,
    NAMED_DAY_WORDS,
    NAMED_PERIODS,
    NUMBER,
    ORDINAL,
    ORDINALS,
    SEASON,
    SEASONS,
    SPELLED_CENTURY_YEAR,
    SPELLED_MILLENNIUM_YEAR,
    UNIT,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    alternation,
    number_value,
    spelled_year_value,
)

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


@rule(
    "named_day",
    r"(?:Sept?\.?|September)\s+11(?:th)?(?=,?\s+(?:\d{4}\s+)?(?:terrorist\s+|terror\s+)?"
    r"(?:attacks?|hijack\w*|plot\w*))|9/11(?=\s+(?:terrorist\s+|terror\s+)?"
    r"(?:attacks?|hijack\w*|plot\w*|commission))",
)
def named_day(m: re.Match[str], ctx: Context) -> Norm:
    """A day that names a historical event ("the Sept. 11 attacks", "9/11 plotter"): the day of
    that event, whatever year the article is from. Registered before the month-day rules so it
    wins the tie."""
    return Norm("DATE", "2001-09-11")


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


_OPT_YEAR = rf"(?:\s?,?\s+(?P<y>{YEAR}))?"  # "July 24, 2003", tokenized "July 24 , 2003"


_OPT_PART = rf"(?:\s+(?P<part>{DAY_PART}))?"


rule(
    "month_day",
    rf"(?:{WEEKDAY},?\s+|(?P<drel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<mon>{MONTH})(?:\s+|(?<=\.)){_DAYNUM}(?!\s*(?:,\s*\d{{1,3}}(?!\d)|\d))"
    rf"{_OPT_YEAR}{_OPT_PART}",
)(_month_day)


@rule("week_of", rf"(?:the\s+)?week\s+of\s+(?P<mon>{MONTH})\s+{_DAYNUM}{_OPT_YEAR}")
def week_of(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the week of March 6": the ISO week that holds the day."""
    if not m["mon"][0].isupper():
        return None
    day = _month_day(m, ctx)
    if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day.value):
        return None
    year, week, _ = date.fromisoformat(day.value).isocalendar()
    return Norm("DATE", f"{year}-W{week:02d}", relative=day.relative)


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
    rf"{EDGE}?(?P<mon>{MONTH})(?:\s+{_DAYNUM})?,?\s+(?:of\s+)?(?P<yrel>last|this|next|that|the\s+same)\s+year",
)
def month_rel_year(m: re.Match[str], ctx: Context) -> Norm:
    """ "June last year", "March 3 this year", "in May of next year"."""
    month = MONTHS[m["mon"].lower().rstrip(".")]
    mod = EDGE_MOD.get(_g(m, "edge"))
    if ctx.ref is None or _g(m, "yrel") in ("that", "the same") or _g(m, "yrel").startswith("the"):
        # "June of that year": the year of the text's last date, set in `resolve_anaphora`
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


_MARCH_BEFORE = {"the", "a", "annual", "their", "his", "her", "its", "our"}


_MARCH_AFTER = {"for", "on", "against", "to", "through", "from"}


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
    if (
        word == "march"
        and not rel
        and not m["edge"]
        and ctx.word_before(m.start()) in _MARCH_BEFORE
        and ctx.word_after(m.end()) in _MARCH_AFTER
    ):
        return None  # "the annual March for Life", "the March on Washington": a march
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


# Nouns that a number names one of ("Section 1032", "Flight 1549"), so the number is no year.
_NUMBERED = {"section", "article", "chapter", "clause", "rule", "room", "flight", "route",
             "highway", "interstate", "bill", "resolution", "form", "suite", "apartment", "gate",
             "exit", "page", "paragraph", "code", "title", "no", "number", "model", "unit",
             "box", "precinct", "district", "lot", "platform", "channel", "item", "figure",
             "table", "hr", "h.r", "s", "amendment", "order", "case", "docket"}  # fmt: skip


# Units a count is measured in, singular after a number in a compound ("a 1000 pound bomb").
_MEASURES = {"pound", "ton", "tonne", "kilogram", "kilo", "gram", "meter", "metre", "kilometer",
             "kilometre", "mile", "foot", "feet", "yard", "inch", "acre", "gallon", "liter",
             "litre", "barrel", "point", "calorie", "watt", "megawatt", "dollar", "euro", "page",
             "member", "seat", "bed", "room", "unit", "square", "cubic", "cc", "hp"}  # fmt: skip


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
        and ctx.tag_at(nxt.start(1)) == "NNS"
        and not m["fiscal"]
        # after a determiner or possessive a year is a modifier: "the 1995 shooting",
        # "its 1990 invasion", "the company's 1989 results"; a count reads "2000 tickets"
        and ctx.word_before(m.start()) not in _YEAR_DETERMINERS
        and not ctx.word_before(m.start()).endswith("'s")
    ):
        return None  # "2000 tickets": a count of things; "his 1996 campaign" is a year
    if (
        nxt
        and not m["fiscal"]
        and nxt.start(1) == m.end() + 1
        and nxt.group(1).lower().rstrip("s") in _MEASURES
    ):
        return None  # "a 1000 pound bomb": a count in a unit of measure
    before = ctx.text[max(0, m.start() - 2) : m.start()]
    if re.search(r"[\d,.:#/]\s?$", before):
        return None
    if ctx.word_before(m.start()).rstrip(".") in _NUMBERED:
        return None  # "Section 1032", "Flight 1549", "Room 2010": a number that names a thing
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
    rf"(?P<qy>{YEAR}|this\s+year|last\s+year|next\s+year"
    rf"|the\s+(?:current\s+)?(?:fiscal\s+|calendar\s+)?year|this\s+fiscal\s+year))?"
)


@rule(
    "quarter",
    rf"(?:the\s+)?(?:(?P<qy0>{YEAR})\s+|(?P<poss>this|last|next)\s+year's\s+|(?P<back>year-earlier|year-ago|comparable\s+year-ago|comparable\s+year-earlier)\s+(?=first|second|third|fourth|1st|2nd|3rd|4th|final))?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)|(?P<qrel>latest|last|current|past|previous|most\s+recent|year-earlier|year-ago|same|this|next))"
    rf"[-\s]+(?:fiscal[-\s]+|calendar[-\s]+)?(?P<unit>quarter|half|(?<=latest\s)period|(?<=year-earlier\s)period|(?<=year-ago\s)period)(?:(?:[-\s]+of)?\s+(?P<qy2>{YEAR}))?{_QUARTER_YEAR}",
)
def quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = "H" if m["unit"].lower() == "half" else "Q"
    given = m["qy"] or m["qy2"] or m["qy0"]
    if not (given or m["poss"]) and re.match(
        r"\s+of\s+(?:the|a|an|this|that|his|her|its|their)\b", ctx.text[m.end() :], FLAGS
    ):
        return None  # "the second half of the 20th century", "of the game": not of a year
    if given and re.fullmatch(r"the\s+(?:fiscal\s+|calendar\s+)?year", given, FLAGS):
        given = None  # "the first half of the year": the year in focus, as for a bare half
    elif given and re.match(r"the\s+current|this\s+fiscal", given, FLAGS):
        given = "this year"
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
    rf"(?:(?P<this>this\s+)?{REL}\s+|{EDGE})?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
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
    if ctx.ref is None or rel in ("that", "same"):
        # "that spring": the one of the year last told, set in `resolve_anaphora`
        return Norm("DATE", f"XXXX-{code}", mod, relative=True)
    year_value = ctx.ref.year + {
        "last": -1,
        "past": -1,
        "previous": -1,
        "next": 1,
        "coming": 1,
    }.get(rel, 0)
    if code == "WI" and ctx.ref.month <= 2:
        year_value -= 1  # in January "this winter" began last December: a winter takes its year
    if not rel:
        year_value += max(0, ctx.direction(m.start(), m.end()))
    elif m["this"] and rel == "past" and code in _SEASON_END and ctx.ref.month > _SEASON_END[code]:
        year_value = ctx.ref.year  # "this past spring" in October: the spring just gone
    return Norm("DATE", f"{year_value:04d}-{code}", mod, relative=True)


_SEASON_END = {"SP": 5, "SU": 8, "FA": 11}  # the last month of the season (winter spans years)


def _title_in_sentence(m: re.Match[str], ctx: Context) -> bool:
    """Every word capitalised ("This Week") after a word of the same sentence: a name or title.
    At the start of a sentence or a headline the capitals say nothing."""
    words = m.group(0).split()
    # numbers count as capitalised ("60 Minutes"), but one word at least must be a capital one
    if (
        len(words) < 2
        or not all(w[0].isupper() or w[0].isdigit() for w in words)
        or not any(w[0].isupper() for w in words)
        or m.group(0).isupper()
    ):
        return False
    window = ctx.text[max(0, m.start() - 40) : m.start()]
    before = window.rstrip(" \t\"'`“‘(")
    if not before or "\n" in window[len(before) :]:
        return False
    if re.search(r"[\"“‘`']\s*(?:[A-Z][\w.&'-]*\s+){0,4}\Z", window) and re.match(
        r"[,.]?\s*[\"”’']", ctx.text[m.end() :]
    ):
        return True  # quoted, title-cased, mid-sentence: ABC News' "This Week," "CBS This Morning"
    prev = before.split()[-1]
    # a lower-case word or a possessive before it; a title-cased headline has neither
    return prev[0].islower() or prev.endswith(("'s", "’s"))


_REL_UNIT = r"(?P<unit>day|week|weekend|month|year|decade|century|quarter|hour|minute)"


@rule(
    "relative_unit", rf"(?:(?P<ordir>earlier|later)\s+)?{EDGE}?(?P<the>the\s+)?{REL}\s+{_REL_UNIT}"
)
def relative_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    if _title_in_sentence(m, ctx):
        return None  # ABC's "This Week", "Next Year in Jerusalem": a title, not a time
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
    rf"(?:the\s+)?(?P<rel>past|last|next|previous|coming|first|final|following|preceding|recent|latest|initial)\s+(?P<n>{NUMBER})\s+(?P<unit>{UNIT})"
    rf"(?:(?<=quarters)\s+of\s+(?P<y>{YEAR}))?",
)
def n_units_relative(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number_value(m["n"])
    first_or_last = _g(m, "rel") in ("first", "last", "final")
    if m["y"] and n == 2 and unit_of(m["unit"]) == "Q" and first_or_last:
        # "the first two quarters of 1990" is its first half
        return Norm("DATE", f"{m['y']}-H{1 if _g(m, 'rel') == 'first' else 2}")
    return Norm(
        "DURATION",
        duration(n, unit_of(m["unit"])),
        relative=_g(m, "rel") not in ("first", "final", "initial"),
    )


_MOD = alternation(MODIFIERS)


@rule(
    "ago",
    rf"(?:(?P<mod>{_MOD})\s+)?(?P<n>{NUMBER})\s+(?P<unit>{UNIT})(?P<orso>\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence)",
)
def ago(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number_value(m["n"])
    unit = unit_of(m["unit"])
    sign = -1 if _g(m, "dir") in ("ago", "earlier", "before") else 1
    mod = MODIFIERS.get(" ".join(_g(m, "mod").split()))
    if mod is None and m["orso"]:
        mod = "APPROX"  # "a week or so ago"
    if n is None or n != int(n):
        if _g(m, "dir") == "later":
            # "a few days later" counts on from a time told, often a past one: not the future
            # of the writing, but a stretch of an unknown number of days (TimeML's PXD)
            return Norm("DURATION", duration(None if n is None else n, unit), mod)
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, relative=True)
    if unit in ("H", "MIN", "SEC"):
        # "20 minutes ago", "36 hours earlier": the day that many hours back, not 20 days
        per_day = {"H": 24, "MIN": 24 * 60, "SEC": 24 * 3600}[unit]
        return replace(relative_date(ctx, "D", sign * (int(n) // per_day)), mod=mod)
    return replace(relative_date(ctx, unit, sign * int(n)), mod=mod)


# Units of distance or work whose count per hour, minute or second is a speed, not a time.
_SPEED_UNITS = {"miles", "kilometers", "kilometres", "km", "feet", "meters", "metres", "knots",
                "instructions", "words", "frames", "revolutions", "beats", "bits", "bytes",
                "megabits", "gigabits", "calculations", "operations"}  # fmt: skip


# Modals that look ahead from the time of writing ("would" looks ahead from a past time).
_MODAL_NOW = {"will", "'ll", "shall", "may", "might", "could", "can"}


@rule(
    "duration",
    rf"(?:(?P<mod>{_MOD})\s+(?!the\s))?(?P<the>the\s+)?(?P<n>{NUMBER})(?:[-\s]+(?:more|additional|further|extra))?[-\s]+(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:[-\s]+(?:long|olds?))?",
)
def duration_rule(m: re.Match[str], ctx: Context) -> Norm | None:
    if re.search(r"-?\s*olds?$", m.group(0), FLAGS):
        return None  # ages ("a 52-year-old doctor") are not time expressions in TimeML
    if _title_in_sentence(m, ctx):
        return None  # CBS's "60 Minutes", "48 Hours": a programme's name, not a length of time
    if m["n"].lower() in ("some", "recent") and not m["mod"]:
        return None  # "some days" is rarely annotated; "recent days" is caught by `vague_units`
    n = number_value(m["n"])
    unit = unit_of(m["unit"])
    nxt = _FIRST_WORD.match(ctx.text, m.end())
    if (
        m["n"].lower() == "one"
        and not (m["mod"] or m["the"])
        and unit in ("D", "Y")
        and nxt is not None
        and nxt.start(1) == m.end() + 1
        and (ctx.tag_at(nxt.start(1)).startswith("VB") or ctx.tag_at(nxt.start(1)) == "MD")
    ):
        if unit == "D" and ctx.word_before(m.start()) in _MODAL_NOW:
            return Norm("DATE", "FUTURE_REF", relative=True)  # "Islam will one day be ..."
        return None  # "he hoped he would one day follow them": some day, not a day's length
    if (
        unit == "SEC"
        and m["n"].lower() in ("a", "an")
        and not m["mod"]
        and nxt is not None
        and nxt.start(1) == m.end() + 1
        and ctx.tag_at(nxt.start(1)) in ("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBG")
    ):
        return None  # "a second betrayal", "a second group": the ordinal before a noun
    if unit == "Q" and ctx.text.startswith("-century", m.end()):
        return None  # "a quarter-century ago": 25 years, not a quarter
    if (
        unit == "Q"
        and ctx.word_after(m.end()) == "of"
        and ("-" in m.group(0) or m["n"].lower() in ("a", "an", "one"))
    ):
        return None  # "three-quarters of the vote", "more than a quarter of the market": a fraction
    if unit == "WE" and n == 1:
        return None  # "a weekend" is a date, left to other rules
    if unit in ("H", "MIN", "SEC") and ctx.word_before(m.start()) in _SPEED_UNITS:
        return None  # "60 miles an hour": a speed, which TimeML does not mark
    if m["n"].lower() in ("a", "an", "one") and not m["mod"] and ctx.rate_before(m.start()):
        return Norm("SET", duration(1, unit))  # "four flights a week", "$5 an hour": a rate
    if unit == "W" and m["unit"].lower().startswith("fortnight") and n is not None:
        n *= 2
    if m["half"] and n is not None and n == int(n):
        n += 0.5  # "a year and a half", "a minute and a half"
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


# Nouns after "today's" that make it "nowadays" rather than the day of publication.
_NOWADAYS = {"world", "youth", "society", "generation", "culture", "children", "kids", "young",
             "standards", "economy", "technology", "times", "age", "era"}  # fmt: skip


_DAY_WORD = r"(?P<day>yesterday|today|tomorrow|tonight)"


def _name_before(m: re.Match[str], ctx: Context) -> bool:
    """Is a capitalised word written right before the match, one space before it on its line
    ("USA Today", "Russia Today")? Then the match ends a name. A word ending in punctuation
    ("... said. Today, ...") ends a sentence instead."""
    before = ctx.text[max(0, m.start() - 30) : m.start()]
    if not before.endswith(" ") or before.endswith("  "):
        return False
    words = before.split()
    prev = words[-1] if words else ""
    return prev[:1].isupper() and prev[-1:].isalnum()


@rule(
    "deictic_day",
    rf"(?:{_DAY_WORD}(?:'s)?(?:\s+(?P<part>{DAY_PART}))?|(?P<this>this|last)\s+(?P<part2>{DAY_PART}))",
)
def deictic_day(m: re.Match[str], ctx: Context) -> Norm | None:
    day = _g(m, "day")
    if _title_in_sentence(m, ctx):
        return None  # "CBS This Morning", "Good Morning America": a programme's name
    if m.group(0)[:1].isupper() and _name_before(m, ctx):
        return None  # "USA Today", "Russia Today": the end of a name, not a day
    if (
        day == "today"
        and m.group(0).lower().endswith("'s")
        and ctx.word_after(m.end()) in _NOWADAYS
    ):
        return None  # "today's youth", "in today's world": the present age, not the day
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
def weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = _g(m, "rel")
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    named = re.search(r"\b([A-Z][a-z]+) \Z", before)
    if not rel and named and named[1].lower() in NAMED_DAY_WORDS:
        return None  # "Super Tuesday", "Black Monday", "Bloody Sunday": a named day, not the
        # weekday nearest the article
    if rel in ("last", "first") and re.match(rf"\s+(?:in|of)\s+{MONTH}", ctx.text[m.end() :]):
        return None  # "the last Friday in August": a day of that month, not last week's Friday
    if not rel and not (m["plural"] or m["plural2"]) and ctx.word_before(m.start()) == "one":
        # "one Sunday in late 2001": some Sunday, not the one nearest the article
        return Norm("DATE", f"XXXX-WXX-{wd}")
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
    rf"(?:(?P<h>\d{{1,2}})(?:[:.]\s?(?P<mi>\d\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am|pm|o'clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)|(?P<named>noon|midnight)){_ZONE}(?:,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})|\s+(?P<dw>yesterday|today|tomorrow)|,?\s+(?:on\s+)?(?P<cmon>{MONTH})\s+(?P<cday>\d{{1,2}})(?!\d)(?:,?\s+(?P<cy>{YEAR}))?)?",
)
def clock(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["named"]:
        if m["named"].lower() == "noon" and ctx.word_before(m.start()) == "high":
            return None  # "high noon": a showdown, not a time of day
        hour, minute = (12, 0) if m["named"].lower() == "noon" else (24, 0)
    elif m["h24"]:
        hour, minute = int(m["h24"]), int(m["mi24"])
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        ampm = m["ampm"].lower()
        if hour > 12 or (hour == 0 and not ampm.startswith(("a", "p"))):
            return None
        if ampm.startswith(("in", "at")):  # "4 in the morning", "9 in the evening"
            if ctx.word_before(m.start()) not in ("at", "until", "by", "till", "before", "after"):
                return None  # "scored 4 in the afternoon session": a count, not a time
            morning = "morning" in ampm
            ampm = "am" if morning or (hour == 12 and "night" in ampm) else "pm"
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
        year_value = int(m["cy"]) if m["cy"] else year_near(ctx, month, dom, m.start(), m.end())
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
    # ISO 8601 marks a time given in universal time with "Z"; local zones stay unmarked
    utc = "Z" if _g(m, "zone") in ("gmt", "utc") else ""
    return Norm("TIME", f"{day}T{hour:02d}:{minute:02d}{utc}", relative=True)


@rule(
    "the_unit",
    r"(?:the\s+)?(?P<end>year[-\s]end|year's\s+end)"
    r"|(?P<pre>the\s+(?:full\s+|whole\s+|entire\s+|current\s+)?(?:fiscal\s+|calendar\s+)?|this\s+fiscal\s+)(?P<unit>year|quarter|week|weekend|month)(?!\s+(?:of|before|after|earlier|ago|\d{4})\b)(?!-)"
    r"|(?P<back>year-earlier|year-ago)",
)
def the_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the quarter", "the week", "year-end": the one the article is in (the last complete one
    for a quarter spoken of in the past tense, as earnings reports do)."""
    if (
        m["unit"]
        and "current" not in _g(m, "pre")
        and re.match(r"\s+(?:that|when|in\s+which)\b", ctx.text[m.end() :], FLAGS)
    ):
        return None  # "the year that he died" is the year of a clause; "the current year that
        # ends in June" is still the current year
    if m["end"]:  # "year-end", "year end", "(the) year's end"
        # TimeML writes the end of a period as the period with mod END, as for "the end of the
        # year": "by year-end" is 1989 END, not the last day of 1989
        if ctx.ref is None:
            return Norm("DATE", "XXXX", "END", relative=True)
        year_value = ctx.ref.year - (
            1 if ctx.direction(m.start(), m.end()) < 0 and ctx.ref.month < 3 else 0
        )
        return Norm("DATE", f"{year_value:04d}", "END", relative=True)
    if m["back"]:  # "year-earlier", "year-ago"
        return Norm("DATE", "XXXX" if ctx.ref is None else f"{ctx.ref.year - 1:04d}", relative=True)
    if ctx.ref is None:
        return Norm("DATE", UNKNOWN[unit_of(m["unit"])], relative=True)
    unit = unit_of(m["unit"])
    if unit == "Y" and ctx.word_after(m.end()) in ("ended", "ending"):
        return Norm("DURATION", "P1Y")  # "the year ended Sept. 30": twelve months up to a date
    if unit == "Q" and not m["pre"].lower().startswith("this"):
        # news reports on a quarter once it has closed: "the quarter" is the last complete one
        # (or the one the article already speaks of, see `follow_reference_quarter`)
        return Norm("DATE", fmt(shift(ctx.ref, "Q", -1), "Q"), relative=True)
    if unit == "WE":
        if ctx.ref.weekday() >= 5:
            # written on a Saturday or Sunday, "the weekend" is the one it is written in
            sat = ctx.ref - timedelta(days=ctx.ref.weekday() - 5)
            return Norm("DATE", fmt(sat, "WE"), relative=True)
        sat = ctx.ref + timedelta(days=(5 - ctx.ref.weekday()) % 7)
        if ctx.direction(m.start(), m.end()) < 0 and sat > ctx.ref:
            sat -= timedelta(weeks=1)
        return Norm("DATE", fmt(sat, "WE"), relative=True)
    return Norm("DATE", fmt(ctx.ref, unit), relative=True)


@rule("in_the_day", r"(?<=\bin\s)the\s+day(?![-\w])")
def in_the_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "later in the day", "earlier in the day": the day the article tells of, its date."""
    if not re.search(
        r"\b(?:later|earlier|early|late)\s+in\s+\Z",
        ctx.text[max(0, m.start() - 16) : m.start()],
        FLAGS,
    ):
        return None
    if ctx.ref is None:
        return Norm("DATE", UNKNOWN["D"], relative=True)
    return Norm("DATE", ctx.ref.isoformat(), relative=True)


@rule(
    "nth_day",
    rf"(?:the\s+)?(?P<n>{ORDINAL})\s+(?:straight\s+|consecutive\s+)?day(?=\s+(?:of|in|since)\b)",
)
def nth_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "today is the eighth day of the operation", "it's the second day of an offensive": in
    the present tense, the count names the day the article is written."""
    if ctx.ref is None or not _PRESENT_IS.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    return Norm("DATE", ctx.ref.isoformat(), relative=True)


_PRESENT_IS = re.compile(r"\b(?:is|it's|it’s)\s+\Z", FLAGS)


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
    "then current": "PAST_REF", "then-current": "PAST_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "a future date": "FUTURE_REF",
}  # fmt: skip


@rule("reference", rf"(?:{alternation([k for k in _REFS if k != 'the coming'])})")
def reference(m: re.Match[str], ctx: Context) -> Norm | None:
    key = " ".join(m.group(0).lower().split())
    if key in ("current", "recent") and ctx.tag_at(m.start()) != "JJ":
        return None
    if key == "current" and ctx.word_after(m.end()) in ("account", "accounts", "affairs", "events"):
        return None
    if (
        key == "the past"
        and (nxt := _FIRST_WORD.match(ctx.text, m.end()))
        and (ctx.tag_at(nxt.start(1)) in ("CD", "JJ", "NN", "NNS") and nxt.start(1) == m.end() + 1)
    ):
        return None  # "the past three summers": "past" describes what follows, the past is a noun
    if key.endswith(" term") and ctx.tag_at(m.end() + 1).startswith("NN"):
        return None  # "the short term debt": a kind of debt, not a time
    if key == "the moment" and ctx.word_before(m.start()) != "for":
        return None  # "at/for the moment" is now; "the moment the plane exploded" is an event
    if key == "now" and ctx.text.startswith("-", m.end()):
        return None  # "the now-cancelled deal": a description of the deal, not a time
    if key == "now" and ctx.word_after(m.end()) == "defunct":
        return None  # "the now defunct airline" describes the airline; "now that" is the present
    if key == "soon" and (
        ctx.word_before(m.start()) == "as" or ctx.word_after(m.end()) in ("after", "as")
    ):
        return None  # "as soon as", "soon after the blast": a relation, not a time
    if key == "soon" and ctx.direction(m.start(), m.end()) < 0:
        return None  # "the trickle soon became a flood": soon after a past event, no future
    return Norm("DATE", _REFS[key], relative=True)


_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
              "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "quarterly": "P1Q",
              "biweekly": "P2W", "biannually": "P6M"}  # fmt: skip


@rule(
    "set",
    rf"(?:(?P<word>{alternation(_SET_WORDS)})|(?P<q>every|each|per)\s+(?:(?P<n>{NUMBER})\s+)?(?:(?P<unit>{UNIT})|(?P<wd>{WEEKDAY})|(?P<smon>{MONTH})|(?P<sseason>{SEASON})|(?P<spart>morning|afternoon|evening))|(?P<times>once|twice|\w+\s+times)\s+(?:a|an|per|every)\s+(?P<unit2>{UNIT}))",
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
        if m["word"][0].isupper() and _name_before(m, ctx):
            return None  # "Washington Monthly", "Publishers Weekly": the end of a name
        return Norm("SET", _SET_WORDS[m["word"].lower()])
    if m["wd"]:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower().rstrip('.')]}")
    if m["smon"]:
        if not m["smon"][0].isupper() or m["q"].lower() == "per" or m["n"]:
            return None  # "each may vote": a verb, not the month
        return Norm("SET", f"XXXX-{MONTHS[m['smon'].lower().rstrip('.')]:02d}")  # "each July"
    if m["sseason"] or m["spart"]:
        if m["q"].lower() == "per" or m["n"] or ctx.word_after(m.end()) == "of":
            return None  # "each fall of the index": a noun, not a season
        if m["sseason"]:  # "every summer": each one of that season
            return Norm("SET", f"XXXX-{SEASONS[m['sseason'].lower()]}")
        return Norm("SET", f"XXXX-XX-XXT{DAY_PARTS[m['spart'].lower()]}")  # "every morning"
    unit = unit_of(m["unit"] or m["unit2"])
    if unit in ("H", "MIN", "SEC") and ctx.word_before(m.start()) in _SPEED_UNITS:
        return None  # "15 million instructions per second": a speed
    n = number_value(m["n"]) if m["n"] else 1
    return Norm("SET", duration(n, unit))


_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": (7, 4), "boxing day": (12, 26),
}  # fmt: skip


# Days named from a movable feast: (the feast, days after it).
_FEAST_DAYS = {
    "easter sunday": ("easter", 0), "easter monday": ("easter", 1), "good friday": ("easter", -2),
    "maundy thursday": ("easter", -3), "palm sunday": ("easter", -7),
    "ash wednesday": ("easter", -46), "black friday": ("thanksgiving", 1),
    "cyber monday": ("thanksgiving", 4),
}  # fmt: skip


_HOLIDAY_NAMES = alternation(
    [*_HOLIDAYS, *_FEAST_DAYS, "thanksgiving day", "thanksgiving", "easter", "election day"]
)


# A day near each movable holiday, to choose its year before its exact date is worked out.
_MOVABLE_NEAR = {"thanksgiving": (11, 25), "election": (11, 5), "easter": (4, 10),
                 "good": (4, 10), "maundy": (4, 10), "palm": (4, 3), "ash": (2, 25),
                 "black": (11, 26), "cyber": (11, 29)}  # fmt: skip


@rule(
    "holiday",
    rf"(?:(?P<rel>last|next|this)\s+)?(?P<name>{_HOLIDAY_NAMES})"
    rf"(?:\s+(?P<y>{YEAR}))?",
)
def holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    """A holiday's date; without a year, the one nearest the reference date that the clause's
    tense allows ("Thanksgiving" in a past clause read in January is last November's)."""
    name = " ".join(m["name"].lower().split())
    if (name == "election day" or name in _FEAST_DAYS) and not m["name"][0].isupper():
        return None  # only the capitalised "Election Day" is the fixed American one; "a good
        # Friday" is any Friday
    rel = _g(m, "rel")
    year_value: int | None = None
    if m["y"]:
        year_value = int(m["y"])
    elif ctx.ref is not None:
        month, day = _HOLIDAYS.get(name) or _MOVABLE_NEAR.get(name.split()[0], (4, 10))
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
    feast, days_after = _FEAST_DAYS.get(name, (name, 0))
    if feast.startswith("thanksgiving"):
        first = date(year_value, 11, 1)
        d = first + timedelta(days=(3 - first.weekday()) % 7 + 21 + days_after)  # 4th Thursday
    elif feast == "easter":
        d = easter(year_value) + timedelta(days=days_after)
    elif name.startswith("election"):
        # the United States' Election Day: the Tuesday after the first Monday of November
        first = date(year_value, 11, 2)
        d = first + timedelta(days=(1 - first.weekday()) % 7)
    else:
        month, day = _HOLIDAYS[name]
        d = date(year_value, month, day)
    return Norm("DATE", d.isoformat(), relative=not m["y"])
