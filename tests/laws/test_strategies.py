"""The public strategies produce what they promise.

Existence checks use ``hypothesis.find`` (generation only, no shrinking);
frequency checks count over one fixed-size sample. No timing assertions.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

from newsschema import strategies
from newsschema.models import (
    Article,
    AttributedQuote,
    Dateline,
    Extension,
    PhotoCaption,
    SourceCredit,
    Span,
    Timestamp,
    is_valid_language_tag,
)

# One fixed-size, reproducible sample per strategy, shared by the checks
# below: the profile's max_examples would make the thresholds meaningless.
SAMPLE = settings(
    max_examples=300,
    database=None,
    phases=[Phase.generate],
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
SAMPLES: dict[str, st.SearchStrategy[Any]] = {
    "articles": strategies.articles(),
    "photo_captions": strategies.photo_captions(),
    "quotes": strategies.quotes(),
    "source_credits": strategies.source_credits(),
    "timestamps": strategies.timestamps(),
    "language_tags": strategies.language_tags(),
    "news_text": strategies.news_text(),
    "wire_texts": strategies.wire_texts(),
    "wire_texts_unmutated": strategies.wire_texts(mutate=False),
}


@functools.cache
def sample_of(name: str) -> tuple[Any, ...]:
    values: list[Any] = []

    @SAMPLE
    @given(SAMPLES[name])
    def collect(value: Any) -> None:
        values.append(value)

    collect()
    return tuple(values)


def _exists(name: str, condition: Callable[[Any], Any]) -> None:
    """Some value of the strategy meets ``condition``: first in the shared sample, else by search."""
    if any(condition(value) for value in sample_of(name)):
        return
    # Rare features may miss a fixed sample of 300; a directed search settles it.
    search = settings(SAMPLE, max_examples=5_000)
    find(SAMPLES[name], lambda value: bool(condition(value)), settings=search)


def _share(name: str, condition: Callable[[Any], Any]) -> float:
    values = sample_of(name)
    return sum(1 for value in values if condition(value)) / len(values)


# --------------------------------------------------------------------------- #
# Articles: valid, with quotes located in the body, and every optional field.
# --------------------------------------------------------------------------- #


def _located_spans(article: Article) -> list[Span]:
    spans: list[Span] = []
    for quote in article.quotes:
        spans.extend(quote.parts)
        spans.extend(span for span in (quote.speaker, quote.cue) if span is not None)
    return [span for span in spans if span.located]


def test_article_quotes_point_exactly_into_the_body() -> None:
    for article in sample_of("articles"):
        for span in _located_spans(article):
            assert span.paragraph is not None
            assert span.offset is not None
            assert article.body[span.paragraph][span.offset : span.offset + len(span.text)] == span.text


@settings(max_examples=50)  # sizes only: a few examples tell; articles are the most expensive strategy
@given(strategies.articles(max_paragraphs=2, max_quotes=1, max_captions=0))
def test_article_knobs_bound_the_sizes(article: Article) -> None:
    assert len(article.body) <= 2
    assert len(article.quotes) <= 1
    assert article.captions == ()


def _multi_paragraph(article: Article) -> bool:
    return any(len({part.paragraph for part in quote.parts if part.located}) > 1 for quote in article.quotes)


ARTICLE_FEATURES: dict[str, Callable[[Article], bool]] = {
    "quote spanning paragraphs": _multi_paragraph,
    "quote split in one paragraph": lambda a: any(
        len([p for p in q.parts if p.located]) > 1 and len({p.paragraph for p in q.parts}) == 1 for q in a.quotes
    ),
    "unlocated speaker": lambda a: any(q.speaker is not None and not q.speaker.located for q in a.quotes),
    "located speaker and cue": lambda a: any(
        q.speaker is not None and q.speaker.located and q.cue is not None and q.cue.located for q in a.quotes
    ),
    "clitic speaker nya": lambda a: any(q.speaker is not None and q.speaker.text == "nya" for q in a.quotes),
    "caption with credit chain and parties": lambda a: any(c.credit and c.credited for c in a.captions),
    "caption with handout credit": lambda a: any(
        credit.printed == "(Handout KCNA)" for c in a.captions for credit in c.extra_credits
    ),
    "extensions": lambda a: bool(a.extensions),
    "dateline": lambda a: a.dateline is not None and a.dateline.place is not None,
    "byline": lambda a: bool(a.bylines),
    "truncated timestamp": lambda a: a.first_created is not None and a.first_created.precision != "time",
    "control character in body": lambda a: any(ord(char) < 0x20 for paragraph in a.body for char in paragraph),
    "every optional field": lambda a: all(
        value not in (None, ()) for value in (a.guid, a.language, a.headline, a.dateline, a.quotes, a.sources)
    ),
}


@pytest.mark.parametrize("feature", sorted(ARTICLE_FEATURES))
def test_articles_include(feature: str) -> None:
    _exists("articles", ARTICLE_FEATURES[feature])


# --------------------------------------------------------------------------- #
# The other models, and the building blocks.
# --------------------------------------------------------------------------- #


@given(strategies.items())
def test_items_are_models(item: object) -> None:
    assert isinstance(item, Article | PhotoCaption | AttributedQuote | SourceCredit)


@pytest.mark.parametrize(
    ("strategy", "condition"),
    [
        ("photo_captions", lambda c: c.label == "Foto arsip"),
        ("photo_captions", lambda c: c.date_printed is not None and f"({c.date_printed})" in c.text),
        ("photo_captions", lambda c: c.credit is not None and len(c.credited) > 1),
        ("photo_captions", lambda c: c.credit == "(Photo by Str/AFP via Getty Images)"),
        ("photo_captions", lambda c: any(credit.printed == "(Handout KCNA)" for credit in c.extra_credits)),
        ("quotes", lambda q: q.kind == "indirect" and q.cue is not None and q.cue.text in ("menurut", "según")),
        ("quotes", lambda q: q.kind == "mixed"),
        ("source_credits", lambda c: c.printed == "(Sumber Antaranews)"),
    ],
    ids=[
        "caption label",
        "caption date",
        "credit chain parties",
        "getty credit",
        "handout",
        "indirect quote",
        "mixed quote",
        "source line",
    ],
)
def test_models_include(strategy: str, condition: Callable[[Any], bool]) -> None:
    _exists(strategy, condition)


@pytest.mark.parametrize(
    "shape",
    [r"^\d{4}$", r"^\d{4}-\d\d$", r"^\d{4}-\d\d-\d\d$", r"Z$", r"\+07:00$", r"\.\d+[Z+-]", r"T\d\d:\d\d[Z+-]"],
)
def test_timestamps_include(shape: str) -> None:
    _exists("timestamps", lambda stamp: re.search(shape, stamp.value) is not None)


@given(strategies.language_tags())
def test_language_tags_are_well_formed(tag: str) -> None:
    assert is_valid_language_tag(tag)


@pytest.mark.parametrize("shape", [r"^[a-z]{2,3}$", r"-[A-Z][a-z]{3}", r"-x-", r"^i-"])
def test_language_tags_include(shape: str) -> None:
    _exists("language_tags", lambda tag: re.search(shape, tag) is not None)


NEWS_TEXT_FEATURES = {
    "Latin diacritics": "[éüñçœ]",
    "Cyrillic": "[\u0400-\u04ff]",
    "Arabic": "[\u0600-\u06ff]",
    "CJK": "[\u4e00-\u9fff]",
    "kana": "[\u30a0-\u30ff]",
    "emoji": "[\U0001f300-\U0001faff]",
    "combining mark": "[\u0300-\u036f]",
    "NBSP": "\u00a0",
    "narrow NBSP": "\u202f",
    "tab": "\t",
    "C0 control": "[\x00-\x08\x0e-\x1f]",
    "noncharacter": "[\ufdd0-\ufdef\ufffe\uffff\U0001fffe\U0010ffff]",
    "apostrophe": r"\w['’]\w",
    "em dash": "\u2014",
    "German quotes": "\u201e",
}


@pytest.mark.parametrize("feature", sorted(NEWS_TEXT_FEATURES))
def test_news_text_includes(feature: str) -> None:
    pattern = re.compile(NEWS_TEXT_FEATURES[feature])
    _exists("news_text", lambda text: pattern.search(text) is not None)


@given(strategies.news_text(max_size=50), strategies.names())
def test_news_text_is_encodable_and_names_are_not_blank(text: str, name: str) -> None:
    text.encode("utf-8")  # no lone surrogates
    name.encode("utf-8")
    assert len(text) <= 50
    assert name.strip()


@given(strategies.news_text(edges=False))
def test_news_text_without_edges_has_no_control_characters(text: str) -> None:
    assert not any(unicodedata.category(char) == "Cc" and char not in "\t" for char in text)


# --------------------------------------------------------------------------- #
# Wire texts.
# --------------------------------------------------------------------------- #

DASH = r"(?:--|-|\u2013|\u2014)"
DATELINE = re.compile(
    r"^\ufeff?[ \t]*(?:[A-Z][\w. ]*(?:, [\w. ]+)?(?: \([\w. ]+\))?|\(CNN\)) ?" + DASH + r" |^Liputan6\.com, \w+:",
    re.MULTILINE,
)
CREDIT = re.compile(r"(ANTARA|REUTERS|AP Photo|Getty Images|©|shutterstock)")

WIRE_FEATURES: dict[str, str] = {
    "caption label Foto arsip": r"^\ufeff?Foto arsip \u2013 ",
    "caption label FILE PHOTO": r"FILE PHOTO",
    "caption date": r"\(\d{1,2}/\d{1,2}/\d{4}\)",
    "credit chain": r"ANTARA/KCNA/tm/aa\.",
    "Reuters credit": r"REUTERS/[A-Z]",
    "AP credit": r"\(AP Photo/",
    "Getty credit": r"\(Photo by [^)]*/AFP via Getty Images\)",
    "handout credit": r"\(Handout KCNA\)",
    "copyright credit": r"© ",
    "Reuters dateline": r"[A-Z]+, \w+\.? \d+ \(Reuters\) - ",
    "AP dateline": r"[A-Z]+, North Korea \(AP\) \u2014 ",
    "ANTARA dateline": r"\w+ \(ANTARA\) - ",
    "CNN dateline": r"\(CNN\) -- ",
    "colon dateline": r"Liputan6\.com, \w+:",
    "en dash dateline": r"(?m)^[\ufeff ]*[A-Z][a-z]+ \u2013 ",
    "byline": r"(?m)^(?:\ufeff)?\s*(?:By|by|BY|Oleh:) ",
    "cue kata": r",[\u201d\"'\u2019\u00bb\u201c] kata ",
    "cue ujarnya": r"ujarnya\.",
    "cue said": r" said[.:]",
    "cue menurut": r", menurut ",
    "cue laut": r", laut ",
    "cue so": r", so ",
    "cue segun": r", según ",
    "cue selon": r", selon ",
    "apostrophe we're": r"we're",
    "apostrophe Jum'at": r"Jum['’]at",
    "apostrophe '87": r"['’]87",
    "Reuters sign-off": r"\(Reporting by [^;]+; Editing by ",
    "ANTARA sign-off": r"Pewarta: ",
    "old Reuter sign-off": r"\n Reuter",
    "source line": r"\(Sumber Antaranews\)",
    "source prefix": r"Source: ",
    "CRLF": r"\r\n",
    "lone CR": r"\r(?!\n)",
    "blank-line paragraphs": r"\.\n\n",
    "hard wrap with indent": r"\n    \S",
    "BOM": r"^\ufeff",
    "trailing space": r"[ \t]\r?\n",
    "no final newline": r"[^\n\r]\Z",
    "NBSP": "\u00a0",
    "narrow NBSP": "\u202f",
    "NFD": "\u0301",
}


@pytest.mark.parametrize("feature", sorted(WIRE_FEATURES))
def test_wire_texts_include(feature: str) -> None:
    pattern = re.compile(WIRE_FEATURES[feature])
    _exists("wire_texts", lambda text: pattern.search(text) is not None)


@pytest.mark.parametrize(("opening", "closing"), strategies.QUOTE_PAIRS)
def test_wire_texts_use_every_quotation_mark_pair(opening: str, closing: str) -> None:
    _exists("wire_texts", lambda text: re.search(re.escape(opening) + r"\w", text) and closing in text)


def test_wire_texts_mostly_look_like_wire_copy() -> None:
    assert _share("wire_texts", DATELINE.search) > 0.5
    assert _share("wire_texts", CREDIT.search) > 0.25


def _has_stray_control(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" and char not in "\t\r\n" for char in text)


def test_wire_texts_sometimes_mutate() -> None:
    _exists("wire_texts", lambda text: not DATELINE.search(text))
    # Mutation brings in arbitrary text (control characters included); plain wire copy never has them.
    _exists("wire_texts", _has_stray_control)
    assert not any(_has_stray_control(text) for text in sample_of("wire_texts_unmutated"))


# --------------------------------------------------------------------------- #
# st.from_type, through the entry point's setup hook.
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    "model", [Article, PhotoCaption, AttributedQuote, SourceCredit, Timestamp, Dateline, Extension, Span]
)
def test_from_type_uses_the_registered_strategies(model: type[Any]) -> None:
    """The entry point's setup hook registered every model, so from_type needs no inference."""

    @settings(max_examples=5, database=None)
    @given(st.from_type(model))
    def check(value: object) -> None:
        assert isinstance(value, model)

    check()
