"""The error tree of newsfold.

Every error carries a stable code (``NF-E0xx``) so that users can search for it::

    NewsfoldError
     ├── ConfigError            [NF-E001] bad settings or arguments
     ├── InputError             [NF-E1xx] one input could not be read (path, line)
     │    ├── UnreadableInputError   [NF-E101] the file cannot be opened
     │    ├── EmptyInputError        [NF-E102] nothing to read / no text
     │    ├── BinaryInputError       [NF-E103] not text (NUL bytes, unknown binary)
     │    ├── EncodingInputError     [NF-E104] not decodable as text
     │    ├── MalformedInputError    [NF-E105] broken JSON line, broken feed, bad record
     │    ├── OversizeInputError     [NF-E106] larger than the configured limit
     │    ├── UnsupportedInputError  [NF-E107] a suffix no reader handles
     │    └── DuplicateInputError    [NF-E108] an id already seen in this batch
     ├── ModelNotInstalledError [NF-E201] the spaCy pipeline is missing (says how to install)
     ├── StoreError             [NF-E301] the database cannot be opened or written
     │    └── MigrationError         [NF-E302] a schema migration failed
     └── ExportError            [NF-E401] a fold cannot be written or does not match its schema

The library raises these; the CLI turns them into messages and exit codes.
"""

from __future__ import annotations


class NewsfoldError(Exception):
    """Base class of every error newsfold raises on purpose."""

    code = "NF-E000"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ConfigError(NewsfoldError):
    """Settings or command-line arguments that cannot be used."""

    code = "NF-E001"
    exit_code = 2


class InputError(NewsfoldError):
    """One input (file, record, feed) could not be turned into an article.

    :param path: the file (or ``-`` for standard input) that failed.
    :param reason: what is wrong, in words.
    :param line: the 1-based line number for line-oriented inputs.
    """

    code = "NF-E100"

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.reason = reason
        self.line = line


class UnreadableInputError(InputError):
    """The file exists but cannot be opened or read."""

    code = "NF-E101"


class EmptyInputError(InputError):
    """The input holds no article text."""

    code = "NF-E102"


class BinaryInputError(InputError):
    """The input is binary data, not text."""

    code = "NF-E103"


class EncodingInputError(InputError):
    """The input cannot be decoded as text."""

    code = "NF-E104"


class MalformedInputError(InputError):
    """A JSON line, record or feed is broken."""

    code = "NF-E105"


class OversizeInputError(InputError):
    """The input is larger than the configured size limit."""

    code = "NF-E106"


class UnsupportedInputError(InputError):
    """No reader handles this kind of file."""

    code = "NF-E107"


class DuplicateInputError(InputError):
    """An article id that was already read in this batch."""

    code = "NF-E108"


class ModelNotInstalledError(NewsfoldError):
    """The spaCy English pipeline is not installed."""

    code = "NF-E201"
    exit_code = 3


class StoreError(NewsfoldError):
    """The database cannot be opened, read or written."""

    code = "NF-E301"
    exit_code = 4


class MigrationError(StoreError):
    """A schema migration failed; the database was left at the previous version."""

    code = "NF-E302"


class ExportError(NewsfoldError):
    """A fold cannot be written, or does not match its schema."""

    code = "NF-E401"
    exit_code = 5
