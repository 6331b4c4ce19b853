"""Cited extractive briefs: 3–6 sentences per story, every sentence with its sources.

Sentences are scored by similarity to the story's centroid and by the events they state,
then chosen with maximal marginal relevance so that the brief covers the story without
repeating itself. A sentence cites every document that states the same thing. Where the
sources disagree about a figure, the brief says so, with both figures and their sources.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsfold.conflicts import MEASURE_UNITS
from newsfold.model import BriefSentence, Conflict, Event, Sentence, Story

MAX_SENTENCES = 6
MIN_SENTENCES = 3
#: MMR trade-off between relevance and novelty.
LAMBDA = 0.7
#: Cosine similarity above which another document's sentence supports (cites) the same fact.
SUPPORT = 0.5
MAX_CHARS = 400
#: At most this many of a story's disagreements are stated in its brief (the report lists all).
MAX_CONFLICT_SENTENCES = 2


def write_brief(
    story: Story,
    texts: Mapping[str, str],
    sentences: Mapping[str, Sequence[Sentence]],
    events: Sequence[Event],
    conflicts: Sequence[Conflict],
) -> tuple[BriefSentence, ...]:
    """A cited brief for one story.

    :param story: the story.
    :param texts: article text by id (the story's documents, copies excluded).
    :param sentences: sentence spans by article id.
    :param events: events reported by the story's documents.
    :param conflicts: conflicts about those events.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    # the disagreements the brief states, hard ones first, each in a sentence of its own,
    told = sorted(conflicts, key=lambda c: (c.kind != "hard", -len({d for v in c.values for d in v.documents}),
                                             c.conflict_id))[:MAX_CONFLICT_SENTENCES]  # the most widely told first
    cands: list[tuple[str, int, str]] = []
    for aid in story.documents:
        if aid not in texts:
            continue
        for n, s in enumerate(sentences.get(aid, ())):
            text = " ".join(texts[aid][s.start:s.end].split())
            if 40 <= len(text) <= MAX_CHARS and not text.endswith("?"):
                cands.append((aid, n, text))
    out: list[BriefSentence] = []
    if cands:
        matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform([c[2] for c in cands])
        centroid = matrix.mean(axis=0)
        import numpy as np

        relevance = cosine_similarity(matrix, np.asarray(centroid)).ravel()
        event_spans = {(s.article_id, s.start) for e in events for s in e.mentions}
        for k, (aid, n, _text) in enumerate(cands):
            sent = sentences[aid][n]
            if (aid, sent.start) in event_spans:
                relevance[k] += 0.15
            relevance[k] += 0.1 / (1 + n)  # the lead states the news
        pairwise = cosine_similarity(matrix)
        budget = min(MAX_SENTENCES - len(told), max(MIN_SENTENCES, len(story.documents) + 2))
        chosen: list[int] = []
        while len(chosen) < min(budget, len(cands)):
            best, best_score = -1, -1e9
            for k in range(len(cands)):
                if k in chosen:
                    continue
                redundancy = max((pairwise[k, j] for j in chosen), default=0.0)
                if redundancy > 0.6:
                    continue
                score = LAMBDA * relevance[k] - (1 - LAMBDA) * redundancy
                if score > best_score:
                    best, best_score = k, score
            if best < 0:
                break
            chosen.append(best)
        chosen.sort(key=lambda k: (story.documents.index(cands[k][0]) if cands[k][0] in story.documents else 0, cands[k][1]))
        for k in chosen:
            support = {cands[j][0] for j in range(len(cands)) if pairwise[k, j] >= SUPPORT} | {cands[k][0]}
            out.append(BriefSentence(cands[k][2], tuple(sorted(support))))
    for c in told:
        out.append(_conflict_sentence(c))
    return tuple(out[:MAX_SENTENCES])


def _sum_of_money(currency: str, value: float) -> str:
    """A sum as news writes it: ``("$", 5.4e9)`` → "$5.4 billion", ``("€", 910000)`` → "€910,000"."""
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if value >= scale:
            return f"{currency}{value / scale:.4g} {word}"
    return f"{currency}{value:,.0f}"


def _conflict_sentence(c: Conflict) -> BriefSentence:
    parts = []
    price = c.attribute.endswith(" paid")  # "$ paid": an acquisition's price
    for v in c.values:
        number = int(v.value) if isinstance(v.value, float) and v.value.is_integer() else v.value
        if price and isinstance(number, (int, float)):
            number = _sum_of_money(c.attribute.split()[0], float(number))
        figure = f"{v.qualifier} {number}" if v.qualifier else f"{number}"
        parts.append(f"{figure} ({', '.join(v.documents)})")
    verb = "Reports differ over time on" if c.kind == "soft" else "Sources disagree on"
    if c.event_id is None and c.attribute == "age":
        text = f"{verb} the age of {c.subject}: {' vs '.join(parts)}."
    elif c.attribute in MEASURE_UNITS:  # "the distance, in metres, in the 2012 Mount Cook disaster"
        text = f"{verb} the distance, in {c.attribute}, in the {c.subject}: {' vs '.join(parts)}."
    elif c.attribute.startswith("number of "):  # "the number of robbers in the 2008 Paris attack"
        text = f"{verb} the {c.attribute} in the {c.subject}: {' vs '.join(parts)}."
    elif c.attribute.startswith("times "):  # "how many times someone was shot in the 2012 Bronx killing"
        text = f"{verb} how many times someone was {c.attribute.split()[-1]} in the {c.subject}: {' vs '.join(parts)}."
    elif price:  # "the price paid in the 2006 acquisition: $4.2 billion (b) vs $5.4 billion (a)"
        text = f"{verb} the price paid in the {c.subject}: {' vs '.join(parts)}."
    elif c.attribute.startswith("age of the"):  # "the age of the victim in the 2011 Brooklyn attack"
        text = f"{verb} {c.attribute.replace('age of the', 'the age of the', 1)} in the {c.subject}: {' vs '.join(parts)}."
    else:
        text = f"{verb} the number {c.attribute} in the {c.subject}: {' vs '.join(parts)}."
    docs = tuple(sorted({d for v in c.values for d in v.documents}))
    return BriefSentence(text, docs)
