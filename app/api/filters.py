"""Filters that cannot match say so: an unknown entity id, a name given for an id, a date range
that ends before it starts. An empty page would otherwise look like "nothing matched"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, get_args
from urllib.parse import quote

from sqlmodel import Session

from app.api.errors import ProblemError
from app.api.schemas import EntityType, Problem
from app.store import entities as entities_store

ENTITY_TYPES = frozenset(get_args(EntityType))
T = TypeVar("T")

# For the routes' `responses`: what an unknown entity in a filter gets.
UNKNOWN_ENTITY: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "No entity with the id a filter names"}
}


def entity_id_param(parameter: str, value: str | None) -> str | None:
    """`value` if it has the form of an entity id (`person:nicolas-maduro`), else a 422 whose
    hint points to the autocomplete that finds the id of a name."""
    if value is None:
        return None
    kind, colon, slug = value.partition(":")
    if colon and kind in ENTITY_TYPES and slug:
        return value
    hint = f"/entities?q={quote(value[:60])}"
    raise ProblemError(
        422,
        f"{parameter}: {value[:60]!r} is not an entity id; ids look like "
        f"person:nicolas-maduro or place:havana (find one with GET {hint})",
        errors=[{"parameter": parameter, "message": "not an entity id (type:slug)"}],
        hint=hint,
    )


def date_range(names: tuple[str, str], start: str | None, end: str | None) -> None:
    """A 422 when a range ends before it starts (ISO dates compare as strings)."""
    if start is not None and end is not None and end < start:
        first, last = names
        raise ProblemError(
            422,
            f"{first}..{last}: the range ends ({end}) before it starts ({start})",
            errors=[{"parameter": last, "message": f"before {first}"}],
        )


def or_unknown_entity(
    fetch: Callable[[Session], tuple[list[T], str | None]],
    entities: dict[str, str | None],
) -> Callable[[Session], tuple[list[T], str | None]]:
    """`fetch`, but an empty page filtered by an entity that does not exist is a 404 problem.

    The check runs only when the page is empty: a page with items proves the entity exists,
    so the common case costs no extra query.
    """

    def checked(session: Session) -> tuple[list[T], str | None]:
        items, cursor = fetch(session)
        if not items:
            for parameter, entity_id in entities.items():
                if entity_id and entities_store.get_entity_name(session, entity_id) is None:
                    raise ProblemError(
                        404,
                        f"{parameter}: no entity with id {entity_id}",
                        errors=[{"parameter": parameter, "message": "no such entity"}],
                    )
        return items, cursor

    return checked
