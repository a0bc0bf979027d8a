"""A body's programme named like a body (`resolve/run_programmes.py`): a fund, facility,
reserve … that the text ties to the body running it is OPERATION, its acronym too; without the
tie, or for a service tied to a body only, it stays ORG. Made-up names, rule-only pipeline."""

import pytest


def labels(extractor, text, lang):
    return {r["text"]: r["label"] for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("ORG", "OPERATION", "INSTRUMENT")}


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The Zorbal Development Bank, which manages the Korvel Harvest Fund, met in June.", "Korvel Harvest Fund"),
    ("en", "The Korvel Harvest Fund, managed by the Zorbal Development Bank, opened in June.", "Korvel Harvest Fund"),
    ("en", "The data come from the Korvel Coastal Observatory, which the Zorbal Development Bank runs.",
     "Korvel Coastal Observatory"),
    ("fr", "Le Fonds Korvel, créé par la Banque zorbalienne de développement, a ouvert.",
     "Fonds Korvel"),
    ("fr", "La Banque zorbalienne de développement, qui gère le Mécanisme korvelien de garantie, a ouvert.",
     "Mécanisme korvelien de garantie"),
    ("es", "En 2019 se creó el Fondo Korvel para Semillas (FKS), que gestionamos con diez países.",
     "Fondo Korvel para Semillas"),
    ("es", "La obra la paga el Fondo Fiduciario Korvel de la Unión Europea.",
     "Fondo Fiduciario Korvel de la Unión Europea"),
    ("en", "The data come from the Korvel Coastal Observatory, which we run with ten partners.",
     "Korvel Coastal Observatory"),
    ("fr", "Le Fonds korvelien de garantie, que nous gérons depuis 2019, a ouvert.", "Fonds korvelien de garantie"),
    ("en", "The Korvel Harvest Fund, managed by the ministry, opened in June.", "Korvel Harvest Fund"),
    ("fr", "Le Fonds korvelien de garantie, piloté par le ministère, a ouvert.", "Fonds korvelien de garantie"),
])
def test_a_tie_to_the_running_body_makes_a_programme(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "OPERATION"


def test_the_defined_acronym_follows(extractor):
    found = labels(extractor, "En 2019 se creó el Fondo Korvel para Semillas (FKS), que gestionamos. "
                              "El FKS financia cien proyectos.", "es")
    assert found.get("FKS") == "OPERATION"


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The Korvel Harvest Fund opened an office in June.", "Korvel Harvest Fund"),
    ("en", "The Korvel Harvest Fund was set up with financing from Japan and is run by a board.",
     "Korvel Harvest Fund"),
    ("en", "Data come from the Zorbal Development Bank's Korvel Information Service.", "Korvel Information Service"),
    ("es", "El Banco Zorbalí de Desarrollo, que gestiona la Agencia Korvel de Semillas, abrió.",
     "Agencia Korvel de Semillas"),
])
def test_without_a_tie_or_for_a_bodys_service_it_stays_a_body(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "ORG"


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The Korvel Harvest Fund, which manages grants for farmers, opened in June.", "Korvel Harvest Fund"),
    ("en", "The Korvel Coastal Observatory, that runs ten stations, opened in June.", "Korvel Coastal Observatory"),
    ("es", "El Fondo Korvel para Semillas, que gestiona becas para agricultores, abrió en junio.",
     "Fondo Korvel para Semillas"),
])
def test_a_subject_relative_says_what_the_name_runs(extractor, lang, text, name):
    """`which manages grants`: the name runs something, no body runs it."""
    assert labels(extractor, text, lang).get(name) == "ORG"


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The Korvel Harvest Fund, led by Maria Zorbal, opened in June.", "Korvel Harvest Fund"),
    ("fr", "Le Fonds korvelien de garantie, piloté par Marie Zorbal, a ouvert.", "Fonds korvelien de garantie"),
    ("es", "El Fondo Korvel para Semillas, dirigido por María Zorbal, abrió en junio.", "Fondo Korvel para Semillas"),
])
def test_a_person_as_agent_ties_no_programme(extractor, lang, text, name):
    """`led by` a person: only a body (its mention or head noun) runs a programme."""
    assert labels(extractor, text, lang).get(name) == "ORG"


@pytest.mark.parametrize("lang, text, name", [
    ("es", "El Fondo Korvel para Semillas, que gestiona el Banco Zorbalí de Desarrollo, abrió en junio.",
     "Fondo Korvel para Semillas"),
    ("fr", "Le Fonds korvelien de garantie, que gère la Banque zorbalienne de développement, a ouvert.",
     "Fonds korvelien de garantie"),
    ("es", "El Fondo Korvel para Semillas, que administra el ministerio, abrió en junio.",
     "Fondo Korvel para Semillas"),
])
def test_an_object_relative_with_its_subject_after_the_verb_ties_a_programme(extractor, lang, text, name):
    """`que gestiona el Banco …`: Spanish and French put the subject after the verb."""
    assert labels(extractor, text, lang).get(name) == "OPERATION"


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The Korvel Harvest Fund, which manages the Zorbal Seed Agency, opened in June.", "Korvel Harvest Fund"),
    ("es", "El Fondo Korvel para Semillas, que gestiona becas del Banco Zorbalí de Desarrollo, abrió.",
     "Fondo Korvel para Semillas"),
])
def test_no_inverted_subject_without_a_body_right_after_the_verb(extractor, lang, text, name):
    """English `which` takes no subject after its verb; a body further on is no subject."""
    assert labels(extractor, text, lang).get(name) == "ORG"
