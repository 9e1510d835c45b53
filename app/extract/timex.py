"""Time expressions found in the text and normalized to TIMEX3 values."""

from __future__ import annotations

from datetime import date, datetime

from spacy.tokens import Doc

from app.extract.model import TimeExpression


def extract_time_expressions(doc: Doc, published: date | datetime | None) -> list[TimeExpression]:
    """Every temporal expression in `doc`, resolved against the publication date when relative."""
    return []  # being written (issue 4)
