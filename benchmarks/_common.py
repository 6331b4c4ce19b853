"""What the benchmark scripts share: where the public data lies, progress output, which
newsfold is measured, and a spaCy wrapper that keeps the parsed documents.

The scripts run as ``python benchmarks/NAME.py``, so this folder is on ``sys.path``.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: ``../shared/bench`` beside the checkout, as CI and the sessions have it.
BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"


def log(msg: str) -> None:
    """Progress and diagnostics on standard error."""
    print(msg, file=sys.stderr, flush=True)


def read_annotation(path: Path, what: str) -> dict[str, Any]:
    """A JSON annotation file (gold or probes) with its ``role``; raises ``ValueError`` naming the
    file when it cannot be read or its role is neither ``"dev"`` nor ``"test"``."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path.name}: unreadable {what} ({exc})") from exc
    if not isinstance(data, dict) or data.get("role") not in {"dev", "test"}:
        raise ValueError(f"{path.name}: 'role' must be 'dev' or 'test'")
    return data


@functools.lru_cache(maxsize=1)
def code_state() -> str:
    """Which newsfold is measured: its location, and the git commit (plus edited files) when in a checkout."""
    import subprocess

    import newsfold

    where = Path(newsfold.__file__).resolve().parent
    try:
        head = subprocess.run(["git", "-C", str(where), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(where), "status", "--porcelain", "--", "."], capture_output=True,
                               text=True, timeout=10, check=True).stdout.split("\n")
        edited = [line[3:] for line in dirty if line.strip()]
        return f"newsfold at {where} (git {head}{', edited: ' + ' '.join(edited) if edited else ', clean'})"
    except (OSError, subprocess.SubprocessError):
        return f"newsfold at {where} (not a git checkout)"


class RecordingPipeline:
    """Wraps a spaCy pipeline so that the parsed ``Doc`` of every article is kept.

    :func:`newsfold.pipeline.analyse` drops the parse after extraction; benchmarks that need
    the tokens (a trigger's lemma, gold mentions' heads) read them here, with no second parse.
    """

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.docs: dict[str, Any] = {}

    def pipe(self, pairs: Iterable[tuple[str, Any]], *, as_tuples: bool = False, **kwargs: Any):  # noqa: ANN201
        """Delegate to ``nlp.pipe(..., as_tuples=True)`` and record each doc by article id."""
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, **kwargs):
            self.docs[article.article_id] = doc
            yield (doc, article) if as_tuples else doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)
