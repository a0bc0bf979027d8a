"""Bodies named together as the subject of a cue whose partners follow at once (`A y B trabajan
con C y D`) each work with the partners, not with each other (FACTS.md; facts-26, issue 11); joint
doers with a supporter (`A y B refuerzan … con apoyo de C`) stay a pair."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


def _pairs(fast, text: str, lang: str) -> set:
    return {t[1] for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("es", "En la región, la OMS y el UNICEF trabajan con la FAO y el PMA para mejorar la nutrición."),
    ("en", "In the region, WHO and UNICEF work with FAO and WFP to improve nutrition."),
])
def test_a_joint_subject_is_no_pair_of_its_own(fast, lang, text):
    pairs = _pairs(fast, text, lang)
    assert {("fao", "who"), ("unicef", "wfp")} <= pairs
    assert ("unicef", "who") not in pairs


def test_a_joint_subject_is_no_pair_in_french(fast):
    text = ("Au Pérou, le ministère de la Culture et la Police nationale du Pérou travaillent avec le ministère "
            "des Affaires étrangères et le parquet pour récupérer des pièces.")
    assert not any("police nationale du pérou" in p and "ministère de la culture" in p for p in _pairs(fast, text, "fr"))


def test_joint_doers_with_a_supporter_stay_a_pair(fast):
    text = "La FAO y el PMA refuerzan la vigilancia con apoyo de la Unión Europea."
    assert ("fao", "wfp") in _pairs(fast, text, "es")
