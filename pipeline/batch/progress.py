"""The progress bar on stderr: documents done, words per second, errors; silent in pipes and CI."""

from __future__ import annotations

import os
import sys
import time

_REFRESH_S = 0.1


def show_progress(progress: bool | None) -> bool:
    """Whether to show the bar: as asked, else when stderr is a terminal and `CI` is not set."""
    if progress is not None:
        return progress
    return sys.stderr.isatty() and not os.environ.get("CI")


class Progress:
    """A rich progress bar on stderr (documents, words/s, errors), refreshed by hand: no thread."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)
        from rich.progress import Progress as Bar

        self._bar = Bar(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]:>7,.0f} words/s"),
                        TextColumn("{task.fields[errors]} errors"),
                        TimeElapsedColumn(), TimeRemainingColumn(),
                        console=Console(stderr=True), auto_refresh=False)
        self._task = self._bar.add_task("extract", total=total, rate=0.0, errors=0)
        self._bar.start()
        self._last = 0.0

    def update(self, done: int, words: int, errors: int, elapsed: float) -> None:
        """Show `done` documents, `words` over `elapsed` seconds, `errors` so far."""
        if not self.enabled:
            return
        self._bar.update(self._task, completed=done, rate=words / elapsed if elapsed else 0.0,
                         errors=errors)
        now = time.monotonic()
        if now - self._last >= _REFRESH_S:
            self._bar.refresh()
            self._last = now

    def close(self) -> None:
        """Show the last state and give the terminal back."""
        if self.enabled:
            self._bar.refresh()
            self._bar.stop()
