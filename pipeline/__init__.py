"""partex: institutional partnership texts into tables of who, what, when, where and how many.

The public API, the same functions the command line calls:

    import partex
    mentions = partex.extract("L’ONUDC et INTERPOL ont signé un accord en 2019.")   # a DataFrame
    mentions = partex.extract_many({"a": text_a, "b": text_b})                        # many texts
    entities = partex.entities_table(mentions)
    facts = partex.extract_facts(text, publisher="INTERPOL")   # who works with whom (FACTS.md)
    extractor = partex.load(fast=True)          # reuse one extractor for many calls

The language of each text is detected unless given (`lang="en"`); the `lang` column says which
was used. Heavy modules (spaCy, the models) load on first use, not on `import partex`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .extractor import Extractor

__all__ = ["Extractor", "__version__", "entities_table", "extract", "extract_facts", "extract_many",
           "load", "mentions_frame"]

_DEFAULT: dict[tuple, Extractor] = {}


def load(*, fast: bool = False, models: Mapping[str, str] | None = None,
         patterns_dir: str | None = None, languages: Iterable[str] = ()) -> Extractor:
    """An extractor (pipelines for `languages` built now, the others on first use)."""
    from .extractor import Extractor

    return Extractor.load(fast=fast, models=models, patterns_dir=patterns_dir,
                          languages=tuple(languages))


def _extractor(extractor: Extractor | None, fast: bool) -> Extractor:
    if extractor is not None:
        return extractor
    if (fast,) not in _DEFAULT:
        _DEFAULT[(fast,)] = load(fast=fast)
    return _DEFAULT[(fast,)]


def extract(text: str, *, doc_id: str = "doc", lang: str | None = None, fast: bool = False,
            extractor: Extractor | None = None) -> pd.DataFrame:
    """The mentions of one text as a DataFrame (columns: `partex.columns.MENTION_COLUMNS`)."""
    from .extractor import mentions_frame

    rows = _extractor(extractor, fast).extract(text, doc_id=doc_id, lang=lang)
    return mentions_frame(rows)


def extract_facts(text: str, *, doc_id: str = "doc", lang: str | None = None,
                  publisher: str | None = None, fast: bool = False,
                  extractor: Extractor | None = None) -> pd.DataFrame:
    """The facts of one text as a DataFrame, one row per argument (columns:
    `partex.columns.FACT_COLUMNS`, as `facts.csv`); `publisher` None: inferred from the text."""
    import pandas as pd

    from .columns import FACT_COLUMNS
    analysis = _extractor(extractor, fast).analyse(text, doc_id=doc_id, lang=lang, publisher=publisher)
    return pd.DataFrame(analysis.facts, columns=list(FACT_COLUMNS))


def extract_many(texts: Mapping[str, str] | Iterable[str], *, lang: str | None = None,
                 fast: bool = False, extractor: Extractor | None = None) -> pd.DataFrame:
    """The mentions of many texts as one DataFrame: a mapping doc_id → text, or texts (their
    doc_id is their position, `0`, `1` ...)."""
    from .extractor import mentions_frame
    from .language import detect_language

    items = texts.items() if isinstance(texts, Mapping) else ((str(i), t) for i, t in enumerate(texts))
    docs = [(doc_id, text, lang or detect_language(text)) for doc_id, text in items]
    docs.sort(key=lambda d: d[2])  # one language run after another, as the batch does
    rows = [row for _, doc_rows in _extractor(extractor, fast).extract_many(docs) for row in doc_rows]
    return mentions_frame(rows)


def __getattr__(name: str) -> Any:
    # the classes and frames of the API, imported when first asked for (they import spaCy)
    if name in ("Extractor", "mentions_frame"):
        from . import extractor as module
    elif name == "entities_table":
        from . import records as module
    else:
        raise AttributeError(f"module 'partex' has no attribute {name!r}")
    return getattr(module, name)
