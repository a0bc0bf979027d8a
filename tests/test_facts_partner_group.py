"""A plural noun of partners with no figure (`the partners`, `los socios`, `les partenaires`) names
back no determined set of bodies: it is no pair reference standing for the last two bodies named
(facts20b, issue 11: `The partners jointly select …` paired two donors of another sentence, `on
behalf of the partners, in cooperation with X` two bodies with X)."""

from __future__ import annotations

import pytest

from partex.facts import Ref, analyse

_TEXTS = {
    "en": ("The fund was set up by ISDB and the Gates Foundation.", "KFAED and QFFD joined it in 2018.",
           "The partners jointly select projects in three areas.", "Both organisations meet in Jeddah."),
    "es": ("El fondo fue creado por el BIsD y la Fundación Gates.", "El KFAED y el QFFD se sumaron en 2018.",
           "Los socios seleccionan conjuntamente los proyectos.", "Ambas organizaciones se reúnen en Yeda."),
    "fr": ("Le fonds a été créé par la BIsD et la Fondation Gates.", "Le KFAED et le QFFD l'ont rejoint en 2018.",
           "Les partenaires sélectionnent ensemble les projets.", "Les deux organisations se réunissent à Djeddah."),
}
_NAMES = {"ISDB": "ISDB", "BIsD": "ISDB", "Gates": "Gates Foundation", "KFAED": "KFAED", "QFFD": "QFFD"}


def _references(lang: str) -> list[list[str]]:
    """The norms each sentence refers back to (its REFERENCE actors)."""
    lines = _TEXTS[lang]
    text = "\n".join(lines)
    sentences, start = [], 0
    for line in lines:
        sentences.append((start, start + len(line)))
        start += len(line) + 1
    mentions = []
    for name, norm in _NAMES.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if name == "Gates":  # the whole name, as the mentions stage gives it
                at, end = text.rfind(" ", 0, text.rfind(" ", 0, at)) + 1, end
            mentions.append(Ref(at, end, "ORG", norm))
            at = text.find(name, at + len(name) + 1 if name != "Gates" else end)
    doc, _ = analyse(text, lang, sorted(mentions), sentences, [])
    return [[a.norm for a in doc.actors(s) if a.label == "REFERENCE"] for s in doc.sentences]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_the_partners_name_back_no_two_bodies(lang):
    found = _references(lang)
    assert found[2] == []  # `The partners …`: no determined bodies
    assert len(set(found[3])) == 2  # `Both organisations`: two bodies named before, as ever
