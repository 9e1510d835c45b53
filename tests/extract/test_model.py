"""Entity ids and folded names: stable, readable, never shared by different names."""

from __future__ import annotations

import pytest

from app.extract.model import entity_id, fold


@pytest.mark.parametrize(
    ("type_", "name", "expected"),
    [
        ("person", "Nicolás Maduro", "person:nicolas-maduro"),
        ("person", "NICOLAS  maduro", "person:nicolas-maduro"),
        ("person", "O'Leary", "person:o-leary"),
        ("organization", "AT&T", "organization:at-t"),
        ("place", "القاهرة", "place:القاهرة"),
        ("person", "דוד בן-גוריון", "person:דוד-בן-גוריון"),
    ],
)
def test_ids_are_readable_slugs(type_: str, name: str, expected: str) -> None:
    assert entity_id(type_, name) == expected


def test_names_without_letters_do_not_share_an_id() -> None:
    assert entity_id("other", "***") != entity_id("other", "+++")
    assert entity_id("other", "***") == entity_id("other", "***")


def test_non_latin_names_do_not_collapse_into_one() -> None:
    assert entity_id("place", "القاهرة") != entity_id("place", "دمشق")


def test_fold_ignores_accents_case_and_spacing() -> None:
    assert fold("  José   MARTÍ ") == "jose marti"
