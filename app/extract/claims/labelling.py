"""Labelling: quote kind, source kind, the entity and role a source names, and hedges."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from app.extract.claims.draft import _FIRST_PERSON, _NAMED_ENTS, _RELATIVE, _Draft
from app.extract.claims.org_descriptions import KIND_NOUNS
from app.extract.claims.sources import name_before_verb
from app.extract.coref import (
    antecedent,
    description_entity,
    mention_gender,
    person_genders,
    pronoun_gender,
)
from app.extract.cues import (
    ANONYMOUS_NOUNS,
    HEDGE_WORDS,
    REPORT_NOUNS,
    THINKING_HEDGES,
)
from app.extract.model import (
    Entity,
    Mention,
    SourceKind,
)
from app.extract.name_gender import first_name_gender
from app.extract.quotes import Quote
from app.extract.roles import HONORIFICS, POST_NOMINALS, TITLE_WORDS
from app.extract.tokens import token_table


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


_SHARE_OF_THEM = re.compile(
    r",\s*(?:many|most|some|several|few|all|both|half|none|each|one|two|three|a\s+few|"
    r"a\s+number|a\s+majority|the\s+majority)\s+of\s+(?:them|whom|those)\b[^,]*$",
    re.IGNORECASE,
)


def _members_described(text: str, start: int, at: int) -> bool:
    """Does the name at `at` stand in an aside on a share of the source's members ("His
    critics, many of them conservative Catholics,")? The group it names is what some of the
    speakers are, not who speaks."""
    return _SHARE_OF_THEM.search(text[start:at]) is not None


def _link(
    start: int, end: int, head: Token, mentions: list[tuple[Mention, Entity]]
) -> Entity | None:
    """The entity a mention of which covers the source's head, else a name inside the source
    in apposition to the head ("The party leader, Jane Roe,"); a name that only modifies the
    head ("A New York judge", "The Green Party leader") is not the source."""
    if any(
        c.dep_ == "conj" and (c.pos_ == "PROPN" or c.tag_ == "NNS") and start <= c.idx < end
        for c in head.children
    ):
        # "Marco Diaz and Bill Stone have both said", "Cruz and his aides": more than one
        # speaker, none of them alone ("China, Beijing's ally and lifeline," is one).
        return None
    if head.text.rstrip(".") in POST_NOMINALS and head.i > 0 and start < head.idx:
        # "Guy Roe QC": the person whose office the letters give ("the Salford MP" is not
        # Salford)
        name = head.doc[head.i - 1]
        for m, e in mentions:
            if e.type == "person" and m.start <= name.idx < m.end:
                return e
    h0, h1 = head.idx, head.idx + len(head.text)
    best: tuple[int, Entity] | None = None
    for m, e in mentions:
        if m.start <= h0 and h1 <= m.end:
            if e.type != "person" and _person_in_name(head, m):
                return None  # "Commentary's Noah Rothman" is no organization
            return _person_of_surname(head, mentions) if e.type == "place" else e
        if start <= m.start and m.end <= end:
            if _members_described(head.doc.text, start, m.start):
                continue  # "His critics, many of them Catholics,": some of the critics, not all
            if _joined_name(head.doc, m, start, end):
                # "Presidential candidates Hillary Clinton and Donald Trump": the names
                # beside the head are two speakers, not one.
                return None
            rank = 0 if _named_kind(head, e, m) else _stands_for(head, m)
            if rank == 1:
                # "Scottish" in "the Scottish Executive" is not the Executive, nor is the
                # place or party that modifies a person ("A New York judge", "the GOP nominee")
                # that person: only a name set beside the head names the source.
                continue
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, e)
    return best[1] if best else None


def _named_kind(head: Token, entity: Entity, m: Mention) -> bool:
    """Is the source a noun of an organization's kind with that organization's name
    compounded before it ("the Usdaw trade union", "the SkyJet airline"), so the name says
    which one it is?"""
    if (
        entity.type != "organization"
        or not head.text.islower()  # (the tagger may call "union" there a proper noun)
        or head.lower_ not in KIND_NOUNS
        or any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in head.children)
    ):
        return False
    span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.head.i != head.i:
        return False
    return span.root.dep_ == "compound" and span.root.i < head.i


def _person_in_name(head: Token, m: Mention) -> bool:
    """Is the source's head a person's name that a name of something else took in with a
    possessive before it or an "of" after it ("Commentary's Noah Rothman", "Ana Ruiz of Human
    Rights Watch")? The speaker is the person, not what the name was taken for."""
    if head.pos_ != "PROPN" or head.i == 0:
        return False
    given = head.doc[head.i - 1]
    if head.ent_type_ != "PERSON" and not (
        given.pos_ == "PROPN" and given.idx >= m.start and first_name_gender(given.text)
    ):
        return False  # no person's name: "Bank of America" said
    before = head.doc.text[m.start : head.idx]
    after = head.doc.text[head.idx + len(head.text) : m.end]
    return bool(re.search(r"[’']s\s", before)) or bool(re.match(r"\s+of\s", after))


def _joined_name(doc: Doc, m: Mention, start: int, end: int) -> bool:
    """Is the name `m` inside a source phrase one of names joined by "and"/"or" there?"""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "conj" and start <= root.head.idx < end and root.head.pos_ == "PROPN":
        return True
    return any(
        c.dep_ == "conj" and c.pos_ == "PROPN" and start <= c.idx < end for c in root.children
    )


def _person_of_surname(head: Token, mentions: list[tuple[Mention, Entity]]) -> Entity | None:
    """A source word tagged as a place that is also the surname of a person the article names
    ("Jordan said" after "Rep. Jim Jordan"): the person, who speaks. Else the place (a
    country's government speaks too: "Jordan said it would close the border")."""
    place: Entity | None = None
    for m, e in mentions:
        if m.start <= head.idx < m.end and e.type == "place":
            place = e
    for _m, e in mentions:
        if e.type == "person" and any(
            x.text.split()[-1:] == [head.text] and len(x.text.split()) > 1 for x in e.mentions
        ):
            return e
    return place


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
        if tok.dep_ in ("compound", "nmod", "amod") and tok.head.pos_ == "NOUN":
            # "Rosa Diaz, a Tinder spokeswoman,": the company modifies the description
            # set beside the name; it is not the one who speaks.
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
    reported = cue is not None and draft.how in ("ccomp", "xcomp") and _past_report(cue)
    span = doc.char_span(*draft.content, alignment_mode="expand")
    if span is not None:
        for t in span:
            if t.lower_ in HEDGE_WORDS and t.pos_ in ("AUX", "ADV", "VERB", "ADJ"):
                if t.lower_ in ("would",) and t.head.lemma_ == "like":
                    continue
                if t.dep_ == "amod" and t.lower_ in ("likely", "unlikely", "expected"):
                    continue  # "likely voters", "the expected turnout": a kind, not a hedge
                if t.lower_ in ("likely", "unlikely") and any(
                    c.lower_ in ("less", "more", "least", "most") for c in t.children
                ):
                    continue  # "are less likely to vote for Roe": a measured comparison
                if t.lower_ == "would" and reported:
                    continue  # "said he would vote": the past of "will", not a condition
                if t.lower_ == "could" and any(
                    c.dep_ == "neg" and c.i > t.i for c in (*t.head.children, *t.children)
                ):
                    continue  # "said he could not support it": can't, no maybe
                if not _weakens_claim(t, span):
                    continue
                found.append(t.lower_)
    seen: list[str] = []
    for w in found:
        if w not in seen:
            seen.append(w)
    return seen


# Clauses that describe a noun or set a circumstance: a modal inside them ("workers who could
# leak details", "before the police could arrive", "so she could use it") is part of what is
# described, not a weakening of what the source asserts.
_DESCRIBING = frozenset({"relcl", "acl", "advcl", "amod", "pcomp", "csubj", "csubjpass"})
# A verb of thinking hedges only with these subjects (or none, in the passive); "Think of
# that." is an order.
_SPEAKER = frozenset({"i", "we"})


def _past_report(cue: Token) -> bool:
    """Is the cue a report in the past: a past tense or participle ("said", "has said"), or a
    participle that goes with a past verb ("attacked Roe, saying he would ...")?"""
    if cue.tag_ in ("VBD", "VBN"):
        return True
    return (
        cue.tag_ == "VBG"
        and cue.dep_ in ("advcl", "xcomp", "conj")
        and cue.head.tag_ in ("VBD", "VBN")
        and not any(c.dep_ == "aux" for c in cue.children)
    )


def _weakens_claim(t: Token, span: SpacySpan) -> bool:
    """Whether the hedge word `t` weakens the claim `span` holds: it sits on the content's
    own clauses (the main one, its complements and conjuncts), not in a clause that describes
    a noun or a circumstance; a verb of thinking only in the speaker's mouth or said of no
    one."""
    if t.pos_ == "VERB" and t.lower_ in THINKING_HEDGES:
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
        if not passive and not any(c.lower_ in _SPEAKER for c in subjects):
            return False
        # "we should believe her", "I believe you": trusting a person, no guess
        if (
            t.lemma_.lower() == "believe"
            and not any(c.dep_ in ("ccomp", "xcomp", "prep") for c in t.children)
            and any(
                c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON")
                for c in t.children
            )
        ):
            return False
    node = t if t.pos_ in ("VERB", "ADJ") else t.head
    while span.start <= node.i < span.end and node.head.i != node.i:
        if node.dep_ in _DESCRIBING:
            return False
        if node.dep_ == "conj" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE for c in node.children
        ):
            break  # a conjunct with a subject of its own is a clause of its own
        if not span.start <= node.head.i < span.end:
            break
        node = node.head
    return True


# A chain of "he said" paragraphs can run long: follow it back to the name that opened it.
_MAX_HOPS = 40


def _antecedent_entity(
    d: _Draft,
    mentions: list[tuple[Mention, Entity]],
    spoken_of: Sequence[tuple[int, int]] = (),
    last_speakers: Sequence[tuple[Entity, int]] = (),
    known: Mapping[int, Entity | None] | None = None,
    sources: Sequence[tuple[int, int]] = (),
) -> Entity | None:
    """`_resolve_pronoun`, kept only when it agrees with the pronoun: a "he" or "she" is a
    person, never a country, a party or a company the chain happened to reach. `sources`: the
    spans of the earlier claims' sources."""
    found = _resolve_pronoun(d, mentions, spoken_of, last_speakers, known)
    assert d.source_head is not None
    gender = pronoun_gender(d.source_head)
    if (
        found is not None
        and found.type == "person"
        and gender in ("m", "f")
        and _speaker_named_since(d.source_head, found, gender, mentions, sources)
    ):
        return None  # "Rialto said ... say experts like Karl Venner ... he said": either
    if found is not None and found.type != "person" and gender in ("m", "f"):
        return None
    if found is not None and found.type == "place" and gender == "p":
        return None  # "they argue": people, not a city or a country's name
    if found is not None and found.type == "person" and gender == "p":
        return None  # "as they say", "if they back Clinton": many, never the one person named
    if (
        found is not None
        and gender in ("m", "f")
        and not _may_be(found, gender, d.source_head.doc, mentions)
    ):
        return None  # "he said" is never a woman's words, nor "she said" a man's
    if (
        found is not None
        and found.type == "person"
        and gender in ("m", "f")
        and _other_subject_since(d.source_head, found, gender, mentions, spoken_of)
    ):
        return None  # "Blair ... as Cardinal Ann Roe backed ... he said": either, or Roe
    if (
        found is not None
        and found.type == "person"
        and gender in ("m", "f")
        and _new_person_of_gender_since(d.source_head, found, gender, mentions, spoken_of)
    ):
        return None  # "Roe ... with his wife, the painter Ann ... she admits": either woman
    if found is not None and d.cue_token is not None and _addressed(d.cue_token, found, mentions):
        return None  # '"...," he told Vance': the one told is the listener, never the speaker
    if (
        found is not None
        and found.type == "person"
        and gender in ("m", "f")
        and _object_of_another_subject(d.source_head, found, gender, mentions)
    ):
        return None  # "Was Greer happy with Vance's answer? 'Not really,' he said": Greer
    return found


def _addressed(cue: Token, found: Entity, mentions: list[tuple[Mention, Entity]]) -> bool:
    """Is the found person the one the cue verb is said to ("he told Vance", "she said to
    Vance", "he asked Vance")? Whoever is told something is not who tells it."""
    told: list[Token] = []
    for child in cue.children:
        if child.dep_ in ("dobj", "dative", "iobj"):
            told.append(child)
        elif child.dep_ == "prep" and child.lower_ == "to":
            told.extend(g for g in child.children if g.dep_ == "pobj")
    return any(e.id == found.id and m.start <= t.idx < m.end for t in told for m, e in mentions)


def _object_of_another_subject(
    head: Token, found: Entity, gender: str, mentions: list[tuple[Mention, Entity]]
) -> bool:
    """Is the found person's last mention before the pronoun (within its sentence and the two
    before) only a possessor or an object in a clause whose subject is another person of the
    pronoun's gender ("Was Greer happy with Vance's answer? 'Not really,' he said")? The
    clause's subject is the likelier antecedent; the chain to the other name is a guess."""
    doc = head.doc
    last = [(m, e) for m, e in mentions if e.id == found.id and m.end <= head.idx]
    if not last:
        return False
    mention = max(last, key=lambda me: me[0].start)[0]
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    start = head.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    if span.start < start:
        return False
    root = span.root
    if root.dep_ not in ("poss", "pobj", "dobj", "dative", "iobj"):
        return False  # (a name the parse hung elsewhere may be the subject itself)
    genders = person_genders(doc, mentions)
    # (the subject of the nearest clause above the mention: "Was Greer satisfied with ...")
    verb = next(
        (a for a in root.ancestors if any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)),
        None,
    )
    if verb is None or verb.dep_ == "relcl":
        return False
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        # (the subject's name may stand beside its noun: "the farmer Tom Greer")
        named = [subj, *(c for c in subj.children if c.dep_ in ("appos", "compound"))]
        for m, e in mentions:
            if (
                any(m.start <= t.idx < m.end for t in named)
                and e.id != found.id
                and e.type == "person"
                and genders.get(e.id, "") in (gender, "")
            ):
                return True
    return False


def _last_mention_end(found: Entity, mentions: list[tuple[Mention, Entity]], before: int) -> int:
    """Where the found entity's last mention before a character ends (-1 when none does): the
    point from which the "... since" checks look for someone nearer."""
    return max((m.end for m, e in mentions if e.id == found.id and m.end <= before), default=-1)


def _tokens_since(
    head: Token, found: Entity, mentions: list[tuple[Mention, Entity]], sentences_back: int
) -> list[Token]:
    """The words after the found entity's last mention and before the pronoun, within the
    pronoun's sentence and the `sentences_back` before it: where a nearer candidate may stand
    (none when the entity was not mentioned before the pronoun)."""
    last = _last_mention_end(found, mentions, head.idx)
    if last < 0:
        return []
    doc = head.doc
    start = head.sent.start
    for _ in range(sentences_back):
        if start > 0:
            start = doc[start - 1].sent.start
    return [t for t in doc[start : head.i] if t.idx >= last]


def _speaker_named_since(
    head: Token,
    found: Entity,
    gender: str,
    mentions: list[tuple[Mention, Entity]],
    sources: Sequence[tuple[int, int]],
) -> bool:
    """Is another person who may take the pronoun named in the source of a claim between the
    found person's last mention and the pronoun ("Part of the trouble, say experts like Karl
    Venner, a geologist, is the rock itself. ... , he said")? Whoever spoke last is the likelier
    "he"; the parse's chain over that speaker to an older name is a guess."""
    last = _last_mention_end(found, mentions, head.idx)
    if last < 0:
        return False
    genders = person_genders(head.doc, mentions)
    # (a source that names the found person is that person's, whoever else it names: "Trump,
    # the owner of the Miss Universe pageant, said")
    others = [
        (a, b)
        for a, b in sources
        if not any(e.id == found.id and a <= m.start < b for m, e in mentions)
    ]
    return any(
        e.id != found.id
        and e.type == "person"
        and genders.get(e.id, "") in (gender, "")
        and last <= m.start < head.idx
        and any(a <= m.start < b for a, b in others)
        for m, e in mentions
    )


# Plain words for a person that carry no title or office: "the woman", "the man". A writer
# goes on with them about someone left unnamed.
PLAIN_PERSON_NOUNS = frozenset(["man", "woman", "guy", "lady", "boy", "girl"])


def _plain_person_since(
    head: Token, at: int, gender: str, spoken_of: Sequence[tuple[int, int]]
) -> bool:
    """Is someone of the pronoun's gender named by a plain word for a person ("said the
    woman, who did not want to be named") between a speaker's last claim (ending at `at`)
    and the pronoun, outside what claims report? That person, whom no entity names, is the
    pronoun's nearer candidate."""
    for tok in head.doc[: head.i]:
        if tok.idx < at or tok.pos_ != "NOUN" or tok.lower_ not in PLAIN_PERSON_NOUNS:
            continue
        if mention_gender(tok) != gender or any(a <= tok.idx < b for a, b in spoken_of):
            continue
        if tok.dep_ == "appos":
            continue  # (a description of someone named: "Roe, a woman of few words,")
        return True
    return False


def _new_person_of_gender_since(
    head: Token,
    found: Entity,
    gender: str,
    mentions: list[tuple[Mention, Entity]],
    spoken_of: Sequence[tuple[int, int]],
) -> bool:
    """Has the sentence before the pronoun, or its own, brought in someone new of its gender
    after the found person's last mention: a gendered noun the article ties to nobody named
    ("his wife", "a woman", "her daughter") in any role, not only as a subject? The older
    speaker is then no likelier than the newcomer. Nouns in what claims report ("she said her
    mother voted") and descriptions of the found person ("Roe, a mother of two") are not
    newcomers."""
    for tok in _tokens_since(head, found, mentions, 1):
        if tok.pos_ != "NOUN" or mention_gender(tok) != gender:
            continue
        if any(a <= tok.idx < b for a, b in spoken_of):
            continue
        if tok.dep_ == "appos" or any(m.start <= tok.idx < m.end for m, _ in mentions):
            continue  # (a description of someone named, or part of a name)
        marks = [c.lower_ for c in tok.children if c.dep_ in ("poss", "det")]
        if pronoun_gender(head) in [pronoun_gender(c) for c in tok.children if c.dep_ == "poss"]:
            continue  # ("She remembers ... her sister ... She fears": the "her" is the "she")
        if any(m in ("his", "her", "their", "a", "an", "another") for m in marks):
            return True
        if tok.lower_ in PLAIN_PERSON_NOUNS and "the" in marks:
            return True  # ("said the woman, who did not want to be named ... she said")
    return False


def _other_subject_since(
    head: Token,
    found: Entity,
    gender: str,
    mentions: list[tuple[Mention, Entity]],
    spoken_of: Sequence[tuple[int, int]],
) -> bool:
    """Is someone else who may take the pronoun the subject of a clause between the found
    person's last mention and the pronoun: a person entity of that gender or of none the
    article gives, or a name no entity covers that a title opens ("Cardinal Cormac Murphy
    O'Connor backed ...")? The nearer subject is the likelier antecedent; the parse's chain
    over it to an older name is a guess. Subjects in what claims report ("Mr Blair has the
    same passion, he said") are spoken of, not candidates."""
    genders = person_genders(head.doc, mentions)
    surnames = {m.text.split()[-1] for m, e in mentions if e.id == found.id and m.text.split()}
    # (within the pronoun's sentence and the two before it)
    for tok in _tokens_since(head, found, mentions, 2):
        # (the doer of a passive is its subject in all but form: "a book published by Ann Roe")
        agent = tok.dep_ == "pobj" and tok.head.dep_ == "agent"
        if tok.dep_ not in ("nsubj", "nsubjpass") and not agent:
            continue
        if any(a <= tok.idx < b for a, b in spoken_of) or tok.head.dep_ == "relcl":
            continue  # (a relative's subject is background: "for which Blair apologised")
        if any(a.dep_ == "ccomp" for a in (tok.head, *tok.head.ancestors)):
            continue  # nor is one in a reported clause ("she believed Tony Blair initiated")
        if question_put_in_passing(tok.head):
            continue  # nor the asker of the question the words answer ("when Roe asked if")
        names = (tok, *(c for c in tok.children if c.dep_ in ("compound", "appos")))
        owner = next(
            (e for m, e in mentions for t in names if m.start <= t.idx < m.end),
            None,
        )  # (the name may stop before its head, "Ben Emmerson QC", or stand beside a noun,
        # "his son Nick")
        if owner is None and agent and tok.pos_ == "NOUN" and mention_gender(tok) == gender:
            return True  # "introduced by his son ... he said": the son, as likely
        if owner is not None:
            if (
                owner.id != found.id
                and owner.type == "person"
                and genders.get(owner.id, "") in (gender, "")
            ):
                return True
            continue
        if tok.pos_ == "PROPN" and _titled_name(tok) and tok.text not in surnames:
            return True  # (not "Baroness Boothroyd" for the Betty Boothroyd found)
    return False


# Verbs of putting a question, and the words that open a clause timing another's act.
_ASKING_VERBS = frozenset({"ask", "wonder", "inquire", "enquire", "query"})
_TIME_WORDS = frozenset({"when", "as", "after", "before", "while", "once"})


def question_put_in_passing(verb: Token) -> bool:
    """Is a verb a question put in a clause that times another's act ("Lee did not sound sure
    when Roe asked whether the party could hold the House")? The words that follow ("'Nobody
    can predict this year,' he said") answer it: they are the one asked's, and the asker is
    no one a later "he said" goes on with, nor a nearer subject that unsettles the answerer."""
    if verb.lemma_.lower() not in _ASKING_VERBS or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_WORDS for c in verb.children):
        return False
    return any(
        c.dep_ in ("ccomp", "xcomp")
        and any(
            (m.dep_ == "mark" and m.lower_ in ("whether", "if")) or m.tag_ in ("WDT", "WP", "WRB")
            for m in c.children
        )
        for c in verb.children
    )


def _titled_name(tok: Token) -> bool:
    """Is a proper-noun subject a person's name opened by a title ("Cardinal Cormac Murphy
    O'Connor", "Senator Ann Roe"), though no entity was made for it?"""
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if not words or any(w.pos_ != "PROPN" for w in words):
        return False
    first = min(words, key=lambda w: w.i)
    return first.lower_ in TITLE_WORDS or first.lower_ in HONORIFICS or tok.ent_type_ == "PERSON"


def _resolve_pronoun(
    d: _Draft,
    mentions: list[tuple[Mention, Entity]],
    spoken_of: Sequence[tuple[int, int]] = (),
    last_speakers: Sequence[tuple[Entity, int]] = (),
    known: Mapping[int, Entity | None] | None = None,
) -> Entity | None:
    """The entity a pronoun source refers to: a relative pronoun's noun, else the mention the
    coreference model resolves the pronoun to (never simply the nearest name). When that
    mention lies in what some claim reports (`spoken_of`: "Roe said Lee's plan ... he said"),
    it is someone spoken about, and no one is the source. A "he said" that continues the turn
    of the last speaker whose name agrees with it (`last_speakers`: entity and where its
    claim ends, latest first) is that speaker's. `known`: the entity of each earlier
    claim's source, by the character offset of its head."""
    known = known or {}
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
    gender = pronoun_gender(head)
    if gender in ("m", "f"):
        ahead = _main_subject_ahead(head, gender, mentions) or _topic_ahead(head, gender, mentions)
        if ahead is not None:
            return ahead
    if gender in ("m", "f") and last_speakers:
        held = _speaker_kept(head, gender, mentions, spoken_of, last_speakers)
        if held is not None:
            return held
    found = _chain_entity(d, gender, mentions, spoken_of, known)
    picked = None
    if gender in ("m", "f"):
        picked = _last_sentence_subject(d, gender, mentions, spoken_of)
    if picked is None:
        return found
    subject, word = picked
    if found is not None and any(m.text.split()[-1:] == [word] for m in found.mentions):
        return found  # the chain's person goes by that name too ("Hillary Clinton", "Clinton")
    return subject


def _chain_entity(
    d: _Draft,
    gender: str,
    mentions: list[tuple[Mention, Entity]],
    spoken_of: Sequence[tuple[int, int]],
    known: Mapping[int, Entity | None],
) -> Entity | None:
    """The entity the coreference chain of a pronoun source reaches (see `_resolve_pronoun`)."""
    head = d.source_head
    assert head is not None
    resolved = None
    tok = head
    for hop in range(_MAX_HOPS):
        step = antecedent(head.doc, tok, d.content if hop == 0 else None)
        if step is None:
            break
        if step.token.idx in known:
            # The chain reaches an earlier claim's speaker ("Roe said ... he added"): the
            # pronoun is that speaker, as that claim's source was resolved.
            return known[step.token.idx]
        resolved = step
        if step.token.pos_ != "PRON":
            break
        tok = step.token
    if resolved is None or resolved.token.pos_ == "PRON":
        return None
    tok = resolved.token
    if any(a <= tok.idx < b for a, b in spoken_of):
        return None  # someone spoken about, and no speaker to keep: no one
    found = _link(resolved.span.start_char, resolved.span.end_char, tok, mentions)
    if found is None and tok.pos_ in ("NOUN", "PROPN"):
        # "The retired neurosurgeon ... he said": the one person described so, else the last
        # given the title
        found = description_entity(tok.doc, tok, mentions)
    if found is None and tok.pos_ == "NOUN":
        found = _entity_by_role(tok, mentions)
    if found is not None and gender in ("m", "f"):
        subject = _sentence_subject(tok, gender, mentions)
        if subject is not None and subject.id != found.id:
            # "Roe called for the president to resign. He said ...": the sentence's own
            # subject, not a person it speaks of, is whom the next sentence's "he" goes on with.
            return subject
    return found


# The words that set a topic before a clause: "As for Greene, he said ...".
_TOPIC_OPENERS = (("as", "for"), ("as", "to"))


def _topic_ahead(head: Token, gender: str, mentions: list[tuple[Mention, Entity]]) -> Entity | None:
    """ "As for Greene, he said he is not worried": a "he"/"she" right after a topic the
    sentence opens with ("As for ...", "As to ...", after "And" or "But") is the person the
    topic names, whoever spoke last. Only a topic of a few words that names a person whom the
    pronoun may be."""
    sent = head.sent
    k = sent.start
    if head.doc[k].pos_ == "CCONJ":
        k += 1
    if k + 2 >= head.i or (head.doc[k].lower_, head.doc[k + 1].lower_) not in _TOPIC_OPENERS:
        return None
    comma = head.i - 1
    if head.doc[comma].text != "," or comma - (k + 2) > 6:
        return None
    topic = head.doc[k + 2 : comma]
    names = [t for t in topic if t.pos_ == "PROPN"]
    if not names or any(t.lower_ in ("and", "or", "&") for t in topic):
        return None  # "As for Roe and Lee, ...": two people, neither alone
    last = names[-1]
    entity = _link(topic.start_char, topic.end_char, last, mentions)
    if entity is None or entity.type != "person" or not _may_be(entity, gender, head.doc, mentions):
        return None
    return entity


# Conjunctions that open a clause set before the main one ("Even as he accused ...").
_FRONTED_MARKS = frozenset(
    [
        "as",
        "when",
        "while",
        "after",
        "before",
        "though",
        "although",
        "because",
        "since",
        "once",
        "if",
        "until",
        "whereas",
    ]
)


def _main_subject_ahead(
    head: Token, gender: str, mentions: list[tuple[Mention, Entity]]
) -> Entity | None:
    """ "Even as he accused the department of favouritism, Giuliani would not speculate": a
    "he"/"she" that is the subject of a clause set before the main clause, whose subject is a
    person named right after it, is that person, whoever spoke last. Only when no other name
    stands before the pronoun in its sentence."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl":
        return None
    main = verb.head
    if main.i < verb.i or not any(
        c.dep_ == "mark" and c.lower_ in _FRONTED_MARKS and c.i < head.i for c in verb.children
    ):
        return None
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not verb.right_edge.i < subj.i < main.i:
        return None
    if subj.pos_ != "PROPN" or subj.ent_type_ != "PERSON":
        return None
    if any(t.ent_type_ == "PERSON" for t in head.doc[head.sent.start : head.i]):
        return None
    entity = _link(subj.left_edge.idx, subj.idx + len(subj.text), subj, mentions)
    if entity is None or entity.type != "person" or not _may_be(entity, gender, head.doc, mentions):
        return None
    return entity


def _last_sentence_subject(
    d: _Draft,
    gender: str,
    mentions: list[tuple[Mention, Entity]],
    spoken_of: Sequence[tuple[int, int]],
) -> tuple[Entity, str] | None:
    """The person named as subject of the sentence before, when the pronoun opens the story's
    own next sentence as its subject ("Mr. Adler, like most economists, is persuaded of ...
    But he recognizes that ..."): the writer goes on about that person, whoever spoke last.
    Not for a quotation's "he said", where the writer may have set a sentence about someone
    else between a speaker's quotes."""
    head = d.source_head
    assert head is not None
    doc = head.doc
    sent = head.sent
    text = doc.text
    if head.dep_ != "nsubj" or head.head.i != sent.root.i or head.i > sent.root.i:
        return None
    if (
        any(ch in text[sent.start_char : d.content[1]] for ch in '"“”')
        or "''" in text[sent.start_char : d.content[1]]
    ):
        return None
    k = sent.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return None
    before = doc[k].sent
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        subj = _name_after_participle_opener(before)
    if subj is not None and subj.pos_ == "NOUN":
        # "Trump's running mate — Indiana Gov. Mike Pence — has thrown ...": the name set
        # beside the subject is who the sentence is about.
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ != "PERSON":
        return None
    if any(a <= subj.idx < b for a, b in spoken_of):
        return None
    if any(ch in before.text for ch in '"“”') or "''" in before.text:
        return None  # a quotation's tag: who spoke is left to the speaker rules
    entity = _link(subj.left_edge.idx, subj.idx + len(subj.text), subj, mentions)
    if entity is None or entity.type != "person" or not _may_be(entity, gender, doc, mentions):
        return None
    if person_genders(doc, mentions).get(entity.id, "") != gender and any(
        t.i < subj.left_edge.i
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "PRON"
        and pronoun_gender(t) == gender
        for t in before
    ):
        # "..., she issued a plan: President Roe later adopted it. She has called for ...":
        # the sentence before went on about a "she" other than its named subject, of no
        # gender the article gives; the pronoun may go on with either, so this rule says none.
        return None
    return entity, subj.text


def _name_after_participle_opener(sent: SpacySpan) -> Token | None:
    """ "Reached by the paper, Roe, the party's chairman, hesitated to ...": a sentence opened
    by a participle that the parser took for its main verb, the real one (a past or present
    tense verb, which the tagger may also take for a participle) hung on it as a conjunct and the
    subject lost in the opener. The person's name
    set right after the opener's comma, before that verb, is the subject."""
    root = sent.root
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if first is None or first.i != root.i or root.tag_ not in ("VBN", "VBG"):
        return None
    verb = next(
        (c for c in root.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP", "VBN")),
        None,
    )
    if verb is None:
        return None
    doc = sent.doc
    for tok in doc[root.i + 1 : verb.i]:
        if tok.text != ",":
            continue
        name = doc[tok.i + 1]
        if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
            return None
        while name.i + 1 < verb.i and doc[name.i + 1].ent_type_ == "PERSON":
            name = doc[name.i + 1]
        return name
    return None


def _sentence_subject(
    tok: Token, gender: str, mentions: list[tuple[Mention, Entity]]
) -> Entity | None:
    """The person who is the subject of the main verb of `tok`'s sentence, when `tok` is not
    that subject and the person's name agrees with `gender`."""
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    named = name_before_verb(subj)
    if named.i != subj.i:
        # "On another tough guy, Mr. Roe, Mr. Lee was pressed on why he had said ...": the
        # name right before the verb is the subject, not the one the parser hung it on.
        subj = named
    if subj.left_edge.i <= tok.i <= subj.right_edge.i:
        return None
    if subj.ent_type_ != "PERSON":
        return None
    entity = _link(subj.left_edge.idx, subj.idx + len(subj.text), subj, mentions)
    if entity is None or entity.type != "person":
        return None
    if not _may_be(entity, gender, tok.doc, mentions):
        return None
    return entity


def _speaker_kept(
    head: Token,
    gender: str,
    mentions: list[tuple[Mention, Entity]],
    spoken_of: Sequence[tuple[int, int]],
    last_speakers: Sequence[tuple[Entity, int]],
) -> Entity | None:
    """The last speaker, when "he said"/"she said" continues that speaker's turn: the speaker's
    name agrees with the pronoun and no other person of that gender is named between the two
    outside what the claims report."""
    agreeing = [
        (e, at)
        for e, at in last_speakers
        if e.type == "person" and _may_be(e, gender, head.doc, mentions)
    ]
    if not agreeing:
        return None
    speaker, at = agreeing[0]
    genders = person_genders(head.doc, mentions)
    for m, e in mentions:
        if m.start < at or e.id == speaker.id or e.type != "person":
            continue
        if m.start >= head.idx:
            break
        if any(a <= m.start < b for a, b in spoken_of):
            continue
        if genders.get(e.id, "") in (gender, ""):
            return None  # someone else of that gender named since: the parse decides
    if _unlinked_person_between(head, at, mentions, spoken_of):
        return None  # a person no entity was made for named since: the parse decides
    if _plain_person_since(head, at, gender, spoken_of):
        return None  # '"...," said the woman, who ... "...," she said': not the older speaker
    return speaker


def _may_be(entity: Entity, gender: str, doc: Doc, mentions: list[tuple[Mention, Entity]]) -> bool:
    """Can a "he" or "she" be this person? The article gives the person that gender, or gives
    none and the name is a person's full name or the person has a title (a one-word "person"
    with neither, "Xinhua", may be an agency the recogniser took for one)."""
    found = person_genders(doc, mentions).get(entity.id, "")
    return found == gender or (
        found == "" and (len(entity.name.split()) >= 2 or bool(entity.roles))
    )


def _unlinked_person_between(
    head: Token,
    at: int,
    mentions: list[tuple[Mention, Entity]],
    spoken_of: Sequence[tuple[int, int]],
) -> bool:
    """Is a person's name, that no entity mention covers, the subject of a clause between a
    speaker's last claim (ending at `at`) and a pronoun ("Secretary General Ban Ki-moon
    condemned ... "I count on ...," he told reporters")? Such a name is the pronoun's nearest
    candidate, and keeping the older speaker would jump over it."""
    doc = head.doc
    for tok in doc[: head.i]:
        if tok.idx < at or tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON":
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if any(a <= tok.idx < b for a, b in spoken_of):
            continue
        if any(m.start <= tok.idx < m.end for m, _e in mentions):
            continue
        return True
    return False


def _entity_by_role(tok: Token, mentions: list[tuple[Mention, Entity]]) -> Entity | None:
    """ "The minister ... he said": a definite description names the entity the article last
    gave that title ("Economy Minister Ana Ruiz") before it; None when none did."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None
    word = tok.lemma_.lower()
    best: Entity | None = None
    for m, e in mentions:
        if m.start >= tok.idx:
            break
        if any(word in r.title.lower().split() for r in e.roles):
            best = e
    return best


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
