"""A clause a conjunction opens right after the operation's name (`… finance le programme X, et
nous coopérons aussi avec A`, `… financia el programa X, y trabajamos con A`) is no part of the
operation's clause: the bodies there work with the publisher, not in the operation; where the
operation's own clause names them (`we run the X programme with A`), they take part in it."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples

_NAMES = {**OPERATION_NAMES, "Coastal Survey Agency": ("ORG", "Coastal Survey Agency"),
          "Agence côtière": ("ORG", "Agence côtière"), "Agencia Costera": ("ORG", "Agencia Costera"),
          "World Fisheries Bank": ("ORG", "World Fisheries Bank"), "Banque des pêches": ("ORG", "Banque des pêches"),
          "Banco Pesquero": ("ORG", "Banco Pesquero"), "we": ("PUBLISHER", "INTERPOL"), "nous": ("PUBLISHER", "INTERPOL"),
          "Nous": ("PUBLISHER", "INTERPOL")}

_OURS = [
    ("en", "The World Fisheries Bank funds the Sahel Shield programme, and we also work closely with the Coastal Survey Agency."),
    ("fr", "La Banque des pêches finance le programme Sahel Shield, et nous coopérons aussi avec l'Agence côtière."),
    ("es", "El Banco Pesquero financia el programa Sahel Shield, y trabajamos de la mano con la Agencia Costera."),
]


@pytest.mark.parametrize("lang,text", _OURS)
def test_bodies_in_the_clause_after_the_operations_name_are_no_partners_of_it(lang, text):
    found = operation_values(rule_tuples(text, lang, _NAMES, publisher="INTERPOL"), "partner")
    assert not found & {"coastal survey agency", "agence côtière", "agencia costera"}, found


@pytest.mark.parametrize("lang,text", [
    ("en", "We run the Sahel Shield programme together with the Coastal Survey Agency."),
    ("fr", "Nous menons le programme Sahel Shield en coopération avec l'Agence côtière."),
    ("es", "Ejecutamos el programa Sahel Shield en colaboración con la Agencia Costera."),
])
def test_bodies_the_publisher_runs_the_operation_with_take_part(lang, text):
    found = operation_values(rule_tuples(text, lang, _NAMES, publisher="INTERPOL"), "partner") | operation_values(
        rule_tuples(text, lang, _NAMES, publisher="INTERPOL"), "lead")
    assert found & {"coastal survey agency", "agence côtière", "agencia costera"}, found
