"""`partex evaluate`'s report as tables for people (rich renderables)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .evaluate import MEASURES, SCHEMES, SCOPES, NormScore, Report, Score
from .unlisted import unlisted_table

def _fmt(value: float, present: bool = True) -> str:
    return f"{value:.3f}" if present else "–"


def report_renderables(report: Report, *, diff: bool = False, by_doc: bool = False) -> list[Any]:
    """Rich tables for a report: one per scope, the micro-averages, and optionally by document and the diff."""
    from rich.table import Table  # rendering only; the scores need no rich

    out: list[Any] = []
    summary = Table(title=f"Micro-averages ({report.documents} documents"
                          f"{f', {report.ignored_predictions} predictions on other documents ignored' if report.ignored_predictions else ''})")
    summary.add_column("scope")
    summary.add_column("scheme")
    for column in ("P", "R", "F1", "norm acc. (n)"):
        summary.add_column(column, justify="right")
    for name, scope in report.scopes.items():
        for scheme in SCHEMES:
            norm = f"{_fmt(scope.norm.accuracy, scope.norm.matched > 0)} ({scope.norm.matched})" \
                if scheme == "strict" else ""
            summary.add_row(name if scheme == "strict" else "", scheme,
                            *(_fmt(getattr(scope.micro[scheme], m), scope.present) for m in MEASURES), norm,
                            end_section=scheme == SCHEMES[-1])
    for name, scope in report.scopes.items():
        table = Table(title=f"{name} labels")
        for column in ("label", "gold", "pred"):
            table.add_column(column, justify="left" if column == "label" else "right")
        for scheme in ("strict", "partial"):
            for measure in MEASURES:
                table.add_column(f"{scheme} {'F1' if measure == 'f1' else measure[0].upper()}", justify="right")
        table.add_column("norm acc. (n)", justify="right")

        def row(title: str, schemes: Mapping[str, Score], norm: NormScore, style: str | None = None) -> None:
            present = schemes["strict"].present
            table.add_row(
                title, str(schemes["strict"].possible), str(schemes["strict"].actual),
                *(_fmt(getattr(schemes[s], m), present) for s in ("strict", "partial") for m in MEASURES),
                f"{_fmt(norm.accuracy, norm.matched > 0)} ({norm.matched})", style=style)

        for label in scope.labels:
            row(label, scope.per_label[label], scope.norm_per_label[label])
        row(f"micro ({name})", scope.micro, scope.norm, style="bold")
        out.append(table)
    out.append(summary)
    if report.unlisted is not None:
        out.append(unlisted_table(report.unlisted))
    if by_doc:
        out.append(_by_doc_table(report))
    if diff:
        table = Table(title=f"Disagreements ({len(report.diff)})")
        for column in ("kind", "doc_id", "gold", "pred", "context"):
            table.add_column(column, overflow="fold")
        for r in report.diff:
            gold = f"{r.gold_label} {r.gold_text!r} → {r.gold_norm}" if r.gold_label else ""
            pred = f"{r.pred_label} {r.pred_text!r} → {r.pred_norm}" if r.pred_label else ""
            table.add_row(r.kind, r.doc_id, gold, pred, r.context)
        out.append(table)
    return out


def _by_doc_table(report: Report) -> Any:
    """Strict F1 per scope and norm accuracy, per document."""
    from rich.table import Table

    table = Table(title="By document")
    table.add_column("doc_id")
    for name in SCOPES:
        table.add_column(f"{name} strict F1", justify="right")
    table.add_column("norm acc. (n)", justify="right")
    for doc_id, scopes in report.by_doc.items():
        table.add_row(doc_id, *(_fmt(scopes[n].micro["strict"].f1, scopes[n].present) for n in SCOPES),
                      f"{_fmt(scopes['all'].norm.accuracy, scopes['all'].norm.matched > 0)} "
                      f"({scopes['all'].norm.matched})")
    return table
