"""Two processes folding into one database at once lose nothing (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import EXAMPLES
from conftest import PG_URL, pg_schema

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason="NEWSFOLD_TEST_PG_URL is not set"))])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "shared.db")
    else:
        assert PG_URL is not None
        yield from pg_schema(PG_URL)


def test_concurrent_fold_two_processes_into_one_database(nlp, database, tmp_path):
    halves = [tmp_path / "half1", tmp_path / "half2"]
    for half in halves:
        half.mkdir()
    for n, path in enumerate(sorted(EXAMPLES.iterdir())):
        shutil.copy(path, halves[n % 2] / path.name)
    procs = [
        subprocess.Popen([sys.executable, "-m", "newsfold", "fold", str(half), "--out", str(tmp_path / f"out{n}"),
                          "--db", database, "--no-progress", "--batch-size", "2"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n, half in enumerate(halves)
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    final = subprocess.run([sys.executable, "-m", "newsfold", "export", "--db", database, "--format", "json"],
                           capture_output=True, text=True, check=True, timeout=120)
    fold = json.loads(final.stdout)
    assert len(fold["documents"]) == 14
    assert {d for s in fold["stories"] for d in s["documents"]} == {d["id"] for d in fold["documents"]}
