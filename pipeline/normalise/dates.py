"""Find calendar dates in text and normalise them to ISO 8601 (see docs/normalisation.md).

The rules are built per language from its data (`date_rules`, `patterns/<lang>/dates.words.jsonl`).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

from .date_rules import DateGrammar, grammar
from .numbers import clean_spaces

__all__ = ["DateMatch", "find_dates", "normalise_date", "document_date"]


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text: offsets, ISO norm and precision (year, month, day, decade)."""

    start: int
    end: int
    norm: str
    precision: str


# What surrounds a year that is no date, in every language: a resolution's year in parentheses
# (`1373 (2001)`), a unit or currency symbol after it.
_RESOLUTION_BEFORE = re.compile(r"\d\s*\(\s*$")
_RESOLUTION_AFTER = re.compile(r"^\s*\(\s*(?:19|20)\d{2}\s*\)")
_UNIT_AFTER = re.compile(r"^\s*(?:%|€|\$|£|km\b|kg\b|t\b|EUR\b|USD\b)")
_NEXT_WORD = re.compile(r"^[ \u00a0\u202f]+([a-zà-öø-ÿ][\w'’-]*)")


# --------------------------------------------------------------------------- normalisation

def _day(text: str | None) -> int | None:
    """Read a day number, ordinal marks included (`1er`, `21st`, `1.º`)."""
    if text is None:
        return None
    return int(re.match(r"\d+", text).group(0))


def _month(text: str | None, gr: DateGrammar) -> int | None:
    """Read a month name or number."""
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    return gr.months[clean_spaces(text).lower()]


def _fmt(year: int | None, month: int | None, day: int | None) -> str:
    """Write an ISO date at the precision given, `XXXX` for an unknown year; check it exists."""
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    if day is not None:
        last = calendar.monthrange(year if year is not None else 2000, month)[1]
        if not 1 <= day <= last:
            raise ValueError(f"no day {day} in month {month}")
    y = f"{year:04d}" if year is not None else "XXXX"
    if month is None:
        return y
    if day is None:
        return f"{y}-{month:02d}"
    return f"{y}-{month:02d}-{day:02d}"


def _precision(month: int | None, day: int | None) -> str:
    """Name the precision of a date from the parts it has."""
    return "day" if day is not None else "month" if month is not None else "year"


def _build(rule: str, g: dict[str, str | None], gr: DateGrammar,
           doc_year: int | None) -> tuple[str, str]:
    """Turn the groups of one candidate into (norm, precision); ValueError if impossible."""
    if rule == "decade":
        word = g.get("w") or g.get("w2")
        if word:
            return f"19{gr.decades[word.lower()]}X", "decade"
        c = (g.get("c") or g.get("c2") or g.get("c3") or "").lstrip("'’")
        century = c[:-1] if len(c) == 3 else "19"
        return f"{century}{c[-1]}X", "decade"
    if rule in ("year_range", "year_range_words"):
        y1, y2 = int(g["y1"]), g["y2"]
        y2 = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if y2 <= y1:
            raise ValueError("a year range must go forward")
        return f"{y1}/{y2}", "year"
    if rule == "numeric":
        d, m = int(g["d2"]), int(g["m2"])
        if gr.month_first and m > 12 >= d:
            d, m = m, d  # 07/21/2017: only month-first reading is possible
        return _fmt(int(g["y2"]), m, d), "day"
    d2, m2 = _day(g.get("d2")), _month(g.get("m2"), gr)
    y2 = int(g["y2"]) if g.get("y2") else doc_year
    if rule in ("range_dd", "range_mm"):
        d1 = _day(g.get("d1"))
        m1 = _month(g.get("m1"), gr) or m2
        if g.get("y1"):
            y1 = int(g["y1"])
        elif y2 is not None and (m1, d1 or 0) > (m2, d2 or 0):
            y1 = y2 - 1  # 30 décembre au 2 janvier 2019
        else:
            y1 = y2
        start, end = _fmt(y1, m1, d1), _fmt(y2, m2, d2)
        if y1 is not None and y2 is not None and start >= end:
            raise ValueError("a range must go forward")
        return f"{start}/{end}", _precision(m2, d2)
    return _fmt(y2, m2, d2), _precision(m2, d2)


def _year_is_date(text: str, start: int, end: int, gr: DateGrammar) -> bool:
    """Tell whether a bare year at text[start:end] is a date (not a name, figure or symbol)."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    if _RESOLUTION_BEFORE.search(before) or _RESOLUTION_AFTER.match(after):
        return False
    # the name words are short: reading the last 16 characters is enough and 10 times faster
    if gr.name_before.search(before[-16:]) or gr.name_after.match(after) or _UNIT_AFTER.match(after):
        return False
    if gr.title_before.search(before):
        return False
    nxt = _NEXT_WORD.match(after)
    if nxt:
        word = clean_spaces(nxt.group(1)).lower()
        if (len(word) > 2 and word[-1] in "sx" and word not in gr.function_words
                and word not in gr.all_month_names and not word.endswith(gr.verb_endings)):
            return False  # `2020 agents`: a count, not a year
    return True


_Found = tuple[int, int, int, DateMatch]  # start, minus length, rule priority, match


def _candidates(text: str, gr: DateGrammar, doc_year: int | None) -> list[DateMatch]:
    """Run every pattern and keep the longest non-overlapping normalisable candidates."""
    found: list[_Found] = []
    bad: list[tuple[int, int]] = []
    # characters inside a date already found: a later (shorter) rule's match that lies wholly
    # inside one can never be kept, so its checks are skipped (`2018` in `septembre 2018`)
    covered = bytearray(len(text) + 1)
    windows, years = _windows(text, gr.reach)
    everywhere = [(0, len(text))]
    for priority, rule in enumerate(gr.rules):
        stretches = years if rule.needs_year else windows if rule.needs_digit else everywhere
        for m in (m for pos, endpos in stretches for m in rule.regex.finditer(text, pos, endpos)):
            start, end = m.span()
            if covered[start] and covered[end - 1] and covered[start:end].count(0) == 0:
                continue
            g = m.groupdict()
            pair = _pair_or_refused(rule.name, m, g, text, gr)
            if pair is not None:
                found.extend(_first_of_pair(m, pair, gr, doc_year, priority) if pair else [])
                continue
            try:
                norm, precision = _build(rule.name, g, gr, doc_year)
            except (ValueError, KeyError, TypeError, AttributeError):
                if rule.name in ("full", "iso", "numeric"):
                    bad.append((start, end))  # `31 février 2019`: no date, not `février 2019`
                continue
            if rule.name in ("qualified", "month_alone", "old_year"):
                start = m.end("q")  # `mi-2019` → `2019`: the modifier stays outside, like an article
            found.append((start, -(end - start), priority, DateMatch(start, end, norm, precision)))
            covered[start:end] = b"\x01" * (end - start)
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    kept: list[DateMatch] = []
    last_end = -1
    for start, _neg, _prio, match in found:
        if any(b_start <= start and match.end <= b_end for b_start, b_end in bad):
            continue
        if start >= last_end:
            kept.append(match)
            last_end = match.end
    return kept


_DIGITS = re.compile(r"\d+")
# the first two digits of a year (`date_rules.YEAR`, and `FULL_YEAR` in a whole date)
_CENTURIES = ("15", "16", "17", "18", "19", "20")
_SPACE_RUN = re.compile(r"[ \u00a0\u202f]{2}")


def _windows(text: str, reach: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The stretches of `text` that the rules needing a digit (`Rule.needs_digit`) must read,
    and those that the rules needing a year (`Rule.needs_year`) must read.

    A trigger pass (one cheap regular expression for digits) rules out the stretches without
    any before the dozen rules run: each window reaches `reach` characters (`DateGrammar.reach`)
    each side of a digit. The rules' lookbehinds see the text before a window (`finditer`'s
    `pos` is not a cut); its end is one, which the reach past the digit makes up for. The
    rules' spaces (`S`) have no bound, so a text with runs of spaces is read whole. A year
    (`date_rules.YEAR`, `FULL_YEAR`) ends a run of digits whose last four are 15xx to 20xx: the windows
    around those runs only hold every match of a rule that needs one.
    """
    # hand-written: `re` finds the digits, but no library merges windows around matches
    n = len(text)
    if _SPACE_RUN.search(text):
        return [(0, n)], [(0, n)]
    windows: list[tuple[int, int]] = []
    years: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        start, end = max(0, m.start() - reach), min(n, m.end() + reach)
        for found, keep in ((windows, True), (years, m.group()[-4:-2] in _CENTURIES)):
            if not keep:
                continue
            if found and start <= found[-1][1]:
                found[-1] = (found[-1][0], end)
            else:
                found.append((start, end))
    return windows, years


def _pair_or_refused(rule: str, m: re.Match[str], g: dict[str, str | None], text: str,
                     gr: DateGrammar) -> str | None:
    """None for a candidate to build as it is; the group of the first date of a pair (`d1`,
    `m1`) when the match lists two dates; "" when the candidate is refused."""
    start, end = m.span()
    if rule == "range_dd" and g.get("d1") and g.get("d2") \
            and gr.pair_words.search(text[m.end("d1"):m.start("d2")]) \
            and not gr.between_before.search(text[max(0, start - 30):start]) \
            and _day(g["d2"]) != (_day(g["d1"]) or 0) + 1:
        return "d1"  # `les 3 et 5 mars` lists two days; `les 10 et 11` or `entre … et …` is a period
    if rule == "range_mm" and gr.pair_words.search(text[m.end("m1"):m.start("m2")]) \
            and not gr.between_before.search(text[max(0, start - 30):start]):
        return "m1"
    if rule == "year_range_words":
        conn, before = text[m.end("y1"):m.start("y2")], text[max(0, start - 30):start]
        if gr.pair_words.search(conn):
            if not gr.between_before.search(before):
                return ""  # `en 2017 et 2018`: two dates
        elif not (gr.from_before.search(before) or gr.range_words.fullmatch(conn.strip())):
            return ""  # `de 2015 à 2018`; `2015 à 2018` alone may be two things
    if rule in ("year", "year_range") and not (
            _year_is_date(text, start, end, gr) and _year_is_date(text, m.start("y2"), end, gr)
            and not _RESOLUTION_BEFORE.search(text[max(0, start - 10):start])):
        return ""
    if rule == "year_range" and text[m.end("y1"):m.start("y2")].strip() == "/" \
            and len(g["y2"]) == 4 and int(g["y2"]) != int(g["y1"]) + 1:
        return ""  # `2017/2019` is not a usual way to write a period
    return None


def _first_of_pair(m: re.Match[str], first: str, gr: DateGrammar, doc_year: int | None,
                   priority: int) -> list[_Found]:
    """The first date of a pair (`3` in `les 3 et 5 mars 2019`, `janvier` in `janvier et mars
    2019`) as a candidate of its own, with the month and year it shares with the second; the
    second is found by the rules for single dates. Nothing when the month comes first (`March 3
    and 5`), where the first day alone would be read without its month."""
    g = m.groupdict()
    if m.start("m2") < m.end(first):
        return []
    own = [k for k in (first, "m1", "y1") if g.get(k)]
    groups = {"m2": g.get("m1") or g["m2"], "y2": g.get("y1") or g.get("y2")}
    if first == "d1":
        groups["d2"] = g["d1"]
    try:
        norm, precision = _build("full", groups, gr, doc_year)
    except (ValueError, KeyError, TypeError, AttributeError):
        return []
    start, end = m.start(first), max(m.end(k) for k in own)
    return [(start, -(end - start), priority, DateMatch(start, end, norm, precision))]


def find_dates(text: str, lang: str, *, doc_year: int | None = None,
               patterns_dir: str | Path | None = None) -> list[DateMatch]:
    """Find the dates of a text, sorted and non-overlapping, with ISO norms."""
    gr = grammar(lang, patterns_dir)  # UnknownLanguageError for a language not in the registry
    return _candidates(text, gr, doc_year) if gr else []


# --------------------------------------------------------------------------- one span

@lru_cache(maxsize=None)
def _parser(lang: str) -> object:
    """Build one DateDataParser per language (slow to build, fast to reuse)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[lang], settings={
        "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["year"]})


def _dateparser_fallback(text: str, lang: str, gr: DateGrammar) -> tuple[str, str]:
    """Parse an unusual written date with dateparser, only when it names a year."""
    years = re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
    if len(years) != 1 or gr.relative.search(text) or len(text) > 40:
        raise ValueError(f"not a date ({lang}): {text!r}")
    data = _parser(lang).get_date_data(clean_spaces(text))
    if data is None or data.date_obj is None or str(data.date_obj.year) != years[0]:
        raise ValueError(f"not a date ({lang}): {text!r}")
    d: _dt.datetime = data.date_obj
    if data.period == "day":
        return d.strftime("%Y-%m-%d"), "day"
    if data.period == "month":
        return d.strftime("%Y-%m"), "month"
    if data.period == "year":
        return d.strftime("%Y"), "year"
    raise ValueError(f"not a date ({lang}): {text!r}")


def normalise_date(text: str, lang: str, *, doc_year: int | None = None,
                   patterns_dir: str | Path | None = None) -> tuple[str, str]:
    """Normalise one date span to (ISO norm, precision); ValueError if it is not a date."""
    gr = grammar(lang, patterns_dir)
    s = text.strip(" \u00a0\u202f\t\n.,;:")
    if not s:
        raise ValueError("empty date")
    if gr is None:
        raise ValueError(f"no date words for {lang!r}: {text!r}")
    matches = _candidates(s, gr, doc_year)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(s):
        return matches[0].norm, matches[0].precision
    if matches:
        raise ValueError(f"not one date ({lang}): {text!r}")
    return _dateparser_fallback(s, lang, gr)


# --------------------------------------------------------------------------- dateline

_DATELINE_LINES = 3


def document_date(text: str, lang: str, *, patterns_dir: str | Path | None = None) -> str | None:
    """Find the document's own date in its dateline (first non-empty lines), as ISO, or None."""
    gr = grammar(lang, patterns_dir)
    if gr is None:
        return None
    lines = (line for line in text.splitlines() if line.strip())
    for line in islice(lines, _DATELINE_LINES):
        if not _DIGITS.search(line):
            continue  # a day is written in digits (`first_day` words hold one: `1er`, `1.º`)
        for m in _candidates(line, gr, None):
            if m.precision == "day" and "/" not in m.norm and "X" not in m.norm:
                return m.norm
    return None
