"""Grouping: candidates with one key become one entity group, with its name and place
attributes; which group owns each token.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from app.extract.entities.candidates import _Cand, _vote_weight
from app.extract.entities.qualified import _place_context
from app.extract.model import EntityType, Mention, Role, entity_id, fold
from app.extract.places import Gazetteer, place_attributes
from app.extract.tokens import doc_text


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


def _all_capitals(name: str) -> bool:
    """ "DONALD TRUMP": a name written in capitals, not an acronym ("NASA", "U.N.")."""
    return name.isupper() and len(name.split()) > 1


def _group(
    doc: Doc, cands: list[_Cand], g: Gazetteer, titles: list[tuple[int, int]] | None = None
) -> dict[str, _Group]:
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
        # The longest form is the canonical name ("José Ramírez" over "Ramírez"), as the story
        # writes it rather than an all-capitals headline ("Donald Trump", not "DONALD TRUMP").
        grp.name = max(names, key=lambda s: (len(s.split()), not _all_capitals(s), len(s)))
        # The type most mentions have, a headline's counting half: title case misleads the
        # recogniser there ("Lib Dems' new chief" a person, "The Lib Dems have appointed" a
        # body), so a tie goes to the story.
        votes: dict[EntityType, float] = {}
        for c in grp.cands:
            votes[c.type] = votes.get(c.type, 0.0) + _vote_weight(c, titles)
        grp.type = max(votes, key=lambda t: votes[t])
        if grp.type == "place":
            region = next((c.region for c in grp.cands if c.region), None)
            grp.name, grp.attributes = place_attributes(grp.name, context, region)
            if grp.key.endswith(" state") and not grp.name.endswith(" State"):
                # a state whose name alone is another place ("the governor of Washington"
                # beside the capital): named as the state, an entity of its own
                grp.name = f"{grp.name} State"
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
