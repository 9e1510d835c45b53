"""Roles and nominal mentions of entity groups: titles and appositions before or after a
name, and nominal mentions ("the German Finance Minister") that refer to a named person.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from app.extract.entities.grouping import _Group
from app.extract.model import Mention, Role, fold
from app.extract.name_gender import first_name_gender
from app.extract.roles import (
    BARE_HONORIFICS,
    KINSHIP_WORDS,
    RoleFinding,
    apposition_roles,
    pre_name_title,
)
from app.extract.tokens import doc_text, token_table


def _find_roles(doc: Doc, groups: dict[str, _Group], by_token: dict[int, _Group]) -> None:
    persons = [grp for grp in groups.values() if grp.type == "person"]
    # Mentions of people in text order, to resolve "his" in "his wife" to the nearest one.
    person_marks = sorted(
        ((c.start, grp) for grp in persons for c in grp.cands if c.kind in ("name", "alias")),
        key=lambda pair: pair[0],
    )

    def is_affiliation(i: int) -> bool:
        owner = by_token.get(i)
        return owner is not None and owner.type in ("place", "organization")

    for grp in persons:
        seen: set[tuple[str, str | None, str | None]] = set()
        for c in grp.cands:
            if c.kind not in ("name", "alias"):
                continue
            name = doc[c.tok_start : c.tok_end]
            findings: list[RoleFinding] = []
            pre = pre_name_title(doc, name, is_affiliation)
            if pre is not None:
                findings.append(pre)
            findings.extend(apposition_roles(doc, name, is_affiliation))
            for f in findings:
                affiliation = None
                if f.affiliation_token is not None:
                    affiliation = by_token[f.affiliation_token].id
                of = None
                if f.of_token is not None and f.of_token in by_token:
                    # a relation is to a person ("Biden's son"), never to a body or a place
                    owner = by_token[f.of_token]
                    of = owner.id if owner.type == "person" else None
                elif f.of_pronoun:
                    # "her husband Bill": the nearest person before whom "her" can mean; one
                    # whose given name says "he" is passed over.
                    at = doc[f.start].idx
                    wanted = _possessive_pronoun(doc, f.start, f.end)
                    before = [
                        p
                        for s, p in person_marks
                        if s < at and p is not grp and _pronoun_of(p) in (None, wanted)
                    ]
                    of = before[-1].id if before else None
                if affiliation == grp.id:
                    affiliation = None
                if of == grp.id:
                    of = None
                if f.title and f.title.split()[-1] in KINSHIP_WORDS and of is None:
                    continue  # "son", "wife" of nobody the article names: no role
                sig = (f.title, affiliation, of)
                if sig in seen or not f.title:
                    continue
                seen.add(sig)
                span = _role_words(doc, f.start, f.end)
                grp.roles.append(
                    Role(
                        title=f.title,
                        text=span.text,
                        start=span.start_char,
                        end=span.end_char,
                        affiliation=affiliation,
                        of=of,
                    )
                )
        # "Gov. Christie" after "Chris Christie, the governor of New Jersey": the bare title
        # says nothing the full role does not, so a reader sees the office once
        full = {r.title for r in grp.roles if r.affiliation is not None or r.of is not None}
        grp.roles = [r for r in grp.roles if r.title not in full or r.affiliation or r.of]


# Parts of speech of words that open a role's text but are none of it: "Earlier Lib Dem home
# affairs spokesman", "Now Home Secretary", "while Gov.", "after Apple CEO".
_NOT_ROLE_OPENERS = frozenset(["ADV", "CCONJ", "SCONJ", "ADP", "INTJ"])


def _role_words(doc: Doc, start: int, end: int) -> Span:
    """The role's words without an adverb or a conjunction that opens its sentence or clause
    before it, nor an honorific that closes it before the name ("Former union leader Sir")."""
    while end - start > 1 and doc[start].pos_ in _NOT_ROLE_OPENERS and doc[start].is_alpha:
        start += 1
    while end - start > 1 and doc[end - 1].lower_ in BARE_HONORIFICS:
        end -= 1
    return doc[start:end]


def _possessive_pronoun(doc: Doc, start: int, end: int) -> str | None:
    """ "he" for "his wife", "she" for "her husband", None for "their" or none found."""
    for t in doc[max(0, start - 1) : end]:
        if t.lower_ in ("his", "her"):
            return "he" if t.lower_ == "his" else "she"
    return None


def _pronoun_of(grp: _Group) -> str | None:
    """The pronoun a person's given name takes ("Hillary Clinton": "she"), or None."""
    first = grp.name.split()[0] if grp.name else ""
    gender = first_name_gender(fold(first))
    return "he" if gender == "m" else "she" if gender == "f" else None


def _org_head(name: str) -> str | None:
    """The common noun an organization's name is built on, which "the ..." repeats: "fund" in
    "International Monetary Fund", "bank" in "Bank of England". None for a name with no such
    word (a lone proper name, an acronym, a corporate suffix)."""
    ws = name.split()
    if "of" in ws[1:]:
        ws = ws[: ws.index("of", 1)]
    if len(ws) < 2 and "of" not in name.split():
        return None
    head = ws[-1]
    if not head.isalpha() or not head.istitle() or fold(head) in _CORPORATE_HEADS:
        return None
    return fold(head)


# Last words that are legal forms, not what "the ..." would say of the body.
_CORPORATE_HEADS = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv"})


def _introduced_anew(doc: Doc, head: str, after: int, before: int) -> bool:
    """Does "a/an/another ... <head>" between two offsets bring in another body of that kind
    ("a pension fund" after the IMF: "the fund" is then the pension fund)?"""
    for tok in doc:
        if not after <= tok.idx < before or tok.lower_ != head:
            continue
        left = tok.i
        while left > 0 and doc[left - 1].dep_ in ("amod", "compound", "nummod"):
            left -= 1
        if left > 0 and doc[left - 1].lower_ in ("a", "an", "another", "one"):
            return True
    return False


# Words that make a title another office: "the prime minister" is not the Deputy Prime Minister
_RANKS = frozenset({"former", "ex", "vice", "deputy", "assistant", "acting", "shadow", "interim"})


def _find_nominals(doc: Doc, groups: dict[str, _Group], covered: set[int]) -> None:
    """ "the German Finance Minister" after "German Finance Minister Anna Roth" is Anna Roth;
    "the fund" after "the International Monetary Fund" is the IMF, when no other body of the
    article (nor one brought in since with "a ...") is built on that word."""
    by_head: dict[str, list[tuple[_Group, set[str], int]]] = defaultdict(list)
    for grp in groups.values():
        if not grp.cands:
            continue
        first = min(c.start for c in grp.cands)
        if grp.type == "organization":
            head = _org_head(grp.name)
            if head is not None:
                by_head[head].append((grp, {fold(w) for w in grp.name.split()}, first))
            continue
        if grp.type != "person":
            continue
        for role in grp.roles:
            head = role.title.split()[-1]
            evidence = {fold(w) for w in role.text.replace("-", " ").split()}
            by_head[head].append((grp, evidence, first))
    if not by_head:
        return
    table = token_table(doc)
    for i, lower in enumerate(table.lower):
        if lower not in by_head or i in covered or table.tag[i] in ("NNS", "NNPS"):
            continue
        tok = doc[i]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or (nxt.i in covered and nxt.is_title)):
            continue  # a title introducing a name, not standing for one
        left = tok.i
        while left > 0 and doc[left - 1].dep_ in ("amod", "compound"):
            left -= 1
        det = doc[left - 1] if left > 0 else None
        if det is None or det.lower_ != "the":
            continue
        mods = {fold(t.text) for t in doc[left : tok.i]}
        owners = {
            id(grp): grp
            for grp, evidence, first in by_head[tok.lower_]
            if mods <= evidence and first < tok.idx and not (evidence & _RANKS) - mods
        }
        if len(owners) != 1:
            continue  # two people share the title: "the minister" is ambiguous
        grp = next(iter(owners.values()))
        if grp.type == "organization" and (
            not tok.text.islower()  # "the Fund" may open another name; "the fund" repeats one
            or _introduced_anew(doc, tok.lower_, min(c.start for c in grp.cands), tok.idx)
        ):
            continue
        start, end = det.idx, tok.idx + len(tok)
        grp.extra.append(Mention(doc_text(doc)[start:end], start, end, kind="nominal"))
