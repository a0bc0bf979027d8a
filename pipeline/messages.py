"""Message templates for every problem and result the tool reports, kept in one place.

Each template is formatted with keyword arguments (`str.format`). A problem line names the
file, then the row or line where there is one, then what is wrong, so that a person can fix
the input without reading a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# --- where a problem is ------------------------------------------------------------------
WHERE_FILE = "{path}"
WHERE_LINE = "{path}, {unit} {line}"
WHERE_ROW = "{unit} {line}"  # a DataFrame held in memory, numbered as its CSV line would be

# --- reading files -------------------------------------------------------------------------
FILE_MISSING = "file not found"
FOLDER_MISSING = "folder not found"
EXTRACT_MISSING = "no mentions table in this folder (looked for {names})"
NOT_UTF8 = "not valid UTF-8 ({error})"
BAD_CSV = "cannot be read as CSV ({error})"
BAD_PARQUET = "cannot be read as Parquet ({error})"
BAD_JSON = "not valid JSON ({error})"
NOT_JSON_OBJECT = "expected a JSON object, got {kind}"
OUTPUT_EXISTS = "already exists; pass --force to overwrite it"
MORE_PROBLEMS = "… and {count} more problem(s)"
EXTRACTOR_MISSING = "cannot load the extractor: {error}"

# --- gold files and extracts (one row each) -----------------------------------------------
MISSING_COLUMNS = "missing column(s) {columns} (a gold file needs {required})"
NOT_INTEGER = "{field} '{value}' is not a whole number"
NEGATIVE_START = "start {start} is negative"
EMPTY_SPAN = "start {start} is not before end {end}"
UNKNOWN_LABEL = "unknown label '{label}' (known: {known})"
EMPTY_DOC_ID = "doc_id is empty"
UNKNOWN_DOCUMENT = "doc_id '{doc_id}' names no document of the corpus"
PAST_END = "span {start}-{end} runs past the end of document '{doc_id}' ({length} characters)"
TEXT_MISMATCH = "text {text!r} is not the document's {start}-{end} {expected!r}"
OVERLAP = "span {start}-{end} ({label}) overlaps span {other_start}-{other_end} ({other_label}) at {unit} {other_line}"
DUPLICATE_ROW = "duplicate of {unit} {other_line} (same doc_id, start, end, label)"

# --- thresholds and baseline ----------------------------------------------------------------
THRESHOLD_UNKNOWN_KEY = "unknown key '{key}' (known: {known})"
THRESHOLD_UNKNOWN_METRIC = "unknown metric '{metric}' in {block} (metrics look like strict_f1, partial_recall, norm_accuracy)"
THRESHOLD_UNKNOWN_LABEL = "unknown label '{label}' in labels (known: {known})"
THRESHOLD_BAD_VALUE = "{block} {metric} is {value!r}, not a number between 0 and 1"
THRESHOLD_NOT_OBJECT = "{block} must be a JSON object of metric: minimum"

BELOW_THRESHOLD = "{who} {metric} is {got:.3f}, below the threshold {expected:.3f} ({drop:+.3f})"
BELOW_BASELINE = "{who} {metric} fell from {expected:.3f} to {got:.3f} ({drop:+.3f}), below the baseline"
BASELINE_WRITTEN = "baseline written to {path}"
BASELINE_MISSING = "no baseline at {path}: only thresholds were checked (write one with --update-baseline)"
CHECK_PASSED = "all checks passed ({count} compared)"
GOLD_EMPTY = "no mention in this gold file: it cannot check anything"
CORPUS_EMPTY = "no document in this corpus: there is nothing to check"
NOTHING_COMPARED = ("nothing was compared: no score in {thresholds} or {baseline} applies to "
                    "this gold (a gold with no mention of the labels they name?)")
CHECK_FAILED = "{count} regression(s)"

# --- the HTML report ----------------------------------------------------------------------
REPORT_DEST_KIND = "is {kind}; give a .html file or a folder name"
REPORT_NOT_A_REPORT = "is a folder that holds no partex report; choose another --html"
REPORT_NOT_MANIFEST = "not a partex manifest (expected an object with an inputs list)"
REPORT_MISSING_COLUMNS = "missing column(s) {columns}"
REPORT_FACTS_GOLD_COLUMNS = "missing column(s) {columns} (a facts gold needs {required})"
REPORT_NO_TEXT = "the text is not available (read from standard input or not listed)"
REPORT_TEXT_UNREADABLE = "the text could not be read again: {problem} (use --texts FOLDER)"
REPORT_TEXT_CHANGED = "{path} changed since the extraction: highlights are left out"
REPORT_OFFSETS_OFF = "the text does not match the mentions' offsets: highlights are left out"

# --- annotation formats ---------------------------------------------------------------------
ANN_NO_TEXT = "no text (looked for {keys})"
ANN_NO_DOC_ID = "no doc_id (looked for meta.doc_id, data.doc_id, doc_id, id, _input_hash)"
ANN_NO_SPANS = "no spans (looked for {keys}): is this a {tool} export?"
ANN_BAD_LABELS = 'not a doccano labels file (a JSON list of {"id", "text"}, or an object id: name)'
ANN_NOTHING = "no record to read (an empty export?)"
ANN_FROM_PREDICTIONS = "nobody annotated these tasks: read from their predictions"
ANN_MIN_NORMS = ("a JSON_MIN export does not say which region each norm belongs to: norms not "
                 "read (export in JSON to keep them)")
ANN_LABEL_ID = ("label {label} is a doccano label id: give the project's labels file "
                "(doccano: Labels, Export) with --labels")
ANN_BAD_TOKENS = "span {start}-{end}: tokens {first}-{last} are not in the task's tokens"
ANN_OFF_TOKENS = ("span {start}-{end} does not fall on its tokens {first}-{last}, which cover "
                  "{begins}-{ends}: fix the span or its tokens")
ANN_SPAN_IN_SPACE = ("doc_id '{doc_id}': span {start}-{end} starts or ends inside white space, "
                     "which Prodigy's tokens cannot show")
ANN_TOKEN_SPLIT = ("doc_id '{doc_id}': a mention's edge at {offset} falls inside a spaCy token: "
                   "the token is split there")
ANN_BAD_SPAN = "span {span!r} is not [start, end, label]"
ANN_BAD_REGION = "region {region!r} has no start, end and one label"
ANN_SPAN_TEXT = "span {start}-{end} says {stated!r} but the text there is {actual!r}"
ANN_SAME_DOC = "document '{doc_id}' already read at {unit} {other_line}"
ANN_BAD_DOC_ID = "doc_id '{doc_id}' cannot name a file under the texts folder"
ANN_DIFFERENT_TEXT = "{path} exists with another text; pass --force to overwrite it"
ANN_UNKNOWN_FORMAT = "unknown format '{fmt}' (known: {known})"
ANN_NO_DOCUMENT = "mention on doc_id '{doc_id}' but the corpus has no such document"


def where(path: object | None, line: int | None = None, unit: str = "line") -> str:
    """Format where a problem is: the file, and the line (or task) when there is one."""
    if path is None:
        return WHERE_ROW.format(line=line, unit=unit) if line is not None else ""
    if line is None:
        return WHERE_FILE.format(path=path)
    return WHERE_LINE.format(path=path, line=line, unit=unit)


def problem_line(path: object | None, line: int | None, message: str, unit: str = "line") -> str:
    """One line naming the file (and line) and what is wrong."""
    place = where(path, line, unit)
    return f"{place}: {message}" if place else message


@dataclass(frozen=True)
class Problem:
    """One problem with an input: where it is (file, line) and what is wrong."""

    path: str | None
    line: int | None
    message: str
    unit: str = "line"  # what `line` counts: a CSV or JSONL line, a Parquet "row", a Label Studio "task"

    def __str__(self) -> str:
        return problem_line(self.path, self.line, self.message, unit=self.unit)


class InputError(ValueError):
    """Bad input: carries every problem found, one line each.

    A problem is a `Problem` or a line of text. A document a batch cannot read carries one
    `Problem` naming its file (`InputError.about`); its `reason` is what errors.csv records.
    """

    def __init__(self, problems: Iterable[object]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def about(cls, path: object, reason: str) -> InputError:
        """The error of one file that cannot be used, for `reason` (one line)."""
        return cls([Problem(str(path), None, reason)])

    @property
    def reason(self) -> str:
        """What is wrong without where: each problem's message, one a line."""
        return "\n".join(p.message if isinstance(p, Problem) else str(p) for p in self.problems)

    def lines(self) -> list[str]:
        """The problems, one line each."""
        return [str(p) for p in self.problems]
