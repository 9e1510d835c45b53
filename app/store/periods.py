"""The first and last day of a timeline event's `date` label, as SQL, for date-range filters.

A label (`app.extract.time_periods.period_label`) is one of `2013-03-21`, `2013-03`, `2013`,
`1990-1999` or `2013-03-21/2013-04-02`. It sorts by its first year, but not by its first day
(`1990-1999` sorts after `1990-06-01`), so a range filter compares ISO days computed from it:
each form has its own length. A `YYYY-MM` month ends on day "31" for every month: as an ISO
string it still sorts after every real day of that month and before the next month.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, case, func, literal


def _text(value: str) -> Any:
    return literal(value, String)


def period_start(label: Any) -> Any:
    """The ISO day a labelled period starts."""
    length = func.length(label)
    return case(
        (length == 4, label + _text("-01-01")),
        (length == 7, label + _text("-01")),
        (length == 9, func.substr(label, 1, 4) + _text("-01-01")),
        else_=func.substr(label, 1, 10),
    )


def period_end(label: Any) -> Any:
    """The ISO day a labelled period ends."""
    length = func.length(label)
    return case(
        (length == 4, label + _text("-12-31")),
        (length == 7, label + _text("-31")),
        (length == 9, func.substr(label, 6, 4) + _text("-12-31")),
        (length == 21, func.substr(label, 12, 10)),
        else_=label,
    )


def year_after(day: str) -> str:
    """The first year after an ISO day's: every label of a period starting on or before `day`
    sorts below it (a label begins with its first year), so an index range can stop there."""
    return f"{int(day[:4]) + 1:04d}"
