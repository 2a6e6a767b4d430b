"""The architecture, checked: imports go one way down the layers, and never in a circle.

Layers, lowest first (README "How it is built"): base modules, text/, extract/, store/,
verify/, review/, export/, tui/, cli/. A module may import its own layer or any lower
one, at the top of the file or inside a function alike.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
LAYERS = ["base", "text", "extract", "store", "verify", "review", "export", "tui", "cli"]
BASE = {"factcheck", "factcheck.errors", "factcheck.models", "factcheck.names",
        "factcheck.render"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(module: str) -> str:
    if module in BASE:
        return "base"
    if module == "factcheck.__main__":
        return "cli"
    return module.split(".")[1]


def imports_of(path: Path, known: set[str], typing_too: bool) -> set[str]:
    """The factcheck modules a file imports (`from pkg import module` counts the module);
    imports under `if TYPE_CHECKING:` only with `typing_too` (they never run)."""
    tree = ast.parse(path.read_text(), str(path))
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and getattr(block.test, "id", None) == "TYPE_CHECKING"
                   for stmt in block.body for n in ast.walk(stmt)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only and not typing_too:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("factcheck"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factcheck"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in known else node.module)
    return found


def graph(typing_too: bool = True) -> dict[str, set[str]]:
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    known = set(paths)
    return {name: imports_of(path, known, typing_too) & known - {name}
            for name, path in paths.items()}


def test_every_module_belongs_to_a_layer():
    assert {layer(m) for m in graph()} <= set(LAYERS)


def test_imports_go_down_the_layers():
    rank = {name: i for i, name in enumerate(LAYERS)}
    upward = sorted(f"{m} ({layer(m)}) imports {d} ({layer(d)})"
                    for m, deps in graph().items() for d in deps
                    if rank[layer(d)] > rank[layer(m)])
    assert upward == []


def test_no_import_cycles():
    edges = graph(typing_too=False)
    # a package's __init__ may re-export its own modules; a cycle through it is not a cycle
    edges = {m: {d for d in deps if not m.startswith(d + ".")} for m, deps in edges.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for dep in sorted(edges[node]):
            if state.get(dep) == 1:
                cycles.append(trail[trail.index(dep):] + [dep])
            elif dep not in state:
                visit(dep, trail + [dep])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert cycles == []


def test_the_command_line_starts_without_the_heavy_libraries():
    """`factcheck --help` must not pay for the extractors, rapidfuzz, SQLite or Textual."""
    heavy = ["sqlite_utils", "rapidfuzz", "textual", "dateparser", "factcheck.extract",
             "trafilatura", "lxml", "urllib.request"]
    code = ("import sys, factcheck.cli; "
            f"print([m for m in {heavy!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
