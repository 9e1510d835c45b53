"""The claim being built (`_Draft`) and the word and dependency sets every step shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

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
    # where the content's sentence ends when the writer's gloss was cut off its end: a
    # quotation after that still goes on with the same speaker
    reach: int | None = None
    # the tag is set into the clause it reports ("The plan, said Roe, would ..."): what stands
    # between the tag and a quotation is the clause's own, not more of the tag
    tag_inside: bool = False

    @property
    def order(self) -> int:
        starts = [self.content[0]]
        if self.cue:
            starts.append(self.cue[0])
        if self.source:
            starts.append(self.source[0])
        return min(starts)
