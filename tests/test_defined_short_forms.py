"""Norms a text gives a body or a programme by its own short forms, read with the rules only: a
short form in parentheses that is no plain acronym (`ACZ Medellín`, `ruCSIRT`), a gazetteer id
given with an alias phrase after the text's own acronym, and a capitalised keyword that ends a
programme's title. The bodies and texts are made up, so that no gazetteer knows them (the ids
the alias phrase gives excepted)."""

import pytest


def found(extractor, text, lang, labels=("ORG",)):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in labels]


@pytest.mark.parametrize("lang, text, expected", [
    # an acronym in capitals and the place of the body: the short form is the norm of the long form
    # and of every use
    ("es", "La Agencia de Cooperación Zorbala de Medellín (ACZ Medellín) recibe delegaciones. "
           "La ACZ Medellín coopera con la OEA.",
     [("Agencia de Cooperación Zorbala de Medellín", "ACZ Medellín"), ("ACZ Medellín", "ACZ Medellín"),
      ("ACZ Medellín", "ACZ Medellín"), ("OEA", "OAS")]),
    ("en", "The Department of Harbours and Fisheries – Abu Dhabi (DHF Abu Dhabi) signed with UNESCO. "
           "DHF Abu Dhabi will fund it.",
     [("Department of Harbours and Fisheries – Abu Dhabi", "DHF Abu Dhabi"), ("DHF Abu Dhabi", "DHF Abu Dhabi"),
      ("UNESCO", "UNESCO"), ("DHF Abu Dhabi", "DHF Abu Dhabi")]),
    # a few lower-case letters before the capitals
    ("es", "El Grupo de Respuesta a Incidentes de Ruritania (ruCSIRT) coopera con la OEA. "
           "El ruCSIRT publica alertas.",
     [("Grupo de Respuesta a Incidentes de Ruritania", "ruCSIRT"), ("ruCSIRT", "ruCSIRT"),
      ("OEA", "OAS"), ("ruCSIRT", "ruCSIRT")]),
    ("fr", "L'Équipe de réponse aux incidents de Zorbalie (zbCERT) coopère avec l'OEA. "
           "Le zbCERT publie des alertes.",
     [("Équipe de réponse aux incidents de Zorbalie", "zbCERT"), ("zbCERT", "zbCERT"),
      ("OEA", "OAS"), ("zbCERT", "zbCERT")]),
])
def test_a_short_form_that_is_no_plain_acronym_is_the_norm(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # a name of two capitalised words in parentheses is no acronym: it defines nothing
    ("en", "The Royal Zorbalan Navy (Koninklijke Marine) joined the patrol."),
    ("es", "La Oficina Zorbala de Pesca (Costa Rica) coopera con la FAO."),
])
def test_a_name_in_parentheses_is_no_short_form(extractor, lang, text):
    norms = dict(found(extractor, text, lang))
    assert "Koninklijke Marine" not in norms.values() and "Costa Rica" not in norms.values()


@pytest.mark.parametrize("lang, text, expected", [
    # the text's own acronym, then the gazetteer's id with an alias phrase: the id for all
    ("es", "La Comisión Zorbala de Pesca del Atlántico (CZPA), conocida en inglés como NAFO, fija las "
           "cuotas. La CZPA coopera con la FAO.",
     [("Comisión Zorbala de Pesca del Atlántico", "NAFO"), ("CZPA", "NAFO"), ("NAFO", "NAFO"),
      ("CZPA", "NAFO"), ("FAO", "FAO")]),
    ("fr", "La Commission zorbalienne des pêches (CZP), connue en anglais sous le nom de IOTC, fixe les "
           "quotas. La CZP coopère avec la FAO.",
     [("Commission zorbalienne des pêches", "IOTC"), ("CZP", "IOTC"), ("IOTC", "IOTC"),
      ("CZP", "IOTC"), ("FAO", "FAO")]),
    # a name no gazetteer holds: the text's acronym stays the norm
    ("es", "La Agencia Zorbala de Pesca (AZP), conocida en inglés como ZFA, fija las cuotas. "
           "La AZP coopera con la FAO.",
     [("Agencia Zorbala de Pesca", "AZP"), ("AZP", "AZP"), ("ZFA", "AZP"), ("AZP", "AZP"), ("FAO", "FAO")]),
])
def test_a_gazetteer_id_given_after_the_text_s_acronym_is_the_norm(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised keyword after a title of three words or more stays in the norm
    ("The bank funds the Zorbala Harbour Dredging Project since 2021.",
     [("Zorbala Harbour Dredging Project", "Zorbala Harbour Dredging Project")]),
    # after a coined name of one or two words it does not, nor does a lower-case keyword
    ("The bank funds the Zorbala Harbour Project since 2021.", [("Zorbala Harbour Project", "Zorbala Harbour")]),
    ("The bank funds the ZORBA project since 2021.", [("ZORBA project", "ZORBA")]),
])
def test_a_keyword_that_ends_a_title_stays_in_its_norm(extractor, text, expected):
    assert found(extractor, text, "en", ("OPERATION",)) == expected
