"""Whether the text tells an event as having happened: asserted, planned or plotted, denied, or
conditional, threatened, feared and yet to come (:func:`_status`), with the checks it makes (a
deed told as done by a bare participle, a year named, no one as its subject), and whether an
attempt was made and failed.
"""

from __future__ import annotations

import re

from newsfold import lexicon as lx
from newsfold.events.parse import _PAST_TAGS, _Parse
from newsfold.model import EventKind, EventStatus


_COMMITTING = frozenset({"commit", "pledge", "promise", "dedicate", "devote"})


#: What makes an attempt one that was made and failed: "a botched attempt to kill him".
_FAILED = frozenset({"botched", "failed", "unsuccessful", "abortive", "bungled"})


def _failed_attempt(parse: _Parse, i: int) -> bool:
    """Whether the killing at ``i`` is told as an attempt that was made and failed: "a botched
    attempt to assassinate Costello", "a failed bid to kill the president"; not "a plan to kill
    him" nor "an attempt to kill him was foiled"."""
    tokens = parse.tokens
    for a in parse.ancestors(i, 3):
        if tokens[a].lemma.lower() in {"attempt", "bid", "try"} and tokens[a].pos == "NOUN":
            return any(tokens[m].text.lower() in _FAILED for m in parse.kids(a, "amod"))
    return False


def _status(parse: _Parse, i: int) -> EventStatus:
    tok = parse.tokens[i]
    chain = [i, *parse.ancestors(i, 4)]
    for k, j in enumerate(chain):
        if parse.tokens[j].dep == "relcl" and not any(parse.tokens[a].text.lower() == "to" for a in parse.kids(j, "aux")):
            # "the Tu-154, which crashed outside Smolensk, was trying to land": the clause tells a fact
            # (not "the measures to be voted on Thursday", which has yet to happen); but what it
            # tells of may be denied or rumoured ("denied reports of a bomb that exploded")
            antecedent = parse.tokens[j].head
            if parse.tokens[antecedent].dep not in {"nsubj", "nsubjpass"}:
                outer = [antecedent, *parse.ancestors(antecedent, 4)]
                if any(parse.tokens[a].lemma.lower() in lx.NEGATING_LEMMAS for a in outer[1:]):
                    return EventStatus.NEGATED
                if any(parse.tokens[b].text.lower() == "of" and parse.tokens[a].lemma.lower() in _UNREALISED for b, a in zip(outer, outer[1:])):
                    return EventStatus.HYPOTHETICAL
            chain = chain[:k + 1]
            break
    past = any(parse.tokens[c].tag in _PAST_TAGS for c in parse.kids(i, "relcl", "acl")) or any(
        parse.tokens[j].ent_type == "DATE" for j in parse.subtree(i))
    for k, j in enumerate(chain[1:-1], start=1):
        if past and parse.tokens[j].dep == "prep" and parse.tokens[j].text.lower() in {"of", "into", "behind"} and (
                parse.tokens[chain[k + 1]].lemma.lower() in _PRESUPPOSING):
            # "investigators seeking the cause of a plane crash that killed ...": the crash happened,
            # whatever they seek (not "planning for the aftermath of a strike on Iran")
            chain = chain[:k + 2]
            break
    for k, j in enumerate(chain[1:], start=1):
        if (parse.tokens[j].dep == "prep" and parse.tokens[j].text.lower() in {"after", "following", "since"} and k + 1 < len(chain)
                and parse.tokens[chain[k + 1]].tag in _PAST_TAGS):
            # "the vote was called after the protests in Kathmandu": what a past deed came after happened (not
            # "plan to hold rallies after the election")
            chain = chain[:k]
            break
    done = _completed_participle(parse, i)
    for j in chain:
        lemma = parse.tokens[j].lemma.lower()
        if j != i and lemma in lx.NEGATING_LEMMAS:
            return EventStatus.NEGATED
        if j != i and lemma in lx.PLOT_LEMMAS and not done:
            return EventStatus.PLOT
    if not _names_a_year(parse, i) and any(parse.tokens[a].lemma.lower() in _BEFORE_WORDS or parse.tokens[a].lemma.lower() == "up" and any(
            parse.tokens[c].lemma.lower() in {"run", "lead", "build"} for c in parse.kids(a, "compound")) for a in parse.ancestors(i, 3)):
        return EventStatus.HYPOTHETICAL  # "in the run-up to Thursday's election", "ahead of Sunday's vote": yet to come
    if any(parse.tokens[a].lemma.lower() == "reward" for a in parse.ancestors(i, 6)):
        return EventStatus.HYPOTHETICAL  # "a reward for information leading to the arrest of the bomber"
    if tok.pos == "NOUN" and lx.NOUN_TRIGGERS.get(tok.lemma.lower()) is EventKind.ARREST and (
            tok.dep in {"dobj", "obj"} and parse.tokens[tok.head].lemma.lower() in _ORDERING
            or tok.dep == "pobj" and parse.tokens[tok.head].text.lower() == "for"
            and parse.tokens[parse.tokens[tok.head].head].lemma.lower() in _ORDERING | {"warrant", "call"}):
        return EventStatus.HYPOTHETICAL  # "ordered the arrest of the developer", "a warrant for the arrest of": yet to be
        # done (but "ordered the murder of two officers" tells a murder done on his orders)
    for below, j in zip(chain, chain[1:]):
        if j != i and parse.tokens[below].dep == "prep" and parse.tokens[below].text.lower() == "of" and (
                parse.tokens[j].lemma.lower() in _UNREALISED):
            return EventStatus.HYPOTHETICAL  # "rumours of an eruption", "fears of a tsunami", "warned of a flood"
    for below, j in zip(chain, chain[1:]):
        # "charged with murder", "11 counts of criminal homicide", "conspiracy to murder", "on suspicion
        # of murder": an accusation in court, not a deed the text reports
        if parse.tokens[j].lemma.lower() in _CHARGES and j != i and parse.tokens[below].dep in {"prep", "pobj", "xcomp", "acl", "pcomp", "acomp"} \
                and not (parse.tokens[below].dep == "prep" and parse.tokens[below].text.lower() in _DEED_REFERRING):
            return EventStatus.HYPOTHETICAL
        # "committing their police to joint operations", "pledged troops to a mission": what is promised
        if parse.tokens[j].lemma.lower() in _COMMITTING and parse.tokens[below].dep == "prep" and parse.tokens[below].text.lower() == "to":
            return EventStatus.HYPOTHETICAL
    if (tok.pos == "NOUN" and tok.dep in {"dobj", "obj"} and parse.tokens[tok.head].lemma.lower() in {"face", "risk"}
            and tok.head > 0 and parse.tokens[tok.head - 1].text.lower() == "or"):
        return EventStatus.HYPOTHETICAL  # "14 days to pay the allowances or face a nationwide strike": a threat
    if any(parse.tokens[c].dep == "neg" for c in parse.kids(i)) or any(parse.tokens[c].lemma.lower() in {"no", "never"} for c in parse.kids(i, "det", "neg", "advmod")):
        return EventStatus.NEGATED
    if tok.pos in {"VERB", "AUX"} and tok.lemma.lower() not in lx.CASUALTY_VERBS and any(
            _nobody(parse, s) for s in parse.kids(i, "nsubj", "nsubjpass")):
        return EventStatus.NEGATED  # "no one has been arrested" ("no one was killed" is a zero figure of its deed)
    if tok.pos in {"VERB", "AUX"} and (objects := parse.kids(i, "dobj", "obj")) and all(
            _nobody(parse, o) and parse.tokens[o].lemma.lower() != "nothing" for o in objects) and not _disaster_subject(parse, i):
        # "the raid killed no one", "police arrested nobody at the rally": no deed done to anyone (but "Typhoon
        # Koinu killed no one" is the typhoon with no dead, and "robbers stole nothing" still broke in)
        return EventStatus.NEGATED
    if any(parse.tokens[c].text.lower() in lx.PLOT_MODIFIERS for c in parse.kids(i, "amod", "compound")):
        return EventStatus.PLOT
    if done:
        return EventStatus.ASSERTED
    verb = i if tok.pos in {"VERB", "AUX"} else tok.head
    if tok.dep == "pobj" and parse.tokens[tok.head].text.lower() in {"in", "at", "during"} and tok.lemma.lower() in _CONTESTS:
        verb = parse.tokens[tok.head].head  # "the two will face each other in a runoff in April": yet to come
    if any(parse.tokens[c].text.lower() in lx.MODALS for c in parse.kids(verb, "aux")):
        return EventStatus.HYPOTHETICAL
    if parse.tokens[verb].dep == "xcomp" and parse.tokens[parse.tokens[verb].head].lemma.lower() in _GOING_ON and any(
            parse.tokens[c].text.lower() in lx.MODALS for c in parse.kids(parse.tokens[verb].head, "aux")):
        return EventStatus.HYPOTHETICAL  # "the group will keep targeting ships": a threat, not a deed
    if any(parse.tokens[c].lemma.lower() == "if" for c in parse.kids(verb, "mark")):
        return EventStatus.HYPOTHETICAL
    return EventStatus.ASSERTED


#: Verbs of going on with a deed: "will keep targeting", "would continue attacking".
_GOING_ON = frozenset({"keep", "continue", "resume", "start", "begin", "go"})
#: Contests one takes part in: "will face each other in a runoff", "will meet in the final".
_CONTESTS = frozenset({"runoff", "election", "vote", "poll", "referendum", "final", "match", "game", "semifinal", "playoff", "race"})


def _disaster_subject(parse: _Parse, i: int) -> bool:
    """Whether a verb's subject is a disaster or a natural force ("Typhoon Koinu", "the floods")."""
    return any(parse.tokens[x].lemma.lower() in lx.NATURAL_CAUSES or lx.NOUN_TRIGGERS.get(parse.tokens[x].lemma.lower()) is EventKind.DISASTER
               for s in parse.kids(i, "nsubj") for x in [s, *parse.kids(s, "compound")])


def _nobody(parse: _Parse, j: int) -> bool:
    """Whether a subject names no one: "no one", "nobody", "none of the passengers", "no suspects"."""
    tok = parse.tokens[j]
    if tok.lemma.lower() in {"nobody", "none", "noone", "nothing"}:
        return True
    return any(parse.tokens[c].text.lower() == "no" for c in parse.kids(j, "det", "neg"))


def _names_a_year(parse: _Parse, i: int) -> bool:
    """Whether the event's own phrase names its year ("the 2016 election"): then it may well be
    past, whatever came before it."""
    return any(parse.tokens[j].ent_type == "DATE" and re.fullmatch(r"\d{4}", parse.tokens[j].text) for j in parse.subtree(i))


#: Nouns that take for granted the event they are "of": the cause, aftermath or victims of a crash.
_PRESUPPOSING = frozenset({"cause", "reason", "aftermath", "wake", "scene", "site", "victim", "survivor", "investigation",
                           "probe", "inquiry", "anniversary", "circumstance"})
#: Words for what may come, not what came: the event "of" them is feared, foreseen or rumoured.
_UNREALISED = frozenset({"rumour", "rumor", "prospect", "fear", "risk", "possibility", "danger", "spectre", "specter",
                         "likelihood", "chance", "warning", "warn", "forecast", "prediction", "scare"})
#: Verbs by which someone asks for a deed that is not yet done: "ordered the arrest of", "called for the release".
_ORDERING = frozenset({"order", "seek", "demand", "request", "urge", "call", "want", "authorise", "authorize", "approve"})
#: Words before an event that has not yet happened ("the run-up to the election", "ahead of the vote").
_BEFORE_WORDS = frozenset({"run-up", "lead-up", "ahead", "runup", "leadup", "build-up", "buildup", "eve"})
#: Prepositions by which a charge refers to a deed that happened ("charged with murder after a
#: stabbing in Leeds", "charged over the killing"), not names the crime charged.
_DEED_REFERRING = frozenset({"after", "following", "over", "since"})
#: Words of an accusation: the deed they name is alleged, in court, not reported.
_CHARGES = frozenset({"charge", "count", "conspiracy", "accuse", "indict", "indictment", "suspicion", "allegation", "plead",
                      "guilty", "statute", "penalty", "punishment"})  # and the law's words for a crime in general


#: Participles that tell of something yet to happen.
_PROSPECTIVE_PARTICIPLES = frozenset({"schedule", "slate", "set", "due", "envisage", "envision", "foresee", "propose",
                                      "plan", "expect", "intend", "design", "pencil", "announce", "consider"})


def _completed_participle(parse: _Parse, i: int) -> bool:
    """A deed told as done by a bare past participle: "the agreement signed last week in Kiev"
    (the agreement, and the signing) is a fact even inside "farmers hope [it] will let them sow"."""
    t = parse.tokens[i]
    if t.tag == "VBN" and t.dep == "acl":
        part: int | None = i
        noun = t.head
    elif t.pos in {"NOUN", "PROPN"}:
        part = next((c for c in parse.kids(i, "acl") if parse.tokens[c].tag == "VBN"), None)
        noun = i
    else:
        part = None
    if part is None or parse.kids(part, "neg", "aux", "auxpass"):
        return False
    if parse.tokens[part].lemma.lower() in lx.PLOT_LEMMAS | _PROSPECTIVE_PARTICIPLES:
        return False  # "an attack planned for next week", "a vote scheduled for May"
    if parse.tokens[noun].tag not in {"NN", "NNP"}:
        return False  # "all contracts signed by the city": a kind of thing, not one deed
    return not any(parse.tokens[c].text.lower() in lx.PLOT_MODIFIERS for c in parse.kids(noun, "amod", "compound"))
