"""Timeline entries a reader recognises: modality and its scope, reported events, fragments,
dates anchored by syntax, placement of undated entries, and confidence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from app.extract import nlp as nlp_module
from app.extract.claims import extract_claims
from app.extract.document import from_text
from app.extract.model import Entity, Mention, TimelineEvent
from app.extract.pipeline import extract
from app.extract.timeline import build_timeline, event_lexicon
from app.extract.timeline_confidence import load_weights
from app.extract.timex import extract_time_expressions
from tests.extract.conftest import timeline

PUBLISHED = date(2013, 3, 21)  # a Thursday


def entry(events: list[TimelineEvent], trigger: str) -> TimelineEvent:
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.description) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Neither the vote nor the recount took place in May.", "took"),
        ("She never signed the treaty.", "signed"),
        ("By March, the founder no longer ran the company.", "ran"),
        ("Inspectors did not find any weapons at the site.", "find"),
        ("No agreement was reached at the summit.", "reached"),
        ("The union neither accepted nor rejected the offer.", "rejected"),
        ("The meeting in June hardly improved relations.", "improved"),
    ],
)
def test_negation_scope(nlp: Language, sentence: str, trigger: str) -> None:
    events = timeline(nlp, "Council news\n" + sentence + "\n", PUBLISHED)
    assert entry(events, trigger).modality == "negated"


def test_negation_stays_in_its_clause(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Council news\nThe mayor did not resign, and the council approved the budget.\n",
        PUBLISHED,
    )
    assert entry(events, "resign").modality == "negated"
    assert entry(events, "approved").modality == "fact"


def test_possibility_and_future_are_not_facts(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Council news\nThe agency could bring charges against the firm. "
        "The board will meet in April. The senator reportedly left the party in 2010.\n",
        PUBLISHED,
    )
    assert entry(events, "bring").modality == "uncertain"
    assert entry(events, "meet").modality == "future"
    assert entry(events, "left").modality == "uncertain"


def test_event_inside_a_claim_is_reported_and_linked(nlp: Language) -> None:
    text = "Council news\nThe mayor said the contractor stole the funds in 2011.\n"
    doc = nlp(text)
    claims = extract_claims(doc, [])
    events = build_timeline(
        doc,
        extract_time_expressions(doc, PUBLISHED),
        [],
        PUBLISHED,
        lexicon=event_lexicon(nlp),
        claims=claims,
    )
    stole = entry(events, "stole")
    assert stole.modality == "reported"
    claim = next(c for c in claims if c.id == stole.claim_id)
    assert claim.content.start <= stole.trigger.start < claim.content.end
    assert stole.reported_by == "The mayor"
    assert "said" not in {e.trigger.text for e in events}


def test_every_event_inside_a_claim_is_reported_with_its_own_modality(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Council news\nThe mayor said the new bridge will open in May and that tolls would be "
        "charged if the budget failed. The council will vote in June.\n",
        PUBLISHED,
    )
    opening = entry(events, "open")
    assert opening.modality == "reported"
    assert opening.reported_modality == "future"
    assert opening.claim_id is not None and opening.reported_by == "The mayor"
    charged = entry(events, "charged")
    assert charged.modality == "reported"
    assert charged.reported_modality in ("hypothetical", "uncertain")
    vote = entry(events, "vote")  # outside any claim: its own modality, nothing reported
    assert vote.modality == "future" and vote.reported_modality is None and vote.claim_id is None


def test_fragments_are_not_entries(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Council news\nInvestigators said it is unclear what caused the fire. "
        "The owner wanted us to get the money back. "
        "The firm paid $1 million in fines in 2010. The fine wasn't paid on time.\n",
        PUBLISHED,
    )
    triggers = {e.trigger.text for e in events}
    assert "caused" not in triggers  # a bare complement clause
    assert "get" not in triggers  # "us to get"
    assert entry(events, "paid").description == "The firm paid $1 million in fines"
    assert any(e.description.startswith("The fine wasn't paid") for e in events)
    for e in events:
        assert " n't" not in e.description and "$ " not in e.description


def test_gerund_clauses_lost_subjects_and_bare_verbs_are_not_entries(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Council news\nThe mayor said she backed the idea of a woman's succeeding her as mayor. "
        "The report reviews the budget, with auditors offering their assessments. "
        "For instance, pleas to open an inquiry into the fires in Ashford, where a private "
        "firm is clearing the woods, were rejected by the planning board in 2015. "
        "The minister went to see the flooded fields in Kent. "
        "The envoy went, and the talks ended.\n",
        PUBLISHED,
    )
    triggers = {e.trigger.text for e in events}
    assert "succeeding" not in triggers  # a gerund with a possessive subject: an idea
    assert "offering" not in triggers  # "with auditors offering": a circumstance
    assert "rejected" not in triggers  # the parse lost the subject: "were rejected by ..."
    descriptions = [e.description for e in events]
    assert "The minister went to see the flooded fields in Kent" in descriptions
    assert "The envoy went" not in descriptions  # went where?
    assert "the talks ended" in descriptions


def test_a_pronoun_object_keeps_what_completes_the_verb(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Council news\nThe mayor ended the dispute by putting it to rest in 2012. "
        "The clerk cleaned up the rolls and put them into the national file of the party that "
        "the clerk had first joined in the spring of 2009 in Leeds.\n",
        PUBLISHED,
    )
    descriptions = [e.description for e in events]
    assert any("putting it to rest" in d for d in descriptions), descriptions
    assert not any(d.endswith((" it", " them")) for d in descriptions), descriptions


def test_quote_tags_and_cut_phrases_are_not_entries(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Council news\n"
        '"There are old habits which hold us back - the time has come for this council to '
        'act," she declared. '
        "The mayor said there had been a sharp fall in bus fares since 2011. "
        "In 2009, the agency came under withering criticism for its failure to speak out on the "
        "abuses at the end of the war. "
        "Permits would be withdrawn for non-payment in 2014. "
        "She did appoint several women to key posts, but most of her senior appointments in "
        "2015 went to men. We're trying to find a diplomatic solution, she said in 2011.\n",
        PUBLISHED,
    )
    descriptions = [e.description for e in events]
    assert "declared" not in {e.trigger.text for e in events}, descriptions
    assert entry(events, "fall").description.startswith("there had been a sharp fall")
    assert entry(events, "came").description == "the agency came under withering criticism"
    assert entry(events, "withdrawn").description.endswith("for non-payment")
    assert "appointments" not in {e.trigger.text for e in events}  # told by "went"
    assert entry(events, "trying").description == "We're trying to find a diplomatic solution"
    for d in descriptions:
        assert not d.endswith(("non", "-")), d


def test_relative_clause_parsed_as_complement_is_no_entry(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Council news\nThe single biggest contribution devolved government can make is to cut "
        "waiting times. Officials said in 2012 that it rained.\n",
        PUBLISHED,
    )
    assert "make" not in {e.trigger.text for e in events}
    assert not any(e.description.endswith("can make") for e in events)
    assert entry(events, "rained").description == "it rained"  # a clause that ends the sentence


def test_object_relative_clause_keeps_its_object(nlp: Language) -> None:
    events = timeline(
        nlp, "Council news\nThe auditors rejected the deal the mayor made in 2012.\n", PUBLISHED
    )
    assert entry(events, "made").description == "the mayor made the deal"


def test_agent_is_the_subject_not_the_nearest_name(nlp: Language) -> None:
    text = "Council news\nAnn Roe's son was injured in the crash on Monday.\n"
    roe = Entity(
        id="person:ann-roe",
        name="Ann Roe",
        type="person",
        mentions=[Mention("Ann Roe", text.index("Ann"), text.index("Ann") + 7)],
    )
    injured = entry(timeline(nlp, text, PUBLISHED, entities=[roe]), "injured")
    assert injured.agent is None  # the son, who is not named
    assert injured.description.startswith("Ann Roe's son was injured")

    text = "Council news\nThe mayor, Jo Park, accused the governor of fraud on Monday.\n"
    park = Entity(
        id="person:jo-park",
        name="Jo Park",
        type="person",
        mentions=[Mention("Jo Park", text.index("Jo"), text.index("Jo") + 7)],
    )
    assert (
        entry(timeline(nlp, text, PUBLISHED, entities=[park]), "accused").agent == "person:jo-park"
    )


def test_relative_weekdays_resolve_by_direction(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Council news\nThe election will take place next Tuesday. The council met last Tuesday. "
        "The committee will vote on Tuesday.\n",
        PUBLISHED,
    )
    assert entry(events, "take").date == "2013-03-26"
    assert entry(events, "met").date == "2013-03-19"
    assert entry(events, "vote").date == "2013-03-26"  # a bare weekday with a future verb


def test_date_of_a_thing_is_not_the_date_of_the_event(nlp: Language) -> None:
    events = timeline(
        nlp, "Council news\nThe minister resigned over the 2009 accord with the union.\n", PUBLISHED
    )
    resigned = entry(events, "resigned")
    assert resigned.date is None and resigned.time is None


def test_undated_events_are_bounded_only_by_stated_order(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Council news\nThe minister resigned after the vote on 3 March. "
        "The police arrested a man. The council could close the bridge.\n",
        PUBLISHED,
    )
    vote, resigned = entry(events, "vote"), entry(events, "resigned")
    assert vote.placement == "date" and vote.date == "2013-03-03"
    assert resigned.placement == "text"
    assert resigned.not_before == "2013-03-03" and resigned.bound_by == [vote.id]
    assert resigned.order > vote.order
    arrested = entry(events, "arrested")  # past tense: before publication, nothing more
    assert arrested.placement == "tense" and arrested.not_after == "2013-03-21"
    assert arrested.not_before is None and arrested.bound_by == []
    close = entry(events, "close")  # a possibility has no time: listed apart, last
    assert close.placement == "undated"
    assert close.order == max(e.order for e in events)


def test_a_simple_past_does_not_borrow_the_date_of_another_sentence(nlp: Language) -> None:
    events = timeline(
        nlp, "Council news\nThe station aired the tape in 2009. The minister resigned.\n", PUBLISHED
    )
    resigned = entry(events, "resigned")
    assert resigned.date is None
    assert resigned.order > entry(events, "aired").order


def test_every_entry_has_a_confidence_from_the_shipped_model(nlp: Language) -> None:
    assert load_weights().weights, "app/extract/timeline_confidence.json is missing"
    events = timeline(
        nlp,
        "Council news\nPolice arrested two men on Friday after a robbery at a bank. "
        "The bank could reopen, officials said. Prices began to fall.\n",
        PUBLISHED,
    )
    values = [e.confidence for e in events]
    assert all(0.0 < v < 1.0 for v in values)
    assert len(set(values)) > 1


def test_extraction_with_another_model_loads_only_that_model(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The timeline reads the lookup tables of the model the pipeline parsed with; nothing in
    extraction loads the default model behind the configured one's back."""
    other = tmp_path / "other_model"
    spacy.load(nlp_module.DEFAULT_MODEL).to_disk(other)  # the same weights under another name
    loaded: list[str] = []
    real = nlp_module._load_nlp

    def spy(name: str) -> Language:
        loaded.append(name)
        return real(name)

    monkeypatch.setattr(nlp_module, "_load_nlp", spy)
    event_lexicon.cache_clear()
    document = from_text("Council news\n\nThe council approved the budget after the debate in May.")
    brief = extract(document, model=str(other))
    assert loaded and set(loaded) == {str(other)}
    assert any(e.trigger.text == "approved" for e in brief.timeline)
    assert any(e.trigger.text == "debate" for e in brief.timeline) or brief.timeline


def test_pronoun_agent_is_the_last_named_subject(nlp: Language) -> None:
    text = (
        "Forum news\nMaria Lind praised the 2011 raid that killed the rebel leader Omar Haddad. "
        "She denied that she had mishandled the files.\n"
    )
    entities = [
        Entity(
            id=f"person:{slug}",
            name=name,
            type="person",
            mentions=[Mention(name, text.index(name), text.index(name) + len(name))],
        )
        for slug, name in (("maria-lind", "Maria Lind"), ("omar-haddad", "Omar Haddad"))
    ]
    events = timeline(nlp, text, PUBLISHED, entities=entities)
    assert entry(events, "denied").agent == "person:maria-lind"
    assert entry(events, "denied").description.startswith("Maria Lind denied")


def test_she_is_not_resolved_to_a_man_named_before(nlp: Language) -> None:
    text = (
        "Pageant news\nDonald Reed mocked Alicia Moreno in 1997. "
        "She gained weight after the contest, he told a radio host.\n"
    )
    entities = [
        Entity(
            id=f"person:{slug}",
            name=name,
            type="person",
            mentions=[Mention(name, text.index(name), text.index(name) + len(name))],
        )
        for slug, name in (("donald-reed", "Donald Reed"), ("alicia-moreno", "Alicia Moreno"))
    ]
    events = timeline(nlp, text, PUBLISHED, entities=entities)
    assert entry(events, "gained").agent == "person:alicia-moreno"
    assert entry(events, "mocked").agent == "person:donald-reed"


def test_he_is_not_a_woman_the_article_calls_mrs(nlp: Language) -> None:
    # no first-name list knows "Zorelle": the gender comes from the article ("Mrs. Quandt"), as
    # for claims' pronoun sources (coref.person_genders), so "he" is not her
    text = (
        "City news\nMrs. Quandt arrived in Ohio on Sunday. Zorelle Quandt opened the session "
        "on Monday. He later accused the council.\n"
    )
    short, full = text.index("Quandt arrived"), text.index("Zorelle Quandt")
    quandt = Entity(
        id="person:zorelle-quandt",
        name="Zorelle Quandt",
        type="person",
        mentions=[Mention("Quandt", short, short + 6), Mention("Zorelle Quandt", full, full + 14)],
    )
    events = timeline(nlp, text, PUBLISHED, entities=[quandt])
    assert entry(events, "opened").agent == "person:zorelle-quandt"
    # left unplaced, the "he" is no entry (tl15), never hers
    assert all(e.agent is None for e in events if e.trigger.text == "accused")


def test_a_surname_typed_otherwise_is_the_person_named_in_full(nlp: Language) -> None:
    text = "Vote news\nMaria Lind won the seat in 2010. Lind thanked the voters on Monday.\n"
    first = text.index("Maria Lind")
    second = text.index("Lind thanked")
    entities = [
        Entity(
            id="person:maria-lind",
            name="Maria Lind",
            type="person",
            mentions=[Mention("Maria Lind", first, first + 10)],
        ),
        Entity(  # the linker's mistake: a bare surname as an organization
            id="organization:lind",
            name="Lind",
            type="organization",
            mentions=[Mention("Lind", second, second + 4)],
        ),
    ]
    events = timeline(nlp, text, PUBLISHED, entities=entities)
    assert entry(events, "thanked").agent == "person:maria-lind"


def test_a_question_is_not_an_event(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Trade news\nDid the minister help the firm win the contract? "
        "The minister signed the contract in May.\n",
        PUBLISHED,
    )
    triggers = {e.trigger.text for e in events}
    assert "help" not in triggers and "win" not in triggers
    assert "signed" in triggers


def _people(text: str, *names: tuple[str, str, str]) -> list[Entity]:
    """Person entities, one per (slug, name, mention text), mentioned where the text says."""
    return [
        Entity(
            id=f"person:{slug}",
            name=name,
            type="person",
            mentions=[
                Mention(
                    said,
                    text.index(said),
                    text.index(said) + len(said),
                    kind="name" if said == name else "nominal",
                )
            ],
        )
        for slug, name, said in names
    ]


def test_pronoun_agent_is_resolved_through_coreference(nlp: Language) -> None:
    text = "City news\nThe mayor met the governor on Monday. She later accused him of lying.\n"
    entities = _people(
        text,
        ("the-mayor", "the mayor", "The mayor"),
        ("the-governor", "the governor", "the governor"),
    )
    accused = entry(timeline(nlp, text, PUBLISHED, entities=entities), "accused")
    assert accused.agent == "person:the-mayor"

    text = "City news\nMayor Ana Ruiz met Governor Tom Ellis on Monday. She later accused him.\n"
    entities = _people(
        text, ("ana-ruiz", "Ana Ruiz", "Ana Ruiz"), ("tom-ellis", "Tom Ellis", "Tom Ellis")
    )
    accused = entry(timeline(nlp, text, PUBLISHED, entities=entities), "accused")
    assert accused.agent == "person:ana-ruiz"
    assert accused.description.startswith("Ana Ruiz")


def test_pronoun_without_a_resolvable_antecedent_has_no_agent(nlp: Language) -> None:
    # "he" cannot be the only person named before it, a woman: no agent, the pronoun kept
    text = "City news\nMaria Lopez opened the session on Monday. He later accused the council.\n"
    entities = _people(text, ("maria-lopez", "Maria Lopez", "Maria Lopez"))
    # left unplaced, the "he" is no entry (tl15)
    events = timeline(nlp, text, PUBLISHED, entities=entities)
    assert not [e for e in events if e.trigger.text == "accused"]
    # "she" is the unnamed chairwoman, not Maria Lopez, the last person named: no agent
    text = (
        "City news\nMaria Lopez opened the session on Monday. "
        "The chairwoman of the board was absent. She later resigned.\n"
    )
    entities = _people(text, ("maria-lopez", "Maria Lopez", "Maria Lopez"))
    events = timeline(nlp, text, PUBLISHED, entities=entities)
    assert not [e for e in events if e.trigger.text == "resigned"]


def test_words_in_quotation_marks_are_reported_not_fact(nlp: Language) -> None:
    # the quote runs over two sentences and no claim covers it: someone's words, not a fact
    for open_mark, close_mark in (("“", "”"), ('"', '"')):
        text = (
            "Campaign news\nThe mayor posted on Twitter on Monday. "
            f"{open_mark}Jim Baxter is a dreadful liar! The fraud started this mess years ago and "
            f"everyone knows it.{close_mark}\nThe council approved the budget on Tuesday.\n"
        )
        events = timeline(nlp, text, PUBLISHED)
        started = entry(events, "started")
        assert started.modality == "reported"
        assert started.claim_id is None and started.reported_by is None
        assert started.reported_modality == "fact"
        assert entry(events, "approved").modality == "fact"  # after the closing mark
        assert entry(events, "posted").modality == "fact"  # before the opening mark


def test_an_unpaired_quotation_mark_quotes_nothing(nlp: Language) -> None:
    text = 'City news\nThe 12" pipe burst on Monday. Crews repaired the main on Tuesday.\n'
    assert entry(timeline(nlp, text, PUBLISHED), "repaired").modality == "fact"


def test_a_light_verb_without_its_complement_is_no_entry(nlp: Language) -> None:
    text = (
        "Campaign news\nThe admission came after Baxter has attacked the council for months. "
        "Baxter's remarks came at a rally in Dayton on Tuesday.\n"
    )
    events = timeline(nlp, text, PUBLISHED)
    descriptions = [e.description for e in events]
    assert "The admission came" not in descriptions
    came = [e for e in events if e.trigger.text == "came"]
    assert all(len(e.description.split()) > 3 for e in came), descriptions
    assert any("at a rally" in e.description for e in came), descriptions
    # the clause after the light verb is kept with it
    assert "The admission came after Baxter has attacked the council for months" in descriptions
    text = "Campaign news\nThe admission came after months of pressure.\n"
    descriptions = [e.description for e in timeline(nlp, text, PUBLISHED)]
    assert "The admission came" not in descriptions


@pytest.mark.parametrize(
    "credit",
    [
        "Maria Lopez contributed reporting.",
        "Tom Ellis and Ana Ruiz contributed reporting from Madrid.",
        "Ana Ruiz contributed to this report.",
    ],
)
def test_a_credit_line_is_no_event(nlp: Language, credit: str) -> None:
    text = f"City news\nThe council approved the budget on Monday.\n{credit}\n"
    events = timeline(nlp, text, PUBLISHED)
    assert [e.trigger.text for e in events] == ["approved"]


def test_a_clause_as_subject_is_written_out_not_cut_to_its_verb(nlp: Language) -> None:
    text = "Campaign news\nShe lost the primary in 2008, and putting it behind her took years.\n"
    took = entry(timeline(nlp, text, PUBLISHED), "took")
    assert took.description == "putting it behind her took years"


def test_a_noun_event_owned_by_a_pronoun_is_no_entry(nlp: Language) -> None:
    # "her campaign of 2008" alone does not say whose; a named event phrase does
    # (tl18: with its doers; "The protest of 2008 in Ohio" alone says only when and where)
    text = "Campaign news\nHer campaign of 2008 in Ohio. The miners' protest of 2008 in Ohio.\n"
    triggers = [e.trigger.text for e in timeline(nlp, text, PUBLISHED)]
    assert "campaign" not in triggers
    assert "protest" in triggers


def test_the_baseline_of_a_comparison_dates_no_event(nlp: Language) -> None:
    events = timeline(
        nlp,
        "Trade news\nThe bakery's sales fell to $2 million from $3 million a year earlier. "
        "The brewer's profit rose to $4 million, or 9 cents a share, from $3 million, or 7 cents "
        "a share, a year ago. The mill closed in 2011.\n",
        PUBLISHED,
    )
    assert entry(events, "fell").date is None  # "a year earlier" dates the $3 million
    assert entry(events, "rose").date is None
    assert entry(events, "closed").date == "2011"


def test_a_date_against_the_tense_dates_something_else(nlp: Language) -> None:
    # published Thursday 21 March 2013
    events = timeline(
        nlp,
        "Trade news\nThe board declared a dividend payable on 1 May 2013. "
        "The council set 10 April 2013 as the deadline. "
        "The board met on 1 March 2013.\n",
        PUBLISHED,
    )
    assert entry(events, "declared").date is None  # the payment is in May, not the declaring
    assert entry(events, "set").date is None
    assert entry(events, "met").date == "2013-03-01"


def test_only_an_eventive_noun_is_the_result_of_a_cause_verb(nlp: Language) -> None:
    events = timeline(
        nlp,
        "City news\nThe activist leads protests in a poor district of the city. "
        "The move could cause harm to a child, the judge said. "
        "The raid in 2012 resulted in the arrest of the mayor.\n",
        PUBLISHED,
    )
    triggers = {e.trigger.text for e in events}
    assert not triggers & {"district", "child"}, triggers
    assert "arrest" in triggers


def test_what_a_reader_needs_stays_and_what_it_cannot_follow_goes(nlp: Language) -> None:
    events = timeline(
        nlp,
        "City news\nThe minister denied that she mishandled classified files. "
        "The mayor unveiled endorsements from 95 retired officers, most of whom had previously "
        "announced their support. His comments came shortly after the mayor resigned. "
        "The council gave her the title of commander in chief in 2011.\n",
        PUBLISHED,
    )
    mishandled = entry(events, "mishandled")
    assert mishandled.modality == "reported" and mishandled.reported_modality == "negated"
    assert "announced" not in {e.trigger.text for e in events}  # "most of whom": who?
    descriptions = [e.description for e in events]
    assert "His comments came shortly after the mayor resigned" in descriptions
    assert any("commander in chief" in d for d in descriptions), descriptions


def test_title_case_headlines_and_generic_you_are_not_entries(nlp: Language) -> None:
    events = timeline(
        nlp,
        "City news\nMayor Could Close Bridge Early, Council Says.\n"
        "The mayor said: “When you’re running a city, you could ignore these rows, but the "
        "council won’t.” The council closed the bridge in 2012.\n",
        PUBLISHED,
    )
    triggers = {e.trigger.text for e in events}
    assert not triggers & {"Close", "running", "ignore"}, triggers
    assert "closed" in triggers
    for e in events:
        assert " ’" not in e.description and " '" not in e.description


def test_no_description_ends_cut_or_vague(nlp: Language) -> None:
    events = timeline(
        nlp,
        "City news\nThe tactics that worked for him in 2012 will fail. "
        "The council approved it in 2012. "
        "The mayor, as one of her aides pointed out, rarely sleeps. "
        "The bakery did fare  well in the polls of 2012. "
        "The rebels agreed to hand them over in 2012.\n",
        PUBLISHED,
    )
    descriptions = [e.description for e in events]
    assert not any(d.endswith((" for", " it")) for d in descriptions), descriptions
    assert "pointed out" not in {e.trigger.text for e in events}  # speech, for the claims
    assert "The bakery did fare well in the polls of 2012" in descriptions
    assert any(d.endswith("hand them over") for d in descriptions), descriptions


def test_a_date_before_the_object_dates_the_object_not_the_verb(nlp: Language) -> None:
    events = timeline(
        nlp,
        "City news\nA 2010 law tightened the 1998 ban on street parking. "
        "The council held talks on 4 March 2013.\n",
        PUBLISHED,
    )
    assert entry(events, "tightened").date != "1998"
    assert entry(events, "held").date == "2013-03-04"


def test_an_interview_transcripts_answers_are_the_interviewees_words(nlp: Language) -> None:
    text = (
        "Q&A with the mayor\n\n"
        "Mayor Ana Ruiz visited the harbour on Monday.\n\n"
        "Q: How did the budget talks go?\n\n"
        "A: The council cut the harbour fund in March. The town lost two ferries.\n\n"
        "Q: Will you run again?\n\n"
        "A: I have not decided.\n\n"
        "The council meets again in May.\n"
    )
    events = timeline(nlp, text, PUBLISHED)
    assert entry(events, "visited").modality == "fact"  # the writer's account
    cut = entry(events, "cut")
    assert cut.modality == "reported" and cut.reported_modality == "fact"
    assert entry(events, "lost").modality == "reported"


def test_two_speaker_lines_are_no_transcript() -> None:
    from app.extract.timeline.entries import transcript_turns

    text = "Q: Why now?\n\nA: Because the money ran out.\n\nThe council met in May.\n"
    assert transcript_turns(text) == []
    text += "Q: And then?\n\nA: We closed the harbour.\n"
    turns = transcript_turns(text)
    assert len(turns) == 4 and text[turns[1][0] :].startswith("A: Because")


def test_a_passive_subject_is_no_doer(nlp: Language) -> None:
    text = (
        "Club news\nThe Harbour Golf Club was paid $29,715 on May 18. Mayor Ana Ruiz was "
        "praised by Governor Tom Ellis on Monday.\n"
    )
    club = Entity(
        id="organization:harbour-golf-club",
        name="Harbour Golf Club",
        type="organization",
        mentions=[Mention("Harbour Golf Club", 14, 31)],
    )
    people = ("ana-ruiz", "Ana Ruiz", "Ana Ruiz"), ("tom-ellis", "Tom Ellis", "Tom Ellis")
    entities = [*_people(text, *people), club]
    events = timeline(nlp, text, PUBLISHED, entities=entities)
    assert entry(events, "paid").agent is None  # the club was paid; who paid is not said
    assert entry(events, "praised").agent == "person:tom-ellis"


def test_a_joined_verb_after_another_subjects_clause_does_not_take_the_first_subject(
    nlp: Language,
) -> None:
    text = (
        "Vote news\nOnly three senators publicly endorsed him, and the bad blood Cruz "
        "engendered over the years among Republicans prevented him from uniting the party.\n"
    )
    events = timeline(nlp, text, PUBLISHED)
    assert not any(e.description.startswith("Only three senators prevented") for e in events)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        (
            "The Green Party has expelled a councillor for allegedly suggesting the mentally "
            "ill should be locked up.",
            "The Green Party should be locked up",
        ),
        (
            "The party has dropped a candidate for suggesting the long-term unemployed should "
            "be sent abroad.",
            "The party should be sent abroad",
        ),
    ],
)
def test_a_verb_joined_with_no_and_or_comma_does_not_take_the_first_verbs_subject(
    nlp: Language, sentence: str, wrong: str
) -> None:
    # the parse joins "should be locked up" to "expelled" as if coordinated; with nothing that
    # joins two clauses between them, the party is not what should be locked up
    events = timeline(nlp, f"Party news\n{sentence}\n", PUBLISHED)
    assert not any(e.description.startswith(wrong) for e in events), [e.description for e in events]
    assert any(
        e.description.startswith(("The Green Party has expelled", "The party has dropped"))
        for e in events
    )


def test_verbs_joined_by_commas_and_and_share_their_subject(nlp: Language) -> None:
    text = "Party news\nShe arrived in Paris, met the president and left on Friday.\n"
    events = timeline(nlp, text, PUBLISHED)
    assert entry(events, "met").description == "She met the president"
    assert entry(events, "left").description.startswith("She left")


def test_a_completing_phrase_is_written_without_what_a_comma_adds(nlp: Language) -> None:
    text = (
        "Party news\nWith a legion of followers, she gave critical support to the ambitions "
        "of Senator Tom Hale, the Ohio lawyer who went on to lead the party in 1964.\n"
    )
    gave = entry(timeline(nlp, text, PUBLISHED), "gave")
    assert gave.description.endswith("gave critical support to the ambitions of Senator Tom Hale")


def test_a_ranked_noun_keeps_the_infinitive_that_ranks_it(nlp: Language) -> None:
    text = (
        "Party news\nAnn Roe on Tuesday became the first woman to win the nomination of the "
        "party, setting up a race with Tom Hale.\n"
    )
    became = entry(timeline(nlp, text, PUBLISHED), "became")
    assert became.description.endswith("the first woman to win the nomination of the party")


def test_a_quote_left_open_at_its_paragraph_end_is_still_someone_s_words(nlp: Language) -> None:
    # news style: a speaker's quote runs on into the next paragraph, which reopens it; and a
    # paper that writes quotes as doubled single marks
    text = (
        "City news\nThe mayor spoke at the dock on Monday. \u201cThe workers rebuilt the pier in a "
        "year.\n\u201cThe storm destroyed the old one in a night,\u201d she said.\n"
        "Crews repaired the main on Tuesday. The council met. ''The contractor finished the "
        "work early,'' a spokesman said.\n"
    )
    events = timeline(nlp, text, PUBLISHED)
    assert entry(events, "rebuilt").modality == "reported"
    assert entry(events, "finished").modality == "reported"
    assert entry(events, "spoke").modality == "fact"
    assert entry(events, "repaired").modality == "fact"


def test_a_straight_mark_opening_a_sentence_inside_a_quote_reopens_it(nlp: Language) -> None:
    # a source that ran two quoted paragraphs into one line: the mark after "behind?" opens
    # the next quote, so what follows it is the speaker's, not the writer's
    text = (
        'City news\nThe mayor added: "Who will pay for what was left behind? "The crews built the '
        'pier in a year and the storm destroyed it in a night."\n'
        "Crews repaired the main on Tuesday.\n"
    )
    events = timeline(nlp, text, PUBLISHED)
    assert entry(events, "built").modality == "reported"
    assert entry(events, "repaired").modality == "fact"


def test_an_adverb_before_the_subject_stays_out_of_the_verb_group(nlp: Language) -> None:
    text = (
        "Tour news\nAnn Roe is visiting farms in Kent on Monday. Later she will visit places "
        "such as Leeds, where her party is weak.\n"
    )
    visit = entry(timeline(nlp, text, PUBLISHED), "visit")
    assert "Later" not in visit.description, visit.description
    assert visit.description.endswith("will visit places")


def test_a_complement_hung_on_be_is_told_with_the_words_between_them(nlp: Language) -> None:
    text = (
        "Budget row\n\nChancellor Tom Hale spoke on Monday. In his report, Mr Hale insisted he "
        'was on course to meet his "golden rule" of borrowing only to invest, over the course '
        "of the economic cycle.\n"
    )
    brief = extract(from_text(text))
    meet = entry(brief.timeline, "meet")
    assert "Tom Hale was on course to meet his golden rule of borrowing" in meet.description


def test_a_passive_that_clause_in_the_subjunctive_is_what_was_asked_for(nlp: Language) -> None:
    text = (
        "Inquiry closed\nThe attorney general said she would accept the recommendation that "
        "the investigation be closed.\n"
    )
    closed = entry(timeline(nlp, text, PUBLISHED), "closed")
    assert "hypothetical" in (closed.modality, closed.reported_modality), closed
