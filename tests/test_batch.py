"""Batch runs (partex.batch) with a fake extractor: bad inputs, order, workers, resume."""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from partex import batch, inputs
from partex.batch import BatchUsageError, make_tasks, run_batch
from partex.batch import plan, progress
from partex.columns import ENTITY_COLUMNS, FACT_COLUMNS, MENTION_COLUMNS, NETWORK_COLUMNS
from partex.extractor import Analysis

from run_fixtures import wait_for_journal

ROOT = Path(__file__).resolve().parent.parent

FR = "Coopération entre INTERPOL et l’ONU\n\nLe CCT a été créé en 2001 ; l’UNOCT travaille avec l’ONU à Genève.\n"
EN = "Cooperation between INTERPOL and the UN\n\nThe CTED works with UNODC and the UN in New York.\n"
ES = "Cooperación entre INTERPOL y la ONU\n\nLa UNODC trabaja con la ONU en Viena desde hace años.\n"
DE = "Zusammenarbeit zwischen INTERPOL und der UNO\n\nDie Behörde arbeitet seit Jahren mit der UNO.\n"


class FakeExtractor:
    """Stands in for `partex.extractor.Extractor`: every run of capitals is an ORG.

    `fail_on`: a word whose presence makes extraction raise ValueError; `crash_on`: one that
    kills the process (as an out-of-memory kill would); `stop_after`: raise KeyboardInterrupt
    when asked for that many documents (a run killed halfway).
    """

    models = {"fr": "fake_fr_model"}
    patterns_dir = None

    def __init__(self, *, fail_on: str | None = None, crash_on: str | None = None,
                 stop_after: int | None = None, delay: float = 0.0) -> None:
        self.fail_on, self.crash_on, self.stop_after, self.delay = fail_on, crash_on, stop_after, delay
        self.seen = 0

    def extract(self, text: str, *, doc_id: str, lang: str) -> list[dict]:
        self.seen += 1
        if self.stop_after is not None and self.seen > self.stop_after:
            raise KeyboardInterrupt
        if self.crash_on and self.crash_on in text:
            os._exit(9)
        if self.fail_on and self.fail_on in text:
            raise ValueError(f"cannot digest {self.fail_on}")
        if self.delay:
            time.sleep(self.delay)
        rows = []
        # reverse order on purpose: the batch must sort rows by offset
        for match in reversed(list(re.finditer(r"\b[A-Z]{2,}\b", text))):
            rows.append({"doc_id": doc_id, "start": match.start(), "end": match.end(),
                         "label": "ORG", "text": match.group(), "norm": match.group(),
                         "precision": "", "qualifier": "", "lang": lang, "section": "",
                         "sentence": 0, "source": "fake"})
        return rows

    def extract_many(self, docs):
        for doc_id, text, lang in docs:
            yield doc_id, self.extract(text, doc_id=doc_id, lang=lang)

    def analyse(self, text: str, *, doc_id: str, lang: str, publisher=None) -> Analysis:
        rows = self.extract(text, doc_id=doc_id, lang=lang)
        # a fact between the first two bodies, to see facts and the network written
        names = sorted({r["norm"] for r in rows})[:2]
        facts = [{"doc_id": doc_id, "fact": "f1", "type": "PARTNERSHIP", "role": "party",
                  "norm": n, "label": "ORG", "text": n, "start": None, "end": None,
                  "evidence_start": 0, "evidence_end": 1, "source": "fake"} for n in names] if len(names) == 2 else []
        return Analysis(doc_id, lang, rows, facts, publisher or "")

    def analyse_many(self, docs):
        for doc_id, text, lang, publisher in docs:
            yield self.analyse(text, doc_id=doc_id, lang=lang, publisher=publisher)


@pytest.fixture
def small_tasks(monkeypatch):
    """Tasks of a few documents, so that tiny test corpora really spread over the workers."""
    monkeypatch.setattr(plan, "MIN_TASK_WORDS", 20)


def factory(**options):
    return lambda: FakeExtractor(**options)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def corpus(root: Path, n: int = 12) -> Path:
    """A folder of n good French, English and Spanish documents in sub-folders."""
    texts = [FR, EN, ES]
    for i in range(n):
        write(root / f"part{i % 3}" / f"doc{i:03d}.txt", texts[i % 3].replace("INTERPOL", f"INTERPOL{i}"))
    return root


def table(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def outputs_of(out: Path) -> dict[str, bytes]:
    """Every table the batch wrote, byte for byte (the manifest has timings, so not it)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())
            if p.is_file() and not p.name.startswith(".") and p.name != "manifest.json"}


# --------------------------------------------------------------------------------------------
# Bad documents never cost the others


def test_every_bad_input_is_an_error_row_and_the_good_files_are_extracted(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_FILE_BYTES", 10_000)
    src = tmp_path / "in"
    write(src / "good.txt", FR)
    write(src / "good_cp1252.txt", FR.replace("’", "'").encode("cp1252"))
    write(src / "empty.txt", b"")
    write(src / "binary.txt", b"\x00\x01\x02GIF89a\x00")
    write(src / "undecodable.txt", bytes(range(0x80, 0x100)) * 8)
    write(src / "huge.txt", "ONU " * 5000)
    write(src / "broken.pdf", b"%PDF-1.4\ngarbage")
    write(src / "broken.docx", b"PK\x03\x04garbage")
    write(src / "german.txt", DE)
    write(src / "no_text.html", "<html><body><script>go()</script><img src=x></body></html>")
    out = tmp_path / "out"
    report = run_batch([str(src), str(tmp_path / "missing.txt")], out, workers=1,
                       extractor_factory=factory(), progress=False)
    errors = {row["doc_id"]: row["reason"] for row in table(out / "errors.csv")}
    assert set(errors) == {"empty", "binary", "undecodable", "huge", "broken", "broken~2",
                           "german", "no_text", "missing"}
    assert errors["empty"] == "empty file"
    assert errors["binary"].startswith("binary")
    assert errors["huge"].startswith("too large")
    assert {errors["broken"][:11], errors["broken~2"][:10]} == {"broken DOCX", "broken PDF"}
    assert errors["german"] == "unsupported language: de"
    assert errors["missing"] == "no such file or folder"
    assert {r["doc_id"] for r in table(out / "mentions.csv")} == {"good", "good_cp1252"}
    assert (report.ok, report.failed, report.skipped, report.documents) == (2, 9, 0, 11)
    assert report.exit_code == 3


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_an_error_row(tmp_path):
    src = corpus(tmp_path / "in", 2)
    locked = write(src / "locked.txt", FR)
    locked.chmod(0)
    try:
        report = run_batch([str(src)], tmp_path / "out", workers=1, extractor_factory=factory(),
                           progress=False)
    finally:
        locked.chmod(0o644)
    assert table(tmp_path / "out" / "errors.csv")[0]["reason"] == "unreadable: permission denied"
    assert report.ok == 2


def test_a_document_the_extractor_chokes_on_is_reported_and_its_batch_mates_extracted(tmp_path):
    src = corpus(tmp_path / "in", 6)
    write(src / "part0" / "doc001b.txt", FR + "\nBOOM\n")
    report = run_batch([str(src)], tmp_path / "out", workers=1, lang="fr",
                       extractor_factory=factory(fail_on="BOOM"), progress=False)
    assert table(tmp_path / "out" / "errors.csv") == [{
        "doc_id": "part0/doc001b", "path": str(src / "part0" / "doc001b.txt"),
        "reason": "extraction failed: ValueError: cannot digest BOOM"}]
    assert report.ok == 6


def test_a_document_that_kills_its_worker_is_reported_and_the_others_extracted(tmp_path, small_tasks):
    src = corpus(tmp_path / "in", 9)
    write(src / "part1" / "doc004b.txt", FR + "\nCRASH\n")
    report = run_batch([str(src)], tmp_path / "out", workers=2, lang="fr",
                       extractor_factory=factory(crash_on="CRASH"), progress=False)
    (error,) = table(tmp_path / "out" / "errors.csv")
    assert error["doc_id"] == "part1/doc004b" and error["reason"].startswith("worker process died")
    assert report.ok == 9
    assert len({r["doc_id"] for r in table(tmp_path / "out" / "mentions.csv")}) == 9


def test_all_good_exit_code_is_zero(tmp_path):
    report = run_batch([str(corpus(tmp_path / "in", 3))], tmp_path / "out", workers=1,
                       extractor_factory=factory(), progress=False)
    assert (report.ok, report.failed, report.exit_code) == (3, 0, 0)
    assert table(tmp_path / "out" / "errors.csv") == []


# --------------------------------------------------------------------------------------------
# Same text, same mentions


def test_cp1252_and_utf16_twins_give_the_same_mentions_as_utf8(tmp_path):
    text = FR.replace("’", "'")
    write(tmp_path / "in" / "a_utf8.txt", text)
    write(tmp_path / "in" / "b_cp1252.txt", text.encode("cp1252"))
    write(tmp_path / "in" / "c_utf16.txt", text.encode("utf-16"))
    write(tmp_path / "in" / "d_bom_crlf.txt", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    run_batch([str(tmp_path / "in")], tmp_path / "out", workers=1, extractor_factory=factory(),
              progress=False)
    rows = table(tmp_path / "out" / "mentions.csv")
    by_doc: dict[str, list] = {}
    for row in rows:
        by_doc.setdefault(row.pop("doc_id"), []).append(row)
    assert len(by_doc) == 4 and by_doc["a_utf8"]
    assert all(found == by_doc["a_utf8"] for found in by_doc.values())


# --------------------------------------------------------------------------------------------
# Order, workers, formats


def test_mentions_are_sorted_by_doc_id_then_start(tmp_path, small_tasks):
    run_batch([str(corpus(tmp_path / "in"))], tmp_path / "out", workers=2,
              extractor_factory=factory(), progress=False)
    rows = table(tmp_path / "out" / "mentions.csv")
    keys = [(r["doc_id"], int(r["start"])) for r in rows]
    assert keys == sorted(keys) and len(rows) > 12


def test_two_workers_write_the_same_output_as_one(tmp_path, small_tasks):
    src = corpus(tmp_path / "in", 30)
    formats = ("csv", "parquet", "jsonl")
    for workers in (1, 2):
        run_batch([str(src)], tmp_path / f"out{workers}", workers=workers, formats=formats,
                  extractor_factory=factory(), progress=False)
    assert outputs_of(tmp_path / "out1") == outputs_of(tmp_path / "out2")
    assert set(outputs_of(tmp_path / "out1")) == {f"{t}.{f}" for t in ("mentions", "entities", "facts", "network", "errors")
                                                  for f in formats}


def test_parquet_and_jsonl_hold_the_csv_rows(tmp_path):
    run_batch([str(corpus(tmp_path / "in", 6))], tmp_path / "out", workers=1,
              formats=("csv", "parquet", "jsonl"), extractor_factory=factory(), progress=False)
    out = tmp_path / "out"
    from_csv = pd.read_csv(out / "mentions.csv", keep_default_na=False, dtype=str)
    for frame in (pd.read_parquet(out / "mentions.parquet"),
                  pd.read_json(out / "mentions.jsonl", lines=True, dtype=False)):
        assert list(frame.columns) == list(MENTION_COLUMNS)
        # empty values are nulls in Parquet and JSON Lines, empty cells in CSV
        assert frame.astype(object).where(frame.notna(), "").astype(str).equals(from_csv)
    assert list(pd.read_parquet(out / "entities.parquet").columns) == list(ENTITY_COLUMNS)


def test_every_format_written_reads_back_as_the_same_extract(tmp_path):
    from partex.gold import load_extract

    src = corpus(tmp_path / "in", 6)
    write(src / "-dash.txt", FR)
    write(src / "@at.txt", EN)
    outs = {fmt: tmp_path / fmt for fmt in ("csv", "parquet", "jsonl")}
    for fmt, out in outs.items():
        run_batch([str(src)], out, workers=1, formats=(fmt,), extractor_factory=factory(), progress=False)
    extracts = {fmt: load_extract(out).reset_index(drop=True) for fmt, out in outs.items()}
    assert {"-dash", "@at"} <= set(extracts["csv"]["doc_id"])
    for fmt in ("parquet", "jsonl"):
        pd.testing.assert_frame_equal(extracts[fmt], extracts["csv"])


def test_errors_csv_is_written_even_when_csv_is_not_asked(tmp_path):
    run_batch([str(corpus(tmp_path / "in", 3))], tmp_path / "out", workers=1, formats=("jsonl",),
              extractor_factory=factory(), progress=False)
    names = {p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")}
    assert names == {"mentions.jsonl", "entities.jsonl", "facts.jsonl", "network.jsonl",
                     "errors.jsonl", "errors.csv", "manifest.json"}


def test_entities_are_counted_per_document(tmp_path):
    write(tmp_path / "in" / "a.txt", FR)
    run_batch([str(tmp_path / "in")], tmp_path / "out", workers=1, extractor_factory=factory(),
              progress=False)
    entities = {r["norm"]: r for r in table(tmp_path / "out" / "entities.csv")}
    assert entities["ONU"]["count"] == "2" and entities["ONU"]["forms"] == "ONU (2)"


def test_tasks_are_sized_in_words_not_documents():
    sources = [inputs.Source(f"d{i}", f"d{i}.txt", "txt", size=650) for i in range(100)]  # ~100 words
    tasks = make_tasks(sources, {}, workers=1, task_words=1000)
    assert plan.MIN_TASK_WORDS <= 1000
    sizes = [len(t) for t in tasks]
    assert sizes[:6] == [10] * 6  # 1000 words each while plenty is left
    assert sum(sizes) == 100


def test_tasks_shrink_towards_the_end_so_that_workers_finish_together():
    sources = [inputs.Source(f"d{i}", f"d{i}.txt", "txt", size=650) for i in range(400)]  # ~100 words
    sizes = [len(t) for t in make_tasks(sources, {}, workers=2, task_words=2000)]
    assert sizes[0] == 20 and sum(sizes) == 400
    assert sizes == sorted(sizes, reverse=True)  # never larger than the one before
    # none smaller than the floor but the remainder, and the last ones well below the first
    assert all(size * 100 >= plan.MIN_TASK_WORDS for size in sizes[:-1])
    assert sizes[-2] * 100 <= 1000
    big = [inputs.Source("big", "big.txt", "txt", size=6_500_000)] + sources[:3]
    assert [len(t) for t in make_tasks(big, {}, workers=1, task_words=1000)] == [1, 3]


# --------------------------------------------------------------------------------------------
# Manifest


def test_manifest_records_versions_inputs_and_counts(tmp_path):
    src = corpus(tmp_path / "in", 3)
    write(src / "empty.txt", "")
    report = run_batch([str(src)], tmp_path / "out", workers=1, extractor_factory=factory(),
                       progress=False)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["partex"] and manifest["spacy"]
    assert manifest["models"] == {"fr": {"name": "fake_fr_model", "version": None}}
    assert re.fullmatch(r"[0-9a-f]{64}", manifest["patterns_sha256"])
    assert manifest["counts"] == {"documents": 4, "ok": 3, "failed": 1, "skipped": 0,
                                  "mentions": report.mentions, "words": report.words}
    by_id = {i["doc_id"]: i for i in manifest["inputs"]}
    assert by_id["empty"]["status"] == "error" and by_id["empty"]["reason"] == "empty file"
    assert by_id["part0/doc000"]["lang"] == "fr" and by_id["part1/doc001"]["lang"] == "en"
    assert re.fullmatch(r"[0-9a-f]{64}", by_id["part0/doc000"]["sha256"])
    assert sum(i["mentions"] for i in manifest["inputs"]) == report.mentions


# --------------------------------------------------------------------------------------------
# Overwriting and resuming


def test_existing_outputs_are_not_overwritten_without_force(tmp_path):
    src = corpus(tmp_path / "in", 3)
    out = tmp_path / "out"
    run_batch([str(src)], out, workers=1, extractor_factory=factory(), progress=False)
    before = outputs_of(out)
    with pytest.raises(BatchUsageError, match=r"mentions\.csv.*--force"):
        run_batch([str(src)], out, workers=1, extractor_factory=factory(), progress=False)
    assert outputs_of(out) == before
    run_batch([str(src)], out, workers=1, force=True, extractor_factory=factory(), progress=False)


def test_a_run_killed_halfway_then_resumed_writes_what_one_run_writes(tmp_path, small_tasks):
    src = corpus(tmp_path / "in", 30)
    write(src / "empty.txt", "")
    formats = ("csv", "parquet")
    run_batch([str(src)], tmp_path / "whole", workers=1, formats=formats,
              extractor_factory=factory(), progress=False)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(src)], out, workers=1, formats=formats,
                  extractor_factory=factory(stop_after=13), progress=False)
    assert outputs_of(out) == {}  # nothing final after a killed run
    with pytest.raises(BatchUsageError, match="--resume"):
        run_batch([str(src)], out, workers=1, formats=formats, extractor_factory=factory(),
                  progress=False)
    report = run_batch([str(src)], out, workers=2, formats=formats, resume=True,
                       extractor_factory=factory(), progress=False)
    assert report.skipped > 0 and report.ok + report.skipped == 30 and report.failed == 1
    assert outputs_of(out) == outputs_of(tmp_path / "whole")


def test_resume_re_extracts_changed_and_new_documents_only(tmp_path):
    src = corpus(tmp_path / "in", 6)
    out = tmp_path / "out"
    run_batch([str(src)], out, workers=1, extractor_factory=factory(), progress=False)
    write(src / "part0" / "doc000.txt", FR.replace("INTERPOL", "OMD"))
    write(src / "part2" / "new.txt", ES)
    report = run_batch([str(src)], out, workers=1, resume=True, extractor_factory=factory(),
                       progress=False)
    assert (report.ok, report.skipped) == (2, 5)
    run_batch([str(src)], tmp_path / "fresh", workers=1, extractor_factory=factory(),
              progress=False)
    assert outputs_of(out) == outputs_of(tmp_path / "fresh")
    manifest = json.loads((out / "manifest.json").read_text())
    assert {i["doc_id"]: i["status"] for i in manifest["inputs"]}["part0/doc000"] == "ok"
    assert {i["doc_id"]: i["status"] for i in manifest["inputs"]}["part0/doc003"] == "skipped"


def test_resume_with_other_options_is_refused(tmp_path):
    src = corpus(tmp_path / "in", 3)
    run_batch([str(src)], tmp_path / "out", workers=1, extractor_factory=factory(), progress=False)
    with pytest.raises(BatchUsageError, match="other settings.*fast"):
        run_batch([str(src)], tmp_path / "out", workers=1, fast=True, resume=True,
                  extractor_factory=factory(), progress=False)


KILL_SCRIPT = """
import sys
sys.path[:0] = [{root!r}, {tests!r}]
from test_batch import FakeExtractor
from partex.batch import plan, run_batch
plan.MIN_TASK_WORDS = 20
run_batch([{src!r}], {out!r}, workers=2, resume=True, progress=False,
          extractor_factory=lambda: FakeExtractor(delay={delay}))
"""


def test_a_process_killed_with_sigkill_then_resumed_writes_what_one_run_writes(tmp_path):
    src = corpus(tmp_path / "in", 40)
    out = tmp_path / "out"
    script = tmp_path / "run.py"
    script.write_text(KILL_SCRIPT.format(root=str(ROOT), tests=str(ROOT / "tests"), src=str(src),
                                         out=str(out), delay=0.05))
    process = subprocess.Popen([sys.executable, str(script)], start_new_session=True)
    wait_for_journal(process, out / batch.JOURNAL_NAME, 10)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert not (out / "mentions.csv").exists()
    report = run_batch([str(src)], out, workers=2, resume=True, extractor_factory=factory(),
                       progress=False)
    assert report.skipped >= 10
    run_batch([str(src)], tmp_path / "whole", workers=1, extractor_factory=factory(),
              progress=False)
    assert outputs_of(out) == outputs_of(tmp_path / "whole")


# --------------------------------------------------------------------------------------------
# Languages and usage


def test_forced_language_processes_what_detection_would_refuse(tmp_path):
    write(tmp_path / "in" / "de.txt", DE)
    report = run_batch([str(tmp_path / "in")], tmp_path / "out", workers=1, lang="fr",
                       extractor_factory=factory(), progress=False)
    assert report.ok == 1
    assert {r["lang"] for r in table(tmp_path / "out" / "mentions.csv")} == {"fr"}


@pytest.mark.parametrize("options, message", [
    ({"formats": ("xlsx",)}, "unknown output format: xlsx"),
    ({"lang": "de"}, "unsupported language 'de'"),
    ({"workers": 0}, "workers must be at least 1"),
])
def test_bad_usage_is_refused_before_anything_runs(tmp_path, options, message):
    with pytest.raises(BatchUsageError, match=message):
        run_batch([str(corpus(tmp_path / "in", 1))], tmp_path / "out",
                  extractor_factory=factory(), progress=False, **options)
    assert not (tmp_path / "out").exists()


def test_no_input_document_is_bad_usage(tmp_path):
    (tmp_path / "in").mkdir()
    with pytest.raises(BatchUsageError, match="no input document"):
        run_batch([str(tmp_path / "in")], tmp_path / "out", extractor_factory=factory(),
                  progress=False)


def test_progress_bar_can_be_forced_on(tmp_path, capsys):
    report = run_batch([str(corpus(tmp_path / "in", 3))], tmp_path / "out", workers=1,
                       extractor_factory=factory(), progress=True)
    assert report.ok == 3
    assert capsys.readouterr().out == ""


def test_progress_is_silent_in_pipes_and_under_ci(monkeypatch):
    monkeypatch.setenv("CI", "1")
    assert progress.show_progress(None) is False
    monkeypatch.delenv("CI")
    assert progress.show_progress(None) is sys.stderr.isatty()


def test_stdin_is_a_document(tmp_path, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FR.encode())))
    run_batch(["-"], tmp_path / "out", workers=1, extractor_factory=factory(), progress=False)
    assert {r["doc_id"] for r in table(tmp_path / "out" / "mentions.csv")} == {"stdin"}



def test_a_worker_dying_while_tasks_are_submitted_costs_only_its_document(monkeypatch):
    """The pool breaks between two results: submit() raises, and the batch goes on."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from partex.batch import pool as pool_module
    from partex.batch.results import Failed

    class BreakingPool:
        """Runs tasks at once; the task holding doc "crash" kills it, and later submits fail."""

        def __init__(self, *_: object, **__: object) -> None:
            self.broken = False

        def submit(self, fn, task):
            if self.broken:
                raise BrokenProcessPool("A child process terminated abruptly")
            future = Future()
            if any(source.doc_id == "crash" for source, _ in task):
                self.broken = True
                future.set_exception(BrokenProcessPool("A child process terminated abruptly"))
            else:
                future.set_result(fn(task))
            return future

        def shutdown(self, **_: object) -> None:
            pass

    monkeypatch.setattr(pool_module, "_new_pool", BreakingPool)
    monkeypatch.setattr(pool_module, "run_task",
                        lambda task: [Failed(s.doc_id, s.path, s.fmt, "ran") for s, _ in task])
    tasks = [[(inputs.Source(doc_id, f"{doc_id}.txt", "txt"), None)] for doc_id in ("a", "crash", "b", "c")]
    results = list(pool_module.run_parallel(tasks, workers=2))
    assert [(r.doc_id, r.reason[:19]) for r in results] == [
        ("a", "ran"), ("crash", "worker process died"), ("b", "ran"), ("c", "ran")]


def test_facts_and_the_network_are_written_and_survive_resume(tmp_path):
    src = corpus(tmp_path / "in", 4)
    run_batch([str(src)], tmp_path / "out", workers=2, extractor_factory=factory(), progress=False)
    facts = pd.read_csv(tmp_path / "out" / "facts.csv", keep_default_na=False)
    network = pd.read_csv(tmp_path / "out" / "network.csv", keep_default_na=False)
    assert list(facts.columns) == list(FACT_COLUMNS) and not facts.empty
    assert list(network.columns) == list(NETWORK_COLUMNS)
    # each edge is a pair the facts state, counted once per document that states it
    pairs = facts.groupby(["doc_id", "fact"])["norm"].apply(lambda n: tuple(sorted(n)))
    expected = pairs.value_counts()
    assert {(r.a, r.b): r.documents for r in network.itertuples()} == dict(expected)
    first = (tmp_path / "out" / "network.csv").read_bytes()
    run_batch([str(src)], tmp_path / "out", workers=1, extractor_factory=factory(), progress=False,
              resume=True)
    assert (tmp_path / "out" / "network.csv").read_bytes() == first
