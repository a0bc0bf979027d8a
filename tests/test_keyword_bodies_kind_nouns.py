"""A body named right after a lower-case noun of its kind: a consortium, an organisation
(`body_keyword`: `the consortium Zorba Energy`, `el consorcio ZorbaCORE`, `l'organisation
KORVAL`); the people of a body after the noun open no name (`the organization Member States`).
Made-up sentences, rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, name", [
    ("es", "El consorcio ZorbaCORE, financiado por el Reino Unido, apoyó la vigilancia.", "ZorbaCORE"),
    ("en", "The consortium Zorba Energy built the plant in 2019.", "Zorba Energy"),
    ("fr", "Le consortium Zorba Énergie a construit la centrale en 2019.", "Zorba Énergie"),
    ("fr", "Le vaccin a été mis au point avec l'organisation KORVAL, puis déployé en 2019.", "KORVAL"),
    ("en", "The vaccine was developed with the organisation KORVAL and deployed in 2019.", "KORVAL"),
    ("es", "La vacuna se desarrolló con la organización KORVAL y se desplegó en 2019.", "KORVAL"),
])
def test_a_name_after_a_kind_of_body_is_a_body(extractor, lang, text, name):
    assert orgs(extractor, text, lang) == [name]


@pytest.mark.parametrize("lang, text", [
    ("en", "The organization Member States created in 1990 met in Geneva."),
    ("es", "La organización Estados Miembros creada en 1990 se reunió."),
    ("fr", "L'organisation des pêcheurs et le consortium de recherche ont signé."),
    # review, twentieth session: a demonym or a small word written capitalised
    ("fr", "C'est la seule organisation Française à avoir signé."),
    ("es", "Es la única organización Española que firmó el acuerdo."),
])
def test_no_name_after_the_noun_is_no_body(extractor, lang, text):
    assert orgs(extractor, text, lang) == []
