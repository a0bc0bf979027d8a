"""Commands for evaluation and regression checks: a thin layer over evaluate, check, compare, annotations.

`register(app)` adds `evaluate`, `diff` and the `gold` sub-app (`import`, `export`, `validate`)
to the main app. `check_command` is registered by the caller, who decides where the extractor
comes from (`make_check_command(get_extractor)`; by default `partex.extractor.extract_corpus`,
imported only when `check` runs).

Exit codes: 0 fine, 1 regressions (`check`), 2 bad input (one line per problem, naming the file
and row).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from . import messages as msg
from .cli_common import EXIT_REGRESSION, fail, refuse_overwrite
from .messages import InputError

DEFAULT_CORPUS = Path("corpus")
DEFAULT_GOLD = Path("corpus/gold.csv")
DEFAULT_THRESHOLDS = Path("corpus/thresholds.json")
DEFAULT_BASELINE = Path("corpus/baseline.json")

if TYPE_CHECKING:  # pandas and the annotation tools load when a command runs, not at start-up
    import pandas as pd

ExtractFn = Callable[[Path], "pd.DataFrame"]


class Format(str, Enum):
    """Annotation tool formats."""

    labelstudio = "labelstudio"
    doccano = "doccano"
    prodigy = "prodigy"


# --- shared helpers ---------------------------------------------------------------------------

# Outside a terminal (a pipe, a log, CI) tables are printed whole, as wide as their content, in
# plain ASCII without colour: rich would otherwise fold them into 80 columns.
_PLAIN_WIDTH = 10_000


def _print(*renderables: Any) -> None:
    """Print tables on stdout: fitted to a terminal, or whole and plain outside one."""
    import sys

    from rich import box
    from rich.table import Table

    if sys.stdout.isatty():
        console = Console(highlight=False, soft_wrap=False)
    else:
        console = Console(highlight=False, soft_wrap=False, width=_PLAIN_WIDTH, no_color=True,
                          color_system=None, force_terminal=False)
        for renderable in renderables:
            if isinstance(renderable, Table):
                renderable.box = box.ASCII2
    for renderable in renderables:
        console.print(renderable)


def _echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


# --- evaluate, diff -------------------------------------------------------------------------------

def evaluate_command(
    extract: Annotated[Path, typer.Argument(
        help="An extract folder (mentions.csv, .parquet or .jsonl inside) or a mentions table.")],
    gold: Annotated[Path, typer.Option("--gold", help="The gold CSV (doc_id,start,end,label,text,norm).")],
    corpus: Annotated[Path | None, typer.Option("--corpus", help="The texts: checks spans and shows context.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="List every disagreement with its context.")] = False,
    by_doc: Annotated[bool, typer.Option("--by-doc", help="Scores per document.")] = False,
    facts_gold: Annotated[Path | None, typer.Option(
        "--facts-gold", help="A facts gold CSV (doc_id,fact,type,role,norm): also score the extract's facts.")] = None,
    publishers: Annotated[Path | None, typer.Option(
        "--publishers", help="doc_id,publisher CSV for the facts gold (default: publishers.csv beside it).")] = None,
    patterns: Annotated[Path | None, typer.Option(
        "--patterns", help="The patterns folder whose names count as known (default: the project's).")] = None,
) -> None:
    """Score an extract against a gold file (strict, exact, partial, type; norm accuracy; recall
    on the names no gazetteer holds), and its facts against a facts gold file (tuple precision,
    recall, F1 per type; exact facts)."""
    from .evaluate import evaluate
    from .evaluate_render import report_renderables
    from .gold import load_documents, load_extract, load_gold

    try:
        documents = load_documents(corpus) if corpus is not None else None
        gold_df, pred_df, known = _collect(lambda: load_gold(gold, corpus),
                                           lambda: load_extract(extract, documents),
                                           lambda: _known_names(patterns))
        facts = _facts_report(facts_gold, publishers, gold_df, extract) if facts_gold else None
    except InputError as err:
        fail(err)
    report = evaluate(gold_df, pred_df, documents, known)
    if as_json:
        data = report.to_dict(include_diff=diff, include_by_doc=by_doc)
        if facts is not None:
            data["facts"] = facts.to_dict()
            if diff:
                data["facts"]["missed"] = [[d, list(map(str, t))] for d, t in facts.missed]
                data["facts"]["spurious"] = [[d, list(map(str, t))] for d, t in facts.spurious]
        _echo_json(data)
        return
    _print(*report_renderables(report, diff=diff, by_doc=by_doc))
    if facts is not None:
        from .facts.report import renderables

        _print(*renderables(facts, diff=diff))


def _facts_report(facts_gold: Path, publishers: Path | None, gold_df: pd.DataFrame, extract: Path) -> Any:
    """The facts scores of an extract (its documents are the mention gold's)."""
    from .facts.gold import load_facts_gold, read_publishers
    from .facts.report import read_extract_facts
    from .facts.score import score_facts

    publishers = publishers or facts_gold.parent / "publishers.csv"
    gold_facts, pred = _collect(
        lambda: load_facts_gold(facts_gold, gold_df, read_publishers(publishers)),
        lambda: read_extract_facts(extract))
    return score_facts(gold_facts.to_dict("records"), pred, sorted(set(gold_df["doc_id"])))


def _known_names(patterns: Path | None) -> Any:
    """The names a patterns folder holds (`partex.unlisted.KnownNames`); a bad folder is bad input."""
    from .gazetteer import DEFAULT_PATTERNS_DIR, PatternsError, load_gazetteer
    from .unlisted import KnownNames

    try:
        return KnownNames.from_gazetteer(load_gazetteer(patterns or DEFAULT_PATTERNS_DIR))
    except PatternsError as err:
        raise InputError(err.problems) from err


def _collect(*loaders: Callable[[], Any]) -> list[Any]:
    """Run every loader, so that the problems of all inputs are reported together."""
    results: list[Any] = []
    problems: list[object] = []
    for load in loaders:
        try:
            results.append(load())
        except InputError as err:
            problems.extend(err.problems)
    if problems:
        raise InputError(problems)
    return results


def diff_command(
    old: Annotated[Path, typer.Argument(help="The earlier extract (folder or mentions table, any format).")],
    new: Annotated[Path, typer.Argument(help="The later extract (folder or mentions table, any format).")],
    corpus: Annotated[Path | None, typer.Option("--corpus", help="The texts, to show each change in context.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Also write the differences to this CSV.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite --out if it exists.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the differences as JSON.")] = False,
) -> None:
    """Mentions added, removed or changed between two extracts (for texts with no gold)."""
    from rich.table import Table

    from .compare import diff_extracts, summarise
    from .gold import load_documents, load_extract

    if out is not None:
        refuse_overwrite(out, force)
    try:
        documents = load_documents(corpus) if corpus is not None else None
        old_df, new_df = _collect(lambda: load_extract(old, documents), lambda: load_extract(new, documents))
    except InputError as err:
        fail(err)
    frame = diff_extracts(old_df, new_df, documents)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        frame.to_csv(out, index=False, encoding="utf-8")
    counts = summarise(frame)
    if as_json:
        _echo_json({"counts": counts, "changes": frame.to_dict("records")})
        return
    table = Table(title=", ".join(f"{n} {change}" for change, n in counts.items()))
    for column in ("change", "what", "doc_id", "start", "end", "text", "old", "new", "context"):
        table.add_column(column, overflow="fold")
    for row in frame.itertuples(index=False):
        old_side = f"{row.old_label} → {row.old_norm}" if row.old_label else ""
        new_side = f"{row.new_label} → {row.new_norm}" if row.new_label else ""
        table.add_row(row.change, row.what, row.doc_id, str(row.start), str(row.end), row.text,
                      old_side, new_side, row.context)
    _print(table)


# --- gold sub-app -------------------------------------------------------------------------------

def gold_import_command(
    file: Annotated[Path, typer.Argument(help="The annotation tool's export.")],
    fmt: Annotated[Format, typer.Option("--from", help="The tool that wrote FILE.")],
    out: Annotated[Path, typer.Option("--out", help="The gold CSV to write.")],
    texts: Annotated[Path | None, typer.Option("--texts", help="Also write each text to DIR/<doc_id>.txt.")] = None,
    labels: Annotated[Path | None, typer.Option(
        "--labels", help="doccano: the project's labels file, to read labels written as ids.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite --out and differing texts.")] = False,
) -> None:
    """Turn a Label Studio (JSON, JSON_MIN), doccano or Prodigy (db-out) export into a gold CSV."""
    from .annotations import read_label_ids
    from .columns import GOLD_COLUMNS

    refuse_overwrite(out, force)
    notes: list[str] = []
    try:
        label_ids = read_label_ids(labels) if labels is not None else None
        from .annotations import import_annotations, write_texts

        gold_df, documents = import_annotations(fmt.value, file, label_ids=label_ids, notes=notes)
        written = write_texts(documents, texts, force=force) if texts is not None else []
    except InputError as err:
        fail(err)
    for note in notes:
        typer.echo(note, err=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    gold_df[list(GOLD_COLUMNS)].to_csv(out, index=False, encoding="utf-8")
    typer.echo(f"{out}: {len(gold_df)} mentions in {len(documents)} documents"
               + (f"; {len(written)} texts written to {texts}" if texts is not None else ""))


def gold_export_command(
    extract: Annotated[Path, typer.Argument(
        help="An extract folder (mentions.csv, .parquet or .jsonl inside) or a mentions table.")],
    fmt: Annotated[Format, typer.Option("--to", help="The annotation tool to write for.")],
    corpus: Annotated[Path, typer.Option("--corpus", help="The texts the extract was made from.")],
    out: Annotated[Path, typer.Option("--out", help="The file to write (JSON for Label Studio, else JSONL).")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite --out if it exists.")] = False,
) -> None:
    """Write an extract as pre-annotations for Label Studio (predictions), doccano or Prodigy
    (ner.manual tasks with tokens), norm included."""
    from .annotations import dumps_annotations, export_annotations
    from .gold import load_documents, load_extract

    refuse_overwrite(out, force)
    notes: list[str] = []
    try:
        documents = load_documents(corpus)
        mentions = load_extract(extract, documents)
        records = export_annotations(fmt.value, mentions, documents, notes)
    except InputError as err:
        fail(err)
    for note in notes:
        typer.echo(note, err=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(dumps_annotations(fmt.value, records), encoding="utf-8")
    typer.echo(f"{out}: {len(mentions)} mentions in {len(records)} documents")


def gold_validate_command(
    gold: Annotated[Path, typer.Argument(help="The gold CSV: mentions, or facts (doc_id,fact,type,role,norm).")],
    corpus: Annotated[Path | None, typer.Option("--corpus", help="The texts (checks doc_ids and span texts).")] = None,
    mentions: Annotated[Path | None, typer.Option(
        "--mentions", help="For a facts gold: the mention gold whose norms its values must be.")] = None,
    publishers: Annotated[Path | None, typer.Option(
        "--publishers", help="For a facts gold: doc_id,publisher CSV (default: publishers.csv beside it).")] = None,
) -> None:
    """Check a gold file (mentions or facts) and list every problem, one line each."""
    from .formats import read_csv_lines
    from .gold import load_gold

    try:
        header = set(read_csv_lines(gold).columns)
        if {"fact", "type", "role"} <= header:
            from .facts.gold import load_facts_gold, read_publishers

            mention_gold = load_gold(mentions, corpus) if mentions is not None else None
            facts = load_facts_gold(gold, mention_gold,
                                    read_publishers(publishers or gold.parent / "publishers.csv"))
            typer.echo(f"{gold}: {facts.groupby(['doc_id', 'fact']).ngroups} facts in "
                       f"{facts['doc_id'].nunique()} documents, no problem found")
            return
        gold_df = load_gold(gold, corpus)
    except InputError as err:
        fail(err)
    typer.echo(f"{gold}: {len(gold_df)} mentions in {gold_df['doc_id'].nunique()} documents, no problem found")


# --- check ----------------------------------------------------------------------------------------

def load_extractor() -> ExtractFn:
    """The pipeline's extractor, imported only when needed (it loads spaCy)."""
    from .extractor import extract_corpus

    return extract_corpus


def make_check_command(get_extractor: Callable[[], ExtractFn] = load_extractor) -> Callable[..., None]:
    """A `check` command bound to an extractor factory (tests pass a fake one)."""

    def check_command(
        corpus: Annotated[Path, typer.Option("--corpus", help="The texts to extract.")] = DEFAULT_CORPUS,
        gold: Annotated[Path, typer.Option("--gold", help="The gold CSV.")] = DEFAULT_GOLD,
        thresholds: Annotated[Path, typer.Option("--thresholds", help="Minimum scores.")] = DEFAULT_THRESHOLDS,
        baseline: Annotated[Path, typer.Option("--baseline", help="Scores of the last accepted release.")]
        = DEFAULT_BASELINE,
        update_baseline: Annotated[bool, typer.Option(
            "--update-baseline", help="Write these scores as the new baseline (check thresholds only).")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
        facts_gold: Annotated[Path | None, typer.Option(
            "--facts-gold", help="The facts gold (default: gold_facts.csv beside the gold, when there is one).")]
        = None,
    ) -> None:
        """Extract the corpus, score it, and fail (exit 1) below the thresholds or the baseline."""
        from .check import run_check
        from .evaluate_render import report_renderables

        try:
            extract_fn = get_extractor()
        except ImportError as err:
            fail(InputError([msg.EXTRACTOR_MISSING.format(error=err)]))
        try:
            facts_path = facts_gold or (gold.parent / "gold_facts.csv")
            result = run_check(corpus, gold, extract_fn, thresholds, baseline, update_baseline,
                               facts_gold_path=facts_path if facts_path.is_file() else None)
        except InputError as err:
            fail(err)
        if as_json:
            _echo_json({"passed": result.passed, "compared": result.compared, "notes": result.notes,
                        "regressions": [r.to_dict() for r in result.regressions],
                        "scores": result.report.metrics(), "facts": result.facts})
        else:
            _print(report_renderables(result.report)[-1])  # the micro-averages
            if result.facts is not None:
                typer.echo("facts: tuple F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f}), exact facts "
                           "{exact_facts:.3f}, mean document F1 {mean_document_f1:.3f}".format(**result.facts))
            for note in result.notes:
                typer.echo(note)
            for regression in result.regressions:
                typer.echo(regression.message)
            typer.echo(msg.CHECK_FAILED.format(count=len(result.regressions)) if result.regressions
                       else msg.CHECK_PASSED.format(count=result.compared))
        if result.regressions:
            raise typer.Exit(EXIT_REGRESSION)

    return check_command


check_command = make_check_command()


# --- registration ---------------------------------------------------------------------------------

def register(app: typer.Typer) -> None:
    """Add `evaluate`, `diff` and the `gold` sub-app (import, export, validate) to `app`."""
    app.command("evaluate")(evaluate_command)
    app.command("diff")(diff_command)
    gold_app = typer.Typer(help="Gold files: import from and export to annotation tools, validate.",
                           no_args_is_help=True)
    gold_app.command("import")(gold_import_command)
    gold_app.command("export")(gold_export_command)
    gold_app.command("validate")(gold_validate_command)
    app.add_typer(gold_app, name="gold")
