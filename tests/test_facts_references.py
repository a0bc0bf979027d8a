"""Memberships read since facts-21 (issue 11): a pronoun opening a sentence stands for the
publisher when the sentence before opened on the first person (`Notre alliance … Elle réunit
trois pays membres : …`); the members a word of inclusion introduces after the colon that
follows a figure of members (`We have 12 members: …, namely A, B`)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples as _tuples




@pytest.mark.parametrize("lang, text, states", [
    ("fr", "Notre alliance régionale a vu le jour en 2003 à Lomé.\n"
           "Elle rassemble aujourd'hui trois pays membres : le Togo, le Bénin et le Ghana.",
     {"Togo": "TGO", "Bénin": "BEN", "Ghana": "GHA"}),
    ("en", "Our regional alliance was set up in 2003 in Lome.\n"
           "It brings together three member countries: Togo, Benin and Ghana.",
     {"Togo": "TGO", "Benin": "BEN", "Ghana": "GHA"}),
    ("es", "Nuestra alianza regional nació en 2003 en Lomé.\n"
           "Ella reúne hoy a tres países miembros: Togo, Benín y Ghana.",
     {"Togo": "TGO", "Benín": "BEN", "Ghana": "GHA"}),
])
def test_a_pronoun_after_a_first_person_opening_stands_for_the_publisher(lang, text, states):
    tuples = _tuples(text, lang, {name: ("COUNTRY", norm) for name, norm in states.items()}, "ARA")
    assert {("MEMBERSHIP", "ara", "member", norm.casefold()) for norm in states.values()} <= tuples


@pytest.mark.parametrize("lang, text, states", [
    ("fr", "Nous comptons douze membres : neuf États côtiers et trois pays partenaires, à savoir le Japon, "
           "le Canada et la Norvège.",
     {"Japon": "JPN", "Canada": "CAN", "Norvège": "NOR"}),
    ("en", "We have twelve members: nine coastal states and three partner countries, namely Japan, Canada "
           "and Norway.",
     {"Japan": "JPN", "Canada": "CAN", "Norway": "NOR"}),
    ("es", "Contamos con doce miembros: nueve Estados costeros y tres países socios, a saber, Japón, Canadá "
           "y Noruega.",
     {"Japón": "JPN", "Canadá": "CAN", "Noruega": "NOR"}),
])
def test_members_a_word_of_inclusion_introduces_after_the_colon(lang, text, states):
    figure = {"fr": "douze membres", "en": "twelve members", "es": "doce miembros"}[lang]
    names = {name: ("COUNTRY", norm) for name, norm in states.items()} | {figure: ("FIGURE", "12 member")}
    tuples = _tuples(text, lang, names, "ARA")
    assert {("MEMBERSHIP", "ara", "member", norm.casefold()) for norm in states.values()} <= tuples


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "L'Alliance côtière a été créée le 3 mai 2001 à Dakar.\n"
           "Ce jour-là, le Sénégal et la Gambie ont signé son traité fondateur.",
     {"3 mai 2001": "2001-05-03", "Sénégal": "SEN", "Gambie": "GMB"}),
    ("en", "The Coastal Alliance was created on 3 May 2001 in Dakar.\n"
           "That day, Senegal and the Gambia signed its founding treaty.",
     {"3 May 2001": "2001-05-03", "Senegal": "SEN", "Gambia": "GMB"}),
    ("es", "La Alianza Costera fue creada el 3 de mayo de 2001 en Dakar.\n"
           "Ese día, Senegal y Gambia firmaron su tratado fundacional.",
     {"3 de mayo de 2001": "2001-05-03", "Senegal": "SEN", "Gambia": "GMB"}),
])
def test_an_agreement_signed_that_day_takes_the_date_of_the_sentence_before(lang, text, names):
    mentions = {name: ("DATE" if norm[0].isdigit() else "COUNTRY", norm) for name, norm in names.items()}
    tuples = _tuples(text, lang, mentions, "ARA")
    assert ("AGREEMENT", ("gmb", "sen"), "date", "2001-05-03") in tuples
