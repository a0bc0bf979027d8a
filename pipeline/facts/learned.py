"""The learned weights of the facts stage: linear models over candidate features, read from
`patterns/facts_model.json` (written by `python -m partex.facts.train`, from the corpus gold).

Scoring a candidate is a dot product and a logistic; no machine-learning library runs at
extraction time.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..languages import DEFAULT_PATTERNS_DIR

MODEL_FILE = "facts_model.json"


@dataclass(frozen=True)
class LinearModel:
    """Weights per feature name, and the probability above which a candidate is kept."""

    weights: dict[str, float]
    threshold: float = 0.5

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability that the candidate is a fact's tuple."""
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, features: dict[str, float]) -> bool:
        """Whether the candidate is kept."""
        return self.probability(features) >= self.threshold

    @cached_property
    def wide(self) -> bool:
        """Whether the model weighs the wide candidates (weights named `wide:…`, `wide_pairs.py`):
        read once per model, not once per document."""
        return any(name.startswith("wide:") for name in self.weights)


def models_from_json(data: dict) -> dict[str, LinearModel]:
    """Models from their JSON form ({kind: {"weights": {...}, "threshold": t}})."""
    return {kind: LinearModel(dict(m["weights"]), float(m.get("threshold", 0.5)))
            for kind, m in data.get("models", {}).items()}


@lru_cache(maxsize=8)
def load_models(patterns_dir: str | Path | None = None) -> dict[str, LinearModel]:
    """The models of a patterns folder (none: the rules decide alone)."""
    path = (Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR) / MODEL_FILE
    if not path.is_file():
        return {}
    try:
        return models_from_json(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as err:
        raise ValueError(f"{path}: not a facts model ({err})") from None
