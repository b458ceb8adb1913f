"""Safe, lenient parsing of NewsML-G2 documents."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from newsschema.errors import LimitExceededError, ReadError, ReadWarning
from newsschema.limits import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_ITEMS,
    check_bytes,
    check_depth,
    check_items,
)

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_DEPTH", "DEFAULT_MAX_ITEMS", "parse"]

NAME = "newsml"
Warn = Callable[[ReadWarning], None]

_DECLARATION = re.compile(rb"^(\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


def _parser(encoding: str | None = None) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=False,
        encoding=encoding,
    )


def _warning(message: str, code: str, source: str | None, line: int | None = None) -> ReadWarning:
    return ReadWarning(ReadError(message, format=NAME, source=source, line=line, code=code))


def parse(
    data: str | bytes,
    *,
    source: str | None,
    warn: Warn,
    max_bytes: int,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> Any:
    """Parse ``data`` into an lxml tree; refuse DTDs, input over a limit and broken XML."""
    if isinstance(data, str):
        check_bytes(len(data), max_bytes, format=NAME, source=source)  # characters: a lower bound of the bytes
        try:
            raw = data.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ReadError(
                f"lone surrogate U+{ord(data[exc.start]):04X} at character {exc.start}: no encoding can carry it",
                format=NAME,
                source=source,
                line=data.count("\n", 0, exc.start) + 1,
                column=exc.start - data.rfind("\n", 0, exc.start),
                code="encoding",
            ) from None
    elif isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
    else:
        raise ReadError(f"expected str or bytes, got {type(data).__name__}", format=NAME, source=source, code="type")
    check_bytes(len(raw), max_bytes, format=NAME, source=source)
    # Every element starts with "<" (the byte is "<" in UTF-16 too): an upper bound, counted in C.
    check_items(raw.count(b"<") - raw.count(b"</"), max_items, format=NAME, source=source)
    doctype = _DOCTYPE.search(raw)
    if doctype is not None:
        line = raw.count(b"\n", 0, doctype.start()) + 1
        raise ReadError(
            "DOCTYPE declarations are refused (no DTDs, no entities)",
            format=NAME,
            source=source,
            line=line,
            column=doctype.start() - raw.rfind(b"\n", 0, doctype.start()),
            code="doctype",
        )
    encoding: str | None = None
    if isinstance(data, str):
        encoding = "utf-8"  # the declaration names the original bytes, not this text
    else:
        declared = _DECLARATION.match(raw)
        if declared is not None:
            name = declared.group(2).decode("ascii").lower()
            if name.replace("_", "-") not in ("utf-8", "utf8") and not raw.isascii():
                # Real feeds declare ISO-8859-1 for UTF-8 bytes: trust bytes that are valid UTF-8.
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError:
                    pass
                else:
                    warn(
                        _warning(
                            f"declared encoding {name!r} but the bytes are UTF-8; read as UTF-8", "encoding", source
                        )
                    )
                    encoding = "utf-8"
            elif name.replace("_", "-") in ("utf-8", "utf8"):
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    warn(
                        _warning(
                            f"declared UTF-8 but byte {exc.start} is not UTF-8; read as windows-1252",
                            "encoding",
                            source,
                        )
                    )
                    encoding = "windows-1252"
    try:
        root = etree.fromstring(raw, _parser(encoding))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        if "Excessive depth" in exc.msg:  # libxml2 stops at 256 levels without huge_tree
            check_depth(257, min(max_depth, 256), format=NAME, source=source, line=line, column=column)
        if "Resource limit exceeded" in exc.msg or "too long" in exc.msg:
            raise LimitExceededError(
                f"a text node, attribute or name is longer than the XML parser reads without huge_tree "
                f"(10,000,000 characters); this limit cannot be raised ({exc.msg})",
                format=NAME,
                source=source,
                line=line,
                column=column,
                code="max-bytes",
            ) from None
        raise ReadError(
            f"not well-formed XML: {exc.msg}", format=NAME, source=source, line=line, column=column, code="syntax"
        ) from None
    docinfo: Any = root.getroottree().docinfo
    if docinfo.doctype:
        raise ReadError("DOCTYPE declarations are refused", format=NAME, source=source, code="doctype")
    _check_depth(root, max_depth, source)
    for node in (*root.itersiblings(preceding=True), *root.itersiblings()):
        kind = "comment" if node.tag is etree.Comment else "processing instruction"
        warn(_warning(f"{kind} outside the root element dropped", "outside-root", source, node.sourceline))
    return root


def _check_depth(root: Any, max_depth: int, source: str | None) -> None:
    """Refuse a tree that nests deeper than ``max_depth`` (libxml2 itself stops at 256)."""
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth > max_depth:
                check_depth(depth, max_depth, format=NAME, source=source, line=element.sourceline)
        else:
            depth -= 1
