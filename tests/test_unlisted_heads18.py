"""Head nouns of bodies that one language lacked where the others had them (issue 17, names
measured with forgotten lists): Spanish `Comunidad` (English `Community`), `Subsecretaría` (as
`Subdirección`, `Subdelegación`); French
`Communauté`, `Administration`, `Société` (Spanish `Comunidad`, `Administración`, `Sociedad`).
Spanish `Mecanismo` stays out: a mechanism is as often a programme as a body (`Mecanismo de
Revisión Regional (MRR), un proceso …`). The names are made up, so that no gazetteer knows them;
rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Los cancilleres de la Comunidad de Estados Ribereños del Volda se reunieron en mayo.",
     ["Comunidad de Estados Ribereños del Volda"]),
    ("es", "La Subsecretaría de Recursos Hídricos publicó las cifras del año.",
     ["Subsecretaría de Recursos Hídricos"]),
    ("fr", "Les ministres de la Communauté Économique des États du Volda se sont réunis en mai.",
     ["Communauté Économique des États du Volda"]),
    ("fr", "Le rapport de l'Administration générale des forêts est paru.",
     ["Administration générale des forêts"]),
    ("fr", "Le directeur de la Société Nationale des Eaux du Volda est arrivé.",
     ["Société Nationale des Eaux du Volda"]),
])
def test_a_head_noun_names_a_body(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # lower case: a community, an under-secretariat in general
    ("es", "La comunidad local y la subsecretaría funcionan bien."),
    ("fr", "La communauté scientifique et la société civile ont répondu à l'administration."),
])
def test_a_common_noun_names_no_body(extractor, lang, text):
    assert orgs(extractor, text, lang) == []
