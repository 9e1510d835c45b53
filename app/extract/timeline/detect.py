"""Finding events: verbs heading a clause, copular states and nominal events of running text."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from app.extract.timeline.event import _Event
from app.extract.timeline.lexicon import _CAUSE_VERBS, EventLexicon, _is_event_noun_lemma
from app.extract.timeline.modality import modality_of, tense_of
from app.extract.timeline.syntax import _governing_verb, _trigger, is_non_finite
from app.extract.tokens import TokenTable, token_table


def detect_events(doc: Doc, lexicon: EventLexicon) -> list[_Event]:
    """Verbs, copular states and nominal events of running text, in text order."""
    events: list[_Event] = []
    verbs = lexicon.verbs
    table = token_table(doc)
    for start, end in table.sentences:
        if not _is_prose(table, start, end):
            continue
        for i in range(start, end):
            if table.pos[i] not in ("VERB", "AUX", "NOUN"):
                continue  # neither an event verb (VERB, AUX) nor an event noun
            if _is_event_verb(doc, table, i):
                tok = doc[i]
                kind = "verb" if tok.pos_ == "VERB" else "state"
                start, end = clause_bounds(tok)
                # TimeML marks a state by its predicate: "was ill", "has been an ally"
                pred = next((c for c in tok.children if c.dep_ in ("attr", "acomp")), None)
                trig = _trigger(tok) if kind == "verb" or pred is None else _trigger(pred)
                events.append(_Event(tok, kind, start, end, trig, tense_of(tok), modality_of(tok)))
            elif _is_event_noun(table, i, verbs):
                events.append(_noun_event(doc[i]))
    by_index = {ev.tok.i: ev for ev in events}
    for ev in list(events):  # "resulted in the arrest": the result is a happening
        result = _cause_result(ev, verbs)
        if result is not None:
            found = by_index.get(result.i) or _noun_event(result)
            if result.i not in by_index:
                events.append(found)
                by_index[result.i] = found
            found.cause, found.host = ev, None
            found.tense, found.modality = ev.tense, ev.modality
    for ev in events:
        if ev.kind == "noun" and ev.cause is None and ev.tok.dep_ in _HOST_DEPS:
            ev.host = by_index.get(ev.tok.head.i)
    events.sort(key=lambda e: e.tok.i)
    return events


_HOST_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "oprd"}


def _noun_event(tok: Token) -> _Event:
    governor = _governing_verb(tok)
    tense = tense_of(governor) if governor is not None else "present"
    modality = modality_of(governor) if governor is not None else "fact"
    if modality == "negated":
        modality = "fact"  # "did not attend the meeting": the meeting itself took place
    start, end = _phrase_bounds(tok)
    return _Event(tok, "noun", start, end, (tok.idx, tok.idx + len(tok)), tense, modality)


def _cause_result(ev: _Event, verbs: frozenset[str] | None = None) -> Token | None:
    """The noun a cause verb leads to: "resulted in the arrest", "will lead to new talks".
    With `verbs` (the lexicon's), only an eventive noun: not "leads protests in a neighborhood",
    "could cause damage to a child"; the preposition follows the verb ("To the people of Kenya,
    I will bring ..." is no result)."""
    if ev.kind != "verb" or ev.tok.lemma_ not in _CAUSE_VERBS:
        return None
    for prep in ev.tok.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("in", "to") and prep.i > ev.tok.i:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    if verbs is not None and not _is_event_noun_lemma(obj.lemma_.lower(), verbs):
                        return None
                    return obj
    return None


def _is_event_noun(table: TokenTable, i: int, verbs: frozenset[str]) -> bool:
    """Is token `i` a noun naming a happening ("the arrest", "talks")?"""
    if table.pos[i] != "NOUN" or table.dep[i] in ("compound", "npadvmod") or not table.is_alpha[i]:
        return False
    return _is_event_noun_lemma(table.lemma[i].lower(), verbs)


def _is_prose(table: TokenTable, start: int, end: int) -> bool:
    """A sentence (tokens `start:end`) of running text, not a headline or a section heading
    (they lack a full stop, or write their verbs capitalized)."""
    # spaCy's is_space is str.isspace of the token's text
    last = next((w for w in reversed(table.words[start:end]) if not w.isspace()), None)
    if last is None or not (last in {".", "!", "?", '"', "”", "'", "’", ")"} or end - start > 25):
        return False
    # a headline written in title case, full stop or not ("Trump Could Address Clean Energy,
    # Graham Says."): verbs capitalized inside the sentence
    capitalized_verbs = sum(
        1
        for i in range(start + 1, end)
        if table.pos[i] in ("VERB", "AUX") and table.words[i][:1].isupper()
    )
    return capitalized_verbs < 2


# Participles that work as prepositions or connectives, not as happenings.
_CONNECTIVES = {"following", "given", "including", "according", "regarding", "concerning",
                "considering", "excluding", "compared", "based", "provided", "pending"}  # fmt: skip


def _is_event_verb(doc: Doc, table: TokenTable, i: int) -> bool:
    """Is token `i` a verb of a happening, or a copula stating something?

    Read from the token table; a Token is made only for a copula's children.
    """
    if table.pos[i] == "VERB":
        return (
            table.dep[i] not in ("aux", "auxpass")
            and table.lower[i] not in _CONNECTIVES
            and not _in_hyphenated_word(doc, i)
            and doc[i].ent_type_ not in _NAME_TYPES
            and not _capitalised_inside(doc[i])  # "will Gennifer (Flowers) be there"
        )
    # a copula heading its clause ("the town has been a port") is a state worth placing
    return (
        table.pos[i] == "AUX"
        and table.lemma[i] == "be"
        and table.dep[i] in ("ROOT", "ccomp", "advcl", "conj", "relcl")
        and any(c.dep_ in ("attr", "acomp") for c in doc[i].children)
    )


def _capitalised_inside(tok: Token) -> bool:
    """A verb written with a capital inside a sentence of running text: a name the parse took
    for a verb, more likely than a verb."""
    if not tok.is_title or tok.is_sent_start or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return not (prev.is_punct or prev.is_space)


def _in_hyphenated_word(doc: Doc, i: int) -> bool:
    """Is token `i` a piece of a word written with a hyphen ("co-owns", "re-energized"): the
    tokenizer split it, and the parse of such pieces is no clause to trust."""
    tok = doc[i]
    after = i + 1 < len(doc) and not tok.whitespace_ and doc[i + 1].text in _HYPHENS
    before = (
        i >= 2
        and doc[i - 1].text in _HYPHENS
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    )
    return after or before


_HYPHENS = {"-", "–"}
_NAME_TYPES = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT"}


def _is_modifier(tok: Token) -> bool:
    """A participle describing a thing: "escalating tensions", "debts owed by ..."."""
    if tok.dep_ in ("amod", "compound"):
        return True
    return (
        tok.dep_ == "acl"
        and is_non_finite(tok)
        and (tok.tag_ != "VBG" or not any(c.dep_ == "dobj" for c in tok.children))
    )


def clause_bounds(verb: Token) -> tuple[int, int]:
    """Character span of the verb's own clause: its subtree without sub-clauses at its edges."""
    left, right = verb.left_edge.i, verb.right_edge.i
    for child in verb.children:
        if child.dep_ in ("conj", "ccomp", "advcl", "parataxis", "relcl") and child.pos_ in (
            "VERB",
            "AUX",
        ):
            if child.i > verb.i:
                right = min(right, child.left_edge.i - 1)
            else:
                left = max(left, child.right_edge.i + 1)
    doc, i = verb.doc, verb.i
    # the token table, not doc[k]: these scans read every token of the clause
    t = token_table(doc)
    is_punct, is_space, dep = t.is_punct, t.is_space, t.dep
    while right > i and (is_punct[right] or is_space[right]):
        right -= 1
    # a clause hanging off an object at the end ("an operation that resulted in ...") is its own
    for k in range(i + 1, right + 1):
        if dep[k] in ("relcl", "acl") and t.pos[k] in ("VERB", "AUX"):
            tok = doc[k]
            if tok.right_edge.i >= right and tok.head.i > i:
                right = min(right, tok.left_edge.i - 1)
                break
    while right > i and (is_punct[right] or dep[right] in ("cc", "mark") or is_space[right]):
        right -= 1
    while left < i and (is_punct[left] or dep[left] in ("cc", "mark") or is_space[left]):
        left += 1
    return t.idx[left], t.idx[right] + len(t.words[right])


def _phrase_bounds(noun: Token) -> tuple[int, int]:
    """A noun phrase without the clauses that hang off it."""
    left, right = noun.left_edge.i, noun.right_edge.i
    for child in noun.children:
        if child.i > noun.i and child.dep_ in ("relcl", "acl"):
            right = min(right, child.left_edge.i - 1)
    i = noun.i
    t = token_table(noun.doc)
    while right > i and (t.is_punct[right] or t.dep[right] in ("cc", "mark")):
        right -= 1
    while left < i and t.is_punct[left]:
        left += 1
    return t.idx[left], t.idx[right] + len(t.words[right])
