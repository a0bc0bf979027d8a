"""A long name cut short at a coordination of its complements goes on over it (`… de prévention
et de gestion des risques`), and over the complements after it (a place, a known body); never
where the word after the conjunction opens another body, a person or a figure. Made-up bodies,
so that no gazetteer holds them."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("text, expected", [
    # a lower-case common noun after `et de`, then the complements after it
    ("Le Conseil national de prévention et de gestion des risques a siégé.",
     ["Conseil national de prévention et de gestion des risques"]),
    # with the complement's own adjective
    ("Le Conseil national de prévention et de gestion des crises sanitaires a siégé.",
     ["Conseil national de prévention et de gestion des crises sanitaires"]),
    ("La Direction générale des études et des statistiques a publié le rapport.",
     ["Direction générale des études et des statistiques"]),
    # a place after the conjunction, with its own complement
    ("Le Conseil national de prévention et de l'Afrique de l'Ouest a siégé.",
     ["Conseil national de prévention et de l'Afrique de l'Ouest"]),
    # a head noun after a bare `de` names no body; a known body's acronym ends the name
    ("Le Conseil national de défense et de gouvernement de l'UA a siégé.",
     ["Conseil national de défense et de gouvernement de l'UA"]),
])
def test_a_coordinated_complement_stays_in_the_name(extractor, text, expected):
    assert orgs(extractor, text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # two bodies joined by `et de l'Agence`, `et du ministère`, `et de la Commission`
    ("Le Conseil national de prévention et de l'Agence nationale des routes a siégé.",
     ["Conseil national de prévention", "Agence nationale des routes"]),
    ("Le Conseil national de prévention et du ministère de la Santé ont siégé.",
     ["Conseil national de prévention", "ministère de la Santé"]),
    # a determiner, a figure, a person: no complement of the name
    ("Le Conseil national de prévention et de ses partenaires a siégé.", ["Conseil national de prévention"]),
    ("Le Conseil national de prévention et de 12 experts a siégé.", ["Conseil national de prévention"]),
])
def test_another_body_after_the_conjunction_stays_apart(extractor, text, expected):
    assert orgs(extractor, text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Les résultats sont examinés avec le Club des Savanes et de l'Afrique de l'Ouest, puis publiés.",
     ["Club des Savanes et de l'Afrique de l'Ouest"]),
    ("Les migrants passent par le Bureau d'accueil et d'orientation de Lomé avant le départ.",
     ["Bureau d'accueil et d'orientation de Lomé"]),
    ("Le Bureau de la sécurité et de l'Agence nationale des routes ont signé.",
     ["Bureau de la sécurité", "Agence nationale des routes"]),
])
@pytest.mark.model
def test_a_model_name_cut_at_the_coordination(model_extractor, text, expected):
    assert orgs(model_extractor, text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a body named in French keeps the country after it
    ("Le Conseil national de prévention du Sénégal a siégé.", ["Conseil national de prévention du Sénégal"]),
    ("Le Conseil national de prévention et de gestion des risques du Cameroun a siégé.",
     ["Conseil national de prévention et de gestion des risques du Cameroun"]),
])
def test_a_country_after_a_name_of_the_language_stays_in_it(extractor, text, expected):
    assert orgs(extractor, text, "fr") == expected


@pytest.mark.model
def test_a_model_name_keeps_its_country(model_extractor):
    text = "L'Institut fédéral des sciences et des ressources minières d'Allemagne a signé."
    assert orgs(model_extractor, text, "fr") == ["Institut fédéral des sciences et des ressources minières d'Allemagne"]

