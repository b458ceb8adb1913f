"""Model -> NewsML-G2 tree. The reader uses the same builders to recognise canonical parts."""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from newsschema.models import Article, AttributedQuote, Extension, Item, PhotoCaption, SourceCredit, Subject
from newsschema.plain import model_name, to_plain

NAR = "http://iptc.org/std/nar/2006-10-01/"
NITF = "http://iptc.org/std/NITF/2006-10-18/"
NSX = "urn:x-newsschema:ext:1"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
CATALOG_HREF = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
DEFAULT_GUID = "urn:x-newsschema:item:unset"
DEFAULT_DATETIME = "1970-01-01T00:00:00Z"
DEFAULT_PROVIDER_URI = "urn:x-newsschema:provider:unspecified"
SUBHEADLINE_ROLE = "x-hlrole:subheadline"
NSMAP: Any = {None: NAR}
_DEFAULT_NITF: Any = {None: NITF}

ITEM_CLASS = {
    Article: "ninat:text",
    PhotoCaption: "ninat:picture",
    AttributedQuote: "ninat:text",
    SourceCredit: "ninat:text",
}

_ORDER = {
    "": [
        ["Signature"],
        ["catalogRef", "catalog"],
        ["hopHistory"],
        ["pubHistory"],
        ["rightsInfo"],
        ["itemMeta"],
        ["contentMeta"],
        ["partMeta"],
        ["assert"],
        ["inlineRef"],
        ["derivedFrom", "derivedFromValue"],
        ["contentSet", "groupSet"],
    ],
    "itemMeta": [
        [n]
        for n in [
            "itemClass",
            "provider",
            "versionCreated",
            "firstCreated",
            "embargoed",
            "pubStatus",
            "role",
            "fileName",
            "generator",
            "profile",
            "service",
            "title",
            "edNote",
            "memberOf",
            "instanceOf",
            "signal",
            "altRep",
            "deliverableOf",
            "hash",
            "expires",
            "origRep",
            "incomingFeedId",
            "metadataCreator",
            "link",
            "itemMetaExtProperty",
        ]
    ],
    "contentMeta": [
        [n]
        for n in [
            "icon",
            "urgency",
            "contentCreated",
            "contentModified",
            "digitalSourceType",
            "located",
            "infoSource",
            "creator",
            "contributor",
            "audience",
            "exclAudience",
            "altId",
            "rating",
            "userInteraction",
            "language",
            "genre",
            "keyword",
            "subject",
            "slugline",
            "headline",
            "dateline",
            "by",
            "creditline",
            "description",
            "contentMetaExtProperty",
        ]
    ],
    "contentSet": [["inlineXML", "inlineData", "remoteContent"]],
}
RANKS: dict[str, dict[str, int]] = {
    container: {name: rank for rank, names in enumerate(groups) for name in names}
    for container, groups in _ORDER.items()
}
CONTAINERS = ("itemMeta", "contentMeta", "contentSet")

_QCODE = re.compile(r"[^\s:]+:\S+")  # the XSD's QCodeType pattern: a code after the colon
_DATETIME = re.compile(
    r"-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})", re.ASCII
)
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> bool:
    """Whether XML 1.0 can hold ``text`` as it is."""
    return _ILLEGAL.search(text) is None


def intl_safe(text: str) -> bool:
    """Whether ``text`` fits a G2 IntlStringType (no TAB, CR, LF)."""
    return xml_safe(text) and not any(c in text for c in "\t\r\n")


def sanitize(text: str, *, intl: bool = False) -> str:
    """Replace what XML (or an IntlStringType) cannot hold; the exact value goes elsewhere."""
    text = _ILLEGAL.sub("\ufffd", text)
    if intl:
        text = re.sub("[\t\r\n]", " ", text)
    return text


def is_qcode(value: str) -> bool:
    return _QCODE.fullmatch(value) is not None and xml_safe(value)


_URI = re.compile(r"(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2}|[^\x00-\x7f])*")


def uri_ok(value: str) -> bool:
    """Whether libxml2 accepts ``value`` as an xs:anyURI (a conservative check)."""
    if not xml_safe(value) or _URI.fullmatch(value) is None or value.count("#") > 1:
        return False
    head = re.split(r"[/?#]", value, maxsplit=1)[0]
    return ":" not in head or re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*", head.split(":", 1)[0]) is not None


def is_datetime(value: str) -> bool:
    return _DATETIME.fullmatch(value) is not None


def local(tag: Any) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def nar(name: str, text: str | None = None, **attrs: str) -> Any:
    element = etree.Element(f"{{{NAR}}}{name}", nsmap=NSMAP)
    for key, value in attrs.items():
        element.set(key, value)
    if text is not None:
        element.text = text
    return element


def nitf(parent: Any, name: str, text: str | None = None, **attrs: str) -> Any:
    element = etree.SubElement(parent, f"{{{NITF}}}{name}")
    for key, value in attrs.items():
        element.set(key.replace("_", "-"), value)
    if text is not None:
        element.text = text
    return element


def dump_json(value: Any) -> str:
    """JSON that XML 1.0 can always hold (control characters are escaped by JSON itself)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("\ufffe", "\\ufffe").replace("\uffff", "\\uffff")


# --------------------------------------------------------------------------- element builders


def keyword_element(value: str) -> Any:
    return nar("keyword", sanitize(value, intl=True))


def by_element(value: str) -> Any:
    return nar("by", sanitize(value))


def subject_element(subject: Subject) -> Any:
    element = nar("subject")
    if subject.kind is not None and is_qcode(subject.kind):
        element.set("type", subject.kind)
    if subject.code is not None and is_qcode(subject.code):
        element.set("qcode", subject.code)
    if subject.uri is not None and uri_ok(subject.uri):
        element.set("uri", subject.uri)
    if subject.name is not None:
        element.append(nar("name", sanitize(subject.name, intl=True)))
    return element


def subject_exact(subject: Subject) -> bool:
    return (
        (subject.kind is None or is_qcode(subject.kind))
        and (subject.code is None or is_qcode(subject.code))
        and (subject.uri is None or uri_ok(subject.uri))
        and (subject.name is None or intl_safe(subject.name))
    )


def source_element(credit: SourceCredit) -> Any:
    element = nar("infoSource")
    if credit.role is not None and is_qcode(credit.role):
        element.set("role", credit.role)
    if credit.uri is not None and uri_ok(credit.uri):
        element.set("uri", credit.uri)
    element.append(nar("name", sanitize(credit.party, intl=True)))
    return element


def source_exact(credit: SourceCredit) -> bool:
    return (
        (credit.role is None or is_qcode(credit.role))
        and (credit.uri is None or uri_ok(credit.uri))
        and intl_safe(credit.party)
        and credit.printed is None
        and not credit.extensions
    )


def rights_element(rights: Any) -> Any:
    element = nar("rightsInfo")
    if rights.copyright_holder is not None:
        holder = etree.SubElement(element, f"{{{NAR}}}copyrightHolder")
        holder.append(nar("name", sanitize(rights.copyright_holder, intl=True)))
    if rights.copyright_notice is not None:
        element.append(nar("copyrightNotice", sanitize(rights.copyright_notice)))
    if rights.usage_terms is not None:
        element.append(nar("usageTerms", sanitize(rights.usage_terms)))
    return element


def rights_exact(rights: Any) -> bool:
    return (
        (rights.copyright_holder is None or intl_safe(rights.copyright_holder))
        and (rights.copyright_notice is None or xml_safe(rights.copyright_notice))
        and (rights.usage_terms is None or xml_safe(rights.usage_terms))
    )


def image_element(image: Any) -> Any:
    element = nar("remoteContent")
    if uri_ok(image.href):
        element.set("href", image.href)
    if image.media_type is not None:
        element.set("contenttype", sanitize(image.media_type))
    for name in ("size", "width", "height"):
        value = getattr(image, name)
        if value is not None:
            element.set(name, str(value))
    return element


def image_exact(image: Any) -> bool:
    return uri_ok(image.href) and (image.media_type is None or xml_safe(image.media_type))


# --------------------------------------------------------------------------- the builder


class Builder:
    """Collects the children of each container in schema order, then assembles the item."""

    def __init__(self, item: Item, placed: list[Extension]) -> None:
        self.item = item
        self.children: dict[str, list[tuple[int, int, Any]]] = {"": [], **{c: [] for c in CONTAINERS}}
        self.root_attrs: dict[str, str] = {}
        self.rest: dict[str, Any] = {}
        self.slots: dict[str, Any] = {}
        self.counter = 0
        self.root_tag = "newsItem"
        self.slot_exts: dict[str, list[tuple[str, Any]]] = {}
        self.path_exts: set[str] = set()
        self.plain: dict[str, Any] = to_plain(item)
        self.placed = placed
        self.container_attrs: dict[str, dict[str, str]] = {c: {} for c in CONTAINERS}

    def add(self, container: str, element: Any, *, late: bool = False) -> None:
        ranks = RANKS[container]
        rank = len(ranks) + 1
        if isinstance(element.tag, str) and element.tag.startswith(f"{{{NAR}}}"):
            rank = ranks.get(local(element.tag), rank)
        self.children[container].append((rank, self.counter + (1 << 30 if late else 0), element))
        self.counter += 1

    def slot(self, field: str, container: str, element: Any) -> None:
        """Add the element for a model field, unless an extension replaces it."""
        if field in self.slot_exts:
            for ext_container, ext_element in self.slot_exts.pop(field):
                self.add(ext_container, ext_element)
            return
        self.slots[field] = element
        self.add(container, element)

    def default(self, container: str, element: Any) -> None:
        """Add a required part we fill with a default, unless the item brings its own."""
        path = f"{container}/{local(element.tag)}" if container else local(element.tag)
        if path not in self.path_exts:
            self.add(container, element)

    def keep(self, key: str) -> None:
        """Carry a field exactly in the ext area (value from the plain form, None = absent)."""
        self.rest[key] = self.plain.get(key)

    def place_extensions(self) -> None:
        from newsschema.newsml._extensions import place  # noqa: PLC0415 - _extensions imports this module

        place(self, self.placed)

    def finish(self) -> Any:
        root = etree.Element(f"{{{NAR}}}{self.root_tag}", nsmap=NSMAP)
        for key, value in self.root_attrs.items():
            root.set(key, value)
        for container in CONTAINERS:
            entries = self.children[container]
            if entries or container == "itemMeta":
                holder = nar(container)
                for key, value in self.container_attrs[container].items():
                    holder.set(key, value)
                for _, _, element in sorted(entries, key=lambda entry: entry[:2]):
                    holder.append(element)
                self.add("", holder)
        for _, _, element in sorted(self.children[""], key=lambda entry: entry[:2]):
            root.append(element)
        return root


def build(item: Item, placed: list[Extension]) -> Builder:
    """Build the item tree for ``item``; ``placed`` are the newsml extensions put back in place."""
    builder = Builder(item, placed)
    builder.place_extensions()
    _common(builder)
    if isinstance(item, Article):
        _article(builder, item)
    elif isinstance(item, PhotoCaption):
        _caption(builder, item)
    elif isinstance(item, AttributedQuote):
        _quote(builder, item)
    else:
        _credit(builder, item)
    unplaced = [e for e in item.extensions if e not in builder.placed]
    if unplaced:
        builder.rest["extensions"] = [to_plain(e) for e in unplaced]
    # leftover slot extensions (a field the model no longer has) still go out
    for field, entries in builder.slot_exts.items():
        for container, element in entries:
            builder.add(container, element)
        del field
    builder.slot_exts = {}
    always = not isinstance(item, Article | PhotoCaption)
    if builder.rest or always:
        fields = etree.Element(f"{{{NSX}}}fields", nsmap={"nsx": NSX})
        fields.set("model", model_name(type(item)))
        fields.text = dump_json(builder.rest)
        builder.add("contentMeta", fields)
    return builder


def _common(b: Builder) -> None:
    item = b.item
    guid = getattr(item, "guid", None)
    attrs: dict[str, str] = {}
    if guid is not None and xml_safe(guid):
        attrs["guid"] = guid
    else:
        attrs["guid"] = DEFAULT_GUID
        b.keep("guid")
    version = getattr(item, "version", None)
    if version is not None:
        attrs["version"] = str(version)
    attrs["standard"] = "NewsML-G2"
    attrs["standardversion"] = "2.35"
    attrs["conformance"] = "power"
    language = getattr(item, "language", None)
    if language is not None:
        attrs[XML_LANG] = language
    for key, value in attrs.items():
        b.root_attrs.setdefault(key, value)
    b.default("", nar("catalogRef", href=CATALOG_HREF))
    catalog = nar("catalog")
    catalog.append(nar("scheme", alias="x-nsrel", uri="urn:x-newsschema:rel:"))
    catalog.append(nar("scheme", alias="x-hlrole", uri="urn:x-newsschema:headlinerole:"))
    b.default("", catalog)
    b.default("itemMeta", nar("itemClass", qcode=ITEM_CLASS[type(item)]))
    b.default("itemMeta", nar("provider", uri=DEFAULT_PROVIDER_URI))
    if not isinstance(item, Article):
        b.default("itemMeta", nar("versionCreated", DEFAULT_DATETIME))
    rights = getattr(item, "rights", None)
    if rights is not None:
        if not rights_exact(rights):
            b.keep("rights")
        b.slot("rights", "", rights_element(rights))


def _timestamp(
    b: Builder, field: str, container: str, tag: str, *, truncated: bool = False, required: bool = False
) -> None:
    stamp = getattr(b.item, field)
    if stamp is not None and (is_datetime(stamp.value) or (truncated and "T" not in stamp.value)):
        b.slot(field, container, nar(tag, stamp.value))
    elif required:
        b.slot(field, container, nar(tag, DEFAULT_DATETIME))
        b.keep(field)
    elif stamp is not None:
        b.keep(field)


def _label(b: Builder, field: str, tag: str, *, intl: bool = False, **attrs: str) -> None:
    value = getattr(b.item, field)
    if value is None:
        return
    if not (intl_safe(value) if intl else xml_safe(value)):
        b.keep(field)
    b.slot(field, "contentMeta", nar(tag, sanitize(value, intl=intl), **attrs))


def _article(b: Builder, a: Article) -> None:
    _timestamp(b, "version_created", "itemMeta", "versionCreated", required=True)
    _timestamp(b, "first_created", "itemMeta", "firstCreated")
    _timestamp(b, "content_created", "contentMeta", "contentCreated", truncated=True)
    if a.sources:
        if not all(source_exact(s) for s in a.sources):
            b.keep("sources")
        for credit in a.sources:
            b.add("contentMeta", source_element(credit))
    if a.keywords:
        if not all(intl_safe(k) for k in a.keywords):
            b.keep("keywords")
        for keyword in a.keywords:
            b.add("contentMeta", keyword_element(keyword))
    if a.subjects:
        if not all(subject_exact(s) for s in a.subjects):
            b.keep("subjects")
        for subject in a.subjects:
            b.add("contentMeta", subject_element(subject))
    _label(b, "slugline", "slugline", intl=True)
    _label(b, "headline", "headline")
    _label(b, "subheadline", "headline", role=SUBHEADLINE_ROLE)
    if a.dateline is not None:
        if not (xml_safe(a.dateline.printed) and set(b.plain["dateline"]) == {"printed"}):
            b.keep("dateline")
        b.slot("dateline", "contentMeta", nar("dateline", sanitize(a.dateline.printed)))
    if a.bylines:
        if not all(set(p) == {"printed"} and xml_safe(p["printed"]) for p in b.plain["bylines"]):
            b.keep("bylines")
        for byline in a.bylines:
            b.add("contentMeta", by_element(byline.printed))
    for key in ("uri", "quotes", "captions"):
        if key in b.plain:
            b.keep(key)
    if not all(xml_safe(p) for p in a.body):
        b.keep("body")
    b.slot("body", "contentSet", article_body(a))


def article_body(a: Article) -> Any:
    """The inline NITF 3.6 body: head, paragraphs with quote markup, pictures, source line."""
    holder = nar("inlineXML", contenttype="application/nitf+xml")
    root = etree.SubElement(holder, f"{{{NITF}}}nitf", nsmap=_DEFAULT_NITF)
    body = nitf(root, "body")
    head = nitf(body, "body.head")
    if a.headline is not None and xml_safe(a.headline):
        hedline = nitf(head, "hedline")
        nitf(hedline, "hl1", a.headline)
        if a.subheadline is not None and xml_safe(a.subheadline):
            nitf(hedline, "hl2", a.subheadline)
    for byline in a.bylines:
        if byline.position == "top" and xml_safe(byline.printed):
            nitf(head, "byline", byline.printed)
    if a.dateline is not None and xml_safe(a.dateline.printed):
        nitf(head, "dateline", a.dateline.printed)
    if len(head) == 0:
        body.remove(head)
    content = nitf(body, "body.content")
    marks = _quote_marks(a)
    for index, paragraph in enumerate(a.body):
        _paragraph(nitf(content, "p"), marks.get(index, []), sanitize(paragraph))
    for number, caption in enumerate(a.captions, 1):
        media = nitf(content, "media", media_type="image", id=f"media-{number}")
        if caption.image is not None and uri_ok(caption.image.href):
            nitf(media, "media-reference", source=caption.image.href)
        else:
            nitf(media, "media-reference")
        if xml_safe(caption.text):
            nitf(media, "media-caption", caption.text)
        if caption.credit is not None and xml_safe(caption.credit):
            nitf(media, "media-producer", caption.credit)
    taglines = [s.printed for s in a.sources if s.printed is not None and xml_safe(s.printed)]
    if taglines:
        end = nitf(body, "body.end")
        nitf(end, "tagline", taglines[0])
    return holder


Mark = tuple[int, int, str, str | None]


def _quote_marks(a: Article) -> dict[int, list[Mark]]:
    """The located quote parts of every paragraph, in one pass over the quotes."""
    marks: dict[int, list[Mark]] = {}
    for qnum, quote in enumerate(a.quotes, 1):
        speaker = quote.speaker.text if quote.speaker is not None and xml_safe(quote.speaker.text) else None
        for pnum, part in enumerate(quote.parts, 1):
            if part.paragraph is not None and part.offset is not None:
                marks.setdefault(part.paragraph, []).append(
                    (part.offset, part.offset + len(part.text), f"q{qnum}-{pnum}", speaker)
                )
    return marks


def _paragraph(p: Any, marks: list[Mark], text: str) -> None:
    """Mark located quote parts as NITF ``q`` where they do not overlap (the exact quotes are in the ext area)."""
    chosen: list[Mark] = []
    for mark in sorted(marks):
        if not chosen or mark[0] >= chosen[-1][1]:
            chosen.append(mark)
    position = 0
    last: Any = None
    p.text = text[: chosen[0][0]] if chosen else text
    for start, end, ident, speaker in chosen:
        if last is not None:
            last.tail = text[position:start]
        attrs = {"id": ident}
        if speaker is not None:
            attrs["quote_source"] = speaker
        last = nitf(p, "q", text[start:end], **attrs)
        position = end
    if last is not None:
        last.tail = text[position:]


def _caption(b: Builder, c: PhotoCaption) -> None:
    _timestamp(b, "taken", "contentMeta", "contentCreated", truncated=True)
    if c.photographer is not None:
        creator = nar("creator", role="cpprole:author")
        creator.append(nar("name", sanitize(c.photographer, intl=True)))
        if not intl_safe(c.photographer):
            b.keep("photographer")
        b.slot("photographer", "contentMeta", creator)
    _label(b, "credit", "creditline", intl=True)
    if not xml_safe(c.text):
        b.keep("text")
    b.slot("text", "contentMeta", nar("description", sanitize(c.text), role="drol:caption"))
    for key in ("label", "date_printed", "credited", "extra_credits"):
        if key in b.plain:
            b.keep(key)
    if c.image is not None:
        if not image_exact(c.image):
            b.keep("image")
        b.slot("image", "contentSet", image_element(c.image))


def _quote(b: Builder, q: AttributedQuote) -> None:
    b.rest.update(b.plain)
    b.rest.pop("extensions", None)
    holder = nar("inlineXML", contenttype="application/nitf+xml")
    root = etree.SubElement(holder, f"{{{NITF}}}nitf", nsmap=_DEFAULT_NITF)
    content = nitf(nitf(root, "body"), "body.content")
    attrs: dict[str, str] = {}
    if q.speaker is not None and xml_safe(q.speaker.text):
        attrs["quote_source"] = q.speaker.text
    bq = nitf(content, "bq", **attrs)
    block = nitf(bq, "block")
    for part in q.parts:
        nitf(block, "p", sanitize(part.text))
    if "quote_source" in attrs:
        nitf(bq, "credit", attrs["quote_source"])
    b.slot("body", "contentSet", holder)


def _credit(b: Builder, c: SourceCredit) -> None:
    b.rest.update(b.plain)
    b.rest.pop("extensions", None)
    b.slot("credit", "contentMeta", source_element(c))
    if c.printed is not None:
        b.slot("printed", "contentMeta", nar("creditline", sanitize(c.printed, intl=True)))
