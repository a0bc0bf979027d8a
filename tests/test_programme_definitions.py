"""Programmes told by their definition or their marks (branch ops-13): a defined acronym a
programme word follows in any language (`programme_defined_after`), a name and its defined
acronym that an apposition calls a programme (`defined_appositions`), and a name in quotation
marks before its keyword (`quoted_names`). Made-up names, shipped patterns, rule-only pipelines."""

import pytest

from mention_helpers import found


def labelled(extractor, text, lang):
    return [m for m in found(extractor, text, lang, fields=("label", "text", "norm")) if m[0] == "OPERATION"]


@pytest.mark.parametrize("lang, text", [
    ("en", "The Zorbala Dry Seeds for Farmers (ZODSEF) project started in 2011 with five partners."),
    ("fr", "Le Zorbala Semences pour les Fermes (ZOSEF) projet a commencé avec cinq partenaires."),
    ("es", "El Zorbala Semillas para Granjas (ZOSEG) proyecto empezó con cinco socios."),
])
def test_a_project_word_after_a_defined_acronym(extractor, lang, text):
    acronym = text.split("(")[1].split(")")[0]
    assert (("OPERATION", acronym, acronym)) in labelled(extractor, text, lang)


@pytest.mark.parametrize("lang, text, long_form, acronym", [
    ("en", "The second phase of Quorvan Twin (QuorTwin), the Commission's flagship initiative, ended. "
           "QuorTwin grew.", "Quorvan Twin", "QuorTwin"),
    ("en", "Most drills use ZEBRIX (Zonal Emergency Broadcast Rehearsal), the annual response exercise "
           "for operators.", "Zonal Emergency Broadcast Rehearsal", "ZEBRIX"),
    ("fr", "Le réseau s'appuie sur Veltra Orbis (VELOR), l'initiative conduite par plusieurs agences.",
     "Veltra Orbis", "VELOR"),
    ("es", "El centro usa Marvento Azul (MARZUL), la plataforma regional de alerta.", "Marvento Azul", "MARZUL"),
])
def test_a_defined_name_an_apposition_calls_a_programme(extractor, lang, text, long_form, acronym):
    got = labelled(extractor, text, lang)
    assert ("OPERATION", long_form, acronym) in got and ("OPERATION", acronym, acronym) in got


def test_a_defined_body_with_another_apposition_stays_a_body(extractor):
    text = "The Zorbala Water Authority (ZWA), the agency in charge of dams, met on Monday."
    assert labelled(extractor, text, "en") == []


def test_a_quoted_name_before_its_programme_word(extractor):
    text = 'CAIRO – The "Quill of Rivers, Seeds and Lamps" programme links three ministries.'
    assert ("OPERATION", "Quill of Rivers, Seeds and Lamps") in [
        m[:2] for m in labelled(extractor, text, "en")]


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Zorbala Rail is the largest infrastructure project in the region.", "Zorbala Rail"),
    ("fr", "Kelvara Verde est un projet de reboisement du littoral.", "Kelvara Verde"),
    ("es", "Marvento Solar es un proyecto de energía para las islas.", "Marvento Solar"),
])
def test_a_name_a_copula_calls_a_project(extractor, lang, text, name):
    assert [m[:2] for m in labelled(extractor, text, lang)] == [("OPERATION", name)]


def test_a_body_a_copula_calls_a_platform_stays_a_body(extractor):
    text = "The Zorbala Development Bank is a platform for regional lenders."
    assert labelled(extractor, text, "en") == []


def test_a_name_joined_by_a_slash_after_its_keyword(extractor):
    text = "El acuerdo incluye el proyecto ZORBA/KELTA, que valida la tecnología."
    assert [m[:2] for m in labelled(extractor, text, "es")] == [("OPERATION", "proyecto ZORBA/KELTA")]


def test_a_long_name_defined_by_an_apposition_keeps_the_acronym_when_named_again(extractor):
    text = "The first phase of Quorvan Twin (QuorTwin), the Commission's initiative, ended. Quorvan Twin grew."
    assert labelled(extractor, text, "en")[-1] == ("OPERATION", "Quorvan Twin", "QuorTwin")


def test_a_defined_body_an_apposition_calls_a_platform_stays_a_body(extractor):
    text = "Las agencias forman parte del Grupo Zorbala de Flujos (GZF), la plataforma nacional del país."
    assert labelled(extractor, text, "es") == []


def test_a_defined_body_named_across_a_preposition_stays_a_body(extractor):
    text = "Las agencias forman parte del Grupo Zorbala sobre Rutas Mixtas (GZRM), la plataforma nacional del país."
    assert labelled(extractor, text, "es") == []


@pytest.mark.parametrize("lang, text, long_form", [
    ("en", "The office tracks the funds through its ZORBA project, short for Zonal Oversight of Recovered "
           "Border Assets, with support from donors.", "Zonal Oversight of Recovered Border Assets"),
    ("es", "La oficina apoya el proyecto ZORBA, sigla de Zona de Registro de Bienes Aduaneros, desde 2019.",
     "Zona de Registro de Bienes Aduaneros"),
])
def test_a_programme_acronym_spelled_out_after_a_phrase(extractor, lang, text, long_form):
    assert ("OPERATION", long_form, "ZORBA") in labelled(extractor, text, lang)
