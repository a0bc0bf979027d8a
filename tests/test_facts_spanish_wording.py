"""Spanish wordings of cooperation and membership (verb forms, adverbs inside a cue, first person
by the verb's ending), each with its French or English kin where the kind exists there."""

from __future__ import annotations

import pytest

from facts_helpers import tuples

from partex.facts.words import load_fact_words


@pytest.mark.parametrize("lang, text, cue", [
    ("es", "La agencia trabaja también con la policía.", "trabaja también con"),
    ("es", "Trabajamos asimismo con la universidad.", "Trabajamos asimismo con"),
    ("fr", "L'office travaille aussi avec la police.", "travaille aussi avec"),
])
def test_an_adverb_inside_a_cue_phrase_keeps_the_phrase(lang, text, cue):
    words = load_fact_words(lang)
    found = {text[c.start():c.end()] for cues in words.scan(text).values() for c in cues}
    assert cue in found


def test_an_adverb_never_opens_or_ends_a_cue_phrase():
    text = "También con la policía."
    words = load_fact_words("es")
    assert not any(text[c.start():c.end()].casefold().startswith("también")
                   for cues in words.scan(text).values() for c in cues)


@pytest.mark.parametrize("text, verb", [
    ("Desplegamos equipos en la frontera.", "Desplegamos"),
    ("Este año capacitamos a 300 agentes.", "capacitamos"),
    ("Entonces colaborábamos con la policía.", "colaborábamos"),
])
def test_a_verb_in_the_first_person_plural_is_the_first_person_by_its_ending(text, verb):
    words = load_fact_words("es")
    found = {text[c.start():c.end()] for c in words.scan(text).get("first_person", ())}
    assert verb in found


@pytest.mark.parametrize("text", [
    "Se incautaron 300 kilogramos de cocaína.",
    "Los próximos pasos y los préstamos del banco.",
    "Los mismos tramos de la carretera.",
])
def test_nouns_and_adjectives_with_a_first_person_ending_are_no_first_person(text):
    words = load_fact_words("es")
    assert not words.scan(text).get("first_person")


def test_a_verb_in_the_first_person_alone_makes_the_publisher_a_partner(fast):
    text = "Desde 2020 capacitamos junto con la UNODC a los agentes de aduanas de la región."
    found = tuples(fast.analyse(text, doc_id="t", lang="es", publisher="INTERPOL"))
    assert ("PARTNERSHIP", ("interpol", "unodc")) in found


@pytest.mark.parametrize("text", [
    "El Banco Interamericano de Desarrollo y las aduanas de la región\n\nEn la Organización Mundial de "
    "Aduanas (OMA), que tenemos el mandato de acompañar este proceso, agradecemos el apoyo de la Unión Europea.",
])
def test_a_body_named_before_a_relative_clause_in_the_first_person_is_the_publisher(fast, text):
    assert fast.analyse(text, doc_id="t", lang="es").publisher == "WCO"


@pytest.mark.parametrize("lang, text", [
    ("es", "Agradecemos el apoyo de la Unión Europea en la modernización de los puestos fronterizos."),
])
def test_thanking_a_body_for_its_support_is_a_partnership_with_it(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert ("PARTNERSHIP", ("eu", "interpol")) in found


def test_counting_on_a_bodys_support_is_no_membership(fast):
    text = "La Oficina Regional de Aduanas de Varnia cuenta con el apoyo de la Unión Europea y de Japón."
    found = tuples(fast.analyse(text, doc_id="t", lang="es", publisher="WCO"))
    assert not any(t[0] == "MEMBERSHIP" for t in found)


def test_a_list_of_bodies_each_after_the_personal_a_is_one_list(fast):
    text = ("El Comité Técnico, que se reúne cada mes, reunió al Instituto Geográfico Nacional, al Consejo "
            "Superior de Investigaciones Científicas y a la Agencia Estatal de Meteorología.")
    found = tuples(fast.analyse(text, doc_id="t", lang="es"))
    members = {t[3] for t in found if t[0] == "MEMBERSHIP" and t[2] == "member"}
    assert len(members) == 3, found
