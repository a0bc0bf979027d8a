"""The copy of a patterns folder whose gazetteers forget a share of their entries
(`resolve/forget_names.py`), and the learned finder's training on what the copies leave.
Made-up entries and names, rule-only pipeline."""

import json

import pytest

from partex.gazetteer import load_gazetteer
from partex.languages import DEFAULT_PATTERNS_DIR
from partex.resolve import train_names
from partex.resolve.forget_names import forgetting_copy


def _write(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def tiny(tmp_path):
    """Twenty bodies (each the parent of the next, the first named `after` by every alias of the
    second), each with two aliases in two languages; twenty places; two programmes; a model file."""
    root = tmp_path / "tiny"
    orgs = [f"Body {i}" for i in range(20)]
    _write(root / "ids" / "organisations.jsonl",
           [{"id": o, "name": f"Office {o}"} | ({"parent": orgs[i - 1]} if i else {}) for i, o in enumerate(orgs)])
    _write(root / "ids" / "operations.jsonl", [{"id": "Op Kestrel", "name": "Op Kestrel"},
                                               {"id": "Op Varlin", "name": "Op Varlin"}])
    for lang, word in (("en", "Office"), ("fr", "Bureau")):
        _write(root / lang / "organisations.jsonl",
               [{"id": o, "alias": f"{word} {o}"} | ({"after": orgs[0]} if o == orgs[1] else {}) for o in orgs]
               + [{"id": o, "alias": f"{word} {o} Alpha"} for o in orgs])
        _write(root / lang / "locations.jsonl", [{"alias": f"Port {i}"} for i in range(20)])
        _write(root / lang / "countries.jsonl", [{"id": "ZZZ", "alias": "Zedland"}])
        _write(root / lang / "operations.jsonl", [{"id": "Op Kestrel", "alias": "Kestrel"}])
    (root / "names_model.json").write_text("{}", encoding="utf-8")
    return root


def test_a_forgotten_entry_goes_whole_in_every_language(tiny, tmp_path):
    counts = forgetting_copy(tiny, tmp_path / "copy", 0.5, seed=3)
    copy = tmp_path / "copy"
    kept = {r["id"] for r in _read(copy / "ids" / "organisations.jsonl")}
    assert 0 < len(kept) < 20 and counts["organisations"] == 20 - len(kept)
    for lang in ("en", "fr"):
        aliases = _read(copy / lang / "organisations.jsonl")
        # every alias of a kept body stays, none of a forgotten one
        assert sorted(r["id"] for r in aliases) == sorted(list(kept) * 2)
        assert all(r.get("after", "") in kept | {""} for r in aliases)
        assert _read(copy / lang / "countries.jsonl") == [{"id": "ZZZ", "alias": "Zedland"}]
    # a place is forgotten by its alias, alike in every language
    assert _read(copy / "en" / "locations.jsonl") == _read(copy / "fr" / "locations.jsonl")
    assert 0 < len(_read(copy / "en" / "locations.jsonl")) < 20
    assert all(r.get("parent", "") in kept | {""} for r in _read(copy / "ids" / "organisations.jsonl"))
    assert not (copy / "names_model.json").exists()
    assert len(_read(tiny / "en" / "organisations.jsonl")) == 40  # the source is untouched


def test_the_same_seed_forgets_the_same_entries_and_the_share_bounds_them(tiny, tmp_path):
    one = forgetting_copy(tiny, tmp_path / "one", 0.5, seed=7)
    two = forgetting_copy(tiny, tmp_path / "two", 0.5, seed=7)
    assert one == two
    assert _read(tmp_path / "one" / "ids" / "organisations.jsonl") == \
        _read(tmp_path / "two" / "ids" / "organisations.jsonl")
    assert forgetting_copy(tiny, tmp_path / "none", 0.0, seed=7)["organisations"] == 0
    assert forgetting_copy(tiny, tmp_path / "all", 1.0, seed=7)["organisations"] == 20
    assert _read(tmp_path / "all" / "en" / "organisations.jsonl") == []
    assert _read(tmp_path / "all" / "en" / "operations.jsonl") == []


def test_the_forgetting_copy_of_the_projects_patterns_still_loads(tmp_path):
    full = load_gazetteer(DEFAULT_PATTERNS_DIR)
    forgetting_copy(DEFAULT_PATTERNS_DIR, tmp_path / "p", 0.5, seed=1)
    half = load_gazetteer(tmp_path / "p")
    assert 0 < len(half.organisations) < len(full.organisations)
    assert len(half.people) == len(full.people)


def test_training_reads_the_candidates_the_forgetting_copy_leaves(tmp_path, extractor):
    from partex.extractor import Extractor

    text = "The boats sailed from Abidjan to the coast of Ghana last week."
    start = text.index("Abidjan")
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "en_1.txt").write_text(text, encoding="utf-8")
    (folder / "gold.csv").write_text("doc_id,start,end,label,text,norm\n"
                                     f"en_1,{start},{start + 7},LOCATION,Abidjan,Abidjan\n", encoding="utf-8")
    copy = tmp_path / "forgot"
    forgetting_copy(DEFAULT_PATTERNS_DIR, copy, 1.0, seed=0)
    data = train_names.load_set(folder, None, extractor, {(1.0, 0): Extractor(fast=True, patterns_dir=copy)})
    # with the full gazetteers the place is found (no candidate); forgotten, it is one, labelled
    assert (start, start + 7) not in {(s, e) for s, e, _ in data["docs"]["en_1"]["candidates"]}
    assert "LOCATION" in {y for _, y in train_names.examples(data)}


def test_the_trainer_pools_the_forgetting_copies_it_is_given(tmp_path, extractor, capsys):
    pytest.importorskip("sklearn")
    folders = []
    for name, place in (("one", "Abidjan"), ("two", "Agadez")):
        text = f"Trucks went from {place} to the north last year."
        start = text.index(place)
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"en_{name}.txt").write_text(text, encoding="utf-8")
        (folder / "gold.csv").write_text("doc_id,start,end,label,text,norm\n"
                                         f"en_{name},{start},{start + len(place)},LOCATION,{place},{place}\n",
                                         encoding="utf-8")
        folders += ["--corpus", str(folder)]
    train_names.main(folders + ["--leave-one-out", "--forget", "1.0", "--forget", "1.0:2"], extractor)
    printed = capsys.readouterr().out
    assert "forgetting 1.0 (seed 0)" in printed and "forgetting 1.0 (seed 2)" in printed
    assert "training candidates: LOCATION 4" in printed  # two sets, two copies each
