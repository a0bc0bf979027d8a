"""Head nouns of bodies that one or two of the three languages lacked where another had them
(issue 17, names measured with forgotten lists): English `Cluster`, `Delegation`, `Embassy`,
`Faculty`, `Headquarters` (as `Délégation`, `Embajada`); Spanish `Órgano`,
`Ayuntamiento`, `Colegio`, `Coordinadora`, `Regimiento`, `Sección` (as `Organe`… in the others'
names, `Collège`, `Regiment`, `Section`); French `Fédération`, `Équipe`, `Flottille`, `Collège`
(as `Federación`, `Team`, `Flotilla`, `College`). French `Coordination`, `Douane(s)` and `Organe`
stay out: in lower case they are complements of names in sentence case (`Centre de coordination
régionale pour …`, `Direction générale des douanes`), where a body's head closes the name. The
names are made up, so that no gazetteer knows them; rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Korvel Health Cluster met in March with the Faculty of Marine Sciences of Volda.",
     ["Korvel Health Cluster", "Faculty of Marine Sciences of Volda"]),
    ("en", "The Zorbal Fisheries Agency and the Embassy of Korvelia signed the plan.",
     ["Zorbal Fisheries Agency", "Embassy of Korvelia"]),
    ("en", "Staff of the Delegation of Korvelia visited the Volda Headquarters in May.",
     ["Delegation of Korvelia", "Volda Headquarters"]),
    ("es", "El Órgano de Control de Pesquerías y el Ayuntamiento de Volda firmaron el acuerdo.",
     ["Órgano de Control de Pesquerías", "Ayuntamiento de Volda"]),
    ("es", "El Colegio de Ingenieros de Korvelia y la Coordinadora Nacional de Pesca se reunieron.",
     ["Colegio de Ingenieros de Korvelia", "Coordinadora Nacional de Pesca"]),
    ("es", "El Regimiento de Infantería de Marina y la Sección de Análisis Financiero cooperan.",
     ["Regimiento de Infantería de Marina", "Sección de Análisis Financiero"]),
    ("fr", "La Fédération Korvelienne de Pêche et l'Équipe Nationale d'Intervention coopèrent.",
     ["Fédération Korvelienne de Pêche", "Équipe Nationale d'Intervention"]),
    ("fr", "La Flottille des Sables et le Collège des Inspecteurs de Volda ont signé.",
     ["Flottille des Sables", "Collège des Inspecteurs de Volda"]),
])
def test_a_head_noun_names_a_body(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # lower case: a team, a society, a section in general
    ("en", "Our team met the society at large; the inspection of headquarters staff went on."),
    ("es", "El equipo de la sección local y el colegio del municipio trabajaron juntos."),
    ("fr", "L'équipe du collège et la fédération des parents ont visité la flottille."),
])
def test_a_common_noun_names_no_body(extractor, lang, text):
    assert orgs(extractor, text, lang) == []


@pytest.mark.parametrize("lang, text", [
    # civil society is no body; a Japanese prefecture is a place
    ("en", "Civil Society representatives and the private sector attended the meeting."),
    ("en", "Okinawa Prefecture and Kyoto Prefecture received the grants."),
])
def test_society_and_prefecture_name_no_body(extractor, lang, text):
    assert orgs(extractor, text, lang) == []
