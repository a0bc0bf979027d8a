"""Helpers shared by the tests that run an extractor fixture on a made-up text (conftest.py)."""

from __future__ import annotations


def found(extractor, text: str, lang: str, *labels: str, fields: tuple[str, ...] = ("text", "norm")) -> list:
    """The mentions the extractor finds in `text`, those of `labels` (all when none), in order:
    the one field of each, or a tuple of the `fields`."""
    rows = [r for r in extractor.extract(text, doc_id="t", lang=lang) if not labels or r["label"] in labels]
    return [r[fields[0]] if len(fields) == 1 else tuple(r[f] for f in fields) for r in rows]
