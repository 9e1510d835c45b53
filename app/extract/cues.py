"""Word lists that mark attribution: cue verbs and nouns, source nouns and hedges.

Curated by hand from reading news and the attribution guidelines of PARC/PolNeAR (which count
speech, writing, belief, intention, evidence and stance as attribution). Everything is a lemma
(lower case) so a lookup is one set membership per token; the parser supplies the lemma.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    """A word list written as a block of text, one set lookup per token."""
    return frozenset(block.split())


# Verbs of saying and writing: their complement clause or quote is what the source said.
SPEECH_VERBS: frozenset[str] = _words(
    """
    say tell add write ask announce report note suggest argue claim state declare explain
    insist warn reply respond answer acknowledge admit concede confirm deny reveal recall
    remark comment tweet post email text testify assert contend maintain stress emphasize
    emphasise reiterate repeat predict promise pledge vow threaten boast brag complain
    lament joke quip shout yell scream whisper mutter cry exclaim concur agree disagree
    counter retort caution urge demand propose recommend advise allege charge accuse blame
    estimate indicate signal hint imply mention describe call label brand dub term
    characterize characterise portray cite quote inform assure reassure remind tout declare
    proclaim announce publish release disclose detect conclude find show demonstrate prove
    suggest read write blog continue observe point question wonder query speculate surmise
    guess reckon figure calculate project forecast decide rule order instruct request plead
    beg implore pray swear affirm reaffirm clarify specify elaborate highlight acknowledge
    recount relate narrate chant sing proclaim threaten advocate reject dismiss decry
    denounce condemn criticize criticise praise hail applaud welcome thank decline refuse
    offer discuss detail reference present confess bark snap
    """
)

# Verbs of believing, knowing, perceiving and wanting: PolNeAR counts them as attribution of
# an inner state; their content is a clause or an object.
BELIEF_VERBS: frozenset[str] = _words(
    """
    believe think feel know fear hope expect suspect doubt assume presume suppose consider
    view regard see perceive deem judge imagine reckon trust understand realize realise
    recognize recognise learn discover notice sense worry want wish intend plan seek aim
    prefer like love hate dislike need mean envision envisage anticipate foresee bet
    remember forget wonder agree disagree accept acknowledge question dread
    """
)

# Verbs of stance towards something (endorse, attack ...): the object is the content.
STANCE_VERBS: frozenset[str] = _words(
    """
    support endorse back oppose criticize criticise attack slam blast mock praise hail
    defend condemn denounce decry reject dismiss applaud welcome accuse blame thank champion
    favor favour embrace tout push challenge deride ridicule lambast assail rebuke scold
    fault castigate chide question dispute contest doubt
    """
)

CUE_VERBS: frozenset[str] = SPEECH_VERBS | BELIEF_VERBS | STANCE_VERBS

# Verbs of intending and deciding whose infinitive is the subject's own next act ("planned to
# spend Tuesday in Ohio", "agreed to lend $5 million"): PolNeAR counts them, a reader takes
# them for news of an act, not for a claim.
INTENTION_VERBS: frozenset[str] = _words(
    """
    plan intend decide agree aim seek try attempt
    decline refuse vote fail
    """
)

# Verbs whose object is the content even without a clause ("described the visit as ...",
# "calls it a lifeline"): the object, its predicate ("as ...", oprd) and nothing else.
OBJECT_CONTENT_VERBS: frozenset[str] = STANCE_VERBS | _words(
    """
    describe call label brand dub term characterize characterise portray view regard see
    perceive deem consider announce propose promise pledge vow predict reveal confirm deny
    acknowledge admit mention cite question want seek prefer need reject dismiss demand
    recommend urge suggest report show find estimate highlight tout offer discuss detail
    reference present
    """
)

# Verbs that are attribution cues only with a clause or quote ("said that ...", "told X ...");
# with a bare object they mean something else ("told a story" is still fine, "show up" not).
CLAUSE_ONLY_VERBS: frozenset[str] = _words(
    """
    say tell add write ask note argue claim state declare explain insist warn reply respond
    answer think believe know feel hope expect fear suspect doubt assume suppose indicate
    signal hint imply remark comment tweet post testify assert contend maintain stress
    emphasize emphasise reiterate repeat complain lament joke quip concede concur agree
    disagree caution assure reassure remind conclude observe point speculate guess reckon
    figure understand realize realise recognize recognise learn discover notice sense worry
    wonder continue read mean imagine trust bet remember forget
    """
)

# Nouns that cue an attribution when they take a content clause ("reports that ...", "his
# announcement that ...") or a quote.
CUE_NOUNS: frozenset[str] = _words(
    """
    report claim statement announcement belief view opinion assertion allegation accusation
    charge argument suggestion warning prediction promise pledge vow threat hope fear
    expectation suspicion concern worry doubt insistence contention conclusion finding
    estimate assessment admission acknowledgment acknowledgement denial confirmation rumor
    rumour speculation comment remark testimony declaration message notion idea impression
    sense feeling conviction assumption perception recommendation proposal demand call plan
    intention desire wish decision promise indication sign signal revelation disclosure word
    news story account theory
    """
)

# Heads of sources that are documents, polls or the media: kind "report".
REPORT_NOUNS: frozenset[str] = _words(
    """
    report reports poll survey study analysis data document documents memo memorandum email
    letter statement filing lawsuit complaint article story stories tweet post headline
    media press newspaper paper website site outlet reporting record records figure figures
    research review investigation audit census release transcript video footage book
    editorial column broadcast news account accounts estimate estimates projection
    """
)

# Heads of unnamed human sources: kind "anonymous" ("diplomatic sources", "officials").
ANONYMOUS_NOUNS: frozenset[str] = _words(
    """
    source sources official officials observer observers analyst analysts expert experts
    diplomat diplomats people person critic critics insider insiders aide aides adviser
    advisers advisor advisors spokesman spokeswoman spokesperson witness witnesses resident
    residents voter voters supporter supporters opponent opponents someone somebody many
    some others one member members staff staffer staffers investigator investigators
    authority authorities economist economists scholar scholars scientist scientists
    researcher researchers activist activists protester protesters lawmaker lawmakers
    legislator legislators politician politicians leader leaders commentator commentators
    """
)

PRONOUNS_PERSON: frozenset[str] = _words(
    """
    he she him her his hers i me we us they them
    """
)

# Verbs of thinking among them: in a content they hedge only in the speaker's own mouth
# ("I think") or said of no one ("it is believed"); "voters believe" reports a third party.
THINKING_HEDGES: frozenset[str] = _words(
    """
    believe believed think thought suspect suspected expect expected fear feared speculate
    speculated estimate estimated suggest suggested
    """
)

# Words in a cue or content that weaken the claim's certainty.
HEDGE_WORDS: frozenset[str] = _words(
    """
    may might could would possibly perhaps maybe probably likely unlikely reportedly
    allegedly alleged apparently seemingly supposedly purportedly presumably arguably
    believe believed think thought suspect suspected suggest suggested appear appears seem
    seems seemed estimate estimated rumored rumoured unconfirmed unclear uncertain expect
    expected fear feared speculate speculated claim claimed
    """
)
