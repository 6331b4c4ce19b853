"""Stories and topics: articles about one real-world event, and related stories above them.

Articles are compared on TF-IDF of their words plus their canonical entities. Candidates
come from blocking on each article's heaviest terms and entities (keys shared by too many
articles are skipped, so the work grows near-linearly with the corpus, never all pairs),
and two articles join one story only when they are similar enough *and* their main events
agree: the same type, compatible dates, places and counts. Two police operations against
similar cells in different cities or years are two stories of one topic. Two groups of
reports that are each about a person the other's are not about stay two stories.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsfold.aliases import country_name
from newsfold.dates import date_bounds, dates_compatible
from newsfold.ids import make_id
from newsfold.merge import COUNT_IDENTIFIES, places_meet, type_class
from newsfold.model import Event, Story, Topic
from newsfold.numbers import compatible

#: Average cosine similarity at which two groups of articles join one story. Chosen on the
#: project's own corpora (seeds, examples/, tests/eval/corpus), not on the benchmarks reported.
STORY_THRESHOLD = 0.15
#: Below this similarity, clearly different main events (date, count, place) keep two articles
#: apart; above it, the texts are alike enough that the extraction, not the story, differs.
VETO_BELOW = 0.25
#: Two groups of articles stay apart while more than this share of the pairs compared between
#: them are clearly different stories (a majority of their reports disagree, not one; one
#: pair of two is a tie, and a tie does not split a story its other pair holds together).
VETO_SHARE = 0.5
#: Cosine similarity between story centroids above which stories share a topic.
TOPIC_THRESHOLD = 0.12
#: Articles published further apart than this are different stories.
STORY_WINDOW_DAYS = 21
#: Main events dated further apart than this (beyond their precision) are different stories at
#: any similarity; closer, they may be one developing story (riots on Saturday, arrests on Wednesday).
MAIN_EVENT_SLACK_DAYS = 7
#: Two groups of at least this many reports are told apart by the people they are about (below).
PROTAGONIST_GROUP = 3
#: A group's protagonist is central to at least this share of its reports...
PROTAGONIST_SHARE = 0.5
#: ...and a stranger to the other group when central to at most this share of its reports.
STRANGER_SHARE = 0.1


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
    central: frozenset[str] = frozenset()  # surnames of the people it is about (named in its lead and again)
    people: frozenset[str] = frozenset()  # surnames of every person it names
    main_points: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # where its main event's towns lie


def main_events(events: Sequence[Event], published: Mapping[str, date | None] | None = None) -> dict[str, Event]:
    """The main event of each document: the first one it reports that is not old background.

    An event dated more than 30 days before the document's publication is background, and so
    is any dated event of an undated document (only spelled-out dates resolve there: "arrested
    in October 2013"); among the others, the one mentioned earliest in the document wins (ties,
    in one sentence: the later event, an undated one being of the day; then the most confident).
    """
    published = published or {}
    best: dict[str, tuple[tuple[int, int, int, float], Event]] = {}
    for e in events:
        first: dict[str, int] = {}
        for span in e.mentions:
            first[span.article_id] = min(first.get(span.article_id, span.start), span.start)
        bounds = date_bounds(e.date) if e.date else None
        for d in e.documents:
            old = _is_background(e, published.get(d))
            # in one sentence, the later event is the news: "approved a fund on Monday to rebuild
            # after the floods in March" (undated: of the day)
            when = bounds[1] if bounds else published.get(d)
            key = (int(old), first.get(d, 10**9), -(when.toordinal() if when else 0), -e.confidence)
            if d not in best or key < best[d][0]:
                best[d] = (key, e)
    return {d: e for d, (_k, e) in best.items()}


def _is_background(event: Event, published: date | None) -> bool:
    from newsfold.dates import date_bounds

    bounds = date_bounds(event.date)
    if bounds is None:
        return False
    if published is None:
        # an undated article can only have dates it spells out ("in October 2013"); the day's
        # news is told with relative ones ("on Monday") that stay unresolved there
        return True
    return (published - bounds[1]).days > 30


def cluster_articles(items: Sequence[ClusterInput], previous: Mapping[str, str] | None = None,
                     ) -> tuple[tuple[Story, ...], tuple[Topic, ...]]:
    """Group articles into stories and stories into topics.

    :param items: every article of the corpus.
    :param previous: article id → story key for articles grouped by an earlier fold. When
        given, those groups stay as they are (incremental folding): only pairs that involve a
        new article are compared, each new article joins the existing story it fits on average
        or forms a new story with other new articles, and two existing stories never merge.
        Without it, every article is grouped afresh.

    Example::

        stories, topics = cluster_articles(inputs)
        more, _ = cluster_articles(inputs + new_inputs, {s_doc: s.story_id for s in stories for s_doc in s.documents})
    """
    if not items:
        return (), ()
    matrix = _features(items)
    previous = previous or {}
    fixed_groups: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        if it.article_id in previous:
            fixed_groups[previous[it.article_id]].append(i)
    new_rows = [i for i, it in enumerate(items) if it.article_id not in previous]
    pairs = _similar_pairs(matrix, STORY_THRESHOLD, only=new_rows if fixed_groups else None)
    # A pair of clearly different main events (type, date, place, count), or of articles about
    # different people, cannot be one story, unless the texts are so alike that the extraction
    # must have erred (VETO_BELOW).
    cannot = {(i, j) for i, j, sim in pairs
              if _clearly_different(items[i], items[j]) or (sim < VETO_BELOW and (_about_other_people(items[i], items[j]) or not _same_story(items[i], items[j])))}
    groups = average_linkage(len(items), [(i, j, sim) for i, j, sim in pairs if (i, j) not in cannot],
                             STORY_THRESHOLD, cannot, fixed=[fixed_groups[k] for k in sorted(fixed_groups)],
                             apart=lambda ga, gb: groups_about_other_people([items[i].central for i in ga], [items[i].central for i in gb]))
    stories = [_story([items[i] for i in members]) for members in groups.values()]
    topics = _topics(stories, list(groups.values()), matrix)
    topic_of = {s: t.topic_id for t in topics for s in t.stories}
    stories = [Story(s.story_id, s.title, s.documents, topic_of.get(s.story_id), s.first_seen, s.last_seen) for s in stories]
    return tuple(sorted(stories, key=lambda s: s.story_id)), tuple(sorted(topics, key=lambda t: t.topic_id))


def _features(items: Sequence[ClusterInput]):  # type: ignore[no-untyped-def]
    """Unit-length rows: TF-IDF of title and text, plus TF-IDF of canonical entities (weight 0.8)."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [f"{it.title}\n{it.text}" for it in items]
    words = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1, max_df=0.9 if len(items) > 10 else 1.0).fit_transform(docs)
    if not any(it.entities for it in items):
        return _normalize(words.tocsr())
    ents = TfidfVectorizer(analyzer=lambda xs: list(xs), sublinear_tf=True).fit_transform([it.entities for it in items])
    return _normalize(hstack([words, ents * 0.8]).tocsr())


#: Up to this many rows every pair is compared (one sparse product); above it, blocking.
EXACT_UP_TO = 3000
#: Features of a row used as blocking keys (its heaviest terms and entities).
KEYS_PER_ROW = 16
#: A key shared by more rows than this is too common to block on (it would make pairs quadratic).
MAX_POSTING = 150


def _similar_pairs(matrix, threshold: float, only: Sequence[int] | None = None) -> list[tuple[int, int, float]]:  # type: ignore[no-untyped-def]
    """Pairs of rows (i < j) whose cosine similarity reaches ``threshold``, found by blocking.

    Every row is indexed under its heaviest features; rows that share a key that is not too
    common are compared. The number of comparisons grows with ``rows × MAX_POSTING``, not
    with ``rows²``. With ``only``, just the pairs that involve one of those rows (the new
    articles of an incremental fold).
    """
    import numpy as np

    if matrix.shape[0] <= EXACT_UP_TO:
        if only is None:
            sims = (matrix @ matrix.T).tocoo()
            return sorted((int(a), int(b), float(v)) for a, b, v in zip(sims.row, sims.col, sims.data) if a < b and v >= threshold)
        rows = list(only)
        found: dict[tuple[int, int], float] = {}
        if rows:
            sims = (matrix[rows] @ matrix.T).tocoo()
            for r, c, v in zip(sims.row, sims.col, sims.data):
                i, j = rows[int(r)], int(c)
                if i != j and v >= threshold:
                    found[(min(i, j), max(i, j))] = float(v)
        return sorted((i, j, v) for (i, j), v in found.items())
    wanted = None if only is None else set(only)
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
                    if wanted is None or a in wanted or b in wanted:
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
                    cannot: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
                    fixed: Sequence[Sequence[int]] = (),
                    apart: Callable[[list[int], list[int]], bool] | None = None) -> dict[int, list[int]]:
    """Average-linkage agglomeration over a sparse similarity graph.

    Two groups merge while the mean similarity over *all* their member pairs reaches
    ``threshold`` (pairs missing from ``pairs`` count as 0, which is what blocking implies), and
    not while more than ``VETO_SHARE`` of the compared pairs between them are in ``cannot``: two
    articles that clearly differ stay apart, but one report whose extraction erred (a wrong
    date, a place left out) does not split a story that its other reports hold together. Unlike
    joining every linked pair, one stray link cannot chain two stories together. Work is
    O(E log E) for E candidate pairs.

    ``apart(members_a, members_b)``, when given, is asked before each merge that passed the
    rest, and two groups it calls apart stay apart: a judgement on whole groups, where one
    on pairs would be too noisy.

    ``fixed`` groups (the stories of an earlier fold) start out formed, and two of them never
    merge: new rows may join one of them, or form groups of their own. Pairs inside one fixed
    group are not needed.

    :returns: group representative → sorted member indices.
    """
    import heapq

    rep = list(range(n))
    members: dict[int, list[int]] = {}
    locked: set[int] = set()
    for group in fixed:
        if group:
            head = min(group)
            members[head] = sorted(group)
            locked.add(head)
            for i in group:
                rep[i] = head
    for i in range(n):
        if rep[i] == i and i not in members:
            members[i] = [i]
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    compared: dict[int, dict[int, int]] = defaultdict(dict)  # candidate pairs between two groups
    vetoed: dict[int, dict[int, int]] = defaultdict(dict)  # of which in ``cannot``

    def add(table: dict[int, dict[int, Any]], a: int, b: int, value: Any) -> None:
        table[a][b] = table[a].get(b, 0) + value
        table[b][a] = table[a][b]

    for i, j, sim in pairs:
        a, b = rep[i], rep[j]
        if a != b and (i, j) not in cannot and (j, i) not in cannot:  # a vetoed pair is counted once, below
            add(sums, a, b, sim)
            add(compared, a, b, 1)
    for i, j in cannot:
        a, b = rep[i], rep[j]
        if a != b:
            add(vetoed, a, b, 1)
            add(compared, a, b, 1)
    heap = [(-total / (len(members[a]) * len(members[b])), a, b) for a, row in sums.items() for b, total in row.items() if a < b]
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
        votes = vetoed[a].get(b, 0)
        if a in locked and b in locked or votes and votes > VETO_SHARE * compared[a][b]:
            continue
        if apart is not None and apart(members[a], members[b]):
            continue
        keep, gone = min(a, b), max(a, b)
        members[keep] = sorted(members[keep] + members.pop(gone))
        if gone in locked:
            locked.discard(gone)
            locked.add(keep)
        for table in (sums, compared, vetoed):
            for other, value in table.pop(gone, {}).items():
                table[other].pop(gone, None)
                if other != keep:
                    add(table, keep, other, value)
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
    la, lb = _below_countries(ea), _below_countries(eb)
    # places tell two stories apart when both sides are on the map, or neither is; a venue the
    # gazetteer does not know ("the Tree of Life synagogue") against a town is no evidence
    comparable = bool(a.main_points) == bool(b.main_points)
    if _family(ea) == _family(eb) and la and lb and comparable and not places_meet(ea.kind, la, lb, dict(a.main_points), dict(b.main_points)):
        return False
    return True


def _about_other_people(a: ClusterInput, b: ClusterInput) -> bool:
    """Each article is about someone the other never names (a DUI arrest of one player and
    of another): different stories. Applied below ``VETO_BELOW`` only: one report that never
    names the other's central person is common enough among very similar texts."""
    return bool(a.central and b.central and not a.central & b.people and not b.central & a.people)


def groups_about_other_people(group_a: Sequence[frozenset[str]], group_b: Sequence[frozenset[str]]) -> bool:
    """Two groups of reports, each about a person the other's reports are not about: two stories.

    Each argument lists the central people (surnames) of one group's reports. Both groups need
    ``PROTAGONIST_GROUP`` reports or more, and each a protagonist, central to at least
    ``PROTAGONIST_SHARE`` of its reports and to at most ``STRANGER_SHARE`` of the other's: the
    deaths of two Watergate figures, the same week, worded alike. A group merely silent on
    the other's protagonist, or one protagonist shared, is no evidence.

    >>> felt = [frozenset({"felt"}), frozenset({"felt", "nixon"}), frozenset({"felt"})]
    >>> larue = [frozenset({"larue"}), frozenset({"larue", "nixon"}), frozenset()]
    >>> groups_about_other_people(felt, larue), groups_about_other_people(felt, felt[:2] + larue[:1]), groups_about_other_people(felt, [])
    (True, False, False)
    """
    if len(group_a) < PROTAGONIST_GROUP or len(group_b) < PROTAGONIST_GROUP:
        return False
    count_a = Counter(name for central in group_a for name in central)
    count_b = Counter(name for central in group_b for name in central)

    def protagonist(own: Counter[str], size: int, other: Counter[str], other_size: int) -> bool:
        return any(n >= PROTAGONIST_SHARE * size and other[name] <= STRANGER_SHARE * other_size for name, n in own.items())

    return protagonist(count_a, len(group_a), count_b, len(group_b)) and protagonist(count_b, len(group_b), count_a, len(group_a))


def _clearly_different(a: ClusterInput, b: ClusterInput) -> bool:
    """Different stories at any similarity: published weeks apart, or main events dated to
    different months or days."""
    if a.published and b.published and abs((a.published - b.published).days) > STORY_WINDOW_DAYS:
        return True
    ea, eb = a.main_event, b.main_event
    if ea is None or eb is None or ea.event_id == eb.event_id:
        return False
    from newsfold.dates import precision

    return precision(ea.date) >= 2 and precision(eb.date) >= 2 and not dates_compatible(ea.date, eb.date, slack_days=MAIN_EVENT_SLACK_DAYS)


def _below_countries(event: Event) -> set[str]:
    """An event's towns and regions, without the countries it also names."""
    countries = {country_name(iso) for iso in event.countries}
    return {loc for loc in event.locations if loc not in countries}


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
