"""Partnership and operation wording found on the eleventh set of texts written by others."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


def test_a_cue_that_is_a_verb_in_the_first_person_has_the_publisher_as_subject(fast):
    text = "En materia ambiental, cooperamos con la UNODC y con Europol en la persecución del tráfico de residuos."
    found = tuples(fast.analyse(text, doc_id="t", lang="es", publisher="INTERPOL"))
    assert {("PARTNERSHIP", ("interpol", "unodc")), ("PARTNERSHIP", ("europol", "interpol"))} <= found


@pytest.mark.parametrize("lang, text", [
    ("es", "Con la UNODC y los Estados fundadores, Argentina, Brasil y Paraguay, hemos impulsado "
           "la adopción de criterios comunes."),
    ("fr", "Avec l'ONUDC et les États fondateurs, l'Argentine, le Brésil et le Paraguay, nous avons "
           "adopté des critères communs."),
    ("en", "With UNODC and the founding States, Argentina, Brazil and Paraguay, we have promoted "
           "common criteria."),
])
def test_a_sentence_opening_on_with_keeps_a_list_that_goes_on_after_a_conjunction(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL")) if t[0] == "PARTNERSHIP"}
    assert {("PARTNERSHIP", tuple(sorted(("interpol", other)))) for other in ("unodc", "arg", "bra", "pry")} <= found
    assert not any("interpol" not in t[1] for t in found)  # the countries are no partners of UNODC


@pytest.mark.parametrize("lang, text, convention", [
    ("fr", "Notre action s'inscrit dans le cadre de la Convention des Nations Unies contre la corruption. "
           "Pour la mettre en œuvre, nous travaillons étroitement avec l'ONUDC et Europol.", "uncac"),
    ("en", "Our action is guided by the United Nations Convention against Corruption. To implement it, "
           "we work closely with UNODC and Europol.", "uncac"),
    ("es", "Nuestra acción se inscribe en la Convención de las Naciones Unidas contra la Corrupción. Para "
           "aplicarla, trabajamos estrechamente con la UNODC y Europol.", "uncac"),
])
def test_a_sentence_opening_on_serving_the_texts_just_named_works_under_them(fast, lang, text, convention):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert ("PARTNERSHIP", ("interpol", "unodc"), "framework", convention) in found
    assert ("PARTNERSHIP", ("europol", "interpol"), "framework", convention) in found


def test_without_words_of_purpose_the_texts_of_the_sentence_before_are_no_framework(fast):
    text = ("Notre action s'inscrit dans le cadre de la Convention des Nations Unies contre la corruption. "
            "Nous travaillons étroitement avec l'ONUDC et Europol.")
    found = tuples(fast.analyse(text, doc_id="t", lang="fr", publisher="INTERPOL"))
    assert ("PARTNERSHIP", ("interpol", "unodc")) in found
    assert not any(len(t) > 2 and t[2] == "framework" for t in found)


@pytest.mark.parametrize("lang, text", [
    ("en", "Police chiefs met in Vilnius to review Operation Amber Tide.\n\nOver three days, officers "
           "worked at land crossings and ferry terminals. The operation was supported by Europol."),
    ("fr", "Les chefs de police se sont réunis à Vilnius pour dresser le bilan de l'opération Amber Tide.\n\n"
           "En trois jours, les équipes ont travaillé aux frontières. L'opération s'est déroulée avec le soutien d'Europol."),
    ("es", "Los jefes de policía se reunieron en Vilnius para evaluar la Operación Amber Tide.\n\n"
           "Durante tres días, los agentes trabajaron en las fronteras. La operación contó con el apoyo de Europol."),
])
def test_the_paragraph_after_an_operation_goes_on_about_it_when_a_later_sentence_refers_back(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert any(t[0] == "OPERATION" and t[2:] == ("partner", "europol") for t in found)


def test_a_paused_run_resumes_only_on_a_paragraph_opening_on_the_operation(fast):
    text = ("Police chiefs met in Vilnius to review Operation Amber Tide.\n\nThe Task Force was founded "
            "in 1996 in Visby.\n\nSince then, the centres have worked at sea. These operations were "
            "supported by Europol.")
    found = tuples(fast.analyse(text, doc_id="t", lang="en"))
    assert not any(t[0] == "OPERATION" and "europol" in t[2:] for t in found)


def test_an_article_running_into_a_body_name_is_no_word_for_an_operation(fast):
    text = ("Los jefes de policía evaluaron la Operación Cóndor.\n\nLa SGCAN trabaja con el Programa de las "
            "Naciones Unidas para el Desarrollo en esta materia.")
    found = tuples(fast.analyse(text, doc_id="t", lang="es"))
    assert not any(t[0] == "OPERATION" and "undp" in t[2:] for t in found)


@pytest.mark.parametrize("lang, text", [
    ("es", "Las aduanas sostienen la red, y con ellas trabajamos a diario: la UNODC y Europol."),
    ("es", "Los institutos nacionales son la base, y con ellos trabajamos sin pausa: la UNODC y Europol."),
    ("fr", "Les douanes portent le réseau, et avec elles nous travaillons chaque jour : l'ONUDC et Europol."),
    ("en", "Customs services carry the network, and with them we work every day: UNODC and Europol."),
])
def test_a_cue_opening_on_with_them_pairs_the_publisher_with_the_list_that_follows(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL")) if t[0] == "PARTNERSHIP"}
    assert {("PARTNERSHIP", ("interpol", "unodc")), ("PARTNERSHIP", ("europol", "interpol"))} <= found
