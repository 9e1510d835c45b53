"""Timeline entries a reader can trust: ranges written whole, conditions, pronouns placed.

Invented texts; each test fails without the rule it names (branch tl9, issue 16).
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    brief = extract(from_text("News of the day\n\n" + text + "\n"))
    return {e.trigger.text: e for e in brief.timeline}


def test_a_range_opened_by_between_is_written_with_both_bounds() -> None:
    got = _entries(
        "Arlo Venn, a shipping magnate, has directed between $2 million and $4 million to the "
        "museum. The duchy gave between $5 million and $9 million to the Venn Trust."
    )
    assert got["directed"].description == (
        "Arlo Venn has directed between $2 million and $4 million to the museum"
    )
    assert "between $5 million and $9 million" in got["gave"].description


def test_a_condition_told_by_inversion_is_no_entry() -> None:
    got = _entries(
        "Had the council voted earlier, the mayor would have resigned in May. The charity "
        "would return every gift should Ann Roe win the election in November."
    )
    assert "voted" not in got
    assert "win" not in got
    assert got["resigned"].modality == "hypothetical"
