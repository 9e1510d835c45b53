"""Tense and modality of a clause: past / perfect / present / future, and fact, negated,
future, hypothetical or uncertain from its auxiliaries, marks, hedges and negation scope.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from app.extract.model import (
    Modality,
)
from app.extract.timeline.lexicon import (
    _ASPECTUAL,
    _FUTURE_AUX,
    _HEDGE_ADVERBS,
    _HYPOTHETICAL_AUX,
    _HYPOTHETICAL_MARK,
    _INTENT_VERBS,
    _NON_FINITE,
    _UNCERTAIN_AUX,
    _UNCERTAIN_RAISING,
)
from app.extract.timeline.syntax import _aux_words


def _plain(word: Token) -> str:
    """An auxiliary's lower-case form with a typographic apostrophe written plain ("he’ll": 'll,
    "she’d": 'd), as the lexicon spells it."""
    return word.lower_.replace("\u2019", "'").replace("\u2018", "'")


def tense_of(verb: Token, depth: int = 0) -> str:
    """past_perfect, past, present_perfect, present, future, or the governing clause's tense."""
    aux = _aux_words(verb)
    lowers = [_plain(a) for a in aux]
    if any(w in _FUTURE_AUX for w in lowers) or ("going" in lowers and verb.tag_ == "VB"):
        return "future"
    if any(w in _HYPOTHETICAL_AUX or w in _UNCERTAIN_AUX for w in lowers):
        return "hypothetical"
    if "had" in lowers:
        return "past_perfect"
    if any(w in ("has", "have", "'ve", "'s") and verb.tag_ == "VBN" for w in lowers):
        return "present_perfect"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return "present"
    # non-finite ("by writing off", "to revive", "announcing"): the clause it hangs from
    if depth > 4:
        return "present"
    head = verb.head
    for _ in range(6):
        if head.i == head.head.i:
            break
        if head.pos_ in ("VERB", "AUX") and head.tag_ not in _NON_FINITE:
            return tense_of(head, depth + 1)
        head = head.head
    if head.pos_ in ("VERB", "AUX") and head.i != verb.i:
        return tense_of(head, depth + 1)
    return "present"


# Verbs of opinion whose "not" belongs to the clause they take ("I don't think he will win":
# he will not, as the speaker sees it).
# Verbs whose complement is a world that is not (or not yet) the real one.
_COUNTERFACTUAL = {"pretend", "imagine", "fantasize", "fantasise", "dream", "feign", "fake"}

_NEG_RAISING = {"think", "believe", "expect", "suppose", "imagine", "reckon", "anticipate"}


# Verbs and adjectives through which a complement takes the modality of the clause above it:
# "won't be able to brag", "might have to reach", "are going to happen".
_SEMI_MODAL = {"able", "unable", "have", "going", "need", "get", "be", "ought", "bound"}


def modality_of(verb: Token) -> Modality:
    """negated, hypothetical (if/whether, intended, required), uncertain (may, could, hedged),
    future, or fact. Negation wins: "will not", "could never" are negated."""
    if _not_necessarily(verb):
        return "uncertain"  # "will not necessarily translate": maybe, maybe not
    if (
        verb.dep_ in ("ccomp", "xcomp")
        and verb.i > verb.head.i
        and verb.head.lemma_.lower() in _COUNTERFACTUAL
    ):
        # "pretended nothing had happened", "imagined she had won": what is pretended or
        # imagined did not happen, nor is it denied
        return "hypothetical"
    if _discredited(verb):
        # "the debunked claim that Trump opposed the war", "baseless allegations that she
        # lied": the writer does not tell it as done
        return "uncertain"
    if _yet_to(verb):
        return "negated"  # "had yet to endorse him", "is yet to be decided": not (yet) done
    if _within_supposition(verb):
        # "(will hold the rally) if people think the issues will be addressed", "a question
        # about whether she thought the mayor had misled them": what a supposed or asked
        # thought holds is no more than the supposition
        return "hypothetical"
    if _feared_or_hoped(verb) or _asked_which(verb):
        # "fears the unrest will spread", "rumors she was planning to run", "What worries the
        # party is that he will block it", "hope that he will soften", "perplexed about which
        # candidate will show up": feared, hoped, rumoured or asked, neither told nor denied
        return "uncertain"
    if _likened(verb):
        return "hypothetical"  # "sounded like someone who had given up": a likeness, no event
    if is_negated(verb):
        # "If she becomes president, (Roe suggested,) women won't be punished": not a denial
        # of what happens, a supposition's outcome
        if _subjunctive(verb, {_plain(a) for a in _aux_words(verb)}):
            # "the demand that the bridge not be closed": asked for, neither done nor denied
            return "hypothetical"
        return "hypothetical" if _conditioned(verb) else "negated"
    point_of = _time_point_of(verb)
    if point_of is not None:
        above = modality_of(point_of)
        if above in ("future", "hypothetical", "uncertain"):
            # "would take place within five years of the Greens winning an election": the win
            # is the point the plan is counted from, no more real than the plan
            return above
    own = _clause_modality(verb)
    clause = verb
    while (
        clause.dep_ == "xcomp"
        and clause.head.i < clause.i
        and clause.head.lower_ in _SEMI_MODAL
        and clause.head.dep_ in ("ccomp", "xcomp")
    ):
        # "(don't expect) that's going to change": the clause the opinion takes is "going",
        # the verb hangs from it
        clause = clause.head
    if (
        own in ("fact", "future")
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in _NEG_RAISING
        and clause.i > clause.head.i
        and is_negated(clause.head)
    ):
        # "I don't think he will collapse": he will not, in the speaker's view ("don't think
        # she can win" stays a maybe)
        return "negated"
    means_of = _means_of(verb) if own == "fact" else None
    if means_of is not None and (
        (means_of.dep_ == "xcomp" and means_of.head.lemma_.lower() in _PROPOSING)
        or {_plain(a) for a in _aux_words(means_of)} & _FUTURE_AUX
    ):
        # "proposed paying for it by raising taxes", "will fund it by cutting jobs": the means
        # is as real as what it is the means of, no more ("is trying to win by appealing to
        # the young": an attempt is made by its means, which are real)
        above = modality_of(means_of)
        # (not "can keep to the rules by asking": what one can do by a means leaves the
        # means as done as the text says)
        if above == "hypothetical" or (above == "future" and verb.i > means_of.i):
            # ("By pledging to cut the tax, the party will ...": a means told first may be
            # done already)
            return above
    return own


def _yet_to(verb: Token) -> bool:
    """Is the verb the infinitive of "have/be yet to" ("had yet to endorse", "is yet to be
    decided")? It has not happened (yet)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.i < verb.i
        and head.lemma_.lower() in ("have", "be")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and any(c.lower_ == "yet" and head.i < c.i < verb.i for c in head.children)
        and not any(c.dep_ == "neg" for c in head.children)
    )


# Verbs of thinking and saying: inside a condition or a question, what they hold is supposed.
_THINKING = {"think", "believe", "feel", "expect", "assume", "suppose", "know", "agree",
             "consider", "say", "tell", "claim", "suspect", "hope", "fear", "worry",
             "understand", "realize", "realise", "see", "decide", "conclude"}  # fmt: skip


def _within_supposition(verb: Token) -> bool:
    """Is the clause what a clause opened by "if", "unless" or "whether" holds: the thing
    thought, said or shown inside a condition or a question ("if people think the issues will
    be addressed", "whether she thought he had misled them")? The clause's own mark is left to
    the rules for conditions (`select`)."""
    node = verb
    for _ in range(4):
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() not in _THINKING and node.dep_ != "conj":
            continue  # "whether the tests show that ...": left to the rule for showing
        if any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children
        ) and not any(m.lower_ == "even" and m.i < node.i for m in node.subtree):
            return node.dep_ in ("advcl", "ccomp", "pcomp", "conj")
    return False


# Verbs and nouns of fearing, hoping and rumour: what they hold is neither told nor denied
# ("fears the unrest will spread", "hope that she will run", "rumors he was leaving").
_FEARING = {"fear", "hope", "worry", "wish", "pray", "dread", "doubt", "suspect", "speculate",
            "wonder", "concern", "frighten", "scare", "trouble", "alarm"}  # fmt: skip
_SUPPOSED_NOUNS = {"fear", "hope", "worry", "rumor", "rumour", "speculation", "concern",
                   "wish", "dream", "dread", "prospect", "danger"}  # fmt: skip


def _feared_or_hoped(verb: Token) -> bool:
    """Is the clause what a fear, hope or rumour holds: the "that" clause of such a verb or
    noun ("hope that he will soften", "voiced fears the unrest will spread", "quashed rumors
    she was planning to run"), or of "is" after such a subject ("What worries the party is
    that ...", "The fear is that ...")?"""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    if fear_parse_broken(verb):
        return True
    if node.dep_ == "ccomp" and head.i < node.i:
        if head.lemma_.lower() in _FEARING and head.pos_ in ("VERB", "AUX"):
            return True
        if head.lemma_ == "be":
            for c in head.children:
                if c.dep_ == "csubj" and c.lemma_.lower() in _FEARING:
                    return True  # "What worries the party is that ..."
                if c.dep_ == "nsubj" and c.lemma_.lower() in _SUPPOSED_NOUNS:
                    return True  # "The fear is that ..."
            above = head.head
            if (
                head.dep_ == "ccomp"
                and above.lemma_.lower() in _FEARING
                and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in above.children)
            ):
                return True  # the parse's other way: "What worries (the party is) that ..."
        # "voiced fears the unrest will spread": the parse hangs the clause on the verb
        return any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in _SUPPOSED_NOUNS
            and c.right_edge.i == node.left_edge.i - 1
            for c in head.children
        )
    if node.dep_ == "acl" and head.pos_ == "NOUN" and head.i < node.i:
        if any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
            and c.lower_ in ("that", "which", "who", "whom")
            for c in node.subtree
            if c.head.i == node.i or c.dep_ == "pobj"
        ):
            return False  # "the risk that the bank took": a relative clause
        return head.lemma_.lower() in _SUPPOSED_NOUNS
    return False


def fear_parse_broken(verb: Token) -> bool:
    """Is the clause under a fear or hope whose clause the parse broke, making its subject a
    second object of the verb ("raising fears the violence that accompanied the rallies will be
    magnified": "fears" and "the violence" both objects of "raising")? What it holds is
    feared, and the parse's subjects are not to be trusted."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    above = node
    for _ in range(3):
        if above.dep_ not in ("ccomp", "relcl") or above.head.i == above.i:
            return False
        above = above.head if above.dep_ == "ccomp" else above.head.head
        objects = sorted((c for c in above.children if c.dep_ == "dobj"), key=lambda c: c.i)
        if any(
            first.lemma_.lower() in _SUPPOSED_NOUNS and first.right_edge.i + 1 == second.left_edge.i
            for first, second in itertools.pairwise(objects)
        ):
            return True
    return False


def _asked_which(verb: Token) -> bool:
    """Is the clause an indirect question about what is still to come ("perplexed about which
    candidate will show up", "unsure what policy she would pursue")? Not told as happening."""
    if verb.dep_ not in ("ccomp", "pcomp"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    asked = any(
        c.dep_ == "det" and c.tag_ == "WDT" and c.lower_ in ("which", "what")
        for c in subject.children
    ) or any(
        # "which Donald Trump will show up": the parse may hang "which" on the verb
        c.tag_ in ("WDT", "WP") and c.lower_ in ("which", "what", "who") and c.i < verb.i
        for c in verb.children
    )
    if not asked:
        return False
    return bool({_plain(a) for a in _aux_words(verb)} & (_FUTURE_AUX | _HYPOTHETICAL_AUX))


# Adjectives by which the writer calls what a noun holds untrue or unfounded.
_DISCREDITING = {"false", "untrue", "debunked", "discredited", "disproven", "disproved",
                 "refuted", "baseless", "unfounded", "groundless", "unsubstantiated", "bogus",
                 "fake", "phony", "phoney", "fabricated", "erroneous", "spurious", "incorrect",
                 "mistaken", "wrong", "dubious", "specious"}  # fmt: skip


_SPAN_UNITS = {"day", "week", "month", "year", "hour", "minute", "decade"}


def _time_point_of(verb: Token) -> Token | None:
    """The verb a gerund on a noun is the starting point of ("(would take place) within five
    years of the Greens winning an election", "(will leave) days after the council voting"),
    or None."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl":
        return None
    noun = verb.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    span = noun.head.head
    if span.lemma_.lower() not in _SPAN_UNITS or span.dep_ != "pobj":
        return None
    if span.head.lower_ not in ("within", "after", "before") or span.head.dep_ != "prep":
        return None
    governor = span.head.head
    return governor if governor.pos_ in ("VERB", "AUX") else None


def _discredited(verb: Token) -> bool:
    """The "that" clause of a noun the writer calls false or unfounded ("the debunked claim
    that ...", "the false notion that ..."), or of such a noun's verb in the parse's way
    ("spread false rumors (that) the mayor had fled")."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "acl" and node.head.pos_ == "NOUN" and node.i > node.head.i:
        noun: Token | None = node.head
    elif node.dep_ == "ccomp" and node.left_edge.i > 0:
        noun = next(
            (
                c
                for c in node.head.children
                if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.right_edge.i == node.left_edge.i - 1
            ),
            None,
        )
    else:
        return False
    if any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in ("that", "which", "who", "whom")
        for c in node.children
    ):
        return False  # "the false report that the panel released": a relative clause
    return noun is not None and any(
        c.dep_ == "amod" and c.lower_ in _DISCREDITING for c in noun.children
    )


# Verbs of seeming that liken their subject to someone ("looked like a man who ...").
_LIKENING = {"sound", "look", "seem", "feel", "act", "behave", "talk", "appear"}


def _likened(verb: Token) -> bool:
    """A relative clause on what someone is likened to: "sounded like someone who had thrown
    in the towel" tells no one threw anything in."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return (
        prep.lower_ == "like"  # not "as": "looked back on as the speech that began it"
        and prep.dep_ == "prep"
        and prep.head.lemma_.lower() in _LIKENING
    )


# Verbs of plan and proposal: what is planned is not done, nor the means it is to be done by
# ("planned to pay by cutting"); not verbs of attempt ("tried to win by appealing": an attempt
# is made by its means, which are real).
_PROPOSING = {"propose", "plan", "promise", "vow", "pledge", "threaten", "intend", "want",
              "offer", "suggest", "recommend", "urge"}  # fmt: skip


def _means_of(verb: Token) -> Token | None:
    """The verb a "by"-gerund is the means of ("pay for it by raising taxes": pay), if it has
    no auxiliary of its own."""
    prep = verb.head
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ == "by"
        and prep.head.pos_ in ("VERB", "AUX")
        and prep.head.i != prep.i
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
    ):
        return prep.head
    return None


def _conditioned(verb: Token) -> bool:
    """Does an "if"/"unless" clause condition the verb's clause: its own ("will not raise taxes
    if the bill passes"), or one that opens the sentence before a tag of saying that splits it
    from the clause ("If the bill passes, the mayor said, the city will not raise taxes")?"""

    def conditions(node: Token, before: int | None = None) -> bool:
        return any(
            c.dep_ == "advcl"
            and (before is None or c.i < before)
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            # "should not have to ... even if the court found": not, whatever the condition
            and not any(m.lower_ == "even" and m.i < c.i for m in c.subtree)
            for c in node.children
        )

    if conditions(verb):
        return True
    said = verb.head
    return (
        verb.dep_ == "ccomp"
        and said.i < verb.i
        and said.lemma_.lower() in _FORETELLING | {"suggest", "argue", "claim", "believe", "think"}
        and conditions(said, before=said.i)
    )


# Verbs of demanding, whose clause tells what is wanted done ("demanded that he resign")
_MANDATIVE = frozenset({"demand", "require", "request", "urge", "recommend", "propose", "order"})


def _subjunctive(verb: Token, lowers: set[str]) -> bool:
    """Is a "that" clause in the subjunctive: a bare verb with no auxiliary after a singular
    subject of the third person ("proposed that Mexico pay", "the demand that he resign")? What
    it tells is what someone wants done, not what happens."""
    # "recommended that the investigation be closed": a bare "be" before a participle is the
    # subjunctive whatever the subject's number ("that no charges be brought")
    passive = (
        verb.tag_ == "VBN"
        and lowers == {"be"}
        and any(c.dep_ == "auxpass" and c.lower_ == "be" and c.tag_ == "VB" for c in verb.children)
    )
    # "demanded Heath quit", "demanded the minister resign": after a verb of demanding the
    # clause needs no "that", and a bare form the tagger took for a past or a noun is still one
    mandated = (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in _MANDATIVE
        and not lowers
        and verb.lower_ == verb.lemma_.lower()
        and verb.tag_ in ("VB", "VBD", "VBP", "NN")
    )
    if not passive and not mandated and (verb.tag_ != "VB" or lowers):
        return False
    if verb.dep_ not in ("ccomp", "acl", "conj"):
        return False
    if not mandated and not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if passive:
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "it")
    return subject.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subject.children)


def _shared_modal(verb: Token, lowers: set[str]) -> bool:
    """Is a passive joined to a verb with a modal told with a bare "be" after its own subject
    ("The bridge must be repaired and a new inspector be appointed")? The bare "be" is the
    modal's: it stands for "must be"."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and lowers == {"be"}
        and any(c.dep_ == "auxpass" and c.lower_ == "be" and c.tag_ == "VB" for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children)
    )


# Verbs whose complement clause is what they show, tell or find: where the showing is only
# supposed or required ("if the emails show that ...", "would have to show that ..."), so is
# what it shows.
_SHOWING = {"show", "prove", "demonstrate", "reveal", "establish", "confirm", "find", "indicate",
            "suggest", "mean", "signal", "say", "tell", "claim", "argue", "conclude",
            "determine", "learn", "discover", "know", "demand", "insist"}  # fmt: skip


def _clause_modality(verb: Token) -> Modality:
    """`modality_of` from the clause's own words and the clauses it hangs from, past its
    negation."""
    lowers = {_plain(a) for a in _aux_words(verb)}
    if _subjunctive(verb, lowers):
        return "hypothetical"  # "the proposal that Mexico pay for the wall": asked for, not done
    if _shared_modal(verb, lowers):
        # "must be repaired and a new inspector be appointed": the modal is said once for both
        return modality_of(verb.head)
    if (
        "'d" in lowers
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_ != verb.lemma_.lower()))
        and "have" not in lowers
    ):
        # "she'd made up her mind", "he'd battled" (tagged as a past): had, not would, which
        # takes the bare form ("I'd beat him": a past the same as the bare form says nothing)
        lowers = (lowers - {"'d"}) | {"had"}
    node: Token = verb
    for _ in range(3):  # "might have to reach": the modal of the semi-modal above
        if node.dep_ not in ("xcomp", "acomp") or (
            node.head.lemma_.lower() not in _SEMI_MODAL | _ASPECTUAL and node.head.lower_ != "going"
        ):
            # "wasn't going to act": the negation is on "going"; "will begin to measure": the
            # future is on "begin"
            break
        node = node.head
        if is_negated(node):
            return "negated"
        lowers |= {_plain(a) for a in _aux_words(node)}
    conditional = going = False
    uncertain = bool(lowers & _UNCERTAIN_AUX) or any(
        c.dep_ == "advmod" and c.lower_ in _HEDGE_ADVERBS for c in verb.children
    )
    node = verb
    for _ in range(4):  # marks and intent verbs above the clause make it hypothetical too
        if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARK for c in node.children):
            conditional = True
        if node.dep_ == "xcomp" and node.head.lemma_ in _INTENT_VERBS:
            conditional = True
        if node.dep_ == "xcomp" and node.head.lemma_ in _UNCERTAIN_RAISING:
            uncertain = True  # "is likely to resign", "appears to have fled"
        if (
            node.dep_ == "xcomp"
            and node.head.lower_ == "going"
            and (
                node.tag_ == "VB"
                or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "be" for c in node.children)
            )
        ):
            going = True  # "things are going to happen", "is going to be running"
        if (
            node.dep_ == "xcomp"
            and node.head.lower_ == "got"
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
            and any(_plain(a) in ("has", "have", "'s", "'ve") for a in _aux_words(node.head))
        ):
            conditional = True  # "has got to come a long way": must, an obligation
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    if (
        verb.dep_ == "conj"
        and verb.head.pos_ in ("VERB", "AUX")
        and not lowers
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        shared = modality_of(verb.head)  # "would have cast a spell and changed their minds"
        if shared in ("hypothetical", "uncertain", "future"):
            return shared
    if _purpose_content(verb):
        return "uncertain"  # "(cut the funds) to prove that the scheme posed no risk"
    if _judged_unlikely(verb):
        return "uncertain"  # "it is unlikely (that) the bill will pass": maybe, maybe not
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in ("appear", "seem")
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.head.children)
    ):
        return "uncertain"  # "it appears that the council sold the land": as it seems
    if (
        not conditional
        and not lowers & (_HYPOTHETICAL_AUX | _UNCERTAIN_AUX)
        and verb.dep_ == "ccomp"
        and verb.head.pos_ in ("VERB", "AUX")
        and verb.i > verb.head.i
        and (
            {_plain(a) for a in _aux_words(verb.head)} & (_HYPOTHETICAL_AUX | _UNCERTAIN_AUX)
            or verb.head.lemma_.lower() in _SHOWING
        )
        and modality_of(verb.head) in ("hypothetical", "uncertain")
    ):
        # "a low rate would signal that the bank will raise ...", "it could mean that the
        # plan failed", "if the emails show that she mishandled files", "councillors would
        # have to show that the conditions had been met": what a supposed sign would show, or
        # one required or supposed, is no more than the sign
        return "uncertain"
    if conditional:
        return "hypothetical"
    if uncertain:
        return "uncertain"
    if lowers & _HYPOTHETICAL_AUX:
        if _past_habit(verb, lowers):
            return "fact"  # "Trump would constantly tussle with moderators": he did, often
        if _future_in_past(verb, lowers):
            return "future"  # "he said he would bring back the tax": his future, reported
        return "hypothetical"
    if _poised(verb):
        return "future"  # "Council set to scrap the levy": about to, not yet done
    if lowers & _FUTURE_AUX or going or ("going" in lowers and verb.tag_ == "VB"):
        if _conditioned_consequent(verb):
            # "If you don't pay, the bank will sue you (and the agency will fine you)": what
            # follows only if the condition is met, not a future the text tells
            return "hypothetical"
        return "future"
    return "fact"


# Participles that with "to" and a bare verb tell what is about to happen ("set to scrap",
# "poised to win"): a headline drops the "is", and the parse takes "set" for a past deed.
_POISED = {"set", "poised", "slated"}


def _poised(verb: Token) -> bool:
    """Is the verb a headline's "X set/poised to VERB" with no object of its own, the doing
    still to come ("Council set to scrap the levy")? ("set the date", "set out to prove" are
    deeds: an object or a particle keeps them.)"""
    return (
        verb.lower_ in _POISED
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("dobj", "prt", "aux", "auxpass") for c in verb.children)
        and any(
            c.dep_ == "xcomp"
            and c.tag_ == "VB"
            and c.i > verb.i
            and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
            for c in verb.children
        )
    )


# Adjectives of "it is ... (that)" that leave the clause open.
_OPEN_ADJECTIVES = {"unlikely", "likely", "possible", "probable", "doubtful", "unclear",
                    "uncertain", "improbable", "conceivable"}  # fmt: skip


def _judged_unlikely(verb: Token) -> bool:
    """Is the clause what "it is unlikely/possible/unclear (that)" holds open ("It's unlikely the
    nomination will go anywhere")? Whether it happens, the sentence does not tell."""
    head = verb.head
    if (
        verb.dep_ != "ccomp"
        or (head.lemma_ != "be" and _plain(head) != "'s")
        or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
    ):
        return False
    if any(c.dep_ == "acomp" and c.lower_ in _OPEN_ADJECTIVES for c in head.children):
        return True
    # "It’s unlikely Roe’s plan will go anywhere": the parse may hang the adjective on the
    # clause's subject right after the verb
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return (
        after is not None
        and after.lower_ in _OPEN_ADJECTIVES
        and after.dep_ == "amod"
        and verb.left_edge.i == after.i
    )


# Nouns for what would show a clause true ("no evidence that he knew").
_PROOF_NOUNS = {"evidence", "proof", "sign", "indication"}


def unproven(verb: Token) -> bool:
    """Is the clause what "no evidence (to suggest) that ..." says nothing shows ("Investigators
    have no evidence to suggest that the clerk opened the safe")? Not a fact the text tells,
    nor one it denies: no event of the timeline (`select`)."""
    node = verb
    if node.dep_ == "ccomp" and node.head.dep_ in ("acl", "relcl") and node.head.tag_ == "VB":
        node = node.head  # "evidence to suggest that ..."
    if node.dep_ != "acl" or node.head.lemma_.lower() not in _PROOF_NOUNS:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in node.head.children)


def _conditioned_consequent(verb: Token) -> bool:
    """Is the clause the outcome of an "if"/"unless" clause written before it, its own or that
    of the clause it is joined to ("If X, A will ... and B will ...")? A condition after it
    ("will sign it if the council agrees") is left as it was: often the text's prediction."""
    node = verb
    for _ in range(3):
        for c in node.children:
            if (
                c.dep_ == "advcl"
                and c.i < node.i
                and c.i < verb.i
                and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                and not any(m.lower_ == "even" and m.i < c.i for m in c.subtree)
            ):
                return True
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


# Verbs of saying or promising whose past turns the "would" of the clause they report into
# that clause's future as seen then ("she said she would run", "he vowed he would return").
_FORETELLING = {"say", "tell", "announce", "state", "add", "confirm", "promise", "pledge", "vow",
                "predict", "insist", "declare", "signal", "indicate", "warn", "write",
                "tweet", "reply", "respond", "explain", "reiterate", "repeat"}  # fmt: skip


def _future_in_past(verb: Token, lowers: set[str]) -> bool:
    """Is a bare "would" the future of a past report ("said he would bring back the tax"): the
    clause is the complement of a verb of saying in the past tense, with no "if"/"unless"
    condition of its own? Then it is what the speaker said will happen, not a supposition
    ("would be coming home", the progressive of "would come", too)."""
    progressive = lowers - {"would", "'d"} == {"be"} and verb.tag_ == "VBG"
    if (lowers - {"would", "'d"} or verb.tag_ != "VB") and not progressive:
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _FORETELLING:
        return False
    said = clause.head
    past = said.tag_ == "VBD" or any(a.tag_ == "VBD" for a in _aux_words(said))
    if not past or any(a.lower_ in _HYPOTHETICAL_AUX for a in _aux_words(said)):
        return False  # "would say he would ...": a supposition still
    for node in (verb, clause):
        for c in node.children:
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in _HYPOTHETICAL_MARK | {"unless", "once"}
                for m in c.children
            ):
                return False  # "said he would resign if convicted": a condition
            if c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARK:
                return False
    return True


# Adverbs that make a main-clause "would" a past habit or a past's future ("would constantly
# tussle", "would later resign"), not a supposition.
_HABIT_ADVERBS = {"constantly", "often", "frequently", "routinely", "regularly", "usually",
                  "sometimes", "always", "typically", "invariably", "occasionally", "habitually",
                  "repeatedly", "later", "eventually", "ultimately"}  # fmt: skip


def _past_habit(verb: Token, lowers: set[str]) -> bool:
    """ "would" with a habit or later-time adverb in a clause of the writer's own (not inside a
    complement, where "would later" is what someone expected)."""
    if lowers - {"would", "'d"} or verb.tag_ != "VB":
        return False
    if _when_habit(verb) or any(_every_time(c) for c in verb.children):
        return True  # in a complement too: "(aides said) many days she would stay"
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ROOT":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _HABIT_ADVERBS for c in verb.children)


# Determiners that make a time noun a recurring time ("many days", "every morning").
_RECURRING = {"many", "some", "most", "every", "each", "other"}


_TIME_UNITS = {"day", "night", "morning", "evening", "afternoon", "week", "weekend", "month",
               "year", "time", "summer", "winter", "spring", "season"}  # fmt: skip


def _every_time(child: Token) -> bool:
    """Is `child` a recurring time ("many days", "some nights", "every morning") that makes a
    "would" a past habit?"""
    return (
        child.dep_ in ("npadvmod", "advmod", "obl")
        and child.lemma_.lower() in _TIME_UNITS
        and any(d.dep_ in ("det", "amod") and d.lower_ in _RECURRING for d in child.children)
    )


def _when_habit(verb: Token) -> bool:
    """A "would" of a "when"/"whenever" clause, or of the clause such a clause hangs from, when
    the other clause is in the past too ("When she'd come to a decision, she had made up her
    mind", "whenever the board met, he would leave early"): what used to happen, not a
    supposition (a condition takes "if")."""

    def when_clause(clause: Token) -> bool:
        return any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "whenever") and c.i < clause.i
            for c in clause.children
        )

    def past(clause: Token) -> bool:
        auxes = {_plain(a) for a in _aux_words(clause)}
        return (clause.tag_ in ("VBD", "VBN") and not auxes - {"had", "'d", "was", "were"}) or (
            bool(auxes & {"would", "'d"}) and clause.tag_ == "VB"
        )

    if verb.dep_ == "advcl" and when_clause(verb) and verb.head.pos_ in ("VERB", "AUX"):
        return past(verb.head)
    return any(c.dep_ == "advcl" and when_clause(c) and past(c) for c in verb.children)


def awaited(verb: Token) -> bool:
    """Is the clause a "before"/"until" clause of a clause that is itself not a fact ("would
    not sign until the auditors had checked it", "wanted to vote before officials weighed in")?
    Whether it happened, the text does not say."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in verb.children):
        return False
    return modality_of(verb.head) != "fact"


def _purpose_content(verb: Token) -> bool:
    """Is the clause what a purpose infinitive sets out to show ("to prove that the rigs posed no
    threat", "so as to show that ...")? It is the aim, not a finding of the text."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.dep_ == "advcl"
        and head.tag_ == "VB"
        and any(a.tag_ == "TO" for a in _aux_words(head))
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    )


def _not_necessarily(verb: Token) -> bool:
    """ "not necessarily", "not always": a negation that leaves the outcome open."""
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ in ("necessarily", "always") for c in verb.children
    )


# "no longer", "never", "not", "n't" are spaCy's `neg`; these reach a clause through its
# arguments: "Neither the vote nor the recount took place", "No agreement was reached",
# "nobody was hurt", "they found nothing".
_NEGATIVE_WORDS = {"nobody", "nothing", "none", "noone", "neither", "nowhere"}


_NEGATIVE_ADVERBS = {"never", "neither", "nor", "hardly", "scarcely"}  # "hardly improved"


_ARGUMENT_DEPS = {"nsubj", "nsubjpass"}  # "gave no reason" is still a giving


# Manner phrases a "not" denies instead of the event ("didn't win by accident").
_MANNER_NOUNS = {"accident", "chance", "luck", "coincidence", "mistake", "design"}


def negated_manner(verb: Token) -> bool:
    """Does a plain "not" deny a manner phrase ("by accident", "by chance") rather than the
    event itself?"""
    if not any(c.dep_ == "neg" and c.lower_ in ("not", "n't", "n’t") for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _MANNER_NOUNS for g in c.children)
        for c in verb.children
    )


def is_negated(verb: Token) -> bool:
    """Is the clause of `verb` denied by the text? The scope is the clause: its own negation
    word, a negative subject or object ("no", "neither ... nor", "nobody"), "without" before a
    gerund, and a conjunct that shares a negated verb's subject ("did not vote or campaign")."""
    if negated_manner(verb):
        return False  # "did not win by accident": he won, and not by luck
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATIVE_ADVERBS):
            return True
        if (
            c.dep_ == "advmod"
            and c.i < verb.i
            and any(g.dep_ == "neg" and g.lower_ == "never" for g in c.subtree)
        ):
            return True  # "had never before so plainly said it": the parse hangs it on "so"
        if (
            c.dep_ in ("aux", "auxpass")
            and c.i < verb.i
            and any(g.dep_ == "neg" for g in c.children)
        ):
            return True  # "does not, and never will, accept": the parse hangs "never" on "will"
        if (
            c.dep_ == "advmod"
            and c.lower_ == "longer"
            and any(g.lower_ == "no" for g in c.children)
        ):
            return True  # "no longer ran the company"
        if c.dep_ in _ARGUMENT_DEPS:
            if c.lower_ in _NEGATIVE_WORDS:
                return True
            if any(
                (g.dep_ == "det" and g.lower_ in ("no", "neither"))
                or (g.dep_ == "preconj" and g.lower_ == "neither")
                for g in c.children
            ):
                return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children):
            return True  # "did not sign nor ratify", "neither signed nor ratified"
        if not own_subject and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            if _own_tense_after_denial(verb):
                return False  # "was not happy with the plan and rejected it": it was rejected
            return any(c.dep_ == "neg" for c in verb.head.children)
    return False


def _own_tense_after_denial(verb: Token) -> bool:
    """Is a joined verb written in its own tense after a denied "be" or "do" ("wasn't happy about
    the audit and sent it back", "did not condone it and hoped ...")? A shared "not" would leave
    it bare or a participle ("did not vote or campaign", "was not arrested and charged"); a
    verb in the past or present tense is told on its own."""
    head = verb.head
    if verb.tag_ not in ("VBD", "VBZ"):
        return False
    return (head.lemma_ == "be" and head.pos_ == "AUX") or any(
        c.dep_ == "aux" and c.lemma_ == "do" for c in head.children
    )
