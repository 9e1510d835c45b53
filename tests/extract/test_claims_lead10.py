"""The lead's tenth-session claim rules (issue #15), on articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.document import from_text
from tests.extract.conftest import FLOOR, by_cue, claims_of, shown, source_names

_OPENING = (
    "Safer streets plan\n\n"
    "Councillors will get new powers over local policing under plans unveiled by Jeremy "
    "Halvorsen on Monday. The transport secretary said buses would run later at night. "
)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # called "the transport secretary" before: "the prime minister" is someone else
        ("The prime minister said the plans would make towns safer.", [None]),
        # the same office named again is the same speaker
        ("The transport secretary said the plans would make towns safer.", ["Jeremy Halvorsen"]),
    ],
)
def test_another_sole_office_is_not_the_speaker_called_by_one(
    second: str, expected: list[str | None]
) -> None:
    raw = _OPENING + second + "\n"
    assert source_names(raw, "said") == ["Jeremy Halvorsen", *expected]


def test_a_gerund_subject_the_parse_hung_on_the_cue_stays_in_the_content(nlp: Language) -> None:
    text = (
        "Tax plans\n\nHe also believes being the only major party promising to increase taxes "
        "will not land him in the same trouble.\n"
    )
    claim = by_cue(claims_of(nlp, text), "believes")
    assert claim.content.text.startswith("being the only major party")
    assert claim.content.text.endswith("will not land him in the same trouble")


def test_a_speaker_after_a_dateline_is_linked_to_the_person_not_the_city() -> None:
    # the parse takes the dateline for the subject of "said"; the source kept is the senator
    raw = (
        "Whitfield Says Library Will Tell of 'Toil and Triumph.'\n\nWASHINGTON -- Senator "
        "Whitfield, dedicating the National Library of Rural Life on Sunday, said it would "
        "tell an American story, one of ''toil and triumph.''\n"
    )
    assert source_names(raw, "said") == ["Whitfield"]


def test_she_after_a_speaker_of_unknown_sex_is_not_the_woman_she_spoke_of() -> None:
    raw = (
        "Voters doubt Marsh\n\nSenator Ellen Marsh spoke at a rally in Tampa on Monday, where "
        "voters watched her speech.\n\nOkafor said Marsh does not show consistency on "
        "housing.\n\n\u201cIt is only when the cameras come that she talks about rents,\u201d "
        "she said.\n\nShe added, \u201cWhen the cameras leave, she forgets us again.\u201d\n"
    )
    # the "she" is Okafor going on (whom no entity names), never Senator Marsh
    assert source_names(raw, "said") == [None, None]
    assert source_names(raw, "added") == [None]


def test_a_possessor_no_one_was_found_for_is_under_the_floor() -> None:
    from app.extract.pipeline import extract

    raw = (
        "Tax plans\n\nHis promises to go after the rich notwithstanding, analysts at the Tax "
        "Policy Center agree the top earners would gain the most from the plan.\n"
    )
    claims = extract(from_text(raw)).claims
    promises = [c for c in claims if c.cue is not None and c.cue.text == "promises"]
    assert all(c.confidence < FLOOR for c in promises)
    assert any(c.cue is not None and c.cue.text == "agree" for c in claims)


def test_a_headline_colon_the_parse_joined_to_its_stance_is_no_set_in_tag(nlp: Language) -> None:
    """ "Roe: Lee Must Decide ...", parsed with "Roe" the subject of "Decide" across the colon:
    the content's subject is the source before the colon, not a subject left before a tag."""
    from spacy.tokens import Doc

    from app.extract.claims.entry import _subject_left_before_tag
    from app.extract.model import Claim, ClaimContent, ClaimSource, Span

    words = ["Roe", ":", "Lee", "Must", "Decide", "Now", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[False, True, True, True, True, False, False],
        heads=[4, 4, 4, 4, 4, 4, 4],
        deps=["nsubj", "punct", "nsubj", "aux", "ROOT", "advmod", "punct"],
        pos=["PROPN", "PUNCT", "PROPN", "AUX", "VERB", "ADV", "PUNCT"],
    )
    text = doc.text
    start = text.index("Lee")
    claim = Claim(
        id="c1",
        source=ClaimSource(text="Roe", start=0, end=3, kind="named"),
        cue=Span(":", 3, 4),
        content=ClaimContent(text[start:], start, len(text)),
        quote="indirect",
    )
    assert not _subject_left_before_tag(doc, claim)


@pytest.mark.parametrize(
    ("sentence", "cue", "shown_"),
    [
        (
            "Trade talks have stalled, with many worried that the deal can never be revived.",
            "worried",
            True,
        ),
        ("The vote is on Tuesday, with Roe expected to win easily.", "expected", False),
    ],
)
def test_a_participle_of_feeling_after_with_is_its_subjects_own_view(
    nlp: Language, sentence: str, cue: str, shown_: bool
) -> None:
    claims = claims_of(nlp, "Border plans\n\n" + sentence + "\n")
    assert bool(shown(claims, cue)) is shown_
