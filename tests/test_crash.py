"""Crash safety: a fold killed with SIGKILL half-way and run again ends as an uninterrupted one."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT

CORPUS = ROOT / "tests" / "eval" / "corpus"

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _fold_command(out: Path) -> list[str]:
    return [sys.executable, "-m", "newsfold", "fold", str(CORPUS), "--out", str(out), "--no-progress", "--batch-size", "2"]


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_crash_sigkill_mid_fold_then_rerun_gives_the_same_fold(nlp, tmp_path):
    clean = tmp_path / "clean"
    subprocess.run(_fold_command(clean), check=True, capture_output=True, timeout=300)

    crashed = tmp_path / "crashed"
    proc = subprocess.Popen(_fold_command(crashed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    killed_at = None
    while time.monotonic() < deadline and proc.poll() is None:
        n = _stored(crashed / "newsfold.db")
        if 2 <= n < 24:
            os.kill(proc.pid, signal.SIGKILL)
            killed_at = n
            break
        time.sleep(0.05)
    proc.wait(timeout=30)
    if killed_at is None:
        pytest.skip("the fold finished before it could be interrupted")
    assert not (crashed / "fold.json").exists()

    rerun = subprocess.run(_fold_command(crashed), check=True, capture_output=True, text=True, timeout=300)
    assert f"{24 - killed_at} analysed" in rerun.stderr or "analysed" in rerun.stderr
    assert (crashed / "fold.json").read_bytes() == (clean / "fold.json").read_bytes()


def test_crash_two_clean_runs_are_byte_identical(nlp, tmp_path):
    for name in ("one", "two"):
        subprocess.run(_fold_command(tmp_path / name), check=True, capture_output=True, timeout=300)
    assert (tmp_path / "one" / "fold.json").read_bytes() == (tmp_path / "two" / "fold.json").read_bytes()
