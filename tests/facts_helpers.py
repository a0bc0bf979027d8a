"""Helpers shared by the facts tests (the `fast` extractor is a fixture in conftest.py)."""

from __future__ import annotations


def tuples(analysis) -> set:
    """Every scored tuple of an analysis's facts (partex.facts.score)."""
    from partex.facts.score import records

    return {t for fact in records(analysis.facts) for t in fact.tuples}


def operation_tuples(fast, text: str, lang: str) -> set:
    """The OPERATION tuples the extractor finds in `text`, without their type."""
    return {t[1:] for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "OPERATION"}


def name_mentions(text: str, names: dict[str, tuple[str, str]], longest_first: bool = False) -> list:
    """Every occurrence of the `names` (name → (label, norm)) in a made-up text, as sorted mentions;
    with `longest_first`, a name inside a longer one already taken is no mention of its own."""
    from partex.facts import Ref

    mentions, taken = [], set()
    for name, (label, norm) in (sorted(names.items(), key=lambda kv: -len(kv[0])) if longest_first else names.items()):
        at = 0
        while (at := text.find(name, at)) >= 0:
            span = set(range(at, at + len(name)))
            if not (longest_first and taken & span):
                taken |= span
                mentions.append(Ref(at, at + len(name), label, norm))
            at += len(name)
    return sorted(mentions)


def line_sentences(text: str) -> list[tuple[int, int]]:
    """Each line of a made-up text as a sentence of its own."""
    sentences, start = [], 0
    for line in text.split("\n"):
        sentences.append((start, start + len(line)))
        start += len(line) + 1
    return sentences


def rule_document(text: str, lang: str, names: dict[str, tuple[str, str]], publisher: str | None = None):
    """The document as the facts stage reads it (one sentence per line, the `names` its mentions),
    and the facts the rules find in it."""
    from partex.facts import analyse

    return analyse(text, lang, name_mentions(text, names), line_sentences(text), [], publisher=publisher)


def rule_tuples(text: str, lang: str, names: dict[str, tuple[str, str]], publisher: str | None = None, *,
                learned: bool = False, longest_first: bool = False, sentences: list[tuple[int, int]] | None = None,
                blocks: list[tuple[int, int, bool]] = ()) -> set:
    """The tuples of the facts found in `text` (one sentence per line unless `sentences` are given),
    whose mentions are every occurrence of the `names` (name → (label, norm)): by the rules alone,
    or with the shipped pair model when `learned`; with `longest_first`, a name inside a longer
    one already taken is no mention of its own."""
    from partex.facts import find_facts

    facts, _ = find_facts(text, lang, name_mentions(text, names, longest_first),
                          line_sentences(text) if sentences is None else sentences, list(blocks), publisher=publisher,
                          **({} if learned else {"models": {}}))
    return fact_tuples(facts)


def fact_tuples(facts) -> set:
    """The scored tuples of the facts one made-up document gives."""
    from partex.facts.score import records

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


def member_tuples(fast, text: str, lang: str, publisher: str | None = None) -> set:
    """The MEMBERSHIP tuples (without their type) of the facts the pipeline `fast` finds in `text`."""
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang, publisher=publisher)
    return {t[1:] for fact in records(analysis.facts) for t in fact.tuples if t[0] == "MEMBERSHIP"}


def line_blocks(text: str) -> list[tuple[int, int, bool]]:
    """Each line of a made-up text as a block of its own (no heading): the layout `rule_tuples` takes."""
    blocks, start = [], 0
    for line in text.split("\n"):
        blocks.append((start, start + len(line), False))
        start += len(line) + 1
    return blocks
