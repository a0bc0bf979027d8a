"""An aside between dashes inside a list (`A, B —on behalf of C and D—, E and F`) neither ends the
list nor adds its own bodies to it: all the list's parties sign, those of the aside do not (rules
alone, given mentions; made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


STATES = {
    "Chili": ("COUNTRY", "CHL"), "Chile": ("COUNTRY", "CHL"),
    "Pérou": ("COUNTRY", "PER"), "Peru": ("COUNTRY", "PER"), "Perú": ("COUNTRY", "PER"),
    "Norvège": ("COUNTRY", "NOR"), "Norway": ("COUNTRY", "NOR"), "Noruega": ("COUNTRY", "NOR"),
    "Svalbard": ("COUNTRY", "SJM"),
    "Islande": ("COUNTRY", "ISL"), "Iceland": ("COUNTRY", "ISL"), "Islandia": ("COUNTRY", "ISL"),
    "Japon": ("COUNTRY", "JPN"), "Japan": ("COUNTRY", "JPN"), "Japón": ("COUNTRY", "JPN"),
    "Jan Mayen": ("COUNTRY", "SJM2"),
    "Accord de Tromsø": ("INSTRUMENT", "Tromso Accord"), "Tromsø Accord": ("INSTRUMENT", "Tromso Accord"),
    "Acuerdo de Tromsø": ("INSTRUMENT", "Tromso Accord"),
    "12 mars 2019": ("DATE", "2019-03-12"), "12 March 2019": ("DATE", "2019-03-12"),
    "12 de marzo de 2019": ("DATE", "2019-03-12"),
}
SIGNATORIES = {"CHL", "PER", "NOR", "ISL", "JPN"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Accord de Tromsø a été signé le 12 mars 2019 entre le Chili, le Pérou, la Norvège —au nom du "
           "Svalbard et de Jan Mayen—, l'Islande et le Japon."),
    ("en", "The Tromsø Accord was signed on 12 March 2019 between Chile, Peru, Norway – acting for Svalbard "
           "and Jan Mayen – , Iceland and Japan."),
    ("es", "El Acuerdo de Tromsø se firmó el 12 de marzo de 2019 entre Chile, Perú, Noruega —en nombre de "
           "Svalbard y de Jan Mayen—, Islandia y Japón."),
])
def test_a_dash_aside_inside_a_list_of_signatories(lang, text):
    found = {t for t in rule_tuples(text, lang, STATES) if t[0] == "AGREEMENT"}
    pairs = {t[1] for t in found if t[2] == "date"}
    assert ("chl", "jpn") in pairs and ("isl", "nor") in pairs  # the list goes on past the aside
    assert all(set(p) <= {s.casefold() for s in SIGNATORIES} for p in pairs)  # the aside's bodies sign nothing
    assert len(pairs) == 10


def test_dashes_that_open_no_aside_keep_the_list_as_it_was():
    # one dash alone (no closing one) is no aside: the list ends at it as before
    text = "L'Accord de Tromsø a été signé le 12 mars 2019 entre le Chili et le Pérou — la Norvège l'a salué."
    found = {t for t in rule_tuples(text, "fr", STATES) if t[0] == "AGREEMENT"}
    assert {t[1] for t in found if t[2] == "date"} == {("chl", "per")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Pérou — l'hôte. L'Accord de Tromsø a été signé le 12 mars 2019 entre le Chili, la Norvège —au nom "
           "du Svalbard—, l'Islande et le Japon."),
    ("en", "Peru – the host. The Tromsø Accord was signed on 12 March 2019 between Chile, Norway – acting for "
           "Svalbard – , Iceland and Japan."),
    ("es", "La cita — la tercera. El Acuerdo de Tromsø se firmó el 12 de marzo de 2019 entre Chile, Perú, Noruega "
           "—en nombre de Svalbard y de Jan Mayen—, Islandia y Japón."),
])
def test_dashes_of_two_sentences_make_no_aside(lang, text):
    # the dash of the first sentence pairs with no dash of the next: the aside is the second one
    pairs = {t[1] for t in rule_tuples(text, lang, STATES) if t[0] == "AGREEMENT"}
    assert {("chl", "jpn"), ("isl", "nor"), ("jpn", "nor")} <= pairs
