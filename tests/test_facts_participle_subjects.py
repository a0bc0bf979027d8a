"""Who a cue's sides are past an aside (issue 11): a participle clause a comma opens (`X is funded
by A, working with B`) hangs on the clause's subject; a list between commas right before the verb
(`X, a joint initiative of A and B, works with C`; `A and B, through C, support our work`) only
describes what stands before it; the first person after an opening with-phrase is its subject
(`Junto con A y otras instituciones, seguimos …`); a body named as an example after the partners
(`avec l'UA, notamment AFRIPOL`) is a partner too."""

from __future__ import annotations

import pytest


def pairs(fast, text: str, lang: str, publisher: str | None = None) -> set:
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang, publisher=publisher)
    return {t[1] for fact in records(analysis.facts) for t in fact.tuples if t[0] == "PARTNERSHIP"}


@pytest.mark.parametrize("lang, text", [
    ("en", "The World Health Organization receives most of its funds from Germany and Japan, working "
           "with UNICEF on vaccination in rural districts."),
    ("fr", "L'Organisation mondiale de la santé reçoit l'essentiel de ses fonds de l'Allemagne et du Japon, "
           "travaillant avec l'UNICEF à la vaccination dans les districts ruraux."),
    ("es", "La Organización Mundial de la Salud recibe la mayor parte de sus fondos de Alemania y Japón, "
           "trabajando con UNICEF en la vacunación de los distritos rurales."),
])
def test_a_participle_clause_hangs_on_the_subject_of_its_sentence(fast, lang, text):
    found = pairs(fast, text, lang)
    assert ("unicef", "who") in found
    assert not {("jpn", "unicef"), ("deu", "unicef")} & found


@pytest.mark.parametrize("lang, text", [
    # a word with a gerund's ending that is no participle (class `not_gerund`) opens no such clause
    ("en", "The European Union funds the UNDP, including its work with UNICEF."),
    ("en", "Senegal hosted the UNDP, during its partnership with UNICEF."),
    ("fr", "Le Sénégal a accueilli le PNUD, pendant son partenariat avec l'UNICEF."),
    ("es", "Senegal acogió al PNUD, cuando colaboraba con UNICEF."),
])
def test_a_preposition_with_a_gerunds_ending_opens_no_participle_clause(fast, lang, text):
    found = pairs(fast, text, lang)
    assert not {("eu", "unicef"), ("sen", "unicef"), ("unicef", "sen"), ("unicef", "eu")} & found


@pytest.mark.parametrize("lang, text", [
    ("en", "The World Health Organization receives funds from Germany, while Japan is working with UNICEF."),
    ("fr", "L'Organisation mondiale de la santé reçoit des fonds de l'Allemagne, tandis que le Japon travaille "
           "avec l'UNICEF."),
    ("es", "La Organización Mundial de la Salud recibe fondos de Alemania, mientras que Japón trabaja con UNICEF."),
])
def test_a_clause_with_a_subject_of_its_own_keeps_it(fast, lang, text):
    found = pairs(fast, text, lang)
    assert ("jpn", "unicef") in found
    assert ("unicef", "who") not in found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Global Health Alliance (GHA), a joint initiative of the World Health Organization and the "
           "World Bank, has worked with UNICEF on cold chains."),
    ("fr", "L'Alliance mondiale pour la santé (GHA), une initiative conjointe de l'Organisation mondiale de la "
           "santé et de la Banque mondiale, coopère avec l'UNICEF sur la chaîne du froid."),
    ("es", "La Alianza Mundial para la Salud (GHA), una iniciativa conjunta de la Organización Mundial de la "
           "Salud y del Banco Mundial, coopera con UNICEF en la cadena de frío."),
])
def test_an_apposition_only_describes_the_body_before_it(fast, lang, text):
    assert ("gha", "unicef") in pairs(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Germany and Japan, through the World Bank, support our vaccination programmes."),
    ("fr", "L'Allemagne et le Japon, par l'intermédiaire de la Banque mondiale, soutiennent nos programmes de vaccination."),
    ("es", "Alemania y Japón, a través del Banco Mundial, apoyan nuestros programas de vacunación."),
])
def test_a_body_named_in_an_aside_before_the_verb_is_not_its_subject(fast, lang, text):
    found = pairs(fast, text, lang, publisher="WHO")
    assert {("deu", "who"), ("jpn", "who")} <= found


@pytest.mark.parametrize("lang, text", [
    ("en", "Together with the World Health Organization and other partners of the region, we keep vaccinating children."),
    ("fr", "Avec l'OMS et d'autres partenaires de la région, nous continuons à vacciner les enfants."),
    ("es", "Junto con la Organización Mundial de la Salud y otras instituciones de la región, seguimos vacunando a los niños."),
])
def test_the_first_person_after_an_opening_with_is_its_subject_not_one_more_partner(fast, lang, text):
    assert ("unicef", "who") in pairs(fast, text, lang, publisher="UNICEF")


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL works with the European Union and with the African Union, notably AFRIPOL, on terrorism."),
    ("fr", "INTERPOL coopère avec l'Union européenne et avec l'Union africaine, notamment AFRIPOL, contre le terrorisme."),
    ("es", "INTERPOL coopera con la Unión Europea y con la Unión Africana, en particular AFRIPOL, contra el terrorismo."),
])
def test_a_body_named_as_an_example_after_the_partners_is_a_partner_too(fast, lang, text):
    found = pairs(fast, text, lang)
    assert {("afripol", "interpol"), ("au", "interpol")} <= found
    assert ("afripol", "au") not in found
