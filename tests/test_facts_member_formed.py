"""Members named by a pronoun before a verb of forming, by a rank before an infinitive of joining,
and the states a body links (member_formed.py, the classes `plural_subject`, `first_rank`,
`join_infinitive`, `link_verb`)."""

from __future__ import annotations

import pytest
from facts_helpers import member_tuples as members


@pytest.mark.parametrize("lang, text", [
    ("en", "Three agencies run the scheme together: UNICEF, UNESCO and the WHO. In 1995 they formed the Caribbean Community."),
    ("fr", "L'UNICEF, l'UNESCO et l'OMS mènent le programme ensemble. En 1995, ils ont formé la Communauté des Caraïbes."),
    ("es", "UNICEF, la UNESCO y la OMS llevan el programa juntos. En 1995 crearon la Comunidad del Caribe."),
])
def test_a_plural_pronoun_before_a_verb_of_forming_stands_for_the_list_the_sentence_before_names(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[0] == "caricom" and t[1] == "member"}
    assert {"unicef", "unesco", "who"} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "ISO, IEC and ITU share a goal. Created in 2001, the Organization of American States coordinates their work."),
    ("en", "ISO, IEC and ITU share a goal. They trained experts from Ghana."),
    ("es", "ISO, la CEI y la UIT comparten un objetivo. Creada en 2001, la Organización de los Estados Americanos coordina su labor."),
    ("fr", "L'UNICEF, l'UNESCO et l'OMS mènent le programme ensemble. Créée en 1995, la Communauté des Caraïbes "
           "coordonne leur travail."),
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
    ("fr", "En 2015, le Mali et le Niger furent les derniers États à adhérer au Traité sur le commerce des armes."),
    ("en", "In 2015, Mali and Niger were the last states to accede to the Arms Trade Treaty."),
    ("es", "En 2015, Malí y Níger fueron los últimos Estados en adherirse al Tratado sobre el Comercio de Armas."),
    # the cue holds the infinitive's marker (`to join`)
    ("en", "In 2015, Mali and Niger became the first West African states to join the African Union."),
])
def test_states_ranked_first_or_last_to_join_a_body_are_its_members(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[1] == "member"}
    assert {"mli", "ner"} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL helped Chad and Senegal to accede to the Ramsar Convention."),
    ("en", "The Council urged Chad and Senegal to join the Ramsar Convention."),
    ("en", "The Council urged Mali and Niger to join the African Union."),
    ("fr", "L'ONUDC a aidé le Tchad et le Sénégal à adhérer à la Convention de Ramsar."),
    ("es", "El Consejo instó a Chad y Senegal a adherirse a la Convención de Ramsar."),
])
def test_states_urged_or_helped_to_join_are_no_members(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Group of Seven (G7) met in Rome last year. It links Canada, France and Italy."),
    ("en", "The Group of Seven (G7) met in Rome last year. It links Canada, France and Italy, three large economies."),
    ("fr", "Le Groupe Egmont a été créé en 1995. Il relie la France, le Maroc et la Tunisie."),
    ("es", "La Red Aduanera del Pacífico se creó en 2015. Vincula a Fiyi, Samoa, Tonga y Vanuatu."),
])
def test_the_states_a_body_links_are_its_members(fast, lang, text):
    assert len({t[2] for t in members(fast, text, lang) if t[1] == "member"}) >= 3


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Banque mondiale relie Europol à INTERPOL."),
    ("en", "The Asia-Pacific Economic Cooperation (APEC) links Chile with Peru."),
    ("en", "The new highway links Ghana, Togo and Benin."),
    ("en", "INTERPOL trained officers from Benin, Togo and Ghana."),
    # `links` as a noun, a preposition before the first, a means after the last
    ("en", "The report by the World Bank studies the links between Ghana, Togo and Benin."),
    ("en", "INTERPOL offers links to Europol, the World Bank and the African Union."),
    ("fr", "L'ONUDC a publié une étude. Elle relie le Ghana, le Togo et le Bénin par une route."),
    ("es", "La Red Aduanera del Pacífico publicó un estudio. Vincula a Fiyi, Samoa y Tonga con Australia."),
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
    ("fr", "Le Bénin et le Togo partagent une route. Les trois cellules sont membres du Groupe Egmont."),
    ("en", "The World Bank works with the IMF. The three bodies are members of the G20."),
    ("es", "El Banco Mundial trabaja con el FMI. Los tres organismos son miembros del G20."),
    # three bodies, but from two sentences: no one list names them
    ("en", "The World Bank works with the IMF. UNICEF hosts their data. The three bodies are members of the G20."),
    ("fr", "La Banque mondiale travaille avec le FMI. L'UNICEF héberge leurs données. Les trois organismes sont "
           "membres du G20."),
])
def test_a_figure_naming_back_bodies_no_one_list_names_as_many_makes_no_member(fast, lang, text):
    assert not any(t[1] == "member" for t in members(fast, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "Mali, Niger and Burkina Faso formed a joint authority: the Liptako-Gourma Authority (LGA)."),
    ("es", "Malí, Níger y Burkina Faso crearon una autoridad conjunta: la Autoridad de Liptako-Gourma (ALG)."),
    ("fr", "Le Mali, le Niger et le Burkina Faso avaient fondé un organe conjoint : l'Autorité du Liptako-Gourma (ALG)."),
])
def test_the_body_formed_may_follow_a_short_noun_phrase_and_a_colon(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[1] == "member"}
    assert {"mli", "ner", "bfa"} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Benin, Ghana and Togo created a fund: 20 million dollars."),
    ("fr", "Le Mali, le Niger et le Burkina Faso ont créé un fonds : 20 millions de dollars."),
    ("es", "Malí, Níger y Burkina Faso crearon un fondo: 20 millones de dólares."),
])
def test_a_figure_after_the_colon_is_no_body_formed(fast, lang, text):
    assert not members(fast, text, lang)
