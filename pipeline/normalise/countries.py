"""Map country names in the registry's languages to ISO 3166-1 alpha-3 codes.

Names come from pycountry and its gettext catalogues, one per language of the registry. The
small words that lookups leave out (articles, the links of inverted catalogue names) are in
`patterns/<lang>/countries.words.jsonl`, read from every language together: a name is looked
up the same way whatever the text's language.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from ..languages import language_info, supported_languages
from .words import WordFile, alternation, load_shared, patterns_root

__all__ = ["CountryIndex", "country_key", "deinvert"]

WORDS = WordFile("countries", {
    "article": "an article left out of names and lookups (la, the, los); one ending in ' is glued",
    "article_name": "a name whose article is part of it (El Salvador)",
    "link": "a word ending the part of an inverted name moved after the comma (de, of the)",
    "and": "a word joining names in a list, which is never inverted (et, and, y)",
}, shared=frozenset({"article", "article_name", "link", "and"}))

_TRAIL = re.compile(r"[\s.,;:!?)\]»\"”]+$")
_LEAD = re.compile(r"^[\s(\[«\"“]+")


@dataclass(frozen=True)
class _Patterns:
    """The word-made patterns of a registry: articles, names that keep theirs, links, lists."""

    article: re.Pattern[str]        # a leading article and the space after it
    keep_article: re.Pattern[str]   # a name whose article is part of it
    ends_with_link: re.Pattern[str]
    is_list: re.Pattern[str]


def known_code(code: str) -> bool:
    """Whether `code` is an ISO 3166-1 alpha-3 code, current or formerly used (ISO 3166-3: `SUN`,
    `SCG`, `YUG`, `CSK`, `DDR`), so a treaty's historical signatories are countries too."""
    return (pycountry.countries.get(alpha_3=code) is not None
            or pycountry.historic_countries.get(alpha_3=code) is not None)


@lru_cache(maxsize=8)
def _patterns(root: Path) -> _Patterns:
    """Every registry language's small words, compiled once per patterns folder."""
    w = load_shared(WORDS, root)
    articles, keep, links, ands = ((w.of(name) if w else ()) for name in
                                   ("article", "article_name", "link", "and"))
    glued = alternation([a for a in articles if a.endswith("'")], apostrophe="'")
    spaced = alternation([a for a in articles if not a.endswith("'")])
    links_re = alternation(links, space=" ", apostrophe="'")
    keep_re = alternation(keep, space=r"\s+")
    return _Patterns(
        re.compile(rf"^{glued}|^{spaced}\s+", re.IGNORECASE),
        re.compile(rf"^{keep_re}\b", re.IGNORECASE),
        # `Iran, République islamique d'` → `République islamique d'Iran`
        re.compile(rf"\b{links_re}$", re.IGNORECASE),
        re.compile(rf"\b{alternation(ands)}\b|,.*,"),
    )


def country_key(name: str, *, patterns_dir: str | Path | None = None) -> str:
    """Make the lookup key of a name: no accents, case, article, hyphens or outer punctuation."""
    p = _patterns(patterns_root(patterns_dir))
    s = name.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    s = re.sub(r"[\u00a0\u202f\s]+", " ", s)
    s = _TRAIL.sub("", _LEAD.sub("", s))
    s = s.strip() if p.keep_article.match(s.strip()) else p.article.sub("", s.strip())
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("-", " ").replace(".", "")
    return re.sub(r"\s+", " ", s).strip()


def _strip_article(name: str, p: _Patterns) -> str:
    """Remove a leading article from a name, keeping its case."""
    if p.keep_article.match(name.strip()):
        return name.strip()
    return p.article.sub("", name.strip(), count=1).strip()


def deinvert(name: str, lang: str, *, patterns_dir: str | Path | None = None) -> tuple[str, str | None]:
    """Put an inverted catalogue name back in reading order: (full name, short name or None).

    `Syrienne, République arabe` → (`République arabe syrienne`, None);
    `Iran, République islamique d'` → (`République islamique d'Iran`, `Iran`);
    `Taïwan, province de Chine` → (`Taïwan, province de Chine`, `Taïwan`).
    The short name is the part before the comma when that part is a noun (the rest is a
    title moved to the end, or an apposition); the caller keeps it only when unambiguous.
    """
    root = patterns_root(patterns_dir)
    p = _patterns(root)
    capitalised = language_info(lang, root).setting("demonym_case") == "capitalised"
    if "," not in name or p.is_list.search(name.split(",", 1)[1]) and not p.ends_with_link.search(name):
        return name, None
    before, after = (part.strip() for part in name.split(",", 1))
    if p.ends_with_link.search(after):
        joiner = "" if after.endswith("'") else " "
        return _strip_article(after + joiner + before, p), before
    if after[:1].islower():
        return name, before  # apposition: `Taïwan, province de Chine`
    if capitalised:
        return after + " " + before, None  # `Virgin Islands, British` → `British Virgin Islands`
    last = after.split()[-1]
    if last[:1].isupper():
        return after + " " + before, None  # `Salomon, Îles` → `Îles Salomon`
    return after + " " + before.lower(), None  # `Syrienne, République arabe`


_UNSEEN = object()
_LOOKED_UP_MAX = 50_000


class CountryIndex:
    """A lookup from country names (the registry's languages, plus aliases) to alpha-3 codes."""

    def __init__(self, names: dict[str, str], display: dict[str, list[str]], *,
                 patterns_dir: str | Path | None = None) -> None:
        """Hold the key → code table and the written names per code; use `build`."""
        self._by_key = names
        self._display = display
        self._root = patterns_root(patterns_dir)
        # name as written → code: the resolver looks up every place the model reads, the same
        # country names document after document, and a key costs a dozen string passes
        self._looked_up: dict[str, str | None] = {}

    @classmethod
    def build(cls, aliases: Mapping[str, str] | None = None, *,
              patterns_dir: str | Path | None = None) -> CountryIndex:
        """Build the index from pycountry (its catalogue in each language of the registry) and
        the caller's aliases."""
        root = patterns_root(patterns_dir)
        p = _patterns(root)
        full, short, written = _catalogue_names(root, p)
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
            if not known_code(code):
                raise ValueError(f"alias {alias!r}: unknown ISO 3166-1 alpha-3 code {code!r}")
            key = country_key(alias, patterns_dir=root)
            if not key:
                raise ValueError(f"alias {alias!r}: empty after removing articles")
            by_key[key] = code
            written.setdefault((key, code), set()).add(_strip_article(alias, p))
        display: dict[str, list[str]] = {}
        # `Senegal` and `Sénégal` share a key; both spellings are names to match
        for (key, code), forms in written.items():
            if by_key.get(key) == code:
                display.setdefault(code, []).extend(sorted(forms))
        return cls(by_key, display, patterns_dir=root)

    def lookup(self, name: str) -> str | None:
        """Give the alpha-3 code of a country name, or None (demonyms and adjectives included)."""
        code = self._looked_up.get(name, _UNSEEN)
        if code is _UNSEEN:
            if len(self._looked_up) >= _LOOKED_UP_MAX:
                self._looked_up.clear()  # a long batch's names do not pile up
            key = country_key(name, patterns_dir=self._root)
            code = self._looked_up[name] = self._by_key.get(key) if key else None
        return code

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


_Names = dict[str, set[str]]


def _catalogue_names(root: Path, p: _Patterns) -> tuple[_Names, _Names, dict[tuple[str, str], set[str]]]:
    """Every pycountry name in every registry language: (key → codes of full names, key → codes
    of short parts before a comma, (key, code) → names as written)."""
    # English is pycountry's own language: with no catalogue, gettext gives the name back
    catalogues = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang],
                                            fallback=True).gettext
                  for lang in supported_languages(root)}
    full: _Names = {}
    short: _Names = {}
    written: dict[tuple[str, str], set[str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            for lang, translate in catalogues.items():
                raw = translate(english)
                raw = re.sub(r"\s*\([^)]*\)\s*", " ", raw).strip() if "(" in raw else raw
                name, short_name = deinvert(raw, lang, patterns_dir=root)
                for form, table in ((name, full), (short_name, short)):
                    if not form:
                        continue
                    form = _strip_article(form, p)
                    key = country_key(form, patterns_dir=root)
                    if key:
                        table.setdefault(key, set()).add(country.alpha_3)
                        written.setdefault((key, country.alpha_3), set()).add(form)
    return full, short, written
