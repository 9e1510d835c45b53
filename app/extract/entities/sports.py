"""Sports reports: recognising one, and the team names in its score lines and tables."""

from __future__ import annotations

from spacy.tokens import Doc

from app.extract.entities.candidates import _Cand, _is_score, _locative
from app.extract.entities.lexicon import _NAME_PARTICLES, _SPORT_NAMES, _SPORTS_WORDS
from app.extract.entity_names import is_given_name
from app.extract.model import fold
from app.extract.places import Gazetteer
from app.extract.roles import (
    TITLE_WORDS,
    words,
)
from app.extract.tokens import doc_text, token_table

# Last words of club names: "X United", "X City" in a sports report is a team, not a place.
_CLUB_WORDS = frozenset(
    words("united city fc rovers athletic athletico wanderers albion town hotspur juniors rangers")
)


_VERSUS = frozenset(words("v v. vs vs. versus"))

# What one team does to another: "Ulster were playing Gloucester", "Leeds beat Hull".
_MATCH_VERBS = frozenset(
    words(
        """
        play beat face host meet defeat thrash trounce edge overcome outplay eliminate knock
        hammer rout sink down hold
        """
    )
)
# What a team does, said of its subject only ("Leeds won", but "win the Grand Slam").
_TEAM_VERBS = _MATCH_VERBS | frozenset(words("draw lose win"))
# The preposition that brings in the other team: "lost to Hull", "drew with Leeds".
_OPPONENT_AFTER = {"lose": "to", "draw": "with", "win": "over"}
_FIXTURES = frozenset(words("game match clash tie fixture meeting derby"))
# What a player does for a team ("his goalkicking for Sale", "scored twice for Leeds") or the
# move between two ("on loan from Chelsea", "his transfer to Hull").
_FOR_TEAM = frozenset(
    words(
        """
        play score kick goalkicking kicking debut appearance appearances goal goals try tries
        sign start captain
        """
    )
)
_MOVE_WORDS = frozenset(words("loan transfer move switch sign signing bid deal join"))
# People a team has: "Newcastle boss Graeme Souness", "the Leeds striker".
_TEAM_PEOPLE = frozenset(
    words(
        """
        boss manager coach striker midfielder defender goalkeeper keeper winger forward
        captain fly-half flanker prop hooker scrum-half fullback full-back fans supporters
        squad
        """
    )
)


def _plays(doc: Doc, start: int, end: int) -> bool:
    """Does the sentence use the name at tokens [start, end) as a team: one that plays, beats
    or faces another, or is played against, or a player's team or transfer's end?"""
    root = doc[start:end].root
    head = root.head
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX") and (
        (root.dep_ == "nsubj" and lemma in _TEAM_VERBS)
        or (root.dep_ == "dobj" and lemma in _MATCH_VERBS)
    ):
        return True
    if root.dep_ == "compound" and head.lower_ in _TEAM_PEOPLE and head.i == end:
        return True
    if root.dep_ != "pobj":
        return False
    prep = head.lower_
    over = head.head
    if prep in ("against", "versus"):
        return True
    if _OPPONENT_AFTER.get(over.lemma_.lower()) == prep:
        return True
    if prep == "with" and over.lemma_.lower() in _FIXTURES:
        return True  # "Friday's game with Ulster"
    if prep == "for" and over.lemma_.lower() in _FOR_TEAM:
        return True
    return prep in ("from", "to") and over.lemma_.lower() in _MOVE_WORDS


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
    dates = {k for e in doc.ents if e.label_ in ("DATE", "TIME") for k in range(e.start, e.end)}
    i = 0
    while i < n:
        j = i
        while (
            j < n
            and j - i < 4
            and j not in covered
            and j not in dates  # "September 1" is a date, not a team and its score
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


def _listed_with(c: _Cand, cands: list[_Cand], doc: Doc) -> list[_Cand]:
    """The other names of a list the name stands in, read from the surface: names joined
    only by commas and "and" ("Leicester, Leeds United and Arsenal")."""
    names = [o for o in cands if o.kind == "name"]
    by_start = {o.tok_start: o for o in names}
    by_end = {o.tok_end: o for o in names}
    joints = (",", "and", "&")
    out: list[_Cand] = []
    k = c.tok_end
    while True:
        j = k
        while j < len(doc) and j - k < 2 and doc[j].lower_ in joints:
            j += 1
        nxt = by_start.get(j) if j > k else None
        if nxt is None:
            break
        out.append(nxt)
        k = nxt.tok_end
    k = c.tok_start
    while True:
        j = k
        while j > 0 and k - j < 2 and doc[j - 1].lower_ in joints:
            j -= 1
        prev = by_end.get(j) if j < k else None
        if prev is None:
            break
        out.append(prev)
        k = prev.tok_start
    return out


def _nation(name: str, g: Gazetteer) -> bool:
    """A country, or a first-level division of the United Kingdom (its nations: England,
    Scotland, Wales, Northern Ireland), each with national teams."""
    if g.country(name) is not None:
        return True
    return any(d.first_level and d.country_code == "GB" for d in g.divisions.get(fold(name), []))


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
        # A town that plays: a club of that town (not a nation: a country or one of the
        # United Kingdom's own nations fields a national side, which stays a place).
        plays = (
            c.type == "place"
            and (g.is_place(name) or bool(g.divisions.get(fold(name))))
            and not _nation(name, g)
            and _plays(doc, c.tok_start, c.tok_end)
        )
        if c.type == "person":
            # "M. Vaughan 57" is a batsman; "Leeds United 3" a club; "Slight 280" a rider.
            if len(ws) > 1:
                # "Atletico Paranaense 1": a name before a score with no given name or initial.
                player = is_given_name(ws[0]) or ws[0].endswith(".")
                ok = club or (not player and (g.is_place(ws[0]) or scored))
            else:
                ok = fold(name) not in surnames and (scored or facing)
        else:
            ok = club or scored or facing or plays
        if ok:
            teams.add(fold(name))
    # A town listed with clubs (teams found above, or "X United") and no place is a club: "the
    # top three of Leicester, Leeds United and Arsenal".
    for c in cands:
        name = text[c.start : c.end]
        if c.kind != "name" or c.type != "place" or c.country is not None or _nation(name, g):
            continue
        listed = _listed_with(c, cands, doc)
        if any(o.type == "place" and fold(text[o.start : o.end]) not in teams for o in listed):
            continue
        if g.city(name) is not None and any(
            fold(text[o.start : o.end]) in teams
            or text[o.start : o.end].split()[-1].lower() in _CLUB_WORDS
            for o in listed
        ):
            teams.add(fold(name))
    if not teams:
        return
    for c in cands:
        if c.kind != "name" or c.country is not None or fold(text[c.start : c.end]) not in teams:
            continue
        nxt = doc[c.tok_end] if c.tok_end < n else None
        if nxt is not None and nxt.text[:4].isdigit() and not _is_score(nxt):
            continue  # a dateline: "LEEDS 1996-08-24"
        if (
            _locative(doc[c.tok_start : c.tok_end])
            and not _score_after(doc, c.tok_end)
            and not _plays(doc, c.tok_start, c.tok_end)
        ):
            continue  # the venue: "at Leeds on Sunday" (not "on loan from Leeds")
        if c.type != "organization" and c.key:
            c.key = f"organization:{fold(text[c.start : c.end])}"
        c.type = "organization"
