"""Canonical entities across documents: one entity per real thing, with every spelling.

Surface forms are grouped by keys, never by comparing all pairs:

* the shipped alias table (Daesh → Islamic State, Irak → Iraq, Moroccan → Morocco);
* the gazetteer for places (Marrakech and Marrakesh are the same GeoNames record);
* acronyms defined in the text ("Central Bureau of Judicial Investigation (BCIJ)") or whose
  letters are the initials of a name in the same document, in any word order;
* partial names resolved to the full name in the same document, or across the corpus when
  only one full name fits (Caillet → Romain Caillet);
* transliteration skeletons (Khyam / Khiame, Abdelhaq / Abdelhak) guarded by a string
  similarity check, so that different people who share most letters stay apart.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Levenshtein

from newsfold import lexicon as lx
from newsfold.aliases import AliasEntry, country_name, country_of, known_forms, lookup, team_names, team_nicknames
from newsfold.events import VENUE_WORDS, is_venue
from newsfold.ids import make_id
from newsfold.model import AnnotatedArticle, ArticleAnalysis, Entity, Mention, Span
from newsfold.names import (ACRONYM_DEFINITION, PERSON_TITLES, acronym_letters, dateline_place, fold, initials, is_acronym,
                            joined_skeleton, singular_key, skeleton, skeleton_token, spelled_within, squash)
from newsfold.places import TINY_TOWN, Gazetteer, Place, postal_code_end, town_in_context

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels the small model gives to places by mistake.
MISLABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT"})
#: A mislabelled name is taken for a place only if the place is at least this big.
RELABEL_MIN_POPULATION = 100_000
#: The same, for a name in a sentence that names other places.
RELABEL_NEAR_PLACES = 15_000
#: A name tagged as a body right after "in" is taken for a town of the article's country only from
#: this size ("in Pemex" is the company's, though Mexico has a hamlet so named).
ORG_IN_TOWN_POPULATION = 20_000
#: A gazetteer match smaller than this gives way to an administrative name of the corpus.
SMALL_PLACE_TRUST = 500_000
#: rapidfuzz ratio that two spellings with one skeleton must reach (Khyam/Khiame: 73).
SPELLING_GUARD = 70
#: Share of a document's places (and demonyms) that must lie in one country for its generic
#: institution names ("the National Police") to be that country's.
NATIONAL_SHARE = 0.7


#: Countries whose place names are written in a script other than Latin: every Latin spelling of
#: them is a transliteration, and the news' own is as good as the gazetteer's.
TRANSLITERATED = frozenset(
    "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE EH "  # Arabic
    "IR AF PK IL "  # Persian, Dari and Pashto, Urdu, Hebrew
    "RU UA BY BG RS MK ME KZ KG TJ MN GE AM GR CY "  # Cyrillic, Georgian, Armenian, Greek
    "CN TW HK JP KR KP TH LA KH MM IN BD LK NP BT ET ER".split())  # Asian and Ge'ez scripts
#: Countries where English is an official language: English news spells their towns as they are
#: spelled at home ("Obuasi", "Tembisa"), and GeoNames' main name may be an older or rarer one
#: ("Obuase", "Thembisa").
ENGLISH_SPOKEN = frozenset(
    "ZA NA BW ZW ZM MW KE UG TZ RW NG GH SL LR GM SS "
    "PK BD LK MY SG PH PG FJ SB VU WS TO JM TT BS BB GY BZ MT".split())  # (not where GeoNames' name is the English one)

#: Words right after a name that say it is a natural or administrative area ("the Medjerda
#: valley", "Swat district", "the Medjerda river"), whatever the tagger thought.
_AREA_CUE = re.compile(r"^\s+(?:valley|river|basin|delta|mountains|hills|plain|plateau|desert|lake|forest|"
                       r"district|province|governorate|oblast|prefecture|county|region|local\s+government\s+area|LGA|"
                       r"tehsil|taluka?|upazila|sub-?county)\b", re.IGNORECASE)
#: "The Mir Ali area of North Waziristan": a place inside a named one.
_AREA_OF = re.compile(r"\s+area\s+of\s+(?:the\s+)?[A-Z]")
#: A settlement word after a name: "Kadawa village", "Datu Piang town", "Thunag village of Mandi district";
#: not "the Smith town hall", "the Olympic village of the games".
_SETTLEMENT_CUE = re.compile(r"^\s+(?:village|township|commune|municipality|town)(?!\s+(?:hall|council|centre|center|square)\b)"
                             r"(?!\s+of\s+(?:the\s+)?(?-i:[a-z]))\b", re.IGNORECASE)

#: "Bali's Gilimanuk port", a town the tagger took for a person (not "the Adani port", a company's).
_PORT_CUE = re.compile(r"^\s+port\b(?!\s+(?:of|authority|workers?)\b)", re.IGNORECASE)

#: An adjective of a place ("Western Saharan", "Kurdish") right before a place noun.
_ADJECTIVE_END = re.compile(r"(?:an|ese|ish|i)$")
_BEFORE_PLACE_NOUN = re.compile(r"^\s+(?:town|city|village|port|region|province|capital|coast|border)\b", re.IGNORECASE)

#: Endings of English adjectives ("Naval", "Federal", "Military", "Electoral") and a lower-case noun after.
_ADJECTIVE_SUFFIX = re.compile(r"(?:al|ary|ic|ive|ous)$")
_BEFORE_COMMON_NOUN = re.compile(r"^\s+[a-z]{3,}")

#: A town named after the person it is the home of: "the home town of Lionel Messi".
_HOME_TOWN_OF = re.compile(r"\b(?:home\s*town|birthplace|native town|native village)\s+of\s+$", re.IGNORECASE)
#: Words right before a name that say it is a place.
_PLACE_CUE = re.compile(r"\b(?:town|city|village|port|district|province|region|county|suburb|capital|hamlet|resort|"
                        r"municipality|governorate|state|island|isle|atoll|archipelago|peninsula|commune|township)\s+of\s+$"
                        r"|\b(?:capsized|sank|foundered|ran aground|washed ashore|drowned|intercepted|rescued)\s+off\s+(?:the\s+coast\s+of\s+)?$"
                        r"|\b(?:takeoff|take-off|took off|taking off|landing)\s+(?:from|at|in)\s+$",
                        re.IGNORECASE)
#: Words before a name that say it is where: "struck off the coast of Surigao del Sur".
_WHERE_WORDS = frozenset({"in", "at", "near", "outside", "across", "of", "from", "into", "around", "towards", "toward"})
#: A word of where right before a name: "overran Cabaret" is not, "in Cabaret" is.
_WHERE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_WHERE_WORDS | {"to"})) + r")\s+$", re.IGNORECASE)
#: A preposition of where, right before a name: "in Huwara", "near Jenin".
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$", re.IGNORECASE)
#: A compass point from a name before it: "south of Lampedusa" (a place if the gazetteer knows one so named).
_COMPASS_BEFORE = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?|upstream|downstream)\s+of\s+$", re.IGNORECASE)


#: Words that make an organisation's name a site one can be at ("Aleppo University", "Kano Airport").
_FACILITY = re.compile(r"\b(?:University|College|School|Hospital|Airport|Mosque|Church|Synagogue|Cathedral|Stadium|"
                       r"Prison|Market|Station|Port)\b")
_AT_A_PLACE = re.compile(r"\b(?:at|in|outside|near|inside|into)\s+(?:the\s+)?$", re.IGNORECASE)


#: A courtesy title right before a name: a person's name, whatever the gazetteer says.
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Mme|Mlle)\.?\s$")

#: Titles of office and rank that put a person's name after them ("President Obama's alma mater",
#: "Sen. Warren"); not the royal and religious ones that also name places ("Prince George", "King
#: City", "General Santos").
_OFFICE_TITLES = tuple(sorted(t for t in PERSON_TITLES if t not in {"king", "queen", "prince", "general", "sheikh", "lord", "pope", "sir"}))
_OFFICE_BEFORE = re.compile(r"\b(?:" + "|".join(t.capitalize() for t in _OFFICE_TITLES) + r")\.?\s$")


def _titled(text: str, start: int) -> bool:
    """Whether a courtesy title or a capitalised title of office stands right before ``start``
    ("Mr Khan", "President Obama"): the name after it is a person's, whatever towns share it."""
    before = text[max(0, start - 16):start]
    return bool(_HONORIFIC_BEFORE.search(before) or _OFFICE_BEFORE.search(before))


#: Names of days kept as feasts ("Bastille Day", "Christmas Eve"): never places.
_HOLIDAY = re.compile(r"\s(?:Day|Eve)$")


#: A street's name as the tagger may take it for a person's, a body's or a work's: capitalised
#: words or a number before a street word ("Sophie Wright Place", "97th Ave."; not "Second Place").
_NAMED_STREET = re.compile(r"(?!(?:First|Second|Third|Fourth|Fifth|Last|\d+(?:st|nd|rd|th))\s+Place$)"
                           r"(?:[A-Z][\w.'’-]*|\d+(?:st|nd|rd|th))(?:\s+[A-Z][\w.'’-]*){0,3}\s+"
                           r"(?:Street|St\.?|Avenue|Aves?\.?|Boulevard|Blvd\.?|Road|Rd\.?|Lane|Place)")
#: ... and what tells it is one: an address's number or a word of where before it ("at 1800 Pitkin
#: Ave", "on Sophie Wright Place"), or a street word written short ("Pitkin Ave").
_ADDRESS_BEFORE = re.compile(r"(?:\b(?:on|at|in|near|along|off|onto|down|up|of|to|from|toward|towards)\s+(?:the\s+)?|\b\d+\s+)$")
_STREET_ABBREVIATION = re.compile(r"\s(?:St|Aves?|Blvd|Rd)\.?$")


#: Words before a name that read it as a place or a body, not as a person's given name:
#: "flood victims in Clare", "a deal with Chase".
_NAMED_AS_A_PLACE_OR_BODY = re.compile(r"\b(?:in|at|near|from|to|with|by|of|across|outside)\s+$", re.IGNORECASE)


def correct_labels(annotated: AnnotatedArticle, gazetteer: Gazetteer) -> AnnotatedArticle:
    """Relabel mentions that the gazetteer knows as places (a city tagged PERSON is a place).

    Names in the alias table as organisations keep their label; demonyms stay NORP. A sentence
    that names a place makes a smaller town believable beside it; the places found in a first
    pass count too ("in Ouro Preto, Minas Gerais", both mistagged).
    """
    place_sentences = {m.sentence for m in annotated.mentions if m.label in PLACE_LABELS}
    given_names = {words[0] for m in annotated.mentions
                   if m.label == "PERSON" and len(words := [w for w in fold(m.span.text).split() if w not in PERSON_TITLES]) >= 2}
    surnames = {words[-1] for m in annotated.mentions if m.label == "PERSON" and len(words := fold(m.span.text).split()) >= 2}
    countries = {iso for m in annotated.mentions if m.label in PLACE_LABELS | {"NORP"} and (iso := country_of(m.span.text))}
    labels = [_corrected_label(m, annotated, gazetteer, place_sentences, given_names, surnames, countries) for m in annotated.mentions]
    more_sentences = {m.sentence for m, label in zip(annotated.mentions, labels) if label in PLACE_LABELS}
    more_countries = {iso for m, label in zip(annotated.mentions, labels) if label in PLACE_LABELS | {"NORP"} and (iso := country_of(m.span.text))}
    if more_sentences - place_sentences or more_countries - countries:  # ("Burkina Faso" the tagger took for a person)
        countries |= more_countries
        labels = [_corrected_label(m, annotated, gazetteer, place_sentences | more_sentences, given_names, surnames, countries)
                  for m in annotated.mentions]
    labels = _one_sense(annotated, labels, surnames | given_names, gazetteer)
    labels = _kin_of_the_people(annotated, labels)
    fixed = [m if label == m.label else replace(m, label=label) for m, label in zip(annotated.mentions, labels) if label]
    businesses = [_business_named_for(m, annotated, gazetteer, countries) for m in fixed]
    fixed = [b or m for m, b in zip(fixed, businesses)]
    changed = (len(fixed) != len(annotated.mentions) or any(label != m.label for m, label in zip(annotated.mentions, labels))
               or any(businesses))
    dateline = _dateline_mention(annotated, gazetteer)
    if dateline is not None:
        fixed = [m for m in fixed if not (m.span.start < dateline.span.end and dateline.span.start < m.span.end)]
        fixed.append(dateline)
        fixed.sort(key=lambda m: m.span.start)
        changed = True
    more = _places_named_again(annotated, fixed)
    more += _untagged_places(annotated, gazetteer, fixed + more)
    more += _hosts_of_named_contests(fixed, gazetteer)
    more += _untagged_people_of_an_age(annotated, gazetteer, fixed + more)
    more += _untagged_titled_people(annotated, fixed + more)
    more += _teams_by_nickname(annotated, fixed + more)
    more += _broadcasters_by_call_sign(annotated, fixed + more)
    offices = _offices_of_an_officer(annotated)
    if offices:
        # the office's pieces the tagger cut go ("General's Office"); its place stays the place it names
        # ("Palm Beach County Sheriff's Office deputies shot a man": in Palm Beach County)
        fixed = [m for m in fixed if m.label in PLACE_LABELS or not any(o.span.start < m.span.end and m.span.start < o.span.end for o in offices)]
        more = [m for m in more if m.label in PLACE_LABELS or not any(o.span.start < m.span.end and m.span.start < o.span.end for o in offices)] + offices
        changed = True
    more += _people_named_again(annotated, fixed + more)
    if more:
        fixed = sorted(fixed + more, key=lambda m: m.span.start)
        changed = True
    return replace(annotated, mentions=tuple(fixed)) if changed else annotated


#: A business named for its owner, after the owner's possessive: "Sam's Club", "Denny's Diner".
_BUSINESS_AFTER = re.compile(r"\s?['’]\s?s\s+(?:Club|Restaurant|Bar|Grill|Pizza|Pizzeria|Cafe|Café|Diner|Pub|Tavern|Deli|Bakery|Lounge|"
                             r"Motel|Inn|Saloon|Steakhouse|Kitchen|Supermarket|Liquors?|Pharmacy|Garage)\b")


def _business_named_for(m: Mention, annotated: AnnotatedArticle, gazetteer: Gazetteer, countries: set[str]) -> Mention | None:
    """The business a one-word name opens, as a site ("outside the Sam's Club in Bloomington"),
    where the tagger took the owner's name for a person or a place; not a place of the article's
    countries ("Kenya's Market" is not read so in a report from Kenya)."""
    text = annotated.article.text
    found = _BUSINESS_AFTER.match(text, m.span.end)
    if (found is None or m.label not in PLACE_LABELS | {"PERSON"} or " " in m.span.text or lookup(m.span.text) is not None
            or re.match(r"\s+[A-Z]", text[found.end():found.end() + 2])  # ("Chelsea's Club World Cup run")
            or any(c.country in countries for c in gazetteer.candidates(m.span.text)[:1])):
        return None
    return _mention_at(annotated, m.span.start, found.end(), "FAC")


#: A person's name as the tagger may take it for a body's: two or three capitalised words.
_WORDS_OF_A_NAME = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?){1,2}")


def _kin_of_the_people(annotated: AnnotatedArticle, labels: list[str | None]) -> list[str | None]:
    """A name the tagger called an organisation that ends in the surname of a person the article
    names, with a given name the article gives a person alone or with an age: "Amber Pasztor"
    beside "Rene Pasztor" and "Amber said". Not "Dow Jones" beside "Alex Jones", nor the person's own name written as a body's ("Michael Kors", the brand beside
    the designer), nor a name the alias table knows, nor one with a word of its own that is no
    name ("Pasztor Family Foundation" has three words, but "Foundation" is no surname)."""
    persons = {fold(m.span.text) for m, label in zip(annotated.mentions, labels) if label == "PERSON"}
    surnames = {words[-1] for p in persons if len(words := p.split()) >= 2}
    given = {p for p in persons if " " not in p} | {fold(m.span.text).split()[0] for m in annotated.mentions
                                                    if len(m.span.text.split()) >= 2 and _NAME_OF_AN_AGE.match(annotated.article.text, m.span.start)}
    out = list(labels)
    for i, (m, label) in enumerate(zip(annotated.mentions, labels)):
        if label != "ORG" or not _WORDS_OF_A_NAME.fullmatch(m.span.text) or lookup(m.span.text) is not None:
            continue
        words = fold(m.span.text).split()
        if words[-1] in surnames and words[0] in given - surnames and fold(m.span.text) not in persons and not any(
                p.endswith(" " + " ".join(words)) for p in persons):
            out[i] = "PERSON"
    return out


def _one_sense(annotated: AnnotatedArticle, labels: list[str | None], person_names: set[str], gazetteer: Gazetteer) -> list[str | None]:
    """One name, one sense in one article: a name the text showed to be a place ("to retake the
    commune of Cabaret") is the place where else the tagger took it for a person or a body ("Gangs
    overran Cabaret in March"); a name the tagger itself called a place is the place where else it
    called it a person. Not a person's name of the article's people ("Jordan" beside "Michael
    Jordan", ``person_names``: folded given names and surnames), nor a titled one ("Mr Khan"); and
    a body only where the text showed the place ("Liverpool" may be the town and the club); and of
    the tagger's own places, only one the gazetteer knows by that very name (not "at Wayne State",
    the university)."""
    text = annotated.article.text
    shown = {m.span.text: label for m, label in zip(annotated.mentions, labels) if label in PLACE_LABELS and m.label in MISLABELS}
    persons = {m.span.text for m, label in zip(annotated.mentions, labels) if label == "PERSON"}
    tagged = {m.span.text: label for m, label in zip(annotated.mentions, labels) if label in PLACE_LABELS and m.span.text in persons
              and any(fold(c.name) == fold(m.span.text) for c in gazetteer.candidates(m.span.text))}
    out: list[str | None] = []
    for m, label in zip(annotated.mentions, labels):
        if label == "PERSON" and (_titled(text, m.span.start) or fold(m.span.text) in person_names):
            out.append(label)
        elif label in {"ORG", "PERSON"} and m.span.text in shown and (label == "PERSON" or _WHERE_BEFORE.search(text[max(0, m.span.start - 12):m.span.start])):
            out.append(shown[m.span.text])  # (a body only where the text says where: not "Mercedes said its factory ...")
        elif label == "PERSON" and m.span.text in tagged:
            out.append(tagged[m.span.text])
        else:
            out.append(label)
    return out


def _corrected_label(m: Mention, annotated: AnnotatedArticle, gazetteer: Gazetteer, place_sentences: set[int],
                     given_names: set[str], surnames: set[str], countries: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The label one mention should have (see :func:`correct_labels`); ``None`` to drop it.
    ``countries``: those the article names (by their names or their peoples')."""
    label = m.label
    text = annotated.article.text
    if label in MISLABELS and _NAMED_STREET.fullmatch(m.span.text) and lookup(m.span.text) is None and (
            _ADDRESS_BEFORE.search(text[max(0, m.span.start - 12):m.span.start])
            or label != "PERSON" and _STREET_ABBREVIATION.search(m.span.text)):
        return "FAC"  # "1800 Pitkin Ave" tagged a work of art, "on Sophie Wright Place" a person: a street (not the
        # actor Nathan Lane, "a Downing Street spokesman", "Silk Road founder Ross Ulbricht")
    if label in PLACE_LABELS and fold(m.span.text) in _TITLES:
        return None  # "including Rev." cut off from the name by the sentence splitter: no place
    if label in PLACE_LABELS and _HOLIDAY.search(m.span.text) and not any(
            fold(c.name) == fold(m.span.text) for c in gazetteer.candidates(m.span.text)):  # (not John Day, Oregon)
        return "EVENT"  # "a crowd watching Bastille Day fireworks": a day, not where
    if label in MISLABELS and not is_acronym(m.span.text) and not (
            label == "PERSON" and _titled(text, m.span.start)):
        # ("Mr Khan" is a man whatever towns are called Khan)
        entry = lookup(m.span.text)
        if entry is None or entry.iso:
            cands = gazetteer.candidates(m.span.text)
            # beside other places ("Ceuta and Melilla") a smaller town is believable
            floor = RELABEL_NEAR_PLACES if m.sentence in place_sentences else RELABEL_MIN_POPULATION
            before = text[max(0, m.span.start - 30):m.span.start]
            kind_cue = bool(_PLACE_CUE.search(before))
            # a compass point from it or to it ("Penteli, north of Athens", "south of Lampedusa"): a place
            # the gazetteer knows, not "east of Lakeview Elementary School" nor "north of Johnson's farm"
            compass = (bool(_COMPASS_FROM_IT.match(text, m.span.end) or _COMPASS_BEFORE.search(before))
                       and not _INSTITUTION_END.search(m.span.text) and not re.match(r"\s*['’]s?\b", text[m.span.end:m.span.end + 3]))
            # "Settlers attacked Palestinian homes in Huwara": a town of the article's country, right
            # after "in" (not "in Huwara's name", nor a namesake abroad)
            # (a body right after "in" only where the town is of some size: not "workers in Pemex", "arrested in
            # Congress"; nor a surname or given name of the article's people)
            home_town = (bool(_LOCATIVE_BEFORE.search(before)) and not re.match(r"\s*['’]s?\b", text[m.span.end:m.span.end + 3])
                         and label != "NORP" and fold(m.span.text) not in surnames | given_names
                         and any(c.country in countries and c.feature == "city" and fold(c.name) == fold(m.span.text)
                                 and (label != "ORG" or not re.search(r"\bin\s+$", before) or c.population >= ORG_IN_TOWN_POPULATION)
                                 for c in cands))
            if kind_cue or compass or home_town or _in_the_region_after(m, cands, text, gazetteer, surnames):
                floor = 0  # "the border town of Adre", "Ouro Preto, Minas Gerais": the text says it is a place
            people = label == "NORP" and bool(country_of(m.span.text) and not entry or gazetteer.is_demonym(m.span.text))
            if cands and (cands[0].feature == "country" or cands[0].population >= floor):
                if not people:
                    label = "GPE"  # (a people's name stays NORP: "mainly European tourists")
            elif kind_cue and (label in {"ORG", "PERSON"} or label == "NORP" and not people) and entry is None and not _HOME_TOWN_OF.search(before):
                label = "GPE"  # "the border town of Kulungugu", "the town of Sabiid" (tagged a people): a place, though no
                # gazetteer knows it (not "the home town of Lionel Messi")
    elif label in PLACE_LABELS and lookup(m.span.text) is not None and lookup(m.span.text).iso is None:  # type: ignore[union-attr]
        label = lookup(m.span.text).type  # type: ignore[union-attr]
    elif (label in {"GPE", "LOC"} and " " not in m.span.text and _ADJECTIVE_SUFFIX.search(m.span.text)
          and _BEFORE_COMMON_NOUN.match(text[m.span.end:m.span.end + 20])
          and all(c.feature == "city" and c.population < RELABEL_MIN_POPULATION for c in gazetteer.candidates(m.span.text))):
        label = "NORP"  # "the Naval commandos": a capitalised adjective, not Naval, Biliran
    elif label in {"GPE", "LOC"} and (gazetteer.is_demonym(m.span.text) or _ADJECTIVE_END.search(m.span.text) and _BEFORE_PLACE_NOUN.match(
            text[m.span.end:m.span.end + 12]) and not gazetteer.candidates(m.span.text)):
        label = "NORP"  # "the Western Saharan town of El-Aaiún": an adjective, not where
    if (label == "ORG" and lookup(m.span.text) is None and _FACILITY.search(m.span.text)
            and _AT_A_PLACE.search(text[max(0, m.span.start - 12):m.span.start])
            and gazetteer.resolve([m.span.text])):
        label = "FAC"  # "a protest at Aleppo University": a site, in a town the gazetteer knows
    if label in PLACE_LABELS and _names_an_event(m.span.text) and not gazetteer.candidates(m.span.text):
        label = "EVENT"  # "... Of Zurana Horton In Brooklyn Shooting", a title-case headline: what, not where
    elif (label in {"GPE", "LOC", "ORG"} and " " not in m.span.text and fold(m.span.text) in given_names - surnames
          and lookup(m.span.text) is None and not is_acronym(m.span.text)
          and (not _NAMED_AS_A_PLACE_OR_BODY.search(text[max(0, m.span.start - 12):m.span.start])
               or re.match(r"['’]s\s+(?:and\s+\w+['’]s\s+)?(?:father|mother|brother|sister|son|daughter|death|body|family)\b",
                           text[m.span.end:m.span.end + 30]))  # "in regards to Liliana’s and Rene’s father"
          and not re.match(r",\s+(?:the|a|an)\s", text[m.span.end:m.span.end + 6])
          and all(c.feature == "city" and c.population < TINY_TOWN for c in gazetteer.candidates(m.span.text)
                  if fold(c.name) == fold(m.span.text))):
        # "Kathina" beside "Kathina Thomas", "Collin" beside "Officer Collin Rose" (not Collin County),
        # "Liliana" tagged an organisation beside "Liliana Hernandez": her given name, not a village of that
        # name; but "Bloomington" stays a town beside a "Bloomington Police Sgt. Marty Earley" tagged as one name
        label = "PERSON"
    after = text[m.span.end:m.span.end + 30]
    if label in {"PERSON", "ORG", "NORP", "PRODUCT"} and lookup(m.span.text) is None and m.span.text[:1].isupper() and (
            _AREA_CUE.match(after) and not (label == "NORP" and _ADJECTIVE_END.search(m.span.text))  # (not "Peru's Andean region")
            or label != "NORP" and (_settlement_named(text, m.span.start, after) or _AREA_OF.match(after))
            or label == "NORP" and _LOCATIVE_BEFORE.search(text[max(0, m.span.start - 8):m.span.start]) and _settlement_named(text, m.span.start, after)
            and not re.search(r"(?:an|ese|ish|i|ite|ic)$", m.span.text)  # "in Thunag village" (not "in Kurdish town of Kobani")
            or label == "PERSON" and _PORT_CUE.match(after)):
        label = "LOC"  # "the Medjerda valley", "Kadawa village": a place the gazetteer may not know (not "a Fulani village")
    return label


def _settlement_named(text: str, start: int, after: str) -> bool:
    """Whether a name is followed by the kind of settlement it names: "Kadawa village", "Thunag
    village of Mandi district"; but "the Alawite village of Arzeh" is a village of Alawites."""
    if not _SETTLEMENT_CUE.match(after):
        return False
    return not (re.match(r"\s+\w+\s+of\b", after) and re.search(r"\b(?:the|a|an)\s+$", text[max(0, start - 6):start], re.IGNORECASE))


def _in_the_region_after(m: Mention, cands: Sequence[Place], text: str, gazetteer: Gazetteer, surnames: set[str]) -> bool:
    """Whether the name is written before the state or province one of its candidates lies in:
    "Ouro Preto, Minas Gerais", "Celaya, Guanajuato" (a town however small, whatever the tagger said);
    not "Cooper, Georgia's starter" (a man of the team of a state), nor a surname of the article's people."""
    after = _REGION_AFTER.match(text, m.span.end)
    if not after or not cands or fold(m.span.text) in surnames or re.match(r"\s*['’]s?\b", text[after.end():after.end() + 3]):
        return False
    regions = [r for r in gazetteer.candidates(after.group(1)) if r.feature == "region"]
    return any(c.feature == "city" and (c.country, c.admin1) == (r.country, r.admin1) for c in cands for r in regions)


#: A compass point from another place after a name: "Penteli, north of Athens", "Kikopey, 20 km south of Nakuru".
_COMPASS_FROM_IT = re.compile(r",\s+(?:about\s+|some\s+)?(?:[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+(?:\(.{1,20}\)\s+)?)?"
                              r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b", re.IGNORECASE)
#: A capitalised name of one to three words after a comma: the state or province a town lies in.
_REGION_AFTER = re.compile(r",\s*([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|del|de|do|da|dos|das))*)")


def _names_an_event(name: str) -> bool:
    """Whether a name ends with a word for an event ("Brooklyn Shooting", "Paris Attacks").

    >>> _names_an_event("Brooklyn Shooting"), _names_an_event("Battle Creek"), _names_an_event("Shooting")
    (True, False, False)
    """
    words = fold(name).split()
    return len(words) >= 2 and singular_key(words[-1]) in lx.NOUN_TRIGGERS


def _places_named_again(annotated: AnnotatedArticle, mentions: list[Mention]) -> list[Mention]:
    """Other occurrences of a place name that the tagger missed ("KYIV -" in the dateline is
    tagged, "signed in Kyiv" two sentences on is not): one name, one sense, in one article."""
    text = annotated.article.text
    taken = [(m.span.start, m.span.end) for m in mentions]
    names = {m.span.text for m in mentions if m.label in PLACE_LABELS and len(m.span.text) >= 4}
    out: list[Mention] = []
    for name in sorted(names):
        for hit in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, re.IGNORECASE):
            start, end = hit.span()
            if not text[start].isupper() or _overlaps(taken, start, end):
                continue
            if (found := _mention_at(annotated, start, end, "GPE")) is not None:
                out.append(found)
                taken.append((start, end))
    return out


def _people_named_again(annotated: AnnotatedArticle, mentions: list[Mention]) -> list[Mention]:
    """A surname of the article's people the tagger missed on its own: "Godi transported it" after
    "Dominic Godi". Only where the parser reads it as a name and the text never writes it as a
    common word ("Young" beside "young people"), and not inside another name ("Godi Street")."""
    text = annotated.article.text
    taken = [(m.span.start, m.span.end) for m in mentions]
    proper = _proper_starts(annotated)
    surnames = {words[-1] for m in mentions if m.label == "PERSON" and len(words := m.span.text.split()) >= 2
                and re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?", words[-1]) and fold(words[-1]) not in _GENERATIONS}
    out: list[Mention] = []
    for name in sorted(surnames):
        if len(name) < 3 or re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", text):
            continue
        for hit in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            start, end = hit.span()
            before = re.search(r"([A-Z][a-z]*)\.?\s+$", text[max(0, start - 20):start])
            if (_overlaps(taken, start, end) or start not in proper or re.match(r"\s+[A-Z]", text[end:end + 2])
                    or before is not None and fold(before.group(1)) not in _TITLES):
                continue
            if (found := _mention_at(annotated, start, end, "PERSON")) is not None:
                out.append(found)
                taken.append((start, end))
    return out


#: Lower-case words inside place names: "Surigao del Sur", "Rio de Janeiro".
_NAME_LINKS = frozenset({"del", "de", "la", "da", "do", "dos", "das", "al", "el", "ul", "di", "du", "des", "van", "von"})
#: The smallest town an untagged name is taken for; regions and countries always are.
UNTAGGED_MIN_POPULATION = 50_000


def _untagged_places(annotated: AnnotatedArticle, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Places the tagger did not tag at all, after a word that says where ("off the coast of
    Surigao del Sur", "in Nakhon Ratchasima"): a capitalised name the gazetteer knows as a country,
    a region, or a town of ``UNTAGGED_MIN_POPULATION``, and the alias table not as anything else."""
    tokens = getattr(annotated, "tokens", ())  # (an analysis read back from a store keeps no parse)
    taken = [(m.span.start, m.span.end) for m in mentions]
    text = annotated.article.text
    out: list[Mention] = []
    i = 1
    while i < len(tokens):
        owner = _possessing_place(tokens, i, gazetteer)  # "Bihar's Sitamarhi": the country of Bihar
        # "in the Barmal district": a name between "the" and the kind of area it is
        the_before = tokens[i - 1].text.lower() == "the" and i >= 2 and tokens[i - 2].text.lower() in _WHERE_WORDS
        if owner is None and (tokens[i - 1].text.lower() not in _WHERE_WORDS and not the_before or not tokens[i].text[:1].isupper()
                              or tokens[i].pos != "PROPN" or (tokens[i - 1].text.lower() == "of" and i >= 2 and tokens[i - 2].text[:1].isupper()
                                                              and tokens[i - 2].pos == "PROPN")):
            i += 1  # (not "the Archbishop of Canterbury", "the Duke of York": a title's see; but "Residents of Diepsloot")
            continue
        j = i
        while j + 1 < len(tokens) and (tokens[j + 1].pos == "PROPN" and tokens[j + 1].text[:1].isupper()
                                       or tokens[j + 1].text in _NAME_LINKS and j + 2 < len(tokens) and tokens[j + 2].text[:1].isupper()):
            j += 1
        start, end = tokens[i].start, tokens[j].end
        name = text[start:end]
        i = j + 1
        if _overlaps(taken, start, end) or name.isupper() or lookup(name) is not None and lookup(name).iso is None:  # type: ignore[union-attr]
            continue
        cands = gazetteer.candidates(name)
        label = "GPE"
        kind_after = bool(_AREA_CUE.match(text[end:end + 40]) or _SETTLEMENT_CUE.match(text[end:end + 40])  # "Barmal district", "Thunag village"
                          or the_before and re.match(r"\s+area\s+of\s+[A-Z]", text[end:end + 20]))  # "in the Belgrave area of Leicester"
        if the_before and owner is None and not kind_after:
            continue  # (not "in the Premier League")
        if kind_after and owner is None:
            label = "GPE" if cands else "LOC"
        elif owner is not None:
            # a town of the possessor's country ("Maharashtra's Bhiwandi town"), else a part of it named
            # with its kind ("Bali's Gilimanuk port"): a site; not a small namesake ("Winnipeg's West End")
            if not any(c.country == owner and c.population >= UNTAGGED_MIN_POPULATION for c in cands):
                if j + 1 >= len(tokens) or tokens[j + 1].lemma.lower() not in _PART_KINDS:
                    continue
                label = "LOC"
        elif _PLACE_CUE.search(text[max(0, start - 30):start]):
            # "in the municipality of Tibú", "the town of Kulungugu": a place, whatever its size
            label = "GPE" if cands else "LOC"
        elif not cands or not (cands[0].feature in {"country", "region", "county"} or cands[0].population >= UNTAGGED_MIN_POPULATION):
            continue
        sentence = next((n for n, s in enumerate(annotated.sentences) if s.start <= start < s.end), None)
        if sentence is not None:
            out.append(Mention(Span(annotated.article.article_id, start, end, name), label, sentence))
            taken.append((start, end))
    return out


#: A name of two or three capitalised words written with an age: "Dominic Godi, 21, of Bolton".
_NAME_OF_AN_AGE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,2}),\s+(?:aged\s+)?\d{1,2},")


def _untagged_people_of_an_age(annotated: AnnotatedArticle, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """People the tagger did not tag, named with their age ("Dominic Godi, 21, of Bolton"): a name
    no other mention covers, which neither the alias table nor the gazetteer knows, and whose
    words are none of a calendar's ("Sunday", "March")."""
    taken = [(m.span.start, m.span.end) for m in mentions]
    text = annotated.article.text
    proper = _proper_starts(annotated)
    out: list[Mention] = []
    for match in _NAME_OF_AN_AGE.finditer(text):
        start, end = match.span(1)
        words = [start + w.start() for w in re.finditer(r"\S+", match.group(1))]
        if words[0] not in proper or text[words[0]:words[1]].strip().lower() in _TRADES:
            words = words[1:]  # "Actress Whitney Hope, 45": the name after the word of her trade
        if len(words) < 2 or any(w not in proper or text[w:].split(None, 1)[0].strip(",").lower() in _NUMBER_WORDS for w in words):
            continue  # (not "Ward Seven, 12")
        start = words[0]
        name = text[start:end]
        if _overlaps(taken, start, end) or lookup(name) is not None or gazetteer.candidates(name):
            continue
        if any(w.lower() in _CALENDAR_WORDS or fold(w) in _TITLES for w in name.split()):
            continue
        if (found := _mention_at(annotated, start, end, "PERSON")) is not None:
            out.append(found)
            taken.append((start, end))
    return out


#: A title of office or rank, then a name of two or three capitalised words, a middle initial
#: allowed: "an angry Mayor Rahm Emanuel", "Sgt. John C. Ortiz".
_TITLED_NAME = re.compile(r"\b([A-Z][a-z]+)\.?\s+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,2})\b")


def _untagged_titled_people(annotated: AnnotatedArticle, mentions: list[Mention]) -> list[Mention]:
    """People the tagger did not tag, named after a title of office or rank ("prompted an angry
    Mayor Rahm Emanuel to lecture the gangs"): a name the parser reads as one, of no title's word
    ("President Chief Executive ..." is no one), that no other mention covers."""
    taken = [(m.span.start, m.span.end) for m in mentions]
    text = annotated.article.text
    proper = _proper_starts(annotated)
    out: list[Mention] = []
    for match in _TITLED_NAME.finditer(text):
        if fold(match.group(1)) not in PERSON_TITLES:
            continue
        start, end = match.span(2)
        words = [(start + w.start(), w.group()) for w in re.finditer(r"\S+", match.group(2))]
        if any(fold(w) in PERSON_TITLES or w.lower() in _TRADES or w.lower() in _CALENDAR_WORDS for _, w in words):
            continue
        if fold(words[-1][1]) in _SITE_WORDS or _INSTITUTION_END.search(match.group(2)):
            continue  # "Prince Sultan Air Base", "the Governor Morris Hotel": a site named for someone
        if any(at not in proper for at, w in words if not w.endswith(".")) or lookup(match.group(2)) is not None:
            continue
        if _overlaps(taken, start, end):
            continue
        if (found := _mention_at(annotated, start, end, "PERSON")) is not None:
            out.append(found)
            taken.append((start, end))
    return out


#: An office named for its officer, as US news names prosecutors and sheriffs: "the Bristol County
#: District Attorney's Office", "the Broward Sheriff's Office", "Baltimore State's Attorney's Office".
_OFFICE_OF_AN_OFFICER = re.compile(
    r"\b((?:[A-Z][a-z]+\s+){1,4})(Attorney\s+General|District\s+Attorney|State['’]s\s+Attorney|Sheriff|Medical\s+Examiner|"
    r"Coroner|Public\s+Defender|Prosecutor)['’]s\s+(?:Office|Department)\b")


def _offices_of_an_officer(annotated: AnnotatedArticle) -> list[Mention]:
    """Offices named for their officer, which the tagger cuts at the possessive or misses: one
    body, from the first word of its place ("the" left out)."""
    text = annotated.article.text
    out: list[Mention] = []
    for match in _OFFICE_OF_AN_OFFICER.finditer(text):
        start = match.start()
        while start < match.start(2) and text[start:].split(None, 1)[0].lower() in _BEFORE_A_NAME:
            start = text.index(" ", start) + 1  # ("Two Broward Sheriff's Office deputies", "On Monday Harris County …")
        if start >= match.start(2):
            continue  # ("The Sheriff's Office": no place of its own, a generic office)
        if (found := _mention_at(annotated, start, match.end(), "ORG")) is not None:
            out.append(found)
    return out


def _teams_by_nickname(annotated: AnnotatedArticle, mentions: list[Mention]) -> list[Mention]:
    """Sports teams the tagger missed, named by their nickname after "the", in an article that
    names the team or its town: "the Celtics led by 12" beside "Boston" (not "The Ravens flew over
    the Tower of London", nor "the Broncos" of Brisbane)."""
    text = annotated.article.text
    taken = [(m.span.start, m.span.end) for m in mentions]
    out: list[Mention] = []
    for hit in re.finditer(r"\b[Tt]he\s+([A-Z0-9][A-Za-z0-9]+)\b", text):
        start, end = hit.span(1)
        team = team_nicknames().get(hit.group(1))
        town = team.rsplit(" ", 1)[0] if team else ""
        if team and re.search(rf"\b{re.escape(town)}\b", text) and not _overlaps(taken, start, end):
            if (found := _mention_at(annotated, start, end, "ORG")) is not None:
                out.append(found)
    return out


#: A North American broadcaster's call sign, as local news credits it: "WTNH", "WKMG-TV", "KTLA".
_CALL_SIGN = re.compile(r"(?<![\w-])[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?(?![\w-])")


def _broadcasters_by_call_sign(annotated: AnnotatedArticle, mentions: list[Mention]) -> list[Mention]:
    """Broadcasters the tagger missed, named by their call sign ("News 8 WTNH reported"): a name
    the parser reads as one, outside a sentence written in capitals ("KEY WEST WAS HIT"), that the
    alias table does not know as something else ("WHO", "WTO")."""
    text = annotated.article.text
    taken = [(m.span.start, m.span.end) for m in mentions]
    proper = _proper_starts(annotated)
    out: list[Mention] = []
    for hit in _CALL_SIGN.finditer(text):
        start, end = hit.span()
        if start not in proper or lookup(hit.group()) is not None or _overlaps(taken, start, end):
            continue
        sentence = next((s for s in annotated.sentences if s.start <= start < s.end), None)
        letters = [c for c in text[sentence.start:sentence.end] if c.isalpha()] if sentence else []
        if not letters or sum(c.isupper() for c in letters) > 0.5 * len(letters):
            continue
        if (found := _mention_at(annotated, start, end, "ORG")) is not None:
            out.append(found)
    return out


def _proper_starts(annotated: AnnotatedArticle) -> set[int]:
    """Where the parser's proper nouns start (none for an analysis read back from a store, which keeps no parse)."""
    return {t.start for t in getattr(annotated, "tokens", ()) if t.pos == "PROPN"}


def _overlaps(taken: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` overlaps one of the ``taken`` stretches."""
    return any(a < end and start < b for a, b in taken)


def _mention_at(annotated: AnnotatedArticle, start: int, end: int, label: str) -> Mention | None:
    """A mention of the text from ``start`` to ``end`` in its sentence (``None`` outside any)."""
    sentence = next((n for n, s in enumerate(annotated.sentences) if s.start <= start < s.end), None)
    if sentence is None:
        return None
    return Mention(Span(annotated.article.article_id, start, end, annotated.article.text[start:end]), label, sentence)


#: Words of a trade written before a name like a title ("Actress Whitney Hope, 45").
_TRADES = frozenset({"actor", "actress", "singer", "rapper", "player", "striker", "midfielder", "defender", "goalkeeper",
                     "coach", "manager", "officer", "trooper", "student", "teacher", "nurse", "driver", "pilot", "farmer",
                     "lawyer", "attorney", "journalist", "reporter", "photographer", "author", "writer", "artist", "model",
                     "boxer", "fighter", "activist", "businessman", "businesswoman", "entrepreneur", "comedian", "director",
                     "producer", "designer", "chef", "priest", "pastor", "imam", "rabbi", "soldier", "firefighter", "witness"})
#: Last words of sites named for someone, which end no person's name.
_SITE_WORDS = frozenset({"base", "hotel", "street", "avenue", "road", "square", "plaza", "airport", "hospital", "center",
                         "centre", "school", "stadium", "mall", "building", "museum", "library", "highway", "causeway", "canal",
                         "island", "barracks", "palace", "mosque", "university", "college", "academy", "institute",
                         "foundation", "memorial"})  # (not the surnames Park, Hall, Church, Bridge, Camp, Port)
#: Numbers written as words, which name no person ("Ward Seven, 12").
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                           "first", "second", "third", "fourth", "fifth", "hundred", "thousand"})
#: Names of days and months, which open no person's name.
_CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"})


#: Capitalised words that open a sentence before a name, no part of it.
_BEFORE_A_NAME = _NUMBER_WORDS | _CALENDAR_WORDS | frozenset({
    "the", "a", "an", "several", "some", "many", "both", "all", "former", "retired", "acting", "interim", "on", "in", "at", "by",
    "for", "from", "with", "after", "before", "when", "while", "as", "and", "but", "dozens", "other", "late", "early", "last"})


#: Words after the name of a part of a town or region: "Karachi's Saddar area", "Bali's Gilimanuk port".
_PART_KINDS = frozenset({"area", "district", "town", "village", "port", "neighbourhood", "neighborhood", "sector", "suburb",
                         "locality", "township", "city", "county", "province", "region", "municipality", "quarter", "tehsil",
                         "block", "estate", "island", "camp", "market", "colony"})


def _possessing_place(tokens: Sequence[Any], i: int, gazetteer: Gazetteer) -> str | None:
    """The country of the region or town whose possessive comes before token ``i`` when that
    token opens a capitalised name: "Maharashtra's Bhiwandi town", "Bali's Gilimanuk port"."""
    if not (i >= 2 and tokens[i - 1].text in {"'s", "’s"} and tokens[i].pos == "PROPN" and tokens[i].text[:1].isupper()
            and tokens[i - 2].text[:1].isupper()):
        return None
    k = i - 2
    while k > 0 and tokens[k - 1].pos == "PROPN" and tokens[k - 1].text[:1].isupper():
        k -= 1
    owner = " ".join(t.text for t in tokens[k:i - 1])
    if lookup(owner) is not None and lookup(owner).iso:  # type: ignore[union-attr]
        return lookup(owner).iso  # type: ignore[union-attr]  # "Nigeria's Adamawa state"
    cands = gazetteer.candidates(owner)
    return cands[0].country if cands and cands[0].feature in {"region", "city", "county"} else None


#: A contest named after the town or country that holds it: "the Berlin Marathon", "the Madrid Open".
_NAMED_CONTEST = re.compile(r"^(?:the\s+)?(.+?)\s+(?:(?:Half\s+)?Marathon|Open|Masters|Grand\s+Prix|Classic)$")


def _hosts_of_named_contests(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The host named in a contest's name, as a place of its own: "Berlin" of "the Berlin Marathon",
    "Monaco" of "the Monaco Grand Prix", when the gazetteer knows it as a country or a town of
    ``RELABEL_MIN_POPULATION`` (not "Australian" of "the Australian Open": a people's word), and
    the sentence names no other town ("the Zurich Classic in New Orleans": a sponsor's name; a
    country or a venue may be named: "Ethiopia's Haile Bekele", "at the Caja Mágica")."""
    out = []
    placed = {m.sentence for m in mentions if m.label == "GPE" and not _NAMED_CONTEST.match(m.span.text) and not country_of(m.span.text)}
    for m in mentions:
        found = _NAMED_CONTEST.match(m.span.text) if m.label in {"EVENT", "FAC", "ORG", "WORK_OF_ART", "PRODUCT", "LAW"} else None
        if found is None or m.sentence in placed:
            continue  # "won the Zurich Classic in New Orleans": a sponsor's name, where the sentence names the place
        host = found.group(1)
        if host.endswith(" City") and not gazetteer.candidates(host):
            host = host[: -len(" City")]  # "the Eldoret City Marathon"; but "the Mexico City Marathon" is in Mexico City
        if gazetteer.is_demonym(host) or ((iso := country_of(host)) and fold(country_name(iso) or "") != fold(host)):
            continue
        cands = gazetteer.candidates(host)
        if any(c.feature == "country" or c.feature == "city" and c.population >= RELABEL_MIN_POPULATION for c in cands[:3]):
            start = m.span.start + found.start(1)
            out.append(Mention(Span(m.span.article_id, start, start + len(host), host), "GPE", m.sentence))
    return out


def dateline_of(text: str) -> tuple[int, int] | None:
    """The span of the dateline place in the first paragraphs of a text, if there is one."""
    offset = 0
    for paragraph in text.split("\n\n")[:3]:
        lead = len(paragraph) - len(paragraph.lstrip())
        found = dateline_place(paragraph)
        if found is not None:
            return offset + found[0], offset + found[1]
        offset += len(paragraph) + 2
        del lead
    return None


def _dateline_mention(annotated: AnnotatedArticle, gazetteer: Gazetteer) -> Mention | None:
    text = annotated.article.text
    span = dateline_of(text)
    if span is None:
        return None
    start, end = span
    end = postal_code_end(text, end) or end  # "STORRS, CT (WTNH) -": the town of that state
    surface = text[start:end]
    if not gazetteer.candidates(surface):
        return None
    sentence = next((n for n, s in enumerate(annotated.sentences) if s.start <= start < s.end), 0)
    return Mention(Span(annotated.article.article_id, start, end, surface), "GPE", sentence)


@dataclass(frozen=True, slots=True)
class Resolution:
    """What canonicalization learned: the entities, and which entity each surface names."""

    entities: tuple[Entity, ...]
    by_surface: dict[tuple[str, str], Entity]  # (article_id, folded surface) -> entity
    by_name: dict[str, Entity]  # folded surface -> entity, when unambiguous in the corpus
    part_of: dict[str, str] = field(default_factory=dict)  # entity id of "West Texas" -> that of "Texas", when named

    def entity(self, article_id: str, surface: str) -> Entity | None:
        """The entity a surface form names in one article (or, failing that, in the corpus)."""
        key = fold(surface)
        return self.by_surface.get((article_id, key)) or self.by_name.get(key)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass
class _Occurrence:
    article_id: str
    surface: str
    label: str
    key: str
    place: Place | None = None
    tokens: tuple[str, ...] = ()  # folded name tokens (for persons: of the full name)
    language: str = "en"  # of its article
    town: Place | None = None  # for a site the gazetteer does not know: the town its article puts it in
    full: str | None = None  # a given name's full name, by its kin: "Todd" of "Sarah Palin, her husband Todd"


def canonicalize(analyses: Sequence[ArticleAnalysis], gazetteer: Gazetteer) -> Resolution:
    """Group the entity mentions of a corpus into canonical entities.

    :param analyses: every analysed article (copies are skipped by the caller).
    :param gazetteer: resolves places to coordinates and countries.
    :returns: the entities sorted by id, and lookups from surface forms to them.

    Example::

        resolution = canonicalize(analyses, default_gazetteer())
        resolution.entity("doc-1", "Daesh").name  # "Islamic State"
    """
    votes = _label_votes(analyses)
    occurrences: list[_Occurrence] = []
    uf = _UnionFind()
    defined: dict[str, str] = {}  # an acronym's key → the long form a document first defined it as
    for analysis in analyses:
        occurrences += _document_occurrences(analysis, gazetteer, uf, votes, defined)
    _link_across_documents(occurrences, uf)
    groups: dict[str, list[_Occurrence]] = defaultdict(list)
    for occ in occurrences:
        groups[uf.find(occ.key)].append(occ)
    entities: list[Entity] = []
    by_surface: dict[tuple[str, str], Entity] = {}
    surface_owner: dict[str, set[str]] = defaultdict(set)
    for root, occs in groups.items():
        entity = _make_entity(root, occs, gazetteer)
        entities.append(entity)
        for occ in occs:
            by_surface[(occ.article_id, fold(occ.surface))] = entity
            surface_owner[fold(occ.surface)].add(entity.entity_id)
    by_id = {e.entity_id: e for e in entities}
    by_name = {s: by_id[next(iter(ids))] for s, ids in surface_owner.items() if len(ids) == 1}
    entity_of_root = {root: by_surface[(occs[0].article_id, fold(occs[0].surface))] for root, occs in groups.items()}
    part_of = {}  # "West Texas" is a part of "Texas": stories about either share the place
    for root, occs in groups.items():
        for occ in occs:
            if occ.key.startswith("place:") and "~" in occ.key:
                whole_key = occ.key.split("~")[0].removeprefix("place:" if occ.key.startswith("place:country:") else "")
                if (whole := entity_of_root.get(uf.find(whole_key))) is not None:
                    part_of[entity_of_root[root].entity_id] = whole.entity_id
    entities.sort(key=lambda e: e.entity_id)
    return Resolution(tuple(entities), by_surface, by_name, part_of)


#: Legal and club suffixes left out of organisation keys ("Nordvik Shipping ASA" ~ "Nordvik Shipping").
LEGAL_SUFFIXES = frozenset({"inc", "ltd", "llc", "plc", "sa", "ag", "gmbh", "corp", "corporation", "co", "asa", "sia",
                            "ab", "nv", "bv", "spa", "srl", "oyj", "as", "fc", "sc", "afc", "cf", "ac", "limited"})
#: Administrative suffixes left out of place keys ("Borno State" ~ "Borno").
ADMIN_SUFFIXES = frozenset({"state", "province", "region", "county", "district", "governorate", "oblast", "prefecture",
                            "department", "municipality", "strip"})
#: Words too generic to stand for a longer organisation name on their own.
GENERIC_ORG_WORDS = frozenset({"police", "ministry", "government", "council", "army", "court", "party", "agency", "office",
                               "department", "authority", "authorities", "commission", "committee", "union", "national",
                               "group", "bureau", "force", "forces", "service", "services", "brigade", "state", "city",
                               "company", "bank", "university", "club", "team", "the", "of", "and", "interior", "security"})
#: Particles that may open a surname ("Ben Saud", "al-Baghdadi", "van Dijk").
SURNAME_PARTICLES = frozenset({"ben", "bin", "ibn", "al", "el", "abu", "van", "von", "de", "del", "da", "di", "le", "la", "ould", "bou"})
_TITLES = PERSON_TITLES


def _label_votes(analyses: Sequence[ArticleAnalysis]) -> dict[str, str]:
    """The label each surface form gets most often across the corpus (the small model wavers)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for a in analyses:
        for m in a.mentions:
            votes[fold(m.span.text)][m.label] += 1
    out = {}
    for surface, counter in votes.items():
        (label, n), *rest = counter.most_common() + [("", 0)]
        if rest and rest[0][1] == n and "PERSON" in counter and counter["PERSON"] == n:
            label = "PERSON"
        out[surface] = label
    return out


def _label_class(label: str) -> str:
    return "PLACE" if label in PLACE_LABELS else label


#: Generational suffixes, no part of the name that tells people apart in one story.
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _name_tokens(surface: str) -> list[str]:
    tokens = fold(surface).split()
    while tokens and tokens[0] in _TITLES:
        tokens = tokens[1:]
    while len(tokens) > 2 and tokens[-1] in _GENERATIONS:
        tokens = tokens[:-1]  # "Anthony LaCalamita III"
    return tokens


#: Country initials inside an organisation's name, written out: "US Geological Survey" is the
#: "United States Geological Survey".
_INITIALS_IN_NAMES = {"us": ["united", "state"], "uk": ["united", "kingdom"], "un": ["united", "nation"],
                      "eu": ["european", "union"]}


def _org_tokens(surface: str) -> list[str]:
    tokens = [t for t in singular_key(surface.replace("U.S.", "US").replace("U.N.", "UN").replace("U.K.", "UK")).split() if t != "the"]
    if len(tokens) >= 2:
        tokens = [w for t in tokens for w in _INITIALS_IN_NAMES.get(t, [t])]
    while len(tokens) > 1 and tokens[-1] in LEGAL_SUFFIXES:
        tokens = tokens[:-1]
    tokens = _head_last(tokens)
    if len(tokens) >= 3 and tokens[-2] == "police" and tokens[-1] in {"department", "dept", "service", "force"}:
        tokens = tokens[:-1]  # "the Houston Police Department" is "the Houston police"
    if len(tokens) >= 2 and (iso := country_of(tokens[0])) and len(own := singular_key(country_name(iso) or "").split()) == 1:
        tokens = [*own, *tokens[1:]]  # "Malaysian Airlines" is "Malaysia Airlines"
    return tokens


#: Heads of government bodies that the news names either way: "the Department of Justice" and
#: "the Justice Department", "the Ministry of the Interior" and "the Interior Ministry".
_HEADS_NAMED_EITHER_WAY = frozenset({"department", "ministry", "division", "bureau", "office", "directorate", "secretariat"})


def _head_last(tokens: list[str]) -> list[str]:
    """An institution's name words with its head last: "us department of agriculture" →
    "us agriculture department", as "the U.S. Agriculture Department" writes it.

    >>> _head_last(["ministry", "of", "the", "interior"]), _head_last(["bank", "of", "england"])
    (['interior', 'ministry'], ['bank', 'of', 'england'])
    """
    for k, word in enumerate(tokens[:-2]):
        if word in _HEADS_NAMED_EITHER_WAY and tokens[k + 1] == "of":
            rest = [t for t in tokens[k + 2:] if t != "the"]
            if rest and "of" not in rest:
                return [*tokens[:k], *rest, word]
    return tokens


def _national_body(tokens: list[str]) -> bool:
    """A government body named by its field alone ("defense ministry", "justice department"):
    every country has one, so it is the one of the country a report is about.

    >>> _national_body(["defense", "ministry"]), _national_body(["united", "state", "justice", "department"])
    (True, False)
    """
    return (2 <= len(tokens) <= 4 and tokens[-1] in _HEADS_NAMED_EITHER_WAY and "united" not in tokens
            and not any(country_of(t) for t in tokens))


def _place_key_tokens(surface: str) -> list[str]:
    """The words a place is known by: abbreviations written out ("117th St" and "117th Street",
    "W American Blvd" and "West American Boulevard", "Mt Cook" and "Mount Cook"), without
    an administrative suffix ("Borno State" ~ "Borno")."""
    tokens = fold(surface).split()
    while len(tokens) > 1 and tokens[-1] in ADMIN_SUFFIXES:
        tokens = tokens[:-1]
    if len(tokens) > 1:
        tokens[-1] = _LAST_WORD_ABBREVIATIONS.get(tokens[-1], tokens[-1])
        if len(tokens) > 2 or tokens[0] in {"mt", "ft"}:  # "E Street" is the street named E
            tokens[0] = _FIRST_WORD_ABBREVIATIONS.get(tokens[0], tokens[0])
    return tokens


#: Abbreviated last words of place names (street kinds), written out.
_LAST_WORD_ABBREVIATIONS = {"st": "street", "ave": "avenue", "av": "avenue", "blvd": "boulevard", "rd": "road", "dr": "drive",
                            "ln": "lane", "hwy": "highway", "pkwy": "parkway", "sq": "square", "ct": "court", "pl": "place"}
#: Abbreviated first words of place names, written out ("W 14th Street", "Mt Cook").
_FIRST_WORD_ABBREVIATIONS = {"w": "west", "e": "east", "n": "north", "s": "south", "mt": "mount", "ft": "fort"}


#: Words that name what kind of place a name is, written after it or before it with "of".
_PLACE_KINDS = r"(?:refugee\s+camp|camp|island|province|prison|district|governorate|county|region)"
#: ... but not "New Bedford District Court" nor "the Philadelphia District Attorney": an institution.
_KIND_AFTER = re.compile(rf"^\s+{_PLACE_KINDS}\b(?!\s+(?:court|attorney|judge|council|office|police|school|board|hospital)\b)",
                         re.IGNORECASE)
_KIND_BEFORE = re.compile(rf"\b(?:the\s+)?{_PLACE_KINDS}\s+of\s+$", re.IGNORECASE)


def _named_with_its_kind(text: str, start: int, end: int) -> str | None:
    """The place's name with the word for its kind, as the text writes it: "Yida refugee camp",
    "Qeshm Island", "island of Qeshm", "Hormozgan province"; ``None`` when there is none."""
    after = _KIND_AFTER.match(text[end:end + 20])
    if after:
        return text[start:end + after.end()].strip()
    before = _KIND_BEFORE.search(text[max(0, start - 24):start])
    if before:
        lead = text[max(0, start - 24):start][before.start():]
        lead = re.sub(r"(?i)^the\s+", "", lead)
        return (lead + text[start:end]).strip()
    return None


_TITLE_WORD = r"(?:Prime Minister|Chief|" + "|".join(sorted((t.capitalize() for t in _TITLES), key=len, reverse=True)) + r")"
#: One title or a chain of them before a name: "Mr Chu", "Lt. Gerry Scherlinck", "Detective Chief
#: Inspector Paul Duhig" (a tokenized text may space the full stop: "Lt . Gerry").
_TITLE_BEFORE = re.compile(r"\b" + _TITLE_WORD + r"(?: ?\.)?(?:\s+" + _TITLE_WORD + r"(?: ?\.)?)*\s+$")
_LAST_TITLE = re.compile(r"\b" + _TITLE_WORD + r"(?: ?\.)?\s+$")


#: A compass word and a word for a stretch of land or water: with "the" before it, a region people
#: call so ("the North Bay", "the East End", "the West Country"), whatever town bears the name abroad.
_REGION_DESCRIPTOR = re.compile(r"(?:North|South|East|West|Central|Upper|Lower|Northern|Southern|Eastern|Western|Inner|Outer)"
                                r"(?: (?:Bay|Shore|Coast|Side|End|Valley|Country|Hills|Woods|Plains|Lakes|Highlands|Lowlands|Peninsula))+")


#: Titles that tell a man from a woman: two people of one surname addressed so are two.
_TITLE_SEX = {"mr": "m", "mister": "m", "sir": "m", "ms": "f", "mrs": "f", "miss": "f", "madam": "f", "dame": "f", "lady": "f"}


def _with_title(text: str, start: int, end: int) -> list[str]:
    """The name with the titles the text gives it ("Mr Chu", "President Ma"): with all of them
    and with the last ("Prime Minister Sheikh Hamad" and "Sheikh Hamad"), or none."""
    found = _TITLE_BEFORE.search(text[max(0, start - 40):start])
    if not found:
        return []
    last = _LAST_TITLE.search(found.group(0))
    forms = [(found.group(0) + text[start:end]).strip(), ((last.group(0) if last else "") + text[start:end]).strip()]
    return list(dict.fromkeys(forms))


#: A Korean, Chinese or Vietnamese name written family name first, with a hyphenated given
#: name ("Ban Ki-moon", "Ma Ying-jeou", "Kim Jong-un"); a Western hyphenated surname has a
#: capital after its hyphen ("Megevand-Roggo") and a hyphenated given name comes first.
_FAMILY_NAME_FIRST = re.compile(r"(?:^|\s)[A-Z][a-z]{0,5} [A-Z][a-z]+-[a-z]+$")


def _family_name_of(token: str, family_first: list[list[str]]) -> list[str] | None:
    """The one full name of the document written family name first whose family name this
    lone name is: "Ban" (even tagged as a place) after "Ban Ki-moon", "President Ma" after
    "Ma Ying-jeou"."""
    fits = {tuple(f) for f in family_first if len(f) >= 2 and f[0] == token}
    return list(fits.pop()) if len(fits) == 1 else None


#: A company's stock symbol written after its name, as wire copy gives it: "Michael Kors
#: (KORS.N)", "Jimmy Choo CHOO.L", "Apple (NASDAQ: AAPL)".
_TICKER_AFTER = re.compile(r"\s*(?:\(\s*(?P<symbol>[A-Z]{1,5}\.[A-Z]{1,2})\s*\)|(?P<bare>[A-Z]{2,5}\.[A-Z]{1,2})\b(?!\.)"
                           r"|\(\s*(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s*:\s*(?P<listed>[A-Z]{1,5})\s*\))")


#: A kin word after a person's surname or a pronoun, before a given name: "Gray's sister
#: Mahnefeh", "Sarah Palin, her husband Todd", "his wife, Celeste". Kin who mostly bear the
#: family's name (not cousins, in-laws or partners).
_KIN_BEFORE = re.compile(
    r"(?:\b(?P<owner>[A-Z][A-Za-z-]+)\s*['’]\s*s|\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir))\s+"
    r"(?:(?:late|older|younger|elder|eldest|twin|baby|teenage|infant|estranged|\d+\s*-\s*year\s*-\s*old)\s+)*"
    r"(?:wife|husband|widow|son|daughter|brother|sister|mother|father|mom|dad)\s*,?\s*$")


def _kin_full_name(text: str, m: Mention, mentions: Sequence[Mention], label_of: Mapping[int, str],
                   full_names: list[list[str]]) -> str | None:
    """The full name of a given name written after a kin word: the surname of the person whose
    kin it is, with this name ("Alan" in "Mr Conroy's brother Alan" is Alan Conroy). The person
    is named before the kin word: by the surname of one of the article's people, or, after
    "his" or "her", by the last person named earlier in the sentence. ``None`` when the name is
    not written so, or the person is not one of the article's people."""
    surface = m.span.text
    if not re.fullmatch(r"[A-Z][a-z]+", surface) or re.match(r"\s+[A-Z][a-z]", text[m.span.end:m.span.end + 3]):
        return None  # ("his wife, Racquel Smith" names her in full)
    kin = _KIN_BEFORE.search(text, max(0, m.span.start - 70), m.span.start)
    if kin is None:
        return None
    surnames = {f[-1] for f in full_names}
    if kin.group("owner"):
        owner = kin.group("owner")
        if fold(owner) not in surnames:
            return None
    else:
        before = [x for x in mentions if x.sentence == m.sentence and x.span.end <= kin.start() and label_of[id(x)] == "PERSON"
                  and (tokens := _name_tokens(x.span.text)) and tokens[-1] in surnames]
        if not before or fold(surface) in _name_tokens(before[-1].span.text) or len({_name_tokens(x.span.text)[-1] for x in before}) > 1:
            return None  # ("Maria Lopez told police John Smith had attacked her son Carlos": whose?)
        owner = before[-1].span.text.split()[-1]
    if fold(surface) == fold(owner):
        return None
    return f"{surface} {owner}"


def _given_name_of(tokens: list[str], full_names: list[list[str]]) -> list[str] | None:
    """The one full name of the document whose given name this lone name is, when no full name
    has it as a surname ("Tavin" after "Tavin Price")."""
    if len(tokens) != 1 or len(tokens[0]) < 3:
        return None
    if any(f[-1] == tokens[0] for f in full_names):
        return None
    fits = {tuple(f) for f in full_names if f[0] == tokens[0]}
    return list(fits.pop()) if len(fits) == 1 else None


def _joined_given_name(tokens: list[str], family_first: list[list[str]]) -> list[str] | None:
    """The one family-name-first name whose given name these tokens write as one word
    ("Tzuyu" for Chou Tzu-yu), if exactly one."""
    fits = {tuple(f) for f in family_first if len(f) >= 3 and "".join(tokens) == "".join(f[1:])}
    return list(fits.pop()) if len(fits) == 1 else None


def _surname_of(tokens: list[str], full_names: list[list[str]]) -> list[str] | None:
    """The one full name whose surname (with its particle) these tokens are, if exactly one."""
    if not tokens or len(tokens) > 2:
        return None
    if len(tokens) == 2 and tokens[0] not in SURNAME_PARTICLES:
        # a double-barrelled surname ("Diallo-Berg") only as the tail of a longer name
        fits2 = {tuple(f) for f in full_names if len(f) >= 3 and f[-2:] == tokens}
        return list(fits2.pop()) if len(fits2) == 1 else None
    squashed = "".join(tokens)
    fits = set()
    for full in full_names:
        if len(full) <= len(tokens):
            continue
        tail1 = full[-1]
        tail2 = "".join(full[-2:]) if len(full) >= 3 or full[-2] in SURNAME_PARTICLES else None
        if squashed in {tail1, tail2} or tokens == full[-len(tokens):]:
            fits.add(tuple(full))
    return list(fits.pop()) if len(fits) == 1 else None


def _document_occurrences(
    analysis: ArticleAnalysis, gazetteer: Gazetteer, uf: _UnionFind, votes: dict[str, str], defined: dict[str, str] | None = None
) -> list[_Occurrence]:
    aid = analysis.article.article_id
    mentions = list(analysis.mentions)
    label_of = {id(m): votes.get(fold(m.span.text), m.label) for m in mentions}
    full_names = [_name_tokens(m.span.text) for m in mentions if label_of[id(m)] == "PERSON" and len(_name_tokens(m.span.text)) >= 2]
    full_names = [f for f in full_names if not (len(f) == 2 and f[0] in SURNAME_PARTICLES)]
    family_first = [_name_tokens(m.span.text) for m in mentions
                    if label_of[id(m)] == "PERSON" and _FAMILY_NAME_FIRST.search(m.span.text)]
    demonym_countries = [iso for m in mentions if m.label == "NORP" and (iso := country_of(m.span.text))]
    place_mentions = [m for m in mentions if label_of[id(m)] in PLACE_LABELS]
    place_names = [m.span.text for m in place_mentions]
    # "Bountiful, British Columbia": a town read inside the state or country written after it
    text = analysis.article.text
    within = {a.span.text: (f"{a.span.text}, {b.span.text}", b.span.text) for a, b in zip(place_mentions, place_mentions[1:])
              if text[a.span.end:b.span.start] in {", ", ","} and a.span.text != b.span.text}
    resolved = gazetteer.resolve(place_names + sorted({w for w, _ in within.values()}), context_countries=demonym_countries)
    for name, (written, container) in within.items():
        inner = resolved.get(written)
        outer = resolved.get(container)
        if inner is not None and outer is not None and inner.place_id == outer.place_id:
            resolved.pop(name, None)  # no town of that name there: not the namesake elsewhere either
        elif inner is not None:
            resolved[name] = inner
    admin_places = {tuple(_place_key_tokens(p)) for p in place_names if len(_place_key_tokens(p)) < len(fold(p).split())}
    admin_resolved: dict[tuple[str, ...], Place] = {}
    for p in sorted(place_names, key=lambda p: -len(p)):  # the longest written form decides
        if len(_place_key_tokens(p)) < len(fold(p).split()) and p in resolved:
            admin_resolved.setdefault(tuple(_place_key_tokens(p)), resolved[p])
    # (not "the Kraft Factory Shooting", a tagger's organisation that names an event)
    org_names = [_org_tokens(m.span.text) for m in mentions
                 if label_of[id(m)] == "ORG" and not is_acronym(m.span.text) and not _names_an_event(m.span.text)]
    org_surfaces = {tuple(_org_tokens(m.span.text)): m.span.text for m in mentions if label_of[id(m)] == "ORG"}
    towns = _towns_named_in_institutions(mentions, label_of, org_names, resolved, place_names, demonym_countries, gazetteer,
                                         analysis.article.text)
    for m in mentions:
        if m.span.text in towns:
            label_of[id(m)] = "GPE"  # "a Woodburn bank" beside "the Woodburn Police Department"
            resolved[m.span.text] = towns[m.span.text]
    where = Counter(p.country for p in resolved.values() if p.country) + Counter(demonym_countries)
    home = None  # the one country the document is about, if any
    if where:
        iso, n = where.most_common(1)[0]
        home = iso if n >= NATIONAL_SHARE * sum(where.values()) else None
    for m in place_mentions:
        p = resolved.get(m.span.text)
        if (p is not None and p.feature == "city" and home and p.country != home and _REGION_DESCRIPTOR.fullmatch(m.span.text)
                and text[max(0, m.span.start - 4):m.span.start] == "the "):
            resolved.pop(m.span.text)  # "recorded in the North Bay" of a California report: the region, not North Bay, Ontario
    out: list[_Occurrence] = []
    located: list[tuple[int, Place]] = []  # where the article names the places it resolved
    sites: list[tuple[int, _Occurrence]] = []
    for m in mentions:
        surface = m.span.text
        label = label_of[id(m)]
        entry = _sister_country(lookup(surface), surface, resolved)
        if entry is None and label == "ORG" and (team := team_nicknames().get(surface)) and re.search(
                rf"\b{re.escape(team.rsplit(' ', 1)[0])}\b", analysis.article.text):
            entry = lookup(team)  # "the Knicks" in a report that names New York: the New York Knicks
        tokens = _name_tokens(surface)
        # a name written family name first ends with no surname: "Chu" is Eric Chu, not Hung Hsiu-chu;
        # it is named by its given name written as one word ("Tzuyu" for Chou Tzu-yu)
        surname_full = None if entry is not None else (
            _surname_of(tokens, [f for f in full_names if f not in family_first]) or _joined_given_name(tokens, family_first))
        if surname_full is None and entry is None and len(tokens) == 1:
            surname_full = _family_name_of(tokens[0], family_first)  # "Ban" after "Ban Ki-moon"
        ticker = _TICKER_AFTER.match(analysis.article.text, m.span.end) if label in {"ORG", "PERSON", "PRODUCT"} else None
        if ticker is not None:
            label, entry = "ORG", None  # "Michael Kors (KORS.N)": the company listed under that symbol
        kin = (_kin_full_name(analysis.article.text, m, mentions, label_of, full_names)
               if entry is None and len(tokens) == 1 and not any(f[0] == tokens[0] for f in full_names) else None)
        if kin is not None:
            surname_full = _name_tokens(kin)  # "Gray's sister Mahnefeh": Mahnefeh Gray
        if surname_full is None and entry is None and label == "PERSON":
            surname_full = _given_name_of(tokens, full_names)  # "Tavin" after "Tavin Price"
        if surname_full is not None or (entry is None and len(tokens) == 1 and label not in PLACE_LABELS | {"ORG"} and surface not in resolved
                                        and len({tuple(f) for f in full_names if f[-1] == tokens[0]}) >= 2):
            label = "PERSON"  # "Karaca" after "Selim Karaca" is the man, not a town; "Pasztor" beside two Pasztors is one of them
        elif entry is None and label not in {"ORG", "NORP"} and surface not in resolved and len(tokens) == 1 and not is_acronym(surface):
            whole = _org_part_of(_org_tokens(surface), org_names)
            if whole != _org_tokens(surface) and not (label in PLACE_LABELS and whole[1:2] and whole[1] in _CIVIC_WORDS):
                label = "ORG"  # "Baltmar" beside "Baltmar Logistics SIA", not "Staunton" beside "Staunton Police Department"
        elif entry is None and label not in {"ORG", "NORP"} and surface not in resolved and 2 <= len(tokens) <= 4:
            if (whole := _institution_of(_org_tokens(surface), org_names)) is not None:
                label, tokens = "ORG", whole  # "Wayne State" beside "Wayne State University"
            elif _org_tokens(surface) in org_names:
                label = "ORG"  # "Valley Dairy" beside "Valley Dairy Inc.": the company the article names
        if (entry is not None and entry.iso and label in PLACE_LABELS and surface in resolved
                and resolved[surface].feature == "region" and resolved[surface].country != entry.iso):
            entry = None  # "Atlanta, Georgia": the state the document's other places choose, not the country
        place = None
        if entry is not None and not (label == "PERSON" and not entry.iso):
            key = f"country:{entry.iso}" if entry.iso else f"known:{fold(entry.name)}"
            label = "GPE" if entry.iso else entry.type
        elif label == "NORP" and (iso := country_of(surface)):
            key = f"country:{iso}"
        elif (label in PLACE_LABELS and (admin := tuple(_place_key_tokens(surface))) in admin_places
              and not _county_of_namesake(resolved.get(surface), admin_resolved.get(admin))):
            # "Borno" beside "Borno State": one place, the one the longer form names when the
            # gazetteer knows it ("Harris County")
            place = admin_resolved.get(admin)
            key = f"place:{place.place_id}" if place is not None else "name:PLACE:" + " ".join(admin)
            if place is not None and (part := _compass_part(surface, place)):
                key += "~" + part
        elif label in PLACE_LABELS and surface in resolved and not (
                _INSTITUTION_END.search(surface) and fold(resolved[surface].name) != fold(surface)):
            # (not "Aleppo University", which the gazetteer reads as Aleppo: a site in the town)
            place = resolved[surface]
            key = f"place:{place.place_id}" if place.feature != "country" else f"country:{place.country}"
            if part := _compass_part(surface, place):
                key = f"place:{place.place_id}~{part}"  # "West Texas" lies in Texas but is not all of it
        elif label == "PERSON":
            full = surname_full or tokens
            key = "person:" + joined_skeleton(" ".join(full))
        elif label == "ORG":
            whole = _org_part_of(_org_tokens(surface), org_names)
            known = lookup(org_surfaces.get(tuple(whole), "")) if whole != _org_tokens(surface) else None
            key = f"known:{fold(known.name)}" if known is not None and not known.iso else "name:ORG:" + " ".join(whole)
            if home and (_generic_bag(_org_tokens(surface)) is not None or _national_body(_org_tokens(surface))):
                key += "@" + home  # "the National Police" of a Colombian story is not Peru's, nor its "Defence Ministry"
        elif label in PLACE_LABELS:
            key = "name:PLACE:" + " ".join(_place_key_tokens(surface))
        else:
            key = f"name:{_label_class(label)}:{singular_key(surface)}"
        if not key.split(":", 2)[-1].strip():
            continue
        out.append(_Occurrence(aid, surface, label, key, place, tuple(surname_full or tokens), analysis.article.language, full=kin))
        if ticker is not None:
            symbol = ticker.group("symbol") or ticker.group("bare") or ticker.group("listed")
            out.append(_Occurrence(aid, symbol, "ORG", key, None, (fold(symbol),), analysis.article.language))
        if place is not None:
            located.append((m.span.start, place))
        elif key.startswith("name:PLACE:") and is_site(surface, label):
            sites.append((m.span.start, out[-1]))
        shared = surname_full is None and len(tokens) == 1 and sum(f[-1] == tokens[0] for f in full_names) > 1
        for titled in _with_title(analysis.article.text, m.span.start, m.span.end) if label == "PERSON" else ():
            # "Ms Tsai", "President Ma": the name as the text addresses the person; where two of the
            # article's people bear the surname, "Mr Gomes" and "Ms Gomes" are two of them, not one
            sex = _TITLE_SEX.get(fold(titled).split()[0], "") if shared else ""
            out.append(_Occurrence(aid, titled, label, key + (f"~{sex}" if sex else ""), place, tuple(surname_full or tokens),
                                   analysis.article.language))
        if label == "ORG" and (owner := _COUNTRY_OWNS.search(analysis.article.text[max(0, m.span.start - 40):m.span.start])) \
                and country_of(owner.group(1)):
            # "Iran's Red Crescent" is the "Iranian Red Crescent": the country's own organisation
            written = analysis.article.text[m.span.start - len(owner.group(0)):m.span.end]
            out.append(_Occurrence(aid, written, "ORG", "name:ORG:" + " ".join(_org_tokens(written)), None,
                                   tuple(_org_tokens(written)), analysis.article.language))
        if label in PLACE_LABELS | {"ORG"} and (force := _POLICE_AFTER.match(analysis.article.text, m.span.end)):
            # "Houston police", the force of the town: the "Houston Police Department"
            written = analysis.article.text[m.span.start:force.end()]
            out.append(_Occurrence(aid, written, "ORG", "name:ORG:" + " ".join(_org_tokens(written)), None,
                                   tuple(_org_tokens(written)), analysis.article.language))
        if label in PLACE_LABELS and (longer := _named_with_its_kind(analysis.article.text, m.span.start, m.span.end)):
            # "the Yida refugee camp", "the island of Qeshm": another name of the same place
            out.append(_Occurrence(aid, longer, label, key, place, tuple(surname_full or tokens), analysis.article.language))
        if label in PLACE_LABELS and place is not None and surface in within and _written_within(place, *within[surface], resolved):
            # "Silver Spring, Md.": the town as the text writes it with its state
            out.append(_Occurrence(aid, within[surface][0], label, key, place, tuple(tokens), analysis.article.language))
    for start, occ in sites:
        town = town_in_context(start, located)
        # a town of another country than the one the article is about is likely a misreading ("a
        # Toyota" in a US story): no town, rather than one from another part of the story
        occ.town = town if town is not None and (home is None or town.country == home) else None
    _link_acronyms(analysis, out, uf, {} if defined is None else defined)
    return out


#: Words that name a part of a place by where it lies in it ("West Texas", "Northeast Philadelphia").
_COMPASS_PARTS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                            "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                            "southeastern", "southwestern", "upper", "lower", "inner", "outer", "greater"})


#: Short names two countries share, by the country an alias table gives them and the other one.
_SISTER_COUNTRIES = {("congo", "CG"): AliasEntry("Democratic Republic of the Congo", "GPE", "CD"),
                     ("korea", "KR"): AliasEntry("North Korea", "GPE", "KP")}


def _sister_country(entry: AliasEntry | None, surface: str, resolved: Mapping[str, Place]) -> AliasEntry | None:
    """A shared short name ("Congo") read as the country the document's other places lie in:
    "capsized on Lake Mai-Ndombe in western Congo" in a report from Kinshasa is the DR Congo."""
    sister = _SISTER_COUNTRIES.get((fold(surface), entry.iso)) if entry is not None else None
    if sister is None:
        return entry
    towns = {p.country for p in resolved.values() if p.feature != "country"}
    return sister if sister.iso in towns and entry.iso not in towns else entry  # type: ignore[union-attr]


def _compass_part(surface: str, place: Place) -> str | None:
    """The compass word by which a written name is a part of the place the gazetteer read it as,
    or ``None``: "West Texas" is read as Texas, but names only its west ("west"); "North
    Carolina" is the gazetteer's own name and no part of anything.

    >>> from newsfold.places import Place
    >>> texas = Place("region:US.TX", "Texas", 31.2, -99.5, "US", "region")
    >>> _compass_part("West Texas", texas), _compass_part("Texas", texas)
    ('west', None)
    """
    words, own = fold(surface).split(), fold(place.name).split()
    if len(words) < 2 or not own or words[0] not in _COMPASS_PARTS or words[0] == own[0]:
        return None
    if words[0] in {"north", "south", "east", "west"} and words[1] in {"east", "west"}:
        if own[:2] == words[:2] or own[0] == words[0] + words[1]:
            return None  # "South East Asia" is "Southeast Asia"
        return words[0] + words[1]  # "North-East Nigeria"
    return words[0]


def _county_of_namesake(bare: Place | None, longer: Place | None) -> bool:
    """Whether a county and a town of the same name are two places: "Saginaw County" beside
    "Saginaw", the town the gazetteer knows, is not the town (but "Kerman" beside "Kerman
    province" is the province, as the news names them interchangeably)."""
    return (bare is not None and longer is not None and bare.feature == "city" and longer.feature == "county"
            and bare.place_id != longer.place_id)


def is_site(surface: str, label: str) -> bool:
    """Whether a place name is that of a site within a town: a facility by its NER label, or a
    building, venue or street by its last word ("Barclays Center", "Royal Street") or a
    building by its first ("Hotel Kyjev", "Museum of Ice Cream"); neither a town, a region nor
    a river.

    >>> is_site("Barclays Center", "GPE"), is_site("Hampton Avenue", "LOC"), is_site("Ohio River", "LOC")
    (True, True, False)
    """
    words = fold(surface).split()
    built = bool(words) and (words[-1] in _STREET_WORDS or is_venue(surface))  # "Lake Street", "Mount Sinai Hospital"
    if not words or words[-1] in _LARGE_FEATURES or words[0] in _LARGE_FEATURES and not built:
        return False  # "Ohio River", "Dogger Bank", "Interstate 5", "Pan-American Highway": no one town's
    return label == "FAC" or built or len(words) >= 2 and words[0] in VENUE_WORDS


#: Words of features larger than a town or running through many (a "Lake Street" is still a street).
_LARGE_FEATURES = frozenset({"river", "creek", "lake", "sea", "ocean", "bay", "gulf", "bank", "strait", "channel", "canal",
                             "highway", "interstate", "motorway", "freeway", "expressway", "turnpike", "mountain", "mountains",
                             "mount", "mt", "range", "valley", "desert", "island", "islands", "glacier", "fault", "peninsula",
                             "coast", "delta", "basin", "forest", "park", "lagoon", "reservoir", "dam", "pipeline", "railway"})


def _written_within(place: Place, written: str, container: str, resolved: Mapping[str, Place]) -> bool:
    """Whether "Town, State" as written names the town resolved as ``place``: the whole form
    resolves to it, or the state or country after the comma contains it."""
    inner, outer = resolved.get(written), resolved.get(container)
    if inner is not None:
        return inner.place_id == place.place_id
    return outer is not None and outer.place_id != place.place_id and outer.country == place.country and (
        outer.feature == "country" or outer.feature == "region" and outer.admin1 == place.admin1)


#: The last word of a building or an institution named after its town ("Aleppo University").
_INSTITUTION_END = re.compile(r"\b(?:University|College|Hospital|School|Airport|Stadium|Church|Mosque|Cathedral|Prison|Jail|"
                              r"Courthouse|Court|Station|Police)$")
#: The forces and services of a town or an institution, named after it.
_FORCES = frozenset({"police", "fire", "sheriff", "court", "council"})
#: Words after a town's name that make an institution of the town, not a longer name of it.
_CIVIC_WORDS = frozenset({"police", "fire", "city", "county", "sheriff", "council", "municipal", "school", "public", "university",
                          "state", "district", "community", "general", "regional", "airport", "hospital", "court", "mayor"})
#: A country named as the owner of what follows ("Iran's ", "Sudan 's " in tokenized text).
_COUNTRY_OWNS = re.compile(r"\b([A-Z][\w.-]+(?: [A-Z][\w.-]+)?) ?['’]s $")
#: A town's police force named after it, in lower case ("Staunton police arrested").
_POLICE_AFTER = re.compile(r"\s+police\b(?!\s+(?:[Dd]epartment|[Ss]ervice|[Ff]orce|[Dd]ept))")
#: Words that end an institution's name, which the news often leaves off ("Wayne State", "al-Qassam").
INSTITUTION_WORDS = frozenset({"university", "college", "brigade", "brigades", "synagogue", "church", "mosque", "hospital",
                               "airport", "academy", "institute", "movement", "congregation", "school"})


def _institution_of(tokens: list[str], org_names: list[list[str]]) -> list[str] | None:
    """The one organisation of the article named by ``tokens`` and one institution word after
    them ("Wayne State" → "Wayne State University"), or ``None``."""
    fits = {tuple(o) for o in org_names if len(o) == len(tokens) + 1 and o[:-1] == tokens and o[-1] in INSTITUTION_WORDS}
    return list(fits.pop()) if len(fits) == 1 else None


def _org_part_of(tokens: list[str], org_names: list[list[str]]) -> list[str]:
    """"Nordvik" beside "Nordvik Shipping", "Royal Eagles" beside "Kumasi Royal Eagles", and the
    head word of a name ("the Observatory" beside "the Syrian Observatory for Human Rights")."""
    if not tokens or all(t in GENERIC_ORG_WORDS for t in tokens):
        return tokens
    fits = {tuple(o) for o in org_names if len(o) > len(tokens) and (o[: len(tokens)] == tokens or o[-len(tokens):] == tokens
                                                                     or len(tokens) == 1 and _head_of(o) == tokens[0])
            and not _force_of(o, tokens)}
    return list(fits.pop()) if len(fits) == 1 else tokens


def _head_of(name: Sequence[str]) -> str | None:
    """The word a body's name is of, before "of" or "for": "academy" of "American Academy of Neurology"."""
    at = next((i for i, w in enumerate(name) if w in {"of", "for"}), None)
    return name[at - 1] if at else None


def _force_of(longer: Sequence[str], tokens: Sequence[str]) -> bool:
    """Whether an organisation's name is that of the force or service of the one the tokens name:
    "Wayne State University police" of "Wayne State University", "Elkhart police" of "Elkhart"."""
    return list(longer[: len(tokens)]) == list(tokens) and bool(set(longer[len(tokens):]) & _FORCES)


#: Words after a town's name that make an institution of the town ("Wasilla Bible Church",
#: "Bellflower Superior Court", "Woodburn Police Department").
_TOWN_INSTITUTION_WORDS = frozenset({"superior", "bible", "baptist", "methodist", "presbyterian", "lutheran", "middle",
                                     "high", "elementary", "memorial", "area", "town", "village", "borough", "township"})


#: A name that speaks is someone, not a town: "Hershey said on Monday".
_SPEAKS = re.compile(r"\s+(?:said|says|announced|reported|told|added|stated)\b")


def _towns_named_in_institutions(mentions: Sequence[Mention], label_of: Mapping[int, str], org_names: list[list[str]],
                                 resolved: Mapping[str, Place], place_names: list[str], context: list[str],
                                 gazetteer: Gazetteer, text: str = "") -> dict[str, Place]:
    """One-word names the tagger read as an organisation or a person that are the town of the
    article's institutions: "Woodburn" beside "the Woodburn Police Department", "Wasilla" beside
    "the Wasilla Bible Church", when the gazetteer knows the town. A company named after a town
    ("Nordvik" beside "Nordvik Shipping") stays the company, and so does one that speaks ("Hershey
    said it would give money to the Hershey Middle School")."""
    candidates = []
    for m in mentions:
        surface = m.span.text
        if (label_of[id(m)] in {"ORG", "PERSON"} and surface not in resolved and len(surface.split()) == 1
                and not is_acronym(surface) and lookup(surface) is None and not _SPEAKS.match(text, m.span.end)):
            tokens = _org_tokens(surface)
            if any(len(o) > len(tokens) and o[: len(tokens)] == tokens
                   and o[len(tokens)] in _CIVIC_WORDS | INSTITUTION_WORDS | _TOWN_INSTITUTION_WORDS for o in org_names):
                candidates.append(surface)
    if not candidates:
        return {}
    found = gazetteer.resolve(list(dict.fromkeys(candidates)) + place_names, context_countries=context)
    return {c: p for c in candidates if (p := found.get(c)) is not None and p.feature == "city"}




def _link_acronyms(analysis: ArticleAnalysis, occs: list[_Occurrence], uf: _UnionFind, defined: dict[str, str]) -> None:
    """Acronyms to the names they stand for, in one document: by an explicit definition ("the
    Kuomintang (KMT)") or by initials. An acronym another document defined as another name
    ("Kenya Medical Trust (KMT)") is, in this document, this document's name only."""
    text = analysis.article.text
    longs = [o for o in occs if not is_acronym(o.surface) and len(o.surface.split()) >= 2 and o.label not in PLACE_LABELS]
    acronyms = [o for o in occs if is_acronym(o.surface)]
    for o in occs:
        uf.find(o.key)
    # "Central Bureau of Judicial Investigation (BCIJ)": an explicit definition
    for m in ACRONYM_DEFINITION.finditer(text):
        acr = m.group(1)
        if not is_acronym(acr):
            continue
        before = text[max(0, m.start() - 120): m.start()].rstrip()
        for o in longs + [o for o in occs if len(o.surface.split()) == 1 and not is_acronym(o.surface)
                          and o.label not in PLACE_LABELS | {"PERSON"}]:
            if before.endswith(o.surface) and (_letters_fit(acr, o.surface, strict=False) or spelled_within(acr, o.surface)):
                existing = [a for a in acronyms if a.surface == acr]
                target = existing[0].key if existing else f"name:ORG:{singular_key(acr)}"
                if (table := lookup(acr)) is not None and not table.iso and lookup(o.surface) != table and not _names_alike(o.surface, table):
                    # "the Food Standards Agency (FSA)": the article's own body, whatever the table calls FSA
                    target = f"name:ORG:{singular_key(acr)}@{o.article_id}"
                    for a in existing:
                        a.key = target
                first = defined.setdefault(target, o.key)
                if uf.find(first) != uf.find(o.key) and not _same_long_form(first, o.key):
                    own = f"{target}@{o.article_id}"  # KMT is the Kuomintang elsewhere, the Kenya Medical Trust here
                    for a in existing:
                        a.key = own
                    target = own
                if not existing:  # the model missed the acronym: it is still an alias
                    occs.append(_Occurrence(o.article_id, acr, "ORG", target, None, (fold(acr),), o.language))
                if o.label == "PERSON":
                    o.label = "ORG"  # a name defined with an acronym is an organisation
                uf.union(o.key, target)
    # an acronym whose letters are the initials of a long name in the same document, any order;
    # not one the alias table knows as another name ("AP" of an image credit beside "Amber Pasztor")
    for a in acronyms:
        for o in longs:
            if lookup(a.surface) is not None and fold(o.surface).split()[-1] not in _BODY_WORDS:
                continue  # (an "EC" of this document's Election Commission is it, not the European Commission)
            if o.label != "PERSON" and _letters_fit(a.surface, o.surface, strict=True):
                uf.union(a.key, o.key)


#: Last words of the names of bodies (an acronym the alias table knows may still spell one of the
#: document's: "the International Cricket Council … ICC officials").
_BODY_WORDS = frozenset({"commission", "council", "court", "committee", "party", "union", "association", "agency", "bureau",
                         "department", "ministry", "authority", "organisation", "organization", "corporation", "company", "bank",
                         "institute", "university", "league", "federation", "front", "army", "forces", "force", "service",
                         "board", "office", "group", "network", "movement", "alliance", "club", "society", "foundation",
                         "trust", "fund", "press", "news", "police", "agency", "assembly", "congress", "parliament"})


def _names_alike(written: str, entry: AliasEntry) -> bool:
    """Whether an article's long name for an acronym is the alias table's body written its own way
    ("Organization of Petroleum Exporting Countries", "U.S. Centers for Disease Control"): most of
    its words, by their skeletons, are in one of the table's names for it."""
    own = {skeleton_token(w) for w in _org_tokens(written) if w not in _GLOSSARY_STOP and len(w) > 2}
    if not own:
        return False
    for name in known_forms(entry.name) or (entry.name,):
        theirs = {skeleton_token(w) for w in _org_tokens(name) if w not in _GLOSSARY_STOP and len(w) > 2}
        if theirs and len(own & theirs) >= 0.6 * min(len(own), len(theirs)):
            return True
    return False


def _link_given_names(persons: list[_Occurrence], uf: _UnionFind) -> None:
    """Full names of one person written with or without a middle name or initial, or with a
    nickname: "Robert J. Pickell" = "Robert Pickell", "Benjamin David Banky" = "Ben Banky",
    "William Hakim" = "Bill Hakim". A form that fits two forms that do not fit each other
    ("Robert Smith" beside "Robert A. Smith" and "Robert B. Smith") is left alone."""
    by_last: dict[str, dict[tuple[str, ...], set[str]]] = defaultdict(lambda: defaultdict(set))
    for o in persons:
        t = o.tokens
        if (len(t) >= 2 and not set(t[1:]) & SURNAME_PARTICLES and t[0] not in SURNAME_PARTICLES - {"ben"}
                and all(len(x) > 1 for x in (t[0], t[-1]))):
            by_last[t[-1]][t].add(o.key)
    for forms in by_last.values():
        if len(forms) < 2 or len(forms) > 12:
            continue
        names = list(forms)
        fits = {f: [g for g in names if g != f and _one_person(f, g)] for f in names}
        clear = {f for f, gs in fits.items() if all(_one_person(a, b) for i, a in enumerate(gs) for b in gs[i + 1:])}
        for f in clear:
            for g in fits[f]:
                if g in clear:  # neither form could be somebody else
                    for k in forms[f] | forms[g]:
                        uf.union(next(iter(forms[f])), k)


def _one_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names with one surname: same given name (or a nickname of it), and middle names
    that do not contradict each other (an initial fits its name; a missing one fits any)."""
    if not _given_names_agree(a[0], b[0]):
        # "Lucky Luciano" for "Charles Lucky Luciano": the nickname used as the given name
        return (len(a) == 2 and a[0] in b[1:-1]) or (len(b) == 2 and b[0] in a[1:-1])
    ma, mb = tuple(x for x in a[1:-1] if x != "the"), tuple(x for x in b[1:-1] if x != "the")
    if ma and mb:
        return len(ma) == len(mb) and all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(ma, mb, strict=True))
    return True


def _given_names_agree(a: str, b: str) -> bool:
    """"Ben" and "Benjamin", "Bill" and "William", "Chris" and "Christopher"; not "Hassan" and "Hussein"."""
    if a == b or skeleton_token(a) == skeleton_token(b):
        return True
    short, long_ = sorted((a, b), key=len)
    if 3 <= len(short) <= 4 and len(long_) >= len(short) + 3 and long_.startswith(short):
        return True  # a short form: "Ben", "Chris", "Alex" (not "Karim" for "Karima")
    if _y_for_j(a) == _y_for_j(b):
        return True
    if _slip_of_the_pen(a, b):
        return True  # "Jermayne" and "Jerymayne", "Catherine" and "Katherine" in reports of one man, one woman
    nicknames = _nicknames()
    return b in nicknames.nicknames_of(a) or a in nicknames.nicknames_of(b)


#: Given names at least this long written with one letter more or less are one name misspelt.
SLIP_MIN_LETTERS = 7


def _slip_of_the_pen(a: str, b: str) -> bool:
    """Whether two long given names differ by one letter added or dropped inside the name
    ("Jermayne", "Jerymayne") or by a first C written K ("Catherine", "Katherine"); not a letter
    changed ("Christina", "Christine") nor one at the end, where a man's name and a woman's part
    ("Michael", "Michaela"; "Stephane", "Stephanie"): two people."""
    if min(len(a), len(b)) < SLIP_MIN_LETTERS:
        return False
    if len(a) == len(b):
        return a[1:] == b[1:] and {a[0], b[0]} == {"c", "k"}
    short, long_ = sorted((a, b), key=len)
    apart = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return len(long_) == len(short) + 1 and Levenshtein.distance(a, b) == 1 and apart < len(short) - 2


def _y_for_j(given: str) -> str:
    """A given name's skeleton with the Hebrew and Greek "y" of other transliterations:
    "Binyamin" for "Benjamin", "Yiannis" for "Giannis", "Yiorgos" for "Giorgos". A first "j"
    stays ("Jan" is not "Ian", nor "Joel" "Yael")."""
    given = re.sub(r"^gi(?=[aeiou])", "y", given)
    return skeleton_token(given[:1] + given[1:].replace("j", "y"))


@functools.cache
def _nicknames() -> Any:
    """The English nickname table of the ``nicknames`` package (hand-curated, Apache-2.0)."""
    from nicknames import NickNamer

    return NickNamer()


def _link_acronyms_across(orgs: list[_Occurrence], uf: _UnionFind) -> None:
    """An acronym in one report and the one organisation of the corpus whose initials it spells
    ("NRC" and "Nuclear Regulatory Commission"); left alone when two organisations fit."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for o in orgs:
        if not is_acronym(o.surface) and len(o.surface.split()) >= 2:
            by_initials["".join(sorted(initials(o.surface)))].add(o.key)
    named = {uf.find(o.key) for o in orgs if not is_acronym(o.surface)}  # entities with a name besides acronyms
    for o in orgs:
        if is_acronym(o.surface) and len(acronym_letters(o.surface)) >= 3:
            fits = {uf.find(k) for k in by_initials.get("".join(sorted(acronym_letters(o.surface))), ())}
            if len(fits) == 1 and (uf.find(o.key) not in named or uf.find(o.key) in fits):
                uf.union(o.key, next(iter(fits)))  # not "KMT", defined as the Kuomintang, to a "Kenya Medical Trust"


def _same_long_form(a: str, b: str) -> bool:
    """Whether two keys of long forms may name one thing: they share a word, however spelled
    ("Revolutionary Armed Forces of Colombia" and "Fuerzas Armadas Revolucionarias de Colombia";
    "Tehreek-e-Insaf" and "Tehrik-e-Insaf"), unlike "Kuomintang" and "Kenya Medical Trust"."""
    wa, wb = ({skeleton_token(w) for w in k.split(":", 2)[-1].split("@")[0].split() if w not in _GLOSSARY_STOP and len(w) > 2}
              for k in (a, b))
    return a == b or bool(wa & wb)


def _letters_fit(acronym: str, name: str, *, strict: bool) -> bool:
    letters = acronym_letters(acronym)
    ini = initials(name)
    if sorted(letters) == sorted(ini):
        return True
    if strict:
        return False
    common = sum((Counter(letters) & Counter(ini)).values())
    return common >= max(2, int(0.6 * len(letters)))


def _link_across_documents(occs: list[_Occurrence], uf: _UnionFind) -> None:
    """Surnames to full names, short organisation names to long ones, spelling variants.

    Every link is found through a dictionary keyed by a name part (near-linear), and made
    only when exactly one full name in the corpus fits.
    """
    # "Borno" resolved by the gazetteer elsewhere, when the corpus speaks of "Borno State"
    admin_keys = {o.key for o in occs if o.key.startswith("name:PLACE:")}
    for o in occs:
        if o.place is not None and o.label in PLACE_LABELS:
            candidate = "name:PLACE:" + " ".join(fold(o.surface).split())
            if candidate in admin_keys and o.place.population < SMALL_PLACE_TRUST:
                o.key, o.place = candidate, None
                uf.find(o.key)
    # "Gaza" in one report is the "Gaza Strip" of another, not the town of the same name
    regions: dict[tuple[tuple[str, ...], str | None], tuple[str, Place]] = {}
    for o in occs:
        if o.place is not None and o.place.feature == "region" and len(admin := _place_key_tokens(o.surface)) < len(fold(o.surface).split()):
            regions.setdefault((tuple(admin), o.place.country), (o.key, o.place))
    for o in occs:
        if o.place is not None and o.place.feature == "city" and o.place.population < SMALL_PLACE_TRUST and (
                region := regions.get((tuple(fold(o.surface).split()), o.place.country))) is not None:
            o.key, o.place = region
            uf.find(o.key)
    # Single names in one article that are the surname of a full name found in another
    persons_full: dict[str, set[str]] = defaultdict(set)
    for o in occs:
        if o.key.startswith("person:") and len(o.tokens) >= 2:
            persons_full[o.tokens[-1]].add(o.key)
    for o in occs:
        if o.label in {"ORG", "GPE", "LOC", "NORP"} and o.place is None and not o.key.startswith(("known:", "country:")):
            toks = fold(o.surface).split()
            # "al-Baghdadi" tagged ORG is the surname of "Abu Bakr al-Baghdadi"; "Ford" tagged
            # ORG may well be the carmaker, not Gerald Ford
            surname = (len(toks) == 1 and o.label != "ORG") or (len(toks) == 2 and toks[0] in SURNAME_PARTICLES)
            if surname and len(persons_full.get(toks[-1], ())) == 1 and not is_acronym(o.surface):
                o.label = "PERSON"  # joined to the full name below, like any surname
                o.key = "person:" + joined_skeleton(" ".join(toks))
                o.tokens = tuple(toks)
    persons = [o for o in occs if o.key.startswith("person:")]
    _link_qaf_spellings(persons, uf)
    _link_swapped_letters(persons, uf)
    _link_given_names(persons, uf)
    by_tail: dict[str, set[str]] = defaultdict(set)
    for o in persons:
        if len(o.tokens) >= 2:
            sk = skeleton(" ".join(o.tokens))
            if sk:
                by_tail[sk[-1]].add(o.key)
                if len(o.tokens) >= 3 or o.tokens[-2] in SURNAME_PARTICLES:
                    by_tail[joined_skeleton(" ".join(o.tokens[-2:]))].add(o.key)
    for o in persons:
        if len(o.tokens) in (1, 2):  # "Caillet", "Ben Saud", "Fernandez Diaz"; "Irannejad" of "Mehdi Iran Nejad"
            fits = {uf.find(k) for k in by_tail.get(joined_skeleton(" ".join(o.tokens)), set()) - {o.key}}
            if len(fits) == 1:  # one person, however many forms of the full name ("Ben Banky", "Benjamin David Banky")
                uf.union(o.key, next(iter(fits)))
    orgs = [o for o in occs if o.key.startswith("name:ORG:")]
    org_keys = {o.key: o.key[len("name:ORG:"):].split("@")[0].split() for o in orgs}
    # the alias table's teams as the texts write them: "Saints" beside the "New Orleans Saints" (not the
    # Gaza "Red Crescent" beside the Syrian Arab Red Crescent)
    teams = {f"known:{fold(name)}" for name in team_names()}
    long_keys = org_keys | {o.key: _org_tokens(o.surface) for o in occs if o.key in teams and len(o.surface.split()) > 1}
    by_part: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key, toks in long_keys.items():
        if _names_an_event(" ".join(toks)):
            continue  # "Kraft Factory Shooting" is no longer name of "Kraft"
        for n in range(1, len(toks)):
            by_part[tuple(toks[:n])].add(key)
            by_part[tuple(toks[-n:])].add(key)
    for key, toks in org_keys.items():
        if all(t in GENERIC_ORG_WORDS for t in toks):
            continue
        fits = by_part.get(tuple(toks), set())
        # not "Wayne State University" into "Wayne State University police", nor "Elkhart" into the
        # "Elkhart Police Department": a town's or a college's force is not the town or the college
        fits = {f for f in fits if not _force_of(long_keys[f], toks)}
        if len(fits) == 1:
            uf.union(key, next(iter(fits)))
    _link_party_members([o for o in occs if o.key.startswith("name:NORP:")], org_keys, uf)
    _link_place_spellings([o for o in occs if o.label in PLACE_LABELS or o.label == "ORG" and o.key.startswith("name:ORG:")
                           and len(_place_spelling(o.surface).split()) == 1], uf)
    _link_streets_without_direction([o for o in occs if o.label in PLACE_LABELS], uf, _towns_of_documents(occs))
    _link_acronyms_across(orgs, uf)
    _link_translations(org_keys, [o for o in occs if o.label == "ORG"], uf)
    _link_national_institutions(orgs, uf)
    # Different spellings that share a key must also look alike: guard against false merges.
    by_key: dict[str, list[_Occurrence]] = defaultdict(list)
    for o in persons:
        by_key[o.key].append(o)
    for key, group in by_key.items():
        forms = sorted({" ".join(o.tokens) for o in group})
        if len(forms) > 1 and not _spellings_agree(forms):
            for o in group:  # split: each spelling keeps its own key
                o.key = f"{key}|{' '.join(o.tokens)}"
                uf.find(o.key)


def _link_party_members(norps: list[_Occurrence], org_keys: dict[str, list[str]], uf: _UnionFind) -> None:
    """A party named by its members is the party, across documents too: "the Conservatives" (or
    "Republicans", "Democrats") and the one "Conservative Party" ("Republican Party", "Democratic
    Party") of the corpus. A people ("Americans") is no party's members."""
    parties: dict[str, set[str]] = defaultdict(set)
    for key, toks in org_keys.items():
        if len(toks) == 2 and toks[1] == "party":
            parties[toks[0]].add(key)
    if not parties:
        return
    for o in norps:
        if country_of(o.surface) is not None:
            continue
        member = singular_key(o.surface)
        if " " in member:
            continue
        fits = set().union(*(keys for word, keys in parties.items()
                              if word == member or len(member) >= 6 and word.startswith(member)))  # "democrat" of "democratic"
        if len(fits) == 1:
            uf.union(o.key, next(iter(fits)))


#: Institutional words of Spanish, French, Italian and Portuguese names, in English, so that
#: "Guardia Civil" meets "Civil Guard" and "Cruz Roja" "Red Cross" (word order is ignored).
_GLOSSARY: dict[str, str] = {
    "guardia": "guard", "garde": "guard", "guarda": "guard", "civile": "civil", "civil": "civil",
    "policia": "police", "polizia": "police", "police": "police", "nacional": "national", "nationale": "national",
    "nazionale": "national", "ministerio": "ministry", "ministere": "ministry", "ministero": "ministry",
    "interior": "interior", "interieur": "interior", "interno": "interior", "justicia": "justice", "justice": "justice",
    "giustizia": "justice", "justica": "justice", "ejercito": "army", "armee": "army", "esercito": "army",
    "exercito": "army", "fuerzas": "forces", "forces": "forces", "forze": "forces", "forcas": "forces",
    "armadas": "armed", "armees": "armed", "armate": "armed", "tribunal": "court", "cour": "court", "corte": "court",
    "supremo": "supreme", "suprema": "supreme", "supreme": "supreme", "gendarmeria": "gendarmerie",
    "gendarmerie": "gendarmerie", "seguridad": "security", "securite": "security", "sicurezza": "security",
    "seguranca": "security", "banco": "bank", "banque": "bank", "banca": "bank", "central": "central",
    "centrale": "central", "parlamento": "parliament", "parlement": "parliament", "cruz": "cross", "croix": "cross",
    "croce": "cross", "roja": "red", "rouge": "red", "rossa": "red", "vermelha": "red", "marina": "navy",
    "marine": "navy", "armada": "navy", "aerea": "air", "aerienne": "air", "costera": "coast", "costiere": "coast",
    "salvamento": "rescue", "sauvetage": "rescue", "bomberos": "firefighters", "pompiers": "firefighters",
    "proteccion": "protection", "protection": "protection", "protezione": "protection",
}
_GLOSSARY_STOP = frozenset({"de", "del", "la", "el", "le", "les", "du", "des", "da", "do", "della", "di", "d", "l",
                            "y", "et", "e", "of", "the", "and", "los", "las"})


#: Glossary words that are English words too: they never show that a name is foreign ("Marines").
_ENGLISH_TOO = frozenset(_GLOSSARY.values()) | {"marine", "civil", "central", "tribunal", "federal", "armee"}
#: Words too common in institution names to link two languages on when nothing else is shared.
_TRANSLATION_GENERIC = GENERIC_ORG_WORDS | {"supreme", "navy", "central", "federal", "armed", "air", "coast", "rescue",
                                            "protection", "firefighters", "gendarmerie", "parliament", "justice", "red"}


def _bag(tokens: Sequence[str], *, translate: bool) -> frozenset[str] | None:
    """The content words of a name (translated through the glossary); ``None`` when a word of
    a name to translate is not in the glossary, or when nothing in it is foreign."""
    out = set()
    foreign = False
    for t in tokens:
        if t in _GLOSSARY_STOP:
            continue
        if translate:
            if t not in _GLOSSARY:
                return None
            foreign = foreign or t not in _ENGLISH_TOO
            t = _GLOSSARY[t]
        out.add(t)
    if translate and not foreign:
        return None
    return frozenset(out) or None


def _generic_bag(tokens: Sequence[str]) -> frozenset[str] | None:
    """The English words of an institution name made only of generic words ("National
    Police", "Policía Nacional"), else ``None``."""
    for translate in (False, True):
        bag = _bag(tokens, translate=translate)
        if bag is not None and all(t in GENERIC_ORG_WORDS for t in bag):
            return bag
    return None


def _link_national_institutions(orgs: Sequence[_Occurrence], uf: _UnionFind) -> None:
    """A generic institution name ("National Police", "Policía Nacional") in a document about
    one country (its key ends in ``@`` and the country) is that country's, when the corpus
    names it exactly once with the country's demonym ("Colombian National Police"). In a
    document about two countries (a Moroccan and a Spanish interior ministry) it stays generic."""
    national: dict[tuple[str, frozenset[str]], set[str]] = defaultdict(set)  # (country, generic words) → entities
    for o in orgs:
        toks = _org_tokens(o.surface)
        if len(toks) >= 2 and (iso := country_of(toks[0])) and (bag := _generic_bag(toks[1:])) is not None:
            national[(iso, bag)].add(uf.find(o.key))
    for o in orgs:
        if "@" not in o.key or (bag := _generic_bag(_org_tokens(o.surface))) is None:
            continue
        fits = national.get((o.key.rsplit("@", 1)[1], bag), set())
        if len(fits) == 1:
            uf.union(o.key, next(iter(fits)))


def _link_translations(org_keys: dict[str, list[str]], orgs: Sequence[_Occurrence], uf: _UnionFind) -> None:
    """A Spanish, French, Italian or Portuguese institution name and its English name, when
    exactly one English name of the corpus has the same words ("Guardia Civil" → "Civil
    Guard"). Names made only of generic words ("Policía Nacional", "Tribunal Supremo") are
    left alone: every country has a national police and a supreme court."""
    english: dict[frozenset[str], set[str]] = defaultdict(set)
    for o in orgs:  # every organisation name as written, the alias table's ones included ("Red Cross")
        if (bag := _bag(_org_tokens(o.surface), translate=False)) is not None:
            english[bag].add(uf.find(o.key))
    proposals: dict[str, set[str]] = defaultdict(set)  # English entity → foreign names that fit it
    for key, toks in org_keys.items():
        bag = _bag(toks, translate=True)
        if bag is None or all(t in _TRANSLATION_GENERIC for t in bag):
            continue
        fits = english.get(bag, set()) - {uf.find(key)}
        if len(fits) == 1:
            proposals[next(iter(fits))].add(key)
    for target, keys in sorted(proposals.items()):
        for key in sorted(keys):  # "Guardia Civil" and "Garde civile" both say "Civil Guard"
            uf.union(key, target)


def _link_swapped_letters(persons: list[_Occurrence], uf: _UnionFind) -> None:
    """Join full names with one given name whose surnames differ by two letters swapped: "Rene
    Pasztor" and "Rene Pastzor", a slip of one report. Surnames of five letters or more only
    ("Amber Lee" and "Amber Lea" differ by a letter changed, not swapped)."""
    by_given: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for o in persons:
        if len(o.tokens) >= 2 and len(o.tokens[-1]) >= 5:
            by_given[skeleton_token(o.tokens[0])][o.tokens[-1]].add(o.key)
    for surnames in by_given.values():
        names = sorted(surnames)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if len(a) == len(b) and sorted(a) == sorted(b) and OSA.distance(a, b) == 1:
                    for key in surnames[a] | surnames[b]:
                        uf.union(next(iter(surnames[a])), key)


def _link_qaf_spellings(persons: list[_Occurrence], uf: _UnionFind) -> None:
    """Join full names that differ only by the Arabic qaf written q or g at the start of the
    surname (Salem al-Gaddafi, Salem al-Qadhafi), the given names written alike. A k is another
    letter: Gamal and Kamal, Ahmed Gamal and Ahmed Kamal stay apart."""
    groups: dict[tuple[str, ...], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for o in persons:
        if len(o.tokens) >= 2 and o.tokens[-1][:1] in {"g", "q"}:
            sk = skeleton(" ".join(o.tokens))
            if len(sk) >= 2:
                groups[(*sk[:-1], "G" + sk[-1][1:])][o.tokens[-1][0]].add(o.key)
    for by_initial in groups.values():
        if len(by_initial) == 2:  # written with g and with q
            keys = sorted(set().union(*by_initial.values()))
            for key in keys[1:]:
                uf.union(keys[0], key)


def _link_place_spellings(places: list[_Occurrence], uf: _UnionFind) -> None:
    """Spellings of a place the gazetteer does not know, across the corpus: "Zeitoun" and
    "Zeitun", "Sarmin" and "Sarmeen" (the usual transliteration alternations, as for people,
    under the same guard). A variant joins the one known place of its spelling too ("Dargehan"
    beside the resolved "Dargahan"); when two known places fit, it stays alone. A one-word name
    the tagger called a body joins a place of its spelling ("al-Mezzeh" beside "Mazzeh")."""
    unknown: dict[tuple[str, ...], list[_Occurrence]] = defaultdict(list)
    known: dict[tuple[str, ...], dict[str, str]] = defaultdict(dict)  # skeleton → place key → a surface of it
    for o in places:
        sk = skeleton(o.surface)
        if not sk or is_acronym(o.surface):
            continue
        if o.key.startswith(("name:PLACE:", "name:ORG:")):
            unknown[sk].append(o)
        elif o.key.startswith("place:"):
            known[sk].setdefault(o.key, o.surface)
    for sk, group in unknown.items():
        targets = known.get(sk, {})
        if len(targets) > 1 or not targets and not any(o.label in PLACE_LABELS for o in group):
            continue  # (a one-word body the tagger named is a spelling of a place only beside that place)
        forms = sorted({_place_spelling(s) for s in [*(o.surface for o in group), *targets.values()]})
        if len(forms) > 1 and not _spellings_agree(forms):
            continue
        keys = sorted({o.key for o in group} | set(targets))
        for key in keys[1:]:
            uf.union(keys[0], key)


def _place_spelling(surface: str) -> str:
    """A place's name as its spellings are compared: folded, without the Arabic article ("al-Mezzeh" is "Mazzeh")."""
    return " ".join(w for w in fold(surface).split() if w not in {"al", "el", "ul"})


#: Words that open a street's name with its direction ("West Florence Avenue").
_STREET_DIRECTIONS = frozenset({"north", "south", "east", "west", "n", "s", "e", "w"})
_STREET_WORDS = lx.STREET_WORDS


def _towns_of_documents(occs: list[_Occurrence]) -> dict[str, set[str]]:
    """The towns each document names, by gazetteer id."""
    towns: dict[str, set[str]] = defaultdict(set)
    for o in occs:
        if o.place is not None and o.place.feature == "city":
            towns[o.article_id].add(o.place.place_id)
    return towns


def _link_streets_without_direction(places: list[_Occurrence], uf: _UnionFind, towns: Mapping[str, set[str]]) -> None:
    """A street named with and without its direction ("West Florence Avenue", "Florence
    Avenue") in reports of one town is one street, when they name it with one direction only;
    "East 14th Street" beside "West 14th Street" leaves a bare "14th Street" alone, and a
    "Main Street" of Waco is not the "West Main Street" of Columbus."""
    directions: dict[tuple[str, ...], set[str]] = defaultdict(set)
    with_direction: dict[tuple[str, ...], list[_Occurrence]] = defaultdict(list)
    without: dict[tuple[str, ...], list[_Occurrence]] = defaultdict(list)
    for o in places:
        tokens = tuple(fold(o.surface).split())
        if len(tokens) < 2 or tokens[-1] not in _STREET_WORDS:
            continue
        if tokens[0] in _STREET_DIRECTIONS and len(tokens) >= 3:
            directions[tokens[1:]].add(tokens[0][0])  # "n" and "north" are one direction
            with_direction[tokens[1:]].append(o)
        else:
            without[tokens].append(o)
    for street, told in directions.items():
        if len(told) != 1:
            continue
        for bare in without.get(street, ()):
            for directed in with_direction[street]:
                if bare.article_id == directed.article_id or towns.get(bare.article_id, set()) & towns.get(directed.article_id, set()):
                    uf.union(bare.key, directed.key)


def _spellings_agree(forms: list[str]) -> bool:
    """Spellings of one name: close enough token by token, or once spaces are ignored."""
    base = forms[0]
    for other in forms[1:]:
        a, b = base.split(), other.split()
        if len(a) == len(b):
            if any(fuzz.ratio(x, y) < SPELLING_GUARD or x[0] != y[0] for x, y in zip(a, b, strict=True)):
                return False
        elif fuzz.ratio(base.replace(" ", ""), other.replace(" ", "")) < SPELLING_GUARD + 10:
            return False
    return True


def _make_entity(root: str, occs: list[_Occurrence], gazetteer: Gazetteer) -> Entity:
    labels = Counter(o.label for o in occs)
    places = [o.place for o in occs if o.place is not None]
    country_key = next((o.key for o in occs if o.key.startswith("country:")), None)
    known_key = next((o.key for o in occs if o.key.startswith("known:")), None)
    surfaces = Counter(o.surface for o in occs)
    place: Place | None = None
    if country_key:
        etype = "GPE"
        place = gazetteer.country(country_key.split(":", 1)[1])
        name = place.name if place else surfaces.most_common(1)[0][0]
    elif known_key:
        entry = lookup(known_key.split(":", 1)[1]) or lookup(next(o.surface for o in occs if o.key == known_key))
        etype = entry.type if entry else labels.most_common(1)[0][0]
        name = entry.name if entry else surfaces.most_common(1)[0][0]
    elif places:
        place = Counter(places).most_common(1)[0][0]
        etype = next((lab for lab, _ in labels.most_common() if lab in PLACE_LABELS), "GPE")
        # "Silver Spring, Md." is a name of the town to find it by, not the one to show it under
        bare = Counter({x: n for x, n in surfaces.items() if ", " not in x}) or surfaces
        part = any("~" in o.key for o in occs)  # "North Philadelphia" is shown as written, not as the whole
        name = _preferred_surface(bare, prefer=None if part else place.name, english={o.surface for o in occs if o.language == "en"},
                                  own_spelling=place.country in TRANSLITERATED | ENGLISH_SPOKEN)
    else:
        etype = labels.most_common(1)[0][0]
        name = _preferred_surface(surfaces, prefer=None, full=etype in {"PERSON", "ORG"}, person=etype == "PERSON")
        kin = Counter(o.full for o in occs if o.full)
        if etype == "PERSON" and kin and len(_name_tokens(name)) == 1:
            name = kin.most_common(1)[0][0]  # "Todd", "her husband" of Sarah Palin: shown as Todd Palin
    town = _town_of_site(occs) if place is None and not country_key and not known_key and etype in PLACE_LABELS else None
    aliases = sorted(set(surfaces), key=lambda s: (-surfaces[s], s))
    documents = tuple(sorted({o.article_id for o in occs}))
    return Entity(
        entity_id=make_id("e", etype, root),
        name=name,
        type=etype,
        aliases=tuple(aliases),
        documents=documents,
        mentions=len(occs),
        lat=place.lat if place else town.lat if town else None,
        lon=place.lon if place else town.lon if town else None,
        country=place.country if place else town.country if town else None,
        feature=place.feature if place else "site" if town else None,
        within=town.name if town else None,
    )


def _town_of_site(occs: list[_Occurrence]) -> Place | None:
    """The town a site lies in, by the towns its reports put it in: the one that more than half
    of the reports that locate it agree on, each report by the town most of its mentions give
    ("Main Street" in reports of Waco and of Columbus is in neither, however often one names it)."""
    per_report: dict[str, Counter[Place]] = defaultdict(Counter)
    for o in occs:
        if o.town is not None:
            per_report[o.article_id][o.town] += 1
    votes = Counter(towns.most_common(1)[0][0] for towns in per_report.values())
    if not votes:
        return None
    town, n = votes.most_common(1)[0]
    return town if 2 * n > sum(votes.values()) else None


def _preferred_surface(surfaces: Counter[str], *, prefer: str | None, full: bool = False,
                       english: set[str] = frozenset(), own_spelling: bool = False,  # type: ignore[assignment]
                       person: bool = False) -> str:
    """The name an entity is shown under.

    For a place (``prefer``: the gazetteer's name) it is the text's own writing of that name
    ("Deir Ezzor" for "Deir ez-Zor"), or a usual English name that differs more ("Fez" for
    "Fes"); a close spelling gives way to the gazetteer's ("Tarragone", a French spelling even
    in an English article, is Tarragona), except in English articles (``english``: the surfaces
    seen there) for a place whose local script is not Latin or whose country writes English
    (``own_spelling``: the gazetteer's romanisation is one among several, "Misratah" for Misrata;
    the news of Ghana writes Obuasi, GeoNames Obuase) and for a name the gazetteer spells with
    local letters ("Århus" for Aarhus).

    A person (``person``) is shown under the fullest name without a title: "Bashar al-Assad",
    not "President Bashar al-Assad" nor "Assad".
    """
    if prefer and prefer in surfaces:
        return prefer
    if prefer:
        written = [x for x in surfaces if not (x.isupper() and len(x) > 3)]  # "KYIV" in a dateline
        if not written:
            return prefer
        top = max(written, key=lambda x: (x in english, surfaces[x], x))
        if squash(top) == squash(prefer) or top in english and (own_spelling or top.isascii() and not prefer.isascii()):
            return top
        return prefer if fuzz.ratio(fold(top), fold(prefer)) >= 80 else top
    if person:
        ranked = sorted(surfaces, key=lambda s: (-len(_name_tokens(s)), len(fold(s).split()) > len(_name_tokens(s)),
                                                 -surfaces[s], s))
        return _without_title(ranked[0])
    ranked = sorted(surfaces, key=lambda s: (is_acronym(s), -(len(s.split()) if full else 0), -surfaces[s], s))
    return ranked[0]


def _without_title(surface: str) -> str:
    """A person's name as written, without the titles before it ("Deputy Darren Goforth" →
    "Darren Goforth"; "Prime Minister Theresa May" → "Theresa May")."""
    words = surface.split()
    while len(words) > 1:
        if len(words) > 2 and fold(" ".join(words[:2])) == "prime minister":
            words = words[2:]
        elif fold(words[0]) in _TITLES:
            words = words[1:]
        else:
            break
    return " ".join(words)


def place_names(resolution: Resolution, article_id: str, surfaces: Iterable[str]) -> list[Entity]:
    """The place entities that the given surface forms name in one article."""
    out = []
    for s in surfaces:
        e = resolution.entity(article_id, s)
        if e is not None and (e.lat is not None or e.type in PLACE_LABELS or e.country):
            out.append(e)
    return out
