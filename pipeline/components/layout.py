"""Component: headings and paragraphs, so that no sentence or entity runs across a line break."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..text import dateline_end, dateline_place, split_blocks
from .extensions import doc_text

# Where a sentence starts inside a line, for pipelines with no trained sentence splitter:
# after . ! ? … (and a closing quote or bracket), before a capital, a digit or an opening mark.
_SENTENCE_START = re.compile(r"(?<=[.!?…])[\"»”')\]]*[ \t]+(?=[\"«“(\[]?[A-ZÀ-Ý0-9])")
_LINE_START = re.compile(r"\n[ \t\u00a0]*(?=\S)")


class Layout:
    """Record the blocks of a Doc and start a sentence after every line break.

    Set before the statistical components: the NER never continues an entity across a preset
    sentence start, which keeps a heading out of the name that follows it. With
    `split_sentences` (partex's own pipelines: no trained sentence splitter), it also starts
    sentences after closing punctuation and after a dateline.
    """

    def __init__(self, name: str, *, split_sentences: bool) -> None:
        self.name = name
        self.split_sentences = split_sentences

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        doc._.partex_blocks = [(b.start, b.end, b.is_heading) for b in split_blocks(text)]
        if not len(doc):
            return doc
        starts = {m.end() for m in _LINE_START.finditer(text)}
        token_starts = doc.to_array([IDX]).ravel()
        if self.split_sentences:
            starts.update(_sentence_starts(doc, text, token_starts))
            starts.update(_lead_start(text))
        # token indices from character offsets, and the flags set with one array: setting
        # `is_sent_start` token by token checks the whole Doc each time
        offsets = numpy.array(sorted(starts), dtype=token_starts.dtype)
        indices = numpy.searchsorted(token_starts, offsets)
        inside = indices < len(doc)
        indices = indices[inside][token_starts[indices[inside]] == offsets[inside]]
        flags = doc.to_array([SENT_START])  # a column, in spaCy's own dtype
        flags[0] = 1
        flags[indices] = 1
        doc.from_array([SENT_START], flags.reshape(-1, 1))
        return doc


def _sentence_starts(doc: Doc, text: str, token_starts: numpy.ndarray) -> list[int]:
    """Where sentences start inside lines: after closing punctuation that is a token of its own.

    The tokenizer's exceptions know the language's abbreviations (`M.`, `Mr.`, `Sra.`, `S.E.`
    are one token with their point), so a point glued to its word is no sentence end.
    """
    found = []
    for m in _SENTENCE_START.finditer(text):
        punct = m.start() - 1  # the . ! ? … the lookbehind saw
        index = int(numpy.searchsorted(token_starts, punct, side="right")) - 1
        if index >= 0 and token_starts[index] == punct:
            found.append(m.end())
    return found


def _lead_start(text: str) -> list[int]:
    """Where the lead starts after a dateline (`LYON (France), 14 novembre 2023 – Une opération`):
    the dateline is no part of the first sentence (its place is no actor of the lead's facts)."""
    place = dateline_place(text)
    lead = dateline_end(text, place[1]) if place else None
    if lead is None:
        return []
    return [lead + len(text[lead:lead + 20]) - len(text[lead:lead + 20].lstrip())]


@Language.factory("partex_layout", default_config={"split_sentences": False})
def make_layout(nlp: Language, name: str, split_sentences: bool) -> Layout:
    """Build the layout component; `split_sentences` when no trained splitter follows."""
    return Layout(name, split_sentences=split_sentences)
