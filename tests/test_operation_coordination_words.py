"""Lead wording of operations: `under the coordination of`/`sous la coordination de`/`bajo la
coordinación de`, and lead verbs in the past with a plural subject (`lanzaron`, `ont piloté`)."""

from __future__ import annotations

import pytest


def _leads(fast, text, lang):
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang)
    return {t[3] for fact in records(analysis.facts) for t in fact.tuples
            if t[0] == "OPERATION" and t[2] == "lead"}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Blue Shield Programme runs in Ghana under the coordination of the African Union."),
    ("fr", "Le programme Bouclier bleu se déroule au Ghana sous la coordination de l'Union africaine."),
    ("es", "El programa Escudo Azul se desarrolla en Ghana bajo la coordinación de la Unión Africana."),
])
def test_the_body_coordinating_it_leads_it(fast, lang, text):
    assert "au" in _leads(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "En 2019, INTERPOL et Europol ont piloté l'opération Pangea au Ghana."),
    ("es", "En 2019, INTERPOL y Europol lanzaron la operación Pangea en Ghana."),
])
def test_a_plural_subject_of_a_past_lead_verb_leads_it(fast, lang, text):
    assert {"interpol", "europol"} <= _leads(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'opération Pangea, menée par INTERPOL avec la participation de l'Union africaine, a conduit à 40 arrestations."),
    ("en", "Operation Pangea, run by INTERPOL with the participation of the African Union, led to 40 arrests."),
])
def test_a_lead_verb_inside_words_of_results_names_no_lead(fast, lang, text):
    assert _leads(fast, text, lang) == {"interpol"}
