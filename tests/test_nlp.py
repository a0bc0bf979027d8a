import pytest

from partex.nlp import MODELS_ENV, build_nlp, configured_models, ruler_patterns


def test_models_come_from_defaults_then_environment_then_options(monkeypatch):
    monkeypatch.setenv(MODELS_ENV, "en=en_core_web_md, es=es_core_news_sm")
    assert configured_models({"es": "es_core_news_md"}) == {
        "fr": "fr_core_news_md", "en": "en_core_web_md", "es": "es_core_news_md"}


@pytest.mark.parametrize("value", ["en", "=en_core_web_md", "en="])
def test_a_malformed_models_setting_is_refused(monkeypatch, value):
    monkeypatch.setenv(MODELS_ENV, value)
    with pytest.raises(ValueError, match=MODELS_ENV):
        configured_models()


def test_unsupported_language_is_refused():
    with pytest.raises(ValueError, match="unsupported language 'de'"):
        build_nlp("de", fast=True)


def test_acronyms_match_case_sensitively_and_names_case_insensitively():
    names, acronyms = ruler_patterns("fr")
    assert {"label": "ORG", "pattern": "ONU", "id": "UN"} in acronyms
    assert all(any(c.islower() for c in p["pattern"]) for p in names if isinstance(p["pattern"], str))
    assert any(p["label"] == "COUNTRY" and p["pattern"] == "Sénégal" for p in names)


def test_fast_pipeline_has_no_statistical_component():
    nlp = build_nlp("en", fast=True)
    assert "ner" not in nlp.pipe_names
    assert nlp.pipe_names[-3:] == ["partex_values", "partex_resolver", "partex_facts"]
