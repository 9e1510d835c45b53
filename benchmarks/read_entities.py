"""Print what a reader sees first of 10 PolNeAR briefs, for judging by hand: the headline,
dateline and summary, and the top entities (type, aliases and why, roles, place facts).

The articles are picked as `read_timelines.py` and `read_claims.py` pick them
(`evaldata.polnear_articles`: every `--every`-th file of `--split` from the `--start`-th), with
the publication date from `data/metadata.tsv`. Judge each entity as right / wrong type / wrong
referent (a split or a wrong merge) / fragment / wrong country, each role as right or not.

    .venv/bin/python benchmarks/read_entities.py --split train --every 84 --start 60 > /tmp/e.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.evaldata import read_briefs, reading_parser

PLACE_FACTS = ("country_code", "admin1", "geonames_id")


def main() -> None:
    ap = reading_parser(__doc__)
    ap.add_argument("--top", type=int, default=15, help="entities shown per brief")
    args = ap.parse_args()
    for name, brief in read_briefs(args):
        print(f"\n##### {name}")
        print(f"headline: {brief.headline!r}")
        if brief.dateline is not None:
            print(f"dateline: {brief.dateline.text!r}  source: {brief.source!r}")
        print(f"summary:  {brief.summary!r}")
        ranked = sorted(brief.entities, key=lambda e: -e.salience)[: args.top]
        for e in ranked:
            aliases = ", ".join(f"{a} ({e.alias_reasons.get(a, '?')})" for a in e.aliases)
            facts = " ".join(f"{k}={e.attributes[k]}" for k in PLACE_FACTS if k in e.attributes)
            roles = "; ".join(
                f"{r.title} [{r.text}]"
                + (f" of {r.affiliation}" if r.affiliation else "")
                + (f" relative to {r.of}" if r.of else "")
                for r in e.roles
            )
            print(
                f"  {e.salience:.2f} {e.type:13} {e.name}  x{len(e.mentions)}"
                + (f"\n        aliases: {aliases}" if aliases else "")
                + (f"\n        roles: {roles}" if roles else "")
                + (f"\n        {facts}" if facts else "")
            )


if __name__ == "__main__":
    main()
