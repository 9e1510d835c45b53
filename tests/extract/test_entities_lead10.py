"""The lead's tenth-session entity rules, on articles written for these tests."""

from __future__ import annotations

import pytest

from app.extract.document import from_text
from app.extract.pipeline import extract


@pytest.mark.parametrize("opener", ["Lib Dem", "Fellow Lib Dem"])
def test_a_party_word_before_a_name_leaves_the_person(opener: str) -> None:
    raw = (
        "Waste row\n\nThe Liberal Democrats attacked the plan on Monday. "
        f"{opener} Harriet Pollock accused ministers of hiding the figures. "
        "Ms Pollock said the public deserved better.\n"
    )
    brief = extract(from_text(raw))
    people = {e.name for e in brief.entities if e.type == "person"}
    assert "Harriet Pollock" in people
    accused = next(c for c in brief.claims if c.cue is not None and c.cue.text == "accused")
    assert accused.source is not None and accused.source.entity_id == "person:harriet-pollock"
