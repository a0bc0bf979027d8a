"""Verbs of running and of funding an operation in the tenses and persons texts use: a body that
puts an operation in motion, conducts, stages or steers it leads it (`puso en marcha`, `conduit`,
`stages`, `steers`); a body that financed it, in the active voice, takes part in it (`financed the
X`, `has funded the X`, `a financé le X`, `financió el X`)."""

from __future__ import annotations

import pytest

from facts_helpers import operation_values, rule_tuples

_NAMES = {
    "Green Valley": ("OPERATION", "Green Valley"),
    "Valle Verde": ("OPERATION", "Green Valley"),
    "Vallée verte": ("OPERATION", "Green Valley"),
    "Basin Council": ("ORG", "BC"),
    "Conseil du bassin": ("ORG", "BC"),
    "Consejo de la Cuenca": ("ORG", "BC"),
    "Nordic Fund": ("ORG", "NF"),
    "Fonds nordique": ("ORG", "NF"),
    "Fondo Nórdico": ("ORG", "NF"),
}


@pytest.mark.parametrize("lang, text", [
    ("es", "Contra la pesca ilegal, el Consejo de la Cuenca puso en marcha el programa Valle Verde, que formó a 300 guardas."),
    ("es", "Desde 2019, el Consejo de la Cuenca ha puesto en marcha el programa Valle Verde en tres provincias."),
    ("fr", "Chaque printemps, le Conseil du bassin conduit l'opération Vallée verte le long du fleuve."),
    ("en", "Every year the Basin Council stages the Green Valley exercise along the river."),
    ("en", "The Basin Council steers the Green Valley programme with a small secretariat."),
])
def test_a_body_that_puts_in_motion_conducts_or_steers_an_operation_leads_it(lang, text):
    tuples = rule_tuples(text, lang, _NAMES)
    assert "bc" in operation_values(tuples, "lead")
    assert "bc" not in operation_values(tuples, "partner")


@pytest.mark.parametrize("lang, text", [
    ("en", "The Nordic Fund financed the Green Valley programme, which trained 300 farmers."),
    ("en", "The Nordic Fund has funded the Green Valley programme since 2015."),
    ("fr", "Le Fonds nordique a financé le programme Vallée verte de 2015 à 2020."),
    ("es", "El Fondo Nórdico financió el programa Valle Verde hasta 2020."),
])
def test_a_body_that_financed_an_operation_takes_part_in_it(lang, text):
    tuples = rule_tuples(text, lang, _NAMES)
    assert "nf" in operation_values(tuples, "partner")
    assert "nf" not in operation_values(tuples, "lead")


@pytest.mark.parametrize("lang, text, body", [
    ("fr", "Le Conseil du bassin a conduit à la création du programme Vallée verte.", "bc"),
    ("en", "The Green Valley programme was financed by the Nordic Fund and steered by the Basin Council.", "nf"),
])
def test_a_verb_of_running_does_not_lead_from_a_result_or_a_passive(lang, text, body):
    assert body not in operation_values(rule_tuples(text, lang, _NAMES), "lead")


@pytest.mark.parametrize("lang, text, body", [
    ("en", "The Green Valley programme began in March 2023.\nDonors such as the Nordic Fund financed the repair of schools in the valley.", "nf"),
    ("es", "El programa Valle Verde comenzó en marzo de 2023.\nEl Fondo Nórdico financió la reparación de escuelas del valle.", "nf"),
    ("fr", "Le programme Vallée verte a débuté en mars 2023.\nLe Fonds nordique a financé la réparation des écoles de la vallée.", "nf"),
    ("en", "The Basin Council adopted the Green Valley programme, which gathers projects financed by the Nordic Fund.", "bc"),
])
def test_what_else_a_body_financed_or_a_participle_before_its_agent_makes_no_partner(lang, text, body):
    assert body not in operation_values(rule_tuples(text, lang, _NAMES), "partner")
