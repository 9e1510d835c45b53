"""ent7: names in non-news writing (issue #14), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entities_of, owner


def test_a_court_after_a_hyphenated_judge_is_no_person(nlp: Language) -> None:
    text = (
        "Ferry tolls case goes to appeal\n\n"
        "A three-judge Circuit Court, which heard the ferry owners in March, held that the "
        "tolls were lawful. The Circuit Court rejected the claim of the harbour board. "
        "Lawyers for the owners said they would appeal.\n"
    )
    ents = entities_of(nlp, text)
    assert owner(ents, "Circuit Court").type == "organization"


def test_initials_alone_name_no_person(nlp: Language) -> None:
    text = (
        "Harbour Board v. Kellaway\n\n"
        "The appeal was argued on March 3. QUENTMORE, J., delivered the opinion of the "
        "Court, in which ALDRITH, J., and FENWICK, J., joined. ALDRITH, J., filed a "
        "concurring opinion. See Pellow, R. T. and Anstey, D. M. (2009). Tidal rights. "
        "H. R. 2231 was passed.\n"
    )
    ents = entities_of(nlp, text)
    people = {e.name for e in ents if e.type == "person"}
    assert not people & {"J.", "R. T.", "D. M.", "H. R."}, people
    assert "Anstey" in people  # the surname before the initials stays a person
