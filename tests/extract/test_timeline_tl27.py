"""tl27 timeline rules (issue #16), on articles written for these tests."""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(raw: str) -> list[TimelineEvent]:
    return list(extract(from_text(raw)).timeline)


def _timeline(raw: str) -> list[str]:
    return [e.description for e in _entries(raw)]


def test_complement_clause_after_the_last_word_is_written_in_or_no_entry() -> None:
    raw = (
        "Polls\n\nPollsters tried to tell us that the outcome was highly uncertain. Analysts "
        "tried to warn us that the polls were far too early to mean anything at all for "
        "anyone in the race.\n"
    )
    shown = _timeline(raw)
    assert "Pollsters tried to tell us that the outcome was highly uncertain" in shown
    # "Analysts tried to warn us": what, too long to write in
    assert not any(d.startswith("Analysts tried to warn us") for d in shown)


def test_predicate_adjective_after_the_object_or_verb_is_written_in() -> None:
    raw = (
        "Asylum\n\nLabour has already branded the proposal unworkable. Mr. Lee's treatment of "
        "the attack seemed to fall short, particularly after the debate.\n"
    )
    shown = _timeline(raw)
    assert "Labour has branded the proposal unworkable" in shown
    assert not any(d.endswith("seemed to fall") for d in shown)


def test_amount_after_the_verb_is_written_in_or_no_entry() -> None:
    raw = (
        "Figures\n\nFrom 2000 to 2013, flu deaths increased 71%, while heart fatalities "
        "dropped 14%. Labour's campaign cost £1.7m, the Lib Dems' £1.19m and the Greens' "
        "£404,000, according to figures revealed on Wednesday.\n"
    )
    shown = _timeline(raw)
    assert "flu deaths increased 71%" in shown
    assert "heart fatalities dropped 14%" in shown
    assert not any(d.endswith("campaign cost") for d in shown)


def test_pieces_glued_by_a_dash_are_no_entry() -> None:
    raw = (
        "Scrutiny\n\nEven as Tom Hale is coming under attack by dozens of women who claim he "
        "assaulted them–and has now been indicted–his association with the mayor is under "
        "scrutiny.\n"
    )
    assert not any("–and" in d for d in _timeline(raw))


def test_what_a_supposed_or_required_showing_shows_is_not_fact() -> None:
    raw = (
        "Planning\n\nCouncillors would have to show certain conditions had been met before "
        "they approve the plan. If the emails show that she mishandled classified files, the "
        "agency could bring charges.\n"
    )
    for e in _entries(raw):
        if e.description.startswith(("certain conditions", "she mishandled")):
            assert (e.reported_modality or e.modality) != "fact", e.description


def test_clause_of_a_held_noun_the_parse_hung_elsewhere_is_reported() -> None:
    raw = (
        "Parties\n\nHaven't we been here before, with suggestions in the 1990s that the "
        "Liberals were finished? Kemp was responding to questions about complaints by the "
        "head of the Treasury, Tom J. Hale, that the city's huge surpluses were being sold so "
        "cheaply on foreign markets that they were distorting the economy.\n"
    )
    for e in _entries(raw):
        if "were finished" in e.description or "were being sold" in e.description:
            assert e.modality == "reported", e.description
