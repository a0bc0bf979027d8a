"""The agent of a lead participle stays the operation's lead when dates and places stand between
the participle and `by`/`par`/`por`."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The Blue Shield Programme was launched at the summit in Nairobi in March 2021 by INTERPOL and the "
           "African Union.", "blue shield programme"),
    ("fr", "Le programme Bouclier bleu a été lancé lors du sommet de Nairobi en mars 2021 par INTERPOL et "
           "l'Union africaine.", "bouclier"),
    ("es", "El programa Escudo Azul fue lanzado durante la cumbre de Nairobi en marzo de 2021 por INTERPOL y la "
           "Unión Africana.", "escudo azul"),
])
def test_dates_and_places_between_a_participle_and_its_agent_keep_the_lead(fast, lang, text, name):
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang)
    tuples = {t[1:] for fact in records(analysis.facts) for t in fact.tuples if t[0] == "OPERATION"}
    assert {(name, "lead", "interpol"), (name, "lead", "au")} <= tuples
