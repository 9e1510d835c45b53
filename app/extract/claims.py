"""Claims: attribution relations (source, cue, content) with quote kind and hedging."""

from __future__ import annotations

from spacy.tokens import Doc

from app.extract.model import Claim, Entity


def extract_claims(doc: Doc, entities: list[Entity]) -> list[Claim]:
    """Who said or believes what, in text order."""
    return []  # being written (issue 5)
