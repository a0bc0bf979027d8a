"""Helpers shared by the facts tests (the `fast` extractor is a fixture in conftest.py)."""

from __future__ import annotations


def tuples(analysis) -> set:
    """Every scored tuple of an analysis's facts (partex.facts.score)."""
    from partex.facts.score import records

    return {t for fact in records(analysis.facts) for t in fact.tuples}


def rule_tuples(text: str, lang: str, names: dict[str, tuple[str, str]], publisher: str | None = None) -> set:
    """The tuples of the facts the rules alone find in `text` (one sentence per line), whose
    mentions are every occurrence of the `names` (name → (label, norm))."""
    from partex.facts import Ref, find_facts
    from partex.facts.score import records

    mentions = []
    for name, (label, norm) in names.items():
        at = 0
        while (at := text.find(name, at)) >= 0:
            mentions.append(Ref(at, at + len(name), label, norm))
            at += len(name)
    sentences, start = [], 0
    for line in text.split("\n"):
        sentences.append((start, start + len(line)))
        start += len(line) + 1
    facts, _ = find_facts(text, lang, sorted(mentions), sentences, [], publisher=publisher, models={})
    rows = [{"doc_id": "t", "fact": f"f{i}", "type": f.type, "role": a.role, "norm": a.norm}
            for i, f in enumerate(facts, 1) for a in f.arguments]
    return {t for fact in records(rows) for t in fact.tuples}


def operation_values(tuples: set, role: str) -> set[str]:
    """The values of one role of the operations among scored tuples."""
    return {t[3] for t in tuples if t[0] == "OPERATION" and t[2] == role}


# The names of the made-up operation the operation tests share (Sahel Shield, led by INTERPOL in
# March 2023, with Lima and May 2019 standing for another event's place and date): each file adds its own.
OPERATION_NAMES = {
    "Sahel Shield": ("OPERATION", "Sahel Shield"),
    "INTERPOL": ("ORG", "INTERPOL"),
    "Lima": ("LOCATION", "Lima"),
    "Dakar": ("LOCATION", "Dakar"),
    "May 2019": ("DATE", "2019-05"),
    "mai 2019": ("DATE", "2019-05"),
    "mayo de 2019": ("DATE", "2019-05"),
    "March 2023": ("DATE", "2023-03"),
    "mars 2023": ("DATE", "2023-03"),
    "marzo de 2023": ("DATE", "2023-03"),
}
