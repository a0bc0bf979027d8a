"""A study defined with its acronym is a programme, not a body (issue 17: `programme_head` holds
study, estudio, étude). Made-up names, shipped patterns, rule-only pipelines."""

import pytest

from mention_helpers import found


def labelled(extractor, text, lang):
    return found(extractor, text, lang, fields=("label", "text"))


@pytest.mark.parametrize("lang, text, long_form, acronym", [
    ("es", "El Estudio Regional de Zorbala Costera (ERZC) mide el oleaje. El ERZC publica datos.",
     "Estudio Regional de Zorbala Costera", "ERZC"),
    ("fr", "L'Étude régionale des Zorbales côtières (ERZC) mesure la houle. L'ERZC publie.",
     "Étude régionale des Zorbales côtières", "ERZC"),
    ("en", "The Regional Zorbala Coastal Study (RZCS) measures waves. The RZCS publishes data.",
     "Regional Zorbala Coastal Study", "RZCS"),
])
def test_a_study_is_a_programme(extractor, lang, text, long_form, acronym):
    assert labelled(extractor, text, lang) == [("OPERATION", long_form)] + [("OPERATION", acronym)] * 2
