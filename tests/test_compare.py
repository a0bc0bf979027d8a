"""Comparing two extracts: added, removed, changed label, changed norm."""

from __future__ import annotations

import pandas as pd
import pytest

from partex.columns import GOLD_COLUMNS
from partex.compare import DIFF_COLUMNS, diff_extracts, summarise

DOC = "L’ONU et INTERPOL, en 2017."  # ONU 2-5, INTERPOL 9-17, 2017 22-26


def frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=GOLD_COLUMNS)


OLD = frame([("d", 2, 5, "ORG", "ONU", "UN"), ("d", 9, 17, "ORG", "INTERPOL", "INTERPOL"),
             ("d", 22, 26, "DATE", "2017", "2017"), ("e", 0, 3, "ORG", "ONU", "UN")])
NEW = frame([("d", 2, 5, "ORG", "ONU", "ONU"),            # norm changed
             ("d", 9, 17, "OPERATION", "INTERPOL", "x"),  # label and norm changed
             ("d", 20, 26, "DATE", "en 2017", "2017"),    # boundary moved: removed + added
             ("e", 0, 3, "ORG", "ONU", "UN")])            # unchanged


def test_diff_rows_by_kind():
    diff = diff_extracts(OLD, NEW)
    assert list(diff.columns) == list(DIFF_COLUMNS)
    assert diff[["change", "what", "doc_id", "start", "end", "old_label", "new_label", "old_norm", "new_norm"]] \
        .values.tolist() == [
        ["changed", "norm", "d", 2, 5, "ORG", "ORG", "UN", "ONU"],
        ["changed", "label,norm", "d", 9, 17, "ORG", "OPERATION", "INTERPOL", "x"],
        ["added", "", "d", 20, 26, "", "DATE", "", "2017"],
        ["removed", "", "d", 22, 26, "DATE", "", "2017", ""],
    ]
    assert summarise(diff) == {"removed": 1, "added": 1, "changed": 2}


@pytest.mark.parametrize("old, new, expected", [
    ([], [("d", 2, 5, "ORG", "ONU", "UN")], [("added", 2)]),
    ([("d", 2, 5, "ORG", "ONU", "UN")], [], [("removed", 2)]),
    ([("d", 2, 5, "ORG", "ONU", "UN")], [("d", 2, 5, "ORG", "ONU", "UN")], []),
    ([("d", 2, 5, "ORG", "ONU", "")], [("d", 2, 5, "ORG", "ONU", float("nan"))], []),  # NaN norm is ""
    ([("d", 2, 5, "ORG", "ONU", "UN")], [("d", 2, 5, "COUNTRY", "ONU", "UN")], [("changed", 2)]),
])
def test_small_cases(old, new, expected):
    diff = diff_extracts(frame(old), frame(new))
    assert list(zip(diff["change"], diff["start"])) == expected


def test_one_span_with_two_labels_pairs_the_agreeing_label_first():
    old = frame([("d", 2, 5, "ORG", "ONU", "UN"), ("d", 2, 5, "COUNTRY", "ONU", "")])
    new = frame([("d", 2, 5, "COUNTRY", "ONU", "")])
    diff = diff_extracts(old, new)
    assert diff[["change", "old_label"]].values.tolist() == [["removed", "ORG"]]


def test_context_comes_from_the_documents():
    diff = diff_extracts(frame([]), frame([("d", 9, 17, "ORG", "INTERPOL", "INTERPOL")]), {"d": DOC})
    assert diff["context"].tolist() == ["L’ONU et ⟦INTERPOL⟧, en 2017."]
