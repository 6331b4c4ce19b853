"""Build analysed articles by hand from a tiny markup, so entity and event tests need no model.

``"[Abdelhaq Khyam|PERSON] heads the [BCIJ|ORG]."`` gives the text without brackets and one
mention per bracket, with character offsets into that text.
"""

from __future__ import annotations

import re
from datetime import date

from newsfold.model import Article, ArticleAnalysis, Mention, Sentence, Span

_MARK = re.compile(r"\[([^\]|]+)\|([A-Z_]+)\]")


def analysis(article_id: str, marked: str, *, published: date | None = None) -> ArticleAnalysis:
    """An :class:`ArticleAnalysis` whose mentions are the bracketed names of ``marked``."""
    text_parts: list[str] = []
    mentions: list[tuple[int, int, str, str]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos:m.start()]
        text_parts.append(before)
        length += len(before)
        name, label = m.group(1), m.group(2)
        mentions.append((length, length + len(name), name, label))
        text_parts.append(name)
        length += len(name)
        pos = m.end()
    text_parts.append(marked[pos:])
    text = "".join(text_parts)
    sentences = []
    start = 0
    for sm in re.finditer(r"[^.!?]+[.!?]?", text):
        if sm.group().strip():
            sentences.append(Sentence(sm.start(), sm.end(), 0, 0))
        start = sm.end()
    def sentence_of(offset: int) -> int:
        for n, s in enumerate(sentences):
            if s.start <= offset < s.end:
                return n
        return 0
    article = Article(article_id, f"{article_id}.txt", text.split(".")[0][:60], text, published=published)
    ms = tuple(Mention(Span(article_id, a, b, name), label, sentence_of(a)) for a, b, name, label in mentions)
    return ArticleAnalysis(article, tuple(sentences), ms, ())
