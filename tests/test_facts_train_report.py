"""The leave-one-corpus-out report of facts/train.py names only the runs it made: with no shipped
weights (no facts_model.json) there is no `shipped` run, and the report says nothing of it."""

from __future__ import annotations

from partex.facts.train import _shown


def test_a_report_without_shipped_weights_names_the_other_runs():
    line = _shown({"learned": 0.5, "rules": 0.25})
    assert "0.500" in line and "0.250" in line and "shipped" not in line


def test_a_report_with_shipped_weights_names_them():
    assert "shipped 0.750" in _shown({"learned": 0.5, "rules": 0.25, "shipped": 0.75})
