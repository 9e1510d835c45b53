"""Article structure: headline accuracy, and summaries free of datelines, markup and labels.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/eval_structure.py --cache /tmp/structure
    ... --reuters-limit 0          # every Reuters story (slow: ~19,000 parses)
    ... --show 20                  # list up to 20 offenders per corpus

1. Headline accuracy on PolNeAR train+dev (`data/metadata.tsv` has each text's `title`; the
   text's first line is that title, usually with a full stop added): the document reader's
   headline must equal the title, compared with whitespace collapsed and a final full stop
   (before or after a closing quote) ignored. Also reported: how often a headline is claimed
   when the title line is removed (the text starts with the story), on PolNeAR and BBC.
2. Summary offenders over BBC (`corpora/bbc`, title line then story), Reuters-21578 (title, a
   blank line, then "DATELINE - body" as printed; SGML character references decoded as an SGML
   reader does) and PolNeAR texts: a summary is an offender when it still carries, by checks
   written independently of the extractor's own patterns,
   - a dateline: an agency in parentheses followed by a dash after at most four capitalised
     words at the start of a sentence, or an opening run of capitals (with an optional
     ", region" and date) followed by a dash, or the document's dateline text;
   - markup: anything shaped like a tag (`<x ...>`, `</x>`, `<x/>`) or a character reference;
   - a section label: an ALL-CAPS word run ending in "." or ":" at the summary's start, or
     "ABSTRACT." / "FULL TEXT." anywhere.
Only the first 3,000 characters of a text are parsed (the summary is 400 characters of the
first sentences), with spaCy's parser alone. Development data only; nothing is copied.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc, DocBin  # noqa: E402

from app.extract.document import Document, build_document, decode_text  # noqa: E402
from app.extract.nlp import load_nlp, parse_signature  # noqa: E402
from app.extract.summary import summarize  # noqa: E402
from benchmarks.evaldata import EVAL  # noqa: E402

PARSE_CHARS = 3000

# An agency in parentheses and a dash, opening the summary or a sentence of it after at most
# four capitalised words ("WASHINGTON (AP) —", "Dec 29 (Reuters) -"); "the Monetary Policy
# Committee (MPC) - Paul Tucker -" inside a sentence is no dateline.
_AGENCY_DASH = re.compile(
    r"(?:^|[.!?] )(?:[A-Z0-9][\w.’']*,? ){0,4}\([A-Z][A-Za-z .&]{0,30}\)\s*(?:--|[-–—])"
)
_CAPS_OPENING = re.compile(
    r"^[A-Z][A-Z .'’-]{2,}(?:, [A-Z][A-Za-z. ]{1,20})?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:--|[-–—]) "
)
_TAGLIKE = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|&(?:[A-Za-z]{2,8}|#\d+|#x[0-9a-fA-F]+);")
_LABEL_OPENING = re.compile(r"^(?:[A-Z]{2,}[ &]*){1,4}[.:](?:\s|$)")
_LABEL_ANYWHERE = re.compile(r"\b(?:ABSTRACT|FULL TEXT)\.")


@dataclass(slots=True)
class Article:
    corpus: str
    name: str
    text: str
    title: str | None = None


def norm_title(s: str) -> str:
    s = " ".join(s.split())
    return re.sub(r"\.(?=[’'\"”]*$)", "", s).strip()


def polnear() -> list[Article]:
    root = EVAL / "polnear" / "data"
    meta = {
        r["filename"]: r for r in csv.DictReader((root / "metadata.tsv").open(), delimiter="\t")
    }
    out = []
    for split in ("train", "dev"):
        for f in sorted((root / split / "text").glob("*.txt")):
            out.append(
                Article("polnear", f"{split}/{f.stem}", f.read_text("utf-8"), meta[f.stem]["title"])
            )
    return out


def bbc() -> list[Article]:
    out = []
    for f in sorted((EVAL / "corpora" / "bbc").glob("*/*.txt")):
        out.append(Article("bbc", f"{f.parent.name}/{f.stem}", decode_text(f.read_bytes())))
    return out


_STORY = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)


def reuters(limit: int) -> list[Article]:
    out = []
    for f in sorted((EVAL / "corpora" / "reuters21578").glob("reut2-*.sgm")):
        raw = f.read_text(encoding="latin-1")
        for newid, story in _STORY.findall(raw):
            title = re.search(r"<TITLE>(.*?)</TITLE>", story, re.S)
            body = re.search(r"<BODY>(.*?)</BODY>", story, re.S)
            dateline = re.search(r"<DATELINE>(.*?)</DATELINE>", story, re.S)
            if not (title and body):
                continue
            text_body = html.unescape(body.group(1)).replace("\x03", "").rstrip()
            text_body = re.sub(r"\s*Reuter\s*$", "", text_body)
            head = " ".join(html.unescape(title.group(1)).split())
            opening = " ".join(dateline.group(1).split()) + " " if dateline else ""
            out.append(Article("reuters", newid, f"{head}\n\n{opening}{text_body}\n"))
            if limit and len(out) >= limit:
                return out
    return out


def parse(texts: list[str], cache: Path | None) -> list[Doc]:
    nlp = load_nlp()
    keep = [t[:PARSE_CHARS] for t in texts]
    disable = [
        p for p in nlp.pipe_names if p not in ("tok2vec", "tagger", "parser", "attribute_ruler")
    ]
    if cache is not None:
        digest = hashlib.sha1("\x00".join(keep).encode()).hexdigest()[:16]
        path = cache / f"structure-{digest}-{parse_signature(nlp)}.spacy"
        if path.exists():
            got = list(DocBin().from_disk(path).get_docs(nlp.vocab))
            if [d.text for d in got] == keep:
                return got
    with nlp.select_pipes(disable=disable):
        docs = list(nlp.pipe(keep, batch_size=32))
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=False)
        for d in docs:
            bin_.add(d)
        bin_.to_disk(path)
    return docs


def offence(summary: str, document: Document) -> str | None:
    dateline = getattr(document, "dateline", None)  # None from a reader that has no datelines
    if dateline is not None and dateline.text in summary:
        return "dateline"
    if _AGENCY_DASH.search(summary) or _CAPS_OPENING.search(summary):
        return "dateline"
    if _TAGLIKE.search(summary):
        return "markup"
    if _LABEL_OPENING.search(summary) or _LABEL_ANYWHERE.search(summary):
        return "label"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=None, help="keep spaCy parses here (DocBin)")
    ap.add_argument("--reuters-limit", type=int, default=3000, help="0 = every story")
    ap.add_argument("--show", type=int, default=10, help="offenders listed per corpus")
    args = ap.parse_args()

    pol = polnear()
    # 1. headlines
    right = 0
    wrong: list[tuple[str, str | None, str]] = []
    for a in pol:
        doc = build_document(text=a.text)
        if doc.headline is not None and a.title and norm_title(doc.headline) == norm_title(a.title):
            right += 1
        else:
            wrong.append((a.name, doc.headline, a.title or ""))
    print(
        f"headline accuracy, PolNeAR train+dev: {right}/{len(pol)} = {right / len(pol):.3f}"
        " (target >= 0.95)"
    )
    for name, got, want in wrong[: args.show]:
        print(f"  {name}: got {got!r}, title {want!r}")
    corpora = {"polnear": pol, "bbc": bbc(), "reuters": reuters(args.reuters_limit)}
    for cname in ("polnear", "bbc"):
        claimed = 0
        for a in corpora[cname]:
            parts = re.split(r"\n\s*\n", a.text.strip(), maxsplit=1)
            if len(parts) == 2 and build_document(text=parts[1]).headline is not None:
                claimed += 1
        n = len(corpora[cname])
        print(
            f"headline claimed with the title line removed, {cname}: "
            f"{claimed}/{n} = {claimed / n:.3f}"
        )

    # 2. summaries
    print()
    print(f"{'corpus':8} {'texts':>6} {'datelines':>9} {'offenders':>9}  by kind")
    for cname, arts in corpora.items():
        t0 = time.perf_counter()
        docs = parse([a.text for a in arts], args.cache)
        offenders: list[tuple[str, str, str]] = []
        kinds: dict[str, int] = {}
        datelines = 0
        for a, sdoc in zip(arts, docs, strict=True):
            document = build_document(text=a.text)
            datelines += getattr(document, "dateline", None) is not None
            summary = summarize(sdoc, document)
            kind = offence(summary, document)
            if kind is not None:
                kinds[kind] = kinds.get(kind, 0) + 1
                offenders.append((a.name, kind, summary[:160]))
        took = time.perf_counter() - t0
        print(
            f"{cname:8} {len(arts):>6} {datelines:>9} {len(offenders):>9}  {kinds}  ({took:.0f}s)"
        )
        for name, kind, s in offenders[: args.show]:
            print(f"    {name} [{kind}] {s!r}")


if __name__ == "__main__":
    main()
