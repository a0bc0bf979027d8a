"""Find figures (counts, money, measures, percentages) in fr/en/es text and normalise them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from .numbers import (LANGS, MULTIPLIERS, NUMBER_JOINERS, NUMBER_WORDS, SHORT_MULTIPLIERS,
                      clean_spaces, format_value, parse_digits, parse_number)

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


S = r"[ \u00a0\u202f]+"
S0 = r"[ \u00a0\u202f]*"
_APOS = r"['’]"


def _alt(words: object) -> str:
    """Build a regex alternation, longest first, spaces matching any space."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        parts.append(re.escape(w).replace(r"\ ", S).replace("'", _APOS))
    return "(?:" + "|".join(parts) + ")"


# --------------------------------------------------------------------------- units

CURRENCIES: dict[str, dict[str, str]] = {
    "fr": {"dollars des États-Unis": "USD", "dollars des Etats-Unis": "USD", "dollars É.-U.": "USD",
           "dollars américains": "USD", "dollars US": "USD", "dollars": "USD", "dollar": "USD",
           "euros": "EUR", "euro": "EUR", "francs CFA": "XOF", "franc CFA": "XOF", "FCFA": "XOF",
           "F CFA": "XOF", "livres sterling": "GBP", "livre sterling": "GBP",
           "francs suisses": "CHF", "franc suisse": "CHF", "yens": "JPY", "yen": "JPY"},
    "en": {"US dollars": "USD", "U.S. dollars": "USD", "United States dollars": "USD",
           "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
           "pounds sterling": "GBP", "pound sterling": "GBP", "pounds": "GBP",
           "Swiss francs": "CHF", "CFA francs": "XOF", "yen": "JPY"},
    "es": {"dólares de los Estados Unidos": "USD", "dólares estadounidenses": "USD",
           "dólares EE.UU.": "USD", "dólares EE. UU.": "USD", "dólares": "USD", "dólar": "USD",
           "dolares": "USD", "euros": "EUR", "euro": "EUR", "libras esterlinas": "GBP",
           "francos suizos": "CHF", "francos CFA": "XOF", "yenes": "JPY"},
}
_CURRENCY_CODES = ("USD", "EUR", "GBP", "CHF", "XOF", "XAF", "JPY", "CNY", "CAD", "AUD", "RUB",
                   "INR", "BRL", "MXN", "ZAR", "NGN", "KES", "MAD", "DZD", "TND", "EGP", "SAR",
                   "AED", "QAR", "SEK", "NOK", "DKK", "COP", "ARS", "CLP", "PEN")
_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "A$": "AUD",
            "C$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL"}
_SYMBOL_RE = r"US\$|A\$|C\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥"
MEASURES: dict[str, str] = {
    "kg": "kg", "kilogrammes": "kg", "kilogramme": "kg", "kilos": "kg", "kilo": "kg",
    "kilograms": "kg", "kilogram": "kg", "kilogramos": "kg", "kilogramo": "kg",
    "t": "t", "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "toneladas": "t",
    "tonelada": "t", "g": "g", "grammes": "g", "gramme": "g", "grams": "g", "gram": "g",
    "gramos": "g", "gramo": "g", "mg": "mg", "milligrammes": "mg", "milligrams": "mg",
    "miligramos": "mg", "km": "km", "kilomètres": "km", "kilomètre": "km", "kilometres": "km",
    "kilometre": "km", "kilometers": "km", "kilometer": "km", "kilómetros": "km",
    "kilómetro": "km", "km2": "km2", "km²": "km2", "mètres": "m", "mètre": "m", "metres": "m",
    "metre": "m", "meters": "m", "meter": "m", "metros": "m", "litres": "l", "litre": "l",
    "liters": "l", "liter": "l", "litros": "l", "litro": "l", "hectares": "ha", "hectare": "ha",
    "hectáreas": "ha", "hectárea": "ha", "ha": "ha",
}
_PERCENT = r"(?:%|pour" + S + r"cent|pourcent|per" + S + r"cent|percent|por" + S + r"cien(?:to)?)"

# Compound nouns kept whole (SCHEMA: `850 armes à feu` → `arme à feu`); plural form → unit.
COMPOUNDS: dict[str, dict[str, str]] = {
    "fr": {"armes à feu": "arme à feu", "arme à feu": "arme à feu", "êtres humains": "être humain",
           "être humain": "être humain", "États membres": "état membre", "Etats membres": "état membre",
           "État membre": "état membre", "pays membres": "pays membre", "pays membre": "pays membre",
           "documents de voyage": "document de voyage", "document de voyage": "document de voyage",
           "pièces d'identité": "pièce d'identité", "chefs d'État": "chef d'état",
           "gardes-frontières": "garde-frontière", "points focaux": "point focal",
           "points de contact": "point de contact", "bureaux centraux nationaux": "bureau central national",
           "États parties": "état partie", "Etats parties": "état partie", "État partie": "état partie",
           "Bureaux centraux nationaux": "bureau central national"},
    "en": {"human beings": "human being", "member states": "member state",
           "States parties": "state party", "states parties": "state party",
           "participating States": "participating state", "participating states": "participating state",
           "Member States": "member state", "focal points": "focal point"},
    "es": {"armas de fuego": "arma de fuego", "arma de fuego": "arma de fuego",
           "seres humanos": "ser humano", "Estados miembros": "estado miembro",
           "Estados Miembros": "estado miembro", "países miembros": "país miembro",
           "Estados partes": "estado parte", "Estados Partes": "estado parte",
           "documentos de viaje": "documento de viaje", "puntos focales": "punto focal"},
}

# --------------------------------------------------------------------------- word lists

_STOP: dict[str, frozenset[str]] = {
    "fr": frozenset("""
le la les l un une des du de d au aux à a en et ou où ni mais donc or car que qu qui quoi dont
ce cet cette ces se s sa son ses leur leurs notre nos votre vos mon ma mes ton ta tes il ils elle
elles on nous vous je j y ne n pas plus moins très trop par pour sur sous dans avec sans chez
vers entre contre depuis pendant avant après selon dès lors jusqu jusque parmi est sont était
étaient été être a ont avait avaient avoir fait font sera seront soit ainsi aussi déjà encore
tous toutes tout toute autre autres même mêmes fois reprises chacun chacune chaque certains
certaines plusieurs quelques divers diverses autant combien h min mn respectivement
environ près seulement uniquement dernier derniers dernières prochains prochaines premier
premières fin début mi
""".split()),
    "en": frozenset("""
the a an and or nor but so of to in on at by for with from into onto over under about above
below between among against during before after since until through per via as than then
that this these those which who whom whose what where when why how it its it's they them their
he she his her we our you your i is are was were be been being has have had do does did will
would shall should can could may might must not no also only just even more most less least
other others each every any all both some such many much several few times per cent percent
ago later earlier old aged long respectively yet still already again there here while whereas
across around including include includes included against within without toward towards
""".split()),
    "es": frozenset("""
el la lo los las un una unos unas y e o u ni pero sino que quien quienes cual cuales cuyo del
al a ante bajo con contra de desde durante en entre hacia hasta mediante para por según sin
sobre tras su sus nuestro nuestra nuestros nuestras este esta estos estas ese esa esos esas
aquel se le les es son fue fueron era eran ser sido ha han había habían está están más menos
muy también ya aún todos todas todo toda otro otra otros otras cada varios varias algunos
algunas ciertos ciertas veces vez respectivamente aproximadamente casi
""".split()),
}
_PRENOMINAL: dict[str, frozenset[str]] = {
    "fr": frozenset("""
nouveaux nouvelles nouveau nouvel nouvelle grands grandes grand grande petits petites petit
petite autres principaux principales jeunes hauts hautes haut haute anciens anciennes ancien
ancienne vrais vraies véritables seuls seules différents différentes gros grosses bons bonnes
meilleurs meilleures mauvais vastes longues longs courtes courts pleins pleines
""".split()),
    "es": frozenset("""
nuevos nuevas nuevo nueva grandes gran pequeños pequeñas otros otras principales diferentes
diversos diversas altos altas antiguos antiguas viejos viejas buenos buenas mejores malos
verdaderos verdaderas importantes numerosos numerosas
""".split()),
    "en": frozenset(),
}
# Words that end like plurals but are singular or invariable.
_INVARIABLE: dict[str, frozenset[str]] = {
    "fr": frozenset("""
pays fois mois prix voix choix cas bras corps temps gaz nez fils tiers avis accès procès succès
progrès processus virus bus campus consensus discours concours recours secours cours parcours
index remords poids repas dos os souris relais colis abus taux radis jus héros puits
""".split()),
    "en": frozenset("""
series species news means headquarters crossroads analysis basis crisis thesis status virus bus
campus consensus census process access address business witness bonus corpus gas canvas
""".split()),
    "es": frozenset("""
crisis análisis tesis virus campus lunes martes miércoles jueves viernes dosis síntesis énfasis
""".split()),
}
_IRREGULAR: dict[str, dict[str, str]] = {
    "fr": {"travaux": "travail", "yeux": "œil", "messieurs": "monsieur", "mesdames": "madame",
           "aïeux": "aïeul", "ciels": "ciel", "bijoux": "bijou", "cailloux": "caillou",
           "choux": "chou", "genoux": "genou", "hiboux": "hibou", "joujoux": "joujou",
           "poux": "pou", "bals": "bal", "carnavals": "carnaval", "festivals": "festival",
           "récitals": "récital", "chacals": "chacal", "pneus": "pneu", "bleus": "bleu"},
    "en": {"people": "person", "children": "child", "men": "man", "women": "woman",
           "police": "police", "personnel": "personnel", "staff": "staff", "data": "data",
           "aircraft": "aircraft", "feet": "foot", "teeth": "tooth", "mice": "mouse",
           "lives": "life", "wives": "wife", "knives": "knife", "thieves": "thief",
           "halves": "half", "shelves": "shelf", "leaves": "leaf", "wolves": "wolf",
           "sheep": "sheep", "fish": "fish", "cattle": "cattle", "youth": "youth",
           "criteria": "criterion", "phenomena": "phenomenon", "indices": "index"},
    "es": {"jóvenes": "joven", "órdenes": "orden", "exámenes": "examen", "imágenes": "imagen",
           "volúmenes": "volumen", "crímenes": "crimen", "regímenes": "régimen",
           "países": "país", "meses": "mes", "intereses": "interés", "franceses": "francés",
           "ingleses": "inglés", "caracteres": "carácter"},
}
_EN_SINGULAR_OK = frozenset("police personnel staff people children men women aircraft youth".split())
_ALL_MONTHS = frozenset("""
janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
decembre january february march april may june july august september october november december
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
""".split())
_WEEKDAYS = frozenset("""
lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday
saturday sunday lunes martes miércoles jueves viernes sábado domingo
""".split())
# Words before a number that make it part of a name or an identifier.
_ID_BEFORE = re.compile(
    r"(?:^|[^\w])(?:r[ée]solutions?|resoluci[oó]n(?:es)?|n[°º]|no\.|nos\.|num[ée]ro|n[uú]mero|number"
    r"|article|articles|art\.|art[ií]culo|paragraphes?|paragraphs?|p[aá]rrafos?|para\.|section"
    r"|secci[oó]n|chapitre|chapter|cap[ií]tulo|annexe|annex|anexo|pages?|p[aá]ginas?|p\.|pp\."
    r"|points?|objectifs?|goals?|targets?|cibles?|metas?|ODD|SDG|ODS|COP|G|phase|fase|niveau|level"
    r"|nivel|version|versi[oó]n|op[ée]ration|operation|operaci[oó]n|trigger|agenda|horizon|vision"
    r"|programme|programa|rule|r[eè]gle|regla|décision|decision|decisi[oó]n|session|sesi[oó]n"
    r"|titre|title|t[ií]tulo|tome|volume|vol\.|numéros?|semaine|week|semana|jour|day|d[ií]a"
    r"|an|year|año|année|annee|UNSCR|RES)\s*$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    r"(?:^|[^\w])(?:en|in|depuis|since|desde|jusqu['’]en|until|hasta|d['’]ici|by|avant|après|before"
    r"|after|during|pendant|durante|début|fin|mi-|mid-|early|late|finales\s+de|principios\s+de"
    r"|mediados\s+de|année|year|año|ann[ée]es|years|años|entre|between|from|de|du|of|del|et|and|y|"
    + "|".join(sorted(_ALL_MONTHS)) + r")[\s,]*$",
    re.IGNORECASE,
)
_QUALIFIERS = {
    "fr": ("plus de", "plus d'", "près de", "près d'", "environ", "quelque", "au moins",
           "moins de", "moins d'", "jusqu'à", "presque", "approximativement", "un peu plus de",
           "un peu moins de", "pas moins de", "au total", "un total de", "quelques"),
    "en": ("more than", "nearly", "about", "some", "at least", "over", "almost", "around",
           "approximately", "up to", "fewer than", "less than", "roughly", "an estimated",
           "close to", "as many as", "a total of", "just over", "just under", "under"),
    "es": ("más de", "mas de", "cerca de", "unos", "unas", "alrededor de", "al menos",
           "por lo menos", "casi", "aproximadamente", "menos de", "hasta", "un total de",
           "poco más de", "algo más de"),
}
# `un`/`une` are articles, not counts; English `one` and Spanish `uno` are read the same way
# so that parallel texts agree (`une contribution` = `one contribution`).
_ARTICLES = {"fr": {"un", "une"}, "en": {"a", "an", "one"}, "es": {"un", "uno", "una"}}

# --------------------------------------------------------------------------- compiled patterns


def _compile(lang: str) -> dict[str, re.Pattern[str]]:
    """Compile the patterns of one language once."""
    digits = {
        "fr": r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?(?!\d)",
        "es": r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?(?!\d)",
        "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?: \d{3})+(?:\.\d+)?(?!\d)"
              r"|\d+(?:\.\d+)?(?!\d)",
    }[lang]
    words = _alt(NUMBER_WORDS[lang])
    joiner = rf"(?:{S0}-{S0}|{S}(?:{'|'.join(NUMBER_JOINERS[lang])})(?:{S}|-)|-(?:et|y)-|{S})"
    mult = _alt(MULTIPLIERS[lang])
    short = _alt(SHORT_MULTIPLIERS[lang])
    currencies = _alt(CURRENCIES[lang])
    codes = "(?:" + "|".join(_CURRENCY_CODES) + r")(?![A-Za-z])"
    quals = _alt(_QUALIFIERS[lang])
    compounds = _alt(COMPOUNDS[lang])
    return {
        "digits": re.compile(rf"(?<![\w/.,\-–])(?:{digits})(?![.,]\d|/\d)"),
        "words": re.compile(rf"(?<![\w\-'’]){words}(?:{joiner}{words})*(?![\w\-])", re.IGNORECASE),
        "article_mult": re.compile(rf"(?<![\w\-'’])(?:{_alt(_ARTICLES[lang] | {'one'})}){S}(?={mult}(?!\w))",
                                   re.IGNORECASE),
        "mult": re.compile(rf"{S}({mult})(?!\w)", re.IGNORECASE),
        "short": re.compile(rf"{S0}({short})(?![\w])", re.IGNORECASE),
        "prefix_currency": re.compile(rf"(?:({_SYMBOL_RE})|\b({codes})){S0}$"),
        "currency": re.compile(rf"{S0}(?:({_SYMBOL_RE})|({codes})|({currencies})(?![\w]))",
                               re.IGNORECASE if lang != "en" else 0),
        "de": re.compile(rf"{S}(?:de{S}|d{_APOS}{S0}|of{S})", re.IGNORECASE),
        "percent": re.compile(rf"{S0}{_PERCENT}(?!\w)", re.IGNORECASE),
        "measure": re.compile(rf"{S0}({_alt(MEASURES)})(?![\w])"),
        "compound": re.compile(rf"({compounds})(?![\w])", re.IGNORECASE),
        "word": re.compile(r"[^\W\d_](?:[\w'’]|-(?=\w))*"),
        "qualifier": re.compile(rf"(?<![\w])({quals}){S0}$", re.IGNORECASE),
    }


_PATTERNS = {lang: _compile(lang) for lang in LANGS}
_ACRONYM = re.compile(r"[A-Z]{2,}s?")
# Counted nouns a treaty text capitalises (`more than 180 Parties`): counts, not names.
_TREATY_MEMBERS = {"parties", "states", "members", "signatories", "participants"}

# --------------------------------------------------------------------------- singular


def singularise(word: str, lang: str) -> str:
    """Give the singular lower-case form of a noun by the language's plural rules."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language: {lang!r}")
    w = clean_spaces(word).lower()
    if "-" in w and lang == "fr":
        return "-".join(singularise(part, lang) if len(part) > 2 else part for part in w.split("-"))
    if w in _IRREGULAR[lang]:
        return _IRREGULAR[lang][w]
    if w in _INVARIABLE[lang] or len(w) <= 2 or (lang == "es" and w == "mes"):
        return w
    if lang == "fr":
        if w.endswith("eaux") or w.endswith("eux") or w.endswith("oux") or w.endswith("aux") and w[-4] == "e":
            return w[:-1]
        if w.endswith("aux"):
            return w[:-3] + "al"
        if w.endswith(("s", "x")) and not w.endswith(("ss",)):
            return w[:-1]
        return w
    if lang == "en":
        if re.search(r"[^aeiou]ies$", w):
            return w[:-3] + "y"
        if w.endswith("sses") or re.search(r"(?:ch|sh|x|z)es$", w):
            return w[:-2]
        if w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return w[:-1]
        return w
    # Spanish
    if w.endswith("ones"):
        return w[:-4] + "ón"
    if w.endswith("ces"):
        return w[:-3] + "z"
    if w.endswith("es") and w[-3] in "lrndjy":
        return w[:-2]
    if w.endswith("s") and w[-2] in "aeiouáéó":
        return w[:-1]
    return w


def _unit_of(word: str, start: int, end: int, lang: str,
             lemma: Callable[[int, int], str | None] | None) -> str:
    """Give the unit of a counted noun: the caller's lemma, else the plural rules."""
    if lemma is not None:
        got = lemma(start, end)
        if got:
            return got.lower()
    if _ACRONYM.fullmatch(word):
        return word.rstrip("s").lower() if word.endswith("s") and word[:-1].isupper() else word.lower()
    return singularise(word, lang)


def _looks_plural(word: str, lang: str) -> bool:
    """Tell whether a word looks like a plural noun of the language."""
    low = word.lower()
    if low in _INVARIABLE[lang] or low in _IRREGULAR[lang] or _ACRONYM.fullmatch(word):
        return True
    if lang == "en":
        if low in _EN_SINGULAR_OK:
            return True
        return low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))
    return low.endswith(("s", "x"))


def _nounish(word: str, lang: str) -> bool:
    """Tell by word lists whether a word can be a counted noun."""
    low = word.lower()
    if low in _STOP[lang] or low in _ALL_MONTHS or low in _WEEKDAYS or len(low) < 2:
        return False
    if any(low in _STOP[other] for other in LANGS if other != lang) and low not in _INVARIABLE[lang]:
        return False
    if lang == "en" and re.search(r"(?:ed|ing|ly)$", low) and low not in _IRREGULAR["en"]:
        return False
    if lang == "fr" and re.search(r"(?:ent|ait|aient|èrent)$", low) and not low.endswith("ment"):
        return low.endswith(("dent", "gent", "lient", "cient", "tient"))  # agent, client, patient
    return True


# --------------------------------------------------------------------------- finder


@dataclass
class _Number:
    """A number expression found in the text."""

    start: int
    end: int
    value: Decimal
    kind: str  # digits, words, article


def _numbers(t: str, lang: str) -> list[_Number]:
    """List the number expressions of a text, in digits or words."""
    p = _PATTERNS[lang]
    out: list[_Number] = []
    for m in p["digits"].finditer(t):
        try:
            out.append(_Number(m.start(), m.end(), parse_digits(m.group(0), lang), "digits"))
        except ValueError:
            continue
    for m in p["words"].finditer(t):
        s, e = m.span()
        # Shrink from the right until text2num accepts the phrase.
        while e > s:
            phrase = t[s:e]
            try:
                value = parse_number(phrase, lang)
                out.append(_Number(s, e, value, "words"))
                break
            except ValueError:
                cut = max(phrase.rfind(" "), phrase.rfind("-"))
                if cut <= 0:
                    break
                e = s + len(phrase[:cut].rstrip(" -"))
                e = s + len(re.sub(r"[ -](?:et|and|y)$", "", t[s:e], flags=re.IGNORECASE))
    for m in p["article_mult"].finditer(t):
        # `un million`, `a million`: the article counts one; the lookahead leaves the multiplier.
        out.append(_Number(m.start(), m.start() + len(m.group(0).rstrip()), Decimal(1), "article"))
    out.sort(key=lambda n: (n.start, -n.end))
    return out


def _next_words(t: str, pos: int, lang: str, limit: int) -> list[tuple[int, int, str]]:
    """List up to `limit` words that follow pos, separated by single spaces only."""
    words: list[tuple[int, int, str]] = []
    word_re = _PATTERNS[lang]["word"]
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


def find_figures(text: str, lang: str, *,
                 is_noun: Callable[[int, int], bool | None] | None = None,
                 lemma: Callable[[int, int], str | None] | None = None) -> list[FigureMatch]:
    """Find figures (number + what it counts), sorted and non-overlapping, with norms."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language: {lang!r}")
    t = clean_spaces(text)
    out: list[FigureMatch] = []
    last_end = 0
    for num in _numbers(t, lang):
        if num.start < last_end:
            continue
        fig = _figure_at(t, text, lang, num, is_noun, lemma)
        if fig is not None:
            out.append(fig)
            last_end = fig.end
    return out


def _is_noun(word: tuple[int, int, str], lang: str,
             is_noun: Callable[[int, int], bool | None] | None) -> bool:
    """Ask the caller whether a word is a noun, falling back on word lists."""
    if is_noun is not None:
        answer = is_noun(word[0], word[1])
        if answer is not None:
            return bool(answer) and word[2].lower() not in _ALL_MONTHS
    return _nounish(word[2], lang)


def _figure_at(t: str, text: str, lang: str, num: _Number,
               is_noun: Callable[[int, int], bool | None] | None,
               lemma: Callable[[int, int], str | None] | None) -> FigureMatch | None:
    """Read the figure that starts with a number, or None if the number counts nothing."""
    p = _PATTERNS[lang]
    start, end, value = num.start, num.end, num.value
    before = t[max(0, start - 40):start]
    number_text = t[start:end]
    low_number = number_text.lower()
    if num.kind == "words" and low_number in _ARTICLES[lang] and not p["mult"].match(t, end):
        return None  # `un`, `une`, `a`: articles, not counts
    if num.kind == "digits" and t[end:end + 1].isalpha():
        glued = p["short"].match(t, end) or p["measure"].match(t, end)
        if not glued or re.match(r"[A-Za-z]", t[end + len(glued.group(0)):end + len(glued.group(0)) + 1] or " "):
            return None  # `1er`, `3e`, `G5`-like tokens are not figures
    if _ID_BEFORE.search(before):
        return None
    if num.kind == "digits" and re.fullmatch(r"(?:19|20)\d{2}", number_text) and _YEAR_BEFORE.search(before):
        return None
    if re.search(r"\w[ \u00a0\u202f]*\($", before) or re.match(r"\)", t[end:end + 1]):
        return None  # `(2016)` after a number, `(1)` list markers
    # Currency written before the number: `$750,000`, `USD 2.5 million`.
    currency = None
    pre = p["prefix_currency"].search(before)
    if pre:
        currency = _SYMBOLS.get(pre.group(1) or "", pre.group(2))
        start = start - (len(before) - pre.start())
    # Multipliers: `1,3 million`, `mil millones`, `$5m`.
    factor = 1
    while True:
        m = p["mult"].match(t, end)
        if m:
            word = re.sub(r"\s+", " ", clean_spaces(m.group(1)).lower())
            factor *= MULTIPLIERS[lang][word]
            end = m.end()
            continue
        break
    sm = p["short"].match(t, end)
    if sm and factor == 1 and num.kind == "digits":
        after_short = sm.end()
        if currency or p["currency"].match(t, after_short):
            factor *= SHORT_MULTIPLIERS[lang][sm.group(1).lower()]
            end = after_short
    value = value * factor
    if value == 0:
        return None
    after_mult = end
    if currency is None:
        # A `de`/`of` joins a multiplier to what it counts: `4,5 milliards de recherches`.
        link = p["de"].match(t, end) if factor > 1 else None
        pos = link.end() if link else end
        cur = p["currency"].match(t, pos)
        if cur and (cur.group(1) or cur.group(2) or cur.group(3)):
            code = _SYMBOLS.get(cur.group(1) or "") or cur.group(2) or _currency_code(cur.group(3), lang)
            return _make(text, t, lang, start, cur.end(), value, code)
        pct = p["percent"].match(t, end)
        if pct:
            return _make(text, t, lang, start, pct.end(), value, "%")
        meas = p["measure"].match(t, pos)
        if meas:
            return _make(text, t, lang, start, meas.end(), value, MEASURES[meas.group(1)])
        noun = _counted_noun(t, pos, lang, value, is_noun, lemma)
        if noun is None:
            return None
        noun_end, unit = noun
        return _make(text, t, lang, start, noun_end, value, unit)
    # Currency before the number: the figure ends after the number and its multiplier.
    return _make(text, t, lang, start, after_mult, value, currency)


def _currency_code(written: str, lang: str) -> str:
    """Map a currency name as written to its ISO 4217 code."""
    key = re.sub(r"[ \u00a0\u202f]+", " ", written).replace("’", "'")
    for name, code in CURRENCIES[lang].items():
        if name.lower() == key.lower():
            return code
    raise ValueError(f"unknown currency: {written!r}")


def _counted_noun(t: str, pos: int, lang: str, value: Decimal,
                  is_noun: Callable[[int, int], bool | None] | None,
                  lemma: Callable[[int, int], str | None] | None) -> tuple[int, str] | None:
    """Find the head noun after a number: (end offset, unit), or None."""
    p = _PATTERNS[lang]
    words = _next_words(t, pos, lang, 5)
    if not words:
        return None
    plural = value > 1 or value != value.to_integral_value()
    if lang == "en":
        run: list[tuple[int, int, str]] = []
        for w in words:
            if w[2].lower() in _STOP["en"] or w[2].lower() in _ALL_MONTHS:
                break
            run.append(w)
        if plural and is_noun is None:
            # `196 member countries expect`: the first plural noun closes the phrase
            # (an acronym with more words after it modifies them: `ten ASEAN Member States`)
            first = next((i for i, w in enumerate(run)
                          if _is_noun(w, lang, None) and _looks_plural(w[2], lang)
                          and not (i < len(run) - 1 and _ACRONYM.fullmatch(w[2])
                                   and not w[2].endswith("s"))), None)
            run = run[:first + 1] if first is not None else run
        for i in range(len(run) - 1, -1, -1):
            w = run[i]
            comp = p["compound"].match(t, run[max(0, i - 1)][0]) if i > 0 else None
            if w[2][:1].isupper() and not _ACRONYM.fullmatch(w[2]) and is_noun is None \
                    and not (comp and comp.end() == w[1]) and w[2].lower() not in _TREATY_MEMBERS:
                return None  # `1267 Committee`: a number in a name
            if not _is_noun(w, lang, is_noun):
                continue
            if plural and is_noun is None and not _looks_plural(w[2], lang):
                continue
            if not plural and is_noun is None and re.search(r"(?:al|ive|ic|ous|ful|ed|ing)$", w[2].lower()) \
                    and i < len(run) - 1:
                continue
            if comp and comp.end() == w[1]:
                return w[1], _compound_unit(comp.group(1), lang)
            if not plural and is_noun is None:
                # A singular count: the first noun-like word is the head (`one regional office`).
                for v in run[: i + 1]:
                    if _is_noun(v, lang, is_noun) and not re.search(r"(?:al|ive|ic|ous|ful|ed|ing)$", v[2].lower()):
                        return v[1], _unit_of(v[2], v[0], v[1], lang, lemma)
            return w[1], _unit_of(w[2], w[0], w[1], lang, lemma)
        return None
    # French and Spanish: adjectives that come before the noun, then the noun.
    i = 0
    while i < len(words) - 1 and words[i][2].lower() in _PRENOMINAL[lang]:
        i += 1
    w = words[i]
    comp = p["compound"].match(t, w[0])
    if comp:
        return comp.end(), _compound_unit(comp.group(1), lang)
    if not _is_noun(w, lang, is_noun):
        return None
    if plural and is_noun is None and not _looks_plural(w[2], lang):
        return None
    if w[2][:1].isupper() and not _ACRONYM.fullmatch(w[2]) and is_noun is None \
            and not _looks_plural(w[2], lang):
        return None
    return w[1], _unit_of(w[2], w[0], w[1], lang, lemma)


def _compound_unit(written: str, lang: str) -> str:
    """Map a compound noun as written to its unit."""
    key = re.sub(r"[ \u00a0\u202f]+", " ", written).replace("’", "'")
    for name, unit in COMPOUNDS[lang].items():
        if name.lower() == key.lower():
            return unit
    return singularise(key, lang)


def _make(text: str, t: str, lang: str, start: int, end: int, value: Decimal,
          unit: str) -> FigureMatch:
    """Build the match, with the qualifier written just before it."""
    q = _PATTERNS[lang]["qualifier"].search(t, max(0, start - 40), start)
    qualifier = text[q.start(1):q.end(1)] if q else ""
    v = format_value(value)
    return FigureMatch(start, end, v, unit, f"{v} {unit}", qualifier)
