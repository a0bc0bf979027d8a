"""Partners of an operation named in its run: the subject of a verb of contribution (`UNICEF
supports …`, `el PNUD apoya …`, `l'OIM accompagne …`), not where it supports the publisher's own
projects (`soutient nos projets`), and the bodies the operation itself brings together
(`l'opération X réunit A et B`)."""

from __future__ import annotations

import pytest


def _partners(fast, text, lang):
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang)
    return {t[3] for fact in records(analysis.facts) for t in fact.tuples
            if t[0] == "OPERATION" and t[2] == "partner"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Blue Shield ran in Ghana in 2019. UNICEF contributed its field teams to the checks."),
    ("fr", "L'opération Bouclier bleu s'est déroulée au Ghana en 2019. L'UNICEF a contribué ses équipes aux contrôles."),
    ("es", "La operación Escudo Azul se desarrolló en Ghana en 2019. El UNICEF apoya los controles en la frontera."),
])
def test_the_subject_of_a_verb_of_contribution_is_a_partner(fast, lang, text):
    assert "unicef" in {p.lower() for p in _partners(fast, text, lang)}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Depuis 2015, l'opération Bouclier bleu réunit l'UNICEF et l'OMS au Ghana."),
    ("es", "Desde 2015, la operación Escudo Azul reúne a UNICEF y la OMS en Ghana."),
    ("en", "Since 2015, Operation Blue Shield brings together UNICEF and WHO in Ghana."),
])
def test_the_bodies_the_operation_brings_together_are_partners(fast, lang, text):
    assert {"unicef", "who"} <= {p.lower() for p in _partners(fast, text, lang)}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous menons l'opération Bouclier bleu au Ghana. L'UNICEF soutient également nos projets."),
    ("en", "We run Operation Blue Shield in Ghana. UNICEF also supports our projects."),
])
def test_support_of_the_publishers_own_projects_is_no_partner(fast, lang, text):
    assert "unicef" not in {p.lower() for p in _partners(fast, text, lang)}
