"""Events the article reports, anchored to time expressions and put in order.

An event is a verb heading a clause (plus copular states such as "has been an ally"). Each is
placed on one time axis by three kinds of evidence, strongest first:

1. an anchor: a time expression in its clause (or reached through "since", "after", "in" ...),
   read as a calendar period; the publication date is itself an anchor for deictic tenses;
2. relations the text states between events: "following", "after", "before", "since",
   "coincides with", "resulted in", "led to";
3. tense, relative to the publication time: past perfect before simple past before present
   perfect before present before future. Non-finite verbs ("by writing off debts") share the
   time of the clause they depend on, and the lede's unanchored past is the news itself, which
   happens at publication time.

An undated article is read against a stand-in publication date (today), which keeps relative
expressions ordered among themselves and after long-past named periods; the events' `date`
then stays None for relative anchors, since the real date is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from app.extract.model import Entity, Modality, Span, TimeExpression, TimelineEvent
from app.extract.time_periods import Period, period_label, timex_period
from app.extract.timex_rules import as_datetime_date

# Clause-level dependents: a verb under one of these heads its own clause.
_CLAUSAL = {"ccomp", "advcl", "relcl", "conj", "xcomp", "csubj", "parataxis", "acl", "pcomp"}
_NON_FINITE = {"VBG", "VB", "VBN"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can", "must", "ca", "'d"}
_HYPOTHETICAL_MARK = {"if", "whether", "unless", "lest"}
_INTENT_VERBS = {"want", "plan", "seek", "attempt", "try", "aim", "hope", "intend", "expect",
                 "propose", "threaten", "promise", "vow", "prepare", "consider",
                 "wish"}  # fmt: skip
# Verbs that rarely name a happening on their own in news prose.
_LIGHT = {"be", "have", "do", "get", "seem", "appear"}
_PREPOSITION_RELATION = {
    "since": "since", "after": "after", "following": "after", "before": "before",
    "until": "before", "till": "before", "prior": "before", "by": "by", "in": "in",
    "during": "in", "on": "in", "at": "in", "throughout": "in", "amid": "in", "from": "since",
}  # fmt: skip
# tense -> position relative to the time it is anchored to, in days (only the order matters)
_TENSE_SHIFT = {"past_perfect": -0.3, "past": -0.2, "present_perfect": -0.1, "present": 0.0,
                "future": 0.2, "hypothetical": 0.25}  # fmt: skip


@dataclass(slots=True)
class _Event:
    verb: Token
    start: int
    end: int
    tense: str
    modality: Modality
    time: TimeExpression | None = None
    relation: str | None = None  # how the anchor relates: in, since, after, before, by
    period: Period | None = None
    key: float = 0.0
    after: list[int] = field(default_factory=list)  # token indices of events this follows
    equal: list[int] = field(default_factory=list)


def build_timeline(
    doc: Doc,
    time_expressions: list[TimeExpression],
    entities: list[Entity],
    published: date | datetime | None,
) -> list[TimelineEvent]:
    """The reported events in timeline order (`order` 0 = earliest)."""
    ref = as_datetime_date(published)
    events = detect_events(doc)
    anchor_events(doc, events, time_expressions, ref or date.today())
    link_events(doc, events)
    order = order_events(doc, events, ref or date.today())
    text = doc.text  # once: spaCy rebuilds doc.text from every token on each access
    out: list[TimelineEvent] = []
    for i, ev in enumerate(events, start=1):
        trigger = _trigger(ev.verb)
        known = (
            ev.period
            if ev.period and (ref is not None or ev.time is None or ev.time.anchor != "unresolved")
            else None
        )
        out.append(
            TimelineEvent(
                id=f"e{i}",
                order=order[ev.verb.i],
                description=describe(ev.verb),
                start=ev.start,
                end=ev.end,
                trigger=Span(text[trigger[0] : trigger[1]], trigger[0], trigger[1]),
                time=ev.time,
                entities=_participants(ev, entities),
                modality=ev.modality,
                tense=ev.tense,
                date=period_label(known) if known and ev.time else None,
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# finding events
# ---------------------------------------------------------------------------------------------


def detect_events(doc: Doc) -> list[_Event]:
    """One event per clause-heading verb, in text order; headlines and headings are skipped."""
    events: list[_Event] = []
    for sent in doc.sents:
        if not _is_prose(sent):
            continue
        for tok in sent:
            if not _is_event_verb(tok):
                continue
            start, end = clause_bounds(tok)
            events.append(_Event(tok, start, end, tense_of(tok), modality_of(tok)))
    return events


def _is_prose(sent: SpacySpan) -> bool:
    """A sentence of running text, not a headline or a section heading (they lack a full stop)."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and (
        last.text in {".", "!", "?", '"', "”", "'", "’", ")"} or len(sent) > 25
    )


# Participles that work as prepositions or connectives, not as happenings.
_CONNECTIVES = {"following", "given", "including", "according", "regarding", "concerning",
                "considering", "excluding", "compared", "based", "provided", "pending"}  # fmt: skip


def _is_event_verb(tok: Token) -> bool:
    if tok.pos_ == "VERB":
        if tok.dep_ in ("amod", "compound", "aux", "auxpass") or tok.lower_ in _CONNECTIVES:
            return False
        if (
            tok.dep_ == "acl"
            and is_non_finite(tok)
            and (tok.tag_ != "VBG" or not any(c.dep_ == "dobj" for c in tok.children))
        ):
            return False  # "debts owed by ...": a participle describing a thing, not an action
        return not (
            tok.lemma_ in _LIGHT and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
        )
    # a copula heading its clause ("the town has been a port") is a state worth placing
    return (
        tok.pos_ == "AUX"
        and tok.lemma_ == "be"
        and tok.dep_ in ("ROOT", "ccomp", "advcl", "conj", "relcl")
        and any(c.dep_ in ("attr", "acomp") for c in tok.children)
    )


def clause_bounds(verb: Token) -> tuple[int, int]:
    """Character span of the verb's own clause: its subtree without trailing/leading sub-clauses."""
    left, right = verb.left_edge.i, verb.right_edge.i
    for child in verb.children:
        if child.dep_ in ("conj", "ccomp", "advcl", "parataxis", "relcl") and child.pos_ in (
            "VERB",
            "AUX",
        ):
            if child.i > verb.i:
                right = min(right, child.left_edge.i - 1)
            else:
                left = max(left, child.right_edge.i + 1)
    doc = verb.doc
    while right > verb.i and (
        doc[right].is_punct or doc[right].dep_ == "cc" or doc[right].is_space
    ):
        right -= 1
    while left < verb.i and (
        doc[left].is_punct or doc[left].dep_ in ("cc", "mark") or doc[left].is_space
    ):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def _aux_words(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def tense_of(verb: Token, depth: int = 0) -> str:
    """past_perfect, past, present_perfect, present, future, or the governing clause's tense."""
    aux = _aux_words(verb)
    lowers = [a.lower_ for a in aux]
    if any(w in _FUTURE_AUX for w in lowers) or ("going" in lowers and verb.tag_ == "VB"):
        return "future"
    if any(w in _HYPOTHETICAL_AUX for w in lowers):
        return "hypothetical"
    if "had" in lowers:
        return "past_perfect"
    if any(w in ("has", "have", "'ve", "'s") and verb.tag_ == "VBN" for w in lowers):
        return "present_perfect"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return "present"
    # non-finite ("by writing off", "to revive", "announcing"): the clause it hangs from
    if depth > 4:
        return "present"
    head = verb.head
    for _ in range(6):
        if head is head.head:
            break
        if head.pos_ in ("VERB", "AUX") and head.tag_ not in _NON_FINITE:
            return tense_of(head, depth + 1)
        head = head.head
    if head.pos_ in ("VERB", "AUX") and head is not verb:
        return tense_of(head, depth + 1)
    return "present"


def modality_of(verb: Token) -> Modality:
    """negated, hypothetical (modal, if/whether, intended), future, or reported as fact."""
    if any(c.dep_ == "neg" for c in verb.children):
        return "negated"
    lowers = {a.lower_ for a in _aux_words(verb)}
    hypothetical = bool(lowers & _HYPOTHETICAL_AUX)
    node: Token = verb
    for _ in range(4):  # marks and intent verbs above the clause make it hypothetical too
        if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARK for c in node.children):
            hypothetical = True
        if node.dep_ == "xcomp" and node.head.lemma_ in _INTENT_VERBS:
            hypothetical = True
        if node.dep_ not in ("conj", "xcomp") or node.head is node:
            break
        node = node.head
    if hypothetical:
        return "hypothetical"
    if lowers & _FUTURE_AUX or ("going" in lowers and verb.tag_ == "VB"):
        return "future"
    return "fact"


# ---------------------------------------------------------------------------------------------
# anchoring to time expressions and to other events
# ---------------------------------------------------------------------------------------------


def _governing_event(tok: Token, by_index: dict[int, _Event]) -> tuple[_Event | None, str | None]:
    """The event whose clause a token belongs to, and the preposition passed on the way up."""
    relation: str | None = None
    node = tok
    for _ in range(12):
        if node.dep_ == "prep" or (
            node.dep_ in ("mark", "advmod") and node.lower_ in _PREPOSITION_RELATION
        ):
            relation = relation or _PREPOSITION_RELATION.get(node.lower_, "in")
        if node.i in by_index and node is not tok:
            return by_index[node.i], relation
        if node.head is node:
            break
        node = node.head
    return None, relation


def anchor_events(doc: Doc, events: list[_Event], timexes: list[TimeExpression], ref: date) -> None:
    """Attach each time expression to the event of its clause; sub-clauses without their own
    time share the anchor of the clause they depend on ("made a comeback in the last decade by
    writing off debts")."""
    by_index = {ev.verb.i: ev for ev in events}
    for tx in timexes:
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            continue
        event, relation = _governing_event(span.root, by_index)
        # the preposition right before the expression is the clearest signal
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in _PREPOSITION_RELATION:
            relation = _PREPOSITION_RELATION[before.lower_]
        if event is None or event.time is not None:
            continue
        if tx.value.endswith("_REF") or span.root.dep_ in ("amod", "compound"):
            continue  # "recent actions" describes a thing, and REF values are too vague to anchor
        period = timex_period(tx, ref)
        if period is None:
            continue
        event.time, event.relation, event.period = tx, relation or "in", period
    for ev in events:  # inheritance, in text order so chains resolve head-first
        if (
            ev.time is None
            and is_non_finite(ev.verb)
            and ev.verb.dep_ in ("xcomp", "pcomp", "advcl", "conj", "acl")
        ):
            head = _head_event(ev.verb, by_index)
            if head is not None and head.time is not None:
                ev.time, ev.relation, ev.period = head.time, head.relation, head.period


def is_non_finite(verb: Token) -> bool:
    """A verb without tense of its own: no subject and no finite auxiliary ("by writing off")."""
    if verb.tag_ not in _NON_FINITE:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    return not any(a.tag_ not in ("TO", "VBG", "VBN", "VB") for a in _aux_words(verb))


def _head_event(verb: Token, by_index: dict[int, _Event]) -> _Event | None:
    node = verb.head
    for _ in range(6):
        if node.i in by_index and node is not verb:
            return by_index[node.i]
        if node.head is node:
            return None
        node = node.head
    return None


_AFTER_SIGNALS = {"following", "after", "since"}
_BEFORE_SIGNALS = {"before", "until", "prior"}
_CAUSE_VERBS = {"result", "lead", "cause", "prompt", "trigger", "spark"}
_REPORTING = {"say", "tell", "report", "announce", "confirm", "claim", "add", "state", "note",
              "reveal", "disclose", "indicate", "explain", "acknowledge", "admit", "deny",
              "learn", "discover", "find", "show", "know", "recall"}  # fmt: skip


def link_events(doc: Doc, events: list[_Event]) -> None:
    """Relations the text states: "X following Y", "X before Y", "X coincides with Y",
    "X resulted in / led to Y" (a cause starts first)."""
    by_index = {ev.verb.i: ev for ev in events}
    for tok in doc:
        signal = tok.lower_
        if signal in _AFTER_SIGNALS | _BEFORE_SIGNALS and tok.dep_ in (
            "prep",
            "mark",
            "advmod",
            "pcomp",
        ):
            governor, _ = _governing_event(tok, by_index)
            target = _first_event_in(tok, by_index)
            if governor is None or target is None or target is governor:
                continue
            if signal in _AFTER_SIGNALS:
                governor.after.append(target.verb.i)
            else:
                target.after.append(governor.verb.i)
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
                    and child is not tok
                    and child.dep_ in ("pcomp", "pobj", "acl", "advcl")
                ):
                    by_index[child.i].equal.append(tok.i)
        elif (
            tok.lemma_ in _CAUSE_VERBS
            and tok.i in by_index
            and any(c.lower_ in ("in", "to") for c in tok.children)
        ):
            cause = _head_event(tok, by_index) if tok.dep_ == "relcl" else None
            if cause is not None:
                by_index[tok.i].after.append(cause.verb.i)


def _first_event_in(signal: Token, by_index: dict[int, _Event]) -> _Event | None:
    """The first event verb inside the phrase a signal word introduces."""
    for tok in signal.subtree:
        if tok.i in by_index and tok is not signal:
            return by_index[tok.i]
    return None


# ---------------------------------------------------------------------------------------------
# ordering
# ---------------------------------------------------------------------------------------------


def _lede_sentence(doc: Doc) -> SpacySpan | None:
    """The first sentence of running text: in news, the report of the newest happening."""
    for sent in doc.sents:
        if _is_prose(sent) and len(sent) >= 8:
            return sent
    return None


def order_events(doc: Doc, events: list[_Event], ref: date) -> dict[int, int]:
    """Sort keys from anchors and tense, adjusted by stated relations; verb index -> rank."""
    lede = _lede_sentence(doc)
    now = float(ref.toordinal())
    for ev in events:
        shift = _TENSE_SHIFT.get(ev.tense, 0.0)
        if ev.period is not None:
            start, end = (float(d.toordinal()) for d in ev.period)
            point = {"after": end + 1, "before": start - 1, "by": end}.get(
                ev.relation or "in", start
            )
            # inside one anchor, tense still orders: "had left" before "arrived" that day
            ev.key = point + shift / 10
        else:
            in_lede = lede is not None and lede.start <= ev.verb.i < lede.end
            # the lede's past is the news being reported: it happens at publication time
            ev.key = now + (0.0 if in_lede and ev.tense in ("past", "present_perfect") else shift)
        if ev.modality == "future" or (
            ev.modality == "hypothetical" and ev.tense in ("future", "hypothetical")
        ):
            ev.key = max(ev.key, now + _TENSE_SHIFT["future"])
    by_index = {ev.verb.i: ev for ev in events}
    for _ in range(3):  # stated relations override tense guesses; a few passes settle chains
        for ev in events:
            for i in ev.equal:
                if ev.period is None:
                    ev.key = by_index[i].key
            for i in ev.after:
                other = by_index[i]
                if ev.key <= other.key and ev.period is None:
                    ev.key = other.key + 0.01
                elif ev.key <= other.key and other.period is None:
                    other.key = ev.key - 0.01
    ranked = sorted(events, key=lambda e: (e.key, e.verb.i))
    return {ev.verb.i: rank for rank, ev in enumerate(ranked)}


def event_keys(
    doc: Doc, time_expressions: list[TimeExpression], published: date | datetime | None
) -> dict[int, float]:
    """Token index -> sort key of every event verb (for benchmarks comparing pairs of events)."""
    ref = as_datetime_date(published) or date.today()
    events = detect_events(doc)
    anchor_events(doc, events, time_expressions, ref)
    link_events(doc, events)
    order_events(doc, events, ref)
    return {ev.verb.i: ev.key for ev in events}


# ---------------------------------------------------------------------------------------------
# presentation
# ---------------------------------------------------------------------------------------------


def _trigger(verb: Token) -> tuple[int, int]:
    """The verb with its particle: "writing off"."""
    end = verb.idx + len(verb)
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end = child.idx + len(child)
    return verb.idx, end


def describe(verb: Token) -> str:
    """A short readable phrase: subject head, auxiliaries, verb (+particle), object head."""
    words: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            words.extend(
                t for t in child.subtree if t.dep_ in ("compound", "amod") and t.head is child
            )
            words.append(child)
    words.extend(c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg"))
    words.append(verb)
    words.extend(c for c in verb.children if c.dep_ == "prt")
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "acomp", "oprd"):
            words.extend(
                t for t in child.children if t.dep_ in ("amod", "compound") and t.i < child.i
            )
            words.append(child)
            break
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def _participants(ev: _Event, entities: list[Entity]) -> list[str]:
    """Ids of entities mentioned inside the event's clause."""
    ids: list[str] = []
    for ent in entities:
        if any(ev.start <= m.start and m.end <= ev.end for m in ent.mentions) and ent.id not in ids:
            ids.append(ent.id)
    return ids
