"""Quality gate: fold the invented test corpora (and the seeds, when present) and score them.

The scorer is ``../shared/eval/score.py``; the floors are in ``tests/eval/floors.json``.
A change that makes extraction, merging, entities or stories worse fails here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SHARED, load_json, load_script

FLOORS = load_json(ROOT / "tests" / "eval" / "floors.json")
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.model


def _scorer() -> Any:
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not present")
    return load_script(SCORER, "newsfold_shared_score")


@pytest.mark.parametrize("name", ["examples", "corpus", "seeds"])
def test_eval_gate_scores_stay_above_floors(name: str, fold_dir) -> None:
    spec = FLOORS[name]
    gold_path = (ROOT / spec["gold"]).resolve()
    source = (ROOT / spec["input"]).resolve()
    if not gold_path.exists() or not source.exists():
        pytest.skip(f"{spec['gold']} is not present")
    score = _scorer()
    fold, _out = fold_dir(Path(source))
    result = score.score(load_json(gold_path), fold)
    below = {k: (round(result[k], 3), v) for k, v in spec["floors"].items() if result[k] < v}
    above = {k: (result[k], v) for k, v in spec.get("ceilings", {}).items() if result[k] > v}
    assert not below and not above, f"{name}: below floor {below}, above ceiling {above}"
