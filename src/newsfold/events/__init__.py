"""Typed event extraction from the dependency parse of one article (a streaming stage).

For each sentence, a trigger (a verb or noun of :mod:`newsfold.lexicon`, with the right
part of speech and, where needed, the right object) opens an :class:`EventMention`.
Its arguments come from the parse: actors (subject or "by" agent), targets, the count bound
to its role ("seven members were captured" → 7 arrested; "a blast killed 15" → 15 killed),
the places in the trigger's phrase, and the date of the nearest time expression, resolved
against the publication date. Planned, denied and conditional events are marked, not
reported as having happened.

The stage is a package of parts, each importing only from those before it:
:mod:`~newsfold.events.parse` (the parse and what every part reads on it);
:mod:`~newsfold.events.contexts`, :mod:`~newsfold.events.violence` and
:mod:`~newsfold.events.disasters` (the checks that rule one sense of a trigger word in or out);
:mod:`~newsfold.events.triggers` (what kind of event a word opens);
:mod:`~newsfold.events.status`, :mod:`~newsfold.events.where`,
:mod:`~newsfold.events.participants`, :mod:`~newsfold.events.figures` and
:mod:`~newsfold.events.when` (an event's status, places, actors and targets, figures and date);
:mod:`~newsfold.events.build` (one event mention from one trigger); and
:mod:`~newsfold.events.document` (the passes over a whole article). :func:`extract_events`,
here, runs them over an article.
"""

from __future__ import annotations

import re
from dataclasses import replace as _replace

from newsfold.aliases import country_of
from newsfold.dates import find_dates
from newsfold.events.build import _build
from newsfold.events.contexts import _quoted
from newsfold.events.document import (
    INJURIES_ALONE_CONFIDENCE,
    _at_the_scene,
    _caught_with_the_haul,
    _fire_set_on_purpose,
    _dated_after_another,
    _dated_by_their_noun,
    _deed_of_it,
    _elaborated,
    _elsewhere_named,
    _in_the_same_place,
    _injuries_told_alone,
    _one_kind_of_blast,
    _recent,
    _same_deed,
    _with_cell_places,
)
from newsfold.events.figures import FIGURE_VERB_CLASSES, MEASURE_STEPS, extract_figures
from newsfold.events.parse import ACTOR_LABELS, PLACE_LABELS, _Parse
from newsfold.events.status import _status
from newsfold.events.triggers import _governing_trigger, _trigger_kind, is_noun_trigger
from newsfold.events.where import VENUE_WORDS, is_venue
from newsfold.model import AnnotatedArticle, EventKind, EventMention, EventStatus, Mention
from newsfold.names import dateline_place

__all__ = [
    "ACTOR_LABELS",
    "FIGURE_VERB_CLASSES",
    "INJURIES_ALONE_CONFIDENCE",
    "MEASURE_STEPS",
    "PLACE_LABELS",
    "across_the_country",
    "VENUE_WORDS",
    "extract_events",
    "extract_figures",
    "is_noun_trigger",
    "is_venue",
]


def extract_events(annotated: AnnotatedArticle) -> tuple[EventMention, ...]:
    """Every event mention in one annotated article, in text order.

    Example::

        mentions = extract_events(next(annotate([article])))
        [(m.kind, m.count and m.count.value) for m in mentions]
    """
    article = annotated.article
    parse = _Parse.of(annotated.tokens)
    anchor = article.published
    mentions_by_sentence: dict[int, list[Mention]] = {}
    for m in annotated.mentions:
        mentions_by_sentence.setdefault(m.sentence, []).append(m)
    out: list[EventMention] = []
    dateline = next((m.span.text for m in annotated.mentions if m.sentence <= 1 and m.label == "GPE"
                     and dateline_place(article.text[m.span.start:]) is not None and m.span.start < 200), None)
    dated_kinds: set[EventKind] = set()
    for s_index, sent in enumerate(annotated.sentences):
        sent_mentions = mentions_by_sentence.get(s_index, [])
        sent_dates = [(a + sent.start, b + sent.start, v) for a, b, v in find_dates(article.text[sent.start:sent.end], anchor)]
        attached: set[int] = set()
        found: list[tuple[int, EventKind]] = []
        for i in range(sent.token_start, sent.token_end):
            kind = _trigger_kind(parse, i)
            if kind is not None:
                found.append((i, kind))
        # Casualty verbs ("a blast killed 15") belong to the attack or disaster they name.
        told_by: dict[int, list[int]] = {}  # governing trigger → its casualty verbs
        for i, kind in list(found):
            if (kind is EventKind.KILLING or kind is EventKind.DISASTER and parse.tokens[i].tag == "VBG") and (
                    gov := _governing_trigger(parse, i, found)) is not None:
                attached.add(i)
                told_by.setdefault(gov, []).append(i)
        # A participle adjunct of the same kind tells the same deed: "arrested nine suspects …,
        # dismantling a network that used boats to move cocaine across the Strait".
        kinds_at = dict(found)
        for i, kind in found:
            t = parse.tokens[i]
            if t.dep == "advcl" and t.tag == "VBG" and _same_deed(kinds_at.get(t.head), kind, t.lemma.lower()):
                attached.add(i)
        asserted = [(i, kind) for i, kind in found if _status(parse, i) is EventStatus.ASSERTED]
        built: dict[int, EventMention] = {}
        for i, kind in found:
            if i in attached:
                continue
            mention = _build(article.article_id, article.text, parse, i, kind, sent, sent_mentions, sent_dates, anchor, asserted,
                             told_by.get(i, ()))
            if mention is not None:
                if not mention.places and kind in {EventKind.ARREST, EventKind.SEIZURE}:
                    mention = _with_cell_places(mention, annotated, parse, s_index, mentions_by_sentence)
                if (not mention.places and dateline is not None and s_index < 6 and _recent(mention.date, anchor) and kind not in dated_kinds
                        and (kind not in _NATIONAL_KINDS or _LOCAL_OFFICE.search(mention.sentence.text))
                        and not _elsewhere_named(article.text, sent_mentions, dateline) and not _TOLL_RISEN.search(mention.sentence.text)
                        and not across_the_country(mention.sentence.text)):
                    # (not a follow-up's "the death toll from the bombing rose to 14": filed from the hub, told of elsewhere)
                    mention = _replace(mention, places=(dateline,), confidence=round(mention.confidence - 0.05, 2))
                elif dateline is not None and dateline not in mention.places and _here(parse, i):
                    # "THOOTHUKUDI: Some 60 women began a hunger strike outside the Collectorate here": the
                    # dateline's town, which the report calls "here"
                    mention = _replace(mention, places=(*mention.places, dateline))
                dated_kinds.add(kind)
                built[i] = mention
        out += [_dated_after_another(_deed_of_it(parse, m, out), out) for m in _dated_by_their_noun(parse, built).values()]
        if not found and (injured := _injuries_told_alone(article.article_id, article.text, parse, sent, sent_mentions,
                                                           sent_dates, anchor, out)) is not None:
            out.append(injured)
    out = _elaborated(annotated, parse, out, mentions_by_sentence)
    out = _fire_set_on_purpose(_caught_with_the_haul(_at_the_scene(article.text, out, dateline), dateline), article.text)
    return tuple(_one_kind_of_blast(parse, _in_the_same_place(out, dateline)))


def _here(parse: _Parse, i: int) -> bool:
    """Whether the deed at ``i`` is told as done "here" (not in a quotation: "we are here to stay")."""
    tokens = parse.tokens
    near = set(parse.subtree(i)) | {tokens[i].head}
    return any(tokens[j].text.lower() == "here" and tokens[j].dep == "advmod" and tokens[j].head in near and not _quoted(parse, j)
               for j in parse.sentence_of(i))


#: Events of a country or of companies, not of the town a report is filed from: "KATHMANDU -
#: Nepal's Election Commission declared the results of the March 5 election" (a vote of all Nepal).
_NATIONAL_KINDS = frozenset({EventKind.ELECTION, EventKind.ACQUISITION})
#: Words of a local vote, which the town a report is filed from does hold: "re-elected the mayor".
#: A deed told as the whole country's: "47 people had been arrested nationwide" is not the dateline's town's.
_ACROSS_THE_COUNTRY = re.compile(r"\b(?:nationwide|countrywide|across the country|around the country|throughout the country)\b"
                                 r"(?!\s+(?:manhunt|hunt|search|alert|appeal|outrage|debate|campaign|ban|curfew|lockdown|shortage|"
                                 r"emergency|mourning|security|crackdown))", re.IGNORECASE)
#: "Teachers across Portugal": across a country, if the name is one (not "across Lagos").
_ACROSS_A_COUNTRY = re.compile(r"\bacross ([A-Z][\w-]+(?: [A-Z][\w-]+)?)")


def across_the_country(sentence: str) -> bool:
    """Whether a sentence tells its deed as the whole country's: "47 people had been arrested
    nationwide", "rail workers across France went on strike" (not "across Lagos")."""
    return bool(_ACROSS_THE_COUNTRY.search(sentence)) or any(country_of(m.group(1)) for m in _ACROSS_A_COUNTRY.finditer(sentence))


_LOCAL_OFFICE = re.compile(r"\b(?:mayor|mayoral|city council|county|councillor|councilor|municipal|alderman|borough)", re.IGNORECASE)
#: A sentence that tells a toll rising: "the death toll from the bombing rose to 14".
_TOLL_RISEN = re.compile(r"\b(?:death toll (?:from|in|of)|number of (?:people |those )?(?:killed|dead))\b[^.;]*?\b(?:rose|rises|risen|"
                         r"climbed|climbs|jumped|jumps|increased|reached|mounted|soared)\b|\bbring(?:s|ing)? the death toll\b",
                         re.IGNORECASE)
