"""Events the article reports, anchored to time expressions and put in order."""

from __future__ import annotations

from datetime import date, datetime

from spacy.tokens import Doc

from app.extract.model import Entity, TimeExpression, TimelineEvent


def build_timeline(
    doc: Doc,
    time_expressions: list[TimeExpression],
    entities: list[Entity],
    published: date | datetime | None,
) -> list[TimelineEvent]:
    """The reported events in timeline order (`order` 0 = earliest)."""
    return []  # being written (issue 4)
