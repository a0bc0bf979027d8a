"""The shape the house keeps (issue: one house for the next five years): small modules, short
functions, and no import cycle between the package's modules."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
# A function may be longer where a comment inside it says why, starting with this.
LONG_FUNCTION_NOTE = "# long:"
MODULES = sorted(PACKAGE.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    parts = parts[:-1] if parts[-1] == "__init__" else parts
    return ".".join(("partex", *parts))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_are_small(path):
    assert path.read_text(encoding="utf-8").count("\n") <= MAX_MODULE_LINES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_functions_are_short_unless_a_comment_says_why(path):
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    long = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for node in ast.walk(ast.parse(source))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
            and not any(LONG_FUNCTION_NOTE in line for line in lines[node.lineno - 1:node.end_lineno])]
    assert not long


def imports_of(path: Path) -> set[str]:
    """The package modules a module imports when it loads (imports inside functions, which run
    later, are left out)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")
            base = base[:len(base) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            submodules = {f"{target}.{alias.name}" for alias in node.names}
            # `from . import worker` loads the submodule, not the package again
            found.update(submodules if node.module is None else submodules | {target})
        elif isinstance(node, ast.If):  # `if TYPE_CHECKING:` imports never run
            continue
    known = {module_name(p) for p in MODULES}
    return {m for m in found if m in known and m != name}


def test_no_import_cycle():
    graph = {module_name(p): imports_of(p) for p in MODULES}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in graph.get(node, ()):
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt])
            elif not state.get(nxt):
                visit(nxt, path + [nxt])
        state[node] = 2

    for node in graph:
        if not state.get(node):
            visit(node, [node])
    assert not cycles
