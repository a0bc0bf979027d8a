"""Tests for partex.normalise.resolutions: resolution mentions and document symbols."""

from __future__ import annotations

import pytest

from partex.normalise.resolutions import ResolutionMatch, find_resolutions, resolution_symbol


def found(text: str, lang: str) -> list[tuple[str, str]]:
    """List (span text, norm) for every resolution found."""
    return [(text[m.start:m.end], m.norm) for m in find_resolutions(text, lang)]


SINGLE = [
    ("fr", "La Résolution 1373 (2001) du Conseil de sécurité de l’ONU",
     [("Résolution 1373 (2001)", "S/RES/1373 (2001)")]),
    ("fr", "la résolution 2178 (2014) du Conseil de sécurité",
     [("résolution 2178 (2014)", "S/RES/2178 (2014)")]),
    ("en", "resolution 2396 (2017) requires", [("resolution 2396 (2017)", "S/RES/2396 (2017)")]),
    ("es", "la resolución 2396 (2017) del Consejo de Seguridad",
     [("resolución 2396 (2017)", "S/RES/2396 (2017)")]),
    ("en", "Security Council resolution 2396(2017)", [("resolution 2396(2017)", "S/RES/2396 (2017)")]),
    ("fr", "la résolution 71/19 de l’Assemblée générale", [("résolution 71/19", "A/RES/71/19")]),
    ("en", "General Assembly resolution 71/19", [("resolution 71/19", "A/RES/71/19")]),
    ("fr", "la résolution 71/19", [("résolution 71/19", "A/RES/71/19")]),
    ("en", "resolution 1373 without its year", [("resolution 1373", "S/RES/1373")]),
    ("es", "la resolución 1373", [("resolución 1373", "S/RES/1373")]),
    # resolutions in parts and of special sessions
    ("es", "aprobó en su resolución 67/234 B y que", [("resolución 67/234 B", "A/RES/67/234 B")]),
    ("fr", "la résolution 41/60 J de l’Assemblée générale", [("résolution 41/60 J", "A/RES/41/60 J")]),
    ("en", "resolution A/RES/67/234 B entered", [("resolution A/RES/67/234 B", "A/RES/67/234 B")]),
    ("es", "aprobado mediante la resolución S-30/1.", [("resolución S-30/1", "A/RES/S-30/1")]),
    # a lower-case word after the number is no part letter
    ("fr", "la résolution 71/19 a été adoptée", [("résolution 71/19", "A/RES/71/19")]),
]
LISTS = [
    ("fr", "les résolutions 2322 (2016) et 2331 (2016)",
     [("résolutions 2322 (2016)", "S/RES/2322 (2016)"), ("2331 (2016)", "S/RES/2331 (2016)")]),
    ("en", "resolutions 2322 (2016), 2331 (2016) and 2396 (2017)",
     [("resolutions 2322 (2016)", "S/RES/2322 (2016)"), ("2331 (2016)", "S/RES/2331 (2016)"),
      ("2396 (2017)", "S/RES/2396 (2017)")]),
    ("en", "resolutions 2322 (2016), 2331 (2016), and 2396 (2017)",
     [("resolutions 2322 (2016)", "S/RES/2322 (2016)"), ("2331 (2016)", "S/RES/2331 (2016)"),
      ("2396 (2017)", "S/RES/2396 (2017)")]),
    ("es", "las resoluciones 2322 (2016) y 2331 (2016) del Consejo de Seguridad",
     [("resoluciones 2322 (2016)", "S/RES/2322 (2016)"), ("2331 (2016)", "S/RES/2331 (2016)")]),
    ("fr", "les résolutions 70/291 et 72/284 de l'Assemblée générale",
     [("résolutions 70/291", "A/RES/70/291"), ("72/284", "A/RES/72/284")]),
]
SYMBOLS = [
    ("fr", "voir S/RES/1373 (2001).", [("S/RES/1373 (2001)", "S/RES/1373 (2001)")]),
    ("en", "see S/RES/2396(2017)", [("S/RES/2396(2017)", "S/RES/2396 (2017)")]),
    ("en", "adopted as A/RES/71/19", [("A/RES/71/19", "A/RES/71/19")]),
    ("en", "A/HRC/RES/16/18", [("A/HRC/RES/16/18", "A/HRC/RES/16/18")]),
    ("en", "resolution AG-2017-RES-08 of the INTERPOL General Assembly",
     [("resolution AG-2017-RES-08", "AG-2017-RES-08")]),
    ("en", "WHO resolution WHA72.1", [("resolution WHA72.1", "WHA72.1")]),
    # the OAS's symbols, with their session
    ("es", "mediante la resolución AG/RES. 813 (XVI-O/86). La", [("resolución AG/RES. 813 (XVI-O/86)",
                                                                "AG/RES. 813 (XVI-O/86)")]),
    ("en", "Permanent Council resolution CP/RES. 1200 (2450/24) calls", [("resolution CP/RES. 1200 (2450/24)",
                                                                       "CP/RES. 1200 (2450/24)")]),
    ("fr", "ag-2017-res-08", []),
]
BODIES = [
    ("en", "Human Rights Council resolution 16/18", [("resolution 16/18", "A/HRC/RES/16/18")]),
    ("en", "ECOSOC resolution 2004/20", [("resolution 2004/20", "E/RES/2004/20")]),
    ("fr", "la résolution 26/3 de la Commission pour la prévention du crime",
     [("résolution 26/3", "26/3")]),
]
# A Security Council resolution without its year takes the year the text states elsewhere.
YEARS_ELSEWHERE = [
    ("en", "Security Council resolution 2396, adopted in December 2017, encourages",
     [("resolution 2396", "S/RES/2396 (2017)")]),
    ("en", "resolution 2396, which was adopted on 21 December 2017",
     [("resolution 2396", "S/RES/2396 (2017)")]),
    ("fr", "ses résolutions 2018 (2011) et 2039, adoptée en février 2012.",
     [("résolutions 2018 (2011)", "S/RES/2018 (2011)"), ("2039", "S/RES/2039 (2012)")]),
    ("fr", "la résolution 2396 (adoptée le 21 décembre 2017)", [("résolution 2396", "S/RES/2396 (2017)")]),
    ("es", "la resolución 2396, aprobada el 21 de diciembre de 2017,",
     [("resolución 2396", "S/RES/2396 (2017)")]),
    ("en", "resolution 1373 (2001) set the rules. Later, resolution 1373 was cited",
     [("resolution 1373 (2001)", "S/RES/1373 (2001)"), ("resolution 1373", "S/RES/1373 (2001)")]),
    ("en", "in line with UNSCR 1244 and the ICJ Opinion", [("UNSCR 1244", "S/RES/1244")]),
    # what is written stays: a list of years, a clause after a conjunction, a far-off year
    ("en", "resolutions 2178 and 2396, adopted in 2014 and 2017",
     [("resolutions 2178", "S/RES/2178"), ("2396", "S/RES/2396")]),
    ("en", "resolution 2396 and the texts adopted in 2019", [("resolution 2396", "S/RES/2396")]),
    ("en", "resolution 2462, adopted unanimously by the Council at its meeting in March 2019",
     [("resolution 2462", "S/RES/2462")]),
    ("en", "resolution 2462, adopted after resolution 2178 of 2014",
     [("resolution 2462", "S/RES/2462"), ("resolution 2178", "S/RES/2178")]),
    ("en", "General Assembly resolution 71/1, adopted in September 2016", [("resolution 71/1", "A/RES/71/1")]),
]
# Numbered decisions and resolutions of bodies other than the UN: the symbol, upper-cased.
OTHER_BODIES = [
    ("fr", "adoptée par la résolution CM/Res(2021)1 du Comité des Ministres",
     [("résolution CM/Res(2021)1", "CM/RES(2021)1")]),
    ("en", "our Assembly adopted resolution A.930(22), the Guidelines", [("resolution A.930(22)", "A.930(22)")]),
    ("en", "under MSC.428(98) on cyber risk", [("MSC.428(98)", "MSC.428(98)")]),
    ("fr", "adoptés par la décision BC-14/12, soumettent", [("décision BC-14/12", "BC-14/12")]),
    ("en", "decision SC-4/10 of the Stockholm COP", [("decision SC-4/10", "SC-4/10")]),
    ("es", "la aplicación de la Decisión 774, la Política", [("Decisión 774", "DECISIÓN 774")]),
    ("en", "Decision No 486 of the Commission", [("Decision No 486", "DECISION NO 486")]),
    ("fr", "la décision 1/CP.21 de la COP", [("décision 1/CP.21", "1/CP.21")]),
    # a body's acronym and its committee's, then number/year
    ("fr", "La résolution ZOR/ECO 12/2019 a défini le cépage.", [("résolution ZOR/ECO 12/2019", "ZOR/ECO 12/2019")]),
    ("en", "under resolution ZOR/TEC 45/2021, members", [("resolution ZOR/TEC 45/2021", "ZOR/TEC 45/2021")]),
    ("es", "según la resolución ZOR/VIT 7/2015 del organismo", [("resolución ZOR/VIT 7/2015", "ZOR/VIT 7/2015")]),
]
NOT_DECISIONS = [
    ("en", "Council Decision 2005/671/JHA of 20 September 2005"),   # an EU act: an instrument
    ("en", "the decision 774 was taken"),                            # lower case, a bare number
    ("es", "la Decisión 2.5 del Consejo"),
    ("fr", "une décision du Conseil"),
    ("en", "as set out in Annex A.2(3) and Section A.12(1)"),           # not the IMO's A.930(22)
]
NOT_RESOLUTIONS = [
    ("fr", "en 2016, 1373 personnes"),
    ("fr", "la résolution du conflit"),
    ("en", "the resolution 5 times"),
    ("fr", "le 71/19 du mois"),
    ("en", "resolutions were adopted in 2017"),
]


@pytest.mark.parametrize("lang, text, expected", SINGLE, ids=[c[1] for c in SINGLE])
def test_single_resolution(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", LISTS, ids=[c[1] for c in LISTS])
def test_list_gives_one_mention_per_resolution(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", SYMBOLS, ids=[c[1] for c in SYMBOLS])
def test_symbols_and_other_bodies(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", OTHER_BODIES, ids=[c[1] for c in OTHER_BODIES])
def test_decisions_and_resolutions_of_other_bodies(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text", NOT_DECISIONS, ids=[c[1] for c in NOT_DECISIONS])
def test_not_decisions(lang: str, text: str) -> None:
    assert find_resolutions(text, lang) == []


@pytest.mark.parametrize("lang, text, expected", BODIES, ids=[c[1] for c in BODIES])
def test_body_named_nearby(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text", NOT_RESOLUTIONS, ids=[c[1] for c in NOT_RESOLUTIONS])
def test_not_resolutions(lang: str, text: str) -> None:
    assert find_resolutions(text, lang) == []


def test_matches_are_typed_and_disjoint() -> None:
    matches = find_resolutions("résolutions 2322 (2016) et 2331 (2016), puis S/RES/2396 (2017)", "fr")
    assert all(isinstance(m, ResolutionMatch) for m in matches)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:]))
    assert len(matches) == 3


@pytest.mark.parametrize("number, year, body, expected", [
    ("1373", "2001", "S", "S/RES/1373 (2001)"),
    ("1373", None, "S", "S/RES/1373"),
    ("1373", "2001", None, "S/RES/1373 (2001)"),
    ("71/19", None, None, "A/RES/71/19"),
    ("71/19", None, "A", "A/RES/71/19"),
    ("16/18", None, "A/HRC", "A/HRC/RES/16/18"),
    ("2004/20", None, "E", "E/RES/2004/20"),
    ("ag-2017-res-08", None, None, "AG-2017-RES-08"),
    ("26/3", None, "OTHER", "26/3"),
])
def test_resolution_symbol(number: str, year: str | None, body: str | None, expected: str) -> None:
    assert resolution_symbol(number, year, body) == expected


@pytest.mark.parametrize("number, year, body", [
    ("", None, "S"),
    ("71/19", None, "S"),
    ("1373", None, "A"),
    ("1373", "01", "S"),
])
def test_resolution_symbol_refuses(number: str, year: str | None, body: str | None) -> None:
    with pytest.raises(ValueError):
        resolution_symbol(number, year, body)


@pytest.mark.parametrize("lang, text, expected", YEARS_ELSEWHERE, ids=[c[1] for c in YEARS_ELSEWHERE])
def test_year_stated_elsewhere_completes_a_security_council_symbol(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


def test_the_resolution_patterns_find_the_same_without_their_opening_lookahead():
    import re

    from partex.normalise import resolutions

    text = ("la résolution 2178 (2014) et S/RES/2396 (2017), A/RES/71/19, Decision BC-14/12, "
            "RESOLUTION 1373, la Décision 774, DECISIÓN 12/05, CM/Res(2021)1, 1/CP.21, MSC.428(98), "
            "s/res/1373, resolución 1540; Resolution ES-10/19 and decision 4/CMA.1")
    for lang in ("fr", "en", "es"):
        p = resolutions.patterns(lang)
        for pattern in (p.first, p.decision, resolutions._SYMBOL):
            assert "(?=[" in pattern.pattern[:12]
            bare = re.compile(re.sub(r"^(\(\?i:)?\(\?=\[[^\]]*\]\)(?(1)\))", "", pattern.pattern),
                              pattern.flags)
            assert bare.pattern != pattern.pattern
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)]
