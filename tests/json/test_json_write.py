"""Writing JSON: the document shape, determinism, and the round trip over generated models."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsschema.json as ns_json
from newsschema import strategies
from newsschema.errors import WriteError
from newsschema.models import (
    MODELS,
    Article,
    AttributedQuote,
    Extension,
    Item,
    PhotoCaption,
    QuoteKind,
    SourceCredit,
    Span,
    Timestamp,
)
from newsschema.plain import to_plain
from newsschema.schemas import fast_validator_for, validator_for

EXAMPLES: list[Item] = [
    Article(),
    Article(headline="Putin tiba", version=3, body=("Satu.", ""), first_created=Timestamp(value="2023-09")),
    PhotoCaption(label="FILE PHOTO", text="A photo.", credited=(SourceCredit(party="REUTERS"),)),
    AttributedQuote(kind=QuoteKind.MIXED, parts=(Span(text="siap"),), resolved_speaker="Ushakov"),
    SourceCredit(party="KCNA", extensions=(Extension(namespace="text", name="printed-at", value="end"),)),
]


@pytest.mark.parametrize("item", EXAMPLES, ids=lambda item: type(item).__name__)
def test_document_is_type_then_the_plain_form(item: Item) -> None:
    document = json.loads(ns_json.write(item))
    assert list(document) == ["type", *to_plain(item)]
    assert MODELS[document.pop("type")] is type(item)
    assert document == to_plain(item)


def test_exact_layout() -> None:
    article = Article(headline="Putin tiba", body=('Jakarta \u2013 "kata" \\ \x00\x1f\x7f\u0085\u2028 \U0001f600',))
    assert ns_json.write(article) == (
        "{\n"
        '  "type": "article",\n'
        '  "headline": "Putin tiba",\n'
        '  "body": [\n'
        '    "Jakarta \u2013 \\"kata\\" \\\\ \\u0000\\u001f\x7f\u0085\u2028 \U0001f600"\n'
        "  ]\n"
        "}\n"
    )


def test_empty_article() -> None:
    assert ns_json.write(Article()) == '{\n  "type": "article"\n}\n'


def test_same_model_same_text() -> None:
    first = Article(keywords=("b", "a"), body=("x",))
    second = Article(body=["x"], keywords=["b", "a"])
    assert ns_json.write(first) == ns_json.write(second)
    assert ns_json.write(first) == ns_json.write(first)


def test_written_text_is_utf8_encodable() -> None:
    text = ns_json.write(Article(body=("\x00 \ufeff \U0010ffff",)))
    assert ns_json.read(text.encode("utf-8")) == Article(body=("\x00 \ufeff \U0010ffff",))


def test_refuses_what_is_not_a_model() -> None:
    with pytest.raises(WriteError, match="cannot write a Span as JSON") as caught:
        ns_json.write(Span(text="x"))  # type: ignore[arg-type]
    assert caught.value.format == "json"


def test_integer_too_long_to_print_is_a_write_error() -> None:
    with pytest.raises(WriteError, match="cannot write the model as JSON"):
        ns_json.write(Article(version=10**5000))


_ITEMS = st.one_of(strategies.articles(), strategies.photo_captions(), strategies.quotes(), strategies.source_credits())


@given(_ITEMS)
def test_generated_models_round_trip_validate_and_are_fixed_points(item: Item) -> None:
    text = ns_json.write(item)
    document = json.loads(text)
    assert list(validator_for(type(item)).iter_errors(document)) == []
    assert fast_validator_for(type(item)).is_valid(document)
    assert ns_json.read(text, type(item)) == item
    assert ns_json.read(text.encode("utf-8"), type(item)) == item
    assert ns_json.write(ns_json.read(text, type(item))) == text
    assert list(ns_json.iter_errors(text, type(item))) == []
