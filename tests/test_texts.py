"""Instruments no gazetteer holds, named by a capitalised head noun and a complement in lower
case (French and Spanish): where they end, and when a head and its complement name nothing.
The texts here are made up, so that no gazetteer knows them; runs the shipped patterns on
rule-only pipelines."""

import pytest


def instruments(extractor, text, lang):
    return [r["text"] for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "INSTRUMENT"]


@pytest.mark.parametrize("lang, text, expected", [
    # a topic word (en matière de, relatif, sobre) makes the complement part of the name
    ("fr", "Le Traité Ruritanie en matière de coopération douanière est entré en vigueur.",
     ["Traité Ruritanie en matière de coopération douanière"]),
    ("fr", "Le Protocole relatif à la pêche artisanale dans les eaux côtières, signé en mai.",
     ["Protocole relatif à la pêche artisanale dans les eaux côtières"]),
    ("es", "El Tratado relativo a la pesca artesanal entre autoridades costeras, firmado en mayo.",
     ["Tratado relativo a la pesca artesanal entre autoridades costeras"]),
    # a name in capitals inside, after a linking word, is part of it
    ("fr", "ainsi que la Convention d'application de l'accord de Ruritanie, signée en 1990.",
     ["Convention d'application de l'accord de Ruritanie"]),
    # after an elided article; an adjective before a topic word
    ("fr", "Elle repose sur l'Accord régional sur la surveillance des pêches et la Charte.",
     ["Accord régional sur la surveillance des pêches"]),
    # a conjunction joins two complements, not two names
    ("fr", "la Convention de Ruritanie sur la pêche et la protection des côtes, adoptée en 2001",
     ["Convention de Ruritanie sur la pêche et la protection des côtes"]),
    ("es", "el Convenio sobre la pesca y la protección de las costas y el Tratado de Lima.",
     ["Convenio sobre la pesca y la protección de las costas", "Tratado de Lima"]),
    # a text that founds a body names it: the founding word is a topic (instituant, portant
    # création, constitutivo)
    ("fr", "Le Traité instituant la Communauté zorbalienne des ports a été signé en 1994.",
     ["Traité instituant la Communauté zorbalienne des ports"]),
    ("fr", "Ils ont signé l'Accord portant création de l'Agence ruritanienne des pêches, puis l'ont ratifié.",
     ["Accord portant création de l'Agence ruritanienne des pêches"]),
    ("es", "Firmaron el Acuerdo constitutivo de la Agencia Ruritana de Pesca, que entró en vigor.",
     ["Acuerdo constitutivo de la Agencia Ruritana de Pesca"]),
])
def test_instruments_with_a_lower_case_complement(extractor, lang, text, expected):
    assert instruments(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # no topic word and no name in capitals: a head noun and a clause, not a name
    ("fr", "La Stratégie de l'organisation prévoit des mesures sur la corruption."),
    ("es", "La Convención prevé medidas contra la corrupción."),
    # the head alone refers back to a text named before
    ("fr", "La Convention est entrée en vigueur en 2005."),
])
def test_a_head_noun_and_a_clause_name_nothing(extractor, lang, text):
    assert instruments(extractor, text, lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    # a preposition of time starts a phrase of the sentence, not a complement of the name
    ("es", "Apoyan la Estrategia para la Eliminación de la Pesca Ilegal en Ruritania desde 2018.",
     ["Estrategia para la Eliminación de la Pesca Ilegal en Ruritania"]),
    ("es", "El Plan de Acción contra la pesca ilegal en Ruritania durante su primera fase guía el trabajo.",
     ["Plan de Acción contra la pesca ilegal en Ruritania"]),
    ("fr", "Le Protocole relatif à la pêche artisanale en Ruritanie pendant la saison sèche prévoit des patrouilles.",
     ["Protocole relatif à la pêche artisanale en Ruritanie"]),
])
def test_a_preposition_of_time_ends_the_name(extractor, lang, text, expected):
    assert instruments(extractor, text, lang) == expected


def test_english_names_end_on_their_head_and_are_read_from_capitals(extractor):
    # English puts the head last: capitalised runs read these, not the lower-case complement
    assert instruments(extractor, "The Convention on fishing in coastal waters entered into force.", "en") == []


@pytest.mark.parametrize("lang, text, expected", [
    # a text named in lower case, named again by its head noun
    ("fr", "Le Protocole pour éliminer la pêche illicite des espèces côtières entrait en vigueur. Le Protocole compte 65 Parties.",
     [("Protocole pour éliminer la pêche illicite des espèces côtières", "Protocole pour éliminer la pêche illicite des espèces côtières"),
      ("Protocole", "Protocole pour éliminer la pêche illicite des espèces côtières")]),
    ("es", "El Tratado relativo a la pesca artesanal entre autoridades costeras, firmado en mayo. El Tratado prevé patrullas.",
     [("Tratado relativo a la pesca artesanal entre autoridades costeras", "Tratado relativo a la pesca artesanal entre autoridades costeras"),
      ("Tratado", "Tratado relativo a la pesca artesanal entre autoridades costeras")]),
    # a verb of this genre ends the name (`creó`): what follows is no complement
    ("es", "El Acuerdo Final creó el Sistema Integral de Verdad.", [("Acuerdo Final", "Acuerdo Final")]),
])
def test_a_text_named_in_lower_case_is_named_again_by_its_head(extractor, lang, text, expected):
    assert [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "INSTRUMENT"] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # an adjective, a complement's `de` and up to two lower-case words before the topic word
    ("fr", "La Stratégie ruritanienne de lutte contre la pêche illicite est adoptée.",
     ["Stratégie ruritanienne de lutte contre la pêche illicite"]),
    ("es", "La Estrategia ruritana de lucha contra la pesca ilegal fue adoptada.",
     ["Estrategia ruritana de lucha contra la pesca ilegal"]),
    # policies and guidelines are texts too
    ("es", "Aprobó la Política Ruritana de Lucha contra la Pesca Ilegal en mayo.",
     ["Política Ruritana de Lucha contra la Pesca Ilegal"]),
    ("es", "Las Guías de Ruritania sobre Protección de Testigos, aprobadas en 2008.",
     ["Guías de Ruritania sobre Protección de Testigos"]),
])
def test_a_topic_word_a_little_further_on(extractor, lang, text, expected):
    assert instruments(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # a verb and an article before the topic word: a clause, not a name
    ("es", "El Pacto ofrece un marco para combatir la trata de personas."),
    ("fr", "La Stratégie prévoit une aide pour les pêcheurs."),
])
def test_a_clause_after_a_head_is_no_name(extractor, lang, text):
    assert all(len(name.split()) == 1 for name in instruments(extractor, text, lang))


@pytest.mark.parametrize("lang, text, expected", [
    # the first words of a title named before take its norm
    ("es", "Firmaron el Acuerdo Final para la Terminación del Conflicto y la Construcción de una "
     "Paz Estable y Duradera en 2016. El Acuerdo Final creó la JEP.",
     "Colombia Final Peace Agreement"),
    ("fr", "La Stratégie ruritanienne de lutte contre la pêche illicite est adoptée. La Stratégie "
     "ruritanienne entre en vigueur.", "Stratégie ruritanienne de lutte contre la pêche illicite"),
])
def test_a_short_title_takes_the_norm_of_the_whole_title(extractor, lang, text, expected):
    rows = [r for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "INSTRUMENT"]
    assert len(rows) == 2 and rows[-1]["norm"] == expected


def test_a_title_named_first_ends_before_its_verb(extractor):
    # the short title before the whole one ends before the verb after it (it passed before only
    # because the verb was in its span); named first, it takes the whole title's norm named after
    # it, as short_titles does for a headline's short title since 97aa76e
    text = ("El Acuerdo Ruritano entra en vigor. El Acuerdo Ruritano sobre la pesca artesanal "
            "entre autoridades costeras, firmado en 2020.")
    rows = [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang="es") if r["label"] == "INSTRUMENT"]
    whole = "Acuerdo Ruritano sobre la pesca artesanal entre autoridades costeras"
    assert rows == [("Acuerdo Ruritano", whole), (whole, whole)]


@pytest.mark.parametrize("text, expected", [
    # a body after the connector is no part of the title, and stays a body
    ("We implement the Action Plan in the Ruritania Fisheries Agency.",
     [("Action Plan", "INSTRUMENT"), ("Ruritania Fisheries Agency", "ORG")]),
    # a place inside an instrument named there does not cut the title
    # nor does a body the gazetteer knows: the scope of the title
    ("They adopted the Ruritania Scheme for Extradition within the Commonwealth.",
     [("Ruritania Scheme for Extradition within the Commonwealth", "INSTRUMENT")]),
    ("They ratified the Kigali Amendment to the Montreal Protocol.",
     [("Kigali Amendment to the Montreal Protocol", "INSTRUMENT")]),
])
def test_a_title_goes_on_over_no_body_found(extractor, text, expected):
    got = [(r["text"], r["label"]) for r in extractor.extract(text, doc_id="t", lang="en")
           if r["label"] in ("ORG", "INSTRUMENT")]
    assert got == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a head noun the rules did not know (regulations, consensus, standards, directive …)
    ("en", "The union revised the Maritime Safety Regulations last spring.", ["Maritime Safety Regulations"]),
    ("en", "Relief follows the Northern Consensus on Refugee Relief, adopted in 2011.",
     ["Northern Consensus on Refugee Relief"]),
    ("es", "La red publicó los Estándares de Calidad del Agua Potable en marzo.",
     ["Estándares de Calidad del Agua Potable"]),
    ("fr", "Le Règlement Sanitaire Régional de Ruritanie, adopté en 2001, s'applique.",
     ["Règlement Sanitaire Régional de Ruritanie"]),
    # a capitalised `new` opens the title, as an ordinal does
    ("es", "Los alcaldes aplican la Nueva Agenda Rural, aprobada en Lima.", ["Nueva Agenda Rural"]),
    ("en", "Mayors apply the New Rural Agenda, adopted in Lima.", ["New Rural Agenda"]),
    # heads side by side: the last one ends the title
    ("en", "States align their laws with the Nordic Soil Framework Directive this year.",
     ["Nordic Soil Framework Directive"]),
    # after `on the`, `towards`, a place is the title's topic; after `in`, where it applies
    ("en", "They signed the Framework Agreement on the Ruritania River Basin in 2002.",
     ["Framework Agreement on the Ruritania River Basin"]),
    ("en", "They signed a Memorandum of Understanding towards a Fisheries Plan for the Ruritania Lakes.",
     ["Memorandum of Understanding towards a Fisheries Plan for the Ruritania Lakes"]),
])
def test_titles_with_new_heads_and_topics(extractor, lang, text, expected):
    assert instruments(extractor, text, lang) == expected


def test_a_back_reference_by_a_new_head_takes_the_title(extractor):
    rows = extractor.extract("Aid follows the Northern Consensus on Refugee Relief. The Consensus builds on law.",
                             doc_id="t", lang="en")
    assert [(r["text"], r["norm"]) for r in rows if r["label"] == "INSTRUMENT"][-1] == \
        ("Consensus", "Northern Consensus on Refugee Relief")


@pytest.mark.parametrize("lang, text, expected", [
    # a framework head names a text in lower case too, up to the body or value after it
    ("fr", "Nous appliquons la directive-cadre sur les sols agricoles de la Commission européenne depuis 2012.",
     ["directive-cadre sur les sols agricoles"]),
    ("fr", "Les États ont adopté la convention-cadre relative à la pêche côtière en 2004.",
     ["convention-cadre relative à la pêche côtière"]),
    ("es", "Aplicamos la directiva marco sobre los suelos agrícolas desde 2012.",
     ["directiva marco sobre los suelos agrícolas"]),
    # with no topic it names nothing
    ("fr", "Une convention-cadre a été conclue avec la région.", []),
])
def test_a_framework_text_named_in_lower_case(extractor, lang, text, expected):
    assert instruments(extractor, text, lang) == expected
