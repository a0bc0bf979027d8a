"""A sentence of an operation's run that closes on a word for partners and a colon (`Partners of
X:`, `Socios de X:`, `Ses partenaires au Togo :`) lists its partners in the bullets after it: the
bodies each bullet opens on are the operation's partners (`operation_partners.bulleted`)."""

from __future__ import annotations

import pytest

from facts_helpers import line_blocks, operation_values, rule_tuples

NAMES = {
    "Blue Corridor": ("OPERATION", "Blue Corridor"),
    "Oxfam": ("ORG", "Oxfam"),
    "UNICEF": ("ORG", "UNICEF"),
    "Orvane Council": ("ORG", "Orvane Council"),
    "Telmar Agency": ("ORG", "Telmar Agency"),
}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Blue Corridor programme was set up in 2016 with three partners, its founders:\n"
           "- Oxfam;\n- the Orvane Council, which hosts the secretariat;\n- UNICEF and the Telmar Agency."),
    ("fr", "Le programme Blue Corridor rassemble depuis 2016 des partenaires de trois pays :\n"
           "- Oxfam ;\n- l'Orvane Council, qui en accueille le secrétariat ;\n- l'UNICEF et la Telmar Agency."),
    ("es", "El programa Blue Corridor reúne desde 2016 a socios de tres países:\n"
           "- Oxfam;\n- el Orvane Council, que acoge la secretaría;\n- el UNICEF y la Telmar Agency."),
])
def test_the_bullets_after_a_word_for_partners_are_the_partners(lang, text):
    found = rule_tuples(text, lang, NAMES, blocks=line_blocks(text))
    partners = operation_values(found, "partner")
    assert {"oxfam", "orvane council", "unicef", "telmar agency"} <= partners, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Blue Corridor programme runs in three ports:\n- Oxfam reports on the first;\n- the second is new."),
    ("fr", "Le programme Blue Corridor couvre trois ports :\n- Oxfam rend compte du premier ;\n- le second est neuf."),
    ("es", "El programa Blue Corridor cubre tres puertos:\n- Oxfam informa sobre el primero;\n- el segundo es nuevo."),
])
def test_bullets_after_another_colon_name_no_partners(lang, text):
    found = rule_tuples(text, lang, NAMES, blocks=line_blocks(text))
    assert "oxfam" not in operation_values(found, "partner"), found


@pytest.mark.parametrize("lang, text", [
    # review, twentieth session: a body's partners, listed after its name, are not the operation's
    ("en", "Operation Blue Corridor involves Oxfam.\nPartners of the Orvane Council:\n- UNICEF\n- the Telmar Agency"),
    ("fr", "L'opération Blue Corridor associe Oxfam.\nPartenaires de l'Orvane Council :\n- l'UNICEF\n- la Telmar Agency"),
    ("es", "La operación Blue Corridor asocia a Oxfam.\nSocios del Orvane Council:\n- el UNICEF\n- la Telmar Agency"),
])
def test_bullets_of_another_body_s_partners_are_not_the_operation_s(lang, text):
    found = rule_tuples(text, lang, NAMES, blocks=line_blocks(text))
    assert not operation_values(found, "partner") & {"unicef", "telmar agency"}, found
