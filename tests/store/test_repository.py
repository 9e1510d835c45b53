"""The store on SQLite and PostgreSQL: one transaction a brief, ids, merges, queries, deletes."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.extract import model as m
from app.store import repository
from app.store.db import session_scope
from app.store.models import Brief, BriefEntity, Claim, Entity, EntityAlias, TimelineEvent
from app.store.repository import BriefFilter, CursorError


def span_of(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def make_brief(
    brief_id: str,
    text: str,
    *,
    published: str | None = "2025-01-01",
    people: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    timex: tuple[tuple[str, str], ...] = (),
) -> m.ExtractedBrief:
    """A brief as the pipeline would give it, built by hand so the store is tested alone."""
    entities = []
    for type_, names in (("person", people), ("place", places)):
        for name in names:
            s, e = span_of(text, name)
            entities.append(
                m.Entity(
                    id=m.entity_id(type_, name),
                    name=name,
                    type=type_,  # type: ignore[arg-type]
                    aliases=[name],
                    salience=0.5,
                    mentions=[m.Mention(name, s, e)],
                )
            )
    time_expressions = []
    for i, (phrase, value) in enumerate(timex, start=1):
        s, e = span_of(text, phrase)
        time_expressions.append(m.TimeExpression(f"t{i}", phrase, s, e, "DATE", value))
    claims = []
    timeline = []
    if people:
        s, e = span_of(text, people[0])
        cs, ce = (e + 1, len(text))
        claims.append(
            m.Claim(
                id="c1",
                source=m.ClaimSource(people[0], s, e, "named", entity_id=entities[0].id),
                cue=None,
                content=m.Span(text[cs:ce], cs, ce),
            )
        )
        timeline.append(
            m.TimelineEvent(
                id="e1",
                order=0,
                description="spoke",
                start=s,
                end=ce,
                trigger=m.Span(people[0], s, e),
                time=time_expressions[0] if time_expressions else None,
                entities=[x.id for x in entities],
                date=time_expressions[0].value if time_expressions else None,
            )
        )
    return m.ExtractedBrief(
        id=brief_id,
        headline=f"Headline {brief_id}",
        published_at=published,
        source="Test Wire",
        url=None,
        language="en",
        summary=text[:50],
        text=text,
        sections=[],
        entities=entities,
        time_expressions=time_expressions,
        timeline=timeline,
        claims=claims,
        extraction=m.ExtractionInfo("newsbrief", "test", "0"),
    )


def save(url: str, brief: m.ExtractedBrief) -> repository.SaveResult:
    with session_scope(url, write=True) as session:
        return repository.save_brief(session, brief)


TEXT_A = "Anna Berg said in Oslo on 3 March 2025 that the harbour tunnel would open in spring."
TEXT_B = "Anna Berg visited Bergen in 2024 and met port workers about the new ferry timetable."


def test_a_brief_and_all_its_rows_are_stored_together(db_url: str) -> None:
    brief = make_brief(
        "a" * 16,
        TEXT_A,
        people=("Anna Berg",),
        places=("Oslo",),
        timex=(("3 March 2025", "2025-03-03"),),
    )
    assert save(db_url, brief).created
    with session_scope(db_url) as s:
        assert s.get(Brief, "a" * 16) is not None
        assert {e.id for e in s.exec(select(Entity))} == {"person:anna-berg", "place:oslo"}
        assert len(s.exec(select(BriefEntity)).all()) == 2
        assert len(s.exec(select(Claim)).all()) == 1
        assert len(s.exec(select(TimelineEvent)).all()) == 1
        stored = repository.get_brief_document(s, "a" * 16)
    assert stored is not None
    assert b'"person:anna-berg"' in stored[0]


def test_the_same_article_twice_is_one_brief(db_url: str) -> None:
    brief = make_brief("b" * 16, TEXT_A, people=("Anna Berg",))
    assert save(db_url, brief).created
    assert not save(db_url, make_brief("b" * 16, TEXT_A, people=("Anna Berg",))).created
    with session_scope(db_url) as s:
        assert repository.count_briefs(s) == 1
        assert s.get(Entity, "person:anna-berg").brief_count == 1  # type: ignore[union-attr]


def test_an_entity_in_two_briefs_is_one_row_with_both(db_url: str) -> None:
    save(db_url, make_brief("1" * 16, TEXT_A, people=("Anna Berg",), places=("Oslo",)))
    save(db_url, make_brief("2" * 16, TEXT_B, people=("Anna Berg",), places=("Bergen",)))
    with session_scope(db_url) as s:
        detail = repository.get_entity(s, "person:anna-berg")
    assert detail is not None
    assert detail["brief_count"] == 2
    assert {b["id"] for b in detail["briefs"]} == {"1" * 16, "2" * 16}
    assert detail["aliases"] == [{"name": "Anna Berg", "briefs": ["1" * 16, "2" * 16]}]
    assert {r["id"] for r in detail["related"]} == {"place:oslo", "place:bergen"}


def test_a_failed_write_leaves_nothing_behind(db_url: str) -> None:
    brief = make_brief("c" * 16, TEXT_A, people=("Anna Berg",))
    with pytest.raises(RuntimeError), session_scope(db_url, write=True) as s:
        repository.save_brief(s, brief)
        raise RuntimeError("crash after the rows were written, before commit")
    with session_scope(db_url) as s:
        assert s.get(Brief, "c" * 16) is None
        assert s.exec(select(Entity)).all() == []
        assert s.exec(select(EntityAlias)).all() == []


def test_list_pages_newest_first_to_the_end(db_url: str) -> None:
    for i in range(7):
        save(
            db_url,
            make_brief(
                f"{i:016x}", f"Story number {i} about harbours.", published=f"2025-01-{i + 1:02d}"
            ),
        )
    seen: list[str] = []
    cursor = None
    with session_scope(db_url) as s:
        while True:
            items, cursor = repository.list_briefs(s, BriefFilter(), 3, cursor)
            seen.extend(i["published_at"] for i in items)
            if cursor is None:
                break
    assert seen == [f"2025-01-{d:02d}" for d in range(7, 0, -1)]


def test_filters_search_entity_published_and_mentioned_dates(db_url: str) -> None:
    save(
        db_url,
        make_brief(
            "1" * 16,
            TEXT_A,
            people=("Anna Berg",),
            places=("Oslo",),
            timex=(("3 March 2025", "2025-03-03"),),
            published="2025-03-04",
        ),
    )
    save(
        db_url,
        make_brief(
            "2" * 16, TEXT_B, places=("Bergen",), timex=(("2024", "2024"),), published="2025-02-01"
        ),
    )
    with session_scope(db_url) as s:

        def ids(**kw: str) -> set[str]:
            items, _ = repository.list_briefs(s, BriefFilter(**kw), 20, None)
            return {i["id"] for i in items}

        assert ids(q="tunnel") == {"1" * 16}
        assert ids(q="ferry timetable") == {"2" * 16}
        assert ids(q="tunnel ferry") == set()  # every word must appear
        assert ids(entity="place:bergen") == {"2" * 16}
        assert ids(published_from="2025-03-01") == {"1" * 16}
        assert ids(published_to="2025-02-01") == {"2" * 16}
        assert ids(mentioned_from="2024-06-01", mentioned_to="2024-06-30") == {"2" * 16}
        assert ids(mentioned_from="2025-03-01") == {"1" * 16}


@pytest.mark.parametrize(
    "q", ['"', "*", "NEAR(", "OR", "'; DROP TABLE brief; --", "x" * 10_000, "AND NOT"]
)
def test_search_input_is_text_never_syntax(db_url: str, q: str) -> None:
    save(db_url, make_brief("1" * 16, TEXT_A))
    with session_scope(db_url) as s:
        items, _ = repository.list_briefs(s, BriefFilter(q=q), 20, None)
        assert items == []
        assert repository.count_briefs(s) == 1


def test_entity_autocomplete_is_accent_and_case_insensitive(db_url: str) -> None:
    text = "José Martínez met Josephine Baker in Paris."
    save(
        db_url,
        make_brief("1" * 16, text, people=("José Martínez", "Josephine Baker"), places=("Paris",)),
    )
    with session_scope(db_url) as s:
        items, _ = repository.list_entities(s, type_=None, q="JOSE", limit=20, cursor=None)
        assert [i["name"] for i in items] == ["José Martínez", "Josephine Baker"]
        items, _ = repository.list_entities(s, type_="place", q="par", limit=20, cursor=None)
        assert [i["id"] for i in items] == ["place:paris"]
        items, _ = repository.list_entities(s, type_=None, q="50%_", limit=20, cursor=None)
        assert items == []


def test_bad_cursors_are_refused(db_url: str) -> None:
    with session_scope(db_url) as s:
        for cursor in ("abc", "W10", repository.encode_cursor(1, 2)):
            with pytest.raises(CursorError):
                repository.list_briefs(s, BriefFilter(), 5, cursor)


def test_claims_and_timeline_across_briefs(db_url: str) -> None:
    save(
        db_url,
        make_brief(
            "1" * 16,
            TEXT_A,
            people=("Anna Berg",),
            places=("Oslo",),
            timex=(("3 March 2025", "2025-03-03"),),
        ),
    )
    save(db_url, make_brief("2" * 16, TEXT_B, people=("Anna Berg",), timex=(("2024", "2024"),)))
    with session_scope(db_url) as s:
        claims, _ = repository.list_claims(
            s, source="person:anna-berg", about=None, kind=None, q=None, limit=10, cursor=None
        )
        assert {c["brief_id"] for c in claims} == {"1" * 16, "2" * 16}
        about, _ = repository.list_claims(
            s, source=None, about="place:oslo", kind=None, q=None, limit=10, cursor=None
        )
        assert [c["brief_id"] for c in about] == ["1" * 16]  # Oslo is inside the content
        events, _ = repository.list_timeline(
            s, entity="person:anna-berg", date_from=None, date_to=None, limit=10, cursor=None
        )
        assert [e["date"] for e in events] == ["2024", "2025-03-03"]
        dated, _ = repository.list_timeline(
            s, entity=None, date_from="2025-01-01", date_to=None, limit=10, cursor=None
        )
        assert [e["brief_id"] for e in dated] == ["1" * 16]


def test_delete_removes_rows_and_orphaned_entities_only(db_url: str) -> None:
    save(db_url, make_brief("1" * 16, TEXT_A, people=("Anna Berg",), places=("Oslo",)))
    save(db_url, make_brief("2" * 16, TEXT_B, people=("Anna Berg",), places=("Bergen",)))
    with session_scope(db_url, write=True) as s:
        assert repository.delete_brief(s, "1" * 16)
        assert not repository.delete_brief(s, "1" * 16)
    with session_scope(db_url) as s:
        assert s.get(Entity, "place:oslo") is None
        assert s.get(Entity, "person:anna-berg").brief_count == 1  # type: ignore[union-attr]
        items, _ = repository.list_briefs(s, BriefFilter(q="tunnel"), 10, None)
        assert items == []  # gone from the search index too
        assert s.exec(select(Claim).where(Claim.brief_id == "1" * 16)).all() == []


def test_a_surname_joins_the_known_full_name_only_when_the_context_agrees(db_url: str) -> None:
    save(
        db_url,
        make_brief(
            "1" * 16,
            "Nicolás Maduro spoke in Caracas about oil.",
            people=("Nicolás Maduro",),
            places=("Caracas",),
        ),
    )
    # Same company (Caracas): "Maduro" alone is the known person, accents aside.
    save(
        db_url,
        make_brief(
            "2" * 16,
            "In Caracas, Maduro said the talks would go on.",
            people=("Maduro",),
            places=("Caracas",),
        ),
    )
    # Nothing in common: a different Maduro stays a different entity.
    save(
        db_url,
        make_brief(
            "3" * 16,
            "Maduro, a chef in Lyon, opened a bistro.",
            people=("Maduro",),
            places=("Lyon",),
        ),
    )
    with session_scope(db_url) as s:
        known = repository.get_entity(s, "person:nicolas-maduro")
        other = repository.get_entity(s, "person:maduro")
        brief2 = repository.get_brief_document(s, "2" * 16)
    assert known is not None and other is not None
    assert {b["id"] for b in known["briefs"]} == {"1" * 16, "2" * 16}
    assert {"name": "Maduro", "briefs": ["2" * 16]} in known["aliases"]
    assert [b["id"] for b in other["briefs"]] == ["3" * 16]
    assert brief2 is not None and b'"person:nicolas-maduro"' in brief2[0]  # stored JSON re-keyed
