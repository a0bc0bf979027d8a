"""An operation's dates come from the sentences of its run that speak of it (name it, announce it,
or refer back to it by a word for an operation); a sentence that only goes on after it may give
its partners, but the dates it holds are another event's (`operations._speaks_of`)."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, line_blocks, operation_values as _op, rule_tuples

_NAMES = {**OPERATION_NAMES, "Europol": ("ORG", "Europol")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "The coastal road was rebuilt in May 2019 after the floods."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023.\n"
           "La route côtière a été reconstruite en mai 2019 après les inondations."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023.\n"
           "La carretera costera fue reconstruida en mayo de 2019 tras las inundaciones."),
])
def test_a_date_of_a_sentence_that_only_goes_on_after_the_operation_is_not_its_own(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "2023-03" in _op(found, "date"), found
    assert "2019-05" not in _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "The operation resumed in May 2019 with Europol."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023.\n"
           "Cette opération a repris en mai 2019 avec Europol."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023.\n"
           "La operación se reanudó en mayo de 2019 con Europol."),
])
def test_a_sentence_referring_back_to_the_operation_still_dates_it(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert {"2023-03", "2019-05"} <= _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Sahel Shield ran in Dakar in March 2023.\nIn May 2019, Sahel Shield was extended with Europol."),
    ("fr", "Sahel Shield s'est déroulée à Dakar en mars 2023.\nEn mai 2019, Sahel Shield a été prolongée avec Europol."),
    ("es", "Sahel Shield se desarrolló en Dakar en marzo de 2023.\nEn mayo de 2019, Sahel Shield se amplió con Europol."),
])
def test_a_sentence_naming_the_operation_again_still_dates_it(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert {"2023-03", "2019-05"} <= _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield is led by INTERPOL every year.\nThis edition ran in Dakar in May 2019."),
    ("fr", "L'opération Sahel Shield est menée chaque année par INTERPOL.\n"
           "Cette édition s'est déroulée à Dakar en mai 2019."),
    ("es", "La operación Sahel Shield es dirigida cada año por INTERPOL.\n"
           "Esta edición se desarrolló en Dakar en mayo de 2019."),
])
def test_an_edition_of_a_recurring_operation_refers_back_to_it(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "2019-05" in _op(found, "date"), found


# The names the tests below add: the made-up Harbour Watch operation of another edition, and the dates
# of their sentences.
_MORE = {**_NAMES, "Harbour Watch": ("OPERATION", "Harbour Watch"), "UNODC": ("ORG", "UNODC"),
         "Quito": ("LOCATION", "Quito"),
         "October 2021": ("DATE", "2021-10"), "octobre 2021": ("DATE", "2021-10"),
         "octubre de 2021": ("DATE", "2021-10"), "2018": ("DATE", "2018")}


@pytest.mark.parametrize("lang, text", [
    # the first dated sentence of the run is about a meeting before it: the later date stays too
    ("en", "Operation Sahel Shield brought INTERPOL and Europol together.\n"
           "The ministers met in October 2021 to prepare it.\nIt ran in Dakar in 2018."),
    ("es", "La operación Sahel Shield reunió a INTERPOL y Europol.\n"
           "Los ministros se reunieron en octubre de 2021 para prepararla.\nSe desarrolló en Dakar en 2018."),
    # a dated list of results: every item's date
    ("fr", "L'opération Sahel Shield a réuni INTERPOL et Europol. Résultats :\n"
           "- octobre 2021 : 40 arrestations à Dakar\n- 2018 : 12 arrestations à Dakar"),
])
def test_an_operation_no_sentence_naming_it_dates_takes_every_date_of_its_run(lang, text):
    found = rule_tuples(text, lang, _MORE)
    assert {"2021-10", "2018"} <= _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield brought INTERPOL and Europol together.\n"
           "Police forces in Dakar carried it out in October 2021."),
    ("fr", "L'opération Sahel Shield a réuni INTERPOL et Europol.\n"
           "Depuis octobre 2021, les douaniers de Dakar contrôlent les conteneurs du port."),
    ("es", "La operación Sahel Shield reunió a INTERPOL y Europol.\n"
           "La iniciativa se llevó a cabo en Dakar en octubre de 2021."),
])
def test_an_operation_no_sentence_naming_it_dates_takes_the_dates_of_its_run(lang, text):
    found = rule_tuples(text, lang, _MORE)
    assert _op(found, "date") == {"2021-10"}, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "The edition of the Quito film festival, organised with Europol, opened in 2018."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023.\n"
           "L'édition 2018 du festival de Quito, organisée avec Europol, a attiré 5 000 visiteurs."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023.\n"
           "La edición 2018 del festival de Quito, organizada con Europol, atrajo a 5.000 visitantes."),
])
def test_an_edition_of_another_undertaking_does_not_go_on_about_the_operation(lang, text):
    found = rule_tuples(text, lang, _MORE, blocks=line_blocks(text))
    assert "Europol" not in _op(found, "partner") | _op(found, "lead"), found
    assert "2018" not in _op(found, "date") and "Quito" not in _op(found, "location"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "This edition, in Quito in October 2021, was backed by Europol."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023.\n"
           "L'édition précédente, à Quito en octobre 2021, était soutenue par Europol."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023.\n"
           "La edición anterior, en Quito en octubre de 2021, contó con el apoyo de Europol."),
])
def test_an_edition_of_the_operation_itself_dates_it(lang, text):
    found = rule_tuples(text, lang, _MORE)
    assert {"2023-03", "2021-10"} <= _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023.\n"
           "L'édition 2018 de l'opération Harbour Watch, menée par Europol à Quito, a visé les ports."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023.\n"
           "La edición 2018 de la operación Harbour Watch, dirigida por Europol en Quito, se centró en los puertos."),
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "The edition of the operation Harbour Watch led by Europol in Quito in 2018 targeted ports."),
])
def test_an_edition_of_another_named_operation_is_that_ones(lang, text):
    found = {t for t in rule_tuples(text, lang, _MORE) if t[1] == "sahel shield"}
    assert _op(found, "date") == {"2023-03"}, found
    assert "Quito" not in _op(found, "location"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "The project that UNODC opened in Quito in October 2021 is a different one."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023.\n"
           "Le projet que l'UNODC a ouvert à Quito en octobre 2021 est distinct."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023.\n"
           "El proyecto que la UNODC abrió en Quito en octubre de 2021 es otro."),
])
def test_a_word_for_an_operation_that_a_relative_qualifies_does_not_date_it(lang, text):
    found = rule_tuples(text, lang, _MORE)
    assert _op(found, "date") == {"2023-03"}, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "The edition of the Quito film festival opened in October 2021."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023.\n"
           "L'édition 2018 du festival de Quito a commencé en octobre 2021."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023.\n"
           "La edición 2018 del festival de Quito empezó en octubre de 2021."),
])
def test_an_edition_a_complement_gives_to_another_undertaking_does_not_date_the_operation(lang, text):
    found = rule_tuples(text, lang, _MORE)
    assert _op(found, "date") == {"2023-03"}, found
