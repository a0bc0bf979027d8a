"""A list of complements whose items each take their article (`para la Educación, la Ciencia y
la Cultura`) stays inside one name, as a list without articles does; a list of names with their
articles is still cut into its names. Made-up names, rule-only pipeline."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text, label, name", [
    ("es", "En 2013 se firmó el Marco para la Paz, la Zorbanidad y la Cooperación Regional, con garantes.",
     "INSTRUMENT", "Marco para la Paz, la Zorbanidad y la Cooperación Regional"),
    ("es", "La Comisión para la Memoria, la Zorbanía y la Reparación abrió sus puertas en mayo.",
     "ORG", "Comisión para la Memoria, la Zorbanía y la Reparación"),
    ("es", "El Programa Mundial contra el Zorbeo, la Corrupción y la Financiación del Terrorismo comenzó en 2010.",
     "OPERATION", "Programa Mundial contra el Zorbeo, la Corrupción y la Financiación del Terrorismo"),
    ("fr", "La Commission pour la Vérité, la Zorbanité et la Réconciliation a rendu son rapport.",
     "ORG", "Commission pour la Vérité, la Zorbanité et la Réconciliation"),
])
def test_a_list_of_complements_with_articles_is_one_name(extractor, lang, text, label, name):
    assert name in found(extractor, text, lang, label, fields=("text",))


@pytest.mark.parametrize("lang, text, names", [
    ("es", "Colaboramos con el Ministerio de Salud, la Cruz Roja y el Banco Zorba en la campaña.",
     ["Ministerio de Salud", "Cruz Roja", "Banco Zorba"]),
    ("fr", "Nous travaillons avec le Ministère de la Santé, la Croix-Rouge et la Banque Zorba.",
     ["Ministère de la Santé", "Croix-Rouge", "Banque Zorba"]),
    ("en", "We thank the Ministry of Health, the Red Cross and the Zorba Office for their help.",
     ["Ministry of Health", "Red Cross", "Zorba Office"]),
])
def test_a_list_of_bodies_with_articles_is_cut(extractor, lang, text, names):
    assert found(extractor, text, lang, "ORG", fields=("text",)) == names
