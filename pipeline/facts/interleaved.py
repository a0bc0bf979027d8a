"""Dates of a sentence that names several operations, each with its own date."""

from __future__ import annotations

from .refs import Ref, Sentence


def interleaved(sentence: Sentence, dates: list[Ref], norm: str) -> list[Ref]:
    """Where a sentence names operations and dates in turn (`el PERCE en 1997, el SERCE en 2006`,
    `Jason-2 in 2008 and Jason-3 in 2016`), each date is the one of the operation named last before
    it; a date before them all stays everyone's. Otherwise every date is the operation's."""
    ops = sorted(sentence.of("OPERATION"), key=lambda m: m.start)
    if len({m.norm for m in ops}) < 2 or not any(dates[0].end <= m.start and m.end <= dates[-1].start for m in ops):
        return dates
    kept = []
    for d in dates:
        before = [m for m in ops if m.end <= d.start]
        if not before or before[-1].norm == norm:
            kept.append(d)
    return kept
