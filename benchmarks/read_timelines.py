"""Print the timelines of 10 PolNeAR dev articles for reading by hand.

The articles are fixed: every 8th file of `polnear/data/dev/text` in name order, the first 10
(`--start K` begins at the K-th file instead, for a fresh set nobody has tuned to);
the publication date comes from `data/metadata.tsv`. Each entry is printed in timeline order
with its placement, date, modality, confidence, description, trigger, agent and claim, and the
text around it, so that a reader can judge it (good / fragment / wrong modality / wrong agent /
wrong date).

    .venv/bin/python benchmarks/read_timelines.py > /tmp/timelines.txt
    .venv/bin/python benchmarks/read_timelines.py --start 4 > /tmp/fresh-timelines.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.evaldata import read_briefs, reading_parser


def main() -> None:
    ap = reading_parser(__doc__)
    args = ap.parse_args()
    for name, brief in read_briefs(args):
        text = brief.text
        print(f"\n##### {name}  published {brief.published_at}  entries {len(brief.timeline)}")
        for e in sorted(brief.timeline, key=lambda e: e.order):
            line = text.rfind("\n", 0, e.trigger.start) + 1
            mod = e.modality + (f"/{e.reported_modality}" if e.reported_modality else "")
            around = text[max(line, e.start - 60) : e.end + 40].replace("\n", " ")
            print(
                f"[{e.id}] o{e.order} {e.placement:7} {e.date or '-':>22} {mod:12} "
                f"c{e.confidence:.2f} | {e.description}  <<{e.trigger.text}>> "
                f"agent={e.agent} claim={e.claim_id}\n      ~ {around}"
            )


if __name__ == "__main__":
    main()
