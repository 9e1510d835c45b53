"""Where the gold evaluation data lives, for every benchmark and training script.

`NEWSBRIEF_EVAL` names it; otherwise `shared/eval` beside the project (`../shared/eval`), or one
level further up, as from a git worktree under another folder. The data is read from there and
never copied into the project.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

    from app.extract.model import ExtractedBrief

ROOT = Path(__file__).resolve().parent.parent


def eval_root() -> Path:
    """The folder holding conll2003/, tempeval3/, polnear/, gum/, corpora/ ..."""
    named = os.environ.get("NEWSBRIEF_EVAL")
    if named:
        return Path(named)
    for up in (ROOT.parent, ROOT.parent.parent):
        if (up / "shared" / "eval").is_dir():
            return up / "shared" / "eval"
    return ROOT.parent / "shared" / "eval"


EVAL = eval_root()


def polnear_articles(
    split: str = "dev", start: int = 0, every: int = 8, count: int = 10
) -> list[tuple[str, str]]:
    """(name, text) of `count` PolNeAR articles, every `every`-th file of `split` in name order
    from the `start`-th: the sets read by hand (`read_timelines.py`, `read_claims.py`). The text
    carries the publication date of `data/metadata.tsv` as front matter, as the loader reads it."""
    import csv

    data = EVAL / "polnear" / "data"
    with (data / "metadata.tsv").open(encoding="utf-8") as f:
        meta = {r["filename"]: r for r in csv.DictReader(f, delimiter="\t")}
    found = []
    for path in sorted((data / split / "text").glob("*.txt"))[start::every][:count]:
        raw = path.read_text(encoding="utf-8")
        published = meta.get(path.stem, {}).get("publication_date")
        if published and published != "None":
            raw = f"---\npublished: {published}\n---\n{raw}"
        found.append((path.stem, raw))
    return found


def reading_parser(doc: str | None) -> argparse.ArgumentParser:
    """The arguments every read-by-hand script takes: which PolNeAR articles to read
    (`--split`, `--start`, `--every`, as `polnear_articles` picks them)."""
    import argparse

    ap = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    ap.add_argument("--start", type=int, default=0, help="index of the first file")
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--every", type=int, default=8, help="take every N-th file")
    return ap


def read_briefs(args: argparse.Namespace) -> Iterator[tuple[str, ExtractedBrief]]:
    """(name, brief) of the articles `reading_parser`'s arguments pick, extracted as the loader
    extracts them."""
    from app.extract.document import from_text
    from app.extract.pipeline import extract

    for name, raw in polnear_articles(args.split, args.start, args.every):
        yield name, extract(from_text(raw))
