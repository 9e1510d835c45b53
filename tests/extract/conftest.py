"""Shared fixtures and helpers for extraction tests: the spaCy pipeline, loaded once per session,
the entities of a raw article (and the one that owns a mention), the timeline of a text as the
pipeline builds it, and the claims of a text (all, those a reader is shown under one cue, the
entity a cue's source is linked to)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from app.config import Settings
from app.extract.claims import extract_claims
from app.extract.document import Document, from_text
from app.extract.entities import extract_entities
from app.extract.model import Claim, Entity, TimelineEvent
from app.extract.nlp import load_nlp
from app.extract.timeline import build_timeline, event_lexicon
from app.extract.timex import extract_time_expressions


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


def entities_of(nlp: Language, raw: str) -> list[Entity]:
    """The entities of a raw article (title line, blank line, story) as the pipeline finds them."""
    document = from_text(raw)
    return extract_entities(nlp(document.text), document)


def source_entity(nlp: Language, text: str, content_start: str) -> str | None:
    """The entity name the source of the claim whose content starts so is linked to (None when
    unlinked), the text's entities found as the pipeline finds them."""
    from app.extract.claims import extract_claims

    ents = entities_of(nlp, text)
    names = {e.id: e.name for e in ents}
    for c in extract_claims(nlp(text), ents):
        if c.content.text.lstrip("\u201c\"'").startswith(content_start):
            assert c.source is not None
            return names.get(c.source.entity_id or "")
    raise AssertionError(f"no claim whose content starts {content_start!r}")


def tagged_entities(nlp: Language, raw: str, spans: list[tuple[str, str, str]]) -> list[Entity]:
    """Entities of `raw` with the model's labels set by hand, as the small model gives them on
    real articles: each (where, text, label) tags `text` at its first occurrence from `where`."""
    document = from_text(raw)
    doc = nlp(document.text)
    ents = []
    for where, text, label in spans:
        at = document.text.index(text, document.text.index(where))
        span = doc.char_span(at, at + len(text), label=label)
        assert span is not None
        ents.append(span)
    doc.ents = [
        e for e in doc.ents if all(e.end <= s.start or e.start >= s.end for s in ents)
    ] + ents
    return extract_entities(doc, document)


def owner(entities: list[Entity], mention: str) -> Entity:
    """The entity one of whose mentions is written `mention`."""
    return next(e for e in entities if any(m.text == mention for m in e.mentions))


def timeline(
    nlp: Language, text: str, published: date | None = None, entities: list[Entity] | None = None
) -> list[TimelineEvent]:
    """The timeline of `text` as the pipeline builds it: time expressions, the given entities,
    and the claims (an event inside one is `reported`)."""
    doc = nlp(text)
    return build_timeline(
        doc,
        extract_time_expressions(doc, published),
        entities or [],
        published,
        lexicon=event_lexicon(nlp),
        claims=extract_claims(doc, entities or []),
    )


FLOOR = Settings().claim_min_confidence  # the API's default floor: what a reader is shown


def claims_of(nlp: Language, text: str) -> list[Claim]:
    """Every claim of `text`, with no entities to link sources to."""
    return extract_claims(nlp(text), [])


def with_cue(claims: list[Claim], cue: str) -> list[Claim]:
    """Every claim whose cue reads `cue`, in text order."""
    return [c for c in claims if c.cue is not None and c.cue.text == cue]


def by_cue(claims: list[Claim], cue: str) -> Claim:
    """The first claim with this cue (asserting there is one)."""
    found = with_cue(claims, cue)
    assert found, f"no claim with cue {cue!r} in {[c.cue.text for c in claims if c.cue]}"
    return found[0]


def last_by_cue(claims: list[Claim], cue: str) -> Claim:
    """The last claim with this cue (asserting there is one)."""
    found = with_cue(claims, cue)
    assert found, f"no claim with cue {cue!r}: {[c.cue.text for c in claims if c.cue]}"
    return found[-1]


def shown(claims: list[Claim], cue: str) -> list[Claim]:
    """The claims with this cue a reader is shown (at the default floor)."""
    return [c for c in claims if c.cue is not None and c.cue.text == cue and c.confidence >= FLOOR]


def linked(nlp: Language, text: str, cue: str) -> str | None:
    """The entity id the source of the last claim with this cue is linked to, the text's own
    entities extracted as the pipeline does."""
    doc = nlp(text)
    found = [
        c
        for c in extract_claims(doc, extract_entities(doc, Document(text=text)))
        if c.cue is not None and c.cue.text == cue and c.source is not None
    ]
    assert found, f"no claim with cue {cue!r}"
    source = found[-1].source
    assert source is not None
    return source.entity_id


def linked_name(nlp: Language, text: str, cue: str) -> str | None:
    """The name of the entity `linked` finds, or None."""
    found = linked(nlp, text, cue)
    doc = nlp(text)
    names = {e.id: e.name for e in extract_entities(doc, Document(text=text))}
    return None if found is None else names.get(found)


def source_names(raw: str, cue: str) -> list[str | None]:
    """The entity name each claim with this cue is linked to (None when unlinked), in text
    order, from the whole pipeline on a raw article."""
    from app.extract.pipeline import extract

    brief = extract(from_text(raw))
    names = {e.id: e.name for e in brief.entities}
    return [
        names.get(c.source.entity_id) if c.source and c.source.entity_id else None
        for c in brief.claims
        if c.cue is not None and c.cue.text == cue
    ]
