"""The repository carries everything its tests read: no test path reaches outside it."""

from __future__ import annotations

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


def _reads_shared(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return '"shared"' in text or "../shared" in text


def test_no_test_or_bench_reads_the_shared_folder_beside_the_checkout() -> None:
    this = Path(__file__).resolve()
    scripts = [*(REPO / "tests").rglob("*.py"), *(REPO / "bench").rglob("*.py")]
    offenders = [
        str(p.relative_to(REPO)) for p in sorted(scripts) if p != this and _reads_shared(p)
    ]
    assert offenders == []


def test_the_seed_articles_and_the_corpus_are_in_the_repository() -> None:
    assert len(list((REPO / "content" / "sources").glob("*.txt"))) == 5
    assert len(list((REPO / "tests" / "fixtures" / "corpus").glob("*.txt"))) == 22
