"""Time expressions found in the text and normalized to TIMEX3 values.

The regex grammar of `timex_rules` finds and normalizes most expressions; the spaCy parse adds
what text alone cannot: the tense of the clause (is "Friday" the last one or the next one?),
names that contain date words ("Good Morning America" is not a time), and DATE/TIME entities
the grammar missed, which dateparser normalizes as a last resort.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime
from typing import Any

from spacy.tokens import Doc, Span, Token

from app.extract.model import TimeExpression
from app.extract.timex_rules import UNKNOWN, Context, Found, Norm, as_datetime_date, find, fmt
from app.extract.timex_vocab import MONTH, NAMED_DAY_WORDS, UNIT_PLURALS, UNITS, WEEKDAY, WEEKDAYS
from app.extract.tokens import doc_text

# Entities whose names may contain date words but are not times ("Independence Day" the film
# is a WORK_OF_ART, "May" a PERSON); a time expression wholly inside one of them is dropped.
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "NORP"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_PAST_TAGS = {"VBD"}
_MODAL_AHEAD = {"would", "may", "might", "should"}
# Verbs that put a happening ahead of the time they are told, whatever their tense: a time after
# them is when it is to happen ("planned a rally on Saturday", "postponed the vote until Tuesday").
_SCHEDULING = {"plan", "schedule", "reschedule", "arrange", "slate", "book", "postpone", "delay",
               "defer", "adjourn"}  # fmt: skip


def clause_direction(token: Token) -> int:
    """Tense of the clause a token sits in: -1 past, +1 future, 0 present or unknown."""
    verb = token
    via_noun = False  # "the June agreement", "entry into NATO on Friday": the date dates a noun
    for _ in range(8):  # climb to the governing verb; parse trees of news sentences are shallow
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        if verb.lower_ == "effective" and verb.i < token.i:
            # "created an office, effective Feb. 1": the day it takes effect, which the verb's
            # tense does not date; the nearest such day is meant
            return 0
        verb = verb.head
        via_noun = via_noun or verb.pos_ in ("NOUN", "PROPN")
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    lowers = {w.lower_ for w in words}
    if (
        verb.tag_ == "VBG"
        and len(words) == 1
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        # a participle clause has no tense of its own, it takes that of the verb it hangs on:
        # "has fluctuated sharply, rising to a high in June from $29.75 in March" (past)
        return clause_direction(verb.head)
    if (
        verb.tag_ == "VBG"
        and len(words) == 1
        and verb.dep_ == "pcomp"
        and verb.head.dep_ == "prep"
        and verb.head.head.pos_ in ("VERB", "AUX")
        and verb.head.head.i != verb.i
    ):
        # so does a gerund after a preposition: "quit before announcing her run in April"
        return clause_direction(verb.head.head)
    if lowers & _FUTURE_AUX or ("going" in lowers and any(c.lower_ == "to" for c in verb.children)):
        return 1
    # "to sign", and the passive "to be signed" (whose participle carries the "to")
    infinitive = (verb.tag_ == "VB" or (verb.tag_ == "VBN" and "be" in lowers)) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    if infinitive and not via_noun and verb.dep_ == "advcl" and verb.head.i != verb.i:
        # a purpose clause shares the time of what it is for: "staged rallies to mark the entry
        # on Friday" (past), "will fly to Paris to sign the deal on Friday" (future)
        return clause_direction(verb.head)
    if (
        infinitive
        and not via_noun
        and verb.dep_ == "xcomp"
        and verb.head.lemma_ in _IMPLICATIVE
        and verb.head.i != verb.i
    ):
        # what one failed, managed or was forced to do happened when that did: "failed to
        # predict the win on Tuesday", "forced her to resign Sunday" (past)
        return clause_direction(verb.head)
    if infinitive and not via_noun and verb.dep_ in ("xcomp", "ccomp", "conj"):
        # "planned to leave on Thursday", "is to resume trading Tuesday": still ahead of the
        # governing verb, unless that is a past perfect ("had been due to expire Friday")
        above = [verb.head, verb.head.head]
        governing = {c.lower_ for h in above for c in h.children if c.dep_ in ("aux", "auxpass")}
        return -1 if "had" in governing or verb.head.lower_ == "had" else 1
    if lowers & _MODAL_AHEAD and not via_noun:
        return 1  # "would be traveling Thursday", "may plead guilty this week"
    if verb.lemma_ in _SCHEDULING and token.i > verb.i and verb.dep_ not in ("acl", "amod"):
        return 1  # "planned a demonstration on Saturday", "scheduled a news conference Thursday"
    auxes = {w.lower_ for w in words[1:]}
    if (
        any(w.tag_ in _PAST_TAGS for w in words)
        or "had" in lowers
        or "has" in auxes  # a perfect; "have" as the verb itself ("they have talks") is present
        or "have" in auxes
    ):
        return -1
    if verb.tag_ == "VBN" and verb.dep_ != "ROOT":
        return -1
    if (
        verb.tag_ in ("VBZ", "VBP")
        and len(words) == 1
        and token.lower_.rstrip(".") in WEEKDAYS
        and token.head.i in (verb.i, *(c.i for c in verb.children if c.dep_ == "prep"))
        and verb.lemma_ not in _NOT_FUTURATE
        and not any(c.dep_ == "neg" for c in verb.children)
    ):
        # the simple present with a weekday tells what is scheduled: "the two leaders meet
        # Sunday", "the league plans a rally on Tuesday"
        return 1
    if (
        verb.tag_ == "VBG"
        and {w.lower_ for w in words[1:]} in ({"is"}, {"are"}, {"am"}, {"'s"}, {"'re"})
        and token.lower_.rstrip(".") in WEEKDAYS
        and token.head.i in (verb.i, *(c.i for c in verb.children if c.dep_ == "prep"))
        and verb.lemma_ not in _NOT_FUTURATE
        and not any(c.dep_ == "neg" for c in verb.children)
    ):
        # so does the present progressive: "she is hosting a dinner on Friday" is an arranged
        # event still to come (what went on last Friday is told in the past: "hosted")
        return 1
    return 0


# Verbs whose infinitive tells what did (or did not) happen at their own time, not a plan:
# "failed to win on Tuesday", "was forced to resign Sunday", "managed to land on Friday".
_IMPLICATIVE = {"fail", "manage", "force", "compel", "cause", "try", "attempt", "begin", "start",
                "continue", "decline", "refuse", "forget", "neglect", "dare", "bother",
                "hesitate", "choose", "opt", "happen", "prove", "help", "get"}  # fmt: skip


# Present-tense verbs that report, hold or describe rather than schedule: "says Tuesday".
_NOT_FUTURATE = {"be", "have", "say", "tell", "report", "note", "add", "claim", "insist",
                 "write", "want", "think", "believe", "know", "remain", "seem", "appear",
                 "show", "mean", "need", "continue"}  # fmt: skip


# Events held on a calendar: a bare month naming one ("the November election") names the coming
# one unless the clause is told in the past ("he lost the November election").
_CALENDAR_EVENTS = {"election", "vote", "primary", "caucus", "referendum", "ballot", "runoff",
                    "convention", "summit", "deadline", "poll", "polls"}  # fmt: skip


def _direction_in(doc: Doc) -> callable:  # type: ignore[valid-type]
    def direction(start: int, end: int) -> int:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return 0
        told = clause_direction(span.root)
        root = span.root
        if (
            told == 0
            and len(span) == 1
            and root.dep_ in ("compound", "nmod", "amod", "npadvmod")
            and root.head.lemma_.lower() in _CALENDAR_EVENTS
            and root.head.i > root.i
        ):
            return 1
        return told

    return direction


_RATE_WORDS = {"times", "once", "twice", "percent", "cents", "dollars", "miles", "hours"}


def _rate_before(doc: Doc) -> callable:  # type: ignore[valid-type]
    """ "four flights a week", "$5 an hour": a count or amount right before "a <unit>"."""

    def rate_before(start: int) -> bool:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        prev = doc[span.start - 1]
        return prev.tag_ in ("NNS", "CD", "NNPS") or prev.lower_ in _RATE_WORDS or prev.like_num

    return rate_before


def _tag_at(doc: Doc) -> callable:  # type: ignore[valid-type]
    def tag_at(start: int) -> str:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0].tag_ if span is not None and len(span) else ""

    return tag_at


def extract_time_expressions(doc: Doc, published: date | datetime | None) -> list[TimeExpression]:
    """Every temporal expression in `doc`, resolved against the publication date when relative."""
    ref = as_datetime_date(published)
    text = doc_text(doc)
    ctx = Context(
        text=text,
        ref=ref,
        direction=_direction_in(doc),
        rate_before=_rate_before(doc),
        tag_at=_tag_at(doc),
    )
    found = [f for f in find(text, ctx) if not _inside_name(doc, f)]
    found = _add_spacy_dates(doc, found, ref)
    out: list[TimeExpression] = []
    for i, f in enumerate(found, start=1):
        anchor = None
        if f.norm.relative:
            anchor = "publication" if ref is not None else "unresolved"
        out.append(
            TimeExpression(
                id=f"t{i}",
                text=text[f.start : f.end],
                start=f.start,
                end=f.end,
                type=f.norm.type,
                value=f.norm.value,
                mod=f.norm.mod,
                anchor=anchor,
            )
        )
    return out


def _inside_name(doc: Doc, f: Found) -> bool:
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    labels = {t.ent_type_ for t in span}
    if labels & _NAME_LABELS and not labels & {"DATE", "TIME"}:
        # a whole-name match only: "Friday" inside "Friday Night Lights"
        ent = span[0].ent_iob_ != "O" and _entity_of(doc, span[0])
        return bool(
            ent
            and ent.start_char <= f.start
            and ent.end_char >= f.end
            and ent.end_char - ent.start_char > f.end - f.start
        )
    return False


def _entity_of(doc: Doc, token: Token) -> Span | None:
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


# spaCy DATE entities the grammar has no rule for ("the 12th of never" aside) are mostly dates
# written in ways dateparser knows. Ages and vague words it tags DATE are not worth a timex.
_SPACY_SKIP = re.compile(
    r"\b(?:old|age|aged|annual|birthday|anniversary)\b|^\W*$|^[\d\s,.]+$|^(?:one|some)\s+day$",
    re.I,
)

_WEEKDAY_WORD = re.compile(rf"\b(?:{WEEKDAY})", re.I)
_ORDINAL_ONLY = re.compile(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)", re.I)
_NAMED_AFTER = re.compile(r"\s+(?:for|of|on|in)\s+[A-Z]")
_GRAMMAR_WORD = re.compile(rf"(?:{MONTH}|{WEEKDAY}|(?:to|yester)day(?:'s|’s)?|noon|midnight)", re.I)


def _add_spacy_dates(doc: Doc, found: list[Found], ref: date | None) -> list[Found]:
    extra: list[Found] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(f.start < ent.end_char and ent.start_char < f.end for f in found):
            continue
        if _SPACY_SKIP.search(ent.text) or (
            _GRAMMAR_WORD.fullmatch(ent.text.strip())
            and (
                ent.text[:1].islower()
                or ent.text.strip().lower().startswith(("today", "yesterday"))
                or _NAMED_AFTER.match(doc.text, ent.end_char)
            )
        ):
            # a lone word the grammar turned down and the writing does not vouch for: "the
            # March for Life", "today's youth"; "a May interview" is still the month
            continue
        if any(
            t.text[:1].isupper() and not t.is_sent_start and _is_unit_word(t.lower_) for t in ent
        ):
            continue  # CBS's "60 Minutes", ABC's "This Week": a capitalised unit names a title
        if _WEEKDAY_WORD.search(ent.text):
            continue  # the grammar reads every weekday; one it declined it declined on purpose
            # ("the last Friday in August", "Super Tuesday")
        if ent.start > 0 and doc[ent.start - 1].lower_ in NAMED_DAY_WORDS:
            continue  # "Super Tuesday": a named day the grammar declined
        if ent.start > 0 and doc[ent.start - 1].tag_ == "PRP$":
            continue  # "in his 30s", "in her early twenties": an age, not a time
        if (
            _ORDINAL_ONLY.fullmatch(ent.text.strip())
            and ent.end < len(doc)
            and doc[ent.end].pos_ in ("NOUN", "PROPN", "ADJ")
        ):
            continue  # "the 13th amendment", "the 21st century": an ordinal of a thing, no day
        norm = _dateparser_norm(ent.text, ref)
        if norm is not None:
            extra.append(Found(ent.start_char, ent.end_char, norm, "spacy+dateparser"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


def _is_unit_word(word: str) -> bool:
    singular = UNIT_PLURALS.get(word) or (word[:-1] if word.endswith("s") else word)
    return word in UNITS or singular in UNITS


@functools.lru_cache(maxsize=4096)
def _dateparser_norm(text: str, ref: date | None) -> Norm | None:
    """dateparser's reading of a date phrase, at the granularity it reports; cached because slow."""
    try:
        date_obj, period_name = _date_data(text, ref)
    except Exception:  # dateparser raises assorted errors on odd strings; a miss is fine here
        return None
    if date_obj is None:
        return None
    period = {"day": "D", "week": "W", "month": "M", "year": "Y", "time": "D"}.get(
        period_name or "day", "D"
    )
    absolute = bool(re.search(r"\b\d{4}\b", text))
    if ref is None and not absolute:
        return Norm("DATE", UNKNOWN[period], relative=True)
    return Norm("DATE", fmt(date_obj.date(), period), relative=not absolute)


def _date_data(text: str, ref: date | None) -> tuple[datetime | None, str | None]:
    """dateparser's (date_obj, period) for `text`, narrowed to types (dateparser ships none)."""
    if ref is None:
        data = _date_data_parser().get_date_data(text, date_formats=None)
    else:
        data = _parse_at(text, datetime(ref.year, ref.month, ref.day))
    if data is None:
        return None, None
    date_obj, period = data.date_obj, data.period
    return (
        date_obj if isinstance(date_obj, datetime) else None,
        period if isinstance(period, str) else None,
    )


def _parse_at(text: str, base: datetime) -> Any:  # an untyped dateparser DateData
    return _date_data_parser_at(base).get_date_data(text)


@functools.lru_cache(maxsize=64)
def _date_data_parser_at(base: datetime) -> Any:  # an untyped dateparser DateDataParser
    """A parser reading relative dates against `base`; kept, as building one costs more than a
    parse and a load's articles share few publication dates. It keeps no state between parses
    (`try_previous_locales` is off)."""
    import dateparser.date

    return dateparser.date.DateDataParser(
        languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    )


def load_dateparser() -> None:
    """Load dateparser's English tables now: its first parse in a process costs ~0.2 s."""
    _date_data_parser().get_date_data("3 March 2021")


@functools.lru_cache(maxsize=1)
def _date_data_parser() -> Any:  # an untyped dateparser DateDataParser
    import dateparser.date

    return dateparser.date.DateDataParser(languages=["en"])
