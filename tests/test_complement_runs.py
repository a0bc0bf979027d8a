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


@pytest.mark.parametrize("text, name", [
    # an opening phrase closed by a comma after the list: the list is the name's
    ("Avec l'aide du Fonds zorbal de lutte contre la faim, la soif et la misère, le village a tenu.",
     "Fonds zorbal de lutte contre la faim, la soif et la misère"),
    # the name inside the subject: the verb after the list is the subject's
    ("Le président du Fonds zorbal de lutte contre la faim, la soif et la misère a démissionné.",
     "Fonds zorbal de lutte contre la faim, la soif et la misère"),
])
def test_a_list_of_complements_stays_where_the_name_is_no_opening_phrase(model_extractor, text, name):
    assert name in _orgs(model_extractor, text)


@pytest.mark.parametrize("text, not_in", [
    # the reviewer's: a name in an opening phrase, then the next clause's subject, a list
    ("Avec l'appui du Fonds de la paix, les réfugiés, les déplacés et les migrants ont reçu une aide.", "réfugiés"),
    ("Grâce au Centre pour la démocratie, les femmes, les jeunes et les élus ont été formés.", "femmes"),
    ("Pour le Bureau de la coordination, la paix, la sécurité et le développement sont liés.", "sécurité"),
    # made up: the same shape after another opening word
    ("Selon l'Agence zorbale de lutte contre la pauvreté, la faim, la maladie et l'exil restent forts.", "maladie"),
    ("Hier, grâce à l'Office zorbal de la jeunesse, les écoles, les hôpitaux et les marchés ont rouvert.", "écoles"),
])
def test_the_subject_after_an_opening_phrase_is_no_list_of_complements(model_extractor, text, not_in):
    assert not any(not_in in o for o in _orgs(model_extractor, text))


@pytest.mark.parametrize("text, acronym, not_in", [
    ("Elle assure le secrétariat de la ZORBAC pour le compte du gouvernement de Volda.", "ZORBAC", "compte"),
    ("L'agence coopère avec la KORVELA pour l'application de la convention sur les pêches.", "KORVELA",
     "application"),
])
def test_an_acronym_takes_no_complement(model_extractor, text, acronym, not_in):
    # an acronym is a whole name: what follows it is the sentence's, not the body's
    orgs = _orgs(model_extractor, text)
    assert acronym in orgs and not any(not_in in o for o in orgs)
