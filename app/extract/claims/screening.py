"""Why a candidate attribution is kept under the default floor: it reports nothing said (an act,
a wish, a topic, a depiction, a supposition), its content is cut or points outside itself, or its
source names nobody. `entry` asks these of each candidate (`extract_claims`) and while it links
sources (`candidate_claims`); split out of `entry` so the pipeline reads apart from its checks."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from app.extract import coref
from app.extract.claims.draft import _QUOTE_MARKS
from app.extract.claims.org_descriptions import KIND_NOUNS
from app.extract.cues import CUE_NOUNS, CUE_VERBS, REPORT_NOUNS, SPEECH_VERBS, STANCE_VERBS
from app.extract.model import Claim, Entity, Mention
from app.extract.tokens import doc_text

# The highest confidence an act verb's claim gets: under the API's default min_confidence.
ACT_CEILING = 0.7

# Words that only point at someone named elsewhere ("he", "they", "many of whom", "those close
# to him"): a source made of one that coreference left unresolved names nobody for a reader.
# Indefinite sources ("some", "each", "someone") say all they mean and are not among them.
_POINTING = frozenset(
    {"he", "she", "they", "it", "i", "we", "him", "her", "them", "us", "me", "who", "whom", "which"}
    # and the possessors of a noun cue ("His promises to ...", "their claim that ...")
    | {"his", "their", "its", "my", "our", "whose"}
)


_POINTERS = frozenset({"which", "why", "who", "whom", "what", "where", "when", "how", "whose"})


def _pointer_content(claim: Claim, text: str) -> bool:
    """Does the content open with a lone word pointing back at something before it ("which |
    is usually full of activities", "why | the party should be prepared")?"""
    parts = claim.content.parts
    if len(parts) < 2:
        return False
    first = text[parts[0].start : parts[0].end].strip(" ,\"'“”‘’").lower()
    # "a move that | the kingdom hopes | will shatter ...": a lone "that" before the source and
    # the cue is the relative pronoun (a complementizer comes after them), pointing at the move.
    return first in _POINTERS or (first == "that" and claim.quote == "indirect")


def _subject_left_before_tag(doc: Doc, claim: Claim) -> bool:
    """Does an unquoted content open on a predicate whose subject stands before the speaker
    tag, outside the content ("that, | she said, | was under way")?"""
    if claim.quote != "indirect":
        return False
    cue = _cue_token(doc, claim)
    span = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    if cue is None or span is None or not len(span) or cue.i >= span.start:
        return False
    if cue.pos_ != "VERB":
        return False  # "Roe: Lee must decide", a headline's colon: the parse joins the two
    source = claim.source
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.i < cue.i
        and not (source is not None and source.start <= c.idx < source.end)
        for c in span.root.children
        if span.root.pos_ in ("VERB", "AUX")
    )


# Words a sentence cannot end on: a content ending on one was cut short by a misparse.
_DANGLING = frozenset(
    {"to", "from", "of", "for", "with", "by", "at", "in", "on", "into", "and", "or", "but", "the"}
    | {"a", "an", "than", "as"}
)


# Verbs whose negation passes to the clause they take ("does not think X" is "thinks not X"):
# a negated view is still the source's view.
_NEG_RAISING = frozenset({"think", "believe", "expect", "suppose", "feel", "want", "imagine"})


def _negated_unsaid(doc: Doc, claim: Claim) -> bool:
    """Is a negated cue one that holds nothing: a verb of saying or showing with no clause
    for content ("does not mention the fee", "not naming him"), or a verb of knowing or
    learning ("didn't know that ...")? Verbs whose negation passes to their clause
    ("does not think X") are views."""
    cue = _cue_token(doc, claim)
    if cue is None or cue.lemma_.lower() in _NEG_RAISING:
        return False
    if cue.lemma_.lower() not in SPEECH_VERBS:
        return True
    first = claim.content.parts[0] if claim.content.parts else claim.content
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    finite = root.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in (*_FINITE, "MD") for c in root.children
    )
    # (a noun with a participle after it, "the language restricting money", is no clause)
    return not (root.pos_ in ("VERB", "AUX") and finite)


_FINITE = ("VBD", "VBZ", "VBP")


# Words that open a free relative or stand for a relative's noun as an object ("what they
# need", "the money that she would have vetoed").
_WH_OBJECTS = frozenset({"what", "whatever", "which", "whichever", "that", "whom"})
# Nouns for a saying: repeating one names it, and does not tell what it says.
_SAYINGS = frozenset(
    {"refrain", "line", "mantra", "message", "theme", "slogan", "talking", "phrase", "chant"}
    | {"argument", "point", "points", "warning", "call", "pitch", "joke", "story", "claim"}
)
# Modals under which "expect" is the writer's forecast for a reader ("you can expect").
_FORECAST_MODALS = frozenset({"can", "could", "may", "might", "should"})


def _object_outside(cue: Token, claim: Claim) -> bool:
    """Does a relative or a "what" before the cue stand as the object of the cue or of the
    clause it reports ("what researchers say they need", "the money that she said she would
    have vetoed"), left outside the content? The reported clause has a gap the content cannot
    fill."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    if not clauses:
        return False
    clauses = [c for c in clauses if any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    if not clauses:
        return False  # "the vote, which she said was a mistake": the relative is the subject
    inside = {cue.i} | {t.i for c in clauses for t in c.subtree}
    return any(
        t.lower_ in _WH_OBJECTS
        and t.dep_ in ("dobj", "pobj")
        and t.head.i in inside
        and t.idx < claim.content.start
        for t in cue.doc[max(cue.sent.start, cue.i - 12) : cue.i]
    )


def _subjectless_clause_left(cue: Token, claim: Claim) -> bool:
    """Has the cue a reported clause with no subject of its own, parted from the cue by a
    clause the content leaves out, or itself left out after the content ("said just because X
    was plain | did not mean Y")? The parse split a clause from its clausal subject; the
    content holds only one of the two."""
    if cue.dep_ in ("relcl", "acl"):
        return False
    for c in cue.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or c.i < cue.i:
            continue
        split = [
            s
            for s in cue.children
            if s.dep_ in ("advcl", "ccomp")
            and cue.i < s.i < c.i
            and any(m.dep_ == "mark" for m in s.children)
            and any(n.dep_ in ("nsubj", "nsubjpass") for n in s.children)
        ]  # "said just because X was plain | did not mean Y"
        if not split:
            continue
        whole = claim.content.start <= split[-1].left_edge.idx and c.idx < claim.content.end
        if whole:
            continue
        if any(s.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for s in c.children):
            continue
        if any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children):
            continue  # "told him to go": an infinitive needs no subject of its own
        if c.tag_ in ("VBD", "VBZ", "VBP") or any(a.dep_ == "aux" for a in c.children):
            return True
    return False


def _forecast_for_readers(cue: Token) -> bool:
    """ "Viewers can expect her to ...", "Fans may expect more of the same": "expect" under a
    modal of ability tells what the writer promises those who watch, no one's expectation."""
    return cue.lemma_.lower() in ("expect", "anticipate") and any(
        c.dep_ == "aux" and c.lower_ in _FORECAST_MODALS for c in cue.children
    )


def _stance_at_a_time(cue: Token) -> bool:
    """ "supported the bill when it came up", "opposed the war before it began": a verb of
    stance with a thing for object and a clause of time; the stand taken, an act."""
    if cue.lemma_.lower() not in ("support", "oppose", "back", "endorse", "favor", "favour"):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in cue.children):
        return False
    obj = next(c for c in cue.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"))
    return any(
        c.dep_ == "advcl"
        and c.i > obj.i
        and any(m.lower_ in ("when", "before", "after", "until") for m in c.children)
        for c in cue.children
    )


def _repeats_a_saying(cue: Token, claim: Claim) -> bool:
    """ "repeating a refrain that ...", "echoed a familiar theme": the content names a
    saying and does not tell what it says."""
    if cue.lemma_.lower() not in ("repeat", "echo", "reprise", "recite"):
        return False
    objs = [c for c in cue.children if c.dep_ == "dobj"]
    if not objs or objs[0].lower_ not in _SAYINGS or objs[0].idx < claim.content.start:
        return False
    obj = objs[0]
    if any(
        c.dep_ in ("acl", "relcl", "ccomp", "appos") and any(m.dep_ == "mark" for m in c.children)
        for c in obj.children
    ):
        return False  # "repeated his claim that profit was the motive": what it says is there
    after = obj.doc[obj.right_edge.i + 1 : obj.right_edge.i + 3]
    return not any(t.text in (":", "—", "–", "-") for t in after) and not any(
        c.dep_ in ("appos", "prep") and c.lower_ != "for" for c in obj.children
    )


def _cut_short(claim: Claim, text: str) -> bool:
    """Does an unquoted content end on a preposition, a conjunction or an article ("shifted
    from Fiorina to Rubio to")? The parse cut it inside a phrase; what was said is not whole."""
    if claim.quote != "indirect":
        return False
    words = text[claim.content.start : claim.content.end].rstrip(" ,;:-–—").lower().split()
    if words[-2:] == ["but", "rather"]:
        return True  # "it wasn't hiding anything but rather": what it did instead is lost
    if re.match(r"[’']s\b", text[claim.content.end : claim.content.end + 3]):
        return True  # "as examples of the Republican | ’s disrespect": cut inside a possessive
    return bool(words) and words[-1] in _DANGLING


# Auxiliaries under which a cue tells what someone must, should or will do, or would do were
# things otherwise ("must acknowledge", "would demand", "will determine"): nothing said yet.
_UNSAID_AUX = frozenset({"must", "should", "would", "will", "shall", "ought", "'ll", "’ll"})
# Sources that deny anyone spoke ("Nobody asked about ...", "No one said ...").
_NOBODY = frozenset({"nobody", "none", "no one", "no-one", "neither"})
# Verbs of wanting: what is wanted is a wish, not a claim ("want what they want").
_WANTING = frozenset({"want", "wish", "crave", "desire"})
# Verbs of liking: with a thing or a pastime for object, a taste, not a claim ("disliked the
# gatherings", a stance against a practice, stays).
_LIKING = frozenset({"like", "love", "enjoy", "adore", "relish"})
# Bodies of people that can pledge ("The administration promised to be open"), beside the
# kinds of organization.
_BODIES = frozenset(
    {"administration", "government", "committee", "campaign", "council", "court", "board"}
    | {"team", "panel", "commission", "congress", "senate", "house", "staff", "state"}
)
# A content that is only an amount: a figure read as what was said.
_AMOUNT = re.compile(
    r"(?:about |nearly |almost |roughly |some |only |just |more than |less than |over |under )?"
    r"[$£€]?\d[\d.,]*(?: ?(?:%|percent|per cent|points?|million|billion|bn|m))*",
    re.IGNORECASE,
)
_REFLEXIVES = frozenset(
    {"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"}
)


def _after_content(
    text: str, source: tuple[int, int], parts: list[tuple[int, int]]
) -> tuple[int, int]:
    """A source that starts inside a part of the content ("Mr. President,'' Representative
    Ann Roe": the parse took the quote's last words of address into the name) starts after
    that part, past its marks and commas."""
    start, end = source
    for a, b in parts:
        if a < start < b < end and text[b - 1] in "'\"”’":
            start = b
            while start < end and (text[start].isspace() or text[start] in ",'\"”’"):
                start += 1
    return start, end


def _cue_token(doc: Doc, claim: Claim) -> Token | None:
    """The cue's word in the parse (the first verb, adjective or noun of a multiword cue)."""
    if claim.cue is None:
        return None
    span = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return next((t for t in span if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN")), span[0])


# Dependents that give a named object something said of it ("praised Roe for her work",
# "called Roe a liar", "Roe, who ...").
_SAID_OF = frozenset({"prep", "relcl", "acl", "ccomp", "xcomp", "advcl", "oprd", "attr", "appos"})


def _sole_person_so_far(
    mentions: list[tuple[Mention, Entity]], before: int
) -> tuple[Entity, int] | None:
    """The one person named before a point of the story, with the end of the last mention,
    when no other person is named before it."""
    people = [(m, e) for m, e in mentions if e.type == "person" and m.end <= before]
    if not people or len({e.id for _m, e in people}) != 1:
        return None
    return people[-1][1], max(m.end for m, _e in people)


def _bare_name(doc: Doc, claim: Claim) -> bool:
    """Is an unquoted content nothing but the name of a person, a body or a group ("Congress",
    "congressional Republicans")?"""
    span = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if any(t.text in _QUOTE_MARKS for t in span):
        return False
    root = span.root
    personal = root.pos_ == "PRON" and root.lower_ in ("him", "her", "them", "us", "me")
    named = root.pos_ in ("PROPN", "NOUN") and root.ent_type_ in ("PERSON", "ORG", "NORP")
    if not personal and not named:
        return False
    # ("attacked Trump, with whom he clashed at the debate": the relative clause is the
    # writer's aside, nothing said of Trump)
    return not any(
        t.dep_ in _SAID_OF and not _inside_writers_relative(t, root) for t in span if t.i != root.i
    )


def _writers_relative(clause: Token) -> bool:
    """Is a relative clause on the named target set off by a comma and free of any verb of
    saying ("Trump, with whom he clashed over eminent domain")? It is the writer's aside."""
    doc = clause.doc
    first = clause.left_edge
    if first.i == 0 or doc[first.i - 1].text != ",":
        return False
    return not any(t.lemma_.lower() in CUE_VERBS for t in clause.subtree)


def _inside_writers_relative(tok: Token, root: Token) -> bool:
    """Does `tok` lie inside a writer's relative clause on `root`?"""
    for a in [tok, *tok.ancestors]:
        if a.i == root.i:
            return False
        if a.dep_ in ("relcl", "acl") and a.head.i == root.i and _writers_relative(a):
            return True
    return False


def _unsaid(doc: Doc, claim: Claim, feats: dict[str, float]) -> bool:
    """Is the attribution something no one has said: a wish or an eagerness ("was eager to
    talk about", "want what they want"), what someone must, should or would say ("must
    acknowledge", "would demand"), the writer's own guess with no one who holds it ("appeared
    to be locked in a race"), or a denial that anyone spoke ("Nobody asked about ...")?"""
    if claim.quote == "direct":
        return False
    cue = _cue_token(doc, claim)
    if cue is None:
        return False
    text = doc.text
    content = text[claim.content.start : claim.content.end].lstrip(" \"'“‘")
    # ("who's called for tax hikes": a "'s" may be a "has" the parse took for "is")
    passive = any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s") for c in cue.children)
    if (
        passive
        and claim.source is not None
        and cue.lemma_.lower() not in ("quote", "hear")
        and not any(c.dep_ == "agent" for c in cue.children)
    ):
        # "he was known as one of the best players", "Roe has been mentioned as a possible
        # nominee": the one described is no speaker, and no one who says it is shown ("was
        # quoted as saying" reports what the quoted one said).
        return True
    if cue.tag_ in ("JJ", "VBN") and content.lower().startswith("to "):
        # "was eager to talk", "flew home, determined to help": how someone feels about doing
        # something, not what anyone said; a passive with its doer ("was urged by aides to
        # resign") tells what the doer asked for, and a perfect ("has vowed to") is a verb.
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in cue.children)
        if not perfect and not any(c.dep_ == "agent" for c in cue.children):
            return True
    if cue.lemma_.lower() in _WANTING:
        return True
    if cue.lemma_.lower() in _LIKING and not any(
        c.dep_ == "ccomp" and (c.left_edge.lower_ not in _WH_OBJECTS or c.left_edge.dep_ == "mark")
        for c in cue.children
    ):
        # "likes to make fun of the council", "loved the letter": a taste for a thing or a
        # pastime, nothing held true ("likes that the mayor is honest" stays)
        return True
    first = content.split()[0].lower() if content.split() else ""
    if cue.pos_ == "ADJ" and first in ("how", "what", "whether", "why", "when", "where", "who"):
        # "nervous how they'll balance it all", "unsure what comes next": a feeling about an
        # open question, nothing held true.
        return True
    if any(c.dep_ == "aux" and c.lower_ in _UNSAID_AUX for c in cue.children):
        return True
    if (feats.get("how=object") or feats.get("how=prep")) and _bare_name(doc, claim):
        # "blasted Congress", "attacked the Democrats": whom the words were aimed at, with
        # nothing of what was said of them.
        return True
    if claim.source is None and feats.get("how=raising"):
        # "Smith and Jones appeared to be locked in a close race": with no one shown who
        # thinks so, the writer's own view.
        return True
    if claim.source is not None:
        words = claim.source.text.lower().split()
        if " ".join(words[:2]) in _NOBODY or (words and words[0] in _NOBODY | {"no"}):
            return True
    return False


# Adjectives under which a cue tells what someone cannot, or can hardly, say ("will be unable
# to accuse", "found it difficult to repeat"); "able" only when negated or still to come.
_INABILITY = frozenset({"unable", "difficult", "hard", "impossible", "incapable"})
# Verbs that open a supposition when they open a sentence with no subject ("Say the city
# demanded that ...", "Suppose Roe said ...").
_SUPPOSING = frozenset({"say", "suppose", "imagine", "assume", "picture"})
# Determiners of a noun that only points back at what was said elsewhere ("stressed those
# worries", "rejected these claims").
_POINTING_DET = frozenset({"this", "that", "these", "those", "such"})
# Nouns of what backs a claim: "offered no proof that ..." says there is none.
_BACKING = frozenset(
    {"proof", "evidence", "details", "detail", "explanation", "indication", "basis", "support"}
)


def _no_clause(span: SpacySpan) -> bool:
    """Is the span a noun phrase with no verb of its own and no quotation ("their bad luck",
    "the crisis", "the mayor")? A participle set before a noun as its adjective ("his highly
    opinionated character", "the embattled company") is no verb of the phrase's own."""
    return not any(
        (t.pos_ in ("VERB", "AUX") and not (t.dep_ == "amod" and t.head.i > t.i))
        or t.text in _QUOTE_MARKS
        for t in span
    )


def _cannot_say(cue: Token) -> bool:
    """Is the cue what someone cannot or will not be able to say ("won't be able to brag",
    "will be unable to accuse", "finds it difficult to repeat")?"""
    node = cue
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
        word = node.lemma_.lower()
        if node.pos_ == "ADJ" and word in _INABILITY:
            return True
        if node.pos_ == "ADJ" and word == "able":
            around = (
                [*node.children, *node.head.children] if node.dep_ == "acomp" else [*node.children]
            )
            return any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _UNSAID_AUX | {"wo"})
                for c in around
            )
    return False


def _supposed(cue: Token) -> bool:
    """Does the cue lie in a supposition: a sentence opened by a bare "Say", "Suppose" or
    "Imagine" with no subject ("Say the city demanded that ...")?"""
    sent = cue.sent
    first = sent[0]
    while first.is_space or first.is_punct:
        if first.i + 1 >= sent.end:
            return False
        first = first.doc[first.i + 1]
    if first.lemma_.lower() not in _SUPPOSING or first.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in first.children):
        return False
    return cue.i == first.i or first in cue.ancestors


# Heads of subjects that show a scene rather than say anything: "The film shows him cooking".
_PICTURES = frozenset(
    {"film", "documentary", "video", "footage", "clip", "programme", "program", "movie"}
    | {"photo", "photograph", "picture", "image", "broadcast", "advert", "advertisement"}
    | {"trailer", "episode", "recording", "camera", "cartoon", "poster"}
    # a campaign's ad and a social-media post, screenshot or meme show a scene as a film does
    # ("The ad shows the governor walking ...", "The post showed a man in a wig"); "post" only
    # in lower case (the Post, a newspaper, reports)
    | {"ad", "post", "screenshot", "meme", "graphic", "selfie", "snapshot"}
)  # (lemmas)
_SHOWING_CUES = frozenset({"show", "depict", "capture", "feature", "portray"})


def _depiction(cue: Token | None, content: tuple[int, int]) -> bool:
    """Is the cue a film's, a photo's or a broadcast's showing of a scene ("The film shows him
    cooking dinner", "Footage depicts police beating protesters"), not a finding put in words?
    A content opened by "that" or a question word ("The video shows that the count was
    wrong") is held true, and stays a claim."""
    if cue is None or cue.lemma_.lower() not in _SHOWING_CUES:
        return False
    if not any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lemma_.lower() in _PICTURES
        and (c.lemma_.lower() != "post" or c.text == "post")
        for c in cue.children
    ):
        return False
    doc = cue.doc
    first = next((t for t in doc if t.idx >= content[0] and not t.is_punct), None)
    return first is None or first.lower_ not in ("that", "how", "what", "why", "whether", "who")


# Verbs of putting something online ("posted", "shared", "tweeted a photo").
_POSTING_CUES = frozenset({"post", "share", "upload", "tweet", "retweet"})


def _posted_a_picture(cue: Token, claim: Claim) -> bool:
    """Is the content the picture the cue put online ("posted a photo of himself eating a
    taco bowl", "shared a video of the flood")? A picture put up says nothing in words; what
    its poster said with it ("..., saying it was the biggest ever") has a cue of its own."""
    if cue.lemma_.lower() not in _POSTING_CUES:
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _PICTURES
        and c.left_edge.idx <= claim.content.start <= c.idx
        for c in cue.children
    )


def _clause_of_a_noun_between(cue: Token, claim: Claim) -> bool:
    """Is the content a "that" clause the parse hung on the cue across a noun of saying or
    believing that stands between them, while the cue already has its own complement ("Obama
    decided to trade for them despite concerns, even inside his administration, that it might
    encourage others")? The clause is the noun's: what the concerns hold, not what the
    cue's subject said."""
    doc = cue.doc
    mark = next((t for t in doc if t.idx >= claim.content.start and not t.is_punct), None)
    if mark is None or mark.lower_ != "that" or mark.dep_ != "mark" or mark.i <= cue.i:
        return False
    clause = mark.head
    if clause.head.i != cue.i or clause.dep_ != "ccomp":
        return False
    if not any(c.dep_ in ("xcomp", "dobj") and c.i < mark.i for c in cue.children):
        return False
    between = doc[cue.i + 1 : mark.i]
    return any(t.is_punct for t in between) and any(
        t.pos_ == "NOUN" and t.lemma_.lower() in CUE_NOUNS for t in between
    )


# Verbs whose object is whom they speak to, beside what they say ("..., he told the BBC").
_TOLD_TO = frozenset(
    {"tell", "ask", "assure", "remind", "inform", "warn", "brief", "advise", "promise", "urge"}
)


def _fronted_beside_own_object(cue: Token, claim: Claim) -> bool:
    """Is the content a clause before the cue's subject while the cue has a thing for its
    object after it ("Despite being told he was dead, she found a reference to him")? A verb
    that already has its object reports nothing fronted: the parse hung another verb's
    clause on it. Verbs that take a person and what they are told ("..., he told reporters")
    are not such verbs, and a quotation is left to the quotation rules."""
    if claim.content.end > cue.idx or claim.quote not in ("indirect", "mixed"):
        return False
    subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i]
    if not subj or subj[0].idx < claim.content.end:
        return False
    doc = cue.doc
    told_to = cue.lemma_.lower() in _TOLD_TO
    for c in cue.children:
        if c.dep_ != "dobj" or c.i < cue.i or c.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(t.is_punct for t in doc[cue.i + 1 : c.left_edge.i]):
            continue  # ("..., insiders said: Trump's lead in the polls; ...": a list of it)
        if coref.animacy(c) == "y" or c.lemma_.lower() in REPORT_NOUNS:
            continue
        if told_to and (c.pos_ == "PROPN" or c.ent_type_ or coref.animacy(c) != "n"):
            continue  # ("..., he told the BBC", "..., she told Newsnight": whom it was told)
        return True
    return False


def _thing_as_subject(cue: Token, exempt: frozenset[str] = frozenset()) -> bool:
    """Is the cue's subject a common noun for a thing ("the debate", "looming retirements"),
    no body of people and none of `exempt`?"""
    return any(
        c.dep_ == "nsubj"
        and c.pos_ == "NOUN"
        and not c.ent_type_
        and coref.animacy(c) == "n"
        and c.lemma_.lower() not in KIND_NOUNS
        and c.lemma_.lower() not in _BODIES
        and c.lemma_.lower() not in exempt
        for c in cue.children
    )


def _absolute_participle(cue: Token) -> bool:
    """Is the cue a past participle after "with" or "without" ("with Baker and Lund expected to
    win", "with the plan said to be dead")? In that absolute phrase it is a passive: its
    subject is what is expected or said of, and who expects or says it is not told. (The
    parse may tag the participle a past tense; "with Roe saying ..." is active and stays.)"""
    return (
        cue.dep_ == "pcomp"
        and cue.head.lower_ in ("with", "without")
        and cue.tag_ in ("VBD", "VBN")
        and cue.lemma_.lower() in _SAID_OF_VERBS
    )


# Verbs whose passive tells what is expected or said of its subject ("with Roe expected to win",
# "with the plan said to be dead"); a participle of feeling is its subject's own state ("with
# many worried that the zone can never be restored": the many worry).
_SAID_OF_VERBS = frozenset(
    {"expect", "say", "report", "predict", "project", "forecast", "tip", "see", "think"}
    | {"believe", "rumor", "rumour", "allege", "consider", "estimate", "suppose", "tout"}
)


def _not_a_claim(doc: Doc, claim: Claim, feats: dict[str, float]) -> bool:
    """Is the cue no report of anything said: what someone cannot say ("won't be able to brag
    about his lead"), a supposition ("Say the city demanded that ..."), a purpose ("gathered
    to discuss the crisis"), a participle describing people or opening the sentence with a
    bare noun ("voters worried about crime", "Lamenting their luck, ..."), a stance adjective
    with a bare target ("critical of the mayor"), a target that only points back ("stressed
    those worries", "acknowledged as much"), or a denial of backing ("offered no proof
    that ...")?"""
    cue = _cue_token(doc, claim)
    if cue is None:
        return False
    if _supposed(cue):
        return True
    if _depiction(cue, (claim.content.start, claim.content.end)):
        return True  # "The film shows him cooking dinner": a scene, nothing said
    if _posted_a_picture(cue, claim):
        return True  # "posted a photo of himself eating a taco bowl": a picture, nothing said
    if _clause_of_a_noun_between(cue, claim):
        return True  # "decided to trade despite concerns, even inside ..., that it might ..."
    if _fronted_beside_own_object(cue, claim):
        return True  # "Despite being told he was dead she found a reference to him"
    if _AMOUNT.fullmatch(doc_text(doc)[claim.content.start : claim.content.end].strip()):
        # "(Clinton) support 27 percent" in a table of figures: a share, nothing said
        return True
    if _teaser(claim.content.text):
        # "Poll Finds The 3 States Vesk Cannot Win This Fall": a headline that names a list
        # of things to click for, not what anyone found or said of them
        return True
    if re.fullmatch(r"\W*(?:that|whether|if)\W*", claim.content.text, re.IGNORECASE):
        # "The Ledger reported that, according to a review, ...": the content is only the
        # word that opens it, what was reported is cut away; nothing a reader can judge
        return True
    if _survey_share(cue, doc_text(doc)[claim.content.start : claim.content.end]):
        # "Women preferred Mann 48 percent to 35 percent": a poll's tally of a group's
        # answers, told by the writer or the poll; the group said nothing as one
        return True
    if _write_in_vote(cue):
        # "nearly 900 voters wrote in Dan Perl": a name written on a ballot, nothing said
        return True
    if cue.lemma_.lower() in _NAMING and _names_a_thing(cue):
        # "a collection from Ann Roe called 'Huge'": the name of a thing, nothing held true
        # ("the plan, called a disaster by critics," is the critics' claim)
        return True
    if _as_if_to_say(cue):
        # "his eyes gleaming, as if to say, 'Did you see that?'": the writer's reading of a
        # look or a gesture; no one said the words, quoted or not
        return True
    if _absolute_participle(cue):
        # "with Baker and Lund expected to win": the ones expected, not who expects it
        return True
    if claim.quote == "direct":
        return False
    if _object_outside(cue, claim):
        # "less than half of what researchers say they need": what they need is the thing the
        # relative stands for, outside the content; what was said of what, the claim cannot show
        return True
    if _subjectless_clause_left(cue, claim):
        # "said just because the bias was not plain | did not mean it was absent": the content
        # stops where the clause it is the subject of begins; what was said is not whole
        return True
    if _forecast_for_readers(cue):
        # "Viewers can expect her to approach the interview with more bite": the writer's
        # promise of what is coming, no one's expectation
        return True
    if cue.lemma_.lower() == "offer" and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in cue.children
    ):
        # "Neighbors offered to vote for me": an offer to do something, nothing held true
        return True
    if cue.lemma_.lower() == "forget":
        # "People forget that the mayor once ran the port": the writer's fact, which someone
        # failed to keep in mind; nothing anyone said or holds
        return True
    if _stance_at_a_time(cue):
        # "supported the bill when it first came up": a stand taken at a time, an act the
        # writer tells, not what was said
        return True
    if _repeats_a_saying(cue, claim):
        # "repeating a refrain that has become common for him": names a saying, never says it
        return True
    if _cannot_say(cue):
        return True
    if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in cue.children):
        # "Asked if she believed the mayor wanted a recount, ...", "If he said that, ...": a
        # question put to the source or a condition; nothing is held true.
        return True
    if (
        claim.content.text.lower().startswith("that ")
        and (cue.pos_ == "ADJ" or cue.tag_ in ("JJ", "VBN"))
        and any(
            c.dep_ == "advmod" and c.lower_ in _DEGREE and abs(c.i - cue.i) == 1
            for c in cue.children
        )
    ):
        # "are concerned enough that they have begun looking ...": the clause tells what came
        # of the feeling, in the writer's words, not what anyone fears.
        return True
    if _joked_about(cue, claim):
        # "joked about rural accents", "joked about her \"famous temper\"": what the joke was
        # about, not what was said of it ("joked that ..." stays)
        return True
    if cue.lemma_.lower() in _ASKING and re.match(
        r"(?:whether|if|how|what|why|when|where|which|who)\b", claim.content.text.lower()
    ):
        # "asked Ruiz whether she would release the audit", "asked how voters should view
        # the fees": a question put to someone, nothing held true.
        return True
    if cue.lemma_.lower() in _EXPLAINING and re.match(
        r"(?:how|what|why|when|where|which|who)\b", claim.content.text.lower()
    ):
        # "struggled to explain why it had ignored the audit", "went on to explain what he
        # likes": the question the explanation answers, not the answer.
        return True
    if (
        cue.lemma_.lower() == "see"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in cue.children)
        and any(
            # a bare verb after its subject, no "that", no tense ("her standing erode"; the
            # tagger may take the bare verb for a noun or a present tense)
            c.dep_ == "ccomp"
            and c.tag_ in ("VB", "VBP", "NN")
            and not any(m.dep_ == "mark" for m in c.children)
            and any(s.dep_ == "nsubj" and s.i < c.i for s in c.children)
            for c in cue.children
        )
    ):
        return True  # "has seen her standing erode": lived through, not held true
    if cue.lemma_.lower() == "call" and any(
        c.dep_ == "dobj" and c.lower_ in ("what", "which") for c in cue.children
    ):
        return True  # "(what economists call spending)": a word for a thing, nothing held true
    if (
        cue.lemma_.lower() in ("show", "demonstrate")
        and re.match(r"(?:how|what|why)\b", claim.content.text.lower())
        and any(
            c.dep_ == "nsubj" and (c.ent_type_ in ("PERSON", "NORP") or c.pos_ == "PRON")
            for c in cue.children
        )
    ):
        # "the Republicans show how unready they are": the writer's judgment of what people
        # do, not what they said ("Polls show how ..." stays a report)
        return True
    if (
        cue.lemma_.lower() in ("show", "demonstrate", "illustrate", "underscore")
        and re.match(r"how\b", claim.content.text.lower())
        and any(
            c.dep_ == "nsubj"
            and c.pos_ == "NOUN"
            and c.lemma_.lower() not in REPORT_NOUNS
            and c.lower_ not in REPORT_NOUNS
            and coref.animacy(c) != "y"
            for c in cue.children
        )
    ):
        # "His fame shows how badly the party misread its voters", "the decision ... showed
        # how out of step the party is": a thing that happened, read by the writer; no one
        # reports it (a poll's or a study's "shows how" stays)
        return True
    striving = cue.lemma_.lower() in _STRIVING or cue.lower_ in ("hopes", "hoping", "hoped")
    if striving and claim.content.text.lower().startswith("to "):
        # "hoping to bring together ...", "are pushing to make the deal binding": what someone
        # means or tries to do, nothing said or held true.
        return True
    if _shows_own_trait(cue):
        # "The administration long ago showed its inclination to rely on raids", "showed his
        # anger": a trait shown by what someone did, read by the writer; nothing said
        return True
    if _bids_someone_go_or_act(cue):
        # "ordered the city's office to release the files", "ordered 300 troops to the
        # border": a command carried out, nothing said or held true.
        return True
    text = doc.text
    span = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if _asks_for_a_thing(cue, span):
        # "asked for a photo", "asked for proof of citizenship": a thing asked for, with no
        # clause of what should happen or what is true; nothing held true
        return True
    if _remembered_scene(cue, span, claim.content.text):
        # "recalled her days as secretary of state", "recalled sitting in on focus groups": a
        # memory named, not anything said of it ("recalled that ..." stays)
        return True
    if cue.lemma_.lower() == "expect" and span.root.lemma_.lower() in _BABY_NOUNS:
        # "Roe and her husband are expecting their second child": a birth to come, nothing
        # said or held true
        return True
    content = text[claim.content.start : claim.content.end].strip().lower()
    root = span.root
    if (
        (feats.get("how=object") or feats.get("how=prep"))
        and root.lemma_.lower() in _BACKING
        and any(c.dep_ == "det" and c.lower_ == "no" for c in root.children)
    ):
        return True  # "offered no proof that ...": there is no claim, only its lack
    if cue.lemma_.lower() == "find" and re.match(
        r"it (?:\w+ )?(?:difficult|hard|impossible|easy|tough)\b", content
    ):
        return True  # "will find it difficult to repeat his attacks": an ability, not a finding
    lemma = cue.lemma_.lower()
    words = content.rstrip(".,;:!?\"'”’ ").split()
    if lemma == "find" and words[:1] and words[0] in _REFLEXIVES:
        return True  # "the network found itself playing host to ...": a plight, not a finding
    if lemma == "call" and words[-1:] and words[-1] in _REFLEXIVES:
        return True  # "is calling major donors himself": on the phone, naming nothing
    if (
        lemma in ("promise", "threaten")
        and re.match(r"to (?:be|become)\b", content)
        and _thing_as_subject(cue)
    ):
        return True  # "The debate promised to be a crucial moment": likely, not pledged
    if (
        lemma in ("promise", "threaten")
        and content.startswith("to ")
        and _thing_as_subject(cue, _AUTHORED_NOUNS)
    ):
        # "as looming retirements promise to swell Medicare costs", "the storm threatens to
        # flood the coast": a thing that bodes, no one who pledged (a plan's, a bill's or a
        # report's promise is what its authors hold out)
        return True
    if feats.get("how=object") and claim.quote == "indirect" and _bare_target(cue, span):
        # "blasted her rival over his stance", "rejected Clinton's claim", "cited the Head
        # Start program", "discussed the violence that has marred his rallies": whom or what
        # the stance was taken toward, or what was talked about; nothing said is shown.
        return True
    if lemma in _FINDING_OUT and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in cue.children
    ):
        # "When Roe learned that the mayor would visit, ...", "realized help was not coming":
        # the writer's fact, which the source came to know; nothing said or held of its own.
        # ("POLITICO has learned that ...", the perfect, is a news outlet's report.)
        return True
    if re.match(r"(?:much )?the same\b", content) and _no_clause(span):
        # "61 percent say the same of Clinton", "said much the same": what was said stands
        # before, in another's claim; this one shows nothing
        return True
    if lemma == "seek" and feats.get("how=ccomp"):
        # "some sought to raise ... viewpoints other politicians have been schooled to avoid":
        # seeking takes a thing or a "to", never a clause of what is true; a clause the parse
        # hung on it belongs to something else
        return True
    if (
        lemma in _FEARING
        and cue.dep_ == "advcl"
        and cue.tag_ == "VBG"
        and _no_clause(span)
        and span.root.head.i == cue.i
        and span.root.dep_ == "dobj"
    ):
        # "Some seek to be removed from the lists, fearing the exposure": the writer's reason
        # for what they do, a thing feared, nothing held true
        return True
    target = bool(feats.get("how=object") or feats.get("how=prep") or feats.get("how=adj"))
    if not target or not _no_clause(span):
        return False
    if cue.pos_ == "ADJ" or cue.tag_ == "JJ":
        return True  # "has been critical of the mayor": a stance toward someone, nothing said
    if feats.get("how=object") and _names_a_topic(cue, span):
        return True  # "explained the phenomenon", "offered insights into his approach"
    if feats.get("how=object") and _empty_object(cue, span):
        return True  # "defended himself", "said his piece", "attacked the USS Harlan"
    if feats.get("how=object") and _questioned_person(cue, span):
        return True  # "questioned Ruiz about that position": questions put to someone
    if feats.get("how=object") and _experienced(cue, span):
        return True  # "the city has seen its biggest boom": lived through, not held true
    if cue.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children):
        return True  # "gathered to discuss the crisis": what they meant to do
    if cue.dep_ in ("acl", "amod") and cue.tag_ == "VBN":
        return True  # "voters worried about crime": people described by a feeling
    if cue.dep_ == "advcl" and cue.tag_ in ("VBG", "VBN") and cue.i == cue.sent.start:
        return True  # "Lamenting their luck, locals say ...": a manner, the claim follows
    if content.startswith(("as much", "so ")) or content == "so":
        return True  # "acknowledged as much": what was said is elsewhere
    # "stressed those worries", "rejected those days"; not what the speaker makes of them
    # ("views these visits as a lifeline", "called those remarks racist")
    if any(t.lower_ == "as" and t.dep_ == "prep" for t in span) or any(
        t.dep_ in ("oprd", "acomp", "xcomp") for t in span
    ):
        return False
    return root.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in _POINTING_DET for c in root.children
    )


# Verbs of a stance toward someone or something (the cue lexicon's) and of naming a matter
# ("mentioned", "cited", "acknowledged"): with a plain noun phrase for object, the object is
# the target or the topic, not what was said. "accused X of ...", "blamed X on ..." and
# "questioned X" carry more; those are left to other rules.
# Verbs of holding a position ("supports a ban", "opposes abortion", "favors a path to
# citizenship") are left out: the object is the position, a view a reader can take as said.
_POSITION_VERBS = frozenset(
    {"support", "back", "endorse", "favor", "favour", "oppose", "embrace", "champion", "push"}
)
_TARGET_VERBS = (
    STANCE_VERBS - {"accuse", "blame", "question", "doubt"} - _POSITION_VERBS
) | frozenset({"mention", "cite", "reference", "acknowledge", "confirm", "lament", "discuss"})
# Verbs of fearing: a participle with a thing for object is the writer's reason for an act.
_FEARING = frozenset({"fear", "dread"})
# Nouns of texts that set out what their authors hold out ("the bill promises to ...").
_DOCUMENT_NOUNS = frozenset(
    {"bill", "law", "measure", "legislation", "budget", "manifesto", "platform", "policy"}
    | {"pledge", "deal", "agreement", "treaty", "accord", "campaign", "ad", "advert", "motion"}
)
# Verbs of coming to know: what is learned or realized is the writer's fact.
_FINDING_OUT = frozenset({"learn", "realize", "realise"})
# Marks that open a clause a noun or a verb reports ("the claim that ...", "whether ...").
_CLAUSE_MARKS = frozenset({"that", "whether", "if"})
_RELATIVES = frozenset({"that", "which", "who", "whom", "what"})


def _bare_target(cue: Token, span: SpacySpan) -> bool:
    """Is the cue one of taking a stance or naming a matter, and its object a plain noun
    phrase (or a gerund) with no quotation, no predicate of its own and no reported clause,
    though relative clauses and phrases may hang on it ("the recent violence that has marred
    his rallies", "Carson's story about attacking someone")? "called the plan a disaster",
    "rejected the claim that he lied" and a quoted object stay."""
    if cue.lemma_.lower() not in _TARGET_VERBS or not len(span):
        return False
    root = span.root
    if root.head.i != cue.i or root.dep_ != "dobj":
        return False
    if root.pos_ not in ("NOUN", "PROPN") and root.tag_ != "VBG":
        return False
    if any(t.text in _QUOTE_MARKS for t in span) or _predicate_in(span):
        return False
    if any(t.dep_ == "prep" and t.lower_ == "for" and t.head.i == cue.i for t in span):
        return False  # "praised Mayor Reyes for his work on the port": what is said of him
    for t in root.subtree:
        if t.dep_ == "ccomp":
            return False
        if t.dep_ == "mark" and t.lower_ in _CLAUSE_MARKS:
            return False  # "the assertion that Grayson had attacked Clinton"
    noun = root.lemma_.lower()
    of_words = any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
    if noun in _UTTERANCE_NOUNS and of_words:
        return False  # "rejected the label of moderate": the words are given
    if noun in CUE_NOUNS or noun in REPORT_NOUNS or root.lower_ in REPORT_NOUNS:
        # "dismissed reports he told Brown he would quit", "rejected the idea Roe posed a
        # threat": a noun of words or thoughts with a clause of its own, "that" left out
        return not any(
            c.dep_ in ("relcl", "acl")
            and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in _RELATIVES for s in c.children
            )
            for c in root.children
        )
    return True


# Marks that open a cue's clause as a question or a condition ("Asked if she believed ...").
_OPEN_MARKS = frozenset({"if", "whether"})
# Verbs naming a thing when a participle after its noun ("a book called 'Huge'").
_NAMING = frozenset({"call", "name", "dub", "title", "entitle", "nickname", "label"})
# Verbs of explaining or taking up a matter: their "why"/"how" clause is the question answered,
# not the answer ("explain why it had ignored the audit").
_EXPLAINING = frozenset({"explain", "discuss", "address", "describe"})
# Verbs of questioning a person: with a person for object, questions put, nothing held true.
_QUESTIONING = frozenset({"question", "quiz", "grill", "interrogate", "press", "query"})
# Verbs of putting a question: their "whether"/"how" clause is asked, not held true.
_ASKING = frozenset({"ask", "wonder", "inquire", "enquire", "query"})
# Degree words whose "that" clause is a result ("concerned enough that", "so angry that"), next
# to a feeling's adjective or participle ("Even so, he said that ..." is a linking adverb).
_DEGREE = frozenset({"enough", "so", "too"})


# What a couple expecting is expecting.
_BABY_NOUNS = frozenset({"child", "baby", "grandchild", "twin", "twins", "triplets"})


def _as_if_to_say(cue: Token) -> bool:
    """Is the cue an infinitive after "as if" or "as though" ("shrugged, as if to say ...")?"""
    doc = cue.doc
    if cue.i < 3 or doc[cue.i - 1].lower_ != "to":
        return False
    return doc[cue.i - 3].lower_ == "as" and doc[cue.i - 2].lower_ in ("if", "though")


_SHOWING = frozenset({"show", "demonstrate", "display"})


def _shows_own_trait(cue: Token) -> bool:
    """Is the cue a verb of showing whose object is the subject's own ("showed its
    inclination to ...", "demonstrated their resolve"), the subject no document or study
    ("The poll showed its margin" is no case; "Polls show Roe ahead" stays a report)?"""
    if cue.lemma_.lower() not in _SHOWING:
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    if subj.lemma_.lower() in REPORT_NOUNS or subj.lower_ in REPORT_NOUNS:
        return False
    objs = [c for c in cue.children if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].pos_ != "NOUN":
        return False
    if any(c.dep_ in ("ccomp", "oprd") for c in cue.children):
        return False
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in objs[0].children)


# Verbs of commanding someone to go somewhere or to act ("ordered troops to the border").
_COMMANDING = frozenset({"order", "command", "instruct", "direct", "dispatch", "deploy"})


def _bids_someone_go_or_act(cue: Token) -> bool:
    """Is the cue a verb of commanding with someone told to go somewhere or to do something:
    an object and a "to" infinitive ("ordered the office to release the files") or a "to" of
    place ("ordered 300 troops to the border")? "ordered that ..." and "ordered a review" are
    left to other rules."""
    if cue.lemma_.lower() not in _COMMANDING:
        return False
    kids = list(cue.children)
    if not any(c.dep_ in ("dobj", "dative") for c in kids):
        return False
    return any(
        (c.dep_ in ("xcomp", "advcl", "ccomp") and any(a.tag_ == "TO" for a in c.children))
        or (
            c.dep_ == "prep"
            and c.lower_ in ("to", "into")
            and any(p.dep_ == "pobj" for p in c.children)
        )
        for c in kids
    )


def _teaser(content: str) -> bool:
    """Is the content a title-case headline's "The 3 States ...", "The 1 Thing ...": a number
    of things a reader is promised, no statement?"""
    if not re.match(r"\W*(?:the|these|those)\s+\d+\s+[A-Z]", content, re.IGNORECASE):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", content) if len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) * 2 > len(words)


# Verbs of choosing among candidates, and a tally of one group's choices in a poll ("preferred
# Mann 48 percent to 35 percent", "favored Vesk, 61% to 20%").
_CHOOSING = frozenset({"favor", "favour", "prefer", "back", "support", "pick", "choose"})
_SHARE_TO_SHARE = re.compile(
    r"[^,;]*?,?\s*\d[\d.]*\s?(?:%|percent|per\s+cent|points?)\s+to\s+"
    r"\d[\d.]*\s?(?:%|percent|per\s+cent|points?)?[.,;]?",
    re.IGNORECASE,
)


def _survey_share(cue: Token, content: str) -> bool:
    """Is the cue a verb of choosing and its content one choice with the shares for and
    against it in a poll ("Mann 48 percent to 35 percent")?"""
    return cue.lemma_.lower() in _CHOOSING and bool(_SHARE_TO_SHARE.fullmatch(content.strip()))


def _write_in_vote(cue: Token) -> bool:
    """Is the cue "wrote in" with a person (or a name) right after it: a write-in vote
    ("wrote in Dan Perl", "wrote in their own names"), not something written in a letter or
    a newspaper ("wrote in the Times that ...")?"""
    if cue.lemma_.lower() != "write" or cue.i + 2 > len(cue.doc):
        return False
    nxt = cue.doc[cue.i + 1]
    if nxt.lower_ != "in" or nxt.head.i != cue.i:
        return False
    if nxt.dep_ == "prt":
        return True
    objs = [c for c in nxt.children if c.dep_ == "pobj"]
    return bool(objs) and (
        objs[0].ent_type_ == "PERSON" or objs[0].lemma_.lower() in ("name", "candidate")
    )


# Verbs of joking or chatting: with "about" and a plain noun phrase, the topic of the talk.
_CHATTING = frozenset({"joke", "chat", "reminisce", "quip"})


def _joked_about(cue: Token, claim: Claim) -> bool:
    """Is the cue a verb of joking or chatting and the content its "about" object, a noun
    phrase with no clause of its own ("joked about rural accents")?"""
    if cue.lemma_.lower() not in _CHATTING:
        return False
    doc = cue.doc
    span = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "about" or root.head.head.i != cue.i:
        return False
    return (
        root.pos_ in ("NOUN", "PROPN", "PRON")
        and not any(t.dep_ in ("ccomp", "relcl", "acl") and t.pos_ in ("VERB", "AUX") for t in span)
        and not any(t.dep_ in ("nsubj", "nsubjpass") for t in span)
    )


def _asks_for_a_thing(cue: Token, span: SpacySpan) -> bool:
    """Is the cue "asked for" with a plain noun phrase for what is asked ("asked for a
    photo", "asked for proof of citizenship")? A request of a thing says nothing of the world.
    "urged caution" is a call made in public, a stand a reader takes for what was said (as
    "urged the council to vote no" and "urged that ..."), and stays."""
    lemma = cue.lemma_.lower()
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or any(
        t.dep_ in ("acl", "relcl", "ccomp", "xcomp") or t.text in _QUOTE_MARKS for t in root.subtree
    ):
        return False
    if lemma == "ask":
        return (
            root.dep_ == "pobj"
            and root.head.lower_ == "for"
            and root.head.head.i == cue.i
            and not any(c.dep_ in ("dobj", "dative") for c in cue.children)
        )
    return False


_REMEMBERING = frozenset({"recall", "remember", "reminisce"})
# Nouns of a stretch of someone's life ("her days as secretary of state", "his years as a
# coach"): the "as" names the role held then, not a judgment of it.
_TIMES_OF_LIFE = frozenset(
    {"day", "year", "time", "tenure", "stint", "term", "career", "life", "childhood", "youth"}
)


def _remembered_scene(cue: Token, span: SpacySpan, content: str) -> bool:
    """Is the cue a verb of remembering whose content is only what is remembered: a gerund
    with no subject of its own ("recalled sitting in on focus groups") or a noun phrase whose
    "as" belongs to the noun ("recalled her years as a teacher")? "recalled that ..." and
    "recalled the visit as a disaster" ("as" on the verb: a judgment) are left alone."""
    if cue.lemma_.lower() not in _REMEMBERING or content.lower().startswith(("that ", "how ")):
        return False
    root = span.root
    if root.head.i != cue.i:
        return False
    if root.tag_ == "VBG" and root.dep_ in ("xcomp", "ccomp", "dobj", "pcomp"):
        return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in root.children)
    if root.pos_ != "NOUN" or root.dep_ != "dobj":
        return False
    if any(t.lower_ == "as" for t in span) and root.lemma_.lower() not in _TIMES_OF_LIFE:
        return False  # "remembered the vote as a disaster": a judgment of the vote
    return not any(
        t.pos_ in ("VERB", "AUX") or t.text in _QUOTE_MARKS or t.dep_ in ("oprd", "acomp")
        for t in span
    )


# Verbs of hoping or striving: with a "to" clause, what someone means to do ("hoping to win",
# "pushing to make the rules binding"); "promised to", "vowed to" are commitments said. (The
# lemmatiser may read "hoping", "hopes" as "hop".)
_STRIVING = frozenset(
    {"hope", "push", "look", "strive", "struggle", "work", "press", "scramble", "aspire", "long"}
)

# Verbs whose plain noun-phrase object is only what was talked about ("explained the
# phenomenon", "discussed his plan", "recalled her days in office", "posted messages").
_TOPIC_VERBS = frozenset(
    {"explain", "discuss", "recall", "post", "address", "outline", "recount", "describe"}
)
# Verbs of making something known whose object may be only a plan's name ("announced his
# plans", "unveiled a proposal"), and those nouns.
_UNVEILING_VERBS = frozenset({"announce", "unveil", "reveal", "present", "release", "publish"})
_PLAN_NOUNS = frozenset(
    {"plan", "proposal", "idea", "intention", "agenda", "strategy", "programme", "program"}
    # and figures made known without what they are ("revealed the price estimate")
    | {"estimate", "figure", "detail", "data", "number", "statistic", "total", "timetable"}
)
# Things whose promise is their authors' ("the plan promises to cut taxes", "the report ...").
_AUTHORED_NOUNS = REPORT_NOUNS | _PLAN_NOUNS | _DOCUMENT_NOUNS
# Verbs of handing over whose object is words or thoughts about something ("offered insights
# into his approach", "gave details of the plan"): what the words said is not shown.
_GIVING_VERBS = frozenset({"offer", "give", "provide", "share"})
_ABOUT = frozenset({"about", "into", "on", "of", "regarding", "concerning"})


def _predicate_in(span: SpacySpan) -> bool:
    """Does an object span carry a predicate of its own ("the plan as a hoax", "him a liar")?"""
    return any(
        (t.lower_ == "as" and t.dep_ == "prep") or t.dep_ in ("oprd", "acomp", "xcomp", "ccomp")
        for t in span
    )


def _names_a_topic(cue: Token, span: SpacySpan) -> bool:
    """Is a plain noun-phrase object of the cue only the topic of what was said: the object of
    a verb of explaining or discussing, or words handed over about something ("offered
    insights into a cutthroat approach")?"""
    if _predicate_in(span) or not len(span):
        return False
    root = span.root
    if root.head.i != cue.i or root.dep_ != "dobj":
        return False
    lemma = cue.lemma_.lower()
    if lemma in _TOPIC_VERBS:
        return True
    if (
        lemma in _UNVEILING_VERBS
        and root.lemma_.lower() in _PLAN_NOUNS
        and not any(c.dep_ in ("acl", "relcl", "prep", "appos") for c in root.children)
    ):
        return True  # "announced his plans", "unveiled a proposal": what they hold is not shown
    return lemma in _GIVING_VERBS and any(
        c.dep_ == "prep" and c.lower_ in _ABOUT for c in root.children
    )


# Nouns that name words spoken, not what they said ("said his piece", "reiterated his
# remarks", "rejected the label"): with no clause of their own, nothing said is shown.
_UTTERANCE_NOUNS = frozenset(
    {"piece", "comment", "remark", "word", "label", "term", "message", "speech", "statement"}
)
# Nouns and pronouns of an unnamed thing said ("says racist things", "said something").
_ANY_THING = frozenset({"thing", "something", "anything", "nothing"})
# Verbs of a physical blow, and name words of a ship: "attacked the USS Harlan" is an assault.
_BLOW_VERBS = frozenset({"attack", "strike", "hit", "bomb", "raid", "storm", "shell", "ram"})
_VESSEL_PREFIXES = frozenset({"uss", "hms", "hmas", "hmcs", "mv", "rms", "ss"})


def _empty_object(cue: Token, span: SpacySpan) -> bool:
    """Is the cue's plain object no content at all: the speaker themself ("in defending
    himself and his record", "explained herself"), a noun naming the words but not what they
    said ("once he has said his piece", "reiterated his remarks", "rejected the label"), or,
    after a verb of a blow, a named place, building or ship ("attacked the USS Harlan", "struck
    Fort Ames"): an act, not a claim. "criticized the decision" stays."""
    if _predicate_in(span) or not len(span):
        return False
    root = span.root
    if root.head.i != cue.i or root.dep_ != "dobj":
        return False
    if root.tag_ == "PRP" and root.lower_.endswith(("self", "selves")):
        return True
    if root.lower_ in ("it", "them") and root.tag_ == "PRP":
        # "disclosed them to the press", "repeated it on Monday": what was said stands
        # elsewhere, the act of passing it on is no claim
        return True
    if root.lemma_.lower() in _ANY_THING and not any(
        c.dep_ in ("acl", "relcl", "appos") or c.lower_ == "like" for c in root.children
    ):
        # "says racist things", "said something about the plan": that words were said, not
        # what they said ("things like ...", "something that ..." give it)
        return True
    if root.pos_ == "NOUN" and root.lemma_.lower() in _UTTERANCE_NOUNS:
        # "the label of moderate", "remarks that hurt": the words are given after all
        return not any(
            c.dep_ in ("acl", "relcl", "appos") or (c.dep_ == "prep" and c.lower_ == "of")
            for c in root.children
        )
    if cue.lemma_.lower() not in _BLOW_VERBS or root.pos_ != "PROPN":
        return False
    return root.ent_type_ in ("FAC", "LOC") or any(
        t.lower_ in _VESSEL_PREFIXES for t in root.lefts if t.dep_ == "compound"
    )


def _names_a_thing(cue: Token) -> bool:
    """Is a verb of naming a participle after a noun, with no one said to name it ("a book
    called 'Huge'"), or, as the parse may read that, a verb with a name but no object ("the
    cartoonist Ann Roe called 'Huge'"), while saying so takes both ("called the plan a
    disaster")?"""
    kids = list(cue.children)
    if any(c.dep_ in ("agent", "auxpass") for c in kids):
        return False
    if cue.dep_ == "acl" and cue.tag_ == "VBN":
        return True
    return any(c.dep_ == "oprd" for c in kids) and not any(
        c.dep_ in ("dobj", "ccomp", "prep", "dative") for c in kids
    )


def _questioned_person(cue: Token, span: SpacySpan) -> bool:
    """Is the cue a verb of questioning whose plain object is a person ("questioned Ruiz about
    that position", "pressed her on the budget")? "questioned Ruiz's judgment" stays."""
    if cue.lemma_.lower() not in _QUESTIONING or not len(span):
        return False
    root = span.root
    if root.head.i != cue.i or root.dep_ != "dobj":
        return False
    if root.pos_ == "PRON":
        return root.lower_ in ("him", "her", "them", "me", "us", "you")
    if root.pos_ != "PROPN" or root.ent_type_ not in ("PERSON", ""):
        return False
    # a name the tagger knows for a person's here or elsewhere in the article
    return any(t.text == root.text and t.ent_type_ == "PERSON" for t in root.doc)


def _experienced(cue: Token, span: SpacySpan) -> bool:
    """Is "see" with a plain object in the perfect or a bare participle what someone lived
    through ("has seen its biggest boom", "has seen mixed results"), not a view ("sees the
    plan as a gamble")?"""
    if cue.lemma_.lower() != "see" or _predicate_in(span) or not len(span):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in cue.children)
    return (perfect or cue.tag_ == "VBN") and span.root.head.i == cue.i


_COUNTS = frozenset({"two", "three", "four", "both", "pair", "trio"})


def _bare_count(claim: Claim) -> bool:
    """Is the source only a count of people named elsewhere ("The two", "Both", "the pair")?
    Like an unresolved "they", it names no one for a reader."""
    source = claim.source
    if source is None or source.entity_id is not None:
        return False
    words = re.findall(r"[a-z]+", source.text.lower())
    if words[:1] == ["the"]:
        words = words[1:]
    if words[-2:] == ["of", "them"]:
        words = words[:-2]
    return len(words) == 1 and words[0] in _COUNTS


def _unresolved_pronoun(claim: Claim) -> bool:
    """Is the claim's source a pronoun that points at someone no entity was found for?"""
    source = claim.source
    if source is None or source.kind != "pronoun" or source.entity_id is not None:
        return False
    return any(w in _POINTING for w in re.findall(r"[a-z]+", source.text.lower()))
