"""A word of cooperation whose sides `between` names alike states a partnership beside the
operation its sentence names, also with an adjective or two after the noun (`une coopération
internationale entre A et B`, `una alianza estratégica entre A y B`): FACTS.md counts words of
cooperation as a partnership of their own; not where a clause stands between the cue and `between`."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"NASA": ("ORG", "NASA"), "ESA": ("ORG", "ESA"), "CSA": ("ORG", "CSA"), "Webb": ("OPERATION", "Webb"),
         "2010": ("DATE", "2010"), "2015": ("DATE", "2015")}
PAIRS = {("PARTNERSHIP", ("csa", "esa")), ("PARTNERSHIP", ("csa", "nasa")), ("PARTNERSHIP", ("esa", "nasa"))}


def _pairs(text: str, lang: str) -> set:
    return {t for t in rule_tuples(text, lang, NAMES) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le télescope Webb est le fruit d'une coopération internationale entre la NASA, l'ESA et la CSA."),
    ("fr", "Le télescope Webb est né d'un partenariat scientifique durable entre la NASA, l'ESA et la CSA."),
    ("es", "El telescopio Webb es fruto de una cooperación internacional entre la NASA, la ESA y la CSA."),
    ("es", "El telescopio Webb nació de una alianza estratégica entre la NASA, la ESA y la CSA."),
    ("en", "The Webb telescope grew out of a partnership between NASA, ESA and CSA."),
])
def test_adjectives_after_the_cue_keep_its_sides(lang, text):
    assert _pairs(text, lang) == PAIRS


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le télescope Webb, fruit de la coopération, a été assemblé entre 2010 et 2015 par la NASA, l'ESA et la CSA."),
    ("es", "El telescopio Webb, fruto de la cooperación, fue montado entre 2010 y 2015 por la NASA, la ESA y la CSA."),
    ("en", "The Webb telescope, a fruit of cooperation, was assembled between 2010 and 2015 by NASA, ESA and CSA."),
])
def test_a_clause_after_the_cue_names_no_sides(lang, text):
    assert _pairs(text, lang) == set()
