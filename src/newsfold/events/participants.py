"""The actors and targets of an event: the subject or "by" agent and the object of its trigger,
each as its entity mention or short noun phrase, with their conjuncts, without repeats.
"""

from __future__ import annotations

from newsfold.aliases import country_of
from newsfold.events.parse import ACTOR_LABELS, PLACE_LABELS, _LIGHT_VERBS, _POLICE_CONTEXT, _Parse
from newsfold.model import EventKind, Mention


def _phrase(parse: _Parse, j: int, sent_mentions: list[Mention]) -> str | None:
    """The entity mention or short noun phrase headed by token ``j``."""
    tok = parse.tokens[j]
    for m in sent_mentions:
        if m.span.start <= tok.start < m.span.end and m.label in ACTOR_LABELS | PLACE_LABELS:
            return m.span.text
    if tok.pos not in {"NOUN", "PROPN"}:
        return None
    mods = {k for c in parse.kids(j, "compound", "amod", "cc", "conj") if c < j for k in parse.subtree(c)}
    start = j
    while start - 1 in mods and parse.tokens[start - 1].pos != "SPACE" and "\n" not in parse.tokens[start - 1].text:
        start -= 1
    words = [parse.tokens[k].text for k in range(start, j + 1)]
    if tok.pos == "NOUN" and not mods and tok.lemma.lower() in {"it", "they", "which", "who", "group", "man", "people"}:
        return None
    return " ".join(words)


def _actors_targets(parse: _Parse, i: int, kind: EventKind, sent_mentions: list[Mention]) -> tuple[list[str], list[str]]:
    tokens = parse.tokens
    tok = tokens[i]
    actors: list[str] = []
    targets: list[str] = []
    verb = i
    if tok.pos in {"NOUN", "PROPN"}:
        # "arrests by police", "Moroccan police raid": modifiers and "by" agents
        for c in parse.kids(i, "amod", "compound", "poss"):
            p = _phrase(parse, c, sent_mentions)
            if p and (tokens[c].ent_type in {"ORG", "NORP", "PERSON"} or country_of(tokens[c].text)):
                actors.append(p)
        for prep in parse.kids(i, "prep"):
            if tokens[prep].text.lower() == "by":
                actors += [p for c in parse.kids(prep, "pobj") if (p := _phrase(parse, c, sent_mentions))]
            if tokens[prep].text.lower() in {"of", "against", "on"}:
                targets += [p for c in parse.kids(prep, "pobj") if (p := _phrase(parse, c, sent_mentions))]
        if tok.dep in {"dobj", "obj"} and tokens[tok.head].pos == "VERB" and tokens[tok.head].lemma.lower() in _LIGHT_VERBS:
            verb = tok.head  # "militants launched an attack"; not "the UN condemned the attack"
        else:
            return _dedupe(actors), _dedupe(targets)
    subjects = parse.kids(verb, "nsubj")
    if not subjects and tokens[verb].dep == "conj":
        subjects = parse.kids(tokens[verb].head, "nsubj")
    for s in subjects:
        actors += _with_conjuncts(parse, s, sent_mentions)
    for agent in parse.kids(verb, "agent"):
        for c in parse.kids(agent, "pobj"):
            actors += _with_conjuncts(parse, c, sent_mentions)
    if verb == i:
        objects = parse.kids(i, "dobj", "obj", "nsubjpass")
        if not objects and tok.dep == "conj" and tok.tag == "VBN" and parse.kids(tok.head, "auxpass"):
            objects = parse.kids(tok.head, "nsubjpass")  # "a pedestrian was struck and killed": the one killed
        for o in objects:
            targets += _with_conjuncts(parse, o, sent_mentions)
    if not actors and kind in {EventKind.ARREST, EventKind.SEIZURE}:
        # "arrested in a massive sweep by Italian police": the force named in the deed's own phrase
        for prep in parse.kids(verb, "prep"):
            for obj in parse.kids(prep, "pobj"):
                for by in parse.kids(obj, "prep"):
                    if tokens[by].text.lower() == "by":
                        actors += [p for c in parse.kids(by, "pobj") if tokens[c].lemma.lower() in _POLICE_CONTEXT
                                   and (p := _phrase(parse, c, sent_mentions))]
    return _dedupe(actors), _dedupe(targets)


def _with_conjuncts(parse: _Parse, j: int, sent_mentions: list[Mention]) -> list[str]:
    out = []
    for k in [j, *parse.kids(j, "conj")]:
        p = _phrase(parse, k, sent_mentions)
        if p:
            out.append(p)
    return out


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(x for x in items if x and x.lower() not in {"it", "they", "he", "she", "which", "who", "that", "we"}))
