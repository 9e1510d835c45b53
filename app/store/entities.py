"""Reading entities: autocomplete pages by number of briefs, and one entity's page.

Rows come back as small typed tuples (`EntityRow`, `EntityPage`); the API makes its JSON of
them (`app.api.views`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from sqlalchemy import (
    Integer,
    Select,
    and_,
    bindparam,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlmodel import Session

from app.extract import model as m
from app.store.briefs import BRIEF_SUMMARY_COLUMNS, BriefSummary
from app.store.claims import ClaimRow, list_claims
from app.store.cursor import CursorError, decode_cursor, encode_cursor
from app.store.execute import first, run, scalar
from app.store.tables import (
    BRIEF,
    BRIEF_ENTITY,
    ENTITY,
    ENTITY_ALIAS,
    ENTITY_NAME,
    ENTITY_WORD,
    limit_param,
    text_param,
)

ALIAS_BRIEFS = 50  # brief ids listed per name on an entity's page
MAX_ALIASES = 100  # names listed on an entity's page (alphabetical)
RELATED_BRIEFS = 200  # an entity's newest briefs that its related entities are counted in
# match it, and otherwise first walks the AUTOCOMPLETE_WALK entities in most briefs.
AUTOCOMPLETE_SORTED = 300
AUTOCOMPLETE_WALK = 5000


# Which entities an autocomplete page is drawn from (see `list_entities`): those with a name
# starting with the prefix and more briefs than `:floor`, walked on the count index; those with
# such a name, from the name index (with at most `:floor` briefs: the rest after a walk).
_Named = Literal["walk above floor", "index", "index below floor"]


class EntityRow(NamedTuple):
    """A canonical entity: what a list shows of it (the columns of `_entities_page`)."""

    id: str
    name: str
    type: str
    brief_count: int
    attributes: dict[str, Any]


def list_entities(
    session: Session, *, type_: str | None, q: str | None, limit: int, cursor: str | None
) -> tuple[list[EntityRow], str | None]:
    """Canonical entities by number of briefs (most first), one keyset page.

    With `q`, those with a name (their own or any other they go by) that starts with it, then
    those with a later word of a name that does ("mad" finds "Nicolás Maduro" by "Maduro",
    "blair" finds "Tony Blair"), each part by number of briefs. Whole names come from
    `entity_name`, later words from `entity_word`, both through their indexes.
    """
    conn = session.connection()
    dialect = conn.dialect.name
    params: dict[str, Any] = {"type": type_, "limit": limit + 1}
    words = False  # the page continues among the later-word matches
    if cursor and q:
        try:
            params["count"], params["last_id"], _ = decode_cursor(cursor, (int, str, int))
            words = True
        except CursorError:
            params["count"], params["last_id"] = decode_cursor(cursor, (int, str))
    elif cursor:
        params["count"], params["last_id"] = decode_cursor(cursor, (int, str))

    if not q:
        rows = run(conn, _entities_page(dialect, bool(type_), bool(cursor), None), params)
        whole = len(rows)
    else:
        prefix = m.fold(q)
        params |= {
            "prefix": prefix,
            "prefix_end": prefix + "\U0010ffff",
            "pattern": _like_prefix(prefix),
            "sorted": AUTOCOMPLETE_SORTED,
            "walk": AUTOCOMPLETE_WALK,
        }
        rows = [] if words else _autocomplete(conn, params, bool(type_), bool(cursor), False)
        whole = len(rows)  # rows[:whole] start with the prefix; the rest only a later word
        if len(rows) <= limit:
            rows += _autocomplete(conn, params, bool(type_), words, True)[: limit + 1 - len(rows)]
    items = [EntityRow._make(r) for r in rows[:limit]]
    nxt = None
    if len(rows) > limit:
        last = items[limit - 1]
        if not q or whole > limit:  # more whole-name matches
            nxt = encode_cursor(last.brief_count, last.id)
        elif limit == whole:  # the page ends on the last whole-name match: words from the start
            nxt = encode_cursor(_ABOVE_ANY_COUNT, "", 1)
        else:
            nxt = encode_cursor(last.brief_count, last.id, 1)
    return items, nxt


_ABOVE_ANY_COUNT = 2**31 - 1  # a words cursor before the first entity


def _autocomplete(
    conn: Connection, params: dict[str, Any], typed: bool, after: bool, words: bool
) -> list[Any]:
    """The first limit+1 entities (of the type, after the cursor) with a name (`words`: only a
    later word of a name, and no name) starting with `:prefix`, most briefs first."""
    dialect = conn.dialect.name

    def page(named: _Named) -> list[Any]:
        return run(conn, _entities_page(dialect, typed, after, named, words), params)

    # How many names match (counting to AUTOCOMPLETE_SORTED at most), and the number of
    # briefs below which the AUTOCOMPLETE_WALK entities in most briefs lie.
    names, floor = run(conn, _autocomplete_extent(dialect, words), params)[0]
    params["floor"] = floor
    rows: list[Any] = []
    below: _Named = "index"
    if names >= AUTOCOMPLETE_SORTED and floor is not None:
        # Many names match ("t"): walk the entities above the floor, most briefs first on
        # the index, checking each one's names, until the page is full; usually it is.
        rows = page("walk above floor")
        below = "index below floor"
    if len(rows) <= params["limit"] - 1:
        # Few names (or the rest, below the floor): every match from the name index, sorted.
        rows = [*rows, *page(below)][: params["limit"]]
    return rows


@functools.cache
def _entities_page(
    dialect: str, typed: bool, after: bool, named: _Named | None, words: bool = False
) -> Select[Any]:
    """`list_entities`' page query for one shape: rows of the first `:limit` entities only.

    `named` selects by `entity_name` (the start of a whole name), or with `words` by
    `entity_word` (the start of a later word) for entities no whole name of which matches.
    """
    count_col, id_col = ENTITY.c.brief_count, ENTITY.c.id
    names = ENTITY_WORD if words else ENTITY_NAME
    match_col = names.c.word if words else names.c.folded
    ids = select(id_col)
    if typed:
        ids = ids.where(ENTITY.c.type == bindparam("type"))
    if after:
        count = bindparam("count", type_=Integer)
        ids = ids.where(
            or_(count_col < count, and_(count_col == count, id_col > text_param("last_id")))
        )
    if named == "walk above floor":
        has_name = (
            select(names.c.entity_id)
            .where(names.c.entity_id == id_col, _name_prefix(dialect, match_col))
            .exists()
        )
        ids = ids.where(count_col > bindparam("floor"), has_name)
    elif named is not None:
        if named == "index below floor":
            ids = ids.where(count_col <= bindparam("floor"))
        ids = ids.where(
            id_col.in_(select(names.c.entity_id).where(_name_prefix(dialect, match_col)))
        )
    if words and named is not None:
        whole_name = (
            select(ENTITY_NAME.c.entity_id)
            .where(ENTITY_NAME.c.entity_id == id_col, _name_prefix(dialect))
            .exists()
        )
        ids = ids.where(~whole_name)
    order = (count_col.desc(), id_col)
    first = ids.order_by(*order).limit(limit_param()).correlate(None)
    return (
        select(id_col, ENTITY.c.name, ENTITY.c.type, count_col, ENTITY.c.attributes)
        .where(id_col.in_(first))
        .order_by(*order)
    )


@functools.cache
def _autocomplete_extent(dialect: str, words: bool = False) -> Select[Any]:
    """The number of names (`words`: later words) starting with the prefix (to `:sorted` at
    most), and the brief count of the `:walk`+1-th entity in most briefs (None if there are
    not that many)."""
    count_col = ENTITY.c.brief_count
    names = ENTITY_WORD if words else ENTITY_NAME
    match_col = names.c.word if words else names.c.folded
    first_names = (
        select(names.c.entity_id)
        .where(_name_prefix(dialect, match_col))
        .limit(bindparam("sorted", type_=Integer))
    )
    return select(
        select(func.count()).select_from(first_names.subquery()).scalar_subquery(),
        select(count_col)
        .order_by(count_col.desc())
        .offset(bindparam("walk", type_=Integer))
        .limit(1)
        .scalar_subquery(),
    )


def _name_prefix(dialect: str, column: Any = None) -> Any:
    """`column` (entity_name.folded by default) starts with `:prefix` (LIKE `:pattern`), as a
    condition its index can serve."""
    column = ENTITY_NAME.c.folded if column is None else column
    condition: Any = column.like(bindparam("pattern"), escape="\\")
    if dialect == "sqlite":
        # SQLite's LIKE is case-insensitive, so it cannot use an index; the same prefix as a
        # range of the (binary-collated) folded column can. The LIKE stays, for exactness.
        condition = and_(column >= bindparam("prefix"), column < bindparam("prefix_end"), condition)
    return condition


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


_ENTITY_ROW = select(  # an EntityRow
    ENTITY.c.id, ENTITY.c.name, ENTITY.c.type, ENTITY.c.brief_count, ENTITY.c.attributes
).where(ENTITY.c.id == bindparam("entity"))
_ENTITY_NAME_OF = select(ENTITY.c.name).where(ENTITY.c.id == bindparam("entity"))
_NAMES_LISTED = (
    select(ENTITY_NAME.c.folded, ENTITY_NAME.c.alias)
    .where(ENTITY_NAME.c.entity_id == bindparam("entity"))
    .order_by(ENTITY_NAME.c.alias)
    .limit(bindparam("max_aliases", type_=Integer))
)
_BRIEFS_OF_NAME = (
    select(ENTITY_ALIAS.c.brief_id)
    .where(
        ENTITY_ALIAS.c.entity_id == bindparam("entity"),
        ENTITY_ALIAS.c.folded == bindparam("folded"),
    )
    .order_by(ENTITY_ALIAS.c.brief_id)
    .limit(bindparam("alias_briefs", type_=Integer))
)
_NEWEST_OF_ENTITY = (BRIEF_ENTITY.c.sort_key.desc(), BRIEF_ENTITY.c.brief_id.desc())
_ENTITY_BRIEFS = (
    select(
        *BRIEF_SUMMARY_COLUMNS,
        BRIEF_ENTITY.c.salience,
        BRIEF_ENTITY.c.roles,
        BRIEF_ENTITY.c.name.label("local_name"),
    )
    .join(BRIEF_ENTITY, BRIEF_ENTITY.c.brief_id == BRIEF.c.id)
    .where(BRIEF_ENTITY.c.entity_id == bindparam("entity"))
    .order_by(*_NEWEST_OF_ENTITY)
    .limit(limit_param())
)


def _related_statement() -> Select[Any]:
    """The ten entities met most often in the entity's `:related` newest briefs.

    Counted on the (brief, entity) key alone, and only the ten kept are looked up.
    """
    newest = (
        select(BRIEF_ENTITY.c.brief_id)
        .where(BRIEF_ENTITY.c.entity_id == bindparam("entity"))
        .order_by(*_NEWEST_OF_ENTITY)
        .limit(bindparam("related", type_=Integer))
    )
    shared = func.count().label("n")
    counted = (
        select(BRIEF_ENTITY.c.entity_id, shared)
        .where(
            BRIEF_ENTITY.c.brief_id.in_(newest),
            BRIEF_ENTITY.c.entity_id != bindparam("entity"),
        )
        .group_by(BRIEF_ENTITY.c.entity_id)
        .order_by(shared.desc(), BRIEF_ENTITY.c.entity_id)
        .limit(10)
        .subquery()
    )
    return (
        select(counted.c.entity_id, ENTITY.c.name, ENTITY.c.type, counted.c.n)
        .join(ENTITY, ENTITY.c.id == counted.c.entity_id)
        .order_by(counted.c.n.desc(), counted.c.entity_id)
    )


_RELATED = _related_statement()


class EntityBrief(NamedTuple):
    """One of an entity's briefs: its summary, and the entity's part in it."""

    brief: BriefSummary
    salience: float
    name: str  # the name the brief uses for the entity


class EntityRole(NamedTuple):
    """A role the entity is given (title, affiliation, of), and the first brief (newest) that
    gives it."""

    role: dict[str, Any]
    brief_id: str


class RelatedEntity(NamedTuple):
    """An entity met in the entity's briefs, and in how many of them."""

    id: str
    name: str
    type: str
    briefs: int


@dataclass(frozen=True, slots=True)
class EntityPage:
    """An entity's page: every part capped (names, briefs, claims, related entities)."""

    entity: EntityRow
    aliases: list[tuple[str, list[str]]]  # each name, with the briefs that use it
    roles: list[EntityRole]
    briefs: list[EntityBrief]
    claims: list[ClaimRow]
    related: list[RelatedEntity]


def get_entity_name(session: Session, entity_id: str) -> str | None:
    name: str | None = scalar(session.connection(), _ENTITY_NAME_OF, {"entity": entity_id})
    return name


def get_entity(
    session: Session,
    entity_id: str,
    *,
    briefs_limit: int = 50,
    min_confidence: float | None = None,
) -> EntityPage | None:
    conn = session.connection()
    ent = first(conn, _ENTITY_ROW, {"entity": entity_id})
    if ent is None:
        return None
    # Each name with at most ALIAS_BRIEFS of the briefs that use it, read from the primary key
    # (entity, name, brief): a famous entity's name is in tens of thousands of briefs, and the
    # page must not grow with the archive.
    names = run(conn, _NAMES_LISTED, {"entity": entity_id, "max_aliases": MAX_ALIASES})
    aliases: dict[str, list[str]] = {}
    for folded, alias in names:
        aliases.setdefault(alias, []).extend(
            row[0]
            for row in run(
                conn,
                _BRIEFS_OF_NAME,
                {"entity": entity_id, "folded": folded, "alias_briefs": ALIAS_BRIEFS},
            )
        )
    brief_rows = run(conn, _ENTITY_BRIEFS, {"entity": entity_id, "limit": briefs_limit})
    roles: list[EntityRole] = []
    seen_roles: set[tuple[Any, ...]] = set()
    briefs = []
    width = len(BRIEF_SUMMARY_COLUMNS)
    for r in brief_rows:
        summary = BriefSummary._make(r[:width])
        salience, brief_roles, local_name = r[width:]
        briefs.append(EntityBrief(summary, salience, local_name))
        for role in brief_roles:
            key = (role.get("title"), role.get("affiliation"), role.get("of"))
            if key not in seen_roles:
                seen_roles.add(key)
                roles.append(EntityRole(role, summary.id))
    claims, _ = list_claims(
        session,
        source=entity_id,
        about=None,
        kind=None,
        q=None,
        limit=50,
        cursor=None,
        min_confidence=min_confidence,
    )
    # The company the entity keeps in its newest RELATED_BRIEFS briefs, not all of them, so the
    # cost of this page stays flat as the archive grows.
    co = run(conn, _RELATED, {"entity": entity_id, "related": RELATED_BRIEFS})
    return EntityPage(
        entity=EntityRow._make(ent),
        aliases=list(aliases.items()),
        roles=roles,
        briefs=briefs,
        claims=claims,
        related=[RelatedEntity._make(r) for r in co],
    )
