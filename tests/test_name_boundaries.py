"""Where the name of a body no gazetteer holds ends (`resolve/names.py`, `name_parts.py`,
`name_lists.py`, `longforms.py`, `candidates.py`): it goes on over the country it names, the
last item of its list of complements, the adjective of its last complement and an acronym
joined to it by a dash; it stops before the text's own conjunction after a name in another
language, before a first-person clause and before a participle clause. The bodies are made up."""

import pytest


def found(extractor, text, lang, labels=("ORG", "COUNTRY", "LOCATION", "INSTRUMENT")):
    return [(r["label"], r["text"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in labels]


@pytest.mark.parametrize("lang, text, expected", [
    # a head noun of a museum, an administration, a team: the name keeps its country
    ("es", "Visitamos el Museo Regional de Ruritania y volvimos.", [("ORG", "Museo Regional de Ruritania")]),
    ("es", "según la Administración Tributaria de Guatemala, que cobra",
     [("ORG", "Administración Tributaria de Guatemala")]),
    ("fr", "avec le Musée de la Marine de Ruritanie, qui prête", [("ORG", "Musée de la Marine de Ruritanie")]),
    ("en", "alerts from the Kenya Cyber Incident Response Team every week",
     [("ORG", "Kenya Cyber Incident Response Team")]),
    ("en", "samples sent to the Baltic Soil Research Laboratories last year",
     [("ORG", "Baltic Soil Research Laboratories")]),
])
def test_a_name_keeps_its_head_and_country(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the last item of a list of complements, after the conjunction, even a title's head
    ("es", "el Ministerio de Vivienda, Turismo y Agenda Digital publicó",
     [("ORG", "Ministerio de Vivienda, Turismo y Agenda Digital")]),
    ("en", "the Department of Housing, Transport and Agenda Planning said",
     [("ORG", "Department of Housing, Transport and Agenda Planning")]),
])
def test_a_list_of_complements_keeps_its_last_item(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "nous conseillons le ministère de la Mer et des Affaires économiques chaque année",
     [("ORG", "ministère de la Mer et des Affaires économiques")]),
    ("fr", "au ministère des Affaires étrangères depuis 2010", [("ORG", "ministère des Affaires étrangères")]),
    # a lower-case word that is no adjective stays out
    ("fr", "le ministère de la Culture afin de soutenir", [("ORG", "ministère de la Culture")]),
])
def test_a_ministry_keeps_the_adjective_of_its_last_complement(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "hosted by RSC – Northern Research Computing Centre; another", [("ORG", "RSC – Northern Research Computing Centre")]),
    ("es", "con el NSC – Centro Nacional del Espacio, que opera", [("ORG", "NSC – Centro Nacional del Espacio")]),
])
def test_an_acronym_and_a_dash_start_a_name(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the text's own conjunction after a name written in another language
    ("fr", "exploité par le Office of Tidal Studies et Pacific Geodata ; ensuite",
     [("ORG", "Office of Tidal Studies")]),
    ("es", "junto al Bureau of Tidal Studies y Ocean Geodata Norway.",
     [("ORG", "Bureau of Tidal Studies"), ("COUNTRY", "Norway")]),
    # a name in a cited language may share the text's conjunction: it stays whole
    ("es", "con el Ministério da Pesca e Aquicultura, que", [("ORG", "Ministério da Pesca e Aquicultura")]),
    # in English the same conjunction stays inside an English name
    ("en", "run by the Office of Tidal Studies and Coastal Mapping.", [("ORG", "Office of Tidal Studies and Coastal Mapping")]),
])
def test_the_texts_conjunction_after_a_foreign_name_cuts_it(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a first-person clause before the name is no part of its long form, even where its
    # words' initials would spell the acronym
    ("fr", "En Europe, nous siégeons au Groupe des inspecteurs européens du domaine de la santé animale "
           "(ENSIEA), qui conseille",
     [("LOCATION", "Europe"), ("ORG", "Groupe des inspecteurs européens du domaine de la santé animale"),
      ("ORG", "ENSIEA")]),
])
def test_a_long_form_does_not_read_back_over_a_clause(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.model
@pytest.mark.parametrize("lang, text, expected", [
    # the model runs the name on into a participle clause: the rules' name stands
    ("fr", "La résolution de 2011 a institué un Groupe régional de coordination chargé de le suivre. "
           "Son secrétariat est à Dakar.",
     [("ORG", "Groupe régional de coordination")]),
])
def test_a_model_name_does_not_run_into_a_participle_clause(model_extractor, lang, text, expected):
    assert found(model_extractor, text, lang, labels=("ORG",)) == expected
