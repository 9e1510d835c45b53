"""The lead's sixth-session entity rules (issue #14), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from app.extract.document import from_text
from app.extract.entities import extract_entities
from app.extract.model import Entity


def _entities(nlp: Language, raw: str) -> list[Entity]:
    document = from_text(raw)
    return extract_entities(nlp(document.text), document)


def test_a_date_the_recogniser_ran_into_is_no_part_of_a_name(nlp: Language) -> None:
    text = (
        "Aid figures due\n\n"
        "She added she would give new figures on the number of flood-related British deaths "
        "to the Commons on Monday.\n"
    )
    names = {e.name for e in _entities(nlp, text)}
    assert "Commons" in names, names  # not "Commons on Monday"


def test_a_headlines_label_counts_less_than_the_storys(nlp: Language) -> None:
    # the model reads the title-case headline's "Lib Dems'" as a person and the story's
    # "The Lib Dems have named" as a body: one each, and the story's reading wins
    text = (
        "Lib Dems' new treasurer\n\n"
        "The Lib Dems have named a former banker as the party's treasurer.\n"
    )
    ents = _entities(nlp, text)
    assert [(e.name, e.type) for e in ents] == [("Lib Dems", "organization")]
