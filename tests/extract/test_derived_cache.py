"""Derived tables come back from the disk cache exactly as built, and only under their key."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.extract import derived_cache
from app.extract.derived_cache import cached_table
from app.extract.entity_names import given_names
from app.extract.places import gazetteer


class Builder:
    """A table builder that counts its calls."""

    def __init__(self, table: object) -> None:
        self.table = table
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.table


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_table_is_built_once_and_then_read(cache: Path) -> None:
    build = Builder({"paris": ["Paris", 2988507, "FR", 48.85341, 2.3488, 2138551]})
    first = cached_table("t", lambda: "k1", build)
    again = cached_table("t", lambda: "k1", build)
    assert first == again == build.table
    assert build.calls == 1
    assert (cache / "t.json").exists()


def test_a_new_key_rebuilds(cache: Path) -> None:
    cached_table("t", lambda: "k1", Builder([1]))
    rebuilt = Builder([2])
    assert cached_table("t", lambda: "k2", rebuilt) == [2]
    assert rebuilt.calls == 1
    assert cached_table("t", lambda: "k2", Builder([3])) == [2]


def test_a_corrupt_file_is_rebuilt(cache: Path) -> None:
    (cache / "t.json").write_bytes(b'{"key": "k1", "table": [1')
    build = Builder([1])
    assert cached_table("t", lambda: "k1", build) == [1]
    assert build.calls == 1
    assert cached_table("t", lambda: "k1", Builder([9])) == [1]


def test_no_cache_directory_means_building(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", "")
    assert derived_cache.cache_dir() is None
    build = Builder([1])
    cached_table("t", lambda: "k1", build)
    cached_table("t", lambda: "k1", build)
    assert build.calls == 2


def test_an_unwritable_directory_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(blocker / "cache"))
    assert cached_table("t", lambda: "k1", Builder([1])) == [1]


def test_a_key_that_cannot_be_computed_means_building(cache: Path) -> None:
    def missing() -> str:
        return derived_cache.derivation_key(("no-such-package-anywhere",), ())

    assert cached_table("t", missing, Builder([1])) == [1]
    assert not (cache / "t.json").exists()


def test_the_gazetteer_and_given_names_read_back_as_built(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = gazetteer.__wrapped__()  # builds, stores
    read = gazetteer.__wrapped__()  # reads
    names_stored = given_names.__wrapped__()
    names_read = given_names.__wrapped__()
    assert {p.name for p in cache.iterdir()} == {"gazetteer-cities.json", "given-names.json"}
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", "")
    fresh = gazetteer.__wrapped__()
    assert read.cities == stored.cities == fresh.cities
    assert read.city("Paris") is not None
    assert names_read == names_stored == given_names.__wrapped__()
    assert "mary" in names_read
