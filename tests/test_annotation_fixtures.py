"""Real export shapes of each annotation tool, built from their documentation (tests/fixtures/
annotations): imported, exported for each tool, and imported again unchanged (issue 16.3)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from partex.annotations import (FORMATS, dumps_annotations, export_annotations, import_annotations,
                                read_label_ids)
from partex.cli import app
from partex.messages import InputError

FIXTURES = Path(__file__).parent / "fixtures" / "annotations"
T1 = "L’ONUDC et INTERPOL ont signé un accord le 3 mai 2019."
T2 = "The UN met 12 partners in Lyon."


def spans(text: str, *marked: tuple[str, str, str]) -> list[tuple]:
    return [(text.index(s), text.index(s) + len(s), label, s, norm) for s, label, norm in marked]


FR = spans(T1, ("ONUDC", "ORG", "UNODC"), ("INTERPOL", "ORG", "INTERPOL"), ("3 mai 2019", "DATE", "2019-05-03"))
EN = spans(T2, ("UN", "ORG", "UN"), ("12 partners", "FIGURE", "12 partner"), ("Lyon", "LOCATION", "Lyon"))


def expected(first: str, second: str, norms: bool) -> list[list]:
    return [[doc_id, start, end, label, text, norm if norms else ""]
            for doc_id, marked in ((first, FR), (second, EN)) for start, end, label, text, norm in marked]


# fixture, doc_ids the tool's records give, whether the shape carries norms, import options
CASES = {
    "labelstudio_full.json": ("labelstudio", "fr_accord", "en_meeting", True, {}),
    "labelstudio_min.json": ("labelstudio", "fr_accord", "102", False, {}),
    "prodigy_ner_manual.jsonl": ("prodigy", "-1138562346", "873123441", False, {}),
    "doccano_label.jsonl": ("doccano", "fr_accord", "2", False, {}),
    "doccano_annotations.jsonl": ("doccano", "fr_accord", "2", False,
                                  {"label_ids": read_label_ids(FIXTURES / "doccano_labels.json")}),
}



@pytest.mark.parametrize("name", CASES)
def test_each_documented_export_shape_is_read(name):
    tool, first, second, norms, options = CASES[name]
    gold, texts = import_annotations(tool, FIXTURES / name, **options)
    assert texts == {first: T1, second: T2}
    assert sorted(gold.values.tolist()) == sorted(expected(first, second, norms))


def test_prodigy_spans_manual_reads_accepted_records_only():
    gold, texts = import_annotations("prodigy", FIXTURES / "prodigy_spans.jsonl")
    assert texts == {"-1138562346": T1}  # the other record was ignored
    assert sorted(gold.values.tolist()) == sorted(expected("-1138562346", "-", False)[:3])


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("target", FORMATS)
def test_imported_then_exported_then_imported_again_is_identical(tmp_path, name, target):
    tool, *_, options = CASES[name]
    gold, texts = import_annotations(tool, FIXTURES / name, **options)
    path = tmp_path / f"export.{target}"
    path.write_text(dumps_annotations(target, export_annotations(target, gold, texts)), encoding="utf-8")
    again, texts_again = import_annotations(target, path)
    assert texts_again == texts
    assert sorted(again.values.tolist()) == sorted(gold.values.tolist())


def test_a_prodigy_export_loads_as_ner_manual_tasks_with_token_indices():
    gold, texts = import_annotations("labelstudio", FIXTURES / "labelstudio_full.json")
    task = next(t for t in export_annotations("prodigy", gold, texts) if t["text"] == T1)
    tokens = task["tokens"]
    for span in task["spans"]:
        assert tokens[span["token_start"]]["start"] == span["start"]
        assert tokens[span["token_end"]]["end"] == span["end"]
    assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == T1


def test_a_mention_inside_a_token_splits_the_token_and_says_so():
    import pandas as pd

    text = "Prévu mi-2019."
    mentions = pd.DataFrame([("d", 9, 13, "DATE", "2019", "2019", "fr")],
                            columns=["doc_id", "start", "end", "label", "text", "norm", "lang"])
    notes: list[str] = []
    (task,) = export_annotations("prodigy", mentions, {"d": text}, notes)
    assert [t["text"] for t in task["tokens"]] == ["Prévu", "mi-", "2019", "."]
    assert task["spans"][0]["token_start"] == task["spans"][0]["token_end"] == 2
    assert notes == ["doc_id 'd': a mention's edge at 9 falls inside a spaCy token: the token is split there"]


def test_prodigy_spans_off_their_tokens_are_reported_not_moved(tmp_path):
    record = json.loads((FIXTURES / "prodigy_ner_manual.jsonl").read_text().splitlines()[0])
    record["spans"][0]["token_end"] += 1  # ONUDC now claims "ONUDC et"
    path = tmp_path / "db.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n")
    with pytest.raises(InputError) as caught:
        import_annotations("prodigy", path)
    assert caught.value.lines() == [f"{path}, line 1: span 2-7 does not fall on its tokens 1-2, "
                                    "which cover 2-10: fix the span or its tokens"]


def test_doccano_label_ids_without_the_labels_file_fail_loudly():
    with pytest.raises(InputError) as caught:
        import_annotations("doccano", FIXTURES / "doccano_annotations.jsonl")
    assert "label 4 is a doccano label id" in caught.value.lines()[0]


@pytest.mark.parametrize("name, tool", [("labelstudio_full.json", "doccano"),
                                        ("prodigy_ner_manual.jsonl", "doccano"),
                                        ("doccano_label.jsonl", "prodigy")])
def test_a_file_of_another_tool_fails_loudly_instead_of_reading_as_empty(name, tool):
    with pytest.raises(InputError):
        import_annotations(tool, FIXTURES / name)


def test_an_empty_export_is_an_error(tmp_path):
    (tmp_path / "empty.jsonl").write_text("")
    with pytest.raises(InputError, match="no record to read"):
        import_annotations("prodigy", tmp_path / "empty.jsonl")


def test_a_task_nobody_annotated_is_read_from_its_predictions_with_a_note(tmp_path):
    tasks = json.loads((FIXTURES / "labelstudio_full.json").read_text())
    tasks[1]["predictions"] = [{"model_version": "x", "result": tasks[1].pop("annotations")[0]["result"]}]
    path = tmp_path / "ls.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False))
    notes: list[str] = []
    gold, _ = import_annotations("labelstudio", path, notes=notes)
    assert len(gold) == 6
    assert notes == [f"{path}: nobody annotated these tasks: read from their predictions (task 2)"]


def test_json_min_norms_cannot_be_placed_and_are_noted(tmp_path):
    items = json.loads((FIXTURES / "labelstudio_min.json").read_text())
    items[0]["norm"] = ["UNODC", "INTERPOL", "2019-05-03"]
    path = tmp_path / "min.json"
    path.write_text(json.dumps(items, ensure_ascii=False))
    notes: list[str] = []
    gold, _ = import_annotations("labelstudio", path, notes=notes)
    assert set(gold["norm"]) == {""} and "norms not read" in notes[0]


def test_the_command_reads_doccano_label_ids_with_the_labels_file(tmp_path):
    shutil.copy(FIXTURES / "doccano_annotations.jsonl", tmp_path)
    result = CliRunner().invoke(app, ["gold", "import", str(tmp_path / "doccano_annotations.jsonl"),
                                      "--from", "doccano", "--labels", str(FIXTURES / "doccano_labels.json"),
                                      "--out", str(tmp_path / "gold.csv")])
    assert result.exit_code == 0, result.output
    assert "6 mentions in 2 documents" in result.output
