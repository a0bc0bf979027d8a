"""How `partex extract` ends: one line and a documented exit code for each fault, never a traceback."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time

import pytest
import typer

from partex import batch
from partex.cli_extract import run_and_report

from run_fixtures import wait_for_journal
from test_batch import ROOT, corpus


def ending(capsys, run, out):
    with pytest.raises(typer.Exit) as stopped:
        run_and_report(run, out)
    return stopped.value.exit_code, capsys.readouterr().err


def raising(error: BaseException):
    def run():
        raise error
    return run


def test_ctrl_c_exits_130_naming_resume_when_documents_were_kept(tmp_path, capsys):
    (tmp_path / batch.JOURNAL_NAME).write_text("{}\n")
    code, err = ending(capsys, raising(KeyboardInterrupt()), tmp_path)
    assert code == 130
    assert err.count("\n") == 1 and "--resume" in err and "interrupted" in err


def test_ctrl_c_before_any_document_says_so(tmp_path, capsys):
    code, err = ending(capsys, raising(KeyboardInterrupt()), tmp_path)
    assert code == 130 and "no document was extracted yet" in err


def test_a_full_disk_is_one_line_and_exit_4(tmp_path, capsys):
    error = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / ".mentions.csv.part"))
    (tmp_path / batch.JOURNAL_NAME).write_text("{}\n")
    code, err = ending(capsys, raising(error), tmp_path)
    assert code == 4
    assert err.count("\n") == 1
    assert "No space left on device" in err and ".mentions.csv.part" in err and "--resume" in err


def test_a_refused_batch_is_exit_2(tmp_path, capsys):
    code, err = ending(capsys, raising(batch.BatchUsageError("out is in use (PID 12)")), tmp_path)
    assert (code, err) == (2, "partex: out is in use (PID 12)\n")


TERM_SCRIPT = """
import sys
from functools import partial
sys.path[:0] = [{root!r}, {tests!r}]
from test_batch import FakeExtractor
from partex.batch import plan, run_batch
from partex.cli_extract import run_and_report
plan.MIN_TASK_WORDS = 20
try:
    run_and_report(partial(run_batch, [{src!r}], {out!r}, workers=2, progress=False,
                           extractor_factory=lambda: FakeExtractor(delay=0.1)), {out!r})
except BaseException as error:  # typer.Exit, outside a typer app
    sys.exit(getattr(error, "exit_code", 1))
"""


def _group_gone(pgid: int, within: float) -> bool:
    """Whether the process group has no process left within `within` seconds (workers take a
    moment to exit on a loaded machine)."""
    deadline = time.monotonic() + within
    while True:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)


def test_sigterm_stops_the_run_cleanly_exit_143_and_resume_finishes_it(tmp_path):
    from partex.batch import run_batch
    from test_batch import factory, outputs_of

    src = corpus(tmp_path / "in", 30)
    out = tmp_path / "out"
    script = tmp_path / "term.py"
    script.write_text(TERM_SCRIPT.format(root=str(ROOT), tests=str(ROOT / "tests"), src=str(src),
                                         out=str(out)))
    process = subprocess.Popen([sys.executable, str(script)], stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    wait_for_journal(process, out / batch.JOURNAL_NAME, 3)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 143, err
    assert "terminated" in err and "--resume" in err and "Traceback" not in err
    assert outputs_of(out) == {} and not list(out.glob(".*.part"))
    assert _group_gone(process.pid, within=10.0), "a worker was left running"
    report = run_batch([str(src)], out, resume=True, extractor_factory=factory(), progress=False)
    assert report.skipped > 0 and report.ok + report.skipped == 30
    run_batch([str(src)], tmp_path / "whole", extractor_factory=factory(), progress=False)
    assert outputs_of(out) == outputs_of(tmp_path / "whole")
