"""The lead's seventh-session timeline rules (issue #16), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import timeline


def test_a_never_the_parse_hangs_on_the_auxiliary_denies_the_verb(nlp: Language) -> None:
    text = "Talks\n\nThe council does not, and never will, accept the plan, the mayor said.\n"
    accept = [e for e in timeline(nlp, text) if e.trigger.text == "accept"]
    assert accept and all((e.reported_modality or e.modality) == "negated" for e in accept), [
        (e.modality, e.reported_modality) for e in accept
    ]


def test_a_d_before_a_past_the_tagger_reads_is_had(nlp: Language) -> None:
    text = (
        "Flu season\n\nRendell, a party surrogate, said he’d battled through three bouts of "
        "walking pneumonia in his campaigns and called it a common ailment during long bids "
        "for office.\n"
    )
    battled = [e for e in timeline(nlp, text) if e.trigger.text == "battled"]
    # "he'd battled" is "he had battled": a fact he reports, not what he would do
    assert battled and all(e.reported_modality == "fact" for e in battled)


def test_a_d_before_a_bare_form_is_would(nlp: Language) -> None:
    text = "Poll\n\nRendell said on Monday that he’d beat him in a fair fight.\n"
    beat = [e for e in timeline(nlp, text) if e.trigger.text == "beat"]
    assert beat and all(e.reported_modality != "fact" for e in beat)


def test_what_was_demanded_is_not_a_fact(nlp: Language) -> None:
    text = (
        "Coalition talks\n\nThe Whigs lost power in 1974 after the Liberals demanded Sir Alan "
        "Roe quit in return for their support.\n"
    )
    quit_ = [e for e in timeline(nlp, text) if e.trigger.text == "quit"]
    # "demanded Roe quit": wanted done, no "that" needed, though the tagger reads a past
    assert quit_ and all((e.reported_modality or e.modality) == "hypothetical" for e in quit_)


def test_a_past_beside_a_demand_is_still_a_fact(nlp: Language) -> None:
    # guard: a joined clause of its own is told as it happened
    text = "Talks\n\nThe union demanded higher pay and the minister resigned.\n"
    resigned = [e for e in timeline(nlp, text) if e.trigger.text == "resigned"]
    assert resigned and resigned[0].modality == "fact"
