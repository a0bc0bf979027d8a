"""Tests for partex.normalise.numbers and partex.normalise.figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from partex.normalise.figures import FigureMatch, find_figures, singularise
from partex.normalise.numbers import format_value, parse_number


def found(text: str, lang: str, **kwargs: object) -> list[tuple[str, str, str]]:
    """List (span text, norm, qualifier) for every figure found."""
    return [(text[m.start:m.end], m.norm, m.qualifier) for m in find_figures(text, lang, **kwargs)]


# --------------------------------------------------------------------------- parse_number

NUMBERS = [
    # digits and thousands separators
    ("fr", "42 000", "42000"),
    ("fr", "42\u202f000", "42000"),
    ("fr", "42\u00a0000", "42000"),
    ("es", "42.000", "42000"),
    ("en", "42,000", "42000"),
    ("en", "1,000,000", "1000000"),
    # decimal marks
    ("fr", "1,8", "1.8"),
    ("es", "2,5", "2.5"),
    ("en", "2.5", "2.5"),
    # multipliers
    ("fr", "1,3 million", "1300000"),
    ("fr", "4,5 milliards", "4500000000"),
    ("en", "2.5 billion", "2500000000"),
    ("es", "750 millones", "750000000"),
    ("es", "1.500 millones", "1500000000"),
    ("es", "mil millones", "1000000000"),
    ("es", "2 mil", "2000"),
    # words
    ("fr", "vingt-deux", "22"),
    ("fr", "cent quinze", "115"),
    ("fr", "quatre-vingt-dix-neuf", "99"),
    ("fr", "deux millions", "2000000"),
    ("en", "twenty-two", "22"),
    ("es", "veintidós", "22"),
    ("es", "dos mil", "2000"),
]
NOT_NUMBERS = [
    ("fr", "abc"),
    ("fr", ""),
    ("fr", "million"),
    ("en", "1,5"),
    ("fr", "quelque"),
    ("fr", "12 mars"),
    ("de", "12"),
]


@pytest.mark.parametrize("lang, text, expected", NUMBERS, ids=[f"{c[0]}:{c[1]}" for c in NUMBERS])
def test_parse_number(lang: str, text: str, expected: str) -> None:
    assert parse_number(text, lang) == Decimal(expected)


@pytest.mark.parametrize("lang, text", NOT_NUMBERS, ids=[f"{c[0]}:{c[1] or 'empty'}" for c in NOT_NUMBERS])
def test_parse_number_refuses(lang: str, text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text, lang)


@pytest.mark.parametrize("value, expected", [
    (Decimal("4.5E+9"), "4500000000"),
    (Decimal("2.50"), "2.5"),
    (Decimal("1300000.0"), "1300000"),
    (Decimal("115"), "115"),
    (Decimal("0.25"), "0.25"),
])
def test_format_value(value: Decimal, expected: str) -> None:
    assert format_value(value) == expected


# --------------------------------------------------------------------------- find_figures

COUNTS = [
    # an acronym before the counted noun modifies it; a plural acronym alone is the unit
    ("en", "the ten ASEAN Member States met", [("ten ASEAN Member States", "10 member state", "")]),
    ("en", "12 EU countries", [("12 EU countries", "12 country", "")]),
    ("en", "5 NCBs joined", [("5 NCBs", "5 ncb", "")]),
    # a treaty's capitalised Parties are counted, a committee's number is a name
    ("en", "The Convention now has more than 180 Parties.",
     [("180 Parties", "180 party", "more than")]),
    ("fr", "115 arrestations ont eu lieu", [("115 arrestations", "115 arrestation", "")]),
    ("fr", "4,5 milliards de recherches", [("4,5 milliards de recherches", "4500000000 recherche", "")]),
    ("fr", "42 000 personnes", [("42 000 personnes", "42000 personne", "")]),
    ("fr", "22 membres et 39 entités", [("22 membres", "22 membre", ""), ("39 entités", "39 entité", "")]),
    ("fr", "vingt-deux membres", [("vingt-deux membres", "22 membre", "")]),
    ("fr", "trois membres non-ONU", [("trois membres", "3 membre", "")]),
    ("fr", "deux organisations", [("deux organisations", "2 organisation", "")]),
    ("fr", "quatre Bureaux régionaux", [("quatre Bureaux", "4 bureau", "")]),
    ("fr", "850 armes à feu saisies", [("850 armes à feu", "850 arme à feu", "")]),
    ("fr", "12 pays", [("12 pays", "12 pays", "")]),
    ("fr", "trois nouveaux bureaux", [("trois nouveaux bureaux", "3 bureau", "")]),
    ("fr", "2020 agents formés", [("2020 agents", "2020 agent", "")]),
    ("en", "115 arrests were made", [("115 arrests", "115 arrest", "")]),
    ("en", "two non-UN members", [("two non-UN members", "2 member", "")]),
    # a prenominal adjective saying which or how pressing is out of the unit
    ("en", "the five core donors met", [("five core donors", "5 donor", "")]),
    ("en", "it lists nine urgent steps", [("nine urgent steps", "9 step", "")]),
    ("en", "42,000 people", [("42,000 people", "42000 person", "")]),
    # a member noun stays with the noun it qualifies, in every language (docs/annotation.md)
    ("en", "194 member countries", [("194 member countries", "194 member country", "")]),
    ("fr", "30 organisations membres", [("30 organisations membres", "30 organisation membre", "")]),
    ("es", "12 organizaciones miembros del", [("12 organizaciones miembros", "12 organización miembro", "")]),
    # lexical compounds stay whole
    ("fr", "440 défenses d'éléphant et 41 fusils d'assaut", [("440 défenses d'éléphant", "440 défense d'éléphant", ""),
                                                            ("41 fusils d'assaut", "41 fusil d'assaut", "")]),
    ("es", "18 cuerpos de policía y 3.671 enlaces web", [("18 cuerpos de policía", "18 cuerpo de policía", ""),
                                                         ("3.671 enlaces web", "3671 enlace web", "")]),
    ("en", "one regional office", []),  # like French `un bureau`: an article, not a count
    ("en", "30 countries participated", [("30 countries", "30 country", "")]),
    ("es", "115 detenciones", [("115 detenciones", "115 detención", "")]),
    ("es", "veintidós miembros", [("veintidós miembros", "22 miembro", "")]),
    ("es", "850 armas de fuego", [("850 armas de fuego", "850 arma de fuego", "")]),
    ("es", "tres oficinas regionales", [("tres oficinas", "3 oficina", "")]),
    ("es", "4 ciudades", [("4 ciudades", "4 ciudad", "")]),
]

MONEY_MEASURES_PERCENT = [
    ("fr", "1,3 million EUR", [("1,3 million EUR", "1300000 EUR", "")]),
    ("fr", "2,5 millions de dollars des États-Unis",
     [("2,5 millions de dollars des États-Unis", "2500000 USD", "")]),
    ("fr", "500 000 euros", [("500 000 euros", "500000 EUR", "")]),
    ("fr", "500 000 €", [("500 000 €", "500000 EUR", "")]),
    ("fr", "10 millions de francs CFA", [("10 millions de francs CFA", "10000000 XOF", "")]),
    ("fr", "3 livres sterling", [("3 livres sterling", "3 GBP", "")]),
    ("en", "€1.3 million", [("€1.3 million", "1300000 EUR", "")]),
    ("en", "$750,000", [("$750,000", "750000 USD", "")]),
    ("en", "USD 2.5 million", [("USD 2.5 million", "2500000 USD", "")]),
    ("es", "750 millones de dólares", [("750 millones de dólares", "750000000 USD", "")]),
    ("es", "2 mil millones de euros", [("2 mil millones de euros", "2000000000 EUR", "")]),
    ("fr", "683 kg de cocaïne", [("683 kg", "683 kg", "")]),
    ("fr", "1,8 tonne de résine", [("1,8 tonne", "1.8 t", "")]),
    ("fr", "25 kilomètres", [("25 kilomètres", "25 km", "")]),
    ("fr", "3 litres", [("3 litres", "3 l", "")]),
    ("fr", "200 grammes", [("200 grammes", "200 g", "")]),
    ("en", "5 tons", [("5 tons", "5 t", "")]),
    ("es", "5 toneladas", [("5 toneladas", "5 t", "")]),
    ("fr", "15 %", [("15 %", "15 %", "")]),
    ("fr", "15\u00a0% des cas", [("15\u00a0%", "15 %", "")]),
    ("en", "15%", [("15%", "15 %", "")]),
    ("fr", "15 pour cent", [("15 pour cent", "15 %", "")]),
    ("es", "15 por ciento", [("15 por ciento", "15 %", "")]),
]

QUALIFIERS = [
    ("fr", "plus de 115 arrestations", [("115 arrestations", "115 arrestation", "plus de")]),
    ("fr", "Près de 1,3 million EUR", [("1,3 million EUR", "1300000 EUR", "Près de")]),
    ("fr", "quelque 300 policiers", [("300 policiers", "300 policier", "quelque")]),
    ("fr", "au moins 12 pays", [("12 pays", "12 pays", "au moins")]),
    ("fr", "environ 15 %", [("15 %", "15 %", "environ")]),
    ("en", "more than 115 arrests", [("115 arrests", "115 arrest", "more than")]),
    ("en", "nearly $750,000", [("$750,000", "750000 USD", "nearly")]),
    ("en", "some 30 countries", [("30 countries", "30 country", "some")]),
    ("en", "at least 20 officers", [("20 officers", "20 officer", "at least")]),
    ("es", "más de 115 detenciones", [("115 detenciones", "115 detención", "más de")]),
    ("es", "cerca de 42.000 personas", [("42.000 personas", "42000 persona", "cerca de")]),
    ("es", "unos 30 países", [("30 países", "30 país", "unos")]),
    ("es", "alrededor de 500 agentes", [("500 agentes", "500 agente", "alrededor de")]),
]

NOT_FIGURES = [
    ("fr", "en 2017, INTERPOL"),
    ("fr", "créé en 2018 à Lyon"),
    ("fr", "la troisième réunion"),
    ("fr", "le 1er janvier"),
    ("fr", "le G5 Sahel"),
    ("fr", "Opération Trigger IV"),
    ("fr", "la résolution 2331 du Conseil"),
    ("fr", "la résolution 1373 (2001)"),
    ("fr", "la résolution 71/19"),
    ("fr", "une réunion et un accord"),
    ("en", "a meeting and an agreement"),
    ("es", "una reunión y un acuerdo"),
    ("fr", "le 12 mars 2019"),
    ("en", "on 12 March 2019"),
    ("fr", "à 10 h 30"),
    ("fr", "l'article 5 de la Convention"),
    ("en", "the 2030 Agenda"),
    ("fr", "ils étaient 20."),
    ("en", "in 2017 police seized"),
    ("en", "3 times more"),
]


@pytest.mark.parametrize("lang, text, expected", COUNTS, ids=[c[1] for c in COUNTS])
def test_counts_with_counted_noun(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", MONEY_MEASURES_PERCENT,
                         ids=[c[1] for c in MONEY_MEASURES_PERCENT])
def test_money_measures_percentages(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", QUALIFIERS, ids=[c[1] for c in QUALIFIERS])
def test_qualifier_stays_outside_span(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text", NOT_FIGURES, ids=[c[1] for c in NOT_FIGURES])
def test_not_figures(lang: str, text: str) -> None:
    assert find_figures(text, lang) == []


def test_plural_rules_give_the_unit() -> None:
    text = "115 arrestations"
    (m,) = find_figures(text, "fr")
    assert (m.unit, m.norm) == ("arrestation", "115 arrestation")


def test_word_lists_find_the_head_in_english() -> None:
    text = "two regional offices opened"
    (m,) = find_figures(text, "en")
    assert (text[m.start:m.end], m.unit) == ("two regional offices", "office")


def test_figures_are_sorted_disjoint_and_typed() -> None:
    text = "Plus de 115 arrestations, 683 kg et 1,3 million EUR en 2018."
    matches = find_figures(text, "fr")
    assert len(matches) == 3
    assert all(isinstance(m, FigureMatch) for m in matches)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:]))


# --------------------------------------------------------------------------- singularise

SINGULAR = [
    ("fr", "arrestations", "arrestation"),
    ("fr", "Bureaux", "bureau"),
    ("fr", "journaux", "journal"),
    ("fr", "travaux", "travail"),
    ("fr", "pays", "pays"),
    ("fr", "jeux", "jeu"),
    ("fr", "États", "état"),
    ("en", "countries", "country"),
    ("en", "searches", "search"),
    ("en", "addresses", "address"),
    ("en", "people", "person"),
    ("en", "days", "day"),
    ("es", "detenciones", "detención"),
    ("es", "países", "país"),
    ("es", "ciudades", "ciudad"),
    ("es", "veces", "vez"),
    ("es", "personas", "persona"),
    ("es", "jóvenes", "joven"),
    # no Spanish word ends in two consonants: `-bres` loses its `s` only, `-res` after a vowel `es`
    ("es", "hombres", "hombre"),
    ("es", "padres", "padre"),
    ("es", "semestres", "semestre"),
    ("es", "torres", "torre"),
    ("es", "calles", "calle"),
    ("es", "ejemplares", "ejemplar"),
    ("es", "mujeres", "mujer"),
]


@pytest.mark.parametrize("lang, word, expected", SINGULAR, ids=[f"{c[0]}:{c[1]}" for c in SINGULAR])
def test_singularise(lang: str, word: str, expected: str) -> None:
    assert singularise(word, lang) == expected


# --------------------------------------------------------------------------- compound heads
# Where the head comes last (English), the nouns before it stay in the unit and adjectives go
# (docs/annotation.md); a compound a plural word opens is read whole in every language.

COMPOUND_HEADS = [
    ("en", "they blocked 82,112 bank accounts in", [("82,112 bank accounts", "82112 bank account", "")]),
    ("en", "to apprehend 85 suspected migrant smugglers at", [("85 suspected migrant smugglers", "85 migrant smuggler", "")]),
    ("en", "it held four regional sessions in", [("four regional sessions", "4 session", "")]),
    ("en", "with three non-UN members and", [("three non-UN members", "3 member", "")]),
    ("en", "its 196 member countries share", [("196 member countries", "196 member country", "")]),
    ("en", "the Statute has 125 States Parties.", [("125 States Parties", "125 state party", "")]),
    ("es", "la Convención cuenta con 32 Estados Parte.", [("32 Estados Parte", "32 estado parte", "")]),
    ("fr", "le Mali et le Niger en ont été les quatre premiers pays pilotes",
     [("quatre premiers pays", "4 pays", "")]),
    ("es", "se interceptaron 18 semisumergibles en", [("18 semisumergibles", "18 semisumergible", "")]),
    # capitalised words ending in a plural are what a count counts; in the singular, a name
    ("en", "a network of 120 Border Liaison Offices that", [("120 Border Liaison Offices", "120 border liaison office", "")]),
    ("en", "the 1267 Committee met", []),
    ("en", "the 2030 Agenda Goals", []),
]


@pytest.mark.parametrize("lang, text, expected", COMPOUND_HEADS, ids=[c[1] for c in COMPOUND_HEADS])
def test_compound_heads(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "et le Canada 80,5 millions de dollars canadiens.", "80500000 CAD"),
    ("es", "una inversión cercana a 37 millones de reales,", "37000000 BRL"),
    ("en", "a grant of 12 million Australian dollars to", "12000000 AUD"),
    ("fr", "un espace maritime de plus de 5 millions de km².", "5000000 km²"),
    ("en", "an area of 5 million square kilometres", "5000000 km²"),
])
def test_currencies_of_other_countries_and_square_kilometres(lang: str, text: str, expected: str) -> None:
    assert [norm for _, norm, _ in found(text, lang)] == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "the new plant adds 450 megawatts to the grid", ["450 MW"]),
    ("en", "a target of 7,500 gigawatts by the end of the decade", ["7500 GW"]),
    ("en", "the dam yields 12 terawatt-hours a year", ["12 TWh"]),
    ("en", "a solar park of 35 MW near the coast", ["35 MW"]),
    ("fr", "la centrale fournira 320 mégawatts au réseau", ["320 MW"]),
    ("fr", "un parc de 4 gigawatts et 900 gigawattheures par an", ["4 GW", "900 GWh"]),
    ("es", "la represa aporta 640 megavatios a la red", ["640 MW"]),
    ("es", "unos 3 gigavatios y 80 kilovatios-hora", ["3 GW", "80 kWh"]),
])
def test_power_and_energy_keep_their_si_symbol(lang: str, text: str, expected: list) -> None:
    assert [norm for _, norm, _ in found(text, lang)] == expected


@pytest.mark.parametrize("lang, text", [
    # a number word between two capitalised words of a name (Portuguese `dos`, French `neuf`
    # as `new`) is no count
    ("es", "La Fundação dos Pescadores Artesanais firmó el acuerdo."),
    ("fr", "La Fondation Terre neuf Horizons a signé."),
    ("en", "The Forum Asia ten Cities Network signed the agreement."),
])
def test_a_number_word_inside_a_name_is_no_figure(lang: str, text: str) -> None:
    assert find_figures(text, lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    # a sentence's first word, a possessive or a lower-case word before keeps the count
    ("fr", "Les deux Parties ont signé.", "2 partie"),
    ("en", "The Authority's two Member States signed.", "2 member state"),
    ("es", "Firmaron los dos Estados vecinos.", "2 estado"),
])
def test_a_count_beside_capitalised_words_stays_a_figure(lang: str, text: str, expected: str) -> None:
    assert [f.norm for f in find_figures(text, lang)] == [expected]


# --------------------------------------------------------------------------- party nouns, volumes, plurals
# A participle that names a kind of party stays with its noun in every language (`Contracting
# Parties`, as `participating States`); a volume is in cubic metres; Spanish nouns in `-je`
# and the French `décès` give their singular.

PARTY_NOUNS_AND_VOLUMES = [
    ("en", "The Zorbala Convention has 31 Contracting Parties.", [("31 Contracting Parties", "31 contracting party", "")]),
    ("en", "the agency has 14 Co-operating States and", [("14 Co-operating States", "14 co-operating state", "")]),
    ("fr", "La Convention de Zorbala compte 31 Parties contractantes.",
     [("31 Parties contractantes", "31 partie contractante", "")]),
    ("es", "El Convenio de Zorbala suma 31 Partes Contratantes.", [("31 Partes Contratantes", "31 parte contratante", "")]),
    ("en", "the dam holds 640 million cubic metres of water", [("640 million cubic metres", "640000000 m³", "")]),
    ("fr", "le barrage retient 640 millions de mètres cubes d'eau", [("640 millions de mètres cubes", "640000000 m³", "")]),
    ("es", "la presa retiene 640 millones de metros cúbicos de agua",
     [("640 millones de metros cúbicos", "640000000 m³", "")]),
    ("es", "el plan tiene tres ejes y 40 mensajes", [("tres ejes", "3 eje", ""), ("40 mensajes", "40 mensaje", "")]),
    ("fr", "l'épidémie a causé 3 100 décès en Zorbalie", [("3 100 décès", "3100 décès", "")]),
    # a noun that ends in -j keeps it: -jes is not always -je
    ("es", "la tienda vende 30 relojes y 12 carcajes", [("30 relojes", "30 reloj", ""), ("12 carcajes", "12 carcaj", "")]),
    # a plain adjective before the party noun still goes out of the norm
    ("en", "the Zorbala Convention has 31 new parties", [("31 new parties", "31 party", "")]),
]


@pytest.mark.parametrize("lang, text, expected", PARTY_NOUNS_AND_VOLUMES, ids=[c[1] for c in PARTY_NOUNS_AND_VOLUMES])
def test_party_nouns_volumes_and_plurals(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected
