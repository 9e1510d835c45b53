"""Running SQL: every statement of the store is a prebuilt Core statement, executed here.

The one way the store (and `/readyz`: `ping`) runs SQL; the schema's DDL is Alembic's. Within a
transaction (`run`, `first`, `scalar`; reads and writes alike): on SQLite as driver SQL
compiled once, on the transaction's own DB-API connection, with the columns' result
processors applied as SQLAlchemy would; elsewhere as the Core statement. Outside one
(`read_first`, the hottest single-row reads): on SQLite on this thread's own fast reader
(`db.sqlite_reader`), elsewhere on a pooled connection. Connections are `app.store.db`'s.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Table,
    literal,
    select,
)
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError

from app.store.db import get_engine, is_sqlite, sqlite_reader


@dataclass(frozen=True, slots=True)
class _DriverStatement:
    """A Core statement compiled once to SQLite's SQL ("?" marks), and how to bind parameters.

    Values are converted by the parameters' own bind processors, so they are stored exactly
    as the Core statement stores them (JSON through the engine's serializer, datetimes in
    SQLAlchemy's SQLite format). An expanding parameter (an IN list) gets one "?" a value.
    """

    sql: str
    # (name, bind processor, value if not given) of each "?" in order; a value of the
    # statement's own (SQLite's "OFFSET 0" after a bound LIMIT) need not be given.
    params: tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]
    expanding: frozenset[str]  # the IN lists, "(__[POSTCOMPILE_name])" in `sql`
    # A SELECT's result processor of each column (JSON text to values), or None when no
    # column needs one: rows come back as SQLAlchemy's would, as plain tuples.
    results: tuple[Callable[[Any], Any] | None, ...] | None = None

    @classmethod
    def compile(
        cls, stmt: Any, dialect: Dialect, *, table: Table | None = None
    ) -> _DriverStatement:
        """`stmt` for `dialect`; an INSERT into `table` takes every column of it."""
        keys = [c.key for c in table.columns] if table is not None else None
        compiled = stmt.compile(dialect=dialect, column_keys=keys)
        assert compiled.positional and compiled.positiontup is not None  # SQLite's "?" style
        binds = compiled.binds
        processors = tuple(
            entry[3].dialect_impl(dialect).result_processor(dialect, None)
            for entry in getattr(compiled, "_result_columns", ())
        )
        return cls(
            compiled.string,
            tuple(
                (
                    key,
                    binds[key].type.dialect_impl(dialect).bind_processor(dialect),
                    _REQUIRED if binds[key].required else binds[key].value,
                )
                for key in compiled.positiontup
            ),
            frozenset(key for key in compiled.positiontup if binds[key].expanding),
            processors if any(processors) else None,
        )

    def rows(self, fetched: list[Any]) -> list[Any]:
        """`fetched` (the driver's rows) with each column as SQLAlchemy would return it."""
        results = self.results
        if results is None:
            return fetched
        return [
            tuple(v if p is None or v is None else p(v) for p, v in zip(results, row, strict=True))
            for row in fetched
        ]

    def values(self, given: dict[str, Any]) -> tuple[Any, ...]:
        """The parameters in the SQL's order; a missing one is a KeyError, not a NULL."""
        out: list[Any] = []
        for key, bind, default in self.params:
            value = given[key] if default is _REQUIRED else given.get(key, default)
            if key in self.expanding:
                out.extend(value if bind is None else map(bind, value))
            else:
                out.append(value if bind is None else bind(value))
        return tuple(out)

    def sql_for(self, given: dict[str, Any]) -> str:
        """The SQL with as many "?" in each IN list as `given` has values for it."""
        if not self.expanding:
            return self.sql
        return _EXPANDING.sub(lambda m: "(" + ", ".join("?" * len(given[m[1]])) + ")", self.sql)


_REQUIRED = object()  # a parameter that every execution must give
_EXPANDING = re.compile(r"\(__\[POSTCOMPILE_(\w+)\]\)")


# Every prebuilt statement as SQLite's driver runs it; see `run`.
_DRIVER_SQL: dict[Any, _DriverStatement] = {}


def run(
    conn: Connection,
    stmt: Any,
    params: dict[str, Any] | list[dict[str, Any]],
    *,
    table: Table | None = None,
) -> list[Any]:
    """Execute one of the module's prebuilt statements; its rows (a list of parameters:
    executemany, no rows).

    On SQLite as driver SQL compiled once (`_DriverStatement`), on the transaction's own
    DB-API connection: SQLAlchemy's execution of even a plain SQL string costs five times
    SQLite's work for these small statements. Errors are raised as SQLAlchemy's all the same.
    An INSERT into `table` names every column of it. Elsewhere as the Core statement:
    PostgreSQL's executemany of an INSERT is batched into multi-row VALUES by SQLAlchemy, one
    round trip rather than one a row.
    """
    driver = None
    if conn.dialect.name == "sqlite":
        driver = _DRIVER_SQL.get(stmt)
        if driver is None:
            driver = _DRIVER_SQL[stmt] = _DriverStatement.compile(stmt, conn.dialect, table=table)
        if isinstance(params, dict) and not all(params[k] for k in driver.expanding):
            driver = None  # an empty IN list: SQLAlchemy's SQL for it, a special form
    if driver is None:
        result = conn.execute(stmt, params)
        return list(result.all()) if result.returns_rows else []
    dbapi_conn = conn.connection.driver_connection
    assert dbapi_conn is not None
    try:
        if isinstance(params, list):
            assert not driver.expanding
            dbapi_conn.executemany(driver.sql, [driver.values(p) for p in params])
            return []
        cursor = dbapi_conn.execute(driver.sql_for(params), driver.values(params))
        return driver.rows(cursor.fetchall())
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(driver.sql, params, exc, conn.dialect.loaded_dbapi.Error) from exc


def _driver_statement(stmt: Any, dialect: Dialect) -> _DriverStatement:
    driver = _DRIVER_SQL.get(stmt)
    if driver is None:
        driver = _DRIVER_SQL[stmt] = _DriverStatement.compile(stmt, dialect)
    return driver


def read_first(database_url: str, stmt: Any, params: dict[str, Any]) -> Any:
    """The first row of a prebuilt SELECT (or None), outside any transaction, fast.

    On SQLite, on this thread's own reader connection in autocommit (`db.sqlite_reader`):
    through a session, the checkout, BEGIN, the query and the COMMIT cost ten times the
    query. It sees every commit made before it. Elsewhere, one pooled connection's round trip.
    """
    if not is_sqlite(database_url):
        with get_engine(database_url).connect() as conn:
            return conn.execute(stmt, params).first()
    driver = _DRIVER_SQL.get(stmt) or _driver_statement(stmt, get_engine(database_url).dialect)
    try:
        row = sqlite_reader(database_url).execute(driver.sql, driver.values(params)).fetchone()
    except sqlite3.Error as exc:
        raise DBAPIError.instance(driver.sql, params, exc, sqlite3.Error) from exc
    return row if row is None or driver.results is None else driver.rows([row])[0]


def first(conn: Connection, stmt: Any, params: dict[str, Any]) -> Any:
    """The first row of one of the module's prebuilt SELECTs (`run`), or None."""
    rows = run(conn, stmt, params)
    return rows[0] if rows else None


def scalar(conn: Connection, stmt: Any, params: dict[str, Any]) -> Any:
    """The first column of the first row of a prebuilt SELECT (`run`), or None."""
    rows = run(conn, stmt, params)
    return rows[0][0] if rows else None


_PING = select(literal(1))


def ping(database_url: str) -> None:
    """One round trip on a pooled connection; raises when the database does not answer."""
    with get_engine(database_url).connect() as conn:
        conn.execute(_PING)
