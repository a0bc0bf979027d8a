"""The date finder's patterns, built per language from `patterns/<lang>/dates.words.jsonl`.

The shapes of the rules (a day and a month, a range, a decade …) are code; what fills them is the
language's data: month and weekday names, how the first of the month is written, the words that
join a day to a month or a month to a year (join templates such as `{day} de {month}`), range
connectors, prepositions and qualifiers. A class a language does not list makes the rules that
need it find nothing (`words.NEVER`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .words import (DIGIT, NEVER, S, S0, WordFile, Words, alternation, ending_problem, first_chars,
                    int_problem, joins, load, opens_on, patterns_root, template_problem)

__all__ = ["WORDS", "DateGrammar", "Rule", "grammar"]

# join templates: class → the two parts it joins
_JOINS = {"day_month": ("day", "month"), "month_day": ("month", "day"),
          "date_year": ("date", "year"), "month_year": ("month", "year"),
          "weekday_date": ("weekday", "date")}


def _check(name: str, word: str, value: object) -> str | None:
    if name in ("month", "month_abbreviation"):
        return int_problem(value, 1, 12)
    if name in ("decade_word", "decade_name"):
        return int_problem(value, 1, 9)
    if name in _JOINS:
        return template_problem(word, *_JOINS[name])
    if name == "verb_ending":
        return ending_problem(word, None)
    if name == "first_day" and not any(c.isdigit() for c in word):
        return "a first day is written with a digit (1er): the finder reads days around digits"
    return None


WORDS = WordFile("dates", {
    "month": "a month's name, value its number (mars = 3)",
    "month_abbreviation": "an abbreviated month, value its number (janv. = 1, Sept = 9)",
    "weekday": "a weekday's name, left out of a date's span",
    "first_day": "how the first of a month is written (1er, 1.º)",
    "day_suffix": "an ordinal ending after a day number (21st)",
    "day_month": "join template of a day and a month ({day} de {month})",
    "month_day": "join template of a month written before its day ({month} {day}); a language "
                 "with one also reads 07/21/2017 month first when only that reading is possible",
    "date_year": "join template of a day and month and its year ({date}, {year})",
    "month_year": "join template of a month and its year ({month} de {year})",
    "weekday_date": "join template of a weekday and a date ({weekday}, {date})",
    "range_connector": "a word between the two ends of a range (au, to, al); for years, any "
                       "language's",
    "range_article": "an article after a range connector or between (au le 5, between the 3rd)",
    "between": "a word before a pair of dates that makes it a period (entre, between)",
    "range_from": "a word before two years that makes them a period (de 2015 à 2018)",
    "period_word": "a connector that makes two years a period by itself (2024 to 2026)",
    "and": "a word that makes two dates a pair (et, and, y)",
    "month_preposition": "a preposition of time that makes a month alone a date (en novembre)",
    "qualifier": "a word before a year left outside the span (mi-, fin, early, finales de); "
                 "one ending in - is written glued to the year",
    "decade_noun": "a noun before a decade in digits or words (années 90, años noventa)",
    "decade_phrase": "a phrase before a decade in digits only (década de los 90)",
    "decade_suffix": "an ending after a decade in digits (1990s, '90s)",
    "decade_word": "a decade in words after a decade noun, value its digit (noventa = 9)",
    "decade_name": "a decade in words on its own, value its digit (nineties = 9)",
    "name_before": "a word before a year that makes it part of a name (horizon, résolution)",
    "name_before_capitalised": "a word that makes a year part of a name only written with its "
                               "capital, as written here (Census 2022; el censo 2018 is a date)",
    "name_after": "a word after a year that makes it part of a name (2030 Agenda)",
    "title_noun": "a publication's head noun: a year closing its title is no date (Report)",
    "title_word": "a small word inside such a title (World Drug Report, Informe Mundial sobre)",
    "function_word": "a word ending in -s/-x that may follow a year without being counted",
    "verb_ending": "an ending of verbs ending in -s that may follow a year (-amos: Desde 2017 "
                   "colaboramos), never a counted noun",
    "relative": "a part of a relative word: such a text is no date for dateparser (aujourd)",
    "relative_word": "a whole relative word (an, ans)",
}, valued=frozenset({"month", "month_abbreviation", "decade_word", "decade_name"}),
    shared=frozenset({"between", "range_from", "period_word", "and", "name_before", "name_after",
                      "name_before_capitalised", "title_noun", "title_word", "function_word", "relative", "relative_word"}),
    check=_check)

YEAR = r"(?:19|20)\d{2}(?!\d)"
# A whole date (day, month and year) is a date in any century since 1500 (`17 May 1865`, the
# founding of the ITU); a year alone or with a month only is one in 19xx and 20xx (`mai 1800
# agents` is a count).
FULL_YEAR = r"(?:1[5-9]|20)\d{2}(?!\d)"
_DASH = rf"{S0}[-–—]{S0}"
_PRE = r"(?<![\w/.,-])"


@dataclass(frozen=True)
class Rule:
    """One candidate pattern with the name of the builder that normalises it."""

    name: str
    regex: re.Pattern[str]

    @property
    def needs_digit(self) -> bool:
        """Whether every match holds a digit: all rules but a month alone (`en novembre`) and a
        decade in words (`los años noventa`), which the finder runs over the whole text."""
        return self.name not in ("month_alone", "decade")

    @property
    def needs_year(self) -> bool:
        """Whether every match holds a year (`YEAR`, or 19xx/20xx ending a run of digits: the
        `y1` or `y2` of the pattern is not optional); the finder reads such a rule around years
        only. `range_dd` is not one: its years are optional in some languages' patterns."""
        return self.name in _YEAR_RULES


_YEAR_RULES = frozenset({"range_mm", "full", "iso", "numeric", "qualified", "year_range",
                         "year_range_words", "month_year", "year"})


@dataclass(frozen=True)
class DateGrammar:
    """One language's compiled date rules and the word lists the finder checks candidates with."""

    rules: tuple[Rule, ...]
    months: dict[str, int]              # lower-case month name or abbreviation → number
    decades: dict[str, int]             # lower-case decade word → digit
    month_first: bool                   # 07/21/2017 may be read month first
    all_month_names: frozenset[str]     # every language's, lower case
    function_words: frozenset[str]
    verb_endings: tuple[str, ...]
    name_before: re.Pattern[str]
    name_after: re.Pattern[str]
    title_before: re.Pattern[str]
    pair_words: re.Pattern[str]
    between_before: re.Pattern[str]
    range_words: re.Pattern[str]
    from_before: re.Pattern[str]
    relative: re.Pattern[str]
    reach: int                          # characters a match may reach from the digit it holds


def grammar(lang: str, patterns_dir: str | Path | None = None) -> DateGrammar | None:
    """The date rules of `lang`, built on first use; None when it has no dates file."""
    return _grammar(patterns_root(patterns_dir), lang)


@lru_cache(maxsize=32)
def _grammar(root: Path, lang: str) -> DateGrammar | None:
    w = load(WORDS, lang, root)
    if w is None:
        return None
    every_month = [m for name in ("month", "month_abbreviation") for m in w.every(name)]
    return DateGrammar(
        rules=tuple(_rules(w)), months=_lower_map(w, "month", "month_abbreviation"),
        decades=_lower_map(w, "decade_word", "decade_name"), month_first=bool(w.of("month_day")),
        all_month_names=frozenset(m.lower() for m in every_month),
        function_words=frozenset(w.of("function_word")),
        verb_endings=tuple(e[1:] for e in w.of("verb_ending")), reach=_reach(w), **_checks(w))


def _reach(w: Words) -> int:
    """A bound on how far a match reaches from a digit it holds, before or after it: three of
    the longest word of the lists (`courant de l'année`, a weekday, a month, a connector: at most
    three of them stand between a digit and a match's edge, `fin septembre 2018`, `du 2 au 27 de
    septiembre`) and room for the joins and the rules' lookarounds."""
    longest = max((len(word) for name in WORDS.classes for word in w.of(name)), default=0)
    return 3 * longest + 20


def _lower_map(w: Words, *names: str) -> dict[str, int]:
    return {k.lower(): int(v) for name in names for k, v in w.mapping(name).items()}


def _or(words: object) -> str:
    """`|` and the alternation of `words`, or nothing where there are none."""
    return f"|{alternation(words)}" if words else ""


def _checks(w: Words) -> dict[str, re.Pattern[str]]:
    """The patterns that look around a candidate (names, titles, pairs, periods)."""
    i = re.IGNORECASE
    return {
        # a whole word: `G` (G 2019) names nothing at the end of `during`, nor `act` in `impact`
        # (a word of `name_before_capitalised` only as written: `Census 2022`, not `its census 2019`)
        "name_before": re.compile(rf"(?<!\w)(?:(?i:{alternation(w.of('name_before'))})"
                                  rf"{_or(w.of('name_before_capitalised'))})\s*$"),
        "name_after": re.compile(rf"^\s*{alternation(w.of('name_after'), space=' ')}\b"),
        "title_before": re.compile(rf"\b{alternation(w.of('title_noun'))}(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|"
                                   rf"{alternation(w.of('title_word'))}))*\s+$"),
        "pair_words": re.compile(rf"\b{alternation(w.of('and'))}\b", i),
        "between_before": re.compile(rf"\b{alternation(w.of('between'))}(?:\s+"
                                     rf"{alternation(w.every('range_article'))})?\s*$", i),
        "range_words": re.compile(alternation(w.of("period_word")), i),
        "from_before": re.compile(rf"\b{alternation(w.of('range_from'))}\s*$", i),
        "relative": re.compile(rf"{alternation(w.of('relative'))}"
                               rf"|\b{alternation(w.of('relative_word'))}\b", i),
    }


def _parts(w: Words) -> dict[str, str]:
    """The pieces the rules are made of: month, day, weekday, connectors and joins."""
    months = _months(w)
    first, suffix = w.of("first_day"), w.of("day_suffix")
    numbers = ([alternation(first)] if first else []) + [r"3[01]|[12]\d|0?[1-9]"]
    day = f"(?:{'|'.join(numbers)})" + (f"{alternation(suffix)}?" if suffix else "") + r"(?![\d,.]\d)"
    conn = alternation(w.of("range_connector"))
    articles = w.of("range_article")
    article = rf"(?:{alternation(articles)}{S})?" if articles else ""
    weekdays, weekday_joins = w.of("weekday"), w.of("weekday_date")
    weekday = (rf"(?:{alternation(weekdays)}{joins(weekday_joins, 'weekday', 'date')})?"
               if weekdays and weekday_joins else "")
    return {
        "M": alternation(months) + r"(?!\w)", "D": day, "wd": weekday,
        "C": rf"(?:{_DASH}|{S}{conn}{S}{article})",
        "month_conn": rf"(?:{_DASH}|{S}{conn}{S})",
        "dm": joins(w.of("day_month"), "day", "month"),
        "md": joins(w.of("month_day"), "month", "day"),
        "yr": joins(w.of("date_year"), "date", "year"),
        "my": joins(w.of("month_year"), "month", "year"),
        "prep": alternation(w.of("month_preposition"), space=r"\s+"),
    }


def _months(w: Words) -> list[str]:
    """The month names and abbreviations a date is read with."""
    months = [*w.mapping("month"), *w.mapping("month_abbreviation")]
    if w.setting("match_case") == "as_written":
        # `May` and `march` are other words in English: names as written, or in capitals
        months += [m.upper() for m in months if not m.endswith(".")]
    return months


def _rules(w: Words) -> list[Rule]:
    """Compile the candidate patterns of one language, most specific first."""
    p = _parts(w)
    M, D, C, wd, yr = p["M"], p["D"], p["C"], p["wd"], p["yr"]
    # what the rules open on: a day (digits, or the first day's own word), a month's name, a
    # preposition of time, a qualifier
    # (a language that matches case as written opens on its words' first letters as written)
    either = w.setting("match_case") != "as_written"
    on_day = opens_on(frozenset({DIGIT}), first_chars(w.of("first_day"), either_case=either))
    on_month = opens_on(first_chars(_months(w), either_case=either))
    on_prep = opens_on(first_chars(w.of("month_preposition"), either_case=either))

    def DM(i: int) -> str:
        return rf"(?P<d{i}>{D}){p['dm']}(?P<m{i}>{M})"

    def YR(i: int, year: str = YEAR) -> str:
        return rf"{yr}(?P<y{i}>{year})"

    def MD(i: int) -> str:
        return rf"(?P<m{i}>{M}){p['md']}(?P<d{i}>{D})"

    year, iso_year = _year_first(r"[\w/.-]"), _year_first(r"[\w/-]", "")  # a year opening a match
    rules = [
        # 23 juin au 31 juillet 2019 / 23 de junio al 31 de julio de 2021
        ("range_dd", rf"{on_day}{_PRE}{DM(1)}(?:{YR(1)})?{C}{wd}{DM(2)}(?:{YR(2)})?"),
        # 18-26 septembre 2018 / 3 and 5 March 2019 / 18 al 26 de septiembre
        ("range_dd", rf"{on_day}{_PRE}(?P<d1>{D}){C}{wd}{DM(2)}(?:{YR(2)})?"),
        # janvier à mars 2019 / septembre 2018 - mars 2019
        ("range_mm", rf"{on_month}{_PRE}(?P<m1>{M})(?:{p['my']}(?P<y1>{YEAR}))?{p['month_conn']}"
                     rf"(?P<m2>{M}){p['my']}(?P<y2>{YEAR})"),
        ("full", rf"{on_day}{_PRE}{DM(2)}{YR(2, FULL_YEAR)}"),
        ("iso", rf"(?P<y2>{iso_year})-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)(?![\w-])"),
        ("numeric", rf"{on_day}" r"(?<![\w/.-])(?P<d2>[0-3]?\d)(?P<sep>[/.-])(?P<m2>[01]?\d)(?P=sep)"
                    r"(?P<y2>(?:19|20)\d{2})(?![\w/-])"),
        ("qualified", opens_on(first_chars(w.of("qualifier"), either_case=either)) + _qualified(w, M, p["my"])),
        ("decade", _decade(w, either)),
        ("year_range", rf"(?P<y1>{year}){S0}[-–—/]{S0}(?P<y2>(?:19|20)?\d{{2}})(?![\w/-])"),
        # two years joined by a word: any language's range connector (`2015 à 2018`)
        ("year_range_words", rf"(?P<y1>{year}){S}"
                             rf"{alternation(w.every('range_connector'))}{S}(?P<y2>{YEAR})(?![\w/-])"),
        ("month_year", rf"{on_month}{_PRE}(?P<m2>{M}){p['my']}(?P<y2>{YEAR})"),
        ("day_month", rf"{on_day}{_PRE}{DM(2)}"),
        # a month alone after a preposition of time: `en novembre`, `in May`, `desde septiembre`
        ("month_alone", rf"{on_prep}(?<![\w-])(?P<q>{p['prep']}{S})(?P<m2>{M})"),
        ("year", rf"(?P<y2>{year})(?![\w/]|-\w|[,.]\d)"),
        # a year before 1900 alone is one after a preposition of time (`depuis 1889`, `in 1865`),
        # a count elsewhere (`1800 agents`); the preposition stays outside, as `month_alone`'s
        ("old_year", rf"{on_prep}(?<![\w-])(?P<q>{p['prep']}{S})(?P<y2>1[5-8]\d{{2}})(?![\w/]|-\w|[,.]\d)"),
    ]
    if w.of("month_day"):
        rules[0:0] = [
            # March 3-5, 2019 / March 30 to April 2, 2019
            ("range_dd", rf"{on_month}{_PRE}{MD(1)}(?:{YR(1)})?{C}{MD(2)}{YR(2)}"),
            ("range_dd", rf"{on_month}{_PRE}(?P<m2>{M}){p['md']}(?P<d1>{D}){C}(?P<d2>{D}){YR(2)}"),
            ("full", rf"{on_month}{_PRE}{MD(2)}{YR(2, FULL_YEAR)}"),
        ]
        at = next(i for i, rule in enumerate(rules) if rule[0] == "day_month") + 1
        rules.insert(at, ("day_month", rf"{on_month}{_PRE}{MD(2)}(?!\w|[,.]?{S}\d)"))
    flags = 0 if w.setting("match_case") == "as_written" else re.IGNORECASE
    return [Rule(name, re.compile(pattern, flags)) for name, pattern in rules]


def _year_first(not_before: str, end: str = r"(?!\d)") -> str:
    r"""A year (`YEAR`, followed by `end`) that no character of the class `not_before` stands
    before: `(?<![…])(?:19|20)\d{2}` written with the lookbehind after the century, one that
    reaches back three characters. Same matches; a pattern opening on literal digits lets
    `re` skip to the next `1` or `2` in C, where one opening on a lookbehind tries every
    position (three times faster over a text, measured)."""
    return rf"(?:19|20)(?<!{not_before}..)\d{{2}}{end}"


def _qualified(w: Words, M: str, my: str) -> str:
    """`mi-2019`, `fin septembre 2018`, `finales de 2017`: the qualifier is group `q`."""
    quals = w.of("qualifier")
    glued = alternation(q for q in quals if q.endswith("-"))
    spaced = alternation(q for q in quals if not q.endswith("-"))
    return (rf"(?<![\w-])(?P<q>{glued}|{spaced}{S})(?:(?P<m2>{M}){my})?(?P<y2>{YEAR})(?![\w/])")


def _decade(w: Words, either_case: bool = True) -> str:
    """`les années 90`, `los años noventa`, `la década de los 90`, `the 1990s`, `the nineties`
    (`either_case`: whether the rules ignore case, see `first_chars`)."""
    words, names = w.mapping("decade_word"), w.mapping("decade_name")
    nouns, phrases, suffixes = w.of("decade_noun"), w.of("decade_phrase"), w.of("decade_suffix")
    in_words = rf"|(?P<w>{alternation(words)})" if words else ""
    # only the forms the language has words for: an empty form would be tried at every position
    forms = [(form, opens) for form, opens, present in (
        (rf"(?<!\w){alternation(nouns)}{S}(?:(?P<c>(?:19|20)?\d)0{in_words})",
         first_chars(nouns, either_case=either_case), nouns),
        (rf"(?<!\w){alternation(phrases)}{S}(?P<c2>(?:19|20)?\d)0", first_chars(phrases, either_case=either_case), phrases),
        (rf"(?<![\w'’])(?P<c3>(?:19|20)\d|['’]\d)0{alternation(suffixes)}",
         frozenset("12'’"), suffixes),
        (rf"(?<![\w'’])(?P<w2>{alternation(names)})", first_chars(names, either_case=either_case), names),
    ) if present]
    opening = opens_on(*(opens for _, opens in forms))
    return rf"{opening}(?:{'|'.join(form for form, _ in forms) or NEVER})(?!\w)"
