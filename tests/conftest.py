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


# The language data every patterns folder needs (registry, word lists), copied from the project's
# patterns/ beside the small test gazetteers of tests/fixtures/patterns.
LANGUAGE_DATA = ("*.words.jsonl", "lexicon.jsonl", "facts.jsonl")


@pytest.fixture(scope="session")
def fixture_patterns(tmp_path_factory) -> Path:
    """A patterns folder: the test gazetteers, with the project's language data."""
    import shutil

    root = tmp_path_factory.mktemp("patterns")
    shutil.copytree(ROOT / "tests" / "fixtures" / "patterns", root, dirs_exist_ok=True)
    shutil.copy(ROOT / "patterns" / "languages.jsonl", root)
    for lang_dir in (ROOT / "patterns").iterdir():
        if lang_dir.is_dir() and lang_dir.name != "ids":
            (root / lang_dir.name).mkdir(exist_ok=True)
            for pattern in LANGUAGE_DATA:
                for path in lang_dir.glob(pattern):
                    shutil.copy(path, root / lang_dir.name)
    return root


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run the tests marked slow (.ci/run does)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
