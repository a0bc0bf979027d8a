"""Run the extractor over thousands of files: worker processes, streamed tables, nothing lost.

The flow: `plan` checks the options and `discover`s the inputs in the parent (paths only),
loads the extractor, opens the journal and groups the inputs into tasks of a few thousand
words. `pool` hands the tasks to worker processes forked after the extractor is loaded, so the
model's memory is shared; a `worker` reads, decodes, detects the language and extracts, and
sends back one typed result per document (`results`: Extracted, Failed, Skipped). `run` writes
each document's rows as soon as it is its turn: documents come out in doc_id order and rows
within a document by start offset, whatever the number of workers. A document that fails
becomes a row of `errors.csv`; the others go on. `report` sums the run up (`BatchReport`, the
manifest); `progress` shows it on a terminal.

Every finished document is also appended to a journal in the output folder (see
`outputs.Journal`), which `resume=True` reads to skip documents already extracted from the same
bytes; a run killed at any point and then resumed writes exactly what one uninterrupted run would.
"""

from .plan import JOURNAL_NAME, MANIFEST_NAME, BatchUsageError, default_workers, make_tasks
from .report import BatchReport
from .results import Extracted, Failed, Skipped
from .run import run_batch

__all__ = ["JOURNAL_NAME", "MANIFEST_NAME", "BatchReport", "BatchUsageError", "Extracted",
           "Failed", "Skipped", "default_workers", "make_tasks", "run_batch"]
