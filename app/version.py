"""The installed newsbrief version (cheap to import: no NLP, no database)."""

from __future__ import annotations

import importlib.metadata


def newsbrief_version() -> str:
    try:
        return importlib.metadata.version("newsbrief")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"
