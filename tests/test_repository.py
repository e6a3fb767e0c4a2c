"""The repository carries everything its tests read: no test path reaches outside it."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import tests

REPO = Path(__file__).resolve().parent.parent
# Debian's packages (Chromium for the browser tests) are the machine's, installed by `make test`.
SYSTEM = Path("/usr")


def _test_modules() -> Iterator[str]:
    for info in pkgutil.walk_packages(tests.__path__, prefix="tests."):
        yield info.name


def _paths(value: object) -> Iterator[Path]:
    if isinstance(value, Path):
        yield value
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _paths(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _paths(item)


@pytest.mark.parametrize("name", sorted(_test_modules()))
def test_module_level_paths_stay_inside_the_repository(name: str) -> None:
    module = importlib.import_module(name)
    outside = [
        f"{name}.{attribute} = {path}"
        for attribute, value in vars(module).items()
        for path in _paths(value)
        if path.is_absolute()
        and not path.resolve().is_relative_to(REPO)
        and not path.is_relative_to(SYSTEM)
    ]
    assert outside == []


def _levels_up(node: ast.AST) -> int | None:
    """How many folders above the file an expression built on ``__file__`` climbs
    (``Path(__file__).resolve().parents[2]`` is 3, ``Path(__file__).parent.parent`` is 2)."""
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "parents"
        and isinstance(node.slice, ast.Constant)
    ):
        below = _levels_up(node.value.value)
        return None if below is None else below + node.slice.value + 1
    if isinstance(node, ast.Attribute) and node.attr == "parent":
        below = _levels_up(node.value)
        return None if below is None else below + 1
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Attribute):  # .resolve(), .absolute()
            return _levels_up(node.func.value)
        if node.args:  # Path(__file__)
            return _levels_up(node.args[0])
    if isinstance(node, ast.Name) and node.id == "__file__":
        return 0
    return None


def test_no_test_or_bench_climbs_above_the_checkout_from_its_own_file() -> None:
    scripts = [*(REPO / "tests").rglob("*.py"), *(REPO / "bench").rglob("*.py")]
    offenders = []
    for script in sorted(scripts):
        tree = ast.parse(script.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            levels = _levels_up(node)
            if levels and not (script.parents[levels - 1]).is_relative_to(REPO):
                offenders.append(f"{script.relative_to(REPO)}:{node.lineno}")
    assert offenders == []


def test_the_seed_articles_and_the_corpus_are_in_the_repository() -> None:
    assert len(list((REPO / "content" / "sources").glob("*.txt"))) == 5
    assert len(list((REPO / "tests" / "fixtures" / "corpus").glob("*.txt"))) == 22
