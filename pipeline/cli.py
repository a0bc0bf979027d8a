"""The `partex` command line: a thin layer over the library functions."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .cli_cache import cache_command
from .cli_common import EXIT_BAD_INPUT, fail
from .cli_extract import run_and_report
from .limits import DOC_TIMEOUT, MAX_MEMORY_MB
from .cli_eval import check_command
from .cli_eval import register as register_evaluation
from .report.command import make_report, report_command

app = typer.Typer(
    name="partex",
    help=("Turn institutional partnership texts (French, English, Spanish) into tables of "
          "organisations, dates, resolutions, countries and figures, and of the facts they state "
          "(partnerships, agreements, operations, memberships); show them in an HTML report; "
          "check extraction quality against a gold file.\n\nStart with: partex extract corpus/ "
          "--out outputs/"),
    # docstrings are written as Markdown paragraphs: their line breaks are not the terminal's
    rich_markup_mode="markdown",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

def _version(value: bool) -> None:
    if value:
        typer.echo(f"partex {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """partex: partnership texts into tables."""


def parse_models(values: list[str] | None) -> dict[str, str]:
    """`--model en=en_core_web_md` options as {lang: model}."""
    models = {}
    for value in values or []:
        lang, sep, name = value.partition("=")
        if not sep or not lang or not name:
            fail(f"--model {value!r}: write LANG=MODEL, e.g. en=en_core_web_md")
        models[lang.strip()] = name.strip()
    return models


def make_extractor(fast: bool, models: dict[str, str], patterns: Optional[Path],
                   lang: Optional[str] = None):
    """Load the pipelines, turning a bad patterns folder or a missing model into one line.

    Only the `--lang` pipeline is built now; others are built when the batch needs them
    (`partex.batch.plan.preload`), so a French batch never pays for English and Spanish. A
    patterns folder given with `--patterns` is checked whole first: every language is built.
    """
    from .extractor import Extractor
    from .gazetteer import PatternsError
    from .languages import supported_languages

    try:
        languages = (lang,) if lang else supported_languages(patterns) if patterns else ()
        return Extractor.load(fast=fast, models=models, patterns_dir=patterns, languages=languages)
    except PatternsError as err:
        for problem in err.problems:
            typer.echo(f"partex: {problem}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    except OSError as err:  # spaCy raises OSError for a model that is not installed
        fail(f"cannot load the spaCy model: {str(err).splitlines()[0]}")
    except ValueError as err:  # a malformed PARTEX_MODELS
        fail(str(err))


@app.command()
def extract(  # long: typer declares each option in the signature; the body is short
    inputs: Annotated[list[str], typer.Argument(
        help="Files, folders (read recursively), glob patterns, or - for standard input.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the tables to.")] = Path("outputs"),
    lang: Annotated[Optional[str], typer.Option(
        help="Language of every document (fr, en, es); default: detected per document.")] = None,
    fast: Annotated[bool, typer.Option(
        "--fast", help="Rules, gazetteers and normalisers only, without the statistical model.")] = False,
    workers: Annotated[Optional[int], typer.Option(
        help="Worker processes (default: one per core).", min=1)] = None,
    fmt: Annotated[list[str], typer.Option(
        "--format", "-f",
        help="Output format: csv, parquet, jsonl (repeat the option or separate with commas).")] = ["csv"],
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing output files.")] = False,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Skip documents already extracted into --out with the same content.")] = False,
    model: Annotated[Optional[list[str]], typer.Option(
        help="Trained spaCy pipeline for a language, LANG=NAME (repeatable), e.g. en=en_core_web_md.")] = None,
    patterns: Annotated[Optional[Path], typer.Option(
        help="Patterns folder to use instead of the one shipped with partex.")] = None,
    progress: Annotated[Optional[bool], typer.Option(
        "--progress/--no-progress",
        help="Show a progress bar (default: on a terminal, off in pipes and CI).")] = None,
    publisher: Annotated[Optional[str], typer.Option(
        help="The body every text speaks for with nous/we (an id, e.g. INTERPOL); "
             "default: inferred from each text.")] = None,
    doc_timeout: Annotated[float, typer.Option(
        "--doc-timeout", metavar="SECONDS",
        help="A document still running after this many seconds is an error row, its worker "
             "replaced; 0: no limit.")] = DOC_TIMEOUT,
    max_memory: Annotated[int, typer.Option(
        "--max-memory", metavar="MB",
        help="Data memory each worker may use (the shared model included); a document needing "
             "more is an error row; 0: no limit.")] = MAX_MEMORY_MB,
    text_key: Annotated[str, typer.Option(
        help="JSON Lines and CSV inputs: the field holding each document's text.")] = "text",
    id_key: Annotated[str, typer.Option(
        help="JSON Lines and CSV inputs: the field holding the doc_id (default doc_id: "
             "<file>/<record number>).")] = "id",
    publisher_key: Annotated[str, typer.Option(
        help="JSON Lines and CSV inputs: the field holding a document's publisher, when "
             "present (it overrides --publisher and inference).")] = "publisher",
    with_report: Annotated[bool, typer.Option(
        "--report", help="Also write an HTML report beside the tables: OUT/report.html, or "
                         "OUT/report/ past 500 documents (see partex report).")] = False,
    cluster: Annotated[Optional[str], typer.Option(
        help="Run on a Dask cluster: a scheduler's address (tcp://host:8786), or local:N to "
             "start N worker processes here. Inputs and --out must be paths every worker "
             "sees. Default: worker processes of this machine.")] = None,
) -> None:
    """Extract mentions and facts from texts into OUT/: mentions, entities, facts, network, errors.

    Exit status: 0 when every document was extracted; 3 when some failed (listed in
    OUT/errors.csv); 2 for bad usage, nothing done (no input found, bad option, outputs already
    there, folder in use by another run); 4 when an output could not be written (disk full);
    130 after Ctrl-C and 143 after SIGTERM (finish with --resume). A --report that could not be
    written is exit 2.
    """
    from .batch import run_batch
    from .inputs import TextColumns
    from .languages import supported_languages

    models = parse_models(model)
    if patterns is not None and not patterns.is_dir():
        fail(f"{patterns}: patterns folder not found")
    if lang is not None and lang not in supported_languages():
        fail(f"--lang {lang!r}: partex reads {', '.join(supported_languages())}")
    formats = [f.strip() for value in fmt for f in value.split(",") if f.strip()]
    from .formats import format_names

    bad_formats = sorted(set(formats) - set(format_names()))
    if bad_formats:
        fail(f"unknown --format {', '.join(bad_formats)} (choose {', '.join(format_names())})")
    factory = partial(make_extractor, fast, models, patterns, lang)
    columns = TextColumns(text=text_key, doc_id=id_key, publisher=publisher_key)
    run_and_report(partial(run_batch, inputs, out, workers=workers, fast=fast, lang=lang,
                           formats=formats, force=force, resume=resume, progress=progress,
                           extractor_factory=factory, publisher=publisher, cluster=cluster,
                           doc_timeout=doc_timeout, max_memory=max_memory, columns=columns),
                   out, after=(lambda report: make_report(report.out_dir, force=force or resume,
                                                          workers=workers)) if with_report else None)


register_evaluation(app)
app.command(name="check")(check_command)
app.command(name="report")(report_command)
app.command(name="cache")(cache_command)


def main() -> None:
    """Entry point of the `partex` console script."""
    app(prog_name="partex")

