"""The plain data an extraction produces: a brief and its parts, no database, no HTTP.

Every span is a pair of Python string indices (Unicode code points) into `ExtractedBrief.text`,
so `text[start:end]` is always the span's own `text`. The same objects are rendered to JSON for
`newsbrief extract`, stored by the store, and served by `GET /briefs/{id}` (see `render.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal[
    "person", "organization", "place", "event", "group", "product", "work", "law", "other"
]
MentionKind = Literal["name", "alias", "nominal", "adjective", "pronoun"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
# fact: it happened (or holds) as the text states it; negated: the text says it did not;
# future: announced or scheduled; hypothetical: conditional, intended or required ("if", "would",
# "plans to"); uncertain: possible, as the text hedges it ("may", "could", "reportedly");
# reported: it exists only inside someone's claim (`TimelineEvent.claim_id`).
Modality = Literal["fact", "negated", "future", "hypothetical", "uncertain", "reported"]
# How an entry's `order` was reached: its own date; the text ordering it against a dated event
# ("after", "before", "following"); its tense against the publication date; or not at all
# (undated entries come last, in text order, and are to be listed apart).
Placement = Literal["date", "text", "tense", "undated"]
SourceKind = Literal["named", "pronoun", "anonymous", "report", "author"]
QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(slots=True)
class Span:
    """A stretch of the brief's text."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int


@dataclass(slots=True)
class Section:
    """A run of paragraphs under one heading (`heading` is None for the lead section)."""

    heading: str | None
    start: int
    end: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    heading_start: int | None = None
    heading_end: int | None = None


@dataclass(slots=True)
class Dateline:
    """The wire dateline that opens a story: "LONDON, March 3 (Reuters) -".

    `text` is the whole dateline with its dash; `place`, `agency` and `date` are the parts as
    written (None when absent). The span is part of the text but not of the story.
    """

    text: str
    start: int
    end: int
    place: str | None = None
    agency: str | None = None
    date: str | None = None


ResidueKind = Literal["markup", "label"]


@dataclass(slots=True)
class Residue:
    """Text that is not the story's prose: markup left by a scraper (`<tweet ... />`, `&amp;`)
    or a section label ("ABSTRACT.", "FULL TEXT."). Kept in the text, out of the summary,
    the headline and the entities."""

    text: str
    start: int
    end: int
    kind: ResidueKind


@dataclass(slots=True)
class Mention:
    text: str
    start: int
    end: int
    kind: MentionKind = "name"


@dataclass(slots=True)
class Role:
    """What the article says an entity is: "president" of Venezuela, "wife" of Maduro."""

    title: str
    text: str  # the evidence, e.g. "Venezuelan President"
    start: int
    end: int
    affiliation: str | None = None  # entity id of the country/organization, if any
    of: str | None = None  # entity id of the person the role is relative to ("wife" of)


@dataclass(slots=True)
class Entity:
    """One real-world thing the article is about, with all its mentions."""

    id: str  # stable, readable: "<type>:<slug of canonical name>"
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    salience: float = 0.0
    mentions: list[Mention] = field(default_factory=list)
    # Place facts and the like: country_code, geonames_id, latitude, longitude, country,
    # capital_of (entity id), wikidata, ... Only keys with known values are present.
    attributes: dict[str, str | float | int | bool] = field(default_factory=dict)
    # Why each alias names this entity: "surname", "first name", "acronym", "word order",
    # "initial or title + surname", "middle initial", "without corporate suffix", "first word
    # of the name", "country name", "place name", "same name".
    alias_reasons: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class TimeExpression:
    """A TIMEX3: a temporal expression and its normalized value."""

    id: str  # "t1", "t2" ... in text order
    text: str
    start: int
    end: int
    type: TimexType
    value: str  # TIMEX3 value: 2013-03-21, 199X, P3Y, PRESENT_REF, XXXX-XX-XX ...
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER ...
    # what a relative value was resolved against: "publication" or None when absolute;
    # "unresolved" when it is relative but the article has no publication date.
    anchor: str | None = None


@dataclass(slots=True)
class TimelineEvent:
    """A happening the article reports, anchored in time where the text allows."""

    id: str  # "e1", "e2" ... in text order
    order: int  # position in the timeline, 0 = earliest
    description: str  # short readable phrase: "relations cooled"
    start: int  # evidence span (usually the clause)
    end: int
    trigger: Span  # the word that names the event ("cooled")
    time: TimeExpression | None = None
    entities: list[str] = field(default_factory=list)  # entity ids of participants
    modality: Modality = "fact"
    tense: str | None = None  # past_perfect, past, present, future ...
    # The resolved point or period, ISO-like and sortable ("1990", "2016-2025"), when known.
    date: str | None = None
    # How likely the entry is right (a real event, with the right modality and date), calibrated
    # on held-out TimeML (benchmarks/eval_timeline.py).
    confidence: float = 0.5
    agent: str | None = None  # entity id of the doer (the clause's subject), when it is named
    # the claim a `reported` event is part of (None for quoted words no claim covers)
    claim_id: str | None = None
    reported_by: str | None = None  # that claim's source, as the text names it
    # For a `reported` event: its own modality inside the claim (future, hypothetical, negated,
    # uncertain, or fact), which `reported` does not show; None outside claims.
    reported_modality: Modality | None = None
    placement: Placement = "tense"
    # For an undated entry the text orders against dated ones: the dates bounding it, and the
    # ids of the entries they come from ("after e3").
    not_before: str | None = None
    not_after: str | None = None
    bound_by: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ClaimSource:
    text: str
    start: int
    end: int
    kind: SourceKind
    entity_id: str | None = None
    role: str | None = None  # "Russian Interior Minister", when the text gives it


@dataclass(slots=True)
class ClaimContent(Span):
    """What was said: its extent, and the stretches that make it up (`parts`).

    A quote split by its tag (“A,” she said. “B.”) or run over paragraphs is one content of
    several parts; `start`/`end` cover them all, the tag between them is in no part.
    """

    parts: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    """An attribution: who (source) says or believes (cue) what (content)."""

    id: str  # "c1", "c2" ... in text order
    source: ClaimSource | None
    cue: Span | None
    content: ClaimContent
    quote: QuoteKind = "indirect"
    hedged: bool = False
    hedges: list[str] = field(default_factory=list)  # the hedge words found
    # The cue itself is negated ("did not say", "never claimed"): the source denies saying it.
    negated: bool = False
    # Calibrated probability that source, cue and content are all right (PolNeAR dev).
    confidence: float = 1.0


@dataclass(slots=True)
class ExtractionInfo:
    pipeline: str  # "newsbrief"
    model: str  # spaCy pipeline name and version
    version: str  # newsbrief version


@dataclass(slots=True)
class ExtractedBrief:
    id: str
    headline: str | None
    published_at: str | None  # ISO 8601 date or datetime, as given by the source
    source: str | None
    url: str | None
    language: str
    summary: str
    text: str
    sections: list[Section]
    entities: list[Entity]
    time_expressions: list[TimeExpression]
    timeline: list[TimelineEvent]
    claims: list[Claim]
    extraction: ExtractionInfo
    dateline: Dateline | None = None
    residue: list[Residue] = field(default_factory=list)


def fold(text: str) -> str:
    """Accent- and case-insensitive form of a name: "Nicolás Maduro" -> "nicolas maduro"."""
    if text.isascii():
        # Decomposition and the accent strip change nothing in ASCII and casefold is lower:
        # the same result at a fraction of the cost (the extractors fold every candidate word).
        return " ".join(text.lower().split())
    return _fold_unicode(text)


# Typographic apostrophes and hyphens fold to ASCII: "O’Neill" = "O'Neill", "Díaz‑Canel" (a
# non-breaking hyphen) = "Diaz-Canel". Sources mix both in one article.
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'", "‐": "-", "‑": "-"})


def _fold_unicode(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.translate(_TYPOGRAPHIC))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def entity_id(type_: str, name: str) -> str:
    """Stable, readable entity id: ("person", "Nicolás Maduro") -> "person:nicolas-maduro".

    Letters of any script are kept ("place:القاهرة"); accents on Latin letters are folded so
    that spelling variants meet. A name with no letters or digits at all gets a short hash, so
    two such names never share an id.
    """
    import hashlib
    import re

    slug = re.sub(r"[\W_]+", "-", fold(name)).strip("-")
    if not slug:
        slug = "x" + hashlib.sha256(name.encode()).hexdigest()[:12]
    return f"{type_}:{slug[:80]}"
