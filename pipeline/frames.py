"""Mentions as a Dask DataFrame, for teams who build their own Dask pipelines.

    import partex.frames
    mentions = partex.frames.mentions_dataframe(["archive/"], fast=True)   # lazy
    mentions.groupby("label").size().compute()

Each partition is one task of documents, sized in words as `partex extract` sizes them, read
where it is by the worker that runs it (paths must be visible to every worker). The extractor is
built once per worker process, on its first partition, and kept. A document that cannot be read
or extracted is left out of the frame (`partex extract` reports it in `errors.csv`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .columns import INTEGER_COLUMNS, MENTION_COLUMNS
from .inputs import Source, discover

# One extractor per worker process and settings, built on first use (see `_extractor`).
_EXTRACTORS: dict[tuple, Any] = {}
_LOCK = threading.Lock()


def _settings_key(settings: Mapping[str, Any]) -> tuple:
    return (settings["fast"], tuple(sorted((settings["models"] or {}).items())),
            settings["patterns_dir"])


def _extractor(settings: Mapping[str, Any]) -> Any:
    """This process's extractor for these settings, built once."""
    from .extractor import Extractor

    key = _settings_key(settings)
    with _LOCK:
        if key not in _EXTRACTORS:
            _EXTRACTORS[key] = Extractor(fast=settings["fast"], models=settings["models"],
                                         patterns_dir=settings["patterns_dir"])
        return _EXTRACTORS[key]


def empty_mentions() -> pd.DataFrame:
    """A frame with the mention columns and no row: the Dask DataFrame's `meta`."""
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in INTEGER_COLUMNS else object)
                         for c in MENTION_COLUMNS})


def _frame(rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return empty_mentions()
    frame = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    return frame.astype({c: "int64" if c in INTEGER_COLUMNS else object for c in MENTION_COLUMNS})


def mentions_of(sources: Iterable[Source], settings: Mapping[str, Any],
                lang: str | None = None) -> pd.DataFrame:
    """The mentions of some sources, sorted by document and offset (on a worker, say)."""
    from .batch import worker
    from .batch.results import Extracted

    task = [(source, None) for source in sources]
    worker.install(_extractor(settings), lang)
    results = worker.run_task(task)
    return _frame([row for r in results if isinstance(r, Extracted) for row in r.rows])


def _as_sources(item: Any) -> list[Source]:
    """A bag item as sources: a path (file, folder, glob) or a (doc_id, text) pair."""
    if isinstance(item, (str, Path)):
        return discover([str(item)])
    doc_id, text = item
    data = text.encode("utf-8")
    return [Source(str(doc_id), str(doc_id), "txt", size=len(data), data=data)]


def _mentions_of_items(items: Sequence[Any], settings: Mapping[str, Any],
                       lang: str | None) -> pd.DataFrame:
    return mentions_of([s for item in items for s in _as_sources(item)], settings, lang)


def mentions_dataframe(items: Any, *, fast: bool = False, lang: str | None = None,
                       models: Mapping[str, str] | None = None,
                       patterns_dir: str | Path | None = None) -> Any:
    """A lazy Dask DataFrame of mentions (columns `MENTION_COLUMNS`).

    `items` is a list of paths, as `partex extract` takes them (files, folders, globs), grouped
    into partitions of about 8 000 words; or a Dask bag whose items are paths or (doc_id, text)
    pairs, one partition per bag partition. `fast`, `lang`, `models` and `patterns_dir` are
    `partex extract`'s `--fast`, `--lang`, `--model` and `--patterns`. Computed by whatever
    scheduler is in use (a `distributed.Client` made current, or Dask's default).
    """
    import dask
    import dask.bag as db
    import dask.dataframe as dd

    from .batch.plan import make_tasks
    from .nlp import configured_models

    settings = {"fast": fast, "models": configured_models(models),
                "patterns_dir": str(patterns_dir) if patterns_dir else None}
    if isinstance(items, db.Bag):
        parts = [dask.delayed(_mentions_of_items)(part, settings, lang)
                 for part in items.to_delayed()]
        return dd.from_delayed(parts, meta=empty_mentions(), verify_meta=False)
    sources = discover([str(item) for item in items])
    tasks = [[source for source, _ in task] for task in make_tasks(sources, {}, workers=1)]
    if not tasks:
        return dd.from_pandas(empty_mentions(), npartitions=1)
    return dd.from_map(mentions_of, tasks, settings=settings, lang=lang, meta=empty_mentions(),
                       enforce_metadata=False)
