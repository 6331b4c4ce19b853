"""Stable content-hash ids: the same content always gets the same id."""

from __future__ import annotations

import hashlib
import unicodedata


def normalize_for_id(text: str) -> str:
    """Fold case, accents and white space so that trivial variants hash alike.

    >>> normalize_for_id("  Café  Noir ")
    'cafe noir'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def content_hash(*parts: str, length: int = 16) -> str:
    """Hex digest of the parts, joined unambiguously.

    >>> content_hash("a", "b") == content_hash("a", "b")
    True
    """
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()[:length]


def make_id(prefix: str, *parts: str, length: int = 12) -> str:
    """An id such as ``e-3f2a…`` built from normalized parts.

    >>> make_id("e", "Islamic State", "ORG").startswith("e-")
    True
    """
    return f"{prefix}-{content_hash(*(normalize_for_id(p) for p in parts), length=length)}"
