"""`_Event`: the analysis record of one event, filled in step by step by detection, anchoring,
ordering and selection.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from app.extract.model import (
    Modality,
    TimeExpression,
)
from app.extract.time_periods import Period


@dataclass(slots=True)
class _Event:
    tok: Token  # the word that names the event: verb, copula, or eventive noun
    kind: str  # verb, state (copular), noun
    start: int  # evidence span: the clause, or the noun phrase
    end: int
    trigger: tuple[int, int]
    tense: str
    modality: Modality
    time: TimeExpression | None = None
    relation: str | None = None  # how the anchor relates: in, since, after, before, by
    period: Period | None = None
    key: float = 0.0
    after: list[int] = field(default_factory=list)  # token indices of events this follows
    equal: list[int] = field(default_factory=list)
    host: _Event | None = None  # the verb event a nominal event is the object or subject of
    cause: _Event | None = None  # for the result of "resulted in": the cause verb
    drop: str | None = None  # why the reader's timeline leaves it out; None = shown
    anchored: bool = False  # the time expression is its own, not inherited

    @property
    def reportable(self) -> bool:
        return self.drop is None
