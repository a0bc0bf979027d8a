"""What `pip install .` ships: every package of pipeline/ and every data file of patterns/."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_folder_is_listed():
    listed = set(setuptools_config()["packages"])
    folders = {"partex" + "".join(f".{part}" for part in p.parent.relative_to(ROOT / "pipeline").parts)
               for p in (ROOT / "pipeline").rglob("__init__.py")}
    assert folders <= listed, folders - listed


def test_every_patterns_file_is_package_data():
    import fnmatch

    globs = setuptools_config()["package-data"]["partex.patterns"]
    files = [p.relative_to(ROOT / "patterns").as_posix() for p in (ROOT / "patterns").rglob("*")
             if p.is_file()]
    missing = [f for f in files if not any(fnmatch.fnmatch(f, g) and f.count("/") == g.count("/")
                                           for g in globs)]
    assert not missing
