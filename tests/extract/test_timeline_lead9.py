"""The lead's ninth-session timeline rules (issue #16), on articles written for these tests."""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.pipeline import extract


def test_he_after_a_man_only_spoken_of_in_a_report_is_not_that_man() -> None:
    raw = (
        "Campaign gaffe\n\nTory leader Aldous Crane attacked Labour's spending plans on Monday. "
        "The Labour campaign looked on the rocks. Then deputy chairman Tom Verity was "
        'reported to have suggested Mr Crane was secretly planning bigger "cuts".\n\n'
        "He was sacked for his gaffe, but the damage had been done.\n"
    )
    brief = extract(from_text(raw))
    sacked = [e for e in brief.timeline if e.trigger.text == "sacked"]
    # Crane is only what Verity was said to have suggested: the sacked man is not Crane (an
    # entry without a name for "he" is dropped rather than guessed)
    assert all("Crane" not in e.description for e in sacked)
    assert all(e.agent != "person:aldous-crane" for e in sacked)


def test_a_he_goes_on_with_the_subject_past_a_man_named_only_as_an_object() -> None:
    from app.extract.document import from_text
    from app.extract.pipeline import extract

    raw = (
        "Rally\n\nFirst, Gov. Alan Brisco attacked former nominee Peter Lund for being a "
        '"weak candidate." Then he turned to "little" Tom Riggs. He angrily listed his recent '
        "wins and poll standings.\n"
    )
    events = extract(from_text(raw)).timeline
    listed = [e for e in events if "listed" in e.description]
    assert listed and listed[0].agent == "person:alan-brisco"
