"""Places, countries and figures: the kinds of wording fixed on the development sets (made-up text)."""

from __future__ import annotations

import pytest

from partex.components.values import title_case
from partex.nlp import ruler_patterns
from partex.normalise.figures import find_figures
from partex.normalise.nouns import singularise
from partex.resources import load_resources


def test_a_dateline_in_capitals_keeps_the_particles_between_hyphens_lower_case():
    assert title_case("PORT-AU-PRINCE", frozenset({"au"})) == "Port-au-Prince"
    assert title_case("AIX-EN-PROVENCE", frozenset({"en"})) == "Aix-en-Provence"
    assert title_case("SAINT-LOUIS", frozenset({"de"})) == "Saint-Louis"


def test_a_place_the_language_lists_is_no_country_of_another_language():
    fr, _ = ruler_patterns("fr")
    en, _ = ruler_patterns("en")
    assert ("LOCATION", "Mexico") in {(p["label"], p["pattern"]) for p in fr}
    assert ("COUNTRY", "Mexico") not in {(p["label"], p["pattern"]) for p in fr}
    assert ("COUNTRY", "Mexico") in {(p["label"], p["pattern"]) for p in en}


def test_an_overseas_region_with_an_iso_code_is_a_country():
    assert load_resources(None).countries.lookup("Guyane") == "GUF"


def test_a_number_word_after_a_line_opening_word_is_a_figure():
    text = "Resumen.\n\nSus cuatro Estados miembros firmaron el acuerdo."
    assert [(text[m.start:m.end], m.norm) for m in find_figures(text, "es")] == \
        [("cuatro Estados miembros", "4 estado miembro")]


def test_french_sous_stays_invariable_in_a_unit():
    assert singularise("sous-comités", "fr") == "sous-comité"


@pytest.mark.model
def test_a_place_after_a_fused_article_takes_the_article_back(model_extractor):
    rows = model_extractor.extract("Le centre est installé au Caire depuis 2019.", doc_id="t", lang="fr")
    assert [(r["text"], r["norm"]) for r in rows if r["label"] == "LOCATION"] == [("Caire", "Le Caire")]
