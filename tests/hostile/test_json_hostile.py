"""JSON reader against hostile and broken documents: every case a typed error with a place, or a lenient result."""

from __future__ import annotations

import json as stdlib_json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hostile.hostile_support import read_or_error
from newsschema import json as ns_json
from newsschema.errors import LimitExceededError, ReadError, ReadWarning, ValidationError
from newsschema.models import MODELS, Article

CASES = Path(__file__).resolve().parents[1] / "cases" / "valid"
FULL: dict[str, dict[str, Any]] = {
    name: stdlib_json.loads((CASES / f"{stem}-full.json").read_text(encoding="utf-8"))
    for name, stem in [
        ("article", "article"),
        ("photo_caption", "photo-caption"),
        ("attributed_quote", "attributed-quote"),
        ("source_credit", "source-credit"),
    ]
}


def _refusal(
    data: str | bytes,
    model: type[Any] = Article,
    *,
    max_bytes: int = 16_777_216,
    max_depth: int = 100,
    max_items: int = 1_000_000,
) -> ReadError:
    with pytest.raises(ReadError) as caught:
        ns_json.read(data, model, max_bytes=max_bytes, max_depth=max_depth, max_items=max_items)
    assert caught.value.format == "json"
    return caught.value


# --------------------------------------------------------------------------- #
# Depth, size and count.
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(("opening", "closing"), [("[", "]"), ('{"a":', "}"), ('[{"a":', "}]")])
def test_nesting_100_000_deep_is_a_limit_error_at_a_place(opening: str, closing: str) -> None:
    error = _refusal('{"type": "article", "body": ' + opening * 100_000 + "1" + closing * 100_000 + "}")
    assert isinstance(error, LimitExceededError)
    assert error.code == "too-deep"
    assert "max_depth=100" in error.message
    assert "--max-depth" in error.message
    assert error.line == 1
    assert error.column is not None
    assert (error.pointer or "").startswith("/body/")


def test_brackets_inside_strings_are_not_nesting() -> None:
    article = ns_json.read('{"type": "article", "headline": "' + "[{" * 10_000 + '\\"]"}')
    assert article.headline == "[{" * 10_000 + '"]'


def test_max_depth_can_be_raised_and_lowered() -> None:
    document = '{"type": "article", "body": ["x"]}'
    assert ns_json.read(document, max_depth=2).body == ("x",)
    error = _refusal(document, max_depth=1)
    assert (error.code, error.pointer) == ("too-deep", "/body")


def test_max_items_counts_values() -> None:
    document = '{"type": "article", "body": [' + ", ".join(['"p"'] * 5_000) + "]}"
    error = _refusal(document, max_items=1_000)
    assert isinstance(error, LimitExceededError)
    assert error.code == "max-items"
    assert "max_items=1000" in error.message
    assert len(ns_json.read(document, max_items=10_000).body) == 5_000


def test_a_100_mb_string_stops_at_max_bytes_before_decoding() -> None:
    data = b'{"type": "article", "headline": "' + b"a" * 100_000_000 + b'"}'
    error = _refusal(data)
    assert isinstance(error, LimitExceededError)
    assert error.code == "max-bytes"
    assert f"at least {len(data)}" in error.message
    assert "pass a larger max_bytes" in error.message
    assert [found.code for found in ns_json.iter_errors(data)] == ["max-bytes"]


def test_a_large_string_reads_when_max_bytes_allows_it() -> None:
    data = '{"type": "article", "headline": "' + "a" * 20_000_000 + '"}'
    assert _refusal(data).code == "max-bytes"
    assert len(ns_json.read(data, max_bytes=30_000_000).headline or "") == 20_000_000


# --------------------------------------------------------------------------- #
# Numbers.
# --------------------------------------------------------------------------- #


def test_huge_integer_is_a_read_error_at_its_place() -> None:
    error = _refusal('{"type": "article",\n  "version": ' + "9" * 5_000 + "}")
    assert error.code == "number-too-long"
    assert (error.line, error.column, error.pointer) == (2, 14, "/version")


def test_integer_just_within_the_conversion_limit_is_a_schema_matter() -> None:
    article = ns_json.read('{"type": "article", "version": ' + "9" * 4_000 + "}")
    assert article.version == int("9" * 4_000)


@pytest.mark.parametrize("literal", ["1e999999999", "-1e-999999999", "1.5e308", "1" + "0" * 100_000 + ".5"])
def test_huge_floats_are_type_errors_at_their_pointer(literal: str) -> None:
    error = _refusal('{"type": "article", "version": ' + literal + "}")
    assert isinstance(error, ValidationError)
    assert (error.code, error.pointer) == ("type", "/version")
    assert len(error.message) < 200  # a huge number is cut short in the message


def test_an_exponent_beyond_decimal_range_is_a_read_error_at_its_place() -> None:
    # Regression (hostile review): decimal.InvalidOperation escaped json.read.
    error = _refusal('{"type": "article",\n "version": 1.5e' + "9" * 100_000 + "}")
    assert error.code == "number-too-long"
    assert (error.line, error.pointer) == (2, "/version")
    assert "exponent" in error.message


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_at_their_pointer(literal: str) -> None:
    error = _refusal(
        '{"type": "attributed_quote", "kind": "direct", "parts": [{"text": "x", "offset": ' + literal + "}]}"
    )
    assert error.code == "non-finite-number"
    assert error.pointer == "/parts/0/offset"
    assert literal in error.message


# --------------------------------------------------------------------------- #
# Keys, strings and bytes.
# --------------------------------------------------------------------------- #


def test_duplicate_keys_are_refused_everywhere_with_every_pointer() -> None:
    # Policy: RFC 8259 leaves duplicate names undefined, so a document with one is refused, never "last wins".
    document = '{"type": "article", "headline": "a", "dateline": {"printed": "X", "printed": "Y"}, "headline": "b"}'
    error = _refusal(document)
    assert (error.code, error.pointer) == ("duplicate-key", "/dateline/printed")
    assert [(found.code, found.pointer) for found in ns_json.iter_errors(document)] == [
        ("duplicate-key", "/dateline/printed"),
        ("duplicate-key", "/headline"),
    ]


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\ud800\\u0041", "a\\udc00"])
def test_lone_surrogate_escapes_are_validation_errors_at_their_pointer(escape: str) -> None:
    error = _refusal('{"type": "article", "body": ["ok", "' + escape + '"]}')
    assert isinstance(error, ValidationError)
    assert error.pointer == "/body/1"
    assert "surrogate" in error.message


def test_a_paired_surrogate_escape_is_one_character() -> None:
    assert ns_json.read('{"type": "article", "body": ["\\ud83d\\ude00"]}').body == ("\U0001f600",)


@pytest.mark.parametrize(
    ("data", "line", "column", "offset"),
    [
        (b'{"type": "article", "headline": "\xff"}', 1, 34, 33),
        (b'{"type": "article",\n "headline": "caf\xc3"}', 2, 18, 37),
        (b'{"type": "article",\n "headline": "\xed\xa0\x80"}', 2, 15, 34),  # a surrogate encoded as UTF-8
        (b"\xfe\xff\x00{\x00}", 1, 1, 0),
    ],
)
def test_invalid_utf8_is_a_read_error_naming_the_byte(data: bytes, line: int, column: int, offset: int) -> None:
    error = _refusal(data)
    assert error.code == "encoding"
    assert (error.line, error.column) == (line, column)
    assert f"byte offset {offset}" in error.message


def test_control_characters_in_strings_read_escaped_and_are_refused_raw() -> None:
    every_control = "".join(map(chr, range(0x20))) + "\x7f\x80\x9f"
    escaped = stdlib_json.dumps(every_control)
    assert ns_json.read('{"type": "article", "body": [' + escaped + "]}").body == (every_control,)
    error = _refusal('{"type": "article", "body": ["a\x01b"]}')
    assert error.code == "syntax"
    assert (error.line, error.column, error.pointer) == (1, 32, "/body/0")


def test_byte_order_mark_is_tolerated_with_a_warning() -> None:
    seen: list[ReadWarning] = []
    assert ns_json.read(b'\xef\xbb\xbf{"type": "article"}', on_warning=seen.append) == Article()
    assert [warning.error.code for warning in seen] == ["bom"]


# --------------------------------------------------------------------------- #
# Wrong types at every level, unknown fields at every level.
# --------------------------------------------------------------------------- #


def _locations(value: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every (pointer, value) in a plain document, containers first."""
    yield pointer, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _locations(item, f"{pointer}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _locations(item, f"{pointer}/{index}")


def _replace(document: Any, pointer: str, value: Any) -> Any:
    steps = pointer.split("/")[1:]
    copy = stdlib_json.loads(stdlib_json.dumps(document))
    target = copy
    for step in steps[:-1]:
        target = target[int(step)] if isinstance(target, list) else target[step]
    target[int(steps[-1]) if isinstance(target, list) else steps[-1]] = value
    return copy


def _wrong_for(value: Any) -> list[Any]:
    """Values of every other JSON type."""
    samples: list[Any] = [None, True, 7, 2.5, "text", [], {}]
    kinds = {type(value)} | ({int, float} if isinstance(value, int | float) and not isinstance(value, bool) else set())
    return [sample for sample in samples if type(sample) not in kinds and value is not None]


WRONG_TYPE_CASES = [
    (name, pointer, wrong)
    for name, document in FULL.items()
    for pointer, value in _locations(document)
    if pointer and not pointer.startswith("/extensions/") and pointer != "/type"
    for wrong in _wrong_for(value)
]


@pytest.mark.parametrize(("name", "pointer", "wrong"), WRONG_TYPE_CASES)
def test_wrong_types_at_every_level_are_validation_errors_at_that_pointer(name: str, pointer: str, wrong: Any) -> None:
    document = _replace(FULL[name], pointer, wrong)
    outcome = read_or_error(ns_json, stdlib_json.dumps(document), MODELS[name])
    if isinstance(outcome, ValidationError):
        assert outcome.pointer is not None
        # The fault is at the replaced value, or at its container (a required field now missing, say).
        assert pointer.startswith(outcome.pointer) or outcome.pointer.startswith(pointer), (outcome, pointer)
    else:  # a few values accept several types (a string or an object, say): then it must be a sound model
        assert not isinstance(outcome, ReadError), outcome


def test_the_whole_document_of_the_wrong_type() -> None:
    for literal in ("[]", "1", '"article"', "null", "true"):
        error = _refusal(literal)
        assert (error.code, error.pointer) == ("type", "")


OBJECT_POINTERS = [
    (name, pointer)
    for name, document in FULL.items()
    for pointer, value in _locations(document)
    if isinstance(value, dict) and "/extensions/" not in pointer + "/"
]


@pytest.mark.parametrize(("name", "pointer"), OBJECT_POINTERS)
def test_unknown_fields_at_every_level_are_refused_with_their_pointer(name: str, pointer: str) -> None:
    document = stdlib_json.loads(stdlib_json.dumps(FULL[name]))
    target = document
    for step in pointer.split("/")[1:]:
        target = target[int(step)] if isinstance(target, list) else target[step]
    target["zzUnknown"] = 1
    error = _refusal(stdlib_json.dumps(document), MODELS[name])
    assert (error.code, error.pointer) == ("unknown-field", f"{pointer}/zzUnknown")


# --------------------------------------------------------------------------- #
# Linear time: inputs that make a naive string scanner restart at every quote
# mark. Each runs in a fresh interpreter with a timeout far above what a
# linear scan needs; the quadratic scan this guards against took hours.
# --------------------------------------------------------------------------- #

ADVERSARIAL = {
    "escaped quote marks in a string left open": "'[\"' + '\\\\\"' * 1_000_000",
    "the same, ending in a backslash": "'[\"' + '\\\\\"' * 1_000_000 + '\\\\'",
    "strings left open line after line": "'[' + '\"a\\\\\\n' * 500_000",
    "a million opening brackets inside an open string": "'\"' + '[' * 1_000_000",
    "long numbers separated by commas": "'[' + '1' * 4_000 + (',' + '9' * 4_000) * 1_000 + ']'",
}


@pytest.mark.parametrize("expression", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_documents_are_refused_in_linear_time(expression: str) -> None:
    program = (
        "from newsschema import json\n"
        "from newsschema.errors import ReadError\n"
        f"data = {expression}\n"
        "try:\n"
        "    json.read(data)\n"
        "except ReadError as error:\n"
        "    assert error.format == 'json'\n"
        "errors = list(json.iter_errors(data))\n"
    )
    subprocess.run([sys.executable, "-c", program], check=True, timeout=60)
