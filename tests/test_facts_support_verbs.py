"""Verbs of support in the present that say one body stands by another in its work (`accompagne`,
`acompaña a`, `assists`): the subject and each body it supports are a pair (class
`partnership_cue`, and `directed`: never a pair within one side)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Lagoon Board": ("ORG", "Lagoon"), "Delta Fund": ("ORG", "Delta"), "Reef Council": ("ORG", "Reef"),
         "Ghana": ("COUNTRY", "GHA")}


def _pairs(text: str, lang: str, learned: bool) -> set:
    found = rule_tuples(text, lang, {n: v for n, v in NAMES.items() if n in text}, learned=learned)
    return {t[1] for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Lagoon Board accompagne le Delta Fund dans la construction de nouvelles digues."),
    ("fr", "Depuis 2015, le Lagoon Board accompagne le Ghana dans la gestion de ses lagunes."),
    ("es", "El Lagoon Board acompaña al Delta Fund en la construcción de nuevos diques."),
    ("es", "Desde 2015, el Lagoon Board acompaña a Ghana en la gestión de sus lagunas."),
    ("en", "The Lagoon Board assists the Delta Fund in building new dykes."),
    ("en", "Since 2015, the Lagoon Board assists Ghana in managing its lagoons."),
])
def test_the_supporter_and_the_supported_are_a_pair(lang, text, learned):
    other = "gha" if "Ghana" in text else "delta"
    assert _pairs(text, lang, learned) == {tuple(sorted(("lagoon", other)))}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Lagoon Board et le Delta Fund accompagnent les communes riveraines dans leurs démarches."),
    ("es", "El Lagoon Board y el Delta Fund acompañan a los municipios ribereños en sus trámites."),
    ("en", "The Lagoon Board and the Delta Fund assist riverside towns with their applications."),
])
def test_two_supporters_of_no_one_named_are_no_pair(lang, text):
    assert not _pairs(text, lang, False)
