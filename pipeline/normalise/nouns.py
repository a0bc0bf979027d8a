"""The noun a figure counts, and its unit: the singular lower-case form of that noun.

Pure word-list rules over the text (the pipelines carry no tagger): a language's stop words,
plural endings and plural rules come from `patterns/<lang>/figures.words.jsonl`, and where the
noun sits in its phrase from the registry's `name_head` setting.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from ..languages import language_info
from .figure_rules import FigureGrammar, grammar
from .numbers import clean_spaces
from .words import S, S0, patterns_root

__all__ = ["ACRONYM", "counted_noun", "singularise"]

ACRONYM = re.compile(r"[A-Z]{2,}s?")
_Word = tuple[int, int, str]  # start, end, text


def singularise(word: str, lang: str, *, patterns_dir: str | Path | None = None) -> str:
    """Give the singular lower-case form of a noun by the language's plural rules."""
    root = patterns_root(patterns_dir)
    g = grammar(lang, root)
    if g is None:
        language_info(lang, root)  # a language with no figures file keeps its words as they are
        return clean_spaces(word).lower()
    return singular_of(word, g)


def singular_of(word: str, g: FigureGrammar) -> str:
    """`singularise` with the language's lists at hand."""
    w = clean_spaces(word).lower()
    if "-" in w and g.hyphen_each_part:
        return "-".join(singular_of(part, g) if len(part) > 2 else part for part in w.split("-"))
    if w in g.singular:
        return g.singular[w]
    if w in g.invariable or len(w) <= 2:
        return w
    for ending, replacement in g.plural_rules:
        if w.endswith(ending):
            return w[:len(w) - len(ending)] + replacement
    return w


def _unit_of(word: str, g: FigureGrammar) -> str:
    """Give the unit of a counted noun: an acronym lower-cased, else by the plural rules."""
    if ACRONYM.fullmatch(word):
        return word.rstrip("s").lower() if word.endswith("s") and word[:-1].isupper() else word.lower()
    return singular_of(word, g)


def looks_plural(word: str, g: FigureGrammar) -> bool:
    """Tell whether a word looks like a plural noun of the language."""
    low = word.lower()
    if low in g.invariable or low in g.singular or ACRONYM.fullmatch(word) or low in g.collective:
        return True
    return low.endswith(g.plural_endings) and not low.endswith(g.singular_endings)


def nounish(word: str, g: FigureGrammar) -> bool:
    """Tell by word lists whether a word can be a counted noun."""
    low = word.lower()
    if low in g.stop or low in g.months or low in g.weekdays or len(low) < 2:
        return False
    if low in g.other_stop and low not in g.invariable:
        return False
    if low.endswith(g.verb_endings) and low not in g.singular:
        return low.endswith(g.noun_endings)  # agent, client, patient, but not `présentent`
    return True


def next_words(t: str, pos: int, g: FigureGrammar, limit: int) -> list[_Word]:
    """List up to `limit` words that follow pos, separated by single spaces only."""
    words: list[_Word] = []
    word_re = g.patterns["word"]
    while len(words) < limit:
        m = re.match(S if words else S0, t[pos:pos + 4])
        if not m:
            break
        w = word_re.match(t, pos + m.end())
        if not w:
            break
        words.append((w.start(), w.end(), w.group(0)))
        pos = w.end()
    return words


def compound_unit(written: str, g: FigureGrammar) -> str:
    """Map a compound noun as written to its unit."""
    key = re.sub(r"[ \u00a0\u202f]+", " ", written).replace("’", "'")
    return g.compounds.get(key.lower()) or singular_of(key, g)


def counted_noun(t: str, pos: int, value: Decimal, g: FigureGrammar) -> tuple[int, str] | None:
    """Find the head noun after a number: (end offset, unit), or None."""
    words = next_words(t, pos, g, 5)
    if not words:
        return None
    plural = value > 1 or value != value.to_integral_value()
    if not g.head_last:
        return _head_first(t, words, plural, g)
    # a year before capitalised words begins a name (`2030 Agenda`), a count does not
    titled = plural and not (1900 <= value <= 2100)
    return _head_last(t, words, plural, g, titled=titled)


def _head_first(t: str, words: list[_Word], plural: bool, g: FigureGrammar) -> tuple[int, str] | None:
    """French, Spanish: adjectives that come before the noun, then the noun."""
    i = 0
    while i < len(words) - 1 and words[i][2].lower() in g.prenominal:
        i += 1
    w = words[i]
    comp = g.patterns["compound"].match(t, w[0])
    if comp:
        return comp.end(), compound_unit(comp.group(1), g)
    if not nounish(w[2], g) or plural and not looks_plural(w[2], g):
        return None
    if w[2][:1].isupper() and not ACRONYM.fullmatch(w[2]) and not looks_plural(w[2], g):
        return None
    if i + 1 < len(words) and words[i + 1][2].lower() in g.member_nouns:  # organisations membres
        member = words[i + 1]
        return member[1], f"{_unit_of(w[2], g)} {singular_of(member[2], g)}"
    return w[1], _unit_of(w[2], g)


def _head_last(t: str, words: list[_Word], plural: bool, g: FigureGrammar, *,
               titled: bool = False) -> tuple[int, str] | None:
    """English: the words between the number and the head noun stay inside the span. With
    `titled`, a run of capitalised words ending in a plural is what a count counts (`120 Border
    Liaison Offices` → `border liaison office`), where one in the singular is a name (`1267
    Committee`)."""
    run: list[_Word] = []
    for w in words:
        if w[2].lower() in g.stop or w[2].lower() in g.months:
            break
        run.append(w)
    if plural:
        # `196 member countries expect`: the first plural noun closes the phrase
        # (an acronym with more words after it modifies them: `ten ASEAN Member States`)
        first = next((i for i, w in enumerate(run)
                      if nounish(w[2], g) and looks_plural(w[2], g)
                      and not (i < len(run) - 1 and ACRONYM.fullmatch(w[2])
                               and not w[2].endswith("s"))), None)
        if first is not None:
            # a compound that a plural word opens: `193 States Parties`
            comp = g.patterns["compound"].match(t, run[first][0])
            if comp is not None and comp.end() > run[first][1]:
                return comp.end(), compound_unit(comp.group(1), g)
        run = run[:first + 1] if first is not None else run
    for i in range(len(run) - 1, -1, -1):
        w = run[i]
        comp = g.patterns["compound"].match(t, run[max(0, i - 1)][0]) if i > 0 else None
        whole = comp is not None and comp.end() == w[1]
        if w[2][:1].isupper() and not ACRONYM.fullmatch(w[2]) and not whole \
                and w[2].lower() not in g.capitalised_nouns:
            if titled and i == len(run) - 1 and looks_plural(w[2], g) \
                    and all(v[2].istitle() for v in run):
                return w[1], " ".join([*(v[2].lower() for v in run[:i]), _unit_of(w[2], g)])
            return None  # `1267 Committee`: a number in a name
        if not nounish(w[2], g) or plural and not looks_plural(w[2], g):
            continue
        if not plural and w[2].lower().endswith(g.adjective_endings) and i < len(run) - 1:
            continue
        if whole:
            return w[1], compound_unit(comp.group(1), g)
        modifiers = _noun_modifiers(run[:i], g) if plural else []
        if modifiers:  # `82,112 bank accounts`, `196 member countries`
            return w[1], " ".join([*modifiers, _unit_of(w[2], g)])
        if not plural:
            # A singular count: the first noun-like word is the head (`one regional office`).
            for v in run[: i + 1]:
                if nounish(v[2], g) and not v[2].lower().endswith(g.adjective_endings):
                    return v[1], _unit_of(v[2], g)
        return w[1], _unit_of(w[2], g)
    return None


def _noun_modifiers(before: list[_Word], g: FigureGrammar) -> list[str]:
    """The nouns right before a head that comes last, which its unit keeps (`bank` of `82,112
    bank accounts`, `migrant` of `85 suspected migrant smugglers`), lower case: the run stops at
    an adjective (`modifier_adjective`, `modifier_adjective_ending`: `suspected`, `regional`), an
    acronym (`two UN bodies`), a capitalised word or a word that is no noun."""
    kept: list[str] = []
    for w in reversed(before):
        low = w[2].lower()
        if (not w[2].islower() and low not in g.member_nouns) or low in g.modifier_adjectives \
                or low.endswith(g.modifier_adjective_endings) or not nounish(w[2], g):
            break
        kept.append(low)
    return kept[::-1]
