"""One run at a time per output folder: an exclusive lock on `<out>/.partex.lock`.

The lock is an `flock` on the file, which the system lets go of when the process holding it
ends, however it ends (kill -9 included): a lock left by a run that is gone is no lock at all,
and the next run takes it over without asking. The file holds the PID of the run holding it,
for the message the next run prints. Forked workers inherit the open file; they close their
copy at start (`forget_inherited_locks`), so that the lock lives exactly as long as the run.
POSIX only, as the forked workers are.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; runs into one folder are not kept apart there
    fcntl = None  # type: ignore[assignment]

from .plan import BatchUsageError

LOCK_NAME = ".partex.lock"

_HELD: list[int] = []  # file descriptors of the locks this process holds


class FolderLockedError(BatchUsageError):
    """Another run holds the output folder's lock (exit code 2, as for any refused batch)."""


class OutputLock:
    """Hold `<out_dir>/.partex.lock` while a run writes into `out_dir` (a context manager).

    Creates `out_dir` when missing, and removes it again when the run stops before writing
    anything into it (the lock file aside).
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.path = self.out_dir / LOCK_NAME
        self._fd: int | None = None
        self._created = False

    def __enter__(self) -> OutputLock:
        self._created = not self.out_dir.exists()
        self.out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        if fcntl is None:
            os.close(fd)
            return self
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise FolderLockedError(
                f"{self.out_dir} is in use by another partex run (PID {holder}): wait for it to "
                "finish, or write to another folder") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd
        _HELD.append(fd)
        return self

    def __exit__(self, *_: object) -> None:
        if self._fd is None:
            return
        _HELD.remove(self._fd)
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
        if self._created and {p.name for p in self.out_dir.iterdir()} == {LOCK_NAME}:
            # nothing was written: leave no empty folder behind (unlinked while still locked,
            # so no other run can have opened it in between and believe it holds it)
            with contextlib.suppress(OSError):
                self.path.unlink()
                self.out_dir.rmdir()
        os.close(self._fd)  # lets go of the lock
        self._fd = None


def forget_inherited_locks() -> None:
    """In a forked worker: close the lock files inherited from the parent (the parent keeps
    holding the locks)."""
    while _HELD:
        with contextlib.suppress(OSError):
            os.close(_HELD.pop())
