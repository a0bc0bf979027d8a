"""Bodies no gazetteer holds and no head noun names: a long form that spells its acronym after a
definite article, and a head noun alone that points back to a body the document named with it.
The bodies are made up, so that no gazetteer knows them; runs the shipped patterns on rule-only
pipelines."""

import pytest


def found(extractor, text, lang, label="ORG"):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == label]


@pytest.mark.parametrize("lang, text, expected", [
    # every letter on a word's initial, after a definite article: a body
    ("en", "a memorandum between the police and the Northern Lakes Border Control Cooperation (NLBCC), "
           "signed in May", [("Northern Lakes Border Control Cooperation", "NLBCC"), ("NLBCC", "NLBCC")]),
    ("en", "the customs service and the Ruritanos sienos apsaugos tarnyba (RSAT), its border guard",
     [("Ruritanos sienos apsaugos tarnyba", "RSAT"), ("RSAT", "RSAT")]),
    ("fr", "sur le Danube ; la Ruritaniai Adó- és Vámhivatal (RAV) a mobilisé trois cents agents",
     [("Ruritaniai Adó- és Vámhivatal", "RAV"), ("RAV", "RAV")]),
    ("es", "la Secretaría coordina el Mecanismo de Revisión Regional (MRR), creado en 1999",
     [("Mecanismo de Revisión Regional", "MRR"), ("MRR", "MRR")]),
    # after a preposition or an adjective, a thing or an event
    ("en", "the trafficking of Small Arms and Light Weapons (SALW) in the region", []),
    ("en", "we supported the first Global Summit on Coastal Safety (GSCS), held in May", []),
    # an apposition with an article says what it is: here no body
    ("es", "coordina el Mecanismo de Revisión Regional (MRR), un proceso de revisión entre pares", []),
    ("fr", "la Revue Annuelle Commune (RAC), un exercice de suivi mené chaque année", []),
    # two letters are too few, and letters inside words are no initials
    ("en", "the Border Control (BC) was", []),
])
def test_a_long_form_that_spells_its_acronym_after_an_article(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the head noun of a body the document named in several words, alone after a determiner
    ("es", "según la Subdelegación del Gobierno en la provincia. La Subdelegación recuerda que",
     ("Subdelegación", "Subdelegación del Gobierno")),
    ("fr", "créée avec la Force de Gendarmerie Ruritanienne (FGR). En 2014, la Force a déployé une unité",
     ("Force", "FGR")),
    ("es", "con la Gendarmería Nacional Ruritana. El operativo, coordinado por la Gendarmería y "
           "la policía", ("Gendarmería", "Gendarmería Nacional Ruritana")),
])
def test_a_head_noun_alone_refers_back_to_the_body_it_headed(extractor, lang, text, expected):
    assert expected in found(extractor, text, lang)


@pytest.mark.parametrize("lang, text, head", [
    # no body with that head named before
    ("es", "El operativo, coordinado por la Gendarmería y la policía", "Gendarmería"),
    # the head goes on as the body's name did (`la Force conjointe`): not the head alone
    ("fr", "la Force Conjointe de Ruritanie (FCR) a été créée. La Force conjointe a déployé", "Force"),
    # the head starts another capitalised name
    ("es", "con la División de Aduanas Ruritanas. La División Marítima informó", "División"),
])
def test_a_head_noun_alone_must_not_refer_back(extractor, lang, text, head):
    assert all(surface != head for surface, _ in found(extractor, text, lang))


@pytest.mark.parametrize("lang, text, expected", [
    # a school is a body: its long form, spelled partly by syllables, is read back to its article
    ("fr", "Le Tribunal et l’École supérieure des douanes lacustres (ESUDOL) siègent à Lomé.",
     ("École supérieure des douanes lacustres", "ESUDOL")),
    # (Spanish has `Escuela` among its heads; English reads such a name by its spelling already)
])
def test_a_schools_long_form_is_a_body(extractor, lang, text, expected):
    assert expected in found(extractor, text, lang)
