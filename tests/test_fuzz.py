"""Fuzzing (issue 15): generated texts of every awkward kind are extracted within the time limit,
every mention and fact with `text == document[start:end]`."""

from __future__ import annotations

import string
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partex.language import detect_language, pipeline_language
from partex.languages import supported_languages

SENTENCES = [
    "L’ONUDC et INTERPOL ont signé un accord de coopération à Lyon le 3 mars 2019.",
    "Le Conseil de sécurité a adopté la résolution 2396 (2017) ; plus de 1 200 agents formés.",
    "The UNODC and INTERPOL met in Vienna on 12 May 2021 with 42\u00a0000 officers.",
    "La OEA y la ONU firmaron un memorando en Bogotá en 2018, con 15 países.",
    "Opération Lionfish : 3 tonnes de cocaïne saisies en Afrique de l’Ouest.",
    "Accord INTERPOL – ONUDC",
    "# Titre\n\nM. Jürgen Stock, Secrétaire général d’INTERPOL, S/RES/1373 (2001).",
]
PUNCTUATION = "()[]{}=+-.,;:!?'\"/\\|@#$%^&*~<>«»–—…’`§°"
CONTROLS = [chr(c) for c in range(32)] + ["\x7f", "\u200b", "\u200e", "\u2028", "\u2029", "\ufeff",
                                          "\u00a0", "\u202f", "\u0301"]

pieces = st.one_of(
    st.sampled_from(SENTENCES),
    st.text(alphabet=PUNCTUATION, min_size=1, max_size=3000),                 # punctuation runs
    # runs of one character, up to the 20 000 that took the tokenizer 32 s to 70 s
    st.sampled_from(PUNCTUATION).flatmap(lambda c: st.integers(50, 20_000).map(lambda n: c * n)),
    st.text(st.characters(codec="utf-8"), max_size=300),                      # any script, emoji
    st.text(alphabet=CONTROLS + list("ab 1"), max_size=60),                  # control characters
    st.text(alphabet=string.ascii_letters + "éè-", min_size=100, max_size=4000),  # very long words
    st.lists(st.sampled_from(SENTENCES), min_size=5, max_size=40).map(" ".join),  # very long lines
    st.from_regex(r"\d{1,3}([ .,\u00a0]\d{3}){0,4} ?(%|agents|€)?", fullmatch=True),
)
separators = st.sampled_from(["", " ", "\n", "\n\n", "\t", "\r\n", " \n \n "])
texts = st.lists(st.tuples(pieces, separators), min_size=1, max_size=8).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))


def check(analysis, text: str) -> None:
    for mention in analysis.mentions:
        assert 0 <= mention["start"] < mention["end"] <= len(text)
        assert mention["text"] == text[mention["start"]:mention["end"]]
    for fact in analysis.facts:
        if isinstance(fact["start"], int):
            assert fact["text"] == text[fact["start"]:fact["end"]]
        assert 0 <= fact["evidence_start"] <= fact["evidence_end"] <= len(text)


def language_of(text: str) -> str:
    lang = detect_language(text)
    return lang if pipeline_language(lang) in supported_languages() else "fr"


LIMIT = 10  # seconds a text may take here: a stalling text (the 20 000 `=`) took 70


def fuzz(examples: int) -> settings:
    """Settings of a fuzz test: `examples` texts, each within the deadline (the time limit)."""
    return settings(max_examples=examples, deadline=timedelta(seconds=LIMIT), derandomize=True,
                    database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.large_base_example])


@pytest.fixture(scope="module")
def fast_extractor():
    from partex.extractor import Extractor

    return Extractor.load(fast=True, languages=supported_languages())


@fuzz(60)
@given(text=texts)
def test_any_text_is_extracted_with_exact_offsets_rules_only(fast_extractor, text):
    check(fast_extractor.analyse(text, doc_id="fuzz", lang=language_of(text)), text)


@pytest.mark.slow
@pytest.mark.model
@fuzz(300)
@given(text=texts)
def test_hundreds_of_texts_are_extracted_within_the_limit_with_exact_offsets(model_extractor, text):
    """Each example must finish within Hypothesis' deadline, the time limit of this test."""
    check(model_extractor.analyse(text, doc_id="fuzz", lang=language_of(text)), text)
