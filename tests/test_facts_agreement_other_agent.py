"""The agent of another participle after a word of signature (`… une déclaration sur les archives
conservées par X`) describes a thing the agreement is about: the signatories are the subject before
the word (rules alone, given mentions; made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples
from test_facts_agreement_named_only import NAMES, PAIR


OTHER_AGENT = {**NAMES, "Pacific Fisheries Board": ("ORG", "PFB"), "Conseil des pêches du Pacifique": ("ORG", "PFB"),
               "Consejo Pesquero del Pacífico": ("ORG", "PFB")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Chili et le Pérou ont signé le 5 mai 2011 une déclaration sur le retour des archives conservées "
           "notamment par le Conseil des pêches du Pacifique."),
    ("en", "Chile and Peru signed on 5 May 2011 a declaration on the return of the archives held mainly by the "
           "Pacific Fisheries Board."),
    ("es", "Chile y Perú firmaron el 5 de mayo de 2011 una declaración sobre el retorno del archivo guardado "
           "principalmente por el Consejo Pesquero del Pacífico."),
])
def test_the_agent_of_another_participle_after_the_cue_is_no_signatory(lang, text):
    found = {t for t in rule_tuples(text, lang, OTHER_AGENT) if t[0] == "AGREEMENT"}
    assert ("AGREEMENT", PAIR, "date", "2011-05-05") in found
    assert not any("pfb" in t[1] for t in found)
