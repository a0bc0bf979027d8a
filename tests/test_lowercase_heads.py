"""French writes a museum's name after a lower-case `musée`, as it writes its ministries
(`lowercase_org_start`): `le musée d'Orsay`, `le musée des Beaux-Arts de Lyon` are bodies; the
museum alone, without a capitalised complement, is no name. English and Spanish capitalise the
head (`Prado Museum`, `Museo del Prado`). Made-up sentences, rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("text, names", [
    ("Parmi les prêteurs figurent le musée du Prado et le musée d’Orsay.", ["musée du Prado", "musée d’Orsay"]),
    ("Les pièces conservées au musée de l'Homme ont été rendues en 2021.", ["musée de l'Homme"]),
    ("Le musée des Beaux-Arts de Lyon prête trois tableaux.", ["musée des Beaux-Arts de Lyon"]),
])
def test_a_french_museum_written_in_lower_case_is_a_body(extractor, text, names):
    assert orgs(extractor, text, "fr") == names


def test_a_museum_without_a_capitalised_complement_is_no_name(extractor):
    assert orgs(extractor, "Le musée national a rouvert ; le musée de la ville aussi.", "fr") == []


@pytest.mark.parametrize("lang, text, name", [
    ("es", "Entre los prestadores figura el Museo Nacional de Arte Popular.", "Museo Nacional de Arte Popular"),
    ("en", "Lenders include the National Museum of Folk Art in Lisbon.", "National Museum of Folk Art"),
])
def test_a_capitalised_museum_stays_a_body(extractor, lang, text, name):
    assert name in orgs(extractor, text, lang)
