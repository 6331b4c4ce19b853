"""Numbers as news writes them, and qualified figures compared as intervals."""

from __future__ import annotations

import pytest

from newsfold.numbers import compatible, parse_number, qualifier_of


@pytest.mark.parametrize(
    "words,value",
    [(["17"], 17), (["1,300"], 1300), (["seven"], 7), (["a", "dozen"], 12), (["twenty-one"], 21),
     (["two", "hundred"], 200), (["2.5", "million"], 2_500_000), (["Fourteen"], 14)],
)
def test_numbers_parse(words, value):
    assert parse_number(words) == value


def test_numbers_words_that_are_not_numbers():
    assert parse_number(["several"]) is None
    assert parse_number(["a"]) is None


def test_numbers_qualifiers():
    assert qualifier_of("killed more than") == "more than"
    assert qualifier_of("arrested at least") == "at least"
    assert qualifier_of("killed") is None


def test_numbers_qualified_figures_agree_or_contradict():
    assert compatible((23, "at least"), (25, None))
    assert not compatible((45, "more than"), (41, None))
    assert not compatible((17, None), (15, None))
    assert compatible((2000, "nearly"), (1900, None))
    assert not compatible((2000, "nearly"), (2100, None))
