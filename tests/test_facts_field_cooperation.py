"""Words for the fact with the definite article and a place or field after them (`La cooperación en
la frontera se apoya en …`, `La coopération dans la région repose sur …`, `The cooperation in the
region rests on …`) speak of the cooperation of a field at large: no back-reference to the fact
stated last, which gets no framework from them (facts20b, issue 11); `Esta cooperación …`, `Cette
coopération …`, `This cooperation …` still are one."""

from __future__ import annotations

import pytest

from facts_helpers import fact_tuples, rule_document

_TEXTS = {
    "en": ("UNICEF works with WHO on vaccination.", "The cooperation in the region rests on the Alma Charter.",
           "This cooperation rests on the Alma Charter."),
    "fr": ("L'UNICEF travaille avec l'OMS sur la vaccination.", "La coopération dans la région repose sur la Charte d'Alma.",
           "Cette coopération repose sur la Charte d'Alma."),
    "es": ("El UNICEF trabaja con la OMS en la vacunación.", "La cooperación en la región se apoya en la Carta de Alma.",
           "Esta cooperación se apoya en la Carta de Alma."),
}
_NAMES = {"UNICEF": ("ORG", "UNICEF"), "WHO": ("ORG", "WHO"), "OMS": ("ORG", "WHO"),
          "Alma Charter": ("INSTRUMENT", "Alma Charter"), "Charte d'Alma": ("INSTRUMENT", "Alma Charter"),
          "Carta de Alma": ("INSTRUMENT", "Alma Charter")}


def _read(lang: str, second: int):
    return _read_lines(lang, (_TEXTS[lang][0], _TEXTS[lang][second]))


def _read_lines(lang: str, lines: tuple[str, str]):
    doc, facts = rule_document("\n".join(lines), lang, _NAMES)
    return doc, fact_tuples(facts)


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_cooperation_of_a_field_is_no_back_reference(lang):
    doc, found = _read(lang, 1)
    assert doc.opening(doc.sentences[1]) == ""
    assert not any(len(t) == 4 and t[2] == "framework" for t in found)


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_this_cooperation_still_is_one(lang):
    doc, found = _read(lang, 2)
    assert doc.opening(doc.sentences[1]) == "fact_backref"
    assert ("PARTNERSHIP", ("unicef", "who"), "framework", "alma charter") in found


_OTHER_NOUNS = {
    "en": "The initiative in the region rests on the Alma Charter.",
    "fr": "Le partenariat dans la région repose sur la Charte d'Alma.",
    "es": "La iniciativa en la región se apoya en la Carta de Alma.",
}
_OF_A_BODY = {
    "en": "The cooperation of the two agencies rests on the Alma Charter.",
    "fr": "La coopération des deux agences repose sur la Charte d'Alma.",
    "es": "La cooperación de ambas agencias se apoya en la Carta de Alma.",
}


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("second", [_OTHER_NOUNS, _OF_A_BODY])
def test_other_nouns_and_a_complement_still_name_the_fact_back(lang, second):
    # only the nouns of cooperation before a place preposition speak of a field (review, twentieth
    # session): `The partnership in …` and `La coopération des deux agences …` are the fact stated last
    doc, _ = _read_lines(lang, (_TEXTS[lang][0], second[lang]))
    assert doc.opening(doc.sentences[1]) == "fact_backref"
