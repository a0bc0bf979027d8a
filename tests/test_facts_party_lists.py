"""Agreements signed by a list of parties and memberships read from wording as data (issue 11):
copular signatory lists, states acting through their representatives, a former name inside a
list, accession and members introduced by `figuran`."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


def _pairs(fast, text: str, lang: str) -> set:
    return {(t[1], t[3]) for t in tuples(fast.analyse(text, doc_id="t", lang=lang))
            if t[0] == "AGREEMENT" and t[2] == "date"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les États signataires de 2012 sont la France, l'Espagne et l'Italie."),
    ("en", "The signatories of 2012 are France, Spain and Italy."),
    ("es", "Los cinco Estados firmantes de 2012 son Francia, España e Italia."),
])
def test_a_copular_list_of_signatories_signed_an_agreement_even_unnamed(fast, lang, text):
    found = _pairs(fast, text, lang)
    assert {(("esp", "fra"), "2012"), (("esp", "ita"), "2012"), (("fra", "ita"), "2012")} <= found


@pytest.mark.parametrize("lang, text", [
    ("fr", "La convention a été signée à Lima le 3 mai 2012 par les présidents du Chili, du Pérou et de l'Équateur."),
    ("en", "The convention was signed in Lima on 3 May 2012 by the presidents of Chile, Peru and Ecuador."),
    ("es", "El convenio fue firmado en Lima el 3 de mayo de 2012 por los presidentes de Chile, Perú y Ecuador."),
])
def test_a_state_named_after_its_representatives_is_a_party(fast, lang, text):
    found = _pairs(fast, text, lang)
    assert (("chl", "per"), "2012-05-03") in found and (("chl", "ecu"), "2012-05-03") in found


def test_heads_of_state_signing_in_the_past_tense_sign_for_their_states(fast):
    text = "Le 3 mai 1980, à Rome, les chefs d'État de la France, de l'Italie et de l'Espagne signaient la convention."
    assert {(("fra", "ita"), "1980-05-03"), (("esp", "fra"), "1980-05-03")} <= _pairs(fast, text, "fr")


@pytest.mark.parametrize("lang, text", [
    ("fr", "En 1999, le Chili, le Pérou et l'ancienne OUA ont signé à Lima un mémorandum d'accord."),
    ("fr", "En 1999, le Chili, le Pérou et ce qui était alors l'OUA ont signé à Lima un mémorandum d'accord."),
    ("en", "In 1999, Chile, Peru and what was then the OAU signed in Lima a Memorandum of Understanding."),
    ("es", "En 1999, Chile, Perú y la entonces OUA firmaron en Lima un memorando de entendimiento."),
])
def test_a_party_named_by_its_former_name_stays_in_the_list_before_the_signature(fast, lang, text):
    found = _pairs(fast, text, lang)
    assert {(("chl", "oau"), "1999"), (("oau", "per"), "1999"), (("chl", "per"), "1999")} <= found


def _members(fast, text: str, lang: str) -> set:
    return {t[1:] for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "MEMBERSHIP"}


def test_states_that_adhered_to_a_body_are_its_members(fast):
    found = _members(fast, "Francia, España y Marruecos se adhirieron a la OEA.", "es")
    assert {("oas", "member", "fra"), ("oas", "member", "esp"), ("oas", "member", "mar")} <= found


def test_members_introduced_by_figuran_are_the_publishers(fast):
    text = "La COMJIB es una red iberoamericana. Entre nuestros miembros figuran Europol, AMERIPOL y la UNESCO."
    assert {("comjib", "member", "europol"), ("comjib", "member", "unesco")} <= _members(fast, text, "es")


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Convention compte aujourd'hui 120 États signataires."),
    ("fr", "Le Centre coordonne l'action entre INTERPOL et Europol et les polices des États signataires."),
    ("en", "The Centre links INTERPOL and Europol with the police forces of the signatory states."),
])
def test_a_noun_of_signatories_without_a_copula_and_a_list_gives_no_agreement(fast, lang, text):
    assert not _pairs(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des agences nationales, comme l'Agence française de développement (AFD) ou la Deutsche Gesellschaft für "
           "Internationale Zusammenarbeit (GIZ), mettent des experts à la disposition de ces comités."),
    ("en", "National agencies, such as the Agence française de développement (AFD) or the Deutsche Gesellschaft für "
           "Internationale Zusammenarbeit (GIZ), cooperate on these projects."),
    ("es", "Agencias nacionales, como la Agence française de développement (AFD) o la Deutsche Gesellschaft für "
           "Internationale Zusammenarbeit (GIZ), cooperan en estos proyectos."),
])
def test_bodies_offered_as_alternatives_are_no_partners_of_each_other(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert not any(t[0] == "PARTNERSHIP" and t[1] == ("afd", "giz") for t in found)


def test_bodies_joined_by_and_still_work_together(fast):
    text = ("The Agence française de développement (AFD) and the Deutsche Gesellschaft für Internationale "
            "Zusammenarbeit (GIZ) cooperate on these projects.")
    assert ("PARTNERSHIP", ("afd", "giz")) in tuples(fast.analyse(text, doc_id="t", lang="en"))
