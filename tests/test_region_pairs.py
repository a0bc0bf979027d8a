"""Two regions named together as one LOCATION (`América Latina y el Caribe`): a region the
gazetteer holds, a conjunction and a `region_partner` region. Made-up sentences, rule-only
pipeline."""

from mention_helpers import found


def places(extractor, text, lang):
    return found(extractor, text, lang, "LOCATION", "COUNTRY", fields=("text",))


def test_a_region_and_its_partner_are_one_place(extractor):
    assert places(extractor, "Las ventas de América Latina y el Caribe crecieron un 3 %.", "es") \
        == ["América Latina y el Caribe"]
    assert places(extractor, "Freight from Latin America and the Caribbean fell in 2021.", "en") \
        == ["Latin America and the Caribbean"]
    assert places(extractor, "Le fonds couvre l'Amérique latine et les Caraïbes depuis 2019.", "fr") \
        == ["Amérique latine et les Caraïbes"]


def test_any_region_pairs_with_a_partner(extractor):
    assert places(extractor, "El plan cubre Centroamérica y el Caribe desde 2020.", "es") \
        == ["Centroamérica y el Caribe"]
    assert places(extractor, "Les vols entre l'Amérique centrale et les Caraïbes reprennent.", "fr") \
        == ["Amérique centrale et les Caraïbes"]


def test_a_country_and_the_partner_stay_two(extractor):
    got = places(extractor, "Los vuelos entre Cuba y el Caribe oriental se reanudaron.", "es")
    assert "Cuba y el Caribe" not in " | ".join(got) and "Cuba" in got
    got = places(extractor, "Patrols between Jamaica and the Caribbean coast of Honduras.", "en")
    assert not any(p.startswith("Jamaica and") for p in got)


def test_a_part_of_a_region_and_the_partner_stay_two(extractor):
    """`the eastern Pacific and the Caribbean`: two areas listed, a word of position on the first."""
    assert places(extractor, "Shipping in the western Pacific and the Caribbean slowed.", "en") \
        == ["western Pacific", "Caribbean"]
    got = places(extractor, "Twelve states of South Asia and the Pacific met.", "en")
    assert "South Asia and the Pacific" not in got


def test_a_name_ending_on_the_first_region_goes_over_the_pair(extractor):
    got = found(extractor, "Doce ministerios lanzaron la Iniciativa Regional América Latina y el Caribe "
                           "de Semillas Nativas en 2022.", "es", fields=("text", "label"))
    assert not any(label == "LOCATION" for _, label in got)
    assert any(text.startswith("Iniciativa Regional América Latina y el Caribe") and label == "OPERATION"
               for text, label in got)


def test_a_region_not_a_partner_stays_apart(extractor):
    got = places(extractor, "Los programas de América Latina y el Sahel comparten fondos.", "es")
    assert "América Latina" in got and not any(" y " in p for p in got)


def test_a_body_named_over_the_pair_keeps_it_whole(extractor):
    got = found(extractor, "La Comisión Económica para América Latina y el Caribe publicó el informe.", "es",
                fields=("text", "label"))
    assert ("Comisión Económica para América Latina y el Caribe", "ORG") in got
    assert not any(label == "LOCATION" for _, label in got)


def test_a_partner_a_word_of_position_follows_stays_apart(extractor):
    """`el Caribe oriental` is a part of the Caribbean: the region before it is listed beside it."""
    got = places(extractor, "Las tormentas de Centroamérica y el Caribe oriental dañaron cosechas.", "es")
    assert "Centroamérica" in got and not any(" y " in p for p in got)
    got = places(extractor, "Les pluies ont touché l'Amérique latine et les Caraïbes du Sud.", "fr")
    assert not any(" et " in p for p in got)


def test_only_a_region_that_opens_a_pair_opens_one(extractor):
    """`Africa and the Caribbean`, `Miami and the Caribbean`: two places listed."""
    got = places(extractor, "Trade between Africa and the Caribbean rose in 2021.", "en")
    assert not any(" and " in p for p in got)
    got = places(extractor, "La ruta une Europa y el Caribe desde 2019.", "es")
    assert not any(" y " in p for p in got)
    got = places(extractor, "Les échanges entre l'Afrique et les Caraïbes progressent.", "fr")
    assert not any(" et " in p for p in got)


def test_the_article_of_the_partner_may_be_capitalised(extractor):
    assert places(extractor, "Informe sobre América Latina y El Caribe\n\nEl texto sigue.", "es") \
        == ["América Latina y El Caribe"]


def test_no_pair_with_the_pacific(extractor):
    """`Latin America and the Pacific`, `Asia and the Pacific`: no gold holds them whole."""
    got = places(extractor, "Ministers from Latin America and the Pacific met in Lima.", "en")
    assert not any(" and " in p for p in got)
