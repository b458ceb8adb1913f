"""The JSON format: a model's plain form with a first key ``"type"``.

A document is :func:`newsschema.plain.to_plain` of a model, preceded by
``"type"`` naming the model (``"article"``, ``"photo_caption"``,
``"attributed_quote"``, ``"source_credit"``). The published JSON Schemas in
``schemas/`` describe it (:func:`newsschema.schema_for`).

>>> from newsschema.models import SourceCredit
>>> text = write(SourceCredit(party="KCNA", printed="(Handout KCNA)"))
>>> print(text, end="")
{
  "type": "source_credit",
  "party": "KCNA",
  "printed": "(Handout KCNA)"
}
>>> read(text, SourceCredit) == SourceCredit(party="KCNA", printed="(Handout KCNA)")
True

Reading goes in three steps, each reporting faults at a JSON pointer:

1. syntax: UTF-8 JSON (RFC 8259) with no duplicate keys and no ``NaN`` or
   ``Infinity``; otherwise :class:`~newsschema.errors.ReadError`, with line
   and column for syntax errors;
2. the JSON Schema of the model; otherwise
   :class:`~newsschema.errors.ValidationError`;
3. the model's own invariants (quote positions inside the body, views such
   as a dateline's place occurring in the dateline, calendar dates);
   otherwise :class:`~newsschema.errors.ValidationError`.

A UTF-8 byte order mark is tolerated and reported through ``on_warning``.
See ``docs/json.md`` for the whole policy.
"""

from __future__ import annotations

import difflib
import json as _json
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from itertools import accumulate, count
from typing import Any, TypeVar, overload

from newsschema.errors import NewsSchemaError, ReadError, ReadWarning, ValidationError, WriteError, warn
from newsschema.limits import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_ITEMS,
    check_bytes,
    check_depth,
    check_items,
    text_size,
)
from newsschema.models import MODELS, Article, Item
from newsschema.plain import from_plain, iter_plain_errors, model_name, to_plain
from newsschema.schemas import fast_validator_for, is_valid

__all__ = ["MEDIA_TYPE", "NAME", "iter_errors", "read", "write"]

NAME = "json"
"""The format's name in :data:`newsschema.FORMATS`."""

MEDIA_TYPE = "application/vnd.newsschema+json"
"""The media type of a newsschema JSON document."""

M = TypeVar("M", bound=Item)

_BOM = "\ufeff"
_SHORT = 40  # longest value quoted in an error message, in characters


# --------------------------------------------------------------------------- #
# Writing.
# --------------------------------------------------------------------------- #


def write(item: Item) -> str:
    """The JSON document of a model: deterministic, UTF-8 ready, with a final newline.

    Keys follow the model's field order after ``"type"``; fields holding their
    default are left out; indentation is two spaces; non-ASCII characters are
    written as themselves and only the characters JSON requires are escaped
    (``"``, ``\\``, and U+0000 to U+001F). The same model always gives the
    same text.

    >>> from newsschema.models import Article
    >>> write(Article(language="id", body=("Jakarta \\u2013 Presiden\\u00a0Putin.",)))
    '{\\n  "type": "article",\\n  "language": "id",\\n  "body": [\\n    "Jakarta – Presiden\\xa0Putin."\\n  ]\\n}\\n'
    """
    try:
        name = model_name(type(item))
    except KeyError:
        known = ", ".join(cls.__name__ for cls in MODELS.values())
        raise WriteError(
            f"cannot write a {type(item).__name__} as JSON: expected one of {known}", format=NAME, code="not-a-model"
        ) from None
    document = {"type": name, **to_plain(item)}
    try:
        return _json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    except ValueError as exc:  # only an integer longer than Python will print
        raise WriteError(f"cannot write the model as JSON: {exc}", format=NAME, code="unwritable") from None


# --------------------------------------------------------------------------- #
# Reading.
# --------------------------------------------------------------------------- #


@overload
def read(
    data: str | bytes,
    *,
    source: str | None = None,
    on_warning: Callable[[ReadWarning], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> Article: ...


@overload
def read(
    data: str | bytes,
    model: type[M],
    *,
    source: str | None = None,
    on_warning: Callable[[ReadWarning], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> M: ...


@overload
def read(
    data: str | bytes,
    model: None,
    *,
    source: str | None = None,
    on_warning: Callable[[ReadWarning], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> Item: ...


def read(
    data: str | bytes,
    model: type[Any] | None = Article,
    *,
    source: str | None = None,
    on_warning: Callable[[ReadWarning], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> Any:
    """Read one model from a JSON document (``str``, or ``bytes`` in UTF-8).

    ``model=None`` reads whatever model the document holds (its ``"type"``).
    ``source`` names the input in errors (a file name, say). ``on_warning``
    receives tolerated problems (a byte order mark); by default they become
    :class:`~newsschema.errors.ReadWarning` warnings. ``max_bytes``,
    ``max_depth`` and ``max_items`` bound the input (:mod:`newsschema.limits`);
    going over one raises :class:`~newsschema.errors.LimitExceededError`
    before the document is parsed.

    Raises :class:`~newsschema.errors.ReadError` when the input is not JSON
    (with line and column), and :class:`~newsschema.errors.ValidationError`
    at the JSON pointer of the first fault (in pointer order) when it breaks
    the schema or the model. :func:`iter_errors` gives every fault.

    >>> from newsschema.models import SourceCredit
    >>> read('{"type": "source_credit", "party": "Antaranews"}', SourceCredit).party
    'Antaranews'
    >>> try:
    ...     read('{"type": "article", "language": "id_ID"}')
    ... except ValidationError as error:
    ...     print(error)
    /language: must be a well-formed BCP 47 language tag such as 'id' or 'en-GB' (got 'id_ID')
    """
    _check_model(model)
    check_bytes(text_size(data, max_bytes), max_bytes, format=NAME, source=source)
    text, bom = _decode(data, source)
    if bom:
        warn(
            ReadError(
                "ignored a byte order mark (U+FEFF) at the start; JSON text should not have one (RFC 8259)",
                format=NAME,
                line=1,
                column=1,
                source=source,
                code="bom",
            ),
            on_warning,
        )
    _check_structure(text, max_depth, max_items, source)
    fractions: list[str] = []
    document = _parse(text, source, fractions=fractions)
    if model is None:
        model = _held_model(document)
    for error in _document_errors(document, model, source, fast=not fractions):
        raise error
    try:
        return from_plain(_without_type(document), model)
    except ValidationError as error:
        raise _as_json(error, source) from None


def iter_errors(
    data: str | bytes,
    model: type[Item] | None = Article,
    *,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> Iterator[NewsSchemaError]:
    """Every problem in a document, sorted by JSON pointer; nothing when it reads.

    Yields the syntax error when the input is not JSON; otherwise every
    duplicate key and non-finite number; otherwise every schema violation;
    otherwise every broken model invariant. Each error carries its pointer
    (and line and column for syntax errors). An input over a limit yields its
    :class:`~newsschema.errors.LimitExceededError` alone. A byte order mark is tolerated
    by :func:`read`, so it is not yielded here.

    >>> [str(error) for error in iter_errors('{"type": "article", "version": 0, "headline": " "}')]
    ["/headline: must not be empty or blank (got ' ')", '/version: must be an integer >= 1 (got 0)']
    >>> list(iter_errors('{"type": "article"}'))
    []
    """
    _check_model(model)
    try:
        check_bytes(text_size(data, max_bytes), max_bytes, format=NAME, source=source)
        text, _ = _decode(data, source)
        _check_structure(text, max_depth, max_items, source)
        document = _parse(text, source, collect=True)
    except _DocumentErrors as found:
        yield from found.errors
        return
    except ReadError as error:
        yield error
        return
    if model is None:
        model = _held_model(document)
    schema_errors = _document_errors(document, model, source)
    yield from schema_errors or _invariant_errors(document, model, source)


def _held_model(document: Any) -> type[Item]:
    """The model a document says it holds (its ``"type"``), Article when it says nothing usable."""
    given = document.get("type") if isinstance(document, dict) else None
    return MODELS.get(given, Article) if isinstance(given, str) else Article


def _check_model(model: type[Any] | None) -> None:
    if model is not None and model not in MODELS.values():
        known = ", ".join(cls.__name__ for cls in MODELS.values())
        raise TypeError(f"cannot read a {getattr(model, '__name__', model)!r}: expected one of {known}")


def _as_json(error: NewsSchemaError, source: str | None) -> ValidationError:
    return ValidationError(
        error.message, format=NAME, pointer=error.pointer, source=source, code=error.code or "invariant"
    )


# --------------------------------------------------------------------------- #
# Step 1: bytes -> text -> plain data.
# --------------------------------------------------------------------------- #


def _decode(data: str | bytes, source: str | None) -> tuple[str, bool]:
    """The text, and whether it started with a byte order mark (removed)."""
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            line_start = raw.rfind(b"\n", 0, exc.start) + 1
            column = len(raw[line_start : exc.start].decode("utf-8", "replace")) + 1
            raise ReadError(
                f"the input is not UTF-8: byte 0x{raw[exc.start]:02X} at byte offset {exc.start} cannot be decoded",
                format=NAME,
                line=line,
                column=column,
                source=source,
                code="encoding",
            ) from None
    elif isinstance(data, str):
        text = data
    else:
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    if text.startswith(_BOM):
        return text[1:], True
    return text, False


class _NonFinite:
    """Stands in for NaN, Infinity and -Infinity until they are reported."""

    def __init__(self, literal: str) -> None:
        self.literal = literal


class _DocumentErrors(Exception):  # noqa: N818 - internal carrier, never escapes this module
    def __init__(self, errors: list[NewsSchemaError]) -> None:
        self.errors = errors
        super().__init__(errors)


def _parse(text: str, source: str | None, *, collect: bool = False, fractions: list[str] | None = None) -> Any:
    """Parse JSON text; refuse duplicate keys and non-finite numbers with their pointers.

    Numbers with a fraction or exponent become :class:`~decimal.Decimal`, so
    that the schema refuses ``2.0`` where an integer belongs (JSON Schema
    would otherwise take it for an integer, and writing it back would change
    the text). Each such literal is appended to ``fractions`` when given.
    """
    duplicates: dict[int, tuple[dict[str, Any], list[str]]] = {}
    found_non_finite = False

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            repeated = []
            for key, _ in pairs:
                if key in seen:
                    repeated.append(key)
                seen.add(key)
            duplicates[id(result)] = (result, repeated)
        return result

    def fraction_hook(literal: str) -> Decimal:
        if fractions is not None:
            fractions.append(literal)
        return Decimal(literal)

    def constant_hook(literal: str) -> _NonFinite:
        nonlocal found_non_finite
        found_non_finite = True
        return _NonFinite(literal)

    try:
        document = _json.loads(
            text, object_pairs_hook=pairs_hook, parse_constant=constant_hook, parse_float=fraction_hook
        )
    except _json.JSONDecodeError as exc:
        message = exc.msg[:1].lower() + exc.msg[1:]
        raise ReadError(
            f"not valid JSON: {message}",
            format=NAME,
            pointer=_pointer_at(text, exc.pos),
            line=exc.lineno,
            column=exc.colno,
            source=source,
            code="syntax",
        ) from None
    except RecursionError:
        raise ReadError(
            "the document nests arrays or objects too deeply to be read", format=NAME, source=source, code="too-deep"
        ) from None
    except (ValueError, ArithmeticError) as exc:  # an integer longer than Python converts, an exponent too large
        line, column, pointer = _unreadable_number_at(text)
        raise ReadError(
            f"a number cannot be read: {exc if isinstance(exc, ValueError) else 'its exponent is out of range'}",
            format=NAME,
            pointer=pointer,
            line=line,
            column=column,
            source=source,
            code="number-too-long",
        ) from None
    if duplicates or found_non_finite:
        errors = sorted(_walk_problems(document, "", duplicates, source), key=_sort_key)
        if collect:
            raise _DocumentErrors(list(errors))
        raise errors[0]
    return document


# A JSON string (its escapes included); brackets and commas inside one are not structure. A string left
# open ends at the line or text end: every match succeeds without backtracking, so scanning stays linear
# (the document is broken then, and the parser reports where).
_STRING_BODY = r'"[^"\\\n]*(?:\\(?:.|\Z)[^"\\\n]*)*(?:"|(?=\n)|\Z)'
_STRING = re.compile(_STRING_BODY, re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STRING_OR_BRACKET = re.compile(_STRING_BODY + r"|[\[\]{}]", re.DOTALL)
_DEPTH_STEPS = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")


def _check_structure(text: str, max_depth: int, max_items: int, source: str | None) -> None:
    """Refuse text that nests deeper than ``max_depth`` or holds more than ``max_items`` values.

    Runs before parsing, in time linear in the text and mostly inside the
    regular-expression engine, so that a hostile document costs neither deep
    recursion nor millions of Python objects.
    """
    if not any(mark in text for mark in "[{"):
        return
    structure = _STRING.sub('""', text)
    # Values after the first in each container, plus one per container (an empty one counts too).
    items = structure.count(",") + structure.count("[") + structure.count("{")
    check_items(items, max_items, format=NAME, source=source)
    brackets = _NOT_BRACKET.sub("", structure)
    if len(brackets) > max_depth:
        # Each opening bracket adds 2, so the running sum minus the position is the depth.
        steps = brackets.encode("ascii").translate(_DEPTH_STEPS)
        deepest = max(map(operator.sub, accumulate(steps), count(1)))
        if deepest > max_depth:
            line, column, pointer = _too_deep_at(text, max_depth)
            check_depth(deepest, max_depth, format=NAME, source=source, line=line, column=column, pointer=pointer)


def _too_deep_at(text: str, max_depth: int) -> tuple[int | None, int | None, str | None]:
    """Line, column and pointer of the first bracket that opens level ``max_depth + 1``."""
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > max_depth:
                position = match.start()
                line = text.count("\n", 0, position) + 1
                column = position - text.rfind("\n", 0, position)
                return line, column, _pointer_at(text, position)
        elif char in "]}":
            depth -= 1
    return None, None, None  # pragma: no cover - the caller found the level


_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


def _unreadable_number_at(text: str) -> tuple[int | None, int | None, str | None]:
    """Line, column and pointer of the first number Python cannot convert."""
    outside_strings = _STRING.sub(lambda found: " " * len(found.group()), text)
    for match in _NUMBER.finditer(outside_strings):
        literal = match.group()
        try:
            int(literal) if literal.lstrip("-").isdigit() else Decimal(literal)
        except (ValueError, ArithmeticError):
            position = match.start()
            line = text.count("\n", 0, position) + 1
            column = position - text.rfind("\n", 0, position)
            return line, column, _pointer_at(text, position)
    return None, None, None  # pragma: no cover - the parser found one


def _walk_problems(
    value: Any, pointer: str, duplicates: dict[int, tuple[dict[str, Any], list[str]]], source: str | None
) -> Iterator[ReadError]:
    if isinstance(value, _NonFinite):
        yield ReadError(
            f"{value.literal} is not a JSON number (RFC 8259 has no NaN or Infinity)",
            format=NAME,
            pointer=pointer,
            source=source,
            code="non-finite-number",
        )
    elif isinstance(value, dict):
        if id(value) in duplicates:
            for key in dict.fromkeys(duplicates[id(value)][1]):
                yield ReadError(
                    f"duplicate key {_short(key)}: a key may appear only once in an object",
                    format=NAME,
                    pointer=f"{pointer}/{_escape(key)}",
                    source=source,
                    code="duplicate-key",
                )
        for key, item in value.items():
            yield from _walk_problems(item, f"{pointer}/{_escape(key)}", duplicates, source)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk_problems(item, f"{pointer}/{index}", duplicates, source)


def _pointer_at(text: str, position: int) -> str | None:
    """The JSON pointer of the value being read at ``position`` in broken JSON text.

    A small scanner over the text before the fault: it tracks the open
    objects and arrays, the last key of each object and the index in each
    array. ``None`` when the fault is outside any container.
    """
    stack: list[list[Any]] = []  # [kind, key or index, expecting_key]
    index = 0
    while index < position:
        char = text[index]
        if char == '"':
            end = index + 1
            while end < len(text) and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            if stack and stack[-1][0] == "{" and stack[-1][2]:
                try:
                    stack[-1][1] = _json.loads(text[index : end + 1])
                except ValueError:
                    stack[-1][1] = text[index + 1 : end]
                stack[-1][2] = False
            index = end + 1
            continue
        if char in "{[":
            stack.append(["{", None, True] if char == "{" else ["[", 0, False])
        elif char in "}]":
            if stack:
                stack.pop()
        elif char == "," and stack:
            if stack[-1][0] == "[":
                stack[-1][1] += 1
            else:
                stack[-1][2] = True
        index += 1
    if not stack:
        return None
    parts = [str(step) if kind == "[" else _escape(str(step)) for kind, step, _ in stack if step is not None]
    return "".join(f"/{part}" for part in parts)


# --------------------------------------------------------------------------- #
# Steps 2 and 3: the schema, then the model.
# --------------------------------------------------------------------------- #


def _document_errors(
    document: Any, model: type[Item], source: str | None, *, fast: bool = False
) -> list[ValidationError]:
    """The type mismatch, or else every schema violation, sorted by pointer.

    ``fast`` takes the compiled validator's verdict first. It is only asked
    for when the document holds no number with a fraction: jsonschema-rs
    takes ``2.0`` for an integer, which our reader refuses.
    """
    expected = model_name(model)
    if isinstance(document, dict):
        given = document.get("type")
        if isinstance(given, str) and given != expected and given in MODELS:
            return [
                ValidationError(
                    f"this document holds a {given}, not a{'n' if expected[0] in 'aeiou' else ''} {expected} "
                    f"(read it as {MODELS[given].__name__})",
                    format=NAME,
                    pointer="/type",
                    source=source,
                    code="wrong-type",
                )
            ]
    if fast and is_valid(expected, document):
        return []
    return _schema_errors(fast_validator_for(expected).iter_errors(document), source)


def _invariant_errors(document: Any, model: type[Item], source: str | None) -> list[NewsSchemaError]:
    """Every broken model invariant in a schema-valid document, sorted by pointer."""
    document = _without_type(document)
    errors: list[NewsSchemaError] = [_as_json(error, source) for error in iter_plain_errors(document, model)]
    # An article stops at its first misplaced quote; check each quote alone to report them all.
    if model is Article and len(errors) == 1 and (errors[0].pointer or "").startswith("/quotes/"):
        errors = []
        for index, quote in enumerate(document.get("quotes", [])):
            alone = {"body": document.get("body", []), "quotes": [quote]}
            errors.extend(_as_json(error, source) for error in _renumber(iter_plain_errors(alone, Article), index))
    return sorted(errors, key=_sort_key)


def _without_type(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "type"}


def _renumber(errors: Iterable[ValidationError], index: int) -> Iterator[ValidationError]:
    for error in errors:
        pointer = error.pointer or ""
        if pointer.startswith("/quotes/0"):
            pointer = f"/quotes/{index}{pointer[len('/quotes/0') :]}"
        yield ValidationError(error.message, format=error.format, pointer=pointer, code=error.code)


# Messages for values that break one of the shared string definitions, by title.
_DEFINITION_MESSAGES = {
    "name": "must not be empty or blank",
    "token": "must be a non-empty string without whitespace",
    "language": "must be a well-formed BCP 47 language tag such as 'id' or 'en-GB'",
    "timestamp": (
        "must be an ISO 8601 date or date-time: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.f]] with an offset"
    ),
}


def _schema_errors(raw_errors: Iterable[Any], source: str | None) -> list[ValidationError]:
    """jsonschema's errors as ours: one per fault, short messages, sorted by pointer."""
    found: dict[tuple[str, str], ValidationError] = {}
    for raw in raw_errors:
        pointer = "".join(f"/{_escape(str(step))}" for step in raw.absolute_path)
        for step, message, code in _describe(raw):
            where = pointer + step
            found.setdefault((where, message), ValidationError(message, format=NAME, pointer=where, code=code))
    # A value of the wrong type also fails the keywords for the right type (a number
    # is "not" without whitespace); the type error alone says what is wrong.
    typed = {pointer for (pointer, _), error in found.items() if error.code == "type"}
    errors = [
        ValidationError(error.message, format=NAME, pointer=error.pointer, source=source, code=error.code)
        for (pointer, _), error in found.items()
        if pointer not in typed or error.code == "type"
    ]
    return sorted(errors, key=_sort_key)


def _describe(raw: Any) -> Iterator[tuple[str, str, str]]:
    """(pointer suffix, message, code) for one jsonschema error."""
    keyword: str = raw.validator
    value: Any = raw.validator_value
    instance: Any = raw.instance
    schema: Any = raw.schema
    if keyword == "type":
        yield "", f"expected {_article(value)}, got {_kind(instance)}", "type"
    elif keyword == "required":
        for name in value:
            if isinstance(instance, dict) and name not in instance:
                yield "", f"missing required field {name!r}", "required"
    elif keyword == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        for key in instance:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else f"; known fields: {', '.join(allowed)}"
                yield f"/{_escape(key)}", f"unknown field {_short(key)}{hint}", "unknown-field"
    elif keyword == "const":
        yield "", f"must be {_short(value)} (got {_short(instance)})", "const"
    elif keyword == "enum":
        choices = ", ".join(_short(choice) for choice in value)
        yield "", f"must be one of {choices} (got {_short(instance)})", "enum"
    elif keyword == "minimum":
        yield "", f"must be an integer >= {value} (got {_short(instance)})", "minimum"
    elif keyword == "minItems":
        yield "", f"must hold at least {value} item{'' if value == 1 else 's'} (got an empty array)", "min-items"
    elif keyword == "dependentRequired":
        for present, needed in value.items():
            for name in needed:
                if isinstance(instance, dict) and present in instance and name not in instance:
                    yield "", f"{present!r} and {name!r} must be given together or not at all", "together"
    elif keyword == "anyOf" and all(set(branch) == {"required"} for branch in value):
        names = [name for branch in value for name in branch["required"]]
        listed = ", ".join(repr(name) for name in names[:-1]) + f" or {names[-1]!r}"
        yield "", f"needs at least one of {listed}", "any-of"
    elif schema.get("title") in _DEFINITION_MESSAGES:
        message = _DEFINITION_MESSAGES[schema["title"]]
        if schema["title"] == "timestamp" and isinstance(instance, str) and _lacks_offset(instance):
            message = "must carry a UTC offset such as 'Z' or '+07:00' (a date-time without one is ambiguous)"
        yield "", f"{message} (got {_short(instance)})", keyword
    else:  # pragma: no cover - every keyword our schemas use is described above
        yield "", raw.message[:200], keyword


def _lacks_offset(value: str) -> bool:
    date, _, time = value.partition("T")
    return len(date) == 10 and bool(time) and not any(mark in time for mark in "Z+-")


# --------------------------------------------------------------------------- #
# Small helpers.
# --------------------------------------------------------------------------- #


def _escape(token: str) -> str:
    """One JSON pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def _sort_key(error: NewsSchemaError) -> tuple[tuple[tuple[int, int, str], ...], str]:
    """Pointer order, with array indexes compared as numbers (``/body/2`` before ``/body/10``)."""
    steps = (error.pointer or "").split("/")[1:]
    return tuple((0, int(step), "") if step.isdigit() else (1, 0, step) for step in steps), error.message


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        number = str(value)
        return f"the number {number if len(number) <= _SHORT else number[:_SHORT] + '…'}"
    if isinstance(value, str):
        return f"the string {_short(value)}"
    if isinstance(value, list):
        return f"an array of {len(value)} item{'' if len(value) == 1 else 's'}"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__  # pragma: no cover - JSON has no other values


def _article(expected: str | list[str]) -> str:
    names = {"string": "a string", "integer": "an integer", "array": "an array", "object": "an object"}
    if isinstance(expected, list):
        return " or ".join(names.get(kind, kind) for kind in expected)
    return names.get(expected, expected)


def _short(value: object) -> str:
    """A value as it appears in a message, cut to a readable length."""
    if isinstance(value, str):
        text = repr(value[:_SHORT])
        return text if len(value) <= _SHORT else f"{text[:-1]}…{text[-1]}"
    if isinstance(value, list | dict):
        return _kind(value)
    if value is None or isinstance(value, bool):
        return _kind(value)
    return str(value)
