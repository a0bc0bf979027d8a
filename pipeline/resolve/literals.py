"""Finding a document's own words (the names, acronyms and long forms it defines) without
compiling a pattern for them.

A pattern built from one document's words is compiled for that document only: `re` parses and
compiles it in Python code, 0.1 to 0.5 ms a pattern, more than the search itself, and its cache
of 512 patterns is of no use from one document to the next. These helpers find the literals with
`str.find` and check what lies around them with patterns compiled once, and they return what
`re.finditer` of the alternation would: the leftmost match first, at one position the first
literal (in the order given) that fits, no two matches overlapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_WORD = re.compile(r"\w")
_SPACES = re.compile(r"\s+")


def alternation_spans(text: str, literals: Iterable[str], not_before: re.Pattern[str] | None,
                      after: re.Pattern[str] | None) -> list[tuple[int, int, str, re.Match[str] | None]]:
    """(start, end, literal, the `after` match) of each match of `(?<!X)(?:l1|l2|…)A` in `text`,
    where `not_before` is the one-character class X and `after` the pattern A matched where the
    literal ends (its end is the match's end); either may be None. No literal may be empty."""
    rank: dict[str, int] = {}
    for literal in literals:
        if not literal:
            raise ValueError("an empty literal matches everywhere")
        rank.setdefault(literal, len(rank))
    hits: list[tuple[int, int, str]] = []
    for literal, order in rank.items():
        at = text.find(literal)
        while at >= 0:
            hits.append((at, order, literal))
            at = text.find(literal, at + 1)
    hits.sort()
    found: list[tuple[int, int, str, re.Match[str] | None]] = []
    reached = 0  # where the last match ended: the next one starts there or after
    for start, _, literal in hits:
        if start < reached or start and not_before is not None and not_before.match(text, start - 1):
            continue
        end, tail = start + len(literal), None
        if after is not None:
            tail = after.match(text, end)
            if tail is None:
                continue
            end = tail.end()
        found.append((start, end, literal, tail))
        reached = end
    return found


_NOT_WORD_OR_HYPHEN = re.compile(r"(?![\w-])")
_NOT_WORD = re.compile(r"(?!\w)")
_JOINED = re.compile(r"[\w'’-]")
_NOT_JOINED = re.compile(r"(?![\w'’-])")


def whole_uses(text: str, literals: Iterable[str], apostrophes: bool = False) -> list[tuple[int, int, str]]:
    """The matches of `(?<![\\w-])(?:l1|l2|…)(?![\\w-])`: each literal as a whole word. With
    `apostrophes`, those of `(?<![\\w'’-])(?:l1|l2|…)(?![\\w'’-])`: an apostrophe beside a literal
    joins it to the word there too (`l’Union`, `Union's` hold no use of `Union`: a name written
    whole, as appositives reads its uses)."""
    if apostrophes:
        return [(s, e, lit) for s, e, lit, _ in alternation_spans(text, literals, _JOINED, _NOT_JOINED)]
    return [(s, e, lit) for s, e, lit, _ in alternation_spans(text, literals, _WORD_OR_HYPHEN, _NOT_WORD_OR_HYPHEN)]


def word_uses(text: str, literals: Iterable[str]) -> list[tuple[int, int, str]]:
    """The matches of `(?<!\\w)(?:l1|l2|…)(?!\\w)` (a hyphen bounds a word)."""
    return [(s, e, lit) for s, e, lit, _ in alternation_spans(text, literals, _WORD, _NOT_WORD)]


def spaced_spans(text: str, words: list[str], after: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each match of `w1\\s+w2\\s+…wn` followed by `after` (matched, then its end
    is the match's end), as `re.finditer` finds them; the words hold no white space, so a run of
    spaces is never given back to the word after it."""
    first, rest = words[0], words[1:]
    found: list[tuple[int, int]] = []
    at = text.find(first)
    while at >= 0:
        end = _rest_end(text, at + len(first), rest, after)
        if end is None:
            at = text.find(first, at + 1)
        else:
            found.append((at, end))
            at = text.find(first, end)
    return found


def _rest_end(text: str, end: int, rest: list[str], after: re.Pattern[str]) -> int | None:
    for word in rest:
        spaces = _SPACES.match(text, end)
        if spaces is None or not text.startswith(word, spaces.end()):
            return None
        end = spaces.end() + len(word)
    tail = after.match(text, end)
    return None if tail is None else tail.end()
