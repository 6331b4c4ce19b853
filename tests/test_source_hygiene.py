"""The package's own source: no module binds one top-level name twice.

A second ``_CROWDS = ...`` further down a long module silently replaces the first for every
function that reads it; Python raises nothing. This test names the module and the name.
"""

from __future__ import annotations

import ast
from collections import Counter

from conftest import ROOT


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


def test_the_top_level_name_counter_finds_a_name_bound_twice():
    tree = ast.parse("A = 1\ndef f():\n    pass\nA = 2\n")
    assert [n for n, c in _top_level_names(tree).items() if c > 1] == ["A"]


def test_no_module_binds_a_top_level_name_twice():
    twice = {}
    for path in sorted((ROOT / "src" / "newsfold").rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        if bound := sorted(n for n, c in names.items() if c > 1):
            twice[str(path.relative_to(ROOT))] = bound
    assert twice == {}
