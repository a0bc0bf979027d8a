"""Map country names in English, French and Spanish to ISO 3166-1 alpha-3 codes."""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Mapping

import pycountry

__all__ = ["CountryIndex", "country_key", "deinvert"]

# Articles left out of names and lookups (`la Jordanie`, `the Netherlands`, `el Líbano`).
_ARTICLE = re.compile(r"^(?:la|le|les|l'|the|el|los|las)\s*(?<=')|^(?:la|le|les|the|el|los|las)\s+",
                      re.IGNORECASE)
# Names whose article is part of the name itself.
_KEEP_ARTICLE = re.compile(r"^el\s+salvador\b", re.IGNORECASE)
_TRAIL = re.compile(r"[\s.,;:!?)\]»\"”]+$")
_LEAD = re.compile(r"^[\s(\[«\"“]+")
# A part after the comma that ends with one of these is a prefix moved to the end
# (`Iran, République islamique d'` → `République islamique d'Iran`).
_ENDS_WITH_LINK = re.compile(
    r"(?:\b(?:de|du|des|de la|of|of the|the|del|de los|de las)|\bd'|\bl')$", re.IGNORECASE)
_LIST = re.compile(r"\b(?:et|and|y|e)\b|,.*,")


def country_key(name: str) -> str:
    """Make the lookup key of a name: no accents, case, article, hyphens or outer punctuation."""
    s = name.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    s = re.sub(r"[\u00a0\u202f\s]+", " ", s)
    s = _TRAIL.sub("", _LEAD.sub("", s))
    s = s.strip() if _KEEP_ARTICLE.match(s.strip()) else _ARTICLE.sub("", s.strip())
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("-", " ").replace(".", "")
    return re.sub(r"\s+", " ", s).strip()


def _strip_article(name: str) -> str:
    """Remove a leading article from a name, keeping its case."""
    if _KEEP_ARTICLE.match(name.strip()):
        return name.strip()
    return _ARTICLE.sub("", name.strip(), count=1).strip()


def deinvert(name: str, lang: str) -> tuple[str, str | None]:
    """Put an inverted catalogue name back in reading order: (full name, short name or None).

    `Syrienne, République arabe` → (`République arabe syrienne`, None);
    `Iran, République islamique d'` → (`République islamique d'Iran`, `Iran`);
    `Taïwan, province de Chine` → (`Taïwan, province de Chine`, `Taïwan`).
    The short name is the part before the comma when that part is a noun (the rest is a
    title moved to the end, or an apposition); the caller keeps it only when unambiguous.
    """
    if "," not in name or _LIST.search(name.split(",", 1)[1]) and not _ENDS_WITH_LINK.search(name):
        return name, None
    before, after = (part.strip() for part in name.split(",", 1))
    if _ENDS_WITH_LINK.search(after):
        joiner = "" if after.endswith("'") else " "
        return _strip_article(after + joiner + before), before
    if after[:1].islower():
        return name, before  # apposition: `Taïwan, province de Chine`
    if lang == "en":
        return after + " " + before, None  # `Virgin Islands, British` → `British Virgin Islands`
    last = after.split()[-1]
    if last[:1].isupper():
        return after + " " + before, None  # `Salomon, Îles` → `Îles Salomon`
    return after + " " + before.lower(), None  # `Syrienne, République arabe`


class CountryIndex:
    """A lookup from country names (en, fr, es, plus aliases) to ISO 3166-1 alpha-3 codes."""

    def __init__(self, names: dict[str, str], display: dict[str, list[str]]) -> None:
        """Hold the key → code table and the written names per code; use `build`."""
        self._by_key = names
        self._display = display

    @classmethod
    def build(cls, aliases: Mapping[str, str] | None = None) -> CountryIndex:
        """Build the index from pycountry (en, fr, es catalogues) and the caller's aliases."""
        catalogues = {"en": None}
        for lang in ("fr", "es"):
            catalogues[lang] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                                   languages=[lang]).gettext
        full: dict[str, set[str]] = {}    # key → codes, from full names
        short: dict[str, set[str]] = {}   # key → codes, from short parts before a comma
        written: dict[tuple[str, str], set[str]] = {}  # (key, code) → names as written
        for country in pycountry.countries:
            code = country.alpha_3
            for attr in ("name", "common_name", "official_name"):
                english = getattr(country, attr, None)
                if not english:
                    continue
                for lang, translate in catalogues.items():
                    raw = translate(english) if translate else english
                    raw = re.sub(r"\s*\([^)]*\)\s*", " ", raw).strip() if "(" in raw else raw
                    name, short_name = deinvert(raw, lang)
                    for form, table in ((name, full), (short_name, short)):
                        if not form:
                            continue
                        form = _strip_article(form)
                        key = country_key(form)
                        if key:
                            table.setdefault(key, set()).add(code)
                            written.setdefault((key, code), set()).add(form)
        by_key: dict[str, str] = {}
        for key, codes in full.items():
            if len(codes) == 1:
                by_key[key] = next(iter(codes))
        for key, codes in short.items():
            # `Corée` and `Congo` name two states: a short part is kept only when unique.
            if len(codes) == 1 and key not in full and key not in by_key:
                by_key[key] = next(iter(codes))
            elif len(codes) == 1 and full.get(key) == codes:
                by_key[key] = next(iter(codes))
        for alias, code in (aliases or {}).items():
            code = code.upper()
            if pycountry.countries.get(alpha_3=code) is None:
                raise ValueError(f"alias {alias!r}: unknown ISO 3166-1 alpha-3 code {code!r}")
            key = country_key(alias)
            if not key:
                raise ValueError(f"alias {alias!r}: empty after removing articles")
            by_key[key] = code
            written.setdefault((key, code), set()).add(_strip_article(alias))
        display: dict[str, list[str]] = {}
        # `Senegal` and `Sénégal` share a key; both spellings are names to match
        for (key, code), forms in written.items():
            if by_key.get(key) == code:
                display.setdefault(code, []).extend(sorted(forms))
        return cls(by_key, display)

    def lookup(self, name: str) -> str | None:
        """Give the alpha-3 code of a country name, or None (demonyms and adjectives included)."""
        key = country_key(name)
        return self._by_key.get(key) if key else None

    def names(self) -> list[tuple[str, str]]:
        """List every (name, alpha-3) without articles, both apostrophes, for phrase patterns."""
        out: set[tuple[str, str]] = set()
        for code, forms in self._display.items():
            for form in forms:
                out.add((form, code))
                if "'" in form:
                    out.add((form.replace("'", "’"), code))
        return sorted(out)

    def __len__(self) -> int:
        """Count the lookup keys."""
        return len(self._by_key)
