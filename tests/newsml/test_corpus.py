"""Real feeds (../shared/corpus/wire/newsmlg2): every item reads, keeps every leaf, and survives JSON."""

from __future__ import annotations

import collections
import warnings
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from newsschema import newsml
from newsschema.errors import ReadWarning
from newsschema.models import Article, Item, PhotoCaption
from newsschema.plain import from_plain, to_plain
from support import shared_files, shared_path

CORPUS = shared_files("corpus/wire/newsmlg2", "*")


def leaves(element: Any, path: str = "") -> collections.Counter[tuple[str, str | None, str]]:
    """(element path, attribute, whitespace-normalised text) of every attribute and text node.

    Documented normalisations: pretty-print whitespace, namespace prefixes (paths use local names,
    attributes Clark names), attribute order.
    """
    found: collections.Counter[tuple[str, str | None, str]] = collections.Counter()
    here = f"{path}/{etree.QName(element).localname}"
    for key, value in element.attrib.items():
        found[(here, key, " ".join(value.split()))] += 1
    text = " ".join((element.text or "").split())
    if text:
        found[(here, None, text)] += 1
    for child in element:
        if isinstance(child.tag, str):
            found.update(leaves(child, here))
        tail = " ".join((child.tail or "").split())
        if tail:
            found[(here, "#tail", tail)] += 1
    return found


def items_of(data: bytes) -> list[Any]:
    """The item elements of a document, in the order newsml.read_all returns them."""
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    names = {"newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem"}
    if etree.QName(root).localname == "newsMessage":
        return [
            item
            for item_set in root
            if isinstance(item_set.tag, str) and etree.QName(item_set).localname == "itemSet"
            for item in item_set
            if isinstance(item.tag, str) and etree.QName(item).localname in names
        ]
    return [root]


def _read_all(path: Path) -> list[Item]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        return list(newsml.read_all(path.read_bytes(), source=path.name))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_every_item_reads_and_keeps_every_leaf(path: Path) -> None:
    items = _read_all(path)
    elements = items_of(path.read_bytes())
    assert len(items) == len(elements)
    for element, item in zip(elements, items, strict=True):
        written = newsml.write(item)
        missing = leaves(element) - leaves(etree.fromstring(written.encode()))
        assert not missing, f"lost leaves: {list(missing)[:5]}"
        # Some agency oddities are kept as they came (an empty inlineXML), so they warn again.
        assert newsml.read(written, type(item), on_warning=lambda _: None) == item


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_cross_format_through_plain_json(path: Path) -> None:
    for item in _read_all(path):
        assert from_plain(to_plain(item), type(item)) == item


def test_corpus_present() -> None:
    shared_path("corpus", "wire", "newsmlg2")
    assert len(CORPUS) == 41


def _corpus(name: str) -> bytes:
    return shared_path("corpus", "wire", "newsmlg2", name).read_bytes()


def test_peer_loss_1_copyright_notice_and_holder_kept() -> None:
    article = newsml.read(_corpus("reuters__text.xml"), on_warning=lambda _: None)
    assert article.rights is not None
    assert article.rights.copyright_notice is not None
    assert "Thomson Reuters" in newsml.write(article)


def test_peer_loss_4_nested_xhtml_body_round_trips() -> None:
    data = _corpus("globenewswire__fr.xml")
    article = newsml.read(data, on_warning=lambda _: None)
    assert sum(len(p) for p in article.body) > 1000
    assert not leaves(items_of(data)[0]) - leaves(etree.fromstring(newsml.write(article).encode()))


def test_peer_loss_5_ampersand_escaped() -> None:
    article = newsml.read(_corpus("reuters__reuters_byline_in_body.xml"), on_warning=lambda _: None)
    written = newsml.write(article)
    assert "Parks &amp; Resorts" in written
    assert any("Parks & Resorts" in p for p in article.body)


def test_peer_loss_6_paragraph_opening_with_a_child_element() -> None:
    article = newsml.read(_corpus("dpa__dpa.xml"), on_warning=lambda _: None)
    assert article.body
    assert all(isinstance(p, str) for p in article.body)
    assert any(p.strip() for p in article.body)


def test_peer_loss_14_every_item_of_a_message_survives() -> None:
    for path in CORPUS:
        if b"newsMessage" in path.read_bytes()[:2000]:
            assert len(_read_all(path)) == len(items_of(path.read_bytes()))


def test_pictures_read_as_captions() -> None:
    caption = newsml.read(_corpus("ansa__photo.xml"), PhotoCaption, on_warning=lambda _: None)
    assert caption.text.strip()
    assert caption.credit == "EPA"


def test_offset_without_colon_is_read_with_a_warning() -> None:
    seen: list[ReadWarning] = []
    article = newsml.read(_corpus("ansa__ansa-newsmlg2-text.xml"), Article, on_warning=seen.append)
    assert article.version_created is not None
    assert article.version_created.value.endswith("+01:00")
    assert any(w.error.code == "timestamp" for w in seen)
