"""The learned finder of uncovered names (`resolve/learned_names.py`) with hand-written weights
(test data, not a trained model), and its training script on a tiny made-up corpus.
Made-up names, rule-only pipeline."""

import json

import pytest

from mention_helpers import gold_corpus
from partex.resolve import learned_names, train_names

# a name after the language's agent preposition (`by`, `par`, `por`) is a body; after its
# preposition of places (`in`, `à`, `en`) a place: a model no annotator would train
WEIGHTS = {"ORG": {"bias": -4.0, "before:agent_preposition": 8.0, "list_prev:ORG": 8.0},
           "LOCATION": {"bias": -4.0, "before:place_in_preposition": 8.0}}
SENTENCES = {
    "en": "The survey was funded by Tarvelo Brennik and shared with partners.",
    "fr": "L'étude a été financée par Tarvelo Brennik la semaine dernière.",
    "es": "El estudio fue financiado por Tarvelo Brennik el año pasado.",
}


def found(extractor, text, lang):
    return [(r["text"], r["label"]) for r in extractor.extract(text, doc_id="t", lang=lang)]


@pytest.fixture
def with_model(monkeypatch):
    def use(weights=WEIGHTS, thresholds=None):
        model = learned_names.NamesModel(weights, thresholds or dict.fromkeys(learned_names.LABELS, 0.5))
        monkeypatch.setattr(learned_names, "model_of", lambda *_: model)
    return use


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_an_uncovered_name_the_model_is_sure_of_is_added(extractor, with_model, lang):
    assert ("Tarvelo Brennik", "ORG") not in found(extractor, SENTENCES[lang], lang)
    with_model()
    assert ("Tarvelo Brennik", "ORG") in found(extractor, SENTENCES[lang], lang)


def test_a_name_between_two_bodies_of_a_list_is_read_with_them(extractor, with_model):
    # bodies the capitalised heuristic finds: a list rule reads a name in title case beside an
    # acronym or a gazetteer's name (`lists._titled_bodies`), not beside these
    text = "Le Bureau Varnel, Tarvelo Brennik et l'Office Korvel ont parlé."
    assert ("Tarvelo Brennik", "ORG") not in found(extractor, text, "fr")
    with_model()
    assert found(extractor, text, "fr") == [("Bureau Varnel", "ORG"), ("Tarvelo Brennik", "ORG"),
                                            ("Office Korvel", "ORG")]


def test_below_its_threshold_or_without_one_a_label_is_not_added(extractor, with_model):
    with_model(thresholds={"ORG": 0.99})  # p = 0.98
    assert ("Tarvelo Brennik", "ORG") not in found(extractor, SENTENCES["en"], "en")
    with_model(thresholds={"LOCATION": 0.5})
    assert ("Tarvelo Brennik", "ORG") not in found(extractor, SENTENCES["en"], "en")


def test_found_mentions_and_a_sentences_lone_first_word_are_no_candidates(extractor, with_model):
    with_model({"ORG": {"bias": 9.0}})  # every candidate a body
    text = "Yesterday the Korvel Seed Union met INTERPOL in Lyon. KRV TEAM 7 came."
    names = dict(found(extractor, text, "en"))
    assert "Yesterday" not in names and names["INTERPOL"] == "ORG"
    assert names["KRV TEAM 7"] == "ORG"


@pytest.mark.parametrize("lang, text", [("fr", "La Commission au Niger a publié un avis."),
                                        ("en", "The report says the Secretariat in Oslo agreed."),
                                        ("es", "Según el informe, la Secretaría en Quito lo aprobó.")])
def test_a_lone_head_that_refers_back_is_left_to_the_back_references(extractor, with_model, lang, text):
    with_model({"ORG": {"bias": 9.0}})  # every candidate a body
    assert not [t for t, label in found(extractor, text, lang) if label == "ORG"]


def test_without_the_file_nothing_changes(extractor, tmp_path, monkeypatch):
    assert learned_names.load_model(str(tmp_path)) is None
    before = found(extractor, SENTENCES["en"], "en")
    monkeypatch.setattr(learned_names, "model_of", lambda *_: None)
    assert found(extractor, SENTENCES["en"], "en") == before


def test_the_model_file_is_read_with_its_thresholds(tmp_path):
    (tmp_path / learned_names.MODEL_FILE).write_text(
        json.dumps({"weights": WEIGHTS, "thresholds": {"ORG": 0.9}}), encoding="utf-8")
    model = learned_names.load_model(str(tmp_path))
    assert model.weights == WEIGHTS and model.thresholds == {"ORG": 0.9}
    assert model.label({"bias": 1.0, "before:agent_preposition": 1.0}) == "ORG"
    assert model.label({"bias": 1.0, "before:place_in_preposition": 1.0}) is None  # no threshold
    assert model.label({"bias": 1.0}) is None  # `none` is the likeliest
    (tmp_path / learned_names.MODEL_FILE).write_text("{}", encoding="utf-8")
    learned_names.load_model.cache_clear()
    with pytest.raises(ValueError, match="not a names model"):
        learned_names.load_model(str(tmp_path))


def test_the_pipeline_reads_the_model_of_its_own_patterns_folder(tmp_path):
    import shutil

    from partex.languages import DEFAULT_PATTERNS_DIR
    from partex.resolve.knowledge import build_knowledge

    root = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, root)
    (root / learned_names.MODEL_FILE).unlink(missing_ok=True)
    assert build_knowledge("en", root).names_model is None
    (root / learned_names.MODEL_FILE).write_text(json.dumps({"weights": WEIGHTS, "thresholds": {"ORG": 0.5}}),
                                                 encoding="utf-8")
    learned_names.load_model.cache_clear()
    assert build_knowledge("en", root).names_model.weights == WEIGHTS


def test_training_labels_candidates_by_the_gold_and_scores_each_set_held_out(tmp_path, extractor, capsys):
    pytest.importorskip("sklearn")
    from partex.unlisted import KnownNames

    one = gold_corpus(tmp_path / "one", {
        "en_1": "The plan was funded by Korvel Brennik and shared. Boats went to Dravin Cove.",
        "en_2": "The school was funded by Malvo Tessar last year. Trucks went to Zorbal Cove."},
        [("en_1", "Korvel Brennik", "ORG"), ("en_2", "Malvo Tessar", "ORG")])
    two = gold_corpus(tmp_path / "two", {
        "en_3": "The clinic was funded by Quelvo Darran in May. Ships went to Talvor Cove."},
        [("en_3", "Quelvo Darran", "ORG")])
    sets = [train_names.load_set(folder, None, extractor) for folder in (one, two)]
    samples = train_names.examples(sets[0])
    assert sorted(label for _, label in samples).count("ORG") == 2
    assert all("before:agent_preposition" in f for f, label in samples if label == "ORG")
    model = train_names.fit(samples + train_names.examples(sets[1]), c=10.0)
    bodies = [f for f, label in samples if label == "ORG"]
    assert len(bodies) == 2 and all(model.probabilities(f)["ORG"] > 0.5 for f in bodies)
    assert all(model.probabilities(f)["ORG"] < 0.5 for f, label in samples if label == "none")
    held_out = train_names.leave_one_set_out(sets, KnownNames({}), c=10.0)
    rows = train_names.rows_at(held_out, KnownNames({}), {"ORG": 0.5})
    assert {r["set"] for r in rows} == {"one", "two"} and all("ORG_learned" in r for r in rows)
    out = tmp_path / "names_model.json"
    train_names.main(["--corpus", str(one), "--corpus", str(two), "--leave-one-out", "--out", str(out)],
                     extractor)
    assert not out.exists()  # --leave-one-out writes nothing
    printed = capsys.readouterr().out
    assert "missed entirely" in printed and "no model written" in printed


def test_a_word_class_no_lexicon_holds_fails_loudly(monkeypatch):
    from partex.lexicon import load_lexicon

    monkeypatch.setattr(learned_names, "NEAR_CLASSES", learned_names.NEAR_CLASSES + ("no_such_class",))
    with pytest.raises(KeyError, match="no_such_class"):
        learned_names._classes(load_lexicon("en"))


# the shipped model (patterns/names_model.json) adds places only: a made-up place after another
# place and the language's preposition of destination, which no rule reads as a place
PLACES = {
    "en": ("Aid went from Lyon to Korvasta Island and Dravelin in May.", "Korvasta Island"),
    "fr": ("L'équipe est allée de Lyon à Port Korvasta.", "Port Korvasta"),
    "es": ("El equipo viajó de Lima a Korvasta y luego a Dravelin.", "Korvasta"),
}
_MARGIN = 0.05  # how far above its threshold a place of these tests stands, so that a retrained model keeps them


def test_the_shipped_model_has_a_threshold_for_places_alone():
    from partex.languages import DEFAULT_PATTERNS_DIR

    learned_names.load_model.cache_clear()
    model = learned_names.load_model(str(DEFAULT_PATTERNS_DIR))
    assert model is not None and set(model.thresholds) == {"LOCATION"}
    assert set(model.thresholds) == set(train_names.SHIPPED_LABELS)


def _place_probability(extractor, monkeypatch, text, lang, name):
    """The shipped model's probability that `name` is a place, read as the stage sees it."""
    seen = {}
    real = learned_names.NamesModel.label

    def spy(model, features, thresholds=None):
        seen.setdefault("model", model)
        return real(model, features, thresholds)

    cut = learned_names.candidates

    def candidates(ctx, kept):
        found_now = cut(ctx, kept)
        seen.update({ctx.text[c.start:c.end]: c.features for c in found_now})
        return found_now

    with monkeypatch.context() as patch:
        patch.setattr(learned_names.NamesModel, "label", spy)
        patch.setattr(learned_names, "candidates", candidates)
        found(extractor, text, lang)
    assert name in seen, f"{name!r} is no candidate of {text!r}"
    return seen["model"].probabilities(seen[name])["LOCATION"], seen["model"].thresholds["LOCATION"]


@pytest.mark.parametrize("lang", sorted(PLACES))
def test_the_shipped_model_adds_a_place_the_rules_miss_and_no_body(extractor, monkeypatch, lang):
    text, name = PLACES[lang]
    p, threshold = _place_probability(extractor, monkeypatch, text, lang, name)
    assert p >= threshold + _MARGIN, f"{name!r} is a place at {p:.3f}, too close to the threshold {threshold}"
    with_file = found(extractor, text, lang)
    monkeypatch.setattr(learned_names, "model_of", lambda *_: None)
    rules = found(extractor, text, lang)
    assert (name, "LOCATION") not in rules and (name, "LOCATION") in with_file
    assert {label for t, label in with_file if (t, label) not in rules} == {"LOCATION"}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_the_shipped_model_adds_no_body(extractor, lang):
    # a body after the agent preposition, which the rules leave: the model labels it as nothing
    assert not [t for t, _ in found(extractor, SENTENCES[lang], lang) if "Tarvelo Brennik" in t]


@pytest.mark.parametrize("text, name", [
    ("Aid was sent to Smith and Lyon.", "Smith"),
    ("Aid was sent to Headquarters and Lyon.", "Headquarters"),
    ("Aid was sent to Korvel Holdings and Lyon.", "Korvel Holdings"),
    ("Supplies were flown to Brennik and Marseille in May.", "Brennik"),
])
def test_a_word_a_place_beside_it_alone_vouches_for_is_no_place(extractor, text, name):
    """One capitalised word in `to X and <Place>` is no place for the list alone: the shipped model
    must be surer of it than of a place with words of its own around it."""
    assert (name, "LOCATION") not in found(extractor, text, "en")


@pytest.mark.parametrize("lang, text", [
    ("en", "Trade grew across East and Southeast Asia."),
    ("fr", "Le commerce a crû vers Ouest et Asie centrale."),
    ("es", "El comercio creció entre Norte y Asia Central."),
])
def test_one_word_before_a_conjunction_and_a_place_of_more_words_is_not_added(extractor, with_model, lang, text):
    # the first of two places sharing a head is none alone, as the rules leave it
    with_model({"LOCATION": {"bias": 9.0}}, {"LOCATION": 0.5})  # every candidate a place
    names = found(extractor, text, lang)
    assert len(names) == 1 and names[0][1] == "LOCATION" and " " in names[0][0]


@pytest.mark.parametrize("data", [
    {"weights": {"PLACE": {"bias": 1.0}}, "thresholds": {}},
    {"weights": {"LOCATION": {"bias": 1.0}}, "thresholds": {"none": 0.5}},
])
def test_a_model_file_with_a_label_outside_the_labels_fails_naming_the_file(tmp_path, data):
    (tmp_path / learned_names.MODEL_FILE).write_text(json.dumps(data), encoding="utf-8")
    learned_names.load_model.cache_clear()
    with pytest.raises(ValueError, match=learned_names.MODEL_FILE):
        learned_names.load_model(str(tmp_path))
    learned_names.load_model.cache_clear()
