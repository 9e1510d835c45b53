"""The learned filter over candidate attributions, and the confidence of every claim.

A logistic regression over features of the parse, the cue and the source (trained on PolNeAR
train by `benchmarks/train_claim_filter.py`, fixed seed) scores each candidate; candidates
below the learned cut are not claims. The score is then mapped through an isotonic calibration
fitted on PolNeAR dev, so `confidence` is the observed share of claims with that score that are
right in every part (source, cue and content). The weights ship as `claim_filter.json` and are
applied here with plain Python: the service needs no scikit-learn.
"""

from __future__ import annotations

import bisect
import functools
import json
from dataclasses import dataclass
from pathlib import Path

from app.extract.logistic import logistic

WEIGHTS = Path(__file__).with_name("claim_filter.json")


@dataclass(frozen=True, slots=True)
class FilterModel:
    weights: dict[str, float]
    bias: float
    drop_below: float  # raw score under which a candidate is not reported
    cal_x: tuple[float, ...]  # isotonic calibration: raw score -> confidence, interpolated
    cal_y: tuple[float, ...]

    def raw(self, features: dict[str, float]) -> float:
        return logistic(self.weights, self.bias, features)

    def confidence(self, raw: float) -> float:
        xs, ys = self.cal_x, self.cal_y
        if not xs:
            return raw
        if raw <= xs[0]:
            return ys[0]
        if raw >= xs[-1]:
            return ys[-1]
        k = bisect.bisect_right(xs, raw)
        x0, x1, y0, y1 = xs[k - 1], xs[k], ys[k - 1], ys[k]
        return y0 if x1 == x0 else y0 + (y1 - y0) * (raw - x0) / (x1 - x0)


@functools.lru_cache(maxsize=1)
def load_filter(path: Path = WEIGHTS) -> FilterModel | None:
    """The shipped model, or None when it is missing (every candidate then kept, confidence 1)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    cal = data.get("calibration") or {"x": [], "y": []}
    return FilterModel(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        drop_below=float(data.get("drop_below", 0.0)),
        cal_x=tuple(float(x) for x in cal["x"]),
        cal_y=tuple(float(y) for y in cal["y"]),
    )
