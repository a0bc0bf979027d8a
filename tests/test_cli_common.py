"""The one way a command stops on bad input (partex.cli_common.fail): what it prints, exit 2."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from partex.cli_common import MAX_PROBLEM_LINES, fail
from partex.messages import InputError, Problem

runner = CliRunner()


def stopped_by(error: InputError | str):
    app = typer.Typer()
    app.command("go")(lambda: fail(error))
    app.command("noop")(lambda: None)
    return runner.invoke(app, ["go"])


def test_a_usage_problem_is_one_line_naming_the_program():
    result = stopped_by("unknown --format xlsx (choose csv, parquet, jsonl)")
    assert result.exit_code == 2
    assert result.stderr == "partex: unknown --format xlsx (choose csv, parquet, jsonl)\n"


def test_input_problems_are_one_line_each_naming_their_file():
    result = stopped_by(InputError([Problem("gold.csv", 4, "start 'x' is not a whole number"),
                                    "tasks: already exists; pass --force to overwrite it"]))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["gold.csv, line 4: start 'x' is not a whole number",
                                          "tasks: already exists; pass --force to overwrite it"]


def test_past_the_limit_the_rest_is_counted():
    result = stopped_by(InputError([f"problem {i}" for i in range(MAX_PROBLEM_LINES + 3)]))
    lines = result.stderr.splitlines()
    assert len(lines) == MAX_PROBLEM_LINES + 1 and lines[-1] == "… and 3 more problem(s)"
