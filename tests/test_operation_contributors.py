"""Partners of an operation named in its run: the subject of a verb of contribution (`UNICEF
supports …`, `el PNUD apoya …`, `l'OIM accompagne …`), not where it supports the publisher's own
projects (`soutient nos projets`), and the bodies the operation itself brings together
(`l'opération X réunit A et B`)."""

from __future__ import annotations

import pytest


def _partners(fast, text, lang):
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang)
    return {t[3] for fact in records(analysis.facts) for t in fact.tuples
            if t[0] == "OPERATION" and t[2] == "partner"}


@pytest.mark.parametrize("lang, text, partners", [
    ("es", "El proyecto Agua Segura se ejecutó en Bolivia entre 2016 y 2020. El Instituto Nacional de "
           "Estadística aporta los datos de los hogares, y la Fundación Avina acompaña a los municipios.",
     {"instituto nacional de estadística", "fundación avina"}),
    ("fr", "Le projet Eau Sûre a été mis en œuvre au Niger de 2016 à 2020. L'Institut national de la "
           "statistique appuie la collecte des données et la Fondation Avina accompagne les communes.",
     {"institut national de la statistique", "fondation avina"}),
])
def test_the_subject_of_a_verb_of_contribution_is_a_partner(fast, lang, text, partners):
    assert partners <= {p.lower() for p in _partners(fast, text, lang)}


def test_the_bodies_the_operation_brings_together_are_partners(fast):
    text = ("L'opération Harmattan s'est déroulée au Niger en 2021. Elle associe la Gendarmerie "
            "nationale et la Police nationale.")
    assert {"gendarmerie nationale", "police nationale"} <= {p.lower() for p in _partners(fast, text, "fr")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous menons l'opération Bouclier bleu au Ghana. L'UNICEF soutient également nos projets."),
    ("en", "We run Operation Blue Shield in Ghana. UNICEF also supports our projects."),
])
def test_support_of_the_publishers_own_projects_is_no_partner(fast, lang, text):
    assert "unicef" not in {p.lower() for p in _partners(fast, text, lang)}
