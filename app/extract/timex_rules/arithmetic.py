"""What a rule returns (`Norm`) and may look at (`Context`), and the calendar arithmetic and
TIMEX3 value formatting per granularity that rules share (shifts, durations, the year near a
reference date, the weekday a qualifier points to).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from app.extract.model import TimexType
from app.extract.timex_vocab import (
    UNIT_PLURALS,
    UNITS,
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
    if n != int(n) and n > 1 and unit in _MIXED and (n - int(n)) * _MIXED[unit][0] % 1 == 0:
        # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M: whole units, then the smaller one
        factor, smaller = _MIXED[unit]
        rest = int((n - int(n)) * factor)
        return (
            f"PT{int(n)}{code}{rest}{smaller}" if time_unit else f"P{int(n)}{code}{rest}{smaller}"
        )
    if n != int(n):  # "half an hour": one unit down
        one_down = {"Y": (12, "M", False), "M": (30, "D", False), "D": (24, "H", True),
                    "H": (60, "M", True), "W": (7, "D", False), "MIN": (60, "S", True)}  # fmt: skip
        if unit in one_down:
            factor, code, time_unit = one_down[unit]
            n = n * factor
    count = int(n) if n == int(n) else n
    return f"PT{count}{code}" if time_unit else f"P{count}{code}"


_MIXED = {"Y": (12, "M"), "H": (60, "M"), "MIN": (60, "S")}


def year_near(ctx: Context, month: int, day: int | None, start: int, end: int) -> int | None:
    """Year of a month (and day) given without one: the nearest, unless the clause's tense
    points clearly the other way (a past clause about a date months ahead means last year)."""
    if ctx.ref is None:
        return None
    ref, direction = ctx.ref, ctx.direction(start, end)
    if _SINCE_BEFORE.search(ctx.text, max(0, start - 20), start):
        direction = -1  # "since May": whatever the tense, a time that lies behind
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


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?\s*)?\Z", FLAGS)


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
    if re.search(r"\bahead\s+of\s+\Z", ctx.text[max(0, start - 12) : start], FLAGS):
        direction = 1  # "ahead of Saturday's caucus": what comes after the time of writing
    elif ctx.text.startswith("'s", end):
        direction = 0  # "Wednesday's ruling": a possessive weekday names something that happened
    elif _DEADLINE_BEFORE.search(ctx.text, max(0, start - 20), start) and not (
        direction < 0 and ctx.text.startswith(",", end)
    ):
        # "until Tuesday", "as soon as Tuesday": deadlines in news lie ahead, unless a fronted
        # "until" tells how long a past state lasted ("Until Thursday, they had not named him")
        direction = 1
    if qualifier == "coming" or direction > 0:
        return ref + timedelta(days=diff if diff >= 0 else diff + 7)
    return ref + timedelta(days=diff if diff <= 0 else diff - 7)
