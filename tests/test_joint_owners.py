"""A body that belongs jointly to bodies named by their acronyms joined by a slash (issue 17,
names measured with forgotten lists): `Centro Conjunto FAO/OIEA` is one name, not a centre of FAO
and another body (`compounds._joint_owners`). The names are made up, the acronyms real; rule-only
pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Las técnicas del Centro Korvel FAO/OIEA llegaron en mayo.", ["Centro Korvel FAO/OIEA"]),
    ("es", "El Grupo de Expertos sobre Sequías Korvel OMM/CESPAP se reunió.",
     ["Grupo de Expertos sobre Sequías Korvel OMM/CESPAP"]),
    ("fr", "Le Laboratoire Korvel FAO/OMS a publié son rapport.", ["Laboratoire Korvel FAO/OMS"]),
    # an owner no gazetteer holds, its acronym defined in the text
    ("es", "El Organismo Korvel de Energía (OKE) y la FAO crearon el Centro Conjunto FAO/OKE en Viena.",
     ["Organismo Korvel de Energía", "OKE", "FAO", "Centro Conjunto FAO/OKE"]),
])
def test_the_joint_owners_end_the_name(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # acronyms alone joined by a slash: two bodies
    ("en", "The guidelines of the IMO/ILO were issued in May.", ["IMO", "ILO"]),
    ("es", "La FAO/OMS publicó las normas.", ["FAO", "OMS"]),
])
def test_acronyms_alone_stay_apart(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected
