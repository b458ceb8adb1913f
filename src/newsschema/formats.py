"""The format registry: every format module offers the same small verbs.

A format module (``newsschema.json``, ``newsschema.newsml``,
``newsschema.text``) provides:

* ``NAME`` and ``MEDIA_TYPE``;
* ``read(data, model=Article, *, source=None, on_warning=None)``: ``str`` or
  ``bytes`` in, a model out, or a :class:`~newsschema.errors.ReadError`;
  ``model=None`` reads whatever model the document holds;
* ``write(item) -> str``: deterministic, the same model always gives the same
  text;
* ``iter_errors(data, model=Article, *, source=None)``: every problem in a
  document, for pipelines.

No format imports another; converting always goes through the models.

>>> import newsschema
>>> sorted(newsschema.FORMATS)
['json', 'newsml', 'text']
>>> newsschema.get_format("json").MEDIA_TYPE
'application/vnd.newsschema+json'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import Any, Protocol, cast, runtime_checkable

from newsschema.errors import NewsSchemaError, ReadWarning, UnknownFormatError
from newsschema.models import Item

__all__ = ["FORMATS", "Format", "convert", "detect_format", "get_format"]


@runtime_checkable
class Format(Protocol):
    """What every format module provides."""

    NAME: str
    MEDIA_TYPE: str

    def read(
        self,
        data: str | bytes,
        model: type[Any] | None = ...,
        *,
        source: str | None = None,
        on_warning: Callable[[ReadWarning], None] | None = None,
    ) -> Any:
        """Read one item."""

    def write(self, item: Any) -> str:
        """Write one item."""

    def iter_errors(
        self, data: str | bytes, model: type[Any] | None = ..., *, source: str | None = None
    ) -> Iterator[NewsSchemaError]:
        """Yield every problem in ``data``."""


# Name -> module path. Modules are imported on first use so that importing
# newsschema stays cheap (lxml, jsonschema) until a format is used.
_REGISTRY: dict[str, str] = {
    "json": "newsschema.json",
    "newsml": "newsschema.newsml",
    "text": "newsschema.text",
}


class _Formats(Mapping[str, Format]):
    """A read-only mapping of format names to format modules."""

    def __getitem__(self, name: str) -> Format:
        try:
            path = _REGISTRY[name]
        except KeyError:
            known = ", ".join(sorted(self))
            raise UnknownFormatError(
                f"unknown format {name!r}; known formats: {known}", code="unknown-format"
            ) from None
        module: ModuleType = importlib.import_module(path)
        return cast(Format, module)

    def __iter__(self) -> Iterator[str]:
        return iter(_REGISTRY)

    def __len__(self) -> int:
        return len(_REGISTRY)

    def __repr__(self) -> str:
        return f"FORMATS({', '.join(self)})"


FORMATS: Mapping[str, Format] = _Formats()
"""Every registered format by name."""


def get_format(name: str) -> Format:
    """The format module registered as ``name``; :class:`UnknownFormatError` otherwise."""
    return FORMATS[name]


def detect_format(data: str | bytes) -> str:
    """Recognise the format from the content: ``"json"``, ``"newsml"`` or ``"text"``.

    JSON starts with ``{``, XML with ``<``, after an optional byte order mark
    and whitespace; anything else is plain text.

    >>> detect_format('{"type": "article"}'), detect_format(b"<?xml version='1.0'?><newsItem/>")
    ('json', 'newsml')
    >>> detect_format("Jakarta - Presiden ...")
    'text'
    """
    head = data[:4096]
    if isinstance(head, bytes):
        for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
            if head.startswith(bom):
                head = head[len(bom) :].decode(codec, "ignore")
                break
        else:
            if head[:2] in (b"<\x00", b"\x00<"):
                return "newsml"
            head = head.decode("utf-8", "ignore")
    assert isinstance(head, str)
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        return "json"
    if stripped.startswith("<"):
        return "newsml"
    return "text"


def convert(data: str | bytes, *, source: str | None = None, target: str, model: type[Item] | None = None) -> str:
    """Read ``data`` in format ``source`` (recognised when left out) and write it in ``target``.

    ``model`` forces the model to read; by default each document is read as the model it holds.

    >>> import newsschema
    >>> text = newsschema.convert('{"type": "article", "body": ["Hello."]}', target="text")
    >>> text
    'Hello.'
    """
    reader = get_format(source or detect_format(data))
    writer = get_format(target)
    return writer.write(reader.read(data, model))
