"""An operation's places and dates less those of its background: a heading's or title's, an
instrument's adoption (`ont adopté le Protocole en mai 2019`, also at a named meeting), a clause in
the past perfect or of an anniversary, and the places listed with a directed one (`vers Lima et
Dakar`), unless a span's end follows (`desde Chile y Lima hasta Dakar`)."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values as _op, rule_tuples

_NAMES = {
    **OPERATION_NAMES,
    "Protocol": ("INSTRUMENT", "Protocol"),
    "Protocole": ("INSTRUMENT", "Protocol"),
    "Protocolo": ("INSTRUMENT", "Protocol"),
    "Chile": ("COUNTRY", "CHL"),
    "Chili": ("COUNTRY", "CHL"),
}



def _titled_tuples(title: str, body: str, lang: str, heading: bool) -> set:
    """The rules' tuples of a text whose first line is a title (a heading when `heading`)."""
    text, start = title + "\n\n" + body, len(title) + 2
    return rule_tuples(text, lang, _NAMES, sentences=[(0, len(title)), (start, len(text))],
                       blocks=[(0, len(title), heading), (start, len(text), False)])


@pytest.mark.parametrize("heading", [True, False])
@pytest.mark.parametrize("lang, title, body", [
    ("en", "Sahel Shield: from Lima to the Chile of May 2019",
     "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023."),
    ("fr", "Sahel Shield : Lima, le Chili et mai 2019",
     "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023."),
    ("es", "Sahel Shield: Lima, Chile y mayo de 2019",
     "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023."),
])
def test_a_heading_s_or_title_s_places_and_dates_are_not_the_operation_s(lang, title, body, heading):
    found = _titled_tuples(title, body, lang, heading)
    assert "dakar" in _op(found, "location") and "2023-03" in _op(found, "date"), found
    assert "lima" not in _op(found, "location"), found
    assert "chl" not in _op(found, "country"), found
    assert "2019-05" not in _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, which INTERPOL led in March 2023, follows the regional strategy whose "
           "ministers adopted the Protocol in May 2019."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, applique la stratégie dont les ministres "
           "ont adopté le Protocole en mai 2019."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, aplica la estrategia cuyos "
           "ministros firmaron el Protocolo en mayo de 2019."),
])
def test_the_date_an_instrument_was_adopted_is_not_the_operation_s(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "2023-03" in _op(found, "date"), found
    assert "2019-05" not in _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, applies the Protocol, adopted at the Third "
           "Regional Summit, in Lima, in May 2019."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, applique le Protocole, adopté lors du "
           "troisième Sommet régional, à Lima, en mai 2019."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, aplica el Protocolo, adoptado en "
           "la III Cumbre Regional, en Lima, en mayo de 2019."),
])
def test_a_meeting_named_between_an_adoption_and_its_place_and_date(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "2023-03" in _op(found, "date"), found
    assert "2019-05" not in _op(found, "date"), found
    assert "lima" not in _op(found, "location"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "Most of its officers had served in Lima in May 2019."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023.\n"
           "La plupart de ses agents avaient servi à Lima en mai 2019."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023.\n"
           "La mayoría de sus agentes habían servido en Lima en mayo de 2019."),
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "Four years after the floods of May 2019 in Lima, the officers know the coast."),
])
def test_a_past_perfect_or_anniversary_clause_is_the_operation_s_background(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "dakar" in _op(found, "location") and "2023-03" in _op(found, "date"), found
    assert "lima" not in _op(found, "location"), found
    assert "2019-05" not in _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in March 2023.\nINTERPOL had 40 officers in Lima."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, a eu lieu en mars 2023.\nINTERPOL avait 40 agents à Lima."),
    ("en", "During Operation Sahel Shield, INTERPOL had two teams in Lima in March 2023."),
])
def test_an_auxiliary_with_no_participle_after_it_tells_no_background(lang, text):
    """`had 40 officers in Lima`: a possession, no past perfect; the place is the operation's."""
    found = rule_tuples(text, lang, _NAMES)
    assert "lima" in _op(found, "location"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, targeted networks that smuggle migrants towards Lima and Dakar."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, visait les réseaux qui font passer des migrants vers "
           "Lima et Dakar."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, atacó a las redes que trasladan migrantes hacia "
           "Lima y Dakar."),
])
def test_the_places_listed_with_a_destination_are_destinations_too(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert not {"lima", "dakar"} & _op(found, "location"), found


@pytest.mark.parametrize("lang, text", [
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, movilizó a policías desde Lima y Chile hasta Dakar."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, a mobilisé des policiers depuis Lima et le Chili "
           "jusqu'à Dakar."),
])
def test_the_places_opening_a_span_are_where_the_operation_ran(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert {"lima", "dakar"} <= _op(found, "location"), found
    assert "chl" in _op(found, "country"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "During Operation Sahel Shield, led by INTERPOL, drugs bound for Chile in Dakar were seized."),
    ("fr", "Lors de l'opération Sahel Shield, menée par INTERPOL, de la drogue destinée au Chili à Dakar a "
           "été saisie."),
    ("es", "Durante la operación Sahel Shield, dirigida por INTERPOL, drogas con destino a Chile en Dakar "
           "fueron incautadas."),
])
def test_a_place_after_a_destination_joined_by_no_conjunction_is_where_the_operation_ran(lang, text):
    """`bound for Chile in Dakar`: `in` joins no list, Dakar is no destination."""
    found = rule_tuples(text, lang, _NAMES)
    assert "dakar" in _op(found, "location"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "INTERPOL said that its officers had arrested twenty suspects in Lima in May 2019."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023.\n"
           "INTERPOL a indiqué que ses agents avaient arrêté vingt suspects à Lima en mai 2019."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023.\n"
           "INTERPOL informó que sus agentes habían detenido a veinte sospechosos en Lima en mayo de 2019."),
])
def test_a_past_perfect_after_a_verb_of_reported_speech_is_no_background(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "lima" in _op(found, "location"), found
