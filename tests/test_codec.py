"""Contract of :mod:`newsfold.codec`: model records survive ``to_data``/``from_data`` exactly."""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfold.codec import dumps, from_data, loads, to_data
from newsfold.model import (
    Article,
    ArticleAnalysis,
    BriefSentence,
    Conflict,
    ConflictValue,
    Entity,
    Event,
    EventKind,
    EventMention,
    EventStatus,
    Figure,
    Fold,
    Mention,
    Sentence,
    Skipped,
    Span,
    Story,
    Topic,
)

# ---------------------------------------------------------------------------- strategies

texts = st.text(max_size=20)  # any unicode except surrogates
ids = st.text(st.characters(codec="utf-8"), min_size=1, max_size=12)
optional_texts = st.none() | texts
numbers = st.floats(allow_nan=False, allow_infinity=False)
ints = st.integers(min_value=-(2**53), max_value=2**53)
id_tuples = st.lists(ids, max_size=4).map(tuple)
text_tuples = st.lists(texts, max_size=4).map(tuple)

spans = st.builds(Span, article_id=ids, start=ints, end=ints, text=texts)
sentences = st.builds(Sentence, start=ints, end=ints, token_start=ints, token_end=ints)
mentions = st.builds(Mention, span=spans, label=texts, sentence=ints)
figures = st.builds(
    Figure,
    value=numbers,
    what=texts,
    span=spans,
    qualifier=optional_texts,
    low=st.none() | numbers,
    date=optional_texts,
)
event_mentions = st.builds(
    EventMention,
    mention_id=ids,
    article_id=ids,
    kind=st.sampled_from(EventKind),
    trigger=spans,
    sentence=spans,
    status=st.sampled_from(EventStatus),
    date=optional_texts,
    date_text=optional_texts,
    places=text_tuples,
    actors=text_tuples,
    targets=text_tuples,
    count=st.none() | figures,
    background=st.booleans(),
    confidence=numbers,
)
articles = st.builds(
    Article,
    article_id=ids,
    source=texts,
    title=texts,
    text=st.text(max_size=200),
    url=optional_texts,
    outlet=optional_texts,
    published=st.none() | st.dates(),
    author=optional_texts,
    language=texts,
    metadata=st.lists(st.tuples(texts, texts), max_size=3).map(tuple),
    copy_of=st.none() | ids,
)
analyses = st.builds(
    ArticleAnalysis,
    article=articles,
    sentences=st.lists(sentences, max_size=3).map(tuple),
    mentions=st.lists(mentions, max_size=3).map(tuple),
    events=st.lists(event_mentions, max_size=2).map(tuple),
    figures=st.lists(figures, max_size=2).map(tuple),
)
entities = st.builds(
    Entity,
    entity_id=ids,
    name=texts,
    type=texts,
    aliases=text_tuples,
    documents=id_tuples,
    mentions=ints,
    lat=st.none() | numbers,
    lon=st.none() | numbers,
    country=optional_texts,
    feature=optional_texts,
)
events = st.builds(
    Event,
    event_id=ids,
    kind=st.sampled_from(EventKind),
    plover=optional_texts,
    date=optional_texts,
    locations=text_tuples,
    countries=text_tuples,
    count=st.none() | figures,
    actors=text_tuples,
    targets=text_tuples,
    documents=id_tuples,
    mentions=st.lists(spans, max_size=3).map(tuple),
    confidence=numbers,
    status=st.sampled_from(EventStatus),
    plover_mode=optional_texts,
)
conflict_values = st.builds(
    ConflictValue,
    value=numbers | texts,
    documents=id_tuples,
    quotes=text_tuples,
    qualifier=optional_texts,
    date=optional_texts,
)
conflicts = st.builds(
    Conflict,
    conflict_id=ids,
    event_id=st.none() | ids,
    subject=texts,
    attribute=texts,
    kind=st.sampled_from(["hard", "soft"]),
    values=st.lists(conflict_values, max_size=3).map(tuple),
)
stories = st.builds(
    Story,
    story_id=ids,
    title=texts,
    documents=id_tuples,
    topic_id=st.none() | ids,
    first_seen=optional_texts,
    last_seen=optional_texts,
    brief=st.lists(st.builds(BriefSentence, text=texts, documents=id_tuples), max_size=3).map(
        tuple
    ),
)
topics = st.builds(Topic, topic_id=ids, title=texts, documents=id_tuples, stories=id_tuples)
skipped = st.builds(Skipped, source=texts, code=texts, reason=texts, line=st.none() | ints)
json_values = st.recursive(
    st.none() | st.booleans() | ints | numbers | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
folds = st.builds(
    Fold,
    articles=st.lists(articles, max_size=2).map(tuple),
    stories=st.lists(stories, max_size=2).map(tuple),
    topics=st.lists(topics, max_size=2).map(tuple),
    entities=st.lists(entities, max_size=2).map(tuple),
    events=st.lists(events, max_size=2).map(tuple),
    conflicts=st.lists(conflicts, max_size=2).map(tuple),
    skipped=st.lists(skipped, max_size=2).map(tuple),
    extra=st.dictionaries(texts, json_values, max_size=3),
)

ROUND_TRIPS = [
    (ArticleAnalysis, analyses),
    (Event, events),
    (Conflict, conflicts),
    (Story, stories),
    (Entity, entities),
    (Topic, topics),
    (Skipped, skipped),
    (Fold, folds),
]
ROUND_TRIP_IDS = [cls.__name__ for cls, _ in ROUND_TRIPS]


# ---------------------------------------------------------------------------- round trips


@pytest.mark.parametrize(("cls", "strategy"), ROUND_TRIPS, ids=ROUND_TRIP_IDS)
def test_codec_round_trips_data(cls: type[Any], strategy: st.SearchStrategy[Any]) -> None:
    @given(strategy)
    def check(record: Any) -> None:
        data = to_data(record)
        assert from_data(cls, data) == record
        assert json.loads(json.dumps(data)) == data  # the data really is JSON-able

    check()


@pytest.mark.parametrize(("cls", "strategy"), ROUND_TRIPS, ids=ROUND_TRIP_IDS)
def test_codec_round_trips_json_text(cls: type[Any], strategy: st.SearchStrategy[Any]) -> None:
    @given(strategy)
    def check(record: Any) -> None:
        text = dumps(record)
        assert loads(cls, text) == record
        assert dumps(loads(cls, text)) == text  # stable text: same record, same JSON

    check()


# ---------------------------------------------------------------------------- the data shape


def test_codec_to_data_shape() -> None:
    span = Span("a1", 3, 8, "Rabat")
    event = Event(
        event_id="v-1",
        kind=EventKind.ARREST,
        plover="COERCE",
        date="2015-10-04",
        locations=("Casablanca",),
        countries=("MA",),
        count=Figure(10.0, "suspects", span),
        actors=(),
        targets=(),
        documents=("a1", "a2"),
        mentions=(span,),
        confidence=0.8,
    )
    data = to_data(event)
    assert data["kind"] == "ARREST" and type(data["kind"]) is str
    assert data["status"] == "asserted" and type(data["status"]) is str
    assert data["documents"] == ["a1", "a2"]
    assert data["mentions"] == [{"article_id": "a1", "start": 3, "end": 8, "text": "Rabat"}]
    assert data["count"]["span"]["text"] == "Rabat"
    assert list(data) == [
        "event_id", "kind", "plover", "date", "locations", "countries", "count", "actors",
        "targets", "documents", "mentions", "confidence", "status", "plover_mode",
    ]  # fmt: skip


def test_codec_dates_are_iso_text() -> None:
    article = Article("a", "s", "t", "x", published=date(2015, 10, 7))
    assert to_data(article)["published"] == "2015-10-07"
    assert from_data(Article, to_data(article)).published == date(2015, 10, 7)
    moment = datetime(2020, 1, 2, 3, 4, 5)
    assert from_data(datetime, to_data(moment)) == moment


def test_codec_dumps_is_compact_sorted_and_keeps_unicode() -> None:
    text = dumps(Span("é-1", 0, 1, "Marrakech ⟶ مراكش"))
    assert text == '{"article_id":"é-1","end":1,"start":0,"text":"Marrakech ⟶ مراكش"}'


def test_codec_float_or_str_keeps_the_kind_of_value() -> None:
    number = from_data(ConflictValue, {"value": 17, "documents": [], "quotes": []})
    word = from_data(ConflictValue, {"value": "17", "documents": [], "quotes": []})
    assert number.value == 17.0 and type(number.value) is float
    assert word.value == "17"


def test_codec_fixed_tuples_and_dicts() -> None:
    assert from_data(tuple[tuple[str, str], ...], [["k", "v"]]) == (("k", "v"),)
    assert from_data(dict[str, object], {"a": [1, {"b": None}]}) == {"a": [1, {"b": None}]}
    with pytest.raises(ValueError, match="expected 2 items"):
        from_data(tuple[tuple[str, str], ...], [["k"]])


def test_codec_missing_optional_fields_take_defaults() -> None:
    data = {"article_id": "a", "source": "s", "title": "t", "text": "x"}
    assert from_data(Article, data) == Article("a", "s", "t", "x")


# ---------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("cls", "data", "error", "match"),
    [
        (Span, {"article_id": "a", "start": 0, "end": 1}, ValueError, "missing fields"),
        (Span, {"article_id": "a", "start": 0, "end": 1, "text": "", "x": 0}, ValueError, "unkn"),
        (Span, {"article_id": "a", "start": "0", "end": 1, "text": ""}, TypeError, r"\$\.start"),
        (Span, {"article_id": "a", "start": True, "end": 1, "text": ""}, TypeError, "bool"),
        (Span, ["a", 0, 1, ""], TypeError, "expected dict"),
        (EventKind, "BURGLARY", ValueError, "not a EventKind"),
        (date, "7 Oct 2015", ValueError, "not an ISO date"),
        (float, True, TypeError, "number"),
        (float | str, None, TypeError, "fits none"),
        (tuple[str, ...], "abc", TypeError, "expected"),
        (bytes, b"x", TypeError, "unsupported type"),
    ],
)
def test_codec_from_data_refuses_bad_data(
    cls: Any, data: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        from_data(cls, data)


def test_codec_error_names_the_path() -> None:
    data = to_data(Story("s", "t", ("a",), brief=(BriefSentence("x", ("a",)),)))
    data["brief"][0]["documents"] = [1]
    with pytest.raises(TypeError, match=r"\$\.brief\[0\]\.documents\[0\]"):
        from_data(Story, data)


@pytest.mark.parametrize("value", [{1, 2}, b"bytes", object(), {1: "non-str key"}])
def test_codec_to_data_refuses_unknown_values(value: object) -> None:
    with pytest.raises(TypeError):
        to_data(value)


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_codec_dumps_refuses_non_finite_floats(value: float) -> None:
    with pytest.raises(ValueError):
        dumps(Figure(value, "x", Span("a", 0, 1, "x")))
