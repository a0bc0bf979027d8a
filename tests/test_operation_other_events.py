"""An operation's places and dates less those of another thing's signature, accession or
registration (`le Protocole, signé à Lima en mai 2019`, `se adhirió en 2019`), and less the
places after a word of seat or station (`has offices in Dakar`, `stationné à Dakar`)."""

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
    "2016": ("DATE", "2016"),
}



@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, applies the Protocol, which the states signed "
           "in Lima in May 2019."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, applique le Protocole, signé à Lima en "
           "mai 2019."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, aplica el Protocolo, firmado en "
           "Lima en mayo de 2019."),
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, draws on a trust registered in Lima in May 2019."),
])
def test_the_place_and_date_of_another_thing_s_signature_are_not_the_operation_s(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "2023-03" in _op(found, "date"), found
    assert "2019-05" not in _op(found, "date"), found
    assert "lima" not in _op(found, "location"), found


@pytest.mark.parametrize("lang, text", [
    ("es", "La operación Sahel Shield, a la que Chile se adhirió en 2016, coordina desde marzo de 2023 los "
           "controles."),
    ("fr", "L'opération Sahel Shield, à laquelle le Chili a adhéré en 2016, coordonne depuis mars 2023 les "
           "contrôles."),
])
def test_the_date_a_state_joined_is_not_when_the_operation_ran_and_a_long_word_ends_the_gap(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "2016" not in _op(found, "date"), found
    assert "2023-03" in _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield is led by INTERPOL, which has offices in Dakar."),
    ("fr", "L'opération Sahel Shield est menée par INTERPOL et par un régiment stationné à Dakar."),
    ("es", "La operación Sahel Shield la dirige INTERPOL, que tiene oficinas en Dakar."),
])
def test_a_place_after_a_word_of_seat_or_station_is_not_where_the_operation_ran(lang, text):
    assert "dakar" not in _op(rule_tuples(text, lang, _NAMES), "location")
