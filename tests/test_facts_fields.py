"""A fact sheet's field (`- Partners: A, B, C`) lists values of its label, and a group named
back by a figure of members (`the six member states`) names members of a body: neither gives
pairs of partners among the bodies (rules or learned model)."""

from __future__ import annotations

import pytest

from partex.facts import Ref, find_facts
from partex.facts.score import records
from partex.facts import fact_rows


def _pairs(lines: list[str], lang: str, names: dict[str, tuple[str, str]]) -> set:
    text = "\n".join(lines) + "\n"
    sentences, at = [], 0
    for line in lines:
        sentences.append((at, at + len(line)))
        at += len(line) + 1
    mentions = []
    for t, (label, norm) in names.items():
        start = text.find(t)
        while start >= 0:
            mentions.append(Ref(start, start + len(t), label, norm))
            start = text.find(t, start + len(t))
    facts, _ = find_facts(text, lang, sorted(mentions), sentences, [], models=None)
    rows = [{"doc_id": "t", **row} for row in fact_rows(facts, "t", text)]
    return {t for fact in records(rows) for t in fact.tuples if t[0] == "PARTNERSHIP"}


ORGS = {"Norvale Agency": ("ORG", "NA"), "Ostrel Bank": ("ORG", "OB"), "Quintar Fund": ("ORG", "QF"),
        "Velmor Institute": ("ORG", "VI")}


@pytest.mark.parametrize("lang,lines", [
    ("en", ["The Velmor Institute studies river basins in the region.", "- Partners: Norvale Agency, Ostrel Bank, Quintar Fund"]),
    ("fr", ["Le Velmor Institute étudie les bassins fluviaux de la région.", "- Partenaires : Norvale Agency, Ostrel Bank et Quintar Fund"]),
    ("es", ["El Velmor Institute estudia las cuencas fluviales de la región.", "- Socios: Norvale Agency, Ostrel Bank y Quintar Fund"]),
])
def test_field_list_gives_no_pairs_among_its_values(lang, lines):
    assert not {t for t in _pairs(lines, lang, ORGS) if set(t[1]) <= {"NA", "OB", "QF"}}


STATES = {"Arland": ("COUNTRY", "ARL"), "Belvia": ("COUNTRY", "BEL"), "Corvan": ("COUNTRY", "COR"),
          "Ostrel Commission": ("ORG", "OC")}


@pytest.mark.parametrize("lang,lines,figure", [
    ("en", ["Arland, Belvia and Corvan share a long coastline.",
            "The three member states set up the Ostrel Commission to manage the shared fish stocks together."],
     "three member states"),
    ("fr", ["L'Arland, la Belvia et le Corvan partagent un long littoral.",
            "Les trois États membres ont créé ensemble l'Ostrel Commission pour gérer les stocks communs."],
     "trois États membres"),
    ("es", ["Arland, Belvia y Corvan comparten una larga costa.",
            "Los tres Estados miembros crearon juntos la Ostrel Commission para gestionar las poblaciones compartidas."],
     "tres Estados miembros"),
])
def test_group_of_member_states_named_back_gives_no_pairs(lang, lines, figure):
    names = {**STATES, figure: ("FIGURE", "3 member state")}
    assert not {t for t in _pairs(lines, lang, names) if set(t[1]) <= {"ARL", "BEL", "COR"}}


def _pipeline_pairs(fast, text, lang):
    analysis = fast.analyse(text, doc_id="t", lang=lang)
    return {t[1] for fact in records(analysis.facts) for t in fact.tuples if t[0] == "PARTNERSHIP"}


def test_field_line_of_a_fact_sheet_gives_no_learned_pairs(fast):
    text = ("Velmor Basin Observatory\n\nThe Velmor Basin Observatory monitors water quality along the "
            "river. It works with national agencies in the region.\n\n- Founded: 2004\n- Partners: "
            "Norvale Water Agency, Ostrel Development Bank, Quintar Climate Fund\n- Seat: Lisbon\n")
    assert not _pipeline_pairs(fast, text, "en")


def test_member_states_named_back_give_no_learned_pairs(fast):
    text = ("The Ostrel Fisheries Commission brings together Ghana, Togo and Benin. The three member "
            "states cooperate on patrols and share catch data with the commission.")
    assert not _pipeline_pairs(fast, text, "en")
