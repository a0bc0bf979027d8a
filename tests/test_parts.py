"""Long documents in parts: cut at paragraph breaks, analysed alone, joined with exact offsets."""

from __future__ import annotations

import pytest

from partex import parts
from partex.extractor import Analysis
from partex.parts import DocumentParts, join_parts, split_parts


def paragraphs(n: int, size: int = 50) -> str:
    return "\n\n".join(f"Paragraphe {i:04d} " + "x" * (size - 16) for i in range(n))


@pytest.mark.parametrize("text, limit", [
    (paragraphs(100), 500),
    (paragraphs(100, 30), 120),
    ("une ligne\n" * 300, 200),
    ("Une phrase. " * 300, 200),
    ("mot " * 500, 101),
    ("x" * 1000, 64),        # no break at all: cut at the limit
    ("court", 100),
])
def test_parts_cover_the_text_none_over_the_limit(text, limit):
    bounds = split_parts(text, limit)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(0 < end - start <= limit for start, end in bounds)


def test_a_part_ends_after_a_paragraph_break_when_there_is_one():
    text = paragraphs(40)
    for start, end in split_parts(text, 300)[:-1]:
        assert text[:end].endswith("\n\n")


def test_a_text_within_the_limit_is_one_part():
    assert split_parts("a" * 100, 100) == [(0, 100)]


def analysis(doc_id, mentions, facts=(), sentences=1, publisher="", date=""):
    return Analysis(doc_id, "fr", list(mentions), list(facts), publisher, date, sentences)


def mention(start, end, text, sentence=0, section=""):
    return {"doc_id": "d", "start": start, "end": end, "label": "ORG", "text": text, "norm": text,
            "sentence": sentence, "section": section}


def test_joined_parts_move_offsets_number_sentences_and_facts_and_carry_the_heading():
    text = "Titre\n\nL'ONU agit.\n\nINTERPOL aussi.\n\nEt l'OMS."
    second, third = text.index("INTERPOL"), text.index("Et l'OMS")
    fact = {"doc_id": "d", "fact": "f1", "type": "PARTNERSHIP", "role": "party", "norm": "X",
            "start": 0, "end": 8, "evidence_start": 0, "evidence_end": 15}
    pieces = [
        (0, analysis("d", [mention(9, 12, "ONU", 1, "Titre")], [fact], sentences=2, publisher="UN")),
        (second, analysis("d", [mention(0, 8, "INTERPOL")], [fact, {**fact, "fact": "f2"}],
                          date="2019-05-03")),
        (third, analysis("d", [mention(5, 8, "OMS")], [{**fact, "start": None, "end": None}])),
    ]
    joined = join_parts(pieces, text)
    assert [(m["start"], m["end"]) for m in joined.mentions] == [(9, 12), (second, second + 8),
                                                                (third + 5, third + 8)]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in joined.mentions)
    assert [m["sentence"] for m in joined.mentions] == [1, 2, 3]
    assert [m["section"] for m in joined.mentions] == ["Titre"] * 3
    assert [f["fact"] for f in joined.facts] == ["f1", "f2", "f3", "f4"]
    assert [f["start"] for f in joined.facts] == [0, second, second, None]
    assert [f["evidence_start"] for f in joined.facts] == [0, second, second, third]
    assert (joined.publisher, joined.date, joined.sentences) == ("UN", "2019-05-03", 4)


def test_document_parts_split_and_join_a_stream_in_order():
    docs = [("short", "Court.", "fr", None), ("long", paragraphs(30), "fr", "UN"), ("s2", "Bref.", "fr", None)]
    cutter = DocumentParts(limit=400)
    pieces = list(cutter.split(docs))
    assert [p[0] for p in pieces].count("long") == len(split_parts(docs[1][1], 400)) > 1
    assert all(p[3] == "UN" for p in pieces if p[0] == "long")
    fake = [analysis(doc_id, [mention(0, len(text), text)]) for doc_id, text, *_ in pieces]
    joined = list(cutter.join(fake))
    assert [a.doc_id for a in joined] == ["short", "long", "s2"]
    long_text = docs[1][1]
    assert all(long_text[m["start"]:m["end"]] == m["text"] for m in joined[1].mentions)


@pytest.mark.model
def test_a_document_read_in_parts_keeps_exact_offsets_for_mentions_and_facts(model_extractor, monkeypatch):
    from partex.gold import load_documents
    from tests.conftest import CORPUS

    documents = load_documents(CORPUS)
    text = "\n\n".join(documents[k] for k in sorted(documents) if k.startswith("fr_"))[:40_000]
    whole = model_extractor.analyse(text, doc_id="d", lang="fr")
    monkeypatch.setattr(parts, "PART_CHARS", 4000)
    cut = model_extractor.analyse(text, doc_id="d", lang="fr")
    assert all(m["text"] == text[m["start"]:m["end"]] for m in cut.mentions)
    assert all(f["text"] == text[f["start"]:f["end"]] for f in cut.facts if f["start"] is not None)
    assert all(0 <= f["evidence_start"] < f["evidence_end"] <= len(text) for f in cut.facts)
    # reading in parts loses only what crosses a cut: nearly every mention is found the same,
    # in the same section, and sentences are numbered on through the document
    key = lambda m: (m["start"], m["end"], m["label"], m["section"])  # noqa: E731
    same = {key(m) for m in whole.mentions} & {key(m) for m in cut.mentions}
    assert len(same) >= 0.95 * len(whole.mentions)
    numbers = [m["sentence"] for m in sorted(cut.mentions, key=lambda m: m["start"])]
    assert numbers == sorted(numbers) and numbers[-1] > 100
    assert abs(cut.sentences - whole.sentences) <= len(parts.split_parts(text, 4000))


@pytest.mark.slow
@pytest.mark.parametrize("fast", [True, False])
def test_a_document_over_a_million_characters_is_extracted_with_exact_offsets(fast, request):
    """spaCy refuses texts over 1 000 000 characters (E088): partex reads them in parts."""
    from partex.extractor import Extractor

    extractor = Extractor.load(fast=True) if fast else request.getfixturevalue("model_extractor")
    paragraph = ("L’ONUDC et INTERPOL ont signé un accord à Lyon le 3 mai 2019, "
                 "selon la résolution 2396 (2017) du Conseil de sécurité.\n\n")
    text = paragraph * (1_050_000 // len(paragraph) + 1)
    assert len(text) > 1_000_000
    analysis = extractor.analyse(text, doc_id="long", lang="fr")
    assert all(m["text"] == text[m["start"]:m["end"]] for m in analysis.mentions)
    # every paragraph is read, the last one too
    organisations = [m for m in analysis.mentions if m["norm"] == "INTERPOL"]
    assert len(organisations) == text.count("INTERPOL")
