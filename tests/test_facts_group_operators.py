"""Operators and regulators are bodies a number names back (`The three operators have long cooperated with X`,
`Les trois régulateurs coopèrent avec X`, `Los dos operadores colaboran con X`: class `group_head`),
and bodies named back together as the subject of a cue whose partner follows each work with that
partner, not with each other (decide._one_side, FACTS.md pairs), as a listed subject does."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Northgrid": ("ORG", "Northgrid"), "Southgrid": ("ORG", "Southgrid"), "Eastgrid": ("ORG", "Eastgrid"),
         "Grid Council": ("ORG", "Grid Council")}
WITH_COUNCIL = {("grid council", "northgrid"), ("grid council", "southgrid"), ("eastgrid", "grid council")}


def _pairs(text: str, lang: str, learned: bool) -> set:
    found = rule_tuples(text, lang, NAMES, learned=learned)
    return {tuple(sorted(t[1])) for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("en", "Northgrid serves the north, Southgrid the south and Eastgrid the east.\n"
           "The three regulators have long cooperated with the Grid Council."),
    ("en", "Northgrid serves the north, Southgrid the south and Eastgrid the east.\n"
           "The three operators have long cooperated with the Grid Council."),
    ("fr", "Northgrid dessert le nord, Southgrid le sud et Eastgrid l'est.\n"
           "Les trois régulateurs collaborent depuis longtemps avec le Grid Council."),
    ("es", "Northgrid abastece el norte, Southgrid el sur y Eastgrid el este.\n"
           "Los tres reguladores colaboran desde hace años con el Grid Council."),
])
def test_operators_named_back_each_work_with_the_partner(lang, text, learned):
    assert _pairs(text, lang, learned) == WITH_COUNCIL
