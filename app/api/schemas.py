"""The public JSON shapes of the API, named for OpenAPI and generated clients.

The brief models mirror `app.extract.model` field for field: the stored JSON that
`GET /briefs/{id}` serves is rendered from those dataclasses, and a test validates it against
`BriefOut`, so the documented schema and the bytes on the wire cannot drift apart.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal[
    "person", "organization", "place", "event", "group", "product", "work", "law", "other"
]


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SpanOut(_Out):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ParagraphOut(_Out):
    start: int
    end: int


class SectionOut(_Out):
    heading: str | None
    start: int
    end: int
    paragraphs: list[ParagraphOut]
    heading_start: int | None = None
    heading_end: int | None = None


class MentionOut(_Out):
    text: str
    start: int
    end: int
    kind: Literal["name", "alias", "nominal", "adjective", "pronoun"]


class RoleOut(_Out):
    title: str
    text: str
    start: int
    end: int
    affiliation: str | None = None
    of: str | None = None


class EntityOut(_Out):
    id: str = Field(examples=["person:nicolas-maduro"])
    name: str
    type: EntityType
    aliases: list[str]
    roles: list[RoleOut]
    salience: float = Field(ge=0, le=1)
    mentions: list[MentionOut]
    attributes: dict[str, str | float | int | bool]
    alias_reasons: dict[str, str] = Field(
        default_factory=dict, examples=[{"Maduro": "surname", "DOJ": "acronym"}]
    )


class TimeExpressionOut(_Out):
    id: str
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str = Field(examples=["199X", "2025-01-03", "P3Y", "PRESENT_REF"])
    mod: str | None = None
    anchor: str | None = None


class TimelineEventOut(_Out):
    id: str
    order: int
    description: str
    start: int
    end: int
    trigger: SpanOut
    time: TimeExpressionOut | None = None
    entities: list[str]
    modality: Literal["fact", "negated", "future", "hypothetical", "uncertain", "reported"]
    tense: str | None = None
    date: str | None = None
    confidence: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="How sure the extractor is that this item is right (0-1); absent or null "
        "for items extracted before confidences existed.",
    )
    agent: str | None = None
    claim_id: str | None = None
    reported_by: str | None = None
    reported_modality: Literal["fact", "negated", "future", "hypothetical", "uncertain"] | None = (
        Field(
            default=None,
            description='For a `reported` event: its own modality inside the claim ("will save '
            'lives" is future); null outside claims.',
        )
    )
    placement: Literal["date", "text", "tense", "undated"] = "tense"
    not_before: str | None = None
    not_after: str | None = None
    bound_by: list[str] = Field(default_factory=list)


class ClaimSourceOut(_Out):
    text: str
    start: int
    end: int
    kind: Literal["named", "pronoun", "anonymous", "report", "author"]
    entity_id: str | None = None
    role: str | None = None


class ClaimContentOut(SpanOut):
    """The content's extent, and its parts (several when a tag splits a quote)."""

    parts: list[SpanOut] = []


class ClaimOut(_Out):
    id: str
    source: ClaimSourceOut | None
    cue: SpanOut | None
    content: ClaimContentOut
    quote: Literal["direct", "indirect", "mixed"]
    hedged: bool
    hedges: list[str]
    negated: bool = False
    # Calibrated probability that source, cue and content are all right.
    confidence: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="How sure the extractor is that this item is right (0-1); absent or null "
        "for items extracted before confidences existed.",
    )


class DatelineOut(_Out):
    """The wire dateline that opens the story ("LONDON, March 3 (Reuters) -"), in parts."""

    text: str
    start: int
    end: int
    place: str | None = None
    agency: str | None = None
    date: str | None = Field(default=None, description="the date as the dateline writes it")


class ResidueOut(_Out):
    """Markup left by the source, or a section label ("ABSTRACT."): in the text, not the story."""

    text: str
    start: int
    end: int
    kind: Literal["markup", "label"]


class ExtractionOut(_Out):
    pipeline: str
    model: str
    version: str


class BriefOut(_Out):
    """A whole brief: the article, its entities, time expressions, timeline and claims."""

    id: str
    headline: str | None
    published_at: str | None
    source: str | None
    url: str | None
    language: str
    summary: str
    text: str
    sections: list[SectionOut]
    entities: list[EntityOut]
    time_expressions: list[TimeExpressionOut]
    timeline: list[TimelineEventOut]
    claims: list[ClaimOut]
    extraction: ExtractionOut
    dateline: DatelineOut | None = None
    residue: list[ResidueOut] = Field(default_factory=list)


class ArticleOut(_Out):
    id: str
    headline: str | None
    published_at: str | None
    source: str | None
    url: str | None
    language: str
    summary: str
    text: str
    sections: list[SectionOut]
    dateline: DatelineOut | None = None
    residue: list[ResidueOut] = Field(default_factory=list)


class Counts(_Out):
    entities: int
    claims: int
    events: int


class BriefSummary(_Out):
    id: str
    headline: str | None
    published_at: str | None
    source: str | None
    url: str | None
    summary: str
    counts: Counts


class BriefPage(_Out):
    items: list[BriefSummary]
    next: str | None = Field(description="URL of the next page, or null on the last page")


class EntitySummary(_Out):
    id: str
    name: str
    type: str
    brief_count: int
    attributes: dict[str, Any]


class EntityPage(_Out):
    items: list[EntitySummary]
    next: str | None


class EntityAliasOut(_Out):
    name: str
    briefs: list[str] = Field(description="ids of the briefs this name came from")


class EntityBriefOut(BriefSummary):
    salience: float
    name: str = Field(description="the name the brief uses for the entity")


class RelatedEntity(_Out):
    id: str
    name: str
    type: str
    briefs: int = Field(
        description="briefs the two share, among the entity's newest 200 (a bounded page at "
        "any archive size)"
    )


class StoredRoleOut(RoleOut):
    brief_id: str


class StoredClaimOut(ClaimOut):
    """A claim as stored: `id` is store-wide, `local_id` its id within the brief."""

    local_id: str
    brief_id: str


class EntityDetail(_Out):
    id: str
    name: str
    type: str
    attributes: dict[str, Any]
    brief_count: int
    aliases: list[EntityAliasOut]
    roles: list[StoredRoleOut]
    briefs: list[EntityBriefOut]
    claims: list[StoredClaimOut]
    related: list[RelatedEntity]


class ClaimPage(_Out):
    items: list[StoredClaimOut]
    next: str | None


class StoredEventOut(TimelineEventOut):
    local_id: str
    brief_id: str


class TimelinePage(_Out):
    items: list[StoredEventOut]
    next: str | None


class Health(_Out):
    status: Literal["ok"]


class Ready(_Out):
    status: Literal["ready", "not ready"]
    database: str
    migration: str | None
    head: str | None


class Problem(BaseModel):
    """An RFC 9457 problem detail: what every error response carries."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(examples=["https://newsbrief.dev/problems/not-found"])
    title: str
    status: int
    detail: str
    instance: str | None = None


class NewBrief(BaseModel):
    """An article to extract and store (POST /briefs)."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, max_length=1000)
    text: str = Field(min_length=1)
    published: str | None = Field(default=None, max_length=40, examples=["2026-01-04"])
    source: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    language: str | None = Field(default=None, max_length=16)
