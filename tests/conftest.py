"""Shared fixtures. Tests that load the trained model use `model_extractor` or `corpus_extract`
(one model load per session)."""

from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def model_extractor():
    """The default extractor, French model loaded, shared by every test that needs the model."""
    from partex.extractor import Extractor

    return Extractor.load(languages=("fr",))


@pytest.fixture(scope="session")
def corpus_extract(model_extractor) -> pd.DataFrame:
    """The mentions of the whole corpus, extracted once with the default (model) pipeline."""
    from partex.extractor import extract_corpus

    return extract_corpus(CORPUS, extractor=model_extractor)


@pytest.fixture(scope="session")
def corpus_gold() -> pd.DataFrame:
    from partex.gold import load_gold

    return load_gold(CORPUS / "gold.csv", CORPUS)
