"""What a given name says of a person's gender, from Faker's national person providers (their
male and female first-name lists): "alicia" -> "f", "donald" -> "m"; a name on both lists, or
of one letter, says nothing.

The one home of the first-name lists: coreference (`coref.mention_gender`), the gender the
article gives a person (`coref.person_genders`, used by claims and the timeline) and roles
("his wife") all read them from here.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Mapping


@functools.lru_cache(maxsize=1)
def first_name_genders() -> Mapping[str, str]:
    """Case-folded first name -> "m" or "f", built once per process (read only; empty if Faker
    is missing)."""
    try:
        from faker.providers import person
    except ImportError:  # pragma: no cover - Faker is a dependency; degrade, do not fail
        return {}
    male: set[str] = set()
    female: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        if info.name == "en":  # the generic list is noisy ("Red", "King")
            continue
        module = importlib.import_module(f"faker.providers.person.{info.name}")
        provider = getattr(module, "Provider", None)
        for attr, into in (("first_names_male", male), ("first_names_female", female)):
            value = getattr(provider, attr, None) if provider is not None else None
            if isinstance(value, (list, tuple, set, frozenset, dict)):
                into.update(
                    v.lower() for v in value if isinstance(v, str) and v.isalpha() and len(v) > 1
                )
    out = dict.fromkeys(male - female, "m")
    out.update(dict.fromkeys(female - male, "f"))
    return out


def first_name_gender(word: str) -> str:
    """m, f or "" (unknown) for one given name, whatever its case."""
    return first_name_genders().get(word.lower(), "")


def name_gender(name: str) -> str:
    """What a person's full name says of its gender by its first word: m, f or "" (unknown).
    A one-word name is a surname as often as not ("Clinton", "Kelly"): it says nothing."""
    words = name.split()
    return first_name_gender(words[0]) if len(words) > 1 else ""
