"""How likely a timeline entry is right: a logistic model over what the entry is and how it was
found, trained on the training part of TimeBank+AQUAINT and MEANTIME and shipped as weights.

`scripts/train_timeline_confidence.py` fits it with scikit-learn (a development dependency) and
writes `timeline_confidence.json`; at run time the weights are applied in plain Python. An entry
is "right" when its trigger is a gold event, its modality class (fact, negated, future,
uncertain) is the gold one, and its date, when it has one, agrees with the gold event-time links.
The reliability table and the expected calibration error on held-out documents are printed by
`benchmarks/eval_timeline.py`.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib import resources

from app.extract.logistic import logistic


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    trained_on: str = "untrained"


@functools.cache
def load_weights() -> ConfidenceModel:
    """The shipped model (an untrained one, 0.5 for every entry, if the file is missing)."""
    path = resources.files("app.extract").joinpath("timeline_confidence.json")
    if not path.is_file():
        return ConfidenceModel()
    data = json.loads(path.read_text(encoding="utf-8"))
    return ConfidenceModel(
        {str(k): float(v) for k, v in data["weights"].items()},
        float(data["bias"]),
        str(data.get("trained_on", "")),
    )


def confidence(features: dict[str, float], model: ConfidenceModel) -> float:
    """The model's probability that the entry is right, rounded to 3 places."""
    return round(logistic(model.weights, model.bias, features), 3)
