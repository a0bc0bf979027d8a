"""Component: dates, resolutions and figures found by the normalisers' own finders.

These values are easier to find with regular expressions on the text than with token patterns
(`S/RES/1373` and `42 000` tokenise awkwardly), and the finder that knows the shape of a value
is also the one that normalises it, so both happen in one pass.
"""

from __future__ import annotations

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


# Small words that stay in lower case inside a place name (`Ciudad de Panamá`, `Port of Spain`).
_PLACE_PARTICLES = {"de", "del", "la", "las", "los", "le", "les", "du", "des", "da", "do", "of",
                    "the", "y", "et", "and", "en", "sur"}


def _title_case(place: str) -> str:
    """`CIUDAD DE PANAMÁ` → `Ciudad de Panamá`: a dateline in capitals written as a name."""
    words = place.title().split(" ")
    return " ".join(w.lower() if i and w.lower() in _PLACE_PARTICLES else w
                    for i, w in enumerate(words))


class ValueRules:
    """Finds DATE, RESOLUTION and FIGURE mentions in the text and stores them as candidates."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found: list[Mention] = []
        doc.user_data[CANDIDATES_KEY] = found
        doc_date = document_date(text, self.lang)
        doc.user_data[DOC_DATE_KEY] = doc_date or ""
        doc_year = int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else None
        dateline = _DATELINE.match(text)
        if dateline:
            start, end = dateline.span("place")
            found.append(Mention(start, end, "LOCATION", _title_case(dateline.group("place")),
                                 "dateline"))
        for m in find_resolutions(text, self.lang):
            found.append(Mention(m.start, m.end, "RESOLUTION", m.norm, "rule:resolution"))
        for m in find_dates(text, self.lang, doc_year=doc_year):
            found.append(Mention(m.start, m.end, "DATE", m.norm, "rule:date", m.precision))
        # the pipelines carry no tagger: the finder's word lists and plural rules pick the noun
        for m in find_figures(text, self.lang):
            found.append(Mention(m.start, m.end, "FIGURE", m.norm, "rule:figure",
                                 qualifier=m.qualifier))
        return doc


@Language.factory("partex_values")
def make_value_rules(nlp: Language, name: str) -> ValueRules:
    """Build the component that finds dates, resolutions and figures."""
    return ValueRules(nlp, name)
