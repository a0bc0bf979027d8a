"""The mention record the resolver passes along and the tables are built from."""

from __future__ import annotations

import bisect
from operator import itemgetter, sub
from typing import NamedTuple

from . import provenance


class Mention(NamedTuple):
    """A labelled character span of the document, with its normalised value and provenance.

    Immutable: a stage that changes a mention makes a new one (`m._replace(norm=...)`).
    `after` is the id of a body that must have been named shortly before for this reading to
    hold (`Direction exécutive` is the CTC's only after the CTC): empty for most mentions.
    """

    start: int
    end: int
    label: str
    norm: str = ""
    source: str = ""
    precision: str = ""
    qualifier: str = ""
    after: str = ""

    @property
    def rank(self) -> int:
        """How much this mention's source is trusted on a tie."""
        return provenance.rank(self.source)

    def overlaps(self, other: Mention) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Mention) -> bool:
        """Whether `other` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Flat, non-overlapping mentions: the longest span wins, then the stronger source, then the earlier.

    Greedy selection in that order is the classic longest-match rule (spaCy's `filter_spans`
    does the same on token spans; ours are character spans with a source rank).
    """
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), -m.rank, m.start))
    starts: list[int] = []  # the kept spans, sorted and disjoint: a new one can only
    kept: list[Mention] = []  # overlap its neighbours in that order
    for m in ordered:
        i = bisect.bisect_left(starts, m.start)
        if (i < len(kept) and kept[i].start < m.end) or (i > 0 and kept[i - 1].end > m.start):
            continue
        starts.insert(i, m.start)
        kept.insert(i, m)
    return kept


_START, _END = itemgetter(0), itemgetter(1)  # Mention.start, Mention.end


class SpanIndex:
    """Mentions indexed by start, to find those that overlap a span without scanning them all."""

    def __init__(self, mentions: list[Mention]) -> None:
        # built by most resolver stages over every candidate: the fields read by index in C
        # (`_START`, `_END`: a Mention is a tuple), no Python call per mention
        self._mentions = sorted(mentions, key=_START)
        self._starts = list(map(_START, self._mentions))
        self._longest = max(map(sub, map(_END, mentions), map(_START, mentions)), default=0)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions sharing at least one character with [start, end), sorted by start."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self._mentions[lo:hi] if m.end > start]
