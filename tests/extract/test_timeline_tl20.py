"""Timeline entries from fresh train reads (branch tl20, issue 16): a contracted "'s" the
parser took for a passive before a participle with an object is a perfect ("he's beaten his
rivals": has beaten); a passive joined to an active verb has no doer in their shared subject
("studied law and was appointed": not appointed by herself); a dateline's capitalised place
is no doer ("BRNO, Moravia - Judge X issued"); and of two subjects the parser gave one verb,
the second may be the object the first's relative clause lost ("the novice who wants to
unseat Rep. Duda is reaping": the novice reaps).

Invented texts; each test fails without the rule it names (guards, marked, pass before too).
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    raw = "---\npublished: 2023-05-10\n---\nCouncil news\n\n" + text + "\n"
    return {e.trigger.text: e for e in extract(from_text(raw)).timeline}


def test_contracted_has_before_a_participle_with_an_object() -> None:
    got = _entries(
        "Mayor Tavrik praised the council. But now that he's beaten those rivals, he wants more."
    )
    assert "is beaten" not in got["beaten"].description
    assert got["beaten"].description.startswith("Tavrik has beaten")
    assert got["beaten"].agent == "person:tavrik"


def test_passive_joined_to_an_active_verb_is_not_done_by_its_subject() -> None:
    got = _entries(
        "Judge Anna Veltri studied law in Prague and was appointed to the court in 2010."
    )
    assert got["studied"].agent == "person:anna-veltri"
    assert got["appointed"].agent is None


def test_passive_joined_to_an_active_verb_takes_its_by_phrase_doer() -> None:
    got = _entries(
        "Judge Anna Veltri studied law in Prague and was appointed to the court by "
        "Governor Milos Hrabal in 2010."
    )
    assert got["appointed"].agent == "person:milos-hrabal"


def test_dateline_place_before_a_dash_is_not_the_doer() -> None:
    got = _entries(
        "BRNO, Moravia - Regional Judge Anna Veltri late Thursday night issued an injunction "
        "blocking a bill by the regional assembly."
    )
    assert got["issued"].agent == "person:anna-veltri"


def test_second_subject_after_a_relative_clause_is_its_lost_object() -> None:
    got = _entries(
        "Instead, the political novice who wants to unseat Rep. Karel Duda is reaping big "
        "financial rewards from days of publicity."
    )
    assert got["reaping"].agent != "person:karel-duda"
    assert not got["reaping"].description.startswith("Karel Duda")
