"""`Its members`, `ses membres` after a sentence that opens on a subject pronoun (`Since 2010, it
reports to the Council. Its members include A, B`): the possessive stands for what the pronoun
stands for (the body the sentence before it opens on, else the body the text speaks of), not for
a body the pronoun's sentence names in a complement (rules alone, given mentions; made-up
sentences). Spanish drops its subject pronouns, so the reading is shown in French and English."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Groupe de Lisbonne": ("ORG", "LG"), "Lisbon Group": ("ORG", "LG"),
    "Conseil des ministres": ("ORG", "CM"), "Council of Ministers": ("ORG", "CM"),
    "Union andine": ("ORG", "AU2"), "Andean Union": ("ORG", "AU2"),
    "Chili": ("COUNTRY", "CHL"), "Chile": ("COUNTRY", "CHL"), "Pérou": ("COUNTRY", "PER"),
    "Peru": ("COUNTRY", "PER"), "Bolivie": ("COUNTRY", "BOL"), "Bolivia": ("COUNTRY", "BOL"),
}
MEMBERS = {("lg", "member", n) for n in ("chl", "per", "bol")}


@pytest.mark.parametrize("lang, text", [
    # the sentence before the pronoun opens on a participle: the body the text speaks of
    ("fr", "Le Groupe de Lisbonne publie des rapports.\nInstitué en 1999 sur proposition du Conseil des ministres, "
           "le Groupe de Lisbonne évalue les politiques de pêche.\nDepuis 2010, il rend compte au Conseil des "
           "ministres.\nParmi ses membres figurent le Chili, le Pérou et la Bolivie."),
    ("en", "The Lisbon Group publishes reports.\nSet up in 1999 at the request of the Council of Ministers, the "
           "Lisbon Group reviews fishing policies.\nSince 2010, it has reported to the Council of Ministers.\n"
           "Its members include Chile, Peru and Bolivia."),
    # the sentence before the pronoun opens on the body
    ("fr", "L'Union andine soutient le projet.\nLe Groupe de Lisbonne est l'un des réseaux de la région.\nIl "
           "travaille avec l'Union andine.\nParmi ses membres figurent le Chili, le Pérou et la Bolivie."),
    ("en", "The Andean Union supports the project.\nThe Lisbon Group is one of the networks of the region.\nIt "
           "works with the Andean Union.\nIts members include Chile, Peru and Bolivia."),
])
def test_its_members_after_a_pronoun_subject(lang, text):
    found = {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}
    assert MEMBERS <= found
    assert not any(t[0] in ("cm", "au2") and t[1] == "member" for t in found)


@pytest.mark.parametrize("lang, text", [
    # an impersonal `il`, `it` after a fronted phrase opens the sentence before: it stands for no
    # body, so the possessive does not go back past that sentence to the body the one before opens on
    ("fr", "Le Groupe de Lisbonne publie des rapports.\nDans ce cadre, il est prévu que le Conseil des ministres se "
           "réunisse chaque année.\nParmi ses membres figurent le Chili, le Pérou et la Bolivie."),
    ("en", "The Lisbon Group publishes reports.\nIn this context, it is planned that the Council of Ministers meets "
           "every year.\nIts members include Chile, Peru and Bolivia."),
])
def test_an_impersonal_pronoun_stands_for_no_body(lang, text):
    found = {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}
    assert not MEMBERS & found


@pytest.mark.parametrize("lang, text", [
    # `il est`, `it is` then an article: a predicate noun of the body, no impersonal pronoun
    ("fr", "Le Groupe de Lisbonne publie des rapports.\nInstitué en 1999 sur proposition du Conseil des ministres, "
           "le Groupe de Lisbonne évalue les politiques de pêche.\nDepuis 2010, il est un organe indépendant qui rend "
           "compte au Conseil des ministres.\nParmi ses membres figurent le Chili, le Pérou et la Bolivie."),
    ("en", "The Lisbon Group publishes reports.\nSet up in 1999 at the request of the Council of Ministers, the "
           "Lisbon Group reviews fishing policies.\nSince 2010, it is an independent body reporting to the Council "
           "of Ministers.\nIts members include Chile, Peru and Bolivia."),
])
def test_a_pronoun_before_a_predicate_noun_stands_for_the_body(lang, text):
    found = {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}
    assert MEMBERS <= found
