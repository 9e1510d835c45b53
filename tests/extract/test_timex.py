"""Time expressions: spans, TIMEX3 types and values, resolution against the publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from spacy.language import Language

from app.extract.model import TimeExpression
from app.extract.timex import extract_time_expressions

PUBLISHED = date(2013, 3, 21)  # a Thursday


def timexes(
    nlp: Language, text: str, published: date | datetime | None = PUBLISHED
) -> list[TimeExpression]:
    return extract_time_expressions(nlp(text), published)


def only(nlp: Language, text: str, published: date | datetime | None = PUBLISHED) -> TimeExpression:
    found = timexes(nlp, text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "type_", "value"),
    [
        (
            "The ministers met on March 21, 2013 in Brussels.",
            "March 21, 2013",
            "DATE",
            "2013-03-21",
        ),
        ("The law took effect on 4 July 1998.", "4 July 1998", "DATE", "1998-07-04"),
        (
            "Sales rose in the first quarter of 1998.",
            "the first quarter of 1998",
            "DATE",
            "1998-Q1",
        ),
        ("Prices fell sharply in the 1990s.", "the 1990s", "DATE", "199X"),
        (
            "Exports should recover in the last half of 2014.",
            "the last half of 2014",
            "DATE",
            "2014-H2",
        ),
        ("In nineteen ninety-one the bank failed.", "nineteen ninety-one", "DATE", "1991"),
        ("Rents have soared in recent years.", "recent years", "DURATION", "PXY"),
        ("No flights are leaving at the moment.", "at the moment", "DATE", "PRESENT_REF"),
        ("The ceasefire holds for the moment.", "the moment", "DATE", "PRESENT_REF"),
        ("Talks may resume in the coming weeks.", "the coming weeks", "DURATION", "PXW"),
        (
            "Prices peaked in January nineteen ninety-seven.",
            "January nineteen ninety-seven",
            "DATE",
            "1997-01",
        ),
        (
            "Heating oil ran short in the winter of nineteen ninety-four.",
            "the winter of nineteen ninety-four",
            "DATE",
            "1994-WI",
        ),
        (
            "Banks feared the year two thousand computer bug.",
            "the year two thousand",
            "DATE",
            "2000",
        ),
        (
            "Output slowed during the first half of 2012.",
            "the first half of 2012",
            "DATE",
            "2012-H1",
        ),
        ("The style dominated the 20th century.", "the 20th century", "DATE", "19XX"),
        ("The talks lasted three years.", "three years", "DURATION", "P3Y"),
        ("The flight took two hours.", "two hours", "DURATION", "PT2H"),
        ("Workers signed a two-year contract.", "two-year", "DURATION", "P2Y"),
        ("The paper is published weekly.", "weekly", "SET", "P1W"),
        ("The committee meets every month.", "every month", "SET", "P1M"),
        ("Shops close on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
        ("The company was founded in 1987.", "1987", "DATE", "1987"),
        ("She moved there in March 2010.", "March 2010", "DATE", "2010-03"),
        ("The meeting started at 10:30 a.m.", "10:30 a.m.", "TIME", "2013-03-21T10:30"),
        ("Both countries fought in World War II.", "World War II", "DATE", "1939/1945"),
        ("He wrote about the Second World War.", "the Second World War", "DATE", "1939/1945"),
        ("Prices are high now.", "now", "DATE", "PRESENT_REF"),
        ("The city has changed in the past.", "the past", "DATE", "PAST_REF"),
        ("Rules will change in the future.", "the future", "DATE", "FUTURE_REF"),
    ],
)
def test_kinds_of_expression(
    nlp: Language, sentence: str, surface: str, type_: str, value: str
) -> None:
    tx = only(nlp, sentence)
    assert (tx.text, tx.type, tx.value) == (surface, type_, value)
    assert sentence[tx.start : tx.end] == tx.text


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The minister arrived yesterday.", "yesterday", "2013-03-20"),
        ("The vote is expected tomorrow.", "tomorrow", "2013-03-22"),
        ("The bank cut rates last week.", "last week", "2013-W11"),
        ("Talks resume next month.", "next month", "2013-04"),
        ("Exports grew last year.", "last year", "2012"),
        ("The mine closed two years ago.", "two years ago", "2011"),
        ("The president spoke on Tuesday.", "Tuesday", "2013-03-19"),
        ("The president will speak on Tuesday.", "Tuesday", "2013-03-26"),
        ("Earlier this year the plant reopened.", "Earlier this year", "2013"),
        ("Results were weak in the third quarter.", "the third quarter", "2012-Q3"),
        ("The deal closed in January.", "January", "2013-01"),
    ],
)
def test_relative_expressions_resolve_against_publication(
    nlp: Language, sentence: str, surface: str, value: str
) -> None:
    tx = only(nlp, sentence)
    assert (tx.text, tx.value, tx.anchor) == (surface, value, "publication")


def test_datetime_publication_is_used_as_its_date(nlp: Language) -> None:
    tx = only(nlp, "The minister arrived yesterday.", datetime(2013, 3, 21, 18, 30))
    assert tx.value == "2013-03-20"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The minister arrived yesterday.", "XXXX-XX-XX"),
        ("The bank cut rates last week.", "XXXX-WXX"),
        ("Talks resume next month.", "XXXX-XX"),
        ("The president spoke on Tuesday.", "XXXX-WXX-2"),
        ("The mine closed two years ago.", "XXXX"),
    ],
)
def test_relative_without_publication_stays_underspecified(
    nlp: Language, sentence: str, value: str
) -> None:
    tx = only(nlp, sentence, None)
    assert (tx.value, tx.anchor) == (value, "unresolved")


def test_absolute_values_do_not_depend_on_publication(nlp: Language) -> None:
    tx = only(nlp, "The treaty was signed on March 3, 1999.", None)
    assert (tx.value, tx.anchor) == ("1999-03-03", None)


def test_last_decade_is_a_relative_period(nlp: Language) -> None:
    tx = only(nlp, "Trade has doubled in the last decade.")
    assert (tx.type, tx.value, tx.anchor) == ("DURATION", "P10Y", "publication")


@pytest.mark.parametrize(
    ("sentence", "value", "mod"),
    [
        ("Construction began in early 1998.", "1998", "START"),
        ("The boom ended in the late 1980s.", "198X", "END"),
        ("The plant will open by the end of next year.", "2014", "END"),
        ("The strike lasted about three weeks.", "P3W", "APPROX"),
        ("The siege lasted more than two months.", "P2M", "MORE_THAN"),
    ],
)
def test_modifiers(nlp: Language, sentence: str, value: str, mod: str) -> None:
    tx = only(nlp, sentence)
    assert (tx.value, tx.mod) == (value, mod)
    assert sentence[tx.start : tx.end] == tx.text


def test_ids_in_text_order_and_offsets_exact(nlp: Language) -> None:
    text = "On Monday, 12 days after the vote, the board met again; it meets weekly since 2010."
    found = timexes(nlp, text)
    assert [t.id for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]
    assert [t.start for t in found] == sorted(t.start for t in found)
    for t in found:
        assert text[t.start : t.end] == t.text
    assert {t.text for t in found} >= {"Monday", "12 days", "weekly", "2010"}


def test_not_times(nlp: Language) -> None:
    # a modal "may", an age, a money amount and a count are not time expressions
    text = "Officials may resign, said the 52-year-old mayor, who paid $1,999 for 2000 tickets."
    assert timexes(nlp, text) == []


def test_rates_are_sets(nlp: Language) -> None:
    tx = only(nlp, "The airline runs four flights a week.")
    assert (tx.text, tx.type, tx.value) == ("a week", "SET", "P1W")


def values(nlp: Language, text: str) -> dict[str, str]:
    return {t.text: t.value for t in timexes(nlp, text)}


def test_anaphoric_units_follow_the_last_mentioned_date(nlp: Language) -> None:
    found = values(
        nlp,
        "He left for Florida in June 1998 and returned later that year. "
        "In 2005 he was promoted, and the following year he retired.",
    )
    assert found["June 1998"] == "1998-06"
    assert found["later that year"] == "1998"
    assert found["the following year"] == "2006"


def test_anaphoric_unit_without_an_earlier_date_keeps_publication_reading(
    nlp: Language,
) -> None:
    tx = only(nlp, "The following month, the company put itself up for sale.")
    assert tx.value == "2013-04"


def test_earnings_quarters(nlp: Language) -> None:
    published = date(1989, 10, 26)
    text = (
        "Net income rose in the third quarter. Profit for the quarter was $5 million, "
        "up from $3 million a year earlier. In the 1988 period, sales were flat."
    )
    found = {t.text: t.value for t in timexes(nlp, text, published)}
    assert found["the third quarter"] == "1989-Q3"
    assert found["the quarter"] == "1989-Q3"
    assert found["a year earlier"] == "1988-Q3"
    assert found["the 1988 period"] == "1988-Q3"


def test_quarter_with_its_end_date_and_possessive_years(nlp: Language) -> None:
    published = date(1989, 10, 26)
    found = {
        t.text: (t.type, t.value)
        for t in timexes(
            nlp,
            "For the quarter ended June 30, sales rose. For the year ended Sept. 30, "
            "profit fell. Last year's third quarter was weak.",
            published,
        )
    }
    assert found["the quarter"] == ("DATE", "1989-Q2")
    assert found["the year"] == ("DURATION", "P1Y")
    assert found["Last year's third quarter"] == ("DATE", "1988-Q3")


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The team planned to leave Nairobi on Friday.", "Friday", "2013-03-22"),
        ("Relatives were given until Tuesday to sign.", "Tuesday", "2013-03-26"),
        ("They criticized Tuesday's ruling.", "Tuesday", "2013-03-19"),
        ("The fighting began in June last year.", "June last year", "2012-06"),
        ("He was shot last Oct. 23 at home.", "last Oct. 23", "2012-10-23"),
        ("Sales for the full year rose.", "the full year", "2013"),
    ],
)
def test_clause_and_phrase_cues(nlp: Language, sentence: str, surface: str, value: str) -> None:
    tx = only(nlp, sentence)
    assert (tx.text, tx.value) == (surface, value)


def test_years_modifying_nouns_are_dates(nlp: Language) -> None:
    found = values(nlp, "He was charged in the 1995 shooting, after its 1990 invasion.")
    assert found == {"1995": "1995", "1990": "1990"}


def test_counted_later_is_anchored_to_the_last_date_told(nlp: Language) -> None:
    found = timexes(nlp, "The plant opened in 2004. Two years later, the owners sold it.")
    assert [(t.text, t.value) for t in found] == [("2004", "2004"), ("Two years later", "2006")]
    # with no date told before it, it counts from publication
    assert only(nlp, "He had left the firm five days earlier.").value == "2013-03-16"


def test_the_year_with_a_number_is_that_year(nlp: Language) -> None:
    found = timexes(nlp, "The treaty promised that in the year 2000 the border would open.")
    assert [t.value for t in found] == ["2000"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity raised two thousand dollars.",
        "The army sent nineteen twenty soldiers to the border.",
        "The state-run daily Granma printed the letter in full.",
        "An editorial in the weekly Der Spiegel criticised the plan.",
        "Cameras caught the moment the bridge collapsed.",
    ],
)
def test_counts_in_words_and_newspapers_are_not_times(nlp: Language, sentence: str) -> None:
    assert timexes(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("He last saw the boy at Thanksgiving.", date(2000, 1, 7), "1999-11-25"),
        ("Shops will open on Christmas Day.", date(2000, 1, 7), "2000-12-25"),
        ("Sales rose sharply last Christmas.", date(2000, 6, 7), "1999-12-25"),
        ("Stores will close next Thanksgiving.", date(2000, 1, 7), "2000-11-23"),
        ("Stores closed early on Christmas Eve.", date(2000, 12, 27), "2000-12-24"),
    ],
)
def test_a_holiday_without_a_year_is_the_one_the_tense_points_to(
    nlp: Language, sentence: str, published: date, value: str
) -> None:
    assert only(nlp, sentence, published).value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # PUBLISHED is Thursday 2013-03-21: a purpose clause takes the tense of its main verb
        ("The government staged rallies to mark the anniversary on Friday.", "2013-03-15"),
        ("He travelled to Rome to meet the pope on Tuesday.", "2013-03-19"),
        ("The minister will fly to Paris to sign the treaty on Friday.", "2013-03-22"),
    ],
)
def test_a_weekday_in_a_purpose_clause_follows_the_main_verb(
    nlp: Language, sentence: str, value: str
) -> None:
    assert only(nlp, sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "mod"),
    [
        ("The plant closed this past spring.", "this past spring", "1989-SP", None),
        ("The plant closed last spring.", "last spring", "1988-SP", None),
        ("He left the firm a week or so ago.", "a week or so ago", "1989-W43", "APPROX"),
        ("The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M", None),
        ("The talks lasted 2 1/2 years.", "2 1/2 years", "P2Y6M", None),
        ("The strike lasted a year and a half.", "a year and a half", "P1Y6M", None),
        ("The clip ran a minute and a half.", "a minute and a half", "PT1M30S", None),
        ("She waited half an hour.", "half an hour", "PT30M", None),
    ],
)
def test_past_seasons_approximate_ago_and_mixed_durations(
    nlp: Language, sentence: str, surface: str, value: str, mod: str | None
) -> None:
    found = only(nlp, sentence, date(1989, 10, 30))  # a Monday in the autumn
    assert (found.text, found.value, found.mod) == (surface, value, mod)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Until Monday, the police had not named him.", "Monday", "2013-03-18"),
        ("The union planned a rally on Saturday.", "Saturday", "2013-03-23"),
        ("The mayor has scheduled a news conference Saturday.", "Saturday", "2013-03-23"),
        ("Officials postponed the vote until Tuesday.", "Tuesday", "2013-03-26"),
        ("A vigil planned for Saturday was canceled.", "Saturday", "2013-03-16"),
    ],
)
def test_weekdays_after_scheduling_verbs_and_past_deadlines(
    nlp: Language, sentence: str, surface: str, value: str
) -> None:
    found = only(nlp, sentence)  # published Thursday 21 March 2013
    assert (found.text, found.value) == (surface, value)


def test_a_tokenized_comma_keeps_the_year(nlp: Language) -> None:
    found = only(nlp, "The firm had been suspended since July 24 , 2003 by the agency.")
    assert (found.text, found.value) == ("July 24 , 2003", "2003-07-24")


def test_a_second_day_of_the_same_month(nlp: Language) -> None:
    found = timexes(nlp, "The talks are set for April 24 and 25 in Geneva.")
    assert [(t.text, t.value) for t in found] == [("April 24", "2013-04-24"), ("25", "2013-04-25")]
    assert [t.text for t in timexes(nlp, "On April 24 and 25 people were hurt.")] == ["April 24"]


def test_each_month_is_a_set_and_a_week_of_a_day_is_its_week(nlp: Language) -> None:
    each = only(nlp, "The festival is held each July.")
    assert (each.text, each.type, each.value) == ("each July", "SET", "XXXX-07")
    week = only(nlp, "The vote took place the week of March 6.")
    assert (week.text, week.type, week.value) == ("the week of March 6", "DATE", "2013-W10")
    assert [t.text for t in timexes(nlp, "Each may vote in May.")] == ["May"]


def test_a_quarter_of_something_is_a_fraction_not_a_quarter_year(nlp: Language) -> None:
    assert timexes(nlp, "Funds hold more than a quarter of the junk market.") == []
    several = only(nlp, "The firm had losses for several quarters of the decade.")
    assert (several.text, several.value) == ("several quarters", "PXQ")


def test_a_title_cased_programme_name_is_not_a_time(nlp: Language) -> None:
    assert (
        timexes(nlp, 'He said on ABC\'s "This Week With David Brinkley" that talks failed.') == []
    )
    found = only(nlp, "This week the talks failed.")
    assert (found.text, found.value) == ("This week", "2013-W12")


def test_a_march_named_for_its_cause_is_not_the_month(nlp: Language) -> None:
    assert timexes(nlp, "Thousands joined the annual March for Life on Capitol Hill.") == []
    found = only(nlp, "The protesters marched in March for higher wages.")
    assert found.value == "2013-03"


def test_later_in_the_day_is_the_day_told_of(nlp: Language) -> None:
    found = timexes(nlp, "He arrived in Philadelphia later in the day.")
    assert [(t.text, t.value) for t in found] == [("the day", "2013-03-21")]
    found = timexes(nlp, "The talks opened on Tuesday. Later in the day the envoy left.")
    assert [(t.text, t.value) for t in found] == [
        ("Tuesday", "2013-03-19"),
        ("the day", "2013-03-19"),
    ]


def test_additional_units_and_a_couple_of_years(nlp: Language) -> None:
    found = only(nlp, "The option may be extended for an additional year.")
    assert (found.text, found.type, found.value) == ("an additional year", "DURATION", "P1Y")
    found = only(nlp, "Over the next couple of years sales should grow.")
    assert (found.text, found.value, found.mod) == ("the next couple of years", "P2Y", None)


def test_a_participle_clause_takes_the_tense_of_its_verb(nlp: Language) -> None:
    # published in late October: a March in a past clause is this year's, not next year's
    found = timexes(
        nlp,
        "The stock has fluctuated sharply, rising to a high in June from $29.75 in March.",
        date(1989, 10, 30),
    )
    assert [(t.text, t.value) for t in found] == [("June", "1989-06"), ("March", "1989-03")]


def test_a_quarter_named_in_contrast_does_not_become_the_quarter_in_focus(nlp: Language) -> None:
    text = (
        "The company posted a gain in third-quarter net income. After a flat second quarter, "
        "results improved. In the 1989 period, costs were lower than a year ago."
    )
    found = timexes(nlp, text, date(1989, 11, 1))
    assert [(t.text, t.value) for t in found] == [
        ("third-quarter", "1989-Q3"),
        ("second quarter", "1989-Q2"),
        ("the 1989 period", "1989-Q3"),
        ("a year ago", "1988-Q3"),
    ]


def test_todays_world_is_the_present_age_not_the_day(nlp: Language) -> None:
    assert timexes(nlp, "The case matters for today's youth.") == []
    found = only(nlp, "Today's vote was postponed.")
    assert found.value == "2013-03-21"


def test_one_day_before_a_verb_is_some_day(nlp: Language) -> None:
    assert timexes(nlp, "He hoped he would one day follow them into space.") == []
    found = only(nlp, "The strike lasted one day.")
    assert (found.type, found.value) == ("DURATION", "P1D")


def test_the_nth_day_of_something_today_is_the_publication_date(nlp: Language) -> None:
    found = only(nlp, "It's the second day of an offensive by the army.")
    assert (found.text, found.value) == ("the second day", "2013-03-21")
    assert timexes(nlp, "He was hurt on the second day of the trip.") == []


def test_a_weekday_joined_to_plural_nights_shares_the_recurrence(nlp: Language) -> None:
    found = timexes(nlp, "Flights will leave on Monday and Tuesday nights.")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("Monday", "SET", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ]


def test_a_capitalised_day_word_after_a_name_ends_the_name(nlp: Language) -> None:
    assert timexes(nlp, "She told USA Today that the plan had failed.") == []
    assert timexes(nlp, "He works for Russia Today in Moscow.") == []
    assert [t.value for t in timexes(nlp, "He resigned. Today the board meets.")] != []


def test_a_month_before_a_noun_is_the_month(nlp: Language) -> None:
    # told in the past in March 2013: the May before
    assert [t.value for t in timexes(nlp, "During a May interview on CNBC, he said it.")] == [
        "2012-05"
    ]


def test_an_ordinal_before_a_noun_is_no_day(nlp: Language) -> None:
    found = timexes(nlp, "The film explores how the 13th amendment came with a loophole.")
    assert found == []


def test_the_day_that_names_the_2001_attacks(nlp: Language) -> None:
    values = [t.value for t in timexes(nlp, "She cited her work after the Sept. 11 attacks.")]
    assert values == ["2001-09-11"]
    ceremony = [t.value for t in timexes(nlp, "She spoke at the Sept. 11 memorial ceremony.")]
    assert ceremony == ["2012-09-11"]  # published March 2013: last year's ceremony


def test_now_before_that_is_still_the_present(nlp: Language) -> None:
    found = only(nlp, "Prices may climb now that the harbour has reopened.")
    assert (found.text, found.value) == ("now", "PRESENT_REF")


@pytest.mark.parametrize("phrase", ["year-end", "year end", "the year's end"])
def test_year_end_is_the_year_with_its_end(nlp: Language, phrase: str) -> None:
    found = only(nlp, f"The ferry company hopes to settle the dispute by {phrase}.")
    assert (found.value, found.mod) == ("2013", "END")


def test_a_second_before_a_noun_is_an_ordinal(nlp: Language) -> None:
    assert timexes(nlp, "A second barge ran aground near the lock.") == []
    assert timexes(nlp, "It would be a second humiliation for the mayor.") == []
    found = only(nlp, "The lights flickered for a second.")
    assert (found.text, found.value) == ("a second", "PT1S")


def test_the_current_year_keeps_its_relative_clause(nlp: Language) -> None:
    found = only(nlp, "The co-op expects sales in the current fiscal year that are flat.")
    assert (found.text, found.value) == ("the current fiscal year", "2013")
    assert timexes(nlp, "It was the year that the mill burned down.") == []


def test_a_decade_in_a_persons_life_is_an_age(nlp: Language) -> None:
    assert timexes(nlp, "The baker is in his 40s and lives in Ghent.") == []


def test_a_capitalised_programme_title_is_not_a_length_of_time(nlp: Language) -> None:
    found = timexes(nlp, "The minister told NBC's ''48 Hours'' that he would stay.")
    assert all("Hours" not in t.text for t in found), found
    assert timexes(nlp, 'He spoke on the network\'s "Next Week," a talk show.') == []
    found_len = only(nlp, "The minister spoke for 48 hours.")
    assert found_len.value == "PT48H"


def test_soon_in_a_past_clause_is_no_future(nlp: Language) -> None:
    assert timexes(nlp, "The drizzle of donations soon became a torrent.") == []
    assert timexes(nlp, "The skipper was soon rescued by a trawler.") == []
    found = only(nlp, "The council may soon vote on the ferry.")
    assert found.value == "FUTURE_REF"
    found = only(nlp, "The toll is expected to be lifted soon on the bridge.")
    assert found.value == "FUTURE_REF"


def test_the_then_current_price_is_past(nlp: Language) -> None:
    found = only(nlp, "Members could buy shares at the then current price of the co-op.")
    assert (found.text, found.value) == ("then current", "PAST_REF")


def test_a_passive_infinitive_lies_ahead_of_its_verb(nlp: Language) -> None:
    found = only(nlp, "The canal is to be reopened on Tuesday.")
    assert found.value == "2013-03-26"


def test_a_time_of_day_alone_is_on_the_day_last_told(nlp: Language) -> None:
    found = timexes(
        nlp, "The baker was robbed on March 12 in his shop. He was attacked at 9 p.m. as he left."
    )
    assert [t.value for t in found] == ["2013-03-12", "2013-03-12T21:00"]
    found = timexes(
        nlp,
        "The mill opened on May 3, 1995. It grew. It has 300 workers. Its shift ends at 4 p.m.",
    )
    assert [t.value for t in found] == ["1995-05-03", "2013-03-21T16:00"]


def test_ago_before_a_subject_is_still_a_date(nlp: Language) -> None:
    found = only(nlp, "A decade ago the harbour was empty.")
    assert (found.text, found.value) == ("A decade ago", "200X")
    found = timexes(nlp, "The mill opened in 2004. Two years later the owners sold it.")
    assert [t.value for t in found] == ["2004", "2006"]


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The dairy grew in the first half of the year.", "the first half of the year", "2013-H1"),
        (
            "Output will rise in the second half of the current fiscal year.",
            "the second half of the current fiscal year",
            "2013-H2",
        ),
        (
            "Sales rose in the first quarter of this year.",
            "the first quarter of this year",
            "2013-Q1",
        ),
    ],
)
def test_a_part_of_the_year_in_focus_is_one_expression(
    nlp: Language, sentence: str, surface: str, value: str
) -> None:
    found = only(nlp, sentence)
    assert (found.text, found.value) == (surface, value)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Every summer the lake floods the road.", "Every summer", "XXXX-SU"),
        ("The fishing fleet leaves each morning.", "each morning", "XXXX-XX-XXTMO"),
    ],
)
def test_every_season_and_every_morning_are_sets(
    nlp: Language, sentence: str, surface: str, value: str
) -> None:
    found = only(nlp, sentence)
    assert (found.text, found.type, found.value) == (surface, "SET", value)


def test_a_year_before_a_singular_noun_is_the_year(nlp: Language) -> None:
    found = only(nlp, "She lost her bitter 2004 race for the council.")
    assert (found.text, found.value) == ("2004", "2004")
    assert timexes(nlp, "Sappers found a 1000 pound shell in the field.") == []
    assert timexes(nlp, "Some 1500 lanterns were lit.") == []


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Fares may stay high in the near term.", "the near term"),
        ("The co-op wants to calm members in the short term.", "the short term"),
        ("The second ferry will be ordered at a later date.", "a later date"),
    ],
)
def test_the_near_term_and_a_later_date_are_the_future(
    nlp: Language, sentence: str, surface: str
) -> None:
    found = only(nlp, sentence)
    assert (found.text, found.value) == (surface, "FUTURE_REF")
    assert timexes(nlp, "Yields on the short term notes fell.") == []


def test_election_day_is_the_american_one_when_capitalised(nlp: Language) -> None:
    found = only(nlp, "Volunteers will knock on doors until Election Day.", date(2014, 10, 2))
    assert found.value == "2014-11-04"
    assert timexes(nlp, "Queues were long on election day in Ghana.", date(2014, 10, 2)) == []


def test_one_day_after_will_is_the_future(nlp: Language) -> None:
    found = only(nlp, "Solar power will one day be the main source of energy.")
    assert (found.text, found.value) == ("one day", "FUTURE_REF")
    assert timexes(nlp, "She hoped she would one day sail the fjords.") == []


def test_a_date_a_change_takes_effect_is_the_nearest_one(nlp: Language) -> None:
    found = only(nlp, "The co-op named a new treasurer, effective Jan. 15.", date(2013, 10, 2))
    assert found.value == "2014-01-15"


def test_a_few_days_later_is_no_future(nlp: Language) -> None:
    found = only(nlp, "A few days later, the ferry line announced a new route.")
    assert (found.type, found.value) == ("DURATION", "PXD")


def test_an_hour_in_the_morning_is_a_clock_time(nlp: Language) -> None:
    found = only(nlp, "The trawlers will sail at 5 in the morning.")
    assert (found.text, found.value) == ("5 in the morning", "2013-03-21T05:00")
    found = only(nlp, "The ferry docks at 11 at night.")
    assert found.value == "2013-03-21T23:00"


def test_the_past_before_a_count_is_an_adjective(nlp: Language) -> None:
    assert timexes(nlp, "Floods have hit the valley the past three springs.") == []
    found = only(nlp, "In the past, the valley rarely flooded.")
    assert found.value == "PAST_REF"


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Shops opened early on Black Friday.", "Black Friday", "2012-11-23"),
        ("The procession was held on Good Friday.", "Good Friday", "2013-03-29"),
        ("Churches were full on Palm Sunday.", "Palm Sunday", "2013-03-24"),
    ],
)
def test_days_named_from_a_feast_are_dated_from_it(
    nlp: Language, sentence: str, surface: str, value: str
) -> None:
    published = date(2013, 1, 20) if "Black" in sentence else date(2013, 5, 20)
    found = only(nlp, sentence, published)
    assert (found.text, found.value) == (surface, value)


def test_a_named_weekday_is_not_the_nearest_weekday(nlp: Language) -> None:
    assert timexes(nlp, "The senator won nine states on Super Tuesday.") == []
    assert timexes(nlp, "Markets crashed on Black Monday.") == []
    found = only(nlp, "It was a good Friday for the dairy.")
    assert found.value == "2013-03-15"


def test_the_simple_present_with_a_weekday_is_scheduled(nlp: Language) -> None:
    found = only(nlp, "The two mayors meet Tuesday to sign the pact.")
    assert found.value == "2013-03-26"
    found = only(nlp, "The mayor says Tuesday was a good day.")
    assert found.value == "2013-03-19"


def test_the_first_two_quarters_of_a_year_are_its_first_half(nlp: Language) -> None:
    found = only(nlp, "Demand will stay weak through the first two quarters of 2014.")
    assert (found.text, found.value) == ("the first two quarters of 2014", "2014-H1")


def test_speeds_and_high_noon_are_not_times(nlp: Language) -> None:
    assert timexes(nlp, "The new chip runs 40 million instructions per second.") == []
    assert timexes(nlp, "The ferry reached 30 miles an hour.") == []
    assert timexes(nlp, "It was high noon for the coalition.") == []
    found = only(nlp, "Dockers earn 12 euros an hour.")
    assert (found.type, found.value) == ("SET", "PT1H")


def test_a_time_in_universal_time_is_marked_z(nlp: Language) -> None:
    found = only(nlp, "The probe landed at 14:30 GMT.")
    assert found.value == "2013-03-21T14:30Z"
    found = only(nlp, "The ferry leaves at 9 a.m. EST.")
    assert found.value == "2013-03-21T09:00"


def test_now_in_a_hyphenated_adjective_is_no_time(nlp: Language) -> None:
    assert timexes(nlp, "The union fought the now-scrapped merger.") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The pollsters failed to foresee the upset on Tuesday night.", "2013-03-19TNI"),
        ("The scandal forced the mayor to resign on Tuesday.", "2013-03-19"),
        ("She quit the board before announcing her bid in August.", "2012-08"),
    ],
)
def test_what_one_failed_or_was_forced_to_do_is_past(
    nlp: Language, sentence: str, value: str
) -> None:
    assert only(nlp, sentence).value == value


def test_a_clock_time_written_with_a_space_after_the_colon(nlp: Language) -> None:
    found = only(nlp, "11: 06 a.m. The ferry company is releasing a new timetable.")
    assert found.value == "2013-03-21T11:06"


def test_names_and_numbered_things_are_not_times(nlp: Language) -> None:
    assert timexes(nlp, "She writes for Harbour Monthly, a trade paper.") == []
    assert timexes(nlp, "The statute (Section 1044, Part B) says nothing of it.") == []
    assert timexes(nlp, 'The mayor told "Radio This Morning" that tolls would rise.') == []
    assert only(nlp, "The co-op pays its members monthly.").value == "P1M"


def test_a_month_of_that_year_is_in_the_year_last_told(nlp: Language) -> None:
    found = timexes(nlp, "The mill opened in 1988, and in late May of that year it flooded.")
    assert [(t.text, t.value) for t in found] == [
        ("1988", "1988"),
        ("late May of that year", "1988-05"),
    ]


def test_a_year_ago_follows_the_quarter_only_beside_figures(nlp: Language) -> None:
    found = timexes(
        nlp, "Her first-quarter ratings fell. Few expected a year ago that she would trail them."
    )
    assert found[-1].value == "2012"
    found = timexes(nlp, "Profit rose in the fourth quarter. A year ago, the mill made $5 million.")
    assert found[-1].value == "2011-Q4"


def test_an_abbreviated_month_glued_to_its_day(nlp: Language) -> None:
    found = only(nlp, "The strikes of Sept.11, 2001 changed air travel.")
    assert (found.text, found.value) == ("Sept.11, 2001", "2001-09-11")


def test_a_month_joined_to_the_month_before_follows_it(nlp: Language) -> None:
    text = "Most of the airtime reserved in December and January went to the mayor."
    found = timexes(nlp, text, date(2013, 11, 20))
    assert [t.value for t in found] == ["2013-12", "2014-01"]


def test_that_spring_is_in_the_year_last_told(nlp: Language) -> None:
    found = timexes(nlp, "The mill was sold in 1998. The new owner left that spring.")
    assert [t.value for t in found] == ["1998", "1998-SP"]


def test_weekdays_that_are_not_the_nearest_one(nlp: Language) -> None:
    found = timexes(nlp, "The board met on the last Friday in August.")
    assert [t.text for t in found] == ["August"]
    found = only(nlp, "One Sunday she changed her mind.")
    assert found.value == "XXXX-WXX-7"


def test_a_clock_time_on_a_dated_day_keeps_its_year(nlp: Language) -> None:
    found = only(nlp, "The doors opened at 6:30 a.m. on March 19, 2002.")
    assert found.value == "2002-03-19T06:30"


def test_the_second_half_of_something_else_is_no_half_year(nlp: Language) -> None:
    found = only(nlp, "The valley industrialised in the second half of the 20th century.")
    assert found.text == "the 20th century"
    found = only(nlp, "The dairy posted a loss for the third quarter of $2 million.")
    assert (found.text, found.value) == ("the third quarter", "2012-Q3")


def test_a_weekday_ending_a_range_or_alternative_follows_the_first(nlp: Language) -> None:
    found = timexes(nlp, "The ruling could come as soon as Thursday or Friday.")
    assert [t.value for t in found] == ["2013-03-21", "2013-03-22"]
    found = timexes(nlp, "The ferry sailed on Wednesday and Tuesday.")
    assert [t.value for t in found] == ["2013-03-20", "2013-03-19"]


def test_since_a_month_lies_behind(nlp: Language) -> None:
    found = only(nlp, "Since August the mayor leads the polls.", date(2013, 3, 21))
    assert found.value == "2012-08"


def test_minutes_and_hours_ago_are_today_or_days_back(nlp: Language) -> None:
    assert only(nlp, "The hit film seems to have come out only 20 minutes ago.").value == (
        "2013-03-21"
    )
    assert only(nlp, "The trawler was seen 48 hours ago.").value == "2013-03-19"
    assert timexes(nlp, "The show went off the air a quarter-century ago.") == []


def test_ahead_of_a_weekday_and_plural_ages(nlp: Language) -> None:
    found = only(nlp, "Ahead of Saturday's regatta, the crews trained hard.")
    assert found.value == "2013-03-23"
    assert timexes(nlp, "The club coaches 12-year-olds and their parents.") == []


def test_the_weekend_on_a_weekend_is_that_one(nlp: Language) -> None:
    # written on Sunday 25 September 2016 (ISO week 38): "the weekend" is this one
    sunday = date(2016, 9, 25)
    for text in (
        "Officials said a curfew would continue through the weekend.",
        "Protests went on over the weekend.",
    ):
        (t,) = extract_time_expressions(nlp(text), sunday)
        assert t.value == "2016-W38-WE", (text, t.value)
    # on a Wednesday, a coming weekend is the next one
    (t,) = extract_time_expressions(
        nlp("The curfew will continue through the weekend."), date(2016, 9, 21)
    )
    assert t.value == "2016-W38-WE"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Voters will help decide the strength of Roe in the November election.", "2016-11"),
        ("She is preparing for the November election.", "2016-11"),
        ("He lost the November election.", "2015-11"),
    ],
)
def test_a_bare_month_naming_a_calendar_event_is_the_coming_one(
    nlp: Language, sentence: str, value: str
) -> None:
    # published in April: "the November election" is the coming one unless told in the past
    assert only(nlp, sentence, date(2016, 4, 28)).value == value
