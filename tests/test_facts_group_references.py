"""Bodies named back together by a number and a plural noun of bodies (`Les trois centres coopèrent`,
`our two organisations cooperate`, `Ambas agencias colaboran`; group_references.py): the number words
are the language's cardinals, the nouns `group_head` (bodies) and `group_any_head` (bodies or states,
`partners`), the determiners `group_determiner`, and `pair_determiner` says two alone (both, ambas).
They stand for as many bodies as the number says, and for none where no reading gives that many."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River"),
         "Delta Fund": ("ORG", "Delta"), "Norland": ("COUNTRY", "NOR"), "Sudland": ("COUNTRY", "SUD")}
PAIRS3 = {("coast", "harbour"), ("coast", "river"), ("harbour", "river")}


def _pairs(text: str, lang: str, publisher: str | None = None) -> set:
    found = rule_tuples(text, lang, NAMES, publisher)
    return {tuple(sorted(t[1])) for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Harbour Police, la Coast Authority et la River Agency surveillent la baie.\n"
           "Le trafic y a doublé en dix ans.\nLes trois services coopèrent étroitement depuis 2015."),
    ("en", "The Harbour Police, the Coast Authority and the River Agency watch the bay.\n"
           "Traffic there has doubled in ten years.\nThe three services cooperate closely since 2015."),
    ("es", "La Harbour Police, la Coast Authority y la River Agency vigilan la bahía.\n"
           "El tráfico se ha duplicado en diez años.\nLas tres administraciones colaboran estrechamente desde 2015."),
])
def test_a_number_and_a_noun_of_bodies_name_back_as_many_bodies(lang, text):
    assert PAIRS3 <= _pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Harbour Police a ouvert un bureau au port.\nNos deux organismes coopèrent étroitement."),
    ("en", "The Harbour Police opened an office in the port.\nOur two agencies cooperate closely."),
    ("es", "La Harbour Police abrió una oficina en el puerto.\nNuestros dos organismos colaboran estrechamente."),
    ("en", "The Harbour Police watches the port, and our two agencies cooperate closely."),
])
def test_after_the_first_person_possessive_the_publisher_is_one_of_them(lang, text):
    assert ("delta", "harbour") in _pairs(text, lang, publisher="Delta")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Norland et Sudland partagent une longue frontière.\nLes deux partenaires coopèrent dans la région."),
    ("en", "Norland and Sudland share a long border.\nThe two partners cooperate in the region."),
    ("es", "Norland y Sudland comparten una larga frontera.\nAmbos socios cooperan en la región."),
])
def test_a_noun_of_partners_may_name_states_back(lang, text):
    assert ("nor", "sud") in _pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    # a noun of bodies names no state back
    ("en", "Norland and Sudland lie on the same river.\nThe two offices cooperate closely in the region."),
    # the number asks for three, the sentences before name two: no guess
    ("fr", "La Harbour Police et la Coast Authority surveillent le port.\nLa River Agency a fermé un bureau.\n"
           "Les trois services coopèrent étroitement."),
    # one of the three: a kind of body, no bodies named back
    ("es", "La Harbour Police, la Coast Authority y la River Agency vigilan el puerto.\n"
           "El Delta Fund, una de las tres agencias del puerto, colabora con la Harbour Police."),
])
def test_no_bodies_where_the_number_or_the_noun_does_not_agree(lang, text):
    pairs = _pairs(text, lang)
    assert ("nor", "sud") not in pairs
    assert not {("coast", "river"), ("harbour", "river"), ("coast", "delta"), ("delta", "river")} & pairs


@pytest.mark.parametrize("lang, text", [
    # `both … and` joins two things, it names no pair back
    ("en", "The Harbour Police and the Coast Authority watch the port.\n"
           "The plan covers both health services and schools, in cooperation with the River Agency."),
    ("fr", "La Harbour Police et la Coast Authority surveillent le port.\n"
           "Le plan couvre les deux services de santé et les écoles, en coopération avec la River Agency."),
    # the noun names back the things the sentence before names, not its bodies
    ("en", "The Harbour Police and the Coast Authority opened offices in Norland.\n"
           "The two offices cooperate with the River Agency."),
    ("fr", "La Harbour Police et la Coast Authority ont ouvert des bureaux à Norland.\n"
           "Les deux bureaux coopèrent avec la River Agency."),
    ("es", "La Harbour Police y la Coast Authority abrieron oficinas en Norland.\n"
           "Las dos oficinas colaboran con la River Agency."),
    # a thing's own (`del proyecto`): no bodies named back
    ("es", "La Harbour Police y la Coast Authority financian el proyecto.\n"
           "Los dos fondos del proyecto colaboran con la River Agency."),
    ("en", "The Harbour Police and the Coast Authority finance the project.\n"
           "The two funds of the project cooperate with the River Agency."),
])
def test_a_noun_of_things_named_before_or_owned_by_a_thing_names_no_bodies_back(lang, text):
    pairs = _pairs(text, lang)
    assert ("harbour", "river") not in pairs and ("coast", "river") not in pairs, pairs


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Harbour Police, la Coast Authority et la River Agency surveillent la baie.\n"
           "Les trois services s'engagent à échanger des informations."),
    ("fr", "La Harbour Police, la Coast Authority et la River Agency surveillent la baie.\n"
           "Les trois services d'État coopèrent étroitement."),
])
def test_an_elided_pronoun_after_the_noun_is_no_linker_of_a_thing_s_own(lang, text):
    assert PAIRS3 <= _pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    # a place or a restrictive relative after the noun says which bodies: new ones
    ("en", "The Harbour Police and the Coast Authority watch the port.\n"
           "The River Agency cooperates with the two national ministries in Norland."),
    ("fr", "La Harbour Police et la Coast Authority surveillent le port.\n"
           "La River Agency coopère avec les deux services qui opèrent au port."),
    ("es", "La Harbour Police y la Coast Authority vigilan el puerto.\n"
           "La River Agency colabora con las dos oficinas que abrió en el puerto."),
    # a noun of processes names no bodies back
    ("en", "The Harbour Police and the Coast Authority watch the port.\n"
           "The two processes cooperate with the River Agency."),
    ("fr", "La Harbour Police et la Coast Authority surveillent le port.\n"
           "Les deux processus coopèrent avec la River Agency."),
])
def test_a_noun_said_which_by_a_place_or_a_relative_names_no_bodies_back(lang, text):
    pairs = _pairs(text, lang)
    assert ("harbour", "river") not in pairs and ("coast", "river") not in pairs, pairs


@pytest.mark.parametrize("lang, text", [
    ("en", "The Harbour Police and the Coast Authority watch the port.\n"
           "The two agencies, which share a building, cooperate with the River Agency."),
    ("fr", "La Harbour Police et la Coast Authority surveillent le port.\n"
           "Les deux organismes, qui partagent un bâtiment, coopèrent avec la River Agency."),
])
def test_a_relative_after_a_comma_still_names_the_bodies_back(lang, text):
    pairs = _pairs(text, lang)
    assert ("harbour", "river") in pairs and ("coast", "river") in pairs, pairs
