"""Tests for partex.normalise.dates: finding, normalising and dating documents."""

from __future__ import annotations

import re
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partex.normalise import dates as dates_module
from partex.normalise.date_rules import grammar
from partex.normalise.dates import DateMatch, document_date, find_dates, normalise_date


def found(text: str, lang: str, doc_year: int | None = None) -> list[tuple[str, str, str]]:
    """List (span text, norm, precision) for every date found."""
    return [(text[m.start:m.end], m.norm, m.precision) for m in find_dates(text, lang, doc_year=doc_year)]


# --------------------------------------------------------------------------- find_dates

FULL_DATES = [
    # a verb after a year, not a counted noun
    ("es", "Desde 2017 colaboramos con la Comunidad", [("2017", "2017", "year")]),
    ("fr", "Le mardi 12 mars 2019, INTERPOL a lancé", [("12 mars 2019", "2019-03-12", "day")]),
    ("fr", "le 1er janvier 2020", [("1er janvier 2020", "2020-01-01", "day")]),
    ("fr", "signé le 21/07/2017 à Lyon", [("21/07/2017", "2017-07-21", "day")]),
    ("fr", "publié le 2017-07-21.", [("2017-07-21", "2017-07-21", "day")]),
    ("en", "on July 21, 2017 the", [("July 21, 2017", "2017-07-21", "day")]),
    ("en", "Tuesday, 12 March 2019", [("12 March 2019", "2019-03-12", "day")]),
    ("en", "the 21st of July 2017", [("21st of July 2017", "2017-07-21", "day")]),
    ("es", "el martes 12 de marzo de 2019", [("12 de marzo de 2019", "2019-03-12", "day")]),
    ("es", "el 1.º de enero de 2020", [("1.º de enero de 2020", "2020-01-01", "day")]),
]

MONTHS_AND_YEARS = [
    ("fr", "en septembre 2018, il", [("septembre 2018", "2018-09", "month")]),
    ("en", "in May 2019 the", [("May 2019", "2019-05", "month")]),
    ("es", "en septiembre de 2018", [("septiembre de 2018", "2018-09", "month")]),
    ("fr", "créé en 2017.", [("2017", "2017", "year")]),
    ("fr", "respectivement en 2017 et 2018", [("2017", "2017", "year"), ("2018", "2018", "year")]),
    ("en", "In 2016, INTERPOL", [("2016", "2016", "year")]),
    ("es", "desde 1999", [("1999", "1999", "year")]),
    ("en", "we may 2019", [("2019", "2019", "year")]),
]

RANGES = [
    ("fr", "du 18-26 septembre 2018", [("18-26 septembre 2018", "2018-09-18/2018-09-26", "day")]),
    ("fr", "du 22 – 28 février 2019", [("22 – 28 février 2019", "2019-02-22/2019-02-28", "day")]),
    ("fr", "du 23 juin au 31 juillet", [("23 juin au 31 juillet", "XXXX-06-23/XXXX-07-31", "day")]),
    ("fr", "du 30 décembre au 2 janvier 2019",
     [("30 décembre au 2 janvier 2019", "2018-12-30/2019-01-02", "day")]),
    ("fr", "entre le 3 et le 5 mars 2019", [("3 et le 5 mars 2019", "2019-03-03/2019-03-05", "day")]),
    ("fr", "de janvier à mars 2019", [("janvier à mars 2019", "2019-01/2019-03", "month")]),
    ("fr", "sur la période 2017-2018", [("2017-2018", "2017/2018", "year")]),
    ("fr", "le plan 2017–2019", [("2017–2019", "2017/2019", "year")]),
    ("fr", "de 2015 à 2018", [("2015 à 2018", "2015/2018", "year")]),
    ("en", "between 3 and 5 March 2019", [("3 and 5 March 2019", "2019-03-03/2019-03-05", "day")]),
    ("en", "on March 3-5, 2019", [("March 3-5, 2019", "2019-03-03/2019-03-05", "day")]),
    ("es", "del 23 de junio al 31 de julio de 2021",
     [("23 de junio al 31 de julio de 2021", "2021-06-23/2021-07-31", "day")]),
    ("es", "entre el 3 y el 5 de marzo de 2019",
     [("3 y el 5 de marzo de 2019", "2019-03-03/2019-03-05", "day")]),
]

DECADES_AND_QUALIFIED = [
    ("fr", "depuis les années 1990", [("années 1990", "199X", "decade")]),
    ("fr", "dans les années 2000", [("années 2000", "200X", "decade")]),
    ("en", "since the 1990s", [("1990s", "199X", "decade")]),
    ("es", "en los años noventa", [("años noventa", "199X", "decade")]),
    ("es", "en los años 90", [("años 90", "199X", "decade")]),
    ("es", "la década de 1980", [("década de 1980", "198X", "decade")]),
    ("fr", "prévu pour mi-2019", [("2019", "2019", "year")]),
    ("fr", "à fin 2017 et début 2018", [("2017", "2017", "year"), ("2018", "2018", "year")]),
    ("fr", "fin septembre 2018", [("septembre 2018", "2018-09", "month")]),
    ("en", "by mid-2019 or late 2017", [("2019", "2019", "year"), ("2017", "2017", "year")]),
    ("es", "a finales de 2017", [("2017", "2017", "year")]),
    ("es", "a mediados de 2019", [("2019", "2019", "year")]),
]

MISSING_YEAR = [
    ("fr", "le 23 juin", None, [("23 juin", "XXXX-06-23", "day")]),
    ("fr", "le 23 juin", 2019, [("23 juin", "2019-06-23", "day")]),
    ("en", "on June 5 the", None, [("June 5", "XXXX-06-05", "day")]),
    ("es", "el 1 de mayo", 2020, [("1 de mayo", "2020-05-01", "day")]),
    ("fr", "du 23 juin au 31 juillet", 2019, [("23 juin au 31 juillet", "2019-06-23/2019-07-31", "day")]),
]

NOT_DATES = [
    ("fr", "la résolution 1373 (2001) du Conseil"),
    ("fr", "les résolutions 2322 (2016) et 2331 (2016)"),
    ("fr", "S/RES/2396(2017) et A/RES/71/19"),
    ("fr", "1 500 personnes depuis 20 ans"),
    ("en", "over 20 years of cooperation"),
    ("fr", "aujourd’hui et à l’avenir"),
    ("fr", "à 10 h 30 ou 14:00"),
    ("fr", "la troisième réunion, le 1er"),
    ("fr", "Programme de développement durable à l’horizon 2030"),
    ("fr", "l'Agenda 2030"),
    ("en", "the 2030 Agenda for Sustainable Development"),
    ("fr", "2020 agents formés"),
    ("fr", "l’opération AG-2017-RES-08"),
    ("es", "publicó su Informe Mundial sobre las Drogas 2024. Según"),
    ("en", "the World Drug Report 2024 shows"),
    ("fr", "le 31 février 2019"),
    # a law's number
    ("fr", "au regard de la loi 2015-36 relative au trafic illicite de migrants"),
    ("es", "según la Ley 1908 de la República"),
    # a year that closes a statute's or a census's name is part of it
    ("en", "the Zorbala Fisheries Act 2031 entered into force"),
    ("en", "the Zorbala Census 2031 counted every household"),
    ("es", "el Censo 2031 de Zorbalia empezó ayer"),
    ("fr", "le Recensement 2031 de la Zorbalie a commencé"),
]


@pytest.mark.parametrize("lang, text, year", [
    # a name word is a whole word: the end of `during`, `spring` or `impact` makes no name
    ("en", "The talks went on during 2031 in Lyon.", "2031"),
    ("en", "It has run since spring 2031.", "2031"),
    ("en", "Its impact 2031 report came out.", "2031"),
    # a census word names only with its capital: in lower case the year is a date
    ("en", "Zorbalia began its census 2031 with help from Lyon.", "2031"),
    ("es", "Según el censo 2031, Zorbalia creció.", "2031"),
    ("fr", "Selon le recensement 2031, la Zorbalie a grandi.", "2031"),
])
def test_a_name_word_must_be_a_whole_word(lang: str, text: str, year: str) -> None:
    assert [norm for _, norm, _ in found(text, lang)] == [year]


@pytest.mark.parametrize("lang, text, expected", FULL_DATES, ids=[c[1] for c in FULL_DATES])
def test_full_dates(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", MONTHS_AND_YEARS, ids=[c[1] for c in MONTHS_AND_YEARS])
def test_months_and_years(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", RANGES, ids=[c[1] for c in RANGES])
def test_ranges_are_one_mention(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


PAIRS = [
    # two days or two months joined by `et`/`and`/`y` are two dates sharing month and year
    ("fr", "les 3 et 5 mars 2019", [("3", "2019-03-03", "day"), ("5 mars 2019", "2019-03-05", "day")]),
    ("en", "on 3 and 5 March 2019", [("3", "2019-03-03", "day"), ("5 March 2019", "2019-03-05", "day")]),
    ("es", "los días 3 y 5 de marzo de 2019",
     [("3", "2019-03-03", "day"), ("5 de marzo de 2019", "2019-03-05", "day")]),
    ("fr", "en janvier et mars 2019", [("janvier", "2019-01", "month"), ("mars 2019", "2019-03", "month")]),
    ("fr", "les 3 mars et 5 avril 2019",
     [("3 mars", "2019-03-03", "day"), ("5 avril 2019", "2019-04-05", "day")]),
]


MONTHS_ALONE = [
    # a month named alone after a preposition of time takes the document's year
    ("fr", "un atelier à Abidjan en novembre.", 2024, [("novembre", "2024-11", "month")]),
    ("fr", "à Dakar à partir du mois de mai.", 2025, [("mai", "2025-05", "month")]),
    ("es", "se celebrará en Tegucigalpa en septiembre.", 2024, [("septiembre", "2024-09", "month")]),
    ("en", "The council met in May.", None, [("May", "XXXX-05", "month")]),
    # `may` is a verb
    ("en", "Members may join.", 2024, []),
    ("en", "Members in may join.", 2024, []),
]


@pytest.mark.parametrize("lang, text, doc_year, expected", MONTHS_ALONE,
                         ids=[c[1] for c in MONTHS_ALONE])
def test_a_month_alone_after_a_preposition_is_a_date(lang: str, text: str, doc_year: int | None,
                                                      expected: list) -> None:
    assert found(text, lang, doc_year) == expected


def test_two_years_joined_by_to_are_a_period_without_from() -> None:
    assert found("a joint action plan for 2024 to 2026", "en") == [("2024 to 2026", "2024/2026", "year")]
    assert found("el plan 2024 hasta 2026", "es") == [("2024 hasta 2026", "2024/2026", "year")]
    assert found("respectivement en 2017 et 2018", "fr") == [("2017", "2017", "year"),
                                                             ("2018", "2018", "year")]


@pytest.mark.parametrize("lang, text, expected", PAIRS, ids=[c[1] for c in PAIRS])
def test_a_pair_of_dates_is_two_mentions(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", DECADES_AND_QUALIFIED,
                         ids=[c[1] for c in DECADES_AND_QUALIFIED])
def test_decades_and_qualified_years(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text, doc_year, expected", MISSING_YEAR,
                         ids=[f"{c[1]}-{c[2]}" for c in MISSING_YEAR])
def test_missing_year_from_document_or_xxxx(lang: str, text: str, doc_year: int | None,
                                            expected: list) -> None:
    assert found(text, lang, doc_year) == expected


@pytest.mark.parametrize("lang, text", NOT_DATES, ids=[c[1] for c in NOT_DATES])
def test_not_dates(lang: str, text: str) -> None:
    assert find_dates(text, lang) == []


def test_matches_are_sorted_and_disjoint() -> None:
    text = "Du 18-26 septembre 2018, puis en 2019 et les années 1990, le 3 mars 2020."
    matches = find_dates(text, "fr")
    assert [m.start for m in matches] == sorted(m.start for m in matches)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:]))
    assert all(isinstance(m, DateMatch) for m in matches)


def test_no_break_spaces_keep_offsets() -> None:
    text = "le\u00a012\u202fmars\u00a02019"
    (m,) = find_dates(text, "fr")
    assert (text[m.start:m.end], m.norm) == ("12\u202fmars\u00a02019", "2019-03-12")


# --------------------------------------------------------------------------- normalise_date

NORMALISE = [
    ("fr", "12 mars 2019", ("2019-03-12", "day")),
    ("fr", "septembre 2018", ("2018-09", "month")),
    ("fr", "2017", ("2017", "year")),
    ("fr", "années 1990", ("199X", "decade")),
    ("fr", "18-26 septembre 2018", ("2018-09-18/2018-09-26", "day")),
    ("en", "March 12th 2019", ("2019-03-12", "day")),
    ("en", "12 Mar 2019", ("2019-03-12", "day")),
    ("en", "2017-2018", ("2017/2018", "year")),
    ("es", "3 de abril de 2019", ("2019-04-03", "day")),
    ("fr", "12.03.2019", ("2019-03-12", "day")),
]
NOT_A_DATE = [
    ("fr", "aujourd’hui"),
    ("fr", "2331 (2016)"),
    ("fr", "depuis 20 ans"),
    ("en", "20 years"),
    ("fr", ""),
    ("fr", "le 12 mars 2019 et le 3 avril 2019"),
    ("fr", "31 février 2019"),
    ("fr", "1373"),
]


@pytest.mark.parametrize("lang, text, expected", NORMALISE, ids=[c[1] for c in NORMALISE])
def test_normalise_date(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert normalise_date(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "2019/03/03", ("2019-03-03", "day")),
    ("fr", "2019/03/03", ("2019-03-03", "day")),
])
def test_normalise_date_reads_forms_the_rules_do_not_with_dateparser(lang, text, expected) -> None:
    """What dateparser is kept for: a date span found by someone else, in a form the rules do
    not know at all (the finder never gives such a span to the extraction)."""
    assert normalise_date(text, lang) == expected


def test_normalise_date_uses_document_year() -> None:
    assert normalise_date("23 juin", "fr", doc_year=2019) == ("2019-06-23", "day")


@pytest.mark.parametrize("lang, text", NOT_A_DATE, ids=[c[1] or "empty" for c in NOT_A_DATE])
def test_normalise_date_refuses(lang: str, text: str) -> None:
    with pytest.raises(ValueError):
        normalise_date(text, lang)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        find_dates("12 mars 2019", "de")


# --------------------------------------------------------------------------- document_date

DATELINES = [
    ("fr", "LYON (France), 12 mars 2019 – INTERPOL a lancé", "2019-03-12"),
    ("en", "LYON, France, 12 March 2019 – INTERPOL today", "2019-03-12"),
    ("fr", "Titre de la page\n\nPublié le 3 avril 2019\n\nTexte", "2019-04-03"),
    ("es", "Viena, 3 de abril de 2019.- La ONUDD", "2019-04-03"),
    ("fr", "Titre\nSous-titre\nChapeau\nLe 3 avril 2019, la réunion", None),
    ("fr", "La coopération depuis 2017\n\nTexte sans date", None),
]


@pytest.mark.parametrize("lang, text, expected", DATELINES, ids=[c[1][:30] for c in DATELINES])
def test_document_date(lang: str, text: str, expected: str | None) -> None:
    assert document_date(text, lang) == expected


# The finder runs the rules that need a digit only around digits, and those that need a year only
# around years (`dates._windows`); whatever the text, that must find what running every rule over
# the whole text finds.
_DATE_PIECES = ["du 2 au 27 de septiembre", "le lundi 3", "fin septembre", "2018", "2019-2021",
                "entre janvier et mars", "mars", "March 3-5,", "the 1990s", "los años noventa",
                "12/05/2020", "31 février 2019", "de 2015 à 2018", "1 200 agents", "S/RES/1373 (2001)",
                "en novembre", "le 3 et 5 mars 2019", "\u00a0", "  ", "\n", ",", "(", ")", "et", "au"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=30),
       st.sampled_from(["fr", "en", "es"]), st.integers(0, 120))
def test_the_rules_run_around_digits_find_what_they_find_over_the_whole_text(pieces, lang, pad):
    text = " ".join(pieces[:len(pieces) // 2]) + " " * pad + " ".join(pieces[len(pieces) // 2:])
    windowed = dates_module.find_dates(text, lang)
    with mock.patch.object(dates_module, "_windows", lambda t, reach: ([(0, len(t))], [(0, len(t))])):
        whole = dates_module.find_dates(text, lang)
    assert windowed == whole


# Most rules open on a lookahead for the characters their matches open on (`normalise.words.opens_on`),
# so that the engine skips other positions at once; without it every rule must find the same
# matches, in any case.
_OPENING = re.compile(r"\(\?=\[[^\]]*\]\)")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES + ["In May", "les années 90", "mid-2019", "fin 2018",
                                                "1er mars", "1.º de mayo", "depuis 1889", "’90s"]),
                max_size=20), st.sampled_from(["fr", "en", "es"]), st.sampled_from([str, str.upper, str.lower]))
def test_the_rules_find_the_same_matches_without_their_opening_lookahead(pieces, lang, case):
    text = case(" ".join(pieces))
    rules = grammar(lang).rules
    assert sum(bool(_OPENING.match(rule.regex.pattern)) for rule in rules) >= 10
    for rule in rules:
        bare = re.compile(_OPENING.sub("", rule.regex.pattern, count=1), rule.regex.flags)
        assert [m.span() for m in rule.regex.finditer(text)] == [m.span() for m in bare.finditer(text)]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The ITU was founded in Paris on 17 May 1865.", ("17 May 1865", "1865-05-17")),
    ("en", "On May 20, 1875, seventeen states signed.", ("May 20, 1875", "1875-05-20")),
    ("fr", "La Convention du Mètre fut signée le 20 mai 1875 à Paris.", ("20 mai 1875", "1875-05-20")),
    ("es", "El 17 de mayo de 1865 nació la Unión Telegráfica.", ("17 de mayo de 1865", "1865-05-17")),
])
def test_a_whole_date_before_1900_keeps_its_year(lang, text, expected):
    assert [found[:2] for found in found(text, lang)] == [expected]


@pytest.mark.parametrize("lang, text", [
    ("fr", "En mai 1800 agents ont été formés."),
    ("en", "Some 1850 officers were trained."),
])
def test_a_year_before_1900_without_day_and_month_is_no_date(lang, text):
    assert not any(norm.startswith("18") for _, norm, _ in found(text, lang))
