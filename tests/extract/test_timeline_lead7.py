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
