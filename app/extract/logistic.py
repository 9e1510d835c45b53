"""The one way the shipped linear models are applied: a logistic score over named features.

The claim filter, the timeline confidence and the name filter are logistic regressions fitted
with scikit-learn (a development dependency) and shipped as weights; at run time they are
applied here in plain Python.
"""

from __future__ import annotations

import math
from collections.abc import Mapping


def logistic(weights: Mapping[str, float], bias: float, features: Mapping[str, float]) -> float:
    """The model's probability for `features`; features it has no weight for count nothing."""
    z = bias + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
