"""Print the claims a reader is shown for 10 PolNeAR articles, for judging by hand.

The articles are every 8th file of `polnear/data/dev/text` in name order from the `--start`-th
(as `read_timelines.py` picks them; `--split train --every 84` takes a sparse, unseen set),
with the publication date from `data/metadata.tsv`. Each
claim at or above the API's default floor (`Settings.claim_min_confidence`) is printed with its
confidence, source (and the entity it links to), cue, quote kind, flags and content parts, and
the sentence around it, so that a reader can judge it: right in every part / partly right /
not a claim.

    .venv/bin/python benchmarks/read_claims.py --start 5 > /tmp/claims.txt
    .venv/bin/python benchmarks/read_claims.py --split train --every 84 --start 30
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.config import Settings
from benchmarks.evaldata import read_briefs, reading_parser


def main() -> None:
    ap = reading_parser(__doc__)
    ap.add_argument("--floor", type=float, default=Settings().claim_min_confidence)
    args = ap.parse_args()
    for name, brief in read_briefs(args):
        text = brief.text
        shown = [c for c in brief.claims if c.confidence >= args.floor]
        print(f"\n##### {name}  claims shown {len(shown)} of {len(brief.claims)}")
        for c in shown:
            source = "-" if c.source is None else f"{c.source.text} [{c.source.kind}]"
            linked = "" if c.source is None or c.source.entity_id is None else c.source.entity_id
            cue = "-" if c.cue is None else c.cue.text
            flags = " ".join(
                f for f, on in (("NEG", c.negated), (f"HEDGED{c.hedges}", c.hedged)) if on
            )
            parts = (
                " | ".join(text[p.start : p.end] for p in c.content.parts)
                or text[c.content.start : c.content.end]
            )
            line = text.rfind("\n", 0, c.content.start) + 1
            around = text[max(line, c.content.start - 80) : c.content.end + 60].replace("\n", " ")
            print(
                f"[{c.id}] c{c.confidence:.2f} {c.quote:8} src={source} {linked} cue={cue} "
                f"{flags}\n      >> {parts}\n      ~ {around}"
            )


if __name__ == "__main__":
    main()
