"""Given names: a gazetteer of first names, evidence that a capitalised name is a person.

Derived once per process from Faker's person providers (MIT, maintained, ~80 locales): the
Latin-script first names of every national locale. Faker's generic "en" list is left out: it is
noisy ("Red", "Major", "China", "King"). Names that are also places ("Sofia", "Jordan") stay in
the list: callers treat a given name as one piece of evidence and check places themselves.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Iterable
from pathlib import Path

from app.extract.derived_cache import cached_table, derivation_key
from app.extract.model import fold

_ATTRS = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_nonbinary",
    "first_romanized_names",
    "first_names_male_romanized",
    "first_names_female_romanized",
)


def _class_attr(cls: type, attr: str) -> object:
    """A class attribute without triggering properties (some providers define them lazily)."""
    for base in cls.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    return None


def _latin_names(values: Iterable[object]) -> set[str]:
    out: set[str] = set()
    for v in values:
        # max(v) is the highest code point: below U+0250, every letter is Latin script
        if isinstance(v, str) and len(v) > 1 and v.isalpha() and max(v) < "\u0250":
            out.add(v)
    return out


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Case-folded first names ("mary", "bernhard", "renzo"); empty if Faker is missing.

    Reading ~80 Faker modules costs a process ~0.15 s: the list is kept in the derived tables'
    disk cache (`derived_cache`), keyed by Faker's version and this module's source.
    """
    names = cached_table("given-names", _given_names_key, lambda: sorted(_read_given_names()))
    return frozenset(names)


def _given_names_key() -> str:
    return derivation_key(("faker",), (Path(__file__),))


def _read_given_names() -> frozenset[str]:
    """The given names of Faker's national person providers, read from its modules."""
    try:
        from faker.providers import person
    except ImportError:  # pragma: no cover - Faker is a dependency; degrade, do not fail
        return frozenset()
    local: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        module = importlib.import_module(f"faker.providers.person.{info.name}")
        provider = getattr(module, "Provider", None)
        if provider is None:
            continue
        names: set[str] = set()
        for attr in _ATTRS:
            value = _class_attr(provider, attr)
            if isinstance(value, (list, tuple, set, frozenset, dict)):
                names |= _latin_names(value)
        if info.name != "en":
            local.update(names)
    return frozenset(n.lower() for n in local)


def is_given_name(word: str) -> bool:
    """Is this word (any case, with or without its accents: "Siméon" as "Simeon") a known
    first name?"""
    names = given_names()
    lower = word.lower()
    return lower in names or (not word.isascii() and fold(word) in names)


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Common English words: the lemma index (WordNet's nouns, verbs, adjectives, adverbs)
    shipped with the spaCy model's lemmatizer, read from its files without loading the model.
    Empty when the model or its tables are missing (the checks that use it then pass)."""
    import spacy.util
    from spacy.lookups import Lookups

    from app.extract.nlp import DEFAULT_MODEL

    try:
        root = spacy.util.get_package_path(DEFAULT_MODEL)
        found = sorted(root.glob("*/lemmatizer/lookups")) or sorted(root.glob("lemmatizer/lookups"))
        index = Lookups().from_disk(found[0]).get_table("lemma_index")
    except (OSError, KeyError, IndexError, ValueError):
        return frozenset()
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))


def common_phrase(words: Iterable[str]) -> bool:
    """Is every word a common English word, or its plural ("Horse Racing", "Human Rights")?"""
    vocab = english_words()
    ws = [w.lower() for w in words]
    return bool(ws) and bool(vocab) and all(_common(w, vocab) for w in ws)


def _common(word: str, vocab: frozenset[str]) -> bool:
    if word in vocab:
        return True
    if word.endswith("ies") and word[:-3] + "y" in vocab:
        return True
    return word.endswith("s") and (
        word[:-1] in vocab or (word.endswith("es") and word[:-2] in vocab)
    )
