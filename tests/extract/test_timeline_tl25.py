"""tl25 timeline rules (issue #16), on articles written for these tests."""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.pipeline import extract


def test_comparison_without_its_base_is_not_shown() -> None:
    raw = (
        "Mill towns\n\nOfficials said the reform would cost jobs. Factories in the top tier, "
        "on average, lost 12 percent more jobs relative to factories at the bottom of the list.\n"
    )
    brief = extract(from_text(raw))
    lost = [e for e in brief.timeline if e.trigger.text == "lost"]
    # "lost 12 percent more jobs at the bottom of the list": the yardstick ("relative to
    # factories") is cut and the words after it read as the jobs' place
    assert all("relative" in e.description or "bottom" not in e.description for e in lost)
    assert all("more jobs" not in e.description or "relative" in e.description for e in lost)


def test_reflexive_object_without_its_state_is_not_shown() -> None:
    raw = (
        "Late bloomer\n\nI found myself, in my 40s, wanting to read more. She found herself, "
        "after the vote, isolated in her own party. He hurt himself on Monday.\n"
    )
    brief = extract(from_text(raw))
    found = [e for e in brief.timeline if e.trigger.text == "found"]
    # "I found myself", "She found herself": the state they were found in is what is told
    assert all(not e.description.endswith(("myself", "herself")) for e in found)
    # a reflexive object that is whole stays
    assert any(e.description == "He hurt himself on Monday" for e in brief.timeline)


def test_bare_both_as_object_is_not_shown() -> None:
    raw = (
        "Market day\n\nTraders feared a slump and hoped for a rally. The opening bell on Monday "
        "delivered both. The two clubs met twice, and Rovers won both.\n"
    )
    brief = extract(from_text(raw))
    # "delivered both", "won both": both of what is in another sentence
    assert all(not e.description.endswith("both") for e in brief.timeline)
    assert any(e.trigger.text == "hoped" for e in brief.timeline)


def test_last_example_of_such_as_list_is_not_a_second_subject() -> None:
    raw = (
        "Fines\n\nCarmakers such as Fendt, Moro Motors, Kessel, and Arlo Cars were all "
        "allegedly fined by the regulator for false claims.\n"
    )
    brief = extract(from_text(raw))
    fined = [e for e in brief.timeline if e.trigger.text == "fined"]
    # not "Carmakers and Arlo Cars were fined": Arlo Cars is one of the carmakers
    assert all("Carmakers and Arlo" not in e.description for e in fined)
    assert all(e.description.startswith("Carmakers such as Fendt") for e in fined)


def test_adjective_of_the_clause_before_is_not_glued_to_a_subject() -> None:
    raw = (
        "Valley towns\n\nThat is cold comfort to people in the valley, where rents are high and "
        "mill jobs are still disappearing. Young and old voters are leaving the town.\n"
    )
    brief = extract(from_text(raw))
    # not "high and mill jobs are disappearing": "high" is what the rents are
    assert all(not e.description.startswith("high and") for e in brief.timeline)
    # adjectives joined before their own noun stay
    assert any(e.description.startswith("Young and old voters") for e in brief.timeline)
