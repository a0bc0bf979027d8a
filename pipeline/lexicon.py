"""The closed word classes the resolver reads, per language, from `patterns/<lang>/lexicon.jsonl`.

Articles, prepositions, titles, head nouns of bodies: small grammatical lists, kept as data
beside each language's gazetteers (see patterns/README.md for what each class holds). Some
classes are read for the document's own language; others were always read for every language
at once (a French text may say `Mr Guterres`, a Spanish one `Secretariat`), and are the union of
every registered language's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .languages import DEFAULT_PATTERNS_DIR, LanguageInfo, WordLists, language_info, load_registry
from .languages import load_words

LEXICON_FILE = "lexicon.jsonl"

# Classes read for the document's language.
OWN_CLASSES = {
    "leading": "words that never start a mention: articles, prepositions, elided forms",
    "trailing": "words that never end a mention",
    "title": "titles before a person's name, kept out of the PERSON span",
    "backref_determiner": "determiners before a short back-reference (le Comité, its Directorate)",
    "backref_org_head": "capitalised head nouns that refer back to a body just named",
    "backref_instrument_head": "capitalised head nouns that refer back to an instrument",
    "acronym_stop": "words that cut an acronym's long form read back from the parenthesis",
    "generic": "words that make a name generic when a span holds nothing else",
    "role_noun": "nouns of an office held by a person",
    "complement_head": "head nouns of a body named after another (Secrétariat de la CITES)",
    "complement_linker": "words linking such a head to the name (de la, of the)",
    "org_head": "head nouns of bodies, for names no gazetteer holds where no model runs",
    "capitalised_article": "an article a capitalised name may start with (The)",
    "capitalised_connector": "small words inside a run of capitalised words (of the, de la)",
    "demonym_article": "articles before a demonym the model reads as a place (le Brésilien)",
    "demonym_ending": "endings of demonyms",
    "possessive_ordinal": "ordinal suffixes after a possessive (INTERPOL's 90th)",
}
# Classes read for every language at once (the union of every registered language's words).
SHARED_CLASSES = {
    "article": "articles alone",
    "operation_keyword": "words for operation and project, kept out of an OPERATION's norm",
    "programme_keyword": "words for programme and campaign, keywords only in lower case",
    "title_head": "first words of a title, not of a body (Représentant spécial)",
    "programme_head": "first words of a named programme or project",
    "instrument_head": "first words of a text, not a body (Plan d'action)",
    "lowercase_org_start": "lower-case first words that still start a body's name (ministère)",
    "regional_head": "offices named with the region they serve",
    "name_particle": "particles between a first name and a surname",
    "civil_title": "civil titles before a name (M., Mrs, Sra.)",
    "titled_name_particle": "particles inside a name after a civil title",
    "person_name_particle": "particles inside a name set beside an office",
    "place_preposition": "prepositions before a place placed by its country",
    "region_link": "the word before the region an office serves (pour, for, para)",
    "region_article": "articles after it",
    "region_conjunction": "conjunctions joining two regions",
    "region_more_article": "articles after that conjunction",
    "name_conjunction": "conjunctions that may stand inside a name",
    "joiner": "conjunctions joining two names",
    "instrument_year_linker": "the word before the year an instrument's name ends with",
    "place_particle": "small words kept in lower case in a place name",
}
CLASSES = {**OWN_CLASSES, **SHARED_CLASSES}

# Capital letters a name starts with (Latin script, accented ones included).
CAPITAL = "A-ZÀ-ÖØ-Þ"


def alternation(words: object, *, space: str = r"\s+") -> str:
    """A regex alternation of literal words, longest first, spaces matching `space`."""
    parts = [re.escape(w).replace(r"\ ", space) for w in sorted(set(words), key=lambda w: (-len(w), w))]
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Lexicon:
    """One language's word classes, with the shared classes of every language."""

    info: LanguageInfo
    own: WordLists
    shared: dict[str, frozenset[str]]

    @property
    def lang(self) -> str:
        """The language's code."""
        return self.info.code

    @property
    def head_last(self) -> bool:
        """Whether a body's name ends with its head noun (World Customs Organization)."""
        return self.info.setting("name_head") == "last"

    def words(self, name: str) -> frozenset[str]:
        """The words of a class: the language's own, or every language's for a shared class."""
        if name in SHARED_CLASSES:
            return self.shared.get(name, frozenset())
        if name not in OWN_CLASSES:
            raise KeyError(f"no word class {name!r}")
        return self.own.set(name)

    def ordered(self, name: str) -> tuple[str, ...]:
        """The words of an own class in file order (back-reference heads keep their labels apart)."""
        return self.own.of(name)


@lru_cache(maxsize=16)
def load_lexicon(lang: str, patterns_dir: str | Path | None = None) -> Lexicon:
    """The lexicon of `lang` from a patterns folder (default: the project's), validated."""
    root = Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR
    info = language_info(lang, root)
    lists = {code: _lists(root / code / LEXICON_FILE) for code in load_registry(root)}
    shared = {name: frozenset().union(*(lists[code].set(name) for code in lists))
              for name in SHARED_CLASSES}
    return Lexicon(info, lists[lang], shared)


def _lists(path: Path) -> WordLists:
    return load_words(path, CLASSES)
