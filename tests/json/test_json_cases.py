"""The invalid and valid documents in tests/cases/, checked against the schemas and the reader.

Each file in ``tests/cases/invalid/`` records the model, the JSON pointer its
fault must be reported at, the reason, and the document. A document must be
refused at that pointer by the published schema (jsonschema, nothing else)
and by :func:`newsschema.json.read`; cases marked ``"schema_can_detect":
false`` break an invariant no JSON Schema can state (quote positions,
views, calendar dates, lone surrogates) and are refused by the reader only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsschema.json as ns_json
from newsschema.errors import ValidationError
from newsschema.models import MODELS
from newsschema.schemas import validator_for

CASES = Path(__file__).resolve().parents[1] / "cases"
INVALID = sorted((CASES / "invalid").glob("*.json"))
VALID = sorted((CASES / "valid").glob("*.json"))


def _case(path: Path) -> dict[str, Any]:
    case: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return case


def _schema_pointers(document: object, model: str) -> set[str]:
    """Where jsonschema reports faults; an unknown key is reported at the key itself, as the reader does."""
    pointers: set[str] = set()
    for error in validator_for(model).iter_errors(document):
        pointer = "".join(f"/{step}" for step in error.absolute_path)
        if error.validator == "additionalProperties":
            assert isinstance(error.schema, dict)
            known = error.schema.get("properties", {})
            pointers.update(f"{pointer}/{key}" for key in error.instance if key not in known)
        else:
            pointers.add(pointer)
    return pointers


def test_at_least_25_distinct_faults() -> None:
    pointers = {(_case(path)["model"], _case(path)["pointer"]) for path in INVALID}
    assert len(INVALID) >= 25
    assert len(pointers) >= 25


@pytest.mark.parametrize("path", INVALID, ids=[path.stem for path in INVALID])
def test_invalid_case_is_refused_by_the_schema(path: Path) -> None:
    case = _case(path)
    pointers = _schema_pointers(case["document"], case["model"])
    if case.get("schema_can_detect", True):
        assert case["pointer"] in pointers, f"{case['reason']}: schema reported {sorted(pointers)}"
    else:
        assert pointers == set(), "marked invariant-only, but the schema refuses it: drop 'schema_can_detect'"


@pytest.mark.parametrize("path", INVALID, ids=[path.stem for path in INVALID])
def test_invalid_case_is_refused_by_the_reader(path: Path) -> None:
    case = _case(path)
    text = json.dumps(case["document"], ensure_ascii=True)
    with pytest.raises(ValidationError) as caught:
        ns_json.read(text, MODELS[case["model"]], source=path.name)
    assert (caught.value.pointer, caught.value.format, caught.value.source) == (case["pointer"], "json", path.name)
    assert case["pointer"] in {error.pointer for error in ns_json.iter_errors(text, MODELS[case["model"]])}


@pytest.mark.parametrize("path", VALID, ids=[path.stem for path in VALID])
def test_valid_case_reads_and_writes_back_the_same_bytes(path: Path) -> None:
    raw = path.read_bytes()
    document = json.loads(raw)
    model = MODELS[document["type"]]
    assert list(validator_for(model).iter_errors(document)) == []
    item = ns_json.read(raw, model)
    assert ns_json.write(item).encode("utf-8") == raw
    assert list(ns_json.iter_errors(raw, model)) == []


def test_valid_cases_cover_every_model() -> None:
    assert {json.loads(path.read_bytes())["type"] for path in VALID} == set(MODELS)
