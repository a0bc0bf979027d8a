"""Regression checks for CI: scores against fixed thresholds and against a committed baseline.

`corpus/thresholds.json` holds minimums a release must reach; `corpus/baseline.json` holds the
scores of the last accepted release, written by `--update-baseline`. A score below a threshold,
or more than `tolerance` below the baseline, is a `Regression`.

Thresholds file::

    {"core": {"strict_f1": 0.90},            # a scope: core, extended or all
     "norm_accuracy": 0.95,                  # a metric at the top level applies to "core"
     "labels": {"ORG": {"strict_f1": 0.85}}} # per label

Metric ids: `<scheme>_<measure>` with scheme strict/exact/partial/type and measure
precision/recall/f1, and `norm_accuracy`. A `facts` block gates the facts the same way when a
facts gold is given (see `partex.facts.check`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import messages as msg
from .columns import LABELS
from .evaluate import METRICS, SCOPES, Report, evaluate, metric_name
from .gold import extract_from_frame, load_documents, load_gold
from .messages import InputError

DEFAULT_TOLERANCE = 0.005
# What the baseline check compares (the baseline file records every metric, for reading).
BASELINE_METRICS = ("strict_f1", "partial_f1", "norm_accuracy")
HEADLINE_SCOPE = "core"
EXTRACT_SOURCE = "partex.extractor.extract_corpus"


@dataclass(frozen=True)
class Regression:
    """A score below its threshold or baseline."""

    kind: str  # "threshold" or "baseline"
    scope: str  # "core", "extended", "all", "label" or "facts"
    label: str | None  # the label when scope == "label"
    metric: str  # e.g. "strict_f1"
    expected: float
    got: float

    @property
    def drop(self) -> float:
        """got - expected (negative)."""
        return self.got - self.expected

    @property
    def who(self) -> str:
        """The label, or the scope name."""
        return self.label if self.label else self.scope

    @property
    def message(self) -> str:
        """One line: what fell, from what, to what."""
        template = msg.BELOW_BASELINE if self.kind == "baseline" else msg.BELOW_THRESHOLD
        name = (f"facts {self.metric.replace('_', ' ')}" if self.scope == "facts"
                else metric_name(self.metric))
        return template.format(who=self.who, metric=name, expected=self.expected,
                               got=self.got, drop=self.drop)

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        """Plain values, with the drop and the message."""
        return {**asdict(self), "drop": self.drop, "message": self.message}


@dataclass
class CheckResult:
    """What `run_check` found: the report, the regressions, and what it wrote or skipped."""

    report: Report
    regressions: list[Regression]
    compared: int
    notes: list[str] = field(default_factory=list)
    baseline_written: bool = False
    facts: dict[str, Any] | None = None  # the facts metrics, when a facts gold was given

    @property
    def passed(self) -> bool:
        """No regression."""
        return not self.regressions


# --- thresholds -------------------------------------------------------------------------------

def validate_thresholds(data: object, path: Path | str | None = None) -> list[str]:
    """Every problem of a thresholds object, one line each naming the file."""
    problems: list[str] = []

    def bad(message: str) -> None:
        problems.append(msg.problem_line(path, None, message))

    def check_block(block: str, values: object) -> None:
        if not isinstance(values, dict):
            bad(msg.THRESHOLD_NOT_OBJECT.format(block=block))
            return
        for metric, value in values.items():
            if metric not in METRICS:
                bad(msg.THRESHOLD_UNKNOWN_METRIC.format(metric=metric, block=block))
            elif isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                bad(msg.THRESHOLD_BAD_VALUE.format(block=block, metric=metric, value=value))

    if not isinstance(data, dict):
        bad(msg.THRESHOLD_NOT_OBJECT.format(block="the file"))
        return problems
    known = ", ".join([*SCOPES, "labels", "facts"]) + ", or a metric id"
    top = {k: v for k, v in data.items() if k in METRICS}
    if top:
        check_block("top level", top)
    for key, value in data.items():
        if key in METRICS:
            continue
        if key in SCOPES:
            check_block(key, value)
        elif key == "facts":
            from .facts.check import validate

            problems.extend(msg.problem_line(path, None, line) for line in validate(value, "facts"))
        elif key == "labels":
            if not isinstance(value, dict):
                bad(msg.THRESHOLD_NOT_OBJECT.format(block="labels"))
                continue
            for label, values in value.items():
                if label not in LABELS:
                    bad(msg.THRESHOLD_UNKNOWN_LABEL.format(label=label, known=", ".join(LABELS)))
                else:
                    check_block(label, values)
        else:
            bad(msg.THRESHOLD_UNKNOWN_KEY.format(key=key, known=known))
    return problems


def normalise_thresholds(data: Mapping[str, Any]) -> dict[str, Any]:
    """Thresholds in the shape of `Report.metrics()`: top-level metrics moved into the headline scope."""
    out: dict[str, Any] = {scope: dict(data.get(scope, {})) for scope in SCOPES if scope in data}
    for metric in METRICS:
        if metric in data:
            out.setdefault(HEADLINE_SCOPE, {})[metric] = data[metric]
    out["labels"] = {label: dict(values) for label, values in data.get("labels", {}).items()}
    if "facts" in data:
        out["facts"] = data["facts"]
    return out


def _read_json(path: Path) -> Any:
    if not path.is_file():
        raise InputError([msg.problem_line(path, None, msg.FILE_MISSING)])
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as err:
        raise InputError([msg.problem_line(path, None, msg.NOT_UTF8.format(error=err))]) from None
    except json.JSONDecodeError as err:
        raise InputError([msg.problem_line(path, err.lineno, msg.BAD_JSON.format(error=err.msg))]) from None


def load_thresholds(path: Path | str) -> dict[str, Any]:
    """Read and check a thresholds file; raises `InputError` with every problem."""
    path = Path(path)
    data = _read_json(path)
    problems = validate_thresholds(data, path)
    if problems:
        raise InputError(problems)
    return normalise_thresholds(data)


def load_baseline(path: Path | str) -> dict[str, Any] | None:
    """Read a baseline file (the shape of `Report.metrics()`); None when there is none yet."""
    path = Path(path)
    if not path.exists():
        return None
    data = _read_json(path)
    problems = validate_thresholds(data, path)  # same shape: scopes and labels of metric: value
    if problems:
        raise InputError(problems)
    return normalise_thresholds(data)


def baseline_data(report: Report) -> dict[str, Any]:
    """What `--update-baseline` writes: every metric by scope and label, rounded to 6 places."""
    def rounded(values: Mapping[str, float]) -> dict[str, float]:
        return {k: round(v, 6) for k, v in values.items()}
    metrics = report.metrics()
    out: dict[str, Any] = {scope: rounded(metrics[scope]) for scope in SCOPES if scope in metrics}
    out["labels"] = {label: rounded(values) for label, values in metrics["labels"].items()}
    return out


def write_baseline(report: Report, path: Path | str, facts: dict[str, Any] | None = None) -> None:
    """Write the report's metrics (and the facts metrics) as the new baseline (sorted keys, so a
    diff shows what changed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = baseline_data(report)
    if facts is not None:
        data["facts"] = facts
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                    encoding="utf-8")


# --- comparing ----------------------------------------------------------------------------------

def _blocks(data: Mapping[str, Any]) -> list[tuple[str, str | None, Mapping[str, float]]]:
    blocks: list[tuple[str, str | None, Mapping[str, float]]] = [
        (scope, None, data[scope]) for scope in SCOPES if scope in data]
    blocks += [("label", label, values) for label, values in sorted(data.get("labels", {}).items())]
    return blocks


def _current(metrics: Mapping[str, Any], scope: str, label: str | None) -> Mapping[str, float] | None:
    if scope == "label":
        return metrics["labels"].get(label)
    return metrics.get(scope)


def compare_scores(
    report: Report, thresholds: Mapping[str, Any] | None, baseline: Mapping[str, Any] | None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> tuple[list[Regression], int]:
    """The regressions and how many comparisons were made.

    Both take the shape of the thresholds file (a top-level metric applies to "core"). A scope
    or label with no gold and no predicted mention is not compared (there is nothing to
    measure). Thresholds are hard minimums; the baseline allows `tolerance` below it.
    """
    metrics = report.metrics()
    thresholds = normalise_thresholds(thresholds) if thresholds else None
    baseline = normalise_thresholds(baseline) if baseline else None
    regressions: list[Regression] = []
    compared = 0
    for kind, data, allowance, wanted in (("threshold", thresholds, 0.0, None),
                                          ("baseline", baseline, tolerance, BASELINE_METRICS)):
        if not data:
            continue
        for scope, label, expected_values in _blocks(data):
            current = _current(metrics, scope, label)
            if current is None:
                continue
            for metric, expected in sorted(expected_values.items(), key=lambda kv: METRICS.index(kv[0])):
                if (wanted is not None and metric not in wanted) or metric not in current:
                    continue
                compared += 1
                got = current[metric]
                if got < float(expected) - allowance - 1e-12:
                    regressions.append(Regression(kind, scope, label, metric, float(expected), got))
    return regressions, compared


def check_scores(
    report: Report, thresholds: Mapping[str, Any] | None, baseline: Mapping[str, Any] | None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> list[Regression]:
    """Every score below its threshold, or more than `tolerance` below its baseline."""
    return compare_scores(report, thresholds, baseline, tolerance)[0]


def run_check(
    corpus_dir: Path | str,
    gold_path: Path | str,
    extract_fn: Callable[[Path], pd.DataFrame],
    thresholds_path: Path | str,
    baseline_path: Path | str,
    update_baseline: bool = False,
    tolerance: float = DEFAULT_TOLERANCE,
    facts_gold_path: Path | str | None = None,
) -> CheckResult:
    """Extract the corpus, score it against the gold, and compare with thresholds and baseline.

    `extract_fn(corpus_dir)` returns the mentions table (its `attrs["facts"]`: the fact rows);
    the caller supplies it. With `facts_gold_path` the facts are scored and gated too. With
    `update_baseline` the baseline file is rewritten from these scores and only the thresholds
    are checked. Bad input raises `InputError` (every problem, one line each), and so does a
    check that would compare nothing: an empty corpus, a gold file with no mention (its rows
    naming no document of the corpus are problems of their own), no score compared.
    """
    corpus_dir = Path(corpus_dir)
    documents = load_documents(corpus_dir)
    if not documents:
        raise InputError([msg.problem_line(corpus_dir, None, msg.CORPUS_EMPTY)])
    gold = load_gold(gold_path, corpus_dir)
    if gold.empty:  # a check that compares nothing must not pass
        raise InputError([msg.problem_line(gold_path, None, msg.GOLD_EMPTY)])
    thresholds = load_thresholds(thresholds_path)
    baseline = None if update_baseline else load_baseline(baseline_path)
    frame = extract_fn(corpus_dir)
    pred = extract_from_frame(frame, documents, path=EXTRACT_SOURCE)
    report = evaluate(gold, pred, documents)
    regressions, compared = compare_scores(report, thresholds, baseline, tolerance)
    facts = None
    if facts_gold_path is not None:
        facts = _facts_metrics(Path(facts_gold_path), gold, frame.attrs.get("facts", []))
        more, n = _facts_regressions(facts, thresholds, baseline, tolerance)
        regressions += more
        compared += n
    if not compared and not update_baseline:
        raise InputError([msg.NOTHING_COMPARED.format(thresholds=thresholds_path,
                                                      baseline=baseline_path)])
    notes: list[str] = []
    written = False
    if update_baseline:
        write_baseline(report, baseline_path, facts)
        notes.append(msg.BASELINE_WRITTEN.format(path=baseline_path))
        written = True
    elif baseline is None:
        notes.append(msg.BASELINE_MISSING.format(path=baseline_path))
    return CheckResult(report, regressions, compared, notes, written, facts)


def _facts_metrics(path: Path, gold: pd.DataFrame, predicted: list[dict]) -> dict[str, Any]:
    from .facts.check import metrics
    from .facts.gold import load_facts_gold, read_publishers
    from .facts.score import score_facts

    facts_gold = load_facts_gold(path, gold, read_publishers(path.parent / "publishers.csv"))
    return metrics(score_facts(facts_gold.to_dict("records"), predicted, sorted(set(gold["doc_id"]))))


def _facts_regressions(facts: dict[str, Any], thresholds: Mapping[str, Any] | None,
                       baseline: Mapping[str, Any] | None, tolerance: float) -> tuple[list[Regression], int]:
    from .facts.check import BASELINE_METRICS as FACTS_BASELINE
    from .facts.check import compare

    found: list[Regression] = []
    compared = 0
    for kind, data, allowance, wanted in (("threshold", thresholds, 0.0, None),
                                          ("baseline", baseline, tolerance, FACTS_BASELINE)):
        if data and "facts" in data:
            below, n = compare(facts, data["facts"], allowance, wanted)
            compared += n
            found += [Regression(kind, "facts", t, m, e, g) for t, m, e, g in below]
    return found, compared
