"""Reader-judged claim-content rules of cl31 (tenth session), each on invented text: what a
claim says is whole, stops where the speaker's words stop, keeps its negation, and items
that are no claims stay under the default floor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.config import Settings
from app.extract.claims import extract_claims
from app.extract.model import Claim
from app.extract.nlp import load_nlp
from tests.extract.conftest import entities_of

FLOOR = Settings().claim_min_confidence


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def _claims(nlp: Language, text: str) -> list[Claim]:
    return extract_claims(nlp(text), entities_of(nlp, text))


def _parts(c: Claim, text: str) -> list[str]:
    return [text[p.start : p.end] for p in c.content.parts] or [c.content.text]


def _by_cue(nlp: Language, text: str, cue: str) -> list[Claim]:
    return [c for c in _claims(nlp, text) if c.cue is not None and c.cue.text == cue]


def test_a_second_that_clause_joined_to_the_cue_is_part_of_the_content(nlp: Language) -> None:
    text = (
        "Mr. Ortiz also claims he was the only one blamed for mishandling the records, and "
        "that his firing was unfair."
    )
    (claim,) = _by_cue(nlp, text, "claims")
    assert claim.content.text.endswith("and that his firing was unfair")


def test_a_bare_verb_sharing_a_negated_auxiliary_is_negated(nlp: Language) -> None:
    text = (
        "At the time, Senator Maria Lopez didn't come out and say the governor should resign "
        "— only that a primary challenge could keep him honest."
    )
    (claim,) = _by_cue(nlp, text, "say")
    assert claim.negated


def test_a_negated_mention_or_knowing_is_not_shown(nlp: Language) -> None:
    text = (
        "The mayor is also trying to make housing a central focus. But the mayor's press "
        "release does not mention the language restricting money to women’s health clinics, "
        "which was the provision in the bill Lund and other Democrats most strongly opposed. "
        "The governor did not know that the audit had been finished in March."
    )
    claims = _claims(nlp, text)
    for cue in ("mention", "know"):
        found = [c for c in claims if c.cue is not None and c.cue.text == cue]
        assert found and all(c.negated and c.confidence < FLOOR for c in found)


def test_a_participle_after_with_has_no_holder(nlp: Language) -> None:
    text = (
        "The Senate primaries are set for Sept. 4, with Baker and Lund expected to win and "
        "face each other in November."
    )
    assert all(c.confidence < FLOOR for c in _by_cue(nlp, text, "expected"))


def test_with_someone_saying_stays_a_claim(nlp: Language) -> None:
    text = "The vote went ahead on Monday, with Mayor Ann Roe saying the count was fair."
    (claim,) = _by_cue(nlp, text, "saying")
    assert claim.content.text == "the count was fair"
    assert claim.confidence >= FLOOR


def test_a_quote_opening_a_tag_of_its_own_is_that_turn(nlp: Language) -> None:
    text = (
        "In an email, Dunmore defended his work for the network. “I was hired to give my view "
        "of the race,” he said. “I have praised the candidates when they earned it.”\n\n"
        "“For what it’s worth,” he said of the Baxter campaign, “I am sure I have annoyed all "
        "of them at one time or another.”"
    )
    claims = [c for c in _claims(nlp, text) if c.quote == "direct"]
    first = next(c for c in claims if "I was hired" in c.content.text)
    assert not any("For what" in p for p in _parts(first, text))
    last = next(c for c in claims if "I am sure" in c.content.text)
    assert _parts(last, text)[0] == "“For what it’s worth,”"


def test_subject_left_before_a_set_in_tag_hides_the_claim(nlp: Language) -> None:
    text = (
        "Mr. Hale promised a new approach to the budget. And that, Ms. Lind said, was already "
        "under way."
    )
    (claim,) = _by_cue(nlp, text, "said")
    assert claim.content.text.startswith("was already")
    assert claim.confidence < FLOOR


def test_a_lead_in_closed_by_a_colon_is_not_the_quote(nlp: Language) -> None:
    text = (
        "Pike's lawyer argued that his client was only a showman. Judge Harlow saw the posts "
        'differently: "When he writes that he is ready to fight, I do not read that as a '
        'joke," she said.'
    )
    quoted = [c for c in _claims(nlp, text) if "When he writes" in c.content.text]
    assert quoted
    assert all(c.content.text.startswith('"When he writes') for c in quoted)


def test_the_time_of_a_report_after_its_tag_is_not_content(nlp: Language) -> None:
    text = (
        "Lane formed the firm in 1995 with former adviser Rick Dole. It effectively folded "
        "after the 2010 election, Politico reported in 2013. Dole did not immediately return "
        "a request seeking comment."
    )
    (claim,) = _by_cue(nlp, text, "reported")
    assert _parts(claim, text) == ["It effectively folded after the 2010 election"]


def test_what_was_argued_after_the_tag_stays(nlp: Language) -> None:
    text = (
        "A judge kept him in jail after hearing clips of his show - proof, the prosecutors "
        "argued, of his part in the occupation."
    )
    (claim,) = _by_cue(nlp, text, "argued")
    assert any("of his part in the occupation" in p for p in _parts(claim, text))
