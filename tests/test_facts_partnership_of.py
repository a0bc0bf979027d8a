"""A word of cooperation whose linker opens a list of bodies names them alike as its sides beside
the operation its sentence names (`a partnership of A and B`, `un partenariat de A et de B`, `una
alianza de A y B`): FACTS.md counts words of cooperation as a partnership of their own; not a
figure after the linker, nor a single body."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Orvane Bank": ("ORG", "Orvane Bank"), "Telmar Agency": ("ORG", "Telmar Agency"),
         "KESTREL": ("OPERATION", "KESTREL"), "2009": ("DATE", "2009")}
PAIR = {("PARTNERSHIP", ("orvane bank", "telmar agency"))}


def _pairs(text: str, lang: str) -> set:
    return {t for t in rule_tuples(text, lang, NAMES) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("en", "The KESTREL initiative, a partnership of the Orvane Bank and the Telmar Agency launched in 2009, trains customs officers."),
    ("fr", "L'initiative KESTREL, un partenariat de l'Orvane Bank et de la Telmar Agency lancé en 2009, forme des douaniers."),
    ("es", "Con sede en Lima, KESTREL, una alianza de la Orvane Bank y la Telmar Agency lanzada en 2009, capacita a aduaneros."),
    ("en", "KESTREL, an international partnership of the Orvane Bank and the Telmar Agency, trains officers."),
    ("en", "KESTREL is a strategic partnership of the Orvane Bank and the Telmar Agency."),
    ("es", "KESTREL es una estrecha alianza de la Orvane Bank y la Telmar Agency."),
])
def test_a_linker_after_the_cue_names_its_sides(lang, text):
    assert _pairs(text, lang) == PAIR


@pytest.mark.parametrize("lang, text", [
    ("en", "The KESTREL initiative, a partnership of US$ 40 million launched in 2009 by the Orvane Bank, trains the Telmar Agency."),
    ("fr", "L'initiative KESTREL, un partenariat de 40 millions de dollars lancé en 2009 par l'Orvane Bank, forme la Telmar Agency."),
    ("es", "La iniciativa KESTREL, una alianza de 40 millones de dólares lanzada en 2009 por la Orvane Bank, capacita a la Telmar Agency."),
])
def test_a_figure_after_the_linker_names_no_sides(lang, text):
    assert _pairs(text, lang) == set()


@pytest.mark.parametrize("lang, text", [
    ("fr", "Avec le soutien de l'Orvane Bank, la Telmar Agency a mené le programme KESTREL."),
    ("en", "With the support of the Orvane Bank, the Telmar Agency ran the KESTREL programme."),
    ("es", "Con el apoyo de la Orvane Bank, la Telmar Agency dirigió el programa KESTREL."),
])
def test_a_word_of_support_names_no_sides_alike(lang, text):
    assert _pairs(text, lang) == set()


NAMES_HELPED = {**NAMES, "Kessa Fund": ("ORG", "Kessa Fund"), "Mali": ("COUNTRY", "Mali"), "Niger": ("COUNTRY", "Niger")}


@pytest.mark.parametrize("lang, text", [
    ("en", "KESTREL was conducted by the Kessa Fund with the cooperation of Mali and Niger."),
    ("en", "KESTREL was made possible thanks to a partnership of Mali and Niger."),
    ("fr", "KESTREL a été mené par le Kessa Fund avec la collaboration du Mali et du Niger."),
    ("fr", "KESTREL a été mené grâce à une coopération du Mali et du Niger."),
    ("es", "KESTREL se llevó a cabo gracias a la cooperación de Mali y Niger."),
    ("es", "El Kessa Fund realizó KESTREL con una colaboración de Mali y Niger."),
])
def test_bodies_that_only_helped_an_act_are_no_sides_named_alike(lang, text):
    pairs = {t for t in rule_tuples(text, lang, NAMES_HELPED, publisher="Kessa Fund") if t[0] == "PARTNERSHIP" and len(t) == 2}
    assert ("PARTNERSHIP", ("mali", "niger")) not in pairs
