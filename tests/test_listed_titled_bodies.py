"""Names of bodies in title case that no gazetteer holds, listed beside a body found (issue 17,
`lists._titled_bodies`). The names are made up, so that no gazetteer
knows them; rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang="en"):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("text, name", [
    # before a known body, across a conjunction
    ("The raids were carried out with the support of Korveljust and Europol.", "Korveljust"),
    # after a known body, in a list of several
    ("The campaign was launched by WHO, Lions Worldwide, UNICEF and the World Bank.", "Lions Worldwide"),
    # between two known bodies, a name of three words
    ("Officers of the PSNI, An Cosanta Mara and Europol seized the boat.", "An Cosanta Mara"),
])
def test_a_titled_name_listed_with_a_body_is_a_body(extractor, text, name):
    assert name in orgs(extractor, text)


def test_every_use_of_a_listed_name_is_found(extractor):
    text = ("The raids were led by Korveljust and Europol in May. "
            "Since then Korveljust has trained judges in the region.")
    assert orgs(extractor, text).count("Korveljust") == 2


@pytest.mark.parametrize("text, word", [
    # one word before a lower-case noun qualifies it: an adjective, not a name
    ("UNICEF and Nordic coast guards trained together.", "Nordic"),
    # a generic word: the states, not a body
    ("The AU and Member States agreed on the plan.", "Member States"),
    # a name the capitalised heuristic found does not start a list: it may be cut at a conjunction
    ("Officers of the Korvel Maritime Police and Harbour Watch patrol the bay.", "Harbour Watch"),
])
def test_what_a_list_does_not_make_a_body(extractor, text, word):
    assert word not in orgs(extractor, text)


@pytest.mark.parametrize("text, name", [
    # a person's name: a given name opens it
    ("UNODC and Maria Lopez spoke at the opening.", "Maria Lopez"),
    ("La UNODC y María Vélez hablaron en la apertura.", "María Vélez"),
    # a person's name the rules found elsewhere in the text, whole or by the surname
    ("Ms Tarvela Brenko chaired the talks. Europol and Tarvela Brenko then signed the plan.", "Tarvela Brenko"),
    ("Dr Brenko chaired the talks. Later Europol and Sander Brenko signed the plan.", "Sander Brenko"),
    # a weekday or a month in it: a day, a meeting
    ("Officers from INTERPOL and Tuesday's Korvel delegation met.", "Tuesday's Korvel"),
    ("Staff of UNICEF and December Korvel volunteers planted trees.", "December Korvel"),
    # a place: a word that qualifies a place opens it, or the text reads it as a place elsewhere
    ("The talks between Europol and Greater Korvelton went well.", "Greater Korvelton"),
    ("The office in Tarvel Ridge, Kenya, opened. Teams of Europol and Tarvel Ridge patrol the border.",
     "Tarvel Ridge"),
    # the title of a text or the name of an event
    ("Figures from UNODC and the Korvel Journal show a decline.", "Korvel Journal"),
    ("WHO and Korvel Water Day volunteers cleaned the beach.", "Korvel Water Day"),
    ("Delegates from INTERPOL and the Korvel Summit agreed on a plan.", "Korvel Summit"),
])
def test_a_name_of_another_kind_beside_a_body_is_no_body(extractor, text, name):
    lang = "es" if " y " in text else "en"
    assert name not in orgs(extractor, text, lang)


@pytest.mark.model
def test_a_name_the_model_reads_as_a_person_is_no_body(extractor, model_extractor):
    # the French model reads a person here, where no given name or title says so
    text = "L'UNESCO, Tarvelo Brennik et INTERPOL ont parlé."
    assert ("Tarvelo Brennik", "ORG") not in found(model_extractor, text, "fr", fields=("text", "label"))


@pytest.mark.parametrize("text, lang, name", [
    ("A memorandum was signed by UNODC and Tarvela Okonji on 4 May 2022.", "en", "Tarvela Okonji"),
    ("El memorando fue firmado por la OEA y Teodoro Valcárcel en 2021.", "es", "Teodoro Valcárcel"),
    ("The seizure was announced by Europol and Detective Sergeant Kell.", "en", "Detective Sergeant Kell"),
    ("Refugees can contact UNHCR, Korvel Camp, Kenya, for help.", "en", "Korvel Camp"),
    ("The map was drawn with UNICEF and Korvel Maps data.", "en", "Korvel Maps"),
])
def test_rules_alone_read_no_name_of_several_words_beside_a_body_as_a_body(extractor, text, lang, name):
    # with no model to tell people from bodies, a person's name looks like a body's in a list
    assert name not in orgs(extractor, text, lang)
