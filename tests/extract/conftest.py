"""Shared fixtures for extraction tests: the spaCy pipeline, loaded once per session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()
