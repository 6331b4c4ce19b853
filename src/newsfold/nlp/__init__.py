"""The spaCy boundary: the only package of newsfold that imports spaCy.

``annotate`` turns articles into :class:`~newsfold.model.AnnotatedArticle` records;
nothing downstream of it sees a spaCy ``Doc``.
"""

from __future__ import annotations

from newsfold.nlp.annotate import annotate, annotate_docs
from newsfold.nlp.load import MODEL_NAMES, load_model

__all__ = ["MODEL_NAMES", "annotate", "annotate_docs", "load_model"]
