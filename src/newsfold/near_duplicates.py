"""Near-duplicate articles: syndicated and republished copies of one original.

Each article's normalized text is cut into word 5-shingles and summarized with a MinHash
(fixed seed, so results are reproducible).  A MinHash LSH index proposes candidate pairs
in near-linear time; each candidate pair is then confirmed with the exact Jaccard
similarity of the two shingle sets, so no pair is ever compared unless LSH proposed it.
Confirmed pairs are joined into groups; in each group the original is the article
published first (unknown dates count as latest, ties broken by article id) and every other
member gets ``copy_of`` set to the original's id.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from datetime import date

from datasketch import MinHash, MinHashLSH

from newsfold.ids import normalize_for_id
from newsfold.model import Article

#: Words per shingle.
SHINGLE_WORDS = 5

#: The MinHash seed; fixed so that the same corpus always gives the same groups.
SEED = 1

#: How far below ``threshold`` the LSH index looks for candidates (they are verified exactly).
LSH_SLACK = 0.15

#: How many shingle sets the exact verification keeps cached.
SHINGLE_CACHE = 4096

_WORD = re.compile(r"\w+")


def shingles(text: str, *, size: int = SHINGLE_WORDS) -> frozenset[bytes]:
    """The word shingles of a text after case, accent and white-space normalization.

    A text shorter than ``size`` words is one shingle.

    >>> sorted(shingles("A b c", size=2))
    [b'a b', b'b c']

    :param text: any text.
    :param size: words per shingle.
    :returns: the set of shingles, UTF-8 encoded (empty for a text without words).
    """
    words = _WORD.findall(normalize_for_id(text))
    if not words:
        return frozenset()
    if len(words) <= size:
        return frozenset({" ".join(words).encode("utf-8")})
    return frozenset(" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1))


def _minhash(items: frozenset[bytes], num_perm: int) -> MinHash:
    """The MinHash signature of a shingle set (datasketch's SHA-1 hashing: stable across runs)."""
    signature = MinHash(num_perm=num_perm, seed=SEED)
    signature.update_batch(sorted(items))
    return signature


def jaccard(a: frozenset[bytes], b: frozenset[bytes]) -> float:
    """The exact Jaccard similarity of two sets (0 when both are empty).

    :param a: a set.
    :param b: another set.
    :returns: ``|a ∩ b| / |a ∪ b|``.
    """
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _original_key(article: Article) -> tuple[bool, date, str]:
    """Sort key of the original: earliest date first, unknown dates last, then by id."""
    return (article.published is None, article.published or date.max, article.article_id)


def find_copy_groups(
    articles: Sequence[Article],
    *,
    threshold: float = 0.8,
    num_perm: int = 128,
) -> list[list[str]]:
    """Groups of near-duplicate articles, original first.

    :param articles: the articles (ids must be unique).
    :param threshold: the least Jaccard similarity of word 5-shingles for two texts to be copies.
    :param num_perm: MinHash permutations (more: slower, more accurate candidates).
    :returns: one list of article ids per group of two or more, the original first and the
        copies in original order after it; groups are sorted by their original's id.
    :raises ValueError: ``threshold`` is not in ``(0, 1]``.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")

    @functools.lru_cache(maxsize=SHINGLE_CACHE)
    def shingles_of(position: int) -> frozenset[bytes]:
        return shingles(articles[position].text)

    parent = list(range(len(articles)))
    for left, right in _candidate_pairs(articles, threshold=threshold, num_perm=num_perm):
        if jaccard(shingles_of(left), shingles_of(right)) >= threshold:
            _union(parent, left, right)
    return _groups(articles, parent)


def _candidate_pairs(articles: Sequence[Article], *, threshold: float, num_perm: int) -> list[tuple[int, int]]:
    """Pairs of indices that the LSH index puts in a common bucket (each pair once, sorted).

    Only the LSH buckets are kept in memory, never the shingle sets of the whole corpus.
    """
    index = MinHashLSH(threshold=max(0.05, threshold - LSH_SLACK), num_perm=num_perm)
    pairs: set[tuple[int, int]] = set()
    for position, article in enumerate(articles):
        items = shingles(article.text)
        if not items:
            continue
        signature = _minhash(items, num_perm)
        for other in index.query(signature):
            pairs.add((other, position))
        index.insert(position, signature)
    return sorted(pairs)


def _find(parent: list[int], node: int) -> int:
    """The representative of ``node``'s group (with path halving)."""
    while parent[node] != node:
        parent[node] = parent[parent[node]]
        node = parent[node]
    return node


def _union(parent: list[int], left: int, right: int) -> None:
    """Join two groups; the smaller index becomes the representative."""
    a, b = _find(parent, left), _find(parent, right)
    if a != b:
        parent[max(a, b)] = min(a, b)


def _groups(articles: Sequence[Article], parent: list[int]) -> list[list[str]]:
    """The groups of two or more, each as ids with the original first."""
    members: dict[int, list[int]] = {}
    for position in range(len(articles)):
        members.setdefault(_find(parent, position), []).append(position)
    groups: list[list[str]] = []
    for positions in members.values():
        if len(positions) < 2:
            continue
        original = min(positions, key=lambda i: _original_key(articles[i]))
        groups.append([articles[original].article_id] + [articles[i].article_id for i in positions if i != original])
    return sorted(groups, key=lambda group: group[0])


def mark_copies(
    articles: Sequence[Article],
    *,
    threshold: float = 0.8,
    num_perm: int = 128,
) -> list[Article]:
    """Mark syndicated and republished copies: ``copy_of`` is set to the original's id.

    The original of a group is the article published first (an unknown date counts as
    latest; ties go to the smaller article id).  Copy status is computed afresh: an
    article that is not a copy now gets ``copy_of=None`` even if it came in with a value,
    so running this twice, or on a corpus that grew, gives consistent marks.  Articles
    whose status does not change are returned as the same objects.

    :param articles: the articles (ids must be unique).
    :param threshold: the least Jaccard similarity of word 5-shingles for two texts to be copies.
    :param num_perm: MinHash permutations.
    :returns: the articles in the same order, copies marked via :func:`dataclasses.replace`.
    :raises ValueError: ``threshold`` is not in ``(0, 1]``.
    """
    original_of: dict[str, str] = {}
    for group in find_copy_groups(articles, threshold=threshold, num_perm=num_perm):
        original_of.update((copy, group[0]) for copy in group[1:])
    return [_with_copy_of(article, original_of.get(article.article_id)) for article in articles]


def _with_copy_of(article: Article, copy_of: str | None) -> Article:
    """The article with ``copy_of`` set, the same object when it already has that value."""
    return article if article.copy_of == copy_of else dataclasses.replace(article, copy_of=copy_of)


__all__ = ["find_copy_groups", "jaccard", "mark_copies", "shingles"]
