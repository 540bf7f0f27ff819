"""The package's modules import one way: no module reaches itself again through its imports.

Every import counts — at the top, inside a function, under ``TYPE_CHECKING`` — since each says that one
module depends on another.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import secreview

PACKAGE = Path(secreview.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imported(module: str, tree: ast.Module) -> Iterator[str]:
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph() -> dict[str, set[str]]:
    """Module → the package's modules it imports."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[module] = {name for name in _imported(module, tree) if name in MODULES and name != module}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle_in_the_package() -> None:
    assert circles(import_graph()) == []


def test_the_circle_finder_finds_circles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(graph) == [["a", "b", "c"]]
    assert "secreview.engine" in import_graph()["secreview.cli"]  # imports inside functions count


def test_leaves_import_nothing_of_the_pipeline() -> None:
    graph = import_graph()
    leaves = ("secreview.masking", "secreview.resources", "secreview.sentences", "secreview.version")
    for leaf in (*leaves, "secreview.categories"):
        assert graph[leaf] <= {"secreview.models", "secreview.categories"}, leaf
    # The pool only schedules (and ends with the run's signals), and the Dask modules parse no command line.
    assert graph["secreview.parallel"] <= {"secreview.engine", "secreview.config", "secreview.boundary"}
    assert not {name for name in graph["secreview.boundary"] if name.startswith("secreview.")}
    for module in ("secreview.distributed.cluster", "secreview.distributed.catalog"):
        assert "argparse" not in MODULES[module].read_text(encoding="utf-8")


def test_the_readers_import_nothing_of_the_ocr_pass() -> None:
    """The flow runs one way, read → extract → normalize …: the OCR pass reads what the extractors left as
    images and builds on them (``secreview.ocr`` imports ``secreview.extract``), never the other way."""
    graph = import_graph()
    readers = [module for module in graph if f"{module}.".startswith("secreview.extract.")]
    ocr = {name for name in graph if f"{name}.".startswith("secreview.ocr.")}
    assert {(reader, name) for reader in readers for name in graph[reader] & ocr} == set()


def test_the_code_cites_no_file_outside_the_repository() -> None:
    outside = ("domain.md", "output-contract.md", "architecture.md", "../shared", "/work/")
    rules = PACKAGE.parent / "rules"
    files = [*MODULES.values(), *(rules.rglob("*.toml") if rules.is_dir() else [])]
    cited = [
        (path.name, name) for path in files for name in outside if name in path.read_text(encoding="utf-8")
    ]
    assert cited == []
