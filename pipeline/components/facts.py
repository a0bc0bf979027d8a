"""Component: the facts stage (`partex.facts`) over a Doc's mentions and sentences.

Reads `doc.ents` (the resolver's mentions, with norms), the sentences and the layout's blocks,
and writes `doc._.partex_facts` (one plain dict per argument, FACT_COLUMNS without doc_id) and
`doc._.partex_publisher`. A publisher set on the Doc before the pipeline runs
(`doc._.partex_publisher = "INTERPOL"`) is used as given; otherwise it is inferred.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..facts import Ref, fact_rows, find_facts
from ..facts.words import load_fact_words
from .data import PatternsData
from .extensions import doc_text, original_text, span_values


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
    starts = [int(i) for i, flag in enumerate(table[:, 1]) if flag == 1] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [len(doc)]
    last = lambda j: int(table[j - 1, 0] + table[j - 1, 2])  # noqa: E731 - end of token j-1
    return [(int(table[a, 0]), last(b)) for a, b in zip(starts, ends)]


def fact_inputs(doc: Doc, lang: str) -> dict[str, Any]:
    """What the facts stage reads of a processed Doc (keyword arguments of `find_facts`)."""
    mentions = []
    for ent in doc.ents:
        values = span_values(doc, ent.start_char, ent.end_char)
        mentions.append(Ref(ent.start_char, ent.end_char, ent.label_, values["norm"]))
    dateline = tuple(doc._.partex_dateline) if doc._.partex_dateline else (0, 0)
    return {"text": doc_text(doc), "lang": lang, "mentions": mentions, "sentences": sentence_spans(doc),
            "blocks": doc._.partex_blocks or [], "doc_date": doc._.partex_doc_date or "",
            "publisher": doc._.partex_publisher, "dateline": dateline}


@Language.factory("partex_facts", default_config={"lang": ""})
def make_fact_finder(nlp: Language, name: str, lang: str) -> FactFinder:
    """Build the facts stage (`lang`: default nlp.lang)."""
    return FactFinder(nlp, name, lang=lang)
