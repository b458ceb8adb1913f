"""Putting ``newsml`` extensions back where the reader found them.

Names (documented in docs/newsml.md):

* ``root``: the item element's name when it is not ``newsItem`` (value ``packageItem``);
* ``@{ns}name`` / ``@name``: an attribute of the item element;
* ``<container>/@name``: an attribute of ``itemMeta``, ``contentMeta`` or ``contentSet``;
* ``<element>`` / ``<container>/<element>``: an element (value: its XML), NAR elements by local name,
  others in Clark notation ``{uri}name``;
* ``...#<field>``: the element a model field was read from, kept because it carries more than the field;
  it replaces the element the writer would make for that field;
* ``.../#comment``: a comment (value: its text).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from newsschema.models import Extension
from newsschema.newsml._write import CONTAINERS, Builder

NAMESPACE = "newsml"

_FRAGMENT_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def split(name: str) -> tuple[str, str, str | None] | None:
    """``(container, element or @attribute, field)``; None when the name is not one of ours."""
    field = None
    base = name
    if "#" in name:
        head, tail = name.rsplit("#", 1)
        if tail != "comment":
            if not tail:
                return None
            base, field = head, tail
    container = ""
    for candidate in CONTAINERS:
        if base.startswith(candidate + "/"):
            container, base = candidate, base[len(candidate) + 1 :]
            break
    if not base:
        return None
    return container, base, field


def fragment(value: str) -> Any:
    element = etree.fromstring(value.encode("utf-8"), _FRAGMENT_PARSER)
    if not isinstance(element.tag, str):
        raise ValueError("not an element")
    return element


def placeable(extension: Extension) -> bool:
    """Whether the writer can put this extension back in place."""
    if extension.namespace != NAMESPACE:
        return False
    if extension.name == "root":
        return extension.value in ("packageItem", "newsItem")
    parts = split(extension.name)
    if parts is None:
        return False
    container, name, field = parts
    if name.startswith("@"):
        return field is None and _declared(container, name[1:]) and _attribute_ok(name[1:], extension.value)
    if name == "#comment":
        return field is None and "--" not in extension.value and not extension.value.endswith("-")
    try:
        element = fragment(extension.value)
    except (etree.XMLSyntaxError, ValueError):
        return False
    return _element_name(element) == name


# Attributes without a namespace that the XSD declares on the item element and on each container; any other
# attribute there must be in a namespace other than NewsML-G2's (``anyAttribute namespace="##other"``).
_COMMON_POWER = frozenset(
    "id creator creatoruri modified custom how howuri why whyuri pubconstraint pubconstrainturi".split()  # noqa: SIM905
)
_DECLARED = {
    "": frozenset(["standard", "standardversion", "conformance", "guid", "version", "dir"]),
    "itemMeta": _COMMON_POWER | {"dir"},
    "contentMeta": _COMMON_POWER | {"dir"},
    "contentSet": _COMMON_POWER | {"original"},
}


def _declared(container: str, name: str) -> bool:
    """Whether an attribute may stand on that element in a valid document: ``@Ushakov`` may not, so the writer
    carries it in the extension area instead (law 2: everything written validates)."""
    from newsschema.newsml._write import NAR  # noqa: PLC0415 - _write imports this module

    if name.startswith("{"):
        return not name.startswith("{" + NAR + "}")
    return name in _DECLARED.get(container, frozenset())


def _attribute_ok(name: str, value: str) -> bool:
    try:
        element = etree.Element("x")
        element.set(name, value)
    except (ValueError, TypeError):
        return False
    return True


def _element_name(element: Any) -> str:
    from newsschema.newsml._write import NAR  # noqa: PLC0415 - _write imports this module

    qname = etree.QName(element.tag)
    return qname.localname if qname.namespace == NAR else element.tag


def place(builder: Builder, placed: list[Extension]) -> None:
    for extension in placed:
        if extension.name == "root":
            builder.root_tag = extension.value
            continue
        parts = split(extension.name)
        assert parts is not None
        container, name, field = parts
        if name.startswith("@"):
            if container:
                builder.container_attrs[container][name[1:]] = extension.value
            else:
                builder.root_attrs[name[1:]] = extension.value
            continue
        element = etree.Comment(extension.value) if name == "#comment" else fragment(extension.value)
        if field is not None:
            builder.slot_exts.setdefault(field, []).append((container, element))
        else:
            builder.path_exts.add(f"{container}/{name}" if container else name)
            builder.add(container, element, late=True)
