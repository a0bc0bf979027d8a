"""Places named right after a noun for their kind with no linker (`place_noun_apposed`: el volcán
X, el barrio X, la región X, le volcan X) and peninsulas, whose noun is part of the name
(`feature_noun`: península de X, péninsule X). Made-up names no gazetteer holds."""

from __future__ import annotations

import pytest

from partex.languages import DEFAULT_PATTERNS_DIR
from partex.lexicon import CAPITAL, load_lexicon
from partex.resolve.place_regexes import noun_then_place


def _places(extractor, text, lang):
    return [(r["label"], r["text"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("LOCATION", "COUNTRY")]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Los técnicos vigilan el volcán Tzalcomi desde 2015 y visitan el barrio Villa Ostera cada mes.",
     [("LOCATION", "Tzalcomi"), ("LOCATION", "Villa Ostera")]),
    ("es", "La cooperativa trabaja en la región Cantavela y en la península de Marreda.",
     [("LOCATION", "Cantavela"), ("LOCATION", "península de Marreda")]),
    ("fr", "Les sismologues suivent le volcan Kassoumbé et la péninsule de Korvane depuis dix ans.",
     [("LOCATION", "Kassoumbé"), ("LOCATION", "péninsule de Korvane")]),
    ("fr", "Les équipes ont rejoint la péninsule Valdorane au printemps.",
     [("LOCATION", "péninsule Valdorane")]),
])
def test_a_name_right_after_a_kind_of_place_is_a_place(extractor, lang, text, expected):
    assert _places(extractor, text, lang) == expected


def test_an_acronym_right_after_a_kind_of_place_is_no_place(extractor):
    # with no linker to say a place's name follows, an acronym there names a body
    assert ("LOCATION", "SICA") not in _places(extractor, "El apoyo llega a la región SICA cada año.", "es")


def test_the_apposed_nouns_need_no_linker_and_keep_their_case():
    lex = load_lexicon("es", DEFAULT_PATTERNS_DIR)
    rx = noun_then_place(lex, "place_noun_apposed", rf"[{CAPITAL}]", r"(?!)", linker="none")
    m = rx.search("junto al volcán Tzalcomi, en 2015")
    assert m is not None and m.group("place") == "Tzalcomi" and m.group("noun") == "volcán"
    assert rx.search("el volcán de Tzalcomi") is None  # the linked form is `place_noun`'s
    assert rx.search("un volcán activo") is None
