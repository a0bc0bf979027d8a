"""Waiting on a batch run started in another process: tests that stop or kill it mid-run."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path


def wait_for_journal(process: subprocess.Popen, journal: Path, lines: int, *,
                     timeout: float = 60, poll: float = 0.02) -> None:
    """Return once `journal` holds more than `lines` lines, `process` has ended, or `timeout`
    seconds have passed (the test then finds out which)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if journal.exists() and journal.read_bytes().count(b"\n") > lines:
            return
        time.sleep(poll)
