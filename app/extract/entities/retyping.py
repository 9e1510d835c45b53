"""Types from context: one type per name in an article, and the corrections that read a
name's neighbours (lists of people, given names, organization and product evidence,
adjacent names, person namesakes of places, capitals standing for their governments, initialisms
defined after their long form, one-word "places" the gazetteer and the sentence give no ground for).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span, Token

from app.extract import names
from app.extract.entities.candidates import (
    _GENERATIONS,
    _PLURAL_TITLES,
    _Cand,
    _is_model_number,
    _locative,
    _vote_weight,
)
from app.extract.entities.lexicon import (
    _CORPORATE_SUFFIXES,
    _EVENT_HEADS,
    _LAW_HEADS,
    _LITERAL_PLACE_NOUNS,
    _MOTION_NOUNS,
    _ORG_HEADS,
    _PLACE_HEADS,
    OUTLET_NAMES,
)
from app.extract.entities.sports import _CLUB_WORDS
from app.extract.entity_names import common_phrase, is_given_name
from app.extract.model import EntityType, fold
from app.extract.name_gender import first_name_gender
from app.extract.names import name_words
from app.extract.places import Gazetteer
from app.extract.roles import (
    OCCUPATION_WORDS,
    PORTFOLIO_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    is_role_noun,
    words,
)
from app.extract.tokens import doc_text, token_table


def _dateline_name(doc: Doc, c: _Cand) -> bool:
    """The place a dateline opens with: "LEEDS 1996-08-24", "PARIS 2024-05-02"."""
    nxt = doc[c.tok_end] if c.tok_end < len(doc) else None
    return bool(doc[c.tok_start].is_sent_start) and nxt is not None and nxt.text[:4].isdigit()


def _vote_types(
    cands: list[_Cand],
    doc: Doc,
    titles: list[tuple[int, int]] | None = None,
    g: Gazetteer | None = None,
) -> None:
    """One name, one type per article: the majority of spaCy's labels for the same name wins
    (a dateline's place neither votes nor is outvoted: "LEEDS 1996-08-24" above a report on
    Leeds the team). A headline's label counts half: title case misleads the recogniser there
    ("Lib Dems' new chief" a person beside the story's "The Lib Dems have appointed"). A tie
    between place and organization goes to place for a country, a first-level division or a
    capital ("England and Wales" once ORG, once GPE); one with a person is left to the order."""
    votes: dict[str, dict[EntityType, float]] = defaultdict(dict)
    datelines = {id(c) for c in cands if _dateline_name(doc, c)}
    for c in cands:
        if c.kind == "name" and c.country is None and id(c) not in datelines:
            counter = votes[fold(doc_text(doc)[c.start : c.end])]
            counter[c.type] = counter.get(c.type, 0.0) + _vote_weight(c, titles)
    # A full name the recogniser types a person votes "person" for its bare surname too: the
    # article's "Ann Bly said" makes "Bly" a person where the small model labels the lone
    # surname now a work, now an organization ("Bly's plan", "Bly argued"). Only for a surname
    # the recogniser labelled on its own somewhere, so no new name is voted into existence.
    # A generational suffix ends the full name, not the surname: "Ann Bly III" votes for "Bly".
    for c in cands:
        span = doc[c.tok_start : c.tok_end]
        while len(span) > 2 and span[-1].text in _GENERATIONS:
            span = span[:-1]
        if (
            c.kind == "name"
            and c.type == "person"
            and len(span) >= 2
            and all(t.is_title and t.is_alpha for t in span)
        ):
            surname = votes.get(fold(span[-1].text))
            if surname is not None:
                surname["person"] = surname.get("person", 0.0) + _vote_weight(c, titles)
    # A name the recogniser labels a person at a quarter of its mentions or more, two at least,
    # and that speaks or thinks as a person at some mention ("Trump told Newsmax") is a
    # person however often the small model calls it an organization ("against Trump, ...").
    spoken = {
        fold(doc_text(doc)[c.start : c.end])
        for c in cands
        if c.kind == "name" and _person_evidence(doc, c.tok_start, c.tok_end)
    }
    for key in spoken:
        counter = votes.get(key, {})
        person, total = counter.get("person", 0.0), sum(counter.values())
        if (
            max(counter, key=lambda t: counter[t], default=None) == "organization"
            and person >= 2
            and 4 * person >= total
        ):
            counter["person"] = total  # outvotes the rest
    for c in cands:
        if c.kind == "name" and c.country is None and id(c) not in datelines:
            counter = votes[fold(doc_text(doc)[c.start : c.end])]
            if len(counter) > 1:
                c.type = max(counter, key=lambda t: counter[t])
                top = [t for t in counter if counter[t] == counter[c.type]]
                if (
                    set(top) == {"place", "organization"}
                    and g is not None
                    and _a_state(doc_text(doc)[c.start : c.end], g)
                ):
                    c.type = "place"


def _people_in_lists(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """A name listed with people is a person too: "the likes of Ana Ruiz, Ben Oduya and Carl
    Berg", where the small model types one of them apart, as a two- or three-word
    "organization" or as a "place" no gazetteer knows ("women like Rihanna, Shonda Rhimes")."""
    person_roots = {doc[c.tok_start : c.tok_end].root.i for c in cands if c.type == "person"}
    for c in cands:
        span = doc[c.tok_start : c.tok_end]
        if c.kind != "name" or not all(t.is_title and t.is_alpha for t in span):
            continue
        if c.type in ("organization", "place") and c.country is None and _after_plural_title(span):
            c.type = "person"  # "Lords Bingham, Steyn and Hope": each a lord
            continue
        if not any(t.i in person_roots for t in span.root.conjuncts):
            continue
        if (
            c.type == "organization" and 2 <= len(span) <= 3 and span[-1].lower_ not in _ORG_HEADS
        ) or (
            c.type == "place"
            and c.country is None
            and len(span) <= 3
            and span[-1].lower_ not in _PLACE_HEADS
            and not g.is_place(span.text)
            and g.city(span.text) is None
        ):
            c.type = "person"


def _after_plural_title(span: Span) -> bool:
    """Is this name an item of a list a plural title opens ("Lords Bingham, Steyn and
    Carswell", "Sens. Ann Bly and Tom Cole")?"""
    items = [span.root, *span.root.conjuncts]
    first = min(t.i for t in items)
    if first == 0 or len(items) < 2:
        return False
    return span.doc[first - 1].lower_.rstrip(".") in _PLURAL_TITLES


def _places_in_lists(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """A name of one to three capitalised words listed with two places or more, and with
    more than twice as many places as people and organizations, is a place too: "Tempe,
    Glendale, Peoria, Chandler and Gilbert", "Kraków, Warsaw and Wrocław", where the small
    model types some of them apart. So is a city of 100,000 or more listed with a place and
    no person ("from Paris, Lyon and Marseille"), and so is a nation of a state beside a place
    ("policing in England and Wales", the small model typing "Wales" a body)."""
    type_of = {doc[c.tok_start : c.tok_end].root.i: c.type for c in cands if c.kind == "name"}
    for c in cands:
        span = doc[c.tok_start : c.tok_end]
        if c.kind != "name" or c.type not in ("person", "organization"):
            continue
        listed = [type_of.get(t.i) for t in span.root.conjuncts]
        city = g.city(span.text)
        big = (city is not None and city.population >= 100_000) or (
            c.type == "organization" and g.nation(span.text) is not None
        )
        if "place" in listed and "person" not in listed and big:
            c.type = "place"
            type_of[span.root.i] = "place"  # the next item of the list reads it so
    for c in cands:
        if c.kind != "name" or c.country is not None:
            continue
        if c.type not in ("person", "organization", "product"):
            continue
        span = doc[c.tok_start : c.tok_end]
        if len(span) > 3 or not all(t.is_title or not t.is_alpha for t in span):
            continue
        if span[-1].lower_ in _ORG_HEADS or span[-1].lower_ in _CORPORATE_SUFFIXES:
            continue
        if _list_noun(doc, c.tok_start) in _PLACE_LIST_NOUNS:
            c.type = "place"  # "towns and cities including Cardiff, Bangor and Aberystwyth"
            continue
        if c.type == "product":
            continue
        listed = [type_of.get(t.i) for t in span.root.conjuncts]
        places = sum(t == "place" for t in listed)
        others = sum(t in ("person", "organization") for t in listed)
        if places >= 2 and places > 2 * others:
            c.type = "place"


# Members of a legislature elected for a seat: "the MP for Grantham and Stamford".
_SEAT_HOLDERS = frozenset(("MP", "MPs", "MSP", "MSPs", "AM", "MLA", "MLAs", "member"))
# Nouns of seats that open a list of them after a colon: "The seats ... are: Bristol West, ..."
_SEAT_NOUNS = frozenset(words("seat seats constituency constituencies"))


def _seat_item(doc: Doc, i: int, stop: int) -> int:
    """The end of a seat's name starting at token `i`: capitalised words, and "and", "of",
    "upon" or a hyphen between them ("Grantham and Stamford", "Newcastle-upon-Tyne Central",
    "Cities of London and Westminster"), before `stop`."""
    k = i
    while k < stop:
        t = doc[k]
        joiner = (
            t.lower_ in ("and", "of", "upon", "&")
            and k + 1 < stop
            and (doc[k + 1].is_title or doc[k + 1].text in ("-", "–"))
            and k > i
        )
        if not (t.is_title or (t.text in ("-", "–") and not t.whitespace_) or joiner):
            break
        k += 1
    while k > i and not doc[k - 1].is_title:
        k -= 1
    return k


def _constituencies(cands: list[_Cand], doc: Doc) -> list[_Cand]:
    """The seat after "MP for" is one place, however many towns its name joins ("MP for
    Grantham and Stamford": neither a person "Grantham" nor Stamford, Connecticut), and so is
    each item of a list of seats a colon opens ("The seats ... are: Bristol West, Holborn and St
    Pancras, ..."). A seat of two towns or more is no town the gazetteer knows: no country."""
    items: list[tuple[int, int]] = []
    n = len(doc)
    for t in doc:
        if t.lower_ != "for" or t.i == 0 or t.i + 1 >= n:
            continue
        holder = doc[t.i - 1]
        if holder.text in _SEAT_HOLDERS or (holder.lower_ == "member" and holder.text == "member"):
            end = _seat_item(doc, t.i + 1, n)
            if end > t.i + 1:
                items.append((t.i + 1, end))
    for sent in doc.sents:
        colon = next((t.i for t in sent if t.text == ":"), None)
        if colon is None or not any(
            t.lower_ in _SEAT_NOUNS and t.pos_ == "NOUN" for t in doc[sent.start : colon]
        ):
            continue
        k = colon + 1
        found: list[tuple[int, int]] = []
        while k < sent.end:
            end = _seat_item(doc, k, sent.end)
            if end == k:
                break
            found.append((k, end))
            k = end
            if k < sent.end and doc[k].text == ",":
                k += 1
            else:
                break
        if len(found) >= 3:
            items.extend(found)
    if not items:
        return cands
    out = [c for c in cands if not any(c.tok_start < e and s < c.tok_end for s, e in items)]
    for s, e in items:
        span = doc[s:e]
        out.append(_Cand(s, e, span.start_char, span.end_char, "place"))
    out.sort(key=lambda c: c.start)
    return out


def _bracketed(doc: Doc, c: _Cand) -> bool:
    """Is the name in parentheses, as a player's club in a squad list ("A Craig (Glasgow),
    C Cusiter (Borders)"), where the parse's conjuncts are the players around it?"""
    return c.tok_start > 0 and doc[c.tok_start - 1].text == "("


def _places_listed_apart(cands: list[_Cand], doc: Doc, g: Gazetteer, sports: bool) -> None:
    """A town listed only with other kinds of names is named for something else: with two
    people or more it is a person too ("Batman, Superman and Wonder Woman"); in a sports
    report, with an organization and no place, it is a club ("Chelsea, Manchester United and
    Arsenal", whatever the model makes of the others), unless a country or a region.
    Countries keep their place."""
    type_of = {doc[c.tok_start : c.tok_end].root.i: c.type for c in cands if c.kind == "name"}
    for c in cands:
        if c.kind != "name" or c.type != "place" or c.country is not None:
            continue
        span = doc[c.tok_start : c.tok_end]
        if not all(t.is_title and t.is_alpha for t in span):
            continue
        listed = [type_of[t.i] for t in span.root.conjuncts if t.i in type_of]
        if not listed or "place" in listed:
            continue
        division = g.is_region(span.text) or any(
            d.first_level for d in g.divisions.get(fold(span.text), [])
        )
        if len(listed) >= 2 and all(t == "person" for t in listed) and not _bracketed(doc, c):
            c.type = "person"
        elif sports and not division and "organization" in listed:
            c.type = "organization"


def _plural_first_word_bodies(cands: list[_Cand], doc: Doc) -> None:
    """A "person" of two or three words opening with a plural common noun is a body: "Citizens
    United", "Veterans Forward", "Parents Together", each word after it a common English word
    too. No one's given name is the plural of a common noun ("citizens" of "citizen"), unless a
    known given name; a surname after it ("Brooks Koepka") keeps the person."""
    for c in cands:
        span = doc[c.tok_start : c.tok_end]
        if c.kind != "name" or c.type != "person" or not 2 <= len(span) <= 3:
            continue
        first = span[0]
        if not (first.is_title and first.is_alpha) or is_given_name(first.text):
            continue
        # (the tagger calls "Citizens" of "Citizens United" a singular proper noun: read
        # the word, not the tag)
        singular = first.lower_[:-1]
        if (
            first.lower_.endswith("s")
            and not first.lower_.endswith("ss")
            and len(singular) > 3
            and common_phrase([singular])
            and common_phrase([first.lower_])
            and not is_given_name(span[1].text)
            # and a common word after it ("United"), not a surname ("Brooks Koepka")
            and all(common_phrase([t.lower_]) for t in span[1:])
        ):
            c.type = "organization"


def _says_no_person(ws: list[Token], span: Span, end: int, doc: Doc, g: Gazetteer) -> bool:
    """Does a word of a two- or three-word name (`ws`, the words of `span`), or the word after
    it (at token `end`), say organization, place, event or office rather than a person's name
    ("Boston Bruins", "Ford Motor Co.", "Labour Secretary")?"""
    last = ws[-1].lower_
    nxt = doc[end].lower_ if end < len(doc) else ""
    return (
        g.is_place(ws[0].text)
        or g.demonym(ws[0].text) is not None
        or g.is_place(span.text)
        or last in _ORG_HEADS
        or last in _CORPORATE_SUFFIXES
        or last in _CLUB_WORDS
        or last in _PLACE_HEADS
        or last in _EVENT_HEADS
        or nxt in _CORPORATE_SUFFIXES
        or any(t.lower_ in TITLE_WORDS or t.lower_ in PORTFOLIO_WORDS for t in ws)
    )


def _given_name_people(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """A two- or three-word name that opens with a known given name is a person ("Bernhard
    Langer", "Mary Pierce" typed as organizations by the small model), unless a word of the
    name or the word after it says organization, place or event."""
    for c in cands:
        if c.kind != "name" or c.country is not None or c.type not in ("organization", "place"):
            continue
        span = doc[c.tok_start : c.tok_end]
        ws = [t for t in span if t.text not in ("-", "–")]
        if not 2 <= len(ws) <= 3 or not all(t.is_title and t.is_alpha for t in ws):
            continue
        if not is_given_name(ws[0].text) or _says_no_person(ws, span, c.tok_end, doc, g):
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
        brokerage automaker carmaker airframer bank lender group rival competitor magazine
        newspaper tabloid weekly broadcaster
        """
    )
)


# Verbs whose object is a product when a company makes it known: "Apple unveils MacBook Air".
_LAUNCH_VERBS = frozenset(words("unveil launch release introduce debut ship"))


# Plural nouns that introduce a list of organizations: "employers including Marriott and X",
# "companies such as Y". ("rivals such as ..." may list people: not here.)
_ORG_LIST_NOUNS = frozenset(
    words(
        """
        company firm airline carrier manufacturer maker retailer insurer operator supplier
        developer publisher broadcaster distributor producer chain bank lender automaker
        employer business corporation brand sponsor advertiser retailer outlet network
        organization organisation charity
        """
    )
)
_LIST_OPENERS = frozenset(("including", "include", "includes", "included", "like"))


# Plural nouns that introduce a list of places: "towns and cities including Bangor and Rhyl".
_PLACE_LIST_NOUNS = frozenset(
    words(
        """
        town city village country nation capital county province region suburb island port
        destination municipality borough
        """
    )
)


def _listed_as_organization(doc: Doc, start: int) -> bool:
    """Is this name an item of a list a noun of organizations opens: "employers including
    Marriott and AT&T", "companies such as Acme, Borel and Cade"? Read on the words, as the
    parse often breaks such lists; at most eight names and joiners back to the opener."""
    return _list_noun(doc, start) in _ORG_LIST_NOUNS


def _list_noun(doc: Doc, start: int) -> str:
    """The lemma of the plural noun that opens the list this name is an item of ("cities" of
    "cities including Leeds, Hull and York"), or "" where no such noun opens it."""
    k = start - 1
    floor = max(0, start - 16)
    while k >= floor and (
        doc[k].text in (",", "and", "or", "&") or (doc[k].text[:1].isupper() and doc[k].is_alpha)
    ):
        k -= 1
    if k < 1:
        return ""
    if doc[k].lower_ in _LIST_OPENERS:
        noun = doc[k - 1]
    elif doc[k].lower_ == "as" and doc[k - 1].lower_ == "such" and k >= 2:
        noun = doc[k - 2]
    else:
        return ""
    return noun.lemma_.lower() if noun.tag_ == "NNS" else ""


# Nouns that class a body when a word of its trade comes before them ("oil giant", "advocacy
# group", "children's charity", "press agency"); alone they also describe people ("a giant of
# jazz", "group Smith"?).
_BODY_KIND_NOUNS = frozenset(words("giant group charity agency watchdog regulator"))


def _body_kind_before(before: list[Token]) -> bool:
    """Is the noun just before a name ("group", "giant") modified by a word of a trade or a
    cause ("advocacy group", "oil giant", "energy regulator"), which classes a body, not a
    person ("former rival X", "a group of friends")? `before` holds the two tokens before."""
    if len(before) < 2:
        return False
    mod, noun = before[-2], before[-1]
    return mod.head.i == noun.i and (
        (mod.dep_ == "compound" and mod.pos_ == "NOUN" and mod.is_lower)
        or (mod.dep_ == "amod" and mod.is_lower and mod.lower_ not in _PERSON_ADJECTIVES)
    )


# Adjectives that describe a person as readily as a body ("a former rival", "a big giant").
_PERSON_ADJECTIVES = frozenset(words("former old young new big great gentle little longtime"))


def _org_evidence(doc: Doc, start: int, end: int) -> bool:
    """Does the sentence around this name say it is an organization?"""
    if _listed_as_organization(doc, start):
        return True
    n = len(doc)
    k = end
    if k < n and doc[k].text in ("'s", "’s", "'", "’"):
        k += 1
        while k < n and doc[k].pos_ == "ADJ":
            k += 1
    if k < n and doc[k].lower_ in _ORG_ROLE_NOUNS and doc[k].tag_ in ("NN", "NNS", "NNP"):
        return True
    before = [t for t in doc[max(0, start - 2) : start]]
    # "shares of X", "a stake in X", "shares in Elan and X": what is owned in shares is a body
    span = doc[start:end]
    s0 = start
    first = next((t for t in span if t.dep_ == "conj"), span.root)  # the parse may cut the name
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head  # "Shares in Elan and X": X listed with another name
        s0 = first.i
        while s0 > 0 and doc[s0 - 1].pos_ == "PROPN" and doc[s0 - 1].dep_ == "compound":
            s0 -= 1
    owned = doc[max(0, s0 - 2) : s0]
    possessor = end < n and doc[end].text in ("'s", "’s")  # "shares in Europe's insurers"
    if (
        len(owned) == 2
        and not possessor
        and (
            (owned[1].lower_ == "of" and owned[0].lower_ in ("shares", "stake", "stakes"))
            or (owned[1].lower_ == "in" and owned[0].lower_ == "shares")
        )
    ):
        return True  # (a "stake in" a state or a race is no share)
    if before and before[-1].text == "," and start >= 2:
        noun = doc[start - 2]
        if noun.lemma_.lower() in _COMPANY_NOUNS and noun.pos_ == "NOUN":
            return True  # "Irish low cost airline , Ryanair ,"
    if before and before[-1].lemma_.lower() in _COMPANY_NOUNS and before[-1].pos_ == "NOUN":
        if before[-1].lower_ not in ("group", "rival", "competitor"):
            return True  # "retailer Best Buy"
        return _body_kind_before(before)  # "the advocacy group X"; "a rival X" may be anyone
    if before and before[-1].lower_ in _BODY_KIND_NOUNS and before[-1].pos_ == "NOUN":
        return _body_kind_before(before)  # "oil giant X", "the children's charity X"
    root = doc[start:end].root
    if root.dep_ == "appos" and _company_noun_beside(doc, root.head):
        return True
    return any(c.dep_ == "appos" and _company_noun_beside(doc, c) for c in root.children)


def _company_noun_beside(doc: Doc, noun: Token) -> bool:
    """Is a noun in apposition to a name one that classes a body ("Ryanair, the airline")?
    "A rival", "a competitor" or "a group" may be anyone ("Senator Ann Bly, a Democratic
    rival,"): a body only with a body's kind before it ("a software rival")."""
    if noun.lemma_.lower() not in _COMPANY_NOUNS:
        return False
    if noun.lower_ not in ("group", "rival", "competitor", "groups", "rivals", "competitors"):
        return True
    return _body_kind_before(list(doc[max(0, noun.i - 2) : noun.i]))


# Verbs whose subject is a business, not a town ("Cisco sues Apple", "Cisco states that it
# has received the trademark"): evidence against a small place of the same name only.
_BUSINESS_VERBS = frozenset(
    words(
        """
        sue acquire buy sell hire fire employ manufacture produce ship unveil launch release
        market license invest merge own state announce file
        """
    )
)


def _business_evidence(doc: Doc, start: int, end: int) -> bool:
    """Is this name the subject of what businesses do ("Cisco sues", "Cisco states")?"""
    root = doc[start:end].root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _BUSINESS_VERBS


def _product_evidence(doc: Doc, start: int, end: int) -> bool:
    """Is this name what a company unveils, launches or releases?"""
    root = doc[start:end].root
    return (
        root.dep_ == "dobj"
        and root.head.lemma_.lower() in _LAUNCH_VERBS
        and any(c.dep_ == "nsubj" for c in root.head.children)
    )


# Verbs whose subject is a person: speech, thought and what only people do ("Newton
# considered", "Veronique said"). Organizations speak too ("the bank said"), so this is
# evidence against a place, or against an organization only for a given name.
_PERSON_VERBS = frozenset(
    words(
        """
        say tell ask reply answer whisper shout scream laugh smile nod sigh cry weep think
        believe feel wonder remember recall realize realise imagine hope wish fear doubt
        consider argue insist admit confess marry die sleep wake dream pray
        """
    )
)
# Nouns only a person has ("Newton's theory", "Marsh's widow"); not the relations a country
# has too (ally, rival, counterpart).
_PERSON_NOUNS = frozenset(
    words(
        """
        wife husband son daughter brother sister father mother widow widower spouse uncle aunt
        nephew niece cousin grandson granddaughter grandfather grandmother fiance fiancee
        girlfriend boyfriend parents children death birth childhood memoir biography funeral
        birthday wedding mind concept theory thoughts feelings
        """
    )
)


# Verbs only people do (not "say", "believe", "announce": organizations do those too).
_HUMAN_VERBS = frozenset(
    words(
        """
        whisper shout scream laugh smile grin nod sigh cry weep yell blush shrug frown wink
        marry die sleep wake dream pray kiss hug
        """
    )
)


def _human_evidence(doc: Doc, start: int, end: int) -> bool:
    """Is this name the subject of what only a person does ("Carroll smiled", "Pag yelped"),
    or the possessor of what only a person has ("Pag's parents")?"""
    root = doc[start:end].root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _HUMAN_VERBS:
        return True
    return _owns_what_people_own(doc, end)


def _owns_what_people_own(doc: Doc, end: int) -> bool:
    """Is the name ending at token `end` the possessor of what only people have ("Newton's
    theory", "Pag's parents")?"""
    k = end
    if k < len(doc) and doc[k].text in ("'s", "’s"):
        k += 1
        while k < len(doc) and doc[k].pos_ == "ADJ":
            k += 1
        return k < len(doc) and doc[k].lower_ in _PERSON_NOUNS and doc[k].pos_ == "NOUN"
    return False


# Titles written before a person's name ("President Obama", "Sen. Kaine", "Mrs. Ruiz").
_NAME_TITLES = frozenset(
    words(
        """
        president senator sen. governor gov. mayor representative rep. congressman
        congresswoman assemblyman assemblywoman chairman chairwoman secretary minister
        chancellor premier ambassador judge justice pope king queen prince princess mr mr.
        mrs mrs. ms ms. dr dr. sir dame
        """
    )
)


# Occupations written before a person's name ("moderator Lester Holt"), less those that also
# come before a company's ("broadcaster X", "developer X").
_NAME_OCCUPATIONS = (
    (TITLE_WORDS | OCCUPATION_WORDS)
    - _COMPANY_NOUNS
    - frozenset(words("broadcaster producer developer owner member founder agent officer"))
)


def _after_title(doc: Doc, start: int) -> bool:
    """Is the name written after a person's title or occupation ("President Obama",
    "moderator Lester Holt")?"""
    k = start - 1
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1  # a no-break space
    before = doc[k] if k >= 0 else None
    if before is None:
        return False
    if before.is_title:
        return before.lower_ in _NAME_TITLES
    j = k - 1
    while j >= 0 and doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN"):
        j -= 1  # "senior vice" of "senior vice president"
    if j > 0 and doc[j].text == "," and doc[j - 1].ent_type_ == "PERSON":
        # "Dinesh Keskar, senior vice president Boeing": the title is the named person's, and
        # the name after it his employer's
        return False
    return before.is_lower and before.pos_ == "NOUN" and before.lower_ in _NAME_OCCUPATIONS


# A legislator's party and state after the name: "Gowdy, R-S.C.", "Ann Bly (D-N.Y.)".
_PARTY_STATE_AFTER = re.compile(r"\s*(?:,|\()\s*[RDI]\s?[-–]\s?[A-Z][a-z]*\.?")


def _party_state_after(doc: Doc, end: int) -> bool:
    """Is the name ending at token `end` followed by a legislator's party and state tag?"""
    if end >= len(doc):
        return False
    at = doc[end].idx
    return _PARTY_STATE_AFTER.match(doc_text(doc)[at : at + 16]) is not None


def _person_evidence(doc: Doc, start: int, end: int) -> bool:
    """Does the sentence around this name say it is a person: the subject of a verb of
    speech or thought, the possessor of what only people have ("Newton's theory"), or a
    legislator with a party and state tag ("Gowdy, R-S.C.")?"""
    if end < len(doc) and doc[end].lower_.rstrip(".") in TITLE_ABBREVIATIONS:
        return False  # "spokesman Navy Capt. Jeff Davis": the service before a rank
    if _after_title(doc, start) or _party_state_after(doc, end):
        return True
    root = doc[start:end].root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _PERSON_VERBS:
        return True
    return _owns_what_people_own(doc, end)


# Verbs that put words "on" a medium ("said on Twitter", "follow him on X"), and the nouns a
# medium's name modifies ("the live X stream", "her X account").
_POSTING_VERBS = frozenset(
    words("say write post add report announce reply respond thank chime share follow tweet")
)
_MEDIUM_NOUNS = frozenset(
    words("account accounts feed page stream conversation followers handle post posts timeline")
)


def _medium_evidence(doc: Doc, start: int, end: int) -> bool:
    """Is this name a medium people post on ("said on Twitter", "his Twitter account")?"""
    root = doc[start:end].root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "on" and prep.head.pos_ == "VERB":
        return prep.head.lemma_.lower() in _POSTING_VERBS
    if root.dep_ == "pobj" and prep.lower_ == "on" and prep.head.pos_ == "NOUN":
        # "reported her presence on Twitter": the words posted hang on the verb's object
        verb = prep.head.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in _POSTING_VERBS
    return root.dep_ == "compound" and root.head.lower_ in _MEDIUM_NOUNS


# Capitalised heads after a one-word place name ("Socotra Island", "Cuyahoga County").
_GEO_HEADS = frozenset(
    [
        "Island",
        "Islands",
        "County",
        "Province",
        "Valley",
        "Peninsula",
        "Mountains",
        "Archipelago",
        "Governorate",
    ]
)


# Prepositions whose object is where something is: "hotels in Hadibo", "flights via Al
# Mukalla" ("to", "at", "into" also take people, firms and affairs: "wrote to X", "at
# Google", "an inquiry into Balco").
_IN_PLACE = frozenset(words("in near across throughout around outside inside via"))


def _place_evidence(doc: Doc, start: int, end: int) -> bool:
    """Is this name written where a place is: the object of "in", "near", "into"...
    ("four hotels in Hadibo"), and not a possessor ("in Obama's view")?"""
    root = doc[start:end].root
    if root.dep_ != "pobj" or root.head.lower_ not in _IN_PLACE:
        return False
    if root.head.head.lemma_.lower() in _WRITINGS:
        return False  # "a report in Ars Technica", "published in Nature": a publication
    return not (end < len(doc) and doc[end].text in ("'s", "’s", "'", "’"))


# Last words of names that are no place even when written "in" them: "in the Terrorism
# Bill", "in the Circle Theatre Awards", "a hole in Media Player".
_NOT_PLACE_HEADS = (
    _LAW_HEADS | _ORG_HEADS | _EVENT_HEADS | frozenset(words("award awards prize player"))
)


# What is written "in" a publication or a program: "a report in X", "commands in Stata".
_WRITINGS = frozenset(
    words(
        """
        report article interview story column editorial piece essay letter paper study book
        publish write appear quote say command function feature
        """
    )
)


def _a_state(name: str, g: Gazetteer) -> bool:
    """A country, a first-level division or a capital (not a city, whose name a company may
    share: "Orange")."""
    return (
        g.country(name) is not None
        or g.capital(name) is not None
        or g.is_region(name)
        or bool(g.divisions.get(fold(name)))
    )


def _place_stands_firm(name: str, g: Gazetteer) -> bool:
    """A country, a first-level division, a capital or a large city: when it speaks, it is
    its government speaking ("Beijing said"), not a person of that name."""
    city = g.city(name)
    return _a_state(name, g) or (city is not None and city.population >= 100_000)


def _plain_name(doc: Doc, c: _Cand) -> bool:
    """Title-case words only, hyphenated ones included ("Mof-Ávvi"); no initialism."""
    return all(
        (t.is_title and t.is_alpha)
        or (t.text == "-" and 0 < k < c.tok_end - c.tok_start - 1)
        or (t.text[:1].isupper() and t.text.replace("-", "").isalpha() and not t.is_upper)
        for k, t in enumerate(doc[c.tok_start : c.tok_end])
    )


def _context_types(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """One type per name from what its sentences say, over all of its mentions: a name with
    an organization's nouns around it ("X CEO", "X's shareholders", "airline X") is an
    organization, and one that companies unveil or release is a product."""
    text = doc_text(doc)
    org: Counter[str] = Counter()
    product: Counter[str] = Counter()
    person: Counter[str] = Counter()
    titled: Counter[str] = Counter()
    human: Counter[str] = Counter()
    medium: Counter[str] = Counter()
    place: Counter[str] = Counter()
    business: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    # One-word names the article also writes before a geographic head: "Socotra Island".
    for k in range(len(doc) - 1):
        if doc[k + 1].text in _GEO_HEADS and doc[k].is_title and doc[k].is_alpha:
            place[fold(doc[k].text)] += 1
    for c in cands:
        if c.kind != "name" or c.country is not None:
            continue
        key = fold(text[c.start : c.end])
        mentions[key] += 1
        org[key] += _org_evidence(doc, c.tok_start, c.tok_end)
        product[key] += _product_evidence(doc, c.tok_start, c.tok_end)
        person[key] += _person_evidence(doc, c.tok_start, c.tok_end)
        human[key] += _human_evidence(doc, c.tok_start, c.tok_end)
        titled[key] += _after_title(doc, c.tok_start)
        medium[key] += _medium_evidence(doc, c.tok_start, c.tok_end)
        place[key] += _place_evidence(doc, c.tok_start, c.tok_end)
        business[key] += _business_evidence(doc, c.tok_start, c.tok_end)
    # A one-word name is a medium wherever the article writes it, labelled or not: "125,000
    # Twitter accounts" counts though the recogniser left that "Twitter" unlabelled.
    lone = {
        fold(text[c.start : c.end])
        for c in cands
        if c.kind == "name" and c.tok_end - c.tok_start == 1
    }
    labelled = {c.tok_start for c in cands if c.kind == "name"}
    for t in doc:
        if t.i not in labelled and t.is_title and fold(t.text) in lone:
            medium[fold(t.text)] += _medium_evidence(doc, t.i, t.i + 1)
    # One-word names typed a person (after `_vote_types`): the bare surnames of the article.
    lone_people = {
        fold(text[c.start : c.end])
        for c in cands
        if c.kind == "name" and c.type == "person" and c.tok_end - c.tok_start == 1
    }
    # The last words of the people the article names in full: "De Blasio" (says) after "Bill
    # de Blasio" is that person's surname, not an organization of that name.
    surnames: set[tuple[str, ...]] = set()
    for c in cands:
        if c.type == "person" and c.kind == "name":
            full = name_words(text[c.start : c.end])
            surnames.update(full[k:] for k in range(1, len(full)))
    for c in cands:
        if c.kind != "name" or c.country is not None:
            continue
        name = text[c.start : c.end]
        key = fold(name)
        ws = name.split()
        # A medium more often than a speaker: "on Twitter", "Twitter accounts" five times
        # outweigh one "Twitter said in a statement" (a company speaks too).
        if (
            medium[key] > person[key]
            and c.type == "person"
            and len(ws) == 1
            and not is_given_name(name)
        ):
            c.type = "organization"  # "said on Twitter": a platform, not a person
            c.medium = True
        elif org[key] and c.type in ("person", "product", "place"):
            if c.type == "person" and len(ws) > 1 and is_given_name(ws[0]):
                continue
            # A full name whose bare surname the article types a person ("her rival Ann Bly
            # ... Bly said") stays a person, however one of its sentences reads ("her rival
            # Ann Bly"); not where every mention reads as a body ("runs A.B. Bly, a firm").
            if (
                c.type == "person"
                and len(ws) > 1
                and fold(ws[-1]) in lone_people
                and not org[fold(ws[-1])]
                and org[key] < mentions[key]
            ):
                continue
            city = g.city(name)
            if c.type == "place" and (city is not None and city.population >= 100_000):
                continue
            if c.type == "place" and _a_state(name, g) and 2 * org[key] < mentions[key]:
                # "flood-ravaged Louisiana, a Baton Rouge newspaper": one sentence the parse
                # reads as a body does not outweigh a state's other mentions
                continue
            c.type = "organization"
        elif person[key] and not org[key] and c.type in ("place", "organization"):
            words_ = doc[c.tok_start : c.tok_end]
            if not all(t.is_title and t.is_alpha for t in words_) or len(words_) > 3:
                continue
            if c.type == "place" and _place_stands_firm(name, g):
                continue
            if c.type == "place" and len(ws) > 1 and ws[-1].lower() in _PLACE_HEADS:
                # "Downing Street believes", "Buckingham Palace said": the office that works
                # there speaking, not a person named for a street or a building
                c.type = "organization"
                continue
            if c.type == "organization" and not (
                titled[key]
                or (len(ws) == 1 and is_given_name(name))
                or name_words(name) in surnames
                or (human[key] and ws[-1].lower() not in _ORG_HEADS)
            ):
                continue
            if (
                c.type == "organization"
                and len(ws) > 1
                and ws[-1].lower() in _ORG_HEADS
                and not is_given_name(ws[0])
            ):
                continue  # "a three-judge District Court": a body's head word, no surname
            c.type = "person"
        elif (
            business[key] > place[key]
            and c.type == "place"
            and c.source != "gazetteer"
            and not _place_stands_firm(name, g)
            and all(t.is_title and t.is_alpha for t in doc[c.tok_start : c.tok_end])
        ):
            c.type = "organization"  # "Cisco sues Apple": a company, not the town of Cisco
        elif (
            place[key]
            and not person[key]
            and not org[key]
            and c.type == "person"
            and not is_given_name(ws[0])
            and all(t.is_title and t.is_alpha for t in doc[c.tok_start : c.tok_end])
            and ws[-1].lower() not in _NOT_PLACE_HEADS
        ):
            c.type = "place"  # "four hotels in Hadibo": a place the gazetteer does not know
        elif (
            place[key]
            and not (person[key] or human[key] or org[key] or business[key] or titled[key])
            and c.type == "organization"
            and c.source != "gazetteer"
            and len(ws) == 1
            and _plain_name(doc, c)
            and not common_phrase(name.split("-"))
        ):
            c.type = "place"  # "the largest town in Coron": no organization is said of it
        elif (
            person[key]
            and not org[key]
            and not product[key]
            and c.type == "product"
            and len(ws) <= 3
            and all(t.is_title and t.is_alpha for t in doc[c.tok_start : c.tok_end])
        ):
            c.type = "person"  # "This is what Erasmus asked": no product speaks or thinks
        elif product[key] and not org[key] and c.type in ("organization", "person"):
            if c.type == "person" and len(ws) > 1 and is_given_name(ws[0]):
                continue
            c.type = "product"


def _name_word(t: Token) -> bool:
    return t.is_title and t.pos_ == "PROPN"


# Singular party members written before a person's name: "progressive Democrat Ann Bly".
_PARTY_MEMBERS = frozenset(("Democrat", "Republican"))


def _said_of_a_person(doc: Doc, start: int, end: int) -> bool:
    """`_person_evidence`, or the name written after a party's member ("Democrat Ann Bly") or
    in apposition to a title or an occupation ("the campaign's deputy manager, Ann Bly")."""
    if _person_evidence(doc, start, end) or _human_evidence(doc, start, end):
        return True
    if start > 0 and doc[start - 1].text in _PARTY_MEMBERS and doc[start - 1].tag_ == "NNP":
        return True
    root = doc[start:end].root
    return root.dep_ == "appos" and root.head.pos_ == "NOUN" and is_role_noun(root.head)


def _people_named_in_full(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """A full name the model types an organization throughout ("Zephyr Teachout ...
    Teachout", "Luther Stan Pate IV ... Pate"), or whose bare surname it types one beside the
    full name typed a person ("Trey Gowdy ... Gowdy"), is a person with its surname when the
    article's sentences say person more often than organization: "Chairman Gowdy", "Gowdy,
    R-S.C.", "Teachout says", "Pate told". Every place the article writes the name counts,
    found by the recogniser or not. A known given name (Faker's lists or the US birth counts)
    needs one such sentence, an unknown one two; a full name typed a body throughout needs
    no sentence saying organization at all. The words of the name are checked as
    `_given_name_people` checks them (no place, body's head or title)."""
    text = doc_text(doc)
    n = len(doc)
    groups: defaultdict[str, list[_Cand]] = defaultdict(list)
    for c in cands:
        if c.kind == "name" and c.country is None:
            groups[fold(text[c.start : c.end])].append(c)
    words_at: defaultdict[str, list[int]] = defaultdict(list)
    for t in doc:
        if t.is_title and t.is_alpha:
            words_at[fold(t.text)].append(t.i)

    def evidence(ws: list[Token]) -> tuple[int, int, int]:
        """(sentences saying person, sentences saying organization, times written) of the
        name `ws`."""
        said = body = seen = 0
        folded = [fold(t.text) for t in ws]
        for i in words_at.get(folded[0], []):
            end = i + len(ws)
            if end > n or [fold(t.text) for t in doc[i:end]] != folded:
                continue
            if len(ws) == 1 and (
                (i > 0 and _name_word(doc[i - 1]) and doc[i - 1].lower_ not in _NAME_TITLES)
                or (end < n and _name_word(doc[end]))
            ):
                continue  # a word of a longer name ("Trey Gowdy"), counted with it
            seen += 1
            said += _said_of_a_person(doc, i, end)
            body += _org_evidence(doc, i, end) or _business_evidence(doc, i, end)
        return said, body, seen

    for group in groups.values():
        c = group[0]
        span = doc[c.tok_start : c.tok_end]
        ws = list(span)
        while len(ws) > 2 and ws[-1].text in _GENERATIONS:
            ws = ws[:-1]  # "Luther Stan Pate IV"
        if not 2 <= len(ws) <= 3 or not all(t.is_title and t.is_alpha for t in ws):
            continue
        if _says_no_person(ws, span, c.tok_end, doc, g):
            continue
        surname = [x for x in groups.get(fold(ws[-1].text), []) if x.tok_end - x.tok_start == 1]
        known = is_given_name(ws[0].text) or bool(first_name_gender(ws[0].text))
        full_said, full_body, _ = evidence(ws)
        bare_said, bare_body, bare_seen = evidence(ws[-1:])
        enough = 1 if known else 2
        if all(x.type == "person" for x in group):
            # "Congressman Trey Gowdy" beside "Gowdy" typed a body: the surname follows the
            # full name when its own sentences say person more often than organization
            # ("Chairman Gowdy", "Gowdy, R-S.C." against one "Gowdy spokesman")
            if (
                any(x.type == "organization" for x in surname)
                and all(x.type in ("person", "organization") for x in surname)
                and bare_said > bare_body
                and full_said + bare_said >= enough
            ):
                for x in surname:
                    x.type = "person"
            continue
        if any(x.type != "organization" for x in group + surname):
            continue
        # A body is seldom called by its last word alone ("Apple Corps", "Air India" never
        # "Corps" or "India"): a person's surname is, and is no place.
        if not bare_seen or g.is_place(ws[-1].text) or g.country(ws[-1].text) is not None:
            continue
        if full_body + bare_body == 0 and full_said + bare_said >= enough:
            for x in group + surname:
                x.type = "person"


def _bodies_described(cands: list[_Cand], doc: Doc) -> None:
    """A body's name with a common word before it names that body, whatever the model typed it
    ("New Labour" a place, "Old Labour" a person, where the article names Labour on its own as
    an organization): an organization. Not a given name before it ("Grace Labour"), nor one
    the birth counts know before a name typed a person ("Rich Beeson" beside "Beeson")."""
    text = doc_text(doc)
    bodies = {
        fold(text[c.start : c.end])
        for c in cands
        if c.kind == "name" and c.type == "organization" and c.tok_end - c.tok_start == 1
    }
    for c in cands:
        if c.kind != "name" or c.type == "organization" or c.tok_end - c.tok_start != 2:
            continue
        first, last = doc[c.tok_start], doc[c.tok_end - 1]
        if (
            fold(last.text) in bodies
            and first.is_title
            and common_phrase([first.text])
            and not is_given_name(first.text)
            and not (c.type == "person" and first_name_gender(first.text))
        ):
            c.type = "organization"


def _lower_case_bodies(cands: list[_Cand], doc: Doc) -> None:
    """A one-word "organization" that is a common English word the article writes in lower
    case at least as often as capitalised ("In Frame, a frame is a record ..."), or a run of
    two or three common words the article also writes in lower case ("Data Structures" and
    "data structures"), with no
    organization's head word, and that never acts as one (no subject, no possessor, nothing of
    an organization said around it) is a term: typed "other". Not "Apple" in a story on the
    company that once mentions an apple, nor "the House voted"."""
    text = doc_text(doc)
    lower = Counter(w for w in token_table(doc).words if w.islower())  # = Token.is_lower
    capital = Counter(w for w in token_table(doc).words if w.istitle())  # = Token.is_title
    groups: defaultdict[str, list[_Cand]] = defaultdict(list)
    for c in cands:
        if c.kind == "name" and c.type == "organization" and c.tok_end - c.tok_start <= 3:
            groups[text[c.start : c.end]].append(c)
    low_text = f" {text} "
    for name, group in groups.items():
        ws = name.split()
        if len(ws) > 1:
            # "Data Structures" where the article also writes "data structures"
            if not all(w.isalpha() and w.istitle() for w in ws) or not common_phrase(ws):
                continue
            if any(w.lower() in _ORG_HEADS for w in ws):
                continue
            if f" {name.lower()} " not in low_text:
                continue
        elif not name.isalpha() or name.isupper() or lower[name.lower()] < capital[name]:
            continue
        if name.lower() in _ORG_HEADS or not common_phrase(ws):
            continue
        if any(_acts(doc, c) for c in group):
            continue
        for c in group:
            c.type = "other"


def _acts(doc: Doc, c: _Cand) -> bool:
    """Is this mention a subject or a possessor ("the House voted", "Apple's shares"), or said
    to be an organization or a business around it?"""
    root = doc[c.tok_start : c.tok_end].root
    if root.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
        return True
    if c.tok_end < len(doc) and doc[c.tok_end].text in ("'s", "’s"):
        return True
    return _org_evidence(doc, c.tok_start, c.tok_end) or _business_evidence(
        doc, c.tok_start, c.tok_end
    )


def _slashed_to_person(doc: Doc, c: _Cand, cands: list[_Cand]) -> bool:
    """Is the name joined by a slash to a person's name ("Bush/Kerry", "Lennon/McCartney")?"""
    n = len(doc)
    after = c.tok_end + 1 < n and doc[c.tok_end].text == "/"
    before = c.tok_start > 1 and doc[c.tok_start - 1].text == "/"
    return any(
        o is not c
        and o.type == "person"
        and ((after and o.tok_start == c.tok_end + 1) or (before and o.tok_end == c.tok_start - 1))
        for o in cands
    )


def _known_outlets(cands: list[_Cand], doc: Doc) -> None:
    """A news outlet's or a polling firm's one-word name (`OUTLET_NAMES`: "Gallup", "Politico")
    the model reads as a person or a place is an organization, unless the article names a
    person of that surname ("Michael Bloomberg", "Mayor Bloomberg") or writes it after a
    person's title."""
    text = doc_text(doc)
    surnames: set[str] = set()
    for c in cands:
        ws = text[c.start : c.end].split()
        if c.type == "person" and c.kind == "name" and len(ws) > 1:
            surnames.add(fold(ws[-1]))
    for c in cands:
        if c.kind != "name" or c.type not in ("person", "place") or c.country is not None:
            continue
        key = fold(text[c.start : c.end])
        if key not in OUTLET_NAMES or key in surnames:
            continue
        if any(
            fold(text[o.start : o.end]) == key and _after_title(doc, o.tok_start)
            for o in cands
            if o.kind == "name"
        ):
            continue
        c.type = "organization"
    # A one-word name the model tags a person once ("Euronext said") but, more often, the name
    # of a nation or a body of people (NORP: "stock market Euronext") that is no nation's
    # (`_nationality` keeps no candidate for it) is a body, when no person of that surname is
    # named and no title or honorific comes before it. (ORG tags alone do not outvote: the
    # model tags many surnames ORG, "Priebus".)
    labels: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for ent in doc.ents:
        if len(ent) == 1:
            labels[fold(ent.text)][ent.label_] += 1
    for c in cands:
        if c.kind != "name" or c.type != "person" or c.tok_end - c.tok_start != 1:
            continue
        name = text[c.start : c.end]
        key = fold(name)
        n = labels[key]
        if (
            n["NORP"] > n["PERSON"]
            and key not in surnames
            and not is_given_name(name)
            and not any(
                fold(text[o.start : o.end]) == key and _after_title(doc, o.tok_start)
                for o in cands
                if o.kind == "name"
            )
        ):
            c.type = "organization"


def _known_places_as_people(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """A one-word "person" that is a country's division, a capital or a city of 100,000 people
    or more ("Kraków", "Dakar"), is no known first name, is said or done nothing of as a person
    anywhere in the article, and is no surname of a person it names in full, is that place."""
    text = doc_text(doc)
    surnames = {
        fold(text[c.start : c.end].split()[-1])
        for c in cands
        if c.type == "person" and len(text[c.start : c.end].split()) > 1
    }
    person: Counter[str] = Counter()
    for c in cands:
        if c.kind == "name":
            person[fold(text[c.start : c.end])] += _person_evidence(doc, c.tok_start, c.tok_end)
    type_of = {doc[c.tok_start : c.tok_end].root.i: c.type for c in cands if c.kind == "name"}
    for c in cands:
        if c.kind != "name" or c.type != "person" or c.country is not None:
            continue
        name = text[c.start : c.end]
        key = fold(name)
        listed = [type_of[t.i] for t in doc[c.tok_start].conjuncts if t.i in type_of]
        if len(listed) >= 2 and all(t == "person" for t in listed) and not _bracketed(doc, c):
            continue  # "Batman, Superman and Wonder Woman": listed with people only
        if _slashed_to_person(doc, c, cands):
            continue  # "the Bush/Kerry contest": a pair of people
        if (
            c.tok_end - c.tok_start != 1
            or not name.isalpha()
            or not name[:1].isupper()
            or name.isupper()
            or is_given_name(name)
            or key in surnames
            or person[key]
            or not _place_stands_firm(name, g)
        ):
            continue
        c.type = "place"


# Direction words that end the names of districts and constituencies ("Leicester South",
# "Bristol North West", "Glasgow Central").
_DISTRICT_SUFFIXES = frozenset(words("north south east west central"))


def _compass_districts(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """A "person" whose name is a known place followed by a direction word ("Leicester South",
    "Bristol North West") is that place's district or constituency: no person's name opens
    with a city's name that is no given name ("Kanye West", "Jackson North" stay people)."""
    text = doc_text(doc)
    for c in cands:
        if c.kind != "name" or c.type != "person" or c.country is not None:
            continue
        ws = text[c.start : c.end].split()
        if len(ws) < 2 or not all(w.isalpha() and w.istitle() for w in ws):
            continue
        k = len(ws)
        while k > 1 and ws[k - 1].lower() in _DISTRICT_SUFFIXES and len(ws) - k < 2:
            k -= 1
        place = " ".join(ws[:k])
        if k == len(ws) or is_given_name(ws[0]):
            continue
        if g.city(place) is not None or g.is_place(place) or g.country(place) is not None:
            c.type = "place"


# Elected representatives of a place, written after the place's name ("the Leeds MP", "a
# Bristol councillor", "the Ohio senator"): no company or product has them.
_REPRESENTATIVE_NOUNS = frozenset(
    words(
        """
        councillor councilor councilman councilwoman senator congressman congresswoman
        assemblyman assemblywoman legislator lawmaker mayor governor alderman
        """
    )
)
_REPRESENTATIVE_ACRONYMS = frozenset(["MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "MLA", "MLAs"])


def _representative_after(doc: Doc, end: int) -> bool:
    """Is the name ending at token `end` followed by an elected representative's noun ("the
    Leeds MP", "a Bristol councillor")?"""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.text in _REPRESENTATIVE_ACRONYMS or (
        nxt.is_lower and nxt.lemma_.lower() in _REPRESENTATIVE_NOUNS
    )


def _places_of_representatives(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """A name the gazetteer knows as a place, written before an elected representative's noun
    ("the Leeds MP", "a Bristol councillor") and nowhere said to be an organization or a
    business, is that place, whatever the model typed it ("Leeds" a product, "Bristol" an
    organization)."""
    text = doc_text(doc)
    seats: set[str] = set()
    against: set[str] = set()
    for c in cands:
        if c.kind != "name" or c.country is not None:
            continue
        key = fold(text[c.start : c.end])
        if _representative_after(doc, c.tok_end):
            seats.add(key)
        if _org_evidence(doc, c.tok_start, c.tok_end) or _business_evidence(
            doc, c.tok_start, c.tok_end
        ):
            against.add(key)
    for c in cands:
        if c.kind != "name" or c.type == "place" or c.country is not None:
            continue
        name = text[c.start : c.end]
        key = fold(name)
        if key not in seats or key in against or c.tok_end - c.tok_start > 3:
            continue
        if not all(t.is_title and t.is_alpha for t in doc[c.tok_start : c.tok_end]):
            continue
        if g.is_place(name) or g.city(name) is not None or g.country(name) is not None:
            c.type = "place"


# Last words of the names of awards ("Heisman Trophy", "Turner Prize", "Fields Medal").
_AWARD_HEADS = frozenset(words("trophy award prize medal"))


def _award_names(cands: list[_Cand], doc: Doc) -> None:
    """A "person" of two words or more whose last is an award's ("the former Heisman Trophy
    winner") is that award: no one's surname is "Trophy" or "Prize". Typed other."""
    for c in cands:
        span = doc[c.tok_start : c.tok_end]
        if (
            c.kind == "name"
            and c.type == "person"
            and len(span) >= 2
            and span[-1].is_title
            and span[-1].lower_ in _AWARD_HEADS
        ):
            c.type = "other"


# Nouns that introduce the title of a work written right after them ("the film Watchmen",
# "the drama Downton Abbey", "his novel Middlemarch"); not those of publications, which the
# entity layer keeps as organizations ("the newspaper X").
_WORK_NOUNS = frozenset(
    words(
        """
        film films movie movies series miniseries sitcom drama comedy documentary musical show
        novel novels novella book books memoir album albums song songs single play plays opera
        poem poems painting paintings episode game
        """
    )
)


# Nouns that introduce the brand name of a product written right after them ("multiple sclerosis
# drug Tysabri", "the vaccine Covaxin", "its smartphone Xenon").
_PRODUCT_NOUNS = frozenset(
    words(
        """
        drug drugs medicine medication vaccine pill treatment painkiller antidepressant
        antibiotic smartphone phone handset console tablet laptop browser app software chip
        processor car sedan jet airliner
        """
    )
)


def _titled_works(cands: list[_Cand], doc: Doc) -> None:
    """A name written right after a noun of a work ("the television series Gilmore Girls",
    "the film Watchmen (2009)") is the title of a work, and one after a noun of a product
    ("new multiple sclerosis drug Tysabri") a product's name, at every mention; in apposition
    to the noun, or with the noun as its modifier, as the parser reads "drug Tysabri"."""
    text = doc_text(doc)
    titled: dict[str, EntityType] = {}
    for c in cands:
        if c.kind != "name" or c.tok_start == 0:
            continue
        noun = doc[c.tok_start - 1]
        root = doc[c.tok_start : c.tok_end].root
        kind: EntityType | None = (
            "work"
            if noun.lower_ in _WORK_NOUNS
            else "product"
            if noun.lower_ in _PRODUCT_NOUNS
            else None
        )
        if kind is None or not noun.is_lower or noun.pos_ != "NOUN":
            continue
        appos = root.dep_ == "appos" and root.head.i == noun.i
        modifier = kind == "product" and noun.dep_ == "compound" and noun.head.i == root.i
        if appos or modifier:
            titled.setdefault(fold(text[c.start : c.end]), kind)
    for c in cands:
        kind = titled.get(fold(text[c.start : c.end])) if c.kind == "name" else None
        if kind and c.type in ("person", "organization", "place", "product") and c.country is None:
            c.type = kind


def _coded_names(cands: list[_Cand], doc: Doc) -> None:
    """A word the article writes with a hyphen and a number ("COVID-19", "COVID - 19") names
    a disease, a strain or a model, never a person: its "person" mentions are typed "other"."""
    text = doc_text(doc)
    words = token_table(doc).words
    n = len(words)
    coded: set[str] = set()
    for k, word in enumerate(words):
        head, dash, tail = word.partition("-")
        if dash and head[:1].isupper() and head.isalpha() and tail.isdigit():
            coded.update((word, head))
        elif (
            k + 2 < n
            and words[k + 1] in ("-", "–")
            and words[k + 2].isdigit()
            and word[:1].isupper()
            and word.isalpha()
        ):
            coded.add(word)
    if not coded:
        return
    for c in cands:
        if c.kind == "name" and c.type == "person" and text[c.start : c.end] in coded:
            c.type = "other"


# Relations written between the labels of a mathematical text ("AC > CB", "DH = AC2").
_MATH_OPERATORS = frozenset(["=", "<", ">", "≤", "≥", "≠", "⋅", "×", "±", "∈", "⊂", "≡"])


def _label(word: str) -> bool:
    """A label of points, lines or sets: capital letters, maybe with digits ("AC", "AB2")."""
    letters = word.rstrip("0123456789")
    return 1 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()


def _math_labels(cands: list[_Cand], doc: Doc) -> None:
    """In a text that writes relations between capital-letter labels twice or more ("Let AC >
    CB", "DH = AC2"), a name of two to four capitals is such a label ("the rectangle DH",
    "DM and MG"), no organization, person or place: typed "other"."""
    n = len(doc)
    relations = sum(
        1
        for k in range(1, n - 1)
        if doc[k].text in _MATH_OPERATORS and _label(doc[k - 1].text) and _label(doc[k + 1].text)
    )
    if relations < 2:
        return
    text = doc_text(doc)
    for c in cands:
        name = text[c.start : c.end]
        if c.kind == "name" and 2 <= len(name) <= 4 and name.isalpha() and name.isupper():
            c.type = "other"


_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.\s?){1,2}")


def _initials_alone(cands: list[_Cand], doc: Doc) -> None:
    """A "person" written as one or two initials and nothing else ("QUENTMORE, J.", "Pellow,
    R. T.", "H. R. 2231") names nobody: a judge's office after a surname, a cited author's
    initials, a bill's chamber; typed "other"."""
    text = doc_text(doc)
    for c in cands:
        name = text[c.start : c.end].strip()
        if c.kind == "name" and c.type == "person" and _INITIALS_ONLY.fullmatch(name):
            c.type = "other"


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


def _join_by_acronym(cands: list[_Cand], doc: Doc) -> list[_Cand]:
    """A name split in two by the model is one where the article writes the whole name's
    acronym: "the UK Independence Party" ("UK" + "Independence Party") beside "UKIP"."""
    written = {
        w for w in token_table(doc).words if w.isupper() and 3 <= len(w) <= 8 and w.isalpha()
    }  # str.isupper / isalpha are Token.is_upper / is_alpha
    if not written:
        return cands
    text = doc_text(doc)
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.tok_end == c.tok_start
            and prev.kind == c.kind == "name"
            and c.type == "organization"
            and doc[prev.tok_end - 1].whitespace_ == " "
        ):
            whole = text[prev.start : c.end]
            if any(names.stands_for(a, whole) for a in written if a not in whole):
                prev.tok_end, prev.end = c.tok_end, c.end
                prev.type, prev.country = "organization", None
                continue
        if c.kind == "name" and c.type == "organization" and c.tok_start > 0:
            # a word before it that no name took ("the UK Independence Party", "UK" left
            # out by the model and by the gazetteer) when the whole is the acronym's long form
            before = doc[c.tok_start - 1]
            if (
                (prev is None or prev.tok_end <= before.i)
                and before.is_alpha
                and before.text[:1].isupper()
                and before.whitespace_ == " "
            ):
                whole, own = text[before.idx : c.end], text[c.start : c.end]
                if any(
                    names.stands_for(a, whole) and not names.stands_for(a, own)
                    for a in written
                    if a not in whole
                ):
                    c.tok_start, c.start = before.i, before.idx
        out.append(c)
    return out


def _join_coordinated(cands: list[_Cand], doc: Doc, g: Gazetteer) -> list[_Cand]:
    """Two names joined by "and" that share one organization's head are one name, which the
    model splits at the "and": "the Public and Commercial Services Union" ("Public" + "Commercial
    Services Union"), "the University of the Highlands and Islands" ("University of the
    Highlands" + "Islands"). The first part is no known place, country or nationality and the
    second no person; a first part the parse does not hang on the second's head stays apart ("the
    House and Senate"), as does a place ("the Kent and Essex Police")."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is None
            or prev.tok_end + 1 != c.tok_start
            or doc[prev.tok_end].lower_ not in ("and", "&")
            or prev.kind != "name"
            or c.kind != "name"
            or prev.country is not None
            or c.country is not None
        ):
            out.append(c)
            continue
        first = doc[prev.tok_start : prev.tok_end]
        second = doc[c.tok_start : c.tok_end]
        head = second[-1].lower_
        shared_head = (
            prev.type != "person"
            # the parse hangs the first part on the second's head ("Public" on "Union"), not
            # on its own ("the House and Senate": two bodies)
            and c.tok_start <= first.root.head.i < c.tok_end
            and len(first) <= 2
            and all(t.is_title and t.is_alpha for t in first)
            and prev.tok_start > 0
            and doc[prev.tok_start - 1].lower_ == "the"
            and c.type == "organization"
            and (head in _ORG_HEADS or head == "union")
            and not any(g.is_place(t.text) or g.country(t.text) or g.demonym(t.text) for t in first)
        )
        prep = next((t.i for t in first if t.lower_ in ("of", "for", "on")), None)
        shared_of = (
            prev.type == "organization"
            and prep is not None
            and (
                c.type in ("other", "place")
                # "the Department for Education and Skills" ("Skills" tagged a body of its
                # own): a common word the parse joins to the words after the preposition
                or (
                    c.type == "organization"
                    and len(second) == 1
                    and second[0].dep_ == "conj"
                    and prep < second[0].head.i < prev.tok_end
                    and common_phrase([second.text])
                )
            )
            and len(second) <= 2
            and all(t.is_title and t.is_alpha for t in second)
            and not (c.tok_end < len(doc) and doc[c.tok_end].is_title)
            and not g.is_place(second.text)
            and g.country(second.text) is None
        )
        if shared_head or shared_of:
            prev.tok_end, prev.end = c.tok_end, c.end
            prev.type = "organization"
            continue
        out.append(c)
    return out


# Prefixes of ships' names: "HMS Belfast", "USS Cole" name a vessel, not the place.
_SHIP_PREFIXES = frozenset({"HMS", "USS", "HMAS", "HMCS", "HMNZS", "RMS", "USNS"})


def _places_inside_names(cands: list[_Cand], doc: Doc, g: Gazetteer) -> list[_Cand]:
    """A place name that is only part of a longer name is no place: the given name of a
    person the model tags apart ("the Tennessee Williams drama": "Tennessee" + "Williams"), the
    first word of an organization it modifies ("the Central and East European Coalition",
    "Boston" + "Red Sox"), a ship's name ("HMS Belfast"), the opening of a name of the shape
    "X of the Y" ("Queens of the Stone Age")."""
    n = len(doc)
    out: list[_Cand] = []
    starts = {c.tok_start: c for c in cands}
    covered = {k for c in cands for k in range(c.tok_start, c.tok_end)}
    for c in cands:
        if c.type != "place" or c.kind != "name" or c.country is not None:
            out.append(c)
            continue
        span = doc[c.tok_start : c.tok_end]
        nxt = starts.get(c.tok_end)
        gap = 0
        if nxt is None and c.tok_end < n and doc[c.tok_end].lower_ in ("and", "&"):
            nxt, gap = starts.get(c.tok_end + 1), 1
        if (
            nxt is not None
            and nxt.kind == "name"
            and all(t.is_title and t.is_alpha for t in span)
            and span[-1].whitespace_
        ):
            whole = doc[nxt.tok_start : nxt.tok_end]
            if (
                gap == 0
                and nxt.type == "person"
                and len(span) == 1
                and len(whole) == 1
                and whole[0].is_title
                and whole[0].is_alpha
            ):
                # "Tennessee Williams": a one-word place before a one-word person's name
                nxt.tok_start, nxt.start = c.tok_start, c.start
                continue
            if (
                nxt.type == "organization"
                and nxt.country is None
                and span.root.head.i in range(nxt.tok_start, nxt.tok_end)
                and span.root.dep_ in ("amod", "compound", "nmod")
                and whole[-1].lower_ in _ORG_HEADS
            ):
                # "the Central and East European Coalition": the place modifies the body
                nxt.tok_start, nxt.start = c.tok_start, c.start
                continue
        if c.tok_start > 0 and doc[c.tok_start - 1].text in _SHIP_PREFIXES:
            c.tok_start -= 1
            c.start = doc[c.tok_start].idx
            c.type = "product"
            out.append(c)
            continue
        k = c.tok_end
        if (
            k + 2 < n
            and doc[k].lower_ == "of"
            and doc[k + 1].lower_ == "the"
            and doc[k + 2].is_title
            and k + 2 not in covered
        ):
            end = k + 2
            while end < n and doc[end].is_title and doc[end].is_alpha and end not in covered:
                end += 1
            if not g.is_place(doc[k + 2 : end].text):
                # "Queens of the Stone Age": a longer name (a band, a work) opens with a place
                c.tok_end, c.end = end, doc[end - 1].idx + len(doc[end - 1])
                c.type = "other"
        out.append(c)
    return out


def _person_namesakes(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """One word the article uses for a person (a full name's surname, or a name spaCy tags
    PERSON anywhere) is no foreign town of that name ("Obama", Japan) unless the text puts it
    after a locative preposition and the article names that town's country."""
    text = doc_text(doc)
    persons: dict[str, str] = {}  # folded word -> a person key
    lower = {w for w in token_table(doc).words if w.islower()}  # = Token.is_lower
    for c in cands:
        if c.type == "person":
            ws = text[c.start : c.end].split()
            if len(ws) > 1 and ws[0].lower() in lower and not is_given_name(ws[0]):
                continue  # "Air Chathams": no person's name opens with a lower-case word
            persons.setdefault(fold(ws[-1]), c.key or f"person:{fold(ws[-1])}")
    places_at = {c.tok_start for c in cands if c.type == "place"}
    # spaCy's labels of one-word names: a word it tags a place more often than a person
    # ("Zentrix" GPE twice, PERSON once) is no person's name on that one tag's word.
    labels: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for ent in doc.ents:
        if len(ent) == 1:
            labels[fold(ent.text)][
                "place" if ent.label_ in ("GPE", "LOC", "FAC") else ent.label_
            ] += 1
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start not in places_at:
            k = fold(ent[-1].text)
            if len(ent) == 1 and labels[k]["place"] > labels[k]["PERSON"]:
                continue
            if len(ent) > 1 and ent[0].text.lower() in lower and not is_given_name(ent[0].text):
                continue
            persons.setdefault(k, f"person:{k}")
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
        if c.kind == "adjective":
            continue  # "Welsh patients": a nation's adjective, whoever bears it as a surname
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


def _mark_metonymy(
    doc: Doc, cands: list[_Cand], g: Gazetteer, dateline: tuple[int, int] | None = None
) -> None:
    """A capital that acts (says, wants, is told) stands for its government: "Washington said".
    Never the place of a dateline ("WASHINGTON -- President Obama, dedicating ..."), which is
    where the story was written, whatever the parse hangs it on."""
    flagged: set[int] = set()
    for c in cands:
        if c.type != "place" or c.key.startswith("country:") or c.kind != "name":
            continue
        if dateline is not None and dateline[0] <= c.start < dateline[1]:
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
        if dateline is not None and dateline[0] <= c.start < dateline[1]:
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


_ACRONYM_GLUE = frozenset(words("of the for and on in to & de"))


def _spelled_out_before(doc: Doc, open_paren: int, acronym: str) -> bool:
    """Do the capitalised words before "(" spell `acronym` by their initials ("Office of the
    Deputy Prime Minister (ODPM)")?"""
    initials: list[str] = []
    k = open_paren - 1
    while k >= 0 and len(initials) < len(acronym):
        tok = doc[k]
        if tok.is_title and tok.is_alpha:
            initials.append(tok.text[0])
        elif tok.lower_ not in _ACRONYM_GLUE:
            break
        k -= 1
    return "".join(reversed(initials)) == acronym


def _defined_acronyms(cands: list[_Cand], doc: Doc) -> None:
    """An initialism defined in parentheses after its long form ("... Prime Minister (ODPM)")
    names a body, never a person: every mention of it taken for a person becomes an
    organization."""
    text = doc_text(doc)
    defined: set[str] = set()
    for c in cands:
        name = text[c.start : c.end]
        if (
            c.type == "person"
            and c.tok_end - c.tok_start == 1
            and 2 <= len(name) <= 6
            and name.isalpha()
            and name.isupper()
            and c.tok_start >= 2
            and doc[c.tok_start - 1].text == "("
            and c.tok_end < len(doc)
            and doc[c.tok_end].text == ")"
            and _spelled_out_before(doc, c.tok_start - 1, name)
        ):
            defined.add(name)
    for c in cands:
        if c.type == "person" and text[c.start : c.end] in defined:
            c.type = "organization"


_TERM_GLUE = frozenset(words("of the for and on in to by with under a an - – /"))


def _lower_long_form(doc: Doc, open_paren: int, acronym: str) -> bool:
    """Do the words before "(" spell `acronym` by their initials in lower case ("sea surface
    temperature (SST)", "other - initiated repair (OIR)")? A term's long form is written in
    lower case (its first word capitalised only where it opens the sentence); a body's is a
    name ("Office of the Deputy Prime Minister (ODPM)")."""
    letters = acronym.lower()
    got = ""
    k = open_paren - 1
    while k >= 0 and len(got) < len(letters):
        tok = doc[k]
        word = tok.text
        if tok.is_alpha and (word.islower() or (tok.is_sent_start and word.istitle())):
            got = word[0].lower() + got
        elif tok.lower_ not in _TERM_GLUE:
            return False
        k -= 1
    # Glue words may carry an initial too ("system under test (SUT)").
    if got == letters:
        return True
    got = ""
    k = open_paren - 1
    while k >= 0 and len(got) < len(letters):
        tok = doc[k]
        if tok.is_alpha and (tok.text.islower() or (tok.is_sent_start and tok.text.istitle())):
            got = tok.text[0].lower() + got
        elif tok.text not in ("-", "–", "/"):
            return False
        k -= 1
    return got == letters


def _term_acronyms(cands: list[_Cand], doc: Doc) -> None:
    """An initialism defined in parentheses after a long form in lower case ("radio frequency
    interference (RFI)", "chronic lymphocytic leukemia (CLL)") is a term, not a body, person
    or place: every mention of it is typed "other"."""
    n = len(doc)
    terms: set[str] = set()
    for k in range(1, n - 1):
        word = doc[k].text
        core = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
        if (
            doc[k - 1].text == "("
            and doc[k + 1].text == ")"
            and 2 <= len(core) <= 6
            and core.isalpha()
            and core.isupper()
            and _lower_long_form(doc, k - 1, core)
        ):
            terms.update((core, core + "s"))
    terms |= _common_initialisms(doc)
    if not terms:
        return
    text = doc_text(doc)
    for c in cands:
        if (
            c.kind == "name"
            and c.type in ("organization", "person", "place")
            and c.country is None
            and text[c.start : c.end] in terms
        ):
            c.type = "other"


def _plain_initialism(tok: Token, word: str) -> bool:
    """Is `tok` the initialism `word` written as a name: no adjective, no "a"/"an", modifying
    no noun ("The EU has opted", "NATO agreed"), as a common noun is not ("a super PAC")?"""
    return (
        tok.text == word
        and tok.dep_ != "compound"
        and not any(
            c.dep_ == "amod"
            or (c.dep_ == "det" and c.lower_ in ("a", "an"))
            or c.dep_ == "compound"
            for c in tok.children
        )
    )


def _common_initialisms(doc: Doc) -> set[str]:
    """Initialisms the article uses as common nouns: counted with "a"/"an" as the head of
    their noun phrase ("an AI developed by ...", "apply them to a SUT"), or written as a plural
    ("two LLMs"); not one modifying a noun ("a NATO summit", "an FBI agent")."""
    out: set[str] = set()
    for tok in doc:
        word = tok.text
        if word.endswith("s") and 3 <= len(word) <= 7 and word[:-1].isalpha():
            if word[:-1].isupper() and not word.isupper():
                out.update((word[:-1], word))
            continue
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
            continue
        if tok.dep_ == "compound" or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            if (
                tok.ent_type_ in ("ORG", "GPE")
                and any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in tok.children)
                and any(_plain_initialism(t, word) for t in doc)
            ):
                continue  # "an enlarged EU" of an article writing "The EU has opted": a body
            out.update((word, word + "s"))
    return out


def _known_place(name: str, g: Gazetteer) -> bool:
    k = fold(name)
    return (
        g.is_place(name)
        or bool(g.divisions.get(k))
        or k in g.continents
        or g.region_qualifier(name) is not None
        or g.demonym(name) is not None
    )


def _place_in_context(doc: Doc, c: _Cand, g: Gazetteer) -> bool:
    """Is this mention written where places are: after a locative preposition ("in X") or
    before its region or country ("MAHALA, Bosnia")?"""
    if _locative(doc[c.tok_start : c.tok_end]):
        return True
    e = c.tok_end
    return e + 1 < len(doc) and doc[e].text in (",", "(") and _known_place(doc[e + 1].text, g)


def _unplaced_places(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """A one-word "place" the gazetteer does not know, written as a plural ("the Blackberries",
    "Shells had smashed roofs") or with a digit in it ("Future45"), and never written where
    places are, is not stated as a place: typed "other"."""
    text = doc_text(doc)
    seen: defaultdict[str, list[_Cand]] = defaultdict(list)
    for c in cands:
        if (
            c.kind == "name"
            and c.type == "place"
            and c.country is None
            and c.region is None
            and c.tok_end - c.tok_start == 1
        ):
            seen[fold(text[c.start : c.end])].append(c)
    for group in seen.values():
        name = text[group[0].start : group[0].end]
        if _known_place(name, g) or any(c.source == "gazetteer" for c in group):
            continue
        plural = not name.isupper() and any(doc[c.tok_start].tag_ in ("NNS", "NNPS") for c in group)
        if not (plural or any(ch.isdigit() for ch in name)):
            continue
        if any(_place_in_context(doc, c, g) for c in group):
            continue
        for c in group:
            c.type = "other"


def _model_names(cands: list[_Cand], doc: Doc) -> None:
    """A one-word name the article writes after a model number anywhere ("the 787
    Dreamliner", "Boeing 787 Dreamliner") names a product at every mention ("the Dreamliner
    is targeted at ..." tagged as a person), and so does a name that opens with one. Not a
    count or a rank before a name that modifies a noun ("500 Apple engineers", "the 60th
    NATO conference")."""
    words = [t.text for t in doc]
    n = len(words)
    after_model = {
        words[k]
        for k in range(1, n)
        if words[k][:1].isupper() and _model_before(doc, k) and not _modifies_noun(doc, k + 1)
    }
    for c in cands:
        if c.kind != "name" or c.type not in ("person", "organization", "place") or c.country:
            continue
        if (c.tok_end - c.tok_start == 1 and words[c.tok_start] in after_model) or (
            c.tok_end - c.tok_start > 1
            and _model_before(doc, c.tok_start + 1)
            and not _modifies_noun(doc, c.tok_end)
            and doc[c.tok_end - 1].lower_ not in _ORG_HEADS  # "EB-5 Investment Coalition"
        ):
            c.type = "product"


# Prepositions of time: the number after one is a year ("In 348 Pachomius died").
_YEAR_PREPOSITIONS = frozenset(words("in since until till by after before around circa c."))


def _model_before(doc: Doc, k: int) -> bool:
    """Is token k - 1 a model number ("787", "A380"), not a rank ("60th") nor a year after a
    preposition of time ("In 348 Pachomius died": a year)?"""
    prev = doc[k - 1].text.lower()
    num = doc[k - 1]
    if k >= 2 and doc[k - 2].lower_ in _YEAR_PREPOSITIONS:
        return False
    return _is_model_number(num) and not prev.endswith(("st", "nd", "rd", "th"))


def _modifies_noun(doc: Doc, k: int) -> bool:
    return k < len(doc) and doc[k].is_lower and doc[k].tag_ in ("NN", "NNS")


# Kinds of body whose bare word names none in particular: "the Party", "the Government" are
# the article's own party or government written with a house-style capital.
_BODY_KINDS = frozenset(
    words(
        """
        party government council committee commission ministry department agency office court
        board authority administration cabinet parliament assembly police army navy union
        federation alliance coalition movement
        """
    )
)
_POSSESSIVE_DETERMINERS = frozenset(words("his her its their our my your"))


def _house_style_capitals(cands: list[_Cand], doc: Doc) -> list[_Cand]:
    """Drop one-word "organizations" that are common nouns with a house-style capital: a word
    written after a possessive determiner ("Ann Bly will deliver her Budget"), or in the plural
    as well ("the Budget ... in the Budgets of past years"): no body's name takes "his" or a
    plural; and a bare kind of body that the article writes in lower case too ("damage to
    the Party ... the party's policies", "our Party's gathering"). Other words only where the
    article also writes them after "the": a brand goes by none ("her Toyota")."""
    table = token_table(doc)
    lower_words = {w for w in table.words if w.islower()}
    one_word: dict[str, list[_Cand]] = defaultdict(list)
    for c in cands:
        if c.kind != "name" or c.type != "organization" or c.country is not None:
            continue
        if c.tok_end - c.tok_start != 1:
            continue
        word = doc[c.tok_start].text
        if not (word.isalpha() and word.istitle()) or is_given_name(word):
            continue
        if not common_phrase([word]):
            continue
        one_word[word.lower()].append(c)
    drop: set[int] = set()
    for word, found in one_word.items():
        singular = word[:-1] if word.endswith("s") and word[:-1] in one_word else word
        owned = any(
            c.tok_start > 0 and doc[c.tok_start - 1].lower_ in _POSSESSIVE_DETERMINERS
            for c in found + one_word.get(singular, []) + one_word.get(singular + "s", [])
        )
        plural = singular != word or (singular + "s") in one_word
        kind = singular in _BODY_KINDS and (singular in lower_words or owned)
        # a common noun's capital is house style where it goes by "the" too ("the Budget");
        # a brand seldom does ("her Toyota", "two Toyotas", "Toyota said")
        the = any(
            c.tok_start > 0 and doc[c.tok_start - 1].lower_ == "the"
            for c in one_word.get(singular, [])
        )
        if kind or (the and (owned or plural)):
            drop.update(id(c) for c in found)
    return [c for c in cands if id(c) not in drop]


_POLL_NOUNS = frozenset(words("poll polls survey surveys"))


def _pollsters(cands: list[_Cand], doc: Doc) -> None:
    """A one-word "person" that only ever names a poll ("A Mori poll this summer", "an ICM
    survey for the paper") is the firm that ran it, not a person: no given name goes with
    it anywhere in the article."""
    found: dict[str, list[_Cand]] = defaultdict(list)
    for c in cands:
        if c.kind == "name" and c.type == "person" and c.tok_end - c.tok_start == 1:
            found[doc[c.tok_start].text].append(c)
    for word, cs in found.items():
        if is_given_name(word):
            continue
        if all(
            doc[c.tok_start].dep_ in ("compound", "nmod", "amod")
            and doc[c.tok_start].head.lower_ in _POLL_NOUNS
            and doc[c.tok_start].head.i > c.tok_start
            for c in cs
        ):
            for c in cs:
                c.type = "organization"


# "Clinton-Kaine", "Lincoln-Douglas": two surnames joined by a hyphen or a dash.
_NAME_PAIR = re.compile(r"^([A-Z][A-Za-z'’]+)[-–]([A-Z][A-Za-z'’]+)$")

# What two people joined by a hyphen name together: "the Clinton-Kaine ticket", "a Trump-Cruz
# matchup", "the Lincoln-Douglas debates".
_PAIR_NOUNS = frozenset(
    words(
        """
        ticket tickets race races debate debates matchup matchups match-up rivalry contest
        showdown pairing duel feud fight battle administration administrations era years
        presidency primary campaign campaigns alliance partnership tandem slate clash summit
        talks split divide dynamic relationship contrast comparison axis team duo
        """
    )
)


def _name_pairs(cands: list[_Cand], doc: Doc) -> list[_Cand]:
    """Two people joined by a hyphen are no one ("the Clinton-Sanders race", "the Clinton-Kaine
    ticket"): such a name is dropped where it names a pairing (a noun of one after it) or where
    both halves are people the article names on their own ("Clinton", "Tim Kaine"). A
    double-barrelled surname stays: a person named in full with it ("Clive Stafford-Smith"),
    or written alone in its own right ("Stafford-Smith said")."""
    text = doc_text(doc)
    last_words: dict[str, set[str]] = defaultdict(set)  # a person's last word -> names
    full_with: set[str] = set()  # hyphenated last words of people named in full
    for c in cands:
        if c.kind == "name" and c.type == "person":
            name = text[c.start : c.end]
            ws = name.split()
            last_words[fold(ws[-1])].add(fold(name))
            if len(ws) > 1:
                full_with.add(fold(ws[-1]))
    out = []
    for c in cands:
        name = text[c.start : c.end]
        m = _NAME_PAIR.match(name)
        if m is None or c.kind != "name" or fold(name) in full_with:
            out.append(c)
            continue
        after = doc[c.tok_end] if c.tok_end < len(doc) else None
        pairing = after is not None and after.is_lower and after.lower_ in _PAIR_NOUNS
        first, second = fold(m.group(1)), fold(m.group(2))
        people = bool(last_words.get(first)) and bool(last_words.get(second)) and first != second
        if pairing or people:
            continue
        out.append(c)
    return out


# Types a name the recogniser gave a town or a county it wrote ("Hartpury" an organization,
# "Gloucestershire" a work); a place the rules below find is typed place from them.
_RETYPABLE_AS_PLACE = frozenset({"organization", "person", "work", "other", "product"})


def _county_after(doc: Doc, start: int, end: int, g: Gazetteer) -> tuple[int, int] | None:
    """The tokens of a division the gazetteer places in one country written right after a
    town and a comma ("Hartpury, Gloucestershire", "in Chatham, Kent, on Monday"), closing the
    phrase. Not in a list ("Paris, Beirut, Bamako, Orlando", "Bly, Kent and Ross"), not after a
    country, a division or a capital ("in Libya, Bolton said"), nor a county of another
    country than the gazetteer's towns of that name."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    if start > 0 and doc[start - 1].lower_ in (",", "and", "or", "&"):
        return None
    town = doc[start:end].text
    if g.country(town) or g.divisions.get(fold(town)) or g.is_region(town) or g.capital(town):
        return None
    for n in (2, 1):
        k = end + 1
        span = doc[k : k + n]
        if len(span) < n or not all(t.is_title and t.is_alpha for t in span):
            continue
        countries = {d.country_code for d in g.divisions.get(fold(span.text), [])}
        if len(countries) != 1:
            continue
        namesakes = {c.country_code for c in g.namesakes.get(fold(town), [])}
        if namesakes and not namesakes & countries:
            return None
        after = doc[k + n] if k + n < len(doc) else None
        if after is not None and not after.is_punct:
            return None
        if after is not None and after.text == ",":
            more = doc[k + n + 1] if k + n + 1 < len(doc) else None
            if more is not None and (more.is_title or more.is_upper):
                return None  # "..., Wells, Canterbury, Cities of London": a list goes on
        return k, k + n
    return None


def _one_division(g: Gazetteer, name: str) -> str | None:
    """The ISO 3166-2 code of the division of that name, when the gazetteer has one only."""
    codes = {d.code for d in g.divisions.get(fold(name), [])}
    return codes.pop() if len(codes) == 1 else None


def _resident_of(doc: Doc, c: _Cand, people: set[int]) -> bool:
    """ "Tony Bly, of Burnley, said": the place a named person is from, between commas."""
    s, e = c.tok_start, c.tok_end
    return (
        s >= 3
        and doc[s - 1].lower_ == "of"
        and doc[s - 2].text == ","
        and (s - 3) in people
        and e < len(doc)
        and doc[e].text in (",", ".", ";")
    )


def _places_by_their_county(cands: list[_Cand], doc: Doc, g: Gazetteer) -> None:
    """A town the gazetteer does not know is a place where the article writes its county
    after it ("Hartpury, Gloucestershire": both places, the county as the gazetteer has it)
    or writes it as where a named person is from ("Tony Bly, of Burnley, said"). The town
    gets no country here: none rather than a wrong one."""
    text = doc_text(doc)
    people = {c.tok_end - 1 for c in cands if c.kind == "name" and c.type == "person"}
    by_start = {c.tok_start: c for c in cands if c.kind == "name"}
    towns: dict[str, str | None] = {}  # a town -> the ISO 3166-2 code of its county
    counties: list[_Cand] = []
    for c in cands:
        if c.kind != "name" or c.country is not None:
            continue
        words_ = doc[c.tok_start : c.tok_end]
        if len(words_) > 3 or not all(t.is_title and t.is_alpha for t in words_):
            continue
        name = text[c.start : c.end]
        if is_given_name(words_[0].text):
            continue
        county = _county_after(doc, c.tok_start, c.tok_end, g)
        if county is not None:
            towns[fold(name)] = _one_division(g, doc[county[0] : county[1]].text)
            after = by_start.get(county[0])
            if after is not None and after.tok_end == county[1]:
                counties.append(after)
        elif len(words_) == 1 and _resident_of(doc, c, people):
            city = g.city(name)
            if city is None or city.population >= 100_000:
                # a namesake abroad too small to be sure of ("of Thornbury") is left alone
                towns.setdefault(fold(name), None)
    places_start = {c.tok_end: c.tok_start for c in cands if c.kind == "name" and c.type == "place"}
    for c in cands:
        # "in Chatham, Kent": a county after a town the gazetteer or the recogniser knows
        k = c.tok_start
        if c.kind != "name" or k < 2 or doc[k - 1].text != ",":
            continue
        town = places_start.get(k - 1)
        if town is None and doc[k - 2].is_title and g.city(doc[k - 2].text):
            town = k - 2
        if town is not None and _county_after(doc, town, k - 1, g) == (k, c.tok_end):
            counties.append(c)
    for c in counties:
        if c.type in _RETYPABLE_AS_PLACE or c.type == "place":
            c.type = "place"
            c.region = c.region or _one_division(g, text[c.start : c.end])
    for c in cands:
        key = fold(text[c.start : c.end])
        if c.kind == "name" and key in towns and c.country is None:
            if c.type in _RETYPABLE_AS_PLACE:
                c.type = "place"
            if c.type == "place":
                c.region = c.region or towns[key]
