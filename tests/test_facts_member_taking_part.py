"""Members that take part in a body, in three shapes of wording (facts/member_joins.py,
facts/member_inverted.py), with made-up sentences in fr/en/es: a relative clause whose pronoun
stands for the body (`le Réseau X, auquel participe A`, `la Red X, en la que participa A`, `the X
Network, in which A takes part`); a verb of taking part joined by a conjunction to the clause's
first verb, whose subject is the body the sentence opens on, not that verb's object (`La Mission
travaille avec A et participe au Réseau X`); a sentence opening on the body after a preposition of
place, its subject after the verb (`En la Red X participan A y B`, `Au Réseau X participent A et B`).
Becoming a party, with the verb left out for the states after it (`Le Bénin est devenu Partie à la
Convention X en 2011, le Ghana en 2015`, `se convirtió en Parte del Convenio X`: facts/member_with.py)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_NAMES = {"Réseau des phares": "RPH", "Lighthouse Network": "RPH", "Red de Faros": "RPH",
          "Mission côtière": "MC", "Coastal Mission": "MC", "Misión Costera": "MC",
          "Agence des balises": "AB", "Beacon Agency": "AB", "Agencia de Balizas": "AB",
          "Service des marées": "SM", "Tide Service": "SM", "Servicio de Mareas": "SM"}


def _members(text: str, lang: str) -> set:
    names = {k: ("ORG", v) for k, v in _NAMES.items() if k in text}
    return {(t[1], t[3]) for t in rule_tuples(text, lang, names) if t[0] == "MEMBERSHIP" and t[2] == "member"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les pilotes s'appuient sur le Réseau des phares, auquel participe l'Agence des balises."),
    ("en", "Pilots rely on the Lighthouse Network, in which the Beacon Agency takes part."),
    ("es", "Los pilotos se apoyan en la Red de Faros, en la que participa la Agencia de Balizas."),
])
def test_the_subject_of_a_relative_of_taking_part_is_a_member_of_the_body_before_it(lang, text):
    assert _members(text, lang) == {("rph", "ab")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Mission côtière travaille avec l'Agence des balises et participe au Réseau des phares."),
    ("en", "The Coastal Mission works with the Beacon Agency and takes part in the Lighthouse Network."),
    ("es", "La Misión Costera trabaja con la Agencia de Balizas, y participa en la Red de Faros."),
])
def test_a_joined_verb_of_taking_part_has_the_opening_body_as_subject_not_the_object(lang, text):
    assert _members(text, lang) == {("rph", "mc")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Mission côtière travaille avec l'Agence des balises et le Service des marées participe au "
           "Réseau des phares."),
    ("en", "The Coastal Mission works with the Beacon Agency and the Tide Service takes part in the "
           "Lighthouse Network."),
])
def test_a_subject_of_its_own_before_the_verb_stays_the_member(lang, text):
    assert ("rph", "mc") not in _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au Réseau des phares participent l'Agence des balises et le Service des marées."),
    ("es", "En la Red de Faros participan, entre otros, la Agencia de Balizas y el Servicio de Mareas."),
])
def test_a_sentence_opening_on_the_body_has_the_subject_after_the_verb_as_members(lang, text):
    assert _members(text, lang) == {("rph", "ab"), ("rph", "sm")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "À la réunion du Réseau des phares participent l'Agence des balises et le Service des marées."),
    ("es", "En la reunión de la Red de Faros participan la Agencia de Balizas y el Servicio de Mareas."),
])
def test_a_meeting_of_the_body_opening_the_sentence_makes_no_members(lang, text):
    assert _members(text, lang) == set()


_STATES = {"Sénégal": "SEN", "Senegal": "SEN", "Ghana": "GHA", "Nigéria": "NGA", "Nigeria": "NGA", "Bénin": "BEN",
           "Benin": "BEN", "Benín": "BEN"}
_TREATIES = {"Convention des phares": "Lighthouse Convention", "Lighthouse Convention": "Lighthouse Convention",
             "Convenio de Faros": "Lighthouse Convention"}


def _parties(text: str, lang: str) -> set:
    names = {**{k: ("COUNTRY", v) for k, v in _STATES.items() if k in text},
             **{k: ("INSTRUMENT", v) for k, v in _TREATIES.items() if k in text},
             **{y: ("DATE", y) for y in ("2011", "2015", "2019") if y in text}}
    return {(t[1], t[3]) for t in rule_tuples(text, lang, names) if t[0] == "MEMBERSHIP" and t[2] == "member"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Bénin est devenu Partie à la Convention des phares en 2011, le Ghana en 2015 et le Sénégal en 2019."),
    ("en", "Benin became a Party to the Lighthouse Convention in 2011, Ghana in 2015 and Senegal in 2019."),
    ("es", "Benín se convirtió en Parte del Convenio de Faros en 2011, Ghana en 2015 y Senegal en 2019."),
])
def test_states_each_with_a_date_of_their_own_after_the_body_are_members_too(lang, text):
    assert _parties(text, lang) == {("lighthouse convention", s) for s in ("ben", "gha", "sen")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Bénin est devenu Partie à la Convention des phares en 2011, trois ans après le Ghana."),
    ("en", "Benin became a Party to the Lighthouse Convention in 2011, before Ghana."),
])
def test_a_state_named_after_the_date_without_a_date_of_its_own_is_no_member(lang, text):
    assert _parties(text, lang) == {("lighthouse convention", "ben")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Bénin est devenu Partie à la Convention des phares en 2011, le Ghana en 2015 a accueilli sa réunion."),
    ("en", "Benin became a Party to the Lighthouse Convention in 2011, Ghana in 2015 hosted its meeting."),
    ("es", "Benín se convirtió en Parte del Convenio de Faros en 2011, Ghana en 2015 acogió su reunión."),
])
def test_a_state_and_date_followed_by_a_verb_of_their_own_are_no_gapped_member(lang, text):
    assert _parties(text, lang) == {("lighthouse convention", "ben")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Mission côtière et le Service des marées financent le projet et participent au Réseau des phares."),
    ("en", "The Coastal Mission and the Tide Service fund the project and take part in the Lighthouse Network."),
    ("es", "La Misión Costera y el Servicio de Mareas financian el proyecto y participan en la Red de Faros."),
])
def test_a_joined_verb_of_taking_part_has_every_body_of_a_coordinated_opening_subject(lang, text):
    assert _members(text, lang) == {("rph", "mc"), ("rph", "sm")}
