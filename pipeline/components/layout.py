"""Component: headings and paragraphs, so that no sentence or entity runs across a line break."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..text import split_blocks
from .extensions import doc_text

# Where a sentence starts inside a line, for pipelines with no trained sentence splitter:
# after . ! ? … (and a closing quote or bracket), before a capital, a digit or an opening mark.
_SENTENCE_START = re.compile(r"(?<=[.!?…])[\"»”')\]]*[ \t]+(?=[\"«“(\[]?[A-ZÀ-Ý0-9])")
_LINE_START = re.compile(r"\n[ \t\u00a0]*(?=\S)")


class Layout:
    """Record the blocks of a Doc and start a sentence after every line break.

    Set before the statistical components: the NER never continues an entity across a preset
    sentence start, which keeps a heading out of the name that follows it. With
    `split_sentences`, it also starts sentences after closing punctuation (the pipeline has
    no `senter` then).
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
        if self.split_sentences:
            starts.update(m.end() for m in _SENTENCE_START.finditer(text))
        # token indices from character offsets, and the flags set with one array: setting
        # `is_sent_start` token by token checks the whole Doc each time
        token_starts = doc.to_array([IDX]).ravel()
        offsets = numpy.array(sorted(starts), dtype=token_starts.dtype)
        indices = numpy.searchsorted(token_starts, offsets)
        inside = indices < len(doc)
        indices = indices[inside][token_starts[indices[inside]] == offsets[inside]]
        flags = doc.to_array([SENT_START])  # a column, in spaCy's own dtype
        flags[0] = 1
        flags[indices] = 1
        doc.from_array([SENT_START], flags.reshape(-1, 1))
        return doc


@Language.factory("partex_layout", default_config={"split_sentences": False})
def make_layout(nlp: Language, name: str, split_sentences: bool) -> Layout:
    """Build the layout component; `split_sentences` when no trained splitter follows."""
    return Layout(name, split_sentences=split_sentences)
