"""Operations, programmes and instruments no gazetteer holds (issue 17): an operation's name
across a connector, `exercise` as a keyword, a capitalised programme keyword before one proper
name, the year an English instrument's name starts with, and Spanish laws by their number.
The names are made up, so that no gazetteer knows them; runs the shipped patterns on rule-only
pipelines."""

import pytest


def found(extractor, text, lang, label):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == label]


@pytest.mark.parametrize("lang, text, expected", [
    # a name goes on across a connector to a capitalised word
    ("es", "La Operación Halcón de Plata terminó en mayo.", [("Operación Halcón de Plata", "Halcón de Plata")]),
    ("es", "la campaña Ruritânia sem Fronteiras llegó", [("campaña Ruritânia sem Fronteiras", "Ruritânia sem Fronteiras")]),
    ("fr", "L'opération Colère de Zorbala a pris fin.", [("opération Colère de Zorbala", "Colère de Zorbala")]),
    # but not to an article, an elision or a body in capitals
    ("es", "la operación Halcón de la Policía terminó", [("operación Halcón", "Halcón")]),
    ("fr", "l'opération Zorbala de l'UE a pris fin", [("opération Zorbala", "Zorbala")]),
    ("es", "la operación Halcón de INTERPOL terminó", [("operación Halcón", "Halcón")]),
    # exercise names an operation, its keyword out of the norm
    ("en", "Crews trained during the exercise Polar Falcon 2021 in March.", [("exercise Polar Falcon 2021", "Polar Falcon 2021")]),
    ("es", "durante el ejercicio Atlante Norte en marzo", [("ejercicio Atlante Norte", "Atlante Norte")]),
    ("fr", "pendant l'exercice Zorbala Nord en mars", [("exercice Zorbala Nord", "Zorbala Nord")]),
])
def test_operation_names(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a capitalised keyword before one proper name is no part of the name
    ("es", "La Iniciativa Zorbala apoya a las fiscalías.", [("Iniciativa Zorbala", "Zorbala")]),
    # a title of several words keeps it, and so does a programme named after a place
    ("es", "El Programa Zorbala Regional de Justicia apoya.", None),
    ("fr", "Le Programme Sahel appuie les polices.", [("Programme Sahel", "Programme Sahel")]),
    ("es", "La Iniciativa Guatemala apoya a las fiscalías.", [("Iniciativa Guatemala", "Iniciativa Guatemala")]),
])
def test_programme_keyword_before_a_proper_name(extractor, lang, text, expected):
    got = found(extractor, text, lang, "OPERATION")
    if expected is None:
        assert all(norm.split()[0] == "Programa" for _, norm in got)
    else:
        assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("States joined the 1974 Convention on Ruritanian Fisheries last year.",
     ["1974 Convention on Ruritanian Fisheries"]),
    ("It guides the 2040 Strategy for the Zorbala Coast.", ["2040 Strategy for the Zorbala Coast"]),
    ("Few states ratified the 1961 Convention.", ["1961 Convention"]),
])
def test_a_year_starts_an_english_instrument(extractor, text, expected):
    assert [t for t, _ in found(extractor, text, "en", "INSTRUMENT")] == expected
    assert not found(extractor, text, "en", "DATE")


@pytest.mark.parametrize("text", [
    "In 2019 Convention parties met in Vienna.",      # no determiner before the year
    "It was signed in 1974 by Ruritania.",
])
def test_a_year_without_a_determiner_starts_nothing(extractor, text):
    assert not found(extractor, text, "en", "INSTRUMENT")


@pytest.mark.parametrize("text, expected", [
    ("según el Real Decreto-ley 9/2031 vigente", ["Real Decreto-ley 9/2031"]),
    ("la Ley 4.512 regula", ["Ley 4.512"]),
    ("la Ley 77 de 2031 regula", ["Ley 77 de 2031"]),
    ("la Ley Orgánica 3/2031, de 7 de marzo, de Pesca Costera y de Puertos Menores, regula",
     ["Ley Orgánica 3/2031, de 7 de marzo, de Pesca Costera y de Puertos Menores"]),
    # a law without a number is no name
    ("la ley de pesca regula", []),
    ("según la Ley, los puertos", []),
])
def test_spanish_laws_by_number(extractor, text, expected):
    assert [t for t, _ in found(extractor, text, "es", "INSTRUMENT")] == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case keyword after a known series' name is in its span, out of its norm
    ("INTERPOL coordinated the Thunder operations every year.", [("Thunder operations", "Thunder")]),
    ("The HAECHI series is run by INTERPOL.", [("HAECHI series", "HAECHI")]),
    # not where the keyword heads a phrase of its own
    ("It presented the Thunder series of operations.", [("Thunder", "Thunder")]),
    # a name in mixed capitals before a keyword names a campaign, used again alone
    ("UNHCR launched its ZorBelong campaign in 2014; ZorBelong ended in 2024.",
     [("ZorBelong campaign", "ZorBelong"), ("ZorBelong", "ZorBelong")]),
    ("It runs the ZORBA campaign.", [("ZORBA campaign", "ZORBA")]),
    # Joint Operation: the modifier in the span, out of the norm
    ("Frontex launched Joint Operation Zorbala in 2018.", [("Joint Operation Zorbala", "Zorbala")]),
    # a capitalised keyword after a name keeps it: a programme's own title
    ("The Global Firearms Programme helps.", [("Global Firearms Programme", "Global Firearms Programme")]),
    # a title-case name with a small word inside before a lower-case keyword (project,
    # initiative, campaign; not programme, whose name is read by the resolver)
    ("Our Fishers in Coastal Zorbala project trained inspectors.",
     [("Fishers in Coastal Zorbala project", "Fishers in Coastal Zorbala")]),
    ("The Bridges Over Zorbala project ended in 2020.",
     [("Bridges Over Zorbala project", "Bridges Over Zorbala")]),
    ("The Women in Deep-Zorbala Research campaign grew.",
     [("Women in Deep-Zorbala Research campaign", "Women in Deep-Zorbala Research")]),
])
def test_english_keywords_around_a_name(extractor, text, expected):
    assert found(extractor, text, "en", "OPERATION") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a lower-case programme keyword before a capitalised name
    ("fr", "Le programme Zorbala relie les garde-côtes. Zorbala a dix ans.",
     [("programme Zorbala", "Zorbala"), ("Zorbala", "Zorbala")]),
    ("es", "El programa Zorbala apoya a las fiscalías.", [("programa Zorbala", "Zorbala")]),
    # not a capitalised one before a title, nor a lower-case word
    ("fr", "Le Programme mondial de Zorbala aide.", []),
    ("es", "El programa de formación apoya a las fiscalías.", []),
])
def test_lower_case_programme_keyword(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised head alone refers back to a named text, schemes and statutes included
    ("The Rome Statute of the International Criminal Court entered into force. The Statute binds.",
     [("Rome Statute", "Rome Statute"), ("Statute", "Rome Statute")]),
])
def test_english_statute_and_scheme_refer_back(extractor, text, expected):
    got = found(extractor, text, "en", "INSTRUMENT")
    assert got[0][1] == expected[0][1] and got[-1] == expected[-1]


@pytest.mark.parametrize("lang, text, expected", [
    # a programme's capitalised keyword alone refers back to the programme named with it
    ("es", "La Iniciativa Zorbala apoya a las fiscalías. La Iniciativa financia cursos.",
     [("Iniciativa Zorbala", "Zorbala"), ("Iniciativa", "Zorbala")]),
    ("fr", "Le projet s'inscrit dans l'Initiative Zorbala. L'Initiative finance des cours.",
     [("Initiative Zorbala", "Zorbala"), ("Initiative", "Zorbala")]),
    ("en", "The Global Zorbala Programme trains police. The Programme also funds courses.",
     [("Global Zorbala Programme", "Global Zorbala Programme"), ("Programme", "Global Zorbala Programme")]),
    # not where no programme was named with it, nor where it opens a name of its own
    ("es", "La Iniciativa financia cursos.", []),
    ("fr", "Le projet relève de l'Initiative Zorbala. Il relève de l'Initiative de l'Union européenne sur la pêche.",
     [("Initiative Zorbala", "Zorbala")]),
])
def test_a_programme_keyword_alone_refers_back(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


def test_a_body_named_programme_keeps_its_back_reference(extractor):
    # `the Programme` after a UN body called Programme stays that body's
    text = "The United Nations Development Programme supports it. The Programme also funds courses."
    assert [(t, n) for t, n in found(extractor, text, "en", "ORG")][-1] == ("Programme", "UNDP")
    assert not found(extractor, text, "en", "OPERATION")


@pytest.mark.parametrize("lang, text, expected", [
    # a system, an accelerator, a week or a facility named by its head noun runs a programme
    ("es", "En 2012 lo completamos con el Sistema de Alerta de Zorbala (SAZ), una plataforma segura.",
     [("Sistema de Alerta de Zorbala", "SAZ"), ("SAZ", "SAZ")]),
    ("fr", "Le Système d'information policière de Zorbala (SIPZ) relie les polices.",
     [("Système d'information policière de Zorbala", "SIPZ"), ("SIPZ", "SIPZ")]),
    ("en", "With the Union, we launched the Zorbalan Vaccine Accelerator (ZVA) last year.",
     [("Zorbalan Vaccine Accelerator", "ZVA"), ("ZVA", "ZVA")]),
    ("en", "Every year our members have run World Zorbala Week, a global campaign.",
     [("World Zorbala Week", "World Zorbala Week")]),
    ("fr", "La Semaine Zorbala réunit les polices.", [("Semaine Zorbala", "Semaine Zorbala")]),
    ("fr", "La Facilité régionale de Zorbala (FRZ) finance des projets.",
     [("Facilité régionale de Zorbala", "FRZ"), ("FRZ", "FRZ")]),
    # a body the gazetteer holds keeps its label
    ("es", "El Sistema de la Integración Centroamericana (SICA) coordina.", []),
])
def test_systems_accelerators_and_weeks_are_programmes(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # an instrument's title goes on after a small word to a run of capitalised words
    ("en", "It rests on the Zorbala Treaty on Cooperation in Fisheries Surveillance in the South Pacific Region, signed in 1992.",
     ["Zorbala Treaty on Cooperation in Fisheries Surveillance in the South Pacific Region"]),
    ("en", "States joined the 1974 Convention relating to the Status of Zorbalan Persons.",
     ["1974 Convention relating to the Status of Zorbalan Persons"]),
    ("en", "The Zorbala Amendment to the Montreal Protocol entered into force.", ["Zorbala Amendment to the Montreal Protocol"]),
    ("es", "El Tratado desarrolla el Protocolo de Zorbala a la Carta de la Organización de Estados Ruritanos.",
     ["Protocolo de Zorbala a la Carta de la Organización de Estados Ruritanos"]),
    ("es", "Adoptaron la Carta Zorbalana de Principios y Derechos en los Entornos Digitales, un texto.",
     ["Carta Zorbalana de Principios y Derechos en los Entornos Digitales"]),
    ("fr", "Il applique le Protocole de Zorbala à la Charte Ruritane des Droits.",
     ["Protocole de Zorbala à la Charte Ruritane des Droits"]),
    # not to one place after a bare preposition, nor from a known title to a place
    ("en", "They adopted the Convention on Zorbala in Vienna.", ["Convention on Zorbala"]),
    ("en", "States apply the Montreal Protocol in the Western Balkans.", ["Montreal Protocol"]),
])
def test_an_instrument_title_goes_on_after_a_small_word(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang, "INSTRUMENT")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a title's number in parentheses, and with it the year after its comma, stay in the title
    ("fr", "Elle repose sur la Convention (n° 44) sur le travail des zorbales, 1931, et sur la Charte.",
     ["Convention (n° 44) sur le travail des zorbales, 1931"]),
    ("es", "Ratificó el Convenio sobre el trabajo de los zorbales, 1931 (núm. 44), en 2015.",
     ["Convenio sobre el trabajo de los zorbales, 1931 (núm. 44)"]),
    ("en", "It ratified the Zorbala Labour Convention, 1931 (No. 44) last year.",
     ["Zorbala Labour Convention, 1931 (No. 44)"]),
    # a year after a linker right after the head too
    ("fr", "Il a ratifié le Protocole de 2014 relatif à la convention sur les zorbales, adopté en juin.",
     ["Protocole de 2014 relatif à la convention sur les zorbales"]),
    # without a number, a year after the comma is no part of the title
    ("fr", "la Convention sur les zorbales, 2001 a vu dix ratifications", ["Convention sur les zorbales"]),
])
def test_a_title_keeps_its_number_and_year(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang, "INSTRUMENT")] == expected
    assert not [t for t, _ in found(extractor, text, lang, "DATE") if t[:2] in ("19", "20") and t in expected[0]]


@pytest.mark.parametrize("lang, text, expected", [
    # a lone acronym launched or led names a programme, and so does every later use of it
    ("en", "During the pandemic, we co-led ZORBAX with the Coalition. By the time ZORBAX closed, it had delivered doses.",
     [("ZORBAX", "ZORBAX"), ("ZORBAX", "ZORBAX")]),
    ("fr", "En 2020, nous avons lancé le ZORBA avec l'UE. Le ZORBA a formé des agents.",
     [("ZORBA", "ZORBA"), ("ZORBA", "ZORBA")]),
    ("es", "En 2020 pusimos en marcha la ZORBA con la OEA. La ZORBA formó a agentes.",
     [("ZORBA", "ZORBA"), ("ZORBA", "ZORBA")]),
    # not a body the gazetteer holds, nor the first word of a longer name
    ("en", "In 2019 we launched INTERPOL's new office.", []),
    ("en", "We launched ZORBA Vaccines Ltd with them.", []),
    # not an acronym of a common noun, nor one that qualifies the noun after it
    ("en", "In 2020 we launched DNA checks for members.", []),
    ("en", "In 2020 we launched ZORBA profiling for members.", []),
    ("fr", "En 2020, nous avons lancé le ZORBA numérique avec l'UE.", []),
    ("es", "En 2020 pusimos en marcha la ADN con la OEA.", []),
])
def test_a_lone_acronym_launched_is_a_programme(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a capitalised ordinal opens an instrument's title, and with its head alone names one
    ("fr", "La Convention a été complétée en 1999 par un Deuxième Protocole, qui a créé un comité.", ["Deuxième Protocole"]),
    ("fr", "Le Maroc a signé le Deuxième Protocole additionnel relatif à la coopération zorbalienne en 2022.",
     ["Deuxième Protocole additionnel relatif à la coopération zorbalienne"]),
    ("es", "El Segundo Protocolo entró en vigor.", ["Segundo Protocolo"]),
    # not in lower case
    ("fr", "un deuxième protocole fut adopté", []),
])
def test_an_ordinal_opens_a_title(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang, "INSTRUMENT")] == expected


@pytest.mark.parametrize("lang, text, short, norm", [
    # the first words of a title named in full take its norm, after it or, in a headline, before it
    ("en", "States joined the 1974 Convention on the Reduction of Zorbala. The 1974 Convention grew.",
     "1974 Convention", "1974 Convention on the Reduction of Zorbala"),
    ("en", "Our work under the Zorbala Declaration\n\nThe Forum adopted the Zorbala Declaration on Regional Security in 2018.",
     "Zorbala Declaration", "Zorbala Declaration on Regional Security"),
    ("es", "El Tratado Zorbala de Seguridad Democrática, firmado en 1995, rige. El Tratado Zorbala creó la Comisión.",
     "Tratado Zorbala", "Tratado Zorbala de Seguridad Democrática"),
])
def test_a_short_title_takes_the_full_titles_norm(extractor, lang, text, short, norm):
    assert (short, norm) in found(extractor, text, lang, "INSTRUMENT")


@pytest.mark.parametrize("lang, text, expected", [
    # one common word a topic goes on in lower case: the topic is part of the name
    ("fr", "La région finance le programme Horizon contre la sécheresse depuis 2015.",
     [("programme Horizon contre la sécheresse", "Horizon contre la sécheresse")]),
    ("es", "El ministerio apoya el programa Semilla para familias campesinas en tres provincias.",
     [("programa Semilla para familias campesinas", "Semilla para familias campesinas")]),
    # not over a clause, nor for a coinage or an acronym, nor to a capitalised place
    ("fr", "Le programme Horizon est financé par la région.", [("programme Horizon", "Horizon")]),
    ("fr", "Le programme ZORBA pour la sécurité maritime a commencé.", [("programme ZORBA", "ZORBA")]),
    ("fr", "La mission Zéphyr sur la Lune a décollé.", [("mission Zéphyr", "Zéphyr")]),
])
def test_a_programme_name_takes_its_topic(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a name in English or title case after a programme word runs over its capitalised words
    # and the small words between them
    ("fr", "La région finance le programme Clean Rivers for Tomorrow depuis 2019.",
     [("programme Clean Rivers for Tomorrow", "Clean Rivers for Tomorrow")]),
    ("fr", "Nous soutenons l'initiative Villes Vertes Solidaires au Sahel.",
     [("initiative Villes Vertes Solidaires", "Villes Vertes Solidaires")]),
    ("es", "El ministerio apoya el programa Seeds of the Future en tres provincias.",
     [("programa Seeds of the Future", "Seeds of the Future")]),
    # not over a body after it, nor a small word with no capitalised word after it
    ("fr", "Le programme Zorbala de la Commission européenne a commencé.", [("programme Zorbala", "Zorbala")]),
    ("es", "El programa Zorbala and more fue un éxito.", [("programa Zorbala", "Zorbala")]),
])
def test_a_programme_name_in_title_case_runs_over_its_words(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le Niger a planté des arbres pour la Grande Muraille verte en 2021.", ["Grande Muraille verte"]),
    ("en", "Niger planted trees for the Great Green Wall in 2021.", ["Great Green Wall"]),
    ("es", "Níger plantó árboles para la Gran Muralla Verde en 2021.", ["Gran Muralla Verde"]),
])
def test_the_great_green_wall_is_a_programme_not_a_place(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang, "OPERATION")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # an acronym that spells more than the programme named before its parenthesis names the body
    ("fr", "L'Office régional de la Grande Muraille verte (ORGMV) plante des arbres.",
     ("Office régional de la Grande Muraille verte", "ORGMV")),
    ("es", "La Oficina Regional de la Gran Muralla Verde (ORGMV) planta árboles.",
     ("Oficina Regional de la Gran Muralla Verde", "ORGMV")),
])
def test_a_body_named_after_a_programme_is_a_body(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang, "ORG")] == list(expected)


@pytest.mark.parametrize("text, expected", [
    # up to four title-case words before an English instrument's head are its title
    ("It follows the Regional Comprehensive Coastal Management Strategy, adopted in 2019.",
     ["Regional Comprehensive Coastal Management Strategy"]),
    # a capitalised preposition opening the sentence is no part of it
    ("In Zorbalian Coastal Fisheries Charter talks, the ministers agreed.", ["Zorbalian Coastal Fisheries Charter"]),
    # a title-case headline's verb is no part of the title after it
    ("Zorbalian Ministers Adopt Coastal Fisheries Strategy\n\nThe strategy runs to 2030.",
     ["Coastal Fisheries Strategy"]),
    ("Island Leaders Sign Ocean Partnership Agreement", ["Ocean Partnership Agreement"]),
])
def test_long_english_titles_before_their_head(extractor, text, expected):
    assert [t for t, _ in found(extractor, text, "en", "INSTRUMENT")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a programme word before the acronym of a body the gazetteer knows, then a capitalised run:
    # the programme is named by the acronym and the run; the acronym alone stays the body's
    ("fr", "La région soutient le programme OMS Villes Saines Zorbala depuis 2015.",
     [("programme OMS Villes Saines Zorbala", "OMS Villes Saines Zorbala")]),
    ("es", "Apoyamos el programa FAO Semillas Andinas en tres provincias.",
     [("programa FAO Semillas Andinas", "FAO Semillas Andinas")]),
    ("en", "We fund the programme WHO Clean Air Zorbala in three cities.",
     [("programme WHO Clean Air Zorbala", "WHO Clean Air Zorbala")]),
])
def test_a_programme_word_before_a_known_body_and_a_name(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected
