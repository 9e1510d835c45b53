"""Claims the parse hides: contents hung on the wrong word, cues PolNeAR counts that the walk
missed. Every text here is written for the tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from app.extract.claims import extract_claims
from app.extract.model import Claim


def claims_of(nlp: Language, text: str) -> list[Claim]:
    return extract_claims(nlp(text), [])


def by_cue(claims: list[Claim], cue: str) -> Claim:
    found = [c for c in claims if c.cue is not None and c.cue.text == cue]
    assert found, f"no claim with cue {cue!r} in {[c.cue.text for c in claims if c.cue]}"
    return found[0]


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
