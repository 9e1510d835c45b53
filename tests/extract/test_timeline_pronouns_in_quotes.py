"""Pronouns a reader can place, quotation marks of every kind, what a confidant tells.

Invented texts; each test fails without the rule it names (branch tl8, issue 16).
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    brief = extract(from_text("News of the day\n\n" + text + "\n"))
    return {e.trigger.text: e for e in brief.timeline}


def test_a_quote_in_doubled_apostrophes_is_a_quotation() -> None:
    # some wires write ''...'' for a quote: "I" there is its speaker, as between "..."
    got = _entries("''I walked to the station,'' Julia Roberts said on Sunday.")
    assert got["walked"].agent == "person:julia-roberts"
    assert got["walked"].modality == "reported"


def test_a_bare_he_inside_a_quotation_is_left_out() -> None:
    # whom the speaker means, neither the parse nor the entry can tell
    got = _entries('"He ran away," Julia Roberts said on Sunday.')
    assert "ran away" not in got


def test_a_bare_we_inside_a_quotation_is_left_out() -> None:
    got = _entries('"We will stand up and fight this plan," Julia Roberts said on Sunday.')
    assert "stand up" not in got


def test_a_contracted_s_before_a_past_form_is_has() -> None:
    got = _entries(
        "Donald Trump has held liberal positions over the years, and while he’s renounced most "
        "of them, critics doubt him."
    )
    assert got["renounced"].description == "Donald Trump has renounced most of them"


def test_what_someone_confided_is_reported() -> None:
    got = _entries(
        "Tom Clarke confided to her that his parents had panicked because, as strangers, the "
        "Roes were new to town."
    )
    assert got["panicked"].modality == "reported"


def _parsed(text: str):  # type: ignore[no-untyped-def]
    from app.extract.nlp import DEFAULT_MODEL, load_nlp
    from app.extract.timeline.agents import _name_mentions

    document = from_text("News of the day\n\n" + text + "\n")
    nlp = load_nlp(DEFAULT_MODEL)
    doc = nlp(document.text)
    brief = extract(document)
    return doc, _name_mentions(doc, brief.entities)


def test_he_in_a_clause_inside_a_sentence_is_its_named_main_subject() -> None:
    from app.extract.timeline.agents import _main_subject_reading

    doc, names = _parsed(
        "Teddy Marlow developed his passion for flying at the county club, where he flew "
        "under power lines."
    )
    he = next(t for t in doc if t.lower_ == "he")
    found = _main_subject_reading(he, names)
    assert found is not None and found[1].id == "person:teddy-marlow"


def test_he_after_another_man_named_in_the_sentence_is_no_main_subject_s() -> None:
    from app.extract.timeline.agents import _main_subject_reading

    doc, names = _parsed("Tom Clarke praised Bill Hale after he won the vote.")
    he = next(t for t in doc if t.lower_ == "he")
    assert _main_subject_reading(he, names) is None


def test_she_of_an_as_clause_on_a_name_no_person_covers_is_no_one_else() -> None:
    from app.extract.model import Entity, Mention
    from app.extract.nlp import DEFAULT_MODEL, load_nlp
    from app.extract.timeline.agents import NameIndex, _bound_to_an_unnamed_subject

    nlp = load_nlp(DEFAULT_MODEL)
    doc = nlp("Zola Brightwater was also honored as she took home the award.")
    names = NameIndex()
    org = Entity(id="organization:zola-brightwater", name="Zola Brightwater",
                 type="organization",
                 mentions=[Mention(text="Zola Brightwater", start=0, end=16)])  # fmt: skip
    names[0] = names[1] = (org.mentions[0], org)
    she = next(t for t in doc if t.lower_ == "she")
    assert _bound_to_an_unnamed_subject(she, names)
