"""Load the rule data once per process: the gazetteer and the country index built on it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .gazetteer import DEFAULT_PATTERNS_DIR, Gazetteer, load_gazetteer
from .normalise.countries import CountryIndex


@dataclass(frozen=True)
class Resources:
    """Everything the rule components read, loaded and validated together."""

    patterns_dir: Path
    gazetteer: Gazetteer
    countries: CountryIndex


@lru_cache(maxsize=4)
def load_resources(patterns_dir: str | Path | None = None) -> Resources:
    """Load and validate `patterns_dir` (default: the project's `patterns/`), cached per folder."""
    root = Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR
    gazetteer = load_gazetteer(root)
    countries = CountryIndex.build(aliases=gazetteer.country_aliases(), patterns_dir=root)
    return Resources(root, gazetteer, countries)
