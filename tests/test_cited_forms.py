"""Bodies named in forms the capitalised runs do not read: German and Dutch compounds, companies
with their legal form, national Red Cross and Red Crescent societies; and Portuguese and Italian
heads added as data. The names are made up (or their wording is), so that no gazetteer knows
them; runs the shipped patterns on rule-only pipelines."""

import pytest


def orgs(extractor, text, lang):
    return [r["text"] for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "ORG"]


@pytest.mark.parametrize("lang, text, expected", [
    # a German or Dutch compound whose last part is a body's head names a body alone
    ("en", "officers of the Grenzfahndung seized the goods", ["Grenzfahndung"]),
    ("fr", "avec le Landeskriminalamt de Saxe et le Belastingdienst", ["Landeskriminalamt", "Belastingdienst"]),
    ("es", "con el Seewetterdienst en Hamburgo", ["Seewetterdienst"]),
    # with the adjective before it; the head alone after one
    ("en", "data from the Norddeutscher Seewetterdienst were used", ["Norddeutscher Seewetterdienst"]),
    ("fr", "le Statistisches Landesamt a publié", ["Statistisches Landesamt"]),
    ("en", "the Landelijk Ministerie took part", ["Landelijk Ministerie"]),
    # with its complement after a German connector
    ("en", "the Fritz-Müller-Institut für Ozeanographie in Kiel", ["Fritz-Müller-Institut für Ozeanographie"]),
    # a Dutch head that is no word of the text's languages names a body alone
    ("en", "the prosecutors and the Politie met", ["Politie"]),
    # a preposition before the compound is no adjective of it
    ("en", "Under Zollfahndung rules, goods are held.", ["Zollfahndung"]),
])
def test_a_german_or_dutch_compound_names_a_body(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # an ending alone that is a head noun of a language partex reads names nothing alone
    ("fr", "l'Institut a publié son rapport", []),
    ("en", "He dreamt of it.", []),
])
def test_a_compound_ending_alone_is_no_name(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "through Northern Grid Link AS, a joint venture", ["Northern Grid Link AS"]),
    ("en", "and Tallinna Sadam Ehitus OÜ in Estonia", ["Tallinna Sadam Ehitus OÜ"]),
    ("fr", "la société Voxbridge GmbH et Aquarelle S.p.A. ont signé", ["Voxbridge GmbH", "Aquarelle S.p.A."]),
    ("es", "con Transportes Andinos S.A. y Grupo Norte Ltd.", ["Transportes Andinos S.A.", "Grupo Norte Ltd."]),
    # a lower-case word right before the form, as Baltic names write it
    ("en", "and Rīgas Ūdens apgādes SIA in Latvia", ["Rīgas Ūdens apgādes SIA"]),
    # the article that opens a sentence stays out
    ("en", "The Harbour Works Ltd signed.", ["Harbour Works Ltd"]),
])
def test_a_company_named_with_its_legal_form(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "PROJECTS SUCH AS THESE"),       # a line in capitals
    ("en", "It works as AS and AG do."),    # the form alone
])
def test_a_legal_form_without_a_name_names_nothing(extractor, lang, text):
    assert orgs(extractor, text, lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "la Cruz Roja Finlandesa y la Media Luna Roja Turca enviaron equipos",
     ["Cruz Roja Finlandesa", "Media Luna Roja Turca"]),
    ("fr", "la Croix-Rouge luxembourgeoise et le Croissant-Rouge tunisien", ["Croix-Rouge luxembourgeoise", "Croissant-Rouge tunisien"]),
    ("en", "the Finnish Red Cross and the Kenya Red Cross Society", ["Finnish Red Cross", "Kenya Red Cross Society"]),
    # the emblem's name alone: the article stays out, a word that is no demonym too
    ("es", "un responsable de la Media Luna Roja en Dhaka", ["Media Luna Roja"]),
    ("en", "The Red Crescent said on Monday", ["Red Crescent"]),
])
def test_a_national_red_cross_society(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "la Defensoria Pública do Estado de Goiás y otros", ["Defensoria Pública do Estado de Goiás"]),
    ("en", "the Comitê Estadual para os Migrantes met", ["Comitê Estadual para os Migrantes"]),
    ("fr", "la Direção-Geral de Energia e Geologia et la Marinha de Portugal",
     ["Direção-Geral de Energia e Geologia", "Marinha de Portugal"]),
    # an Italian connector elided before its word
    ("fr", "avec le Ministero dell'Ambiente et la Capitaneria di Porto", ["Ministero dell'Ambiente", "Capitaneria di Porto"]),
])
def test_more_portuguese_and_italian_heads(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Entidades como Cáritas Paraguaya ayudan", ["Cáritas Paraguaya"]),
    ("fr", "avec Caritas suisse et d'autres", ["Caritas suisse"]),
])
def test_a_national_caritas(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected
