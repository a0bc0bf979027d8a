"""Choosing the learned membership reader's threshold (`member_train.chosen`) from out-of-fold counts:
the best F1 of the rules with the model's additions, or the lowest threshold at which the model
alone is as precise as asked."""

from __future__ import annotations

import pytest


def _counts(tp: int, pred: int, gold: int = 100):
    from partex.facts.score import Counts

    c = Counts()
    c.tp, c.pred, c.gold = tp, pred, gold
    return c


def _tables(added: dict[float, tuple[int, int]], only: dict[float, tuple[int, int]]):
    from partex.facts.member_train import _THRESHOLDS

    def fill(table: dict, t: float) -> object:  # each threshold's counts are those of the last one given
        return _counts(*table[max(k for k in table if k <= t)])

    return {t: fill(added, t) for t in _THRESHOLDS}, {t: fill(only, t) for t in _THRESHOLDS}


@pytest.mark.parametrize("added, expected", [
    ({0.2: (80, 120), 0.5: (85, 100), 0.55: (78, 90)}, 0.5),      # the best F1 of the rules with the additions
    ({0.2: (80, 100), 0.5: (80, 100), 0.99: (80, 100)}, 0.99),   # a tie: the highest, the fewest added
])
def test_the_default_threshold_is_the_best_f1_of_the_rules_with_the_additions(added, expected):
    from partex.facts.member_train import chosen

    assert chosen(*_tables(added, {0.2: (0, 0)}), None) == expected


@pytest.mark.parametrize("only, expected", [
    ({0.2: (50, 100), 0.6: (45, 50), 0.8: (30, 33)}, 0.6),   # the lowest threshold at 0.9 precision
    ({0.2: (50, 100), 0.6: (18, 19), 0.8: (10, 10)}, 0.99),  # too few kept to trust: the highest
])
def test_a_precision_asked_chooses_the_lowest_threshold_that_reaches_it(only, expected):
    from partex.facts.member_train import chosen

    assert chosen(*_tables({0.2: (80, 100)}, only), 0.9) == expected
