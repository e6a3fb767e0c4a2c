"""The generator's package: pure Python, and its imports run one way (no cycles)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "quizzes" / "generation"
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")


def imports_of(module: str) -> set[str]:
    """The package's own modules that `module` imports (anywhere in the file)."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "quizzes.generation."
        ):
            found.add(node.module.split(".")[2])
    return found & set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_on_its_own_without_django(module: str) -> None:
    imported = importlib.import_module(f"quizzes.generation.{module}")
    source = Path(imported.__file__ or "").read_text(encoding="utf-8")
    assert "django" not in source.lower().replace("no django", "")


def test_the_import_graph_has_no_cycle() -> None:
    graph = {module: imports_of(module) for module in MODULES}
    state: dict[str, str] = {}

    def visit(module: str, path: tuple[str, ...]) -> None:
        if state.get(module) == "done":
            return
        assert state.get(module) != "open", f"import cycle: {' -> '.join((*path, module))}"
        state[module] = "open"
        for other in sorted(graph[module]):
            visit(other, (*path, module))
        state[module] = "done"

    for module in MODULES:
        visit(module, ())


def test_types_and_vocabulary_are_leaves_and_items_is_the_top() -> None:
    assert imports_of("types") == set()
    assert imports_of("vocabulary") == set()
    importers_of_items = [m for m in MODULES if "items" in imports_of(m)]
    assert importers_of_items == []


@pytest.mark.parametrize("module", MODULES)
def test_no_module_level_name_is_bound_twice(module: str) -> None:
    """A second `_PATTERN = ...` further down a long module silently replaces the first for every
    rule that reads it (it happened twice): each module-level name is bound once."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


@pytest.mark.parametrize("module", MODULES)
def test_no_control_character_hides_in_the_source(module: str) -> None:
    """A backspace, left where "\\b" was meant by a patch script's string, once sat inside a regex,
    which then matched nothing: no control character but newline in any module."""
    text = (PACKAGE / f"{module}.py").read_text(encoding="utf-8")
    assert [c for c in text if ord(c) < 32 and c != "\n"] == []
