"""Shared fixtures. Tests that load the trained model use `corpus_extract` (one run per session)."""

from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus_extract() -> pd.DataFrame:
    """The mentions of the whole corpus, extracted once with the default (model) pipeline."""
    from pipeline.extract import extract_corpus

    return extract_corpus(CORPUS)


@pytest.fixture(scope="session")
def corpus_gold() -> pd.DataFrame:
    from pipeline.gold import load_gold

    return load_gold(CORPUS / "gold.csv", CORPUS)
