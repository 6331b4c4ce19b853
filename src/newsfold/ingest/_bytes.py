"""Reading one input's bytes safely, and turning them into text honestly.

Every failure becomes one of the coded :class:`~newsfold.errors.InputError` subclasses:
too large (checked with :func:`os.stat` before anything is read), unreadable, empty,
binary, or not decodable.  UTF-8 is the expected encoding; cp1252 / latin-1 is accepted
only when the bytes really look like legacy text.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from typing import IO, NamedTuple

from newsfold.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    OversizeInputError,
    UnreadableInputError,
)
from newsfold.model import Article

#: How much of the start of an input the binary sniffing looks at.
SNIFF_BYTES = 8192

# Signatures of common binary formats that can pass the NUL-byte test.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/ODT/EPUB)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),  # only with its block header, see _looks_like_magic
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (old Word/Excel)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# C0 control bytes that never occur in text (tab, LF, VT, FF, CR and ESC excepted).
_CONTROL_BYTES = frozenset(range(0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20))

# A well-formed UTF-8 multi-byte sequence; seeing one in a file that is *not* valid UTF-8
# means the file is broken (or mixed) UTF-8 rather than legacy single-byte text.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class Located(NamedTuple):
    """An article together with the 1-based line it came from, for line-oriented inputs."""

    article: Article
    line: int | None = None


#: What a reader yields: an article with its line, or the coded error of one record.
Item = Located | InputError


def read_file_bytes(path: str, *, max_bytes: int) -> bytes:
    """Read a whole file, refusing it before reading when it is larger than ``max_bytes``.

    :param path: the file to read.
    :param max_bytes: the largest size accepted, in bytes.
    :returns: the file's bytes (never empty).
    :raises UnreadableInputError: missing, a directory or other non-regular file, no permission, I/O error.
    :raises OversizeInputError: larger than ``max_bytes``.
    :raises EmptyInputError: zero bytes.
    """
    try:
        info = os.stat(path)
    except OSError as err:
        raise UnreadableInputError(path, _os_reason(err)) from err
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableInputError(path, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableInputError(path, "not a regular file (a FIFO, socket or device)")
    if info.st_size > max_bytes:
        raise OversizeInputError(path, f"{info.st_size} bytes is more than the limit of {max_bytes} bytes")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise UnreadableInputError(path, _os_reason(err)) from err
    return _check_size(path, data, max_bytes)


def read_stream_bytes(stream: IO[bytes], *, source: str, max_bytes: int) -> bytes:
    """Read a binary stream (such as standard input) up to ``max_bytes``.

    :param stream: an open binary stream.
    :param source: the name to report in errors (``-`` for standard input).
    :param max_bytes: the largest size accepted, in bytes.
    :returns: the bytes read (never empty).
    :raises UnreadableInputError: the stream is text-mode or fails to read.
    :raises OversizeInputError: more than ``max_bytes`` bytes.
    :raises EmptyInputError: nothing to read.
    """
    try:
        data = stream.read(max_bytes + 1)
    except OSError as err:
        raise UnreadableInputError(source, _os_reason(err)) from err
    if isinstance(data, str):
        raise UnreadableInputError(source, "the stream is in text mode; newsfold needs a binary stream")
    return _check_size(source, data, max_bytes)


def _check_size(source: str, data: bytes, max_bytes: int) -> bytes:
    """Refuse data over the limit or with nothing in it."""
    if len(data) > max_bytes:
        raise OversizeInputError(source, f"more than the limit of {max_bytes} bytes")
    if not data:
        raise EmptyInputError(source, "the input is empty (0 bytes)")
    return data


def _os_reason(err: OSError) -> str:
    """Words for an operating-system error, without the path repeated."""
    reason = err.strerror or type(err).__name__
    return reason[0].lower() + reason[1:] if reason else "cannot be read"


def check_not_binary(data: bytes, *, source: str, line: int | None = None) -> None:
    """Refuse data that is clearly not text.

    Strong signals only: a NUL byte in the first 8 KB (unless the data starts with a
    UTF-16 byte-order mark), a known binary file signature, or many control bytes.

    :param data: the raw bytes.
    :param source: the name to report in errors.
    :param line: the line to report, for line-oriented inputs.
    :raises BinaryInputError: the data is binary.
    """
    head = data[:SNIFF_BYTES]
    for magic, what in _MAGIC:
        if head.startswith(magic) and _looks_like_magic(head, magic):
            raise BinaryInputError(source, f"looks like {what}, not text", line)
    if head.startswith(_UTF16_BOMS):
        return
    if b"\x00" in head:
        raise BinaryInputError(source, f"NUL byte at offset {head.index(0)}: binary data, not text", line)
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if controls > max(2, len(head) // 20):
        reason = f"{controls} control bytes in the first {len(head)} bytes: binary data, not text"
        raise BinaryInputError(source, reason, line)


def _looks_like_magic(head: bytes, magic: bytes) -> bool:
    """Extra checks for signatures short enough to start ordinary text ("BZh…")."""
    if magic == b"BZh":
        return bool(re.match(rb"BZh[1-9]1AY&SY", head))
    return True


def decode_bytes(data: bytes, *, source: str, line: int | None = None, legacy: bool = True) -> str:
    """Decode text: UTF-8 (a BOM is dropped); UTF-16 with a BOM; else cp1252/latin-1 if it looks like text.

    :param data: the raw bytes (already checked with :func:`check_not_binary`).
    :param source: the name to report in errors.
    :param line: the line to report, for line-oriented inputs.
    :param legacy: whether the single-byte fallback is allowed at all.
    :returns: the decoded text.
    :raises EncodingInputError: the bytes are not valid text in any accepted encoding.
    """
    if data.startswith(_UTF16_BOMS):
        return _decode_utf16(data, source=source, line=line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        utf8_error = err
    where = f"invalid UTF-8 at byte {utf8_error.start}"
    if not legacy:
        raise EncodingInputError(source, where, line) from utf8_error
    if _UTF8_MULTIBYTE.search(data):
        raise EncodingInputError(source, f"{where} (broken or mixed UTF-8)", line) from utf8_error
    text = _decode_single_byte(data)
    if not _looks_like_legacy_text(text):
        raise EncodingInputError(source, f"{where}, and not legacy cp1252/latin-1 text either", line) from utf8_error
    return text


def _decode_utf16(data: bytes, *, source: str, line: int | None) -> str:
    """Decode UTF-16 with a byte-order mark, refusing what does not look like text."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as err:
        raise EncodingInputError(source, f"invalid UTF-16 at byte {err.start}", line) from err
    if not _mostly_printable(text):
        raise BinaryInputError(source, "UTF-16 byte-order mark, but the content is not text", line)
    return text


def _decode_single_byte(data: bytes) -> str:
    """cp1252 when every byte is defined there, else latin-1 (which never fails)."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _mostly_printable(text: str) -> bool:
    """True when nearly every character is printable or ordinary white space."""
    if not text:
        return True
    bad = sum(1 for char in text if unicodedata.category(char) in {"Cc", "Cs", "Co", "Cn"} and char not in "\t\n\r\f\v")
    return bad <= len(text) // 100


def _looks_like_legacy_text(text: str) -> bool:
    """Whether single-byte-decoded text reads as text: mostly ASCII, accents on letters, no controls.

    >>> _looks_like_legacy_text("F\\xe8s, the old city")
    True
    >>> _looks_like_legacy_text("\\xff\\xfe\\xfa\\xf1\\xe4")
    False
    """
    if not _mostly_printable(text):
        return False
    visible = [char for char in text if not char.isspace()]
    if not visible:
        return False
    high = [char for char in visible if ord(char) > 0x7F]
    if len(high) * 5 > len(visible):  # legacy prose is overwhelmingly ASCII
        return False
    ascii_letters = sum(1 for char in visible if char.isascii() and char.isalpha())
    if ascii_letters * 2 < len(visible):
        return False
    odd = sum(1 for char in high if not (char.isalpha() or unicodedata.category(char)[0] in {"P", "S", "Z", "N"}))
    return odd == 0


def load_text(path: str, *, max_bytes: int) -> str:
    """Read, check and decode one text file.

    :param path: the file to read.
    :param max_bytes: the largest size accepted, in bytes.
    :returns: the decoded text, which is not blank.
    :raises InputError: any of the coded input failures.
    """
    data = read_file_bytes(path, max_bytes=max_bytes)
    check_not_binary(data, source=path)
    text = decode_bytes(data, source=path)
    require_text(text, source=path)
    return text


def require_text(text: str, *, source: str, line: int | None = None, what: str = "the input") -> str:
    """Refuse blank text.

    :param text: the text to check.
    :param source: the name to report in errors.
    :param line: the line to report, for line-oriented inputs.
    :param what: how to name the thing in the message.
    :returns: ``text`` unchanged.
    :raises EmptyInputError: ``text`` is empty or only white space.
    """
    if not text.strip():
        raise EmptyInputError(source, f"{what} holds no text", line)
    return text


__all__ = [
    "SNIFF_BYTES",
    "Item",
    "Located",
    "check_not_binary",
    "decode_bytes",
    "load_text",
    "read_file_bytes",
    "read_stream_bytes",
    "require_text",
]
