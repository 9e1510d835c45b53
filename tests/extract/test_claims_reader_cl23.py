"""Claims a reader can trust (cl23): rules found reading PolNeAR train sets 11, 16 and 19, each
tested on invented text."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import by_cue, claims_of, linked, shown


def test_she_after_the_woman_left_unnamed_is_not_a_woman_named_before(nlp: Language) -> None:
    # '"...," said the woman, who did not want to be named. "...," she said': the "she" goes
    # on with the unnamed woman, not with the mayor who spoke before her.
    text = (
        'Mayor Lena Hart said the town would hold a vigil. "We grieve together," Hart said.\n\n'
        "At a bakery near the park, a young clerk was upset by the angry talk she has heard. "
        '"One man said we should close the border," said the woman, who did not want to be '
        'named. "Too much anger," she said.'
    )
    assert linked(nlp, text, "said") is None


def test_she_after_the_woman_of_a_tag_without_a_source_is_not_the_last_speaker(
    nlp: Language,
) -> None:
    # The parse found no source for "said the woman, who like many ...": the plain "the woman"
    # between the two still stands nearer to "she" than the waitress who spoke before.
    text = (
        '"This is our town!" said Dora Lage, 39, a waitress at a diner. She said the town '
        "prides itself on its mix of people.\n\nAt a store near the park, a young clerk was "
        'upset by the harsh talk she has heard. "One guy came in and said maybe we should '
        'shut them out," said the woman, who like many in the town did not want to be named. '
        '"Too much anger," she said.'
    )
    claims = claims_of(nlp, text)
    assert linked(nlp, text, "said") is None
    assert by_cue(claims, "said").source is not None


def test_speaker_named_in_a_tag_since_is_not_jumped_over(nlp: Language) -> None:
    # "say experts like Karl Venner ... he said": the chain's older name (Rialto) is a guess
    # over the speaker named in the tag between.
    text = (
        'Border agents have found many caves. "But you cannot know what you have not found," '
        "said Tom Rialto, the agency's chief, who admitted that more caves might exist.\n\n"
        "Part of the trouble in finding caves, say experts like Karl Venner, a Dutch "
        "geologist, is the rock itself. Seeing what lies under the ground is not as easy as "
        "sending sound into it, he said."
    )
    assert linked(nlp, text, "said") != "person:tom-rialto"
    # a name inside the found speaker's own source is no other speaker
    own = (
        "Mayor Ron Bale said the city was ready.\n\nDan Tosh, a longtime partner of the banker "
        "Tom Kell, said in an interview that past fairs have been too dull. \"It's very "
        'important to put some fun into a fair," he said.'
    )
    assert linked(nlp, own, "said") == "person:dan-tosh"


def test_participle_after_a_shown_talk_is_the_talkers(nlp: Language) -> None:
    # "a video that showed Mills describing his plan, saying that ...": Mills says it, not
    # the campaign that posted the video.
    text = (
        "Senator Ray Dalton's campaign posted a video on Friday from an account called "
        '"Two-Face Mills" that showed Mills describing his plan for the port, saying that it '
        "would cut fees but would raise taxes.\n"
    )
    saying = by_cue(claims_of(nlp, text), "saying")
    assert saying.source is not None and saying.source.text == "Mills"


def test_fronted_contrast_in_a_that_clause_is_part_of_it(nlp: Language) -> None:
    # "said that while polling showed ..., many still liked him": not cut to "that".
    text = (
        "Ann Petry, the head of the nurses union, said that while polling of her members "
        "showed the mayor's support lagging, many still liked him."
    )
    said = by_cue(claims_of(nlp, text), "said")
    assert said.content.text.endswith("many still liked him")
    # a contrast after the clause, with a speaker of its own, is still that speaker's
    other = "Ruiz said the plan would save money while critics warned of higher fees."
    assert "critics" not in by_cue(claims_of(nlp, other), "said").content.text


def test_about_a_share_is_the_clauses_subject(nlp: Language) -> None:
    # "said about half of X reflected Y": the parse took "about" for the topic.
    text = "The office said about half of the higher figure in its forecasts reflected losses."
    said = by_cue(claims_of(nlp, text), "said")
    assert said.content.text.startswith("about half of the higher figure")


def test_speakers_joined_to_the_reported_subject(nlp: Language) -> None:
    # "The root of his appeal, farmers and dealers say, is simple": the speakers are "farmers
    # and dealers"; the subject before them is what they speak of.
    text = "The root of the appeal of Mr. Dorn, farmers and dealers say, is simple: plain talk."
    say = by_cue(claims_of(nlp, text), "say")
    assert say.source is not None and say.source.text == "farmers and dealers"
    assert say.content.text.startswith("The root of the appeal")


def test_writers_comparison_of_figures_is_cut(nlp: Language) -> None:
    text = (
        "Forty percent of those polled say they would be pleased if she won the race, a bit "
        "more than the 30% who would be upset."
    )
    say = by_cue(claims_of(nlp, text), "say")
    assert say.content.text == "they would be pleased if she won the race"


def test_relative_clause_of_anothers_attribution_is_cut_though_quoted(nlp: Language) -> None:
    # "criticized the use of funds, which an audit said was 'sloppy'": the audit's words.
    text = (
        'Mayor Dale Hume criticized the council\'s use of funds, which an audit said was "sloppy" '
        "but not illegal."
    )
    criticized = by_cue(claims_of(nlp, text), "criticized")
    assert criticized.content.text == "the council's use of funds"


def test_leaving_after_a_comma_is_the_writers_upshot(nlp: Language) -> None:
    text = (
        'The senator is promising to stage "a big show" with a "circus" feel, leaving the city '
        "thrilled about the attention - and nervous about the crowds."
    )
    promising = by_cue(claims_of(nlp, text), "promising")
    assert "leaving" not in promising.content.text


def test_gop_front_runner_is_the_republican_front_runner(nlp: Language) -> None:
    text = (
        "Republican front-runner Donald Trump held a rally in Dover on Monday. His rival Ted "
        "Cruz said on Monday that the race was far from over, and Gov. Jan Ames said she would "
        "back Cruz.\n\nThe GOP presidential front-runner said on Tuesday that he would win "
        "Iowa easily."
    )
    assert linked(nlp, text, "said") == "person:donald-trump"


def test_name_set_after_an_inverted_description_names_the_source(nlp: Language) -> None:
    text = (
        "With Mr. Dorn's help, the party was ''trying to change its image from a club for "
        "crooks into a real party,'' wrote the British consul at the time, Peter L. Hale."
    )
    assert linked(nlp, text, "wrote") == "person:peter-l-hale"


def test_expecting_a_child_is_no_claim(nlp: Language) -> None:
    claims = claims_of(nlp, "Anna Ruiz and husband expecting second child.\n")
    assert not shown(claims, "expecting")
