"""Entities: people, organizations, places and events, with aliases merged, roles and salience."""

from __future__ import annotations

from spacy.tokens import Doc

from app.extract.document import Document
from app.extract.model import Entity


def extract_entities(doc: Doc, document: Document) -> list[Entity]:
    """The article's entities, each with every mention's offsets into `document.text`."""
    return []  # being written (issue 3)
