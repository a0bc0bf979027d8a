"""The extension attributes partex sets on spaCy objects, registered once, in one place.

On every final mention in `doc.ents`:

    span._.norm        normalised value (SCHEMA.md): canonical id, ISO date, symbol, `115 arrestation`
    span._.precision   year, month, day or decade for a DATE; empty otherwise
    span._.qualifier   `plus de`, `about` ... written before a FIGURE, outside its span
    span._.source      provenance (see `partex.provenance`)

On the Doc, for the components' own use (plain values, so that `DocBin` keeps them):

    doc._.partex_original     the text as given, before folding (None when folding changed nothing)
    doc._.partex_text         the folded text the Doc was made from (its `doc.text`, kept once)
    doc._.partex_blocks       [start, end, is_heading] of each heading and paragraph
    doc._.partex_doc_date     the document's own date from its dateline (ISO), or ""
    doc._.partex_dateline     [start, end] of a dateline's place (`LYON (France), 12 mars 2019 –`), or None
    doc._.partex_candidates   value candidates of the finders: Mention tuples
    doc._.partex_rule_sources [start, end, label, provenance] of each token-rule match
    doc._.partex_facts        the document's facts: one dict per argument (docs/facts.md)
    doc._.partex_publisher    the body the text speaks for (`nous`, `we`), given or inferred
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

SPAN_EXTENSIONS = ("norm", "precision", "qualifier", "source")
DOC_EXTENSIONS = {"partex_original": None, "partex_text": None, "partex_blocks": None,
                  "partex_doc_date": "", "partex_candidates": None, "partex_rule_sources": None,
                  "partex_facts": None, "partex_publisher": None,
                  "partex_dateline": None}


def register() -> None:
    """Register the extensions (a no-op when they already exist)."""
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default="")
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def set_span_values(doc: Doc, start: int, end: int, values: dict[str, str]) -> None:
    """Set span extension values of the span at character offsets [start, end).

    What `span._.name = value` does, without building an `Underscore` per attribute: spaCy keeps
    a span's extension values in `doc.user_data` under ("._.", name, start_char, end_char)
    (spacy/tokens/underscore.py); a test checks that `span._` reads them back. Hundreds of
    mentions per document made the attribute route a tenth of a rules-only run.
    """
    user_data = doc.user_data
    for name, value in values.items():
        user_data[("._.", name, start, end)] = value


def span_values(doc: Doc, start: int, end: int) -> dict[str, str]:
    """The partex extension values of the span at [start, end) (defaults where unset)."""
    user_data = doc.user_data
    return {name: user_data.get(("._.", name, start, end), "") for name in SPAN_EXTENSIONS}


def span_value(doc: Doc, name: str, start: int, end: int) -> str:
    """One partex extension value of the span at [start, end) (default where unset)."""
    return doc.user_data.get(("._.", name, start, end), "")


def doc_text(doc: Doc) -> str:
    """The Doc's (folded) text; `doc.text` joins every token again on each call, so it is kept once."""
    text = doc._.partex_text
    if text is None:
        text = doc._.partex_text = doc.text
    return text


def original_text(doc: Doc) -> str:
    """The document as given: the folded text where folding changed nothing."""
    original = doc._.partex_original
    return original if original is not None else doc_text(doc)


register()
