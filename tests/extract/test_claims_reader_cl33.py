"""Reader-judged claim rules of cl33 (tenth session), each on invented text: a content with a
gap its outside noun fills, or cut from its clausal subject, and items that are no claims stay
under the default floor; "according to" takes the clause it hangs on."""

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


def _by_cue(nlp: Language, text: str, cue: str) -> list[Claim]:
    claims = extract_claims(nlp(text), entities_of(nlp, text))
    return [c for c in claims if c.cue is not None and c.cue.text == cue]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The city raised school funding this year, yet it is still less than half of what "
            "teachers say they need every month.",
            "say",
        ),
        ("Viewers can expect her to approach the interview with a little more bite.", "expect"),
        (
            "Other bloggers enjoyed what they saw as their rival pressing the panic button.",
            "enjoyed",
        ),
        ("Neighbors offered to vote for me and even to knock on doors for my campaign.", "offered"),
        ("People forget that the mayor once ran the port authority.", "forget"),
        ("Governor Mark Soto supported the bill when it first came up in 2012.", "supported"),
        (
            "Judge Mary Cole, in her dissent, said just because bias was not plain did not mean "
            "it was absent.",
            "said",
        ),
    ],
)
def test_no_claim_or_a_gapped_content_stays_under_the_floor(
    nlp: Language, text: str, cue: str
) -> None:
    assert all(c.confidence < FLOOR for c in _by_cue(nlp, text, cue))


def test_according_to_in_a_because_clause_takes_that_clause(nlp: Language) -> None:
    text = (
        "Senator Paul Dunn skipped the vote, and he will probably skip the next one too, "
        "because, according to Dunn, the papers would call him a coward."
    )
    (claim,) = _by_cue(nlp, text, "according to")
    assert claim.content.text == "the papers would call him a coward"


def test_according_to_after_a_colon_takes_the_clause_after_it(nlp: Language) -> None:
    text = (
        "At the same time, the levy has apparently not driven banks away from Paris: Paris "
        "was the top market in Europe last year, according to one survey."
    )
    (claim,) = _by_cue(nlp, text, "according to")
    assert claim.content.text == "Paris was the top market in Europe last year"


def test_a_plain_liking_of_a_fact_and_a_plain_stance_stay_shown(nlp: Language) -> None:
    text = (
        "Mayor Ann Ruiz said she likes that the council is honest. Senator Joe Park supported "
        "the bill, and he said it would pass."
    )
    claims = extract_claims(nlp(text), entities_of(nlp, text))
    said = [c for c in claims if c.cue is not None and c.cue.text == "said"]
    assert said and all(c.confidence >= FLOOR for c in said)
