"""Bodies named after the place they serve (`place_body_head`: `Port autonome`, `Puerto
Autónomo`), which the model reads as that place, and bodies the gazetteer knows by their French
names (made-up text)."""

from __future__ import annotations

import pytest

from mention_helpers import found


@pytest.mark.parametrize("text, lang, name", [
    ("Les conteneurs arrivent au Port autonome de Dakar chaque semaine.", "fr", "Port autonome de Dakar"),
    ("Le Port autonome d'Abidjan et la douane ont signé un accord.", "fr", "Port autonome d'Abidjan"),
    ("Le Port autonome de Pointe-Noire a ouvert un quai.", "fr", "Port autonome de Pointe-Noire"),
    ("Le Grand port maritime de Marseille a reçu le navire.", "fr", "Grand port maritime de Marseille"),
    ("El Puerto Autónomo de Bilbao amplió la terminal.", "es", "Puerto Autónomo de Bilbao"),
])
def test_a_port_named_after_its_place_is_a_body(extractor, text, lang, name):
    assert name in found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("text", [
    "Le port de Dakar reçoit des conteneurs.",
    "Un port autonome de la région a fermé.",
])
def test_a_port_without_its_head_is_no_body(extractor, text):
    assert not any(t.startswith(("port", "Port")) for t in found(extractor, text, "fr", "ORG", fields=("text",)))


@pytest.mark.parametrize("text, name, norm", [
    ("Le Centre d’analyse et d’opérations maritimes – Stupéfiants coordonne les saisies.",
     "Centre d’analyse et d’opérations maritimes – Stupéfiants", "MAOC-N"),
    ("Le Centre régional de lutte contre la pollution par les hydrocarbures a été créé à Malte.",
     "Centre régional de lutte contre la pollution par les hydrocarbures", "REMPEC"),
    ("L'Association des responsables des autorités de sûreté nucléaire des pays d'Europe de l'Ouest "
     "a publié des niveaux de référence.",
     "Association des responsables des autorités de sûreté nucléaire des pays d'Europe de l'Ouest", "WENRA"),
])
def test_a_body_known_by_its_french_name(extractor, text, name, norm):
    assert (name, norm) in found(extractor, text, "fr", "ORG")
