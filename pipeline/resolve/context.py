"""What every resolver stage may read: the document, its language's words, the gazetteer's facts."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..mention import Mention
from .literals import whole_uses
from .regexes import Regexes

T = TypeVar("T")


@dataclass(frozen=True)
class AliasFacts:
    """What the gazetteer says of one alias beyond its id: where it comes from, what it needs."""

    source: str      # provenance, e.g. gazetteer:fr/organisations.jsonl
    after: str = ""  # a body that must be named shortly before (Direction exécutive: CTC)


@dataclass(frozen=True)
class Knowledge:
    """The gazetteer's facts for one language, built once per pipeline (see `build_knowledge`)."""

    lexicon: Lexicon
    regexes: Regexes
    country_lookup: Callable[[str], str | None]
    names_by_id: Mapping[str, tuple[str, ...]]  # lower-case names of each id in this language
    parents: Mapping[str, str]                   # organisation id: the body it belongs to
    lowercase_names: frozenset[str]              # names written in lower case (océan Indien)
    aliases: Mapping[tuple[str, str, str], AliasFacts]  # (label, id, lower-case alias) → facts
    calendar_words: frozenset[str] = frozenset()  # months and weekdays, any language, lower case
    function_words: frozenset[str] = frozenset()  # words ending like plurals that are none (depuis, does)
    label_model: object = field(default=None, compare=False)  # learned_labels.LabelModel, if any
    names_model: object = field(default=None, compare=False)  # learned_names.NamesModel, if any
    _named_cache: dict = field(default_factory=dict, compare=False, repr=False)

    def alias(self, label: str, ident: str, surface: str) -> AliasFacts | None:
        """The facts of the alias a ruler matched (`surface` as matched)."""
        return self.aliases.get((label, ident, surface.lower()))

    def head_of(self, name: str, head: str, *, whole: bool = False) -> bool:
        """Whether `head` can be the head noun of `name`.

        Where names start with their head: its first words (`Organisation mondiale des douanes`).
        Where names end with it: any of its words (`World Customs Organization`). With `whole`,
        the head as the name's last (or first) words of a longer name (`INTERPOL General Assembly`).
        """
        last = self.lexicon.head_last
        if whole:
            return name.endswith(" " + head) if last else name.startswith(head + " ")
        if last and head:  # found with str.find: a pattern per (head, name) would be compiled for each
            return bool(whole_uses(name, (head,)))
        if last:
            return re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", name) is not None
        return name.startswith(head)

    def built(self, key: str, build: Callable[[Lexicon], object]) -> object:
        """What `build` makes of this language's lexicon (a stage's compiled patterns), made on
        first use and kept with the pipeline."""
        if ("built", key) not in self._named_cache:
            self._named_cache[("built", key)] = build(self.lexicon)
        return self._named_cache[("built", key)]

    def names_starting(self, label: str, start: str) -> list[tuple[str, str]]:
        """The (lower-case alias, id) of `label` whose alias goes on after `start` (lower case)
        with a space: the gazetteer names a text may cut with an acronym in parentheses."""
        table = self._named_cache.get(label)
        if table is None:  # first two words of each alias, built once per pipeline
            table = {}
            for kind, ident, alias in self.aliases:
                if kind == label and " " in alias:
                    table.setdefault(" ".join(alias.split()[:2]), []).append((alias, ident))
            self._named_cache[label] = table
        key = " ".join(start.split()[:2])
        return [(alias, ident) for alias, ident in table.get(key, ())
                if alias.startswith(start + " ")]

    def named_so(self, ident: str, head: str) -> bool:
        """Whether a gazetteer name of `ident` has `head` as head noun (INTERPOL: Organisation ...)."""
        key = (ident, head)
        if key not in self._named_cache:
            self._named_cache[key] = any(self.head_of(name, head)
                                         for name in self.names_by_id.get(ident, ()))
        return self._named_cache[key]


@dataclass(frozen=True)
class Context:
    """One document as the stages see it."""

    doc: Doc
    text: str        # the folded text the Doc was made from (offsets equal the original's)
    original: str    # the text as given: norms written as written come from it
    knowledge: Knowledge
    use_model: bool  # whether a statistical NER ran (stages for names it reads then stand down)
    headings: frozenset[tuple[int, int]]
    ruler_spans: tuple  # the rulers' spans (doc.spans), in order
    rule_sources: Mapping[tuple[int, int, str], str]  # token rule matches: (start, end, label) → provenance

    @property
    def lexicon(self) -> Lexicon:
        """The document's language's words."""
        return self.knowledge.lexicon

    @property
    def regexes(self) -> Regexes:
        """The language's compiled patterns."""
        return self.knowledge.regexes

    @cached_property
    def lowered(self) -> str:
        """The text in lower case, once per document (for substring tests before a regex scan)."""
        return self.text.lower()

    @cached_property
    def place_noun_matches(self) -> tuple[re.Match, ...]:
        """`port of Mombasa`, `villages de Kalo`: the place nouns and the names after them, found
        once per document for the stages that read them."""
        rx = self.regexes.place_after_noun
        return tuple(rx.finditer(self.text)) if rx is not None else ()

    @cached_property
    def leading(self) -> frozenset[str]:
        """Words that never start a mention."""
        return self.lexicon.words("leading")

    @cached_property
    def _once(self) -> dict[str, object]:
        return {}

    def once(self, key: str, make: Callable[[Context], T]) -> T:
        """What `make` finds in this document (a scan several stages read), found on first use
        and kept with the document, as `Knowledge.built` keeps what is built from the lexicon."""
        if key not in self._once:
            self._once[key] = make(self)
        return self._once[key]  # type: ignore[return-value]


@dataclass(frozen=True)
class State:
    """What the stages pass along: every candidate so far, and once selected, the flat mentions."""

    candidates: tuple[Mention, ...]
    kept: tuple[Mention, ...] = ()
