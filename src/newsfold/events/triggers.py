"""What kind of event a trigger word opens (:func:`_trigger_kind`: a verb or noun of
:mod:`newsfold.lexicon`, with the right part of speech, object and context), with the checks that
need the whole of it: whether a casualty verb's cause is natural (which asks the kind of its
subject in turn), which attack or disaster a casualty verb reports on
(:func:`_governing_trigger`), and the verb a plural event noun is done by ("carried out one of
the biggest heists").
"""

from __future__ import annotations

from newsfold import lexicon as lx
from newsfold.events.contexts import (
    _ATTACKERS,
    _BLOCKADERS,
    _CROWDS,
    _HUMAN_NOUNS,
    _POLICIES,
    _PROTESTING_PEOPLE,
    _VICTIMS,
    _WINNING,
    _a_person,
    _at_play,
    _company_context,
    _company_context_noun,
    _criticised,
    _figure_of_speech,
    _is_headline,
    _quoted,
    _result_told_otherwise,
    _split_score,
    _sports_context,
    _voting_context,
)
from newsfold.events.disasters import (
    _AIRCRAFT_MAKERS,
    _CAUSE_CONTAINERS,
    _MISHAP_NOUNS,
    _VEHICLE_MISHAPS,
    _a_vehicle,
    _accidental_cause,
    _after_clauses,
    _at_a_works,
    _died_in,
    _disaster_antecedent,
    _fall_to_death,
    _hit_and_run,
    _mishap,
    _named_volcano_erupts,
    _of_vehicles,
    _shaken_by_nature,
)
from newsfold.events.parse import (
    _LIGHT_VERBS,
    _MILITARY_CONTEXT,
    _PAST_TAGS,
    _POLICE_CONTEXT,
    _Parse,
    _doing_subjects,
    _prep_objects,
)
from newsfold.events.violence import (
    _KILLABLE_PLANS,
    _REFLEXIVES,
    _a_munition,
    _armed,
    _armed_clash,
    _armed_sides,
    _blown_up,
    _bomb_told,
    _contraband_found,
    _found_murdered,
    _found_so,
    _gave_up_to_police,
    _has_security_word,
    _held_in_custody,
    _kills,
    _labour_strike,
    _military_act,
    _object_is_place,
    _occupied_in_protest,
    _on_camera,
    _operation_kind,
    _people_taken,
    _protest_act,
    _purpose_of_past_action,
    _rammed_into_people,
    _robbers_take,
    _stormed_in_protest,
    _violent_cause,
    _weak_noun_anchored,
    _weapon_fire,
)
from newsfold.model import EventKind, Token


#: What is "struck" without a blow: "struck a deal", "struck a balance", "struck a conciliatory tone".
_STRUCK_NOT_HIT = frozenset({"deal", "agreement", "accord", "bargain", "balance", "tone", "note", "chord", "pose", "compromise",
                             "truce", "pact", "match", "blow"})

#: Things sent, not blows: "similar hoax emails targeted schools", "scam calls targeted pensioners".
_SENT_THINGS = frozenset({"email", "e-mail", "hoax", "call", "threat", "message", "letter", "text", "tweet", "post", "scam", "ad",
                          "advert", "advertisement", "phishing", "spam", "robocall"})

def _old_ordnance(parse: _Parse, s: int) -> bool:
    """A bomb left from an old war ("a World War Two bomb", "an unexploded wartime shell")."""
    words = {parse.tokens[j].lemma.lower() for j in parse.subtree(s)}
    return bool(words & {"war", "wartime", "unexploded", "old", "ww2", "wwii", "ordnance", "century"})


#: What "goes off" as an attack: a bomb, not an alarm or a firework.
_GOING_OFF = frozenset({"bomb", "device", "ied", "explosive", "grenade", "charge", "landmine"})

#: Blows that kill when dealt "to death" ("stabbed to death", "beaten to death"); not "burned" or
#: "crushed to death", which fires and stampedes do as often as people.
_DEADLY_BLOWS = frozenset({"stab", "beat", "shoot", "club", "bludgeon", "hack", "kick", "stone", "batter", "punch",
                           "strangle", "choke", "knife", "whip", "torture"})

#: Who fights fires: when they "attack" it, it is the blaze.
_FIREFIGHTERS = frozenset({"firefighter", "fireman", "firemen", "fire", "firefighting"})
#: Verbs of taking that, done by robbers, tell a robbery: "armed robbers stole diamonds".
_TAKING = frozenset({"steal", "snatch", "grab", "loot", "make", "seize", "board"})

#: What a company or a runner "beats" that is no rival: forecasts, a record, the deadline.
_BEATEN_MARKS = frozenset({"forecast", "estimate", "expectation", "target", "odds", "record", "deadline", "traffic", "heat",
                           "rush", "consensus", "projection"})


#: Verbs by which a deed is done ("carried out", "committed", "pulled off" one of them).
_DOING_VERBS = frozenset({"carry", "commit", "stage", "pull", "launch", "mount", "conduct", "perpetrate", "execute"})


def _done_one_of(parse: _Parse, i: int) -> int | None:
    """For a plural event noun in "<verb> one of the ... <noun>s", the verb: "carried out one of the
    biggest jewel heists in history" tells one heist, done then; not "it was one of the deadliest
    attacks" (a ranking of an event told elsewhere) nor "one of the attacks" told before."""
    tokens = parse.tokens
    tok = tokens[i]
    if tok.tag not in {"NNS", "NNPS"} or tok.dep != "pobj" or tokens[tok.head].text.lower() != "of":
        return None
    one = tokens[tok.head].head
    if tokens[one].text.lower() != "one" or tokens[one].dep not in {"dobj", "obj"}:
        return None
    verb = tokens[one].head
    return verb if tokens[verb].pos == "VERB" and tokens[verb].tag in _PAST_TAGS and tokens[verb].lemma.lower() in _DOING_VERBS else None


#: Verbs of a fatal fall: "fell to his death", "died after falling 150 metres".
_FALLING = frozenset({"fall", "plunge", "tumble", "slip"})

#: Measures against a third party: agreeing on them is no cooperation with it ("agreed on sanctions").
_COERCIVE_MEASURES = frozenset({"sanction", "embargo", "boycott", "tariff", "blockade"})
#: Verbs that undo such a measure: agreeing to them is cooperation ("agreed to lift sanctions").
_UNDOING = frozenset({"lift", "end", "ease", "cut", "remove", "reduce", "drop", "suspend", "scrap", "relax", "waive", "cancel"})


#: Verbs of violence that are also words of play, and what players aim them at or who plays.
_PLAY_VERBS = frozenset({"attack", "fire", "shoot", "strike", "storm", "raid", "bomb", "hit"})


#: Waters that flood when they overflow.
_WATERS = frozenset({"river", "stream", "nullah", "canal", "dam", "lake", "creek", "reservoir", "drain", "rivulet", "tributary",
                     "water", "sea", "tide", "levee", "embankment"})
#: What is "shot down" in words: "shot down reports that ...".
_CLAIMS = frozenset({"report", "rumour", "rumor", "claim", "suggestion", "speculation", "idea", "proposal", "story", "notion",
                     "talk", "bid", "plan", "motion", "request", "allegation"})
#: Words that make an "attack" one of words: "a scathing attack on the budget".
_WORDY = frozenset({"scathing", "verbal", "stinging", "withering", "blistering", "personal", "rhetorical", "written", "thinly-veiled"})
#: Words of bodily violence: an "attack" near them is no team's bowlers.
_BLOWS = frozenset({"gun", "gunman", "bomb", "kill", "wound", "injure", "police", "stab", "shoot", "knife", "hospital", "dead"})


_PROTEST_ACTS = frozenset({"walk", "throw", "hurl", "pelt", "block", "barricade", "blockade", "down", "gather", "assemble", "converge",
                           "congregate"})


#: Weapons one wounds with by hand: "injured four people with a knife".
_HAND_WEAPONS = frozenset({"knife", "machete", "axe", "ax", "sword", "gun", "pistol", "rifle", "handgun", "hammer", "cleaver",
                           "screwdriver", "blade", "firearm", "shotgun", "bat", "crossbow"})


#: Words of a digest of the news ("news roundup", "weekly roundup"), not of arrests.
_DIGEST_WORDS = frozenset({"news", "sports", "sport", "business", "weekly", "daily", "morning", "evening", "week", "world",
                           "market", "regional", "county", "counties", "headline", "today"})


def _news_roundup(parse: _Parse, i: int) -> bool:
    """Whether a "roundup" is a digest of the news: a heading ("Gulf roundup: ...") or named so
    ("a weekly news roundup"); not "the police roundup of 40 migrants"."""
    tokens = parse.tokens
    if i + 1 < len(tokens) and tokens[i + 1].text in {":", "|"}:
        return True  # (not "the roundup - the biggest this year - netted 40 smugglers")
    return any(tokens[c].lemma.lower() in _DIGEST_WORDS for c in parse.kids(i, "compound", "amod", "nmod"))


def _trigger_kind(parse: _Parse, i: int) -> EventKind | None:
    t = parse.tokens[i]
    lemma = t.lemma.lower()
    if lemma == "roundup" and _news_roundup(parse, i):
        return None  # "Gulf roundup: two executed in Jazan", "a weekly news roundup": a digest of the news
    if lemma == "dead" and i > 0 and parse.tokens[i - 1].text.lower() == "shot" and parse.tokens[i - 1].pos == "NOUN" and (
            parse.kids(i, "dobj", "obj")):
        return EventKind.KILLING  # "gunmen riding a motorcycle shot dead a polio worker", which the parser reads as a "shot"
    if t.pos == "NOUN" and lemma == "round" and any(parse.tokens[c].lemma.lower() in {"first", "second", "opening", "final", "third"}
                                                    for c in parse.kids(i, "amod")) and _voting_context(parse, i) and not (
            _prep_objects(parse, i, "of") - {"voting", "vote", "election", "ballot", "poll", "balloting"}):
        return EventKind.ELECTION  # "after a fragmented first round on April 12, in which 35 candidates ran"
    if t.pos == "VERB" and t.tag in _PAST_TAGS and (kind := _result_told_otherwise(parse, i)) is not None:
        return kind  # "took the men's title", "stunned the top seed in the semifinals", "the first leg ended 1-1"
    if t.pos == "VERB" and lemma in _RAMMING and t.tag in _PAST_TAGS | {"VBG"} and _rammed_into_people(parse, i):
        return EventKind.ATTACK  # "a man drove a truck into a crowd", "ploughed his car into pedestrians"
    if t.pos == "VERB" and lemma == "fight" and t.tag == "VBG" and t.dep in {"csubj", "nsubj"} and not parse.kids(i, "dobj", "obj") \
            and _kills(parse, i):
        return EventKind.MILITARY_OPERATION  # "fighting in the capital left dozens dead" (read as a verb)
    if t.pos == "VERB" and lemma in _MUNITION_LANDING and t.tag in _PAST_TAGS and t.dep not in {"amod", "compound"} and any(
            _a_munition(parse, x, lemma) for x in parse.kids(i, "nsubj")) and not any(
            parse.tokens[o].lemma.lower() in _NOT_STRUCK for o in [*parse.kids(i, "dobj", "obj"), *(
                o for p in parse.kids(i, "prep") for o in parse.kids(p, "pobj"))]):
        # "a guided bomb hit a council building", "five mortar shells landed near the airport"; not "the
        # new drone hit the market", "the missile hit a record range"
        return EventKind.ATTACK
    if t.pos == "VERB" and lemma == "go" and t.tag in _PAST_TAGS and any(parse.tokens[c].lemma.lower() == "off" for c in parse.kids(i, "prt")) \
            and any(parse.tokens[s].lemma.lower() in _GOING_OFF and not _old_ordnance(parse, s) for s in parse.kids(i, "nsubj")):
        return EventKind.ATTACK  # "minutes later a second device went off near a railway crossing" (not an alarm, nor a war's old bomb)
    if t.pos == "VERB" and lemma in _VEHICLE_MISHAPS and t.tag in _PAST_TAGS | {"VBZ"} and any(
            _a_vehicle(parse, s) for s in _doing_subjects(parse, i)):
        return EventKind.DISASTER  # "the bus plunged into a ravine", "a truck overturned": a road accident
    if t.pos == "VERB" and lemma in _DEADLY_BLOWS and "death" in _prep_objects(parse, i, "to") and any(
            _a_person(parse, c) or parse.tokens[c].lemma.lower() in _HUMAN_NOUNS for c in parse.kids(i, "dobj", "obj", "nsubjpass")):
        # "was beaten to death", "kicked to death"; "stabbed" or "shot to death" stays the attack that
        # killed, as the rest of the report names it ("the shooting"), of the same class
        return lx.VERB_TRIGGERS.get(lemma) if lx.VERB_TRIGGERS.get(lemma) in lx.VIOLENCE else EventKind.KILLING
    if t.pos == "VERB" and t.tag in _PAST_TAGS | {"VBZ", "VBP"} and _gave_up_to_police(parse, i):
        return EventKind.ARREST  # "turned himself in to police", "gave himself up", "surrendered to the FBI": taken into custody
    if t.pos == "NOUN" and lemma == "strike" and t.dep == "pobj" and parse.tokens[t.head].text.lower() == "on" and (
            parse.tokens[parse.tokens[t.head].head].lemma.lower() in {"go", "be", "remain", "stay", "come"}):
        return EventKind.PROTEST  # "hundreds of workers went on strike": a strike of labour, not an air strike
    if t.pos == "VERB" and lemma == "set" and t.tag in _PAST_TAGS | {"VBZ", "VBP"} and t.dep != "relcl" and _set_on_fire(parse, i):
        return EventKind.ATTACK  # "unknown persons set fire to a restaurant": arson
    if t.pos == "VERB" and lemma == "make" and t.tag in _PAST_TAGS | {"VBZ"} and t.dep != "relcl" and "landfall" in {
            parse.tokens[o].lemma.lower() for o in parse.kids(i, "dobj", "obj")} and _natural_subject(parse, i):
        return EventKind.DISASTER  # "Hurricane Omar made landfall near Cabo Rojo"
    if t.pos == "VERB" and lemma in {"detain", "arrest", "impound"} and (held := {
            parse.tokens[x].lemma.lower() for o in parse.kids(i, "dobj", "obj", "nsubjpass") for x in [o, *parse.kids(o, "conj")]}) \
            and held <= _VESSELS:  # (not "a boat and its crew": people held too)
        return EventKind.SEIZURE  # "the coast guard detained a cargo ship": a vessel held, not people
    if t.pos == "NOUN" and lemma == "arrest" and parse.tokens[t.head].lemma.lower() in {"make", "carry"} and t.dep in {"dobj", "obj"}:
        return EventKind.ARREST  # "police made nine arrests"
    if lemma == "slow" and i >= 2 and parse.tokens[i - 1].text in {"-", "\u2010"} and parse.tokens[i - 2].lemma.lower() == "go" and (
            parse.tokens[t.head].lemma.lower() in {"stage", "hold", "begin", "start", "launch", "mount", "observe"}):
        return EventKind.PROTEST  # "taxi drivers staged a go-slow on the ring road" (the tagger's "go - slow")
    if t.pos == "NOUN" and lemma == "shutdown" and (callers := {
            parse.tokens[x].lemma.lower() for c in parse.kids(i, "acl") if parse.tokens[c].lemma.lower() == "call"
            for a in parse.kids(c, "agent") for o in parse.kids(a, "pobj") for x in [o, *parse.kids(o, "poss", "compound")]}) and not (
            callers & _STATE_BODIES or {parse.tokens[c].lemma.lower() for c in parse.kids(i, "compound", "amod")} & {"internet", "government", "covid"}):
        return EventKind.PROTEST  # "the shutdown called by traders' bodies was observed across Shillong": a strike of shops
        # (not one the government or the army called or enforced, nor an internet shutdown)
    if t.pos == "NOUN" and lemma in {"disorder", "unrest"} and t.dep == "nsubj" and parse.tokens[t.head].lemma.lower() in {"break", "erupt", "flare"} \
            and parse.tokens[t.head].tag in _PAST_TAGS:
        return EventKind.PROTEST  # "disorder broke out in the Belgrave area of Leicester": a riot
    if t.pos == "NOUN" and lemma == "strike" and _labour_strike(parse, i):
        return EventKind.PROTEST  # "traders observed a shutter-down strike", "a general strike paralysed Athens"
    if t.pos == "VERB" and lemma == "storm" and _stormed_in_protest(parse, i):
        return EventKind.PROTEST  # "about 200 communists stormed the Acropolis", "protesters stormed the embassy"
    if t.pos == "VERB" and lemma in _TAKING and _robbers_take(parse, i):
        return EventKind.ATTACK  # a robbery: violence against people, as the lexicon types "rob"
    if t.pos == "VERB" and lemma in _FALLING and t.tag in _PAST_TAGS | {"VBG", "VB", "VBP", "VBZ"} and _fall_to_death(parse, i):
        return EventKind.DISASTER  # a fatal fall, an accident as the news types it
    if t.pos == "VERB" and lemma in _PROTEST_ACTS and t.tag in _PAST_TAGS | {"VBG"} and (kind := _protest_act(parse, i)) is not None:
        return kind  # "workers walked off the job", "youths threw stones at police", "residents blocked the road"
    if t.pos == "VERB" and lemma in {"deploy", "free", "rescue", "board"} and t.tag in _PAST_TAGS | {"VBG"} and _military_act(parse, i):
        return EventKind.MILITARY_OPERATION  # "Ghana deployed 500 soldiers", "navy commandos freed the crew"
    if t.pos == "VERB" and lemma in {"explode", "blow"} and t.tag in _PAST_TAGS | {"VBZ", "VBG"} and not _bomb_told(parse, i) and any(
            parse.tokens[x].lemma.lower() in _PRESSURE_SOURCES for s in _doing_subjects(parse, i)
            for x in [s, *parse.kids(s, "compound")]):
        return EventKind.DISASTER  # "a petrol tanker exploded after crashing", "a gas cylinder exploded": an accident
    if t.pos == "VERB" and lemma == "drown":
        if parse.kids(i, "prt"):
            return None  # "the crowd drowned out the anthem"
        if parse.kids(i, "dobj", "obj"):
            return EventKind.KILLING  # "the woman drowned her two children"
    if lemma == "martyr" and t.dep == "amod":
        return None  # "the martyred leader's son": an epithet
    if t.pos == "VERB" and lemma == "blow" and t.tag in _PAST_TAGS | {"VBG"} and _blown_up(parse, i):
        return EventKind.ATTACK  # "a suicide bomber blew himself up outside a bank", "militants blew up a bridge"
    if t.pos in {"VERB", "AUX"} and lemma in lx.VERB_TRIGGERS:
        if lemma == "storm" and {"victory", "win", "title", "lead", "top", "success", "gold", "triumph", "power"} & (
                _prep_objects(parse, i, "to") | _prep_objects(parse, i, "into")):
            return EventKind.SPORTS_RESULT if _sports_context(parse, i) else None  # "stormed to victory in the marathon"
        if lemma in _PLAY_VERBS and _at_play(parse, i):
            return None  # "the striker attacked the defence", "the visitors attacked relentlessly", "shot a 66": play
        if lemma == "attack" and _criticised(parse, i):
            return None  # "the opposition attacked the government over the new tax law": words, not blows
        if lemma in {"neutralise", "neutralize"} and not any(
                parse.tokens[c].lemma.lower() in _FIGHTERS and (parse.tokens[c].tag == "NNS" or parse.kids(c, "nummod"))
                for o in parse.kids(i, "dobj", "obj", "nsubjpass")
                for c in [o, *(x for p in parse.kids(o, "prep") if parse.tokens[p].text.lower() == "of" for x in parse.kids(p, "pobj"))]):
            return None  # "neutralised the threat", "the bomb was neutralised", "police neutralised the attacker": no army's tally
        if lemma == "kill" and {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "obj", "nsubjpass")} & _KILLABLE_PLANS:
            return None  # "senators killed a bill", "the deal was killed"
        if lemma == "kill" and {parse.tokens[o].lemma.lower() for p in parse.kids(i, "prt") if parse.tokens[p].text.lower() == "off"
                                for o in [*parse.kids(p, "pobj"), *parse.kids(i, "dobj", "obj")]} & _KILLABLE_PLANS:
            return None  # "a double strike killed off the contest" (the parser may hang the contest on "off")
        if lemma in {"kill", "maul", "trample", "gore"} and {parse.tokens[o].lemma.lower() for s in [
                *parse.kids(i, "nsubj"), *(o for a in parse.kids(i, "agent") for o in parse.kids(a, "pobj"))]
                for o in [s]} & _WILD_ANIMALS:
            return None  # "a farmer who was killed by a tiger": no deed of people
        if lemma == "kill" and any(parse.tokens[o].text.lower() == "it" for o in parse.kids(i, "dobj", "obj")) and _quoted(parse, i):
            return None  # 'the company had "killed it" abroad': a success
        if t.dep == "amod" and lemma == "elect":
            return None  # "holding elected office": an office, not a vote
        if lemma == "vote" and any(parse.tokens[j].lemma.lower() in _MEASURES for c in parse.kids(i, "prep", "xcomp", "dobj")
                                   for j in parse.subtree(c)):
            return None  # "voted in favour of a resolution", "voted to approve the budget": a decision, not an election
        if lemma == "jail" and any(parse.tokens[p].text.lower() == "for" and any(parse.tokens[o].ent_type == "DATE" or parse.tokens[o].lemma.lower() == "life" for o in parse.subtree(p))
                                   for p in parse.kids(i, "prep")):
            return None  # "was jailed for 12 years": a sentence served, not an arrest
        if lemma == "jail" and t.dep == "amod":
            return None  # "the jailed preacher Anjem Choudary": who he is, not an arrest the text tells
        if lemma == "jail" and any(parse.tokens[x].lemma.lower() in _COURTS for x in
                                   [*parse.kids(i, "nsubj"), *(o for a in parse.kids(i, "agent") for o in parse.kids(a, "pobj"))]):
            return None  # "a court in Sweden jailed three men": a sentence passed, not an arrest
        if lemma == "attack" and {parse.tokens[j].lemma.lower() for s in parse.kids(i, "nsubj") for j in [s, *parse.kids(s, "compound")]} & _FIREFIGHTERS:
            return None  # "fire crews attacked it from all sides": a blaze fought, no violence
        if lemma == "attack" and ({parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "obj", "nsubjpass")}
                                  | ({parse.tokens[t.head].lemma.lower()} if t.dep in {"acl", "relcl"} and t.tag == "VBN" else set())
                                  ) & _ABSTRACT_TARGETS:
            return None  # "efforts sometimes attacked by Palin", "attacked the plan": words, not violence
        if lemma == "vote" and parse.kids(i, "xcomp"):
            return None  # "the board voted to close the plant": a decision, not an election
        if lemma == "vote" and {parse.tokens[x].lemma.lower() for s in parse.kids(i, "nsubj")
                                for x in [s, *parse.kids(s, "conj")]} & _DECIDING_BODIES and not any(
                parse.tokens[p].text.lower() in {"for", "as"} and any(parse.tokens[o].ent_type == "PERSON" or parse.tokens[o].lemma.lower()
                                                                      in {"president", "speaker", "leader", "prime", "chief"}
                                                                      for o in parse.subtree(p)) for p in parse.kids(i, "prep")):
            return None  # "shareholders voted on Thursday to approve the merger", "lawmakers voted 62-41"
        if lemma == "execute" and ({parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "obj", "nsubjpass")} & _EXECUTED_THINGS
                                   or not parse.kids(i, "dobj", "obj", "nsubjpass") and t.dep != "acl"):
            return None  # "detectives executed a search warrant", "executed the plan", "executing better"
            # (not "Brown, executed in Texas on Thursday": the man it describes is the one executed)
        if lemma in {"capture", "seize"} and (caught := {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "obj", "nsubjpass")}) \
                and caught <= _NOT_CAUGHT:
            return None  # "video capturing the moment", "seizing the inflection point", "captured the title"
        if lemma == "capture" and _on_camera(parse, i):
            return None  # "cellphone video captured the two boats", "a man captured on surveillance video"
        if any(parse.tokens[c].text.lower() in _REFLEXIVES for c in parse.kids(i, "dobj", "obj")):
            return None  # "before killing himself", "shot himself by accident": no deed against others
        if any(parse.tokens[c].text.lower() in {"verbally", "metaphorically", "figuratively"} for c in parse.kids(i, "advmod")):
            return None  # "he was verbally attacked": words, not a blow
        if lemma == "occupy" and not _occupied_in_protest(parse, i):
            return None  # "troops occupied the town", "the post he occupied": no protest
        if lemma in {"torch", "burn"} and _found_so(parse, i):
            return None  # "police found the car torched": the state of what was found, not a deed of its own
        if t.tag not in _PAST_TAGS and t.tag not in {"VBZ", "VBP", "VBG"}:
            if not any(parse.tokens[a].lemma.lower() in lx.PLOT_LEMMAS for a in parse.ancestors(i, 3)) and not _purpose_of_past_action(parse, i):
                return None  # bare infinitive with no plot verb: "to arrest"
        if t.tag in {"VBZ", "VBP"} and not any(parse.tokens[c].lemma == "have" for c in parse.kids(i, "aux")) and t.i > 0 and not _is_headline(parse, i) and i > 60:
            return None  # simple present: habitual or generic ("services cooperate closely")
        if lemma == "find" and _found_murdered(parse, i):
            return EventKind.KILLING  # "his mother and sister were found dead at home", in a report of a murder
        required = lx.OBJECT_REQUIRED.get(lemma)
        if required is not None:
            if lemma == "round":
                return lx.VERB_TRIGGERS[lemma] if any(parse.tokens[c].lemma == "up" for c in parse.kids(i, "prt")) else None
            if lemma in {"crash", "derail", "collide"}:  # "the plane crashed", "a train derailed"; not "markets crashed"
                return EventKind.DISASTER if any(_a_vehicle(parse, x) for s in _doing_subjects(parse, i)
                                                 for x in [s, *(c for c in parse.kids(s, "compound") if parse.tokens[c].text.lower() not in _AIRCRAFT_MAKERS)]) else None
            if lemma in {"sink", "capsize"}:  # a vessel going down; "a torpedo sank the ship" is an attack
                # ("capsized off Lampedusa": the parser may take the place for an object after "off")
                # "a duck boat sinking on a lake": the vessel the participle describes
                going_down = parse.kids(i, "nsubj") + ([t.head] if t.dep == "acl" and t.tag == "VBG" else [])
                if t.dep == "acl" and t.tag == "VBN" and not parse.kids(i, "agent"):
                    going_down.append(t.head)  # "after a wooden boat capsized on the Niger", read as a reduced relative
                carried = parse.tokens[t.head]
                if t.dep == "acl" and carried.dep in {"dobj", "obj"} and parse.tokens[carried.head].dep == "acl":
                    going_down.append(parse.tokens[carried.head].head)  # "a boat carrying 200 passengers capsized", misread
                return EventKind.DISASTER if (not parse.kids(i, "dobj", "obj") or parse.kids(i, "prt")) and any(
                    parse.tokens[x].lemma.lower() in lx.VESSELS for x in going_down) else None
            if lemma in {"hang", "strangle"}:  # "hanged his daughter", "was hanged", "strangled his wife"; not "hung a banner",
                # "hung him out to dry", "hanged himself", "strangled the economy"
                return EventKind.KILLING if not parse.kids(i, "prt") and any(
                    _a_person(parse, x) for x in parse.kids(i, "dobj", "obj", "nsubjpass")) else None
            if lemma == "erupt" and _named_volcano_erupts(parse, i):
                return EventKind.DISASTER  # "Kilauea erupted", not "Gaza erupted in violence"
            if lemma in _SHAKING_VERBS and not _shaken_by_nature(parse, i):
                return None  # "The Lightning rattled Montreal", "a flood of lawsuits rattled the company"
            if lx.VERB_TRIGGERS[lemma] is EventKind.DISASTER:
                return EventKind.DISASTER if _natural_subject(parse, i) else None
            if lemma == "agree":
                # "agreed on a pact", "agreed to cooperate"; "agreed to buy" is the purchase itself
                kids = parse.kids(i, "xcomp", "prep", "dobj", "ccomp")
                if any(_trigger_kind(parse, k) not in (None, EventKind.COOPERATION) for k in kids):
                    return None
                if not kids:
                    return None
                if any(parse.tokens[o].lemma.lower() in _COERCIVE_MEASURES for k in kids
                       for o in [k, *parse.kids(k, "pobj"), *([] if parse.tokens[k].lemma.lower() in _UNDOING else parse.kids(k, "dobj"))]):
                    return None  # "the EU agreed on new sanctions against Syria": a measure against a third party
                subjects = parse.kids(i, "nsubj") or (parse.kids(parse.tokens[i].head, "nsubj") if parse.tokens[i].dep == "conj" else [])
                parties = {"official", "government", "country", "side", "leader", "minister", "party", "state", "nation",
                           "delegation", "negotiator", "group", "company", "union", "council", "member", "president"}
                return EventKind.COOPERATION if any(
                    parse.tokens[x].ent_type in {"ORG", "GPE", "NORP"} or parse.tokens[x].lemma.lower() in parties
                    or any(parse.tokens[y].ent_type in {"GPE", "NORP", "ORG"} for y in parse.subtree(x))
                    for x in subjects) else None
            if lemma == "fire":
                # fired "on protesters", not "on Monday": a coach or 300 workers fired on a day are dismissed
                preps = {parse.tokens[c].text.lower() for c in parse.kids(i, "prep") if not any(
                    parse.tokens[o].ent_type in {"DATE", "TIME"} for o in parse.kids(c, "pobj"))}
                objs = {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj")}
                if {parse.tokens[j].lemma.lower() for c in parse.kids(i, "dobj") for j in parse.subtree(c)} & _CROWD_CONTROL:
                    # "police fired tear gas to disperse the protest": the protest's policing, not an attack;
                    # fired "at thousands of protesters", it tells the protest itself
                    at = {parse.tokens[j].lemma.lower() for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() in {"at", "on", "into"}
                          for j in parse.subtree(p)}
                    return EventKind.PROTEST if at & (_PROTESTING_PEOPLE | {"crowd", "rioter", "march", "rally"}) else None
                return EventKind.ATTACK if preps & {"on", "at", "into"} or objs & {"shot", "shell", "rocket", "mortar", "missile", "bullet", "round", "grenade"} else None
            if lemma == "gun":
                return EventKind.KILLING if any(parse.tokens[c].lemma == "down" for c in parse.kids(i, "prt")) else None
            if lemma == "stone":
                return EventKind.ATTACK if parse.kids(i, "dobj", "nsubjpass") else None
            if lemma == "raid":
                return _operation_kind(parse, i, EventKind.ARREST)
            if lemma in _FINDING_VERBS:  # "found 30 rifles", "turned up 640 kg of cocaine": only by police
                if lemma == "turn" and not any(parse.tokens[c].lemma == "up" for c in parse.kids(i, "prt")):
                    return None
                return EventKind.SEIZURE if _contraband_found(parse, i) else None
            if lemma == "break":  # "broke up a network"
                objects = {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "nsubjpass", "obj")}
                has_up = any(parse.tokens[c].lemma == "up" for c in parse.kids(i, "prt"))
                return lx.VERB_TRIGGERS[lemma] if has_up and objects & lx.OBJECT_REQUIRED[lemma] else None
            objects = {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "nsubjpass", "obj")}
            if t.dep in {"acl", "relcl"} and t.tag == "VBN":
                objects.add(parse.tokens[t.head].lemma.lower())  # "the agreement signed last week"
            if lemma == "shoot" and any(parse.tokens[c].lemma.lower() == "down" for c in parse.kids(i, "prt", "advmod")) and \
                    objects & _CLAIMS:
                return None  # "the manager shot down reports that ...": denied
            if lemma == "shoot" and any(parse.tokens[c].lemma.lower() in {"dead", "fatally"} for c in parse.kids(i)):
                return EventKind.KILLING  # "shot dead", "fatally shot"
            if lemma == "target" and {parse.tokens[c].lemma.lower() for c in parse.kids(i, "nsubj")} & (_POLICE_CONTEXT | {"operation", "investigation", "probe", "sanction", "law", "measure", "campaign"} | _SENT_THINGS):
                return None  # "the operation targeted the gang", "hoax emails targeted schools": not an attack
            if lemma in {"target", "shoot"}:
                # "shot and wounded three people": the object the two verbs share
                objects |= {parse.tokens[o].lemma.lower() for c in parse.kids(i, "conj") for o in parse.kids(c, "dobj", "obj")
                            if parse.tokens[c].lemma.lower() in {"wound", "injure"}}  # "shot and killed a man" stays a killing
                return lx.VERB_TRIGGERS[lemma] if objects - _REFLEXIVES or parse.kids(i, "nsubjpass") else None
            if lemma in {"disperse", "intercept"}:  # "to disperse thousands of protesters", "intercepted a shipment of cocaine"
                objects |= {parse.tokens[o].lemma.lower() for c in parse.kids(i, "dobj", "nsubjpass", "obj")
                            for p in parse.kids(c, "prep") if parse.tokens[p].text.lower() == "of" for o in parse.kids(p, "pobj")}
            if not objects & required:
                return None
        if lemma in {"capture", "seize"} and _object_is_place(parse, i):
            return EventKind.MILITARY_OPERATION
        if lemma in {"capture", "nab", "apprehend"} and (caught := parse.kids(i, "dobj", "obj", "nsubjpass")) and all(
                _a_vehicle(parse, c) for c in caught):
            return EventKind.SEIZURE  # "three boats were captured": things taken, not people arrested
        if lemma == "seize" and _people_taken(parse, i):
            return EventKind.ARREST  # "troops seized three suspects", "seizing 12 Somali and 11 Yemeni nationals"
        if lemma in {"seize", "confiscate"}:
            objects = parse.kids(i, "dobj", "nsubjpass", "obj")
            heads = {parse.tokens[c].lemma.lower() for o in objects for c in [o, *parse.kids(o, "conj")]}
            if heads and heads <= _EVIDENCE:
                return None  # "investigators seized documents from the suspects": evidence, not contraband
        if lemma in _WINNING and not _sports_context(parse, i):
            if lemma in {"win", "sweep"} and t.tag in _PAST_TAGS and any(
                    parse.tokens[o].lemma.lower() in _WON_IN_A_VOTE for o in parse.kids(i, "dobj", "obj")):
                return EventKind.ELECTION  # "won the race for Ohio's 13th District, defeating Republican Rep. ..."
            return None
        if lemma in _WINNING - {"beat", "defeat", "edge", "thrash", "win"} and not (
                _split_score(parse, i) and any(t.pos == "PROPN" for t in parse.tokens[i + 1: i + 6])):
            return None  # "stunned co-hosts Australia 3-2"; not "the news stunned fans", "crushed the protest"
        if lemma in {"beat", "edge"} and {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "obj")} & _BEATEN_MARKS:
            return None  # "the company beat forecasts": a mark, not a rival
        if lemma in {"buy", "purchase", "acquire", "merge"} and not _company_context(parse, i):
            return None
        if lemma == "strike":
            if _natural_subject(parse, i):
                return EventKind.DISASTER  # "an earthquake struck"
            if not {parse.tokens[j].lemma.lower() for j in range(max(0, i - 10), min(len(parse.tokens), i + 10))} & _MILITARY_CONTEXT \
                    and not (any(_armed_force(parse, s) for s in parse.kids(i, "nsubj"))
                             and not {parse.tokens[o].lemma.lower() for o in parse.kids(i, "dobj", "obj")} & _STRUCK_NOT_HIT):
                return None  # (but "U.S. forces struck Houthi radar sites near Hodeidah"; not "security forces struck a deal")
        if lemma == "shoot" and any(parse.tokens[c].lemma.lower() == "dead" for c in parse.kids(i)):
            return EventKind.KILLING  # "shot dead"
        if lemma == "clash" and not _armed_sides(parse, i) and any(
                parse.tokens[d].lemma.lower() in _PROTESTING_PEOPLE | {"rioter", "youth", "fan"} for d in _doing_subjects(parse, i)):
            return EventKind.PROTEST  # "protesters clashed with police in Nairobi": the protest turned violent
        if lemma == "clash" and not _armed_sides(parse, i):
            return None  # "protesters clashed with police": the protest's; "the US and Russia clashed at the UN"
        if lemma in lx.CASUALTY_VERBS and _natural_cause(parse, i):
            return EventKind.DISASTER  # "torrential rains killed 31 people", "31 were killed in floods"
        if lemma in {"kill", "die"} and any(parse.tokens[o].lemma.lower() in {"explosion", "blast"} and _trigger_kind(parse, o) is EventKind.DISASTER
                                            for p in parse.kids(i, "prep", "agent") if parse.tokens[p].text.lower() in {"in", "by"}
                                            for o in parse.kids(p, "pobj")):
            return EventKind.DISASTER  # "seven miners were killed in a methane gas explosion": the accident, told with its dead
        if lemma in {"kill", "die", "neutralise", "neutralize"} and (violence := _violent_cause(parse, i)) is not None:
            return violence  # "three were killed in an air strike": the strike, told with its dead
        if lemma == "die":
            return EventKind.DISASTER if _natural_cause(parse, i) else None  # deaths with no told cause are no event
        return lx.VERB_TRIGGERS[lemma]
    if t.pos in {"NOUN", "PROPN"} and i >= 2 and parse.tokens[i - 1].text in {"-", "\u2010"}:
        first = parse.tokens[i - 2].lemma.lower()  # "run-off", "air-strike": one word split by the tokenizer
        lemma = next((w for w in (first + lemma, f"{first}-{lemma}") if w in lx.NOUN_TRIGGERS), lemma)
    if t.pos == "VERB" and lemma in {"wound", "injure"} and (t.tag in _PAST_TAGS or t.tag == "VBG"):
        subjects = parse.kids(i, "nsubj") or (parse.kids(t.head, "nsubj") if t.dep == "conj" else [])
        if any(parse.tokens[x].lemma.lower() in _ATTACKERS or _armed(parse, x) for x in subjects) or (
                subjects and (_prep_objects(parse, i, "with") | {w for o in parse.kids(i, "dobj", "obj")
                                                                  for w in _prep_objects(parse, o, "with")}) & _HAND_WEAPONS and any(
                    parse.tokens[o].lemma.lower() in _COUNTED_PEOPLE or _a_person(parse, o) for o in parse.kids(i, "dobj", "obj"))):
            return EventKind.ATTACK  # "a gunman shot and wounded three people", "a man injured four people with a knife"
    if t.pos == "VERB" and lemma == "take" and "street" in _prep_objects(parse, i, "to") and (
            t.tag in _PAST_TAGS or t.tag == "VBG") and not parse.kids(i, "dobj"):
        return EventKind.PROTEST  # "100,000 people took to the streets"; not "took the suspect to the street"
    if t.pos == "VERB" and lemma == "take" and t.tag in _PAST_TAGS and "custody" in _prep_objects(parse, i, "into") and not (
            {parse.tokens[c].lemma.lower() for c in parse.kids(i, "dobj", "nsubjpass")} & (lx.CONTRABAND | _EVIDENCE)):
        return EventKind.ARREST  # "police took him into custody", "was taken into custody"; not "took the rifle into custody"
    if t.pos in {"AUX", "VERB"} and lemma == "be" and t.tag in {"VBZ", "VBP"} and _held_in_custody(parse, i):
        return EventKind.ARREST  # "13 people are in custody", "the alleged shooter is in police custody"; not "was in custody at the time"
    if t.pos == "NOUN" and lemma in {"fire", "gunfire"} and t.dep != "compound" and _weapon_fire(parse, i) and (
            lemma == "gunfire" or parse.tokens[t.head].lemma.lower() in {"open", "return", "exchange", "trade"}) and not (
            _prep_objects(parse, t.head, "over") or _prep_objects(parse, i, "over")):
        return EventKind.ATTACK  # "a gunman opened fire at a mosque", "police returned fire", "troops exchanged fire"
    if t.pos in {"NOUN", "PROPN"} and lemma in {"explosion", "blast"} and (any(
            parse.tokens[c].lemma.lower() in _ACCIDENTAL_SOURCES for c in parse.kids(i, "compound", "amod")) or (
            _at_a_works(parse, i) and not _bomb_told(parse, i)) or _accidental_cause(parse, i)):
        return EventKind.DISASTER  # "a gas explosion ripped through an apartment block", "an explosion at a chemical plant": an accident
    if t.pos == "VERB" and lemma == "collapse" and t.tag in _PAST_TAGS | {"VBZ"} and any(
            parse.tokens[x].lemma.lower() in _STRUCTURES for s in _doing_subjects(parse, i)
            for x in [s, *(o for p in parse.kids(s, "prep") if parse.tokens[p].text.lower() == "of"
                           and parse.tokens[s].lemma.lower() in _STRUCTURE_PARTS for o in parse.kids(p, "pobj"))]):
        return EventKind.DISASTER  # "a three-storey building collapsed", "a portion of a building collapsed"; not "talks collapsed"
    if t.pos == "NOUN" and lemma in {"collapse", "cave-in"} and any(
            parse.tokens[o].lemma.lower() in _STRUCTURES
            for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() == "of" for o in parse.kids(p, "pobj")):
        return EventKind.DISASTER  # "the collapse of a three-storey building"; not "the collapse of the talks"
    if t.pos == "VERB" and lemma in {"overflow", "overtop", "flood"} and t.tag in _PAST_TAGS and t.dep not in {"relcl", "advcl"} and not (
            _prep_objects(parse, i, "with")) and (
            any(parse.tokens[s].lemma.lower() in _WATERS or parse.tokens[s].pos == "PROPN" and lemma == "overflow"
                for s in parse.kids(i, "nsubj"))):
        return EventKind.DISASTER  # "the Danube overflowed", "Nullah Leh overflowed and submerged low-lying localities"
    if t.pos == "VERB" and lemma == "burst" and t.dep != "relcl" and any(parse.tokens[o].lemma.lower() in {"bank", "banks", "levee", "dam", "embankment"}
                                                  for o in parse.kids(i, "dobj", "obj")):
        return EventKind.DISASTER  # "the Danube burst its banks": a flood (not "the river, which burst its banks", told of one)
    if t.pos == "VERB" and lemma in {"sweep", "wash"} and any(parse.tokens[c].lemma.lower() == "away" for c in parse.kids(i, "prt", "advmod")) and any(
            parse.tokens[x].lemma.lower() in _WATERS | lx.NATURAL_CAUSES | {"floodwater", "current", "torrent", "wave"}
            for x in [*parse.kids(i, "nsubj"), *(o for a in parse.kids(i, "agent") for o in parse.kids(a, "pobj"))]) and any(
            _a_person(parse, x) or parse.tokens[x].lemma.lower() in _HUMAN_NOUNS for x in parse.kids(i, "nsubjpass", "dobj", "obj")):
        return EventKind.DISASTER  # "more than a dozen tourists were swept away by the swollen Swat River"
    if t.pos == "NOUN" and lemma in {"outbreak", "epidemic"} and any(
            parse.tokens[j].lemma.lower() in _DISEASES for j in [*parse.kids(i, "compound", "amod", "nmod"),
                                                                 *(o for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() == "of"
                                                                   for o in parse.kids(p, "pobj"))]):
        return EventKind.DISASTER  # "a cholera outbreak in Lusaka", "an outbreak of Ebola"
    if t.pos in {"NOUN", "PROPN"} and lemma in lx.NOUN_TRIGGERS:
        kind = lx.NOUN_TRIGGERS[lemma]
        if t.dep == "compound" and lemma not in {"cooperation"}:
            return None  # "attack plans", "election officials"
        if lemma == "attack" and (_prep_objects(parse, i, "on") | _prep_objects(parse, i, "against")) & (_ABSTRACT_TARGETS | _POLICIES) \
                or lemma == "attack" and any(parse.tokens[c].lemma.lower() in _WORDY for c in parse.kids(i, "amod")):
            return None  # "a scathing attack on the budget": words, not blows
        if lemma == "attack" and (_sports_context(parse, i) and not {tk.lemma.lower() for tk in parse.tokens[max(0, i - 20): i + 20]} & _BLOWS
                                  or any(parse.tokens[c].lemma.lower() in {"bowling", "pace", "spin", "seam"}
                                         for c in parse.kids(i, "amod", "compound"))):
            return None  # "Verma took the Australian (bowling) attack apart": the bowlers
        if lemma == "shootout" and any(parse.tokens[j].lemma.lower() in {"penalty", "penalties", "goal", "goalkeeper", "match"}
                                       for j in parse.sentence_of(i)):
            return None  # "won on a penalty shootout", "lost on penalties after a shootout": a match, not gunfire
        if kind is EventKind.DISASTER and lemma not in _ACCIDENTS and _figure_of_speech(parse, i):
            return None  # "a flood of posts", "a storm of criticism", "an avalanche of lawsuits"
        if (kind is EventKind.DISASTER and t.text[:1].isupper() and t.ent_type != "EVENT" and parse.kids(i, "det")
                and not parse.kids(i, "compound") and _sports_context(parse, i)):
            return None  # "The Avalanche beat the Blues", "the Hurricanes won 3-2": a team
        if lemma in {"agreement", "accord", "pact", "treaty", "memorandum", "partnership"}:
            heads = ([parse.tokens[t.head].lemma.lower()] if t.head != i else []) + [parse.tokens[c].lemma.lower() for c in parse.kids(i, "acl", "relcl")]
            if not (set(heads) & {"sign", "seal", "conclude", "reach", "ink", "strike"} or
                    any(parse.tokens[c].lemma.lower() in {"cooperation", "security", "military", "trade", "peace", "defence", "defense"} for c in parse.kids(i, "compound", "amod"))):
                return None
        if lemma == "cooperation" and t.dep not in {"compound", "nsubj", "dobj", "pobj"}:
            return None
        if t.ent_type in {"DATE", "TIME"}:
            return None  # "March 2015", "a fire-sale Friday"
        if lemma == "march" and t.text == "March" and not any(parse.tokens[d].lemma.lower() in {"the", "a", "this", "that"}
                                                              for d in parse.kids(i, "det")):
            return None  # "In March, a gunman killed four": the month, which the tagger did not tag
        if t.ent_type in {"ORG", "WORK_OF_ART", "LAW", "PRODUCT"} and t.ent_iob == "I":
            return None  # a word of a name: "the Asia Pacific Economic Cooperation", "the Battle Creek Enquirer"
        if lemma in {"operation", "campaign", "raid"}:
            return _operation_kind(parse, i, kind)
        if lemma == "strike" and any(parse.tokens[c].lemma.lower() in {"general", "hunger", "labour", "labor", "national", "nationwide", "teacher", "worker", "union", "rail", "transport"} for c in parse.kids(i, "amod", "compound")):
            return EventKind.PROTEST  # "a general strike", "a hunger strike"
        if lemma in {"strike", "fighting", "battle", "crackdown", "assault"} and not _has_security_word(parse, i) and not (
                lemma in {"fighting", "battle"} and _kills(parse, i)):
            return None  # (but "fighting in the province last July left more than 1,000 people dead")
        if lemma == "clash":
            return kind if _armed_clash(parse, i) else None
        if lemma in {"deal", "purchase"} and not _company_context_noun(parse, i):
            return None
        if lemma in _ACCIDENTS and not _of_vehicles(parse, i) and not _died_in(parse, i):
            return None  # "a plane crash", "the crash of a bus", "two people died in a crash"; not "the 2008 market crash"
        if lemma in {"fire", "storm", "march", "rally", "poll", "win"} and not _weak_noun_anchored(parse, i):
            return None
        if _weapon_fire(parse, i):
            return EventKind.ATTACK  # "Palestinian sniper fire killed a civilian"
        return kind
    return None


def _can_act(parse: _Parse, j: int) -> bool:
    """Whether a noun names who could do a deed themselves: people, a group or a force ("the
    militia that attacked a base"), not a place or a thing ("a military base … that killed")."""
    tok = parse.tokens[j]
    return (_a_person(parse, j) or tok.ent_type in {"PERSON", "ORG", "NORP"}
            or tok.lemma.lower() in _ATTACKERS | _HUMAN_NOUNS | {"militia", "group", "gang", "force", "army", "cartel", "faction",
                                                                 "movement", "organisation", "organization", "network", "cell"})


def _armed_force(parse: _Parse, s: int) -> bool:
    """A state's or a side's armed forces ("U.S. forces", "Israeli forces", "security forces"), or
    a missile or rocket; not "market forces" nor "the task force"."""
    tok = parse.tokens[s]
    if tok.lemma.lower() in {"missile", "rocket"}:
        return True
    return tok.lemma.lower() == "force" and tok.text.lower() == "forces" and any(
        parse.tokens[c].ent_type in {"GPE", "NORP"} or parse.tokens[c].lemma.lower() in {"security", "government", "armed", "allied",
                                                                                      "coalition", "special", "enemy", "federal"}
        for c in parse.kids(s, "compound", "amod", "poss"))


def is_noun_trigger(tok: Token) -> bool:
    """A nominal trigger ("the attack", "its acquisition")."""
    return tok.pos in {"NOUN", "PROPN"}


#: What is captured or seized in a figure of speech, not by police or troops.
_NOT_CAUGHT = frozenset({"moment", "attention", "imagination", "essence", "mood", "spirit", "heart", "title", "award",
                         "prize", "market", "vote", "seat", "sound", "light", "carbon", "medal", "championship", "opportunity",
                         "chance", "initiative", "point", "momentum", "lead", "advantage", "day", "headline", "interest",
                         "feeling", "beauty", "victory", "crown", "trophy", "pole", "nomination", "share", "glimpse"})
#: (footage, video, photos, data and records are what police do seize: not here)


#: Disaster nouns that are disasters only when vehicles crash, collide or go down ("a ferry sinking").
_ACCIDENTS = frozenset({"crash", "collision", "sinking", "capsizing"})


def _natural_subject(parse: _Parse, i: int) -> bool:
    """The verb's subject is a natural force or a disaster ("the quake struck", "rains killed")."""
    subjects = parse.kids(i, "nsubj", "agent")
    if parse.tokens[i].dep == "relcl" or (parse.tokens[i].dep == "acl" and parse.kids(i, "dobj")):
        # "the quake, which struck …"; "Heavy rains killed six people", read as rains that were killed
        subjects.append(parse.tokens[i].head)
    for c in subjects:
        # "a series of earthquakes rocked …": look through "of"
        heads = [c] + [p for prep in parse.kids(c, "prep") for p in parse.kids(prep, "pobj")] + parse.kids(c, "pobj")
        if parse.tokens[c].pos == "PROPN":  # "Typhoon Haiyan killed ...": the named storm's kind
            heads += [x for x in parse.kids(c, "compound") if parse.tokens[x].lemma.lower() in _NAMED_HAZARDS]
        for h in heads:
            lemma = parse.tokens[h].lemma.lower()
            if lemma == "wave" and any(parse.tokens[p].text.lower() == "of" for p in parse.kids(h, "prep")):
                continue  # "a wave of violence swept the capital": a figure, not the sea
            if (lemma in lx.NATURAL_CAUSES or lx.NOUN_TRIGGERS.get(lemma) is EventKind.DISASTER) and not _weapon_fire(parse, h) \
                    and (lemma not in _ACCIDENTS or _of_vehicles(parse, h)):
                return True
            if (lemma in _MISHAP_NOUNS and not _hit_and_run(parse, h)
                    or lemma == "collapse" and _trigger_kind(parse, h) is EventKind.DISASTER):
                return True  # "the stampede killed six", "the collapse of the building killed 12"
    return False


#: Bodies of the state, whose shutdowns and curfews are no protest.
_STATE_BODIES = frozenset({"government", "authority", "army", "police", "state", "administration", "ministry", "military", "governor",
                           "council", "court"})

#: Vessels an authority detains: a seizure of the vessel.
_VESSELS = frozenset({"ship", "vessel", "boat", "tanker", "trawler", "dhow", "freighter", "barge", "yacht", "ferry", "tug", "tugboat",
                      "craft", "carrier", "steamer", "schooner", "speedboat"})


def _set_on_fire(parse: _Parse, i: int) -> bool:
    """ "Unknown persons set fire to a restaurant", "gunmen set homes alight": arson, told by who
    set what on fire. Not a fire set by accident, by nature or by a child ("a short circuit set fire
    to a ward", "the chef accidentally set the kitchen alight"), not oneself ("a monk set himself
    alight": a protest), not rioters (the riot's other words tell it), nor a figure of speech
    ("Mbappe set the Parc des Princes alight", "set the markets on fire")."""
    tokens = parse.tokens
    objects = parse.kids(i, "dobj", "obj")
    if any(tokens[o].text.lower() in _REFLEXIVES for o in objects):
        return False
    if any(tokens[o].lemma.lower() == "fire" for o in objects):
        burned = [o for p in parse.kids(i, "prep") if tokens[p].text.lower() == "to" for o in parse.kids(p, "pobj")]
    elif any(tokens[o].lemma.lower() in {"alight", "ablaze"} for o in objects):
        burned = [c for o in objects for c in parse.kids(o, "compound")]  # "set homes alight", read as "homes alight"
    elif any(tokens[c].lemma.lower() in {"alight", "ablaze", "afire"} for c in [*parse.kids(i), *(c for o in objects for c in parse.kids(o))]) or any(
            tokens[o].lemma.lower() == "fire" for p in parse.kids(i, "prep") if tokens[p].text.lower() == "on" for o in parse.kids(p, "pobj")):
        burned = objects + parse.kids(i, "nsubjpass")
    else:
        return False
    burned += [x for o in burned for p in parse.kids(o, "prep") if tokens[p].text.lower() == "of" for x in parse.kids(p, "pobj")]  # "dozens of homes"
    if not {tokens[x].lemma.lower() for o in burned for x in [o, *parse.kids(o, "conj")]} & _BURNABLE:
        return False
    if any(tokens[c].lemma.lower() in {"accidentally", "inadvertently", "apparently"} for c in parse.kids(i, "advmod")):
        return False
    doers = _doing_subjects(parse, i) + [o for a in parse.kids(i, "agent") for o in parse.kids(a, "pobj")]
    words = {tokens[j].lemma.lower() for d in doers for j in parse.subtree(d)}
    if words & _ACCIDENTAL_FIRES:
        return False
    armed = bool(words & (_ARSONISTS - {"person", "people", "man", "men", "suspect"} | {"armed"})) or any(_armed(parse, d) for d in doers)
    if not armed and words & _BLOCKADERS:
        return False  # "youths set cars on fire and threw stones at police": the riot's
    told_as_arson = bool({t.lemma.lower() for t in tokens[min(parse.sentence_of(i)):max(parse.sentence_of(i)) + 1]} & _ARSON_WORDS)
    return armed or bool(words & _ARSONISTS) or told_as_arson


#: Who sets fires on purpose, as the news names them.
_ARSONISTS = frozenset({"arsonist", "attacker", "assailant", "gunman", "gunmen", "militant", "insurgent", "jihadist", "bandit", "terrorist",
                        "rebel", "extremist", "vandal", "intruder", "person", "people", "man", "men", "suspect", "gang", "raider",
                        "fighter", "separatist", "guerrilla", "militiaman", "militiamen", "herdsman", "herdsmen"})
#: Words that tell a fire was set on purpose.
_ARSON_WORDS = frozenset({"arson", "arsonist", "deliberate", "deliberately", "petrol", "molotov", "firebomb", "accelerant"})
#: What arsonists burn.
_BURNABLE = frozenset({"home", "house", "building", "car", "vehicle", "bus", "truck", "lorry", "shop", "store", "restaurant", "church",
                       "mosque", "synagogue", "temple", "school", "office", "station", "hut", "village", "tent", "bank", "hotel", "warehouse",
                       "factory", "train", "property", "apartment", "flat", "bar", "cafe", "café", "club", "headquarters", "courthouse",
                       "hospital", "clinic", "stall", "farm", "barn", "crop", "camp", "dormitory", "shelter", "hall", "premises",
                       "business", "residence", "compound", "mosques", "homestead", "kiosk", "tanker", "motorcycle", "boat"})
#: What sets a fire by accident or by nature.
_ACCIDENTAL_FIRES = frozenset({"lightning", "spark", "candle", "cigarette", "heater", "fault", "circuit", "blaze", "fire", "explosion",
                               "crash", "storm", "heat", "heatwave", "stove", "cooker", "firework", "fireworks", "ember", "flame",
                               "match", "derailment", "wildfire", "toddler", "child", "boy", "girl", "chef", "cook", "candles"})

#: Fighters an army says it "neutralised": killed (or captured), as its communiqués count them.
_FIGHTERS = frozenset({"terrorist", "militant", "insurgent", "jihadist", "bandit", "rebel", "fighter", "gunman", "gunmen", "attacker",
                       "element", "kidnapper", "extremist", "assailant", "combatant", "separatist", "guerrilla", "member"})

#: What explodes by accident: "a gas explosion", "a boiler blast", "a mine explosion".
_ACCIDENTAL_SOURCES = frozenset({"gas", "boiler", "chemical", "industrial", "mine", "factory", "pipeline", "methane", "fuel",
                                 "tanker", "fireworks", "firework", "accidental", "refinery", "plant"})

#: What explodes by accident as a subject: "a petrol tanker exploded", "a gas cylinder exploded"
#: (not "a car exploded": a car bomb, as often as not).
_PRESSURE_SOURCES = frozenset({"tanker", "cylinder", "boiler", "transformer", "reactor", "gas", "pipeline", "petrol", "fuel",
                               "plant", "factory", "refinery", "warehouse", "depot", "mill", "chemical", "fireworks", "firework"})

#: Structures whose collapse is a disaster.
_STRUCTURES = frozenset({"building", "bridge", "house", "home", "hotel", "block", "roof", "tower", "dam", "mine", "tunnel", "wall", "stadium", "school",
                         "pit", "shaft", "trench", "quarry", "canopy", "stage", "grandstand", "balcony", "footbridge", "pier",
                         "church", "mosque", "structure", "storey", "apartment", "flyover", "overpass", "scaffolding", "crane",
                         "ceiling", "mall", "factory"})
#: Parts of a structure: "a portion of a building collapsed".
_STRUCTURE_PARTS = frozenset({"portion", "part", "section", "wall", "floor", "roof", "side", "wing", "storey", "ceiling", "span"})
#: Diseases whose outbreak is an epidemic.
_DISEASES = frozenset({"cholera", "ebola", "measles", "diphtheria", "plague", "dengue", "malaria", "typhoid", "mpox",
                       "monkeypox", "meningitis", "polio", "anthrax", "marburg", "lassa", "yellow", "influenza", "flu",
                       "covid", "covid-19", "coronavirus", "virus", "disease", "epidemic", "salmonella", "legionnaires"})

#: What a thing "hits" in a figure of speech: "hit the market", "hit the headlines", "hit a record".
_NOT_STRUCK = frozenset({"market", "shelf", "store", "shop", "headline", "record", "high", "low", "peak", "mark", "note",
                         "jackpot", "road", "airwave", "screen", "target", "milestone", "range", "sale", "stride", "snag",
                         "deal", "goal", "agreement", "supply", "ocean", "sea", "pad", "orbit", "surface", "moon"})
#: Verbs of a munition striking: "hit", "struck", "landed", "slammed into".
_MUNITION_LANDING = frozenset({"hit", "strike", "land", "slam", "smash", "rain", "pound"})

#: Hazards that carry a name: "Typhoon Haiyan", "Hurricane Katrina", "Cyclone Idai".
_NAMED_HAZARDS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "tropical"})
#: Verbs that tell a quake's shaking, and many other things ("the news rattled markets").
_SHAKING_VERBS = frozenset({"shake", "rattle"})

#: Animals that kill people: their victims' deaths are no deed of people.
_WILD_ANIMALS = frozenset({"tiger", "leopard", "lion", "elephant", "bear", "shark", "crocodile", "alligator", "snake", "hippo",
                           "hippopotamus", "wolf", "buffalo", "bull", "jaguar", "cougar", "puma", "dog", "boar", "rhino"})
#: Verbs of driving a vehicle into people.
_RAMMING = frozenset({"drive", "plough", "plow", "ram", "smash", "slam", "steer", "crash", "mow"})

#: Natural causes that are also words of violence or figures of speech when they follow "in"
#: ("killed in an exchange of fire", "a wave of attacks", "the heat of the battle").
_AMBIGUOUS_CAUSES = frozenset({"fire", "blaze", "wave", "heat", "storm"})


def _natural_cause(parse: _Parse, i: int) -> bool:
    """A casualty verb caused by a natural force: its subject ("rains killed"), a clause on the
    same moment ("died when floodwater swept through the camp") or the head of a cause phrase
    ("were killed in floods", "died after days of heavy rain"). Not circumstances ("during
    heavy rain"), not another event ("a week after floods killed 20")."""
    if _natural_subject(parse, i):
        return True
    tok = parse.tokens[i]
    if tok.tag == "VBG" and tok.dep in {"advcl", "conj", "xcomp"} and not parse.kids(i, "nsubj") and _natural_subject(parse, tok.head):
        return True  # "Cyclone Hagos made landfall near Morondava, killing at least three people": the storm's dead
    if parse.tokens[i].lemma.lower() == "die" and any(
            parse.tokens[v].lemma.lower() in _FALLING for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() == "after"
            for v in parse.kids(p, "pcomp")):
        return True  # "died after falling about 150 metres", "died after slipping and falling"
    if parse.tokens[i].lemma.lower() in {"die", "drown", "kill"} and any(
            _mishap(parse, v) for x in [i, *parse.kids(i, "conj")] for v in _after_clauses(parse, x)):
        # "died after his truck was swept off a flooded road", "were killed after being hit by a bus";
        # "two have died and another is fighting for life after their car hit a tree": the clause told once
        return True
    # "ten were killed (and at least 50 injured) when an earthquake razed villages"
    told = [i] + [x for c in parse.kids(i, "conj") for x in (c, *parse.kids(c, "acl"))]
    for c in [a for v in told for a in parse.kids(v, "advcl")]:
        if any(parse.tokens[m].text.lower() in {"when", "as"} for m in parse.kids(c, "mark", "advmod")) and _natural_subject(parse, c):
            return True
    if _disaster_antecedent(parse, i):
        return True
    # "were killed and 30 injured in a stampede": the cause may hang on the last of the verbs
    casualties = [i] + [x for c in parse.kids(i, "conj") for x in (c, *parse.kids(c, "acl"))
                        if parse.tokens[x].lemma.lower() in lx.CASUALTY_VERBS]  # ("and over 30 injured", parsed on "30")
    for prep in [p for v in casualties for p in parse.kids(v, "prep")]:
        if parse.tokens[prep].text.lower() not in {"in", "after", "from"}:
            continue
        for obj in parse.kids(prep, "pobj"):
            heads = [obj]
            if parse.tokens[obj].lemma.lower() in _CAUSE_CONTAINERS:
                heads += [p for of in parse.kids(obj, "prep") if parse.tokens[of].text.lower() == "of" for p in parse.kids(of, "pobj")]
            for h in heads:
                lemma = parse.tokens[h].lemma.lower()
                if lemma in _MISHAP_NOUNS and not _hit_and_run(parse, h):
                    return True  # "killed in two road accidents"; not "in a hit-and-run accident", a crime
                if not (lemma in lx.NATURAL_CAUSES or lx.NOUN_TRIGGERS.get(lemma) is EventKind.DISASTER) or _weapon_fire(parse, h):
                    continue
                if lemma in _ACCIDENTS and not _of_vehicles(parse, h) and not _died_in(parse, h):
                    continue  # "lost their savings in the market crash"
                if lemma in _AMBIGUOUS_CAUSES and (parse.kids(h, "acl", "relcl") or any(
                        parse.tokens[c].text.lower() == "of" for c in parse.kids(h, "prep"))):
                    continue  # "a fire set by arsonists", "a wave of attacks", "the heat of the battle"
                return True
    return False


#: Bodies whose votes are decisions, not elections: "shareholders voted to approve the merger".
_DECIDING_BODIES = frozenset({"shareholder", "stockholder", "investor", "board", "director", "lawmaker", "legislator",
                              "senator", "congressman", "congresswoman", "councillor", "councilor", "committee", "council",
                              "senate", "house", "assembly", "parliament", "congress", "cabinet", "jury", "judge", "panel",
                              "mp", "delegate", "bondholder", "creditor", "union", "court"})
#: What a candidate wins in a vote: "won the race for governor", "won a second term".
_WON_IN_A_VOTE = frozenset({"race", "seat", "election", "vote", "majority", "primary", "runoff", "mandate", "presidency",
                            "governorship", "mayoralty", "by-election", "term", "nomination", "ballot", "constituency"})


def _another_moment(parse: _Parse, i: int) -> bool:
    """Whether a verb is an adverbial clause with a doer of its own, set before or after the
    verb it hangs on: "he was stabbed the day after another follower killed a soldier"; not
    "a bomb exploded, killing ten", "was attacked as gunmen killed two", nor "... before police
    killed the gunman", the end of the attack."""
    tokens = parse.tokens
    if any(tokens[o].lemma.lower() in _ATTACKERS for o in parse.kids(i, "dobj", "obj")):
        return False  # "... before an off-duty policeman killed the shooter": the end of the same attack
    doers = parse.kids(i, "nsubj")
    same = {tokens[x].lemma.lower() for x in parse.kids(tokens[i].head, "nsubj", "nsubjpass")}
    if any(tokens[x].pos == "PRON" or tokens[x].lemma.lower() in same for x in doers):
        return False  # "gunmen attacked a church before they killed 40 worshippers": the same hands
    return tokens[i].dep == "advcl" and bool(doers) and any(
        tokens[c].text.lower() in {"after", "before", "since", "until", "till"} for c in parse.kids(i, "mark", "advmod", "prep"))


def _governing_trigger(parse: _Parse, i: int, found: list[tuple[int, EventKind]]) -> int | None:
    """For a casualty verb, the attack/disaster noun it reports on, if any."""
    if parse.tokens[i].lemma.lower() not in lx.CASUALTY_VERBS:
        return None
    triggers = {j: k for j, k in found if j != i and k in {EventKind.ATTACK, EventKind.DISASTER, EventKind.MILITARY_OPERATION}}
    for s in parse.kids(i, "nsubj", "agent", "csubj"):  # "Shelling by government forces killed 12" (a clause as subject)
        for j in parse.subtree(s):
            if j in triggers:
                return j
    head = parse.tokens[i].head
    if parse.tokens[i].dep in {"relcl", "acl", "advcl", "conj"} and head in triggers and not _another_moment(parse, i):
        return head
    if parse.tokens[i].dep == "relcl" and head not in triggers and any(parse.tokens[x].text.lower() in {"which", "that"}
                                                                       for x in parse.kids(i, "nsubj")) and not _can_act(parse, head):
        # "an attack with drones on a military base in Tibú on Sunday that killed three soldiers": the
        # clause the parse hung on the base tells of the deed whose object the base is
        up = head
        for _ in range(3):
            if parse.tokens[up].dep != "pobj" or parse.tokens[parse.tokens[up].head].dep != "prep":
                break
            up = parse.tokens[parse.tokens[up].head].head
            if up in triggers and parse.tokens[up].pos in {"NOUN", "PROPN"}:
                return up
    if parse.tokens[i].tag == "VBG" and parse.tokens[i].dep in {"advcl", "xcomp"} and not parse.kids(i, "nsubj"):
        # "a typhoon slammed into Ilocos Norte, killing four": the deed its clause's subject names
        if (j := next((j for s in parse.kids(head, "nsubj") for j in parse.subtree(s) if j in triggers), None)) is not None:
            return j
        if parse.tokens[head].lemma.lower() in _LIGHT_VERBS | {"open", "set"} and (
                j := next((o for o in parse.kids(head, "dobj", "obj") if o in triggers), None)) is not None:
            return j  # "a gunman opened fire on a seaside café in the village on 12 August 2025, killing five people"
    first = i  # "a quake hit Iran, causing destruction and killing 10 people and injuring 80"
    while parse.tokens[first].dep == "conj" and parse.tokens[first].head != first:
        first = parse.tokens[first].head
    if first != i and parse.tokens[first].dep in {"advcl", "acl", "relcl"} and parse.tokens[first].head in triggers:
        return parse.tokens[first].head
    for clause in parse.kids(i, "advcl"):
        # "shelling by the RSF killed seven", read as a clause before the verb: the deed is its subject
        if clause < i and clause in triggers and parse.tokens[clause].tag == "VBG" and not parse.kids(clause, "mark", "nsubj", "aux") \
                and any(parse.tokens[c].text.lower() == "by" for c in parse.kids(clause, "prep", "agent")):
            return clause
    clauses = parse.kids(i, "advcl") + [a for c in parse.kids(i, "conj") for a in parse.kids(c, "advcl")]
    for clause in clauses:  # "14 were killed (and dozens injured) when a bomber detonated explosives"
        if any(parse.tokens[c].text.lower() in {"when", "as"} for c in parse.kids(clause, "mark", "advmod")):
            if clause in triggers:
                return clause
            # "four were killed when a man opened fire outside a nightclub": the deed is the clause's object
            done = [o for o in parse.kids(clause, "dobj", "obj") if o in triggers
                    and parse.tokens[clause].lemma.lower() in _LIGHT_VERBS | {"open", "set"}]  # not "as police fought battles"
            # "four militants were killed when the attack was repulsed": or its subject
            done += [s for s in parse.kids(clause, "nsubj", "nsubjpass") if s in triggers]
            if done:
                return done[0]
    if parse.tokens[i].dep in {"advcl", "conj"}:
        verb = head  # "a quake flattened buildings and sparked landslides, killing five": the subject of the first verb
        for _ in range(3):
            subjects = parse.kids(verb, "nsubj", "nsubjpass")
            for j in subjects:
                for k in parse.subtree(j):
                    if k in triggers:
                        return k
            if subjects or parse.tokens[verb].dep != "conj" or parse.tokens[verb].head == verb:
                break  # "a storm lashed the coast and gunmen raided a village, killing 10": the raid's
            verb = parse.tokens[verb].head
    subjects = parse.kids(i, "nsubj", "agent")
    if not subjects or all(parse.tokens[x].lemma.lower() in _VICTIMS or parse.tokens[x].text.lower() in {"which", "that"}
                           for x in subjects):
        # no agent in the parse ("since floods on Monday killed 23"), or a relative pronoun whose
        # antecedent the parse missed ("the floods in March, which killed 23"): the nearest event noun before it
        for k in range(i - 1, max(-1, i - 13), -1):
            if parse.tokens[k].text in {".", ";", "!", "?"}:
                break
            if k in triggers and parse.tokens[k].pos in {"NOUN", "PROPN"}:
                return k
    return None


#: What investigators take away as evidence: a seizure of it is no event of its own.
_EVIDENCE = frozenset({"document", "paper", "file", "record", "phone", "telephone", "computer", "laptop", "hard", "drive",
                       "evidence", "notebook", "letter", "correspondence", "sample"})

#: What police fire at a crowd to disperse it (ACLED and the gold code it as part of the protest).
_CROWD_CONTROL = frozenset({"tear", "teargas", "cannon", "rubber", "warning", "pepper", "stun", "flare"})

_FINDING_VERBS = frozenset({"find", "discover", "uncover", "unearth", "turn"})


#: What a council or parliament votes on, as opposed to electing someone.
_MEASURES = frozenset({"resolution", "bill", "motion", "law", "measure", "amendment", "budget", "proposal", "sanction",
                       "treaty", "ban", "deal", "plan", "approve", "reject", "repeal", "condemn"})


#: What is attacked only with words ("attacked the plan", "efforts attacked by critics").
_ABSTRACT_TARGETS = frozenset({"effort", "policy", "plan", "idea", "proposal", "decision", "remark", "comment", "statement",
                               "bill", "law", "record", "view", "position", "approach", "report", "claim", "leadership",
                               "stance", "strategy", "program", "programme", "budget", "reform", "rhetoric", "speech", "deal",
                               "agreement", "move", "handling", "response", "opponent", "rival", "critic", "media", "press"})
#: What is executed that is no person: "executed a search warrant", "executed the plan".
_EXECUTED_THINGS = frozenset({"warrant", "order", "plan", "search", "strategy", "contract", "deal", "trade", "policy",
                              "operation", "raid", "manoeuvre", "maneuver", "transaction", "agreement", "task", "mission",
                              "will", "decision", "command", "attack", "play", "program", "programme", "project"})

#: People counted by sex or age, whose conjoined counts add up ("eight men and three women").
_KIN = frozenset({"man", "woman", "child", "boy", "girl", "adult", "teenager", "infant", "baby", "men", "women", "children"})
#: People counted together in one toll when the text lists them by kind.
_COUNTED_PEOPLE = _KIN | frozenset({"soldier", "officer", "policeman", "policemen", "civilian", "troop", "militant", "worker",
                                    "student", "pilgrim", "passenger", "tourist", "villager", "driver", "guard", "fighter",
                                    "rebel", "insurgent", "resident", "miner", "farmer", "teacher", "nurse", "journalist",
                                    "employee", "migrant", "worshipper", "protester", "demonstrator", "suspect", "person",
                                    "people", "member", "official", "trooper", "sailor", "crewman", "pilot", "firefighter",
                                    "paramedic", "doctor", "shopkeeper", "trader", "pedestrian", "motorist", "classmate",
                                    "colleague", "neighbour", "neighbor", "customer", "commuter", "shopper", "bystander", "pupil",
                                    "relative", "patron", "guest", "victim"})

_COURTS = frozenset({"court", "judge", "tribunal", "hearing", "magistrate", "jury"})
