"""Plain-text helpers: the 1:1 character folding the matchers see, and the heading/paragraph layout."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

# Characters folded before any matching, one character for one so that every offset into the
# folded text is an offset into the original: typographic apostrophes become ', no-break and
# narrow no-break spaces become plain spaces. Patterns are folded the same way when loaded.
_FOLD = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
         "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "}


def fold(text: str) -> str:
    """Return `text` with apostrophes and no-break spaces unified, keeping its length."""
    # str.replace per character, not str.translate, which looks every character up in a dict:
    # 0.3 µs per word of a whole text against a hundredth of that for a few scans in C
    for char, plain in _FOLD.items():
        if char in text:
            text = text.replace(char, plain)
    return text


def unaccented(text: str) -> str:
    """`text` without its accents (`Pesquerías` → `Pesquerias`): what names are compared by
    where case and accents aside they are the same name (the offsets are not kept)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# A dateline opens a press release: a place in capitals, maybe a country in parentheses or
# after a comma, then the date, then a dash before the lead ("LYON (France), 12 mars 2019 –",
# "NEW YORK, 21 December 2017 -"). Without a date the dash follows the place or its country
# ("BOBO-DIOULASSO (Burkina Faso) – L'épidémie", "MANILA, Philippines – For"). The dash is looked
# for within DATELINE_REACH characters of the place.
_DATELINE = re.compile(r"\s*(?:[^\n]*\n\s*)??(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'. -]*[A-ZÀ-Ý])"
                       r"(?=\s*(?:\([^)\n]{1,40}\)\s*)?(?:,\s*[^\n]{0,40}?\d|(?:,[^\n\d–—]{1,40})?\s[–—-]\s+\w))")
_DATELINE_DASH = re.compile(r"\s[–—-]\s")
DATELINE_REACH = 60


def stands_whole(part: str, text: str, joining: str = "") -> bool:
    """Whether `part` is written in `text` as a whole: no letter or digit (nor a character of
    `joining`) touches it on either side. By hand: a regular expression per part would be
    compiled for each of the few words asked, where `str.find` scans at C speed."""
    def joins(ch: str) -> bool:
        return ch.isalnum() or ch in joining

    at = text.find(part)
    while at >= 0:
        end = at + len(part)
        if (at == 0 or not joins(text[at - 1])) and (end == len(text) or not joins(text[end])):
            return True
        at = text.find(part, at + 1)
    return False


def dateline_place(text: str) -> tuple[int, int] | None:
    """The [start, end) of a dateline's place in the opening of `text`, or None."""
    match = _DATELINE.match(text)
    return match.span("place") if match else None


def dateline_end(text: str, place_end: int) -> int | None:
    """The offset just after the dash that closes a dateline whose place ends at `place_end`
    (the lead starts there, after spaces), or None when no dash follows."""
    dash = _DATELINE_DASH.search(text, place_end, place_end + DATELINE_REACH)
    return dash.end() if dash else None


# spaCy's tokenizer strips prefixes and suffixes one at a time, each time searching the whole
# rest of a whitespace-free run: its time grows with the square of the run's length (20 000 `(`
# took 32 s, `.)` repeated 20 000 characters 68 s). No word, symbol or URL of the texts partex
# reads comes near this length, so a longer run is broken by a space every MAX_RUN characters
# before tokenizing, one character for one: offsets stay valid and the time linear.
MAX_RUN = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))


def break_long_runs(text: str, limit: int = MAX_RUN) -> str:
    """Return `text` with a space in place of every `limit`-th character of a longer run of
    non-space characters (same length, so every offset stays valid)."""
    # no run that long, the common case: told by the longest word of a split, not by the search,
    # which reads every word from each of its letters (both cut at the same blanks: Unicode's)
    if max(map(len, text.split()), default=0) <= limit:
        return text
    pattern = _LONG_RUN if limit == MAX_RUN else re.compile(r"\S{%d,}" % (limit + 1))
    chars = list(text)
    for match in pattern.finditer(text):
        for position in range(match.start() + limit, match.end(), limit + 1):
            chars[position] = " "
    return "".join(chars)


_SENTENCE_END = re.compile(r"[.!?;:,…»\"]\s*$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MAX_HEADING_WORDS = 12


@dataclass(frozen=True)
class Block:
    """A run of non-empty lines: a heading or a paragraph, with its character offsets."""

    start: int
    end: int
    is_heading: bool


def is_heading_line(line: str) -> bool:
    """Whether a one-line block reads as a heading: short, capitalised, no closing punctuation."""
    stripped = line.strip()
    if not stripped:
        return False
    if _MD_HEADING.match(line):
        return True
    if _SENTENCE_END.search(stripped) or len(stripped.split()) > _MAX_HEADING_WORDS:
        return False
    first = stripped.lstrip("#*-–—•\"'«( ")[:1]
    return first.isupper() or first.isdigit()


def split_blocks(text: str) -> list[Block]:
    """Split a text into blocks separated by blank lines; a one-line block may be a heading.

    A block of several lines is a paragraph. Every line break also ends a sentence for the
    pipeline, so a heading never runs into the paragraph under it.
    """
    blocks: list[Block] = []
    for match in re.finditer(r"[^\n]+(?:\n[ \t\u00a0]*[^\n\s][^\n]*)*", text):
        start, end = match.span()
        body = match.group()
        # leading/trailing spaces do not belong to the block
        start += len(body) - len(body.lstrip())
        end -= len(body) - len(body.rstrip())
        if start >= end:
            continue
        one_line = "\n" not in text[start:end]
        blocks.append(Block(start, end, one_line and is_heading_line(text[start:end])))
    return blocks


class Sections:
    """Maps a character offset to the heading of the section it stands in."""

    def __init__(self, text: str, blocks: list[Block]) -> None:
        heads = [b for b in blocks if b.is_heading]
        self._starts = [b.start for b in heads]
        self._titles = [_MD_HEADING.sub("", text[b.start:b.end]).strip() for b in heads]

    def heading_at(self, offset: int) -> str:
        """The heading of the section holding `offset` ("" before the first heading)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._titles[i] if i >= 0 else ""
