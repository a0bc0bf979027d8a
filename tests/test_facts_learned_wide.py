"""Wide partnership candidates (issue 11, `wide_pairs`): every two bodies of a sentence with a word of
cooperation that the structure links in no way are proposed, with features of their own (`wide:`),
only when the model has weights for them; the model's weights decide which it keeps."""

from __future__ import annotations

import pytest

from facts_helpers import rule_document

NAMES = {"Coast Agency": ("ORG", "Coast"), "River Office": ("ORG", "River"), "Harbour Police": ("ORG", "Harbour"),
         "Agence côtière": ("ORG", "Coast"), "Office fluvial": ("ORG", "River")}
# the cue of partnership stands after both bodies, in a clause of its own: no rule links them
LOOSE = {"en": "The Coast Agency trained inspectors last year, and the River Office shared its partnership experience.",
         "fr": "L'Agence côtière a formé des inspecteurs, et l'Office fluvial a partagé son expérience de coopération."}
# only a word of taking part: the structure links the two that take part, not the first body with them
TAKING_PART = "The Coast Agency opened a station in the delta; the River Office and the Harbour Police took part in its work."


def _candidates(text: str, lang: str, wide: bool) -> dict[tuple, dict]:
    from partex.facts.candidates import pair_candidates
    from partex.facts.decide import blocked_sentences, rule_pairs

    doc, facts = rule_document(text, lang, NAMES)
    return {c.key: c.features for c in pair_candidates(doc, rule_pairs(doc, facts), blocked_sentences(doc, facts),
                                                       wide=wide)}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_bodies_of_a_cooperation_sentence_are_a_wide_candidate_only_when_asked(lang):
    assert ("Coast", "River") not in _candidates(LOOSE[lang], lang, wide=False)
    features = _candidates(LOOSE[lang], lang, wide=True)[("Coast", "River")]
    assert features["wide:bias"] == 1.0 and features["wide:cue=partnership_cue"] == 1.0
    assert "stated" not in features  # the structure's features are not read for them


def test_a_structure_pair_keeps_its_own_features():
    found = _candidates(TAKING_PART, "en", wide=True)
    assert "wide:bias" not in found[("Harbour", "River")]
    assert "wide:bias" in found[("Coast", "River")] and "wide:cue=partnership_cue" not in found[("Coast", "River")]


def _pairs(text: str, lang: str, extra: dict[str, float] | None) -> set:
    from partex.facts import find_facts
    from partex.facts.learned import LinearModel, load_models
    from facts_helpers import line_sentences, name_mentions

    shipped = load_models()["pair"]
    model = LinearModel({**shipped.weights, **(extra or {})}, shipped.threshold)
    facts, _ = find_facts(text, lang, name_mentions(text, NAMES), line_sentences(text), [], models={"pair": model})
    return {frozenset(a.norm for a in f.arguments) for f in facts if f.type == "PARTNERSHIP"}


# a made-up model: a wide pair is a partnership where the sentence holds a cue of partnership
WEIGHTS = {"wide:bias": -3.0, "wide:cue=partnership_cue": 4.0}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_model_keeps_a_wide_pair_its_weights_accept(lang):
    assert frozenset(("Coast", "River")) in _pairs(LOOSE[lang], lang, WEIGHTS)
    # a model with no weights for them proposes none: the rules' own pairs stand as before
    assert frozenset(("Coast", "River")) not in _pairs(LOOSE[lang], lang, None)


def test_the_model_rejects_a_wide_pair_its_weights_do_not_accept():
    found = _pairs(TAKING_PART, "en", WEIGHTS)
    assert not any("Coast" in pair for pair in found)
