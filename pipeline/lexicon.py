"""The closed word classes the resolver reads, per language, from `patterns/<lang>/lexicon.jsonl`.

Articles, prepositions, titles, head nouns of bodies: small grammatical lists, kept as data
beside each language's gazetteers (see patterns/README.md for what each class holds). Some
classes are read for the document's own language; others were always read for every language
at once (a French text may say `Mr Guterres`, a Spanish one `Secretariat`), and are the union of
every registered language's words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .languages import DEFAULT_PATTERNS_DIR, LanguageInfo, WordLists, language_info, load_registry
from .languages import load_words
from .lexicon_classes import OWN_CLASSES, SHARED_CLASSES
from .normalise.words import first_chars, opens_on

LEXICON_FILE = "lexicon.jsonl"

CLASSES = {**OWN_CLASSES, **SHARED_CLASSES}

# Capital letters a name starts with (Latin script, accented ones included).
CAPITAL = "A-ZÀ-ÖØ-Þ"


def alternation(words: object, *, space: str = r"\s+", apostrophes: bool = False) -> str:
    """A regex alternation of literal words, longest first, spaces matching `space`; with
    `apostrophes`, a word written with `'` matches either apostrophe (`'` or `’`)."""
    parts = [re.escape(w).replace(r"\ ", space) for w in sorted(set(words), key=lambda w: (-len(w), w))]
    if apostrophes:
        parts = [part.replace("'", "['’]") for part in parts]
    return "(?:" + "|".join(parts) + ")"


def ending_word(endings: object, stops: object = ()) -> str:
    """A whole word in lower case that ends on one of `endings` (`name_adjective_ending`:
    `national`, `régional`), unless it is one of `stops` (`not_adjective`: `hier`): the pattern
    the name rules share (`organs`, `coordinated` and `regexes.own_name_after_head` still build
    variants of their own: a demonym beside it, a named group, no trailing boundary)."""
    unless = rf"(?!{alternation(stops)}(?![\w'’-]))" if stops else ""
    return rf"{unless}[a-zà-ÿ][\w-]*{alternation(endings, space='')}(?![\w'’-])"


def first_letters(words: object, *, either_case: bool = True) -> str:
    """A lookahead for the first letters of words, in either case and with either apostrophe
    (`(?=[Aa'’])`): a pattern tried at every position of a text fails at once where none starts
    (the engine finds no such set behind a lookbehind or an alternation itself; several times
    faster). Nothing where a word is empty or opens on a blank (a pattern of its own). Without
    `either_case`, the letters as written: for a pattern that reads the words as written (no
    IGNORECASE, no `(?i:)`), where the other case only stops the engine at letters no match opens
    on (`Comité`, `Conseil`: every `c` of the text)."""
    return opens_on(first_chars(words, either_case=either_case))


def elided(words: object, *, space: str = r"\s+") -> str:
    """An alternation of articles and the like, longest first, each followed by `space`, or glued
    to the next word when elided, with either apostrophe (`l'Afrique`, `l’Afrique`)."""
    parts = [re.escape(w[:-1]) + "['’]" if w.endswith(("'", "’")) else re.escape(w).replace(r"\ ", space) + space
             for w in sorted(set(words), key=lambda w: (-len(w), w))]
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class NameHeads:
    """Head nouns of bodies by where a name puts them, from every language's words.

    Names no gazetteer holds are read with the head nouns of the text's own language first, then
    with those of the other languages (and of the languages the text cites): an English text
    names the `Guardia di Finanza`, a Spanish one the `Financial Action Task Force`.
    """

    own: frozenset[str]             # the language's own heads
    own_first: bool                 # whether its names start with their head
    other_first: frozenset[str]     # other languages' heads that start a name, not own heads
    other_last: frozenset[str]      # other languages' heads that end a name
    connectors: frozenset[str]      # small words inside a capitalised name, any language's

    @cached_property  # read for every capitalised word of a run: made once
    def first(self) -> frozenset[str]:
        """Every head that starts a name."""
        return (self.own | self.other_first) if self.own_first else self.other_first

    @cached_property
    def last(self) -> frozenset[str]:
        """Every head that ends a name (or is followed by its complement: Office of ...)."""
        return self.other_last if self.own_first else (self.own | self.other_last)


@dataclass(frozen=True)
class Lexicon:
    """One language's word classes, with the shared classes of every language."""

    info: LanguageInfo
    own: WordLists
    shared: dict[str, frozenset[str]]
    heads: NameHeads | None = None

    @property
    def lang(self) -> str:
        """The language's code."""
        return self.info.code

    @property
    def head_last(self) -> bool:
        """Whether a body's name ends with its head noun (World Customs Organization)."""
        return self.info.setting("name_head") == "last"

    @cached_property
    def body_heads(self) -> frozenset[str]:
        """Every word that may be the head noun of a body's name, in any language, lower-cased."""
        heads = self.words("org_head") | self.words("complement_head") | self.words("backref_org_head")
        if self.heads is not None:
            heads = heads | self.heads.first | self.heads.last
        return frozenset(h.lower() for h in heads)

    @cached_property
    def _own_sets(self) -> dict[str, frozenset[str]]:
        """Each own class's words as a set, made once (stages ask for them per word)."""
        return {name: self.own.set(name) for name in OWN_CLASSES}

    @cached_property
    def given_names(self) -> frozenset[str]:
        """Given names (`given_name`), lower-cased: a person's name opens on one."""
        return frozenset(w.lower() for w in self.words("given_name"))

    @cached_property
    def not_place_words(self) -> frozenset[str]:
        """Words that give a capitalised name another part than a place's, lower-cased: heads of
        instruments and programmes, titles, offices, keywords of operations."""
        return frozenset(w.lower() for name in ("instrument_head", "programme_head", "title", "role_noun",
                                                "title_head", "operation_keyword", "programme_keyword")
                         for w in self.words(name))

    @cached_property
    def text_heads(self) -> Mapping[str, str]:
        """Head nouns of instruments and programmes as a capitalised name holds them, with the
        label they give (`Declaración`: INSTRUMENT, `Programme`: OPERATION), from every
        language's `instrument_head` and `programme_head` words of one word; a programme's in the
        plural too, as a family of programmes is named (`Programas Iberoamericanos de Cooperación`)."""
        programmes = self.words("programme_head")
        heads = {w[:1].upper() + w[1:]: "OPERATION" for w in programmes if " " not in w}
        heads.update({w[:1].upper() + w[1:]: "INSTRUMENT" for w in self.words("instrument_head") if " " not in w})
        return heads

    def is_body_head(self, word: str) -> bool:
        """Whether a word is a head noun of a body, in the singular or plural (`Fiscalías`)."""
        word = word.lower()
        heads = self.body_heads
        return word in heads or (word.endswith("s") and (word[:-1] in heads or word[:-2] in heads))

    def words(self, name: str) -> frozenset[str]:
        """The words of a class: the language's own, or every language's for a shared class."""
        if name in SHARED_CLASSES:
            return self.shared.get(name, frozenset())
        own = self._own_sets.get(name)
        if own is None:
            raise KeyError(f"no word class {name!r}")
        return own

    def ordered(self, name: str) -> tuple[str, ...]:
        """The words of an own class in file order (back-reference heads keep their labels apart)."""
        return self.own.of(name)


@lru_cache(maxsize=16)
def load_lexicon(lang: str, patterns_dir: str | Path | None = None) -> Lexicon:
    """The lexicon of `lang` from a patterns folder (default: the project's), validated."""
    root = Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR
    info = language_info(lang, root)
    registry = load_registry(root)
    lists = {code: _lists(root / code / LEXICON_FILE) for code in registry}
    shared = {name: frozenset().union(*(lists[code].set(name) for code in lists))
              for name in SHARED_CLASSES}
    return Lexicon(info, lists[lang], shared, _name_heads(lang, registry, lists))


def _name_heads(lang: str, registry: Mapping[str, LanguageInfo], lists: Mapping[str, WordLists]) -> NameHeads:
    own = lists[lang].set("org_head")
    first: set[str] = set(lists[lang].set("cited_org_head"))
    last: set[str] = set(lists[lang].set("cited_org_head_last"))
    for code, info in registry.items():
        if code != lang:
            (last if info.setting("name_head") == "last" else first).update(lists[code].set("org_head"))
    connectors = lists[lang].set("cited_connector").union(
        *(lists[code].set("capitalised_connector") for code in lists))
    # A run a text's own heads cannot read is read the other way with the other heads, the
    # own ones left out where they would start a name (`Union Minister` in English), kept where
    # they end one (`Defence Office` in French: Romance names do not end on their head)
    return NameHeads(own, registry[lang].setting("name_head") != "last",
                     frozenset(first - own), frozenset(last), connectors)


def _lists(path: Path) -> WordLists:
    return load_words(path, CLASSES)
