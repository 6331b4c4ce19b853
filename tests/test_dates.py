"""Time expressions resolved against the publication date — and never guessed without one."""

from __future__ import annotations

from datetime import date

import pytest

from newsfold.dates import date_bounds, dates_compatible, find_dates, resolve_date

WED = date(2015, 10, 7)  # a Wednesday


@pytest.mark.parametrize(
    "text,expected",
    [
        ("on Wednesday", "2015-10-07"),
        ("on Sunday", "2015-10-04"),
        ("last week", "2015-09"),
        ("in September", "2015-09"),
        ("on Feb. 19", "2015-02-19"),
        ("in 2011", "2011"),
        ("last February", "2015-02"),
        ("two years ago", "2013"),
        ("yesterday", "2015-10-06"),
        ("on 19 and 20 September", "2015-09-19"),
        ("May 16, 2003", "2003-05-16"),
        ("in March 2015", "2015-03"),
        ("2024-06-03", "2024-06-03"),
        ("in April last year", "2014-04"),
        ("March of this year", "2015-03"),
        ("in June next year", "2016-06"),
    ],
)
def test_dates_resolve_against_the_publication_date(text, expected):
    assert resolve_date(text, WED) == expected


@pytest.mark.parametrize("text", ["on Wednesday", "last week", "in September", "two years ago", "yesterday"])
def test_dates_without_anchor_are_unknown_not_guessed(text):
    assert resolve_date(text, None) is None


def test_dates_bare_year_needs_no_anchor():
    assert resolve_date("a 2011 bombing", None) == "2011"


@pytest.mark.parametrize("text", ["The Pride march last year was attacked.", "Inflation may this year reach 5 percent."])
def test_dates_a_march_or_may_before_last_or_this_year_is_no_month(text):
    assert all(len(value) == 4 for _s, _e, value in find_dates(text, WED))  # the year only


def test_dates_may_the_verb_and_march_the_protest_are_not_months():
    assert find_dates("Police may arrest more people, and thousands will march.", WED) == []


def test_dates_december_and_january_straddle_the_new_year():
    found = [v for _s, _e, v in find_dates("In December and January, police raided homes.", date(2015, 3, 10))]
    assert found == ["2014-12", "2015-01"]


def test_dates_bounds_and_compatibility_follow_precision():
    assert date_bounds("2015-02") == (date(2015, 2, 1), date(2015, 2, 28))
    assert dates_compatible("2015", "2015-10-04")
    assert not dates_compatible("2014-09", "2015-01")
    assert dates_compatible(None, "2011")


@pytest.mark.parametrize(("text", "expected"), [
    ("unionists marched on parliament, where a vote on the measures will be held Thursday", "2015-10-08"),
    ("the draft bill is to be voted on Thursday", "2015-10-08"),
    ("police said on Thursday that they will appeal", "2015-10-01"),
    ("he will appeal, and on Thursday police arrested him", "2015-10-01"),
    ("arson is to blame for Thursday night's fire", "2015-10-01"),  # "is to blame" looks back
])
def test_dates_a_day_named_in_the_future_lies_ahead(text, expected):
    assert resolve_date(text, WED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("shot during a traffic stop on Christmas Eve, 2012", "2012-12-24"),
    ("arrested on New Year's Day for firing a gun", None),  # eight months back: another year's, maybe
    ("a barbecue on the Fourth of July", "2015-07-04"),  # the last one, weeks before the article
    ("Christmas shopping began", None),
])
def test_dates_holidays_on_a_fixed_day(text, expected):
    assert resolve_date(text, date(2015, 8, 31)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the largest occurred on Oct. 10 , 2002 , killing three", "2002-10-10"),
    ("on 10 October , 2002", "2002-10-10"),
    ("in October , 2002", "2002-10"),
])
def test_dates_a_full_date_as_tokenized_corpora_print_it(text, expected):
    assert resolve_date(text, date(2009, 1, 5)) == expected
