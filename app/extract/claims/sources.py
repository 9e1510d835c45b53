"""Sources: who does a cue verb, and the edges of the source noun phrase as PolNeAR marks them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from app.extract.claims.draft import _PASSIVE_SUBJECTS, _QUOTE_MARKS, _RELATIVE, _SUBJECTS
from app.extract.claims.spans import _subtree
from app.extract.cues import (
    BELIEF_VERBS,
    CUE_VERBS,
    SPEECH_VERBS,
)


def _judged_object(verb: Token) -> Token | None:
    """The person a verb of saying or believing judges with a predicate adjective after it
    ("says Trump right", "called her wrong"), or None."""
    lemma = verb.lemma_.lower()
    if lemma not in SPEECH_VERBS and lemma not in BELIEF_VERBS and lemma not in ("call", "deem"):
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj" or not (obj.ent_type_ == "PERSON" or obj.pos_ == "PRON"):
            continue
        after_obj = [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i]
        predicate = [c for c in verb.children if c.dep_ in ("oprd", "acomp") and c.i > obj.i]
        if any(a.pos_ == "ADJ" for a in after_obj + predicate):
            return obj
    return None


def _owner_of_object_before(prep: Token) -> Token | None:
    """The possessor of the object right before a preposition ("Ruiz" in "questioned Ruiz's
    judgment | in ..."), when a name; None otherwise."""
    verb = prep.head
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.right_edge.i != prep.i - 1:
            continue
        for poss in obj.children:
            if (
                poss.dep_ == "poss"
                and poss.pos_ != "PRON"
                and (poss.ent_type_ in ("PERSON", "ORG", "NORP") or poss.pos_ == "PROPN")
            ):
                return poss  # ("defended his decision in saying ...": his own words)
    return None


def _find_subject(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The token naming who does `verb`, and whether it came from a passive "by" phrase."""
    subj = _nearest_subject(verb)
    if subj is not None:
        return subj, False
    share = _share_subject(verb)
    if share is not None:
        return share, False
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand, True
    for child in verb.children:
        if child.dep_ in _PASSIVE_SUBJECTS:
            return None, False  # "X was told": the speaker is someone else
    if depth > 3 or verb.head.i == verb.i:
        return None, False
    head = verb.head
    # A participle glued to the noun before it speaks for that noun ("the board announcing").
    if verb.tag_ == "VBG" and verb.i > 0:
        prev = verb.doc[verb.i - 1]
        if prev.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("acl", "advcl", "pcomp"):
            return prev, False
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and verb.tag_ != "VBN":
        # (a passive participle describes its noun: "the chief, widely reported to have
        # resigned" is what reports said, not who said it)
        return head, False
    # "By offering Kasich the spot, Trump would show ...", "before clarifying": a gerund after
    # a preposition is done by the subject of the verb the preposition modifies.
    if (
        verb.dep_ == "pcomp"
        and head.pos_ == "ADP"
        and head.dep_ == "prep"
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.i != head.i
    ):
        judged = _judged_object(head.head)
        if judged is not None:
            # "Flynn says Trump 'absolutely right' in saying ...", "called her wrong in
            # claiming ...": the one judged right or wrong is who said it
            return judged, False
        owner = _owner_of_object_before(head)
        if owner is not None:
            # "questioning Ruiz's judgment in supporting the war": the gerund tells what the
            # object's owner did, not what the questioner did
            return owner, False
        return _find_subject(head.head, depth + 1)
    if (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.children)
    ):
        # "since Clinton, at the debate, cited ...": a finite adverbial clause has a subject
        # of its own; when the parser lost it, the main clause's subject is not it.
        return None, False
    talker = _talker_shown_before(verb)
    if talker is not None:
        return talker, False
    if verb.dep_ in ("xcomp", "advcl"):
        # Object control: "led the board to fear ..., believing" -> the board believes.
        has_xcomp = verb.dep_ == "xcomp" or any(c.dep_ == "xcomp" for c in head.children)
        if _sent_to_do(verb, head):
            # "brought his brother, George, to vouch for him": the one brought vouches.
            has_xcomp = True
        if has_xcomp:
            for child in head.children:
                if child.dep_ == "dobj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
                    return child, False
        return _find_subject(head, depth + 1)
    if (
        verb.dep_ == "conj"
        and verb.tag_ in ("VB", "VBP")
        and head.lemma_.lower() in _PERCEPTION_VERBS
        and not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
    ):
        # "are watching Jane Roe, a party veteran, argue that ...": the parser may join the
        # bare infinitive to the verb of seeing; the one seen is who argues, not the watchers.
        seen = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        return (seen[0] if seen else None), False
    if verb.dep_ == "conj":
        lost = lost_conjunct_subject(verb)
        if lost is not None:
            # "said they will not attend the convention and others have said ...": the
            # parser joined "others" to the object before; it is this verb's subject.
            return lost, False
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        governor = _verb_of_own_form(verb)
        if governor is not None:
            # "backpedaled on his forecast that the city would recover, and blamed X": a
            # conjunct whose form the verb it hangs on cannot share goes with the verb of its
            # own form above, and that verb's subject does it.
            return _find_subject(governor, depth + 1)
    if verb.dep_ == "conj" or (verb.dep_ == "acomp" and verb.pos_ == "ADJ"):
        # "was unwilling to consider": the adjective an infinitive hangs on is the subject's.
        return _find_subject(head, depth + 1)
    return None, False


# Verbs of seeing or hearing that take someone doing something ("watch X argue").
_PERCEPTION_VERBS = frozenset(["watch", "see", "hear", "listen", "witness", "observe"])

# Gerunds of talking that a recording or a witness shows someone doing.
_TALKING_GERUNDS = frozenset(
    ["discuss", "describe", "explain", "talk", "speak", "outline", "defend", "detail", "tell"]
)


def _talker_shown_before(verb: Token) -> Token | None:
    """ "a video that showed Mills describing his plan, saying it would cut fees": a participle
    set after a comma right where a shown person's talking ends goes on with that talking, and
    that person says it, not the subject of the main verb the parser hung it on."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 2:
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return None
    tok = doc[verb.i - 2]
    for talk in (tok, *tok.ancestors):
        if talk.i == verb.head.i or talk.i < verb.head.i:
            return None
        if talk.tag_ == "VBG" and talk.lemma_.lower() in _TALKING_GERUNDS:
            if talk.right_edge.i != tok.i:
                return None
            subj = next((c for c in talk.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
                return None
            return subj
    return None


# Verbs that bring someone in to do a thing: the one brought does it ("sent Kerry to say").
_SENDING_VERBS = frozenset(
    ["bring", "send", "invite", "enlist", "recruit", "dispatch", "deploy", "hire", "summon"]
)


def _sent_to_do(verb: Token, head: Token) -> bool:
    """Is `verb` a "to" infinitive of purpose on a verb of sending or bringing whose object is
    a person ("brought his brother, George, to vouch for ...")?"""
    if verb.dep_ != "advcl" or head.lemma_.lower() not in _SENDING_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return obj is not None and any(t.ent_type_ == "PERSON" for t in obj.subtree)


def _verb_of_own_form(conj: Token) -> Token | None:
    """The verb above a past-tense conjunct that has its form, when the verb the parse joined
    it to cannot share it (a modal's or "to"'s bare verb: "that the city would recover ... and
    blamed"), and the conjunct has no subject of its own; None otherwise."""
    from app.extract.claims.contents import _form_clashes

    if conj.tag_ != "VBD" or any(c.dep_ in _SUBJECTS for c in conj.children):
        return None
    head = conj.head
    if head.tag_ != "VB" or not _form_clashes(conj, head):
        return None
    for a in head.ancestors:
        if a.pos_ in ("VERB", "AUX") and a.tag_ == "VBD":
            return a
    return None


def lost_conjunct_subject(verb: Token) -> Token | None:
    """The subject of a verb joined by "and" that the parser hung on the noun before as a
    conjunct ("... attend the convention and others | have said ..."): the noun right before
    the verb's auxiliaries, a conjunct of an object, after "and"/"but"; None otherwise."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].head.i == verb.i and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    tok = doc[i]
    if i == verb.i - 1 and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # no auxiliary between: "the convention and others said" is read as is
    if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if tok.head.dep_ not in ("dobj", "pobj") or tok.left_edge.i == 0:
        return None
    if doc[tok.left_edge.i - 1].dep_ != "cc":
        return None
    return tok


# Words that name a share of a group polled ("half", "a third", "a majority said").
_SHARES = frozenset(
    {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority", "minority"}
)


def _share_subject(verb: Token) -> Token | None:
    """ "About 4 in 10 say ...", "Less than a third agreed ...": a share of those polled
    that the parser hung on the verb as a number or a measure (nummod, npadvmod) instead of
    its subject, right before it. None when there is no such phrase."""
    for child in verb.lefts:
        if child.dep_ not in ("nummod", "npadvmod") or child.right_edge.i != verb.i - 1:
            continue
        words = verb.doc[child.left_edge.i : child.right_edge.i + 1]
        if any(t.tag_ == "CD" or t.lower_ in _SHARES for t in words):
            return child
    return None


# Nouns for the occasion of a saying ("in an interview", "in a statement").
_OCCASION_NOUNS = frozenset(
    {"interview", "statement", "email", "e-mail", "tweet", "letter", "speech", "conference"}
    | {"briefing", "memo", "release", "post", "call", "appearance", "message", "op-ed"}
)


def _source_span(head: Token, verb: Token | None) -> tuple[int, int]:
    """The source noun phrase: the subject's subtree, minus a cue nested inside it."""
    if head.lower_ in _RELATIVE and head.tag_ in ("WP", "WDT"):
        return head.idx, head.idx + len(head.text)
    start, end = _subtree(head)
    doc = head.doc
    if head.dep_ == "dobj" and verb is not None and verb.dep_ == "pcomp":
        # "says Trump 'absolutely right' in saying": the judged one's name, not the judgement
        judged = [c for c in head.children if c.dep_ == "amod" and c.i > head.i]
        if judged:
            last = doc[judged[0].left_edge.i - 1]
            while last.i > head.i and (last.is_punct or last.is_quote):
                last = doc[last.i - 1]
            end = last.idx + len(last.text)
    after = head.right_edge.i + 1
    if (
        verb is not None
        and head.tag_ == "CD"
        and after < verb.i
        and doc[after].lower_ == "in"
        and doc[after].head.i == verb.i
        and any(g.dep_ == "pobj" and g.tag_ == "CD" for g in doc[after].children)
        and doc[after].right_edge.i < verb.i
    ):
        # "More than 4 in 10 said": the parser hung "in 10" on the verb; it is the share's.
        last = doc[after].right_edge
        end = last.idx + len(last.text)
    beside = _appositive_subject(head) if head.dep_ in _SUBJECTS else None
    if beside is not None:
        last = beside.right_edge
        if last.text == "," and last.i > beside.i:
            last = head.doc[last.i - 1]
        end = last.idx + len(last.text)
    if verb is not None and start <= verb.idx < end:
        # "the board announcing ...": the verb hangs off the noun; stop before it.
        end = verb.doc[verb.left_edge.i - 1].idx + len(verb.doc[verb.left_edge.i - 1].text)
    for child in head.rights:
        # "President Lee on Thursday said": a date the parser hung on the name is not the source.
        dated = [t for t in doc[child.left_edge.i : child.right_edge.i + 1] if not t.is_punct]
        if (
            child.dep_ in ("prep", "npadvmod")
            and dated
            and all(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" for t in dated)
        ):
            cut = doc[child.left_edge.i - 1]
            end = min(end, cut.idx + len(cut.text))
            break
    for child in head.rights:
        # "Ms. Reyes, who said that ..., argued": a token belongs to one attribution, so a
        # relative clause that attributes on its own is cut off; other relative clauses and
        # appositions stay in the source, as PolNeAR annotates them.
        before = doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        attributes = child.lemma_.lower() in CUE_VERBS and any(
            g.dep_ in ("ccomp", "xcomp") for g in child.children
        )
        if (
            child.dep_ == "relcl"
            and child.lemma_.lower() in CUE_VERBS
            and child.left_edge.lower_ == "who"
            and before is not None
            and before.text == ","
            and any(g.dep_ == "dobj" for g in child.children)
        ):
            # "Clinton, who praised Bush for reaching out to Muslims, said": the relative
            # clause is a claim of its own ("Ruiz, who calls the mayor a fraud, said")
            attributes = True
        if child.dep_ in ("relcl", "acl") and attributes and before is not None:
            end = min(end, before.idx if before.text in ",(–—" else child.left_edge.idx)
            break
        # "Trump, speaking at a rally, said": a participle set off by commas is the occasion,
        # not the source (PolNeAR leaves it out 32 times in 35 on train).
        if (
            child.dep_ == "acl"
            and child.tag_ in ("VBG", "VBN")
            and before is not None
            and before.text == ","
            and child.left_edge.i == child.i
        ) or (
            # "The office, when contacted by Reuters, said": the time of the saying.
            child.dep_ in ("relcl", "acl", "advcl")
            and child.pos_ == "VERB"
            and before is not None
            and before.text == ","
            and child.left_edge.lower_ in ("when", "while", "after", "before", "once")
        ):
            end = min(end, before.idx)
            break
    for child in head.rights:
        # 'said Sen. Tom Reyes (R-Ohio) in an interview': the parser may hang the occasion of
        # the saying on the name; it is how the words came, not who said them.
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "during")
            and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _OCCASION_NOUNS for g in child.children
            )
        ):
            cut = doc[child.i - 1]
            while cut.i > head.i and cut.text == ",":
                cut = doc[cut.i - 1]
            end = min(end, cut.idx + len(cut.text))
            break
    named = name_set_after(head)
    if named is not None:
        end = max(end, named.right_edge.idx + len(named.right_edge.text))
    nearly = next(
        (
            t
            for t in doc[head.i + 1 : head.right_edge.i + 1]
            if start <= t.idx < end
            and t.lower_ == "all"
            and t.i + 1 < len(doc)
            and t.nbor().lower_ == "but"
        ),
        None,
    )
    if nearly is not None:
        # "Roe all but begged reporters": "all but" is how nearly she did it, not who did
        end = min(end, doc[nearly.i - 1].idx + len(doc[nearly.i - 1].text))
    return _whole_name(doc, start, end)


def name_set_after(head: Token) -> Token | None:
    """ "'...,' wrote the British consul at the time, Peter L. Hale.": a person's name set after
    a comma behind a common-noun subject that follows its verb, which the parse made a second
    subject or a loose phrase of the verb, is that subject's name. None otherwise."""
    verb = head.head
    if head.dep_ != "nsubj" or head.pos_ != "NOUN" or head.i < verb.i:
        return None
    doc = head.doc
    for name in verb.children:
        if name.dep_ not in ("nsubj", "npadvmod", "appos", "dep") or name.i <= head.i:
            continue  # (the parse makes the name a second subject, or a loose phrase)
        if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
            return None
        comma = doc[name.left_edge.i - 1]
        if comma.text != ",":
            return None
        between = doc[head.right_edge.i + 1 : comma.i]
        if any(t.head.i == verb.i and t.dep_ != "prep" for t in between):
            return None
        if any(t.i > name.right_edge.i and not t.is_punct and not t.is_space for t in verb.rights):
            return None  # the sentence goes on after the name
        return name
    return None


def _whole_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a span that cuts a hyphenated name: the parser sometimes splits one into two
    subjects ("Miguel Díaz" + "-" + "Canel"), so the source may hold either half.
    Token-based: `doc.text` rebuilds the whole text on every access."""
    if end <= start:
        return start, end
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None or not len(first):
        return start, end
    i, j = first.start, first.end - 1
    while i >= 2 and _glued_hyphen(doc, i - 1):
        i = doc[i - 2].left_edge.i if doc[i - 2].left_edge.i < i - 2 else i - 2
    while j + 2 < len(doc) and _glued_hyphen(doc, j + 1) and doc[j + 2].text[:1].isupper():
        j += 2
    return min(start, doc[i].idx), max(end, doc[j].idx + len(doc[j].text))


def _glued_hyphen(doc: Doc, k: int) -> bool:
    """True if token k is a hyphen with no space on either side ("Díaz-Canel")."""
    tok = doc[k]
    return tok.text in ("-", "‐") and not tok.whitespace_ and not doc[k - 1].whitespace_


def _keep_abbreviation(doc: Doc, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Give back the full stop `_trim` took from an abbreviation ("the F.B.I.", "Biden Jr.");
    the tokenizer keeps such a stop inside the word, so the word decides."""
    start, end = span
    if end <= start or text[end : end + 1] != ".":
        return span
    last = doc.char_span(start, end, alignment_mode="expand")
    if last is None or not len(last):
        return span
    tok = last[-1]
    if len(tok.text) > 1 and tok.text.endswith(".") and tok.idx + len(tok.text) == end + 1:
        return start, end + 1
    return span


def _source_edges(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """PolNeAR's source edges: drop a dateline ("MACAU (Reuters) – "), and keep the comma that
    closes an apposition ("Ryan, a conservative, said")."""
    start, end = span
    for dash in (" – ", " — ", " -- ", " - "):
        cut = text.find(dash, start, end)
        # A dateline opens with a place in capitals: "MACAU (Reuters) – ...".
        if cut > start and text[start:cut].split()[0].isupper():
            start = cut + len(dash)
    # "Even China said": the focus word is not part of the source (PolNeAR train: left out 29
    # times in 37).
    if text[start : start + 5].lower() == "even " and end - start > 5:
        start += 5
    # PolNeAR keeps the comma that closes an apposition or a relative clause wherever the
    # source stands ("said Ryan, a conservative, on Monday"): 922 of 1028 such sources in train.
    if text[end : end + 1] == "," and "," in text[start:end]:
        end += 1
    return start, end


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the one nearest the verb. The parser sometimes makes a
    quotation before "X said" a second subject ("“The more people ...,” Briggs said")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects:
        return None
    nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
    if len(subjects) == 1:
        return name_before_verb(nearest)
    for first in subjects:
        beside = _appositive_subject(first)
        if beside is not None and beside.i == nearest.i:
            return first  # "Ban Ki-moon, the secretary general, vowed": the name, set beside
    return nearest


def name_before_verb(subj: Token) -> Token:
    """The real subject when the parser hangs it as an apposition on a name set before it: "On
    another tough guy, Mr. Roe, Mr. Lee was pressed ...", parsed "Roe" subject and "Lee" its
    apposition. Two people's names are no apposition of each other when the second runs
    straight into the verb with no closing comma: the second is the subject. Else `subj`."""
    if subj.pos_ != "PROPN" or subj.ent_type_ != "PERSON":
        return subj
    doc = subj.doc
    verb = subj.head
    for app in subj.children:
        if app.dep_ != "appos" or app.pos_ != "PROPN" or app.ent_type_ != "PERSON":
            continue
        after = app.right_edge.i + 1
        if doc[app.left_edge.i - 1].text != "," or after >= len(doc):
            continue
        nxt = doc[after]
        before_verb = nxt.i == verb.i or (
            nxt.head.i == verb.i and nxt.dep_ in ("aux", "auxpass", "neg")
        )
        if before_verb and subj.lower_ != app.lower_:
            return app
    return subj


def _appositive_subject(subj: Token) -> Token | None:
    """A second subject of the same verb that is the first's apposition, parsed as a subject
    of its own: "Ban Ki-moon, the secretary general of the United Nations, vowed" - set off by
    commas right after the first, before the verb, and no quotation involved."""
    doc = subj.doc
    verb = subj.head
    comma = subj.right_edge.i + 1
    if comma + 1 >= verb.i or doc[comma].text != ",":
        return None
    second = doc[comma + 1].head if doc[comma + 1].head.dep_ in _SUBJECTS else doc[comma + 1]
    if second.dep_ not in _SUBJECTS or second.head.i != verb.i or second.i == subj.i:
        return None
    last = second.right_edge
    closing = last if last.text == "," else doc[last.i + 1] if last.i + 1 < verb.i else None
    if second.left_edge.i != comma + 1 or closing is None or closing.text != ",":
        return None
    marks = doc[subj.left_edge.i : second.right_edge.i + 1].text
    if any(m in marks for m in _QUOTE_MARKS):
        return None
    return second


def _clean_source(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """No quote mark, space or sentence stop at a source's edges ("“PENCE", " Jo Lee.");
    an abbreviation keeps its stop ("the U.S.")."""
    start, end = span
    while start < end and (text[start].isspace() or text[start] in _QUOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTE_MARKS):
        end -= 1
    if (
        text[start : start + 1] in ("(", "[")
        and ")]"[("(", "[").index(text[start])] not in text[start:end]
    ):
        # "(Paul Adler, who coined the word, once said": the bracket opens the aside the
        # source stands in, not the name.
        start += 1
        while start < end and text[start].isspace():
            start += 1
    for opening, closing in (("(", ")"), ("[", "]")):
        at = text.find(opening, start + 1, end)
        if at > start and closing not in text[at:end] and text[start:at].strip():
            # "exit polls (a sizable margin": the bracket opens the writer's aside after the
            # source, not closed in it.
            end = at
            while end > start and text[end - 1].isspace():
                end -= 1
    # "Gregory Roe, whom the mayor appointed in May, and": a joining word is no one's name.
    m = re.search(r",?\s+(?:and|or|but)$", text[start:end])
    if m is not None and m.start() > 0:
        end = start + m.start()
    if end - start > 1 and text[end - 1] == "." and text[end - 2].islower():
        word = text[start:end].split()[-1]
        if len(word) > 4 and "." not in word[:-1]:
            end -= 1
    return start, end
