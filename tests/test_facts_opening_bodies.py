"""One reading of the bodies a sentence opens with (`carried_subjects.opening_bodies`), for both readers
of a subject carried on: a pronoun opening the next sentence (`References.previous_opener`) takes the
first list as it is, the publisher too; a carried subject (`strict`) only named bodies at the opening."""

from __future__ import annotations

import pytest

from facts_helpers import rule_document

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River")}


def _opening(text: str, lang: str, strict: bool, publisher: str | None = None) -> list[str]:
    from partex.facts.carried_subjects import opening_bodies

    doc, _ = rule_document(text, lang, NAMES, publisher)
    return [r.norm for r in opening_bodies(doc, doc.sentences[0], strict)]


@pytest.mark.parametrize("lang, text", [
    ("en", "We run the port with the Harbour Police."),
    ("fr", "Nous gérons le port avec la Harbour Police."),
    ("es", "Nosotros gestionamos el puerto con la Harbour Police."),
])
def test_the_first_person_opens_for_a_pronoun_not_for_a_carried_subject(lang, text):
    assert _opening(text, lang, strict=False, publisher="Delta") == ["Delta"]
    assert _opening(text, lang, strict=True, publisher="Delta") == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The director of the Harbour Police visited the port."),
    ("fr", "Le directeur de la Harbour Police a visité le port."),
])
def test_a_carried_subject_asks_for_bodies_at_the_opening(lang, text):
    assert _opening(text, lang, strict=False) == ["Harbour"]
    assert _opening(text, lang, strict=True) == []
