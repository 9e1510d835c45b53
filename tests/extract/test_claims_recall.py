"""Claims the parse hides: contents hung on the wrong word, cues PolNeAR counts that the walk
missed. Every text here is written for the tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from app.extract.claims import extract_claims
from tests.extract.conftest import by_cue, claims_of


def test_a_that_clause_hung_on_the_phrase_after_the_verb_is_what_was_said(
    nlp: Language,
) -> None:
    # The parser hangs the "that" clause on "time" / "conference" as a relative clause.
    for text, source, content in (
        ("Gomez said for the first time that the port was closing.\n", "Gomez", "the port"),
        (
            "Reyes told reporters at a press conference that the plan was dead.\n",
            "Reyes",
            "the plan was dead",
        ),
    ):
        claims = claims_of(nlp, text)
        cue = "said" if "said" in text else "told"
        claim = by_cue(claims, cue)
        assert claim.source is not None and claim.source.text == source
        assert claim.content.text.startswith("that ") and content in claim.content.text
    # What a noun takes as its own clause ("a gamble that voters would reject") stays with it.
    claim = by_cue(
        claims_of(nlp, "She described the plan as a gamble that voters would reject.\n"),
        "described",
    )
    assert claim.content.text.startswith("the plan as a gamble")


def test_a_cue_nouns_that_clause_whose_that_hangs_on_the_auxiliary(nlp: Language) -> None:
    # "concern that the builder was ignoring ...", with the "that" hung on "was" as the parser
    # sometimes does: the clause is still the concern's content.
    words = ["She", "expressed", "concern", "that", "the", "builder", "was", "ignoring"]
    words += ["safety", "."]
    heads = [1, 1, 1, 6, 5, 7, 7, 2, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "mark", "det", "nsubj", "aux", "acl", "dobj", "punct"]
    tags = ["PRP", "VBD", "NN", "IN", "DT", "NN", "VBD", "VBG", "NN", "."]
    pos = ["PRON", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"]
    lemmas = ["she", "express", "concern", "that", "the", "builder", "be", "ignore", "safety", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    claim = by_cue(extract_claims(doc, []), "concern")
    assert claim.content.text == "that the builder was ignoring safety"
    assert claim.source is not None and claim.source.text == "She"


def test_a_clause_set_off_by_a_dash_before_the_tag_is_the_writers(nlp: Language) -> None:
    text = (
        "Mayor Reyes isn't worried about the losses his party has suffered this year — in "
        "fact, he said it “toughens” them.\n"
    )
    claim = by_cue(claims_of(nlp, text), "said")
    assert claim.content.text == "it “toughens” them"


def test_would_after_a_participle_of_a_past_report_is_no_hedge(nlp: Language) -> None:
    claim = by_cue(
        claims_of(nlp, "Lee attacked Reyes, saying he would raise taxes on every family.\n"),
        "saying",
    )
    assert not claim.hedged
    # In the present the modal still weakens what is said.
    claim = by_cue(claims_of(nlp, "Lee is saying he would raise taxes.\n"), "saying")
    assert claim.hedged


def test_believing_a_person_is_no_hedge(nlp: Language) -> None:
    claim = by_cue(claims_of(nlp, "“We sure should believe her,” Lee said.\n"), "said")
    assert "believe" not in claim.hedges
    claim = by_cue(claims_of(nlp, "“I believe we will win,” Lee said.\n"), "said")
    assert "believe" in claim.hedges


def test_an_ordered_review_is_an_act(nlp: Language) -> None:
    from app.extract.claims.entry import ACT_CEILING

    text = (
        "The governor has ordered a review of the ferry program, which lets tourists visit "
        "the island.\n"
    )
    assert by_cue(claims_of(nlp, text), "ordered").confidence <= ACT_CEILING


def test_what_a_named_poll_found_is_its_claim(nlp: Language) -> None:
    text = (
        "In a new Harbour Gazette poll released Monday, 48 percent of voters chose Reyes "
        "while 41 percent chose Lee.\n"
    )
    claim = by_cue(claims_of(nlp, text), "In")
    assert claim.source is not None
    assert claim.source.text == "a new Harbour Gazette poll released Monday"
    assert claim.source.kind == "report"
    assert claim.content.text == "48 percent of voters chose Reyes while 41 percent chose Lee"
    # A poll in a description or a clause cut short is no finding of the poll's.
    for text in (
        "These are the members of the panel, not all of whom took part in this survey.\n",
        "In the latest polls, he doesn't.\n",
    ):
        assert not [c for c in claims_of(nlp, text) if c.cue is not None and c.cue.text == "in"]


def test_a_comparison_of_likelihood_is_no_hedge(nlp: Language) -> None:
    text = "Two in three said they are less likely to vote for Reyes because of his views.\n"
    assert not by_cue(claims_of(nlp, text), "said").hedged
    assert by_cue(claims_of(nlp, "Reyes said he is likely to run again.\n"), "said").hedged


def test_seeking_a_thing_is_no_claim(nlp: Language) -> None:
    from app.extract.claims.entry import ACT_CEILING

    text = "Reyes sought a compromise plan backed by the unions.\n"
    assert by_cue(claims_of(nlp, text), "sought").confidence <= ACT_CEILING


def test_according_to_between_subject_and_verb_keeps_the_whole_clause(nlp: Language) -> None:
    text = "Donations, according to the campaign, have surged since the debate.\n"
    claim = by_cue(claims_of(nlp, text), "according to")
    assert [p.text for p in claim.content.parts] == ["Donations", "have surged since the debate"]
    # A phrase after a fronted time keeps the clause after it.
    text = "On Monday, according to the police, the driver fled the scene.\n"
    assert by_cue(claims_of(nlp, text), "according to").content.text == "the driver fled the scene"


def test_a_linking_adverb_opening_a_content_is_the_writers(nlp: Language) -> None:
    text = "The port is busy. Still, he said, officials have to decide who pays.\n"
    claim = by_cue(claims_of(nlp, text), "said")
    assert [p.text for p in claim.content.parts] == ["officials have to decide who pays"]
    text = "However, officials said the ferry would run late.\n"
    assert by_cue(claims_of(nlp, text), "said").content.text == "the ferry would run late"
    # Inside the speaker's quotation it is the speaker's.
    text = "“Still, we must wait,” she said.\n"
    assert by_cue(claims_of(nlp, text), "said").content.text.startswith("“Still, we")


def test_a_company_that_modifies_the_apposition_is_not_the_source(nlp: Language) -> None:
    from app.extract.model import Entity, Mention

    text = (
        "“We support people sharing their views, but we don't allow spam,” said Rosa Diaz, "
        "a Quikmatch spokeswoman.\n"
    )
    at = text.find("Quikmatch")
    company = Entity(
        id="organization:quikmatch",
        name="Quikmatch",
        type="organization",
        mentions=[Mention("Quikmatch", at, at + len("Quikmatch"))],
    )
    claim = by_cue(extract_claims(nlp(text), [company]), "said")
    assert claim.source is not None and claim.source.text.startswith("Rosa Diaz")
    assert claim.source.entity_id is None


def test_a_clause_in_brackets_closing_a_content_is_the_writers(nlp: Language) -> None:
    text = (
        "Reyes claimed that the city took in 9,000 new workers last year (the actual number "
        "is closer to 2,000).\n"
    )
    claim = by_cue(claims_of(nlp, text), "claimed")
    assert claim.content.text == "that the city took in 9,000 new workers last year"
    # A party and state in brackets names the person; it stays.
    text = "Reyes said the plan would help Sen. Ana Lopez (D-Ohio).\n"
    assert by_cue(claims_of(nlp, text), "said").content.text.endswith("(D-Ohio)")


def test_claiming_a_won_thing_is_an_act(nlp: Language) -> None:
    from app.extract.claims.entry import ACT_CEILING

    claim = by_cue(claims_of(nlp, "Reyes claimed the nomination on Tuesday.\n"), "claimed")
    assert claim.confidence <= ACT_CEILING
    # Claiming victory or responsibility is said.
    claim = by_cue(claims_of(nlp, "Reyes claimed victory in a tweet.\n"), "claimed")
    assert claim.confidence > 0.75
