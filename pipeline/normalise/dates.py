"""Find calendar dates in fr/en/es text and normalise them to ISO 8601 (see docs/normalisation.md)."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .numbers import LANGS, clean_spaces

__all__ = ["DateMatch", "find_dates", "normalise_date", "document_date"]


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text: offsets, ISO norm and precision (year, month, day, decade)."""

    start: int
    end: int
    norm: str
    precision: str


# --------------------------------------------------------------------------- vocabulary

_MONTHS: dict[str, dict[str, int]] = {
    "fr": {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
           "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
           "décembre": 12, "decembre": 12, "janv.": 1, "févr.": 2, "fév.": 2, "avr.": 4,
           "juil.": 7, "sept.": 9, "oct.": 10, "nov.": 11, "déc.": 12},
    "en": {"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
           "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
           "Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8,
           "Sep.": 9, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
           "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Aug": 8, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12},
    "es": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
           "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
           "diciembre": 12},
}
# English month names are matched with their capital (`may`, `march` are other words).
_MONTH_LOOKUP: dict[str, dict[str, int]] = {
    lang: {k.lower(): v for k, v in table.items()} for lang, table in _MONTHS.items()
}

_ALL_MONTH_NAMES = frozenset(m for table in _MONTH_LOOKUP.values() for m in table)

_DECADE_WORDS: dict[str, dict[str, int]] = {
    "fr": {"vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6,
           "soixante-dix": 7, "septante": 7, "quatre-vingt": 8, "quatre-vingts": 8,
           "huitante": 8, "quatre-vingt-dix": 9, "nonante": 9},
    "en": {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
           "seventies": 7, "eighties": 8, "nineties": 9},
    "es": {"veinte": 2, "treinta": 3, "cuarenta": 4, "cincuenta": 5, "sesenta": 6,
           "setenta": 7, "ochenta": 8, "noventa": 9},
}

# Words before a year that make it part of a name or an identifier, not a date.
# The year of a publication's title (`World Drug Report 2024`, `Informe Mundial sobre las
# Drogas 2024`): capitalised title words, or small words inside a title, back to its head noun.
_TITLE_BEFORE = re.compile(
    r"\b(?:Report|Rapport|Informe|Review|Survey|Outlook|Yearbook|Annuaire|Anuario)"
    r"(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|de|del|des|du|la|las|los|les|sobre|sur|on|of|the|mundial"
    r"|mondial|global|annual|anual|annuel))*\s+$")
_NAME_BEFORE = re.compile(
    r"(?:horizon|agenda|vision|visi[oó]n|programme|programa|strat[ée]gie|strategy|estrategia"
    r"|r[ée]solutions?|resoluci[oó]n(?:es)?|n[°º]|no\.|num[ée]ro|n[uú]mero|number|article|art\."
    r"|paragraphe|paragraph|p[aá]rrafo|para\.|section|secci[oó]n|chapitre|chapter|cap[ií]tulo"
    r"|annexe|annex|anexo|page|p[aá]gina|p\.|code|c[oó]digo|COP|G)\s*$",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"^\s*(?:Agenda|Vision|Strategy|Programme|Development Agenda)\b")
# A year in parentheses right after a number is a resolution's year (`1373 (2001)`).
_RESOLUTION_BEFORE = re.compile(r"\d\s*\(\s*$")
_RESOLUTION_AFTER = re.compile(r"^\s*\(\s*(?:19|20)\d{2}\s*\)")
_UNIT_AFTER = re.compile(r"^\s*(?:%|€|\$|£|km\b|kg\b|t\b|EUR\b|USD\b)")
_NEXT_WORD = re.compile(r"^[ \u00a0\u202f]+([a-zà-öø-ÿ][\w'’-]*)")

# Function words ending in -s/-x that may follow a year without being a counted noun.
_FUNCTION_WORDS = frozenset("""
dans sous sans vers après apres depuis alors puis plus moins les des ses nos vos leurs ces mes
tes lors tous toutes dès des pas très tels telles mais dont ainsi ans aux ceux jusqu mois fois
hors parmi avons avez sommes êtes étions
was has is as its this thus his towards across plus less unless always perhaps alongside those
these us yes besides whereas was does goes per versus thereafter afterwards
las los les mas más pues tras mis sus tus nos vos ellos ellas todos todas además antes después
entonces mientras menos así estas estos esas esos ambos ambas sendos
""".split())

S = r"[ \u00a0\u202f]+"      # one or more spaces of any width
S0 = r"[ \u00a0\u202f]*"
YEAR = r"(?:19|20)\d{2}(?!\d)"
_DASH = rf"{S0}[-–—]{S0}"
_WEEKDAYS = {
    "fr": r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    "en": r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?",
    "es": r"(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)",
}
_DAYS = {
    "fr": r"(?:1er|1ᵉʳ|3[01]|[12]\d|0?[1-9])(?![\d,.]\d)",
    "en": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]\d)",
    "es": r"(?:1\.?[º°o]|3[01]|[12]\d|0?[1-9])(?![\d,.]\d)",
}
# Connectors of a range; `et`/`and`/`y` need `entre`/`between` in front (checked after matching).
_DAY_CONN = {
    "fr": rf"(?:{_DASH}|{S}(?:au|à){S}(?:le{S})?|{S}et{S}(?:le{S})?)",
    "en": rf"(?:{_DASH}|{S}(?:to|until|through|and){S}(?:the{S})?)",
    "es": rf"(?:{_DASH}|{S}(?:al|a|hasta){S}(?:el{S})?|{S}y{S}(?:el{S})?)",
}
_PAIR_WORDS = re.compile(r"\b(?:et|and|y)\b", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?:\bentre|\bbetween)(?:\s+(?:le|el|the))?\s*$", re.IGNORECASE)
# Words that make two years a period with no `from` in front (`a plan for 2024 to 2026`).
_RANGE_WORDS = re.compile(r"to|through|until|hasta", re.IGNORECASE)
# Prepositions of time that make a month named alone a date (`en novembre`, `in May`).
_MONTH_PREPOSITIONS = {
    "fr": r"(?:en|(?:au|du|le)\s+mois\s+d['’]|(?:au|du|le)\s+mois\s+de|depuis|dès|jusqu['’]en|courant)",
    "en": r"(?:in|since|until|by|during|in\s+early|in\s+late)",
    "es": r"(?:en|desde|hasta|durante|(?:en|del)\s+el\s+mes\s+de|(?:en|del)\s+mes\s+de|a\s+partir\s+de)",
}
_FROM_BEFORE = re.compile(r"(?:\bde|\bdu|\bd['’]|\bfrom|\bdesde|\bdel|\bentre|\bbetween)\s*$",
                          re.IGNORECASE)


def _alt(words: object) -> str:
    """Build a regex alternation, longest words first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _month_re(lang: str) -> str:
    """Month-name alternation for a language (English names only with their capital)."""
    if lang == "en":
        names = list(_MONTHS["en"]) + [n.upper() for n in _MONTHS["en"] if not n.endswith(".")]
        return _alt(names) + r"(?!\w)"
    return _alt(_MONTHS[lang]) + r"(?!\w)"


@dataclass(frozen=True)
class _Rule:
    """One candidate pattern with the name of the builder that normalises it."""

    name: str
    regex: re.Pattern[str]


def _compile_rules(lang: str) -> list[_Rule]:
    """Compile the candidate patterns of one language, most specific first."""
    flags = 0 if lang == "en" else re.IGNORECASE
    M = _month_re(lang)
    D = _DAYS[lang]
    W = _WEEKDAYS[lang]
    C = _DAY_CONN[lang]
    pre = r"(?<![\w/.,-])"
    if lang == "es":
        DM = lambda i: rf"(?P<d{i}>{D}){S}de{S}(?P<m{i}>{M})"            # noqa: E731
        YR = lambda i: rf"(?:{S}(?:de|del){S}|,?{S})(?P<y{i}>{YEAR})"     # noqa: E731
        MY = rf"(?P<m2>{M})(?:{S}(?:de|del){S}|,?{S})(?P<y2>{YEAR})"
    elif lang == "fr":
        DM = lambda i: rf"(?P<d{i}>{D}){S}(?P<m{i}>{M})"                  # noqa: E731
        YR = lambda i: rf",?{S}(?P<y{i}>{YEAR})"                          # noqa: E731
        MY = rf"(?P<m2>{M}){S}(?P<y2>{YEAR})"
    else:
        DM = lambda i: rf"(?P<d{i}>{D}){S}(?:of{S})?(?P<m{i}>{M})"       # noqa: E731
        YR = lambda i: rf",?{S}(?P<y{i}>{YEAR})"                          # noqa: E731
        MY = rf"(?P<m2>{M}),?{S}(?:of{S})?(?P<y2>{YEAR})"
    month_conn = {"fr": rf"(?:{_DASH}|{S}(?:à|au|et){S})",
                  "en": rf"(?:{_DASH}|{S}(?:to|until|through|and){S})",
                  "es": rf"(?:{_DASH}|{S}(?:a|al|hasta|y){S})"}[lang]
    wd = rf"(?:{W}{S})?"
    rules = [
        # 23 juin au 31 juillet 2019 / 23 de junio al 31 de julio de 2021
        ("range_dd", rf"{pre}{DM(1)}(?:{YR(1)})?{C}{wd}{DM(2)}(?:{YR(2)})?"),
        # 18-26 septembre 2018 / 3 and 5 March 2019 / 18 al 26 de septiembre
        ("range_dd", rf"{pre}(?P<d1>{D}){C}{wd}{DM(2)}(?:{YR(2)})?"),
        # janvier à mars 2019 / septembre 2018 - mars 2019
        ("range_mm", rf"{pre}(?P<m1>{M})(?:{S}(?:de{S})?(?P<y1>{YEAR}))?{month_conn}"
                     rf"(?P<m2>{M})(?:{S}(?:de|del){S}|,?{S})(?P<y2>{YEAR})"),
        ("full", rf"{pre}{DM(2)}{YR(2)}"),
        ("iso", r"(?<![\w/-])(?P<y2>(?:19|20)\d{2})-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)(?![\w-])"),
        ("numeric", r"(?<![\w/.-])(?P<d2>[0-3]?\d)(?P<sep>[/.-])(?P<m2>[01]?\d)(?P=sep)"
                    r"(?P<y2>(?:19|20)\d{2})(?![\w/-])"),
        ("qualified", None),
        ("decade", None),
        ("year_range", rf"(?<![\w/.-])(?P<y1>{YEAR}){S0}[-–—/]{S0}(?P<y2>(?:19|20)?\d{{2}})(?![\w/-])"),
        ("year_range_words", rf"(?<![\w/.-])(?P<y1>{YEAR}){S}(?:à|a|au|al|to|until|hasta|et|and|y)"
                             rf"{S}(?P<y2>{YEAR})(?![\w/-])"),
        ("month_year", rf"{pre}{MY}"),
        ("day_month", rf"{pre}{DM(2)}"),
        # a month alone after a preposition of time: `en novembre`, `in May`, `desde septiembre`
        ("month_alone", rf"(?<![\w-])(?P<q>{_MONTH_PREPOSITIONS[lang]}{S})(?P<m2>{M})"),
        ("year", rf"(?<![\w/.-])(?P<y2>{YEAR})(?![\w/]|-\w|[.,]\d)"),
    ]
    if lang == "en":
        MD = lambda i: rf"(?P<m{i}>{M}){S}(?P<d{i}>{D})"                  # noqa: E731
        rules[0:0] = [
            # March 3-5, 2019 / March 30 to April 2, 2019
            ("range_dd", rf"{pre}{MD(1)}(?:,{S}(?P<y1>{YEAR}))?{C}{MD(2)},?{S}(?P<y2>{YEAR})"),
            ("range_dd", rf"{pre}(?P<m2>{M}){S}(?P<d1>{D}){C}(?P<d2>{D}),?{S}(?P<y2>{YEAR})"),
            ("full", rf"{pre}{MD(2)},?{S}(?P<y2>{YEAR})"),
        ]
        rules.insert(rules.index(next(r for r in rules if r[0] == "day_month")) + 1,
                     ("day_month", rf"{pre}{MD(2)}(?!\w|[,.]?{S}\d)"))
    qualifiers = {
        "fr": rf"(?P<q>mi-|mi{S}|(?:fin|début|debut|courant|milieu){S}(?:de{S}l['’]année{S}|d['’]année{S})?)",
        "en": rf"(?P<q>mid-|mid{S}|(?:early|late){S})",
        "es": rf"(?P<q>(?:finales|fines|principios|comienzos|inicios|mediados){S}(?:de|del){S})",
    }[lang]
    month_sep = {"fr": S, "en": rf",?{S}", "es": rf"{S}(?:de|del){S}"}[lang]
    qual = rf"(?<![\w-]){qualifiers}(?:(?P<m2>{M}){month_sep})?(?P<y2>{YEAR})(?![\w/])"
    decade_words = _alt(_DECADE_WORDS[lang])
    decade = {
        "fr": rf"(?<!\w)(?:années|decennie|décennie){S}(?:(?P<c>(?:19|20)?\d)0|(?P<w>{decade_words}))(?!\w)",
        "es": rf"(?<!\w)(?:años{S}(?:(?P<c>(?:19|20)?\d)0|(?P<w>{decade_words}))"
              rf"|década{S}de{S}(?:los{S}(?:años{S})?)?(?P<c2>(?:19|20)?\d)0)(?!\w)",
        "en": rf"(?<![\w'’])(?:(?P<c>(?:19|20)\d|['’]\d)0s|(?P<w>{decade_words}))(?!\w)",
    }[lang]
    compiled = []
    for name, pattern in rules:
        if name == "qualified":
            pattern = qual
        elif name == "decade":
            pattern = decade
        compiled.append(_Rule(name, re.compile(pattern, flags)))
    return compiled


_RULES: dict[str, list[_Rule]] = {lang: _compile_rules(lang) for lang in LANGS}


# --------------------------------------------------------------------------- normalisation

def _check_lang(lang: str) -> None:
    """Refuse a language the normalisers do not know."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language: {lang!r} (expected one of {', '.join(LANGS)})")


def _day(text: str | None) -> int | None:
    """Read a day number, ordinal marks included (`1er`, `21st`, `1.º`)."""
    if text is None:
        return None
    return int(re.match(r"\d+", text).group(0))


def _month(text: str | None, lang: str) -> int | None:
    """Read a month name or number."""
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    return _MONTH_LOOKUP[lang][clean_spaces(text).lower()]


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


def _build(rule: str, g: dict[str, str | None], lang: str, doc_year: int | None) -> tuple[str, str]:
    """Turn the groups of one candidate into (norm, precision); ValueError if impossible."""
    if rule == "decade":
        if g.get("w"):
            digit = _DECADE_WORDS[lang][g["w"].lower()]
            return f"19{digit}X", "decade"
        c = g.get("c") or g.get("c2")
        c = c.lstrip("'’")
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
        if lang == "en" and m > 12 >= d:
            d, m = m, d  # 07/21/2017: only month-first reading is possible
        return _fmt(int(g["y2"]), m, d), "day"
    d2, m2 = _day(g.get("d2")), _month(g.get("m2"), lang)
    y2 = int(g["y2"]) if g.get("y2") else doc_year
    if rule in ("range_dd", "range_mm"):
        d1 = _day(g.get("d1"))
        m1 = _month(g.get("m1"), lang) or m2
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


def _year_is_date(text: str, start: int, end: int) -> bool:
    """Tell whether a bare year at text[start:end] is a date (not a name, figure or symbol)."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    if _RESOLUTION_BEFORE.search(before) or _RESOLUTION_AFTER.match(after):
        return False
    # the name words are short: reading the last 16 characters is enough and 10 times faster
    if _NAME_BEFORE.search(before[-16:]) or _NAME_AFTER.match(after) or _UNIT_AFTER.match(after):
        return False
    if _TITLE_BEFORE.search(before):
        return False
    nxt = _NEXT_WORD.match(after)
    if nxt:
        word = clean_spaces(nxt.group(1)).lower()
        if (len(word) > 2 and word[-1] in "sx" and word not in _FUNCTION_WORDS
                and word not in _ALL_MONTH_NAMES):
            return False  # `2020 agents`: a count, not a year
    return True


def _candidates(text: str, lang: str, doc_year: int | None) -> list[DateMatch]:
    """Run every pattern and keep the longest non-overlapping normalisable candidates."""
    found: list[tuple[int, int, int, DateMatch]] = []
    bad: list[tuple[int, int]] = []
    # characters inside a date already found: a later (shorter) rule's match that lies wholly
    # inside one can never be kept, so its checks are skipped (`2018` in `septembre 2018`)
    covered = bytearray(len(text) + 1)
    for priority, rule in enumerate(_RULES[lang]):
        for m in rule.regex.finditer(text):
            start, end = m.span()
            if covered[start] and covered[end - 1] and covered[start:end].count(0) == 0:
                continue
            g = m.groupdict()
            conn = text[m.end("d1"):m.start("d2")] if g.get("d1") and g.get("d2") else ""
            if rule.name == "range_dd" and _PAIR_WORDS.search(conn) \
                    and not _BETWEEN_BEFORE.search(text[max(0, start - 30):start]) \
                    and _day(g["d2"]) != (_day(g["d1"]) or 0) + 1:
                # `les 3 et 5 mars` lists two days; `les 10 et 11` or `entre … et …` is a period
                found.extend(_first_of_pair(m, "d1", lang, doc_year, priority))
                continue
            if rule.name == "range_mm" and _PAIR_WORDS.search(text[m.end("m1"):m.start("m2")]) \
                    and not _BETWEEN_BEFORE.search(text[max(0, start - 30):start]):
                found.extend(_first_of_pair(m, "m1", lang, doc_year, priority))
                continue
            if rule.name == "year_range_words":
                conn = text[m.end("y1"):m.start("y2")]
                if _PAIR_WORDS.search(conn):
                    if not _BETWEEN_BEFORE.search(text[max(0, start - 30):start]):
                        continue  # `en 2017 et 2018`: two dates
                elif not (_FROM_BEFORE.search(text[max(0, start - 30):start])
                          or _RANGE_WORDS.fullmatch(conn.strip())):
                    continue  # `de 2015 à 2018`; `2015 à 2018` alone may be two things
            if rule.name in ("year", "year_range") and not (
                    _year_is_date(text, start, end) and _year_is_date(text, m.start("y2"), end)
                    and not _RESOLUTION_BEFORE.search(text[max(0, start - 10):start])):
                continue
            if rule.name == "year_range" and text[m.end("y1"):m.start("y2")].strip() == "/" \
                    and len(g["y2"]) == 4 and int(g["y2"]) != int(g["y1"]) + 1:
                continue  # `2017/2019` is not a usual way to write a period
            try:
                norm, precision = _build(rule.name, g, lang, doc_year)
            except (ValueError, KeyError, TypeError, AttributeError):
                if rule.name in ("full", "iso", "numeric"):
                    bad.append((start, end))  # `31 février 2019`: no date, not `février 2019`
                continue
            if rule.name in ("qualified", "month_alone"):
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


def _first_of_pair(m: re.Match[str], first: str, lang: str, doc_year: int | None,
                   priority: int) -> list[tuple[int, int, int, DateMatch]]:
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
        norm, precision = _build("full", groups, lang, doc_year)
    except (ValueError, KeyError, TypeError, AttributeError):
        return []
    start, end = m.start(first), max(m.end(k) for k in own)
    return [(start, -(end - start), priority, DateMatch(start, end, norm, precision))]


def find_dates(text: str, lang: str, *, doc_year: int | None = None) -> list[DateMatch]:
    """Find the dates of a text, sorted and non-overlapping, with ISO norms."""
    _check_lang(lang)
    return _candidates(text, lang, doc_year)


# --------------------------------------------------------------------------- one span

_RELATIVE = re.compile(
    r"aujourd|hier|demain|avenir|prochain|dernier|derni[èe]re|today|yesterday|tomorrow|future|"
    r"next|last|ago|hoy|ayer|mañana|futuro|próxim|pasad|semaine|week|semana|\bans?\b|years?|años?",
    re.IGNORECASE,
)


@lru_cache(maxsize=None)
def _parser(lang: str) -> object:
    """Build one DateDataParser per language (slow to build, fast to reuse)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[lang], settings={
        "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["year"]})


def _dateparser_fallback(text: str, lang: str) -> tuple[str, str]:
    """Parse an unusual written date with dateparser, only when it names a year."""
    years = re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
    if len(years) != 1 or _RELATIVE.search(text) or len(text) > 40:
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


def normalise_date(text: str, lang: str, *, doc_year: int | None = None) -> tuple[str, str]:
    """Normalise one date span to (ISO norm, precision); ValueError if it is not a date."""
    _check_lang(lang)
    s = text.strip(" \u00a0\u202f\t\n.,;:")
    if not s:
        raise ValueError("empty date")
    matches = _candidates(s, lang, doc_year)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(s):
        return matches[0].norm, matches[0].precision
    if matches:
        raise ValueError(f"not one date ({lang}): {text!r}")
    return _dateparser_fallback(s, lang)


# --------------------------------------------------------------------------- dateline

_DATELINE_LINES = 3


def document_date(text: str, lang: str) -> str | None:
    """Find the document's own date in its dateline (first non-empty lines), as ISO, or None."""
    _check_lang(lang)
    lines = [line for line in text.splitlines() if line.strip()][:_DATELINE_LINES]
    for line in lines:
        for m in _candidates(line, lang, None):
            if m.precision == "day" and "/" not in m.norm and "X" not in m.norm:
                return m.norm
    return None


def doc_year_of(text: str, lang: str) -> int | None:
    """Give the year of the document's own date, or None."""
    date = document_date(text, lang)
    return int(date[:4]) if date else None

