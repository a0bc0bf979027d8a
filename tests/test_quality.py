"""Extraction quality on the corpus against its gold: the bars of the foundation issue.

These run the trained model once per session (`corpus_extract`); select them with `-m model`.
"""

import pytest

from partex.columns import CORE_LABELS
from partex.evaluate import evaluate

pytestmark = pytest.mark.model

SEED = "000_0bcf3a52a3691190"


def strict_core_f1(gold, pred) -> float:
    """Micro strict F1 over the core labels, counted here from span sets (independent of evaluate)."""
    def spans(df):
        df = df[df["label"].isin(CORE_LABELS)]
        return set(zip(df["doc_id"], df["start"].astype(int), df["end"].astype(int), df["label"]))
    g, p = spans(gold), spans(pred)
    tp = len(g & p)
    return 2 * tp / (len(g) + len(p)) if g or p else 1.0


def subset(df, prefix):
    return df[df["doc_id"].str.startswith(prefix)]


@pytest.mark.parametrize("prefix, bar", [
    (SEED, 0.95),   # the source text
    ("", 0.90),     # the whole corpus
    ("fr_", 0.90),  # French texts written by the team
    ("en_", 0.85),  # English, rules and gazetteers only
    ("es_", 0.85),  # Spanish, rules and gazetteers only
])
def test_strict_core_f1_reaches_the_bar(corpus_gold, corpus_extract, prefix, bar):
    gold, pred = subset(corpus_gold, prefix), subset(corpus_extract, prefix)
    assert len(gold) > 0
    assert strict_core_f1(gold, pred) >= bar


def test_scorer_agrees_with_the_span_count(corpus_gold, corpus_extract):
    report = evaluate(corpus_gold, corpus_extract)
    assert report.metrics()["core"]["strict_f1"] == pytest.approx(
        strict_core_f1(corpus_gold, corpus_extract), abs=1e-9)


def test_normalisation_accuracy_on_the_corpus(corpus_gold, corpus_extract):
    assert evaluate(corpus_gold, corpus_extract).metrics()["all"]["norm_accuracy"] >= 0.97


def test_every_mention_text_is_its_slice_of_the_document(corpus_extract):
    from partex.gold import load_documents
    from conftest import CORPUS

    documents = load_documents(CORPUS)
    for row in corpus_extract.itertuples():
        assert documents[row.doc_id][row.start:row.end] == row.text


def test_parallel_texts_give_the_same_entities(corpus_extract):
    """fr_09 says in French what en_01 says in English: the same (label, norm) set."""
    def entities(prefix):
        doc = subset(corpus_extract, prefix)
        return set(zip(doc["label"], doc["norm"]))
    assert entities("fr_09_") == entities("en_01_")
