"""Participles around a body's members and partners: the agent of an opening participle is not
the subject of a gathering verb; members that joined a list later; a figure of founding states
before their list in parentheses; the agents of a joint act or of an event they organised."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

S = "COUNTRY"


def _m(body, role, value):
    return ("MEMBERSHIP", body.casefold(), role, value.casefold())


def _p(a, b):
    return ("PARTNERSHIP", tuple(sorted((a.casefold(), b.casefold()))))


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Fondée en 1990 par le Traité de Lomé, l'Autorité du fleuve Zed réunit trois États membres : le Ghana, le Togo et le Bénin.",
     {"Traité de Lomé": ("INSTRUMENT", "T"), "Autorité du fleuve Zed": ("ORG", "AFZ"), "trois États membres": ("FIGURE", "3 état membre"),
      "Ghana": (S, "GHA"), "Togo": (S, "TGO"), "Bénin": (S, "BEN")}),
    ("en", "Established in 1990 by the Treaty of Lome, the Zed River Authority brings together three member states: Ghana, Togo and Benin.",
     {"Treaty of Lome": ("INSTRUMENT", "T"), "Zed River Authority": ("ORG", "AFZ"), "three member states": ("FIGURE", "3 member state"),
      "Ghana": (S, "GHA"), "Togo": (S, "TGO"), "Benin": (S, "BEN")}),
    ("es", "Creada en 1990 por el Tratado de Lomé, la Autoridad del Río Zed reúne a tres Estados miembros: Ghana, Togo y Benín.",
     {"Tratado de Lomé": ("INSTRUMENT", "T"), "Autoridad del Río Zed": ("ORG", "AFZ"), "tres Estados miembros": ("FIGURE", "3 estado miembro"),
      "Ghana": (S, "GHA"), "Togo": (S, "TGO"), "Benín": (S, "BEN")}),
])
def test_agent_of_opening_participle_is_not_the_subject(lang, text, names):
    found = rule_tuples(text, lang, names)
    assert _m("AFZ", "member", "GHA") in found and _m("AFZ", "member", "BEN") in found
    assert not any(t[0] == "MEMBERSHIP" and t[1] == "t" for t in found)


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Le Conseil Zed réunit quatre États membres : le Ghana et le Togo, ses fondateurs, rejoints plus tard par le Bénin et le Niger.",
     {"Conseil Zed": ("ORG", "CZ"), "quatre États membres": ("FIGURE", "4 état membre"), "Ghana": (S, "GHA"), "Togo": (S, "TGO"),
      "Bénin": (S, "BEN"), "Niger": (S, "NER")}),
    ("en", "The Zed Council brings together four member states: Ghana and Togo, its founders, later joined by Benin and Niger.",
     {"Zed Council": ("ORG", "CZ"), "four member states": ("FIGURE", "4 member state"), "Ghana": (S, "GHA"), "Togo": (S, "TGO"),
      "Benin": (S, "BEN"), "Niger": (S, "NER")}),
    ("es", "El Consejo Zed reúne a cuatro Estados miembros: Ghana y Togo, sus fundadores, a los que se sumaron después Benín y Níger.",
     {"Consejo Zed": ("ORG", "CZ"), "cuatro Estados miembros": ("FIGURE", "4 estado miembro"), "Ghana": (S, "GHA"), "Togo": (S, "TGO"),
      "Benín": (S, "BEN"), "Níger": (S, "NER")}),
])
def test_members_that_joined_later(lang, text, names):
    found = rule_tuples(text, lang, names)
    assert {_m("CZ", "member", c) for c in ("GHA", "TGO", "BEN", "NER")} <= found


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Le Centre Zed (CZ), établi à Accra en 2001 par trois États (Ghana, Togo et Bénin), échange des données.",
     {"Centre Zed": ("ORG", "CZ"), "CZ": ("ORG", "CZ"), "Accra": ("LOCATION", "Accra"), "trois États": ("FIGURE", "3 état"),
      "Ghana": (S, "GHA"), "Togo": (S, "TGO"), "Bénin": (S, "BEN")}),
    ("en", "The Zed Centre (CZ), established in Accra in 2001 by three states (Ghana, Togo and Benin), shares data.",
     {"Zed Centre": ("ORG", "CZ"), "CZ": ("ORG", "CZ"), "Accra": ("LOCATION", "Accra"), "three states": ("FIGURE", "3 state"),
      "Ghana": (S, "GHA"), "Togo": (S, "TGO"), "Benin": (S, "BEN")}),
    ("es", "El Centro Zed (CZ), establecido en Accra en 2001 por tres Estados (Ghana, Togo y Benín), comparte datos.",
     {"Centro Zed": ("ORG", "CZ"), "CZ": ("ORG", "CZ"), "Accra": ("LOCATION", "Accra"), "tres Estados": ("FIGURE", "3 estado"),
      "Ghana": (S, "GHA"), "Togo": (S, "TGO"), "Benín": (S, "BEN")}),
])
def test_figure_of_founding_states_before_their_list(lang, text, names):
    found = rule_tuples(text, lang, names)
    size = next(n for _, (label, n) in names.items() if label == "FIGURE")
    assert {_m("CZ", "member", c) for c in ("GHA", "TGO", "BEN")} <= found
    assert _m("CZ", "size", size) in found


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Le Centre Zed, exploité conjointement par l'Agence Alpha et l'Institut Beta, émet les alertes.",
     {"Centre Zed": ("ORG", "CZ"), "Agence Alpha": ("ORG", "AA"), "Institut Beta": ("ORG", "IB")}),
    ("en", "The Zed Centre, operated jointly by the Alpha Agency and the Beta Institute, issues the warnings.",
     {"Zed Centre": ("ORG", "CZ"), "Alpha Agency": ("ORG", "AA"), "Beta Institute": ("ORG", "IB")}),
    ("es", "El Centro Zed, gestionado conjuntamente por la Agencia Alfa y el Instituto Beta, emite las alertas.",
     {"Centro Zed": ("ORG", "CZ"), "Agencia Alfa": ("ORG", "AA"), "Instituto Beta": ("ORG", "IB")}),
])
def test_joint_agents_pair_with_each_other(lang, text, names):
    found = rule_tuples(text, lang, names)
    assert _p("AA", "IB") in found
    assert _p("CZ", "AA") not in found and _p("CZ", "IB") not in found


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Le Forum Zed est organisé chaque année par l'Agence Alpha et l'Institut Beta à Genève.",
     {"Agence Alpha": ("ORG", "AA"), "Institut Beta": ("ORG", "IB"), "Genève": ("LOCATION", "Genève")}),
    ("en", "The Zed Forum is organised every year by the Alpha Agency and the Beta Institute in Geneva.",
     {"Alpha Agency": ("ORG", "AA"), "Beta Institute": ("ORG", "IB"), "Geneva": ("LOCATION", "Geneva")}),
    ("es", "El Foro Zed es organizado cada año por la Agencia Alfa y el Instituto Beta en Ginebra.",
     {"Agencia Alfa": ("ORG", "AA"), "Instituto Beta": ("ORG", "IB"), "Ginebra": ("LOCATION", "Ginebra")}),
])
def test_agents_of_an_organised_event_are_partners(lang, text, names):
    assert _p("AA", "IB") in rule_tuples(text, lang, names)
