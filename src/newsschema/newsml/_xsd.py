"""Offline XSD validation: NewsML-G2 2.35 Power and NITF 3.6 in one schema set."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from newsschema.errors import ReadError, ValidationError

NAME = "newsml"
NAR = "http://iptc.org/std/nar/2006-10-01/"
NITF = "http://iptc.org/std/NITF/2006-10-18/"
G2_XSD = "NewsML-G2_2.35-spec-All-Power.xsd"
NITF_XSD = "nitf-3-6.xsd"
_LOCAL_FILES = frozenset({"xml.xsd", "nitf-3-6.xsd", "nitf-3-6-ruby-include.xsd", G2_XSD})

_CACHE: dict[Path, etree.XMLSchema] = {}
_LOCK = threading.Lock()


class _LocalOnly(etree.Resolver):
    """Serve xml.xsd and the NITF includes from the schema folder; never the network."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def resolve(self, system_url: str | None, public_id: str | None, context: Any) -> Any:  # type: ignore[override]  # noqa: ARG002 - lxml-stubs omit context; lxml passes public_id
        name = (system_url or "").rsplit("/", 1)[-1]
        if name in _LOCAL_FILES and (self.folder / name).exists():
            return self.resolve_filename(str(self.folder / name), context)  # type: ignore[attr-defined]  # missing in lxml-stubs
        return None


def _schema_parser(folder: Path) -> etree.XMLParser:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False, huge_tree=False)
    parser.resolvers.add(_LocalOnly(folder))
    return parser


def schema_folder(xsd_dir: str | os.PathLike[str] | None) -> Path:
    """The folder holding the XSDs: ``xsd_dir`` or ``$NEWSSCHEMA_XSD_DIR``."""
    chosen = xsd_dir if xsd_dir is not None else os.environ.get("NEWSSCHEMA_XSD_DIR")
    if not chosen:
        raise ReadError(
            "no XSD folder given: pass xsd_dir=... or set NEWSSCHEMA_XSD_DIR to the folder holding "
            f"{G2_XSD}, {NITF_XSD} and xml.xsd",
            format=NAME,
            code="no-xsd",
        )
    folder = Path(chosen).resolve()
    missing = [name for name in (G2_XSD, NITF_XSD, "xml.xsd") if not (folder / name).is_file()]
    if missing:
        raise ReadError(
            f"XSD folder {folder} lacks {', '.join(missing)}",
            format=NAME,
            code="no-xsd",
        )
    return folder


def load_schema(xsd_dir: str | os.PathLike[str] | None) -> etree.XMLSchema:
    """Compile (once per folder) a schema set importing G2 and NITF."""
    folder = schema_folder(xsd_dir)
    with _LOCK:
        cached = _CACHE.get(folder)
        if cached is not None:
            return cached
        wrapper = (
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-newsschema:wrapper">'
            f'<xs:import namespace="{NAR}" schemaLocation="{(folder / G2_XSD).as_uri()}"/>'
            f'<xs:import namespace="{NITF}" schemaLocation="{(folder / NITF_XSD).as_uri()}"/>'
            "</xs:schema>"
        )
        root = etree.fromstring(wrapper.encode(), _schema_parser(folder), base_url=(folder / "wrapper.xsd").as_uri())
        schema = etree.XMLSchema(root)
        _CACHE[folder] = schema
        return schema


def iter_schema_errors(
    tree: Any, xsd_dir: str | os.PathLike[str] | None, source: str | None
) -> Iterator[ValidationError]:
    """Validate a parsed document and yield every error with its line and column."""
    schema = load_schema(xsd_dir)
    if schema.validate(tree):
        return
    entries: Any = schema.error_log
    for entry in entries:
        yield ValidationError(
            entry.message,
            format=NAME,
            line=entry.line or None,
            column=(entry.column + 1) if entry.column is not None and entry.column >= 0 else None,
            source=source,
            code="xsd",
        )
