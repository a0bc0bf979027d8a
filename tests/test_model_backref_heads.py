"""A body's back-reference head read alone as a place by the model (`Le Secrétariat est dirigé
par …`, `le Centre distribue …`) is no place: the span's words are compared in lower case with
the heads (`backref_org_head`, written capitalised in the lexicon). Model spans are given, so
the tests hold whatever the trained model reads (no model loaded)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest


def _label(text: str, word: str, lang: str) -> str | None:
    import spacy

    from partex.resolve.candidates import _model_label
    from partex.resolve.knowledge import build_knowledge

    knowledge = build_knowledge(lang, None)
    ctx = SimpleNamespace(text=text, knowledge=knowledge, lexicon=knowledge.lexicon, regexes=knowledge.regexes)
    doc = spacy.blank(lang)(text)
    start = text.index(word)
    span = doc.char_span(start, start + len(word))
    return _model_label(ctx, span, "LOCATION", knowledge.lexicon.words("generic"))


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Le Secrétariat est dirigé par Marie Lenoir depuis 2020.", "Secrétariat"),
    ("fr", "Avec l'appui de la Division, le Centre distribue des semences saines.", "Centre"),
    ("es", "La Secretaría tiene su sede en Wellington desde 2012.", "Secretaría"),
    ("en", "The Secretariat is based in Apia and serves 26 members.", "Secretariat"),
])
def test_a_body_head_alone_is_no_place(lang, text, word):
    assert _label(text, word, lang) is None


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "La délégation s'est rendue à Valmorena en mars.", "Valmorena"),
    ("es", "La delegación viajó a Valmorena en marzo.", "Valmorena"),
])
def test_a_place_stays_a_place(lang, text, word):
    assert _label(text, word, lang) == "LOCATION"
