"""The plain-text wire format: byte-exact round trips, and what reading finds.

Reading turns wire copy into an :class:`~newsschema.models.Article`: photo
captions and their credits, headline, bylines and sign-offs, the dateline,
body paragraphs, source lines and attributed quotes. Every text reads, and
writing what was read gives back the same bytes. Writing any model and reading
it back gives the same model: what plain copy cannot show travels in a
one-line header (``%newsschema {...}``) that appears only when needed.
See ``docs/text.md`` for the grammar, the header and the fidelity table.

>>> from newsschema import text
>>> article = text.read('Jakarta – "Kami siap," kata Budi.')
>>> article.dateline.place, article.quotes[0].speaker.text, article.quotes[0].cue.text
('Jakarta', 'Budi', 'kata')
>>> text.write(article)
'Jakarta – "Kami siap," kata Budi.'
"""

from __future__ import annotations

import codecs
import contextvars
import json
from collections.abc import Callable, Iterator
from typing import Any, Literal, TypeVar, overload

import attrs

from newsschema.errors import NewsSchemaError, ReadError, ReadWarning, ValidationError, WriteError, warn
from newsschema.limits import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_ITEMS,
    check_bytes,
    check_items,
    text_size,
)
from newsschema.models import Article, AttributedQuote, Item, PhotoCaption, SourceCredit
from newsschema.plain import from_plain, to_plain
from newsschema.text._cues import CUE_TABLES, CueTable, cue_table_for
from newsschema.text._quotes import find_quotes
from newsschema.text._wire import (
    HEADER_PREFIX as _HEADER_PREFIX,
)
from newsschema.text._wire import (
    layout_of,
    parse_article,
    parse_caption,
    parse_source,
    render_article,
    render_caption,
    render_source,
)

__all__ = [
    "CUE_TABLES",
    "HEADER_PREFIX",
    "MEDIA_TYPE",
    "NAME",
    "CueTable",
    "cue_table_for",
    "extract_quotes",
    "iter_errors",
    "read",
    "write",
]

NAME = "text"
MEDIA_TYPE = "text/plain; charset=utf-8"
HEADER_PREFIX = _HEADER_PREFIX
"""The first line of a header block: this prefix, then canonical JSON, then ``\\n``."""

M = TypeVar("M", bound=Item)


# --------------------------------------------------------------------------- #
# Decoding.
# --------------------------------------------------------------------------- #


class _Positions:
    """1-based line and column (in characters) of increasing byte offsets, in one pass over the data."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.offset = 0
        self.line = 1
        self.column = 1

    def at(self, offset: int) -> tuple[int, int]:
        chunk = self.data[self.offset : offset]
        if self.offset and self.data[self.offset - 1 : self.offset] == b"\r" and chunk.startswith(b"\n"):
            chunk = chunk[1:]  # the second half of a CRLF that the previous step ended inside
        breaks = chunk.count(b"\n") + chunk.count(b"\r") - chunk.count(b"\r\n")
        if breaks:
            self.line += breaks
            last = max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
            self.column = len(chunk[last + 1 :].decode("utf-8", "replace")) + 1
        else:
            self.column += len(chunk.decode("utf-8", "replace"))
        self.offset = offset
        return self.line, self.column


_FAULTS: contextvars.ContextVar[list[tuple[int, int, str]]] = contextvars.ContextVar("newsschema_text_faults")


def _record_fault(exc: UnicodeError) -> tuple[str, int]:
    """Decode error handler: note the fault, put U+FFFD in its place, go on (one pass, linear time)."""
    assert isinstance(exc, UnicodeDecodeError)
    _FAULTS.get().append((exc.start, exc.end, exc.reason))
    return "\ufffd", exc.end


codecs.register_error("newsschema-text-record", _record_fault)


def _decode_recording(raw: bytes) -> tuple[str, list[tuple[int, int, str]]]:
    """The text with U+FFFD for each invalid sequence, and the (start, end, reason) of each."""
    faults: list[tuple[int, int, str]] = []
    token = _FAULTS.set(faults)
    try:
        text = raw.decode("utf-8", "newsschema-text-record")
    finally:
        _FAULTS.reset(token)
    return text, faults


def _decoding_errors(data: bytes, source: str | None) -> Iterator[ReadError]:
    _, faults = _decode_recording(data)
    positions = _Positions(data)
    for start, end, reason in faults:
        line, column = positions.at(start)
        yield ReadError(
            f"invalid UTF-8 at byte {start} ({data[start:end].hex(' ')}): {reason}; plain text must be UTF-8",
            format=NAME,
            line=line,
            column=column,
            source=source,
            code="encoding",
        )


def _decode(
    data: str | bytes,
    source: str | None,
    *,
    encoding_errors: str = "strict",
    on_warning: Callable[[ReadWarning], None] | None = None,
) -> str:
    if isinstance(data, str):
        try:
            data.encode("utf-8")
        except UnicodeEncodeError as exc:
            line = data.count("\n", 0, exc.start) + 1
            column = exc.start - (data.rfind("\n", 0, exc.start) + 1) + 1
            raise ReadError(
                f"lone surrogate U+{ord(data[exc.start]):04X} at character {exc.start}: no encoding can carry it",
                format=NAME,
                line=line,
                column=column,
                source=source,
                code="encoding",
            ) from None
        return data
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    if encoding_errors not in ("strict", "replace"):
        raise ValueError(f"encoding_errors must be 'strict' or 'replace' (got {encoding_errors!r})")
    raw = bytes(data)
    text, faults = _decode_recording(raw)
    if not faults:
        return text
    errors = _decoding_errors(raw, source)
    if encoding_errors == "strict":
        raise next(errors)
    first = next(errors)
    more = f" and {len(faults) - 1} more" if len(faults) > 1 else ""
    warn(
        first.replace(
            message=f"{first.message}; replaced with U+FFFD{more} (encoding_errors='replace'): "
            "writing the item back will not give the original bytes"
        ),
        on_warning,
    )
    return text


# --------------------------------------------------------------------------- #
# Copy: what each model looks like as plain text.
# --------------------------------------------------------------------------- #


def _render_copy(item: Item) -> str:
    if isinstance(item, Article):
        return render_article(item)
    if isinstance(item, PhotoCaption):
        return render_caption(item)
    if isinstance(item, SourceCredit):
        return render_source(item)
    if isinstance(item, AttributedQuote):
        words = "“" + item.text + "”"
        if item.cue is not None and item.speaker is not None:
            words += f" {item.cue.text} {item.speaker.text}"
        return words
    raise WriteError(f"the text format cannot write a {type(item).__name__}", format=NAME, code="unknown-model")


_LAST_READ: list[tuple[str, CueTable, Article]] = []  # write() right after read() reuses the parse


def _read_copy(text: str, model: type[M], cues: CueTable) -> M:
    if model is Article:
        for seen_text, seen_cues, seen in _LAST_READ:
            if seen_cues is cues and seen_text == text:
                return seen  # type: ignore[return-value]
        article = parse_article(text, cues)
        _LAST_READ[:] = [(text, cues, article)]
        return article  # type: ignore[return-value]
    if model is PhotoCaption:
        parsed = parse_caption(text)
        return (parsed[0] if parsed else PhotoCaption(text=text)) if text else PhotoCaption()  # type: ignore[return-value]
    if model is SourceCredit:
        source = parse_source(text)
        if source is not None:
            return source  # type: ignore[return-value]
        if not text.strip():
            raise ValidationError(
                "a source credit needs a party: the text is empty", format=NAME, line=1, column=1, code="empty"
            )
        return SourceCredit(party=text)  # type: ignore[return-value]
    if model is AttributedQuote:
        quotes = find_quotes((text,), cues)
        if not quotes:
            raise ValidationError("no quotation found in the text", format=NAME, line=1, column=1, code="no-quote")
        return quotes[0]  # type: ignore[return-value]
    raise TypeError(f"model must be one of Article, PhotoCaption, AttributedQuote, SourceCredit (got {model!r})")


def _literal(item: Item) -> bool:
    """Whether an Article read from text that only looked like it had a header says so in its layout."""
    return isinstance(item, Article) and layout_of(item).get("lit") is True


def _difference(item: Item, copy: Item) -> dict[str, Any]:
    """The fields of ``item`` that reading its copy does not give back, in plain form."""
    return {
        field.name: to_plain(getattr(item, field.name))
        for field in attrs.fields(type(item))
        if getattr(item, field.name) != getattr(copy, field.name)
    }


def _apply(copy: Item | None, header: dict[str, Any], model: type[M]) -> M:
    plain = to_plain(copy) if copy is not None else {}
    for name, value in header.items():
        if value is None:
            plain.pop(name, None)
        else:
            plain[name] = value
    return from_plain(plain, model)


def _header(text: str, model: type[M], cues: CueTable, options: dict[str, Any]) -> M | None:
    """The item a header block describes, if ``text`` starts with a valid one we would write."""
    if not text.startswith(HEADER_PREFIX):
        return None
    newline = text.find("\n")
    if newline < 0:
        return None
    try:
        header = json.loads(text[len(HEADER_PREFIX) : newline])
        if not isinstance(header, dict):
            return None
        try:
            copy: Item | None = _read_copy(text[newline + 1 :], model, cues)
        except NewsSchemaError:
            copy = None  # the copy is no such item (a quote without marks): the header holds every field
        item = _apply(copy, header, model)
    except (ValueError, RecursionError, NewsSchemaError):  # a header nested too deeply is no header we wrote
        return None
    return item if write(item, **options) == text else None


# --------------------------------------------------------------------------- #
# The verbs.
# --------------------------------------------------------------------------- #


@overload
def read(
    data: str | bytes,
    model: type[Article] = ...,
    *,
    source: str | None = None,
    on_warning: Callable[[ReadWarning], None] | None = None,
    language: str | None = None,
    cues: CueTable | None = None,
    encoding_errors: Literal["strict", "replace"] = "strict",
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
    language: str | None = None,
    cues: CueTable | None = None,
    encoding_errors: Literal["strict", "replace"] = "strict",
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
    language: str | None = None,
    cues: CueTable | None = None,
    encoding_errors: Literal["strict", "replace"] = "strict",
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
    language: str | None = None,
    cues: CueTable | None = None,
    encoding_errors: Literal["strict", "replace"] = "strict",
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> Any:
    """Read plain-text wire copy (``str``, or UTF-8 ``bytes``) into ``model``.

    Every text reads as an Article (also with ``model=None``, "the model the
    document holds"); ``write`` gives its bytes back. ``language``
    picks the cue table (default: every language's cues), ``cues`` replaces
    it. Invalid UTF-8 raises :class:`~newsschema.errors.ReadError` naming the
    byte offset, line and column; with ``encoding_errors="replace"`` (the
    lenient mode) each invalid sequence becomes U+FFFD and one warning goes
    to ``on_warning`` (writing such an item does not give the original bytes
    back). ``max_bytes`` bounds the UTF-8 size and ``max_items`` the number
    of lines (:mod:`newsschema.limits`); plain text does not nest, so
    ``max_depth`` is accepted for a uniform signature and has nothing to
    bound.

    >>> read(b"caf\\xe9", encoding_errors="replace", on_warning=lambda warning: None).body
    ('caf\\ufffd',)

    >>> article = read(b"Jakarta \\xe2\\x80\\x93 Harga beras naik lagi di pasar, menurut BPS.")
    >>> article.dateline.printed, article.quotes[0].speaker.text
    ('Jakarta –', 'BPS')
    >>> read("(Sumber Antaranews)", SourceCredit).party
    'Antaranews'
    """
    del max_depth  # plain text does not nest
    if model is None:
        model = Article
    check_bytes(text_size(data, max_bytes), max_bytes, format=NAME, source=source)
    text = _decode(data, source, encoding_errors=encoding_errors, on_warning=on_warning)
    _check_lines(text, max_items, source)
    table = cues if cues is not None else cue_table_for(language)
    if model not in (Article, PhotoCaption, AttributedQuote, SourceCredit):
        raise TypeError(f"model must be one of Article, PhotoCaption, AttributedQuote, SourceCredit (got {model!r})")
    item = _header(text, model, table, {"language": language, "cues": cues})
    if item is not None:
        return item
    if text.startswith(HEADER_PREFIX):
        warn(
            ReadError(
                "the first line looks like a newsschema header but does not describe this text; read as text",
                format=NAME,
                line=1,
                column=1,
                source=source,
                code="header-ignored",
            ),
            on_warning,
        )
    try:
        return _read_copy(text, model, table)
    except ValidationError as error:
        raise (error.with_source(source) if source else error) from None


def _check_lines(text: str, max_items: int, source: str | None) -> None:
    lines = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    if lines > max_items:
        check_items(lines, max_items, format=NAME, source=source, line=max_items + 1, column=1)


def write(item: Item, *, metadata: bool = True, language: str | None = None, cues: CueTable | None = None) -> str:
    """Write ``item`` as plain text; reading the result gives ``item`` back.

    The copy comes first-class; fields the copy cannot show go into a one-line
    header ``%newsschema {...}`` (canonical JSON of their plain form), which is
    written only when needed. ``metadata=False`` writes the copy alone.
    ``language`` and ``cues`` are the reading options the text will be read
    with: pass the ones given to :func:`read`, so that
    ``write(read(x, language="en"), language="en") == x``.

    >>> from newsschema.models import Article
    >>> write(Article(body=("Hello.",)))
    'Hello.'
    >>> write(Article(guid="urn:x", body=("Hello.",)))
    '%newsschema {"guid":"urn:x"}\\nHello.'
    >>> write(Article(guid="urn:x", body=("Hello.",)), metadata=False)
    'Hello.'
    """
    copy_text = _render_copy(item)
    if not metadata:
        return copy_text
    try:
        copy = _read_copy(copy_text, type(item), cues if cues is not None else cue_table_for(language))
        header = _difference(item, copy)
    except NewsSchemaError:
        header = {field.name: to_plain(getattr(item, field.name)) for field in attrs.fields(type(item))}
    if not header and (not copy_text.startswith(HEADER_PREFIX) or _literal(item)):
        return copy_text
    line = json.dumps(header, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return f"{HEADER_PREFIX}{line}\n{copy_text}"


def iter_errors(
    data: str | bytes,
    model: type[Item] | None = Article,
    *,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> Iterator[NewsSchemaError]:
    """Every problem in ``data`` read as ``model``; empty when it reads.

    >>> list(iter_errors("Any text reads."))
    []
    >>> [error.code for error in iter_errors(b"caf\\xe9 \\xff")]
    ['encoding', 'encoding']
    """
    try:
        check_bytes(text_size(data, max_bytes), max_bytes, format=NAME, source=source)
    except NewsSchemaError as error:
        yield error
        return
    if isinstance(data, bytes | bytearray | memoryview):
        errors = list(_decoding_errors(bytes(data), source))
        if errors:
            yield from errors
            return
    try:
        read(
            data,
            model,
            source=source,
            on_warning=lambda _: None,
            max_bytes=max_bytes,
            max_depth=max_depth,
            max_items=max_items,
        )
    except NewsSchemaError as error:
        yield error


def extract_quotes(
    text: str, *, language: str | None = None, cues: CueTable | None = None
) -> tuple[AttributedQuote, ...]:
    """The attributed quotes of ``text``, positioned in the body that :func:`read` gives.

    >>> [quote.cue.text for quote in extract_quotes('"Kami siap," ujarnya.', language="id")]
    ['ujarnya']
    """
    table = cues if cues is not None else cue_table_for(language)
    return read(text, language=language, cues=table).quotes
