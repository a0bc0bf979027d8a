"""Extraction as plain functions and one object: text in, mention and fact rows out."""

from __future__ import annotations

import bisect
import contextlib
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .cache import load_pipeline, regex_cache, save_pipeline
from .columns import MENTION_COLUMNS
from .components.extensions import original_text, span_values
from .language import detect_language, pipeline_language
from .languages import DEFAULT_PATTERNS_DIR, language_info, supported_languages
from .nlp import build_nlp, configured_models, one_blas_thread
from .parts import DocumentParts
from .text import Block, Sections

if TYPE_CHECKING:  # DataFrames only for the API's tables: `partex extract` starts without pandas
    import pandas as pd

# Documents per batch (`run_components`) are sized by words: short texts batch many, long ones few.
BATCH_WORDS = 8000
# Words each pipeline reads before memory zones start (see Extractor._zone).
WARM_WORDS = 50_000
# A short text in the genre per language (patterns/<lang>/warmup.txt), read by `Extractor.warm`.
WARMUP_FILE = "warmup.txt"


class Analysis(NamedTuple):
    """What partex reads in one document: its mention rows, its fact rows, its publisher."""

    doc_id: str
    lang: str
    mentions: list[dict]
    facts: list[dict]
    publisher: str
    date: str = ""  # the document's own date (its dateline's), ISO, or ""
    sentences: int = 0  # how many sentences the document has


class Extractor:
    """Holds one pipeline per language, built on first use, and turns texts into rows."""

    def __init__(self, *, fast: bool = False, models: Mapping[str, str] | None = None,
                 patterns_dir: str | Path | None = None) -> None:
        self.fast = fast
        self.models = configured_models(models)
        self.patterns_dir = patterns_dir
        self._pipelines: dict[str, Language] = {}
        self._read: dict[str, int] = {}  # words read per language, for `_zone`
        self._patterns_sha: str | None = None

    @classmethod
    def load(cls, *, fast: bool = False, models: Mapping[str, str] | None = None,
             patterns_dir: str | Path | None = None,
             languages: Iterable[str] = ("fr",)) -> "Extractor":
        """An extractor with the pipelines for `languages` already built (others load lazily)."""
        extractor = cls(fast=fast, models=models, patterns_dir=patterns_dir)
        for lang in languages:
            extractor.pipeline(lang)
        return extractor

    @property
    def patterns_sha256(self) -> str:
        """The hash of the patterns folder in use (computed once)."""
        if self._patterns_sha is None:
            from .outputs import patterns_sha256

            self._patterns_sha = patterns_sha256(Path(self.patterns_dir or DEFAULT_PATTERNS_DIR))
        return self._patterns_sha

    def built(self) -> tuple[str, ...]:
        """The languages whose pipeline is built."""
        return tuple(self._pipelines)

    def pipeline(self, lang: str) -> Language:
        """The pipeline for `lang`, built on first use (slow regular expressions from the disk
        cache, see `partex.cache`)."""
        if lang not in self._pipelines:
            with regex_cache(self.patterns_sha256):
                self._pipelines[lang] = self._build(lang)
        return self._pipelines[lang]

    def warm(self, lang: str) -> None:
        """Build the pipeline for `lang` and read its language's warm-up text once, unsaved.

        Much of what the stages read is built on first use, not when the pipeline is (regular
        expressions of the fact words and of the date and figure grammars, word sets of the
        resolver's stages): about a third of a second of CPU a language, which every worker of a
        batch paid again on its first documents. A batch reads the warm-up text before forking
        its workers (`partex.batch.plan.preload`) so that this is built once and shared; a
        language without the file is only built. The text is the project's own (the genre's
        triggers: a body and its acronym, a date, a resolution, figures, an agreement, an
        operation, a membership); what it leaves unbuilt is built on first use, as before. It
        saves CPU time and memory (built once, shared by the forked workers), not wall time on a
        machine where every worker would have built it at once; a warm-up that fails is skipped
        with a warning.
        """
        self.pipeline(lang)
        path = Path(self.patterns_dir or DEFAULT_PATTERNS_DIR) / lang / WARMUP_FILE
        if not path.is_file():
            return
        try:
            for _ in self.analyse_many([("warm-up", path.read_text(encoding="utf-8"), lang)]):
                pass
        except Exception as error:  # noqa: BLE001 - a warm-up never costs the batch its documents
            # what failed here fails again, and is reported, on the first document that meets it
            warnings.warn(f"{path}: warm-up skipped ({type(error).__name__}: {error})", stacklevel=2)

    def _build(self, lang: str) -> Language:
        """Build a pipeline, or load it from the cache when it has no trained model."""
        model = self.models.get(lang) or language_info(lang, self.patterns_dir).model
        cached = self.fast or not model
        if cached:
            nlp = load_pipeline(self.patterns_sha256, lang, self.patterns_dir)
            if isinstance(nlp, Language):
                return nlp
        nlp = build_nlp(lang, fast=self.fast, model=self.models.get(lang),
                        patterns_dir=self.patterns_dir)
        if cached:
            save_pipeline(self.patterns_sha256, lang, nlp, self.patterns_dir)
        return nlp

    def extract(self, text: str, *, doc_id: str, lang: str | None = None) -> list[dict]:
        """Mention rows (keys: MENTION_COLUMNS) for one document; `lang` None: detected (the
        rows' `lang` column says which language was used)."""
        return self.analyse(text, doc_id=doc_id, lang=lang).mentions

    def analyse(self, text: str, *, doc_id: str, lang: str | None = None,
                publisher: str | None = None) -> Analysis:
        """Mentions, facts and publisher of one document (`publisher` None: inferred)."""
        return next(self.analyse_many([(doc_id, text, lang or detect_language(text), publisher)]))

    def extract_many(self, docs: Iterable[tuple[str, str, str]]) -> Iterator[tuple[str, list[dict]]]:
        """(doc_id, rows) for each (doc_id, text, lang), batched per language run (`run_components`)."""
        for analysis in self.analyse_many(docs):
            yield analysis.doc_id, analysis.mentions

    def analyse_many(self, docs: Iterable[tuple]) -> Iterator[Analysis]:
        """An `Analysis` for each (doc_id, text, lang[, publisher]), batched per run of one
        language (`run_components`), documents of about BATCH_WORDS words at a time; a document
        longer than `partex.parts.PART_CHARS` is analysed in parts, joined again."""
        parts = DocumentParts()
        yield from parts.join(self._analyse_pieces(parts.split(docs)))

    def _analyse_pieces(self, docs: Iterable[tuple]) -> Iterator[Analysis]:
        batch: list[tuple] = []
        batch_lang = None
        words = 0
        for doc_id, text, lang, *rest in docs:
            if batch and (lang != batch_lang or words >= BATCH_WORDS):
                yield from self._run(batch, batch_lang)
                batch, words = [], 0
            batch.append((doc_id, text, rest[0] if rest else None))
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
        return self.pipeline(pipeline_language(lang)).memory_zone()

    def _run(self, batch: list[tuple], lang: str) -> Iterator[Analysis]:
        nlp = self.pipeline(pipeline_language(lang))
        words = sum(text.count(" ") + 1 for _, text, _ in batch)
        with self._zone(lang, words), one_blas_thread(nlp):
            docs = run_components(nlp, [_with_publisher(nlp, text, publisher)
                                        for _, text, publisher in batch])
            results = [analysis_of(doc, doc_id, lang) for (doc_id, _, _), doc in zip(batch, docs)]
        yield from results


def run_components(nlp: Language, texts: list[str | Doc], *,
                   timed: Callable[[str, Callable[[], list[Doc]]], list[Doc]] | None = None) -> list[Doc]:
    """`list(nlp.pipe(texts))`, one component at a time over the whole batch.

    `nlp.pipe` chains the components as generators, so that a document goes through every
    component that has no `pipe` of its own before the next one starts; here each component
    reads every document of the batch before the next component starts, and the resolver each
    of its stages (`Resolver.pipe`). The Docs are the same; the work is in another order, which
    keeps each component's code, words and patterns in the processor's caches over the batch
    (about 10 % less CPU for the whole extraction of the corpus in batches, 53 against 48 µs a
    word; `benchmarks/bench_stages.py --batch` times it component by component). spaCy offers
    no such order (a component's `pipe` sees one stream), so it is written here. Errors
    propagate as from `nlp.pipe` without an error handler (partex sets none; the batch runner
    then reads the documents one at a time). `timed(name, run)`, for the benchmarks, runs each
    step (`tokenizer`, then each component) and returns its Docs.
    """
    def step(name: str, run: Callable[[], list[Doc]]) -> list[Doc]:
        return timed(name, run) if timed is not None else run()

    docs = step("tokenizer", lambda: [text if isinstance(text, Doc) else nlp.make_doc(text) for text in texts])
    for name, component in nlp.pipeline:
        pipe = getattr(component, "pipe", None)
        docs = step(name, lambda: list(pipe(docs, batch_size=max(1, len(docs)))) if pipe
                    else [component(d) for d in docs])
    return docs


def _with_publisher(nlp: Language, text: str, publisher: str | None) -> Doc | str:
    """The text, or a Doc of it that carries the publisher a user gave."""
    if publisher is None:
        return text
    doc = nlp.make_doc(text)
    doc._.partex_publisher = publisher
    return doc


def analysis_of(doc: Doc, doc_id: str, lang: str) -> Analysis:
    """The rows of a processed Doc: mentions, facts (when the pipeline has the facts stage)."""
    facts = [{"doc_id": doc_id, **row} for row in doc._.partex_facts or ()]
    return Analysis(doc_id, lang, rows_from_doc(doc, doc_id, lang), facts,
                    doc._.partex_publisher or "", doc._.partex_doc_date or "",
                    _sentence_count(doc))


def _sentence_count(doc: Doc) -> int:
    """Sentences in a Doc, counted as `rows_from_doc` numbers them (a non-empty Doc has one)."""
    return max(1, int((doc.to_array(SENT_START) == 1).sum())) if len(doc) else 0


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
    import pandas as pd

    frame = pd.DataFrame(list(rows), columns=list(MENTION_COLUMNS))
    return frame.sort_values(["doc_id", "start", "end"], kind="stable").reset_index(drop=True)


def corpus_documents(corpus_dir: str | Path) -> Iterator[tuple[str, str]]:
    """(doc_id, text) for the .txt and .md files of a folder, sorted, read as the scorer reads them."""
    from .gold import load_documents

    yield from sorted(load_documents(corpus_dir).items())


def extract_corpus(corpus_dir: str | Path, *, extractor: Extractor | None = None,
                   lang: str | None = None) -> pd.DataFrame:
    """Extract every text of a corpus folder into one mentions DataFrame (the `check` corpus);
    its `attrs["facts"]` holds the documents' fact rows."""
    extractor = extractor or Extractor()
    docs = [(doc_id, text, lang or detect_language(text))
            for doc_id, text in corpus_documents(corpus_dir)]
    # a text in a language partex does not read is left out, as `partex extract` reports it
    docs = sorted((d for d in docs if pipeline_language(d[2]) in supported_languages()),
                  key=lambda d: (d[2], d[0]))
    rows, facts = [], []
    for analysis in extractor.analyse_many(docs):
        rows += analysis.mentions
        facts += analysis.facts
    frame = mentions_frame(rows)
    frame.attrs["facts"] = facts  # the documents' fact rows, for `partex check`
    return frame
