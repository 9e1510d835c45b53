"""Fit the timeline's confidence model and write app/extract/timeline_confidence.json.

Two steps, both on the training part only (every file of TBAQ-cleaned and MEANTIME but every
4th, which benchmarks/eval_timeline.py holds out for scoring):

    .venv/bin/python benchmarks/eval_timeline.py --split train --cache /tmp/tl \\
        --rows /tmp/tl/rows_train.jsonl
    .venv/bin/python scripts/train_timeline_confidence.py /tmp/tl/rows_train.jsonl

A row is one timeline entry: its features (`timeline.entry_features`) and whether it was right
(a gold event, with the gold modality class, and a date the gold links agree with). The model
is an L2-regularised logistic regression (scikit-learn, a development dependency); its weights
go into a small JSON file that the runtime applies in plain Python.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict

OUT = Path(__file__).resolve().parents[1] / "app" / "extract" / "timeline_confidence.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", type=Path, help="JSONL rows from eval_timeline.py --rows")
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    rows = [json.loads(line) for line in args.rows.read_text(encoding="utf-8").splitlines()]
    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform([r["x"] for r in rows])
    y = [r["y"] for r in rows]
    groups = [r["doc"] for r in rows]
    model = LogisticRegression(C=args.c, max_iter=2000)
    # cross-validated by document: how calibrated the model is on documents it has not seen
    p = cross_val_predict(model, x, y, groups=groups, cv=GroupKFold(5), method="predict_proba")
    bins: dict[int, list[tuple[float, int]]] = {}
    for prob, label in zip(p[:, 1], y, strict=True):
        bins.setdefault(min(int(prob * 10), 9), []).append((prob, label))
    ece = sum(
        len(b) / len(y) * abs(sum(q for q, _ in b) / len(b) - sum(t for _, t in b) / len(b))
        for b in bins.values()
    )
    print(f"{len(rows)} rows, {sum(y)} right; 5-fold (by document) ECE {ece:.3f}")
    model.fit(x, y)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    args.out.write_text(
        json.dumps(
            {
                "trained_on": "TBAQ-cleaned + MEANTIME airbus/apple, all files but every 4th",
                "rows": len(rows),
                "bias": round(float(model.intercept_[0]), 4),
                "weights": dict(sorted(weights.items())),
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
