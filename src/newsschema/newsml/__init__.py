"""NewsML-G2 2.35: write valid items, read what agencies send, lose nothing.

An :class:`~newsschema.models.Article` becomes a ``newsItem`` of class
``ninat:text`` with an inline NITF 3.6 body; a
:class:`~newsschema.models.PhotoCaption` a ``ninat:picture`` item.
Everything the standard has no slot for travels in ``<nsx:fields>``
(namespace ``urn:x-newsschema:ext:1``) at the end of ``contentMeta``, and
everything a real feed sends that no model field holds comes back as
``Extension(namespace="newsml", ...)`` and is written back in place.
See ``docs/newsml.md``.

>>> from newsschema import newsml
>>> from newsschema.models import Article
>>> article = Article(headline="Putin visits Pyongyang", language="en", body=("First.",))
>>> newsml.read(newsml.write(article)) == article
True
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterator
from copy import deepcopy
from typing import Any, TypeVar, overload

import attrs
from lxml import etree

from newsschema.errors import NewsSchemaError, ReadError, ReadWarning, ValidationError, WriteError
from newsschema.models import Article, Item, PhotoCaption
from newsschema.newsml._extensions import placeable
from newsschema.newsml._parse import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ITEMS, parse
from newsschema.newsml._read import Context, find_items, is_nar, natural_model, read_item
from newsschema.newsml._write import NAR, NSMAP, XML_LANG, build, nar
from newsschema.newsml._xsd import iter_schema_errors

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_ITEMS",
    "MEDIA_TYPE",
    "NAME",
    "iter_errors",
    "iter_xsd_errors",
    "read",
    "read_all",
    "split_message",
    "validate",
    "write",
    "write_items",
    "write_message",
]

NAME = "newsml"
MEDIA_TYPE = "application/vnd.iptc.g2.newsitem+xml"

M = TypeVar("M", Article, PhotoCaption, Any)


def _default_warn(warning: ReadWarning) -> None:
    warnings.warn(warning, stacklevel=4)


def _context(source: str | None, on_warning: Callable[[ReadWarning], None] | None) -> Context:
    return Context(on_warning or _default_warn, source)


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
    """Read one item of ``model`` from a ``newsItem``, ``packageItem`` or ``newsMessage``.

    From a message or package, ``model=Article`` gives the first text item;
    when it has no captions of its own, the captions of the message's picture
    items are attached. Other models take the first item of their kind, or
    the first item. ``model=None`` reads the first news item as the model it
    holds (a picture as a PhotoCaption).

    >>> read(write(Article(body=("Hello.",)))).body
    ('Hello.',)
    """
    ctx = _context(source, on_warning)
    root = parse(data, source=source, warn=ctx.warn, max_bytes=max_bytes, max_depth=max_depth, max_items=max_items)
    items = find_items(root, ctx)
    news_items = [entry for entry in items if etree.QName(entry[0]).localname == "newsItem"] or items
    chosen = next((entry for entry in news_items if natural_model(entry[0]) is model), news_items[0])
    result = read_item(chosen[0], model, ctx, chosen[1])
    if isinstance(result, Article) and len(items) > 1 and not result.captions:
        captions: list[Any] = [
            read_item(element, PhotoCaption, ctx, inherited)
            for element, inherited in items
            if element is not chosen[0] and natural_model(element) is PhotoCaption
        ]
        if captions:
            result = attrs.evolve(result, captions=tuple(captions))
    return result


def read_all(
    data: str | bytes,
    *,
    source: str | None = None,
    on_warning: Callable[[ReadWarning], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> list[Item]:
    """Every item of a document, each as its own model (pictures as PhotoCaption).

    >>> [type(item).__name__ for item in read_all(write_message(Article(guid="urn:a", body=("x",))))]
    ['Article', 'Article']
    """
    ctx = _context(source, on_warning)
    root = parse(data, source=source, warn=ctx.warn, max_bytes=max_bytes, max_depth=max_depth, max_items=max_items)
    return [read_item(element, None, ctx, inherited) for element, inherited in find_items(root, ctx)]


def split_message(
    data: str | bytes,
    *,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> list[bytes]:
    """The items of a ``newsMessage``, each as a standalone UTF-8 document.

    A document that is a single item comes back as it is. An item keeps the
    language it inherited from the message (``xml:lang`` is set on it); the
    message header stays behind. Pipelines use this to report and quarantine
    every item of a message on its own.

    >>> parts = split_message(write_message(Article(guid="urn:a", body=("x",))))
    >>> len(parts), parts[0].startswith(b"<?xml")
    (2, True)
    """
    ctx = _context(source, lambda _: None)
    root = parse(data, source=source, warn=ctx.warn, max_bytes=max_bytes, max_depth=max_depth, max_items=max_items)
    if not is_nar(root, "newsMessage"):
        return [data.encode("utf-8") if isinstance(data, str) else data]
    parts = []
    for element, _ in find_items(root, ctx):
        language = element.xpath("string(ancestor-or-self::*[@xml:lang][1]/@xml:lang)")
        copy = deepcopy(element)
        if language and copy.get(XML_LANG) is None:
            copy.set(XML_LANG, language)
        parts.append(etree.tostring(copy, xml_declaration=True, encoding="UTF-8"))
    return parts


def _serialize(root: Any) -> str:
    text: str = etree.tostring(root, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text


def write(item: Item) -> str:
    """One ``newsItem`` for ``item`` (deterministic, valid against the 2.35 XSD).

    ``newsml`` extensions are put back where they were read; when they no
    longer fit the model (it was edited), every extension travels in the
    ``nsx:fields`` area instead, so that reading gives the model back.

    >>> from newsschema.models import SourceCredit
    >>> read(write(SourceCredit(party="Antaranews")), SourceCredit).party
    'Antaranews'
    """
    return _serialize(_item_tree(item))


def _item_tree(item: Item) -> Any:
    placed = [extension for extension in item.extensions if placeable(extension)]
    tree = build(item, placed).finish()
    if placed and _read_back(tree, type(item)) != item:
        tree = build(item, []).finish()
    check = _read_back(tree, type(item))
    if check != item:
        raise WriteError(
            f"cannot write this {type(item).__name__} losslessly (fields that differ after reading back: "
            f"{', '.join(_differences(item, check))})",
            format=NAME,
            code="lossy",
        )
    return tree


def _read_back(tree: Any, model: type[Item]) -> Item | None:
    try:
        back: Item = read(_serialize(tree), model, on_warning=lambda _: None)
        return back
    except NewsSchemaError:
        return None


def _differences(item: Item, other: Item | None) -> list[str]:
    if other is None:
        return ["<unreadable>"]
    return [f.name for f in attrs.fields(type(item)) if getattr(item, f.name) != getattr(other, f.name)]


def _with_picture_guids(article: Article) -> Article:
    base = article.guid or "urn:x-newsschema:item"
    captions = tuple(
        caption if caption.guid is not None else attrs.evolve(caption, guid=f"{base}:picture:{number}")
        for number, caption in enumerate(article.captions, 1)
    )
    return attrs.evolve(article, captions=captions)


def write_items(article: Article) -> list[str]:
    """The article and each of its pictures as separate items, linked by guid.

    Pictures without a guid get ``<article guid>:picture:<n>``. The first
    document is the article (its captions name the pictures' guids).

    >>> len(write_items(Article(guid="urn:a", body=("x",))))
    1
    """
    linked = _with_picture_guids(article)
    return [write(linked), *(write(caption) for caption in linked.captions)]


def write_message(article: Article, *, sent: str | None = None) -> str:
    """One ``newsMessage``: a ``packageItem`` tying the items, the article, its pictures.

    ``sent`` defaults to the article's ``version_created`` (or 1970-01-01T00:00:00Z)
    so that the output is deterministic.

    >>> "<newsMessage" in write_message(Article(guid="urn:a", body=("x",)))
    True
    """
    linked = _with_picture_guids(article)
    message = etree.Element(f"{{{NAR}}}newsMessage", nsmap=NSMAP)
    header = etree.SubElement(message, f"{{{NAR}}}header")
    stamp = sent or (
        article.version_created.value
        if article.version_created is not None and "T" in article.version_created.value
        else "1970-01-01T00:00:00Z"
    )
    header.append(nar("sent", stamp))
    item_set = etree.SubElement(message, f"{{{NAR}}}itemSet")
    item_set.append(_package(linked))
    item_set.append(_item_tree(linked))
    for caption in linked.captions:
        item_set.append(_item_tree(caption))
    return _serialize(message)


def _package(article: Article) -> Any:
    guid = article.guid or "urn:x-newsschema:item"
    package = nar(
        "packageItem", guid=f"{guid}:package", standard="NewsML-G2", standardversion="2.35", conformance="power"
    )
    package.append(nar("catalogRef", href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"))
    meta = etree.SubElement(package, f"{{{NAR}}}itemMeta")
    meta.append(nar("itemClass", qcode="ninat:composite"))
    meta.append(nar("provider", uri="urn:x-newsschema:provider:unspecified"))
    meta.append(nar("versionCreated", "1970-01-01T00:00:00Z"))
    group_set = etree.SubElement(package, f"{{{NAR}}}groupSet", root="G1")
    group = etree.SubElement(group_set, f"{{{NAR}}}group", id="G1", role="group:main")
    refs = [(guid, "ninat:text")] + [(c.guid or "", "ninat:picture") for c in article.captions]
    for residref, item_class in refs:
        ref = etree.SubElement(group, f"{{{NAR}}}itemRef", residref=residref)
        ref.append(nar("itemClass", qcode=item_class))
    return package


def iter_errors(
    data: str | bytes,
    model: type[Item] | None = Article,
    *,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> Iterator[NewsSchemaError]:
    """Every problem in ``data``: an unreadable document gives one error, tolerated faults one each.

    >>> list(iter_errors(write(Article(body=("x",)))))
    []
    >>> [e.code for e in iter_errors("<newsItem")]
    ['syntax']
    """
    found: list[NewsSchemaError] = []
    try:
        read(
            data,
            model,
            source=source,
            on_warning=lambda warning: found.append(warning.error),
            max_bytes=max_bytes,
            max_depth=max_depth,
            max_items=max_items,
        )
    except NewsSchemaError as error:
        found.append(error)
    yield from found


def _document(document: str | bytes, source: str | None) -> Any:
    root = parse(document, source=source, warn=lambda _: None, max_bytes=DEFAULT_MAX_BYTES)
    return root.getroottree()


def iter_xsd_errors(
    document: str | bytes, *, xsd_dir: str | os.PathLike[str] | None = None, source: str | None = None
) -> Iterator[ValidationError]:
    """Every XSD error of ``document`` against NewsML-G2 2.35 Power + NITF 3.6, with line and column.

    ``xsd_dir`` defaults to ``$NEWSSCHEMA_XSD_DIR``; with neither, a
    :class:`ReadError` with code ``"no-xsd"`` is raised. Offline: only
    files in that folder are read.
    """
    tree = _document(document, source)
    yield from iter_schema_errors(tree, xsd_dir, source)


def validate(
    document: str | bytes, *, xsd_dir: str | os.PathLike[str] | None = None, source: str | None = None
) -> None:
    """Raise :class:`ValidationError` (the first XSD error, with line and column) unless ``document`` is valid."""
    for error in iter_xsd_errors(document, xsd_dir=xsd_dir, source=source):
        raise error


_ = ReadError
