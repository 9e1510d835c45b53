"""The store on SQLite and PostgreSQL: one transaction a brief, ids, merges, queries, deletes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from app.api import views
from app.extract import model as m
from app.extract.render import brief_json
from app.ingest.service import save_linked
from app.store import briefs as briefs_store
from app.store import candidates as candidates_store
from app.store import claims as claims_store
from app.store import cursor as cursor_store
from app.store import entities as entities_store
from app.store import execute as execute_store
from app.store import search
from app.store import timeline as timeline_store
from app.store import writes as writes_store
from app.store.briefs import BriefFilter
from app.store.cursor import CursorError
from app.store.db import session_scope
from app.store.models import (
    Brief,
    BriefEntity,
    Claim,
    Entity,
    EntityAcronym,
    EntityAlias,
    EntityName,
    EntityWord,
    TimelineEvent,
)
from tests.conftest import fresh_database


def _entity_json(page: entities_store.EntityPage | None) -> dict[str, Any] | None:
    """The entity page as the API answers it (None: no such entity)."""
    return None if page is None else views.entity_detail(page)


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


def save(url: str, brief: m.ExtractedBrief) -> writes_store.SaveResult:
    """Write a brief as the loader does: linked to the store's entities, then stored."""
    with session_scope(url, write=True) as session:
        return save_linked(session, brief)


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
        stored = briefs_store.get_brief_document(s, "a" * 16)
    assert stored is not None
    assert b'"person:anna-berg"' in stored[0]


def test_the_same_article_twice_is_one_brief(db_url: str) -> None:
    brief = make_brief("b" * 16, TEXT_A, people=("Anna Berg",))
    assert save(db_url, brief).created
    assert not save(db_url, make_brief("b" * 16, TEXT_A, people=("Anna Berg",))).created
    with session_scope(db_url) as s:
        assert briefs_store.count_briefs(s) == 1
        assert s.get(Entity, "person:anna-berg").brief_count == 1  # type: ignore[union-attr]


def test_an_entity_in_two_briefs_is_one_row_with_both(db_url: str) -> None:
    save(db_url, make_brief("1" * 16, TEXT_A, people=("Anna Berg",), places=("Oslo",)))
    save(db_url, make_brief("2" * 16, TEXT_B, people=("Anna Berg",), places=("Bergen",)))
    with session_scope(db_url) as s:
        detail = _entity_json(entities_store.get_entity(s, "person:anna-berg"))
    assert detail is not None
    assert detail["brief_count"] == 2
    assert {b["id"] for b in detail["briefs"]} == {"1" * 16, "2" * 16}
    assert detail["aliases"] == [{"name": "Anna Berg", "briefs": ["1" * 16, "2" * 16]}]
    assert {r["id"] for r in detail["related"]} == {"place:oslo", "place:bergen"}


def test_a_failed_write_leaves_nothing_behind(db_url: str) -> None:
    brief = make_brief("c" * 16, TEXT_A, people=("Anna Berg",))
    with pytest.raises(RuntimeError), session_scope(db_url, write=True) as s:
        save_linked(s, brief)
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
    seen: list[str | None] = []
    cursor = None
    with session_scope(db_url) as s:
        while True:
            items, cursor = briefs_store.list_briefs(s, BriefFilter(), 3, cursor)
            seen.extend(i.published_at for i in items)
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
            items, _ = briefs_store.list_briefs(s, BriefFilter(**kw), 20, None)
            return {i.id for i in items}

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
        items, _ = briefs_store.list_briefs(s, BriefFilter(q=q), 20, None)
        assert items == []
        assert briefs_store.count_briefs(s) == 1


def test_entity_autocomplete_is_accent_and_case_insensitive(db_url: str) -> None:
    text = "José Martínez met Josephine Baker in Paris."
    save(
        db_url,
        make_brief("1" * 16, text, people=("José Martínez", "Josephine Baker"), places=("Paris",)),
    )
    with session_scope(db_url) as s:
        items, _ = entities_store.list_entities(s, type_=None, q="JOSE", limit=20, cursor=None)
        assert [i.name for i in items] == ["José Martínez", "Josephine Baker"]
        items, _ = entities_store.list_entities(s, type_="place", q="par", limit=20, cursor=None)
        assert [i.id for i in items] == ["place:paris"]
        items, _ = entities_store.list_entities(s, type_=None, q="50%_", limit=20, cursor=None)
        assert items == []


def test_bad_cursors_are_refused(db_url: str) -> None:
    with session_scope(db_url) as s:
        for cursor in ("abc", "W10", cursor_store.encode_cursor(1, 2)):
            with pytest.raises(CursorError):
                briefs_store.list_briefs(s, BriefFilter(), 5, cursor)


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
        claims, _ = claims_store.list_claims(
            s, source="person:anna-berg", about=None, kind=None, q=None, limit=10, cursor=None
        )
        assert {c.brief_id for c in claims} == {"1" * 16, "2" * 16}
        about, _ = claims_store.list_claims(
            s, source=None, about="place:oslo", kind=None, q=None, limit=10, cursor=None
        )
        assert [c.brief_id for c in about] == ["1" * 16]  # Oslo is inside the content
        events, _ = timeline_store.list_timeline(
            s, entity="person:anna-berg", date_from=None, date_to=None, limit=10, cursor=None
        )
        assert [e.data["date"] for e in events] == ["2024", "2025-03-03"]
        dated, _ = timeline_store.list_timeline(
            s, entity=None, date_from="2025-01-01", date_to=None, limit=10, cursor=None
        )
        assert [e.brief_id for e in dated] == ["1" * 16]


def test_delete_removes_rows_and_orphaned_entities_only(db_url: str) -> None:
    save(db_url, make_brief("1" * 16, TEXT_A, people=("Anna Berg",), places=("Oslo",)))
    save(db_url, make_brief("2" * 16, TEXT_B, people=("Anna Berg",), places=("Bergen",)))
    with session_scope(db_url, write=True) as s:
        assert writes_store.delete_brief(s, "1" * 16)
        assert not writes_store.delete_brief(s, "1" * 16)
    with session_scope(db_url) as s:
        assert s.get(Entity, "place:oslo") is None
        assert s.get(Entity, "person:anna-berg").brief_count == 1  # type: ignore[union-attr]
        items, _ = briefs_store.list_briefs(s, BriefFilter(q="tunnel"), 10, None)
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
        known = _entity_json(entities_store.get_entity(s, "person:nicolas-maduro"))
        other = _entity_json(entities_store.get_entity(s, "person:maduro"))
        brief2 = briefs_store.get_brief_document(s, "2" * 16)
    assert known is not None and other is not None
    assert {b["id"] for b in known["briefs"]} == {"1" * 16, "2" * 16}
    assert {"name": "Maduro", "briefs": ["2" * 16]} in known["aliases"]
    assert [b["id"] for b in other["briefs"]] == ["3" * 16]
    assert brief2 is not None and b'"person:nicolas-maduro"' in brief2[0]  # stored JSON re-keyed


# ------------------------------------------------------------- search, autocomplete, entity page


def search_ids(url: str, flt: BriefFilter, limit: int = 3) -> list[str]:
    """Every brief a filter finds, page by page through the cursors."""
    seen: list[str] = []
    cursor = None
    with session_scope(url) as s:
        while True:
            items, cursor = briefs_store.list_briefs(s, flt, limit, cursor)
            seen.extend(i.id for i in items)
            if cursor is None:
                return seen


# Publication times as sources give them: zones, a bare date, and one not given at all.
PUBLISHED = [
    "2025-03-01T10:00:00+00:00",
    "2025-03-01T12:30:00+02:00",  # 10:30 UTC: after the one above, though its string is larger
    "2025-03-01T10:00:00Z",  # the same second as the first: the id hash tells them apart
    "2025-02-28",
    "2025-03-02T08:00:00",
    None,  # loaded now: the newest
    "2024-12-31T23:59:59-05:00",
]


def with_organization(brief: m.ExtractedBrief, name: str) -> m.ExtractedBrief:
    """`brief` with the organization `name` (which its text has) among its entities."""
    s, e = span_of(brief.text, name)
    brief.entities.append(
        m.Entity(
            id=m.entity_id("organization", name),
            name=name,
            type="organization",
            aliases=[name],
            salience=0.5,
            mentions=[m.Mention(name, s, e)],
        )
    )
    return brief


def test_an_acronym_alone_joins_the_known_long_form_when_the_context_agrees(db_url: str) -> None:
    """A brief that writes only "WMO" links to the stored "World Meteorological Organization"
    (the acronym rule of `app.extract.names`, through the stored acronyms), and a brief that
    writes only the long form to a stored "FAO"; with nothing in common, neither joins."""
    long_form = "World Meteorological Organization"
    save(
        db_url,
        with_organization(
            make_brief(
                "1" * 16,
                f"Petra Lund of the {long_form} spoke in Geneva about storms.",
                people=("Petra Lund",),
                places=("Geneva",),
            ),
            long_form,
        ),
    )
    save(
        db_url,
        with_organization(
            make_brief(
                "2" * 16,
                "Petra Lund said in Geneva that the WMO expects more storms.",
                people=("Petra Lund",),
                places=("Geneva",),
            ),
            "WMO",
        ),
    )
    save(  # the same letters with nothing in common: not the same body
        db_url,
        with_organization(
            make_brief("3" * 16, "In Lagos, the WMO choir sang.", places=("Lagos",)), "WMO"
        ),
    )
    # The other way round: the store knows only the acronym.
    save(
        db_url,
        with_organization(
            make_brief(
                "4" * 16,
                "Omar Diallo of the FAO met farmers in Dakar.",
                people=("Omar Diallo",),
                places=("Dakar",),
            ),
            "FAO",
        ),
    )
    fao_long = "Food and Agriculture Organization"
    save(
        db_url,
        with_organization(
            make_brief(
                "5" * 16,
                f"In Dakar, Omar Diallo said the {fao_long} would help.",
                people=("Omar Diallo",),
                places=("Dakar",),
            ),
            fao_long,
        ),
    )
    # A stored acronym with dots ("U.N."), a long form without.
    save(
        db_url,
        with_organization(
            make_brief(
                "6" * 16,
                "Lena Holm of the U.N. visited Tromsø.",
                people=("Lena Holm",),
                places=("Tromsø",),
            ),
            "U.N.",
        ),
    )
    save(
        db_url,
        with_organization(
            make_brief(
                "7" * 16,
                "In Tromsø, Lena Holm praised the United Nations.",
                people=("Lena Holm",),
                places=("Tromsø",),
            ),
            "United Nations",
        ),
    )
    with session_scope(db_url) as s:
        un = _entity_json(entities_store.get_entity(s, "organization:u-n"))
        wmo = _entity_json(
            entities_store.get_entity(s, "organization:world-meteorological-organization")
        )
        choir = _entity_json(entities_store.get_entity(s, "organization:wmo"))
        fao = _entity_json(entities_store.get_entity(s, "organization:fao"))
        fao_separate = entities_store.get_entity(
            s, "organization:food-and-agriculture-organization"
        )
        brief2 = briefs_store.get_brief_document(s, "2" * 16)
    assert wmo is not None and choir is not None and fao is not None
    assert [b["id"] for b in wmo["briefs"]] == ["2" * 16, "1" * 16]
    assert {"name": "WMO", "briefs": ["2" * 16]} in wmo["aliases"]
    assert [b["id"] for b in choir["briefs"]] == ["3" * 16]
    assert brief2 is not None and b'"organization:world-meteorological-organization"' in brief2[0]
    assert [b["id"] for b in fao["briefs"]] == ["5" * 16, "4" * 16]
    assert fao_separate is None
    assert un is not None and [b["id"] for b in un["briefs"]] == ["7" * 16, "6" * 16]


def test_search_pages_newest_first_without_repeats_or_gaps(db_url: str) -> None:
    for i, published in enumerate(PUBLISHED):
        save(db_url, make_brief(f"{i:016x}", f"Harbour report {i}.", published=published))
    save(db_url, make_brief("f" * 16, "Nothing about ports.", published="2025-03-05"))
    every = search_ids(db_url, BriefFilter(q="harbour"), limit=100)
    assert len(every) == len(PUBLISHED)
    assert every[0] == f"{5:016x}"  # loaded now, no date of its own
    assert every[-1] == f"{6:016x}"
    assert every.index(f"{1:016x}") < every.index(f"{0:016x}")  # by time, not by string
    assert every.index(f"{4:016x}") < every.index(f"{1:016x}") < every.index(f"{3:016x}")
    for limit in (1, 2, 3):
        assert search_ids(db_url, BriefFilter(q="harbour"), limit) == every


def test_search_keys_follow_time_and_never_collide(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert search.epoch_seconds("1970-01-01T00:00:01Z") == 1
    assert search.epoch_seconds("1970-01-01T01:00:01+01:00") == 1
    assert search.epoch_seconds("1970-01-01") == 0  # no zone: UTC
    assert search.epoch_seconds("1970-02") == 31 * 86400  # as its string sorts: the 1st
    assert search.epoch_seconds("yesterday") is None
    now = datetime.now(UTC)
    assert search.search_rowid("yesterday", now, "a") >> search.ID_BITS == int(now.timestamp())
    assert (
        search.search_rowid("1969-12-31T23:59:59", now, "a")
        < 0
        < search.search_rowid("1970-01-01T00:00:01", now, "a")
    )
    # Every brief gets the same key from the function: the writer moves the later ones.
    monkeypatch.setattr(search, "search_rowid", lambda *_: 7 << search.ID_BITS)
    for i in range(3):
        save(db_url, make_brief(f"{i:016x}", f"Ferry notice {i}."))
    with session_scope(db_url, write=True) as s:
        new = make_brief("a" * 16, "Ferry timetable.")
        writes_store.save_new_briefs(s, [(new, brief_json(new))])
    with session_scope(db_url) as s:
        keys = sorted(s.exec(select(Brief.search_rowid)).all())  # type: ignore[type-var]
    assert keys == [(7 << search.ID_BITS) + i for i in range(4)]
    assert sorted(search_ids(db_url, BriefFilter(q="ferry"))) == sorted(
        [f"{i:016x}" for i in range(3)] + ["a" * 16]
    )


def test_search_with_entity_and_date_filters_on_both_plans(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in range(1, 9):
        text = f"Anna Berg spoke about the tunnel on day {day} in Oslo."
        places = ("Oslo",) if day % 2 else ()
        save(
            db_url,
            make_brief(f"{day:016x}", text, published=f"2025-03-{day:02d}", places=places),
        )
    odd = [f"{d:016x}" for d in (7, 5, 3, 1)]
    # All the entity's briefs probed one by one, or only its newest one or two and the rest
    # found from the full-text side (its older briefs than those).
    for walk in (briefs_store.ENTITY_WALK, 2, 1):
        monkeypatch.setattr(briefs_store, "ENTITY_WALK", walk)
        assert search_ids(db_url, BriefFilter(q="tunnel", entity="place:oslo"), 1) == odd
        assert search_ids(db_url, BriefFilter(q="tunnel spoke", entity="place:oslo")) == odd
        assert search_ids(db_url, BriefFilter(q="ferry", entity="place:oslo")) == []
        assert search_ids(db_url, BriefFilter(q="tunnel", entity="place:nowhere")) == []
        assert (
            search_ids(
                db_url,
                BriefFilter(
                    q="tunnel",
                    entity="place:oslo",
                    published_from="2025-03-02",
                    published_to="2025-03-05",
                ),
            )
            == odd[1:3]
        )
    assert search_ids(db_url, BriefFilter(q="tunnel", published_to="2025-03-02")) == [
        f"{d:016x}" for d in (2, 1)
    ]


def test_search_cursors_and_list_cursors_are_not_interchangeable(db_url: str) -> None:
    for i in range(3):
        save(db_url, make_brief(f"{i:016x}", "Tunnel news.", published=f"2025-01-0{i + 1}"))
    with session_scope(db_url) as s:
        _, by_key = briefs_store.list_briefs(s, BriefFilter(q="tunnel"), 1, None)
        _, by_time = briefs_store.list_briefs(s, BriefFilter(), 1, None)
        assert by_key is not None and by_time is not None
        with pytest.raises(CursorError):
            briefs_store.list_briefs(s, BriefFilter(), 1, by_key)
        with pytest.raises(CursorError):
            briefs_store.list_briefs(s, BriefFilter(q="tunnel"), 1, by_time)


def captured_sql(url: str, run: Any) -> list[tuple[str, Any]]:
    """The SELECT statements that `run(session)` sends to SQLite, with their values in them.

    Traced on the session's own sqlite3 connection: the store runs its statements there as
    driver SQL (`app.store.execute`), below SQLAlchemy's events.
    """
    statements: list[tuple[str, Any]] = []

    def capture(statement: str) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, ()))

    with session_scope(url) as s:
        dbapi = s.connection().connection.driver_connection
        assert dbapi is not None
        dbapi.set_trace_callback(capture)
        try:
            run(s)
        finally:
            dbapi.set_trace_callback(None)
    return statements


def test_a_search_reads_the_index_newest_first_without_sorting(tmp_path: Path) -> None:
    """The full-text index drives and yields the order: no sort of every match (SQLite plan)."""
    url = fresh_database("sqlite", tmp_path)
    for i in range(30):
        save(url, make_brief(f"{i:016x}", f"Harbour news {i}.", published=f"2025-01-{i + 1:02d}"))
    for flt in (
        BriefFilter(q="harbour news"),
        BriefFilter(q="harbour", published_from="2025-01-02", mentioned_to="2025-01-01"),
    ):
        with session_scope(url) as s:
            _, cursor = briefs_store.list_briefs(s, flt, 5, None)
        for cur in (None, cursor):
            statements = captured_sql(
                url, lambda s, f=flt, c=cur: briefs_store.list_briefs(s, f, 5, c)
            )
            sql, params = next(x for x in statements if "brief_fts" in x[0])
            with session_scope(url) as s:
                plan = [
                    r[3]
                    for r in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)
                ]
            assert plan[0].startswith("SCAN brief_fts VIRTUAL TABLE"), plan
            assert not any("TEMP B-TREE" in step for step in plan), plan


def entity_brief(
    brief_id: str, text: str, names: dict[str, list[str]], published: str = "2025-01-01"
) -> m.ExtractedBrief:
    """A brief whose people go by extra names: {name in the text: [other names]}."""
    brief = make_brief(brief_id, text, people=tuple(names), published=published)
    for entity in brief.entities:
        entity.aliases = [entity.name, *names[entity.name]]
    return brief


def test_autocomplete_gives_the_same_pages_on_both_plans(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = ["Mara Lind", "Marek Olsen", "Tomas Mare", "Ola Nord", "Maria Sand"]
    for i in range(6):
        met = people[: 1 + i % len(people)]  # Mara Lind in every brief, Maria Sand in one
        text = " and ".join(met) + " met."
        save(db_url, entity_brief(f"{i:016x}", text, {p: [] for p in met}))
    save(db_url, entity_brief("f" * 16, "Ola Nord spoke.", {"Ola Nord": ["Marley"]}))

    def names(q: str, limit: int, type_: str | None = None) -> list[str]:
        out: list[str] = []
        cursor = None
        with session_scope(db_url) as s:
            while True:
                items, cursor = entities_store.list_entities(
                    s, type_=type_, q=q, limit=limit, cursor=cursor
                )
                out.extend(i.name for i in items)
                if cursor is None:
                    return out

    # Whole names most briefs first, then "Tomas Mare" by a later word.
    expected = ["Mara Lind", "Marek Olsen", "Ola Nord", "Maria Sand", "Tomas Mare"]
    for sorted_below in (entities_store.AUTOCOMPLETE_SORTED, 1):  # sort all, or walk by count
        monkeypatch.setattr(entities_store, "AUTOCOMPLETE_SORTED", sorted_below)
        assert names("mar", 10) == expected  # "Ola Nord" by its other name "Marley"
        assert names("MAR", 1) == expected
        assert names("mar", 2, type_="place") == []
        assert names("tom", 10) == ["Tomas Mare"]
        assert names("x%_", 10) == []


def test_entity_page_names_claims_and_company(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each name with its briefs, the newest claims, the company kept in the newest briefs."""
    for i in range(4):
        place = "Oslo" if i < 3 else "Bergen"
        text = f"Anna Berg said in {place} that the tunnel opens in week {i}."
        places = (place,)
        brief = make_brief(
            f"{i:016x}", text, people=("Anna Berg",), places=places, published=f"2025-01-0{i + 1}"
        )
        if i == 0:
            brief.entities[0].aliases = ["Anna Berg", "A. Berg"]
        save(db_url, brief)
    with session_scope(db_url) as s:
        page = _entity_json(entities_store.get_entity(s, "person:anna-berg"))
    assert page is not None
    assert page["aliases"] == [
        {"name": "A. Berg", "briefs": ["0" * 16]},
        {"name": "Anna Berg", "briefs": [f"{i:016x}" for i in range(4)]},
    ]
    assert [c["brief_id"] for c in page["claims"]] == [f"{i:016x}" for i in (3, 2, 1, 0)]
    assert [(r["id"], r["briefs"]) for r in page["related"]] == [
        ("place:oslo", 3),
        ("place:bergen", 1),
    ]
    monkeypatch.setattr(entities_store, "RELATED_BRIEFS", 1)  # only the newest brief's company
    with session_scope(db_url) as s:
        newest = _entity_json(entities_store.get_entity(s, "person:anna-berg"))
    assert newest is not None
    assert [(r["id"], r["briefs"]) for r in newest["related"]] == [("place:bergen", 1)]


def test_a_name_goes_with_the_last_brief_that_used_it(db_url: str) -> None:
    first = make_brief("1" * 16, "Anna Berg spoke.", people=("Anna Berg",))
    first.entities[0].aliases = ["Anna Berg", "Berg"]
    save(db_url, first)
    save(db_url, make_brief("2" * 16, "Anna Berg left.", people=("Anna Berg",)))
    with session_scope(db_url) as s:
        found, _ = entities_store.list_entities(s, type_=None, q="berg", limit=5, cursor=None)
        assert [e.id for e in found] == ["person:anna-berg"]
    with session_scope(db_url, write=True) as s:
        writes_store.delete_brief(s, "1" * 16)
    with session_scope(db_url) as s:
        # "Berg" was that brief's name for her; she is still found by a word of "Anna Berg".
        found, _ = entities_store.list_entities(s, type_=None, q="berg", limit=5, cursor=None)
        assert [e.id for e in found] == ["person:anna-berg"]
        found, _ = entities_store.list_entities(s, type_=None, q="anna", limit=5, cursor=None)
        assert [e.id for e in found] == ["person:anna-berg"]
        assert s.exec(select(EntityName.folded)).all() == ["anna berg"]
        assert s.exec(select(EntityWord.word)).all() == ["berg"]
    with session_scope(db_url, write=True) as s:
        writes_store.delete_brief(s, "2" * 16)
    with session_scope(db_url) as s:
        assert s.exec(select(EntityName)).all() == []
        assert s.exec(select(EntityWord)).all() == []


def test_the_write_paths_driver_sql_reads_what_the_core_statements_read(tmp_path: Path) -> None:
    """SQLite runs the write path's prebuilt statements as driver SQL: the same rows as Core,
    for IN lists of any length (an empty one included)."""
    url = fresh_database("sqlite", tmp_path)
    save(url, make_brief("1" * 16, TEXT_A, people=("Anna Berg",), places=("Oslo",)))
    save(url, make_brief("2" * 16, TEXT_B, people=("Anna Berg",), places=("Bergen",)))
    cases: list[tuple[Any, dict[str, Any]]] = [
        (candidates_store._KNOWN_IDS, {"ids": ["person:anna-berg", "place:nowhere", "place:oslo"]}),
        (candidates_store._KNOWN_IDS, {"ids": []}),
        (candidates_store._BY_NAME, {"names": ["anna berg", "oslo"]}),
        (
            candidates_store._BY_LAST_TOKEN,
            {"types": ["person", "place"], "tokens": ["berg", "bergen"]},
        ),
        (candidates_store._NAMES_OF, {"ids": ["person:anna-berg"]}),
        (candidates_store._CO_ENTITIES, {"cand": "person:anna-berg", "briefs": 1, "limit": 5}),
        (candidates_store._CO_ENTITIES, {"cand": "person:anna-berg", "briefs": 200, "limit": 50}),
    ]
    with session_scope(url) as s:
        conn = s.connection()
        for stmt, params in cases:
            core = [tuple(r) for r in conn.execute(stmt, params)]
            assert [tuple(r) for r in execute_store.run(conn, stmt, params)] == core, params
    assert execute_store._DRIVER_SQL  # the driver path was taken


def test_reads_of_one_shape_bind_each_calls_own_values(db_url: str) -> None:
    """The read statements are built once per shape of filter: no value of one call sticks."""
    for day in range(1, 7):
        place = "Oslo" if day % 2 else "Bergen"
        text = f"Anna Berg opened the tunnel in {place} on day {day}."
        save(
            db_url,
            make_brief(
                f"{day:016x}",
                text,
                published=f"2025-03-{day:02d}",
                people=("Anna Berg",),
                places=(place,),
            ),
        )
    odd, even = [f"{d:016x}" for d in (5, 3, 1)], [f"{d:016x}" for d in (6, 4, 2)]
    for _ in range(2):  # the second round runs on the statements the first one built
        assert search_ids(db_url, BriefFilter(entity="place:oslo"), 2) == odd
        assert search_ids(db_url, BriefFilter(entity="place:bergen"), 2) == even
        assert search_ids(db_url, BriefFilter(entity="place:bergen"), 1) == even
        assert search_ids(db_url, BriefFilter(q="tunnel", entity="place:oslo"), 2) == odd
        assert search_ids(db_url, BriefFilter(q="tunnel", entity="place:bergen"), 2) == even
        for first, last in (("2025-03-02", "2025-03-03"), ("2025-03-05", "2025-03-06")):
            flt = BriefFilter(published_from=first, published_to=last)
            expected = [f"{d:016x}" for d in range(int(last[-2:]), int(first[-2:]) - 1, -1)]
            assert search_ids(db_url, flt) == expected
        with session_scope(db_url) as s:
            for eid, name in (("place:oslo", "Oslo"), ("place:bergen", "Bergen")):
                assert entities_store.get_entity_name(s, eid) == name
                page = _entity_json(entities_store.get_entity(s, eid, briefs_limit=2))
                assert page is not None and page["name"] == name
                assert [b["id"] for b in page["briefs"]] == (odd if name == "Oslo" else even)[:2]
            for q, names in (
                ("os", ["Oslo"]),
                ("be", ["Bergen", "Anna Berg"]),  # Anna Berg by a later word
                ("an", ["Anna Berg"]),
            ):
                found, _ = entities_store.list_entities(s, type_=None, q=q, limit=5, cursor=None)
                assert [e.name for e in found] == names


def test_timeline_pages_run_through_dated_then_undated_events(db_url: str) -> None:
    """Dated events by date, then undated ones; a page can end on either side of the edge."""
    dated = {"1": "2025-03-03", "2": "2023", "3": "2024-06"}
    for digit, value in dated.items():
        text = f"Anna Berg said in Oslo that the {value} plan held."
        save(db_url, make_brief(digit * 16, text, people=("Anna Berg",), timex=((value, value),)))
    for digit in "45":
        save(
            db_url,
            make_brief(digit * 16, f"Anna Berg said plan {digit} held.", people=("Anna Berg",)),
        )
    for entity in (None, "person:anna-berg"):
        for limit in (1, 2, 3, 10):
            seen: list[tuple[str | None, str]] = []
            cursor = None
            with session_scope(db_url) as s:
                while True:
                    items, cursor = timeline_store.list_timeline(
                        s, entity=entity, date_from=None, date_to=None, limit=limit, cursor=cursor
                    )
                    assert len(items) <= limit
                    seen += [(e.data["date"], e.brief_id) for e in items]
                    if cursor is None:
                        break
            assert [d for d, _ in seen] == ["2023", "2024-06", "2025-03-03", None, None], limit
            undated = [b for d, b in seen if d is None]
            assert undated == sorted(undated) and len(set(seen)) == 5
    with session_scope(db_url) as s:
        since, _ = timeline_store.list_timeline(
            s, entity=None, date_from="2024-01-01", date_to=None, limit=10, cursor=None
        )
    assert [e.data["date"] for e in since] == [
        "2024-06",
        "2025-03-03",
    ]  # undated: no date to filter


def test_a_date_range_keeps_the_events_whose_period_overlaps_it(db_url: str) -> None:
    """`from`/`to` compare each event's first and last days: "the 1990s" overlaps March 1995
    (its label sorts after 1995-03-01 only by its first year); `within` keeps whole periods."""
    periods = {
        "1": "1990-1999",
        "2": "1995",
        "3": "1995-03",
        "4": "1995-03-10",
        "5": "1995-02-20/1995-03-02",
        "6": "1994-12-31",
        "7": "1996-04",
    }
    for digit, label in periods.items():
        text = f"Anna Berg said the {label} plan held."
        save(db_url, make_brief(digit * 16, text, people=("Anna Berg",), timex=((label, label),)))

    def dates(date_from: str | None, date_to: str | None, match: str = "overlap") -> list[str]:
        with session_scope(db_url) as s:
            items, _ = timeline_store.list_timeline(
                s,
                entity=None,
                date_from=date_from,
                date_to=date_to,
                limit=20,
                cursor=None,
                match=match,
            )
        return [e.data["date"] for e in items]

    march = ("1995-03-01", "1995-03-31")
    assert dates(*march) == ["1990-1999", "1995", "1995-02-20/1995-03-02", "1995-03", "1995-03-10"]
    assert dates(*march, match="within") == ["1995-03", "1995-03-10"]
    # One bound only: what overlaps the rest of time after (or before) it.
    assert dates("1995-03-05", None) == ["1990-1999", "1995", "1995-03", "1995-03-10", "1996-04"]
    assert dates(None, "1994-12-31") == ["1990-1999", "1994-12-31"]
    assert dates(None, "1995-02-28", match="within") == ["1994-12-31"]
    assert dates("1996-01-01", None, match="within") == ["1996-04"]


def test_autocomplete_matches_the_start_of_any_word_whole_names_first(db_url: str) -> None:
    """A prefix finds an entity by any word of its names; whole-name matches come first, then
    later-word ones, each by number of briefs; pages run through both without a repeat."""
    save(db_url, make_brief("1" * 16, "Marta Lind met Lindqvist in Oslo.", people=("Marta Lind",)))
    for digit in "234":  # Tony Lindgren, in three briefs: more than anyone else
        text = f"Tony Lindgren and Karl Ek spoke ({digit})."
        save(db_url, make_brief(digit * 16, text, people=("Tony Lindgren", "Karl Ek")))
    save(db_url, make_brief("5" * 16, "Lindqvist spoke in Bergen.", people=("Lindqvist",)))
    save(db_url, make_brief("6" * 16, "Ana Lind-Berg spoke.", people=("Ana Lind-Berg",)))

    def names(q: str, limit: int = 10) -> list[str]:
        seen: list[str] = []
        cursor = None
        with session_scope(db_url) as s:
            while True:
                items, cursor = entities_store.list_entities(
                    s, type_=None, q=q, limit=limit, cursor=cursor
                )
                assert len(items) <= limit
                seen += [e.name for e in items]
                if cursor is None:
                    return seen

    # "Lindqvist" starts with "lind" (whole name); then later words, most briefs first.
    assert names("lind") == ["Lindqvist", "Tony Lindgren", "Ana Lind-Berg", "Marta Lind"]
    for limit in (1, 2, 3):  # a page can end before, at or after the edge of the two parts
        assert names("lind", limit) == names("lind"), limit
    assert names("berg") == ["Ana Lind-Berg"]  # after a hyphen too
    assert names("EK") == ["Karl Ek"]
    assert names("gren") == []  # the start of a word, not any substring
    assert names("tony lind") == ["Tony Lindgren"]
    assert names("lindgren") == ["Tony Lindgren"]


def test_deleting_a_brief_removes_the_words_of_names_no_brief_uses(db_url: str) -> None:
    save(db_url, make_brief("1" * 16, "Tony Lindgren spoke.", people=("Tony Lindgren",)))
    with session_scope(db_url) as s:
        found, _ = entities_store.list_entities(s, type_=None, q="lindg", limit=5, cursor=None)
        assert [e.name for e in found] == ["Tony Lindgren"]
        assert s.exec(select(EntityAcronym.acronym)).all() == ["tl"]
    with session_scope(db_url, write=True) as s:
        assert writes_store.delete_brief(s, "1" * 16)
    with session_scope(db_url) as s:
        found, _ = entities_store.list_entities(s, type_=None, q="lindg", limit=5, cursor=None)
        assert found == []
        assert s.exec(select(EntityWord)).all() == []
        assert s.exec(select(EntityAcronym)).all() == []


def test_search_matches_word_stems_on_both_backends(db_url: str) -> None:
    """SQLite's FTS5 (porter tokenizer) and PostgreSQL (English tsvector) both stem: a plural
    or a verb form finds the word, so the two stores answer a search alike."""
    save(db_url, make_brief("1" * 16, "Dock workers ended their strike at Rotterdam harbour."))
    save(db_url, make_brief("2" * 16, "Harbour pilots were striking and the ferries waited."))
    with session_scope(db_url) as s:
        for q, expected in (
            ("strikes", {"1" * 16, "2" * 16}),  # "strike" and "striking"
            ("dock", {"1" * 16}),
            ("ending", {"1" * 16}),
            ("ferry", {"2" * 16}),
            ("harbours", {"1" * 16, "2" * 16}),
            ("worker ended", {"1" * 16}),
        ):
            found, _ = briefs_store.list_briefs(s, BriefFilter(q=q), 10, None)
            assert {b.id for b in found} == expected, q
