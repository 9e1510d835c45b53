"""Definite descriptions ("the retired neurosurgeon said") linked to the one person the article
described so (app/extract/coref.py: description_referent; claims sources and timeline agents).
Invented texts."""

from __future__ import annotations

from app.extract import coref
from tests.extract.conftest import entities_of, linked, timeline


def _referent(nlp, text: str, word: str) -> str | None:
    doc = nlp(text)
    tok = [t for t in doc if t.text == word][-1]
    found = coref.description_referent(doc, tok)
    return found[1].text if found is not None else None


def test_apposition_describes_the_person(nlp):
    text = (
        "Ben Carlow, a retired neurosurgeon, held a rally in Ohio on Monday. "
        "The retired neurosurgeon told voters that taxes would fall."
    )
    assert _referent(nlp, text, "neurosurgeon") == "Ben Carlow"
    assert linked(nlp, text, "told") == "person:ben-carlow"


def test_predicate_nominative_describes_the_person(nlp):
    text = (
        "Dana Whitfield is the committee's chairman. "
        "On Tuesday the chairman said that the budget was a disgrace."
    )
    assert _referent(nlp, text, "chairman") == "Dana Whitfield"


def test_title_before_the_name_describes_the_person(nlp):
    text = (
        "Republican front-runner Donald Grump won Iowa on Monday. "
        "The Republican front-runner said he was happy with the result."
    )
    assert _referent(nlp, text, "runner") == "Donald Grump"


def test_company_chief_executive(nlp):
    text = (
        "Jo Pell, Acme's chief executive, spoke to analysts on Monday. "
        "The company's chief executive said that sales had fallen."
    )
    assert _referent(nlp, text, "executive") == "Jo Pell"


def test_former_is_another_office(nlp):
    text = (
        "Secretary of State Hilda Marsh met the press on Monday. "
        "The former secretary of state said she was tired."
    )
    assert _referent(nlp, text, "secretary") is None


def test_shadow_is_another_office(nlp):
    text = (
        "Shadow home secretary Tom Daveys attacked the plan on Monday. "
        "The home secretary said that the plan was sound."
    )
    assert _referent(nlp, text, "secretary") is None


def test_place_the_evidence_lacks(nlp):
    text = (
        "Sen. Clara Moss spoke on Monday about the farm bill. "
        "The Vermont senator said that the bill would pass."
    )
    assert _referent(nlp, text, "senator") is None


def test_two_people_fit_no_one(nlp):
    text = (
        "Ben Carlow, a retired neurosurgeon, met Ann Dole, a retired neurosurgeon, in Ohio. "
        "The retired neurosurgeon told voters that taxes would fall."
    )
    assert _referent(nlp, text, "neurosurgeon") is None


def test_timeline_agent_of_a_description(nlp):
    text = (
        "Ben Carlow, a retired neurosurgeon, held a rally in Ohio on Monday. "
        "The retired neurosurgeon visited a factory in Toledo on Tuesday."
    )
    events = timeline(nlp, text, entities=entities_of(nlp, text))
    visited = [e for e in events if e.trigger.text == "visited"]
    assert visited and visited[0].agent == "person:ben-carlow"


def test_another_office_of_the_same_head(nlp):
    text = (
        "Solicitor General Hattie Harlow helped write the answer. "
        "The attorney general said that the advice was sound."
    )
    assert _referent(nlp, text, "general") is None


def test_honorific_after_a_title(nlp):
    text = (
        "Deputy Prime Minister Mr Jon Prescot opened the debate on Monday. "
        "The deputy prime minister said the housing plan would work."
    )
    assert _referent(nlp, text, "minister") == "Jon Prescot"


def test_epithet_the_speaker_used_of_another(nlp):
    text = (
        "Marcus Hollin spoke in Leeds on Friday. "
        '"Why will the prime minister not accept our offer?" Mr Hollin said. '
        "The prime minister said the new powers were needed to fight crime."
    )
    assert linked(nlp, text, "said") != "person:marcus-hollin"


def test_next_holder_is_another(nlp):
    text = (
        "President Tom Wexley vetoed the bill on Monday. "
        "Critics said the next president would sign it."
    )
    assert _referent(nlp, text, "president") is None


def test_a_role_said_with_as_is_no_mention(nlp):
    text = (
        "Governor Ann Roller toured the plant on Monday. "
        "Voters see Tim Baxter as the governor in waiting."
    )
    assert _referent(nlp, text, "governor") is None


def test_bare_candidate_of_an_election(nlp):
    text = (
        "Ben Carlow, a presidential candidate, held a rally in Ohio on Monday. "
        "Mark Dunne met the candidate on Tuesday."
    )
    assert _referent(nlp, text, "candidate") is None
