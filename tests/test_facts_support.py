"""Support and funding as partnership (the shared conventions: the supporter is a partner of
the supported), and the publisher a page opens on twice."""

from __future__ import annotations

import pytest


def pairs(analysis, source: str = "") -> set:
    """The partnership pairs of an analysis (of the facts from `source` only, where given)."""
    from partex.facts.score import records

    rows = [r for r in analysis.facts if not source or r["source"] == source]
    return {t[1] for fact in records(rows) for t in fact.tuples if t[0] == "PARTNERSHIP" and len(t) == 2}


# under a title: a sentence alone is its own title, where the learned model keeps every pair
SECONDED = [
    ("en", "Regional news\n\nJamaica, the Bahamas and Benin have seconded personnel to UNODC, and the European Union has "
           "contributed funds to the programme."),
    ("es", "Noticias regionales\n\nJamaica, las Bahamas y Benín enviaron personal en apoyo a la UNODC, y la Unión Europea aportó "
           "fondos al programa."),
    ("fr", "Actualités régionales\n\nLa Jamaïque, les Bahamas et le Bénin ont annoncé l'envoi de personnel en appui à l'ONUDC, et "
           "l'Union européenne a versé des fonds au programme."),
]


@pytest.mark.parametrize("lang, text", SECONDED)
def test_states_supporting_a_body_are_its_partners(fast, lang, text):
    analysis = fast.analyse(text, doc_id="t", lang=lang)
    assert {("jam", "unodc"), ("bhs", "unodc"), ("ben", "unodc")} <= pairs(analysis)
    # the rule's fact of support stands as it reads: the supporters are no pair among themselves,
    # and the clause after the break is another's
    support = pairs(analysis, "rule:support")
    assert support == {("jam", "unodc"), ("bhs", "unodc"), ("ben", "unodc")}


@pytest.mark.parametrize("lang, text", [
    ("en", "UNODC supported two conventions ratified by Honduras."),
    ("es", "La UNODC apoyó dos convenciones ratificadas por Honduras."),
    ("fr", "L'ONUDC soutient deux conventions ratifiées par le Honduras."),
])
def test_the_agent_of_another_participle_is_not_supported(fast, lang, text):
    analysis = fast.analyse(text, doc_id="t", lang=lang)
    assert ("hnd", "unodc") not in pairs(analysis, "rule:support")
    assert not any(r["source"] == "rule:support" for r in analysis.facts)


@pytest.mark.parametrize("lang, text", [
    ("en", "UNODC: working together in the region\n\nThe United Nations Office on Drugs and Crime (UNODC) "
           "supports the States of the region. Every day we work with Europol and UNODC."),
    ("es", "UNODC: trabajar juntos en la región\n\nLa Oficina de las Naciones Unidas contra la Droga y el "
           "Delito (UNODC) apoya a los Estados de la región. Cada día trabajamos con Europol y la UNODC."),
    ("fr", "ONUDC : travailler ensemble dans la région\n\nL'Office des Nations Unies contre la drogue et le "
           "crime (ONUDC) appuie les États de la région. Chaque jour, nous travaillons avec Europol et l'ONUDC."),
])
def test_the_body_opening_the_title_and_the_first_paragraph_publishes(fast, lang, text):
    assert fast.analyse(text, doc_id="t", lang=lang).publisher == "UNODC"


@pytest.mark.parametrize("lang, text", [
    ("en", "Under resolution 2396 (2017), INTERPOL supports the work of Europol."),
    ("fr", "En vertu de la résolution 2396 (2017), INTERPOL soutient le travail d'Europol."),
    ("es", "En virtud de la resolución 2396 (2017), INTERPOL apoya el trabajo de Europol."),
])
def test_a_support_the_model_already_kept_adds_no_fact_without_sides(fast, lang, text):
    rows = fast.analyse(text, doc_id="t", lang=lang).facts
    sides = {}
    for row in rows:
        sides.setdefault(row["fact"], []).append(row["role"])
    assert sides and all({"party", "partner"} & set(roles) for roles in sides.values()), sides


@pytest.mark.parametrize("lang, text", [
    ("en", "Under resolution 2396 (2017), INTERPOL works with Europol."),
    ("fr", "INTERPOL travaille avec Europol. Cette coopération entre dans le champ de la résolution 1373 (2001)."),
    ("es", "En virtud de la resolución 2396 (2017), INTERPOL trabaja con Europol."),
])
def test_a_pair_and_its_framework_stated_once_are_one_fact(fast, lang, text):
    rows = fast.analyse(text, doc_id="t", lang=lang).facts
    assert len({row["fact"] for row in rows}) == 1, rows
    assert {row["role"] for row in rows} >= {"party", "framework"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Japan and Germany support UNODC in the region."),
    ("en", "UNODC works in the region with technical assistance from Japan and Germany."),
    ("fr", "L'Allemagne et le Japon apporte un soutien à l'ONUDC dans la région."),
])
def test_support_and_assistance_wording_makes_each_supporter_a_partner(fast, lang, text):
    found = pairs(fast.analyse(text, doc_id="t", lang=lang))
    assert {("jpn", "unodc"), ("deu", "unodc")} <= found
    assert ("deu", "jpn") not in found  # the supporters are one side, no pair of their own
