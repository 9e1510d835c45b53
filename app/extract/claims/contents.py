"""Contents: what a cue introduces (its clause, object or adjacent quote) and its edges."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from app.extract.claim_lexicon import LEARNED_CUES
from app.extract.claims.draft import _OBJECT_DEPS, _QUOTE_MARKS, _Draft
from app.extract.claims.sources import _nearest_subject
from app.extract.claims.spans import _only_glue, _quote_at, _subtree, _trim
from app.extract.cues import (
    BELIEF_VERBS,
    CUE_NOUNS,
    CUE_VERBS,
    OBJECT_CONTENT_VERBS,
    SPEECH_VERBS,
)
from app.extract.quotes import Quote
from app.extract.tokens import doc_text

_CLAUSE_OR_OBJECT = frozenset({"dobj", "oprd", "attr", "ccomp", "xcomp"})


# Verbs that take an addressee and then what they were told ("told the programme that ...").
_TELLING = frozenset({"tell", "warn", "assure", "inform", "remind", "advise", "notify", "brief"})


def _that_clause_on_addressee(verb: Token) -> list[Token]:
    """ "Hain told BBC Radio Four's Today programme that Howard's stance was putting the
    country at risk": the parse may hang the "that" clause on the addressee as if it said
    which programme; a clause opened by the complementizer "that", with a subject of its own,
    is what was told."""
    if verb.lemma_.lower() not in _TELLING:
        return []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < verb.i:
            continue
        for c in obj.children:
            if c.dep_ not in ("acl", "relcl") or c.i < obj.i:
                continue
            first = c.left_edge
            subjects = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            if (
                first.lower_ == "that"
                and first.dep_ == "mark"
                and first.head.i == c.i
                and subjects
                and all(s.lower_ not in ("that", "which", "who") for s in subjects)
            ):
                return [c]
    return []


def _clause_content(
    verb: Token, quotes: list[Quote], text: str, frames: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Content of a verb cue: its clause, quote, or object, or None when it has none.
    `frames` are the content shapes learned for the verb ("object", "prep:about" ...)."""
    lemma = verb.lemma_.lower()
    ccomp = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and not _closed_by_colon(c, verb) and not _time_clause(c)
    ]
    if not ccomp:
        ccomp = _that_clause_on_addressee(verb)
    if any(c.i < verb.i and _asides_question(c) for c in ccomp) and any(
        c.dep_ in ("dobj", "xcomp", "ccomp") and c.i > verb.i for c in verb.children
    ):
        # "Just yesterday, can you believe it, he urged the sheriff to seize my files": a
        # question put to the reader before the tag is an aside; what was urged follows.
        ccomp = [c for c in ccomp if not (c.i < verb.i and _asides_question(c))]
    if any(_own_report(c, verb) for c in ccomp):
        # "Roe said X but added, “Y,” Roe said": a clause before the tag that is a report
        # by the same speaker is a claim of its own, not what this tag reports.
        ccomp = [c for c in ccomp if not _own_report(c, verb)]
        if not ccomp:
            return None
    if ccomp:
        # Two clauses hang on the cue when the parse misreads a fronted participle phrase
        # ("Writing for a panel that agreed X won, Roe noted that ..."): the one the cue
        # introduces with "that" (or "whether", "if") after it is what was said.
        marked = [c for c in ccomp if c.i > verb.i and any(m.dep_ == "mark" for m in c.children)]
        comp = marked[0] if len(ccomp) > 1 and marked else ccomp[0]
        after = [c for c in ccomp if c.i > verb.i]
        if (
            comp.i < verb.i
            and after
            and (
                _set_off_before(comp, verb)
                or (
                    _clause_right_after(after[0], verb, quotes)
                    and not any(q.start <= comp.left_edge.idx < q.end for q in quotes)
                )
            )
        ):
            # "Roe isn't worried about the losses — in fact, she said it “toughens” her": the
            # clause set off by a dash before the tag is the writer's; what she said follows.
            # So is a clause the parse hung on a cue that has a clause of its own right
            # after it ("Lee was so sure of the deal he said she should sign at once").
            ccomp = after
            comp = after[0]
        start, end = _subtree(comp)
        if comp.i < verb.i:
            # "Bills will rise if Labour wins, he claimed": a condition right after the clause
            # that the parse hung on the tag is part of what was said; without it the claim
            # states unconditionally what the speaker made conditional
            for c in verb.children:
                if c.dep_ == "advcl" and c.i < verb.i and c.left_edge.i == comp.right_edge.i + 1:
                    end = max(end, _subtree(c)[1])
        lost = _subject_taken_for_object(verb, comp)
        if lost is not None:
            start = lost.left_edge.idx
        if comp.pos_ in ("NOUN", "PROPN") and comp.i > verb.i:
            # "considered drug companies | her enemies": a noun the parse took for a clause,
            # with the predicate it hung on the cue; the two are one small clause.
            for c in verb.children:
                if c.dep_ in ("oprd", "attr", "xcomp") and c.left_edge.idx == end + 1:
                    end = _subtree(c)[1]
        if (
            len(ccomp) > 1
            and all(c.i > verb.i and c.sent == verb.sent for c in ccomp)
            and not any(_second_report(c) for c in ccomp[1:])
            and not any(
                ch in text[_subtree(a)[1] : _subtree(b)[0]]
                for a, b in pairwise(ccomp)
                for ch in ".?!\n—–"
            )
        ):
            # "saying it is time to accept a new reality: that X is ...", "said he would
            # serve should the chance arise": the parse split one report into two clauses.
            start, end = _subtree(ccomp[0])[0], max(_subtree(c)[1] for c in ccomp)
        if comp.i > verb.i and _quote_at(quotes, start, end) is None:
            more = (
                _reported_conjunct(verb, comp, quotes)
                or _shifted_modal_conjunct(verb, comp, quotes)
                or _that_conjunct(verb, comp, quotes)
            )
            if more is not None:
                end = max(end, _subtree(more)[1])
        if comp.i > verb.i:
            opened = _turn_opened_before_tag(verb, start, quotes, text)
            if opened is not None:
                # "“A man who never fought for workers,” Roe said, “he doesn't become ...”":
                # the quote before the tag is the same turn, though the parse hangs only the
                # second part on the cue (the first is no clause of its own).
                start = opened
        if comp.i < verb.i:
            joined = _joined_first_clause(verb, comp, text)
            if joined is not None:
                start = joined
        if comp.i < verb.i:
            led = _quote_after_writers_colon(verb, quotes, text, start)
            if led is not None:
                # 'Judge Roe read his posts differently: "When he writes ...," he said': the
                # clause before the colon is the writer's lead-in; the quote is what was said.
                return led
        if comp.i < verb.i:
            quoted = _adjacent_quote(verb, quotes, text, after_only=True)
            if quoted is not None:
                if _quote_at(quotes, start, end) is None:
                    # "..., Kall said: “I feel ...”": a quote opened by the tag is what was
                    # said; the unquoted clause before it is the article's (or another) voice.
                    return quoted
                # "“A,” he said, “B.”": one turn split around its tag; PolNeAR keeps it one.
                return min(start, quoted[0]), max(end, quoted[1])
        return start, end
    if lemma in SPEECH_VERBS or lemma in BELIEF_VERBS:
        # "tweeted in the early hours that X was ...": after a long phrase the parser can take
        # the "that" clause for an adverbial one; its "that" still says it is what was said.
        for c in verb.children:
            first = c.left_edge
            if (
                c.dep_ == "advcl"
                and c.i > verb.i
                and first.lower_ == "that"
                and first.dep_ in ("mark", "advmod")
                and first.head.i == c.i
            ):
                return _subtree(c)
        hung = _that_clause_in_phrase(verb)
        if hung is not None:
            return _subtree(hung)
    xcomp = [c for c in verb.children if c.dep_ == "xcomp"]
    if xcomp and (lemma in BELIEF_VERBS or lemma in SPEECH_VERBS or "clause" in frames):
        # "plans to run", "urged Congress to act": the object (if any) and the infinitive.
        objs = [c for c in verb.children if c.dep_ in ("dobj",) and c.i > verb.i]
        if not objs:
            # "called on Dean to apologize", "calls upon Congress to act": who is to act is
            # part of the call, as PolNeAR train marks it.
            objs = _called_on(verb, xcomp[0])
        if not objs:
            # "asked for $1.9 billion to fight Zika": what was asked for, and what for.
            objs = [
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "for" and verb.i < c.i < xcomp[0].i
                for g in c.children
                if g.dep_ == "pobj"
            ][:1]
        start = _subtree(objs[0])[0] if objs else _subtree(xcomp[0])[0]
        end = _subtree(xcomp[0])[1]
        rest = _gerund_subjects_predicate(verb, xcomp[0]) if not objs else None
        if rest is not None:
            end = _subtree(rest)[1]
        return start, end
    as_preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i]
    if as_preps and not any(c.dep_ == "dobj" for c in verb.children):
        # Passive "described by X as ...": what follows "as" is what X said of the subject.
        objs = [c for c in as_preps[0].children if c.dep_ in ("pobj", "pcomp")]
        if objs:
            return _subtree(objs[0])
    preps = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.i > verb.i and f"prep:{c.lower_}" in frames
    ]
    if preps and not any(c.dep_ == "dobj" for c in verb.children):
        # "spoke of ...", "complained about ...": the preposition's object.
        objs = [g for g in preps[0].children if g.dep_ in ("pobj", "pcomp")]
        if objs:
            return _subtree(objs[0])
    # "half said so", "43 percent said the same of Sanders", "he said no": with no clause or
    # quote, what "say" takes as its object is what was said.
    # A word PolNeAR train shows taking an object as its content ("understood the risk",
    # "asked a question") does so, whatever the hand list says.
    takes_object = lemma in OBJECT_CONTENT_VERBS or lemma == "say" or "object" in frames
    if not takes_object:
        return None
    passive = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    agent = [c for c in verb.children if c.dep_ == "agent" and c.i > verb.i]
    if passive and agent and not any(c.dep_ in _CLAUSE_OR_OBJECT for c in verb.children):
        # "The plan was backed by the union": the subject is what the agent holds a view of.
        return _subtree(passive[0])
    right = [
        c
        for c in verb.children
        if c.i > verb.i
        and c.dep_ in _OBJECT_DEPS
        # "dismissed the remark, saying ...": the second cue carries its own claim.
        and not (c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in CUE_VERBS)
        and not (
            c.dep_ == "prep"
            and c.lower_ in ("in", "at", "on", "during", "after", "before")
            and not _names_the_object(c)
        )
        # "favor the levy, according to a poll": the phrase is an attribution of its own.
        and c.lower_ != "according"
        # "backed off his proposals, dialing back plans ...": an adverbial clause set off by
        # a comma is the writer's account of what else happened, not the object of the view.
        and not (c.dep_ == "advcl" and _after_comma(c))
    ]
    objs = [c for c in right if c.dep_ in ("dobj", "oprd", "attr")]
    if not objs:
        return None
    # "blamed X for the past decade and a half of ...": a noun the parse joined to the verb
    # goes on the phrase before it (a verb has no noun conjuncts).
    right += [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM") and c.i > objs[0].i
    ]
    if objs[0].lower_ in ("what", "which", "that") and len(objs) == 1:
        # "what the union calls ...": the object is the relative word; a predicate follows.
        preds = [c for c in right if c.dep_ in ("oprd", "xcomp")]
        if not preds:
            return None
        right = preds
    first = min(right, key=lambda c: c.left_edge.i)
    last = max(right, key=lambda c: c.right_edge.i)
    span = first.left_edge.idx, last.right_edge.idx + len(last.right_edge.text)
    return _end_at_quoted_predicate(verb.doc, span, quotes)


def _names_the_object(prep: Token) -> bool:
    """Is an "in" phrase the parse hung on the verb, right after its object, part of that
    object: what an achievement was in ("hailed Labour's achievement in using the economy")?
    Not a place or a time ("criticised the plan in Parliament")."""
    if prep.lower_ != "in":
        return False
    verb = prep.head
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None or obj.right_edge.i != prep.i - 1:
        return False
    return any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children)


def _gerund_subjects_predicate(verb: Token, gerund: Token) -> Token | None:
    """ "said ending the subsidy before money is found, and without knowing ..., could hurt
    farmers": a verb of saying takes no gerund for its complement, so the gerund is the
    subject of the clause said; the parse hung its predicate, a verb with a modal and no
    subject, on the cue as a conjunct. That verb, which closes the content."""
    if verb.lemma_.lower() not in ("say", "tell", "add", "argue", "claim", "insist", "warn"):
        return None
    if gerund.tag_ != "VBG" or gerund.i < verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in gerund.children):
        return None
    for c in verb.children:
        if (
            c.dep_ == "conj"
            and c.i > gerund.i
            and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children)
            and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
        ):
            return c
    return None


def _asides_question(clause: Token) -> bool:
    """Is a clause a question with its auxiliary before its subject ("can you believe it")?"""
    aux = [c.i for c in clause.children if c.dep_ == "aux"]
    subj = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(aux and subj) and min(aux) < min(subj)


def _set_off_before(comp: Token, verb: Token) -> bool:
    """Is a clause before the cue set off from the tag by a dash, a colon or a semicolon
    (the parse may hang a spaced hyphen used as a dash on the clause's last word)?"""
    doc = verb.doc
    if any(t.text in ("—", "–", "--", ";", ":") for t in doc[comp.right_edge.i + 1 : verb.i]):
        return True
    last = comp.right_edge
    return (
        last.text in ("—", "–", "--", "-")
        and last.i > 0
        and bool(doc[last.i - 1].whitespace_)
        and bool(last.whitespace_)
    )


# Relative words a parse may take for a clause's subject.
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})


def _clause_right_after(comp: Token, verb: Token, quotes: list[Quote]) -> bool:
    """Does a finite clause with a subject of its own open right after the cue ("said she
    should call", "told reporters he would run"), outside any quotation? Then a clause the
    parse also hung on the cue before it is not what the cue reports."""
    doc = verb.doc
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return False  # "“...,” said Ann Roe, who ...": an inverted tag, its speaker after it
    if not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < comp.i and c.lower_ not in _RELATIVES
        for c in comp.children
    ):
        return False  # ("... Commission reports that track spending": a relative clause)
    if any(q.start <= comp.idx < q.end for q in quotes):
        return False
    told = {
        t.i
        for c in verb.children
        if c.dep_ in ("dative", "dobj", "prt") and c.i > verb.i
        for t in c.subtree
    }
    return all(not t.is_punct and t.i in told for t in doc[verb.i + 1 : comp.left_edge.i])


def _that_clause_in_phrase(verb: Token) -> Token | None:
    """ "said for the first time that ...", "said in a post on Facebook that ...", "said on
    CNN, where he works, that ...": after a phrase the parser can hang the "that" clause on the
    phrase's noun as a relative clause; a "that" that fills no place in the clause (a
    conjunction or adverb, not the relative pronoun's subject or object) opens what was said."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ in ("as", "like"):
            continue  # "described the plan as a buzz that voters would reject": a relative
        for t in prep.subtree:
            first = t.left_edge
            if (
                t.dep_ in ("relcl", "acl")
                and t.pos_ in ("VERB", "AUX")
                and first.lower_ == "that"
                and first.tag_ in ("IN", "WDT")
                and first.dep_ in ("mark", "advmod")
                and first.head.i == t.i
                and t.sent == verb.sent
                and (not _takes_that_clause(t.head) or _medium(t.head, prep))
            ):
                return t
    return None


# Nouns that take a "that" clause of their own ("evidence that", "the chance that"), beside
# the cue nouns: a clause after them is theirs, not the verb's.
_THAT_NOUNS = frozenset(
    """
    evidence fact proof sign chance possibility likelihood probability risk danger odds
    assurance guarantee reminder hint reason grounds basis point question issue problem
    event case extent degree way
    """.split()  # noqa: SIM905
)


def _medium(noun: Token, prep: Token) -> bool:
    """Is `noun` the medium the verb's words came in ("said in a statement", "wrote on
    Facebook"): the object of its "in"/"on" phrase, not a thing it said something about?"""
    return (
        noun.head.i == prep.i
        and prep.lower_ in ("in", "on", "via", "through", "during")
        and noun.lemma_.lower() not in _THAT_NOUNS
    )


def _takes_that_clause(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in _THAT_NOUNS or lemma in CUE_NOUNS or (lemma, "noun") in LEARNED_CUES


def _own_report(comp: Token, verb: Token) -> bool:
    """Is `comp`, a clause hung on `verb` before it and outside quotation marks, a verb of
    saying whose subject is the tag's own, named again ("Roe said ... but added, “...,” Roe
    said")?"""
    if comp.i > verb.i or comp.lemma_.lower() not in SPEECH_VERBS:
        return False
    if any(t.text in _QUOTE_MARKS for t in comp.doc[comp.sent.start : comp.i]):
        return False  # words in a quotation ("“We had written ...,” Roe said") are what was said
    # Only the same speaker named twice: "Roe said ..." and "..., Roe said".
    outer = {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
    return any(c.dep_ == "nsubj" and c.lower_ in outer for c in comp.children)


def _turn_opened_before_tag(verb: Token, start: int, quotes: list[Quote], text: str) -> int | None:
    """Where a turn split by its tag starts: "“A,” Roe said, “B.”" with the content found so
    far the quote B, opened right after the tag. The quote A must open its sentence and hand
    over with a comma; None otherwise (a show's title, "said on “Hannity,” that ...", or a
    question put to the speaker, "“...?” he answered, “...”", are not the speaker's turn)."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    second = next((q for q in quotes if q.start <= start < q.end), None)
    if second is None or text[second.start : start].strip(_QUOTE_MARKS + " "):
        return None
    lead = _leftmost_clause_token(verb)
    tag_end = max(t.idx + len(t.text) for t in (verb, lead, *verb.lefts) if t.i >= lead.i)
    subj = _nearest_subject(verb)
    if subj is not None and subj.i > verb.i:
        tag_end = max(tag_end, subj.right_edge.idx + len(subj.right_edge.text))
    if not _only_glue(text[tag_end : second.start]):
        return None
    first = next((q for q in reversed(quotes) if q.end <= lead.idx), None)
    if (
        first is None
        or not _only_glue(text[first.end : lead.idx])
        or "\n" in text[first.end : lead.idx]
    ):
        return None
    if text[first.start : first.end].rstrip(_QUOTE_MARKS + " ")[-1:] != ",":
        return None
    before = text[verb.sent.start_char : first.start]
    if before.strip() and "\n" not in before:
        return None  # the quote does not open its sentence
    return first.start


def _joined_first_clause(verb: Token, comp: Token, text: str) -> int | None:
    """Where the report starts when a closing tag follows two joined clauses ("The van was
    meant to wait, but the driver left early, a source said."): the parse hangs the tag on the
    first clause as its conjunct and takes only the second for what was said, but the tag
    covers the whole sentence. None unless the tag closes the sentence, the first clause opens
    it, and nothing between is quoted."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= comp.i or head.dep_ != "ROOT":
        return None
    if head.left_edge.i != head.sent.start:
        return None
    if head.lemma_.lower() in SPEECH_VERBS or (
        head.lemma_.lower() in CUE_VERBS and any(c.dep_ in ("ccomp", "dobj") for c in head.children)
    ):
        return None  # "Roe said X, but Lee said Y": the first clause is a report of its own
    tail = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if not (t.is_punct or t.is_space)]
    if any(t.i > verb.right_edge.i for t in tail) or len(tail) > 4:
        return None  # the tag does not close the sentence ("..., he said, and then ...")
    if not any(c.dep_ == "cc" and head.i < c.i < comp.left_edge.i for c in head.children):
        return None
    start = head.left_edge.idx
    if any(ch in text[start : comp.left_edge.idx] for ch in _QUOTE_MARKS):
        return None
    return start


# Conjunctions that open a clause of time or cause ("said as the crowd booed").
_WHEN = frozenset({"as", "while", "when", "after", "before", "because", "since", "until"})


def _time_clause(clause: Token) -> bool:
    """Is a clause the parse hung on a cue as its complement one of time or cause, opened by
    "as", "while", "when" ...('"...," he said as some in the crowd booed')? When or why it
    was said, not what."""
    first = clause.left_edge
    return first.dep_ == "mark" and first.head.i == clause.i and first.lower_ in _WHEN


def _subject_taken_for_object(verb: Token, comp: Token) -> Token | None:
    """The cue's object right before a clause that has no subject of its own: the clause's
    subject, which the parse hung on the cue ("emphasize that trade | is only one factor",
    the "that" read as a determiner)."""
    if comp.i < verb.i or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children
    ):
        return None
    first = comp.left_edge
    for c in verb.children:
        if c.dep_ == "dobj" and verb.i < c.i < comp.i and c.right_edge.i == first.i - 1:
            # A noun phrase with a clause of its own ("told a young woman who suggested ...",
            # "told voters waiting outside") is an object indeed; a gerund inside one of its
            # phrases ("his praise of the town in defending his record") is no such clause.
            if any(
                t.pos_ in ("VERB", "AUX") and not (t.dep_ == "pcomp" and t.tag_ == "VBG")
                for t in c.subtree
            ):
                return None
            return c
        if (
            c.dep_ == "xcomp"
            and c.tag_ == "VBG"
            and verb.i < c.i < comp.i
            and c.right_edge.i == first.i - 1
            and not any(a.dep_ in ("nsubj", "nsubjpass", "aux") for a in c.children)
        ):
            # "believes being the only party to raise taxes will not hurt it": the gerund
            # phrase is the subject of the clause, which the parse hung on the cue.
            return c
        if (
            c.dep_ == "prep"
            and c.lower_ in _ABOUT
            and verb.i < c.i < comp.i
            and c.right_edge.i == first.i - 1
            and comp.tag_ in ("VBD", "VBZ", "VBP")
        ):
            # "said about half of the rise reflected the tax cuts": "about" counts the
            # clause's subject, which the parse took for what the saying was about.
            return c
    return None


# Words of counting roughly that the parse may take for a preposition of the topic.
_ABOUT = frozenset({"about", "around"})


def _end_at_quoted_predicate(
    doc: Doc, span: tuple[int, int], quotes: list[Quote]
) -> tuple[int, int]:
    """ "criticized the act as a “crazy system” during a stop in Flint", "blasted Clinton as a
    “disgrace” Wednesday on a radio show": an object content whose quoted words are followed,
    inside the span, by a modifier of when they were said ends at the closing mark; the
    modifier is the writer's account of the occasion, not what was said."""
    start, end = span
    for q in quotes:
        if not (start < q.start and q.end < end):
            continue
        after = [t for t in doc if q.end <= t.idx < end and not t.is_punct]
        if not after:
            continue
        nxt = after[0]
        if _occasion(nxt) and q.start <= nxt.head.idx < q.end:
            return start, q.end
    return span


def _occasion(tok: Token) -> bool:
    """Does a modifier tell when the words were said ("Wednesday", "during a campaign stop",
    "on Monday")? Not a complement of the quoted words ("“bad angels” of human nature",
    "“a champion” for its workers")."""
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in ("DATE", "TIME")
    if tok.dep_ != "prep":
        return False
    if tok.lower_ == "during":
        return True
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    return tok.lower_ in ("on", "at", "in") and any(o.ent_type_ in ("DATE", "TIME") for o in objs)


_PAST_TAGS = frozenset({"VBD"})
_PAST_AUX = frozenset({"did", "was", "were", "had", "could", "would", "might", "should"})


# Subjects that point back at what was just said ("..., but it will be difficult").
_BACK = frozenset({"it", "that", "this", "there"})
# Auxiliaries of a present or future tense, as a speaker's words keep them in a report.
_PRESENT_AUX = frozenset({"is", "are", "has", "have", "does", "do", "will", "can", "may", "must"})


def _unshifted(verb: Token) -> bool:
    """Is a finite clause in the present or future ("it is possible", "it will be hard"),
    a tense the writer's past narration does not use?"""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_AUX for c in verb.children)


def _reported_conjunct(verb: Token, comp: Token, quotes: list[Quote]) -> Token | None:
    """The second half of a report the parse joined to the cue, not to its clause ("said she
    had no figures, and people were still using it", "said he could not recall it, but he did
    remember ..."): a clause after ", and" or ", but" with a subject of its own, in the
    reported past, that is no verb of saying and no one's act the source could be doing (its
    subject is a personal pronoun only when the source is a common noun: "the office said")."""
    if verb.tag_ not in _PAST_TAGS or verb.dep_ != "ROOT":
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < comp.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        if conj.lemma_.lower() in SPEECH_VERBS:
            return None
        if any(q.start <= conj.idx < q.end for q in quotes):
            return None
        subj = [c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < conj.i]
        if not subj:
            return None
        first = subj[0].left_edge.i
        doc = verb.doc
        if first < 2 or doc[first - 1].dep_ != "cc" or doc[first - 1].lower_ not in ("and", "but"):
            return None
        if doc[first - 2].text != ",":
            return None
        past = conj.tag_ in _PAST_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in conj.children
        )
        if not past and not (_unshifted(comp) and _unshifted(conj) and subj[0].lower_ in _BACK):
            # "said it is possible to finish this year, but it will be difficult": the report
            # kept the speaker's present tense, as the writer's past narration does not; a
            # second clause in that tense on what was just said ("it", "that") goes on with it.
            return None
        source = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not source:
            return None
        src = source[0]
        if subj[0].lower_ in ("he", "she", "they", "i", "we") and not (
            src.pos_ == "NOUN" and src.text[:1].islower() and not src.ent_type_
        ):
            return None  # "Roe said A, and she left": the speaker's own next act
        if subj[0].lower_ == src.lower_:
            return None
        return conj
    return None


def _that_conjunct(verb: Token, comp: Token, quotes: list[Quote]) -> Token | None:
    """A second "that" clause the parse hangs on the cue, not on the first ("claims he was
    the only one punished, and that his firing was unlawful"): a verb joined to the cue after
    the reported clause by "and", "but" or "or", opened by its own "that" and with a subject of
    its own; the report goes on in it. Not a verb of saying ("..., and added that ...")."""
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < comp.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        if conj.lemma_.lower() in SPEECH_VERBS or any(q.start <= conj.idx < q.end for q in quotes):
            return None
        first = conj.left_edge
        if first.lower_ != "that" or first.dep_ != "mark" or first.head.i != conj.i:
            return None
        if first.i < 1 or doc[first.i - 1].lower_ not in ("and", "but", "or"):
            return None
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            return None
        return conj
    return None


# Modals of a report in the past ("would", "could"): the speaker's "will", "can" shifted.
_SHIFTED_MODALS = frozenset({"would", "could", "might", "should"})


def _shifted_modal_conjunct(verb: Token, comp: Token, quotes: list[Quote]) -> Token | None:
    """A predicate after "but" or "and" that the parse hangs on the cue though it goes on
    the reported clause ("said she was rooting for the plan but would now root for the
    bridge"): no subject of its own, a shifted modal ("would", "could"), and a reported
    clause with a subject before it. The writer's narration of the source's own next act
    would be in the plain past ("said ... and left"); verbs of saying stay the cue's."""
    if verb.tag_ not in _PAST_TAGS or verb.dep_ != "ROOT":
        return None
    if comp.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in comp.children
    ):
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < comp.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        if conj.lemma_.lower() in SPEECH_VERBS or any(q.start <= conj.idx < q.end for q in quotes):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            return None
        if not any(c.dep_ == "aux" and c.lower_ in _SHIFTED_MODALS for c in conj.children):
            return None
        if any(c.dep_ == "neg" for c in conj.children):
            return None  # "... and would not elaborate": the source's refusal, told by the writer
        ccs = [c for c in verb.children if c.dep_ == "cc" and comp.i < c.i < conj.i]
        if not ccs or ccs[-1].lower_ not in ("and", "but"):
            return None
        return conj
    return None


def _second_report(comp: Token) -> bool:
    """Is a second clause on a cue the writer's report of another source ("... and Democrats
    accused the GOP ...", "The S.E.C. said ...")? A cue word joined by a conjunction, with a
    named subject of its own, or with none (the parse took its subject for something else)."""
    if comp.lemma_.lower() not in CUE_VERBS:
        return False
    first = comp.left_edge
    if first.dep_ == "cc" or (first.i > 0 and comp.doc[first.i - 1].dep_ == "cc"):
        return True
    subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subj or subj[0].pos_ == "PROPN" or subj[0].ent_type_ != ""


def _after_comma(tok: Token) -> bool:
    """Is the phrase a token heads set off by a comma before it?"""
    first = tok.left_edge
    return first.i > 0 and tok.doc[first.i - 1].text == ","


def _closed_by_colon(comp: Token, verb: Token) -> bool:
    """Is a clause before the cue closed by a colon or semicolon before the tag starts ("We
    have been here before: Roe declared war ...")? The clause is the writer's, and what comes
    after the colon is not its report."""
    if comp.i > verb.i:
        return False
    doc = verb.doc
    lead = _leftmost_clause_token(verb).i
    end = comp.right_edge.i
    while end > comp.i and doc[end].is_punct:
        end -= 1  # the parse may hang the colon on the clause itself
    return any(doc[i].text in (":", ";") for i in range(end + 1, lead))


# A quotation closed on a comma, then a relative word: the writer's aside on the quoted words.
_GLOSS_AFTER_QUOTE = re.compile(r"(,[”\"’']+)\s+(?=(?:a|an|the)\s)", re.I)
_ASIDE_AFTER_QUOTE = re.compile(r"(,[”\"’']+)\s+(?:where|which|who|whom|whose)\b")
# A dash, then a noun phrase opened by an article, to the end of the content.
_DASH_ASIDE = re.compile(
    r"\s+(?:--|[-–—])\s+(?=(?:\w+ly\s+)?(?:a|an|the|though|although|something|one)\s)",
    re.IGNORECASE,
)
# After a dash at the end of a content, the feeling it stirred in others ("- to the dismay of
# local residents", "- much to the delight of his critics"): the writer's account.
_DASH_REACTION = re.compile(
    r"\s+(?:--|[-–—])\s+(?:much\s+)?to\s+(?:the|their|his|her|its|our|my)\s+"
    r"(?:chagrin|dismay|delight|surprise|consternation|frustration|relief|annoyance|horror"
    r"|amusement|disappointment|alarm|anger|dread|glee|embarrassment)\s+of\b[^-–—]*$",
    re.IGNORECASE,
)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# Conjunctions that open the writer's account of when or why words were said.
_ASIDE_MARKS = frozenset({"as", "after"})
# Conjunctions after a dash that set the writer's contrast against what was said.
_DASH_CONTRAST = frozenset({"though", "although"})


# Pronouns a dash gloss can open with, when a relative clause follows them.
_GLOSS_PRONOUNS = frozenset({"something", "one"})


def _dash_aside(tail: SpacySpan) -> bool:
    """Is what follows a dash at the end of a content the writer's comment: a contrast
    ("- though he gave ...") or a noun phrase glossed by a relative clause ("- a point that
    officials have disputed", "- something a caller also told the dispatcher")?"""
    first = tail[0]
    if first.lower_ in _DASH_CONTRAST:
        return True
    if first.lower_ in _GLOSS_PRONOUNS and first.pos_ in ("PRON", "NUM", "NOUN"):
        head = first  # "- something a caller also told the dispatcher", "- one that ..."
    elif first.lower_ not in ("a", "an", "the"):
        return False
    else:
        head = first.head
    if head.pos_ not in ("NOUN", "PRON", "NUM") or any(
        t.tag_ in _FINITE_TAGS for t in tail if t.i < head.i
    ):
        return False
    rel = [c for c in head.children if c.dep_ in ("relcl", "acl")]
    return bool(rel) and all(
        t.tag_ not in _FINITE_TAGS or rel[0].left_edge.i <= t.i for t in tail if t.i > head.i
    )


# A dash set off by spaces, before the last words of a content.
_ANY_DASH = re.compile(r"\s+[-–—]\s+")


def _inside_quotation(text: str, start: int, at: int) -> bool:
    """Is `at` inside a quotation opened after `start` (an odd count of marks before it)?"""
    before = text[start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _one_noun_phrase(tail: SpacySpan) -> bool:
    """Is the text after a dash one noun phrase opened by an article (an -ly adverb may come
    first), the whole of it, clauses and all, hanging on its noun, with no quotation mark
    ("a modest boost for Ruiz since 2009, when the council ...")?"""
    words = [t for t in tail if not (t.is_punct or t.is_space)]
    if not words or any(t.text in '“”"„«»' for t in tail):
        return False
    k = 1 if words[0].tag_ == "RB" and words[0].lower_.endswith("ly") else 0
    if len(words) <= k or words[k].lower_ not in ("a", "an", "the"):
        return False
    noun = words[k].head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i < words[k].i:
        return False
    inside = {t.i for t in noun.subtree}
    return all(t.i in inside or (t.i == words[0].i and k == 1) for t in words)


def _glossing_noun_phrase(tail: SpacySpan) -> bool:
    """Is the text after a dash one noun phrase, opening right there, whose noun a relative
    clause describes ("ideologically pure stances that could be imperiled")?"""
    roots = [t for t in tail if not (tail.start <= t.head.i < tail.end) or t.head.i == t.i]
    if len(roots) != 1:
        return False
    noun = roots[0]
    first = next((t for t in noun.subtree if not t.is_punct), noun)
    if noun.pos_ != "NOUN" or first.i != tail.start:
        return False
    rel = [c for c in noun.children if c.dep_ == "relcl"]
    return bool(rel) and not any(t.tag_ in _FINITE_TAGS for t in tail if t.i < rel[0].left_edge.i)


def _own_saying(clause: Token) -> bool:
    """Does a clause hold a verb of saying with its own subject ("after a woman told him")?"""
    return any(
        t.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "nsubj" for c in t.children)
        for t in clause.subtree
    )


def _writers_parenthesis(doc: Doc, text: str, paren: int, end: int) -> bool:
    """Is the bracket opened at `paren` the last thing in the content (closed at its end or
    not at all), free of quotation marks, and a clause with a subject and a finite verb of
    its own?"""
    inside = text[paren:end]
    close = inside.find(")")
    if close >= 0 and inside[close + 1 :].strip(" .,;"):
        return False
    if any(c in inside for c in '“”"„«»'):
        return False
    span = doc.char_span(paren + 1, paren + (close if close >= 0 else len(inside)), "expand")
    if span is None or len(span) < 3:
        return False
    for t in span:
        if t.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            continue
        verb = t.head if t.dep_ in ("aux", "auxpass") else t
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.start for c in verb.children):
            return True
    return False


def _drop_quote_gloss(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """Cut a noun phrase that closes a content right after quoted words and their comma
    ('were "in no way touching the pact," a treaty signed in 1990', '“... the 1970s,” the
    dawn of the movement'): the writer's gloss of the words, not said by the source."""
    start, end = span
    text = doc_text(doc)
    gloss = _GLOSS_AFTER_QUOTE.search(text, start, end)
    if gloss is None or any(c in text[gloss.end() : end] for c in '“”„«»"'):
        return span
    tail = doc.char_span(gloss.end(), end, alignment_mode="expand")
    if tail is None or len(tail) < 2 or not _one_noun_phrase(tail):
        return span
    return start, gloss.start() + len(gloss.group(1))


# Nouns that name what was said or done as a whole ("a view shared by most economists", "a
# sentiment endorsed by the crowd"): after a comma at a content's end, the writer's comment.
_SHELL_NOUNS = frozenset(
    {
        "sentiment",
        "view",
        "position",
        "notion",
        "claim",
        "assertion",
        "stance",
        "charge",
        "assessment",
        "argument",
        "remark",
        "comment",
        "statement",
        "opinion",
        "belief",
        "prediction",
    }
)


def _drop_shell_gloss(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """Cut a noun phrase set off by a comma that closes a content and names what was said
    as a whole ("the tax would hurt farmers, a view shared by most economists"; "dismissed
    party labels, a sentiment endorsed by the crowd"): the writer's comment on the words."""
    start, end = span
    text = doc_text(doc)
    comma = text.rfind(", ", start, end)
    if comma < 0 or _inside_quotation(text, start, comma):
        return span
    tail = doc.char_span(comma + 2, end, alignment_mode="expand")
    if tail is None or len(tail) < 3 or not _one_noun_phrase(tail):
        return span
    words = [t for t in tail if not t.is_punct]
    k = 1 if words[0].tag_ == "RB" else 0
    if words[k].head.lemma_.lower() not in _SHELL_NOUNS:
        return span
    return _trim(text, start, comma)


# Participles of what words brought about or how they were put, after a comma closing a
# content: the writer's ("..., drawing a sharp reply from Dace", "..., echoing his ally").
_UPSHOT_VERBS = frozenset(
    {
        "draw",
        "prompt",
        "spark",
        "trigger",
        "provoke",
        "elicit",
        "earn",
        "deploy",
        "echo",
        "invoke",
        "leave",
    }
)
# Nouns of a jibe or a pointer, after a comma with "a"/"an" and "at"/"to" ("a swipe at", "a
# reference to"): the writer's gloss of what the words aimed at.
_JIBE_NOUNS = frozenset({"swipe", "jab", "dig", "shot", "nod", "reference", "allusion", "rebuke"})


def _others_attribution(relcl: Token) -> bool:
    """Is a relative clause an attribution of its own, a verb of saying with a subject that is
    no relative pronoun ("the mayor's use of funds, which an audit said was “sloppy”")? Its
    words, quoted or not, are that other source's, not the first speaker's."""
    return relcl.lemma_.lower() in SPEECH_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ not in _RELATIVES and c.pos_ in ("NOUN", "PROPN")
        for c in relcl.children
    )


# A comparison with a figure set after a comma closing a content (", a bit more than the 28%
# who ...", ", up from 31 percent"): the writer setting one number against another.
_FIGURE_COMPARED = re.compile(
    r",\s+(?:(?:a\s+(?:bit|little|touch|shade)|slightly|somewhat|far|much|well)\s+)?"
    r"(?:(?:more|less|fewer|higher|lower|greater|smaller)\s+than|up\s+from|down\s+from)"
    r"\s+(?:the\s+|about\s+|nearly\s+|just\s+)?\d"
)


def _drop_trailing_aside(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """Cut a comma-set relative clause that closes an unquoted content ("... donations, which
    he said were ..."): the writer's aside about a noun, not part of what the source said
    (PolNeAR leaves it out). An apposition stays: it often names the referent."""
    start, end = span
    inner = doc.char_span(start, end, alignment_mode="contract")
    if inner is None or len(inner) < 4:
        return span
    text = doc_text(doc)
    paren = text.rfind("(", start, end)
    before = text[start:paren]
    in_quote = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    if paren > start and not in_quote and _writers_parenthesis(doc, text, paren, end):
        # "... take in 250,000 Syrian refugees (Obama has proposed accepting 10,000)": a
        # clause of its own in brackets closing the content is the writer's correction.
        return _trim(text, start, paren)
    m = _ASIDE_AFTER_QUOTE.search(text, start, end)
    if m is not None and not any(c in text[m.end() : end] for c in '“”„«»"'):
        # 'could help him win "a battle in Cleveland," where the party may ...': after the
        # quoted words the writer explains them; the relative clause is no one else's words.
        return start, m.start() + len(m.group(1))
    dash = _DASH_ASIDE.search(text, start, end)
    if dash is not None:
        tail = doc.char_span(dash.end(), end, alignment_mode="expand")
        if (
            tail is not None
            and tail[0].lower_ not in _GLOSS_PRONOUNS
            and not any(t.tag_ in _FINITE_TAGS for t in tail)
        ):
            # "won a plurality of the delegates - an even more opaque process": a noun
            # phrase after a dash at the end is the writer's gloss, not what was said.
            return _trim(text, start, dash.start())
    if dash is not None and not _inside_quotation(text, start, dash.start()):
        tail = doc.char_span(dash.end(), end, alignment_mode="expand")
        if tail is not None and len(tail) > 2 and _one_noun_phrase(tail):
            # "... by the plan - a modest boost for Ruiz since 2009, when ...": one noun phrase
            # after a dash, whatever clauses it holds, is the writer's gloss.
            return _trim(text, start, dash.start())
    reaction = _DASH_REACTION.search(text, start, end)
    if reaction is not None and not _inside_quotation(text, start, reaction.start()):
        return _trim(text, start, reaction.start())  # "- to the dismay of local residents"
    if dash is not None:
        tail = doc.char_span(dash.end(), end, alignment_mode="expand")
        if tail is not None and len(tail) > 1 and _dash_aside(tail):
            # "... were sent - a point that officials have disputed", "... earlier - though
            # he gave varying stories": the writer's comment on what was said.
            return _trim(text, start, dash.start())
    any_dash = _ANY_DASH.search(text, start, end)
    if any_dash is not None:
        tail = doc.char_span(any_dash.end(), end, alignment_mode="expand")
        if tail is not None and len(tail) > 2 and _glossing_noun_phrase(tail):
            # "... standing on truth and principle - ideologically pure stances that could be
            # imperiled ...": a noun phrase with a relative clause glosses what was said
            return _trim(text, start, any_dash.start())
    marks = [i for i in range(start, end) if text[i] in '“”„«»"']
    last_mark = marks[-1] if marks else start - 1
    compared = _FIGURE_COMPARED.search(text, start, end)
    if compared is not None and compared.start() > last_mark and compared.start() > start:
        # "say they would be pleased if she won, a bit more than the 30% who would be upset":
        # the writer sets the poll's figures side by side; the people polled said the first.
        return _trim(text, start, compared.start())
    for tok in inner[2:]:
        prev = doc[tok.i - 1]
        if prev.text != "," or prev.idx <= last_mark or tok.idx <= start:
            continue
        lemma = tok.lemma_.lower()
        if tok.tag_ == "VBG" and lemma in _UPSHOT_VERBS and tok.head.i < tok.i:
            # "the council would vote, drawing a sharp reply from Dace", "the plan was dead,
            # deploying her favourite adverb": what the words brought about or how they were
            # put, in the writer's words, not what was said.
            return _trim(text, start, prev.idx)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (
            tok.lower_ == "something"
            and tok.dep_ == "appos"
            and nxt is not None
            and nxt.lower_ in ("that", "which")
        ):
            # "... stopped by his belt buckle, something that Dace mocked": the writer's remark
            return _trim(text, start, prev.idx)
        if (
            tok.lower_ in ("a", "an")
            and nxt is not None
            and nxt.lemma_.lower() in _JIBE_NOUNS
            and tok.i + 2 < len(doc)
            and doc[tok.i + 2].lower_ in ("at", "to")
        ):
            # "... at her rally, a swipe at the recent fights": the writer names what the
            # words were aimed at.
            return _trim(text, start, prev.idx)
    for tok in inner:
        if tok.dep_ != "advcl" or tok.right_edge.i < inner.end - 2:
            continue
        first = tok.left_edge
        if first.i <= inner.start or first.lower_ not in _ASIDE_MARKS:
            continue
        if (marks and first.lower_ == "as" and first.idx > last_mark) or _own_saying(tok):
            # 'he's "excited where we stand" as he faces a test', "he's tough enough after a
            # woman told him ...": the writer's occasion for the words, after them.
            return _trim(text, start, first.idx)
    for tok in inner:
        if tok.dep_ != "relcl" or tok.right_edge.i < inner.end - 2:
            continue
        first = tok.left_edge
        if first.idx <= last_mark and not _others_attribution(tok):
            continue
        if first.i <= inner.start or doc[first.i - 1].text != ",":
            continue
        if first.lower_ not in ("who", "which", "whom", "whose"):
            continue
        if tok.head.i >= first.i or tok.head.i < inner.start:
            continue
        comma = doc[first.i - 1]
        return start, comma.idx
    return span


# Verbs of saying that take the person told as their object ("told reporters", "warned Roe").
_ADDRESSEE_VERBS = frozenset(
    {"tell", "ask", "assure", "warn", "remind", "inform", "promise", "reassure", "caution"}
)


def _drop_lead_addressee(
    doc: Doc, span: tuple[int, int], quotes: list[Quote], cue: Token
) -> tuple[int, int]:
    """Start a content at its quotation when all before it is a noun phrase set off by a comma
    or colon ('told radio host Sam Dunn, “The mayor ...”'): the parse made the person told the
    quote's subject, but what was said is the quotation."""
    start, end = span
    if cue.lemma_.lower() not in _ADDRESSEE_VERBS or cue.idx > start:
        return span
    q = next((q for q in quotes if start < q.start < end and q.end >= end - 1), None)
    if q is None or any(r.start < q.start and r.end > start for r in quotes if r is not q):
        return span
    lead = doc.char_span(start, q.start, alignment_mode="expand")
    if lead is None or len(lead) < 2 or lead[-1].text not in (",", ":"):
        return span
    words = [t for t in lead[:-1] if not t.is_space]
    if not words or any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.is_punct for t in words):
        return span
    if words[0].pos_ in ("ADP", "ADV", "PRON", "SCONJ") or words[-1].pos_ not in ("PROPN", "NOUN"):
        return span  # "In his book, ...", "As for X, ...": the speaker's own lead-in
    return q.start, end


def _cut_trailing_attribution(
    doc: Doc, span: tuple[int, int], quotes: list[Quote], cue: Token | None
) -> tuple[int, int]:
    """Cut a content before a second attribution that closes it after a comma ("she was
    glad the bill passed, according to the Globe", "the plan was a failure, the Globe
    reported"): who relayed the words is no part of them."""
    start, end = span
    inner = doc.char_span(start, end, alignment_mode="contract")
    if inner is None or len(inner) < 4:
        return span
    for tok in inner[1:-1]:
        closing = next((q for q in quotes if q.end == tok.idx + len(tok.text)), None)
        if closing is not None and doc[tok.i - 1].text == ",":
            cut_at = closing.end  # '"There will be exceptions," the Globe reported'
        elif tok.text == "," and not any(q.start <= tok.idx < q.end for q in quotes):
            cut_at = tok.idx
        else:
            continue
        if cue is not None and cue.i > tok.i and cue.i < inner.end:
            continue
        tail = [t for t in doc[tok.i + 1 : inner.end] if not t.is_punct]
        if (
            tail
            and tok.text == ","
            and _attributing_relative(tail[0], cue)
            and tail[0].head.right_edge.i >= tail[-1].i
        ):
            # "a path to the nomination, which he called “a disaster”": a relative clause
            # closing the content that says what someone said of its last words is that
            # speaker's claim, not part of this one.
            cut = _trim(doc_text(doc), start, cut_at)
            if cut[1] > cut[0]:
                return cut
        if not tail or any(q.start <= t.idx < q.end for t in tail for q in quotes):
            continue
        relayed = tail[0].lower_ == "according" and len(tail) > 2 and tail[1].lower_ == "to"
        if not relayed:
            verbs = [
                t
                for t in tail
                if t.pos_ == "VERB"
                and t.lemma_.lower() in SPEECH_VERBS
                and any(c.dep_ == "nsubj" and c.i < t.i and c.i > tok.i for c in t.children)
                and not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > t.i for c in t.children)
                and t.right_edge.i >= tail[-1].i
            ]
            relayed = bool(verbs) and not any(t.dep_ == "cc" for t in tail)
            if relayed and len(tail) > 8:
                # "..., a study by a noted historian, Ana Ruiz, concluded this year": a long
                # subject opening the tail, and only the verb and a few words after it
                subj = next(c for c in verbs[0].children if c.dep_ == "nsubj" and c.i > tok.i)
                rest = [t for t in tail if not subj.left_edge.i <= t.i <= subj.right_edge.i]
                relayed = subj.left_edge.i == tail[0].i and len(rest) <= 4
        if relayed:
            cut = _trim(doc_text(doc), start, cut_at)
            if cut[1] > cut[0]:
                return cut
    return span


def _attributing_relative(first: Token, cue: Token | None) -> bool:
    """Does a relative clause open at `first` ("which he called ...", "whom she described
    as ...") whose verb is one of saying, with a subject of its own that is not the relative
    word?"""
    if first.lower_ not in ("which", "whom") or first.tag_ not in ("WDT", "WP"):
        return False
    verb = first.head
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in SPEECH_VERBS or verb is cue:
        return False
    return any(c.dep_ == "nsubj" and c.i > first.i and c.i < verb.i for c in verb.children)


_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _cut_saying_day(doc: Doc, span: tuple[int, int], quotes: list[Quote]) -> tuple[int, int]:
    """Cut a weekday (and the places after it) that closes an unquoted content whose verb is
    "be" with no modal ("said Roe was the founder of the group on Wednesday at a rally"): a
    state does not hold on one day; the day and place are the saying's, not what was said."""
    start, end = span
    inner = doc.char_span(start, end, alignment_mode="contract")
    if inner is None or len(inner) < 5 or any(q.start < end and start < q.end for q in quotes):
        return span
    root = inner.root
    if root.lemma_.lower() != "be" or any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in root.children
    ):
        return span
    if not any(c.dep_ in ("attr", "acomp") and c.i > root.i for c in root.children):
        return span  # "the vote is on Wednesday": the day is what is said
    for tok in inner:
        if tok.head.i != root.i or tok.i <= root.i:
            continue
        day = tok
        if tok.dep_ == "prep" and tok.lower_ == "on":
            day = next((c for c in tok.children if c.dep_ == "pobj"), tok)
        elif tok.dep_ != "npadvmod":
            continue
        if day.lower_ not in _WEEKDAYS:
            continue
        after = [t for t in doc[day.i + 1 : inner.end] if not t.is_punct]
        if any(t.head.i != root.i and t.head.i <= day.i for t in after if t.dep_ != "prep"):
            return span
        if any(t.dep_ not in ("prep", "pobj", "det", "amod", "compound", "case") for t in after):
            return span  # the clause goes on after the day
        cut = _trim(doc_text(doc), start, tok.idx)
        if cut[1] > cut[0]:
            return cut
    return span


def _cut_at_semicolon(doc: Doc, span: tuple[int, int], quotes: list[Quote]) -> tuple[int, int]:
    """Cut an unquoted content at a semicolon that opens a clause with a subject of its own
    ("Republicans said the timing was not intentional; they only learned of it on Friday"):
    the writer goes on in a sentence of his own (PolNeAR's contents seldom cross one)."""
    start, end = span
    inner = doc.char_span(start, end, alignment_mode="contract")
    if inner is None or len(inner) < 4:
        return span
    for tok in inner[1:-2]:
        if tok.text != ";" or any(q.start <= tok.idx < q.end for q in quotes):
            continue
        after = doc[tok.i + 1 : inner.end]
        if any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.i > tok.i and t.head.pos_ in ("VERB", "AUX")
            for t in after
        ):
            cut = _trim(doc_text(doc), start, tok.idx)
            if cut[1] > cut[0]:
                return cut
    return span


def _cut_coordinated_attribution(
    doc: Doc, span: tuple[int, int], quotes: list[Quote], cue: Token | None = None
) -> tuple[int, int]:
    """Cut an unquoted content before a clause joined to it that is an attribution of its own
    ("Republicans said they were convinced the probe was mishandled and Democrats accused the
    GOP of ..."): the second speaker's words are not the first's, and that claim is its own."""
    start, end = span
    inner = doc.char_span(start, end, alignment_mode="contract")
    if inner is None or len(inner) < 4:
        return span
    if cue is not None and cue.text.istitle() and not cue.is_sent_start:
        for tok in inner[1:]:
            # A headline's "Mayor Says Budget Is Safe, Calls Critics Reckless": a second
            # verb of saying after the comma is the speaker's next act, not what was said.
            word = tok.lower_
            if (
                doc[tok.i - 1].text in (",", ";")
                and tok.text.istitle()
                and word.endswith("s")
                and (word[:-1] in CUE_VERBS or word[:-2] in CUE_VERBS)
            ):
                cut = _trim(doc_text(doc), start, doc[tok.i - 1].idx)
                if cut[1] > cut[0]:
                    return cut
    last = inner[-1]
    after = doc[inner.end] if inner.end < len(doc) else None
    while after is not None and after.dep_ in ("aux", "auxpass", "neg") and after.head.i > after.i:
        after = after.head  # "... the convention and others | have said": the verb itself
    if (
        after is not None
        and last.dep_ == "conj"
        and last.pos_ in ("PROPN", "NOUN")
        and last.head.dep_ in ("dobj", "pobj")
        and last.left_edge.i > inner.start
        and doc[last.left_edge.i - 1].dep_ == "cc"
        and after.pos_ == "VERB"
        and after.lemma_.lower() in SPEECH_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children)
    ):
        # The parse joined the next speaker to the content's last noun ("mishandled the
        # investigation and Democrats | accused the GOP ..."): that noun is the next cue's subject.
        cut = _trim(doc_text(doc), start, doc[last.left_edge.i - 1].idx)
        if cut[1] > cut[0]:
            return cut
    for tok in inner:
        if tok.dep_ != "conj" or tok.lemma_.lower() not in SPEECH_VERBS or tok.head.i < inner.start:
            continue
        if any(q.start <= tok.idx < q.end for q in quotes):
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        if not subj or subj[0].pos_ not in ("PROPN", "NOUN", "NUM"):
            continue
        first = subj[0].left_edge.i
        cc = first - 1
        while cc > inner.start:
            # ", and the following day, the committee requested": a time phrase before it.
            if doc[cc].is_punct:
                cc -= 1
            elif doc[cc].dep_ == "npadvmod" and doc[cc].head.i == tok.i:
                cc = doc[cc].left_edge.i - 1
            else:
                break
        if doc[cc].dep_ != "cc" or cc <= inner.start:
            continue
        if (
            subj[0].pos_ != "PROPN"
            and not _other_speaker(subj[0])
            and not _count_of_people(subj[0])
            and (
                doc[cc - 1].text != ","
                or any(t.dep_ == "poss" and t.pos_ == "PRON" for t in subj[0].subtree)
            )
        ):
            # A named speaker ("and Democrats accused ..."), or after ", and" a new one ("...,
            # and more than 4 in 10 said ..."); "and its members said" is the same speaker's.
            continue
        cut = _trim(doc_text(doc), start, doc[cc].idx)
        if cut[1] > cut[0]:
            return cut
    for tok in inner:
        # "accused each other of playing politics while doctors warned of the risk": a
        # contrasting clause with its own speaker and verb of saying is that speaker's claim.
        if tok.dep_ != "advcl" or tok.lemma_.lower() not in SPEECH_VERBS:
            continue
        if any(q.start <= tok.idx < q.end for q in quotes):
            continue
        mark = [c for c in tok.children if c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS]
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        if not mark or not subj or subj[0].pos_ not in ("PROPN", "NOUN"):
            continue
        if cue is None or cue.lemma_.lower() in _SHOWING or _tense(cue) != _tense(tok):
            continue  # "It shows X aiming a gun while police shout": the scene shown
        if mark[0].i <= inner.start or mark[0].i > subj[0].left_edge.i:
            continue
        if tok.i < tok.head.i:
            # "said that while polling showed her support lagging, many still liked her": a
            # contrast set before the clause it hangs on is part of what was said.
            continue
        cut = _trim(doc_text(doc), start, mark[0].idx)
        if cut[1] > cut[0]:
            return cut
    for tok in inner:
        if _others_view_conceded(doc, inner, tok, cue, quotes):
            before = doc[tok.left_edge.i - 1]
            at = before.idx if before.text == "," else tok.left_edge.idx
            cut = _trim(doc_text(doc), start, at)
            if cut[1] > cut[0]:
                return cut
    if cue is not None:
        for tok in inner:
            if _speakers_own_concession(doc, inner, tok, cue, quotes):
                cut = _trim(doc_text(doc), start, doc[tok.left_edge.i - 1].idx)
                if cut[1] > cut[0]:
                    return cut
    return span


def _others_view_conceded(
    doc: Doc, inner: SpacySpan, tok: Token, cue: Token | None, quotes: list[Quote]
) -> bool:
    """Is `tok` a clause closing an unquoted content, set off by a comma and opened by
    "(even) though", "although", "while" or "whereas", in which someone else says or believes
    something: a subject that is a noun or name, not the speaker, or "another", "others"
    ("..., even though many observers doubt they would", "..., while another says it is
    worth half that")? That is a second attribution, the writer's or its own, not the first
    speaker's words."""
    if tok.dep_ != "advcl" or any(q.start <= tok.idx < q.end for q in quotes):
        return False
    lemma = tok.lemma_.lower()
    if (lemma not in CUE_VERBS or lemma in _SHOWING) and not _elliptical(tok):
        return False
    mark = [c for c in tok.children if c.dep_ == "mark" and c.lower_ in _CONCESSIVE_MARKS]
    if not mark or tok.right_edge.i < inner.end - 2:
        return False
    first = tok.left_edge
    if first.lower_ == "even" and first.i + 1 == mark[0].i:
        first = mark[0]
    if first.i != mark[0].i or tok.left_edge.i <= inner.start + 1:
        return False
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
    if not subj:
        return False
    who = subj[0]
    before = doc[tok.left_edge.i - 1]
    if before.is_quote and before.i > 0 and doc[before.i - 1].text == ",":
        before = doc[before.i - 1]  # "... backs the plan fully," while ...
    if before.text != "," and not _count_of_people(who):
        return False  # "... within a year while 39% opposed a comeback": a poll's next group
    if not (_other_speaker(who) or (who.pos_ in ("NOUN", "PROPN") and who.tag_ != "PRP")):
        return False
    speaker = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")] if cue else []
    return not (speaker and speaker[0].lower_ == who.lower_)


def _elliptical(verb: Token) -> bool:
    """Is a verb a bare "did (not)", "does", "has not" standing for a predicate said before
    ("..., while his rival did not": the rival's own stance, by ellipsis)?"""
    return verb.lemma_.lower() in ("do", "have") and not any(
        c.dep_ not in ("nsubj", "mark", "neg", "punct", "advmod") for c in verb.children
    )


# Conjunctions of a concession or contrast ("..., although he refused ...").
_CONCESSIVE_MARKS = frozenset({"although", "though", "while", "whereas", "whilst"})


def _speakers_own_concession(
    doc: Doc, inner: SpacySpan, tok: Token, cue: Token, quotes: list[Quote]
) -> bool:
    """Is `tok` a clause closing the content, set off by a comma and opened by "although",
    "though", "while" or "whereas", whose subject is a pronoun for the speaker, that tells the
    speaker's own next act or words: a verb of saying ("..., though she noted that ...": a claim
    of its own), or, after "although"/"though", a past act told in the writer's narration like
    the cue ("claimed that X was wise, although he again refused to release ...")?"""
    if tok.dep_ != "advcl" or any(q.start <= tok.idx < q.end for q in quotes):
        return False
    mark = [c for c in tok.children if c.dep_ == "mark" and c.lower_ in _CONCESSIVE_MARKS]
    if not mark or mark[0].i != tok.left_edge.i or tok.left_edge.i <= inner.start + 1:
        return False
    if doc[tok.left_edge.i - 1].text != "," or tok.right_edge.i < inner.end - 2:
        return False
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
    speaker = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or not speaker or subj[0].lower_ not in ("he", "she", "they"):
        return False
    said = speaker[0]
    if said.pos_ == "PRON":
        if said.lower_ != subj[0].lower_:
            return False
    elif (subj[0].lower_ == "they") != (said.tag_ in ("NNS", "NNPS")):
        return False
    if tok.lemma_.lower() in SPEECH_VERBS and tok.lemma_.lower() not in _SHOWING:
        return True
    return mark[0].lower_ in ("although", "though") and _tense(tok) == _tense(cue) == "past"


# Words that mark a subject as speakers other than the ones before ("and others have said",
# "and other officials said", "and another aide said").
_OTHER_WORDS = frozenset({"other", "others", "another"})


def _count_of_people(subj: Token) -> bool:
    """Is a subject a count or share of people ("16%", "38 percent", "two in five"), as a poll
    reports each group's answer ("... and just 16% disagreed")?"""
    if subj.pos_ == "NUM":
        return True
    share = subj.lower_ in ("%", "percent") or (
        subj.lower_ == "cent" and subj.i > 0 and subj.doc[subj.i - 1].lower_ == "per"
    )
    return share and any(c.dep_ == "nummod" for c in subj.subtree)


def _other_speaker(subj: Token) -> bool:
    """Is a subject marked as someone else ("others", "other donors", "another aide")?"""
    return subj.lower_ in _OTHER_WORDS or any(
        c.dep_ in ("amod", "det") and c.lower_ in _OTHER_WORDS for c in subj.children
    )


def _tense(verb: Token) -> str:
    """ "past" or "present" for a finite verb, else its tag."""
    if verb.tag_ == "VBD":
        return "past"
    return "present" if verb.tag_ in ("VBZ", "VBP") else verb.tag_


# Verbs whose content may be a scene with its own speakers in it ("shows X while police shout").
_SHOWING = frozenset({"show", "reveal", "depict", "demonstrate", "display", "capture"})
# Conjunctions that set a second speaker's clause against the first ("..., while X warned").
_CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


# What auxiliaries let a verb joined to another share them: after "to" or a modal only a
# bare verb, after "has" a participle, after "is" a participle or gerund.
_SHARES_AUX = {
    "to": frozenset({"VB"}),
    "modal": frozenset({"VB"}),
    "have": frozenset({"VBN"}),
    "be": frozenset({"VBG", "VBN", "VBD"}),
}


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _aux_kind(verb: Token) -> str | None:
    """The auxiliary a verb's form is bound by ("to", a modal, "have", "be"), or None."""
    for c in verb.children:
        if c.dep_ not in ("aux", "auxpass") or c.i > verb.i:
            continue
        if c.lower_ == "to":
            return "to"
        if c.tag_ == "MD":
            return "modal"
        if c.lemma_.lower() in ("have", "be"):
            return c.lemma_.lower()
    return None


def _form_clashes(conj: Token, head: Token) -> bool:
    """Can `conj` not be joined to `head`: its form cannot share the head's auxiliary ("to
    approve the plan and tried ..."), or, with none, a gerund joined to a finite verb, or a
    verb of saying or judging in the past joined to a present or the reverse ("that she
    understands X but downplayed Y")? ("notes that he was the first and has the most
    experience": a tense clash alone proves nothing.)"""
    kind = _aux_kind(head)
    if kind is not None:
        if conj.tag_ in _FINITE_TAGS and conj.tag_ in _finite_aux_tags(head):
            return False  # "had logged 9,000 hours and had no ties": two predicates, one tense
        return conj.tag_ not in _SHARES_AUX[kind]
    if head.tag_ == "VBG" and _own_finite_aux(conj):
        return True  # "proposed banning X and has gone so far as to ...": not the gerund's
    if head.tag_ in ("VBD", "VBZ", "VBP"):
        if conj.tag_ == "VBG":
            return True
        lemma = conj.lemma_.lower()
        cue_word = lemma in CUE_VERBS or (lemma, "verb") in LEARNED_CUES
        clash = (head.tag_ == "VBD") != (conj.tag_ == "VBD") and conj.tag_ in _FINITE_TAGS
        return cue_word and clash
    return False


def _finite_aux_tags(verb: Token) -> set[str]:
    """The tags of a verb's auxiliaries that bear tense ("had" VBD in "had logged")."""
    return {
        c.tag_
        for c in verb.children
        if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.tag_ in ("VBZ", "VBD", "VBP")
    }


def _own_finite_aux(verb: Token) -> bool:
    """Has a verb an auxiliary of its own that bears tense ("has gone", "will go")?"""
    return any(
        c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.tag_ in ("VBZ", "VBD", "VBP", "MD")
        for c in verb.children
    )


def _same_form(tok: Token, cue: Token) -> bool:
    """Is a verb of the cue's form? A cue in the perfect ("has called on X to ... and
    proposed Y") shares its auxiliary with a participle the tagger may read as a past."""
    if tok.tag_ == cue.tag_:
        return True
    return (
        cue.tag_ == "VBN"
        and tok.tag_ == "VBD"
        and _aux_kind(cue) == "have"
        and not _own_finite_aux(tok)
    )


def _content_verb_of_form(conj: Token, inner: SpacySpan) -> bool:
    """Does a verb of the content above the conjunct's head have the conjunct's form ("added
    that Roe used a laptop to manage files and never used ...")? Then the conjunct can be
    that verb's second predicate, still part of what was said."""
    return any(
        a.i != conj.head.i and inner.start <= a.i < inner.end and a.tag_ == conj.tag_
        for a in conj.head.ancestors
    )


def _judging_word(tok: Token) -> bool:
    """Is a verb one PolNeAR train knows as a cue more often than not ("chide", "blast")?"""
    lemma = tok.lemma_.lower()
    learned = LEARNED_CUES.get((lemma, "verb"))
    return lemma in CUE_VERBS or (learned is not None and learned[0] >= 0.5)


def _earlier_word_of_form(conj: Token, inner: SpacySpan) -> bool:
    """Is there, between the conjunct's head and it, another verb or auxiliary of the
    conjunct's tense ("believes Obama was born in X and was therefore qualified")? The
    conjunct may then go with that deeper clause; a tense clash proves nothing."""
    if conj.tag_ not in _FINITE_TAGS:
        return False
    return any(
        t.tag_ == conj.tag_ and t.pos_ in ("VERB", "AUX")
        for t in inner
        if conj.head.i < t.i < conj.i
    )


def _cut_second_predicate(
    doc: Doc, span: tuple[int, int], cue: Token, quotes: list[Quote]
) -> tuple[tuple[int, int], Token | None]:
    """Cut an unquoted content before a verb that goes with the cue, not with the content, though
    the parse joined it to the content's verb: a conjunct of the cue's own form that the content
    verb's form cannot take ("questioning how X has handled it and demanding that ...", "urged
    X to act and tried to ...") or a comma-set participle of saying ("said he would do the
    same, saying that ..."). The speaker's second act is not what was said the first time.
    Returns the span and the verb cut off (None when nothing was cut)."""
    start, end = span
    inner = doc.char_span(start, end, alignment_mode="contract")
    if inner is None or len(inner) < 4:
        return span, None
    text = doc_text(doc)
    for tok in inner[2:]:
        if tok.pos_ not in ("VERB", "AUX") or tok.head.i < inner.start or tok.head.i == tok.i:
            continue
        if any(q.start <= tok.idx < q.end for q in quotes):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            continue
        first = tok.left_edge.i
        cut_at: int | None = None
        if (
            tok.dep_ == "conj"
            and (
                (
                    tok.head.pos_ in ("VERB", "AUX")
                    and _form_clashes(tok, tok.head)
                    and not _content_verb_of_form(tok, inner)
                    and not _earlier_word_of_form(tok, inner)
                )
                or (tok.lemma_.lower() in SPEECH_VERBS and tok.lemma_.lower() != "be")
                # "stating X and chiding the media": a participle of judging after one of saying
                or (tok.tag_ == "VBG" and _judging_word(tok))
            )
            and _same_form(tok, cue)
        ):
            # "mentioning the need for a wall and adding, ...": a verb of saying of the cue's
            # own form with no subject of its own is the speaker's next act.
            cc = first - 1
            if doc[cc].dep_ == "cc" and cc > inner.start:
                cut_at = cc
        elif (
            tok.dep_ in ("advcl", "acl")
            and tok.tag_ == "VBG"
            and tok.lemma_.lower() in SPEECH_VERBS
            and first > inner.start
            and doc[first - 1].text == ","
        ):
            # (also a participle the parse hung on the object: "rejected the notion that X,
            # saying that ...")
            cut_at = first - 1
        elif (
            tok.tag_ == "VBG"
            and tok.dep_ in ("advcl", "conj", "xcomp", "acl")
            and _right_after_quote(doc[first].idx, start, quotes, text)
        ):
            # '"We will win," pointing to the polls': after the quotation the writer goes
            # on in his own words, about what the speaker did.
            cut_at = first
        if cut_at is None:
            continue
        cut = _trim(text, start, doc[cut_at].idx)
        if cut[1] > cut[0]:
            return cut, tok
    return span, None


def _right_after_quote(at: int, start: int, quotes: list[Quote], text: str) -> bool:
    """Does a quotation inside the content (from `start`) close right before `at`, with at
    most a comma between?"""
    return any(start < q.end <= at and not text[q.end : at].strip(" ,") for q in quotes)


def _called_on(verb: Token, xcomp: Token) -> list[Token]:
    """The object of "on"/"upon" between a verb and its infinitive ("called on Dean to
    apologize"; the parse may take "on" for a particle: "called on hunt supporters to meet"),
    not a time ("called on Wednesday to ..."); empty when there is none."""
    for c in verb.children:
        if (
            c.dep_ not in ("prep", "prt")
            or c.lower_ not in ("on", "upon")
            or not verb.i < c.i < xcomp.i
        ):
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if (
            objs
            and objs[0].ent_type_ not in ("DATE", "TIME")
            and _subtree(objs[0])[1] <= xcomp.left_edge.idx
        ):
            return objs
    return []


# The word that opens a reported clause ("that", "whether", "if").
_OPENS_CLAUSE = re.compile(r"(?:that|whether|if)\b", re.IGNORECASE)


def _snap_to_quotes(span: tuple[int, int], quotes: list[Quote], text: str) -> tuple[int, int]:
    """Grow a content span to whole quotations it cuts into, so quote marks are kept."""
    start, end = _trim(text, *span)
    for q in quotes:
        if q.start >= end + 2:
            break
        if q.end <= start - 2 or (
            q.end < start
            and text[q.end : start].strip(_QUOTE_MARKS)
            and (text[start] in _QUOTE_MARKS or _OPENS_CLAUSE.match(text, start) is not None)
        ):
            # a quotation closed before the span ("stating on “Hannity” that ..."); one
            # closed right where the span starts runs on into it (a paragraph's quotation
            # left open, as British news goes on quoting in the next)
            continue
        # The span reaches into the quote, or stops just short of its marks.
        if q.start <= start + 1 and q.start < end:
            start = min(start, q.start)
        if q.end >= end - 1 and q.start < end:
            end = max(end, q.end) if q.end - end <= 3 or q.start >= start else end
    return start, end


def _quote_after_writers_colon(
    verb: Token, quotes: list[Quote], text: str, start: int
) -> tuple[int, int] | None:
    """A quotation that ends right before the tag and is opened by a colon that closes the
    writer's own unquoted clause: that quotation, else None."""
    lead = _leftmost_clause_token(verb).idx
    for q in quotes:
        if q.start <= start or q.end > lead or text[q.end : lead].strip(" ,"):
            continue
        before = text[start : q.start].rstrip()
        if before.endswith(":") and not any(ch in before for ch in '“”"') and "\n" not in before:
            return q.start, q.end
    return None


def _adjacent_quote(
    verb: Token, quotes: list[Quote], text: str, after_only: bool = False, any_verb: bool = False
) -> tuple[int, int] | None:
    """A quotation right before the clause of a speech verb, or right after it ("said: ...")."""
    if not any_verb and verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    verb_end = verb.idx + len(verb.text)
    right = verb.right_edge
    while right.is_space and right.i > verb.i:
        right = verb.doc[right.i - 1]
    clause_end = right.idx + len(right.text)
    sent_end = verb.sent.end_char
    lead = _leftmost_clause_token(verb).idx
    for q in quotes:
        if q.start > clause_end + 3:
            break
        if q.end <= lead and not after_only:
            gap = text[q.end : lead]
            # "“...,” he said": the quote hands over with a comma (or ?/!), not a full stop.
            last = text[q.start : q.end].rstrip(_QUOTE_MARKS + " ")[-1:]
            if _only_glue(gap) and "\n" not in gap and (last in ",?!—–-" or "," in gap):
                return q.start, q.end
        elif verb_end <= q.start < sent_end:
            gaps = [text[verb_end : q.start]]
            # "said X on Monday: “...”": the quote follows the whole tag. A quote that starts
            # inside the clause ("said X, adding that “...”") belongs to the clause's own cue.
            if text[clause_end - 1] not in ".!?" and clause_end <= q.start:
                gaps.append(text[clause_end : q.start])
            for gap in gaps:
                if _only_glue(gap) and "\n" not in gap:
                    return q.start, q.end
    return None


def _leftmost_clause_token(verb: Token) -> Token:
    """The first token of the "he said" part: the verb and its subject, whichever comes first."""
    subj = _nearest_subject(verb)
    if subj is not None and subj.left_edge.i < verb.i:
        return subj.left_edge
    return verb


def _split_parts(d: _Draft, quotes: list[Quote], text: str) -> list[tuple[int, int]]:
    """The content's stretches without the attribution: a speaker tag set inside a content
    ("“A,” said Roe, the chair. “B.”"; "Acts of protest, he said, are ...") splits it."""
    tag = [span for span in (d.cue, d.source) if span is not None]
    parts: list[tuple[int, int]] = []
    for start, end in d.parts or [d.content]:
        inside = [t for t in tag if start <= t[0] and t[1] <= end]
        if not inside:
            parts.append((start, end))
            continue
        t0 = min(t[0] for t in inside)
        t1 = max(t[1] for t in inside)
        # The tag runs from the quote it follows to the quote it opens, with whatever hangs
        # on the cue between them ("told reporters on Monday").
        before = [q.end for q in quotes if start <= q.start and q.end <= t0]
        after = [q.start for q in quotes if t1 <= q.start and q.end <= end + 1]
        left = (start, max(before) if before else t0)
        right = (min(after) if after else t1, end)
        if d.cue_token is not None and after:
            # "Putting the show together, Roe said, allowed him to “get in touch ...”": words
            # between the tag and the quote that do not hang on the cue are the content's.
            right = (_tag_end(d.cue_token, t1, right[0]), end)
        if d.cue_token is not None and d.tag_inside and not after and t1 < end:
            # "The plan, she said on Monday, would cost ...", "as Lee points out in a column
            # for the Herald, holding the vote ...": the phrases after the tag that hang on
            # its cue, up to a comma, are the tag's, no part of what was said.
            right = (_tag_phrases_end(d.cue_token, t1, end), end)
        if d.cue_token is not None and not before:
            # "But as the tabloid noted ..., the candidate “has ...”": the "But as" that
            # opens the tag is the tag's, no part of what was said.
            left = (start, _tag_start(d.cue_token, start, t0))
        if d.tag_inside and before and any(c.isalnum() for c in text[max(before) : t0]):
            # "Any ''clear'' reading of it, said Roe, would ...": the words after the quotation
            # are the clause's too (not a tag's "And as" nor a dangling "as")
            cut = _tag_start(d.cue_token, start, t0) if d.cue_token is not None else t0
            left = _drop_dangling_connective(text, start, cut) if cut > start else (start, start)
        if (
            d.tag_inside
            and after
            and right[0] == min(after)
            and any(c.isalnum() for c in text[t1 : min(after)])
        ):
            # "..., said Roe, would read it as ''the best means''": the parse hung the whole
            # clause on the tag; what follows the tag's last word is the clause's own
            a = t1
            while a < right[0] and not text[a].isalnum():
                a += 1
            right = (a, end)
        for a, b in (left, right):
            a, b = _trim(text, a, b)
            if (a, b) != left and _only_tag_phrases(d, a, b):
                # "It disbanded after the election, Politico reported in 2014.": the phrases
                # after the tag that hang on its cue are when and where it was said
                continue
            if b > a and any(c.isalnum() for c in text[a:b]) and not _only_marks(d, a, b):
                parts.append((a, b))
    if d.cue is not None and d.cue_token is not None:
        parts = [_one_side_of_quote_end(text, quotes, d.cue, a, b) for a, b in parts]
    if parts:
        parts[-1] = _drop_dangling_connective(text, *parts[-1])
        parts = _drop_leading_connective(text, parts)
        parts = _drop_unclosed_bracket(text, parts)
        parts = _with_relative_head(d, text, parts)
    return parts or [d.content]


_RELATIVE_WORDS = frozenset({"which", "that", "who", "whom"})
_RELATIVE_ADVERBS = frozenset({"where", "when", "why", "whereby"})
# What fills a clause's place after its verb: with none of them, a "be" or a passive has a gap.
_COMPLEMENTS = frozenset({"dobj", "attr", "oprd", "acomp", "ccomp", "xcomp", "dative"})


def _has_gap(clause: Token) -> bool:
    """Does a reported clause lack the part the relative's noun fills: its subject ("the
    choices he says | are facing Britain"; "which" standing as it), or, with a subject, the
    complement of a "be" or a passive ("the fools they think | we are", "the money she says |
    she was owed")?"""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or any(s.lower_ in _RELATIVE_WORDS for s in subjects):
        return True
    if clause.tag_ == "MD" or any(c.dep_ == "mark" for c in clause.children):
        return False  # "that ..." opens a whole clause
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
    copula = clause.lemma_ == "be"
    return (passive or copula) and not any(c.dep_ in _COMPLEMENTS for c in clause.children)


def _with_relative_head(
    d: _Draft, text: str, parts: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """ "He set out the choices he says are facing Britain": a cue in a relative clause of a
    noun, with a subject of its own, reports a clause with a gap that noun fills ("the choices
    are facing Britain", "she was owed the money"): the noun's phrase leads the content, and
    a relative pronoun standing for it ("the policy, which | he says | is failing") gives way
    to it."""
    cue = d.cue_token
    if cue is None or cue.dep_ != "relcl" or not parts:
        return parts
    head = cue.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > cue.i:
        return parts
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lower_ in _RELATIVE_WORDS for s in subjects):
        return parts  # "the man who said ...": the noun is the speaker, not what was said
    if any(c.dep_ in ("dobj", "dative") for c in cue.children):
        return parts
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    if len(clauses) != 1 or not _has_gap(clauses[0]):
        return parts  # "wills, where people say they want ...": a whole clause, no gap
    inside = {t.i for t in clauses[0].subtree}
    if any(
        t.lower_ in _RELATIVE_WORDS | _RELATIVE_ADVERBS and t.i not in inside
        for t in cue.doc[head.i + 1 : cue.i]
    ):
        return parts  # "the amendment in which they wrote ...": the noun is no part of it
    a, b = head.left_edge.idx, head.idx + len(head.text)
    if parts[0][0] <= a:
        return parts
    kept = [(x, y) for x, y in parts if text[x:y].lower() not in _RELATIVE_WORDS]
    return [(a, b), *kept] if kept else parts


def _only_tag_phrases(d: _Draft, start: int, end: int) -> bool:
    """Are the words of a stretch after the tag all phrases hanging on its cue, not on what
    it reports (a time, a place, a medium: "reported | in 2014", "said | on Fox News")?"""
    tok = d.cue_token
    if tok is None or d.cue is None or start < d.cue[1]:
        return False
    reported = {t.i for c in tok.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
    own = {
        t.i
        for c in tok.children
        if c.i > tok.i
        and (c.dep_ in ("npadvmod", "advmod") or (c.dep_ == "prep" and c.lower_ in _TAG_PREPS))
        for t in c.subtree
    } - reported
    words = [t for t in tok.doc if start <= t.idx < end and not t.is_punct and not t.is_space]
    return 0 < len(words) <= 6 and all(t.i in own for t in words)


# Prepositions of when, where and through what something was said ("reported in 2014", "said
# on Fox News", "told reporters at the rally"); not "of", "about", which open what was said.
_TAG_PREPS = frozenset({"in", "on", "at", "during", "via", "through", "from", "to", "after"})


def _only_marks(d: _Draft, start: int, end: int) -> bool:
    """A stretch beside a tag whose words are only conjunctions and complementizers ("hints
    on whether, | as the opposition claims, | he plans ..."): the sentence's frame, nothing
    the source said."""
    tok = d.cue_token
    if tok is None:
        return False
    words = [t for t in tok.doc if start <= t.idx < end and not t.is_punct and not t.is_space]
    return bool(words) and all(
        (t.pos_ in ("CCONJ", "SCONJ") or t.dep_ in ("cc", "mark"))
        and (t.lower_ not in _WH_MARKS or t.lower_ in ("whether", "if"))
        for t in words
    )


def _drop_unclosed_bracket(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop a bracket opening a content that is not closed in it ("(Lopez's book has sold
    235,000 copies, according to Nielsen.)"): the writer's aside holds the claim, the
    bracket is the aside's."""
    a, b = parts[0]
    last = parts[-1][1]
    if text[a : a + 1] in ("(", "[") and ")]"["([".index(text[a])] not in text[a:last]:
        a, b = _trim(text, a + 1, b)
        if b > a:
            return [(a, b), *parts[1:]]
    return parts


# Sentence adverbs by which the writer links a sentence to the one before ("Still, he said,
# ...", "However, officials said ..."): set off by a comma at a content's start, they are
# the writer's, not the source's (PolNeAR train leaves them out 13 times in 16).
_LINKING_ADVERBS = frozenset(
    {
        "still",
        "however",
        "indeed",
        "and",
        "yet",
        "so",
        "also",
        "moreover",
        "nonetheless",
        "nevertheless",
        "instead",
        "meanwhile",
        "rather",
        "but",
    }
)
# Conjunctions opening a sentence that link it to the one before, in the writer's flow ("But
# during the roll call, states are called in order, he noted"), even with no comma after.
_SENTENCE_LINKS = frozenset({"But", "And", "Yet"})


# Linking phrases of the writer's, set off by a comma like the adverbs above ("In fact, neither
# plan would ..., analysts say").
_LINKING_PHRASES = frozenset({"in fact", "even so", "by contrast", "in contrast", "in addition"})
_WRITERS_OWN_AS = re.compile(
    r"as (?:i|we) (?:have )?(?:mentioned|noted|wrote|written|said|explained|reported)"
    r"(?: (?:above|earlier|before|previously))?\s*,\s*",
    re.IGNORECASE,
)
_LINKING_PHRASE = re.compile(r"((?:in|even|by)\s+(?:fact|so|contrast|addition))\s*(,?)\s*", re.I)


def _drop_leading_connective(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop a linking adverb and its comma that open an unquoted content, or a first part
    that is only that adverb (the tag set in after it)."""
    a, b = parts[0]
    own = _WRITERS_OWN_AS.match(text[a:b])
    if own is not None and own.end() < b - a:
        # "As I mentioned above, Roe got 13 million votes, according to ...": the writer's
        # pointer to their own text, not the source's.
        a += own.end()
        parts = [(a, b), *parts[1:]]
    m = _LINKING_PHRASE.match(text[a:b]) or re.match(r"([A-Za-z]+)\s*(,?)\s*", text[a:b])
    if m is None or " ".join(m.group(1).lower().split()) not in _LINKING_ADVERBS | _LINKING_PHRASES:
        return parts
    if m.end() >= b - a and len(parts) > 1:
        return parts[1:]  # "Still | officials have to decide ..."
    if m.group(2) == "," and m.end() < b - a:
        return [(a + m.end(), b), *parts[1:]]
    if m.group(1) in _SENTENCE_LINKS and m.end() < b - a:
        return [(a + m.end(), b), *parts[1:]]  # "But during the roll call, states are ..."
    return parts


# How phrases hang on a speech verb that are no part of what was said ("on Monday", "in a
# column for the Herald", "later").
_TAG_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "agent"})


def _tag_phrases_end(cue: Token, t1: int, end: int) -> int:
    """Where the content after a speaker tag set into it starts, when no quote follows: past
    the phrases right after the tag that hang on its cue ("she said | on Monday |, would ...")
    and the comma that closes them; `t1` when the words after the tag are not only such
    phrases closed by a comma."""
    doc = cue.doc
    own = {t.i for c in cue.children if c.dep_ in _TAG_ADJUNCTS and c.i > cue.i for t in c.subtree}
    seen = False
    for tok in doc[cue.i + 1 :]:
        if tok.idx < t1 or tok.is_space:
            continue
        if tok.idx >= end:
            break
        if tok.text == "," and seen:
            nxt = tok.idx + len(tok.text)
            while nxt < end and doc.text[nxt].isspace():
                nxt += 1
            return nxt
        if tok.i not in own:
            return t1
        seen = True
    return t1


def _tag_end(cue: Token, t1: int, quote_start: int) -> int:
    """Where the words after a speaker tag stop hanging on its cue, before a quote opening at
    `quote_start` (the first word between them outside the cue's subtree), else the quote."""
    doc = cue.doc
    # (the clause the cue reports is no part of the tag: "a bill which critics claim would
    # legalise it “by the back door”")
    reported = {t.i for c in cue.children if c.dep_ == "ccomp" for t in c.subtree}
    own = {t.i for t in cue.subtree} - reported
    for tok in doc:
        if tok.idx < t1 or tok.is_punct or tok.is_space:
            continue
        if tok.idx >= quote_start:
            break
        if tok.i not in own and tok.ent_type_ not in ("DATE", "TIME") and tok.pos_ != "CCONJ":
            # (not a day the parse hung elsewhere, "noted in an op-ed Thursday,", nor an "and"
            # that only joins the quote on); words set off by a dash before the quote ("--
            # when he would not worry about re-election -- “...”") are the writer's framing.
            between = doc.text[tok.idx : quote_start].rstrip()
            return quote_start if between.endswith(("--", "—", "–")) else tok.idx
    return quote_start


_WH_MARKS = frozenset({"why", "how", "what", "when", "where", "whether", "which", "who", "if"})


def _tag_start(cue: Token, start: int, t0: int) -> int:
    """Where the content before a speaker tag ends: nothing of it is left when the words from
    `start` up to the tag (`t0`) are only conjunctions that open the tag ("But as | the
    tabloid noted", "If, as | she suggested"); a word that stands for something ("which |
    is full", a raised subject) stays."""
    doc = cue.doc
    words = [t for t in doc if start <= t.idx < t0 and not t.is_punct and not t.is_space]
    if words and all(
        (t.pos_ in ("CCONJ", "SCONJ") or t.dep_ in ("cc", "mark")) and t.lower_ not in _WH_MARKS
        for t in words
    ):
        return start
    # "The minister plans, as | the opposition claims, to ...": the cue's own "as" opens the
    # tag, whatever stands before it.
    own = len(words)
    while own and words[own - 1].dep_ == "mark" and words[own - 1].head.i == cue.i:
        own -= 1
    if own < len(words):
        return words[own].idx
    return t0


# A quotation that closes a sentence: its last word is followed by . ? or ! inside the marks.
_CLOSES_SENTENCE = re.compile(r"[.?!…][\s\"'”’]*$")


def _one_side_of_quote_end(
    text: str, quotes: list[Quote], cue: tuple[int, int], start: int, end: int
) -> tuple[int, int]:
    """A part that runs over the end of a quoted sentence into unquoted words ('he said: "We
    need to change." This is the record ...') holds two sentences of two voices: what the cue
    reports is on its own side of that boundary. A cue before the part keeps what ends with
    the quote; a cue after it ("..., according to an aide") keeps what follows the quote."""
    for q in quotes:
        if q.end >= end or q.end <= start or q.start < start:
            continue
        if not _CLOSES_SENTENCE.search(text, q.start, q.end):
            continue
        # Up to the next quotation: only unquoted words after this one split the part
        # (two quotes in a row are one speaker's turn).
        nxt = min((r.start for r in quotes if r.start >= q.end and r.start < end), default=end)
        gap = text[q.end : nxt]
        first = next((c for c in gap if c.isalnum()), "")
        if not first.isupper():
            continue  # no new sentence ('shouted "Bobby!" at a rally', '"Why?" she said')
        if cue[1] <= start:
            left = _trim(text, start, q.end)
            return left if left[1] > left[0] else (start, end)
        if cue[0] >= end:
            right = _trim(text, q.end, end)
            if right[1] > right[0] and any(c.isalnum() for c in text[right[0] : right[1]]):
                return _one_side_of_quote_end(text, quotes, cue, *right)
        return start, end
    return start, end


# A word that joins the content to what follows it, never the end of what was said.
_CONNECTIVES = frozenset({"and", "but", "or", "nor", "as", "while", "because", "although", "yet"})
_DANGLING = re.compile(r"[\s,;:—–-]+([A-Za-z]+)$")


def _drop_dangling_connective(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a conjunction the content's parse left at its end ("that the video should be
    released but", "the plan would pass, and"): the clause it opened is not the content."""
    m = _DANGLING.search(text, start, end)
    if m is None or m.group(1).lower() not in _CONNECTIVES or text[end - 1] in "\"”’'":
        return start, end
    a, b = _trim(text, start, m.start())
    return (a, b) if b > a and any(c.isalnum() for c in text[a:b]) else (start, end)
