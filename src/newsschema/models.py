"""The models: an article, a photo caption, an attributed quote, a source credit.

This module knows no format. Every model is a frozen, keyword-only attrs class
whose invariants are checked when it is built; a broken invariant raises
:class:`~newsschema.errors.InvalidModelError` naming the field.

Text is stored exactly as it was given. The models accept every Unicode scalar
value, control characters included, and refuse only lone surrogates (which no
encoding can carry). Formats that cannot hold a character (XML 1.0 cannot hold
most C0 controls) carry it in a documented escape; nothing is altered in
silence. Positions inside text count Unicode code points, as Python does.

>>> from newsschema.models import Article, AttributedQuote, Span, QuoteKind
>>> body = ('Kim "met Putin at the airport," the Kremlin said.',)
>>> quote = AttributedQuote(
...     kind=QuoteKind.DIRECT,
...     parts=(Span(text="met Putin at the airport,", paragraph=0, offset=5),),
...     speaker=Span(text="the Kremlin", paragraph=0, offset=32),
...     cue=Span(text="said", paragraph=0, offset=44),
... )
>>> Article(language="en", body=body, quotes=(quote,)).quotes[0].parts[0].end
30
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeAlias

import attrs

from newsschema.errors import InvalidModelError

__all__ = [
    "MODELS",
    "Article",
    "AttributedQuote",
    "Byline",
    "BylinePosition",
    "Contributor",
    "CreditRole",
    "Dateline",
    "Extension",
    "ImageRef",
    "Item",
    "PhotoCaption",
    "QuoteKind",
    "Rights",
    "SourceCredit",
    "Span",
    "Subject",
    "Timestamp",
    "is_valid_language_tag",
]


# --------------------------------------------------------------------------- #
# Validators. Messages follow attrs: "'field' must be ... (got ...)".
# --------------------------------------------------------------------------- #


def _fail(attribute: attrs.Attribute[Any], message: str) -> InvalidModelError:
    return InvalidModelError(f"'{attribute.name}' {message}", pointer=f"/{attribute.name}")


def _check_str(attribute: attrs.Attribute[Any], value: object) -> str:
    if not isinstance(value, str):
        raise _fail(attribute, f"must be a string (got {value!r} that is a {type(value).__name__})")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise _fail(
                attribute,
                f"must not contain lone surrogates (got U+{ord(value[exc.start]):04X} at index {exc.start})",
            ) from None
    return value


def _text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Any string of Unicode scalar values, empty allowed."""
    _check_str(attribute, value)


def _name(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty string that is not only whitespace."""
    if not _check_str(attribute, value).strip():
        raise _fail(attribute, f"must not be empty or blank (got {value!r})")


def _token(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty string without whitespace: QCodes, roles, namespaces."""
    text = _check_str(attribute, value)
    if not text or any(char.isspace() for char in text):
        raise _fail(attribute, f"must be a non-empty string without whitespace (got {value!r})")


def _optional(validator: Callable[[object, attrs.Attribute[Any], object], None]) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def _instance_of(cls: type[Any] | tuple[type[Any], ...]) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls) or (isinstance(value, bool) and cls is int):
            expected = cls.__name__ if isinstance(cls, type) else " or ".join(c.__name__ for c in cls)
            raise _fail(attribute, f"must be {expected} (got {value!r} that is a {type(value).__name__})")

    return check


def _non_negative_int(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _fail(attribute, f"must be an integer >= 0 (got {value!r})")


def _positive_int(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _fail(attribute, f"must be an integer >= 1 (got {value!r})")


def _tuple_of(
    element: type[Any] | Callable[[object, attrs.Attribute[Any], object], None],
) -> Any:
    """Every element passes ``element`` (a class or a validator)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise _fail(attribute, f"must be a tuple (got {type(value).__name__})")
        for index, item in enumerate(value):
            try:
                if isinstance(element, type):
                    if not isinstance(item, element):
                        raise _fail(
                            attribute,
                            f"items must be {element.__name__} (got {item!r} that is a {type(item).__name__})",
                        )
                else:
                    element(instance, attribute, item)
            except InvalidModelError as error:
                raise InvalidModelError(
                    error.message, pointer=f"/{attribute.name}/{index}{_tail(error.pointer, attribute.name)}"
                ) from None

    return check


def _tail(pointer: str | None, name: str) -> str:
    """Strip ``/name`` from an element error so it nests under ``/name/index``."""
    if pointer is None or pointer == f"/{name}":
        return ""
    return pointer


def _to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Accept any iterable but a string for tuple fields (a string would split into characters)."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, str | bytes | dict):
        return value  # type: ignore[return-value]  # the validator reports the type
    try:
        return tuple(value)
    except TypeError:
        return value  # type: ignore[return-value]  # the validator reports the type


# --------------------------------------------------------------------------- #
# Language tags (BCP 47 / RFC 5646, well-formedness).
# --------------------------------------------------------------------------- #

_LANGTAG = re.compile(
    r"""
    (?:
      (?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})
      (?:-[a-z]{4})?                                  # script
      (?:-(?:[a-z]{2}|[0-9]{3}))?                     # region
      (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*        # variants
      (?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*            # extensions
      (?:-x(?:-[a-z0-9]{1,8})+)?                      # private use
    |
      x(?:-[a-z0-9]{1,8})+                            # private use only
    )
    """,
    re.VERBOSE,
)
_GRANDFATHERED = frozenset(
    [
        "en-gb-oed",
        "i-ami",
        "i-bnn",
        "i-default",
        "i-enochian",
        "i-hak",
        "i-klingon",
        "i-lux",
        "i-mingo",
        "i-navajo",
        "i-pwn",
        "i-tao",
        "i-tay",
        "i-tsu",
        "sgn-be-fr",
        "sgn-be-nl",
        "sgn-ch-de",
        "art-lojban",
        "cel-gaulish",
        "no-bok",
        "no-nyn",
        "zh-guoyu",
        "zh-hakka",
        "zh-min",
        "zh-min-nan",
        "zh-xiang",
    ]
)


def is_valid_language_tag(tag: str) -> bool:
    """Whether ``tag`` is a well-formed BCP 47 language tag.

    >>> is_valid_language_tag("id"), is_valid_language_tag("zh-Hant-TW"), is_valid_language_tag("id_ID")
    (True, True, False)
    """
    if not tag.isascii():
        return False
    lowered = tag.lower()
    return lowered in _GRANDFATHERED or _LANGTAG.fullmatch(lowered) is not None


def _language(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not is_valid_language_tag(_check_str(attribute, value)):
        raise _fail(attribute, f"must be a well-formed BCP 47 language tag such as 'id' or 'en-GB' (got {value!r})")


# --------------------------------------------------------------------------- #
# Timestamps that keep their lexical form.
# --------------------------------------------------------------------------- #

_TIMESTAMP = re.compile(
    r"(?P<year>[0-9]{4})"
    r"(?:-(?P<month>[0-9]{2})"
    r"(?:-(?P<day>[0-9]{2})"
    r"(?:T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2})(?P<fraction>\.[0-9]{1,9})?)?"
    r"(?P<offset>Z|[+-](?P<offset_hours>[0-9]{2}):(?P<offset_minutes>[0-9]{2}))"
    r")?)?)?",
    re.ASCII,
)


class _Precision(enum.StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    TIME = "time"


def _timestamp_value(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    text = _check_str(attribute, value)
    match = _TIMESTAMP.fullmatch(text)
    problem = None
    if match is None:
        problem = (
            "must be an ISO 8601 date or date-time: YYYY, YYYY-MM, YYYY-MM-DD "
            "or YYYY-MM-DDThh:mm[:ss[.f]] with an offset"
        )
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+", text):
            problem = "must carry a UTC offset such as 'Z' or '+07:00' (a date-time without one is ambiguous)"
    else:
        year, month, day = match["year"], match["month"] or "01", match["day"] or "01"
        try:
            date(int(year), int(month), int(day))
            if match["hour"] is not None:
                if int(match["hour"]) > 23 or int(match["minute"]) > 59 or int(match["second"] or 0) > 59:
                    raise ValueError("time out of range")
                if match["offset_hours"] is not None and (
                    int(match["offset_minutes"]) > 59
                    or int(match["offset_hours"]) * 60 + int(match["offset_minutes"]) > 14 * 60
                ):
                    raise ValueError("offset out of range: UTC offsets lie between -14:00 and +14:00")
        except ValueError as exc:
            problem = f"must be a real calendar date and time ({exc})"
    if problem:
        raise _fail(attribute, f"{problem} (got {value!r})")


@attrs.frozen(kw_only=True)
class Timestamp:
    """A date or date-time kept in the exact lexical form the source gave.

    News metadata mixes full date-times with truncated dates (a photo "taken in
    2023-09"). A date-time must carry a UTC offset; ``Z`` and ``+00:00`` are
    kept apart because they are different text.

    >>> Timestamp(value="2023-09").precision
    'month'
    >>> Timestamp(value="2024-06-19T02:45:00+07:00").to_datetime().utcoffset()
    datetime.timedelta(seconds=25200)
    """

    value: str = attrs.field(validator=_timestamp_value)

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"``, ``"day"`` or ``"time"``."""
        match = _TIMESTAMP.fullmatch(self.value)
        assert match is not None
        if match["hour"] is not None:
            return _Precision.TIME.value
        if match["day"] is not None:
            return _Precision.DAY.value
        if match["month"] is not None:
            return _Precision.MONTH.value
        return _Precision.YEAR.value

    def to_datetime(self) -> datetime:
        """The moment as an aware datetime; only for ``precision == "time"``."""
        if self.precision != _Precision.TIME:
            raise ValueError(f"{self.value!r} is a {self.precision}, not a date-time")
        return datetime.fromisoformat(self.value.replace("Z", "+00:00"))

    def to_date(self) -> date:
        """The calendar day; only for precision ``"day"`` or ``"time"``."""
        if self.precision == _Precision.TIME:
            return date.fromisoformat(self.value[:10])
        if self.precision != _Precision.DAY:
            raise ValueError(f"{self.value!r} is a {self.precision}, not a day")
        return date.fromisoformat(self.value)

    @classmethod
    def from_datetime(cls, moment: datetime) -> Timestamp:
        """From an aware datetime (a naive one is refused)."""
        if moment.utcoffset() is None:
            raise InvalidModelError("'value' must carry a UTC offset (got a naive datetime)", pointer="/value")
        return cls(value=moment.isoformat())

    def __str__(self) -> str:
        return self.value


def _timestamp_field() -> Any:
    return attrs.field(default=None, validator=_optional(_instance_of(Timestamp)))


# --------------------------------------------------------------------------- #
# Small shared pieces.
# --------------------------------------------------------------------------- #


class QuoteKind(enum.StrEnum):
    """How a quote is reported (PARC 3.0 terms)."""

    DIRECT = "direct"
    """All of the reported words sit inside quotation marks."""
    INDIRECT = "indirect"
    """Reported speech without quotation marks (``..., menurut Ushakov.``)."""
    MIXED = "mixed"
    """A quoted fragment inside a reported sentence."""


class BylinePosition(enum.StrEnum):
    """Where a byline is printed."""

    TOP = "top"
    """Above the story (``By Janie Gabbett, Reuters``)."""
    END = "end"
    """A sign-off after the story (``(Reporting by X; Editing by Y)``, ``Pewarta: X Editor: Y``)."""


class CreditRole(enum.StrEnum):
    """Roles of a credited party. IPTC ``cpprole`` codes where one fits, ours otherwise.

    A :class:`SourceCredit` role is any QCode-like string; these are the ones
    the readers produce.
    """

    SOURCE = "cpprole:origcont"
    """The content was taken from this party (``(Sumber Antaranews)``)."""
    INFORMATION = "cpprole:originfo"
    """The information originated with this party."""
    DISTRIBUTOR = "cpprole:distributor"
    """The party that distributes the item (``ANTARA`` in ``ANTARA/KCNA/...``)."""
    PHOTO_AGENCY = "cpprole:imgSupplier"
    """The agency that supplies the image (``REUTERS/Name``)."""
    HANDOUT = "nsrole:handout"
    """The party that handed the material out (``(Handout KCNA)``); no IPTC code exists."""
    POOL = "nsrole:pool"
    """A pool photo."""
    AGENCY_TAG = "nsrole:agencyTag"
    """An agency named in a tag such as ``(ANTARA)`` or a dateline."""


@attrs.frozen(kw_only=True)
class Span:
    """Text as printed, and where it sits in an article's body when known.

    ``paragraph`` indexes :attr:`Article.body`; ``offset`` counts code points
    from the start of that paragraph. Both or neither are given.

    >>> Span(text="Ushakov", paragraph=4, offset=12).end
    19
    """

    text: str = attrs.field(validator=_name)
    paragraph: int | None = attrs.field(default=None, validator=_optional(_non_negative_int))
    offset: int | None = attrs.field(default=None, validator=_optional(_non_negative_int))

    def __attrs_post_init__(self) -> None:
        if (self.paragraph is None) != (self.offset is None):
            raise InvalidModelError("'paragraph' and 'offset' must be given together or not at all", pointer="/offset")

    @property
    def end(self) -> int | None:
        """The offset just past the text, or ``None`` without a position."""
        return None if self.offset is None else self.offset + len(self.text)

    @property
    def located(self) -> bool:
        """Whether the span knows its position."""
        return self.paragraph is not None


@attrs.frozen(kw_only=True)
class Extension:
    """A value that no field covers, kept so nothing is lost (law 4).

    ``namespace`` names the owner (``"newsml"``, ``"text"``, or a URI of
    yours); ``name`` identifies the value inside it; ``value`` is text, whose
    syntax the owner documents (``docs/formats.md``).
    """

    namespace: str = attrs.field(validator=_token)
    name: str = attrs.field(validator=_name)
    value: str = attrs.field(validator=_text)


def _extensions_field() -> Any:
    return attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(Extension))


@attrs.frozen(kw_only=True)
class Rights:
    """Rights information: four distinct things, never derived from each other."""

    copyright_holder: str | None = attrs.field(default=None, validator=_optional(_name))
    copyright_notice: str | None = attrs.field(default=None, validator=_optional(_name))
    usage_terms: str | None = attrs.field(default=None, validator=_optional(_name))


@attrs.frozen(kw_only=True)
class Subject:
    """What the article is about: a coded concept, a URI, a name, or all three.

    >>> Subject(code="medtop:11000000", name="politics").code
    'medtop:11000000'
    """

    name: str | None = attrs.field(default=None, validator=_optional(_name))
    code: str | None = attrs.field(default=None, validator=_optional(_token))
    uri: str | None = attrs.field(default=None, validator=_optional(_token))
    kind: str | None = attrs.field(default=None, validator=_optional(_token))
    """The concept type, e.g. ``cpnat:person`` or ``cpnat:geoArea``."""

    def __attrs_post_init__(self) -> None:
        if self.name is None and self.code is None and self.uri is None:
            raise InvalidModelError("a subject needs a 'name', a 'code' or a 'uri'", pointer="")


@attrs.frozen(kw_only=True)
class Contributor:
    """A person named in a byline, with the role the byline gives them."""

    name: str = attrs.field(validator=_name)
    role: str | None = attrs.field(default=None, validator=_optional(_name))
    """As printed or coded: ``"Reporting"``, ``"Editing"``, ``"Pewarta"``, ``"cpprole:author"``."""


@attrs.frozen(kw_only=True)
class Byline:
    """A byline or sign-off as printed, and the people it names.

    >>> Byline(printed="Pewarta: Rina Editor: Budi", position=BylinePosition.END).position
    <BylinePosition.END: 'end'>
    """

    printed: str = attrs.field(validator=_name)
    people: tuple[Contributor, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(Contributor))
    position: BylinePosition = attrs.field(default=BylinePosition.TOP, converter=BylinePosition)


def _view_of(container: str, *views: str) -> Any:
    """Check that the named string fields occur inside the ``container`` field."""

    def check(self: object) -> None:
        whole = getattr(self, container)
        for view in views:
            part = getattr(self, view)
            if part is not None and whole is not None and part not in whole:
                raise InvalidModelError(
                    f"'{view}' must occur in '{container}' as printed (got {part!r}, not found in {whole!r})",
                    pointer=f"/{view}",
                )

    return check


@attrs.frozen(kw_only=True)
class Dateline:
    """A dateline as printed, with the parts that can be read from it.

    ``place``, ``date`` and ``agency`` are views: each occurs in ``printed``.

    >>> Dateline(printed="Jakarta \\u2013", place="Jakarta").place
    'Jakarta'
    """

    printed: str = attrs.field(validator=_name)
    place: str | None = attrs.field(default=None, validator=_optional(_name))
    date: str | None = attrs.field(default=None, validator=_optional(_name))
    """The date as printed (``June 19``), not parsed."""
    agency: str | None = attrs.field(default=None, validator=_optional(_name))
    when: Timestamp | None = _timestamp_field()
    """The date as a timestamp, when known."""

    def __attrs_post_init__(self) -> None:
        _view_of("printed", "place", "date", "agency")(self)


# --------------------------------------------------------------------------- #
# The four models.
# --------------------------------------------------------------------------- #


@attrs.frozen(kw_only=True)
class SourceCredit:
    """A credited party, its role, and the credit as printed.

    >>> credit = SourceCredit(party="Antaranews", role=CreditRole.SOURCE, printed="(Sumber Antaranews)")
    >>> credit.role == "cpprole:origcont"
    True
    """

    party: str = attrs.field(validator=_name)
    role: str | None = attrs.field(default=None, validator=_optional(_token))
    """An IPTC ``cpprole`` QCode or one of :class:`CreditRole`; any QCode is allowed."""
    printed: str | None = attrs.field(default=None, validator=_optional(_name))
    """The credit as printed, e.g. ``(Sumber Antaranews)`` or ``(Handout KCNA)``."""
    uri: str | None = attrs.field(default=None, validator=_optional(_token))
    extensions: tuple[Extension, ...] = _extensions_field()


@attrs.frozen(kw_only=True)
class ImageRef:
    """Where the image itself is, when known."""

    href: str = attrs.field(validator=_token)
    media_type: str | None = attrs.field(default=None, validator=_optional(_token))
    size: int | None = attrs.field(default=None, validator=_optional(_non_negative_int))
    """In bytes."""
    width: int | None = attrs.field(default=None, validator=_optional(_positive_int))
    height: int | None = attrs.field(default=None, validator=_optional(_positive_int))


@attrs.frozen(kw_only=True)
class PhotoCaption:
    """A photo caption with its label, credits, photographer and date.

    ``date_printed`` is a view: it occurs in ``text``.

    >>> caption = PhotoCaption(
    ...     label="Foto arsip",
    ...     text="Two leaders shake hands in Vostochny (13/9/2023).",
    ...     date_printed="13/9/2023",
    ...     credit="ANTARA/KCNA/tm/aa.",
    ...     credited=(SourceCredit(party="ANTARA", role=CreditRole.DISTRIBUTOR),
    ...               SourceCredit(party="KCNA", role=CreditRole.PHOTO_AGENCY)),
    ...     extra_credits=(SourceCredit(party="KCNA", role=CreditRole.HANDOUT, printed="(Handout KCNA)"),),
    ... )
    >>> [party.party for party in caption.credited]
    ['ANTARA', 'KCNA']
    """

    guid: str | None = attrs.field(default=None, validator=_optional(_token))
    """The NewsML-G2 guid of the picture item, when it has one."""
    version: int | None = attrs.field(default=None, validator=_optional(_positive_int))
    language: str | None = attrs.field(default=None, validator=_optional(_language))
    label: str | None = attrs.field(default=None, validator=_optional(_name))
    """``Foto arsip`` (archive photo), ``FILE PHOTO``, ``Ilustrasi``..."""
    text: str = attrs.field(default="", validator=_text)
    date_printed: str | None = attrs.field(default=None, validator=_optional(_name))
    """The date the photo was taken as printed in the caption (``13/9/2023``)."""
    taken: Timestamp | None = _timestamp_field()
    credit: str | None = attrs.field(default=None, validator=_optional(_name))
    """The credit as printed: ``ANTARA/KCNA/tm/aa.``, ``REUTERS/Willy Kurniawan``."""
    credited: tuple[SourceCredit, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(SourceCredit))
    """The parties that ``credit`` names, in printed order."""
    extra_credits: tuple[SourceCredit, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(SourceCredit)
    )
    """Further credits printed after the main one, such as ``(Handout KCNA)``."""
    photographer: str | None = attrs.field(default=None, validator=_optional(_name))
    image: ImageRef | None = attrs.field(default=None, validator=_optional(_instance_of(ImageRef)))
    rights: Rights | None = attrs.field(default=None, validator=_optional(_instance_of(Rights)))
    extensions: tuple[Extension, ...] = _extensions_field()

    def __attrs_post_init__(self) -> None:
        _view_of("text", "date_printed")(self)


@attrs.frozen(kw_only=True)
class AttributedQuote:
    """Words attributed to a speaker, and exactly where they sit in the body.

    A quote may span paragraphs (one part per paragraph) or be split by its
    attribution (``"...," X said, "..."``): ``parts`` holds every piece in
    order, quotation marks excluded. ``speaker`` is the speaker as printed
    (``Kremlin``, ``he``, the clitic ``nya``); ``resolved_speaker`` is who that
    is, when known.
    """

    kind: QuoteKind = attrs.field(converter=QuoteKind)
    parts: tuple[Span, ...] = attrs.field(converter=_to_tuple, validator=_tuple_of(Span))
    speaker: Span | None = attrs.field(default=None, validator=_optional(_instance_of(Span)))
    resolved_speaker: str | None = attrs.field(default=None, validator=_optional(_name))
    cue: Span | None = attrs.field(default=None, validator=_optional(_instance_of(Span)))
    """The attribution cue as printed: ``kata``, ``menurut``, ``said``, ``according to``."""
    extensions: tuple[Extension, ...] = _extensions_field()

    def __attrs_post_init__(self) -> None:
        if not self.parts:
            raise InvalidModelError("'parts' must hold at least one span of quoted words", pointer="/parts")

    @property
    def text(self) -> str:
        """The quoted words, parts joined by a space."""
        return " ".join(part.text for part in self.parts)


@attrs.frozen(kw_only=True)
class Article:
    """A news article.

    Every field is optional, so that whatever a wire item holds can be read;
    ``body`` holds the paragraphs exactly as given. Quotes point into ``body``:
    their positions are checked when the article is built.

    >>> article = Article(headline="Putin visits Pyongyang", language="en", body=("First.", "Second."))
    >>> len(article.body)
    2
    """

    guid: str | None = attrs.field(default=None, validator=_optional(_token))
    """The NewsML-G2 guid."""
    version: int | None = attrs.field(default=None, validator=_optional(_positive_int))
    """The NewsML-G2 version (absent is not the same as 1)."""
    uri: str | None = attrs.field(default=None, validator=_optional(_token))
    """A ninjs-style URI identifying the article."""
    language: str | None = attrs.field(default=None, validator=_optional(_language))
    headline: str | None = attrs.field(default=None, validator=_optional(_name))
    subheadline: str | None = attrs.field(default=None, validator=_optional(_name))
    slugline: str | None = attrs.field(default=None, validator=_optional(_name))
    bylines: tuple[Byline, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(Byline))
    dateline: Dateline | None = attrs.field(default=None, validator=_optional(_instance_of(Dateline)))
    first_created: Timestamp | None = _timestamp_field()
    version_created: Timestamp | None = _timestamp_field()
    content_created: Timestamp | None = _timestamp_field()
    body: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(_text))
    """The paragraphs. The dateline is not repeated at the start of the first."""
    quotes: tuple[AttributedQuote, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(AttributedQuote)
    )
    captions: tuple[PhotoCaption, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(PhotoCaption))
    sources: tuple[SourceCredit, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(SourceCredit))
    subjects: tuple[Subject, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(Subject))
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(_name))
    rights: Rights | None = attrs.field(default=None, validator=_optional(_instance_of(Rights)))
    extensions: tuple[Extension, ...] = _extensions_field()

    def __attrs_post_init__(self) -> None:
        for index, quote in enumerate(self.quotes):
            located: list[tuple[str, Span]] = [(f"parts/{n}", part) for n, part in enumerate(quote.parts)]
            if quote.speaker is not None:
                located.append(("speaker", quote.speaker))
            if quote.cue is not None:
                located.append(("cue", quote.cue))
            for where, span in located:
                self._check_span(span, f"/quotes/{index}/{where}")

    def _check_span(self, span: Span, pointer: str) -> None:
        if span.paragraph is None or span.offset is None:
            return
        if span.paragraph >= len(self.body):
            raise InvalidModelError(
                f"quote position lies outside the body: paragraph {span.paragraph} does not exist "
                f"(the body has {len(self.body)} paragraph{'' if len(self.body) == 1 else 's'})",
                pointer=f"{pointer}/paragraph",
            )
        paragraph = self.body[span.paragraph]
        found = paragraph[span.offset : span.offset + len(span.text)]
        if found != span.text:
            if span.offset + len(span.text) > len(paragraph):
                reason = f"it ends at {span.offset + len(span.text)}, past the paragraph's {len(paragraph)} characters"
            else:
                reason = f"the body holds {found!r} there"
            raise InvalidModelError(
                f"quote position lies outside the body: {span.text!r} is not at paragraph {span.paragraph}, "
                f"offset {span.offset} ({reason})",
                pointer=f"{pointer}/offset",
            )


Item: TypeAlias = Article | PhotoCaption | AttributedQuote | SourceCredit
"""Any of the four models a format can read and write on its own."""

MODELS: dict[str, type[Item]] = {
    "article": Article,
    "photo_caption": PhotoCaption,
    "attributed_quote": AttributedQuote,
    "source_credit": SourceCredit,
}
"""The four top-level models by their schema name (``schemas/<name>.schema.json``)."""
