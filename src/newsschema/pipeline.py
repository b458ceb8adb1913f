"""Validate wire items at pipeline scale: the engine behind ``newsschema validate``.

Three steps, each usable on its own:

* :func:`iter_sources` turns paths (files, directories, ``-`` for stdin) into
  :class:`RawItem` s lazily: one per file, one per NDJSON line, one per item of
  a NewsML-G2 ``newsMessage``;
* :func:`check` checks one item and returns an :class:`ItemResult`;
* :func:`run` checks a stream of items, in parallel processes when asked,
  yielding results in input order with a bounded number in flight, so memory
  stays flat however many items a run holds.

>>> from newsschema.pipeline import Checks, check
>>> result = check(b'{"type": "article", "language": "id"}', source="a.json")
>>> result.verdict.value, result.format
('valid', 'json')
>>> check(b'{"type": "article", "language": "id_ID"}', source="b.json").errors[0].pointer
'/language'
>>> check(b'{"type": "article"}', checks=Checks(require=("language",))).errors[0].code
'required'

Nothing here holds global mutable state, and every result pickles.
"""

from __future__ import annotations

import concurrent.futures
import enum
import fnmatch
import importlib
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import attrs

from newsschema.errors import NewsSchemaError, ReadWarning, ValidationError
from newsschema.formats import detect_format, get_format
from newsschema.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ITEMS
from newsschema.models import MODELS, Article, Item, PhotoCaption
from newsschema.schemas import is_valid

__all__ = [
    "HOUSE_RULES",
    "Checks",
    "ItemResult",
    "RawItem",
    "Verdict",
    "check",
    "iter_sources",
    "read_bounded",
    "run",
]


class Verdict(enum.StrEnum):
    """The outcome for one item."""

    VALID = "valid"
    INVALID = "invalid"
    """Read, but breaks the schema, the XSD, a model invariant, a house rule, or (strict) has warnings."""
    UNREADABLE = "unreadable"
    """Could not be read at all: broken syntax, bad encoding, over a limit."""


@attrs.frozen(kw_only=True)
class RawItem:
    """One item's bytes and where they came from.

    ``index`` is the item's place inside its source (the 1-based NDJSON line,
    or the 0-based position in a ``newsMessage``); ``None`` for a whole file.
    """

    source: str
    data: bytes
    index: int | None = None
    format: str | None = None
    """The format, when the source fixes it (NDJSON lines are JSON)."""
    first_line: int = 1
    """The line of the source on which the item starts, so errors name lines of the source."""


@attrs.frozen(kw_only=True)
class ItemResult:
    """What checking one item found."""

    source: str
    index: int | None
    format: str | None
    verdict: Verdict
    errors: tuple[NewsSchemaError, ...] = ()
    warnings: tuple[NewsSchemaError, ...] = ()
    converted: str | None = None
    """The item written in :attr:`Checks.convert_to`, when valid and asked for."""

    @property
    def valid(self) -> bool:
        """Whether the item passed every check."""
        return self.verdict is Verdict.VALID

    def to_report(self) -> dict[str, Any]:
        """The result as one JSON-ready object (``--report json``)."""
        return {
            "source": self.source,
            "index": self.index,
            "format": self.format,
            "verdict": self.verdict.value,
            "errors": [_problem(error) for error in self.errors],
            "warnings": [_problem(warning) for warning in self.warnings],
        }


def _problem(error: NewsSchemaError) -> dict[str, Any]:
    fields: dict[str, Any] = {"code": error.code or type(error).__name__, "message": error.message}
    for key in ("pointer", "line", "column"):
        value = getattr(error, key)
        if value is not None:
            fields[key] = value
    return fields


# --------------------------------------------------------------------------- #
# House rules (--require).
# --------------------------------------------------------------------------- #


def _photos(item: Item) -> list[tuple[str, PhotoCaption]]:
    if isinstance(item, PhotoCaption):
        return [("", item)]
    if isinstance(item, Article):
        return [(f"/captions/{index}", caption) for index, caption in enumerate(item.captions)]
    return []


def _require_caption(item: Item) -> Iterator[tuple[str, str]]:
    for pointer, photo in _photos(item):
        if not photo.text.strip():
            yield f"{pointer}/text", "every photo needs a caption"


def _require_credit(item: Item) -> Iterator[tuple[str, str]]:
    for pointer, photo in _photos(item):
        if photo.credit is None and not photo.credited and not photo.extra_credits:
            yield f"{pointer}/credit", "every photo needs a credit"


def _require_source(item: Item) -> Iterator[tuple[str, str]]:
    if isinstance(item, Article) and not item.sources:
        yield "/sources", "the article needs a source credit"


def _require_language(item: Item) -> Iterator[tuple[str, str]]:
    if isinstance(item, Article | PhotoCaption) and item.language is None:
        yield "/language", "the item needs a language"


def _require_field(name: str) -> Callable[[Item], Iterator[tuple[str, str]]]:
    def rule(item: Item) -> Iterator[tuple[str, str]]:
        if isinstance(item, Article) and not getattr(item, name):
            yield f"/{name}", f"the article needs a {name}"

    return rule


HOUSE_RULES: dict[str, Callable[[Item], Iterator[tuple[str, str]]]] = {
    "caption": _require_caption,
    "credit": _require_credit,
    "source": _require_source,
    "language": _require_language,
    "headline": _require_field("headline"),
    "byline": _require_field("bylines"),
    "dateline": _require_field("dateline"),
}
"""Rules that ``--require`` can add, by name: a caption and a credit on every photo, a source credit,
a language, a headline, a byline, a dateline."""


@attrs.frozen(kw_only=True)
class Checks:
    """What "valid" means for a run. Every layer is optional but reading.

    Args:
        model: the model every item must read into; ``None`` (the default) reads each item as the model it
            holds (a JSON ``"type"``, a picture item as a PhotoCaption, text as an Article).
        format: force one format instead of recognising it per item.
        xsd_dir: validate NewsML-G2 items against the official XSD in this folder.
        strict: reader warnings (tolerated faults in agency XML, say) count as errors.
        require: house rules by name, from :data:`HOUSE_RULES`.
        convert_to: write every valid item in this format (:attr:`ItemResult.converted`).
        max_bytes, max_depth, max_items: the readers' limits (:mod:`newsschema.limits`).
    """

    model: type[Item] | None = None
    format: str | None = None
    xsd_dir: str | None = None
    strict: bool = False
    require: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    convert_to: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH
    max_items: int = DEFAULT_MAX_ITEMS

    def limits(self) -> dict[str, int]:
        """The limits as keyword arguments for a reader's ``read`` and ``iter_errors``."""
        return {"max_bytes": self.max_bytes, "max_depth": self.max_depth, "max_items": self.max_items}

    def __attrs_post_init__(self) -> None:
        unknown = sorted(set(self.require) - set(HOUSE_RULES))
        if unknown:
            raise ValueError(f"unknown house rule(s) {', '.join(unknown)}; known: {', '.join(HOUSE_RULES)}")
        for name in (self.format, self.convert_to):
            if name is not None:
                get_format(name)


def check(
    data: bytes | str, *, source: str = "<memory>", index: int | None = None, checks: Checks = Checks()
) -> ItemResult:
    """Check one item against every layer that ``checks`` selects."""
    format_name = checks.format or detect_format(data)
    fmt = get_format(format_name)
    warnings: list[NewsSchemaError] = []

    def collect(warning: ReadWarning) -> None:
        warnings.append(warning.error)

    def result(verdict: Verdict, errors: Sequence[NewsSchemaError] = (), converted: str | None = None) -> ItemResult:
        return ItemResult(
            source=source,
            index=index,
            format=format_name,
            verdict=verdict,
            errors=tuple(errors),
            warnings=tuple(warnings) if not checks.strict else (),
            converted=converted,
        )

    try:
        item = fmt.read(data, checks.model, source=source, on_warning=collect, **checks.limits())
    except ValidationError:
        found = list(fmt.iter_errors(data, checks.model, source=source, **checks.limits()))
        return result(Verdict.INVALID, found or _reread_error(fmt, data, checks, source))
    except NewsSchemaError as error:
        return result(Verdict.UNREADABLE, [error])

    errors: list[NewsSchemaError] = []
    if checks.xsd_dir is not None and format_name == "newsml":
        newsml = importlib.import_module("newsschema.newsml")
        errors.extend(newsml.iter_xsd_errors(data, xsd_dir=checks.xsd_dir))
    if checks.strict:
        errors.extend(warnings)
    for rule in checks.require:
        for pointer, message in HOUSE_RULES[rule](item):
            errors.append(ValidationError(message, format=format_name, pointer=pointer, source=source, code="required"))
    if errors:
        return result(Verdict.INVALID, errors)
    converted = None
    if checks.convert_to is not None:
        try:
            converted = get_format(checks.convert_to).write(item)
        except NewsSchemaError as error:
            return result(Verdict.INVALID, [error])
    return result(Verdict.VALID, converted=converted)


def _reread_error(fmt: Any, data: bytes | str, checks: Checks, source: str) -> list[NewsSchemaError]:
    # iter_errors found nothing although read failed: report read's own error.
    try:
        fmt.read(data, checks.model, source=source, on_warning=lambda _: None, **checks.limits())
    except NewsSchemaError as error:
        return [error]
    return []  # pragma: no cover - read succeeded the second time


# --------------------------------------------------------------------------- #
# Sources.
# --------------------------------------------------------------------------- #


def _matches(path: Path, patterns: Sequence[str]) -> bool:
    text = path.as_posix()
    return any(fnmatch.fnmatch(text, pattern) or fnmatch.fnmatch(path.name, pattern) for pattern in patterns)


def _files(name: str, include: Sequence[str], exclude: Sequence[str]) -> Iterator[Path]:
    path = Path(name)
    if not path.is_dir():
        yield path  # a named file is always checked; a missing one raises when opened
        return
    for child in sorted(path.rglob("*")):
        if not child.is_file():
            continue
        if include and not _matches(child, include):
            continue
        if exclude and _matches(child, exclude):
            continue
        yield child


def read_bounded(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """At most ``max_bytes + 1`` bytes of ``stream``: enough for a reader to refuse an input over the limit.

    >>> import io
    >>> read_bounded(io.BytesIO(b"abcdef"), max_bytes=3)
    b'abcd'
    """
    return stream.read(max_bytes + 1)


def _ndjson_lines(stream: BinaryIO, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawItem]:
    """One item per non-blank line; a line over ``max_bytes`` is cut (the reader then refuses it) and skipped."""
    number = 0
    while line := stream.readline(max_bytes + 2):
        number += 1
        if len(line) > max_bytes + 1 and not line.endswith(b"\n"):
            while (rest := stream.readline(65536)) and not rest.endswith(b"\n"):
                pass  # the rest of an oversize line is never held in memory
            line = line[: max_bytes + 1]
        content = line.rstrip(b"\r\n")
        if content.strip():
            yield RawItem(source=source, data=content, index=number, format="json", first_line=number)


def _split_message(data: bytes, source: str) -> Iterator[RawItem]:
    """One item per item of a newsMessage; the whole file when it is anything else."""
    if detect_format(data) == "newsml" and b"newsMessage" in data[:65536]:
        newsml = importlib.import_module("newsschema.newsml")
        split = getattr(newsml, "split_message", None)
        if split is not None:
            try:
                parts: list[bytes] = split(data)
            except NewsSchemaError:
                parts = []  # unreadable: reported once, as the whole file
            if len(parts) > 0:
                for position, part in enumerate(parts):
                    yield RawItem(source=source, data=part, index=position, format="newsml")
                return
    yield RawItem(source=source, data=data)


def iter_sources(
    paths: Sequence[str],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    ndjson: bool = False,
    split_messages: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[RawItem]:
    """Every item under ``paths``, lazily; ``-`` reads stdin.

    With ``ndjson`` every non-blank line is one JSON item, streamed line by
    line (a file of any size is fine). ``OSError`` propagates for files that
    cannot be read. No more than ``max_bytes + 1`` bytes of a file or line
    are held: a larger input is cut there, and the reader refuses it with a
    :class:`~newsschema.errors.LimitExceededError`.
    """
    for name in paths:
        if name == "-":
            if ndjson:
                yield from _ndjson_lines(sys.stdin.buffer, "<stdin>", max_bytes)
            else:
                data = read_bounded(sys.stdin.buffer, max_bytes)
                yield from _split_message(data, "<stdin>") if split_messages else [RawItem(source="<stdin>", data=data)]
            continue
        for path in _files(name, include, exclude):
            if ndjson:
                with path.open("rb") as stream:
                    yield from _ndjson_lines(stream, str(path), max_bytes)
            else:
                with path.open("rb") as stream:
                    data = read_bounded(stream, max_bytes)
                if split_messages:
                    yield from _split_message(data, str(path))
                else:
                    yield RawItem(source=str(path), data=data)


# --------------------------------------------------------------------------- #
# Running many.
# --------------------------------------------------------------------------- #


def _check_raw(raw: RawItem, checks: Checks) -> ItemResult:
    if raw.format is not None and checks.format is None:
        checks = attrs.evolve(checks, format=raw.format)
    result = check(raw.data, source=raw.source, index=raw.index, checks=checks)
    one_line = raw.format == "json" and raw.index == raw.first_line  # an NDJSON line: faults without a line are on it
    if raw.first_line == 1 and not one_line:
        return result
    return attrs.evolve(
        result,
        errors=tuple(_shift(error, raw.first_line - 1, one_line) for error in result.errors),
        warnings=tuple(_shift(warning, raw.first_line - 1, one_line) for warning in result.warnings),
    )


def _shift(error: NewsSchemaError, lines: int, one_line: bool = False) -> NewsSchemaError:
    if error.line is None:
        return error.replace(line=lines + 1) if one_line else error
    return error.replace(line=error.line + lines)


def _warm_up(checks: Checks) -> None:
    """Load the formats and compile the schemas once, before the workers start.

    Workers forked from this process start warm instead of each paying the
    imports and schema compilation again (where processes are spawned, this
    costs the parent a fraction of a second and changes nothing else).
    """
    for name in (checks.format,) if checks.format else ("json", "newsml", "text"):
        get_format(name)
    for model in MODELS.values() if checks.model is None else (checks.model,):
        is_valid(model, {})


def _check_batch(batch: list[RawItem], checks: Checks) -> list[ItemResult]:
    return [_check_raw(raw, checks) for raw in batch]


def _batches(items: Iterable[RawItem], size: int) -> Iterator[list[RawItem]]:
    batch: list[RawItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    items: Iterable[RawItem],
    checks: Checks = Checks(),
    *,
    jobs: int | None = None,
    batch_size: int = 32,
) -> Iterator[tuple[RawItem, ItemResult]]:
    """Check every item, yielding ``(raw item, result)`` pairs in input order.

    ``jobs`` processes work in parallel (default: the CPU count; 1 runs in
    this process). At most a few batches per process are in flight at any
    time, so memory does not grow with the number of items.
    """
    workers = jobs or os.cpu_count() or 1
    if workers <= 1:
        for raw in items:
            yield raw, _check_raw(raw, checks)
        return
    window = workers * 4
    _warm_up(checks)
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[tuple[list[RawItem], concurrent.futures.Future[list[ItemResult]]]] = deque()
        for batch in _batches(items, batch_size):
            pending.append((batch, pool.submit(_check_batch, batch, checks)))
            if len(pending) >= window:
                done_batch, future = pending.popleft()
                yield from zip(done_batch, future.result(), strict=True)
        while pending:
            done_batch, future = pending.popleft()
            yield from zip(done_batch, future.result(), strict=True)
