"""Real bodies the gazetteer now knows, by the names partnership texts give them in each
language: the Turkish Red Crescent, Germany's Federal Public Prosecutor General, Eurojust's
Genocide Network, the EU's humanitarian directorate by its short name ECHO, and the IFRC's
shorter Spanish and French names. Made-up sentences, rule-only pipeline."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text, name, norm", [
    ("es", "La Media Luna Roja Turca repartió tarjetas en 2017.", "Media Luna Roja Turca", "Türk Kızılay"),
    ("fr", "Le Croissant-Rouge turc a distribué des cartes en 2017.", "Croissant-Rouge turc", "Türk Kızılay"),
    ("en", "The Turkish Red Crescent handed out cards in 2017.", "Turkish Red Crescent", "Türk Kızılay"),
    ("es", "La Fiscalía General Federal abrió la investigación en 2019.", "Fiscalía General Federal",
     "Generalbundesanwalt"),
    ("en", "The Generalbundesanwalt opened the case in 2019.", "Generalbundesanwalt", "Generalbundesanwalt"),
    ("es", "Los fiscales comparten datos en la Red Genocidio desde 2002.", "Red Genocidio", "Genocide Network"),
    ("en", "Prosecutors share data through the Genocide Network since 2002.", "Genocide Network",
     "Genocide Network"),
    ("es", "ECHO financia la ayuda humanitaria en 110 países.", "ECHO", "DG ECHO"),
    ("fr", "ECHO finance l'aide humanitaire dans 110 pays.", "ECHO", "DG ECHO"),
    ("es", "La Federación Internacional de la Cruz Roja y de la Media Luna Roja gestiona el programa.",
     "Federación Internacional de la Cruz Roja y de la Media Luna Roja", "IFRC"),
    ("fr", "La Fédération internationale de la Croix-Rouge et du Croissant-Rouge gère le programme.",
     "Fédération internationale de la Croix-Rouge et du Croissant-Rouge", "IFRC"),
])
def test_real_bodies_are_known(extractor, lang, text, name, norm):
    assert (name, norm) in found(extractor, text, lang, "ORG")


def test_an_echo_in_lower_case_is_no_body(extractor):
    assert found(extractor, "The echo of the talks was heard in 2019.", "en", "ORG") == []
