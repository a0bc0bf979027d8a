"""Bodies no gazetteer holds, as English texts name them, and Spanish and French where the
same wording occurs: a `Directorate-General` head, an acronym of two words in capitals, the
members of a body before its name, a body's own name in parentheses beside its acronym, an
acronym the text uses alone that a later long name spells (made-up text)."""

from __future__ import annotations

import pytest

from mention_helpers import found


def _orgs(extractor, text, lang="en"):
    return found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("text, name", [
    ("The Directorate-General for Coastal Fisheries and Aquaculture follows the plan.",
     ("Directorate-General for Coastal Fisheries and Aquaculture",
      "Directorate-General for Coastal Fisheries and Aquaculture")),
    ("It reports to the Directorate-General for Ports, Shipping and Inland Waterways.",
     ("Directorate-General for Ports, Shipping and Inland Waterways",
      "Directorate-General for Ports, Shipping and Inland Waterways")),
])
def test_a_directorate_general_is_a_body(extractor, text, name):
    assert name in _orgs(extractor, text)


@pytest.mark.parametrize("text, acronym", [
    ("The Directorate-General for Coastal Fisheries (DG COAST) met. Later DG COAST agreed.", "DG COAST"),
    ("Samples went to the Bureau of Plant Health Inspection (US BPHI) in May.", "US BPHI"),
])
def test_an_acronym_of_two_words_in_capitals_is_defined(extractor, text, acronym):
    orgs = _orgs(extractor, text)
    assert (acronym, acronym) in orgs
    assert orgs[0][1] == acronym  # the long form takes it as norm


@pytest.mark.parametrize("text, lang, body", [
    ("The report was shared with the Member States of the Andean Water Council in May.", "en",
     "Andean Water Council"),
    ("In Lusaka, the Member Countries of the Southern Grain Commission met.", "en",
     "Southern Grain Commission"),
    ("El informe llegó a los Estados Miembros de la Comisión Regional del Agua en mayo.", "es",
     "Comisión Regional del Agua"),
])
def test_members_before_a_body_are_not_its_name(extractor, text, lang, body):
    assert [t for t, _ in _orgs(extractor, text, lang)] == [body]


def test_a_body_named_with_members_in_it_stays_whole(extractor):
    text = "The Member States Committee of the agency met in Helsinki."
    assert "Member States Committee" in [t for t, _ in _orgs(extractor, text)]


def test_a_body_own_name_beside_its_acronym_takes_the_acronym(extractor):
    text = ("Patrols are run by the Sumatran Coastal Security Agency (Badan Keamanan Pantai "
            "Sumatera, BKPS) since 2019.")
    orgs = dict(_orgs(extractor, text))
    assert orgs["Badan Keamanan Pantai Sumatera"] == "BKPS"
    assert orgs["Sumatran Coastal Security Agency"] == "BKPS"


def test_a_long_name_spelling_an_acronym_used_alone_takes_it(extractor):
    text = ("About The KMU\nThe Kivu Mountain University was founded in 1971 and has three "
            "campuses. The KMU trains nurses.")
    assert ("Kivu Mountain University", "KMU") in _orgs(extractor, text)


def test_an_acronym_defined_for_one_body_is_not_spelled_by_another(extractor):
    text = ("The Zorbal Rivers Authority (ZRA) met on Monday. The Zorbal Rural Association met the "
            "ZRA in Lusaka.")
    assert ("Zorbal Rural Association", "Zorbal Rural Association") in _orgs(extractor, text)


def test_a_long_name_spelling_no_acronym_keeps_its_name(extractor):
    text = "The Kivu Mountain University was founded in 1971. The KMR trains nurses."
    assert ("Kivu Mountain University", "Kivu Mountain University") in _orgs(extractor, text)


@pytest.mark.parametrize("text, lang, name", [
    ("Passengers flew with Zambezi Airways and the cargo went by Lakeland Railways.", "en", "Zambezi Airways"),
    ("Passengers flew with Zambezi Airways and the cargo went by Lakeland Railways.", "en", "Lakeland Railways"),
    ("Samples went to the Mount Meru Referral Hospital for tests.", "en", "Mount Meru Referral Hospital"),
    ("Las muestras llegaron al Hospital Regional de Ica en marzo.", "es", "Hospital Regional de Ica"),
])
def test_companies_and_hospitals_are_bodies(extractor, text, lang, name):
    assert name in [t for t, _ in _orgs(extractor, text, lang)]
