"""Story clustering: candidate pairs by blocking agree with the exact comparison."""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

from newsfold import cluster


def _random_rows(n: int, seed: int = 3) -> csr_matrix:
    rng = np.random.default_rng(seed)
    dense = np.zeros((n, 400))
    for i in range(n):
        topic = i // 5  # groups of five near-identical rows
        dense[i, rng.choice(range(topic % 80 * 5, topic % 80 * 5 + 5), 3, replace=False)] = 1.0
        dense[i, rng.integers(0, 400)] += 0.3
    return cluster._normalize(csr_matrix(dense))


def test_cluster_blocking_finds_the_same_close_pairs_as_exact(monkeypatch):
    matrix = _random_rows(300)
    exact = {(a, b) for a, b, _s in cluster._similar_pairs(matrix, 0.5)}
    monkeypatch.setattr(cluster, "EXACT_UP_TO", 0)
    blocked = {(a, b) for a, b, _s in cluster._similar_pairs(matrix, 0.5)}
    assert exact and blocked == exact
