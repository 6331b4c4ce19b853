"""The sense checks of accidents and natural disasters: whether a crash is one of vehicles (a
plane, "a Boeing 737"), a blast an accident (its cause told, at a chemical works), a death a fall
or a mishap on the road ("their car hit a tree", "swept away"), not a hit-and-run; whether a verb
of shaking is a quake's, a proper name erupting a volcano, and a casualty clause hangs on a word
for a disaster.
"""

from __future__ import annotations

import re

from newsfold import lexicon as lx
from newsfold.events.contexts import _figure_of_speech
from newsfold.events.parse import _Parse
from newsfold.events.violence import _BOMB_WORDS, _RAMMED_CROWDS
from newsfold.model import EventKind


#: What a vehicle does in an accident besides crashing: "the bus plunged into a ravine".
_VEHICLE_MISHAPS = frozenset({"plunge", "overturn", "veer", "skid", "topple", "flip", "plummet"})

#: Words of a deed done by people: a "disaster" they are told in was no natural one.
_HUMAN_CAUSES = frozenset({"bomb", "bombing", "bomber", "attack", "attacker", "terrorist", "terrorism", "gunman", "shooting",
                           "hijack", "hijacker", "hijacking"})


#: Makers of aircraft, and the pattern of aircraft models ("Tu-154", "An-26", "A320", "MD-80"): a
#: vehicle as surely as "plane" is.
_AIRCRAFT_MAKERS = frozenset({"boeing", "airbus", "antonov", "tupolev", "ilyushin", "embraer", "bombardier", "cessna", "sukhoi",
                              "yakovlev", "fokker", "learjet", "gulfstream", "beechcraft", "sikorsky", "dornier", "lockheed"})
_AIRCRAFT_MODEL = re.compile(r"(?:Tu|An|Il|Yak|Mi|Su|MD|DC|ATR|CRJ|ERJ|C|KC|CH|UH)-\d{1,3}[A-Z]?|(?:Tu|An|Il|Yak|MD|DC|ATR|CRJ|ERJ)\d{2,3}[A-Z]?"
                             r"|A\d{3}(?:neo|[A-Z])?", re.IGNORECASE)


def _a_vehicle(parse: _Parse, j: int) -> bool:
    """Whether token ``j`` names a vehicle: "plane", "train", or an aircraft's maker or model
    ("a Boeing 737", "the Tu-154")."""
    tok = parse.tokens[j]
    if tok.lemma.lower() in lx.VEHICLES or _AIRCRAFT_MODEL.fullmatch(tok.text):
        return True
    # a maker with its model ("a Boeing 737", "an Antonov An-26"), not its shares ("Boeing shares crashed")
    return tok.text.lower() in _AIRCRAFT_MAKERS and (bool(parse.kids(j, "nummod")) or any(
        parse.tokens[c].lemma.lower() in lx.VEHICLES or _AIRCRAFT_MODEL.fullmatch(parse.tokens[c].text) for c in parse.kids(j, "appos", "compound"))
        or tok.dep == "compound" and (parse.tokens[tok.head].lemma.lower() in lx.VEHICLES or bool(_AIRCRAFT_MODEL.fullmatch(parse.tokens[tok.head].text))))


def _fall_to_death(parse: _Parse, i: int) -> bool:
    """"The climber fell to his death", "plunged to their deaths"."""
    return any(parse.tokens[o].lemma.lower() == "death" for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() == "to"
               for o in parse.kids(p, "pobj"))


def _of_vehicles(parse: _Parse, i: int) -> bool:
    """Whether a crash or collision noun is one of vehicles: named beside it ("a plane crash",
    "the crash of a bus", "a collision between two trains", "a head-on collision with a truck")."""
    tokens = parse.tokens
    near = [*parse.kids(i, "compound", "amod", "nmod"),
            *(o for p in parse.kids(i, "prep") if tokens[p].text.lower() in {"of", "between", "with", "involving"}
              for obj in parse.kids(p, "pobj") for o in [obj, *parse.kids(obj, "conj")]),
            *(o for a in parse.kids(i, "acl") if tokens[a].lemma.lower() == "involve"  # "a crash involving a lorry and two cars"
              for obj in parse.kids(a, "dobj", "obj") for o in [obj, *parse.kids(obj, "conj")])]
    return any(tokens[x].lemma.lower() in lx.VEHICLES for x in near)


def _named_volcano_erupts(parse: _Parse, i: int) -> bool:
    """"Kilauea erupted, sending lava into the streets", "Mount Etna erupted again": a proper name
    erupting in a sentence about a volcano, when nothing says it erupted into something else
    ("Gaza erupted in violence"); not "Trump erupted at reporters"."""
    tokens = parse.tokens
    if not any(tokens[x].pos == "PROPN" for x in parse.kids(i, "nsubj")):
        return False
    sentence = parse.sentence_of(i)  # the whole parse tree of its sentence
    if not any(tokens[j].lemma.lower() in lx.VOLCANIC_WORDS for j in sentence):
        return False
    return not any(tokens[o].pos == "NOUN" for p in parse.kids(i, "prep") if tokens[p].text.lower() in {"in", "into", "with"}
                   for o in parse.kids(p, "pobj"))


#: Works where an explosion is an accident unless a bomb is told: "an explosion at a chemical plant".
_WORKS = frozenset({"plant", "factory", "mine", "refinery", "warehouse", "depot", "mill", "works", "facility", "pipeline",
                    "colliery", "quarry", "foundry", "smelter", "shipyard", "port", "workshop"})


#: What makes a blast an accident when it is named as the cause: "caused by a gas leak".
_ACCIDENT_CAUSES = frozenset({"leak", "nitrate", "fault", "circuit", "short-circuit", "spark", "negligence", "accident", "malfunction",
                              "overheating", "cylinder", "boiler", "gas", "fireworks", "firework", "chemical", "chemicals", "fuel",
                              "explosives", "dust", "methane", "lightning"})


def _accidental_cause(parse: _Parse, i: int) -> bool:
    """ "The blast, caused by ammonium nitrate stored at the port", "an explosion believed to have
    been caused by a gas leak": a cause that makes it an accident (not "caused by a bomb")."""
    holders = [i, parse.tokens[i].head] if parse.tokens[i].dep == "appos" else [i]  # "the August 4 blast, caused by", misread
    told = [j for h in holders for c in parse.kids(h, "acl", "relcl") for j in parse.subtree(c)]
    lemmas = {parse.tokens[j].lemma.lower() for j in told}
    return "cause" in lemmas and bool(lemmas & _ACCIDENT_CAUSES) and not lemmas & _BOMB_WORDS


def _after_clauses(parse: _Parse, i: int) -> list[int]:
    """The verbs of a word's "after" (or "when") clauses: "died after being swept away", "died after his car
    hit a tree", "died when their car rammed into a truck"."""
    tokens = parse.tokens
    out = [v for p in parse.kids(i, "prep") if tokens[p].text.lower() == "after" for v in parse.kids(p, "pcomp")]
    out += [c for c in parse.kids(i, "advcl") if any(tokens[m].text.lower() in {"after", "when"} for m in parse.kids(c, "mark", "advmod"))]
    # "died after a bus overturned", misread as a bus that was overturned
    out += [a for p in parse.kids(i, "prep") if tokens[p].text.lower() == "after" for o in parse.kids(p, "pobj")
            for a in parse.kids(o, "acl") if tokens[a].tag in {"VBD", "VBN"} and not parse.kids(a, "agent")]
    return out


#: Verbs of being carried off by nature: "swept away", "washed away", "buried by a landslide".
_SWEPT = frozenset({"sweep", "wash", "carry", "bury", "drown", "electrocute", "trap", "engulf", "submerge"})
#: Words that make a driver who struck someone the doer of a crime: the car "fled", "manslaughter".
_DRIVER_CULPABLE = frozenset({"flee", "manslaughter", "murder", "homicide", "charge", "deliberately", "intentionally"})
#: Verbs of a vehicle striking someone: "hit by a bus", "run over by a lorry", "mowed down by a truck".
_RUN_DOWN = frozenset({"hit", "strike", "run", "mow", "knock", "crush", "ram"})
_ROAD_VEHICLES = frozenset({"car", "bus", "coach", "minibus", "truck", "lorry", "van", "vehicle", "motorcycle", "motorbike", "taxi",
                            "suv", "pickup", "trailer", "tractor", "matatu", "jeepney", "rickshaw", "jeep", "scooter", "train", "tram"})


def _mishap(parse: _Parse, v: int) -> bool:
    """An accident told by its verb: "(his truck) was swept off a flooded road", "being swept away",
    "their car hit a tree", "a bus plunged into a ravine"."""
    tokens = parse.tokens
    lemma = tokens[v].lemma.lower()
    if {tokens[j].lemma.lower() for j in parse.subtree(v)} & (_BOMB_WORDS | {"landmine", "mine", "shell", "gunfire", "bullet"}):
        return False  # "their car was hit by a drone", "their vehicle hit a roadside bomb": an attack
    if lemma in _SWEPT and (parse.kids(v, "auxpass", "prt") or tokens[v].tag == "VBN"):
        return True
    subjects = {tokens[s].lemma.lower() for s in parse.kids(v, "nsubj", "nsubjpass")}
    if tokens[v].dep == "acl" and not subjects:
        subjects = {tokens[tokens[v].head].lemma.lower()}  # "after a bus overturned", misread
    if subjects & _ROAD_VEHICLES and lemma in _VEHICLE_MISHAPS | {"hit", "strike", "crash", "collide", "slam", "smash", "skid", "roll", "ram"}:
        # a car that rammed into a truck; not one "rammed into a crowd" (an attack)
        return not (lemma == "ram" and {tokens[j].lemma.lower() for p in parse.kids(v, "prep") for j in parse.subtree(p)}
                    & (_RAMMED_CROWDS | {"people", "pedestrian", "protester", "demonstrator", "shopper", "worshipper"}))
    # "being hit by a speeding bus", "was run over by a truck"
    drivers = {tokens[o].lemma.lower() for a in parse.kids(v, "agent") for o in parse.kids(a, "pobj")}
    sentence = {tokens[j].lemma.lower() for j in parse.sentence_of(v)}
    # (not "hit by a car that fled the scene ... the driver is facing manslaughter charges": a crime)
    return bool(drivers & _ROAD_VEHICLES) and lemma in _RUN_DOWN and not sentence & _DRIVER_CULPABLE


def _died_in(parse: _Parse, i: int) -> bool:
    """ "Two people died in a crash", "were killed in a collision": a crash that kills is of vehicles."""
    tokens = parse.tokens
    prep = tokens[i].head
    return (tokens[i].dep == "pobj" and tokens[prep].text.lower() in {"in", "after"}
            and tokens[tokens[prep].head].lemma.lower() in {"kill", "die", "injure", "hurt", "wound"}
            and not {tokens[s].lemma.lower() for s in parse.kids(tokens[prep].head, "nsubj", "nsubjpass")} & _MONEYED)


#: Those a market crash hurts: "investors were hurt in the crash".
_MONEYED = frozenset({"investor", "shareholder", "saver", "market", "economy", "company", "bank", "business", "trader", "fund",
                      "pensioner", "homeowner", "stock", "share", "price"})


def _at_a_works(parse: _Parse, i: int) -> bool:
    """ "An explosion at a chemical plant", "a blast in a coal mine": where things explode by accident."""
    return any(parse.tokens[o].lemma.lower() in _WORKS or any(parse.tokens[c].lemma.lower() in {"fireworks", "firework"}
                                                           for c in parse.kids(o, "compound"))  # "at the San Pablito fireworks market"
               for p in parse.kids(i, "prep") if parse.tokens[p].text.lower() in {"at", "in", "inside"} for o in parse.kids(p, "pobj"))


def _shaken_by_nature(parse: _Parse, i: int) -> bool:
    """A verb of shaking whose subject is itself a natural force, in lower case, or one in a series
    of them ("a quake shook Cobb", "a series of aftershocks rattled the city"); not a team ("The
    Lightning rattled Montreal"), a figure ("a flood of lawsuits"), the news or fear of one ("rumours
    of an eruption rattled tourists"), nor "shook off"."""
    tokens = parse.tokens
    if any(tokens[c].lemma.lower() in {"off", "up", "down", "out"} for c in parse.kids(i, "prt")):
        return False
    subjects = parse.kids(i, "nsubj") + ([tokens[i].head] if tokens[i].dep == "relcl" else [])
    for c in subjects:
        heads = [c] + ([p for prep in parse.kids(c, "prep") if tokens[prep].text.lower() == "of" for p in parse.kids(prep, "pobj")]
                       if tokens[c].lemma.lower() in _CAUSE_CONTAINERS else [])
        for h in heads:
            lemma = tokens[h].lemma.lower()
            if tokens[h].pos != "PROPN" and (tokens[h].text[:1].islower() or not parse.kids(h, "det")) and (
                    lemma in lx.NATURAL_CAUSES or lx.NOUN_TRIGGERS.get(lemma) is EventKind.DISASTER) and not _figure_of_speech(parse, h):
                return True
    return False


#: Words for an accident that kills: "killed in a road accident", "died in a mishap", "in the stampede".
_MISHAP_NOUNS = frozenset({"accident", "mishap", "pile-up", "pileup", "derailment", "stampede", "crush", "electrocution"})


def _hit_and_run(parse: _Parse, h: int) -> bool:
    """Whether an accident noun is a hit-and-run's ("a hit and run accident"): a driver who fled, a crime."""
    words = " ".join(parse.tokens[k].text.lower() for k in range(max(0, h - 6), h))
    return bool(re.search(r"\bhit\s*-?\s*and\s*-?\s*run\b", words))


#: Words that hold the cause after "of": "days of heavy rain", "a series of landslides".
_CAUSE_CONTAINERS = frozenset({"day", "week", "hour", "night", "month", "series", "spell", "period"})


def _disaster_antecedent(parse: _Parse, i: int) -> bool:
    """A casualty verb in a relative clause on a word for a disaster: "the worst disaster of 2003,
    in which 31,000 people were killed". When the parser hangs the clause on a date ("the worst
    disaster in December 2003, in which ..."), the noun just before the date is the antecedent."""
    tokens = parse.tokens
    if tokens[i].dep != "relcl":
        return False
    head = tokens[i].head
    antecedents = [head]
    if tokens[head].ent_type in {"DATE", "TIME"}:
        antecedents += [j for j in range(head - 1, max(-1, head - 6), -1) if tokens[j].pos == "NOUN"][:1]
    if any(tokens[j].lemma.lower() in _HUMAN_CAUSES for j in parse.sentence_of(i)):
        return False  # "the Lockerbie disaster in December 1988, in which 270 were killed" was a bombing
    # (a disaster's own noun, "the floods in March, which killed 23", is the event the deaths join)
    if any(tokens[h].lemma.lower() in {"disaster", "catastrophe"} for h in antecedents):
        return True
    # "the collapse of a concrete canopy at the station that killed 16": the clause hangs on what collapsed
    of = tokens[head].head
    return (tokens[head].dep == "pobj" and tokens[of].text.lower() == "of" and tokens[of].head != of
            and tokens[tokens[of].head].lemma.lower() in _MISHAP_NOUNS | {"collapse", "cave-in", "sinking", "capsizing"})
