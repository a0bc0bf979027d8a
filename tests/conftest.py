"""Shared fixtures. Tests that load the trained model use `model_extractor` or `corpus_extract`
(one model load per session)."""

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from partex.languages import DEFAULT_PATTERNS_DIR

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def model_extractor():
    """The default extractor, French model loaded, shared by every test that needs the model."""
    from partex.extractor import Extractor

    return Extractor.load(languages=("fr",))


@pytest.fixture(scope="session")
def fast():
    """The rule-only extractor (`--fast`), built once for every test that reads its output."""
    from partex.extractor import Extractor

    return Extractor(fast=True)


@pytest.fixture(scope="session")
def extractor(fast):
    """The same rule-only extractor, by the name the mention tests use."""
    return fast


@pytest.fixture(scope="session")
def corpus_extract(model_extractor) -> pd.DataFrame:
    """The mentions of the whole corpus, extracted once with the default (model) pipeline."""
    from partex.extractor import extract_corpus

    return extract_corpus(CORPUS, extractor=model_extractor)


@pytest.fixture(scope="session")
def corpus_gold() -> pd.DataFrame:
    from partex.gold import load_gold

    return load_gold(CORPUS / "gold.csv", CORPUS)


@pytest.fixture
def italian(tmp_path: Path) -> Path:
    """The project's patterns plus Italian: a registry line and a folder of words, no code."""
    root = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, root)
    with (root / "languages.jsonl").open("a", encoding="utf-8") as registry:
        registry.write(json.dumps({"code": "it", "name": "Italian", "settings": {
            "decimal_mark": ",", "text2num": "it", "name_head": "first"}}) + "\n")
    months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre"]
    write(root / "it" / "dates.words.jsonl", [
        *({"class": "month", "word": m, "value": n} for n, m in enumerate(months, start=1)),
        {"class": "day_month", "word": "{day} {month}"},
        {"class": "date_year", "word": "{date} {year}"},
        {"class": "month_year", "word": "{month} {year}"},
        {"class": "range_connector", "word": "al"},
        {"class": "month_preposition", "word": "a"},
    ])
    write(root / "it" / "numbers.words.jsonl", [
        *({"class": "number_word", "word": w} for w in ("due", "tre", "dieci", "venti", "cento")),
        {"class": "multiplier", "word": "milioni", "value": 1000000},
    ])
    write(root / "it" / "figures.words.jsonl", [
        {"class": "measure", "word": "chilogrammi", "value": "kg"},
        {"class": "currency", "word": "euro", "value": "EUR"},
        {"class": "stop_word", "word": "di"},
        {"class": "count_link", "word": "di"},
        {"class": "plural_ending", "word": "-i"},
        {"class": "plural_rule", "word": "-i", "value": "-o"},
        {"class": "qualifier", "word": "oltre"},
    ])
    # for a whole pipeline: the words the resolver and the facts stage read, and Italian names
    write(root / "it" / "lexicon.jsonl", [
        *({"class": "leading", "word": w} for w in ("il", "la", "l'", "le", "i", "gli", "dell'", "della",
                                                      "del", "di", "e", "a", "con", "contro")),
        *({"class": "trailing", "word": w} for w in ("di", "e", "della", "del")),
    ])
    write(root / "it" / "organisations.jsonl", [
        {"id": "UNODC", "alias": "Ufficio delle Nazioni Unite contro la droga e il crimine"},
        {"id": "UNODC", "alias": "UNODC"},
    ])
    write(root / "it" / "facts.jsonl", [
        *({"class": "partnership_cue", "word": w} for w in ("cooperano", "collaborazione", "cooperazione")),
        {"class": "between", "word": "tra"},
        {"class": "with", "word": "con"},
        {"class": "conjunction", "word": "e"},
    ])
    return root



# The language data every patterns folder needs (registry, word lists), copied from the project's
# patterns/ beside the small test gazetteers of tests/fixtures/patterns.
LANGUAGE_DATA = ("*.words.jsonl", "lexicon.jsonl", "facts.jsonl")


def write(path: Path, records: list) -> Path:
    """A JSON Lines file of records (strings written as they are)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


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
