"""The agents of a participle of leading or publishing (`dirigé par A et B`, `led by A and B`,
`publicado por A y B`) did it together: every two of them are partners (class `made_by`,
cosubjects.py), as the makers of a work are."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"),
         "River Agency": ("ORG", "River"), "Ghana": ("COUNTRY", "GHA")}


def _pairs(text: str, lang: str) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("en", "The task force is led by the Harbour Police and the Coast Authority, with officers from five ports."),
    ("en", "A study published in 2021 by the Harbour Police and the Coast Authority counted the wrecks."),
    ("fr", "Le groupe est dirigé par la Harbour Police et la Coast Authority depuis sa création."),
    ("fr", "Selon une étude publiée en 2021 par la Harbour Police et la Coast Authority, les épaves ont doublé."),
    ("es", "El grupo está liderado por la Harbour Police y la Coast Authority desde su creación."),
    ("es", "Un informe elaborado por la Harbour Police y la Coast Authority cuenta los naufragios."),
])
def test_joint_leaders_and_authors_are_partners(lang, text):
    assert _pairs(text, lang) == {("coast", "harbour")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The task force is led by the Harbour Police or the Coast Authority, in turn."),
    ("fr", "Le groupe est dirigé par la Harbour Police, puis la Coast Authority a rejoint le port."),
])
def test_alternatives_and_a_single_leader_are_no_pair(lang, text):
    assert ("coast", "harbour") not in _pairs(text, lang)
