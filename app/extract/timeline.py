"""Events the article reports, anchored to time expressions, put in order, and curated for readers.

Detection follows TimeML's notion of an event (scored against TimeBank's EVENT tags by
benchmarks/eval_events.py): verbs heading a clause, copular states ("has been an ally"), and
nominal events, i.e. nouns that name a happening ("the arrest of ...", "talks", "elections").
A noun is eventive when it is in a short list of general eventive nouns, or when it is derived
from a verb that spaCy's lemma index knows (-tion, -sion, -ment, -ing: "operation", "meeting"),
minus nouns derived from verbs that name things, places or bodies ("government", "building").

Each event is placed on one time axis by three kinds of evidence, strongest first:

1. an anchor: a time expression in its clause or noun phrase (or reached through "since",
   "after", "in" ...), read as a calendar period; the publication date anchors deictic tenses;
2. relations the text states between events: "following", "after", "before", "since",
   "coincides with", and cause verbs ("X resulted in / led to Y": the result comes after);
3. tense, relative to the publication time: past perfect before simple past before present
   perfect before present before future. Non-finite verbs ("by writing off debts") and nominal
   events share the time of the clause they depend on, and the lede's unanchored past is the
   news itself, which happens at publication time.

The timeline a brief shows is a curated subset, chosen for a reader who asks "what happened,
when": TimeML also counts reporting verbs, opinions and states, which are claims or commentary,
not happenings. An event is shown unless one of these rules drops it (`_Event.drop` names it):

- `modifier`: a participle used as an adjective or describing a noun ("escalating tensions");
- `non_finite`: purpose and intent infinitives, participial adjuncts ("to revive", "aiming",
  "believing"), except means ("by writing off debts") and the complement of an aspectual or
  light verb; a non-finite verb under a dropped event goes with it;
- `speech` / `cognition` / `evaluative`: reporting verbs ("said", "indicated" — claims cover
  them), opinions ("believe", "views ... as"), and verbs that comment on meaning ("underscores",
  "indicates", "reflects");
- `light`: light and aspectual verbs with a verbal complement ("is attempting to impose");
  with an eventive object they stay ("began an official visit");
- `cause`: "resulted in", "led to": the result is shown instead, as a nominal event that comes
  after the cause and takes the cause's tense and modality ("the arrest of ...");
- `commentary`: simple present in running prose ("the agenda focuses on"), relative clauses
  that are not past ("which is monitoring"), and negated perfects/presents ("has not
  abandoned", "cannot be viewed"): standing states, not happenings;
- `state`: copular states without a time anchor ("it could be next");
- `nominal`: nominal events are shown only with a time anchor of their own, or as the result
  of a cause; a noun that is the object or subject of a verb event is part of that event;
- `fragment`: what a reader would not recognise as an event told: a bare complement ("what
  caused it", "us to get"), a small clause of another verb ("help Mexico make its case"), a
  relative clause whose object is the noun before it and cannot be restored, a gerund with a
  subject but no object ("with Trump jumping"), a trigger that is no word;
- `credit`: a credit line ("Jane Roe contributed reporting");
- `condition`: the antecedent of "if"/"unless" (the main clause is shown as hypothetical).
Attempts and commitments ("tried to find", "agreed to resume") are shown as what happened,
with their complement in the description; the complement is not an entry of its own.

Modality comes from the clause: `negated` (its own "not", "never", "no longer", "hardly", a
negative subject, "neither ... nor", "without"; a conjunct sharing a negated verb), `uncertain`
("may", "could", hedges such as "reportedly", "is likely to"), `hypothetical` ("if", "would",
"should", intent), `future` ("will", "going to"), and through semi-modals ("might have to",
"won't be able to"). An event inside the content of a claim (claims.py) that would otherwise be
a fact is `reported`, linked to the claim and its source; one between paired quotation marks
of its paragraph that no claim covers is `reported` too, with no claim or source. A time
expression dates an event only when it belongs to the event's own clause: not when it dates a
thing on the way ("a tape from 2009", "the 2011 accord"), and "the morning" alone dates nothing.
Dated entries are ordered by date (`placement` "date"); an undated one the text orders against
a dated one ("after the vote on 3 March") gets that date as a bound ("text"); otherwise its
tense places it against the publication date ("tense"), and an entry with neither (a
possibility, a condition) is listed last as "undated". `confidence` comes from a logistic
model (timeline_confidence.py).

The lookup tables (the model's verb lemmas, the confidence weights, first-name pronouns) are an
`EventLexicon` built once per model by `event_lexicon(nlp)` and passed in by the pipeline: the
timeline loads no model of its own.

An undated article is read against a stand-in publication date (today), which keeps relative
expressions ordered among themselves and after long-past named periods; the events' `date`
then stays None for relative anchors, since the real date is unknown.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from app.extract import coref
from app.extract.model import (
    Claim,
    Entity,
    Mention,
    Modality,
    Span,
    TimeExpression,
    TimelineEvent,
)
from app.extract.name_gender import first_name_pronouns
from app.extract.time_periods import Period, period_label, timex_period
from app.extract.timeline_confidence import ConfidenceModel, confidence, load_weights
from app.extract.timex_rules import as_datetime_date
from app.extract.tokens import TokenTable, doc_text, token_table

# Clause-level dependents: a verb under one of these heads its own clause.
_CLAUSAL = {"ccomp", "advcl", "relcl", "conj", "xcomp", "csubj", "parataxis", "acl", "pcomp"}
_NON_FINITE = {"VBG", "VB", "VBN"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_HYPOTHETICAL_AUX = {"would", "should", "must", "'d"}
# epistemic modals and hedges: it may or may not happen (or have happened)
_UNCERTAIN_AUX = {"could", "might", "may", "can", "ca"}
_HEDGE_ADVERBS = {"possibly", "perhaps", "probably", "maybe", "reportedly", "allegedly",
                  "apparently", "likely", "supposedly", "purportedly"}  # fmt: skip
_UNCERTAIN_RAISING = {"likely", "appear", "seem", "expect", "believe", "rumor", "rumour",
                      "suppose", "allege", "report", "say", "think"}  # fmt: skip
_HYPOTHETICAL_MARK = {"if", "whether", "unless", "lest"}
_INTENT_VERBS = {"want", "plan", "seek", "attempt", "try", "aim", "hope", "intend", "expect",
                 "propose", "threaten", "promise", "vow", "prepare", "consider",
                 "wish", "suppose"}  # fmt: skip
# Verbs that rarely name a happening on their own in news prose.
_LIGHT = {"be", "have", "do", "get", "seem", "appear"}
# Aspectual and support verbs: the happening is their complement ("began to fall", "is
# attempting to impose") unless their object is itself an event ("began an official visit").
_ASPECTUAL = {"begin", "start", "continue", "keep", "stop", "cease", "finish", "resume", "end",
              "attempt", "try", "seek", "manage", "fail", "remain", "stay", "tend", "use",
              "go", "want", "need", "hope", "plan", "intend", "aim", "decide",
              "agree", "suppose"} | _LIGHT  # fmt: skip
_NOT_FACT = {"hypothetical", "uncertain"}
# Verbs of attempt, plan and commitment: shown with their complement ("agreed to resume talks"),
# which is not an event of its own.
_ATTEMPT = {"attempt", "try", "seek", "plan", "decide", "agree", "fail", "manage", "refuse",
            "promise", "vow", "threaten", "prepare", "propose", "offer", "pledge",
            "struggle", "avoid", "decline"}  # fmt: skip
_PREPOSITION_RELATION = {
    "since": "since", "after": "after", "following": "after", "before": "before",
    "until": "before", "till": "before", "prior": "before", "by": "by", "in": "in",
    "during": "in", "on": "in", "at": "in", "throughout": "in", "amid": "in", "from": "since",
}  # fmt: skip
# tense -> position relative to the time it is anchored to, in days (only the order matters)
_TENSE_SHIFT = {"past_perfect": -0.3, "past": -0.2, "present_perfect": -0.1, "present": 0.0,
                "future": 0.2, "hypothetical": 0.25}  # fmt: skip
# Speech and attribution: claims carry these; as timeline entries they only say "someone spoke".
_SPEECH = {"say", "tell", "add", "note", "state", "indicate", "explain", "claim", "report",
           "write", "comment", "insist", "argue", "stress", "emphasize", "emphasise", "suggest",
           "describe", "quote", "cite", "ask", "reply", "respond", "acknowledge", "admit",
           "mention", "remark", "observe", "assert", "contend", "maintain", "point",
           "learn", "warn", "recall"}  # fmt: skip
_COGNITION = {"believe", "think", "view", "see", "regard", "consider", "feel", "fear", "know",
              "expect", "hope", "doubt", "suspect", "assume", "understand", "call", "perceive",
              "worry", "wonder", "estimate", "predict", "anticipate", "like", "love", "hate",
              "want", "wish", "prefer", "aim", "intend", "mean"}  # fmt: skip
_EVALUATIVE = {"underscore", "underline", "highlight", "indicate", "reflect", "show", "signal",
               "demonstrate", "illustrate", "represent", "symbolize", "symbolise", "mark",
               "suggest", "reveal", "imply", "carry", "embody", "epitomize", "transcend",
               "constitute", "remain", "matter", "depend", "involve", "include", "require",
               "deserve", "concern", "affect"}  # fmt: skip
# Verbs of composition and quantity: they relate amounts and parts, nothing happens.
_RELATIONS = {"include", "consist", "comprise", "contain", "number", "total", "equal", "account",
              "amount", "constitute", "represent", "exceed", "follow", "precede"}  # fmt: skip
_CAUSE_VERBS = {"result", "lead", "cause", "prompt", "trigger", "spark", "bring", "give"}
_REPORTING = {"say", "tell", "report", "announce", "confirm", "claim", "add", "state", "note",
              "reveal", "disclose", "indicate", "explain", "acknowledge", "admit", "deny",
              "learn", "discover", "find", "show", "know", "recall"}  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nominal events. General eventive nouns that are not visibly derived from a verb, or whose
# verb is rare; the rest come from derivation below.
_EVENT_NOUNS = _words(
    "accident aftermath airstrike ambush arrest assault attack attempt auction award ban "
    "battle bid blast blockade boom boycott breakthrough bribe campaign ceasefire celebration "
    "ceremony change clash collapse comeback conference conflict controversy coup crackdown "
    "crash crisis cut deal death debate decline defeat demise departure deportation disaster "
    "downturn drop earthquake election embargo emergency escalation event exodus explosion "
    "failure fall festival fight fire flight flood funeral gain game growth hearing hike "
    "holiday hurricane incident increase interview invasion jump killing landslide launch leak "
    "loss march massacre match meeting merger murder offensive outbreak outcry pandemic "
    "parade protest purchase quake race raid rally rebellion recession recovery referendum "
    "reform release rescue resignation revolt revolution riot rise robbery ruling sale "
    "scandal session shooting shutdown siege slump split storm strike summit surge "
    "takeover talk tournament trade trial trip tsunami uprising veto victory violence visit "
    "vote walkout war wedding win withdrawal"
)
# Nouns derived from a verb that name a thing, a body, a place or a field rather than a
# happening ("government" from "govern").
_NOT_EVENT_NOUNS = _words(
    "government department apartment document instrument equipment environment management "
    "parliament establishment movement statement argument commitment sentiment "
    "station position information organization organisation population administration "
    "relation relations situation foundation nation condition tradition attention solution "
    "question section portion proportion edition region religion opinion version division "
    "mission commission pension tension dimension expression impression vision television "
    "institution constitution legislation regulation "
    "building evening morning ceiling earning earnings saving savings holding holdings housing "
    "clothing feeling "
    "setting thing something nothing anything everything king ring string spring wing "
    "being beginning meaning understanding funding spending leading"
)
_SUFFIXES = (
    ("ization", ("ize",)), ("isation", ("ise",)), ("ation", ("ate", "e", "")),
    ("ition", ("ite", "e")), ("ution", ("ute", "ve")), ("ction", ("ct",)),
    ("ption", ("pt", "ve")), ("sion", ("de", "d", "t", "se")), ("tion", ("te", "t")),
    ("ment", ("",)), ("ing", ("", "e")), ("al", ("", "e")), ("ure", ("", "e")),
)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _is_event_noun_lemma(lemma: str, verbs: frozenset[str]) -> bool:
    """Eventive by the list, or derived from a known verb by a regular suffix."""
    if lemma in _EVENT_NOUNS:
        return True
    if lemma in _NOT_EVENT_NOUNS or len(lemma) < 6:
        return False
    for suffix, endings in _SUFFIXES:
        if lemma.endswith(suffix):
            stem = lemma[: -len(suffix)]
            if suffix == "al" and lemma[-3] not in "vrs":  # arrival, refusal, approval
                return False
            return any(len(stem + e) > 2 and stem + e in verbs for e in endings)
    return False


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """The lookup tables event detection reads: the verb lemmas the spaCy model's lemmatizer
    knows (WordNet's list), which make "-tion", "-ment", "-ing" nouns eventive.

    Built once per model by `event_lexicon(nlp)` and passed in by the pipeline, so that the
    timeline reads the tables of the model the brief was parsed with, and loads no model itself.
    """

    verbs: frozenset[str] = frozenset()
    confidence: ConfidenceModel = field(default_factory=load_weights)
    # first name -> "he"/"she" (Faker's lists), so that "she" is not resolved to a man
    pronouns: Mapping[str, str] = field(default_factory=dict)


@functools.lru_cache(maxsize=4)
def event_lexicon(nlp: Language | None) -> EventLexicon:
    """The lexicon of `nlp` (an empty one without a model, or for a model with no lemma index)."""
    if nlp is None:
        return EventLexicon(pronouns=first_name_pronouns())
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        verbs = frozenset(lookups.get_table("lemma_index")["verb"])
    except (KeyError, ValueError, AttributeError):
        verbs = frozenset()
    return EventLexicon(verbs, load_weights(), first_name_pronouns())


@dataclass(slots=True)
class _Event:
    tok: Token  # the word that names the event: verb, copula, or eventive noun
    kind: str  # verb, state (copular), noun
    start: int  # evidence span: the clause, or the noun phrase
    end: int
    trigger: tuple[int, int]
    tense: str
    modality: Modality
    time: TimeExpression | None = None
    relation: str | None = None  # how the anchor relates: in, since, after, before, by
    period: Period | None = None
    key: float = 0.0
    after: list[int] = field(default_factory=list)  # token indices of events this follows
    equal: list[int] = field(default_factory=list)
    host: _Event | None = None  # the verb event a nominal event is the object or subject of
    cause: _Event | None = None  # for the result of "resulted in": the cause verb
    drop: str | None = None  # why the reader's timeline leaves it out; None = shown
    anchored: bool = False  # the time expression is its own, not inherited

    @property
    def reportable(self) -> bool:
        return self.drop is None


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
    names = _name_mentions(doc, entities, lexicon.pronouns)
    contents = [(c.content.start, c.content.end, c) for c in claims or []]
    quotes = quoted_spans(text)
    placed: list[tuple[_Event, TimelineEvent]] = []
    for ev in shown:
        known = (
            ev.period
            if ev.period and (ref is not None or ev.time is None or ev.time.anchor != "unresolved")
            else None
        )
        description = describe_entry(ev, names)
        if description is None or description == text[ev.trigger[0] : ev.trigger[1]]:
            continue  # a verb alone ("ended", "worked out") tells a reader nothing
        claim = _claim_of(ev, contents)
        # Everything inside a claim's content is the source's word: `reported`, whatever its
        # own modality, which `reported_modality` keeps ("will save lives": future). So are
        # words inside quotation marks that no claim covers: someone's words, not a fact told.
        quoted = claim is None and any(a <= ev.trigger[0] < b for a, b in quotes)
        modality: Modality = "reported" if claim is not None or quoted else ev.modality
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
            agent=_agent_id(ev, names),
            claim_id=claim.id if claim is not None else None,
            reported_by=claim.source.text if claim is not None and claim.source else None,
            reported_modality=ev.modality if claim is not None or quoted else None,
        )
        placed.append((ev, entry))
    for i, (_, entry) in enumerate(placed, start=1):
        entry.id = f"e{i}"
    _place(placed, ref)
    weights = lexicon.confidence
    for ev, entry in placed:
        entry.confidence = confidence(entry_features(ev, entry), weights)
    return placed


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
    """Is the token between paired quotation marks of its paragraph?"""
    return any(start <= tok.idx < end for start, end in quoted_spans(doc_text(tok.doc)))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The character spans between paired double quotation marks, paragraph by paragraph (a
    quote may run over several sentences, never past a line break): curly marks pair opening
    with closing, straight marks pair in turn. An unpaired mark opens nothing."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend((offset + m.start(), offset + m.end()) for m in _CURLY_QUOTE.finditer(line))
        straight = [i for i, ch in enumerate(line) if ch == '"']
        for a, b in zip(straight[::2], straight[1::2], strict=False):
            spans.append((offset + a, offset + b + 1))
        offset += len(line) + 1
    return spans


_CURLY_QUOTE = re.compile(r"“[^“”]*”")


def _place(placed: list[tuple[_Event, TimelineEvent]], ref: date | None) -> None:
    """`order`, `placement` and interval bounds: dated entries by date; undated ones by what the
    text states about them ("after", "before", "following") or by their tense against the
    publication date; entries that neither supports come last, in text order, as `undated`."""
    dated = {ev.tok.i: entry for ev, entry in placed if ev.period is not None}
    for ev, entry in placed:
        if ev.period is not None:
            entry.placement = "date"
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
    link_events(doc, events)
    order_events(doc, events, ref)
    select_events(events)
    return events


# ---------------------------------------------------------------------------------------------
# finding events
# ---------------------------------------------------------------------------------------------


def detect_events(doc: Doc, lexicon: EventLexicon) -> list[_Event]:
    """Verbs, copular states and nominal events of running text, in text order."""
    events: list[_Event] = []
    verbs = lexicon.verbs
    table = token_table(doc)
    for start, end in table.sentences:
        if not _is_prose(table, start, end):
            continue
        for i in range(start, end):
            if table.pos[i] not in ("VERB", "AUX", "NOUN"):
                continue  # neither an event verb (VERB, AUX) nor an event noun
            if _is_event_verb(doc, table, i):
                tok = doc[i]
                kind = "verb" if tok.pos_ == "VERB" else "state"
                start, end = clause_bounds(tok)
                # TimeML marks a state by its predicate: "was ill", "has been an ally"
                pred = next((c for c in tok.children if c.dep_ in ("attr", "acomp")), None)
                trig = _trigger(tok) if kind == "verb" or pred is None else _trigger(pred)
                events.append(_Event(tok, kind, start, end, trig, tense_of(tok), modality_of(tok)))
            elif _is_event_noun(table, i, verbs):
                events.append(_noun_event(doc[i]))
    by_index = {ev.tok.i: ev for ev in events}
    for ev in list(events):  # "resulted in the arrest": the result is a happening
        result = _cause_result(ev)
        if result is not None:
            found = by_index.get(result.i) or _noun_event(result)
            if result.i not in by_index:
                events.append(found)
                by_index[result.i] = found
            found.cause, found.host = ev, None
            found.tense, found.modality = ev.tense, ev.modality
    for ev in events:
        if ev.kind == "noun" and ev.cause is None and ev.tok.dep_ in _HOST_DEPS:
            ev.host = by_index.get(ev.tok.head.i)
    events.sort(key=lambda e: e.tok.i)
    return events


_HOST_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "oprd"}


def _noun_event(tok: Token) -> _Event:
    governor = _governing_verb(tok)
    tense = tense_of(governor) if governor is not None else "present"
    modality = modality_of(governor) if governor is not None else "fact"
    if modality == "negated":
        modality = "fact"  # "did not attend the meeting": the meeting itself took place
    start, end = _phrase_bounds(tok)
    return _Event(tok, "noun", start, end, (tok.idx, tok.idx + len(tok)), tense, modality)


def _governing_verb(tok: Token) -> Token | None:
    node = tok
    for _ in range(8):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _cause_result(ev: _Event) -> Token | None:
    """The noun a cause verb leads to: "resulted in the arrest", "will lead to new steps"."""
    if ev.kind != "verb" or ev.tok.lemma_ not in _CAUSE_VERBS:
        return None
    for prep in ev.tok.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("in", "to"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    return obj
    return None


def _is_event_noun(table: TokenTable, i: int, verbs: frozenset[str]) -> bool:
    """Is token `i` a noun naming a happening ("the arrest", "talks")?"""
    if table.pos[i] != "NOUN" or table.dep[i] in ("compound", "npadvmod") or not table.is_alpha[i]:
        return False
    return _is_event_noun_lemma(table.lemma[i].lower(), verbs)


def _is_prose(table: TokenTable, start: int, end: int) -> bool:
    """A sentence (tokens `start:end`) of running text, not a headline or a section heading
    (they lack a full stop)."""
    # spaCy's is_space is str.isspace of the token's text
    last = next((w for w in reversed(table.words[start:end]) if not w.isspace()), None)
    return last is not None and (
        last in {".", "!", "?", '"', "”", "'", "’", ")"} or end - start > 25
    )


# Participles that work as prepositions or connectives, not as happenings.
_CONNECTIVES = {"following", "given", "including", "according", "regarding", "concerning",
                "considering", "excluding", "compared", "based", "provided", "pending"}  # fmt: skip


def _is_event_verb(doc: Doc, table: TokenTable, i: int) -> bool:
    """Is token `i` a verb of a happening, or a copula stating something?

    Read from the token table; a Token is made only for a copula's children.
    """
    if table.pos[i] == "VERB":
        return table.dep[i] not in ("aux", "auxpass") and table.lower[i] not in _CONNECTIVES
    # a copula heading its clause ("the town has been a port") is a state worth placing
    return (
        table.pos[i] == "AUX"
        and table.lemma[i] == "be"
        and table.dep[i] in ("ROOT", "ccomp", "advcl", "conj", "relcl")
        and any(c.dep_ in ("attr", "acomp") for c in doc[i].children)
    )


def _is_modifier(tok: Token) -> bool:
    """A participle describing a thing: "escalating tensions", "debts owed by ..."."""
    if tok.dep_ in ("amod", "compound"):
        return True
    return (
        tok.dep_ == "acl"
        and is_non_finite(tok)
        and (tok.tag_ != "VBG" or not any(c.dep_ == "dobj" for c in tok.children))
    )


def clause_bounds(verb: Token) -> tuple[int, int]:
    """Character span of the verb's own clause: its subtree without sub-clauses at its edges."""
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
    doc, i = verb.doc, verb.i
    # the token table, not doc[k]: these scans read every token of the clause
    t = token_table(doc)
    is_punct, is_space, dep = t.is_punct, t.is_space, t.dep
    while right > i and (is_punct[right] or is_space[right]):
        right -= 1
    # a clause hanging off an object at the end ("an operation that resulted in ...") is its own
    for k in range(i + 1, right + 1):
        if dep[k] in ("relcl", "acl") and t.pos[k] in ("VERB", "AUX"):
            tok = doc[k]
            if tok.right_edge.i >= right and tok.head.i > i:
                right = min(right, tok.left_edge.i - 1)
                break
    while right > i and (is_punct[right] or dep[right] in ("cc", "mark") or is_space[right]):
        right -= 1
    while left < i and (is_punct[left] or dep[left] in ("cc", "mark") or is_space[left]):
        left += 1
    return t.idx[left], t.idx[right] + len(t.words[right])


def _phrase_bounds(noun: Token) -> tuple[int, int]:
    """A noun phrase without the clauses that hang off it."""
    left, right = noun.left_edge.i, noun.right_edge.i
    for child in noun.children:
        if child.i > noun.i and child.dep_ in ("relcl", "acl"):
            right = min(right, child.left_edge.i - 1)
    i = noun.i
    t = token_table(noun.doc)
    while right > i and (t.is_punct[right] or t.dep[right] in ("cc", "mark")):
        right -= 1
    while left < i and t.is_punct[left]:
        left += 1
    return t.idx[left], t.idx[right] + len(t.words[right])


def _aux_words(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def tense_of(verb: Token, depth: int = 0) -> str:
    """past_perfect, past, present_perfect, present, future, or the governing clause's tense."""
    aux = _aux_words(verb)
    lowers = [a.lower_ for a in aux]
    if any(w in _FUTURE_AUX for w in lowers) or ("going" in lowers and verb.tag_ == "VB"):
        return "future"
    if any(w in _HYPOTHETICAL_AUX or w in _UNCERTAIN_AUX for w in lowers):
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


# Verbs and adjectives through which a complement takes the modality of the clause above it:
# "won't be able to brag", "might have to reach", "are going to happen".
_SEMI_MODAL = {"able", "unable", "have", "going", "need", "get", "be", "ought", "bound"}


def modality_of(verb: Token) -> Modality:
    """negated, hypothetical (if/whether, intended, required), uncertain (may, could, hedged),
    future, or fact. Negation wins: "will not", "could never" are negated."""
    if is_negated(verb):
        return "negated"
    lowers = {a.lower_ for a in _aux_words(verb)}
    node: Token = verb
    for _ in range(3):  # "might have to reach": the modal of the semi-modal above
        if node.dep_ not in ("xcomp", "acomp") or node.head.lemma_.lower() not in _SEMI_MODAL:
            break
        node = node.head
        if is_negated(node):
            return "negated"
        lowers |= {a.lower_ for a in _aux_words(node)}
    conditional = going = False
    uncertain = bool(lowers & _UNCERTAIN_AUX) or any(
        c.dep_ == "advmod" and c.lower_ in _HEDGE_ADVERBS for c in verb.children
    )
    node = verb
    for _ in range(4):  # marks and intent verbs above the clause make it hypothetical too
        if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARK for c in node.children):
            conditional = True
        if node.dep_ == "xcomp" and node.head.lemma_ in _INTENT_VERBS:
            conditional = True
        if node.dep_ == "xcomp" and node.head.lemma_ in _UNCERTAIN_RAISING:
            uncertain = True  # "is likely to resign", "appears to have fled"
        if node.dep_ == "xcomp" and node.head.lower_ == "going" and node.tag_ == "VB":
            going = True  # "things are going to happen"
        if node.dep_ not in ("conj", "xcomp") or node.head is node:
            break
        node = node.head
    if (
        verb.dep_ == "conj"
        and verb.head.pos_ in ("VERB", "AUX")
        and not lowers
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        shared = modality_of(verb.head)  # "would have cast a spell and changed their minds"
        if shared in ("hypothetical", "uncertain", "future"):
            return shared
    if conditional:
        return "hypothetical"
    if uncertain:
        return "uncertain"
    if lowers & _HYPOTHETICAL_AUX:
        return "hypothetical"
    if lowers & _FUTURE_AUX or going or ("going" in lowers and verb.tag_ == "VB"):
        return "future"
    return "fact"


# "no longer", "never", "not", "n't" are spaCy's `neg`; these reach a clause through its
# arguments: "Neither the vote nor the recount took place", "No agreement was reached",
# "nobody was hurt", "they found nothing".
_NEGATIVE_WORDS = {"nobody", "nothing", "none", "noone", "neither", "nowhere"}
_NEGATIVE_ADVERBS = {"never", "neither", "nor", "hardly", "scarcely"}  # "hardly improved"
_ARGUMENT_DEPS = {"nsubj", "nsubjpass"}  # "gave no reason" is still a giving


def is_negated(verb: Token) -> bool:
    """Is the clause of `verb` denied by the text? The scope is the clause: its own negation
    word, a negative subject or object ("no", "neither ... nor", "nobody"), "without" before a
    gerund, and a conjunct that shares a negated verb's subject ("did not vote or campaign")."""
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATIVE_ADVERBS):
            return True
        if (
            c.dep_ == "advmod"
            and c.lower_ == "longer"
            and any(g.lower_ == "no" for g in c.children)
        ):
            return True  # "no longer ran the company"
        if c.dep_ in _ARGUMENT_DEPS:
            if c.lower_ in _NEGATIVE_WORDS:
                return True
            if any(
                (g.dep_ == "det" and g.lower_ in ("no", "neither"))
                or (g.dep_ == "preconj" and g.lower_ == "neither")
                for g in c.children
            ):
                return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children):
            return True  # "did not sign nor ratify", "neither signed nor ratified"
        if not own_subject and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return any(c.dep_ == "neg" for c in verb.head.children)
    return False


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


_PART_OF_DAY = re.compile(r"the\s+(?:morning|afternoon|evening|night|day)", re.IGNORECASE)
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
        head = node.head
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


def anchor_events(doc: Doc, events: list[_Event], timexes: list[TimeExpression], ref: date) -> None:
    """Attach each time expression to the event of its clause; sub-clauses without their own
    time share the anchor of the clause they depend on ("made a comeback in the last decade by
    writing off debts")."""
    by_index = {ev.tok.i: ev for ev in events}
    for tx in timexes:
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            continue
        event, relation = _governing_event(span.root, by_index)
        if event is not None and _describes_a_thing(span.root, event.tok, by_index):
            continue
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
        period = timex_period(tx, ref)
        if period is None:
            continue
        event.time, event.relation, event.period = tx, relation or "in", period
        event.anchored = True
    for ev in events:  # "held talks on Tuesday": the object's anchor is the verb's too
        host = ev.host
        if host is not None and host.time is None and ev.time is not None:
            host.time, host.relation, host.period = ev.time, ev.relation, ev.period
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
_SIGNALS = _AFTER_SIGNALS | _BEFORE_SIGNALS


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
                    and child is not tok
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
    found = [by_index[t.i] for t in signal.subtree if t.i in by_index and t is not signal]
    return next((e for e in found if e.kind != "noun"), found[0] if found else None)


# ---------------------------------------------------------------------------------------------
# ordering
# ---------------------------------------------------------------------------------------------


def _lede_sentence(doc: Doc) -> SpacySpan | None:
    """The first sentence of running text: in news, the report of the newest happening."""
    table = token_table(doc)
    for start, end in table.sentences:
        if _is_prose(table, start, end) and end - start >= 8:
            return doc[start:end]
    return None


def order_events(doc: Doc, events: list[_Event], ref: date) -> None:
    """Sort keys (`_Event.key`) from anchors and tense, adjusted by stated relations."""
    lede = _lede_sentence(doc)
    now = float(ref.toordinal())
    # (paragraph, sentence start, point) of the last dated past: Reichenbach's reference time.
    # A past clause of the same sentence happens then; a past perfect in the same paragraph
    # before it. A simple past in another sentence may be anything: nothing in the text says.
    reference: tuple[int, int, float] | None = None
    paragraph = _paragraph_numbers(doc, events)
    for ev in sorted(events, key=lambda e: e.tok.i):
        shift = _TENSE_SHIFT.get(ev.tense, 0.0)
        if ev.period is not None:
            start, end = (float(d.toordinal()) for d in ev.period)
            point = {"after": end + 1, "before": start - 1, "by": end}.get(
                ev.relation or "in", start
            )
            # inside one anchor, tense still orders: "had left" before "arrived" that day
            ev.key = point + shift / 10
            if ev.anchored and ev.kind == "verb" and ev.tense in ("past", "past_perfect"):
                reference = (paragraph[ev.tok.i], ev.tok.sent.start, point)
        elif (
            reference is not None
            and (
                reference[1] == ev.tok.sent.start
                or (reference[0] == paragraph[ev.tok.i] and ev.tense == "past_perfect")
            )
            and ev.tense in ("past", "past_perfect")
            and reference[2] < now
        ):
            # Reichenbach's reference time: a past told right after a dated one happens then
            # (or, past perfect, before it), not "just before publication"
            ev.key = reference[2] + shift / 10
        else:
            in_lede = lede is not None and lede.start <= ev.tok.i < lede.end
            # the lede's past is the news being reported: it happens at publication time
            ev.key = now + (0.0 if in_lede and ev.tense in ("past", "present_perfect") else shift)
        if ev.modality == "future" or (
            ev.modality in ("hypothetical", "uncertain") and ev.tense in ("future", "hypothetical")
        ):
            ev.key = max(ev.key, now + _TENSE_SHIFT["future"])
    by_index = {ev.tok.i: ev for ev in events}
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


def _paragraph_numbers(doc: Doc, events: list[_Event]) -> dict[int, int]:
    """Event token index -> paragraph number (a line break starts a new one)."""
    text = doc_text(doc)
    breaks: list[int] = []
    at = text.find("\n")
    while at != -1:
        breaks.append(at)
        at = text.find("\n", at + 1)
    return {ev.tok.i: bisect.bisect(breaks, ev.tok.idx) for ev in events}


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


# ---------------------------------------------------------------------------------------------
# the reader's selection
# ---------------------------------------------------------------------------------------------


def select_events(events: list[_Event]) -> None:
    """Mark what the reader's timeline leaves out (`drop`); see the module docstring."""
    by_index = {ev.tok.i: ev for ev in events}
    for ev in events:  # text order: a governing clause is judged before what hangs off it
        ev.drop = _drop_reason(ev, by_index)
    for ev in events:  # the result stands in for its cause, and falls with it
        if ev.cause is not None:
            ev.drop = ev.drop if ev.drop == "commentary" else _drop_reason(ev.cause, by_index)
            if ev.drop is None:
                ev.cause.drop = "cause"


def _drop_reason(ev: _Event, by_index: dict[int, _Event]) -> str | None:
    tok = ev.tok
    if ev.kind == "noun":
        if ev.cause is not None:
            return None
        if _inside_argument(tok, by_index):
            return "nominal"  # "a majority of his appointments in 2015 went to men": told there
        return None if ev.anchored and ev.host is None else "nominal"
    if ev.kind == "verb" and _is_modifier(tok):
        return "modifier"
    if _is_fragment(ev):
        return "fragment"
    if _asks(tok):
        return "question"
    lemma = tok.lemma_
    if ev.kind == "verb" and is_non_finite(tok) and not _has_own_subject(tok):
        head = _head_event(tok, by_index)
        finite = _finite_governor(tok, by_index)
        if finite is not None and finite.drop is not None and finite.drop != "light":
            return "non_finite"  # hangs off something the timeline does not show
        if not _non_finite_shown(tok, head):
            return "non_finite"
    if ev.kind == "verb" and _cause_result(ev) is not None:
        return None  # settled with its result (select_events)
    phrasal = any(c.dep_ == "prt" for c in tok.children)  # "writing off" is no speech
    if lemma in _SPEECH and lemma not in ("announce", "declare") and not phrasal:
        return "speech"
    if lemma in _COGNITION:
        return "cognition"
    if lemma in _EVALUATIVE and ev.tense in ("present", "present_perfect"):
        return "evaluative"
    if _is_commentary(ev):
        return "commentary"
    if _is_credit(tok):
        return "credit"
    if tok.dep_ != "ROOT" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children
    ):
        return "condition"  # "if the rain returns": a condition, not a happening
    complement = any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children
    )
    if lemma in _ATTEMPT and complement:
        return None  # "tried to find a solution": the trying happened, the finding may not
    if lemma in _ASPECTUAL and complement:
        return "light"
    if lemma in _LIGHT and ev.kind == "verb" and not _has_event_object(tok, by_index):
        return "light"
    if ev.kind == "state" and ev.time is None:
        return "state"
    if ev.kind == "state" and any(
        c.dep_ == "acomp" or (c.dep_ == "attr" and _is_amount(c)) for c in tok.children
    ):
        return "state"  # "the take-off was normal", "volume was 840 million shares"
    if lemma in _RELATIONS:
        return "state"  # "results included a gain", "the victims numbered 213"
    return None


_WH = {"what", "who", "whom", "which", "whatever", "whoever", "how", "why", "whether"}


def _inside_argument(noun: Token, by_index: dict[int, _Event]) -> bool:
    """Is the noun inside (not the head of) the subject of a verb event, reached through
    prepositions ("a majority of his appointments")? The verb's entry tells it."""
    tok = noun
    for _ in range(6):
        if tok.dep_ not in ("pobj", "prep"):
            return False
        tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass"):
            verb = by_index.get(tok.head.i)
            return verb is not None and verb.kind != "noun"
    return False


def _asks(tok: Token) -> bool:
    """Is the clause a question ("Did she help ...?", "What would you pick?")? A question asks
    about a happening; it does not tell one."""
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = next((t for t in tok.subtree if not t.is_punct and not t.is_space), None)
    if (
        subject is not None
        and first is not None
        and first.dep_ in ("aux", "auxpass")
        and first.head.i == tok.i
        and first.i < subject.i
        and first.lower_ not in ("had", "should", "were")  # "Had he known, ...": a condition
    ):
        return True  # "Did Crooked Hillary help ...", "will you pledge ..."
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
    if last is None or last.text != "?":
        return False
    node = tok  # the question is the sentence's main clause (or what someone says or asks in
    # it: 'Trump said: "Did she help ...?"'), or a clause conjoined to that
    for _ in range(4):
        if node.dep_ == "ROOT":
            return True
        if node.dep_ == "ccomp" and node.head.lemma_ in _SPEECH | {"ask", "wonder"}:
            return node.right_edge.i + 3 >= last.i
        if node.dep_ not in ("conj", "xcomp"):
            return False
        node = node.head
    return False


def _is_fragment(ev: _Event) -> bool:
    """What a reader would not recognise as an event of its own: a bare complement clause
    ("what caused it", "us to get"), a trigger that is no word, an amount stated as a state."""
    tok = ev.tok
    if not tok.is_alpha:
        return True
    if tok.dep_ != "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in _WH for c in tok.children
    ):
        return True  # "what caused it", "what he did"
    if any(a.tag_ == "TO" for a in _aux_words(tok)) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    ):
        return True  # "wanted us to get": the object of another verb, not an event told
    if (
        tok.tag_ == "VB"
        and tok.dep_ in ("ccomp", "xcomp")
        and not _aux_words(tok)
        and any(c.dep_ == "nsubj" for c in tok.children)
    ):
        return True  # "would help Mexico make its case": a small clause of another verb
    if (
        tok.tag_ == "VBG"
        and _gerund_subject(tok) is None
        and not _aux_words(tok)
        and any(c.dep_ == "nsubj" for c in tok.children)
        and not any(c.dep_ == "dobj" for c in tok.children)
    ):
        return True  # "with Trump jumping up and down", "recalled Mr. Obama talking"
    if (
        ev.kind == "verb"
        and tok.tag_ in ("VBN", "VBD")
        and not _aux_words(tok)
        and _doer(tok) is None
        and tok.dep_ != "ROOT"
    ):
        return True  # "(the quarter) ended Oct. 31", "worked out in Moscow": no one does it
    if _unfilled_gap(tok):
        return True  # "a bill Mr. Obama had tried to push through": the object is elsewhere
    if ev.kind == "state":
        pred = next((c for c in tok.children if c.dep_ in ("attr", "acomp")), None)
        if pred is not None and (
            pred.like_num or pred.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
        ):
            return True
    return False


def _is_amount(noun: Token) -> bool:
    """ "840 million shares", "$2 billion", "5%": a quantity rather than a thing or a role."""
    if noun.like_num or noun.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
        return True
    return any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _gerund_subject(tok: Token) -> Token | None:
    """The name right before a gerund that acts as its subject, making it a clause of its own:
    "coincides with the Council announcing meetings"."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl", "pcomp") or tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.pos_ == "PROPN" and (prev is tok.head or prev.dep_ in ("pobj", "dobj")):
        return prev
    return None


def _has_own_subject(tok: Token) -> bool:
    return _gerund_subject(tok) is not None


def _finite_governor(tok: Token, by_index: dict[int, _Event]) -> _Event | None:
    """The nearest event above a non-finite verb that has a tense of its own."""
    node = tok
    for _ in range(8):
        head = _head_event(node, by_index)
        if head is None or head.kind == "noun" or not is_non_finite(head.tok):
            return head
        node = head.tok
    return None


def _non_finite_shown(tok: Token, head: _Event | None) -> bool:
    """Means ("by writing off debts"), a gerund with its own subject ("the Council announcing
    meetings"), the complement of an aspectual verb, and conjuncts of those are shown."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "by":
        return True
    if tok.dep_ == "xcomp" and head is not None and head.drop == "light":
        return True
    if tok.dep_ == "conj" and head is not None and head.tok is tok.head:
        return head.drop is None and is_non_finite(head.tok)
    return False


def _is_credit(tok: Token) -> bool:
    """A credit line ("Jane Roe contributed reporting", "... contributed to this report"): who
    worked on the article, not a happening it tells."""
    if tok.lemma_ != "contribute":
        return False
    for child in tok.children:
        if child.dep_ in ("dobj", "xcomp") and child.lower_ in _CREDIT_WORK:
            return True
        if child.dep_ == "prep" and child.lower_ == "to":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in ("report", "story", "article"):
                return True
    return False


_CREDIT_WORK = {"reporting", "writing", "research", "report", "analysis", "photography"}


def _has_event_object(tok: Token, by_index: dict[int, _Event]) -> bool:
    return any(c.dep_ == "dobj" and c.i in by_index for c in tok.children)


def _is_commentary(ev: _Event) -> bool:
    """Standing states and remarks rather than happenings (see the module docstring)."""
    tok = ev.tok
    if ev.tense == "present" and tok.tag_ != "VBG" and ev.modality not in _NOT_FACT:
        return True  # simple present: "the agenda focuses on", "the visit comes at a time"
    if (
        tok.dep_ in ("relcl", "acl")
        and not is_non_finite(tok)
        and ev.tense not in ("past", "past_perfect", "present_perfect")
    ):
        return True  # "which is closely monitoring", "the isolation Washington is attempting"
    return ev.modality == "negated" and ev.tense in ("present", "present_perfect", "hypothetical")


# ---------------------------------------------------------------------------------------------
# presentation
# ---------------------------------------------------------------------------------------------


_PARTICLES = {"apart", "away", "back", "down", "off", "out", "up", "over", "aside"}


def _trigger(verb: Token) -> tuple[int, int]:
    """The verb with its particle: "writing off"."""
    end = verb.idx + len(verb)
    for child in verb.children:
        if child.i == verb.i + 1 and (
            child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in _PARTICLES)
        ):
            end = child.idx + len(child)  # "fell apart", "put off"
    return verb.idx, end


class NameIndex(dict[int, tuple[Mention, Entity]]):
    """Token index -> the named mention (and its entity) that covers it, with the pronoun each
    person entity takes when its first name tells ("he"/"she")."""

    def __init__(self, pronouns: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.pronouns: dict[str, str] = dict(pronouns or {})
        self.coref: dict[int, coref.Antecedent | None] = {}  # pronoun token -> its antecedent


def _name_mentions(
    doc: Doc, entities: list[Entity], first_names: Mapping[str, str] | None = None
) -> NameIndex:
    """Token index -> the named mention (and its entity) that covers it."""
    out = NameIndex(
        {
            ent.id: first_names[ent.name.split()[0].lower()]
            for ent in entities
            if ent.type == "person"
            and ent.name.split()
            and first_names
            and ent.name.split()[0].lower() in first_names
        }
    )
    # a surname the entity linker typed otherwise ("Clinton" as an organization) is the person
    # the article names in full ("Hillary Clinton"): the one of that surname mentioned more
    # often than all others of it together
    surnames: dict[str, list[Entity]] = {}
    for ent in entities:
        if ent.type == "person" and len(ent.name.split()) > 1:
            surnames.setdefault(ent.name.split()[-1].lower(), []).append(ent)
    for ent in entities:
        owner = ent
        bearers = sorted(surnames.get(ent.name.lower(), []), key=lambda e: -len(e.mentions))
        if ent.type != "person" and bearers:
            rest = sum(len(e.mentions) for e in bearers[1:])
            if len(bearers[0].mentions) > rest:
                owner = bearers[0]
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                held = out.get(tok.i)
                if held is None or len(m.text) > len(held[0].text):
                    out[tok.i] = (m, owner)
    return out


_NP_LEFT = {"det", "poss", "amod", "compound", "nummod", "nmod", "quantmod", "advmod", "case",
            "predet", "neg"}  # fmt: skip
_RELATIVIZERS = {"that", "which", "who", "whom", "what"}


def _noun_phrase(head: Token, names: dict[int, tuple[Mention, Entity]], as_subject: bool) -> str:
    """A noun phrase as written, articles kept; a named subject by its name alone ("Anna
    Berg", not "Norwegian Trade Minister Anna Berg")."""
    if as_subject or head.pos_ == "PRON":
        for child in head.children:  # "her Danish counterpart, Lars Holm"
            if child.dep_ == "appos" and child.i in names and names[child.i][0].kind == "name":
                return names[child.i][0].text
        named = names.get(head.i)
        if named is not None and named[0].kind in ("name", "alias"):
            return named[0].text
        if named is not None and head.pos_ == "PRON" and head.lower_ not in _RELATIVIZERS:
            return named[1].name
        antecedent = _pronoun_antecedent(head, names)
        if antecedent is not None:
            return antecedent[1].name
    left = head.i
    for child in head.children:
        if child.i < head.i and child.dep_ in _NP_LEFT:
            left = min(left, child.left_edge.i)
    end = _word_end(head.doc, head.i + 1, reach=5) or head.i + 1  # "non-compliance", whole
    text = _span_text(head.doc[left:end])
    for child in head.children:  # "the arrest of former Finance Minister Jan Novak"
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                text += " of " + _noun_phrase(obj, names, as_subject=False)
            break
    return text


def _span_text(span: SpacySpan) -> str:
    """Tokens as written, quote marks left out, every run of white space one space."""
    parts: list[str] = []
    for t in span:
        if t.is_quote or t.is_space:
            parts.append(" ")
            continue
        parts.append(t.text_with_ws)
    return " ".join("".join(parts).split())


# "it" and "they" are left out: read on PolNeAR dev, their antecedents were mostly wrong (an
# expletive "it", "they" for a delegation resolved to a country)
_AGENT_PRONOUNS = frozenset(["he", "she"])
_MAX_HOPS = 40  # a profile says "he" a dozen times after the name: follow the whole chain


def _pronoun_antecedent(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """For "he"/"she": the person the coreference model resolves it to (`coref.resolve`, as the
    claims resolve pronoun sources), kept only when the person last named as a subject before
    it (`_last_named_subject`) is the same one. The antecedent's head (or its apposition, "the
    mayor, Jo Park") must be a mention of a named person whose first name takes that pronoun.
    None otherwise: no agent rather than a guess. On 47 subject pronouns of the PolNeAR dev
    sample (benchmarks/read_timelines.py) the model alone was right 30 times and wrong 10, the
    last-named-subject rule alone 37 and 9, the two agreeing 27 and 3."""
    if tok.lower_ not in _AGENT_PRONOUNS:
        return None
    cache: dict[int, coref.Antecedent | None] | None = getattr(names, "coref", None)
    if cache is not None and tok.i in cache:
        found = cache[tok.i]
    else:
        found = coref.resolve(tok.doc, tok, max_hops=_MAX_HOPS)
        if cache is not None:
            cache[tok.i] = found
    if found is None:
        return None
    head = found.token  # the phrase's head, not a possessor in it ("Gary Johnson's doctor")
    named = names.get(head.i)
    for child in head.children:  # "the mayor, Jo Park"
        if named is None and child.dep_ == "appos" and child.i in names:
            named = names[child.i]
    if named is None or named[1].type != "person":
        return None
    if coref.name_gender(named[1].name) not in ("", coref.pronoun_gender(tok)):
        return None  # "she" resolved to a man whose first name says "he": no agent
    check = _last_named_subject(tok, names)
    return named if check is not None and check[1].id == named[1].id else None


def _last_named_subject(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """The person last named before a "he"/"she" as the subject of a clause (news names its
    actor, then refers to it: "Clinton stressed the raid that killed bin Laden. She denied
    ..." is Clinton), else the person last named at all; one of the other gender is skipped."""
    fallback: tuple[Mention, Entity] | None = None
    pronouns = getattr(names, "pronouns", {})
    for i in range(tok.i - 1, max(tok.i - 80, 0) - 1, -1):
        if i in names and names[i][1].type == "person":
            if pronouns.get(names[i][1].id, tok.lower_) != tok.lower_:
                continue  # "she" is not the man named before it
            if _names_a_subject(tok.doc[i]):
                return names[i]
            fallback = fallback or names[i]
    return fallback


def _names_a_subject(word: Token) -> bool:
    """Is this word of a name part of a clause's subject ("Hillary Clinton, a former ...")?"""
    node = word
    for _ in range(4):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.dep_ not in ("compound", "flat", "appos", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _subject(tok: Token, depth: int = 0) -> Token | None:
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj") and child.ent_type_ not in (
            "DATE",
            "TIME",
        ):
            if child.lower_ in _RELATIVIZERS and tok.dep_ == "relcl":
                return tok.head  # "an operation that resulted": the operation
            return child
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and depth < 4:
        return _subject(tok.head, depth + 1)  # "ditched her escort and detoured": the same doer
    return _gerund_subject(tok)


def describe_entry(ev: _Event, names: dict[int, tuple[Mention, Entity]]) -> str | None:
    """What an entry says: `describe`, or where that is only a subject and a verb ("This
    started", "Trump will find"), the verb followed by its next whole phrases as written, up to
    ten words ("This started in Cleveland", "Trump will find it difficult to repeat his
    attacks"); None when nothing whole fits and the verb's argument is missing: a truncated
    entry is not shown."""
    description = describe(ev, names)
    tok = ev.tok
    if ev.kind == "noun" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        return None  # "her campaign of 2008": whose, the bare noun phrase does not tell
    if ev.kind == "noun" or _told_with_head(tok):
        return description
    subject = _subject(tok)
    if subject is not None and subject.dep_ == "csubj" and not _short_clause(subject):
        return None  # "putting it behind her (and ...) took years": the subject is a clause
    if (
        tok.dep_ in ("ccomp", "advcl", "parataxis")
        and _subject(tok) is None
        and not any(c.dep_ == "expl" for c in tok.children)
        and not is_non_finite(tok)
    ):
        return None  # a finite clause whose subject the parse lost: "(licences) would be removed"
    if _gap_clause(tok) or any(c.dep_ == "ccomp" and _gap_clause(c) for c in tok.children):
        return None
    head = describe(ev, names, head_only=True)
    if description != head:
        return description
    if tok.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in tok.children):
        subject = _subject(tok)
        if subject is not None and subject.i != tok.head.i:
            return None  # "remarks Trump had made about ...": its object is the noun before
    tail: list[Token] = []
    for child in sorted((c for c in tok.children if c.i > tok.i), key=lambda c: c.i):
        if child.idx < ev.trigger[1]:
            continue  # the particle is in the trigger already
        if child.dep_ in _TAIL_STOPS or child.is_punct:
            break
        phrase = list(child.subtree)
        if phrase[0].i <= tok.i or any(t.is_space for t in phrase):
            break
        if len(tail) + len(phrase) > 10:
            # "came under withering criticism for its failure to ...": the phrase up to its
            # own modifiers, when that ends on a noun; else the verb's tail stops here
            short = _phrase_core(phrase)
            if len(short) >= 2 and len(tail) + len(short) <= 10:
                tail.extend(short)
            break
        tail.extend(phrase)
    while tail and tail[-1].is_punct:
        tail.pop()
    if tail:
        end = _word_end(tok.doc, tail[-1].i + 1)
        if end is None:
            return None  # the tail would end inside a hyphenated word ("for non-compliance")
        return _tidy(f"{head} {_span_text(tok.doc[tail[0].i : end])}")
    if tok.lemma_ in _BARE_LIGHT:
        # "the admission came after Trump had attacked the council": the clause is what it says
        clause = next((c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i), None)
        mark = (
            None
            if clause is None
            else next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
        )
        if clause is not None and mark is not None and mark.lower_ in _TIME_MARKS:
            words = list(clause.subtree)
            while words and words[-1].is_punct:
                words.pop()
            end = _word_end(tok.doc, words[-1].i + 1) if words else None
            if end is not None and len(words) <= 12 and not any(t.is_space for t in words):
                return _tidy(f"{head} {_span_text(tok.doc[words[0].i : end])}")
    # a complement, before the verb (a fronted quote: '"...," he declared') or after it, that
    # the description leaves out, or a quote's tag hung on the quote ('"...", she added'): the
    # verb alone is no entry
    missing = (
        tok.dep_ == "parataxis"
        or tok.lemma_ in _BARE_LIGHT
        or any(
            (c.dep_ in ("xcomp", "ccomp", "oprd", "dobj") and c.i > tok.i)
            or (c.dep_ == "ccomp" and _fronted_quote(c, tok))
            for c in tok.children
        )
    )
    return None if missing else description


# Intransitive verbs that say nothing without their complement, whose tail the description
# could not keep ("the admission came (after ...)", "his comments came (at a press conference)").
_BARE_LIGHT = {"come"}
_TIME_MARKS = {"after", "before", "as", "when", "while", "since", "amid"}


def _short_clause(clause: Token) -> bool:
    """A clause short enough to be written out whole in a description, on one line."""
    tokens = list(clause.subtree)
    return len(tokens) <= 8 and not any(t.is_space for t in tokens)


def _gap_clause(verb: Token) -> bool:
    """A complement clause that ends at its verb right before another verb: a relative clause
    the parse took for a complement, its object the noun before it ("the biggest contribution
    government can make is ..."), which a description cannot restore."""
    if verb.dep_ != "ccomp" or verb.right_edge.i != verb.i:  # a relcl: `_object_gap`
        return False
    if verb.i + 1 >= len(verb.doc) or not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return False
    nxt = verb.doc[verb.i + 1]
    return nxt.pos_ in ("VERB", "AUX") and not nxt.is_punct


def _fronted_quote(clause: Token, verb: Token) -> bool:
    """Is the complement clause a quote set before its tag ('"We will win," she said')?"""
    between = verb.doc[clause.right_edge.i + 1 : verb.i]
    return clause.i < verb.i and any(t.is_quote or t.text == "," for t in between)


def _phrase_core(phrase: list[Token]) -> list[Token]:
    """A phrase up to its first nested modifier or punctuation, when that ends on a noun."""
    core: list[Token] = []
    for t in phrase:
        if core and (t.is_punct or t.dep_ in _CORE_STOPS):
            break
        core.append(t)
    if not core or core[-1].pos_ not in ("NOUN", "PROPN", "NUM") or not core[-1].whitespace_:
        return []
    last = core[-1]
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in last.children):
        return []  # "the whole of": the noun needs what was cut
    if last.dep_ == "pobj" and not any(c.i < last.i for c in last.children):
        return []  # "as part (of ...)", "in connection (with ...)": a bare noun after a preposition
    return core


_CORE_STOPS = {"prep", "acl", "relcl", "advcl", "conj", "cc", "appos", "mark"}


def _word_end(doc: Doc, end: int, reach: int = 3) -> int | None:
    """`end` moved to a whole-word boundary: past the rest of a word written without spaces
    ("non" + "-" + "compliance"), at most `reach` tokens on; None when it is further."""
    for _ in range(reach + 1):
        if end >= len(doc) or doc[end - 1].whitespace_ or doc[end].is_space:
            return end
        if doc[end].text not in _JOINERS and doc[end - 1].text not in _JOINERS:
            return end  # "sales.", "We're": the word, or a clitic the description adds, ends
        end += 1
    return None


_JOINERS = {"-", "–", "/"}


def _told_with_head(tok: Token) -> bool:
    """The complement of an aspectual or attempt verb is described with that verb."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.lemma_ in _ASPECTUAL | _ATTEMPT
        and head.pos_ in ("VERB", "AUX")
    )


# Right-hand dependents that start another clause: the tail of a description stops there.
_TAIL_STOPS = {"cc", "conj", "advcl", "relcl", "parataxis", "mark", "ccomp", "punct"}


def describe(
    ev: _Event,
    names: dict[int, tuple[Mention, Entity]] | None = None,
    inner: bool = False,
    head_only: bool = False,
) -> str:
    """A short readable phrase: subject (by name), auxiliaries, verb, object or complement."""
    names = names or {}
    tok = ev.tok
    if ev.kind == "noun":
        return _noun_phrase(tok, names, as_subject=False)
    head = tok.head
    if not inner and _told_with_head(tok):
        # "prices began to fall": the complement is told with the verb it hangs from
        return describe(_Event(head, "verb", 0, 0, _trigger(head), "", "fact"), names)
    parts: list[str] = []
    subject = _subject(tok)
    if subject is not None and subject.dep_ == "csubj" and _short_clause(subject):
        # "putting it behind her took years": the clause, not its verb alone
        parts.append(_span_text(tok.doc[subject.left_edge.i : subject.right_edge.i + 1]))
    elif subject is not None:
        parts.append(_noun_phrase(subject, names, as_subject=True))
    else:  # "there had been falling sales": the existential subject is kept
        parts.extend(c.text for c in tok.children if c.dep_ == "expl" and c.i < tok.i)
    verb_text = doc_text(tok.doc)[slice(*ev.trigger)] if ev.trigger[0] == tok.idx else tok.text
    group = [(c.i, c.text) for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")]
    # in text order: "was not", "had never debated", "did not"
    parts.extend(word for _, word in sorted([*group, (tok.i, verb_text)]))
    if head_only:
        return _tidy(" ".join(p.strip() for p in parts if p.strip()))
    complement = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("dobj", "attr", "oprd", "acomp", "dative")
            and c.lower_ not in _WH
            and c.lower_ != "that"
        ),
        None,
    )
    xcomp_child = next(
        (
            c
            for c in tok.children
            if c.dep_ == "xcomp" and c.i > tok.i and tok.lemma_ in _ATTEMPT | _ASPECTUAL
        ),
        None,
    )
    clause = next(
        (
            c
            for c in tok.children
            if c.dep_ == "ccomp"
            and c.i > tok.i
            and c.pos_ in ("VERB", "AUX")
            and not inner
            # "showed that ...", "communicate to the US just how ...", not "prevailed: On ..."
            and not any(t.is_punct for t in tok.doc[tok.i + 1 : c.left_edge.i])
        ),
        None,
    )
    if complement is not None:
        parts.append(
            complement.text
            if complement.pos_ == "ADJ"
            else _noun_phrase(complement, names, as_subject=False)
        )
        particle = next((c for c in tok.children if c.dep_ == "prt" and c.i > complement.i), None)
        if particle is not None:  # "took me in", "put the plan together"
            parts.append(particle.text)
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > complement.i), None)
        if xcomp is not None:  # "led the council to postpone the vote"
            object_event = _Event(xcomp, "verb", 0, 0, _trigger(xcomp), "", "fact")
            parts.append(describe(object_event, inner=True))
    elif clause is not None:  # "polls showed that few Americans thought of it"
        parts.append(_clause_text(clause, names))
    elif xcomp_child is not None:  # "tried to find a diplomatic solution"
        complement_event = _Event(xcomp_child, "verb", 0, 0, _trigger(xcomp_child), "", "fact")
        parts.append(describe(complement_event, names, inner=True))
    elif _object_gap(tok, subject):
        # "the deal (that) the senator made": the noun is the verb's object
        parts.append(_noun_phrase(tok.head, names, as_subject=False))
    else:
        for child in tok.children:  # "was received by ...", "will lead to new steps"
            if child.dep_ in ("agent", "prep") and child.i > tok.i and child.lower_ in _PREP_KEPT:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                    parts.append(f"{child.text} {_noun_phrase(obj, names, as_subject=True)}")
                    break
    return _tidy(" ".join(p.strip() for p in parts if p.strip()))


def _tidy(text: str) -> str:
    """Tokens joined back as written: "wasn't", "Roe's", "$1 million", "U.S.-led"."""
    text = _CLITIC.sub(r"\1", text)
    return _CURRENCY.sub(r"\1", text)


_CLITIC = re.compile(r" (n't|n’t|'s|’s|'re|'ve|'ll|'d|'m|%)(?!\w)")
_CURRENCY = re.compile(r"([$£€]) (?=\d)")


_TIME_NOUNS = {"time", "day", "moment", "year", "week", "month", "night", "morning", "hour",
               "period", "point", "era", "decade", "season", "evening", "afternoon"}  # fmt: skip


def _unfilled_gap(verb: Token) -> bool:
    """A relative clause with its own subject whose object is the noun it hangs from, in a
    shape `_object_gap` cannot restore ("whom Mr. Obama recruited to lead")."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _RELATIVIZERS or _object_gap(verb, subject):
        return False
    if verb.head.ent_type_ in ("DATE", "TIME") or verb.head.lemma_.lower() in _TIME_NOUNS:
        return False
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "acomp", "ccomp", "oprd", "dative", "nsubjpass"):
            return False
        if child.dep_ == "advmod" and child.lower_ in ("where", "when", "why", "how"):
            return False
        if child.dep_ == "prep" and any(c.lower_ in _RELATIVIZERS for c in child.children):
            return False
    return any(c.dep_ in ("xcomp", "prep") for c in verb.children)


def _clause_text(clause: Token, names: dict[int, tuple[Mention, Entity]]) -> str:
    """A complement clause as written when it is short ("that the United States was in breach
    of the agreement"), else its own description."""
    tokens = list(clause.subtree)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if tokens and len(tokens) <= 16 and all(not t.is_space for t in tokens):
        return _span_text(clause.doc[tokens[0].i : tokens[-1].i + 1])
    mark = next((c.text for c in clause.children if c.dep_ == "mark"), "")
    inner_event = _Event(clause, "verb", 0, 0, _trigger(clause), "", "fact")
    return f"{mark} {describe(inner_event, names, inner=True)}".strip()


def _object_gap(verb: Token, subject: Token | None) -> bool:
    """A relative clause whose noun is its verb's object: "the deal (that) the senator made"."""
    if verb.dep_ != "relcl" or subject is None or subject.i == verb.head.i:
        return False
    if subject.dep_ != "nsubj" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if verb.head.ent_type_ in ("DATE", "TIME") or verb.head.lemma_.lower() in _TIME_NOUNS:
        return False  # "by the time the debates began"
    for child in verb.children:
        if child.dep_ in ("attr", "acomp", "oprd", "ccomp", "xcomp", "dative") or (
            child.dep_ == "advmod" and child.lower_ in ("where", "when", "why", "how")
        ):
            return False
        if child.dep_ == "prep" and not any(
            c.dep_ in ("pobj", "pcomp") and c.lower_ not in _RELATIVIZERS for c in child.children
        ):
            return False  # "the house the family lived in", "the debate in which he took part"
        if child.dep_ == "dobj" and child.lower_ not in ("that", "which", "whom", "who"):
            return False
    return True


_PREP_KEPT = {"by", "to", "with", "into", "against", "from", "on", "for"}


def _doer(tok: Token) -> Token | None:
    """The subject of a verb, or for a verb without one ("by writing off debts") the subject of
    the clause it depends on."""
    node: Token | None = tok
    for _ in range(6):
        if node is None:
            return None
        subject = _subject(node)
        if subject is not None or not is_non_finite(node):
            return subject
        node = _governing_verb(node)
    return None


def resolve_agent(
    subject: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """The named entity a subject refers to: its own name (or that of its appositive), or for
    "he"/"she" the person its antecedent names as the coreference model resolves it (the
    resolver the claims use, checked against the last named subject: `_pronoun_antecedent`);
    None when the pronoun has no such antecedent."""
    named = names.get(subject.i)
    if named is None:
        for child in subject.children:  # "her Danish counterpart, Lars Holm"
            if child.dep_ == "appos" and child.i in names:
                named = names[child.i]
                break
    return named or _pronoun_antecedent(subject, names)


def _agent_id(ev: _Event, names: dict[int, tuple[Mention, Entity]]) -> str | None:
    """Entity id of the event's doer: the clause's subject (or, for a verb without one, the
    subject of the clause it depends on); None for nominal events and unnamed subjects."""
    if ev.kind == "noun":
        return None
    doer = _doer(ev.tok)
    found = resolve_agent(doer, names) if doer is not None else None
    return found[1].id if found is not None else None


def _participants(
    ev: _Event, entities: list[Entity], names: dict[int, tuple[Mention, Entity]]
) -> list[str]:
    """Ids of entities mentioned inside the event's clause, the subject's (or doer's) first."""
    ids: list[str] = []
    doer = _doer(ev.tok) if ev.kind != "noun" else None
    if doer is not None:
        named = resolve_agent(doer, names)
        if named is not None:
            ids.append(named[1].id)
    found: list[tuple[int, str]] = []
    for ent in entities:
        inside = [m.start for m in ent.mentions if ev.start <= m.start and m.end <= ev.end]
        if inside:
            found.append((min(inside), ent.id))
    ids.extend(ent_id for _, ent_id in sorted(found) if ent_id not in ids)
    return ids
