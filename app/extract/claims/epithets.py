"""A source named by an epithet: "the Vermont senator", "the former Labour leader" standing for
the person who has just spoken, as news writing names a speaker a second time."""

from __future__ import annotations

import re

from spacy.tokens import Token

from app.extract.coref import description_contradicts
from app.extract.model import Entity, Mention
from app.extract.roles import TITLE_ABBREVIATIONS

# Offices one person holds at a time, none of them another's: once the article has called a
# speaker by one ("the home secretary said"), another ("the prime minister said") is someone else.
_SOLE_OFFICES = frozenset(
    {"president", "senator", "governor", "mayor", "minister", "premier", "chancellor"}
    | {"congressman", "congresswoman", "commissioner", "ambassador"}
    | {"secretary"}  # "the foreign secretary", "the home secretary"; not a press secretary
)
# Nouns of office or standing by which news writing names again someone just named ("the
# senator", "the GOP front-runner", "the billionaire"). Nouns of people who stand beside
# another ("the spokesman", "the lawyer", "the aide") or who come in newly ("the judge", "the
# officer") are not among them.
EPITHET_NOUNS = _SOLE_OFFICES | frozenset(
    {"leader", "candidate", "nominee", "runner", "frontrunner", "lawmaker", "politician"}
    | {"chairman", "chairwoman", "veteran", "actor", "actress"}
    | {"billionaire", "businessman", "businesswoman", "mogul", "tycoon"}
)
# A party's member by the party's name, as news writing names a politician again ("the
# Wisconsin Republican", "the self-described democratic socialist"): no office, so the offices
# the article gives tell nothing for or against it, and anyone else named since may be meant.
_PARTY_NOUNS = frozenset({"republican", "democrat", "socialist"})
# Secretaries who stand beside another, not in an office of their own, and words that make
# an office another one ("the shadow chancellor" is the opposition's, not the chancellor).
_AIDE_SECRETARIES = frozenset({"press", "private", "personal", "executive", "parliamentary"})
_OTHER_RANKS = frozenset({"shadow", "deputy", "former", "ex", "vice", "assistant", "junior"})
# Titles that are a form of address, not an office: they tell nothing against an epithet.
_ADDRESS_TITLES = frozenset({"lord", "lady", "sir", "dame", "mr", "mrs", "ms", "dr", "prof"})
# Words opening a sentence that sets a new speaker against the last ("But the president said").
_CONTRAST_OPENERS = frozenset({"but", "however", "yet", "meanwhile", "still"})


def sole_office(head: Token) -> str | None:
    """The office a definite epithet source names ("secretary" of "the home secretary"), when
    it is one a person holds alone; None for standings ("the candidate") and names."""
    word = head.lemma_.lower()
    if head.pos_ != "NOUN" or word not in _SOLE_OFFICES:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    return word


def _office_words(entity: Entity) -> set[str]:
    """The words of the offices the article gives a person ("senator" for "Sen. Roe")."""
    found: set[str] = set()
    for role in entity.roles:
        for word in re.findall(r"[a-z]+", role.title.lower()):
            found.add(TITLE_ABBREVIATIONS.get(word, word))
    return found


def _modifiers(head: Token) -> list[Token]:
    """The words before a noun that say which one it is ("foreign", "shadow")."""
    return [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i]


def _of_a_department(head: Token) -> bool:
    """Is "secretary" the office of a department ("the foreign secretary", "the health
    secretary"), not an aide's post ("the press secretary"), another rank ("the shadow home
    secretary") nor bare?"""
    mods = _modifiers(head)
    return bool(mods) and not any(
        m.lower_ in _AIDE_SECRETARIES or m.lower_ in _OTHER_RANKS for m in mods
    )


def _says_which(head: Token) -> bool:
    """Does a capitalised word before the noun say which one it is ("the Vermont senator",
    "the GOP candidate")?"""
    return any(
        m.text[:1].isupper() and not m.is_sent_start and m.lower_ not in _ADDRESS_TITLES
        for m in _modifiers(head)
    )


def _held_by_another(
    word: str, entity: Entity, mentions: list[tuple[Mention, Entity]], start: int
) -> bool:
    """Does the article give the office or standing `word` itself (not a former or deputy one)
    to a person other than `entity`, named before `start`?"""

    def holds(e: Entity) -> bool:
        for role in e.roles:
            title = [
                TITLE_ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z]+", role.title.lower())
            ]
            if title[-1:] == [word] and not set(title) & _OTHER_RANKS:
                return True
        return False

    return any(
        e.type == "person" and e.id != entity.id and m.start < start and holds(e)
        for m, e in mentions
    )


def epithet_speaker(
    head: Token,
    start: int,
    end: int,
    mentions: list[tuple[Mention, Entity]],
    last: tuple[Entity, int],
    same_words: bool = False,
    called: frozenset[str] = frozenset(),
) -> Entity | None:
    """The person a definite description of office or standing names ("The Vermont senator
    told ...", "the former Labour leader said"): the last speaker (`last`: the entity and where
    its claim ends), when that claim ends in the description's sentence or the two before, no
    other person is named between, the sentence does not open by setting someone against them
    ("But the prime minister said"), and the offices the article gives the speaker, if any,
    hold the description's noun. A person named since who holds offices the article gives,
    none of them the noun ("Mayor Sam Reed" before "the candidate"), is not who it names; the
    same words the last speaker was named by (`same_words`: "The prime minister conceded ...
    But the prime minister pointed out") name that speaker again, "But" or not. `called`: the
    sole offices (`sole_office`) earlier sources of this article named the speaker by; one of
    them, and not this one, is someone else's ("The home secretary said ... The prime minister
    said"). None otherwise."""
    entity, last_end = last
    if (
        entity.type != "person"
        or head.pos_ not in ("NOUN", "PROPN")
        or head.tag_ not in ("NN", "NNP")
    ):
        return None
    word = head.lemma_.lower()
    offices = _office_words(entity) - _ADDRESS_TITLES
    party = word in _PARTY_NOUNS
    if word not in EPITHET_NOUNS and word not in offices and not party:
        return None  # "the archbishop" only for someone the article calls one
    if word in _SOLE_OFFICES and called and word not in called:
        return None  # called "the home secretary" before: "the prime minister" is another
    if word == "secretary" and word not in offices and not _of_a_department(head):
        return None  # "the press secretary", a bare "the secretary": an aide as likely
    if word == "chancellor" and word not in offices and _modifiers(head):
        return None  # "the shadow chancellor", "the German chancellor": maybe someone else
    doc = head.doc
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    phrase = doc.char_span(start, end, alignment_mode="expand")
    if phrase is None or any(t.ent_type_ == "PERSON" for t in phrase):
        return None  # a name of its own
    if any(
        c.dep_ in ("acl", "prep", "appos", "poss")
        or (c.dep_ == "relcl" and doc[c.left_edge.i - 1].text != ",")
        for c in head.children
    ):
        # "the leader of the union", "the party's leader", "the senator who wrote the bill":
        # someone related, or picked out; an aside set off by a comma ("the businessman, who
        # campaigned Monday in Dover,") only tells more of the one named
        return None
    if last_end > start:
        return None
    others: list[tuple[int, int]] = []  # people of another office named since
    for m, e in mentions:
        if last_end <= m.start < start and e.type == "person" and e.id != entity.id:
            held = _office_words(e) - _ADDRESS_TITLES
            if held and word not in held and not party:
                others.extend((n.start, n.end) for n in e.mentions)
                continue
            return None  # someone else named since
    own = [(m.start, m.end) for m in entity.mentions] + others
    for t in doc:
        if t.idx >= start:
            break
        if (
            t.idx >= last_end
            and t.ent_type_ == "PERSON"
            and not any(a <= t.idx < b for a, b in own)
        ):
            return None  # a person the entities missed
    sents = list(doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= head.i < s.end), None)
    if k is None or sents[max(0, k - 2)].start_char > last_end:
        return None
    opener = next((t for t in sents[k] if not (t.is_punct or t.is_space)), None)
    if opener is not None and opener.lower_ in _CONTRAST_OPENERS and not same_words:
        return None
    if offices and word not in offices and not party:
        return None  # "Tory leader Ann Roe ... the chancellor said": another office
    if (
        not party
        and word not in offices
        and _says_which(head)
        and _held_by_another(word, entity, mentions, start)
    ):
        # "Senator Ben Sand ... Ana Roe said ... the Vermont senator said": a senator the
        # words pick out, whom the article names, not the last speaker it never called one (a
        # bare "the senator" goes on with the last speaker)
        return None
    if description_contradicts(doc, head, entity, mentions):
        return None  # "Norfolk police chief Andy Hayman ... The Metropolitan police chief"
    for m in entity.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if (
            span is not None
            and span[-1].tag_ in ("NNS", "NNPS")
            and "the" in (span[0].lower_, doc[span.start - 1].lower_ if span.start else "")
        ):
            return None  # "The Lib Dems accused ...": a body of many, no one office holder
    return entity
