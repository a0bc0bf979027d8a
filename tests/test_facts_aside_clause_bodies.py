"""A body named inside the relative clause that holds an operation standing aside (`A works with B,
an agency that runs the X project with C`) works with B on that operation, an operation's role:
it is no partner of the body outside the clause (clauses.beside_asides, decide._across_aside),
while the partnership beside the clause stays."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River"),
         "Delta Project": ("OPERATION", "Delta")}


def _pairs(text: str, lang: str, learned: bool) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES, learned=learned) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("en", "The Harbour Police cooperates with the Coast Authority, a state body that leads the Delta Project "
           "together with the River Agency."),
    ("fr", "La Harbour Police coopère avec la Coast Authority, une agence publique qui conduit le Delta Project "
           "avec la River Agency."),
    ("es", "La Harbour Police colabora con la Coast Authority, una entidad pública que coordina el Delta Project "
           "junto con la River Agency."),
])
def test_a_body_in_the_clause_of_an_operation_aside_is_no_partner_outside_it(lang, text, learned):
    pairs = _pairs(text, lang, learned)
    assert ("harbour", "river") not in pairs and ("river", "harbour") not in pairs
    assert ("coast", "harbour") in pairs
