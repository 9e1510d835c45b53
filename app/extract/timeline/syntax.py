"""Clause structure read off the dependency parse, shared by every step: auxiliaries, finiteness,
the subject and doer of a verb, the trigger with its particle, relative-clause gaps.
"""

from __future__ import annotations

from spacy.tokens import Token

from app.extract.timeline.event import _Event
from app.extract.timeline.lexicon import _HELD_NOUNS, _HOLDING_VERBS, _NON_FINITE, _REPORTING


def _governing_verb(tok: Token) -> Token | None:
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _aux_words(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def is_non_finite(verb: Token) -> bool:
    """A verb without tense of its own: no subject and no finite auxiliary ("by writing off")."""
    if verb.tag_ not in _NON_FINITE:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    return not any(a.tag_ not in ("TO", "VBG", "VBN", "VB") for a in _aux_words(verb))


def _head_event(verb: Token, by_index: dict[int, _Event]) -> _Event | None:
    node = verb.head
    for _ in range(6):
        if node.i in by_index and node.i != verb.i:
            return by_index[node.i]
        if node.head.i == node.i:
            return None
        node = node.head
    return None


_WH = {"what", "who", "whom", "which", "whatever", "whoever", "how", "why", "whether"}


def _gerund_subject(tok: Token) -> Token | None:
    """The name right before a gerund that acts as its subject, making it a clause of its own:
    "coincides with the Council announcing meetings"."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl", "pcomp") or tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.dep_ == "pobj" and prev.head.lower_ in (_PLACE_PREPS - {"with"}) | {"to"}:
        # "spent the week at their convention in Philadelphia trying to ...", "sent a letter to
        # Mr. Castro criticizing the sales": a place or a receiver, not who is doing it
        return None
    if prev.pos_ == "PROPN" and (prev.i == tok.head.i or prev.dep_ in ("pobj", "dobj")):
        return prev
    return None


_PARTICLES = {"apart", "away", "back", "down", "off", "out", "up", "over", "aside",
              # "was taken aback", "came together": the verb alone says something else
              "aback", "together"}  # fmt: skip


def _trigger(verb: Token) -> tuple[int, int]:
    """The verb with its particle: "writing off"."""
    end = verb.idx + len(verb)
    for child in verb.children:
        if child.i == verb.i + 1 and (
            child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in _PARTICLES)
        ):
            end = child.idx + len(child)  # "fell apart", "put off"
    return verb.idx, end


_RELATIVIZERS = {"that", "which", "who", "whom", "what"}


def _subject(tok: Token, depth: int = 0) -> Token | None:
    subjects = [
        c
        for c in tok.children
        if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.ent_type_ not in ("DATE", "TIME")
    ]
    # A clause has one subject; two are a misparse, as when a dateline's place becomes one
    # ("HEMPSTEAD, N.Y. (UPI) — Jill Stein was escorted"): the one nearest the verb is it.
    before = [c for c in subjects if c.i < tok.i]
    if len(subjects) > 1 and before:
        subjects = [_subject_before_relative(before) or max(before, key=lambda c: c.i)]
    if subjects:
        child = _past_dateline(subjects[0])
        if child.lower_ in _RELATIVIZERS and tok.dep_ == "relcl":
            noun = _agreeing_noun(tok, tok.head)
            # "an operation that resulted": the operation
            return None if noun is None else _described_one(noun)
        return child
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and depth < 4:
        swallowed = _swallowed_subject(tok)
        if swallowed is not None:
            return swallowed
        if _after_relative_list(tok):
            return None
        if _after_another_subject(tok):
            return None  # "A endorsed him, and the bad blood B engendered prevented him": not A
        if _joined_without_a_link(tok):
            return None
        if _after_speech_aside(tok):
            # "He had no debts, the airline added, and had passed all checks": the verb goes
            # on the sentence the aside interrupts, whose subject is its own
            return _subject(tok.head.head, depth + 1)
        inherited = _subject(tok.head, depth + 1)  # "ditched her escort and detoured": the same
        finite = [a for a in tok.children if a.dep_ in ("aux", "auxpass") and a.tag_ != "MD"]
        if (
            inherited is not None
            and finite
            and inherited.pos_ == "NOUN"
            and _number(inherited) is not None
            and _number(finite[0]) not in (None, _number(inherited))
        ):
            # "sales have been halved - a fall in the currency has reduced ...": the verb's
            # number is not its supposed subject's; the parse lost the real one
            return None
        return inherited
    return _gerund_subject(tok)


_DASHES = frozenset({"-", "--", "–", "—"})


def _subject_before_relative(subjects: list[Token]) -> Token | None:
    """Of two subjects the parse gave one verb, the first when the second is only the object
    its relative clause lost ("the novice who wants to unseat Rep. Duda is reaping rewards":
    the novice reaps, Duda is whom he would unseat): the second starts right where the first's
    relative clause ends, on a verb left without an object."""
    if len(subjects) < 2:
        return None
    first, second = sorted(subjects, key=lambda c: c.i)[:2]
    for clause in first.children:
        if clause.dep_ != "relcl" or clause.right_edge.i + 1 != second.left_edge.i:
            continue
        last = clause
        while True:
            nxt = [c for c in last.children if c.dep_ in ("xcomp", "conj") and c.i > last.i]
            if not nxt:
                break
            last = max(nxt, key=lambda c: c.i)
        if last.pos_ == "VERB" and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "prt")
            for c in last.children
        ):
            return first
    return None


def _after_speech_aside(verb: Token) -> bool:
    """Is the verb joined to a speech tag set inside the sentence it reports ("the pilot had
    no debts, the airline added, and had passed all checks")? The tag is a parataxis with a
    subject of its own, after the verb it hangs on, closed by a comma before the "and"."""
    tag = verb.head
    if tag.dep_ != "parataxis" or tag.lemma_ not in _REPORTING or tag.head.i > tag.i:
        return False
    if not any(c.dep_ == "nsubj" for c in tag.children) or tag.head.pos_ not in ("VERB", "AUX"):
        return False
    # a bare tag, saying nothing but who spoke ("Tavrik reported daily to Duda, and spied
    # on him" is no aside: "reported to" is whom he answered to)
    if any(c.dep_ not in ("nsubj", "punct", "cc", "conj", "advmod") for c in tag.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    between = verb.doc[tag.i + 1 : verb.i]
    return any(t.text == "," for t in between) and any(t.dep_ == "cc" for t in between)


def _past_dateline(subject: Token) -> Token:
    """The subject a dateline hides: "New York (AFP) – Vice President Joe Biden on Monday hit
    ..." is parsed with the dateline's place as the subject and the real one in apposition to
    it; that apposition, after the dash, is the subject. Only for a place of at most six words
    that opens its line, with an agency in brackets or written in capitals."""
    dash = next((c for c in subject.children if c.dep_ == "punct" and c.text in _DASHES), None)
    if dash is None:
        # "JACKSON, Miss. - Judge X issued": the dash may hang on the name after it
        dash = next(
            (
                t
                for a in subject.children
                if a.dep_ == "appos" and a.i > subject.i
                for t in subject.doc[subject.i + 1 : a.i]
                if t.text in _DASHES
            ),
            None,
        )
    if dash is None:
        return subject
    if dash.i > 0 and not (dash.whitespace_ or dash.doc[dash.i - 1].whitespace_):
        # "Harold Brenn (D-Ore.) blasted": a hyphen inside a legislator's party and state
        # tag is no dateline's dash; the name before it is the subject
        return subject
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > dash.i]
    start = subject.left_edge.i
    opens_line = start == 0 or "\n" in subject.doc[start - 1].text_with_ws
    if not after or not opens_line or dash.i - start > 6:
        return subject
    words = subject.doc[start : dash.i]
    agency = any(t.text == "(" for t in words)  # "New York (AFP) –", not "Four casinos — X, Y —"
    # a dateline's place in capitals, its state or country after it as written ("JACKSON,
    # Miss. -"); "Four casinos — X, Y —" has neither
    capitals = words[0].is_upper and words[0].is_alpha and len(words[0]) > 2
    if not agency and not capitals:
        return subject
    return after[0]


def _swallowed_subject(verb: Token) -> Token | None:
    """The subject of a joined verb that the parse made a conjunct of the first verb's object
    ("will brand you a liar and NBC News will accuse you": NBC News, not the first subject): a
    noun right before the verb's own auxiliary, joined to a noun of the first clause."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not aux or verb.i == 0:
        return None
    first = min(aux, key=lambda c: c.i)
    noun = verb.doc[first.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i == 0:
        return None
    joined = noun.head
    if joined.pos_ not in ("NOUN", "PROPN", "PRON") or not (verb.head.i < joined.i < noun.i):
        return None
    if joined.head.i != verb.head.i or joined.dep_ not in ("dobj", "attr", "oprd", "dative"):
        return None  # "jobs making furnaces and equipment will be sent": the jobs, unwritten
    if not any(c.dep_ == "cc" and joined.i < c.i < noun.i for c in joined.children):
        return None
    return noun


def _after_another_subject(verb: Token) -> bool:
    """Does a clause with a subject of its own stand between a verb joined to a first verb and
    that first verb ("Three senators endorsed him, and the bad blood Cruz engendered ...
    prevented him")? The first verb's subject is then not this one's, whatever the parse
    joined; the verb gets no subject rather than the wrong one."""
    head = verb.head
    return any(
        c.dep_ == "conj"
        and head.i < c.i < verb.i
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in head.children
    )


_LINKS = frozenset({",", ";", ":", *_DASHES})


def _joined_without_a_link(verb: Token) -> bool:
    """Is a verb joined to a first one with nothing between them that joins clauses: no "and",
    "or", "but", no comma, semicolon or dash ("UKIP have suspended a candidate for suggesting
    the criminally insane should be killed": the parse joined "killed" to "suspended")? Two
    verbs are only coordinated by such a link; without one the parse lost the real subject
    (here "the criminally insane"), and the verb gets none rather than the first verb's."""
    head = verb.head
    joined = {head.i, verb.i, *(c.i for c in head.children if c.dep_ == "conj")}
    return not any(
        (t.dep_ == "cc" or (t.dep_ == "punct" and t.tag_ != "HYPH" and t.text in _LINKS))
        and t.head.i in joined
        for t in verb.doc[head.i + 1 : verb.i]
    )


def _number(word: Token) -> str | None:
    """ "sg" or "pl" as the tag says, for a noun or a finite verb; None when it does not say."""
    if word.tag_ in ("NNS", "NNPS") or word.lower_ in ("were", "are", "have"):
        return "pl"
    if word.tag_ in ("NN", "NNP", "VBZ") or word.lower_ == "was":
        return "sg"
    if word.tag_ == "VBP":
        return "pl"
    return None


# Nouns and quantities that say little without the phrase that tells of what or for what ("a
# series (of letters)", "more (of a fight)", "a wish (for a strong Mexico)").
_PARTITIVE = {"series", "number", "lot", "couple", "handful", "string", "host", "range", "set",
              "pair", "bunch", "kind", "sort", "type", "bit", "piece", "part", "share",
              "majority", "minority", "rest", "wish", "more", "most", "some", "all", "many",
              "several", "few", "both", "half", "none", "much", "any", "dozens", "hundreds",
              "thousands", "millions", "one"}  # fmt: skip


_FRACTIONS = {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
              "half", "percent", "%"}  # fmt: skip


def _is_portion(noun: Token) -> bool:
    """Is the noun a number, fraction or partitive that stands for a part of what its "of"
    phrase names ("two-thirds", "a number", "40 percent", "many")?"""
    word = noun.lower_
    return noun.pos_ == "NUM" or word in _PARTITIVE or word.split("-")[-1] in _FRACTIONS


def _agreeing_noun(verb: Token, noun: Token) -> Token | None:
    """The noun a relative clause's "that"/"which" stands for: the one the parse hangs it on,
    unless the verb's number says otherwise ("a relationship between the two men that has
    ...": the relationship) or a nearer noun stands before ", which" and the number cannot
    tell them apart ("his time on the network, which let him go"): then no noun is named
    rather than a guess."""
    finite = [a for a in verb.children if a.dep_ in ("aux", "auxpass") and a.tag_ != "MD"]
    said = (
        _number(finite[0] if finite else verb)
        if verb.tag_ not in ("VBD", "VBN") or finite
        else None
    )
    relativizer = verb.doc[verb.left_edge.i]
    nearer = [
        obj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.i > noun.i
        for obj in prep.children
        if obj.dep_ == "pobj"
        and obj.pos_ in ("NOUN", "PROPN")
        and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT")
        and relativizer.lower_ == "which"
        and [t.text for t in verb.doc[obj.i + 1 : relativizer.i]] == [","]
    ]
    if nearer:
        agreeing = [c for c in [noun, *nearer] if said is not None and _number(c) == said]
        return agreeing[0] if len(agreeing) == 1 else None
    if (
        relativizer.lower_ in ("who", "whom")
        and noun.ent_type_ in ("GPE", "LOC")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("of", "from", "in")
    ):
        return None  # "Rawlings, of Ashton, Md., who watched": a home town is no "who"
    outer = noun.head.head if noun.dep_ in ("dobj", "pobj") else None
    if (
        outer is not None
        and relativizer.lower_ in ("who", "whom")
        and noun.pos_ == "NOUN"
        and noun.ent_type_ not in ("PERSON", "NORP")
        and (
            (noun.dep_ == "dobj" and noun.head.dep_ in ("relcl", "acl"))
            or (
                noun.dep_ == "pobj"
                and outer.pos_ in ("NOUN", "PROPN")
                # "many of the workers who were hired": the workers, however many
                and not _is_portion(outer)
            )
        )
        and not (said is not None and _number(noun) == said and _number(outer) != said)
    ):
        # "an owner of a shop that sells shoes who declined", "the head of the board who
        # quit": a "who" after a noun inside another noun's phrase may tell of either, unless
        # the verb's number tells ("a list of leaders who have ..."); the parse's nearest one
        # is no better a guess
        return None
    if (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ in ("NOUN", "PROPN")
        and noun.head.head.i < noun.i
        and (said is None or _number(noun) == _number(noun.head.head))
        and noun.head.lower_ in _PLACE_PREPS
    ):
        # "the training at a gun range that took place", "voters back on the rolls who have
        # died": a clause after "noun, preposition, noun" may tell of either; the verb's number
        # does not tell which
        return None
    if (
        noun.dep_ == "pobj"
        and (noun.pos_ == "NOUN" or noun.ent_type_ in ("GPE", "LOC", "FAC"))
        and relativizer.lower_ == "that"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ in _PLACE_PREPS
    ):
        verb_above = noun.head.head
        objects = [
            c
            for c in verb_above.children
            if c.dep_ == "dobj" and c.i < noun.head.i and c.pos_ in ("NOUN", "PROPN")
        ]
        if (
            verb_above.pos_ in ("VERB", "AUX")
            and objects
            and verb_above.doc[objects[0].right_edge.i + 1].i == noun.head.i
            and (said is None or _number(noun) == _number(objects[0]))
        ):
            # "recalled an incident at a movie theater that left her in tears": the parse hung
            # the place on the verb; the clause may tell of the object before it as well
            return None
    if said is None or _number(noun) in (None, said):
        return noun
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        up = noun.head.head
        if up.pos_ in ("NOUN", "PROPN") and _number(up) == said:
            return up
    return None


# Prepositions of place and company: a relative clause after "noun, such a preposition, noun"
# may tell of either noun ("a strip of land along the border that was never marked").
_PLACE_PREPS = {"at", "on", "in", "near", "against", "with", "inside", "along", "across",
                "beside", "behind", "outside", "around", "under", "over", "beneath",
                "alongside", "within", "next"}  # fmt: skip


def _after_relative_list(verb: Token) -> bool:
    """Is a verb the parse joined to a far main verb in fact the next item of a list of a
    relative clause's verbs ("the policies that have weakened X, stifled Y")? Whose it is, the
    parse cannot tell."""
    before = verb.doc[verb.head.i + 1 : verb.i]
    for word in before:
        if word.dep_ in ("relcl", "acl") and word.pos_ == "VERB":
            rest = verb.doc[word.right_edge.i + 1 : verb.i]
            if rest and all(t.text == "," or t.lower_ in ("and", "or") for t in rest):
                return True
        if (
            word.dep_ in ("advcl", "relcl", "ccomp")
            and word.pos_ in ("VERB", "AUX")
            and word.head.i == verb.head.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
            and any(t.dep_ == "aux" and t.i < verb.i and t.head.i == verb.i for t in verb.children)
        ):
            # "Florida will be inundated, as Clinton will host events ... and Bill Clinton will
            # travel": a verb with its own auxiliary after a clause with its own subject has
            # lost its subject to the parse; whose it is, the parse cannot tell
            return True
        if (
            word.dep_ == "advcl"
            and word.pos_ in ("VERB", "AUX")
            and word.head.i == verb.head.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
            and all(
                t.lower_ in ("and", "or", "then", "later", "soon")  # no comma between
                for t in verb.doc[word.right_edge.i + 1 : verb.i]
            )
        ):
            # "rubbed his forehead as the lights flickered and then returned": the verb right
            # after a clause with its own subject may be that clause's; the parse cannot tell
            return True
    return False


_PERSONAL = {"he", "she", "they", "we", "i"}


def _described_one(noun: Token) -> Token | None:
    """The one a description noun stands for: "(Trump was) a novice politician (who had never
    debated)" is Trump, "(Cruz is a liar,) rampant xenophobe (and birther who ...)" is Cruz,
    "Ann Roe, a fellow at the institute (who ran ...)" is Ann Roe, "(they called) Roe (a
    political opportunist who ...)" is Roe; None when the one a noun said of another is not
    named ("(they called him) a political opportunist (who has neglected ...)"): the noun
    alone would pass for a doer of its own. Any other noun is itself."""
    first = noun
    common = noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.is_lower)  # "xenophobe"
    if common and not any(c.dep_ in ("det", "poss") for c in noun.children):
        # "a liar, (rampant xenophobe)": a bare noun in a list shares the first one's article
        # and what it is said of
        while (
            first.dep_ in ("conj", "appos")
            # "a liar, racist, misogynist and birther": an adjective-like noun in the list too
            and (
                first.head.pos_ in ("NOUN", "PROPN")
                or (first.dep_ == "conj" and first.head.pos_ == "ADJ")
            )
            and first.head.i < first.i
            and (first is noun or not any(c.dep_ in ("det", "poss") for c in first.children))
        ):
            first = first.head
    if first.dep_ == "oprd" and first.pos_ == "NOUN":
        said_of = next((c for c in first.head.children if c.dep_ == "dobj"), None)
        if said_of is not None and said_of.pos_ == "PROPN":
            return said_of
        return None
    if first is not noun:
        if first.dep_ != "attr" or first.head.lemma_ != "be":
            return noun
        subject = _subject(first.head)  # "Roe incites ... and is a liar, xenophobe (who)"
        if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in _PERSONAL):
            return subject
        return None  # "(he is) a serial liar, rampant xenophobe (who ...)": who, unsaid
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subject = _subject(noun.head)
        if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in _PERSONAL):
            return subject
    if (
        noun.dep_ == "appos"
        and noun.head.pos_ == "PROPN"
        # a person's name is who it names, even where the parse hangs it on another name
        # across a colon ("Lowe said she knew two men: Carl Denton, who was charged ...")
        and not (noun.ent_type_ == "PERSON" and noun.head.ent_type_ == "PERSON")
    ):
        return noun.head
    if noun.dep_ == "appos" and _names_one(noun.head) and _indefinite(noun):
        return noun.head  # "The Bush family, a dynasty that defined ...": the family did
    return noun


def _indefinite(noun: Token) -> bool:
    """Does the noun phrase open with "a"/"an"?"""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _names_one(noun: Token) -> bool:
    """Is the noun phrase one definite, named thing: "the Bush family", "Acme's board", a name?"""
    if noun.pos_ == "PROPN":
        return True
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return False
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    named = any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in noun.children)
    return definite and named


_TIME_NOUNS = {"time", "day", "moment", "year", "week", "month", "night", "morning", "hour",
               "period", "point", "era", "decade", "season", "evening", "afternoon"}  # fmt: skip


# Nouns a relative clause hangs from without being its object ("the reason (why) ...").
_ADVERBIAL_NOUNS = {"reason", "way", "place", "extent", "manner"}


def _unfilled_gap(verb: Token) -> bool:
    """A relative clause with its own subject whose object is the noun it hangs from, in a
    shape `_object_gap` cannot restore ("whom Mr. Obama recruited to lead")."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _RELATIVIZERS or _object_gap(verb, subject):
        return False
    if verb.head.ent_type_ in ("DATE", "TIME") or verb.head.lemma_.lower() in _TIME_NOUNS:
        return False
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "acomp", "ccomp", "oprd", "dative", "nsubjpass"):
            return False
        if child.dep_ == "advmod" and child.lower_ in ("where", "when", "why", "how"):
            return False
        if child.dep_ == "prep" and any(c.lower_ in _RELATIVIZERS for c in child.children):
            return False
    return any(c.dep_ in ("xcomp", "prep") for c in verb.children)


def _object_gap(verb: Token, subject: Token | None) -> bool:
    """A relative clause whose noun is its verb's object: "the deal (that) the senator made"."""
    if subject is None or subject.i == verb.head.i:
        return False
    if verb.dep_ == "acl" and any(
        c.dep_ == "dobj" and c.lower_ in ("that", "which", "whom") and c.i < subject.i
        for c in verb.children
    ):
        pass  # "the report that the panel released", the parse's "acl": a relative clause
    elif verb.dep_ != "relcl":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVIZERS for c in verb.children):
        return False
    if subject.dep_ != "nsubj" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if verb.head.ent_type_ in ("DATE", "TIME") or verb.head.lemma_.lower() in _TIME_NOUNS:
        return False  # "by the time the debates began"
    if verb.head.lemma_.lower() in _ADVERBIAL_NOUNS:
        return False  # "the reason voters turned to Roe", "the way she won": not the object
    if verb.head.lemma_.lower() in _HELD_NOUNS and verb.lemma_.lower() not in _HOLDING_VERBS:
        # "the allegations that the minister lied to parliament": the "that" clause is what
        # the allegations say, not a deed done to them
        return False
    for child in verb.children:
        if child.dep_ in ("attr", "acomp", "oprd", "ccomp", "xcomp", "dative") or (
            child.dep_ == "advmod" and child.lower_ in ("where", "when", "why", "how")
        ):
            return False
        if child.dep_ == "prep" and (
            not any(
                c.dep_ in ("pobj", "pcomp") and c.lower_ not in _RELATIVIZERS
                for c in child.children
            )
            or any(c.dep_ == "pobj" and c.lower_ in _RELATIVIZERS for c in child.children)
        ):
            # "the house the family lived in", "the debate in which he took part", "the deal
            # that she lobbied for (while ...)": the noun is the preposition's object
            return False
        if child.dep_ == "dobj" and child.lower_ not in ("that", "which", "whom", "who"):
            return False
    return True


def _doer(tok: Token) -> Token | None:
    """The subject of a verb, or for a verb without one ("by writing off debts") the subject of
    the clause it depends on."""
    node: Token | None = tok
    for _ in range(6):
        if node is None:
            return None
        subject = _subject(node)
        if subject is not None or not is_non_finite(node):
            return subject
        node = _governing_verb(node)
    return None


def _is_amount(noun: Token) -> bool:
    """ "840 million shares", "$2 billion", "5%": a quantity rather than a thing or a role."""
    if noun.like_num or noun.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
        return True
    return any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def contracted_perfect(verb: Token) -> bool:
    """Is a participle after a contracted "'s" that the parser took for a passive really a
    perfect ("now that he's beaten his rivals": he has beaten them, not "is beaten")? A
    passive participle takes no direct object, so one that has an object of its own is the
    perfect of its subject, who is then the doer."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    if not any(c.dep_ == "auxpass" and c.lower_.replace("’", "'") == "'s" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children)


def passive_own(verb: Token) -> bool:
    """Is the verb a passive of its own ("was appointed", "is paid"), not a contracted perfect
    the parser read as one?"""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not contracted_perfect(verb)
    )


def listed_participle(verb: Token) -> bool:
    """Is a verb the tagger took for a past tense a participle listed after a passive ("were
    torn from their families, shackled and sold"): set off by a comma, with no subject,
    auxiliary or object of its own? It shares the passive ("were shackled")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ == "nsubjpass" for c in head.children)
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children
        )
    )
