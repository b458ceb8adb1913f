"""The laws, each stated once and run over every registered format and every model.

* Law 1: model -> format -> model is the identity, and writing is a fixed
  point (``write(read(write(x))) == write(x)``).
* Law 2: what we write validates: JSON against ``schemas/`` (checked here with
  jsonschema directly), NewsML-G2 against the official XSD.
* Law 3: text -> model -> text gives the same string and the same bytes.
* Law 4: nothing is dropped silently: law 1 over models with extensions and
  hard characters, and a writer either round-trips or raises WriteError.
* Cross-format: ``B.read(B.write(A.read(A.write(x)))) == x`` for every pair.

A format joins these laws by appearing in ``newsschema.FORMATS``. A writer may
refuse a model with :class:`~newsschema.errors.WriteError` only for the error
codes the format module lists in ``DOCUMENTED_WRITE_ERRORS`` (a collection of
``code`` strings); any other refusal fails the law.
"""

from __future__ import annotations

import itertools
import json
from types import ModuleType
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import newsschema
from newsschema import strategies
from newsschema.errors import ReadWarning, WriteError
from newsschema.models import MODELS, Item
from newsschema.schemas import schema_for, schema_names, schema_text

FORMAT_NAMES = sorted(newsschema.FORMATS)
MODEL_NAMES = sorted(MODELS)

STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "article": strategies.articles(),
    "photo_caption": strategies.photo_captions(),
    "attributed_quote": strategies.quotes(),
    "source_credit": strategies.source_credits(),
}


def test_every_model_has_a_strategy() -> None:
    assert sorted(STRATEGIES) == MODEL_NAMES


def _format(name: str) -> ModuleType:
    module = newsschema.FORMATS[name]
    assert isinstance(module, ModuleType)
    return module


def _write_or_documented_refusal(fmt: ModuleType, item: Item) -> str | None:
    """``fmt.write(item)``; ``None`` when the format refuses with a WriteError code it documents."""
    try:
        written = fmt.write(item)
    except WriteError as error:
        refusal = error
    else:
        assert isinstance(written, str), f"{fmt.NAME}.write must return str, got {type(written).__name__}"
        return written
    documented = getattr(fmt, "DOCUMENTED_WRITE_ERRORS", ())
    assert refusal.format == fmt.NAME, f"a WriteError from {fmt.NAME} must set format={fmt.NAME!r}: {refusal!r}"
    if refusal.code not in documented:
        raise AssertionError(
            f"{fmt.NAME}.write refused a valid {type(item).__name__} with an undocumented WriteError "
            f"(code={refusal.code!r}; documented codes: {sorted(documented)}): {refusal}"
        ) from refusal
    event(f"{fmt.NAME} refused a {type(item).__name__}: {refusal.code}")
    return None


def _read_quietly(fmt: ModuleType, data: str | bytes, model: type[Item]) -> Item:
    """Read what a writer wrote: it must not need any tolerance, so no warnings either."""
    warnings: list[ReadWarning] = []
    item: Item = fmt.read(data, model, on_warning=warnings.append)
    assert warnings == [], f"{fmt.NAME}.read warned about what {fmt.NAME}.write wrote: {warnings}"
    return item


# --------------------------------------------------------------------------- #
# Law 1 (and law 4 through it): round trip and fixed point.
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("model_name", MODEL_NAMES)
@pytest.mark.parametrize("format_name", FORMAT_NAMES)
@given(data=st.data())
def test_law_1_round_trip_and_fixed_point(format_name: str, model_name: str, data: st.DataObject) -> None:
    """read(write(x)) == x and write(read(write(x))) == write(x)."""
    fmt = _format(format_name)
    model = MODELS[model_name]
    item = data.draw(STRATEGIES[model_name], label=model_name)
    written = _write_or_documented_refusal(fmt, item)
    if written is None:
        return
    assert fmt.write(item) == written, f"{format_name}.write is not deterministic"
    back = _read_quietly(fmt, written, model)
    assert back == item
    assert fmt.write(back) == written


# --------------------------------------------------------------------------- #
# Law 2: what we write validates.
# --------------------------------------------------------------------------- #


def _schema_registry() -> Registry[Any]:
    """Every bundled schema file by its $id, so $refs resolve offline."""
    resources = []
    for file_name in schema_names():
        contents = json.loads(schema_text(file_name))
        resources.append((contents["$id"], Resource.from_contents(contents, default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


@pytest.fixture(scope="module")
def json_validators() -> dict[str, Any]:
    registry = _schema_registry()
    validators: dict[str, Any] = {}
    for name in MODEL_NAMES:
        schema = schema_for(name)
        Draft202012Validator.check_schema(schema)
        validators[name] = Draft202012Validator(schema, registry=registry)
    return validators


@pytest.mark.skipif("json" not in FORMAT_NAMES, reason="newsschema.json is not registered yet")
@pytest.mark.parametrize("model_name", MODEL_NAMES)
@given(data=st.data())
def test_law_2_json_validates_against_schemas(
    model_name: str, json_validators: dict[str, Any], data: st.DataObject
) -> None:
    item = data.draw(STRATEGIES[model_name], label=model_name)
    document = json.loads(_format("json").write(item))
    problems = [f"{error.json_path}: {error.message}" for error in json_validators[model_name].iter_errors(document)]
    assert problems == []


@pytest.mark.shared
@pytest.mark.skipif("newsml" not in FORMAT_NAMES, reason="newsschema.newsml is not registered yet")
@pytest.mark.parametrize("model_name", MODEL_NAMES)
@given(data=st.data())
def test_law_2_newsml_validates_against_official_xsd(model_name: str, data: st.DataObject) -> None:
    from support import shared_path

    xsd_dir = shared_path("standards", "newsml-g2-2.35")
    fmt = _format("newsml")
    item = data.draw(STRATEGIES[model_name], label=model_name)
    document = _write_or_documented_refusal(fmt, item)
    if document is not None:
        fmt.validate(document, xsd_dir=xsd_dir)  # raises ValidationError naming line and column


# --------------------------------------------------------------------------- #
# Law 3: text -> model -> text.
# --------------------------------------------------------------------------- #

needs_text = pytest.mark.skipif("text" not in FORMAT_NAMES, reason="newsschema.text is not registered yet")
ANY_TEXT = {"wire": strategies.wire_texts(), "arbitrary": st.text()}


def _ignore(_: ReadWarning) -> None:
    """Tolerated problems in arbitrary input are fine here; law 3 is about the bytes."""


@needs_text
@pytest.mark.parametrize("source", sorted(ANY_TEXT))
@given(data=st.data())
def test_law_3_text_round_trips_every_string(source: str, data: st.DataObject) -> None:
    fmt = _format("text")
    text = data.draw(ANY_TEXT[source], label=source)
    assert fmt.write(fmt.read(text, on_warning=_ignore)) == text


@needs_text
@pytest.mark.parametrize("source", sorted(ANY_TEXT))
@given(data=st.data())
def test_law_3_text_round_trips_every_utf8_byte_string(source: str, data: st.DataObject) -> None:
    fmt = _format("text")
    encoded = data.draw(ANY_TEXT[source], label=source).encode("utf-8")
    assert fmt.write(fmt.read(encoded, on_warning=_ignore)).encode("utf-8") == encoded


# --------------------------------------------------------------------------- #
# Law 4: round trip or WriteError, never anything else.
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("format_name", FORMAT_NAMES)
@given(item=strategies.items())
def test_law_4_writers_round_trip_or_raise_write_error(format_name: str, item: Item) -> None:
    fmt = _format(format_name)
    try:
        written = fmt.write(item)
    except WriteError as error:
        refusal = error
    else:
        assert _read_quietly(fmt, written, type(item)) == item
        return
    assert refusal.format == format_name
    assert refusal.message, "a WriteError must say what cannot be written"
    event(f"{format_name} refused a {type(item).__name__}: {refusal.code}")


# --------------------------------------------------------------------------- #
# Across formats.
# --------------------------------------------------------------------------- #

FORMAT_PAIRS = list(itertools.permutations(FORMAT_NAMES, 2))


@pytest.mark.skipif(len(FORMAT_PAIRS) == 0, reason="fewer than two formats are registered")
@pytest.mark.parametrize("model_name", MODEL_NAMES)
@given(data=st.data())
def test_cross_format_round_trip(model_name: str, data: st.DataObject) -> None:
    """B.read(B.write(A.read(A.write(x)))) == x for every ordered pair (A, B) of formats.

    One generated item goes through every pair, so each pair sees every example.
    """
    model = MODELS[model_name]
    item = data.draw(STRATEGIES[model_name], label=model_name)
    for first_name, second_name in FORMAT_PAIRS:
        first, second = _format(first_name), _format(second_name)
        written = _write_or_documented_refusal(first, item)
        if written is None:
            continue
        middle = _read_quietly(first, written, model)
        rewritten = _write_or_documented_refusal(second, middle)
        if rewritten is None:
            continue
        assert _read_quietly(second, rewritten, model) == item, f"{first_name} -> {second_name}"
