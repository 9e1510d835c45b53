"""newsbrief's trained name recogniser: who is a person, an organization or a place.

A spaCy `ner` component fine-tuned from en_core_web_sm's on CoNLL-2003's training split and
GUM's training part (`scripts/train_ner.py`, which says how), shipped in `models/names/` and
loaded from the package. It runs after the pipeline's own `ner` and leaves `doc.ents` as that
one set them (dates, money, nationalities... are still the original's, and the bare spaCy
figures stay what they are): its names go to `doc.spans["names"]`, labelled PERSON, ORG, GPE
and MISC. In a sports report (its first line names a sport or uses the sports vocabulary) the
entity layer reads person, organization and place from there, elsewhere from `doc.ents`
(`entities.candidates._named_spans`).

It runs on sports reports only (`sports_headline`: the first line names a sport or uses the
sports vocabulary) and costs nothing elsewhere; NEWSBRIEF_NAMES=off leaves it out altogether.
Measured with `benchmarks/eval_entities.py` (trimmed extents, names F1): read everywhere, it won
on CoNLL-2003 dev (0.894 against 0.829 without it; Reuters news like its training data) but
lost on the sets that test how it generalises, MEANTIME's WikiNews (0.797 against 0.823) and
GUM's held-out genres (0.585 against 0.592), and on 40 PolNeAR political articles read by hand
it retyped more names wrongly ("Patriot" a person, "White House" a place) than rightly. Read in
sports reports only, it gives CoNLL 0.887 against 0.842 and leaves MEANTIME and GUM as they
are: none of their texts opens as a sports report.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from app.config import Settings

MODEL_DIR = Path(__file__).resolve().parent / "models" / "names"
SPANS_KEY = "names"
NAME_LABELS = ("PERSON", "ORG", "GPE")


@functools.lru_cache(maxsize=1)
def names_model_version() -> str:
    """A short digest of the shipped weights: "names-1a2b3c4d" (in the brief's model label)."""
    weights = MODEL_DIR / "ner" / "model"
    digest = hashlib.sha1(weights.read_bytes()).hexdigest()[:8] if weights.is_file() else "none"
    return f"names-{digest}"


def names_model_enabled() -> bool:
    """Is the trained recogniser there and switched on (`Settings.names`; on by default,
    NEWSBRIEF_NAMES=off leaves it out)? Read at each call, as the environment may change
    (tests)."""
    return Settings().names and (MODEL_DIR / "config.cfg").is_file()


class NamesRecogniser:
    """Runs the trained `ner` on the sports reports among the documents, without touching
    their `ents`; other documents pass through as they came (no `doc.spans["names"]`)."""

    def __init__(self, nlp: Language, name: str, path: str) -> None:
        # Imported here, not at the top: the entity package imports this module (SPANS_KEY),
        # and by the time a pipeline builds its components both are loaded.
        from app.extract.entities.candidates import sports_headline

        trained = spacy.load(path)
        self.name = name
        self.ner = trained.get_pipe("ner")
        self.wanted = sports_headline
        for label in self.ner.labels:  # type: ignore[attr-defined]
            nlp.vocab.strings.add(label)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):  # type: ignore[no-untyped-call]
            self._tag([doc for doc in batch if self.wanted(doc)])
            yield from batch  # in the order they came, tagged or not

    def _tag(self, docs: list[Doc]) -> None:
        """Writes the recogniser's names to each document's `spans["names"]`, in place."""
        saved = [list(doc.ents) for doc in docs]
        for doc in docs:
            doc.set_ents([], default="missing")  # the recogniser starts from a clean slate
        # spaCy types get_pipe as a plain callable; the component is a TrainablePipe.
        parsed = self.ner.pipe(docs)  # type: ignore[attr-defined]
        for doc, ents in zip(parsed, saved, strict=True):
            names = [Span(doc, e.start, e.end, label=e.label_) for e in doc.ents]
            doc.set_ents(ents, default="outside")
            doc.spans[SPANS_KEY] = names


@Language.factory("newsbrief_names", default_config={"path": str(MODEL_DIR)})
def make_names_recogniser(nlp: Language, name: str, path: str) -> NamesRecogniser:
    return NamesRecogniser(nlp, name, path)
