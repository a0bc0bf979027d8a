"""benchmarks/member_misses.py: `--show` prints sentences, so it refuses the held-out sets and the
validation folds B and C (docs/facts.md, data folds) before it reads anything."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "member_misses.py"


def _script():
    spec = importlib.util.spec_from_file_location("member_misses", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["p", "u", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "v", "w", "x", "y", "aa",
                                  "a", "f"])
def test_show_is_refused_on_a_held_out_or_validation_set_with_one_line(name, tmp_path, monkeypatch):
    monkeypatch.setattr(_script_module, "load_models", lambda: pytest.fail("read models before refusing"))
    with pytest.raises(SystemExit) as stop:
        _script_module.main([str(tmp_path / "s"), str(tmp_path / name), "--show"])
    message = str(stop.value.code)
    assert name in message.split() and "\n" not in message


def test_the_help_names_the_refused_sets(capsys):
    with pytest.raises(SystemExit):
        _script_module.main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "refused" in out and " ak " in out and " aa " in out


_script_module = _script()
