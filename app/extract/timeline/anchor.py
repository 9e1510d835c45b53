"""Anchoring: each time expression dates the event of its own clause; relations the text states
between events ("after", "following", "resulted in") link them.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from app.extract.model import (
    TimeExpression,
)
from app.extract.quotes import quoted_spans
from app.extract.time_periods import Period, timex_period
from app.extract.timeline.event import _Event
from app.extract.timeline.lexicon import _CAUSE_VERBS, _PREPOSITION_RELATION, _REPORTING
from app.extract.timeline.modality import tense_of
from app.extract.timeline.syntax import _head_event, _is_amount, is_non_finite
from app.extract.timex_rules import Context, find
from app.extract.tokens import token_table


def _governing_event(tok: Token, by_index: dict[int, _Event]) -> tuple[_Event | None, str | None]:
    """The event whose clause a token belongs to, and the preposition passed on the way up."""
    relation: str | None = None
    node = tok
    for _ in range(12):
        if node.dep_ == "prep" or (
            node.dep_ in ("mark", "advmod") and node.lower_ in _PREPOSITION_RELATION
        ):
            relation = relation or _PREPOSITION_RELATION.get(node.lower_, "in")
        if node.i in by_index and node.i != tok.i:
            return by_index[node.i], relation
        if node.i != tok.i and _pro_verb(node):
            return None, relation  # "(attacked him) as they did last week": the "did"'s time
        if node.head.i == node.i:
            break
        node = node.head
    return None, relation


def _pro_verb(node: Token) -> bool:
    """Is the word a "did"/"do" standing for a verb told before it, with a subject of its own
    ("as they did in a debate last week"), or a phrase the parse hung such a "did" on?"""
    words = [node, *(c for c in node.children if c.dep_ == "aux")]
    return any(
        w.lemma_ == "do"
        and w.pos_ in ("VERB", "AUX")
        and (w.i != node.i or node.dep_ not in ("aux", "auxpass"))
        and any(c.dep_ == "nsubj" for c in w.children)
        and not any(c.pos_ in ("VERB", "AUX") and c.dep_ in ("xcomp", "ccomp") for c in w.children)
        for w in words
    )


_PART_OF_DAY = re.compile(
    r"the\s+(?:morning|afternoon|evening|night|day)|(?:the\s+)?(?:midnight|noon|overnight)",
    re.IGNORECASE,
)


# A clock time with no day ("about 9:42 p.m.", "at 10 a.m. EST"): it tells the hour, not the
# day. Read as the publication day it misdates a night told the next morning or an attack
# years before; the day, if any, is told by another expression or by the narrative.
_BARE_CLOCK = re.compile(
    r"(?:about|around|at|by|shortly\s+(?:before|after))?\s*\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:a\.m\.?|p\.m\.?|am|pm|o'clock)(?:\s+[A-Z]{2,4})?",
    re.IGNORECASE,
)


# "a year earlier", "two days later": counted from a time the text tells, not from now.
_COUNTED_FROM_TEXT = re.compile(r"\b(?:earlier|later|before|after)\s*$", re.IGNORECASE)


def _counted_from_now(tx: TimeExpression, ref: date) -> bool:
    """Is "a year earlier", "two days later" read against the publication date (its value is
    what the words alone give against it), not against the time the text told before it?"""
    if tx.anchor != "publication" or not _COUNTED_FROM_TEXT.search(tx.text):
        return False
    found = find(tx.text, Context(text=tx.text, ref=ref))
    return bool(found) and found[0].norm.value == tx.value


_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _told_in_another_year(doc: Doc, tx: TimeExpression, period: Period, ref: date) -> bool:
    """Is a bare month ("In August", not "this past September") read against the publication
    date while the text just before it (its paragraph and the two before) tells of another year
    ("In June 2001, ... In August, she flew")? The story's year is then not the calendar's: no
    date."""
    if tx.anchor != "publication" or _YEAR.search(tx.text) or not _MONTH.search(tx.text):
        return False
    if _DEICTIC.search(tx.text):
        return False
    text = doc.text
    paragraphs = [p for p in text[: tx.start].split("\n") if p.strip()][-3:]
    years = {int(y) for p in paragraphs for y in _YEAR.findall(p)}
    return bool(years - {period[0].year, ref.year})


_DEICTIC = re.compile(r"\b(?:this|last|next|past|coming|previous)\b", re.IGNORECASE)


_THING_PREPS = {"from", "of"}


_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos"}


def _describes_a_thing(root: Token, event: Token, by_index: dict[int, _Event]) -> bool:
    """Does a time expression date a thing on the way up to the event rather than the event
    itself ("a tape from 2009", "the 2011 accord")? Then the event does not take its date."""
    node, prep = root, None
    for _ in range(12):
        if node.i == event.i or node.head.i == node.i:
            return False
        if node.dep_ == "prep":
            prep = node.lower_
            if prep == "than":
                return True  # "(would occur weeks later) than the switch in 1972": the baseline
        head = node.head
        if (
            node.dep_ == "appos"
            and node.i != root.i
            and head.i != event.i
            and head.pos_ in ("NOUN", "PROPN")
            and head.ent_type_ not in _DATED
            and node.ent_type_ not in _DATED
        ):
            return True  # "McCain, the nominee in 2008, issued a statement": the nominee's year
        if _comparison_baseline(node, head, event):
            return True  # "(profit fell to $1 million) from $2 million a year earlier"
        if (
            head.i != event.i
            and head.pos_ in ("NOUN", "PROPN")
            and head.i not in by_index
            and head.ent_type_ not in ("DATE", "TIME")
            and (
                prep in _THING_PREPS or node.dep_ in ("poss", "nmod", "compound", "amod", "nummod")
            )
        ):
            return True
        node = head
    return False


def _of_a_year_after(text: str, tx: TimeExpression, timexes: list[TimeExpression]) -> bool:
    """Is the stretch of time followed by "of" and another time expression ("the last three
    months of 2015", "the first nine months of the year")? It is a part of that time, which
    dates the event; counted from the article's date it would be another stretch."""
    rest = _OF.match(text, tx.end)
    return rest is not None and any(other.start == rest.end() for other in timexes)


_OF = re.compile(r"\s+of\s+")


def _after_a_likeness(doc: Doc, start: int) -> bool:
    """Does the time expression follow, with nothing between, words of an "unlike"/"like"
    phrase ("Unlike President Obama four years ago, Clinton has run no ads"; "Like Bush in
    2004, ...")? It dates the one compared with, whatever word the parse hung it on."""
    if start == 0:
        return False
    before = doc[start - 1]
    node = before
    for _ in range(4):
        if node.dep_ == "prep" and node.lower_ in ("unlike", "like"):
            return node.i < before.i  # "Like Bush in 2004, Roe won": Bush's year
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _comparison_baseline(node: Token, head: Token, event: Token) -> bool:
    """Is `node` (on the way up from a time expression) part of the baseline of a comparison:
    hung on an amount ("81 cents a share a year ago") or on "from" followed by an amount ("from
    $1.3 billion a year earlier")? The time dates the old amount, not the change."""
    if head.i == event.i and head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    if head.lower_ == "from" and head.dep_ == "prep":
        return any(
            c.dep_ == "pobj" and c.i != node.i and c.ent_type_ not in _DATED and _is_amount(c)
            for c in head.children
        )
    return head.i != event.i and head.ent_type_ not in _DATED and _is_amount(head)


_DATED = ("DATE", "TIME")


_PAST_TENSES = ("past", "past_perfect", "present_perfect")


def _against_tense(event: _Event, period: Period, ref: date) -> bool:
    """Does the period contradict the tense of a verb event: a past fact wholly after the
    publication date ("declared a dividend payable Dec. 1", "set Nov. 10 as the deadline"), or a
    future one wholly before it? Then the time dates something else (a deadline, a payment)."""
    if event.kind == "noun":
        return False  # "announced the election next Tuesday": the election takes its own time
    if event.tense in _PAST_TENSES and event.modality in ("fact", "negated"):
        # a span of days that opens on the publication day is still to come but for that day:
        # "(the Democrats) spent the entire week (at their convention)" on a Monday is last week
        return period[0] > ref or (
            period[0] == ref and period[1] > ref and event.tense == "past"
        )  # ("has reserved airtime this week" may be of this one)
    if event.tense == "future" or event.modality == "future":
        return period[1] < ref
    return False


def _premodifier(doc: Doc, tx: TimeExpression) -> bool:
    """Is the time expression a modifier before a noun ("the 1959 embargo", "Monday's vote")?
    It dates that noun, not the verb the noun is the object of."""
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "amod", "nummod", "poss", "nmod")


def anchor_events(doc: Doc, events: list[_Event], timexes: list[TimeExpression], ref: date) -> None:
    """Attach each time expression to the event of its clause; sub-clauses without their own
    time share the anchor of the clause they depend on ("made a comeback in the last decade by
    writing off debts")."""
    by_index = {ev.tok.i: ev for ev in events}
    quotes = list(quoted_spans(doc.text))
    for tx in timexes:
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            continue
        event, relation = _governing_event(span.root, by_index)
        if event is not None and _quoted_time(tx, event, quotes):
            continue
        if tx.anchor == "publication" and any(
            c.dep_ in ("relcl", "acl") for c in span.root.children
        ):
            continue  # "the year he returned": the clause says which year, not the calendar
        if event is not None and _describes_a_thing(span.root, event.tok, by_index):
            continue
        if _after_a_likeness(doc, span.start):
            continue  # "Unlike Obama four years ago, Roe has run no ads": Obama's time
        if tx.type == "DURATION" and _of_a_year_after(doc.text, tx, timexes):
            continue  # "during the last three months of 2015": months of 2015, not of now
        # the preposition right before the expression is the clearest signal
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in _PREPOSITION_RELATION:
            relation = _PREPOSITION_RELATION[before.lower_]
        if event is None or event.time is not None:
            continue
        if tx.value.endswith("_REF") or (
            span.root.dep_ in ("amod", "compound", "nummod") and event.kind != "noun"
        ):
            continue  # "recent actions" describes a thing, and REF values are too vague to anchor
        if _PART_OF_DAY.fullmatch(tx.text):
            continue  # "the morning (after the debate)": which day is told elsewhere, if at all
        if tx.anchor == "publication" and _BARE_CLOCK.fullmatch(tx.text.strip()):
            continue  # "heard gunfire about 9:42 p.m.": an hour of some day the text has told
        if _counted_from_now(tx, ref):
            continue  # "(had moved) a year earlier": a year before a time the text told
        period = timex_period(tx, ref)
        if period is None or _against_tense(event, period, ref):
            continue
        if _told_in_another_year(doc, tx, period, ref):
            continue
        event.time, event.relation, event.period = tx, relation or "in", period
        event.anchored = True
    for ev in events:  # "held talks on Tuesday": the object's anchor is the verb's too
        host = ev.host
        if (
            host is not None
            and host.time is None
            and ev.time is not None
            and not _premodifier(doc, ev.time)  # "strengthened the 1959 embargo": the embargo's
        ):
            host.time, host.relation, host.period = ev.time, ev.relation, ev.period
    for ev in events:  # "At a Tuesday rally in Dayton, Roe promised ...": the rally's day
        setting = _set_in(ev, by_index)
        if (
            setting is not None
            and ev.period is not None
            and not _against_tense(setting, ev.period, ref)
        ):
            setting.time, setting.relation, setting.period = ev.time, "in", ev.period
            setting.anchored = True
    for ev in events:  # inheritance, in text order so chains resolve head-first
        if ev.kind == "noun":
            source = ev.host or _head_event(ev.tok, by_index)
            if ev.time is None and ev.cause is None and source is not None and source.time:
                ev.time, ev.relation, ev.period = source.time, source.relation, source.period
        elif (
            ev.time is None
            and is_non_finite(ev.tok)
            and ev.tok.dep_ in ("xcomp", "pcomp", "advcl", "conj", "acl")
        ):
            head = _head_event(ev.tok, by_index)
            if head is not None and head.time is not None:
                ev.time, ev.relation, ev.period = head.time, head.relation, head.period


def _quoted_time(tx: TimeExpression, event: _Event, quotes: list[tuple[int, int]]) -> bool:
    """Is the time expression inside quotation marks that do not hold the event's word ("pledged
    to fight on 'today, tomorrow, forever'"), or, read against the publication date ("tomorrow",
    "Monday", "last week"), inside any quote ("'He arrives here tomorrow,' she said in July")?
    Either way the words date something the speaker said when the article does not say: the
    event gets no date from them."""
    for a, b in quotes:
        if a <= tx.start and tx.end <= b:
            return tx.anchor == "publication" or not a <= event.trigger[0] < b
    return False


_AFTER_SIGNALS = {"following", "after", "since"}


_BEFORE_SIGNALS = {"before", "until", "prior"}


_SIGNALS = _AFTER_SIGNALS | _BEFORE_SIGNALS


# Prepositions that put a clause inside a happening: it took place at that happening's time.
_SETTING_PREPS = {"at", "during", "in", "amid"}


def _set_in(ev: _Event, by_index: dict[int, _Event]) -> _Event | None:
    """The undated verb event whose clause a dated nominal event is the setting of ("At a
    Tuesday rally in Dayton, Roe promised ...", "rebuffed the offer at a meeting on Monday",
    "During his 1992 campaign, an aide coined ..."): the clause happened then. None when the
    noun is no setting, or the verb has a time of its own or is no fact told."""
    noun = ev.tok
    if ev.kind != "noun" or not ev.anchored or ev.time is None or ev.cause is not None:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _SETTING_PREPS:
        return None
    verb = by_index.get(prep.head.i)
    if verb is None or verb.kind == "noun" or verb.time is not None:
        return None
    if verb.modality not in ("fact", "negated"):
        return None  # "could become a factor in the 2014 elections": the elections are sure
    return verb


def link_events(doc: Doc, events: list[_Event]) -> None:
    """Relations the text states: "X following Y", "X before Y", "X coincides with Y",
    "X resulted in / led to Y" (a cause starts first)."""
    by_index = {ev.tok.i: ev for ev in events}
    for ev in events:  # "an operation that resulted in the arrest": the arrest comes after
        if ev.cause is not None:
            cause = ev.cause
            if cause.tok.dep_ == "relcl":
                head = by_index.get(cause.tok.head.i)
                cause = (head.host or head) if head is not None else cause
            ev.after.append(cause.tok.i)
    table = token_table(doc)
    for i, signal in enumerate(table.lower):
        # Every branch below wants a signal word or an event's own token.
        if i not in by_index and signal not in _SIGNALS:
            continue
        tok = doc[i]
        if signal in _SIGNALS and tok.dep_ in (
            "prep",
            "mark",
            "advmod",
            "pcomp",
        ):
            governor, _ = _governing_event(tok, by_index)
            target = _first_event_in(tok, by_index)
            if governor is not None and governor.host is not None:
                governor = governor.host
            if governor is None or target is None or target is governor:
                continue
            if signal in _AFTER_SIGNALS:
                governor.after.append(target.tok.i)
            else:
                target.after.append(governor.tok.i)
        elif (
            tok.i in by_index
            and tok.dep_ in ("ccomp", "acl")
            and tok.head.lemma_ in _REPORTING
            and tense_of(tok) in ("past", "past_perfect", "present_perfect")
        ):
            # "police said the man fled": what is reported in the past happened before the report
            report = _head_event(tok, by_index)
            if report is not None:
                report.after.append(tok.i)
        elif tok.lemma_ == "coincide" and tok.i in by_index:
            for child in tok.subtree:
                if (
                    child.i in by_index
                    and child.i != tok.i
                    and child.dep_ in ("pcomp", "pobj", "acl", "advcl")
                ):
                    by_index[child.i].equal.append(tok.i)
        elif (
            tok.lemma_ in _CAUSE_VERBS
            and tok.i in by_index
            and any(c.lower_ in ("in", "to") for c in tok.children)
        ):
            source = _head_event(tok, by_index) if tok.dep_ == "relcl" else None
            if source is not None:
                by_index[tok.i].after.append((source.host or source).tok.i)


def _first_event_in(signal: Token, by_index: dict[int, _Event]) -> _Event | None:
    """The first event inside the phrase a signal word introduces, a verb if there is one
    ("following reports that troops fired": the firing, not the reports)."""
    found = [by_index[t.i] for t in signal.subtree if t.i in by_index and t.i != signal.i]
    return next((e for e in found if e.kind != "noun"), found[0] if found else None)
