"""Hypothesis strategies for every newsschema model, and for plain-text wire copy.

Use them to test your own pipelines with the generators newsschema tests
itself with::

    from hypothesis import given
    from newsschema import json
    from newsschema.strategies import articles

    @given(articles(max_paragraphs=4))
    def test_my_pipeline_keeps_articles(article):
        assert json.read(json.write(article)) == article

Every strategy generates *valid* models: realistic news values (wire captions
and credit chains, datelines with every dash, quotes in every quotation-mark
style, Latin with diacritics, Indonesian, Cyrillic, Arabic, CJK, emoji,
combining marks, NBSP) mixed with the edges the validators allow (C0 control
characters, U+FFFE, U+FFFF and other noncharacters; never lone surrogates).
Quotes inside an article point exactly into its body.

When Hypothesis is installed, newsschema registers these strategies for the
model classes (through the ``hypothesis`` entry point), so
``st.from_type(Article)`` works in your tests.

This module imports Hypothesis; install it with ``pip install
newsschema[strategies]``.
"""

from __future__ import annotations

import functools
import random
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, ParamSpec, TypeVar, cast

from hypothesis import strategies as st

from newsschema.models import (
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

__all__ = [
    "articles",
    "bylines",
    "datelines",
    "extensions",
    "items",
    "language_tags",
    "names",
    "news_text",
    "photo_captions",
    "quotes",
    "register_type_strategies",
    "source_credits",
    "timestamps",
    "wire_texts",
]

T = TypeVar("T")
P = ParamSpec("P")
Draw = Callable[[st.SearchStrategy[Any]], Any]

# --------------------------------------------------------------------------- #
# Vocabulary. Short, realistic fragments; the strategies combine them.
# --------------------------------------------------------------------------- #

# Words per language, space-separated; "misc" holds emoji (with ZWJ and
# skin tones), NFD letters and stacked combining marks.
_WORDS: dict[str, tuple[str, ...]] = {
    language: tuple(words.split())
    for language, words in {
        "id": "Presiden Rusia melakukan kunjungan resmi ke Korea Utara pemimpin bertemu di bandara pernyataan "
        "dalam sebuah kedua negara Jum'at Jum’at Ma'ruf hari Senin warga pemerintah ekonomi",
        "en": "The president met leaders at the airport on Monday we're it's don’t '87 ’87 talks officials "
        "agreed prices rose sharply in June",
        "de": "Die Regierung über Gespräche Straße Öl Preise für schön Müller",
        "es": "El gobierno año señaló niño acción según mañana reunión",
        "fr": "Le ministre été déjà français réunion Noël à côté œuvre",
        "ru": "Президент России встретился с лидером Северной Кореи в аэропорту",
        "ar": "الرئيس الروسي يزور كوريا الشمالية في أول زيارة",
        "zh": "俄罗斯 总统 访问 朝鲜 平壤 会谈 领导人",
        "ja": "ロシア 大統領 北朝鮮 訪問 首脳会談 平壌",
        "misc": "\U0001f1f7\U0001f1fa \U0001f91d \U0001f44d\U0001f3fd \U0001f468\u200d\U0001f469\u200d\U0001f467 "
        "e\u0301 u\u0308ber n\u0303o Z\u0324\u0354\u0367\u0311 1.500 24 (13/9/2023) 2024",
    }.items()
}
_ALL_WORDS: tuple[str, ...] = tuple(word for words in _WORDS.values() for word in words)
_LATIN_LANGUAGES = ("id", "en", "de", "es", "fr")

# Every quotation-mark pair of plain-text.md section 3: (open, close).
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("\u201c", "\u201d"),  # “ ” English (US), Indonesian
    ("\u2018", "\u2019"),  # ‘ ’ English inner / UK outer
    ('"', '"'),  # ASCII wire copy
    ("'", "'"),
    ("\u201e", "\u201c"),  # „ “ German
    ("\u201a", "\u2018"),  # ‚ ‘ German inner
    ("\u201e", "\u201d"),  # „ ” Polish, Dutch
    ("\u00ab\u00a0", "\u00a0\u00bb"),  # « » French with NBSP
    ("\u00ab\u202f", "\u202f\u00bb"),  # « » French with narrow NBSP
    ("\u00ab", "\u00bb"),  # « » Spanish, Russian, Swiss
    ("\u00bb", "\u00ab"),  # » « German books
    ("\u2039", "\u203a"),  # ‹ ›
    ("\u203a", "\u2039"),  # › ‹
    ("\u201d", "\u201d"),  # ” ” Swedish, Finnish
    ("\u2019", "\u2019"),  # ’ ’
    ("\u300c", "\u300d"),  # 「 」 Japanese
    ("\u300e", "\u300f"),  # 『 』
    ("``", "''"),  # TeX / Penn Treebank
    ("`", "'"),
)
DASHES: tuple[str, ...] = ("-", "--", "\u2013", "\u2014")

# Edge characters the models accept and XML 1.0 cannot hold (or barely can).
_EDGE_CHARACTERS: tuple[str, ...] = (
    *(chr(code) for code in range(0x00, 0x20)),
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\ufdd0",
    "\ufdef",
    "\U0001fffe",
    "\U0010ffff",
    "\u200b",
    "\u200d",
    "\U000e0001",
)
_SPACES = (" ", " ", " ", "\u00a0", "\u202f", "\t")
_PUNCTUATION = (",", ".", ";", ":", "?", "!", " - ", " -- ", " \u2013 ", " \u2014 ", "…", "،", "。", "、")

# Piece tables for news_text: words, separated mostly by plain spaces.
_REALISTIC_PIECES: tuple[str, ...] = (
    *_ALL_WORDS,
    *(" ",) * (len(_ALL_WORDS) // 2),
    *_SPACES,
    *_PUNCTUATION,
    *(mark for pair in QUOTE_PAIRS for mark in pair),
)
_EDGY_PIECES: tuple[str, ...] = (*_REALISTIC_PIECES, *_EDGE_CHARACTERS)
_CONTROLS_NOT_SPACE = tuple(char for char in map(chr, (*range(0x20), *range(0x7F, 0xA0))) if not char.isspace())

_PLACES = ("Jakarta", "JAKARTA", "Pyongyang", "PYONGYANG", "Moskwa", "LONDON", "Bandung", "Kuala Lumpur", "São Paulo")
_REGIONS = ("North Korea", "Indonesia", "Russia", "Calif.")
_AGENCIES = ("Reuters", "AP", "AFP", "ANTARA", "Bernama", "dpa", "EFE", "KCNA")
_MONTH_DATES = ("June 19", "Feb 26", "Sept. 13", "feb 26", "12 ene")
_PEOPLE = ("Ushakov", "Vladimir Putin", "Kim Jong Un", "Rina Widiastuti", "Janie Gabbett", "Ted D'Afflisio", "Müller")
_SPEAKERS = (*_PEOPLE, "Kremlin", "the Kremlin", "he", "she", "dia", "beliau", "nya", "a spokesman")
_SOURCES = ("Antaranews", "KCNA", "Reuters", "Associated Press", "Getty Images", "AFP")
_CREDIT_CHAINS = (
    "ANTARA/KCNA/tm/aa.",
    "REUTERS/Willy Kurniawan",
    "REUTERS/Kim Hong-Ji/File Photo",
    "(AP Photo/Ahn Young-joon)",
    "(AP Photo/Lee Jin-man, File)",
    "(Photo by Str/AFP via Getty Images)",
    "ANTARA FOTO/Sigid Kurniawan/hp.",
    "((ANTARA/Evarukdijati))",
    "© PR",
    "(shutterstock)",
    "KCNA/Handout via REUTERS",
)
_PRINTED_CREDITS: tuple[tuple[str, str | None, str], ...] = (
    ("Antaranews", CreditRole.SOURCE.value, "(Sumber Antaranews)"),
    ("KCNA", CreditRole.HANDOUT.value, "(Handout KCNA)"),
    ("Reuters", CreditRole.SOURCE.value, "(Source: Reuters)"),
    ("Antara", None, "Sumber: Antara"),
    ("ANTARA", CreditRole.AGENCY_TAG.value, "(ANTARA)"),
)
_EXTRA_CREDITS = ("(Handout KCNA)", "(Handout Kremlin)", "(HO Sputnik)", "(Istimewa)")
_CAPTION_LABELS = ("Foto arsip", "FILE PHOTO", "File photo", "Ilustrasi", "Arsip", "Foto")
_QCODES = ("medtop:11000000", "medtop:20000638", "cpnat:person", "cpnat:geoArea", "subj:11001000")
_GUIDS = (
    "urn:newsml:antaranews.com:20240619:4159311",
    "tag:reuters.com,2024:newsml_L1N3IB0A1",
    "https://example.org/news/2024/06/19/putin",
)


def _memoised(factory: Callable[P, T]) -> Callable[P, T]:
    """Build each strategy once per argument set: composites call the factories on every draw."""
    return cast(Callable[P, T], functools.wraps(factory)(functools.cache(factory)))


def _sample(values: Sequence[T]) -> st.SearchStrategy[T]:
    return st.sampled_from(values)


# --------------------------------------------------------------------------- #
# Building blocks.
# --------------------------------------------------------------------------- #


@_memoised
def news_text(*, min_size: int = 0, max_size: int = 80, edges: bool = True) -> st.SearchStrategy[str]:
    """Realistic news strings with the hard characters validators allow.

    Pieces of Latin text with diacritics, Indonesian, Cyrillic, Arabic, CJK,
    emoji, combining marks (NFD), quotation marks of every style, dashes,
    apostrophes, NBSP and narrow NBSP, tabs, and (with ``edges=True``, the
    default) now and then C0 controls, U+FFFE, U+FFFF, other noncharacters and
    line separators. Never lone surrogates.

    Keyword knobs: ``min_size`` and ``max_size`` bound the length in code
    points; ``edges=False`` keeps to printable news text. Shrinks towards
    the empty string (or a single ``"a"``-like word when ``min_size > 0``).

    >>> from hypothesis import find
    >>> find(news_text(min_size=1), lambda s: True) != ""
    True
    """
    if min_size > max_size:
        raise ValueError(f"min_size ({min_size}) must not exceed max_size ({max_size})")
    size = max(1, max_size // 4)
    # One draw per piece (a table lookup) keeps generation cheap.
    lists: list[st.SearchStrategy[list[str]]] = [st.lists(_sample(_REALISTIC_PIECES), max_size=size)]
    if edges:
        arbitrary = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=3)
        lists.append(st.lists(_sample(_EDGY_PIECES), max_size=size))
        lists.append(st.lists(st.one_of(_sample(_EDGY_PIECES), arbitrary), max_size=size))
    # A word first when the text must not be empty, so a minimal result is readable.
    return st.builds(
        lambda first, rest: _fit(first + "".join(rest), min_size, max_size),
        _sample(_ALL_WORDS) if min_size else st.just(""),
        st.one_of(*lists),
    )


def _fit(text: str, min_size: int, max_size: int) -> str:
    text = text[:max_size]
    return text + "a" * (min_size - len(text)) if len(text) < min_size else text


@_memoised
def names(*, max_size: int = 40, edges: bool = True) -> st.SearchStrategy[str]:
    """Non-blank strings, as every name field requires (``headline``, ``party``, ...).

    Realistic names and words most of the time, and :func:`news_text` around a
    visible core otherwise. Shrinks towards ``"Presiden"``-like single words.
    """
    realistic = _sample((*_PEOPLE, *_SOURCES, *_PLACES, *_ALL_WORDS))
    padded = st.builds(
        lambda left, core, right: left + core + right,
        news_text(max_size=max_size // 3, edges=edges),
        realistic,
        news_text(max_size=max_size // 3, edges=edges),
    )
    return st.one_of(realistic, realistic, padded)  # realistic twice as often: cheaper to draw


@_memoised
def _tokens() -> st.SearchStrategy[str]:
    """Non-empty strings without whitespace: QCodes, guids, URIs, namespaces."""
    visible = st.characters(codec="utf-8", exclude_categories=("Cs", "Zs", "Zl", "Zp", "Cc"))
    arbitrary = st.text(st.one_of(visible, _sample(_CONTROLS_NOT_SPACE)), min_size=1, max_size=10)
    realistic = _sample((*_QCODES, *_GUIDS, *(role.value for role in CreditRole)))
    return st.one_of(realistic, realistic, arbitrary)


_LANGUAGE_TAGS = (
    "id",
    "en",
    "en-GB",
    "en-US",
    "de",
    "de-CH-1996",
    "fr",
    "es-419",
    "ru",
    "ar",
    "zh-Hant-TW",
    "zh-Hans",
    "ja",
    "ms",
    "pt-BR",
    "sr-Latn-RS",
    "EN-gb",
    "x-newsroom",
    "i-klingon",
    "en-GB-oed",
    "id-u-ca-islamic",
    "yue-HK",
    "zh-cmn-Hans-CN",
)


@_memoised
def language_tags() -> st.SearchStrategy[str]:
    """Well-formed BCP 47 language tags, in the case they were given.

    Common tags (``id``, ``en-GB``, ``zh-Hant-TW``), grandfathered and private
    ones (``i-klingon``, ``x-newsroom``), and generated tags with script,
    region, variant, extension and private-use subtags. Shrinks to ``"id"``.
    """

    def optional_subtag(values: tuple[str, ...]) -> st.SearchStrategy[str]:
        return st.one_of(st.just(""), _sample(values).map(lambda subtag: "-" + subtag))

    generated = st.builds(
        lambda *subtags: "".join(subtags),
        _sample(("id", "en", "ms", "jv", "yue", "zh", "ar", "ru", "de", "es", "fr", "ja")),
        optional_subtag(("Latn", "Hant", "Hans", "Cyrl", "Arab", "latn")),
        optional_subtag(("ID", "GB", "US", "419", "TW", "gb", "RU")),
        optional_subtag(("1996", "fonipa", "nedis", "pinyin")),
        optional_subtag(("u-ca-islamic", "t-id-latn", "u-nu-arab-ca-gregory")),
        optional_subtag(("x-newsroom", "x-a", "x-12345678")),
    )
    return st.one_of(_sample(_LANGUAGE_TAGS), generated)


@_memoised
def timestamps() -> st.SearchStrategy[Timestamp]:
    """Timestamps in every lexical form the model keeps.

    ``2023``, ``2023-09``, ``2023-09-13``, and date-times with minutes,
    seconds or fractional seconds (1 to 9 digits) and an offset of ``Z``,
    ``+07:00``, ``-00:00`` or any other valid one. Shrinks to the year
    ``2000``.

    >>> from hypothesis import find
    >>> find(timestamps(), lambda stamp: stamp.precision == "time").value
    '2000-01-01T00:00Z'
    """

    offsets = st.one_of(
        _sample(("Z", "+07:00", "+00:00", "-00:00", "+05:30", "-03:00", "+14:00", "-14:00")),
        st.builds(  # any offset in -14:00..+14:00
            lambda sign, minutes: f"{sign}{minutes // 60:02d}:{minutes % 60:02d}",
            _sample("+-"),
            st.integers(0, 14 * 60),
        ),
    )
    fractions = st.one_of(st.just(""), st.from_regex(r"\A\.[0-9]{1,9}\Z", fullmatch=True))

    @st.composite
    def build(draw: Draw) -> Timestamp:
        day = draw(st.dates())
        parts = [f"{day.year:04d}", f"-{day.month:02d}", f"-{day.day:02d}"]
        precision = draw(st.integers(0, 3))  # year, month, day, date-time: shrinks to a year
        if precision < 3:
            return Timestamp(value="".join(parts[: precision + 1]))
        clock = f"T{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
        if draw(st.booleans()):
            clock += f":{draw(st.integers(0, 59)):02d}{draw(fractions)}"
        return Timestamp(value="".join(parts) + clock + draw(offsets))

    return build()


@_memoised
def extensions(*, max_size: int = 2) -> st.SearchStrategy[tuple[Extension, ...]]:
    """Tuples of :class:`Extension` values (what no field covers), possibly empty.

    Namespaces are ``newsml``, ``text``, a URI or any whitespace-free token;
    values are any :func:`news_text`, empty included. Shrinks to ``()``.
    """
    return st.lists(_extension(), max_size=max_size).map(tuple)


@_memoised
def _extension() -> st.SearchStrategy[Extension]:
    return st.builds(
        Extension,
        namespace=st.one_of(_sample(("newsml", "text", "json", "https://example.org/ns/1")), _tokens()),
        name=names(max_size=20),
        value=news_text(),
    )


@_memoised
def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def _place_dateline(draw: Draw) -> tuple[str, str | None, str | None, str | None]:
    """(printed, place, date, agency) for one of the dateline shapes of plain-text.md 2.1."""
    place: str = draw(_sample(_PLACES))
    dash: str = draw(_sample(DASHES))
    agency: str = draw(_sample(_AGENCIES))
    month_date: str = draw(_sample(_MONTH_DATES))
    region: str = draw(_sample(_REGIONS))
    shape = draw(st.integers(0, 9))
    if shape == 0:  # the seed: Title-case place and any dash
        return f"{place} {dash}", place, None, None
    if shape == 1:
        return f"{place.upper()}, {month_date} (Reuters) -", place.upper(), month_date, "Reuters"
    if shape == 2:
        return f"{place.upper()}, {region} (AP) \u2014", place.upper(), None, "AP"
    if shape == 3:
        return f"{place} (ANTARA) -", place, None, "ANTARA"
    if shape == 4:
        return "(CNN) --", None, None, "CNN"
    if shape == 5:
        return f"Liputan6.com, {place}:", place, None, "Liputan6.com"
    if shape == 6:
        return f"{place.upper()}, KOMPAS.com -", place.upper(), None, "KOMPAS.com"
    if shape == 7:  # Reuters 1987: no agency
        return f"{place.upper()}, {month_date} {dash}", place.upper(), month_date, None
    if shape == 8:
        return f"{place} (Aug. 13) {dash}", place, "Aug. 13", None
    return f"{place.upper()} ({agency}) {dash}", place.upper(), None, agency


@_memoised
def datelines() -> st.SearchStrategy[Dateline]:
    """Datelines as printed (``Jakarta –``, ``JAKARTA, June 19 (Reuters) -``,
    ``(CNN) --``, ``Liputan6.com, Jakarta:``...) with the parts read from them.

    ``place``, ``date`` and ``agency`` are sometimes left out even when
    printed, and ``when`` is sometimes a timestamp. Shrinks to ``Jakarta -``.
    """

    @st.composite
    def build(draw: Draw) -> Dateline:
        printed, place, month_date, agency = _place_dateline(draw)
        if draw(st.integers(0, 9)) == 9:  # now and then an arbitrary printed dateline
            printed = draw(names())
            place = month_date = agency = None

        def keep(value: str | None) -> str | None:
            return value if value is not None and draw(st.booleans()) is False else None

        return Dateline(
            printed=printed,
            place=keep(place),
            date=keep(month_date),
            agency=keep(agency),
            when=draw(_optional(timestamps())),
        )

    return build()


@_memoised
def bylines() -> st.SearchStrategy[Byline]:
    """Bylines and sign-offs: ``By Janie Gabbett, Reuters``, ``Oleh: Rina``,
    ``(Reporting by X; Editing by Y)``, ``Pewarta: X Editor: Y``, with the
    people they name. Shrinks to a top byline naming nobody."""

    @st.composite
    def build(draw: Draw) -> Byline:
        first: str = draw(_sample(_PEOPLE))
        second: str = draw(_sample(_PEOPLE))
        shape = draw(st.integers(0, 4))
        people: tuple[Contributor, ...]
        if shape == 0:
            printed, people = f"By {first}, Reuters", (Contributor(name=first),)
        elif shape == 1:
            printed, people = f"Oleh: {first}", (Contributor(name=first, role="Oleh"),)
        elif shape == 2:
            printed = f"(Reporting by {first}; Editing by {second})"
            people = (Contributor(name=first, role="Reporting"), Contributor(name=second, role="Editing"))
        elif shape == 3:
            printed = f"Pewarta: {first} Editor: {second}"
            people = (Contributor(name=first, role="Pewarta"), Contributor(name=second, role="Editor"))
        else:
            printed = draw(names())
            people = tuple(draw(st.lists(st.builds(Contributor, name=names(), role=_optional(names())), max_size=2)))
        if draw(st.booleans()):
            people = ()
        return Byline(printed=printed, people=people, position=draw(_sample(tuple(BylinePosition))))

    return build()


@_memoised
def source_credits(*, with_extensions: bool = True) -> st.SearchStrategy[SourceCredit]:
    """Credited parties: ``Antaranews`` as the story's source with
    ``(Sumber Antaranews)`` printed, ``KCNA`` as handout provider with
    ``(Handout KCNA)``, agencies as distributors, and arbitrary parties and
    QCode roles. ``with_extensions=False`` leaves ``extensions`` empty.
    Shrinks to ``SourceCredit(party="Ushakov")``-like minimal credits."""
    printed_forms = (
        "(Sumber {})",
        "Sumber: {}",
        "Source: {}",
        "(Source: {})",
        "(Handout {})",
        "({})",
        "Dilansir dari {}",
        "© {}",
    )

    @st.composite
    def build(draw: Draw) -> SourceCredit:
        if draw(st.integers(0, 3)) == 0:  # a credit line exactly as wires print it
            party, role, printed = draw(_sample(_PRINTED_CREDITS))
            return SourceCredit(
                party=party, role=role, printed=printed, extensions=draw(extensions()) if with_extensions else ()
            )
        party = draw(st.one_of(_sample(_SOURCES), names()))
        printed = None
        if draw(st.booleans()):
            printed = draw(st.one_of(_sample(printed_forms).map(lambda form: form.format(party)), names()))
        return SourceCredit(
            party=party,
            role=draw(_optional(_roles())),
            printed=printed,
            uri=draw(_optional(_tokens())),
            extensions=draw(extensions()) if with_extensions else (),
        )

    return build()


@_memoised
def _roles() -> st.SearchStrategy[str]:
    return st.one_of(_sample(tuple(role.value for role in CreditRole)), _tokens())


@_memoised
def _rights() -> st.SearchStrategy[Rights]:
    return st.builds(
        Rights,
        copyright_holder=_optional(st.one_of(_sample(_SOURCES), names())),
        copyright_notice=_optional(st.one_of(st.just("Copyright © ANTARA 2024"), names())),
        usage_terms=_optional(names()),
    )


@_memoised
def _images() -> st.SearchStrategy[ImageRef]:
    return st.builds(
        ImageRef,
        href=st.one_of(st.just("https://img.antaranews.com/cache/800x533/2024/06/putin.jpg"), _tokens()),
        media_type=_optional(st.one_of(_sample(("image/jpeg", "image/png", "image/webp")), _tokens())),
        size=_optional(st.integers(0, 2**40)),
        width=_optional(st.integers(1, 20000)),
        height=_optional(st.integers(1, 20000)),
    )


@_memoised
def photo_captions() -> st.SearchStrategy[PhotoCaption]:
    """Photo captions shaped like wire captions, and edge cases.

    Labels (``Foto arsip``, ``FILE PHOTO``), caption text with a printed date
    ``(13/9/2023)``, credit chains (``ANTARA/KCNA/tm/aa.``, ``REUTERS/Name``,
    ``(Photo by X/Getty Images)``) with the parties they name, extra credits
    (``(Handout KCNA)``), photographer, taken timestamp, image reference,
    rights and extensions, each sometimes present and sometimes absent.
    Shrinks to ``PhotoCaption()`` (empty text, nothing else).
    """

    @st.composite
    def build(draw: Draw) -> PhotoCaption:
        words: str = draw(_sentence())
        date_printed = None
        if draw(st.booleans()):
            day = draw(st.dates())
            date_printed = f"{day.day}/{day.month}/{day.year}"
            words = f"{words} ({date_printed})."
        if draw(st.integers(0, 5)) == 0:
            words = draw(news_text())
            date_printed = None
        if words.strip() and draw(st.integers(0, 7)) == 0:
            # Any visible substring is a valid printed date.
            start = next(index for index, char in enumerate(words) if not char.isspace())
            date_printed = words[start : start + draw(st.integers(1, 12))]
        credit = draw(_optional(st.one_of(_sample(_CREDIT_CHAINS), names())))
        credited: tuple[SourceCredit, ...] = ()
        if credit is not None and draw(st.booleans()):
            parties = [party for party in (part.strip("().") for part in credit.split("/")) if party.strip()]
            credited = tuple(SourceCredit(party=party, role=draw(_optional(_roles()))) for party in parties[:3])
        extra = draw(
            st.lists(
                st.one_of(
                    _sample(_EXTRA_CREDITS).map(
                        lambda printed: SourceCredit(
                            party=printed.strip("()").split(" ")[-1], role=CreditRole.HANDOUT.value, printed=printed
                        )
                    ),
                    source_credits(with_extensions=False),
                ),
                max_size=2,
            )
        )
        return PhotoCaption(
            guid=draw(_optional(_tokens())),
            version=draw(_optional(st.integers(1, 2**31))),
            language=draw(_optional(language_tags())),
            label=draw(_optional(st.one_of(_sample(_CAPTION_LABELS), names()))),
            text=words,
            date_printed=date_printed,
            taken=draw(_optional(timestamps())),
            credit=credit,
            credited=credited,
            extra_credits=tuple(extra),
            photographer=draw(_optional(st.one_of(_sample(_PEOPLE), names()))),
            image=draw(_optional(_images())),
            rights=draw(_optional(_rights())),
            extensions=draw(extensions()),
        )

    return build()


# --------------------------------------------------------------------------- #
# Paragraphs with quotes whose positions are known.
# --------------------------------------------------------------------------- #

_POST_CUES = ("kata", "ujar", "ucap", "jelas", "tutur", "ungkap", "tambah", "tutup", "said", "says", "added")
_POST_CUES_OTHER = ("told reporters", "sagte", "so", "dijo", "afirmó", "a déclaré", "a-t-il dit")
_CLITIC_CUES = ("kata", "ujar", "tambah", "jelas", "ungkap", "tegas", "lanjut")
_PRE_CUES = ("said", "mengatakan", "berkata", "sagte", "dijo", "a déclaré", "told a press conference")
_PREP_CUES = ("menurut", "according to", "laut", "según", "selon", "so", "d'après", "mengutip")

# A paragraph is built from segments: (text, role), role naming the quote
# piece the text is ("part", "speaker", "cue") or None for the rest.
_Segment = tuple[str, str | None]
_Block = tuple[QuoteKind | None, list[list[_Segment]]]


@_memoised
def _sentence(max_words: int = 6) -> st.SearchStrategy[str]:
    """A run of words in one language (or a mix of scripts), never blank.

    The words come from a seeded pseudo-random choice: three draws instead of
    one per word keep article generation fast, and which words they are never
    matters to a law. Shrinks to one word.
    """
    vocabularies = (*_WORDS.values(), _ALL_WORDS)

    def pick(vocabulary: int, count: int, seed: int) -> str:
        chooser = random.Random(seed)  # noqa: S311 - test data, not secrets
        words = vocabularies[vocabulary]
        return " ".join(chooser.choice(words) for _ in range(count))

    return st.builds(pick, st.integers(0, len(vocabularies) - 1), st.integers(1, max_words), st.integers(0, 2**16))


@st.composite
def _quote_block(draw: Draw) -> _Block:
    """One or two paragraphs holding at most one quote, in one of the shapes of plain-text.md 6."""
    opening, closing = draw(_sample(QUOTE_PAIRS))
    words: str = draw(_sentence())
    more: str = draw(_sentence())
    speaker: str = draw(_sample(_SPEAKERS))
    cue: str = draw(st.one_of(_sample(_POST_CUES), _sample(_POST_CUES_OTHER)))
    tail: list[_Segment] = [(cue, "cue"), (" ", None), (speaker, "speaker")]
    if draw(st.booleans()):  # "..., the Kremlin said."
        tail = [(speaker, "speaker"), (" ", None), (cue, "cue")]
    shape = draw(st.integers(0, 9))
    if shape == 0:
        return None, [[(f"{words} {more}.", None)]]
    if shape == 1:
        return QuoteKind.DIRECT, [[(opening, None), (words, "part"), (f",{closing} ", None), *tail, (".", None)]]
    if shape == 2:
        clitic: str = draw(_sample(_CLITIC_CUES))
        segments: list[_Segment] = [(opening, None), (words, "part"), (f",{closing} ", None)]
        return QuoteKind.DIRECT, [[*segments, (clitic, "cue"), ("nya", "speaker"), (".", None)]]
    if shape == 3:
        pre: str = draw(_sample(_PRE_CUES))
        segments = [(speaker, "speaker"), (" ", None), (pre, "cue"), (f": {opening}", None), (words, "part")]
        return QuoteKind.DIRECT, [[*segments, (f".{closing}", None)]]
    if shape == 4:
        prep: str = draw(_sample(_PREP_CUES))
        return QuoteKind.INDIRECT, [[(words, "part"), (", ", None), (prep, "cue"), (" ", None), (speaker, "speaker")]]
    if shape == 5:
        segments = [(f"{more} {opening}", None), (words, "part"), (f"{closing}, ", None)]
        return QuoteKind.MIXED, [[*segments, *tail, (" dalam sebuah pernyataan.", None)]]
    if shape == 6:
        inner_opening, inner_closing = draw(_sample(QUOTE_PAIRS))
        nested = f"{words} {inner_opening}{more}{inner_closing} {words}"
        return QuoteKind.DIRECT, [[(opening, None), (nested, "part"), (f"?{closing} ", None), *tail, (".", None)]]
    if shape == 7:
        segments = [(opening, None), (words, "part"), (f",{closing} ", None), *tail, (f", {opening}", None)]
        return QuoteKind.DIRECT, [[*segments, (more, "part"), (f".{closing}", None)]]
    if shape == 8:  # unbalanced: the quote runs to the end of the paragraph
        return QuoteKind.DIRECT, [[(f"{more} {opening}", None), (words, "part")]]
    # A quote spanning two paragraphs: no closing mark, the next paragraph re-opens.
    first: list[_Segment] = [(opening, None), (words, "part")]
    second: list[_Segment] = [(opening, None), (more, "part"), (f",{closing} ", None), *tail, (".", None)]
    return QuoteKind.DIRECT, [first, second]


def _assemble(
    paragraphs: list[list[_Segment]], first_index: int
) -> tuple[list[str], dict[str, list[tuple[int, int, str]]]]:
    """Join segments into paragraph texts and locate every role: role -> [(paragraph, offset, text)]."""
    texts: list[str] = []
    located: dict[str, list[tuple[int, int, str]]] = {"part": [], "speaker": [], "cue": []}
    for number, segments in enumerate(paragraphs):
        offset = 0
        for text, role in segments:
            if role is not None:
                located[role].append((first_index + number, offset, text))
            offset += len(text)
        texts.append("".join(text for text, _ in segments))
    return texts, located


def _span_at(place: tuple[int, int, str]) -> Span:
    paragraph, offset, text = place
    return Span(text=text, paragraph=paragraph, offset=offset)


def _quote_from(draw: Draw, kind: QuoteKind, located: dict[str, list[tuple[int, int, str]]]) -> AttributedQuote:
    """A quote over located pieces; speaker and cue sometimes left out or left unlocated."""

    def maybe(role: str) -> Span | None:
        if not located[role]:
            return None
        choice = draw(st.integers(0, 3))
        if choice == 0:
            return None
        if choice == 1:
            return Span(text=located[role][0][2])  # printed, position unknown
        return _span_at(located[role][0])

    speaker = maybe("speaker")
    return AttributedQuote(
        kind=kind,
        parts=tuple(_span_at(place) for place in located["part"]),
        speaker=speaker,
        resolved_speaker=draw(_optional(_sample(_PEOPLE))) if speaker is not None else None,
        cue=maybe("cue"),
        extensions=draw(extensions(max_size=1)),
    )


def _visible_positions(text: str) -> list[int]:
    return [index for index, char in enumerate(text) if not char.isspace()]


def _random_span(draw: Draw, body: Sequence[str]) -> Span:
    """A located span around a visible character of some paragraph, or an unlocated one."""
    candidates = [index for index, paragraph in enumerate(body) if _visible_positions(paragraph)]
    if not candidates or draw(st.integers(0, 4)) == 0:
        return Span(text=draw(names()))
    paragraph_index: int = draw(_sample(candidates))
    paragraph = body[paragraph_index]
    anchor: int = draw(_sample(_visible_positions(paragraph)))
    start: int = draw(st.integers(max(0, anchor - 20), anchor))
    end: int = draw(st.integers(anchor + 1, min(len(paragraph), anchor + 20)))
    return Span(text=paragraph[start:end], paragraph=paragraph_index, offset=start)


def _random_quote(draw: Draw, body: Sequence[str]) -> AttributedQuote:
    """A quote whose spans are anywhere in the body: several paragraphs, any characters."""
    parts = [_random_span(draw, body) for _ in range(draw(st.integers(1, 3)))]
    return AttributedQuote(
        kind=draw(_sample(tuple(QuoteKind))),
        parts=tuple(parts),
        speaker=_random_span(draw, body) if draw(st.booleans()) else None,
        resolved_speaker=draw(_optional(names())),
        cue=_random_span(draw, body) if draw(st.booleans()) else None,
        extensions=draw(extensions(max_size=1)),
    )


@_memoised
def quotes() -> st.SearchStrategy[AttributedQuote]:
    """Attributed quotes on their own, outside an article.

    Realistic quotes (direct with ``kata``/``said``, clitic ``ujarnya``,
    indirect with ``menurut``/``según``/``selon``/``laut``, mixed, split,
    nested, spanning paragraphs) located as in the paragraph they came from,
    and arbitrary ones with unlocated or freely located spans. Inside
    :func:`articles` the positions always point into the body. Shrinks to a
    direct quote of one unlocated span.
    """

    @st.composite
    def realistic(draw: Draw) -> AttributedQuote:
        kind, paragraphs = draw(_quote_block())
        if kind is None:  # prose: quote the whole paragraph indirectly
            kind, paragraphs = QuoteKind.INDIRECT, [[(paragraphs[0][0][0], "part")]]
        first_index = draw(st.integers(0, 50))
        _, located = _assemble(paragraphs, first_index)
        return _quote_from(draw, kind, located)

    span = st.one_of(
        st.builds(Span, text=names()),
        st.builds(Span, text=names(), paragraph=st.integers(0, 2**31), offset=st.integers(0, 2**31)),
    )
    arbitrary = st.builds(
        AttributedQuote,
        kind=_sample(tuple(QuoteKind)),
        parts=st.lists(span, min_size=1, max_size=3).map(tuple),
        speaker=_optional(span),
        resolved_speaker=_optional(names()),
        cue=_optional(span),
        extensions=extensions(),
    )
    return st.one_of(arbitrary, realistic())


@_memoised
def _subjects() -> st.SearchStrategy[Subject]:
    optional_token = _optional(st.one_of(_sample(_QCODES), _tokens()))
    return st.one_of(
        st.builds(Subject, name=names(), code=optional_token, uri=_optional(_tokens()), kind=optional_token),
        st.builds(Subject, code=st.one_of(_sample(_QCODES), _tokens()), uri=_optional(_tokens()), kind=optional_token),
        st.builds(Subject, uri=_tokens(), kind=optional_token),
    )


@_memoised
def articles(
    *, max_paragraphs: int = 6, max_quotes: int = 4, max_captions: int = 2, edges: bool = True
) -> st.SearchStrategy[Article]:
    """Valid articles, from empty to fully loaded.

    The body is built first, from wire-like paragraphs holding quotes in every
    mark style (nested, unbalanced, split, spanning two paragraphs) and from
    :func:`news_text` paragraphs with hard characters; the quotes then point
    exactly into it (multi-paragraph quotes, and speakers and cues that are
    sometimes unlocated). Every optional field is sometimes present and
    sometimes absent: identity, language, headline, bylines, dateline,
    truncated and full timestamps, captions with credits, sources,
    subjects, keywords, rights and extensions.

    Keyword knobs: ``max_paragraphs``, ``max_quotes``, ``max_captions``;
    ``edges=False`` keeps control characters and noncharacters out of the
    body. Shrinks to ``Article()``.

    >>> from hypothesis import find
    >>> find(articles(), lambda article: True)
    Article(guid=None, version=None, uri=None, language=None, headline=None, subheadline=None, slugline=None, \
bylines=(), dateline=None, first_created=None, version_created=None, content_created=None, body=(), quotes=(), \
captions=(), sources=(), subjects=(), keywords=(), rights=None, extensions=())
    """

    plain_credits = source_credits(with_extensions=False)  # cheaper; extensions are covered elsewhere too

    @st.composite
    def build(draw: Draw) -> Article:
        target = draw(st.integers(0, max_paragraphs))
        body: list[str] = []
        sketches: list[tuple[QuoteKind, dict[str, list[tuple[int, int, str]]]]] = []
        while len(body) < target:
            if draw(st.integers(0, 3)) == 0:
                body.append(draw(news_text(max_size=80, edges=edges)))
                continue
            kind, paragraphs = draw(_quote_block())
            if len(paragraphs) > target - len(body):
                paragraphs = paragraphs[:1]
                kind = None if len(paragraphs[0]) == 1 else kind
            texts, located = _assemble(paragraphs, len(body))
            located["part"] = [place for place in located["part"] if place[0] < target]
            body.extend(texts)
            if kind is not None and located["part"]:
                sketches.append((kind, located))
        quote_list: list[AttributedQuote] = []
        for kind, located in sketches:
            if len(quote_list) < max_quotes and draw(st.integers(0, 3)) > 0:
                quote_list.append(_quote_from(draw, kind, located))
        while len(quote_list) < max_quotes and draw(st.integers(0, 3)) == 0:
            quote_list.append(_random_quote(draw, body))
        return Article(
            guid=draw(_optional(st.one_of(_sample(_GUIDS), _tokens()))),
            version=draw(_optional(st.integers(1, 2**31))),
            uri=draw(_optional(_tokens())),
            language=draw(_optional(language_tags())),
            headline=draw(_optional(st.one_of(_sentence(), names()))),
            subheadline=draw(_optional(names())),
            slugline=draw(_optional(names())),
            bylines=tuple(draw(st.lists(bylines(), max_size=2))),
            dateline=draw(_optional(datelines())),
            first_created=draw(_optional(timestamps())),
            version_created=draw(_optional(timestamps())),
            content_created=draw(_optional(timestamps())),
            body=tuple(body),
            quotes=tuple(quote_list),
            captions=tuple(draw(st.lists(photo_captions(), max_size=max_captions))),
            sources=tuple(draw(st.lists(st.one_of(plain_credits, source_credits()), max_size=2))),
            subjects=tuple(draw(st.lists(_subjects(), max_size=2))),
            keywords=tuple(draw(st.lists(st.one_of(_sample(_ALL_WORDS), names()), max_size=3))),
            rights=draw(_optional(_rights())),
            extensions=draw(extensions()),
        )

    return build()


@_memoised
def items() -> st.SearchStrategy[Item]:
    """Any of the four top-level models: articles, photo captions, quotes and source credits.

    Shrinks to ``Article()``.
    """
    return st.one_of(articles(), photo_captions(), quotes(), source_credits())


# --------------------------------------------------------------------------- #
# Plain-text wire copy.
# --------------------------------------------------------------------------- #

_CAPTION_SEPARATORS = (" \u2013 ", " - ", " -- ", " \u2014 ", ": ", " ")
_SIGN_OFFS = (
    "(Reporting by {0}; Editing by {1})",
    "(Additional reporting by {0} in JAKARTA; Writing by {1}; Editing by {0})",
    "Pewarta: {0} Editor: {1}",
    "Pewarta: {0}Editor: {1} Copyright © ANTARA 2024",
    "Associated Press writer {0} in Seoul contributed to this report.",
)
_SOURCE_LINES = (
    "(Sumber Antaranews)",
    "Sumber: Antara",
    "(Source: Reuters)",
    "Source: {0}",
    "(ant/kcm)",
    "Dilansir dari Reuters",
)
_BYLINES = ("By {0}, Reuters", "    by {0}, Reuters", "BY {0}, Associated Press", "Oleh: {0}", "Von {0}", "Por {0}")
_NEWLINES = ("\n", "\r\n", "\r")


def _caption_line(draw: Draw) -> str:
    text: str = draw(_sentence(12))
    day = draw(st.dates())
    date_style: str = draw(_sample(("({d}/{m}/{y})", "({d}/{m:02d}/{y})", "on {d}/{m}/{y}")))
    text = f"{text} {date_style.format(d=day.day, m=day.month, y=day.year)}."
    label_shape = draw(st.integers(0, 3))
    if label_shape == 1:  # the two labels of the notes, with their usual separators
        text = f"Foto arsip \u2013 {text}"
    elif label_shape == 2:
        text = f"FILE PHOTO: {text}"
    elif label_shape == 3:
        text = f"{draw(_sample(_CAPTION_LABELS))}{draw(_sample(_CAPTION_SEPARATORS))}{text}"
    printed_credits: list[str] = [draw(_sample(_CREDIT_CHAINS))]
    printed_credits += draw(st.lists(_sample(_EXTRA_CREDITS), max_size=2))
    return " ".join([text, *printed_credits])


def _wrap(paragraph: str, width: int, indent: str) -> str:
    """Hard-wrap at ``width`` with ``indent`` before the first line, Reuters 1987 style."""
    lines: list[str] = []
    line = indent
    for word in paragraph.split(" "):
        if len(line) + len(word) > width and line.strip():
            lines.append(line)
            line = " " + word
        else:
            line = f"{line}{word}" if not line.strip() or line.endswith(" ") else f"{line} {word}"
    lines.append(line)
    return "\n".join(lines)


@_memoised
def wire_texts(*, max_paragraphs: int = 6, mutate: bool = True) -> st.SearchStrategy[str]:
    """Plain-text wire copy shaped like real items, with byte-level variation.

    An item is an optional caption line (label such as ``Foto arsip –`` or
    ``FILE PHOTO:``, caption text with a date ``(13/9/2023)``, a credit chain
    such as ``ANTARA/KCNA/tm/aa.``, ``REUTERS/Name``, ``(AP Photo/Name)``,
    ``(Photo by X/Getty Images)``, ``© X``, and extra credits like
    ``(Handout KCNA)``), an optional headline and byline, a lead paragraph
    opening with a dateline of any shape and dash (``Jakarta –``,
    ``JAKARTA, June 19 (Reuters) -``, ``(CNN) --``, ``Liputan6.com,
    Jakarta:``), body paragraphs with quotes in every mark pair (nested,
    unbalanced, spanning paragraphs) and cues in Indonesian, English,
    German, Spanish and French, apostrophes (``we're``, ``Jum'at``, ``'87``),
    an optional sign-off and source line.

    The bytes vary as real files do: LF, CRLF, CR or mixed newlines,
    blank-line or single-newline paragraphs, hard wraps with indented
    paragraphs, a BOM, trailing spaces and tabs, no final newline, NBSP and
    NFD text. With ``mutate=True`` (the default) paragraphs are sometimes
    replaced by :func:`news_text` or arbitrary text, and now and then the
    whole item is arbitrary text, so text-format laws reach non-wire input.

    Keyword knobs: ``max_paragraphs`` (body paragraphs after the lead),
    ``mutate``. Shrinks to a one-line lead such as ``Jakarta - The The.``.
    """

    @st.composite
    def build(draw: Draw) -> str:
        if mutate and draw(st.integers(0, 15)) == 0:
            return str(draw(st.one_of(news_text(max_size=200), st.text())))
        person: str = draw(_sample(_PEOPLE))
        other: str = draw(_sample(_PEOPLE))
        paragraphs: list[str] = []
        if draw(st.booleans()):
            paragraphs.append(_caption_line(draw))
        if draw(st.integers(0, 2)) == 0:
            paragraphs.append(draw(_sentence(10)))  # a headline: no final period
        if draw(st.integers(0, 3)) == 0:
            paragraphs.append(draw(_sample(_BYLINES)).format(person))
        dateline = _place_dateline(draw)[0]
        _, lead_block = draw(_quote_block())
        lead_texts, _ = _assemble(lead_block, 0)
        paragraphs.append(f"{dateline} {lead_texts[0]}")
        paragraphs.extend(lead_texts[1:])
        for _ in range(draw(st.integers(0, max_paragraphs))):
            _, block = draw(_quote_block())
            paragraphs.extend(_assemble(block, 0)[0])
        if draw(st.integers(0, 2)) == 0:
            paragraphs.append(draw(_sample(_SIGN_OFFS)).format(person, other))
        if draw(st.booleans()):
            paragraphs.append(draw(_sample(_SOURCE_LINES)).format(person))
        if mutate:
            for index in range(len(paragraphs)):
                if draw(st.integers(0, 9)) == 0:
                    paragraphs[index] = draw(st.one_of(news_text(max_size=80), st.text(max_size=40)))

        layout = draw(st.integers(0, 3))  # single newline, blank line, hard wrap, all on one line
        if layout == 2:
            width = draw(st.integers(30, 80))
            indent = draw(_sample(("    ", "     ", "")))
            paragraphs = [_wrap(paragraph, width, indent) for paragraph in paragraphs]
            text = "\n".join(paragraphs)
        elif layout == 3:
            text = " ".join(paragraphs)
        else:
            text = ("\n" if layout == 0 else "\n\n").join(paragraphs)
        if draw(st.integers(0, 3)) == 0 and "\n" in text:
            text += "\n Reuter"
        if draw(st.booleans()):
            text += "\n" * draw(st.integers(1, 2))
        if draw(st.integers(0, 4)) == 0:
            text = unicodedata.normalize("NFD", text)
        if draw(st.integers(0, 4)) == 0 and " " in text:
            spaces = [index for index, char in enumerate(text) if char == " "]
            where: int = draw(_sample(spaces))
            text = text[:where] + draw(_sample(("\u00a0", "\u202f"))) + text[where + 1 :]

        # Newlines and trailing whitespace, line by line.
        lines = text.split("\n")
        newline_mode = draw(st.integers(0, 3))  # LF, CRLF, CR, mixed
        trailing = draw(st.integers(0, 3)) == 0
        out: list[str] = []
        for number, line in enumerate(lines):
            out.append(line)
            if trailing and draw(st.integers(0, 2)) == 0:
                out.append(draw(_sample((" ", "  ", "\t", " \t"))))
            if number < len(lines) - 1:
                out.append(draw(_sample(_NEWLINES)) if newline_mode == 3 else _NEWLINES[newline_mode])
        text = "".join(out)
        if draw(st.integers(0, 5)) == 0:
            text = "\ufeff" + text
        return text

    return build()


# --------------------------------------------------------------------------- #
# st.from_type(Article) and friends.
# --------------------------------------------------------------------------- #


def register_type_strategies() -> None:
    """Register the strategies for the model classes with Hypothesis.

    Runs when this module is imported (and so through Hypothesis' entry
    point, ``newsschema._hypothesis_hook``). Afterwards
    ``st.from_type(Article)`` draws from :func:`articles`, and so on for every
    model and part.
    """
    # Factories, not strategies: this hook runs while Hypothesis is imported,
    # when building strategies is too early.
    registrations: dict[type[Any], Callable[[], st.SearchStrategy[Any]]] = {
        Article: articles,
        PhotoCaption: photo_captions,
        AttributedQuote: quotes,
        SourceCredit: source_credits,
        Timestamp: timestamps,
        Dateline: datelines,
        Byline: bylines,
        Extension: _extension,
        Rights: _rights,
        ImageRef: _images,
        Subject: _subjects,
        Span: _unlocated_spans,
    }
    for model, factory in registrations.items():
        st.register_type_strategy(model, _from_factory(factory))


def _from_factory(factory: Callable[[], st.SearchStrategy[T]]) -> Callable[[type[T]], st.SearchStrategy[T]]:
    return lambda _: factory()


def _unlocated_spans() -> st.SearchStrategy[Span]:
    return st.builds(Span, text=names())


register_type_strategies()
