"""A lead verb its agent marker follows right after is a participle (`implemented by`, `coordinated
by`: English writes the active past and the participle alike): the agent leads the operation, the
bodies named before the participle do not (they fund it, or take part)."""

from __future__ import annotations

import pytest

from facts_helpers import operation_tuples


@pytest.mark.parametrize("text", [
    "The Harbour Light programme, co-financed with the World Bank and implemented by UNICEF, repairs schools.",
    "Much of the work is done through the Harbour Light programme, funded by the World Bank and coordinated by "
    "UNICEF.",
])
def test_the_bodies_before_a_passive_lead_participle_do_not_lead(fast, text):
    found = operation_tuples(fast, text, "en")
    assert any(t[1] == "lead" and t[2] == "unicef" for t in found), found
    assert not any(t[1] == "lead" and t[2] == "world bank" for t in found), found


def test_an_active_lead_verb_still_makes_its_subject_lead(fast):
    found = operation_tuples(fast, "UNICEF implemented the Harbour Light programme with the World Bank.", "en")
    assert any(t[1] == "lead" and t[2] == "unicef" for t in found), found


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'UNICEF coordonne par ailleurs le programme Phare du Port avec la Banque mondiale."),
    ("es", "El UNICEF coordina por segunda vez el programa Faro del Puerto con el Banco Mundial."),
    ("en", "UNICEF has led by example the Harbour Light programme with the World Bank since 2019."),
])
def test_an_agent_marker_no_body_follows_leaves_the_verb_active(fast, lang, text):
    """`coordonne par ailleurs`, `coordina por segunda vez`, `led by example`: no agent follows."""
    found = operation_tuples(fast, text, lang)
    assert any(t[1] == "lead" and t[2] == "unicef" for t in found), found
