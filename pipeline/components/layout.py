"""Component: headings and paragraphs, so that no sentence or entity runs across a line break."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from ..text import split_blocks
from .keys import BLOCKS_KEY, doc_text

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
        doc.user_data[BLOCKS_KEY] = [(b.start, b.end, b.is_heading) for b in split_blocks(text)]
        if not len(doc):
            return doc
        starts = {m.end() for m in _LINE_START.finditer(text)}
        if self.split_sentences:
            starts.update(m.end() for m in _SENTENCE_START.finditer(text))
        # token indices from character offsets with one array, not a Python loop over tokens
        token_starts = doc.to_array([IDX]).ravel()
        indices = numpy.searchsorted(token_starts, sorted(starts))
        doc[0].is_sent_start = True
        for i, offset in zip(indices.tolist(), sorted(starts)):
            if i < len(doc) and token_starts[i] == offset:
                doc[i].is_sent_start = True
        return doc


@Language.factory("partex_layout", default_config={"split_sentences": False})
def make_layout(nlp: Language, name: str, split_sentences: bool) -> Layout:
    """Build the layout component; `split_sentences` when no trained splitter follows."""
    return Layout(name, split_sentences=split_sentences)
