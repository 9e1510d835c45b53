"""Entity candidates: the mention spans found in the parse (spaCy's names, the gazetteer,
unlabelled capitalised names), trimmed and first typed, before any article-wide decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from app.extract.entities.lexicon import (
    _CORPORATE_SUFFIXES,
    _DEPARTMENT_WORDS,
    _EVENT_HEADS,
    _FACILITY_HEADS,
    _LABEL_TYPES,
    _LAW_HEADS,
    _MAX_NGRAM,
    _NAME_PARTICLES,
    _ORG_HEADS,
    _PLACE_HEADS,
    _PLACE_LIKE_HEADS,
    _SPORT_NAMES,
    _SPORTS_WORDS,
)
from app.extract.entity_names import common_phrase, is_given_name
from app.extract.model import EntityType, MentionKind, fold
from app.extract.names_model import SPANS_KEY
from app.extract.places import NATIONALITY_NOUNS, Gazetteer, gazetteer
from app.extract.roles import (
    BARE_HONORIFICS,
    HONORIFICS,
    OCCUPATION_WORDS,
    PORTFOLIO_WORDS,
    POST_NOMINALS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    words,
)
from app.extract.timex_vocab import DAY_PARTS, MONTHS, WEEKDAYS
from app.extract.tokens import TokenTable, doc_text, token_table


@dataclass(slots=True)
class _Cand:
    """A mention candidate: token span, character span, type and how it names its entity."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    type: EntityType
    kind: MentionKind = "name"
    source: str = "ner"  # "ner", "gazetteer", "propagated"
    key: str = ""  # identity within the article, filled by `_assign_keys`
    country: str | None = None  # ISO code for country names, demonyms and capitals
    metonymic: bool = False  # a capital standing for its government
    region: str | None = None  # ISO 3166-2 of a region written after a place: "Naples (Fla.)"
    reason: str = ""  # why this mention joined its entity under another name ("surname")
    medium: bool = False  # read as a medium people post on ("on Twitter"): `_context_types`


def _in_titles(c: _Cand, titles: list[tuple[int, int]] | None) -> bool:
    """Does the candidate start in the headline or a title-case heading (`_title_spans`), where
    title case misleads the recogniser?"""
    return any(s <= c.start < e for s, e in titles or ())


def _vote_weight(c: _Cand, titles: list[tuple[int, int]] | None) -> float:
    """What a candidate's type counts for when a name's mentions disagree: half in a title."""
    return 0.5 if _in_titles(c, titles) else 1.0


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def sports_headline(doc: Doc) -> bool:
    """Does the first line name a sport or use the sports vocabulary ("SOCCER - JAPAN GET
    LUCKY WIN", "Leeds beat Chelsea in the cup")? Reports and results tables open so; a
    travel guide that mentions the local teams does not."""
    table = token_table(doc)
    if not table.sentences:
        return False
    start, end = table.sentences[0]
    first = table.lower[start:end]
    return not (_SPORT_NAMES.isdisjoint(first) and _SPORTS_WORDS.isdisjoint(first))


def _named_spans(doc: Doc) -> list[tuple[Span, bool]]:
    """spaCy's entities, with people, organizations and places from newsbrief's trained
    recogniser where it ran (`names_model`) and the text is a sports report (its first line
    says so: `sports_headline`; elsewhere the recogniser loses to spaCy's own names): its
    PERSON / ORG / GPE replace the pipeline's own names, which stay where it saw a name of
    another kind (MISC) and elsewhere only as fallbacks (True: kept only if the rules make a
    product or an event of them); the pipeline's other entities (NORP, EVENT, PRODUCT...)
    stay where they do not overlap one of its names."""
    if SPANS_KEY not in doc.spans or not sports_headline(doc):
        return [(e, False) for e in doc.ents]
    group = doc.spans[SPANS_KEY]
    names = [s for s in group if s.label_ in ("PERSON", "ORG", "GPE")]
    taken = {i for s in names for i in range(s.start, s.end)}
    # Where the recogniser saw a name of another kind (MISC: "Russian", "Cold War"), the
    # pipeline's own label says which ("Russian" NORP, "US" GPE in "US-led").
    misc = {i for s in group if s.label_ == "MISC" for i in range(s.start, s.end)}
    out = [(s, False) for s in names]
    for ent in doc.ents:
        tokens = range(ent.start, ent.end)
        if taken.intersection(tokens):
            continue
        # Where the recogniser saw no name, spaCy's person / organization / place is a
        # fallback: the entity rules may still make a product or an event of it.
        out.append((ent, ent.label_ in _NAME_LABELS and not misc.intersection(tokens)))
    out.sort(key=lambda pair: pair[0].start)
    return out


def _caps_sentences(doc: Doc) -> set[int]:
    """Indices of tokens in sentences written in ALL CAPS (headlines, datelines, tables)."""
    table = token_table(doc)
    out: set[int] = set()
    for start, end in table.sentences:
        words, is_alpha = table.words, table.is_alpha
        alpha = [words[k] for k in range(start, end) if is_alpha[k] and len(words[k]) > 1]
        # spaCy's is_upper is str.isupper of the token's text
        if alpha and sum(w.isupper() for w in alpha) >= 0.8 * len(alpha):
            out.update(range(start, end))
    return out


def _trim_end(t: TokenTable, start: int, end: int) -> int:
    """The end of a name less a possessive ending, spaces and punctuation after it."""
    words, tag, punct, space = t.words, t.tag, t.is_punct, t.is_space
    while end > start and (
        tag[end - 1] == "POS"
        or words[end - 1] in ("'s", "’s", "'", "’")
        or space[end - 1]
        or (punct[end - 1] and words[end - 1] != ".")
    ):
        end -= 1
    return end


# Prepositions that open sentences ("Across Wales, ...", "Inside Rivermoor, ...").
_PREPOSITIONS = frozenset(
    words(
        """
        across inside outside in at on from after before throughout within around under over
        near beyond behind beside along among amid through during despite without into against
        toward towards upon like unlike
        """
    )
)


# Titles in the plural, before a list of the people who hold them.
_PLURAL_TITLES = frozenset(words("lords ladies sens reps govs drs messrs profs gens"))


def _clitic(word: str) -> bool:
    """ "’s", "'re", "’ll": the end of the word before ("That’s Jeb Bush"), no name's start."""
    return len(word) > 1 and word[0] in "'’" and word[1:].isalpha() and word[1:].islower()


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop determiners, possessive endings, punctuation and (for people) titles from a name."""
    t = token_table(doc)  # read per token on both edges of every name: no Token objects
    words, lower, tag, punct, space = t.words, t.lower, t.tag, t.is_punct, t.is_space
    while start < end and (
        tag[start] in ("DT", "PRP$", "PDT")
        or punct[start]
        or space[start]
        or lower[start] in ("the", "a", "an")
        or _clitic(words[start])
    ):
        start += 1
    # A preposition that opens the sentence, capitalised by position, is no part of the name
    # after it: "Across Wales, pickets ...", "Inside Rivermoor, ...", and so after the
    # quotation mark that opens a quoted sentence ('said: "Like the Whigs, the Greens ...'),
    # with the determiner it leaves ("the Whigs").
    if (
        end - start > 1
        and t.dep[start] == "prep"
        and lower[start] in _PREPOSITIONS
        and (_opens_sentence(t, start) or _opens_quotation(t, start))
    ):
        start += 1
        while start < end and (tag[start] in ("DT", "PRP$", "PDT") or punct[start]):
            start += 1
    # A plural title before a list of names is no part of the first: "Lords Bingham, Steyn
    # and Hope", "Sens. Ann Bly and Tom Cole".
    if end - start > 1 and lower[start].rstrip(".") in _PLURAL_TITLES:
        start += 1
        while start < end and punct[start]:
            start += 1
    # A rank ending a name before the person it is the rank of is no name: "Navy Capt.
    # Jeff Davis", "Air Force Col. Ann Beale" ("Navy" and "Air Force" stay, the service).
    n = len(words)
    while (
        end - start > 1
        and lower[end - 1].rstrip(".") in TITLE_ABBREVIATIONS
        and (words[end - 1].endswith(".") or (end < n and words[end] == "."))
    ):
        end -= 1
    end = _trim_end(t, start, end)
    # A bracket the name does not close is no part of it: "the Federal Bureau of
    # Investigation (FBI" -> the bureau (the acronym in brackets is found on its own).
    for k in range(start + 1, end):
        if words[k] in ("(", "[") and not any(w in (")", "]") for w in words[k + 1 : end]):
            end = _trim_end(t, start, k)
            break
    # A final period that is its own token ends the sentence; "U.S." keeps its own.
    if end - start > 1 and words[end - 1] == ".":
        end -= 1
    start, end = _whole_hyphenated(t, start, end)
    # "pro-Islamic State", "anti-Trump": a stance on a name, not the name; the name after it.
    if end - start > 2 and lower[start] in ("pro", "anti") and words[start + 1] == "-":
        start += 2
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
        end = _before_a_date(t, start, end)
        # Names do not end in numbers: "M. Vaughan 57" in a scorecard, "JOHANNESBURG 1996-08-22"
        # in a dateline. (Model numbers are handled as products later.)
        while (
            end - start > 1
            and (t.like_num[end - 1] or words[end - 1][:1].isdigit())
            and not (label == "ORG" and lower[end - 2] in _ORG_HEADS)  # "Public School 20"
        ):
            end = _trim_end(t, start, end - 1)  # "Trump’s 1995 (filings)" is Trump
        # A standalone dash separates a headline's topic from its subject ("CRICKET - ENGLAND").
        # A hyphen spaced out between two name words is the name's own, in text rebuilt from
        # tokens ("Wal - Mart", "Zhou En - Lai"): no topic is one word before a one-word name.
        for k in range(end - 1, start, -1):
            if words[k] in ("-", "--", "–", "—", ":") and t.space_after[k - 1]:
                if not _spaced_hyphen_in_name(t, start, end, k, label):
                    start = k + 1
                break
    if label == "PERSON":
        # A list's number is not part of a name: "4 Freeze the leaves".
        while end - start > 1 and t.like_num[start] and _opens_sentence(t, start):
            start += 1
        # A sentence-opening verb is not part of the name: "Describing Mr Lee ...".
        if end - start > 1 and _opens_sentence(t, start) and tag[start] in ("VBG", "VB"):
            start += 1
        elif end - start > 1 and _opens_sentence(t, start) and lower[start] in _OPENERS:
            start += 1  # "Neither Cruz nor Christie ...", "Said Comey, ..." are Cruz, Comey
        elif end - start > 1 and _opens_sentence(t, start) and _gerund_before_name(doc, start, end):
            start += 1  # "Bashing Trump may be job one" tagged one name
        # spaCy often leaves an unusual given name or an initial outside: "Seiki Okuda".
        while start > 0 and _given_name_part(t, start - 1):
            start -= 1
        while end - start > 1 and (
            lower[start] in TITLE_WORDS
            or lower[start] in HONORIFICS
            or lower[start] in PORTFOLIO_WORDS
            or t.ent_type[start] in ("NORP", "GPE")
        ):
            start += 1
        # The end of a department's name glued to a person's: "(Office of Personnel)
        # Management John Smith" -> "John Smith", when a given name follows the word.
        while (
            end - start > 2
            and (lower[start] in _DEPARTMENT_WORDS or lower[start] in _ORG_HEADS)
            and is_given_name(words[start + 1])
            and not is_given_name(words[start])
        ):
            start += 1
        # The end of an office's name glued to a person's: "(Chief of) Staff Jeremy Bash",
        # "(Secretary of) State John Kerry" -> the name from its given name on.
        if (
            end - start > 2
            and start > 0
            and lower[start - 1] == "of"
            and not is_given_name(words[start])
            and common_phrase([words[start]])
            and is_given_name(words[start + 1])
        ):
            start += 1
        # A description written before a full name at a sentence's start: "Solicitor Gareth
        # Pierce", "Tory Dominic Grieve" -> the name from its given name on.
        if (
            end - start > 2
            and t.sent_start[start]
            and words[start].isalpha()
            and not is_given_name(words[start])
            and is_given_name(words[start + 1])
            and len(words[start + 1]) > 2
        ):
            start += 1
    return start, end


# Prepositions that put a name in time: "(the Commons) on Monday", "(Parliament) in January".
_TIME_PREPOSITIONS = frozenset(words("on in by until till since before after from during"))
_DAY_WORDS = frozenset(
    [w for w in (*WEEKDAYS, *MONTHS) if len(w) > 3] + list(DAY_PARTS) + ["of", ",", "the"]
)


def _before_a_date(t: TokenTable, start: int, end: int) -> int:
    """The end of a name that the recogniser ran on into a date after it: "the Commons on
    Monday" -> "the Commons", "Parliament in January 2005" -> "Parliament". A lower-case
    preposition, then a weekday or a month and nothing but numbers, day parts and commas."""
    words, lower = t.words, t.lower
    for k in range(start + 1, end - 1):
        if lower[k] not in _TIME_PREPOSITIONS or not words[k].islower():
            continue
        day = words[k + 1]
        if not (day[:1].isupper() and day.lower() in _DAY_WORDS and day.lower() not in DAY_PARTS):
            continue
        if all(lower[j] in _DAY_WORDS or t.like_num[j] for j in range(k + 2, end)):
            return _trim_end(t, start, k)
    # "the Commons after Mr Brown (had spoken)": a lower-case preposition before an honorific
    # opens another name, a person's, that no body's or place's name runs on into.
    for k in range(start + 1, end - 1):
        if lower[k] in _PREPOSITIONS and words[k].islower() and lower[k + 1] in BARE_HONORIFICS:
            return _trim_end(t, start, k)
    return end


def _gerund_before_name(doc: Doc, start: int, end: int) -> bool:
    """Is the first word of a name that opens a sentence a gerund the tagger read as a name
    ("Bashing Trump may be job one"): a common word in "-ing" of a common verb, no given name,
    before a name the article gives a person elsewhere without it ("Donald Trump")?"""
    word = doc[start].text
    if not word.endswith("ing") or is_given_name(word) or not common_phrase([word]):
        return False
    stem = word[:-3].lower()
    stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    if not any(common_phrase([s]) for s in stems if len(s) > 2):
        return False
    rest = doc[start + 1 : end].text
    return any(
        e.label_ == "PERSON" and e.start != start and e.text.endswith(rest) and word not in e.text
        for e in doc.ents
    )


def _spaced_hyphen_in_name(t: TokenTable, start: int, end: int, k: int, label: str) -> bool:
    """Is the standalone hyphen at `k` inside a name one word long on either side ("Wal -
    Mart"), or before the last part of a person's hyphenated surname ("Zhou En - Lai")? Not
    in ALL CAPS, where it separates a headline's topic ("SOCCER - JAPAN"), nor where a dash
    written with spaces ends a clause ("since Reconstruction - Virginia's delegation"): the
    word before it is no common English word and the one after it no known place."""
    if t.words[k] != "-" or k + 1 >= end:
        return False
    left, right = t.words[k - 1], t.words[k + 1]
    if label == "PERSON" and _name_shaped(right) and k - 1 >= start:
        if _name_shaped(left) and is_given_name(left) and is_given_name(right):
            return True  # a double given name: "Pierre - Simon Laplace", "Jean - Louis Richard"
        if t.lower[k - 1] in ("al", "el") and k - 1 > start:
            return True  # an Arabic surname's article: "Wajiha al - Sabunji"
    if not (_name_shaped(left) and _name_shaped(right)) or end - (k + 1) != 1:
        return False
    if t.lower[k + 1] in ("the", "a", "an", "and", "of", "in", "on", "for"):
        return False
    if label == "PERSON":
        return True
    g = gazetteer()
    return (
        k - start == 1
        and not common_phrase([left])
        and not (g.is_place(right) or g.country(right) or g.demonym(right))
    )


def _name_shaped(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _whole_hyphenated(t: TokenTable, start: int, end: int) -> tuple[int, int]:
    """A name cut inside a hyphenated word is made whole: "Díaz" -> "Díaz-Canel"."""
    words, space_after = t.words, t.space_after

    def joined(k: int) -> bool:  # token k is a dash written inside a word
        return (
            words[k] in ("-", "–")
            and not space_after[k - 1]
            and not space_after[k]
            and words[k + 1][:1].isupper()
        )

    while end + 1 < len(words) and start < end and joined(end):
        end += 2
    while start >= 2 and start < end and joined(start - 1):
        start -= 2
    return start, end


def _given_name_part(t: TokenTable, i: int) -> bool:
    """Is token `i` a given name or an initial spaCy left outside a person's name? At the
    start of a sentence only a proper noun the parse makes part of the name (a compound:
    "Amelize Joseph loves ..."), as a capitalised first word may be any word there."""
    if t.ent_type[i] or not t.space_after[i]:
        return False
    if t.sent_start[i] and t.dep[i] != "compound":
        return False
    lower = t.lower[i]
    if lower in _ROLE_WORDS or lower in HONORIFICS or lower in PORTFOLIO_WORDS:
        return False  # "Moderator (Bret Baier)", "Principal (Dawn Hochsprung)"
    if lower.rstrip(".") in _PLURAL_TITLES:
        return False  # "Lords (Bingham), Steyn and Hope"
    text = t.words[i]
    initial = len(text) == 2 and text[0].isupper() and text[1] == "."
    return initial or (t.pos[i] == "PROPN" and text[:1].isupper() and text[1:].islower())


# The heads of a public body's name that no title of a book, film or show ends with in news
# ("Child Support Agency", "Select Committee on Energy"); the model tags such a name a work
# when a quoted word stands before it.
_BODY_HEADS = frozenset(
    words(
        """
        agency ministry department committee commission council authority bureau board
        institute foundation association university federation
        """
    )
)


_GENERATIONS = frozenset(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])


def _initialled_name(span: Span) -> bool:
    """Is the span a person's name by its shape alone: a capitalised word, one middle initial
    with its full stop, a capitalised surname, and perhaps a generation ("Vann R. Newkirk II",
    "Ada K. Moreau Jr.")? No organization's or place's name is written so."""
    words = [t.text for t in span]
    if words and words[-1] in _GENERATIONS:
        words = words[:-1]
    if len(words) != 3:
        return False
    first, initial, last = words
    return (
        first[:1].isupper()
        and first[1:].islower()
        and first.isalpha()
        and len(first) > 1
        and len(initial) == 2
        and initial[0].isupper()
        and initial[1] == "."
        and last[:1].isupper()
        and last.lower() not in _ORG_HEADS
    )


def _honorific_before_name(doc: Doc, i: int) -> bool:
    """Is token `i` a capitalised honorific directly before a capitalised word ("Sir Alan",
    "Dr Rose", "Mr. Keane")?"""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in HONORIFICS
        and doc[i].text[:1].isupper()
        and doc[i].whitespace_ != ""
        and doc[i + 1].text[:1].isupper()
        and doc[i + 1].is_alpha
    )


def _portfolio_as_body(span: Span, label: str) -> bool:
    """Is a lone portfolio word a body in its own right: tagged an organization, capitalised,
    and the subject or object of its clause ("Labour won a huge majority", "when Lord Kinnock
    led Labour"), not a word of a title ("the Labour leader", "Defence Secretary")?"""
    tok = span[0]
    return (
        len(span) == 1
        and label == "ORG"
        and tok.text[:1].isupper()
        and tok.lower_ not in TITLE_WORDS | HONORIFICS
        and (
            tok.dep_ in ("nsubj", "nsubjpass", "dobj", "conj")
            # "to Labour", not "Secretary of State", "Minister of Labour": a title's portfolio
            or (tok.dep_ == "pobj" and tok.head.lower_ != "of")
        )
    )


def _family_of(doc: Doc, first_words: str, singular: str) -> bool:
    """Does the article name a person whose surname is `singular` with other words before it
    ("the Bush Brothers" after "Jeb Bush")? The body's own singular ("Lib Dem" beside "the Lib
    Dems", which the model may tag a person too) is no such person."""
    return any(
        e.label_ == "PERSON" and e[-1].text == singular and e[:-1].text != first_words
        for e in doc.ents
    )


def _given_name_like(word: str) -> bool:
    """A known given name, or a title-case word that is no common English word, no title and
    no honorific ("Bernie" of "Bernie Sanders", not "Senator" nor "Staff")."""
    if len(word) < 2 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if is_given_name(word):
        return True
    low = word.lower()
    return low not in TITLE_WORDS and low not in HONORIFICS and not common_phrase([word])


def _surname_of_a_full_name(doc: Doc, i: int) -> bool:
    """Is the capitalised word at `i` ("Sanders", read as a plural noun) the last word of a
    person's full name the article writes elsewhere ("Bernie Sanders": a given name before
    it), with no "the" before it ("the Sanders" is a family)? Then it names that person."""
    tok = doc[i]
    if not (tok.text[:1].isupper() and tok.text[1:].islower()) or (
        i > 0 and doc[i - 1].lower_ == "the"
    ):
        return False
    found = doc.user_data.get("full_name_surnames")
    if not isinstance(found, frozenset):
        found = frozenset(
            e[-1].text
            for e in doc.ents
            if e.label_ == "PERSON" and len(e) >= 2 and _given_name_like(e[0].text)
        )
        doc.user_data["full_name_surnames"] = found
    return tok.text in found


def _plural_body(doc: Doc, start: int, end: int, g: Gazetteer) -> bool:
    """ "the Beatles", "the Pirates": one capitalised plural proper noun after "the", inside a
    sentence, that names no people of a country ("the Germans"), no place and no family of a
    person the article names ("the Obamas" after "Barack Obama"); or a name of several
    capitalised words after "the" ending in a plural ("the Lib Dems")."""
    if start == 0 or doc[start - 1].lower_ != "the":
        return False
    if (start > 1 and doc[start - 2].lower_ == "of") or (end < len(doc) and doc[end].text == "("):
        return False  # a title's end ("Madonna of the Pinks"), a work's year after it
    if end - start > 1:
        # "the Lib Dems", "the Blue Dogs": no one's name takes "the" and ends in a plural
        last = doc[end - 1]
        # the model may tag the plural a singular ("The Lib Dems accused ..."); not in a
        # person's name ("the Charles Dickens museum": a given name, a noun after it)
        plural = last.tag_ == "NNPS" or (
            last.tag_ == "NNP"
            and not is_given_name(doc[start].text)
            and (end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN"))
        )
        return (
            plural
            and last.text[:1].isupper()
            and last.text.endswith("s")
            and all(t.text[:1].isupper() for t in doc[start:end])
            and not _family_of(doc, doc[start : end - 1].text, last.text[:-1])
        )
    tok = doc[start]
    word = tok.text
    if not (
        tok.tag_ in ("NNPS", "NNS")
        and word[:1].isupper()
        and word[1:].islower()
        and word.endswith("s")
    ):
        return False
    singular = word[:-1]
    stems = {singular, word[:-2]} if word.endswith("es") else {singular}
    if (
        any(g.demonym(w) or g.us_state_demonym(w) for w in (word, *stems))
        or g.country(word)
        or g.is_place(word)
        or _opens_sentence(token_table(doc), start - 1)
    ):
        return False
    lower = word.lower()
    # Not a common noun in capitals ("the Toys" of a shop's name when the text says "toys"),
    # nor a family ("the Obamas" after "Barack Obama").
    return not any(t.text == lower or (t.text in stems and t.ent_type_ == "PERSON") for t in doc)


def _possessor_end(doc: Doc, start: int, end: int) -> int:
    """A name tagged across a possessive ends before it when the possessor is a name the
    article writes on its own elsewhere: "Apple Computer 's Mac OS" -> "Apple Computer" (not
    "People 's Republic of China", whose "People" stands nowhere alone)."""
    t = token_table(doc)
    words = t.words
    for k in range(start + 1, end - 1):
        if words[k] not in ("'s", "’s") or not words[k + 1][:1].isupper():
            continue
        left = words[start:k]
        size = len(left)
        for i in range(len(words) - size + 1):
            if (i + size <= start or i >= end) and tuple(words[i : i + size]) == tuple(left):
                after = words[i + size] if i + size < len(words) else ""
                if after not in ("'s", "’s", "of") and not after[:1].isupper():
                    return k
        return end
    return end


# Words that open a sentence before a name and are never a name's first word: a paired
# conjunction ("Neither Cruz nor ...") or an inverted speech tag's verb ("Said Comey, ...").
_OPENERS = frozenset(
    words("neither either both nor said says added adds asked asks wrote writes noted explained")
)


def _last_is_office(doc: Doc, end: int) -> bool:
    """Is the word before `end` a person's title ("Archbishop", "Commissioner"), not the head
    of a body's name ("Council") nor "General", which ends bodies too ("Consulate General")?"""
    word = doc[end - 1].lower_
    return word in TITLE_WORDS and word not in _ORG_HEADS and word not in ("general", "gen.")


def _opens_sentence(t: TokenTable, i: int) -> bool:
    """Is token `i` the first word of its sentence, after any numbering or bullet?"""
    k = i
    while k > 0 and not t.sent_start[k]:
        k -= 1
        if t.is_alpha[k]:
            return False
    return True


def _name_word_before(doc: Doc, start: int) -> bool:
    """Is the word before a body of people's plural name ("Democrats") the first word of that
    name, left out by the model ("the Liberal Democrats would ...")? A capitalised adjective or
    proper noun of no name of its own, not capitalised by position, that the article also
    writes before the name's singular or plural elsewhere ("Liberal Democrat leader"): not
    "Senate Democrats" (the Senate is a name of its own), nor a sentence's first word."""
    if start < 1:
        return False
    prev, name = doc[start - 1], doc[start]
    if not (
        prev.is_alpha
        and prev.is_title
        and prev.pos_ in ("ADJ", "PROPN")
        and not prev.ent_type_
        and prev.text.lower() not in TITLE_WORDS
    ):
        return False
    t = token_table(doc)
    if _opens_sentence(t, start - 1) or _opens_quotation(t, start - 1):
        return False
    stem = name.text[:-1] if name.text.endswith("s") else name.text
    return doc_text(doc).count(f"{prev.text} {stem}") >= 2


def _opens_quotation(t: TokenTable, i: int) -> bool:
    """Is token `i` the first word after a quotation mark that opens a quotation (tagged as an
    opening quote, or a curly opening mark)?"""
    return i > 0 and (t.tag[i - 1] == "``" or t.words[i - 1] in ("“", "‘"))


def _opening_verb(doc: Doc, start: int, end: int, g: Gazetteer) -> bool:
    """A one-word name that opens its sentence as a verb ("Wash the leaves", "Browsing the
    catalog, ..."): an instruction or a clause, capitalised by position, unless a known given
    name or place."""
    if end - start != 1:
        return False
    t = token_table(doc)
    word = t.words[start]
    return (
        t.pos[start] == "VERB"
        and t.tag[start] in ("VB", "VBG", "VBP")
        and _opens_sentence(t, start)
        and not is_given_name(word)
        and not g.is_place(word)
    )


def _lone_word_sentence(doc: Doc, start: int, end: int, g: Gazetteer) -> bool:
    """A one-word sentence ("Harsh?", "Hunh.") the model tagged as a name, which the article
    never writes capitalised inside a sentence and which is no known first name or place: a
    word said on its own, not a name."""
    if end - start != 1:
        return False
    tok = doc[start]
    sent = tok.sent
    if any(t.i != start and not (t.is_punct or t.is_space) for t in sent):
        return False
    word = tok.text
    if is_given_name(word) or g.is_place(word) or g.country(word) or g.demonym(word):
        return False
    return not any(t.text == word and t.i != start and not t.is_sent_start for t in doc)


# Words of direction that open regions' names ("East Midlands", "Western Cape").
_COMPASS_WORDS = frozenset(
    words(
        """
        north south east west northern southern eastern western central upper lower greater
        northeast northwest southeast southwest
        """
    )
)


def _party_word(doc: Doc, k: int) -> bool:
    """Is the word at `k`, opening a person's name of three words or more, one the recogniser
    labels a group (NORP) on its own elsewhere in the article: the party or nation of the person
    written before the name ("a safe Tory seat ... Tory Edward Turnour", "Republican voters
    ... Republican Ann Bly")? A given name the article uses as a group word is no given name
    there: "Tory" is one, but not before the article's "Tory seat"."""
    word = doc[k].text
    if not (doc[k].is_title and doc[k].is_alpha):
        return False
    return any(
        e.label_ == "NORP" and len(e) == 1 and e.text == word and e.start != k for e in doc.ents
    )


def _demonym_before_name(doc: Doc, k: int, g: Gazetteer) -> bool:
    """Is the word at `k`, opening a person's name of three words or more, the people of a
    place ("Kentuckian", "Floridian", "Texan") rather than a given name?"""
    word = doc[k].text
    if not (doc[k].is_title and doc[k].is_alpha) or is_given_name(word):
        return False
    return g.us_state_demonym(word) is not None or (
        g.demonym(word) is not None and g.country(word) is None
    )


# Adjectives of rank or standing written before a name they are no part of: "Top Republican
# Party donor", "Leading Democrat ...". ("Major" and "Grand" open names: "Major League".)
_RANK_ADJECTIVES = frozenset(words("top leading prominent senior influential longtime veteran"))


def _from_ent(doc: Doc, ent: Span, g: Gazetteer, caps: set[int], sports: bool) -> list[_Cand]:
    label = ent.label_
    if label not in _LABEL_TYPES:
        return []
    start, end = _trim(doc, ent.start, ent.end, label)
    if label == "PERSON" and end - start >= 3 and _party_word(doc, start):
        start += 1  # "Tory Edward Turnour" -> "Edward Turnour"
    if label == "PERSON" and end - start >= 3 and _demonym_before_name(doc, start, g):
        start += 1  # "fellow Kentuckian Rand Paul" -> "Rand Paul"
    if label in ("ORG", "PERSON") and end - start >= 3 and doc[start].lower_ in _RANK_ADJECTIVES:
        start += 1  # "Top Republican Party donor" -> "Republican Party"
    if label == "WORK_OF_ART" and any(
        doc[k].dep_ == "prep" and doc[k].lower_ in _PREPOSITIONS for k in range(ent.start, start)
    ):
        # '"Like the Whigs, the Greens would ...": a title the model read in a sentence opened
        # by a preposition and a name is that name, whose kind the title label does not tell:
        # left to the name's other mentions (propagation) rather than stated as a work.
        return []
    if (
        label in ("LOC", "GPE")
        and end - start == 1
        and doc[start].lower_ in _COMPASS_WORDS
        and end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and not doc[end].ent_type_
        and doc[start].whitespace_ == " "
    ):
        end += 1  # "East Midlands MEP": the model's "East" is the region's first word
    if label in ("ORG", "PERSON", "GPE"):
        end = _possessor_end(doc, start, end)
    if sports:
        # "Goias 3 Sport Recife 1" as one name: a score inside ends it (the team after the
        # score is found on its own as a name before a score).
        end = next((k for k in range(start + 1, end) if _is_score(doc[k])), end)
    if start >= end or _lone_word_sentence(doc, start, end, g):
        return []
    if _opening_verb(doc, start, end, g):
        return []
    span = doc[start:end]
    text = span.text
    if not any(c.isalpha() for c in text):
        return []
    if label == "LAW" and not _law_like(span):
        return []
    if "[" in text or "]" in text:
        return []  # "[W]e": an editor's insertion into a quotation, no name
    if len(span) == 1 and text[:1].islower() and not _lower_camel(text):
        return []  # a clitic or a common word ("n’t" of "hadn’t" tagged GPE): no name
    if label == "NORP" and _name_word_before(doc, start):
        start -= 1  # "the Liberal Democrats" where the model took "Democrats" alone
        span = doc[start:end]
        text = span.text
    if label == "NORP" or (label in ("PERSON", "ORG") and text in NATIONALITY_NOUNS):
        return _nationality(span, g)  # "including a Briton": one of a nation, no one's name
    if label in ("GPE", "LOC") and g.country(text) is None and g.demonym(text) is not None:
        return _nationality(span, g)  # "Polish, Ukrainian, and Lithuanian Americans" tagged GPE
    if len(span) == 1 and g.us_state_demonym(text) is not None:
        return []  # "Virginian", "Texans": a state's people, neither the state nor a body
    last = doc[end - 1]
    type_: EntityType = _LABEL_TYPES[label]
    if type_ in ("person", "organization", "place", "product"):
        # Portfolio words before a title are part of the title ("Interior" Minister).
        if (
            all(t.lower_ in PORTFOLIO_WORDS for t in span)
            and end < len(doc)
            and doc[end].lower_ in TITLE_WORDS
        ):
            return []
        if all(t.lower_ in TITLE_WORDS | HONORIFICS | PORTFOLIO_WORDS for t in span) and not (
            _portfolio_as_body(span, label)
        ):
            return []
    if (
        label == "ORG"
        and end - start >= 2
        and _last_is_office(doc, end)
        and end < len(doc)
        and doc[end].lower_ == "of"
    ):
        # "the Roman Catholic Archbishop of Westminster", "the Police Commissioner of Kent":
        # an office, whose holder is a person, is no body; claims are not to be given to it
        return []
    if len(span) == 1 and _unit_after_number(doc, start):
        return []  # "30 GB", "$ 249 USD", "07.00 GMT": a unit or currency, not a name
    if (
        len(span) == 1
        and doc[start].is_sent_start
        and end < len(doc)
        and doc[end].text == ":"
        and not g.is_place(text)
    ):
        return []  # "Attendance : 8,000": a line's label
    if len(span) == 1 and start in caps and not g.is_place(text):
        # One ALL-CAPS word is a guess for the small model ("W", "PCT", "TAKE"); the name comes
        # back through propagation when the article writes it normally elsewhere.
        return []
    if (
        type_ == "person"
        and end - start >= 3
        and doc[start].tag_ == "NNPS"
        and doc[start].is_title
        and not is_given_name(doc[start].text)
        and is_given_name(doc[start + 1].text)
    ):
        # "including Tories Ken Clarke": a party's plural before a given name is the
        # person's side, no part of the name
        start += 1
        span = doc[start:end]
        text = span.text
    if type_ == "person" and end - start > 1 and _honorific_before_name(doc, end - 1):
        # "Lib Dem Dr" of "Lib Dem Dr Rose Okafor": the honorific is the next name's
        end -= 1
        span = doc[start:end]
        text = span.text
        last = doc[end - 1]
    if type_ == "person" and _honorific_before_name(doc, end):
        # "Lib Dem Sir Alan Fenwick", "Labour Mr Keane": no person's name is followed by
        # another person's honorific; the words before it are the person's party or body
        type_ = "organization"
    band = type_ == "person" and _plural_body(doc, start, end, g)
    if band:
        type_ = "organization"  # "the Beatles", "the Pirates": a band, a team
    elif type_ == "person":
        # Plural common nouns are not people: "Observers", "Diplomatic sources"; a lone common
        # noun ("Attendance", "Qualifier" at a line start) is not a name either.
        titled_surname = (
            start > 0 and doc[start - 1].lower_ in HONORIFICS and doc[start - 1].text[:1].isupper()
        )  # "Mr Balls", "Ms Sykes": a surname ending in s, no plural (after an office, "Sen.
        # Sanders", the surname may be another bearer's: kept to the office rule's reading)
        if (
            last.tag_ in ("NNS", "NNPS")
            and (len(span) == 1 or not span[0].text[0].isupper())
            and not titled_surname
            and not (len(span) == 1 and _surname_of_a_full_name(doc, start))
        ):
            return []
        if len(span) == 1 and last.tag_ == "NN" and start not in caps:
            return []
        if any(t.is_lower and t.is_alpha and t.lower_ not in _NAME_PARTICLES for t in span):
            return []
    # A maker's name followed by a model number names a product: "Boeing 737", "Airbus A380".
    # (Not in sports reports, where a number after a club's name is its score.)
    if type_ == "organization" and end - start > 1 and doc[end - 1].lower_ == "flight":
        # "Air France Flight 447": the flight is the airline's, the name the airline's.
        end -= 1
        span = doc[start:end]
        text = span.text
        last = doc[end - 1]
    # A body's number is part of its name, not a model: "Public School 20", "Local 32".
    numbered_body = doc[end - 1].lower_ in _ORG_HEADS or (
        end - start > 1 and doc[end - 2].lower_ in _ORG_HEADS
    )
    while (
        not sports
        and not numbered_body
        and end < len(doc)
        and _is_model_number(doc[end])
        and type_ in ("organization", "product")
    ):
        end += 1
        type_ = "product"
    if (
        not sports
        and not numbered_body
        and _is_model_number(doc[end - 1])
        and len(span) > 1
        and type_ == "organization"
    ):
        type_ = "product"
    span = doc[start:end]
    last = doc[end - 1]
    if (
        type_ == "organization"
        and len(span) == 1
        and last.tag_ == "NNS"
        and start not in caps
        and not band
    ):
        return []  # "Men", "Women" (of a draw or a table), not organizations
    if type_ in ("organization", "person") and start in caps and last.tag_ == "NNS":
        return []  # an ALL-CAPS heading that ends in a plural noun: "LEAGUE RESULTS"
    if (
        type_ == "organization"
        and len(span) >= 3
        and span[0].lower_ in TITLE_WORDS
        and span[0].lower_ not in PORTFOLIO_WORDS
        and last.lower_ not in _ORG_HEADS
        and all(t.is_title for t in span)
        and is_given_name(span[1].text)
    ):
        # "Spokeswoman Ana Ruiz" tagged as one organization: the title is not part of a name
        # (and "Major League Baseball" has no title: no given name follows "Major").
        start += 1
        span = doc[start:end]
        text = span.text
        type_ = "person"
    if (
        type_ != "person"
        and len(span) >= 2
        and span[0].lower_ in HONORIFICS
        and span[0].is_title
        and span[1].text[:1].isupper()
    ):
        # "Mr Ladyman", "Dame Ann Roe QC" tagged an organization: an honorific names a
        # person, and is no part of the name
        start += 1
        # "Mr Brown and Mr Blair" tagged one work: the first of two people
        end = next((t.i for t in doc[start:end] if t.lower_ in ("and", "or", "&")), end)
        span = doc[start:end]
        text = span.text
        type_ = "person"
    if (
        type_ in ("organization", "place")
        and start >= 2
        and is_given_name(doc[start - 1].text)
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
        and doc[start - 2].lower_ in TITLE_WORDS | HONORIFICS
        and doc[start - 2].is_title
    ):
        # "Cardinal Cormac Murphy-O'Connor" with only the surname tagged an organization: a
        # title and a given name before it make the whole a person's name
        start -= 1
        span = doc[start:end]
        text = span.text
        type_ = "person"
    if (
        len(span) >= 3
        and span[-1].text.rstrip(".") in POST_NOMINALS
        and is_given_name(span[0].text)
        and all(t.text[:1].isupper() for t in span[:-1])
    ):
        # "Guy Mansfield QC" tagged an organization: a person, the letters after the name are
        # an office or an honour
        end -= 1
        span = doc[start:end]
        text = span.text
        last = doc[end - 1]
        type_ = "person"
    if type_ in ("organization", "place") and _initialled_name(span):
        type_ = "person"  # "Vann R. Newkirk II": a given name, a middle initial, a surname
    if type_ == "person" and not is_given_name(span[0].text) and _titles_a_work(doc, span):
        type_ = "work"  # an episode of “Shark Tank”: a programme, not a person
    if (
        type_ == "work"
        and len(span) > 1
        and last.lower_ in _BODY_HEADS
        and all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and") for t in span)
    ):
        type_ = "organization"  # the "failing" Child Support Agency: a body, not a title
    if type_ in ("organization", "place", "person") and last.lower_ in _EVENT_HEADS:
        type_ = "event"  # "Paris Air Show", "Worldwide Developers Conference"
    elif _is_product_name(doc, span):
        type_ = "product"
    if (
        (type_ == "organization" or (type_ == "place" and not g.is_place(text)))
        and last.lower_ not in _ORG_HEADS
        and _titled(doc, span)
    ):
        # "President Ana Costa-Reyes", "Ana Costa-Reyes, the party leader"; "Ban Ki-moon, the
        # secretary general of the United Nations" tagged a place no gazetteer knows
        type_ = "person"
    honorific = start > 0 and doc[start - 1].lower_ in HONORIFICS
    country = None if honorific else g.country(text)  # "Mr. Jordan" is no country
    if country is not None:
        type_ = "place"
    elif honorific:
        type_ = "person"  # "to Mr. Obama": an honorific names a person, whatever the gazetteer
    elif (
        type_ == "person"
        and len(span) > 1
        and last.lower_ in _PLACE_HEADS
        and not is_given_name(span[0].text)
    ):
        type_ = "place"  # "Midway Atoll", "Central Park": no person's name ends so
    elif (
        type_ in ("person", "organization")
        and not sports
        and len(span) > 1
        and last.lower_ in _FACILITY_HEADS
        and span[0].lower_ not in _ORG_HEADS
    ):
        type_ = "place"  # "Taj Socotra Hotel", "Shah Mosque", "Inner Ring Road"
    elif type_ in ("person", "organization") and _locative(span) and g.is_place(text):
        type_ = "place"  # "flown to Toulouse": a known place after a locative preposition
    elif last.lower_ in _ORG_HEADS and (
        type_ in ("person", "product")
        or (type_ == "place" and last.lower_ not in _PLACE_LIKE_HEADS)
    ):
        type_ = "organization"
    elif (
        type_ in ("person", "product", "place")
        and len(span) > 2
        and span[0].lower_ in _ORG_HEADS
        and span[1].lower_ in ("of", "for", "on")
    ):
        type_ = "organization"  # "Center for Strategic Studies", "Council on Foreign Relations"
    elif type_ == "organization" and len(span) == 1 and g.city(text) is not None and start in caps:
        type_ = "place"  # ALL-CAPS datelines ("LONDON") confuse the small model
    return [
        _Cand(
            tok_start=start,
            tok_end=end,
            start=span.start_char,
            end=span.end_char
            - _sentence_stop(doc, end)
            - _glued_possessive(doc, end)
            - _glued_figure(doc, end),
            type=type_,
            country=country.code if country is not None else None,
        )
    ]


# Titles and occupations, which no person's name holds before its given name or ends on.
_ROLE_WORDS = TITLE_WORDS | OCCUPATION_WORDS

# Small words a law's name may hold: "Freedom of Information Act", "Roe v. Wade".
_LAW_JOINERS = frozenset(words("of the and on for in to a an v. vs. vs v"))


def _law_like(span: Span) -> bool:
    """Can spaCy's LAW be a law's name: one word ("Obamacare"), a law's head word ("Act",
    "Amendment"), a number ("Title IX", "Section 230") or capitalised words and joiners only?
    Not "Rubio a (lightweight)" or "Rubio 'Little Marco'", the small model's misreadings."""
    if len(span) == 1 or any(t.lower_ in _LAW_HEADS or t.like_num for t in span):
        return True
    return (
        all(t.lower_ in _LAW_JOINERS or (t.is_alpha and t.text[:1].isupper()) for t in span[1:])
        and span[-1].lower_ not in _LAW_JOINERS
    )


# Words whose own period is part of them, even at a sentence's end.
_ABBREVIATIONS = frozenset(words("jr sr inc co corp ltd bros st mt ft dr mr mrs ms gen col sgt"))


# Marks typed for an apostrophe that the tokenizer does not split off a possessive: the
# opening single quote, the grave accent and the acute accent ("Trump‘s", "Trump`s").
_STRAY_APOSTROPHES = ("‘s", "`s", "´s")


def _glued_possessive(doc: Doc, end: int) -> int:
    """2 when the name's last token ends in a possessive written with a stray apostrophe that
    the tokenizer left glued on ("Donald Trump‘s aides" -> "Donald Trump"), else 0: the
    possessive is no part of the name, and left on it splits the person in two."""
    word = doc[end - 1].text
    if len(word) > 3 and word.endswith(_STRAY_APOSTROPHES) and word[-3].isalpha():
        return 2
    return 0


_GLUED_FIGURE = re.compile(r"[A-Za-z][—–]\d[\d.,%]*$")


def _glued_figure(doc: Doc, end: int) -> int:
    """The length of a dash and a figure the tokenizer left glued to a name's last word
    ("Ted Cruz—35 to 12 percent" -> "Ted Cruz"), else 0."""
    word = doc[end - 1].text
    m = _GLUED_FIGURE.search(word)
    return len(word) - m.start() - 1 if m is not None else 0


def _trim_glued_possessives(cands: list[_Cand], doc: Doc) -> None:
    """`_glued_possessive` for every candidate, however found or joined ("Donald" and
    "Trump‘s" joined into one name): a name that ends where its last token ends loses it."""
    for c in cands:
        last = doc[c.tok_end - 1]
        if c.end == last.idx + len(last.text) and c.end - c.start > 2:
            c.end -= _glued_possessive(doc, c.tok_end)


def _sentence_stop(doc: Doc, end: int) -> int:
    """1 when the name's last token carries the sentence's full stop, which the tokenizer left
    on it ("... including Marriott and AT&T." -> "AT&T"), else 0. "U.S." and "Jr." keep theirs."""
    word = doc[end - 1].text
    if not word.endswith(".") or len(word) < 4:
        return 0
    stem = word[:-1]
    if "." in stem or stem.lower() in _ABBREVIATIONS or not any(c.isalpha() for c in stem):
        return 0
    return int(end == len(doc) or doc[end].is_sent_start or doc[end].is_space)


# Nouns a product name modifies ("X laptops", "X jets"): general vocabulary of made goods.
_PRODUCT_NOUNS = frozenset(
    words(
        """
        laptop laptops computer computers notebook notebooks desktop desktops phone phones
        smartphone smartphones handset handsets tablet tablets player players console consoles
        software app apps processor processors chip chips device devices camera cameras jet jets
        airliner airliners aircraft plane planes car cars truck trucks sedan suv engine engines
        model models os browser
        """
    )
)


def _lower_camel(text: str) -> bool:
    """ "iPod", "eReader": a lower-case initial then a capital, the shape of product names."""
    return len(text) > 2 and text[0].islower() and text[1].isupper() and text.isalnum()


def _is_product_name(doc: Doc, span: Span) -> bool:
    """A product, not a maker: "iPod Nano", "Lumo laptops", "Boeing 787 Dreamliner"."""
    if span[-1].lower_ in _CORPORATE_SUFFIXES or span[-1].lower_ in _ORG_HEADS:
        return False
    if _lower_camel(span[0].text):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in _PRODUCT_NOUNS and nxt.is_lower:
        # Only for names that never act in the article: "Airbus jets" is still Airbus.
        return not _acts_anywhere(doc, span.text)
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and before.lower_ in _SOFTWARE_NOUNS:
        return True  # "web browser Safari", "e-mail client Mail"
    if _described_as_version(doc, span.end):
        return True  # "Tiger, the newest version of Mac OS X"
    return len(span) == 1 and before is not None and _is_model_number(before)


# Nouns that, written right before a name, say it is a program or a device ("web browser
# Safari"); not makers' goods in general ("the jets Airbus delivered").
_SOFTWARE_NOUNS = frozenset(
    words(
        """
        browser client app application software program programme os kernel console
        smartphone handset tablet laptop notebook game utility processor chip
        """
    )
)

# Nouns of an apposition that make a name a release of something: "Tiger, the newest version".
_VERSION_NOUNS = frozenset(words("version release edition update upgrade successor"))


def _described_as_version(doc: Doc, end: int) -> bool:
    """Is the name followed by ", the (newest...) version/release/edition ..."?"""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return False
    for k in range(end + 2, min(end + 5, len(doc))):
        if doc[k].lower_ in _VERSION_NOUNS:
            return True
        if not doc[k].is_lower:
            return False
    return False


def _acts_anywhere(doc: Doc, text: str) -> bool:
    key = fold(text.split()[-1])
    return any(
        t.dep_ in ("nsubj", "nsubjpass", "poss") and fold(t.text) == key and t.text[:1].isupper()
        for t in doc
    )


def _unit_after_number(doc: Doc, i: int) -> bool:
    tok = doc[i]
    prev = doc[i - 1] if i > 0 else None
    return (
        prev is not None
        and tok.is_upper
        and len(tok) <= 3
        and (prev.like_num or prev.text[:1].isdigit())
        and not prev.is_sent_start
        and "\n" not in prev.whitespace_
    )


def _titled(doc: Doc, span: Span) -> bool:
    """Does a person's title stand right before the name or in apposition to it?"""
    if not all(t.is_alpha or t.text in ("-", "–", ".") for t in span) or len(span) > 4:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in TITLE_WORDS | HONORIFICS and before.is_title:
        return True
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in TITLE_WORDS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in TITLE_WORDS for c in root.children)


_LOCATIVE_PREPOSITIONS = frozenset(words("in at from to near into outside across via"))


# Words whose "to" names a person, not a destination: "lost to X", "according to X", "wrote
# to X", "a letter to X".
_TO_A_PERSON = frozenset(
    words(
        """
        according lose say speak talk write give send listen reply respond apologize belong
        compare marry letter message answer tribute thanks appeal loyal close
        """
    )
)


def _locative(span: Span) -> bool:
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in _LOCATIVE_PREPOSITIONS:
        return False
    prep = root.head
    return not (prep.lower_ == "to" and prep.head.lemma_.lower() in _TO_A_PERSON)


def _is_model_number(tok: Token) -> bool:
    """ "737", "A380", "A320-200", "787-9": a short code with digits, not a year or amount."""
    text = tok.text
    if not any(c.isdigit() for c in text) or len(text) > 9 or tok.is_punct:
        return False
    if text.isdigit():
        return len(text) == 3  # years have four digits, counts rarely follow a maker's name
    if text[:-1].isdigit() and text[-1] == "s" and len(text) in (3, 5) and text[-2] == "0":
        return False  # a decade ("the 1920s", "the 80s"), not a plural model ("737s")
    return text[:1].isalnum() and all(c.isalnum() or c == "-" for c in text)


# Words after a language's adjective that make it the language ("Spanish-language", "a
# Spanish translation"), and nouns of people after "American" ("Cuban-American voters").
_LANGUAGE_USES = frozenset(
    words("language speaking speaker speakers translation translations subtitles dubbed")
)
_SPEAKING_WORDS = frozenset(words("in into speak speaks spoke speaking fluent"))
_PEOPLE_AFTER_AMERICAN = frozenset(
    words(
        """
        community communities voters vote population families family descent heritage
        woman women man men leader leaders activist activists immigrant immigrants youth
        students candidate candidates lawmaker lawmakers
        """
    )
)


def _no_country_meant(span: Span, parts: list[str], k: int) -> bool:
    """Does the nationality adjective `parts[k]` of `span` name no country: a language
    ("Spanish-language", "Spanish for 'witches'", "said in Spanish") or Americans' origin
    ("Cuban-Americans", "Cuban American voters"; not "Cuban-American relations")?"""
    from app.extract.entities.languages import language_names

    doc = span.doc
    after = [p.lower() for p in parts[k + 1 :]] + [
        t.lower_ for t in doc[span.end : min(len(doc), span.end + 4)] if t.text not in ("-", "–")
    ]
    nxt = after[0] if after else ""
    if nxt == "americans" or (
        nxt == "american" and len(after) > 1 and after[1] in _PEOPLE_AFTER_AMERICAN
    ):
        return True
    if fold(parts[k]) not in language_names():
        return False
    if nxt in _LANGUAGE_USES or (k == len(parts) - 1 and nxt == "for"):
        return True
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    follower = doc[span.end] if span.end < len(doc) else None
    return (
        k == 0
        and len(parts) == 1
        and before in _SPEAKING_WORDS
        and (follower is None or follower.pos_ not in ("NOUN", "PROPN"))
    )


def _nationality(span: Span, g: Gazetteer) -> list[_Cand]:
    """A NORP: adjectives of countries count toward the country ("Russian-Chinese" is two)."""
    out: list[_Cand] = []
    base = span.start_char
    pos = 0
    parts = span.text.replace("–", "-").split("-")
    for k, part in enumerate(parts):
        country = g.demonym(part) or g.country(part)
        if country is not None and part and not _no_country_meant(span, parts, k):
            s = base + pos
            out.append(
                _Cand(
                    tok_start=span.start,
                    tok_end=span.end,
                    start=s,
                    end=s + len(part),
                    type="place",
                    kind="adjective",
                    country=country.code,
                )
            )
        pos += len(part) + 1
    if out:
        return out
    if span[-1].tag_ in ("NNPS", "NNS") or span[-1].text.endswith("s"):
        return [_Cand(span.start, span.end, span.start_char, span.end_char, type="group")]
    return []


_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def _titles_a_work(doc: Doc, span: Span) -> bool:
    """Is this name of two words or more alone inside quotation marks, as a title is (an
    episode of “Shark Tank.”), and not a nickname inside a name? A person's name is not."""
    start, end = span.start, span.end
    k = end
    while k < len(doc) and doc[k].text in (".", ",", "!", "?"):
        k += 1
    return (
        len(span) >= 2
        and start > 0
        and doc[start - 1].text in _OPENING_QUOTES
        and k < len(doc)
        and doc[k].text in _CLOSING_QUOTES
        # not a nickname inside a name: Joaquín “El Chapo” Guzmán
        and not (start > 1 and doc[start - 2].is_title)
        and not (k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].pos_ == "PROPN")
    )


def _drop_overlaps(cands: list[_Cand]) -> list[_Cand]:
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[_Cand] = []
    for c in cands:
        if out and c.start < out[-1].end and c.kind != "adjective":
            continue
        out.append(c)
    return out


def _covered(cands: list[_Cand]) -> set[int]:
    out: set[int] = set()
    for c in cands:
        out.update(range(c.tok_start, c.tok_end))
    return out


def _looks_proper(table: TokenTable, i: int, caps: set[int]) -> bool:
    if i in caps:
        return table.is_alpha[i]
    return table.words[i][:1].isupper() and table.pos[i] in ("PROPN", "ADJ", "NOUN")


def _gazetteer_mentions(doc: Doc, g: Gazetteer, covered: set[int], caps: set[int]) -> list[_Cand]:
    """Countries, nationality adjectives and large cities spaCy did not tag (often ALL CAPS)."""
    table = token_table(doc)
    out: list[_Cand] = []
    n = len(doc)
    i = 0
    while i < n:
        found = None
        if i not in covered and _looks_proper(table, i, caps):
            found = _gazetteer_match(doc, g, covered, caps, i)
        if found is not None:
            out.append(found)
            i = found.tok_end
        else:
            i += 1
    return out


def _gazetteer_match(
    doc: Doc, g: Gazetteer, covered: set[int], caps: set[int], i: int
) -> _Cand | None:
    table = token_table(doc)
    n = len(doc)
    tok = doc[i]
    for size in range(min(4, n - i), 0, -1):
        if any(j in covered for j in range(i, i + size)):
            continue
        span = doc[i : i + size]
        if not all(
            _looks_proper(table, j, caps) or table.lower[j] in ("of", "and")
            for j in range(i, i + size)
        ):
            continue
        # A place word next to another capitalised word is part of a longer name ("Invisible
        # Man", "Man Booker").
        after = i + size
        if after < n and after not in caps and _looks_proper(table, after, caps):
            continue
        if (
            i > 0
            and i not in caps
            and not table.sent_start[i]
            and table.words[i - 1][:1].isupper()
            and table.is_alpha[i - 1]
        ):
            continue
        text = span.text
        country = g.country(text)
        if country is not None and (size > 1 or len(text) > 2 or text.isupper()):
            return _Cand(
                i, after, span.start_char, span.end_char, "place",
                source="gazetteer", country=country.code,
            )  # fmt: skip
        if size == 1:
            dem = g.demonym(text)
            if (
                dem is not None
                and tok.pos_ in ("ADJ", "PROPN")
                and not _no_country_meant(span, [text], 0)
            ):
                return _Cand(
                    i, after, tok.idx, tok.idx + len(tok), "place",
                    kind="adjective", source="gazetteer", country=dem.code,
                )  # fmt: skip
        if _hyphen_joined(table, i, after):
            continue  # "Spider-Man": a town's name ending a hyphenated name is no town
        if g.is_region(text):
            return _Cand(i, after, span.start_char, span.end_char, "place", source="gazetteer")
        city = g.city(text)
        if city is not None and city.population >= 200_000 and (tok.pos_ == "PROPN" or i in caps):
            return _Cand(i, after, span.start_char, span.end_char, "place", source="gazetteer")
    return None


def _hyphen_joined(table: TokenTable, start: int, end: int) -> bool:
    """Is the span [start, end) joined by a hyphen written inside a word to a capitalised word
    before or after it ("Spider-Man", "Man-Bat")?"""
    words, space_after = table.words, table.space_after
    n = len(words)
    before = (
        start >= 2
        and words[start - 1] in ("-", "–")
        and not space_after[start - 2]
        and not space_after[start - 1]
        and words[start - 2][:1].isupper()
        and len(words[start - 2]) > 1  # not a party's letter: "(D-Ohio)"
    )
    after = (
        end + 1 < n
        and words[end] in ("-", "–")
        and not space_after[end - 1]
        and not space_after[end]
        and words[end + 1][:1].isupper()
        and len(words[end + 1]) > 1
    )
    return before or after


def _name_word(table: TokenTable, i: int) -> bool:
    text = table.words[i]
    lower = table.lower[i]
    return (
        table.pos[i] == "PROPN"
        and not table.ent_type[i]
        and text[:1].isupper()
        and text[1:].islower()
        and text.isalpha()
        and lower not in TITLE_WORDS
        and lower not in HONORIFICS
        and lower not in PORTFOLIO_WORDS
    )


def _lone_given_name(table: TokenTable, i: int, g: Gazetteer) -> bool:
    word = table.words[i]
    before = table.words[i - 1] if i > 0 else ""
    after = table.words[i + 1] if i + 1 < len(table.words) else ""
    return (
        not table.sent_start[i]
        and i > 0
        # Not part of a longer name or title: "Shaun of the Dead", "Piero della Francesco",
        # "N S Andres", "Iphigenia at Aulis".
        and before.lower() not in ("the", "a", "an", "at", "in", "to", "from", "of", "-", "–")
        and before.lower() not in _NAME_PARTICLES
        and not (len(before) == 1 and before.isupper())
        and after not in ("of", "-")
        and not after[:1].isupper()
        and is_given_name(word)
        and not common_phrase([word])
        and not g.is_place(word)
        and g.demonym(word) is None
        and len(word) > 2
    )


def _unlabelled_names(doc: Doc, g: Gazetteer, covered: set[int], caps: set[int]) -> list[_Cand]:
    """Runs of two or three capitalised proper nouns spaCy left untagged: usually a person
    ("Ernie Els"), an organization when the last word says so, a place when the gazetteer does.
    """
    table = token_table(doc)
    words = table.words
    out: list[_Cand] = []
    n = len(doc)
    i = 0
    while i < n:
        j = i
        while j < n and j not in covered and j not in caps and _name_word(table, j):
            j += 1
        size = j - i
        # The run must be the whole name: nothing capitalised right before or after it.
        before_ok = i == 0 or not words[i - 1][:1].isupper() or table.sent_start[i - 1]
        if size == 1 and before_ok and _lone_given_name(table, i, g):
            # "me and Isabel", "with Isabel": a known first name inside a sentence, no
            # common word ("Will", "Grace") and no place.
            out.append(
                _Cand(i, j, doc[i].idx, doc[i].idx + len(words[i]), "person", source="shape")
            )
        after_the = i > 0 and words[i - 1].lower() == "the"
        # "the Lib Dems", "The Blue Dogs": no one's name takes "the" and ends in a plural
        body = (
            after_the
            and size >= 2
            and doc[j - 1].tag_ == "NNPS"
            and words[j - 1].endswith("s")
            and not (j + 1 < n and words[j] in ("'", "’") and words[j + 1][:1].isupper())
        )  # (not "the Reserve Officers' Training Corps")
        # "the Millennium Dome" where the model tagged only "Dome", elsewhere: a run after
        # "the" ending in a one-word name of a building of the article is that building's
        # full name (no one's name takes "the"), with the type the model gave the word.
        named = (
            _tagged_alone(doc, words[j - 1]) if after_the and 2 <= size <= 3 and not body else None
        )
        if named is not None and before_ok and not (j < n and words[j][:1].isupper()):
            span = doc[i:j]
            out.append(_Cand(i, j, span.start_char, span.end_char, named, source="shape"))
            i = max(j, i + 1)
            continue
        if 2 <= size <= 3 and before_ok and (not after_the or body):
            span = doc[i:j]
            head = table.lower[j - 1]
            type_: EntityType = "person"
            if body or head in _ORG_HEADS or head == "store":
                type_ = "organization"
            elif head in _EVENT_HEADS:
                type_ = "event"
            elif head in _PLACE_HEADS or g.is_place(span.text):
                type_ = "place"
            elif not is_given_name(words[i]) and _titles_a_work(doc, span):
                type_ = "work"
            elif (
                not is_given_name(words[i]) and head not in _LAW_HEADS and common_phrase(words[i:j])
            ):
                # Common words in title case ("Horse Racing", "Dynamic Equivalence"): a
                # heading or a term, not the name of a person the model missed.
                i = max(j, i + 1)
                continue
            if (
                type_ == "person"
                and head not in _LAW_HEADS  # "Miscellaneous Provisions" is a law's part
                and any(common_phrase([w]) and not is_given_name(w) for w in words[i : j - 1])
            ):
                # A title-case title run into a name ("Conservatives Rebuking Trump"): the
                # words before a surname are given names, not common words.
                if (
                    size == 3
                    and not is_given_name(words[i])
                    and is_given_name(words[i + 1])
                    and len(words[i + 1]) > 2
                    and not common_phrase([words[j - 1]])
                ):
                    # ... except a capitalised office before a full name the model left
                    # untagged ("Treasurer Ada Quimby"): the given name and surname after it.
                    span = doc[i + 1 : j]
                    out.append(
                        _Cand(i + 1, j, span.start_char, span.end_char, "person", source="shape")
                    )
                i = max(j, i + 1)
                continue
            out.append(_Cand(i, j, span.start_char, span.end_char, type_, source="shape"))
        i = max(j, i + 1)
    return out


def _tagged_alone(doc: Doc, word: str) -> EntityType | None:
    """The type of a one-word building's or site's name `word` the model tagged on its own
    somewhere in the article ("Dome" FAC), or None. (Not a body's or a place's: "the Pittsburgh
    Pirates" beside a "Pirates" the model took for a place is the team.)"""
    for ent in doc.ents:
        if len(ent) == 1 and ent.text == word and ent.label_ == "FAC":
            return _LABEL_TYPES[ent.label_]
    return None


def _is_score(tok: Token) -> bool:
    """ "3", "326", "236-4": a score or a table figure (not a date like "1996-08-22")."""
    a, _, b = tok.text.partition("-")
    return a.isdigit() and len(a) <= 3 and (not b or (b.isdigit() and len(b) <= 3))


def _weak_capitals(table: TokenTable) -> list[bool]:
    """Per token: is a capital here no sign of a name? At the start of a sentence (after
    any numbering or bullet: "4 Freeze the basil"), and anywhere in a heading written in
    title case or capitals ("Basil Harvesting Tips"), where common words take capitals too."""
    weak = [False] * len(table.words)
    words, is_alpha = table.words, table.is_alpha
    for start, end in table.sentences:
        alpha = [k for k in range(start, end) if is_alpha[k] and len(words[k]) > 3]
        if len(alpha) >= 2 and all(words[k][:1].isupper() for k in alpha):
            for k in range(start, end):
                weak[k] = True
            continue
        for k in range(start, end):
            weak[k] = True
            if is_alpha[k]:
                break
    return weak


def _common_phrases(cands: list[_Cand], doc: Doc) -> list[_Cand]:
    """Drop names that are common words capitalised by position only: the article writes
    the same words in lower case elsewhere ("basil", "master plan") and never capitalises
    them inside a sentence ("Basil" opening a recipe's steps, "Master Plan" in a heading).
    A name the article capitalises mid-sentence even once is kept wherever it stands."""
    table = token_table(doc)
    words = table.words
    weak = _weak_capitals(table)
    lower_seqs: set[tuple[str, ...]] = set()
    strong_seqs: set[tuple[str, ...]] = set()
    lengths = {c.tok_end - c.tok_start for c in cands if c.kind == "name"}
    n = len(words)
    for size in lengths:
        if size > _MAX_NGRAM:
            continue
        for i in range(n - size + 1):
            first = words[i]
            if all(w.islower() for w in words[i : i + size]):
                lower_seqs.add(words[i : i + size])
            elif first[:1].isupper() and not weak[i]:
                strong_seqs.add(tuple(words[i : i + size]))
    out: list[_Cand] = []
    for c in cands:
        seq = tuple(words[c.tok_start : c.tok_end])
        if (
            c.kind == "name"
            and c.country is None
            and seq
            and all(w.isalpha() for w in seq)
            and not any(w.isupper() and len(w) > 1 for w in seq)
            and tuple(w.lower() for w in seq) in lower_seqs
            and seq not in strong_seqs
        ):
            continue
        if _capitalised_by_position(c, doc, seq, weak, strong_seqs):
            continue
        if c.kind == "name" and c.type == "person" and len(seq) == 1 and _a_measure(doc, seq[0]):
            continue
        out.append(c)
    return out


def _a_measure(doc: Doc, word: str) -> bool:
    """Is a one-word "person" a quantity, written wherever it stands in the article as "a X
    of" ("a Kilo of Semtex will flatten a building, a Kilo of anthrax ...")? No one's name
    takes the indefinite article and an "of" after it at each of its mentions."""
    at = [t.i for t in doc if t.text == word]
    return bool(at) and all(
        0 < k < len(doc) - 1 and doc[k - 1].lower_ in ("a", "an") and doc[k + 1].lower_ == "of"
        for k in at
    )


# Parts of speech the tagger gives no name: "Symbolically," opening a quote, "Undecided"
# opening a sentence are an adverb and an adjective, whatever the recogniser made of them.
_NOT_NAME_POS = frozenset(["ADV", "ADJ", "VERB", "AUX", "ADP", "PRON", "DET", "INTJ", "SCONJ"])


def _capitalised_by_position(
    c: _Cand,
    doc: Doc,
    seq: tuple[str, ...],
    weak: list[bool],
    strong_seqs: set[tuple[str, ...]],
) -> bool:
    """Is a one-word name a common word the tagger reads as no noun ("Symbolically", "Survive"),
    capitalised only where any word is (opening a sentence or quote) and never inside a
    sentence of the article, and no given name?"""
    if c.kind != "name" or c.country is not None or len(seq) != 1:
        return False
    word = seq[0]
    tok = doc[c.tok_start]
    # a word opening a sentence, a quote or a line ("Bush: Survive to S.C."), not a team of
    # a line of scores ("Oxford 0 Reading 2")
    prev = doc[tok.i - 1] if tok.i > tok.sent.start else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    opening = (prev is None or not (prev.is_alpha or prev.like_num)) and not (
        nxt is not None and nxt.like_num
    )
    return (
        weak[c.tok_start]
        and opening
        and seq not in strong_seqs
        and word.isalpha()
        and not word.isupper()
        and doc[c.tok_start].pos_ in _NOT_NAME_POS
        and common_phrase([word])
        and not is_given_name(word)
    )
