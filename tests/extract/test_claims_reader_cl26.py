"""Reader-judged claim rules of cl26 (ninth session), each on invented text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.claims import extract_claims
from app.extract.nlp import load_nlp
from tests.extract.conftest import FLOOR, by_cue, claims_of, entities_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def test_source_cut_inside_a_hyphenated_title_is_not_shown(nlp: Language) -> None:
    claim = by_cue(claims_of(nlp, '"We need more time," said co-ordinator Peter Facey.'), "said")
    assert claim.confidence < FLOOR or (claim.source is not None and claim.source.text != "co")


def test_urged_a_bare_noun_is_a_call_made_in_public_and_stays(nlp: Language) -> None:
    # a stand taken in public, as "urged the council to vote no" (the lead, ninth session)
    claims = claims_of(nlp, "The union urged caution on Monday as talks resumed.")
    assert by_cue(claims, "urged").confidence >= FLOOR


def test_asked_for_a_thing_is_not_shown(nlp: Language) -> None:
    claims = claims_of(nlp, "Local residents asked for a new school in the valley.")
    assert by_cue(claims, "asked for").confidence < FLOOR


def test_recalled_a_stretch_of_life_or_a_gerund_is_not_shown(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The council met on Monday. Later, Senator Dana Voss recalled her years as a teacher "
        "in the valley. Governor Lin Park recalled sitting in on meetings of the board.",
    )
    assert all(c.confidence < FLOOR for c in claims if c.cue and c.cue.text == "recalled")


def test_recalled_that_and_remembered_as_stay_shown(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Park recalled that the board had met twice. Voss remembered the vote as a disaster.",
    )
    assert by_cue(claims, "recalled").confidence >= FLOOR
    assert by_cue(claims, "remembered").confidence >= FLOOR


def test_predicate_with_a_shifted_modal_after_but_stays_in_the_report(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Senator Kim Oduya said she was rooting for the harbor plan but would now root for "
        "the bridge.",
    )
    assert by_cue(claims, "said").content.text.endswith("would now root for the bridge")


def test_who_is_never_linked_to_a_place(nlp: Language) -> None:
    text = (
        "The shares fell on Tuesday. The drop was noted by an analyst at Rutherford, who notes "
        "that the company has vowed to cut costs by a billion dollars."
    )
    claim = by_cue(extract_claims(nlp(text), entities_of(nlp, text)), "notes")
    assert claim.source is not None and claim.source.entity_id is None
    assert claim.confidence < FLOOR
