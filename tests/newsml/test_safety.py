"""Hostile and broken input: DTDs refused, size limits, line and column on errors, tolerated faults warn."""

from __future__ import annotations

import pytest

from newsschema import newsml
from newsschema.errors import LimitExceededError, ReadError, ReadWarning
from newsschema.models import Article

ITEM = newsml.write(Article(headline="Héllo", body=("Ünïcode.",)))


def test_doctype_refused() -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><newsItem>&a;</newsItem>'
    with pytest.raises(ReadError) as caught:
        newsml.read(bomb)
    assert caught.value.code == "doctype"
    assert caught.value.line == 1


def test_size_limit_names_the_keyword() -> None:
    with pytest.raises(LimitExceededError, match="max_bytes"):
        newsml.read(ITEM, max_bytes=100)


def test_broken_xml_has_line_and_column() -> None:
    with pytest.raises(ReadError) as caught:
        newsml.read("<newsItem>\n  <itemMeta>\n</newsItem>")
    assert caught.value.line is not None
    assert caught.value.format == "newsml"


def test_not_g2() -> None:
    with pytest.raises(ReadError) as caught:
        newsml.read("<html/>")
    assert caught.value.code == "not-g2"


def test_utf8_bytes_declared_latin1_read_with_warning() -> None:
    data = ITEM.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').encode("utf-8")
    seen: list[ReadWarning] = []
    assert newsml.read(data, on_warning=seen.append).headline == "Héllo"
    assert [w.error.code for w in seen] == ["encoding"]


def test_bom_and_str_with_declaration() -> None:
    assert newsml.read(b"\xef\xbb\xbf" + ITEM.encode()).headline == "Héllo"
    assert newsml.read(ITEM).headline == "Héllo"


def test_default_warning_goes_to_warnings() -> None:
    data = ITEM.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').encode("utf-8")
    with pytest.warns(ReadWarning):
        newsml.read(data)


def test_iter_errors_collects_warnings_and_failures() -> None:
    assert list(newsml.iter_errors(ITEM)) == []
    assert [e.code for e in newsml.iter_errors("<x")] == ["syntax"]


def test_validate_without_xsd_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSSCHEMA_XSD_DIR", raising=False)
    with pytest.raises(ReadError) as caught:
        newsml.validate(ITEM)
    assert caught.value.code == "no-xsd"
