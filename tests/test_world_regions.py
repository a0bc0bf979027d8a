"""World and UN regions as places (made-up text): a compound region whose second part is no
place of its own is one name (`Eastern and Southern Africa`, `Afrique de l'Est et australe`,
`Europa Central y Oriental`), two places joined by a conjunction stay two places
(`América Latina y el Caribe`, as annotators mark them, patterns/README.md), and a body or
programme whose name holds a region keeps its whole name."""

from __future__ import annotations

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text, place", [
    ("en", "The workshop brought together customs chiefs from Eastern and Southern Africa in May.",
     "Eastern and Southern Africa"),
    ("en", "Drought hit East and Southern Africa hard in 2019.", "East and Southern Africa"),
    ("en", "The office covers the East and Horn of Africa from Nairobi.", "East and Horn of Africa"),
    ("en", "Seizures rose across Western and Central Africa last year.", "Western and Central Africa"),
    ("en", "Trafficking routes through Central and Eastern Europe were mapped in 2021.",
     "Central and Eastern Europe"),
    ("en", "Experts from North-East Asia met in Seoul.", "North-East Asia"),
    ("en", "Experts from Northeast Asia met in Seoul.", "Northeast Asia"),
    ("en", "Scam centres in South East Asia hold thousands of victims.", "South East Asia"),
    ("en", "The subregional office for North and Central Asia opened in Almaty.", "North and Central Asia"),
    ("en", "Flood warnings reached South and South-West Asia within hours.", "South and South-West Asia"),
    ("en", "Customs officers from the Eastern Caribbean trained together in March.", "Eastern Caribbean"),
    ("fr", "Les douanes d'Afrique de l'Est et australe ont saisi de l'ivoire.", "Afrique de l'Est et australe"),
    ("fr", "Le programme couvre l'Afrique orientale et australe depuis 2018.", "Afrique orientale et australe"),
    ("fr", "La sécheresse frappe l'Afrique occidentale et centrale cette année.",
     "Afrique occidentale et centrale"),
    ("fr", "Les polices d'Europe centrale et orientale échangent leurs données.", "Europe centrale et orientale"),
    ("fr", "Les experts de l'Asie et le Pacifique se réunissent à Bangkok.", "Asie et le Pacifique"),
    ("fr", "Les ouragans ont touché la Caraïbe en septembre.", "Caraïbe"),
    ("fr", "Les ports de l'Afrique sub-saharienne manquent de scanners.", "Afrique sub-saharienne"),
    ("es", "Los aduaneros de África Oriental y Meridional se reunieron en Lusaka.", "África Oriental y Meridional"),
    ("es", "La policía de Europa Central y Oriental comparte datos desde 2020.", "Europa Central y Oriental"),
    ("es", "Los huracanes azotaron el Caribe Oriental en septiembre.", "Caribe Oriental"),
    ("es", "Las estafas se extienden por Asia Suroriental desde 2021.", "Asia Suroriental"),
    ("es", "Los expertos de Asia Oriental y Nororiental se reunieron en Seúl.", "Asia Oriental y Nororiental"),
])
def test_a_world_region_is_one_place(extractor, lang, text, place):
    assert place in found(extractor, text, lang, "LOCATION", fields=("text",))


# `América Latina y el Caribe`, `Latin America and the Caribbean` are one LOCATION since
# region_pairs (ed5c787, tests/test_region_pairs.py): only a pair it does not join stays here
@pytest.mark.parametrize("lang, text, places", [
    ("fr", "Les saisies ont augmenté au Moyen-Orient et en Afrique du Nord.", ["Moyen-Orient", "Afrique du Nord"]),
])
def test_two_places_joined_by_a_conjunction_stay_two_places(extractor, lang, text, places):
    assert found(extractor, text, lang, "LOCATION", fields=("text",)) == places


@pytest.mark.parametrize("lang, text, name, norm", [
    ("es", "El Banco de Desarrollo de América Latina y el Caribe financia el puerto de Zorbala.",
     "Banco de Desarrollo de América Latina y el Caribe", "CAF"),
    ("en", "The Economic Commission for Latin America and the Caribbean published the figures in May.",
     "Economic Commission for Latin America and the Caribbean", "ECLAC"),
    ("en", "The Common Market for Eastern and Southern Africa signed the text in 2022.",
     "Common Market for Eastern and Southern Africa", "COMESA"),
    ("es", "El Mercado Común de África Oriental y Meridional firmó el texto en 2022.",
     "Mercado Común de África Oriental y Meridional", "COMESA"),
    ("en", "The Eastern Caribbean Central Bank issued a warning.", "Eastern Caribbean Central Bank", "ECCB"),
    ("en", "Leaders of the Pacific Islands Forum met in Suva.", "Pacific Islands Forum", "PIF"),
])
def test_a_body_named_after_a_region_keeps_its_whole_name(extractor, lang, text, name, norm):
    assert (name, norm) in found(extractor, text, lang, "ORG")
    places = found(extractor, text, lang, "LOCATION", fields=("text",))
    assert not [place for place in places if place in name]
