"""The trained name recogniser ships with the package, is on by default and runs on sports
reports only, leaves spaCy's own entities alone and feeds the entity layer."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from app.extract.document import from_text
from app.extract.entities import extract_entities
from app.extract.names_model import MODEL_DIR, SPANS_KEY, names_model_enabled
from app.extract.nlp import DEFAULT_MODEL, model_label

TEXT = (
    "Kenyan runner Faith Wanjiru won the Boston Marathon on Monday, her coach at the "
    "Nairobi Athletics Club said. Wanjiru earned $150,000 and will race in Berlin in "
    "September."
)


@pytest.fixture(scope="module")
def with_names() -> Language:
    """The default pipeline plus the recogniser, as `load_nlp` builds it (NEWSBRIEF_NAMES on)."""
    nlp = spacy.load(DEFAULT_MODEL, exclude=["senter"])
    nlp.add_pipe("newsbrief_line_breaks", before="parser")
    nlp.add_pipe("newsbrief_names", after="ner")
    return nlp


def test_shipped_and_on_by_default(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert (MODEL_DIR / "ner" / "model").is_file()
    monkeypatch.delenv("NEWSBRIEF_NAMES", raising=False)
    assert names_model_enabled()
    assert "newsbrief_names" in nlp.pipe_names  # the suite's shared pipeline, as the loader's
    monkeypatch.setenv("NEWSBRIEF_NAMES", "off")
    assert not names_model_enabled()


def test_names_go_to_their_own_span_group_and_doc_ents_stay_spacys(with_names: Language) -> None:
    doc = with_names(TEXT)
    names = {(s.text, s.label_) for s in doc.spans[SPANS_KEY]}
    assert ("Faith Wanjiru", "PERSON") in names
    assert ("Berlin", "GPE") in names
    assert all(label in ("PERSON", "ORG", "GPE", "MISC") for _, label in names)
    bare = spacy.load(DEFAULT_MODEL)(TEXT)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [
        (e.start, e.end, e.label_) for e in bare.ents
    ]
    assert any(e.label_ == "MONEY" for e in doc.ents)  # the pipeline's other labels are kept
    assert "+names-" in model_label(with_names)


def test_batches_give_the_same_names_as_one_document(with_names: Language) -> None:
    texts = [TEXT, "Officials in Lagos said the Central Bank of Nigeria would act.", TEXT]
    singles = [with_names(t) for t in texts]
    batched = list(with_names.pipe(texts))
    assert [d.text for d in batched] == texts  # in the order given, tagged or not

    def names(doc: Doc) -> set[tuple[int, int, str]] | None:
        if SPANS_KEY not in doc.spans:
            return None
        return {(s.start, s.end, s.label_) for s in doc.spans[SPANS_KEY]}

    assert [names(d) for d in singles] == [names(d) for d in batched]


def test_it_runs_on_sports_reports_only(with_names: Language) -> None:
    # Elsewhere it loses to spaCy's own names, so it is not run there: it costs nothing.
    report = with_names("Tennis: Osaka beats Keys in Melbourne\n\nNaomi Osaka won in Melbourne.")
    assert SPANS_KEY in report.spans
    assert ("Melbourne", "GPE") in {(s.text, s.label_) for s in report.spans[SPANS_KEY]}
    other = with_names("Budget talks\n\nOfficials in Lagos said the bank would act.")
    assert SPANS_KEY not in other.spans
    assert [e.text for e in other.ents] == [
        e.text for e in spacy.load(DEFAULT_MODEL)(other.text).ents
    ]


def test_the_entity_layer_reads_the_recognisers_names(with_names: Language) -> None:
    document = from_text("Athletics: Wanjiru wins in Boston\n\n" + TEXT + "\n")
    entities = {e.id: e for e in extract_entities(with_names(document.text), document)}
    wanjiru = entities["person:faith-wanjiru"]
    assert wanjiru.alias_reasons == {"Wanjiru": "surname"}
    assert entities["place:berlin"].type == "place"
    for e in entities.values():
        for m in e.mentions:
            assert document.text[m.start : m.end] == m.text


def test_outside_a_sports_report_the_entity_layer_reads_spacys_names(
    with_names: Language,
) -> None:
    # The recogniser's names are read in sports reports only: here a wrong label it might
    # give (set by hand) changes nothing.
    text = "Budget talks\n\nOfficials in Lagos said the Central Bank of Nigeria would act.\n"
    document = from_text(text)
    doc = with_names(document.text)
    lagos = next(t for t in doc if t.text == "Lagos")
    doc.spans[SPANS_KEY] = [Span(doc, lagos.i, lagos.i + 1, label="PERSON")]
    types = {e.name: e.type for e in extract_entities(doc, document)}
    assert types["Lagos"] == "place"


def test_the_switch_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.config import Settings

    monkeypatch.delenv("NEWSBRIEF_NAMES", raising=False)
    assert Settings().names is True  # on by default
    assert names_model_enabled()
    monkeypatch.setenv("NEWSBRIEF_NAMES", "off")
    assert Settings().names is False
    assert not names_model_enabled()
    monkeypatch.setenv("NEWSBRIEF_NAMES", "true")
    assert Settings().names is True
    monkeypatch.setenv("NEWSBRIEF_NAMES", "maybe")
    with pytest.raises(ValueError):  # a typo is an error at start-up, not silently off
        Settings()
