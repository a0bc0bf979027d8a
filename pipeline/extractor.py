"""Extraction as plain functions and one object: text in, mention rows out."""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import numpy
import pandas as pd
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .columns import MENTION_COLUMNS
from .components.extensions import original_text, span_values
from .language import detect_language
from .languages import supported_languages
from .nlp import build_nlp, configured_models
from .text import Block, Sections

# Documents per nlp.pipe batch are sized by words: short texts batch many, long ones few.
BATCH_WORDS = 8000
# Words each pipeline reads before memory zones start (see Extractor._zone).
WARM_WORDS = 50_000


class Extractor:
    """Holds one pipeline per language, built on first use, and turns texts into mention rows."""

    def __init__(self, *, fast: bool = False, models: Mapping[str, str] | None = None,
                 patterns_dir: str | Path | None = None) -> None:
        self.fast = fast
        self.models = configured_models(models)
        self.patterns_dir = patterns_dir
        self._pipelines: dict[str, Language] = {}
        self._read: dict[str, int] = {}  # words read per language, for `_zone`

    @classmethod
    def load(cls, *, fast: bool = False, models: Mapping[str, str] | None = None,
             patterns_dir: str | Path | None = None,
             languages: Iterable[str] = ("fr",)) -> "Extractor":
        """An extractor with the pipelines for `languages` already built (others load lazily)."""
        extractor = cls(fast=fast, models=models, patterns_dir=patterns_dir)
        for lang in languages:
            extractor.pipeline(lang)
        return extractor

    def pipeline(self, lang: str) -> Language:
        """The pipeline for `lang`, built once."""
        if lang not in self._pipelines:
            self._pipelines[lang] = build_nlp(lang, fast=self.fast, model=self.models.get(lang),
                                              patterns_dir=self.patterns_dir)
        return self._pipelines[lang]

    def extract(self, text: str, *, doc_id: str, lang: str | None = None) -> list[dict]:
        """Mention rows (keys: MENTION_COLUMNS) for one document; `lang` None: detected (the
        rows' `lang` column says which language was used)."""
        lang = lang or detect_language(text)
        nlp = self.pipeline(lang)
        with self._zone(lang, text.count(" ") + 1):
            return rows_from_doc(nlp(text), doc_id, lang)

    def extract_many(self, docs: Iterable[tuple[str, str, str]]) -> Iterator[tuple[str, list[dict]]]:
        """(doc_id, rows) for each (doc_id, text, lang), batched through `nlp.pipe` per language run."""
        batch: list[tuple[str, str]] = []
        batch_lang = None
        words = 0
        for doc_id, text, lang in docs:
            if batch and (lang != batch_lang or words >= BATCH_WORDS):
                yield from self._run(batch, batch_lang)
                batch, words = [], 0
            batch.append((doc_id, text))
            batch_lang = lang
            words += text.count(" ") + 1
        if batch:
            yield from self._run(batch, batch_lang)

    def _zone(self, lang: str, words: int) -> contextlib.AbstractContextManager:
        """Where a batch of `words` words runs: in a memory zone, unless the vocabulary is warming.

        `memory_zone` frees the strings the documents added to the vocabulary once they are turned
        into plain rows, so a long batch does not grow the string store. It also forgets their
        lexemes and the tokenizer's cache, which then cost again in every batch (a third of a
        rules-only run). The first WARM_WORDS words a pipeline reads stay outside a zone: the
        common words of the batch's genre become permanent, and the memory kept is bounded.
        """
        read = self._read.get(lang, 0)
        self._read[lang] = read + words
        if read < WARM_WORDS:
            return contextlib.nullcontext()
        return self.pipeline(lang).memory_zone()

    def _run(self, batch: list[tuple[str, str]], lang: str) -> Iterator[tuple[str, list[dict]]]:
        nlp = self.pipeline(lang)
        with self._zone(lang, sum(text.count(" ") + 1 for _, text in batch)):
            docs = nlp.pipe((text for _, text in batch), batch_size=len(batch))
            results = [(doc_id, rows_from_doc(doc, doc_id, lang))
                       for (doc_id, _), doc in zip(batch, docs)]
        yield from results


def rows_from_doc(doc: Doc, doc_id: str, lang: str) -> list[dict]:
    """The mention rows of a processed Doc (its `doc.ents`), with text taken from the original."""
    original = original_text(doc)
    sections = Sections(original, [Block(*b) for b in doc._.partex_blocks or ()])
    # sentence starts as character offsets, read from one array rather than `doc.sents`
    starts = doc.to_array([IDX, SENT_START]) if len(doc) else numpy.zeros((0, 2), "uint64")
    sent_starts = starts[starts[:, 1] == 1, 0].tolist() or [0]
    rows = []
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        values = span_values(doc, start, end)  # ent._.norm ... read in one go
        rows.append({
            "doc_id": doc_id, "start": start, "end": end, "label": ent.label_,
            "text": original[start:end], "norm": values["norm"], "precision": values["precision"],
            "qualifier": values["qualifier"], "lang": lang, "section": sections.heading_at(start),
            "sentence": bisect.bisect_right(sent_starts, start) - 1, "source": values["source"],
        })
    return rows


def mentions_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """Mention rows as a DataFrame with the fixed columns, sorted by document and offset."""
    frame = pd.DataFrame(list(rows), columns=list(MENTION_COLUMNS))
    return frame.sort_values(["doc_id", "start", "end"], kind="stable").reset_index(drop=True)


def corpus_documents(corpus_dir: str | Path) -> Iterator[tuple[str, str]]:
    """(doc_id, text) for the .txt and .md files of a folder, sorted, read as the scorer reads them."""
    from .gold import load_documents

    yield from sorted(load_documents(corpus_dir).items())


def extract_corpus(corpus_dir: str | Path, *, extractor: Extractor | None = None,
                   lang: str | None = None) -> pd.DataFrame:
    """Extract every text of a corpus folder into one mentions DataFrame (the `check` corpus)."""
    extractor = extractor or Extractor()
    docs = [(doc_id, text, lang or detect_language(text))
            for doc_id, text in corpus_documents(corpus_dir)]
    # a text in a language partex does not read is left out, as `partex extract` reports it
    docs = sorted((d for d in docs if d[2] in supported_languages()), key=lambda d: (d[2], d[0]))
    rows = [row for _, doc_rows in extractor.extract_many(docs) for row in doc_rows]
    return mentions_frame(rows)
