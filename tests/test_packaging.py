"""What `pip install .` installs: every package, every pattern file, every library imported."""

from __future__ import annotations

import ast
import fnmatch
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_of_the_code_is_installed():
    """A package left out of the list installs as missing: `pip install .` then fails at run."""
    declared = set(PROJECT["tool"]["setuptools"]["packages"])
    found = {"partex." + ".".join(p.parent.relative_to(ROOT / "pipeline").parts) if p.parent != ROOT / "pipeline"
             else "partex" for p in (ROOT / "pipeline").rglob("__init__.py")}
    assert found - declared == set()


def test_every_pattern_file_is_installed_with_the_package():
    globs = PROJECT["tool"]["setuptools"]["package-data"]["partex.patterns"]
    files = [p.relative_to(ROOT / "patterns").as_posix() for p in (ROOT / "patterns").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    left_out = [f for f in files if not any(fnmatch.fnmatch(f, g) and f.count("/") == g.count("/")
                                            for g in globs)]
    assert left_out == []


def _imported_modules() -> set[str]:
    names = set()
    for path in (ROOT / "pipeline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"partex"}


def test_every_library_the_code_imports_is_a_declared_dependency():
    """numpy was imported and not declared: it came only because spaCy happens to need it.
    (A library of an optional extra counts: scikit-learn, for `partex.facts.train` alone.)"""
    extras = [d for group in PROJECT["project"]["optional-dependencies"].values() for d in group]
    declared = {re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0].lower().replace("_", "-")
                for d in [*PROJECT["project"]["dependencies"], *extras]}
    # modules of an extra that may not be installed here, and the distribution providing them
    distributions = {"sklearn": ["scikit-learn"], **packages_distributions()}
    undeclared = {module: distributions.get(module) for module in _imported_modules()
                  if not {d.lower().replace("_", "-") for d in distributions.get(module, [module])} & declared}
    assert undeclared == {}
