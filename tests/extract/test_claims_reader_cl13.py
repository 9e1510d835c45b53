"""Contents that run on into a second act or a second report, the writer's gloss of quoted
words, and descriptions of a speaker linked through the article (issue #15, fresh reads of
PolNeAR train sets 28 and 5 and BBC politics 030, 140, 280). Every text here is written for
the tests."""

from __future__ import annotations

from spacy.language import Language

from app.config import Settings
from app.extract.claims import extract_claims
from tests.extract.conftest import claims_of, last_by_cue, linked

FLOOR = Settings().claim_min_confidence


def test_a_second_act_after_a_relative_clause_is_cut(nlp: Language) -> None:
    # "proposed" goes with "has called", not with "pollutes": the tagger reads it as a past
    # tense where the perfect's participle stands.
    text = (
        "The mayor has also called on the county to close the plant that pollutes the river"
        " and proposed a new park beside the school.\n"
    )
    c = last_by_cue(claims_of(nlp, text), "called on")
    assert "proposed" not in c.content.text
    assert c.content.text.endswith("pollutes the river")
    # a cue inside the content ("attack") does not reach the second act either, nor take the
    # place of the outer claim
    text = (
        "The mayor has also called on the county to attack the waste that pollutes the river"
        " and proposed a new park beside the school.\n"
    )
    claims = claims_of(nlp, text)
    c = last_by_cue(claims, "called on")
    assert c.content.text.endswith("pollutes the river")
    assert not any("proposed" in c.content.text for c in claims)


def test_a_conjunct_with_its_own_auxiliary_is_no_part_of_a_gerund_content(
    nlp: Language,
) -> None:
    text = (
        "Lopez has proposed temporarily banning Canadians from entering the United Kingdom and"
        " has gone so far as to justify the killing of the children of rebels overseas.\n"
    )
    c = last_by_cue(claims_of(nlp, text), "proposed")
    assert "gone" not in c.content.text
    # a gerund content whose conjunct is a gerund too stays whole
    text = "Ruiz has proposed closing the branch offices and selling the land.\n"
    assert "selling the land" in last_by_cue(claims_of(nlp, text), "proposed").content.text


def test_a_conjunct_of_another_form_has_the_subject_of_the_verb_of_its_form(
    nlp: Language,
) -> None:
    text = (
        "Mr. Lopez backpedaled on his forecast that the city would recover within a year,"
        " and blamed the drop in tourism.\n"
    )
    c = last_by_cue(claims_of(nlp, text), "blamed")
    assert c.source is not None and c.source.text == "Mr. Lopez"


def test_the_writers_gloss_after_a_quotation_is_cut(nlp: Language) -> None:
    text = (
        'Ruiz said the two parties were "in no way touching the old pact," a treaty signed'
        " in the spring of 1990.\n"
    )
    c = last_by_cue(claims_of(nlp, text), "said")
    assert "treaty" not in c.content.text
    assert c.content.text.rstrip().endswith('pact,"')
    # the speaker's next quotation still goes on with the claim
    text += '"If we touched it in any way, the whole deal would fall apart."\n'
    c = last_by_cue(claims_of(nlp, text), "said")
    assert not any("treaty" in p.text for p in c.content.parts)
    assert len(c.content.parts) == 2 and "fall apart" in c.content.parts[1].text
    # a quotation the speaker goes on from is left whole
    text = (
        'Ruiz said the parties were "in no way touching the pact," the treaty would stand and'
        " talks would go on.\n"
    )
    assert "talks would go on" in last_by_cue(claims_of(nlp, text), "said").content.text


def test_a_closing_tag_of_another_report_is_cut(nlp: Language) -> None:
    text = (
        "Voters now say they trust the mayor more as a guardian than as a builder, a study by"
        " a noted local historian, Ana B. Ruiz, concluded this year.\n"
    )
    c = last_by_cue(claims_of(nlp, text), "say")
    assert "study" not in c.content.text
    assert c.content.text.endswith("builder")


def test_the_same_description_again_names_the_same_speaker(nlp: Language) -> None:
    text = (
        "Ana Ruiz said on Monday that the state would borrow.\n\n"
        "The prime minister conceded that the budget had a gap. But the prime minister pointed"
        " out that revenue was up.\n"
    )
    assert linked(nlp, text, "conceded") == "person:ana-ruiz"
    assert linked(nlp, text, "pointed out") == "person:ana-ruiz"


def test_a_title_two_people_hold_names_the_one_just_named(nlp: Language) -> None:
    text = (
        "Party Chairman Tom Rell and committee Chairman Ana Voss met on Friday.\n\n"
        "Voss wrote that the vote was rigged. Rell has worked behind the scenes to defeat the"
        " changes.\n\n"
        "The chairman said on Sunday that he opposes any changes.\n"
    )
    assert linked(nlp, text, "said") == "person:tom-rell"
    # named long before, or both named just now: unclear
    text = (
        "Party Chairman Tom Rell and committee Chairman Ana Voss met on Friday.\n\n"
        "The chairman said on Sunday that he opposes any changes.\n"
    )
    assert linked(nlp, text, "said") is None


def test_a_person_of_another_office_named_since_leaves_the_epithet_to_the_speaker(
    nlp: Language,
) -> None:
    text = (
        "Donald Lopez called on Mayor Sam Reed to reopen the depot. Reed closed the depot in"
        ' April.\n\n"It is a shame," the presidential candidate said.\n'
    )
    assert linked(nlp, text, "said") == "person:donald-lopez"


def test_a_thing_that_shows_how_is_the_writers_reading(nlp: Language) -> None:
    for text in (
        "His fame, even after he attacked the governor, shows how badly the party misread its"
        " voters.\n",
        "At the same time, the fame of Mr. Lopez shows how deeply the party elites misjudged"
        " their voters.\n",
        "Mr. Lopez's decision to seize on taxes as his main issue has showed how out of step"
        " the party is with voters.\n",
    ):
        assert not any(
            c.confidence >= FLOOR and c.cue is not None and c.cue.text.startswith("show")
            for c in claims_of(nlp, text)
        ), text
    c = last_by_cue(
        claims_of(nlp, "The survey shows how deeply the party misread its voters.\n"), "shows"
    )
    assert c.confidence >= FLOOR


def test_a_surname_the_entities_left_unlinked_names_its_one_bearer(nlp: Language) -> None:
    from app.extract.model import Entity, Mention

    text = (
        "Sen. Dana Rivers and Gov. Tom Bell spoke in Reno on Sunday.\n\n"
        '"We need a coalition of nations," Rivers said.\n'
    )
    doc = nlp(text)

    def person(name: str, start: int) -> Entity:
        slug = "person:" + name.lower().replace(" ", "-")
        return Entity(slug, name, "person", mentions=[Mention(name, start, start + len(name))])

    # the entities found "Dana Rivers" but not the later "Rivers" (a tagger's plural)
    people = [person("Dana Rivers", 5), person("Tom Bell", 26)]
    c = last_by_cue(extract_claims(doc, people), "said")
    assert c.source is not None and c.source.entity_id == "person:dana-rivers"
    # two people who bear the name: no one
    text = "Dana Rivers and Ann Rivers spoke on Sunday.\n\n" + text.split("\n\n")[1]
    doc = nlp(text)
    c = last_by_cue(
        extract_claims(doc, [person("Dana Rivers", 0), person("Ann Rivers", 16)]), "said"
    )
    assert c.source is not None and c.source.entity_id is None


def test_a_relative_clause_that_is_a_claim_of_its_own_is_no_part_of_the_source(
    nlp: Language,
) -> None:
    for text in (
        'Ana Ruiz, who calls the mayor a "fraud," said he does not believe the plan will pass.\n',
        '"The first line of defense is the community," said former governor Ana Ruiz, who'
        " praised the former mayor for reaching out to immigrants when he was in office.\n",
    ):
        c = last_by_cue(claims_of(nlp, text), "said")
        assert c.source is not None and c.source.text.endswith("Ana Ruiz"), text
    # a relative clause that says who the source is stays
    text = "Ana Ruiz, who runs the county clinic, said the plan will pass.\n"
    c = last_by_cue(claims_of(nlp, text), "said")
    assert c.source is not None and "clinic" in c.source.text


def test_a_noun_naming_what_was_said_after_a_comma_is_the_writers_comment(
    nlp: Language,
) -> None:
    text = "Ruiz said the tax would hurt farmers, a view shared by most economists.\n"
    assert last_by_cue(claims_of(nlp, text), "said").content.text == "the tax would hurt farmers"
    text = (
        "At a rally in Ohio last week, Lopez rejected charges from rivals that he was not a"
        " liberal. He dismissed party labels altogether, a sentiment endorsed by the 5,000"
        " people in the hall, who cheered.\n"
    )
    c = last_by_cue(claims_of(nlp, text), "dismissed")
    assert "sentiment" not in c.content.text
    # a noun phrase that describes the last noun stays
    text = "Ruiz said the tax would hurt farmers, a group hit hard by the drought.\n"
    assert "drought" in last_by_cue(claims_of(nlp, text), "said").content.text


def test_a_link_to_the_sentence_before_opens_no_content(nlp: Language) -> None:
    text = (
        "Lopez said he would fight the rule. But during the roll call, states are called in"
        " order, he noted, so the race may be settled by then.\n"
    )
    c = last_by_cue(claims_of(nlp, text), "noted")
    assert c.content.parts[0].text.startswith("during the roll call")
    text = (
        "Lopez said he does not think the plan needs a leader to work. Rather, he said, the"
        " delays will build support for stopping it.\n"
    )
    c = last_by_cue(claims_of(nlp, text), "said")
    assert [p.text for p in c.content.parts] == ["the delays will build support for stopping it"]


def test_two_predicates_of_one_tense_stay_one_content(nlp: Language) -> None:
    text = (
        "Reyes, the ship's captain, had logged nearly 9,000 hours at sea and had no known ties"
        " to the group, the company said on Monday.\n"
    )
    assert last_by_cue(claims_of(nlp, text), "said").content.text.endswith("ties to the group")
    text = (
        'She had worked for the firm for more than ten years and was "a greatly admired and'
        ' well liked colleague," the statement added.\n'
    )
    assert "colleague" in last_by_cue(claims_of(nlp, text), "added").content.text
