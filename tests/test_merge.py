"""Each real-world event once, with every source; look-alikes apart; disagreements recorded."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from markup import analysis
from newsfold.brief import _conflict_sentence
from newsfold.canon import canonicalize
from newsfold.conflicts import find_conflicts
from newsfold.ids import make_id
from newsfold.merge import merge_events
from newsfold.model import EventKind, EventMention, EventStatus, Figure, Span
from newsfold.places import default_gazetteer


def mention(doc: str, kind: EventKind, sentence: str, *, places=(), when=None, count=None, qualifier=None,
            what="people killed", status=EventStatus.ASSERTED, actors=(), by_name=False) -> EventMention:
    span = Span(doc, 0, len(sentence), sentence)
    figure = Figure(count, what, span, qualifier, by_name=by_name) if count is not None else None
    return EventMention(make_id("m", doc, sentence, kind.value), doc, kind, span, span, status, when, None,
                        tuple(places), tuple(actors), (), figure, False, 0.8)


def in_sentence(m: EventMention, start: int) -> EventMention:
    """The mention moved to a sentence that starts at ``start`` in its article."""
    span = Span(m.article_id, start, start + len(m.sentence.text), m.sentence.text)
    return dataclasses.replace(m, sentence=span, trigger=span)


def resolution(*docs):
    return canonicalize([analysis(d, text) for d, text in docs], default_gazetteer())


R = resolution(
    ("a", "A blast hit [Marrakesh|GPE] in [Morocco|GPE]. Police in [Casablanca|GPE] and [Fez|GPE] acted."),
    ("b", "In [Marrakesh|GPE] a bomb exploded. [Casablanca|GPE] was calm."),
    ("c", "Arrests in [Fez|GPE] and [Casablanca|GPE]."),
)


def test_merge_one_event_from_two_outlets_with_a_hard_conflict():
    ms = [
        mention("a", EventKind.ATTACK, "a 2011 bombing in Marrakesh which killed 17 people", places=["Marrakesh"], when="2011", count=17),
        mention("b", EventKind.ATTACK, "In 2011 a blast in Marrakesh killed 15 people", places=["Marrakesh"], when="2011", count=15),
    ]
    result = merge_events(ms, R)
    (event,) = result.events
    assert event.documents == ("a", "b") and event.locations == ("Marrakesh",) and event.countries == ("MA",)
    (conflict,) = find_conflicts(result.events, result.members, {"a": date(2017, 4, 13), "b": date(2017, 6, 1)})
    assert conflict.kind == "hard" and conflict.attribute == "killed"
    assert {v.value: v.documents for v in conflict.values} == {15: ("b",), 17: ("a",)}
    assert all(v.quotes for v in conflict.values)


def _aged(m: EventMention, age: int, role: str = "victim") -> EventMention:
    return dataclasses.replace(m, figures=(Figure(age, f"age of the {role}", m.sentence),))


@pytest.mark.parametrize(("ages", "conflict"), [
    ((60, 61), True),  # one woman told two ways
    ((31, 34), False),  # more likely two of its victims, one unnamed in each report
    ((19, 61), False),  # two people
])
def test_merge_ages_reports_give_one_events_victim(ages, conflict):
    ms = [_aged(mention(doc, EventKind.KILLING, f"a woman was shot dead in Fez ({doc})", places=["Fez"], when="2024-03-18"), age)
          for doc, age in zip("ab", ages)]
    result = merge_events(ms, R)
    assert len(result.events) == 1
    found = find_conflicts(result.events, result.members, {})
    assert [(c.attribute, c.kind, sorted(v.value for v in c.values)) for c in found] == (
        [("age of the victim", "hard", sorted(ages))] if conflict else [])


@pytest.mark.parametrize(("lengths", "kind"), [
    ((150, 200), "hard"),  # one fall told two ways
    ((150, 700), "soft"),  # two falls, or two scopes: shown, not called a contradiction
])
def test_merge_reports_measuring_one_deed_differently(lengths, kind):
    ms = [dataclasses.replace(
        mention(doc, EventKind.DISASTER, f"a climber fell {n} metres to his death near Fez ({doc})", places=["Fez"], when="2024-03-18"),
        figures=(Figure(n, "metres", Span(doc, 0, 3, str(n))),)) for doc, n in zip("ab", lengths)]
    result = merge_events(ms, R)
    (conflict,) = find_conflicts(result.events, result.members, {})
    assert (conflict.attribute, conflict.kind, sorted(v.value for v in conflict.values)) == ("metres", kind, sorted(lengths))
    assert _conflict_sentence(conflict).text.startswith(f"{'Sources disagree' if kind == 'hard' else 'Reports differ over time'} on the distance, in metres, in the ")


@pytest.mark.parametrize(("robbers", "kind"), [
    ((4, 3), "hard"),  # one gang counted two ways
    ((3, 12), "soft"),  # too far apart to be one count told two ways
])
def test_merge_reports_counting_one_deeds_doers_differently(robbers, kind):
    ms = [dataclasses.replace(
        mention(doc, EventKind.ATTACK, f"{n} armed robbers robbed a jeweller in Fez ({doc})", places=["Fez"], when="2024-03-18"),
        figures=(Figure(n, "number of robbers", Span(doc, 0, 3, str(n))),)) for doc, n in zip("ab", robbers)]
    result = merge_events(ms, R)
    (conflict,) = find_conflicts(result.events, result.members, {})
    assert (conflict.attribute, conflict.kind, sorted(v.value for v in conflict.values)) == ("number of robbers", kind, sorted(robbers))
    assert _conflict_sentence(conflict).text.startswith(
        f"{'Sources disagree' if kind == 'hard' else 'Reports differ over time'} on the number of robbers in the ")


def test_merge_look_alike_operations_in_other_cities_or_years_stay_apart():
    ms = [
        mention("a", EventKind.ARREST, "police arrested seven in Fez", places=["Fez"], when="2017-04", count=7, what="members arrested"),
        mention("b", EventKind.ARREST, "police arrested 15 in Casablanca", places=["Casablanca"], when="2017-04", count=15, what="people arrested"),
        mention("c", EventKind.ARREST, "police arrested seven in Fez", places=["Fez"], when="2015-03", count=7, what="men arrested"),
    ]
    assert len(merge_events(ms, R).events) == 3


def test_merge_qualified_figures_that_agree_are_no_conflict():
    ms = [
        mention("a", EventKind.DISASTER, "floods killed at least 23", places=["Casablanca"], when="2024-03-18", count=23, qualifier="at least"),
        mention("b", EventKind.DISASTER, "floods killed 25", places=["Casablanca"], when="2024-03-18", count=25),
    ]
    result = merge_events(ms, R)
    assert len(result.events) == 1
    assert find_conflicts(result.events, result.members, {}) == ()


def test_merge_a_toll_that_rose_over_days_is_a_soft_conflict():
    ms = [
        mention("a", EventKind.DISASTER, "floods killed 21", places=["Fez"], when="2024-03-18", count=21),
        mention("c", EventKind.DISASTER, "floods killed 30", places=["Fez"], when="2024-03-18", count=30),
    ]
    result = merge_events(ms, R)
    (conflict,) = find_conflicts(result.events, result.members, {"a": date(2024, 3, 18), "c": date(2024, 3, 22)})
    assert conflict.kind == "soft"
    assert [v.date for v in conflict.values] == ["2024-03-18", "2024-03-22"]


def test_merge_same_day_reports_that_disagree_are_hard():
    ms = [
        mention("a", EventKind.DISASTER, "floods killed 21", places=["Fez"], when="2024-03-18", count=21),
        mention("c", EventKind.DISASTER, "floods killed 23", places=["Fez"], when="2024-03-18", count=23),
    ]
    result = merge_events(ms, R)
    (conflict,) = find_conflicts(result.events, result.members, {"a": date(2024, 3, 19), "c": date(2024, 3, 19)})
    assert conflict.kind == "hard"


@pytest.mark.parametrize(("what", "low", "high", "kind"), [
    ("people killed", 10, 230_000, "soft"),  # a district's dead against a tsunami's: two scopes
    ("people killed", 800, 10_000, "hard"),  # "up to 800" against "more than 10,000": one crowd told two ways
    ("magnitude", 6.1, 7.7, "soft"),  # two earthquakes
    ("magnitude", 7.6, 7.7, "hard"),  # one earthquake, two agencies
])
def test_merge_figures_too_far_apart_for_one_fact_are_a_soft_conflict(what, low, high, kind):
    ms = [
        mention("a", EventKind.DISASTER, "the quake killed", places=["Fez"], when="2024-03-18", count=low, what=what),
        mention("c", EventKind.DISASTER, "the quake killed", places=["Fez"], when="2024-03-18", count=high, what=what),
    ]
    result = merge_events(ms, R)
    (conflict,) = find_conflicts(result.events, result.members, {"a": date(2024, 3, 19), "c": date(2024, 3, 19)})
    assert conflict.kind == kind


def test_merge_plots_are_kept_apart_from_events():
    ms = [mention("a", EventKind.ATTACK, "were planning to attack officials", status=EventStatus.PLOT, places=["Fez"])]
    result = merge_events(ms, R)
    assert result.events == () and len(result.plots) == 1 and result.plots[0].status is EventStatus.PLOT


def test_merge_is_blocked_not_all_pairs():
    # 600 distinct events in 300 towns and two years: all must stay apart, and the merge completes
    ms = []
    for n in range(600):
        ms.append(mention(f"d{n}", EventKind.ARREST, f"police arrested {n + 2} people", places=[f"Town{n % 300}"],
                          when=f"{2020 + n % 2}-0{1 + n % 9}", count=n + 2, what="people arrested"))
    result = merge_events(ms, R)
    assert len(result.events) == 600


def _figure(doc, value, what, qualifier=None, when=None):
    span = Span(doc, 0, 10, f"{value} {what}")
    return Figure(value, what, span, qualifier, date=when)


def test_merge_population_figures_from_different_times_are_soft():
    from newsfold.conflicts import figure_conflicts

    figures = [
        _figure("a", 1300, "people from Morocco gone to fight", when="2015-03"),
        _figure("b", 2000, "people from Morocco gone to fight", qualifier="nearly", when="2017"),
        _figure("c", 900, "people from France gone to fight", when="2015"),
    ]
    (conflict,) = figure_conflicts(figures, {"a": date(2015, 3, 20), "b": date(2017, 4, 1), "c": None})
    assert conflict.kind == "soft" and conflict.event_id is None
    assert [(v.value, v.date) for v in conflict.values] == [(1300, "2015-03"), (2000, "2017")]


def test_merge_population_figures_that_agree_are_no_conflict():
    from newsfold.conflicts import figure_conflicts

    figures = [_figure("a", 2000, "refugees living there", qualifier="about"), _figure("b", 1950, "refugees living there")]
    assert figure_conflicts(figures, {}) == ()


def test_merge_one_earthquake_reported_from_nearby_towns_but_raids_in_nearby_cities_stay_apart():
    r = resolution(
        ("q1", "The quake was felt in [Santa Rosa|GPE], [California|GPE]."),
        ("q2", "Residents of [Healdsburg|GPE], [California|GPE], felt the quake."),
        ("r1", "Police raided a flat in [Rabat|GPE], [Morocco|GPE]."),
        ("r2", "Police raided a flat in [Kenitra|GPE], [Morocco|GPE]."),
    )
    quakes = [
        mention("q1", EventKind.DISASTER, "a magnitude 4.6 earthquake shook Santa Rosa", places=["Santa Rosa"], when="2013-03-14"),
        mention("q2", EventKind.DISASTER, "an earthquake rattled Healdsburg", places=["Healdsburg"], when="2013-03-14"),
    ]
    (event,) = merge_events(quakes, r).events  # 25 km apart: one earthquake
    assert event.documents == ("q1", "q2")
    raids = [
        mention("r1", EventKind.ARREST, "police arrested four in Rabat", places=["Rabat"], when="2017-04-02"),
        mention("r2", EventKind.ARREST, "police arrested four in Kenitra", places=["Kenitra"], when="2017-04-02"),
    ]
    assert len(merge_events(raids, r).events) == 2  # 40 km apart: two operations


def test_merge_the_same_dated_figure_in_two_reports_is_one_past_event():
    ms = [
        mention("a", EventKind.DISASTER, "the 2009 floods that killed 40 people along the valley", when="2009", count=40),
        mention("b", EventKind.DISASTER, "the 2009 floods, which killed 40 people in the same valley", when="2009", count=40),
        mention("c", EventKind.DISASTER, "the 2012 floods, which killed 40 people", when="2012", count=40),
    ]
    events = merge_events(ms, R).events
    assert sorted(e.documents for e in events) == [("a", "b"), ("c",)]


def test_merge_an_undated_report_is_not_the_old_event_its_article_recalls():
    import dataclasses

    old = dataclasses.replace(
        mention("a", EventKind.DISASTER, "in 2019 torrential rains in Marrakesh killed 31 people", places=["Marrakesh"],
                when="2019", count=31), background=True)
    news = mention("a", EventKind.DISASTER, "flash floods killed nine people in Morocco", places=["Morocco"], count=9)
    later = Span("a", 200, 200 + len(news.sentence.text), news.sentence.text)  # another sentence of the article
    news = dataclasses.replace(news, trigger=later, sentence=later, confidence=0.7)
    events = merge_events([old, news], R).events
    assert sorted((e.date or "", e.count.value) for e in events) == [("", 9), ("2019", 31)]


def test_merge_a_small_figure_on_the_same_date_does_not_identify_an_event():
    ms = [
        mention("a", EventKind.ATTACK, "a suicide bombing in Marrakesh killed 3 people in 2015", places=["Marrakesh"], when="2015", count=3),
        mention("b", EventKind.ATTACK, "a shooting killed 3 people in 2015", when="2015", count=3),
    ]
    assert len(merge_events(ms, R).events) == 2


def test_merge_a_report_without_a_place_meets_the_one_with_it_by_the_named_target():
    import dataclasses

    # "bought the Casablanca-based ferry operator Estrella Lines last February" / "its purchase
    # of Estrella Lines in February": one purchase, though the second report gives no place
    ms = [
        dataclasses.replace(mention("a", EventKind.ACQUISITION, "Nordhavn bought the Casablanca-based operator Estrella Lines",
                                    places=["Casablanca"], when="2024-02"), targets=("Estrella Lines",)),
        dataclasses.replace(mention("b", EventKind.ACQUISITION, "its purchase of Estrella Lines in February", when="2024-02"),
                            targets=("Estrella Lines",)),
        dataclasses.replace(mention("c", EventKind.ACQUISITION, "its purchase of Vela Ferries in February", when="2024-02"),
                            targets=("Vela Ferries",)),
    ]
    assert sorted(e.documents for e in merge_events(ms, R).events) == [("a", "b"), ("c",)]


def test_merge_the_quake_named_again_with_an_area_it_reached_is_the_articles_quake():
    r = resolution(("a", "A quake struck [Agadir|GPE] in [Morocco|GPE]. It was felt along the [Atlantic|LOC] coast."))
    first = "A strong quake struck near Agadir on Monday, killing 6 people"
    again = "The quake hit at 4 a.m. and was felt as far away as the Atlantic coast"
    ms = [mention("a", EventKind.DISASTER, first, places=["Agadir"], when="2024-09-09", count=6),
          dataclasses.replace(mention("a", EventKind.DISASTER, again, places=["Atlantic"]),
                              trigger=Span("a", 4, 9, "quake"))]
    (event,) = merge_events(ms, r).events
    assert event.locations == ("Agadir",)
    # "a quake" without the definite article may be another one
    other = dataclasses.replace(mention("a", EventKind.DISASTER, "A second quake was felt as far away as the Atlantic coast",
                                        places=["Atlantic"]), trigger=Span("a", 9, 14, "quake"))
    assert len(merge_events([ms[0], other], r).events) == 2


def later(m: EventMention, offset: int) -> EventMention:
    """The same mention, told further down its article."""
    span = Span(m.article_id, offset, offset + len(m.sentence.text), m.sentence.text)
    return dataclasses.replace(m, trigger=span, sentence=span)


def test_merge_undated_reports_of_one_story_are_its_one_event():
    # texts without a dateline: "a shooting at a Marrakesh cafe killed six" / "six men were killed"
    ms = [
        mention("a", EventKind.ATTACK, "a shooting at a cafe in Marrakesh killed six people", places=["Marrakesh"], count=6),
        mention("b", EventKind.KILLING, "Six men were killed and five remain in hospital", count=6, what="men killed"),
    ]
    assert len(merge_events(ms, R).events) == 2  # nothing says they are one event …
    (event,) = merge_events(ms, R, {"a": "s1", "b": "s1"}).events  # … until both are the news of one story
    assert event.documents == ("a", "b") and event.kind is EventKind.ATTACK
    assert len(merge_events(ms, R, {"a": "s1", "b": "s2"}).events) == 2


def test_merge_only_each_articles_own_news_meets_across_one_story():
    news = mention("a", EventKind.ATTACK, "a shooting at a cafe in Marrakesh killed six people", places=["Marrakesh"], count=6)
    other = later(mention("a", EventKind.ATTACK, "a bomb in Casablanca wounded two", places=["Casablanca"]), 300)
    report = mention("b", EventKind.ATTACK, "the attack in Casablanca on the ferry", places=["Casablanca"])
    events = merge_events([news, other, report], R, {"a": "s1", "b": "s1"}).events
    # b's own news meets a's own news only if their places agree: Casablanca is not Marrakesh
    (marrakesh,) = [e for e in events if "Marrakesh" in e.locations]
    assert marrakesh.documents == ("a",)


def test_merge_killings_told_without_place_or_date_are_the_attacks_victims():
    attack = mention("a", EventKind.ATTACK, "A gunman opened fire at a cafe in Marrakesh on Sunday", places=["Marrakesh"], when="2024-03-10")
    victims = later(mention("a", EventKind.KILLING, "He killed eight men and three women", count=11), 200)
    elsewhere = later(mention("a", EventKind.KILLING, "Gunmen killed two guards in Fez", places=["Fez"], count=2), 400)
    events = merge_events([attack, victims, elsewhere], R).events
    assert sorted((e.kind.value, e.count.value if e.count else None) for e in events) == [("ATTACK", 11), ("KILLING", 2)]


def with_trigger(m: EventMention, word: str) -> EventMention:
    """The mention with its trigger on one word of its sentence."""
    at = m.sentence.start + m.sentence.text.index(word)
    return dataclasses.replace(m, trigger=Span(m.article_id, at, at + len(word), word))


NEAR = resolution(("a", "A quake hit [Rabat|GPE] in [Morocco|GPE]. Residents of [Sale|GPE] and [Temara|GPE] felt the quake. "
                        "In [Agadir|GPE] the quake was felt too."))


def test_merge_deaths_in_a_district_are_part_of_the_articles_disaster_toll():
    quake = mention("a", EventKind.DISASTER, "A quake struck Rabat on Sunday, killing 50 people", places=["Rabat"],
                    when="2024-03-10", count=50)

    def deaths(text: str, count: int, places=("Temara",), word="killed", **kw) -> EventMention:
        return with_trigger(later(mention("a", EventKind.KILLING, text, places=list(places), count=count, **kw), 200), word)

    part = deaths("In nearby Temara, 10 people were killed", 10)
    (event,) = merge_events([quake, part], NEAR).events
    assert (event.kind, event.count.value, event.documents) == (EventKind.DISASTER, 50, ("a",))
    for other in (deaths("In Temara, 80 people were killed", 80),  # more dead than the whole toll
                  deaths("Looters killed 3 guards in Temara", 3, actors=["looters"]),  # the dead of a killer
                  deaths("In Temara, three policemen were shot dead at a checkpoint", 3, word="shot"),  # a cause of their own
                  deaths("Elsewhere, five people were killed in Agadir", 5, places=("Agadir",))):  # 500 km away
        assert sorted(e.kind.value for e in merge_events([quake, other], NEAR).events) == ["DISASTER", "KILLING"], other.sentence.text


def test_merge_one_storys_arrests_told_with_near_figures_are_one_arrest_in_conflict():
    a = mention("a", EventKind.ARREST, "12 people were arrested during a brawl at a Marrakesh park on Saturday",
                places=["Marrakesh"], when="2016-02-27", count=12, what="people arrested")
    b = mention("b", EventKind.ARREST, "Authorities say 13 people are in custody", count=13, what="people arrested")
    far = mention("c", EventKind.ARREST, "Police say 40 people are in custody", count=40, what="people arrested")
    result = merge_events([a, b, far], R, {"a": "s", "b": "s", "c": "s"})
    assert sorted(e.documents for e in result.events) == [("a", "b"), ("c",)]
    (conflict,) = find_conflicts(result.events, result.members, {})
    assert conflict.kind == "hard" and [v.value for v in conflict.values] == [12, 13]
    # so are two reports that give no day: one story's news, told with two figures
    undated = mention("a", EventKind.ARREST, "12 people were arrested during a brawl at a Marrakesh park",
                      places=["Marrakesh"], count=12, what="people arrested")
    assert [e.documents for e in merge_events([undated, b], R, {"a": "s", "b": "s"}).events] == [("a", "b")]
    # but not two stories' arrests
    assert len(merge_events([undated, b], R, {"a": "s", "b": "t"}).events) == 2
    # nor a report dated to a month beside one that gives no day: near figures are not enough
    in_march = mention("a", EventKind.ARREST, "Police arrested 40 people in Marrakesh in March", places=["Marrakesh"],
                       when="2024-03", count=40, what="people arrested")
    more = mention("b", EventKind.ARREST, "Police say 48 people are in custody", count=48, what="people arrested")
    assert len(merge_events([in_march, more], R, {"a": "s", "b": "s"}).events) == 2
    # small numbers must agree, and boats are not guns
    boats = mention("a", EventKind.SEIZURE, "the navy seized two boats", count=2, what="boats seized")
    more_boats = mention("b", EventKind.SEIZURE, "commandos seized three boats", count=3, what="boats seized")
    guns = mention("c", EventKind.SEIZURE, "commandos seized 13 guns", count=13, what="guns seized")
    rifles = mention("d", EventKind.SEIZURE, "the navy seized 12 rifles", count=12, what="rifles seized")
    events = merge_events([boats, more_boats], R, {"a": "s", "b": "s"}).events
    assert len(events) == 2
    assert len(merge_events([guns, rifles], R, {"c": "s", "d": "s"}).events) == 2


def test_merge_the_quake_named_again_where_it_was_felt_nearby_is_the_articles_quake():
    near = NEAR
    quake = mention("a", EventKind.DISASTER, "A quake hit Rabat on Sunday", places=["Rabat"], when="2024-03-10")

    def felt(text: str, places: list[str], offset: int) -> EventMention:
        m = later(mention("a", EventKind.DISASTER, text, places=places), offset)
        at = text.index("quake")
        return dataclasses.replace(m, trigger=Span("a", offset + at, offset + at + 5, "quake"))

    nearby = felt("Residents of Sale and Temara felt the quake", ["Sale", "Temara"], 100)
    far = felt("In Agadir the quake was felt too", ["Agadir"], 200)
    events = merge_events([quake, nearby, far], near).events
    assert sorted(e.locations for e in events) == [("Agadir",), ("Rabat",)]  # Agadir, 500 km away, stays apart


def test_merge_two_magnitudes_in_one_article_are_two_quakes():
    def quake(text: str, magnitude: float, offset: int, **kw) -> EventMention:
        m = later(mention("a", EventKind.DISASTER, text, places=["Marrakesh"], **kw), offset)
        return dataclasses.replace(m, figures=(Figure(magnitude, "magnitude", m.sentence),))

    news = quake("A 5.6 magnitude quake hit Marrakesh on Sunday", 5.6, 0, when="2024-03-10")
    again = quake("The 5.7 quake damaged houses in Marrakesh", 5.7, 100)
    before = quake("The same city was hit by a 6.1 quake in September", 6.1, 200)
    events = merge_events([news, again, before], R).events
    assert len(events) == 2 and sorted(len(e.mentions) for e in events) == [1, 2]


def test_merge_a_report_never_joins_an_event_dated_after_it_was_published():
    stabbing = mention("a", EventKind.ATTACK, "Three people were stabbed at a rally in Marrakesh on Saturday",
                       places=["Marrakesh"], when="2016-02-27")
    old_report = mention("b", EventKind.ATTACK, "a young man gunned down outside a Marrakesh carwash", places=["Marrakesh"])
    new_report = mention("c", EventKind.ATTACK, "the stabbings at the Marrakesh rally", places=["Marrakesh"])
    published = {"a": date(2016, 2, 28), "b": date(2015, 6, 23), "c": date(2016, 2, 28)}
    events = merge_events([stabbing, old_report, new_report], R, {"a": "s", "b": "s", "c": "s"}, published).events
    assert sorted(e.documents for e in events) == [("a", "c"), ("b",)]


def test_merge_reports_that_agree_on_the_dead_but_not_the_wounded_disagree_on_the_wounded():
    def report(doc, wounded):
        m = mention(doc, EventKind.ATTACK, f"a shooting in Marrakesh killed 6 people and wounded {wounded}",
                    places=["Marrakesh"], when="2024-03-10", count=6)
        hurt = Figure(wounded, "people injured", m.sentence)
        return dataclasses.replace(m, figures=(hurt,))
    result = merge_events([report("a", 19), report("b", 17)], R)
    (event,) = result.events
    (conflict,) = find_conflicts(result.events, result.members, {"a": date(2024, 3, 10), "b": date(2024, 3, 10)})
    assert conflict.attribute == "injured" and conflict.kind == "hard"
    assert {v.value: v.documents for v in conflict.values} == {17: ("b",), 19: ("a",)}


def test_merge_the_attack_named_again_with_only_a_country_is_the_articles_attack():
    attack = mention("a", EventKind.ATTACK, "A gunman opened fire at a cafe in Marrakesh on Sunday", places=["Marrakesh"], when="2024-03-10")
    again = later(mention("a", EventKind.ATTACK, "He blamed rhetoric in Morocco for the attack", places=["Morocco"]), 300)
    again = dataclasses.replace(again, trigger=Span("a", 300 + 38, 300 + 44, "attack"))
    worst = later(mention("a", EventKind.ATTACK, "It was the deadliest attack in years"), 400)
    worst = dataclasses.replace(worst, trigger=Span("a", 400 + 20, 400 + 26, "attack"))
    events = merge_events([attack, again, worst], R).events
    assert [e.documents for e in events] == [("a",)] and events[0].locations[0] == "Marrakesh"


def test_merge_an_event_lists_the_country_named_beside_its_town():
    r = resolution(("a", "Voters in [Taipei|GPE], [Taiwan|GPE] chose a president; in [Taiwan|GPE] turnout was high."))
    ms = [mention("a", EventKind.ELECTION, "Voters in Taipei, Taiwan chose a president", places=["Taipei", "Taiwan"], when="2016-01-16"),
          later(mention("a", EventKind.ELECTION, "the election in Taiwan", places=["Taiwan"], when="2016-01-16"), 100)]
    (event,) = merge_events(ms, r).events
    assert event.locations == ("Taipei", "Taiwan") and event.countries == ("TW",)


def test_merge_a_country_named_only_as_a_side_taken_is_not_where_the_vote_was():
    m = dataclasses.replace(mention("a", EventKind.ELECTION, "voting began in the election in which the China-friendly Nationalists lost"),
                            actors=("China-friendly Nationalists",))
    (event,) = merge_events([m], R).events
    assert "CN" not in event.countries


def test_merge_the_quake_felt_in_other_countries_is_the_articles_quake():
    r = resolution(("a", "A quake struck [Qeshm|GPE] in [Iran|GPE]. The quake was felt in [Oman|GPE] and the [United Arab Emirates|GPE]."))
    quake = mention("a", EventKind.DISASTER, "A strong quake struck Qeshm island in Iran on Sunday", places=["Qeshm", "Iran"], when="2005-11-27")
    felt = later(mention("a", EventKind.DISASTER, "The quake was felt in Oman and the United Arab Emirates", places=["Oman", "United Arab Emirates"]), 200)
    felt = dataclasses.replace(felt, trigger=Span("a", 204, 209, "quake"))
    (event,) = merge_events([quake, felt], r).events
    assert event.countries == ("IR",)


def test_merge_an_event_told_with_no_place_is_shown_in_its_articles_one_country():
    ms = [
        mention("a", EventKind.ATTACK, "A gunman opened fire in a cafe in Marrakesh on Sunday", places=["Marrakesh"], when="2017-04-09"),
        mention("a", EventKind.ARREST, "The suspect stayed at the scene and was arrested", what="suspect arrested"),
        mention("a", EventKind.SEIZURE, "Police seized his rifle on Monday", when="2017-04-10", what="rifles seized"),
    ]
    events = {e.kind: e for e in merge_events(ms, R).events}
    assert events[EventKind.ARREST].countries == ("MA",) and events[EventKind.SEIZURE].countries == ("MA",)
    assert events[EventKind.ARREST].locations == ()  # a country, never a town it was not told


def test_merge_an_accident_told_with_no_place_is_shown_in_its_articles_one_country():
    # "the Cessna crashed into a residential area": the crash names no town, the article names only Kenya's
    kenya = resolution(("a", "A plane left [Nairobi|GPE] for [Malindi|GPE], in [Kenya|GPE]."))
    ms = [mention("a", EventKind.DISASTER, "A small plane crashed into a residential area, killing all four on board", count=4),
          mention("a", EventKind.MILITARY_OPERATION, "Troops were sent to help", what="troops")]
    events = {e.kind: e for e in merge_events(ms, kenya).events}
    assert events[EventKind.DISASTER].countries == ("KE",) and events[EventKind.DISASTER].locations == ()
    assert events[EventKind.MILITARY_OPERATION].countries == ()  # armies act abroad as often as at home


def test_merge_a_toll_in_a_village_no_gazetteer_knows_is_part_of_the_articles_disaster():
    aceh = resolution(("a", "A quake struck [Aceh|GPE] in [Indonesia|GPE]. In [Suka Makmur|LOC] village a landslide killed a man."))
    quake = mention("a", EventKind.DISASTER, "A quake struck Aceh, killing five", places=["Aceh"], when="2013-07-02", count=5)
    landslide = in_sentence(mention("a", EventKind.DISASTER, "In Suka Makmur village a landslide killed one man",
                                    places=["Suka Makmur"], count=1, what="man killed"), 40)
    (event,) = merge_events([quake, landslide], aceh).events
    assert event.locations == ("Aceh",) or "Aceh" in event.locations
    # a toll in a town the gazetteer places is a place of its own
    two = resolution(("a", "A quake struck [Aceh|GPE] in [Indonesia|GPE]. In [Medan|GPE] a landslide killed a man."))
    other = in_sentence(mention("a", EventKind.DISASTER, "In Medan a landslide killed one man", places=["Medan"], count=1,
                                what="man killed"), 40)
    assert len(merge_events([quake, other], two).events) == 2


def test_merge_a_separate_arrest_in_an_unknown_village_is_not_the_leads():
    lagos = resolution(("a", "Police arrested 40 protesters in [Lagos|GPE]. Police arrested six men in [Ilugun Alaro|LOC] village."))
    lead = mention("a", EventKind.ARREST, "Police arrested 40 protesters in Lagos on Monday", places=["Lagos"], when="2024-03-11",
                   count=40, what="protesters arrested")
    other = in_sentence(mention("a", EventKind.ARREST, "Police arrested six men in Ilugun Alaro village", places=["Ilugun Alaro"],
                                count=6, what="men arrested"), 60)
    assert len(merge_events([lead, other], lagos).events) == 2  # a village no gazetteer knows merges a toll, not an arrest


def test_merge_a_disaster_named_from_afar_takes_no_country():
    # "an appeal for survivors of the earthquake", in a London report: no date, no toll of its own
    london = resolution(("a", "The Red Cross in [London|GPE] launched an appeal. Volunteers in [Manchester|GPE] helped."))
    ms = [mention("a", EventKind.DISASTER, "The Red Cross launched an appeal for survivors of the earthquake", what="x")]
    (event,) = merge_events(ms, london).events
    assert event.countries == ()


def test_merge_no_country_is_lent_when_the_article_spans_two():
    ms = [
        mention("a", EventKind.ATTACK, "A gunman opened fire in a cafe in Marrakesh on Sunday", places=["Marrakesh"], when="2017-04-09"),
        mention("a", EventKind.ATTACK, "A similar attack hit Madrid on Monday", places=["Madrid"], when="2017-04-10"),
        mention("a", EventKind.ARREST, "The suspect was arrested", what="suspect arrested"),
    ]
    two = resolution(("a", "A gunman hit [Marrakesh|GPE]. Then [Madrid|GPE] was hit."))
    (arrest,) = [e for e in merge_events(ms, two).events if e.kind is EventKind.ARREST]
    assert arrest.countries == ()


def test_merge_an_articles_undated_news_takes_the_day_a_later_sentence_gives_it():
    ms = [
        mention("a", EventKind.ATTACK, "A deputy was shot dead at a petrol station in Marrakesh", places=["Marrakesh"]),
        mention("a", EventKind.ATTACK, "He had just filled his car on Friday night when he was shot", when="2017-04-07"),
        mention("a", EventKind.ATTACK, "A guard was shot in Fez on Thursday", places=["Fez"], when="2017-04-06"),
    ]
    ms = [in_sentence(m, 100 * k) for k, m in enumerate(ms)]  # three sentences of one article
    events = sorted(merge_events(ms, R).events, key=lambda e: e.locations)
    assert [(e.locations, e.date) for e in events] == [(("Fez",), "2017-04-06"), (("Marrakesh",), "2017-04-07")]


def test_merge_in_a_report_with_no_date_a_protest_on_sunday_is_not_wednesdays():
    ms = [
        mention("a", EventKind.PROTEST, "Afghans protested in Marrakesh on Wednesday, Sept. 15, 2010", places=["Marrakesh"],
                when="2010-09-15"),
        dataclasses.replace(mention("a", EventKind.PROTEST, "Hundreds protested on Sunday"), date_text="Sunday"),
        dataclasses.replace(mention("a", EventKind.PROTEST, "The crowd protested on Wednesday"), date_text="Wednesday"),
    ]
    events = merge_events([in_sentence(m, 100 * k) for k, m in enumerate(ms)], R).events
    assert sorted(len(e.mentions) for e in events) == [1, 2]  # Sunday's apart; Wednesday's is the lead's day


def test_merge_the_dead_told_at_a_venue_are_the_victims_of_the_articles_attack():
    ms = [
        mention("a", EventKind.ATTACK, "A gunman opened fire at a synagogue in Marrakesh on Saturday", places=["Marrakesh"],
                when="2017-04-08", count=11),
        mention("a", EventKind.KILLING, "He killed eleven people in the Beth Shalom synagogue", places=["Beth Shalom synagogue"],
                count=11),
    ]
    known = resolution(("a", "A gunman hit [Marrakesh|GPE]. He killed eleven in the [Beth Shalom synagogue|ORG]."))
    (event,) = merge_events([in_sentence(m, 100 * k) for k, m in enumerate(ms)], known).events
    assert event.kind is EventKind.ATTACK and event.count.value == 11
    # told alone, the venue is where it happened
    (fire,) = merge_events([mention("a", EventKind.DISASTER, "a fire gutted the synagogue", places=["Beth Shalom synagogue"])],
                           known).events
    assert fire.locations == ("Beth Shalom synagogue",)


def test_merge_with_no_placed_event_an_event_takes_the_country_most_of_its_articles_places_are_in():
    told = resolution(("a", "Voters in [Casablanca|GPE] and [Fez|GPE] queued; [Morocco|GPE] watched."))
    ms = [mention("a", EventKind.ELECTION, "Voting began on Saturday in the election", when="2016-01-16")]
    (vote,) = merge_events(ms, told).events
    assert vote.countries == ("MA",)
    # an article of two countries lends none
    split = resolution(("a", "From [Casablanca|GPE] and [Fez|GPE] to [Madrid|GPE] and [Seville|GPE], voters queued."))
    (vote,) = merge_events(ms, split).events
    assert vote.countries == ()


def test_merge_an_article_whose_only_place_is_one_town_lends_that_town_s_country():
    only = resolution(("a", "A gunman opened fire at an office party in [Vancouver|GPE]; the suspect gave himself up."))
    ms = [mention("a", EventKind.ARREST, "the suspect gave himself up to police", what="suspect arrested")]
    (arrest,) = merge_events(ms, only).events
    assert arrest.countries == ("CA",)
    none = resolution(("a", "A gunman opened fire at an office party; the suspect gave himself up."))
    (arrest,) = merge_events(ms, none).events
    assert arrest.countries == ()


def test_merge_an_article_mostly_in_one_country_lends_it_even_when_one_event_names_another():
    mostly = resolution(("a", "A gunman hit [Marrakesh|GPE] in [Morocco|GPE]; [Fez|GPE] mourned; [Madrid|GPE] sent condolences."))
    ms = [
        mention("a", EventKind.ATTACK, "A gunman opened fire in Marrakesh on Sunday", places=["Marrakesh"], when="2017-04-09"),
        mention("a", EventKind.ATTACK, "a similar shooting in Madrid last year", places=["Madrid"], when="2016"),
        mention("a", EventKind.ARREST, "The suspect was arrested", what="suspect arrested"),
    ]
    (arrest,) = [e for e in merge_events([in_sentence(m, 100 * k) for k, m in enumerate(ms)], mostly).events
                 if e.kind is EventKind.ARREST]
    assert arrest.countries == ("MA",)


def test_merge_the_dead_told_with_the_attacks_own_day_or_place_are_its_victims():
    told = "The deputy who was killed in Marrakesh on Friday was shot 15 times"  # one sentence, two triggers
    ms = [
        in_sentence(mention("a", EventKind.ATTACK, told, places=["Marrakesh"], when="2017-04-07"), 0),
        in_sentence(mention("a", EventKind.KILLING, told, places=["Marrakesh"]), 0),
        in_sentence(mention("a", EventKind.KILLING, "After he was killed about 8:20 p.m. Friday, police searched",
                            when="2017-04-07"), 100),
        in_sentence(mention("a", EventKind.KILLING, "a guard was killed in Fez on Friday", places=["Fez"], when="2017-04-07"), 200),
    ]
    events = merge_events(ms, R).events
    assert sorted((e.kind.value, e.locations) for e in events) == [("ATTACK", ("Marrakesh",)), ("KILLING", ("Fez",))]


def test_merge_an_event_is_counted_by_its_told_total_not_by_the_victim_a_sentence_names():
    ms = [
        mention("a", EventKind.ATTACK, "A French national was also killed in the attack in Marrakesh", places=["Marrakesh"],
                when="2024-03-10", count=1, qualifier="at least", what="national killed", by_name=True),
        mention("b", EventKind.ATTACK, "The attack in Marrakesh killed eight people", places=["Marrakesh"], when="2024-03-10",
                count=8),
    ]
    result = merge_events(ms, R)
    (event,) = result.events
    assert event.count.value == 8
    assert not find_conflicts(result.events, result.members, {})  # one victim named is no other toll


def test_merge_one_victim_named_in_two_places_is_no_shared_figure():
    ms = [
        mention("a", EventKind.KILLING, "Gunmen killed a farmer in Fez", places=["Fez"], when="2024-03-10", count=1,
                qualifier="at least", what="farmer killed", by_name=True),
        mention("a", EventKind.KILLING, "Gunmen killed a teacher in Casablanca", places=["Casablanca"], when="2024-03-10",
                count=1, qualifier="at least", what="teacher killed", by_name=True),
    ]
    assert len(merge_events(ms, R).events) == 2


def test_merge_one_days_quake_told_from_towns_hundreds_of_km_apart_is_one_event():
    r = resolution(("a", "A quake shook [Fez|GPE] in [Morocco|GPE]."), ("b", "A quake shook [Agadir|GPE] in [Morocco|GPE]."))
    fez = mention("a", EventKind.DISASTER, "A strong quake shook Fez on Sunday", places=["Fez"], when="2024-03-10")
    agadir = mention("b", EventKind.DISASTER, "A strong quake shook Agadir on Sunday", places=["Agadir"], when="2024-03-10")
    stories = {"a": "s1", "b": "s2"}  # grouped apart: the towns are 430 km apart
    (event,) = merge_events([fez, agadir], r, stories).events  # each outlet's lead, the same day, one country
    assert event.documents == ("a", "b")
    next_week = dataclasses.replace(agadir, date="2024-03-17")
    assert len(merge_events([fez, next_week], r, stories).events) == 2


def test_merge_two_lower_bounds_far_apart_are_a_conflict_and_close_ones_are_not():
    def bam(doc, value, qualifier="more than"):
        return mention(doc, EventKind.DISASTER, f"a quake killed {qualifier} {value} people in Fez in 2003", places=["Fez"],
                       when="2003-12", count=value, qualifier=qualifier)
    apart = merge_events([bam("a", 26_000), bam("b", 31_000)], R)
    (conflict,) = find_conflicts(apart.events, apart.members, {})
    assert {v.value for v in conflict.values} == {26_000, 31_000}
    close = merge_events([bam("a", 26_000), bam("b", 27_000, "at least")], R)
    assert not find_conflicts(close.events, close.members, {})  # one toll told loosely


def test_merge_a_protest_is_counted_by_its_crowd_not_by_its_dead():
    ms = [
        mention("a", EventKind.PROTEST, "Three people were killed during the march in Fez", places=["Fez"], when="2024-03-10",
                count=3, what="killed"),
        mention("b", EventKind.PROTEST, "About 5,000 people marched in Fez", places=["Fez"], when="2024-03-10", count=5000,
                what="people protested"),
    ]
    (event,) = merge_events(ms, R).events
    assert event.count.value == 5000
    (event,) = merge_events(ms[:1], R).events
    assert event.count is None  # its dead alone do not count its crowd


def test_merge_a_shot_told_with_no_place_or_day_is_the_articles_killing():
    killing = mention("a", EventKind.KILLING, "A gunman killed a deputy at a gas station in Fez on Friday", places=["Fez"],
                      when="2024-03-08")
    shot = in_sentence(mention("a", EventKind.ATTACK, "It is unclear who fired the fatal shot"), 200)
    (event,) = merge_events([killing, shot], R).events
    assert event.kind is EventKind.KILLING and len(event.mentions) == 2
    elsewhere = in_sentence(mention("a", EventKind.ATTACK, "Gunmen fired on a bus in Casablanca", places=["Casablanca"]), 200)
    assert len(merge_events([killing, elsewhere], R).events) == 2  # a shot with a place of its own is its own event


def test_merge_a_building_the_gazetteer_does_not_know_is_no_other_place_on_the_same_day():
    r = resolution(("a", "A gunman attacked [Fez|GPE]."), ("b", "A gunman attacked the [Bab Ftouh Mosque|ORG]."))
    town = mention("a", EventKind.ATTACK, "A gunman attacked worshippers in Fez on Saturday", places=["Fez"], when="2024-03-09")
    venue = mention("b", EventKind.ATTACK, "A gunman attacked the Bab Ftouh Mosque on Saturday", places=["Bab Ftouh Mosque"],
                    when="2024-03-09")
    (event,) = merge_events([town, venue], r).events
    assert event.documents == ("a", "b")
    a_week_later = dataclasses.replace(venue, date="2024-03-16")
    assert len(merge_events([town, a_week_later], r).events) == 2


def test_merge_a_flood_and_a_quake_the_same_day_stay_two_disasters():
    r = resolution(("a", "Floods hit [Fez|GPE] in [Morocco|GPE]."), ("b", "A quake shook [Agadir|GPE] in [Morocco|GPE]."))
    flood = mention("a", EventKind.DISASTER, "Floods killed 40 people in Fez on Sunday", places=["Fez"], when="2024-03-10", count=40)
    quake = mention("b", EventKind.DISASTER, "A quake killed 3 people in Agadir on Sunday", places=["Agadir"], when="2024-03-10",
                    count=3)
    flood = dataclasses.replace(flood, trigger=Span("a", 0, 6, "Floods"))
    quake = dataclasses.replace(quake, trigger=Span("b", 2, 7, "quake"))
    assert len(merge_events([flood, quake], r, {"a": "s1", "b": "s2"}).events) == 2


def test_merge_a_killing_told_weeks_before_the_articles_attack_is_not_its_victims():
    sentence = "Thursday's shooting in Fez came just weeks after a driver fatally shot eight people"
    attack = mention("a", EventKind.ATTACK, sentence, places=["Fez"], when="2024-03-07")
    attack = dataclasses.replace(attack, trigger=Span("a", 11, 19, "shooting"))
    earlier = mention("a", EventKind.KILLING, sentence, count=8)
    earlier = dataclasses.replace(earlier, trigger=Span("a", 73, 77, "shot"))
    assert len(merge_events([attack, earlier], R).events) == 2


def _at(m: EventMention, start: int, word: str) -> EventMention:
    """The mention with its trigger at ``start`` of its sentence."""
    return dataclasses.replace(m, trigger=Span(m.article_id, m.sentence.start + start, m.sentence.start + start + len(word), word))


def test_merge_an_older_event_recalled_by_its_year_is_not_the_articles_news():
    r = resolution(("a", "A quake hit [Aceh|GPE] in [Indonesia|GPE]. The tsunami hit [Nias|GPE]."),
                   ("b", "The 2004 tsunami hit [Aceh|GPE] in [Indonesia|GPE]."))
    lead = "A quake in Aceh province killed five people in a region devastated by the 2004 tsunami"
    quake = _at(mention("a", EventKind.DISASTER, lead, places=["Aceh"], count=5), 2, "quake")
    recalled = _at(mention("a", EventKind.DISASTER, lead, when="2004"), 75, "tsunami")
    bare = _at(in_sentence(mention("a", EventKind.DISASTER, "The quake cut power to the city"), 100), 4, "quake")
    again = _at(in_sentence(mention("a", EventKind.DISASTER, "In 2004 a tsunami killed 170,000 people", when="2004",
                                    count=170000), 140), 10, "tsunami")
    other = _at(mention("b", EventKind.DISASTER, "The 2004 tsunami killed 168,000 people in Aceh", places=["Aceh"], when="2004",
                        count=168000), 9, "tsunami")
    result = merge_events([quake, recalled, bare, again, other], r, {"a": "s1", "b": "s1"})
    (news,) = [e for e in result.events if e.date is None]
    assert news.count.value == 5 and news.documents == ("a",)  # "b"'s 2004 tsunami in Aceh does not join "a"'s quake
    assert {m.trigger.text for m in result.members[news.event_id]} == {"quake"}  # "the quake" is the news, not 2004's
    (tsunami,) = [e for e in result.events if e.date == "2004" and "a" in e.documents]  # "a" recalls it twice: one event
    assert {m.trigger.start for m in result.members[tsunami.event_id]} == {75, 150}


def test_merge_two_undated_reports_of_one_named_victim_at_one_place_are_one_killing():
    r = resolution(("a", "Shots on [West Florence Avenue|LOC]."), ("b", "A man died on [West Florence Avenue|LOC]."))
    shot = dataclasses.replace(mention("a", EventKind.ATTACK, "Tavin Terrell Price was shot on West Florence Avenue",
                                       places=["West Florence Avenue"]), targets=("Tavin Terrell Price",))
    killed = dataclasses.replace(mention("b", EventKind.KILLING, "Tavin Terrell Price was fatally shot on West Florence Avenue",
                                         places=["West Florence Avenue"], count=1, what="killed"), targets=("Tavin Terrell Price",))
    assert len(merge_events([shot, killed], r).events) == 1
    other = dataclasses.replace(killed, targets=("police",))  # a word, not a name: no evidence
    assert len(merge_events([dataclasses.replace(shot, targets=("police",)), other], r).events) == 2


def test_merge_the_reports_own_year_and_a_definite_anaphor_are_not_recalled_events():
    r = resolution(("a", "Floods hit [Mombasa|GPE]."), ("b", "Floods hit [Mombasa|GPE]."))
    now = mention("a", EventKind.DISASTER, "Floods killed 38 people in Mombasa", places=["Mombasa"], count=38)
    this_year = mention("b", EventKind.DISASTER, "Kenya's 2024 floods have killed 41 people in Mombasa", places=["Mombasa"],
                        when="2024", count=41)
    published = {"a": date(2024, 5, 3), "b": date(2024, 5, 3)}
    result = merge_events([now, this_year], r, {"a": "s1", "b": "s1"}, published)
    assert len(result.events) == 1  # 2024 is the year of both reports, not an old event one of them recalls
    (conflict,) = find_conflicts(result.events, result.members, published)
    assert {v.value for v in conflict.values} == {38, 41}
    # "survivors of the 2023 earthquake ... in Amizmiz, where the quake killed 40": "the quake" is that one
    r = resolution(("c", "A quake hit [Amizmiz|GPE]."))
    sentence = "Survivors of the 2023 earthquake still live in tents in Amizmiz, where the quake killed 40 people"
    old = _at(mention("c", EventKind.DISASTER, sentence, when="2023"), sentence.index("earthquake"), "earthquake")
    again = _at(mention("c", EventKind.DISASTER, sentence, places=["Amizmiz"], count=40), sentence.index("the quake") + 4, "quake")
    assert len(merge_events([again, old], r).events) == 1


def test_merge_two_events_of_one_recalled_year_but_other_kinds_stay_two():
    r = resolution(("a", "Floods hit [Sindh|GPE]. Militants struck [Waziristan|GPE]."))
    floods = _at(mention("a", EventKind.DISASTER, "the 2022 floods, which killed 1,700 people", when="2022", count=1700), 9, "floods")
    ambush = _at(in_sentence(mention("a", EventKind.ATTACK, "In 2022, militants also killed 30 soldiers", when="2022",
                                     count=30), 60), 23, "killed")
    assert len(merge_events([floods, ambush], r).events) == 2


def test_merge_a_date_an_undated_report_spells_out_is_an_older_event_unless_its_weekday_fits():
    r = resolution(("a", "Quakes hit [Manokwari|GPE]."))
    lead = mention("a", EventKind.DISASTER, "Powerful earthquakes rocked Manokwari on Sunday", places=["Manokwari"])
    lead = _at(lead, 20, "earthquakes")
    older = _at(in_sentence(mention("a", EventKind.DISASTER, "The last quakes in Manokwari struck on Oct. 10, 2002",
                                    places=["Manokwari"], when="2002-10-10"), 60), 13, "quakes")  # a Thursday
    undated = {"a": None}
    assert len(merge_events([lead, older], r, published=undated).events) == 2  # "Sunday" is its news, 2002 is not
    same_day = dataclasses.replace(older, date="2002-10-13")  # a Sunday: it may be the news, spelled out
    assert len(merge_events([lead, same_day], r, published=undated).events) == 1


def test_merge_in_one_article_a_deed_against_other_victims_is_another_deed():
    r = resolution(("a", "A man killed his daughter in [Phuket|GPE]. Weeks ago a man in [Cleveland|GPE] killed another."))
    lead = dataclasses.replace(mention("a", EventKind.KILLING, "a man filmed himself killing his baby daughter", count=1),
                               targets=("baby daughter",))
    other = in_sentence(dataclasses.replace(
        mention("a", EventKind.KILLING, "his murder of a 74-year-old man in Cleveland", places=["Cleveland"], count=1),
        targets=("74 - year - old man",)), 100)
    again = in_sentence(dataclasses.replace(
        mention("a", EventKind.KILLING, "he hanged his daughter at a hotel in Phuket", places=["Phuket"]),
        targets=("daughter",)), 200)
    result = merge_events([lead, other, again], r)
    told = {e.locations: {m.sentence.text for m in result.members[e.event_id]} for e in result.events}
    assert told == {("Phuket",): {lead.sentence.text, again.sentence.text}, ("Cleveland",): {other.sentence.text}}
    # a victim named in one mention and described in another says nothing either way
    named = in_sentence(dataclasses.replace(
        mention("a", EventKind.KILLING, "Goforth was killed in Phuket", places=["Phuket"]), targets=("Goforth",)), 300)
    assert len(merge_events([lead, named], r).events) == 1


def test_merge_in_one_article_the_dead_of_both_sides_of_a_fight_are_one_fight():
    r = resolution(("a", "Troops fought militants in [Lanao del Sur|GPE]."))
    lead = dataclasses.replace(mention("a", EventKind.MILITARY_OPERATION, "Troops killed seven militants in Lanao del Sur on Monday",
                                       places=["Lanao del Sur"], when="2025-10-06", count=7), targets=("seven militants",))
    toll = in_sentence(dataclasses.replace(
        mention("a", EventKind.MILITARY_OPERATION, "One soldier was killed and three were wounded in the fighting", count=1),
        targets=("One soldier",)), 100)
    assert len(merge_events([lead, toll], r).events) == 1  # (victims who did not fight stay apart: the test above)
    elsewhere = in_sentence(dataclasses.replace(
        mention("a", EventKind.MILITARY_OPERATION, "Separately, four soldiers were killed in fighting near Gwoza", places=["Gwoza"], count=4),
        targets=("four soldiers",)), 200)
    assert len(merge_events([lead, elsewhere], resolution(("a", "Troops fought in [Lanao del Sur|GPE] and [Gwoza|GPE].")))
               .events) == 2  # the dead of another fight, elsewhere


def test_merge_in_one_article_homes_set_on_fire_are_no_other_victims():
    r = resolution(("a", "Gangs stormed [Liancourt|GPE]."))
    lead = dataclasses.replace(mention("a", EventKind.ATTACK, "Gang members stormed the town of Liancourt early Thursday, killing "
                                       "at least 40 people", places=["Liancourt"], when="2025-02-13", count=40), targets=("at least 40 people",))
    arson = in_sentence(dataclasses.replace(mention("a", EventKind.ATTACK, "The attackers also set fire to dozens of homes and cars"),
                                            targets=("dozens of homes and cars",)), 100)
    assert len(merge_events([lead, arson], r).events) == 1


def test_merge_in_one_article_a_person_named_again_is_killed_once():
    r = resolution(("a", "Mary Ward was killed in [Tomball|GPE]."))
    first = dataclasses.replace(mention("a", EventKind.KILLING, "Last May, a stray bullet killed Mary Ward",
                                        when="2008-05", count=1, by_name=True), targets=("Mary Ward",))
    again = in_sentence(dataclasses.replace(
        mention("a", EventKind.KILLING, "It was seven months ago when that errant bullet killed Mary Ward",
                when="2008-06", count=1, by_name=True), targets=("Mary Ward",)), 300)
    assert len(merge_events([first, again], r).events) == 1
    # another person, or the same name as a group's, is no proof
    other = dataclasses.replace(again, targets=("John Ward",))
    assert len(merge_events([first, other], r).events) == 2
    raids = [dataclasses.replace(m, kind=EventKind.MILITARY_OPERATION, targets=("Islamic State",)) for m in (first, again)]
    assert len(merge_events(raids, r).events) == 2


def test_merge_an_older_event_recalled_with_no_place_is_of_the_country_the_article_is_about():
    told = resolution(("a", "Voters in [Casablanca|GPE] and [Fez|GPE] queued; [Morocco|GPE] watched."))
    recalled = dataclasses.replace(mention("a", EventKind.PROTEST, "In 2011, hundreds of students occupied the parliament",
                                           when="2011"), background=True)
    (protest,) = merge_events([recalled], told).events
    assert protest.countries == ("MA",)
    # only where most of the article's places lie in that one country, not where one event names it
    split = resolution(("a", "From [Casablanca|GPE] and [Fez|GPE] to [Madrid|GPE] and [Seville|GPE], voters queued."))
    (protest,) = merge_events([recalled], split).events
    assert protest.countries == ()


def test_merge_two_reports_recalling_a_deed_on_one_named_person_in_one_year_are_one():
    told = resolution(("a", "An old case."), ("b", "Another report."))
    one = dataclasses.replace(mention("a", EventKind.ATTACK, "In 1957 he botched an attempt to kill Frank Costello", when="1957"),
                              targets=("Frank Costello",))
    two = dataclasses.replace(mention("b", EventKind.ATTACK, "a failed 1957 attempt on Frank Costello", when="1957"),
                              targets=("Frank Costello",))
    (event,) = merge_events([one, two], told).events
    assert event.documents == ("a", "b")
    # another year, or another person, is another deed
    assert len(merge_events([one, dataclasses.replace(two, date="1958")], told).events) == 2
    assert len(merge_events([one, dataclasses.replace(two, targets=("Albert Anastasia",))], told).events) == 2


def test_merge_one_sentence_telling_a_campaign_and_its_strikes_of_one_month_is_one_event():
    told = resolution(("a", "An operation."))
    campaign = mention("a", EventKind.MILITARY_OPERATION, "In the operation in November 2012, the army launched strikes",
                       when="2012-11")
    strikes = dataclasses.replace(campaign, kind=EventKind.ATTACK, mention_id="m-strikes")
    (event,) = merge_events([campaign, strikes], told).events
    assert len(event.mentions) == 2
    # "captured the town in January and launched an attack in February": two deeds
    later = dataclasses.replace(strikes, date="2012-12")
    assert len(merge_events([campaign, later], told).events) == 2
    # a day is a deed's own: "troops began an offensive on Tuesday as rebels attacked a base on Tuesday"
    began, attacked = (dataclasses.replace(x, date="2012-11-06") for x in (campaign, strikes))
    assert len(merge_events([began, attacked], told).events) == 2


def test_merge_a_placeless_quake_of_the_same_day_joins_one_reported_from_the_same_country_only():
    r = resolution(("a", "Quakes hit [Manokwari|GPE] and [Sorong|GPE] in [Indonesia|GPE]."),
                   ("b", "A quake shook [Santa Rosa|GPE] and [Healdsburg|GPE] in [California|GPE]."),
                   ("c", "Aid reached [Jayapura|GPE] and [Sorong|GPE]."))
    papua = mention("a", EventKind.DISASTER, "A 7.6 quake struck Manokwari on Sunday", places=["Manokwari"], when="2009-01-04")
    california = mention("b", EventKind.DISASTER, "An earthquake struck near The Geysers on Sunday", when="2009-01-04")
    assert len(merge_events([papua, california], r).events) == 2  # a report from California, one from Indonesia
    indonesia = mention("c", EventKind.DISASTER, "The earthquake on Sunday killed five", when="2009-01-04")
    assert len(merge_events([papua, indonesia], r).events) == 1


@pytest.mark.parametrize(("follow_up", "lead_day", "events"), [
    ("The suspects were arrested in Fez on Friday.", None, 1),  # the lead's suspects, named again with "the"
    ("Two other suspects were arrested in Fez on Friday.", None, 2),  # others
    ("The suspects were arrested in Fez on Friday.", "2024-03-12", 2),  # an arrest of another day
])
def test_merge_an_arrest_whose_people_are_named_again_is_the_leads(follow_up, lead_day, events):
    lead = dataclasses.replace(mention("a", EventKind.ARREST, "Police in Casablanca have arrested three suspects in the heist.",
                                       places=["Casablanca"], count=3, what="suspects arrested", when=lead_day), targets=("suspects",))
    later = dataclasses.replace(in_sentence(mention("a", EventKind.ARREST, follow_up, places=["Fez"], when="2024-03-15"), 80),
                                targets=("suspects",))
    assert len(merge_events([lead, later], R).events) == events


@pytest.mark.parametrize(("follow_up", "target", "events"), [
    ("The suspects were detained in Fez on Friday.", "suspects", 1),  # the two men, named again as "the suspects"
    ("The pair were detained in Fez on Friday.", "pair", 1),
    ("Suspects were detained in Fez on Friday.", "Suspects", 2),  # no "the": not told as the same people
    ("In an unrelated case, the suspects in a heist were detained in Fez on Friday.", "suspects", 2),
])
def test_merge_an_arrest_names_its_people_again_by_another_word(follow_up, target, events):
    lead = mention("a", EventKind.ARREST, "Police in Casablanca have arrested two men over the heist.",
                   places=["Casablanca"], count=2, what="men arrested")
    later = dataclasses.replace(in_sentence(mention("a", EventKind.ARREST, follow_up, places=["Fez"], when="2024-03-15"), 80),
                                targets=(target,))
    assert len(merge_events([lead, later], R).events) == events


def test_merge_a_seizure_told_in_an_arrests_sentence_is_where_the_arrest_was():
    r = resolution(("a", "Women protested in [Thoothukudi|GPE]. Fishermen were arrested near [Delft Island|LOC]."))
    sentence = "The 14 fishermen were arrested near Delft Island on July 28, and their two boats were seized"
    arrest = in_sentence(mention("a", EventKind.ARREST, sentence, places=["Delft Island"], when="2025-07-28", count=14,
                                 what="fishermen arrested"), 100)
    boats = in_sentence(mention("a", EventKind.SEIZURE, sentence, when="2025-07-28", count=2, what="boats seized"), 100)
    protest = mention("a", EventKind.PROTEST, "Women began a hunger strike in Thoothukudi on Tuesday", places=["Thoothukudi"],
                      when="2025-08-05")
    events = {e.kind: e for e in merge_events([protest, arrest, boats], r).events}
    assert events[EventKind.SEIZURE].locations == ("Delft Island",)


def test_merge_the_deed_named_again_as_the_killer_brings_its_dead_and_their_town():
    r = resolution(("a", "Strikes hit [Saada|GPE] in [Yemen|GPE]. The strikes killed three civilians in [Razih|GPE]."))

    def on(m: EventMention, word: str, start: int) -> EventMention:
        at = m.sentence.text.index(word)
        m = in_sentence(m, start)
        return dataclasses.replace(m, trigger=Span("a", start + at, start + at + len(word), word))

    strikes = on(mention("a", EventKind.ATTACK, "The coalition carried out 12 air strikes in Saada province on Friday",
                         places=["Saada"], when="2026-01-02", actors=["coalition"]), "strikes", 0)

    def dead(sentence: str, actor: str) -> EventMention:
        return on(mention("a", EventKind.KILLING, sentence, places=["Razih"], count=3, what="civilians killed", actors=[actor]),
                  "killed", 100)

    (event,) = merge_events([strikes, dead("The Houthis said the strikes killed three civilians in Razih", "strikes")], r).events
    assert (event.kind, event.count.value, "Razih" in event.locations) == (EventKind.ATTACK, 3, True)
    # other killers, or another strike, are other deeds
    for sentence, actor in (("Gunmen killed three civilians in Razih", "Gunmen"),
                            ("Separately, a strike killed three civilians in Razih", "strike")):
        assert len(merge_events([strikes, dead(sentence, actor)], r).events) == 2, sentence


def test_merge_the_lead_told_again_at_a_road_no_gazetteer_knows_is_the_lead():
    r = resolution(("a", "Students marched in [Ado-Ekiti|GPE] in [Nigeria|GPE]. They blocked the [Iyin|LOC] road. "
                         "Others marched in [Lagos|GPE]."))
    march = mention("a", EventKind.PROTEST, "Students boycotted lectures and marched in Ado-Ekiti on Monday",
                    places=["Ado-Ekiti"], when="2025-05-12")

    def later(sentence: str, place: str) -> EventMention:
        return in_sentence(mention("a", EventKind.PROTEST, sentence, places=[place]), 100)

    (event,) = merge_events([march, later("The students blocked the Iyin road for three hours", "Iyin")], r).events
    assert set(event.locations) >= {"Ado-Ekiti", "Iyin"}
    # a town the gazetteer knows is another place
    assert len(merge_events([march, later("Students also marched in Lagos", "Lagos")], r).events) == 2
    # nor is a deed told before a dated lead the lead ("the attack on the base at Iyin ... the drones struck
    # near Iyin on Friday")
    dated_later = dataclasses.replace(in_sentence(march, 200), confidence=0.95)
    told_first = mention("a", EventKind.PROTEST, "Students blocked the Iyin road", places=["Iyin"])
    assert len(merge_events([told_first, dated_later], r).events) == 2


def test_merge_a_strike_across_the_country_and_a_march_in_a_town_are_two_protests():
    strike = mention("a", EventKind.PROTEST, "Teachers across Morocco went on strike on Friday", when="2026-11-13")
    march = in_sentence(mention("a", EventKind.PROTEST, "In Casablanca, several hundred strikers marched to the prefecture",
                                places=["Casablanca"]), 100)
    assert len(merge_events([strike, march], R).events) == 2
    # a strike told in the town is the town's march
    local = mention("a", EventKind.PROTEST, "Teachers went on strike in Casablanca on Friday", places=["Casablanca"],
                    when="2026-11-13")
    assert len(merge_events([local, march], R).events) == 1


def test_merge_the_arrested_man_named_again_by_surname_at_a_street_is_the_lead_arrest():
    r = resolution(("a", "[Gary Gomes|PERSON] was arrested in [New Bedford|GPE]. [Gomes|PERSON] was held at a "
                         "[Philip Street|FAC] flat. [Maria Gomes|PERSON] was held at a [Philip Street|FAC] flat."))
    lead = dataclasses.replace(mention("a", EventKind.ARREST, "Gary Gomes, 35, was arrested yesterday in New Bedford",
                                       places=["New Bedford"], when="2026-03-12"), targets=("Gary Gomes",))
    again = dataclasses.replace(in_sentence(mention("a", EventKind.ARREST, "Gomes was arrested at a Philip Street flat yesterday",
                                                    places=["Philip Street"], when="2026-03-12"), 100), targets=("Gomes",))
    (event,) = merge_events([lead, again], r).events
    assert set(event.locations) >= {"New Bedford", "Philip Street"}
    # another of the family is another arrest
    other = dataclasses.replace(again, targets=("Maria Gomes",), sentence=Span("a", 200, 260, "Maria Gomes was arrested at a Philip Street flat"))
    assert len(merge_events([lead, other], r).events) == 2


def test_merge_people_told_again_by_a_word_that_opens_a_sentence_are_no_surname():
    r = resolution(("a", "Police arrested protesters in [Lagos|GPE] and in [Abuja|GPE]."))
    lead = dataclasses.replace(mention("a", EventKind.ARREST, "Police arrested 15 protesters in Lagos on Monday",
                                       places=["Lagos"], when="2026-03-09"), targets=("15 protesters",))
    other = dataclasses.replace(in_sentence(mention("a", EventKind.ARREST, "Protesters were also arrested in Abuja on Monday",
                                                    places=["Abuja"], when="2026-03-09"), 100), targets=("Protesters",))
    assert len(merge_events([lead, other], r).events) == 2
