"""Timeline: events, their anchors, modality, participants, and the order they come out in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from spacy.language import Language

from app.extract.document import from_text
from app.extract.model import Entity, Mention, TimelineEvent
from app.extract.timeline import build_timeline, event_lexicon
from app.extract.timex import extract_time_expressions
from tests.extract.conftest import timeline

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "000_06d31293aad75abd.txt"


def by_trigger(events: list[TimelineEvent], word: str) -> TimelineEvent:
    matches = [e for e in events if e.trigger.text == word]
    assert matches, [e.trigger.text for e in events]
    return matches[0]


def test_sample_article_order_without_publication_date(nlp: Language) -> None:
    document = from_text(SAMPLE.read_text(encoding="utf-8"))
    assert document.published is None
    doc = nlp(document.text)
    events = build_timeline(
        doc, extract_time_expressions(doc, None), [], None, lexicon=event_lexicon(nlp)
    )

    def order(trigger: str) -> int:
        return by_trigger(events, trigger).order

    alliance = order("ally")  # "Since the ... era, Cuba has been the ... closest ally"
    cooling = order("cooled")  # "relations cooled somewhat in the 1990s"
    comeback = order("made")  # "has made a strong comeback in the last decade"
    debts = order("writing off")  # "by writing off substantial debts" shares that anchor
    operation = order("conducted")
    arrest = order("arrest")  # "an operation that resulted in the arrest": a nominal event
    meetings = order("announcing")
    arrival = order("began")  # the minister "began an important official visit"
    received = order("received")
    assert alliance < cooling < comeback
    assert cooling < debts
    assert max(comeback, debts) < min(operation, arrest)
    assert max(operation, arrest) < min(meetings, arrival, received)
    steps = by_trigger(events, "steps")  # "whether they will lead to new escalatory steps"
    assert steps.modality in ("hypothetical", "future")
    assert steps.order > max(meetings, arrival, received)

    alliance_event = by_trigger(events, "ally")
    # "Since the Cold War era, Cuba has been ...": the era bounds the alliance from below
    assert alliance_event.time is not None and alliance_event.not_before == "1947-1991"
    assert alliance_event.date is None
    assert by_trigger(events, "cooled").date == "1990-1999"
    # relative to an unknown publication date: anchored, but no calendar date claimed
    assert by_trigger(events, "made").date is None
    for e in events:
        assert document.text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert e.start <= e.trigger.start and e.trigger.end <= e.end
    # Listed in timeline order (as /briefs/{id}/timeline lists them); ids number the events in
    # the order of the text.
    assert [e.order for e in events] == list(range(len(events)))
    by_text = sorted(events, key=lambda e: e.trigger.start)
    assert [e.id for e in by_text] == [f"e{i}" for i in range(1, len(events) + 1)]


ARTICLE = (
    "Storm hits coastal towns\n"
    "The mayor visited the flooded harbour on Tuesday. "
    "Heavy rain had fallen for three days before the river burst its banks. "
    "In 2004 a similar storm destroyed the old pier. "
    "Engineers will inspect the sea wall next week. "
    "Officials did not evacuate the school. "
    "If the rain returns, the council could close the bridge.\n"
)


def test_anchors_resolve_with_publication_date(nlp: Language) -> None:
    events = timeline(nlp, ARTICLE, date(2013, 3, 21))
    visited = by_trigger(events, "visited")
    assert visited.time is not None and visited.time.text == "Tuesday"
    assert visited.date == "2013-03-19"
    inspect = by_trigger(events, "inspect")
    assert inspect.modality == "future" and inspect.tense == "future"
    assert inspect.date == "2013-03-25/2013-03-31"
    assert by_trigger(events, "destroyed").date == "2004"


def test_order_anchors_relations_and_tense(nlp: Language) -> None:
    events = timeline(nlp, ARTICLE, date(2013, 3, 21))
    destroyed = by_trigger(events, "destroyed").order  # 2004
    fallen = by_trigger(events, "fallen").order  # past perfect, before the river burst
    burst = by_trigger(events, "burst").order
    visited = by_trigger(events, "visited").order  # Tuesday
    inspect = by_trigger(events, "inspect").order  # next week
    assert destroyed < fallen < burst
    assert destroyed < visited < inspect


def test_modality(nlp: Language) -> None:
    events = timeline(nlp, ARTICLE, date(2013, 3, 21))
    assert by_trigger(events, "evacuate").modality == "negated"
    assert by_trigger(events, "close").modality == "hypothetical"
    assert by_trigger(events, "destroyed").modality == "fact"
    assert by_trigger(events, "fallen").tense == "past_perfect"


def test_headline_is_not_an_event(nlp: Language) -> None:
    events = timeline(nlp, ARTICLE, date(2013, 3, 21))
    assert all(e.start > ARTICLE.index("\n") for e in events)


def test_participants_from_entity_mentions(nlp: Language) -> None:
    text = "Acme Corp hired Jane Roe in 2019. Rivals complained."
    roe = Entity(
        id="person:jane-roe",
        name="Jane Roe",
        type="person",
        mentions=[Mention("Jane Roe", text.index("Jane"), text.index("Jane") + 8)],
    )
    acme = Entity(
        id="organization:acme-corp",
        name="Acme Corp",
        type="organization",
        mentions=[Mention("Acme Corp", 0, 9)],
    )
    events = timeline(nlp, text, None, [roe, acme])
    hired = by_trigger(events, "hired")
    assert set(hired.entities) == {"person:jane-roe", "organization:acme-corp"}
    assert by_trigger(events, "complained").entities == []
    assert hired.date == "2019"


def test_stated_relation_following(nlp: Language) -> None:
    text = (
        "Protests spread quickly. "
        "The government resigned following reports that troops fired on crowds."
    )
    events = timeline(nlp, text, None)
    assert by_trigger(events, "fired").order < by_trigger(events, "resigned").order


def test_sample_timeline_reads_as_happenings(nlp: Language) -> None:
    """Commentary, purpose clauses and attributions stay out; descriptions name the actors."""
    document = from_text(SAMPLE.read_text(encoding="utf-8"))
    doc = nlp(document.text)
    kolokoltsev = Entity(
        id="person:vladimir-kolokoltsev",
        name="Vladimir Kolokoltsev",
        type="person",
        mentions=[_mention(document.text, "Vladimir Kolokoltsev")],
    )
    russia = Entity(
        id="place:russia",
        name="Russia",
        type="place",
        mentions=[_mention(document.text, "Russian Federation", kind="alias")],
    )
    events = build_timeline(
        doc,
        extract_time_expressions(doc, None),
        [kolokoltsev, russia],
        None,
        lexicon=event_lexicon(nlp),
    )
    triggers = {e.trigger.text for e in events}
    for commentary in ("underscores", "indicates", "indicated", "aiming", "hold", "believe",
                       "coincides", "focuses", "viewed", "revive", "resulted"):  # fmt: skip
        assert commentary not in triggers, commentary
    described = {e.trigger.text: e.description for e in events}
    assert described["began"] == "Vladimir Kolokoltsev began an important official visit"
    assert described["made"] == "Russian Federation has made a strong comeback"
    assert described["conducted"] == "US special forces conducted a targeted operation"
    assert described["arrest"].startswith("the arrest of Venezuelan President Nicolás Maduro")
    assert described["received"].startswith("Vladimir Kolokoltsev was received by")
    assert by_trigger(events, "began").entities[0] == kolokoltsev.id
    # the doer of a verb without a subject is the subject of the clause it depends on
    assert by_trigger(events, "writing off").entities == [russia.id]


def _mention(text: str, words: str, kind: str = "name") -> Mention:
    start = text.index(words)
    return Mention(words, start, start + len(words), kind)  # type: ignore[arg-type]


def test_reader_policy_on_plain_news(nlp: Language) -> None:
    text = (
        "Police arrested two men on Friday after a robbery at a bank. "
        "The arrests came days before the election in May. "
        "The chief said the suspects had planned the raid for weeks. "
        "The case shows how fragile security remains. "
        "Officers are trying to trace the money, which is believed to be abroad. "
        "The bank will reopen next week."
    )
    events = timeline(nlp, text, date(2013, 3, 21))
    triggers = [e.trigger.text for e in events]
    assert "arrested" in triggers and "planned" in triggers and "reopen" in triggers
    # an attempt is shown as what happened, with what was attempted (which may not happen)
    trying = by_trigger(events, "trying")
    assert trying.description == "Officers are trying to trace the money"
    assert "trace" not in triggers
    for dropped in ("said", "shows", "remains", "believed"):
        assert dropped not in triggers, dropped
    election = by_trigger(events, "election")  # a nominal event with its own time
    assert election.date == "2013-05"
    assert by_trigger(events, "planned").order < by_trigger(events, "arrested").order
    assert by_trigger(events, "arrested").order < by_trigger(events, "reopen").order
