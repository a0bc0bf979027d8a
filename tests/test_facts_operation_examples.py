"""Bodies named as examples of a general noun that an operation helps or works with take part in
it (`The KESTREL programme helped regional customs networks, including A and B`, `a aidé les
réseaux régionaux, dont A et B`, `colabora con redes regionales como A y B`); not where a named
body is the subject, nor after a verb that is no help (`studied regional networks, such as …`),
nor for an operation named after the examples."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Orvane Council": ("ORG", "Orvane Council"), "Telmar Agency": ("ORG", "Telmar Agency"),
         "KESTREL": ("OPERATION", "KESTREL"), "BRANT": ("OPERATION", "BRANT")}
PARTNERS = {("OPERATION", "kestrel", "partner", "orvane council"), ("OPERATION", "kestrel", "partner", "telmar agency")}


def _partners(text: str, lang: str) -> set:
    return {t for t in rule_tuples(text, lang, NAMES) if t[0] == "OPERATION" and t[2] == "partner"}


@pytest.mark.parametrize("lang, text", [
    ("en", "The KESTREL programme helped regional customs networks, including the Orvane Council and the Telmar Agency, to share risk data."),
    ("fr", "Le programme KESTREL a aidé les réseaux douaniers régionaux, dont l'Orvane Council et la Telmar Agency, à partager leurs données."),
    ("es", "El programa KESTREL reforzó el trabajo de las redes aduaneras regionales, entre ellas la Orvane Council y la Telmar Agency."),
    ("es", "El programa KESTREL colabora con redes aduaneras regionales como la Orvane Council y la Telmar Agency."),
])
def test_examples_of_what_the_operation_helps_take_part(lang, text):
    assert _partners(text, lang) == PARTNERS


@pytest.mark.parametrize("lang, text", [
    ("en", "Under the KESTREL programme, the Orvane Council helped regional customs networks, including the Telmar Agency, to share risk data."),
    ("fr", "Dans le programme KESTREL, l'Orvane Council a aidé les réseaux douaniers régionaux, dont la Telmar Agency, à partager leurs données."),
    ("en", "The KESTREL programme studied regional customs networks, such as the Orvane Council and the Telmar Agency."),
    ("es", "El programa KESTREL estudió las redes aduaneras regionales, entre ellas la Orvane Council y la Telmar Agency."),
])
def test_no_examples_of_another_subject_or_of_a_target(lang, text):
    assert not {t for t in _partners(text, lang) if t[3] == "telmar agency"}


def test_an_operation_named_after_the_examples_takes_none():
    text = ("The KESTREL programme helped regional customs networks, including the Telmar Agency through its BRANT initiative.")
    found = _partners(text, "en")
    assert ("OPERATION", "kestrel", "partner", "telmar agency") in found
    assert ("OPERATION", "brant", "partner", "telmar agency") not in found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le projet KESTREL fournit une aide aux pays dont l'Orvane Council et la Telmar Agency financent les douanes."),
    ("en", "The KESTREL project supports agencies such as the Orvane Council and the Telmar Agency work with customs."),
    ("es", "El proyecto KESTREL apoya a los países como la Orvane Council y la Telmar Agency financian las aduanas."),
])
def test_a_list_that_goes_on_with_its_verb_is_a_subject_not_examples(lang, text):
    assert _partners(text, lang) == set()
