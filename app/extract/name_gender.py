"""Which pronoun a given name takes, from Faker's national person providers (male and female
first-name lists): "alicia" -> "she", "donald" -> "he"; names on both lists are left out.

Used to keep "she" from resolving to a man named just before it. Built once per process by
`timeline.event_lexicon` and passed in; the coreference module is to supersede it.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Mapping


@functools.lru_cache(maxsize=1)
def pronoun_of_first_name() -> Mapping[str, str]:
    """`first_name_pronouns`, built once per process and shared (read only)."""
    return first_name_pronouns()


def first_name_pronouns() -> dict[str, str]:
    """Case-folded first name -> "he" or "she" (empty if Faker is missing)."""
    try:
        from faker.providers import person
    except ImportError:  # pragma: no cover - Faker is a dependency; degrade, do not fail
        return {}
    male: set[str] = set()
    female: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        if info.name == "en":  # the generic list is noisy ("Red", "King")
            continue
        provider = getattr(importlib.import_module(f"faker.providers.person.{info.name}"),
                           "Provider", None)  # fmt: skip
        for attr, into in (("first_names_male", male), ("first_names_female", female)):
            value = _class_attr(provider, attr) if provider is not None else None
            if isinstance(value, (list, tuple, set, frozenset, dict)):
                into.update(v.lower() for v in value if isinstance(v, str) and v.isalpha())
    out = {name: "he" for name in male - female}
    out.update({name: "she" for name in female - male})
    return out


def _class_attr(cls: type, attr: str) -> object:
    for base in cls.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    return None
