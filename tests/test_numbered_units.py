"""A unit named by a number and an ordinal suffix (`12e régiment de cuirassiers`) is one ORG, its
number included, though no head noun in capitals opens it. Runs the shipped patterns on the
rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Le 12e régiment de cuirassiers, venu d'Olivet, a rejoint la zone.",
     "12e régiment de cuirassiers"),
    ("fr", "La 7e brigade blindée est arrivée hier.", "7e brigade blindée"),
    ("fr", "Le 2e bataillon étranger de parachutistes patrouille le long du fleuve.",
     "2e bataillon étranger de parachutistes"),
    ("es", "El 4.º batallón de ingenieros reparó el puente.", "4.º batallón de ingenieros"),
    ("en", "Soldiers of the 101st Airborne Division were deployed.", "101st Airborne Division"),
])
def test_a_numbered_unit_is_one_body(extractor, lang, text, name):
    assert name in orgs(extractor, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le 3e rapport de la commission est paru le 2e jour du mois."),
    ("en", "The 3rd company of soldiers arrived on the 2nd day."),
    # heads that name civilian groups as often as military units are no unit heads
    ("fr", "La 3e compagnie de bus de la ville et le 2e groupement de communes ont signé."),
    ("fr", "Le club monte en 2e division de la ligue régionale."),
    ("es", "El club juega en la 2.ª división de honor del fútbol regional."),
    ("en", "The 1st Company of the festival performed."),
])
def test_a_number_before_another_noun_names_no_unit(extractor, lang, text):
    assert not any(name[0].isdigit() for name in orgs(extractor, text, lang))
