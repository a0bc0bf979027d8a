"""Who is the subject: a list in an aside between dashes, a body that is the first person's object."""

from __future__ import annotations

import pytest


def pairs(analysis) -> set:
    from partex.facts.score import records

    return {t[1] for fact in records(analysis.facts) for t in fact.tuples if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("en", "Three countries — Canada, France and Mexico — cooperate closely with UNODC on border control."),
    ("fr", "Trois pays — le Canada, la France et le Mexique — coopèrent étroitement avec l'ONUDC sur les frontières."),
    ("es", "Tres países — Canadá, Francia y México — cooperan estrechamente con la UNODC en materia de fronteras."),
])
def test_a_list_in_an_aside_between_dashes_is_the_subject_of_the_clause_after_it(fast, lang, text):
    found = pairs(fast.analyse(text, doc_id="t", lang=lang))
    assert {tuple(sorted((state, "unodc"))) for state in ("can", "fra", "mex")} <= found
    assert ("can", "fra") not in found  # one side of a cue with a direction: no pair within it


@pytest.mark.parametrize("lang, text", [
    ("en", "We launched AMERIPOL in 2007 in Bogotá, in partnership with UNODC and the OAS."),
    ("fr", "Nous avons créé AMERIPOL en 2007 à Bogota, conjointement avec l'ONUDC et l'OEA."),
    ("es", "Constituimos AMERIPOL en 2007 en Bogotá, junto con la UNODC y la OEA."),
])
def test_a_body_right_after_the_first_persons_verb_is_its_object(fast, lang, text):
    found = pairs(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert {("interpol", "unodc"), ("interpol", "oas")} <= found
    assert not any("ameripol" in pair for pair in found)


@pytest.mark.parametrize("lang, text", [
    ("en", "Our partner Europol works closely with UNODC on migrant smuggling."),
    ("fr", "Notre partenaire Europol coopère étroitement avec l'ONUDC contre le trafic de migrants."),
    ("es", "Nuestro socio Europol coopera estrechamente con la UNODC contra el tráfico de migrantes."),
])
def test_a_body_after_a_first_person_possessive_stays_the_subject(fast, lang, text):
    found = pairs(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert ("europol", "unodc") in found
