"""Where a document's time goes: CPU microseconds per word for each stage of extraction.

Runs every text of `corpus/` through language detection, the tokenizer, each pipeline
component in turn (the facts stage, `partex_facts`, included and summed up on its own line),
the row builder and the entity table, several times, and prints the best
time of each stage per word. The NER's stage is timed twice, side by side: partex's walk on
arrays (`ner`, summed) and spaCy's own walk on a copy of the same documents (not summed).
Reading files, batching, worker round trips and writing the tables
are not included; `bench_extract.py` measures the whole run.

    python benchmarks/bench_stages.py [--fast] [--batch] [--repeats 8] [--resolver 20] [--corpus DIR …]

`--batch` runs the documents as a batch runs them (batches of one language, each component over
the whole batch: `partex.extractor.run_components`) rather than one document through every
component at a time; the NER is then timed with partex's walk only. `--resolver N` also times each stage of the resolver (`partex.resolve.STAGES`) inside the
`partex_resolver` component and prints the N most costly; `--corpus` reads other folders of
texts (an evaluation set's) in place of `corpus/`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partex.components.ner_decoder import ArrayNER  # noqa: E402
from partex.components.resolver import Resolver  # noqa: E402
from partex.extractor import (BATCH_WORDS, Extractor, corpus_documents, rows_from_doc,  # noqa: E402
                              run_components)
from partex.language import detect_language  # noqa: E402
from partex.languages import supported_languages  # noqa: E402
from partex.nlp import one_blas_thread  # noqa: E402
from partex.records import entity_records  # noqa: E402
from partex import resolve as resolver  # noqa: E402


def timed_resolver_stages(times: dict[str, float]) -> None:
    """Make `resolve()` run each of its stages under a CPU timer adding to `times` (by module and
    function name), by replacing the default of its `stages` argument: the stages are plain
    functions in a tuple, so no profiler is needed and nothing else changes."""

    def timed(stage):  # noqa: ANN001, ANN202
        name = f"{stage.__module__.rsplit('.', 1)[-1]}.{stage.__name__}"

        def run(ctx, state):  # noqa: ANN001, ANN202
            start = time.process_time()
            result = stage(ctx, state)
            times[name] += time.process_time() - start
            return result
        return run

    stages = (tuple(timed(stage) for stage in resolver.STAGES),)
    resolver.resolve.__defaults__ = resolver.resolve_many.__defaults__ = stages
    # the component hands its own default to `resolve` (one Doc) and `resolve_many` (a batch)
    Resolver.__call__.__defaults__ = stages
    Resolver.pipe.__kwdefaults__ = {**Resolver.pipe.__kwdefaults__, "stages": stages[0]}


def _timer(times: dict[str, float]):  # noqa: ANN202
    """`timed(stage, func, *args)`: func(*args), its CPU seconds added to `times[stage]`."""

    def timed(stage: str, func, *args):  # noqa: ANN001, ANN202
        start = time.process_time()
        result = func(*args)
        times[stage] += time.process_time() - start
        return result
    return timed


def stage_times(extractor: Extractor, docs: list[tuple[str, str, str]]) -> dict[str, float]:
    """CPU seconds per stage for one pass over `docs` ((doc_id, text, lang))."""
    times: dict[str, float] = defaultdict(float)
    timed = _timer(times)

    rows = []
    for doc_id, text, lang in docs:
        nlp = extractor.pipeline(lang)
        timed("language detection", detect_language, text)
        doc = timed("tokenizer", nlp.make_doc, text)
        with one_blas_thread(nlp):  # as Extractor runs a pipeline
            for name, component in nlp.pipeline:
                if isinstance(component, ArrayNER) and component.ner is not None:
                    # the baseline, same run: spaCy's own walk, on a copy of the same doc
                    timed("ner, spaCy's walk (not summed)", component.ner, doc.copy())
                doc = timed(name, component, doc)
        rows += timed("rows", rows_from_doc, doc, doc_id, lang)
    timed("entity table", entity_records, rows)
    return times


def batch_stage_times(extractor: Extractor, docs: list[tuple[str, str, str]]) -> dict[str, float]:
    """`stage_times` as a batch runs the documents: in batches of one language and about
    BATCH_WORDS words, each component over the whole batch before the next, through
    `partex.extractor.run_components` itself; the NER with partex's walk only. (Documents long
    enough to be read in parts, and memory zones, are left out: the corpus has neither.)"""
    times: dict[str, float] = defaultdict(float)
    timed = _timer(times)

    batches: list[list[tuple[str, str, str]]] = []
    words = 0
    for doc in sorted(docs, key=lambda d: d[2]):  # stable: one language after the other
        # batched as Extractor._analyse_pieces batches: a new batch at a new language, or once
        # BATCH_WORDS words are in
        if not batches or batches[-1][0][2] != doc[2] or words >= BATCH_WORDS:
            batches.append([])
            words = 0
        batches[-1].append(doc)
        words += doc[1].count(" ") + 1
    rows = []
    for batch in batches:
        nlp = extractor.pipeline(batch[0][2])
        for _, text, _ in batch:
            timed("language detection", detect_language, text)
        with one_blas_thread(nlp):
            parsed = run_components(nlp, [text for _, text, _ in batch],
                                    timed=lambda name, run: timed(name, run))
        for (doc_id, _, lang), doc in zip(batch, parsed):
            rows += timed("rows", rows_from_doc, doc, doc_id, lang)
    timed("entity table", entity_records, rows)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true", help="rule-only pipelines")
    parser.add_argument("--batch", action="store_true",
                        help="run the documents as a batch does (batches of one language, each "
                             "component over the whole batch), not one document at a time")
    parser.add_argument("--repeats", type=int, default=8)
    parser.add_argument("--resolver", type=int, default=0, metavar="N",
                        help="also print the N most costly resolver stages")
    parser.add_argument("--corpus", type=Path, action="append",
                        help="folder of texts to read (repeatable; default corpus/)")
    args = parser.parse_args()
    docs = [(doc_id, text, lang) for folder in (args.corpus or [ROOT / "corpus"])
            for doc_id, text in corpus_documents(folder)
            if (lang := detect_language(text)) in supported_languages()]
    resolver_times: dict[str, float] = defaultdict(float)
    if args.resolver:
        timed_resolver_stages(resolver_times)
    words = sum(len(text.split()) for _, text, _ in docs)
    extractor = Extractor.load(fast=args.fast, languages=supported_languages())
    best: dict[str, float] = {}
    for _ in range(args.repeats):  # the first pass also warms the vocabulary, as a batch does
        for stage, seconds in (batch_stage_times if args.batch else stage_times)(extractor, docs).items():
            best[stage] = min(best.get(stage, seconds), seconds)
    baseline = {k: best.pop(k) for k in list(best) if k.endswith("(not summed)")}
    total = sum(best.values())
    print(f"{len(docs)} documents, {words:,} words, {'fast' if args.fast else 'default'} "
          f"pipelines{', in batches' if args.batch else ''}; best of {args.repeats} passes")
    for stage, seconds in best.items():
        print(f"  {stage:<22}{seconds / words * 1e6:6.1f} µs/word")
    print(f"  {'all stages':<22}{total / words * 1e6:6.1f} µs/word = {words / total:,.0f} words/s")
    for stage, seconds in baseline.items():
        print(f"  {stage}: {seconds / words * 1e6:.1f} µs/word")
    facts = best.get("partex_facts", 0.0)  # the facts stage (pipeline/facts), after the resolver
    print(f"  of which the facts stage (partex_facts) {facts / words * 1e6:.1f} µs/word, "
          f"{facts / total:.0%} of all stages")
    if args.resolver:  # summed over every pass, so shown as the mean of a pass
        ranked = sorted(resolver_times.items(), key=lambda item: -item[1])
        print(f"  resolver stages, mean of {args.repeats} passes "
              f"({sum(resolver_times.values()) / args.repeats / words * 1e6:.1f} µs/word in all):")
        for name, seconds in ranked[:args.resolver]:
            print(f"    {name:<44}{seconds / args.repeats / words * 1e6:6.2f} µs/word")


if __name__ == "__main__":
    main()
