"""A head noun in capitals (and its lower-case adjectives) before `de` and a body the model names
is that body's organ, one ORG (`bodies._bare_heads_joined`); tests that need the trained model
(made-up text)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _orgs(extractor, text):
    return [r["text"] for r in extractor.extract(text, doc_id="t", lang="fr") if r["label"] == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("Le rapport a été transmis à la Présidence du Tribunal administratif et à la police.",
     "Présidence du Tribunal administratif"),
    ("Le Secrétariat permanent de la Conférence MIRAS à Dakar prépare les réunions.",
     "Secrétariat permanent de la Conférence MIRAS"),
    ("Le rapport a été remis au Secrétariat permanent de l'Organisation VELDA à Cotonou.",
     "Secrétariat permanent de l'Organisation VELDA"),
])
def test_an_organ_is_named_with_its_body(model_extractor, text, name):
    assert name in _orgs(model_extractor, text)


@pytest.mark.parametrize("text, left_out", [
    ("Le Centre a organisé un atelier avec la Banque africaine de développement.", "Centre"),
    ("La Direction générale a saisi des tonnes de drogue en 2023.", "Direction générale"),
])
def test_a_head_alone_joins_no_body(model_extractor, text, left_out):
    assert not any(o.startswith(left_out + " ") for o in _orgs(model_extractor, text))
