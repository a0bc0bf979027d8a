"""A passive lead participle leads its agent in every gender and number (`sont dirigées par`,
`menés conjointement par`, `fueron gestionadas por`): the participles of `lead_participle` are listed
in all four forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples

_PATTERNS = Path(__file__).resolve().parent.parent / "patterns"


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'opération Sahel Shield a débuté en mars 2023.\nSa construction et son exploitation sont dirigées par INTERPOL."),
    ("fr", "Les contrôles de Sahel Shield, réalisés en mars 2023, ont été pilotés par INTERPOL."),
    ("es", "La operación Sahel Shield comenzó en marzo de 2023.\nSus tareas fueron gestionadas por INTERPOL."),
])
def test_a_plural_or_feminine_lead_participle_leads_its_agent(lang, text):
    assert "interpol" in operation_values(rule_tuples(text, lang, OPERATION_NAMES), "lead")


@pytest.mark.parametrize("lang, masculine, endings", [
    ("fr", "dirigé", ("", "e", "s", "es")),
    ("fr", "lancé", ("", "e", "s", "es")),
    ("es", "coordinad", ("o", "a", "os", "as")),
    ("es", "ejecutad", ("o", "a", "os", "as")),
])
def test_lead_participles_are_listed_in_all_four_forms(lang, masculine, endings):
    rows = [json.loads(line) for line in (_PATTERNS / lang / "facts.jsonl").open(encoding="utf-8")]
    words = {r["word"] for r in rows if r["class"] == "lead_participle"}
    assert {masculine + e for e in endings} <= words
