"""What finding and normalising dates, figures and resolutions adds to extraction time.

Builds a French text of about 2 000 words from the corpus, runs the default pipeline on it
component by component, and prints what `partex_values` (the finders and normalisers of
dates, resolutions and figures) adds to the time of everything else.

    python benchmarks/bench_normalise.py [--words 2000] [--repeats 30] [--fast]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partex.extractor import Extractor, corpus_documents  # noqa: E402


def french_text(words: int) -> str:
    """Paragraphs of the corpus's French texts, cycled until the text has `words` words."""
    texts = [text for doc_id, text in corpus_documents(ROOT / "corpus")
             if doc_id.startswith(("fr_", "000_"))]
    parts, count, i = [], 0, 0
    while count < words:
        parts.append(texts[i % len(texts)])
        count += len(texts[i % len(texts)].split())
        i += 1
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--fast", action="store_true", help="rule-only pipeline")
    args = parser.parse_args()

    nlp = Extractor.load(fast=args.fast).pipeline("fr")
    text = french_text(args.words)
    # Each run calls the components one after the other, as `nlp(text)` does, timing each:
    # both sides of the ratio come from the same runs, so the machine's ups and downs cancel.
    spent = {name: [] for name in ["tokenizer", *nlp.pipe_names]}
    for run in range(args.repeats + 2):
        start = time.perf_counter()
        doc = nlp.make_doc(text)
        times = {"tokenizer": time.perf_counter() - start}
        for name, component in nlp.pipeline:
            start = time.perf_counter()
            doc = component(doc)
            times[name] = time.perf_counter() - start
        if run >= 2:  # the first two warm caches up
            for name, seconds in times.items():
                spent[name].append(seconds)
    values = statistics.median(spent["partex_values"])
    rest = statistics.median([sum(times) for times in zip(*(spent[name] for name in spent
                                                             if name != "partex_values"))])
    print(f"text: {len(text.split())} words, pipeline: {'fast' if args.fast else 'default'}, "
          f"{args.repeats} runs, medians")
    for name, seconds in spent.items():
        print(f"  {name:18s} {statistics.median(seconds) * 1000:8.1f} ms")
    print(f"  extraction without the value finders: {rest * 1000:8.1f} ms")
    print(f"  dates, figures, resolutions add     : {values * 1000:8.1f} ms = "
          f"{100 * values / rest:.1f} %")

if __name__ == "__main__":
    main()
