"""Reader-judged claim rules of cl28 (tenth session), each on invented text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.claims import extract_claims
from app.extract.nlp import load_nlp
from tests.extract.conftest import FLOOR, by_cue, claims_of, entities_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def _parts(claim: object) -> list[str]:
    return [p.text for p in claim.content.parts]  # type: ignore[attr-defined]


def test_phrases_hanging_on_a_tag_set_into_the_clause_are_no_content(nlp: Language) -> None:
    text = (
        "Mayor Ann Roe spoke in Dover on Friday. The plan, she said on Monday, would cost the "
        "city hundreds of jobs."
    )
    claim = by_cue(extract_claims(nlp(text), entities_of(nlp, text)), "said")
    assert _parts(claim) == ["The plan", "would cost the city hundreds of jobs"]
    text = (
        "Mayor Ann Roe spoke in Dover on Friday. But as Jim Lee points out in a column for the "
        "Dover Herald, holding the vote in June gives the mayor a huge advantage."
    )
    claim = by_cue(extract_claims(nlp(text), entities_of(nlp, text)), "points out")
    assert claim.content.text.startswith("holding the vote")


def test_a_tag_without_phrases_keeps_the_whole_clause(nlp: Language) -> None:
    text = (
        "Mayor Ann Roe spoke in Dover on Friday. The plan, she said, in her view would cost "
        "the city hundreds of jobs."
    )
    claim = by_cue(extract_claims(nlp(text), entities_of(nlp, text)), "said")
    assert _parts(claim)[-1].startswith("in her view")


def test_participle_after_a_relative_clause_with_its_own_subject_is_not_shown(
    nlp: Language,
) -> None:
    claims = claims_of(
        nlp,
        'The front-runner complained that the contest had been "rigged" against him, a charge '
        "that county Republican leaders strongly denied, noting that they had been using the "
        "same system since 2004.",
    )
    assert by_cue(claims, "noting").confidence < FLOOR
    assert by_cue(claims, "complained").confidence >= FLOOR


def test_topic_of_an_explanation_or_a_description_is_not_shown(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "In a radio interview, the comedian explained the similarities and differences "
        "between him and his highly opinionated character.",
    )
    assert by_cue(claims, "explained").confidence < FLOOR
    claims = claims_of(
        nlp, "Anna Ruiz of the Dover Herald then describes what happens on a video of the meeting."
    )
    assert by_cue(claims, "describes").confidence < FLOOR


def test_a_description_with_its_judgment_stays_shown(nlp: Language) -> None:
    claims = claims_of(
        nlp, "Police Chief Tom Hale described the demonstrations as largely peaceful."
    )
    assert by_cue(claims, "described").confidence >= FLOOR


def test_lived_through_with_a_bare_verb_is_not_shown(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "On questions of trust, she has seen her standing erode since last fall.",
    )
    assert all(c.confidence < FLOOR for c in claims if c.cue and c.cue.text == "seen")


def test_the_same_said_of_another_is_not_shown(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Among men the two are closer: 57 percent see Lee negatively while 61 percent say the "
        "same of Roe.",
    )
    assert by_cue(claims, "say").confidence < FLOOR


def test_something_that_bodes_is_no_pledge_but_a_plan_promises(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The value of both, as looming pension costs promise to swell the city's budget, is "
        "in new thinking.",
    )
    assert all(c.confidence < FLOOR for c in claims if c.cue and c.cue.text == "promise")
    claims = claims_of(nlp, "Her budget plan promises to cut taxes for the poorest families.")
    assert by_cue(claims, "promises").confidence >= FLOOR


def test_a_thing_feared_as_a_reason_is_not_shown(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Some club owners seek to be removed from the lists, fearing the exposure, and argue "
        "that their worth is far lower.",
    )
    assert by_cue(claims, "fearing").confidence < FLOOR
    assert by_cue(claims, "argue").confidence >= FLOOR
