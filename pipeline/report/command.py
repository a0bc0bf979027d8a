"""`partex report`, and the report `partex extract --report` writes: a thin layer over
`partex.report.write_report`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli_common import fail
from ..messages import InputError


def make_report(extract: Path, html: Optional[Path] = None, *, gold: Optional[Path] = None,
                facts_gold: Optional[Path] = None, texts: Optional[Path] = None,
                force: bool = False, workers: Optional[int] = None) -> None:
    """Write the report and say where on stderr; exit 2 with one line per problem when it cannot."""
    from . import write_report

    try:
        result = write_report(extract, html, gold=gold, facts_gold=facts_gold, texts=texts, force=force,
                              workers=workers)
    except InputError as err:
        fail(err)
    for note in result.notes:
        typer.echo(f"partex: {note}", err=True)
    where = result.path / "index.html" if not result.single else result.path
    typer.echo(f"partex: report of {result.documents} document(s) written to {where}", err=True)


def report_command(
    extract: Annotated[Path, typer.Argument(
        help="An extract folder (what partex extract wrote: mentions, facts, network, errors, "
             "manifest.json; CSV, Parquet or JSON Lines).")],
    html: Annotated[Optional[Path], typer.Option(
        "--html", help="Where to write: a .html file (one self-contained file) or a folder "
                       "(index.html and a page per document). Default: EXTRACT/report.html, or "
                       "EXTRACT/report/ past 500 documents.")] = None,
    gold: Annotated[Optional[Path], typer.Option(
        "--gold", help="A gold CSV: per-label scores (those of partex evaluate) and, in each text, "
                       "missed mentions, false alarms and wrong norms marked.")] = None,
    facts_gold: Annotated[Optional[Path], typer.Option(
        "--facts-gold", help="A facts gold (doc_id,fact,type,role,norm): facts scored and marked.")] = None,
    texts: Annotated[Optional[Path], typer.Option(
        "--texts", help="Read the texts from this folder (as partex extract FOLDER names them) "
                        "instead of the paths in manifest.json.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing report.")] = False,
    workers: Annotated[Optional[int], typer.Option(
        help="Processes writing a folder report's pages (default: one per core).", min=1)] = None,
) -> None:
    """Write an HTML report of an extract: each text with its mentions and facts, the batch's
    counts, network and timeline, and with --gold every disagreement. Nothing is fetched when
    it is opened.

    Exit status: 0 when written, 2 for bad input (unreadable extract or gold, report exists).
    """
    make_report(extract, html, gold=gold, facts_gold=facts_gold, texts=texts, force=force, workers=workers)
