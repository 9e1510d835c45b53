"""Train the claims filter on PolNeAR train and calibrate its confidence on PolNeAR dev.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/train_claim_filter.py --cache /tmp/polnear-docs

Writes app/extract/claim_filter.json: the weights of a logistic regression over the features
`app.extract.claims.candidate_claims` gives each candidate attribution, the score under which a
candidate is dropped (chosen on train by grouped cross-validation for the best claim-by-claim
F1), and an isotonic map from score to confidence fitted on dev, where a claim counts as right
when its content overlaps a gold content, its source is the gold source and its cue overlaps
the gold cue (`eval_claims.all_three`). Fixed seed; scikit-learn is a dev dependency only.
Gold is read only here, never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
from eval_claims import all_three, parsed, read_split, reliability  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.isotonic import IsotonicRegression  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from app.extract.claim_filter import WEIGHTS  # noqa: E402
from app.extract.claims import candidate_claims  # noqa: E402
from app.extract.model import Claim  # noqa: E402
from app.extract.nlp import load_nlp  # noqa: E402

SEED = 15
C = 0.3
TOLERANCE = 0.005


def collect(
    split: str, cache: Path | None
) -> tuple[list, list[dict[str, float]], list[int], list[int], int]:
    """Candidates of a split: (doc, claims) per document, features, labels, doc ids, gold count."""
    docs = read_split(split)
    nlp = load_nlp()
    per_doc = []
    feats: list[dict[str, float]] = []
    labels: list[int] = []
    groups: list[int] = []
    for k, (doc, gold) in enumerate(zip(parsed(nlp, docs, cache, split, None), docs, strict=True)):
        cands = candidate_claims(doc, [])
        claims = [c for c, _ in cands]
        right = all_three(gold, claims)
        per_doc.append((gold, cands))
        for (_, f), g in zip(cands, right, strict=True):
            feats.append(f)
            labels.append(int(g is not None))
            groups.append(k)
    return per_doc, feats, labels, groups, sum(len(d.relations) for d in docs)


def f1_at(per_doc: list, scores: np.ndarray, cut: float, n_gold: int) -> tuple[float, float, float]:
    """Claim-by-claim P/R/F1 when candidates scoring under `cut` are dropped (pairs recomputed)."""
    k = 0
    tp = pred = 0
    for gold, cands in per_doc:
        kept: list[Claim] = []
        for c, _ in cands:
            if scores[k] >= cut:
                kept.append(c)
            k += 1
        tp += sum(g is not None for g in all_three(gold, kept))
        pred += len(kept)
    p = tp / pred if pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def kept_judgements(
    per_doc: list, scores: np.ndarray, cut: float
) -> tuple[list[float], list[int], list[int]]:
    """Scores, all-three labels and document of the candidates kept at `cut` (pairs recomputed)."""
    xs: list[float] = []
    ys: list[int] = []
    docs: list[int] = []
    k = 0
    for d, (gold, cands) in enumerate(per_doc):
        kept: list[tuple[Claim, float]] = []
        for c, _ in cands:
            if scores[k] >= cut:
                kept.append((c, float(scores[k])))
            k += 1
        right = all_three(gold, [c for c, _ in kept])
        for (_, s), g in zip(kept, right, strict=True):
            xs.append(s)
            ys.append(int(g is not None))
            docs.append(d)
    return xs, ys, docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="parsed documents (a DocBin)")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)

    train_docs, feats, labels, groups, n_gold = collect("train", args.cache)
    vec = DictVectorizer()
    X = vec.fit_transform(feats)
    y = np.array(labels)
    print(f"train: {X.shape[0]} candidates, {int(y.sum())} right in every part, {n_gold} gold")

    oof = np.zeros(len(y))
    for fit_idx, test_idx in GroupKFold(n_splits=5).split(X, y, groups):
        clf = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
        clf.fit(X[fit_idx], y[fit_idx])
        oof[test_idx] = clf.predict_proba(X[test_idx])[:, 1]
    curve = []
    for cut in np.arange(0.0, 0.6, 0.02):
        p, r, f = f1_at(train_docs, oof, float(cut), n_gold)
        print(f"  train cross-validated, drop under {cut:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
        curve.append((float(cut), f))
    # Extraction drops only what is clearly no claim: the lowest cut whose F1 is within
    # TOLERANCE of the best. Precision beyond that is the reader's choice of min_confidence,
    # which the calibrated confidence makes meaningful.
    best_f = max(f for _, f in curve)
    drop_below = min(c for c, f in curve if f >= best_f - TOLERANCE)
    print(f"drop_below = {drop_below:.2f} (best train cross-validated all-three F1 {best_f:.3f})")

    clf = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
    clf.fit(X, y)
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 5)
        for n, w in zip(names, clf.coef_[0], strict=True)
        if abs(w) > 1e-5
    }
    bias = float(clf.intercept_[0])

    dev_docs, dfeats, _, _, _ = collect("dev", args.cache)
    dscores = clf.predict_proba(vec.transform(dfeats))[:, 1]
    xs, ys, dgroups = kept_judgements(dev_docs, dscores, drop_below)
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, increasing=True, out_of_bounds="clip")
    iso.fit(xs, ys)
    # An honest estimate of the calibration error: fit on half the dev documents, measure on
    # the other half, both ways.
    halves = np.array(dgroups) % 2
    held: list[tuple[float, bool]] = []
    for h in (0, 1):
        part = IsotonicRegression(y_min=0.0, y_max=1.0, increasing=True, out_of_bounds="clip")
        fit = halves != h
        part.fit(np.array(xs)[fit], np.array(ys)[fit])
        pred = part.predict(np.array(xs)[~fit])
        held.extend(zip(pred.tolist(), (np.array(ys)[~fit] == 1).tolist(), strict=True))
    _, ece_cv = reliability(held)
    in_sample = list(zip(iso.predict(xs).tolist(), [bool(v) for v in ys], strict=True))
    _, ece_in = reliability(in_sample)
    print(f"dev: {len(xs)} kept claims; ECE in-sample {ece_in:.3f}, 2-fold held-out {ece_cv:.3f}")

    out = {
        "about": "claims filter: logistic regression trained on PolNeAR train "
        "(benchmarks/train_claim_filter.py), isotonic calibration on PolNeAR dev",
        "seed": SEED,
        "C": C,
        "bias": round(bias, 5),
        "drop_below": round(drop_below, 4),
        "weights": dict(sorted(weights.items())),
        "calibration": {
            "x": [round(float(v), 5) for v in iso.X_thresholds_],
            "y": [round(float(v), 5) for v in iso.y_thresholds_],
        },
        "ece_dev_heldout_halves": round(ece_cv, 4),
    }
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
