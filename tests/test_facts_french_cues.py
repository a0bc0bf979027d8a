"""French cue words of the facts stage: `échanger` as a word of cooperation, `porter un projet`
as leading it (with a pronoun for the body the sentence before opened on)."""

from __future__ import annotations

import pytest


def rows(analysis, kind: str, role: str) -> set[str]:
    return {r["norm"] for r in analysis.facts if r["type"] == kind and r["role"] == role}


@pytest.mark.parametrize("text", [
    "L'Autorité du bassin du Niger (ABN) publie ce rapport. Nous échangeons régulièrement notre expérience "
    "avec la Banque mondiale.",
    "L'Autorité du bassin du Niger (ABN) échange ses données avec la Banque mondiale.",
])
def test_exchanging_with_a_body_makes_it_the_subject_s_partner(fast, text):
    found = fast.analyse(text, doc_id="t", lang="fr")
    assert rows(found, "PARTNERSHIP", "party") == {"ABN"}
    assert rows(found, "PARTNERSHIP", "partner") == {"World Bank"}


def test_a_body_carrying_a_project_leads_it(fast):
    text = ("À Dakar, l'Autorité du bassin du Niger (ABN) forme des hydrologues. Elle porte depuis 2020 le projet "
            "HYDRONIGER, installé à Niamey.")
    assert "ABN" in rows(fast.analyse(text, doc_id="t", lang="fr"), "OPERATION", "lead")


def test_a_project_bearing_on_a_subject_has_no_lead_by_it(fast):
    text = "Le projet HYDRONIGER de l'ABN porte sur la formation de 40 hydrologues."
    analysis = fast.analyse(text, doc_id="t", lang="fr")
    assert rows(analysis, "OPERATION", "lead") <= {"ABN"}
