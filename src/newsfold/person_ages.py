"""Ages of named people as each report states them, and where reports disagree on one.

Outlets give a named person's age beside the name ("Kevin Johnson, 25, was arrested", "the
61-year-old Sharron Smith"), and they often disagree: one says 24, another 25. A disagreement
is a conflict of the person, not of an event (``event_id`` is None). Reports published a year
or more apart may give different ages of one person truthfully, so ages are first brought to
the date of the earliest report; only ages that still differ conflict. Ages far apart belong to
two people who share a name (a father and son), not to one fact told two ways, and are left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from newsfold.ids import make_id
from newsfold.model import ArticleAnalysis, Conflict, ConflictValue, Entity, Span

#: Ages a person is given that are plausible (a newborn's "0" and a house number are not).
MIN_AGE, MAX_AGE = 1, 115
#: Ages of one name further apart than this, once brought to one date, are two people.
SAME_PERSON_YEARS = 5

# "Kevin Johnson, 25, was …", "Smith, 61." and "Jones, aged 30;" — not "Smith, 25,000 people" —
# and, as British papers write it, "Jane Doe (25) was …"
_AFTER_NAME = re.compile(r"\s*(?:,\s*(?:aged\s+)?(\d{1,3})(?!\s*[,.]?\s*\d)(?=\s*(?:[,.;:)]|and\b|or\b|$))"
                         r"|\(\s*(?:aged\s+)?(\d{1,3})\s*\))")
# "61-year-old Sharron Smith", "a 25 - year - old former guard John Doe"
_BEFORE_NAME = re.compile(r"\b(\d{1,3})\s*-?\s*years?\s*-?\s*old\s+((?:[A-Za-z][a-z\-]*\s+){0,2})$")
#: Words between an age and a name that make the age another's: "the 8-year-old son of Kevin
#: Johnson", "a 12-year-old boy and Kevin Johnson", "was 17 years old when John Smith adopted her".
_NOT_THE_NAMES = frozenset({"of", "and", "or", "when", "with", "to", "for", "by", "from", "at", "in", "on", "as", "while",
                            "after", "before", "than", "son", "daughter", "wife", "husband", "brother", "sister", "mother",
                            "father", "boy", "girl", "child", "baby", "niece", "nephew", "grandson", "granddaughter",
                            "friend", "neighbor", "neighbour", "cousin", "stepson", "stepdaughter"})
#: Words of a sentence whose numbers beside names are tallies, not ages: polls, scores, shirts.
_TALLIES = re.compile(r"%|\b(?:polls?|percent|per cent|points?|votes?|scored?|scores|par|rounds?|birdies?|goals?|"
                      r"shirt|jersey|seeded|ranked|minutes?|laps?|innings|runs|wickets)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StatedAge:
    """One report's statement of a named person's age."""

    name: str
    age: int
    span: Span  # the name and the age, as written
    sentence: str


def _nationality(word: str) -> bool:
    """A capitalised word for where someone is from: "Englishman", "American", "Thai"."""
    from newsfold.aliases import country_of

    return word.endswith(("man", "woman")) and len(word) > 6 or country_of(word) is not None


def stated_ages(analysis: ArticleAnalysis) -> list[StatedAge]:
    """Each age one article gives a named person, beside the name: "Kevin Johnson, 25, was
    also arrested" states that Kevin Johnson is 25."""
    text = analysis.article.text
    aid = analysis.article.article_id
    out: list[StatedAge] = []
    for m in analysis.mentions:
        if m.label != "PERSON":
            continue
        after = _AFTER_NAME.match(text, m.span.end)
        before = _BEFORE_NAME.search(text, max(0, m.span.start - 60), m.span.start)
        for found, start, end in ((after, m.span.start, after.end() if after else 0),
                                  (before, before.start(1) if before else 0, m.span.end)):
            if found is None:
                continue
            if found is before and (set(found.group(2).split()) & _NOT_THE_NAMES
                                    or not all(w.islower() or _nationality(w) for w in found.group(2).split())):
                continue  # "the 32-year-old Englishman Robert Buckley", not "a 12-year-old Boy Scout John Smith"
            age = int(next(g for g in found.groups() if g and g.isdigit()))
            if not MIN_AGE <= age <= MAX_AGE:
                continue
            where = analysis.sentences[m.sentence] if m.sentence < len(analysis.sentences) else None
            sentence = text[where.start:where.end].strip() if where else text[start:end]
            if _TALLIES.search(sentence):
                continue  # "Harris, 48; Trump, 47" in a poll; "Scheffler, 66" after a round
            out.append(StatedAge(m.span.text, age, Span(aid, start, end, text[start:end]), sentence))
    return out


def age_conflicts(
    analyses: Iterable[ArticleAnalysis],
    entity_of: Callable[[str, str], Entity | None],
    published: Mapping[str, date | None],
) -> tuple[Conflict, ...]:
    """Named people whose age reports give differently (always ``hard``: one fact, two values).

    :param analyses: the analysed articles.
    :param entity_of: the canonical entity a surface form names in an article
        (:meth:`newsfold.canon.Resolution.entity`).
    :param published: publication date of each document, where known.
    """
    told: dict[str, dict[str, list[StatedAge]]] = defaultdict(lambda: defaultdict(list))
    names: dict[str, str] = {}
    for analysis in analyses:
        aid = analysis.article.article_id
        for stated in stated_ages(analysis):
            entity = entity_of(aid, stated.name)
            if entity is None or entity.type != "PERSON":
                continue
            told[entity.entity_id][aid].append(stated)
            names[entity.entity_id] = entity.name
    out: list[Conflict] = []
    for entity_id, per_doc in sorted(told.items()):
        # a report that gives one name two ages tells of two people (or of two times): no witness
        ages = {aid: says[0] for aid, says in per_doc.items() if len({s.age for s in says}) == 1}
        if len({s.age for s in ages.values()}) < 2 or not _ages_fit_one_person(ages, published):
            continue
        by_age: dict[int, list[StatedAge]] = defaultdict(list)
        for stated in ages.values():
            by_age[stated.age].append(stated)
        out.append(Conflict(
            conflict_id=make_id("c", "age", entity_id),
            event_id=None,
            subject=names[entity_id],
            attribute="age",
            kind="hard",
            values=tuple(
                ConflictValue(
                    value=age,
                    documents=tuple(sorted(s.span.article_id for s in says)),
                    quotes=tuple(s.sentence for s in sorted(says, key=lambda s: s.span.article_id)),
                    date=min((d.isoformat() for s in says if (d := published.get(s.span.article_id))), default=None),
                )
                for age, says in sorted(by_age.items())
            ),
        ))
    return tuple(out)


def _ages_fit_one_person(ages: Mapping[str, StatedAge], published: Mapping[str, date | None]) -> bool:
    """Whether the differing ages can be one person's at one time, told wrongly somewhere: they
    still differ by a year or more once each is brought back to the earliest report's date,
    and by no more than :data:`SAME_PERSON_YEARS`."""
    dates = [published.get(aid) for aid in ages]
    if all(d is not None for d in dates):
        first = min(d for d in dates if d is not None)
        at_first = [s.age - ((published[aid] or first) - first).days / 365.25 for aid, s in ages.items()]
    else:
        at_first = [float(s.age) for s in ages.values()]
    spread = max(at_first) - min(at_first)
    return 1 <= spread <= SAME_PERSON_YEARS
