"""Roles of people: pre-name titles and appositions, read off spaCy's dependency parse.

"Brazilian President Ana Costa" gives the title "president" affiliated with Brazil; "his
wife, Lena Park" gives "wife" of the person "his" refers to. The vocabulary below is
general English news usage (office titles, ministerial portfolios, kinship and relation nouns),
never names of particular people or bodies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token


def words(block: str) -> list[str]:
    """The words of a whitespace-separated vocabulary block."""
    return block.split()


# Words that make up a person's title before a name: "Prime Minister", "Chief Executive".
TITLE_WORDS = frozenset(
    words(
        """
        president vice minister secretary chancellor premier king queen prince princess emperor
        pope ambassador envoy senator sen. governor gov. mayor representative rep. congressman
        congresswoman councillor councilor councilman councilwoman alderman lawmaker legislator
        assemblyman assemblywoman assemblymember
        general gen. admiral adm. colonel col. lieutenant lt.
        major maj. captain capt. sergeant sgt. commander chief director chairman chairwoman
        chair chairperson ceo cfo coo cto spokesman spokeswoman spokesperson judge justice
        attorney prosecutor leader deputy commissioner officer sheikh ayatollah archbishop
        bishop cardinal rabbi imam reverend rev. dr. dr mr. mr mrs. mrs ms. ms sir lord lady
        dame coach manager striker goalkeeper midfielder defender founder co-founder executive
        analyst economist professor prof. candidate counterpart superintendent inspector
        detective sheriff head speaker whip marshal minister-president governor-general monarch
        crown dictator premier-elect president-elect chief-executive partner owner editor
        correspondent diplomat negotiator mediator adviser advisor aide ally rival opponent
        successor predecessor wife husband son daughter brother sister father mother widow
        spouse partner uncle aunt nephew niece cousin grandson granddaughter boss colleague
        lawyer supt supt. insp insp. det det. cllr cllr. cdr cdr. cmdr cmdr.
        """
    )
)

# Nouns that relate a person to another person ("his wife", "her counterpart").
RELATION_WORDS = frozenset(
    words(
        """
        wife husband son daughter brother sister father mother widow spouse partner uncle aunt
        nephew niece cousin grandson granddaughter counterpart aide adviser advisor ally rival
        successor predecessor boss colleague lawyer deputy opponent friend
        """
    )
)

# Relations that mean nothing without the person they relate to: "son" is someone's son. A role
# made of one of these is kept only with that person ("of").
KINSHIP_WORDS = frozenset(
    words(
        """
        wife husband son daughter brother sister father mother widow widower spouse uncle aunt
        nephew niece cousin grandson granddaughter grandfather grandmother stepson stepdaughter
        fiance fiancee girlfriend boyfriend friend counterpart successor predecessor boss
        colleague ally rival opponent
        """
    )
)

# Occupations an apposition may give ("Ana Ruiz, a teacher"), besides the titles above: general
# English nouns for what a person does. An apposition whose head is none of these (nor a title,
# a relation, or an agent noun in -ist / -ian) gives no role: "percent", "trouble".
OCCUPATION_WORDS = frozenset(
    words(
        """
        teacher student doctor nurse farmer engineer scientist researcher journalist reporter
        writer author artist actor actress singer musician player driver pilot soldier worker
        resident activist businessman businesswoman entrepreneur investor banker physician
        surgeon priest pastor veteran official member chef designer architect photographer
        filmmaker director producer broadcaster presenter host campaigner organiser organizer
        volunteer founder owner employee trader broker consultant accountant programmer
        developer officer agent expert strategist pollster commentator novelist poet
        historian professor lecturer scholar athlete champion teammate captain coach referee
        politician lawmaker diplomat minister mayor councillor candidate nominee voter
        moderator anchor principal headmaster headmistress superintendent
        """
    )
)

# Honorifics that are no role on their own ("Mr. Obama" gives no role "mr."; a knighthood,
# "Sir Alan Roe", "Dame Ann Roe", is an honour, no office).
BARE_HONORIFICS = frozenset(words("mr mr. mrs mrs. ms ms. miss mx mx. messrs messrs. sir dame"))


def is_role_noun(token: Token) -> bool:
    """Can this noun head a person's role: a title, a relation or an occupation?"""
    lower = token.lower_
    lemma = token.lemma_.lower()
    if lower in BARE_HONORIFICS:
        return False
    vocab = TITLE_WORDS | RELATION_WORDS | KINSHIP_WORDS | OCCUPATION_WORDS
    if lower in vocab or lemma in vocab:
        return True
    # Agent nouns: "economist", "historian", "spokeswoman" (not "list", "median").
    return token.is_alpha and len(lower) >= 7 and lower.endswith(("ist", "ian", "man", "woman"))


# Abbreviated titles and the office each stands for: "Gov. Mike Pence" and "Governor Pence"
# hold one office.
TITLE_ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "adm": "admiral",
    "col": "colonel",
    "lt": "lieutenant",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "prof": "professor",
    "rev": "reverend",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "cllr": "councillor",
    "cdr": "commander",
    "cmdr": "commander",
}


# Portfolios and offices that qualify a title ("Finance Minister", "Foreign Secretary"): on
# their own before a title they are not organizations.
PORTFOLIO_WORDS = frozenset(
    words(
        """
        interior foreign defense defence finance justice economy economic trade health education
        energy labour labor agriculture environment transport transportation home treasury state
        security intelligence culture tourism industry commerce communications information
        housing immigration development planning sports youth oil petroleum mines science
        technology welfare affairs homeland prime executive operating financial general attorney
        vice deputy acting former chief senior assistant associate managing
        """
    )
)

# Honorifics a person's name may start with but that are not part of the name.
HONORIFICS = frozenset(
    words(
        """
        mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof. prof rev. rev baron baroness
        viscount viscountess marquess marchioness countess
        """
    )
)

# Letters written after a person's name for an office, a rank or an honour ("Guy Roe QC",
# "Ann Lee MP"): not part of the name, and no sign of an organization's initials.
POST_NOMINALS = frozenset(
    ["MP", "MEP", "MSP", "MLA", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "FRS"]
)

_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


def is_title_token(token: Token) -> bool:
    return token.lower_ in TITLE_WORDS


@dataclass(slots=True)
class RoleFinding:
    """A role read from the parse, with token indices of its evidence and what it points at."""

    title: str
    start: int  # token index of the evidence span
    end: int
    affiliation_token: int | None = None  # token index of a country/org word in the evidence
    of_token: int | None = None  # token index of the person it is relative to (a name)
    of_pronoun: bool = False  # "his wife": relative to the person a pronoun refers to


# Honorifics of a degree or of the clergy: a title of the person, of no body.
_SCHOLARLY_HONORIFICS = frozenset(("dr", "prof", "rev"))


def pre_name_title(
    doc: Doc, name: Span, is_affiliation: Callable[[int], bool]
) -> RoleFinding | None:
    """ "German Finance Minister Anna Roth" -> "finance minister", "German" as affiliation.

    Walks left from the name over words that spaCy attached to the name (compounds, adjectives,
    possessors), stopping at determiners, punctuation and verbs.
    """
    i = name.start - 1
    found: list[Token] = []
    while i >= 0:
        tok = doc[i]
        if tok.is_space and "\n" not in tok.text:
            i -= 1  # a no-break space between the title and the name ("Gov.\u00a0Mike Pence")
            continue
        if tok.is_space or (tok.is_punct and tok.text not in ("-", ".")):
            break
        if tok.dep_ not in ("compound", "amod", "nmod", "poss", "case") and tok.head.i < name.start:
            break
        if tok.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "NUM"):
            break
        found.append(tok)
        i -= 1
    if not found:
        return None
    found.reverse()
    if found[0].dep_ == "case" or found[0].text in ("'s", "’s"):
        found = found[1:]
    vocabulary = TITLE_WORDS | PORTFOLIO_WORDS
    if not any(w.lower_ in TITLE_WORDS and w.lower_ not in BARE_HONORIFICS for w in found):
        return None
    # The title starts at its first title or portfolio word; anything before is affiliation.
    first = next(k for k, w in enumerate(found) if w.lower_ in vocabulary)
    # Two roles stacked before a name keep the one next to it: "Gov." of "vice-presidential
    # nominee Gov. Mike Pence" (not "vice gov."), "Sen." of "presidential candidate Sen. X".
    for k in range(len(found) - 2, first - 1, -1):
        w = found[k]
        stacked = w.lower_ not in TITLE_WORDS or w.lower_ in ("candidate", "nominee")
        if w.pos_ == "NOUN" and stacked and w.lower_ not in PORTFOLIO_WORDS and is_role_noun(w):
            if any(x.lower_ in TITLE_WORDS for x in found[k + 1 :]):
                first = k + 1
            break
    title_words = [
        w.lower_
        for w in found[first:]
        if w.lower_ in vocabulary and w.lower_ not in BARE_HONORIFICS
    ]
    head = found[-1]
    if head.lower_ not in vocabulary and head.pos_ == "NOUN" and is_role_noun(head):
        # The title is the whole phrase its head noun ends: "vice presidential nominee".
        title_words = [w.lower_ for w in found[first:] if w.lower_ not in BARE_HONORIFICS]
    affiliation = next((w.i for w in found if is_affiliation(w.i)), None)
    of_token = None
    of_pronoun = False
    if title_words and title_words[-1] in KINSHIP_WORDS:
        # "Biden's son Hunter", "his wife Jill": the relation is to the possessor.
        owner = next((w for w in found if w.dep_ == "poss" and w.pos_ == "PROPN"), None)
        before = doc[found[0].i - 1] if found[0].i > 0 else None
        if owner is not None:
            of_token = owner.i
            affiliation = None if affiliation == owner.i else affiliation
        elif before is not None and before.lower_ in _POSSESSIVE_PRONOUNS:
            of_pronoun = True
    if title_words and all(w.rstrip(".") in _SCHOLARLY_HONORIFICS for w in title_words):
        # "Archbishop of Canterbury Dr Rowan Williams": "Dr" is his, "Canterbury" is the end
        # of the office before it, not the doctor's affiliation
        affiliation = None
        found = found[-len(title_words) :]
    title_words = [TITLE_ABBREVIATIONS.get(w.rstrip("."), w) for w in title_words]
    return RoleFinding(
        title=" ".join(title_words),
        start=found[0].i,
        end=found[-1].i + 1,
        affiliation_token=affiliation,
        of_token=of_token,
        of_pronoun=of_pronoun,
    )


def apposition_roles(
    doc: Doc, name: Span, is_affiliation: Callable[[int], bool]
) -> list[RoleFinding]:
    """Roles given by an apposition on either side: "his wife, C. F." / "N. M., an ally of X"."""
    out: list[RoleFinding] = []
    head = name.root
    nouns: list[Token] = []
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        nouns.append(head.head)  # "his Polish counterpart, Jan Nowak" (the name hangs off the noun)
    nouns.extend(c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN")
    for noun in nouns:
        if not is_role_noun(noun):
            continue  # "5 percent", "trouble": no title, relation or occupation
        subtree = [t for t in noun.subtree if t.i < name.start or t.i >= name.end]
        if not subtree:
            continue
        left = min(t.i for t in subtree)
        right = max(t.i for t in subtree) + 1
        if noun.i < name.start:
            right = min(right, name.start)
        while right > left and (doc[right - 1].is_punct or doc[right - 1].is_space):
            right -= 1
        mods = [c for c in noun.children if c.dep_ == "compound" and c.lower_ in TITLE_WORDS]
        title = " ".join([m.lower_ for m in mods] + [noun.lemma_.lower()])
        affiliation = next(
            (t.i for t in noun.subtree if left <= t.i < right and is_affiliation(t.i)), None
        )
        of_token = None
        of_pronoun = False
        relation = noun.lower_ in RELATION_WORDS or noun.lower_ in KINSHIP_WORDS
        for c in noun.children:
            if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS:
                of_pronoun = relation
            elif c.dep_ == "poss" and c.pos_ == "PROPN":
                of_token = c.i
            elif c.dep_ == "prep" and c.lower_ == "of" and relation:
                # "the son of Joe Biden": the relation is to the object of "of", if a name.
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "PROPN" and not name.start <= obj.i < name.end:
                    of_token = obj.i
        out.append(
            RoleFinding(
                title=title,
                start=left,
                end=right,
                affiliation_token=affiliation,
                of_token=of_token,
                of_pronoun=of_pronoun,
            )
        )
    return out
