"""Component: dates, resolutions and figures found by the normalisers' own finders.

These values are easier to find with regular expressions on the text than with token patterns
(`S/RES/1373` and `42 000` tokenise awkwardly), and the finder that knows the shape of a value
is also the one that normalises it, so both happen in one pass. The candidates go to
`doc._.partex_candidates` for the resolver.
"""

from __future__ import annotations

import re

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import provenance
from ..lexicon import load_lexicon
from ..mention import Mention
from ..normalise.dates import document_date, find_dates
from ..normalise.figures import find_figures
from ..normalise.resolutions import find_resolutions
from ..text import dateline_place
from .data import PatternsData
from .extensions import doc_text

DATE = provenance.finder("date")
FIGURE = provenance.finder("figure")
RESOLUTION = provenance.finder("resolution")
DATELINE = provenance.finder("dateline")


def title_case(place: str, particles: frozenset[str]) -> str:
    """`CIUDAD DE PANAMÁ` → `Ciudad de Panamá`: a dateline in capitals written as a name."""
    # parts split at spaces and hyphens (`PORT-AU-PRINCE` → `Port-au-Prince`), separators kept
    parts = re.split(r"([ -])", place.title())
    return "".join(w.lower() if i and w.lower() in particles else w for i, w in enumerate(parts))


class ValueFinder(PatternsData):
    """Finds DATE, RESOLUTION and FIGURE mentions in the text, and a dateline's place."""

    def __init__(self, nlp: Language, name: str, *, lang: str = "") -> None:
        super().__init__(lang or nlp.lang)
        self.name = name
        self._particles: frozenset[str] | None = None

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   patterns_dir: str | Path | None = None) -> None:
        """Read the language's word lists from `patterns_dir` (default: the project's patterns)."""
        self.use_patterns(patterns_dir)
        self._particles = load_lexicon(self.lang, self.patterns_dir).words("place_particle")

    def __call__(self, doc: Doc) -> Doc:
        if self._particles is None:
            self.initialize()
        text, lang, patterns = doc_text(doc), self.lang, self.patterns_dir
        found: list[Mention] = []
        doc_date = document_date(text, lang, patterns_dir=patterns)
        doc._.partex_doc_date = doc_date or ""
        doc_year = int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else None
        place = dateline_place(text)
        doc._.partex_dateline = list(place) if place else None
        if place:
            start, end = place
            found.append(Mention(start, end, "LOCATION", title_case(text[start:end], self._particles),
                                 DATELINE))
        for m in find_resolutions(text, lang, patterns_dir=patterns):
            found.append(Mention(m.start, m.end, "RESOLUTION", m.norm, RESOLUTION))
        for m in find_dates(text, lang, doc_year=doc_year, patterns_dir=patterns):
            found.append(Mention(m.start, m.end, "DATE", m.norm, DATE, m.precision))
        # the pipelines carry no tagger: the finder's word lists and plural rules pick the noun
        for m in find_figures(text, lang, patterns_dir=patterns):
            found.append(Mention(m.start, m.end, "FIGURE", m.norm, FIGURE, qualifier=m.qualifier))
        doc._.partex_candidates = found
        return doc


@Language.factory("partex_values", default_config={"lang": ""})
def make_value_finder(nlp: Language, name: str, lang: str) -> ValueFinder:
    """Build the component that finds dates, resolutions and figures (`lang`: default nlp.lang)."""
    return ValueFinder(nlp, name, lang=lang)
