"""Cross-document event coreference on ECB+ (test topics 36-45) from newsfold's own event mentions.

Data: ``../shared/bench/ecbplus/`` (``documents.jsonl``, ``mentions.jsonl``; see its README.md).
ECB+ text is tokenized: ``text`` is the tokens of each sentence joined by single spaces, one
sentence per line (for ``*ecbplus`` files sentence 0, the URL, is left out). Gold mentions are
given as token ids (``t_ids``); this script rebuilds the character span of every token from
``sentences`` (and checks that the rebuilt text equals ``text``), so gold spans and newsfold's
character offsets refer to the same string.

Procedure:

1. every test document becomes one :class:`newsfold.model.Article` (``text`` exactly as given,
   no publication date, since ECB+ has none), and all go through one
   :func:`newsfold.pipeline.analyse` call;
2. the corpus stages run over all test documents at once (no gold topic is given to newsfold):
   :func:`newsfold.canon.canonicalize` and :func:`newsfold.merge.merge_events`; every mention in
   ``MergeResult.members`` gets its merged event id as cluster id;
3. gold = event mentions (``ACTION_*``/``NEG_ACTION_*``) in the validated sentences
   (``in_coref_sentences``; 1,780 mentions, 805 chains incl. singletons); predicted mentions
   are restricted to the same sentences;
4. predicted and gold mentions are aligned one-to-one (same document, trigger span overlapping
   one of the gold mention's tokens; greedy by overlap length);
5. scores: mention detection P/R/F1; coreference MUC, B³, CEAF-e (entity-based, φ4) and CoNLL
   (their mean F1), implemented here after the reference scorer (Pradhan et al. 2014), which
   handles key and response mention sets that differ; singletons are kept. Two settings:
   (a) the intersection: gold mentions newsfold detected, clustered by newsfold's event id;
   (b) end to end: all gold mentions against all predicted mentions (unmatched predicted
   mentions stay in the response as twinless mentions, unmatched gold ones are missed).
   For scale, baselines on gold mentions: all singletons, and the same-head-lemma baseline
   (gold mentions clustered by the spaCy lemma of their head token within each gold topic).

Run::

    .venv/bin/python benchmarks/ecbplus_events.py [--data DIR] [--details] [--self-test]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BENCH, RecordingPipeline  # noqa: E402

DEFAULT_DATA = BENCH / "ecbplus"
TEST_TOPICS = frozenset(range(36, 46))

Clusters = list[set[Hashable]]


# --------------------------------------------------------------------------- data


@dataclass
class Document:
    """One ECB+ test document with the character span of every token and validated sentence."""

    doc_id: str
    topic: int
    subtopic: str
    text: str
    token_spans: dict[int, tuple[int, int]]  # t_id -> (start, end) in text
    coref_spans: list[tuple[int, int]]  # character spans of the validated sentences


@dataclass
class GoldMention:
    """A gold event mention: its token character spans and its chain."""

    key: str  # doc_id/m_id
    doc_id: str
    topic: int
    chain: str
    text: str
    spans: list[tuple[int, int]]
    tag: str
    descriptor: str = ""  # the annotator's instance name, e.g. "t37_earthquake"


@dataclass
class PredMention:
    """A newsfold event mention in a validated sentence, with its merged event id (if any)."""

    key: str
    doc_id: str
    start: int
    end: int
    trigger: str
    kind: str
    status: str
    cluster: str | None  # the merged event id, None when the mention is in no merged event
    sentence: str = ""
    gold: GoldMention | None = None


def load_documents(path: Path, topics: frozenset[int] = TEST_TOPICS) -> dict[str, Document]:
    """Read the test documents and rebuild each token's character span.

    :raises ValueError: when the rebuilt text differs from the stored ``text``.
    """
    docs: dict[str, Document] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["topic"] not in topics:
                continue
            sentences = rec["sentences"]
            if rec["corpus_part"] == "ecbplus":
                sentences = [s for s in sentences if s["sent"] != 0]  # the URL line is not in text
            coref = set(rec.get("coref_sentences") or [])
            spans: dict[int, tuple[int, int]] = {}
            coref_spans: list[tuple[int, int]] = []
            pieces: list[str] = []
            offset = 0
            for k, s in enumerate(sentences):
                if k:
                    pieces.append("\n")
                    offset += 1
                sent_start = offset
                for j, (tid, tok) in enumerate(zip(s["t_ids"], s["tokens"])):
                    if j:
                        pieces.append(" ")
                        offset += 1
                    spans[tid] = (offset, offset + len(tok))
                    pieces.append(tok)
                    offset += len(tok)
                if s["sent"] in coref:
                    coref_spans.append((sent_start, offset))
            rebuilt = "".join(pieces)
            if rebuilt != rec["text"]:
                raise ValueError(f"{rec['doc_id']}: text is not the tokens joined as documented")
            docs[rec["doc_id"]] = Document(rec["doc_id"], rec["topic"], rec["subtopic"], rec["text"], spans, coref_spans)
    return docs


def load_gold(path: Path, docs: Mapping[str, Document]) -> list[GoldMention]:
    """Gold event mentions of the given documents, in the validated sentences only."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["doc_id"] not in docs or rec["category"] != "event" or not rec["in_coref_sentences"]:
                continue
            doc = docs[rec["doc_id"]]
            spans = [doc.token_spans[t] for t in rec["t_ids"]]
            out.append(GoldMention(f"{rec['doc_id']}/{rec['m_id']}", rec["doc_id"], rec["topic"], rec["chain_id"],
                                   rec["text"], spans, rec["tag"], rec.get("chain_descriptor") or rec["chain_id"]))
    return out


# --------------------------------------------------------------------------- newsfold


@dataclass
class NewsfoldRun:
    """What newsfold produced on the test documents."""

    all_mentions: list[Any]  # every EventMention extracted (any status)
    members: dict[str, tuple[Any, ...]]  # merged event id -> mentions
    n_events: int
    n_plots: int
    docs: dict[str, Any] = field(default_factory=dict)  # spaCy docs by doc id
    seconds: dict[str, float] = field(default_factory=dict)


def run_newsfold(docs: Mapping[str, Document], *, batch_size: int = 16) -> NewsfoldRun:
    """Streaming stages (one ``analyse`` call) then canonicalize and merge over all documents."""
    from newsfold.canon import canonicalize
    from newsfold.merge import merge_events
    from newsfold.model import Article
    from newsfold.nlp import load_model
    from newsfold.pipeline import analyse
    from newsfold.places import default_gazetteer

    t0 = time.perf_counter()
    nlp = RecordingPipeline(load_model())
    articles = [Article(article_id=d.doc_id, source=f"ecbplus/{d.doc_id}", title=d.text.split("\n", 1)[0], text=d.text)
                for d in sorted(docs.values(), key=lambda d: d.doc_id)]
    analyses = list(analyse(articles, nlp=nlp, batch_size=batch_size))
    t1 = time.perf_counter()
    analyses = [a for a in analyses if a.article.copy_of is None]
    resolution = canonicalize(analyses, default_gazetteer())
    mentions = [m for a in analyses for m in a.events]
    merged = merge_events(mentions, resolution)
    t2 = time.perf_counter()
    return NewsfoldRun(mentions, dict(merged.members), len(merged.events), len(merged.plots), nlp.docs,
                       {"analyse": t1 - t0, "canonicalize+merge": t2 - t1})


def predicted_mentions(run: NewsfoldRun, docs: Mapping[str, Document], *, merged_only: bool = True) -> list[PredMention]:
    """Predicted mentions inside validated sentences, with their merged event id.

    :param merged_only: keep only mentions that belong to a merged event (asserted, confident
        enough); otherwise every extracted mention (cluster ``None`` for the others).
    """
    cluster_of = {m.mention_id: eid for eid, ms in run.members.items() for m in ms}
    out = []
    for m in run.all_mentions:
        doc = docs[m.article_id]
        if not any(s <= m.trigger.start < e for s, e in doc.coref_spans):
            continue
        cluster = cluster_of.get(m.mention_id)
        if merged_only and cluster is None:
            continue
        out.append(PredMention(m.mention_id, m.article_id, m.trigger.start, m.trigger.end, m.trigger.text, m.kind.value,
                               m.status.value, cluster, m.sentence.text))
    return out


def align(preds: Sequence[PredMention], gold: Sequence[GoldMention]) -> dict[str, str]:
    """One-to-one alignment by trigger-span overlap (same document, greedy by overlap length).

    Sets ``PredMention.gold`` and returns {predicted key: gold key}.
    """
    gold_by_doc: dict[str, list[GoldMention]] = defaultdict(list)
    for g in gold:
        gold_by_doc[g.doc_id].append(g)
    pairs = []
    for p in preds:
        for g in gold_by_doc.get(p.doc_id, []):
            overlap = sum(max(0, min(p.end, e) - max(p.start, s)) for s, e in g.spans)
            if overlap > 0:
                exact = any(s == p.start and e == p.end for s, e in g.spans)
                pairs.append((-overlap, not exact, len(g.spans), p.key, g.key, p, g))
    pairs.sort(key=lambda x: x[:5])
    used_p: set[str] = set()
    used_g: set[str] = set()
    out: dict[str, str] = {}
    for _o, _e, _n, pk, gk, p, g in pairs:
        if pk in used_p or gk in used_g:
            continue
        used_p.add(pk)
        used_g.add(gk)
        p.gold = g
        out[pk] = gk
    return out


# --------------------------------------------------------------------------- scorers


def _index(clusters: Clusters) -> dict[Hashable, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """MUC recall, precision, F1 (Vilain et al. 1995); mentions missing on one side are singletons there."""
    def side(a: Clusters, b: Clusters) -> float:
        where = _index(b)
        num = den = 0
        for c in a:
            parts = {where.get(m, ("alone", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0
    r, p = side(key, response), side(response, key)
    return r, p, _f(r, p)


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """B³ recall, precision, F1 (Bagga & Baldwin 1998) as in the reference scorer (twinless mentions score 0)."""
    def side(a: Clusters, b: Clusters) -> float:
        where = _index(b)
        num, den = 0.0, 0
        for c in a:
            overlaps = Counter(where[m] for m in c if m in where)
            num += sum(n * n for n in overlaps.values()) / len(c)
            den += len(c)
        return num / den if den else 0.0
    r, p = side(key, response), side(response, key)
    return r, p, _f(r, p)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo 2005, φ4 similarity), optimal alignment with the Hungarian algorithm."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if not key or not response:
        return 0.0, 0.0, 0.0
    where = _index(response)
    sim = np.zeros((len(key), len(response)))
    for i, c in enumerate(key):
        for j, n in Counter(where[m] for m in c if m in where).items():
            sim[i, j] = 2 * n / (len(c) + len(response[j]))
    rows, cols = linear_sum_assignment(sim, maximize=True)
    total = float(sim[rows, cols].sum())
    r, p = total / len(key), total / len(response)
    return r, p, _f(r, p)


def _f(r: float, p: float) -> float:
    return 2 * r * p / (r + p) if r + p else 0.0


@dataclass
class CorefScore:
    """MUC, B³, CEAF-e (recall, precision, F1 each) and CoNLL F1 of one response."""

    name: str
    n_key: int
    n_response: int
    muc: tuple[float, float, float]
    b3: tuple[float, float, float]
    ceafe: tuple[float, float, float]

    @property
    def conll(self) -> float:
        return (self.muc[2] + self.b3[2] + self.ceafe[2]) / 3


def evaluate(name: str, key: Clusters, response: Clusters) -> CorefScore:
    """Score ``response`` clusters against ``key`` clusters with every metric."""
    return CorefScore(name, sum(map(len, key)), sum(map(len, response)), muc(key, response), b_cubed(key, response),
                      ceaf_e(key, response))


def clusters_of(assignment: Mapping[Hashable, Hashable]) -> Clusters:
    """{mention: cluster id} → list of mention sets."""
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for m, c in assignment.items():
        groups[c].add(m)
    return [groups[c] for c in sorted(groups, key=str)]


# --------------------------------------------------------------------------- baselines


def head_token(doc: Any, spans: Sequence[tuple[int, int]]) -> Any | None:
    """A gold mention's head token: among its tokens whose syntactic head lies outside the
    mention, the first verb, noun or adjective (else the first such token)."""
    if doc is None:
        return None
    tokens: list[Any] = []
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            tokens.extend(t for t in span if t not in tokens)
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    content = [t for t in heads if t.pos_ in {"VERB", "NOUN", "PROPN", "ADJ"}] or heads or tokens
    return content[0]


def head_lemma(doc: Any, spans: Sequence[tuple[int, int]], fallback: str) -> tuple[str, str]:
    """(lemma, coarse POS) of a gold mention's head token; the lower-cased text when unparsed."""
    tok = head_token(doc, spans)
    return (fallback.lower(), "") if tok is None else (tok.lemma_.lower(), tok.pos_)


def lemma_baseline(gold: Sequence[GoldMention], docs: Mapping[str, Any]) -> dict[str, tuple[int, str]]:
    """Same-head-lemma baseline: gold mention → (topic, head lemma) as its cluster id."""
    return {g.key: (g.topic, head_lemma(docs.get(g.doc_id), g.spans, g.text)[0]) for g in gold}


def in_lexicon(lemma: str, pos: str) -> bool:
    """Whether newsfold's trigger lexicon has this lemma for this part of speech
    (PROPN allowed for both: Title Case headlines tag verbs and nouns as proper nouns)."""
    from newsfold import lexicon as lx

    verb = lemma in lx.VERB_TRIGGERS and pos in {"VERB", "AUX", "PROPN"}
    noun = lemma in lx.NOUN_TRIGGERS and pos in {"NOUN", "PROPN"}
    return verb or noun


# --------------------------------------------------------------------------- report


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, _f(r, p)


def _score_rows(scores: Sequence[CorefScore]) -> list[str]:
    head = (f"{'setting':<44} {'key':>5} {'resp':>5} | {'MUC R':>6} {'P':>6} {'F1':>6} | {'B3 R':>6} {'P':>6} {'F1':>6} | "
            f"{'CEAFe R':>7} {'P':>6} {'F1':>6} | {'CoNLL':>6}")
    rows = [head, "-" * len(head)]
    for s in scores:
        cells = " | ".join(" ".join(f"{100 * v:>{w}.1f}" for v, w in zip(t, (6 if k < 2 else 7, 6, 6)))
                           for k, t in enumerate((s.muc, s.b3, s.ceafe)))
        rows.append(f"{s.name:<44} {s.n_key:>5} {s.n_response:>5} | {cells} | {100 * s.conll:>6.1f}")
    return rows


def self_test() -> None:
    """Check the scorers on hand-computed examples (raises AssertionError on a mismatch)."""
    key: Clusters = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
    resp: Clusters = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]
    r, p, _ = muc(key, resp)
    assert abs(r - 2 / 5) < 1e-9 and abs(p - 2 / 5) < 1e-9, (r, p)
    r, p, _ = b_cubed(key, resp)
    assert abs(r - (5 / 3 + 5 / 4) / 7) < 1e-9 and abs(p - 4 / 8) < 1e-9, (r, p)
    r, p, _ = ceaf_e(key, resp)
    # best alignment: {a,b,c}-{a,b} (0.8) + {d,e,f,g}-{f,g,h,i} (0.5)
    assert abs(r - 1.3 / 2) < 1e-9 and abs(p - 1.3 / 3) < 1e-9, (r, p)
    same = evaluate("same", key, key)
    assert abs(same.conll - 1.0) < 1e-9
    singles = evaluate("singletons", key, [{m} for c in key for m in c])
    assert singles.muc[2] == 0.0 and abs(singles.b3[1] - 1.0) < 1e-9


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status (0 also when the data is absent)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding documents.jsonl and mentions.jsonl")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--details", action="store_true", help="list missed gold mentions and false predicted mentions")
    parser.add_argument("--self-test", action="store_true", help="only check the scorers on hand-computed examples")
    args = parser.parse_args(argv)
    self_test()
    if args.self_test:
        print("scorer self-test passed")
        return 0
    doc_path, mention_path = args.data / "documents.jsonl", args.data / "mentions.jsonl"
    if not doc_path.is_file() or not mention_path.is_file():
        print(f"SKIP ecbplus_events: {doc_path} or {mention_path} not found")
        return 0

    docs = load_documents(doc_path)
    gold = load_gold(mention_path, docs)
    run = run_newsfold(docs, batch_size=args.batch_size)
    preds = predicted_mentions(run, docs, merged_only=True)
    preds_all = predicted_mentions(run, docs, merged_only=False)
    align(preds_all, gold)
    matched_all = {p.gold.key for p in preds_all if p.gold}
    align_map = align(preds, gold)
    gold_chain = {g.key: g.chain for g in gold}
    n_gold_clusters = len(set(gold_chain.values()))

    lines = [f"ECB+ test topics {min(TEST_TOPICS)}-{max(TEST_TOPICS)}: {len(docs)} documents, {len(gold)} gold event mentions "
             f"in validated sentences, {n_gold_clusters} gold chains (incl. singletons)",
             f"newsfold: {len(run.all_mentions)} event mentions extracted in all sentences "
             f"({Counter(m.status.value for m in run.all_mentions).most_common()}); "
             f"{run.n_events} merged events, {run.n_plots} plots; "
             f"{len(preds_all)} mentions in validated sentences, {len(preds)} of them in merged events",
             f"time: analyse {run.seconds['analyse']:.0f}s, canonicalize+merge {run.seconds['canonicalize+merge']:.0f}s",
             ""]

    # ---- mention detection
    lines.append("Mention detection (one-to-one, trigger overlaps a gold event mention span)")
    lines.append(f"{'predicted set':<44} {'pred':>5} {'gold':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for name, ps in (("merged-event members (used for coreference)", preds), ("all extracted mentions (any status)", preds_all)):
        tp = sum(1 for p in ps if p.gold)
        p_, r_, f_ = _prf(tp, len(ps), len(gold))
        lines.append(f"{name:<44} {len(ps):>5} {len(gold):>5} {tp:>5} {100 * p_:>6.1f} {100 * r_:>6.1f} {100 * f_:>6.1f}")
    lines.append("")
    lines.append("Detection by newsfold kind (merged-event members): kind  pred  matched  P")
    by_kind = Counter(p.kind for p in preds)
    hit_kind = Counter(p.kind for p in preds if p.gold)
    for k, n in by_kind.most_common():
        lines.append(f"  {k:<20} {n:>5} {hit_kind[k]:>6} {100 * hit_kind[k] / n:>6.1f}")
    lines.append("")

    # ---- coreference
    detected = [g for g in gold if g.key in set(align_map.values())]
    pred_of_gold = {p.gold.key: p for p in preds if p.gold}
    key_inter = clusters_of({g.key: g.chain for g in detected})
    resp_inter = clusters_of({g.key: pred_of_gold[g.key].cluster for g in detected})
    key_all = clusters_of(gold_chain)
    resp_e2e = clusters_of({(p.gold.key if p.gold else p.key): p.cluster for p in preds})
    lemma = lemma_baseline(gold, run.docs)
    scores = [
        evaluate("(a) newsfold, intersection (detected gold)", key_inter, resp_inter),
        evaluate("    same-head-lemma on the same mentions", key_inter, clusters_of({g.key: lemma[g.key] for g in detected})),
        evaluate("    all singletons on the same mentions", key_inter, [{g.key} for g in detected]),
        evaluate("(b) newsfold, end to end (predicted mentions)", key_all, resp_e2e),
        evaluate("gold mentions: same-head-lemma within topic", key_all, clusters_of(lemma)),
        evaluate("gold mentions: all singletons", key_all, [{k} for k in gold_chain]),
        evaluate("gold mentions: one cluster per topic", key_all,
                 clusters_of({g.key: g.topic for g in gold})),
    ]
    lines.append("Event coreference (singletons kept; CoNLL = mean of MUC, B3, CEAF-e F1)")
    lines += _score_rows(scores)
    lines.append("")

    # ---- what newsfold merged
    sizes = Counter(len({p.doc_id for p in preds if p.cluster == c}) for c in {p.cluster for p in preds})
    topics_of: dict[str, set[int]] = defaultdict(set)
    for p in preds:
        topics_of[p.cluster].add(docs[p.doc_id].topic)  # type: ignore[index]
    cross_topic = sum(1 for t in topics_of.values() if len(t) > 1)
    pair_tp = pair_fp = pair_fp_other_subtopic = pair_fp_same_sentence = 0
    by_cluster: dict[str, list[PredMention]] = defaultdict(list)
    for p in preds:
        if p.gold:
            by_cluster[p.cluster].append(p)  # type: ignore[index]
    for ms in by_cluster.values():
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                if ms[i].gold.chain == ms[j].gold.chain:  # type: ignore[union-attr]
                    pair_tp += 1
                else:
                    pair_fp += 1
                    if docs[ms[i].doc_id].subtopic != docs[ms[j].doc_id].subtopic:
                        pair_fp_other_subtopic += 1  # two different seminal events
                    elif ms[i].doc_id == ms[j].doc_id and ms[i].sentence == ms[j].sentence:
                        pair_fp_same_sentence += 1  # e.g. "earthquake" + "struck": two chains in ECB+
    gold_pairs = sum(n * (n - 1) // 2 for n in Counter(g.chain for g in detected).values())
    lines.append("newsfold's merged events over validated-sentence mentions: "
                 f"{len(topics_of)} events; documents per event {dict(sorted(sizes.items()))}; "
                 f"{cross_topic} events span more than one gold topic")
    lines.append(f"coreference links among detected mentions: newsfold {pair_tp + pair_fp} (correct {pair_tp}, wrong {pair_fp}); "
                 f"gold {gold_pairs}")
    lines.append(f"  wrong links joining different gold subtopics (different seminal events): {pair_fp_other_subtopic}; "
                 f"joining two mentions of one sentence (ECB+ annotates e.g. 'earthquake' and 'struck' as two events): "
                 f"{pair_fp_same_sentence}; other: {pair_fp - pair_fp_other_subtopic - pair_fp_same_sentence}")

    # ---- in-scope recall: gold mentions whose head lemma is one of newsfold's trigger lemmas
    head_pos = {g.key: head_lemma(run.docs.get(g.doc_id), g.spans, g.text)[1] for g in gold}
    in_scope = [g for g in gold if in_lexicon(lemma[g.key][1], head_pos[g.key])]
    merged_hits = {p.gold.key for p in preds if p.gold}
    lines.append(f"in-lexicon gold mentions (head lemma and POS in newsfold's trigger lexicon): {len(in_scope)}; "
                 f"extracted (any status) {sum(g.key in matched_all for g in in_scope)} "
                 f"({100 * sum(g.key in matched_all for g in in_scope) / max(1, len(in_scope)):.1f}%), "
                 f"in merged events {sum(g.key in merged_hits for g in in_scope)}")

    if args.details:
        lines += ["", "missed gold mentions by head lemma (all / in newsfold's lexicon):"]
        missed = Counter(lemma[g.key][1] for g in gold if g.key not in matched_all)
        lines.append("  all: " + ", ".join(f"{k}={n}" for k, n in missed.most_common(40)))
        missed_in = Counter(lemma[g.key][1] for g in in_scope if g.key not in matched_all)
        lines.append("  in lexicon: " + ", ".join(f"{k}={n}" for k, n in missed_in.most_common()))
        lines.append("examples of missed in-lexicon gold mentions (doc: [mention] sentence):")
        shown: Counter[str] = Counter()
        for g in in_scope:
            lem = lemma[g.key][1]
            if g.key in matched_all or shown[lem] >= 2:
                continue
            shown[lem] += 1
            doc = docs[g.doc_id]
            s0, e0 = g.spans[0][0], g.spans[-1][1]
            a, b = doc.text.rfind("\n", 0, s0) + 1, doc.text.find("\n", e0)
            b = len(doc.text) if b < 0 else b
            lines.append(f"  {g.doc_id}: {doc.text[a:s0]}[{doc.text[s0:e0]}]{doc.text[e0:b]}")
        lines.append("extracted but not in a merged event (status / kind / trigger):")
        lines.append("  " + ", ".join(f"{st}/{k}/{t}={n}" for (st, k, t), n in Counter(
            (p.status, p.kind, p.trigger.lower()) for p in preds_all if p.cluster is None).most_common(30)))
        false = Counter((p.trigger.lower(), p.kind) for p in preds if not p.gold)
        lines.append("false predicted mentions (trigger/kind=count): "
                     + (", ".join(f"{t}/{k}={n}" for (t, k), n in false.most_common(40)) or "none"))
        lines.append("newsfold events that mix gold chains (event: gold descriptor=count):")
        for c, ms in sorted(by_cluster.items(), key=lambda kv: -len(kv[1])):
            chains = Counter(m.gold.descriptor for m in ms)  # type: ignore[union-attr]
            if len(chains) > 1:
                lines.append(f"  {c} ({len({m.doc_id for m in ms})} docs): " + ", ".join(f"{d}={n}" for d, n in chains.most_common()))
        lines.append("gold chains split over several newsfold events (descriptor: events):")
        split: dict[str, set[str]] = defaultdict(set)
        for p in preds:
            if p.gold:
                split[p.gold.descriptor].add(p.cluster)  # type: ignore[arg-type]
        lines.append("  " + ", ".join(f"{d}={len(cs)}" for d, cs in sorted(split.items(), key=lambda kv: -len(kv[1])) if len(cs) > 1))

    e2e, inter, base = scores[3], scores[0], scores[4]
    p_, r_, f_ = _prf(sum(1 for p in preds if p.gold), len(preds), len(gold))
    lines += ["", f"SUMMARY ecbplus_events: mention detection P={100 * p_:.1f} R={100 * r_:.1f} F1={100 * f_:.1f}; "
                  f"CoNLL F1 end-to-end={100 * e2e.conll:.1f} (B3 F1={100 * e2e.b3[2]:.1f}), "
                  f"intersection={100 * inter.conll:.1f} (B3 F1={100 * inter.b3[2]:.1f}) on {inter.n_key} detected mentions; "
                  f"same-head-lemma baseline on gold mentions={100 * base.conll:.1f}"]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
