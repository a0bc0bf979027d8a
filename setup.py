"""What pyproject.toml cannot say statically: the packages to install, computed.

Every folder of pipeline/ (the code's packages, the report's templates and static files) and of
patterns/ (shipped inside the package as `partex.patterns`; a language's word lists in `fr`,
`en`, ...) is a package, so that a language added as a folder installs with no change here
(setuptools warns of, and will stop installing, data folders it is not told are packages).
"""

from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent


def _folders(root: Path, name: str) -> list[str]:
    """`name` and the dotted name of every folder below `root` (not `__pycache__`)."""
    return [name] + sorted(".".join((name, *p.relative_to(root).parts)) for p in root.rglob("*")
                           if p.is_dir() and all(part.isidentifier() and not part.startswith("__")
                                                 for part in p.relative_to(root).parts))


def _packages() -> list[str]:
    return _folders(ROOT / "pipeline", "partex") + _folders(ROOT / "patterns", "partex.patterns")


if __name__ == "__main__":  # setuptools runs this file as __main__; tests import _packages
    setup(packages=_packages())
