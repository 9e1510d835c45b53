"""newsbrief's trained name recogniser: who is a person, an organization or a place.

A spaCy `ner` component fine-tuned from en_core_web_sm's on CoNLL-2003's training split and
GUM's training part (`scripts/train_ner.py`, which says how), shipped in `models/names/` and
loaded from the package. It runs after the pipeline's own `ner` and leaves `doc.ents` as that
one set them (dates, money, nationalities... are still the original's, and the bare spaCy
figures stay what they are): its names go to `doc.spans["names"]`, labelled PERSON, ORG, GPE
and MISC. In a sports report (its first line names a sport or uses the sports vocabulary) the
entity layer reads person, organization and place from there, elsewhere from `doc.ents`
(`entities.candidates._named_spans`).

It is OFF by default: set NEWSBRIEF_NAMES=on to use it. Measured with
`benchmarks/eval_entities.py` (trimmed extents, names F1): read everywhere, it won on CoNLL-2003
dev (0.894 against 0.829 without it; Reuters news like its training data) but lost on the sets
that test how it generalises, MEANTIME's WikiNews (0.797 against 0.823) and GUM's held-out
genres (0.585 against 0.592), and on 40 PolNeAR political articles read by hand it retyped more
names wrongly ("Patriot" a person, "White House" a place) than rightly. Read in sports reports
only, it gives CoNLL 0.881 against 0.833 and leaves MEANTIME (0.825) and GUM (0.607) as they
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
    """Is the trained recogniser there and switched on (`Settings.names`, NEWSBRIEF_NAMES=on;
    off by default)? Read at each call, as the environment may change (tests)."""
    return Settings().names and (MODEL_DIR / "config.cfg").is_file()


class NamesRecogniser:
    """Runs the trained `ner` on a document without touching its `ents`."""

    def __init__(self, nlp: Language, name: str, path: str) -> None:
        trained = spacy.load(path)
        self.name = name
        self.ner = trained.get_pipe("ner")
        for label in self.ner.labels:  # type: ignore[attr-defined]
            nlp.vocab.strings.add(label)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):  # type: ignore[no-untyped-call]
            saved = [list(doc.ents) for doc in batch]
            for doc in batch:
                doc.set_ents([], default="missing")  # the recogniser starts from a clean slate
            # spaCy types get_pipe as a plain callable; the component is a TrainablePipe.
            parsed = self.ner.pipe(batch)  # type: ignore[attr-defined]
            for doc, ents in zip(parsed, saved, strict=True):
                names = [Span(doc, e.start, e.end, label=e.label_) for e in doc.ents]
                doc.set_ents(ents, default="outside")
                doc.spans[SPANS_KEY] = names
                yield doc


@Language.factory("newsbrief_names", default_config={"path": str(MODEL_DIR)})
def make_names_recogniser(nlp: Language, name: str, path: str) -> NamesRecogniser:
    return NamesRecogniser(nlp, name, path)
