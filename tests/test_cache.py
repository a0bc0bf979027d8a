"""The start-up cache (partex.cache): compiled patterns kept on disk, keyed, safe when broken."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from partex import cache

# A character class over a large range is what makes `re`'s compiler slow (seconds for spaCy's
# French tokenizer exceptions); this one takes a few milliseconds, over the cache's threshold.
SLOW = "(?i)(?:" + "|".join(f"[{chr(0x100 + i)}-{chr(0x2000 + i)}]x{i}" for i in range(60)) + ")"
SAMPLES = ["ĀX0", "ax0", "Ŕx20", "zzz", "ฑx59", "x1"]


def fresh(folder: Path) -> cache.RegexCache:
    return cache.RegexCache(folder)


def test_a_pattern_read_back_from_disk_matches_as_re_compiles_it(tmp_path):
    first = fresh(tmp_path)
    built = first.compile(SLOW, 0)
    first.save()
    second = fresh(tmp_path)
    again = second.compile(SLOW, 0)
    expected = re.compile(SLOW)
    assert second.hits == 1
    for text in SAMPLES:
        assert bool(again.match(text)) == bool(built.match(text)) == bool(expected.match(text))
    assert again.flags == expected.flags and again.groups == expected.groups


def test_named_groups_survive_the_round_trip(tmp_path):
    pattern = SLOW.replace("(?:", "(?P<word>", 1)
    first = fresh(tmp_path)
    first.compile(pattern, 0)
    first.save()
    again = fresh(tmp_path).compile(pattern, 0)
    assert again.groupindex == re.compile(pattern).groupindex == {"word": 1}
    assert again.match("Ŕx20").group("word") == re.compile(pattern).match("Ŕx20").group("word")
    assert again.match("Ŕx20").span("word") == (0, 3)  # `x2` comes before `x20` in the pattern


def test_quick_patterns_are_not_kept(tmp_path):
    store = fresh(tmp_path)
    store.compile(r"ab+c", 0)
    store.save()
    assert not (tmp_path / "regex.pickle").exists()


def test_an_unreadable_cache_file_is_ignored_and_rewritten(tmp_path):
    (tmp_path / "regex.pickle").write_bytes(b"not a pickle at all")
    store = fresh(tmp_path)
    assert store.compile(SLOW, 0).match("ĀX0")
    store.save()
    assert fresh(tmp_path).compile(SLOW, 0).match("ĀX0")


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root writes into read-only folders")
def test_a_read_only_cache_folder_is_skipped_without_error(tmp_path):
    tmp_path.chmod(0o500)
    try:
        store = fresh(tmp_path / "key")
        assert store.compile(SLOW, 0).match("ĀX0")
        store.save()  # nothing raised
    finally:
        tmp_path.chmod(0o700)


def test_a_cache_folder_that_is_a_file_is_skipped_without_error(tmp_path):
    blocker = tmp_path / "partex"
    blocker.write_text("a file where the cache folder would be")
    store = fresh(blocker / "key")
    assert store.compile(SLOW, 0).match("ĀX0")
    store.save()
    assert blocker.is_file()


def test_the_key_changes_with_the_patterns_and_the_python(monkeypatch):
    key = cache.cache_key("a" * 64)
    assert cache.cache_key("b" * 64) != key
    monkeypatch.setattr(sys, "version", sys.version + " other")
    assert cache.cache_key("a" * 64) != key


def test_the_cache_lives_under_xdg_cache_home_unless_told_otherwise(monkeypatch, tmp_path):
    monkeypatch.delenv(cache.CACHE_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_root() == tmp_path / "xdg" / "partex"
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path / "mine"))
    assert cache.cache_root() == tmp_path / "mine"


@pytest.mark.parametrize("value, used", [("0", False), ("off", False), ("no", False),
                                         ("1", True), ("", True)])
def test_partex_cache_env_turns_it_off(monkeypatch, value, used):
    monkeypatch.setenv(cache.CACHE_ENV, value)
    assert cache.enabled() is used


def test_a_block_saves_under_the_key_and_prunes_old_keys(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path))
    monkeypatch.setattr(cache, "_OPEN", {})
    for i in range(cache._KEEP_KEYS + 2):
        old = tmp_path / f"old{i}"
        old.mkdir()
        os.utime(old, (i, i))
    with cache.regex_cache("c" * 64) as store:
        assert store is not None
        re.compile(SLOW + "(?#block)")  # goes through the cache while the block is open
    assert re._compiler.compile is cache._ORIGINAL_COMPILE
    key = cache.cache_key("c" * 64)
    assert (tmp_path / key / "regex.pickle").is_file()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert len(kept) == cache._KEEP_KEYS and key in kept and "old0" not in kept


def test_a_disabled_cache_changes_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path))
    monkeypatch.setenv(cache.CACHE_ENV, "0")
    with cache.regex_cache("d" * 64) as store:
        assert store is None
        re.compile(SLOW + "(?#disabled)")
    assert list(tmp_path.iterdir()) == []


def test_clear_deletes_the_folder(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path / "c"))
    (tmp_path / "c" / "k").mkdir(parents=True)
    assert cache.clear() == tmp_path / "c" and not (tmp_path / "c").exists()


def test_partex_cache_shows_the_folder_and_clears_it(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from partex.cli import app

    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path / "c"))
    (tmp_path / "c" / "k").mkdir(parents=True)
    shown = CliRunner().invoke(app, ["cache"])
    assert shown.exit_code == 0 and str(tmp_path / "c") in shown.output
    cleared = CliRunner().invoke(app, ["cache", "--clear"])
    assert cleared.exit_code == 0 and not (tmp_path / "c").exists()


TEXT = "L’ONUDC et INTERPOL ont signé un accord à Vienne le 3 mars 2019 (résolution 2396)."


def test_a_pipeline_without_a_model_is_kept_and_read_back(monkeypatch, tmp_path):
    from partex import extractor as module
    from partex.extractor import Extractor

    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path))
    built = Extractor(fast=True)
    rows = built.extract(TEXT, doc_id="a", lang="fr")
    assert list(tmp_path.glob("*/pipeline-fr-*.pickle"))

    def build_again(*_: object, **__: object) -> None:
        raise AssertionError("the pipeline was built again instead of read from the cache")

    monkeypatch.setattr(module, "build_nlp", build_again)
    assert Extractor(fast=True).extract(TEXT, doc_id="a", lang="fr") == rows != []


def test_a_pipeline_with_a_model_is_not_kept(monkeypatch, tmp_path):
    import spacy

    from partex import extractor as module
    from partex.extractor import Extractor

    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path))
    monkeypatch.setattr(module, "build_nlp", lambda *_, **__: spacy.blank("fr"))
    Extractor(models={"fr": "a_trained_model"}).pipeline("fr")
    assert not list(tmp_path.glob("*/pipeline-*.pickle"))


def test_a_damaged_pipeline_file_is_built_again(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path))
    path = cache._pipeline_file("e" * 64, "fr", None)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x80\x05truncated")
    assert cache.load_pipeline("e" * 64, "fr") is None


def test_a_pattern_asked_with_the_flags_it_ended_with_is_found(tmp_path):
    store = fresh(tmp_path)
    built = store.compile(SLOW, 0)  # a pickled pattern comes back with its final flags
    store.save()
    again = fresh(tmp_path)
    assert again.compile(SLOW, built.flags).match("ĀX0") and again.hits == 1


def test_a_pattern_asked_with_other_flags_is_compiled_with_them(tmp_path):
    plain = SLOW.replace("(?i)", "")
    store = fresh(tmp_path)
    store.compile(plain, re.IGNORECASE)
    store.save()
    again = fresh(tmp_path)
    sensitive = again.compile(plain, 0)  # not the case-insensitive entry
    assert again.hits == 0
    assert bool(sensitive.match("ĀX0")) == bool(re.compile(plain).match("ĀX0")) is False


def test_two_checkouts_of_the_same_code_keep_their_pipelines_apart(tmp_path):
    """The default patterns folder is part of where a pipeline is kept: a copy of it elsewhere (a
    second checkout, the same content) must not load a pipeline that reads the first one."""
    import shutil

    from partex.cache import _pipeline_file
    from partex.languages import DEFAULT_PATTERNS_DIR

    copy = shutil.copytree(DEFAULT_PATTERNS_DIR, tmp_path / "patterns")
    default = _pipeline_file("0" * 64, "fr", None)
    assert default == _pipeline_file("0" * 64, "fr", DEFAULT_PATTERNS_DIR)
    assert default != _pipeline_file("0" * 64, "fr", copy)
