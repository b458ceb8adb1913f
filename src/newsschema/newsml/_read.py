"""NewsML-G2 tree -> models: map what has a field, keep everything else as ``newsml`` extensions."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import attrs
from lxml import etree

from newsschema.errors import ReadError, ReadWarning, ValidationError
from newsschema.models import (
    MODELS,
    Article,
    AttributedQuote,
    Extension,
    Item,
    PhotoCaption,
    SourceCredit,
    Timestamp,
    is_valid_language_tag,
)
from newsschema.newsml._extensions import NAMESPACE
from newsschema.newsml._write import (
    CONTAINERS,
    NAR,
    NSX,
    RANKS,
    SUBHEADLINE_ROLE,
    build,
    by_element,
    keyword_element,
    local,
    source_element,
    subject_element,
)
from newsschema.plain import from_plain, iter_plain_errors

NAME = "newsml"
Warn = Callable[[ReadWarning], None]
ITEM_TAGS = frozenset({"newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem"})
CAPTION_ROLES = frozenset({"drol:caption", "descRole:caption", "descrole:caption"})
_OFFSET = re.compile(r"([+-][0-9]{2})([0-9]{2})$")


class Context:
    def __init__(self, warn: Warn, source: str | None) -> None:
        self.warn = warn
        self.source = source

    def warning(self, message: str, element: Any = None, code: str = "tolerated") -> None:
        line = element.sourceline if element is not None else None
        self.warn(ReadWarning(ValidationError(message, format=NAME, source=self.source, line=line, code=code)))


def is_nar(element: Any, name: str | None = None) -> bool:
    if not isinstance(element.tag, str):
        return False
    qname = etree.QName(element.tag)
    return qname.namespace == NAR and (name is None or qname.localname == name)


def children(element: Any, name: str) -> list[Any]:
    return [child for child in element if is_nar(child, name)]


def first(element: Any | None, name: str) -> Any | None:
    if element is None:
        return None
    found = children(element, name)
    return found[0] if found else None


def text_of(element: Any) -> str:
    """Character data of an element; ``br`` counts as a line break."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append("\n" if local(child.tag) == "br" else text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def element_key(element: Any) -> str:
    return local(element.tag) if is_nar(element) else str(element.tag)


def canon(element: Any) -> Any:
    """A comparable form: names, attributes and text; whitespace between elements ignored."""
    if not isinstance(element.tag, str):
        return ("#", str(element.tag), element.text)
    kids = list(element)
    mixed = bool(kids)

    def keep(text: str | None) -> str:
        text = text or ""
        return "" if mixed and not text.strip() else text

    return (
        element.tag,
        tuple(sorted(element.attrib.items())),
        keep(element.text),
        tuple((canon(child), keep(child.tail)) for child in kids),
    )


def find_items(root: Any, ctx: Context) -> list[tuple[Any, list[Extension]]]:
    """The items of a document, each with the extensions it inherits from its message."""
    if is_nar(root) and local(root.tag) in ITEM_TAGS:
        return [(root, [])]
    if is_nar(root, "newsMessage"):
        inherited: list[Extension] = []
        for child in root:
            if isinstance(child.tag, str) and not is_nar(child, "itemSet"):
                inherited.append(
                    Extension(namespace=NAMESPACE, name=f"newsMessage/{element_key(child)}", value=_xml(child))
                )
        items = [
            (item, inherited)
            for item_set in children(root, "itemSet")
            for item in item_set
            if is_nar(item) and local(item.tag) in ITEM_TAGS
        ]
        if not items:
            raise ReadError(
                "the newsMessage holds no item", format=NAME, source=ctx.source, line=root.sourceline, code="empty"
            )
        return items
    raise ReadError(
        f"not a NewsML-G2 document: the root element is {root.tag!r}, expected newsItem, packageItem or newsMessage",
        format=NAME,
        source=ctx.source,
        line=root.sourceline,
        code="not-g2",
    )


def _xml(element: Any) -> str:
    """The element as canonical XML (C14N 1.0) with every namespace in scope declared on it and prefixes
    chosen from those declarations, so the same element always gives the same text wherever it sits."""
    declarations: Any = _namespaces(element)
    copy = etree.Element(element.tag, nsmap=declarations)
    _copy_into(element, copy)
    try:
        data: bytes = etree.tostring(copy, method="c14n", with_comments=True)
    except etree.C14NError:  # e.g. relative namespace URIs, which C14N refuses
        data = etree.tostring(copy, encoding="utf-8")
    return data.decode("utf-8")


def _namespaces(element: Any) -> dict[str | None, str]:
    """Declarations for a fragment: NAR as default, every other namespace it uses under a stable prefix,
    and prefixes that attribute values name (``valuedatatype="xs:string"``)."""
    used: set[str] = set()
    value_prefixes: set[str] = set()
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        used.add(etree.QName(node).namespace or "")
        for key, value in node.attrib.items():
            used.add(etree.QName(key).namespace or "")
            if ":" in value:
                value_prefixes.add(value.split(":", 1)[0])
    scope = element.nsmap
    result: dict[str | None, str] = {None: NAR}
    for uri in sorted(used - {"", NAR, "http://www.w3.org/XML/1998/namespace"}):
        prefixes = sorted(p for p, u in scope.items() if u == uri and p)
        readable = [p for p in prefixes if not re.fullmatch(r"ns[0-9]+", p)] or prefixes
        prefix = readable[0] if readable and readable[0] not in result else f"ns{len(result)}"
        result[prefix] = uri
    for prefix in sorted(value_prefixes):
        if prefix in scope and prefix not in result and scope[prefix] not in result.values():
            result[prefix] = scope[prefix]
    return result


def _copy_into(source: Any, target: Any) -> None:
    for key, value in source.attrib.items():
        target.set(key, value)
    target.text = source.text
    for child in source:
        if isinstance(child.tag, str):
            made = etree.SubElement(target, child.tag)
            _copy_into(child, made)
        elif child.tag is etree.Comment:
            made = etree.Comment(child.text)
            target.append(made)
        else:
            made = etree.ProcessingInstruction(child.target, child.text)
            target.append(made)
        made.tail = child.tail


def declared_model(item: Any) -> type[Item] | None:
    content_meta = first(item, "contentMeta")
    if content_meta is not None:
        for child in content_meta:
            if child.tag == f"{{{NSX}}}fields" and child.get("model") in MODELS:
                return MODELS[child.get("model")]
    return None


def natural_model(item: Any) -> type[Item]:
    declared = declared_model(item)
    if declared is not None:
        return declared
    item_class = first(first(item, "itemMeta"), "itemClass")
    code = (item_class.get("qcode") or item_class.get("uri") or "") if item_class is not None else ""
    return PhotoCaption if "picture" in code or "graphic" in code else Article


# --------------------------------------------------------------------------- field extraction


class Extracted:
    def __init__(self) -> None:
        self.plain: dict[str, Any] = {}
        self.sources: dict[str, Any] = {}


def _timestamp(ctx: Context, element: Any) -> str | None:
    raw = element.text or ""
    value = _OFFSET.sub(r"\1:\2", raw.strip()) if "T" in raw else raw.strip()
    try:
        Timestamp(value=value)
    except ValueError:
        ctx.warning(f"unreadable timestamp {raw!r} in {local(element.tag)}; kept as an extension", element, "timestamp")
        return None
    if value != raw:
        ctx.warning(f"timestamp {raw!r} in {local(element.tag)} read as {value!r}", element, "timestamp")
    return value


def _name_ok(text: str | None) -> bool:
    return text is not None and bool(text.strip())


def _token_ok(text: str | None) -> bool:
    return text is not None and bool(text) and not any(c.isspace() for c in text)


def _set(ex: Extracted, key: str, element: Any, value: Any) -> None:
    if value is not None:
        ex.plain[key] = value
    ex.sources[key] = element


def _stamp_field(ex: Extracted, ctx: Context, key: str, element: Any | None) -> None:
    if element is not None:
        _set(ex, key, element, _timestamp(ctx, element))


def _common(ex: Extracted, ctx: Context, item: Any) -> None:
    guid = item.get("guid")
    if _token_ok(guid):
        ex.plain["guid"] = guid
    version = item.get("version")
    if version is not None and version.isdigit() and int(version) > 0 and version == str(int(version)):
        ex.plain["version"] = int(version)
    language = item.xpath("string(ancestor-or-self::*[@xml:lang][1]/@xml:lang)")
    if language and is_valid_language_tag(language):
        ex.plain["language"] = language
    elif language:
        ctx.warning(f"xml:lang {language!r} is not a BCP 47 tag; kept as an extension", item, "language")
    rights_info = first(item, "rightsInfo")
    if rights_info is not None:
        rights: dict[str, str] = {}
        holder = first(rights_info, "copyrightHolder")
        if holder is not None:
            name = first(holder, "name")
            text = text_of(name) if name is not None else holder.get("literal")
            if _name_ok(text):
                rights["copyright_holder"] = text
        for key, tag in (("copyright_notice", "copyrightNotice"), ("usage_terms", "usageTerms")):
            element = first(rights_info, tag)
            if element is not None and _name_ok(text_of(element)):
                rights[key] = text_of(element)
        _set(ex, "rights", rights_info, rights)


def _article(ex: Extracted, ctx: Context, item: Any) -> None:
    item_meta = first(item, "itemMeta")
    content_meta = first(item, "contentMeta")
    _stamp_field(ex, ctx, "version_created", first(item_meta, "versionCreated"))
    _stamp_field(ex, ctx, "first_created", first(item_meta, "firstCreated"))
    _stamp_field(ex, ctx, "content_created", first(content_meta, "contentCreated"))
    if content_meta is not None:
        _repeated(
            ex,
            content_meta,
            "keyword",
            "keywords",
            lambda e: text_of(e) if _name_ok(text_of(e)) and len(e) == 0 else None,
            keyword_element,
        )
        _repeated(
            ex,
            content_meta,
            "by",
            "bylines",
            lambda e: {"printed": text_of(e)} if _name_ok(text_of(e)) and len(e) == 0 else None,
            lambda v: by_element(v["printed"]),
        )
        _repeated(ex, content_meta, "subject", "subjects", _subject_value, _subject_rebuild)
        _repeated(ex, content_meta, "infoSource", "sources", _source_value, _source_rebuild)
        for key, element in (
            ("slugline", first(content_meta, "slugline")),
            ("headline", next((h for h in children(content_meta, "headline") if h.get("role") is None), None)),
            (
                "subheadline",
                next(
                    (
                        h
                        for h in children(content_meta, "headline")
                        if h.get("role") in (SUBHEADLINE_ROLE, "hld:subHeadline")
                    ),
                    None,
                ),
            ),
        ):
            if element is not None:
                _set(ex, key, element, text_of(element) if _name_ok(text_of(element)) else None)
        dateline = first(content_meta, "dateline")
        if dateline is not None:
            _set(ex, "dateline", dateline, {"printed": text_of(dateline)} if _name_ok(text_of(dateline)) else None)
    _body(ex, ctx, item)


def _repeated(  # noqa: PLR0917 - one private helper, six roles that read best in order
    ex: Extracted, parent: Any, tag: str, key: str, value_of: Callable[[Any], Any], rebuild: Callable[[Any], Any]
) -> None:
    values = []
    for element in children(parent, tag):
        value = value_of(element)
        try:
            same = value is not None and canon(rebuild(value)) == canon(element)
        except ValueError:  # the model refuses the value: keep the element as an extension
            same = False
        if same:
            values.append(value)
    if values:
        ex.plain[key] = values


def _subject_value(element: Any) -> dict[str, str] | None:
    value: dict[str, str] = {}
    for attribute, key in (("qcode", "code"), ("uri", "uri"), ("type", "kind")):
        if element.get(attribute) is not None:
            value[key] = element.get(attribute)
    names = children(element, "name")
    if len(names) == 1:
        value["name"] = text_of(names[0])
    if not value or any(not _token_ok(value.get(k)) for k in ("code", "uri", "kind") if k in value):
        return None
    if "name" in value and not _name_ok(value["name"]):
        return None
    return value


def _subject_rebuild(value: dict[str, str]) -> Any:
    from newsschema.models import Subject  # noqa: PLC0415 - kept local like the other rebuilders

    return subject_element(Subject(**value))


def _source_value(element: Any) -> dict[str, str] | None:
    names = children(element, "name")
    if len(names) != 1 or not _name_ok(text_of(names[0])):
        return None
    value = {"party": text_of(names[0])}
    for attribute in ("role", "uri"):
        if element.get(attribute) is not None:
            if not _token_ok(element.get(attribute)):
                return None
            value[attribute] = element.get(attribute)
    return value


def _source_rebuild(value: dict[str, str]) -> Any:
    return source_element(SourceCredit(party=value["party"], role=value.get("role"), uri=value.get("uri")))


def _marked(p: Any) -> tuple[str, list[tuple[Any, int, int]]]:
    """The paragraph's text and where each ``q`` inside it starts and ends."""
    marks: list[tuple[Any, int, int]] = []
    parts: list[str] = []

    def walk(element: Any) -> None:
        parts.append(element.text or "")
        for child in element:
            if isinstance(child.tag, str):
                if local(child.tag) == "br":
                    parts.append("\n")
                else:
                    start = len("".join(parts))
                    walk(child)
                    if local(child.tag) == "q":
                        marks.append((child, start, len("".join(parts))))
            parts.append(child.tail or "")

    walk(p)
    return "".join(parts), marks


def _body(ex: Extracted, ctx: Context, item: Any) -> None:
    content_set = first(item, "contentSet")
    if content_set is None:
        return
    holder = next((c for c in content_set if is_nar(c) and local(c.tag) in ("inlineXML", "inlineData")), None)
    if holder is None:
        return
    ex.sources["body"] = holder
    if local(holder.tag) == "inlineData":
        text = holder.text or ""
        ex.plain["body"] = [text] if text else []
        return
    roots = [child for child in holder if isinstance(child.tag, str)]
    if len(roots) != 1:
        ctx.warning(f"inlineXML should hold exactly one element (it holds {len(roots)})", holder, "body")
    paragraphs: list[str] = []
    quotes: list[dict[str, Any]] = []
    for root in roots:
        for p in root.iter():
            if not isinstance(p.tag, str) or local(p.tag) != "p":
                continue
            text, marks = _marked(p)
            index = len(paragraphs)
            paragraphs.append(text)
            for q, start, end in marks:
                quoted = text[start:end]
                if not quoted.strip():
                    continue
                quote: dict[str, Any] = {
                    "kind": "direct",
                    "parts": [{"text": quoted, "paragraph": index, "offset": start}],
                }
                speaker = q.get("quote-source")
                if _name_ok(speaker):
                    quote["speaker"] = {"text": speaker}
                quotes.append(quote)
        for bq in root.iter():
            if isinstance(bq.tag, str) and local(bq.tag) == "bq":
                parts = []
                for p in bq.iter():
                    if isinstance(p.tag, str) and local(p.tag) == "p":
                        index = _index_of(root, p)
                        text = paragraphs[index]
                        if text.strip():
                            parts.append({"text": text, "paragraph": index, "offset": 0})
                if parts:
                    quote = {"kind": "direct", "parts": parts}
                    speaker = bq.get("quote-source")
                    if _name_ok(speaker):
                        quote["speaker"] = {"text": speaker}
                    quotes.append(quote)
    ex.plain["body"] = paragraphs
    if quotes:
        ex.plain["quotes"] = quotes


def _index_of(root: Any, target: Any) -> int:
    index = 0
    for p in root.iter():
        if p is target:
            return index
        if isinstance(p.tag, str) and local(p.tag) == "p":
            index += 1
    raise AssertionError("paragraph not found")


def _caption(ex: Extracted, ctx: Context, item: Any) -> None:
    content_meta = first(item, "contentMeta")
    _stamp_field(ex, ctx, "taken", first(content_meta, "contentCreated"))
    if content_meta is not None:
        description = next((d for d in children(content_meta, "description") if d.get("role") in CAPTION_ROLES), None)
        if description is not None:
            _set(ex, "text", description, text_of(description))
        credit = first(content_meta, "creditline")
        if credit is not None:
            _set(ex, "credit", credit, text_of(credit) if _name_ok(text_of(credit)) else None)
        creator = first(content_meta, "creator")
        if creator is not None:
            name = first(creator, "name")
            text = text_of(name) if name is not None else creator.get("literal")
            _set(ex, "photographer", creator, text if _name_ok(text) else None)
    content_set = first(item, "contentSet")
    remote = first(content_set, "remoteContent")
    if remote is not None:
        image: dict[str, Any] | None = None
        href = remote.get("href") or remote.get("residref")
        if _token_ok(href):
            image = {"href": href}
            if _token_ok(remote.get("contenttype")):
                image["media_type"] = remote.get("contenttype")
            for key in ("size", "width", "height"):
                raw = remote.get(key)
                if raw is not None and raw.isdigit() and raw == str(int(raw)) and (key == "size" or int(raw) > 0):
                    image[key] = int(raw)
        _set(ex, "image", remote, image)


def _lone_quote(ex: Extracted, ctx: Context, item: Any) -> None:
    _body(ex, ctx, item)
    quotes = ex.plain.get("quotes") or []
    ex.plain = {}
    if quotes:
        quote = quotes[0]
        for part in quote["parts"]:
            part.pop("paragraph"), part.pop("offset")
        ex.plain.update(quote)


def _lone_credit(ex: Extracted, ctx: Context, item: Any) -> None:  # noqa: ARG001 - the reader-step signature
    content_meta = first(item, "contentMeta")
    source = first(content_meta, "infoSource")
    if source is not None:
        value = _source_value(source)
        if value is not None:
            ex.plain.update(value)
        else:
            name = first(source, "name")
            party = text_of(name) if name is not None else source.get("literal")
            if _name_ok(party):
                ex.plain["party"] = party
        ex.sources["credit"] = source
    credit = first(content_meta, "creditline")
    if credit is not None and _name_ok(text_of(credit)):
        _set(ex, "printed", credit, text_of(credit))


# --------------------------------------------------------------------------- one item


def read_item(item: Any, model: type[Item] | None, ctx: Context, inherited: list[Extension]) -> Item:
    declared = declared_model(item)
    cls = model or natural_model(item)
    if declared is not None and model is not None and declared is not model:
        raise ValidationError(
            f"the item holds a {declared.__name__}, not a {model.__name__}",
            format=NAME,
            source=ctx.source,
            line=item.sourceline,
            code="model",
        )
    ex = Extracted()
    if cls in (Article, PhotoCaption):
        _common(ex, ctx, item)
    {Article: _article, PhotoCaption: _caption, AttributedQuote: _lone_quote, SourceCredit: _lone_credit}[cls](
        ex, ctx, item
    )
    plain = ex.plain
    rest = _rest(item, ctx)
    for key, value in rest.items():
        if value is None:
            plain.pop(key, None)
        else:
            plain[key] = value
    model_value = _structure(plain, cls, ctx, item)
    residue = _residue(item, model_value, ex, ctx)
    return attrs.evolve(model_value, extensions=(*residue, *inherited, *model_value.extensions))


def _rest(item: Any, ctx: Context) -> dict[str, Any]:
    content_meta = first(item, "contentMeta")
    if content_meta is None:
        return {}
    for child in content_meta:
        if child.tag == f"{{{NSX}}}fields":
            try:
                value = json.loads(child.text or "{}")
            except json.JSONDecodeError as exc:
                raise ReadError(
                    f"newsschema fields are not JSON: {exc.msg}",
                    format=NAME,
                    source=ctx.source,
                    line=child.sourceline,
                    code="ext",
                ) from None
            if not isinstance(value, dict):
                raise ReadError(
                    "newsschema fields must be a JSON object",
                    format=NAME,
                    source=ctx.source,
                    line=child.sourceline,
                    code="ext",
                )
            return value
    return {}


def _structure(plain: dict[str, Any], cls: type[Item], ctx: Context, item: Any) -> Item:
    for _ in range(50):
        try:
            return from_plain(plain, cls)  # the common case: build once
        except ValidationError:
            errors = list(iter_plain_errors(plain, cls))
        for error in errors:
            key = (error.pointer or "/").split("/")[1] if error.pointer else ""
            if key and key in plain:
                ctx.warning(f"{error.pointer}: {error.message}; the value is kept as an extension", item, "field")
                del plain[key]
            else:
                raise ValidationError(
                    error.message,
                    format=NAME,
                    source=ctx.source,
                    line=item.sourceline,
                    pointer=error.pointer,
                    code="model",
                )
    raise ValidationError("cannot build the model", format=NAME, source=ctx.source, code="model")


def _residue(item: Any, value: Item, ex: Extracted, ctx: Context) -> list[Extension]:
    """Everything in the input that the canonical item for ``value`` does not hold."""
    canonical = build(attrs.evolve(value, extensions=()), [])
    slot_of = {id(element): field for field, element in ex.sources.items()}
    found: list[tuple[tuple[int, ...], Extension]] = []

    def keep(name: str, text: str, container: str = "", element: Any = None, field: str | None = None) -> None:
        # Sorted as the writer places them (schema order), so that a second round trip gives the same order.
        order: tuple[int, ...] = (-1,)
        if element is not None:
            rank_of = RANKS[container] if container else RANKS[""]
            name_rank = len(rank_of) + 1
            if is_nar(element):
                name_rank = rank_of.get(local(element.tag), name_rank)
            outer = RANKS[""][container] if container else name_rank
            order = (outer, name_rank if container else 0, 0 if field else 1, len(found))
        found.append((order, Extension(namespace=NAMESPACE, name=name, value=text)))

    if not is_nar(item, "newsItem"):
        keep("root", local(item.tag))
    for key, text in item.attrib.items():
        if canonical.root_attrs.get(key) != text:
            keep(f"@{key}", text)

    def walk(parent: Any, container: str) -> None:
        pool = [
            canon(e) for _, _, e in canonical.children[container] if not any(e is s for s in canonical.slots.values())
        ]
        prefix = f"{container}/" if container else ""
        for child in parent:
            if not isinstance(child.tag, str):
                if child.tag is etree.Comment:
                    keep(f"{prefix}#comment", child.text or "", container, child)
                else:
                    ctx.warning("processing instruction dropped", child, "pi")
                continue
            if child.tag == f"{{{NSX}}}fields":
                continue
            own: Any = child
            if (
                not container
                and is_nar(own)
                and local(own.tag) in CONTAINERS
                and id(first(item, local(own.tag))) == id(own)
            ):
                for key, text in own.attrib.items():
                    keep(f"{local(own.tag)}/@{key}", text)
                walk(own, local(own.tag))
                continue
            field = slot_of.get(id(child))
            if field is not None:
                made = canonical.slots.get(field)
                if made is None or canon(made) != canon(child):
                    keep(f"{prefix}{element_key(child)}#{field}", _xml(child), container, child, field)
                continue
            mine = canon(child)
            if mine in pool:
                pool.remove(mine)
            else:
                keep(f"{prefix}{element_key(child)}", _xml(child), container, child)

    walk(item, "")
    return [extension for _, extension in sorted(found, key=lambda entry: entry[0])]
