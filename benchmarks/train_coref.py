"""Train the pronoun resolver (app/extract/coref.py) on GUM's coreference chains, and measure it.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/train_coref.py --cache /tmp/gum-docs
    PYTHONPATH=$PWD .venv/bin/python benchmarks/train_coref.py --eval-only   # shipped weights

GUM (`../shared/eval/gum/conll`, CoNLL coreference columns) is split by document: every fifth
document in name order is held out. Every third-person pronoun with an earlier mention of its
chain gives one ranking problem: its candidates (coref.candidates) are labelled right when the
smallest gold mention holding the candidate belongs to the pronoun's chain. A logistic
regression (fixed seed) over coref.pair_features is written to app/extract/coref.json.

Measured on the held-out documents: accuracy over all such pronouns, and over pronoun subjects
of verbs of saying and believing (the sources of claims): right when the chosen candidate's
gold chain is the pronoun's (resolve() follows pronouns to a noun; the chain is the same).
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from app.extract import coref  # noqa: E402
from app.extract.cues import BELIEF_VERBS, SPEECH_VERBS  # noqa: E402
from app.extract.nlp import load_nlp, parse_signature  # noqa: E402
from benchmarks.evaldata import EVAL  # noqa: E402

SEED = 15
# "(person-1-Name", "person-1)", "(object-5)": an optional opener, the chain id (type-number,
# then an optional identity), an optional closer.
_PART = re.compile(r"(\(?)([a-z]+-\d+)(?:-[^()]*)?(\)?)")


GUM = EVAL / "gum" / "conll"


def read_conll(path: Path) -> tuple[list[str], list[tuple[int, int, str]]]:
    """Tokens and gold mentions (first token, last token + 1, chain id) of one document."""
    words: list[str] = []
    mentions: list[tuple[int, int, str]] = []
    stack: dict[str, list[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            continue
        i = len(words)
        words.append(cols[1])
        tag = cols[2]
        if tag == "_":
            continue
        # "(person-1-Name", "person-1)", "(object-5)"; chain ids are type-number.
        for opened, cid, closed in _PART.findall(tag):
            if opened:
                stack.setdefault(cid, []).append(i)
            if closed and stack.get(cid):
                mentions.append((stack[cid].pop(), i + 1, cid))
    return words, mentions


def parsed_docs(paths: list[Path], cache: Path | None) -> list[Doc]:
    nlp = load_nlp()
    target = cache / f"gum-{len(paths)}-{parse_signature(nlp)}.spacy" if cache else None
    if target is not None and target.exists():
        return list(DocBin().from_disk(target).get_docs(nlp.vocab))
    docs = []
    for path in paths:
        words, _ = read_conll(path)
        doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words))
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        docs.append(doc)
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(target)
    return docs


def token_chains(mentions: list[tuple[int, int, str]], n: int) -> list[str | None]:
    """For every token, the chain of the smallest gold mention holding it."""
    size = [n + 1] * n
    chain: list[str | None] = [None] * n
    for a, b, cid in mentions:
        for i in range(a, min(b, n)):
            if b - a < size[i]:
                size[i], chain[i] = b - a, cid
    return chain


def problems(doc: Doc, mentions: list[tuple[int, int, str]]):
    """(pronoun, its chain, candidates, their chains) for every resolvable pronoun."""
    chain = token_chains(mentions, len(doc))
    single = {a: cid for a, b, cid in mentions if b - a == 1}
    first_of: dict[str, int] = {}
    for a, _, cid in mentions:
        first_of[cid] = min(first_of.get(cid, a), a)
    for tok in doc:
        if coref.pronoun_gender(tok) == "" or tok.i not in single:
            continue
        cid = single[tok.i]
        if first_of[cid] >= tok.i:
            continue  # first mention of its chain (cataphora or new)
        cands = coref.candidates(doc, tok)
        yield tok, cid, cands, [chain[c.i] for c in cands]


def noun_animacy(
    docs: list[Doc], gold: list[list[tuple[int, int, str]]], min_count: int = 3
) -> tuple[list[str], list[str]]:
    """Common nouns heading GUM mentions of people (at least 70% of their uses, seen
    `min_count` times) and nouns that head other mentions only: lemmas, nothing else."""
    seen: dict[str, list[int]] = {}
    for doc, mentions in zip(docs, gold, strict=True):
        for a, b, cid in mentions:
            span = doc[a : min(b, len(doc))]
            if not len(span):
                continue
            head = span.root
            if head.pos_ != "NOUN":
                continue
            row = seen.setdefault(head.lemma_.lower(), [0, 0])
            row[0] += cid.startswith("person-")
            row[1] += 1
    people = sorted(w for w, (p, n) in seen.items() if n >= min_count and p / n >= 0.7)
    things = sorted(w for w, (p, n) in seen.items() if n >= min_count and p == 0)
    return people, things


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--eval-only", action="store_true")
    args = parser.parse_args(argv)
    faulthandler.dump_traceback_later(240, exit=False)

    paths = sorted(GUM.glob("*.conll"))
    t0 = time.perf_counter()
    docs = parsed_docs(paths, args.cache)
    print(f"{len(docs)} GUM documents parsed in {time.perf_counter() - t0:.0f}s", flush=True)
    gold = [read_conll(p)[1] for p in paths]
    held = {k for k in range(len(paths)) if k % 5 == 0}

    if not args.eval_only:
        from sklearn.feature_extraction import DictVectorizer

        people, things = noun_animacy(
            [d for k, d in enumerate(docs) if k not in held],
            [g for k, g in enumerate(gold) if k not in held],
        )
        print(f"learned {len(people)} person nouns and {len(things)} thing nouns")
        data = json.loads(coref.WEIGHTS.read_text(encoding="utf-8"))
        data["person_nouns"], data["thing_nouns"] = people, things
        coref.WEIGHTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        coref._noun_animacy.cache_clear()
        from sklearn.linear_model import LogisticRegression

        feats: list[dict[str, float]] = []
        labels: list[int] = []
        for k, (doc, mentions) in enumerate(zip(docs, gold, strict=True)):
            if k in held:
                continue
            for pron, cid, cands, chains in problems(doc, mentions):
                if cid not in chains:
                    continue  # no right candidate in the window: nothing to rank
                feats.extend(coref.all_pair_features(pron, cands))
                labels.extend(int(ch == cid) for ch in chains)
        print(f"{len(feats)} candidate pairs ({time.perf_counter() - t0:.0f}s)", flush=True)
        vec = DictVectorizer()
        X = vec.fit_transform(feats)
        clf = LogisticRegression(C=1.0, max_iter=3000, random_state=SEED)
        clf.fit(X, np.array(labels))
        names = vec.get_feature_names_out()
        weights = {
            str(n): round(float(w), 5)
            for n, w in zip(names, clf.coef_[0], strict=True)
            if abs(w) > 1e-5
        }
        out = {
            "about": "pronoun mention-ranking model trained on GUM coreference chains "
            "(benchmarks/train_coref.py; every fifth document held out)",
            "seed": SEED,
            "bias": round(float(clf.intercept_[0]), 5),
            "min_score": 0.0,
            "weights": dict(sorted(weights.items())),
            "person_nouns": people,
            "thing_nouns": things,
        }
        coref.WEIGHTS.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        coref._model.cache_clear()
        print(f"trained on {X.shape[0]} pairs; wrote {coref.WEIGHTS}")

    cue_verbs = SPEECH_VERBS | BELIEF_VERBS
    n_all = ok_all = n_src = ok_src = 0
    base_src = 0
    for k in sorted(held):
        doc, mentions = docs[k], gold[k]
        chain = token_chains(mentions, len(doc))
        for pron, cid, cands, chains in problems(doc, mentions):
            found = coref.antecedent(doc, pron)
            right = found is not None and chain[found.token.i] == cid
            n_all += 1
            ok_all += right
            if pron.dep_ in ("nsubj", "nsubjpass") and pron.head.lemma_.lower() in cue_verbs:
                n_src += 1
                ok_src += right
                # The old way: the nearest earlier candidate that agrees in gender and number.
                agreeing = [
                    c
                    for c in cands
                    if coref._agree(coref.pronoun_gender(pron), coref.mention_gender(c))
                    in ("yes", "unknown")
                ]
                base_src += bool(agreeing) and chains[cands.index(agreeing[-1])] == cid
    print(f"held-out GUM documents: {len(held)}")
    print(f"all third-person pronouns: {ok_all}/{n_all} = {ok_all / max(n_all, 1):.3f}")
    print(
        f"pronoun subjects of speech/belief verbs: {ok_src}/{n_src} = {ok_src / max(n_src, 1):.3f}"
        f" (nearest agreeing candidate: {base_src / max(n_src, 1):.3f})"
    )
    for label, part in (
        ("train part", [k for k in range(len(docs)) if k not in held]),
        ("held-out", sorted(held)),
    ):
        report_descriptions(label, [docs[k] for k in part], [gold[k] for k in part])
    return 0


def description_problems(doc: Doc, mentions: list[tuple[int, int, str]]):
    """(head, its gold chain, whether that chain names a person before it, the resolver's
    answer) for every definite description of a person (coref.definite_description)."""
    chain = token_chains(mentions, len(doc))
    for tok in doc:
        if coref.definite_description(tok) is None:
            continue
        cid = chain[tok.i]
        named_before = cid is not None and any(
            t.ent_type_ == "PERSON" and chain[t.i] == cid for t in doc[: tok.left_edge.i]
        )
        found = coref.description_referent(doc, tok)
        yield tok, cid, named_before, found, chain


def report_descriptions(label: str, docs: list[Doc], gold: list[list[tuple[int, int, str]]]):
    """Definite descriptions of people ("the senator"): of those the resolver links, the share
    linked to the gold chain's person (precision); of those gold links to a person named before
    them, the share resolved right and the share left unlinked. Both for every such description
    and for the subjects of speech and belief verbs."""
    cue_verbs = SPEECH_VERBS | BELIEF_VERBS
    rows = {"all": [0, 0, 0, 0, 0], "speech/belief subjects": [0, 0, 0, 0, 0]}
    for doc, mentions in zip(docs, gold, strict=True):
        for tok, cid, named_before, found, chain in description_problems(doc, mentions):
            right = found is not None and cid is not None and chain[found[1].root.i] == cid
            keys = ["all"]
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in cue_verbs:
                keys.append("speech/belief subjects")
            for k in keys:
                r = rows[k]
                r[0] += found is not None  # linked
                r[1] += right  # linked right
                r[2] += named_before  # gold: a person named before
                r[3] += named_before and right
                r[4] += named_before and found is None
    # Every "the" + singular noun outside a name, not set beside one (apposition, predicate), that
    # gold links to a person named before it: how many the resolver reaches at all.
    wide = wide_ok = 0
    for doc, mentions in zip(docs, gold, strict=True):
        chain = token_chains(mentions, len(doc))
        for tok in doc:
            if tok.tag_ not in ("NN", "NNP") or tok.ent_type_ or tok.dep_ in ("appos", "attr"):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            cid = chain[tok.i]
            if cid is None or not any(
                t.ent_type_ == "PERSON" and chain[t.i] == cid for t in doc[: tok.left_edge.i]
            ):
                continue
            wide += 1
            found = coref.description_referent(doc, tok)
            wide_ok += found is not None and chain[found[1].root.i] == cid
    print(f"definite descriptions of people, GUM {label} ({len(docs)} documents):")
    print(
        f"  every 'the' + singular noun (no name) gold-linked to a person named before: {wide},"
        f" resolved right {wide_ok} = {wide_ok / max(wide, 1):.3f}"
    )
    for k, (linked, ok, gold_n, gold_ok, gold_none) in rows.items():
        print(
            f"  {k}: precision {ok}/{linked} = {ok / max(linked, 1):.3f}; of {gold_n} gold-linked"
            f" to a named person: resolved right {gold_ok} = {gold_ok / max(gold_n, 1):.3f},"
            f" left unlinked {gold_none} = {gold_none / max(gold_n, 1):.3f}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
