"""The gazetteer: candidates, spellings, and choosing among same-named places by document context."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsfold.names import squash
from newsfold.places import Gazetteer, Place, _keys, default_gazetteer, distance_km


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _where(resolved: dict[str, Place], name: str) -> tuple[str | None, str | None] | None:
    place = resolved.get(name)
    return None if place is None else (place.country, place.admin1 if place.feature != "country" else None)


# -- same-named places, chosen by the document -------------------------------------------------


def test_ceuta_is_spanish_with_spain_in_the_document(gaz: Gazetteer) -> None:
    # "Police in Ceuta and Melilla arrested two men, Spain's interior ministry said."
    assert {p.country for p in gaz.candidates("Ceuta")} >= {"ES", "MX"}
    assert gaz.resolve(["Ceuta", "Melilla", "Spain"])["Ceuta"].country == "ES"
    assert gaz.resolve(["Ceuta"], context_countries=["ES"])["Ceuta"].country == "ES"


def test_small_town_needs_support_from_its_country(gaz: Gazetteer) -> None:
    # Xeraco (Valencia, about 5,000 people): believable only when the article is about Spain.
    assert [p.country for p in gaz.candidates("Xeraco")] == ["ES"]
    assert "Xeraco" not in gaz.resolve(["Xeraco"])
    assert "Xeraco" not in gaz.resolve(["Xeraco", "Kenya"])
    assert gaz.resolve(["Xeraco", "Spain"])["Xeraco"].country == "ES"
    assert gaz.resolve(["Xeraco", "Valencia"])["Xeraco"].country == "ES"
    # a name known to be a place (a gold toponym, a gazetteer field of the source) needs no support
    assert gaz.resolve(["Xeraco"], certain=True)["Xeraco"].country == "ES"
    assert "Victoria Station" not in gaz.resolve(["Victoria Station"], certain=True)  # a facility still needs its city
    assert gaz.resolve(["Xeraco"], context_countries=["ES"])["Xeraco"].country == "ES"


def test_paris_alone_is_in_france_and_with_texas_in_texas(gaz: Gazetteer) -> None:
    # "Paris police said..." / "A tornado hit Paris, a town in northeast Texas."
    assert _where(gaz.resolve(["Paris"]), "Paris") == ("FR", "11")
    assert _where(gaz.resolve(["Paris", "Texas"]), "Paris") == ("US", "TX")
    assert _where(gaz.resolve(["Paris, Texas"]), "Paris, Texas") == ("US", "TX")
    assert _where(gaz.resolve(["Paris", "Lyon", "Texas"]), "Paris") == ("FR", "11")


def test_georgia_the_country_or_the_state(gaz: Gazetteer) -> None:
    assert gaz.resolve(["Georgia"])["Georgia"].feature == "country"
    assert gaz.resolve(["Georgia", "Tbilisi", "Russia"])["Georgia"].country == "GE"
    state = gaz.resolve(["Atlanta", "Georgia"])["Georgia"]
    assert (state.country, state.feature, state.admin1) == ("US", "region", "GA")


def test_the_state_of_the_document_chooses_among_us_towns(gaz: Gazetteer) -> None:
    # "A Dublin, Ohio, man..." and "Gainesville police, Hall County, Georgia"
    assert _where(gaz.resolve(["Dublin", "Ohio"]), "Dublin") == ("US", "OH")
    assert _where(gaz.resolve(["Dublin"]), "Dublin") == ("IE", "L")
    assert _where(gaz.resolve(["Gainesville", "Georgia"]), "Gainesville") == ("US", "GA")
    assert _where(gaz.resolve(["London", "Ontario"]), "London") == ("CA", "08")


def test_city_state_and_abbreviations(gaz: Gazetteer) -> None:
    assert _where(gaz.resolve(["Springfield, Ill."]), "Springfield, Ill.") == ("US", "IL")
    assert _where(gaz.resolve(["Springfield, MO"]), "Springfield, MO") == ("US", "MO")
    assert gaz.candidates("Calif.")[0].name == "California"
    assert gaz.candidates("W. Va.")[0].name == "West Virginia"
    assert gaz.candidates("B.C.")[0].name == "British Columbia"
    assert gaz.candidates("kan") == [] or gaz.candidates("kan")[0].feature == "city"  # not Kansas: no dot


def test_washington_alone_is_the_capital(gaz: Gazetteer) -> None:
    assert _where(gaz.resolve(["Washington"]), "Washington") == ("US", "DC")
    assert gaz.resolve(["Washington, D.C."])["Washington, D.C."].admin1 == "DC"


# -- spellings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spellings",
    [("Marrakech", "Marrakesh", "MARRAKECH"), ("Tangiers", "Tangier", "Tanger"), ("Fès", "Fez", "Fes"),
     ("Deir ez-Zor", "Deir Ezzor"), ("St. Petersburg", "Saint Petersburg")],
)
def test_spellings_meet_on_one_record(gaz: Gazetteer, spellings: tuple[str, ...]) -> None:
    ids = {gaz.resolve([s])[s].place_id for s in spellings}
    assert len(ids) == 1


def test_possessives_and_compounds(gaz: Gazetteer) -> None:
    assert gaz.resolve(["Morocco's"])["Morocco's"].place_id == "country:MA"
    assert gaz.resolve(["Moscow-based"])["Moscow-based"].country == "RU"


# -- countries ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "iso"),
    [("U.S.", "US"), ("the United States", "US"), ("America", "US"), ("Britain", "GB"), ("UK", "GB"),
     ("Holland", "NL"), ("Irak", "IQ"), ("Democratic Republic of Congo", "CD"), ("Holy See", "VA"),
     ("Bosnia & Herzegovina", "BA"), ("Moroccan", "MA"), ("Moroccans", "MA"), ("Georgian", "GE"),
     ("Sri Lankan", "LK"), ("T&T", "TT"), ("PNG", "PG"), ("BiH", "BA"), ("KSA", "SA"), ("Bosnian", "BA"),
     ("Korea", "KR"), ("North Korea", "KP")],
)
def test_country_names_colloquial_forms_and_demonyms(gaz: Gazetteer, name: str, iso: str) -> None:
    first = gaz.candidates(name)[0]
    assert (first.feature, first.country) == ("country", iso)
    assert gaz.resolve([name])[name].place_id == f"country:{iso}"


def test_country_points_lie_inside_the_country(gaz: Gazetteer) -> None:
    us, fr, ru = gaz.country("US"), gaz.country("fr"), gaz.country("RU")
    assert us is not None and fr is not None and ru is not None
    assert 35 < (us.lat or 0) < 45 and -105 < (us.lon or 0) < -90  # the middle of the country, not Washington
    assert 44 < (fr.lat or 0) < 49 and 0 < (fr.lon or 0) < 5
    assert 55 < (ru.lat or 0) < 66 and 80 < (ru.lon or 0) < 110  # across the antimeridian
    small = gaz.country("MC")  # too small for the map: its capital
    assert small is not None and small.lat is not None


def test_countries_and_provinces_take_geonames_own_reference_points(gaz: Gazetteer) -> None:
    # GeoNames puts Canada's point in Alberta and Japan's at Tokyo: geoparsing corpora annotated
    # against GeoNames expect those points, not a centroid
    canada, japan, alberta = gaz.country("CA"), gaz.country("JP"), gaz.resolve(["Alberta"])["Alberta"]
    assert canada is not None and japan is not None
    assert distance_km(canada.lat or 0, canada.lon or 0, 60.10867, -113.64258) < 1
    assert distance_km(japan.lat or 0, japan.lon or 0, 35.68536, 139.75309) < 1
    assert alberta.feature == "region" and distance_km(alberta.lat or 0, alberta.lon or 0, 52.28, -117.47) < 5


def test_a_division_without_a_reference_point_keeps_the_middle_of_its_cities(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfold import places

    table = gaz._cities
    monkeypatch.setattr(places, "_geonames_reference_points", lambda _table: {})
    without = {(r[0], r[1]): r for r in places._divisions(table)["admin1"]}
    monkeypatch.undo()
    assert places._geonames_reference_points(table)["by_name"]  # the packaged data is there
    alberta = without[("CA", "01")]
    # the middle of Alberta's towns: near Edmonton and Calgary, far from GeoNames' own point
    assert 49 < alberta[3] < 56 and distance_km(alberta[3], alberta[4], 52.28, -117.47) > 100


def test_continents(gaz: Gazetteer) -> None:
    europe = gaz.resolve(["Europe", "European"])
    assert europe["Europe"].feature == "continent" and europe["European"].place_id == europe["Europe"].place_id


def test_oceans_seas_and_world_regions_are_places_without_a_country(gaz: Gazetteer) -> None:
    # "Storms over the Atlantic", "migrants crossing the Mediterranean", "Central American caravans"
    got = gaz.resolve(["Atlantic", "Mediterranean", "Central American", "Middle East"])
    assert {n: (p.feature, p.country) for n, p in got.items()} == {
        "Atlantic": ("area", None), "Mediterranean": ("area", None),
        "Central American": ("area", None), "Middle East": ("area", None)}
    assert got["Atlantic"].name == "Atlantic Ocean" and (got["Atlantic"].lon or 0) < -10  # not Atlantic, Iowa
    assert got["Central American"].name == "Central America"  # not "American" → the United States
    assert gaz.resolve(["Pacific", "Hawaii"])["Pacific"].feature == "area"


def test_the_nations_of_the_united_kingdom_answer_to_their_adjectives(gaz: Gazetteer) -> None:
    # "English football", "the Scottish parliament", "Welsh farmers": not English, Indiana or Welsh, Louisiana
    got = gaz.resolve(["English", "Scottish", "Welsh"])
    assert {n: (p.country, p.admin1) for n, p in got.items()} == {
        "English": ("GB", "ENG"), "Scottish": ("GB", "SCT"), "Welsh": ("GB", "WLS")}


def test_seats_of_power_named_for_their_governments_are_landmarks(gaz: Gazetteer) -> None:
    # "the White House said": not Casablanca (its translation) nor White House, Tennessee
    got = gaz.resolve(["White House", "Kremlin", "Downing Street"])
    assert {n: (p.feature, p.country) for n, p in got.items()} == {
        "White House": ("landmark", "US"), "Kremlin": ("landmark", "RU"), "Downing Street": ("landmark", "GB")}
    assert abs((got["White House"].lat or 0) - 38.9) < 0.1
    # the town is still there when the name says so
    assert _where(gaz.resolve(["White House, Tenn."]), "White House, Tenn.") == ("US", "TN")


def test_regions_in_the_news_that_are_no_division_have_their_country(gaz: Gazetteer) -> None:
    # South Ossetia is in Georgia the country, and says so: Georgia is not the US state here
    got = gaz.resolve(["South Ossetia", "Georgia", "Abkhaz"])
    assert got["South Ossetia"].country == "GE" and got["Abkhaz"].country == "GE"
    assert got["Georgia"].feature == "country" and got["Georgia"].country == "GE"
    assert gaz.resolve(["Darfur"])["Darfur"].country == "SD"


def test_a_town_and_its_named_county_vouch_for_each_other(gaz: Gazetteer) -> None:
    # "PARIS, Tenn. - Henry County deputies..." without the state: Paris is the county seat
    got = gaz.resolve(["Paris", "Henry County"])
    assert _where(got, "Paris") == ("US", "TN") and _where(got, "Henry County") == ("US", "TN")
    # the county beats even a country of the town's name: Lebanon, Indiana, in Boone County
    assert _where(gaz.resolve(["Lebanon", "Boone County"]), "Lebanon") == ("US", "IN")
    # without its county, Paris is still Paris, and Lebanon the country
    assert gaz.resolve(["Paris"])["Paris"].country == "FR"
    assert gaz.resolve(["Lebanon", "Beirut", "Boone County"])["Lebanon"].place_id == "country:LB"


def test_namesake_towns_of_one_county_do_not_vouch_for_each_other(gaz: Gazetteer) -> None:
    # Washington, California and Houston are all towns of Washington County, Pennsylvania
    got = gaz.resolve(["Washington", "California", "Houston", "Pennsylvania"])
    assert _where(got, "California") == ("US", "CA") and got["California"].feature == "region"
    assert _where(got, "Houston") == ("US", "TX")


def test_namesake_towns_of_one_state_do_not_vouch_for_each_other(gaz: Gazetteer) -> None:
    # a list of states: California, Louisiana, Nevada and Mexico are also towns of Missouri
    got = gaz.resolve(["U.S.", "California", "Louisiana", "Nevada", "New Mexico", "Oregon", "Virginia"])
    assert {n: p.feature for n, p in got.items() if n != "U.S."} == dict.fromkeys(
        ["California", "Louisiana", "Nevada", "New Mexico", "Oregon", "Virginia"], "region")
    # an Ohio story that mentions Toronto, Ontario, Canada: Toronto, Ohio and Ontario, Ohio are
    # namesakes; Dublin and Cuyahoga Falls stay in Ohio
    got = gaz.resolve(["Ontario", "Toronto", "Canada", "Dublin", "Cuyahoga Falls"])
    assert _where(got, "Toronto") == ("CA", "08") and got["Ontario"].feature == "region"
    assert _where(got, "Dublin") == ("US", "OH")


def test_spellings_of_one_name_do_not_vouch_for_each_other(gaz: Gazetteer) -> None:
    # "TORRINGTON, Conn." in a dateline and "Torrington" in the text are one name, resolved once
    assert gaz.resolve(["TORRINGTON", "Torrington"]) == gaz.resolve(["Torrington"]) == {}
    both = gaz.resolve(["TORRINGTON", "Torrington", "Connecticut"])
    assert _where(both, "TORRINGTON") == _where(both, "Torrington") == ("US", "CT")


# -- what is not a place -----------------------------------------------------------------------


def test_person_like_names_and_common_words_are_not_geocoded_alone(gaz: Gazetteer) -> None:
    # "Obama said..." - Obama is also a Japanese town of 30,000; "Jones" several small towns.
    assert gaz.resolve(["Obama", "Jones", "Smith"]) == {}
    # an alternate name of a small town ("Western" for Cuba City, Wisconsin) needs its state
    assert "Western" not in gaz.resolve(["Western", "United States", "Chicago"])


def test_organisations_of_the_alias_table_are_not_places(gaz: Gazetteer) -> None:
    assert gaz.candidates("EU") == []
    assert gaz.resolve(["EU", "Brussels"]) == {"Brussels": gaz.resolve(["Brussels"])["Brussels"]}


def test_airport_codes_are_not_names(gaz: Gazetteer) -> None:
    assert all(p.name != "Boston" for p in gaz.candidates("BOS"))
    assert gaz.candidates("NYC")[0].name == "New York City"  # initials are kept


# -- the index and its cache -------------------------------------------------------------------


def test_bulk_keys_equal_squash() -> None:
    forms = ["Deir ez-Zor", "The Hague", "Thebes", "the'oga", "São Paulo", "Ürümqi", "Xi’an", "Tétouan-Ville",
             "Lodz", "Łódź", "Köln", "İzmir", "Hà Nội", "Москва", "'s-Hertogenbosch", "A  B", ""]
    assert _keys(forms) == [squash(f) for f in forms]


def test_city_table_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFOLD_CACHE_DIR", str(tmp_path / "cache"))
    built = Gazetteer(min_population=15000)
    (cached_file,) = (tmp_path / "cache").iterdir()
    assert cached_file.stat().st_mode & 0o077 == 0
    loaded = Gazetteer(min_population=15000)
    for name in ("Paris", "Marrakech", "Springfield", "Georgia", "Tangiers"):
        assert loaded.candidates(name) == built.candidates(name)
    assert loaded.resolve(["Paris", "Texas"]) == built.resolve(["Paris", "Texas"])
    # a damaged or foreign-writable cache file is not used: the table is built again
    cached_file.write_bytes(cached_file.read_bytes()[:1000])
    assert Gazetteer(min_population=15000).candidates("Paris") == built.candidates("Paris")
    os.chmod(cached_file, 0o666)
    assert Gazetteer(min_population=15000).candidates("Paris") == built.candidates("Paris")


def test_cache_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFOLD_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    Gazetteer(min_population=15000)
    assert list(tmp_path.iterdir()) == []


def test_place_keeps_its_positional_fields() -> None:
    p = Place("country:MA", "Morocco", 31.8, -7.1, "MA", "country")
    assert (p.population, p.admin1) == (0, None)


# -- divisions worldwide, country names over towns, prominence --------------------------------


def test_a_county_with_no_same_named_city_resolves(gaz: Gazetteer) -> None:
    # "Deputies in Laurel County said..." (no town is called Laurel County; there is only one)
    county = gaz.resolve(["Laurel County"])["Laurel County"]
    assert (county.feature, county.country, county.admin1) == ("county", "US", "KY") and county.lat is not None
    assert gaz.resolve(["Kanawha County", "Charleston"])["Kanawha County"].admin1 == "WV"


def test_divisions_of_other_countries_need_their_country(gaz: Gazetteer) -> None:
    # "Flooding in Cambridgeshire, England" / GeoNames names with their bare forms
    shire = gaz.resolve(["Cambridgeshire", "England"])["Cambridgeshire"]
    assert (shire.country, shire.feature) == ("GB", "county")
    assert "Cambridgeshire" not in gaz.resolve(["Cambridgeshire", "Texas"])
    assert gaz.resolve(["Sicily", "Italy"])["Sicily"].feature == "region"
    # a generic division name alone is nothing ("Western" provinces of several countries)
    assert "Western" not in gaz.resolve(["Western"])


def test_a_division_named_after_its_big_city_is_the_city(gaz: Gazetteer) -> None:
    assert gaz.resolve(["Aleppo"])["Aleppo"].feature == "city"
    assert gaz.resolve(["Basra", "Iraq"])["Basra"].feature == "city"


def test_a_country_name_beats_a_same_named_town(gaz: Gazetteer) -> None:
    # "Greece" in a story that names Rochester, "Turkey" in one about Texas: the countries
    assert gaz.resolve(["Greece", "Rochester"])["Greece"].place_id == "country:GR"
    assert gaz.resolve(["Turkey", "Texas"])["Turkey"].place_id == "country:TR"
    assert gaz.resolve(["Greece", "Rochester", "New York", "Thessaloniki"])["Greece"].place_id == "country:GR"
    # unless the name gives the town's state, or the story names several places of the town's
    # state and none in or around the country (East Texas news about Palestine, Texas)
    assert _where(gaz.resolve(["Greece, N.Y."]), "Greece, N.Y.") == ("US", "NY")
    assert _where(gaz.resolve(["Palestine", "Tyler", "Texas"]), "Palestine") == ("US", "TX")
    assert gaz.resolve(["Palestine", "Tyler", "Texas", "Israel"])["Palestine"].place_id == "country:PS"


def test_a_world_city_beats_a_small_town_supported_only_by_its_country(gaz: Gazetteer) -> None:
    # "London" in a story about Chicago and Florida is London, England
    assert gaz.resolve(["London", "Chicago", "Florida", "Denver"])["London"].country == "GB"


def test_a_small_town_still_wins_with_its_own_state_named(gaz: Gazetteer) -> None:
    # "Paris, a town in northeast Texas" (Paris, Texas: 25,000 people) with other Texas places
    assert _where(gaz.resolve(["Paris", "Texas", "Dallas"]), "Paris") == ("US", "TX")
    assert _where(gaz.resolve(["Dublin", "Columbus", "Ohio"]), "Dublin") == ("US", "OH")


def test_a_name_means_its_own_state_not_a_town_that_once_bore_it(gaz: Gazetteer) -> None:
    # Valle Vista, California, is also recorded as "Florida"; beside California places, "Florida"
    # is still the state, far larger
    places = gaz.resolve(["Florida", "California", "San Marcos", "Los Angeles"])
    assert (places["Florida"].name, places["Florida"].feature) == ("Florida", "region")


def test_a_short_form_of_a_towns_own_name_still_reads_as_it(gaz: Gazetteer) -> None:
    # "Kingston" beside Surbiton is Kingston upon Thames, though Kingston, Jamaica, a capital, is far
    # larger: the name is the first word of the town's own name, not another name of it
    kingston = gaz.resolve(["Kingston", "Surbiton", "Surrey", "London"], certain=True)["Kingston"]
    assert (kingston.name, kingston.country) == ("Kingston upon Thames", "GB")


@pytest.mark.parametrize(("name", "iso"), [("Canadian", "CA"), ("Azerbaijani", "AZ"), ("Hungarians", "HU"),
                                           ("Salvadoran", "SV"), ("Cypriot", "CY")])
def test_demonyms_of_all_countries(gaz: Gazetteer, name: str, iso: str) -> None:
    assert gaz.resolve([name])[name].place_id == f"country:{iso}"


def test_small_countries_get_a_reference_point(gaz: Gazetteer) -> None:
    malta = gaz.country("MT")  # too small for the map
    assert malta is not None and malta.lat is not None and 35 < malta.lat < 36.5


def test_places_division_with_its_administrative_word():
    g = default_gazetteer()
    resolved = g.resolve(["Maiduguri", "Borno State", "Borno"])
    assert resolved["Borno State"].place_id == resolved["Borno"].place_id
    assert resolved["Borno State"].feature == "region" and resolved["Borno State"].country == "NG"


def test_places_facility_or_part_resolves_to_the_place_inside():
    g = default_gazetteer()
    resolved = g.resolve(["Manila Cathedral", "University of Colorado", "Denver", "North London", "Royal Street"])
    assert resolved["Manila Cathedral"].name == "Manila" and resolved["Manila Cathedral"].country == "PH"
    assert resolved["University of Colorado"].feature == "region" and resolved["University of Colorado"].country == "US"
    assert resolved["North London"].country == "GB"
    assert "Royal Street" not in resolved  # nothing to strip: no guess
    # a facility named after someone is not the place of that name elsewhere
    assert "Victoria Station" not in g.resolve(["Victoria Station", "London"])
    assert "Kennedy Hospital" not in g.resolve(["Kennedy Hospital", "New York"])
    # the hub airports the news names alone are landmarks with their own points
    assert g.resolve(["Heathrow", "London"])["Heathrow"].feature == "landmark"
    assert g.resolve(["Kennedy Airport", "New York"])["Kennedy Airport"].country == "US"


def test_places_city_beats_the_province_named_after_it():
    # "Kiev" is also the GeoNames name of the oblast around the city; the city is meant
    resolved = default_gazetteer().resolve(["Ukraine", "Kiev", "Kharkiv"])
    assert resolved["Kiev"].feature == "city" and resolved["Kiev"].name == "Kyiv"


def test_places_a_country_is_not_the_state_named_like_it():
    resolved = default_gazetteer().resolve(["Mexico", "Toluca", "Ecatepec", "Naucalpan"])
    assert resolved["Mexico"].feature == "country"


def test_a_chain_of_namesakes_gives_way_to_readings_that_fit_better(gaz: Gazetteer) -> None:
    # A Kentucky story that also names Atlanta: Louisville, Georgia, lies in a Jefferson County
    # too, and the first readings settled on that chain; starting from Louisville, Kentucky,
    # the readings fit together better (the state is named, the city is far larger)
    resolved = gaz.resolve(["Louisville", "Kentucky", "Atlanta", "Jefferson County"])
    assert _where(resolved, "Louisville") == ("US", "KY")
    assert _where(resolved, "Jefferson County") == ("US", "KY")
    assert _where(resolved, "Atlanta") == ("US", "GA")


def test_a_small_town_of_its_county_makes_a_town_beat_the_country(gaz: Gazetteer) -> None:
    # Jordan and Shakopee are towns of Scott County, Minnesota: local news, not the kingdom
    assert _where(gaz.resolve(["Jordan", "Shakopee"]), "Jordan") == ("US", "MN")
    # a big city of the state is named in news from anywhere; and the kingdom's own places win
    assert gaz.resolve(["Jordan", "Minneapolis"])["Jordan"].place_id == "country:JO"
    assert gaz.resolve(["Jordan", "Amman"])["Jordan"].place_id == "country:JO"


def test_the_people_of_a_state_or_province_name_it(gaz: Gazetteer) -> None:
    resolved = gaz.resolve(["Ohioans", "Ontarians", "Minnesotans", "South Ossetians"], certain=True)
    assert {n: _where(resolved, n) for n in resolved} == {
        "Ohioans": ("US", "OH"), "Ontarians": ("CA", "08"), "Minnesotans": ("US", "MN"), "South Ossetians": ("GE", None)}
    # the adjective alone is too often something else: a Victorian house, Georgian architecture
    assert "Victorian" not in gaz.resolve(["Victorian"], certain=True)


def test_a_county_abbreviated_co_is_the_county(gaz: Gazetteer) -> None:
    resolved = gaz.resolve(["Loudon Co.", "Knoxville"])
    assert resolved["Loudon Co."].name == "Loudon County" and resolved["Loudon Co."].admin1 == "TN"
    assert "Ford Motor Co." not in gaz.resolve(["Ford Motor Co."], certain=True)


def test_a_named_state_counts_beyond_its_other_places(gaz: Gazetteer) -> None:
    # A dispatch that names Ky. among cities of four states: Louisville, Colorado, beside
    # Denver had as much regional support as Louisville, Kentucky; the named state decides
    resolved = gaz.resolve(["Ky.", "Louisville", "Denver", "Indianapolis", "New Haven", "Conn."])
    assert _where(resolved, "Louisville") == ("US", "KY")
    assert _where(resolved, "Denver") == ("US", "CO")
    # a state named among other states' names does not make them its towns (Oregon, Ohio)
    states = gaz.resolve(["Wisconsin", "Michigan", "Oregon", "New Mexico", "Indiana", "Ohio", "Idaho"])
    assert {p.feature for p in states.values()} == {"region"}


def test_a_county_named_without_its_word(gaz: Gazetteer) -> None:
    # "Athens-Clarke and Oconee counties", "Cooke and Grayson counties": the bare names are
    # counties when the document is about their state
    resolved = gaz.resolve(["Athens", "Clarke", "Oconee", "Georgia"])
    assert {n: (p.feature, p.admin1) for n, p in resolved.items() if n in {"Clarke", "Oconee"}} == {
        "Clarke": ("county", "GA"), "Oconee": ("county", "GA")}
    resolved = gaz.resolve(["Gainesville", "Cooke", "Grayson", "Whitesboro"], certain=True)
    assert {_where(resolved, n) for n in resolved} == {("US", "TX")}
    # a weak reading: alone it is no place (unless the name is known to be one); and a state, a
    # country or a city of the name is never a county's bare name
    assert "Clarke" not in gaz.resolve(["Clarke"])
    assert gaz.resolve(["Texas", "Mo.", "Monroe County"], certain=True)["Texas"].feature == "region"
    assert gaz.resolve(["Houston", "Texas", "Palestine"], certain=True)["Houston"].feature == "city"


def test_a_state_beats_a_far_smaller_town_of_its_name_when_its_country_is_named(gaz: Gazetteer) -> None:
    # Innisfail, Alberta, and Innisfail, Queensland, are twin towns: the Alberta story that names
    # Australia means the state, not Queensland, a Calgary neighbourhood
    resolved = gaz.resolve(["Innisfail", "Australia", "Red Deer", "Queensland", "Alberta"])
    assert (resolved["Queensland"].country, resolved["Queensland"].feature) == ("AU", "region")
    assert _where(resolved, "Red Deer") == ("CA", "01")


def test_a_state_abbreviation_that_lost_its_final_stop_is_still_the_state():
    from newsfold.places import default_gazetteer

    found = default_gazetteer().resolve(["B.C", "Ariz", "Tenn", "Miss"])
    assert {k: v.name for k, v in found.items()} == {"B.C": "British Columbia", "Ariz": "Arizona", "Tenn": "Tennessee"}


def test_another_name_of_a_foreign_city_is_not_taken_in_a_story_about_other_countries():
    from newsfold.places import default_gazetteer

    g = default_gazetteer()
    found = g.resolve(["Yida", "South Sudan", "Sudan"])
    assert "Yida" not in found and found["South Sudan"].country == "SS"
    assert g.resolve(["Yida"], certain=True)["Yida"].name == "Jeddah"  # a known place name keeps its best reading


def test_a_site_is_put_in_the_town_named_nearest_to_it() -> None:
    from newsfold.places import town_in_context

    town = Place("geonames:1", "Aldersby", 51.0, -1.0, "GB", "city")
    county = Place("county:GB.x", "Westshire", 51.2, -1.3, "GB", "county")
    other = Place("geonames:2", "Brackham", 53.0, -2.0, "GB", "city")
    region = Place("region:GB.ENG", "England", 52.0, -1.5, "GB", "region")
    assert town_in_context(100, [(10, region), (60, town), (300, other)]) is town
    assert town_in_context(200, [(150, town), (250, other)]) is town  # a tie goes to the town named before
    assert town_in_context(200, [(40, county), (20, region)]) is county  # a county is a town's peer
    assert town_in_context(200, [(190, region), (0, Place("country:GB", "United Kingdom", 54.0, -2.0, "GB", "country"))]) is None
    assert town_in_context(5, []) is None


def test_the_geocoding_benchmark_puts_an_unknown_street_at_its_town(gaz: Gazetteer) -> None:
    from conftest import ROOT, load_script

    bench = load_script(ROOT / "benchmarks" / "geocoding.py", "geocoding_benchmark")
    text = "Firefighters closed Quillon Street in Lyon on Monday."  # an invented street
    doc = {"text": text, "toponyms": [
        {"name": "Quillon Street", "start": 20, "end": 34, "lat": 45.76, "lon": 4.84},
        {"name": "Lyon", "start": 38, "end": 42, "lat": 45.75, "lon": 4.85},
    ]}
    result = bench.evaluate([doc], gaz, bench.ReverseCountry())
    assert result["n"] == 2 and result["acc161"] == 100.0  # the street by its town
    assert result["gazetteer"] == 50.0 and result["towns"] == 50.0  # the gazetteer alone knows only Lyon
    assert result["pipeline"] == 100.0  # "... Street" is a site's name


def test_two_provinces_or_states_listed_with_a_comma_are_not_a_town_and_its_state(gaz: Gazetteer) -> None:
    # "the provinces of Idlib, Homs and Hama": the tagger's "Idlib, Homs" is Idlib, not Homs
    assert gaz.resolve(["Idlib, Homs"])["Idlib, Homs"].country == "SY"
    assert gaz.resolve(["Idlib, Homs"])["Idlib, Homs"].name != "Homs"
    assert gaz.resolve(["Georgia, Texas"])["Georgia, Texas"].admin1 == "GA"  # "in Georgia, Texas and Florida"
    # a town and its state still name the town, and an unknown town its state
    assert _where(gaz.resolve(["Nevada, Missouri"]), "Nevada, Missouri") == ("US", "MO")
    assert gaz.resolve(["Fort Calhoun, Neb."])["Fort Calhoun, Neb."].name == "Nebraska"


def test_a_dateline_town_with_its_states_postal_code_is_that_states_town() -> None:
    from newsfold.canon import canonicalize
    from newsfold.model import Article
    from newsfold.pipeline import analyse

    (analysis,) = analyse([Article("a", "a.txt", "", "STORRS, CT (WTNH) - Eight people were arrested on Friday.")])
    (storrs,) = [e for e in canonicalize([analysis], default_gazetteer()).entities if e.type == "GPE"]
    assert storrs.country == "US" and round(storrs.lat) == 42  # Storrs, Connecticut
    assert "STORRS, CT" in storrs.aliases
