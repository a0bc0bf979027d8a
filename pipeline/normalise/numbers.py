"""Parse cardinal numbers written in digits or words (fr, en, es) into exact decimals."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

LANGS = ("fr", "en", "es")

# Characters that stand for a space inside numbers; mapped 1:1 so offsets never move.
SPACE_CHARS = "\u00a0\u202f\u2009\u2007"
_SPACE_TABLE = str.maketrans({c: " " for c in SPACE_CHARS} | {"\u2019": "'", "\u2018": "'", "\u02bc": "'"})

# Multipliers written after a number, lower-cased; a tuple of words is read as one multiplier.
MULTIPLIERS: dict[str, dict[str, int]] = {
    "fr": {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9,
           "billion": 10**12, "billions": 10**12, "mille": 10**3},
    "en": {"million": 10**6, "millions": 10**6, "billion": 10**9, "billions": 10**9,
           "trillion": 10**12, "thousand": 10**3},
    "es": {"millón": 10**6, "millon": 10**6, "millones": 10**6, "mil millones": 10**9,
           "billón": 10**12, "billon": 10**12, "billones": 10**12, "mil": 10**3},
}
# Short multipliers, accepted only next to a currency (`$5m`, `1,3 M€`): alone they are units.
SHORT_MULTIPLIERS: dict[str, dict[str, int]] = {
    "fr": {"m": 10**6, "md": 10**9, "mds": 10**9, "mrd": 10**9, "k": 10**3},
    "en": {"m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "k": 10**3},
    "es": {"m": 10**6, "mm": 10**9, "k": 10**3},
}

# Number words per language, for finding numbers written in words (validated by text2num).
NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
           "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
           "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante",
           "nonante", "cent", "cents", "mille"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
           "eighty", "ninety", "hundred", "thousand"),
    "es": ("cero", "uno", "una", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
           "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "dieciseis",
           "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintiuna", "veintiún",
           "veintidós", "veintidos", "veintitrés", "veintitres", "veinticuatro", "veinticinco",
           "veintiséis", "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta",
           "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "cien", "ciento",
           "doscientos", "doscientas", "trescientos", "trescientas", "cuatrocientos",
           "cuatrocientas", "quinientos", "quinientas", "seiscientos", "seiscientas",
           "setecientos", "setecientas", "ochocientos", "ochocientas", "novecientos",
           "novecientas", "mil"),
}
# Words that join number words: `vingt et un`, `one hundred and five`, `treinta y dos`.
NUMBER_JOINERS = {"fr": ("et",), "en": ("and",), "es": ("y",)}

# Digit groups: thousands separators and decimal mark per language.
_DIGITS = {
    "fr": re.compile(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}"),
    "es": re.compile(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}"),
    "en": re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"),
}
_WS = re.compile(r"\s+")


def _check_lang(lang: str) -> None:
    """Refuse a language the normalisers do not know."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language: {lang!r} (expected one of {', '.join(LANGS)})")


def clean_spaces(text: str) -> str:
    """Map no-break and thin spaces to spaces and curly apostrophes to `'`, one for one."""
    return text.translate(_SPACE_TABLE)


def parse_digits(text: str, lang: str) -> Decimal:
    """Parse a digit group with the language's thousands separator and decimal mark."""
    _check_lang(lang)
    s = clean_spaces(text).strip()
    if not _DIGITS[lang].fullmatch(s):
        raise ValueError(f"not a number in digits ({lang}): {text!r}")
    if lang == "en":
        s = s.replace(",", "").replace(" ", "")
    elif re.fullmatch(r"\d+\.\d{1,2}", s):
        pass  # `1.5` in a French or Spanish text: a decimal point, never a thousands group
    else:
        s = s.replace(" ", "").replace(".", "").replace(",", ".")
    return Decimal(s)


def _split_multiplier(words: list[str], lang: str, short: bool) -> tuple[list[str], int]:
    """Take the multiplier words off the end of a number expression."""
    factor = 1
    table = MULTIPLIERS[lang]
    while words:
        low = [w.lower() for w in words]
        if len(low) >= 2 and " ".join(low[-2:]) in table:
            factor *= table[" ".join(low[-2:])]
            words = words[:-2]
        elif low[-1] in table and len(words) > 1:
            factor *= table[low[-1]]
            words = words[:-1]
        elif short and low[-1] in SHORT_MULTIPLIERS[lang] and len(words) > 1:
            factor *= SHORT_MULTIPLIERS[lang][low[-1]]
            words = words[:-1]
        else:
            break
    return words, factor


def parse_number(text: str, lang: str) -> Decimal:
    """Parse a cardinal number in digits, words or both (`1,3 million`) into a Decimal."""
    _check_lang(lang)
    s = clean_spaces(text).strip()
    if not s:
        raise ValueError("empty number")
    # `1,3M` or `5bn`: split a short multiplier glued to the digits.
    glued = re.fullmatch(r"([\d.,  ]*\d)\s*([A-Za-z]{1,3})", s)
    if glued and glued.group(2).lower() in SHORT_MULTIPLIERS[lang]:
        return parse_digits(glued.group(1), lang) * SHORT_MULTIPLIERS[lang][glued.group(2).lower()]
    # Digits keep their spaces (thousands groups); words are split on spaces.
    m = re.match(r"[\d][\d., ]*\d|\d", s)
    if m and (m.end() == len(s) or s[m.end()] == " "):
        rest = s[m.end():].split()
        words, factor = _split_multiplier(["0", *rest], lang, short=True)
        if words != ["0"]:
            raise ValueError(f"not a number ({lang}): {text!r}")
        return parse_digits(m.group(0), lang) * factor
    words = _WS.split(s)
    if len(words) == 1 and words[0].lower() in MULTIPLIERS[lang] and words[0].lower() not in NUMBER_WORDS[lang]:
        raise ValueError(f"a multiplier alone is not a number ({lang}): {text!r}")
    if " ".join(words).lower() == "mil millones":
        return Decimal(10**9)
    words, factor = _split_multiplier(words, lang, short=False)
    phrase = " ".join(words).lower()
    if re.search(r"\d", phrase):
        raise ValueError(f"not a number ({lang}): {text!r}")
    try:
        value = text2num(phrase, lang)
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
