"""Qualified places: a region written after a place ("Naples, Fla.", "Portland, Maine",
"(R-Utah)") resolves the place, and the places an article mentions give it context.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from app.extract.entities.candidates import _Cand
from app.extract.model import fold
from app.extract.name_gender import listed_first_name_genders
from app.extract.places import Gazetteer, PlaceContext, evident_city_country, place_attributes
from app.extract.tokens import doc_text

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
        owner = _possessor_country(doc, c, cands, g)
        if owner is not None:
            c.region = owner
            continue  # "London's West End": in London's country
        state = (
            g.us_state(name)
            if text.startswith(" state", c.end)
            or _STATE_OFFICE.search(text[max(0, c.start - 60) : c.start])
            else None
        )
        if state is not None:
            c.region = state.code
            if place_attributes(name)[1].get("admin1") != state.code:
                # the name alone is another place ("Washington": the capital): the state is
                # an entity of its own beside it
                c.key = f"place:{fold(state.name)} state"
            continue  # "Washington state", "the governor of Washington"
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


# What only a state has, right before its name: "the governor of Washington", "the state of
# Washington", "the Washington legislature" aside (a city has a mayor and a council).
_STATE_OFFICE = re.compile(
    r"\b(?:governor|governors|gov\.|lieutenant governor|legislature|state)\s+of\s+"
    r"(?:the\s+state\s+of\s+)?\Z",
    re.IGNORECASE,
)


_QUALIFIED_NAME = re.compile(
    r"(.+?)(?:,[ ]?|[ ]?\([ ]?|(?P<bare>[ ]))([A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?)\)?"
)


# A party and state after a legislator's name: "(R-Utah)", "D-Calif.".
_PARTY_STATE = re.compile(r"[RDI]-(.+)")


def _possessor_country(doc: Doc, c: _Cand, cands: list[_Cand], g: Gazetteer) -> str | None:
    """The country of a place written as another place's possessor ("London's West End",
    "Scotland's Highlands"): a country, or a city of 100,000 people or more, the gazetteer
    places in one country."""
    k = c.tok_start
    if k < 2 or doc[k - 1].text not in ("'s", "’s"):
        return None
    owner = next((o for o in cands if o.tok_end == k - 1 and o.type == "place"), None)
    if owner is None:
        return None
    text = doc_text(doc)
    name = text[owner.start : owner.end]
    if owner.country is not None:
        return owner.country
    countries = {d.country_code for d in g.divisions.get(fold(name), [])}
    city = g.city(name)
    if city is not None and city.population >= 100_000:
        countries.add(city.country_code)
    return countries.pop() if len(countries) == 1 else None


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
        if c.type == "organization":
            ctx.nearby.update(_countries_in_name(g, text[c.start : c.end]))
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
        elif (nation := g.nation(name)) is not None:
            ctx.divisions.add(nation.code)  # "Scotland": Hamilton there, not in Ontario
            ctx.countries.add(nation.country_code)
        else:
            evident = evident_city_country(name)
            if evident is not None:
                ctx.nearby.add(evident)
    return ctx


def _countries_in_name(g: Gazetteer, name: str) -> set[str]:
    """Countries an organization's name carries ("UK Independence Party", "British Democratic
    Union", "Bank of England"): weak evidence of where the article is, as a large town is. A
    word inside a longer place name ("New Mexico State University") counts for nothing."""
    words = name.split()
    given_names = listed_first_name_genders()
    found: set[str] = set()
    k = 0
    while k < len(words):
        # the longest place name starting here: a US state or a town of two words or more
        # covers its words
        span = next(
            (
                n
                for n in (3, 2)
                if k + n <= len(words)
                and (
                    g.us_state(" ".join(words[k : k + n])) is not None
                    or g.city(" ".join(words[k : k + n])) is not None
                )
            ),
            0,
        )
        if span:
            k += span
            continue
        word = words[k]
        if word.lower() in given_names:  # "Chad Smith Foundation", "Jordan Brand"
            k += 1
            continue
        country = g.country(word) or g.demonym(word)
        nation = g.nation(word)
        if country is not None and g.us_state(word) is None:
            found.add(country.code)
        elif nation is not None:
            found.add(nation.country_code)
        k += 1
    return found
