"""The learned ORG-or-OPERATION decision (`resolve/learned_labels.py`) with hand-written weights
(test data, not the shipped model), and its training script on a tiny made-up corpus.
Made-up names, rule-only pipeline."""

import json

import pytest

from mention_helpers import gold_corpus
from partex.facts.learned import LinearModel
from partex.resolve import learned_labels, train_labels

TEXT = ("The Zorvani Harbour Alliance (ZHA) opened in June. The ZHA trains pilots with INTERPOL "
        "and the World Customs Organization.")
# every name headed by a body's noun is a programme: a model no annotator would train
WEIGHTS = {"bias": -4.0, "head:org_head": 8.0}


def labels(extractor, text, lang="en"):
    return [(r["text"], r["label"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("ORG", "OPERATION")]


@pytest.fixture
def with_model(monkeypatch):
    def use(weights, to_operation=0.9, to_org=-0.01):
        model = learned_labels.LabelModel(LinearModel(weights), to_operation, to_org)
        monkeypatch.setattr(learned_labels, "model_of", lambda *_: model)
    return use


def test_a_confident_model_makes_a_made_up_body_a_programme_with_its_acronym(extractor, with_model):
    with_model(WEIGHTS)
    found = labels(extractor, TEXT)
    assert [label for text, label in found if text in ("Zorvani Harbour Alliance", "ZHA")] == ["OPERATION"] * 3


def test_gazetteer_names_keep_their_label(extractor, with_model):
    with_model(WEIGHTS)
    found = dict(labels(extractor, TEXT))
    assert found["World Customs Organization"] == "ORG" and found["INTERPOL"] == "ORG"


def test_the_rules_label_stands_below_the_threshold(extractor, with_model):
    with_model({"bias": -4.0, "head:org_head": 4.5})  # p = 0.62 < 0.9
    assert dict(labels(extractor, TEXT))["Zorvani Harbour Alliance"] == "ORG"


def test_a_programme_becomes_a_body_when_the_model_is_sure_it_is_not_one(extractor, with_model):
    text = "The Korvel Seed Programme (KSP) opened in June. The KSP trains farmers."
    assert dict(labels(extractor, text)).get("Korvel Seed Programme") == "OPERATION"
    with_model({"bias": -9.0}, to_org=0.05)
    assert {label for _, label in labels(extractor, text)} == {"ORG"}


def test_without_the_file_the_rules_decide(extractor, tmp_path, monkeypatch):
    assert learned_labels.load_model(str(tmp_path)) is None
    monkeypatch.setattr(learned_labels, "model_of", lambda *_: None)
    assert dict(labels(extractor, TEXT))["Zorvani Harbour Alliance"] == "ORG"


def test_the_model_file_is_read_with_its_thresholds(tmp_path):
    (tmp_path / learned_labels.MODEL_FILE).write_text(
        json.dumps({"weights": WEIGHTS, "to_operation": 0.8, "to_org": 0.1}), encoding="utf-8")
    model = learned_labels.load_model(str(tmp_path))
    assert (model.to_operation, model.to_org, model.model.weights) == (0.8, 0.1, WEIGHTS)
    assert model.label({"bias": 1.0, "head:org_head": 1.0}, "ORG") == "OPERATION"
    assert model.label({"bias": 1.0}, "ORG") == "ORG"
    assert model.label({"bias": 1.0}, "OPERATION") == "ORG"  # p = 0.018, under to_org
    assert model.label({"bias": 1.0, "head:org_head": 0.5}, "OPERATION") == "OPERATION"  # p = 0.5
    (tmp_path / learned_labels.MODEL_FILE).write_text("{}", encoding="utf-8")
    learned_labels.load_model.cache_clear()
    with pytest.raises(ValueError, match="not a label model"):
        learned_labels.load_model(str(tmp_path))


def test_training_labels_entities_by_the_gold_and_scores_each_set_held_out(tmp_path, extractor, capsys):
    pytest.importorskip("sklearn")
    one = gold_corpus(tmp_path / "one", {
        "en_1": "The Korvel Harvest Facility pays farmers. The Zorbal Farmers Union met in June.",
        "en_2": "The Dravin Coastal Facility pays fishers. The Dravin Fishers Union met in May."},
        [("en_1", "Korvel Harvest Facility", "OPERATION"), ("en_1", "Zorbal Farmers Union", "ORG"),
         ("en_2", "Dravin Coastal Facility", "OPERATION"), ("en_2", "Dravin Fishers Union", "ORG")])
    two = gold_corpus(tmp_path / "two", {
        "en_3": "The Malvo Water Facility pays towns. The Malvo Towns Union met in July."},
        [("en_3", "Malvo Water Facility", "OPERATION"), ("en_3", "Malvo Towns Union", "ORG")])
    sets = [train_labels.load_set(folder, None, extractor) for folder in (one, two)]
    samples = train_labels.examples(sets[0]["docs"], sets[0]["gold"])
    assert sorted(label for _, label in samples) == [0, 0, 1, 1]
    assert all("head:org_head" in f for f, label in samples if label == 0)
    out = tmp_path / "label_model.json"
    written = train_labels.train(sets, out, train_labels.Options(c=1.0))
    assert written == out.exists()  # it says what it did
    printed = capsys.readouterr().out
    assert "leave-one-set-out" in printed and "nested" in printed
    assert printed.count("\none ") + printed.count("\ntwo ") >= 2
    if out.exists():  # written only when the held-out sets gain
        assert learned_labels.model_from_json(json.loads(out.read_text(encoding="utf-8"))).model.weights


def test_the_pipeline_reads_the_model_of_its_own_patterns_folder(tmp_path):
    import shutil

    from partex.languages import DEFAULT_PATTERNS_DIR
    from partex.resolve.knowledge import build_knowledge

    root = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, root)
    (root / learned_labels.MODEL_FILE).unlink(missing_ok=True)
    assert build_knowledge("en", root).label_model is None
    (root / learned_labels.MODEL_FILE).write_text(json.dumps({"weights": WEIGHTS}), encoding="utf-8")
    learned_labels.load_model.cache_clear()
    loaded = build_knowledge("en", root).label_model
    assert loaded.model.weights == WEIGHTS
    assert loaded.patterns_dir == str(root)  # its features read that folder's fact words
