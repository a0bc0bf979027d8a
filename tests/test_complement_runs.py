"""A model's name in sentence case goes on over the lower-case complements it stopped before
(`complement_runs.model_names_continued`); tests that need the trained model (made-up text)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _orgs(extractor, text):
    return [r["text"] for r in extractor.extract(text, doc_id="t", lang="fr") if r["label"] == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("Nous travaillons avec le Bureau national de lutte contre la fraude fiscale depuis 2020.",
     "Bureau national de lutte contre la fraude fiscale"),
])
def test_a_name_goes_on_over_its_complements(model_extractor, text, name):
    assert name in _orgs(model_extractor, text)


@pytest.mark.parametrize("text, not_in", [
    ("Le Bureau national a publié hier les chiffres de la fraude.", "publié"),
    ("Le Centre a organisé un atelier de formation des agents.", "atelier"),
])
def test_a_name_stops_at_a_verb(model_extractor, text, not_in):
    assert not any(not_in in o for o in _orgs(model_extractor, text))


@pytest.mark.parametrize("text, not_in", [
    ("Le projet est financé par le Comité national de veille sanitaire par le biais de son fonds.", "biais"),
    ("Les chiffres viennent du Bureau national de la démographie par la suite.", "suite"),
    ("L'aide passe par le Conseil régional des pêches par l'intermédiaire de ses antennes.", "intermédiaire"),
    ("La hausse est notée par l'Office national des céréales par rapport à l'an dernier.", "rapport"),
])
def test_a_name_does_not_take_a_phrase_with_par(model_extractor, text, not_in):
    assert not any(not_in in o for o in _orgs(model_extractor, text))


@pytest.mark.parametrize("text, name", [
    ("L'Office national de lutte contre les crimes contre l'humanité, les génocides et les crimes de guerre recrute.",
     "Office national de lutte contre les crimes contre l'humanité, les génocides et les crimes de guerre"),
    ("Le Fonds zorbal de lutte contre le sida, la tuberculose et le paludisme a financé le projet.",
     "Fonds zorbal de lutte contre le sida, la tuberculose et le paludisme"),
])
def test_a_name_goes_on_over_a_list_of_complements(model_extractor, text, name):
    assert name in _orgs(model_extractor, text)


@pytest.mark.parametrize("text, not_in", [
    # a name with no complement of its own lists no complements: the list is of bodies
    ("La Gendarmerie zorbale, la police et les douanes ont saisi la drogue.", "police"),
    # a body's head among the items: a list of bodies
    ("L'Agence zorbale de lutte contre la fraude, le ministère et les douanes coopèrent.", "ministère"),
    # a conjunction alone joins no clause
    ("Le Bureau zorbal de lutte contre la fraude et le président ont signé.", "président"),
])
def test_a_list_of_bodies_after_a_name_stays_out(model_extractor, text, not_in):
    assert not any(not_in in o for o in _orgs(model_extractor, text))
