"""Bodies' names read whole where they were cut or missed: a given name and a middle initial
before a body named after a person, `the Ministry` pointing back, an organ's head after a body's
acronym in parentheses, an organ title whose body the text never writes in its gazetteer form,
a conference of a known body, and more head nouns of bodies. Runs the shipped patterns on the
rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang, fields=("text",)):
    return found(extractor, text, lang, "ORG", fields=fields)


@pytest.mark.parametrize("text, name", [
    ("Grants came from the Walter K. Brennan Foundation last year.", "Walter K. Brennan Foundation"),
    ("She thanked the Maria T. Oduya Institute for its help.", "Maria T. Oduya Institute"),
])
def test_a_given_name_and_initial_after_an_article_start_the_name(extractor, text, name):
    assert name in orgs(extractor, text, "en")


def test_a_capital_ending_a_sentence_is_no_initial(extractor):
    names = orgs(extractor, "The payment is set out in Schedule K. Brennan Foundation staff agreed.", "en")
    assert not any(n.startswith(("Schedule", "K.")) for n in names), names


@pytest.mark.parametrize("lang, text, back", [
    ("en", "The Ministry of Water of Ruritania opened a plant. Later the Ministry asked donors for help.",
     ("Ministry", "Ministry of Water of Ruritania")),
    ("es", "El Ministerio de Aguas de Ruritania abrió una planta. Después el Ministerio pidió ayuda.",
     ("Ministerio", "Ministerio de Aguas de Ruritania")),
])
def test_a_ministry_points_back_to_the_one_named(extractor, lang, text, back):
    assert back in orgs(extractor, text, lang, ("text", "norm"))


@pytest.mark.parametrize("text, organ", [
    ("The Andean Trade Community (ATC) Secretariat in Lima drafted the plan.", ("Secretariat", "ATC Secretariat")),
    ("Members of the Pacific Ocean Forum (POF) Council met in Suva.", ("Council", "POF Council")),
])
def test_an_organ_head_after_an_acronym_note_is_the_bodys_organ(extractor, text, organ):
    assert organ in orgs(extractor, text, "en", ("text", "norm"))


def test_a_longer_name_after_an_acronym_note_is_left_alone(extractor):
    names = orgs(extractor, "The Andean Trade Community (ATC) Commission on Customs Reform met.", "en")
    assert "Commission" not in names, names


def test_an_organ_title_is_read_where_the_body_is_not_written_in_its_known_form(extractor):
    text = ("La Commission du bassin du lac Tchad a tenu sa session à Abuja. Son Secrétariat exécutif "
            "siège à N'Djamena.")
    assert "Secrétariat exécutif" in orgs(extractor, text, "fr")


@pytest.mark.parametrize("lang, text, name", [
    ("en", "In 2009 the Conference of the FAO adopted the new rules.", "Conference of the FAO"),
    ("es", "En 2009 la Conferencia de la FAO aprobó las nuevas reglas.", "Conferencia de la FAO"),
])
def test_the_conference_of_a_known_body_is_its_organ(extractor, lang, text, name):
    assert name in orgs(extractor, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Conference of Nairobi on Water closed yesterday."),
    ("es", "La Conferencia de Nairobi sobre el Agua terminó ayer."),
])
def test_a_conference_named_by_a_place_is_no_body(extractor, lang, text):
    assert not any(n.startswith(("Conference", "Conferencia")) for n in orgs(extractor, text, lang))


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Loans came from the Ruritania Housing Finance Corporation in May.",
     "Ruritania Housing Finance Corporation"),
    ("en", "The Clean Hydrogen Joint Undertaking funds research.", "Clean Hydrogen Joint Undertaking"),
    ("es", "La Corporación Andina de Seguros Agrícolas firmó el acuerdo.", "Corporación Andina de Seguros Agrícolas"),
    ("es", "El Cabildo de Lanzarote aprobó el plan.", "Cabildo de Lanzarote"),
])
def test_more_head_nouns_of_bodies(extractor, lang, text, name):
    assert name in orgs(extractor, text, lang)
