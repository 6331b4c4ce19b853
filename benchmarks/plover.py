"""Sentence-level PLOVER typing benchmark on the PLOVER gold-standard records (GSR).

Data: ``../shared/bench/plover_gsr/plover_gsr.jsonl`` (322 CAMEO-manual sentences recoded
to PLOVER 0.5b1, one gold event type per record; see that folder's README.md).

Each distinct sentence becomes one :class:`newsfold.model.Article` (text = the sentence, no
publication date); all of them go through newsfold's streaming stages in one
:func:`newsfold.pipeline.analyse` call. A sentence's predicted set is the set of PLOVER types
(:func:`newsfold.lexicon.plover_of`, type only) of its event mentions -- asserted ones only,
unless ``--include-plots`` is given (then planned, negated and hypothetical ones count too).

Gold: the 0.5b1 types are mapped to the current 16-type PLOVER list before scoring
(DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT). A few sentences occur
in several records with different gold types (e.g. an attack that also kidnaps); such a
sentence is scored once, with the union of its gold types as its gold set.

Scored: precision/recall/F1 per PLOVER type newsfold can produce (COERCE, ASSAULT, PROTEST,
AGREE, COOPERATE, plus AGREE∪COOPERATE as "AGREE/COOPERATE"), micro averages over the five
types, and a confusion summary (the gold types of the sentences behind each false positive).

Run::

    .venv/bin/python benchmarks/plover.py [--include-plots] [--errors] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BENCH, RecordingPipeline  # noqa: E402

DEFAULT_DATA = BENCH / "plover_gsr"
#: PLOVER 0.5b1 → current PLOVER (16 types), as the data README prescribes.
GOLD_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
#: The PLOVER types newsfold's event kinds can map to.
TYPES = ("COERCE", "ASSAULT", "PROTEST", "AGREE", "COOPERATE")
COMBINED = "AGREE/COOPERATE"


@dataclass
class Sentence:
    """One distinct GSR sentence with its gold types (mapped) and what newsfold predicted."""

    aid: str  # unique article id (record ids repeat in the data: COERCE-0004 is used twice)
    sid: str  # the first record id, for display
    text: str
    record_ids: list[str]
    gold: set[str]
    predicted: set[str] = field(default_factory=set)
    mentions: list[tuple[str, str, str, str | None]] = field(default_factory=list)  # kind, status, trigger, plover


@dataclass
class Counts:
    """True positives, false positives and false negatives of one type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate another type's counts (for micro averages)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def map_gold(event: str) -> str:
    """The current-PLOVER name of a 0.5b1 gold event type."""
    return GOLD_MAP.get(event, event)


def load_sentences(path: Path) -> list[Sentence]:
    """Read the GSR records and group them by sentence text (union of gold types)."""
    by_text: dict[str, Sentence] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["text"].strip()
            s = by_text.get(text)
            if s is None:
                s = by_text[text] = Sentence(aid=f"s{len(by_text):04d}", sid=rec["id"], text=text, record_ids=[], gold=set())
            s.record_ids.append(rec["id"])
            s.gold.add(map_gold(rec["event"]))
    return list(by_text.values())


def trigger_lemma(doc: Any, start: int, end: int, fallback: str) -> str:
    """The spaCy lemma of the trigger token at ``[start, end)`` (lower case)."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or len(span) == 0:
        return fallback.lower()
    return span.root.lemma_.lower()


def predict(sentences: Sequence[Sentence], *, include_plots: bool = False, batch_size: int = 64,
            published: date | None = None) -> None:
    """Run newsfold over every sentence (one ``analyse`` call) and fill ``predicted``/``mentions``.

    :param published: a publication date to give every sentence (default none, as the GSR has
        none; a date lets relative expressions such as "on Thursday" resolve).
    """
    from newsfold.lexicon import plover_of
    from newsfold.model import Article, EventStatus
    from newsfold.nlp import load_model
    from newsfold.pipeline import analyse

    nlp = RecordingPipeline(load_model())
    by_id = {s.aid: s for s in sentences}
    articles = [Article(article_id=s.aid, source="plover_gsr", title="", text=s.text, published=published)
                for s in sentences]
    for analysis in analyse(articles, nlp=nlp, batch_size=batch_size):
        s = by_id[analysis.article.article_id]
        doc = nlp.docs.get(s.aid)
        for m in analysis.events:
            lemma = trigger_lemma(doc, m.trigger.start, m.trigger.end, m.trigger.text)
            ptype, _mode = plover_of(m.kind, lemma)
            s.mentions.append((m.kind.value, m.status.value, m.trigger.text, ptype))
            if ptype is None:
                continue
            if m.status is EventStatus.ASSERTED or include_plots:
                s.predicted.add(ptype)


def _collapse(types: set[str]) -> set[str]:
    return {COMBINED if t in {"AGREE", "COOPERATE"} else t for t in types}


def score(sentences: Sequence[Sentence]) -> dict[str, Counts]:
    """Per-type counts for :data:`TYPES` and the combined AGREE/COOPERATE label."""
    out = {t: Counts() for t in (*TYPES, COMBINED)}
    for s in sentences:
        for t in TYPES:
            g, p = t in s.gold, t in s.predicted
            out[t].tp += g and p
            out[t].fp += p and not g
            out[t].fn += g and not p
        g, p = COMBINED in _collapse(s.gold), COMBINED in _collapse(s.predicted)
        out[COMBINED].tp += g and p
        out[COMBINED].fp += p and not g
        out[COMBINED].fn += g and not p
    return out


def micro(counts: dict[str, Counts], types: Iterable[str]) -> Counts:
    """Micro-averaged counts over ``types``."""
    total = Counts()
    for t in types:
        total.add(counts[t])
    return total


def confusion(sentences: Sequence[Sentence]) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
    """For each predicted type, the gold types of its false-positive sentences; and for each
    gold type, what newsfold predicted on its false-negative sentences ("-" for nothing)."""
    fp: dict[str, Counter[str]] = {t: Counter() for t in TYPES}
    fn: dict[str, Counter[str]] = {t: Counter() for t in TYPES}
    for s in sentences:
        for t in TYPES:
            if t in s.predicted and t not in s.gold:
                fp[t].update(sorted(s.gold))
            if t in s.gold and t not in s.predicted:
                kinds = sorted({k for k, st, _tr, _p in s.mentions}) or ["-"]
                fn[t].update(kinds)
    return fp, fn


def _row(name: str, c: Counts, gold_n: int | None = None) -> str:
    support = c.tp + c.fn if gold_n is None else gold_n
    return (f"{name:<17} {support:>5} {c.tp + c.fp:>5} {c.tp:>4} {c.fp:>4} {c.fn:>4} "
            f"{100 * c.precision:>6.1f} {100 * c.recall:>6.1f} {100 * c.f1:>6.1f}")


def report(sentences: Sequence[Sentence], *, n_records: int, include_plots: bool, errors: bool = False) -> str:
    """The printed report: per-type table, micro averages, confusion summary, summary line."""
    counts = score(sentences)
    lines = [f"PLOVER GSR: {n_records} records, {len(sentences)} distinct sentences "
             f"({'all statuses' if include_plots else 'asserted mentions only'})",
             "gold types mapped to current PLOVER: " + ", ".join(f"{k}->{v}" for k, v in GOLD_MAP.items()),
             "",
             f"{'type':<17} {'gold':>5} {'pred':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for t in TYPES:
        lines.append(_row(t, counts[t]))
    lines.append(_row(COMBINED, counts[COMBINED]))
    m5 = micro(counts, TYPES)
    m4 = micro(counts, ("COERCE", "ASSAULT", "PROTEST", COMBINED))
    lines.append(_row("micro (5 types)", m5))
    lines.append(_row("micro (AG/CO as 1)", m4))
    kinds = Counter(k for s in sentences for k, st, _t, _p in s.mentions if include_plots or st == "asserted")
    statuses = Counter(st for s in sentences for _k, st, _t, _p in s.mentions)
    no_plover = Counter(k for s in sentences for k, st, _t, p in s.mentions if p is None)
    lines += ["", "mentions extracted by kind (counted ones): " + ", ".join(f"{k}={n}" for k, n in kinds.most_common()),
              "mention statuses (all): " + ", ".join(f"{k}={n}" for k, n in statuses.most_common()),
              "kinds with no PLOVER type (ignored): " + (", ".join(f"{k}={n}" for k, n in no_plover.most_common()) or "none"),
              f"sentences with no event mention at all: {sum(1 for s in sentences if not s.mentions)}/{len(sentences)}"]
    fp, fn = confusion(sentences)
    lines += ["", "confusion: gold types of false-positive sentences, per predicted type"]
    for t in TYPES:
        if fp[t]:
            lines.append(f"  {t:<10} FP={sum(fp[t].values()):>3}: " + ", ".join(f"{g}={n}" for g, n in fp[t].most_common()))
    lines.append("confusion: newsfold kinds extracted on false-negative sentences, per gold type ('-' = nothing)")
    for t in TYPES:
        if fn[t]:
            lines.append(f"  {t:<10} FN={counts[t].fn:>3}: " + ", ".join(f"{g}={n}" for g, n in fn[t].most_common()))
    if errors:
        lines += ["", "errors (sentence id | gold | predicted | mentions kind/status/trigger/plover):"]
        for s in sentences:
            g, p = s.gold & set(TYPES), s.predicted
            if g != p:
                ms = "; ".join(f"{k}/{st}/{tr}/{pl}" for k, st, tr, pl in s.mentions) or "-"
                lines.append(f"  {'/'.join(s.record_ids)} | gold={sorted(s.gold)} | pred={sorted(p)} | {ms}\n      {s.text}")
    lines += ["", f"SUMMARY plover_gsr: micro P={100 * m5.precision:.1f} R={100 * m5.recall:.1f} F1={100 * m5.f1:.1f} "
                  f"over {','.join(TYPES)} (tp={m5.tp} fp={m5.fp} fn={m5.fn}); "
                  f"AGREE/COOPERATE F1={100 * counts[COMBINED].f1:.1f}; "
                  f"{len(sentences)} sentences, {'all statuses' if include_plots else 'asserted only'}"]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status (0 also when the data is absent)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding plover_gsr.jsonl")
    parser.add_argument("--include-plots", action="store_true",
                        help="also count planned/negated/hypothetical mentions")
    parser.add_argument("--errors", action="store_true", help="list every sentence scored wrong")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--published", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                        help="diagnostic: give every sentence this publication date (default: none)")
    args = parser.parse_args(argv)
    path = args.data / "plover_gsr.jsonl"
    if not path.is_file():
        print(f"SKIP plover_gsr: {path} not found")
        return 0
    sentences = load_sentences(path)
    n_records = sum(len(s.record_ids) for s in sentences)
    predict(sentences, include_plots=args.include_plots, batch_size=args.batch_size, published=args.published)
    if args.published:
        print(f"(diagnostic run: every sentence published {args.published.isoformat()})")
    print(report(sentences, n_records=n_records, include_plots=args.include_plots, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
