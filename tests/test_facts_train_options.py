"""Options of `python -m partex.facts.train`: `--cache DIR` keeps each corpus's extracted inputs in DIR and
reads them back on the next run (extracted anew when a text changes); `--wide` gives the wide pairs a
threshold of their own (a shift of their bias, chosen by cross-validation)."""

from __future__ import annotations

from pathlib import Path


def test_the_cache_extracts_a_corpus_once_and_again_after_an_edit(tmp_path, monkeypatch):
    from partex.facts import input_cache as train  # the one cache train.py and benchmarks/facts_eval.py share

    corpus = tmp_path / "texts"
    corpus.mkdir()
    (corpus / "en_a.txt").write_text("The Coast Agency works with the River Office.", encoding="utf-8")
    calls = []

    def extract(folder: Path) -> dict:
        calls.append(folder)
        return {"en_a": {"text": (folder / "en_a.txt").read_text(encoding="utf-8"), "n": len(calls)}}

    monkeypatch.setattr(train, "corpus_inputs", extract)
    cache = tmp_path / "cache"
    first = train.cached_inputs(corpus, cache)
    again = train.cached_inputs(corpus, cache)
    assert len(calls) == 1 and again == first and any(cache.iterdir())
    (corpus / "en_a.txt").write_text("The Coast Agency works with the Harbour Police today.", encoding="utf-8")
    edited = train.cached_inputs(corpus, cache)
    assert len(calls) == 2 and "Harbour" in edited["en_a"]["text"]
    assert train.cached_inputs(corpus, None)["en_a"]["n"] == 3  # no cache: extracted every time
    assert train.cached_inputs(corpus, cache, refresh=True)["en_a"]["n"] == 4  # refresh: extracted anew


def test_the_cache_extracts_anew_when_the_mention_stages_change(tmp_path, monkeypatch):
    from partex.facts import input_cache

    corpus = tmp_path / "texts"
    corpus.mkdir()
    (corpus / "en_a.txt").write_text("The Coast Agency works with the River Office.", encoding="utf-8")
    calls = []
    monkeypatch.setattr(input_cache, "corpus_inputs", lambda folder: calls.append(folder) or {"en_a": {}})
    cache = tmp_path / "cache"
    monkeypatch.setattr(input_cache, "mentions_version", lambda: "code and patterns, version 1")
    input_cache.cached_inputs(corpus, cache)
    input_cache.cached_inputs(corpus, cache)
    monkeypatch.setattr(input_cache, "mentions_version", lambda: "code and patterns, version 2")
    input_cache.cached_inputs(corpus, cache)
    assert len(calls) == 2


def test_the_mentions_version_leaves_out_the_facts_stage_own_files():
    from partex.facts.input_cache import _OWN_PATTERNS, mentions_version

    assert len(mentions_version()) == 40 and "facts.jsonl" in _OWN_PATTERNS


def test_the_cache_option_reaches_the_reader(tmp_path, monkeypatch):
    from partex.facts import train

    seen = []
    monkeypatch.setattr(train, "cached_inputs", lambda folder, cache: seen.append(cache) or {})
    monkeypatch.setattr(train, "train_models", lambda *a, **k: ({}, {}))
    gold = tmp_path / "gold.csv"
    gold.write_text("doc_id,fact,type,role,norm\n", encoding="utf-8")
    train.main(["--corpus", str(tmp_path), "--gold", str(gold), "--cache", str(tmp_path / "c"),
                "--out", str(tmp_path / "model.json")])
    assert seen == [tmp_path / "c"]


def test_the_wide_pairs_threshold_moves_only_their_bias():
    from partex.facts.train import shifted

    weights = {"bias": -0.5, "stated": 1.5, "wide:bias": 0.25, "wide:publisher": 1.0}
    assert shifted(weights, -1.0) == {**weights, "wide:bias": -0.75}
    assert shifted(weights, None) == {"bias": -0.5, "stated": 1.5}  # no wide weights: no wide pair proposed
    assert shifted({"bias": 1.0}, -1.0) == {"bias": 1.0}


def test_rewriting_the_model_file_keeps_the_models_it_does_not_train(tmp_path):
    # a `member` model written by member_train survives a retrain of the pair model
    import json

    from partex.facts.train import _other_models

    out = tmp_path / "facts_model.json"
    out.write_text(json.dumps({"models": {"pair": {"weights": {"a": 1.0}},
                                          "member": {"threshold": 0.9, "weights": {"b": 2.0}}}}))
    assert _other_models(out, {"pair"}) == {"member": {"threshold": 0.9, "weights": {"b": 2.0}}}
    assert _other_models(tmp_path / "none.json", {"pair"}) == {}
