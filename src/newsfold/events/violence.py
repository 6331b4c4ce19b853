"""The sense checks of the words of violence, crime, policing, protest and war, each ruling one
reading of a trigger in or out for :func:`~newsfold.events.triggers._trigger_kind`: whether
"seized" takes people, robbers took something, "storm" or "occupy" is protesters', a strike is
one of labour or of warplanes, "blew up" is a bombing, "fire" the fire of weapons, "found dead"
a killing, someone is held in custody or gave himself up, an operation is one of police or of
troops, and which attack or fighting a death is told in.
"""

from __future__ import annotations

import re

from newsfold import lexicon as lx
from newsfold.aliases import country_of
from newsfold.events.contexts import _ATTACKERS, _BLOCKADERS, _CROWDS, _HUMAN_NOUNS, _PROTESTING_PEOPLE, _a_person, _sports_context
from newsfold.events.parse import (
    _LIGHT_VERBS,
    _MILITARY_CONTEXT,
    _PAST_TAGS,
    _POLICE_CONTEXT,
    _Parse,
    _doing_subjects,
    _prep_objects,
)
from newsfold.model import EventKind


#: Police/military context words that make weak noun triggers ("operation", "raid") eventful.
_SECURITY_CONTEXT = frozenset({"police", "security", "force", "army", "military", "troop", "soldier", "officer",
                               "authority", "militant", "jihadist", "rebel", "insurgent", "coalition", "air",
                               "special", "counter", "terror", "terrorist", "anti", "joint", "gunman", "attacker"})


def _people_taken(parse: _Parse, i: int) -> bool:
    """Whether what a verb of taking takes, in its own noun phrases (not "from" whom), is people
    and no goods but what comes with them: "seized three suspects", "seizing 12 Somali and 11
    Yemeni nationals as well as arms"; not "seized 30 kg of cocaine" nor "seized the town"."""
    tokens = parse.tokens
    nouns: list[int] = []
    todo = list(parse.kids(i, "dobj", "nsubjpass", "obj"))
    while todo:
        j = todo.pop()
        if tokens[j].pos in {"NOUN", "PROPN", "ADJ"}:
            nouns.append(j)
        todo += [c for c in parse.kids(j) if tokens[c].dep in {"conj", "amod", "compound", "appos"}]
    people = [j for j in nouns if _a_person(parse, j) or tokens[j].lemma.lower() in _HUMAN_NOUNS | _SEIZED_PEOPLE
              or tokens[j].ent_type == "NORP" and parse.kids(j, "nummod")]
    goods = [j for j in nouns if j not in people and tokens[j].lemma.lower() not in _SEIZED_THINGS and tokens[j].ent_type != "NORP"
             and tokens[j].dep != "amod"]
    return bool(people) and not goods


#: People who may be "seized" (taken into custody), beside the usual words for people.
_SEIZED_PEOPLE = frozenset({"national", "citizen", "crew", "crewman", "pirate", "smuggler", "gunman", "militant", "fighter",
                            "soldier", "fisherman", "sailor", "migrant", "hostage", "dealer", "trafficker"})
#: What is seized beside people in one breath ("seizing 12 nationals as well as arms").
_SEIZED_THINGS = frozenset({"arm", "arms", "weapon", "equipment", "ammunition", "drug", "cash", "money", "boat", "vehicle"})

#: Who takes by force: robbers, gunmen, bandits, and armed or masked men.
_ROBBERS = frozenset({"robber", "gunman", "gunmen", "bandit", "raider", "hijacker", "pirate"})


def _robbers_take(parse: _Parse, i: int) -> bool:
    """A verb of taking whose subject is robbers, in the past: "four armed robbers made off with
    $137 million of jewels", "gunmen stole the payroll", "pirates seized (boarded) a bulk carrier";
    not "thieves stole a bicycle" (a theft, no violence), "made a statement" nor "the robber will grab"."""
    t = parse.tokens[i]
    lemma = t.lemma.lower()
    if t.tag not in _PAST_TAGS or t.dep in {"amod", "acl"}:
        return False
    if lemma == "make" and not (any(parse.tokens[c].lemma.lower() == "off" for c in parse.kids(i, "prt", "prep"))):
        return False  # "made off with", not "made a statement"
    if lemma in {"seize", "board"} and not parse.kids(i, "dobj", "obj"):
        return False  # "software pirates seized on the leak"
    subjects = parse.kids(i, "nsubj") or (parse.kids(t.head, "nsubj") if t.dep == "conj" else [])
    for s in subjects:
        tok = parse.tokens[s]
        if tok.lemma.lower() in _ROBBERS or tok.text.lower() in _ROBBERS:
            return True
        if tok.lemma.lower() in {"man", "men"} and any(parse.tokens[a].lemma.lower() in {"armed", "masked"} for a in parse.kids(s, "amod")):
            return True
    return False


#: Who takes a surrender into custody: "surrendered to police", "to FBI agents".
_CUSTODIANS = frozenset({"police", "authority", "officer", "agent", "detective", "deputy", "sheriff", "marshal", "fbi",
                         "investigator", "trooper", "constable", "gendarme"})


def _gave_up_to_police(parse: _Parse, i: int) -> bool:
    """A person giving themselves up: "turned himself in to police", "gave herself up", "surrendered
    to FBI agents"; not "rebels surrendered their weapons", "turned the evidence in", nor "the army
    surrendered the town"."""
    tokens = parse.tokens
    lemma = tokens[i].lemma.lower()
    particles = {tokens[c].lemma.lower() for c in parse.kids(i, "prt", "advmod")}
    reflexive = any(tokens[c].text.lower() in _REFLEXIVES for c in parse.kids(i, "dobj", "obj"))
    if lemma == "turn" and reflexive and "in" in particles | {tokens[c].text.lower() for c in parse.kids(i, "prep")}:
        return True
    if lemma == "give" and reflexive and "up" in particles:
        return True
    if lemma == "surrender" and not parse.kids(i, "dobj", "obj"):
        to = [o for p in parse.kids(i, "prep") if tokens[p].text.lower() == "to" for o in parse.kids(p, "pobj")]
        return any(tokens[x].lemma.lower() in _CUSTODIANS or "police" in tokens[x].text.lower()
                   for o in to for x in [o, *parse.kids(o, "compound")])
    return False


def _stormed_in_protest(parse: _Parse, i: int) -> bool:
    """Whether "storm" at ``i`` tells protesters forcing their way in ("a group of about 200
    communists stormed the Acropolis"); not gunmen or police storming a building."""
    tokens = parse.tokens
    doers = [x for d in _doing_subjects(parse, i) for x in [d, *(o for p in parse.kids(d, "prep") if tokens[p].text.lower() == "of"
                                                              for o in parse.kids(p, "pobj"))]]
    return any(tokens[d].lemma.lower() in _PROTESTING_PEOPLE | {"communist", "rioter", "mob", "youth", "anarchist"} for d in doers)


def _occupied_in_protest(parse: _Parse, i: int) -> bool:
    """Whether "occupy" at ``i`` tells protesters taking a place: "hundreds of students occupied
    the parliament"; not "troops occupied the town", nor who lives or works somewhere ("a
    dormitory occupied by students")."""
    tokens = parse.tokens
    if tokens[i].dep in {"acl", "relcl", "amod"} or parse.kids(i, "auxpass"):
        return False  # "a dormitory occupied by students", "the flat, occupied by three students": who lives there
    doers = parse.kids(i, "nsubj")
    doers += [o for d in doers for p in parse.kids(d, "prep") if tokens[p].text.lower() == "of" for o in parse.kids(p, "pobj")]
    return any(tokens[d].lemma.lower() in _PROTESTING_PEOPLE for d in doers)


#: Verbs of coming upon a thing, whose state a participle may tell ("found the car torched").
_FINDING = frozenset({"find", "discover", "locate", "recover", "spot"})


def _found_so(parse: _Parse, i: int) -> bool:
    """Whether participle ``i`` tells the state a vehicle was found in: "police found the car
    torched", "the getaway van was found burned out"; not "rioters torched a car"."""
    tokens = parse.tokens
    t = tokens[i]
    if t.tag != "VBN":
        return False
    head = tokens[t.head]
    if t.dep in {"acl", "amod"} and head.lemma.lower() in lx.VEHICLES:  # "found the car — torched and unoccupied —"
        return tokens[head.head].lemma.lower() in _FINDING and head.dep in {"dobj", "obj", "nsubjpass"}
    if parse.kids(i, "agent", "mark", "nsubj", "nsubjpass", "aux", "auxpass"):
        return False  # "recovered the van after it had been torched by arsonists": a deed told in its own clause
    if t.dep in {"oprd", "xcomp", "advcl", "ccomp", "acomp"} and head.lemma.lower() in _FINDING:  # "was found torched"
        return any(tokens[x].lemma.lower() in lx.VEHICLES for x in parse.kids(head.i, "dobj", "obj", "nsubjpass"))
    return False


#: What is killed in politics and business, not in violence.
_KILLABLE_PLANS = frozenset({"bill", "measure", "proposal", "plan", "deal", "idea", "project", "motion", "amendment", "legislation",
                             "reform", "merger", "bid", "talk", "initiative", "scheme", "story", "rumour", "rumor", "momentum",
                             "game", "contest", "match", "tie", "chance", "hope", "mood", "buzz", "engine", "light", "power",
                             "career", "prospect", "appetite", "demand", "sale", "growth", "deal-making"})

_MISSILES_THROWN = frozenset({"stone", "rock", "bottle", "brick", "molotov", "projectile", "firecracker", "egg", "firework",
                              "fireworks",
                              "cocktail", "object", "flare"})
_THOROUGHFARES = frozenset({"road", "highway", "street", "motorway", "traffic", "railway", "rail", "bridge", "entrance",
                            "junction", "intersection", "border", "crossing", "port", "access", "route", "track", "line"})
_LAW_AND_ORDER = frozenset({"police", "officer", "policeman", "riot", "force", "troop", "soldier", "guard", "gendarme", "car", "vehicle"})


#: Words that make a strike one of labour: "a general strike", "a hunger strike", "a strike by teachers".
_LABOUR_STRIKES = frozenset({"general", "hunger", "labour", "labor", "shutter-down", "shutter", "nationwide", "national", "wildcat",
                             "transport", "rail", "teacher", "doctor", "nurse", "worker", "union", "trader", "trucker",
                             "24-hour", "48-hour", "one-day", "two-day", "three-day", "indefinite", "sit-down", "pay"})
_STRIKE_HOLDING = frozenset({"observe", "stage", "hold", "launch", "begin", "start", "join", "call", "declare", "mount", "end",
                             "continue", "extend", "paralyse", "paralyze", "cripple", "shut", "halt", "disrupt"})


def _labour_strike(parse: _Parse, i: int) -> bool:
    """A strike of workers, not of warplanes: "traders observed a shutter-down strike", "a general
    strike paralysed Athens", "a strike by doctors"; not "an air strike" nor "a drone strike"."""
    tokens = parse.tokens
    mods = {tokens[c].lemma.lower() for c in parse.kids(i, "amod", "compound", "nmod")}
    mods |= {tokens[c].lemma.lower() for c in parse.kids(i, "poss")} & (_CROWDS | {"union", "workforce"})  # "the union's last strike"
    if mods & {"air", "drone", "missile", "military", "rocket", "airstrike", "aerial", "precision", "retaliatory", "pre-emptive",
               "preemptive", "nuclear", "israeli", "russian", "us", "u.s."} or _MILITARY_CONTEXT & {
            tokens[j].lemma.lower() for j in range(max(0, i - 12), min(len(tokens), i + 12))}:
        return False
    by = {tokens[o].lemma.lower() for p in parse.kids(i, "prep") if tokens[p].text.lower() == "by" for o in parse.kids(p, "pobj")}
    holder = tokens[tokens[i].head] if tokens[i].dep in {"dobj", "obj", "nsubj", "nsubjpass"} else None
    holders = {tokens[s].lemma.lower() for s in parse.kids(holder.i, "nsubj")} if holder is not None else set()
    # "traders observed a strike", "nurses began a strike at three hospitals": held by people who work
    if mods & (_LABOUR_STRIKES | _CROWDS | {"union", "workforce"}) or by & (_CROWDS | _LABOUR_STRIKES) or holders & (_CROWDS | _LABOUR_STRIKES):
        return True
    if any(tokens[p].text.lower() in {"on", "at"} and any(tokens[o].ent_type not in {"DATE", "TIME"} for o in parse.kids(p, "pobj"))
           for p in parse.kids(i, "prep")):
        return False  # "launched a strike on a building in Rafah": a blow struck (not "a strike on Saturday")
    return holder is not None and holder.lemma.lower() in _STRIKE_HOLDING and not holders


#: What protesters carry or do as they gather: "holding placards", "chanting slogans".
_PROTEST_SIGNS = frozenset({"placard", "slogan", "effigy"})
#: What else people gather for, and crowds that gather for other things than protest.
_OTHER_GATHERINGS = frozenset({"welcome", "celebrate", "mourn", "pray", "watch", "hear", "attend", "greet", "honour", "honor", "remember",
                               "funeral", "ceremony", "prayer", "celebration", "vigil", "service", "match", "concert", "festival"})
_OTHER_CROWDS = frozenset({"mourner", "pilgrim", "fan", "worshipper", "supporter", "spectator", "tourist", "shopper", "well-wisher"})


def _many_people(parse: _Parse, subjects: list[int]) -> bool:
    """Whether a deed's subjects are many people ("hundreds of residents", "dozens"), not one."""
    return any(parse.tokens[s].tag in {"NNS", "NNPS"} or parse.tokens[s].lemma.lower() in {"crowd", "group", "hundred", "thousand", "dozen", "mob"}
               for s in subjects)


def _protest_act(parse: _Parse, i: int) -> EventKind | None:
    """A protest told by what the protesters did: "rail workers walked off the job", "youths threw
    stones at police", "residents have blocked the main road to the mine"; not "police blocked the
    road" nor "he threw a ball at the officer's feet"."""
    tokens = parse.tokens
    lemma = tokens[i].lemma.lower()
    subjects = _doing_subjects(parse, i) or (_doing_subjects(parse, tokens[i].head) if tokens[i].dep in {"conj", "advcl", "xcomp"} else [])
    doers = {tokens[s].lemma.lower() for s in subjects}  # "activists who glued themselves to the road and blocked traffic"
    if lemma == "walk" and ("job" in _prep_objects(parse, i, "off") or doers & _CROWDS and any(
            tokens[c].text.lower() == "out" for c in parse.kids(i, "prt", "advmod")) and not _sports_context(parse, i)):
        return EventKind.PROTEST  # "walked off the job", "nurses walked out"; not "the striker walked off the pitch"
    objects = {tokens[o].lemma.lower() for o in parse.kids(i, "dobj", "obj")}
    purposes = {tokens[x].lemma.lower() for x in parse.kids(i, "advcl", "xcomp")} | {
        tokens[o].lemma.lower() for p in parse.kids(i, "prep") if tokens[p].text.lower() == "for" for o in parse.kids(p, "pobj")}
    if lemma in {"gather", "assemble", "converge", "congregate"} and (doers & _BLOCKADERS or _many_people(parse, subjects)) and (
            {tokens[j].lemma.lower() for j in parse.subtree(i)} & _PROTEST_SIGNS
            or purposes & {"demand", "denounce", "condemn", "oppose"}) and not purposes & _OTHER_GATHERINGS and not doers & _OTHER_CROWDS:
        # "traders gathered outside the Civic Centre, holding placards"; not "gathered ... to protest", which the
        # protest verb tells, nor mourners, pilgrims or fans "holding banners" to welcome the team home
        return EventKind.PROTEST  # "about 50 traders gathered outside the Civic Centre, holding placards"
    if lemma == "down" and (objects | ({tokens[tokens[i].head].lemma.lower()} if tokens[i].dep == "amod" else set())) & {"tool", "tools"} \
            and tokens[i].tag in {"VBD", "VBN", "VBG"}:  # (the parser may read "downed tools" as tools that are downed)
        return EventKind.PROTEST  # "2,000 workers downed tools on Monday": a strike
    if (lemma in {"throw", "hurl"} and objects & _MISSILES_THROWN and _prep_objects(parse, i, "at") & _LAW_AND_ORDER
            or lemma == "pelt" and objects & _LAW_AND_ORDER):
        return EventKind.PROTEST  # a riot, which the news and the GUIDE type as a protest
    armed = any(_armed(parse, s) or tokens[s].lemma.lower() in _ATTACKERS or any(
        tokens[o].lemma.lower() in _ATTACKERS | {"gunman", "bandit"} for p in parse.kids(s, "prep") for o in parse.kids(p, "pobj"))
        for s in subjects)  # "a group of gunmen blocked the highway"
    many = _many_people(parse, subjects)  # protesters, not "a truck driver blocked the road"
    if lemma in {"block", "barricade", "blockade"} and doers & _BLOCKADERS and not doers & _LAW_AND_ORDER and objects & _THOROUGHFARES \
            and many and not armed:
        return EventKind.PROTEST
    return None


_RELIEF_WORDS = frozenset({"flood", "floodwater", "relief", "earthquake", "quake", "storm", "cyclone", "hurricane", "typhoon",
                           "evacuate", "evacuation", "humanitarian", "landslide", "wildfire", "disaster"})
_MILITARY_UNITS = frozenset({"troop", "soldier", "force", "marine", "paratrooper", "commando", "warship", "battalion",
                             "brigade", "unit", "jet", "warplane", "army", "navy", "sailor", "frigate", "destroyer"})


def _military_act(parse: _Parse, i: int) -> bool:
    """A military operation told by what the force did: "deployed 500 soldiers to the border",
    "navy commandos boarded a hijacked ship and freed its crew"; not "deployed a new app" nor
    "police freed the hostages" (a police operation)."""
    tokens = parse.tokens
    lemma = tokens[i].lemma.lower()
    objects = [tokens[o].lemma.lower() for o in parse.kids(i, "dobj", "obj")]
    sentence = {t.lemma.lower() for t in tokens[max(0, i - 25): i + 25]}
    if sentence & _RELIEF_WORDS:
        return False  # "soldiers rescued 200 villagers trapped by floodwaters", "deployed troops to help with relief"
    if lemma == "deploy":
        return bool(set(objects) & _MILITARY_UNITS) and not {"police", "policeman", "officer"} & set(objects)
    subjects = [j for s in _doing_subjects(parse, i) for j in [s, *parse.kids(s, "compound", "amod")]
                for j in [j, *parse.kids(j, "compound")]]  # "an Italian navy patrol ship"
    military = {tokens[j].lemma.lower() for j in subjects} & (_MILITARY_UNITS | {"military", "naval", "special"})
    if lemma in {"free", "rescue"} and military:
        return any(tokens[o].lemma.lower() in {"crew", "hostage", "sailor", "captive", "seafarer", "passenger", "migrant", "refugee",
                                               "fisherman", "survivor", "people"} or _a_person(parse, o)
                   for o in parse.kids(i, "dobj", "obj"))
    if lemma == "board" and military:
        return any(tokens[o].lemma.lower() in lx.VESSELS | {"carrier", "freighter", "tanker", "dhow", "skiff"} for o in parse.kids(i, "dobj", "obj"))
    return False


def _armed(parse: _Parse, j: int) -> bool:
    """ "A man armed with a knife", "an armed man": someone who came armed."""
    return any(parse.tokens[c].lemma.lower() == "armed" or parse.tokens[c].text.lower() == "armed"
               for c in parse.kids(j, "acl", "amod"))


def _blown_up(parse: _Parse, i: int) -> bool:
    """ "Blew himself up", "blew up a bridge", "blew the car up": a bombing; not "blew up at
    reporters", "the deal blew up" or "blew up balloons"."""
    if not any(parse.tokens[c].text.lower() == "up" for c in parse.kids(i, "prt", "advmod")):
        return False
    objects = parse.kids(i, "dobj", "obj")
    if any(parse.tokens[o].lemma.lower() in {"himself", "herself", "themselves", "itself"} for o in objects):
        return True
    return any(parse.tokens[o].lemma.lower() in _BLOWN_TARGETS for o in objects) or any(
        parse.tokens[s].lemma.lower() in _ATTACKERS for s in _doing_subjects(parse, i))


#: What is blown up in attacks: the targets that make "blew up X" a bombing.
_BLOWN_TARGETS = frozenset({"bridge", "building", "car", "vehicle", "bus", "truck", "pipeline", "railway", "rail", "track",
                            "train", "station", "tower", "house", "home", "office", "checkpoint", "convoy", "mosque",
                            "church", "shrine", "dam", "plant", "embassy", "school", "depot", "tank", "jeep", "road"})


#: Subjects that deny anyone is held: "no one is in custody".
_NOBODY = frozenset({"no one", "nobody", "none", "noone"})


def _held_in_custody(parse: _Parse, i: int) -> bool:
    """Whether "is/are in custody" at ``i`` tells that someone is held by the police: "13 people
    are in custody", "the suspect is in police custody"; not "no one is in custody", "the
    suspect is not in custody" nor "the children are in the custody of their grandmother"."""
    tokens = parse.tokens
    subjects = parse.kids(i, "nsubj")
    if not subjects or parse.kids(i, "neg"):
        return False
    for s in subjects:
        words = " ".join(tokens[k].text.lower() for k in parse.subtree(s))
        if words in _NOBODY or any(tokens[d].lemma.lower() in {"no", "none"} for d in parse.kids(s, "det", "neg")):
            return False
    for prep in parse.kids(i, "prep"):
        if tokens[prep].text.lower() != "in":
            continue
        for custody in parse.kids(prep, "pobj"):
            if tokens[custody].lemma.lower() != "custody":
                continue
            if parse.kids(custody, "poss") or any(tokens[p].text.lower() == "of" for p in parse.kids(custody, "prep")):
                return False  # "in his father's custody", "in the custody of their grandmother"
            return True
    return False


def _armed_clash(parse: _Parse, i: int) -> bool:
    """A clash between armed sides ("died in clashes with rebels near Goma", "security forces
    clashed with gunmen"); clashes of protesters with police are the protest's."""
    near = {parse.tokens[j].lemma.lower() for j in range(max(0, i - 12), min(len(parse.tokens), i + 12))}
    return bool(near & _ARMED_WORDS)


def _armed_sides(parse: _Parse, i: int) -> bool:
    """The sides of a clash told by its verb include an armed one: "security forces clashed with
    gunmen", "troops clashed with rebels" (its subject, or what it clashed with)."""
    tokens = parse.tokens
    sides = [*parse.kids(i, "nsubj"), *(c for p in parse.kids(i, "prep") if tokens[p].text.lower() == "with" for c in parse.kids(p, "pobj"))]
    words = {tokens[j].lemma.lower() for s in sides for j in parse.subtree(s)}
    return bool(words & _ARMED_WORDS - {"group", "air"})


_PLACE_NOUNS = frozenset({"city", "town", "village", "district", "area", "territory", "stronghold", "base", "neighbourhood",
                          "neighborhood", "airport", "province", "region", "side", "part", "bank", "outskirts", "centre",
                          "center", "control", "hill", "port", "border", "crossing", "road", "highway", "bridge", "street",
                          "coast", "coastline", "shore", "island", "islands", "mountain", "mountains", "valley", "heart",
                          "capital", "suburb", "suburbs", "countryside", "tip", "edge", "resort", "canton", "commune",
                          "municipality", "county", "township", "hamlet", "locality", "settlement", "governorate", "prefecture"})

#: What records a scene: a capture by one of them is a picture, not an arrest.
_RECORDERS = frozenset({"video", "camera", "footage", "photo", "photograph", "image", "cellphone", "phone", "surveillance",
                        "lens", "photographer", "film", "tape", "webcam", "dashcam", "bodycam", "cctv", "drone"})


def _on_camera(parse: _Parse, i: int) -> bool:
    """A capture by or on a recording: its subject records ("video captured the boats") or it is
    "captured on video", "caught on camera"."""
    tokens = parse.tokens
    if any(tokens[x].lemma.lower() in _RECORDERS for s in parse.kids(i, "nsubj") for x in [s, *parse.kids(s, "compound")]):
        return True
    for p in parse.kids(i, "prep"):
        prep = tokens[p].text.lower()
        for o in parse.kids(p, "pobj"):
            # "on surveillance video", "by a traffic camera", "in a photo"; not "in a video store"
            words = [o, *parse.kids(o, "compound")] if prep in {"on", "by"} else [o] if prep == "in" else []
            if any(tokens[w].lemma.lower() in _RECORDERS for w in words):
                return True
    return False


#: Words that make a report one of a killing, so that the people "found dead" in it were killed.
_MURDER_WORDS = frozenset({"murder", "murderer", "homicide", "slaying", "slay", "killer", "kill", "killing", "strangle",
                           "stab", "stabbing", "gunman", "shoot", "shooting"})


def _found_murdered(parse: _Parse, i: int) -> bool:
    """Whether "found" tells people found dead ("four people were found dead in a burning
    house") in a report that speaks of a killing anywhere ("murder", "homicide", "killed", "a
    gunman"); in a report of a storm, or of a death alone, the dead were not killed."""
    tokens = parse.tokens
    if not any(tokens[c].lemma.lower() == "dead" for c in parse.kids(i, "oprd", "acomp", "xcomp")):
        return False
    if not any(_a_person(parse, x) or tokens[x].pos == "PRON" for x in parse.kids(i, "nsubjpass", "dobj")):
        return False
    return any(tok.lemma.lower() in _MURDER_WORDS for tok in tokens if tok.i != i)


def _bomb_told(parse: _Parse, i: int) -> bool:
    """Whether the words around a blast tell of a bomb or an attacker ("a bomb exploded at a
    plant"; "a suicide bomber drove a car into a fuel tanker. The tanker exploded"), not ones
    denied ("there was no evidence of sabotage", "police ruled out an attack")."""
    tokens = parse.tokens
    return any(tokens[j].lemma.lower() in _BOMB_WORDS and not _DENIED_BEFORE.search(
        " ".join(t.text.lower() for t in tokens[max(0, j - 4):j])) for j in range(max(0, i - 30), min(len(tokens), i + 30)))


#: Words just before a bomb word that deny it: "no evidence of sabotage", "ruled out a bomb".
_DENIED_BEFORE = re.compile(r"\b(?:no|not|without|ruled out|rule out|rules out|denied|denies)\b")


_BOMB_WORDS = frozenset({"bomb", "bomber", "explosive", "device", "ied", "grenade", "suicide", "attack", "attacker", "militant",
                         "terrorist", "sabotage", "rocket", "missile", "drone", "shell", "mortar", "strike", "insurgent"})

#: Fired or dropped munitions that strike by themselves: "a rocket struck a school".
_MUNITIONS = frozenset({"bomb", "shell", "mortar", "rocket", "missile", "drone", "grenade", "device", "ied", "projectile",
                        "munition", "shrapnel"})


def _a_munition(parse: _Parse, x: int, verb: str) -> bool:
    """Whether a subject is a fired or dropped munition: "a guided bomb", "five mortar shells", "an
    explosive device"; not the company Shell, nor "the rocket landed safely" (a rocket or a drone
    that lands is one only where the sentence tells of violence)."""
    tok = parse.tokens[x]
    lemma = tok.lemma.lower()
    if tok.pos != "NOUN" or lemma not in _MUNITIONS or not tok.text[:1].islower():
        return False
    if lemma == "device" and not any(parse.tokens[c].lemma.lower() in {"explosive", "improvised"} for c in parse.kids(x, "amod", "compound")):
        return False
    if verb == "land" and lemma in {"rocket", "drone", "missile"}:
        near = {t.lemma.lower() for t in parse.tokens[max(0, x - 20): x + 25]}
        return bool(near & (_BOMB_WORDS - {"rocket", "missile", "drone", "strike"} | set(lx.CASUALTY_VERBS) | {"wound", "injure", "damage"}))
    return True


#: What makes "fire" the fire of weapons: "rocket fire", "sniper fire", "opened fire".
_WEAPONS = frozenset({"rocket", "gun", "sniper", "mortar", "artillery", "tank", "machine", "machine-gun", "automatic",
                      "small", "cross", "friendly", "enemy", "heavy", "live", "return", "rifle", "police", "army", "shell",
                      "missile", "cannon", "anti", "aircraft", "naval", "militant", "rebel"})


def _weapon_fire(parse: _Parse, h: int) -> bool:
    """``h`` is the fire of weapons, not a blaze: "hit by rocket fire", "traded gunfire", "opened fire"."""
    tok = parse.tokens[h]
    lemma = tok.lemma.lower()
    if lemma in {"gunfire", "crossfire", "shellfire", "gunshot"}:
        return True
    if lemma != "fire":
        return False
    if any(parse.tokens[c].lemma.lower() in _WEAPONS for c in parse.kids(h, "compound", "amod", "nmod")):
        return True
    opened = {"open", "return", "exchange", "trade"}  # "opened fire", even when parsed as "an opened fire"
    return (tok.dep in {"dobj", "obj"} and tok.head != h and parse.tokens[tok.head].lemma.lower() in opened
            or h > 0 and parse.tokens[h - 1].lemma.lower() in opened)


#: Those a vehicle is driven into in a ramming.
_RAMMED_CROWDS = frozenset({"crowd", "pedestrian", "people", "shopper", "worshipper", "worshiper", "protester", "demonstrator",
                     "reveller", "reveler", "spectator", "fan", "marcher", "passer-by", "passerby", "commuter", "tourist"})


def _rammed_into_people(parse: _Parse, i: int) -> bool:
    """ "Drove a truck into a crowd", "ploughed his car into pedestrians": a vehicle driven into people
    on purpose; not a driver who "lost control" and ploughed into them."""
    tokens = parse.tokens
    into = [o for p in parse.kids(i, "prep") if tokens[p].text.lower() in {"into", "through"} for o in parse.kids(p, "pobj")]
    into += [x for o in into for p in parse.kids(o, "prep") if tokens[p].text.lower() == "of" for x in parse.kids(p, "pobj")]
    if not any(tokens[o].lemma.lower() in _RAMMED_CROWDS for o in into):  # ("into a group of pedestrians")
        return False
    vehicle = [o for o in parse.kids(i, "dobj", "obj") if tokens[o].lemma.lower() in lx.VEHICLES]
    subjects = [tokens[s].lemma.lower() for s in parse.kids(i, "nsubj")]
    if not vehicle and not set(subjects) & (lx.VEHICLES | {"driver", "man", "attacker", "assailant", "suspect", "woman"}):
        return False
    sentence = {tokens[j].lemma.lower() for j in parse.sentence_of(i)}
    if sentence & {"control", "accident", "accidentally", "brake", "skid", "medical", "seizure", "crash", "avoid", "swerve"}:
        return False
    # "drove a van into pedestrians before stabbing people": the stabbing tells the attack, and where
    then = [v for c in parse.kids(i, "advcl", "conj", "prep") for v in [c, *parse.kids(c, "pcomp")]]
    return not any(tokens[v].lemma.lower() in {"stab", "shoot", "attack", "hack", "slash", "open"} for v in then)


def _kills(parse: _Parse, j: int) -> bool:
    """Whether a noun is the subject of a verb of killing: "fighting killed 30", "the battle left 1,000
    people dead", "fighting that claimed 40 lives"."""
    tokens = parse.tokens
    verbs = [tokens[j].head] if tokens[j].dep in {"nsubj", "csubj"} else []
    verbs += [r for r in parse.kids(j, "relcl")]  # "fighting that left 40 dead"
    for v in verbs:
        lemma = tokens[v].lemma.lower()
        objects = parse.kids(v, "dobj", "obj")
        # people counted: "killed 30", "claimed 40 lives", "left more than 1,000 people dead"; not "claimed
        # her life" (an illness), "killed the merger" (a lawsuit)
        counted = any(parse.kids(o, "nummod") or tokens[o].like_num or tokens[o].lemma.lower() in {"dozen", "hundred", "thousand"}
                      for o in objects) and not {tokens[o].lemma.lower() for o in objects} & _KILLABLE_PLANS
        if lemma in {"kill", "claim"} and counted:
            return True
        if lemma == "leave" and any(tokens[k].lemma.lower() in {"dead", "killed"} for k in parse.subtree(v)) and (
                counted or any(tokens[k].like_num for k in parse.subtree(v))):
            return True
    return False


def _violent_cause(parse: _Parse, i: int) -> EventKind | None:
    """The kind of the attack or fighting a death is told in: "killed in an Israeli air strike",
    "died in clashes", "killed by a roadside bomb blast", "were killed and 48 injured in the
    attack"; ``None`` when no such noun is there."""
    told = [i] + [c for c in parse.kids(i, "conj") if parse.tokens[c].lemma.lower() in lx.CASUALTY_VERBS]
    # ("they killed 15 insurgents in clashes": the parser may hang the clashes on the dead)
    preps = [p for v in told for p in parse.kids(v, "prep", "agent")]
    preps += [p for v in told for o in parse.kids(v, "dobj", "obj") for p in parse.kids(o, "prep")]
    for prep in preps:
        if parse.tokens[prep].text.lower() not in {"in", "by", "during"}:
            continue
        for obj in parse.kids(prep, "pobj"):
            for h in [obj, *parse.kids(obj, "conj")]:
                lemma = parse.tokens[h].lemma.lower()
                kind = lx.NOUN_TRIGGERS.get(lemma)
                if kind in {EventKind.ATTACK, EventKind.MILITARY_OPERATION} and parse.tokens[h].ent_type not in {"DATE", "TIME"}:
                    return kind
                if parse.tokens[h].ent_type in {"DATE", "TIME"} or parse.tokens[h].text == "March":
                    continue  # "In March, a gunman killed four": the month
                if (kind is EventKind.PROTEST or lemma in {"unrest", "riot", "riots"}) and parse.tokens[prep].text.lower() != "by":
                    return EventKind.PROTEST  # "two people were killed in that unrest": the protest's dead
    return None


def _object_is_place(parse: _Parse, i: int) -> bool:
    for c in parse.kids(i, "dobj", "nsubjpass", "obj"):
        tok = parse.tokens[c]
        if tok.lemma.lower() in _HUMAN_NOUNS or tok.ent_type in {"PERSON", "NORP"}:
            return False
        if tok.ent_type in {"GPE", "LOC", "FAC"} or tok.lemma.lower() in _PLACE_NOUNS:
            return True
    return False


_ARMED_GROUPS = frozenset({"gunman", "militant", "rebel", "insurgent", "jihadist", "group", "fighter", "attacker", "bandit",
                           "militia", "terrorist", "assailant", "extremist"})
#: Words that make a clash one between armed sides.
_ARMED_WORDS = (_MILITARY_CONTEXT | _ARMED_GROUPS) - {"front", "capture", "recapture"}


def _deadly(parse: _Parse, i: int) -> bool:
    """Whether a raid or an operation is told as what killed people: "the raid killed 12", "an
    operation ... left more than 120 people dead"; not "left 30 people homeless"."""
    tok = parse.tokens[i]
    if tok.dep != "nsubj":
        return False
    verb = parse.tokens[tok.head]
    if any(parse.tokens[o].lemma.lower() in _NOBODY or any(parse.tokens[d].lemma.lower() == "no" for d in parse.kids(o, "det"))
           for o in parse.kids(verb.i, "dobj", "obj")):
        return False  # "the raid killed no one"
    if verb.lemma.lower() in {"kill", "claim"}:
        return verb.lemma.lower() == "kill" or any(parse.tokens[j].lemma.lower() == "life" for j in parse.subtree(verb.i))
    return verb.lemma.lower() == "leave" and any(parse.tokens[j].lemma.lower() == "dead" for j in parse.subtree(verb.i) if j > verb.i)


def _operation_kind(parse: _Parse, i: int, default: EventKind) -> EventKind | None:
    """A police operation is an arrest operation; a military one a military operation; a rescue
    operation is neither."""
    if any(parse.tokens[c].lemma.lower() in _RELIEF for c in parse.kids(i, "compound", "amod")):
        return None  # "soldiers and police are leading rescue operations"
    subjects = {parse.tokens[c].lemma.lower() for c in parse.kids(i, "nsubj")}
    if parse.tokens[i].dep == "relcl":
        subjects.add(parse.tokens[parse.tokens[i].head].lemma.lower())
    head = parse.tokens[i].head
    if parse.tokens[i].dep in {"dobj", "obj"} and parse.tokens[head].lemma.lower() in _LIGHT_VERBS:
        # "security forces launched a cordon-and-search operation … after reports of terrorists": the doers of the launching
        doers = {parse.tokens[c].lemma.lower() for c in parse.kids(head, "nsubj")}
        if "force" in doers and {parse.tokens[j].lemma.lower() for j in parse.sentence_of(i)} & (_ARMED_GROUPS - {"group"}):
            return EventKind.MILITARY_OPERATION
    if subjects & _ARMED_GROUPS:
        return EventKind.ATTACK  # "an armed group that has raided villages"
    if subjects & {"police", "officer", "agent", "investigator", "gendarme", "detective"}:
        return EventKind.ATTACK if _deadly(parse, i) else EventKind.ARREST
    if subjects & {"army", "troop", "soldier", "force", "military", "jet", "coalition"} and parse.tokens[i].pos in {"VERB", "AUX"}:
        return EventKind.MILITARY_OPERATION
    lo, hi = max(0, i - 15), min(len(parse.tokens), i + 15)
    words = {parse.tokens[j].lemma.lower() for j in range(lo, hi)}
    police = len(words & _POLICE_CONTEXT)
    military = len(words & _MILITARY_CONTEXT)
    if police == 0 and military == 0:
        return None
    if police >= military:
        # "a police operation in the favelas left 120 people dead": violence, not an arrest operation
        return EventKind.ATTACK if _deadly(parse, i) else EventKind.ARREST
    return EventKind.ATTACK if parse.tokens[i].lemma.lower() == "raid" else EventKind.MILITARY_OPERATION


def _purpose_of_past_action(parse: _Parse, i: int) -> bool:
    """"mounted an operation to dismantle a network": the purpose of something done."""
    tok = parse.tokens[i]
    if tok.dep not in {"advcl", "xcomp", "acl", "relcl"}:
        return False
    head = parse.tokens[tok.head]
    while head.pos not in {"VERB", "AUX"} and head.head != head.i:
        head = parse.tokens[head.head]
    return head.tag in _PAST_TAGS and head.lemma.lower() not in lx.PLOT_LEMMAS and not parse.kids(head.i, "neg")


def _has_security_word(parse: _Parse, i: int) -> bool:
    near = parse.subtree(i) + [parse.tokens[i].head] + parse.kids(parse.tokens[i].head, "nsubj", "nsubjpass")
    words = {parse.tokens[j].lemma.lower() for j in near}
    window = {t.lemma.lower() for t in parse.tokens[max(0, i - 8): i + 8]}
    if (words | window) & _SECURITY_CONTEXT:
        return True
    if parse.tokens[i].lemma.lower() != "strike":
        return False
    # "an Israeli strike", "a Russian strike on Dnipro", "Israeli jets launched a strike on Gaza", "a drone
    # strike": a blow of war, by its maker, its weapon, or the state that launched it at a place
    makers = [c for c in parse.kids(i, "amod", "compound") if parse.tokens[c].ent_type == "NORP" or country_of(parse.tokens[c].text)]
    launched_by = [s for s in parse.kids(parse.tokens[i].head, "nsubj") if parse.tokens[i].dep in {"dobj", "obj"}
                   and parse.tokens[parse.tokens[i].head].lemma.lower() in _LIGHT_VERBS
                   and (parse.tokens[s].ent_type in {"GPE", "NORP"} or country_of(parse.tokens[s].text))]
    on_a_target = any(parse.tokens[p].text.lower() in {"on", "against"} for p in parse.kids(i, "prep"))
    return bool(makers or (words | window) & _WAR_MACHINES or launched_by and on_a_target)


#: Weapons and craft whose strikes are blows of war.
_WAR_MACHINES = frozenset({"jet", "warplane", "drone", "missile", "rocket", "bomber", "aircraft", "artillery", "navy", "warship",
                           "helicopter", "gunship", "airstrike", "f-16", "fighter"})


def _weak_noun_anchored(parse: _Parse, i: int) -> bool:
    sub = parse.subtree(i)
    head = parse.tokens[i].head
    if parse.tokens[i].dep in {"dobj", "obj"} and parse.tokens[head].lemma.lower() in _LIGHT_VERBS:
        sub = parse.subtree(head)  # "staged rallies in the Gaza Strip"
    return any(parse.tokens[j].ent_type in {"GPE", "LOC", "FAC", "DATE", "CARDINAL"} for j in sub) or parse.tokens[i].dep in {"nsubj", "nsubjpass"}


#: Operations that help people, not police or military ones.
_RELIEF = frozenset({"rescue", "relief", "search", "recovery", "evacuation", "humanitarian", "cleanup", "aid", "salvage"})

#: What is contraband whoever finds it (a tablet, a pill or a cache may be anything).
_CONTRABAND_CORE = frozenset({"weapon", "gun", "rifle", "ammunition", "explosive", "drug", "cocaine", "heroin", "handgun",
                              "pistol", "arm", "cannabis", "hashish", "marijuana", "methamphetamine", "meth", "detonator",
                              "grenade", "firearm", "narcotic", "bomb", "captagon", "amphetamine", "ecstasy",
                              "fentanyl", "opium", "tramadol", "weapons", "arms"})


def _contraband_found(parse: _Parse, i: int) -> bool:
    """Police or customs found weapons or drugs: "officers found 30 rifles and a cache of
    grenades"; not "archaeologists discovered a clay tablet"."""
    objects = parse.kids(i, "dobj", "nsubjpass", "obj")
    heads = objects + [c for o in objects for c in parse.kids(o, "conj")]
    heads += [c for h in list(heads) for c in parse.kids(h, "compound", "amod")]  # "a weapons cache", "captagon pills"
    lemmas = {parse.tokens[h].lemma.lower() for h in heads}
    lemmas |= {parse.tokens[p].lemma.lower() for h in heads for prep in parse.kids(h, "prep")
               if parse.tokens[prep].text.lower() == "of" for p in parse.kids(prep, "pobj")}
    if not lemmas & _CONTRABAND_CORE:
        return False
    lo, hi = max(0, i - 15), min(len(parse.tokens), i + 15)
    return bool({parse.tokens[j].lemma.lower() for j in range(lo, hi)} & (_POLICE_CONTEXT | {"officer", "raid", "search", "soldier", "troop"}))


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "oneself"})
