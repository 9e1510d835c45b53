"""The lead's sixth-session claim rules (issue #15), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import FLOOR, claims_of, shown


def test_finding_oneself_in_a_state_is_no_finding(nlp: Language) -> None:
    text = (
        "Spending row\n\n"
        "The minister found himself struggling to explain how a smaller rise in spending "
        "was a cut. Auditors found that the figures were wrong.\n"
    )
    # kept in the brief, but under the floor a reader is shown
    found = shown(claims_of(nlp, text), "found")
    assert [text[c.content.start : c.content.end] for c in found] == ["that the figures were wrong"]


def test_an_amount_alone_is_no_content(nlp: Language) -> None:
    text = (
        "Poll figures\n\n"
        "The exceptions are strongly Republican Idaho (Hale approval 24 percent, Clinton support "
        "27 percent) and Utah, where Hale served.\n"
    )
    claims = claims_of(nlp, text)
    shown_contents = [
        text[c.content.start : c.content.end] for c in claims if c.confidence >= FLOOR
    ]
    assert "27 percent" not in shown_contents, shown_contents
