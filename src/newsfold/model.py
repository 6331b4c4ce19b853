"""Frozen data records shared by every stage (data only, no behaviour).

The flow is::

    Article ─annotate─▶ AnnotatedArticle ─extract─▶ ArticleAnalysis (mentions, event mentions, figures)
    ArticleAnalysis* ─canonicalize─▶ Entity*   ─merge─▶ Event*   ─conflicts─▶ Conflict*
    ArticleAnalysis* ─cluster─▶ Story*, Topic*  ─brief─▶ BriefSentence*
    everything ─▶ Fold

Every fact keeps a :class:`Span` back to the text that states it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class EventKind(StrEnum):
    """The event types newsfold extracts."""

    ARREST = "ARREST"
    SEIZURE = "SEIZURE"
    ATTACK = "ATTACK"
    KILLING = "KILLING"
    MILITARY_OPERATION = "MILITARY_OPERATION"
    COOPERATION = "COOPERATION"
    PROTEST = "PROTEST"
    DISASTER = "DISASTER"
    ELECTION = "ELECTION"
    ACQUISITION = "ACQUISITION"
    SPORTS_RESULT = "SPORTS_RESULT"
    OTHER = "OTHER"


class EventStatus(StrEnum):
    """Whether the text says the event happened."""

    ASSERTED = "asserted"  # reported as having happened
    PLOT = "plot"  # planned, plotted, intended ("were planning to attack")
    NEGATED = "negated"  # said not to have happened
    HYPOTHETICAL = "hypothetical"  # conditional, threatened, feared


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from its source; ``text`` is what every offset refers to."""

    article_id: str
    source: str
    title: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    author: str | None = None
    language: str = "en"
    metadata: tuple[tuple[str, str], ...] = ()  # extra fields, values as JSON text
    copy_of: str | None = None  # the original, when this article is a near-duplicate


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, with the coded reason."""

    source: str
    code: str
    reason: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """Provenance: a stretch of one article's text."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """A token of the parse, enough for rule-based extraction without spaCy."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str = ""
    ent_iob: str = "O"
    like_num: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its character span and its token range ``[token_start, token_end)``."""

    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention; ``label`` is the (possibly corrected) entity type."""

    span: Span
    label: str
    sentence: int


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    """An article with its parse; the only type that leaves the spaCy boundary."""

    article: Article
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in the text with what it counts: "7 members", "killed 17", "more than 45"."""

    value: float
    what: str
    span: Span
    qualifier: str | None = None  # "more than", "nearly", "about", "at least" …
    low: float | None = None  # for ranges such as "1,200 to 1,400"
    date: str | None = None  # the time the figure refers to, when the text says
    # the people are named one by one, not counted ("killed a woman"): at least this many
    by_name: bool = False


@dataclass(frozen=True, slots=True)
class EventMention:
    """One statement, in one article, that an event happened (or was plotted)."""

    mention_id: str
    article_id: str
    kind: EventKind
    trigger: Span
    sentence: Span
    status: EventStatus = EventStatus.ASSERTED
    date: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    date_text: str | None = None
    places: tuple[str, ...] = ()  # surface forms of the places where it happened
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    count: Figure | None = None
    background: bool = False  # a past event recalled as context
    confidence: float = 0.5
    distinct: bool = False  # "another operation": not the event mentioned before
    figures: tuple[Figure, ...] = ()  # its other casualty figures ("… and wounded 19"), one per role


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What the streaming stages learn from one article; what the store keeps per article."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    events: tuple[EventMention, ...]
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity with every surface form it goes by."""

    entity_id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    documents: tuple[str, ...]
    mentions: int
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: str | None = None  # gazetteer feature: "city", "country", "region"; "site" when placed by its town
    within: str | None = None  # a site's town, whose point and country it takes ("Royal Street": New Orleans)


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event, with every document and mention that reports it."""

    event_id: str
    kind: EventKind
    plover: str | None
    date: str | None
    locations: tuple[str, ...]
    countries: tuple[str, ...]
    count: Figure | None
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    documents: tuple[str, ...]
    mentions: tuple[Span, ...]
    confidence: float
    status: EventStatus = EventStatus.ASSERTED
    plover_mode: str | None = None


@dataclass(frozen=True, slots=True)
class ConflictValue:
    """One side of a disagreement: a value, who says it and in which words."""

    value: float | str
    documents: tuple[str, ...]
    quotes: tuple[str, ...]
    qualifier: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources that disagree about one fact; ``kind`` is "hard" or "soft"."""

    conflict_id: str
    event_id: str | None
    subject: str
    attribute: str
    kind: str
    values: tuple[ConflictValue, ...]


@dataclass(frozen=True, slots=True)
class BriefSentence:
    """One sentence of a story's brief and the documents it comes from."""

    text: str
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one real-world event or development."""

    story_id: str
    title: str
    documents: tuple[str, ...]
    topic_id: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    brief: tuple[BriefSentence, ...] = ()


@dataclass(frozen=True, slots=True)
class Topic:
    """Related stories grouped one level up."""

    topic_id: str
    title: str
    documents: tuple[str, ...]
    stories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Fold:
    """The whole folded record of a corpus (see CONTRACT.md for its JSON form)."""

    articles: tuple[Article, ...]
    stories: tuple[Story, ...]
    topics: tuple[Topic, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    conflicts: tuple[Conflict, ...]
    skipped: tuple[Skipped, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)

    def story_of(self, article_id: str) -> str | None:
        """The id of the story that holds ``article_id``, if any."""
        for story in self.stories:
            if article_id in story.documents:
                return story.story_id
        return None
