"""Name words and acronyms: the one rule, used within a brief and across briefs.

Within a brief (`app.extract.entities`), an acronym joins the long form it stands for ("OSCE"
after "Organization for Security and Co-operation in Europe"); across briefs
(`app.extract.linking`), the same pair is what makes a new "OSCE" a candidate for the stored
long form. Both ask this module, so the two cannot drift apart again (they did: across briefs,
hyphens split words and "Co-operation" gave two initials, so "OSCE" never matched).

- The words of a name, for comparing names part by part (`name_words`): folded (accents,
  case), dots dropped, hyphens split.
- An acronym (`is_acronym`): 2-6 characters, all capitals ("OSCE", "U.N.", "E&Y").
- The acronyms a name has (`acronym_keys`): the initials of its words, small joining words
  ("of", "and", "in"...) left out or counted ("DJ", "DOJ": "Department of Justice"), a
  hyphenated word counting once ("OSCE": "Co-operation") or once a part ("APEC":
  "Asia-Pacific"); the same without a final corporate word ("EADS" for "European Aeronautic
  Defence and Space Company"); and those of a government body's other word order
  (`department_form`: "Justice Department" = "Department of Justice", so "DOJ"); and with
  "&" or "and" kept as "&" between the initials it joins ("E&Y": "Ernst & Young").
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extract.model import fold

# Words an acronym leaves out: "Organization for Security and Co-operation in Europe" = OSCE.
ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "de", "&", "in", "on"})
# A final word an acronym may leave out: "European Aeronautic Defence and Space Company" = EADS.
CORPORATE_TAILS = frozenset(
    {"inc", "corp", "corporation", "co", "ltd", "plc", "llc", "group", "company", "holdings"}
    | {"sa", "ag", "nv"}
)
MIN_ACRONYM, MAX_ACRONYM = 2, 6
# The joining words an initialism writes as "&": "M&S" = "Marks and Spencer".
_AMPERSANDS = frozenset({"&", "and"})


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name: "Jean-Luc Picard, Jr." -> ("jean", "luc", "picard,", "jr")."""
    return tuple(fold(name).replace(".", "").replace("-", " ").split())


def is_acronym(text: str) -> bool:
    """Does `text` look like an acronym: 2-6 characters (dots included), all capitals?"""
    return text.isupper() and MIN_ACRONYM <= len(text) <= MAX_ACRONYM and " " not in text


def acronym_key(text: str) -> str:
    """An acronym as `acronym_keys` spells its keys: "U.N." -> "un"."""
    return fold(text.replace(".", ""))


def acronym_keys(name: str) -> tuple[str, ...]:
    """The acronyms a multi-word name can go by, as `acronym_key` spells them (none for one
    word)."""
    words = [w.strip(",") for w in fold(name.replace(".", "")).split()]
    if len(words) < 2:
        return ()
    spellings = [words]
    if len(words) > 2 and words[-1] in CORPORATE_TAILS:
        spellings.append(words[:-1])
    other_order = department_form(name.split())
    if other_order is not None and other_order.split() != words:
        spellings.append(other_order.split())
    keys = []
    for spelling in spellings:
        keys.append(_initials(spelling))  # a hyphenated word once
        keys.append(_initials([p for w in spelling for p in w.split("-")]))  # once a part
        keys.append(_initials(spelling, skip=frozenset()))  # small words counted too
        if any(w in _AMPERSANDS for w in spelling[1:-1]):
            # "E&Y" for "Ernst & Young", "P&G" for "Procter and Gamble": the joining word
            # written as an ampersand between the initials it joins
            keys.append(
                "".join(
                    "&" if w in _AMPERSANDS else w[0]
                    for w in spelling
                    if w and (w in _AMPERSANDS or (w[0].isalpha() and w not in ACRONYM_SKIP))
                )
            )
    # A word written in capitals gives all its letters: "UK Independence Party" -> UKIP.
    written = [w.strip(",") for w in name.replace(".", "").split()]
    if len(written) == len(words) and any(w.isupper() and len(w) > 1 for w in written):
        keys.append(
            "".join(
                f if w.isupper() and len(w) > 1 else f[0]
                for w, f in zip(written, words, strict=True)
                if f and f[0].isalpha() and f not in ACRONYM_SKIP
            )
        )
    return tuple(k for k in dict.fromkeys(keys) if MIN_ACRONYM <= len(k) <= MAX_ACRONYM)


def _initials(words: list[str], skip: frozenset[str] = ACRONYM_SKIP) -> str:
    return "".join(w[0] for w in words if w and w[0].isalpha() and w not in skip)


# Government bodies English names both ways: "Justice Department" = "Department of Justice".
DEPARTMENT_HEADS = frozenset({"department", "ministry"})


def department_form(ws: Sequence[str]) -> str | None:
    """ "Justice Department" -> "department of justice"; "Department of Justice" the same
    (the words of a name as written; None for any other name)."""
    if len(ws) == 2 and ws[1].lower() in DEPARTMENT_HEADS and ws[0][:1].isupper():
        return fold(f"{ws[1]} of {ws[0]}")
    if len(ws) == 3 and ws[0].lower() in DEPARTMENT_HEADS and ws[1] == "of":
        return fold(" ".join(ws))
    return None


def stands_for(acronym: str, name: str) -> bool:
    """Is `acronym` an acronym of the multi-word `name`?"""
    return is_acronym(acronym) and acronym_key(acronym) in acronym_keys(name)
