"""Timeline agents a reader can trust: a bare "he"/"she" given to the one person it can be
(branch tl12, issue 16).

Invented texts; each test fails without the rule it names.
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    brief = extract(from_text("News of the day\n\n" + text + "\n"))
    return {e.trigger.text: e for e in brief.timeline}


def test_the_subject_of_an_object_relative_is_not_the_noun_it_describes() -> None:
    got = _entries(
        "Mr. Tom Hale offered warm words about Mr. Paul Reed, whom he attacked harshly "
        "during the spring."
    )
    assert got["attacked"].agent == "person:tom-hale"
    assert got["attacked"].description.startswith("Tom Hale attacked")


def test_a_fronted_clause_opening_on_an_adverb_binds_its_pronoun() -> None:
    got = _entries(
        "Even as he won the vote in Ohio, Mr. Tom Hale lost ground in the southern states."
    )
    assert got["won"].agent == "person:tom-hale"


def test_she_is_the_one_woman_named_before_her() -> None:
    # the coreference model alone reaches for the month
    got = _entries(
        "The old coalition collapsed last year. Since Ms. Ann Roe's essay backing wind farms "
        "in June, she has moved to the right on taxes."
    )
    assert got["moved"].agent == "person:ann-roe"
    assert got["moved"].description == "Ann Roe has moved to the right on taxes"


def test_no_agent_when_someone_unnamed_is_in_reach() -> None:
    got = _entries(
        "The former envoy discussed the gap between Ms. Ann Roe and Mr. Paul Reed. "
        "He walked onstage to loud music."
    )
    # the envoy, whom no name covers: left unplaced, no entry (tl15)
    assert "walked" not in got or got["walked"].agent is None


def test_an_object_him_is_written_by_the_one_man_it_can_be() -> None:
    got = _entries(
        "Still, in a sign of how Mr. Tom Hale's rivals keep away from him, Mr. Paul Reed "
        "declined to attack him on Sunday."
    )
    assert got["declined"].description == "Paul Reed declined to attack Tom Hale on Sunday"


def test_an_object_him_is_kept_when_its_clause_names_him_or_another_could_be_him() -> None:
    got = _entries("Mr. Tom Hale thanked the farmers for supporting him.")
    assert got["thanked"].description == "Tom Hale thanked the farmers for supporting him"
    got = _entries(
        "Mr. Tom Hale spoke on Monday. Mr. Paul Reed thanked the farmers for supporting him."
    )
    assert got["thanked"].description == "Paul Reed thanked the farmers for supporting him"


def test_a_possessor_her_is_written_by_the_one_woman_it_can_be() -> None:
    got = _entries("Ms. Ann Roe lost the vote. Her campaign collapsed in May.")
    assert got["collapsed"].description == "Ann Roe's campaign collapsed in May"
    got = _entries("Mr. Tom Hale's body was returned to his home town on Friday.")
    assert got["returned"].description.endswith("to his home town")  # the clause names him
