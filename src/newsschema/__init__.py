"""newsschema: typed news models and lossless JSON, NewsML-G2 and plain-text converters.

>>> import newsschema as ns
>>> article = ns.Article(headline="Putin visits Pyongyang", language="en", body=("First paragraph.",))
>>> ns.json.read(ns.json.write(article)) == article
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsschema.errors import (
    InvalidModelError,
    LimitExceededError,
    NewsSchemaError,
    NewsSchemaWarning,
    ReadError,
    ReadWarning,
    UnknownFormatError,
    ValidationError,
    WriteError,
)
from newsschema.formats import FORMATS, Format, convert, detect_format, get_format
from newsschema.models import (
    MODELS,
    Article,
    AttributedQuote,
    Byline,
    BylinePosition,
    Contributor,
    CreditRole,
    Dateline,
    Extension,
    ImageRef,
    Item,
    PhotoCaption,
    QuoteKind,
    Rights,
    SourceCredit,
    Span,
    Subject,
    Timestamp,
)
from newsschema.schemas import schema_for

if TYPE_CHECKING:
    from newsschema import json, newsml, text

__version__ = "0.1.0"

__all__ = [
    "FORMATS",
    "MODELS",
    "Article",
    "AttributedQuote",
    "Byline",
    "BylinePosition",
    "Contributor",
    "CreditRole",
    "Dateline",
    "Extension",
    "Format",
    "ImageRef",
    "InvalidModelError",
    "Item",
    "LimitExceededError",
    "NewsSchemaError",
    "NewsSchemaWarning",
    "PhotoCaption",
    "QuoteKind",
    "ReadError",
    "ReadWarning",
    "Rights",
    "SourceCredit",
    "Span",
    "Subject",
    "Timestamp",
    "UnknownFormatError",
    "ValidationError",
    "WriteError",
    "__version__",
    "convert",
    "detect_format",
    "get_format",
    "json",
    "newsml",
    "schema_for",
    "text",
]

_FORMAT_MODULES = frozenset({"json", "newsml", "text"})


def __getattr__(name: str) -> Any:
    # Format modules load on first use: `import newsschema` stays light.
    if name in _FORMAT_MODULES:
        return importlib.import_module(f"newsschema.{name}")
    raise AttributeError(f"module 'newsschema' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
