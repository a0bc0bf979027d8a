"""A list goes on after an acronym defined in parentheses (`Instituto … (IHCAFE) y PROCAFE`), but
an acronym after the comma alone that a lower-case word follows qualifies that word (`(KFA), IUU
fishing`), and acronyms of common nouns (`COVID-19`, `VIH`) are no body's. Runs the shipped
patterns on the rule-only pipeline with made-up sentences."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, wrong", [
    ("en", "The Korvel Fisheries Agency (KFA), KRX monitoring and patrols were discussed.", "KRX"),
    ("fr", "L'Agence korvelienne des pêches (AKP), KRX surveillance et patrouilles ont été discutées.", "KRX"),
    ("es", "La Agencia Korvel de Pesca (AKP), KRX vigilancia y patrullas fueron debatidas.", "KRX"),
    ("en", "The Korvel Fisheries Agency (KFA), COVID-19 and MERS slowed the fleet.", "COVID-19"),
    ("fr", "L'Agence korvelienne des pêches (AKP), la COVID-19 et le VIH ont freiné la flotte.", "VIH"),
    ("es", "La Agencia Korvel de Pesca (AKP), la COVID-19 y el VIH frenaron la flota.", "COVID-19"),
])
def test_a_list_after_a_definition_takes_no_qualifying_acronym(extractor, lang, text, wrong):
    assert wrong not in orgs(extractor, text, lang)


@pytest.mark.parametrize("lang, text, name", [
    ("es", "El Instituto Korvel del Café (IKCAFE) y KORCAFE firmaron un convenio.", "KORCAFE"),
    ("en", "The Korvel Fisheries Agency (KFA), KORNAV and the Coast Guard met.", "KORNAV"),
    ("fr", "L'Agence korvelienne des pêches (AKP), la KORNAV et les garde-côtes se sont réunis.", "KORNAV"),
])
def test_a_list_after_a_definition_still_takes_acronyms(extractor, lang, text, name):
    assert name in orgs(extractor, text, lang)
