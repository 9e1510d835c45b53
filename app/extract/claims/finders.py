"""Cue finders: walk the parse for verb, noun and "according to" cues, each giving a draft claim."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from app.extract.claim_lexicon import LEARNED_CUES
from app.extract.claims.contents import (
    _adjacent_quote,
    _clause_content,
    _closed_by_colon,
    _cut_at_semicolon,
    _cut_coordinated_attribution,
    _cut_saying_day,
    _cut_second_predicate,
    _cut_trailing_attribution,
    _drop_lead_addressee,
    _drop_quote_gloss,
    _drop_shell_gloss,
    _drop_trailing_aside,
    _snap_to_quotes,
)
from app.extract.claims.draft import _QUOTE_MARKS, _RELATIVE, _SUBJECTS, _Draft
from app.extract.claims.sources import (
    _find_subject,
    _keep_abbreviation,
    _source_edges,
    _source_span,
)
from app.extract.claims.spans import _subtree, _trim
from app.extract.cues import (
    BELIEF_VERBS,
    CLAUSE_ONLY_VERBS,
    CUE_NOUNS,
    CUE_VERBS,
    HEDGE_WORDS,
    INTENTION_VERBS,
    REPORT_NOUNS,
    SPEECH_VERBS,
)
from app.extract.quotes import Quote
from app.extract.tokens import token_table


def _verb_cue(
    tok: Token, quotes: list[Quote], text: str, frames: frozenset[str] = frozenset()
) -> _Draft | None:
    lemma = tok.lemma_.lower()
    if _all_told(tok) or _that_said(tok):
        return None
    raised = _raising_content(tok, frames)
    if raised is not None:
        # "The crowd seemed to cheer": nobody is named as holding the impression.
        return _Draft(
            cue=(tok.idx, tok.idx + len(tok.text)), content=raised, cue_token=tok, how="raising"
        )
    if _object_gap(tok, quotes):
        return None
    content = _clause_content(tok, quotes, text, frames)
    how = _content_frame(tok)
    if content is None:
        content = _adjacent_quote(tok, quotes, text)
        how = "quote"
        whole = _clause_around_tag(tok, content, quotes)
        if whole is not None:
            content, how = whole, "parenthetical"
    if content is None:
        content = _parenthetical_content(tok)
        how = "parenthetical"
    if content is None:
        content = _inverted_tag_content(tok, quotes)
        how = "ccomp"
    if content is None:
        content = _block_after_colon(tok, text)
        how = "quote"
    if content is None:
        content = _closing_tag_content(tok, quotes)
        how = "ccomp"
    if content is None:
        content = _for_clause(tok, frames)
        how = "xcomp"
    if content is None or _goes_on_doing(tok, content):
        return None
    subj, _passive = _find_subject(tok)
    split = _split_by_inverted_tag(tok) if how in ("parenthetical", "ccomp") else None
    if split is not None:
        # "Their plan, said the minister, would cost jobs": the speaker is after the verb; the
        # subject before the comma, which the parse hung on the tag, is the content's own.
        pre, subj = split
        content = (min(content[0], pre.left_edge.idx), content[1])
    if how == "parenthetical" and subj is not None:
        joined = _speaker_joined_to_subject(tok, subj)
        if joined is not None:
            # "The root of his appeal, farmers and dealers say, is simple": the parse joined
            # the speakers to the reported clause's subject; that subject is what was said of.
            content = (min(content[0], subj.left_edge.idx), content[1])
            subj = joined
    if subj is not None and (subj.i == tok.i or _raised_subject(tok)):
        subj = None
    if subj is not None and subj.i > tok.i and any(q.start < subj.idx < q.end for q in quotes):
        # "“...,” Flynn, an aide, said on Fox News’s “Fox and Friends.”": a quoted title after
        # the verb is no speaker; the name between the quote and the verb is.
        subj = _name_before(tok, quotes)
    cue_end = tok.idx + len(tok.text)
    for child in tok.children:
        if child.dep_ == "prt" and child.i == tok.i + 1:
            cue_end = child.idx + len(child.text)
        if (
            child.dep_ == "prep"
            and child.i == tok.i + 1
            and child.lower_ in ("on", "upon", "for")
            and child.i + 1 < len(tok.doc)
            and content[0] == tok.doc[child.i + 1].idx
        ):
            cue_end = child.idx + len(child.text)  # "called on | Dean to apologize", "asked for"
    if how == "xcomp" and _for_mark_before(tok, content) is not None:
        # "called for | the party to unite": the "for" that opens the clause is the cue's.
        mark = _for_mark_before(tok, content)
        assert mark is not None
        cue_end = mark.idx + len(mark.text)
    if how == "prep":
        # "called for a moratorium", "complained about the mic": the preposition that
        # introduces the content belongs to the cue; "called a moratorium" is another act.
        prep = _introducing_prep(tok, content)
        if prep is not None:
            cue_end = prep.idx + len(prep.text)
    draft = _Draft(cue=(tok.idx, cue_end), content=content, cue_token=tok, how=how)
    draft.tag_inside = split is not None or how == "parenthetical"
    if subj is not None:
        draft.source = _source_edges(
            text, _keep_abbreviation(tok.doc, text, _trim(text, *_source_span(subj, tok)))
        )
        draft.source_head = subj
        if subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
            draft.antecedent = tok.head
    if lemma in HEDGE_WORDS and not _proposal(tok):
        draft.hedges.append(tok.lower_)
    return draft


# What "continue to ..." may go on with and still report: saying, believing, taking a side,
# voicing, intending ("continued to express doubts", "continue to push for").
_GOING_ON_REPORTS = CUE_VERBS | INTENTION_VERBS | frozenset({"express", "voice", "articulate"})


def _goes_on_doing(verb: Token, content: tuple[int, int]) -> bool:
    """ "Her lead continues to grow", "Cruz continued campaigning": "continue" with an
    infinitive or a gerund is an act going on, not words going on ('"...," he continued');
    only when what goes on is itself saying, believing or taking a side ("continued to
    insist that ...", "continue to back Roe") is there a report in it."""
    if verb.lemma_.lower() != "continue":
        return False
    for c in verb.children:
        if (
            c.dep_ == "xcomp"
            and c.pos_ in ("VERB", "AUX")
            and c.i > verb.i
            and c.left_edge.idx == content[0]
            and not any(q in verb.doc.text[content[0] : content[1]] for q in ('"', "“", "”", "''"))
        ):
            return not any(
                t.pos_ == "VERB" and t.lemma_.lower() in _GOING_ON_REPORTS for t in c.subtree
            )
    return False


def _that_said(verb: Token) -> bool:
    """ "That said, Cruz cannot win outright", "This being said, ...": the idiom concedes the
    writer's last point; "that" said nothing."""
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].lower_ == "being":
        k -= 1
    return (
        verb.lower_ == "said"
        and k >= 0
        and doc[k].lower_ in ("that", "this")
        and (k == 0 or doc[k - 1].is_punct or doc[k - 1].is_space or bool(doc[k].is_sent_start))
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].text == ","
    )


def _all_told(verb: Token) -> bool:
    """ "All told, the group raised $4 million": the idiom sums up; nobody told anything."""
    doc = verb.doc
    return (
        verb.lower_ == "told"
        and verb.i > 0
        and doc[verb.i - 1].lower_ == "all"
        and (verb.i == 1 or doc[verb.i - 2].is_punct or doc[verb.i - 2].is_space)
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].text == ","
    )


# Verbs of saying and thinking that take a "to" infinitive only in the passive ("is said to
# be", "widely reported to have resigned"): their subject is whom the words are about.
_RAISING = frozenset(
    {"say", "report", "believe", "think", "allege", "rumour", "rumor", "know", "understand"}
)


def _raised_subject(verb: Token) -> bool:
    """Is the subject of `verb` the topic of unnamed sources ("The chief, widely reported to
    have resigned, ...", "Ann Roe is believed to have left"): `verb` is such a verb with a "to"
    infinitive and no object? The parser may read the participle as a past tense."""
    if verb.lemma_.lower() not in _RAISING:
        return False
    if any(c.dep_ in ("dobj", "dative", "agent") for c in verb.children):
        return False
    doc = verb.doc
    for c in verb.children:
        to = next((a for a in c.children if a.tag_ == "TO"), None) if c.dep_ == "xcomp" else None
        # the infinitive right after the verb ("reported to have", "said widely to be"); not
        # one after its other words ("reported about an email, just to pick up ...")
        if to is not None and all(t.pos_ == "ADV" for t in doc[verb.i + 1 : to.i]):
            return True
    return False


def _for_clause(verb: Token, frames: frozenset[str]) -> tuple[int, int] | None:
    """ "called for the party to unite", "pushed for lawmakers to act": a verb that takes "for"
    + its object (a learned frame) with a "for ... to" clause, which the parser hangs on the
    verb as an adverbial clause opened by "for": who is to act and what, after the "for"."""
    if "prep:for" not in frames:
        return None
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i or c.pos_ != "VERB":
            continue
        first = c.left_edge
        if not (first.lower_ == "for" and first.dep_ == "mark" and first.head.i == c.i):
            continue
        if first.i not in (verb.i + 1, verb.i + 2):
            continue  # "called Roe yesterday for ...": a reason, not what was called for
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        if not any(a.dep_ in ("nsubj", "nsubjpass") and a.i < c.i for a in c.children):
            continue
        return verb.doc[first.i + 1].idx, _subtree(c)[1]
    return None


def _for_mark_before(verb: Token, content: tuple[int, int]) -> Token | None:
    """The "for" right before a content that opens just after the verb (or its particle)."""
    doc = verb.doc
    for k in (verb.i + 1, verb.i + 2):
        if k + 1 < len(doc) and doc[k].lower_ == "for" and doc[k + 1].idx == content[0]:
            return doc[k]
    return None


# Verbs of a tag that closes its sentence after the words it reports ("..., police said").
_TAG_VERBS = frozenset({"show", "find", "report", "say", "tell", "write", "add", "believe"})
# Dependents that a closing tag may carry after its verb ("told a Senate panel Wednesday",
# "said on Saturday", "reported on Tuesday", "said in a statement").
_TAG_TAIL = frozenset({"prep", "npadvmod", "advmod", "punct", "dobj", "dative", "prt", "agent"})


def _closing_tag_content(verb: Token, quotes: list[Quote]) -> tuple[int, int] | None:
    """ "Those who borrow heavily struggle, even with a good job, he said.": a tag of subject
    and verb of saying that closes its sentence after a comma reports all of the sentence
    before the comma, however the parser joined the two (it may find no clause at all, or
    take the clause for something else). Only when the verb has no clause of its own, its
    subject stands right after the comma, nothing but adjuncts follow the verb, and the words
    before are a clause of four words or more outside any quotation."""
    lemma = verb.lemma_.lower()
    if lemma not in _TAG_VERBS and lemma not in SPEECH_VERBS:
        return None
    if lemma not in _TAG_VERBS and lemma not in CLAUSE_ONLY_VERBS:
        return None
    doc = verb.doc
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subj) != 1 or subj[0].lower_ in _RELATIVE:
        return None
    first_subj = subj[0].left_edge
    if any(
        c.dep_ in ("ccomp", "xcomp", "csubj", "advcl", "conj")
        # a condition of the words before the comma that the parse hung on the tag ("Taxes
        # will rise if Labour wins, the leader has claimed") is theirs, not the tag's clause
        and not (c.dep_ == "advcl" and c.right_edge.i < first_subj.i)
        for c in verb.children
    ):
        return None
    if any(c.dep_ == "dobj" for c in verb.children) and lemma not in ("tell", "show"):
        return None
    if lemma in BELIEF_VERBS and any(c.dep_ == "prep" for c in verb.children):
        return None  # "voters still believe in the dream": what is believed follows
    if first_subj.i == 0 or doc[first_subj.i - 1].text != ",":
        return None
    if any(t.i != subj[0].right_edge.i and t.pos_ == "VERB" for t in subj[0].subtree):
        return None  # the comma closes a clause of the subject's own ("those who ..., he")
    if any(t.pos_ == "VERB" for t in doc[subj[0].right_edge.i + 1 : verb.i]):
        return None
    sent = verb.sent
    after = [t for t in doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if any(
        not any(a.i == verb.i for a in [t, *t.ancestors])
        or (t.head.i == verb.i and t.dep_ not in _TAG_TAIL)
        for t in after
    ):
        return None  # the sentence goes on after the tag
    comma = doc[first_subj.i - 1]
    first = sent.start
    while first < comma.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    last = comma.i - 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    words = [t for t in doc[first : last + 1] if not t.is_punct]
    if len(words) < 4 or not any(t.tag_ in _FINITE for t in words):
        return None  # "In a changing economy, voters still believe in ...": no clause
    if any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ == "nsubj" for c in t.children)
        for t in words
    ):
        return None  # "Fans chanted, “...,” the paper reports": the report within is a claim
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    if any(q.start < end and start < q.end and (q.start <= start or q.end >= end) for q in quotes):
        return None  # a quotation the tag closes is the quote finders' job
    return start, end


def _proposal(verb: Token) -> bool:
    """Does "suggest" or "propose" put forward an act rather than a guess: its clause's verb in
    the bare form, with no auxiliary ("suggested the Democrats instead debate in Ohio",
    "suggested that he resign")? What is proposed is not weakened, so no hedge."""
    if verb.lemma_.lower() not in ("suggest", "propose"):
        return False
    # (A present after a plural subject, "suggested the attacks highlight", may be a
    # statement; only the bare form the tagger gives is taken for a proposal.)
    return any(
        c.dep_ == "ccomp"
        and c.tag_ == "VB"
        and c.lemma_.lower() not in ("be", "have", "do")
        and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
        for c in verb.children
    )


_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
# Words that stand for what was said when a clause describing them leaves out its "that":
# "Everything Trump says is a lie", "Anything she writes will be used".
_SAID_THINGS = frozenset(
    {"everything", "anything", "nothing", "something", "whatever", "all", "much", "little"}
)


def _object_gap(verb: Token, quotes: list[Quote]) -> bool:
    """ "Everything Trump says is a lie", "What she said was true": the verb of saying sits in
    a clause that describes its own (missing) object, and the finite verb right after it is
    the sentence's, not a clause of what was said. The parser can still take that verb for the
    cue's complement: one that opens with a finite verb and has no subject, after a speaker
    that such a word opens (or follows), with the cue taken for the sentence's own verb.
    "The vote, which she said was a mistake" keeps its claim: there the gap is the
    complement's subject."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return False
    if verb.dep_ == "relcl":
        # "The four loopholes he cited are ...": a clause with no relative word on the
        # sentence's subject (or on a noun the parser left with no verb), whose own verb
        # follows. (On any other noun, "a streak - something Sanders aides argue is
        # possible", the gap is the complement's subject.)
        if verb.head.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
            return False
        if any(c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in verb.children):
            return False
    elif verb.dep_ == "ROOT":
        first = subj[0].left_edge
        before = verb.doc[first.i - 1] if first.i > 0 else None
        if first.lower_ not in _SAID_THINGS and (
            before is None or before.lower_ not in _SAID_THINGS
        ):
            return False
    else:
        return False
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i != verb.i + 1 or c.tag_ not in _FINITE:
            continue
        if c.left_edge.i != c.i or any(q.start <= c.idx < q.end for q in quotes):
            continue
        if not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in c.children):
            return True
    return False


def _block_after_colon(verb: Token, text: str) -> tuple[int, int] | None:
    """ "Limbaugh added:" closing its paragraph: the next paragraph, a block quote set off by
    layout rather than quote marks, is what was said. Only a verb of saying with nothing after
    it but its colon, at the head of its sentence ("The governor added:", "The Times
    reports:"), and one paragraph."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return None
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i + 1 >= len(doc):
        return None
    colon = doc[verb.i + 1]
    if colon.dep_ == "prt" and verb.i + 2 < len(doc):
        colon = doc[verb.i + 2]  # "Lee pointed out:"
    if colon.text != ":":
        return None
    end_of_tag = colon.idx + 1
    rest = text[end_of_tag:]
    gap = len(rest) - len(rest.lstrip(" \t"))
    if not rest[gap:].startswith("\n"):
        return None  # the words follow on the same line: the clause finders' job
    start = end_of_tag + gap
    while start < len(text) and text[start].isspace():
        start += 1
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if len(text[start:stop].split()) < 4:
        return None
    return start, stop


def _name_before(verb: Token, quotes: list[Quote]) -> Token | None:
    """The head of a noun phrase standing alone between a closing quotation mark and the
    verb ("“...,” Flynn, a top Trump surrogate, said"), or None."""
    doc = verb.doc
    closing = [q for q in quotes if q.end <= verb.idx]
    if not closing:
        return None
    start = closing[-1].end
    span = [t for t in doc[verb.sent.start : verb.i] if t.idx >= start]
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 12 or words[0].pos_ != "PROPN":
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    inside = {t.i for t in span}
    heads = [t for t in words if t.head.i not in inside]
    if len(heads) != 1 or heads[0].right_edge.i >= verb.i:
        return None
    if heads[0].left_edge.i < span[0].i - 1:
        return None  # it reaches back into the quotation (beyond its closing mark)
    return heads[0]


def _introducing_prep(verb: Token, content: tuple[int, int]) -> Token | None:
    """The preposition right after the verb whose object is the content, if any."""
    if verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    if nxt.dep_ != "prep" or nxt.head.i != verb.i or nxt.idx > content[0]:
        return None
    if not any(c.left_edge.idx == content[0] for c in nxt.children):
        # "said in a statement that ...": the content starts inside the phrase, not at its
        # object; the preposition opens the occasion, not what was said.
        return None
    return nxt if _subtree(nxt)[1] >= content[1] else None


def _content_frame(verb: Token) -> str:
    """Which of the verb's dependents its content came from: clause, infinitive or object."""
    deps = {c.dep_ for c in verb.children if not _closed_by_colon(c, verb)}
    if "ccomp" in deps:
        return "ccomp"
    if "xcomp" in deps:
        return "xcomp"
    if "prep" in deps and not deps & {"dobj", "attr", "oprd"}:
        return "prep"
    return "object"


# verbs whose infinitive did not happen: "declined to say", "failed to explain"
_NOT_DONE = frozenset({"decline", "fail", "refuse"})


def is_negated(cue: Token) -> bool:
    """True when the cue itself is negated: "did not say", "never claimed", "no one believes",
    "have yet to say", "refused to say"; not by a "not" of the quoted words the parse hung on it
    ("'Probably not,' she said")."""
    if cue.dep_ == "xcomp" and cue.head.i != cue.i:
        head = cue.head
        if head.lemma_.lower() in _NOT_DONE or (
            head.lemma_.lower() in ("have", "be")
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)
        ):
            return True
    if _shares_negated_aux(cue):
        return True
    for child in cue.children:
        if child.dep_ == "neg" and not _quote_mark_between(child, cue):
            return True
        if child.dep_ in _SUBJECTS and child.lower_ in ("nobody", "none", "no one", "neither"):
            return True
        if child.dep_ in _SUBJECTS and any(
            g.lower_ in ("no", "neither") and g.dep_ in ("det", "preconj") for g in child.children
        ):
            return True
    return False


def _shares_negated_aux(cue: Token) -> bool:
    """ "didn't come out and say ...", "won't stand up and say ...": a bare verb joined to a
    negated one, with no subject nor auxiliary of its own, shares that verb's "did not"."""
    head = cue.head
    if cue.dep_ != "conj" or cue.tag_ != "VB" or head.i == cue.i or head.i > cue.i:
        return False
    if any(c.dep_ in (*_SUBJECTS, "aux", "auxpass", "neg") for c in cue.children):
        return False
    return any(c.dep_ == "neg" for c in head.children) and any(
        c.dep_ == "aux" and c.i < head.i for c in head.children
    )


def _quote_mark_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.is_quote for t in a.doc[lo + 1 : hi])


def _raising_content(verb: Token, frames: frozenset[str]) -> tuple[int, int] | None:
    """ "Mr. Lee seemed to hesitate", "the bill is expected to pass": the subject and the
    infinitive are together the content, as PolNeAR marks it, when the subject is not the one
    who holds the view (seem/appear, or a passive)."""
    if "raising" not in frames:
        return None
    xcomp = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not xcomp or not subj:
        return None
    holder_is_subject = subj[0].dep_ == "nsubj" and (
        verb.lemma_.lower() in BELIEF_VERBS or verb.lemma_.lower() in SPEECH_VERBS
    )
    if holder_is_subject or subj[0].lower_ in _RELATIVE:
        return None
    return subj[0].left_edge.idx, _subtree(xcomp[0])[1]


def _clause_around_tag(
    verb: Token, quoted: tuple[int, int] | None, quotes: list[Quote]
) -> tuple[int, int] | None:
    """The whole clause a tag is set into when the quotation after the tag only ends it
    ("There was, she said, “an implicit bargain.”", "That, he added, “is by design.”"): the
    unquoted words before the tag are the clause's own start, not the writer's."""
    if quoted is None or quoted[0] < verb.idx:
        return None
    whole = _parenthetical_content(verb)
    if whole is None or not whole[0] < verb.idx < quoted[0] < whole[1]:
        return None
    head = verb.head
    if not any(c.dep_ in (*_SUBJECTS, "nsubjpass", "expl") and c.i < verb.i for c in head.children):
        return None  # "Quite suddenly, after X, Roe said, “...”": only the writer's words before
    if any(q.start <= whole[0] < q.end for q in quotes):
        return None  # "“A,” he said, “B.”": a quotation before the tag is one of its own
    if any(whole[0] < q.start < verb.idx or whole[0] - 3 <= q.end <= whole[0] for q in quotes):
        return None  # a quotation right before the clause would be run into it
    return whole[0], max(whole[1], quoted[1])


def _split_by_inverted_tag(verb: Token) -> tuple[Token, Token] | None:
    """(the reported clause's subject, the speaker) of an inverted tag set into the clause it
    reports, when the parse hung that subject, before the comma, on the tag's verb: "The plan,
    said the minister, would cost jobs" (the speaker a second subject of "said"), "And Roe,
    said Ann Lee, who knows him, does not forgive" (the speaker taken for the subject of the
    reported clause, set off by a comma from its verb)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    before = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
    if not before or before[-1].right_edge.i < verb.i - 2 or before[-1].lower_ in _RELATIVE:
        return None
    if any(t.text == "," for t in doc[before[0].left_edge.i : verb.i - 1]):
        return None  # "Lee, the mayor, said Roe, his deputy, would win": Lee said it
    after = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i > verb.i]
    if after:
        speaker = after[0]
    else:
        comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        subjects = [c for c in comps[0].children if c.dep_ in _SUBJECTS] if comps else []
        if not subjects:
            return None
        speaker = subjects[0]
        end = speaker.right_edge.i
        closing = doc[end] if doc[end].text == "," else doc[end + 1]
        if closing.text != "," or closing.i >= comps[0].i:
            return None  # "X, said Roe will win": no comma sets the name off from the verb
    if speaker.left_edge.i != verb.i + 1 or speaker.pos_ not in ("PROPN", "NOUN"):
        return None
    return before[-1], speaker


def _speaker_joined_to_subject(verb: Token, subj: Token) -> Token | None:
    """The speakers of a tag set into the clause it reports ("The root of his appeal, farmers
    and dealers say, is simple"), when the parse joined them to the reported clause's subject
    (and took the whole for the tag's subject) as a conjunct set off by a comma right before
    the tag: the conjunct."""
    if (
        subj.i > verb.i
        or subj.head.i not in (verb.i, verb.head.i)
        or subj.right_edge.i != verb.i - 1
    ):
        return None
    doc = verb.doc
    for tok in subj.subtree:
        if (
            tok.dep_ == "conj"
            and tok.i < verb.i
            and tok.right_edge.i == verb.i - 1
            and tok.left_edge.i > subj.left_edge.i
            and doc[tok.left_edge.i - 1].text == ","
            and tok.pos_ in ("NOUN", "PROPN")
        ):
            return tok
    return None


def _parenthetical_content(verb: Token) -> tuple[int, int] | None:
    """ "Acts of protest, he said, are acts of patriotism": a speech tag set into the clause it
    reports (parsed as parataxis) has that whole clause as content; PolNeAR's content runs from
    the clause's first word to its last, around the tag."""
    # "As the mayor noted, the budget is short": a tag in an "as" clause reports its head.
    as_clause = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children
    )
    if (verb.dep_ != "parataxis" and not as_clause) or verb.head.i == verb.i:
        return None
    if as_clause and verb.head.i < verb.i and verb.head.lemma_.lower() in SPEECH_VERBS:
        # "'I am not done,' Roe said as she accepted her prize": an "as" clause after a
        # saying times it; it is no tag of its own over the words ("As Roe reported, the
        # agency was refusing to call it terrorism" stays a tag)
        return None
    if verb.lemma_.lower() not in SPEECH_VERBS and verb.lemma_.lower() not in BELIEF_VERBS:
        return None
    if not any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    head = verb.head
    doc = verb.doc
    first, last = head.left_edge.i, head.right_edge.i
    tag0, tag1 = verb.left_edge.i, verb.right_edge.i
    inverted = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i > verb.i]
    if inverted and tag0 < verb.i and doc[verb.i - 1].text == ",":
        # "The tone of the campaign, said Mr Roe, would be calm": with its speaker after it,
        # the tag opens at its verb; a subject the parse hung on the verb before the comma is
        # the reported clause's own.
        tag0 = verb.i - 1
        tag1 = max(c.right_edge.i for c in verb.children if c.i > verb.i)
    if tag0 <= first:
        first = tag1 + 1
    if tag1 >= last:
        last = tag0 - 1
    while first <= last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last - first < 2:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _inverted_tag_content(verb: Token, quotes: list[Quote]) -> tuple[int, int] | None:
    """ "The plan appeals to voters who want a return to the old days, said Paul Roe, a
    historian": a tag that closes its sentence after a comma, with the speaker after the verb,
    reports all the sentence before the comma, however the parse joined the two."""
    doc = verb.doc
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    if not subj or subj[0].left_edge.i != verb.i + 1 or subj[0].ent_type_ != "PERSON":
        return None
    sent = verb.sent
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    rest = [t for t in doc[subj[0].right_edge.i + 1 : sent.end] if not t.is_punct]
    if rest:
        return None  # the sentence goes on after the speaker
    comma = doc[verb.i - 1]
    if any(q.start <= comma.idx < q.end for q in quotes):
        return None
    first = sent.start
    while first < comma.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if comma.i - first < 4 or any(q.start < doc[first].idx < q.end for q in quotes):
        return None
    last = doc[comma.i - 1]
    return doc[first].idx, last.idx + len(last.text)


# A lead before "according to" that only points back at the sentence before ("That's", "This is").
_POINTING_LEAD = frozenset({"that", "this", "it", "s", "is", "was", "all", "those", "these", "are"})


# Marks that open a clause hanging on another ("because, according to Roe, the papers ...").
_SUBORDINATE_MARKS = frozenset({"because", "since", "as", "although", "though", "while"})


def _clause_of_the_phrase(
    tok: Token, text: str, content: tuple[int, int], before: tuple[int, int], after: tuple[int, int]
) -> tuple[int, int]:
    """The clause "according to" hangs on, when the longer side is another one: "Roe skipped
    the vote, because, according to Roe, the papers would mock him" holds Roe's words after
    the phrase, not the writer's main clause before it; "the levy has not driven banks away:
    Paris was the top market, according to a survey" holds the survey's words after the
    colon."""
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return content
    if (
        content == before
        and after[1] > after[0]
        and after[0] <= verb.idx < after[1]
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATE_MARKS for c in verb.children)
    ):
        return after
    if content == before and before[0] <= verb.idx < before[1]:
        stops = [t for t in tok.doc[tok.sent.start : verb.i] if t.text == ":" and t.idx > before[0]]
        span = text[before[0] : before[1]]
        if stops and not any(m in span for m in _QUOTE_MARKS):
            start = stops[-1].idx + 1
            while start < before[1] and text[start].isspace():
                start += 1
            if sum(w.isalpha() for w in text[start : before[1]].split()) >= 3:
                return (start, before[1])
    return content


def _according_to(tok: Token, text: str) -> _Draft | None:
    """ "according to X, ..." / "..., according to X": the rest of the sentence is the content."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    objs = [c for c in nxt.children if c.dep_ == "pobj"]
    if not objs:
        return None
    src = objs[0]
    phrase_start = tok.idx
    phrase_end = src.right_edge.idx + len(src.right_edge.text)
    sent = tok.sent
    before = _trim(text, sent.start_char, phrase_start)
    after = _trim(text, phrase_end, sent.end_char)
    lead = re.findall(r"[a-z]+", text[before[0] : before[1]].lower())
    if lead and set(lead) <= _POINTING_LEAD:
        # "That's according to reports filed on Friday": what the source says is the
        # sentence before, which this claim cannot show; the words after are no content.
        return None
    joined = text[after[0] : after[1]].split(" ", 1)[0].lower() in ("and", "but")
    verb = tok.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    if (
        before[1] > before[0]
        and after[1] > after[0]
        and text[before[0] : phrase_start].rstrip().endswith(",")
        and not any(m in text[before[0] : phrase_start] for m in _QUOTE_MARKS)
        and text[phrase_end : after[1]].lstrip().startswith(",")
        and verb.pos_ in ("VERB", "AUX")
        and after[0] <= verb.idx < after[1]
        and any(before[0] <= s.idx < before[1] for s in subjects)
    ):
        # "Fundraising, according to the campaign, has surged": the phrase sits inside the
        # clause, between its subject and its verb; the whole clause is what was said.
        content = (before[0], after[1])
    elif joined and sum(w.isalpha() for w in text[before[0] : before[1]].split()) >= 3:
        # "X was killed last year, according to the police, and there were only ...": the
        # phrase closes the clause before it; the one joined after it is the writer's next.
        content = before
    elif after[1] - after[0] > before[1] - before[0]:
        content = after
    elif before[1] > before[0]:
        content = before
    else:
        return None
    content = _clause_of_the_phrase(tok, text, content, before, after)
    if sum(w.isalpha() for w in text[content[0] : content[1]].split()) < 3:
        return None  # "According to the network, basically.": no statement left
    draft = _Draft(
        cue=(tok.idx, nxt.idx + len(nxt.text)), content=content, cue_token=tok, how="according"
    )
    draft.source = _keep_abbreviation(tok.doc, text, _trim(text, *_subtree(src)))
    draft.source_head = src
    return draft


# Nouns of a count of opinion: "in a new poll, Roe leads" says what the poll found.
_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "polling"})
# Words a clause can open with that belong to the sentence around it, not to what was found.
_CLAUSE_OPENERS = frozenset({"and", "but"})


def _in_poll(tok: Token, text: str) -> _Draft | None:
    """ "In a CBS News poll, Roe led Lee 56 percent to 32 percent", "Roe was ahead by 28
    points in the same poll": the clause the phrase hangs on is what the poll found; the poll
    is the source and "in" the cue (PolNeAR marks it so). Not when the clause's verb is itself
    a cue ("In the poll, 40 percent said ..."), which carries its own claim."""
    head = tok.head
    if tok.dep_ != "prep" or head.pos_ not in ("VERB", "AUX", "ADJ", "ADV") or head.i == tok.i:
        return None
    objs = [c for c in tok.children if c.dep_ == "pobj" and c.lower_ in _POLL_NOUNS]
    if not objs:
        return None
    if head.lemma_.lower() in CUE_VERBS or (head.lemma_.lower(), "verb") in LEARNED_CUES:
        return None
    doc = tok.doc
    if head.pos_ in ("ADJ", "ADV") and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "Roe is ahead in the polls": the clause is the verb's
    if head.dep_ in ("relcl", "acl") or head.lemma_.lower() == "do":
        return None  # "the progress he's made in the polls": a description; "he doesn't"
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i]
    if not subjects or subjects[0].lower_ in _RELATIVE:
        return None  # "hitting a new high in one survey": no one found to lead
    phrase0, phrase1 = tok.i, tok.right_edge.i
    first, last = head.left_edge.i, head.right_edge.i
    if phrase1 < head.i:
        first = phrase1 + 1  # "In a poll, Roe led": the clause after the phrase
    else:
        last = phrase0 - 1  # "Roe led by 28 points in the same poll, a 52-point swing"
    if doc[phrase0 - 1].lower_ in ("only", "not") or doc[phrase1 + 1].lower_ in ("but", "and"):
        return None  # "not only in the polls but also ...": one of several grounds
    while first <= last and (doc[first].is_punct or doc[first].lower_ in _CLAUSE_OPENERS):
        first += 1
    while (
        first < subjects[0].left_edge.i
        and doc[first].head.i == head.i
        and (doc[first].dep_ in ("mark", "advmod", "cc"))
    ):
        first += 1  # "Though he trails Lee in the polls": the clause, not its link
    if first > subjects[0].left_edge.i:
        return None
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last - first < 2 or any(t.text in _QUOTE_MARKS for t in doc[first : last + 1]):
        return None
    if not (first <= head.i <= last):
        return None
    if any(
        c.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp") and c.i > last for c in head.children
    ) or (head.pos_ == "AUX" and not any(c.dep_ in ("attr", "acomp") for c in head.children)):
        return None  # "he has made [gains in the polls]", "he has been": the clause is cut
    draft = _Draft(
        cue=(tok.idx, tok.idx + len(tok.text)),
        content=(doc[first].idx, doc[last].idx + len(doc[last].text)),
        cue_token=tok,
        how="poll",
    )
    poll = objs[0]
    # The poll's name and what tells which one ("released Monday", "by CNN"), not an
    # apposition the writer sets after it ("the same poll, a 52-point swing").
    right = [c for c in poll.children if c.i > poll.i and c.dep_ in ("prep", "acl", "relcl")]
    end_tok = max((c.right_edge for c in right), key=lambda t: t.i, default=poll)
    draft.source = _keep_abbreviation(
        doc, text, _trim(text, poll.left_edge.idx, end_tok.idx + len(end_tok.text))
    )
    draft.source_head = poll
    return draft


# Nouns of asserting whose clause may follow with "that" left out ("claims he had lied").
_ASSERTING_NOUNS = frozenset(
    {"claim", "allegation", "report", "suggestion", "rumor", "rumour", "charge", "accusation",
     "assertion", "fear", "belief", "warning"}
)  # fmt: skip
# What fills a clause's place after its verb: with one of them, a clause has no gap.
_FILLED = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"})


def _clause_hung_past(noun: Token) -> list[Token]:
    """ "sparked a furore with claims politicians were stoking up xenophobia": the clause right
    after the noun that the parse hung on the verb the noun's phrase depends on."""
    if noun.dep_ not in ("pobj", "dobj"):
        return []
    verb = noun.head
    for _ in range(3):  # up through "with" and "a furore" to "sparked"
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return [c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == noun.i + 1]


def _whole_clause_without_that(noun: Token, clause: Token) -> bool:
    """ "hit back at Labour claims he had used Mrs Dixon as a shield": a clause right after a
    noun of saying, with "that" left out, that the parse took for a relative; it is whole (a
    subject of its own that is no relative word, and its verb's object or complement in
    place), where a relative has a gap ("the claims he made")."""
    if clause.dep_ not in ("relcl", "ccomp") or clause.left_edge.i != noun.i + 1:
        return False
    if noun.tag_ != "NNS" or (clause.dep_ == "ccomp" and clause.head.i == noun.i):
        return False
    if noun.lemma_.lower() not in _ASSERTING_NOUNS:
        return False  # ("if he lives up to his promises he will get my vote": a main clause)
    first = clause.left_edge
    if first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.lower_ == "that":
        return False  # "the allegations which he said ...": a relative after all
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.tag_ in ("WDT", "WP") or s.lower_ == "that" for s in subjects):
        return False
    return any(c.dep_ in _FILLED for c in clause.children)


def _noun_cue(tok: Token, text: str, frames: frozenset[str]) -> _Draft | None:
    """ "reports that ...", "his announcement that ...", "the city's plan to ...", and nouns
    whose content is a prepositional object ("criticism of ...") when `frames` allows it."""
    comp = None
    for child in [*tok.children, *_clause_hung_past(tok)]:
        if child.i <= tok.i or child.dep_ not in ("acl", "ccomp", "relcl", "appos"):
            continue
        marks = [g for g in child.children if g.dep_ in ("mark", "aux") and g.i < child.i]
        first = child.left_edge
        if first.lower_ == "that" and first.tag_ == "IN" and first.dep_ == "mark":
            # "concern that the man was encouraging ...": the parser may hang the "that" on
            # the clause's auxiliary rather than on its verb; it opens the clause all the same.
            marks.append(first)
        if (
            (any(m.lower_ == "that" for m in marks) and child.dep_ != "relcl")
            or (any(m.lower_ == "to" for m in marks) and child.dep_ == "acl")
            or (
                child.dep_ == "relcl"
                and any(m.lower_ == "that" and m.dep_ == "mark" for m in marks)
            )
            or _whole_clause_without_that(tok, child)
        ):
            comp = child
        if comp is not None:
            break
    cue_end = tok.idx + len(tok.text)
    after_colon = _after_colon(tok, text) if comp is None else None
    if comp is not None:
        content = _subtree(comp)
    elif after_colon is not None:
        content = after_colon
    else:
        # "criticism of the plan", "her support for the bill", "comments on the ruling": the
        # object of the preposition the word takes (learned per word from PolNeAR train).
        found = _learned_prep_object(tok, frames)
        if found is None:
            return None
        prep, obj = found
        content = _subtree(obj)
        cue_end = prep.idx + len(prep.text)
    draft = _Draft(cue=(tok.idx, cue_end), content=content, cue_token=tok, how="noun")
    poss = [c for c in tok.children if c.dep_ == "poss"]
    by = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    # "But Trump claims that ...": a verb in -s the tagger took for a plural noun still has
    # its subject, which says the content; the parser may make the name a compound of the
    # "noun" at the root of the sentence.
    sayer = [
        c
        for c in tok.lefts
        if c.dep_ in _SUBJECTS
        or (c.dep_ == "compound" and tok.dep_ == "ROOT" and c.pos_ in ("PROPN", "PRON"))
    ]
    if sayer and comp is not None and comp.dep_ == "ccomp" and tok.tag_ == "NNS":
        draft.source = _source_edges(
            text, _keep_abbreviation(tok.doc, text, _trim(text, *_source_span(sayer[0], tok)))
        )
        draft.source_head = sayer[0]
    elif poss:
        head = poss[0]
        start, end = _subtree(head)
        if text[start:end].endswith(("'s", "’s")):
            end -= 2
        draft.source = _trim(text, start, end)
        draft.source_head = head
    elif by:
        draft.source = _trim(text, *_subtree(by[0]))
        draft.source_head = by[0]
    elif tok.lemma_.lower() in REPORT_NOUNS:
        # "reports that ...": the reports themselves are the source.
        draft.source = _trim(text, tok.left_edge.idx, tok.idx + len(tok.text))
        draft.source_head = tok
    elif tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        # "Ms. Ruiz voiced support for ...": the light verb's subject holds the stance.
        # Only the verb's own subject: climbing conjuncts and participles reaches people
        # who are not the holders ("debts owed by X and boosting ... a message").
        subjects = [c for c in tok.head.children if c.dep_ in _SUBJECTS and c.i < tok.head.i]
        subj = subjects[0] if subjects else None
        if subj is not None:
            draft.source = _source_edges(
                text, _keep_abbreviation(tok.doc, text, _trim(text, *_source_span(subj, tok.head)))
            )
            draft.source_head = subj
    return draft


# Nouns for what someone says or holds that may open a sentence, a colon, and the words
# ("His message: the council must cut spending now.").
_COLON_NOUNS = frozenset(
    [
        "argument",
        "message",
        "view",
        "claim",
        "warning",
        "prediction",
        "promise",
        "pledge",
        "opinion",
        "assertion",
        "conclusion",
        "assessment",
        "statement",
        "verdict",
        "answer",
        "response",
        "reply",
        "advice",
    ]
)
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _after_colon(tok: Token, text: str) -> tuple[int, int] | None:
    """ "Their argument: only a united council can fix the roads.": a possessed noun of saying
    or believing that opens its sentence and is followed by a colon gives the clause after the
    colon, to the sentence's end, as what was said or held."""
    doc = tok.doc
    if tok.lemma_.lower() not in _COLON_NOUNS or tok.i + 2 >= len(doc):
        return None
    if doc[tok.i + 1].text != ":" or not any(c.dep_ == "poss" for c in tok.children):
        return None
    if tok.left_edge.i != tok.sent.start:
        return None  # "... backed his message: ...": the noun is some verb's object
    rest = doc[tok.i + 2 : doc[tok.i + 2].sent.end]
    if rest[0].is_quote or not any(t.tag_ in _FINITE_TAGS for t in rest):
        return None
    return _trim(text, rest[0].idx, rest[-1].idx + len(rest[-1].text))


# Verbs that put a feeling or a stance into words: "expressed concern about", "voiced support
# for", "aired doubts over".
_EXPRESSING = frozenset({"express", "voice", "air", "convey"})
# Nouns of a feeling or a stance toward something, which such a verb states as its holder's.
_STANCE_NOUNS = frozenset(
    """
    concern worry fear doubt skepticism scepticism confidence optimism pessimism hope support
    opposition frustration anger outrage dismay alarm disappointment regret sympathy solidarity
    admiration interest reservation objection displeasure approval disapproval gratitude
    appreciation surprise shock unease astonishment amusement satisfaction dissatisfaction
    enthusiasm excitement disgust irritation annoyance relief sorrow condolence remorse
    """.split()  # noqa: SIM905
)
# Prepositions by which a stance noun takes what it is about.
_STANCE_PREPS = frozenset(
    {"about", "over", "for", "of", "at", "with", "in", "on", "to", "regarding", "toward", "towards"}
)


def _expressed_stance(verb: Token, text: str) -> _Draft | None:
    """ "Several aides expressed skepticism that the plan would pass", "She voiced support for
    the bill", "He expressed concern about the closed primary": a verb of expressing with a
    noun of a feeling or a stance as its object states its subject's stance; the content is
    the noun's "that" clause or the object of its preposition (or of the verb's, when the
    parser hung it there), the cue the verb through the noun and that preposition."""
    doc = verb.doc
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objs or objs[0].lemma_.lower() not in _STANCE_NOUNS or objs[0].pos_ != "NOUN":
        return None
    noun = objs[0]
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None  # "expressed no concern": nothing held
    content: tuple[int, int] | None = None
    cue_end = noun.idx + len(noun.text)
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            content = _subtree(c)
            break
        if c.dep_ == "prep" and c.lower_ == "of" and _determined(noun):
            break  # "voiced the frustration of many voters": whose it is, not what about
        if c.dep_ == "prep" and c.lower_ in _STANCE_PREPS and c.i == noun.i + 1:
            found = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if found:
                content = _subtree(found[0])
                cue_end = c.idx + len(c.text)
                break
    if content is None:
        preps = [
            c
            for c in verb.children
            if c.dep_ == "prep" and c.i == noun.right_edge.i + 1 and c.lower_ in _STANCE_PREPS
        ]
        found = [g for g in preps[0].children if g.dep_ in ("pobj", "pcomp")] if preps else []
        if not found:
            return None
        content = _subtree(found[0])
        cue_end = preps[0].idx + len(preps[0].text)
    if content[1] - content[0] < 3:
        return None
    draft = _Draft(cue=(verb.idx, cue_end), content=content, cue_token=verb, how="stance")
    subj, _passive = _find_subject(verb)
    if subj is not None and subj.i != verb.i:
        draft.source = _source_edges(
            text, _keep_abbreviation(doc, text, _trim(text, *_source_span(subj, verb)))
        )
        draft.source_head = subj
        if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
            draft.antecedent = verb.head
    return draft


def _determined(noun: Token) -> bool:
    """Does a noun open with an article and no possessor ("the frustration", "a fear")?"""
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children
    ) and not any(c.dep_ == "poss" for c in noun.children)


def _frames(lemma: str, pos: str) -> frozenset[str]:
    learned = LEARNED_CUES.get((lemma, pos))
    return learned[1] if learned else frozenset()


def _find_drafts(
    doc: Doc, quotes: list[Quote], skip: set[int], only: set[int] | None = None
) -> list[_Draft]:
    table = token_table(doc)
    text = table.text
    drafts: list[_Draft] = []
    owner: dict[int, _Draft] = {}  # a verb cut off a content, by the draft it was cut from
    cuts: list[tuple[tuple[int, int], Token]] = []  # the contents so cut, and the verb
    for i in range(len(table.words)) if only is None else sorted(only):
        if i in skip:
            continue
        lemma = table.lemma[i].lower()
        pos = table.pos[i]
        draft: _Draft | None = None
        if table.lower[i] == "according":
            draft = _according_to(doc[i], text)
        elif table.lower[i] == "in" and pos == "ADP":
            draft = _in_poll(doc[i], text)
        elif pos == "VERB" and (lemma in CUE_VERBS or (lemma, "verb") in LEARNED_CUES):
            draft = _verb_cue(doc[i], quotes, text, _frames(lemma, "verb"))
            if draft is None and lemma in _EXPRESSING:
                draft = _expressed_stance(doc[i], text)
        elif pos == "VERB" and lemma in _EXPRESSING:
            draft = _expressed_stance(doc[i], text)
        elif pos == "NOUN" and (lemma in CUE_NOUNS or (lemma, "noun") in LEARNED_CUES):
            draft = _noun_cue(doc[i], text, _frames(lemma, "noun"))
        elif pos == "ADJ" and (lemma, "adj") in LEARNED_CUES:
            draft = _adj_cue(doc[i], text, _frames(lemma, "adj"))
        if draft is None:
            continue
        content = _cut_coordinated_attribution(doc, draft.content, quotes, draft.cue_token)
        if draft.cue_token is not None and draft.cue_token.pos_ == "VERB":
            content, second = _cut_second_predicate(doc, content, draft.cue_token, quotes)
            if second is not None:
                owner[second.i] = draft
                cuts.append((content, second))
        content = _cut_at_semicolon(doc, content, quotes)
        content = _cut_trailing_attribution(doc, content, quotes, draft.cue_token)
        content = _cut_saying_day(doc, content, quotes)
        if draft.cue_token is not None:
            content = _drop_lead_addressee(doc, content, quotes, draft.cue_token)
        glossed = _drop_quote_gloss(doc, content)
        if glossed != content:
            draft.reach, content = content[1], glossed
        content = _drop_shell_gloss(doc, _drop_trailing_aside(doc, content))
        draft.content = _snap_to_quotes(content, quotes, text)
        draft.content = _own_paragraph(draft, quotes, text)
        if draft.content[1] <= draft.content[0]:
            continue
        if _object_of_unlearned_frame(draft, quotes):
            continue
        drafts.append(draft)
    for (c0, c1), second in cuts:
        for d in drafts:
            if (
                d.cue_token is not None
                and c0 <= d.cue_token.idx < c1
                and d.content[0] < second.idx < d.content[1]
                and d.content[0] < c1
            ):
                # "called on X to attack the oil that funds Y and proposed Z": a cue inside the
                # cut content ("attack") does not reach the second act either.
                d.content = _trim(text, d.content[0], c1)
    for d in list(drafts):
        first = owner.get(d.cue_token.i) if d.cue_token is not None else None
        if first is None:
            continue
        if d.content[0] < first.content[1] and first.content[0] < d.content[1]:
            drafts.remove(d)  # '"We will win," pointing to ...': the quote was the first cue's
            continue
        if first.source is not None:
            # "X questioned how ... and demanding that ...": the verb cut off another cue's
            # content is that cue's speaker's second act; the parse's subject for it (found
            # by climbing to the verb it hung on) is someone the first content names.
            d.source, d.source_head = first.source, first.source_head
            d.antecedent = first.antecedent
    return drafts


def _own_paragraph(d: _Draft, quotes: list[Quote], text: str) -> tuple[int, int]:
    """A content before its cue that ends with a quotation starts in that quotation's
    paragraph: the parser may join a paragraph to the next one's tag ('“B.” [break] “C,”
    added Poe'), but a paragraph before the tagged one is that tag's only when one quotation
    runs over both (news style reopens a speaker's quote in each of its paragraphs)."""
    start, end = d.content
    if d.cue is None or end > d.cue[0] or "\n" not in text[start:end]:
        return d.content
    last = [q for q in quotes if q.start < end and q.end >= end - 1]
    if not last:
        return d.content
    brk = text.rfind("\n", start, last[-1].start)
    if brk < 0:
        return d.content
    new_start = brk + 1
    while new_start < end and text[new_start].isspace():
        new_start += 1
    return new_start, end


def _adj_cue(tok: Token, text: str, frames: frozenset[str]) -> _Draft | None:
    """ "Voters are worried about ...", "she was confident that ...": an adjective PolNeAR
    train knows as a cue, predicated of a subject (after "be", "seem", "grow" ...), with its
    content in a frame learned for the word (a clause, or a preposition's object)."""
    if tok.dep_ != "acomp" or tok.head.pos_ not in ("AUX", "VERB"):
        return None  # "worried voters": an attribute, no one is said to hold a view
    content: tuple[int, int] | None = None
    if "clause" in frames:
        comp = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i]
        if comp and comp[0].dep_ == "xcomp" and comp[0].lemma_.lower() in CUE_VERBS:
            return None  # "eager to criticize the plan": the inner cue carries the claim
        if comp:
            content = _subtree(comp[0])
    if content is None:
        found = _learned_prep_object(tok, frames)
        if found is None:
            return None
        content = _subtree(found[1])
    draft = _Draft(
        cue=(tok.idx, tok.idx + len(tok.text)), content=content, cue_token=tok, how="adj"
    )
    subj, _passive = _find_subject(tok.head)
    if subj is not None and subj.i != tok.head.i:
        draft.source = _source_edges(
            text, _keep_abbreviation(tok.doc, text, _trim(text, *_source_span(subj, tok.head)))
        )
        draft.source_head = subj
        if subj.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            draft.antecedent = tok.head.head
    return draft


def _object_of_unlearned_frame(d: _Draft, quotes: list[Quote]) -> bool:
    """A plain noun phrase as the content of a verb PolNeAR train does not know as a cue at all
    (only the hand-written list has it: "He championed gay rights", "They embraced the plan"):
    a thing, not a proposition, so no claim. Quoted contents are kept."""
    cue = d.cue_token
    if cue is None or d.how in ("quote", "raising", "parenthetical", "stance"):
        return False
    if cue.pos_ != "VERB":
        return False
    if any(q.start < d.content[1] and d.content[0] < q.end for q in quotes):
        return False
    if not _plain_np(cue, d.content):
        return False
    return _lexicon_entry(cue.lemma_.lower(), "verb") is None


def _lexicon_entry(lemma: str, pos: str) -> tuple[float, frozenset[str]] | None:
    """A word's entry in the learned lexicon, under its American spelling too ("criticise")."""
    found = LEARNED_CUES.get((lemma, pos))
    if found is None and "is" in lemma:
        found = LEARNED_CUES.get((lemma.replace("is", "iz"), pos))
    return found


def _plain_np(cue: Token, content: tuple[int, int]) -> bool:
    """Is a content a plain noun phrase (an object, not a clause, quote or complement)?"""
    span = cue.doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return False
    if root.lower_ in ("what", "who", "whether", "how", "why", "which"):
        return False
    return not any(t.dep_ in ("ccomp", "xcomp", "relcl", "acl", "advcl") for t in span)


def _learned_prep_object(tok: Token, frames: frozenset[str]) -> tuple[Token, Token] | None:
    """The first preposition after a cue word that the word takes by its learned frames
    ("criticism of", "support for"), with its object; None when there is none."""
    preps = [
        c for c in tok.children if c.dep_ == "prep" and c.i > tok.i and f"prep:{c.lower_}" in frames
    ]
    objs = [g for g in preps[0].children if g.dep_ in ("pobj", "pcomp")] if preps else []
    return (preps[0], objs[0]) if objs else None
