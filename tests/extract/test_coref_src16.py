"""Definite descriptions ("the retired neurosurgeon said") linked to the one person the article
described so (app/extract/coref.py: description_referent; claims sources and timeline agents).
Invented texts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract import coref
from tests.extract.conftest import entities_of, linked, timeline


def _referent(nlp, text: str, word: str) -> str | None:
    doc = nlp(text)
    tok = [t for t in doc if t.text == word][-1]
    found = coref.description_referent(doc, tok)
    return found[1].text if found is not None else None


def test_a_source_named_by_an_apposition_is_linked(nlp):
    text = (
        "Ben Carlow, a retired neurosurgeon, held a rally in Ohio on Monday. "
        "The retired neurosurgeon told voters that taxes would fall."
    )
    assert linked(nlp, text, "told") == "person:ben-carlow"


def test_timeline_agent_of_a_description(nlp):
    text = (
        "Ben Carlow, a retired neurosurgeon, held a rally in Ohio on Monday. "
        "The retired neurosurgeon visited a factory in Toledo on Tuesday."
    )
    events = timeline(nlp, text, entities=entities_of(nlp, text))
    visited = [e for e in events if e.trigger.text == "visited"]
    assert visited and visited[0].agent == "person:ben-carlow"


def test_epithet_the_speaker_used_of_another(nlp):
    text = (
        "Marcus Hollin spoke in Leeds on Friday. "
        '"Why will the prime minister not accept our offer?" Mr Hollin said. '
        "The prime minister said the new powers were needed to fight crime."
    )
    assert linked(nlp, text, "said") != "person:marcus-hollin"


# A description and the person it names (None: no one, or more than one, fits).
_CASES = [
    pytest.param(
        (
            "Ben Carlow, a retired neurosurgeon, held a rally in Ohio on Monday. "
            "The retired neurosurgeon told voters that taxes would fall."
        ),
        "neurosurgeon",
        "Ben Carlow",
        id="apposition_describes_the_person",
    ),
    pytest.param(
        (
            "Dana Whitfield is the committee's chairman. "
            "On Tuesday the chairman said that the budget was a disgrace."
        ),
        "chairman",
        "Dana Whitfield",
        id="predicate_nominative_describes_the_person",
    ),
    pytest.param(
        (
            "Republican front-runner Donald Grump won Iowa on Monday. "
            "The Republican front-runner said he was happy with the result."
        ),
        "runner",
        "Donald Grump",
        id="title_before_the_name_describes_the_person",
    ),
    pytest.param(
        (
            "Jo Pell, Acme's chief executive, spoke to analysts on Monday. "
            "The company's chief executive said that sales had fallen."
        ),
        "executive",
        "Jo Pell",
        id="company_chief_executive",
    ),
    pytest.param(
        (
            "Secretary of State Hilda Marsh met the press on Monday. "
            "The former secretary of state said she was tired."
        ),
        "secretary",
        None,
        id="former_is_another_office",
    ),
    pytest.param(
        (
            "Shadow home secretary Tom Daveys attacked the plan on Monday. "
            "The home secretary said that the plan was sound."
        ),
        "secretary",
        None,
        id="shadow_is_another_office",
    ),
    pytest.param(
        (
            "Sen. Clara Moss spoke on Monday about the farm bill. "
            "The Vermont senator said that the bill would pass."
        ),
        "senator",
        None,
        id="place_the_evidence_lacks",
    ),
    pytest.param(
        (
            "Ben Carlow, a retired neurosurgeon, met Ann Dole, a retired neurosurgeon, in Ohio. "
            "The retired neurosurgeon told voters that taxes would fall."
        ),
        "neurosurgeon",
        None,
        id="two_people_fit_no_one",
    ),
    pytest.param(
        (
            "Solicitor General Hattie Harlow helped write the answer. "
            "The attorney general said that the advice was sound."
        ),
        "general",
        None,
        id="another_office_of_the_same_head",
    ),
    pytest.param(
        (
            "Deputy Prime Minister Mr Jon Prescot opened the debate on Monday. "
            "The deputy prime minister said the housing plan would work."
        ),
        "minister",
        "Jon Prescot",
        id="honorific_after_a_title",
    ),
    pytest.param(
        (
            "President Tom Wexley vetoed the bill on Monday. "
            "Critics said the next president would sign it."
        ),
        "president",
        None,
        id="next_holder_is_another",
    ),
    pytest.param(
        (
            "Governor Ann Roller toured the plant on Monday. "
            "Voters see Tim Baxter as the governor in waiting."
        ),
        "governor",
        None,
        id="a_role_said_with_as_is_no_mention",
    ),
    pytest.param(
        (
            "Ben Carlow, a presidential candidate, held a rally in Ohio on Monday. "
            "Mark Dunne met the candidate on Tuesday."
        ),
        "candidate",
        None,
        id="bare_candidate_of_an_election",
    ),
]


@pytest.mark.parametrize(("text", "word", "named"), _CASES)
def test_description_names_the_person_described_so(
    nlp: Language, text: str, word: str, named: str | None
) -> None:
    assert _referent(nlp, text, word) == named
