"""Timeline entries as a reader of political news judges them: no cut or borrowed phrase, the
real doer of a relative clause, modality that does not overstate (invented sentences of the
shapes that went wrong in a read-through)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract.claims import extract_claims
from app.extract.model import Entity, Mention, TimelineEvent
from app.extract.timeline import build_timeline, event_lexicon
from app.extract.timex import extract_time_expressions
from tests.extract.conftest import timeline

PUBLISHED = date(2013, 3, 21)


def person(text: str, name: str) -> Entity:
    start = text.index(name)
    slug = name.lower().replace(" ", "-")
    return Entity(
        id=f"person:{slug}",
        name=name,
        type="person",
        mentions=[Mention(name, start, start + len(name))],
    )


def by_trigger(events: list[TimelineEvent]) -> dict[str, TimelineEvent]:
    return {e.trigger.text: e for e in events}


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a relative clause's reported complement whose object is the noun before it
        (
            "He said he would spend the $18 million he says he raised for his campaign on ads.",
            "raised",
        ),
        # a subject that only points back
        ("This started in Leeds when the mayor confronted him.", "started"),
        (
            "The mayor railed against lobby groups, including the one supporting Brown that raised "
            "more than $2 million.",
            "raised",
        ),
        # a question word as the object of the verb's preposition
        (
            "Voters might stop to consider what it could look like if the economy went into a "
            "tailspin.",
            "look",
        ),
        # a complement clause whose subject the parse lost
        (
            "The city of Boston is demanding that Mitt Romney’s campaign stop using the image of "
            "Boston police officers in a new ad.",
            "demanding",
        ),
        # a quote in the first person written as a reported clause
        (
            "Smith tweeted that, “For those few people knocking me, I will be awake all night.”",
            "tweeted",
        ),
        # a bare indefinite noun
        ("At a rally on Friday, the mayor attacked the council.", "rally"),
        # a complement cut before its argument, which would turn the sense over
        (
            "Polls showed that few Americans thought of climate change as a pressing threat to the "
            "nation's economy and security.",
            "showed",
        ),
        ("The percentage of voters who accepted the reality of the threat had tumbled.", "tumbled"),
        # whose side, the entry cannot say
        ("“Our side won the vote easily,” Smith said.", "won"),
        # a verb group the parse split from its auxiliary ("it (had) been prepared")
        (
            "“One of the reasons I think that Leeds was prepared to go further than it had been "
            "prepared to go previously,” Mr. Smith said, “is that their overriding concern was the "
            "traffic.”",
            "prepared",
        ),
        # a participle clause of "have": no event of its own
        (
            "“If you have even a portion of those people displaced,” he said, “you have problems.”",
            "displaced",
        ),
        # "set about (doing ...)": the verb alone says nothing
        (
            "Mr. Smith set about persuading Mayor Jo Brown of Leeds to join the city in setting "
            "ambitious targets for cutting emissions.",
            "set",
        ),
    ],
)
def test_entries_a_reader_cannot_follow_are_left_out(
    nlp: Language, sentence: str, trigger: str
) -> None:
    events = timeline(nlp, "Council news\n" + sentence + "\n", PUBLISHED)
    assert trigger not in by_trigger(events), [e.description for e in events]


def test_a_parse_that_cuts_a_written_sentence_gives_no_entry(nlp: Language) -> None:
    text = "Council news\nSmith cited remarks Jones had made about Brown as examples of contempt.\n"
    doc = nlp.make_doc(text)
    for t in doc:
        t.is_sent_start = t.text in ("Smith", "Jones") or t.i == 0
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    events = build_timeline(
        doc,
        extract_time_expressions(doc, PUBLISHED),
        [],
        PUBLISHED,
        lexicon=event_lexicon(nlp),
        claims=extract_claims(doc, []),
    )
    assert "made" not in by_trigger(events), [e.description for e in events]


def test_a_relative_clause_on_a_description_is_told_of_the_one_described(nlp: Language) -> None:
    text = (
        "Council news\nWhen he entered the race, Jo Smith was a novice politician who had never "
        "debated.\n"
    )
    debated = by_trigger(timeline(nlp, text, PUBLISHED, entities=[person(text, "Jo Smith")]))[
        "debated"
    ]
    assert debated.description == "Jo Smith had never debated"
    assert debated.agent == "person:jo-smith"
    text = "Council news\nFinally, Jo Smith was a quiet mayor who receded from the spotlight.\n"
    receded = by_trigger(timeline(nlp, text, PUBLISHED))["receded"]
    assert receded.description == "Jo Smith receded from the spotlight"


def test_descriptions_keep_what_completes_the_verb(nlp: Language) -> None:
    events = by_trigger(
        timeline(
            nlp,
            "Council news\nShe said leaders had agreed to put together a reform plan by March. "
            "The businessman says the mayor will put the Town Hall up for sale if she gets the "
            "chance. The strike ended, for instance, within a week. "
            "The mayor's success in the city will not necessarily translate into success in the "
            "state.\n",
            PUBLISHED,
        )
    )
    assert events["agreed"].description == "leaders had agreed to put together a reform plan"
    assert events["put"].description == "the mayor will put the Town Hall up for sale"
    assert events["ended"].description == "The strike ended"
    translate = events["translate"]
    assert "will not necessarily translate" in translate.description
    assert translate.modality == "uncertain"


def test_a_dateline_is_no_part_of_the_subject(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Council news\nLEEDS - City leaders gathered Friday to discuss the budget.\n",
        PUBLISHED,
    )
    assert by_trigger(events)["gathered"].description == "City leaders gathered Friday"


def test_a_pronoun_written_by_name_loses_its_contraction(nlp: Language) -> None:
    text = "Council news\nSam Smith spoke on Monday. He says he'll tear up the treaty.\n"
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=[person(text, "Sam Smith")]))
    assert events["tear up"].description == "Sam Smith will tear up the treaty"


def test_quantifier_stays_before_a_named_group(nlp: Language) -> None:
    text = "Council news\nMany Britons felt betrayed when the mayor invited the king.\n"
    start = text.index("Britons")
    britons = Entity(
        id="group:britons",
        name="Britons",
        type="group",
        mentions=[Mention("Britons", start, start + 7)],
    )
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=[britons]))
    assert events["betrayed"].description.startswith("Many Britons")


def test_modality_of_aims_and_past_habits(nlp: Language) -> None:
    events = by_trigger(
        timeline(
            nlp,
            "Council news\nThe council cut the funds, to prove that the scheme posed no risk to "
            "the city. Smith also would constantly tussle with the moderators in order to win "
            "over the crowd. Smith said he would later resign.\n",
            PUBLISHED,
        )
    )
    assert events["cut"].modality == "fact"
    assert events["posed"].modality == "uncertain"  # what the cut was meant to prove
    tussle = events["tussle"]
    assert tussle.modality == "fact"
    assert "would constantly tussle" in tussle.description
    resign = events["resign"]
    # what he said then would happen: the future of a past report, no supposition (#16)
    assert (resign.reported_modality or resign.modality) == "future"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The race is close, so he won't be able to brag about his lead.", "brag"),
        ("The mayor endorsed one in July.", "endorsed"),
        ("The collapse also left many nations feeling that they faced no threat.", "left"),
        (
            "His rules gave Mr. Kerry and his team of climate diplomats the leverage they needed "
            "in months of talks.",
            "gave",
        ),
        # a "before"/"until" clause of a clause that is no fact: whether it happened, unsaid
        ("The council did not want to vote before city officials had weighed in.", "weighed in"),
        (
            "The mayor would not sign the bill until the auditors had checked the accounts.",
            "checked",
        ),
        # a bare infinitive after "have": the parse's relative clause is no event
        (
            "At a rally, Smith told of a woman who takes in a half-frozen snake only to have it "
            "fatally bite her.",
            "bite",
        ),
    ],
)
def test_cut_or_unasserted_entries_are_left_out(nlp: Language, sentence: str, trigger: str) -> None:
    events = timeline(nlp, "Council news\n" + sentence + "\n", PUBLISHED)
    assert trigger not in by_trigger(events), [e.description for e in events]


def test_a_before_clause_of_a_fact_stays(nlp: Language) -> None:
    events = by_trigger(
        timeline(
            nlp, "Council news\nThe council voted before officials had weighed in.\n", PUBLISHED
        )
    )
    assert events["weighed in"].modality == "fact"


@pytest.mark.parametrize(
    ("sentence", "trigger", "description"),
    [
        (
            "At a rally, Smith likened the refugees to a “vicious snake” in a song.",
            "likened",
            "Smith likened the refugees to a vicious snake",
        ),
        (
            "The rules kept foreign trucks from hauling cargo inside the country.",
            "kept",
            "The rules kept foreign trucks from hauling cargo inside the country",
        ),
        (
            "The mayor listed the problems he blamed on the policies of his predecessor.",
            "blamed",
            "he blamed the problems on the policies of his predecessor",
        ),
        (
            "The businessman says the mayor will put the Oval Office up for sale if she gets the "
            "chance.",
            "put",
            "the mayor will put the Oval Office up for sale",
        ),
        (
            "The city said it would lift rules that kept foreign trucks from hauling cargo inside "
            "the United States.",
            "kept",
            "rules kept foreign trucks from hauling cargo inside the United States",
        ),
        (
            "Officials said it would take more hours before the bridge could reopen.",
            "take",
            "it would take more hours before the bridge could reopen",
        ),
    ],
)
def test_descriptions_keep_the_phrase_that_completes_the_verb(
    nlp: Language, sentence: str, trigger: str, description: str
) -> None:
    events = by_trigger(timeline(nlp, "Council news\n" + sentence + "\n", PUBLISHED))
    assert events[trigger].description == description


def test_a_pronoun_is_not_written_as_a_name_of_the_other_gender(nlp: Language) -> None:
    text = (
        "Council news\nMary Stone's success in the city will not carry over to the state. "
        "He might have to find a new strategy.\n"
    )
    he = text.index("He might")
    stone = Entity(
        id="person:mary-stone",
        name="Mary Stone",
        type="person",
        mentions=[
            Mention("Mary Stone", text.index("Mary"), text.index("Mary") + 10),
            Mention("He", he, he + 2, "pronoun"),
        ],
    )
    find = by_trigger(timeline(nlp, text, PUBLISHED, entities=[stone])).get("find")
    assert find is None or "Mary Stone" not in find.description  # unplaced: no entry (tl15)
    assert find is None or find.agent is None


def test_a_first_name_of_unknown_gender_takes_the_article_s_pronouns(nlp: Language) -> None:
    text = (
        "Council news\nZyx Quorra spoke in May. She said her plan would work, and she left. "
        "He might have to find a new strategy.\n"
    )
    mentions = [Mention("Zyx Quorra", text.index("Zyx"), text.index("Zyx") + 10)]
    for word in ("She", "her", "she", "He"):
        at = text.index(f" {word} ") + 1
        mentions.append(Mention(word, at, at + len(word), "pronoun"))
    quorra = Entity(id="person:zyx-quorra", name="Zyx Quorra", type="person", mentions=mentions)
    find = by_trigger(timeline(nlp, text, PUBLISHED, entities=[quorra])).get("find")
    assert find is None or "Zyx Quorra" not in find.description  # unplaced: no entry (tl15)
    assert find is None or find.agent is None


def test_a_denied_manner_leaves_the_event_a_fact(nlp: Language) -> None:
    events = by_trigger(
        timeline(
            nlp,
            "Council news\nBut the mayor didn't achieve positive results by accident and good "
            "fortune. The mayor did not win the vote.\n",
            PUBLISHED,
        )
    )
    achieve = events["achieve"]
    assert achieve.modality == "fact"
    assert achieve.description == "the mayor didn't achieve positive results by accident"
    assert events["win"].modality == "negated"


def test_a_bounded_date_is_a_bound_not_the_date(nlp: Language) -> None:
    events = by_trigger(
        timeline(
            nlp,
            "Council news\nThe city signed the accord more than 20 years ago. "
            "The mayor resigned less than a year ago. The port closed about a year ago.\n",
            PUBLISHED,
        )
    )
    signed = events["signed"]
    assert (signed.date, signed.not_after, signed.placement) == (None, "1993", "text")
    resigned = events["resigned"]
    assert (resigned.date, resigned.not_before) == (None, "2012")
    assert events["closed"].date == "2012"  # "about": the date, roughly
    later = by_trigger(
        timeline(
            nlp,
            "Council news\nThe council met in May 2011. A little more than a year later, in "
            "Paris, the city led talks among 195 countries.\n",
            PUBLISHED,
        )
    )["led"]
    assert (later.date, later.not_before, later.not_after) == (None, "2012", None)


def test_an_object_with_a_clause_of_its_own_is_no_whole_description(nlp: Language) -> None:
    """The parse of "demanding President Joe Biden make a pledge" with the name as the object
    and "make ..." as a second complement: the entry would stop at the name."""
    text = (
        "Council news\nJack Reed is demanding President Joe Biden make a pledge not to pardon "
        "Mary Stone.\n"
    )
    parsed = nlp(text)
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    at = {t.text: t.i for t in parsed}
    heads[at["Biden"]], deps[at["Biden"]] = at["demanding"], "dobj"
    heads[at["make"]], deps[at["make"]] = at["demanding"], "ccomp"
    doc = Doc(
        nlp.vocab,
        words=[t.text for t in parsed],
        spaces=[bool(t.whitespace_) for t in parsed],
        heads=heads,
        deps=deps,
        tags=[t.tag_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
    )
    events = build_timeline(
        doc, extract_time_expressions(doc, PUBLISHED), [], PUBLISHED, lexicon=event_lexicon(nlp)
    )
    assert "demanding" not in by_trigger(events), [e.description for e in events]


def test_what_only_reports_say_is_never_shown_as_fact(nlp: Language) -> None:
    text = (
        "Port news\nTensions rose sharply following reports that soldiers raided the port of "
        "Lamar. The council met on Monday.\n"
    )
    events = by_trigger(timeline(nlp, text, PUBLISHED))
    assert events["raided"].modality == "reported"
    assert events["raided"].reported_modality == "fact"
    assert events["rose"].modality == "fact"


def test_a_dateline_place_the_parse_takes_for_a_second_subject_is_not_the_agent(
    nlp: Language,
) -> None:
    text = (
        "Candidate removed from debate site.\n\nTRENTON, N.J., Oct. 3 (UPI) — Libertarian Party "
        "presidential candidate Ann Voss was escorted off the premises of Rider University on "
        "Monday afternoon, hours before the debate.\n"
    )
    doc = nlp(text)
    subjects = [t.text for t in doc if t.dep_ == "nsubjpass"]
    assert subjects == ["TRENTON", "Voss"]  # the misparse this guards against
    events = by_trigger(timeline(nlp, text, PUBLISHED))
    escorted = events["escorted"]
    assert "Ann Voss was escorted" in escorted.description
    assert "TRENTON" not in escorted.description


def test_a_plural_possessive_keeps_its_apostrophe_and_quote_marks_still_go(
    nlp: Language,
) -> None:
    text = (
        "Council news\nThe mayor rejected the governors’ demands on Monday. The coach said the "
        "league has gone ‘soft’ lately.\n"
    )
    events = by_trigger(timeline(nlp, text, PUBLISHED))
    assert "the governors’ demands" in events["rejected"].description
    gone = events.get("gone")
    if gone is not None:
        assert "‘" not in gone.description and "’" not in gone.description


def test_descriptions_do_not_skip_words_the_sentence_needs(nlp: Language) -> None:
    """A description is the sentence's own words: a particle between the verb and its phrase
    stays, and an object the parse hung past other words is not glued to the verb."""
    text = (
        "Council news\nOver the past week, Ann Roe and her aides signaled that the council was "
        "coming around to the plan. The city has put in place rules on street vendors. "
        "Councillors questioned how the mayor could go back on a promise she and other "
        "candidates made to voters in the spring campaign. "
        "The mayor said she was standing on fairness and thrift - simple values that could be "
        "lost in the budget.\n"
    )
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=[person(text, "Ann Roe")]))
    assert events["coming"].description == "the council was coming around to the plan"
    assert events["put"].description.startswith("The city has put in place rules")
    assert events["signaled"].description.startswith("Ann Roe and her aides signaled")
    assert events["questioned"].description.startswith("Councillors questioned how the mayor")
    standing = events["standing"].description
    assert standing is None or standing.startswith(
        ("she was standing on fairness", "The mayor was standing on fairness")
    )


def test_a_bracketed_party_and_home_is_not_the_subject(nlp: Language) -> None:
    text = (
        "Council news\nAnother choice is Del. Jane Q. Roe (D-Richmond), a lawyer who led the "
        "transition team. The high stakes would attract donors: Ann Roe, if elected, would need "
        "a majority.\n"
    )
    entities = [person(text, "Jane Q. Roe"), person(text, "Ann Roe")]
    entities.append(
        Entity(
            id="place:richmond",
            name="Richmond",
            type="place",
            mentions=[Mention("Richmond", text.index("Richmond"), text.index("Richmond") + 8)],
        )
    )
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=entities))
    assert not events["led"].description.startswith("Richmond")
    assert events["attract"].description.startswith("The high stakes would attract")


def test_a_doer_the_parse_cannot_vouch_for_is_not_named(nlp: Language) -> None:
    """A relative clause's "that" stands for a noun of its verb's number; the next item of a
    list of a relative clause's verbs is not the main subject's deed; a piece of a hyphenated
    word is no event."""
    text = (
        "Council news\nAnn Roe signed the deal, the latest turn in a long feud between the two "
        "families that has swung from warm support to open insults. "
        "Ann Roe wants to keep the rules of this council that have hurt the town’s trade, "
        "raised the town’s taxes, walked away from its oldest promises. "
        "The mayor co-owns a bakery with her brother.\n"
    )
    events = timeline(nlp, text, PUBLISHED, entities=[person(text, "Ann Roe")])
    described = {e.trigger.text: e.description for e in events}
    swung = described.get("swung")
    assert swung is None or not swung.startswith("the two families")
    assert not any(
        (d or "").startswith("Ann Roe raised") or (d or "").startswith("Ann Roe walked")
        for d in described.values()
    )
    assert "co" not in described


def test_near_misses_and_denied_intentions(nlp: Language) -> None:
    events = by_trigger(
        timeline(
            nlp,
            "Council news\nThe mayor nearly fainted at the ceremony. Roe said she wasn't going "
            "to resign over the vote.\n",
            PUBLISHED,
        )
    )
    assert events["fainted"].modality != "fact"
    resign = events["resign"]
    assert (resign.reported_modality or resign.modality) == "negated"


def test_no_entry_is_cut_inside_a_name_or_a_clause(nlp: Language) -> None:
    """A name running on over a small word is written whole; a clause written straight after a
    noun without "that" is that noun's, not an event of its own; a verb that needs its phrase
    is no entry without it."""
    text = (
        "Council news\nRoe was one of two members who voted against the popular Relief for "
        "Small Farms Act of 2015 because it cut grants. "
        "In a custom she has kept for 30 years, Roe opened her garden to the town. "
        "The mayor said the new rules could result in higher rents, where other towns would "
        "change their own rules to fit.\n"
    )
    described = {e.trigger.text: e.description for e in timeline(nlp, text, PUBLISHED)}
    voted = described.get("voted")
    assert voted is None or voted.endswith("Relief for Small Farms Act")
    assert "kept" not in described
    result = described.get("result")
    assert result is None or "in higher rents" in result


def test_participles_and_subjectless_verb_groups_are_no_entries(nlp: Language) -> None:
    text = (
        "Council news\nThe plan was drawn up to cut waste by 2030, with each ward assigned its "
        "own budget and tasked with keeping to it. "
        "Old buses with their engines turned off have blocked the main road for hours.\n"
    )
    described = {e.trigger.text: e.description for e in timeline(nlp, text, PUBLISHED)}
    assert all(
        d is None or not d.startswith(("each ward assigned", "Old buses with"))
        for d in described.values()
    )
    assert all(
        d is None or d.split()[0].lower() not in ("were", "was", "have", "has")
        for d in described.values()
    )


def test_descriptions_that_would_mislead_a_reader(nlp: Language) -> None:
    """What the object is made to be stays with it; "rise or fall" is neither; a description
    never ends on a dangling "and" or on a word that modifies a noun it leaves out; the future
    of an aspectual verb is its complement's."""
    text = (
        "Council news\nThe mayor kept the harbour safe for a decade. "
        "Roe will rise or fall as herself. "
        "Other polls will begin to measure the effect of the vote. "
        "Roe faced heavy criticism from local papers and national broadcasters after the vote. "
        "The plan has been discredited by the medical, legal and political establishment.\n"
    )
    events = timeline(nlp, text, PUBLISHED, entities=[person(text, "Roe")])
    described = {e.trigger.text: e.description for e in events}
    assert described["kept"].startswith("The mayor kept the harbour safe")
    assert "rise" not in described
    assert by_trigger(events)["measure"].modality == "future"
    assert all(
        d is None or (not d.endswith(" and") and not d.endswith(" medical"))
        for d in described.values()
    )


def test_until_and_from_bound_an_event_rather_than_date_it(nlp: Language) -> None:
    events = by_trigger(
        timeline(
            nlp,
            "Council news\nUntil Tuesday, the mayor had refused to release the report. "
            "The council fired 300 workers from 2011 to 2016.\n",
            PUBLISHED,
        )
    )
    refused = events["refused"]
    assert refused.date is None and refused.not_after == "2013-03-19"
    fired = events["fired"]
    assert fired.date != "2011"


def test_a_contracted_perfect_is_written_out_as_such(nlp: Language) -> None:
    text = "Council news\nSam Smith spoke on Monday. He's been investigated by the council.\n"
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=[person(text, "Sam Smith")]))
    assert events["investigated"].description.startswith("Sam Smith has been investigated")


def test_a_pronoun_in_what_an_unnamed_speaker_said_is_the_speaker(nlp: Language) -> None:
    text = (
        "Council news\nJo Smith refused to pay an architect who said he was stiffed after he "
        "designed a clubhouse. Several intangibles left him further disillusioned.\n"
    )
    events = timeline(nlp, text, PUBLISHED, entities=[person(text, "Jo Smith")])
    described = {e.trigger.text: e for e in events}
    for trigger in ("stiffed", "designed"):
        if trigger in described:
            assert described[trigger].agent is None
            assert not (described[trigger].description or "").startswith("Jo Smith")
    assert all(
        "disillusioned disillusioned" not in (e.description or "").replace("further ", "")
        for e in events
    )


def test_a_participle_clause_is_told_with_its_named_doer(nlp: Language) -> None:
    text = "Council news\nAnn Roe opened the new library by ringing a large bell.\n"
    events = by_trigger(timeline(nlp, text, PUBLISHED, entities=[person(text, "Ann Roe")]))
    # told as a clause in the tense of the one it hangs on (tl11)
    assert events["ringing"].description == "Ann Roe was ringing a large bell"


def test_a_question_put_as_a_clause_is_no_event(nlp: Language) -> None:
    text = "Council news\nThe question is, why did it take so long for the mayor to act?\n"
    assert "take" not in by_trigger(timeline(nlp, text, PUBLISHED))


def test_cut_phrases_a_reader_would_trip_on(nlp: Language) -> None:
    text = (
        "Council news\nOfficials used blunt language to denounce the plan. "
        "The mayor turned the harbour into the latest centre of a fight over the town's "
        "future and its many old and neglected buildings near the river.\n"
    )
    events = timeline(nlp, text, PUBLISHED)
    described = {e.trigger.text: e for e in events}
    for e in events:
        assert not (e.description or "").endswith(" to denounce")
    turned = described.get("turned")
    assert turned is None or "into" in (turned.description or "")


def test_a_description_ending_on_its_verb_keeps_its_object(nlp: Language) -> None:
    text = "Council news\nThe mayor was beginning to realize that the vote was lost.\n"
    for e in timeline(nlp, text, PUBLISHED):
        assert not (e.description or "").endswith("to realize")


def test_a_relative_clause_after_noun_preposition_noun_names_no_guessed_doer(nlp: Language) -> None:
    text = (
        "Council news\nPolice found the training at a gun range that took place before the "
        "attack.\n"
    )
    for e in timeline(nlp, text, PUBLISHED):
        assert not (e.description or "").startswith("a gun range took place")


def test_an_accusation_keeps_what_it_accuses_of(nlp: Language) -> None:
    text = (
        "Council news\nTwo lawsuits have accused the college of using deceptive practices. "
        "Several videos and recordings of the incident surfaced.\n"
    )
    described = {e.trigger.text: e.description for e in timeline(nlp, text, PUBLISHED)}
    accused = described.get("accused")
    assert accused is None or accused.endswith("of using deceptive practices")
    assert all("and recordings surfaced" not in (d or "") for d in described.values())
