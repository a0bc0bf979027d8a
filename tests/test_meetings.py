"""A meeting is an event, no mention (docs/annotation.md): Spanish `Reunión` heads a standing
body's name only before a word that makes it one (`qualified_head_word`: `Reunión Especializada
de …`, `Reunión de Ministros de …`), and the names inside a meeting's stay mentions. The island
stays a country where a place follows it or a title writes every word with a capital.
Made-up sentences, rule-only pipeline."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("text, inner", [
    ("Participamos en la Reunión de Alto Nivel de la Asamblea General sobre la malaria en mayo.",
     ("Asamblea General", "ORG")),
    ("La Reunión de las Partes del Convenio de Minamata aprobó el presupuesto.",
     ("Convenio de Minamata", "INSTRUMENT")),
    ("La carta se firmó en la Reunión de Montevideo de 2018 entre los dos gobiernos.",
     ("Montevideo", "LOCATION")),
])
def test_a_meeting_keeps_the_names_inside_it(extractor, text, inner):
    got = found(extractor, text, "es", fields=("text", "label"))
    assert inner in got
    assert not any(name.startswith("Reunión") for name, _ in got)


def test_an_annual_meeting_is_no_body(extractor):
    got = found(extractor, "La Reunión Anual del Consejo se celebró en Asunción.", "es", fields=("text", "label"))
    assert not any(name.startswith("Reunión") for name, _ in got)


@pytest.mark.parametrize("text", [
    "Las islas Comoras y Reunión del Océano Índico comparten una red de pesca.",
    "Los alcaldes de Mayotte y de la Reunión de Francia firmaron la carta.",
    "La Reunión Y Guadalupe Reciben Fondos Europeos",
])
def test_a_place_or_a_title_after_the_island_leaves_it_a_country(extractor, text):
    got = found(extractor, text, "es", fields=("text", "label"))
    assert ("Reunión", "COUNTRY") in got
    assert not any(name.startswith("Reunión ") for name, _ in got)


@pytest.mark.parametrize("lang, text, head", [
    ("es", "La Encuesta de la OIT sobre salarios se publica cada año.", "Encuesta"),
    ("es", "El Censo de la FAO cubre las explotaciones agrícolas.", "Censo"),
    ("es", "El Programa de la UNESCO apoya a las escuelas rurales.", "Programa"),
])
def test_a_head_and_its_owner_name_nothing(extractor, lang, text, head):
    got = found(extractor, text, lang, fields=("text", "label"))
    assert not any(name == head for name, _ in got)
    assert any(label == "ORG" for _, label in got)


@pytest.mark.parametrize("text, name", [
    ("Los acuerdos se toman por consenso en la Reunión Ministerial, con apoyo de la secretaría.",
     "Reunión Ministerial"),
    ("La Reunión de Altas Autoridades de Cultura aprobó su reglamento.", "Reunión de Altas Autoridades de Cultura"),
])
def test_a_standing_organ_named_by_its_members_is_a_body(extractor, text, name):
    assert (name, "ORG") in found(extractor, text, "es", fields=("text", "label"))
