"""Timeline entries true to the text's modality (branch tl19, issue 16): the means a "by"
gerund names is no more real than what it is the means of ("proposed paying for it by raising
fees": no fee was raised), and a relative clause on whom someone is likened to ("sounded like
someone who had lost") tells no event.

Invented texts; each test fails without the rule it names (guards, marked, pass before too).
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    raw = "---\npublished: 2023-05-10\n---\nCouncil news\n\n" + text + "\n"
    return {e.trigger.text: e for e in extract(from_text(raw)).timeline}


def _own(entry: TimelineEvent) -> str:
    return entry.reported_modality or entry.modality


def test_the_means_of_a_proposal_is_not_a_fact() -> None:
    got = _entries(
        "Mayor Tavrik proposed paying for the new bridge by raising fees on trucks, "
        "but the council refused."
    )
    assert "raising" not in got or _own(got["raising"]) == "hypothetical"
    assert got["refused"].modality == "fact"


def test_the_means_of_a_plan_is_not_a_fact() -> None:
    got = _entries("Mayor Tavrik planned to pay for the bridge by cutting the parks budget.")
    assert "cutting" not in got or _own(got["cutting"]) == "hypothetical"


def test_the_means_of_a_future_is_future() -> None:
    got = _entries("The board will pay for the repairs by selling two buildings.")
    assert "selling" not in got or _own(got["selling"]) == "future"


def test_guard_the_means_of_a_done_thing_is_a_fact() -> None:
    got = _entries("Tavrik paid for the bridge by raising fees.")
    assert _own(got["raising"]) == "fact"


def test_whom_someone_sounded_like_did_nothing() -> None:
    got = _entries("Yarisbel sounded like someone who had lost an election.")
    assert "lost" not in got or _own(got["lost"]) == "hypothetical"


def test_guard_a_relative_clause_after_such_as_like_is_a_fact() -> None:
    got = _entries("Leaders like Tavrik, who resigned in May, spoke out.")
    assert got["resigned"].modality == "fact"


def test_guard_the_means_of_an_attempt_is_a_fact() -> None:
    got = _entries("Tavrik is trying to win the seat by appealing to younger voters.")
    assert _own(got["appealing"]) == "fact"


def test_what_a_debunked_claim_says_is_not_told_as_done() -> None:
    got = _entries("Yarisbel repeated the debunked claim that Tavrik opposed the bridge.")
    assert "opposed" not in got or _own(got["opposed"]) in ("uncertain", "hypothetical")


def test_what_false_rumors_say_is_not_told_as_done() -> None:
    got = _entries("Yarisbel spread false rumors that Tavrik had fled the country.")
    assert "fled" not in got or _own(got["fled"]) in ("uncertain", "hypothetical")


def test_guard_a_confirmed_claim_stays_a_fact() -> None:
    got = _entries("The report confirmed the claim that Tavrik had voted for the tax.")
    assert _own(got["voted"]) == "fact"


def test_guard_a_relative_clause_on_a_false_report_is_a_fact() -> None:
    got = _entries("Critics mocked the false report that the panel released in May.")
    assert "released" not in got or _own(got["released"]) == "fact"


def test_guard_what_something_is_looked_back_on_as_is_a_fact() -> None:
    got = _entries("The speech will be looked back on as the speech that started the campaign.")
    assert "started" not in got or _own(got["started"]) == "fact"
