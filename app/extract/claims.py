"""Claims: attribution relations (source, cue, content) with quote kind and hedging.

One walk over the parsed `Doc` finds the cues (verbs of saying, believing and stance; "according
to"; nouns such as "reports that"), reads the source and the content off the dependency tree,
then quotations that no cue reached are tied to a nearby speaker or to the quote before them.
The conventions follow PARC/PolNeAR, which the benchmark scores against: content keeps "that"
and the quote marks but not the sentence's final stop; a token belongs to one claim at most, so
an attribution nested in another's content is not reported twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from app.extract.claim_filter import load_filter
from app.extract.claim_lexicon import LEARNED_CUES
from app.extract.claim_lines import headline_claim, line_claims
from app.extract.coref import resolve
from app.extract.cues import (
    ANONYMOUS_NOUNS,
    BELIEF_VERBS,
    CLAUSE_ONLY_VERBS,
    CUE_NOUNS,
    CUE_VERBS,
    HEDGE_WORDS,
    OBJECT_CONTENT_VERBS,
    REPORT_NOUNS,
    SPEECH_VERBS,
)
from app.extract.model import (
    Claim,
    ClaimContent,
    ClaimSource,
    Entity,
    Mention,
    SourceKind,
    Span,
)
from app.extract.quotes import Quote, find_quotes
from app.extract.tokens import doc_text, token_table

_SUBJECTS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_TRIM = " \t\n.,;:!?—–-"
_QUOTE_MARKS = "“”„«»\"'‘’`"
# Right-hand children of a cue verb that can carry an object-shaped content.
_OBJECT_DEPS = frozenset({"dobj", "oprd", "xcomp", "attr", "prep", "dative", "advcl", "acomp"})
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# How many tokens past a quote's end a "said X" may sit and still speak it.
_QUOTE_WINDOW = 8


@dataclass(slots=True)
class _Draft:
    """A claim being built: char offsets, and the tokens later steps reason about."""

    cue: tuple[int, int] | None
    content: tuple[int, int]
    source: tuple[int, int] | None = None
    source_head: Token | None = None
    antecedent: Token | None = None  # a relative pronoun's noun ("X, who said")
    cue_token: Token | None = None
    hedges: list[str] = field(default_factory=list)
    # The content's stretches when a speaker tag or another quote's gap splits it; empty means
    # one part, the whole content.
    parts: list[tuple[int, int]] = field(default_factory=list)
    how: str = "clause"  # where the content came from (a feature of the learned filter)

    @property
    def order(self) -> int:
        starts = [self.content[0]]
        if self.cue:
            starts.append(self.cue[0])
        if self.source:
            starts.append(self.source[0])
        return min(starts)


# ------------------------------------------------------------------------------ span helpers


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding space and punctuation, but keep a closing quote mark and what it holds."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _subtree(tok: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Char span of a token's subtree, optionally cut before a child's subtree (to the left)."""
    left = tok.left_edge.idx
    right_tok = tok.right_edge
    if exclude is not None and exclude.i > tok.i:
        right_tok = tok.doc[exclude.left_edge.i - 1] if exclude.left_edge.i > tok.i else tok
    return left, right_tok.idx + len(right_tok.text)


def _quote_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The quotation that overlaps [start, end) most."""
    best: Quote | None = None
    best_len = 0
    for q in quotes:
        if q.start >= end:
            break
        overlap = min(q.end, end) - max(q.start, start)
        if overlap > best_len:
            best, best_len = q, overlap
    return best


def _only_glue(text: str) -> bool:
    """True when text between a quote and its speaker holds nothing but punctuation."""
    return all(c.isspace() or c in ",:;—–-" for c in text)


# ------------------------------------------------------------------------------ sources


def _find_subject(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The token naming who does `verb`, and whether it came from a passive "by" phrase."""
    subj = _nearest_subject(verb)
    if subj is not None:
        return subj, False
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
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
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
        return _find_subject(head.head, depth + 1)
    if verb.dep_ in ("xcomp", "advcl"):
        # Object control: "led the board to fear ..., believing" -> the board believes.
        has_xcomp = verb.dep_ == "xcomp" or any(c.dep_ == "xcomp" for c in head.children)
        if has_xcomp:
            for child in head.children:
                if child.dep_ == "dobj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
                    return child, False
        return _find_subject(head, depth + 1)
    if verb.dep_ == "conj" or (verb.dep_ == "acomp" and verb.pos_ == "ADJ"):
        # "was unwilling to consider": the adjective an infinitive hangs on is the subject's.
        return _find_subject(head, depth + 1)
    return None, False


def _source_span(head: Token, verb: Token | None) -> tuple[int, int]:
    """The source noun phrase: the subject's subtree, minus a cue nested inside it."""
    if head.lower_ in _RELATIVE and head.tag_ in ("WP", "WDT"):
        return head.idx, head.idx + len(head.text)
    start, end = _subtree(head)
    if verb is not None and start <= verb.idx < end:
        # "the board announcing ...": the verb hangs off the noun; stop before it.
        end = verb.doc[verb.left_edge.i - 1].idx + len(verb.doc[verb.left_edge.i - 1].text)
    doc = head.doc
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
        ):
            end = min(end, before.idx)
            break
    return _whole_name(doc, start, end)


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
    for dash in (" – ", " — ", " -- "):
        cut = text.find(dash, start, end)
        # A dateline opens with a place in capitals: "MACAU (Reuters) – ...".
        if cut > start and text[start:cut].split()[0].isupper():
            start = cut + len(dash)
    # PolNeAR keeps the comma that closes an apposition or a relative clause wherever the
    # source stands ("said Ryan, a conservative, on Monday"): 922 of 1028 such sources in train.
    if text[end : end + 1] == "," and "," in text[start:end]:
        end += 1
    return start, end


# ------------------------------------------------------------------------------ contents


def _clause_content(
    verb: Token, quotes: list[Quote], text: str, frames: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Content of a verb cue: its clause, quote, or object, or None when it has none.
    `frames` are the content shapes learned for the verb ("object", "prep:about" ...)."""
    lemma = verb.lemma_.lower()
    ccomp = [c for c in verb.children if c.dep_ in ("ccomp", "csubj") and c.dep_ != "csubj"]
    if ccomp:
        comp = ccomp[0]
        start, end = _subtree(comp)
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
    xcomp = [c for c in verb.children if c.dep_ == "xcomp"]
    if xcomp and (lemma in BELIEF_VERBS or lemma in SPEECH_VERBS or "clause" in frames):
        # "plans to run", "urged Congress to act": the object (if any) and the infinitive.
        objs = [c for c in verb.children if c.dep_ in ("dobj",) and c.i > verb.i]
        start = _subtree(objs[0])[0] if objs else _subtree(xcomp[0])[0]
        return start, _subtree(xcomp[0])[1]
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
    takes_object = (
        lemma in OBJECT_CONTENT_VERBS
        or lemma == "say"
        or ("object" in frames and lemma not in CLAUSE_ONLY_VERBS)
    )
    if not takes_object:
        return None
    right = [
        c
        for c in verb.children
        if c.i > verb.i
        and c.dep_ in _OBJECT_DEPS
        # "dismissed the remark, saying ...": the second cue carries its own claim.
        and not (c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in CUE_VERBS)
        and not (c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "during", "after", "before"))
    ]
    objs = [c for c in right if c.dep_ in ("dobj", "oprd", "attr")]
    if not objs:
        return None
    if objs[0].lower_ in ("what", "which", "that") and len(objs) == 1:
        # "what the union calls ...": the object is the relative word; a predicate follows.
        preds = [c for c in right if c.dep_ in ("oprd", "xcomp")]
        if not preds:
            return None
        right = preds
    first = min(right, key=lambda c: c.left_edge.i)
    last = max(right, key=lambda c: c.right_edge.i)
    return first.left_edge.idx, last.right_edge.idx + len(last.right_edge.text)


def _drop_trailing_aside(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """Cut a comma-set relative clause that closes an unquoted content ("... donations, which
    he said were ..."): the writer's aside about a noun, not part of what the source said
    (PolNeAR leaves it out). An apposition stays: it often names the referent."""
    start, end = span
    inner = doc.char_span(start, end, alignment_mode="contract")
    if inner is None or len(inner) < 4:
        return span
    text = doc_text(doc)
    if any(c in text[start:end] for c in '“”„«»"'):
        return span
    for tok in inner:
        if tok.dep_ != "relcl" or tok.right_edge.i < inner.end - 2:
            continue
        first = tok.left_edge
        if first.i <= inner.start or doc[first.i - 1].text != ",":
            continue
        if first.lower_ not in ("who", "which", "whom", "whose"):
            continue
        if tok.head.i >= first.i or tok.head.i < inner.start:
            continue
        comma = doc[first.i - 1]
        return start, comma.idx
    return span


def _snap_to_quotes(span: tuple[int, int], quotes: list[Quote], text: str) -> tuple[int, int]:
    """Grow a content span to whole quotations it cuts into, so quote marks are kept."""
    start, end = _trim(text, *span)
    for q in quotes:
        if q.start >= end + 2:
            break
        if q.end <= start - 2:
            continue
        # The span reaches into the quote, or stops just short of its marks.
        if q.start <= start + 1 and q.start < end:
            start = min(start, q.start)
        if q.end >= end - 1 and q.start < end:
            end = max(end, q.end) if q.end - end <= 3 or q.start >= start else end
    return start, end


# ------------------------------------------------------------------------------ cue finders


def _verb_cue(
    tok: Token, quotes: list[Quote], text: str, frames: frozenset[str] = frozenset()
) -> _Draft | None:
    lemma = tok.lemma_.lower()
    raised = _raising_content(tok, frames)
    if raised is not None:
        # "The crowd seemed to cheer": nobody is named as holding the impression.
        return _Draft(
            cue=(tok.idx, tok.idx + len(tok.text)), content=raised, cue_token=tok, how="raising"
        )
    content = _clause_content(tok, quotes, text, frames)
    how = _content_frame(tok)
    if content is None:
        content = _adjacent_quote(tok, quotes, text)
        how = "quote"
    if content is None:
        content = _parenthetical_content(tok)
        how = "parenthetical"
    if content is None:
        return None
    subj, _passive = _find_subject(tok)
    if subj is not None and subj.i == tok.i:
        subj = None
    cue_end = tok.idx + len(tok.text)
    for child in tok.children:
        if child.dep_ == "prt" and child.i == tok.i + 1:
            cue_end = child.idx + len(child.text)
    draft = _Draft(cue=(tok.idx, cue_end), content=content, cue_token=tok, how=how)
    if subj is not None:
        draft.source = _source_edges(
            text, _keep_abbreviation(tok.doc, text, _trim(text, *_source_span(subj, tok)))
        )
        draft.source_head = subj
        if subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
            draft.antecedent = tok.head
    if lemma in HEDGE_WORDS:
        draft.hedges.append(tok.lower_)
    return draft


def _content_frame(verb: Token) -> str:
    """Which of the verb's dependents its content came from: clause, infinitive or object."""
    deps = {c.dep_ for c in verb.children}
    if "ccomp" in deps:
        return "ccomp"
    if "xcomp" in deps:
        return "xcomp"
    if "prep" in deps and not deps & {"dobj", "attr", "oprd"}:
        return "prep"
    return "object"


def is_negated(cue: Token) -> bool:
    """True when the cue itself is negated: "did not say", "never claimed", "no one believes"."""
    for child in cue.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in _SUBJECTS and child.lower_ in ("nobody", "none", "no one"):
            return True
        if child.dep_ in _SUBJECTS and any(
            g.lower_ == "no" and g.dep_ == "det" for g in child.children
        ):
            return True
    return False


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


def _parenthetical_content(verb: Token) -> tuple[int, int] | None:
    """ "Acts of protest, he said, are acts of patriotism": a speech tag set into the clause it
    reports (parsed as parataxis) has that whole clause as content; PolNeAR's content runs from
    the clause's first word to its last, around the tag."""
    if verb.dep_ != "parataxis" or verb.head.i == verb.i:
        return None
    if verb.lemma_.lower() not in SPEECH_VERBS and verb.lemma_.lower() not in BELIEF_VERBS:
        return None
    if not any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    head = verb.head
    doc = verb.doc
    first, last = head.left_edge.i, head.right_edge.i
    tag0, tag1 = verb.left_edge.i, verb.right_edge.i
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
            if text[clause_end - 1] not in ".!?":
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


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the one nearest the verb. The parser sometimes makes a
    quotation before "X said" a second subject ("“The more people ...,” Briggs said")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects:
        return None
    return min(subjects, key=lambda c: abs(c.i - verb.i))


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
    if after[1] - after[0] > before[1] - before[0]:
        content = after
    elif before[1] > before[0]:
        content = before
    else:
        return None
    draft = _Draft(
        cue=(tok.idx, nxt.idx + len(nxt.text)), content=content, cue_token=tok, how="according"
    )
    draft.source = _keep_abbreviation(tok.doc, text, _trim(text, *_subtree(src)))
    draft.source_head = src
    return draft


def _noun_cue(tok: Token, text: str, frames: frozenset[str]) -> _Draft | None:
    """ "reports that ...", "his announcement that ...", "the city's plan to ...", and nouns
    whose content is a prepositional object ("criticism of ...") when `frames` allows it."""
    comp = None
    for child in tok.children:
        if child.i <= tok.i or child.dep_ not in ("acl", "ccomp", "relcl", "appos"):
            continue
        marks = [g for g in child.children if g.dep_ in ("mark", "aux") and g.i < child.i]
        if (
            (any(m.lower_ == "that" for m in marks) and child.dep_ != "relcl")
            or (any(m.lower_ == "to" for m in marks) and child.dep_ == "acl")
            or (
                child.dep_ == "relcl"
                and any(m.lower_ == "that" and m.dep_ == "mark" for m in marks)
            )
        ):
            comp = child
        if comp is not None:
            break
    cue_end = tok.idx + len(tok.text)
    if comp is not None:
        content = _subtree(comp)
    else:
        # "criticism of the plan", "her support for the bill", "comments on the ruling": the
        # object of the preposition the word takes (learned per word from PolNeAR train).
        preps = [
            c
            for c in tok.children
            if c.dep_ == "prep" and c.i > tok.i and f"prep:{c.lower_}" in frames
        ]
        objs = [g for g in preps[0].children if g.dep_ in ("pobj", "pcomp")] if preps else []
        if not objs:
            return None
        content = _subtree(objs[0])
        cue_end = preps[0].idx + len(preps[0].text)
    draft = _Draft(cue=(tok.idx, cue_end), content=content, cue_token=tok, how="noun")
    poss = [c for c in tok.children if c.dep_ == "poss"]
    by = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    if poss:
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


# ------------------------------------------------------------------------------ quotations


def _attach_quotes(drafts: list[_Draft], quotes: list[Quote], doc: Doc) -> list[_Draft]:
    """Quotations no claim covers: extend the speaker's claim before them, or start one."""
    text = doc_text(doc)
    drafts.sort(key=lambda d: d.content[0])
    for q in quotes:
        covered = any(d.content[0] <= q.start + 1 and d.content[1] >= q.end - 1 for d in drafts)
        inside = any(d.content[0] <= q.start and q.end <= d.content[1] for d in drafts)
        if covered or inside:
            continue
        if any(q.start < d.content[1] and d.content[0] < q.end for d in drafts):
            continue  # a quoted fragment of some claim's content: mixed, handled there
        # A whole sentence (or more) in quotes: find who said it just before it.
        prev = [d for d in drafts if d.content[1] <= q.start]
        if not prev:
            continue
        last = max(prev, key=lambda d: d.content[1])
        gap = text[last.content[1] : q.start]
        if not _is_turn_gap(gap, last):
            continue
        if _quote_kind(text, last.content, quotes) == "indirect" and "\n" in gap:
            continue
        if not last.parts:
            last.parts = [last.content]
        last.parts.append((q.start, q.end))
        last.content = (last.content[0], q.end)
        last.how = "continued"
    return drafts


def _is_turn_gap(gap: str, last: _Draft) -> bool:
    """True if only the speaker tag and breaks separate a quote from the previous one."""
    if len(gap) > 160 or gap.count("\n") > 2:
        return False
    core = gap.strip(" \n\t.,;:—–-")
    if not core:
        return True
    # "... ," he said. "..." — the gap is the claim's own source and cue.
    words = core.replace(",", " ").replace(".", " ").split()
    return len(words) <= 8 and last.cue is not None and last.cue[0] >= last.content[1]


# ------------------------------------------------------------------------------ labelling


def _quote_kind(text: str, content: tuple[int, int], quotes: list[Quote]) -> str:
    start, end = content
    inner = [q for q in quotes if q.start < end and start < q.end]
    if not inner:
        return "indirect"
    quoted = sum(min(q.end, end) - max(q.start, start) for q in inner)
    letters = sum(c.isalnum() for c in text[start:end])
    quoted_letters = sum(
        c.isalnum() for q in inner for c in text[max(q.start, start) : min(q.end, end)]
    )
    framed = any(q.start == start for q in inner) and any(q.end == end for q in inner)
    if framed or quoted >= end - start - 2 or quoted_letters >= letters:
        # A turn split by its tag ("“A,” she said. “B.”") is still all quotation.
        return "direct"
    return "mixed"


def _source_kind(head: Token, names: frozenset[str]) -> SourceKind:
    """named / pronoun / anonymous / report, from the source's head word alone."""
    if head.pos_ == "PRON" or head.lower_ in _RELATIVE:
        return "pronoun"
    lemma = head.lemma_.lower()
    if head.text in names or _appositive_name(head) is not None:
        return "named"
    generic = head.is_sent_start or not head.text[:1].isupper()
    if generic and (head.lower_ in ANONYMOUS_NOUNS or lemma in ANONYMOUS_NOUNS):
        # Sentence-initial "Observers" is tagged PROPN for its capital; the word decides.
        return "anonymous"
    if generic and (head.lower_ in REPORT_NOUNS or lemma in REPORT_NOUNS):
        return "report"
    if head.pos_ == "PROPN" or (head.ent_type_ in _NAMED_ENTS and head.ent_iob_ != "O"):
        return "named"
    if lemma in REPORT_NOUNS or head.lower_ in REPORT_NOUNS:
        return "report"
    if lemma in ANONYMOUS_NOUNS or head.lower_ in ANONYMOUS_NOUNS:
        return "anonymous"
    if head.text[:1].isupper() and not head.is_sent_start:
        return "named"
    return "anonymous"


def _capitalised_words(doc: Doc) -> frozenset[str]:
    """Words the article capitalises inside sentences: names, even where the tagger missed one
    at a sentence's start ("Lopez, who chairs ..., argued")."""
    table = token_table(doc)
    return frozenset(
        word
        for word, sent_start, pos, alpha in zip(
            table.words, table.sent_start, table.pos, table.is_alpha, strict=True
        )
        if word[:1].isupper() and not sent_start and pos == "PROPN" and alpha
    )


def _mentions(entities: list[Entity]) -> list[tuple[Mention, Entity]]:
    pairs = [(m, e) for e in entities for m in e.mentions]
    pairs.sort(key=lambda p: p[0].start)
    return pairs


def _link(
    start: int, end: int, head: Token, mentions: list[tuple[Mention, Entity]]
) -> Entity | None:
    """The entity a mention of which covers the source's head, else one inside the source that
    stands for it: a name in apposition to the head ("The party leader, Jane Roe,") before a
    modifier of it ("party" in "The Green Party leader")."""
    h0, h1 = head.idx, head.idx + len(head.text)
    best: tuple[int, Entity] | None = None
    for m, e in mentions:
        if m.start <= h0 and h1 <= m.end:
            return e
        if start <= m.start and m.end <= end:
            rank = _stands_for(head, m)
            if rank == 1 and head.pos_ == "PROPN":
                continue  # "Scottish" in "the Scottish Executive" is not the Executive
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, e)
    return best[1] if best else None


def _stands_for(head: Token, m: Mention) -> int | None:
    """Does a name inside the source phrase name the source itself ("the chair, Jane Roe";
    "Senate leader Jane Roe") rather than someone it is related to ("Smith's spokesman", "the
    leader of France", "a voter who backs Lee")? 0 when the name is in apposition to the head,
    1 when it reaches the head through modifiers only, None when it does not stand for it."""
    span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    appos = False
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ not in ("appos", "compound", "flat", "conj", "cc", "nmod", "amod"):
            return None
        appos = appos or tok.dep_ == "appos"
        tok = tok.head
    if tok.i != head.i:
        return None
    return 0 if appos else 1


def _appositive_name(head: Token) -> Token | None:
    """A proper name set in apposition to a common-noun source ("The party leader, Jane Roe,"),
    which names the source."""
    if head.pos_ in ("PROPN", "PRON"):
        return None
    for child in head.children:
        if child.dep_ == "appos" and (
            child.pos_ == "PROPN" or (child.ent_type_ in _NAMED_ENTS and child.ent_iob_ != "O")
        ):
            return child
    return None


def _role(doc: Doc, start: int, end: int, head: Token) -> str | None:
    """A title the source phrase gives its person: "Finance Minister" in front of the
    name, or an apposition after it ("Ana Ruiz, Peru's finance minister")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    name = _first_person(doc, span)
    if name is None:
        return None
    lead = [t for t in span if t.i < name.start and t.dep_ not in ("det", "punct", "poss", "case")]
    if lead and any(t.pos_ in ("NOUN", "PROPN") for t in lead):
        return doc[lead[0].i : lead[-1].i + 1].text
    for t in name.root.children:
        if t.dep_ == "appos":
            a0, a1 = t.left_edge.i, t.right_edge.i + 1
            return doc[a0:a1].text.strip(" ,")
    return None


def _first_person(doc: Doc, span: SpacySpan) -> SpacySpan | None:
    """The first PERSON of `span.ents` (entities wholly inside the span; like `Span.ents`, the
    search ends at the first entity that starts inside and runs past the end), read from the
    token table: `span.ents` makes a Span of every entity of the document."""
    for start, end, label in token_table(doc).ents:
        if start < span.start:
            continue
        if end > span.end:
            break
        if label == "PERSON":
            return doc[start:end]
    return None


def _hedges(doc: Doc, draft: _Draft) -> list[str]:
    found = list(draft.hedges)
    cue = draft.cue_token
    # Indirect speech after a past-tense cue shifts "will" to "would" (sequence of tenses).
    reported = cue is not None and cue.tag_ in ("VBD", "VBN") and draft.how in ("ccomp", "xcomp")
    span = doc.char_span(*draft.content, alignment_mode="expand")
    if span is not None:
        for t in span:
            if t.lower_ in HEDGE_WORDS and t.pos_ in ("AUX", "ADV", "VERB", "ADJ"):
                if t.lower_ in ("would",) and t.head.lemma_ == "like":
                    continue
                if t.dep_ == "amod" and t.lower_ in ("likely", "unlikely", "expected"):
                    continue  # "likely voters", "the expected turnout": a kind, not a hedge
                if t.lower_ == "would" and reported:
                    continue  # "said he would vote": the past of "will", not a condition
                found.append(t.lower_)
    seen: list[str] = []
    for w in found:
        if w not in seen:
            seen.append(w)
    return seen


# ------------------------------------------------------------------------------ entry point


def _frames(lemma: str, pos: str) -> frozenset[str]:
    learned = LEARNED_CUES.get((lemma, pos))
    return learned[1] if learned else frozenset()


def _find_drafts(
    doc: Doc, quotes: list[Quote], skip: set[int], only: set[int] | None = None
) -> list[_Draft]:
    table = token_table(doc)
    text = table.text
    drafts: list[_Draft] = []
    for i in range(len(table.words)) if only is None else sorted(only):
        if i in skip:
            continue
        lemma = table.lemma[i].lower()
        pos = table.pos[i]
        draft: _Draft | None = None
        if table.lower[i] == "according":
            draft = _according_to(doc[i], text)
        elif pos == "VERB" and (lemma in CUE_VERBS or (lemma, "verb") in LEARNED_CUES):
            draft = _verb_cue(doc[i], quotes, text, _frames(lemma, "verb"))
        elif pos == "NOUN" and (lemma in CUE_NOUNS or (lemma, "noun") in LEARNED_CUES):
            draft = _noun_cue(doc[i], text, _frames(lemma, "noun"))
        if draft is None:
            continue
        draft.content = _snap_to_quotes(_drop_trailing_aside(doc, draft.content), quotes, text)
        if draft.content[1] <= draft.content[0]:
            continue
        if _object_of_unlearned_frame(draft, quotes):
            continue
        drafts.append(draft)
    return drafts


def _quoted_tokens(doc: Doc, quotes: list[Quote]) -> set[int]:
    """Indices of tokens inside quotations of a sentence or more (not scare quotes)."""
    inside: set[int] = set()
    text = doc_text(doc)
    for q in quotes:
        if len(text[q.start : q.end].split()) < 6:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="contract")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _cue_quoted(draft: _Draft, quotes: list[Quote]) -> bool:
    """True if a draft's cue word sits inside a quotation."""
    cue = draft.cue
    if cue is None or draft.cue_token is None:
        return False
    return any(q.start < cue[0] and cue[1] < q.end for q in quotes)


def _drop_nested(drafts: list[_Draft], quotes: list[Quote]) -> list[_Draft]:
    """One claim per stretch of text: a cue inside another claim's content is not its own."""
    kept: list[_Draft] = []
    # A cue inside a quotation ("“You bet I would,” Christie said") is the quoted speaker's
    # own voice: the tag that reports the quote is judged first, and wins the quote.
    by_size = sorted(drafts, key=lambda d: (_cue_quoted(d, quotes), -(d.content[1] - d.content[0])))
    for d in by_size:
        cue = d.cue or d.content
        if any(k.content[0] <= cue[0] and cue[1] <= k.content[1] for k in kept):
            continue
        if any(d.content[0] <= k.cue[0] < d.content[1] for k in kept if k.cue):
            # This one swallows an outer cue: keep the outer claim, drop the inner one.
            continue
        kept.append(d)
    return kept


def extract_claims(
    doc: Doc, entities: list[Entity], not_story: Sequence[tuple[int, int]] = ()
) -> list[Claim]:
    """Who said or believes what, in text order, each with a calibrated `confidence`;
    candidates the learned filter rejects are left out. `not_story` are spans that are no
    one's words (the dateline, markup, section labels): a content starts after them, and a
    claim whose source or cue lies in one is no claim."""
    model = load_filter()
    claims: list[Claim] = []
    text = doc_text(doc)
    for claim, feats in candidate_claims(doc, entities):
        if not_story and not _clear_of(claim, not_story, text):
            continue
        if model is not None:
            raw = model.raw(feats)
            if raw < model.drop_below:
                continue
            claim.confidence = round(model.confidence(raw), 4)
        claim.id = f"c{len(claims) + 1}"
        claims.append(claim)
    return claims


def candidate_claims(doc: Doc, entities: list[Entity]) -> list[tuple[Claim, dict[str, float]]]:
    """Every candidate attribution with the features the learned filter scores it by."""
    text = doc_text(doc)
    quotes = find_quotes(text)
    # The quoted speaker's own "I think" is part of the quote, not a claim of the article's;
    # cues inside quotations count only for quotations nobody else is said to have spoken.
    inside = _quoted_tokens(doc, quotes)
    found = _find_drafts(doc, quotes, skip=inside)
    lines = line_claims(doc)
    head_line = headline_claim(doc)
    taken = {x.cue for x in lines} | {x.cue for x in found}
    if head_line is not None and head_line.cue not in taken:
        lines.append(head_line)
    for line in lines:
        found.append(
            _Draft(
                cue=line.cue,
                content=line.content,
                source=line.source,
                source_head=line.head,
                cue_token=None,
                how="headline" if line is head_line else "line",
            )
        )
    drafts = _drop_nested(found, quotes)
    drafts = _attach_quotes(drafts, quotes, doc)
    idx = token_table(doc).idx
    orphan = {i for i in inside if not any(d.content[0] <= idx[i] < d.content[1] for d in drafts)}
    if orphan:
        drafts = _drop_nested(drafts + _find_drafts(doc, quotes, skip=set(), only=orphan), quotes)
    mentions = _mentions(entities)
    names = _capitalised_words(doc)
    claims: list[tuple[Claim, dict[str, float]]] = []
    for d in sorted(drafts, key=lambda d: d.order):
        parts = _split_parts(d, quotes, text)
        c0, c1 = parts[0][0], parts[-1][1]
        source: ClaimSource | None = None
        if d.source is not None and d.source_head is not None:
            d.source = _clean_source(text, d.source)
        if d.source is not None and d.source_head is not None and d.source[1] > d.source[0]:
            s0, s1 = d.source
            kind = _source_kind(d.source_head, names)
            entity: Entity | None
            if kind == "pronoun":
                entity = _antecedent_entity(d, mentions)
            else:
                entity = _link(s0, s1, d.source_head, mentions)
            role = _role(doc, s0, s1, d.source_head) if kind == "named" else None
            if role is None and entity is not None and entity.roles:
                role = entity.roles[0].title
            source = ClaimSource(
                text=text[s0:s1],
                start=s0,
                end=s1,
                kind=kind,
                entity_id=entity.id if entity else None,
                role=role,
            )
        cue = Span(text[d.cue[0] : d.cue[1]], d.cue[0], d.cue[1]) if d.cue else None
        hedges = _hedges(doc, d)
        claim = Claim(
            id=f"c{len(claims) + 1}",
            source=source,
            cue=cue,
            content=ClaimContent(
                text[c0:c1], c0, c1, parts=[Span(text[a:b], a, b) for a, b in parts]
            ),
            quote=_quote_kind(text, d.content, quotes),  # type: ignore[arg-type]
            hedged=bool(hedges),
            hedges=hedges,
            negated=d.cue_token is not None and is_negated(d.cue_token),
        )
        claims.append((claim, _features(d, claim, quotes, text)))
    return claims


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


def _object_of_unlearned_frame(d: _Draft, quotes: list[Quote]) -> bool:
    """A plain noun phrase as the content of a verb PolNeAR train does not know as a cue at all
    (only the hand-written list has it: "He championed gay rights", "They embraced the plan"):
    a thing, not a proposition, so no claim. Quoted contents are kept."""
    cue = d.cue_token
    if cue is None or d.how in ("quote", "raising", "parenthetical") or cue.pos_ != "VERB":
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


def _clean_source(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """No quote mark, space or sentence stop at a source's edges ("“PENCE", " Jo Lee.");
    an abbreviation keeps its stop ("the U.S.")."""
    start, end = span
    while start < end and (text[start].isspace() or text[start] in _QUOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTE_MARKS):
        end -= 1
    if end - start > 1 and text[end - 1] == "." and text[end - 2].islower():
        word = text[start:end].split()[-1]
        if len(word) > 4 and "." not in word[:-1]:
            end -= 1
    return start, end


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
        for a, b in (left, right):
            a, b = _trim(text, a, b)
            if b > a and any(c.isalnum() for c in text[a:b]):
                parts.append((a, b))
    return parts or [d.content]


def _antecedent_entity(d: _Draft, mentions: list[tuple[Mention, Entity]]) -> Entity | None:
    """The entity a pronoun source refers to: a relative pronoun's noun, else the mention the
    coreference model resolves the pronoun to (never simply the nearest name)."""
    assert d.source_head is not None
    if d.antecedent is not None:
        ant = _named_antecedent(d.antecedent)
        if ant is None:
            return None  # "the voters, who ...", "China and Japan, which ...": no one entity
        return _link(ant.left_edge.idx, ant.idx + len(ant.text), ant, mentions)
    head = d.source_head
    if not mentions:
        return None
    if head.lower_ in _FIRST_PERSON:
        return None  # "I", "we": the quote's speaker or the author, not a third person
    resolved = resolve(head.doc, head)
    if resolved is None:
        return None
    tok = resolved.token
    return _link(resolved.span.start_char, resolved.span.end_char, tok, mentions)


def _named_antecedent(ant: Token) -> Token | None:
    """The name a relative pronoun stands for: its noun, or the name that noun is in apposition
    to ("Acme, the maker, which said"); None when that is no single name (a common noun, or
    names in coordination: "China and Japan, which vowed")."""
    for _ in range(3):
        if ant.dep_ == "conj" or any(c.dep_ == "conj" for c in ant.children):
            return None
        if ant.pos_ == "PROPN" or (ant.ent_type_ in _NAMED_ENTS and ant.ent_iob_ != "O"):
            return ant
        if ant.dep_ != "appos":
            return None
        ant = ant.head
    return None


def sentence_of(doc: Doc, char: int) -> SpacySpan | None:
    """The sentence holding a character offset (used by tests and the benchmark's reports)."""
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent
    return None


def _clear_of(claim: Claim, not_story: Sequence[tuple[int, int]], text: str) -> bool:
    """Move the claim's content (and its first part) past any span of `not_story` it starts
    in ("WASHINGTON (AP) — Lawmakers said ..."); False when the source or cue lies in one or
    nothing of the content is left."""
    for start, end in not_story:
        for span in (claim.source, claim.cue):
            if span is not None and start <= span.start < end:
                return False
        content = claim.content
        if start <= content.start < end:
            new_start = end
            while new_start < content.end and text[new_start].isspace():
                new_start += 1
            if new_start >= content.end:
                return False
            content.start = new_start
            content.text = text[new_start : content.end]
            if content.parts and content.parts[0].start < new_start:
                first = content.parts[0]
                if first.end <= new_start:
                    content.parts.pop(0)
                else:
                    content.parts[0] = Span(text[new_start : first.end], new_start, first.end)
    return True
