"""Agreements in wordings of their own: a subject list adopting an instrument across auxiliaries,
a state acting through its government, Spanish first-person signatures, and the partners after
`with` ending at a clause of another noun (the rules alone, on given mentions)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

BODIES = {"Union africaine": ("ORG", "AU"), "UA": ("ORG", "AU"), "African Union": ("ORG", "AU"),
          "Unión Africana": ("ORG", "AU"), "CEDEAO": ("ORG", "ECOWAS"), "ECOWAS": ("ORG", "ECOWAS"),
          "Economic Community of West African States": ("ORG", "ECOWAS"),
          "Charte de Lomé": ("INSTRUMENT", "Lomé Charter"), "Lomé Charter": ("INSTRUMENT", "Lomé Charter"),
          "Carta de Lomé": ("INSTRUMENT", "Lomé Charter"), "mars 2016": ("DATE", "2016-03"),
          "March 2016": ("DATE", "2016-03"), "marzo de 2016": ("DATE", "2016-03")}
PAIR = ("au", "ecowas")


@pytest.mark.parametrize("lang, text", [
    ("fr", "En mars 2016, l'Union africaine et la CEDEAO ont adopté ensemble la Charte de Lomé."),
    ("en", "In March 2016, the African Union and the Economic Community of West African States (ECOWAS) adopted "
           "the Lomé Charter."),
    ("en", "In March 2016, the African Union and ECOWAS have jointly adopted the Lomé Charter."),
    ("es", "En marzo de 2016, la Unión Africana y la CEDEAO han adoptado la Carta de Lomé."),
])
def test_a_list_adopting_an_instrument_across_auxiliaries_agrees_on_it(lang, text):
    found = rule_tuples(text, lang, BODIES)
    assert ("AGREEMENT", PAIR, "date", "2016-03") in found
    assert ("AGREEMENT", PAIR, "instrument", "lomé charter") in found


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Union africaine et la CEDEAO ont salué la Charte de Lomé."),
    ("en", "The African Union and ECOWAS have welcomed the Lomé Charter, adopted in March 2016."),
])
def test_auxiliaries_before_another_verb_make_no_adoption(lang, text):
    assert not any(t[0] == "AGREEMENT" for t in rule_tuples(text, lang, BODIES))


STATES = {"OMS": ("ORG", "WHO"), "WHO": ("ORG", "WHO"), "Mali": ("COUNTRY", "MLI"), "Malí": ("COUNTRY", "MLI"),
          "1990": ("DATE", "1990")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "En 1990, l'OMS a conclu avec le gouvernement du Mali un accord de siège."),
    ("en", "In 1990, the WHO signed an agreement with the Government of Mali."),
    ("es", "En 1990, la OMS firmó un convenio con el Gobierno de Malí."),
])
def test_a_state_signs_through_its_government(lang, text):
    assert ("AGREEMENT", ("mli", "who"), "date", "1990") in rule_tuples(text, lang, STATES)


def test_a_spanish_first_person_signature_is_the_publishers_agreement():
    text = "En 1990 firmamos con el Gobierno de Malí un acuerdo de cooperación."
    found = rule_tuples(text, "es", STATES, publisher="WHO")
    assert ("AGREEMENT", ("mli", "who"), "date", "1990") in found


PARTNERS = {"OMS": ("ORG", "WHO"), "WHO": ("ORG", "WHO"), "FAO": ("ORG", "FAO"), "PNUD": ("ORG", "UNDP"),
            "UNDP": ("ORG", "UNDP")}


@pytest.mark.parametrize("lang, text", [
    ("es", "La OMS mantiene un memorando de entendimiento con la FAO, y un diálogo permanente con el PNUD."),
    ("en", "WHO has a memorandum of understanding with FAO, and a standing dialogue with UNDP."),
    ("fr", "L'OMS a signé un protocole d'accord avec la FAO, et un dialogue permanent avec le PNUD."),
])
def test_the_partners_after_with_end_at_another_nouns_clause(lang, text):
    agreements = {t[1] for t in rule_tuples(text, lang, PARTNERS) if t[0] == "AGREEMENT"}
    assert agreements == {("fao", "who")}


@pytest.mark.parametrize("lang, text", [
    ("en", "WHO signed a memorandum of understanding with FAO, UNDP, and UNICEF."),
])
def test_a_list_after_with_goes_on_past_its_comma(lang, text):
    names = {**PARTNERS, "UNICEF": ("ORG", "UNICEF")}
    agreements = {t[1] for t in rule_tuples(text, lang, names) if t[0] == "AGREEMENT"}
    assert agreements == {("fao", "who"), ("undp", "who"), ("unicef", "who")}


FRAMED = {"Indonesia": ("COUNTRY", "IDN"), "Malaysia": ("COUNTRY", "MYS"), "Indonésie": ("COUNTRY", "IDN"),
          "Malaisie": ("COUNTRY", "MYS"), "Malasia": ("COUNTRY", "MYS"),
          "Joint Patrol Arrangement": ("INSTRUMENT", "JPA"), "Accord de patrouille conjointe": ("INSTRUMENT", "JPA"),
          "Acuerdo de Patrulla Conjunta": ("INSTRUMENT", "JPA"), "1992": ("DATE", "1992")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Indonesia and Malaysia patrol the strait under their Joint Patrol Arrangement."),
    ("fr", "L'Indonésie et la Malaisie patrouillent dans le détroit dans le cadre de l'Accord de patrouille conjointe."),
    ("es", "Indonesia y Malasia patrullan el estrecho en el marco del Acuerdo de Patrulla Conjunta."),
])
def test_the_name_of_an_instrument_worked_under_states_no_agreement(lang, text):
    assert not any(t[0] == "AGREEMENT" for t in rule_tuples(text, lang, FRAMED))


@pytest.mark.parametrize("lang, text", [
    ("en", "Indonesia and Malaysia signed the Joint Patrol Arrangement in 1992."),
    ("fr", "L'Indonésie et la Malaisie ont signé l'Accord de patrouille conjointe en 1992."),
])
def test_an_instrument_signed_is_still_an_agreement(lang, text):
    assert ("AGREEMENT", ("idn", "mys"), "instrument", "jpa") in rule_tuples(text, lang, FRAMED)
