"""The timeline entries of a brief: run the analysis, describe each shown event, set its modality
(`reported` inside a claim or a quote), its order, placement and bounds, and its confidence.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from app.extract.model import (
    Claim,
    Entity,
    Modality,
    Span,
    TimeExpression,
    TimelineEvent,
)
from app.extract.quotes import quoted_spans
from app.extract.time_periods import period_label
from app.extract.timeline.agents import (
    _agent_id,
    _name_mentions,
    _participants,
    _speaker_agent,
    object_antecedent,
)
from app.extract.timeline.anchor import anchor_events, link_events
from app.extract.timeline.describe import OBJECT_NAMES, describe_entry
from app.extract.timeline.detect import detect_events
from app.extract.timeline.event import _Event
from app.extract.timeline.lexicon import _HELD_NOUNS, _LIGHT, EventLexicon
from app.extract.timeline.order import order_events
from app.extract.timeline.select import select_events
from app.extract.timeline.syntax import _doer, _subject
from app.extract.timeline_confidence import confidence
from app.extract.timex_rules import as_datetime_date
from app.extract.tokens import doc_text

# Under this confidence a claim makes only what would be shown as fact a reported event.
REPORTING_CLAIM_CONFIDENCE = 0.5


def build_timeline(
    doc: Doc,
    time_expressions: list[TimeExpression],
    entities: list[Entity],
    published: date | datetime | None,
    *,
    lexicon: EventLexicon | None = None,
    claims: list[Claim] | None = None,
) -> list[TimelineEvent]:
    """The reported happenings in timeline order (`order` 0 = earliest), listed in that order.

    Ids (`e1`, `e2`, ...) number the events in the order of the text; the list is in `order`, so
    the full brief and `/briefs/{id}/timeline` list them alike. `lexicon` is the parsing model's
    (`event_lexicon(nlp)`, built once by the pipeline); `claims` are the brief's attributions: an
    event that exists only inside one is `reported`.
    """
    pairs = timeline_entries(
        doc, time_expressions, entities, published, lexicon=lexicon, claims=claims
    )
    return sorted((entry for _, entry in pairs), key=lambda entry: entry.order)


def timeline_entries(
    doc: Doc,
    time_expressions: list[TimeExpression],
    entities: list[Entity],
    published: date | datetime | None,
    *,
    lexicon: EventLexicon | None = None,
    claims: list[Claim] | None = None,
) -> list[tuple[_Event, TimelineEvent]]:
    """`build_timeline` with the analysis behind each entry (for benchmarks and training)."""
    lexicon = lexicon or EventLexicon()
    ref = as_datetime_date(published)
    events = analyse_events(doc, time_expressions, published, lexicon)
    shown = [ev for ev in events if ev.reportable]
    text = doc_text(doc)
    names = _name_mentions(doc, entities)
    # "Mr. Reed declined to attack him", "his brother died": a "him"/"her" object or a
    # "his"/"her" possessor is written by the one person it can be (`object_antecedent`)
    objects: dict[int, str] = {}
    for tok in doc:
        if tok.lower_ in ("him", "her", "his"):
            person = object_antecedent(tok, names)
            if person is not None:
                objects[tok.i] = person[1].name + ("'s" if tok.dep_ == "poss" else "")
    doc.user_data[OBJECT_NAMES] = objects
    # a content of several parts holds the parts, not the speaker's tag between them ('"A,"
    # said Roe, who had led the inquiry. "B."': the inquiry is the writer's word)
    contents = [(p.start, p.end, c) for c in claims or [] for p in c.content.parts or [c.content]]
    quotes = [*quoted_spans(text), *transcript_turns(text)]
    said = {ev.tok.i: describe_entry(ev, names) for ev in shown}
    for ev in events:
        if ev.drop == "setting":
            verb = ev.tok.head.head
            told = said.get(verb.i)
            if told is None or told == text[verb.idx : verb.idx + len(verb.text)]:
                ev.drop = None  # the clause it is the setting of has no entry: it tells itself
    shown = [ev for ev in events if ev.reportable]
    placed: list[tuple[_Event, TimelineEvent]] = []
    for ev in shown:
        known = (
            ev.period
            if ev.period and (ref is not None or ev.time is None or ev.time.anchor != "unresolved")
            else None
        )
        bound = _inexact_bound(ev)
        if bound is not None:
            known = None  # "more than 20 years ago": not that year, some time before it
        description = said[ev.tok.i] if ev.tok.i in said else describe_entry(ev, names)
        if description is None or description == text[ev.trigger[0] : ev.trigger[1]]:
            continue  # a verb alone ("ended", "worked out") tells a reader nothing
        claim = _claim_of(ev, contents)
        doubtful = claim is not None and claim.confidence < REPORTING_CLAIM_CONFIDENCE
        if doubtful and ev.modality != "fact":
            # A doubtful claim ("to prove that the scheme posed no risk") does not make what
            # it covers someone's report unless the event would otherwise be shown as fact
            # ("following reports that special forces conducted an operation").
            claim = None
        # Everything inside a claim's content is the source's word: `reported`, whatever its
        # own modality, which `reported_modality` keeps ("will save lives": future). So are
        # words inside quotation marks that no claim covers: someone's words, not a fact told.
        quoted = claim is None and (
            any(a <= ev.trigger[0] < b for a, b in quotes)
            or _content_of_a_held_noun(ev.tok)
            or _content_of_a_saying(ev.tok)
            or _continued_report(ev.tok)
        )
        modality: Modality = "reported" if claim is not None or quoted else ev.modality
        own: Modality = ev.modality
        if claim is not None and own == "fact" and _denies(claim):
            own = "negated"  # "she denied that she mishandled the files": the source says no
        entry = TimelineEvent(
            id="",
            order=0,
            description=description,
            start=ev.start,
            end=ev.end,
            trigger=Span(text[ev.trigger[0] : ev.trigger[1]], *ev.trigger),
            time=ev.time,
            entities=_participants(ev, entities, names),
            modality=modality,
            tense=ev.tense,
            date=period_label(known) if known and ev.time else None,
            agent=_agent_id(ev, names) or _speaker_agent(ev, claim),
            claim_id=claim.id if claim is not None else None,
            reported_by=claim.source.text if claim is not None and claim.source else None,
            reported_modality=own if claim is not None or quoted else None,
        )
        if entry.agent is None and _in_quotation(ev, quotes) and _bare_person(ev, description):
            # "he found evidence", "we can work together" in what someone says: whom the
            # speaker means by the pronoun, neither the parse nor the entry can tell; a deed of
            # no one a reader can place is left out
            continue
        if bound is not None:
            side, label = bound
            if side == "before":
                entry.not_after = label
            else:
                entry.not_before = label
        placed.append((ev, entry))
    for i, (_, entry) in enumerate(placed, start=1):
        entry.id = f"e{i}"
    _place(placed, ref)
    weights = lexicon.confidence
    for ev, entry in placed:
        entry.confidence = confidence(entry_features(ev, entry), weights)
    return placed


# Subject pronouns of a person or persons that an entry cannot write as anyone a reader knows.
_PERSON_PRONOUNS = {"he", "she", "i", "we"}


def _in_quotation(ev: _Event, quotes: list[tuple[int, int]]) -> bool:
    """Is the event's doer between paired quotation marks (or in an interview's turn)?"""
    doer = _doer(ev.tok) if ev.kind != "noun" else None
    return doer is not None and any(a <= doer.idx < b for a, b in quotes)


def _bare_person(ev: _Event, description: str) -> bool:
    """Is the event's doer a "he"/"she"/"I"/"we" the description writes as the bare pronoun
    (no name found for it)?"""
    if ev.kind == "noun":
        return False
    doer = _doer(ev.tok)
    if doer is None or doer.pos_ != "PRON" or doer.lower_ not in _PERSON_PRONOUNS:
        return False
    if doer.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in doer.head.children):
        return False  # "he was received by his counterpart": the deed is the counterpart's
    return re.search(rf"(?<![\w']){re.escape(doer.text)}(?![\w])", description) is not None


# Modifiers that make a past date a bound ("more than 20 years ago" is before that year, "less
# than a year ago" after it), not the date of the event.
_BEFORE_MODS = {"MORE_THAN", "EQUAL_OR_MORE"}
_AFTER_MODS = {"LESS_THAN", "EQUAL_OR_LESS"}


def _inexact_bound(ev: _Event) -> tuple[str, str] | None:
    """("before" | "after", date label) for an event dated by a bounded past date."""
    tx = ev.time
    if tx is None or ev.period is None or tx.type != "DATE":
        return None
    if ev.relation in _BOUND_RELATIONS:
        # "until Thursday, Trump has refused", "fired them from 2011 (to 2016)", "by Friday":
        # the date bounds the event, it is not when it happened
        return _BOUND_RELATIONS[ev.relation], period_label(ev.period)
    if tx.mod is None:
        return None
    # "more than 20 years ago" is before that year; "more than a year later", after it
    forward = _FORWARD.search(tx.text) is not None
    if tx.mod in _BEFORE_MODS:
        return ("after" if forward else "before"), period_label(ev.period)
    if tx.mod in _AFTER_MODS:
        return ("before" if forward else "after"), period_label(ev.period)
    return None


# Relations of an event to its time that make the time a bound: "before" (until, till, prior
# to, before), "by" (a deadline), "since"/"after" (from, since, after).
_BOUND_RELATIONS = {"before": "before", "by": "before", "since": "after", "after": "after"}


_FORWARD = re.compile(r"\b(?:later|after|afterwards|from now|hence|on)\b", re.IGNORECASE)


_DENIAL_CUES = {"deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "dispute",
                "disputes", "disputed"}  # fmt: skip


def _content_of_a_held_noun(tok: Token) -> bool:
    """Is the verb the "that" clause of a noun for what someone holds or says ("birtherism,
    the notion that Obama wasn't born on American soil", "Trump's statement that women should
    be punished")? It is someone's word, shown `reported`, with no claim when none covers it."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if (
        node.dep_ == "ccomp"
        and node.left_edge.i > 0
        and any(
            c.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr")
            and c.lemma_.lower() in _HELD_NOUNS
            and c.right_edge.i == node.left_edge.i - 1
            and c.i < node.i
            for c in node.head.subtree
        )
    ):
        # "renews accusations (that) the mayor had used ...", "(we have been here before,)
        # with suggestions in the 1980s that the party was finished": the parse hung the
        # noun's clause on the verb
        return True
    if (
        node.dep_ in ("relcl", "acl")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in node.children
        )
    ):
        # "complaints by the secretary, Jo Hale, that the steel was being sold ...": the
        # parse hung the held noun's clause on a name after it; no verb between them
        doc = node.doc
        start = node.left_edge.i
        for t in doc[max(node.sent.start, start - 12) : start]:
            if (
                t.lemma_.lower() in _HELD_NOUNS
                and t.pos_ == "NOUN"
                and not any(w.pos_ in ("VERB", "AUX") for w in doc[t.i + 1 : start])
            ):
                return True
    return (
        node.dep_ == "acl"
        and node.head.lemma_.lower() in _HELD_NOUNS
        and (
            any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
            # "allegations the council had sold the land": a clause with its own subject and
            # object is what the noun holds ("the allegations the council made" is a relative)
            or (
                any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in node.children)
                and any(c.dep_ == "dobj" for c in node.children)
            )
        )
    )


# Verbs of saying whose complement clause is the sayer's word, not the writer's fact.
_SAYING_VERBS = {"say", "tell", "claim", "allege", "assert", "insist", "contend", "argue",
                 "maintain", "confide", "recall", "write", "tweet", "add", "explain",
                 "acknowledge", "admit", "report", "announce", "state", "declare", "testify",
                 "boast", "complain", "recount",
                 # what one tries to make others believe: "convince voters that ..."
                 "convince", "persuade", "assure", "reassure"}  # fmt: skip


def _content_of_a_saying(tok: Token) -> bool:
    """Is the verb in the complement clause of a verb of saying, or joined to one ("Roe said
    that the mayor could be harsh, and that Hale had struggled with it"; "claiming he was
    offered a scholarship")? What it tells is the sayer's word (`reported`), also where no
    claim was made of it."""
    node = tok
    for _ in range(3):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ != "ccomp":
        return False
    head = node.head
    if head.lemma_.lower() in _SAYING_VERBS:
        return True
    # a closing tag of a speaker going on ("..., he went on", "..., she continued")
    return node.i < head.i and (
        head.lemma_.lower() == "continue"
        or (
            head.lemma_.lower() == "go"
            and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)
        )
    )


# Verbs of thinking whose backshifted clause, like one of saying, a next sentence may go on.
_THINKING_VERBS = {"believe", "think", "feel", "argue", "suggest", "warn", "insist"}


def _backshifted(verb: Token) -> bool:
    """Is the clause told in a report's shifted tense: the past perfect ("had failed"), "had
    to" ("had to be studied"), or a bare "would" ("would fall")?"""
    auxes = [a.lower_ for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if "had" in auxes and verb.tag_ == "VBN":
        return True
    if "would" in auxes and "have" not in auxes:
        return True
    if verb.lemma_ == "have" and verb.tag_ == "VBD":
        # "had to be studied": the parse may make "had" the clause's verb, or its head
        return any(
            c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in verb.children
        )
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ == "have"
        and verb.head.tag_ == "VBD"
        and any(a.tag_ == "TO" for a in verb.children)
    )


def _report_sentence(sent: SpacySpan) -> bool:
    """Is the sentence a report in the past: its main verb a past verb of saying or thinking
    whose complement clause is in the shifted tense or the past ("He said ministers had not
    delivered", "He believed the majority favoured it")?"""
    root = sent.root
    lemma = root.lemma_.lower()
    if lemma not in _SAYING_VERBS | _THINKING_VERBS or root.tag_ != "VBD":
        return False
    return any(c.dep_ == "ccomp" and (_backshifted(c) or c.tag_ == "VBD") for c in root.children)


def _continued_report(tok: Token) -> bool:
    """Does the verb's sentence go on with what the sentence before reported, with no tag of its
    own ("He said ministers had not delivered. New Labour had failed on school discipline")?
    Its main verb is in a report's shifted tense (past perfect, "had to", "would"), it holds no
    verb of saying, quotation or first person, and the sentence before is a report in the past
    (or such a continuation). What it tells is the speaker's word, not the writer's."""
    sent = tok.sent
    if sent.start == 0 or not _backshifted(sent.root):
        return False
    for word in sent:
        if word.is_quote or word.lower_ in ("i", "we", "my", "our", "me", "us"):
            return False
        if word.lemma_.lower() in _SAYING_VERBS | _THINKING_VERBS | {"say"} and word.pos_ == "VERB":
            return False
    before = tok.doc[sent.start - 1].sent
    for _ in range(2):
        if _report_sentence(before):
            return True
        if before.start == 0 or not _backshifted(before.root):
            return False
        before = tok.doc[before.start - 1].sent
    return False


def _denies(claim: Claim) -> bool:
    """Is the claim a denial ("denied that ...", "disputes that ...")? What it holds, its source
    says did not happen."""
    return claim.cue is not None and claim.cue.text.lower() in _DENIAL_CUES


def _claim_of(ev: _Event, contents: list[tuple[int, int, Claim]]) -> Claim | None:
    """The claim whose content holds the event's trigger, if any (the innermost)."""
    start, end = ev.trigger
    inside = [(c_end - c_start, c) for c_start, c_end, c in contents if c_start <= start < c_end]
    inside = [(n, c) for n, c in inside if end <= c.content.end]
    return min(inside, key=lambda x: x[0])[1] if inside else None


_DEP_FEATURES = ("ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl", "pcomp", "dobj", "pobj",
                 "nsubj", "acl", "parataxis")  # fmt: skip


def entry_features(ev: _Event, entry: TimelineEvent) -> dict[str, float]:
    """What the confidence model reads of an entry: how it was found and what it claims."""
    tok = ev.tok
    dep = tok.dep_ if tok.dep_ in _DEP_FEATURES else "other"
    features = {
        f"kind={ev.kind}": 1.0,
        f"tense={ev.tense}": 1.0,
        f"modality={shown_modality(entry)}": 1.0,
        f"placement={entry.placement}": 1.0,
        f"dep={dep}": 1.0,
        f"tag={tok.tag_}": 1.0,
        "dated": 1.0 if entry.date else 0.0,
        "anchored": 1.0 if ev.anchored else 0.0,
        "inherited_time": 1.0 if ev.time is not None and not ev.anchored else 0.0,
        "agent": 1.0 if entry.agent else 0.0,
        "subject": 1.0 if _subject(tok) is not None else 0.0,
        "object": 1.0 if any(c.dep_ in ("dobj", "attr") for c in tok.children) else 0.0,
        "in_quote": 1.0 if _in_quotes(tok) else 0.0,
        "claim": 1.0 if entry.claim_id else 0.0,
        "light": 1.0 if tok.lemma_ in _LIGHT else 0.0,
        "cause_result": 1.0 if ev.cause is not None else 0.0,
        "relations": min(len(ev.after) + len(ev.equal), 3) / 3,
        "words": min(len(entry.description.split()), 20) / 20,
    }
    if ev.relation and ev.time is not None:
        features[f"relation={ev.relation}"] = 1.0
    return features


def shown_modality(entry: TimelineEvent) -> Modality:
    """The modality that says most of the entry: `reported` for a plain fact inside a claim,
    else the event's own ("will save lives" inside a claim: future)."""
    own = entry.reported_modality
    return entry.modality if own is None or own == "fact" else own


def _in_quotes(tok: Token) -> bool:
    """Is the token inside a quotation (`quotes.quoted_spans`)?"""
    return any(start <= tok.idx < end for start, end in quoted_spans(doc_text(tok.doc)))


# A question-and-answer transcript's turns: "Q: ..." and "A: ..." at the start of a line.
_TURN = re.compile(r"^[ \t]*([QA])[ \t]*:[ \t]+\S", re.MULTILINE)
_MIN_TURNS = 2  # of each kind, for the text to read as an interview transcript


def transcript_turns(text: str) -> list[tuple[int, int]]:
    """The spans of an interview transcript's turns ("Q: Do you ...?" / "A: I think ..."), each
    from its marker to the next marker (an answer may run over several paragraphs), the last
    to the end of the text. Everything in them is the interviewer's or the interviewee's
    words, not the writer's account: an event told there is someone's report, never shown as
    plain fact. Empty unless both kinds of turn occur at least twice."""
    marks = list(_TURN.finditer(text))
    if min(sum(m.group(1) == k for m in marks) for k in "QA") < _MIN_TURNS:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(m.start(), end) for m, end in zip(marks, ends, strict=True)]


def _place(placed: list[tuple[_Event, TimelineEvent]], ref: date | None) -> None:
    """`order`, `placement` and interval bounds: dated entries by date; undated ones by what the
    text states about them ("after", "before", "following") or by their tense against the
    publication date; entries that neither supports come last, in text order, as `undated`."""
    dated = {ev.tok.i: entry for ev, entry in placed if ev.period is not None}
    for ev, entry in placed:
        if ev.period is not None:
            # a bounded date ("more than 20 years ago") places the entry by the text's bound
            entry.placement = "date" if entry.date else "text"
            continue
        before_ids: list[str] = []
        after_ids: list[str] = []
        for i in ev.after:  # it comes after these
            other = dated.get(i)
            if other is not None and other.date:
                entry.not_before = max(entry.not_before or "", other.date)
                after_ids.append(other.id)
        for ev2, other in placed:  # these come after it
            if ev.tok.i in ev2.after and ev2.period is not None and other.date:
                entry.not_after = min(entry.not_after or "9999", other.date)
                before_ids.append(other.id)
        if after_ids or before_ids:
            entry.placement = "text"
            entry.bound_by = after_ids + before_ids
        elif ev.tense in ("past", "past_perfect", "present_perfect") and ev.modality in (
            "fact",
            "negated",
        ):
            entry.placement = "tense"
            if ref is not None:
                entry.not_after = ref.isoformat()
        elif ev.modality == "future" or ev.tense == "future":
            entry.placement = "tense"
            if ref is not None:
                entry.not_before = ref.isoformat()
        elif ev.tense in ("past", "past_perfect", "present_perfect", "present"):
            entry.placement = "tense"  # the present happens at publication time
        else:
            entry.placement = "undated"
    ranked = sorted(placed, key=_rank)
    for rank, (_, entry) in enumerate(ranked):
        entry.order = rank


def _rank(pair: tuple[_Event, TimelineEvent]) -> tuple[bool, float, int]:
    ev, entry = pair
    undated = entry.placement == "undated"
    return undated, 0.0 if undated else ev.key, ev.tok.i


def analyse_events(
    doc: Doc,
    time_expressions: list[TimeExpression],
    published: date | datetime | None,
    lexicon: EventLexicon | None = None,
) -> list[_Event]:
    """Every TimeML-style event, anchored, linked, keyed in time order and marked shown or not."""
    ref = as_datetime_date(published) or date.today()
    events = detect_events(doc, lexicon or EventLexicon())
    anchor_events(doc, events, time_expressions, ref)
    if published is not None:
        _scheduled_settings(events, ref)
    link_events(doc, events)
    order_events(doc, events, ref)
    select_events(events)
    return events


def _scheduled_settings(events: list[_Event], ref: date) -> None:
    """A nominal event dated by its own time expression and named as the setting of a clause
    that is no fact ("could become a factor in the November elections", "is expected to endorse
    a candidate in the 2016 election") takes place whatever that clause says: it is `future`
    when its date is after publication, a `fact` when before; the clause's doubt is not its.
    Any nominal event dated by its own time expression after publication is `future`."""
    for ev in events:
        if (
            ev.kind != "noun"
            and ev.anchored
            and ev.period is not None
            and ev.modality == "fact"
            and ev.period[0] > ref
            and ev.tok.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in ev.tok.children)
        ):
            # "she is hosting a dinner on Friday" dated to a Friday still ahead: the present
            # progressive tells an arranged event that has not happened yet
            ev.modality = "future"
            continue
        if (
            ev.kind == "noun"
            and ev.anchored
            and ev.period is not None
            and ev.modality == "fact"
            and ev.period[0] > ref
        ):
            if (
                ev.time is not None
                and _yearless(ev.time.text)
                and ev.tok.dep_ == "pobj"
                and ev.tok.head.lower_ in ("during", "at", "in", "after", "since")
                and _told_in_past(ev.tok)
            ):
                # "said during an interview in October" in an August article: an October
                # before it; which one, the text does not say, so no date rather than a future
                ev.period, ev.time, ev.anchored = None, None, False
                continue
            # "November's general election" in a June article: it has not happened yet
            ev.modality = "future"
            continue
        if (
            ev.kind == "noun"
            and ev.anchored
            and ev.period is not None
            and ev.modality in ("uncertain", "hypothetical", "future")
            and ev.tok.dep_ == "pobj"
            and ev.tok.head.lower_ in _SETTING_PREPS
        ):
            if ev.period[0] > ref:
                ev.modality = "future"
            elif ev.period[1] < ref:
                ev.modality = "fact"


def _yearless(text: str) -> bool:
    """Does a time expression name no year ("October", "March 3", not "October 2015")?"""
    return re.search(r"\b\d{4}\b|\b'\d{2}\b", text) is None


def _told_in_past(tok: Token) -> bool:
    """Is the nearest finite verb above a word in the past tense ("During an interview in
    October, Hale said ...")?"""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        tags = {node.tag_} | {c.tag_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        if "MD" in tags or tags & {"VBZ", "VBP"}:
            return False
        if "VBD" in tags:
            return True
    return False


_SETTING_PREPS = {"in", "during", "at", "before", "after", "ahead", "until", "for"}


def event_keys(
    doc: Doc,
    time_expressions: list[TimeExpression],
    published: date | datetime | None,
    shown_only: bool = False,
    lexicon: EventLexicon | None = None,
) -> dict[int, float]:
    """Token index -> sort key of every event (or only the shown ones), for benchmarks."""
    return {
        ev.tok.i: ev.key
        for ev in analyse_events(doc, time_expressions, published, lexicon)
        if ev.reportable or not shown_only
    }
