"""Who made an operation leads it: the agent of a participle of developing or designing (`the X
tool, developed by A`, `desarrollado por A`, `développé par A`), and the publisher where a verb of
setting it up is in the first person (`we developed the X`, `pusimos en marcha el X`, `nous avons
mis en place le X`), whatever bodies stand before that verb (`Con financiamiento de la UE, …`)."""

from __future__ import annotations

import pytest


def operation_tuples(fast, text: str, lang: str) -> set:
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang)
    return {t[1:] for fact in records(analysis.facts) for t in fact.tuples if t[0] == "OPERATION"}


@pytest.mark.parametrize("lang, text", [
    ("en", "One of its tools is the Harbour Light programme, developed by UNICEF, which maps the coast."),
    ("es", "Una de sus herramientas es el programa Faro del Puerto, desarrollado por el UNICEF, que mapea la costa."),
    ("fr", "L'un de ses outils est le programme Phare du Port, développé par l'UNICEF, qui cartographie la côte."),
])
def test_the_agent_of_a_participle_of_developing_leads_it(fast, lang, text):
    found = operation_tuples(fast, text, lang)
    assert any(t[1] == "lead" and t[2] == "unicef" for t in found), found


@pytest.mark.parametrize("lang, text", [
    ("en", "UNICEF: our work on the coast\n\nWe at UNICEF protect children.\n\n"
           "With funding from the World Bank, we developed the Harbour Light programme in 2019."),
    ("es", "UNICEF: nuestro trabajo en la costa\n\nEn el UNICEF protegemos a la infancia.\n\n"
           "Con financiamiento del Banco Mundial, pusimos en marcha el programa Faro del Puerto en 2019."),
    ("fr", "UNICEF : notre travail sur la côte\n\nÀ l'UNICEF, nous protégeons les enfants.\n\n"
           "Avec le financement de la Banque mondiale, nous avons mis en place le programme Phare du Port en 2019."),
])
def test_a_first_person_verb_of_setting_up_makes_the_publisher_lead_not_the_body_before_it(fast, lang, text):
    found = operation_tuples(fast, text, lang)
    assert any(t[1] == "lead" and t[2] == "unicef" for t in found), found
    assert not any(t[1] == "lead" and t[2] == "world bank" for t in found), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Each year UNICEF develops the Harbour Light programme with the ministries of the coast."),
    ("es", "Desde 2019, el UNICEF desarrolla el programa Faro del Puerto con los ministerios de la costa."),
    ("fr", "En 2019, l'UNICEF a mis en place le programme Phare du Port avec les ministères de la côte."),
])
def test_the_subject_of_a_verb_of_developing_or_setting_up_leads_it(fast, lang, text):
    found = operation_tuples(fast, text, lang)
    assert any(t[1] == "lead" and t[2] == "unicef" for t in found), found
