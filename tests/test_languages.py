"""Languages as data: a language added with a registry line and a folder of data files, no code."""

import pytest

from partex.extractor import Extractor
from partex.languages import UnknownLanguageError, supported_languages
from partex.nlp import build_nlp


def test_a_toy_language_from_data_files_only_extracts_mentions_and_facts(italian):
    extractor = Extractor(fast=True, patterns_dir=italian)
    text = ("L'Ufficio delle Nazioni Unite contro la droga e il crimine e INTERPOL cooperano dal "
            "3 marzo 2021: oltre 20 chilogrammi di eroina.")
    analysis = extractor.analyse(text, doc_id="it1", lang="it")
    found = {(r["label"], r["text"], r["norm"]) for r in analysis.mentions}
    assert ("ORG", "Ufficio delle Nazioni Unite contro la droga e il crimine", "UNODC") in found
    assert ("ORG", "INTERPOL", "INTERPOL") in found  # an id acronym of another language's gazetteer
    assert ("DATE", "3 marzo 2021", "2021-03-03") in found
    assert ("FIGURE", "20 chilogrammi", "20 kg") in found
    assert {r["lang"] for r in analysis.mentions} == {"it"}
    parties = {r["norm"] for r in analysis.facts if r["type"] == "PARTNERSHIP"}
    assert parties == {"UNODC", "INTERPOL"}


def test_a_toy_language_is_in_its_patterns_folders_registry_only(italian):
    assert "it" in supported_languages(italian)
    assert "it" not in supported_languages()
    with pytest.raises(UnknownLanguageError, match="unsupported language 'it'"):
        build_nlp("it", fast=True)
