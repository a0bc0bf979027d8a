"""Members named by a pronoun before a verb of forming, by a rank before an infinitive of joining,
and the states a body links (member_formed.py, the classes `plural_subject`, `first_rank`,
`join_infinitive`, `link_verb`)."""

from __future__ import annotations

import pytest


def members(fast, text: str, lang: str) -> set:
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang)
    return {t[1:] for fact in records(analysis.facts) for t in fact.tuples if t[0] == "MEMBERSHIP"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Behind the day stands a partnership of three bodies: the IEC, ISO and the ITU. "
           "In 2001 they formed the Organization of American States."),
    ("fr", "L'ISO, la CEI et l'UIT partagent un objectif. En 2001, elles ont formé l'Organisation des États américains."),
    ("es", "ISO, la CEI y la UIT comparten un objetivo. En 2001 crearon la Organización de los Estados Americanos."),
])
def test_a_plural_pronoun_before_a_verb_of_forming_stands_for_the_list_the_sentence_before_names(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[0] == "oas" and t[1] == "member"}
    assert {"iso", "itu"} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "ISO, IEC and ITU share a goal. Created in 2001, the Organization of American States coordinates their work."),
    ("en", "ISO, IEC and ITU share a goal. They trained experts from Ghana."),
    ("es", "ISO, la CEI y la UIT comparten un objetivo. Creada en 2001, la Organización de los Estados Americanos coordina su labor."),
])
def test_a_participle_or_another_verb_after_a_list_makes_no_member(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "En 2010, le Bénin, le Ghana et le Togo avaient créé l'Organisation des États américains."),
    ("es", "En 2010, Benín, Ghana y Togo habían creado la Organización de los Estados Americanos."),
])
def test_the_past_perfect_of_a_verb_of_forming_is_a_cue(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[0] == "oas"}
    assert {"ben", "gha", "tgo"} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("fr", "En 2018, le Tchad et le Sénégal sont devenus les premiers pays africains à adhérer à la Convention de Ramsar."),
    ("en", "In 2018, Chad and Senegal became the first African countries to accede to the Ramsar Convention."),
    ("es", "En 2018, Chad y Senegal fueron los primeros países africanos en adherirse a la Convención de Ramsar."),
])
def test_states_ranked_first_to_join_a_convention_are_its_members(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[1] == "member"}
    assert {"tcd", "sen"} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL helped Chad and Senegal to accede to the Ramsar Convention."),
    ("en", "The Council urged Chad and Senegal to join the Ramsar Convention."),
    ("fr", "L'ONUDC a aidé le Tchad et le Sénégal à adhérer à la Convention de Ramsar."),
    ("es", "El Consejo instó a Chad y Senegal a adherirse a la Convención de Ramsar."),
])
def test_states_urged_or_helped_to_join_are_no_members(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Group of Seven (G7) met in Rome last year. It links Canada, France and Italy."),
    ("fr", "Le Groupe Egmont a été créé en 1995. Il relie la France, le Maroc et la Tunisie."),
    ("es", "La Red Aduanera del Pacífico se creó en 2015. Vincula a Fiyi, Samoa, Tonga y Vanuatu."),
])
def test_the_states_a_body_links_are_its_members(fast, lang, text):
    assert len({t[2] for t in members(fast, text, lang) if t[1] == "member"}) >= 3


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Centre interrégional de coordination (CIC), installé à Yaoundé, relie le CRESMAO au CRESMAC."),
    ("en", "The Asia-Pacific Economic Cooperation (APEC) links Chile with Peru."),
    ("en", "The new highway links Ghana, Togo and Benin."),
    ("en", "INTERPOL trained officers from Benin, Togo and Ghana."),
])
def test_a_link_between_two_or_a_road_or_training_makes_no_member(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text, size", [
    ("en", "Benin, Ghana and Togo share a road. The three countries are members of ECOWAS.", "3 country"),
    ("fr", "Le Bénin, le Ghana et le Togo partagent une route. Les trois pays sont membres de la CEDEAO.", "3 pays"),
    ("es", "Benín, Ghana y Togo comparten una carretera. Los tres países son miembros de la CEDEAO.", "3 país"),
])
def test_states_named_back_by_a_figure_are_members_and_the_figure_is_no_size(fast, lang, text, size):
    found = members(fast, text, lang)
    assert {("ecowas", "member", "ben"), ("ecowas", "member", "gha"), ("ecowas", "member", "tgo")} <= found, found
    assert not any(t[1] == "size" for t in found), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Benin, Ghana and Togo formed a joint body: the Abidjan-Lagos Corridor Organization (ALCO)."),
    ("es", "Benín, Ghana y Togo crearon un organismo común: la Organización del Corredor Abidjan-Lagos (ALCO)."),
    ("fr", "Le Bénin, le Ghana et le Togo avaient créé une structure commune : l'Organisation du corridor "
           "Abidjan-Lagos (OCAL)."),
])
def test_the_body_formed_may_follow_a_short_noun_phrase_and_a_colon(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[1] == "member"}
    assert {"ben", "gha", "tgo"} <= found, found


def test_a_figure_after_the_colon_is_no_body_formed(fast):
    assert not members(fast, "Benin, Ghana and Togo created a fund: 20 million dollars.", "en")
