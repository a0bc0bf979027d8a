"""What the facts stage reads a document as: the mentions (`Ref`, span, label, norm) and the
sentences that hold them, in order."""

from __future__ import annotations

import re

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

# spaces and dashes a sentence may open with (a dateline's dash): skipped to its first word
OPENING_DASHES = re.compile(r"[\s–—-]*")
# the marks a line of a list opens with (not the em dash, which opens a dateline: `— Paris, le 5 mai`)
BULLETS = ("-", "•", "–", "*", "·", "▪")


def is_item(text: str, sentence: "Sentence") -> bool:
    """Whether a sentence is a line of a list: it opens on one of `BULLETS`."""
    return text[sentence.start:sentence.end].lstrip().startswith(BULLETS)


class Ref(NamedTuple):
    """A mention as facts use it: span, label and norm (the publisher's has no span)."""

    start: int
    end: int
    label: str
    norm: str


def distinct(refs: list[Ref]) -> list[Ref]:
    """The refs with the first of each norm only, in order."""
    seen, out = set(), []
    for r in refs:
        if r.norm not in seen:
            seen.add(r.norm)
            out.append(r)
    return out


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading), with its mentions in order."""

    index: int
    start: int
    end: int
    block: int
    heading: bool
    mentions: tuple[Ref, ...]

    def of(self, *labels: str) -> Sequence[Ref]:
        """Its mentions of these labels, in order (not to be changed: one label's are shared)."""
        if len(labels) == 1:
            return self.by_label.get(labels[0], ())
        return [m for m in self.mentions if m.label in labels]

    @cached_property
    def by_label(self) -> dict[str, tuple[Ref, ...]]:
        """Its mentions by label, in order."""
        found: dict[str, list[Ref]] = {}
        for m in self.mentions:
            found.setdefault(m.label, []).append(m)
        return {label: tuple(refs) for label, refs in found.items()}
