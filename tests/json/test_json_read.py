"""Reading JSON: input types, the error policy, exact pointers, lines and columns."""

from __future__ import annotations

import json
import pickle
import warnings

import pytest

import newsschema
import newsschema.json as ns_json
from newsschema.errors import NewsSchemaError, ReadError, ReadWarning, ValidationError
from newsschema.models import Article, AttributedQuote, PhotoCaption, SourceCredit, Span

SIMPLE = {
    Article: '{"type": "article", "headline": "Putin tiba"}',
    PhotoCaption: '{"type": "photo_caption", "label": "Foto arsip", "text": "Dua pemimpin."}',
    AttributedQuote: '{"type": "attributed_quote", "kind": "indirect", "parts": [{"text": "siap"}]}',
    SourceCredit: '{"type": "source_credit", "party": "KCNA", "role": "nsrole:handout"}',
}


def _read_error(data: str | bytes, model: type[newsschema.Item] = Article) -> NewsSchemaError:
    with pytest.raises(ReadError) as caught:
        ns_json.read(data, model)
    return caught.value


# --------------------------------------------------------------------------- #
# Input: every model, str and bytes.
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("model", list(SIMPLE), ids=lambda model: model.__name__)
def test_every_model_reads_from_str_and_bytes_alike(model: type[newsschema.Item]) -> None:
    from_str = ns_json.read(SIMPLE[model], model)
    assert isinstance(from_str, model)
    assert ns_json.read(SIMPLE[model].encode("utf-8"), model) == from_str
    assert ns_json.read(bytearray(SIMPLE[model].encode("utf-8")), model) == from_str  # type: ignore[call-overload]


def test_default_model_is_article() -> None:
    article = ns_json.read('{"type": "article", "body": ["Satu.", "Dua."]}')
    assert article == Article(body=("Satu.", "Dua."))


def test_registered_as_the_json_format() -> None:
    module = newsschema.get_format("json")
    assert module.read is ns_json.read
    assert isinstance(module, newsschema.Format)
    assert (ns_json.NAME, ns_json.MEDIA_TYPE) == ("json", "application/vnd.newsschema+json")


def test_layout_and_key_order_do_not_matter() -> None:
    compact = '{"headline":"Putin tiba","type":"article"}'
    assert ns_json.read(compact) == ns_json.read(SIMPLE[Article])


def test_values_equal_to_the_default_may_be_written_out() -> None:
    spelled_out = '{"type": "article", "body": [], "quotes": [], "bylines": [{"printed": "X", "position": "top"}]}'
    assert ns_json.read(spelled_out) == ns_json.read('{"type": "article", "bylines": [{"printed": "X"}]}')


def test_escaped_characters_and_astral_characters_read_back() -> None:
    article = ns_json.read('{"type": "article", "body": ["\\u0007 \\ud83d\\ude00 \\u00e9 e\\u0301 \\"x\\""]}')
    assert article.body == ('\x07 \U0001f600 \u00e9 e\u0301 "x"',)


def test_refuses_what_is_neither_str_nor_bytes() -> None:
    with pytest.raises(TypeError, match="expected str or bytes"):
        ns_json.read(42)  # type: ignore[call-overload]


def test_refuses_a_model_that_is_not_top_level() -> None:
    with pytest.raises(TypeError, match="expected one of Article"):
        ns_json.read('{"type": "span", "text": "x"}', Span)  # type: ignore[type-var]


# --------------------------------------------------------------------------- #
# Syntax: ReadError with line, column and the pointer of the value being read.
# --------------------------------------------------------------------------- #


def test_syntax_error_has_line_column_and_pointer() -> None:
    error = _read_error('{\n  "type": "article",\n  "body": ["Satu.", "Dua.",]\n}')
    assert type(error) is ReadError
    assert (error.line, error.column, error.pointer, error.code, error.format) == (3, 28, "/body/2", "syntax", "json")
    assert error.message == "not valid JSON: expecting value"


def test_syntax_error_inside_an_object_names_the_key() -> None:
    error = _read_error('{"type": "article", "dateline": {"printed": "Jakarta" "place": "Jakarta"}}')
    assert (error.line, error.column, error.pointer) == (1, 55, "/dateline/printed")


def test_syntax_error_outside_any_container_has_no_pointer() -> None:
    error = _read_error("")
    assert (error.line, error.column, error.pointer) == (1, 1, None)
    assert str(_read_error('{"type": "article"} x')) == "1:21: not valid JSON: extra data"


def test_raw_control_character_in_a_string_is_a_syntax_error() -> None:
    error = _read_error('{"type": "article", "headline": "a\tb"}')
    assert (error.line, error.column, error.pointer, error.code) == (1, 35, "/headline", "syntax")


def test_bytes_that_are_not_utf8_give_line_and_column() -> None:
    error = _read_error(b'{"type": "article",\n "headline": "Caf' + b"\xe9" + b'"}')
    assert (error.line, error.column, error.code) == (2, 18, "encoding")
    assert "not UTF-8: byte 0xE9" in error.message


def test_utf16_is_refused() -> None:
    assert _read_error(SIMPLE[Article].encode("utf-16")).code == "encoding"


def test_deep_nesting_is_a_read_error_not_a_crash() -> None:
    error = _read_error('{"type": "article", "body": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert error.code == "too-deep"


# --------------------------------------------------------------------------- #
# Policy: byte order mark, duplicate keys, NaN and Infinity, integral fractions.
# --------------------------------------------------------------------------- #


def test_byte_order_mark_is_tolerated_with_a_warning() -> None:
    seen: list[ReadWarning] = []
    for data in ("\ufeff" + SIMPLE[Article], b"\xef\xbb\xbf" + SIMPLE[Article].encode()):
        assert ns_json.read(data, on_warning=seen.append, source="a.json") == ns_json.read(SIMPLE[Article])
    assert [(w.error.code, w.error.line, w.error.column, w.error.source) for w in seen] == [("bom", 1, 1, "a.json")] * 2
    assert list(ns_json.iter_errors("\ufeff" + SIMPLE[Article])) == []


def test_byte_order_mark_warns_through_warnings_by_default() -> None:
    with pytest.warns(ReadWarning, match="byte order mark"):
        ns_json.read("\ufeff" + SIMPLE[Article])


def test_no_warning_without_a_byte_order_mark() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ns_json.read(SIMPLE[Article])


def test_duplicate_keys_are_refused_at_the_duplicate() -> None:
    error = _read_error('{"type": "article", "dateline": {"printed": "A", "place": "A", "printed": "B"}}')
    assert type(error) is ReadError
    assert (error.pointer, error.code) == ("/dateline/printed", "duplicate-key")
    assert error.message == "duplicate key 'printed': a key may appear only once in an object"


def test_every_duplicate_key_is_listed_in_pointer_order() -> None:
    data = '{"type": "article", "type": "article", "body": ["x"], "rights": {"usage_terms": "a", "usage_terms": "b"}}'
    assert [error.pointer for error in ns_json.iter_errors(data)] == ["/rights/usage_terms", "/type"]


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_are_refused_at_their_pointer(literal: str) -> None:
    error = _read_error(f'{{"type": "article", "version": {literal}}}')
    assert (error.pointer, error.code) == ("/version", "non-finite-number")
    assert error.message.startswith(f"{literal} is not a JSON number")


def test_integral_fraction_is_not_an_integer() -> None:
    error = _read_error('{"type": "article", "version": 2.0}')
    assert (type(error), error.pointer, error.message) == (
        ValidationError,
        "/version",
        "expected an integer, got the number 2.0",
    )


def test_huge_exponent_is_just_not_an_integer() -> None:
    assert _read_error('{"type": "article", "version": 1e400}').pointer == "/version"


# --------------------------------------------------------------------------- #
# Schema and model faults: ValidationError at the pointer, messages a person reads.
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("data", "pointer", "message"),
    [
        ('{"type": "article", "headline": ""}', "/headline", "must not be empty or blank (got '')"),
        ('{"type": "article", "version": 0}', "/version", "must be an integer >= 1 (got 0)"),
        ('{"type": "article", "headlin": "x"}', "/headlin", "unknown field 'headlin'; did you mean 'headline'?"),
        ('{"headline": "x"}', "", "missing required field 'type'"),
        ("[]", "", "expected an object, got an array of 0 items"),
        ('{"type": "article", "body": [1]}', "/body/0", "expected a string, got the number 1"),
        ('{"type": "article", "body": [true]}', "/body/0", "expected a string, got true"),
        ('{"type": "article", "guid": null}', "/guid", "expected a string, got null"),
        (
            '{"type": "article", "first_created": "2024-06-19T02:45"}',
            "/first_created",
            "must carry a UTC offset such as 'Z' or '+07:00' (a date-time without one is ambiguous)"
            " (got '2024-06-19T02:45')",
        ),
        (
            '{"type": "article", "subjects": [{"kind": "cpnat:person"}]}',
            "/subjects/0",
            "needs at least one of 'name', 'code' or 'uri'",
        ),
        (
            '{"type": "article", "bylines": [{"printed": "X", "position": 1}]}',
            "/bylines/0/position",
            "must be one of 'top', 'end' (got 1)",
        ),
        (
            '{"type": "source_credit", "party": "x"}',
            "/type",
            "this document holds a source_credit, not an article (read it as SourceCredit)",
        ),
        ('{"type": 3}', "/type", "must be 'article' (got 3)"),
    ],
)
def test_schema_faults(data: str, pointer: str, message: str) -> None:
    error = _read_error(data)
    assert type(error) is ValidationError
    assert (error.pointer, error.message, error.format) == (pointer, message, "json")


def test_long_values_are_shortened_in_messages() -> None:
    error = _read_error(json.dumps({"type": "article", "language": "x" * 5000}))
    assert error.message.endswith("(got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…')")
    assert len(error.message) < 150
    assert len(_read_error(json.dumps({"type": "article", "headline": list(range(5000))})).message) < 100


def test_a_wrong_type_is_reported_once() -> None:
    errors = list(ns_json.iter_errors('{"type": "article", "guid": 5, "subjects": [7]}'))
    assert [(error.pointer, error.code) for error in errors] == [("/guid", "type"), ("/subjects/0", "type")]


def test_model_invariant_fault() -> None:
    data = json.dumps(
        {
            "type": "article",
            "body": ["Kata dia."],
            "quotes": [{"kind": "indirect", "parts": [{"text": "dia", "paragraph": 0, "offset": 0}]}],
        }
    )
    error = _read_error(data)
    assert (type(error), error.pointer, error.code) == (ValidationError, "/quotes/0/parts/0/offset", "invariant")
    assert (
        error.message
        == "quote position lies outside the body: 'dia' is not at paragraph 0, offset 0 (the body holds 'Kat' there)"
    )


def test_source_names_the_input_in_every_error() -> None:
    with pytest.raises(ValidationError) as caught:
        ns_json.read('{"type": "article", "version": 0}', source="wire/putin.json")
    assert str(caught.value) == "wire/putin.json: /version: must be an integer >= 1 (got 0)"
    assert {error.source for error in ns_json.iter_errors("{", source="x.json")} == {"x.json"}


def test_errors_pickle_and_subclass_value_error() -> None:
    error = _read_error('{"type": "article", "version": 0}')
    assert isinstance(error, ValueError)
    assert pickle.loads(pickle.dumps(error)) == error


# --------------------------------------------------------------------------- #
# iter_errors: every problem, sorted by pointer.
# --------------------------------------------------------------------------- #


def test_iter_errors_yields_every_schema_fault_in_pointer_order() -> None:
    data = json.dumps(
        {
            "type": "article",
            "version": -1,
            "body": ["a", 2, "c", "d", "e", "f", "g", "h", "i", "j", "k", 3],
            "language": "id_ID",
            "colour": "red",
            "quotes": [{"kind": "mixed", "parts": []}],
        }
    )
    pointers = [error.pointer for error in ns_json.iter_errors(data)]
    assert pointers == ["/body/1", "/body/11", "/colour", "/language", "/quotes/0/parts", "/version"]


def test_iter_errors_yields_every_misplaced_quote() -> None:
    quote = {"kind": "indirect", "parts": [{"text": "dua", "paragraph": 0, "offset": 0}]}
    good = {"kind": "indirect", "parts": [{"text": "satu", "paragraph": 0, "offset": 0}]}
    data = json.dumps({"type": "article", "body": ["satu dua"], "quotes": [quote, good, quote]})
    assert [error.pointer for error in ns_json.iter_errors(data)] == [
        "/quotes/0/parts/0/offset",
        "/quotes/2/parts/0/offset",
    ]


def test_iter_errors_reports_invariants_only_once_the_schema_is_satisfied() -> None:
    caption = {"text": "Foto", "date_printed": "1/1"}
    data = json.dumps({"type": "article", "version": 0, "captions": [caption, caption]})
    assert [error.code for error in ns_json.iter_errors(data)] == ["minimum"]
    data = json.dumps(
        {"type": "article", "captions": [caption, {"text": "Foto"}, caption], "content_created": "2023-02-30"}
    )
    errors = [(error.pointer, error.code) for error in ns_json.iter_errors(data)]
    assert errors == [
        ("/captions/0/date_printed", "invariant"),
        ("/captions/2/date_printed", "invariant"),
        ("/content_created", "invariant"),
    ]


def test_iter_errors_yields_the_syntax_error_alone() -> None:
    errors = list(ns_json.iter_errors('{"type": "article", "version": 0,'))
    assert [(type(error), error.code) for error in errors] == [(ReadError, "syntax")]


def test_iter_errors_is_empty_for_every_valid_model() -> None:
    for model, data in SIMPLE.items():
        assert list(ns_json.iter_errors(data, model)) == []


def test_read_raises_the_first_error_iter_errors_yields() -> None:
    data = '{"type": "attributed_quote", "kind": "said", "parts": [{"text": " "}]}'
    with pytest.raises(ValidationError) as caught:
        ns_json.read(data, AttributedQuote)
    assert caught.value == next(iter(ns_json.iter_errors(data, AttributedQuote)))
    assert caught.value.pointer == "/kind"
