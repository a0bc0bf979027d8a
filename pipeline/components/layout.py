"""Component: headings and paragraphs, so that no sentence or entity runs across a line break."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..text import split_blocks

BLOCKS_KEY = "partex_blocks"


@Language.component("partex_layout")
def layout(doc: Doc) -> Doc:
    """Record the blocks of `doc` and start a sentence after every line break.

    Set before the statistical components: the NER never continues an entity across a preset
    sentence start, which keeps a heading out of the name that follows it.
    """
    doc.user_data[BLOCKS_KEY] = [(b.start, b.end, b.is_heading) for b in split_blocks(doc.text)]
    previous = None
    for token in doc:
        if previous is None or "\n" in previous.whitespace_ or (
                previous.is_space and "\n" in previous.text):
            if not token.is_space:
                token.is_sent_start = True
        previous = token
    return doc
