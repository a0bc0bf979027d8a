"""Head nouns of bodies no gazetteer holds (issue 17, names measured with forgotten lists):
intergovernmental processes and dialogues named after a place (`Rabat Process`, `Proceso de
Quito`), communities of states, armed groups (`Autodefensas …`,
`Clan …`). The names are made up, so that no gazetteer knows them; rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Ministers met again within the Veldoria Process in March.", ["Veldoria Process"]),
    ("en", "Since 2006 the Ostrava Dialogue on Labour Mobility has met every year.",
     ["Ostrava Dialogue on Labour Mobility"]),
    ("en", "Delegates of the Arctic Islands Community signed the text.", ["Arctic Islands Community"]),
    ("es", "Los ministros se reunieron en el Proceso de Veldoria para coordinar la respuesta.",
     ["Proceso de Veldoria"]),
    ("es", "El jefe de las Autodefensas Campesinas del Magdalena Alto fue capturado.",
     ["Autodefensas Campesinas del Magdalena Alto"]),
    ("es", "El Clan de los Montes Azules opera en la sierra.", ["Clan de los Montes Azules"]),
])
def test_a_head_noun_names_a_body(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # lower case: a process, a dialogue, a community, operations in general
    ("en", "The review process and the political dialogue with the local community went on."),
    # a title's office is no body
    ("en", "The Under-Secretary-General for Peace Operations spoke in May."),
    ("es", "El proceso de paz y el clan familiar siguieron su curso."),
])
def test_a_common_noun_names_no_body(extractor, lang, text):
    assert orgs(extractor, text, lang) == []


@pytest.mark.parametrize("text, expected", [
    # an organ's title alone after a determiner names the organ of the body just named
    ("The Lake Verona Fisheries Board (LVFB) unites four states. Its Secretariat sits in Kigoma.",
     ["Lake Verona Fisheries Board", "LVFB", "Secretariat"]),
    ("The Lake Verona Fisheries Board (LVFB) unites four states; the Council meets each May.",
     ["Lake Verona Fisheries Board", "LVFB", "Council"]),
    ("The Lake Verona Fisheries Board (LVFB) unites four states, and its Headquarters is in Kigoma.",
     ["Lake Verona Fisheries Board", "LVFB", "Headquarters"]),
    # lower case, or after an indefinite article: a kind, not the organ
    ("The Lake Verona Fisheries Board (LVFB) unites four states; a secretariat was set up.",
     ["Lake Verona Fisheries Board", "LVFB"]),
])
def test_an_organ_title_alone_names_the_organ(extractor, text, expected):
    assert orgs(extractor, text, "en") == expected


@pytest.mark.parametrize("lang, text", [
    # a process named in lower case after an acronym says no body
    ("en", "She chairs the Northern Corridor Talks (NCT), a process of yearly meetings, since May.", ),
    ("es", "Ella preside las Conversaciones del Corredor Norte (CCN), un proceso de reuniones anuales.", ),
])
def test_a_lowercase_process_in_apposition_names_no_body(extractor, lang, text):
    assert orgs(extractor, text, lang) == []


def test_an_organ_title_before_any_body_names_none(extractor):
    assert orgs(extractor, "The report says the Council in Oslo agreed.", "en") == []
