"""Where the partex components keep their data on a Doc (`Doc.user_data` keys), in one place."""

from __future__ import annotations

from spacy.tokens import Doc

ORIGINAL_KEY = "partex_original"  # the text as given, before folding (norms written as in it)
TEXT_KEY = "partex_text"  # the folded text the Doc was made from, equal to `doc.text`
BLOCKS_KEY = "partex_blocks"  # (start, end, is_heading) of each heading or paragraph
CANDIDATES_KEY = "partex_candidates"  # Mention candidates from the value finders
DOC_DATE_KEY = "partex_doc_date"  # the document's own date (ISO) from its dateline, or ""
MENTIONS_KEY = "partex_mentions"  # the final, flat, normalised Mentions


def doc_text(doc: Doc) -> str:
    """The Doc's text; `doc.text` joins every token again on each call, so it is kept once."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
