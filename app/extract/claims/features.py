"""Features: what the learned claim filter knows of a candidate attribution."""

from __future__ import annotations

import math

from spacy.tokens import Token

from app.extract.claim_lexicon import LEARNED_CUES
from app.extract.claims.draft import _NAMED_ENTS, _QUOTE_MARKS, _RELATIVE, _Draft
from app.extract.claims.finders import _lexicon_entry, _plain_np
from app.extract.claims.labelling import _named_antecedent
from app.extract.cues import (
    CUE_NOUNS,
    CUE_VERBS,
    INTENTION_VERBS,
    REPORT_NOUNS,
    STANCE_VERBS,
    _words,
)
from app.extract.model import Claim
from app.extract.quotes import Quote

# Modal auxiliaries that with "have" make a cue counterfactual ("would have said").
_MODALS = frozenset({"would", "could", "might", "should", "'d", "’d"})
# Modal auxiliaries that make a cue a possibility ("could declare", "may argue").
_MAYBE = frozenset({"could", "might", "may"})


def _features(d: _Draft, claim: Claim, quotes: list[Quote], text: str) -> dict[str, float]:
    """What the learned filter knows of a candidate: the cue word and its place in the parse,
    where the content came from, what kind of source it has, quotation and length."""
    f: dict[str, float] = {f"how={d.how}": 1.0, f"quote={claim.quote}": 1.0}
    cue = d.cue_token
    if cue is not None:
        lemma = cue.lemma_.lower()
        pos = "verb" if cue.pos_ in ("VERB", "AUX") else cue.pos_.lower()
        f[f"lemma={lemma}"] = 1.0
        f[f"lemma_how={lemma}|{d.how}"] = 1.0
        f[f"cuedep={cue.dep_}"] = 1.0
        f[f"cuetag={cue.tag_}"] = 1.0
        learned = LEARNED_CUES.get((lemma, pos))
        f["prior"] = learned[0] if learned else 0.0
        f["prior_missing"] = 0.0 if learned else 1.0
        f["cue_sent_start"] = float(bool(cue.is_sent_start))
        f["cue_title_case"] = float(cue.text[:1].isupper() and not cue.is_sent_start)
        f["cue_has_aux"] = float(any(c.dep_ in ("aux", "auxpass") for c in cue.children))
        if lemma not in CUE_VERBS and pos == "verb" and d.how in ("object", "prep"):
            # A verb only PolNeAR's broad sense of attribution counts ("appointed Roe",
            # "apologized for the delay"): an act, not something said or believed.
            f["act_verb"] = 1.0
        if lemma in INTENTION_VERBS and d.how == "xcomp":
            f["act_verb"] = 1.0
        if lemma in _DEMONSTRATION_VERBS and _person_source(d, claim):
            # "she showed subtle hints of doubt", "he demonstrated that he can win": what a
            # person shows is shown by acts; a poll or a report that shows something says it.
            f["act_verb"] = 1.0
        if lemma in _GLOSS_VERBS and cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj"):
            # '"...," Roe said, referring to the committee': the writer glosses whom or what the
            # speaker meant; nothing more was said.
            f["act_verb"] = 1.0
        if lemma in _ENDORSE_VERBS and d.how == "object" and _names_someone(cue, d.content):
            # "he backed Ron Paul for the presidency", "has supported Sen. Cruz": backing a
            # person or a party is an act, not a view of something said.
            f["act_object"] = 1.0
        if d.how == "object" and _decides_directive(cue, d.content):
            # "rejected an offer to make an "exception"": a decision on a request, whatever
            # words of it are quoted.
            f["act_object"] = 1.0
        if d.how == "object" and claim.quote == "indirect" and _object_is_act(cue, d.content):
            # "announced the arrest of a man", "rejected a request", "called bigwigs to the
            # stage": the verb's object is an event or a thing, not what anyone said.
            f["act_object"] = 1.0
        if learned is not None:
            # Is the content read off the cue in a frame train knows for the word?
            f["frame_known" if _frame_known(cue, d.how, learned[1]) else "frame_unknown"] = 1.0
        auxes = {c.lower_ for c in cue.children if c.dep_ == "aux"}
        if auxes & _MAYBE:
            # "The panel could declare the claim invalid", "she may argue that ...": what
            # someone might say; nothing has been said.
            f["unasserted"] = 1.0
        if auxes & _MODALS and auxes & {"have", "'ve", "’ve"}:
            # "would have loved", "might have said": what someone would have said or thought
            # had things been otherwise; nothing was said or believed.
            f["unasserted"] = 1.0
        if d.how == "raising" and d.source is None and cue.tag_ == "VBN":
            # "The bill is expected to pass", "Roe is set to speak": with no one shown who
            # expects it, the writer's own forecast or schedule; nothing is attributed.
            f["unasserted"] = 1.0
        f["cue_in_question"] = float(cue.sent.text.rstrip().rstrip("”\"'’ ").endswith("?"))
        if cue.sent.text.rstrip().endswith("?") and not any(
            q.start < cue.idx < q.end for q in quotes
        ):
            # "Why would anyone want to ...?": the writer asks; nothing is asserted.
            f["unasserted"] = 1.0
        span = cue.doc.char_span(d.content[0], d.content[1], alignment_mode="expand")
        words = [t for t in span if not t.is_punct] if span is not None else []
        bare = 0 < len(words) <= 3 and words[0].lower_ == "to"
        if bare and words[-1].lemma_.lower() in CUE_VERBS:
            # "declined to comment", "refused to elaborate": no content at all.
            f["unasserted"] = 1.0
        if len(words) == 1 and words[0].lower_ in ("nothing", "none"):
            f["unasserted"] = 1.0  # "he said nothing": no one said anything
        if span is not None and len(span) and span.root.lower_ in ("nothing", "none"):
            f["unasserted"] = 1.0  # "he has proposed nothing that would help": nothing said
        lead = next((t for t in words if t.pos_ != "ADV" or t.lower_ in _WH_WORDS), None)
        if lemma in _KNOWING_VERBS and lead is not None and lead.lower_ in _WH_WORDS:
            # "He knows how important it is to win", "she wonders whether ...": knowing or
            # asking how or what holds no proposition of the source's.
            f["unasserted"] = 1.0
        if claim.negated and lead is not None and lead.lower_ in _WH_WORDS:
            # "could not explain why ...", "did not say whether ...": the question is left
            # open; nothing is said of it.
            f["unasserted"] = 1.0
        if (
            claim.negated
            and d.how == "object"
            and span is not None
            and len(span)
            and span.root.pos_ in ("NOUN", "PROPN", "PRON")
            and not any(t.text in _QUOTE_MARKS for t in span)
        ):
            # "never mentioned the man who beat him", "did not name the donor": what was not
            # said of a thing or a person; nothing is said.
            f["unasserted"] = 1.0
        to_clause = cue.dep_ == "xcomp" or (
            cue.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
        )
        if to_clause and cue.head.lemma_.lower() in _UNDONE_VERBS:
            # "declined at first to criticize Roe", "wanted to share his name", "tried to
            # explain": the saying did not happen, or has not yet.
            f["unasserted"] = 1.0
        if lemma in _WISH_VERBS and d.how in ("xcomp", "object"):
            # "Neither wanted to share his name", "she wants a recount": a wish, nothing said.
            f["unasserted"] = 1.0
        vague = ("much", "anything", "lot", "word", "thing", "details")
        if claim.negated and d.how == "object" and span and span.root.lower_ in vague:
            f["unasserted"] = 1.0  # "haven't said much about how he is preparing"
        relativizers = [
            c for c in cue.children if c.lower_ in ("which", "that", "who", "whom") and c.i < cue.i
        ]
        if cue.dep_ == "relcl" and relativizers and d.source_head not in (None, *relativizers):
            # "a system which advocates say disadvantages needy schools": what is said is of
            # the noun the clause hangs on, and the content as written has lost its subject
            f["unasserted"] = 1.0
        if d.source_head is not None and d.source_head.ent_type_ in ("DATE", "TIME"):
            f["unasserted"] = 1.0  # "The last week has shown that ...": a time says nothing

    else:
        f["cue=none" if d.cue is None else "cue=layout"] = 1.0
    if d.cue is not None:
        f["cue_in_quote"] = float(any(q.start < d.cue[0] and d.cue[1] < q.end for q in quotes))
        f["cue_after_content"] = float(d.cue[0] >= d.content[1])
    src = claim.source
    if src is None:
        f["src=none"] = 1.0
    else:
        f[f"src={src.kind}"] = 1.0
        f["src_len"] = math.log1p(len(src.text.split()))
        head = d.source_head
        if head is not None:
            f[f"srcdep={head.dep_}"] = 1.0
            f[f"srcword={head.lower_}"] = 1.0 if src.kind == "pronoun" else 0.0
            f["src_ent"] = float(head.ent_type_ in _NAMED_ENTS)
            if head.lower_ in _RELATIVE and src.kind == "pronoun":
                named = d.antecedent is not None and _named_antecedent(d.antecedent) is not None
                f["rel_ant=name" if named else "rel_ant=other"] = 1.0
    n_words = len(claim.content.text.split())
    if d.cue is not None:
        f["content_holds_cue"] = float(d.content[0] <= d.cue[0] and d.cue[1] <= d.content[1])
    if cue is not None and claim.quote == "indirect":
        f["content_no_verb"] = float(not _has_verb(cue, d.content))
    f["content_len"] = math.log1p(n_words)
    f["content_short"] = float(n_words < 4)
    f["parts"] = float(len(claim.content.parts) > 1)
    f["negated"] = float(claim.negated)
    f["hedged"] = float(claim.hedged)
    f["content_newline"] = float("\n" in text[d.content[0] : d.content[1]])
    if cue is not None and _plain_np(cue, d.content) and claim.quote == "indirect":
        # "He championed gay rights": a thing, not a proposition, is the verb's object.
        f["content_np"] = 1.0
        learned = _lexicon_entry(cue.lemma_.lower(), "verb" if cue.pos_ != "NOUN" else "noun")
        if learned is None or not learned[1] - {"clause", "raising"}:
            f["content_np_unlearned"] = 1.0
    return f


_HOW_FRAME = {"ccomp": "clause", "xcomp": "clause", "object": "object", "raising": "raising"}


def _frame_known(cue: Token, how: str, frames: frozenset[str]) -> bool:
    """True when the content's shape (clause, object, "about" + object ...) is one the
    lexicon learned for the cue word; contents read off quotes or layout do not count."""
    if how == "prep":
        return any(
            c.dep_ == "prep" and c.i > cue.i and f"prep:{c.lower_}" in frames for c in cue.children
        )
    if how == "adj":
        return True
    frame = _HOW_FRAME.get(how)
    return frame is None or frame in frames


def _has_verb(cue: Token, content: tuple[int, int]) -> bool:
    """Does the content hold a verb or an adjective predicate (a proposition or an
    intention), not just a thing ("the tweet", "big profits")?"""
    span = cue.doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.i != cue.i for t in span)


# Verbs by which the writer says what a speaker's words were about ("referring to X").
_GLOSS_VERBS = _words("refer allude")
# Verbs of taking someone's side: with a person or a party as object, an act.
_ENDORSE_VERBS = _words("back support endorse oppose")


def _names_someone(cue: Token, content: tuple[int, int]) -> bool:
    """Is the content a name of a person, a group or a party ("Ron Paul", "the Democrats")?"""
    span = cue.doc.char_span(content[0], content[1], alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.ent_type_ in ("PERSON", "ORG", "NORP")


# Verbs whose subject, when a person, shows by acts rather than says ("showed hints of doubt").
_DEMONSTRATION_VERBS = _words("show demonstrate prove display exhibit")
# Verbs that, over a cue in their "to" clause, leave the saying undone ("declined to criticize",
# "refused to say", "failed to mention", "wanted to explain", "tried to argue").
_UNDONE_VERBS = _words(
    "decline refuse fail want wish hope plan intend try seek hesitate neglect avoid forget"
    " need aim prepare attempt"
)
# Verbs of wanting: a wish, nothing said ("wanted to share his name", "wants a recount").
_WISH_VERBS = _words("want wish seek")
_KNOWING_VERBS = _words("know understand realize realise remember forget wonder")
_WH_WORDS = _words("why how what whether if when where who which")
_PERSONAL = _words("he she i we him her")


def _person_source(d: _Draft, claim: Claim) -> bool:
    """Is the source a person (a name of a person, or he/she/I/we)?"""
    head = d.source_head
    if head is None or claim.source is None:
        return False
    if (claim.source.entity_id or "").startswith("person:"):
        return True
    return head.ent_type_ == "PERSON" or head.lower_ in _PERSONAL


# Verbs that name or rate their object ("called the plan a hoax", "described X as Y"): the
# object alone, with no predicate, says nothing of it ("called bigwigs to the stage").
_NAMING_VERBS = _words(
    "call label brand dub term describe characterize characterise portray view regard deem judge"
    " consider"
)
# Nouns of a directive speech act: to reject, accept or deny one is a decision on it (a court
# "rejected a request to unseal the file"), not a view of what it says.
_DIRECTIVE_NOUNS = _words(
    "request demand appeal bid motion petition offer invitation application plea"
)
# Verbs of saying that also take what is done or spoken of as their object ("announced the
# arrest", "declared bankruptcy", "mentioned climate change"). Verbs whose object is itself a
# statement, a finding, a demand or a promise ("claimed vast wealth", "polls show Roe ahead",
# "urged retaliation", "promised a veto", "denied any role") are not among them.
_EVENT_OBJECT_VERBS = _words(
    "announce declare report release publish disclose detail decline refuse cite mention"
    " discuss note highlight reference present stress emphasize emphasise offer order"
    " propose unveil thank congratulate concede"
)
# Verbs whose plain object is something to be done ("ordered a review", "commissioned a
# study"), whatever the noun.
_DIRECTING_VERBS = _words("order commission")
# What one claims by winning or taking it ("claimed the nomination", "claimed 41 percent of the
# vote", "the attack claimed 80 lives"), where "claimed victory" or "claimed responsibility" is
# said.
_WON_NOUNS = _words(
    "nomination prize percent seat title territory crown life delegate vote share trophy medal"
)
# Dependents that show a misparsed second object or predicate inside the object's subtree
# ("called the shootings and the unrest that followed a moment similar to ...").
_SECOND_OBJECT = frozenset({"dobj", "attr", "oprd", "appos", "npadvmod", "ccomp", "xcomp"})


def _decides_directive(cue: Token, content: tuple[int, int]) -> bool:
    """Is the cue a stance verb (or decline, deny, refuse) whose object is a request, an
    offer or a demand ("rejected the offer to ...", "denied a request")?"""
    span = cue.doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() not in _DIRECTIVE_NOUNS:
        return False
    lemma = cue.lemma_.lower()
    return lemma in STANCE_VERBS or lemma in ("decline", "deny", "refuse")


# Verbs that point at a source: with a document as plain object, nothing said is shown.
_CITING_VERBS = _words("cite reference")


def _appositive_person(tok: Token, head: Token) -> bool:
    """Is a token a person's name in apposition to the object head ("an aide, Jane Roe")?"""
    return tok.dep_ == "appos" and tok.head.i == head.i and tok.ent_type_ == "PERSON"


def _appositive_names(tok: Token) -> bool:
    """Does a person's name stand in apposition to a token ("a party official, Jane Roe")?"""
    return any(_appositive_person(c, tok) for c in tok.children)


def _object_is_act(cue: Token, content: tuple[int, int]) -> bool:
    """Is the object content of a cue verb an event or a thing rather than something said or
    held true? A naming verb without the name ("called Roe to the stage"); a stance verb acting
    on a request ("rejected a request"); a verb of saying whose object is a plain noun phrase
    that is no statement, report or view ("announced the arrest", "declared bankruptcy"),
    where "announced plans to ...", "cited the report" and "announced that ..." are kept."""
    span = cue.doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    if any(t.text in _QUOTE_MARKS for t in span):
        return False  # a quoted name or phrase is something said ("calls the law 'a mess'")
    lemma = cue.lemma_.lower()
    head = span.root
    right = [c for c in cue.children if c.i > cue.i]
    if lemma in _NAMING_VERBS:
        has_object = any(c.dep_ == "dobj" for c in right)
        predicate = any(
            c.dep_ in ("ccomp", "xcomp")
            or (c.dep_ in ("oprd", "attr") and (has_object or not _appositive_names(c)))
            or (c.dep_ == "prep" and c.lower_ in ("as", "for"))
            for c in right
        )
        if predicate or sum(c.dep_ == "dobj" for c in right) > 1:
            return False
        # A person's name in apposition names the object ("called a party official, Jane
        # Roe,": a phone call); it is no second predicate.
        return not any(
            t.dep_ in _SECOND_OBJECT and not _appositive_person(t, head)
            for t in span
            if t.i != head.i
        )
    if head.lemma_.lower() in _DIRECTIVE_NOUNS:
        return lemma in STANCE_VERBS or lemma in ("decline", "deny", "refuse")
    if lemma == "claim" and head.lemma_.lower() in _WON_NOUNS and head.head.i == cue.i:
        # "claimed the nomination", "claiming 41 percent of the vote": taking, not saying
        return True
    if lemma in _DIRECTING_VERBS and head.pos_ == "NOUN" and head.head.i == cue.i:
        # "ordered a review of the program": what is ordered is to be done, even a report.
        return True
    if lemma not in _EVENT_OBJECT_VERBS:
        return False
    if not _plain_np(cue, content) or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in _CITING_VERBS and head.lemma_.lower() in REPORT_NOUNS:
        # "cited a new book by Roe", "referenced the report": a document named, nothing of
        # what it says shown ("cited a report that found ..." is no plain noun phrase).
        return True
    if head.lemma_.lower() in CUE_NOUNS or head.lemma_.lower() in REPORT_NOUNS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "as" for c in right)
