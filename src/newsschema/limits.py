"""The limits every reader enforces, and their defaults, in one place.

Readers are a security boundary: wire feeds and uploads may be broken or
hostile. Every ``read`` and ``iter_errors`` takes the same three keyword-only
arguments, defaulting to the constants below:

* ``max_bytes``: the size of the input, in bytes (text: its UTF-8 length);
* ``max_depth``: how deeply arrays and objects (JSON) or elements (XML) nest;
* ``max_items``: how many values the input holds (JSON: array elements and
  object members, an empty array or object counting as one; XML: elements;
  text: lines).

The defaults are generous for real wire items (the largest item in the
reference corpus is 32 KB and nests 12 elements deep) and small enough that reading stays fast and memory
bounded. Going over one raises :class:`~newsschema.errors.LimitExceededError`
whose message names the limit and how to raise it; its ``code`` is
``max-bytes``, ``too-deep`` or ``max-items``.

>>> from newsschema import json
>>> try:
...     json.read('{"type": "article", "body": ["a", "b", "c"]}', max_items=2)
... except LimitExceededError as error:
...     print(error.code, "|", error.message.split(";")[0])
max-items | the input holds more than max_items=2 values (at least 5)
"""

from __future__ import annotations

from newsschema.errors import LimitExceededError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_ITEMS",
    "check_bytes",
    "check_depth",
    "check_items",
    "text_size",
]

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""16 MiB: far above a wire item, small enough to parse in well under a second."""

DEFAULT_MAX_DEPTH = 100
"""Nesting levels; our own documents nest fewer than 10, NITF bodies fewer than 30."""

DEFAULT_MAX_ITEMS = 1_000_000
"""Values in one document; an article with a thousand paragraphs holds a few thousand."""


def _how(name: str) -> str:
    flag = "--" + name.replace("_", "-")
    return f"pass a larger {name} to read() or iter_errors() (command line: {flag}) to read it"


def text_size(data: str | bytes | bytearray | memoryview, limit: int) -> int:
    """The UTF-8 size of ``data``, computed only as far as needed to compare it with ``limit``.

    >>> text_size("é", 10), text_size(b"abc", 10)
    (2, 3)
    """
    if isinstance(data, str):
        if len(data) > limit:  # a character is at least one byte: over the limit already
            return len(data)
        return len(data.encode("utf-8", "surrogatepass"))
    if isinstance(data, bytes | bytearray):
        return len(data)
    if isinstance(data, memoryview):
        return data.nbytes
    raise TypeError(f"expected str or bytes, got {type(data).__name__}")


def check_bytes(size: int, limit: int, *, format: str, source: str | None = None) -> None:  # noqa: A002
    """Raise :class:`LimitExceededError` when an input of ``size`` bytes is over ``max_bytes``.

    >>> check_bytes(10, 100, format="json")
    >>> check_bytes(101, 100, format="json")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsschema.errors.LimitExceededError: the input is larger than max_bytes=100 bytes (at least 101); pass a larger...
    """
    if size > limit:
        raise LimitExceededError(
            f"the input is larger than max_bytes={limit} bytes (at least {size}); {_how('max_bytes')}",
            format=format,
            source=source,
            code="max-bytes",
        )


def check_depth(
    depth: int,
    limit: int,
    *,
    format: str,  # noqa: A002
    source: str | None = None,
    line: int | None = None,
    column: int | None = None,
    pointer: str | None = None,
) -> None:
    """Raise :class:`LimitExceededError` when nesting reaches ``depth`` levels, over ``max_depth``."""
    if depth > limit:
        raise LimitExceededError(
            f"the input nests more than max_depth={limit} levels deep; {_how('max_depth')}",
            format=format,
            source=source,
            line=line,
            column=column,
            pointer=pointer,
            code="too-deep",  # the code JSON used before the limit was configurable
        )


def check_items(
    count: int,
    limit: int,
    *,
    format: str,  # noqa: A002
    source: str | None = None,
    line: int | None = None,
    column: int | None = None,
) -> None:
    """Raise :class:`LimitExceededError` when the input holds ``count`` values, over ``max_items``."""
    if count > limit:
        raise LimitExceededError(
            f"the input holds more than max_items={limit} values (at least {count}); {_how('max_items')}",
            format=format,
            source=source,
            line=line,
            column=column,
            code="max-items",
        )
