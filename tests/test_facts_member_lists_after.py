"""Members named in wordings the old development sets did not hold, each with made-up sentences
in fr/en/es: a relative of membership past a short apposition of its body (`el Consejo, creado
en 2003, cuyos miembros son A, B y C`), and the states a word of inclusion lists after a relative
of ratification (`Among the States that have ratified it are A, B and C`)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_STATES = {"Argentina": "ARG", "Argentine": "ARG", "Bolivia": "BOL", "Bolivie": "BOL",
           "Ecuador": "ECU", "Équateur": "ECU"}
_NAMES = {"Consejo Hídrico del Sur": ("ORG", "CHS"), "Southern Water Council": ("ORG", "CHS"),
          "Conseil de l'eau du Sud": ("ORG", "CHS"), "Acuerdo de Quito": ("INSTRUMENT", "AQ"),
          "Quito Agreement": ("INSTRUMENT", "AQ"), "Accord de Quito": ("INSTRUMENT", "AQ"),
          "2003": ("DATE", "2003"), "2021": ("DATE", "2021"), "Lima": ("LOCATION", "Lima")}


def _members(text: str, lang: str) -> set:
    names = {**{k: ("COUNTRY", v) for k, v in _STATES.items()}, **_NAMES}
    return {(t[1], t[3]) for t in rule_tuples(text, lang, {k: v for k, v in names.items() if k in text})
            if t[0] == "MEMBERSHIP" and t[2] == "member"}


@pytest.mark.parametrize("lang, text", [
    ("es", "Los ministros se reúnen en el Consejo Hídrico del Sur, creado en 2003, cuyos miembros son la Argentina, Bolivia y el Ecuador."),
    ("en", "Ministers meet in the Southern Water Council, set up in 2003, whose members are Argentina, Bolivia and Ecuador."),
    ("fr", "Les ministres se réunissent au Conseil de l'eau du Sud, créé en 2003, dont les membres sont l'Argentine, la Bolivie et l'Équateur."),
])
def test_a_relative_of_members_past_a_short_apposition_is_the_bodys(lang, text):
    assert _members(text, lang) == {("chs", "arg"), ("chs", "bol"), ("chs", "ecu")}


@pytest.mark.parametrize("lang, text", [
    ("es", "El Consejo Hídrico del Sur, con sede en Lima desde 2003 y abierto a todos los gobiernos de la región, cuyos miembros son la Argentina y Bolivia."),
    ("en", "The Southern Water Council, based in Lima since 2003 and open to every government of the region, whose members are Argentina and Bolivia."),
])
def test_a_long_apposition_keeps_the_relative_from_the_body(lang, text):
    assert not _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Ministers approved the loans of the Southern Water Council, signed in 2003, whose members are Argentina and Bolivia."),
    ("es", "Los ministros aprobaron los préstamos del Consejo Hídrico del Sur, firmados en 2003, cuyos miembros son la Argentina y Bolivia."),
    ("fr", "Les ministres ont approuvé les prêts du Conseil de l'eau du Sud, signés en 2003, dont les membres sont l'Argentine et la Bolivie."),
])
def test_a_relative_past_an_apposition_skips_a_body_that_is_a_complement(lang, text):
    """Past an apposition the relative may describe the noun the body complements (`the loans`)."""
    assert not _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("es", "El Acuerdo de Quito entró en vigor en 2021.\nEntre los Estados que lo han ratificado figuran la Argentina, Bolivia y el Ecuador."),
    ("en", "The Quito Agreement entered into force in 2021.\nAmong the States that have ratified it are Argentina, Bolivia and Ecuador."),
    ("fr", "L'Accord de Quito est entré en vigueur en 2021.\nParmi les États qui l'ont ratifié figurent l'Argentine, la Bolivie et l'Équateur."),
])
def test_the_states_listed_after_a_relative_of_ratification_are_parties(lang, text):
    assert _members(text, lang) == {("aq", "arg"), ("aq", "bol"), ("aq", "ecu")}


@pytest.mark.parametrize("lang, text", [
    ("es", "El Acuerdo de Quito entró en vigor en 2021.\nLos Estados que lo han ratificado se reunieron en Lima con la Argentina y Bolivia como observadores."),
    ("en", "The Quito Agreement entered into force in 2021.\nThe States that have ratified it met in Lima with Argentina and Bolivia as observers."),
])
def test_states_named_further_after_a_relative_of_ratification_are_no_parties(lang, text):
    assert not _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Quito Agreement entered into force in 2021.\nThe States that have ratified it are more numerous than Argentina and Bolivia."),
    ("es", "El Acuerdo de Quito entró en vigor en 2021.\nLos Estados que lo han ratificado son hoy más numerosos que la Argentina y Bolivia."),
    ("fr", "L'Accord de Quito est entré en vigueur en 2021.\nLes États qui l'ont ratifié sont désormais plus nombreux que l'Argentine et la Bolivie."),
])
def test_states_past_other_words_after_the_word_of_inclusion_are_no_parties(lang, text):
    """Only joining words stand between the word of inclusion and the list it opens."""
    assert not _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Quito Agreement entered into force in 2021.\nAmong the States that have not yet ratified it are Argentina, Bolivia and Ecuador."),
    ("en", "The Quito Agreement entered into force in 2021.\nArgentina and Bolivia have not ratified it."),
    ("es", "El Acuerdo de Quito entró en vigor en 2021.\nEntre los Estados que aún no lo han ratificado figuran la Argentina, Bolivia y el Ecuador."),
    ("es", "El Acuerdo de Quito entró en vigor en 2021.\nLa Argentina y Bolivia todavía no lo han ratificado."),
    ("fr", "L'Accord de Quito est entré en vigueur en 2021.\nParmi les États qui ne l'ont pas encore ratifié figurent l'Argentine, la Bolivie et l'Équateur."),
    ("fr", "L'Accord de Quito est entré en vigueur en 2021.\nL'Argentine et la Bolivie ne l'ont pas ratifié."),
])
def test_states_that_have_not_ratified_are_no_parties(lang, text):
    """A negation between the clause's start and the cue of ratification (`negation`) undoes it."""
    assert not _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Quito Agreement entered into force in 2021.\nArgentina and Bolivia have ratified it."),
    ("fr", "L'Accord de Quito est entré en vigueur en 2021.\nL'Argentine et la Bolivie l'ont ratifié."),
    ("es", "El Acuerdo de Quito entró en vigor en 2021.\nLa Argentina y Bolivia lo han ratificado."),
])
def test_states_right_before_ratified_it_are_parties(lang, text):
    assert _members(text, lang) == {("aq", "arg"), ("aq", "bol")}


_SPAN = {"Gulf Naval Force": ("ORG", "GNF"), "United States": ("COUNTRY", "USA"), "Estados Unidos": ("COUNTRY", "USA"),
         "France": ("COUNTRY", "FRA"), "Francia": ("COUNTRY", "FRA"), "Kenya": ("COUNTRY", "KEN"),
         "Kenia": ("COUNTRY", "KEN"), "Bahrain": ("COUNTRY", "BHR"), "Baréin": ("COUNTRY", "BHR")}


def _span_members(text: str, lang: str) -> set:
    names = {k: v for k, v in _SPAN.items() if k in text}
    return {(t[1], t[3]) for t in rule_tuples(text, lang, names) if t[0] == "MEMBERSHIP" and t[2] == "member"}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Gulf Naval Force was set up in 2002.\nIts members range from the United States and France to Bahrain and Kenya."),
    ("es", "La Gulf Naval Force se creó en 2002.\nSus miembros van desde Estados Unidos y Francia hasta Baréin y Kenia."),
    # `a` for the other end, an article too (read as a `range` word)
    ("es", "La Gulf Naval Force se creó en 2002.\nSus miembros van desde Estados Unidos y Francia a Baréin y Kenia."),
])
def test_both_ends_of_a_span_of_members_are_members(lang, text):
    assert _span_members(text, lang) == {("gnf", m) for m in ("usa", "fra", "bhr", "ken")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Gulf Naval Force was set up in 2002.\nIts members include the United States and France, next to Bahrain and Kenya."),
    ("es", "La Gulf Naval Force se creó en 2002.\nSus miembros son Estados Unidos y Francia, junto a Baréin y Kenia."),
])
def test_a_list_after_a_plain_word_of_inclusion_stops_at_its_end(lang, text):
    assert _span_members(text, lang) == {("gnf", "usa"), ("gnf", "fra")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Gulf Naval Force was set up in 2002.\nIts members range from the United States and France to smaller states; Bahrain and Kenya are observers."),
    ("es", "La Gulf Naval Force se creó en 2002.\nSus miembros van desde Estados Unidos y Francia hasta estados más pequeños; Baréin y Kenia son observadores."),
])
def test_a_span_of_members_stops_at_other_words(lang, text):
    """Between the ends of a span only words of a range, joining words and one more word stand."""
    assert _span_members(text, lang) == {("gnf", "usa"), ("gnf", "fra")}
