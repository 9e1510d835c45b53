"""Reader-facing claim rules of branch cl20 (invented text): a name the parser hung as an
apposition on another person's name right before the verb is the subject, and a closing
quotation mark parsed as a sentence of its own does not cut a newly met speaker's turn."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.claims import extract_claims
from app.extract.document import Document
from app.extract.entities import extract_entities
from tests.extract.conftest import by_cue, claims_of, linked_name


def _pressed_doc(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    """The parse the small model gives such sentences in real articles: the first name
    ("Mr. Orlov", an apposition of "another tough guy") as the subject and the real subject
    ("Mr. Haldane") as its apposition."""
    doc = nlp(text)
    first = next(t for t in doc if t.text == "Orlov" and t.i > 15)
    second = next(t for t in doc if t.text == "Haldane" and t.i > first.i)
    verb = second.head
    first.head = verb
    first.dep_ = second.dep_
    second.head = first
    second.dep_ = "appos"
    return doc


def test_pronoun_in_clause_of_subject_hung_as_apposition(nlp: Language) -> None:
    text = (
        'Senator Peter Haldane spoke on Sunday about Viktor Orlov. "We talk often," Mr. Haldane '
        "said. On the topic of another tough guy, Mr. Orlov, Mr. Haldane was pressed on why he "
        'had said it was "a great honor" to earn the minister\'s praise last week.'
    )
    doc = _pressed_doc(nlp, text)
    entities = extract_entities(doc, Document(text=text))
    names = {e.id: e.name for e in entities}
    claims = [c for c in extract_claims(doc, entities) if c.cue and c.cue.text == "said"]
    last = claims[-1]
    assert last.source is not None and last.source.text == "he"
    assert names.get(last.source.entity_id or "") == "Peter Haldane"


def test_source_hung_as_apposition_is_the_subject(nlp: Language) -> None:
    text = (
        "Senator Peter Haldane spoke on Sunday about Viktor Orlov. On the topic of another "
        "tough guy, Mr. Orlov, Mr. Haldane said the minister was a friend of the country."
    )
    doc = _pressed_doc(nlp, text)
    entities = extract_entities(doc, Document(text=text))
    names = {e.id: e.name for e in entities}
    said = [c for c in extract_claims(doc, entities) if c.cue and c.cue.text == "said"]
    assert said and said[-1].source is not None
    assert names.get(said[-1].source.entity_id or "") == "Peter Haldane"


def test_newly_met_speaker_kept_past_a_lone_closing_quote(nlp: Language) -> None:
    text = (
        "Crowds flee a blast in Tarnow\n\nPolice said the square was closed. The witness Jan "
        "Kowalczyk said the blast shook the windows. A reporter for a local radio station called "
        'it "total panic."\n\n"We saw people run and glass falling everywhere," he said.\n'
    )
    assert linked_name(nlp, text, "said") is None
    assert by_cue(claims_of(nlp, text), "called").source is not None


def test_one_brought_to_vouch_is_not_the_bringer(nlp: Language) -> None:
    text = (
        "Tavrik rallies voters\n\nSenator Ann Tavrik, facing pressure in the state, on Monday "
        "brought her older brother, Peter Tavrik, and the former governor, Yarisbel Moss, to "
        "vouch for her judgment here.\n"
    )
    for claim in claims_of(nlp, text):
        assert claim.source is None or "Ann Tavrik" not in claim.source.text


def test_sourceless_candidate_does_not_hide_the_next_speaker(nlp: Language) -> None:
    text = (
        'Iowa vote\n\nFormer Governor Victor Tavrik agreed with the analysis. "Iowa changed it '
        'all, and I never minded," he said. Peter Haldane himself seemed to recognize the '
        'weight of the night. "Years from now, you will look back on this moment," he said in '
        "his speech that night.\n"
    )
    assert linked_name(nlp, text, "said") != "Victor Tavrik"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            'Delegates split\n\nOtto Brannigan chairs the county party. "Few delegates here back '
            'the mayor," he said.\n\nReached by POLITICO, Victor Tavrik, the Ohio national '
            "committeeman, hesitated to repeat his previous criticism of the Boston mogul. He "
            "agreed that the mayor may struggle to win support among the delegates.\n",
            "agreed",
            id="name after a participle opener is the next he",
        ),
        pytest.param(
            "Cases differ\n\nFormer prosecutor Victor Tavrik said on the radio that for one, "
            "there appeared to be a lack of intent in the senator's case, whereas Peter Haldane "
            "acknowledged that he knew the files he shared with his aide were secret. He also "
            "said that there were other factors in the Haldane case.\n",
            "said",
            id="he also said goes on with the teller, not the one told of",
        ),
    ],
)
def test_he_is_victor_tavrik(nlp: Language, text: str, cue: str) -> None:
    assert linked_name(nlp, text, cue) == "Victor Tavrik"


def test_title_and_surname_the_recogniser_missed_is_the_one_bearer(nlp: Language) -> None:
    text = (
        "Queue row\n\nParty leader Nigel Tavrik said the warning showed the president did not "
        "know the issue.\n\n“Americans don’t use the word ‘queue’, Americans use the word "
        "‘line’,” Mr Tavrik told BBC Radio Four’s Any Questions.\n"
    )
    doc = nlp(text)
    second = text.index("Mr Tavrik")
    # as the small model leaves a real surname after a title with no stop: no entity
    doc.ents = [e for e in doc.ents if not (e.start_char <= second + 3 < e.end_char)]
    entities = extract_entities(doc, Document(text=text))
    names = {e.id: e.name for e in entities}
    told = [c for c in extract_claims(doc, entities) if c.cue and c.cue.text == "told"]
    assert told and told[-1].source is not None and told[-1].source.text == "Mr Tavrik"
    assert names.get(told[-1].source.entity_id or "") == "Nigel Tavrik"


def test_title_of_the_other_gender_is_not_the_bearer(nlp: Language) -> None:
    text = (
        "Queue row\n\nParty leader Nigel Tavrik said the warning showed that he did not know "
        "the issue.\n\n“We use the word ‘line’,” Mrs Tavrik told BBC Radio Four’s Any "
        "Questions.\n"
    )
    doc = nlp(text)
    second = text.index("Mrs Tavrik")
    doc.ents = [e for e in doc.ents if not (e.start_char <= second + 4 < e.end_char)]
    entities = extract_entities(doc, Document(text=text))
    names = {e.id: e.name for e in entities}
    told = [c for c in extract_claims(doc, entities) if c.cue and c.cue.text == "told"]
    assert told and told[-1].source is not None
    assert names.get(told[-1].source.entity_id or "") != "Nigel Tavrik"
