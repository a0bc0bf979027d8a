"""A body's short name before its long name in apposition (`with Zorbajust, the European Agency
for …`) is that body, and so is every use of it; the long name takes the short name as its norm.
Made-up sentences, rule-only pipeline."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text, long_name", [
    ("en", "We at Zorbajust, the European Agency for Judicial Zorbation, host the centre. "
           "Zorbajust supports prosecutors in 27 countries.", "European Agency for Judicial Zorbation"),
    ("es", "La red tiene un memorando de entendimiento con Zorbajust, la Agencia de la Unión Europea "
           "para la Zorbación Judicial. Zorbajust apoya a los fiscales.",
     "Agencia de la Unión Europea para la Zorbación Judicial"),
])
def test_a_short_name_in_apposition_is_the_body(extractor, lang, text, long_name):
    got = found(extractor, text, lang, "ORG")
    assert got == [("Zorbajust", "Zorbajust"), (long_name, "Zorbajust"), ("Zorbajust", "Zorbajust")]


def test_a_known_long_name_gives_the_short_name_its_id(extractor):
    text = ("Le réseau a signé un accord avec Zorbajust, l'Agence de l'Union européenne pour la "
            "coopération judiciaire en matière pénale. Zorbajust soutient les procureurs.")
    got = found(extractor, text, "fr", "ORG")
    assert [t for t, _ in got] == ["Zorbajust", "Agence de l'Union européenne pour la coopération judiciaire en "
                                   "matière pénale", "Zorbajust"]
    assert {n for _, n in got} == {"Eurojust"}


@pytest.mark.parametrize("lang, text", [
    # a sentence's first word, which the text also writes in lower case
    ("en", "However, the European Agency for Judicial Zorbation hosts the centre; however it grows."),
    # a place after a preposition of place
    ("en", "In Zorbaville, the National Centre for Disease Control opened a laboratory near Zorbaville."),
    ("es", "En Zorbaville, el Centro Nacional de Control de Enfermedades abrió un laboratorio cerca de Zorbaville."),
    # the last word of a longer name, after a capitalised word or a connector
    ("fr", "Elle travaille avec Bank Al-Zorbaville, la Présidence du Ministère public et la police."),
    ("es", "En el Día Mundial de la Enfermedad de Zorbaville, la Organización Panamericana de la Salud actuó."),
    ("en", "The telescope is rising at Ilgari Zorbaville, the Murchison Radio Observatory run by the agency."),
])
def test_no_short_name_where_the_word_is_another(extractor, lang, text):
    names = [t for t, _ in found(extractor, text, lang, "ORG")]
    assert not any(n in ("However", "Zorbaville", "Al-Zorbaville") for n in names)


@pytest.mark.parametrize("lang, text", [
    # review, twentieth session: a list after the comma, a clause, a title after the long name
    ("en", "We work with Zorbaaid, the World Food Programme and the International Committee of the Red Cross."),
    ("fr", "Nous travaillons avec Zorbaaid, le Programme alimentaire mondial et la Croix-Rouge."),
    ("en", "The minister met with Zorbaaid, the World Health Organization Director-General, in May."),
    ("en", "Since the meeting with Zorbaaid, the Ministry of Foreign Affairs has been silent."),
])
def test_no_short_name_before_a_list_a_clause_or_a_title(extractor, lang, text):
    names = [t for t, _ in found(extractor, text, lang, "ORG")]
    assert "Zorbaaid" not in names
