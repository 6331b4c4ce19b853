"""The command line, driven in process."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from newsfold import __version__
from newsfold.cli import app

runner = CliRunner()


def test_cli_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_cli_every_command_has_help():
    for command in ("fold", "export"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Usage" in result.output


@pytest.mark.model
def test_cli_fold_then_export(nlp, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["fold", str(EXAMPLES), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    fold = json.loads((out / "fold.json").read_text(encoding="utf-8"))
    assert (out / "report.html").stat().st_size > 10_000
    assert (out / "newsfold.db").exists()

    exported = runner.invoke(app, ["export", "--db", str(out / "newsfold.db"), "--format", "json"])
    assert exported.exit_code == 0
    assert json.loads(exported.stdout) == fold

    table = runner.invoke(app, ["export", "--db", str(out / "newsfold.db"), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert len(rows) == len(fold["events"])
    assert {"event_date", "event_type", "plover_type", "actor1", "location", "country", "sources"} <= set(rows[0])
    # a syndicated copy is listed among the sources but not counted as an independent one
    flood = next(r for r in rows if "a04_beja_floods_repost" in r["sources"])
    assert int(flood["source_count"]) == len(flood["sources"].split("; ")) - 1


@pytest.mark.model
def test_cli_bad_input_is_reported_and_the_batch_completes(nlp, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Floods hit town\n\nFloods killed four people in Safi on Monday.\n", encoding="utf-8")
    (src / "broken.jsonl").write_text('{"id": "x1", "title": "t", "text": "ok text here"}\n{"id": \n', encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(app, ["fold", str(src), "--out", str(out), "--no-progress"])
    assert result.exit_code == 6  # the exit status says that inputs were skipped
    assert "NF-E105" in result.output and "broken.jsonl:2" in result.output
    assert "NF-E102" in result.output
    fold = json.loads((out / "fold.json").read_text(encoding="utf-8"))
    assert {d["id"] for d in fold["documents"]} == {"good", "x1"}
    assert len(fold["skipped"]) == 2
    allowed = runner.invoke(app, ["fold", str(src), "--out", str(out), "--no-progress", "--allow-skipped"])
    assert allowed.exit_code == 0


def test_cli_export_missing_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 4
    assert "NF-E301" in result.output
