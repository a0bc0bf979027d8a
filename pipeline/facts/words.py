"""The words the facts stage reads, per language, from `patterns/<lang>/facts.jsonl`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..languages import DEFAULT_PATTERNS_DIR, language_info, load_words

FACTS_FILE = "facts.jsonl"

CLASSES = {
    "partnership_cue": "words of cooperation, partnership, joint work, support",
    "agreement_cue": "words of a written agreement and its signature",
    "lead_by": "words before the body that led an operation (menée par, led by)",
    "lead_verb": "verbs whose subject leads an operation (a lancé, launched)",
    "participation_cue": "words before the bodies that took part in or supported an operation",
    "member_of": "words between a member and its body (membre du, member of)",
    "gathers": "verbs between a body and its members (réunit, brings together)",
    "size_unit": "units of a figure that counts members (membre, member state)",
    "framework_cue": "words before the text under which bodies work (dans le cadre de, under)",
    "fact_backref": "words that refer back to the fact just stated (cette coopération)",
    "operation_backref": "words that refer back to an operation (l'opération, the programme)",
    "first_person": "first-person words that stand for the publisher",
    "distributive": "respectively",
    "today": "words that date an event to the document's own date",
    "between": "the word of `cooperation between A and B`",
    "with": "the word of `works with A`",
    "qualifier_noun": "nouns after which a body only qualifies others (les entités de l'ONU)",
    "result_unit": "units of figures that count what an operation achieved",
    "context_unit": "units of figures about an operation's context, never results",
    "result_cue": "words that say a figure is a result (arrested, seized)",
    "direction": "words before a place an operation's traffic came from or went to",
    "linker": "words linking a noun to the body it belongs to (de la, of the)",
    "conjunction": "words joining names in a list (et, and, y)",
    "article": "articles and possessive determiners before a name in a list",
    "possessive": "a possessive ending between a body and what it has (IGAD's)",
    "pair_reference": "words for the bodies just named together (les deux organisations)",
}


def _alternation(words: frozenset[str]) -> str:
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w))]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@dataclass(frozen=True)
class FactWords:
    """One language's fact words, with a compiled pattern per class (whole words, any case)."""

    lang: str
    words: dict[str, frozenset[str]]
    patterns: dict[str, re.Pattern]
    qualifier_before: re.Pattern  # `entités de l'` before a body: a qualifier noun and a linker

    # the last text searched and what was found in it: the stage's steps ask the same question
    # of the same sentence again (two in five `find`s on the corpus), each answer is kept
    _found: list = field(default_factory=lambda: [None, {}], compare=False, repr=False)

    def find(self, name: str, text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
        """The matches of a class in text[start:end]."""
        end = len(text) if end is None else end
        last, found = self._found
        if last is not text:
            found = {}
            self._found[:] = [text, found]
        key = (name, start, end)
        if key not in found:
            found[key] = list(self.patterns[name].finditer(text, start, end))
        return list(found[key])

    @property
    def list_words(self) -> frozenset[str]:
        """Single words that may stand between names of one list (`, et de l'`, `and the`)."""
        phrases = self.words["linker"] | self.words["conjunction"] | self.words["article"]
        return frozenset(w for phrase in phrases for w in phrase.split()) | {",", "&", "(", ")"}

    def has(self, name: str, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a word of the class stands in text[start:end]."""
        return self.patterns[name].search(text, start, len(text) if end is None else end) is not None


@lru_cache(maxsize=16)
def load_fact_words(lang: str, patterns_dir: str | Path | None = None) -> FactWords:
    """The fact words of `lang` (none for a language whose folder has no facts.jsonl)."""
    root = Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR
    language_info(lang, root)
    lists = load_words(root / lang / FACTS_FILE, CLASSES)
    words = {name: lists.set(name) for name in CLASSES}
    patterns = {name: re.compile(rf"(?<![\w'’-]){_alternation(w)}(?![\w-])", re.IGNORECASE)
                for name, w in words.items()}
    qualifier = re.compile(rf"([\w'’-]+)\s+{_alternation(words['linker'])}\s*\Z", re.IGNORECASE)
    return FactWords(lang, words, patterns, qualifier)
