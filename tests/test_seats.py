"""Names that go on past their capitalised run (an office with the place it sits in, a body with
the higher body it is placed under), places that are bodies, and head nouns read in every
language. The bodies are made up, so that no gazetteer knows them; rule-only pipelines."""

from types import SimpleNamespace

import pytest

from partex.lexicon import load_lexicon
from partex.mention import Mention
from partex.resolve.context import State
from partex.resolve.seats import places_named_as_bodies

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, expected", [
    # an office's name holds the place it sits in
    ("en", "run with the Ruritania Border Liaison Office in Khorog, in co-operation with",
     ["Ruritania Border Liaison Office in Khorog"]),
    ("es", "según ha informado la Delegación del Gobierno en Villa Norte.",
     ["Delegación del Gobierno en Villa Norte"]),
    ("fr", "la Délégation de la Commission à Ruritanie a signé", ["Délégation de la Commission à Ruritanie"]),
    # other bodies stay apart from the place after them
    ("en", "officers of the Ruritania Border Police in Khorog said", ["Ruritania Border Police"]),
    ("es", "con la Agencia Nacional de Puertos en Valparaíso", ["Agencia Nacional de Puertos"]),
    ("fr", "avec la Direction Générale des Douanes à Lyon", ["Direction Générale des Douanes"]),
    # a month after the preposition is no place
    ("en", "the Ruritania Liaison Office in May said", ["Ruritania Liaison Office"]),
])
def test_an_office_named_with_its_seat(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("and the Drug Control Service under the President of the Republic of Ruritania. Trainers",
     ["Drug Control Service under the President of the Republic of Ruritania"]),
    # the higher body's name ends at a conjunction
    ("the Customs Service under the Government of Ruritania and the Border Guard Command met",
     ["Customs Service under the Government of Ruritania", "Border Guard Command"]),
    # `under` before anything but a higher body is no part of the name
    ("the Customs Service under the new rules of Ruritania", ["Customs Service"]),
    # a ministry or a department is a higher body; its name keeps its own conjunction
    ("In Ruritania, the Fisheries Authority under the Ministry of Lakes and Inland Waters inspects boats.",
     ["Fisheries Authority under the Ministry of Lakes and Inland Waters"]),
    ("the Parks Service under the Department of Forests and Wildlife issues permits",
     ["Parks Service under the Department of Forests and Wildlife"]),
    # `in the` is no link to a higher body
    ("the Parks Service in the Department of Forests and Wildlife issues permits",
     ["Parks Service", "Department of Forests and Wildlife"]),
])
def test_a_body_named_with_the_body_it_is_placed_under(extractor, text, expected):
    assert orgs(extractor, text, "en") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # `y de la` before a head noun joins two bodies; before a complement, one body's words
    ("es", "a través de la Comisaría General de Puertos y de la División de Cooperación Aduanera, colaboramos",
     ["Comisaría General de Puertos", "División de Cooperación Aduanera"]),
    ("es", "con la Superintendencia Nacional de Puertos y de Navegación Fluvial hoy",
     ["Superintendencia Nacional de Puertos y de Navegación Fluvial"]),
    # Portuguese, Catalan and South Slavic heads inside a text in another language
    ("fr", "Au Brésil, la Secretaria Nacional de Fronteiras (SENAFRON) et la police",
     ["Secretaria Nacional de Fronteiras", "SENAFRON"]),
    ("en", "In Brazil, the Secretaria Nacional de Fronteiras (SENAFRON) and the police",
     ["Secretaria Nacional de Fronteiras", "SENAFRON"]),
    # in Spanish `Secretaria` is an office held by a person, not a body
    ("es", "Ana Ruiz, Secretaria General de la Comisión Ruritana, destacó", ["Comisión Ruritana"]),
    ("fr", "avec le Departament de Ports del Govern et la police", ["Departament de Ports del Govern"]),
    ("fr", "avec la Préfecture du Var, un programme", ["Préfecture du Var"]),
    # a court named with its country; not when the country follows elsewhere in the sentence
    ("fr", "la Cour suprême du Canada a jugé", ["Cour suprême du Canada"]),
    ("fr", "la Cour suprême a jugé que le Canada", []),
])
def test_head_nouns_of_every_language(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


def _relabelled(lang: str, text: str) -> list[str]:
    ctx = SimpleNamespace(text=text, lexicon=load_lexicon(lang))
    state = State((Mention(0, len(text), "LOCATION", "", "model"),))
    return [m.label for m in places_named_as_bodies(ctx, state).candidates]


@pytest.mark.parametrize("lang, text, expected", [
    # a place candidate opening on a body's head noun, any language's, is a body
    ("fr", "Komisija za granice Vlade Republike Ruritanije", "ORG"),
    ("fr", "Préfecture des Alpes-Maritimes", "ORG"),
    ("es", "Departament de Ports del Govern", "ORG"),
    ("en", "Lake Ruritania Basin Commission", "ORG"),
    # places stay places: a head noun that does not open the name, a short name ending on one
    ("fr", "Afrique de l'Ouest et du Centre", "LOCATION"),
    ("en", "West Bank", "LOCATION"),
    ("es", "Valle del Cauca", "LOCATION"),
])
def test_a_place_named_by_a_head_noun_is_a_body(lang, text, expected):
    assert _relabelled(lang, text) == [expected]


def test_a_head_noun_alone_read_as_a_place_is_left_to_the_back_references():
    assert _relabelled("fr", "Centre") == ["LOCATION"]


@pytest.mark.parametrize("text, expected", [
    # an office read with its first region by the capitalised-run rules still takes the second
    ("Nuestra Oficina Regional para Centroamérica y el Caribe, con sede en Lima, apoya.",
     ["Oficina Regional para Centroamérica y el Caribe"]),
    # not another body's name after the conjunction
    ("la Oficina Regional para Centroamérica y la Policía Nacional firmaron",
     ["Oficina Regional para Centroamérica", "Policía Nacional"]),
])
def test_a_regional_office_with_its_second_region(extractor, text, expected):
    assert orgs(extractor, text, "es") == expected


def test_a_head_noun_alone_refers_back_to_an_office_named_with_its_seat(extractor):
    text = ("Según ha informado la Delegación del Gobierno en Villa Norte. La operación fue larga. "
            "La Delegación recuerda que el contrabando es delito.")
    rows = [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang="es") if r["label"] == "ORG"]
    assert rows == [("Delegación del Gobierno en Villa Norte", "Delegación del Gobierno en Villa Norte"),
                    ("Delegación", "Delegación del Gobierno en Villa Norte")]


@pytest.mark.parametrize("text, expected", [
    # a Catalan name cited in a Spanish text goes on across its `i`
    ("y el Departament de Ports i de Costes del Govern facilitó los datos",
     ["Departament de Ports i de Costes del Govern"]),
    # two bodies joined by `i` before a head noun stay two
    ("el Departament de Ports i la Guardia Civil", ["Departament de Ports", "Guardia Civil"]),
])
def test_a_catalan_conjunction_inside_a_name(extractor, text, expected):
    assert orgs(extractor, text, "es") == expected


def test_a_place_of_the_gazetteer_stays_a_place_whatever_language_its_first_word_heads(fast):
    # `Red` heads Spanish names (`Red Iberoamericana …`): only the model's places are read again
    rows = fast.extract("Piracy in the Red Sea rose sharply in 2024.", doc_id="t", lang="en")
    assert [(r["text"], r["label"]) for r in rows if r["text"] == "Red Sea"] == [("Red Sea", "LOCATION")]
