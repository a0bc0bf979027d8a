"""A model's name that ends on a complement's noun (`… des crises`) takes the adjective right
after it, never a demonym (`complement_runs.model_names_continued`). The model's candidate is
given, so the tests hold whatever the trained model cuts (no model loaded)."""

from __future__ import annotations

import pytest


def _continued(text: str, model_name: str) -> list[str]:
    from types import SimpleNamespace

    from partex import provenance
    from partex.mention import Mention
    from partex.resolve.complement_runs import model_names_continued
    from partex.resolve.context import State
    from partex.resolve.knowledge import build_knowledge

    knowledge = build_knowledge("fr", None)
    ctx = SimpleNamespace(text=text, knowledge=knowledge, lexicon=knowledge.lexicon,
                          regexes=knowledge.regexes)
    start = text.index(model_name)
    state = State((Mention(start, start + len(model_name), "ORG", "", provenance.MODEL),))
    return [text[m.start:m.end] for m in model_names_continued(ctx, state)]


@pytest.mark.parametrize("text, model_name, name", [
    ("Le Réseau national de surveillance des crues saisonnières publie ses données.",
     "Réseau national de surveillance des crues", "Réseau national de surveillance des crues saisonnières"),
    ("Selon l'Office de gestion des eaux souterraines, la nappe baisse.",
     "Office de gestion des eaux", "Office de gestion des eaux souterraines"),
])
def test_a_name_ending_on_a_complement_takes_its_adjective(text, model_name, name):
    assert _continued(text, model_name) == [name]


@pytest.mark.parametrize("text, model_name", [
    # a demonym (of the `demonym` list) after the name is the text's, not the name's
    ("Le Service de surveillance des frontières canadien a saisi des armes.",
     "Service de surveillance des frontières"),
    # a name ending on its head's adjective (no complement's noun last) takes nothing more
    ("Le Bureau national publie ses chiffres.", "Bureau national"),
])
def test_no_adjective_is_taken_after_other_names(text, model_name):
    assert _continued(text, model_name) == []
