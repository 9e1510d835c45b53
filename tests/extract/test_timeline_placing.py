"""Timeline entries a reader can place (issue 16): who did it (an "it"/"they" is the body that
says it or no entry; a list of doers is written whole; a "he" said of a named speaker is not
given to someone else), what was done (nothing that completes the verb is cut), and when (a
time inside quotation marks, or one a clause defines, dates nothing outside it)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from app.extract.model import Entity, Mention, TimelineEvent
from app.extract.timex import extract_time_expressions
from tests.extract.conftest import timeline

PUBLISHED = date(2013, 3, 21)


def person(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(
        id="person:" + name.lower().replace(" ", "-"),
        name=name,
        type="person",
        mentions=[Mention(name, start, start + len(name))],
    )


def by_trigger(events: list[TimelineEvent]) -> dict[str, TimelineEvent]:
    return {e.trigger.text: e for e in events}


def descriptions(events: list[TimelineEvent]) -> list[str]:
    return [e.description for e in events]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The rebels met in the hills. They went underground in 1975.", "went"),
        ("The old quarrel flared up again. It happened many times after the war.", "happened"),
        ("He argued that they had broken the law.", "broken"),
        ("Another is returning to the capital next week.", "returning"),
    ],
)
def test_an_it_or_they_nobody_can_place_is_no_entry(
    nlp: Language, sentence: str, trigger: str
) -> None:
    events = by_trigger(timeline(nlp, "Council news\n" + sentence + "\n", PUBLISHED))
    assert trigger not in events, events[trigger].description


def test_an_it_or_they_of_a_body_that_says_it_is_that_body(nlp: Language) -> None:
    text = (
        "Council news\nThe council said it would appeal the ruling. Police said they found "
        "the stolen car. The ministry said it was likely that talks would resume.\n"
    )
    events = by_trigger(timeline(nlp, text, PUBLISHED))
    assert events["appeal"].description == "The council would appeal the ruling"
    assert events["found"].description.startswith("Police found the stolen car")
    assert not any(d.startswith("The ministry was") for d in descriptions(list(events.values())))


def test_it_that_points_at_nothing_stays_whole(nlp: Language) -> None:
    events = by_trigger(timeline(nlp, "Council news\nIt rained on Sunday.\n", PUBLISHED))
    assert events["rained"].description.startswith("It rained")


def test_a_means_of_an_unnamed_pronoun_is_no_entry(nlp: Language) -> None:
    events = by_trigger(
        timeline(nlp, "Council news\nShe broke the rules by using a private server.\n", PUBLISHED)
    )
    assert "using" not in events


@pytest.mark.parametrize(
    ("sentence", "trigger", "needed"),
    [
        (
            "Residents have been advised by the agency to consider leaving the town.",
            "advised",
            "consider",
        ),
        ("The flood drove thousands of farmers to demand a new dam.", "drove", "demand"),
        ("Voters are going to be looking at the full record.", "looking", "record"),
        (
            "The governor proclaimed in July - loudly - that the plan had failed.",
            "proclaimed",
            "failed",
        ),
        ("Security forces shot dead in August roughly 100 demonstrators.", "shot", "100"),
        ("Leaked emails showed party staff favoring one candidate.", "showed", "favoring"),
        ("Roe watched as his father's farms were seized.", "watched", "seized"),
    ],
)
def test_what_completes_the_verb_is_never_cut(
    nlp: Language, sentence: str, trigger: str, needed: str
) -> None:
    events = by_trigger(timeline(nlp, "Council news\n" + sentence + "\n", PUBLISHED))
    if trigger in events:
        assert needed in events[trigger].description


def test_an_as_clause_that_only_vouches_for_the_sentence_is_no_entry(nlp: Language) -> None:
    text = "Council news\nAs the Post's reporter documented, a dozen governors joined the effort.\n"
    events = by_trigger(timeline(nlp, text, PUBLISHED))
    assert "documented" not in events
    assert events["joined"].description == "a dozen governors joined the effort"


def test_a_phrase_the_verb_can_do_without_is_no_cut(nlp: Language) -> None:
    text = "Council news\nAnn Roe was carrying a message to the president from the king.\n"
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=[person(text, "Ann Roe")]))
    assert events["carrying"].description.startswith("Ann Roe was carrying a message")


def test_a_bare_noun_or_phrase_that_completes_the_verb_is_written(nlp: Language) -> None:
    text = (
        "Council news\nPoliticians fell victim to the scandal. "
        "The mayor put his house up for sale and left the city.\n"
    )
    events = by_trigger(timeline(nlp, text, PUBLISHED))
    assert events["fell"].description == "Politicians fell victim to the scandal"
    assert events["put"].description == "The mayor put his house up for sale"


def test_a_list_of_doers_is_written_whole(nlp: Language) -> None:
    text = (
        "Council news\nCandidates Ann Berg, Tom Hale, Rita Moss and Joe Lund also joined the "
        "bid. The Coast Guard, the FBI and the city police are investigating the fire.\n"
    )
    people = [person(text, n) for n in ("Ann Berg", "Tom Hale", "Rita Moss", "Joe Lund")]
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=people))
    assert events["joined"].description.startswith(
        "Candidates Ann Berg, Tom Hale, Rita Moss and Joe Lund joined the bid"
    )
    investigating = events["investigating"].description
    assert "Coast Guard" in investigating and "FBI" in investigating
    assert "city police" in investigating


def test_what_someone_is_in_apposition_is_no_list(nlp: Language) -> None:
    text = "Council news\nAnn Berg, 52, a lawyer and writer, was shot at her home in May.\n"
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=[person(text, "Ann Berg")]))
    assert events["shot"].description.startswith("Ann Berg was shot")


def test_he_said_by_a_named_speaker_is_not_given_to_another(nlp: Language) -> None:
    text = (
        "Council news\nTom Hale, claiming that Mayor Bob Reed wanted to raise taxes, said he "
        "would cut them to the bone.\n"
    )
    entities = [person(text, "Tom Hale"), person(text, "Bob Reed")]
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=entities))
    cut = events.get("cut")  # left unplaced: no entry (tl15); never Bob Reed's
    assert cut is None or cut.agent != "person:bob-reed"
    assert cut is None or not cut.description.startswith("Bob Reed")


def test_a_time_inside_quotation_marks_dates_nothing_outside_them(nlp: Language) -> None:
    text = (
        "Council news\nThe governor pledged to fight the plan “today, tomorrow, forever.”\n\n"
        "“The inspector is arriving here tomorrow morning,” the mayor said in a July interview."
        "\n\n“The city signed the deal in 2009,” the mayor said.\n"
    )
    events = by_trigger(timeline(nlp, text, PUBLISHED))
    assert events["pledged"].date is None
    assert events["arriving"].date is None  # said when? the article does not tell
    assert events["signed"].date == "2009"  # a calendar date stays a date


def test_a_time_a_clause_defines_is_no_calendar_date(nlp: Language) -> None:
    text = "Council news\nRoe founded the party the year she returned to teaching.\n"
    events = by_trigger(timeline(nlp, text, PUBLISHED))
    assert events["founded"].date is None


def test_a_dated_setting_of_a_doubtful_clause_keeps_its_own_modality(nlp: Language) -> None:
    text = "Council news\nThe issue could become a factor in the 2014 elections.\n"
    events = by_trigger(timeline(nlp, text, PUBLISHED))
    assert events["elections"].modality == "future"  # 2014 comes after publication
    assert events["become"].modality == "uncertain"


def test_this_winter_in_january_is_the_winter_begun_in_december(nlp: Language) -> None:
    doc = nlp("The contests this winter will be close.")
    (found,) = extract_time_expressions(doc, date(2016, 1, 20))
    assert found.value == "2015-WI"


def test_a_he_said_by_a_name_no_entity_stands_for_is_not_given_to_another(
    nlp: Language,
) -> None:
    text = (
        "Council news\nHale, later claiming - again falsely - that Mayor Bob Reed wanted to admit "
        "5,000 migrants, said he would deport them.\n"
    )
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=[person(text, "Bob Reed")]))
    assert "deport" not in events  # left unplaced: no entry (tl15)


def test_a_he_said_where_the_parse_lost_the_speaker_names_no_one() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from app.extract.timeline.agents import _said_by_no_one

    words = ["Hale", ",", "angry", ",", "said", "he", "would", "go", "."]
    lost = ["dep", "punct", "dep", "punct", "ROOT", "nsubj", "aux", "ccomp", "punct"]

    def parse(first_dep: str, first_head: int, verb_tag: str) -> Doc:
        heads = [first_head, 2, 4, 4, 4, 7, 7, 4, 4]
        deps = [first_dep, *lost[1:]]
        tags = ["NNP", ",", "JJ", ",", verb_tag, "PRP", "MD", "VB", "."]
        doc = Doc(Vocab(), words, heads=heads, deps=deps, tags=tags, lemmas=words)
        doc[4].lemma_ = "say"
        return doc

    assert _said_by_no_one(parse("dep", 2, "VBD")[5])  # "said" has no subject: "he" is unknown
    assert not _said_by_no_one(parse("nsubj", 4, "VBD")[5])  # "Hale said he would go"
    # "(Hale,) saying he would go": a participle's doer is its head's, not lost
    assert not _said_by_no_one(parse("dep", 2, "VBG")[5])


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("If war broke out, they could use the island to attack the mainland.", "attack"),
        ("Either of them can win the race.", "win"),
        ("Many of them voted for the plan last year.", "voted"),
        ("Roe showed me where she slept.", "slept"),
    ],
)
def test_more_entries_a_reader_cannot_place(nlp: Language, sentence: str, trigger: str) -> None:
    events = by_trigger(timeline(nlp, "Council news\n" + sentence + "\n", PUBLISHED))
    assert trigger not in events, events[trigger].description


@pytest.mark.parametrize(
    ("sentence", "trigger", "needed"),
    [
        (
            "Security forces began arresting, imprisoning and executing thousands of dissidents.",
            "arresting",
            "dissidents",
        ),
        ("The party sent Roe north to the mountains.", "sent", "mountains"),
        ("As we watched the crowds walk down the avenue, the minister smiled.", "watched", "walk"),
    ],
)
def test_a_shared_object_or_a_destination_is_never_cut(
    nlp: Language, sentence: str, trigger: str, needed: str
) -> None:
    events = by_trigger(timeline(nlp, "Council news\n" + sentence + "\n", PUBLISHED))
    if trigger in events:
        assert needed in events[trigger].description


def test_words_that_turn_the_sense_or_say_where_are_written(nlp: Language) -> None:
    text = (
        "Council news\nRoe acted no differently from her predecessors. "
        "Hale spent a month in jail for helping the protesters. "
        "That is the reason growing numbers of voters have turned to Roe. "
        "Despite a mediation that awarded the disputed land to the islanders, the army stayed. "
        "A group of 40 charities sent a letter this week urging the council to act.\n"
    )
    events = by_trigger(timeline(nlp, text, PUBLISHED))
    assert events["acted"].description == "Roe acted no differently from her predecessors"
    assert events["spent"].description == "Hale spent a month in jail"
    assert events["sent"].description == "A group of 40 charities sent a letter"  # a time, no place
    assert events["awarded"].description == "a mediation awarded the disputed land to the islanders"
    turned = events.get("turned")
    assert turned is None or "the reason" not in turned.description


def test_a_relative_clause_after_noun_place_preposition_noun_tells_of_no_guessed_noun(
    nlp: Language,
) -> None:
    text = (
        "Council news\nTroops massed on a plot along the river that had never been surveyed. "
        "The fighting centred on a hill across the valley that had never been mapped.\n"
    )
    for e in timeline(nlp, text, PUBLISHED):
        assert not e.description.startswith(("the river had", "the valley had")), e.description


def test_a_verb_right_after_a_clause_with_its_own_subject_names_no_guessed_doer(
    nlp: Language,
) -> None:
    text = "Council news\nRoe rubbed her eyes as the lights flickered and then returned.\n"
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=[person(text, "Roe")]))
    returned = events.get("returned")
    assert returned is None or returned.agent is None


def test_a_named_event_dated_after_publication_is_future(nlp: Language) -> None:
    text = (
        "Primary news\nThe mayor won the primary on Tuesday. She is now poised to square off "
        "against the state senator, a former teacher, in November's general election. The "
        "lawsuit is set to go to trial after the November election.\n"
    )
    events = by_trigger(timeline(nlp, text, date(2016, 6, 28)))
    elections = [e for e in timeline(nlp, text, date(2016, 6, 28)) if e.trigger.text == "election"]
    assert elections and all(e.modality == "future" for e in elections)
    assert events["won"].modality == "fact"
