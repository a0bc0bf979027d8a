"""Sum a batch up: the report `run_batch` returns and the manifest it writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .. import outputs
from .plan import Plan
from .results import SKIPPED, Encoded, Extracted, Failed

FIRST_ERRORS = 20  # errors a report keeps to show (all of them are in errors.csv)


@dataclass
class BatchReport:
    """What a batch did: counts, timings and where the tables are."""

    out_dir: Path
    documents: int = 0
    ok: int = 0          # extracted in this run
    failed: int = 0      # reported in errors.csv
    skipped: int = 0     # reused from a previous run by resume, unchanged input
    mentions: int = 0
    words: int = 0             # of the documents in the tables
    words_fresh: int = 0       # of those extracted in this run (not reused by resume)
    seconds: float = 0.0       # the whole run
    load_seconds: float = 0.0  # of which loading the extractor
    outputs: list[Path] = field(default_factory=list)
    first_errors: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, reason), ≤ 20

    @property
    def exit_code(self) -> int:
        """0 when every document was extracted, 3 when some failed (they are in errors.csv)."""
        return 3 if self.failed else 0

    @property
    def words_per_second(self) -> float:
        """Words of the documents extracted in this run per second of extraction (loading excluded)."""
        busy = self.seconds - self.load_seconds
        return self.words_fresh / busy if busy > 0 else 0.0

    def count(self, result: Extracted | Encoded | Failed, status: str) -> None:
        """Count one document: extracted in this run (ok), reused by resume (skipped), or failed."""
        if isinstance(result, Failed):
            self.failed += 1
            if len(self.first_errors) < FIRST_ERRORS:
                self.first_errors.append((result.doc_id, result.reason))
            return
        self.mentions += result.n_mentions
        self.words += result.words
        if status == SKIPPED:
            self.skipped += 1
        else:
            self.ok += 1
            self.words_fresh += result.words


def now() -> str:
    """The time now, UTC, to the second, as the manifest writes it."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def manifest_entry(result: Extracted | Encoded | Failed, status: str) -> dict[str, Any]:
    """The manifest's record of one input."""
    if isinstance(result, (Extracted, Encoded)):
        return {"doc_id": result.doc_id, "path": result.path, "format": result.fmt,
                "sha256": result.sha256, "lang": result.lang, "status": status,
                "mentions": result.n_mentions, "facts": len({r["fact"] for r in result.facts}),
                "publisher": result.publisher, "words": result.words}
    return {"doc_id": result.doc_id, "path": result.path, "format": result.fmt,
            "sha256": result.sha256, "lang": result.lang or "", "status": status,
            "mentions": 0, "words": 0, "reason": result.reason}


def manifest_summary(report: BatchReport, *, plan: Plan, header: dict[str, Any], workers: int,
                     started: str) -> dict[str, Any]:
    """The manifest's keys before its inputs: versions, options, times, counts and outputs."""
    return {
        **outputs.versions(header["models"]), "patterns_sha256": header["patterns_sha256"],
        "options": {"fast": header["fast"], "lang": header["lang"], "workers": workers,
                    "formats": list(plan.formats), "resume": plan.resume},
        "started": started,
        "finished": now(),
        "seconds": round(report.seconds, 3),
        "load_seconds": round(report.load_seconds, 3),
        "counts": {"documents": report.documents, "ok": report.ok, "failed": report.failed,
                   "skipped": report.skipped, "mentions": report.mentions,
                   "words": report.words},
        "words_per_second": round(report.words_per_second, 1),
        "outputs": sorted(p.name for p in report.outputs),
    }
