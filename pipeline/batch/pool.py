"""Run tasks, serially in this process or on forked worker processes; results come in task order."""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
from collections import deque
from collections.abc import Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..inputs import Source
from .results import Failed, Result, Task
from .worker import run_task, worker_init

# Tasks in flight per worker: enough to keep each busy while the parent writes.
_INFLIGHT_PER_WORKER = 2


def run_serial(tasks: Iterable[Task]) -> Generator[Result, None, None]:
    """Run tasks one after the other in this process; yield document results in task order."""
    for task in tasks:
        yield from run_task(task)


def _crashed(source: Source) -> Failed:
    return Failed(source.doc_id, source.path, source.fmt, "worker process died while extracting "
                  "it (out of memory, or a crash in a library)")


def _timed_out(source: Source, timeout: float) -> Failed:
    return Failed(source.doc_id, source.path, source.fmt, f"timed out: still running after "
                  f"{timeout:g} s (--doc-timeout); its worker was stopped and replaced")


class _Overdue(Exception):
    """A task ran past the time limit; its pool's workers have been killed."""


def _result(pool: ProcessPoolExecutor, future: Future[list[Result]],
            timeout: float | None) -> list[Result]:
    """The task's results; past `timeout` seconds, kill the pool's workers and raise `_Overdue`.

    Tasks are taken by the workers in the order they were submitted, so the oldest task in
    flight, the one waited for, is already running: it has run at least as long as it has been
    waited for, and is never stopped early.
    """
    try:
        return future.result(timeout=timeout)
    except FutureTimeout:
        _kill(_processes(pool))  # no way to stop one task: the pool breaks, as in a crash
        raise _Overdue from None


def _processes(pool: ProcessPoolExecutor) -> list[Any]:
    """The pool's worker processes (only reachable through this attribute)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def _kill(processes: list[Any]) -> None:
    """Kill worker processes (a dead one is left alone)."""
    for process in processes:
        with contextlib.suppress(Exception):
            process.kill()


def _new_pool(workers: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("fork")  # explicit: 3.14 changes Linux's default
    return ProcessPoolExecutor(workers, mp_context=context, initializer=worker_init)


def run_parallel(tasks: Iterable[Task], workers: int,
                 timeout: float | None = None) -> Generator[Result, None, None]:
    """Run tasks on `workers` forked processes; yield document results in task order.

    When a worker dies (killed for memory, a crash in compiled code), the pool breaks and every
    task in flight is lost: those documents are run again one per task, alone, so that only the
    document that kills its worker is reported and the others are extracted. A task that runs
    past `timeout` seconds (None: no limit) is stopped the same way: a document alone in its
    task is then reported as timed out, the documents of a larger task run again alone, each
    with the same limit.
    """
    queue = _Queue(tasks)
    inflight: deque[tuple[Task, Future[list[Result]]]] = deque()
    alone: deque[Task] = deque()
    # Objects alive now (the model above all) move to a generation the collector never visits,
    # so the children's collections do not write to their pages and break copy-on-write sharing.
    gc.collect()
    gc.freeze()
    pool = _new_pool(workers)
    try:
        while queue or inflight or alone:
            if alone:
                task = alone.popleft()
                try:
                    results = _result(pool, pool.submit(run_task, task), timeout)
                except BrokenProcessPool:
                    results = [_crashed(source) for source, _ in task]
                    pool = _replace(pool, workers)
                except _Overdue:
                    results = [_timed_out(source, timeout or 0) for source, _ in task]
                    pool = _replace(pool, workers)
                yield from results
                continue
            if not _fill(pool, queue, inflight, workers * _INFLIGHT_PER_WORKER) and not inflight:
                pool = _replace(pool, workers)  # broken with nothing in flight: an idle worker died
                continue
            task, future = inflight.popleft()
            try:
                results = _result(pool, future, timeout)
            except (BrokenProcessPool, _Overdue) as error:
                lost = [t for t, _ in inflight]
                inflight.clear()
                if isinstance(error, _Overdue) and len(task) == 1:
                    yield _timed_out(task[0][0], timeout or 0)  # the culprit, known at once
                else:
                    lost.insert(0, task)
                alone.extend([item] for t in lost for item in t)
                pool = _replace(pool, workers)
                continue
            yield from results
    finally:
        workers_left = _processes(pool)  # shutdown forgets them
        manager = getattr(pool, "_executor_manager_thread", None)  # and this one
        pool.shutdown(wait=False, cancel_futures=True)
        _kill(workers_left)  # a run stopped early (Ctrl-C, an error) leaves no worker running on
        _join(manager)
        gc.unfreeze()


def _join(manager: Any) -> None:
    """Wait for the pool's manager thread to see its workers gone and close its pipe.

    Python 3.11's exit hook (`concurrent.futures.process._python_exit`) wakes every manager
    thread still registered without the lock that guards its pipe: a thread closing the pipe at
    that moment makes the exit print an `OSError: Bad file descriptor` traceback after a clean
    stop (SIGTERM, Ctrl-C). Python 3.12 takes the lock; here the thread is simply let finish
    first. The workers are already killed, so it ends at once; the timeout only bounds a surprise.
    """
    if manager is not None:
        manager.join(timeout=10.0)


class _Queue:
    """Tasks taken from an iterable as workers need them (a batch's may be a stream from disk),
    with room to put one back at the head."""

    def __init__(self, tasks: Iterable[Task]) -> None:
        self._tasks = iter(tasks)
        self._back: deque[Task] = deque()

    def __bool__(self) -> bool:
        if not self._back:
            self._back.extend(itertools.islice(self._tasks, 1))
        return bool(self._back)

    def popleft(self) -> Task:
        if not self:
            raise IndexError("no task left")
        return self._back.popleft()

    def appendleft(self, task: Task) -> None:
        self._back.appendleft(task)


def _fill(pool: ProcessPoolExecutor, queue: _Queue,
          inflight: deque[tuple[Task, Future[list[Result]]]], limit: int) -> bool:
    """Submit queued tasks until `limit` are in flight; False when the pool turns out broken.

    A worker that dies between two results breaks the pool before its futures say so: the task
    that could not be submitted goes back to the head of the queue, innocent.
    """
    while queue and len(inflight) < limit:
        task = queue.popleft()
        try:
            future = pool.submit(run_task, task)
        except BrokenProcessPool:
            queue.appendleft(task)
            return False
        inflight.append((task, future))
    return True


def _replace(pool: ProcessPoolExecutor, workers: int) -> ProcessPoolExecutor:
    """Shut a broken pool down and start a fresh one."""
    pool.shutdown(wait=True, cancel_futures=True)
    return _new_pool(workers)
