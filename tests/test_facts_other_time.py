"""Dates that are not when an operation ran: a goal, an entry into force, a meeting to come."""

from __future__ import annotations

import pytest


def dates(analysis) -> set[str]:
    """The dates the operations of an analysis are given."""
    return {r["norm"] for r in analysis.facts if r["type"] == "OPERATION" and r["role"] == "date"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, aims to end the traffic by 2030."),
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, applies the convention since its entry into force "
           "in 2019."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, vise à mettre fin au trafic d'ici à 2030."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, applique la convention depuis son entrée en "
           "vigueur en 2019."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, busca acabar con el tráfico de aquí a "
           "2030."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, aplica la convención desde su entrada "
           "en vigor en 2019."),
])
def test_a_goal_or_an_entry_into_force_is_no_date_of_the_operation(fast, lang, text):
    found = dates(fast.analyse(text, doc_id="t", lang=lang))
    assert "2023-03" in found, found
    assert not {"2030", "2019"} & found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield was led by INTERPOL in March 2023."),
    ("fr", "L'opération Sahel Shield a été menée par INTERPOL en mars 2023."),
    ("es", "La operación Sahel Shield fue dirigida por INTERPOL en marzo de 2023."),
])
def test_a_date_after_the_agent_of_the_operation_is_its_own(fast, lang, text):
    assert "2023-03" in dates(fast.analyse(text, doc_id="t", lang=lang))


@pytest.mark.parametrize("lang, text, date", [
    ("en", "Operation Pangea XVI was carried out by police forces between 3 and 10 October 2023 in 90 countries.",
     "2023-10-03/2023-10-10"),
    ("en", "Operation Lionfish was led by customs authorities in May 2023 in Panama.", "2023-05"),
    ("fr", "L'opération Pangea, qui prévoit des contrôles aux frontières, s'est déroulée en mai 2023 au Bénin.", "2023-05"),
    ("en", "Operation Pangea, which will take place every year across the region, ran in May 2023 in Kenya.", "2023-05"),
    ("fr", "L'opération Pangea, qui aura lieu chaque année dans la région, s'est déroulée en mai 2023 au Kenya.", "2023-05"),
    ("es", "La operación Pangea, que tendrá lugar cada año en la región, se realizó en mayo de 2023 en Kenia.", "2023-05"),
])
def test_words_of_another_time_far_before_a_date_leave_it_to_the_operation(fast, lang, text, date):
    assert date in dates(fast.analyse(text, doc_id="t", lang=lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, aims to end the traffic by mid-2030."),
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, will be held again; it is scheduled for March 2030."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, se tiendra à nouveau ; elle aura lieu en mars 2030."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, volverá; se celebrará en marzo de 2030."),
])
def test_a_date_right_after_words_of_another_time_is_no_date_of_the_operation(fast, lang, text):
    found = dates(fast.analyse(text, doc_id="t", lang=lang))
    assert "2023-03" in found and not any(d.startswith("2030") for d in found), found


def places(analysis) -> set[str]:
    """The locations the operations of an analysis are given."""
    return {r["norm"] for r in analysis.facts if r["type"] == "OPERATION" and r["role"] == "location"}


@pytest.mark.parametrize("lang, text, seat", [
    ("en", "The Regional Bureau of INTERPOL (RB) in Nairobi coordinates Operation Pangea every year.",
     "Operation Pangea was held in Nairobi in 2023."),
    ("fr", "Le Bureau régional d'INTERPOL (BR) à Nairobi coordonne chaque année l'opération Pangea.",
     "L'opération Pangea s'est déroulée à Nairobi en 2023."),
    ("es", "La Oficina Regional de INTERPOL (OR) en Nairobi coordina cada año la operación Pangea.",
     "La operación Pangea se celebró en Nairobi en 2023."),
])
def test_the_seat_of_the_body_before_a_place_is_no_place_of_the_operation(fast, lang, text, seat):
    assert "Nairobi" not in places(fast.analyse(text, doc_id="t", lang=lang))
    assert "Nairobi" in places(fast.analyse(seat, doc_id="t", lang=lang))


@pytest.mark.parametrize("lang, text, other", [
    ("en", "Operation Pangea applies the strategy adopted in Geneva and was held in Nairobi in 2023.", "Geneva"),
    ("fr", "L'opération Pangea applique la stratégie adoptée à Genève et s'est déroulée à Nairobi en 2023.", "Genève"),
    ("es", "La operación Pangea aplica la estrategia adoptada en Ginebra y se celebró en Nairobi en 2023.", "Ginebra"),
])
def test_where_another_text_was_adopted_is_no_place_of_the_operation(fast, lang, text, other):
    found = places(fast.analyse(text, doc_id="t", lang=lang))
    assert "Nairobi" in found and other not in found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Pangea was led by INTERPOL in 2023, in line with the goals of the African Union."),
    ("fr", "L'opération Pangea a été menée par INTERPOL en 2023, en cohérence avec les objectifs de l'Union africaine."),
    ("es", "La operación Pangea fue dirigida por INTERPOL en 2023, en consonancia con los objetivos de la Unión Africana."),
])
def test_what_an_operation_conforms_to_names_no_partner(fast, lang, text):
    rows = fast.analyse(text, doc_id="t", lang=lang).facts
    assert not any(r["norm"] == "AU" for r in rows), rows
    assert any(r["role"] == "lead" and r["norm"] == "INTERPOL" for r in rows), rows


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL: Operation Pangea\n\nOperation Pangea was led by INTERPOL in 2023. We work closely with Europol to "
           "speed up the interception of illicit medicines."),
    ("fr", "INTERPOL : opération Pangea\n\nL'opération Pangea a été menée par INTERPOL en 2023. Nous travaillons "
           "étroitement avec Europol pour accélérer les saisies de médicaments illicites."),
    ("es", "INTERPOL: operación Pangea\n\nLa operación Pangea fue dirigida por INTERPOL en 2023. Colaboramos "
           "estrechamente con Europol para acelerar la intercepción de medicamentos ilícitos."),
])
def test_a_partnership_of_the_first_person_after_an_operation_without_figures_is_its_own(fast, lang, text):
    rows = fast.analyse(text, doc_id="t", lang=lang).facts
    assert not any(r["type"] == "OPERATION" and r["norm"] == "Europol" for r in rows), rows
    assert any(r["type"] == "PARTNERSHIP" and r["norm"] == "Europol" for r in rows), rows


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Pangea was led by INTERPOL in Kenya in 2023. The operation was supported by ASEANAPOL, which brings "
           "together Indonesia, Malaysia and Thailand."),
    ("fr", "L'opération Pangea a été menée par INTERPOL au Kenya en 2023. L'opération a été appuyée par ASEANAPOL, qui "
           "réunit l'Indonésie, la Malaisie et la Thaïlande."),
    ("es", "La operación Pangea fue dirigida por INTERPOL en Kenia en 2023. La operación contó con el apoyo de "
           "ASEANAPOL, que reúne a Indonesia, Malasia y Tailandia."),
])
def test_the_members_of_a_body_are_no_countries_of_the_operation(fast, lang, text):
    rows = fast.analyse(text, doc_id="t", lang=lang).facts
    countries = {r["norm"] for r in rows if r["type"] == "OPERATION" and r["role"] == "country"}
    members = {r["norm"] for r in rows if r["type"] == "MEMBERSHIP" and r["role"] == "member"}
    assert members == {"IDN", "MYS", "THA"}, rows
    assert "KEN" in countries and not members & countries, rows
