"""How `partex extract` ends: the summary, and one line and a documented exit code for each fault.

A batch stopped by Ctrl-C or SIGTERM, or by an output it cannot write (a full disk), keeps every
document it finished in its journal: the message says so and names `--resume`. No traceback.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import typer

from .cli_common import (EXIT_CANNOT_WRITE, EXIT_INTERRUPTED, EXIT_TERMINATED, PROGRAM, fail)


class Terminated(BaseException):
    """SIGTERM arrived: stop as Ctrl-C does (a BaseException, so no `except Exception` eats it)."""


@contextlib.contextmanager
def _sigterm_stops() -> Iterator[None]:
    """While inside, SIGTERM raises `Terminated` in the main thread instead of killing at once."""
    def stop(*_: object) -> None:
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave the signal alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _say(message: str) -> None:
    typer.echo(f"{PROGRAM}: {message}", err=True)


def _resume_hint(out: Path) -> str:
    from .batch import JOURNAL_NAME

    if (out / JOURNAL_NAME).exists():
        return (f"the documents finished so far are kept in {out / JOURNAL_NAME}: run the same "
                "command with --resume to finish")
    return "no document was extracted yet"


def run_and_report(run: Callable[[], Any], out: Path,
                   after: Callable[[Any], None] | None = None) -> None:
    """Run a batch (`run()` returns its BatchReport), print its summary and exit with its code;
    `after(report)` runs once the tables are written (the HTML report of `--report`).

    Exit codes: 0 all extracted, 3 some failed, 2 refused (nothing done), 4 an output could not
    be written, 130 Ctrl-C, 143 SIGTERM.
    """
    from .batch import BatchUsageError

    out = Path(out)
    try:
        with _sigterm_stops():
            report = run()
    except BatchUsageError as err:
        fail(str(err))
    except KeyboardInterrupt:
        _say(f"interrupted: no table was written; {_resume_hint(out)}")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Terminated:
        _say(f"terminated: no table was written; {_resume_hint(out)}")
        raise typer.Exit(EXIT_TERMINATED) from None
    except OSError as err:  # writing the tables, the journal or the manifest
        where = f" ({err.filename})" if err.filename else ""
        _say(f"cannot write the outputs in {out}: {err.strerror or err}{where}; "
             f"{_resume_hint(out)} once the problem is fixed")
        raise typer.Exit(EXIT_CANNOT_WRITE) from None
    for doc_id, reason in report.first_errors:
        _say(f"{doc_id}: {reason}")
    _say(f"{report.ok} extracted, {report.skipped} unchanged, {report.failed} failed; "
         f"{report.mentions} mentions in {report.out_dir}"
         + (f" (see {report.out_dir / 'errors.csv'})" if report.failed else ""))
    if after is not None:
        after(report)
    raise typer.Exit(report.exit_code)
