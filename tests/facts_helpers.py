"""Helpers shared by the facts tests (the `fast` extractor is a fixture in conftest.py)."""

from __future__ import annotations


def tuples(analysis) -> set:
    """Every scored tuple of an analysis's facts (partex.facts.score)."""
    from partex.facts.score import records

    return {t for fact in records(analysis.facts) for t in fact.tuples}
