"""Events the article reports, anchored to time expressions, put in order, and curated for readers.

Detection follows TimeML's notion of an event (scored against TimeBank's EVENT tags by
benchmarks/eval_events.py): verbs heading a clause, copular states ("has been an ally"), and
nominal events, i.e. nouns that name a happening ("the arrest of ...", "talks", "elections").
A noun is eventive when it is in a short list of general eventive nouns, or when it is derived
from a verb that spaCy's lemma index knows (-tion, -sion, -ment, -ing: "operation", "meeting"),
minus nouns derived from verbs that name things, places or bodies ("government", "building").

Each event is placed on one time axis by three kinds of evidence, strongest first:

1. an anchor: a time expression in its clause or noun phrase (or reached through "since",
   "after", "in" ...), read as a calendar period; the publication date anchors deictic tenses;
2. relations the text states between events: "following", "after", "before", "since",
   "coincides with", and cause verbs ("X resulted in / led to Y": the result comes after);
3. tense, relative to the publication time: past perfect before simple past before present
   perfect before present before future. Non-finite verbs ("by writing off debts") and nominal
   events share the time of the clause they depend on, and the lede's unanchored past is the
   news itself, which happens at publication time.

The timeline a brief shows is a curated subset, chosen for a reader who asks "what happened,
when": TimeML also counts reporting verbs, opinions and states, which are claims or commentary,
not happenings. An event is shown unless one of these rules drops it (`_Event.drop` names it;
select.py applies them):

- `modifier`: a participle used as an adjective or describing a noun ("escalating tensions");
- `non_finite`: purpose and intent infinitives, participial adjuncts ("to revive", "aiming",
  "believing"), except means ("by writing off debts") and the complement of an aspectual or
  light verb; a non-finite verb under a dropped event goes with it;
- `speech` / `cognition` / `evaluative`: reporting verbs ("said", "indicated" — claims cover
  them), opinions ("believe", "views ... as"), and verbs that comment on meaning ("underscores",
  "indicates", "reflects");
- `light`: light and aspectual verbs with a verbal complement ("is attempting to impose");
  with an eventive object they stay ("began an official visit");
- `cause`: "resulted in", "led to": the result is shown instead, as a nominal event that comes
  after the cause and takes the cause's tense and modality ("the arrest of ..."), when that
  result is an eventive noun ("leads protests in a district" has none);
- `commentary`: simple present in running prose ("the agenda focuses on"), relative clauses
  that are not past ("which is monitoring"), and negated perfects/presents ("has not
  abandoned", "cannot be viewed"): standing states, not happenings;
- `state`: copular states without a time anchor ("it could be next");
- `nominal`: nominal events are shown only with a time anchor of their own, or as the result
  of a cause; a noun that is the object or subject of a verb event is part of that event;
- `fragment`: what a reader would not recognise as an event told: a bare complement ("what
  caused it", "us to get"), a small clause of another verb ("help Mexico make its case"), a
  relative clause whose object is the noun before it and cannot be restored, a gerund with a
  subject but no tense ("with Trump jumping", "with experts offering their assessments", "a
  woman's succeeding him"), a participle clause of "have"/"get" ("have a portion of them
  displaced"), a question word as the object of the verb's preposition ("what it could look
  like"), a trigger that is no word, and any clause of a parse sentence that starts or ends
  inside a written one (the parse cut it in two);
Besides, an entry needs a description a reader can follow (describe.py): no entry for a finite
clause whose subject the parse lost ("were rejected by the council"), a bare "went"/"came", a
pronoun object cut from what completes it ("putting it (into the national file ...)"), a
subject that only points back ("This started", "the one raised") or speaks for an unnamed
first person ("our side"), a complement that speaks in the first person for a third-person
subject (a quote), a complement of a relative clause whose object is the noun before it ("the
$18 million he says he raised"), a subject cut from the relative clause that restricts it
("the percentage of voters (who ...)"), a bare indefinite noun ("a rally"), an infinitive
or participle with no subject ("to brag about ..."), a bare vague object ("endorsed one"), an
object cut from what completes it ("encouraging his supporters to ask (why ...)", "gave Mr.
Kerry (... the leverage)"), a number or quantity standing for a noun told before ("Clinton named
six"), a partitive or light noun cut from its "of"/"for" phrase or clause ("penned a series", "find
areas (where ...)"), a taken object without its destination, "not just X" without "but Y".
A relative clause on a description ("Trump was a novice politician
who had never debated") is told of the one described; a short phrase that completes the verb
after its object is kept ("likened the refugees to a snake", "blamed the problems on ...", "it
would take hours before the bridge could reopen"); a pronoun is not written as a name its
first name says is of the other gender. An "it"/"they" subject is written as the body that says
it ("The council said it would appeal": the council) or the entry is left out ("they shot 41
people"); a list of doers is written whole ("The Coast Guard, the FBI and the police"); nothing
that completes the verb is cut: an object, clause or infinitive after the last word written, the
small clause of an object ("showed staff favoring ..."), the destination after "sent X", an object
shared with the verbs joined after ("began arresting, imprisoning and executing X"), what was
watched; a means gerund of an unnamed pronoun is no entry. A "he"/"she"/"I"/"we" inside
quotation marks (straight, curly or doubled apostrophes) that no name stands for is whom the
speaker means: no entry; a "he"/"she" in a clause inside a sentence whose main subject is a
named person, no other person it could be named before it, is that person ("Roe studied in
Lyon, where she ran a club"). No entry for a bare "-ing" circumstance ("graduated from a college
owing $9,000"), a belief cut from its "that" clause, a comparison cut from its object, a bare
number subject ("77 have been deported") or a description holding markup; nor for a condition
told by inversion ("should Ann Roe win"), an indefinite object of a denial with the relative
clause that restricts it ("had not received files (that were marked secret)") or that clause, a
relative the parse hung on a noun other than the one written just before it ("Hale, like his
brother - who moved ..."), a "whose" apposition the parse left without its clause, a bare
"joined"/"visited". No entry either for a clause whose subject the parse took from
the "to"-infinitive of a noun before it ("Court orders to allow (parental access were defied)"),
for a verb inside a dash aside its subject opened ("certain acts - such as cruelty caused to a
horse - to go unpunished"), or for a "who" set off by a comma after the name that completes a
person's role ("said an aide to Mr Roe, who declined to be named"): whose deed it is, the words
do not settle. "rarely", "seldom" stay before the verb. A "between" range is written with both
bounds; a "he"/"she" of a clause hung on a clause whose subject is a named person (or that
same pronoun, placed) is that person, and one of what a person named by a common noun said is
written as that speaker ("One delegate tried ...").
- `credit`: a credit line ("Jane Roe contributed reporting");
- `alternative`: what was done "rather than" another ("attacked its rivals rather than offered
  them solutions"): it did not happen;
- `setting`: a dated nominal event that is the setting of a shown clause ("At a Tuesday rally in
  Dayton, Roe promised ...", "rebuffed the offer at a meeting on Monday"): the clause takes its
  date (it happened then) and tells it; the bare noun says no more, and not whose;
- `unproven`: what "no evidence (to suggest) that" holds, and the content of a denied telling
  ("nobody has suggested that it happened", "did not say that the depot closed");
- `generic`: a relative clause on "anyone"/"nobody" ("never met anyone who shredded files"):
  no one in particular did it;
- `condition`: the antecedent of "if"/"unless" (the main clause is shown as hypothetical),
  with a verb joined inside it ("if a worker got hurt or a shipment was cancelled"), and a
  "before"/"until" clause of a clause that is no fact ("would not sign until the
  auditors had checked the accounts"): whether it happened, the text does not say.
Attempts and commitments ("tried to find", "agreed to resume") are shown as what happened,
with their complement in the description; the complement is not an entry of its own.

Modality comes from the clause: `negated` (its own "not", "never", "no longer", "hardly", a
negative subject, "neither ... nor", "without"; a conjunct sharing a negated verb), `uncertain`
("may", "could", hedges such as "reportedly", "is likely to"), `hypothetical` ("if", "would",
"should", intent), `future` ("will", "going to"), and through semi-modals ("might have to",
"won't be able to"). "not necessarily" leaves the outcome open (`uncertain`); what a purpose
infinitive sets out to show ("to prove that the rigs posed no threat") is `uncertain`; a main
clause "would" with a habit or later-time adverb ("would constantly tussle"), a "would" with a
recurring time ("many days she would stay") or in or over a past "when"/"whenever" clause is a
`fact` ("she'd" before a past participle is "had"), and
so is an event whose "not" denies only its manner ("didn't win by accident").
An event inside the content of a claim (claims.py) that would otherwise be a fact is
`reported`, linked to the claim and its source (inside a denial, "denied that ...", its
`reported_modality` is `negated`); one between paired quotation marks of its paragraph that
no claim covers is `reported` too, with no claim or source. A time
expression dates an event only when it belongs to the event's own clause: not when it dates a
thing on the way ("a tape from 2009", "the 2011 accord") or the baseline of a comparison ("from
$3 million a year earlier"), not when it contradicts the verb's tense (a past fact dated after
publication: "declared a dividend payable Dec. 1"),
and "the morning", "midnight" or "overnight" alone dates nothing, nor does "a year earlier"
read against publication, nor a month without a year when the paragraphs before tell of another
year ("In June 2001 ... In August, she flew"); nor does a time inside quotation marks for an event
outside them ("pledged to fight 'today, tomorrow, forever'"), nor, when read against the
publication date, for one inside them, nor "the year (she returned)". A dated nominal event that
is only the setting of a doubtful clause ("could become a factor in the November elections") is
`future` or a `fact` by its date, not the clause's doubt.
Dated entries are ordered by date (`placement` "date"); an undated one the text orders against
a dated one ("after the vote on 3 March") gets that date as a bound ("text"), and so does one
dated by a bounded past date ("more than 20 years ago": `not_after`, no `date`); otherwise its
tense places it against the publication date ("tense"), and an entry with neither (a
possibility, a condition) is listed last as "undated". `confidence` comes from a logistic
model (timeline_confidence.py).

The lookup tables (the model's verb lemmas, the confidence weights) are an
`EventLexicon` built once per model by `event_lexicon(nlp)` and passed in by the pipeline: the
timeline loads no model of its own.

An undated article is read against a stand-in publication date (today), which keeps relative
expressions ordered among themselves and after long-past named periods; the events' `date`
then stays None for relative anchors, since the real date is unknown.

The package, one step a module: `lexicon` (word lists, `EventLexicon`), `event` (the `_Event`
record), `syntax` (clause structure shared by all steps), `detect` (finding events), `modality`
(tense, modality, negation), `anchor` (time expressions and stated relations), `order` (sort
keys), `select` (what the reader's timeline leaves out), `describe` (an entry's description),
`agents` (who does it), `entries` (the entries of a brief: modality shown, placement,
confidence).
"""

from __future__ import annotations

from app.extract.timeline.agents import NameIndex, resolve_agent
from app.extract.timeline.anchor import anchor_events, link_events
from app.extract.timeline.describe import describe, describe_entry
from app.extract.timeline.detect import clause_bounds, detect_events
from app.extract.timeline.entries import (
    analyse_events,
    build_timeline,
    entry_features,
    event_keys,
    shown_modality,
    timeline_entries,
)
from app.extract.timeline.event import _Event
from app.extract.timeline.lexicon import EventLexicon, event_lexicon
from app.extract.timeline.modality import is_negated, modality_of, tense_of
from app.extract.timeline.order import order_events
from app.extract.timeline.select import select_events
from app.extract.timeline.syntax import is_non_finite

__all__ = [
    "EventLexicon",
    "NameIndex",
    "_Event",
    "analyse_events",
    "anchor_events",
    "build_timeline",
    "clause_bounds",
    "describe",
    "describe_entry",
    "detect_events",
    "entry_features",
    "event_keys",
    "event_lexicon",
    "is_negated",
    "is_non_finite",
    "link_events",
    "modality_of",
    "order_events",
    "resolve_agent",
    "select_events",
    "shown_modality",
    "tense_of",
    "timeline_entries",
]
