"""Where the gold evaluation data lives, for every benchmark and training script.

`NEWSBRIEF_EVAL` names it; otherwise `shared/eval` beside the project (`../shared/eval`), or one
level further up, as from a git worktree under another folder. The data is read from there and
never copied into the project.
"""

from __future__ import annotations

import os
from pathlib import Path

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
