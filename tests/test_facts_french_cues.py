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


@pytest.mark.parametrize("text, leads", [
    ("L'opération Sahel Shield, une initiative conjointe d'INTERPOL et de l'Organisation mondiale des douanes (OMD), "
     "a permis 72 arrestations.", {"INTERPOL", "WCO"}),
    ("L'opération Sahel Shield, une initiative d'INTERPOL, a permis 72 arrestations.", {"INTERPOL"}),
])
def test_a_cue_may_end_on_an_elided_article(fast, text, leads):
    assert rows(fast.analyse(text, doc_id="t", lang="fr"), "OPERATION", "lead") == leads


def test_an_elision_splits_a_word_for_the_scanner_only_before_a_letter():
    from partex.facts.words import phrase_key

    assert phrase_key("une initiative d'INTERPOL") == ("une", "initiative", "d'", "interpol")
    assert phrase_key("aujourd'hui") == ("aujourd'hui",)
    assert phrase_key("INTERPOL's") == ("interpol's",)
