"""Programmes whose acronym or label hangs on wording the acronym stage does not read (branch
ops15): an acronym defined after a programme a later stage found, a lower-case `scheme` after a
name or its acronym, an apposition of an article, a programme noun and a participle of leading.
Made-up names, rule-only pipeline."""

import pytest


def mentions(extractor, text, lang):
    return [(r["text"], r["label"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("ORG", "OPERATION", "INSTRUMENT", "LOCATION")]


@pytest.mark.parametrize("lang, text, acronym", [
    ("es", "El Gran Radiotelescopio Borandino, un proyecto compartido entre Chile y Perú, cumple diez años. "
           "Se inauguró el Gran Radiotelescopio Borandino (GRB) en 2012. Con 40 antenas, el GRB es enorme.", "GRB"),
    ("en", "The Korvel Deep Array, a project shared by three countries, turns ten. The Korvel Deep Array (KDA) "
           "opened in 2014. Since then the KDA has mapped the sky.", "KDA"),
])
def test_an_acronym_defined_after_a_programme_named_by_apposition(extractor, lang, text, acronym):
    found = mentions(extractor, text, lang)
    uses = [m for m in found if m[0] == acronym]
    assert len(uses) == 2 and all(label == "OPERATION" and norm == acronym for _, label, norm in uses)
    long_forms = [m for m in found if m[0].startswith(("Gran", "Korvel"))]
    assert len(long_forms) == 2 and all(m[1:] == ("OPERATION", acronym) for m in long_forms)


def test_an_acronym_not_spelled_by_the_programme_is_left_alone(extractor):
    found = mentions(extractor, "The Korvel Deep Array, a project shared by three countries, turns ten. "
                                "The Korvel Deep Array (ZQX) opened in 2014.", "en")
    assert not any(m[0] == "ZQX" and m[1] == "OPERATION" for m in found)


def test_a_scheme_after_a_name_and_after_its_acronym(extractor):
    found = mentions(extractor, "Each spring is the busiest season for the Northern Fisher Mobility (NFM) "
                                "scheme. We launched the NFM scheme in 2009. Norway runs the Arctic Builders "
                                "Exchange scheme, administered by a ministry.", "en")
    assert ("Northern Fisher Mobility", "OPERATION", "NFM") in found
    assert ("NFM scheme", "OPERATION", "NFM") in found
    assert any(m[0].startswith("Arctic Builders Exchange") and m[1] == "OPERATION" for m in found)


def test_a_common_noun_before_scheme_names_nothing(extractor):
    found = mentions(extractor, "A pension scheme covers the workers of the region since 2009.", "en")
    assert not any(label == "OPERATION" for _, label, _ in found)


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Charte coopère avec Zorbal Asia, l'initiative conduite par l'agence korvelienne."),
    ("en", "The network works with Zorbal Asia, the initiative led by the Korvel agency, since 2010."),
    ("es", "La red trabaja con Zorbal Asia, la iniciativa liderada por la agencia korveliana."),
])
def test_an_apposition_that_says_who_leads_the_initiative(extractor, lang, text):
    assert ("Zorbal Asia", "OPERATION") in [m[:2] for m in mentions(extractor, text, lang)]
