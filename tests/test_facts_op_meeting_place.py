"""A place named in the phrase of the meeting at which an operation was launched (`at the fifth
meeting of the parties to the Protocol in Lima, Chile`, `lors de la conférence de Lima sur le
climat`, `durante la cumbre de Lima`: class `meeting_preposition` before a meeting's noun) is the
meeting's, not where the operation ran; the date of the launch stays the operation's."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples

NAMES = {**OPERATION_NAMES, "Chile": ("COUNTRY", "CHL"), "Chili": ("COUNTRY", "CHL"),
         "Protocol": ("INSTRUMENT", "Protocol"), "Protocole": ("INSTRUMENT", "Protocol"),
         "Protocolo": ("INSTRUMENT", "Protocol")}


@pytest.mark.parametrize("lang, text", [
    ("en", "In May 2019, at the fifth meeting of the parties to the Protocol in Lima, Chile, the ministers launched "
           "Operation Sahel Shield."),
    ("en", "Operation Sahel Shield was launched in May 2019 during the summit of Lima."),
    ("fr", "Lancée lors de la conférence de Lima sur le climat, en mai 2019, l'opération Sahel Shield protège les "
           "côtes."),
    ("fr", "En mai 2019, lors de la cinquième réunion des parties au Protocole à Lima (Chili), les ministres ont "
           "lancé l'opération Sahel Shield."),
    ("es", "En mayo de 2019, durante la quinta reunión de las partes en el Protocolo en Lima, Chile, los ministros "
           "lanzaron la operación Sahel Shield."),
    ("es", "La operación Sahel Shield se lanzó en mayo de 2019 durante la cumbre de Lima."),
])
def test_the_place_of_the_launching_meeting_is_not_the_operation_s(lang, text):
    found = rule_tuples(text, lang, NAMES)
    assert not operation_values(found, "location") & {"lima"}, found
    assert not operation_values(found, "country") & {"chl"}, found
    assert "2019-05" in operation_values(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "After the meeting, Operation Sahel Shield patrolled the coast of Dakar in May 2019."),
    ("fr", "Après la réunion, l'opération Sahel Shield a patrouillé au large de Dakar en mai 2019."),
    ("es", "Tras la reunión, la operación Sahel Shield patrulló la costa de Dakar en mayo de 2019."),
    ("en", "Operation Sahel Shield was agreed at the summit and deployed in Dakar in May 2019."),
    ("fr", "L'opération Sahel Shield, décidée lors du sommet et déployée à Dakar en mai 2019, protège les côtes."),
    ("es", "La operación Sahel Shield se acordó en la cumbre y se desplegó en Dakar en mayo de 2019."),
])
def test_a_place_outside_the_meeting_s_phrase_stays_the_operation_s(lang, text):
    assert "dakar" in operation_values(rule_tuples(text, lang, NAMES), "location")


@pytest.mark.parametrize("lang, text, kept", [
    # review, twentieth session: states and places after the meeting's phrase are the operation's
    ("en", "At the summit of the partners in Nairobi, Chile and Peru launched Operation Sahel Shield.", "chl"),
    ("es", "En la cumbre de los socios en Nairobi, Chile y Perú lanzaron la operación Sahel Shield.", "chl"),
    ("en", "During the summit Chile and Peru launched Operation Sahel Shield.", "chl"),
    ("en", "At the meeting the Dunmore Agency launched Operation Sahel Shield in Lima.", "lima"),
    ("es", "En la reunión anual la Agencia Dunmore desplegó la operación Sahel Shield en Lima.", "lima"),
])
def test_a_place_after_the_meeting_s_phrase_stays_the_operation_s(lang, text, kept):
    names = {**NAMES, "Peru": ("COUNTRY", "PER"), "Perú": ("COUNTRY", "PER"), "Nairobi": ("LOCATION", "Nairobi"),
             "Dunmore Agency": ("ORG", "Dunmore"), "Agencia Dunmore": ("ORG", "Dunmore")}
    found = rule_tuples(text, lang, names)
    assert kept in operation_values(found, "country") | operation_values(found, "location"), found
