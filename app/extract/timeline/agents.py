"""Who does an event: named mentions by token, the subject's entity (through apposition and, for
"he"/"she", coreference checked against the last named subject), and an entry's participants.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from app.extract import coref
from app.extract.model import (
    Claim,
    Entity,
    Mention,
)
from app.extract.roles import KINSHIP_WORDS, OCCUPATION_WORDS, RELATION_WORDS, TITLE_WORDS
from app.extract.timeline.event import _Event
from app.extract.timeline.syntax import (
    _doer,
    _subject,
    contracted_perfect,
    listed_participle,
    passive_own,
)


class NameIndex(dict[int, tuple[Mention, Entity]]):
    """Token index -> the named mention (and its entity) that covers it, with the gender the
    article gives each person ("m"/"f", `coref.person_genders`) and the pronoun it takes."""

    def __init__(self, genders: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.genders: dict[str, str] = dict(genders or {})
        self.pronouns: dict[str, str] = {
            k: "he" if g == "m" else "she" for k, g in self.genders.items()
        }
        self.coref: dict[int, coref.Antecedent | None] = {}  # pronoun token -> its antecedent


def _name_mentions(doc: Doc, entities: list[Entity]) -> NameIndex:
    """Token index -> the named mention (and its entity) that covers it."""
    mentions = sorted(((m, e) for e in entities for m in e.mentions), key=lambda p: p[0].start)
    out = NameIndex(coref.person_genders(doc, mentions))
    # a surname the entity linker typed otherwise ("Clinton" as an organization) is the person
    # the article names in full ("Hillary Clinton"): the one of that surname mentioned more
    # often than all others of it together
    surnames: dict[str, list[Entity]] = {}
    for ent in entities:
        if ent.type == "person" and len(ent.name.split()) > 1:
            surnames.setdefault(ent.name.split()[-1].lower(), []).append(ent)
    for ent in entities:
        owner = ent
        bearers = sorted(surnames.get(ent.name.lower(), []), key=lambda e: -len(e.mentions))
        if ent.type != "person" and bearers:
            rest = sum(len(e.mentions) for e in bearers[1:])
            if len(bearers[0].mentions) > rest:
                owner = bearers[0]
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                held = out.get(tok.i)
                if held is None or len(m.text) > len(held[0].text):
                    out[tok.i] = (m, owner)
    return out


# "it" and "they" are left out: read on PolNeAR dev, their antecedents were mostly wrong (an
# expletive "it", "they" for a delegation resolved to a country)
_AGENT_PRONOUNS = frozenset(["he", "she"])


_MAX_HOPS = 40  # a profile says "he" a dozen times after the name: follow the whole chain


def _pronoun_antecedent(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """`_pronoun_reading`, unless the pronoun's own words rule that person out: a "he"/"she"
    subject is not someone named later in its own clause ("he regretted insulting Mr. Hale":
    not Hale), nor, when the clause it hangs in has an object "him"/"her" whose subject is
    that person ("Roe challenged her when she ran": her, not Roe), the subject (the object is
    someone else of that gender, whom the pronoun may well be)."""
    found = _pronoun_reading(tok, names)
    if found is None:
        return None
    if _named_in_own_clause(tok, found[1], names) or _object_pronoun_rival(tok, found[1], names):
        return None
    return found


_OBJECT_FORMS = {"he": "him", "she": "her"}


def _named_in_own_clause(
    tok: Token, entity: Entity, names: dict[int, tuple[Mention, Entity]]
) -> bool:
    """Is `entity` named after the subject pronoun inside the pronoun's own clause ("he
    regretted lobbing insults at Mr. Hale")? A pronoun does not stand for a name it governs."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    own = {w.i for w in tok.subtree}
    return any(
        w.i > tok.i and w.i not in own and w.i in names and names[w.i][1].id == entity.id
        for w in tok.head.subtree
    )


def _object_pronoun_rival(
    tok: Token, entity: Entity, names: dict[int, tuple[Mention, Entity]]
) -> bool:
    """Is the "he"/"she" the subject of a clause hung on one whose subject names `entity` and
    whose object is "him"/"her" before the pronoun ("Roe challenged her when she ran")? The
    object is another person of the pronoun's gender, as likely meant as the subject."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    form = _OBJECT_FORMS.get(tok.lower_)
    clause = tok.head
    for _ in range(3):
        if clause.dep_ not in ("advcl", "conj", "relcl", "ccomp") or clause.head.i == clause.i:
            return False
        clause = clause.head
        subject = _subject(clause)
        if subject is None:
            continue
        if subject.i not in names or names[subject.i][1].id != entity.id:
            return False
        return any(
            c.dep_ in ("dobj", "dative", "iobj") and c.lower_ == form and c.i < tok.i
            for c in clause.children
        )
    return False


def _pronoun_reading(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """For "he"/"she": the person the coreference model resolves it to (`coref.resolve`, as the
    claims resolve pronoun sources), kept only when the person last named as a subject before
    it (`_last_named_subject`) is the same one. The antecedent's head (or its apposition, "the
    mayor, Jo Park") must be a mention of a named person whose first name takes that pronoun.
    None otherwise: no agent rather than a guess. On 47 subject pronouns of the PolNeAR dev
    sample (benchmarks/read_timelines.py) the model alone was right 30 times and wrong 10, the
    last-named-subject rule alone 37 and 9, the two agreeing 27 and 3."""
    if tok.lower_ not in _AGENT_PRONOUNS:
        return None
    if _said_of_someone_unnamed(tok):
        return None  # "an architect who said he was stiffed": he is the architect
    if _bound_to_an_unnamed_subject(tok, names):
        return None  # "Actress Jo Vale (no person entity) was honored as she took home ..."
    main = _main_subject_reading(tok, names)
    if main is not None:
        return main  # "Jo Park studied in Lyon, where she ran a club": Jo Park
    relative = _relative_subject_reading(tok, names)
    if relative is not None:
        return relative  # "a triumph for Ann Roe, who has been revered since she emerged"
    governing = _governing_subject_reading(tok, names)
    if governing is not None:
        return governing  # "..., Hale declined, even though he was offered a slot": Hale
    fronted = _fronted_clause_reading(tok, names)
    if fronted is not None:
        return fronted  # "While he refused to free the inmates, Mr. Hale deemed ...": Hale
    if _quoted(tok):
        return None  # '"This is the attack he made last week," Roe said': he is whom Roe means
    plain = _plain_reading(tok, names)
    if plain is not None:
        return plain
    only = _only_person_it_can_be(tok, names)
    if only is not None:
        return only
    cache: dict[int, coref.Antecedent | None] | None = getattr(names, "coref", None)
    if cache is not None and tok.i in cache:
        found = cache[tok.i]
    else:
        found = coref.resolve(tok.doc, tok, max_hops=_MAX_HOPS)
        if cache is not None:
            cache[tok.i] = found
    if found is None:
        return None
    head = found.token  # the phrase's head, not a possessor in it ("Gary Johnson's doctor")
    named = names.get(head.i)
    for child in head.children:  # "the mayor, Jo Park"
        if named is None and child.dep_ == "appos" and child.i in names:
            named = names[child.i]
    if named is None or named[1].type != "person":
        return None
    if not _gender_fits(tok, named[1], names):
        return None  # "she" resolved to a man whose first name says "he": no agent
    if _said_by_no_one(tok):
        return None  # "(Trump, alleging that Obama ...,) said he would": the parse lost who said
    speaker = _named_speaker(tok, names)
    if speaker is not None and speaker[1].id != named[1].id:
        return None  # "Roe, claiming that Mayor Hale ..., said he would ...": he may be either
    if speaker is None and _said_by_an_unknown_name(tok, names):
        return None  # "Roe (no entity), claiming that Mayor Hale ..., said he would ..."
    if _rival_in_sentence(tok, named[1], names) and not _speaker_apart(
        tok, named[1], speaker, names
    ):
        return None  # "Trump lashed out at Khan after he delivered a speech": either man
    if _unnamed_person_subject_between(tok, names):
        return None  # "(Trump ...) The French president is expected to run. He has fielded"
    if (
        tok.sent.start > 0
        and not any(w.i in names for w in tok.doc[tok.sent.start : tok.i])
        and _other_person_quoted_before(tok, tok.doc[tok.sent.start - 1].sent, named[1], names)
    ):
        return None  # 'Kim's "execution has been challenged," Hale said. He has ...': either
    if _another_as_object(tok, named[1], names):
        return None  # "Tony Blair called him a giant. He held ...": him, then he, is not Blair
    check = _last_named_subject(tok, names)
    return named if check is not None and check[1].id == named[1].id else None


# The object form of each agent pronoun ("her" as an object only: dobj, dative, pobj).
_OBJECT_FORMS = {"he": "him", "she": "her"}


def _another_as_object(
    tok: Token, person: Entity, names: dict[int, tuple[Mention, Entity]]
) -> bool:
    """Did the clause that names `person` as its subject, in this sentence before the pronoun
    or in the sentence before, take "him" ("her") as its object? That object is by grammar
    someone else of the same gender ("Tony Blair called him a giant"), the one the story is
    about, so a "he" that follows may be either man: no agent rather than a guess."""
    form = _OBJECT_FORMS.get(tok.lower_)
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    for word in doc[start : tok.i]:
        if word.lower_ != form or word.dep_ not in ("dobj", "dative", "pobj"):
            continue
        verb = word.head.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else word.head
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i in names and names[c.i][1].id == person.id
            for c in verb.children
        ):
            return True
    return False


# Subordinators whose clause, hung on a main clause, takes its subject's person for "he"/"she"
# ("Jo Park was honored as she took home the award").
_BINDING_MARKS = {"as", "when", "while", "after", "before", "because", "since", "until",
                  "though", "although", "once"}  # fmt: skip


def _main_subject_reading(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """For a "he"/"she" that is the subject of a clause inside a sentence (a relative, adverbial,
    joined or reported clause, not the main one) whose main clause has a named person as its
    subject, before the pronoun: that person, as a reader reads it ("Freddy developed his
    passion for flying at the club, where he flew under power lines"; "Jeb Bush has no skills
    so he spent a fortune", inside one quotation). Not when another person the pronoun could
    stand for is named in the sentence before it, nor when a person named only by a common
    noun is a subject between them ("Roe said the judge erred when he ..."), nor across the
    edge of a quotation; None then, and for a pronoun of the main clause itself."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.sent.root.i:
        return None
    root = tok.sent.root
    subject = _subject(root)
    if subject is None or subject.i >= tok.i or subject.pos_ == "PRON":
        return None
    named = _named(subject, names)
    if (
        named is None
        and subject.pos_ == "NOUN"
        and not any(c.dep_ in ("det", "poss") for c in subject.children)
    ):
        # "GOP contender and former neurosurgeon Ben Carson responded": the parse joined the
        # title to the name; the name is the subject
        joined = [c for c in subject.children if c.dep_ == "conj"]
        if len(joined) == 1:
            named = _named(joined[0], names)
    return named if _pronoun_may_be(tok, subject, named, names) else None


def _pronoun_may_be(
    tok: Token,
    subject: Token,
    named: tuple[Mention, Entity] | None,
    names: dict[int, tuple[Mention, Entity]],
) -> bool:
    """Can the "he"/"she" `tok` be the person `named` by the earlier subject `subject`: the
    gender fits, no other person it could be is named in the sentence before it, no quotation
    edge lies between them, and no person named by a common noun is a subject between ("Roe
    said the judge erred when he ...": he may be the judge)?"""
    if named is None or not _gender_fits(tok, named[1], names):
        return False
    if _other_person_in_sentence(tok, named[1], names):
        return False
    if _quoted(tok) != _quoted(subject) or _quote_edge_between(subject, tok):
        return False
    return not any(
        word.dep_ in ("nsubj", "nsubjpass")
        and word.pos_ == "NOUN"
        and word.i not in names
        and coref.animacy(word) == "y"
        for word in tok.doc[subject.i + 1 : tok.i]
    )


def _governing_subject_reading(
    tok: Token, names: dict[int, tuple[Mention, Entity]], depth: int = 0
) -> tuple[Mention, Entity] | None:
    """For a "he"/"she" that is the subject of an adverbial or joined clause: the subject of the
    nearest clause it hangs on, when that is a named person written before it ("..., Tom Hale
    declined, even though he was offered a slot"; "when Hale called them liars (although he
    allowed that ...)"), or the same pronoun read as a person ("He married a woman he met in
    Lima"), with the checks of `_main_subject_reading`: no other person it could be named in
    the sentence before it, no person named by a common noun a subject between, no quotation
    edge between. Not through a clause of saying: "Roe said he ..." may mean anyone."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or depth > 3:
        return None
    clause = tok.head
    subject = None
    for _ in range(3):
        if clause.dep_ not in ("advcl", "conj", "relcl") or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            clause = clause.head if clause.dep_ != "ROOT" else clause
            if clause.pos_ not in ("VERB", "AUX"):
                return None
        subject = _subject(clause)
        if subject is not None:
            break
    if subject is None or subject.i >= tok.i:
        return None
    if subject.pos_ == "PRON":
        if subject.lower_ != tok.lower_:
            return None
        named = _pronoun_antecedent(subject, names)
    else:
        named = _named(subject, names)
    return named if _pronoun_may_be(tok, subject, named, names) else None


def _fronted_clause_reading(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """For a "he"/"she" that is the subject of an adverbial clause opening the sentence ("While
    he refused to free the inmates, Mr. Hale deemed ..."): the named person who is the subject
    of the main clause right after it, as a reader reads it, when the gender fits, the clause
    opens on its subordinator (or an adverb of it: "Even as he won ..."), no person is named
    in the sentence before the main subject but that one, and no quotation mark lies
    between."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
        return None
    main = clause.head
    if main.i != tok.sent.root.i or clause.right_edge.i >= main.i:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in _BINDING_MARKS:
        return None
    opening = tok.doc[tok.sent.start : mark.i]
    if not all(w.dep_ == "advmod" and w.pos_ == "ADV" and w.head.i in (mark.i, clause.i)
               for w in opening):  # fmt: skip
        return None  # the clause opens the sentence, or an adverb before it does: "Even as he"
    subject = _subject(main)
    if subject is None or subject.i < clause.right_edge.i or subject.pos_ != "PROPN":
        return None
    named = _named(subject, names)
    if named is None or named[1].type != "person" or not _gender_fits(tok, named[1], names):
        return None
    for word in tok.doc[tok.sent.start : subject.i]:
        other = names.get(word.i)
        if other is not None and other[1].id != named[1].id and other[1].type == "person":
            return None
    if _quote_edge_between(tok.doc[tok.sent.start], subject):
        return None
    return named


def _relative_subject_reading(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """For a "he"/"she" that is the subject of a clause inside a "who" relative clause (an
    adverbial or joined clause of it, not a complement of saying), whose noun is a named person:
    that person ("a triumph for Ann Roe, who has been revered since she emerged as an
    advocate"), when no other person it could be is named in the sentence before it and no
    quotation edge lies between."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    for _ in range(4):
        if clause.dep_ not in ("advcl", "conj") or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.dep_ == "relcl":
            break
    else:
        return None
    if clause.dep_ != "relcl" or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children
    ):
        return None
    named = _named(clause.head, names)
    if named is None or not _gender_fits(tok, named[1], names):
        return None
    if _other_person_in_sentence(tok, named[1], names):
        return None
    if _quoted(tok) != _quoted(clause.head) or _quote_edge_between(clause.head, tok):
        return None
    return named


def _quote_edge_between(first: Token, last: Token) -> bool:
    """Is a quotation mark between two words of a sentence?"""
    return any(t.is_quote or t.text in ("''", "``") for t in first.doc[first.i + 1 : last.i])


def _bound_to_an_unnamed_subject(tok: Token, names: dict[int, tuple[Mention, Entity]]) -> bool:
    """Is a "he"/"she" the subject of an "as"/"when"/"after" ... clause hung on a main clause
    whose subject is a proper name no person entity covers ("Actress Jo Vale was also honored
    as she took home the award", "Vale" typed as an organization)? The pronoun is that one, whom
    the entry cannot name: no one named earlier is given the deed."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _BINDING_MARKS for c in clause.children):
        return False
    subject = _subject(clause.head)
    if subject is None or subject.i > tok.i or subject.pos_ != "PROPN":
        return False
    named = names.get(subject.i)
    return named is None or named[1].type != "person"


def _plain_reading(
    tok: Token, names: dict[int, tuple[Mention, Entity]], depth: int = 0
) -> tuple[Mention, Entity] | None:
    """The person a "he"/"she" stands for when the sentence leaves no other reading, whatever
    the coreference model says (it reaches for a noun inside a quotation or a relative: "the
    driver", "his child"): the named speaker of the clause the pronoun is the subject of, who
    is also the person last named as a subject ("Marcus Webb, 42, told reporters that he had
    been eating ... when he heard"); the subject of the sentence before, when the pronoun is
    its own sentence's subject ("President Paul Renard condemned the attack. He announced
    ..."); the one person the sentence names before the pronoun, as a possessor ("Many of
    Trump's claims since he entered the race"), when the coreference model agrees. None when
    another person is named in the pronoun's sentence before it, or a name no entity covers is
    a subject since."""
    if _unnamed_person_subject_between(tok, names):
        return None
    if _said_by_no_one(tok) or _said_by_an_unknown_name(tok, names):
        return None
    owner = _sole_possessor_before(tok, names)
    if owner is not None and _gender_fits(tok, owner[1], names):
        found = coref.resolve(tok.doc, tok, max_hops=_MAX_HOPS)
        if found is not None and names.get(found.token.i, (None, None))[1] == owner[1]:
            return owner
    check = _last_named_subject(tok, names)
    if check is None or not _gender_fits(tok, check[1], names):
        return None
    if _other_person_in_sentence(tok, check[1], names) or _another_as_object(tok, check[1], names):
        return None
    speaker = _named_speaker(tok, names)
    if speaker is not None:
        reporter = _reporter(tok)
        if reporter is None or reporter.head.i > tok.i:
            return None  # "She didn't care ..., Gutin says": a tag after it, whom she means
        return check if speaker[1].id == check[1].id else None
    if tok.dep_ == "nsubj" and tok.head.i == tok.sent.root.i and tok.sent.start > 0:
        before = tok.doc[tok.sent.start - 1].sent
        if not any(w.i in names for w in tok.doc[tok.sent.start : tok.i]):
            subject = _subject(before.root)
            named = _named(subject, names) if subject is not None else None
            if (
                named is None
                and subject is not None
                and subject.lower_ == tok.lower_
                and depth < _MAX_CHAIN
            ):
                # "Clinton has promised ... . But she has also promised ... . She has praised
                # ...": the same pronoun, subject of sentence after sentence, is one person
                named = _plain_reading(subject, names, depth + 1)
            if (
                named is not None
                and named[1].id == check[1].id
                and not _other_person_quoted_before(tok, before, named[1], names)
            ):
                return check
    return None


_CHAIN_SENTENCES = 3  # sentences back a "he"/"she" may reach when each between holds one too


def _only_person_it_can_be(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """The one person a subject "he"/"she" outside quotation marks can be, whatever the
    coreference model says (it reaches for a man's name for "she", or for a month): the
    nearest person named before it whom the article gives the pronoun's gender ("The dynamics
    changed when Ann Roe won the debate, Mr. Reed decided not to run and she raised ...":
    Ann Roe), in its sentence or up to three before when every sentence between speaks of
    someone by the same pronoun. None when anyone else the pronoun could be is in reach: a
    person of that gender or of none the article gives, named in that stretch (or the
    sentence before it, when the name is in an earlier sentence than the pronoun); a person
    written by a common noun ("The former envoy discussed the gap between Ann Roe and Mr.
    Reed. He ...": the envoy, whom no name covers); a name no entity covers; and when the
    name is inside a quotation, or a named speaker of the pronoun's clause is someone
    else."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or _quoted(tok):
        return None
    if _said_by_no_one(tok) or _said_by_an_unknown_name(tok, names):
        return None
    named = _sole_person_before(tok, names, frozenset())
    if named is None or _another_as_object(tok, named[1], names):
        return None
    speaker = _named_speaker(tok, names)
    if speaker is not None and speaker[1].id != named[1].id:
        return None
    return named


def _sole_person_before(
    tok: Token, names: dict[int, tuple[Mention, Entity]], besides: frozenset[str]
) -> tuple[Mention, Entity] | None:
    """The search of `_only_person_it_can_be` for a "he"/"she"/"him"/"her", the persons of
    `besides` (whom the pronoun cannot be) left out."""
    found = _sole_mention_before(tok, names, besides)
    return found[1] if found is not None else None


def _sole_mention_before(
    tok: Token, names: dict[int, tuple[Mention, Entity]], besides: frozenset[str]
) -> tuple[int, tuple[Mention, Entity]] | None:
    """`_sole_person_before` with the index of the word of the name it found."""
    gender = coref.pronoun_gender(tok)
    genders = getattr(names, "genders", {})
    if gender not in ("m", "f"):
        return None
    doc = tok.doc
    sents = list(doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
    found: tuple[int, tuple[Mention, Entity]] | None = None
    for i in range(tok.i - 1, sents[max(here - _CHAIN_SENTENCES, 0)].start - 1, -1):
        named = names.get(i)
        if named is None or named[1].type != "person" or _names_a_thing(doc[i], names):
            continue
        if named[1].id in besides:
            continue
        known = genders.get(named[1].id, "")
        if known == gender:
            found = (i, named)
            break
        if not known:
            return None  # a person the article gives no gender: "he" may be that one
    if found is None or _quoted(doc[found[0]]):
        return None
    at, named = found
    if _pronoun_led_sentence(doc[at], gender):
        return None  # "He was not a shouter, as Mr. Reed can be. Rather, he ...": the first he
    there = next(k for k, s in enumerate(sents) if s.start <= at < s.end)
    same = coref.MALE if gender == "m" else coref.FEMALE
    for sent in sents[there + 1 : here]:
        if not any(w.lower_ in same for w in sent):
            return None  # the chain breaks: a sentence between speaks of no one by it
    # a name in the pronoun's own sentence is the one a reader reaches for; a name further back
    # must also stand alone in the sentence before its own
    rivals = sents[there if there == here else max(there - 1, 0)].start
    for word in doc[rivals : tok.i]:
        other = names.get(word.i)
        if (
            other is not None
            and other[1].type == "person"
            and other[1].id != named[1].id
            and other[1].id not in besides
            and not _names_a_thing(word, names)
            and genders.get(other[1].id, "") in ("", gender)
        ):
            return None
        if word.i < sents[there].start or other is not None:
            continue
        if word.ent_type_ == "PERSON" and word.pos_ == "PROPN":
            return None  # a name no entity covers
        if _unnamed_person(word, names, gender):
            return None
    return at, named


_OBJECT_PRONOUNS = frozenset(["him", "her", "his"])


def _clause_of(word: Token) -> int:
    """Index of the nearest verb a word hangs from (itself for a verb)."""
    node = word
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.i


def _possessor_antecedent(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """For a "his"/"her" possessor ("his brother died"): the one person it can be
    (`_sole_person_before`), unless that person is named in its own clause ("Ali's body was
    returned to his hometown") or is the subject of a clause it is inside ("Hale thanked his
    aides": a reader reads "his" as Hale's)."""
    found = _sole_mention_before(tok, names, frozenset())
    if found is None:
        return None
    at, named = found
    if _clause_of(tok.doc[at]) == _clause_of(tok):
        return None  # "Ali's body was returned to his hometown": the clause names him
    for verb in tok.ancestors:
        subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is None:
            continue
        if names.get(subject.i, (None, None))[1] == named[1]:
            return None
        if subject.pos_ == "PRON" and coref.pronoun_gender(subject) == coref.pronoun_gender(tok):
            return None  # "he thanked his aides": his is whoever he is
    return named


def object_antecedent(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """For a "him"/"her" object of a verb or of a verb's preposition, outside quotation marks
    (and a "his"/"her" possessor: `_possessor_antecedent`)
    ("Mr. Reed declined to attack him"): the one person it can be (`_sole_person_before`), not
    the subject of its own clause nor of the clauses that clause completes ("Reed declined to
    attack him": not Reed), whom it would be written as "himself". None when that subject is a
    pronoun no name is given for, and whenever `_sole_person_before` finds no one."""
    if tok.lower_ not in _OBJECT_PRONOUNS or _quoted(tok):
        return None
    if tok.dep_ == "poss":
        return _possessor_antecedent(tok, names)
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ in ("prep", "agent"):
        verb = verb.head
    elif tok.dep_ not in ("dobj", "dative"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    besides: set[str] = set()
    node: Token | None = verb
    for _ in range(4):
        if node is None:
            break
        subject = _subject(node)
        if subject is not None:
            if subject.pos_ == "PRON" and coref.pronoun_gender(subject) in ("m", "f"):
                resolved = resolve_agent(subject, names)
                if resolved is None:
                    return None  # "he declined to attack him": who is who, unsaid
                besides.add(resolved[1].id)
            elif subject.i in names:
                besides.add(names[subject.i][1].id)
            break
        if node.dep_ not in ("xcomp", "advcl", "conj") or node.head.i == node.i:
            break
        controller = next((c for c in node.head.children if c.dep_ == "dobj"), None)
        if node.dep_ == "xcomp" and controller is not None:
            # "Roe told Reed to attack him": Reed would attack, him is not Reed
            if controller.i in names:
                besides.add(names[controller.i][1].id)
            elif controller.pos_ == "PRON":
                return None
            break
        node = node.head
    named = _sole_person_before(tok, names, frozenset(besides))
    if named is None:
        return None
    for verb in tok.ancestors:
        subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is not None and names.get(subject.i, (None, None))[1] == named[1]:
            return None  # "Hale thanked the farmers for backing him": him is read as Hale
    return named


def _names_a_thing(word: Token, names: dict[int, tuple[Mention, Entity]]) -> bool:
    """Is a person's name here a modifier of a thing's noun ("a Trump administration", "the
    Clinton camp", "Reagan Democrats"), not a mention of the person?"""
    node = word
    while node.dep_ in ("compound", "flat") and node.head.i != node.i and node.head.i in names:
        if names[node.head.i][1].id != names[word.i][1].id:
            break
        node = node.head
    return (
        node.dep_ in ("compound", "amod", "nmod")
        and node.head.pos_ in ("NOUN", "PROPN")
        and (node.head.i not in names or names[node.head.i][1].type != "person")
    )


# Nouns of offices, kin and trades (general English, `roles`), people the learned animacy list
# may not know ("the envoy", "the mogul", "his rival").
_PERSON_NOUNS = TITLE_WORDS | RELATION_WORDS | KINSHIP_WORDS | OCCUPATION_WORDS


def _unnamed_person(word: Token, names: dict[int, tuple[Mention, Entity]], gender: str) -> bool:
    """Is this word one person written by a common noun a "he"/"she" of `gender` could be ("the
    envoy", "his wife"), not a name's title or apposition nor what someone is ("is a puppet")?"""
    if word.pos_ != "NOUN" or word.tag_ != "NN" or word.dep_ in ("attr", "compound"):
        return False
    person = coref.animacy(word) == "y" or word.lemma_.lower() in _PERSON_NOUNS
    if not person or coref.mention_gender(word) not in ("", gender):
        return False
    if word.dep_ == "appos" and word.head.i in names:
        return False  # "Andrew Rice, a former senator"
    head = word
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
        if head.i in names:
            return False  # "Andrew Rice, a Democrat and former senator"
    return not any(c.dep_ == "appos" and c.i in names for c in word.children)


# Verbs whose sentence tells what its subject said: a person named in it is one spoken of.
_SAID_VERBS = {"say", "tell", "add", "write", "tweet", "explain", "note", "argue", "insist",
               "claim", "recall", "warn", "complain"}  # fmt: skip


def _other_person_quoted_before(
    tok: Token, before: SpacySpan, entity: Entity, names: dict[int, tuple[Mention, Entity]]
) -> bool:
    """Is another person the pronoun could be named in what the sentence before has `entity`
    say (its complement or quotation: 'Mr. Kim's "execution has been challenged," Mr. Hale
    said. He has directed ...': he may be Kim, whom Hale spoke of)?"""
    root = before.root
    if root.lemma_.lower() not in _SAID_VERBS:
        return False
    subject = _subject(root)
    said = [w for w in before if subject is None or not (subject.left_edge.i <= w.i <= subject.i)]
    for word in said:
        other = names.get(word.i)
        if other is None or other[1].id == entity.id or other[1].type != "person":
            continue
        # a subject of what was said, or its possessor ("Kim's execution"), not a name deep in
        # a phrase ("sit-downs with Rhodes")
        owner = word
        while owner.dep_ in ("compound", "flat") and owner.head.i != owner.i:
            owner = owner.head
        if not (_names_a_subject(word) or (owner.dep_ == "poss" and _names_a_subject(owner.head))):
            continue
        if _gender_fits(tok, other[1], names):
            return True
    return False


_MAX_CHAIN = 4  # sentences that go on with the same subject pronoun


def _unknown_name(word: Token) -> bool:
    """Does a subject no entity covers look like a person's name: a name the recogniser calls a
    person, or a lone capitalised singular word with no determiner that the article never writes
    in lower case and the recogniser gives no other type ("Sanders attacked", parsed as a plural
    noun)?"""
    if word.ent_type_ == "PERSON" and word.pos_ == "PROPN":
        return True
    if word.ent_type_ or not word.is_title or word.tag_ not in ("NN", "NNP", "NNS"):
        return False
    if any(c.dep_ in ("det", "poss", "compound", "amod") for c in word.children):
        return False
    if word.text not in _surnames():
        return False  # "Visitors dwindled", "Unemployment has fallen": a common noun
    return not any(t.text == word.lower_ for t in word.doc)


@functools.lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """Common US surnames (Faker's en_US list), to tell a name the parser took for a plural
    noun ("Sanders", "Rogers") from a common noun that opens a sentence ("Visitors")."""
    try:
        from faker.providers.person.en_US import Provider
    except ImportError:  # pragma: no cover - Faker is a dependency
        return frozenset()
    return frozenset(str(name) for name in Provider.last_names)


def _named(word: Token, names: dict[int, tuple[Mention, Entity]]) -> tuple[Mention, Entity] | None:
    """The named person a noun is, by its own name or its apposition's ("the mayor, Jo Park")."""
    named = names.get(word.i)
    for child in word.children:
        if named is None and child.dep_ == "appos" and child.i in names:
            named = names[child.i]
    return named if named is not None and named[1].type == "person" else None


_RELATIVIZERS = frozenset(["whom", "who", "which", "that"])


def _relative_object_of(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """For a "he"/"she" that is the subject of a relative clause whose relative word is not its
    subject ("Mr. Bush, whom he attacked", "the man with whom she met"): the named person the
    clause describes, whom the pronoun cannot be (the clause gives that person another role)."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl":
        return None
    relative = next(
        (
            w
            for w in clause.subtree
            if w.lower_ in _RELATIVIZERS and w.i < tok.i and w.tag_ in ("WP", "WDT")
        ),
        None,
    )
    if relative is None or relative.dep_ in ("nsubj", "nsubjpass"):
        return None
    return _named(clause.head, names)


def _other_person_in_sentence(
    tok: Token, entity: Entity, names: dict[int, tuple[Mention, Entity]]
) -> bool:
    """Is a person other than `entity`, whom the pronoun could be (no other gender), named in
    the pronoun's sentence before it, not as a possessor, nor as the one an object relative
    the pronoun is the subject of describes?"""
    described = _relative_object_of(tok, names)
    for word in tok.doc[tok.sent.start : tok.i]:
        named = names.get(word.i)
        if named is None or named[1].id == entity.id or named[1].type != "person":
            continue
        if described is not None and named[1].id == described[1].id:
            continue  # "Mr. Hale praised Mr. Reed, whom he attacked": he is not Reed
        if _gender_fits(tok, named[1], names):
            return True
    return False


def _sole_possessor_before(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """The one person the pronoun's sentence names before it, when that name is a possessor
    ("Many of Trump's claims since he ...") or inside the sentence's subject, the pronoun not;
    None otherwise."""
    people = {
        names[w.i][1].id: (w, names[w.i])
        for w in tok.doc[tok.sent.start : tok.i]
        if w.i in names and names[w.i][1].type == "person"
    }
    if len(people) != 1:
        return None
    word, named = next(iter(people.values()))
    owner = word
    while owner.dep_ in ("compound", "flat") and owner.head.i != owner.i:
        owner = owner.head
    if owner.dep_ == "poss":
        return named
    # "The most telling promise Mrs. Clinton has made is that she will not ...": a name inside
    # the subject of the sentence
    subject = _subject(tok.sent.root)
    if subject is None or subject.pos_ in ("PROPN", "PRON"):
        return None  # "Hale, claiming that Mayor Reed ..., said he": Hale is the one who acts
    first, last = subject.left_edge.i, subject.right_edge.i
    return named if first <= word.i <= last and not first <= tok.i <= last else None


def _unnamed_person_subject_between(tok: Token, names: dict[int, tuple[Mention, Entity]]) -> bool:
    """Is the subject last before a "he"/"she" (past other pronouns) a person named only by a
    singular common noun ("The French president is expected to run in 2017. He has fielded
    ..."), not a name? "He" then most likely is that person, whom the entry cannot name."""
    for i in range(tok.i - 1, max(tok.i - 80, 0) - 1, -1):
        word = tok.doc[i]
        if word.dep_ not in ("nsubj", "nsubjpass") or word.pos_ == "PRON":
            continue
        if i in names or any(c.dep_ == "appos" and c.i in names for c in word.children):
            return False
        if _unknown_name(word) and not _quoted(word):
            # "Clinton won ... Sanders attacked the deal. He promised": a person no entity was
            # made for is the nearest one "he" can be, and the entry cannot name him
            return True
        if word.ent_type_ == "PERSON" or word.pos_ == "PROPN":
            return False
        if word.lower_ in _ONE_OF and _of_people(word, names):
            return True  # "One of Roe's aides handed out signs. He ...": the aide, unnamed
        return (
            word.pos_ == "NOUN"
            and word.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)
            and (coref.animacy(word) == "y" or word.lemma_.lower() in _PERSON_NOUNS)
        )
    return False


# Words that pick one out of a group ("one of her aides").
_ONE_OF = {"one", "each", "another", "either", "neither"}


def _of_people(word: Token, names: dict[int, tuple[Mention, Entity]]) -> bool:
    """Does "one"/"each" ... pick from people written by a common noun ("one of Roe's aides",
    "each of the officers"), not from named ones or things?"""
    for prep in word.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.i not in names:
                lemma = noun.lemma_.lower()
                return coref.animacy(noun) != "n" or lemma in _PERSON_NOUNS
    return False


def _rival_in_sentence(
    tok: Token, entity: Entity, names: dict[int, tuple[Mention, Entity]]
) -> bool:
    """Is another person the pronoun could stand for named before it in its sentence, not as a
    possessor ("Trump lashed out at Khan after he ...", "Roe met Hale before she ...")? The
    sentence names two; which one "he" is, the order of words does not tell. Not the person
    an object relative the pronoun is the subject of describes ("whom he attacked")."""
    described = _relative_object_of(tok, names)
    for word in tok.doc[tok.sent.start : tok.i]:
        named = names.get(word.i)
        if named is None or named[1].id == entity.id or named[1].type != "person":
            continue
        if described is not None and named[1].id == described[1].id:
            continue
        if word.dep_ == "poss" or any(c.dep_ == "case" for c in word.children):
            continue  # "Trump's remarks": a possessor is no one who acts
        if _gender_fits(tok, named[1], names) and getattr(names, "genders", {}).get(named[1].id):
            return True
    return False


def _speaker_apart(
    tok: Token,
    entity: Entity,
    speaker: tuple[Mention, Entity] | None,
    names: dict[int, tuple[Mention, Entity]],
) -> bool:
    """Is the "he"/"she" the subject of what `entity` itself says in a clause of its own, every
    other person of the sentence named before that clause begins ("Reed proposed a tax, while
    Jo Hale said he would cut spending": Hale)? The coreference model, the speaker and the
    order of the words then agree; a person named inside the clause of saying ("Hale, claiming
    that Reed ..., said he would") leaves it open, as does a clause of saying that is the
    sentence itself."""
    if speaker is None or speaker[1].id != entity.id or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = _reported_clause(tok.head)
    if clause.dep_ != "ccomp" or clause.head.i > tok.i:
        return False
    saying = clause.head
    if saying.dep_ not in ("advcl", "conj") or saying.left_edge.i <= tok.sent.start:
        return False
    for word in tok.doc[saying.left_edge.i : tok.i]:
        other = names.get(word.i)
        if other is not None and other[1].type == "person" and other[1].id != entity.id:
            return False
    return True


def _quoted(tok: Token) -> bool:
    """Is the pronoun inside a quotation (`quotes.quoted_spans`)? Inside a quotation "he"
    or "she" is the speaker's: someone the speaker talks about, who is most often not the person
    the writer last named (read on PolNeAR train: 6 of 9 wrong agents), so no agent is given."""
    from app.extract.quotes import quoted_spans
    from app.extract.tokens import doc_text

    return any(start < tok.idx < end for start, end in quoted_spans(doc_text(tok.doc)))


_OPENING_SINGLE = "\u2018"
_CLOSING_SINGLE = "\u2019"


def in_inner_quote(tok: Token) -> bool:
    """Is the word inside a quotation set in single marks within another quotation ('"Then Roe
    can say 'I can win anywhere,'" Hale said')? Its "I" is the one the inner quote is given
    to, not the speaker of the outer one. An apostrophe inside or at the end of a word
    ("I'm", "states'") opens nothing."""
    from app.extract.quotes import quoted_spans
    from app.extract.tokens import doc_text

    text = doc_text(tok.doc)
    outer = next(((a, b) for a, b in quoted_spans(text) if a < tok.idx < b), None)
    if outer is None:
        return False
    depth = 0
    for k in range(outer[0] + 1, tok.idx):
        ch = text[k]
        before = text[k - 1]
        after = text[k + 1] if k + 1 < len(text) else " "
        if ch == _OPENING_SINGLE or (ch == "'" and before in " \t\n(" and after.isalnum()):
            depth += 1
        elif depth and (ch in (_CLOSING_SINGLE, "'")) and not after.isalnum() and before != " ":
            depth -= 1
    return depth > 0


def speaker_of_pronoun(tok: Token, names: dict[int, tuple[Mention, Entity]]) -> Token | None:
    """For an "it"/"they" that is the subject of what a group or body says, the subject of the
    verb of saying it stands for ("The council said it would appeal": the council; "Police said
    they found the car": the police): an "it" of a body named or written as one (a name, or a
    noun such as "company", "ministry"), a "they" of a plural noun or of joined nouns. None for
    a clause whose "it" points at nothing ("said it was likely that ...", "said it would take
    weeks") and for anything else: the pronoun is no one a reader can place."""
    if tok.lower_ in _AGENT_PRONOUNS:
        return _unnamed_person_speaking(tok, names)
    if tok.lower_ not in ("it", "they") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.lemma_.lower() in _EMPTY_IT_VERBS and tok.lower_ == "it":
        return None
    clause = _reported_clause(verb)
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING:
        return None
    speaker = _subject(clause.head)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return None
    named = names.get(speaker.i)
    if named is not None and named[1].type == "person":
        return None
    joined = any(c.dep_ == "conj" for c in speaker.children)
    plural = speaker.tag_ in ("NNS", "NNPS") or joined
    if tok.lower_ == "they":
        return speaker if plural and not _other_plural_subject_before(tok, speaker) else None
    if plural:
        return None
    body = speaker.pos_ == "PROPN" or speaker.lemma_.lower() in _BODIES
    return speaker if body else None


def _other_plural_subject_before(tok: Token, speaker: Token) -> bool:
    """Is a plural subject of people other than the speaker written in the pronoun's sentence
    before the speaker ("The men have been released on bail but police say they may face
    prosecution")? The "they" may be those as well as the speakers."""
    for word in tok.doc[tok.sent.start : speaker.i]:
        if word.dep_ not in ("nsubj", "nsubjpass") or word.i == speaker.i:
            continue
        plural = word.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in word.children)
        if word.lower_ == "they" or (plural and coref.animacy(word) == "y"):
            return True  # people ("the men", "they"), not things ("times have changed")
    return False


def _unnamed_person_speaking(tok: Token, names: dict[int, tuple[Mention, Entity]]) -> Token | None:
    """For a "he"/"she" subject of what a person named by a singular common noun said, outside
    quotation marks ("One delegate said he tried to give away passes"): that speaker, whom the
    entry can write by its noun ("One delegate tried ..."), when no other person is written
    between them ("The aide said the senator erred when he ..." is either)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or _quoted(tok):
        return None
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING:
        return None
    speaker = _subject(verb.head)
    if (
        speaker is None
        or speaker.i > tok.i
        or speaker.pos_ != "NOUN"
        or speaker.tag_ != "NN"
        or speaker.i in names
        or coref.animacy(speaker) != "y"
        or not any(c.dep_ in ("det", "nummod", "poss") for c in speaker.children)
    ):
        return None
    for word in tok.doc[speaker.i + 1 : tok.i]:
        if (word.i in names and names[word.i][1].type == "person") or (
            word.pos_ in ("NOUN", "PROPN", "PRON") and coref.animacy(word) == "y"
        ):
            return None
    return speaker


# Verbs of saying whose "it"/"they" subject of the clause said is the speaker, most often.
_SAYING = {"say", "announce", "report", "state", "add", "tell", "confirm", "deny", "claim",
           "insist", "contend", "argue", "explain", "warn", "disclose", "indicate", "note",
           "acknowledge", "admit", "declare", "maintain", "predict", "estimate", "expect",
           "promise", "pledge", "vow", "threaten", "signal", "reply", "respond"}  # fmt: skip


# Verbs whose "it" is mostly no body ("it was likely", "it took weeks", "it seemed").
_EMPTY_IT_VERBS = {"be", "seem", "appear", "take", "remain", "become", "look", "sound", "feel",
                   "matter", "happen", "rain", "snow", "cost"}  # fmt: skip


# Nouns for a body that speaks as "it" ("the company said it would ...").
_BODIES = {"company", "firm", "government", "ministry", "department", "agency", "group",
           "party", "campaign", "committee", "council", "board", "court", "union", "bank",
           "administration", "army", "military", "network", "airline", "maker", "carrier",
           "commission", "office", "organization", "organisation", "association", "league",
           "team", "club", "university", "school", "hospital", "church", "parliament",
           "legislature", "senate", "house", "assembly", "cabinet", "regime", "state", "city",
           "county", "country", "nation", "police", "coalition", "alliance", "federation",
           "corporation", "concern", "unit", "subsidiary", "parent", "operator", "producer",
           "retailer", "publisher", "newspaper", "paper", "station", "magazine", "website",
           "service", "fund", "institute", "foundation", "movement", "panel", "jury",
           "tribunal", "prosecutor", "embassy", "consulate", "mission", "delegation",
           "authority", "regulator", "exchange", "market", "industry", "side"}  # fmt: skip


def _said_by_an_unknown_name(tok: Token, names: dict[int, tuple[Mention, Entity]]) -> bool:
    """Is the pronoun the subject of what a name says that no entity stands for ("Hale said he
    would ...", Hale unknown)? It may well be Hale: no one else is vouched for."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return False
    verb = tok.head.head
    if verb.lemma_.lower() not in _SAYING:
        return False
    speaker = _subject(verb)
    return speaker is not None and speaker.pos_ == "PROPN" and speaker.i not in names


def _said_by_no_one(tok: Token) -> bool:
    """Is the pronoun the subject of what a verb of saying reports, a verb whose own subject the
    parse lost? Who "he" is then, the sentence has not told the parse."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return False
    verb = tok.head.head
    finite = verb.tag_ in ("VBD", "VBZ", "VBP")  # "saying that he ...": a participle's doer is
    return finite and verb.lemma_.lower() in _SAYING and _subject(verb) is None  # its head's


def _reported_clause(verb: Token) -> Token:
    """The clause a verb belongs to as far as a report goes: up through at most three
    adverbial or joined clauses ("said he was stiffed after he designed ..." is one report);
    a `ccomp` when the verb is inside what someone said."""
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("advcl", "conj") or clause.head.i == clause.i:
            break
        clause = clause.head
    return clause


def _reporter(tok: Token) -> Token | None:
    """The subject of the verb of saying or thinking whose reported clause a subject pronoun
    stands in ("Roe said he would ...": Roe), or None."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = _reported_clause(tok.head)
    if clause.dep_ != "ccomp" or clause.head.lemma_ == "be":
        return None  # "The promise she made is that she will ...": no one says it
    return _subject(clause.head)


def _named_speaker(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """The named person who says or thinks the clause a "he"/"she" is the subject of ("Roe said
    he would ...": Roe), when that person's first name takes the pronoun; else None."""
    subject = _reporter(tok)
    if subject is None or subject.pos_ == "PRON":
        return None
    named = names.get(subject.i)
    for child in subject.children:
        if named is None and child.dep_ == "appos" and child.i in names:
            named = names[child.i]
    if named is None or named[1].type != "person" or not _gender_fits(tok, named[1], names):
        return None
    return named


def _said_of_someone_unnamed(tok: Token) -> bool:
    """Is the pronoun the subject of what someone named by a common noun said or thought ("an
    architect who said he was stiffed", "the officer believed she had been followed")? Such a
    pronoun most often points back to that speaker, who has no name to give."""
    speaker = _reporter(tok)
    if speaker is None or speaker.pos_ != "NOUN" or speaker.tag_ != "NN":
        return False
    if speaker.lower_ in _QUANTIFIER_WORDS:
        return False  # "none uncovered that she ...": no one the pronoun can be
    # "an article reported that she had ...": a thing says it, not a person
    return coref.animacy(speaker) != "n" or speaker.lemma_.lower() in _PERSON_NOUNS


# Words of quantity the tagger reads as nouns ("none of them"): no person of their own.
_QUANTIFIER_WORDS = {"none", "all", "some", "many", "few", "both", "each", "either", "neither",
                     "most", "several", "any"}  # fmt: skip


def _last_named_subject(
    tok: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """The person last named before a "he"/"she" as the subject of a clause (news names its
    actor, then refers to it: "Clinton stressed the raid that killed bin Laden. She denied
    ..." is Clinton), else the person last named at all; one of the other gender is skipped."""
    fallback: tuple[Mention, Entity] | None = None
    pronouns = getattr(names, "pronouns", {})
    for i in range(tok.i - 1, max(tok.i - 80, 0) - 1, -1):
        if i in names and names[i][1].type == "person":
            if pronouns.get(names[i][1].id, tok.lower_) != tok.lower_:
                continue  # "she" is not the man named before it
            if _names_a_subject(tok.doc[i]) and not _in_reported_clause(tok.doc[i], tok):
                return None if _named_since(tok, i, names) else names[i]
            fallback = fallback or names[i]
    return fallback


def _pronoun_led_sentence(word: Token, gender: str) -> bool:
    """Is the word of a name in a sentence whose main subject, before it, is a "he"/"she" of
    `gender` ("He was not a shouter, as Mr. Reed can be.")? The sentence goes on with someone
    already spoken of and names another only in passing; a "he" after it may be either."""
    subject = _subject(word.sent.root)
    forms = coref.MALE if gender == "m" else coref.FEMALE
    return (
        subject is not None
        and subject.i < word.i
        and subject.pos_ == "PRON"
        and subject.lower_ in forms
        and subject.lower_ in _AGENT_PRONOUNS
    )


# Roles in which a person named since a subject is one a later "he"/"she" may go on with: a
# subject of his own, or the one whose view or act a phrase speaks of ("from Trump's point of
# view").
_ACTING_ROLES = frozenset({"nsubj", "nsubjpass", "poss"})


def _named_since(tok: Token, found: int, names: dict[int, tuple[Mention, Entity]]) -> bool:
    """Is another person the pronoun could be, of its gender, named in a sentence after the one
    of the subject at `found` and before the pronoun, as a subject or a possessor ("... the new
    Nixon who ran in 1968 turned out to be the old Nixon. And from Trump's point of view, why
    should he? He bested 16 rivals": Trump, not Nixon)? The nearer name is as likely meant;
    one named in passing ("attacked Cruz") is not."""
    doc = tok.doc
    start = doc[found].sent.end
    pronouns = getattr(names, "pronouns", {})
    genders = getattr(names, "genders", {})
    entity = names[found][1].id
    for word in doc[start : tok.i]:
        named = names.get(word.i)
        if named is None or named[1].type != "person" or named[1].id == entity:
            continue
        if _names_a_thing(word, names) or not genders.get(named[1].id):
            continue
        if word.dep_ not in _ACTING_ROLES:
            continue  # "attacked Cruz", "with Reed": named in passing, no one "he" goes on with
        if pronouns.get(named[1].id, tok.lower_) == tok.lower_:
            return True
    return False


def _in_reported_clause(word: Token, pronoun: Token) -> bool:
    """Is a named subject that of a clause reported inside another clause of a sentence before
    the pronoun's ("Flight was reported to have suggested Mr Howard was planning cuts. He was
    sacked": he is Flight)? What someone said of a person makes that person spoken of, not
    the sentence's actor the next "he" goes on with."""
    if word.sent.start == pronoun.sent.start:
        return False
    node = word
    while node.head.i != node.i:
        if node.dep_ == "ccomp":
            return True
        node = node.head
    return False


def _names_a_subject(word: Token) -> bool:
    """Is this word of a name part of a clause's subject ("Hillary Clinton, a former ...")?"""
    node = word
    for _ in range(4):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.dep_ not in ("compound", "flat", "appos", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def resolve_agent(
    subject: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """The named entity a subject refers to: its own name (or that of its appositive), or for
    "he"/"she" the person its antecedent names as the coreference model resolves it (the
    resolver the claims use, checked against the last named subject: `_pronoun_antecedent`);
    None when the pronoun has no such antecedent."""
    named = names.get(subject.i)
    if named is not None and not _gender_fits(subject, named[1], names):
        return None  # "He" linked to a woman's name: no agent rather than the wrong one
    if (
        named is not None
        and named[0].kind == "adjective"
        and named[1].type == "place"
        and subject.pos_ in ("PROPN", "NOUN")
    ):
        return None  # "a Cuban had worked as an agent": one of its people, not the country
    speaker = speaker_of_pronoun(subject, names) if named is None else None
    if speaker is not None:  # "The council said it would appeal": the council
        return resolve_agent(speaker, names)
    if named is None:
        for child in subject.children:  # "her Danish counterpart, Lars Holm"
            if child.dep_ == "appos" and child.i in names:
                named = names[child.i]
                break
    if named is None and subject.pos_ in ("NOUN", "PROPN"):
        named = _described_person(subject, names)
    return named or _pronoun_antecedent(subject, names)


def _described_person(
    subject: Token, names: dict[int, tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """ "The retired neurosurgeon told ...": the one person the article described so
    (`coref.description_entity`), with that person's latest mention before the subject."""
    pairs = getattr(names, "_pairs", None)
    if pairs is None:
        pairs = sorted(
            {id(m): (m, e) for m, e in names.values()}.values(), key=lambda p: p[0].start
        )
        if isinstance(names, NameIndex):
            names._pairs = pairs  # type: ignore[attr-defined]
    entity = coref.description_entity(subject.doc, subject, pairs)
    if entity is None:
        return None
    before = [(m, e) for m, e in pairs if e.id == entity.id and m.end <= subject.idx]
    return before[-1] if before else None


def _gender_fits(tok: Token, entity: Entity, names: dict[int, tuple[Mention, Entity]]) -> bool:
    """Can a pronoun refer to this entity by the gender the article gives it ("he" is no
    "Hillary Clinton")? True for words that are no gendered pronoun, and for a person the
    article gives no gender."""
    gender = coref.pronoun_gender(tok) if tok.pos_ == "PRON" else ""
    if gender not in ("m", "f"):
        return True
    if entity.type != "person":
        return False
    known = getattr(names, "genders", {}).get(entity.id, "")
    return known in ("", gender)


def _agent_id(ev: _Event, names: dict[int, tuple[Mention, Entity]]) -> str | None:
    """Entity id of the event's doer: the clause's subject (or, for a verb without one, the
    subject of the clause it depends on); for a passive, the "by" phrase's noun, as the
    subject is the one done to ("the club was paid $29,715": no doer named); None for nominal
    events and unnamed subjects."""
    if ev.kind == "noun":
        return None
    doer = _doer(ev.tok)
    if doer is not None and doer.dep_ == "nsubjpass" and contracted_perfect(doer.head):
        pass  # "now that he's beaten his rivals": a perfect the parser read as a passive
    elif (
        doer is not None
        and doer.head.i != ev.tok.i
        and any(c.dep_ == "agent" for c in ev.tok.children)
    ):
        # "Jo Hale was jeered and booed off the stage by fans", "was nominated by the mayor and
        # confirmed by the council": a verb with a "by" phrase of its own is a passive, even
        # when it shares its "was" (or its subject) with the verb before; the shared subject
        # is the one done to, the doer is the "by" phrase's noun
        doer = _passive_agent(ev.tok)
    elif (
        doer is not None
        and doer.dep_ == "nsubjpass"
        and doer.head.i != ev.tok.i
        and ev.tok.dep_ == "conj"
        and not passive_own(ev.tok)
        and not listed_participle(ev.tok)  # "torn from X, shackled and sold": passives too
    ):
        # "The bridge was paid for by the council and opened in 2021": an active verb joined
        # to a passive is done by the subject they share, not by the passive's "by" phrase
        pass
    elif doer is not None and (doer.dep_ == "nsubjpass" or _passive_relative(ev.tok, doer)):
        # ("drafted by Holt and was approved by the council": a joined passive's own "by")
        own = doer.dep_ != "nsubjpass" or (doer.head.i != ev.tok.i and passive_own(ev.tok))
        doer = _passive_agent(ev.tok if own else doer.head)
    elif doer is not None and doer.head.i != ev.tok.i and passive_own(ev.tok):
        # "She studied law and was appointed to the court": the subject the passive shares
        # with the verb it is joined to is the one appointed, not the doer
        doer = _passive_agent(ev.tok)
    found = resolve_agent(doer, names) if doer is not None else None
    return found[1].id if found is not None else None


def _speaker_agent(ev: _Event, claim: Claim | None) -> str | None:
    """For an "I" inside the quotation marks of a claim whose source is a named person ('"I
    walked to the station," Julia Roberts said'): that speaker, the one "I" of the quote's own
    world; None otherwise ("we" is many, a "he" in a quote is whom the speaker means)."""
    if claim is None or claim.source is None or ev.kind == "noun":
        return None
    source = claim.source.entity_id
    if source is None or not source.startswith("person:"):
        return None
    doer = _doer(ev.tok)
    if doer is None or doer.lower_ != "i" or doer.dep_ != "nsubj" or not _quoted(doer):
        return None
    if claim.quote != "direct":
        return None  # "mixed": the quote may be another's words the writer set beside the claim
    if in_inner_quote(doer):
        return None  # '"... then Roe can say 'I can win anywhere,'" Hale said': Roe's "I"
    parts = claim.content.parts or [claim.content]
    return source if any(p.start <= doer.idx < p.end for p in parts) else None


def _passive_relative(verb: Token, doer: Token) -> bool:
    """Is the verb a passive relative clause whose subject is the noun it describes ("Anna
    Keller, who was shot by a police officer")? That noun is the one done to, not the doer."""
    return (
        verb.dep_ == "relcl"
        and doer.i < verb.i
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    )


def _passive_agent(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("was accused by the governor"), if any."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _participants(
    ev: _Event, entities: list[Entity], names: dict[int, tuple[Mention, Entity]]
) -> list[str]:
    """Ids of entities mentioned inside the event's clause, the subject's (or doer's) first."""
    ids: list[str] = []
    doer = _doer(ev.tok) if ev.kind != "noun" else None
    if doer is not None:
        named = resolve_agent(doer, names)
        if named is not None:
            ids.append(named[1].id)
    found: list[tuple[int, str]] = []
    for ent in entities:
        inside = [m.start for m in ent.mentions if ev.start <= m.start and m.end <= ev.end]
        if inside:
            found.append((min(inside), ent.id))
    ids.extend(ent_id for _, ent_id in sorted(found) if ent_id not in ids)
    return ids
