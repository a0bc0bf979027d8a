"""What the partex components share: the patterns folder they read, saved with the pipeline.

A component reads its data (word lists, gazetteers) in `initialize`, from a patterns folder;
`to_disk` copies that folder's data files next to the component, and `from_disk` initializes
from the copy, so a pipeline saved with `nlp.to_disk` loads with `spacy.load` anywhere, with the
data it was built with (the span rulers save their own patterns the same way).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from ..languages import DEFAULT_PATTERNS_DIR, language_info

_SAVED = "patterns"


class PatternsData:
    """Base of the components that read a patterns folder for one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.patterns_dir: Path = DEFAULT_PATTERNS_DIR

    def use_patterns(self, patterns_dir: str | Path | None) -> None:
        """Read from `patterns_dir` (default: the project's patterns); the language must be in it."""
        self.patterns_dir = Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR
        language_info(self.lang, self.patterns_dir)

    def initialize(self, get_examples: Any = None, *, nlp: Any = None,
                   patterns_dir: str | Path | None = None) -> None:  # pragma: no cover - overridden
        """Read the data from `patterns_dir`."""
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        """Save the data files this component was initialized from."""
        target = Path(path) / _SAVED
        Path(path).mkdir(parents=True, exist_ok=True)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(self.patterns_dir, target,
                        ignore=lambda _, names: [n for n in names if n.endswith((".md", ".py"))
                                                 or n == "__pycache__"])

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> PatternsData:
        """Initialize from the data saved by `to_disk`."""
        self.initialize(patterns_dir=Path(path) / _SAVED)
        return self
