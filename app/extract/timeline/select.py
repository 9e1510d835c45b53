"""The reader's selection: why an event is left out of the timeline a brief shows (`_Event.drop`;
the rules are listed in the package docstring).
"""

from __future__ import annotations

from spacy.tokens import Token

from app.extract.timeline.detect import _cause_result, _is_modifier
from app.extract.timeline.event import _Event
from app.extract.timeline.lexicon import (
    _ASPECTUAL,
    _ATTEMPT,
    _COGNITION,
    _EVALUATIVE,
    _LIGHT,
    _NOT_FACT,
    _RELATIONS,
    _SPEECH,
)
from app.extract.timeline.modality import awaited, is_negated, unproven
from app.extract.timeline.syntax import (
    _WH,
    _aux_words,
    _doer,
    _gerund_subject,
    _head_event,
    _is_amount,
    _unfilled_gap,
    is_non_finite,
)


def select_events(events: list[_Event]) -> None:
    """Mark what the reader's timeline leaves out (`drop`); see the package docstring."""
    by_index = {ev.tok.i: ev for ev in events}
    for ev in events:  # text order: a governing clause is judged before what hangs off it
        ev.drop = _drop_reason(ev, by_index)
    for ev in events:  # a dated setting whose clause is shown is told there, with its date
        if ev.drop is None and ev.kind == "noun" and _shown_setting(ev, by_index):
            ev.drop = "setting"
    for ev in events:  # the result stands in for its cause, and falls with it
        if ev.cause is not None:
            ev.drop = ev.drop if ev.drop == "commentary" else _drop_reason(ev.cause, by_index)
            if ev.drop is None:
                ev.cause.drop = "cause"


def _drop_reason(ev: _Event, by_index: dict[int, _Event]) -> str | None:
    tok = ev.tok
    if ev.kind == "noun":
        if ev.cause is not None:
            return None
        if _inside_argument(tok, by_index):
            return "nominal"  # "a majority of his appointments in 2015 went to men": told there
        if not (ev.anchored and ev.host is None):
            return "nominal"
        if ev.modality != "future" and _dated_in_its_name(tok) and not _told_by_whom(tok):
            # "the 2016 campaign", "Saturday's debate": named in passing; one still to come
            # ("the November elections" in a June article) is kept as what lies ahead
            return "named"
        if ev.modality != "future" and not _says_who(tok) and not _bounds_another(ev, by_index):
            # "Tuesday's Republican debate", "a 2013 trip to Africa", "the uprising in the
            # winter of 2004": which happening, where or when, but no one who did it or had
            # it done to them; a bare noun a reader cannot place as an event told
            return "named"
        return None
    if ev.kind == "verb" and _is_modifier(tok):
        return "modifier"
    if ev.kind == "verb" and _graded_participle(tok):
        return "state"  # "the builder best suited to repair the bridge": what she is, no deed
    if _is_fragment(ev):
        return "fragment"
    if _instead(tok):
        return "alternative"
    if _asks(tok):
        return "question"
    if unproven(tok):
        return "unproven"  # "no evidence (to suggest) that the clerk opened the safe"
    if _unsaid(tok):
        return "unproven"  # "nobody has suggested that anything like that happened"
    if _generic_relative(tok):
        return "generic"  # "anyone who shredded 500 files": no one in particular did
    lemma = tok.lemma_
    if ev.kind == "verb" and is_non_finite(tok) and not _has_own_subject(tok):
        head = _head_event(tok, by_index)
        finite = _finite_governor(tok, by_index)
        if finite is not None and finite.drop is not None and finite.drop != "light":
            return "non_finite"  # hangs off something the timeline does not show
        if not _non_finite_shown(tok, head):
            return "non_finite"
    result = _cause_result(ev) if ev.kind == "verb" else None
    if result is not None and result.i in by_index and by_index[result.i].cause is ev:
        return None  # settled with its result (select_events)
    # "writing off" is no speech; "pointed out" is
    phrasal = any(c.dep_ == "prt" and c.lower_ != "out" for c in tok.children)
    if lemma in _SPEECH and lemma not in ("announce", "declare") and not phrasal:
        return "speech"
    if _as_put_it(tok):
        return "speech"  # "as she put it on Wednesday": the words quoted, no deed
    if lemma in _COGNITION:
        return "cognition"
    if lemma in _EVALUATIVE and ev.tense in ("present", "present_perfect"):
        return "evaluative"
    if _is_commentary(ev):
        return "commentary"
    if _is_credit(tok):
        return "credit"
    if tok.dep_ != "ROOT" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children
    ):
        return "condition"  # "if the rain returns": a condition, not a happening
    if _joined_condition(tok):
        return "condition"  # "if a worker got hurt or a shipment had to be cancelled"
    if tok.dep_ != "ROOT" and _inverted_condition(tok):
        return "condition"  # "(would close) should Ann Roe win": "if Ann Roe wins"
    if awaited(tok):
        return "condition"  # "(would not sign) until the auditors had checked it": not told
    complement = any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children
    )
    if lemma in _ATTEMPT and complement:
        return None  # "tried to find a solution": the trying happened, the finding may not
    if lemma in _ASPECTUAL and complement:
        return "light"
    if lemma in _LIGHT and ev.kind == "verb" and not _has_event_object(tok, by_index):
        return "light"
    if ev.kind == "state" and ev.time is None:
        return "state"
    if ev.kind == "state" and any(
        c.dep_ == "acomp" or (c.dep_ == "attr" and _is_amount(c)) for c in tok.children
    ):
        return "state"  # "the take-off was normal", "volume was 840 million shares"
    if lemma in _RELATIONS:
        return "state"  # "results included a gain", "the victims numbered 213"
    return None


def _as_put_it(tok: Token) -> bool:
    """Is the verb "put it" in an "as" clause ("as she put it", "as one aide put it"): a way of
    saying that frames the words it goes with?"""
    return (
        tok.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
        and any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in tok.children)
    )


def _shown_setting(ev: _Event, by_index: dict[int, _Event]) -> bool:
    """Is the nominal event the setting of a shown clause that took its date ("At a Tuesday rally
    in Dayton, Roe promised ...": the promise is dated Tuesday)? "a Tuesday rally in Dayton" on
    its own says no more than that clause, and says it worse: whose rally, it does not tell."""
    noun = ev.tok
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    verb = by_index.get(noun.head.head.i)
    return (
        verb is not None
        and verb.kind != "noun"
        and verb.drop is None
        and verb.time is ev.time
        and verb.period == ev.period
    )


def _instead(tok: Token) -> bool:
    """Is the verb what was done "rather than" another ("attacked its rivals rather than offered
    them solutions")? It names what did not happen; as a fact it would say the opposite."""
    if tok.dep_ != "conj" or tok.head.i >= tok.i:
        return False
    return any(
        c.dep_ == "cc"
        and c.lower_ == "than"
        and tok.head.i < c.i < tok.i
        and c.i > 0
        and tok.doc[c.i - 1].lower_ == "rather"
        for c in tok.head.children
    )


# Verbs of telling or showing whose content, when the verb is denied, the text does not tell:
# "nobody has suggested that the depot closed", "the audit did not show that funds were lost".
# Not the factive "know"/"realize" (what one did not know is still so), nor the verbs of
# opinion whose denial denies the content ("don't think he will win": `modality`).
_UNSAYING = frozenset({"say", "suggest", "claim", "allege", "assert", "argue", "report",
                       "show", "prove", "indicate", "confirm", "establish", "find"})  # fmt: skip


def _unsaid(tok: Token) -> bool:
    """Is the clause what a denied telling does not tell ("No one has suggested that anything
    like that happened", "The mayor did not say that the depot closed")? The content of a
    report no one made is neither a fact the text tells nor one it denies."""
    head = tok.head
    return (
        tok.dep_ == "ccomp"
        and tok.i > head.i
        and head.lemma_.lower() in _UNSAYING
        and is_negated(head)
    )


# Pronouns for no one in particular: a relative clause on them tells of no one's deed.
# ("everyone who attended" is a set of people who did attend, so not these.)
_ANYONE = frozenset({"anyone", "anybody", "nobody", "whoever"})


def _generic_relative(tok: Token) -> bool:
    """Is the verb a relative clause on "anyone" ("never heard of anyone who shredded 500
    files", "anyone in a city office who shredded ...", "no one who saw it")? Whether anyone
    did it, the sentence does not tell; the parse may hang the clause on the noun of a phrase
    after the pronoun ("anyone in a city office who")."""
    if tok.dep_ != "relcl":
        return False
    node = tok.head
    there = node.head
    if (
        node.dep_ == "attr"
        and there.lemma_ == "be"
        and any(c.dep_ == "expl" for c in there.children)
        and (
            is_negated(there)
            or any(c.lower_ in ("few", "no") and c.dep_ in ("amod", "det") for c in node.children)
        )
    ):
        return True  # "There are not many voters who cast ...", "there were few who voted"
    for _ in range(3):
        if node.lower_ in _ANYONE or (
            node.lower_ == "one" and any(c.lower_ == "no" for c in node.children)
        ):
            return True
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        prep = node.head
        # "met anyone in a city office who": the parse may hang the phrase on the verb
        node = prep.head if prep.head.pos_ not in ("VERB", "AUX") else prep.doc[prep.i - 1]
    return False


def _joined_condition(tok: Token) -> bool:
    """Is the verb joined to one an "if"/"unless" opens, and so part of the same condition ("If
    a worker got hurt or a shipment had to be cancelled, that would matter")? A joined verb
    with its own opening word ("when", "because") is its own clause."""
    if tok.dep_ != "conj" or any(c.dep_ == "mark" for c in tok.children):
        return False
    first = tok.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in first.children
    )


def _inverted_condition(tok: Token) -> bool:
    """Is a clause inside a sentence a condition told by inversion: its first word "should",
    "had" or "were" before its subject ("would stop taking gifts should Ann Roe win", "had the
    council voted earlier, ...")? As with "if", whether it happens the text does not say."""
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = next((t for t in tok.subtree if not t.is_punct and not t.is_space), None)
    return (
        subject is not None
        and first is not None
        and first.lower_ in ("should", "had", "were")
        and first.dep_ in ("aux", "auxpass")
        and first.head.i == tok.i
        and first.i < subject.i
    )


def _dated_in_its_name(noun: Token) -> bool:
    """Is the nominal event's time a word before the noun, part of what it is called ("the
    2016 campaign", "Saturday's debate", "the November election"), not a phrase that says when
    it is ("the election in May")?"""
    return any(
        t.ent_type_ in ("DATE", "TIME") for t in noun.subtree if t.i < noun.i and not t.is_punct
    )


# Entity types that name which happening a noun is ("the Benghazi attack", "the Iraq war").
_NAMED_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW"}


def _told_by_whom(noun: Token) -> bool:
    """Does a nominal event say who did it or to whom, or which one it is: a possessive that is
    no time ("Polk's victory", not "Saturday's debate"), an "of"/"by" phrase ("the arrest of two
    men"), or a name within it ("the 2012 Benghazi attack", "last month's attacks in Paris")? A
    bare name of a happening ("the 2016 campaign", "the 2008 race", "the November election")
    is only mentioned on the way, nothing a reader can place."""
    if any(
        (t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")) or t.ent_type_ in _NAMED_TYPES
        for t in noun.subtree
        if t.i != noun.i and not t.is_punct
    ):
        return True
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") and c.pos_ != "PRON":
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("of", "by")
            and any(g.dep_ == "pobj" for g in c.children)
        ):
            return True
    return False


def _says_who(noun: Token) -> bool:
    """Does a nominal event say who did it, whom or where it befell, as what it is called: a
    possessive that is no time or pronoun ("Polk's victory"), a name written before it ("the
    Obama campaign", "the 2012 Leeds flood"), or an "of"/"by" phrase whose object is no time
    ("the arrest of two men", not "the deals of the year")? A nationality, a name or time in a
    phrase after it ("Tuesday's Republican debate", "a 2013 trip to Africa", "the shootings in
    Ohio on Monday", "the uprising in the winter of 2004") only says which one, in passing."""
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") and c.pos_ != "PRON":
            return True
        if (
            c.dep_ in ("compound", "nmod")
            and c.i < noun.i
            and c.pos_ == "PROPN"
            and c.ent_type_ not in ("DATE", "TIME", "NORP")
        ):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "by"):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.pos_ != "NUM":
                    return True
    return False


def _bounds_another(ev: _Event, by_index: dict[int, _Event]) -> bool:
    """Does another event come after this one by the text's word ("resigned after the vote on 3
    March")? Then it is the dated bound the reader is shown that event by."""
    return ev.period is not None and any(
        ev.tok.i in other.after for other in by_index.values() if other is not ev
    )


def _inside_argument(noun: Token, by_index: dict[int, _Event]) -> bool:
    """Is the noun inside (not the head of) the subject of a verb event, reached through
    prepositions ("a majority of his appointments")? The verb's entry tells it."""
    tok = noun
    for _ in range(6):
        if tok.dep_ not in ("pobj", "prep"):
            return False
        tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass"):
            verb = by_index.get(tok.head.i)
            return verb is not None and verb.kind != "noun"
    return False


def _asks(tok: Token) -> bool:
    """Is the clause a question ("Did she help ...?", "What would you pick?")? A question asks
    about a happening; it does not tell one."""
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = next((t for t in tok.subtree if not t.is_punct and not t.is_space), None)
    if (
        subject is not None
        and first is not None
        and first.dep_ in ("aux", "auxpass")
        and first.head.i == tok.i
        and first.i < subject.i
        and first.lower_ not in ("had", "should", "were")  # "Had he known, ...": a condition
    ):
        return True  # "Did Crooked Hillary help ...", "will you pledge ..."
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
    if last is None or last.text != "?":
        return False
    node = tok  # the question is the sentence's main clause (or what someone says or asks in
    # it: 'Trump said: "Did she help ...?"'), or a clause conjoined to that
    for _ in range(4):
        if node.dep_ == "ROOT":
            return True
        if node.dep_ == "ccomp" and node.head.lemma_ in _SPEECH | {"ask", "wonder"}:
            return node.right_edge.i + 3 >= last.i
        if node.dep_ == "ccomp" and any(
            c.tag_ in ("WRB", "WP") and c.i < node.i for c in node.children
        ):
            return node.right_edge.i + 3 >= last.i  # "The question is, why did it take so long?"
        if node.dep_ not in ("conj", "xcomp"):
            return False
        node = node.head
    return False


def _is_fragment(ev: _Event) -> bool:
    """What a reader would not recognise as an event of its own: a bare complement clause
    ("what caused it", "us to get"), a trigger that is no word, an amount stated as a state."""
    tok = ev.tok
    if not tok.is_alpha:
        return True
    if _split_sentence(tok):
        return True  # "remarks (|) Trump had made about ...": the parse cut one sentence in two
    if tok.dep_ != "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in _WH for c in tok.children
    ):
        return True  # "what caused it", "what he did"
    if any(
        c.dep_ == "prep"
        and any(g.dep_ == "pobj" and g.lower_ in _WH and g.i < tok.i for g in c.children)
        for c in tok.children
    ):
        return True  # "what it could look like": the object is the question word before it
    if any(a.tag_ == "TO" for a in _aux_words(tok)) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    ):
        return True  # "wanted us to get": the object of another verb, not an event told
    if (
        tok.tag_ == "VB"
        and tok.dep_ in ("ccomp", "xcomp", "relcl")
        and not _aux_words(tok)
        and any(c.dep_ == "nsubj" for c in tok.children)
    ):
        return True  # "would help Mexico make its case": a small clause of another verb
    if (
        tok.tag_ == "VBG"
        and _gerund_subject(tok) is None
        and not any(a.tag_ != "POS" for a in _aux_words(tok))
        and any(c.dep_ == "nsubj" for c in tok.children)
    ):
        # "with Trump jumping up and down", "recalled Mr. Obama talking", "with experts
        # offering their assessments", "the idea of a woman's succeeding him": a gerund with a
        # subject but no tense is a circumstance or a thing talked about, not a happening told
        return True
    if (
        ev.kind == "verb"
        and tok.tag_ in ("VBN", "VBD")
        and not _aux_words(tok)
        and _doer(tok) is None
        and tok.dep_ != "ROOT"
    ):
        return True  # "(the quarter) ended Oct. 31", "worked out in Moscow": no one does it
    if (
        tok.tag_ in ("VBN", "VBD")
        and tok.dep_ in ("ccomp", "xcomp", "oprd")
        and tok.head.lemma_ in _CAUSATIVE
        and not _aux_words(tok)
        and not any(c.dep_ == "mark" for c in tok.children)
        and any(c.dep_ == "nsubj" for c in tok.children)
    ):
        return True  # "(if you have) a portion of them displaced": a small clause of another verb
    if _unfilled_gap(tok):
        return True  # "a bill Mr. Obama had tried to push through": the object is elsewhere
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.tag_ == "POS" for g in c.children)
        for c in tok.children
    ):
        return True  # "The party's presumed nominee, Roe ...": a possessor is no subject
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _REFLEXIVES for c in tok.children):
        return True  # "(he found) himself embroiled in a row": the object of another verb
    if _second_adjective(tok):
        return True  # "the room is small and cramped": a state, not something that happened
    if tok.dep_ == "relcl" and any(
        c.dep_ == "pobj" and c.lower_ in ("that", "which") and c.i < tok.i and c.head.i > tok.i
        for c in tok.subtree
    ):
        return True  # "the $8 that analysts were looking for": the relative word is no object
    if (
        tok.dep_ == "conj"
        and tok.tag_ in ("VBD", "VBN")
        and tok.lower_ != tok.lemma_.lower()  # "may backfire and cost": a base form
        and not _aux_words(tok)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and tok.head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.head.children)
    ):
        return True  # "would bring new jobs, and repaired roads": a modifier, not "would repaired"
    if ev.kind == "state":
        pred = next((c for c in tok.children if c.dep_ in ("attr", "acomp")), None)
        if pred is not None and (
            pred.like_num or pred.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
        ):
            return True
    return False


_REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}


def _second_adjective(tok: Token) -> bool:
    """Is a past form joined to "be" with an adjective the parse read as a verb of its own
    ("the space is small and cramped")? It is a second adjective of the same "is"."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and tok.tag_ in ("VBD", "VBN")
        and head.lemma_ == "be"
        and any(c.dep_ == "acomp" and c.i < tok.i for c in head.children)
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children
        )
    )


# Verbs whose object can carry a participle of its own ("have them displaced", "got it done").
_CAUSATIVE = {"have", "get", "want", "need", "keep", "leave"}


_SENTENCE_ENDS = {".", "!", "?", ":", ";", "…", "—", "–", "-", ")", "]"}


def _split_sentence(tok: Token) -> bool:
    """Is the parse's sentence of `tok` a piece of a written one: it starts or ends inside a
    line with no sentence-closing mark between the pieces ("cited remarks | Trump had made
    about ...")? Its clauses are cut and their arguments misread."""
    sent = tok.sent
    doc = tok.doc
    for boundary in (sent.start, sent.end):
        if boundary <= 0 or boundary >= len(doc):
            continue
        before = boundary - 1
        while before > 0 and doc[before].is_space and "\n" not in doc[before].text:
            before -= 1
        prev, nxt = doc[before], doc[boundary]
        if "\n" in prev.text or "\n" in prev.whitespace_ or nxt.is_space:
            continue
        if prev.is_quote or prev.text in _SENTENCE_ENDS or prev.is_bracket:
            continue
        if prev.is_alpha and nxt.is_alpha:
            return True
    return False


def _has_own_subject(tok: Token) -> bool:
    return _gerund_subject(tok) is not None


def _finite_governor(tok: Token, by_index: dict[int, _Event]) -> _Event | None:
    """The nearest event above a non-finite verb that has a tense of its own."""
    node = tok
    for _ in range(8):
        head = _head_event(node, by_index)
        if head is None or head.kind == "noun" or not is_non_finite(head.tok):
            return head
        node = head.tok
    return None


def _non_finite_shown(tok: Token, head: _Event | None) -> bool:
    """Means ("by writing off debts"), a gerund with its own subject ("the Council announcing
    meetings"), the complement of an aspectual verb, and conjuncts of those are shown."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "by":
        return True
    if tok.dep_ == "xcomp" and head is not None and head.drop == "light":
        return True
    if tok.dep_ == "conj" and head is not None and head.tok is tok.head:
        return head.drop is None and is_non_finite(head.tok)
    return False


def _is_credit(tok: Token) -> bool:
    """A credit line ("Jane Roe contributed reporting", "... contributed to this report"): who
    worked on the article, not a happening it tells."""
    if _editors_note(tok):
        return True
    if tok.lemma_ != "contribute":
        return False
    for child in tok.children:
        if child.dep_ in ("dobj", "xcomp") and child.lower_ in _CREDIT_WORK:
            return True
        if child.dep_ == "prep" and child.lower_ == "to":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in ("report", "story", "article"):
                return True
    return False


_CREDIT_WORK = {"reporting", "writing", "research", "report", "analysis", "photography"}

_ARTICLE = {"story", "post", "article", "report", "piece", "column", "blog", "headline", "version"}
_NOTE_VERBS = {"update", "correct", "revise", "edit", "amend", "clarify", "change", "misstate"}


def _editors_note(tok: Token) -> bool:
    """An editor's note about the article itself ("This post has been updated with comments
    from the campaign", "An earlier version of this story misstated the date"): no happening the
    article tells. Only "this ..." counts: "the AP article was published" is news."""
    if tok.lemma_.lower() not in _NOTE_VERBS:
        return False
    for child in tok.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        nouns = [child] + [
            g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
        ]
        for noun in nouns:
            if noun.lemma_.lower() in _ARTICLE and any(
                d.dep_ == "det" and d.lower_ == "this" for d in noun.children
            ):
                return True
    return False


def _has_event_object(tok: Token, by_index: dict[int, _Event]) -> bool:
    return any(c.dep_ == "dobj" and c.i in by_index for c in tok.children)


def _is_commentary(ev: _Event) -> bool:
    """Standing states and remarks rather than happenings (see the package docstring)."""
    tok = ev.tok
    if ev.tense == "present" and tok.tag_ != "VBG" and ev.modality not in _NOT_FACT:
        return True  # simple present: "the agenda focuses on", "the visit comes at a time"
    if (
        tok.dep_ in ("relcl", "acl")
        and not is_non_finite(tok)
        and ev.tense not in ("past", "past_perfect", "present_perfect")
    ):
        return True  # "which is closely monitoring", "the isolation Washington is attempting"
    return ev.modality == "negated" and ev.tense in ("present", "present_perfect", "hypothetical")


# Adverbs of degree: a participle graded by one is an adjective ("best suited", "most
# qualified", "too divided"); a happening is not had to a degree.
_DEGREE = {"best", "better", "most", "more", "least", "less", "very", "too", "so", "ill"}


def _graded_participle(tok: Token) -> bool:
    """Is the verb a past participle graded by a degree adverb written before it, with no "by"
    phrase naming a doer ("the candidate best suited to beat him", "a very divided party")?"""
    return (
        tok.tag_ == "VBN"
        and any(c.dep_ == "advmod" and c.lower_ in _DEGREE and c.i < tok.i for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    )
