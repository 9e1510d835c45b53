"""Calendar ranges of TIMEX3 date values: "199X" -> 1990-01-01 .. 1999-12-31."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_HALF = {"H1": (1, 6), "H2": (7, 12)}
_QUARTER = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}


def _month_range(year: int, m1: int, m2: int) -> tuple[date, date]:
    end_year = year + 1 if m2 < m1 else year
    return date(year, m1, 1), date(end_year, m2, calendar.monthrange(end_year, m2)[1])


def value_range(value: str) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 DATE value covers, or None if it names no period.

    Handles years, decades (199X), centuries (19XX), months, days, ISO weeks, quarters, halves,
    seasons and datetimes (the day). Reference values (PRESENT_REF) and X-ed out parts
    (XXXX-XX-XX) cover no fixed period and give None.
    """
    v = value.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            return _month_range(int(m[1]), int(m[2]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)", v):
            part = m[2]
            m1, m2 = (_QUARTER | _HALF | _SEASON_MONTHS)[part]
            return _month_range(int(m[1]), m1, m2)
        if m := re.fullmatch(r"(\d{4})", v):
            return date(int(v), 1, 1), date(int(v), 12, 31)
        if m := re.fullmatch(r"(\d{3})X", v):
            y = int(m[1]) * 10
            return date(y, 1, 1), date(y + 9, 12, 31)
        if m := re.fullmatch(r"(\d{2})XX", v):
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None
