"""Modality and negation true to the text: "yet to", a "never" inside an adverb phrase,
"neither ... nor", fears, hopes and rumours, thoughts inside a condition or a question,
indirect questions; and a few cut or garbled shapes.

Invented texts; each test fails without the rule it names (branch tl29, issue 16).
"""

from __future__ import annotations

from spacy.language import Language

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract
from app.extract.timeline.entries import shown_modality
from app.extract.timeline.modality import modality_of


def _entries(text: str) -> dict[str, TimelineEvent]:
    brief = extract(from_text("News of the day\n\n" + text + "\n"))
    return {e.trigger.text: e for e in brief.timeline}


def test_yet_to_is_not_done() -> None:
    got = _entries("The governor had yet to endorse the mayor when the polls closed on Monday.")
    endorse = got.get("endorse")
    assert endorse is None or (
        endorse.modality == "negated" and "had yet to endorse" in endorse.description
    )


def test_never_inside_an_adverb_phrase_denies_the_verb() -> None:
    got = _entries(
        "The mayor, who had never before so plainly criticized the plan in public, spoke on Monday."
    )
    criticized = got.get("criticized")
    assert criticized is None or (
        criticized.modality == "negated" and "never before so plainly" in criticized.description
    )


def test_neither_nor_subject_written_out() -> None:
    got = _entries("Neither the vote nor the recount took place.")
    took = got.get("took")
    assert took is None or took.description.startswith("Neither the vote nor the recount")


def test_what_worries_the_party_is_a_fear() -> None:
    got = _entries("What worries the party is that Ellison will block the measure in the Senate.")
    block = got.get("block")
    assert block is None or shown_modality(block) == "uncertain"


def test_hope_and_fear_nouns_and_verbs() -> None:
    got = _entries(
        "Party leaders hope that as the race narrows, Ortiz will soften his attacks on the mayor. "
        "Officials voiced fears the unrest will spread to other cities. Maria Lopez quashed "
        "rumors she was planning to run for mayor."
    )
    for word in ("soften", "spread", "planning"):
        ev = got.get(word)
        assert ev is None or shown_modality(ev) == "uncertain", word


def test_thought_inside_a_condition_or_question_is_supposed() -> None:
    got = _entries(
        "The group will hold the rally if people think the issues will be addressed. She dodged "
        "a question about whether she thought the mayor had misled the council."
    )
    for word in ("addressed", "misled"):
        ev = got.get(word)
        assert ev is None or shown_modality(ev) in ("hypothetical", "uncertain"), word


def test_indirect_question_about_what_is_to_come(nlp: Language) -> None:
    doc = nlp('She is perplexed about "which Tom Hale will show up."')
    show = next(t for t in doc if t.lower_ == "show")
    assert modality_of(show) == "uncertain"


def test_no_entry_for_a_negated_existential_relative_or_generic_one() -> None:
    got = _entries(
        "There are not many voters who cast ballots for both parties in the county. One only had "
        "to listen to the mayor to understand the plan."
    )
    assert "cast" not in got
    assert "listen" not in got


def test_listed_participle_after_a_passive_is_passive() -> None:
    got = _entries("Stone was torn from his family, shackled and sold.")
    shackled = got.get("shackled")
    assert shackled is None or (
        shackled.description == "Stone was shackled" and shackled.agent is None
    )


def test_put_to_rest_is_not_cut() -> None:
    got = _entries("The senator sought to put the rumors to rest on Friday.")
    assert not any(e.description.endswith("put the rumors") for e in got.values())


def test_contracted_is_of_a_feeling_and_has_of_become() -> None:
    got = _entries(
        "Mayor Ben Tarr spoke on Monday. Aides told reporters that he’s perplexed about the "
        "audit. Critics say he's become a target of the unions since the vote."
    )
    for ev in got.values():
        assert "has perplexed" not in ev.description
        assert "is become" not in ev.description


def test_broken_fear_clause_is_left_out() -> None:
    got = _entries(
        "Officials kept the marchers far from the hall, raising fears the violence that "
        "accompanied some of the rallies will be magnified on a mass scale."
    )
    assert "accompanied" not in got
    assert "magnified" not in got
