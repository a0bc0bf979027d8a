"""The HTML report of an extract: each text with its mentions highlighted and its facts, and
the batch's counts, network and timeline; against a gold, the scores and every disagreement.

    from partex.report import write_report
    result = write_report("out/", "out/report.html", gold=Path("corpus/gold.csv"))

`partex report` and `partex extract --report` call `write_report` (docs/report.md). The names
below load on first use: the command line imports this package without loading spaCy.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SINGLE_FILE_LIMIT", "ReportResult", "default_destination", "write_report"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import build

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
