"""The learned last look at names (`app/extract/entities/name_filter.py`), on invented texts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.document import from_text
from app.extract.entities import extract_entities, name_filter
from app.extract.model import Entity

HOW_TO = """How to keep your sourdough alive

You will need flour, water and a jar. I always use a glass jar, because you can see the \
bubbles. If you forget to feed it, don't panic: we have all done it.

Feed the starter every morning. You can find more tips in our Forums, where other bakers \
share what worked for them. The forums are free to join, and you can post photos of your loaves.

Keep the jar somewhere warm. If your kitchen is cold, I put mine on top of the fridge. You will \
see it rise within a few hours.
"""

NEWS = """Brovik agrees to buy rival glassmaker

OSLO (Reuters) - Brovik said on Tuesday it had agreed to buy a smaller rival for 40 million \
crowns, the glassmaker's second deal this year.

Brovik shares rose 3 percent in early trading. The company said the deal would close in March, \
and analysts at Nordbank said the price was fair. The United Nations said nothing.

"This gives us the kilns we need," chief executive Anna Berg told reporters.
"""


def _types(nlp: Language, raw: str) -> dict[str, str]:
    document = from_text(raw)
    entities: list[Entity] = extract_entities(nlp(document.text), document)
    return {e.name: e.type for e in entities}


def test_a_one_word_name_in_a_how_to_text_is_no_place(nlp: Language) -> None:
    # "our Forums" in a second-person guide that also writes "the forums": a site's section
    assert _types(nlp, HOW_TO).get("Forums") == "other"


def test_without_the_model_the_name_stays_a_place(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(name_filter, "load_models", lambda: {})
    assert _types(nlp, HOW_TO).get("Forums") == "place"


def test_organizations_of_a_news_report_are_kept(nlp: Language) -> None:
    types = _types(nlp, NEWS)
    assert types.get("Brovik") == "organization"
    assert types.get("United Nations") == "organization"
    assert types.get("Oslo", types.get("OSLO")) == "place"
