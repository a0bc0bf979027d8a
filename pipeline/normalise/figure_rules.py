"""The figure finder's patterns and word lists, built per language from its data.

Words come from `patterns/<lang>/figures.words.jsonl` (currencies, units, counted nouns and the
plural rules that make their unit) and `numbers.words.jsonl` (number words, multipliers); months
and weekdays come from the date finder's files. What no language owns stays here: ISO 4217 codes,
currency symbols and SI unit symbols are written alike in every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import date_rules
from .numbers import WORDS as NUMBER_WORDS
from .numbers import NumberWords, number_words
from .words import (DIGIT, S, S0, WordFile, Words, alternation, ending_problem, first_chars, load, longest_plain,
                    load_shared, opens_on, patterns_root, text_problem)

__all__ = ["WORDS", "CURRENCY_CODES", "CURRENCY_SYMBOLS", "SI_UNITS", "FigureGrammar", "grammar"]

# ISO 4217 codes the finder takes after or before a number (`1,3 million EUR`, `USD 2.5 million`).
CURRENCY_CODES = ("USD", "EUR", "GBP", "CHF", "XOF", "XAF", "JPY", "CNY", "CAD", "AUD", "RUB",
                  "INR", "BRL", "MXN", "ZAR", "NGN", "KES", "MAD", "DZD", "TND", "EGP", "SAR",
                  "AED", "QAR", "SEK", "NOK", "DKK", "COP", "ARS", "CLP", "PEN")
CURRENCY_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "A$": "AUD",
                    "C$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL"}
# SI (and customary) unit symbols, matched as written; unit names are each language's words.
SI_UNITS = {"kg": "kg", "t": "t", "g": "g", "mg": "mg", "km": "km", "km2": "km²", "km²": "km²",
            "ha": "ha", "kW": "kW", "MW": "MW", "GW": "GW", "TW": "TW", "kWh": "kWh", "MWh": "MWh",
            "GWh": "GWh", "TWh": "TWh", "km/h": "km/h", "m/s": "m/s", "Bq": "Bq", "Bq/L": "Bq/L",
            "Bq/kg": "Bq/kg"}

_VALUES = {"currency": "an ISO 4217 code", "measure": "a unit symbol",
           "compound": "the unit", "singular": "the singular"}
_ENDINGS = ("plural_ending", "singular_ending", "verb_ending", "noun_ending", "adjective_ending",
            "modifier_adjective_ending")


def _check(name: str, word: str, value: object) -> str | None:
    if name == "currency" and not (isinstance(value, str) and re.fullmatch(r"[A-Z]{3}", value)):
        return f"value {value!r} must be an ISO 4217 code (EUR)"
    if name in _VALUES:
        return text_problem(value)
    if name in _ENDINGS or name == "plural_rule":
        return ending_problem(word, value if name == "plural_rule" else None)
    return None


WORDS = WordFile("figures", {
    "currency": "a currency's name, value its ISO 4217 code (euros = EUR)",
    "measure": "a unit's name, value its symbol (kilogrammes = kg); any language's",
    "percent": "words for per cent (pour cent, por ciento); any language's",
    "compound": "a compound noun counted whole, value its unit (armes à feu = arme à feu)",
    "stop_word": "a function word, never the noun a number counts; other languages' too",
    "prenominal": "an adjective written before the noun, inside the span (nouveaux, otros)",
    "invariable": "a noun that ends like a plural but is singular or invariable (pays, crisis)",
    "singular": "a word whose singular the plural rules get wrong, value that singular",
    "collective": "a noun that counts as plural without a plural ending (police, staff)",
    "plural_ending": "an ending of plural nouns (-s)",
    "singular_ending": "an ending that looks plural but is not (-ss, -us)",
    "plural_rule": "a plural ending and what replaces it in the singular (-aux = -al); the "
                   "longest ending that fits wins",
    "verb_ending": "an ending of words that are no nouns (verbs, adverbs: -ing, -aient)",
    "noun_ending": "an ending that makes such a word a noun after all (-ment)",
    "adjective_ending": "an adjective's ending, passed over to find the head of a singular count "
                        "(-al, -ive) where the head comes last",
    "article": "an article that looks like a number (un, une, a): one only before a multiplier",
    "qualifier": "words before a figure kept as its qualifier (plus de, about, más de)",
    "identifier": "a word before a number that makes it an identifier (article, page); any "
                  "language's",
    "year_before": "a word before a year that makes it a date, not a count (en, since); any "
                   "language's",
    "count_link": "a word joining a multiplier to what it counts (milliards de, millions of); "
                  "any language's; one ending in ' is glued to the noun",
    "capitalised_noun": "a noun a text capitalises that is counted, not a name (180 Parties)",
    "modifier_adjective": "where the head comes last, an adjective before it that stays out of "
                          "the unit, nouns before it staying in (82,112 bank accounts = bank "
                          "account; 85 suspected migrant smugglers = migrant smuggler): new, foreign",
    "modifier_adjective_ending": "the ending of such an adjective (-al, -ed: four regional sessions "
                                 "= session)",
    "member_noun": "a member noun kept whole with the noun it qualifies, before it where the "
                   "head comes last (196 member countries = member country), after it otherwise "
                   "(30 organisations membres = organisation membre)",
}, valued=frozenset({"currency", "measure", "compound", "singular", "plural_rule"}),
    shared=frozenset({"measure", "percent", "identifier", "year_before", "count_link"}),
    check=_check)

_DIGITS = {
    ",": r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?(?!\d)",
    ".": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?: \d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?(?!\d)",
}
_EMPTY_DATES = frozenset[str]()


@dataclass(frozen=True)
class FigureGrammar:
    """One language's figure patterns and the word lists its noun rules read."""

    lang: str
    numbers: NumberWords
    patterns: dict[str, re.Pattern[str]]
    currencies: dict[str, str]          # lower-case name → ISO code
    measures: dict[str, str]            # name or symbol as written → unit symbol
    compounds: dict[str, str]           # lower-case compound → unit
    stop: frozenset[str]
    other_stop: frozenset[str]          # the other languages' stop words
    prenominal: frozenset[str]
    invariable: frozenset[str]
    singular: dict[str, str]
    collective: frozenset[str]
    plural_endings: tuple[str, ...]
    singular_endings: tuple[str, ...]
    plural_rules: tuple[tuple[str, str], ...]   # (ending, replacement), longest ending first
    verb_endings: tuple[str, ...]
    noun_endings: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    articles: frozenset[str]
    capitalised_nouns: frozenset[str]
    member_nouns: frozenset[str]
    modifier_adjectives: frozenset[str]
    modifier_adjective_endings: tuple[str, ...]
    months: frozenset[str]              # every language's month names, lower case
    weekdays: frozenset[str]
    head_last: bool                     # the counted noun ends its phrase (two regional offices)
    hyphen_each_part: bool              # gardes-frontières: every part takes the plural
    # the length of the longest word of `identifier` (`words.longest_plain`): its pattern `… word\s*$`,
    # searched before every number, is tried near the end of the text only (`words.tail_search`)
    identifier_longest: int | None = None


def grammar(lang: str, patterns_dir: str | Path | None = None) -> FigureGrammar | None:
    """The figure rules of `lang`, built on first use; None when it has no figures file."""
    return _grammar(patterns_root(patterns_dir), lang)


def _endings(w: Words, name: str) -> tuple[str, ...]:
    return tuple(e[1:] for e in w.of(name))


@lru_cache(maxsize=32)
def _grammar(root: Path, lang: str) -> FigureGrammar | None:
    w = load(WORDS, lang, root)
    if w is None:
        return None
    nw = number_words(lang, root)
    months, weekdays = _date_words(root, lang)
    rules = sorted(((e[1:], r[1:]) for e, r in w.mapping("plural_rule").items()),
                   key=lambda rule: (-len(rule[0]), rule[0]))
    return FigureGrammar(
        lang=lang, numbers=nw, patterns=_patterns(w, nw, months, root, lang),
        currencies={k.lower(): str(v) for k, v in w.mapping("currency").items()},
        measures={**SI_UNITS, **{k: str(v) for k, v in w.mapping("measure").items()}},
        compounds={k.lower(): str(v) for k, v in w.mapping("compound").items()},
        stop=frozenset(w.of("stop_word")), other_stop=w.others("stop_word"),
        prenominal=frozenset(w.of("prenominal")), invariable=frozenset(w.of("invariable")),
        singular={k: str(v) for k, v in w.mapping("singular").items()},
        collective=frozenset(w.of("collective")),
        plural_endings=_endings(w, "plural_ending"),
        singular_endings=_endings(w, "singular_ending"), plural_rules=tuple(rules),
        verb_endings=_endings(w, "verb_ending"), noun_endings=_endings(w, "noun_ending"),
        adjective_endings=_endings(w, "adjective_ending"), articles=frozenset(w.of("article")),
        capitalised_nouns=frozenset(w.of("capitalised_noun")), member_nouns=frozenset(w.of("member_noun")),
        modifier_adjectives=frozenset(w.of("modifier_adjective")),
        modifier_adjective_endings=_endings(w, "modifier_adjective_ending"),
        months=months, weekdays=weekdays,
        head_last=w.setting("name_head") == "last",
        hyphen_each_part=w.setting("hyphen_plural") == "each_part",
        identifier_longest=longest_plain(w.of("identifier")))


def _date_words(root: Path, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Every language's month names and weekdays, lower case: never counted nouns."""
    dates = load(date_rules.WORDS, lang, root) or load_shared(date_rules.WORDS, root)
    if dates is None:
        return _EMPTY_DATES, _EMPTY_DATES
    return (frozenset(m.lower() for m in dates.every("month")),
            frozenset(d.lower() for d in dates.every("weekday")))


def _patterns(w: Words, nw: NumberWords, months: frozenset[str], root: Path,
              lang: str) -> dict[str, re.Pattern[str]]:
    """Compile the patterns of one language."""
    i = re.IGNORECASE
    joiners = load(NUMBER_WORDS, lang, root)
    every_joiner = joiners.every("number_joiner") if joiners else ()
    words = alternation(nw.words)
    joiner = (rf"(?:{S0}-{S0}|{S}{alternation(nw.joiners)}(?:{S}|-)|-{alternation(every_joiner)}-"
              rf"|{S})")
    mult = alternation(nw.multipliers)
    symbols = alternation(CURRENCY_SYMBOLS)
    codes = "(?:" + "|".join(CURRENCY_CODES) + r")(?![A-Za-z])"
    links = w.of("count_link")
    glued = alternation(link for link in links if link.endswith("'"))
    spaced = alternation(link for link in links if not link.endswith("'"))
    year_words = alternation([*w.of("year_before"), *months], space=r"\s+")
    # the three patterns run over the whole text open on a lookahead for their first characters
    # (`opens_on`): the engine finds none behind their lookbehinds (same matches)
    return {
        "digits": re.compile(rf"{opens_on(frozenset({DIGIT}))}(?<![\w/.,\-–])"
                             rf"(?:{_DIGITS[nw.decimal_mark]})(?![.,]\d|/\d)"),
        "words": re.compile(rf"{opens_on(first_chars(nw.words))}(?<![\w\-'’]){words}"
                            rf"(?:{joiner}{words})*(?![\w\-])", i),
        "joiner_end": re.compile(rf"[ -]{alternation(every_joiner)}$", i),
        "article_mult": re.compile(rf"{opens_on(first_chars(w.of('article')))}(?<![\w\-'’])"
                                   rf"{alternation(w.of('article'))}{S}"
                                   rf"(?={mult}(?!\w))", i),
        "mult": re.compile(rf"{S}({mult})(?!\w)", i),
        "short": re.compile(rf"{S0}({alternation(nw.short_multipliers)})(?![\w])", i),
        "prefix_currency": re.compile(rf"(?:({symbols})|\b({codes})){S0}$"),
        "currency": re.compile(rf"{S0}(?:({symbols})|({codes})|({alternation(w.mapping('currency'))})"
                               rf"(?![\w]))", 0 if w.setting("match_case") == "as_written" else i),
        "de": re.compile(rf"{S}(?:{spaced}{S}|{glued}{S0})", i),
        "percent": re.compile(rf"{S0}(?:%|{alternation(w.of('percent'))})(?!\w)", i),
        "measure": re.compile(rf"{S0}({alternation([*SI_UNITS, *w.mapping('measure')])})(?![\w])"),
        "compound": re.compile(rf"({alternation(w.mapping('compound'))})(?![\w])", i),
        "word": re.compile(r"[^\W\d_](?:[\w'’]|-(?=\w))*"),
        "qualifier": re.compile(rf"(?<![\w])({alternation(w.of('qualifier'))}){S0}$", i),
        "identifier": re.compile(rf"(?:^|[^\w]){alternation(w.of('identifier'))}\s*$", i),
        "year_before": re.compile(rf"(?:^|[^\w]){year_words}[\s,]*$", i),
    }

