"""tl28 timeline rules (issue #16), on articles written for these tests."""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(raw: str) -> list[TimelineEvent]:
    return list(extract(from_text(raw)).timeline)


def _timeline(raw: str) -> list[str]:
    return [e.description for e in _entries(raw)]


def test_he_after_a_sentence_led_by_he_is_not_the_man_named_in_passing() -> None:
    raw = (
        "Speeches\n\nCharismatic and soulful, Mr. Hale was among the most gifted of modern "
        "mayors at reading an audience. He thought of his speeches as little talks, he told "
        "friends. He was not a shouter, as Mrs. Roe and Mr. Reed can be. Rather, he would "
        "weigh every word for maximum effect.\n"
    )
    assert not any(e.agent == "person:reed" for e in _entries(raw))


def test_he_is_not_a_subject_named_before_another_man_was_named() -> None:
    raw = (
        "Character\n\nAnyone expecting Donald Trump to pivot should remember that personality "
        'is stable after the age of 30. That\'s one reason the "new" Richard Nixon who ran for '
        "president in 1968 turned out to be a lot like the old Nixon.\n\nAnd from Trump's point "
        "of view, even if he could execute a makeover at his age, why should he? Confounding "
        "the pundits, he bested 16 GOP rivals and captured his party's nomination.\n"
    )
    entries = _entries(raw)
    assert not any(
        e.trigger.text in ("bested", "captured") and e.agent == "person:richard-nixon"
        for e in entries
    )


def test_i_inside_a_quote_within_a_quote_is_not_the_speaker() -> None:
    raw = (
        'Nevada\n\n"They have a real problem if they lose here, because then Ann Roe can say '
        "'I'm not just a regional candidate, I can win anywhere,'\" said Tom Hale, who runs a "
        "politics newsletter.\n"
    )
    assert not any(e.trigger.text == "win" and e.agent == "person:tom-hale" for e in _entries(raw))


def test_relative_clauses_whose_noun_the_entry_cannot_write_are_no_entries() -> None:
    raw = (
        "Health law\n\nDemocrats have weakened the law that Obama spent much of his presidency "
        "fighting for. In 2008, the campaign began airing ads in mid-September, a timeline "
        'Gomez could still match this year. "The way that we absorb information is also '
        'evolving," Lee said. "What the president has tried to do is to be fair," Earnest '
        "said. The plan that Donald has put forth would cut taxes.\n"
    )
    shown = _timeline(raw)
    assert (
        "Democrats have weakened the law that Obama spent much of his presidency fighting for"
        in shown
    )
    assert not any(d.startswith("Obama spent") for d in shown)
    assert not any(d.startswith("Gomez could match") for d in shown)
    assert not any(d.startswith("The way is") for d in shown)
    assert not any(d.endswith("has tried to do") for d in shown)
    assert "Donald has put forth the plan" in shown


def test_own_way_participles_and_turned_round_clauses_cut_are_no_entries() -> None:
    raw = (
        "Race\n\nAnn Roe barnstormed her way across the state in an almost unprecedented way. "
        'Reed lost his way. "We need more money," said Rep. Jo Lee, a Maine Democrat '
        "supporting Roe. The board met and denied the change being sought. Joining her at "
        "those meetings was Tom Kemp, a local activist.\n"
    )
    shown = _timeline(raw)
    assert not any(d.endswith("her way") for d in shown)
    assert any(d.endswith("lost his way") for d in shown)
    assert not any("supporting Roe" in d for d in shown)
    assert not any(d.startswith("the change being") for d in shown)
    assert not any("Joining" in d for d in shown)


def test_last_months_of_a_year_date_the_event_by_that_year() -> None:
    raw = (
        "---\npublished: 2016-03-17\n---\nFunds\n\nHale Partners, a hedge fund, increased its "
        "stake in Valeant during the last three months of 2015.\n"
    )
    entry = next(e for e in _entries(raw) if e.trigger.text == "increased")
    assert entry.date is not None and entry.date.startswith("2015")
    assert "2016" not in entry.date


def test_a_time_in_an_unlike_phrase_dates_the_one_compared_with() -> None:
    raw = (
        "---\npublished: 2016-09-04\n---\nAds\n\nUnlike President Obama four years ago, Ann Roe "
        "has run virtually no Spanish-language television ads in the general election.\n"
    )
    entry = next(e for e in _entries(raw) if e.trigger.text == "run")
    assert entry.date is None
