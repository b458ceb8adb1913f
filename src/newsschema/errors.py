"""One small error hierarchy for every format.

Every error subclasses the builtin it resembles, so ``except ValueError`` keeps
working, and carries the place of the fault in the words of its format: a JSON
pointer (RFC 6901), an XML line and column, or a text line and column.

>>> from newsschema.errors import ReadError
>>> err = ReadError("expected a string", format="json", pointer="/headline")
>>> str(err)
'/headline: expected a string'
>>> isinstance(err, ValueError)
True

Errors pickle cleanly, so they cross process boundaries (multiprocessing,
Dask, Beam).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any, Self

__all__ = [
    "InvalidModelError",
    "LimitExceededError",
    "NewsSchemaError",
    "NewsSchemaWarning",
    "ReadError",
    "ReadWarning",
    "UnknownFormatError",
    "ValidationError",
    "WriteError",
    "warn",
]


def _where(
    source: str | None,
    pointer: str | None,
    line: int | None,
    column: int | None,
) -> str:
    parts: list[str] = []
    if source:
        parts.append(source)
    if line is not None:
        parts.append(str(line))
        if column is not None:
            parts.append(str(column))
    where = ":".join(parts)
    if pointer is not None:
        where = f"{where}: {pointer}" if where else pointer
    return where


class NewsSchemaError(Exception):
    """Base class of every error newsschema raises on purpose.

    Attributes:
        message: what went wrong, in words a person understands.
        format: the format being read or written (``"json"``, ``"newsml"``,
            ``"text"``), or ``None`` for model errors.
        pointer: JSON pointer (RFC 6901) into the model or the JSON document.
        line, column: 1-based position in XML or text input.
        source: a file name or other label for the input, when known.
        code: a short stable identifier for the kind of problem, for machines.
    """

    def __init__(
        self,
        message: str,
        *,
        format: str | None = None,  # noqa: A002 - the natural name here
        pointer: str | None = None,
        line: int | None = None,
        column: int | None = None,
        source: str | None = None,
        code: str | None = None,
    ) -> None:
        self.message = message
        self.format = format
        self.pointer = pointer
        self.line = line
        self.column = column
        self.source = source
        self.code = code
        super().__init__(message)

    @property
    def location(self) -> str:
        """The place of the fault: ``"file:3:14"``, ``"/quotes/0/speaker"`` or ``""``."""
        return _where(self.source, self.pointer, self.line, self.column)

    def replace(self, **changes: Any) -> Self:
        """A copy of this error with some fields changed.

        >>> ReadError("bad", line=1, column=4).replace(line=7).line
        7
        """
        return type(self)(**{**self._fields(), **changes})

    def with_source(self, source: str) -> Self:
        """A copy of this error that names ``source`` (a file name, say)."""
        return self.replace(source=source)

    def at(self, prefix: str) -> Self:
        """A copy whose pointer is nested under ``prefix`` (a JSON pointer)."""
        return self.replace(pointer=prefix + (self.pointer or ""))

    def _fields(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "format": self.format,
            "pointer": self.pointer,
            "line": self.line,
            "column": self.column,
            "source": self.source,
            "code": self.code,
        }

    def to_dict(self) -> dict[str, Any]:
        """The error as a plain dict (for JSON reports); ``None`` values are left out."""
        fields = {"type": type(self).__name__, **self._fields()}
        return {key: value for key, value in fields.items() if value is not None}

    def __str__(self) -> str:
        where = self.location
        return f"{where}: {self.message}" if where else self.message

    def __repr__(self) -> str:
        args = ", ".join(f"{key}={value!r}" for key, value in self._fields().items() if value is not None)
        return f"{type(self).__name__}({args})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self._fields()))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, NewsSchemaError)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash((type(self), tuple(self._fields().items())))


def _rebuild(cls: type[NewsSchemaError], fields: dict[str, Any]) -> NewsSchemaError:
    return cls(**fields)


class InvalidModelError(NewsSchemaError, ValueError):
    """A model was built with a value that breaks one of its invariants.

    ``pointer`` names the field, relative to the model being built
    (``/quotes/0/parts/0/offset``).
    """


class ReadError(NewsSchemaError, ValueError):
    """Input could not be read: it is not well-formed in its format (bad JSON
    syntax, broken XML, undecodable bytes)."""


class ValidationError(ReadError):
    """Input is well-formed but breaks the schema or a model invariant."""


class LimitExceededError(ReadError):
    """Input is larger or deeper than a configured limit allows.

    The message names the limit and the keyword argument that raises it.
    """


class WriteError(NewsSchemaError, ValueError):
    """A model cannot be written to a format without losing something."""


class UnknownFormatError(NewsSchemaError, LookupError):
    """No format is registered under the requested name."""


class NewsSchemaWarning(UserWarning):
    """Base class of newsschema's warnings."""


class ReadWarning(NewsSchemaWarning):
    """Input was read, but something in it is invalid or was tolerated.

    Carries the same location fields as :class:`NewsSchemaError`; ``error``
    holds them as an error object, for pipelines that turn warnings into
    errors (``--strict``).
    """

    def __init__(self, error: NewsSchemaError) -> None:
        self.error = error
        super().__init__(str(error))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.error,))


def warn(error: NewsSchemaError, on_warning: Callable[[ReadWarning], None] | None = None) -> None:
    """Report a tolerated problem: to ``on_warning`` when given, else through :mod:`warnings`.

    Every reader reports warnings this way; the Python warning points at the
    code that called the reader.
    """
    warning = ReadWarning(error)
    if on_warning is None:
        warnings.warn(warning, stacklevel=4)  # past warn() and the reader's own frame
    else:
        on_warning(warning)
