"""Running the grammar: every rule over a text, longest match first without overlaps, then the
words before an expression that belong to it, reference quarters, and anaphoric expressions
("two years later") resolved against the expression before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from app.extract.regex_scan import StartIndex, scan
from app.extract.timex_rules.arithmetic import FLAGS, Context, Norm, fmt, shift, unit_of
from app.extract.timex_rules.rules import _MOD, _START, EDGE_MOD, RULES
from app.extract.timex_vocab import (
    MODIFIERS,
    MONTH,
    NUMBER,
    UNIT,
    WEEKDAY,
    number_value,
)

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
    taken = _second_days(text, taken, ctx)
    taken = _joined_months(text, taken)
    taken = _joined_weekdays(text, taken)
    taken = _shared_set_part(text, taken)
    return resolve_anaphora(text, follow_reference_quarter(text, taken, ctx))


_SECOND_DAY = re.compile(
    r"\s+(?:and|or|to|through|-|–)\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d%.,]\d|\s*%)"
)


def _second_days(text: str, found: list[Found], ctx: Context) -> list[Found]:
    """ "April 24 and 25": the bare day after a month-day date is a date of the same month
    (TimeML marks it on its own), when it comes later in the month and no noun follows it
    ("April 24 and 25 people")."""
    out: list[Found] = []
    for i, f in enumerate(found):
        out.append(f)
        m = _SECOND_DAY.match(text, f.end)
        day_value = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", f.norm.value)
        if m is None or day_value is None or f.rule not in ("month_day", "day_month"):
            continue
        if i + 1 < len(found) and found[i + 1].start < m.end():
            continue
        day = int(m.group(1))
        if not int(day_value.group(3)) < day <= 31:
            continue
        after = _FOLLOWING_WORD.match(text, m.end())
        if after is not None and ctx.tag_at(after.start(1)) in ("NN", "NNS", "NNP", "NNPS", "CD"):
            continue
        year, month = day_value.group(1), int(day_value.group(2))
        if year != "XXXX":
            try:
                date(int(year), month, day)
            except ValueError:
                continue
        value = f"{year}-{month:02d}-{day:02d}"
        out.append(Found(m.start(1), m.end(), replace(f.norm, value=value), "second_day"))
    return out


_FOLLOWING_WORD = re.compile(r"\s*(\w+)")


_MONTH_JOIN = re.compile(r"\s*(?:and|or|to|through|until|-|–)\s*\Z", FLAGS)


_DAY_RANGE = re.compile(r"\s*(?:or|to|through|until|-|–)\s*\Z", FLAGS)


def _joined_weekdays(text: str, found: list[Found]) -> list[Found]:
    """ "as soon as Tuesday or Wednesday", "Thursday through Monday": a bare weekday that ends a
    range or an alternative is the first such day after the dated weekday before it."""
    out = list(found)
    for i in range(1, len(out)):
        f, g = out[i - 1], out[i]
        if f.rule != "weekday" or g.rule != "weekday":
            continue
        if not _DAY_RANGE.match(text[f.end : g.start]):
            continue  # "made Friday and Thursday": a list may run back in time
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", f.norm.value) or not re.fullmatch(
            r"\d{4}-\d\d-\d\d", g.norm.value
        ):
            continue
        first, second = date.fromisoformat(f.norm.value), date.fromisoformat(g.norm.value)
        wanted = first + timedelta(days=(second.isoweekday() - first.isoweekday()) % 7 or 7)
        if wanted != second:
            out[i] = replace(g, norm=replace(g.norm, value=wanted.isoformat()))
    return out


def _joined_months(text: str, found: list[Found]) -> list[Found]:
    """ "December and January": a bare month joined to the month before it follows it, in
    the next year when it comes earlier in the calendar."""
    out = list(found)
    for i in range(1, len(out)):
        f, g = out[i - 1], out[i]
        a = re.fullmatch(r"(\d{4})-(\d\d)", f.norm.value)
        b = re.fullmatch(r"(\d{4})-(\d\d)", g.norm.value)
        if a is None or b is None or g.rule != "month":
            continue
        if not _MONTH_JOIN.match(text[f.end : g.start]):
            continue
        year = int(a[1]) + (1 if int(b[2]) < int(a[2]) else 0)
        if year != int(b[1]):
            out[i] = replace(g, norm=replace(g.norm, value=f"{year:04d}-{b[2]}"))
    return out


_JOINED = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*\Z", FLAGS)


def _shared_set_part(text: str, found: list[Found]) -> list[Found]:
    """ "on Monday and Tuesday nights": the day before the plural shares its recurrence and its
    part of the day (every Monday night, XXXX-WXX-1TNI), not the next Monday."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        f, nxt = out[i], out[i + 1]
        plural = re.fullmatch(r"XXXX-WXX-\d(T\w+)?", nxt.norm.value)
        if (
            f.rule != "weekday"
            or nxt.rule != "weekday"
            or nxt.norm.type != "SET"
            or plural is None
            or f.norm.type == "SET"
            or not _JOINED.match(text[f.end : nxt.start])
            or re.search(r"\s", text[f.start : f.end])
        ):
            continue
        wd = (
            re.search(r"-(\d)(?:T\w+)?$", f.norm.value) if f.norm.value.startswith("XXXX") else None
        )
        day = wd[1] if wd else str(date.fromisoformat(f.norm.value[:10]).isoweekday())
        value = f"XXXX-WXX-{day}{plural[1] or ''}"
        out[i] = replace(f, norm=Norm("SET", value))
    return out


_YEAR_BACK = re.compile(r"\byears?\s+(?:ago|earlier|before)|year-(?:earlier|ago)", FLAGS)


_QUARTER_VALUE = re.compile(r"(\d{4})-Q(\d)")


# A figure or an account compared across periods: money, a share, a count in millions, or
# the words of a company's results.
_FIGURE = re.compile(
    r"[$£€#]\s?\d|\d\s?%|\b\d[\d,.]*\s+(?:percent|cents?|pence|shares?)\b"
    r"|\b(?:million|billion|profits?|earnings|revenues?|sales|net|income|loss(?:es)?|costs?"
    r"|results|margins?|dividends?|operating)\b",
    FLAGS,
)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence a span sits in, roughly: from the last full stop before it to the next."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return text[left + 1 : min(right) if right else len(text)]


_CONTRAST_BEFORE = re.compile(
    r"\b(?:after|before|following|since|than|from|versus|vs\.|compared\s+(?:with|to))"
    r"\s+(?:[\w-]+\s+){0,2}\Z",
    FLAGS,
)


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
        if (
            qm
            and f.rule != "year_period"
            and not _YEAR_BACK.search(text, f.start, f.end)
            and not _CONTRAST_BEFORE.search(text, max(0, f.start - 30), f.start)
            and _FIGURE.search(_sentence_around(text, f.start, f.end))
        ):
            # comparisons do not move the quarter in focus: not "a year ago", nor "after a flat
            # second quarter", "up from the first quarter"; and a quarter is one a company
            # reports on only beside its figures ("her first-quarter ratings" is no such thing)
            quarter = int(qm[1]), int(qm[2])
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
    anchor_end = 0
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
        if (
            f.rule == "clock"
            and anchor is not None
            and anchor[1] == "D"
            and not _DAY_NAMED.search(text, f.start, f.end)
            and f.start - anchor_end < _CLOCK_REACH
            and len(_SENTENCE_END.findall(text, anchor_end, f.start)) <= 1
            and "\n\n" not in text[anchor_end : f.start]
        ):
            # "was shot on Oct. 23 ... at 10 p.m.": a time of day alone is on the day the text
            # last told of, not on the day of publication
            f = replace(f, norm=replace(f.norm, value=anchor[0].isoformat() + f.norm.value[10:]))
        if (
            f.rule in ("month_rel_year", "season")
            and f.norm.value.startswith("XXXX-")
            and anchor is not None
            and (_SAME_YEAR.search(text, f.start, f.end) or _THAT.match(text, f.start))
        ):
            # "in 1992 ... in early June of that year": the month in the year last told of
            f = replace(f, norm=replace(f.norm, value=f"{anchor[0].year:04d}{f.norm.value[4:]}"))
        if f.rule == "in_the_day" and anchor is not None and anchor[1] == "D":
            # "on Tuesday ... later in the day": the day the text last told of
            f = replace(f, norm=replace(f.norm, value=anchor[0].isoformat()))
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
        if f.norm.type in ("DATE", "TIME") and (point := anchor_point(f.norm.value)):
            anchor, anchor_end = point, f.end
        out.append(f)
    return out


_SAME_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b", FLAGS)
_THAT = re.compile(r"(?:that|the\s+same|same)\s", FLAGS)
_DAY_NAMED = re.compile(rf"{WEEKDAY}|{MONTH}|yesterday|today|tomorrow|tonight|\d{{4}}-\d\d", FLAGS)
_CLOCK_REACH = 600  # characters, and no further back than the sentence before
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z])")


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
        MODIFIERS.get(word) not in (None, "START", "MID", "END")
        and not word.startswith("the ")
        and re.match(r"the\s", text[f.start :], FLAGS)
    ):
        return f  # "over the past decade": a preposition; "over two years" counts more than two
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
