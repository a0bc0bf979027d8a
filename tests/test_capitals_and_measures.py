"""Capitals named like their country, common nouns a model reads as places, and figures of
speed and activity and with an adjective before the noun. Made-up sentences; rule-only
pipelines, except where a model candidate is built by hand."""

from types import SimpleNamespace

import pytest

from partex.lexicon import load_lexicon
from partex.mention import Mention
from partex.normalise.figures import find_figures
from partex.resolve.capitals import capitals_named_as_countries
from partex.resolve.context import State


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The trains reach 180 km/h on the plain.", ["180 km/h"]),
    ("en", "a level of 700 becquerels per litre in the samples", ["700 Bq/L"]),
    ("fr", "une vitesse de 90 kilomètres par heure sur ce tronçon", ["90 km/h"]),
    ("es", "hasta 45 becquerelios por litro en el agua", ["45 Bq/L"]),
    # an adjective written before the noun stays inside the span, out of the unit
    ("es", "los tres últimos informes del consejo", ["3 informe"]),
    ("fr", "les quatre derniers rapports annuels", ["4 rapport"]),
])
def test_figures_with_compound_units_and_prenominal_adjectives(lang, text, expected):
    assert [m.norm for m in find_figures(text, lang)] == expected


def _capitals(lang: str, text: str, name: str, dateline: bool = False) -> list[tuple[str, str]]:
    start = text.index(name)
    end = start + len(name)
    ctx = SimpleNamespace(text=text, lexicon=load_lexicon(lang))
    mentions = [Mention(start, end, "COUNTRY", "XXX", "gazetteer:pycountry")]
    if dateline:
        mentions.append(Mention(start, end, "LOCATION", name.title(), "finder:dateline"))
    state = capitals_named_as_countries(ctx, State(tuple(mentions)))
    return [(m.label, m.source) for m in state.candidates]


@pytest.mark.parametrize("lang, text, name, expected", [
    # after a preposition that puts a city after it
    ("fr", "Le tribunal siège à Djibouti depuis 1990.", "Djibouti", "LOCATION"),
    ("fr", "Un centre installé à Luxembourg a ouvert.", "Luxembourg", "LOCATION"),
    ("fr", "Un bureau régional ouvrira à Panama en 2026.", "Panama", "LOCATION"),
    ("fr", "Le projet est mis en œuvre au Panama et au Costa Rica.", "Panama", "COUNTRY"),
    # the country takes another preposition
    ("fr", "Le projet se déroule au Luxembourg et en Belgique.", "Luxembourg", "COUNTRY"),
    ("fr", "Le Luxembourg a ratifié le traité.", "Luxembourg", "COUNTRY"),
    # a city-state is its country
    ("fr", "Le bureau est à Monaco depuis 2001.", "Monaco", "COUNTRY"),
])
def test_a_capital_named_like_its_country(lang, text, name, expected):
    assert [label for label, _ in _capitals(lang, text, name)] == [expected]


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "DJIBOUTI – Le port a accueilli hier", "DJIBOUTI"),
    ("en", "LUXEMBOURG – The court ruled on Tuesday", "LUXEMBOURG"),
    ("es", "LUXEMBURGO – El tribunal falló ayer", "LUXEMBURGO"),
    ("es", "GUATEMALA, 3 de mayo de 2025 – El ministerio abrió una oficina", "GUATEMALA"),
    ("en", "KUWAIT, 3 May 2025 – The fund opened an office", "KUWAIT"),
    ("fr", "PANAMA, 3 mai 2025 – Le canal a rouvert", "PANAMA"),
])
def test_a_dateline_capital_is_the_city(lang, text, name):
    assert _capitals(lang, text, name, dateline=True) == [("LOCATION", "finder:dateline")]


@pytest.mark.parametrize("text, word, expected", [
    # a title's first word the text also writes in lower case is a common noun
    ("Pêche : la Commission publie\n\nLa pêche recule dans la région.", "Pêche", True),
    # a place that opens a line and is never written in lower case stays
    ("Valmorena : la Commission publie\n\nLa ville recule.", "Valmorena", False),
    # inside a line the word may be a place named like a common noun (`du Lac`)
    ("Les provinces du Lac et de Diffa bordent le lac.", "Lac", False),
])
def test_a_common_noun_opening_a_title_is_no_place(text, word, expected):
    import spacy

    from partex.resolve.candidates import _common_noun

    doc = spacy.blank("fr")(text)
    start = text.index(word)
    span = doc.char_span(start, start + len(word))
    assert _common_noun(SimpleNamespace(text=text), span) is expected
