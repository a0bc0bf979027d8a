"""A ministry named by the list of its portfolios, one of which is a body's name (issue 17, names
measured with forgotten lists): `Ministry of Foreign Affairs, European Union and Cooperation` is
one body, not a ministry and `European Union and Cooperation` (`name_lists._portfolio_bodies`,
`portfolio_head`). The names are made up where they can be; rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Delegates of the Ministry of Fisheries, European Union and Trade met the Korvel Board.",
     ["Ministry of Fisheries, European Union and Trade", "Korvel Board"]),
    ("es", "La agencia depende del Ministerio de Pesca, Unión Europea y Comercio desde mayo.",
     ["Ministerio de Pesca, Unión Europea y Comercio"]),
    ("fr", "Le Ministère de la Pêche, Union Européenne et Commerce a signé en mai.",
     ["Ministère de la Pêche, Union Européenne et Commerce"]),
])
def test_a_known_body_among_the_portfolios_stays_in_the_name(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a body no gazetteer holds, named by its head noun
    ("es", "El Ministerio de Pesca, Unión Korvel y Comercio firmó el acuerdo.",
     ["Ministerio de Pesca, Unión Korvel y Comercio"]),
    ("en", "The Ministry of Fisheries, Korvel Union and Trade signed the accord.",
     ["Ministry of Fisheries, Korvel Union and Trade"]),
])
def test_an_unknown_body_among_the_portfolios_stays_in_the_name(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the last item is a body's head: a list of bodies
    ("en", "The Ministry of Health, National Police and Customs signed.", ["Ministry of Health", "National Police"]),
    # an acronym is a body of its own, not a portfolio
    ("en", "The Ministry of Fisheries, WHO and Korvel Partners met in May.", ["Ministry of Fisheries", "WHO"]),
    # the body is the last item: a list of three bodies
    ("es", "El Ministerio de Pesca, Comercio y Organización Mundial de la Salud firmaron.",
     ["Ministerio de Pesca", "Organización Mundial de la Salud"]),
    # no ministry before the list: the body stands alone
    ("es", "La Agencia de Pesca, Unión Europea y Comercio firmaron en mayo.",
     ["Agencia de Pesca", "Unión Europea"]),
])
def test_a_body_after_no_portfolio_head_is_its_own(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, absent", [
    # the list ends on a body, not a portfolio: three bodies
    ("es", "El Ministerio de Educación, Banco Mundial y Visión Korvel firmaron un acuerdo.",
     "Ministerio de Educación, Banco Mundial y Visión Korvel"),
    ("en", "The Ministry of Agriculture, World Bank and Heifer Korvel signed an agreement.",
     "Ministry of Agriculture, World Bank and Heifer Korvel"),
])
def test_a_list_that_ends_on_no_portfolio_is_no_ministrys_name(extractor, lang, text, absent):
    assert absent not in orgs(extractor, text, lang)
