"""A name is never read as a function word: a mention whose words are also a relative pronoun,
an article or a preposition of the language (the organisation `WHO`, `QUI`, `QUIEN`) is a body
named in the list, not the opening of a clause."""

from __future__ import annotations

import pytest

from partex.facts import Ref, find_facts
from partex.facts.score import records


def _facts(text: str, lang: str, names: dict[str, tuple[str, str]]) -> set:
    """The tuples of the facts the rules find in one sentence whose mentions are `names`
    (text → label, norm), each at its first place in the text."""
    mentions = [Ref(text.index(t), text.index(t) + len(t), label, norm) for t, (label, norm) in names.items()]
    facts, _ = find_facts(text, lang, mentions, [(0, len(text))], [], models={})
    rows = [{"doc_id": "t", **row} for row in _rows(facts)]
    return {t for fact in records(rows) for t in fact.tuples}


def _rows(facts) -> list[dict]:
    return [{"fact": f"f{i}", "type": f.type, "role": a.role, "norm": a.norm}
            for i, f in enumerate(facts, 1) for a in f.arguments]


@pytest.mark.parametrize("lang, text, name", [
    ("en", "FAO, UNEP and WHO signed a memorandum of understanding on 3 May 2021.", "WHO"),
    ("fr", "La FAO, le PNUE et QUI ont signé un protocole d'accord le 3 mai 2021.", "QUI"),
    ("es", "La FAO, el PNUMA y QUIEN firmaron un memorando de entendimiento el 3 de mayo de 2021.", "QUIEN"),
])
def test_a_name_that_is_also_a_relative_pronoun_is_a_party_of_the_list(lang, text, name):
    unep = "PNUE" if lang == "fr" else "PNUMA" if lang == "es" else "UNEP"
    date = next(d for d in ("3 May 2021", "3 mai 2021", "3 de mayo de 2021") if d in text)
    found = _facts(text, lang, {"FAO": ("ORG", "FAO"), unep: ("ORG", "UNEP"), name: ("ORG", "X"),
                                date: ("DATE", "2021-05-03")})
    assert {("AGREEMENT", ("fao", "x"), "date", "2021-05-03"),
            ("AGREEMENT", ("unep", "x"), "date", "2021-05-03")} <= found


def test_the_plain_text_masks_the_names_and_keeps_the_offsets():
    from partex.facts.document import FactDocument
    from partex.facts.words import load_fact_words

    text = "FAO and WHO, who work together."
    doc = FactDocument.build(text, load_fact_words("en"), [Ref(0, 3, "ORG", "FAO"), Ref(8, 11, "ORG", "WHO")],
                             [(0, len(text))], [])
    assert doc.plain == "xxx and xxx, who work together."
