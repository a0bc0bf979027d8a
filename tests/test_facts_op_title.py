"""The operation a text's title names: its later paragraphs that do not name it still say who takes
part in it (`operation_title`), but give it no place or date, and the closing `About X` section
gives it nothing."""

from __future__ import annotations

import pytest

from facts_helpers import operation_tuples


TEXTS = {
    "en": ("Operation Harbour Light: how the coast guard welcomed the displaced\n\n"
           "Since June 2020, Operation Harbour Light has received families arriving by sea in the south of the "
           "country.\n\n"
           "Housing is the heart of the response. UNICEF supports the shelters in Geneva and Dakar.\n\n"
           "About the World Bank\n\n"
           "The World Bank supports the ministry of finance."),
    "es": ("Operación Faro del Puerto: cómo la guardia costera acoge a los desplazados\n\n"
           "Desde junio de 2020, la Operación Faro del Puerto recibe a las familias que llegan por mar al sur "
           "del país.\n\n"
           "El alojamiento es el centro de la respuesta. El UNICEF apoya los albergues de Ginebra y Dakar.\n\n"
           "Acerca del Banco Mundial\n\n"
           "El Banco Mundial apoya al ministerio de finanzas."),
    "fr": ("Opération Phare du Port : comment les garde-côtes accueillent les déplacés\n\n"
           "Depuis juin 2020, l'opération Phare du Port accueille les familles arrivées par la mer dans le sud "
           "du pays.\n\n"
           "L'hébergement est au cœur de la réponse. L'UNICEF appuie les centres d'accueil de Genève et Dakar.\n\n"
           "À propos de la Banque mondiale\n\n"
           "La Banque mondiale appuie le ministère des finances."),
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_later_paragraph_gives_the_title_operation_its_partners_not_its_places(fast, lang):
    found = operation_tuples(fast, TEXTS[lang], lang)
    ops = {t[0] for t in found}
    assert len(ops) == 1, found
    op = next(iter(ops))
    assert (op, "partner", "unicef") in found
    assert not any(t[1] == "partner" and t[2] == "world bank" for t in found)  # the closing `About X`
    assert not any(t[1] == "location" for t in found)  # the shelters' places are not where it ran


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Harbour Light: how the coast guard welcomed the displaced\n\n"
           "Since June 2020, Operation Harbour Light has received families arriving by sea.\n\n"
           "Operation Blue Shield, launched in 2021, patrols the same coast.\n\n"
           "Housing is the heart of the response. UNICEF supports the shelters."),
    ("es", "Operación Faro del Puerto: cómo la guardia costera acoge a los desplazados\n\n"
           "Desde junio de 2020, la Operación Faro del Puerto recibe a las familias que llegan por mar.\n\n"
           "La Operación Escudo Azul, lanzada en 2021, patrulla la misma costa.\n\n"
           "El alojamiento es el centro de la respuesta. El UNICEF apoya los albergues."),
])
def test_a_text_naming_two_operations_leaves_a_loose_paragraph_to_neither(fast, lang, text):
    found = operation_tuples(fast, text, lang)
    assert not any(t[1] == "partner" and t[2] == "unicef" for t in found)


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Harbour Light: how the coast guard welcomed the displaced\n\n"
           "Since June 2020, Operation Harbour Light has received families arriving by sea.\n\n"
           "At regional level, a ministers' forum unites the World Bank and UNICEF."),
    ("es", "Operación Faro del Puerto: cómo la guardia costera acoge a los desplazados\n\n"
           "Desde junio de 2020, la Operación Faro del Puerto recibe a las familias que llegan por mar.\n\n"
           "En el plano regional, un foro de ministros reúne al Banco Mundial y al UNICEF."),
    ("fr", "Opération Phare du Port : comment les garde-côtes accueillent les déplacés\n\n"
           "Depuis juin 2020, l'opération Phare du Port accueille les familles arrivées par la mer.\n\n"
           "Au niveau régional, un forum de ministres réunit la Banque mondiale et l'UNICEF."),
])
def test_a_verb_of_gathering_in_a_loose_paragraph_does_not_stand_for_the_operation(fast, lang, text):
    found = operation_tuples(fast, text, lang)
    assert not any(t[1] == "partner" and t[2] in ("world bank", "unicef") for t in found), found


@pytest.mark.parametrize("lang, closing, between", [
    ("en", "Notes to editors", "Sobre el terreno"),
    ("es", "Notas para los editores", "Sobre el terreno"),
    ("fr", "Notes aux rédactions", "Sur le terrain"),
])
def test_the_notes_to_the_press_end_the_loose_paragraphs_a_heading_without_a_body_does_not(fast, lang, closing, between):
    head, rest = TEXTS[lang].split("\n\n", 1)
    body = rest.rsplit("\n\n", 2)[0]  # without the closing `About X` section
    partner = {"en": "The World Bank supports the ministry of finance.",
               "es": "El Banco Mundial apoya al ministerio de finanzas.",
               "fr": "La Banque mondiale appuie le ministère des finances."}[lang]
    found = operation_tuples(fast, f"{head}\n\n{body}\n\n{closing}\n\n{partner}", lang)
    assert not any(t[1] == "partner" and t[2] == "world bank" for t in found), found
    if lang == "es":  # `Sobre el terreno` names no body: no closing section
        found = operation_tuples(fast, f"{head}\n\n{body}\n\n{between}\n\n{partner}", lang)
        assert any(t[1] == "partner" and t[2] == "world bank" for t in found), found


def test_the_publishers_own_closing_word_ends_the_loose_paragraphs(fast):
    """`About us`: the publisher's boilerplate names no partner of the operation."""
    head, rest = TEXTS["en"].split("\n\n", 1)
    body = rest.rsplit("\n\n", 2)[0]
    found = operation_tuples(fast, f"{head}\n\n{body}\n\nAbout us\n\nThe World Bank supports the ministry of finance.", "en")
    assert not any(t[1] == "partner" and t[2] == "world bank" for t in found), found
