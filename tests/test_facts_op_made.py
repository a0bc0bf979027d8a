"""A lead verb in the first person names its own subject, the publisher, whatever bodies stand
before it in its clause (`Con financiamiento del Banco Mundial, coordinamos el programa X`: not
the Bank). Spanish marks the person on the verb alone; English and French name `we`/`nous`, which
the tests keep as guards. (Verbs of developing or setting up stay no lead cues:
test_facts_op_creation.)"""

from __future__ import annotations

import pytest

from facts_helpers import operation_tuples


@pytest.mark.parametrize("lang, text", [
    ("en", "UNICEF: our work on the coast\n\nWe at UNICEF protect children.\n\n"
           "With funding from the World Bank, we coordinate the Harbour Light programme."),
    ("es", "UNICEF: nuestro trabajo en la costa\n\nEn el UNICEF protegemos a la infancia.\n\n"
           "Con financiamiento del Banco Mundial, coordinamos el programa Faro del Puerto."),
    ("es", "UNICEF: nuestro trabajo en la costa\n\nEn el UNICEF protegemos a la infancia.\n\n"
           "Con el apoyo del Banco Mundial, ejecutamos desde 2019 el programa Faro del Puerto."),
    ("fr", "UNICEF : notre travail sur la côte\n\nÀ l'UNICEF, nous protégeons les enfants.\n\n"
           "Avec le financement de la Banque mondiale, nous coordonnons le programme Phare du Port."),
])
def test_a_first_person_lead_verb_makes_the_publisher_lead_not_the_body_before_it(fast, lang, text):
    found = operation_tuples(fast, text, lang)
    assert any(t[1] == "lead" and t[2] == "unicef" for t in found), found
    assert not any(t[1] == "lead" and t[2] == "world bank" for t in found), found


@pytest.mark.parametrize("lang, text", [
    ("es", "Junto con el Banco Mundial, coordinamos el programa Faro del Puerto desde 2020."),
    ("en", "Together with the World Bank, we coordinate the Harbour Light programme since 2020."),
    ("fr", "Conjointement avec la Banque mondiale, nous coordonnons le programme Phare du Port depuis 2020."),
])
def test_a_body_a_co_lead_phrase_names_before_a_first_person_verb_leads_too(fast, lang, text):
    """`Junto con el Banco Mundial, coordinamos …`: the publisher and the Bank lead it."""
    found = operation_tuples(fast, f"UNICEF\n\n{text}", lang)
    assert any(t[1] == "lead" and t[2] == "world bank" for t in found), found
