"""What a given name says of a person's gender: "alicia" -> "f", "donald" -> "m". Read first
from Faker's national person providers (their male and female first-name lists; a name on both
says nothing), then, for a name they leave undecided, from the US Social Security
Administration's birth counts (`given_name_counts.json`, built by
`benchmarks/build_name_genders.py`): a name given to one sex at least nine times in ten
("hillary", "barack", "mitch"). Names the counts split ("jordan", "bernie") and names of one
letter say nothing.

The one home of the first-name lists: coreference (`coref.mention_gender`), the gender the
article gives a person (`coref.person_genders`, used by claims and the timeline) and roles
("his wife") all read them from here.
"""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
from collections.abc import Mapping
from pathlib import Path

from nicknames import NickNamer

from app.extract.roles import KINSHIP_WORDS, OCCUPATION_WORDS, RELATION_WORDS, TITLE_WORDS

_COUNTS = Path(__file__).with_name("given_name_counts.json")
# words a name's first word is as often the title or job before it ("General", "Judge", "Sir"),
# which the birth counts list as rare given names
_PERSON_NOUNS = TITLE_WORDS | OCCUPATION_WORDS | RELATION_WORDS | KINSHIP_WORDS
# a name reads as one sex's when that sex holds at least this share of its births
_CLEAR_SHARE = 0.9


@functools.lru_cache(maxsize=1)
def first_name_genders() -> Mapping[str, str]:
    """Case-folded first name -> "m" or "f", built once per process (read only): Faker's lists,
    then the birth counts for the names those leave undecided."""
    out = dict(listed_first_name_genders())
    for name, (male, female) in _birth_counts().items():
        if name in out or name in _PERSON_NOUNS or male + female == 0:
            continue
        if male >= _CLEAR_SHARE * (male + female):
            out[name] = "m"
        elif female >= _CLEAR_SHARE * (male + female):
            out[name] = "f"
    return out


@functools.lru_cache(maxsize=1)
def _birth_counts() -> Mapping[str, tuple[int, int]]:
    """First name -> (male births, female births) from the shipped table; empty if it is
    missing (degrade to Faker's lists, do not fail)."""
    try:
        names = json.loads(_COUNTS.read_text(encoding="utf-8"))["names"]
    except (OSError, ValueError, KeyError):  # pragma: no cover - the table ships with the app
        return {}
    return {str(k): (int(v[0]), int(v[1])) for k, v in names.items()}


@functools.lru_cache(maxsize=1)
def listed_first_name_genders() -> Mapping[str, str]:
    """Case-folded first name -> "m" or "f" from Faker's national lists alone (empty if Faker
    is missing): the world's given names, for telling a name's first word from a country's
    ("Chad Smith Foundation"), where the US birth counts' many names that are also places or
    words ("India", "Georgia") would mislead."""
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


# given names that one list gives one sex but that English-language news reads for both
# ("Lee Epstein" is "Ms. Epstein", "Sandy Walkington" "Mr Walkington"), or that other
# languages give the other sex ("Andrea", "Nicola", "Jean" for men in Italy and France). They
# keep their list gender for pronouns; only an honorific before the surname outweighs them.
SHARED_GIVEN_NAMES = frozenset(
    ("lee", "sandy", "leslie", "lesley", "robin", "kim", "chris", "terry", "jamie", "jordan",
     "taylor", "casey", "dana", "jody", "jo", "sam", "alex", "pat", "kerry", "shannon",
     "tracy", "tracey", "nicky", "jessie", "jackie", "frankie", "billie", "charlie", "ashley",
     "sydney", "morgan", "cameron", "hilary", "jean", "andrea", "nicola", "mel", "val",
     "bertie", "lakshmi", "sasha", "jan", "gabriele", "simone")
)  # fmt: skip


def shared_given_name(full_name: str) -> bool:
    """Does a full name open with a given name borne by both sexes (`SHARED_GIVEN_NAMES`)?"""
    words = full_name.split()
    return len(words) > 1 and words[0].lower() in SHARED_GIVEN_NAMES


def first_name_gender(word: str) -> str:
    """m, f or "" (unknown) for one given name, whatever its case."""
    return first_name_genders().get(word.lower(), "")


def name_gender(name: str) -> str:
    """What a person's full name says of its gender by its first word: m, f or "" (unknown).
    A one-word name is a surname as often as not ("Clinton", "Kelly"): it says nothing."""
    words = name.split()
    return first_name_gender(words[0]) if len(words) > 1 else ""


@functools.lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()


def nickname_related(a: str, b: str) -> bool:
    """Is one given name the other's nickname in the `nicknames` dataset ("Sandy" and
    "Sandra", "Bill" and "William"), and do the two not say different sexes? Two nicknames of
    a third name are not enough ("Bill" and "Bob", both Robert's in the dataset)."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b or not (a.isalpha() and b.isalpha() and len(a) > 1 and len(b) > 1):
        return False
    said = {first_name_gender(a), first_name_gender(b)} - {""}
    if len(said) > 1:
        return False  # "Roberta" and "Bob": a woman's name and a man's
    names = _nicknamer()
    return b in names.nicknames_of(a) or a in names.nicknames_of(b)
