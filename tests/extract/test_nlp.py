"""The spaCy pipeline is loaded once per process, however it is asked for."""

from __future__ import annotations

from app.extract.nlp import DEFAULT_MODEL, load_nlp


def test_one_model_per_name() -> None:
    assert load_nlp() is load_nlp(DEFAULT_MODEL) is load_nlp(name=DEFAULT_MODEL)
