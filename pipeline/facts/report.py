"""Facts scores for people: reading an extract's facts, and the tables `partex evaluate` prints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..columns import FACT_COLUMNS
from ..formats import find_table, read_table
from ..messages import InputError, Problem
from .score import FactReport


def read_extract_facts(extract: Path | str) -> list[dict]:
    """The fact rows of an extract folder (facts.csv, .parquet or .jsonl), or of a facts table."""
    path = Path(extract)
    if path.is_dir():
        found = find_table(path, "facts")
        if found is None:
            raise InputError([Problem(str(path), None, "no facts table in this folder "
                                                        "(facts.csv, facts.parquet or facts.jsonl)")])
        path = found
    frame = read_table(path)
    missing = [c for c in FACT_COLUMNS[:5] if c not in frame.columns]
    if missing:
        raise InputError([Problem(str(path), None, f"missing column(s) {', '.join(missing)}")])
    return frame.to_dict("records")


def renderables(report: FactReport, *, diff: bool = False) -> list[Any]:
    """Rich tables: tuple scores per type and micro, the share of exact facts, the mean of the
    per-document F1; with `diff`, every missed and spurious tuple."""
    from rich.table import Table

    table = Table(title=f"Facts (tuples): exact facts {report.exact_share:.3f} of "
                        f"{report.predicted_facts}, mean document F1 {report.mean_doc_f1:.3f}")
    for column in ("type", "gold", "pred", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for kind, c in [*report.per_type.items(), ("micro", report.micro)]:
        table.add_row(kind, str(c.gold), str(c.pred), f"{c.precision:.3f}", f"{c.recall:.3f}",
                      f"{c.f1:.3f}", style="bold" if kind == "micro" else None)
    out: list[Any] = [table]
    if diff:
        listing = Table(title="Facts: missed and spurious tuples")
        for column in ("kind", "doc_id", "tuple"):
            listing.add_column(column, overflow="fold")
        for kind, items in (("missed", report.missed), ("spurious", report.spurious)):
            for doc_id, item in items:
                listing.add_row(kind, doc_id, " | ".join(_show(v) for v in item))
        out.append(listing)
    return out


def _show(value: object) -> str:
    return " + ".join(value) if isinstance(value, tuple) else str(value)
