"""A word naming an operation back by its kind (`the project`, `le programme`, `el programa`)
speaks of the operation the title names when that one is of the kind and the operation named last
is not (`Rail X: …` … `the X project` … `part of the Y network` … `Oxfam supports the project`:
Oxfam takes part in X, not Y); where the operation named last is of the kind too, it stays
with it (`operation_kinds`)."""

from __future__ import annotations

import pytest

from facts_helpers import line_blocks, rule_document, rule_tuples

NAMES = {
    "Blue Corridor": ("OPERATION", "Blue Corridor"),
    "Northern Grid": ("OPERATION", "Northern Grid"),
    "Oxfam": ("ORG", "Oxfam"),
}


def _partners(text: str, lang: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for t in rule_tuples(text, lang, NAMES, blocks=line_blocks(text)):
        if t[0] == "OPERATION" and t[2] == "partner":
            found.setdefault(t[1], set()).add(t[3])
    return found


@pytest.mark.parametrize("lang, text", [
    ("en", "Blue Corridor: one railway for three ports\n"
           "The Blue Corridor project is a new railway linking the three ports. It belongs to the Northern Grid "
           "network of lines. Oxfam supports the project with advice on resettlement."),
    ("fr", "Blue Corridor : un chemin de fer pour trois ports\n"
           "Le projet Blue Corridor est une nouvelle ligne reliant les trois ports. Il appartient au réseau "
           "Northern Grid. Oxfam soutient le projet par ses conseils sur la réinstallation."),
    ("es", "Blue Corridor: un ferrocarril para tres puertos\n"
           "El proyecto Blue Corridor es una nueva línea que une los tres puertos. Forma parte de la red Northern "
           "Grid. Oxfam apoya el proyecto con asesoría sobre el reasentamiento."),
])
def test_the_kind_word_names_back_the_title_operation_of_that_kind(lang, text):
    found = _partners(text.replace(". ", ".\n"), lang)
    assert "oxfam" in found.get("blue corridor", set()), found
    assert "oxfam" not in found.get("northern grid", set()), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Blue Corridor: one railway for three ports\n"
           "The Blue Corridor project is a new railway linking the three ports. The Northern Grid project will "
           "extend it north. Oxfam supports the project with advice on resettlement."),
    ("fr", "Blue Corridor : un chemin de fer pour trois ports\n"
           "Le projet Blue Corridor est une nouvelle ligne reliant les trois ports. Le projet Northern Grid la "
           "prolongera au nord. Oxfam soutient le projet par ses conseils sur la réinstallation."),
    ("es", "Blue Corridor: un ferrocarril para tres puertos\n"
           "El proyecto Blue Corridor es una nueva línea que une los tres puertos. El proyecto Northern Grid la "
           "prolongará al norte. Oxfam apoya el proyecto con asesoría sobre el reasentamiento."),
])
def test_the_kind_word_stays_with_the_last_operation_of_that_kind(lang, text):
    found = _partners(text.replace(". ", ".\n"), lang)
    assert "oxfam" in found.get("northern grid", set()), found
    assert "oxfam" not in found.get("blue corridor", set()), found


@pytest.mark.parametrize("lang, last, expected", [
    # review, twentieth session: a kind word a relative or a complement follows names another undertaking
    ("en", "Oxfam criticised the project that WHO runs in the hills.", False),
    ("en", "Oxfam supports the project in the hills.", True),
    ("fr", "Oxfam a critiqué le projet de l'OMS dans les collines.", False),
    ("fr", "Oxfam soutient le projet dans les collines.", True),
    # an elided linker opens a complement too
    ("fr", "Oxfam a critiqué le projet d'Interpol dans les collines.", False),
    ("es", "Oxfam criticó el proyecto que la OMS lleva a cabo en las colinas.", False),
    ("es", "Oxfam apoya el proyecto en las colinas.", True),
])
def test_a_kind_word_before_a_relative_names_nothing_back(lang, last, expected):
    from partex.facts.operation_kinds import Kinds

    first = {"en": "The Blue Corridor project links the ports.", "fr": "Le projet Blue Corridor relie les ports.",
             "es": "El proyecto Blue Corridor une los puertos."}[lang]
    second = {"en": "The Northern Grid network plants trees.", "fr": "Le réseau Northern Grid plante des arbres.",
              "es": "La red Northern Grid planta árboles."}[lang]
    names = {n: ("OPERATION", n) for n in ("Blue Corridor", "Northern Grid")}
    doc, _ = rule_document("\n".join([first, second, last]), lang, names)
    assert Kinds(doc).speaks_of(doc.sentences[2], "Blue Corridor", ["Northern Grid"]) is expected
