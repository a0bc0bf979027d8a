"""Component: the token rules of `patterns/<lang>/rules.jsonl`, run only where they can match.

spaCy's Matcher tries every rule at every token of a document and builds a Python `Token` for
each one; for eight rules that was a tenth of a rules-only run. Each rule here requires one of
its tokens to be one of a few words (`{"LOWER": {"IN": ["convention", ...]}}`, or `TEXT`/`ORTH`
words, looked for lowercased), so the Matcher
runs only on the windows of the document around those words: a match contains its required
word and is at most as long as the rule allows, so it lies inside the window and nothing is
lost. A rule that requires no such word, or may be unboundedly long, runs on the whole document.
The spaCy Matcher does the matching; only the choice of windows is written here, as no spaCy
component restricts a Matcher to the places a cheap test allows.
"""

from __future__ import annotations

import re

from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

_BOUNDED = re.compile(r"\{(\d*),?(\d*)\}")


def _max_length(token: dict) -> int | None:
    """How many tokens a pattern token can take at most (None: no bound)."""
    op = token.get("OP", "1")
    if op in ("1", "?"):
        return 1
    bounded = _BOUNDED.fullmatch(op)
    if bounded and (bounded.group(2) or ("," not in op and bounded.group(1))):
        return int(bounded.group(2) or bounded.group(1))
    return None  # "+", "*", "!", "{n,}"


def _required(token: dict) -> bool:
    op = token.get("OP", "1")
    if op in ("1", "+"):
        return True
    bounded = _BOUNDED.fullmatch(op)
    return bool(bounded and bounded.group(1) and int(bounded.group(1)) > 0)


# Attributes whose fixed words can anchor a rule. A token whose TEXT (ORTH) is a word has that
# word lowercased as its LOWER, so windows around the lowercased words hold every match of a
# case-sensitive word too (the Matcher then checks the case).
_ANCHOR_KEYS = ("LOWER", "TEXT", "ORTH")


def _anchor(pattern: list[dict]) -> tuple[set[str], int, int] | None:
    """(lowercase words, tokens before, tokens after) for a required token with a fixed set of
    words; None when the rule has none or its length has no bound.

    Of several such tokens, the one whose shortest word is longest anchors the rule: short words
    are the common ones (`in`, `for`, `on`), and a rule anchored on them would be tried in windows
    around most of a text's words (`… in … project` is anchored on `project`)."""
    lengths = [_max_length(token) for token in pattern]
    if None in lengths:
        return None
    anchors = []
    for i, token in enumerate(pattern):
        value = next((token[key] for key in _ANCHOR_KEYS if key in token), None)
        words = {value} if isinstance(value, str) else (
            set(value["IN"]) if isinstance(value, dict) and list(value) == ["IN"] else None)
        if words and _required(token):
            anchors.append((-min(map(len, words)), i, words))
    if not anchors:
        return None
    _, i, words = min(anchors)
    return ({w.lower() for w in words}, sum(lengths[:i]), sum(lengths[i + 1:]) + lengths[i] - 1)


class TokenRules:
    """Adds the matches of token rules to `doc.spans[spans_key]`, sorted with what is there."""

    def __init__(self, nlp: Language, name: str, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.anywhere = Matcher(nlp.vocab, validate=True)  # rules with no anchor
        # anchor word (its LOWER id) → (tokens before, tokens after) the longest of the rules it
        # anchors may take around it: each word's window is as wide as its own rules need
        self._anchors: dict[int, tuple[int, int]] = {}
        self._anchor_array = numpy.zeros(0, dtype="uint64")  # the words, sorted, for numpy.searchsorted
        self._extents = numpy.zeros((0, 2), dtype="int64")  # their (before, after), in that order
        self._keys: dict[int, tuple[str, str, str]] = {}  # match key: (label, id, provenance)
        self._records: list[dict] = []

    def add_patterns(self, records: list[dict]) -> None:
        """Add token rules given as span_ruler records: {"label", "pattern": [token, ...], "id"?,
        "source"?} (`source`: the rule's provenance, `rule:<file>:<line>`)."""
        strings = self.matcher.vocab.strings
        for record in records:
            label, ident, source = record["label"], record.get("id", ""), record.get("source", "")
            key = f"{label}|{ident}|{source}"
            self._records.append(record)
            self._keys[strings.add(key)] = (label, ident, source)
            anchor = _anchor(record["pattern"])
            if anchor is None:
                self.anywhere.add(key, [record["pattern"]])
                continue
            words, before, after = anchor
            self.matcher.add(key, [record["pattern"]])
            for word in words:
                was = self._anchors.get(strings.add(word), (0, 0))
                self._anchors[strings.add(word)] = (max(was[0], before), max(was[1], after))
        self._anchor_array = numpy.array(sorted(self._anchors), dtype="uint64")
        self._extents = numpy.array([self._anchors[w] for w in sorted(self._anchors)], dtype="int64").reshape(-1, 2)

    def __call__(self, doc: Doc) -> Doc:
        matches = list(self.anywhere(doc)) if len(self.anywhere) else []
        if self._anchors and len(doc):
            windows = self._windows(doc)
            for start, end in windows:
                matches.extend((key, start + s, start + e)
                               for key, s, e in self.matcher(doc[start:end]))
        if matches:
            found = {Span(doc, s, e, label=self._keys[key][0], span_id=self._keys[key][1])
                     for key, s, e in matches if s != e}
            spans = set(doc.spans[self.spans_key]) if self.spans_key in doc.spans else set()
            doc.spans[self.spans_key] = sorted(spans | found)
            doc._.partex_rule_sources = [
                [doc[s:e].start_char, doc[s:e].end_char, self._keys[key][0], self._keys[key][2]]
                for key, s, e in matches if s != e]
        return doc

    def _windows(self, doc: Doc) -> list[list[int]]:
        """The windows, merged where they touch, around each anchor word of the document, as
        wide as the rules that word anchors: every match of a rule holds one of its anchor
        words, with at most its rule's tokens before and after it, so it lies in one window."""
        lowers = doc.to_array(LOWER)
        # each word's place among the sorted anchors, and whether it is the anchor there: one
        # search for both the hits and their extents (numpy.isin, which sorts its inputs on
        # every call, cost more than the rest of the windows over a document of a few hundred words)
        anchors = self._anchor_array
        at = numpy.searchsorted(anchors, lowers)
        at[at == len(anchors)] = 0  # past the last anchor: compared with the first, never equal
        hits = numpy.flatnonzero(anchors[at] == lowers)
        extents = self._extents[at[hits]]
        starts = numpy.maximum(hits - extents[:, 0], 0)
        ends = numpy.minimum(hits + extents[:, 1] + 1, len(doc))
        order = numpy.argsort(starts, kind="stable")
        windows: list[list[int]] = []
        for start, end in zip(starts[order].tolist(), ends[order].tolist()):
            if windows and start <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
            else:
                windows.append([start, end])
        return windows

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        """Save the rules as JSON Lines (what `add_patterns` was given)."""
        Path(path).mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(Path(path) / "rules.jsonl", self._records)

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> TokenRules:
        """Load the rules saved by `to_disk`."""
        self.add_patterns(list(srsly.read_jsonl(Path(path) / "rules.jsonl")))
        return self


@Language.factory("partex_token_rules", default_config={"spans_key": "partex_ruler"})
def make_token_rules(nlp: Language, name: str, spans_key: str) -> TokenRules:
    """Build the component that runs the token rules around the words they require."""
    return TokenRules(nlp, name, spans_key)
