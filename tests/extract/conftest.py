"""Shared fixtures and helpers for extraction tests: the spaCy pipeline, loaded once per session,
and the timeline of a text as the pipeline builds it."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from app.extract.claims import extract_claims
from app.extract.model import Entity, TimelineEvent
from app.extract.nlp import load_nlp
from app.extract.timeline import build_timeline, event_lexicon
from app.extract.timex import extract_time_expressions


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


def timeline(
    nlp: Language, text: str, published: date | None = None, entities: list[Entity] | None = None
) -> list[TimelineEvent]:
    """The timeline of `text` as the pipeline builds it: time expressions, the given entities,
    and the claims (an event inside one is `reported`)."""
    doc = nlp(text)
    return build_timeline(
        doc,
        extract_time_expressions(doc, published),
        entities or [],
        published,
        lexicon=event_lexicon(nlp),
        claims=extract_claims(doc, entities or []),
    )
