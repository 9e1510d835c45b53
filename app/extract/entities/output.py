"""Output: entity groups become `Entity` records with mentions, alias reasons and salience."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from app.extract.document import Document
from app.extract.entities.grouping import _Group
from app.extract.entities.keys import _department_form, _initials_apart, _middle_name
from app.extract.model import Entity, Mention, fold
from app.extract.tokens import doc_text


def _to_entities(doc: Doc, document: Document, groups: dict[str, _Group]) -> list[Entity]:
    text = doc_text(doc)
    merged: dict[str, Entity] = {}
    metonyms: dict[str, set[str]] = defaultdict(set)
    reasons: dict[str, dict[str, str]] = defaultdict(dict)  # entity id -> folded alias -> why
    for grp in groups.values():
        if grp.type == "group" and not any(c.kind == "name" for c in grp.cands):
            continue
        mentions = {
            (c.start, c.end): Mention(text[c.start : c.end], c.start, c.end, c.kind)
            for c in grp.cands
        }
        for m in grp.extra:
            mentions.setdefault((m.start, m.end), m)
        eid = grp.id
        ent = merged.get(eid)
        if ent is None:
            ent = merged[eid] = Entity(
                id=eid, name=grp.name, type=grp.type, attributes=dict(grp.attributes)
            )
        else:
            ent.attributes.update(grp.attributes)
        ent.mentions.extend(mentions.values())
        ent.roles.extend(grp.roles)
        metonyms[eid] |= grp.metonyms
        default = (
            "country name"
            if grp.key.startswith("country:")
            else ("place name" if grp.type == "place" else "same name")
        )
        for c in grp.cands:
            folded = fold(text[c.start : c.end])
            if c.reason or folded not in reasons[eid]:
                reasons[eid][folded] = c.reason or default
    entities = list(merged.values())
    for ent in entities:
        ent.mentions.sort(key=lambda m: (m.start, m.end))
        uniq: list[Mention] = []
        for m in ent.mentions:
            if uniq and (uniq[-1].start, uniq[-1].end) == (m.start, m.end):
                continue
            if m.kind in ("name", "alias"):
                m.kind = "name" if fold(m.text) == fold(ent.name) else "alias"
            uniq.append(m)
        ent.mentions = uniq
        ent.aliases = sorted(
            {m.text for m in uniq if m.kind == "alias" and fold(m.text) not in metonyms[ent.id]}
        )
        ent.alias_reasons = {a: _alias_reason(a, ent.name, reasons[ent.id]) for a in ent.aliases}
    _score_salience(entities, document)
    entities.sort(key=lambda e: (-e.salience, e.mentions[0].start if e.mentions else 0))
    return entities


def _alias_reason(alias: str, name: str, known: dict[str, str]) -> str:
    """Why `alias` names the entity called `name`: as recorded when the mention joined it, or,
    for the form that came first ("Justice Department" before "Department of Justice"), the
    relation between the two names."""
    department = _department_form(alias.split())
    if department is not None and department == _department_form(name.split()):
        return "word order"
    found = known.get(fold(alias), "same name")
    if found == "same name" and _initials_apart(f"x:{fold(alias)}", f"x:{fold(name)}"):
        return "middle initial"  # "Donald Trump" of "Donald J. Trump"
    if found == "same name" and _middle_name(f"x:{fold(alias)}", f"x:{fold(name)}"):
        return "middle name"  # "Hillary Clinton" of "Hillary Rodham Clinton"
    return found


def _lead_end(document: Document) -> int:
    """End offset of the lead: the first paragraph of the body."""
    for section in document.sections:
        if section.paragraphs:
            return section.paragraphs[0].end
    return len(document.text)


def _score_salience(entities: list[Entity], document: Document) -> None:
    """Salience in [0, 1]: headline presence, lead presence, frequency and first position."""
    if not entities:
        return
    headline = document.headline_span
    headline_folded = fold(document.headline or "") if headline is None else ""
    lead_end = _lead_end(document)
    weights = {"name": 1.0, "alias": 1.0, "nominal": 0.8, "pronoun": 0.5, "adjective": 0.4}
    counts = {e.id: sum(weights[m.kind] for m in e.mentions) for e in entities}
    top = max(counts.values()) or 1.0
    length = max(len(document.text), 1)
    for e in entities:
        if not e.mentions:
            continue
        if headline is not None:
            in_headline = any(headline[0] <= m.start < headline[1] for m in e.mentions)
        else:
            in_headline = bool(headline_folded) and fold(e.name) in headline_folded
        body = [m for m in e.mentions if headline is None or m.start >= headline[1]]
        in_lead = any(m.start < lead_end for m in body)
        first = body[0].start / length if body else 1.0
        score = 0.3 * in_headline + 0.25 * in_lead + 0.3 * counts[e.id] / top + 0.15 * (1 - first)
        e.salience = round(min(1.0, max(0.0, score)), 3)
