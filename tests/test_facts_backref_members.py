"""Facts wordings of the eleventh session (facts/__init__.py, member_with.py, qualifiers.py,
facts.jsonl), each with made-up sentences in fr/en/es: members a sentence opening on words for a
fact names (`Today the Agreement has 12 Contracting Parties: A, B …`); `hosted by` is no word of
partnership, `co-hosted`/`co-chaired` are; a state after a place preposition and its article
(`En el Perú, …`) is a place; composition and joining (`is composed of`, `constitué du`, `se unió
al`); members named with the subject (`A, together with B, is a member of`, `forma parte, junto
con B, del`); lists of members going on after `together with`; subjects after the body (`ratificaron
el Convenio A y B`); the body a subject depends on (`dépend du`) is no partner."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_STATES = {"Chile": "CHL", "Chili": "CHL", "Peru": "PER", "Perú": "PER", "Pérou": "PER",
           "Brazil": "BRA", "Brasil": "BRA", "Brésil": "BRA", "Spain": "ESP", "España": "ESP",
           "Espagne": "ESP", "Portugal": "PRT"}


@pytest.mark.parametrize("lang, text, body, size", [
    ("en", "Today the Agreement has 12 Contracting Parties: Chile, Peru and Brazil, together with Spain and Portugal.",
     "Agreement", ("12 Contracting Parties", "12 contracting party")),
    ("fr", "Cet Accord compte aujourd'hui 12 Parties contractantes : le Chili, le Pérou et le Brésil, "
           "avec l'Espagne et le Portugal.", "Accord", ("12 Parties contractantes", "12 partie contractante")),
    ("es", "Hoy el Acuerdo cuenta con 12 Partes contratantes: Chile, Perú y Brasil, junto con España y Portugal.",
     "Acuerdo", ("12 Partes contratantes", "12 parte contratante")),
])
def test_a_sentence_opening_on_the_agreement_named_back_lists_its_members(lang, text, body, size):
    names = {body: ("INSTRUMENT", "XYZ"), size[0]: ("FIGURE", size[1]),
             **{k: ("COUNTRY", v) for k, v in _STATES.items() if k in text}}
    found = rule_tuples(text, lang, names)
    members = {t[3] for t in found if t[0] == "MEMBERSHIP" and t[1] == "xyz" and t[2] == "member"}
    assert {"chl", "per", "bra"} <= members, found
    assert ("MEMBERSHIP", "xyz", "size", size[1]) in found, found
    assert not any(t[0] == "PARTNERSHIP" for t in found), found


def test_a_body_hosted_by_another_is_no_partner_of_it():
    text = "The Regional Secretariat is hosted by the National Police in Lima."
    names = {"Regional Secretariat": ("ORG", "RS"), "National Police": ("ORG", "NP"), "Lima": ("LOCATION", "Lima")}
    assert not any(t[0] == "PARTNERSHIP" for t in rule_tuples(text, "en", names))


def test_a_meeting_co_hosted_by_two_bodies_is_a_partnership_of_them():
    text = "The forum was co-hosted by the National Police and the Regional Secretariat in Lima."
    names = {"Regional Secretariat": ("ORG", "RS"), "National Police": ("ORG", "NP"), "Lima": ("LOCATION", "Lima")}
    assert ("PARTNERSHIP", ("np", "rs")) in rule_tuples(text, "en", names)


@pytest.mark.parametrize("lang, text, state", [
    ("es", "En el Perú, el Centro Andino trabaja con el Instituto Nacional y con el Ministerio de Agricultura.", "Perú"),
    ("en", "In the Philippines, the Andean Centre works with the National Institute and with the Ministry of Agriculture.",
     "Philippines"),
    ("fr", "Au Liban, le Centre andin travaille avec l'Institut national et avec le ministère de l'Agriculture.", "Liban"),
])
def test_a_state_after_a_place_preposition_and_its_article_is_where_bodies_work_not_a_party(lang, text, state):
    bodies = {"es": ("Centro Andino", "Instituto Nacional", "Ministerio de Agricultura"),
              "en": ("Andean Centre", "National Institute", "Ministry of Agriculture"),
              "fr": ("Centre andin", "Institut national", "ministère de l'Agriculture")}[lang]
    names = {state: ("COUNTRY", "XXX"), **dict(zip(bodies, (("ORG", "CA"), ("ORG", "IN"), ("ORG", "MA"))))}
    found = {t for t in rule_tuples(text, lang, names) if t[0] == "PARTNERSHIP"}
    assert found == {("PARTNERSHIP", ("ca", "in")), ("PARTNERSHIP", ("ca", "ma"))}, found


_FORUM = {"Forum": ("ORG", "FORUM"), "Foro": ("ORG", "FORUM")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Forum is composed of Chile, Peru and Brazil."),
    ("en", "The Forum, consisting of Chile, Peru and Brazil, meets every year."),
    ("fr", "Le Forum est constitué du Chili, du Pérou et du Brésil."),
    ("fr", "Le Forum est formé du Chili, du Pérou et du Brésil."),
    ("es", "El Foro está formado por Chile, Perú y Brasil."),
    ("es", "El Foro, constituido por Chile, Perú y Brasil, se reúne cada año."),
])
def test_a_body_composed_of_states_has_them_as_members(lang, text):
    names = {**{k: v for k, v in _FORUM.items() if k in text}, **{k: ("COUNTRY", v) for k, v in _STATES.items() if k in text}}
    found = {t[3] for t in rule_tuples(text, lang, names) if t[:3] == ("MEMBERSHIP", "forum", "member")}
    assert found == {"chl", "per", "bra"}, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Chile joins the Forum."),
    ("fr", "Le Chili adhère au Forum."),
    ("es", "Chile se unió al Foro en 2020."),
    ("es", "Chile se incorporó al Foro en 2020."),
])
def test_a_state_that_joins_a_body_is_its_member(lang, text):
    names = {**{k: v for k, v in _FORUM.items() if k in text}, **{k: ("COUNTRY", v) for k, v in _STATES.items() if k in text}}
    assert ("MEMBERSHIP", "forum", "member", "chl") in rule_tuples(text, lang, names)


@pytest.mark.parametrize("lang, text", [
    ("en", "Chile, together with Peru and Brazil, is a member of the Forum."),
    ("fr", "Le Chili, avec le Pérou et le Brésil, est membre du Forum."),
    ("es", "Chile, junto con Perú y Brasil, es miembro del Foro."),
    ("fr", "Le Chili fait partie, avec le Pérou et le Brésil, du Forum."),
    ("es", "Chile forma parte, junto con Perú y Brasil, del Foro."),
    ("en", "Chile is a member, together with Peru and Brazil, of the Forum."),
])
def test_the_subject_and_the_states_named_with_it_are_members(lang, text):
    names = {**{k: v for k, v in _FORUM.items() if k in text}, **{k: ("COUNTRY", v) for k, v in _STATES.items() if k in text}}
    found = rule_tuples(text, lang, names)
    assert {t[3] for t in found if t[:3] == ("MEMBERSHIP", "forum", "member")} == {"chl", "per", "bra"}, found
    assert not any(t[0] == "PARTNERSHIP" for t in found), found


def test_a_body_owning_a_member_named_with_the_subject_is_not_the_body_joined():
    text = "El Comité forma parte, junto con el Servicio de la Oficina y el Consejo, del Foro."
    names = {"Comité": ("ORG", "C"), "Servicio": ("ORG", "S"), "Oficina": ("ORG", "O"), "Consejo": ("ORG", "K"), "Foro": ("ORG", "FORUM")}
    found = {t for t in rule_tuples(text, "es", names) if t[0] == "MEMBERSHIP"}
    assert {t[1] for t in found} == {"forum"}, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Committee, co-chaired by Chile and Peru, meets every year."),
    ("fr", "Le Comité, coprésidé par le Chili et le Pérou, se réunit chaque année."),
    ("es", "El Comité, copresidido por Chile y Perú, se reúne cada año."),
])
def test_the_co_chairs_of_a_body_are_partners_of_one_another_not_of_the_body(lang, text):
    names = {"Committee" if lang == "en" else "Comité": ("ORG", "COM"),
             **{k: ("COUNTRY", v) for k, v in _STATES.items() if k in text}}
    assert {t for t in rule_tuples(text, lang, names) if t[0] == "PARTNERSHIP"} == {("PARTNERSHIP", ("chl", "per"))}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Forum has 5 members: Chile, Peru and Brazil, together with Spain and Portugal."),
    ("en", "The Forum brings together Chile, Peru and Brazil, together with Spain and Portugal."),
    ("fr", "Le Forum réunit le Chili, le Pérou et le Brésil, avec l'Espagne et le Portugal."),
    ("es", "El Foro reúne a Chile, Perú y Brasil, junto con España y Portugal."),
])
def test_a_list_of_members_goes_on_after_a_word_of_company(lang, text):
    names = {**{k: v for k, v in _FORUM.items() if k in text}, **{k: ("COUNTRY", v) for k, v in _STATES.items() if k in text}}
    if "5 members" in text:
        names["5 members"] = ("FIGURE", "5 member")
    found = {t[3] for t in rule_tuples(text, lang, names) if t[:3] == ("MEMBERSHIP", "forum", "member")}
    assert found == {"chl", "per", "bra", "esp", "prt"}, found


@pytest.mark.parametrize("lang, text, body", [
    ("es", "En 2022 ratificaron el Convenio Chile y Perú.", ("Convenio", "INSTRUMENT")),
    ("es", "En 2022 se sumaron al Foro Chile y Perú.", ("Foro", "ORG")),
    ("fr", "En 2022 ont ratifié la Convention le Chili et le Pérou.", ("Convention", "INSTRUMENT")),
])
def test_states_named_after_the_body_a_verb_of_membership_opens_on_are_its_members(lang, text, body):
    names = {body[0]: (body[1], "XYZ"), **{k: ("COUNTRY", v) for k, v in _STATES.items() if k in text}}
    found = rule_tuples(text, lang, names)
    assert {t[3] for t in found if t[:3] == ("MEMBERSHIP", "xyz", "member")} == {"chl", "per"}, found
    assert not any(t[0] in ("AGREEMENT", "PARTNERSHIP") for t in found), found


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "L'Agence nationale dépend du Ministère des Finances et collabore avec l'Institut régional.",
     ("Agence nationale", "Ministère des Finances", "Institut régional")),
    ("es", "La Agencia Nacional, dependiente del Ministerio de Hacienda, colabora con el Instituto Regional.",
     ("Agencia Nacional", "Ministerio de Hacienda", "Instituto Regional")),
    ("en", "The National Agency, under the authority of the Ministry of Finance, works with the Regional Institute.",
     ("National Agency", "Ministry of Finance", "Regional Institute")),
])
def test_the_body_a_subject_depends_on_is_no_partner(lang, text, names):
    found = {t for t in rule_tuples(text, lang, dict(zip(names, (("ORG", "A"), ("ORG", "M"), ("ORG", "I")))))
             if t[0] == "PARTNERSHIP"}
    assert found == {("PARTNERSHIP", ("a", "i"))}, found
