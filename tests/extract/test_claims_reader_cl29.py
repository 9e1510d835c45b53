"""Reader-judged claim-source rules of cl29 (tenth session), each on invented text."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entities_of, source_entity


def test_pronoun_after_as_for_a_name_is_that_person(nlp: Language) -> None:
    text = (
        "Senator Tom Baxter warned that a long fight at the convention would split the party. "
        "“I think that would be a disaster for all of us,” Baxter said. "
        "As for Walter Greene, he said he is not worried about the delegates."
    )
    assert source_entity(nlp, text, "he is not worried") == "Walter Greene"


def test_a_rival_in_apposition_to_a_titled_name_leaves_a_person(nlp: Language) -> None:
    text = (
        "The governor defended the bill on Monday. On Tuesday, Senator Corky Waldner of Ohio, "
        "a Republican rival, attacked her for supporting the bill. "
        "“No sensible person would back it,” Mr. Waldner said."
    )
    ents = {e.name: e for e in entities_of(nlp, text)}
    assert ents["Corky Waldner"].type == "person"
    assert source_entity(nlp, text, "No sensible person") == "Corky Waldner"


def test_first_of_two_surnames_with_an_honorific_is_that_person(nlp: Language) -> None:
    text = (
        "“Loans are safe when the project is sound,” said Marisol Quintero Beltrán, the head "
        "of the island's development bank. In an interview last week, Ms. Quintero said the "
        "bank had run out of cash. “We need new rules,” Ms. Quintero said."
    )
    ents = [e for e in entities_of(nlp, text) if e.type == "person"]
    assert [e.name for e in ents] == ["Marisol Quintero Beltrán"]
    assert source_entity(nlp, text, "We need new rules") == "Marisol Quintero Beltrán"
