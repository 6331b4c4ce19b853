"""Furniture stripping and datelines, shared by every reader.

Web-scraped article text carries page furniture: share buttons, image credits, "This story
is over 5 years old.", blog footers, cookie notices, and the title repeated as the first
paragraph.  :func:`clean_text` removes such lines (whole short lines only, so that real
sentences such as "Follow-up talks were held…" survive) and normalizes white space.  The
cleaned text is what goes into :attr:`Article.text`; every downstream offset refers to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime

import dateparser

# --------------------------------------------------------------------------- furniture

#: Lines longer than this are never treated as furniture (cookie notices excepted).
MAX_FURNITURE_CHARS = 160
#: Lines with more words than this are never treated as furniture (cookie notices excepted).
MAX_FURNITURE_WORDS = 25

_PLATFORMS = (
    r"(?:twitter|x|facebook|instagram|linkedin|telegram|youtube|tiktok|threads|bluesky|mastodon"
    r"|whatsapp|reddit|google\+?|rss|flipboard|pinterest|email)"
)
_COUNT_WORDS = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)"

_FURNITURE_PATTERNS: tuple[str, ...] = (
    # sharing and printing
    r"share(?: (?:this|it|on|via|with)\b.{0,40})?",
    rf"(?:tweet|email|e-mail|pin|print|whatsapp|{_PLATFORMS})(?: (?:this|it)(?: (?:article|story|page|post))?)?",
    r"print(?:er)?[- ]friendly(?: (?:and|&) pdf| version)?",
    r"print this(?: article| story| page| post)?",
    # comments
    r"no comments?:?",
    r"\d+ comments?:?",
    r"(?:post|leave|add|view|show|hide)(?: a| your| all)? (?:comments?|reply|replies)",
    r"comments?(?: \(\d+\))?:?",
    r"like this:?|like loading\.{0,3}|loading\.{0,3}",
    # social follow lines: "Follow Jane Roe on Twitter", "Follow us on Facebook", "Follow @janeroe"
    (
        rf"follow (?:us|me|@?[\w.\-']+(?: [\w.\-']+){{0,3}})"
        rf"(?: on {_PLATFORMS}(?:(?:,| and| or) {_PLATFORMS})*)(?:\s+(?:at\s+)?@\S+)?[.!]?"
    ),
    r"follow @\w+(?: on \w+)?[.!]?",
    # age banners
    rf"this (?:story|article|post|page) is (?:over|more than) {_COUNT_WORDS} (?:years?|months?) old\.?",
    # image credits
    (
        r"\(?\s*(?:(?:file|main|top|header|featured|lead|cover) )?"
        r"(?:image|photo|picture|illustration|graphic|video|photograph)s?"
        r"\s*(?:via|by|credit|credits|courtesy(?: of)?|:|\||/|-|\u2013|\u2014)\s*.{1,120}\)?"
    ),
    r"\(?\s*credits?\s*:\s*.{1,120}\)?",
    r"\(?\s*[a-z]+ ?(?:photo|pix|images?)\s*(?:/|:)\s*.{1,100}\)?",  # "AFP PHOTO / Jane Roe"
    # advertising and navigation
    r"advertisements?|sponsored(?: content)?|ad|ads|promoted(?: content)?|paid content",
    r"(?:story|article) continues below(?: advertisement)?|continue reading(?: below| the main story)?\.?",
    r"read more(?::.{0,120}|\.{0,3}| (?:here|at .{1,80}))?",
    (
        r"(?:related|recommended|more from [\w ]{1,40}|read also|see also|also read|don'?t miss)"
        r"(?: (?:stories|story|articles?|coverage|content|posts?|news|reading|links?|videos?))?(?:\s*:.{0,140})?"
    ),
    r"click here\b.{0,120}",
    r"skip to (?:main )?content|back to top|(?:scroll|jump) to (?:top|comments)|menu|home|search",
    # blog footers
    r"posted (?:by|on) .{1,80}",
    r"(?:labels?|tags?|topics?|categories|category|filed under)\s*:.{0,200}",
    r"newer posts?|older posts?|home|subscribe to: posts? \(atom\)",
    # subscriptions and newsletters
    r"subscribe(?: now| today| here)?(?:(?: to| for) .{1,100})?[.!]?",
    r"sign up (?:for|to) (?:our|the)\b.{0,100}",
    r"(?:get|join) (?:our|the) (?:free )?(?:daily |weekly )?newsletter\b.{0,80}",
    r"newsletter(?: sign[- ]?up)?",
    # copyright
    r"(?:copyright\s*)?(?:©|\(c\))\s*.{0,120}",
    r"copyright \d{4}\b.{0,120}",
    r".{0,100}\ball rights reserved\.?",
)

_FURNITURE = re.compile("|".join(f"(?:{p})" for p in _FURNITURE_PATTERNS), re.IGNORECASE)

_COOKIE = re.compile(
    r"\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|uses? of cookies|accept (?:all )?cookies"
    r"|cookie (?:policy|settings|preferences|consent|notice))\b",
    re.IGNORECASE,
)

#: Cookie notices can run longer than other furniture.
MAX_COOKIE_CHARS = 400

#: Notices that platforms and web archives put where an article (or an embed) failed to load:
#: Twitter's location notice, video players, newsletter boxes, and the Internet Archive's
#: crawl descriptions that archived copies of news pages carry. A page left with only such
#: notices and a few short lines holds no article.
_NOTICE = re.compile(
    r"^(?:"
    r"media playback is (?:unsupported|not supported) on your device"
    r"|get breaking news alerts and special reports"
    r"|rating is available when the video has been rented"
    r"|this feature is not available right now\. please try again later"
    r"|add this (?:tweet|video) to your website by copying the code below"
    r"|see more of .{1,80} on facebook$"
    r"|dow jones reprints: this copy is for your personal, non-commercial use only"
    r")",
    re.IGNORECASE,
)
#: Notices that stand where the article should be: a tweet that failed to load, or a web
#: archive's description of its crawl. Each must open its line; a page left with little else
#: holds no article.
_PAGE_NOTICE = re.compile(
    r"^(?:tweet with a location|add a location to your tweets|you can add location information to your tweets"
    r"|these crawls are part of an effort to archive pages"
    r"|starting in \d{4}, alexa internet has been donating their crawl data to the internet archive"
    r"|the seed for (?:this crawl|wide\d+) was"
    r"|crawls of supported \"no more 404\" sites"
    r"|-+ .{0,200}\bwide\d{5}\b)",
    re.IGNORECASE,
)
#: Notices can run as long as a paragraph.
MAX_NOTICE_CHARS = 800
#: After a notice is removed, a page with less text than this holds no article.
MIN_TEXT_AFTER_NOTICE = 300

# Control characters (tab, newline, carriage return and form feed excepted), lone UTF-16
# surrogates (from JSON "\ud800" or feed "&#xD800;") and the byte-order mark: never text.
_INVALID = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ufeff]")


def is_furniture(line: str) -> bool:
    """Whether a whole line is page furniture rather than article text.

    >>> is_furniture("Share This")
    True
    >>> is_furniture("Follow-up talks were held on Monday.")
    False

    :param line: one line of text (surrounding white space is ignored).
    :returns: ``True`` for share buttons, credits, banners, footers and similar lines.
    """
    stripped = line.strip().strip("\u200b\ufeff")
    if not stripped:
        return False
    short = len(stripped) <= MAX_FURNITURE_CHARS and len(stripped.split()) <= MAX_FURNITURE_WORDS
    if short and _FURNITURE.fullmatch(stripped):
        return True
    if is_notice(stripped):
        return True
    return len(stripped) <= MAX_COOKIE_CHARS and bool(_COOKIE.search(stripped))


def is_notice(line: str) -> bool:
    """Whether a line is a platform's or a web archive's notice, not article text.

    >>> is_notice("Media playback is unsupported on your device")
    True
    >>> is_notice("The archive was moved to the new library in May.")
    False
    """
    stripped = line.strip()
    return len(stripped) <= MAX_NOTICE_CHARS and bool(_NOTICE.match(stripped) or _PAGE_NOTICE.match(stripped))


def strip_invalid(text: str) -> str:
    r"""Remove characters that are never text: control characters, lone surrogates, BOMs.

    >>> strip_invalid("a\x00b\ud800c")
    'abc'

    :param text: any string.
    :returns: the string without them (tab, newline, carriage return, form feed are kept).
    """
    return _INVALID.sub("", text)


def normalize_whitespace(text: str) -> str:
    """Normalize line endings to ``\\n``, strip trailing spaces, collapse 3+ newlines to 2.

    :param text: any text.
    :returns: the text with normalized white space and no leading/trailing blank lines.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\f", "\n\n")
    text = strip_invalid(text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n").strip()


def _comparable(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form, for comparing a title with a paragraph."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.findall(r"\w+", text.casefold()))


def same_as_title(paragraph: str, title: str | None) -> bool:
    """Whether a paragraph merely repeats the title (case and punctuation ignored).

    :param paragraph: a paragraph of the body.
    :param title: the article's title, if known.
    :returns: ``True`` when both read the same.
    """
    if not title:
        return False
    wanted = _comparable(title)
    return bool(wanted) and _comparable(paragraph) == wanted


def clean_text(text: str, title: str | None = None) -> str:
    """Remove furniture lines and a repeated title, and normalize white space.

    Paragraphs stay separated by one blank line; single line breaks inside a paragraph are
    kept.  Only whole, short lines are removed, never parts of sentences.

    :param text: the raw article body.
    :param title: the article's title; a first paragraph that repeats it is dropped.
    :returns: the cleaned text (possibly empty).
    """
    raw = normalize_whitespace(text).split("\n")
    lines = [line for line in raw if not is_furniture(line)]
    paragraphs = _paragraphs(lines)
    while paragraphs and same_as_title(paragraphs[0], title):
        paragraphs.pop(0)
    cleaned = "\n\n".join(paragraphs)
    if len(cleaned) < MIN_TEXT_AFTER_NOTICE and any(_PAGE_NOTICE.match(line.strip()) for line in raw):
        return ""  # a notice page ("Tweet with a location …", a web archive's crawl notes)
    return cleaned


def _paragraphs(lines: Sequence[str]) -> list[str]:
    """Group lines into paragraphs at blank lines (leading/trailing spaces of lines dropped)."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


# --------------------------------------------------------------------------- datelines

#: How many non-empty lines from the top are searched for a dateline.
DATELINE_WINDOW = 5

_MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,5})?)?"
_ISO_TIME = r"(?:[t ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?"
_PREFIX = r"(?:(?:first published|published|posted|updated|last updated|date|dated)(?:\s+on)?\s*:?\s*)?"
#: "Last updated at 13:59 GMT" after the date (BBC style)
_SUFFIX = r"(?:\s*(?:last\s+)?updated(?:\s+at)?\s+\d{1,2}:\d{2}\s*(?:[a-z]{2,5})?)?"

_DATELINE_FORMS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(rf"{_PREFIX}{body}{_TIME}{_SUFFIX}\.?", re.IGNORECASE)
    for body in (
        rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # Wednesday, October 07, 2015 / Oct. 7, 2015
        rf"{_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}",  # 7 October 2015
        rf"{_WEEKDAY}{_YEAR}-(?P<month_num>\d{{1,2}})-(?P<day_num>\d{{1,2}}){_ISO_TIME}",  # 2015-10-07
        # 12/19/2005, 11/28/05: read month first, or day first when the first number cannot be
        # a month; both orders possible (05/06/2011) is no dateline
        rf"{_WEEKDAY}(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/(?P<numeric_year>\d{{4}}|\d{{2}})(?!\d)",
    )
)
#: Spacing left by tokenizers and page templates: "June 13 , 2013 4 : 59 PM", "12 / 19 / 2005",
#: "Sunday, March 17, 2013 | 5:00 PM".
_TOKEN_SPACING = ((re.compile(r"\s+([,.])"), r"\1"), (re.compile(r"(\d)\s*([:/])\s*(?=\d)"), r"\1\2"),
                  (re.compile(r"\s*\|\s*"), " "), (re.compile(r"\s+:"), ":"))


def parse_dateline(line: str) -> date | None:
    """The date of a line that is essentially a date, else ``None``.

    Accepted: "Wednesday, October 07, 2015", "October 7, 2015", "Oct. 7, 2015",
    "7 October 2015", "2015-10-07", optionally with a time or a "Published:" prefix.

    >>> parse_dateline("Oct. 7, 2015")
    datetime.date(2015, 10, 7)
    >>> parse_dateline("Talks resumed on October 7, 2015.") is None
    True

    :param line: one line of text.
    :returns: the date, or ``None``.
    """
    stripped = line.strip()
    if len(stripped) > 80:
        return None
    for pattern, replacement in _TOKEN_SPACING:
        stripped = pattern.sub(replacement, stripped)
    for form in _DATELINE_FORMS:
        match = form.fullmatch(stripped)
        if match:
            return _date_from_match(match)
    for form in _DATELINE_FORMS:  # "TNN Nov 12, 2011, 05.51AM IST MUMBAI:"
        match = form.search(stripped)
        if match and _header_furniture(stripped[: match.start()] + " " + stripped[match.end():]):
            return _date_from_match(match)
    return None


#: Words a page header puts around its date: when the line says nothing else, it is a dateline.
_HEADER_WORDS = frozenset({
    "posted", "published", "updated", "first", "last", "on", "at", "am", "pm", "local", "time",
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "ist", "hkt", "jst",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
_CLOCK = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\b")


def _header_furniture(rest: str) -> bool:
    """True when what surrounds a date on a line is only times, zones, header words and
    all-capital codes (agencies, datelined cities): "POSTED: 1052 GMT (1852 HKT)", "IST MUMBAI:"."""
    words = re.findall(r"[A-Za-z]+", _CLOCK.sub(" ", rest))
    return len(words) <= 5 and all(w.lower() in _HEADER_WORDS or (w.isupper() and len(w) >= 2) for w in words)


def _date_from_match(match: re.Match[str]) -> date | None:
    """Build a date from a dateline match; ``None`` for impossible dates such as 31 February."""
    groups = match.groupdict()
    if groups.get("numeric_year"):
        first, second, year = int(groups["first"]), int(groups["second"]), int(groups["numeric_year"])
        if first <= 12 and second <= 12 and first != second:
            return None  # 05/06/2011: May 6 or 5 June
        month, day = (first, second) if first <= 12 else (second, first)
        year += 0 if year >= 100 else 2000 if year < 70 else 1900
    else:
        month_name = groups.get("month")
        month = _MONTHS[month_name.lower()] if month_name else int(groups["month_num"])
        day = int(groups.get("day") or groups["day_num"])
        year = int(groups["year"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dateline(lines: Sequence[str]) -> tuple[date | None, int | None]:
    """Find a dateline among the first few non-empty lines.

    :param lines: the lines of a text, top first.
    :returns: ``(date, index)`` with the index of the dateline in ``lines``, or ``(None, None)``.
    """
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        found = parse_dateline(line)
        if found is not None:
            return found, index
        seen += 1
        if seen >= DATELINE_WINDOW:
            break
    return None, None


def split_dateline(text: str) -> tuple[date | None, str]:
    """Remove a dateline from near the top of a text.

    :param text: a text.
    :returns: ``(date, text without the dateline line)``; the text is unchanged if none.
    """
    lines = text.split("\n")
    found, index = find_dateline(lines)
    if index is None:
        return None, text
    return found, "\n".join(lines[:index] + lines[index + 1 :])


# --------------------------------------------------------------------------- dates in metadata

_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?\s*", re.IGNORECASE)

_DATEPARSER_SETTINGS: dict[str, object] = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
}


def coerce_date(value: object) -> date | None:
    """Turn a metadata date (ISO text, free text, epoch seconds, date) into a :class:`date`.

    Relative expressions ("yesterday") are refused so that results never depend on today.

    >>> coerce_date("2015-10-07T08:30:00Z")
    datetime.date(2015, 10, 7)

    :param value: the raw value.
    :returns: the calendar date, or ``None`` when the value is not a full date.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_timestamp(float(value))
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    return _from_text(value)


def _from_timestamp(seconds: float) -> date | None:
    """A date from Unix epoch seconds (UTC); ``None`` when out of range."""
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def _from_text(value: str) -> date | None:
    """A date from ISO text, a dateline, or anything :mod:`dateparser` reads as an absolute date."""
    match = _ISO_DATE.fullmatch(value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    found = parse_dateline(value)
    if found is not None:
        return found
    parsed = dateparser.parse(value, settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None


__all__ = [
    "clean_text",
    "coerce_date",
    "find_dateline",
    "is_furniture",
    "normalize_whitespace",
    "parse_dateline",
    "same_as_title",
    "split_dateline",
    "strip_invalid",
]
