"""Load and validate the rule data in `patterns/`: gazetteers with canonical ids and spaCy patterns.

Every file is JSON Lines, one record per line. Loading checks every line and reports every
problem (file and line) at once, so a broken data file never half-loads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import provenance
from .languages import DEFAULT_PATTERNS_DIR, supported_languages
from .text import fold

# file stem -> (required keys, optional keys)
_ID_FILES = {
    "organisations": ({"id", "name"}, {"parent"}),
    "instruments": ({"id", "name"}, set()),
    "people": ({"id", "name"}, {"role"}),
    "operations": ({"id", "name"}, {"about"}),
}
# Names written alike in every language: each record's name is an alias in all of them.
_SHARED_NAMES = {"people": "PERSON", "operations": "OPERATION"}
_ALIAS_FILES = {
    "organisations": ({"id", "alias"}, {"after"}),
    "instruments": ({"id", "alias"}, set()),
    "countries": ({"id", "alias"}, set()),
    "locations": ({"alias"}, set()),
    "operations": ({"id", "alias"}, set()),
}
_RULE_KEYS = ({"label", "pattern"}, {"id"})
_ALIAS_LABEL = {"organisations": "ORG", "instruments": "INSTRUMENT",
                "countries": "COUNTRY", "locations": "LOCATION", "operations": "OPERATION"}


class PatternsError(ValueError):
    """A patterns file that cannot be used; `problems` holds one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(problems[0] + more)


@dataclass(frozen=True)
class Alias:
    """One name of a known thing, in one language: what the phrase matcher looks for."""

    label: str
    alias: str
    id: str
    lang: str
    after: str = ""
    file: str = ""  # the file it was read from, relative to the patterns folder

    @property
    def is_acronym(self) -> bool:
        """All-capital names (ONU, UNODC, RDC) match case-sensitively."""
        letters = [c for c in self.alias if c.isalpha()]
        return bool(letters) and not any(c.islower() for c in letters)


@dataclass
class Gazetteer:
    """Everything loaded from a patterns folder."""

    organisations: dict[str, dict] = field(default_factory=dict)
    instruments: dict[str, dict] = field(default_factory=dict)
    people: dict[str, dict] = field(default_factory=dict)
    operations: dict[str, dict] = field(default_factory=dict)
    aliases: list[Alias] = field(default_factory=list)
    rules: dict[str, list[dict]] = field(default_factory=dict)

    def for_language(self, lang: str) -> list[Alias]:
        """Aliases a `lang` pipeline matches: its own, plus the other languages' acronyms that are ids.

        `UNODC` or `INTERPOL` stand in texts of every language; a translated acronym stays in
        its language (Spanish `PMA` is the WFP, French `PMA` the least developed countries).
        """
        own = [a for a in self.aliases if a.lang == lang]
        seen = {(a.label, a.alias) for a in own}
        others = [a for a in self.aliases
                  if a.lang != lang and a.is_acronym and a.alias == a.id
                  and (a.label, a.alias) not in seen and a.label in ("ORG", "INSTRUMENT")]
        deduped: dict[tuple[str, str], Alias] = {}
        for a in others:
            deduped.setdefault((a.label, a.alias), a)
        return own + list(deduped.values())

    def country_aliases(self) -> dict[str, str]:
        """Curated country aliases, all languages: alias -> alpha-3."""
        return {a.alias: a.id for a in self.aliases if a.label == "COUNTRY"}


def _read_jsonl(path: Path, required: set[str], optional: set[str],
                problems: list[str]) -> Iterator[tuple[int, dict]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        problems.append(f"{path}: cannot be read: {err}")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}: not valid JSON ({err.msg})")
            continue
        if not isinstance(record, dict):
            problems.append(f"{where}: a record must be a JSON object")
            continue
        missing = required - record.keys()
        unknown = record.keys() - required - optional
        if missing:
            problems.append(f"{where}: missing key(s) {', '.join(sorted(missing))}")
        if unknown:
            problems.append(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        if missing or unknown:
            continue
        bad = [k for k in record if k != "pattern" and (not isinstance(record[k], str)
                                                          or not record[k].strip())]
        if bad:
            problems.append(f"{where}: {', '.join(sorted(bad))} must be non-empty text")
            continue
        yield number, record


def load_gazetteer(patterns_dir: Path | str = DEFAULT_PATTERNS_DIR,
                   languages: Iterable[str] | None = None) -> Gazetteer:
    """Load and validate a patterns folder (its registry's languages by default); raise
    `PatternsError` listing every problem."""
    root = Path(patterns_dir)
    if languages is None:
        languages = supported_languages(root) if (root / "languages.jsonl").is_file() else ()
    problems: list[str] = []
    if not root.is_dir():
        raise PatternsError([f"{root}: patterns folder not found"])
    gaz = Gazetteer()
    for stem, (required, optional) in _ID_FILES.items():
        path = root / "ids" / f"{stem}.jsonl"
        if not path.exists():
            if stem in _SHARED_NAMES:
                continue  # people and operations are optional lists
            problems.append(f"{path}: file not found")
            continue
        table = getattr(gaz, stem)
        for number, record in _read_jsonl(path, required, optional, problems):
            if record["id"] in table:
                problems.append(f"{path}:{number}: duplicate id {record['id']!r}")
            table[record["id"]] = record
    for number_path, record in _parents(gaz):
        problems.append(f"{number_path}: parent {record['parent']!r} is not an organisation id")
    for lang in languages:
        for stem, label in _SHARED_NAMES.items():
            gaz.aliases.extend(Alias(label, fold(record["name"]), ident, lang,
                                     file=f"ids/{stem}.jsonl")
                               for ident, record in getattr(gaz, stem).items())
        for stem, (required, optional) in _ALIAS_FILES.items():
            path = root / lang / f"{stem}.jsonl"
            if not path.exists():
                continue
            label = _ALIAS_LABEL[stem]
            known = getattr(gaz, stem) if stem in _ID_FILES else None
            for number, record in _read_jsonl(path, required, optional, problems):
                ident = record.get("id", "")
                if known is not None and ident not in known:
                    problems.append(f"{path}:{number}: id {ident!r} is not in ids/{stem}.jsonl")
                    continue
                if stem == "countries" and not (len(ident) == 3 and ident.isupper()):
                    problems.append(f"{path}:{number}: id {ident!r} is not an ISO 3166-1 alpha-3 code")
                    continue
                after = record.get("after", "")
                if after and after not in gaz.organisations:
                    problems.append(f"{path}:{number}: after {after!r} is not an organisation id")
                    continue
                alias = fold(record["alias"]).strip()
                gaz.aliases.append(Alias(label, alias, ident or alias, lang, after,
                                         file=f"{lang}/{stem}.jsonl"))
        rules_path = root / lang / "rules.jsonl"
        if rules_path.exists():
            gaz.rules[lang] = _load_rules(rules_path, f"{lang}/rules.jsonl", problems)
    if problems:
        raise PatternsError(problems)
    return gaz


def _parents(gaz: Gazetteer) -> Iterator[tuple[str, dict]]:
    for record in gaz.organisations.values():
        parent = record.get("parent")
        if parent and parent not in gaz.organisations:
            yield f"ids/organisations.jsonl ({record['id']})", record


def _load_rules(path: Path, name: str, problems: list[str]) -> list[dict]:
    """The rules of a rules file; each record gains its provenance (`source`: rule:<file>:<line>)."""
    from .columns import LABELS

    rules = []
    for number, record in _read_jsonl(path, *_RULE_KEYS, problems):
        if record["label"] not in LABELS:
            problems.append(f"{path}:{number}: unknown label {record['label']!r}")
            continue
        pattern = record["pattern"]
        if not (isinstance(pattern, str) or (isinstance(pattern, list) and pattern
                                             and all(isinstance(t, dict) for t in pattern))):
            problems.append(f"{path}:{number}: pattern must be a phrase or a list of token objects")
            continue
        rules.append({**record, "source": provenance.rule(name, number)})
    return rules
