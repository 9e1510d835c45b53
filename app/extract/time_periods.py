"""The calendar period a normalized time expression stands for, as a pair of dates.

Ordering needs comparable points, not TIMEX3 strings: "199X" is 1990-01-01..1999-12-31,
"1998-W12" a week, "1947/1991" a named period, "the last decade" the ten years before the
reference date. Relative expressions of an undated article are read against a stand-in
reference date, so that they still order among themselves and after what is long past.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from app.extract.model import TimeExpression
from app.extract.timex_rules import Context, find

Period = tuple[date, date]

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"(\d{4})-(\d\d)$")
_WEEK = re.compile(r"(\d{4})-W(\d\d?)")
_QUARTER = re.compile(r"(\d{4})-Q(\d)")
_HALF = re.compile(r"(\d{4})-H(\d)")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR = re.compile(r"(\d{4})$")
_DECADE = re.compile(r"(\d{3})X$")
_CENTURY = re.compile(r"(\d\d)XX$")
_INTERVAL = re.compile(r"(\d{4})/(\d{4})$")
_DURATION = re.compile(r"PT?(\d+(?:\.\d+)?)(DE|CE|Y|M|W|D|H|Q)$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_PAST_WORDS = re.compile(r"\b(?:past|last|previous|recent|preceding)\b", re.I)
_NEXT_WORDS = re.compile(r"\b(?:next|coming|following|upcoming)\b", re.I)


def _month_end(year: int, month: int) -> date:
    next_first: date = date(year, month, 1) + relativedelta(months=1)  # dateutil is untyped
    return next_first - timedelta(days=1)


def value_period(value: str) -> Period | None:
    """The dates a calendar TIMEX3 value covers; None for durations, sets and unknowns."""
    try:
        if m := _INTERVAL.match(value):
            return date(int(m[1]), 1, 1), date(int(m[2]), 12, 31)
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            return date(int(m[1]), int(m[2]), 1), _month_end(int(m[1]), int(m[2]))
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := _QUARTER.match(value):
            first = (int(m[2]) - 1) * 3 + 1
            return date(int(m[1]), first, 1), _month_end(int(m[1]), first + 2)
        if m := _HALF.match(value):
            first = 1 if m[2] == "1" else 7
            return date(int(m[1]), first, 1), _month_end(int(m[1]), first + 5)
        if m := _SEASON.match(value):
            a, b = _SEASON_MONTHS[m[2]]
            end_year, end_month = int(m[1]) + (b - 1) // 12, (b - 1) % 12 + 1
            return date(int(m[1]), a, 1), _month_end(end_year, end_month)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := _DECADE.match(value):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
        if m := _CENTURY.match(value):
            return date(int(m[1]) * 100, 1, 1), date(int(m[1]) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


def _duration_delta(value: str) -> relativedelta | None:
    m = _DURATION.match(value)
    if not m:
        return None
    n = float(m[1])
    unit = m[2]
    if value.startswith("PT"):
        return relativedelta(hours=int(n)) if unit == "H" else relativedelta(days=0)
    years = {"Y": 1, "DE": 10, "CE": 100}.get(unit)
    if years:
        return relativedelta(years=int(n * years))
    return {
        "M": relativedelta(months=int(n)), "Q": relativedelta(months=int(3 * n)),
        "W": relativedelta(weeks=int(n)), "D": relativedelta(days=int(n)),
    }.get(unit)  # fmt: skip


def timex_period(tx: TimeExpression, ref: date) -> Period | None:
    """The dates `tx` covers, reading relative expressions against `ref`.

    `ref` is the publication date, or a stand-in for an undated article; an unresolved value is
    normalized again against it so "the last decade" of an undated article still has dates.
    """
    value, type_ = tx.value, tx.type
    if tx.anchor == "unresolved":
        found = find(tx.text, Context(text=tx.text, ref=ref))
        if found:
            value, type_ = found[0].norm.value, found[0].norm.type
    if value == "PRESENT_REF":
        return ref, ref
    if value == "PAST_REF":
        return ref - timedelta(days=365), ref
    if value == "FUTURE_REF":
        return ref + timedelta(days=1), ref + timedelta(days=365)
    if type_ == "DURATION" and tx.anchor is not None:
        delta = _duration_delta(value)
        if delta is None:
            return None
        if _NEXT_WORDS.search(tx.text):
            return ref, ref + delta
        if _PAST_WORDS.search(tx.text):
            return ref - delta, ref
        return None
    if type_ in ("DURATION", "SET"):
        return None
    return value_period(value.split("T")[0])


def period_label(period: Period) -> str:
    """Readable, sortable form of a period: "1990-1999", "2013-03", "2013-03-21"."""
    a, b = period
    if a == b:
        return a.isoformat()
    if a.year == b.year and a.month == 1 and a.day == 1 and b.month == 12 and b.day == 31:
        return str(a.year)
    if a.year == b.year and a.month == b.month and a.day == 1 and b == _month_end(b.year, b.month):
        return f"{a.year:04d}-{a.month:02d}"
    if a.month == 1 and a.day == 1 and b.month == 12 and b.day == 31:
        return f"{a.year}-{b.year}"
    return f"{a.isoformat()}/{b.isoformat()}"
