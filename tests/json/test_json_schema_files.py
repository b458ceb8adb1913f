"""The schema files themselves: well-formed Draft 2020-12, offline, and in step with the models."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from jsonschema.protocols import Validator
from referencing.exceptions import Unresolvable

from newsschema import models
from newsschema.errors import InvalidModelError
from newsschema.models import MODELS
from newsschema.schemas import (
    SCHEMA_BASE,
    fast_validator_for,
    json_text,
    registry,
    resolved_schema,
    schema_for,
    schema_names,
    schema_text,
    validator_for,
)

DEFINITIONS = f"{SCHEMA_BASE}definitions.schema.json"
CASES = Path(__file__).resolve().parents[1] / "cases"

# Every attrs class and where its object schema lives (file $id, JSON pointer inside it).
OBJECT_SCHEMAS: dict[type[Any], list[tuple[str, str]]] = {
    **{
        cls: [(f"{SCHEMA_BASE}{name}.schema.json", ""), (f"{SCHEMA_BASE}{name}.schema.json", f"/$defs/{name}")]
        for name, cls in MODELS.items()
    },
    models.Span: [(DEFINITIONS, "/$defs/span")],
    models.Dateline: [(DEFINITIONS, "/$defs/dateline")],
    models.Byline: [(DEFINITIONS, "/$defs/byline")],
    models.Contributor: [(DEFINITIONS, "/$defs/contributor")],
    models.Subject: [(DEFINITIONS, "/$defs/subject")],
    models.Rights: [(DEFINITIONS, "/$defs/rights")],
    models.ImageRef: [(DEFINITIONS, "/$defs/image_ref")],
    models.Extension: [(DEFINITIONS, "/$defs/extension")],
}


def _at(uri: str, pointer: str) -> dict[str, Any]:
    node: Any = registry().contents(uri)
    for step in pointer.split("/")[1:]:
        node = node[step]
    assert isinstance(node, dict)
    return node


def _objects(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every subschema that describes an object, with its place in the file."""
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield where, node
        for key, value in node.items():
            if key not in ("const", "enum"):
                yield from _objects(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _objects(value, f"{where}/{index}")


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def test_one_file_per_model_and_the_shared_definitions() -> None:
    assert schema_names() == sorted([*(f"{name}.schema.json" for name in MODELS), "definitions.schema.json"])


@pytest.mark.parametrize("file_name", schema_names())
def test_file_is_a_draft_2020_12_schema_with_a_versioned_id(file_name: str) -> None:
    schema = json.loads(schema_text(file_name))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_BASE + file_name
    assert schema_text(file_name).endswith("}\n")


@pytest.mark.parametrize("file_name", schema_names())
def test_every_object_is_closed_and_every_property_described(file_name: str) -> None:
    for where, node in _objects(json.loads(schema_text(file_name))):
        assert node.get("additionalProperties") is False, f"{file_name}#{where}"
        assert node.get("description"), f"{file_name}#{where}"
        for name, prop in node["properties"].items():
            assert prop.get("description"), f"{file_name}#{where}/properties/{name} has no description"


@pytest.mark.parametrize("file_name", schema_names())
def test_every_ref_resolves_inside_the_bundled_files(file_name: str) -> None:
    schema = json.loads(schema_text(file_name))
    resolver = registry().resolver(base_uri=schema["$id"])
    for ref in _refs(schema):
        assert not ref.startswith("http"), f"{ref}: refs are relative to {SCHEMA_BASE}"
        resolver.lookup(ref)


def test_registry_never_reaches_for_the_network() -> None:
    with pytest.raises(Unresolvable):
        registry().resolver().lookup("https://example.org/elsewhere.schema.json")


def test_schema_for_accepts_a_class_or_a_name_and_returns_a_fresh_copy() -> None:
    assert schema_for(models.Article) == schema_for("article")
    schema_for("article")["title"] = "changed"
    assert schema_for("article")["title"] == "Article"
    with pytest.raises(KeyError):
        schema_for("story")


def test_validator_is_compiled_once() -> None:
    assert validator_for(models.Article) is validator_for(models.Article)
    assert validator_for("article") is validator_for("article")


# --------------------------------------------------------------------------- #
# Drift: schemas and models describe the same fields.
# --------------------------------------------------------------------------- #

DRIFT_CASES = [(cls, uri, pointer) for cls, places in OBJECT_SCHEMAS.items() for uri, pointer in places]


@pytest.mark.parametrize(
    ("cls", "uri", "pointer"),
    DRIFT_CASES,
    ids=[f"{cls.__name__}{pointer or '-root'}" for cls, _, pointer in DRIFT_CASES],
)
def test_schema_properties_are_the_model_fields(cls: type[Any], uri: str, pointer: str) -> None:
    schema = _at(uri, pointer)
    fields = [field.name for field in attrs.fields(cls)]
    required = [field.name for field in attrs.fields(cls) if field.default is attrs.NOTHING]
    top_level = pointer == ""
    properties = [name for name in schema["properties"] if not (top_level and name == "type")]
    assert properties == fields, "schema properties must be the model's fields, in field order"
    assert schema.get("required", []) == (["type", *required] if top_level else required)
    for name in properties:
        assert schema["properties"][name]["description"]


def test_every_attrs_class_in_the_models_has_a_schema() -> None:
    classes = {value for value in vars(models).values() if isinstance(value, type) and attrs.has(value)}
    # A Timestamp is written as its lexical string (definitions' "timestamp"), not as an object.
    assert classes - {models.Timestamp} == set(OBJECT_SCHEMAS)


@pytest.mark.parametrize("name", list(MODELS))
def test_nested_form_is_the_document_form_without_type(name: str) -> None:
    root = schema_for(name)
    nested = root["$defs"][name]
    assert {key: value for key, value in root["properties"].items() if key != "type"} == nested["properties"]
    assert root["properties"]["type"]["const"] == name


def test_enums_match_the_model_enums() -> None:
    quote = schema_for("attributed_quote")["properties"]["kind"]["enum"]
    assert quote == [member.value for member in models.QuoteKind]
    position = _at(DEFINITIONS, "/$defs/byline")["properties"]["position"]["enum"]
    assert position == [member.value for member in models.BylinePosition]


# --------------------------------------------------------------------------- #
# The string definitions accept exactly what the model validators accept.
# --------------------------------------------------------------------------- #


def _definition(name: str) -> Validator:
    validator: Validator = Draft202012Validator(_at(DEFINITIONS, f"/$defs/{name}"))
    return validator


def _model_accepts(field_type: str, value: str) -> bool:
    builders: dict[str, Callable[[], object]] = {
        "name": lambda: models.Contributor(name=value),
        "token": lambda: models.Extension(namespace=value, name="n", value=""),
        "language": lambda: models.Article(language=value),
        "timestamp": lambda: models.Timestamp(value=value),
    }
    try:
        builders[field_type]()
    except InvalidModelError:
        return False
    return True


_WHITESPACE = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())
_LANGUAGE_PIECES = ["en", "id", "zh", "Hant", "TW", "419", "x", "i", "klingon", "-", "_", "GB", "1996", "a", "ab12"]
_TIMESTAMP_PIECES = ["2023", "0000", "-", "09", "13", "00", "02", "30", "T", "23", "24", ":", "59", "60", ".5", "Z"]
_TIMESTAMP_PIECES += ["+07:00", "-14:00", "+15:00", "\n", " "]


def _joined(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=8).map("".join)


@given(st.text(alphabet=st.sampled_from([*_WHITESPACE, "a", "\u0085", "\ufeff", "\u200b", "\x00"]), max_size=6))
def test_name_and_token_definitions_agree_with_the_models(value: str) -> None:
    for field_type in ("name", "token"):
        assert _definition(field_type).is_valid(value) == _model_accepts(field_type, value), (field_type, value)


@given(st.one_of(_joined(_LANGUAGE_PIECES), st.sampled_from(["i-klingon", "EN-gb-OED", "en-GB\n", "x-private"])))
def test_language_definition_agrees_with_the_model(value: str) -> None:
    assert _definition("language").is_valid(value) == _model_accepts("language", value), value


@given(
    st.one_of(
        _joined(_TIMESTAMP_PIECES),
        st.from_regex(
            re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})"),
            fullmatch=True,
        ),
    )
)
def test_timestamp_definition_agrees_with_the_model_except_the_calendar(value: str) -> None:
    schema_says = _definition("timestamp").is_valid(value)
    model_says = _model_accepts("timestamp", value)
    if schema_says and not model_says:
        # Only the calendar is beyond the pattern: the day must not exist in that month.
        assert "calendar" in str(_failure("timestamp", value)), value
    else:
        assert schema_says == model_says, value


def _failure(field_type: str, value: str) -> InvalidModelError | None:
    try:
        models.Timestamp(value=value)
    except InvalidModelError as error:
        return error
    return None


# --------------------------------------------------------------------------- #
# The resolved schemas (every $ref inlined) that the reader uses for speed.
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("name", list(MODELS))
def test_resolved_schema_has_no_refs_and_is_valid(name: str) -> None:
    schema = resolved_schema(name)
    Draft202012Validator.check_schema(schema)
    assert list(_refs(schema)) == []
    assert "$defs" not in json_text(schema)


def _faults(validator: Validator, document: object) -> list[tuple[str, str, str]]:
    return sorted(
        ("/".join(map(str, error.absolute_path)), str(error.validator), error.message)
        for error in validator.iter_errors(document)
    )


_CASE_DOCUMENTS = [
    (case["model"], case["document"])
    for case in (json.loads(path.read_text(encoding="utf-8")) for path in sorted(CASES.glob("*/*.json")))
    if "model" in case
]


@pytest.mark.parametrize(("name", "document"), _CASE_DOCUMENTS)
def test_resolved_schema_gives_the_same_verdicts_as_the_published_one(name: str, document: object) -> None:
    assert _faults(fast_validator_for(name), document) == _faults(validator_for(name), document)
