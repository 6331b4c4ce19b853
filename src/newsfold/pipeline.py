"""The only module that knows the order of the stages.

Streaming stages (read → mark copies → annotate → correct labels → extract events) run per
article and store each article's analysis as soon as its batch is done, so an interrupted run
loses at most one batch, and a re-run skips every article whose content and pipeline version
are unchanged. Corpus stages (canonicalize → merge → conflicts → cluster → brief) then
rebuild the corpus-level records from the store in one transaction.
"""

from __future__ import annotations

import dataclasses
import json
import re
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, Any

from newsfold.ids import content_hash
from newsfold.model import Article, ArticleAnalysis, Fold, Skipped

if TYPE_CHECKING:
    from newsfold.canon import Resolution
    from newsfold.merge import MergeResult
    from newsfold.model import Conflict
    from newsfold.store import Store

#: Bump when a streaming stage changes what it extracts: stored analyses are then redone.
PIPELINE_VERSION = "235"

ProgressFactory = Callable[[str, int | None], Callable[[int], None]]


@dataclass(frozen=True, slots=True)
class Settings:
    """Settings of one run.

    :param batch_size: articles per ``nlp.pipe`` batch and per stored transaction.
    :param max_bytes: the largest input file read.
    :param copy_threshold: Jaccard similarity of shingles above which an article is a copy.
    :param progress: show progress bars on standard error.
    :param workers: processes for the streaming stages (the fold is the same for any number).
    :param engine: ``"local"`` (a process pool) or ``"dask"`` (dask.distributed).
    :param scheduler: a Dask scheduler address; by default a LocalCluster on loopback.
    :param recluster: group every article into stories afresh. By default a database that
        already has stories keeps them: new articles join them or open new ones (incremental).
    """

    batch_size: int = 32
    max_bytes: int = 20_000_000
    copy_threshold: float = 0.8
    progress: bool = False
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    recluster: bool = False


@dataclass
class RunReport:
    """What a run did: how many articles were read, analysed, reused and skipped."""

    read: int = 0
    analysed: int = 0
    reused: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def article_hash(article: Article) -> str:
    """Hash of everything the streaming stages read from an article."""
    return content_hash(
        article.article_id, article.title, article.text, article.url or "", article.outlet or "",
        article.published.isoformat() if article.published else "", article.copy_of or "", article.language,
        repr(article.metadata),
    )


def fold_paths(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    *,
    settings: Settings = Settings(),
    nlp: Any = None,
    stdin: Any = None,
) -> tuple[Fold, RunReport]:
    """Read, analyse and fold the given inputs into ``store``; return the whole fold.

    :param paths: files, folders or ``-`` (JSON Lines on standard input).
    :param store: where analyses and the corpus are kept.
    :param settings: run settings.
    :param nlp: a loaded spaCy pipeline (default: the English pipeline).
    """
    from newsfold.ingest import read_articles

    report = RunReport()
    articles: list[Article] = []
    for item in read_articles(paths, max_bytes=settings.max_bytes, stdin=stdin):
        if isinstance(item, Skipped):
            report.skipped.append(item)
            store.put_skipped(item)
        else:
            articles.append(item)
    report.read = len(articles)
    ingest_articles(articles, store, settings=settings, nlp=nlp, report=report)
    build_corpus(store, settings=settings)
    return store.load_fold(), report


def ingest_articles(
    articles: Sequence[Article], store: Store, *, settings: Settings = Settings(), nlp: Any = None,
    report: RunReport | None = None,
) -> RunReport:
    """Run the streaming stages over new articles and store their analyses.

    Articles already stored with the same content and pipeline version are not analysed again.
    """
    from newsfold.near_duplicates import mark_copies

    report = report or RunReport()
    stored = {a.article_id: a for a in store.articles()}
    new_ids = {a.article_id for a in articles}
    pool = [a for a in stored.values() if a.article_id not in new_ids] + list(articles)
    marked = {a.article_id: a for a in mark_copies(pool, threshold=settings.copy_threshold)}
    # A stored article whose copy status changed is analysed again with the new status.
    todo_ids = new_ids | {aid for aid, a in stored.items() if aid not in new_ids and marked[aid].copy_of != a.copy_of}
    known = store.known_states()
    todo = []
    for aid in sorted(todo_ids):
        article = marked[aid]
        if known.get(aid) == (article_hash(article), PIPELINE_VERSION):
            report.reused += 1
        else:
            todo.append(article)
    if not todo:
        return report
    tick = _progress(settings, "analysing articles", len(todo))
    if settings.workers == 1 and settings.engine == "local":
        results: Iterator[list[ArticleAnalysis]] = _batches(analyse(todo, nlp=nlp, batch_size=settings.batch_size), settings.batch_size)
        engine = None
    else:
        from newsfold.engines import make_engine

        engine = make_engine(settings.engine, workers=settings.workers, scheduler=settings.scheduler)
        results = engine.map(analyse_batch, _batches(todo, settings.batch_size))
    try:
        for batch in results:
            store.put_analyses(((a, article_hash(a.article)) for a in batch), pipeline_version=PIPELINE_VERSION)
            report.analysed += len(batch)
            tick(len(batch))
    finally:
        if engine is not None:
            engine.close()
    return report


def analyse_batch(articles: list[Article]) -> list[ArticleAnalysis]:
    """The streaming stages for one batch, in a worker (the model is loaded once per process)."""
    return list(analyse(articles, batch_size=len(articles) or 1))


def analyse(articles: Iterable[Article], *, nlp: Any = None, batch_size: int = 32) -> Iterator[ArticleAnalysis]:
    """The streaming stages for a stream of articles: parse, correct labels, extract events."""
    from newsfold.canon import correct_labels
    from newsfold.events import extract_events, extract_figures
    from newsfold.nlp import annotate
    from newsfold.places import default_gazetteer

    gazetteer = default_gazetteer()
    for annotated in annotate(articles, nlp=nlp, batch_size=batch_size):
        annotated = correct_labels(annotated, gazetteer)
        events = () if annotated.article.copy_of else extract_events(annotated)
        figures = () if annotated.article.copy_of else extract_figures(annotated, events)
        yield ArticleAnalysis(annotated.article, annotated.sentences, annotated.mentions, events, figures)


def build_corpus(store: Store, *, settings: Settings = Settings(), max_rounds: int = 50) -> None:
    """Run the corpus stages over everything stored and replace the corpus records.

    Another process may store articles while this one builds; if the stored articles changed
    meanwhile, the build runs again (a round per batch the other process stored, up to
    ``max_rounds``), so the last writer's corpus covers every article. Each round after the
    first only adds the new articles to the stored stories.
    """
    for _ in range(max_rounds):
        before = store.known_states()
        _build_corpus_once(store, settings)
        if store.known_states() == before:
            return


def _build_corpus_once(store: Store, settings: Settings) -> None:
    from newsfold.brief import write_brief
    from newsfold.canon import canonicalize
    from newsfold.cluster import ClusterInput, cluster_articles, main_events
    from newsfold.merge import POINT_FEATURES, merge_events
    from newsfold.places import default_gazetteer
    from newsfold.model import Story

    tick = _progress(settings, "folding the corpus", 5)
    # the content hashes first: an article changed by another process after this read is
    # recorded under its old hash, so the next fold groups it again
    states = store.known_states()
    everything = list(store.analyses())
    analyses = [a for a in everything if a.article.copy_of is None]
    copies = [a.article for a in everything if a.article.copy_of is not None]
    del everything
    resolution = canonicalize(analyses, default_gazetteer())
    tick(1)
    mentions = [m for a in analyses for m in a.events]
    published = {a.article.article_id: a.article.published for a in analyses}
    merged = merge_events(mentions, resolution, published=published)
    conflicts = all_conflicts(merged, analyses, resolution, published)
    tick(1)
    mains = main_events(merged.events, published)
    events_of: dict[str, set[str]] = {}
    for e in merged.events:
        for d in e.documents:
            events_of.setdefault(d, set()).add(e.event_id)
    inputs = []
    for a in analyses:
        aid = a.article.article_id
        ents = {e.entity_id for m in a.mentions if (e := resolution.entity(aid, m.span.text))}
        ents = tuple(sorted(ents | {resolution.part_of[e] for e in ents if e in resolution.part_of}))
        inputs.append(ClusterInput(aid, a.article.title, a.article.text, a.article.published, ents, mains.get(aid),
                                   frozenset(events_of.get(aid, ())), *central_people(a, resolution),
                                   _main_points(mains.get(aid), aid, resolution, POINT_FEATURES)))
    previous_stories, previous_topics = store.groups()
    previous = {} if settings.recluster else _previous_assignment(store, previous_stories, states)
    stories, topics = cluster_articles(inputs, previous)
    stories = keep_ids(stories, previous_stories, "story_id")
    topic_renames = {t.topic_id: new.topic_id for t, new in zip(topics, keep_ids(topics, previous_topics, "topic_id"))}
    topics = tuple(dataclasses.replace(t, topic_id=topic_renames[t.topic_id]) for t in topics)
    stories = tuple(dataclasses.replace(s, topic_id=topic_renames.get(s.topic_id or "", s.topic_id)) for s in stories)
    # the stories are known now: reports of one story that give their news no date meet again
    merged = merge_events(mentions, resolution, {d: s.story_id for s in stories for d in s.documents}, published)
    conflicts = all_conflicts(merged, analyses, resolution, published)
    events_of = {}
    for e in merged.events:
        for d in e.documents:
            events_of.setdefault(d, set()).add(e.event_id)
    tick(1)
    texts = {a.article.article_id: a.article.text for a in analyses}
    sentences = {a.article.article_id: a.sentences for a in analyses}
    story_of_original = {d: s.story_id for s in stories for d in s.documents}
    extra_docs: dict[str, list[str]] = {}
    for c in copies:
        if c.copy_of in story_of_original:
            extra_docs.setdefault(story_of_original[c.copy_of], []).append(c.article_id)
    event_by_id = {e.event_id: e for e in merged.events}
    conflicts_of: dict[str, list[Any]] = {}
    for c in conflicts:
        conflicts_of.setdefault(c.event_id or "", []).append(c)
    final_stories: list[Story] = []
    for s in stories:
        docs = set(s.documents)
        ids = sorted({eid for d in docs for eid in events_of.get(d, ())})
        s_events = [event_by_id[eid] for eid in ids]
        s_conflicts = [c for eid in ids for c in conflicts_of.get(eid, ())]
        s_conflicts += [c for c in conflicts_of.get("", ()) if docs & {d for v in c.values for d in v.documents}]
        brief = write_brief(s, texts, sentences, s_events, s_conflicts)
        all_docs = tuple(sorted(docs | set(extra_docs.get(s.story_id, ()))))
        final_stories.append(dataclasses.replace(s, documents=all_docs, brief=brief))
    topic_docs = {t.topic_id: set(t.documents) for t in topics}
    for s in final_stories:
        if s.topic_id:
            topic_docs[s.topic_id] |= set(s.documents)
    topics = tuple(dataclasses.replace(t, documents=tuple(sorted(topic_docs[t.topic_id]))) for t in topics)
    tick(1)
    copies_of: dict[str, list[str]] = {}
    for c in copies:
        if c.copy_of:
            copies_of.setdefault(c.copy_of, []).append(c.article_id)
    events_out, conflicts_out = with_copies(list(merged.events) + list(merged.plots), conflicts, copies_of)
    store.replace_corpus(
        stories=final_stories, topics=topics, entities=resolution.entities,
        events=events_out, conflicts=conflicts_out,
    )
    grouped = {aid: states[aid][0][:CLUSTERED_HASH_CHARS] for aid in published if aid in states}
    store.set_meta(CLUSTERED_KEY, json.dumps({"pipeline": PIPELINE_VERSION, "articles": grouped}, sort_keys=True))
    tick(1)


def all_conflicts(merged: MergeResult, analyses: Sequence[ArticleAnalysis], resolution: Resolution,
                  published: Mapping[str, date | None]) -> tuple[Conflict, ...]:
    """Every disagreement between sources: over an event's figures, over population figures, and
    over a named person's age."""
    from newsfold.conflicts import figure_conflicts, find_conflicts
    from newsfold.person_ages import age_conflicts

    ages = age_conflicts(analyses, resolution.entity, published)
    told = {_values_of(c) for c in ages}
    # a named person's ages that an event's victim (or suspect) also has are one disagreement, shown once
    return (tuple(c for c in find_conflicts(merged.events, merged.members, published)
                  if not (c.attribute.startswith("age of the") and _values_of(c) in told))
            + figure_conflicts([f for a in analyses for f in a.figures], published)
            + ages)


def _values_of(conflict: Conflict) -> frozenset[tuple[float, tuple[str, ...]]]:
    """A conflict's values and the documents giving each: two conflicts with equal ones are one."""
    return frozenset((float(v.value), v.documents) for v in conflict.values if isinstance(v.value, (int, float)))


def with_copies(events: Sequence[Any], conflicts: Sequence[Any], copies_of: dict[str, list[str]]) -> tuple[list[Any], list[Any]]:
    """List syndicated copies among the documents that report each event and give each value.

    A copy reports what its original reports, so it is one of the event's documents; it is not
    an independent source (its ``copy_of`` says so), and it was never analysed on its own.
    """
    if not copies_of:
        return list(events), list(conflicts)

    def widen(docs: Sequence[str]) -> tuple[str, ...]:
        return tuple(sorted(set(docs) | {c for d in docs for c in copies_of.get(d, ())}))

    events_out = [dataclasses.replace(e, documents=widen(e.documents)) for e in events]
    conflicts_out = [dataclasses.replace(c, values=tuple(dataclasses.replace(v, documents=widen(v.documents)) for v in c.values))
                     for c in conflicts]
    return events_out, conflicts_out


#: Meta key recording which article versions the stored stories were grouped from.
CLUSTERED_KEY = "stories_grouped_from"
CLUSTERED_HASH_CHARS = 16


def _previous_assignment(store: Store, stories: Sequence[Any], states: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Article id → stored story id, for the articles the stored stories were grouped from and
    that have not changed since (same content hash and pipeline version). Articles analysed
    under another pipeline version make the whole grouping start afresh."""
    try:
        record = json.loads(store.get_meta(CLUSTERED_KEY) or "{}")
    except ValueError:
        return {}
    if not isinstance(record, dict) or record.get("pipeline") != PIPELINE_VERSION:
        return {}
    grouped = record.get("articles") or {}
    out: dict[str, str] = {}
    for story in stories:
        for aid in story.documents:
            state = states.get(aid)
            if state is not None and grouped.get(aid) == state[0][:CLUSTERED_HASH_CHARS]:
                out[aid] = story.story_id
    return out


def _main_points(main: Any, article_id: str, resolution: Any, features: frozenset[str]) -> dict[str, tuple[float, float]]:
    """Where the towns of an article's main event lie (the places as this article names them:
    its "Paris" may be Paris, Texas)."""
    out: dict[str, tuple[float, float]] = {}
    for name in main.locations if main is not None else ():
        e = resolution.entity(article_id, name)
        if e is not None and e.lat is not None and e.lon is not None and e.feature in features:
            out[name] = (e.lat, e.lon)
    return out


#: Sentences of an article's lead (after its title) where the people it is about are named.
LEAD_SENTENCES = 2
CENTRAL_MENTIONS = 3


def central_people(analysis: ArticleAnalysis, resolution: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The people an article is about, and every person it names, as folded surnames.

    The people it is about are named in its title or lead and at least twice more. Two
    reports of one event name the same central people; two similar events (one player's
    arrest and another's) name different ones. Surnames, not entity ids, so that a report
    saying only "Lohan" still meets one saying "Lindsay Lohan".
    """
    from newsfold.names import fold

    aid = analysis.article.article_id
    counts: dict[str, int] = {}
    lead: set[str] = set()
    title_words = set(fold(re.sub(r"['’]s\b", "", analysis.article.title or "")).split())  # "Lohan's lawyer quits"
    for m in analysis.mentions:
        entity = resolution.entity(aid, m.span.text)
        if entity is None or entity.type != "PERSON":
            continue
        words = fold(entity.name).split()
        if not words:
            continue
        surname = words[-1]
        counts[surname] = counts.get(surname, 0) + 1
        if m.sentence < LEAD_SENTENCES or surname in title_words:
            lead.add(surname)
    return frozenset(e for e in lead if counts[e] >= CENTRAL_MENTIONS), frozenset(counts)


def keep_ids(new: Sequence[Any], old: Sequence[Any], id_field: str) -> tuple[Any, ...]:
    """Give new groups (stories or topics) the ids of the old groups they continue.

    Folding more articles into a database changes the groups' members; an analyst's link to a
    story must not break. Each new group takes the id of the old group it shares the most
    documents with (each old id is used once, largest overlaps first); a group with no
    predecessor keeps its content-hash id.
    """
    owner = {d: getattr(g, id_field) for g in old for d in g.documents}
    pairs = []
    for i, g in enumerate(new):
        counts: dict[str, int] = {}
        for d in g.documents:
            if d in owner:
                counts[owner[d]] = counts.get(owner[d], 0) + 1
        pairs += [(-n, old_id, i) for old_id, n in counts.items()]
    taken_old: set[str] = set()
    renamed: dict[int, str] = {}
    for _neg, old_id, i in sorted(pairs):
        if old_id not in taken_old and i not in renamed:
            taken_old.add(old_id)
            renamed[i] = old_id
    new_ids = {getattr(g, id_field) for i, g in enumerate(new) if i not in renamed}
    clash = new_ids & taken_old
    return tuple(
        dataclasses.replace(g, **{id_field: renamed[i]}) if i in renamed
        else dataclasses.replace(g, **{id_field: getattr(g, id_field) + "-2"}) if getattr(g, id_field) in clash
        else g
        for i, g in enumerate(new)
    )


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _progress(settings: Settings, label: str, total: int | None) -> Callable[[int], None]:
    if not settings.progress:
        return lambda n: None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=False)
    task = progress.add_task(label, total=total)
    progress.start()
    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        progress.update(task, advance=n)
        if total is not None and done[0] >= total:
            progress.stop()

    return tick
