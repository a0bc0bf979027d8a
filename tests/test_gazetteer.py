import json
from pathlib import Path

import pytest

from partex.gazetteer import DEFAULT_PATTERNS_DIR, Alias, PatternsError, load_gazetteer


def write(root: Path, name: str, records: list) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def patterns(tmp_path: Path) -> Path:
    write(tmp_path, "languages.jsonl", [{"code": "fr", "name": "French"}, {"code": "en", "name": "English"},
                                        {"code": "es", "name": "Spanish"}])
    (tmp_path / "es").mkdir()
    write(tmp_path, "ids/organisations.jsonl", [
        {"id": "CTC", "name": "Counter-Terrorism Committee", "parent": "UNSC"},
        {"id": "CTED", "name": "Counter-Terrorism Committee Executive Directorate"},
        {"id": "UNSC", "name": "United Nations Security Council"},
    ])
    write(tmp_path, "ids/instruments.jsonl", [{"id": "GCM", "name": "Global Compact for Migration"}])
    write(tmp_path, "ids/people.jsonl", [{"id": "Jürgen Stock", "name": "Jürgen Stock",
                                         "role": "INTERPOL Secretary General 2014-2024"}])
    write(tmp_path, "fr/organisations.jsonl", [
        {"id": "CTC", "alias": "CCT"},
        {"id": "CTC", "alias": "Comité contre le terrorisme"},
        {"id": "CTED", "alias": "Direction exécutive", "after": "CTC"},
    ])
    write(tmp_path, "fr/instruments.jsonl", [{"id": "GCM", "alias": "Pacte mondial sur les migrations"}])
    write(tmp_path, "fr/countries.jsonl", [{"id": "IRQ", "alias": "Iraq"}])
    write(tmp_path, "fr/locations.jsonl", [{"alias": "Afrique de l’Ouest"}])
    write(tmp_path, "en/organisations.jsonl", [{"id": "CTC", "alias": "CTC"}, {"id": "CTC", "alias": "CTTC"}])
    return tmp_path


def test_loads_ids_aliases_and_folds_apostrophes(patterns):
    gaz = load_gazetteer(patterns)
    assert set(gaz.organisations) == {"CTC", "CTED", "UNSC"}
    assert Alias("LOCATION", "Afrique de l'Ouest", "Afrique de l'Ouest", "fr", file="fr/locations.jsonl") in gaz.aliases
    assert Alias("ORG", "Direction exécutive", "CTED", "fr", "CTC", "fr/organisations.jsonl") in gaz.aliases
    assert gaz.country_aliases() == {"Iraq": "IRQ"}
    assert Alias("PERSON", "Jürgen Stock", "Jürgen Stock", "es", file="ids/people.jsonl") in gaz.aliases


def test_a_language_gets_its_own_aliases_and_the_others_acronyms(patterns):
    fr = {a.alias for a in load_gazetteer(patterns).for_language("fr")}
    en = {a.alias for a in load_gazetteer(patterns).for_language("en")}
    assert {"CCT", "CTC", "Comité contre le terrorisme"} <= fr
    assert "CTTC" not in fr  # another language's acronym that is not an id stays there
    assert "CTC" in en and "CCT" not in en and "Comité contre le terrorisme" not in en


@pytest.mark.parametrize("name, line, message", [
    ("fr/organisations.jsonl", '{"id": "CTC", "alias": "CCT"', "not valid JSON"),
    ("fr/organisations.jsonl", {"id": "CTC"}, "missing key(s) alias"),
    ("fr/organisations.jsonl", {"id": "CTC", "alias": "CCT", "aliass": "x"}, "unknown key(s) aliass"),
    ("fr/organisations.jsonl", {"id": "NOPE", "alias": "Nope"}, "id 'NOPE' is not in ids/organisations.jsonl"),
    ("fr/organisations.jsonl", {"id": "CTC", "alias": ""}, "alias must be non-empty text"),
    ("fr/organisations.jsonl", {"id": "CTED", "alias": "DE", "after": "XX"}, "after 'XX' is not an organisation id"),
    ("fr/countries.jsonl", {"id": "Iraq", "alias": "Iraq"}, "is not an ISO 3166-1 alpha-3 code"),
    ("fr/instruments.jsonl", {"id": "XYZ", "alias": "Pacte"}, "id 'XYZ' is not in ids/instruments.jsonl"),
    ("ids/organisations.jsonl", {"id": "CTC", "name": "again"}, "duplicate id 'CTC'"),
    ("fr/rules.jsonl", {"label": "THING", "pattern": "x"}, "unknown label 'THING'"),
    ("fr/rules.jsonl", {"label": "ORG", "pattern": 3}, "pattern must be a phrase or a list"),
])
def test_a_broken_line_is_reported_with_file_and_line(patterns, name, line, message):
    path = patterns / name
    existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    write(patterns, name, existing + [line])
    with pytest.raises(PatternsError) as caught:
        load_gazetteer(patterns)
    expected_where = f"{path}:{len(existing) + 1}:"
    assert any(p.startswith(expected_where) and message in p for p in caught.value.problems), \
        caught.value.problems


def test_every_problem_is_reported_not_only_the_first(patterns):
    write(patterns, "fr/countries.jsonl", [{"id": "Iraq", "alias": "Iraq"}, {"alias": "Liban"}])
    with pytest.raises(PatternsError) as caught:
        load_gazetteer(patterns)
    assert len(caught.value.problems) == 2
    assert "and 1 more problem" in str(caught.value)


def test_missing_folder_is_one_clear_problem(tmp_path):
    with pytest.raises(PatternsError, match="patterns folder not found"):
        load_gazetteer(tmp_path / "nowhere")


def test_shipped_patterns_are_valid():
    gaz = load_gazetteer(DEFAULT_PATTERNS_DIR)
    assert len(gaz.organisations) > 50 and len(gaz.aliases) > 200
