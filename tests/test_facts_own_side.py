"""The speaker's own side of a cue: bodies named as the acting subject of a cue of support are each
the supported one's partner, not partners of one another; and a first-person possessive heading
the noun the partners stand after (`con nuestras contrapartes de la región: A, B`) is no partner
list of its own, the list after it is."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"RAA": ("ORG", "RAA"), "UNESCO": ("ORG", "UNESCO"), "FAO": ("ORG", "FAO"),
         "Banque mondiale": ("ORG", "World Bank"), "World Bank": ("ORG", "World Bank"),
         "Banco Mundial": ("ORG", "World Bank"), "Ministerio de Cultura": ("ORG", "Ministerio de Cultura")}
OWNED = {("raa", "unesco"), ("fao", "raa"), ("raa", "world bank")}
AMONG = {("fao", "unesco"), ("fao", "world bank"), ("unesco", "world bank")}


def _tuples(text: str, lang: str, models: dict | None, publisher: str = "RAA") -> set:
    return rule_tuples(text, lang, NAMES, publisher=publisher, learned=models != {})


def _pairs(found: set) -> set:
    return {t[1] for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("en", "The network reports to its members every year.\n"
           "UNESCO, the FAO and the World Bank have all flown experts in support of our operations."),
    ("fr", "Le réseau rend compte à ses membres chaque année.\n"
           "L'UNESCO, la FAO et la Banque mondiale appuient nos opérations sur le terrain."),
    ("es", "La red rinde cuentas a sus miembros cada año.\n"
           "La UNESCO, la FAO y el Banco Mundial apoyan nuestras operaciones sobre el terreno."),
])
def test_supporters_acting_are_partners_of_the_supported_alone(lang, text):
    pairs = _pairs(_tuples(text, lang, None))
    assert OWNED <= pairs
    assert not pairs & AMONG


@pytest.mark.parametrize("models", [{}, None], ids=["rules", "model"])
@pytest.mark.parametrize("lang, text", [
    ("es", "Trabajamos con nuestras contrapartes de los otros países: la UNESCO, la FAO y el Banco Mundial."),
    ("en", "We work with our counterparts in the other countries: UNESCO, the FAO and the World Bank."),
    ("fr", "Nous travaillons avec nos homologues des autres pays : l'UNESCO, la FAO et la Banque mondiale."),
])
def test_own_possessive_before_the_partners_is_no_list(lang, text, models):
    pairs = _pairs(_tuples(text, lang, models))
    assert OWNED <= pairs
    assert not pairs & AMONG


@pytest.mark.parametrize("lang, text", [
    # a verb in the first person is no possessive: the body after it is no partner of the cue
    ("es", "Somos el órgano de la cooperación del país y dependemos del Ministerio de Cultura."),
    # a comma after the possessive's noun ends the cue's others
    ("en", "We work with our own teams, while UNESCO, the FAO and the World Bank fund the programme."),
])
def test_own_possessive_reads_no_further(lang, text):
    pairs = _pairs(_tuples(text, lang, {}))
    assert not pairs & (OWNED | {("ministerio de cultura", "raa")})
