"""Exact round-trip between the model dataclasses and JSON-able data.

:func:`to_data` turns a record into plain data (dicts, lists, strings, numbers, booleans,
``None``); :func:`from_data` rebuilds the record from that data, guided only by the field
type hints of the target class. For every record ``x`` of a model type ``T``::

    from_data(T, to_data(x)) == x

The mapping is:

=====================  =============================================
Python value           data
=====================  =============================================
dataclass instance     ``dict`` of its fields, in declaration order
``tuple`` / ``list``   ``list``
``StrEnum`` member     its ``str`` value
``date``/``datetime``  ISO 8601 string
``dict``               ``dict`` with ``str`` keys
scalars                themselves (``str``, ``int``, ``float``, ``bool``, ``None``)
=====================  =============================================

Example::

    >>> from newsfold.model import Span
    >>> s = Span("a1", 0, 5, "Rabat")
    >>> dumps(s)
    '{"article_id":"a1","end":5,"start":0,"text":"Rabat"}'
    >>> loads(Span, dumps(s)) == s
    True

A field missing from the data takes its dataclass default, so records stored before a field
was added still load. Keys that are not fields are refused, as are values of the wrong type:
both raise :class:`TypeError` or :class:`ValueError` naming the path to the bad value.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

__all__ = ["dumps", "from_data", "loads", "to_data"]

T = TypeVar("T")

_NONE_TYPE = type(None)
_UNION_ORIGINS: tuple[object, ...] = (Union, types.UnionType)


# --------------------------------------------------------------------------- encoding


def to_data(obj: Any) -> Any:
    """Turn a model record (or any nesting of them) into JSON-able data.

    :param obj: a dataclass instance, tuple, list, dict, enum member, date or scalar.
    :returns: the same value made of dicts, lists, ``str``, ``int``, ``float``, ``bool`` and
        ``None`` only.
    :raises TypeError: for a value the codec does not know (a set, bytes, an object …).

    >>> to_data((1, "a", None))
    [1, 'a', None]
    """
    if obj is None or isinstance(obj, bool | int | float):
        return obj
    if isinstance(obj, Enum):  # before str: a StrEnum member is also a str
        return obj.value
    if isinstance(obj, str):
        return obj
    if isinstance(obj, date):  # datetime is a date too; isoformat keeps the time
        return obj.isoformat()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [to_data(item) for item in obj]
    if isinstance(obj, dict):
        return {_key(k): to_data(v) for k, v in obj.items()}
    raise TypeError(f"cannot encode a value of type {type(obj).__name__}: {obj!r:.80}")


def _key(key: object) -> str:
    """A dict key as JSON allows it: only strings are accepted, nothing is coerced."""
    if not isinstance(key, str):
        raise TypeError(f"dict keys must be str, not {type(key).__name__}: {key!r:.80}")
    return key


def dumps(obj: Any) -> str:
    """Encode a record as compact JSON text with sorted keys.

    The output is deterministic (same record, same text) and strict JSON: non-ASCII text is
    kept as is, and NaN or infinite floats are refused.

    :param obj: anything :func:`to_data` accepts.
    :returns: the JSON text.
    :raises TypeError: for a value the codec does not know.
    :raises ValueError: for a NaN or infinite float.

    >>> dumps({"b": 1, "a": (2.5, "é")})
    '{"a":[2.5,"é"],"b":1}'
    """
    return json.dumps(
        to_data(obj), ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


# --------------------------------------------------------------------------- decoding


def loads(cls: type[T], s: str | bytes) -> T:
    """Decode JSON text written by :func:`dumps` back into a ``cls`` record.

    :param cls: the type to build, for example :class:`~newsfold.model.Event`.
    :param s: the JSON text.
    :returns: the rebuilt record.
    :raises ValueError: for broken JSON or data that does not fit ``cls``.
    :raises TypeError: for data of the wrong type.

    >>> loads(tuple[int, ...], "[1,2]")
    (1, 2)
    """
    return from_data(cls, json.loads(s))


def from_data(cls: type[T], data: Any) -> T:
    """Build a value of type ``cls`` from JSON-able ``data`` (the inverse of :func:`to_data`).

    Supported types are dataclasses (through their field type hints), ``X | None`` and other
    unions (the first member that fits wins), ``tuple[X, ...]``, fixed tuples such as
    ``tuple[str, str]``, ``list[X]``, ``dict[str, X]``, enums, ``date``, ``datetime``, ``str``,
    ``int``, ``float`` (ints are accepted and widened), ``bool``, ``None``, and ``object`` or
    ``Any`` (data passed through unchanged).

    :param cls: the type to build.
    :param data: the data, as :func:`to_data` or :func:`json.loads` produced it.
    :returns: the rebuilt value.
    :raises TypeError: for data of the wrong type, or a type the codec does not support.
    :raises ValueError: for a bad enum value or date, or unknown or missing dataclass fields.

    >>> from newsfold.model import EventKind
    >>> from_data(EventKind | None, "ARREST")
    <EventKind.ARREST: 'ARREST'>
    """
    return typing.cast(T, _decode(cls, data, "$"))


def _decode(tp: Any, data: Any, path: str) -> Any:
    """Decode ``data`` as ``tp``; ``path`` names the position for error messages."""
    origin = get_origin(tp)
    if origin is not None:
        return _decode_generic(tp, origin, data, path)
    if tp is Any or tp is object:
        return data
    if tp is _NONE_TYPE or tp is None:
        return _expect(data, _NONE_TYPE, path)
    if isinstance(tp, type):
        return _decode_class(tp, data, path)
    raise TypeError(f"{path}: unsupported type {tp!r}")


def _decode_generic(tp: Any, origin: Any, data: Any, path: str) -> Any:
    """Decode a parametrised type: a union, tuple, list or dict."""
    args = get_args(tp)
    if origin in _UNION_ORIGINS:
        return _decode_union(args, data, path)
    if origin is tuple:
        return _decode_tuple(args, data, path)
    if origin is list:
        items = _expect(data, list, path)
        return [_decode(args[0], item, f"{path}[{i}]") for i, item in enumerate(items)]
    if origin is dict:
        mapping = _expect(data, dict, path)
        return {
            _decode(args[0], k, f"{path}.<key>"): _decode(args[1], v, f"{path}.{k}")
            for k, v in mapping.items()
        }
    raise TypeError(f"{path}: unsupported type {tp!r}")


def _decode_union(args: tuple[Any, ...], data: Any, path: str) -> Any:
    """Decode as the first member of a union that accepts ``data``."""
    if data is None and _NONE_TYPE in args:
        return None
    members = [a for a in args if a is not _NONE_TYPE]
    errors: list[str] = []
    for member in members:
        try:
            return _decode(member, data, path)
        except (TypeError, ValueError) as exc:
            errors.append(str(exc))
    raise TypeError(f"{path}: {data!r:.80} fits none of {args!r} ({'; '.join(errors)})")


def _decode_tuple(args: tuple[Any, ...], data: Any, path: str) -> tuple[Any, ...]:
    """Decode ``tuple[X, ...]`` (any length) or ``tuple[X, Y]`` (fixed length)."""
    items = _expect(data, list | tuple, path)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode(args[0], item, f"{path}[{i}]") for i, item in enumerate(items))
    if args == ((),):  # tuple[()]: the empty tuple
        args = ()
    if len(items) != len(args):
        raise ValueError(f"{path}: expected {len(args)} items, got {len(items)}")
    return tuple(_decode(a, item, f"{path}[{i}]") for i, (a, item) in enumerate(zip(args, items)))


def _decode_class(cls: type, data: Any, path: str) -> Any:
    """Decode a plain class: a dataclass, an enum, a date or a scalar."""
    if dataclasses.is_dataclass(cls):
        return _decode_dataclass(cls, data, path)
    if issubclass(cls, Enum):
        try:
            return cls(_expect(data, str | int, path))
        except ValueError as exc:
            raise ValueError(f"{path}: {data!r:.80} is not a {cls.__name__}") from exc
    if issubclass(cls, date):
        return _decode_date(cls, data, path)
    if cls is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise TypeError(f"{path}: expected a number, got {type(data).__name__}")
        return float(data)
    if cls is int:
        if isinstance(data, bool):
            raise TypeError(f"{path}: expected int, got bool")
        return _expect(data, int, path)
    if cls in (str, bool):
        return _expect(data, cls, path)
    raise TypeError(f"{path}: unsupported type {cls.__name__}")


def _decode_date(cls: type[date], data: Any, path: str) -> date:
    """Decode an ISO 8601 string as a ``date`` or ``datetime``."""
    text = _expect(data, str, path)
    try:
        parse = datetime.fromisoformat if issubclass(cls, datetime) else date.fromisoformat
        return parse(text)
    except ValueError as exc:
        raise ValueError(f"{path}: {text!r:.80} is not an ISO {cls.__name__}") from exc


def _decode_dataclass(cls: type, data: Any, path: str) -> Any:
    """Decode a dict of field values into a dataclass, guided by its type hints."""
    mapping = _expect(data, dict, path)
    hints, required = _fields_of(cls)
    unknown = mapping.keys() - hints.keys()
    if unknown:
        raise ValueError(f"{path}: unknown fields for {cls.__name__}: {sorted(unknown)}")
    missing = required - mapping.keys()
    if missing:
        raise ValueError(f"{path}: missing fields for {cls.__name__}: {sorted(missing)}")
    kwargs = {name: _decode(hints[name], v, f"{path}.{name}") for name, v in mapping.items()}
    return cls(**kwargs)


@cache
def _fields_of(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    """The init fields of a dataclass with their resolved type hints, and the required ones."""
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.init]
    required = frozenset(
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    return {f.name: hints[f.name] for f in fields}, required


def _expect(data: Any, tp: Any, path: str) -> Any:
    """Return ``data`` if it is an instance of ``tp``, else raise :class:`TypeError`."""
    if not isinstance(data, tp):
        expected = getattr(tp, "__name__", tp)
        raise TypeError(f"{path}: expected {expected}, got {type(data).__name__}")
    return data
