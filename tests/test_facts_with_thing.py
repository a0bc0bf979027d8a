"""A noun phrase of its own between a word of `with` and the next body (`a body with legal
personality, and the X`, `un equipo con perros … a bordo de aviones del X`) is a thing the body
only owns: the body is no partner of the subject (structure.weak_sides, `_thing_between`). A noun
of help or of a body's people there (class `with_noun`: `con el apoyo técnico del X`), a colon or
a word of inclusion still lead to the partners."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {
    "en": {"Coastal Agency": ("ORG", "Coastal"), "Port Council": ("ORG", "Port"),
           "African Bank": ("ORG", "Bank"), "Sea Institute": ("ORG", "Sea")},
    "fr": {"Agence côtière": ("ORG", "Coastal"), "Conseil portuaire": ("ORG", "Port"),
           "Banque africaine": ("ORG", "Bank"), "Institut de la mer": ("ORG", "Sea")},
    "es": {"Agencia Costera": ("ORG", "Coastal"), "Consejo Portuario": ("ORG", "Port"),
           "Banco Africano": ("ORG", "Bank"), "Instituto del Mar": ("ORG", "Sea")},
}


def _pairs(text: str, lang: str, kind: str = "PARTNERSHIP") -> set:
    found = rule_tuples(text, lang, NAMES[lang], learned=True)
    return {t[1] for t in found if t[0] == kind and (len(t) == 2 or kind == "AGREEMENT")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Coastal Agency was set up in 1998 as a body with legal personality, and the Port Council "
           "has met in Lisbon since 2004."),
    ("en", "The Coastal Agency records sightings with a mobile application of the Port Council."),
    ("fr", "L'Agence côtière a envoyé une équipe avec des chiens à bord d'avions du Conseil portuaire."),
    ("es", "La Agencia Costera envió un equipo con perros de rescate a bordo de aviones del Consejo Portuario."),
])
def test_a_thing_after_the_word_of_with_makes_no_partner(lang, text):
    assert ("coastal", "port") not in _pairs(text, lang)


@pytest.mark.parametrize("lang, text, pair", [
    ("es", "La Agencia Costera nació en 1990 con el apoyo técnico y financiero del Banco Africano.",
     ("bank", "coastal")),
    ("fr", "L'Agence côtière travaille avec les instituts nationaux de la région, comme l'Institut de la mer.",
     ("coastal", "sea")),
    ("en", "The Coastal Agency works with two regional bodies: the Port Council and the Sea Institute.",
     ("coastal", "sea")),
    ("en", "The Coastal Agency works with experts of the Port Council.", ("coastal", "port")),
    ("en", "The Coastal Agency trains its staff with the Port Council.", ("coastal", "port")),
    ("fr", "L'Agence côtière coopère avec le Conseil portuaire.", ("coastal", "port")),
    ("fr", "L'Agence côtière organise des exercices avec la Banque africaine.", ("bank", "coastal")),
    ("es", "La Agencia Costera trabaja con el Consejo Portuario en la vigilancia de la costa.", ("coastal", "port")),
    ("es", "La Agencia Costera comparte sus datos con el Banco Africano.", ("bank", "coastal")),
    ("en", "The Coastal Agency built its first station with the financial contributions of the African Bank.",
     ("bank", "coastal")),
    ("fr", "L'Agence côtière forme ses pilotes avec des homologues du Conseil portuaire.", ("coastal", "port")),
    # a body listed beside common nouns, or gathering them: still a partner
    ("en", "The Coastal Agency cleans beaches with local communities, universities and the Port Council.",
     ("coastal", "port")),
    ("es", "La Agencia Costera limpia las playas con comunidades locales y con el Consejo Portuario.",
     ("coastal", "port")),
    ("fr", "L'Agence côtière surveille la côte avec les instituts nationaux de la région, réunis au sein du "
           "Conseil portuaire.", ("coastal", "port")),
])
def test_help_people_examples_and_plain_partners_stay(lang, text, pair):
    assert pair in _pairs(text, lang)


def test_a_memorandum_signed_together_stays_an_agreement():
    text = "The Coastal Agency and the Port Council signed a memorandum of understanding in 2019."
    assert ("coastal", "port") in _pairs(text, "en", "AGREEMENT")
