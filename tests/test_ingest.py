"""Tests of the readers (newsfold.ingest): every format, furniture, datelines, and bad inputs.

All articles here are invented: invented towns (Quellmarsh, Varnholt, Ostrava Minor),
invented people and invented events.
"""

from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfold.errors import (
    BinaryInputError,
    DuplicateInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    MalformedInputError,
    OversizeInputError,
    UnreadableInputError,
    UnsupportedInputError,
)
from newsfold.ingest import (
    SUPPORTED_SUFFIXES,
    clean_text,
    find_dateline,
    read_articles,
    read_path,
)
from newsfold.ingest._bytes import read_file_bytes
from newsfold.ingest.clean import coerce_date, is_furniture, parse_dateline
from newsfold.model import Article, Skipped

# --------------------------------------------------------------------------- helpers

BODY = (
    "The council of Quellmarsh voted on Tuesday to reopen the old Varnholt bridge after "
    "three months of flood repairs, mayor Tilda Varnek said.\n\n"
    "Engineers replaced 40 steel beams and resurfaced the deck, according to the works office."
)


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    """Write a fixture file, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode(encoding)
    path.write_bytes(content)
    return path


def read(*paths: object, **options: object) -> list[Article | Skipped]:
    """Everything read_articles yields for the paths."""
    return list(read_articles([str(p) for p in paths], **options))  # type: ignore[arg-type]


def only_articles(items: list[Article | Skipped]) -> list[Article]:
    """The articles among the items."""
    return [item for item in items if isinstance(item, Article)]


def only_skipped(items: list[Article | Skipped]) -> list[Skipped]:
    """The skipped inputs among the items."""
    return [item for item in items if isinstance(item, Skipped)]


def one_skip(items: list[Article | Skipped]) -> Skipped:
    """The single Skipped record among the items."""
    skips = only_skipped(items)
    assert len(skips) == 1, items
    return skips[0]


# --------------------------------------------------------------------------- .txt


def test_txt_title_dateline_and_body(tmp_path: Path) -> None:
    text = "Wednesday, March 04, 2020\n\nQuellmarsh reopens Varnholt bridge\n\n" + BODY + "\n"
    [article] = read(write(tmp_path / "bridge-01.txt", text))
    assert isinstance(article, Article)
    assert article.article_id == "bridge-01"
    assert article.title == "Quellmarsh reopens Varnholt bridge"
    assert article.published == date(2020, 3, 4)
    assert article.text == BODY
    assert article.outlet is None
    assert article.source == str(tmp_path / "bridge-01.txt")


def test_txt_furniture_before_title_and_title_repeated(tmp_path: Path) -> None:
    text = (
        "This story is over 3 years old.\n\n\n"
        "Quellmarsh reopens Varnholt bridge\n\n"
        "QUELLMARSH REOPENS VARNHOLT BRIDGE!\n\n"
        "Image via Pell Dorrin / Quellmarsh Archive\n\n" + BODY + "\n\nShare This\n"
    )
    [article] = read(write(tmp_path / "a.txt", text))
    assert isinstance(article, Article)
    assert article.title == "Quellmarsh reopens Varnholt bridge"
    assert article.text == BODY
    assert article.published is None


def test_txt_crlf_trailing_spaces_and_blank_runs(tmp_path: Path) -> None:
    text = "Bridge vote   \r\n\r\nFirst paragraph here.   \r\n\r\n\r\n\r\nSecond paragraph here.\r\n"
    [article] = read(write(tmp_path / "crlf.txt", text))
    assert isinstance(article, Article)
    assert article.text == "First paragraph here.\n\nSecond paragraph here."


def test_txt_single_paragraph_has_a_headline_title(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "note.txt", "The Varnholt ferry will stop running in May.\n"))
    assert isinstance(article, Article)
    assert article.text == "The Varnholt ferry will stop running in May."
    assert article.title == "The Varnholt ferry will stop running in May."


def test_txt_without_a_headline_keeps_its_lead_sentence_in_the_body(tmp_path: Path) -> None:
    lead = "A former ferry clerk walked into the Varnholt terminal office on Friday and set fire to the ledgers."
    [article] = read(write(tmp_path / "lead.txt", lead + "\nPolice said the clerk was arrested at the scene.\n"))
    assert isinstance(article, Article)
    assert article.text.startswith(lead)
    assert article.title  # still titled, from the text's own headline


def test_txt_only_furniture_is_empty(tmp_path: Path) -> None:
    skip = one_skip(read(write(tmp_path / "junk.txt", "Share This\n\nAdvertisement\n\nNo comments:\n")))
    assert skip.code == EmptyInputError.code


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wednesday, October 07, 2015", date(2015, 10, 7)),
        ("October 7, 2015", date(2015, 10, 7)),
        ("7 October 2015", date(2015, 10, 7)),
        ("2015-10-07", date(2015, 10, 7)),
        ("Oct. 7, 2015", date(2015, 10, 7)),
        ("Sept. 30, 2014", date(2014, 9, 30)),
        ("Thu 3rd Dec 2009", date(2009, 12, 3)),
        ("Published: 12 January 2021 14:05 GMT", date(2021, 1, 12)),
        ("  Posted on May 1, 2019  ", date(2019, 5, 1)),
        ("2018-06-02T09:15:00Z", date(2018, 6, 2)),
        # scraped and tokenized page headers
        ("First Published : June 13 , 2013 4 : 59 PM EDT", date(2013, 6, 13)),
        ("18 September 2013 Last updated at 13 : 59 GMT", date(2013, 9, 18)),
        ("Last Updated : Monday , 28 November 2005 , 02 : 24 GMT", date(2005, 11, 28)),
        ("Sunday, March 17, 2013 | 5:00 PM", date(2013, 3, 17)),
        ("Posted 12/19/2005 3:36 PM", date(2005, 12, 19)),
        ("11 / 28 / 05", date(2005, 11, 28)),
        ("28/11/2005", date(2005, 11, 28)),
        # the date among a header's times, zones, agency and place codes
        ("Posted on November 15 , 2011 6 : 07 : 15 PM GMT+01 : 0", date(2011, 11, 15)),
        ("TNN Nov 12 , 2011 , 05 . 51AM IST MUMBAI :", date(2011, 11, 12)),
        ("POSTED : 1052 GMT ( 1852 HKT ) , April 10 , 2007", date(2007, 4, 10)),
        ("First Posted 23 : 37 : 00 05 / 05 / 2010", date(2010, 5, 5)),
        ("7 : 00pm UK , Wednesday 05 May 2010", date(2010, 5, 5)),
        ("12/25/1999:11:00", date(1999, 12, 25)),  # a time glued to the year is no part of it
    ],
)
def test_dateline_formats(line: str, expected: date) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The vote on October 7, 2015 was delayed.",
        "31 February 2015",
        "October 2015",
        "Quellmarsh, 7 October 2015 — the council met",
        "05/06/2011",  # May 6 or 5 June: not guessed
        "3/4 of the vote",
        "APR 28",
        "Police Raid Homes on Oct. 7, 2015",
        "AP Photo: Oct. 7, 2015 rally in ATHENS",
        "",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_find_dateline_only_near_the_top() -> None:
    assert find_dateline(["", "Title", "", "7 October 2015", "Body."]) == (date(2015, 10, 7), 3)
    late = ["one", "two", "three", "four", "five", "7 October 2015"]
    assert find_dateline(late) == (None, None)


def test_coerce_date_variants() -> None:
    assert coerce_date("2015-10-07T23:30:00+02:00") == date(2015, 10, 7)
    assert coerce_date("7 Oct 2015") == date(2015, 10, 7)
    assert coerce_date("Wed, 07 Oct 2015 10:00:00 GMT") == date(2015, 10, 7)
    assert coerce_date(0) == date(1970, 1, 1)
    assert coerce_date("yesterday") is None
    assert coerce_date("not a date at all") is None
    assert coerce_date(["2015"]) is None


# --------------------------------------------------------------------------- furniture


@pytest.mark.parametrize(
    "furniture",
    [
        "Share This",
        "Share this article",
        "Share on Facebook",
        "Print Friendly and PDF",
        "No comments:",
        "3 comments:",
        "Follow Pell Dorrin on Twitter @pelldorrin",
        "Follow us on Facebook",
        "This story is over 5 years old.",
        "This article is more than 2 years old",
        "Image via Pell Dorrin / Quellmarsh Archive",
        "Photo: Mira Osk / Varnholt Gazette",
        "(Photo by Mira Osk / AFP)",
        "Credit: Quellmarsh Council",
        "Advertisement",
        "Related: Varnholt ferry to stop in May",
        "Click here to read the full report",
        "Posted by Mira Osk at 10:31 AM",
        "Labels: bridges, Quellmarsh, floods",
        "We use cookies to improve your experience. By using this site you accept our cookie policy.",
        "Subscribe to our newsletter",
        "Subscribe now!",
        "Read more: Council budget approved",
        "© 2020 Varnholt Gazette. All rights reserved.",
    ],
)
def test_furniture_lines_are_removed(furniture: str) -> None:
    assert is_furniture(furniture)
    cleaned = clean_text(f"First paragraph stays.\n\n{furniture}\n\nLast paragraph stays.")
    assert cleaned == "First paragraph stays.\n\nLast paragraph stays."


@pytest.mark.parametrize(
    "sentence",
    [
        "Follow-up talks were held in Varnholt on Friday.",
        "Photographs show the bridge deck under water.",
        "Share prices of the ferry company fell by a third.",
        "Subscribers to the Gazette were told of the closure by letter.",
        "Related to the case, two clerks were questioned.",
        "Advertisements for the reopening ran all week.",
        "Credit unions in Quellmarsh offered flood loans.",
        "Posted to the town hall door, the notice listed 12 streets.",
        "Images from the drone were shared with engineers, the mayor said, and posted online.",
        "The photo agency said its archive was damaged.",
    ],
)
def test_real_sentences_survive(sentence: str) -> None:
    assert not is_furniture(sentence)
    assert clean_text(f"Intro.\n\n{sentence}") == f"Intro.\n\n{sentence}"


def test_furniture_inside_a_long_line_is_kept() -> None:
    line = "Share this with your neighbours, the mayor told residents, because " + "the bridge matters " * 10
    assert clean_text(line) == line.strip()


def test_title_repeated_as_first_paragraph_is_dropped() -> None:
    assert clean_text("Bridge Reopens, Again.\n\nBody text.", "bridge reopens again") == "Body text."
    longer = "Bridge reopens again soon.\n\nBody."
    assert clean_text(longer, "Bridge reopens again") == longer


def test_clean_text_normalizes_white_space() -> None:
    assert clean_text("\r\n  a line  \r\nsame para\r\n\r\n\r\n\r\nnext\t \n\n") == "a line\nsame para\n\nnext"


# --------------------------------------------------------------------------- .html

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Varnholt bridge reopens | Varnholt Gazette</title>
<meta property="og:title" content="Varnholt bridge reopens after flood repairs">
<meta property="og:site_name" content="Varnholt Gazette">
<meta name="author" content="Mira Osk">
<meta property="article:published_time" content="2020-03-04T08:00:00Z">
<link rel="canonical" href="https://gazette.example/varnholt-bridge">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Varnholt bridge reopens after flood repairs</h1>
<p>The council of Quellmarsh voted on Tuesday to reopen the old Varnholt bridge after three
months of flood repairs, mayor Tilda Varnek said at a packed meeting in the town hall.</p>
<p>Engineers replaced 40 steel beams and resurfaced the deck, according to the works office,
which said the total bill came to 2.1 million crowns, paid from the regional flood fund.</p>
<p>Share This</p>
<p>Residents of the east bank, who had faced a 30-minute detour since December, welcomed the
decision, and shopkeepers said they expected trade to recover within weeks.</p>
</article>
<footer>Copyright 2020 Varnholt Gazette</footer>
</body></html>
"""


def test_html_title_date_author_sitename(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "gazette-7.html", HTML_PAGE))
    assert isinstance(article, Article)
    assert article.article_id == "gazette-7"
    assert article.title == "Varnholt bridge reopens after flood repairs"
    assert article.published == date(2020, 3, 4)
    assert article.author == "Mira Osk"
    assert article.outlet == "Varnholt Gazette"
    assert article.url == "https://gazette.example/varnholt-bridge"
    assert article.text.startswith("The council of Quellmarsh voted")
    assert "Engineers replaced 40 steel beams" in article.text
    assert "Share This" not in article.text
    assert "\n\nResidents of the east bank" in article.text


def test_html_title_falls_back_to_title_element(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Ferry timetable changes</title></head><body><div>"
        "<p>The Varnholt ferry will run every forty minutes from May, the harbour office said on Monday, "
        "citing a shortage of crew after two skippers retired.</p></div></body></html>"
    )
    [article] = read(write(tmp_path / "ferry.htm", page))
    assert isinstance(article, Article)
    assert article.title == "Ferry timetable changes"
    assert article.text.startswith("The Varnholt ferry will run every forty minutes")


def test_html_without_text_is_empty(tmp_path: Path) -> None:
    skip = one_skip(read(write(tmp_path / "blank.html", "<html><head><title>x</title></head><body></body></html>")))
    assert skip.code == EmptyInputError.code


# --------------------------------------------------------------------------- .jsonl / .json


def test_jsonl_records_metadata_html_and_bad_line(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "q-1",
                "title": "Bridge reopens",
                "text": "Bridge reopens\n\n" + BODY,
                "url": "https://gazette.example/q-1",
                "published": "2020-03-04T08:00:00Z",
                "source": "Varnholt Gazette",
                "author": "Mira Osk",
                "tags": ["bridges", "floods"],
                "rank": 3,
            }
        ),
        '{"id": "q-2", "title": "Broken line", "text": "never clo',
        json.dumps(
            {
                "title": "Ferry timetable changes",
                "html": "<p>The Varnholt ferry will run every forty minutes from May.</p><p>Share This</p>"
                "<p>The harbour office cited a shortage of crew.</p>",
                "site": "Harbour News",
                "published": "4 March 2020",
            }
        ),
        "",
        json.dumps({"id": "q-4", "title": "No body at all"}),
    ]
    items = read(write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n"))
    assert [type(item).__name__ for item in items] == ["Article", "Skipped", "Article", "Skipped"]
    first, broken, second, empty = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert isinstance(broken, Skipped) and isinstance(empty, Skipped)
    assert first.article_id == "q-1"
    assert first.text == BODY
    assert first.outlet == "Varnholt Gazette"
    assert first.author == "Mira Osk"
    assert first.published == date(2020, 3, 4)
    assert first.url == "https://gazette.example/q-1"
    assert first.metadata == (("rank", "3"), ("tags", '["bridges", "floods"]'))
    assert broken.code == MalformedInputError.code and broken.line == 2
    assert second.article_id == "batch-3"
    assert second.outlet == "Harbour News"
    assert second.published == date(2020, 3, 4)
    assert second.text == (
        "The Varnholt ferry will run every forty minutes from May.\n\nThe harbour office cited a shortage of crew."
    )
    assert empty.code == EmptyInputError.code and empty.line == 5


def test_jsonl_unparseable_date_is_kept_in_metadata(tmp_path: Path) -> None:
    record = {"id": "d-1", "title": "T", "text": "Some text.", "published": "sometime soon", "outlet": "X"}
    [article] = read(write(tmp_path / "d.jsonl", json.dumps(record)))
    assert isinstance(article, Article)
    assert article.published is None
    assert article.metadata == (("published", '"sometime soon"'),)


def test_jsonl_title_that_is_a_date_line_gives_the_date_not_the_title(tmp_path: Path) -> None:
    text = "Posted 12 / 19 / 2005 3 : 36 PM\nFerry service to Hallam Isle resumes\nThe ferry sailed again on Monday."
    record = {"id": "d-2", "title": "Posted 12 / 19 / 2005 3 : 36 PM", "text": text}
    [article] = read(write(tmp_path / "d.jsonl", json.dumps(record)))
    assert isinstance(article, Article)
    assert article.published == date(2005, 12, 19)
    assert article.title == "Ferry service to Hallam Isle resumes"


def test_notice_pages_hold_no_article_and_notices_leave_articles(tmp_path: Path) -> None:
    twitter = ("Tweet with a location\n\nYou can add location information to your Tweets, such as your city or "
               "precise location, from the web and via third-party applications. Learn more")
    archive = ("These crawls are part of an effort to archive pages as they are created and archive the pages "
               "that they refer to.\n\n- Slash pages from every domain on the web:")
    story = ("Media playback is unsupported on your device\n\nThe Hallam Isle ferry sailed again on Monday after "
             "a three-week strike by its crew ended with a pay deal. The operator said timetables would be back "
             "to normal by Friday, and that tickets bought for cancelled sailings would be refunded in full. "
             "Islanders had relied on a single chartered boat for supplies during the strike.")
    lines = [json.dumps({"id": "t", "title": "Twitter", "text": twitter}),
             json.dumps({"id": "w", "title": "Archive", "text": archive}),
             json.dumps({"id": "s", "title": "Ferry sails again", "text": story})]
    items = read(write(tmp_path / "n.jsonl", "\n".join(lines)))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.code for s in skipped] == ["NF-E102", "NF-E102"]
    [article] = only_articles(items)
    assert article.text.startswith("The Hallam Isle ferry") and "playback" not in article.text
    assert not is_furniture("The archive of the Hallam Isle Gazette was moved to the library in May.")


def test_notice_words_inside_real_text_are_kept() -> None:
    text = ("Police in Leeds arrested two men on Tuesday after a raid on a warehouse.\n\n"
            "The library said 40 pages had been added to the Wayback Machine since May.\n\n"
            "Residents were told to get breaking news alerts and special reports from the council app.")
    assert clean_text(text) == text


def test_jsonl_wrong_field_type_and_non_object(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "w-1", "title": {"x": 1}, "text": "Body."}), "[1, 2]", json.dumps({"text": "Fine."})]
    items = read(write(tmp_path / "w.jsonl", "\n".join(lines)))
    malformed = MalformedInputError.code
    assert [(s.code, s.line) for s in only_skipped(items)] == [(malformed, 1), (malformed, 2)]
    assert [a.article_id for a in only_articles(items)] == ["w-3"]


def test_json_list_and_wrapped_forms(tmp_path: Path) -> None:
    records = [
        {"id": "j-1", "title": "One", "text": "First invented story."},
        {"title": "Two", "text": "Second invented story.", "outlet": "Quellmarsh Post"},
        {"id": "j-3", "title": "Three"},
        "not an object",
    ]
    items = read(write(tmp_path / "list.json", json.dumps(records)))
    assert [a.article_id for a in only_articles(items)] == ["j-1", "list-2"]
    assert [s.code for s in only_skipped(items)] == [EmptyInputError.code, MalformedInputError.code]
    wrapped = read(write(tmp_path / "wrapped.json", json.dumps({"articles": records[:2]})), tmp_path / "single.json")
    assert [a.article_id for a in only_articles(wrapped)] == ["j-1", "wrapped-2"]
    assert one_skip(wrapped).code == UnreadableInputError.code  # single.json does not exist
    [single] = read(write(tmp_path / "single.json", json.dumps({"id": "s", "text": "Alone."})))
    assert isinstance(single, Article) and single.article_id == "s"


def test_json_record_without_text_and_broken_json(tmp_path: Path) -> None:
    missing = one_skip(read(write(tmp_path / "notext.json", json.dumps([{"id": "n-1", "title": "Only a title"}]))))
    assert missing.code == EmptyInputError.code
    broken = one_skip(read(write(tmp_path / "broken.json", '[\n{"id": "b-1",\n "text": }\n]')))
    assert broken.code == MalformedInputError.code and broken.line == 3
    scalar = one_skip(read(write(tmp_path / "scalar.json", "42")))
    assert scalar.code == MalformedInputError.code


def test_stdin_dash_reads_jsonl(tmp_path: Path) -> None:
    data = "\n".join(json.dumps({"id": f"in-{i}", "title": f"T{i}", "text": f"Invented text {i}."}) for i in (1, 2))
    items = list(read_articles(["-"], stdin=io.BytesIO(data.encode())))
    assert [a.article_id for a in only_articles(items)] == ["in-1", "in-2"]
    assert all(a.source == "-" for a in only_articles(items))
    derived = list(read_articles(["-"], stdin=io.BytesIO(b'{"text": "No id here."}\n')))
    assert [a.article_id for a in only_articles(derived)] == ["stdin-1"]
    empty = list(read_articles(["-"], stdin=io.BytesIO(b"")))
    assert [(s.source, s.code) for s in only_skipped(empty)] == [("-", EmptyInputError.code)]


# --------------------------------------------------------------------------- feeds

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Quellmarsh Post</title>
  <link>https://post.example/</link>
  <description>Invented local news</description>
  <item>
    <title>Varnholt bridge reopens</title>
    <link>https://post.example/bridge</link>
    <guid>post-0001</guid>
    <pubDate>Wed, 04 Mar 2020 08:00:00 GMT</pubDate>
    <description>Short teaser only.</description>
    <content:encoded><![CDATA[<p>The council voted to reopen the bridge.</p><p>Share This</p>
      <p>Engineers replaced 40 beams.</p>]]></content:encoded>
  </item>
  <item>
    <title>Ferry timetable changes</title>
    <link>https://post.example/ferry</link>
    <pubDate>Thu, 05 Mar 2020 09:30:00 GMT</pubDate>
    <description>&lt;p&gt;The ferry will run every forty minutes from May.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Empty entry</title>
    <link>https://post.example/empty</link>
  </item>
</channel>
</rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Varnholt Gazette</title>
  <id>urn:uuid:gazette-feed</id>
  <updated>2020-03-06T10:00:00Z</updated>
  <entry>
    <title>Council approves flood fund</title>
    <id>urn:uuid:gazette-entry-1</id>
    <link href="https://gazette.example/fund"/>
    <updated>2020-03-06T10:00:00Z</updated>
    <author><name>Mira Osk</name></author>
    <content type="html">&lt;p&gt;The regional council approved a flood fund of 2.1 million crowns.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_feed(tmp_path: Path) -> None:
    from newsfold.ids import content_hash

    items = read(write(tmp_path / "post.rss", RSS_FEED))
    bridge, ferry = only_articles(items)
    assert bridge.article_id == content_hash("post-0001")
    assert bridge.outlet == "Quellmarsh Post"
    assert bridge.title == "Varnholt bridge reopens"
    assert bridge.url == "https://post.example/bridge"
    assert bridge.published == date(2020, 3, 4)
    assert bridge.text == "The council voted to reopen the bridge.\n\nEngineers replaced 40 beams."
    assert ferry.article_id == content_hash("https://post.example/ferry")
    assert ferry.text == "The ferry will run every forty minutes from May."
    assert ferry.published == date(2020, 3, 5)
    skip = one_skip(items)
    assert skip.code == EmptyInputError.code and "Empty entry" in skip.reason


def test_atom_feed(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "gazette.atom", ATOM_FEED))
    assert isinstance(article, Article)
    assert article.outlet == "Varnholt Gazette"
    assert article.author == "Mira Osk"
    assert article.url == "https://gazette.example/fund"
    assert article.published == date(2020, 3, 6)
    assert article.text == "The regional council approved a flood fund of 2.1 million crowns."


@pytest.mark.parametrize("suffix", [".xml", ".feed"])
def test_feed_suffixes(tmp_path: Path, suffix: str) -> None:
    assert len(only_articles(read(write(tmp_path / f"post{suffix}", RSS_FEED)))) == 2


def test_broken_feed_is_malformed(tmp_path: Path) -> None:
    skip = one_skip(read(write(tmp_path / "broken.rss", "<rss><channel><title>Half a feed</title><item><titl")))
    assert skip.code == MalformedInputError.code


def test_feed_without_entries_is_empty(tmp_path: Path) -> None:
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert one_skip(read(write(tmp_path / "quiet.rss", feed))).code == EmptyInputError.code


def test_feed_content_is_never_used_as_a_path_or_url(tmp_path: Path) -> None:
    feed = "<rss><channel><item><title>x</title><description>leak</description></item></channel></rss>"
    secret = write(tmp_path / "secret.txt", feed)
    skip = one_skip(read(write(tmp_path / "path.rss", str(secret))))
    assert skip.code in {MalformedInputError.code, EmptyInputError.code}


# --------------------------------------------------------------------------- folders and dispatch


def test_directory_recursion_sorting_hidden_and_unknown(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "B title\n\nB body.")
    write(root / "a" / "z.txt", "AZ title\n\nAZ body.")
    write(root / "a" / "c" / "deep.txt", "Deep title\n\nDeep body.")
    write(root / "a.txt", "A title\n\nA body.")
    write(root / "notes.md", "ignored")
    write(root / "image.png", b"\x89PNG\r\n\x1a\n")
    write(root / ".hidden.txt", "Hidden\n\nNever read.")
    write(root / ".git" / "x.txt", "Hidden dir\n\nNever read.")
    write(root / "UPPER.TXT", "Upper title\n\nUpper body.")
    items = read(root)
    assert all(isinstance(item, Article) for item in items)
    assert [Path(a.source).relative_to(root).as_posix() for a in only_articles(items)] == [
        "UPPER.TXT",
        "a/c/deep.txt",
        "a/z.txt",
        "a.txt",
        "b.txt",
    ]


def test_explicit_unknown_suffix_and_missing_path(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Good\n\nGood body.")
    items = read(write(tmp_path / "notes.md", "# notes"), tmp_path / "missing.txt", good)
    assert [(Path(s.source).name, s.code) for s in only_skipped(items)] == [
        ("notes.md", UnsupportedInputError.code),
        ("missing.txt", UnreadableInputError.code),
    ]
    assert [a.article_id for a in only_articles(items)] == ["good"]


def test_supported_suffixes() -> None:
    assert {".txt", ".html", ".htm", ".jsonl", ".json", ".rss", ".atom", ".xml", ".feed"} == SUPPORTED_SUFFIXES


def test_pathlike_and_single_path(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", "One\n\nBody.")
    assert [a.article_id for a in only_articles(list(read_articles([path])))] == ["one"]
    assert [a.article_id for a in only_articles(list(read_articles(path)))] == ["one"]  # type: ignore[arg-type]


# --------------------------------------------------------------------------- bad inputs


def test_bad_inputs_are_skipped_and_the_batch_continues(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    write(folder / "01-binary.txt", b"Title\n\x00\x01\x02 binary junk")
    write(folder / "02-empty.txt", b"")
    write(folder / "03-blank.txt", b"  \n\n \t\n")
    latin1 = "Festival in Fès\n\nThe café in Fès opened for the festival."
    write(folder / "04-latin1.txt", latin1, encoding="latin-1")
    write(folder / "05-invalid-utf8.txt", b"Title\n\n" + bytes(range(0x80, 0x100)) * 2)
    write(folder / "06-big.txt", "Big\n\n" + "word " * 400)
    write(folder / "07-truncated.jsonl", '{"id": "t-1", "text": "Complete record."}\n{"id": "t-2", "text": "cut off')
    write(folder / "08-notext.json", json.dumps([{"id": "nt-1", "title": "No text"}]))
    write(folder / "09-broken.rss", "<rss><channel><item><title>cut")
    write(folder / "10-pdf.html", b"%PDF-1.7\n%binary")
    write(folder / "11-good.txt", "Good title\n\nGood body.")
    items = read(folder, max_bytes=1000)
    skipped = {Path(s.source).name: s for s in only_skipped(items)}
    assert {name: s.code for name, s in skipped.items()} == {
        "01-binary.txt": BinaryInputError.code,
        "02-empty.txt": EmptyInputError.code,
        "03-blank.txt": EmptyInputError.code,
        "05-invalid-utf8.txt": EncodingInputError.code,
        "06-big.txt": OversizeInputError.code,
        "07-truncated.jsonl": MalformedInputError.code,
        "08-notext.json": EmptyInputError.code,
        "09-broken.rss": MalformedInputError.code,
        "10-pdf.html": BinaryInputError.code,
    }
    assert skipped["07-truncated.jsonl"].line == 2
    articles = {a.article_id: a for a in only_articles(items)}
    assert sorted(articles) == ["04-latin1", "11-good", "t-1"]
    assert articles["04-latin1"].title == "Festival in Fès"
    assert articles["04-latin1"].text == "The café in Fès opened for the festival."


def test_cp1252_punctuation_is_decoded(tmp_path: Path) -> None:
    raw = "Quotes\n\nThe mayor said \u201cno\u201d \u2013 twice.".encode("cp1252")
    [article] = read(write(tmp_path / "cp.txt", raw))
    assert isinstance(article, Article)
    assert article.text == "The mayor said \u201cno\u201d \u2013 twice."


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "bom.txt", b"\xef\xbb\xbfBOM title\n\nBody."))
    assert isinstance(article, Article) and article.title == "BOM title"


def test_broken_utf8_is_not_passed_off_as_latin1(tmp_path: Path) -> None:
    raw = "Caf\u00e9 owners in F\u00e8s".encode() + b"\n\nhalf a char: \xc3"
    skip = one_skip(read(write(tmp_path / "mixed.txt", raw)))
    assert skip.code == EncodingInputError.code


def test_oversize_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = write(tmp_path / "big.txt", "x" * 5000)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr("builtins.open", no_open)
    with pytest.raises(OversizeInputError):
        read_file_bytes(str(big), max_bytes=100)


def test_directory_given_to_a_reader_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "looks-like.txt"
    folder.mkdir()
    with pytest.raises(UnreadableInputError):
        read_file_bytes(str(folder), max_bytes=1000)
    with pytest.raises(UnreadableInputError):
        list(read_path(tmp_path / "dangling.txt"))


def test_dangling_symlink_is_unreadable(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    write(tmp_path / "ok.txt", "OK\n\nBody.")
    items = read(tmp_path)
    assert one_skip(items).code == UnreadableInputError.code
    assert [a.article_id for a in only_articles(items)] == ["ok"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.jsonl")
    skip = one_skip(read(tmp_path))
    assert skip.code == UnreadableInputError.code and "regular file" in skip.reason


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read files with mode 000")
def test_permission_denied_is_unreadable(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.txt", "Locked\n\nBody.")
    locked.chmod(0)
    try:
        skip = one_skip(read(locked, write(tmp_path / "open.txt", "Open\n\nBody.")))
    finally:
        locked.chmod(0o644)
    assert skip.code == UnreadableInputError.code
    assert "permission" in skip.reason


def test_permission_error_on_open_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same as mode 000 for a non-root user, simulated so that it also runs as root."""
    locked = write(tmp_path / "locked.txt", "Locked\n\nBody.")
    real_open = open

    def guarded(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", guarded)
    skip = one_skip(read(locked, write(tmp_path / "open.txt", "Open\n\nBody.")))
    assert (skip.code, skip.reason) == (UnreadableInputError.code, "permission denied")


def test_duplicate_ids(tmp_path: Path) -> None:
    write(tmp_path / "one" / "same.txt", "First copy\n\nBody one.")
    write(tmp_path / "two" / "same.txt", "Second copy\n\nBody two.")
    lines = [json.dumps({"id": "dup", "text": "A."}), json.dumps({"id": "dup", "text": "B."})]
    write(tmp_path / "three" / "d.jsonl", "\n".join(lines))
    items = read(tmp_path / "one", tmp_path / "two", tmp_path / "three")
    assert [a.title for a in only_articles(items)] == ["First copy", "A."]
    dups = only_skipped(items)
    assert [(s.code, s.line) for s in dups] == [(DuplicateInputError.code, None), (DuplicateInputError.code, 2)]
    assert str(tmp_path / "one" / "same.txt") in dups[0].reason


def test_read_path_is_strict(tmp_path: Path) -> None:
    good = write(tmp_path / "g.jsonl", json.dumps({"id": "g", "text": "Fine."}) + "\nnot json\n")
    iterator = read_path(good)
    assert next(iterator).article_id == "g"
    with pytest.raises(MalformedInputError) as caught:
        next(iterator)
    assert caught.value.line == 2
    with pytest.raises(UnsupportedInputError):
        list(read_path(write(tmp_path / "x.docx", b"PK\x03\x04")))
    with pytest.raises(InputError):
        list(read_path(write(tmp_path / "e.txt", b"")))
    assert [a.article_id for a in read_path(write(tmp_path / "ok" / "o.txt", "O\n\nBody."))] == ["o"]


def test_unexpected_parser_failure_becomes_malformed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr("newsfold.ingest.html.trafilatura.bare_extraction", explode)
    items = read(write(tmp_path / "p.html", HTML_PAGE), write(tmp_path / "ok.txt", "OK\n\nBody."))
    skip = one_skip(items)
    assert skip.code == MalformedInputError.code and "parser exploded" in skip.reason
    assert [a.article_id for a in only_articles(items)] == ["ok"]


# --------------------------------------------------------------------------- fuzz

_SNIPPETS = [
    b"",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"<html><body><p>",
    b"</p></body></html>",
    b'{"id": "f", "text": "',
    b'"}\n',
    b"<rss><channel><item><title>",
    b"</title><description>",
    b"</description></item></channel></rss>",
    b"<?xml version='1.0' encoding='latin-1'?>",
    b"Share This\n",
    b"October 7, 2015\n",
    b"\r\n\r\n",
    "F\u00e8s caf\u00e9 \u201cquoted\u201d".encode(),
    "F\u00e8s".encode("latin-1"),
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b"&a;&amp;&#0;&#xD800;",
]

_fuzz_bytes = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.lists(
        st.sampled_from(_SNIPPETS) | st.binary(max_size=12) | st.text(max_size=20).map(str.encode),
        max_size=14,
    ).map(b"".join),
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=_fuzz_bytes, suffix=st.sampled_from([".txt", ".jsonl", ".json", ".html", ".rss", ".atom"]))
def test_fuzz_any_bytes_never_raise(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    items = list(read_articles([str(path)], max_bytes=4096))
    assert items
    for item in items:
        assert isinstance(item, (Article, Skipped))
        if isinstance(item, Article):
            assert item.text.strip()
            assert item.title
        else:
            assert item.code.startswith("NF-E1")


@settings(max_examples=50, deadline=None)
@given(data=_fuzz_bytes)
def test_fuzz_stdin_never_raises(data: bytes) -> None:
    for item in read_articles(["-"], stdin=io.BytesIO(data)):
        assert isinstance(item, (Article, Skipped))


def test_ingest_folder_leaves_out_json_data_files_but_reports_broken_records(tmp_path: Path) -> None:
    (tmp_path / "gold.json").write_text('{"about": "answer key", "documents": []}', encoding="utf-8")
    (tmp_path / "norecord.json").write_text('{"id": "x", "title": "No text here"}', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Title\n\nPolice arrested two men in Safi on Monday.\n", encoding="utf-8")
    items = list(read_articles([str(tmp_path)]))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [i.article_id for i in items if isinstance(i, Article)] == ["a"]
    assert [s.source.endswith("norecord.json") for s in skipped] == [True]
    named = list(read_articles([str(tmp_path / "gold.json")]))
    assert len(named) == 1 and isinstance(named[0], Skipped)
