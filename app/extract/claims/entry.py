"""Entry point: candidate attributions of a parsed document, filtered and calibrated into claims."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from app.extract import coref
from app.extract.claim_filter import FilterModel, load_filter
from app.extract.claim_lines import LineClaim, headline_claim, line_claims
from app.extract.claims.contents import _split_parts
from app.extract.claims.draft import _FIRST_PERSON, _Draft
from app.extract.claims.epithets import epithet_speaker, sole_office
from app.extract.claims.features import _features
from app.extract.claims.finders import _find_drafts, is_negated
from app.extract.claims.kin import named_relative
from app.extract.claims.labelling import (
    PLAIN_PERSON_NOUNS,
    _antecedent_entity,
    _capitalised_words,
    _hedges,
    _link,
    _mentions,
    _quote_kind,
    _role,
    _source_kind,
    question_put_in_passing,
)
from app.extract.claims.org_descriptions import described_organization
from app.extract.claims.quotations import (
    _attach_quotes,
    _cue_quoted,
    _quoted_tokens,
    split_handed_on,
)
from app.extract.claims.screening import (
    _RELATIVES,
    ACT_CEILING,
    _after_content,
    _bare_count,
    _cue_token,
    _cut_short,
    _depiction,
    _negated_unsaid,
    _not_a_claim,
    _pointer_content,
    _sole_person_so_far,
    _subject_left_before_tag,
    _unresolved_pronoun,
    _unsaid,
)
from app.extract.claims.sources import _clean_source, name_set_after
from app.extract.model import (
    Claim,
    ClaimContent,
    ClaimSource,
    Entity,
    Mention,
    Span,
)
from app.extract.quotes import Quote, find_quotes
from app.extract.tokens import doc_text, token_table


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
        if any(k.content[0] <= d.content[0] and d.content[1] <= k.content[1] for k in kept):
            # Words another claim already reports ('said he would "protect X," the crowd
            # applauded'): one stretch of text is one claim's.
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
    # (entity id, pronoun, claim) of the last "he"/"she" unlinked as the one just spoken of
    unlinked_turn: tuple[str, str, Claim] | None = None
    for claim, feats in candidate_claims(doc, entities):
        if not_story and not _clear_of(claim, not_story, text):
            continue
        if model is not None:
            raw = model.raw(feats)
            if raw < model.drop_below:
                continue
            claim.confidence = round(model.confidence(raw), 4)
            if feats.get("act_verb") or feats.get("act_object") or feats.get("unasserted"):
                # A reader does not take an act ("appointed Roe to the board", "announced
                # the arrest", "rejected a request"), a question
                # or a declined comment for a claim, though PolNeAR may count it: kept, but
                # under the default floor of the API.
                claim.confidence = min(claim.confidence, ACT_CEILING)
            if _pointer_content(claim, text):
                # "which, Tompkins said, is usually full ...", "That's why, he argued, ...": the
                # content starts with a word pointing at something outside it; what was said
                # of what, the claim cannot show. Kept, but under the default floor.
                claim.confidence = min(claim.confidence, ACT_CEILING)
            if _subject_left_before_tag(doc, claim):
                # "And that, Ms. Lind said, was already under way" read as "was already under
                # way": the content's subject stands before the tag and was left out; what was
                # said of what, the claim cannot show. Kept, but under the default floor.
                claim.confidence = min(claim.confidence, ACT_CEILING)
            if _unsaid(doc, claim, feats):
                # "was eager to talk about Roe", "must acknowledge the past", "appeared to be
                # locked in a race", "Nobody asked about ...": a wish, a duty, a guess of the
                # writer's or a denial that anyone spoke; nothing was said. Kept, but under the
                # default floor.
                claim.confidence = min(claim.confidence, ACT_CEILING)
            if _not_a_claim(doc, claim, feats):
                # "won't be able to brag about", "Say the city demanded that", "gathered to
                # discuss the crisis", "critical of the mayor", "stressed those worries":
                # nothing reported as said. Kept, but under the default floor.
                claim.confidence = min(claim.confidence, ACT_CEILING)
            if _participle_after_relative(doc, claim):
                # "X complained the vote was rigged, a charge that party leaders denied, noting
                # that ...": the participle may go with the leaders of the clause just before
                # it as well as with X; whose words these are, the reader cannot tell. Kept,
                # but under the default floor.
                claim.confidence = min(claim.confidence, ACT_CEILING)
            if _source_cut_at_hyphen(claim, text):
                # "said co-ordinator Peter Facey" read with "co" for the source: the parse
                # broke a hyphenated word and took a piece of it for who spoke; a reader
                # cannot tell whose words these are. Unlinked, and under the default floor.
                if claim.source is not None:
                    claim.source.entity_id = None
                claim.confidence = min(claim.confidence, ACT_CEILING)
            if claim.negated and _negated_unsaid(doc, claim):
                # "did not mention the fee", "not naming him", "didn't know that ...": nothing
                # said of a thing, or the writer's fact the source was unaware of; no view of
                # the source's. Kept (marked `negated`), but under the default floor. ("did not
                # say that X" stays, marked: a denial a reader can weigh; so does "does not
                # think X", a view.)
                claim.confidence = min(claim.confidence, ACT_CEILING)
            if _cut_short(claim, text):
                # "His allegiance has shifted from Fiorina to Rubio to": cut mid-phrase.
                claim.confidence = min(claim.confidence, ACT_CEILING)
            if _person_pronoun_on_a_place(claim):
                # "Howard Roe, an analyst at Jefferies, who notes that ..." with "who" linked to
                # Jefferies, a place: "who" is said of people, never of a place, so the link
                # names the wrong mouth. Left unlinked (and so under the floor below).
                assert claim.source is not None
                claim.source.entity_id = None
            if _pronoun_on_one_just_spoken_of(doc, claim, claims, entities) or (
                unlinked_turn is not None and _turn_goes_on(claim, unlinked_turn, entities)
            ):
                # 'Lane said Clinton was inconsistent. "It is only when the cameras come,"
                # she said. She went on: "..."' with "she" linked to Clinton: the turn goes on
                # with the speaker, who may be a "she" too; the one she spoke of is the wrong
                # mouth. Unlinked, and so is the next "she" of that turn.
                assert claim.source is not None
                unlinked_turn = (claim.source.entity_id or "", claim.source.text.lower(), claim)
                claim.source.entity_id = None
            elif claim.source is not None and claim.source.kind != "pronoun":
                unlinked_turn = None
            if _pronoun_on_one_spoken_of(claim, entities, text):
                # "Judge Carl Park ruled ... He insisted Park had a conflict of interest" with
                # "He" linked to Park: the writer names the one spoken of in the reported words
                # and would have written "he" or "his" for the speaker, so the link names the
                # wrong mouth. Left unlinked (and so under the floor below).
                assert claim.source is not None
                claim.source.entity_id = None
            if entities and (_unresolved_pronoun(claim) or _bare_count(claim)):
                # "she says" with no one found for "she": a reader cannot tell whose words
                # these are. Kept, but under the default floor. (Without entities linking
                # was not attempted, and nothing is judged unresolved.)
                claim.confidence = min(claim.confidence, ACT_CEILING)
        claim.id = f"c{len(claims) + 1}"
        claims.append(claim)
    return claims


_PERSON_PRONOUNS = frozenset({"who", "whom", "he", "she", "him", "her"})


# Quoted stretches of a content: words the speaker spoke, where a speaker may name himself.
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|''.*?(?:''|$)", re.S)


def _pronoun_on_one_spoken_of(claim: Claim, entities: Sequence[Entity], text: str) -> bool:
    """Is the source a pronoun linked to someone the reporter names, outside any quotation,
    inside the claim's content ("He insisted Park had ..." with "He" linked to Park)?"""
    src = claim.source
    if src is None or src.kind != "pronoun" or src.entity_id is None:
        return False
    entity = next((e for e in entities if e.id == src.entity_id), None)
    if entity is None or entity.type != "person":
        return False
    for part in claim.content.parts or [claim.content]:
        quoted = [
            (part.start + m.start(), part.start + m.end())
            for m in _QUOTED.finditer(text[part.start : part.end])
        ]
        for m in entity.mentions:
            if m.kind not in ("name", "alias") or not part.start <= m.start < part.end:
                continue
            if not any(a <= m.start < b for a, b in quoted):
                return True
    return False


def _pronoun_on_one_just_spoken_of(
    doc: Doc, claim: Claim, earlier: Sequence[Claim], entities: Sequence[Entity]
) -> bool:
    """Is the source a "he"/"she" linked to a person whom the claim just before names in its
    content, outside quotation marks, while that claim's own speaker (a named source) may be
    that "he"/"she" as well, and the person is not named again in between? The turn goes on
    with the speaker; the one spoken of is not the next voice."""
    src = claim.source
    if src is None or src.kind != "pronoun" or src.entity_id is None or not earlier:
        return False
    gender = src.text.lower()
    gender = {"he": "m", "she": "f"}.get(gender, "")
    entity = next((e for e in entities if e.id == src.entity_id), None)
    if not gender or entity is None or entity.type != "person":
        return False
    last = earlier[-1]
    before = last.source
    if before is None or before.kind != "named" or before.entity_id == entity.id:
        return False
    if before.end > src.start or last.content.end > src.start:
        return False
    if before.entity_id is not None:
        genders = coref.person_genders(doc, _mentions(list(entities)))
        speaker = next((e for e in entities if e.id == before.entity_id), None)
        if speaker is None or speaker.type != "person":
            return False
        if genders.get(speaker.id, "") not in ("", gender):
            return False  # the speaker cannot be this "he"/"she"
    text = doc_text(doc)
    quoted = [
        (last.content.start + m.start(), last.content.start + m.end())
        for m in _QUOTED.finditer(text[last.content.start : last.content.end])
    ]
    named_inside = any(
        m.kind in ("name", "alias")
        and last.content.start <= m.start < last.content.end
        and not any(a <= m.start < b for a, b in quoted)
        for m in entity.mentions
    )
    named_since = any(
        m.kind in ("name", "alias") and last.content.end <= m.start < src.start
        for m in entity.mentions
    )
    return named_inside and not named_since


def _turn_goes_on(
    claim: Claim, unlinked: tuple[str, str, Claim], entities: Sequence[Entity]
) -> bool:
    """Is the source the same "he"/"she", linked to the same person, as the last one unlinked
    by `_pronoun_on_one_just_spoken_of`, with that person not named in between? It goes on
    with the same unnamed speaker."""
    entity_id, pronoun, last = unlinked
    src = claim.source
    if src is None or src.kind != "pronoun" or src.entity_id != entity_id:
        return False
    if src.text.lower() != pronoun:
        return False
    entity = next((e for e in entities if e.id == entity_id), None)
    if entity is None:
        return False
    since = max(last.content.end, last.source.end if last.source else 0)
    return not any(
        m.kind in ("name", "alias") and since <= m.start < src.start for m in entity.mentions
    )


def _person_pronoun_on_a_place(claim: Claim) -> bool:
    """Is the source a pronoun said only of people ("who", "she") linked to a place?"""
    src = claim.source
    return (
        src is not None
        and src.kind == "pronoun"
        and src.text.lower() in _PERSON_PRONOUNS
        and (src.entity_id or "").startswith("place:")
    )


def _participle_after_relative(doc: Doc, claim: Claim) -> bool:
    """Is the cue a participle after its main clause ("..., noting that ...") set right after
    a relative clause with a subject of its own, hung on another noun than the source ("a
    charge that party leaders denied, noting that ...")? The participle's subject is then the
    main clause's or the relative clause's, and the parse's choice is a guess."""
    cue = _cue_token(doc, claim)
    if cue is None or cue.dep_ != "advcl" or cue.tag_ != "VBG" or cue.head.i > cue.i:
        return False
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return False
    subjects = {c.i for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    for tok in doc[cue.head.i + 1 : cue.i - 1]:
        if tok.dep_ != "relcl" or tok.right_edge.i != cue.i - 2 or tok.head.i in subjects:
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass")
            and c.pos_ in ("NOUN", "PROPN", "PRON")
            and c.lower_ not in _RELATIVES
            for c in tok.children
        ):
            return True
    return False


def _source_cut_at_hyphen(claim: Claim, text: str) -> bool:
    """Does the source end or start inside a hyphenated word ("co" of "co-ordinator", "ordinator"
    of it), a piece of a word rather than a name or a phrase?"""
    src = claim.source
    if src is None or src.end <= src.start:
        return False
    before = text[src.start - 2 : src.start] if src.start >= 2 else ""
    after = text[src.end : src.end + 2]
    return bool(re.fullmatch(r"-\w", after) or re.fullmatch(r"\w-", before))


def _topic_lead(line: LineClaim, drafts: Sequence[_Draft], text: str) -> bool:
    """Is a "Lead: words" line in the story's body a topic label over words the story gives to
    someone else ("Superdelegates: Clinton is backed by ..., according to the AP. ... Roe
    said.")? Its lead is no transcript's speaker in capitals, a claim found in its words names
    a source of its own in a tag after them, no "I" or "we" of the lead's, and its words are
    written as a story's sentences, not a headline's title case."""
    lead = text[line.source[0] : line.source[1]]
    if lead.isupper():
        return False
    c0, c1 = line.content
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text[c0:c1]) if len(w) > 3]
    if not words or sum(w[:1].isupper() for w in words) * 2 > len(words):
        return False  # a headline's words in title case ("Roe: Lee Thinks Taxes Are Too High")
    for d in drafts:
        if d.source is None or d.cue is None or d.source_head is None:
            continue
        if not (c0 <= d.cue[0] < c1 and c0 <= d.source[0] < c1) or d.source[0] < d.content[0]:
            continue  # (a tag after the words: "..., according to Roe", "..., Roe said")
        if d.source_head.lower_ in _FIRST_PERSON or d.source_head.lower_ in ("you", "she", "he"):
            continue  # the lead's own words may go on "I said", or tell of "he said"
        return True
    return False


def candidate_claims(doc: Doc, entities: list[Entity]) -> list[tuple[Claim, dict[str, float]]]:
    """Every candidate attribution with the features the learned filter scores it by."""
    text = doc_text(doc)
    quotes = split_handed_on(find_quotes(text), text)
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
        if line is not head_line and _topic_lead(line, found, text):
            for d in found:
                if d.content[0] == line.source[0] and not d.parts:
                    d.content = (line.content[0], d.content[1])  # the label is no content
            continue
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
    by_id = {e.id: e for e in entities}
    model = load_filter()
    names = _capitalised_words(doc)
    claims: list[tuple[Claim, dict[str, float]]] = []
    # What claims report (someone spoken about is not the next "he said"), and who spoke.
    # A candidate with no source reports no one's words ("Obama himself seemed to recognize
    # ...": the verb's subject is the sentence's actor, not someone spoken about).
    # (A scene a film shows is no one's words: the people in it may be the next "she".)
    spoken_of = [
        span
        for d in drafts
        if d.source is not None and not _depiction(d.cue_token, d.content)
        for span in (d.parts or _around_source(d.content, d.source))
    ]
    # A claim told inside what another speaker says ("Roe said that ... there was no intent,
    # whereas Lee acknowledged that he knew ..."): its speaker is spoken about, and a later
    # "He also said" goes on with the teller, not with it.
    nested = {id(d) for d in drafts if _told_inside(d, drafts)}
    spoken_of += [
        (min(d.source[0], d.content[0]), d.content[1])
        for d in drafts
        if id(d) in nested and d.source is not None
    ]
    speakers: list[tuple[Entity, int]] = []
    last_words = ""  # the words that named the last of them, lower case
    known: dict[int, Entity | None] = {}
    said_by: list[tuple[int, int]] = []  # the spans of the sources met so far
    # the last likely claim's speaker when that is a person newly met and named by no entity
    # ("One pastor ... said"), or a pronoun that went on with such a turn
    unnamed_turn: tuple[Token, int] | None = None  # and where its source ends
    called: dict[str, set[str]] = {}  # entity id -> the sole offices sources named it by
    for d in sorted(drafts, key=lambda d: d.order):
        parts = _split_parts(d, quotes, text)
        c0, c1 = parts[0][0], parts[-1][1]
        source: ClaimSource | None = None
        goes_on = False
        if d.source is not None and d.source_head is not None:
            d.source = _clean_source(text, _after_content(text, d.source, parts))
            d.source_head = _head_within(doc, d.source, d.source_head)
        if d.source is not None and d.source_head is not None and d.source[1] > d.source[0]:
            s0, s1 = d.source
            kind = _source_kind(d.source_head, names)
            entity: Entity | None
            goes_on = kind == "pronoun" and _continues_unnamed_turn(
                d.source_head, unnamed_turn, mentions
            )
            if goes_on:
                entity = None  # the last speaker, whom no entity names, goes on speaking
            elif kind == "pronoun":
                entity = _antecedent_entity(d, mentions, spoken_of, speakers[::-1], known, said_by)
                if entity is None:
                    entity = _bearer_of_gender(d, mentions, known, text)
            else:
                entity = _link(s0, s1, d.source_head, mentions)
                if entity is not None and _bare_contest_nominal(d.source_head, entity, mentions):
                    entity = None  # "the candidate": one of the race's, whoever held the title
                entity = _surname_holder(d.source_head, entity, mentions, text)
                if entity is None:
                    entity = _sole_bearer(d.source_head, s0, s1, mentions)
                if entity is None:
                    # "the retired neurosurgeon said": the one person the article described so
                    # (before the last speaker an epithet may stand for)
                    entity = coref.description_entity(doc, d.source_head, mentions)
                if entity is None:
                    entity = _described_entity(d.source_head, s0, s1, mentions)
                if entity is None and not speakers:
                    # "Gordon Brown has delivered a rousing speech ... The chancellor said":
                    # before anyone has spoken, the one person the story has named so far
                    sole = _sole_person_so_far(mentions, s0)
                    if sole is not None:
                        entity = epithet_speaker(d.source_head, s0, s1, mentions, sole)
                if (
                    entity is None
                    and speakers
                    and (
                        last_words == text[s0:s1].lower()
                        or not _asked_last(speakers[-1][0].id, [c for c, _f in claims])
                    )
                ):
                    same = last_words == text[s0:s1].lower()
                    entity = epithet_speaker(
                        d.source_head,
                        s0,
                        s1,
                        mentions,
                        speakers[-1],
                        same_words=same,
                        called=frozenset(called.get(speakers[-1][0].id, ())),
                    )
                    if entity is not None and _said_of_another(
                        text[s0:s1], entity.id, [c for c, _f in claims], text
                    ):
                        entity = None
                if entity is None and name_set_after(d.source_head) is not None:
                    # "wrote the British consul at the time, Peter L. Hale": the name set after
                    named = name_set_after(d.source_head)
                    assert named is not None
                    entity = _link(named.idx, named.idx + len(named.text), named, mentions)
                if entity is None:
                    entity = described_organization(d.source_head, s0, s1, mentions)
                if entity is None:
                    entity = named_relative(d.source_head, s0, s1, mentions)
            office = sole_office(d.source_head) if entity is not None else None
            if entity is not None and office is not None:
                called.setdefault(entity.id, set()).add(office)
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
            known[d.source_head.idx] = entity
        cue = Span(text[d.cue[0] : d.cue[1]], d.cue[0], d.cue[1]) if d.cue else None
        hedges = _hedges(doc, d)
        claim = Claim(
            id=f"c{len(claims) + 1}",
            source=source,
            cue=cue,
            content=ClaimContent(
                text[c0:c1], c0, c1, parts=[Span(text[a:b], a, b) for a, b in parts]
            ),
            quote=_quote_kind(text, (c0, c1), quotes),  # type: ignore[arg-type]
            hedged=bool(hedges),
            hedges=hedges,
            negated=d.cue_token is not None and is_negated(d.cue_token),
        )
        feats = _features(d, claim, quotes, text)
        claims.append((claim, feats))
        entity_id = source.entity_id if source is not None else None
        likely = source is not None and _likely_claim(model, feats)
        if (
            likely
            and source is not None
            and id(d) not in nested
            and not _question_put_in_passing(d)
        ):
            # (a speaker as `speakers` counts one, linked to an entity or not)
            said_by.append((source.start, source.end))
        if likely and source is not None and d.source_head is not None:
            new_person = entity_id is None and _newly_met_person(d.source_head)
            unnamed_turn = (d.source_head, source.end) if goes_on or new_person else None
        if (
            likely
            and source is not None
            and entity_id is not None
            and id(d) not in nested
            and not _question_put_in_passing(d)
        ):
            # Only a candidate the filter would keep is a speaker whose turn a later "he
            # said" can continue: "Moss, who does not need to prove ..." is no one's turn.
            speakers.append(
                (by_id[entity_id], max(source.end, d.content[1], cue.end if cue else 0))
            )
            last_words = source.text.lower()
    return claims


def _bare_contest_nominal(
    head: Token, entity: Entity, mentions: list[tuple[Mention, Entity]]
) -> bool:
    """Is the source a bare "the candidate" / "the nominee" that the entity extraction joined to
    the one person it gave that title ("Republican presidential candidate Marco Rubio")? Every
    contestant of a race is one, titled or not: it names the one the story goes on with (the
    last speaker), not the holder of the title."""
    if head.lemma_.lower() not in coref.CONTEST_NOUNS:
        return False
    if any(c.dep_ != "det" for c in head.children if c.i < head.i):
        return False  # "the Republican candidate": the words say which
    return any(
        e.id == entity.id and m.kind == "nominal" and m.start <= head.idx < m.end
        for m, e in mentions
    )


def _head_within(doc: Doc, source: tuple[int, int], head: Token) -> Token:
    """The head of a source trimmed to `source`: the one it had, or when the trimming left it
    out ("WASHINGTON -- President Obama said", the dateline taken for the subject), the head
    of the words kept, which then name the speaker."""
    s0, s1 = source
    if s0 <= head.idx < s1:
        return head
    span = doc.char_span(s0, s1, alignment_mode="contract")
    return span.root if span is not None and len(span) else head


def _asked_last(entity_id: str, earlier: list[Claim]) -> bool:
    """Was the latest claim of this speaker a question put to someone ('"Is that you?" Lott
    asked')? A description that speaks next ("the senator said") answers it: the one asked,
    not the asker (the same words as the asker's source name the asker again)."""
    for claim in reversed(earlier):
        if claim.source is not None and claim.source.entity_id == entity_id:
            cue = claim.cue.text.lower() if claim.cue is not None else ""
            return cue.startswith("ask") and "?" in claim.content.text
    return False


def _around_source(content: tuple[int, int], source: tuple[int, int]) -> list[tuple[int, int]]:
    """What a claim reports, without its own source when the tag stands inside it ("Part of the
    trouble, say experts like Karl Venner, a geologist, is the rock itself"): the speaker named
    in the tag is not spoken of, and a later "he said" may go on with him."""
    if content[0] < source[0] and source[1] < content[1]:
        return [(content[0], source[0]), (source[1], content[1])]
    return [content]


def _question_put_in_passing(d: _Draft) -> bool:
    """Is the draft a question put in a clause that times another's act (see
    `question_put_in_passing`)? The asker's is no turn a later "he said" goes on with."""
    return d.cue_token is not None and question_put_in_passing(d.cue_token)


def _said_of_another(source: str, entity_id: str, earlier: list[Claim], text: str) -> bool:
    """Did the person an epithet would name speak of someone by the same description
    ("Why will the prime minister not take up our offer?" Howard demanded. "The prime minister
    claims ...")? The speaker's own words set it apart from the speaker: it is not who it names."""
    words = re.sub(r"^(the|this)\s+", "", source.strip().lower())
    if len(words) < 3:
        return False
    pattern = re.compile(r"\b" + re.escape(words) + r"\b")
    for c in earlier:
        if c.source is None or c.source.entity_id != entity_id:
            continue
        for p in c.content.parts or [c.content]:
            if pattern.search(text[p.start : p.end].lower()):
                return True
    return False


# Heads of descriptions too vague to stand for one entity, whatever the article names.
_VAGUE_HEADS = frozenset(
    {"official", "source", "people", "man", "woman", "person", "group", "team", "side", "one"}
)


def _described_entity(
    head: Token, start: int, end: int, mentions: list[tuple[Mention, Entity]]
) -> Entity | None:
    """The one entity a definite description names ("The commission said" after "the Federal
    Election Commission"; "the governor said" after "Gov. Ana Ruiz"): a common noun head with
    "the", no name inside the phrase, that is the last word of exactly one organization's name,
    or a word of the role titles of exactly one person (named in full), among those the article
    named before it. None when no one or more than one fits."""
    if head.pos_ != "NOUN" or head.tag_ not in ("NN",):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    phrase = head.doc.char_span(start, end, alignment_mode="expand")
    if phrase is None or any(t.pos_ == "PROPN" or t.ent_type_ for t in phrase):
        return None  # "the Clinton campaign", "the Wisconsin Republican": left to the names
    if any(t.dep_ in ("relcl", "acl", "prep") and t.head.i == head.i for t in phrase):
        return None  # "the man who built ...", "the person familiar with ...": a new someone
    word = head.lemma_.lower()
    if word in _VAGUE_HEADS:
        return None
    if word in coref.CONTEST_NOUNS and not any(
        c.i < head.i and c.dep_ != "det" for c in head.children
    ):
        return None  # a bare "the candidate": any of the race's, titled or not
    doc = head.doc
    fits: dict[str, Entity] = {}
    by_id = {e.id: e for _m, e in mentions}
    holders = {e.id for e in by_id.values() if _holds_title(e, word)}
    for m, e in mentions:
        if m.start >= start:
            break
        if e.type == "organization" and e.name.split()[-1].lower() in (word, word + "s"):
            fits[e.id] = e
        if e.type == "person" and len(e.name.split()) >= 2 and e.id in holders:
            fits[e.id] = e
    if len(fits) > 1 and all(e.type == "person" for e in fits.values()):
        return _holder_just_named(head, mentions, fits)
    if len(fits) != 1:
        return None  # no one, or more than one, fits the description
    found = next(iter(fits.values()))
    surname = found.name.split()[-1]
    if any(by_id[k].name != surname for k in holders - {found.id}):
        return None  # someone else holds the title too (a one-word "Roe" is the same Roe)
    if found.type == "person":
        if coref.description_contradicts(doc, head, found, mentions):
            return None  # "the prime minister" of a "Deputy Prime Minister John Prescott"
        return found
    # Every earlier use of the word must be the organization's own ("the Federal Election
    # Commission"); "the satellite network financed by ..." before "The
    # network said" describes something not named so.
    own = [(m.start, m.end) for m in found.mentions] + [(r.start, r.end) for r in found.roles]
    for t in doc:
        if t.idx >= start:
            break
        if t.lemma_.lower() == word and not any(a <= t.idx < b for a, b in own):
            return None
    return found


def _holder_just_named(
    head: Token, mentions: list[tuple[Mention, Entity]], fits: dict[str, Entity]
) -> Entity | None:
    """Of several people who hold the title of a description ("The chairman said" in an
    article with two chairmen), the one named in the sentence before it as the subject of
    its clause, when none of the others is named in that sentence or the description's own;
    None otherwise ("the man just named", as news writing goes on about him)."""
    doc = head.doc
    sents = list(doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= head.i < s.end), None)
    if k is None or k == 0:
        return None
    window_start = sents[k - 1].start_char
    start = doc[head.left_edge.i].idx
    near = [(m, e) for m, e in mentions if window_start <= m.start < start and e.id in fits]
    if not near or len({e.id for _m, e in near}) != 1:
        return None
    m, e = near[-1]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if not sents[k - 1].start <= span.root.i < sents[k - 1].end:
        return None
    return e


# Words that make a title another office than the bare word ("former governor", "vice
# president"): "the governor" is not who held or stands in for it.
_NOT_THE_OFFICE = frozenset({"former", "vice", "deputy", "ex", "assistant", "late", "acting"})


def _holds_title(entity: Entity, word: str) -> bool:
    """Does the person hold a title whose head is `word`, and not a former or deputy one?"""
    if entity.type != "person":
        return False
    for r in entity.roles:
        title = re.findall(r"[a-z]+", r.title.lower())
        evidence = set(re.findall(r"[a-z]+", r.text.lower()))
        if title[-1:] == [word] and not (set(title) | evidence) & _NOT_THE_OFFICE:
            return True
    return False


def _bearer_of_gender(
    d: _Draft,
    mentions: list[tuple[Mention, Entity]],
    known: dict[int, Entity | None],
    text: str,
) -> Entity | None:
    """ "Clinton says ... She says": when the coreference chain of a "he"/"she" reaches an
    earlier speaker named by a surname two people bear, left unlinked for that, the one bearer
    of the pronoun's gender is the speaker (Hillary, not Bill Clinton); None when none or
    several are."""
    head = d.source_head
    if head is None:
        return None
    gender = coref.pronoun_gender(head)
    if gender not in ("m", "f"):
        return None
    step = coref.antecedent(head.doc, head, d.content)
    if step is None or step.token.idx not in known or known[step.token.idx] is not None:
        return None
    word = step.token.text
    genders = coref.person_genders(head.doc, mentions)
    fits = {
        e.id: e
        for m, e in mentions
        if e.type == "person"
        and len(m.text.split()) > 1
        and m.text.split()[-1] == word
        and genders.get(e.id) == gender
    }
    bare = [e for _m, e in mentions if e.type == "person" and e.name == word]
    if len(fits) != 1 or not bare:
        return None
    return next(iter(fits.values()))


def _surname_holder(
    head: Token, entity: Entity | None, mentions: list[tuple[Mention, Entity]], text: str
) -> Entity | None:
    """The entity a one-word name source stands for. When that word was linked to an entity
    of its own ("Rubio") although the article names a person who bears it in full ("Marco
    Rubio"), it is that person. When two people bear it ("Jeb Bush", "George W. Bush"), it is
    the one named in full last before it, when that was as the subject of a sentence of the
    same paragraph or the two before and no gender tells against it, or the one of the
    source's gender named in full four times as often as the others together; else no one
    (which of them spoke is unclear). A person's name linked to an organization that only
    begins with it ("Trump" folded into "Trump Train") is no one's."""
    if entity is None:
        return None
    word = head.text
    if entity.type == "organization" and any(
        t.text == word and t.ent_type_ == "PERSON" for t in head.doc
    ):
        name = entity.name.split()
        if (
            len(name) > 1
            and name[0] == word
            and all(m.text in (word, entity.name) for m in entity.mentions)
        ):
            return None
    if entity.type != "person" or entity.name != word:
        return entity
    doc = head.doc
    genders = coref.person_genders(doc, mentions)
    titled = re.search(r"\b(Mr|Mrs|Ms|Miss)\.?\s*$", text[max(0, head.idx - 6) : head.idx])
    said = ("m" if titled.group(1) == "Mr" else "f") if titled else genders.get(entity.id, "")
    full: tuple[Mention, Entity] | None = None
    bearers: dict[str, Entity] = {}
    for m, e in mentions:
        words = m.text.split()
        if e.type != "person" or e.id == entity.id or len(words) < 2 or words[-1] != word:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not all(t.pos_ == "PROPN" or t.is_punct for t in span):
            continue  # "Injecting Clinton": no name in full
        if said and genders.get(e.id, said) != said:
            continue  # "Mr. Obama" is not Michelle Obama
        if all(w.isupper() and len(w) <= 3 for w in words[:-1]):
            continue  # "AG Mukasey": a title taken into the name, no other bearer
        bearers[e.id] = e
        if m.start < head.idx:
            full = (m, e)
    if not bearers:
        return entity
    if len(bearers) == 1:
        return next(iter(bearers.values()))
    counts = {k: sum(len(m.text.split()) > 1 for m in e.mentions) for k, e in bearers.items()}
    top = max(counts, key=lambda k: counts[k])
    if (
        said
        and genders.get(top) == said
        and counts[top] >= 4 * (sum(counts.values()) - counts[top])
    ):
        return bearers[top]  # "Marco Rubio" named eleven times, a "Mario Rubio" once
    if full is None or len(re.findall(r"\n\s*", text[full[0].end : head.idx])) > 2:
        return None  # not named in full in the last paragraphs: which bearer speaks is unclear
    if not said and len({genders[k] for k in bearers if genders.get(k)}) > 1:
        return None  # "Ivanka Trump" ... "Trump says": of no known gender, either may speak
    named = doc.char_span(full[0].start, full[0].end, alignment_mode="expand")
    if named is None or named.root.dep_ not in ("nsubj", "nsubjpass"):
        return None  # named in full only as someone spoken of ("accused Rafael Cruz")
    return full[1]


def _sole_bearer(
    head: Token, start: int, end: int, mentions: list[tuple[Mention, Entity]]
) -> Entity | None:
    """The person a one-word name source ("Sanders said") stands for when the entities left
    that word unlinked (the tagger may take "Sanders" for a plural noun): the one person the
    article names in full before it whose last name it is, when the word is a name there
    (capitalised inside the sentence, tagged a person or nothing) and belongs to no other
    entity's name; None otherwise."""
    doc = head.doc
    words = [t for t in doc.char_span(start, end, alignment_mode="expand") or [] if not t.is_punct]
    honorific = ""
    if len(words) == 2 and words[0].lower_.rstrip(".") in _NAME_HONORIFICS:
        # "Mr Farage told ...": the recogniser may miss a surname after a title with no stop
        honorific = words[0].lower_.rstrip(".")
        words = words[1:]
    if len(words) != 1 or words[0].i != head.i:
        return None
    word = head.text
    if not word[:1].isupper() or head.ent_type_ not in ("PERSON", ""):
        return None
    if head.is_sent_start and not honorific:
        return None
    bearers: dict[str, Entity] = {}
    for m, e in mentions:
        if word not in m.text.split():
            continue
        if e.type != "person" or len(e.name.split()) < 2 or e.name.split()[-1] != word:
            return None  # the word is part of another entity's name
        if m.start < start:
            bearers[e.id] = e
    if len(bearers) != 1:
        return None
    bearer = next(iter(bearers.values()))
    if honorific:
        gender = coref.person_genders(doc, mentions).get(bearer.id, "")
        if gender == _HONORIFIC_GENDER[honorific] or gender == "":
            return bearer
        return None  # "Mrs Roe" for Mr Tom Roe: someone else of that name
    return bearer


# Titles of address set before a surname, and the gender each gives.
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_NAME_HONORIFICS = frozenset(_HONORIFIC_GENDER)


def _told_inside(d: _Draft, drafts: Sequence[_Draft]) -> bool:
    """Is the cue of `d` set in the clause another candidate with a source reports, in its
    sentence: below a clausal complement of that candidate's cue ("said that X appeared ...,
    whereas Lee acknowledged")?"""
    cue = d.cue_token
    if cue is None or d.source is None:
        return False
    for other in drafts:
        outer = other.cue_token
        if other is d or outer is None or other.source is None or outer.sent != cue.sent:
            continue
        if outer.i >= cue.i:
            continue
        tok = cue
        while tok.head.i != tok.i and tok.head.i != outer.i:
            tok = tok.head
        if tok.head.i == outer.i and tok.i != cue.i and tok.dep_ == "ccomp":
            return True
    return False


def _continues_unnamed_turn(
    head: Token, turn: tuple[Token, int] | None, mentions: Sequence[tuple[Mention, Entity]]
) -> bool:
    """Does a "he/she said" go on with the turn of the last speaker (`turn`), a person newly
    met whom no entity names ("One pastor, Dan Roe of Grace Church, said he had called 150
    pastors. He has preached on it since May, he said.")? Only when that claim stands in the
    pronoun's sentence or the one before it, no person is named between the speaker and the
    pronoun ("A reporter asked Roe ... He replied": Roe), and the pronoun can be that person
    (a pronoun of the same gender, or a noun of no other gender). Resolving the pronoun to an
    entity would jump over that speaker to someone named before."""
    gender = coref.pronoun_gender(head)
    if turn is None or gender not in ("m", "f") or turn[0].i >= head.i:
        return False
    last, source_end = turn
    if any(e.type == "person" and source_end <= m.start < head.idx for m, e in mentions):
        return False
    # A "sentence" of a closing quotation mark alone ('... called it "absolute chaos.' + '"')
    # is no sentence between the two.
    sents = [s for s in head.doc.sents if any(not (t.is_punct or t.is_space) for t in s)]
    k = next((i for i, s in enumerate(sents) if s.start <= head.i < s.end), None)
    if k is None or not any(s.start <= last.i < s.end for s in sents[max(0, k - 1) : k + 1]):
        return False
    if last.pos_ == "PRON":
        return coref.pronoun_gender(last) == gender
    return coref.mention_gender(last) in (gender, "")


# Determiners that bring a new person into the story: "a voter", "one pastor", "another aide".
_NEW_PERSON_DETERMINERS = frozenset(["a", "an", "one", "another"])


def _newly_met_person(head: Token) -> bool:
    """Is a source's head a single person the story brings in just now ("One pastor", "a
    voter"), rather than a description of someone named before ("the nominee") or a body
    ("the company", "officials")?"""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.ent_type_:
        return False
    if coref.animacy(head) == "n":
        return False
    if head.lower_ in PLAIN_PERSON_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    ):
        # '"...," said the woman, who did not want to be named': a plain word for a person is
        # how a writer goes on about someone left unnamed, never a title of someone named, so
        # the next "she said" goes on with her, not with a woman named before her.
        return True
    return any(
        c.dep_ in ("det", "nummod") and c.lower_ in _NEW_PERSON_DETERMINERS for c in head.children
    )


# The least confidence at which a candidate counts as someone's turn of speech.
_SPEAKER_FLOOR = 0.5


def _likely_claim(model: FilterModel | None, feats: dict[str, float]) -> bool:
    if model is None:
        return True
    raw = model.raw(feats)
    return raw >= model.drop_below and model.confidence(raw) >= _SPEAKER_FLOOR


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
