"""`import newsfold` stays cheap, and the public API is a tested list."""

from __future__ import annotations

import subprocess
import sys

import newsfold


def test_imports_newsfold_loads_no_heavy_dependency():
    code = (
        "import sys, newsfold, newsfold.model, newsfold.errors, newsfold.ids\n"
        "heavy = [m for m in ('spacy', 'sqlalchemy', 'fastapi', 'sklearn', 'trafilatura', 'dask') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_imports_public_api_is_the_sorted_all():
    public = sorted(n for n in dir(newsfold) if not n.startswith("_") and n not in {"annotations", "os", "version", "PackageNotFoundError", "Iterable", "TYPE_CHECKING"} and not isinstance(getattr(newsfold, n), type(newsfold)))
    assert sorted(newsfold.__all__) == sorted(public + ["__version__"])


def test_imports_model_missing_is_a_clear_error(monkeypatch):
    import importlib.util

    from newsfold.errors import ModelNotInstalledError
    from newsfold.nlp.load import installed_model_name

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    try:
        installed_model_name(("no_such_model",))
    except ModelNotInstalledError as err:
        assert "pip install" in str(err) and "NF-E201" in str(err)
    else:  # pragma: no cover
        raise AssertionError("expected ModelNotInstalledError")
