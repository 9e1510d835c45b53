"""Attributions shaped by layout, not syntax: "SPEAKER: words" lines and "“quote” ― Name".

Transcripts, interviews and many headlines put the speaker before a colon at the start of a
line ("WALLACE: Do you ...", "Poll: Voters ..."); reader responses and epigraphs put the name
after the quote behind a dash. The parser sees no verb of saying in either, so they are read
off the line, with spaCy's tags deciding whether the lead is a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from app.extract.cues import BELIEF_VERBS, CUE_VERBS, REPORT_NOUNS, SPEECH_VERBS
from app.extract.roles import is_role_noun
from app.extract.tokens import doc_text

# "WALLACE: ...", "Pat Caddell: ...": a short lead, a colon, then the words; a transcript
# quoted paragraph by paragraph opens each line with a quote mark ("“PENCE: Well, ...").
_SPEAKER_LINE = re.compile(
    r"^[ \t]*[\"“]?([^\n:\"“”]{2,60}?)[ \t]*(:)[ \t]+(\S[^\n]*)$", re.MULTILINE
)
# "“...” ― Jane Doe" closing a paragraph.
_DASH_NAME = re.compile(r"([”\"'’])[ \t]*([―—–]|--)[ \t]*([^\n]{2,60})$", re.MULTILINE)
# Leads that label a line rather than name a speaker.
_LABEL_WORDS = """
    update updated watch look read related note editor photo photos video source sources see
    correction clarification also more warning listen live breaking exclusive opinion analysis
    q a question answer caption credit disclaimer when where what who why how
    """
_LABELS = frozenset(_LABEL_WORDS.split())
_MAX_LEAD_TOKENS = 7


@dataclass(slots=True)
class LineClaim:
    """Character spans of one layout attribution, and the token heading its source."""

    source: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int]
    head: Token


def _names_someone(doc: Doc, start: int, end: int) -> Token | None:
    """The lead's head token if the lead is a name (or a report noun), else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 0 < len(span) <= _MAX_LEAD_TOKENS:
        return None
    words = [t for t in span if not t.is_punct]
    if not words or any(t.lower_ in _LABELS for t in words):
        return None
    if not all(t.text[:1].isupper() or not t.is_alpha for t in words):
        return None  # "the point is: ..." is a sentence, not a speaker
    head = words[-1]
    if head.lemma_.lower() in REPORT_NOUNS:
        return head
    if any(t.pos_ == "VERB" for t in words) and len(words) > 3:
        # "Warren Hammers CEO: ..." headlines name their speaker as the subject.
        subj = [t for t in words if t.dep_ in ("nsubj", "compound") and t.pos_ == "PROPN"]
        return subj[-1] if subj else None
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return head
    if len(words) <= 3 and _people(head):
        # "Historians: ...", "Party Insiders: ...": a headline or line may give its words to a
        # group of people named by what they are.
        return head
    if len(words) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in words):
        # "Sanders: Clinton Email Story Has Moved": before a colon the tagger may read a name
        # as a common noun; it is a name when the article tags that word so elsewhere.
        named = {
            t.text
            for t in doc
            if t.i not in range(span.start, span.end)
            and (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))
        }
        if all(t.text in named for t in words):
            return head
    if len(words) <= 3 and all(t.is_alpha and t.is_upper and len(t) > 1 for t in words):
        # A transcript's speaker in capitals ("AMOS:"), which the tagger may read as a noun;
        # the label words above ("UPDATE:", "WATCH:") are already out.
        return head
    return None


# Plural nouns for groups of people that are no occupation: "Insiders: ...", "Critics: ...".
_GROUP_NOUNS = frozenset(
    [
        "insider",
        "critic",
        "supporter",
        "observer",
        "skeptic",
        "sceptic",
        "backer",
        "opponent",
        "official",
        "expert",
    ]
)


def _people(head: Token) -> bool:
    """Is this word a plural noun for people ("Historians", "Economists", "Insiders")?"""
    if not head.is_alpha or head.pos_ != "NOUN" or head.tag_ != "NNS":
        return False
    lemma = head.lemma_.lower()
    return lemma != head.lower_ and (lemma in _GROUP_NOUNS or is_role_noun(head))


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def line_claims(doc: Doc) -> list[LineClaim]:
    """Every speaker-colon line and dash-signed quote in the document."""
    text = doc_text(doc)
    found: list[LineClaim] = []
    for m in _SPEAKER_LINE.finditer(text):
        s0, s1 = m.span(1)
        head = _names_someone(doc, s0, s1)
        if head is None:
            continue
        c0, c1 = m.span(3)
        c1 = len(text[c0:c1].rstrip()) + c0
        if c1 - c0 < 8:
            continue
        if _section_heading(doc, (s0, s1), (c0, c1)) or _no_words_said(
            doc, head, (s0, s1), (c0, c1)
        ):
            continue
        if _people(head) and not _has_verb(doc, c0, c1):
            continue  # "Teachers: a guide to the strike" names a topic, not their words
        lead = doc.char_span(s0, s1, alignment_mode="expand")
        if (
            lead is not None
            and len(lead) > 1
            and lead[0].tag_ in ("VBD", "VBN")
            and lead[0].lemma_.lower() in SPEECH_VERBS
            and lead[1].pos_ == "PROPN"
        ):
            # 'Continued Vance: "..."', "Added Roe:": the verb of saying set before the name
            # tells how the words come, it is not part of who speaks
            s0 = lead[1].idx
        found.append(LineClaim((s0, s1), m.span(2), (c0, c1), head))
    for m in _DASH_NAME.finditer(text):
        n0, n1 = m.span(3)
        name = text[n0:n1].rstrip()
        n1 = n0 + len(name)
        head = _names_someone(doc, n0, n1)
        if head is None:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        opener = _opening_mark(text, line_start, m.start(1))
        if opener is None:
            continue
        found.append(LineClaim((n0, n1), m.span(2), (opener, m.end(1)), head))
    return found


# A heading's words after the colon: a few words, no one speaking in them.
_HEADING_MAX_WORDS = 6
_SPEAKING = frozenset(["i", "me", "my", "we", "us", "our", "you", "your"])


def _section_heading(doc: Doc, lead: tuple[int, int], content: tuple[int, int]) -> bool:
    """Is a "Name: words" line a section heading of the article rather than the named one's
    words ("Cruz: Just hang on." over a section on Cruz's chances)? Its lead is written in
    title case, not a transcript's capitals; it is not the headline; its lead is no report
    ("Poll:"); the next line is no other speaker's; and its few words are not quoted and speak
    in no first or second person."""
    text = doc_text(doc)
    name = text[lead[0] : lead[1]]
    if name.isupper():
        return False  # "AMOS: I have not decided": a transcript
    if not text[: lead[0]].strip():
        return False  # the headline: "Mayor to Voters: Stay Home" is the mayor's
    if name.split()[-1].lower() in REPORT_NOUNS:
        return False  # "Poll: Voters favour the plan" is what the poll shows
    following = next((ln for ln in text[content[1] :].splitlines() if ln.strip()), "")
    if _SPEAKER_LINE.match(following):
        return False  # the next line is another speaker's: a transcript
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct]
    return (
        len(words) <= _HEADING_MAX_WORDS
        and not any(t.is_quote for t in span)
        and not any(t.lower_ in _SPEAKING for t in words)
    )


# Lower-case words a list of names may hold ("and Grant Young", "Jan van Dijk").
_NAME_PARTICLES = frozenset(["and", "de", "da", "di", "van", "von", "der", "la", "le", "du"])


def _no_words_said(doc: Doc, head: Token, lead: tuple[int, int], content: tuple[int, int]) -> bool:
    """Is what follows a "Name: " lead no words of the lead's but a label's value: a list of
    names ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ..."), or, under a lead in title
    case with no word the article names a person by, a title with no verb, no quotation and
    no first or second person ("Breitbart News Daily: A World at War.", "The Ninth Circle:
    The Hellish View")?
    A transcript's speaker in capitals may answer without a verb ("SANDERS: Absolutely
    not."), and a poll's or report's finding may be written without one ("Poll: Clinton and
    Sanders in dead heat")."""
    text = doc_text(doc)
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or any(t.is_quote for t in span):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    words = [t for t in span if not t.is_punct]
    items = [i for i in re.split(r"[,;]", text[content[0] : content[1]]) if i.strip()]
    if len(items) >= 3 and all(
        all(w[:1].isupper() or w in _NAME_PARTICLES for w in i.split() if w[:1].isalpha())
        for i in items
    ):
        return True  # a list of names
    name = text[lead[0] : lead[1]]
    if name.isupper() or name.split()[-1].lower() in REPORT_NOUNS:
        return False
    people = {t.text for t in doc if t.ent_type_ == "PERSON"}
    if any(w in people for w in name.split()) or head.ent_type_ == "PERSON":
        return False  # "Lynch: No outside influence on the probe" is Lynch's
    return not any(t.lower_ in _SPEAKING for t in words)


_HEADLINE_MAX_WORDS = 25


def _cue_base(word: str) -> str | None:
    """The lemma of a headline's cue verb in any of its headline forms ("Claims", "Warned")."""
    w = word.lower()
    for base in (
        w,
        w[:-1] if w.endswith("s") else "",
        w[:-2] if w.endswith("ed") else "",
        w[:-1] if w.endswith("ed") else "",
        "say" if w == "said" else "",
    ):
        if base and base in SPEECH_VERBS | BELIEF_VERBS:
            return base
    return None


def headline_claim(doc: Doc, headline: tuple[int, int] | None = None) -> LineClaim | None:
    """ "Mayor Claims ‘Victory’ in Budget Fight", "Senator Says Talks Have Failed": a headline
    whose verb is a cue, with the name before it as the source. `headline` is the headline's
    span when the document gives one, else the text's first line if it reads as a headline
    (short, no closing full stop, a blank line after it)."""
    text = doc_text(doc)
    if headline is None:
        end = text.find("\n")
        if end <= 0:
            return None
        headline = (0, end)
    h0, h1 = headline
    line = text[h0:h1]
    if (
        not line.strip()
        or line.rstrip().endswith((".", "?"))
        or len(line.split()) > _HEADLINE_MAX_WORDS
    ):
        return None
    span = doc.char_span(h0, h1, alignment_mode="contract")
    if span is None or len(span) < 3:
        return None
    for k, tok in enumerate(span):
        if k == 0 or not tok.text[:1].isupper() or _cue_base(tok.text) is None:
            continue
        lead = [t for t in span[:k] if not t.is_punct]
        if not lead or not all(t.text[:1].isupper() or not t.is_alpha for t in lead):
            break
        if not any(t.pos_ == "PROPN" or t.ent_type_ for t in lead):
            break
        rest = span[k + 1 :]
        words = [t for t in rest if not t.is_punct]
        if len(words) < 2:
            break
        c0 = rest[0].idx
        while c0 < h1 and text[c0] in ":,—– ":
            c0 += 1
        c1 = h1
        for later in rest[1:]:
            # "Mayor Says Budget Is Safe, Calls Critics Wrong": a second verb of saying after a
            # comma is the same speaker's next act, not part of what the first one said.
            before = later.doc[later.i - 1]
            if (
                before.text in (",", ";")
                and later.text[:1].isupper()
                and (_cue_base(later.text) is not None or later.lower_[:-1] in CUE_VERBS)
                and later.lower_.endswith("s")
            ):
                c1 = before.idx
                break
        while c1 > c0 and text[c1 - 1].isspace():
            c1 -= 1
        head = lead[-1]
        return LineClaim(
            (lead[0].idx, head.idx + len(head.text)),
            (tok.idx, tok.idx + len(tok.text)),
            (c0, c1),
            head,
        )
    return None


def _opening_mark(text: str, start: int, close: int) -> int | None:
    """Where the quote that `close` ends opens, within the same line."""
    for i in range(start, close):
        if text[i] in "“\"'‘”" and text[i:close].strip():
            return i
    return None
