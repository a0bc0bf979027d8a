"""Helpers shared by the tests that run an extractor fixture on a made-up text (conftest.py)."""

from __future__ import annotations

import csv


def found(extractor, text: str, lang: str, *labels: str, fields: tuple[str, ...] = ("text", "norm")) -> list:
    """The mentions the extractor finds in `text`, those of `labels` (all when none), in order:
    the one field of each, or a tuple of the `fields`."""
    rows = [r for r in extractor.extract(text, doc_id="t", lang=lang) if not labels or r["label"] in labels]
    return [r[fields[0]] if len(fields) == 1 else tuple(r[f] for f in fields) for r in rows]


def gold_corpus(folder, texts: dict[str, str], gold: list[tuple[str, str, str]]):
    """A made-up set in `folder`: a text per document id and a `gold.csv` of (doc_id, name, label),
    each name at its first place in its text and its own norm (the training tests' corpora)."""
    folder.mkdir()
    for doc_id, text in texts.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    with (folder / "gold.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc_id", "start", "end", "label", "text", "norm"])
        for doc_id, name, label in gold:
            start = texts[doc_id].index(name)
            writer.writerow([doc_id, start, start + len(name), label, name, name])
    return folder
