"""The value finders' language data: each finder's word file per language, loaded once.

A finder declares its file with a `WordFile`: `patterns/<lang>/<stem>.words.jsonl`, the classes it
knows (name → what each holds), the classes that carry a value, and the `shared` ones, which are
read from every language of the registry and used together: texts cite titles, bodies and
numbers in other languages (a French text's `World Drug Report 2024`), and the finders have
always read those lists across languages. Everything else is the text's own language.

Files are read when a finder first runs for a language, once per (patterns folder, language),
never at import: a run on a few French files reads only what French needs (plus the shared
classes of the others). A language of the registry without a finder's file finds nothing of that
kind; a language that is not in the registry raises `UnknownLanguageError`.

The alternation builders here turn word lists into regular expressions: longest word first (then
alphabetical, so the pattern never depends on file order), spaces of any width, both apostrophes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..languages import (DEFAULT_PATTERNS_DIR, LanguageDataError, LanguageInfo, WordLists,
                         language_info, load_words, supported_languages)

__all__ = ["WordFile", "Words", "S", "S0", "APOS", "NEVER", "DIGIT", "alternation", "first_chars", "longest_plain",
           "joins", "load", "load_shared", "opens_on", "patterns_root", "prepare_finders", "tail_search",
           "validate_word_files"]

SUFFIX = ".words.jsonl"
S = r"[ \u00a0\u202f]+"      # one or more spaces of any width
S0 = r"[ \u00a0\u202f]*"
APOS = r"['’]"
NEVER = r"(?!)"              # what an empty list matches: nothing, so its rule finds nothing

Check = Callable[[str, str, object], "str | None"]


@dataclass(frozen=True, eq=False)
class WordFile:
    """What one finder reads from `patterns/<lang>/<stem>.words.jsonl`."""

    stem: str
    classes: Mapping[str, str]                # class → what it holds, one line
    valued: frozenset[str] = frozenset()      # classes whose records need a `value`
    shared: frozenset[str] = frozenset()      # classes read from every language of the registry
    check: Check | None = None                # refuses a bad record: (class, word, value) → reason

    def path(self, root: Path, lang: str) -> Path:
        """The file of one language."""
        return root / lang / f"{self.stem}{SUFFIX}"


@dataclass(frozen=True)
class Words:
    """One language's words for one finder, with the registry's for the shared classes."""

    info: LanguageInfo
    own: WordLists
    every_language: tuple[WordLists, ...]     # the registry's languages that have the file
    shared: frozenset[str]

    def of(self, name: str) -> tuple[str, ...]:
        """The words of a class: the language's own, or every language's for a shared class."""
        return self.every(name) if name in self.shared else self.own.of(name)

    def every(self, name: str) -> tuple[str, ...]:
        """The words of a class in every language of the registry, each once."""
        return tuple(dict.fromkeys(w for lists in self.every_language for w in lists.of(name)))

    def others(self, name: str) -> frozenset[str]:
        """The words of a class in the registry's other languages."""
        return frozenset(w for lists in self.every_language if lists is not self.own
                         for w in lists.of(name))

    def mapping(self, name: str) -> dict[str, object]:
        """word → value for a class, over every language for a shared class (the first wins)."""
        if name not in self.shared:
            return dict(self.own.mapping(name))
        out: dict[str, object] = {}
        for lists in self.every_language:
            for word, value in lists.mapping(name).items():
                out.setdefault(word, value)
        return out

    def setting(self, name: str) -> object:
        """A setting of the language (patterns/languages.jsonl)."""
        return self.info.setting(name)


def patterns_root(patterns_dir: str | Path | None) -> Path:
    """The patterns folder a finder reads: the given one, or the project's."""
    return Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR


@lru_cache(maxsize=128)
def _file(spec: WordFile, root: Path, lang: str) -> WordLists | None:
    path = spec.path(root, lang)
    if not path.is_file():
        return None
    return load_words(path, spec.classes, valued=spec.valued, check=spec.check)


def load(spec: WordFile, lang: str, patterns_dir: str | Path | None = None) -> Words | None:
    """The words of `lang` for one finder, or None when the language has no such file.

    Raises `UnknownLanguageError` for a language the registry lacks and `LanguageDataError`
    (every problem, with file:line) for a bad file.
    """
    root = patterns_root(patterns_dir)
    return _load(spec, root, lang)


@lru_cache(maxsize=128)
def _load(spec: WordFile, root: Path, lang: str) -> Words | None:
    info = language_info(lang, root)
    own = _file(spec, root, lang)
    if own is None:
        return None
    every = tuple(lists for code in supported_languages(root)
                  if (lists := own if code == lang else _file(spec, root, code)) is not None)
    return Words(info, own, every, spec.shared)


def load_shared(spec: WordFile, patterns_dir: str | Path | None = None) -> Words | None:
    """The words of a file whose classes are all shared: every language's, or None if none has it."""
    root = patterns_root(patterns_dir)
    for lang in supported_languages(root):
        found = _load(spec, root, lang)
        if found is not None:
            return found
    return None


def validate_word_files(patterns_dir: str | Path | None = None) -> list[str]:
    """Every problem of every finder's word files in a patterns folder, one line each (file:line).

    Also flags a `*.words.jsonl` file that no finder reads (a misspelt name is never silent).
    """
    from . import countries, date_rules, figure_rules, numbers, resolutions

    specs = [numbers.WORDS, date_rules.WORDS, figure_rules.WORDS, resolutions.WORDS,
             countries.WORDS]
    root = patterns_root(patterns_dir)
    problems: list[str] = []
    try:
        languages = supported_languages(root)
    except LanguageDataError as err:
        return list(err.problems)
    stems = {spec.stem for spec in specs}
    for lang in languages:
        for spec in specs:
            load_words(spec.path(root, lang), spec.classes, valued=spec.valued,
                       problems=problems, check=spec.check)
        for path in sorted((root / lang).glob(f"*{SUFFIX}")):
            if path.name[: -len(SUFFIX)] not in stems:
                problems.append(f"{path}: no finder reads this file (known: "
                                f"{', '.join(sorted(s + SUFFIX for s in stems))})")
    return problems


@lru_cache(maxsize=8)
def _validated(root: Path) -> tuple[str, ...]:
    return tuple(validate_word_files(root))


def prepare_finders(lang: str, patterns_dir: str | Path | None = None) -> None:
    """Read and compile what the value finders need for `lang` now.

    A pipeline calls this when it is built, so a bad word file stops the build once with every
    problem listed (file:line) instead of failing document after document, and worker
    processes forked afterwards share the compiled patterns.
    """
    from . import date_rules, figure_rules, resolutions

    root = patterns_root(patterns_dir)
    language_info(lang, root)
    problems = _validated(root)
    if problems:
        raise LanguageDataError(list(problems))
    date_rules.grammar(lang, root)
    figure_rules.grammar(lang, root)
    resolutions.patterns(lang, root)


# --------------------------------------------------------------------------- regex builders

def _loose(char: str) -> str:
    """A character class that takes an accented letter with or without its accent."""
    base = unicodedata.normalize("NFD", char)[0]
    return f"[{char}{base}]" if base != char and base.isascii() else re.escape(char)


def _pieces(word: str, space: str, apostrophe: str, accents: bool) -> list[str]:
    """One regular expression piece per character of a word."""
    out = []
    for char in word:
        if char == " ":
            out.append(space)
        elif char == "'":
            out.append(apostrophe)
        else:
            out.append(_loose(char) if accents else re.escape(char))
    return out


def literal(word: str, *, space: str = S, apostrophe: str = APOS, accents: bool = False) -> str:
    """One word as a regular expression: its spaces and apostrophes as given, the rest as is."""
    return "".join(_pieces(word, space, apostrophe, accents))


def first_chars(words: Iterable[str], *, either_case: bool = True) -> frozenset[str] | None:
    """The characters words open on, in either case and with either apostrophe; None where one
    is empty or opens on a blank (what it opens on is another pattern's). Without `either_case`,
    as written: for a pattern that matches case as written (`match_case: as_written`), where a
    lookahead for the other case only stops the engine at letters no match opens on (the `a`,
    `s`, `m` of every English word, for the month names)."""
    chars: set[str] = set()
    for word in words:
        if not word or word[0].isspace():
            return None
        if word[0] in "'’":
            chars |= {"'", "’"}
        else:
            chars |= {word[0].lower(), word[0].upper()} if either_case else {word[0]}
    return frozenset(chars)


def longest_plain(words: Iterable[str]) -> int | None:
    """The length of the longest of `words`, each matched by `alternation` at its own length (no
    blank, which `alternation` widens to a run of them); None where a word holds a blank or none
    is given. For `tail_search`."""
    words = list(words)
    if not words or any(not word or any(ch.isspace() for ch in word) for word in words):
        return None
    return max(map(len, words))


def tail_search(pattern: re.Pattern[str], text: str, longest: int | None) -> re.Match[str] | None:
    r"""`pattern.search(text)` for a pattern `(?:^|[^\w])WORD\s*$` whose words are at most
    `longest` characters (`longest_plain`; None: the plain search): every match ends on the word,
    blanks at most after it, so it starts at most `longest + 1` characters before the text's end
    less its blanks, and the search starts there rather than trying every position of the text
    (a search has no way to start from the end). `^` matches at the text's start only, which a
    later start leaves out only where no match could start anyway."""
    if longest is None:
        return pattern.search(text)
    return pattern.search(text, max(0, len(text.rstrip()) - longest - 1))


DIGIT = "\\d"  # stands for any digit in `opens_on`'s sets (`\d` is wider than 0-9)


def opens_on(*sets: frozenset[str] | None) -> str:
    """A lookahead for the characters every match of a pattern opens on (`(?=[…])`; `DIGIT` for
    any digit), "" where one of the sets is unknown (None) or all are empty. A pattern tried at
    every position of a text that opens on a lookbehind or an alternation gives the engine no
    set of first characters to skip to; with the lookahead a position where none stands fails
    at once (same matches: the set holds whatever a match may open on; the date finder's decade
    rule over the English texts 18 -> 11 ms)."""
    if any(chars is None for chars in sets):
        return ""
    chars = sorted(frozenset().union(*sets))
    return "(?=[" + "".join(c if c == DIGIT else re.escape(c) for c in chars) + "])" if chars else ""


def alternation(words: Iterable[str], *, space: str = S, apostrophe: str = APOS,
                accents: bool = False) -> str:
    """An alternation of words that tries the longest first; `NEVER` when there are none.

    Written as a prefix tree (`r(?:ésolution|esolution)s?`): the regex engine drops a word list
    at its first letter instead of trying each word. At most one branch fits the text at each
    letter and a word that ends there is tried after the longer ones, so the words are still
    tried longest first, as in a plain list. Branches that could fit the same text (`M` and `m`
    when the caller ignores case, `é` and `[ée]`) are one plain list of the words below them,
    longest first.
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if not ordered:
        return NEVER
    split = [_pieces(w, space, apostrophe, accents) for w in ordered]
    root: dict = {}
    for pieces in split:
        node = root
        for piece in pieces:
            node = node.setdefault(piece, {})
        node[""] = {}  # a word ends here
    return f"(?:{_emit(root)})"


def _letter(piece: str) -> str:
    """What a piece may match, roughly: pieces with the same letter could fit the same text
    (`M` and `m` under IGNORECASE, `é` and `[ée]`), so they are never separate branches."""
    if len(piece) == 4 and piece[0] == "[" and piece[3] == "]":
        piece = piece[2]  # `[ée]`: its plain letter
    return unicodedata.normalize("NFD", piece)[0].casefold() if len(piece) == 1 else piece


def _suffixes(node: dict) -> list[list[str]]:
    """Every word below a node, as pieces, longest first."""
    out = [[]] if "" in node else []
    for key, child in node.items():
        if key:
            out += [[key, *rest] for rest in _suffixes(child)]
    return sorted(out, key=lambda pieces: (-len(pieces), pieces))


def _emit(node: dict) -> str:
    """The pattern of a prefix-tree node: its branches, then the end of a word (optional)."""
    groups: dict[str, list[str]] = {}
    for key in sorted(k for k in node if k):
        groups.setdefault(_letter(key), []).append(key)
    parts = []
    for keys in groups.values():
        if len(keys) == 1:
            parts.append(keys[0] + _emit(node[keys[0]]))
        else:
            # `M` and `m` could fit the same text: the words below them, longest first
            flat = sorted(([key, *rest] for key in keys for rest in _suffixes(node[key])),
                          key=lambda pieces: (-len(pieces), pieces))
            parts.append("(?:" + "|".join("".join(pieces) for pieces in flat) + ")")
    ends = "" in node
    if not parts:
        return ""
    if len(parts) == 1 and not ends:
        return parts[0]
    if len(parts) == 1 and len(parts[0]) == 1:
        return f"{parts[0]}?"  # `s?`
    return "(?:" + "|".join(parts) + (")?" if ends else ")")


def joins(templates: Iterable[str], left: str, right: str) -> str:
    """The alternation of what comes between `{left}` and `{right}` in join templates.

    `{month} de {year}` and `{month}, {year}` give `,S` and `SdeS`, where S is any run of spaces.
    """
    head, tail = "{" + left + "}", "{" + right + "}"
    seps = [t[len(head):-len(tail)] for t in templates]
    return alternation(seps)


def template_problem(word: str, left: str, right: str) -> str | None:
    """Why a join template is not `{left}<what joins them>{right}`, or None."""
    head, tail = "{" + left + "}", "{" + right + "}"
    middle = word[len(head):-len(tail)] if word.startswith(head) and word.endswith(tail) else None
    if middle is None or len(word) < len(head) + len(tail) + 1 or "{" in middle or "}" in middle:
        return f"{word!r} must read {head}<what joins them>{tail}"
    return None


def ending_problem(word: str, value: object = None) -> str | None:
    """Why a word ending (`-ment`) or suffix rule (`-aux` → `-al`) is malformed, or None."""
    if not word.startswith("-") or len(word) < 2:
        return f"{word!r} must be an ending written with a leading hyphen (-ment)"
    if value is not None and not (isinstance(value, str) and value.startswith("-")):
        return f"value {value!r} must be an ending written with a leading hyphen (-al, or - alone)"
    return None


def int_problem(value: object, low: int, high: int | None = None) -> str | None:
    """Why a value is not a whole number in [low, high], or None."""
    if isinstance(value, bool) or not isinstance(value, int) or value < low or \
            (high is not None and value > high):
        top = f"–{high}" if high is not None else " or more"
        return f"value {value!r} must be a whole number {low}{top}"
    return None


def text_problem(value: object) -> str | None:
    """Why a value is not non-empty text, or None."""
    if not isinstance(value, str) or not value.strip():
        return f"value {value!r} must be non-empty text"
    return None
