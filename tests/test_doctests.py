"""The examples in docstrings run, so they stay true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsfold

MODULES = sorted(m.name for m in pkgutil.walk_packages(newsfold.__path__, "newsfold.") if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError as err:  # an optional extra (web, postgres) that is not installed
        pytest.skip(f"{name}: {err}")
    failures, _tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
