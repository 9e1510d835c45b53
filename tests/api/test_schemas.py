"""The response models against the extraction dataclasses they document, field by field."""

from __future__ import annotations

import dataclasses

import pytest
from pydantic import BaseModel

from app.api import schemas as s
from app.extract import model as m

PAIRS: list[tuple[type, type[BaseModel]]] = [
    (m.Span, s.SpanOut),
    (m.Paragraph, s.ParagraphOut),
    (m.Section, s.SectionOut),
    (m.Mention, s.MentionOut),
    (m.Role, s.RoleOut),
    (m.Entity, s.EntityOut),
    (m.TimeExpression, s.TimeExpressionOut),
    (m.TimelineEvent, s.TimelineEventOut),
    (m.ClaimSource, s.ClaimSourceOut),
    (m.Claim, s.ClaimOut),
    (m.ExtractionInfo, s.ExtractionOut),
    (m.ExtractedBrief, s.BriefOut),
]
# Fields a model documents before every extractor fills them: optional, absent from old JSON.
AHEAD_OF_THE_DATACLASS = {"confidence"}


@pytest.mark.parametrize(("dataclass", "model"), PAIRS, ids=lambda x: x.__name__)
def test_every_dataclass_field_is_in_its_model(dataclass: type, model: type[BaseModel]) -> None:
    fields = {f.name for f in dataclasses.fields(dataclass)}
    documented = set(model.model_fields)
    assert fields <= documented, f"{model.__name__} lacks {sorted(fields - documented)}"
    extra = documented - fields
    assert extra <= AHEAD_OF_THE_DATACLASS, f"{model.__name__} documents {sorted(extra)}"
    for name in extra:  # a field the JSON may lack must be optional
        assert not model.model_fields[name].is_required(), name
