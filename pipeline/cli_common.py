"""What the commands share: the exit code for bad input and the one way a command stops on it."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import typer

from . import messages as msg
from .messages import InputError

# Exit codes of every command (docs/batch.md lists them):
EXIT_REGRESSION = 1     # check: a score fell below its threshold or baseline
EXIT_BAD_INPUT = 2      # bad usage or input: nothing was done
EXIT_SOME_FAILED = 3    # extract: the run finished, some documents are in errors.csv
EXIT_CANNOT_WRITE = 4   # extract: an output could not be written (disk full, permissions)
EXIT_INTERRUPTED = 130  # extract: stopped by Ctrl-C (128 + SIGINT)
EXIT_TERMINATED = 143   # extract: stopped by SIGTERM (128 + SIGTERM)
MAX_PROBLEM_LINES = 50
PROGRAM = "partex"


def fail(error: InputError | str) -> NoReturn:
    """Print what is wrong on stderr and exit 2.

    A string is a usage problem and prints as one line, `partex: <message>`. An `InputError`
    prints each of its problems on a line of its own (each names its file and line), at most
    `MAX_PROBLEM_LINES` of them, then how many more there are.
    """
    if isinstance(error, str):
        typer.echo(f"{PROGRAM}: {error}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    lines = error.lines()
    for line in lines[:MAX_PROBLEM_LINES]:
        typer.echo(line, err=True)
    if len(lines) > MAX_PROBLEM_LINES:
        typer.echo(msg.MORE_PROBLEMS.format(count=len(lines) - MAX_PROBLEM_LINES), err=True)
    raise typer.Exit(EXIT_BAD_INPUT)


def refuse_overwrite(path: Path, force: bool) -> None:
    """Exit 2 when `path` exists and `--force` was not given."""
    if path.exists() and not force:
        fail(InputError([msg.problem_line(path, None, msg.OUTPUT_EXISTS)]))
