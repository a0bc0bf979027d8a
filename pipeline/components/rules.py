"""Component: dates, resolutions and figures found by the normalisers' own finders.

These values are easier to find with regular expressions on the text than with token patterns
(`S/RES/1373` and `42 000` tokenise awkwardly), and the finder that knows the shape of a value
is also the one that normalises it, so both happen in one pass.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from ..mention import Mention
from ..normalise.dates import document_date, find_dates
from ..normalise.figures import find_figures
from ..normalise.resolutions import find_resolutions
from .keys import CANDIDATES_KEY, DOC_DATE_KEY, doc_text

# A dateline opens a press release: a place in capitals, maybe a country in parentheses or
# after a comma, then the date ("LYON (France), 12 mars 2019 –", "NEW YORK, 21 December 2017 -").
_DATELINE = re.compile(r"\s*(?:[^\n]*\n\s*)??(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'. -]*[A-ZÀ-Ý])"
                       r"(?=\s*(?:\([^)\n]{1,40}\)\s*)?,\s*[^\n]{0,40}?\d)")


class _TokenOracle:
    """Answers the figure finder's questions about words from the tagged tokens."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tagged = doc.has_annotation("POS")
        self.lemmatised = doc.has_annotation("LEMMA")
        self._starts: list[int] | None = None

    def _token(self, start: int, end: int):
        if self._starts is None:
            self._starts = [t.idx for t in self.doc]
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            return None
        token = self.doc[i]
        return token if token.idx == start and token.idx + len(token) == end else None

    def is_noun(self, start: int, end: int) -> bool | None:
        token = self._token(start, end) if self.tagged else None
        if token is None:
            return None
        return token.pos_ in ("NOUN", "PROPN")

    def lemma(self, start: int, end: int) -> str | None:
        token = self._token(start, end) if self.lemmatised else None
        if token is None or not token.lemma_:
            return None
        return token.lemma_.lower()


class ValueRules:
    """Finds DATE, RESOLUTION and FIGURE mentions in the text and stores them as candidates."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found: list[Mention] = doc.user_data.setdefault(CANDIDATES_KEY, [])
        doc_date = document_date(text, self.lang)
        doc.user_data[DOC_DATE_KEY] = doc_date or ""
        doc_year = int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else None
        dateline = _DATELINE.match(text)
        if dateline:
            start, end = dateline.span("place")
            found.append(Mention(start, end, "LOCATION", dateline.group("place").title(),
                                 "dateline"))
        for m in find_resolutions(text, self.lang):
            found.append(Mention(m.start, m.end, "RESOLUTION", m.norm, "rule:resolution"))
        for m in find_dates(text, self.lang, doc_year=doc_year):
            found.append(Mention(m.start, m.end, "DATE", m.norm, "rule:date", m.precision))
        oracle = _TokenOracle(doc)
        # without a tagger the finder falls back on its own word lists
        for m in find_figures(text, self.lang, is_noun=oracle.is_noun if oracle.tagged else None,
                              lemma=oracle.lemma if oracle.lemmatised else None):
            found.append(Mention(m.start, m.end, "FIGURE", m.norm, "rule:figure",
                                 qualifier=m.qualifier))
        return doc


@Language.factory("partex_values")
def make_value_rules(nlp: Language, name: str) -> ValueRules:
    """Build the component that finds dates, resolutions and figures."""
    return ValueRules(nlp, name)
