"""The doers of one joint act named alike (`cosubjects.py`): co-subjects of a word of jointness
and the agents of a participle of making are partners two by two."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

O, S = "ORG", "COUNTRY"


def _p(a, b):
    return ("PARTNERSHIP", tuple(sorted((a.casefold(), b.casefold()))))


def _pairs(found):
    return {t for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Après les crues, l'Agence Zed et l'Office Kilo ont conduit ensemble l'évaluation des digues de l'Union Lima.",
     {"Agence Zed": (O, "AZ"), "Office Kilo": (O, "OK"), "Union Lima": (O, "UL")}),
    ("en", "After the floods, the Zed Agency and the Kilo Office jointly ran the review of the dikes of the Lima Union.",
     {"Zed Agency": (O, "AZ"), "Kilo Office": (O, "OK"), "Lima Union": (O, "UL")}),
    ("es", "Un año después, la Agencia Zed y la Oficina Kilo coordinan la reconstrucción de los diques de la Unión Lima.",
     {"Agencia Zed": (O, "AZ"), "Oficina Kilo": (O, "OK"), "Unión Lima": (O, "UL")}),
])
def test_co_subjects_of_a_joint_act_are_a_pair(lang, text, names):
    found = _pairs(rule_tuples(text, lang, names))
    assert _p("AZ", "OK") in found
    assert _p("AZ", "UL") not in found and _p("OK", "UL") not in found  # the owner of the thing they did


@pytest.mark.parametrize("lang, text", [
    ("en", "Further south, Ghana, Togo and Benin conduct coordinated patrols in the gulf."),
    ("fr", "Plus au sud, le Ghana, le Togo et le Bénin mènent conjointement des patrouilles dans le golfe."),
    ("es", "Más al sur, Ghana, Togo y Benín realizan conjuntamente patrullas en el golfo."),
])
def test_states_named_as_co_subjects_pair_two_by_two(lang, text):
    names = {n: (S, c) for n, c in (("Ghana", "GHA"), ("Togo", "TGO"), ("Benin", "BEN"), ("Bénin", "BEN"), ("Benín", "BEN"))}
    found = _pairs(rule_tuples(text, lang, names))
    assert {_p("GHA", "TGO"), _p("GHA", "BEN"), _p("TGO", "BEN")} <= found


@pytest.mark.parametrize("lang, text, names", [
    ("en", "The patrols of Ghana and Togo are coordinated from Accra.", {"Ghana": (S, "GHA"), "Togo": (S, "TGO")}),
    ("en", "Ghana or Togo coordinate the patrols each year.", {"Ghana": (S, "GHA"), "Togo": (S, "TGO")}),
    ("es", "Con la Agencia Zed y la Oficina Kilo coordinan los turnos.", {"Agencia Zed": (O, "AZ"), "Oficina Kilo": (O, "OK")}),
    ("fr", "L'Agence Zed et l'Office Kilo publient l'ensemble des données.", {"Agence Zed": (O, "AZ"), "Office Kilo": (O, "OK")}),
])
def test_no_joint_act_without_its_subject(lang, text, names):
    assert not _pairs(rule_tuples(text, lang, names))


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "La ligne Zed, construite par la Société Kilo, l'Office Lima et la Régie Mike, a été inaugurée en 2017.",
     {"Société Kilo": (O, "SK"), "Office Lima": (O, "OL"), "Régie Mike": (O, "RM")}),
    ("en", "The Zed line, built by the Kilo Company, the Lima Office and the Mike Board, opened in 2017.",
     {"Kilo Company": (O, "SK"), "Lima Office": (O, "OL"), "Mike Board": (O, "RM")}),
    ("es", "La línea Zed, construida por la Sociedad Kilo, la Oficina Lima y la Junta Mike, se inauguró en 2017.",
     {"Sociedad Kilo": (O, "SK"), "Oficina Lima": (O, "OL"), "Junta Mike": (O, "RM")}),
])
def test_the_makers_of_one_work_are_partners(lang, text, names):
    found = _pairs(rule_tuples(text, lang, names))
    assert {_p("SK", "OL"), _p("SK", "RM"), _p("OL", "RM")} <= found


def test_one_maker_is_no_partnership():
    text = "La ligne Zed, construite par la Société Kilo, a été inaugurée en 2017 par l'Office Lima."
    assert not _pairs(rule_tuples(text, "fr", {"Société Kilo": (O, "SK"), "Office Lima": (O, "OL")}))


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Le logiciel Zed, développé par la Société Kilo ou l'Office Lima, sera livré en 2027.",
     {"Société Kilo": (O, "SK"), "Office Lima": (O, "OL")}),
    ("en", "The Zed software, built by the Kilo Company or the Lima Office, ships in 2027.",
     {"Kilo Company": (O, "SK"), "Lima Office": (O, "OL")}),
    ("es", "El programa Zed, desarrollado por la Sociedad Kilo o la Oficina Lima, se entregará en 2027.",
     {"Sociedad Kilo": (O, "SK"), "Oficina Lima": (O, "OL")}),
])
def test_makers_named_as_alternatives_are_no_partners(lang, text, names):
    assert _p("SK", "OL") not in _pairs(rule_tuples(text, lang, names))
