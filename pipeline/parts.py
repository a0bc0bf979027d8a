"""Long documents in parts: cut at paragraph breaks, analysed one by one, joined with exact offsets.

spaCy refuses a text over `nlp.max_length` (1 000 000 characters, error E088), and the model's
memory grows with the length of a Doc. A document longer than `PART_CHARS` is therefore cut
into consecutive parts of at most that many characters, each cut at the last paragraph break
(a blank line) before the limit, else the last line break, else the last sentence end, else the
last white space, else at the limit itself. Each part is analysed as a text of its own; their
rows are joined back into the document's: mention and fact offsets (evidence included) moved by
the part's start, so that `text == document[start:end]` still holds, sentences numbered on
through the document, the heading of a part's first paragraphs carried over from the part
before, facts renumbered. A fact never spans two parts, and an acronym defined in one part is
not known in the next unless the gazetteer knows it: the price of reading a 5 000 000-character
report at all.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from .text import Sections, fold, split_blocks

PART_CHARS = 100_000

# Where a part may end, best first: after a paragraph break, a line break, a sentence end, a space.
_BREAKS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?…]\s"), re.compile(r"\s"))
_FACT_OFFSETS = ("start", "end", "evidence_start", "evidence_end")


class _Analysis(Protocol):
    doc_id: str
    lang: str
    mentions: list[dict]
    facts: list[dict]
    publisher: str
    date: str
    sentences: int

    def _replace(self, **changes: Any) -> Any: ...


def split_parts(text: str, limit: int = PART_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts covering `text`, none longer than `limit` characters.

    A text within the limit is one part. A cut falls in the second half of a part's window, at
    the last break of the best kind found there, so that no part is needlessly short.
    """
    parts: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window_start, window_end = start + limit // 2, start + limit
        end = window_end
        for pattern in _BREAKS:
            found = [m.end() for m in pattern.finditer(text, window_start, window_end)]
            if found:
                end = found[-1]
                break
        parts.append((start, end))
        start = end
    parts.append((start, len(text)))
    return parts


class DocumentParts:
    """Cuts the documents going into an analysis into parts, and joins the parts' analyses.

    `split` and `join` wrap a stream of documents and the stream of analyses made of it, in the
    same order: `join(analyse(split(docs)))`.
    """

    def __init__(self, limit: int | None = None) -> None:
        self.limit = limit or PART_CHARS
        # per part sent: (start, index, count, text of the whole document when cut, else None)
        self._plan: deque[tuple[int, int, int, str | None]] = deque()

    def split(self, docs: Iterable[tuple]) -> Iterator[tuple]:
        """Each (doc_id, text, lang, ...) as is, or as one such tuple per part."""
        for doc_id, text, *rest in docs:
            bounds = split_parts(text, self.limit)
            whole = text if len(bounds) > 1 else None
            for index, (start, end) in enumerate(bounds):
                self._plan.append((start, index, len(bounds), whole))
                yield (doc_id, text[start:end] if whole is not None else text, *rest)

    def join(self, analyses: Iterable[_Analysis]) -> Iterator[Any]:
        """Each document's analysis: as made for a document in one part, joined for the others."""
        held: list[tuple[int, _Analysis]] = []
        for analysis in analyses:
            start, index, count, whole = self._plan.popleft()
            if count == 1:
                yield analysis
                continue
            held.append((start, analysis))
            if index == count - 1:
                yield join_parts(held, whole or "")
                held = []


def join_parts(parts: list[tuple[int, _Analysis]], text: str) -> Any:
    """One analysis of a document from those of its parts, each given with the part's start."""
    mentions: list[dict] = []
    facts: list[dict] = []
    sentences = 0
    heading = ""  # the heading in force where the part starts
    fact_ids: dict[tuple[int, str], str] = {}
    for index, (start, analysis) in enumerate(parts):
        if index:
            heading = _last_heading(text[parts[index - 1][0]:start]) or heading
        for row in analysis.mentions:
            mentions.append({**row, "start": row["start"] + start, "end": row["end"] + start,
                             "sentence": row["sentence"] + sentences,
                             "section": row["section"] or heading})
        for row in analysis.facts:
            fact = fact_ids.setdefault((index, row["fact"]), f"f{len(fact_ids) + 1}")
            facts.append({**row, "fact": fact, **{key: row[key] + start for key in _FACT_OFFSETS
                                                  if isinstance(row.get(key), int)}})
        sentences += analysis.sentences
    return parts[0][1]._replace(
        mentions=mentions, facts=facts, sentences=sentences,
        publisher=next((a.publisher for _, a in parts if a.publisher), ""),
        date=next((a.date for _, a in parts if a.date), ""))


def _last_heading(part: str) -> str:
    """The title of the last heading of a part, as the mentions' `section` gives it; "" if none."""
    sections = Sections(part, split_blocks(fold(part)))
    return sections.heading_at(len(part))
