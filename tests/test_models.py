"""The models' invariants: each broken one raises InvalidModelError naming the field."""

from __future__ import annotations

import pickle
from typing import Any

import attrs
import pytest

from newsschema import (
    Article,
    AttributedQuote,
    Byline,
    BylinePosition,
    Dateline,
    Extension,
    ImageRef,
    InvalidModelError,
    PhotoCaption,
    QuoteKind,
    ReadError,
    SourceCredit,
    Span,
    Subject,
    Timestamp,
    ValidationError,
)
from newsschema.models import is_valid_language_tag
from newsschema.samples import sample_article


def fails(build: Any, pointer: str, fragment: str) -> None:
    with pytest.raises(InvalidModelError) as caught:
        build()
    assert caught.value.pointer == pointer
    assert fragment in caught.value.message


def test_models_are_frozen_and_keyword_only() -> None:
    article = Article(headline="x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "y"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Article("x")  # type: ignore[call-arg]


def test_an_empty_article_is_valid() -> None:
    assert Article().body == ()


def test_lists_become_tuples_and_strings_are_refused_for_sequences() -> None:
    assert Article(body=["a", "b"]).body == ("a", "b")
    fails(lambda: Article(keywords="abc"), "/keywords", "must be a tuple")


@pytest.mark.parametrize(
    ("build", "pointer", "fragment"),
    [
        (lambda: Article(headline=""), "/headline", "must not be empty"),
        (lambda: Article(headline="   "), "/headline", "must not be empty"),
        (lambda: Article(headline=3), "/headline", "must be a string"),  # type: ignore[arg-type]
        (lambda: Article(language="id_ID"), "/language", "BCP 47"),
        (lambda: Article(version=0), "/version", ">= 1"),
        (lambda: Article(version=True), "/version", ">= 1"),
        (lambda: Article(guid="urn:a b"), "/guid", "without whitespace"),
        (lambda: Article(body=("ok", "\ud800")), "/body/1", "lone surrogates"),
        (lambda: Article(keywords=("",)), "/keywords/0", "must not be empty"),
        (lambda: Article(captions=("caption",)), "/captions/0", "must be PhotoCaption"),
        (lambda: SourceCredit(party=""), "/party", "must not be empty"),
        (lambda: SourceCredit(party="KCNA", role="cpp role"), "/role", "without whitespace"),
        (Subject, "", "needs a 'name'"),
        (lambda: Span(text="x", paragraph=1), "/offset", "given together"),
        (lambda: Span(text="x", paragraph=-1, offset=0), "/paragraph", ">= 0"),
        (lambda: AttributedQuote(kind="direct", parts=()), "/parts", "at least one"),
        (lambda: AttributedQuote(kind="reported", parts=(Span(text="x"),)), None, "QuoteKind"),
        (lambda: Dateline(printed="Jakarta –", place="Bandung"), "/place", "must occur in 'printed'"),
        (lambda: PhotoCaption(text="A photo.", date_printed="1/1/2020"), "/date_printed", "must occur in 'text'"),
        (lambda: ImageRef(href="x", width=0), "/width", ">= 1"),
        (lambda: Extension(namespace="", name="x", value=""), "/namespace", "without whitespace"),
        (lambda: Byline(printed="By X", position="middle"), None, "BylinePosition"),
    ],
)
def test_broken_invariants_name_the_field(build: Any, pointer: str | None, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment) as caught:
        build()
    if pointer is not None:
        assert isinstance(caught.value, InvalidModelError)
        assert caught.value.pointer == pointer


@pytest.mark.parametrize(
    "value",
    ["2023", "2023-09", "2023-09-13", "2023-09-13T10:00Z", "2023-09-13T10:00:05.123+07:00", "2023-09-13T10:00-14:00"],
)
def test_timestamps_keep_their_lexical_form(value: str) -> None:
    assert Timestamp(value=value).value == value


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2023-09-13T10:00:00", "must carry a UTC offset"),
        ("2023-13", "real calendar date"),
        ("2023-02-30", "real calendar date"),
        ("2023-09-13T24:00Z", "real calendar date"),
        ("2023-09-13T10:00+14:01", "between -14:00 and +14:00"),
        ("2023-09-13T10:00-15:00", "between -14:00 and +14:00"),
        ("2023-09-13T10:00+0700", "ISO 8601"),
        ("13/9/2023", "ISO 8601"),
    ],
)
def test_bad_timestamps_are_refused(value: str, fragment: str) -> None:
    fails(lambda: Timestamp(value=value), "/value", fragment)


def test_timestamp_views() -> None:
    assert Timestamp(value="2023-09").precision == "month"
    assert str(Timestamp(value="2024-06-19T02:45:00Z").to_datetime()) == "2024-06-19 02:45:00+00:00"
    with pytest.raises(ValueError, match="not a date-time"):
        Timestamp(value="2023").to_datetime()


@pytest.mark.parametrize("tag", ["id", "en-GB", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1901", "x-private", "i-klingon"])
def test_language_tags_that_are_well_formed(tag: str) -> None:
    assert is_valid_language_tag(tag)


@pytest.mark.parametrize("tag", ["", "id_ID", "englishes", "e", "en-", "en--GB", "ïd", "123"])
def test_language_tags_that_are_not(tag: str) -> None:
    assert not is_valid_language_tag(tag)


def test_quote_positions_must_lie_inside_the_body() -> None:
    quote = AttributedQuote(kind=QuoteKind.DIRECT, parts=(Span(text="words", paragraph=0, offset=4),))
    assert Article(body=("The words here.",), quotes=(quote,)).quotes == (quote,)
    fails(lambda: Article(body=(), quotes=(quote,)), "/quotes/0/parts/0/paragraph", "paragraph 0 does not exist")
    fails(lambda: Article(body=("The",), quotes=(quote,)), "/quotes/0/parts/0/offset", "past the paragraph")
    fails(lambda: Article(body=("The other words",), quotes=(quote,)), "/quotes/0/parts/0/offset", "holds 'other'")
    speaker = AttributedQuote(kind="direct", parts=(Span(text="words"),), speaker=Span(text="X", paragraph=0, offset=0))
    fails(lambda: Article(body=("The words",), quotes=(speaker,)), "/quotes/0/speaker/offset", "'X' is not at")


def test_unlocated_spans_are_not_checked_against_the_body() -> None:
    quote = AttributedQuote(kind="indirect", parts=(Span(text="anything"),), speaker=Span(text="he"))
    assert Article(quotes=(quote,)).quotes[0].text == "anything"


def test_control_characters_and_noncharacters_are_text() -> None:
    awkward = "tab\there\x00nul\x1bescape\ufffe\uffff\u200b\r\n"
    assert Article(body=(awkward,)).body == (awkward,)


def test_the_sample_model_holds_every_seed_feature() -> None:
    article = sample_article()
    (caption,) = article.captions
    assert caption.label == "Foto arsip"
    assert caption.credit == "ANTARA/Kemlu/rw/bs."
    assert [credit.party for credit in caption.credited] == ["ANTARA", "Kemlu"]
    assert caption.extra_credits[0].printed == "(Handout Kemlu)"
    assert article.dateline is not None
    assert article.dateline.printed.endswith("\u2013")
    kinds = [(quote.kind, quote.cue.text if quote.cue else None) for quote in article.quotes]
    assert kinds == [
        (QuoteKind.DIRECT, "kata"),
        (QuoteKind.INDIRECT, "tambah"),
        (QuoteKind.INDIRECT, "menurut"),
        (QuoteKind.INDIRECT, "kata"),
    ]
    assert article.quotes[1].resolved_speaker == "Kementerian Luar Negeri"
    assert article.sources[0].printed == "(Sumber Antaranews)"
    assert BylinePosition.END.value == "end"


@pytest.mark.parametrize(
    "error",
    [
        ReadError("bad byte", format="text", line=3, column=7, source="a.txt", code="encoding"),
        ValidationError("expected a string", format="json", pointer="/headline"),
        InvalidModelError("x", pointer="/a"),
    ],
)
def test_errors_pickle_and_print_their_place(error: Exception) -> None:
    assert pickle.loads(pickle.dumps(error)) == error
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_error_locations() -> None:
    assert str(ReadError("bad", line=3, column=7, source="a.txt")) == "a.txt:3:7: bad"
    assert str(ValidationError("bad", pointer="/quotes/0", source="a.json")) == "a.json: /quotes/0: bad"
    assert str(ValidationError("bad", pointer="/x")) == "/x: bad"
    assert ValidationError("bad", pointer="/x").to_dict() == {
        "type": "ValidationError",
        "message": "bad",
        "pointer": "/x",
    }
