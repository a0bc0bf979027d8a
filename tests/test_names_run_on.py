"""A body's long form that runs on across a conjunction or a comma before its acronym in
parentheses (`Agence … pour l'administration et le contrôle des … (ACR)`), where the acronym does
not spell it (an English acronym, a place after a dash). The bodies are made up; runs the shipped
patterns on a rule-only pipeline."""

import pytest


def orgs(extractor, text, lang):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "ORG"]


@pytest.mark.parametrize("lang, text, name, acr", [
    ("fr", "avec l’Agence nationale pour l’administration et le contrôle des eaux et des forêts du "
           "Zorbaland (NAFWA), la Banque", "Agence nationale pour l’administration et le contrôle des "
           "eaux et des forêts du Zorbaland", "NAFWA"),
    ("fr", "Nous assurons le secrétariat du Comité international de coordination pour la protection "
           "et le développement du site historique de Zorbal (ICC-Z). Ce comité",
     "Comité international de coordination pour la protection et le développement du site "
     "historique de Zorbal", "ICC-Z"),
    ("es", "con la Comisión para el Esclarecimiento de la Verdad, la Justicia y la No Repetición de "
           "Zorbalia (CTJ) y la Unidad", "Comisión para el Esclarecimiento de la Verdad, la Justicia y "
           "la No Repetición de Zorbalia", "CTJ"),
])
def test_a_long_form_runs_on_across_a_conjunction(extractor, lang, text, name, acr):
    assert (name, acr) in orgs(extractor, text, lang)


@pytest.mark.parametrize("lang, text, surface", [
    # a verb after the head: no name runs on from it
    ("fr", "Le Conseil adopte le plan de lutte et de protection des eaux (PLPE).", "Conseil"),
    # a number or a text's head inside: not one body's name
    ("en", "teams set up under Council Framework Decision 2003/512/JHA and the regulation (EU) No 8",
     "Council Framework Decision 2003/512/JHA and the regulation"),
])
def test_a_long_form_does_not_run_on(extractor, lang, text, surface):
    assert all(not s.startswith(surface) or s == surface for s, _ in orgs(extractor, text, lang))
