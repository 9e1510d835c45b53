"""Presentation: the short readable description of an entry (subject by name, verb group, object
or complement), never cut mid-phrase; None when no whole description fits.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from app.extract.claim_lexicon import LEARNED_CUES
from app.extract.model import (
    Entity,
    Mention,
)
from app.extract.timeline.agents import _gender_fits, _pronoun_antecedent, speaker_of_pronoun
from app.extract.timeline.event import _Event
from app.extract.timeline.lexicon import _ASPECTUAL, _ATTEMPT
from app.extract.timeline.modality import _yet_to, fear_parse_broken, is_negated, negated_manner
from app.extract.timeline.syntax import (
    _ADVERBIAL_NOUNS,
    _PARTITIVE,
    _RELATIVIZERS,
    _TIME_NOUNS,
    _WH,
    _aux_words,
    _doer,
    _is_amount,
    _number,
    _object_gap,
    _subject,
    _trigger,
    contracted_perfect,
    is_non_finite,
    listed_participle,
)
from app.extract.tokens import doc_text


def _adjective(adj: Token) -> str:
    """An adjective with the words before it that change what it says: "pleaded not guilty",
    "has become more hostile", never "pleaded guilty" or "has become hostile" (not a "how" that
    opens a question: "showed just how weak it is")."""
    start = adj.i
    for c in reversed(list(adj.lefts)):
        if c.i == start - 1 and c.dep_ in ("neg", "advmod", "npadvmod") and c.tag_ != "WRB":
            start = c.i
    return adj.doc[start : adj.i + 1].text


_NP_LEFT = {"det", "poss", "amod", "compound", "nummod", "nmod", "quantmod", "advmod", "case",
            "predet", "neg"}  # fmt: skip


def _noun_phrase(
    head: Token,
    names: dict[int, tuple[Mention, Entity]],
    as_subject: bool,
    conjunct: bool = False,
) -> str:
    """A noun phrase as written, articles kept; a named subject by its name alone ("Anna
    Berg", not "Norwegian Trade Minister Anna Berg"), two joined subjects both by name."""
    if as_subject and not conjunct:
        joined = _coordinated(head, names)
        if joined is not None:  # "Mr. Schultz and Mr. King are playing": both, not the first
            return joined
        listed = _listed(head)
        if listed is not None:  # "Candidates Ann Roe, Tom Hale and Jo Park joined": all three
            return listed
    if as_subject or head.pos_ == "PRON":
        for child in head.children:  # "her Danish counterpart, Lars Holm"
            if (
                child.dep_ == "appos"
                and not _list_apposition(child)
                and child.i in names
                and names[child.i][0].kind == "name"
                and _beside(head, child, names[child.i][0])
            ):
                return names[child.i][0].text
        named = names.get(head.i)
        quantity = " ".join(
            _span_text(head.doc[c.left_edge.i : c.i + 1])  # "a few", not "few": the opposite
            for c in head.children
            if c.i < head.i
            and c.lower_ in _QUANTIFIERS
            and c.dep_ in ("det", "amod", "nummod", "compound")
        )  # "few Americans", not "Americans"
        if named is not None and named[0].kind in ("name", "alias"):
            return f"{quantity} {named[0].text}".strip()
        if (
            named is not None
            and head.pos_ == "PRON"
            and head.lower_ not in _RELATIVIZERS
            and _gender_fits(head, named[1], names)
        ):
            return named[1].name
        antecedent = _pronoun_antecedent(head, names)
        if antecedent is not None:
            return antecedent[1].name
        speaker = speaker_of_pronoun(head, names) if not conjunct else None
        if speaker is not None:  # "The council said it would appeal": the council would
            return _noun_phrase(speaker, names, as_subject=True)
    left = head.i
    for child in head.children:
        if child.i < head.i and child.dep_ in _NP_LEFT:
            left = min(left, child.left_edge.i)
    left = _after_dateline(head.doc, left, head.i)
    end = _word_end(head.doc, head.i + 1, reach=5) or head.i + 1  # "non-compliance", whole
    end = max(end, _range_end(head))  # "between $2 million (and $4 million)": both ends
    chained = _name_end(head.doc, end, names)
    if chained is not None:
        end = chained  # "the Death in Custody Reporting Act", not "the Death"
    text = _span_text(head.doc[left:end])
    for child in head.children:  # "the arrest of former Finance Minister Jan Novak"
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > end:
            # "prime ministers (and members) of the government": the words between belong
            # to the phrase; written out whole when short, else the noun alone
            whole = head.doc[left : child.right_edge.i + 1]
            if len(whole) <= 10 and not any(t.is_space or t.dep_ == "relcl" for t in whole):
                return _span_text(whole)
            return text
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            if child.i < end:
                return text  # written already, as part of a name ("millions of dollars")
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            of_words = list(head.doc[child.i + 1 : obj.right_edge.i + 1]) if obj is not None else []
            if (
                obj is not None
                and any(c.dep_ == "conj" for c in obj.children)
                and len(of_words) <= 8
                and not any(
                    t.is_space or (t.is_punct and t.text != ",") or t.dep_ in ("relcl", "acl")
                    for t in of_words
                )
            ):  # "supporters of Ann Roe and Tom Hale": both, not the first alone
                return f"{text} of {_span_text(head.doc[of_words[0].i : of_words[-1].i + 1])}"
            if obj is not None:
                text += " of " + _noun_phrase(obj, names, as_subject=False)
            gerund = next((c for c in child.children if c.dep_ == "pcomp"), None)
            words = list(child.subtree)
            if obj is None and gerund is not None and len(words) <= 8:
                # "accused the college (of using deceptive practices)"
                text += " " + _span_text(head.doc[words[0].i : words[-1].i + 1])
            return text
    if head.pos_ == "PRON" and end < len(head.doc):
        after = head.doc[end]
        words = list(after.subtree) if after.head.i == head.i and after.dep_ == "amod" else []
        if words and len(words) <= 4 and not any(t.is_punct or t.is_space for t in words):
            # "nothing (inappropriate) took place", "anything (close to that range)": the
            # adjective after an indefinite pronoun is what it says; without it, another thing
            text += " " + _span_text(head.doc[words[0].i : words[-1].i + 1])
            end = words[-1].i + 1
    short = next((c for c in head.children if c.dep_ == "prep" and c.i == end), None)
    core = _change_core(head, short) if short is not None else []
    if short is not None and core and not _short_modifier(short):
        # "a decline (in black turnout) of about 40 percent": what changed, without its figures
        text += " " + _span_text(head.doc[core[0].i : core[-1].i + 1])
    elif short is not None and _short_modifier(short):
        # "the title of commander (in chief)", "a goal of Peace (Through Strength)", "trade
        # (between the two nations)": a short phrase right after the noun is part of what it
        # names; cutting it leaves a fragment or another noun
        text += " " + _span_text(head.doc[short.i : short.right_edge.i + 1])
        end = short.right_edge.i + 1
    infinitive = _ranking_infinitive(head, end)
    if infinitive:  # "the first woman (to win the nomination)": what she is first in
        text += " " + _span_text(head.doc[infinitive[0].i : infinitive[-1].i + 1])
    return text


def _range_end(head: Token) -> int:
    """Where a range a quantity opens with "between" ends: after its second bound, which the
    parse joins to the first ("between $2 million and $4 million"); without it, "between $2
    million" says a false amount. The head's own end when it opens no such range."""
    if not any(c.dep_ == "quantmod" and c.lower_ == "between" for c in head.children):
        return head.i + 1
    bounds = [c for c in head.children if c.dep_ == "conj" and c.i > head.i]
    return bounds[-1].right_edge.i + 1 if bounds else head.i + 1


# Words that rank a noun by what its infinitive says: "the first woman to win", "the only
# senator to vote against it"; without the infinitive the noun says nothing.
_RANKING = {"first", "last", "only", "next", "second", "third", "fourth", "fifth"}


def _ranking_infinitive(head: Token, end: int) -> list[Token]:
    """The infinitive right after a noun ranked by "first", "only", "last" or a superlative
    (its words up to a comma, at most twelve, no other punctuation), or []."""
    ranked = any(
        c.i < head.i and c.dep_ == "amod" and (c.lower_ in _RANKING or c.tag_ == "JJS")
        for c in head.children
    )
    clause = next(
        (c for c in head.children if c.dep_ in ("acl", "relcl") and c.left_edge.i == end), None
    )
    scope: list[Token] = []
    if clause is None:
        # "the first woman (in U.S. history) to win": a short phrase of where or when the rank
        # holds, between the noun and its infinitive
        prep = next((c for c in head.children if c.dep_ == "prep" and c.i == end), None)
        scope = list(prep.subtree) if prep is not None else []
        if scope and len(scope) <= 5:
            clause = next(
                (
                    c
                    for c in head.children
                    if c.dep_ in ("acl", "relcl") and c.left_edge.i == scope[-1].i + 1
                ),
                None,
            )
    if (
        not ranked
        or clause is None
        or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in clause.children)
    ):
        return []
    words = scope + list(clause.subtree)
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is not None:
        words = words[:comma]  # "to win the nomination(, teeing up ...)"
    if len(words) > 12 or any(t.is_punct or t.is_space for t in words):
        return []
    return words


# Nouns of a change in amount or level: what changed is their "in" phrase ("a decline (in
# turnout)", "a surge in applications"); without it the noun says nothing of what fell or rose.
_CHANGE_NOUNS = {"decline", "drop", "rise", "increase", "decrease", "fall", "surge", "jump",
                 "dip", "spike", "growth", "slump", "reduction", "gain", "loss", "boost",
                 "plunge", "uptick", "downturn", "slide", "falloff", "drop-off", "cut",
                 "hike", "change", "shift", "swing", "improvement", "collapse"}  # fmt: skip


def _change_core(head: Token, prep: Token) -> list[Token]:
    """The "in" phrase of a noun of change up to its first nested modifier ("in black turnout"
    of "a decline in black turnout of about 40 percent"), when that is at most four words of
    one line ending on a noun; else []."""
    if head.lemma_.lower() not in _CHANGE_NOUNS or prep.lower_ != "in":
        return []
    core: list[Token] = []
    for t in prep.subtree:
        joiner = t.text in _JOINERS and not t.whitespace_  # "third-quarter"
        nested = any(  # "gains (that began last fall)": a word of a clause after the noun
            a.dep_ in _CORE_STOPS and a.i > prep.i and prep.i < a.i <= prep.right_edge.i
            for a in t.ancestors
        )
        if core and ((t.is_punct and not joiner) or t.dep_ in _CORE_STOPS or nested):
            break
        core.append(t)
    written = _span_text(head.doc[core[0].i : core[-1].i + 1]).split() if core else []
    if (
        not 2 <= len(written) <= 4  # "in third-quarter net income": four words
        or core[-1].pos_ not in ("NOUN", "PROPN")
        or any(t.is_space for t in core)
        or core[-1].ent_type_ in ("DATE", "TIME")
    ):
        return []
    return core


def _change_unsaid(verb: Token, description: str) -> bool:
    """Does the entry name a change ("obscured a decline", "a drop ... has reached") as the
    verb's subject or object without what changed, its "in" phrase?"""
    written = description.split()
    for noun in verb.children:
        if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
            continue
        if noun.lemma_.lower() not in _CHANGE_NOUNS or noun.text not in written:
            continue
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        if prep is None or prep.i < noun.i:
            continue
        if any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children):
            continue  # "the rise in the past two years": when, not what rose
        at = written.index(noun.text)
        if at + 1 >= len(written) or written[at + 1].lower() != "in":
            return True
    return False


def _joined_object(obj: Token) -> str:
    """An object joined to others by "and"/"or" ("the KKK and its former leader", "actor Johnny
    Depp and comedian Carrot Top"), written whole when short (at most ten words of one line,
    no clause, bracket or dash); "" otherwise."""
    conjuncts = [c for c in obj.children if c.dep_ == "conj"]
    if obj.dep_ != "dobj" or not conjuncts:
        return ""
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in obj.children):
        return ""
    if any(c.pos_ not in ("NOUN", "PROPN") for c in conjuncts):
        return ""
    span = obj.doc[_phrase_start(obj) : max(c.right_edge.i for c in conjuncts) + 1]
    after = obj.doc[span.end] if span.end < len(obj.doc) else None
    if after is not None and after.pos_ in ("AUX", "VERB"):
        return ""  # "will not attend the convention and (others have said ...)": a new clause
    if len(span) > 10 or any(
        t.is_space
        or t.dep_ in ("relcl", "acl", "appos")
        or t.text in ("(", ")", ";", ":", "-", "—", "–")
        for t in span
    ):
        return ""
    return _span_text(span)


def _listed(head: Token) -> str | None:
    """A subject the parse read as a noun with an apposition that is itself a list ("Candidates
    Ann Roe, Tom Hale, Jo Park and Al Fry", "The police, the army and the guards"): the list as
    written when short and on one line; None otherwise (the noun alone is written, never one
    name of the list: `_list_apposition`)."""
    if not any(
        _list_apposition(c)
        and all(t.pos_ == head.pos_ for t in [c, *(g for g in c.children if g.dep_ == "conj")])
        for c in head.children
    ):
        return None  # "Slepian, an obstetrician and gynecologist": what he is, not a list
    end = max(a.right_edge.i for a in head.children if a.dep_ == "appos")
    words = [t for t in head.subtree if t.i <= end]
    words = [t for t in words if t.i >= head.left_edge.i]
    if words[-1].i - words[0].i + 1 != len(words):
        return None  # "candidates began making pitches via the Internet, the airwaves ...":
        # an "apposition" after the verb is the parse's error, not the subject's list
    if len(words) > 14 or any(
        t.is_space or t.dep_ in ("relcl", "acl") or t.text in ("(", ")", ";", ":", "-", "—", "–")
        for t in words
    ):
        return None  # "three rebel groups - A, B and C -": the noun alone, its list aside
    return _span_text(head.doc[words[0].i : words[-1].i + 1])


def _list_apposition(child: Token) -> bool:
    """Is the child an apposition that heads a list ("(Candidates Ann Roe,) Tom Hale, Jo Park
    and Al Fry")? One name of it is not who the subject is."""
    return child.dep_ == "appos" and any(g.dep_ == "conj" for g in child.children)


def _relative_before_conjunct(verb: Token, subject: Token) -> bool:
    """Is the verb in a relative clause written on the first of joined nouns, before the next
    ("Carl Denton, who was charged ..., and Paul Ashby")? It tells of that one alone; one
    written after them all ("Denton and Ashby, who were charged") tells of both."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "who was charged ... and has been brought"
    if clause.dep_ != "relcl" or clause.head.i != subject.i:
        return False
    if not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")
        for c in clause.children
    ):
        return False
    return any(c.dep_ == "conj" and c.i > clause.right_edge.i for c in subject.children)


def _joined_titles(head: Token, conjuncts: list[Token]) -> bool:
    """Are two titles joined before one name ("Lawyer and fundraiser Ella Brandt", "Vice
    President and Managing Editor Tom Hale")? The parse joins the first title to the name as if
    they were two subjects; it is one person, and the phrase must stay whole."""
    if len(conjuncts) != 1 or head.ent_type_ == "PERSON":
        return False
    # a capitalised title, or a bare singular one ("Long-shot candidate and former governor Jo
    # Hale", "former CIA operative and Marine John Roe"): a singular noun with no article
    # before a name is one more title of the named person
    if not (head.text[:1].isupper() or head.tag_ == "NN"):
        return False
    name = conjuncts[0]
    if name.ent_type_ != "PERSON" or any(c.dep_ in ("det", "poss") for c in head.children):
        return False
    before = [c for c in name.children if c.dep_ == "compound" and c.i < name.i]
    # the words in front of the name that are not of it: its second title ("fundraiser")
    title = [c for c in before if c.ent_type_ != "PERSON" and c.is_alpha]
    span = head.doc[head.left_edge.i : name.right_edge.i + 1]
    return bool(title) and len(span) <= 12 and not any(t.text in (",", ";", "(") for t in span)


def _coordinated(head: Token, names: dict[int, tuple[Mention, Entity]]) -> str | None:
    """Joined subjects written as such ("Schultz and King", "Cruz and his aides"), or None
    when the subject is one noun."""
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    for c in conjuncts:  # "the Guard, the FBI and the police": the parse chains the third on
        conjuncts.extend(g for g in c.children if g.dep_ == "conj")
    conjuncts.sort(key=lambda c: c.i)
    cc = next((g.lower_ for t in [head, *conjuncts] for g in t.children if g.dep_ == "cc"), "and")
    if (
        not conjuncts
        or head.dep_ not in ("nsubj", "nsubjpass")
        or cc not in ("and", "or")
        or any(t.pos_ not in ("NOUN", "PROPN", "PRON") for t in [head, *conjuncts])
    ):
        return None  # "10 judges rather than 11", "licenses (and) co-owns": no joined subject
    if _joined_titles(head, conjuncts):
        return _span_text(head.doc[head.left_edge.i : conjuncts[0].right_edge.i + 1])
    if any(
        p.dep_ == "prep"
        and p.i < conjuncts[0].i
        and (
            p.lower_ in ("including", "like")
            or (p.lower_ == "as" and any(g.lower_ == "such" for g in p.children))
        )
        for p in head.children
    ):
        # "Carmakers such as Fendt, Moro and Arlo Cars were fined": the parse hung the last
        # example on the noun the examples are of; "Carmakers and Arlo Cars" would make them two
        # groups. The phrase as written, or none ("" leaves the entry out) when it is long
        span = head.doc[head.left_edge.i : conjuncts[-1].right_edge.i + 1]
        if len(span) > 16 or any(t.is_space or t.text in ("(", ")", ";", ":") for t in span):
            return ""
        return _span_text(span)
    words = [_noun_phrase(head, names, as_subject=True, conjunct=True)]
    if all(c.text in words[0].split() for c in conjuncts):
        return words[0]  # "several videos and recordings of the incident": written whole already
    if len(conjuncts) >= 2:
        # three or more: the list as written, or none ("" leaves the entry out) when it is long;
        # each one's own phrase may lose words the parse hung elsewhere ("the era in the 1970s")
        span = head.doc[head.left_edge.i : conjuncts[-1].right_edge.i + 1]
        if len(span) > 16 or any(
            t.is_space or t.dep_ in ("relcl", "acl") or t.text in ("(", ")", ";", ":", "-", "—")
            for t in span
        ):
            return ""
        return _span_text(span)
    words += [_noun_phrase(c, names, as_subject=True, conjunct=True) for c in conjuncts]
    if len(words) == 2:
        return f"{words[0]} {cc} {words[1]}"
    return ", ".join(words[:-1]) + f" {cc} {words[-1]}"


def _beside(head: Token, appos: Token, mention: Mention) -> bool:
    """Is a name in apposition written beside its noun ("her counterpart, Lars Holm"), not in
    brackets ("McClellan (D-Richmond)": a party and a place) nor across a clause the parse
    bridged ("the stakes would attract donors: Hillary Clinton ...")?"""
    doc = head.doc
    if any(t.text in ("(", "[") for t in doc[appos.left_edge.i - 1 : appos.i]):
        return False
    if re.match(r"[DRI]-", mention.text):
        return False  # "D-Newport News": the party and home of a legislator
    lo, hi = sorted((head.i, appos.left_edge.i))
    between = doc[lo + 1 : hi]
    return len(between) <= 6 and not any(
        t.pos_ in ("VERB", "AUX") or t.text in (":", ";", "-", "—", "–", "(") for t in between
    )


# Words before a noun that say how many of it: kept before a name, or the sense turns over.
_QUANTIFIERS = {"few", "no", "some", "many", "most", "several", "all", "each", "every",
                "any", "half", "fewer", "more"}  # fmt: skip


def _after_dateline(doc: Doc, left: int, head: int) -> int:
    """`left` moved past a dateline that opens the line ("BRUSSELS - European leaders"): the
    place in capitals and its dash are no part of the noun phrase."""
    for i in range(left, head):
        t = doc[i]
        if t.text in ("-", "—", "–", "--"):
            words = doc[left:i]
            if len(words) and all(w.is_upper or w.is_punct for w in words):
                return i + 1
            return left
        if not (t.is_upper or t.is_punct):
            return left
    return left


def _short_modifier(prep: Token) -> bool:
    """A prepositional phrase of at most five words, one line, not a time ("in chief",
    "between the two nations")."""
    words = list(prep.subtree)
    return len(_span_text(prep.doc[words[0].i : words[-1].i + 1]).split()) <= 5 and not any(
        t.is_space
        # "anti-Castro": a hyphen inside a word is no break
        or (t.is_punct and not (t.text in _JOINERS and not t.whitespace_))
        # a time ("in 2008"), not a noun a time word modifies ("in third-quarter income")
        or (t.ent_type_ in ("DATE", "TIME") and (t.head.i == prep.i or t.i == words[-1].i))
        for t in words
    )


# Key of the doc's user data holding the names given to "him"/"her" objects (token -> name).
OBJECT_NAMES = "timeline_object_names"


def _span_text(span: SpacySpan) -> str:
    """Tokens as written, quote marks left out, every run of white space one space; a "him"/
    "her" object the timeline gave a name (`OBJECT_NAMES` in the doc's user data) by that
    name."""
    parts: list[str] = []
    opened = False  # a single quote mark opened inside the span ("‘soft’")
    named: dict[int, str] = span.doc.user_data.get(OBJECT_NAMES) or {}
    for t in span:
        if t.i in named:
            parts.append(named[t.i] + t.whitespace_)
            continue
        if t.text in ("‘",) or (t.text == "'" and t.i > 0 and t.doc[t.i - 1].whitespace_):
            opened = True
        if t.is_quote and not opened and _possessive_mark(t):
            parts.append(t.text_with_ws)  # "the governors’ demands": the apostrophe stays
            continue
        if t.is_quote or t.is_space:
            parts.append(" ")
            continue
        parts.append(t.text_with_ws)
    return " ".join("".join(parts).split())


# Words that take in every one of a set: "all", "every county"; "but" after them starts the
# exception that turns the sense ("won all but one race").
_WHOLE_SET = {"all", "every", "each", "any", "none", "everything", "everyone", "everybody"}


def _with_its_exception(verb: Token, description: str) -> str | None:
    """A description that stops on "all" (or "every county") right before a "but" that names
    the exception ("losses in all (but three of the contests)", "won every county (but one)")
    says the opposite of the text: the exception written in, when it is a short phrase, else
    None (the parse often hangs "but" on the verb, so the noun phrase ends before it)."""
    words = description.split()
    if not words:
        return description
    sent = verb.sent
    for t in sent:
        if t.lower_ != "but" or t.i == sent.start or t.i + 1 >= sent.end:
            continue
        last = verb.doc[t.i - 1]
        if last.text != words[-1]:
            continue
        whole = last.lower_ in _WHOLE_SET or any(
            c.dep_ in ("det", "predet") and c.lower_ in _WHOLE_SET for c in last.children
        )
        if not whole:
            continue
        nxt = verb.doc[t.i + 1]
        if nxt.pos_ not in ("NUM", "PROPN", "NOUN", "DET", "PRON"):
            continue  # "thanked all the volunteers but left early": "but" joins two deeds
        part = next((c for c in t.children if c.dep_ in ("pobj", "conj")), None)
        if part is None:
            part = next((c for c in last.children if c.dep_ == "conj" and c.i > t.i), nxt)
        if part.pos_ in ("VERB", "AUX"):
            continue
        span = verb.doc[t.i : part.right_edge.i + 1]
        if len(span) > 9 or any(w.is_punct or w.is_space for w in span):
            return None
        return f"{description} {_span_text(span)}"
    return description


# Verbs whose object is followed by what it was found or declared to be ("found him not
# guilty", "declared the vote void"): without that word the entry says another thing.
_COMPLEMENT_VERBS = {"find", "declare", "deem", "pronounce", "rule", "judge", "adjudge"}


def _with_lost_complement(verb: Token, description: str) -> str | None:
    """ "A jury found Tom Reed, who claimed he acted in self-defense, not guilty of murder": the
    parse hangs the complement after the set-off clause on that clause, and the entry ends on
    the object ("A jury found Tom Reed"), which drops what the jury found. The complement
    (an adjective, with its "not" and its "of" phrase) is written in when it stands right
    after the clause's closing comma; any other word there cannot be told apart, so None."""
    if verb.lemma_.lower() not in _COMPLEMENT_VERBS:
        return description
    if any(c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") for c in verb.children):
        return description
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    words = description.split()
    if obj is None or not words or words[-1] != obj.text:
        return description
    aside = next((c for c in obj.children if c.dep_ in ("relcl", "appos", "acl")), None)
    doc = verb.doc
    if aside is None or obj.i + 1 >= len(doc) or doc[obj.i + 1].text != ",":
        return description
    within = {t.i for t in aside.subtree}
    first = adj = None
    for k in range(obj.i + 2, verb.sent.end - 2):
        if doc[k].text != ",":
            continue
        first = doc[k + 1]
        adj = doc[k + 2] if first.lower_ == "not" else first
        if adj.pos_ == "ADJ" and adj.i in within:
            break  # the clause's closing comma, then the complement the parse gave the clause
        first = adj = None
    if first is None or adj is None:
        return description  # "found the rifle, which was hidden, on Tuesday": no complement
    end = adj.i
    of = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        end = of.right_edge.i
    span = doc[first.i : end + 1]
    if len(span) > 10 or any(w.is_punct and w.text not in ("-",) for w in span):
        return None
    return f"{description} {_span_text(span)}"


def _possessive_mark(t: Token) -> bool:
    """An apostrophe written straight after a plural ("governors’ demands"), not a quote mark."""
    doc = t.doc
    return (
        t.text in ("’", "'")
        and t.i > 0
        and not doc[t.i - 1].whitespace_
        and doc[t.i - 1].lower_.endswith("s")
        and t.i + 1 < len(doc)
        and bool(t.whitespace_)
        and (doc[t.i + 1].is_alpha or doc[t.i + 1].like_num)
    )


_CUT_MONTH = re.compile(
    r"\s+of\s+(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)$"
)


_MEASURES = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}


def _comparison_base_cut(verb: Token, description: str) -> bool:
    """Does the description keep an object that is measured against something ("a 19 percent
    greater drop (relative to ...)", "more jobs (compared with ...)") but leave out the phrase
    that names that yardstick? Without it the comparison has no base, and the words written
    after the gap read as if they belonged to the object ("lost more jobs at the bottom of the
    list"); no whole phrase can be shown, so the entry is dropped."""
    written = {w.lower().strip(".,;:\"'") for w in description.split()}
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "attr")):
        for t in obj.subtree:
            if (
                t.i > obj.i
                and t.lower_ in _COMPARISON_BASES
                and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in t.children)
                and t.lower_ not in written
            ):
                return True
    return False


# Words that bring in what an amount is measured against: "relative to", "compared with",
# "as opposed to".
_COMPARISON_BASES = frozenset({"relative", "compared", "opposed"})


def _predicate_adjective_in_subject(verb: Token) -> bool:
    """Does the verb's subject start on an adjective joined by "and" that the parse took from
    the clause before ("where rents are high and mill jobs are disappearing": "high" is what
    the rents are, not a word of the jobs)? An adjective right after a form of "be" that is not
    this verb's own, and set before its subject with a conjunction, is that clause's end;
    the subject as written would read "high and mill jobs", so the entry is dropped."""
    subject = _subject(verb)
    if subject is None or subject.head.i != verb.i:
        return False
    first = subject.left_edge
    if first.i == 0 or first.i >= subject.i or first.pos_ != "ADJ":
        return False
    before = verb.doc[first.i - 1]
    return (
        before.lemma_ == "be"
        and before.head.i != verb.i
        and before.i != verb.i
        and any(c.dep_ == "cc" for c in first.children)
    )


def _bare_pair_object(verb: Token, description: str) -> bool:
    """Does the description end on "both", "either" or "neither" standing alone as the verb's
    object ("The view highlighted both", "Rovers won both")? The word points back to two things
    named in an earlier sentence, which the entry does not carry: read alone it tells nothing.
    Not "both sides", "both of them": there the pair is said."""
    words = description.split()
    if not words or words[-1].lower().rstrip(".,;:") not in ("both", "either", "neither"):
        return False
    return any(
        c.dep_ == "dobj" and c.lower_ == words[-1].lower().rstrip(".,;:") and not list(c.children)
        for c in verb.children
    )


def _without_cut_measure(ev: _Event, description: str) -> str:
    """The description without a trailing span of time whose "after"/"before" clause is cut
    ("The former president spoke hours (after Mr. Trump held ...)", "started brewing many
    months (before any votes were cast)"): alone it reads as the event's length."""
    doc = ev.tok.doc
    for t in ev.tok.subtree:
        if (
            t.lemma_.lower() in _MEASURES
            and t.tag_ == "NNS"
            and t.dep_ in ("npadvmod", "dobj")
            and t.i + 1 < len(doc)
            and doc[t.i + 1].lower_ in ("after", "before")
            and not any(c.dep_ == "nummod" or c.like_num for c in t.children)  # "three days"
        ):
            measure = _span_text(doc[t.left_edge.i : t.i + 1])
            if description.endswith(" " + measure):
                return description[: -len(measure) - 1]
    return description


_FOCUS_OPENER = re.compile(r"^(?:especially|particularly|notably|chiefly|mainly)\s+", re.I)


def describe_entry(ev: _Event, names: dict[int, tuple[Mention, Entity]]) -> str | None:
    """`_described` with the words that deny it kept ("had yet to endorse", "Neither the vote
    nor the recount took place")."""
    description = _described(ev, names)
    if description is None or ev.kind == "noun":
        return description
    clause = ev.tok.head if ev.tok.dep_ == "xcomp" else ev.tok
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and _generic_one(ev.tok, subject):
        return None  # "One only had to listen to him", "one can argue": the writer's anyone
    if fear_parse_broken(ev.tok):
        return None  # "raising fears the violence that accompanied X will ...": parse broken
    description = _with_particle_time(ev.tok, description)
    description = _with_range_end(ev.tok, description)
    return _with_denial_words(ev.tok, description)


def _with_range_end(verb: Token, description: str) -> str:
    """A change "from X" written with its "to Y" ("The staff went from 166 in May, to 139 in
    June"): the parse hangs both on the verb, and the description stopped at the date after
    "from 166", which reads as if the number were where it went."""
    doc = verb.doc
    start = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if start is None:
        return description
    phrase = _span_text(doc[start.i : start.right_edge.i + 1])
    if not description.endswith(" " + phrase):
        return description
    ends = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > start.i]
    if not ends:
        return description
    end = ends[-1].right_edge.i + 1
    for c in verb.children:  # "(to 300) in June": the date of the end point with it
        if (
            c.dep_ == "prep"
            and c.left_edge.i == end
            and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children)
        ):
            end = c.right_edge.i + 1
    rest = doc[start.right_edge.i + 1 : end]
    if len(rest) > 16 or any(t.is_space or t.text in (";", ":", "(", ")") for t in rest):
        return description
    return description + ("" if rest[0].is_punct else " ") + _span_text(rest)


def _with_particle_time(verb: Token, description: str) -> str:
    """The span of time a preposition the parse took for a particle governs, written in ("its
    revenue has tripled over (the last three years)"): the description ended on the bare
    "over"."""
    doc = verb.doc
    for prt in verb.children:
        if prt.dep_ != "prt" or prt.i + 1 >= len(doc) or not description.endswith(" " + prt.text):
            continue
        start = prt.i + 1
        if doc[start].ent_type_ != "DATE" or doc[start].ent_iob_ != "B":
            continue
        end = start + 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "DATE":
            end += 1
        return description + " " + doc[start:end].text
    return description


def _with_denial_words(verb: Token, description: str) -> str | None:
    """The description with the "yet" of "had yet to" ("the governor had to endorse him" says
    the opposite) and a subject's "neither ... nor" written out ("the vote took place" for
    "Neither the vote nor the recount took place"); None when they cannot be written."""
    if _yet_to(verb):
        head = verb.head.text
        written = f" {head} to {verb.text}"
        if written not in f" {description}":
            return None
        return f" {description}".replace(written, f" {head} yet to {verb.text}", 1).strip()
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(
        c.dep_ == "preconj" and c.lower_ == "neither" for c in subject.children
    ):
        return description
    if description.lower().startswith("neither"):
        return description
    span = verb.doc[subject.left_edge.i : subject.right_edge.i + 1]
    written = _span_text(span)
    if len(span) > 12 or any(t.is_space for t in span) or subject.right_edge.i >= verb.i:
        return None
    rest = description.split(" ")
    # the subject as the description wrote it ends where the verb group begins
    group = {verb.text} | {
        a.text for a in verb.children if a.dep_ in ("aux", "auxpass", "neg") and a.i < verb.i
    }
    first_verb = next((n for n, w in enumerate(rest) if w in group), None)
    if first_verb is None or first_verb == 0:
        return None
    return _tidy(f"{written} {' '.join(rest[first_verb:])}")


def _described(ev: _Event, names: dict[int, tuple[Mention, Entity]]) -> str | None:
    """What an entry says: `describe`, or where that is only a subject and a verb ("This
    started", "Trump will find"), the verb followed by its next whole phrases as written, up to
    ten words ("This started in Cleveland", "Trump will find it difficult to repeat his
    attacks"); None when nothing whole fits and the verb's argument is missing: a truncated
    entry is not shown."""
    description = _describe_entry(ev, names)
    if description is not None:
        # "the terrorist attacks of Sept. (11, 2001)": the date, cut to its month, is the
        # entry's date; the phrase ends before it
        description = _CUT_MONTH.sub("", description)
        description = _without_cut_measure(ev, description)
    if description is not None:
        description = _spelled_out(_without_echo(ev, description))
        # "targeting Latino and black voters,", "their populations increased ―": a comma or a
        # set-off dash the words stop before is no part of what the entry says
        description = _TRAILING_MARKS.sub("", description)
        # "(support from voters,) especially older women, who helped her": the focus word
        # that set the subject off is no part of who did it
        description = _FOCUS_OPENER.sub("", description)
    if description is not None and _broken_word_written(ev.tok, description):
        return None  # "the judge (inter-)rupted me", "(scan-)dal broke": a word the line cut
    if description is not None:
        description = _with_its_exception(ev.tok, description)
    if description is not None and ev.kind != "noun":
        description = _with_lost_complement(ev.tok, description)
    if description is None or ev.kind == "noun":
        return description
    if _own_way_cut(ev.tok, description):
        return None  # "Cruz barnstormed his way (across Texas)": where to, it is cut
    if _comparison_base_cut(ev.tok, description):
        return None  # "lost 12 percent more jobs (relative to factories ...)": more than what?
    if _bare_pair_object(ev.tok, description):
        return None  # "The view highlighted both": both of what, the entry cannot say
    if _predicate_adjective_in_subject(ev.tok):
        return None  # "(rents are) high and mill jobs are disappearing": a clause's end, glued on
    description = _without_dashed_apposition(ev.tok, description)
    if _circumstance_gerund(ev.tok):
        return None  # "(tried to anger rivals) by painting slogans": a means, no deed told
    if _told_with_head(ev.tok) and _vague_pronoun(ev.tok.head, names):
        return None  # "they could use the base (to bomb ...)": who, unsaid
    words = description.split()
    if (
        words
        and (words[0].lower() == "to" or words[0] == ev.tok.text)
        and ev.tok.tag_ in ("VB", "VBG", "VBN")
    ):
        doer = _doer(ev.tok)
        named = names.get(doer.i) if doer is not None else None
        means = ev.tok.dep_ == "pcomp" and ev.tok.head.lower_ == "by"  # "by writing off debts"
        if ev.tok.dep_ == "pcomp" and doer is not None and doer.dep_ == "nsubjpass":
            # "the savings were achieved by cutting costs", "pickets were held by striking
            # civil servants": the subject of a passive is no doer of its "by" phrase
            return None
        if doer is None or named is None or words[0].lower() == "to" or ev.tok.tag_ != "VBG":
            if not means or doer is None:
                return None  # "to brag about ...", "using copyrighted material": whose, unsaid
            if doer.pos_ in ("NOUN", "PROPN"):
                # "(many clubs survived) by lowering fees": a means alone says not whose; the
                # doer's noun phrase before it does ("many clubs were lowering fees"; a name no
                # entity covers likewise)
                description = _with_be(
                    _noun_phrase(doer, names, as_subject=True), ev.tok, doer, description
                )
                words = description.split()
            if doer is not None and doer.pos_ == "PRON":
                written = _noun_phrase(doer, names, as_subject=True)
                if written.lower() == doer.lower_:
                    return None  # "(she broke the rules) by using a private server": whose, unsaid
                # "(she ...) by ...": she by her name
                description = _with_be(written, ev.tok, doer, description)
                words = description.split()
        else:
            # "(Russia made a comeback) by writing off debts", "(Obama opened the museum) by
            # ringing a bell": the doer the clause depends on, by name, with the deed, told in
            # the tense of that clause ("Russia has been writing off debts")
            description = _with_be(
                _noun_phrase(doer, names, as_subject=True), ev.tok, doer, description
            )
            words = description.split()
    if not description:
        return None  # "Reed making false promises": a gerund with no tense to tell it in
    if _reduced_passive(ev.tok):
        # "(Police said) the fourth person shot on Friday (was ...)": a participle that
        # describes its noun, which the parse made its subject; told as the passive it is
        subject = next(c for c in ev.tok.children if c.dep_ == "nsubj")
        plural = _number(subject) == "pl" or any(c.dep_ == "conj" for c in subject.children)
        found = re.search(rf"(?<=\S ){re.escape(ev.tok.text)}\b", description)
        if found is None:
            return None
        be = "were" if plural else "was"
        description = f"{description[: found.start()]}{be} {description[found.start() :]}"
        words = description.split()
    if words and words[0][:1] in (")", "]", "}", ".", ",", ";", ":", "!", "?"):
        return None  # "[Sanders] should stay in", "(Fred Sr). became": the subject was lost
    if any(mark in description for mark in ("<", ">", '="')):
        return None  # '<tweet id="...">Scanner: ...': the source's markup, not words
    if (
        words
        and words[0].lower() == "that"
        and any(
            t.lower_ == "that"
            and (
                (t.dep_ == "mark" and t.head.i == ev.tok.i)
                or (t.dep_ == "det" and t.head.tag_ in ("NNS", "NNPS"))  # "that members"
            )
            for t in ev.tok.subtree
            if t.i == ev.tok.left_edge.i
        )
    ):
        return None  # "(theories, such as) that spies have infiltrated ...": a content, no deed
    if words and words[0].lower() in _FINITE_AUX:
        return None  # "were going to voicemail": a verb group whose subject the parse lost
    if ev.tok.dep_ in ("ccomp", "xcomp", "pcomp", "pobj") and any(
        c.tag_ == "WRB" and c.i < ev.tok.i and c.i == ev.tok.left_edge.i for c in ev.tok.children
    ):
        return None  # "(showed me) where he slept": a place or a question, not a deed
    if words and words[0].lower() in _WH_OPENERS and not _in_subject_clause(ev.tok, words[0]):
        # "how black people were brutalized ...", "how much communities are suffering": a
        # question's clause, not a deed ("How we use energy is shifting" tells one)
        return None
    if ev.modality in ("fact", "future") and _either_or(ev.tok):
        return None  # "he will rise or fall": neither is what the text says will happen
    amount = next(
        (
            ev.tok.doc[ev.tok.i + 1 : c.right_edge.i + 1]
            for c in ev.tok.children
            if words and words[-1] == ev.tok.text and _amount_after(ev.tok, c)
        ),
        None,
    )
    if (
        amount is not None
        and len(amount) <= 4
        and not any(t.is_space or t.is_quote or t.text in (",", ";", "-", "—") for t in amount)
    ):
        # "Alzheimer's deaths increased (71%)": the amount written in
        description = _tidy(f"{description} {_span_text(amount)}")
        words = description.split()
    else:
        amount = None
    if (
        words
        and words[-1] == ev.tok.text
        and any(
            c.i > ev.tok.i
            and (
                c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd")
                # "Labour's campaign cost (£1.7m, the Greens' £0.4m)": the amount the parse
                # made an adverb, too long to write in
                or (_amount_after(ev.tok, c) and amount is None)
            )
            for c in ev.tok.children
        )
    ):
        return None  # "she was beginning to realize (that ...)": the verb's object was cut
    if words and _GLUED_MARKS.search(description):
        return None  # "Momentum was running against Trump….Something", "(W)]e won't": pieces
    if words and _modifier_at_end(ev.tok, words[-1]):
        return None  # "discredited by the medical (... establishment)": the noun was cut
    if words and any(
        t.text == words[-1] and t.pos_ == "AUX" and t.i >= ev.tok.i for t in ev.tok.sent
    ):
        return None  # "Hayek confirmed she had been (discriminated against)": an ellipsis
    final = next(
        (t for t in ev.tok.sent if words and t.i >= ev.tok.i and t.text == words[-1]), None
    )
    if final is not None and final.tag_ == "PRP$" and final.dep_ != "poss":
        return None  # "Trump started his (by calling ...)": whose what, unsaid
    if (
        final is not None
        and (final.i != ev.tok.i or final.dep_ == "prt")
        and _verb_left_wanting(final)
    ):
        return None  # "Clinton has struggled to hit (upon a clear rationale)": what, cut
    particles = {t.lower_ for t in ev.tok.subtree if t.dep_ in ("prt", "advmod")}
    if not words or (words[-1].lower() in _DANGLING and words[-1].lower() not in particles):
        return None  # "These tactics worked for": the phrase was cut
    obj = next((c for c in ev.tok.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in _VAGUE_OBJECTS and words[-1].lower() == obj.lower_:
        return None  # "Donald Trump executed it", "Trump endorsed one": what, it does not say
    if obj is not None and words[-1] == obj.text and _said_noun_cut(obj):
        return None  # "Sanders reiterated his belief (that ...)": which belief, cut
    whole = _with_subject_complement(ev.tok, description)
    if whole is None:
        return None  # "The failure (to find ...) had damaged faith": which failure, cut
    description = whole
    words = description.split()
    content = (
        _content_clause(obj, infinitive=False)
        if obj is not None and words[-1] == obj.text
        else None
    )
    if content is not None and obj is not None:
        # "criticised the fact (that the council met in secret)": the noun says what only
        # with its clause; written whole when short, else no entry
        clause_words = [t for t in content.subtree if t.i > obj.i]
        while clause_words and clause_words[-1].is_punct:
            clause_words.pop()
        end = _word_end(ev.tok.doc, clause_words[-1].i + 1) if clause_words else None
        if end is None or len(clause_words) > 12 or any(t.is_space for t in clause_words):
            return None
        description = _tidy(f"{description} {_span_text(ev.tok.doc[obj.i + 1 : end])}")
        words = description.split()
    asked = _asked_for(ev.tok)
    if asked is not None and asked.text not in words:
        # "The bishop appealed to all parties (for calm)": what was asked, written whole when
        # it follows the words, else no entry
        last = next((t for t in ev.tok.sent if t.i >= ev.tok.i and t.text == words[-1]), None)
        phrase = [t for t in asked.subtree]
        while phrase and phrase[-1].is_punct:
            phrase.pop()
        end = _word_end(ev.tok.doc, phrase[-1].i + 1) if phrase else None
        if last is None or last.i + 1 != asked.i or end is None or len(phrase) > 8:
            return None
        if any(t.is_punct or t.is_space for t in phrase):
            return None
        description = _tidy(f"{description} {_span_text(ev.tok.doc[asked.i : end])}")
        words = description.split()
    if (
        obj is not None
        and words[-1] == obj.text
        and any(
            c.i > obj.i and c.dep_ in ("amod", "acomp") and c.tag_ in ("JJR", "RBR")
            for c in obj.children
        )
    ):
        return None  # "delivered ratings (57 percent higher than ...)": what they were, cut
    if _two_objects_of_one_prep(ev.tok, words):
        return None  # "deemed the release of (a few spies) a fair trade": the parse broke it
    completed = _completed_end(ev.tok, words)
    if completed is None:
        return None  # "issued statements (condemning ... too long)": which ones, cut
    if completed:
        # "issued statements condemning the attack", "was haunted by the possibility that
        # ...", "proved adept at dodging questions", "would make a bad budget even worse":
        # what the last word needs, written in
        description = _tidy(f"{description} {completed}")
        words = description.split()
    dangling = _dangling_subject(ev.tok, words)
    if dangling is not None:
        # "is running to be a judge (when the council) meets ...", "shaped the town (the way
        # the war) shaped ...": a clause cut after its subject; left out, or no entry
        cut = _span_text(dangling)
        if not description.endswith(" " + cut):
            return None
        description = _tidy(description[: -len(cut)].rstrip())
        words = description.split()
        if not words or _last_written(ev.tok, words) is None:
            return None
    if _vague_pronoun_end(ev.tok, words, names):
        return None  # "the court sided with them", "Roe voted for it": with whom, for what
    last = _last_written(ev.tok, words)
    if (
        last is not None
        and last.dep_ in ("prep", "agent")
        and any(c.dep_ in ("pobj", "pcomp") and c.i > last.i for c in last.children)
    ):
        return None  # "the officer shot Reed after (a struggle)": the preposition's object, cut
    if _restricted_object_cut(ev.tok, words):
        return None  # "won only two primaries (with more than 60% support)", "lost 6,000 (dead)"
    if _noun_complement_cut(ev.tok, words):
        return None  # "supported a ban (on all forms of human cloning)": a ban on what, cut
    if _left_unwritten(ev.tok, words) or _tail_cut(ev.tok, words):
        return None  # "security forces shot dead (100 demonstrators)": what it needs, cut
    needed = _complement_after_last(ev.tok, words)
    if needed is not None:
        # "Pollsters tried to tell us (that the outcome was uncertain)", "Labour has branded
        # the proposal (unworkable)", "the plan seemed to fall (short)": what the last verb
        # needs after the words, written in when short, else no entry
        if not needed:
            return None
        description = _tidy(f"{description} {needed}")
        words = description.split()
    if (
        _generic_relative(ev.tok)
        or _universal_restricted(ev.tok)
        or _glued_subject(ev.tok)
        or _absolute_participle(ev.tok)
        or _recipient_gap(ev.tok)
        or _title_cut(ev.tok, words)
    ):
        return None  # "people (who) paid off mortgages", "(jobs) Weiner has lost"
    if _tenseless_gerund(ev.tok):
        return None  # "(Ann Roe graduated from) Delta College owing $9,000": no deed told
    if _perceived_doing_cut(ev.tok, description):
        return None  # "was heard on a microphone (telling Christie to go home)": what, cut
    if _comparison_cut(words):
        return None  # "garnered twice as much airtime (as his rival)": compared with whom, cut
    if _change_unsaid(ev.tok, description):
        return None  # "the win obscured a decline (in turnout ...)": what fell, cut
    clause = _purpose_complement(ev.tok)
    if clause is not None and description.endswith(ev.tok.doc[clause.left_edge.i - 1].text):
        # "worked (to export fracking)", "is pushing (for his state to become ...)", "created
        # the conditions (for the group to rise)": the verb or noun says little without it
        clause_words = list(clause.subtree)
        while clause_words and clause_words[-1].is_punct:
            clause_words.pop()
        end = _word_end(ev.tok.doc, clause_words[-1].i + 1) if clause_words else None
        if end is None or len(clause_words) > 10 or any(t.is_space for t in clause_words):
            return None
        return _tidy(f"{description} {_span_text(ev.tok.doc[clause_words[0].i : end])}")
    return description


# A verb's complements without which the words before them tell something else or nothing.
_NEEDED_COMPLEMENTS = ("ccomp", "xcomp", "oprd", "acomp")


def _amount_after(verb: Token, child: Token) -> bool:
    """Is the child an amount the parse made an adverb of the verb, right after it ("cost
    £1.7m", "increased 71%")?"""
    return (
        child.dep_ == "npadvmod"
        and child.left_edge.i == verb.i + 1
        and any(t.tag_ == "$" or t.ent_type_ in ("MONEY", "PERCENT") for t in child.subtree)
    )


def _complement_after_last(verb: Token, words: list[str]) -> str | None:
    """What a verb of the description still needs after its last written word, the words to
    write in ("" when too long to: no entry then), or None when nothing is missing:
    - a complement clause or predicate of the verb the last word hangs from, or of a verb
      above it up to the entry's verb ("tried to tell us (that the outcome was uncertain)");
    - a bare adjective right after the last word that the parse made an adverb of its verb
      ("seemed to fall (short)") or an adjective of the object after it ("branded the
      proposal (unworkable)"): what the verb makes of it."""
    last = _last_written(verb, words)
    if last is None and words and words[-1] == verb.text:
        last = verb  # "The plan seemed to fall": the entry's verb is the last word
    if last is None:
        return None
    needed: Token | None = None
    node = last
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            needed = next(
                (
                    c
                    for c in node.children
                    if c.i > last.i
                    and (
                        c.dep_ in _NEEDED_COMPLEMENTS
                        or (c.dep_ == "advmod" and c.tag_ == "JJ" and c.i == last.i + 1)
                    )
                ),
                None,
            )
            if needed is not None:
                break
        if node.i == verb.i or node.head.i == node.i or node.i < verb.i:
            break
        node = node.head
    if (
        needed is None
        and last.dep_ == "dobj"
        and last.head.pos_ == "VERB"
        and any(c.dep_ == "det" for c in last.children)
    ):
        needed = next(
            (c for c in last.children if c.dep_ == "amod" and c.i == last.i + 1 and c.tag_ == "JJ"),
            None,
        )
    if needed is None:
        return None
    if needed.left_edge.i not in (last.i + 1, last.i + 2) or (
        needed.left_edge.i == last.i + 2 and verb.doc[last.i + 1].lower_ != "that"
    ):
        return ""
    phrase = _phrase_words(verb.doc[last.i + 1], needed.right_edge)
    if phrase is None or len(phrase) > 10:
        return ""
    return _span_text(verb.doc[phrase[0].i : phrase[-1].i + 1])


def _last_written(verb: Token, words: list[str]) -> Token | None:
    """The word of the verb's phrase after the verb that the description ends on."""
    last_word = words[-1].rstrip(".,;:") if words else ""
    if last_word[:1] in ("$", "£", "€") and len(last_word) > 1:
        last_word = last_word[1:]  # "$100": the currency is a token of its own
    found = next(
        (t for t in verb.subtree if t.i > verb.i and t.text == last_word and not t.is_punct),
        None,
    )
    if found is None and "-" in last_word:  # "sanctions-busters": three tokens, one word
        piece = last_word.rsplit("-", 1)[1]
        found = next(
            (
                t
                for t in verb.subtree
                if t.i > verb.i and t.text == piece and t.i > 0 and verb.doc[t.i - 1].text == "-"
            ),
            None,
        )
    return found


def _two_objects_of_one_prep(verb: Token, words: list[str]) -> bool:
    """Does a preposition the description writes have two objects the parse did not join
    ("deemed the release of a few spies a fair trade": "of" with "spies" and "trade")? The
    parse broke the phrase; what the description writes of it is cut."""
    last = _last_written(verb, words)
    if last is None:
        return False
    for t in verb.doc[verb.i : last.i + 1]:
        objects = [c for c in t.children if c.dep_ == "pobj" and c.text != "-"]
        # "for non-payment": one word the tokenizer split at its hyphen
        split = any(
            b.i - a.i == 2 and t.doc[a.i + 1].text == "-" for a, b in itertools.pairwise(objects)
        )
        if t.dep_ in ("prep", "agent") and len(objects) > 1 and not split:
            return True
    return False


def _phrase_words(first: Token, last: Token) -> list[Token] | None:
    """The words from `first` to `last` as one phrase to write in, None when it holds a mark
    of punctuation (but a hyphen) or a line break, or ends inside a word."""
    words = list(first.doc[first.i : last.i + 1])
    while words and words[-1].is_punct:
        words.pop()
    if not words or any(
        t.is_space or (t.is_punct and t.tag_ != "HYPH") or t.is_quote for t in words
    ):
        return None
    if _word_end(first.doc, words[-1].i + 1) is None:
        return None
    return words


# Verbs that give a thing to a cause: without the cause, the deed is not told.
_CREDITING = {"credit": {"to"}, "blame": {"on", "for"}, "attribute": {"to"}}

# Reflexive objects: the verb's phrase after one says what the deed was ("distanced himself
# from ...").
_REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}

# Words that open what a verb makes of its object, after the object ("make it even worse", "get
# the season back on track"): a comparative, or a particle with its phrase.
_RESULT_OPENERS = {"even", "much", "far", "still"}


def _completed_end(verb: Token, words: list[str]) -> str | None:
    """What the last written word needs after it, to write in; "" when it needs nothing, None
    when what it needs is too long to write (no entry then):
    - a bare plural the description ends on (no article, number or possessor), restricted by
      a relative or participle clause right after it ("issued statements (condemning the
      attack)", "came from donors (whose firms had failed)"): the plural alone says which
      ones no more than "some" (up to 10 words; a longer one is left out, the entry kept);
    - the object of a preposition the description ends on, with a "that" clause that says what
      it holds ("was haunted by the possibility (that ...)"; an object's is handled before),
      up to 12 words;
    - an adjective complement with its own preposition after it ("proved adept (at dodging
      questions)", "become devoted (to ...)"), up to 6 words;
    - a comparative or a particle phrase after the object, what the verb makes of it ("would
      make a bad budget (even worse)", "get the season (back on track)"), up to 5 words (a
      longer one is left out, the entry kept)."""
    last = _last_written(verb, words)
    if last is None:
        return ""
    doc = verb.doc
    bound = doc[last.i + 2] if last.i + 2 < len(doc) else None
    if (
        bound is not None
        and (
            last.like_num
            or last.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL")
            or any(c.dep_ == "nummod" for c in last.children)
        )
        and doc[last.i + 1].lower_ == "or"
        and bound.tag_ in ("JJR", "RBR")
        and bound.head.i == last.i
        and not any(c.i > bound.i for c in bound.children)
    ):
        # "gave $200 (or less)", "raised $5 million (or more)": the bound the amount is
        return f"or {bound.text}"
    causes = _CREDITING.get(verb.lemma_.lower(), set())
    if not any(
        verb.i < t.i <= last.i and t.lower_ in causes and t.dep_ in ("prep", "dative")
        for t in verb.subtree
    ) and any(
        t.i > last.i and t.lower_ in causes and t.dep_ in ("prep", "dative") for t in verb.subtree
    ):
        # "credited the rise in sales (to the new store)", "blamed the loss (on the
        # weather)": to what, cut (the parse may hang it on the object); no entry
        return None
    if last.lower_ in _REFLEXIVES and last.dep_ == "dobj" and last.head.i == verb.i:
        # "distanced himself (from the governor)", "aligned herself (closely with the
        # unions)": the reflexive alone says nothing of whom or what; the verb's phrase
        # after it, with an adverb between, is written in (up to 7 words), else no entry
        prep = next(
            (
                c
                for c in verb.children
                if c.dep_ == "prep"
                and c.i > last.i
                and all(t.dep_ == "advmod" and t.head.i == verb.i for t in doc[last.i + 1 : c.i])
            ),
            None,
        )
        if prep is None:
            return ""
        phrase = _phrase_words(doc[last.i + 1], prep.right_edge)
        if phrase is None or len(phrase) > 7 or phrase[-1].i != prep.right_edge.i:
            return None
        return _span_text(doc[phrase[0].i : phrase[-1].i + 1])
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if (
        after is not None
        and after.tag_ == "JJ"
        and after.head.i <= after.i
        and last.pos_ != "NUM"  # "lost over 6,000 (dead and wounded)": `_restricted_object_cut`
        and after.head.pos_ not in ("NOUN", "PROPN", "PRON")  # "a dividend (payable on ...)"
        and last.i > verb.i
        and not last.is_punct
        and after.i in {t.i for t in verb.sent}
    ):
        # "the attacks left Ambassador Stevens and three other Americans (dead)": an adjective
        # right after the words, no noun's, is what the deed left them; written in, short
        phrase = _phrase_words(after, after.right_edge)
        if phrase is None or len(phrase) > 3:
            return None
        return _span_text(doc[phrase[0].i : phrase[-1].i + 1])
    if (
        last.tag_ in ("NNS", "NNPS", "NN")
        # the verb's object or its preposition's, not a noun's ("a surge in (employment gains)
        # that began ...": the clause may be the surge's)
        and (
            (last.dep_ == "dobj" and last.head.pos_ in ("VERB", "AUX"))
            or (last.dep_ == "pobj" and last.head.head.pos_ in ("VERB", "AUX"))
        )
        and not any(
            c.dep_ in ("poss", "nummod", "quantmod", "predet", "appos")
            or (c.dep_ == "det" and c.lower_ != "the")
            or (c.dep_ == "amod" and c.lower_ in _QUANTIFIERS)
            for c in last.children
        )
        # a bare plural, or a noun with "the" whose relative names which one: "underestimated
        # the risks (that militants posed)"
        and (last.tag_ != "NN" or any(c.dep_ == "det" for c in last.children))
    ):
        definite = any(c.dep_ == "det" for c in last.children)
        clause = next(
            (
                c
                for c in last.children
                if c.dep_ in ("relcl", "acl")
                and c.left_edge.i == last.i + 1
                and c.tag_ != "VB"  # an infinitive is `_tail_cut`'s
                # with "the", only a relative whose noun is its object ("the risks (that)
                # militants posed"): one whose noun is its subject may add, not restrict
                and (
                    not definite
                    or (
                        c.dep_ == "relcl"
                        and not any(
                            g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP")
                            for g in c.children
                        )
                        # not "the protection (it wanted)": whose "it", the entry cannot say
                        and any(
                            g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"
                            for g in c.children
                        )
                    )
                )
            ),
            None,
        )
        if clause is not None:
            # the clause without the verbs joined to it ("debts owed by Cuba (and boosting
            # trade ...)": the parse may join the main clause's next verb to it)
            kept = [c for c in clause.children if c.dep_ not in ("cc", "conj", "punct")]
            end = max([clause, *(c.right_edge for c in kept)], key=lambda t: t.i)
            phrase = _phrase_words(clause.left_edge, end)
            if phrase is None or len(phrase) > 10:
                # "planted newspaper articles (alleging ... too long)": the plural alone is
                # vaguer, not false (read on PolNeAR train, leaving it out lost good entries)
                return ""
            return _span_text(doc[phrase[0].i : phrase[-1].i + 1])
    if last.dep_ == "pobj" and last.pos_ == "NOUN" and last.head.head.i == verb.i:
        content = _content_clause(last, infinitive=False)
        if content is not None:
            phrase = _phrase_words(content.left_edge, content.right_edge)
            if phrase is None or len(phrase) > 12 or phrase[0].i != last.i + 1:
                return None
            return _span_text(doc[phrase[0].i : phrase[-1].i + 1])
    if last.pos_ == "ADJ" and last.dep_ in ("acomp", "oprd") and last.head.i == verb.i:
        prep = next(
            (c for c in last.children if c.dep_ == "prep" and c.i == last.i + 1),
            None,
        )
        if prep is not None:
            phrase = _phrase_words(prep, prep.right_edge)
            if phrase is None or len(phrase) > 6:
                return None
            return _span_text(doc[phrase[0].i : phrase[-1].i + 1])
    origin = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "from" and c.right_edge.i == last.i
        ),
        None,
    )
    goal = next(
        (
            c
            for c in verb.children
            if origin is not None and c.dep_ == "prep" and c.lower_ == "to" and c.i == last.i + 1
        ),
        None,
    )
    if goal is not None:
        # "cut the fare from two pounds (to one pound)": the change's end, written in
        phrase = _phrase_words(goal, goal.right_edge)
        if phrase is None or len(phrase) > 6:
            return None
        return _span_text(doc[phrase[0].i : phrase[-1].i + 1])
    if last.dep_ == "dobj" or (last.head.dep_ == "dobj" and last.dep_ in ("compound", "amod")):
        obj = last if last.dep_ == "dobj" else last.head
        if obj.right_edge.i != last.i:
            return ""
        start = next(
            (
                c
                for c in obj.head.children
                if c.dep_ == "prep" and c.lower_ == "from" and c.i == obj.right_edge.i + 1
            ),
            None,
        )
        goal_prep: Token | None = next(
            (
                c
                for c in obj.head.children
                if c.dep_ == "prep" and c.lower_ == "to" and start is not None and c.i > start.i
            ),
            None,
        )
        if (
            start is not None
            and goal_prep is None
            and any(t.dep_ == "prep" and t.lower_ == "to" for t in start.subtree)
        ):
            goal_prep = start  # "from a focus on lending (to ...)": the parse hung "to" inside
        if start is not None and goal_prep is not None:
            # "shifted the bank (from ... to ...)": where it went from and to, both or none
            phrase = _phrase_words(start, goal_prep.right_edge)
            if phrase is None or len(phrase) > 10:
                return None
            return _span_text(doc[phrase[0].i : phrase[-1].i + 1])
        result = next(
            (
                c
                for c in obj.head.children
                if c.i > obj.i
                and c.left_edge.i == obj.right_edge.i + 1
                and c.dep_ in ("advmod", "prep", "acomp", "oprd")
                and (
                    c.tag_ in ("JJR", "RBR")
                    or c.left_edge.lower_ in _RESULT_OPENERS
                    or (c.left_edge.lower_ in _VERB_PARTICLES and c.left_edge.i != c.i)
                    or (
                        c.lower_ in _VERB_PARTICLES
                        and any(g.dep_ == "prep" for g in c.children)
                        and not _bare_particle(c)
                    )
                )
                and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
            ),
            None,
        )
        if result is not None:
            phrase = _phrase_words(result.left_edge, result.right_edge)
            if phrase is None or len(phrase) > 5:
                return ""  # "seemed to shift focus (away from ... too long)": as it was
            return _span_text(doc[phrase[0].i : phrase[-1].i + 1])
    return ""


# Pronouns whose thing or people an object cannot tell without what came before.
_VAGUE_OBJECT_PRONOUNS = {"it", "them"}


_DASHES = {"-", "--", "—", "–"}
_DASHED_TAIL = re.compile(r"\s(?:-|--|—|–)\s(?P<tail>[^-—–]+)$")


def _without_dashed_apposition(verb: Token, description: str) -> str:
    """The description without a name set off by a spaced dash after a name at its end ("The
    officer shot Reed (- Tom Vance - ...)"): whose name it gives, the dash does not say (it is
    often the subject's; the parse may even join the names across it), so it is left out."""
    found = _DASHED_TAIL.search(description)
    if found is None or found.start() == 0:
        return description
    doc = verb.doc
    first_word = found.group("tail").split()[0]
    for t in verb.sent:
        if (
            t.i > verb.i
            and t.text in _DASHES
            and t.i + 1 < len(doc)
            and doc[t.i - 1].whitespace_
            and t.whitespace_
            and doc[t.i + 1].text == first_word
        ):
            after = doc[t.i + 1 : t.i + 1 + len(found.group("tail").split())]
            # a name set off after a name: "Reed - Tom Vance": two people, or one named twice;
            # which, the dash does not say
            if doc[t.i - 1].pos_ != "PROPN" or any(a.pos_ != "PROPN" for a in after):
                return description
            return description[: found.start()]
    return description


def _reduced_passive(verb: Token) -> bool:
    """Is the verb a past participle with no auxiliary, no object and a noun subject before it
    that the parse made a clause, though it only describes that noun: another verb follows
    with no subject of its own ("the fourth person (shot on Friday) was a teenager"), or a
    "by" names who did it ("voters (turned off by his rhetoric)")?"""
    children = list(verb.children)
    by = any(
        c.dep_ in ("agent", "prep")
        and c.lower_ == "by"
        # a doer's noun, not a means ("picked up from his daughter by saying ...")
        and any(g.dep_ == "pobj" for g in c.children)
        and not any(
            t.like_num
            or t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "DATE", "TIME")
            or t.lemma_.lower() in _TIME_NOUNS
            for t in c.subtree
        )  # "went up by five percent", "picked up by March": how much, when; not who
        for c in children
    )
    # "voters turned off by ...": a phrasal verb read as a past, with its particle and a "by"
    # but no object, is the participle too
    phrasal = (
        verb.tag_ == "VBD"
        and verb.lower_.endswith("ed")  # a form both past and participle
        and by
        and any(c.dep_ == "prt" for c in children)
    )
    if (verb.tag_ != "VBN" and not phrasal) or verb.dep_ in ("acl", "amod", "relcl", "conj"):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "attr") for c in children):
        return False
    if by:
        return True
    rest = [t for t in verb.sent if t.i > verb.right_edge.i]
    return any(
        t.pos_ in ("VERB", "AUX")
        and t.tag_ in ("VBD", "VBZ", "VBP")
        and t.dep_ not in ("aux", "auxpass", "conj")
        and t.head.i != verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
        for t in rest[:3]
    )


def _dangling_subject(verb: Token, words: list[str]) -> SpacySpan | None:
    """The words of a clause cut after its subject that the description ends on ("is running
    to be a judge when the council (meets next week)", "has helped shape the town the way the
    war (shaped its parents)"): from the clause's first word (its "when", or its noun's
    "the way") to the subject's last; None when the description ends on no such subject. The
    clause's verb comes after the subject and is not written, so the subject says nothing."""
    last = _last_written(verb, words)
    if last is None:
        return None
    subject = last
    while subject.dep_ not in ("nsubj", "nsubjpass") and subject.head.i != subject.i:
        if subject.head.i > last.i or subject.head.i == verb.i:
            return None
        subject = subject.head
    clause = subject.head
    if (
        subject.dep_ not in ("nsubj", "nsubjpass")
        or subject.right_edge.i != last.i
        or clause.i <= last.i
        or clause.i == verb.i
        or not any(t.i == verb.i for t in clause.ancestors)
    ):
        return None
    start = clause.left_edge
    if clause.dep_ == "relcl" and clause.head.i < start.i and start.i == subject.left_edge.i:
        # "the way (the war) shaped ...": the noun of a relative with no word of its own before
        # its subject goes with it (not "a delegate (when the party) meets")
        start = clause.head.left_edge
    if start.i <= verb.i:
        return None
    return verb.doc[start.i : last.i + 1]


def _vague_pronoun_end(
    verb: Token, words: list[str], names: dict[int, tuple[Mention, Entity]]
) -> bool:
    """Does the description end on "it" or "them" as the object of a preposition ("the court
    sided with them", "Roe voted for it", "raised the intensity of it") that no name stands
    for? With whom or for what the deed was done, the entry cannot say. Not a share of them
    ("renounced most of them": the count is what it tells)."""
    last = _last_written(verb, words)
    if last is None or last.lower_ not in _VAGUE_OBJECT_PRONOUNS or last.i in names:
        return False
    if last.dep_ != "pobj":
        return False
    owner = last.head.head
    return not (
        last.head.lower_ == "of"
        and (owner.pos_ == "NUM" or owner.lower_ in _QUANTIFIERS | {"both", "none", "one"})
    )


def _progressive_be(gerund: Token, doer: Token) -> str | None:
    """The forms of "be" that make a gerund after a preposition ("by writing off debts") a
    clause in the tense of the clause it hangs on: "was"/"were"
    under a past, "is"/"are" under a present, "has been"/"have been"/"had been" under a
    perfect, the modal and "be" under a modal; by the doer's number. None when the clause it
    hangs on has no tense to take."""
    node = gerund.head
    if node.dep_ in ("prep", "agent"):
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return None
    while (
        node.tag_ in ("VBN", "VBG", "VB")
        and node.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "advcl")
        and node.head.pos_ in ("VERB", "AUX")
        and not any(a.dep_ in ("aux", "auxpass") and a.tag_ != "TO" for a in node.children)
    ):
        # "keeping his voters (fired up) by making ...", "made a comeback (to revive ties) by
        # writing off debts": a participle or infinitive has no tense of its own; the verb it
        # completes has ("Reed is making ...")
        node = node.head
    plural = (
        doer.lower_ in ("we", "they", "you")
        or (doer.pos_ != "PRON" and _number(doer) == "pl")
        or any(c.dep_ == "conj" for c in doer.children)  # "Trump and Lewandowski were"
    )
    auxes = [a for a in node.children if a.dep_ in ("aux", "auxpass") and a.tag_ != "TO"]
    if doer.head.i == node.i:
        # "Sanders is keeping ...": the doer's own verb says its number, whatever the tag of
        # a name ending in "s"
        agreed = next((_number(a) for a in [*auxes, node] if _number(a) is not None), None)
        if agreed is not None and node.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            plural = agreed == "pl"
    modal = next((a for a in auxes if a.tag_ == "MD"), None)
    if modal is not None:
        return f"{modal.lower_} be" if modal.lower_ not in ("'ll", "'d") else None
    have = next((a for a in auxes if a.lemma_.lower() == "have"), None)
    if have is not None and node.tag_ == "VBN":
        if have.tag_ == "VBD" or have.lower_ == "had":
            return "had been"
        return "have been" if plural or doer.lower_ == "i" else "has been"
    finite = next((a for a in auxes if a.tag_ in ("VBD", "VBZ", "VBP")), None)
    tag = finite.tag_ if finite is not None else node.tag_
    if tag == "VBD":
        return "were" if plural else "was"
    if tag in ("VBZ", "VBP"):
        if doer.lower_ == "i":
            return "am"
        return "are" if plural else "is"
    return None


def _with_be(doer_text: str, gerund: Token, doer: Token, description: str) -> str:
    """ "Russia has been writing off debts": the doer, the forms of "be" of the clause the
    gerund hangs on (`_progressive_be`), and the gerund's description; "" when that clause has
    no tense to take ("Reed making false promises" is no clause: no entry)."""
    be = _progressive_be(gerund, doer)
    return f"{doer_text} {be} {description}" if be else ""


def _verb_left_wanting(last: Token) -> bool:
    """Does a description end on a verb (or its particle) whose object, complement or manner
    follows it in the text unwritten ("has struggled to hit (upon ...)", "has promised to push
    (harder ...)", "will oversee (...)")? A time, a place or an aside after it may be left out."""
    verb = last.head if last.dep_ == "prt" else last
    if verb.pos_ not in ("VERB", "AUX") or last.pos_ not in ("VERB", "AUX", "ADP", "ADV"):
        return False
    for c in verb.children:
        if c.i <= last.i or c.dep_ not in _WANTED or c.is_punct or c.lower_ in _TIME_PREPS:
            continue  # "is almost guaranteed (after she became ...)": a time, left out
        words = list(c.subtree)
        comma = next((k for k, t in enumerate(words) if t.is_punct and not t.is_quote), None)
        words = words[:comma] if comma else words  # "(in South America), where ..."
        if " ".join(t.lower_ for t in words) in _ASIDES | {"in part"}:
            continue
        if not all(
            t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
            or t.lemma_.lower() in _TIME_NOUNS
            or t.lower_ in _HARMLESS_ADVERBS
            or t.pos_ in ("ADP", "DET", "PUNCT")
            for t in words
        ):
            return True
    return False


_TIME_PREPS = {"after", "before", "since", "until", "till", "during", "while", "when", "amid"}


# What a verb written last may need after it.
_WANTED = {"dobj", "xcomp", "ccomp", "dative", "attr", "oprd", "acomp", "prep", "advmod", "prt",
           "agent"}  # fmt: skip


def _perceived_doing_cut(verb: Token, description: str) -> bool:
    """Is the verb a passive of seeing or hearing whose participle says what was seen or heard
    ("was heard on a microphone telling ...", "was caught on camera taking ..."), one the
    description leaves out?"""
    if verb.lemma_.lower() not in _PERCEIVED or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    doing = next(
        (
            c
            for c in verb.subtree
            if c.dep_ in ("advcl", "xcomp", "ccomp", "acl")
            and c.tag_ == "VBG"
            and c.i > verb.i
            # the verb's own, or one the parse hung on the noun of its phrase ("heard on a
            # microphone telling ...")
            and (c.head.i == verb.i or (c.head.dep_ == "pobj" and c.head.head.head.i == verb.i))
        ),
        None,
    )
    return doing is not None and doing.text not in description.split()


_PERCEIVED = {"hear", "overhear", "see", "catch", "spot", "film", "record", "photograph",
              "videotape", "observe", "show", "picture"}  # fmt: skip


# Verbs whose "to" infinitive says what they are for: without it the verb says little ("worked
# to export ...", "pushed to repeal ...", "moved to block ...").
_PURPOSE_VERBS = {"work", "push", "press", "strive", "struggle", "fight", "campaign", "lobby",
                  "labor", "labour", "scramble", "rush", "race", "move", "act", "maneuver",
                  "manoeuvre", "battle", "organize", "organise", "mobilize",
                  "mobilise"}  # fmt: skip

# Nouns that say what a "for ... to" or "to" clause opens the way to ("the conditions for the
# group to rise", "paved the way to ...").
_PURPOSE_NOUNS = {"condition", "way", "path", "stage", "ground", "groundwork", "room",
                  "opportunity", "chance", "door", "pressure", "call", "incentive",
                  "momentum", "basis", "framework", "mechanism", "tool", "means"}  # fmt: skip


def _purpose_complement(verb: Token) -> Token | None:
    """The clause that completes a verb or its object and that a description leaves out: a
    "for ... to" clause ("pushing for his state to become ...", "the conditions for the group
    to rise"), a "to become" infinitive ("had risen to become ..."), or a "to" infinitive of a
    verb of striving ("worked to export ...") or of a noun of opening a way ("the conditions to
    grow"), hung on the verb or its object."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i]
    for head in heads:
        for c in head.children:
            if c.dep_ not in ("advcl", "acl") or c.i < head.i or c.tag_ != "VB":
                continue
            if not any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
                continue
            marked = any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            needed = (
                # "had risen to become the bank's head", "went on to become mayor": what it
                # came to, the verb's news
                head.lemma_.lower() in _PURPOSE_VERBS or c.lemma_.lower() == "become"
                if head.i == verb.i
                else head.lemma_.lower() in _PURPOSE_NOUNS
            )
            if marked or needed:
                return c
    return None


# Prepositions whose phrase after a noun says what the noun is about, aimed at or for ("a ban
# on ...", "a case for ...", "an observation about ...", "calls for ...").
_NOUN_COMPLEMENT_PREPS = {"on", "for", "about"}


def _restricted_object_cut(verb: Token, words: list[str]) -> bool:
    """Does the description end on an object whose unwritten words after it restrict it: one
    counted with "only" ("won only two primaries (with more than 60% support)": he won more),
    or a bare number whose noun follows as an adjective ("lost over 6,000 (dead and wounded)")?
    """
    last_word = words[-1].rstrip(".,;:")
    last = next((t for t in verb.sent if t.i > verb.i and t.text == last_word), None)
    if last is None or last.dep_ not in ("dobj", "attr") or last.head.i != verb.i:
        return False
    after = verb.doc[last.i + 1] if last.i + 1 < len(verb.doc) else None
    if last.pos_ == "NUM" and after is not None and after.pos_ == "ADJ" and after.is_alpha:
        return True
    only = any(t.lower_ in ("only", "just", "merely") for t in last.subtree if t.i < last.i)
    return only and any(c.i > last.i and c.dep_ in ("prep", "acl", "relcl") for c in last.children)


def _noun_complement_cut(verb: Token, words: list[str]) -> bool:
    """Does the description end on an object with "a"/"an" whose own phrase right after it,
    too long to write out, says what it is about ("supported a ban (on all forms of human
    cloning)", "made a case (for reading authors ...)", "an observation (about ...)")? The noun
    alone then says little."""
    last_word = words[-1].rstrip(".,;:")
    last = next((t for t in verb.sent if t.i >= verb.i and t.text == last_word), None)
    if last is None or last.i == verb.i or last.pos_ != "NOUN":
        return False
    if last.dep_ in ("dobj", "attr") and _ranked_without_its_infinitive(last):
        return True  # "became the first candidate (to buy a promoted trend)": first to what
    if last.dep_ not in ("dobj", "attr") or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in last.children
    ):
        return False  # "changed his position (on guns)", "the remarks": which one, told
    for c in last.children:
        if c.i != last.i + 1 or any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
            continue
        if c.dep_ == "prep" and c.lower_ in _NOUN_COMPLEMENT_PREPS:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        ):
            return True  # "made a show (of opening ten offices ...)": the show of what, cut
        if c.dep_ == "acl" and any(
            (g.dep_ == "aux" and g.tag_ == "TO") or (g.dep_ == "mark" and g.lower_ == "that")
            for g in c.children
        ):
            return True
    return False


# Ranking words whose noun needs the infinitive that says at what ("the first (to win)").
_RANKS = {"first", "last", "only", "second", "third", "youngest", "oldest"}


def _ranked_without_its_infinitive(noun: Token) -> bool:
    """Is the noun ranked ("the first candidate", "the only outsider") with an infinitive
    after it, beyond the noun, that says in what ("to win a primary")? Cut there, the ranking
    says nothing true on its own."""
    if not any(c.dep_ == "amod" and c.lower_ in _RANKS for c in noun.children):
        return False
    # the parse may hang it on an aside set after the noun ("the first outsider (that is,
    # someone ...) to win")
    holders = [noun, *(c for c in noun.children if c.dep_ == "appos")]
    return any(
        c.dep_ in ("acl", "relcl")
        and c.i > noun.i
        and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
        for h in holders
        for c in h.children
    )


def _comparison_cut(words: list[str]) -> bool:
    """Does the description open an equal comparison ("twice as much airtime", "as many
    votes") that it does not close with an "as"?"""
    lowered = [w.lower() for w in words]
    for i in range(len(lowered) - 2):
        if lowered[i] == "as" and lowered[i + 1] in ("much", "many", "few", "little"):
            return "as" not in lowered[i + 2 :]
    return False


_EXCEPTING = {"except", "excluding", "besides", "save", "barring"}


def _tail_cut(verb: Token, words: list[str]) -> bool:
    """Does the description stop before a phrase that changes what it says: the "than" of a
    comparison it wrote ("won a higher share (than X did)"), an exception ("won every group
    (except ...)"), the "as" phrase of an object ("presented her (as ...)"), the "from" gerund
    of an object ("kept their kids (from taking ...)"), or the infinitive of a noun it ends on
    ("made the decision (to leave)", "delivered a promise (to cut ...)")?"""
    last_word = words[-1].rstrip(".,;:")
    last = next((t for t in verb.sent if t.i >= verb.i and t.text == last_word), None)
    if last is None:
        return False
    after = [t for t in verb.subtree if t.i > last.i]
    written = verb.doc[verb.i : last.i + 1]
    if any(
        t.tag_ in ("JJR", "RBR") or t.lower_ in ("more", "less", "fewer", "rather")
        for t in [*written, *(c for c in verb.children if c.dep_ == "advmod")]
    ) and any(t.lower_ == "than" for t in after):
        return True
    if any(t.lower_ in _EXCEPTING and t.dep_ in ("prep", "mark", "cc") for t in after):
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i <= last.i), None)
    if obj is not None:
        for c in verb.children:
            if c.i <= last.i or c.left_edge.i != obj.right_edge.i + 1:
                continue
            first = c.left_edge
            if first.lower_ == "as" and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children
            ):
                return True  # "presented the nominee (as suited to ...)"
            if (
                c.dep_ == "prep"
                and c.lower_ == "from"
                and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
            ):
                return True  # "kept their kids (from taking exams)"
    if last.pos_ in ("NOUN", "PROPN") and last.dep_ in ("dobj", "attr", "pobj"):
        return any(
            c.dep_ == "acl"
            and c.i > last.i
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
            for c in last.children
        )  # "made the decision (to separate)"
    return False


def _clause_head(verb: Token) -> Token:
    """The first of the verbs joined to this one ("who saved ..., paid off ...": "saved")."""
    node = verb
    for _ in range(6):
        if node.dep_ != "conj" or node.head.pos_ not in ("VERB", "AUX"):
            break
        node = node.head
    return node


def _restrictive_on_bare_plural(clause: Token) -> bool:
    """Is the clause a relative right after a bare plural ("people who ...", not "Sanders,
    who ...", "the voters who ...", "many voters who ...")?"""
    if clause.dep_ != "relcl":
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("who", "that"):
        return False
    noun = clause.head
    if noun.tag_ not in ("NNS", "NNPS") or noun.i + 1 != subject.i:
        return False
    return not any(
        c.dep_ in ("det", "poss", "nummod", "quantmod", "predet")
        or (c.dep_ == "amod" and c.lower_ in _QUANTIFIERS)
        for c in noun.children
    )


def _generic_relative(verb: Token) -> bool:
    """Is the verb in a restrictive relative on a bare plural that is the subject of a general
    present statement ("Republicans who came of age in the 1970s see inflation everywhere"), or
    the next of a list of such relatives the parse made the main verb ("people who've saved
    every penny, paid off mortgages ... are getting")? Told alone it reads as a fact about all
    of them."""
    clause = _clause_head(verb)
    if _restrictive_on_bare_plural(clause):
        noun = clause.head
        return noun.dep_ == "nsubj" and (
            noun.head.tag_ in ("VBP", "VBZ")
            or any(a.dep_ == "aux" and a.tag_ in ("VBP", "VBZ") for a in noun.head.children)
            or _relative_list(noun.head)
        )
    return _relative_list(verb)


def _universal_restricted(verb: Token) -> bool:
    """Is the verb said of "every", "each", "any" or "all" of something restricted by a
    relative ("every developed nation that has tried to raise rates (has been forced to
    reverse course)"), in that relative or as the verb the restricted noun is the subject of?
    Told alone, either reads as a fact about all of them, or about one that did it."""

    def universal(noun: Token) -> bool:
        # not "each time (she has ...)", nor "all the experts (I interviewed)": a time, a set
        return (
            noun.lemma_.lower() not in _TIME_NOUNS
            and any(
                c.dep_ in ("det", "predet") and c.lower_ in ("every", "each", "any", "all")
                for c in noun.children
            )
            and not any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("every", "each", "any", "all")
                for c in noun.children
            )
        )

    def restricted(noun: Token) -> bool:
        return any(
            c.dep_ == "relcl" and c.i > noun.i and noun.doc[c.left_edge.i - 1].text != ","
            for c in noun.children
        )

    clause = _clause_head(verb)
    if clause.dep_ == "relcl" and universal(clause.head) and restricted(clause.head):
        return True
    subject = _subject(verb)
    return subject is not None and universal(subject) and restricted(subject)


def _relative_list(verb: Token) -> bool:
    """Is the verb the next of a list of relatives on a bare plural, which the parse made the
    main verb ("people who've saved every penny, paid off mortgages")?"""
    subject = _subject(verb)
    if subject is None or subject.i > verb.i:
        return False
    relative = next(
        (c for c in subject.children if c.dep_ == "relcl" and _restrictive_on_bare_plural(c)),
        None,
    )
    return (
        relative is not None
        and relative.right_edge.i + 2 <= verb.i
        and verb.doc[relative.right_edge.i + 1].text == ","
        and all(
            t.dep_ in ("aux", "neg", "punct") for t in verb.doc[relative.right_edge.i + 2 : verb.i]
        )
    )


def _glued_subject(verb: Token) -> bool:
    """Is the subject a name the parse glued to a noun phrase before it, with its own article
    ("the latest jobs Weiner has lost"): a relative clause whose object is that noun?"""
    subject = _subject(verb)
    if subject is None:
        return False
    return subject.tag_ == "NNP" and any(
        c.dep_ == "compound"
        and c.i < subject.i
        and (
            c.tag_ == "NNS"  # "the latest jobs Weiner has lost": a plural does not name him
            or (c.tag_ == "NN" and any(g.dep_ in ("det", "poss") for g in c.children))
        )
        for c in subject.children
    )


# Verbs of giving, whose first object after them can be the one who receives.
_GIVING = {"give", "send", "offer", "hand", "owe", "pay", "promise", "lend", "award", "grant",
           "show", "tell", "sell", "bring", "deny", "extend"}  # fmt: skip


def _recipient_gap(verb: Token) -> bool:
    """Is the verb a giving in a relative clause with no relative word, whose one object is the
    receiver ("the endorsement he gave Clinton"): what was given is the noun before, unwritten?"""
    if verb.dep_ not in ("relcl", "ccomp") or verb.lemma_.lower() not in _GIVING:
        return False
    if any(c.lower_ in _RELATIVIZERS or c.tag_ in ("WDT", "WP") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if len(objects) != 1 or objects[0].i < verb.i:
        return False
    if verb.dep_ == "ccomp":
        # "differed from an assessment the director gave lawmakers": the parse made the
        # relative clause a complement of the verb of saying before; the noun just before its
        # subject, with no word to join them, is what was given, the one object the receivers
        subject = _subject(verb)
        if subject is None or subject.i > verb.i or subject.left_edge.i == 0:
            return False
        before = verb.doc[subject.left_edge.i - 1]
        return (
            before.pos_ == "NOUN"
            and before.head.i != verb.head.i
            and objects[0].tag_ == "NNS"
            and objects[0].ent_type_ == ""
        )
    return verb.head.pos_ == "NOUN" and (
        objects[0].pos_ in ("PROPN", "PRON") or objects[0].ent_type_ in ("PERSON", "ORG")
    )


_TITLE_ONLY = {"VBN", "VBD", "VBG", "VB", "IN", "RP"}


def _title_cut(verb: Token, words: list[str]) -> bool:
    """Does the description write a capitalized name without its next capitalized word, a verb
    or preposition that only a title has mid-sentence ("the No Child (Left Behind law)")?"""
    written = set(words)
    for t in verb.sent:
        before = t.doc[t.i - 1] if t.i > 0 else None
        if (
            t.text in written
            and t.is_title
            and t.tag_ in _TITLE_ONLY
            and not t.is_sent_start
            and before is not None
            and before.is_title
            and before.text not in written
        ):
            return True  # "(No Child) Left Behind law required ..."
        if t.i + 1 >= len(t.doc) or t.text not in written or not t.is_title or t.whitespace_ == "":
            continue
        nxt = t.doc[t.i + 1]
        if (
            nxt.is_title
            and nxt.is_alpha
            and nxt.text not in written
            and nxt.tag_ in _TITLE_ONLY
            and not nxt.is_sent_start
            and nxt.ent_type_ not in ("DATE", "TIME")
        ):
            return True
    return False


def _absolute_participle(verb: Token) -> bool:
    """Is the verb a participle after "with" ("With his rival vanquished, ..."): a state, and
    passive, not a deed of its subject?"""
    return (
        verb.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _vague_pronoun(verb: Token, names: dict[int, tuple[Mention, Entity]]) -> bool:
    """Is the verb's subject an "it"/"they" the description can only write as such ("it took a
    long war", "they shot 41 people dead"), not an "it" that points at nothing ("it rained", "it
    would take hours before ...", "it became clear that ...")?"""
    subject = _subject(verb)
    if subject is None or subject.pos_ != "PRON" or subject.lower_ not in _POINTING_PRONOUNS:
        return False
    if subject.lower_ in ("he", "she") and not names:
        return False  # no names given to place anyone by: the timeline alone, not a brief
    if _noun_phrase(subject, names, as_subject=True).lower() != subject.lower_:
        return False  # "The council said it would appeal": the council
    return not (
        subject.lower_ == "it"
        and (
            verb.lemma_.lower() in _WEATHER
            or _waiting_clause(verb) is not None
            or (
                any(c.dep_ in ("acomp", "attr") for c in verb.children)
                and any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)
            )
        )
    )


def _object_shared_on(verb: Token) -> bool:
    """Do verbs joined after this one, with no subject of their own, end on the object they all
    take ("arresting, imprisoning and executing thousands")?"""
    node = verb
    for _ in range(4):
        nxt = next((c for c in node.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if nxt is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
            return False
        if any(c.dep_ == "dobj" for c in nxt.children):
            return not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in nxt.children)
        node = nxt
    return False


def _left_unwritten(verb: Token, words: list[str]) -> bool:
    """Does the description stop before what completes its verb or the verb it ends on: an
    object, clause or infinitive after its last word ("security forces shot dead (roughly 100
    demonstrators)", "were advised by the agency (to consider ...)", "proclaimed in July (that
    ...)"), the phrase an "-ing" or "-ed" verb at its end needs ("voters are going to be looking
    (at ...)"), the small clause of an object ("the tapes showed the guards (beating a man)"),
    the infinitive that tells what an object was driven to ("drove the farmers (to demand
    ...)"), what was watched ("the crowd watched (as ...)"), or is it a bare "as X documented"
    whose object is the sentence around it? The last word is found as the first word of that
    text at or after the verb in its sentence."""
    last_word = words[-1].rstrip(".,;:")
    last = next((t for t in verb.sent if t.i >= verb.i and t.text == last_word), None)
    if last is None:
        return False
    written = {w.lower() for w in words}
    if any(
        c.i > last.i
        and c.left_edge.i > last.i
        and c.dep_ in _COMPLETIONS
        and not c.is_punct
        and not (c.dep_ == "dative" and c.tag_ in ("IN", "TO"))  # "(a message) to Bush"
        and not _dashed_aside_object(verb, last, c)
        and _near(last, c.left_edge)
        for c in verb.children
    ):
        return True
    if _bare_quantity(last, written) or _correlative_cut(last):
        return True
    if _object_prep_cut(verb, last):
        return True
    owner = last.head
    if (
        last.dep_ == "dobj"
        and owner.i != verb.i
        and owner.pos_ == "VERB"
        and _destination_after(owner, last)
    ):
        return True  # "vowed to take his campaign (all the way to the convention)"
    if last.dep_ == "dobj" and _idiom_infinitive_after(owner, last):
        return True  # "(sought to) put the rumors (to rest)": the parse took "to rest" apart
    end_verb = last if last.pos_ == "VERB" else None
    if end_verb is None and last.dep_ in ("prt", "acomp") and last.head.pos_ == "VERB":
        end_verb = last.head
    if (
        end_verb is not None
        and end_verb.i != verb.i
        and any(c.i > last.i and c.dep_ in _COMPLETIONS for c in end_verb.children)
    ):
        return True
    if (
        end_verb is not None
        and end_verb.lemma_.lower() in _PREP_NEEDED
        and last.i + 1 < len(verb.doc)
    ):
        nxt = verb.doc[last.i + 1]
        if (
            nxt.dep_ == "prep"
            and nxt.head.i == end_verb.i
            and any(g.dep_ in ("pobj", "pcomp") for g in nxt.children)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in nxt.subtree)
        ):
            return True  # "their children could end up looking (like this)"
    if (
        end_verb is not None
        and not any(c.dep_ == "dobj" for c in end_verb.children)
        and end_verb.i + 1 < len(verb.doc)
        and verb.doc[end_verb.i + 1].lower_ in (",", "and", "or")
        and _object_shared_on(end_verb)
    ):
        # "began arresting(, imprisoning and executing dissidents)", "ordered the agency to
        # review (and to release the files)": the object they share is cut
        return True
    lemma = verb.lemma_.lower()
    following = verb.doc[last.i + 1] if last.i + 1 < len(verb.doc) else None
    if (
        last.i == verb.i
        and lemma in _WATCHING | _SMALL_CLAUSE_VERBS
        and following is not None
        and following.is_alpha
        and following.dep_ not in ("cc", "mark", "advmod")
        and not any(c.dep_ in _COMPLETIONS or c.dep_ == "prep" for c in verb.children)
    ):
        return True  # "as we watched (the crowds walk ...)": the parse lost what was seen
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i <= last.i):
        after = min(  # the verb's next phrase after the object
            (c for c in verb.children if c.i > obj.i and not c.is_punct),
            key=lambda c: c.i,
            default=None,
        )
        if (
            lemma in _PLACING
            and after is not None
            and after.head.i == verb.i
            and after.dep_ in ("prep", "dative", "advmod", "npadvmod")
            and after.i > last.i
            and not any(t.ent_type_ in ("DATE", "TIME") for t in after.subtree)
        ):
            return True  # "sent them (to top colleges, ...)", "sent Nega (north to Tigray)"
        if lemma in _PLACING and any(
            c.i > last.i
            and c.dep_ in ("prep", "advmod")
            and c.lower_ in _DESTINATIONS
            and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
            for c in verb.children
        ):
            return True  # "brought him again (back to the attacks)": where, cut
        if (
            lemma == "spend"
            and obj.lemma_.lower() in _DURATION_NOUNS
            and after is not None
            and after.head.i == verb.i
            and after.i > last.i
            and (after.dep_ == "prep" or after.tag_ == "VBG")
        ):
            return True  # "spent a month (in jail)": where, or doing what, is the point
        if lemma in _SMALL_CLAUSE_VERBS and any(
            a.dep_ == "acl" and a.tag_ == "VBG" and a.i > obj.i and a.lower_ not in written
            for a in obj.subtree  # "found emails (from his server) containing ..."
        ):
            return True  # "leaked emails showed party staff (favoring one candidate)"
        if lemma in _OBJECT_CONTROL and any(
            c.dep_ == "advcl"
            and c.left_edge.i == obj.right_edge.i + 1
            and c.left_edge.tag_ == "TO"
            and c.lower_ not in written
            for c in verb.children
        ):
            return True  # "the flood drove thousands of farmers (to demand a dam)"
    if (
        lemma in _SMALL_CLAUSE_VERBS
        and any(
            c.dep_ == "dobj" and c.lower_ in _REFLEXIVES and c.i <= last.i for c in verb.children
        )
        and any(
            c.i > last.i
            and c.dep_ in ("advcl", "xcomp", "acomp", "oprd")
            and c.tag_ in ("VBG", "VBN", "JJ")
            and c.lower_ not in written
            for c in verb.children
        )
    ):
        # "I found myself(, in my 40s, wanting to ...)", "she found herself (isolated)": a
        # reflexive object is found, seen or left in some state; without it nothing is told
        return True
    if lemma in _WATCHING and any(
        c.dep_ == "advcl"
        and c.i > last.i
        and any(m.dep_ == "mark" and m.lower_ in ("as", "how") for m in c.children)
        for c in verb.children
    ):
        return True  # "he watched (as the farms were seized)": what he watched, cut
    return (
        verb.dep_ == "advcl"
        and (lemma, "verb") in LEARNED_CUES
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.i > verb.i and not c.is_punct for c in verb.children)
    )  # "As the Post's reporter documented, (...)": what was documented is the sentence


def _object_prep_cut(verb: Token, last: Token) -> bool:
    """Does the description end on the bare noun of an idiom of a light verb, with the verb's
    phrase right after it left out ("took aim (at remarks by her rival that ...)", "took issue
    (with the plan)", "paid tribute (to ...)")? Taking aim at nothing is no event a reader can
    place."""
    if (
        last.dep_ != "dobj"
        or last.head.i != verb.i
        or verb.lemma_.lower() not in _IDIOM_VERBS
        or last.tag_ != "NN"
        or any(c.i < last.i for c in last.children)  # "took the seat", "made his ruling"
        or last.i + 1 >= len(verb.doc)
    ):
        return False
    nxt = verb.doc[last.i + 1]
    return (
        nxt.dep_ == "prep"
        and nxt.head.i in (verb.i, last.i)
        and any(g.dep_ in ("pobj", "pcomp") for g in nxt.children)
        and not any(g.ent_type_ in ("DATE", "TIME") for g in nxt.children)  # "on Monday"
    )


# Light verbs whose bare noun object says little without the phrase after it ("take aim at",
# "take issue with", "pay tribute to", "set fire to", "lose sight of", "give way to").
_IDIOM_VERBS = {"take", "pay", "set", "lose", "keep", "give", "put", "lay", "draw"}


# Nouns that say which only through the clause after them ("areas (where they agree)").
_LIGHT_NOUNS = {"area", "way", "thing", "place", "something", "anything", "everything",
                "nothing", "someone", "anyone", "somebody", "anybody", "one", "stuff"}  # fmt: skip


def _bare_quantity(last: Token, written: set[str]) -> bool:
    """Does the description end on a number or quantity that stands for a noun the text gave
    before ("Sanders named five people, while Clinton named six": "Clinton named six"), or on a
    partitive noun whose "of"/"for" phrase is not written ("penned a series (of letters)")?"""
    if last.dep_ not in ("dobj", "attr", "oprd", "pobj", "nsubj", "nsubjpass"):
        return False
    word = last.lower_
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    unwritten = [
        c
        for c in [*last.children, *([nxt] if nxt is not None and nxt.head.i == last.head.i else [])]
        if c.dep_ == "prep"
        and c.i > last.i
        and c.lower_ in ("of", "for", "out")  # "won 49 (out of the 54 seats)"
        and c.lower_ not in written
    ]
    if unwritten and (word in _PARTITIVE or last.pos_ == "NUM"):
        return True
    if word in _PARTITIVE and any(
        c.dep_ in ("relcl", "acl") and c.i > last.i for c in last.children
    ):
        return True  # "expanded the number (that qualify)": the number of what, cut
    if last.lemma_.lower() in _LIGHT_NOUNS and any(
        c.dep_ in ("relcl", "acl") and c.i > last.i for c in last.children
    ):
        return True  # "decided to find areas (where they could agree)": which, cut
    if last.dep_ not in ("dobj", "attr", "oprd") or any(
        c.i > last.i and c.dep_ not in ("cc", "conj") for c in last.children
    ):
        return False  # "won three (or four)": a number however it goes on
    if last.i > 0 and last.doc[last.i - 1].tag_ in ("$", "NNP", "NN", "NNS"):
        return False  # "$2 million", "the 2016"
    before = [c for c in last.children if c.i < last.i]
    return (
        (last.pos_ == "NUM" and last.is_alpha) or word in ("most", "more", "several", "some")
    ) and all(c.dep_ in ("det", "advmod", "quantmod") for c in before)


def _correlative_cut(last: Token) -> bool:
    """Does the description stop after the first half of "not just X but Y", "both X and Y",
    "either X or Y"?"""
    node = last
    for _ in range(3):
        if any(c.dep_ == "preconj" for c in node.children) and any(
            c.dep_ == "conj" and c.i > last.i for c in node.children
        ):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


_DESTINATIONS = {"to", "into", "toward", "towards", "back", "home", "onto"}


def _never_in_adverb(verb: Token) -> list[Token]:
    """A "never" the parse hung inside an adverb phrase before the verb ("had never before so
    plainly articulated them"): the denial of the verb, to be written with it."""
    return [
        g
        for c in verb.children
        if c.dep_ == "advmod"
        and c.i < verb.i
        and any(g.dep_ == "neg" and g.lower_ == "never" for g in c.subtree)
        for g in c.subtree  # the whole phrase: "never before so plainly", not "never" alone
    ]


def _idiom_infinitive_after(verb: Token, obj: Token) -> bool:
    """Is "put/lay/set X" followed right after its object by what the parse took for an
    infinitive ("put the rumors to rest", "set the crowd to work")? It is the verb's phrase."""
    return verb.lemma_.lower() in ("put", "lay", "set") and any(
        c.dep_ == "advcl"
        and c.tag_ == "VB"
        and c.left_edge.i == obj.right_edge.i + 1
        and c.left_edge.lower_ == "to"
        for c in verb.children
    )


def _destination_after(verb: Token, obj: Token) -> bool:
    """Does a verb that puts or takes its object somewhere have that place after the object
    ("take his campaign (to the convention)", "send troops (into Syria)")?"""
    if verb.lemma_.lower() not in _PLACING | {"take"}:
        return False
    return any(
        c.i > obj.right_edge.i
        and c.dep_ in ("prep", "advmod")
        and c.lower_ in _DESTINATIONS
        and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        for c in verb.children
    )


def _dashed_aside_object(verb: Token, last: Token, obj: Token) -> bool:
    """Is a second object of the verb only an aside on the first, set off by a dash ("to offer
    encouragement - a word he used often -")? The first, written, completes the verb."""
    return (
        obj.dep_ == "dobj"
        and last.dep_ == "dobj"
        and last.head.i == verb.i
        and any(t.text in _DASHES for t in verb.doc[last.i + 1 : obj.left_edge.i])
    )


def _near(last: Token, start: Token) -> bool:
    """Does a phrase starting at `start` follow the word `last` closely, within eight words and
    no colon, semicolon or bracket between (not a quote set after a colon, nor a phrase the
    parse hung on from afar)?"""
    gap = last.doc[last.i + 1 : start.i]
    return len(gap) <= 8 and not any(t.text in (":", ";", "(", ")") or t.is_space for t in gap)


# What completes a verb: without it the description is a fragment.
_COMPLETIONS = {"dobj", "ccomp", "xcomp", "dative", "oprd", "attr"}


# Verbs that say little without their preposition's phrase ("looking (at the picture)",
# "counting (on his supporters)", "locked (in a close race)").
_PREP_NEEDED = {"look", "rely", "depend", "count", "focus", "wait", "listen", "refer", "belong",
                "consist", "amount", "hinge", "dwell", "lock", "bank", "center", "centre",
                "zero", "home", "settle", "opt"}  # fmt: skip


# Verbs whose object can take a small clause of its own ("showed staff favoring ...").
_REFLEXIVES = {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
               "themselves"}  # fmt: skip


_SMALL_CLAUSE_VERBS = {"show", "see", "watch", "find", "catch", "hear", "leave", "keep", "spot",
                       "depict", "capture", "film", "photograph", "picture", "notice",
                       "observe", "record", "reveal"}  # fmt: skip


# Verbs whose object is driven to do what the infinitive after it says ("drove X to demand").
_OBJECT_CONTROL = {"drive", "push", "lead", "force", "prompt", "cause", "spur", "compel",
                   "encourage", "urge", "inspire", "ask", "tell", "allow", "enable",
                   "persuade", "convince", "pressure", "press", "order", "invite", "advise",
                   "require", "warn", "get"}  # fmt: skip


# Verbs that put their object somewhere: without where, the description says little.
_PLACING = {"send", "put", "place", "move", "bring", "ship", "fly", "transfer", "dispatch", "award",
            "cede", "hand"}  # fmt: skip


# Stretches of time one spends somewhere or doing something.
_DURATION_NOUNS = {"day", "week", "month", "year", "decade", "hour", "night", "time", "summer",
                   "winter", "spring", "weekend", "while", "lot", "life"}  # fmt: skip


# Verbs of watching whose "as"/"how" clause is what was watched.
_WATCHING = {"watch", "look", "listen"}


_WH_OPENERS = {"how", "why", "whether", "what", "when", "where", "which", "who", "whose"}


def _in_subject_clause(verb: Token, word: str) -> bool:
    """Is the first `word` of the verb's clause inside its clausal subject ("How we use energy
    (is shifting)")?"""
    first = next((t for t in verb.subtree if t.lower_ == word.lower()), None)
    return first is not None and any(
        c.dep_ == "csubj" and c.left_edge.i <= first.i <= c.right_edge.i for c in verb.children
    )


def _either_or(verb: Token) -> bool:
    """Is the verb one of two joined by "or" ("will rise or fall", "reverse the rules or
    decline")? The text says one of them will happen, not which."""
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children):
        return verb.head.pos_ in ("VERB", "AUX")
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children) and any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in verb.children
    )


_MODIFIER_DEPS = {"amod", "compound", "det", "poss", "nummod", "nmod", "quantmod", "predet"}


def _modifier_at_end(verb: Token, last_word: str) -> bool:
    """Does the description end on a word cut from what completes it: a modifier of a noun
    after it ("by the medical (... establishment)", "a solid Clinton (lead)"), a bare infinitive
    whose object or phrase follows ("planned to bus (in supporters)", "used blunt language to
    denounce (...)"), a pronoun whose phrase follows ("the worst odds of those (in any big
    city)")? Found as the first such word after the verb in its sentence."""
    sent = verb.sent
    for t in sent:
        if t.i < verb.i or t.text != last_word.rstrip(".,;:"):
            continue
        if t.i == verb.i:
            return False  # the description ends on its verb
        if t.dep_ in _MODIFIER_DEPS and t.head.i > t.i:
            return True
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if (
            t.pos_ == "ADJ"
            and t.dep_ in ("pobj", "dobj")
            and after is not None
            and after.is_alpha
            and after.pos_ in ("NOUN", "ADJ")
            and after.head.i != t.i
        ):
            return True  # "capitalized on national (antipathy ...)": the parse split the noun
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if (
            after is not None
            and not t.whitespace_
            and (after.tag_ == "POS" or _possessive_mark(after))
        ):
            return True  # "did not meet the Commission on Presidential Debates(’ threshold)"
        right = [c for c in t.children if c.i > t.i and not c.is_punct]
        if (
            t.tag_ == "VB"
            and t.i != verb.i
            and any(c.dep_ in ("dobj", "prt", "ccomp", "xcomp", "dative") for c in right)
        ):
            return True
        return t.pos_ == "PRON" and any(c.dep_ in ("prep", "relcl", "acl") for c in right)
    return False


# A contracted auxiliary glued to the word before it ("voters've", once "who've").
_GLUED_AUX = re.compile(r"\b(\w+)['’](ve|re|ll|m)\b")
_CONTRACTING_PRONOUNS = {"i", "you", "we", "they", "he", "she", "it", "who", "that", "there"}


def _spelled_out(description: str) -> str:
    """A contracted auxiliary written out where the word it is glued to is no pronoun it
    contracts with ("independent voters've bolstered" -> "independent voters have bolstered":
    the relative "who've" gave way to its noun)."""

    def full(m: re.Match[str]) -> str:
        if m.group(1).lower() in _CONTRACTING_PRONOUNS:
            return m.group(0)
        return f"{m.group(1)} {_CONTRACTED[chr(39) + m.group(2).lower()]}"

    return _GLUED_AUX.sub(full, description)


def _without_echo(ev: _Event, description: str) -> str:
    """The description without a word written twice in a row where the sentence has it once
    ("sat together together in sisterhood", "46 percent to to 32 percent"): two steps wrote
    the same word."""
    words = description.split(" ")
    sentence = " ".join(t.lower_ for t in ev.tok.sent)
    kept = [
        w
        for k, w in enumerate(words)
        if k == 0
        or w.lower() != words[k - 1].lower()
        or not w[:1].isalpha()
        or f"{w.lower()} {w.lower()}" in sentence
    ]
    return " ".join(kept)


def _tenseless_gerund(verb: Token) -> bool:
    """Is the verb a bare "-ing" form hung on a clause as its circumstance ("graduated from
    Delta College owing $9,000", "marching toward November facing a rival"), with no subject,
    auxiliary or subordinator of its own, not a means ("by lowering fees") nor a verb's
    complement ("began drinking")? Written with the noun before it, it reads as a fragment
    ("Delta College owing $9,000"), not a deed told."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    if before.dep_ == "pobj" and before.head.lower_ in ("with", "without"):
        return False  # "coincides with the Council announcing new meetings": the Council's
    return not any(
        c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") or c.lower_ == "by"
        for c in verb.children
    )


def _circumstance_gerund(verb: Token) -> bool:
    """Is the verb a gerund clause with a subject of its own hung on a preposition, a passive
    with "being" and no finite auxiliary ("resulted in her licence being revoked")? Written
    alone it reads as a fragment ("her licence being revoked"); the deed it belongs to tells
    it whole."""
    if verb.dep_ != "pcomp" or verb.head.lower_ in ("with", "without", "by"):
        return False
    being = any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)
    finite = any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP")
        for c in verb.children
    )
    return being and not finite and any(c.dep_ == "nsubjpass" for c in verb.children)


# Verbs of asking with no object of their own, whose "for" phrase says what was asked.
_ASKING_VERBS = {"appeal", "plead", "beg", "clamor", "clamour", "pray"}


def _asked_for(verb: Token) -> Token | None:
    """The "for" phrase of a verb of asking ("appealed to all parties for calm"), None when it
    has none or has an object."""
    if verb.lemma_.lower() not in _ASKING_VERBS:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i),
        None,
    )


# Nouns for what someone holds or says, whose "that" clause says which one it is.
_SAID_NOUNS = {"belief", "view", "claim", "assertion", "argument", "contention", "hope",
               "fear", "conviction", "suggestion", "notion", "idea", "theory", "insistence",
               "position", "prediction", "promise", "warning", "assurance"}  # fmt: skip


def _said_noun_cut(obj: Token) -> bool:
    """Is the object a noun for what someone holds or says whose "that" clause comes after it
    ("reiterated his belief that there will be a contested convention")? Without the clause
    the belief is no one's in particular."""
    return obj.lemma_.lower() in _SAID_NOUNS and any(
        c.dep_ in ("acl", "ccomp") and c.i > obj.i for c in obj.children
    )


def _content_clause(noun: Token, infinitive: bool = True) -> Token | None:
    """The clause right after a noun that says what the noun holds: a "that" clause which is
    no relative ("the fact that the council met", not "the report that he wrote") or an
    infinitive ("the failure to find the paintings"; an object's infinitive is `_tail_cut`'s)."""
    for c in noun.children:
        if c.dep_ not in ("acl", "ccomp") or c.left_edge.i != noun.i + 1:
            continue
        if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return c
        if (
            infinitive
            and c.tag_ == "VB"
            and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
        ):
            return c
    return None


def _with_subject_complement(verb: Token, description: str) -> str | None:
    """The description with its subject's clause written in where the subject is a noun whose
    clause after it says what it is ("The failure to find the paintings had damaged faith",
    "The plan to build a dam was approved"); None when the description leaves that clause out
    and it cannot be written in (too long, or the subject not written as one word group)."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.pos_ not in ("NOUN", "PROPN"):
            continue
        clause = _content_clause(subject)
        if clause is None:
            continue
        clause_words = [t for t in clause.subtree if t.i > subject.i]
        first = " ".join(t.text for t in clause_words[:3])
        if first in description:
            continue
        while clause_words and clause_words[-1].is_punct:
            clause_words.pop()
        if not clause_words or len(clause_words) > 10 or clause_words[-1].i >= verb.i:
            return None
        head = " ".join(t.text for t in subject.doc[subject.left_edge.i : subject.i + 1])
        if not description.startswith(head + " ") or any(t.is_punct for t in clause_words):
            return None
        end = _word_end(verb.doc, clause_words[-1].i + 1)
        if end is None:
            return None
        inner = _span_text(verb.doc[subject.i + 1 : end])
        description = f"{head} {inner} {description[len(head) + 1 :]}"
    return description


# Words a description cannot begin with: the verb group of a subject left out.
_FINITE_AUX = {"was", "were", "is", "are", "am", "has", "have", "had", "will", "would", "could",
               "should", "may", "might", "must", "can", "did", "does", "do", "shall"}  # fmt: skip


# Words a description cannot end on: a preposition without its object.
_DANGLING = {"for", "to", "of", "in", "on", "with", "by", "from", "at", "into", "about",
             "against", "over", "under", "through", "than", "as",
             # a coordinator or subordinator without what it joins ("criticism from outlets
             # and", "played the Vikings - while")
             "and", "or", "but", "nor", "while", "because", "although", "though", "whereas",
             "if", "unless", "when", "whether"}  # fmt: skip
_VAGUE_OBJECTS = {"it", "that", "this", "one", "so"}


def _copula_with_its_phrase(tok: Token, description: str) -> str | None:
    """A complement hung on "be" told with the words between them: "Gordon Brown was" + "on
    course to meet his golden rule", up to the first comma or dash after the complement's verb
    and at most 16 words; None when nothing follows the copula."""
    head = tok.head
    end = tok.right_edge.i
    for j in range(tok.i + 1, end + 1):
        if tok.doc[j].is_punct and tok.doc[j].text in _CLAUSE_MARKS:
            end = j - 1
            break
    end = min(end, head.i + 16)
    rest = _span_text(tok.doc[head.i + 1 : end + 1]).strip()
    return f"{description} {rest}" if rest else None


_CLAUSE_MARKS = frozenset({",", ";", ":", "-", "--", "–", "—", "(", ")"})


# Words after a hyphen-ended word that show the hyphen is suspended ("pre- and post-war"), not
# a word broken at a line's end.
_SUSPENDED_AFTER = {"and", "or", "nor", "to", "through", "versus", "vs", "than"}


def _broken_word_written(tok: Token, description: str) -> bool:
    """Does the description write a piece of a word that a hyphen at a line's end broke in two
    ("inter- rupted", "scan-" / "dal"): the parse took the pieces for words of their own?"""
    words = set(description.split())
    doc = tok.doc
    for t in doc[max(0, tok.sent.start - 2) : tok.sent.end]:  # the break may end a sentence
        if not (t.text.endswith("-") and len(t.text) > 2 and t.text[:-1].isalpha()):
            continue
        if not t.whitespace_ and not (t.i + 1 < len(doc) and doc[t.i + 1].is_space):
            continue
        after = t.i + 1
        while after < len(doc) and doc[after].is_space:
            after += 1
        if after >= len(doc):
            continue
        tail = doc[after]
        if (
            tail.text.isalpha()
            and tail.text[:1].islower()
            and tail.lower_ not in _SUSPENDED_AFTER
            and (tail.text in words or t.text in words or t.text[:-1] in words)
        ):
            return True
    return False


# Nouns that name a part or a means of a plan, never one who acts: "the X is doing Y" after
# them says what X is ("the key is cutting fees"), not that X is busy doing it.
_EQUATIVE_NOUNS = {"element", "condition", "key", "goal", "aim", "answer", "solution",
                   "priority", "task", "trick", "remedy", "ingredient"}  # fmt: skip


def _equative_gerund(tok: Token, subject: Token | None) -> bool:
    """Is the verb a gerund with an object after "is"/"was" whose subject is a part or means
    ("Another key element of the reform is cutting fees", "A condition of the loan was raising
    the age")? The parse reads a progressive; the sentence tells what the part is, no deed
    done ("the plan is gaining support" is a deed: a plan is not such a noun)."""
    return (
        subject is not None
        and tok.tag_ == "VBG"
        and subject.head.i == tok.i
        and subject.dep_ == "nsubj"
        and subject.lemma_.lower() in _EQUATIVE_NOUNS
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)
        and any(c.dep_ == "dobj" for c in tok.children)
    )


def _describe_entry(ev: _Event, names: dict[int, tuple[Mention, Entity]]) -> str | None:
    """`describe_entry` before its last checks on the words written."""
    description = describe(ev, names)
    tok = ev.tok
    if ev.kind == "noun" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        return None  # "her campaign of 2008": whose, the bare noun phrase does not tell
    words = description.split() if description else []
    if ev.kind == "noun" and 0 < len(words) <= 2 and words[0].lower() in ("a", "an"):
        return None  # "(At) a rally (Friday ...)": which one, the entry cannot tell
    if ev.kind != "noun" and _shared_object(tok):
        return None  # "rhetoric that painted (and perceived all black men ...)": cut
    if ev.kind != "noun" and _make_without_its_adjective(tok):
        return None  # "officials made (clear) they had no plans": "made" alone is no English
    if ev.kind == "noun" or _told_with_head(tok):
        if ev.kind != "noun" and words and tok.head.lemma_ == "be" and words[-1] == tok.head.text:
            return _copula_with_its_phrase(tok, description)
        return description
    subject = _subject(tok)
    if _equative_gerund(tok, subject):
        return None  # "a key element of the reform is cutting fees": what it is, no deed
    if subject is not None and subject.dep_ == "csubj" and not _short_clause(subject):
        return None  # "putting it behind her (and ...) took years": the subject is a clause
    if (
        tok.dep_ in ("ROOT", "conj", "ccomp", "advcl", "parataxis", "relcl")
        and _subject(tok) is None
        and not any(c.dep_ == "expl" for c in tok.children)
        and not is_non_finite(tok)
    ):
        # a finite clause whose subject the parse lost: "(licences) would be removed", "(calls
        # to ...) were rejected by the council"
        return None
    if _gap_clause(tok) or any(c.dep_ == "ccomp" and _gap_clause(c) for c in tok.children):
        return None
    if _reported_gap(tok):
        return None  # "the $18 million he says he raised (for ...)": its object is the noun
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("with", "without"):
        return None  # "with each state assigned its target": a participle, not a deed
    after = _verb_group_end(tok, ev.trigger[1]) + 1
    if (
        after < len(tok.doc)
        and tok.doc[after].dep_ in ("aux", "auxpass")
        and tok.doc[after].tag_ in ("VBP", "VBZ", "VBD", "MD")
        and tok.doc[after].head.i != tok.i
    ):
        return None  # "jets with their transponders turned off have buzzed": the parse broke
    if (
        tok.dep_ == "ccomp"
        and tok.head.i > tok.right_edge.i
        and not any(t.is_punct for t in tok.doc[tok.right_edge.i : tok.head.i])
    ):
        # "a drop has reached deeply into the groups of voters Ms. Roe must win": a clause the
        # parse made the complement of a verb after it, with no comma or quote mark between,
        # is a sentence it broke (a fronted quote is set off: '"...," she said')
        return None
    if tok.dep_ == "relcl" and any(
        c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.head.children
    ):
        return None  # "(she had not sent) any emails that were marked secret": no such emails
    if _reduced_relative(tok):
        return None  # "(a tradition) he has kept for 40 years": its object is the noun before
    if (
        tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and not _aux_words(tok)
        and tok.head.dep_ in ("appos", "attr")
    ):
        return None  # "(Rep. Jo Hale,) a Democrat supporting Roe": who someone is, no deed
    if (
        subject is not None
        and subject.i > tok.i
        and tok.tag_ == "VBG"
        and not any(c.dep_ in ("aux", "auxpass") and c.i < tok.i for c in tok.children)
    ):
        return None  # "Joining him at the meetings was Tom Hale": the parse turned it round
    auxes_here = _aux_words(tok)
    if auxes_here and all(a.lower_ == "being" for a in auxes_here) and tok.tag_ == "VBN":
        return None  # "(denied) the change being sought": no tense, no deed told
    if _stranded_preposition(tok):
        return None  # "(the law) that Obama spent years fighting for": for what? the noun
    if _free_relative_object(tok):
        return None  # "What the president has tried to do(, is ...)": what, the clause is
    if _glued_noun_before_name(subject):
        return None  # "(ads in May,) a timeline Roe could still match": match what?
    if subject is not None and _needs_its_relative(subject):
        return None  # "The way (that we absorb news) is evolving": which way, it cannot say
    if (
        subject is not None
        and subject.left_edge.i >= 2
        and tok.doc[subject.left_edge.i - 1].lower_ == "than"
        and tok.doc[subject.left_edge.i - 2].lower_ in ("other", "rather", "else")
    ):
        # "groups other than unions funded the campaign": the parse made "unions" the subject,
        # and the entry would say the opposite of the text ("unions funded the campaign")
        return None
    if _relative_parsed_as_conjunct(tok):
        return None  # "(nailed the story) the campaign has tried to push": push what? the story
    if _subject_conjunct_lost(tok, subject, description):
        return None  # "(Pat Rowe and) Council Chair Jo Kemp pledged to work together"
    if _two_subjects(tok):
        return None  # "a group dressed in "We are Lyon" T-shirts marched": which one marched?
    if _correlative_comparison(tok):
        return None  # "The more Kemp has won(, the more ...)": a degree, not a deed
    if _relative_on_first_of_joined(tok):
        return None  # "including Hale and Roe, who has opposed the tax": Roe, not Hale
    if _relative_on_complex_preposition(tok):
        return None  # "in the wake of polls that showed ...": the polls showed, not the wake
    if _event_relative_on_inner_noun(tok):
        return None  # "the peak for the state wage, which occurred in the 1970s": the peak
    if (
        tok.dep_ == "relcl"
        and tok.head.lemma_.lower() in _ADVERBIAL_NOUNS - {"place"}
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVIZERS for c in tok.children
        )
    ):
        return None  # "(drafted in) a way that hurt small farmers": "a way hurt" tells nothing
    if (
        tok.dep_ in ("relcl", "acl")
        and any(c.dep_ == "dobj" and c.lower_ in ("that", "which", "whom") for c in tok.children)
        and not _object_gap(tok, subject)
    ):
        return None  # "(Jo Park,) whom Tom Hale appointed chief of staff": its object is lost
    first = tok
    while (
        first.dep_ == "conj"
        and first.head.i != first.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    ):
        first = first.head
    if first.dep_ == "relcl" and _relative_on_another_noun(first):
        return None  # "Hale, like his brother - who moved to Ohio (and adopted ...) -": his
    if first.dep_ == "relcl" and _relative_after_aside(first):
        return None  # "a podcast - a show about a strike - which gave": the strike gave?
    if first.dep_ == "relcl" and _relative_after_role(first):
        return None  # "said an aide to Mr Roe, who declined to be named": the aide or Roe?
    if _subject_after_infinitive(tok):
        return None  # "(Court orders to allow) parental access were defied": the parse cut it
    if _verb_in_aside(tok) or any(
        c.dep_ == "ccomp" and c.i > tok.i and _verb_in_aside(c) for c in tok.children
    ):
        return None  # "allow certain acts (- such as cruelty) caused to a horse": misparsed
    if tok.dep_ == "relcl" and _unasserted_object(tok.head):
        return None  # "(had not received) files that were marked secret": no such files told
    if any(c.dep_ == "dobj" and _unasserted_object(c) for c in tok.children):
        return None  # "had not received files (that were marked secret)": cut, it misleads
    if (
        subject is not None
        and subject.head.i == tok.i
        and any(
            c.dep_ == "appos" and any(g.tag_ == "WP$" for g in c.children) for c in subject.children
        )
    ):
        # "Jo Park, a banker whose father-in-law, Tom Hale, was mayor": the parse lost the
        # relative clause and gave its deed to the one it describes
        return None
    if (
        subject is not None
        and subject.lower_ in _VAGUE_SUBJECTS
        and _noun_phrase(subject, names, as_subject=True).lower()
        in _VAGUE_SUBJECTS | {f"the {w}" for w in _VAGUE_SUBJECTS}
    ):
        return (
            None  # "This started in Cleveland", "the one raised $100 million": who, it cannot say
        )
    if subject is not None and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and any(r.dep_ == "relcl" for r in g.children) for g in c.children)
        for c in subject.children
    ):
        return None  # "the percentage of voters (who accepted ...) had tumbled": cut, it misleads
    if (
        subject is not None
        and subject.dep_ == "ROOT"
        and subject.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children)
    ):
        # "Best thing that happened to Democrats.": a verbless heading's noun without its
        # article is no subject an entry can write
        return None
    finite = [a for a in tok.children if a.dep_ in ("aux", "auxpass") and a.tag_ != "MD"]
    if (
        subject is not None
        and subject.tag_ == "NNP"
        and subject.ent_type_ == "PERSON"  # "Airbus have announced": a company may be plural
        and subject.head.i == tok.i
        and not any(a.tag_ == "MD" for a in tok.children)  # "will have plunged"
        and not any(c.dep_ == "conj" for c in subject.children)
        and finite
        and _number(finite[0]) == "pl"
    ):
        return None  # "(Leaders, including Sen.) John McCain (and ...) have denounced": cut list
    if (
        subject is not None
        and subject.tag_ == "CD"
        and not any(c.dep_ in ("prep", "compound", "amod") for c in subject.children)
    ):
        return None  # "(Of the 121 people detained,) 77 have been deported": 77 what, cut
    if subject is not None and any(
        t.lower_ in ("my", "our") and t.dep_ == "poss" for t in subject.subtree
    ):
        return None  # "my sleeve", "our side": whose, the entry cannot say
    auxes = [a.lower_ for a in _aux_words(tok)]
    if "been" in auxes and auxes[0] == "been":
        return None  # "it been prepared": the parse lost the auxiliary before it
    if (
        subject is not None
        and subject.dep_ != "csubj"
        and not _noun_phrase(subject, names, as_subject=True)
    ):
        return None  # a list of doers too long to write out: none of them alone did it
    if subject is not None and subject.lower_ in _GENERIC_SUBJECTS:
        return None  # "you could dismiss these actions", "when you're campaigning": no one told
    if _vague_pronoun(tok, names):
        return None  # "it took a long war", "they shot 41 people dead": who or what, unsaid
    if (
        subject is not None
        and subject.lower_ in _VAGUE_SUBJECTS
        and any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children)
            for c in subject.children
        )
    ):
        return None  # "either of them can make progress", "many of them voted": who, unsaid
    if subject is not None and subject.lower_ not in _RELATIVIZERS and _relative_inside(subject):
        return None  # "(generals,) most of whom had announced their support": who, it cannot say
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and _pronoun_object_rest(tok, obj) is None:
        return None  # "putting it (into the national file of ...)": the rest is too long
    if _quoted_voice(tok, subject):
        return None  # "Trump tweeted that I will be awake": a quote written as the writer's words
    waited = _waiting_clause(tok)
    if waited is not None:
        # "it would take more hours (before the bridge could reopen)": the clause is the point
        waited_words = [t for t in waited.subtree if not t.is_punct or t.is_quote]
        mark = next(c for c in waited.children if c.dep_ == "mark")
        if (
            len(waited_words) > 8
            or any(t.is_space for t in waited_words)
            or mark.i != waited.left_edge.i
        ):
            return None
        head_text = describe(ev, names)
        return _tidy(
            f"{head_text} {_span_text(tok.doc[waited.left_edge.i : waited.right_edge.i + 1])}"
        )
    if negated_manner(tok):
        by = next(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by")
        noun = next(g for g in by.children if g.dep_ == "pobj")
        # "didn't achieve results (by accident)": a fact; without the phrase it reads as denied
        return _tidy(f"{describe(ev, names)} by {noun.text}")
    if _cut_complement(tok, names):
        return None  # "encouraging his supporters to ask (why ...)": what, it does not say
    head = describe(ev, names, head_only=True)
    if description == head and _quote_left_out(tok):
        return None  # "(In addition, the campaign plans ...,) a spokesman announced Monday"
    if description != head:
        return description
    if tok.dep_ == "relcl" and not any(
        c.dep_ == "dobj" and c.lower_ not in _RELATIVIZERS for c in tok.children
    ):
        subject = _subject(tok)
        if subject is not None and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVIZERS for c in tok.children
        ):
            return None  # "remarks Trump had made about ...": its object is the noun before
    tail: list[Token] = []
    cut = False  # a phrase after the verb broken over lines or irregular spacing
    for child in sorted((c for c in tok.children if c.i > tok.i), key=lambda c: c.i):
        if child.idx < ev.trigger[1]:
            continue  # the particle is in the trigger already
        if child.is_space and "\n" not in child.text:
            continue  # an extra space between words of one line ("did fare  well")
        if child.dep_ in _TAIL_STOPS or child.is_punct:
            break
        phrase = list(child.subtree)
        if " ".join(t.lower_ for t in phrase) in _ASIDES:
            continue  # "the debates began, for instance, ...": a remark of the writer's
        if child.dep_ == "prep" and len(phrase) == 1:
            # "fallen for (three days before ...)": the parse left the preposition bare; right
            # after the verb and before a comma ("has voted for, you know, ..."), it is cut
            nxt = tok.doc[child.i + 1] if child.i + 1 < len(tok.doc) else None
            cut = cut or (not tail and child.i == tok.i + 1 and (nxt is None or nxt.is_punct))
            break
        if phrase[0].i <= tok.i or any(t.is_space for t in phrase):
            # an extra space inside a line, a word after it ("did fare  well"): cut
            cut = phrase[0].i > tok.i and any(
                t.is_space and "\n" not in t.text and t.i < phrase[-1].i for t in phrase
            )
            break
        if (
            len(tail) + len(phrase) > 10
            and not tail
            and child.dep_ == "prep"
            and child.lower_ == "about"
            and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children)
        ):
            cut = True  # "Obama set (about persuading ... too long)": the verb alone says nothing
            break
        if len(tail) + len(phrase) > 10:
            # "came under withering criticism for its failure to ...": the phrase up to its
            # own modifiers, when that ends on a noun; else the verb's tail stops here
            short = _phrase_core(phrase)
            if len(short) >= 2 and len(tail) + len(short) <= 10:
                tail.extend(short)
            elif child.dep_ == "prep" and tok.lemma_.lower() in _PREP_COMPLEMENTED.get(
                child.lower_, ()
            ):
                return None  # "turned the harbour (into ... too long)": it says something else
            break
        tail.extend(phrase)
    while tail and tail[-1].is_punct:
        tail.pop()
    clause = _completing_clause(tok) if tok.lemma_ in _BARE_LIGHT else None
    if clause is not None and (not tail or (len(tail) <= 3 and tail[-1].i < clause.left_edge.i)):
        # "the admission came after Trump had attacked the council", "his comments came moments
        # after the senator spoke": the clause is what "came" says; "Ban went to see the ice"
        clause_words = tail + list(clause.subtree)
        while clause_words and clause_words[-1].is_punct:
            clause_words.pop()
        end = _word_end(tok.doc, clause_words[-1].i + 1) if clause_words else None
        if (
            end is not None
            and len(clause_words) <= 12
            and not any(t.is_space for t in clause_words)
        ):
            return _tidy(f"{head} {_span_text(tok.doc[clause_words[0].i : end])}")
        return None  # "came moments (after ... too long to write out)"
    if tail:
        end = _word_end(tok.doc, tail[-1].i + 1)
        if end is None:
            return None  # the tail would end inside a hyphenated word ("for non-compliance")
        end = _name_end(tok.doc, end, names)
        if end is None:
            return None  # "voted against the (Justice for Victims of ...) Act": a name cut
        if _verb_follows(tok, tail[0].i, end):
            return None  # "died at a time when some calls (were going ...)": the parse broke it
        return _tidy(f"{head} {_span_text(tok.doc[tail[0].i : end])}")
    # a complement, before the verb (a fronted quote: '"...," he declared') or after it, that
    # the description leaves out, or a quote's tag hung on the quote ('"...", she added'): the
    # verb alone is no entry
    missing = (
        cut  # "Trump did fare (  well ...)"
        or tok.dep_ == "parataxis"
        or tok.lemma_ in _BARE_LIGHT
        or tok.lemma_ in _BARE_TRANSITIVE  # "Clinton joined (the board)": joined what
        or _quote_left_out(tok)  # "Trump boasted, 'That makes me smart.'": what, it does not say
        or any(
            (c.dep_ in ("xcomp", "ccomp", "oprd", "dobj") and c.i > tok.i)
            # "could result (in ...)", "we're talking (about ...)": the phrase the verb needs
            or (
                c.dep_ == "prep"
                and c.i == tok.i + 1
                and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
            )
            or (c.dep_ == "ccomp" and _fronted_quote(c, tok))
            for c in tok.children
        )
    )
    return None if missing else description


# Verb forms that agree with a plural subject only ("the teacher have taken aim").
_PLURAL_AGREEMENT = {"have", "are", "were", "do"}

# Singular nouns British usage lets take a plural verb ("the government have said").
_COLLECTIVE_NOUNS = {"government", "team", "party", "council", "committee", "police", "family",
                     "staff", "couple", "public", "board", "crowd", "audience", "cabinet",
                     "union", "group", "majority", "jury", "band", "club", "press", "media",
                     "side", "squad", "management", "opposition", "administration", "company",
                     "firm", "bank", "army", "navy", "force", "electorate", "class",
                     "pair"}  # fmt: skip


def _subject_conjunct_lost(verb: Token, subject: Token | None, description: str) -> bool:
    """Did the written subject lose a noun joined to it? Either the parse hung the first of two
    joined names inside the second's phrase ("Pat Rowe and Council Chair Jo Kemp pledged": Rowe
    a modifier of Kemp) and the description starts after the "and", or the parse took the
    first of two joined subjects as a clause of its own ("the owner turned candidate and the
    teacher have taken aim"), leaving a singular noun with a plural verb after "and"."""
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc = verb.doc
    if any(
        t.dep_ == "cc"
        and t.lower_ in ("and", "or")
        and t.i < subject.i
        and t.head.i != subject.i
        # a name joined to another ("Pat Rowe and"), not two titles of one person ("former
        # CEO and presidential candidate Carly Fiorina")
        and t.head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
        and any(c.dep_ == "conj" for c in t.head.children)
        for t in subject.subtree
    ):
        before = description.split(f" {verb.text} ", 1)[0] if description else ""
        if not re.search(r"\b(and|or)\b", before):
            return True
    left = subject.left_edge.i
    if (
        left == 0
        or doc[left - 1].lower_ not in ("and", "or")
        or doc[left - 1].dep_ != "cc"
        or subject.tag_ not in ("NN", "NNP")
        or subject.lemma_.lower() in _COLLECTIVE_NOUNS
        or any(c.dep_ == "conj" for c in subject.children)
    ):
        return False
    group = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = group[0] if group else verb
    return finite.lower_ in _PLURAL_AGREEMENT and finite.tag_ in ("VBP", "VBD")


def _two_subjects(verb: Token) -> bool:
    """Does the parse give the verb two subjects ("a group dressed in "We are Lyon" T-shirts
    marched": group and T-shirts)? It broke the phrase; which one did it is not sure."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(subjects) < 2:
        return False
    first, second = subjects[-2], subjects[-1]
    # the second right after the first's participle phrase, nothing but quote marks between
    # ("Not one, but two candidates", "Spotlight his family: the children have" are other
    # shapes; a relative clause before the second is its lost object, written elsewhere)
    return any(c.dep_ == "acl" for c in first.children) and all(
        t.is_quote for t in verb.doc[first.right_edge.i + 1 : second.left_edge.i]
    )


_COMPARATIVES = {"more", "less", "fewer", "longer", "higher", "lower", "bigger", "greater",
                 "better", "worse", "harder", "faster", "sooner"}  # fmt: skip


def _correlative_comparison(verb: Token) -> bool:
    """Is the verb's clause the first half of "the more X, the more Y" ("The more Kemp has won,
    the more the focus has been on Rowe")? It says how much, not that something happened."""
    doc = verb.doc
    left = verb.left_edge.i
    if (
        left + 1 >= len(doc)
        or doc[left].lower_ != "the"
        or doc[left + 1].lower_ not in _COMPARATIVES
    ):
        return False
    after = verb.right_edge.i + 1
    while after < len(doc) and doc[after].is_punct:
        after += 1
    return (
        after + 1 < len(doc)
        and doc[after].lower_ == "the"
        and doc[after + 1].lower_ in _COMPARATIVES
    )


def _relative_on_first_of_joined(verb: Token) -> bool:
    """Is a relative clause with a singular verb written after the last of joined nouns but
    hung by the parse on the first ("including Hale and Roe, who has opposed the tax")? It
    tells of the last one; the entry would give the deed to the first."""
    if verb.dep_ != "relcl":
        return False
    head = verb.head
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.i < verb.i]
    # joined names ("Hale and Roe"), not nouns that describe one ("a liar, bully and birther
    # who has pledged ...": all of them the subject)
    if not conjuncts or any(t.pos_ != "PROPN" for t in [head, *conjuncts]):
        return False
    if verb.left_edge.i < max(c.right_edge.i for c in conjuncts):
        return False
    group = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = group[0] if group else verb
    return finite.tag_ == "VBZ" or finite.lower_ == "was"


# Nouns that make a compound preposition with "of" ("in the wake of", "on the heels of"): a
# relative after the "of" phrase tells of its noun.
_PREPOSITION_NOUNS = {"wake", "aftermath", "midst", "heels", "face", "light", "course",
                      "middle", "run-up", "eve"}  # fmt: skip


def _relative_on_complex_preposition(verb: Token) -> bool:
    """Is a relative clause hung on the noun of a compound preposition ("in the wake of polls
    by Marist that showed ...": the polls showed, not the wake)?"""
    head = verb.head
    return (
        verb.dep_ == "relcl"
        and head.lemma_.lower() in _PREPOSITION_NOUNS
        and head.dep_ == "pobj"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )


def _event_relative_on_inner_noun(verb: Token) -> bool:
    """Is "which occurred/happened" hung on the noun of a phrase inside another noun's ("the
    peak for the state wage, which occurred in the 1970s")? What occurred is the outer noun;
    the parse's choice gives the wage an occurrence."""
    head = verb.head
    return (
        verb.dep_ == "relcl"
        and verb.lemma_.lower() in ("occur", "happen")
        and head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and head.head.head.pos_ in ("NOUN", "PROPN")
    )


def _make_without_its_adjective(verb: Token) -> bool:
    """Is "make" followed by a clause with nothing it makes ("officials made clear Monday
    they ...", where the parse hung "clear" on the day)? "made they have no plans" is not
    English; what was made clear, the description cannot say."""
    if verb.lemma_.lower() != "make":
        return False
    if any(c.dep_ in ("dobj", "attr", "oprd", "acomp", "dative", "xcomp") for c in verb.children):
        return False
    # "making what critics view as false promises": a "what" clause is the thing made
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and not any(t.tag_ in ("WP", "WDT", "WRB", "WP$") for t in c.subtree)
        for c in verb.children
    )


def _quote_left_out(verb: Token) -> bool:
    """Is the verb one whose point is what was said ("boast", "demand", "add": the cues learned
    from PolNeAR train that take a clause), written beside a quote the description leaves out
    ('Trump boasted, "That makes me smart."', '"... to regulate?" Vitter demanded')? "Rivals
    complained." says all there is."""
    learned = LEARNED_CUES.get((verb.lemma_.lower(), "verb"))
    if learned is None or "clause" not in learned[1]:
        return False
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and (after.is_quote or after.text in (",", ":")):
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _RELATIVIZERS:
        return False  # "his wife, Laura, who spoke of ...": the comma opens the relative clause
    start = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    return start > 0 and (doc[start - 1].is_quote or doc[start - 1].text == ",")


# Intransitive verbs that say nothing without their complement, whose tail the description
# could not keep ("the admission came (after ...)", "his comments came (at a press conference)",
# "Ban went (, and ...)").
_BARE_LIGHT = {"come", "go"}


# Verbs whose bare use leaves out what they were done to, which the text gave before: "Mrs. Roe
# joined (the board) when she left", "Hale visited (the country) once".
_BARE_TRANSITIVE = {"join", "visit", "attend", "enter"}


_GENERIC_SUBJECTS = {"you"}


def _generic_one(verb: Token, subject: Token) -> bool:
    """Is the subject the generic "one" of a modal or "have to" ("One only had to listen",
    "one could argue")? ("One was killed" tells of someone; a modal tells of anyone.)"""
    if subject.lower_ != "one" or any(True for _ in subject.children):
        return False
    clause = verb.head if verb.dep_ == "xcomp" else verb
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children) or (
        clause.i != verb.i and clause.lemma_ == "have"
    )


# Subject pronouns no agent is given for (agents.py resolves only "he"/"she"): an entry told of
# "it" or "they" says nothing a reader can place; nor does a "he"/"she" coreference left
# unplaced ("he drove from Chicago" where the story names several men), when the brief's names
# were there to place it by.
_POINTING_PRONOUNS = {"it", "they", "he", "she"}


# Verbs whose "it" points at nothing ("it rained"): the entry is whole.
_WEATHER = {"rain", "snow", "pour", "hail", "drizzle", "storm", "thunder", "freeze", "sleet"}


# Subjects that point back to something the entry cannot show ("This started", "the one raised").
_VAGUE_SUBJECTS = {"this", "that", "these", "those", "one", "ones", "another", "others", "either",
                   "neither", "both", "some", "many", "several", "most", "all"}  # fmt: skip


_FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}


_DURATIONS = {"hour", "day", "week", "month", "year", "time", "minute", "decade", "while"}


def _waiting_clause(verb: Token) -> Token | None:
    """The "before"/"until" clause of a verb whose object is a stretch of time ("it would take
    more hours before ...", "it took years until ...")."""
    if not any(c.dep_ in ("dobj", "npadvmod") and c.lemma_ in _DURATIONS for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ in ("before", "until") for m in c.children)
        ),
        None,
    )


def _cut_complement(verb: Token, names: dict[int, tuple[Mention, Entity]]) -> bool:
    """Is what the description writes after the object cut from what completes it: an
    infinitive or participle left bare ("encouraging his supporters to ask (why ...)", "left
    many nations feeling (that ...)"), a recipient without the thing given ("gave Mr. Kerry
    (... the leverage)")?"""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        return False
    if obj.dep_ == "dative" and not any(c.dep_ == "dobj" for c in verb.children):
        return True
    if obj.dep_ == "dobj" and any(
        (c.dep_ == "dobj" or (c.dep_ == "dative" and c.tag_ not in ("IN", "TO")))
        and c.i > obj.right_edge.i
        for c in verb.children
    ):
        # "gave Mr. Kerry and his team (...) the leverage": the parse split it; not "carried a
        # message (to the king)", a phrase the verb can do without
        return True
    if obj.dep_ == "dobj" and any(
        c.dep_ == "ccomp" and c.left_edge.i == obj.right_edge.i + 1 for c in verb.children
    ):
        return True  # "demanding President Obama (make a pledge ...)": the object's own clause
    for xcomp in (c for c in verb.children if c.dep_ in ("xcomp", "oprd") and c.i > obj.i):
        if xcomp.pos_ not in ("VERB", "AUX"):
            continue
        inner = _Event(xcomp, "verb", 0, 0, _trigger(xcomp), "", "fact")
        bare = describe(inner, names, inner=True) == describe(
            inner, names, inner=True, head_only=True
        )
        if bare and any(
            c.i > xcomp.i and c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "acomp")
            for c in xcomp.children
        ):
            return True
    return False


def _quoted_voice(verb: Token, subject: Token | None) -> bool:
    """Does a complement clause after the verb speak in the first person when the verb's own
    subject does not ("Trump tweeted that, 'I will be awake'")? Its words are a quote's."""
    if subject is not None and subject.lower_ in _FIRST_PERSON:
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and any(t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" for t in c.subtree)
        for c in verb.children
    )


def _relative_inside(subject: Token) -> bool:
    """Is a relative pronoun part of the subject phrase itself ("most of whom"), not of a
    clause hanging off it ("the airline, which ...")?"""
    for t in subject.subtree:
        if t.tag_ not in ("WP", "WDT", "WP$") or t.i == subject.i:
            continue
        node = t
        while node.i != subject.i and node.dep_ in ("pobj", "prep", "poss", "det"):
            node = node.head
        if node.i == subject.i:
            return True
    return False


def _completing_clause(verb: Token) -> Token | None:
    """The clause after "came"/"went" that says what it is about: a time clause ("after ...",
    "as ...") or a purpose infinitive ("to see the ice")."""
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i), None)
    if clause is None:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
    if mark is None:
        return clause if _to_infinitive(clause) else None
    return clause if mark.lower_ in _TIME_MARKS else None


def _to_infinitive(verb: Token) -> bool:
    """A "to" infinitive ("(went) to see the ice")."""
    return verb.tag_ == "VB" and any(a.tag_ == "TO" for a in _aux_words(verb))


_TIME_MARKS = {"after", "before", "as", "when", "while", "since", "amid"}


def _short_clause(clause: Token) -> bool:
    """A clause short enough to be written out whole in a description, on one line."""
    tokens = list(clause.subtree)
    return len(tokens) <= 8 and not any(t.is_space for t in tokens)


def _gap_clause(verb: Token) -> bool:
    """A complement clause that ends at its verb right before another verb: a relative clause
    the parse took for a complement, its object the noun before it ("the biggest contribution
    government can make is ..."), which a description cannot restore."""
    if verb.dep_ != "ccomp" or verb.right_edge.i != verb.i:  # a relcl: `_object_gap`
        return False
    if verb.i + 1 >= len(verb.doc) or not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return False
    nxt = verb.doc[verb.i + 1]
    return nxt.pos_ in ("VERB", "AUX") and not nxt.is_punct


_FILLED = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass", "dative", "expl"}


def _reported_gap(verb: Token) -> bool:
    """A complement of a relative clause's verb whose object is the noun the relative clause
    hangs from: "the money (that) he says he raised for the party"."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "relcl" or head.i == verb.i:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if any(c.dep_ in _FILLED for c in verb.children):
        return False
    return not any(c.dep_ in ("dobj", "nsubj") and c.lower_ in _RELATIVIZERS for c in head.children)


def _shared_object(verb: Token) -> bool:
    """Does the verb share the object of the verb joined to it ("painted and perceived all
    black men to be ...")? Without it the description says nothing."""
    if verb.dep_ != "relcl" or any(c.dep_ in _FILLED or c.dep_ == "prep" for c in verb.children):
        return False  # a main clause's first verb may stand alone ("Scott beamed and asked")
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i == verb.i + 1), None)
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    return (
        cc is not None
        and conj is not None
        and conj.i == cc.i + 1
        and any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > conj.i for c in conj.children)
    )


def _relative_on_another_noun(clause: Token) -> bool:
    """Is a "who"/"which"/"that" relative clause written straight after a noun (past a comma or
    dash) that the parse did not hang it on ("Tom Hale, like his brother - who moved to Ohio -
    has ...", hung on Hale)? Whose deed it tells, the parse has it wrong."""
    rel = next(
        (
            c
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")
        ),
        None,
    )
    if rel is None or rel.i == 0:
        return False
    before = clause.doc[rel.i - 1]
    while before.text in (",", "-", "—", "–") and before.i > 0:
        before = clause.doc[before.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.i == clause.head.i:
        return False
    if any(a.i == clause.head.i for a in before.ancestors) and not any(
        t.text in ("-", "—", "–") for t in clause.doc[clause.head.i : rel.i]
    ):
        return False  # "an interview with Sean Hannity that aired Wednesday": the interview
    word = before
    while (
        word.i != clause.head.i
        and word.dep_ in ("compound", "flat", "conj")
        and word.head.i != word.i
    ):
        word = word.head  # "a liar, bully and birther who": the list is one noun's
    # "Jo Park, a banker who ...": the banker is Jo Park
    return word.i != clause.head.i and not (word.dep_ == "appos" and word.head.i == clause.head.i)


def _relative_after_aside(clause: Token) -> bool:
    """Is a "who"/"which"/"that" relative clause written straight after the dash that closes
    an aside, while the parse hung it on a noun inside the aside ("turned them into a podcast
    - a weekly show about a strike - which gave listeners a look")? The clause tells of the
    noun before the aside or of the aside's own noun, hardly of one deep inside it: whose
    deed it is, the parse has it wrong."""
    rel = next(
        (
            c
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")
        ),
        None,
    )
    if rel is None or rel.i < 2 or clause.doc[rel.i - 1].text not in _DASHES:
        return False
    opening = next(
        (t for t in reversed(clause.doc[rel.sent.start : rel.i - 1]) if t.text in _DASHES),
        None,
    )
    return opening is not None and opening.i < clause.head.i < rel.i - 1


def _relative_after_role(clause: Token) -> bool:
    """Is a "who" relative clause set off by a comma after a name that completes a person's
    role ("said a longtime aide to Mr Roe, who declined to be named", "Jo Park, a former
    adviser to Senator Roe, who attended the dinner")? The parse hangs it on the nearest name,
    but it as often tells of the aide: whose deed it is, the words do not settle."""
    rel = next(
        (
            c
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "whom")
        ),
        None,
    )
    if rel is None or rel.i == 0 or clause.doc[rel.i - 1].text != ",":
        return False
    name = clause.head
    if name.dep_ != "pobj" or name.head.lower_ not in ("to", "for", "of", "with"):
        return False
    role = name.head.head
    if (
        role.dep_ in ("amod", "acl")
        and (role.pos_ == "ADJ" or role.tag_ in ("VBN", "VBG"))
        and role.head.pos_ in ("NOUN", "PROPN")
    ):
        # "a Democrat familiar with the campaign's plans, who requested anonymity", "an aide
        # close to the governor, who asked not to be named": the words past the adjective
        # only place the one who is told of, and the "who" is as often that one
        return True
    if role.pos_ != "NOUN":
        return False
    if role.dep_ == "appos" and (role.head.ent_type_ == "PERSON" or role.head.pos_ == "PROPN"):
        return True  # "Jo Park, a former adviser to Senator Roe, who ..."
    # "said a longtime aide to Mr Roe, who ...": the role is who speaks
    return role.dep_ == "nsubj" and role.head.lemma_ in _SPEAKING


# Verbs of saying whose subject is a person: a role noun that speaks is someone.
_SPEAKING = {"say", "tell", "add", "note", "write", "explain", "insist", "argue", "recall"}


def _subject_after_infinitive(verb: Token) -> bool:
    """Is the clause's subject the object the parse took from the "to"-infinitive of a noun before
    it ("Court orders to allow (parental access were defied)": the orders were defied, not the
    access)? The verb is finite, the infinitive hangs on a noun, and the subject follows it with
    no "that" between: the parse cut the subject at the infinitive."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "acl" or head.i > verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in verb.children
    )
    return subject is not None and finite and subject.left_edge.i == head.i + 1


def _verb_in_aside(verb: Token) -> bool:
    """Does the verb come inside a set-off dash aside that its subject opened ("certain acts -
    such as cruelty caused to a horse - to go unpunished": "caused" belongs to "cruelty"), one
    spaced dash between the subject and the verb? The parse hung it on the wrong noun."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i:
        return False
    doc = verb.doc
    dashes = [
        t
        for t in doc[subject.i + 1 : verb.i]
        if t.text in ("-", "--", "—", "–")
        and (t.i == 0 or doc[t.i - 1].whitespace_)
        and t.whitespace_
    ]
    if len(dashes) % 2 == 0:
        return False
    # the word before the verb ends a phrase the dash opened ("- such as cruelty"), not the
    # subject's own name after a dateline ("Lima (AFP) - Senator Jo Roe joined ...")
    before = doc[verb.i - 1]
    within = {t.i for t in subject.subtree}
    return before.dep_ in ("pobj", "conj") and any(
        a.dep_ == "prep" and a.i > dashes[-1].i and a.i in within for a in before.ancestors
    )


def _unasserted_object(noun: Token) -> bool:
    """Is a noun the object of a denied verb, with no article or an indefinite one, restricted by
    a relative clause right after it ("had not sent or received files that were marked secret")?
    The text does not say such things exist: neither the clause alone ("files were marked
    secret") nor the denial without it ("had not received files") is what it tells ("any
    files" says the denial whole; its clause is left out by `_describe_entry`)."""
    if noun.dep_ != "dobj" or not is_negated(noun.head):
        return False
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in noun.children):
        return False
    return any(
        c.dep_ == "relcl" and c.i > noun.i and noun.doc[c.left_edge.i - 1].text != ","
        for c in noun.children
    )


def _reduced_relative(verb: Token) -> bool:
    """A clause written straight after a noun, without "that", whose verb has no object of its
    own ("a tradition he has kept for 40 years", "the network Putin formed years ago"): a
    relative clause whose object is that noun, whatever the parse made of it; `_object_gap`
    writes the noun in when the parse says so, else the clause is no entry."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    subject = subjects[-1] if subjects else None
    if subject is None or subject.lower_ in _RELATIVIZERS or verb.dep_ == "relcl":
        return False
    if subject.pos_ not in ("PRON", "PROPN") and not (
        # "the anxiety (some people are experiencing)": a clause the parse hung on the verb
        # before, with no word to join it, after that verb's object noun
        verb.dep_ in ("advcl", "pcomp", "ccomp")
        and subject.pos_ == "NOUN"
        and not any(c.dep_ in ("mark", "advmod") and c.i < subject.i for c in verb.children)
        # "told reporters (the plan failed)": the noun before is the governing verb's own
        and not (
            verb.dep_ == "ccomp"
            and subject.left_edge.i > 0
            and verb.doc[subject.left_edge.i - 1].head.i == verb.head.i
        )
    ):
        return False  # "before I got off the plane a bomb went off": a new clause, unmarked
    if any(c.dep_ in _FILLED or c.dep_ == "auxpass" for c in verb.children):
        return False
    if subject.left_edge.i == 0:
        return False
    before = verb.doc[subject.left_edge.i - 1]
    if before.is_quote and before.i > 0:
        before = verb.doc[before.i - 1]  # "the “terrible anxiety” (some people feel)"
    return (
        before.pos_ == "NOUN"
        and before.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos")
        and before.head.i != verb.i
        and before.lemma_.lower() not in _TIME_NOUNS
        and before.ent_type_ not in ("DATE", "TIME")
    )


def _own_way_cut(verb: Token, description: str) -> bool:
    """Does the description end on "his way" ("her way", ...) where the text goes on with where
    or to what end ("barnstormed his way across Texas", "went out of his way to praise")?
    The idiom says nothing without it; "lost his way." ends there."""
    if not _OWN_WAY.search(description):
        return False
    way = next(
        (
            t
            for t in verb.subtree
            if t.lower_ == "way" and any(c.dep_ == "poss" for c in t.children)
        ),
        None,
    )
    if way is None or way.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[way.i + 1]
    return not after.is_punct and after.dep_ in ("prep", "advcl", "xcomp", "advmod", "acl")


_OWN_WAY = re.compile(r"\b(?:his|her|their|its|my|our|your) way$")


def _stranded_preposition(verb: Token) -> bool:
    """Does the clause end on a preposition left without its object ("the law that Obama
    spent years fighting for", "the issues she cares about")? Its object is the noun the
    clause describes, which the entry would leave out."""
    words = [t for t in verb.subtree if not t.is_punct and not t.is_space]
    if not words:
        return False
    if _preposition_before_adverb(verb):
        return True
    last = words[-1]
    if not (
        last.i > verb.i
        and last.dep_ == "prep"
        and last.tag_ == "IN"
        and last.text.isalpha()
        and last.text.islower()  # "(its acquisition of CVN) Cos.": an abbreviation
        and not any(True for _ in last.children)
    ):
        return False
    node = last.head
    while node.i != verb.i:  # the preposition's own clause, not one inside the verb's object
        if (
            node.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj", "pcomp")
            or node.head.i == node.i
        ):
            return False
        node = node.head
    return True


# Prepositions that never take a time word as their object ("with yesterday", "about Monday").
_NEVER_BEFORE_TIME = {"with", "about", "to", "into", "of", "against", "toward", "towards"}
_STRANDABLE = {"at", "about", "for", "on", "with", "to", "into", "from", "over", "through", "of"}


def _preposition_before_adverb(verb: Token) -> bool:
    """A relative clause without "that" whose preposition stands after its verb with an adverb
    and no object ("the plans I have looked at closely", "the issues she cares about deeply"):
    the parse hangs the preposition on the adverb, and the entry would read "I have looked the
    plans"."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    nxt = verb.i + 1
    doc = verb.doc
    if nxt + 1 >= len(doc):
        return False
    prep = doc[nxt]
    if (
        prep.dep_ == "prep"
        and prep.head.i == verb.i
        and prep.lower_ in _NEVER_BEFORE_TIME
        and not any(c.lower_ in ("that", "which", "who", "whom") for c in verb.children)
    ):
        # "the reporters she spoke with yesterday": the parse gives "with" the time word
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)
    return (
        prep.lower_ in _STRANDABLE
        and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
        and prep.head.i != verb.i
        and prep.head.dep_ == "advmod"
        and prep.head.i == nxt + 1
    )


def _free_relative_object(verb: Token) -> bool:
    """Is the verb's object (or that of the infinitive it governs) a "what" before it ("What the
    president has tried to do, ... is to be fair")? The clause names a thing, not a deed."""
    for clause in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        if any(
            c.dep_ in ("dobj", "pobj") and c.lower_ in ("what", "whatever") and c.i < verb.i
            for c in clause.children
        ):
            return True
    return False


def _glued_noun_before_name(subject: Token | None) -> bool:
    """Is the subject a name the parse gave "a"/"an" and a common noun before it ("a timeline
    Roe could still match", "an idea Hale rejected")? The noun is the object of a relative
    clause written without "that", the name its subject; the clause lacks its object."""
    if subject is None or subject.pos_ != "PROPN":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children) and any(
        c.dep_ in ("amod", "compound") and c.tag_ in ("NN", "NNS") and c.i < subject.i
        for c in subject.children
    )


# Nouns that say nothing without the relative clause that restricts them ("the way we vote").
_RESTRICTED_NOUNS = {"way", "kind", "sort", "type", "manner", "extent", "one", "ones"}


def _needs_its_relative(subject: Token) -> bool:
    """Is the subject a noun such as "way", "kind", "one" restricted by a relative clause
    ("The way that we absorb information is evolving", "the one she used")? Without the
    clause, which the entry leaves out, the noun is no one's deed or thing."""
    return subject.lemma_.lower() in _RESTRICTED_NOUNS and any(
        c.dep_ in ("relcl", "acl") and c.i > subject.i for c in subject.children
    )


def _relative_parsed_as_conjunct(verb: Token) -> bool:
    """A clause written straight after an object noun without "that" ("nailed the story the
    campaign has tried to push") that the parse joined to the verb before as a second deed,
    though no "and", comma or other word joins them: a relative clause whose object is that
    noun. When neither the verb nor the verb it governs ("tried to push") has an object of
    its own, the entry would end on a bare verb ("the campaign has tried to push")."""
    if verb.dep_ != "conj" or any(c.dep_ == "cc" for c in verb.head.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.left_edge.i == 0:
        return False
    before = verb.doc[subject.left_edge.i - 1]
    if not (before.pos_ == "NOUN" and before.dep_ in ("dobj", "pobj") and before.is_alpha):
        return False
    last = verb
    while True:
        if any(c.dep_ in _FILLED - {"xcomp"} or c.dep_ == "prep" for c in last.children):
            return False
        nxt = next((c for c in last.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            break
        last = nxt
    return last.pos_ == "VERB"


def _fronted_quote(clause: Token, verb: Token) -> bool:
    """Is the complement clause a quote set before its tag ('"We will win," she said')?"""
    between = verb.doc[clause.right_edge.i + 1 : verb.i]
    return clause.i < verb.i and any(t.is_quote or t.text == "," for t in between)


def _phrase_core(phrase: list[Token]) -> list[Token]:
    """A phrase up to its first nested modifier or punctuation, when that ends on a noun."""
    core: list[Token] = []
    for t in phrase:
        if core and (t.is_punct or t.dep_ in _CORE_STOPS):
            if (
                t.dep_ == "prep"
                and t.head.pos_ == "VERB"
                and t.head.dep_ == "xcomp"
                and any(c.i == t.head.i for c in core)
                and any(c.dep_ == "dobj" and c.head.i == t.head.i for c in core)
                and not any(w.ent_type_ in ("DATE", "TIME") for w in t.subtree)
            ):
                return []  # "helped push the county (toward the left)": the verb's own phrase
            break
        core.append(t)
    if not core or core[-1].pos_ not in ("NOUN", "PROPN", "NUM") or not core[-1].whitespace_:
        return []
    last = core[-1]
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in last.children):
        return []  # "the whole of": the noun needs what was cut
    if last.dep_ == "pobj" and not any(c.i < last.i for c in last.children):
        return []  # "as part (of ...)", "in connection (with ...)": a bare noun after a preposition
    return core


_CORE_STOPS = {"prep", "acl", "relcl", "advcl", "conj", "cc", "appos", "mark"}


def _word_end(doc: Doc, end: int, reach: int = 3) -> int | None:
    """`end` moved to a whole-word boundary: past the rest of a word written without spaces
    ("non" + "-" + "compliance"), at most `reach` tokens on; None when it is further."""
    for _ in range(reach + 1):
        if end >= len(doc) or doc[end - 1].whitespace_ or doc[end].is_space:
            return end
        if doc[end].text not in _JOINERS and doc[end - 1].text not in _JOINERS:
            return end  # "sales.", "We're": the word, or a clitic the description adds, ends
        end += 1
    return None


_JOINERS = {"-", "–", "/"}


def _told_with_head(tok: Token) -> bool:
    """The complement of an aspectual or attempt verb is described with that verb."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.lemma_ in _ASPECTUAL | _ATTEMPT
        and head.pos_ in ("VERB", "AUX")
    )


# Right-hand dependents that start another clause: the tail of a description stops there.
_TAIL_STOPS = {"cc", "conj", "advcl", "relcl", "parataxis", "mark", "ccomp", "punct"}


def describe(
    ev: _Event,
    names: dict[int, tuple[Mention, Entity]] | None = None,
    inner: bool = False,
    head_only: bool = False,
) -> str:
    """A short readable phrase: subject (by name), auxiliaries, verb, object or complement."""
    names = names or {}
    tok = ev.tok
    if ev.kind == "noun":
        return _noun_phrase(tok, names, as_subject=False)
    head = tok.head
    if not inner and _told_with_head(tok):
        # "prices began to fall": the complement is told with the verb it hangs from
        return describe(_Event(head, "verb", 0, 0, _trigger(head), "", "fact"), names)
    parts: list[str] = []
    renamed = False  # a pronoun subject written by its name: "he'll" becomes "Trump will"
    subject = _subject(tok)
    if subject is not None and subject.dep_ == "csubj" and _short_clause(subject):
        # "putting it behind her took years": the clause, not its verb alone
        parts.append(_span_text(tok.doc[subject.left_edge.i : subject.right_edge.i + 1]))
    elif subject is not None:
        alone = _relative_before_conjunct(tok, subject)
        parts.append(_noun_phrase(subject, names, as_subject=True, conjunct=alone))
        renamed = subject.pos_ == "PRON" and parts[-1] != subject.text
    else:  # "there had been falling sales": the existential subject is kept
        parts.extend(c.text for c in tok.children if c.dep_ == "expl" and c.i < tok.i)
    verb_text = doc_text(tok.doc)[slice(*ev.trigger)] if ev.trigger[0] == tok.idx else tok.text
    # "will not necessarily", "would constantly": the adverb changes what the modal says
    modal = any(c.dep_ in ("aux", "neg") and c.tag_ in ("MD", "RB") for c in tok.children)
    # an adverb that opens the clause, before its subject, is no part of the verb group
    # ("Later she will visit ...": not "she Later will visit")
    after_subject = -1
    if subject is not None:  # a relative's noun holds its clause: "the bill, which was only"
        edge = subject.right_edge.i
        after_subject = edge if edge < tok.i else subject.i
    group = [(g.i, g.text) for g in _never_in_adverb(tok)] + [
        (c.i, _full_aux(c, tok) if renamed else c.text)
        for c in tok.children
        if c.dep_ in ("aux", "auxpass", "neg")
        or (
            c.dep_ == "advmod"
            and c.lower_ in _HEDGED_NEGATION
            and after_subject < c.i < tok.i
            and modal
        )
        # only beside a subject: "almost guarantees" alone would pass for a description
        or (
            c.dep_ == "advmod"
            and c.lower_ in _DEGREE_ADVERBS
            and after_subject < c.i < tok.i
            and parts
        )
    ]
    if (
        tok.dep_ == "conj"
        and not group
        and subject is not None
        and subject.i < tok.head.i
        and tok.head.pos_ in ("VERB", "AUX")
    ):
        # "the mayor must win in May but also energize ...": the second verb shares the
        # modal of the first ("the mayor must energize"), not written it would read as a fact
        # "she had not sent or received any emails": "she had not received any emails"
        group = [
            (c.i, _full_aux(c, tok.head) if renamed else c.text)
            for c in tok.head.children
            # "did not condone it and hoped": "hoped" in its own tense takes no "did"
            if (c.dep_ == "aux" and not (c.lemma_ == "do" and tok.tag_ in ("VBD", "VBZ")))
            or (c.dep_ == "auxpass" and (tok.tag_ == "VBN" or listed_participle(tok)))
            or (c.dep_ == "neg" and is_negated(tok))
        ]
    # in text order: "was not", "had never debated", "did not"
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    particle_written = False
    if (
        nxt is not None
        and nxt.head.i == tok.i
        and tok.idx + len(verb_text) <= nxt.idx
        and (nxt.dep_ == "prt" or (nxt.dep_ == "advmod" and nxt.lower_ in _VERB_PARTICLES))
        and any(c.dep_ == "dobj" and c.i > nxt.i for c in tok.children)
    ):
        verb_text += " " + nxt.text  # "put together a plan": the particle before the object
        particle_written = True
    moved = _particle_amount(tok, ev.trigger[1])
    if moved is not None:
        verb_text += " " + moved  # "closed down 24.11 points": how far, not "closed down"
    parts.extend(word for _, word in sorted([*group, (tok.i, verb_text)]))
    if head_only:
        return _tidy(" ".join(p.strip() for p in parts if p.strip()))
    complement = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("dobj", "attr", "oprd", "acomp", "dative")
            and c.lower_ not in _WH
            and c.lower_ != "that"
        ),
        None,
    )
    xcomp_child = next(
        (
            c
            for c in tok.children
            if c.dep_ == "xcomp" and c.i > tok.i and tok.lemma_ in _ATTEMPT | _ASPECTUAL
        ),
        None,
    )
    clause = next(
        (
            c
            for c in tok.children
            if c.dep_ == "ccomp"
            and c.i > tok.i
            and c.pos_ in ("VERB", "AUX")
            and not inner
            # "showed that ...", "communicate to the US just how ...", not "prevailed: On ..."
            and not any(t.is_punct for t in tok.doc[tok.i + 1 : c.left_edge.i])
        ),
        None,
    )
    last = _verb_group_end(tok, ev.trigger[1] if ev.trigger[0] == tok.idx else tok.idx + 1)
    if particle_written:
        last = max(last, tok.i + 1)
    if complement is not None and complement.i > tok.i:
        between = _between(tok.doc, last, _phrase_start(complement))
        if between is None or _verb_follows(tok, complement.i, complement.i + 1):
            # "standing (on truth and principle -) ideologically pure stances": the object
            # cannot be written beside the verb; the words after the verb decide
            return _tidy(" ".join(p.strip() for p in parts if p.strip()))
        skipped = _skipped_manner(tok.doc, last, _phrase_start(complement)) if not between else ""
        if skipped is None:
            # "served (as the state's first lady and garners) 41 percent support": a role
            # or manner too long to write stands between; the words after the verb decide
            return _tidy(" ".join(p.strip() for p in parts if p.strip()))
        parts.append(skipped or between)
    head_parts = len(parts)  # what is written before the object: the fallback when it misleads
    if complement is not None:
        parts.append(
            _adjective(complement)
            if complement.pos_ == "ADJ"
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in complement.children)
            # "helped the poor", "cared for the elderly": an adjective with an article is
            # used as a noun, written with it ("helped poor" is no English)
            and not any(c.dep_ == "det" for c in complement.children)
            else _noun_phrase(complement, names, as_subject=False)  # "put up more of a fight"
        )
        joined = _joined_object(complement)
        if joined:  # "disavowed the KKK (and its former leader)": both, not the first alone
            parts[-1] = joined
        extraposed = next(
            (
                c
                for c in [*tok.children, *complement.children]
                if c.dep_ in ("ccomp", "xcomp") and c.i > complement.i and c.pos_ in ("VERB", "AUX")
            ),
            None,
        )
        if complement.dep_ in ("acomp", "attr") and extraposed is not None and not inner:
            # "It became apparent (that the meeting had been moved)": the clause is the point
            said = _clause_text(extraposed, names)
            if not said:
                return _tidy(" ".join(p.strip() for p in parts[:head_parts] if p.strip()))
            parts.append(said)
            return _tidy(" ".join(p.strip() for p in parts if p.strip()))
        particle = next(
            (
                c
                for c in tok.children
                if c.i > complement.i
                and (
                    c.dep_ == "prt"
                    # "is blowing the pack away", parsed as an adverb right after the object
                    or (
                        c.dep_ == "advmod"
                        and c.lower_ in (_VERB_PARTICLES - {"ahead"}) | {"behind"}
                        and c.i == complement.right_edge.i + 1
                        and _bare_particle(c)
                    )
                )
            ),
            None,
        )
        if particle is not None:  # "took me in", "put the plan together"
            words = list(particle.subtree)
            if len(words) <= 3 and not any(t.is_punct or t.is_space for t in words):
                short = next(
                    (c for c in tok.children if c.dep_ == "prep" and c.i == words[-1].i + 1),
                    None,
                )
                phrase = list(short.subtree) if short is not None else []
                if 1 < len(phrase) <= 2 and not any(
                    t.is_punct or t.is_space or t.ent_type_ in ("DATE", "TIME") for t in phrase
                ):
                    words = words + phrase  # "put the house up (for sale)"
                parts.append(_span_text(tok.doc[words[0].i : words[-1].i + 1]))  # "up for sale"
            else:
                parts.append(particle.text)
        direct = next(
            (
                c
                for c in tok.children
                if c.dep_ == "dobj"
                and c.i > complement.i
                # "to offer encouragement - a word he used often -": a dash sets off an aside
                # on the object, not a second thing given
                and not any(t.text in _DASHES for t in tok.doc[complement.i + 1 : c.i])
            ),
            None,
        )
        if complement.dep_ in ("dative", "dobj") and direct is not None:
            # "gave her the title of ...", "provide the valley (the support)": the thing given
            parts.append(_noun_phrase(direct, names, as_subject=False))
        rest = _pronoun_object_rest(tok, complement)
        if rest:  # "putting it to rest", "put them into the file"
            parts.append(_span_text(tok.doc[rest[0].i : rest[-1].i + 1]))
        elif complement.dep_ == "dobj" and particle is None:
            completing = _completing_prep(tok, complement.right_edge.i + 1)
            if (
                not completing
                and tok.lemma_.lower() == "spend"
                and complement.lemma_.lower() in _DURATION_NOUNS
            ):
                completing = _spent_where(tok, complement.right_edge.i + 1)
            written = (
                _span_text(tok.doc[completing[0].i : completing[-1].i + 1]) if completing else ""
            )
            if completing and parts[-1].endswith(written):
                pass  # "Tom Hale in New Hampshire": written already, read as part of a name
            elif completing:  # "likened the refugees to a snake", "kept trucks from hauling"
                parts.append(written)
            elif _needs_its_prep(tok, complement):
                # "portrayed himself (as a shrewd manipulator ... too long)", "turned Charlotte
                # (into ...)": without it the verb says something else
                return _tidy(" ".join(p.strip() for p in parts[:head_parts] if p.strip()))
        predicate = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")
                and c.pos_ in ("ADJ", "NOUN", "PROPN")
                and c.i > complement.i
            ),
            None,
        )
        if predicate is not None and complement.dep_ == "dobj" and not rest:
            # "kept the homeland (safe)", "judged America (a paper tiger)": what the object is
            # made or judged to be belongs to the description, or the description misleads
            words = list(predicate.subtree)
            if len(words) > 6 or predicate.left_edge.i != complement.right_edge.i + 1:
                return _tidy(" ".join(p.strip() for p in parts[:head_parts] if p.strip()))
            parts.append(_span_text(tok.doc[words[0].i : words[-1].i + 1]))
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > complement.i), None)
        if xcomp is not None and any(
            t.dep_ in ("relcl", "acl") and tok.doc[t.left_edge.i - 1].text != ","
            for t in tok.doc[complement.i + 1 : xcomp.left_edge.i]
        ):
            # "fundraised all (I've needed to do) to get ...": the object's own clause stands
            # between; the words after the verb decide
            return _tidy(" ".join(p.strip() for p in parts[:head_parts] if p.strip()))
        if xcomp is not None and not (rest and rest[-1].i >= xcomp.i):
            # "led the council to postpone the vote"; "implored her (to bring it back)" is
            # written already as what follows the pronoun
            object_event = _Event(xcomp, "verb", 0, 0, _trigger(xcomp), "", "fact")
            parts.append(describe(object_event, inner=True))
    elif clause is not None:  # "polls showed that few Americans thought of it"
        before = tok.doc[clause.left_edge.i - 1]
        if _between(tok.doc, last, clause.left_edge.i) is None or (
            before.i > last
            and before.pos_ in ("NOUN", "PROPN")
            and before.ent_type_ not in ("DATE", "TIME")
            and not any(c.dep_ == "mark" for c in clause.children)
        ):
            # "reached deeply into the groups of voters (the mayor must win)": the clause is
            # no complement of the verb but a misparsed relative of the words between
            return _tidy(" ".join(p.strip() for p in parts if p.strip()))
        parts.append(_clause_text(clause, names))
    elif xcomp_child is not None:  # "tried to find a diplomatic solution"
        complement_event = _Event(xcomp_child, "verb", 0, 0, _trigger(xcomp_child), "", "fact")
        parts.append(describe(complement_event, names, inner=True))
    elif _object_gap(tok, subject):
        # "the deal (that) the senator made": the noun is the verb's object
        if tok.head.lemma_.lower() in _RESTRICTED_NOUNS:
            # "the one she used in her speech": "used the one" tells nothing
            return _tidy(" ".join(p.strip() for p in parts if p.strip()))
        if (
            nxt is not None
            and nxt.head.i == tok.i
            and (nxt.dep_ == "prt" or (nxt.dep_ == "advmod" and nxt.lower_ in _GAP_PARTICLES))
            and not particle_written
        ):
            parts.append(nxt.text)  # "the plan that Donald has put forth": "put forth the plan"
        noun = _noun_phrase(tok.head, names, as_subject=False)
        first, _, after_first = noun.partition(" ")
        if first in ("The", "A", "An", "This", "That", "These", "Those") and after_first:
            noun = f"{first.lower()} {after_first}"  # the sentence's first word, not a name's
        parts.append(noun)
        completing = _completing_prep(tok, tok.i + 1)
        if completing:  # "the problems he blamed (on the policies of his predecessor)"
            parts.append(_span_text(tok.doc[completing[0].i : completing[-1].i + 1]))
    else:
        for child in tok.children:  # "was received by ...", "will lead to new steps"
            if child.dep_ in ("agent", "prep") and child.i > tok.i and child.lower_ in _PREP_KEPT:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                between = _between(tok.doc, last, child.i)
                if obj is not None and (
                    any(not t.is_space for t in tok.doc[child.i + 1 : _phrase_start(obj)])
                    or obj.tag_ in ("WRB", "WP", "WDT")
                ):
                    break  # "decided against (fact-checking) Trump", "came from where"
                if (
                    obj is not None
                    and between is not None  # "coming (around) to Trump"
                    and not _verb_follows(tok, child.i, obj.i + 1)  # "with his arms (crossed)"
                    and obj.ent_type_ not in ("DATE", "TIME")
                    and " ".join(t.lower_ for t in child.subtree) not in _ASIDES
                ):
                    skipped = _skipped_manner(tok.doc, last, child.i)
                    if skipped is None:
                        break  # "performed (particularly poorly in areas ...) with": too long
                    if skipped:
                        # "had lived (in fear) for so long": what the verb says is in the phrase
                        # between; left out, the rest misleads
                        between = skipped
                    parts.append(between)
                    parts.append(f"{child.text} {_noun_phrase(obj, names, as_subject=True)}")
                    break
    return _tidy(" ".join(p.strip() for p in parts if p.strip()))


def _name_end(doc: Doc, end: int, names: dict[int, tuple[Mention, Entity]]) -> int | None:
    """`end` moved past the rest of a name the words up to it end inside ("the Justice (for
    Victims of Trafficking Act)"), an entity's or the parser's, by at most eight tokens; None
    when the name runs on further."""
    if end >= len(doc):
        return end
    stop = end
    named = names.get(end - 1)
    if named is not None:
        while stop < len(doc) and doc[stop].idx < named[0].end:
            stop += 1
    elif doc[end - 1].ent_type_ in _NAME_ENTS:  # not "$64.8 million (to $45.1 million)"
        while stop < len(doc) and doc[stop].ent_iob_ == "I":
            stop += 1
        stop = title_chain_end(doc, stop)  # a known entity's name ends where its mention does
    return stop if stop - end <= 8 else None


_NAME_ENTS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW", "EVENT",
              "PRODUCT"}  # fmt: skip


def title_chain_end(doc: Doc, end: int) -> int:
    """`end` moved past the rest of a capitalised name that runs on over a small word ("the
    Death (in Custody Reporting Act)", "Justice (for Victims of Trafficking Act)")."""
    if end < 1 or not doc[end - 1].is_title or doc[end - 1].is_sent_start:
        return end
    while (
        end + 1 < len(doc)
        and doc[end].lower_ in _NAME_JOINERS
        and doc[end - 1].whitespace_
        and doc[end + 1].is_title
        and doc[end + 1].is_alpha  # not "Cineplex (for C$17.50)"
        and doc[end - 1].ent_type_ != "PERSON"  # not "Tom Hale (in New Hampshire)"
    ):
        end += 1
        while end < len(doc) and doc[end].is_title and doc[end - 1].whitespace_:
            end += 1
    return end


_NAME_JOINERS = {"of", "for", "in", "on", "&"}


def _verb_follows(verb: Token, start: int, end: int) -> bool:
    """Does a clause of `verb`'s own begin right after the words `start`..`end` a description
    ends with ("died at a time when some calls (were going ...)", "stood with his arms
    (crossed)")? Then the parse cut those words from what they belong to."""
    doc = verb.doc
    nxt = next((t for t in doc[end : end + 3] if not t.is_quote), None)
    if nxt is None or nxt.tag_ not in ("VBD", "VBZ", "VBP", "MD", "VBN"):
        return False
    owner = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
    return owner.head.i == verb.i and owner.i != verb.i and not start <= owner.i < end


def _verb_group_end(verb: Token, trigger_end: int) -> int:
    """The last token of the verb as the entry writes it (its trigger: "carried out")."""
    last = verb.i
    while last + 1 < len(verb.doc) and verb.doc[last + 1].idx < trigger_end:
        last += 1
    return last


def _phrase_start(noun: Token) -> int:
    """The first token of a noun phrase as `_noun_phrase` writes it."""
    return min(
        [noun.i] + [c.left_edge.i for c in noun.children if c.i < noun.i and c.dep_ in _NP_LEFT]
    )


def _between(doc: Doc, last: int, start: int) -> str | None:
    """The words between what a description has written (up to token `last`) and the phrase it
    writes next (from token `start`), quote marks aside: "" when there are none, or when they
    are whole phrases of time, place or manner the description may leave out ("was held (in
    part) on a boat"); the words as written when they are one or two bare words ("put (in)
    place restrictions", "coming (around) to Trump"); None when leaving them out or writing
    them in would garble the sentence ("standing (on truth and principle -) ideologically pure
    stances")."""
    gap = [t for t in doc[last + 1 : start] if not t.is_quote]
    if not gap:
        return ""
    if any(t.is_punct or t.is_space for t in gap):
        return None
    if len(gap) <= 2 and all(not list(t.children) and t.pos_ in _BARE for t in gap):
        return _span_text(doc[gap[0].i : gap[-1].i + 1])
    if len(gap) <= 3 and any(t.lower_ in ("no", "not", "never", "n't") for t in gap):
        return _span_text(doc[gap[0].i : gap[-1].i + 1])  # "acted (no differently) from"
    if (
        len(gap) == 1
        and gap[0].dep_ == "npadvmod"
        and gap[0].pos_ == "NOUN"
        and not list(gap[0].children)
    ):
        return gap[0].text  # "fell (victim) to the scandal": without it the verb says else
    verb = doc[last] if doc[last].pos_ in ("VERB", "AUX") else doc[last].head
    covered: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("prep", "npadvmod", "advmod") and last < child.i < start:
            words = list(child.subtree)
            if len(words) > 1 or child.dep_ != "prep":
                covered.update(t.i for t in words)
    return "" if all(t.i in covered for t in gap) else None


def _skipped_manner(doc: Doc, last: int, start: int) -> str | None:
    """The words `_between` would leave out between a verb (up to token `last`) and the phrase
    it writes next (from token `start`), when leaving them out changes what the verb says:
    "" when there are none or they are only a time, a place's name or an aside ("was pressed
    (Sunday) in an interview"); the words as written when they are a short manner or
    circumstance phrase ("had lived (in fear) for so long"); None when that is too long to
    write ("performed (particularly poorly in areas of the state) with ...")."""
    gap = [t for t in doc[last + 1 : start] if not t.is_quote]
    if not gap:
        return ""
    if " ".join(t.lower_ for t in gap) in _ASIDES:
        return ""
    verb = doc[last] if doc[last].pos_ in ("VERB", "AUX") else doc[last].head
    phrases = [c for c in verb.children if last < c.i < start]
    if all(_circumstance(c) for c in phrases):
        return ""  # "was pressed (Sunday)", "were injured (tonight in a packed street) by"
    if len(gap) > 5 or any(t.is_punct or t.is_space for t in gap):
        return None
    return _span_text(doc[gap[0].i : gap[-1].i + 1])


def _circumstance(phrase: Token) -> bool:
    """Is the phrase one of time, of a named or determined place or occasion, or an adverb that
    leaves what the verb says as it is ("on Monday", "in a packed street", "at the rally",
    "also"), not one of manner ("in fear", "particularly poorly", "beyond security")?"""
    words = list(phrase.subtree)
    if all(
        t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
        or t.lemma_.lower() in _TIME_NOUNS
        or t.lower_ in _HARMLESS_ADVERBS
        or t.pos_ in ("ADP", "DET")
        for t in words
    ):
        return True
    if " ".join(t.lower_ for t in words) in _ASIDES:
        return True
    if phrase.dep_ != "prep" or phrase.lower_ in ("as", "like"):
        return False  # "(served) as first lady": a role, not a circumstance
    noun = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    return noun is not None and (
        noun.pos_ == "PROPN" or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    )


# Adverbs that leave what a verb says as it is ("also", "then", "quickly").
_HARMLESS_ADVERBS = {"also", "then", "now", "still", "already", "immediately", "quickly",
                     "later", "again", "recently", "reportedly", "first", "soon", "once",
                     "just", "finally", "eventually", "previously", "initially", "publicly",
                     "privately", "formally", "officially", "repeatedly", "briefly", "back",
                     "earlier", "today", "yesterday", "tonight", "here", "there",
                     "home"}  # fmt: skip


# Bare words that complete the verb they follow ("put in place", "come around", "leave aside").
_BARE = {"ADP", "ADV", "PART"}


# Phrases of the writer's that say nothing of the event ("began, for instance, ...").
_ASIDES = {"for instance", "for example", "in fact", "of course", "in turn", "in short",
           "after all", "at least", "by contrast", "in contrast", "however", "instead"}  # fmt: skip


def _full_aux(aux: Token, verb: Token) -> str:
    """A contracted auxiliary written out, for a subject that is no longer the pronoun it was
    joined to ("he'll" -> "Trump will", "she'd gone" -> "Roe had gone")."""
    word = aux.lower_.replace("’", "'")
    perfect = aux.i + 1 < len(aux.doc) and aux.doc[aux.i + 1].lower_ == "been"
    if perfect and word in ("'s", "'d"):
        return "has" if word == "'s" else "had"  # "he's been investigated": has been
    # a past form after it is a participle the tagger read as a past tense ("he's renounced"):
    # "is" or "would" before it would not be English
    participle = verb.tag_ in ("VBN", "VBD") and (
        aux.dep_ == "aux" or _contact_perfect(verb) or contracted_perfect(verb)
    )
    if word == "'d":
        return "had" if participle else "would"
    if word == "'s" and participle and _feeling_participle(verb):
        return "is"  # "she's perplexed about ...", "he's worried": a state, not "has perplexed"
    if word == "'s" and verb.lower_ in _BARE_PARTICIPLES:
        return "has"  # "he's become a target": "is become" is no English
    if word == "'s":
        return "has" if participle else "is"
    return _CONTRACTED.get(word, aux.text)


# Participles written the same as the bare verb ("he's become", "it's come to this").
_BARE_PARTICIPLES = {"become", "come"}

# Verbs of feeling whose participle is an adjective of the subject's state ("she's perplexed").
_FEELING = {"perplex", "puzzle", "confuse", "worry", "concern", "surprise", "shock", "stun",
            "disappoint", "frustrate", "please", "satisfy", "delight", "embarrass", "annoy",
            "irritate", "alarm", "disturb", "trouble", "excite", "thrill", "scare", "frighten",
            "terrify", "upset", "bother", "amaze", "astonish", "dismay", "anger", "outrage",
            "offend", "relieve", "encourage", "disgust", "baffle", "bewilder"}  # fmt: skip


def _feeling_participle(verb: Token) -> bool:
    """Is the participle a feeling of its subject, with no object ("she's perplexed about
    ...", "he's worried that ..."), after a contracted "'s": "is", not "has"?"""
    return (
        verb.tag_ in ("VBN", "VBD")
        and verb.lemma_.lower() in _FEELING
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    )


def _particle_amount(verb: Token, trigger_end: int) -> str | None:
    """The amount a particle of the trigger carries ("closed down 24.11 points", "ended up
    $3"): the number and its noun, without what is joined to it (", or 0.1 percent"); None
    when the particle has none or the verb has an object."""
    if any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children):
        return None
    for particle in verb.children:
        if particle.i <= verb.i or particle.idx >= trigger_end:
            continue
        if particle.dep_ not in ("prt", "advmod") or particle.lower_ not in ("up", "down"):
            continue
        for amount in particle.children:
            if (
                amount.dep_ == "npadvmod"
                and amount.left_edge.i == particle.i + 1
                and _is_amount(amount)
            ):
                return _span_text(verb.doc[amount.left_edge.i : amount.i + 1])
    return None


def _contact_perfect(verb: Token) -> bool:
    """Is a participle the tagger gave a passive "'s" the perfect of a relative clause whose
    noun is its object ("the losses she's faced": she has faced them)? Its subject is a
    personal pronoun, no relative word opens it and it has no object of its own."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBN"
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she", "they", "we", "i", "you")
            for c in verb.children
        )
        and not any(c.dep_ in ("dobj", "agent") or c.tag_ in ("WDT", "WP") for c in verb.children)
    )


_CONTRACTED = {"'ll": "will", "'re": "are", "'ve": "have", "'m": "am"}


# Adverbs that complete a verb like a particle ("put together a plan", "set aside funds").
def _bare_particle(adverb: Token) -> bool:
    """Is an adverb particle alone, or followed only by where ("away in Florida"), not by a
    time ("back in May") or a phrase the rest of the description writes ("away from X")?"""
    for child in adverb.children:
        if child.dep_ != "prep" or child.lower_ not in ("in", "at"):
            return False
        if any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            return False
    return True


_VERB_PARTICLES = {"together", "forward", "ahead", "aside", "back", "away", "apart", "off", "out",
                   "up", "down", "over"}  # fmt: skip


# Particles a relative clause may end on, written before the noun it describes ("the plan he
# put forth": "put forth the plan").
_GAP_PARTICLES = _VERB_PARTICLES | {"forth", "in", "on"}


# Adverbs that turn a negation into an open question ("will not necessarily translate"): they
# stay in the verb group, or the description would deny what the text leaves open.
# So do adverbs that make "would" a past habit ("would constantly tussle").
_HEDGED_NEGATION = {"necessarily", "always", "constantly", "often", "frequently",
                    "routinely", "regularly", "usually", "repeatedly", "later", "eventually",
                    "ultimately"}  # fmt: skip


# Adverbs before a verb that say how far it went: without them the entry says more than the
# text ("is (barely) denting the lead", "(nearly) collapsed", "(only) narrowly won").
_DEGREE_ADVERBS = {"barely", "hardly", "scarcely", "little", "nearly", "almost", "narrowly", "only",
                   "partly", "partially", "just", "practically", "virtually",
                   # "a rule (rarely) used": how seldom it happened
                   "rarely", "seldom", "infrequently",
                   # "he would (rather) win": a preference, not what he would do
                   "rather"}  # fmt: skip


# Prepositions that complete a verb after its object ("likened X to Y", "kept X from doing",
# "blamed X on Y", "turned X into Y").
_COMPLETING_PREPS = {"to", "into", "onto", "on", "from", "as", "with", "against", "of",
                     # whom or what it was aimed at, for, about ("took shots (at his rival)",
                     # "blamed the mayor (for the delay)", "invested $2 million (in the plant)")
                     "at", "toward", "towards", "for", "in", "about", "like",
                     # particles the parse took for prepositions ("put the office up for sale")
                     "up", "down", "out", "off", "back", "away"}  # fmt: skip


def _needs_its_prep(verb: Token, obj: Token) -> bool:
    """Does a phrase that says what the object is taken for or made into follow it directly
    ("portrayed himself as ...", "turned the city into ..."), one the description could not
    write out? Not a purpose ("imposed sanctions as a deterrence")."""
    return any(
        c.dep_ == "prep"
        and c.i > obj.right_edge.i
        # right after the object, or after adverbs of the verb ("drew the region (more
        # closely) into its embrace")
        and all(
            t.dep_ == "advmod" and t.head.i in (verb.i, c.i, *(a.i for a in verb.children))
            for t in verb.doc[obj.right_edge.i + 1 : c.i]
        )
        and verb.lemma_.lower() in _PREP_COMPLEMENTED.get(c.lower_, ())
        for c in verb.children
    )


# Verbs whose object is taken for something ("as") or made into something ("into"): without
# that phrase they say something else ("portrayed himself", "turned Charlotte").
_PREP_COMPLEMENTED = {
    "as": frozenset({"portray", "describe", "see", "view", "regard", "cast", "paint", "pitch",
                     "brand", "label", "characterize", "characterise", "present", "depict",
                     "treat", "consider", "define", "position", "frame", "style", "tout",
                     "hail", "rank", "rate", "list", "dub", "single", "name", "identify"}),
    "into": frozenset({"turn", "transform", "convert", "make", "change", "force", "pressure",
                       "draw", "drag", "push", "lure", "translate", "split", "divide"}),
    "of": frozenset({"accuse", "convict", "suspect", "acquit", "clear", "absolve"}),
    # "turned his attention (to ...)", "likened the plan (to ...)"
    "to": frozenset({"turn", "shift", "devote", "dedicate", "redirect", "attribute", "liken",
                     "compare", "owe", "subject", "expose", "switch"}),
    # "put the issue (at the center of ...)", "placed the talks (on hold)"
    "at": frozenset({"put", "place"}),
    # "focused the bank (on ...)", "based the claim (on ...)": without it, another deed
    "on": frozenset({"put", "place", "focus", "refocus", "center", "centre", "concentrate",
                     "base"}),
    # "treating the island (like a colony)": how it is treated is the point
    "like": frozenset({"treat", "regard", "view", "handle"}),
    "in": frozenset({"put", "place"}),
    "under": frozenset({"put", "place"}),
    "behind": frozenset({"put", "place"}),
    # "would put the state (well above the peak ...)": where it is put is the point
    "above": frozenset({"put", "place", "lift", "push", "raise"}),
    "below": frozenset({"put", "place", "push", "drop"}),
    "beyond": frozenset({"put", "place", "push", "take"}),
}  # fmt: skip


def _completing_prep(verb: Token, at: int) -> list[Token]:
    """The short prepositional phrase of the verb at token `at` (right after its object) that
    completes it, its words (quote marks aside, at most eight, no time), or []."""
    prep = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.i == at), None)
    if prep is None or prep.lower_ not in _COMPLETING_PREPS:
        return []
    whole = list(prep.subtree)
    # the whole phrase, else its core when a comma, relative or apposition makes it long
    for words in (whole, _prep_phrase_core(whole)):
        while words and (words[-1].is_punct or words[-1].is_space):
            words.pop()
        if len(words) < 2 or len([t for t in words if not t.is_quote]) > 8:
            continue
        if any(
            t.is_space or (t.is_punct and not t.is_quote) or t.ent_type_ in ("DATE", "TIME")
            for t in words
        ):
            continue
        return words
    return []


def _prep_phrase_core(words: list[Token]) -> list[Token]:
    """A prepositional phrase without what a comma, a relative clause or an apposition adds to
    its noun ("to the ambitions of Senator Barry Goldwater(, the Arizonan who ...)"); what
    restricts the noun stays ("its failure to speak out")."""
    for k, t in enumerate(words):
        if k > 1 and (t.text == "," or t.dep_ in ("relcl", "appos")):
            if t.dep_ != "relcl":
                return words[:k]
            if t.head.lemma_.lower() in _TIME_NOUNS:
                return []  # "at a time (when he is seeking ...)": which time, cut
            # a relative's words before its verb ("a housing bill (that) became law") go too
            start = next((j for j, w in enumerate(words) if w.i == t.left_edge.i), k)
            return words[:start] if start > 1 else []
    return []


def _spent_where(verb: Token, at: int) -> list[Token]:
    """Where a stretch of time was spent, right after it ("spent a month (in jail)"): the
    prepositional phrase of the verb at token `at`, up to four words, no time; else []."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == at), None)
    if prep is None or prep.lower_ not in ("in", "at", "on", "behind", "with", "abroad"):
        return []
    words = list(prep.subtree)
    if not 2 <= len(words) <= 4 or any(
        t.is_punct or t.is_space or t.ent_type_ in ("DATE", "TIME") for t in words
    ):
        return []
    return words


def _tidy(text: str) -> str:
    """Tokens joined back as written: "wasn't", "Roe's", "$1 million", "U.S.-led"."""
    text = _CLITIC.sub(r"\1", text)
    text = _SPLIT_WORDS.sub(r"\1\2", text)  # "I'm gon na endorse you": "gonna"
    # "the Affordable Care Act (ACA": a bracket opened and not closed is left out
    text = _OPEN_BRACKET.sub("", text)
    return _CURRENCY.sub(r"\1", text)


# Marks that glue two pieces of text into one word: an ellipsis or dash between words ("Trump
# ….Something", "them–and"), a bracket closed inside a first word ("W]e").
_GLUED_MARKS = re.compile(r"[^\W\d](?:…\.?|\.{3,})[^\W\d]|[^\W\d][–—](?:and|or|but)\b|^\w+\]")

# "gon na", "wan na": the tokenizer's halves of one word, joined back.
_SPLIT_WORDS = re.compile(r"\b(gon|wan|got) (na|ta)\b", re.IGNORECASE)

_TRAILING_MARKS = re.compile(r"(?:\s*[,;:]|\s+[―—–-])+$")


_OPEN_BRACKET = re.compile(r"\s*[(\[][^)\]]*$")


_CLITIC = re.compile(r" (n['’]t|['’](?:s|re|ve|ll|d|m)|%)(?!\w)")


_CURRENCY = re.compile(r"([$£€]) (?=\d)")


def _clause_text(clause: Token, names: dict[int, tuple[Mention, Entity]]) -> str:
    """A complement clause as written when it is short ("that the United States was in breach
    of the agreement"), else its own description."""
    tokens = list(clause.subtree)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if tokens and len(tokens) <= 16 and all(not t.is_space for t in tokens):
        return _span_text(clause.doc[tokens[0].i : tokens[-1].i + 1])
    if _subject(clause) is None and not any(c.dep_ == "expl" for c in clause.children):
        return ""  # "demanding that (the campaign, lost by the parse) stop ...": no whole clause
    mark = next((c.text for c in clause.children if c.dep_ == "mark"), "")
    wh = next(
        (c for c in clause.children if c.tag_ in ("WRB", "WP", "WDT") and c.i < clause.i), None
    )
    if wh is not None and wh.dep_ == "advmod" and wh.i == clause.left_edge.i:
        mark = wh.text  # "questioned how Cruz could turn back": the question word stays
    elif wh is not None:
        return ""  # "asked what he had done": its object is the question word
    inner_event = _Event(clause, "verb", 0, 0, _trigger(clause), "", "fact")
    inner = describe(inner_event, names, inner=True)
    if inner == describe(inner_event, names, inner=True, head_only=True) and any(
        c.i > clause.i and c.dep_ in ("prep", "dobj", "xcomp", "ccomp", "attr", "acomp", "oprd")
        for c in clause.children
    ):
        return ""  # "that few Americans thought (of climate change as ...)": cut, not shown
    return f"{mark} {inner}".strip()


_PREP_KEPT = {"by", "to", "with", "into", "against", "from", "on", "for"}


_BARE_OBJECTS = {"it", "them", "this", "that", "him", "her", "so", "one"}
_OBJECT_REST = {"prep", "advcl", "xcomp", "oprd", "advmod", "acomp", "ccomp"}


def _pronoun_object_rest(verb: Token, obj: Token) -> list[Token] | None:
    """The phrase right after a pronoun object that completes the verb ("putting it (to rest)",
    "let it (happen)"): its words, [] when none follows, None when it is too long to write out
    in a description."""
    if obj.lower_ not in _BARE_OBJECTS or obj.pos_ != "PRON":
        return []
    after = next(
        (c for c in verb.children if c.i > obj.i and c.dep_ in _OBJECT_REST and c.dep_ != "prt"),
        None,
    )
    if after is None or after.left_edge.i != obj.i + 1:
        return []
    words = list(after.subtree)
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    if not words or len(words) > 8 or any(t.is_space for t in words):
        return None
    return words
