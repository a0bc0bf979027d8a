"""What `pip install .` installs: every package, every pattern file, every library imported."""

from __future__ import annotations

import ast
import fnmatch
import re
import runpy
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _setup_packages() -> list[str]:
    return runpy.run_path(str(ROOT / "setup.py"), run_name="partex_setup")["_packages"]()


def test_every_package_of_the_code_is_installed():
    """A package left out of the list installs as missing: `pip install .` then fails at run."""
    found = {"partex." + ".".join(p.parent.relative_to(ROOT / "pipeline").parts) if p.parent != ROOT / "pipeline"
             else "partex" for p in (ROOT / "pipeline").rglob("__init__.py")}
    assert found - set(_setup_packages()) == set()


def test_every_file_of_patterns_and_of_the_report_is_installed_with_the_package():
    """Each file lies in a package that setup.py lists, and matches that package's data globs
    (the package's own, or those of `*`, every package's)."""
    data = PROJECT["tool"]["setuptools"]["package-data"]
    packages = set(_setup_packages())
    files = [("partex.patterns", p.relative_to(ROOT / "patterns")) for p in (ROOT / "patterns").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    files += [("partex", p.relative_to(ROOT / "pipeline")) for p in (ROOT / "pipeline" / "report").rglob("*")
              if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts]
    left_out = []
    for root, relative in files:
        package = ".".join((root, *relative.parent.parts))
        globs = [*data.get(package, []), *data.get("*", [])]
        if package not in packages or not any(fnmatch.fnmatch(relative.name, g) for g in globs):
            left_out.append(f"{package}: {relative.name}")
    assert left_out == []


def test_a_language_added_as_a_folder_of_patterns_is_a_package_with_no_other_change(tmp_path):
    namespace = runpy.run_path(str(ROOT / "setup.py"), run_name="partex_setup")
    (tmp_path / "pipeline" / "batch").mkdir(parents=True)
    (tmp_path / "pipeline" / "batch" / "__init__.py").write_text("")
    (tmp_path / "patterns" / "it").mkdir(parents=True)
    (tmp_path / "patterns" / "__pycache__").mkdir()
    namespace["_packages"].__globals__["ROOT"] = tmp_path
    assert namespace["_packages"]() == ["partex", "partex.batch", "partex.patterns", "partex.patterns.it"]


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
