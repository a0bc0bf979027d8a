"""Tests for partex.normalise.words: the value finders' word files, their checks, and a language
added as data only."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from partex.languages import DEFAULT_PATTERNS_DIR, LanguageDataError, UnknownLanguageError
from partex.normalise.dates import DateMatch, find_dates, normalise_date
from partex.normalise.figures import find_figures, singularise
from partex.normalise.numbers import parse_number
from partex.normalise.resolutions import find_resolutions
from partex.normalise.words import (DIGIT, alternation, first_chars, opens_on, prepare_finders,
                                    validate_word_files)


def write(path: Path, records: list) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- shipped files

SHIPPED = sorted(DEFAULT_PATTERNS_DIR.glob("*/*.words.jsonl"))


def test_every_shipped_word_file_validates() -> None:
    assert SHIPPED  # the glob found the files
    assert validate_word_files() == []


@pytest.mark.parametrize("path", SHIPPED, ids=[f"{p.parent.name}/{p.name}" for p in SHIPPED])
def test_shipped_word_files_are_sorted_and_written_with_real_characters(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [json.dumps(r, ensure_ascii=False) for r in records] == lines  # no \u escapes
    keys = [(r["class"], r["word"]) for r in records]
    assert keys == sorted(keys), "sort the file by class, then word"


def test_every_class_is_documented_in_the_patterns_readme() -> None:
    from partex.normalise import countries, date_rules, figure_rules, numbers, resolutions

    readme = (DEFAULT_PATTERNS_DIR / "README.md").read_text(encoding="utf-8")
    for spec in (numbers.WORDS, date_rules.WORDS, figure_rules.WORDS, resolutions.WORDS,
                 countries.WORDS):
        section = readme.split(f"### `{spec.stem}.words.jsonl`")[1].split("###")[0]
        missing = [name for name in spec.classes if f"| `{name}`" not in section]
        assert not missing, f"{spec.stem}: document {missing} in patterns/README.md"


# --------------------------------------------------------------------------- broken files

@pytest.fixture
def broken(tmp_path: Path) -> Path:
    write(tmp_path / "languages.jsonl", [{"code": "fr", "name": "French"}])
    write(tmp_path / "fr" / "dates.words.jsonl", [
        {"class": "month", "word": "mars", "value": 3},
        {"class": "mois", "word": "avril", "value": 4},           # 2: unknown class
        {"class": "month", "word": "mai"},                         # 3: missing value
        {"class": "month", "word": "mars", "value": 3},            # 4: listed twice
        '{"class": "month", "word": "juin", "value": 6',           # 5: bad JSON
        {"class": "month", "word": "juillet", "value": 13},        # 6: no such month
        {"class": "day_month", "word": "{day} de {mois}"},         # 7: bad template
        {"class": "weekday", "word": "lundi", "value": 1},         # 8: takes no value
        {"class": "first_day", "word": "premier"},                 # 9: no digit
    ])
    write(tmp_path / "fr" / "figures.words.jsonl", [
        {"class": "currency", "word": "euros", "value": "euro"},   # 1: not an ISO code
        {"class": "plural_rule", "word": "aux", "value": "-al"},   # 2: not an ending
    ])
    write(tmp_path / "fr" / "date.words.jsonl", [{"class": "month", "word": "mars", "value": 3}])
    return tmp_path


@pytest.mark.parametrize("where, message", [
    ("dates.words.jsonl:2", "unknown class 'mois'"),
    ("dates.words.jsonl:3", "class 'month' needs a value"),
    ("dates.words.jsonl:4", "'mars' is listed twice in class 'month'"),
    ("dates.words.jsonl:5", "not valid JSON"),
    ("dates.words.jsonl:6", "value 13 must be a whole number 1–12"),
    ("dates.words.jsonl:7", "must read {day}<what joins them>{month}"),
    ("dates.words.jsonl:8", "class 'weekday' takes no value"),
    ("dates.words.jsonl:9", "a first day is written with a digit"),
    ("figures.words.jsonl:1", "must be an ISO 4217 code"),
    ("figures.words.jsonl:2", "must be an ending written with a leading hyphen"),
    ("date.words.jsonl", "no finder reads this file"),
])
def test_broken_word_files_report_every_problem_with_its_line(broken: Path, where: str,
                                                              message: str) -> None:
    problems = validate_word_files(broken)
    assert len(problems) == 11
    assert any(f"{where}:" in p and message in p for p in problems), problems


def test_a_finder_refuses_a_broken_file_when_it_loads(broken: Path) -> None:
    with pytest.raises(LanguageDataError) as err:
        find_dates("12 mars 2019", "fr", patterns_dir=broken)
    assert len(err.value.problems) == 8


def test_a_pipeline_build_stops_on_a_broken_file(broken: Path) -> None:
    with pytest.raises(LanguageDataError) as err:
        prepare_finders("fr", broken)
    assert len(err.value.problems) == 11


# --------------------------------------------------------------------------- languages

@pytest.mark.parametrize("call", [
    lambda: find_dates("12 mars 2019", "xx"),
    lambda: normalise_date("12 mars 2019", "xx"),
    lambda: find_figures("12 agents", "xx"),
    lambda: find_resolutions("résolution 1373", "xx"),
    lambda: parse_number("12", "xx"),
    lambda: singularise("agents", "xx"),
])
def test_a_language_not_in_the_registry_is_an_error(call) -> None:
    with pytest.raises(UnknownLanguageError):
        call()


def test_the_finders_compile_nothing_at_import_and_one_language_on_use() -> None:
    script = ("from partex.normalise import dates, figures, date_rules, figure_rules\n"
              "assert date_rules._grammar.cache_info().currsize == 0\n"
              "dates.find_dates('12 mars 2019', 'fr'); figures.find_figures('3 agents', 'fr')\n"
              "assert date_rules._grammar.cache_info().currsize == 1\n"
              "assert figure_rules._grammar.cache_info().currsize == 1\n")
    subprocess.run([sys.executable, "-c", script], check=True)


def test_a_language_added_as_data_finds_and_normalises_dates(italian: Path) -> None:
    text = "Roma, 3 marzo 2021 – Dal 5 al 9 aprile 2021, e a maggio."
    found = [(text[m.start:m.end], m.norm) for m in find_dates(text, "it", patterns_dir=italian)]
    assert found == [("3 marzo 2021", "2021-03-03"), ("5 al 9 aprile 2021", "2021-04-05/2021-04-09"),
                     ("maggio", "XXXX-05")]
    assert normalise_date("3 marzo 2021", "it", patterns_dir=italian) == ("2021-03-03", "day")


def test_a_language_added_as_data_finds_and_normalises_figures(italian: Path) -> None:
    text = "oltre 1.500 chilogrammi di cocaina, 2,5 milioni di euro e tre porti"
    found = [(text[m.start:m.end], m.norm, m.qualifier)
             for m in find_figures(text, "it", patterns_dir=italian)]
    assert found == [("1.500 chilogrammi", "1500 kg", "oltre"),
                     ("2,5 milioni di euro", "2500000 EUR", ""),
                     ("tre porti", "3 porto", "")]


def test_a_language_without_a_finder_file_finds_nothing_of_that_kind(italian: Path) -> None:
    assert find_resolutions("risoluzione 1373 (2001)", "it", patterns_dir=italian) == []
    with pytest.raises(UnknownLanguageError):
        find_dates("3 marzo 2021", "it")  # the project's registry has no Italian


def test_french_text_reads_the_same_with_italian_added(italian: Path) -> None:
    text = "le 12 mars 2019, 850 armes à feu"
    assert find_dates(text, "fr", patterns_dir=italian) == find_dates(text, "fr")
    assert find_figures(text, "fr", patterns_dir=italian) == find_figures(text, "fr")
    assert find_dates(text, "fr")[0] == DateMatch(3, 15, "2019-03-12", "day")


@pytest.mark.parametrize("settings, message", [
    ({"decimal_mark": ";"}, "setting decimal_mark is ';'"),
    ({"text2num": "xx"}, "setting text2num is 'xx'"),
    ({"match_case": True}, "setting match_case is True"),
    ({"month_order": "first"}, "unknown setting 'month_order'"),
])
def test_a_bad_language_setting_is_refused(tmp_path: Path, settings: dict, message: str) -> None:
    write(tmp_path / "languages.jsonl", [{"code": "fr", "name": "French", "settings": settings}])
    (tmp_path / "fr").mkdir()
    with pytest.raises(LanguageDataError) as err:
        find_dates("12 mars 2019", "fr", patterns_dir=tmp_path)
    assert "languages.jsonl:1" in err.value.problems[0] and message in err.value.problems[0]


# --------------------------------------------------------------------------- alternations

WORD_LISTS = [
    ["sept", "sept.", "septembre", "Sept", "SEPT", "s"],
    ["de", "de la", "de l'", "d'", "del", "des", "du"],
    ["Estados miembros", "Estados Miembros", "Estados Miembros X", "estado"],
    ["é", "e", "ée", "ébc", "Ébcd"],
    ["a", "ab", "abc", "b", "ba", "bab"],
]
TEXTS = ["septembre sept. Sept SEPTEMBRE s", "de la de l’x del d'a des du de  la",
         "estados miembros x ESTADOS MIEMBROS Estados Miembros X", "é e ée ébcd Ébcd É",
         "abcab bab ab a ba babc"]


def _flat(words: list[str], accents: bool) -> str:
    from partex.normalise.words import literal

    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(literal(w, accents=accents) for w in ordered) + ")"


@pytest.mark.parametrize("words", WORD_LISTS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("accents", [False, True])
def test_alternation_tries_the_longest_word_first_like_a_plain_list(words: list[str], flags: int,
                                                                    accents: bool) -> None:
    tree, flat = alternation(words, accents=accents), _flat(words, accents)
    for after in ("", r"(?!\w)", r"\b"):
        for text in TEXTS:
            assert [m.span() for m in re.finditer(tree + after, text, flags)] == \
                [m.span() for m in re.finditer(flat + after, text, flags)]


def test_an_empty_word_list_matches_nothing() -> None:
    assert re.search(alternation([]), "anything") is None


# --------------------------------------------------------------------------- opening lookaheads

def test_first_chars_hold_both_cases_and_both_apostrophes():
    assert first_chars(["mars", "Avril", "'90s"]) == frozenset("mMaA'’")
    assert first_chars([]) == frozenset()
    assert first_chars(["mars", ""]) is None
    assert first_chars([" mars"]) is None


@pytest.mark.parametrize("words, flags", [(["mars", "Avril", "’90s", "1er"], 0),
                                          (["mars", "avril"], re.IGNORECASE)])
def test_an_opening_lookahead_keeps_the_matches_and_skips_other_starts(words, flags):
    bare = rf"(?<!\w){alternation(words)}(?!\w)"
    opened = re.compile(opens_on(first_chars(words), frozenset({DIGIT})) + bare, flags)
    text = "en Mars, 'mars' et AVRIL 1er avril, 90s ’90s amars Avril2 ١٢"
    assert [m.span() for m in opened.finditer(text)] == [m.span() for m in re.finditer(bare, text, flags)]
    assert opened.match("zmars") is None and opened.pattern.startswith("(?=[")
    assert "\\d" in opened.pattern  # any digit, not 0-9 only


def test_no_opening_lookahead_where_a_set_is_unknown():
    assert opens_on(frozenset("ab"), None) == ""
    assert opens_on() == ""


def test_the_figure_patterns_find_the_same_numbers_without_their_opening_lookahead():
    from partex.normalise.figure_rules import grammar as figure_grammar

    text = ("Un million de dollars, 1 500 agents, deux cent trente, l'un des 3,5 millions ; "
            "A million people, twenty-one states, 2.5 million USD; un millón, veintiún países, "
            "UNE MILLE, 12/05, 4.000 y 1.5")
    for lang in ("fr", "en", "es"):
        patterns = figure_grammar(lang).patterns
        for name in ("digits", "words", "article_mult"):
            pattern = patterns[name]
            assert pattern.pattern.startswith("(?=[")
            bare = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern), pattern.flags)
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)]
