"""TimeML normalization rules: a regex grammar of English time expressions and their TIMEX3 values.

Each `Rule` pairs one compiled pattern with one function that turns its match into a `Norm`
(TIMEX3 type, value, mod). Relative expressions are resolved against a reference date (the
publication date) and a tense direction (-1 past, 0 present, +1 future) taken from the clause;
without a reference they keep an underspecified value ("XXXX-WXX") and say so (`relative`).
Rules never look at article-specific words: vocabulary lives in `timex_vocab.py`.

The package: `arithmetic` (Norm, Context, calendar arithmetic and value formatting), `rules`
(the grammar's rules), `grammar` (running them over a text: `find`).
"""

from __future__ import annotations

from app.extract.timex_rules.arithmetic import (
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
from app.extract.timex_rules.grammar import (
    Found,
    anchor_point,
    as_datetime_date,
    find,
    follow_reference_quarter,
    resolve_anaphora,
    with_prefix,
)
from app.extract.timex_rules.rules import _START, RULES, Rule, rule

__all__ = [
    "RULES",
    "UNKNOWN",
    "_START",
    "Context",
    "Found",
    "Norm",
    "Rule",
    "anchor_point",
    "as_datetime_date",
    "duration",
    "find",
    "fmt",
    "follow_reference_quarter",
    "relative_date",
    "resolve_anaphora",
    "rule",
    "shift",
    "unit_of",
    "weekday_date",
    "with_prefix",
    "year_near",
]
