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

from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH, SENT_START
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
        rows = fact_rows(facts, "", original_text(doc))
        for row in rows:  # the rows are new dicts: the key dropped in place, the others' order kept
            del row["doc_id"]
        doc._.partex_facts = rows
        return doc


def sentence_spans(doc: Doc, table: numpy.ndarray | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence, read from one array (as the rows read sentence numbers);
    `table`: the Doc's IDX, SENT_START and LENGTH columns where already read."""
    if not len(doc):
        return []
    if table is None:
        table = doc.to_array([IDX, SENT_START, LENGTH])
    starts = numpy.flatnonzero(table[:, 1] == 1)  # numpy, not a Python step per token
    if not len(starts) or starts[0] != 0:
        starts = numpy.concatenate(([0], starts))
    last = numpy.append(starts[1:], len(doc)) - 1  # each sentence's last token
    return list(zip(table[starts, 0].tolist(), (table[last, 0] + table[last, 2]).tolist()))


def mention_refs(doc: Doc, table: numpy.ndarray) -> list[Ref]:
    """The Doc's entities as `Ref`s with their norms, read from the IDX, LENGTH, ENT_IOB and
    ENT_TYPE columns of `table` (columns 0, 2, 3, 4): the spans `doc.ents` gives (an entity opens
    on a B token of a type and runs over the I tokens after it), without building a `Span` each
    (that was a third of the stage's reading of the Doc)."""
    iob, types = table[:, 3], table[:, 4]
    opens = (iob == 3) & (types != 0)
    if not opens.any():
        return []
    # an entity ends where a token is not inside it: any token but an I (B, O, or unset)
    first = numpy.flatnonzero(opens)
    not_inside = numpy.append(numpy.flatnonzero(iob != 1), len(doc))
    last = not_inside[numpy.searchsorted(not_inside, first, side="right")] - 1
    starts = table[first, 0].tolist()
    ends = (table[last, 0] + table[last, 2]).tolist()
    labels = types[first].tolist()
    names = {label: doc.vocab.strings[label] for label in set(labels)}  # a few labels, many mentions
    return [Ref(start, end, names[label], span_value(doc, "norm", start, end))
            for start, end, label in zip(starts, ends, labels)]


def fact_inputs(doc: Doc, lang: str) -> dict[str, Any]:
    """What the facts stage reads of a processed Doc (keyword arguments of `find_facts`)."""
    table = doc.to_array([IDX, SENT_START, LENGTH, ENT_IOB, ENT_TYPE]) if len(doc) else None
    mentions = mention_refs(doc, table) if table is not None else []
    dateline = tuple(doc._.partex_dateline) if doc._.partex_dateline else (0, 0)
    return {"text": doc_text(doc), "lang": lang, "mentions": mentions, "sentences": sentence_spans(doc, table),
            "blocks": doc._.partex_blocks or [], "doc_date": doc._.partex_doc_date or "",
            "publisher": doc._.partex_publisher, "dateline": dateline}


@Language.factory("partex_facts", default_config={"lang": ""})
def make_fact_finder(nlp: Language, name: str, lang: str) -> FactFinder:
    """Build the facts stage (`lang`: default nlp.lang)."""
    return FactFinder(nlp, name, lang=lang)
