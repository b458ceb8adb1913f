"""NewsML-G2 reader against the XML attack catalogue (defusedxml's list, lxml's security FAQ).

Every attack ends in a typed error with a reason and a place, or in a
documented lenient result, and never reads a file or touches the network:
attacks point at a sentinel file (its access time tells whether it was read)
and at a local server (it tells whether anything connected), and the
subprocess cases also run under an audit hook.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile.hostile_support import (
    listening_socket,
    read_audited,
    read_or_error,
    sentinel_file,
    was_contacted,
    was_read,
)
from newsschema import newsml
from newsschema.errors import LimitExceededError, ReadError, ReadWarning
from newsschema.models import Article, PhotoCaption
from support import shared_files

NAR = "http://iptc.org/std/nar/2006-10-01/"
ITEM = newsml.write(Article(headline="Héllo", language="id", body=("Ünïcode ok.", "Second paragraph.")))


def _attacks(file_url: str, http_url: str) -> dict[str, str]:
    """Documents that would read ``file_url`` or fetch ``http_url`` under a careless parser."""
    root = f'<newsItem xmlns="{NAR}" guid="urn:x" version="1" standard="NewsML-G2" standardversion="2.35">'
    return {
        "billion laughs": (
            '<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY a "lol">'
            + "".join(f'<!ENTITY {chr(98 + level)} "{("&" + chr(97 + level) + ";") * 10}">' for level in range(9))
            + f"]>{root}<headline>&j;</headline></newsItem>"
        ),
        "quadratic blow-up": (
            f'<!DOCTYPE newsItem [<!ENTITY big "{"x" * 50_000}">]>'
            f"{root}<headline>{'&big;' * 5_000}</headline></newsItem>"
        ),
        "external entity, local file": (
            f'<!DOCTYPE newsItem [<!ENTITY leak SYSTEM "{file_url}">]>{root}<headline>&leak;</headline></newsItem>'
        ),
        "external entity, URL": (
            f'<!DOCTYPE newsItem [<!ENTITY leak SYSTEM "{http_url}/leak">]>{root}<headline>&leak;</headline></newsItem>'
        ),
        "external DTD, local file": f'<!DOCTYPE newsItem SYSTEM "{file_url}">{root}</newsItem>',
        "external DTD, URL": f'<!DOCTYPE newsItem PUBLIC "-//X//Y//EN" "{http_url}/dtd">{root}</newsItem>',
        "parameter entity": (
            f'<!DOCTYPE newsItem [<!ENTITY % remote SYSTEM "{http_url}/pe"> %remote; '
            f'<!ENTITY % file SYSTEM "{file_url}">]>{root}</newsItem>'
        ),
    }


def _include_and_schema_location(file_url: str, http_url: str) -> dict[str, str]:
    """Documents that are well-formed without a DTD: the reader must read them and fetch nothing."""
    head = f'<newsItem xmlns="{NAR}" guid="urn:x" version="1" standard="NewsML-G2" standardversion="2.35"'
    return {
        "XInclude of a local file": (
            f'{head} xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="{file_url}" parse="text"/></newsItem>'
        ),
        "XInclude of a URL": (
            f'{head} xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="{http_url}/inc"/></newsItem>'
        ),
        "xsi:schemaLocation at a URL and a file": (
            f'{head} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            f'xsi:schemaLocation="{NAR} {http_url}/schema.xsd urn:y {file_url}"/>'
        ),
        "xsi:noNamespaceSchemaLocation": (
            f'{head} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="{file_url}"/>'
        ),
    }


def _probes_work(path: Path) -> None:
    """The access-time probe must see a read on this file system, or the assertions below prove nothing."""
    path.read_bytes()
    if not was_read(path):
        pytest.skip("this file system does not record access times; the sentinel probe cannot work here")


@pytest.mark.parametrize("name", list(_attacks("file:///x", "http://x")))
def test_dtd_attacks_are_refused_and_read_nothing(name: str, tmp_path: Path) -> None:
    with sentinel_file(tmp_path) as sentinel, listening_socket() as (url, server):
        document = _attacks(sentinel.as_uri(), url)[name]
        with pytest.raises(ReadError) as caught:
            newsml.read(document.encode("utf-8"))
        assert not was_read(sentinel)
        assert not was_contacted(server)
        _probes_work(sentinel)
    error = caught.value
    assert error.code == "doctype"
    assert "DOCTYPE" in error.message
    assert (error.line, error.format) == (1, "newsml")
    assert error.column is not None


@pytest.mark.parametrize("name", list(_include_and_schema_location("file:///x", "http://x")))
def test_xinclude_and_schema_locations_are_never_followed(name: str, tmp_path: Path) -> None:
    with sentinel_file(tmp_path) as sentinel, listening_socket() as (url, server):
        document = _include_and_schema_location(sentinel.as_uri(), url)[name]
        warnings: list[ReadWarning] = []
        article = newsml.read(document.encode("utf-8"), on_warning=warnings.append)
        assert not was_read(sentinel)
        assert not was_contacted(server)
        _probes_work(sentinel)
    # Lenient result: the item reads; what no field holds is kept as an extension, never resolved.
    assert "SENTINEL-SECRET" not in repr(article)
    assert newsml.read(newsml.write(article), on_warning=lambda _: None) == article


@pytest.mark.parametrize(
    "name", list(_attacks("file:///x", "http://x")) + list(_include_and_schema_location("file:///x", "http://x"))
)
def test_attacks_under_an_audit_hook_open_no_file_and_no_socket(name: str, tmp_path: Path) -> None:
    with sentinel_file(tmp_path) as sentinel, listening_socket() as (url, server):
        documents = {**_attacks(sentinel.as_uri(), url), **_include_and_schema_location(sentinel.as_uri(), url)}
        result = read_audited("newsml", documents[name].encode("utf-8"))
        assert not was_read(sentinel)
        assert not was_contacted(server)
    assert result["events"] == []
    assert result["outcome"] in ("read", "ReadError:doctype")


def test_nesting_100_000_deep_is_a_limit_with_a_place() -> None:
    document = f'<newsItem xmlns="{NAR}">' + "<a>" * 100_000 + "</a>" * 100_000 + "</newsItem>"
    with pytest.raises(LimitExceededError) as caught:
        newsml.read(document)
    assert caught.value.code == "too-deep"
    assert "max_depth" in caught.value.message
    assert caught.value.line == 1
    assert caught.value.column is not None


def test_nesting_over_max_depth_names_the_line() -> None:
    document = f'<newsItem xmlns="{NAR}">\n' + "<a>\n" * 30 + "</a>" * 30 + "</newsItem>"
    with pytest.raises(LimitExceededError) as caught:
        newsml.read(document, max_depth=20)
    assert caught.value.line == 21
    assert "max_depth=20" in caught.value.message
    newsml.iter_errors(document, max_depth=40)  # within the limit: no limit error
    assert all(error.code != "too-deep" for error in newsml.iter_errors(document, max_depth=40))


@pytest.mark.parametrize("where", ["text", "attribute"])
def test_50_mb_text_nodes_and_attributes_stop_at_max_bytes(where: str) -> None:
    big = "a" * 50_000_000
    document = f'<newsItem xmlns="{NAR}" guid="{big}"/>' if where == "attribute" else f"<newsItem>{big}</newsItem>"
    with pytest.raises(LimitExceededError) as caught:
        newsml.read(document.encode("ascii"))
    assert caught.value.code == "max-bytes"
    assert "max_bytes" in caught.value.message
    assert "--max-bytes" in caught.value.message


@pytest.mark.parametrize("where", ["text", "attribute"])
def test_a_text_node_over_the_parser_cap_is_a_limit_even_with_max_bytes_raised(where: str) -> None:
    big = "a" * 12_000_000
    document = f'<newsItem xmlns="{NAR}" guid="{big}"/>' if where == "attribute" else f"<newsItem>{big}</newsItem>"
    with pytest.raises(LimitExceededError) as caught:
        newsml.read(document.encode("ascii"), max_bytes=50_000_000)
    assert caught.value.line == 1
    assert caught.value.column is not None


def test_many_elements_stop_at_max_items() -> None:
    document = f'<newsItem xmlns="{NAR}">' + "<a/>" * 1_000 + "</newsItem>"
    with pytest.raises(LimitExceededError) as caught:
        newsml.read(document, max_items=500)
    assert caught.value.code == "max-items"
    assert "max_items=500" in caught.value.message


@pytest.mark.parametrize("cut", [1, 10, 39, 100, 400, 1_000, -200, -12, -2])
def test_truncated_documents_are_syntax_errors_with_line_and_column(cut: int) -> None:
    data = ITEM.encode("utf-8")[:cut]
    with pytest.raises(ReadError) as caught:
        newsml.read(data)
    assert caught.value.code == "syntax"
    assert caught.value.line is not None
    assert caught.value.line <= data.count(b"\n") + 2


def test_declared_latin1_over_utf8_bytes_reads_as_utf8_with_a_warning() -> None:
    # The real case (peers-and-pitfalls, pitfall 4): UTF-8 bytes under encoding="iso-8859-1" became mojibake.
    data = ITEM.replace('encoding="UTF-8"', 'encoding="iso-8859-1"').encode("utf-8")
    seen: list[ReadWarning] = []
    article = newsml.read(data, on_warning=seen.append)
    assert article.headline == "Héllo"
    assert [warning.error.code for warning in seen] == ["encoding"]
    assert "iso-8859-1" in seen[0].error.message


def test_declared_utf8_over_latin1_bytes_reads_as_windows_1252_with_a_warning() -> None:
    data = ITEM.encode("utf-8").replace("Héllo".encode(), "Héllo".encode("latin-1"))
    seen: list[ReadWarning] = []
    article = newsml.read(data, on_warning=seen.append)
    assert article.headline == "Héllo"
    assert [warning.error.code for warning in seen] == ["encoding"]


def test_a_correct_latin1_declaration_is_honoured() -> None:
    data = ITEM.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').encode("latin-1")
    seen: list[ReadWarning] = []
    assert newsml.read(data, on_warning=seen.append).headline == "Héllo"
    assert seen == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_a_byte_order_mark(codec: str) -> None:
    data = ITEM.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode(codec)
    assert data.startswith((b"\xff\xfe", b"\xfe\xff")) == (codec == "utf-16")
    assert newsml.read(data, on_warning=lambda _: None) == newsml.read(ITEM)


def test_utf16_bytes_without_declaration_or_bom_are_an_error_with_a_place() -> None:
    data = ITEM.split("?>", 1)[1].encode("utf-16-le")
    outcome = read_or_error(newsml, data, Article)
    assert isinstance(outcome, Article | ReadError)
    assert isinstance(outcome, Article) or outcome.line is not None


@pytest.mark.parametrize("position", ["start", "in an attribute", "in text", "in a name", "at the end"])
def test_nul_bytes_are_syntax_errors_with_line_and_column(position: str) -> None:
    raw = ITEM.encode("utf-8")
    spots = {
        "start": 0,
        "in an attribute": raw.index(b'guid="') + 7,
        "in text": raw.index(b"H\xc3\xa9llo"),
        "in a name": raw.index(b"<headline") + 3,
        "at the end": len(raw.rstrip()),
    }
    data = raw[: spots[position]] + b"\x00" + raw[spots[position] :]
    with pytest.raises(ReadError) as caught:
        newsml.read(data)
    assert caught.value.line is not None
    assert caught.value.format == "newsml"


def test_a_nul_character_in_a_str_is_an_error_too() -> None:
    with pytest.raises(ReadError) as caught:
        newsml.read(ITEM.replace("Héllo", "Hé\x00llo"))
    assert caught.value.line is not None


def test_a_lone_surrogate_in_a_str_is_an_error_not_a_crash() -> None:
    # Regression: str input was encoded without a handler and raised UnicodeEncodeError.
    with pytest.raises(ReadError) as caught:
        newsml.read(ITEM.replace("Héllo", "H\ud800llo"))
    assert caught.value.code == "encoding"
    assert caught.value.line is not None


ODD_PLACES = {
    "comment before the root": lambda doc: doc.replace("<newsItem", "<!-- before --><newsItem", 1),
    "processing instruction before the root": lambda doc: doc.replace("<newsItem", "<?pi data?>\n<newsItem", 1),
    "comment after the root": lambda doc: doc.rstrip() + "<!-- after -->\n",
    "processing instruction after the root": lambda doc: doc.rstrip() + "<?tail x?>",
    "comment inside the headline": lambda doc: doc.replace("Héllo", "Hé<!-- x -->llo", 1),
    "processing instruction inside the headline": lambda doc: doc.replace("Héllo", "Hé<?pi?>llo", 1),
    "comment inside a paragraph": lambda doc: doc.replace("Ünïcode ok.", "Ünïcode<!--c--> ok.", 1),
    "processing instruction between metadata": lambda doc: doc.replace("<itemMeta>", "<itemMeta><?odd?>", 1),
    "comment with double hyphen content": lambda doc: doc.replace("<itemMeta>", "<itemMeta><!-- a - b -->", 1),
}


@pytest.mark.parametrize("name", list(ODD_PLACES))
def test_comments_and_processing_instructions_in_odd_places(name: str) -> None:
    document = ODD_PLACES[name](ITEM)
    outcome = read_or_error(newsml, document.encode("utf-8"), Article)
    # Lenient result: the item reads (the oracle checked its invariants and round trip).
    assert isinstance(outcome, Article), outcome
    assert outcome.body[1] == "Second paragraph."


@pytest.mark.parametrize("name", [name for name in ODD_PLACES if "root" in name])
def test_what_lies_outside_the_root_is_dropped_with_a_warning_never_silently(name: str) -> None:
    # Regression (law 4): comments and processing instructions around the root vanished without a word.
    seen: list[ReadWarning] = []
    newsml.read(ODD_PLACES[name](ITEM), on_warning=seen.append)
    assert [warning.error.code for warning in seen] == ["outside-root"]
    assert seen[0].error.line is not None


def test_xinclude_is_kept_unresolved_as_an_extension(tmp_path: Path) -> None:
    with sentinel_file(tmp_path) as sentinel:
        document = _include_and_schema_location(sentinel.as_uri(), "http://127.0.0.1:9")["XInclude of a local file"]
        article = newsml.read(document)
        assert not was_read(sentinel)
    kept = [extension for extension in article.extensions if extension.name.endswith("}include")]
    assert len(kept) == 1
    assert sentinel.as_uri() in kept[0].value


def test_a_misplaced_xml_declaration_is_a_syntax_error() -> None:
    with pytest.raises(ReadError) as caught:
        newsml.read("\n" + ITEM)
    assert caught.value.code == "syntax"
    assert caught.value.line == 2


def test_photo_captions_face_the_same_rules() -> None:
    with pytest.raises(ReadError) as caught:
        newsml.read(b'<!DOCTYPE x SYSTEM "file:///etc/passwd"><newsItem/>', PhotoCaption)
    assert caught.value.code == "doctype"


def _utf8_corpus_items() -> list[Path]:
    items = []
    for path in shared_files("corpus/wire/newsmlg2", "*"):
        raw = path.read_bytes()
        if raw.isascii() or not raw.lstrip(b"\xef\xbb\xbf").startswith(b"<?xml"):
            continue
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        items.append(path)
    return items


@pytest.mark.shared
@pytest.mark.parametrize("path", _utf8_corpus_items(), ids=lambda path: path.name)
def test_corpus_items_declared_latin1_read_the_same_with_a_warning(path: Path) -> None:
    # Pitfall 4 of the corpus notes, synthesised from real items read in place: never mojibake in silence.
    raw = path.read_bytes()
    declaration_end = raw.index(b"?>")
    declaration = raw[:declaration_end]
    if b"encoding" in declaration:
        quote = b'"' if b'encoding="' in declaration else b"'"
        start = declaration.index(b"encoding=") + len(b"encoding=") + 1
        end = declaration.index(quote, start)
        lying = raw[:start] + b"ISO-8859-1" + raw[end:]
    else:
        lying = raw[:declaration_end] + b' encoding="ISO-8859-1"' + raw[declaration_end:]
    seen: list[ReadWarning] = []
    try:
        expected = newsml.read(raw, on_warning=lambda _: None)
    except ReadError:
        pytest.skip(f"{path.name} does not read as it is")
    assert newsml.read(lying, on_warning=seen.append) == expected
    assert "encoding" in [warning.error.code for warning in seen]
