"""Parse cardinal numbers written in digits or words into exact decimals.

A language's number words and multipliers are in `patterns/<lang>/numbers.words.jsonl`; its
decimal mark and text2num code are settings of the registry (`patterns/languages.jsonl`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from text_to_num import text2num

from ..languages import WordLists, language_info
from .words import WordFile, int_problem, load, patterns_root

__all__ = ["NumberWords", "clean_spaces", "format_value", "number_words", "parse_digits",
           "parse_number", "read_digits", "read_number"]

# Characters that stand for a space inside numbers; mapped 1:1 so offsets never move.
SPACE_CHARS = "\u00a0\u202f\u2009\u2007"
_SPACE_MAP = {c: " " for c in SPACE_CHARS} | {"\u2019": "'", "\u2018": "'", "\u02bc": "'"}


def _check(name: str, word: str, value: object) -> str | None:
    if name in ("multiplier", "short_multiplier"):
        return int_problem(value, 2)
    return None


WORDS = WordFile("numbers", {
    "number_word": "a word of a cardinal number (vingt, twenty, veinte); text2num reads the phrase",
    "number_joiner": "a word joining number words (vingt et un, one hundred and five, treinta y dos)",
    "multiplier": "a word after a number that multiplies it, value the factor (millions = 1000000)",
    "short_multiplier": "an abbreviated multiplier, taken only next to a currency ($5m, 1,3 Md€)",
}, valued=frozenset({"multiplier", "short_multiplier"}), check=_check)

# Digit groups by decimal mark: thousands separators are spaces and the other mark.
_DIGIT_PATTERNS = {
    # `1.5` with one or two decimals is read as a decimal, never as a thousands group
    ",": r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}",
    ".": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
}
_WS = re.compile(r"\s+")
_EMPTY = WordLists({}, {})


@dataclass(frozen=True)
class NumberWords:
    """What one language needs to read numbers: its words, multipliers and digit conventions."""

    words: frozenset[str]
    joiners: tuple[str, ...]
    multipliers: dict[str, int]
    short_multipliers: dict[str, int]
    decimal_mark: str
    text2num: str
    digits: re.Pattern[str]


def number_words(lang: str, patterns_dir: str | Path | None = None) -> NumberWords:
    """The number words and conventions of `lang` (cached); `UnknownLanguageError` if unknown."""
    return _number_words(patterns_root(patterns_dir), lang)


@lru_cache(maxsize=32)
def _number_words(root: Path, lang: str) -> NumberWords:
    info = language_info(lang, root)
    found = load(WORDS, lang, root)
    lists = found.own if found else _EMPTY
    mark = str(info.setting("decimal_mark"))
    return NumberWords(lists.set("number_word"), lists.of("number_joiner"),
                       {w: int(v) for w, v in lists.mapping("multiplier").items()},
                       {w: int(v) for w, v in lists.mapping("short_multiplier").items()},
                       mark, str(info.setting("text2num")), re.compile(_DIGIT_PATTERNS[mark]))


def clean_spaces(text: str) -> str:
    """Map no-break and thin spaces to spaces and curly apostrophes to `'`, one for one."""
    # str.replace per character rather than str.translate: translate looks every character up
    # in a dict (0.3 µs per word of a whole text, the figure finder's largest single cost);
    # `in` and replace scan in C, and most texts hold few of these characters or none
    for char, plain in _SPACE_MAP.items():
        if char in text:
            text = text.replace(char, plain)
    return text


def parse_digits(text: str, lang: str, *, patterns_dir: str | Path | None = None) -> Decimal:
    """Parse a digit group with the language's thousands separator and decimal mark."""
    return read_digits(text, number_words(lang, patterns_dir), lang)


def read_digits(text: str, nw: NumberWords, lang: str) -> Decimal:
    """`parse_digits` with the language's number words at hand."""
    s = clean_spaces(text).strip()
    if not nw.digits.fullmatch(s):
        raise ValueError(f"not a number in digits ({lang}): {text!r}")
    if nw.decimal_mark == ".":
        s = s.replace(",", "").replace(" ", "")
    elif re.fullmatch(r"\d+\.\d{1,2}", s):
        pass  # `1.5` in a French or Spanish text: a decimal point, never a thousands group
    else:
        s = s.replace(" ", "").replace(".", "").replace(",", ".")
    return Decimal(s)


def _split_multiplier(words: list[str], nw: NumberWords, short: bool) -> tuple[list[str], int]:
    """Take the multiplier words off the end of a number expression."""
    factor = 1
    table = nw.multipliers
    while words:
        low = [w.lower() for w in words]
        if len(low) >= 2 and " ".join(low[-2:]) in table:
            factor *= table[" ".join(low[-2:])]
            words = words[:-2]
        elif low[-1] in table and len(words) > 1:
            factor *= table[low[-1]]
            words = words[:-1]
        elif short and low[-1] in nw.short_multipliers and len(words) > 1:
            factor *= nw.short_multipliers[low[-1]]
            words = words[:-1]
        else:
            break
    return words, factor


def parse_number(text: str, lang: str, *, patterns_dir: str | Path | None = None) -> Decimal:
    """Parse a cardinal number in digits, words or both (`1,3 million`) into a Decimal."""
    return read_number(text, number_words(lang, patterns_dir), lang)


def read_number(text: str, nw: NumberWords, lang: str) -> Decimal:
    """`parse_number` with the language's number words at hand."""
    s = clean_spaces(text).strip()
    if not s:
        raise ValueError("empty number")
    # `1,3M` or `5bn`: split a short multiplier glued to the digits.
    glued = re.fullmatch(r"([\d.,  ]*\d)\s*([A-Za-z]{1,3})", s)
    if glued and glued.group(2).lower() in nw.short_multipliers:
        return read_digits(glued.group(1), nw, lang) * nw.short_multipliers[glued.group(2).lower()]
    # Digits keep their spaces (thousands groups); words are split on spaces.
    m = re.match(r"[\d][\d., ]*\d|\d", s)
    if m and (m.end() == len(s) or s[m.end()] == " "):
        rest = s[m.end():].split()
        words, factor = _split_multiplier(["0", *rest], nw, short=True)
        if words != ["0"]:
            raise ValueError(f"not a number ({lang}): {text!r}")
        return read_digits(m.group(0), nw, lang) * factor
    words = _WS.split(s)
    phrase = " ".join(words).lower()
    if phrase in nw.multipliers and " " in phrase:
        return Decimal(nw.multipliers[phrase])  # `mil millones`: a multiplier of two words
    if len(words) == 1 and phrase in nw.multipliers and phrase not in nw.words:
        raise ValueError(f"a multiplier alone is not a number ({lang}): {text!r}")
    words, factor = _split_multiplier(words, nw, short=False)
    phrase = " ".join(words).lower()
    if re.search(r"\d", phrase) or not nw.text2num:
        raise ValueError(f"not a number ({lang}): {text!r}")
    try:
        value = text2num(phrase, nw.text2num)
    except (ValueError, IndexError, KeyError) as exc:
        raise ValueError(f"not a number ({lang}): {text!r}") from exc
    return Decimal(value) * factor


def format_value(value: Decimal) -> str:
    """Write a decimal plainly: no exponent, no trailing zeros (`4500000000`, `2.5`)."""
    try:
        d = Decimal(value)
    except (InvalidOperation, TypeError) as exc:
        raise ValueError(f"not a decimal: {value!r}") from exc
    if not d.is_finite():
        raise ValueError(f"not a finite decimal: {value!r}")
    text = format(d.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
