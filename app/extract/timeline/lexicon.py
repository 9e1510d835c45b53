"""The timeline's word lists (modal, aspectual, speech, eventive nouns) and the `EventLexicon`
of a parsing model: the lookup tables event detection reads.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.language import Language

from app.extract.timeline_confidence import ConfidenceModel, load_weights

# Clause-level dependents: a verb under one of these heads its own clause.
_CLAUSAL = {"ccomp", "advcl", "relcl", "conj", "xcomp", "csubj", "parataxis", "acl", "pcomp"}


_NON_FINITE = {"VBG", "VB", "VBN"}


_FUTURE_AUX = {"will", "'ll", "shall", "wo"}


_HYPOTHETICAL_AUX = {"would", "should", "must", "'d"}


# epistemic modals and hedges: it may or may not happen (or have happened)
_UNCERTAIN_AUX = {"could", "might", "may", "can", "ca"}


_HEDGE_ADVERBS = {"possibly", "perhaps", "probably", "maybe", "reportedly", "allegedly",
                  "apparently", "likely", "supposedly", "purportedly", "potentially",
                  "presumably", "seemingly", "conceivably",
                  # "she nearly collapsed": it did not quite happen, or not as the verb says
                  "nearly", "almost"}  # fmt: skip


_UNCERTAIN_RAISING = {"likely", "appear", "seem", "expect", "believe", "rumor", "rumour",
                      "suppose", "allege", "report", "say", "think"}  # fmt: skip


_HYPOTHETICAL_MARK = {"if", "whether", "unless", "lest"}


_INTENT_VERBS = {"want", "plan", "seek", "attempt", "try", "aim", "hope", "intend", "expect",
                 "propose", "threaten", "promise", "vow", "prepare", "consider",
                 "wish", "suppose",
                 # necessity: "the council needed to cut costs" tells no cut
                 "need"}  # fmt: skip


# Verbs that rarely name a happening on their own in news prose.
_LIGHT = {"be", "have", "do", "get", "seem", "appear"}


# Aspectual and support verbs: the happening is their complement ("began to fall", "is
# attempting to impose") unless their object is itself an event ("began an official visit").
_ASPECTUAL = {"begin", "start", "continue", "keep", "stop", "cease", "finish", "resume", "end",
              "attempt", "try", "seek", "manage", "fail", "remain", "stay", "tend", "use",
              "go", "want", "need", "hope", "plan", "intend", "aim", "decide",
              "agree", "suppose"} | _LIGHT  # fmt: skip


_NOT_FACT = {"hypothetical", "uncertain"}


# Verbs of attempt, plan and commitment: shown with their complement ("agreed to resume talks"),
# which is not an event of its own.
_ATTEMPT = {"attempt", "try", "seek", "plan", "decide", "agree", "fail", "manage", "refuse",
            "promise", "vow", "threaten", "prepare", "propose", "offer", "pledge",
            "struggle", "avoid", "decline"}  # fmt: skip


_PREPOSITION_RELATION = {
    "since": "since", "after": "after", "following": "after", "before": "before",
    "until": "before", "till": "before", "prior": "before", "by": "by", "in": "in",
    "during": "in", "on": "in", "at": "in", "throughout": "in", "amid": "in", "from": "since",
}  # fmt: skip


# tense -> position relative to the time it is anchored to, in days (only the order matters)
_TENSE_SHIFT = {"past_perfect": -0.3, "past": -0.2, "present_perfect": -0.1, "present": 0.0,
                "future": 0.2, "hypothetical": 0.25}  # fmt: skip


# Speech and attribution: claims carry these; as timeline entries they only say "someone spoke".
_SPEECH = {"say", "tell", "add", "note", "state", "indicate", "explain", "claim", "report",
           "write", "comment", "insist", "argue", "stress", "emphasize", "emphasise", "suggest",
           "describe", "quote", "cite", "ask", "reply", "respond", "acknowledge", "admit",
           "mention", "remark", "observe", "assert", "contend", "maintain", "point",
           "learn", "warn", "recall"}  # fmt: skip


_COGNITION = {"believe", "think", "view", "see", "regard", "consider", "feel", "fear", "know",
              "expect", "hope", "doubt", "suspect", "assume", "understand", "call", "perceive",
              "worry", "wonder", "estimate", "predict", "anticipate", "like", "love", "hate",
              "want", "wish", "prefer", "aim", "intend", "mean"}  # fmt: skip


_EVALUATIVE = {"underscore", "underline", "highlight", "indicate", "reflect", "show", "signal",
               "demonstrate", "illustrate", "represent", "symbolize", "symbolise", "mark",
               "suggest", "reveal", "imply", "carry", "embody", "epitomize", "transcend",
               "constitute", "remain", "matter", "depend", "involve", "include", "require",
               "deserve", "concern", "affect"}  # fmt: skip


# Verbs of composition and quantity: they relate amounts and parts, nothing happens.
_RELATIONS = {"include", "consist", "comprise", "contain", "number", "total", "equal", "account",
              "amount", "constitute", "represent", "exceed", "follow", "precede"}  # fmt: skip


_CAUSE_VERBS = {"result", "lead", "cause", "prompt", "trigger", "spark", "bring", "give"}


_REPORTING = {"say", "tell", "report", "announce", "confirm", "claim", "add", "state", "note",
              "reveal", "disclose", "indicate", "explain", "acknowledge", "admit", "deny",
              "learn", "discover", "find", "show", "know", "recall"}  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nominal events. General eventive nouns that are not visibly derived from a verb, or whose
# verb is rare; the rest come from derivation below.
_EVENT_NOUNS = _words(
    "accident aftermath airstrike ambush arrest assault attack attempt auction award ban "
    "battle bid blast blockade boom boycott breakthrough bribe campaign ceasefire celebration "
    "ceremony change clash collapse comeback conference conflict controversy coup crackdown "
    "crash crisis cut deal death debate decline defeat demise departure deportation disaster "
    "downturn drop earthquake election embargo emergency escalation event exodus explosion "
    "failure fall festival fight fire flight flood funeral gain game growth hearing hike "
    "holiday hurricane incident increase interview invasion jump killing landslide launch leak "
    "loss march massacre match meeting merger murder offensive outbreak outcry pandemic "
    "parade protest purchase quake race raid rally rebellion recession recovery referendum "
    "reform release rescue resignation revolt revolution riot rise robbery ruling sale "
    "scandal session shooting shutdown siege slump split step storm strike summit surge "
    "takeover talk tournament trade trial trip tsunami uprising veto victory violence visit "
    "vote walkout war wedding win withdrawal"
)


# Nouns derived from a verb that name a thing, a body, a place or a field rather than a
# happening ("government" from "govern").
_NOT_EVENT_NOUNS = _words(
    "government department apartment document instrument equipment environment management "
    "parliament establishment movement statement argument commitment sentiment "
    "station position information organization organisation population administration "
    "relation relations situation foundation nation condition tradition attention solution "
    "question section portion proportion edition region religion opinion version division "
    "mission commission pension tension dimension expression impression vision television "
    "institution constitution legislation regulation "
    "building evening morning ceiling earning earnings saving savings holding holdings housing "
    "clothing feeling "
    "setting thing something nothing anything everything king ring string spring wing "
    "being beginning meaning understanding funding spending leading"
)


_SUFFIXES = (
    ("ization", ("ize",)), ("isation", ("ise",)), ("ation", ("ate", "e", "")),
    ("ition", ("ite", "e")), ("ution", ("ute", "ve")), ("ction", ("ct",)),
    ("ption", ("pt", "ve")), ("sion", ("de", "d", "t", "se")), ("tion", ("te", "t")),
    ("ment", ("",)), ("ing", ("", "e")), ("al", ("", "e")), ("ure", ("", "e")),
)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _is_event_noun_lemma(lemma: str, verbs: frozenset[str]) -> bool:
    """Eventive by the list, or derived from a known verb by a regular suffix."""
    if lemma in _EVENT_NOUNS:
        return True
    if lemma in _NOT_EVENT_NOUNS or len(lemma) < 6:
        return False
    for suffix, endings in _SUFFIXES:
        if lemma.endswith(suffix):
            stem = lemma[: -len(suffix)]
            if suffix == "al" and lemma[-3] not in "vrs":  # arrival, refusal, approval
                return False
            return any(len(stem + e) > 2 and stem + e in verbs for e in endings)
    return False


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """The lookup tables event detection reads: the verb lemmas the spaCy model's lemmatizer
    knows (WordNet's list), which make "-tion", "-ment", "-ing" nouns eventive.

    Built once per model by `event_lexicon(nlp)` and passed in by the pipeline, so that the
    timeline reads the tables of the model the brief was parsed with, and loads no model itself.
    """

    verbs: frozenset[str] = frozenset()
    confidence: ConfidenceModel = field(default_factory=load_weights)


@functools.lru_cache(maxsize=4)
def event_lexicon(nlp: Language | None) -> EventLexicon:
    """The lexicon of `nlp` (an empty one without a model, or for a model with no lemma index)."""
    if nlp is None:
        return EventLexicon()
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        verbs = frozenset(lookups.get_table("lemma_index")["verb"])
    except (KeyError, ValueError, AttributeError):
        verbs = frozenset()
    return EventLexicon(verbs, load_weights())


# Nouns for what someone holds or says, whose "that" clause is that one's word, not a fact the
# writer tells ("the notion that Obama wasn't born here").
_HELD_NOUNS = {"notion", "idea", "theory", "belief", "rumor", "rumour", "myth", "suggestion",
               "assertion", "allegation", "claim", "charge", "accusation", "impression",
               "perception", "speculation", "conspiracy", "view", "argument", "contention",
               "premise", "lie", "falsehood", "hoax", "narrative", "canard", "insinuation",
               "statement", "assumption", "conviction", "suspicion", "fear",
               # what someone voices or hopes: "complaints by Hale that the steel was being
               # sold below cost", "the hope that the council would relent"
               "complaint", "warning", "hope", "prediction", "worry", "assurance",
               "insistence", "expectation"}  # fmt: skip

# Verbs that take such a noun as their object ("the allegations (that) the senator made", "the
# claim that the council denied"): after one of them a "that" is the relative pronoun.
_HOLDING_VERBS = {"make", "level", "raise", "repeat", "deny", "reject", "dismiss", "hear",
                  "spread", "voice", "push", "peddle", "circulate", "echo", "share", "have",
                  "hold", "express", "air", "file", "bring", "investigate", "dispute", "refute",
                  "believe", "accept", "support", "post", "tweet", "publish", "print", "write",
                  "offer", "advance", "fuel", "promote", "embrace", "leak", "report", "lodge",
                  "pursue", "examine", "probe", "float", "give", "get", "put", "see", "read",
                  "face", "answer", "address", "counter", "debunk", "challenge", "receive",
                  "tell", "say", "retract", "withdraw", "review", "cite", "spell", "outline",
                  "detail", "prove", "disprove", "test", "contest", "endorse", "adopt", "find",
                  "form"}  # fmt: skip
