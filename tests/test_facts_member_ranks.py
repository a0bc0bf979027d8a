"""Members named by their rank or in apposition, and figures of members read as sizes
(facts/member_ranks.py), each with made-up sentences in fr/en/es: the subject of a verb of becoming
whose object is a noun of membership with a rank (`became our 12th Member State`, `devient le 30e
État membre du X`, `se convirtió en el miembro número 20 del X`), an ordinal alone after such a
sentence (`Bolivia became the 13th`), states named after it with a date of their own; three states or
more in apposition to a body's states (`the AWC states, A, B and C`, `les États membres du X, A, B et
C`); a figure of members with its body inside it (`the ten AWC Member States`) or in a relative
clause after the body (`the Council, on which all 17 members sit`); a figure of universities."""

from __future__ import annotations

import re

import pytest

from facts_helpers import rule_tuples

_NAMES = {"Chile": "CHL", "Chili": "CHL", "Peru": "PER", "Perú": "PER", "Pérou": "PER",
          "Bolivia": "BOL", "Bolivie": "BOL", "Uruguay": "URY"}
_BODIES = {"Andean Water Council": "AWC", "Conseil andin de l'eau": "AWC", "Consejo Andino del Agua": "AWC",
           "Montevideo Space Agency": "AEM", "Agence spatiale de Montevideo": "AEM",
           "Agencia Espacial de Montevideo": "AEM"}
_PUBLISHER = "AWC"


def _tuples(text: str, lang: str, figures: dict[str, str] | None = None, publisher: str | None = None) -> set:
    names = {**{k: ("COUNTRY", v) for k, v in _NAMES.items() if k in text},
             **{k: ("ORG", v) for k, v in _BODIES.items() if k in text},
             **{k: ("FIGURE", v) for k, v in (figures or {}).items()},
             **{y: ("DATE", y) for y in re.findall(r"\b20\d\d\b", text)}}
    return {t[1:] for t in rule_tuples(text, lang, names, publisher) if t[0] == "MEMBERSHIP"}


def _members(text: str, lang: str, publisher: str | None = None) -> set:
    return {(body, value) for body, role, value in _tuples(text, lang, publisher=publisher) if role == "member"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Peru became our 12th Member State in 2010, the first outside the Andes."),
    ("fr", "Le Pérou est devenu notre 12e État membre en 2010."),
    ("es", "Perú se convirtió en nuestro miembro número 12 en 2010."),
])
def test_the_subject_of_becoming_a_ranked_member_of_ours_is_the_publishers_member(lang, text):
    assert ("awc", "per") in _members(text, lang, _PUBLISHER)


@pytest.mark.parametrize("lang, text", [
    ("en", "In 2012 Bolivia became the 13th member of the Andean Water Council."),
    ("fr", "En 2012, la Bolivie devient le 13e État membre du Conseil andin de l'eau."),
    ("es", "En 2012, Bolivia se convirtió en el miembro número 13 del Consejo Andino del Agua."),
])
def test_the_body_after_a_ranked_noun_of_membership_is_the_one_joined(lang, text):
    assert ("awc", "bol") in _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Peru became our 12th Member State in 2010.\nBolivia became the 13th in 2012."),
    ("fr", "Le Pérou est devenu notre 12e État membre en 2010.\nLa Bolivie devient le 13e en 2012."),
    ("es", "Perú se convirtió en nuestro miembro número 12 en 2010.\nBolivia se convirtió en el 13º en 2012."),
])
def test_an_ordinal_alone_after_a_ranked_membership_names_a_member_of_the_same_body(lang, text):
    assert ("awc", "bol") in _members(text, lang, _PUBLISHER)


@pytest.mark.parametrize("lang, text", [
    ("en", "Chile and Peru became our Associate Members in 2015, Bolivia in 2016 and Uruguay in 2018."),
    ("fr", "Le Chili et le Pérou sont devenus nos membres associés en 2015, la Bolivie en 2016 et l'Uruguay en 2018."),
    ("es", "Chile y Perú se convirtieron en nuestros miembros asociados en 2015, Bolivia en 2016 y Uruguay en 2018."),
])
def test_states_named_with_dates_of_their_own_after_becoming_members_join_the_subject(lang, text):
    found = _members(text, lang, _PUBLISHER)
    assert {("awc", "chl"), ("awc", "per"), ("awc", "bol"), ("awc", "ury")} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Uruguay became a Member State in 2013."),
    ("en", "In 2016 Bolivia became a full member."),
    ("fr", "L'Uruguay est devenu un État membre en 2013."),
    ("es", "Uruguay se convirtió en Estado miembro en 2013."),
])
def test_becoming_a_member_with_no_rank_and_no_possessive_gives_the_publisher_nothing(lang, text):
    """No rank, ordinal or figure (`a Member State`), or no `our` in the noun: the publisher is no
    body the sentence names."""
    assert not _members(text, lang, _PUBLISHER)


@pytest.mark.parametrize("lang, text", [
    ("en", "Partnership lets states join our work on rivers.\nChile and Peru became Associate Members in 2015."),
    ("fr", "Le partenariat permet aux États de rejoindre nos travaux.\nLe Chili et le Pérou sont devenus membres "
           "associés en 2015."),
    ("es", "La asociación permite a los Estados sumarse a nuestro trabajo.\nChile y Perú se convirtieron en "
           "miembros asociados en 2015."),
])
def test_a_ranked_membership_after_the_publisher_spoke_in_the_paragraph_is_the_publishers(lang, text):
    """No body named, but the paragraph spoke for the publisher before (`our work`)."""
    assert {("awc", "chl"), ("awc", "per")} <= _members(text, lang, _PUBLISHER)


@pytest.mark.parametrize("lang, text", [
    ("en", "Peru became the first country to host the summit of the Andean Water Council."),
    ("fr", "Le Pérou est devenu le premier pays à accueillir le sommet du Conseil andin de l'eau."),
    ("es", "Perú se convirtió en el primer país en acoger la cumbre del Consejo Andino del Agua."),
])
def test_becoming_the_first_country_to_do_something_makes_no_member(lang, text):
    assert not _members(text, lang, _PUBLISHER)


@pytest.mark.parametrize("lang, text", [
    ("en", "Ministers met the Andean Water Council states, Chile, Peru, Bolivia and Uruguay, in Lima."),
    ("fr", "Les ministres ont rencontré les États membres du Conseil andin de l'eau, le Chili, le Pérou et la "
           "Bolivie, à Lima."),
    ("es", "Los ministros se reunieron con los Estados miembros del Consejo Andino del Agua, Chile, Perú y Bolivia, "
           "en Lima."),
])
def test_states_in_apposition_to_a_bodys_states_are_its_members(lang, text):
    found = _members(text, lang)
    assert {("awc", "chl"), ("awc", "per"), ("awc", "bol")} <= found, found


def _acronym_members(text: str, lang: str) -> set:
    """The (body, member) tuples where the body's acronym `AWC` is a mention of its own too."""
    names = {**{k: ("COUNTRY", v) for k, v in _NAMES.items() if k in text},
             **{k: ("ORG", v) for k, v in {**_BODIES, "AWC": "AWC"}.items() if k in text},
             **{w: ("FIGURE", v) for w, v in (("four", "4"), ("quatre", "4"), ("cuatro", "4")) if w in text.split()}}
    return {t[1::2] for t in rule_tuples(text, lang, names, None) if t[:3:2] == ("MEMBERSHIP", "member")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The member states of the Andean Water Council (AWC), Chile, Peru, Bolivia and Uruguay, met in Lima."),
    ("fr", "Les quatre pays membres du Conseil andin de l'eau (AWC), le Chili, le Pérou, la Bolivie et "
           "l'Uruguay, se sont réunis à Lima."),
    ("es", "Los países miembros del Consejo Andino del Agua (AWC), Chile, Perú, Bolivia y Uruguay, se reunieron "
           "en Lima."),
])
def test_states_in_apposition_after_the_acronym_of_a_body_after_its_states_are_its_members(lang, text):
    """The body's other name in parentheses stands between the words of its states and the apposition."""
    found = _acronym_members(text, lang)
    assert {("awc", "chl"), ("awc", "per"), ("awc", "bol")} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The partners of the Andean Water Council (AWC), Chile, Peru, Bolivia and Uruguay, met in Lima."),
    ("fr", "Le projet du Conseil andin de l'eau (AWC), le Chili, le Pérou, la Bolivie et l'Uruguay, se sont "
           "réunis à Lima."),
    ("es", "El Consejo Andino del Agua (AWC), Chile, Perú, Bolivia y Uruguay participaron en la reunión de Lima."),
    ("en", "The Andean Water Council (AWC) works with Chile, Peru, Bolivia and Uruguay, in Lima."),
])
def test_states_after_the_acronym_of_a_body_with_no_words_of_its_states_are_no_members(lang, text):
    assert not _acronym_members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Ministers met the Andean Water Council experts, Chile, Peru, Bolivia and Uruguay, in Lima."),
    ("fr", "Les ministres ont rencontré les experts du Conseil andin de l'eau, le Chili, le Pérou et la Bolivie."),
    ("es", "Los ministros se reunieron con los expertos del Consejo Andino del Agua, Chile, Perú y Bolivia."),
])
def test_states_after_a_bodys_other_people_are_no_members(lang, text):
    assert not _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The fund covers the Andean Water Council states, Chile, Peru, Bolivia and Uruguay."),
    ("fr", "Le fonds couvre les États membres du Conseil andin de l'eau, le Chili, le Pérou et la Bolivie."),
    ("es", "El fondo cubre los Estados miembros del Consejo Andino del Agua, Chile, Perú y Bolivia."),
])
def test_states_added_after_a_bodys_states_with_no_closing_comma_are_no_members(lang, text):
    """The apposition closes after its last state (`, in Lima`); a list that runs to the end of
    the sentence adds states to the body's own."""
    assert not _members(text, lang)


@pytest.mark.parametrize("lang, text, agency, figure, norm", [
    ("en", "The AWC met in Lima.\nThe Montevideo Space Agency trains officials of the ten AWC Member States.",
     "Montevideo Space Agency", "ten AWC Member States", "10 member state"),
    ("fr", "L'AWC s'est réuni à Lima.\nL'Agence spatiale de Montevideo forme des agents des dix AWC États membres.",
     "Agence spatiale de Montevideo", "dix AWC États membres", "10 état membre"),
    ("es", "El AWC se reunió en Lima.\nLa Agencia Espacial de Montevideo forma a agentes de los diez AWC Estados "
           "miembros.", "Agencia Espacial de Montevideo", "diez AWC Estados miembros", "10 estado miembro"),
])
def test_a_body_named_inside_a_figure_of_members_is_its_body(lang, text, agency, figure, norm):
    from partex.facts import Ref, find_facts

    at, named = text.index(figure), text.index(agency)
    mentions = [Ref(text.index("AWC"), text.index("AWC") + 3, "ORG", "AWC"),
                Ref(named, named + len(agency), "ORG", "AEM"), Ref(at, at + len(figure), "FIGURE", norm)]
    line = text.index("\n")
    facts, _ = find_facts(text, lang, sorted(mentions), [(0, line), (line + 1, len(text))], [], models={})
    found = {(a.role, a.norm) for f in facts if f.type == "MEMBERSHIP" for a in f.arguments}
    assert ("size", norm) in found and ("body", "AWC") in found and ("body", "AEM") not in found, found


@pytest.mark.parametrize("lang, text, figure, norm", [
    ("en", "The Montevideo Space Agency is governed by the Andean Water Council, on which all 17 members sit.",
     "17 members", "17 member"),
    ("fr", "L'Agence spatiale de Montevideo est dirigée par le Conseil andin de l'eau, où tous les 17 membres "
           "siègent.", "17 membres", "17 membre"),
    ("es", "La Agencia Espacial de Montevideo depende del Consejo Andino del Agua, en el que los 17 miembros "
           "tienen un puesto.", "17 miembros", "17 miembro"),
])
def test_a_figure_of_members_in_a_relative_after_a_body_is_its_size(lang, text, figure, norm):
    found = _tuples(text, lang, {figure: norm})
    assert ("awc", "size", norm) in found and ("aem", "size", norm) not in found, found


@pytest.mark.parametrize("lang, text, figure, norm", [
    ("en", "The Andean Water Council brings together 40 universities.", "40 universities", "40 university"),
    ("fr", "Le Conseil andin de l'eau réunit 40 universités.", "40 universités", "40 université"),
    ("es", "El Consejo Andino del Agua reúne a 40 universidades.", "40 universidades", "40 universidad"),
])
def test_a_figure_of_universities_a_body_gathers_is_its_size(lang, text, figure, norm):
    found = _tuples(text, lang, {figure: norm})
    assert ("awc", "size", norm) in found, found


@pytest.mark.parametrize("lang, text, figure, norm", [
    ("en", "Peru was one of the 12 States that signed the Lima Water Treaty in 1990.", "12 States", "12 state"),
    ("fr", "Le Pérou fut l'un des 12 États qui ont signé le Traité de Lima sur l'eau en 1990.", "12 États", "12 état"),
    ("es", "Perú fue uno de los 12 Estados que firmaron el Tratado de Lima sobre el Agua en 1990.", "12 Estados",
     "12 estado"),
])
def test_a_figure_of_states_that_signed_an_instrument_is_its_size_and_the_subject_among_them_a_member(
        lang, text, figure, norm):
    treaty = {"en": "Lima Water Treaty", "fr": "Traité de Lima sur l'eau", "es": "Tratado de Lima sobre el Agua"}[lang]
    names = {k: ("COUNTRY", v) for k, v in _NAMES.items() if k in text}
    names.update({figure: ("FIGURE", norm), treaty: ("INSTRUMENT", "LWT"), "1990": ("DATE", "1990")})
    found = {t[1:] for t in rule_tuples(text, lang, names) if t[0] == "MEMBERSHIP"}
    assert {("lwt", "size", norm), ("lwt", "member", "per")} <= found, found


@pytest.mark.parametrize("lang, text, figure, norm", [
    ("en", "The AWC met in Lima.\nPeru was one of the 12 AWC States that signed the Lima Water Treaty in 1990.",
     "12 AWC States", "12 state"),
    ("fr", "L'AWC s'est réuni à Lima.\nLe Pérou fut l'un des 12 AWC États qui ont signé le Traité de Lima sur l'eau "
           "en 1990.", "12 AWC États", "12 état"),
    ("es", "El AWC se reunió en Lima.\nPerú fue uno de los 12 AWC Estados que firmaron el Tratado de Lima sobre el "
           "Agua en 1990.", "12 AWC Estados", "12 estado"),
])
def test_a_figure_of_members_gives_one_membership_only(lang, text, figure, norm):
    """A figure with a body inside it that also signed an instrument: one fact takes the figure."""
    treaty = {"en": "Lima Water Treaty", "fr": "Traité de Lima sur l'eau", "es": "Tratado de Lima sobre el Agua"}[lang]
    names = {k: ("COUNTRY", v) for k, v in _NAMES.items() if k in text}
    names.update({figure: ("FIGURE", norm), treaty: ("INSTRUMENT", "LWT"), "1990": ("DATE", "1990"),
                  "AWC": ("ORG", "AWC")})
    sized = {t[1] for t in rule_tuples(text, lang, names) if t[0] == "MEMBERSHIP" and t[2] == "size"}
    assert len(sized) == 1, sized


@pytest.mark.parametrize("lang, text", [
    ("en", "Officers from Chile, Peru and Bolivia met in Lima."),
    ("fr", "Des agents du Chili, du Pérou et de la Bolivie ont saisi de la drogue à Lima."),
    ("es", "Agentes de Chile, Perú y Bolivia se reunieron en Lima."),
])
def test_three_states_with_no_word_for_members_skip_the_membership_readers(lang, text, monkeypatch):
    """The readers of memberships run on a sentence of three states only where a member noun or
    a word for states stands in it (the cost of `apposed_states`)."""
    import importlib

    memberships = importlib.import_module("partex.facts.memberships")

    called = []
    monkeypatch.setattr(memberships, "apposed_states", lambda *args: called.append(args) or iter(()))
    _members(text, lang)
    assert not called


@pytest.mark.parametrize("lang, text", [
    ("en", "Funding was granted to the member states of the Andean Water Council (AWC), Chile, Peru and Bolivia, "
           "in 2019."),
    ("fr", "Le fonds a été versé aux États membres du Conseil andin de l'eau (AWC), le Chili, le Pérou et la "
           "Bolivie, en 2019."),
    ("es", "El fondo se entregó a los Estados miembros del Consejo Andino del Agua (AWC), Chile, Perú y Bolivia, "
           "en 2019."),
])
def test_states_in_apposition_after_the_acronym_of_a_body_in_an_object_are_its_members(lang, text):
    """Another shape than the apposition to the subject: the body's states as a complement of the verb."""
    found = _acronym_members(text, lang)
    assert {("awc", "chl"), ("awc", "per"), ("awc", "bol")} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Funding was granted to the partners of the Andean Water Council (AWC), Chile, Peru and Bolivia, in 2019."),
    ("es", "El fondo se entregó a los socios del Consejo Andino del Agua (AWC), Chile, Perú y Bolivia, en 2019."),
])
def test_partners_in_apposition_after_the_acronym_of_a_body_in_an_object_are_no_members(lang, text):
    assert not _acronym_members(text, lang)
