"""Keys: which candidates name the same thing within the article (surname, acronym,
department form, first name), and propagation of names found once to their other
occurrences.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc

from app.extract import names
from app.extract.coref import pronoun_gender
from app.extract.entities.candidates import _Cand, _glued_possessive, _in_titles
from app.extract.entities.lexicon import _CORPORATE_SUFFIXES, _MAX_NGRAM, _ORG_HEADS
from app.extract.entity_names import common_phrase, is_given_name
from app.extract.model import EntityType, fold
from app.extract.name_gender import name_gender, nickname_related, shared_given_name
from app.extract.places import Gazetteer
from app.extract.quotes import find_quotes
from app.extract.roles import (
    HONORIFICS,
    KINSHIP_WORDS,
    POST_NOMINALS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    apposition_roles,
    words,
)
from app.extract.tokens import TokenTable, doc_text, token_table


def _acronyms(ws: list[str]) -> set[str]:
    """Acronyms a long form may go by: `names.acronym_keys`, the rule cross-brief linking uses
    too ("Department of Justice" and "Justice Department" -> DJ, DOJ)."""
    return set(names.acronym_keys(" ".join(ws)))


_department_form = names.department_form  # "Justice Department" = "Department of Justice"


def _org_core(ws: list[str]) -> str:
    """ "Apple Computer Inc." -> "apple computer": the name without its corporate suffix."""
    ws = list(ws)
    while len(ws) > 1 and ws[-1].lower().rstrip(",") in _CORPORATE_SUFFIXES:
        ws.pop()
    return fold(" ".join(ws).rstrip(","))


# Words that open a surname of two words: "Le Pen", "van Gogh", "de Blasio", "bin Salman".
_SURNAME_PARTICLES = frozenset(
    ("le", "la", "de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "della",
     "dos", "das", "bin", "ibn", "al", "el", "ben", "mac", "st.")
)  # fmt: skip

# Generational suffixes after a surname: "Harry B. Harris Jr." is "Admiral Harris".
_NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _surname_index(words: list[str], first: int = 0) -> int:
    """Index of the surname among a person's name words (and any commas between them): the last
    word before a generational suffix ("Harris" of "Harry B. Harris, Jr."); never `first`."""
    end = len(words) - 1
    while end > first + 1 and (
        words[end].lower().strip(".,") in _NAME_SUFFIXES or words[end] in (",", ".")
    ):
        end -= 1
    return end


_ROMAN = re.compile(r"[IVXL]+")


def _ends_in_acronym(ws: list[str]) -> bool:
    """A name whose last word is initials ("SVP", "NRA") while a word before it is written in
    ordinary case ("Junge SVP"); not a name written all in capitals ("DONALD TRUMP")."""
    last = ws[-1].strip(".,")
    return (
        len(last) >= 2
        and last.isalpha()
        and last.isupper()
        and not _ROMAN.fullmatch(last)  # "William Fisher III", "Shah Abbas II"
        # "Guy Roe QC", "Ann Lee MP": an office after a person's name ("Bolton West MP" is
        # no one's name)
        and not (last in POST_NOMINALS and is_given_name(ws[0]))
        and any(w[:1].isupper() and not w.isupper() for w in ws[:-1])
    )


def _defined_acronym(doc: Doc, end: int) -> str | None:
    """The acronym the article defines right after a name that ends at token `end`:
    "Name (ACRO)" or "Name, or ACRO," (as `names.acronym_key` spells it)."""
    if end + 2 >= len(doc):
        return None
    first, word, after = doc[end], doc[end + 1], doc[end + 2]
    if first.text == "(" and after.text == ")" and names.is_acronym(word.text):
        return names.acronym_key(word.text)
    if (
        first.text == ","
        and word.lower_ == "or"
        and names.is_acronym(after.text)
        and (end + 3 == len(doc) or doc[end + 3].text in (",", ")", ".", ";", ":"))
    ):
        return names.acronym_key(after.text)
    return None


# Adjectives of the United Kingdom's nations: "Welsh patients" are Wales's where the article
# names Wales, not the United Kingdom's (which it may never name).
_NATION_ADJECTIVES = {"welsh": "wales", "scottish": "scotland", "english": "england"}


def _nation_adjectives(cands: list[_Cand], doc: Doc) -> None:
    """An adjective of a nation of the United Kingdom the article names ("an English hospital
    treating Welsh patients" beside "England" and "Wales") counts toward that nation: keyed
    to the nation's place and no longer to the country. Where the nation goes unnamed the
    adjective keeps the United Kingdom."""
    text = doc_text(doc)
    named = {
        fold(text[c.start : c.end])
        for c in cands
        if c.kind == "name" and c.type == "place" and c.country is None
    }
    for c in cands:
        nation = _NATION_ADJECTIVES.get(fold(text[c.start : c.end]))
        if c.kind == "adjective" and c.country == "GB" and nation in named:
            c.country = None
            c.key = f"place:{nation}"


def _assign_keys(
    cands: list[_Cand], doc: Doc, g: Gazetteer, titles: list[tuple[int, int]] | None = None
) -> None:
    """Give mentions of one thing one key: surname -> full name, acronym -> long form.

    A full name read in the headline makes no surname ambiguous: title case misleads the
    recogniser there ("Lawmakers Rip Donald Trump"), and a headline name the story does not
    confirm is dropped later (`_headline_confirmed`). Section headings are read the same way."""
    surnames: dict[str, str] = {}  # folded last word of a full name -> that name's key
    particle_surnames: dict[str, str] = {}  # "le pen" -> "person:marine le pen"
    first_words: dict[str, set[str]] = defaultdict(set)  # "xi" -> {"person:xi jinping"}
    ambiguous: set[str] = set()
    full_names: dict[str, Counter[str]] = defaultdict(Counter)  # surname -> person keys' counts
    orgs_by_initials: dict[str, str] = {}
    defined_acronyms: set[str] = set()  # acronyms the article defines after a name
    orgs_by_core: dict[str, str] = {}
    orgs_by_first: dict[str, set[str]] = defaultdict(set)  # "Cairn" -> {"Cairn Energy"}
    orgs_by_place_last: dict[str, set[str]] = defaultdict(set)  # "post" -> {Washington Post}
    orgs_by_department: dict[str, str] = {}  # "department of justice" -> its first form's key
    firsts: dict[str, set[str]] = defaultdict(set)  # "barack" -> {"person:barack obama"}
    offices: dict[str, set[str]] = defaultdict(set)  # person key -> titles before its full name
    first_seen: dict[str, int] = {}  # person key -> offset of its first full-name mention
    full_cands: dict[str, _Cand] = {}  # person key -> its first full-name candidate
    quoted: list[tuple[int, int]] | None = None  # quotations, found when first needed
    in_story: set[str] = set()  # person keys with a full-name mention outside the headline

    def in_headline(c: _Cand) -> bool:
        return _in_titles(c, titles)

    _nation_adjectives(cands, doc)
    for c in sorted(cands, key=in_headline):  # the story's names first, then the headline's
        text = doc_text(doc)[c.start : c.end]
        ws = text.split()
        if c.country is not None:
            c.key = f"country:{c.country}"
            c.type = "place"
        elif c.kind == "adjective" and c.key.startswith("place:"):
            pass  # a nation's adjective, keyed by `_nation_adjectives`
        elif c.type == "place":
            city = g.city(text)
            c.key = f"place:{fold(city.name) if city else fold(text)}"
        else:
            c.key = f"{c.type}:{fold(text)}"
        if c.type == "person" and len(ws) > 1 and _ends_in_acronym(ws):
            # "Junge SVP", "Friends of NRA": no one's surname is written as initials among
            # words in ordinary case; the name is a body's, and "SVP" is not its surname.
            c.type = "organization"
            c.key = f"organization:{fold(text)}"
        if c.type == "person" and len(ws) > 1:
            k = fold(ws[_surname_index(ws)].rstrip(","))
            seen = surnames.get(k)
            if seen is not None and (_initials_apart(seen, c.key) or _middle_name(seen, c.key)):
                # "Donald J. Trump" or "Hillary Rodham Clinton" after "Donald Trump", "Hillary
                # Clinton": one person
                c.key = seen
            first = full_cands.get(seen) if seen is not None else None
            if (
                seen is not None
                and first is not None
                and seen != c.key
                and not in_headline(c)
                and _nickname_of(doc, first, c, seen, offices[seen])
            ):
                # "Sandy Paradis" after "Sandra Paradis": one person by a short form of her
                # given name, where nothing in the article sets the two apart
                c.key = seen
                c.reason = "nickname"
            if seen is not None and seen != c.key and _one_full_name(seen, c.key):
                # "De Blasio" and "Bill de Blasio": a surname of two words, not two people.
                # The story's name stays the key: a headline's title case runs words into it
                # ("Figure Endorses Hillary Clinton"), which are trimmed later.
                if len(c.key) > len(seen) and not in_headline(c):
                    surnames[k] = c.key
            elif (
                seen is not None
                and seen != c.key
                and not in_headline(c)
                # "Conservatives Rebuking Trump" (a quoted title) names no second Trump
                and _given_name_like(ws[0])
            ):
                ambiguous.add(k)
            surnames.setdefault(k, c.key)
            if not in_headline(c):
                full_names[k][c.key] += 1
                full_cands.setdefault(c.key, c)
            at = _surname_index(ws)
            if at >= 2 and ws[at - 1].lower() in _SURNAME_PARTICLES and not in_headline(c):
                # "Le Pen" of "Marine Le Pen", "van Gogh" of "Vincent van Gogh"
                pair = fold(" ".join(ws[at - 1 : at + 1]))
                if particle_surnames.setdefault(pair, c.key) != c.key:
                    ambiguous.add(pair)
            if not in_headline(c) and ws[0].isalpha():
                first_words[fold(ws[0])].add(c.key)
            if _given_name_like(ws[0], known_only=in_headline(c)):
                firsts[fold(ws[0])].add(c.key)
                first_seen[c.key] = min(first_seen.get(c.key, c.start), c.start)
                if not in_headline(c):
                    in_story.add(c.key)
            title = _office_before(doc, c.tok_start)
            if title is not None:
                offices[c.key].add(title)
            offices[c.key].update(_offices_beside(doc, c))
        if c.type == "organization" and len(ws) > 1:
            department = _department_form(ws)
            if department is not None:
                c.key = orgs_by_department.setdefault(department, c.key)
                if c.key != f"organization:{fold(text)}":
                    c.reason = "word order"  # "Department of Justice" after "Justice Department"
            for acronym in _acronyms(ws):
                orgs_by_initials.setdefault(acronym, c.key)
            defined = _defined_acronym(doc, c.tok_end)
            if defined is not None and defined not in defined_acronyms:
                # "the Swiss People's Party (SVP)", "..., or AUNS,": the article says so,
                # whatever the initials of the name in English
                orgs_by_initials[defined] = c.key
                defined_acronyms.add(defined)
            core = _org_core(ws)
            if core != fold(text):
                orgs_by_core.setdefault(core, c.key)
            if ws[0][:1].isupper() and not (g.demonym(ws[0]) or g.is_place(ws[0])):
                orgs_by_first[fold(ws[0])].add(c.key)
            if len(ws) >= 2 and ws[-1].isalpha() and ws[-1][:1].isupper():
                place = " ".join(ws[:-1])
                if g.is_place(place) or g.country(place) is not None:
                    orgs_by_place_last[fold(ws[-1])].add(c.key)  # "Post" of "Washington Post"
    # "Quintero" of "Marisol Quintero Beltrán": the first of two surnames, which Spanish
    # names carry and the article writes alone after an honorific ("Ms. Quintero").
    first_surnames = _first_of_two_surnames(cands, doc, titles, surnames)
    # countries the article speaks of otherwise: by a capital, an adjective, or a name the
    # parser did not read as a person's
    evident = {c.country for c in cands if c.country and not _model_says_person(doc, c)}
    for c in cands:
        capital = g.capital(doc_text(doc)[c.start : c.end]) if c.type == "place" else None
        if capital is not None:
            evident.add(capital.code)
    lower = {w for w in token_table(doc).words if w.islower()}  # str.islower is Token.is_lower
    owned = {k for k in ambiguous if k in surnames and _surname_owner(surnames[k], full_names[k])}
    bearers = _gendered_bearers(cands, doc, ambiguous - owned, full_names)
    titled_bearer: dict[str, bool] = {}  # surname -> its office-titled mentions are the bearer's
    for c in cands:
        text = doc_text(doc)[c.start : c.end]
        ws = text.split()
        k = fold(text)
        bearer = bearers.get(id(c))
        title = _office_before(doc, c.tok_start)
        if bearer is not None and (title is None or title in offices[bearer]):
            # "Mrs. Clinton" in an article naming Hillary and Bill Clinton in full: hers
            c.type = "person"
            c.key = bearer
            c.reason = "title + surname" if _honorific_gender(doc, c) else "surname"
            continue
        known_surname = (
            k in surnames
            and (k not in ambiguous or k in owned)
            and (c.country is None or (_model_says_person(doc, c) and c.country not in evident))
        )
        office = _office_before(doc, c.tok_start) if len(ws) == 1 else None
        if (
            office is not None
            and known_surname
            and office not in offices[surnames[k]]
            and not titled_bearer.setdefault(
                k, _titled_surname_is_bearer(doc, cands, k, surnames[k], offices[surnames[k]])
            )
        ):
            # "President Clinton" in an article that names only Hillary Clinton in full, and
            # never as president: maybe another Clinton. Kept apart rather than merged wrongly.
            c.type = "person"
            c.key = f"person:{k}"
            continue
        clash = len(ws) == 1 and known_surname and _honorific_clash(doc, c, surnames[k])
        full = full_cands.get(surnames[k]) if clash else None
        if full is not None:
            if quoted is None:
                quoted = [(q.start, q.end) for q in find_quotes(doc_text(doc))]
            # "Lee Roe ... said her study ...": the writer's pronouns after the full name say
            # the gender the honorific says, whatever the first-name list holds. A given name
            # both sexes bear ("Sandy Roe", "Mr Roe") clashes only with the writer's pronouns.
            said = _pronoun_gender_after(doc, full, quoted)
            if shared_given_name(surnames[k].split(":", 1)[-1]):
                clash = bool(said) and said != _honorific_gender(doc, c)
            else:
                clash = said != _honorific_gender(doc, c)
        if clash:
            # "Mr. Obama" in an article that names in full only Michelle Obama: another Obama
            c.type = "person"
            c.key = f"person:{k}"
            continue
        if (
            len(ws) == 1
            and known_surname
            and _not_a_big_city(c, text, g)
            and (
                c.type == "person"
                # a full name read only in the title-case headline ("Blair Labour's
                # longest-serving PM") retypes no body the story names ("Labour won")
                or (
                    _personal_first_word(surnames[k], lower)
                    and bool(full_names[k])
                    # a body the model named is a person's surname only after a given name
                    # ("Clinton" after "Hillary Clinton"; not "Labour" after "Old Labour")
                    and (c.type != "organization" or _given_first(surnames[k]))
                    # a platform the article posts on is no one's surname: "Twitter" after a
                    # nickname written once, "Wilayat Twitter" (the province of Twitter)
                    and not c.medium
                )
            )
        ):
            # "Okafor" after "Maria Okafor", even where spaCy typed it as something else ("from
            # Clinton" read as the town after "Hillary Clinton"; "Paris" stays the city).
            c.type = "person"
            c.key = surnames[k]
            c.reason = "surname" if office is None else "title + surname"
            continue
        owner = first_surnames.get(k) if len(ws) == 1 and k not in surnames else None
        if (
            owner is not None
            and c.country is None
            and c.tok_start > 0
            and doc[c.tok_start - 1].lower_ in HONORIFICS
            and not _honorific_clash(doc, c, owner)
        ):
            c.type = "person"
            c.key = owner
            c.reason = "title + surname"
            continue
        if (
            len(ws) == 2
            and k in particle_surnames
            and k not in ambiguous
            and particle_surnames[k] != c.key
            and c.country is None
        ):
            # "Le Pen" after "Marine Le Pen", whatever type the model gave it.
            c.type = "person"
            c.key = particle_surnames[k]
            c.reason = "surname"
            continue
        if (
            len(ws) == 1
            and k not in surnames
            and len(first_words.get(k, ())) == 1
            and c.tok_start > 0
            and doc[c.tok_start - 1].lower_ in HONORIFICS | TITLE_WORDS
            and not is_given_name(text)
        ):
            # "Mr. Xi" after "Xi Jinping": a surname written first, as in Chinese names.
            c.type = "person"
            c.key = next(iter(first_words[k]))
            c.reason = "surname"
            continue
        if len(ws) == 1 and k in ambiguous and c.type in ("organization", "product"):
            # "Trump" with two Trumps in the article: a person, though of the two unknown which.
            c.type = "person"
            c.key = f"person:{k}"
            continue
        if (
            len(ws) == 1
            and k not in surnames
            and c.country is None
            and _first_name_of(c, text, k, firsts, first_seen, g, in_headline(c), in_story)
        ):
            # "Kamala" after "Kamala Harris", the only person of that given name.
            c.type = "person"
            c.key = next(iter(_given_name_owners(firsts.get(k, set()), in_story)))
            c.reason = "first name"
            continue
        last = fold(ws[-1])
        story_name = surnames.get(last, "")
        if (
            c.type == "person"
            and in_headline(c)
            and last not in ambiguous
            and story_name != c.key
            and k.endswith(" " + story_name.split(":", 1)[-1])
        ):
            # "Figure Endorses Hillary Clinton" in a title-case headline: the story's Hillary
            # Clinton, cut to that form once the story confirms it (`_headline_confirmed`).
            c.key = story_name
            continue
        if len(ws) == 2 and c.type == "person" and last in surnames and last not in ambiguous:
            if surnames[last] != c.key:
                whole = _one_full_name(surnames[last], c.key)  # "De Blasio": all surname
                c.key = surnames[last]
                c.reason = "surname" if whole else "initial or title + surname"
            continue
        if (
            c.type in ("organization", "other")
            or (c.type == "place" and c.country is None and g.city(text) is None)
        ) and names.is_acronym(text):
            # "E.U." tagged a place after "the European Union": the union's acronym
            target = orgs_by_initials.get(names.acronym_key(text))
            if target is not None:
                c.type = "organization"
                c.key = target
                c.reason = "acronym"
                continue
        if (
            len(ws) == 1
            and c.country is None
            and c.type in ("organization", "other", "place", "person")
            and 4 <= len(text) <= 6
            and text.isalpha()
            and text[0].isupper()
            and text[1:].islower()
            and fold(text) in orgs_by_initials
        ):
            # "Sepa" after "the Scottish Environment Protection Agency": British papers write
            # an acronym said as a word in title case
            c.type = "organization"
            c.key = orgs_by_initials[fold(text)]
            c.reason = "acronym"
            continue
        if c.type == "organization":
            target = orgs_by_core.get(k) or orgs_by_core.get(_org_core(ws))
            firsts_org = orgs_by_first.get(k, set())
            reason = "without corporate suffix"
            if (
                target is None
                and len(ws) == 1
                and len(firsts_org) == 1
                and k not in _ORG_HEADS  # "Senate" is not the Senate Armed Services Committee
                # an acronym is a body's name of its own, which its units and programmes carry
                # first: "the BBC" is not "BBC Radio 4", nor "CNN" "CNN Headline News"
                and not names.is_acronym(text)
            ):
                target = next(iter(firsts_org))  # "Cairn" after "Cairn Energy"
                reason = "first word of the name"
            by_place = orgs_by_place_last.get(k, set())
            if (
                target is None
                and len(ws) == 1
                and len(by_place) == 1
                and c.tok_start > 0
                and doc[c.tok_start - 1].lower_ == "the"
                and k not in _NATIONAL_BODIES
            ):
                # "The Post" after "The Washington Post", "the Sun" after "the Baltimore Sun":
                # a body named for its place goes by the rest of its name
                target = next(iter(by_place))
                reason = "name without its place"
            if target is not None and target != c.key:
                c.key = target
                c.reason = reason


def _first_of_two_surnames(
    cands: list[_Cand],
    doc: Doc,
    titles: list[tuple[int, int]] | None,
    surnames: dict[str, str],
) -> dict[str, str]:
    """The middle word of each person's name of three words ("Quintero" of "Marisol Quintero
    Beltrán") -> that person's key: a known given name first, then two words of a surname's
    shape (no initial, no particle, no given name, no other person's surname). A word two such
    names share is no one's."""
    text = doc_text(doc)
    found: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.type != "person" or c.kind != "name" or _in_titles(c, titles):
            continue
        ws = text[c.start : c.end].split()
        if len(ws) != 3 or not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in ws):
            continue
        first, middle, _last = ws
        if not is_given_name(first) or is_given_name(middle):
            continue
        k = fold(middle)
        if k in _SURNAME_PARTICLES or k in surnames:
            continue
        found[k].add(c.key)
    return {k: next(iter(keys)) for k, keys in found.items() if len(keys) == 1}


def _given_name_like(word: str, known_only: bool = False) -> bool:
    """Can this first word of a person's full name stand for that person alone: a known given
    name, or (unless `known_only`: a title-case headline runs words into names, "Obama Hid")
    a word that is no common English word and no title ("Bernie" of "Bernie Sanders", not
    "Staff" of a mis-cut "Staff Jeremy Bash")?"""
    if len(word) < 2 or not word.isalpha() or not word[:1].isupper():
        return False
    if is_given_name(word):
        return True
    return not known_only and word.lower() not in TITLE_WORDS and not common_phrase([word])


_MALE_HONORIFICS = frozenset(["mr", "mr.", "sir", "lord"])
_FEMALE_HONORIFICS = frozenset(["mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady"])


def _surname_owner(first: str, counts: Counter[str]) -> bool:
    """Does the person named first in full own the bare surname the article shares among
    several people? So when the story names that person in full more than once and each other
    bearer only once, in passing ("Hillary Clinton" throughout, "President Bill Clinton" once:
    "Clinton" is hers). Where a second bearer is named in full again ("Eric Trump" and
    "Donald Trump" both throughout) the surname stays apart, of the two unknown which."""
    return counts[first] >= 2 and all(n == 1 for key, n in counts.items() if key != first)


def _honorific_clash(doc: Doc, c: _Cand, full_key: str) -> bool:
    """Does an honorific before a surname ("Mr.") say another gender than the first name of
    the full name it would join ("Michelle Obama")?"""
    if c.tok_start == 0:
        return False
    before = doc[c.tok_start - 1].lower_
    said = "m" if before in _MALE_HONORIFICS else "f" if before in _FEMALE_HONORIFICS else ""
    known = name_gender(full_key.split(":", 1)[-1])
    return bool(said and known and said != known)


# bodies every nation and state has: "the Senate" after "the Texas Senate" may be the nation's
_NATIONAL_BODIES = frozenset(
    [
        "senate",
        "house",
        "assembly",
        "parliament",
        "congress",
        "government",
        "court",
        "army",
        "navy",
        "police",
        "party",
        "cabinet",
        "treasury",
        "legislature",
        "council",
    ]
)


def _honorific_gender(doc: Doc, c: _Cand) -> str:
    """m or f as an honorific right before the candidate says ("Mrs." f), else ""."""
    if c.tok_start == 0:
        return ""
    before = doc[c.tok_start - 1].lower_
    return "m" if before in _MALE_HONORIFICS else "f" if before in _FEMALE_HONORIFICS else ""


def _pronoun_gender_after(doc: Doc, c: _Cand, quoted: list[tuple[int, int]]) -> str:
    """The writer's gender for a bare surname: the candidate is the subject of a sentence that
    names no other person, and the third-person pronouns after it outside quotation all say
    one gender ("Roe said her plan ..."); "" otherwise."""
    span = doc[c.tok_start : c.tok_end]
    if not any(t.dep_ in ("nsubj", "nsubjpass") for t in span):
        return ""
    if any(a <= c.start < b for a, b in quoted):
        return ""
    sent = span.sent
    if any(t.ent_type_ == "PERSON" and not c.tok_start <= t.i < c.tok_end for t in sent):
        return ""
    said = {
        pronoun_gender(t)
        for t in sent
        if t.i >= c.tok_end and not any(a <= t.idx < b for a, b in quoted)
    } & {"m", "f"}
    return next(iter(said)) if len(said) == 1 else ""


# where a bare surname names a person by itself, not a modifier of a noun ("the Clinton
# campaign", "the Clinton and Obama administrations")
_ALONE_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr", "dative", "ROOT"])


def _stands_alone(doc: Doc, c: _Cand) -> bool:
    """Does the candidate name someone by itself: a subject, object or possessor, with no
    "the" before it?"""
    root = doc[c.tok_start : c.tok_end].root
    if c.tok_start > 0 and doc[c.tok_start - 1].lower_ == "the":
        return False
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in _ALONE_DEPS


def _gendered_bearers(
    cands: list[_Cand], doc: Doc, shared: set[str], full_names: dict[str, Counter[str]]
) -> dict[int, str]:
    """id of a bare-surname candidate -> the key of the one bearer of that surname its gender
    picks, where the article names several bearers in full ("Hillary Clinton", "Bill
    Clinton"). The gender is the honorific before the mention ("Mrs. Clinton"); else, for a
    bare surname that is no modifier of a noun ("the Clinton campaign"), the gender the
    article gives that surname throughout: its honorifics and the writer's pronouns after it
    as a subject, all of one gender, at least twice. A bearer is picked only when exactly one
    bearer may be of that gender: the others' are of the other gender, by the first name or
    by the writer's pronouns after the full name ("Clint Howard said his ...")."""
    if not shared:
        return {}
    text = doc_text(doc)
    quoted = [(q.start, q.end) for q in find_quotes(text)]
    bare: dict[str, list[tuple[_Cand, str]]] = defaultdict(list)
    written: dict[str, set[str]] = defaultdict(set)  # bearer's key -> genders its mentions say
    bearer_keys = {key for k in shared for key in full_names[k]}
    for c in cands:
        k = fold(text[c.start : c.end])
        if k in shared and " " not in k and c.type in ("person", "organization", "product"):
            said = _honorific_gender(doc, c) or _pronoun_gender_after(doc, c, quoted)
            bare[k].append((c, said))
        elif c.key in bearer_keys and " " in k:
            said = _pronoun_gender_after(doc, c, quoted)
            if said:
                written[c.key].add(said)
    out: dict[int, str] = {}
    for k, found in bare.items():
        # the bearers each gender may be: of that gender by first name, or of none known
        # ("Mrs. Clinton" beside "Bill Clinton" and a "Hillary Clinton" whose first name the
        # lists do not know: hers; "Howard" beside "Ron Howard" and "Clint Howard": unknown)
        genders = {
            key: name_gender(key.split(":", 1)[-1])
            or (next(iter(written[key])) if len(written[key]) == 1 else "")
            for key in full_names[k]
        }
        may_be = {
            g: [key for key, known in genders.items() if known in (g, "")] for g in ("m", "f")
        }
        votes = Counter(said for _c, said in found if said)
        overall = next(iter(votes)) if len(votes) == 1 and sum(votes.values()) >= 2 else ""
        for c, said in found:
            if not said and _stands_alone(doc, c):
                said = overall
            if said and len(may_be[said]) == 1:
                out[id(c)] = may_be[said][0]
    return out


# relatives of a person's own sex, who may share the surname and hold another office ("his
# father, President Bush"): a man's, a woman's
_SAME_SEX_KIN = {
    "m": frozenset(
        [
            "father",
            "son",
            "brother",
            "grandfather",
            "grandson",
            "uncle",
            "nephew",
            "cousin",
            "stepson",
            "dad",
        ]
    ),
    "f": frozenset(
        [
            "mother",
            "daughter",
            "sister",
            "grandmother",
            "granddaughter",
            "aunt",
            "niece",
            "cousin",
            "stepdaughter",
            "mom",
        ]
    ),
}


def _titled_surname_is_bearer(
    doc: Doc, cands: list[_Cand], k: str, bearer: str, offices: set[str]
) -> bool:
    """Is a bare surname under an office the article never gives the one person it names in
    full with that surname ("President Obama" beside "then-Sen. Barack Obama", "Secretary
    Clinton" beside "Hillary Clinton") that person, not a relative? So when the writer's
    pronouns after those titled mentions say the gender the bearer's first name says ("As
    President Obama faced criticism over his speech"), never the other ("President Obama"
    beside "Michelle Obama": another Obama), and the article speaks of no relative of that
    sex ("his brother", "her mother"), who may share both the surname and the sex."""
    gender = (
        "" if shared_given_name(bearer.split(":", 1)[-1]) else name_gender(bearer.split(":", 1)[-1])
    )
    if not gender:
        return False
    kin = _SAME_SEX_KIN[gender]
    if any(t.lower_ in kin or t.lemma_.lower() in kin for t in doc):
        return False
    text = doc_text(doc)
    quoted = [(q.start, q.end) for q in find_quotes(text)]
    said: set[str] = set()
    for c in cands:
        if c.tok_end - c.tok_start != 1 or fold(text[c.start : c.end]) != k:
            continue
        office = _office_before(doc, c.tok_start)
        if office is None or office in offices:
            continue
        found = _pronoun_gender_near(doc, c, quoted)
        if found:
            said.add(found)
    return said == {gender}


def _pronoun_gender_near(doc: Doc, c: _Cand, quoted: list[tuple[int, int]]) -> str:
    """The gender the third-person pronouns after a mention say in its sentence, where the
    sentence names no other person: "Secretary Clinton and her staff", "As President Obama
    faced criticism over his speech". Pronouns are read in the mention's own quotation if it
    stands in one, else outside quotation; "" where none or both genders are said."""
    sent = doc[c.tok_start : c.tok_end].sent
    if any(t.ent_type_ == "PERSON" and not c.tok_start <= t.i < c.tok_end for t in sent):
        return ""
    quote = next(((a, b) for a, b in quoted if a <= c.start < b), None)

    def same_voice(idx: int) -> bool:
        if quote is not None:
            return quote[0] <= idx < quote[1]
        return not any(a <= idx < b for a, b in quoted)

    said = {pronoun_gender(t) for t in sent if t.i >= c.tok_end and same_voice(t.idx)}
    said &= {"m", "f"}
    return next(iter(said)) if len(said) == 1 else ""


def _model_says_person(doc: Doc, c: _Cand) -> bool:
    """Did the parser's recogniser read every word of the candidate as a person's name? A
    country's name that is also the surname of a person the article names is that person when
    the parser says so and the article speaks of the country in no other way ("Jordan said"
    after "Rep. Jim Jordan", with no "Amman" nor "Jordanian" in the article)."""
    return all(t.ent_type_ == "PERSON" for t in doc[c.tok_start : c.tok_end])


def _given_first(key: str) -> bool:
    """Does the full name behind a person's key open with a given name or a word that is no
    common word ("person:hillary clinton", "person:bernie sanders"; not "person:old
    labour")?"""
    first = key.partition(":")[2].split()[:1]
    return bool(first) and (is_given_name(first[0]) or not common_phrase([first[0].title()]))


def _personal_first_word(key: str, lower: set[str]) -> bool:
    """Does the full name behind a person's key open with a word that can be a given name,
    not a word the article writes in lower case ("Air" of an "Air Chathams" the model took for
    a person, in an article that also writes "by air")?"""
    first = key.partition(":")[2].split()[:1]
    return bool(first) and (is_given_name(first[0]) or first[0] not in lower)


def _not_a_big_city(c: _Cand, text: str, g: Gazetteer) -> bool:
    """Is this candidate anything but a place the gazetteer knows as a city of 100,000 or
    more?"""
    if c.type != "place":
        return True
    city = g.city(text)
    return city is None or city.population < 100_000


def _initials_apart(key_a: str, key_b: str) -> bool:
    """Are two people's keys one name but for middle initials ("person:donald trump",
    "person:donald j. trump"): the same first and last words, the other words initials?"""
    a, b = key_a.split(":", 1)[1].split(), key_b.split(":", 1)[1].split()
    if a == b or len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    middle = a[1:-1] + b[1:-1]
    return bool(middle) and all(len(w.rstrip(".")) == 1 and w[0].isalpha() for w in middle)


def _middle_name(key_a: str, key_b: str) -> bool:
    """Is one person's key the other's two words with a middle name between them ("person:
    hillary clinton", "person:hillary rodham clinton"): the same given name, written in full,
    and the same surname? Not a surname particle ("Vincent van Gogh" is no Vincent Gogh)."""
    a, b = key_a.split(":", 1)[1].split(), key_b.split(":", 1)[1].split()
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) != 2 or len(long_) != 3 or short[0] != long_[0] or short[1] != long_[2]:
        return False
    if len(short[0].rstrip(".")) < 2 or not _given_name_like(short[0].title()):
        return False
    middle = long_[1]
    return middle.isalpha() and len(middle) > 1 and middle not in _SURNAME_PARTICLES


def _nickname_of(doc: Doc, first: _Cand, c: _Cand, key: str, held: set[str]) -> bool:
    """Is the full name `c` the same person as the earlier full name `first` (keyed `key`,
    holding the offices `held`), by one given name the other's nickname ("Sandy Paradis",
    "Sandra Paradis"; "Bill", "William") and the same words after it, where nothing in the
    article sets them apart: not in one sentence, no kin word before either ("her brother Bob
    Quill"), no two offices ("Judge William Roe", "Mayor Bill Roe"), no two sexes by
    honorific or by the writer's pronouns after them?"""
    a, b = key.split(":", 1)[1].split(), c.key.split(":", 1)[1].split()
    if len(a) < 2 or a[1:] != b[1:] or not nickname_related(a[0], b[0]):
        return False
    if doc[first.tok_start].sent.start == doc[c.tok_start].sent.start:
        return False  # "Robert Roe and his son Bob Roe"
    for m in (first, c):
        before = doc[max(0, m.tok_start - 3) : m.tok_start]
        after = doc[m.tok_end : min(len(doc), m.tok_end + 4)]
        if any(t.lower_ in KINSHIP_WORDS for t in (*before, *after)):
            return False
    mine = set(_offices_beside(doc, c))
    office = _office_before(doc, c.tok_start)
    if office is not None:
        mine.add(office)
    if held and mine and not held & mine:
        return False
    quoted = [(q.start, q.end) for q in find_quotes(doc_text(doc))]
    said = {
        g
        for m in (first, c)
        for g in (_honorific_gender(doc, m), _pronoun_gender_after(doc, m, quoted))
    } - {""}
    return len(said) <= 1


def _one_full_name(key_a: str, key_b: str) -> bool:
    """Are two people's keys one name, the shorter the end of the longer ("person:de blasio",
    "person:bill de blasio")?"""
    a, b = key_a.split(":", 1)[1].split(), key_b.split(":", 1)[1].split()
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) < len(long_) and long_[-len(short) :] == short


def _offices_beside(doc: Doc, c: _Cand) -> set[str]:
    """The offices an apposition gives a full name ("Chris Christie, the governor of New
    Jersey", "the state's governor, Ann Roe"), as one word ("governor"): the article has said
    this person holds the office, so a later "Gov. Christie" is that person, not a namesake."""
    found = apposition_roles(doc, doc[c.tok_start : c.tok_end], lambda i: False)
    out = set()
    for f in found:
        word = f.title.split()[-1] if f.title else ""
        if word in TITLE_WORDS and word not in HONORIFICS and word not in KINSHIP_WORDS:
            out.add(TITLE_ABBREVIATIONS.get(word, word))
    return out


def _office_before(doc: Doc, i: int) -> str | None:
    """The office title right before token i ("President", "Sen." as "senator"), not an
    honorific."""
    while i > 0 and doc[i - 1].is_space:  # "Gov.\u00a0Mike Pence": a no-break space
        i -= 1
    if i == 0:
        return None
    word = doc[i - 1].lower_
    if word in TITLE_WORDS and word not in HONORIFICS and word not in KINSHIP_WORDS:
        office = word.rstrip(".")
        return TITLE_ABBREVIATIONS.get(office, office)
    return None


def _given_name_owners(owners: set[str], in_story: set[str] | None) -> set[str]:
    """The people a given name may stand for: those named in full with it, or the one of them
    named in the story where the others are named only in the headline."""
    if len(owners) > 1 and in_story is not None and len(owners & in_story) == 1:
        return owners & in_story
    return owners


def _first_name_of(
    c: _Cand,
    text: str,
    k: str,
    firsts: dict[str, set[str]],
    first_seen: dict[str, int],
    g: Gazetteer,
    headline: bool = False,
    in_story: set[str] | None = None,
) -> bool:
    """Is this one-word name the given name of one person named in full before it (or in the
    story, for a headline's: "Boris opposes apology" over a story about Boris Johnson)? A full
    name read only in the title-case headline ("Hillary Camp Declining To Debate") is no second
    bearer beside the one the story names ("Hillary Clinton")."""
    owners = _given_name_owners(firsts.get(k, set()), in_story)
    if len(owners) != 1:
        return False  # two people share the given name (or none has it)
    owner = next(iter(owners))
    if c.key == owner or (not headline and first_seen.get(owner, c.start) >= c.start):
        return False  # the full name must come first
    if c.type == "place":
        city = g.city(text)
        return city is None or city.population < 100_000  # "Paris" stays the city
    return True


def _propagate(doc: Doc, cands: list[_Cand], covered: set[int], caps: set[int]) -> list[_Cand]:
    """Other occurrences of a name already found in the article get the same entity."""
    table = token_table(doc)
    folded_word = {w: fold(w) for w in set(table.words)}  # a word folded once per article
    folded = [folded_word[w] for w in table.words]
    surfaces: dict[tuple[str, ...], _Cand] = {}
    for c in cands:
        if c.kind not in ("name", "alias"):
            continue
        toks = tuple(folded[c.tok_start : c.tok_end])
        if not toks or (len(toks) == 1 and (doc[c.tok_start].is_stop or len(toks[0]) < 2)):
            continue
        surfaces.setdefault(toks, c)
    # The surname of a person named in full, where the model tagged nothing ("Barabak wrote"
    # after "Mark Z. Barabak"): that person, when no other person the article names shares it.
    by_surname: dict[str, set[str]] = defaultdict(set)
    model_of: dict[str, _Cand] = {}
    for c in cands:
        if c.type == "person" and c.kind == "name" and c.tok_end - c.tok_start >= 2:
            at = c.tok_start + _surname_index(folded[c.tok_start : c.tok_end])
            last = folded[at]
            if len(last) >= 3 and table.words[at].isalpha():
                by_surname[last].add(c.key)
                model_of.setdefault(last, c)
    surnames_only = {
        last: model_of[last]
        for last, keys in by_surname.items()
        if len(keys) == 1 and (last,) not in surfaces
    }
    out: list[_Cand] = []
    n = len(doc)
    # Words of a date or a time are no name ("May" the person is not "May 5").
    dates = {k for e in doc.ents if e.label_ in ("DATE", "TIME") for k in range(e.start, e.end)}
    i = 0
    while i < n:
        hit = None
        if i not in covered and i not in dates and (table.words[i][:1].isupper() or i in caps):
            hit = _propagation_match(doc, table, folded, surfaces, covered, caps, i)
        if hit is None and i not in covered and i not in dates:
            hit = _surname_match(doc, table, folded, surnames_only, caps, i)
        if hit is not None:
            out.append(hit)
            i = hit.tok_end
        else:
            i += 1
    return out


def _surname_match(
    doc: Doc,
    table: TokenTable,
    folded: list[str],
    surnames: dict[str, _Cand],
    caps: set[int],
    i: int,
) -> _Cand | None:
    """A lone capitalised proper noun, untagged by the model and not part of a longer name,
    that is the surname of one person named in full earlier (`_propagate`)."""
    model = surnames.get(folded[i])
    if model is None or model.start >= doc[i].idx:
        return None
    words, pos, n = table.words, table.pos, len(doc)
    if table.ent_type[i] or pos[i] != "PROPN" or not words[i][:1].isupper():
        return None
    for k in (i - 1, i + 1):
        if 0 <= k < n and k not in caps and pos[k] == "PROPN" and words[k][:1].isupper():
            return None  # part of another name ("Lee Barabak")
    tok = doc[i]
    return _Cand(
        i, i + 1, tok.idx, tok.idx + len(tok.text), "person", kind="alias",
        source="propagated", key=model.key, reason="surname",
    )  # fmt: skip


def _propagation_match(
    doc: Doc,
    table: TokenTable,
    folded: list[str],
    surfaces: dict[tuple[str, ...], _Cand],
    covered: set[int],
    caps: set[int],
    i: int,
) -> _Cand | None:
    n = len(doc)
    words, pos = table.words, table.pos
    for size in range(min(_MAX_NGRAM, n - i), 0, -1):
        model = surfaces.get(tuple(folded[i : i + size]))
        if model is None or any(j in covered for j in range(i, i + size)):
            continue
        # The match must not be part of a longer capitalised name.
        after = i + size
        if after < n and after not in caps and pos[after] == "PROPN" and words[after][:1].isupper():
            continue
        before = i - 1
        if (
            before >= 0
            and before not in caps
            and pos[before] == "PROPN"
            and words[before][:1].isupper()
            and table.lower[before] not in TITLE_WORDS
        ):
            continue
        span = doc[i:after]
        end = span.end_char - _glued_possessive(doc, after)  # "Trump‘s" is Trump
        return _Cand(
            i, after, span.start_char, end, model.type, kind=model.kind,
            source="propagated", key=model.key, country=model.country, reason=model.reason,
        )  # fmt: skip
    return None


# "also known as", "a.k.a.", "otherwise known as", "also called": the words after a name that
# give another name of the same thing
_AKA = re.compile(
    r"^\s*[,(]?\s*(?:(?:also|otherwise|better|commonly|widely)\s+(?:known\s+as|called)|"
    r"known\s+as|a\.?k\.?a\.?)\s+$",
    re.IGNORECASE,
)
_AKA_LIST = re.compile(r"^\s*(?:,|,?\s+(?:and|or))\s+$")


def _also_known_as(cands: list[_Cand], doc: Doc) -> None:
    """Names the article gives as another name of the name right before ("the Islamic State,
    also known as ISIS, ISIL and Daesh"; "Joaquin Guzman, known as El Chapo") are that
    thing's aliases: every mention of them joins the first name's key, with its type. Each
    alias must be a candidate of its own that follows at once, or after a comma or "and"/"or"
    of a list; a person's alias is taken only for a person ("Smith, known as Bud"), and a
    country's name only for a place."""
    text = doc_text(doc)
    ordered = sorted((c for c in cands if c.key), key=lambda c: c.start)
    joined: dict[str, tuple[str, EntityType]] = {}  # alias key -> (name's key, its type)
    for i, head in enumerate(ordered):
        if i + 1 >= len(ordered):
            break
        nxt = ordered[i + 1]
        if not _AKA.match(text[head.end : nxt.start]) or "\n" in text[head.end : nxt.start]:
            continue
        target = joined.get(head.key, (head.key, head.type))
        aliases = [ordered[i + 1]]
        seps: list[str] = []
        j = i + 1
        while j + 1 < len(ordered) and _AKA_LIST.match(text[ordered[j].end : ordered[j + 1].start]):
            seps.append(text[ordered[j].end : ordered[j + 1].start])
            j += 1
            aliases.append(ordered[j])
        if seps and not any("," in sep for sep in seps):
            # "San Fierro, aka San Francisco and Las Venturas, a copy of Las Vegas": a bare
            # "and" may go on with the list the name stands in; only "Y, Z and W" lists aliases
            aliases = aliases[:1]
        for alias in aliases:
            if (
                alias.key != target[0]
                and (alias.type == "person") == (target[1] == "person")
                and (alias.country is None or target[1] == "place")
            ):
                joined.setdefault(alias.key, target)
    if not joined:
        return
    for c in cands:
        found = joined.get(c.key)
        if found is not None:
            c.key, c.type = found
            c.reason = "also known as"


def _short_forms_of_bodies(cands: list[_Cand], doc: Doc) -> None:
    """A name that is a body's name of the article written short is that body: its singular
    ("Lib Dem election plans" beside "the Lib Dems"), or its words each cut short ("Lib Dems"
    beside "the Liberal Democrats", each word at least three letters of the body's), whether
    the model took it for a person's or another body's. A person-typed name opens with no
    given name and is the surname of no one the article names in full ("Brown" of "the
    Browns" after "Gordon Brown")."""
    text = doc_text(doc)
    bodies: dict[str, _Cand] = {}
    for c in cands:
        if c.type in ("organization", "group") and c.key and c.kind == "name":
            bodies.setdefault(fold(text[c.start : c.end]), c)
    if not bodies:
        return
    surnames = {
        fold(text[c.start : c.end].split()[-1])
        for c in cands
        if c.type == "person"
        and len(text[c.start : c.end].split()) > 1
        and is_given_name(text[c.start : c.end].split()[0])
    }

    def clipped(short: list[str], long_: list[str]) -> bool:
        return len(short) == len(long_) and all(
            len(s.rstrip("s")) >= 3 and s != w and w.startswith(s.rstrip("s"))
            for s, w in zip(short, long_, strict=True)
        )

    for c in cands:
        name = text[c.start : c.end]
        ws = name.split()
        k = fold(name)
        if (
            c.type not in ("person", "organization", "group")
            or c.kind != "name"
            or len(ws) < 2
            or not all(w[:1].isupper() and w.isalpha() for w in ws)
        ):
            continue
        if c.type == "person" and (is_given_name(ws[0]) or fold(ws[-1].rstrip("s")) in surnames):
            continue
        body = None
        if c.type == "person" or not k.endswith("s"):
            body = bodies.get(k + "s") or bodies.get(k[:-1] if k.endswith("s") else "")
        reason = "singular"
        if body is None:
            found = [b for key, b in bodies.items() if clipped(k.split(), key.split())]
            body = found[0] if len(found) == 1 else None
            reason = "short form"
        if body is not None and body.key != c.key:
            old = c.key
            for other in cands:
                if other.key == old:
                    other.key, other.type, other.reason = body.key, body.type, reason
                elif other.key == body.key and not other.reason:
                    other.reason = reason  # whichever form ends up the entity's name


# Plurals British usage gives a party as its name, as "Labour" is one: "the Tories", "the
# Conservatives", "the Liberal Democrats", "the Lib Dems" name the party (a body that stands,
# wins seats and says things), not a loose set of people as "conservatives" or "Democrats"
# (a US party's members, typed a group) do. "Tories" is the Conservatives' other name.
_PARTY_PLURALS = {
    "tories": "conservative",
    "conservatives": "conservative",
    "conservative party": "conservative",
    "liberal democrats": "liberal democrat",
    "lib dems": "liberal democrat",
    # the party's singular as a modifier: "Lib Dem home affairs spokesman", "the Liberal
    # Democrat advance"
    "liberal democrat": "liberal democrat",
    "lib dem": "liberal democrat",
}
# Party names of two words the small model cuts or mistypes ("Lib Dem" a person, "Liberal" a
# body beside "Democrat" a group, "The Liberal Democrats" as just "Democrats"): each written
# in title case is the party's one name, whatever spans the model drew over it.
_TWO_WORD_PARTIES = frozenset(k for k in _PARTY_PLURALS if len(k.split()) == 2)


def _party_names(cands: list[_Cand], doc: Doc) -> list[_Cand]:
    """One organization over each title-case two-word party name (`_TWO_WORD_PARTIES`), in
    place of the model's cut or mistyped spans over any of its words."""
    found: list[_Cand] = []
    for i in range(len(doc) - 1):
        a, b = doc[i], doc[i + 1]
        if not (a.is_title and b.is_title and a.whitespace_ == " "):
            continue
        if fold(f"{a.text} {b.text}") not in _TWO_WORD_PARTIES:
            continue
        found.append(_Cand(i, i + 2, a.idx, b.idx + len(b.text), type="organization"))
    if not found:
        return cands
    taken = {k for f in found for k in range(f.tok_start, f.tok_end)}
    kept = []
    for c in cands:
        if not any(k in taken for k in range(c.tok_start, c.tok_end)) or (
            c.tok_end - c.tok_start > 2 and c.type == "organization"
        ):
            kept.append(c)
            continue
        party = next(
            (f for f in found if f.tok_start < c.tok_end and c.tok_start < f.tok_end), None
        )
        if c.type == "person" and party is not None and c.tok_end > party.tok_end + 1:
            # "(Fellow) Lib Dem Norman Baker": the party's words before a name; the name is
            # the person
            rest = doc[party.tok_end : c.tok_end]
            kept.append(
                _Cand(party.tok_end, c.tok_end, rest.start_char, rest.end_char, type="person")
            )
    inside = {k for c in kept for k in range(c.tok_start, c.tok_end)}
    kept += [f for f in found if f.tok_start not in inside]
    kept.sort(key=lambda c: c.start)
    return kept


# Words that only British parties' names use: "Conservatives" is the party only beside one.
_UK_PARTY_EVIDENCE = re.compile(r"\b(?:Tory|Tories|Conservative Party|Lib Dems?|Labour)\b")


def _party_plurals(cands: list[_Cand], doc: Doc) -> None:
    """The plural names of a British party (`_PARTY_PLURALS`) are the party: an organization,
    as Labour is, one entity under whichever of its names the article uses ("the Tories" and
    "the Conservative Party" one body). "Conservatives" only where the article also names a
    British party ("Tory", "Labour", "Lib Dems"): elsewhere it may be conservatives at a
    sentence's start."""
    text = doc_text(doc)
    uk = _UK_PARTY_EVIDENCE.search(text) is not None
    keys: dict[str, str] = {}  # party -> the key its names join
    for c in sorted(cands, key=lambda c: c.start):
        party = _PARTY_PLURALS.get(fold(text[c.start : c.end]))
        if (
            party is None
            or not c.key
            or c.kind != "name"
            or c.type not in ("group", "organization", "person")
        ):
            continue
        if party == "conservative" and not uk:
            continue
        keys.setdefault(party, c.key)
    if not keys:
        return
    moved = {}
    for c in cands:
        party = _PARTY_PLURALS.get(fold(text[c.start : c.end])) if c.kind == "name" else None
        if party in keys and (party != "conservative" or uk):
            moved[c.key] = keys[party]
    for c in cands:
        if c.key in moved:
            c.key = moved[c.key]
            c.type = "organization"
            # whichever of its names ends up the entity's name, the others are aliases
            c.reason = c.reason or "party's other name"


def _last_word_names(cands: list[_Cand], doc: Doc) -> None:
    """The one-word name the model tagged alone and a longer name the article gives after "the"
    ending in it (`candidates._tagged_alone`: "the Millennium Dome" ... "the Dome") are one
    thing, named in full: the short name's mentions join the full name's key. Only when one
    such full name ends in that word."""
    text = doc_text(doc)
    full: dict[str, list[_Cand]] = defaultdict(list)  # last word -> full names ending in it
    for c in cands:
        ws = text[c.start : c.end].split()
        if (
            c.source == "shape"
            and c.key
            and c.type in ("place", "organization")
            and len(ws) >= 2
            and c.tok_start > 0
            and doc[c.tok_start - 1].lower_ == "the"
        ):
            full[ws[-1]].append(c)
    if not full:
        return
    moved: dict[str, tuple[str, EntityType]] = {}
    for c in cands:
        word = text[c.start : c.end]
        found = full.get(word)
        if (
            found
            and len({f.key for f in found}) == 1
            and c.kind == "name"
            and c.key
            and c.key != found[0].key
            and c.type == found[0].type
        ):
            moved[c.key] = (found[0].key, found[0].type)
    for c in cands:
        if c.key in moved:
            c.key, c.type = moved[c.key]
            c.reason = c.reason or "last word of the name"


# Titles of a monarchy and its peerage: "the Duke of Edinburgh", "the Queen", which the small
# model types a work, a body, or cuts at the "of" ("Duke" a person, "Edinburgh" a body).
_PEERAGE_TITLES = frozenset(
    words(
        """
        queen king prince princess duke duchess earl countess marquess marchioness viscount
        viscountess baron baroness
        """
    )
)
_SOVEREIGNS = frozenset(("queen", "king"))


def _peerage_titles(cands: list[_Cand], doc: Doc) -> list[_Cand]:
    """A title of the peerage with its seat ("Duke of Edinburgh", "HRH Duchess of Cornwall")
    is one person; a sovereign's bare title after "the" ("the Queen said") is a person too;
    a title followed by "Consort" ("become Princess Consort") names a rank, no one."""
    found: list[_Cand] = []
    dropped: set[int] = set()
    n = len(doc)
    for i, t in enumerate(doc):
        if t.lower_ not in _PEERAGE_TITLES or not t.is_title:
            continue
        nxt = doc[i + 1] if i + 1 < n else None
        if nxt is not None and nxt.lower_ == "of" and i + 2 < n and doc[i + 2].is_title:
            end = i + 3
            while end < n and end - i < 5 and doc[end].is_title and doc[end].is_alpha:
                end += 1
            found.append(_Cand(i, end, t.idx, doc[end - 1].idx + len(doc[end - 1].text), "person"))
        elif nxt is not None and nxt.text == "Consort":
            dropped.update((i, i + 1))
        elif (
            t.lower_ in _SOVEREIGNS
            and i > 0
            and doc[i - 1].lower_ == "the"
            and not (nxt is not None and nxt.is_title and nxt.is_alpha)
        ):
            found.append(_Cand(i, i + 1, t.idx, t.idx + len(t.text), "person"))
    if not found and not dropped:
        return cands
    taken = {k for f in found for k in range(f.tok_start, f.tok_end)} | dropped
    kept = [c for c in cands if not any(k in taken for k in range(c.tok_start, c.tok_end))]
    kept += found
    kept.sort(key=lambda c: c.start)
    return kept
