"""Facts in the quality gate: the `facts` block of thresholds and baseline files.

    "facts": {"f1": 0.5, "mean_document_f1": 0.5,          # micro tuple scores
              "types": {"OPERATION": {"f1": 0.6}}}          # per fact type

Metrics: precision, recall, f1 (tuples), exact_facts, mean_document_f1.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .model import FACT_TYPES
from .score import FactReport

METRICS = ("precision", "recall", "f1", "exact_facts", "mean_document_f1")
BASELINE_METRICS = ("f1", "mean_document_f1")


def metrics(report: FactReport) -> dict[str, Any]:
    """Every facts metric, micro and per type (types with neither gold nor prediction left out)."""
    data = report.to_dict()
    micro = {m: data["micro"][m] for m in ("precision", "recall", "f1")}
    micro.update(exact_facts=data["exact_facts"], mean_document_f1=data["mean_document_f1"])
    types = {t: {m: c[m] for m in ("precision", "recall", "f1")} for t, c in data["per_type"].items()
             if c["gold"] or c["predicted"]}
    return {**micro, "types": types}


def validate(block: object, where: str) -> list[str]:
    """Every problem of a `facts` block, one line each."""
    problems: list[str] = []
    if not isinstance(block, dict):
        return [f"{where}: facts must be a JSON object of metric: minimum (and types)"]

    def values(name: str, values: object) -> None:
        if not isinstance(values, dict):
            problems.append(f"{where}: {name} must be a JSON object of metric: minimum")
            return
        for metric, value in values.items():
            if metric not in METRICS:
                problems.append(f"{where}: unknown facts metric '{metric}' in {name} (known: {', '.join(METRICS)})")
            elif isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                problems.append(f"{where}: {name} {metric} is {value!r}, not a number between 0 and 1")

    values("facts", {k: v for k, v in block.items() if k != "types"})
    types = block.get("types", {})
    if not isinstance(types, dict):
        problems.append(f"{where}: facts types must be a JSON object")
    else:
        for kind, vals in types.items():
            if kind not in FACT_TYPES:
                problems.append(f"{where}: unknown fact type '{kind}' (known: {', '.join(FACT_TYPES)})")
            else:
                values(f"facts {kind}", vals)
    return problems


def compare(current: Mapping[str, Any], expected: Mapping[str, Any], allowance: float,
            wanted: tuple[str, ...] | None) -> tuple[list[tuple[str | None, str, float, float]], int]:
    """(type or None, metric, expected, got) for each score below `expected - allowance`, and how
    many scores were compared."""
    found = []
    blocks = [(None, {k: v for k, v in expected.items() if k != "types"}, current)]
    blocks += [(t, v, current.get("types", {}).get(t)) for t, v in expected.get("types", {}).items()]
    for kind, values, got_values in blocks:
        if got_values is None:
            continue
        for metric, value in values.items():
            if (wanted and metric not in wanted) or metric not in got_values:
                continue
            found.append((kind, metric, float(value), float(got_values[metric])))
    return [(k, m, e, g) for k, m, e, g in found if g < e - allowance - 1e-12], len(found)
