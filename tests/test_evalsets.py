"""The evaluation sets (evalsets/) hold valid gold: every span is its text's, every fact's value a
norm of that document's gold mentions, every set has its three files and its texts."""

from pathlib import Path

import pytest

from partex.facts.gold import load_facts_gold, read_publishers
from partex.gold import load_gold

EVALSETS = Path(__file__).resolve().parent.parent / "evalsets"
SETS = sorted(p.parent for p in EVALSETS.glob("*/gold.csv"))


def test_there_are_sets():
    assert len(SETS) >= 4, "evalsets/ lost its sets"


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_set_gold_is_valid(folder: Path):
    mentions = load_gold(folder / "gold.csv", folder)   # raises InputError listing every problem
    texts = {p.stem for p in folder.glob("*.txt")}
    assert set(mentions["doc_id"]) == texts              # every text annotated, no stray doc_id
    facts = load_facts_gold(folder / "gold_facts.csv", mentions, read_publishers(folder / "publishers.csv"))
    assert set(facts["doc_id"]) <= texts
    assert {doc.split("_")[0] for doc in texts} == {"fr", "en", "es"}


def test_score_forget_copies_patterns_that_forgot_some_bodies_and_keep_the_names_model(tmp_path):
    import importlib.util

    from partex.languages import DEFAULT_PATTERNS_DIR
    spec = importlib.util.spec_from_file_location("score", EVALSETS / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    copy = score._forgetting("0.5:11", tmp_path / "patterns")
    ids = "ids/organisations.jsonl"
    before = (DEFAULT_PATTERNS_DIR / ids).read_text(encoding="utf-8").splitlines()
    after = (copy / ids).read_text(encoding="utf-8").splitlines()
    assert 0.3 * len(before) < len(after) < 0.7 * len(before)
    assert (copy / "names_model.json").read_bytes() == (DEFAULT_PATTERNS_DIR / "names_model.json").read_bytes()


@pytest.mark.parametrize("spec", ["half", "0.5:x", "1.5"])
def test_score_forget_refuses_a_malformed_spec_in_one_line(spec, capsys):
    import importlib.util
    spec_file = importlib.util.spec_from_file_location("score", EVALSETS / "score.py")
    score = importlib.util.module_from_spec(spec_file)
    spec_file.loader.exec_module(score)
    with pytest.raises(SystemExit) as exit_info:
        score.main(["e", "--forget", spec])
    assert exit_info.value.code == 2
    assert "--forget" in capsys.readouterr().err
