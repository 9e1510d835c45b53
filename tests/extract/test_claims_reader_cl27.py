"""Reader-judged claim rules of cl27 (ninth session), each on invented text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.claims import extract_claims
from app.extract.nlp import load_nlp
from tests.extract.conftest import FLOOR, by_cue, claims_of, entities_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def test_pronoun_is_not_linked_to_the_one_named_in_the_reported_words(nlp: Language) -> None:
    # "He" linked to Park while the content speaks of Park: the wrong mouth
    text = (
        "Mayor Tom Voss spoke at the rally on Monday. Judge Carl Park ruled against the plan "
        "in March. He said Park was biased against the town."
    )
    claim = by_cue(extract_claims(nlp(text), entities_of(nlp, text)), "said")
    assert claim.source is not None
    assert claim.source.entity_id != "person:carl-park"
    assert claim.confidence < FLOOR or claim.source.entity_id is not None


def test_pronoun_speaker_naming_himself_inside_a_quotation_stays_linked(nlp: Language) -> None:
    text = (
        "Judge Carl Park ruled against the plan in March. "
        "“Park will not back down on this,” he said."
    )
    claim = by_cue(extract_claims(nlp(text), entities_of(nlp, text)), "said")
    assert claim.source is not None and claim.source.entity_id == "person:carl-park"
    assert claim.confidence >= FLOOR


def test_a_post_or_an_ad_showing_a_scene_is_a_depiction_not_shown(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Senator Ann Reyes shared a picture on her page on Sunday. The post showed a man in a "
        "wig holding a sign outside a school.",
    )
    assert by_cue(claims, "showed").confidence < FLOOR
    claims = claims_of(
        nlp,
        "The campaign released a new ad on Tuesday. The ad shows the governor walking through "
        "an empty factory.",
    )
    assert by_cue(claims, "shows").confidence < FLOOR


def test_an_ad_that_says_or_a_post_showing_that_stays_shown(nlp: Language) -> None:
    claims = claims_of(nlp, "The ad says the governor has failed the state.")
    assert by_cue(claims, "says").confidence >= FLOOR
    claims = claims_of(nlp, "The Post showed that the mayor had lied about the budget.")
    assert by_cue(claims, "showed").confidence >= FLOOR


def test_posted_a_photo_is_a_picture_put_online_not_shown(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "On Sunday, Mayor Tom Voss posted a photo of himself online eating a pie at the county "
        "fair.",
    )
    assert by_cue(claims, "posted").confidence < FLOOR


def test_posted_a_statement_saying_stays_shown(nlp: Language) -> None:
    claims = claims_of(nlp, "Voss posted a statement saying the bridge would reopen.")
    assert by_cue(claims, "posted").confidence >= FLOOR
