"""What a description leaves out between a verb and the phrase it writes, and where it stops
inside a phrase: a manner phrase is written in, a time or place is left out, a relative's
pronoun is never the last word, a relative clause whose object is the noun before it is no
entry (invented sentences of shapes that went wrong in a fresh read of PolNeAR train set 47,
issue #16)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from tests.extract.conftest import timeline

PUBLISHED = date(2016, 1, 20)


def described(nlp: Language, text: str) -> dict[str, str]:
    return {e.trigger.text: e.description for e in timeline(nlp, text, PUBLISHED)}


def test_a_manner_phrase_between_the_verb_and_its_phrase_is_written_in(nlp: Language) -> None:
    got = described(nlp, "The family had lived in fear for so long that the day would come.")
    assert got["lived"] == "The family had lived in fear for so long"


def test_a_long_manner_phrase_is_not_skipped_to_a_later_phrase(nlp: Language) -> None:
    got = described(
        nlp,
        "The senator performed particularly poorly in areas of the state with a larger share "
        "of farmers.",
    )
    assert "performed with" not in got.get("performed", "")


def test_a_time_and_a_place_between_the_verb_and_its_agent_are_left_out(
    nlp: Language,
) -> None:
    got = described(
        nlp,
        "Twenty-nine people were injured tonight in a densely packed neighborhood by an explosion.",
    )
    assert got["injured"] == "Twenty-nine people were injured by an explosion"


def test_a_phrase_cut_before_a_relative_does_not_end_on_its_pronoun(nlp: Language) -> None:
    got = described(
        nlp, "The mayor played little role in a major housing bill that became law in 2008."
    )
    assert got["played"] == "The mayor played little role in a major housing bill"


def test_a_time_whose_relative_is_cut_is_not_written(nlp: Language) -> None:
    got = described(
        nlp,
        "Voters say that the mayor is picking the right man for the job at a time when he is "
        "seeking to reform the city.",
    )
    assert not got.get("picking", "").endswith("at a time")


def test_a_relative_whose_object_is_its_pronoun_is_no_entry(nlp: Language) -> None:
    got = described(
        nlp,
        "Maria Lopez spoke about the damage that happened and everything that she was "
        "suppressing and all her anger.",
    )
    assert "suppressing" not in got


def test_an_unmarked_clause_after_a_quoted_noun_is_no_entry(nlp: Language) -> None:
    got = described(
        nlp,
        "She worries because of the “terrible anxiety” some people in the working class are "
        "experiencing.",
    )
    assert "experiencing" not in got


def test_a_relative_on_a_noun_said_of_an_unnamed_one_is_no_doer(nlp: Language) -> None:
    got = described(
        nlp,
        "The activists called the governor a political opportunist who has neglected his "
        "duties in the state.",
    )
    assert not got.get("neglected", "").startswith("a political opportunist")


def test_a_relative_on_a_later_predicate_noun_is_the_subject_s_deed(nlp: Language) -> None:
    got = described(
        nlp,
        "Senator Ted Cruz is a serial liar, rampant xenophobe and birther who has repeatedly "
        "pledged to ban all refugees.",
    )
    assert "Ted Cruz has" in got["pledged"]


def test_a_verb_without_the_place_its_object_is_put_gives_no_entry(nlp: Language) -> None:
    got = described(
        nlp,
        "The mayor's promises have put the issue of housing at the center of this year's campaign.",
    )
    assert got.get("put", "").endswith("the center of this year's campaign") or "put" not in got


def test_what_someone_was_heard_doing_is_not_cut(nlp: Language) -> None:
    got = described(nlp, "Mayor Ann Lee was heard on a microphone telling the governor to go home.")
    assert "heard" not in got


def test_a_bracket_left_open_by_the_cut_is_left_out(nlp: Language) -> None:
    got = described(
        nlp,
        "Smith exaggerates when he says he helped write the Affordable Care Act (ACA). He wrote "
        "only one amendment.",
    )
    assert got["helped"].endswith("the Affordable Care Act")


def test_a_role_between_the_verb_and_an_object_is_not_skipped(nlp: Language) -> None:
    got = described(
        nlp,
        "It includes Arkansas, where Clinton served as the state's first lady and garners 41 "
        "percent support against Trump.",
    )
    assert "served 41 percent" not in got.get("served", "")


def test_what_someone_pretended_happened_is_no_fact_nor_denial(nlp: Language) -> None:
    events = timeline(nlp, "I just kept quiet and pretended nothing had happened.", PUBLISHED)
    happened = next(e for e in events if e.trigger.text == "happened")
    assert happened.modality == "hypothetical"


def test_what_someone_was_heard_doing_is_not_cut_when_hung_on_the_noun(nlp: Language) -> None:
    got = described(
        nlp,
        "The senator was heard on a microphone telling the mayor to get on a plane and go home "
        "after the mayor was pressed in an interview.",
    )
    assert "heard" not in got


def test_an_unmarked_clause_after_the_noun_of_because_of_is_no_entry(nlp: Language) -> None:
    got = described(
        nlp,
        "She added that she thinks the senator appeals to her members because of the “terrible "
        "anxiety” some people in the working class are experiencing.",
    )
    assert "experiencing" not in got


def test_a_description_ending_on_a_verb_whose_phrase_is_cut_is_no_entry(nlp: Language) -> None:
    got = described(
        nlp, "Mrs. Ann Lee has struggled to hit upon a clear rationale for her campaign."
    )
    assert "struggled" not in got


def test_a_time_or_place_after_a_final_verb_may_be_left_out(nlp: Language) -> None:
    got = described(nlp, "The mayor resigned on Monday. The governor was fired, in part.")
    assert "resigned" in got


def test_a_ranked_noun_keeps_its_infinitive_past_a_short_phrase_of_scope(nlp: Language) -> None:
    got = described(
        nlp,
        "Ms. Ann Park became the first woman in the country's history to win the party's "
        "nomination.",
    )
    assert got["became"].endswith(
        "the first woman in the country's history to win the party's nomination"
    )


def test_a_statement_about_every_one_a_relative_restricts_is_no_entry(nlp: Language) -> None:
    got = described(
        nlp,
        "Since the crisis, every developed nation that has tried to raise interest rates has "
        "been forced to reverse course. Every senator voted for the bill.",
    )
    assert "tried" not in got and "forced" not in got
    assert got["voted"] == "Every senator voted for the bill"
