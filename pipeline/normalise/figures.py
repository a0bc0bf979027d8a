"""Find figures (counts, money, measures, percentages) in text and normalise them.

The patterns are built per language from its data (`figure_rules`); the noun a count counts and
its unit come from `nouns`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .figure_rules import CURRENCY_SYMBOLS, FigureGrammar, grammar
from .nouns import counted_noun, singularise
from .numbers import read_digits, read_number, clean_spaces, format_value
from .words import tail_search

__all__ = ["FigureMatch", "find_figures", "singularise"]


@dataclass(frozen=True)
class FigureMatch:
    """A figure: offsets, value, unit, norm (`value unit`) and the qualifier written before it."""

    start: int
    end: int
    value: str
    unit: str
    norm: str
    qualifier: str


@dataclass
class _Number:
    """A number expression found in the text."""

    start: int
    end: int
    value: Decimal
    kind: str  # digits, words, article


def _numbers(t: str, g: FigureGrammar) -> list[_Number]:
    """List the number expressions of a text, in digits or words."""
    p, nw, lang = g.patterns, g.numbers, g.lang
    out: list[_Number] = []
    for m in p["digits"].finditer(t):
        try:
            out.append(_Number(m.start(), m.end(), read_digits(m.group(0), nw, lang), "digits"))
        except ValueError:
            continue
    for m in p["words"].finditer(t):
        s, e = m.span()
        # Shrink from the right until text2num accepts the phrase.
        while e > s:
            phrase = t[s:e]
            try:
                value = read_number(phrase, nw, lang)
                out.append(_Number(s, e, value, "words"))
                break
            except ValueError:
                cut = max(phrase.rfind(" "), phrase.rfind("-"))
                if cut <= 0:
                    break
                e = s + len(phrase[:cut].rstrip(" -"))
                e = s + len(p["joiner_end"].sub("", t[s:e]))
    for m in p["article_mult"].finditer(t):
        # `un million`, `a million`: the article counts one; the lookahead leaves the multiplier.
        out.append(_Number(m.start(), m.start() + len(m.group(0).rstrip()), Decimal(1), "article"))
    out.sort(key=lambda n: (n.start, -n.end))
    return out


def find_figures(text: str, lang: str, *,
                 patterns_dir: str | Path | None = None) -> list[FigureMatch]:
    """Find figures (number + what it counts), sorted and non-overlapping, with norms."""
    g = grammar(lang, patterns_dir)  # UnknownLanguageError for a language not in the registry
    if g is None:
        return []
    t = clean_spaces(text)
    out: list[FigureMatch] = []
    last_end = 0
    for num in _numbers(t, g):
        if num.start < last_end:
            continue
        fig = _figure_at(t, text, g, num)
        if fig is not None:
            out.append(fig)
            last_end = fig.end
    return out


def _refused(t: str, g: FigureGrammar, num: _Number) -> bool:
    """Tell whether a number is no figure by what it is and what surrounds it."""
    p = g.patterns
    start, end = num.start, num.end
    before = t[max(0, start - 40):start]
    number_text = t[start:end]
    if num.kind == "words" and number_text.lower() in g.articles and not p["mult"].match(t, end):
        return True  # `un`, `une`, `a`: articles, not counts
    if num.kind == "digits" and t[end:end + 1].isalpha():
        glued = p["short"].match(t, end) or p["measure"].match(t, end)
        if not glued or re.match(r"[A-Za-z]", t[end + len(glued.group(0)):end + len(glued.group(0)) + 1] or " "):
            return True  # `1er`, `3e`, `G5`-like tokens are not figures
    if tail_search(p["identifier"], before, g.identifier_longest):
        return True
    if num.kind == "words" and _inside_name(t, start, end):
        return True
    if num.kind == "digits" and re.fullmatch(r"(?:19|20)\d{2}", number_text) \
            and p["year_before"].search(before):
        return True
    # `(2016)` after a number, `(1)` list markers
    return bool(re.search(r"\w[ \u00a0\u202f]*\($", before) or re.match(r"\)", t[end:end + 1]))


# a capitalised word that does not open a sentence or a line, right before; a capitalised word
# right after
# (a word of letters only: not a possessive, `IGAD's eight Member States`)
_NAME_BEFORE = re.compile(r"(?<![.!?:\n] )(?<!^)(?<!\n)(?<![\w'’-])[^\W\d_]+[ \t]\Z")
_NAME_AFTER = re.compile(r"[ \t][^\W\d_]")


def _inside_name(t: str, start: int, end: int) -> bool:
    """Whether a number written in lower-case words stands between two capitalised words of a
    name (`Conselho dos Exportadores`: Portuguese `dos` is no Spanish two); a sentence's first
    word before it (`Les deux Parties`) or a number in capitals (`Conseil des Deux Rives`) is no
    name's inside."""
    if not t[start:end].islower():
        return False
    before = _NAME_BEFORE.search(t, max(0, start - 40), start)
    after = _NAME_AFTER.match(t, end)
    return bool(before and before.group()[0].isupper() and after and after.group()[1].isupper())


def _figure_at(t: str, text: str, g: FigureGrammar, num: _Number) -> FigureMatch | None:
    """Read the figure that starts with a number, or None if the number counts nothing."""
    if _refused(t, g, num):
        return None
    p = g.patterns
    start, end, value = num.start, num.end, num.value
    before = t[max(0, start - 40):start]
    # Currency written before the number: `$750,000`, `USD 2.5 million`.
    currency = None
    pre = p["prefix_currency"].search(before)
    if pre:
        currency = CURRENCY_SYMBOLS.get(pre.group(1) or "", pre.group(2))
        start = start - (len(before) - pre.start())
    # Multipliers: `1,3 million`, `mil millones`, `$5m`.
    factor = 1
    while m := p["mult"].match(t, end):
        factor *= g.numbers.multipliers[re.sub(r"\s+", " ", clean_spaces(m.group(1)).lower())]
        end = m.end()
    sm = p["short"].match(t, end)
    if sm and factor == 1 and num.kind == "digits":
        if currency or p["currency"].match(t, sm.end()):
            factor *= g.numbers.short_multipliers[sm.group(1).lower()]
            end = sm.end()
    value = value * factor
    if value == 0:
        return None
    if currency is not None:
        # Currency before the number: the figure ends after the number and its multiplier.
        return _make(text, t, g, start, end, value, currency)
    return _unit_after(t, text, g, start, end, value, factor)


def _unit_after(t: str, text: str, g: FigureGrammar, start: int, end: int, value: Decimal,
                factor: int) -> FigureMatch | None:
    """The figure with what is written after its number: currency, %, unit or counted noun."""
    p = g.patterns
    # A `de`/`of` joins a multiplier to what it counts: `4,5 milliards de recherches`.
    link = p["de"].match(t, end) if factor > 1 else None
    pos = link.end() if link else end
    cur = p["currency"].match(t, pos)
    if cur and (cur.group(1) or cur.group(2) or cur.group(3)):
        code = CURRENCY_SYMBOLS.get(cur.group(1) or "") or cur.group(2) or _currency_code(cur.group(3), g)
        return _make(text, t, g, start, cur.end(), value, code)
    pct = p["percent"].match(t, end)
    if pct:
        return _make(text, t, g, start, pct.end(), value, "%")
    meas = p["measure"].match(t, pos)
    if meas:
        return _make(text, t, g, start, meas.end(), value, g.measures[meas.group(1)])
    noun = counted_noun(t, pos, value, g)
    if noun is None:
        return None
    noun_end, unit = noun
    return _make(text, t, g, start, noun_end, value, unit)


def _currency_code(written: str, g: FigureGrammar) -> str:
    """Map a currency name as written to its ISO 4217 code."""
    key = re.sub(r"[ \u00a0\u202f]+", " ", written).replace("’", "'")
    code = g.currencies.get(key.lower())
    if code is None:
        raise ValueError(f"unknown currency: {written!r}")
    return code


def _make(text: str, t: str, g: FigureGrammar, start: int, end: int, value: Decimal,
          unit: str) -> FigureMatch:
    """Build the match, with the qualifier written just before it."""
    q = g.patterns["qualifier"].search(t, max(0, start - 40), start)
    qualifier = text[q.start(1):q.end(1)] if q else ""
    v = format_value(value)
    return FigureMatch(start, end, v, unit, f"{v} {unit}", qualifier)
