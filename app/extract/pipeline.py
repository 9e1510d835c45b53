"""One spaCy pass over a document, then entities, time expressions, timeline, claims, summary."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from app.extract.claims import extract_claims
from app.extract.document import Document, from_text
from app.extract.entities import extract_entities
from app.extract.entity_names import given_names
from app.extract.model import ExtractedBrief, ExtractionInfo
from app.extract.nlp import DEFAULT_MODEL, load_nlp, model_label, newsbrief_version
from app.extract.places import gazetteer
from app.extract.summary import summarize
from app.extract.timeline import build_timeline, event_lexicon
from app.extract.timex import extract_time_expressions, load_dateparser

BATCH_SIZE = 16
log = logging.getLogger("newsbrief.extract")
T = TypeVar("T")


def run_step(phase: str, fn: Callable[..., T], *args: Any) -> T:
    """How `brief_from_doc` runs each phase by default: it just calls it."""
    return fn(*args)


# The phases `brief_from_doc` passes to its `step`, in order (benchmarks/profile_extract.py
# times each by passing a step that does).
PHASES = ("entities", "time expressions", "claims", "timeline", "summary", "brief assembly")


def brief_from_doc(
    document: Document, doc: Doc, nlp: Language, step: Callable[..., Any] = run_step
) -> ExtractedBrief:
    """Everything newsbrief extracts from one parsed document.

    `step(phase, fn, *args)` runs each phase (named in PHASES); the default just calls it.
    """
    published = document.published
    entities = step("entities", extract_entities, doc, document)
    time_expressions = step("time expressions", extract_time_expressions, doc, published)
    not_story = [(r.start, r.end) for r in document.residue]
    if document.dateline is not None:
        not_story.append((document.dateline.start, document.dateline.end))
    claims = step("claims", extract_claims, doc, entities, not_story)
    # the timeline reads the claims (an event inside one is `reported`) and the tables of the
    # model that parsed the document, built once per model
    timeline = step(
        "timeline",
        functools.partial(build_timeline, lexicon=event_lexicon(nlp), claims=claims),
        doc,
        time_expressions,
        entities,
        published,
    )
    summary = step("summary", summarize, doc, document)
    return ExtractedBrief(
        id=document.brief_id,
        headline=document.headline,
        published_at=document.published_at,
        source=document.source,
        url=document.url,
        language=document.language,
        summary=summary,
        text=document.text,
        sections=document.sections,
        entities=entities,
        time_expressions=time_expressions,
        timeline=timeline,
        claims=claims,
        extraction=step("brief assembly", extraction_info, nlp),
        dateline=document.dateline,
        residue=document.residue,
    )


def extraction_info(nlp: Language) -> ExtractionInfo:
    """What made a brief: newsbrief's version and the spaCy model's name and version."""
    model, version = _labels(nlp)
    return ExtractionInfo(pipeline="newsbrief", model=model, version=version)


@functools.lru_cache(maxsize=4)
def _labels(nlp: Language) -> tuple[str, str]:
    # Fixed for the life of a process, and ~0.7 ms to read: spaCy rebuilds the model's meta
    # (labels of every component) and importlib re-reads the package metadata on every call.
    return model_label(nlp), newsbrief_version()


def warm_up(model: str = DEFAULT_MODEL) -> None:
    """Build now what the extractors otherwise build on the first article of a process.

    The spaCy model, the place gazetteer, the given-name list and dateparser's English tables
    are loaded once per process; a worker that calls this at start keeps that cost out of the
    first article it is timed or logged on.
    """
    nlp = load_nlp(model)
    gazetteer()
    given_names()
    load_dateparser()
    event_lexicon(nlp)
    document = from_text("Warm-up\n\nThe minister said on 3 March that talks would resume.")
    brief_from_doc(document, nlp(document.text), nlp)


def extract(document: Document, model: str = DEFAULT_MODEL) -> ExtractedBrief:
    nlp = load_nlp(model)
    return brief_from_doc(document, nlp(document.text), nlp)


@dataclass(slots=True)
class ExtractionFailure:
    """A document the extractors failed on: reported and skipped, the batch goes on."""

    brief_id: str
    error: str


def extract_many(
    documents: Iterable[Document], model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE
) -> Iterator[ExtractedBrief | ExtractionFailure]:
    """Briefs for many documents, parsed in batches with `nlp.pipe` (the fast path)."""
    nlp = load_nlp(model)
    pairs = nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=batch_size)
    for doc, document in pairs:
        try:
            yield brief_from_doc(document, doc, nlp)
        except Exception as exc:  # one bad article must not stop a load of thousands
            log.exception("extraction failed for brief %s", document.brief_id)
            yield ExtractionFailure(document.brief_id, f"{type(exc).__name__}: {exc}")
