"""Stories and topics: articles about one real-world event, and related stories above them.

Articles are compared on TF-IDF of their words plus their canonical entities. Candidates
come from blocking on each article's heaviest terms and entities (keys shared by too many
articles are skipped, so the work grows near-linearly with the corpus, never all pairs),
and two articles join one story only when they are similar enough *and* their main events
agree: the same type, compatible dates, places and counts. Two police operations against
similar cells in different cities or years are two stories of one topic.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from newsfold.dates import dates_compatible
from newsfold.ids import make_id
from newsfold.merge import COUNT_IDENTIFIES, type_class
from newsfold.model import Event, Story, Topic
from newsfold.numbers import compatible

#: Average cosine similarity at which two groups of articles join one story. Chosen on the
#: project's own corpora (seeds, examples/, tests/eval/corpus), not on the benchmarks reported.
STORY_THRESHOLD = 0.15
#: Below this similarity, clearly different main events (date, count, place) keep two articles
#: apart; above it, the texts are alike enough that the extraction, not the story, differs.
VETO_BELOW = 0.25
#: Cosine similarity between story centroids above which stories share a topic.
TOPIC_THRESHOLD = 0.12
#: Articles published further apart than this are different stories.
STORY_WINDOW_DAYS = 21


@dataclass(frozen=True, slots=True)
class ClusterInput:
    """What clustering needs from one article."""

    article_id: str
    title: str
    text: str
    published: date | None
    entities: tuple[str, ...]  # canonical entity ids mentioned
    main_event: Event | None
    events: frozenset[str] = frozenset()  # ids of every event the article reports


def main_events(events: Sequence[Event], published: Mapping[str, date | None] | None = None) -> dict[str, Event]:
    """The main event of each document: the first one it reports that is not old background.

    An event dated more than 30 days before the document's publication is background; among
    the others, the one mentioned earliest in the document wins (ties: the most confident).
    """
    published = published or {}
    best: dict[str, tuple[tuple[int, int, float], Event]] = {}
    for e in events:
        first: dict[str, int] = {}
        for span in e.mentions:
            first[span.article_id] = min(first.get(span.article_id, span.start), span.start)
        for d in e.documents:
            old = _is_background(e, published.get(d))
            key = (int(old), first.get(d, 10**9), -e.confidence)
            if d not in best or key < best[d][0]:
                best[d] = (key, e)
    return {d: e for d, (_k, e) in best.items()}


def _is_background(event: Event, published: date | None) -> bool:
    from newsfold.dates import date_bounds

    bounds = date_bounds(event.date)
    if bounds is None:
        return False
    if published is None:
        return len(event.date or "") == 4  # a bare year in an undated article is usually history
    return (published - bounds[1]).days > 30


def cluster_articles(items: Sequence[ClusterInput]) -> tuple[tuple[Story, ...], tuple[Topic, ...]]:
    """Group articles into stories and stories into topics.

    Example::

        stories, topics = cluster_articles(inputs)
    """
    if not items:
        return (), ()
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [f"{it.title}\n{it.text}" for it in items]
    words = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1, max_df=0.9 if len(items) > 10 else 1.0).fit_transform(docs)
    ents = TfidfVectorizer(analyzer=lambda xs: list(xs), sublinear_tf=True).fit_transform([it.entities for it in items])
    matrix = _normalize(hstack([words, ents * 0.8]).tocsr())
    pairs = _similar_pairs(matrix, STORY_THRESHOLD)
    # A pair of clearly different main events (type, date, place, count) cannot be one story,
    # unless the texts are so alike that the extraction must have erred (VETO_BELOW).
    cannot = {(i, j) for i, j, sim in pairs
              if _clearly_different(items[i], items[j]) or (sim < VETO_BELOW and not _same_story(items[i], items[j]))}
    groups = average_linkage(len(items), [(i, j, sim) for i, j, sim in pairs if (i, j) not in cannot],
                             STORY_THRESHOLD, cannot)
    stories = [_story([items[i] for i in members]) for members in groups.values()]
    topics = _topics(stories, list(groups.values()), matrix)
    topic_of = {s: t.topic_id for t in topics for s in t.stories}
    stories = [Story(s.story_id, s.title, s.documents, topic_of.get(s.story_id), s.first_seen, s.last_seen) for s in stories]
    return tuple(sorted(stories, key=lambda s: s.story_id)), tuple(sorted(topics, key=lambda t: t.topic_id))


#: Up to this many rows every pair is compared (one sparse product); above it, blocking.
EXACT_UP_TO = 3000
#: Features of a row used as blocking keys (its heaviest terms and entities).
KEYS_PER_ROW = 16
#: A key shared by more rows than this is too common to block on (it would make pairs quadratic).
MAX_POSTING = 150


def _similar_pairs(matrix, threshold: float) -> list[tuple[int, int, float]]:  # type: ignore[no-untyped-def]
    """Pairs of rows whose cosine similarity reaches ``threshold``, found by blocking.

    Every row is indexed under its heaviest features; rows that share a key that is not too
    common are compared. The number of comparisons grows with ``rows × MAX_POSTING``, not
    with ``rows²``.
    """
    import numpy as np

    if matrix.shape[0] <= EXACT_UP_TO:
        sims = (matrix @ matrix.T).tocoo()
        return sorted((int(a), int(b), float(v)) for a, b, v in zip(sims.row, sims.col, sims.data) if a < b and v >= threshold)
    index: dict[int, list[int]] = defaultdict(list)
    for i in range(matrix.shape[0]):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        data, cols = matrix.data[start:end], matrix.indices[start:end]
        for f in cols[np.argsort(-data, kind="stable")[:KEYS_PER_ROW]]:
            index[int(f)].append(i)
    pairs: set[tuple[int, int]] = set()
    for rows in index.values():
        if 1 < len(rows) <= MAX_POSTING:
            for a_pos, a in enumerate(rows):
                for b in rows[a_pos + 1:]:
                    pairs.add((a, b))
    if not pairs:
        return []
    ordered = sorted(pairs)
    left = np.fromiter((a for a, _b in ordered), dtype=np.int64, count=len(ordered))
    right = np.fromiter((b for _a, b in ordered), dtype=np.int64, count=len(ordered))
    out: list[tuple[int, int, float]] = []
    for lo in range(0, len(ordered), 50_000):
        a, b = left[lo:lo + 50_000], right[lo:lo + 50_000]
        sims = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()
        out += [(int(x), int(y), float(z)) for x, y, z in zip(a, b, sims) if z >= threshold]
    return out


def _normalize(matrix):  # type: ignore[no-untyped-def]
    from sklearn.preprocessing import normalize

    return normalize(matrix)


def average_linkage(n: int, pairs: Sequence[tuple[int, int, float]], threshold: float,
                    cannot: set[tuple[int, int]] = frozenset()) -> dict[int, list[int]]:  # type: ignore[assignment]
    """Average-linkage agglomeration over a sparse similarity graph.

    Two groups merge while the mean similarity over *all* their member pairs reaches
    ``threshold`` (pairs missing from ``pairs`` count as 0, which is what blocking implies), and
    never when a member pair is in ``cannot``. Unlike joining every linked pair, one stray link
    cannot chain two stories together. Work is O(E log E) for E candidate pairs.

    :returns: group representative → sorted member indices.
    """
    import heapq

    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    blocked: dict[int, set[int]] = defaultdict(set)
    for i, j in cannot:
        blocked[i].add(j)
        blocked[j].add(i)
    for i, j, sim in pairs:
        sums[i][j] = sums[i].get(j, 0.0) + sim
        sums[j][i] = sums[j].get(i, 0.0) + sim
    heap = [(-sim, i, j) for i, j, sim in pairs]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        current = sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(current + neg) > 1e-12:
            continue  # stale entry; the up-to-date one is in the heap
        if current < threshold:
            break
        if blocked[a] & set(members[b]) or blocked[b] & set(members[a]):
            continue
        keep, gone = min(a, b), max(a, b)
        members[keep] = sorted(members[keep] + members.pop(gone))
        blocked[keep] |= blocked.pop(gone, set())
        for other, value in sums.pop(gone).items():
            sums[other].pop(gone, None)
            if other == keep:
                continue
            total = sums[keep].get(other, 0.0) + value
            sums[keep][other] = total
            sums[other][keep] = total
        for other, total in sums[keep].items():
            if other in members:
                heapq.heappush(heap, (-total / (len(members[keep]) * len(members[other])), min(keep, other), max(keep, other)))
    return members


def _same_story(a: ClusterInput, b: ClusterInput) -> bool:
    """False when the two articles' main news clearly differ: dates, arrest counts or places.

    The event *type* is not compared: one raid is arrests to one outlet and a seizure to
    another, and a trial report is typed differently from the crime it follows.
    """
    if a.published and b.published and abs((a.published - b.published).days) > STORY_WINDOW_DAYS:
        return False
    ea, eb = a.main_event, b.main_event
    if ea is None or eb is None:
        return True
    if ea.event_id == eb.event_id or ea.event_id in b.events and eb.event_id in a.events:
        return True
    if not dates_compatible(ea.date, eb.date):
        return False
    if ea.kind is eb.kind and ea.kind in COUNT_IDENTIFIES and ea.count and eb.count:
        if not compatible((ea.count.value, ea.count.qualifier), (eb.count.value, eb.count.qualifier)):
            return False
    if _family(ea) == _family(eb) and ea.locations and eb.locations and not set(ea.locations) & set(eb.locations):
        return False
    return True


def _clearly_different(a: ClusterInput, b: ClusterInput) -> bool:
    """Different stories at any similarity: published weeks apart, or main events dated to
    different months or days."""
    if a.published and b.published and abs((a.published - b.published).days) > STORY_WINDOW_DAYS:
        return True
    ea, eb = a.main_event, b.main_event
    if ea is None or eb is None or ea.event_id == eb.event_id:
        return False
    from newsfold.dates import precision

    return precision(ea.date) >= 2 and precision(eb.date) >= 2 and not dates_compatible(ea.date, eb.date)


def _family(event: Event) -> str:
    """Event types one story may be told by: a police raid is arrests to one outlet, a seizure to another."""
    if event.kind in COUNT_IDENTIFIES:
        return "POLICE"
    return type_class(event.kind)


def _story(members: list[ClusterInput]) -> Story:
    members = sorted(members, key=lambda m: (m.published or date.max, m.article_id))
    ids = tuple(sorted(m.article_id for m in members))
    dates = sorted(m.published for m in members if m.published)
    return Story(
        story_id=make_id("s", *ids),
        title=members[0].title,
        documents=ids,
        first_seen=dates[0].isoformat() if dates else None,
        last_seen=dates[-1].isoformat() if dates else None,
    )


def _topics(stories: list[Story], groups: list[list[int]], matrix) -> list[Topic]:  # type: ignore[no-untyped-def]
    import numpy as np
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for g, members in enumerate(groups):
        for m in members:
            rows.append(g)
            cols.append(m)
            vals.append(1.0 / len(members))
    membership = csr_matrix((np.array(vals), (np.array(rows), np.array(cols))), shape=(len(groups), matrix.shape[0]))
    centroids = _normalize(membership @ matrix)  # sparse: stories × features
    parent = list(range(len(groups)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _sim in _similar_pairs(centroids, TOPIC_THRESHOLD):
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    by_root: dict[int, list[Story]] = defaultdict(list)
    for idx in range(len(groups)):
        by_root[find(idx)].append(stories[idx])
    topics = []
    for group in by_root.values():
        group = sorted(group, key=lambda s: s.story_id)
        docs = tuple(sorted(d for s in group for d in s.documents))
        largest = max(group, key=lambda s: (len(s.documents), s.story_id))
        topics.append(Topic(make_id("t", *docs), largest.title, docs, tuple(s.story_id for s in group)))
    return topics
