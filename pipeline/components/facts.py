"""Component: the facts stage (`partex.facts`) over a Doc's mentions and sentences.

Reads `doc.ents` (the resolver's mentions, with norms), the sentences and the layout's blocks,
and writes `doc._.partex_facts` (one plain dict per argument, FACT_COLUMNS without doc_id) and
`doc._.partex_publisher`. A publisher set on the Doc before the pipeline runs
(`doc._.partex_publisher = "INTERPOL"`) is used as given; otherwise it is inferred.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..facts import Ref, fact_rows, find_facts
from ..facts.words import load_fact_words
from .data import PatternsData
from .extensions import doc_text, original_text, span_value


class FactFinder(PatternsData):
    """Finds a document's facts (see `partex.facts`)."""

    def __init__(self, nlp: Language, name: str, *, lang: str = "") -> None:
        super().__init__(lang or nlp.lang)
        self.name = name
        self._ready = False

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   patterns_dir: str | Path | None = None) -> None:
        """Read the language's fact words from `patterns_dir` (default: the project's)."""
        self.use_patterns(patterns_dir)
        load_fact_words(self.lang, self.patterns_dir)
        self._ready = True

    def __call__(self, doc: Doc) -> Doc:
        if not self._ready:
            self.initialize()
        facts, publisher = find_facts(**fact_inputs(doc, self.lang), patterns_dir=self.patterns_dir)
        doc._.partex_publisher = publisher
        doc._.partex_facts = [{k: v for k, v in row.items() if k != "doc_id"}
                              for row in fact_rows(facts, "", original_text(doc))]
        return doc


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each sentence, read from one array (as the rows read sentence numbers)."""
    if not len(doc):
        return []
    table = doc.to_array([IDX, SENT_START, LENGTH])
    starts = numpy.flatnonzero(table[:, 1] == 1)  # numpy, not a Python step per token
    if not len(starts) or starts[0] != 0:
        starts = numpy.concatenate(([0], starts))
    last = numpy.append(starts[1:], len(doc)) - 1  # each sentence's last token
    return list(zip(table[starts, 0].tolist(), (table[last, 0] + table[last, 2]).tolist()))


def fact_inputs(doc: Doc, lang: str) -> dict[str, Any]:
    """What the facts stage reads of a processed Doc (keyword arguments of `find_facts`)."""
    mentions = []
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        mentions.append(Ref(start, end, ent.label_, span_value(doc, "norm", start, end)))
    dateline = tuple(doc._.partex_dateline) if doc._.partex_dateline else (0, 0)
    return {"text": doc_text(doc), "lang": lang, "mentions": mentions, "sentences": sentence_spans(doc),
            "blocks": doc._.partex_blocks or [], "doc_date": doc._.partex_doc_date or "",
            "publisher": doc._.partex_publisher, "dateline": dateline}


@Language.factory("partex_facts", default_config={"lang": ""})
def make_fact_finder(nlp: Language, name: str, lang: str) -> FactFinder:
    """Build the facts stage (`lang`: default nlp.lang)."""
    return FactFinder(nlp, name, lang=lang)
