"""A named person's age as each report gives it, and reports that disagree on it."""

from __future__ import annotations

from datetime import date

from markup import analysis
from newsfold.brief import _conflict_sentence
from newsfold.canon import canonicalize
from newsfold.person_ages import age_conflicts, stated_ages
from newsfold.places import default_gazetteer


def conflicts_of(*docs):
    resolution = canonicalize(list(docs), default_gazetteer())
    published = {d.article.article_id: d.article.published for d in docs}
    return age_conflicts(docs, resolution.entity, published)


def test_ages_stated_after_and_before_a_name():
    doc = analysis("a", "Police arrested [Kevin Johnson|PERSON], 25, on Friday. The 61-year-old [Mary Smith|PERSON] "
                        "was charged. [Tom Reed|PERSON], aged 30; and a 4-year-old boy survived.")
    assert [(s.name, s.age) for s in stated_ages(doc)] == [("Kevin Johnson", 25), ("Mary Smith", 61), ("Tom Reed", 30)]
    assert stated_ages(doc)[0].span.text == "Kevin Johnson, 25"
    british = analysis("b", "[Jane Doe|PERSON] (25) was named; [John Roe|PERSON] (aged 31) was not. Sources: [Ann Lee|PERSON] (AP).")
    assert [(s.name, s.age) for s in stated_ages(british)] == [("Jane Doe", 25), ("John Roe", 31)]


def test_an_age_before_a_name_and_a_word_for_where_the_person_is_from():
    doc = analysis("a", "On Saturday the 32-year-old Englishman [Robert Buckley|PERSON] fell. A 28-year-old American "
                        "[Ann Cole|PERSON] was rescued, but a 12-year-old Boy [Sam Fox|PERSON] was not named by age.")
    assert [(s.name, s.age) for s in stated_ages(doc)] == [("Robert Buckley", 32), ("Ann Cole", 28)]


def test_numbers_beside_a_name_that_are_no_age():
    doc = analysis("a", "[John Lee|PERSON], 25,000 people marched. A letter to [Ann Cole|PERSON], 12 pages long, "
                        "arrived. [Bob Ray|PERSON], 0, and [Sam Fox|PERSON], 300, are no ages either.")
    assert stated_ages(doc) == []


def test_ages_of_others_and_tallies_beside_a_name_are_not_its_age():
    doc = analysis("a", "The 8-year-old son of [Kevin Johnson|PERSON] was hurt. A 12-year-old boy and [Tom Reed|PERSON] fled. "
                        "She was 17 years old when [John Smith|PERSON] adopted her. In the poll, [Kamala Harris|PERSON], 48; "
                        "[Donald Trump|PERSON], 47. [Scottie Scheffler|PERSON], 66, led after the first round.")
    assert stated_ages(doc) == []


def test_two_outlets_give_one_man_two_ages_on_one_day():
    day = date(2015, 6, 23)
    conflicts = conflicts_of(
        analysis("a", "[Kevin Johnson|PERSON], 25, was arrested on suspicion of murder.", published=day),
        analysis("b", "Prosecutors named him as [Kevin Deon Johnson|PERSON], 24, of Los Angeles.", published=day),
        analysis("c", "[Kevin Johnson|PERSON], 25, and two others were held.", published=day),
    )
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c.kind, c.attribute, c.event_id) == ("hard", "age", None)
    assert [(v.value, v.documents) for v in c.values] == [(24, ("b",)), (25, ("a", "c"))]
    assert c.values[0].quotes == ("Prosecutors named him as Kevin Deon Johnson, 24, of Los Angeles.",)
    assert _conflict_sentence(c).text.startswith("Sources disagree on the age of Kevin")


def test_a_year_later_a_person_is_a_year_older_and_no_conflict():
    assert conflicts_of(
        analysis("a", "[Warren Jeffs|PERSON], 52, was convicted.", published=date(2011, 8, 5)),
        analysis("b", "[Warren Jeffs|PERSON], 53, appealed.", published=date(2012, 9, 1)),
    ) == ()
    # but a year later, two years older is still a disagreement
    assert len(conflicts_of(
        analysis("a", "[Warren Jeffs|PERSON], 52, was convicted.", published=date(2011, 8, 5)),
        analysis("b", "[Warren Jeffs|PERSON], 55, appealed.", published=date(2012, 8, 1)),
    )) == 1


def test_ages_far_apart_are_two_people_who_share_a_name():
    """A father and son both called John Gomes: 61 and 35 are no disagreement."""
    assert conflicts_of(
        analysis("a", "[John Gomes|PERSON], 61, died at the scene."),
        analysis("b", "[John Gomes|PERSON], 35, was taken to hospital."),
    ) == ()


def test_one_report_giving_a_name_two_ages_is_no_witness():
    assert conflicts_of(
        analysis("a", "[Ann Lee|PERSON], 40, spoke. Later [Ann Lee|PERSON], 41, left."),
        analysis("b", "[Ann Lee|PERSON], 40, spoke first."),
    ) == ()


def test_different_people_keep_their_own_ages():
    assert conflicts_of(
        analysis("a", "[Dwight Smith|PERSON], 30, and [Antheyst Jarrett|PERSON], 27, were held."),
        analysis("b", "[Antheyst Jarrett|PERSON], 27, and [Dwight Smith|PERSON], 30, were charged."),
    ) == ()
