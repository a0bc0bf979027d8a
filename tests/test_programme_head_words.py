"""Programmes named by a head or keyword word the rules did not read before: a `System` that
ends a defined name (`programme_head`), a `sistema`/`système` before an acronym
(`programme_word_before`, `programme_word_before_coined`), a lower-case `programme` after a
known operation (`operation_keyword_after`), a French `campagne` before its name (the token
rule; a colour after a one-word name stays in it: `campagne Cœur bleu`), and an English head
at the end of a name in a French or Spanish text (`longforms.long_form_label`). Made-up names,
rule-only pipeline."""

import pytest


def mentions(extractor, text, lang):
    return {(r["text"], r["label"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)}


def labels(extractor, text, lang):
    return {r["text"]: r["label"] for r in extractor.extract(text, doc_id="t", lang=lang)}


@pytest.mark.parametrize("lang, text, name, acronym", [
    ("en", "The ministry relies on the Zorbal Seed Integrity System (ZSIS), a scheme for farmers.",
     "Zorbal Seed Integrity System", "ZSIS"),
    ("en", "Since 2020 the Korvel Early Warning System (KEWS) has alerted coastal towns.",
     "Korvel Early Warning System", "KEWS"),
])
def test_a_system_that_ends_a_defined_name_is_a_programme(extractor, lang, text, name, acronym):
    found = mentions(extractor, text, lang)
    assert (name, "OPERATION", acronym) in found
    assert (acronym, "OPERATION", acronym) in found


@pytest.mark.parametrize("lang, text", [
    ("en", "The kilogram is defined in the International System of Units (SI) since 2019."),
    ("en", "The Zorbal Health Service (ZHS) treats patients in ten towns."),
])
def test_no_system_of_units_and_no_service_is_made_a_programme(extractor, lang, text):
    assert "OPERATION" not in labels(extractor, text, lang).values()


@pytest.mark.parametrize("lang, text, span, norm", [
    ("es", "Las cifras de deforestación proceden del sistema KORVEL del instituto nacional.",
     "sistema KORVEL", "KORVEL"),
    ("fr", "Les chiffres de la déforestation viennent du système KORVEL de l’institut national.",
     "système KORVEL", "KORVEL"),
])
def test_a_system_word_before_an_acronym_names_a_programme(extractor, lang, text, span, norm):
    assert (span, "OPERATION", norm) in mentions(extractor, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("es", "El sistema Interamericano de derechos humanos protege a las víctimas."),
    ("fr", "Le système Zorbalien de protection des droits protège les victimes."),
    ("es", "Las agencias del sistema ONU trabajan juntas en el país."),
])
def test_a_system_word_before_a_plain_word_or_a_body_names_none(extractor, lang, text):
    assert "OPERATION" not in labels(extractor, text, lang).values()


@pytest.mark.parametrize("text", [
    "In 2022 we joined the Copernicus programme to map the coast.",
    "In 2022 we joined the Copernicus program to map the coast.",
])
def test_a_lower_case_programme_after_a_known_operation_stays_in_its_span(extractor, text):
    found = mentions(extractor, text, "en")
    assert {(t, n) for t, lab, n in found if lab == "OPERATION"} == {(text.split(" the ")[1].split(" to ")[0],
                                                                      "Copernicus")}


def test_a_programme_word_after_a_body_makes_nothing(extractor):
    assert "OPERATION" not in labels(extractor, "The ministry joined the EU programme in 2019.", "en").values()


@pytest.mark.parametrize("text, span, norm", [
    ("Chaque automne, la mairie relance sa campagne Vesnora, très suivie.", "campagne Vesnora", "Vesnora"),
    ("La Campagne Korvel a duré trois mois.", "Campagne Korvel", "Korvel"),
])
def test_a_french_campaign_opens_its_name(extractor, text, span, norm):
    assert (span, "OPERATION", norm) in mentions(extractor, text, "fr")


@pytest.mark.parametrize("text, span, norm", [
    ("Les gendarmes ont conduit l'opération Ruban blanc dans trois départements.",
     "opération Ruban blanc", "Ruban blanc"),
    ("Le club de rugby soutient depuis 2015 la campagne Ruche verte des écoles.",
     "campagne Ruche verte", "Ruche verte"),
    ("La police mène l’opération Korvel blanche depuis mai.", "opération Korvel blanche", "Korvel blanche"),
])
def test_a_colour_after_a_one_word_name_stays_in_it(extractor, text, span, norm):
    assert (span, "OPERATION", norm) in mentions(extractor, text, "fr")


def test_a_participle_after_an_operations_name_stays_out(extractor):
    text = "La police lance l’opération Korvel menée avec la douane."
    found = {(t, n) for t, lab, n in mentions(extractor, text, "fr") if lab == "OPERATION"}
    assert found == {("opération Korvel", "Korvel")}


def test_a_french_campaign_without_a_name_is_none(extractor):
    text = "La campagne de vaccination a commencé en mai."
    assert "OPERATION" not in labels(extractor, text, "fr").values()


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le centre participe au Korvel Reef Restoration Project (KRRP), mené par une université."),
    ("es", "El centro participa en el Korvel Reef Restoration Project (KRRP), dirigido por una universidad."),
])
def test_an_english_programme_head_ends_a_name_in_a_head_first_text(extractor, lang, text):
    found = mentions(extractor, text, lang)
    assert ("Korvel Reef Restoration Project", "OPERATION", "KRRP") in found
    assert ("KRRP", "OPERATION", "KRRP") in found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le centre travaille avec la Korvel Reef Restoration Agency (KRRA), basée à Lyon."),
    ("es", "El centro trabaja con la Korvel Reef Restoration Agency (KRRA), con sede en Lima."),
])
def test_an_english_body_head_stays_a_body_in_a_head_first_text(extractor, lang, text):
    assert labels(extractor, text, lang).get("Korvel Reef Restoration Agency") == "ORG"
