"""The facts stage's inputs of a corpus (mentions, sentences, layout from partex's own pipeline),
kept on disk between runs of `facts.train` and `benchmarks/facts_eval.py`: extracting them is the
slow part, while a change to the facts rules is measured in seconds.

One key for both: the corpus folder's path and its texts' names, sizes and times (an edited text
extracts anew), partex's version, and a hash of what makes the mentions: partex's Python files
outside `facts/` and the patterns folder's files less the facts stage's own (`facts.jsonl`,
`facts_model.json`), which the stage reads itself. A change to the mention stages or their
patterns thus extracts anew; one to the facts rules or words keeps the inputs.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import pickle
from pathlib import Path

_OWN_PATTERNS = ("facts.jsonl", "facts_model.json")  # read by the facts stage itself, not by the mention stages


def corpus_inputs(corpus: Path) -> dict[str, dict]:
    """doc_id → the facts stage's inputs, from partex's own pipeline over the corpus."""
    from ..components.facts import fact_inputs
    from ..extractor import Extractor, corpus_documents
    from ..language import detect_language

    extractor = Extractor.load()
    found = {}
    for doc_id, text in corpus_documents(corpus):
        lang = detect_language(text)
        doc = extractor.pipeline(lang)(text)
        # the publisher the facts stage inferred when the pipeline ran: the stage infers it again
        found[doc_id] = {**fact_inputs(doc, lang), "publisher": None}
    return found


@functools.cache
def mentions_version() -> str:
    """A hash of partex's version, its code outside the facts stage and its patterns less the
    facts stage's own (a few milliseconds, once per run)."""
    from .. import __version__
    from ..languages import DEFAULT_PATTERNS_DIR

    digest = hashlib.sha1(__version__.encode())
    code = Path(__file__).resolve().parent.parent
    facts = Path(__file__).resolve().parent
    files = [(p.relative_to(code).as_posix(), p) for p in sorted(code.rglob("*.py")) if facts not in p.parents]
    patterns = Path(DEFAULT_PATTERNS_DIR)
    files += [("patterns/" + p.relative_to(patterns).as_posix(), p) for p in sorted(patterns.rglob("*"))
              if p.is_file() and p.name not in _OWN_PATTERNS]
    for name, path in files:
        digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def inputs_key(corpus: Path) -> str:
    """The key of a corpus's inputs (see the module's note)."""
    stamp = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in corpus.iterdir()
                   if p.suffix in (".txt", ".md"))
    return hashlib.sha1(repr((str(corpus.resolve()), stamp, mentions_version())).encode()).hexdigest()[:16]


def cached_inputs(corpus: Path, cache: Path | None, refresh: bool = False) -> dict[str, dict]:
    """`corpus_inputs`, read back from the folder `cache` where an earlier run stored them under
    the same key (none: extracted every time; `refresh`: extracted and stored anew)."""
    if cache is None:
        return corpus_inputs(corpus)
    path = cache / f"partex_facts_inputs_{corpus.resolve().name}_{inputs_key(corpus)}.pkl"
    if path.is_file() and not refresh:
        return pickle.loads(path.read_bytes())
    found = corpus_inputs(corpus)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(found))
    return found


def with_gold_mentions(inputs: dict[str, dict], gold_csv: Path) -> dict[str, dict]:
    """The same inputs with each text's mentions replaced by its gold mentions: what the facts
    stage scores when the mentions are perfect, to tell its own losses from the mentions'."""
    from .refs import Ref

    mentions: dict[str, list] = {doc_id: [] for doc_id in inputs}
    with gold_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["doc_id"] in mentions:
                mentions[row["doc_id"]].append(Ref(int(row["start"]), int(row["end"]), row["label"], row["norm"]))
    return {doc_id: {**given, "mentions": sorted(mentions[doc_id])} for doc_id, given in inputs.items()}
