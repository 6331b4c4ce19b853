"""spaCy ``Doc`` → :class:`AnnotatedArticle`: sentences, tokens and entity mentions."""

from __future__ import annotations

import re

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsfold.model import AnnotatedArticle, Article, Mention, Sentence, Span, Token

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Entity labels kept as mentions (numbers, dates and ordinals are handled by the extractors).
MENTION_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


def annotate(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32, n_process: int = 1
) -> Iterator[AnnotatedArticle]:
    """Parse articles with ``nlp.pipe``, streaming, and keep what later stages need.

    :param articles: the articles, in any number.
    :param nlp: a loaded pipeline; by default :func:`newsfold.nlp.load_model`.
    :param batch_size: documents per ``nlp.pipe`` batch.
    :param n_process: processes for ``nlp.pipe``.

    Example::

        for annotated in annotate(read_articles(["news/"])):
            print(annotated.article.article_id, len(annotated.mentions))
    """
    from newsfold.nlp.load import load_model

    model = nlp or load_model()
    pairs = ((article.text, article) for article in articles)
    for doc, article in model.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield doc_to_annotated(doc, article)


def annotate_docs(docs: Iterable[tuple[Doc, Article]]) -> Iterator[AnnotatedArticle]:
    """Convert already parsed ``(Doc, Article)`` pairs (for callers that run spaCy themselves)."""
    for doc, article in docs:
        yield doc_to_annotated(doc, article)


def doc_to_annotated(doc: Doc, article: Article) -> AnnotatedArticle:
    """Copy tokens, sentences and entity mentions out of a spaCy ``Doc``."""
    tokens = tuple(
        Token(
            i=t.i,
            start=t.idx,
            end=t.idx + len(t.text),
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_ or "O",
            like_num=t.like_num,
        )
        for t in doc
    )
    sentences: list[Sentence] = []
    for sent in doc.sents:
        if sent.text.strip():
            sentences.append(Sentence(sent.start_char, sent.end_char, sent.start, sent.end))
    sentence_of = _sentence_index(sentences)
    mentions = []
    cased = not article.text.islower()
    for ent in doc.ents:
        if ent.label_ not in MENTION_LABELS:
            continue
        start, end, text = _trim_entity(ent.start_char, ent.end_char, ent.text)
        if not text or cased and not any(c.isupper() for c in text):
            continue  # a word in lower case in a cased text ("a hired van") is no name
        mentions.append(
            Mention(Span(article.article_id, start, end, text), ent.label_, sentence_of.get(ent.start, 0))
        )
    return AnnotatedArticle(article, tokens, tuple(sentences), tuple(mentions))


def _sentence_index(sentences: list[Sentence]) -> dict[int, int]:
    index: dict[int, int] = {}
    for n, sent in enumerate(sentences):
        for i in range(sent.token_start, sent.token_end):
            index[i] = n
    return index


_LEADING = ("the ", "The ")
_TRAILING = ("'s", "’s", "’", "'")


def _trim_entity(start: int, end: int, text: str) -> tuple[int, int, str]:
    """Drop a leading "the" and a trailing possessive so that surface forms compare well."""
    for lead in _LEADING:
        if text.startswith(lead) and len(text) > len(lead):
            start += len(lead)
            text = text[len(lead):]
    for trail in _TRAILING:
        if text.endswith(trail) and len(text) > len(trail):
            end -= len(trail)
            text = text[: -len(trail)]
    score = _TRAILING_SCORE.search(text)
    if score and score.start() > 0:
        end -= len(text) - score.start()
        text = text[: score.start()]
    stripped = text.strip(" \n\t\"“”‘’.,;:()")
    if stripped != text:
        offset = text.find(stripped)
        start += offset
        end = start + len(stripped)
        text = stripped
    return start, end, text


#: A match score the model swept into a name: "Kumasi Royal Eagles 2-1" (not "Apollo 11").
_TRAILING_SCORE = re.compile(r"\s+\d{1,2}\s*[-–:]\s*\d{1,2}$")  # not "Boeing 737-800"
