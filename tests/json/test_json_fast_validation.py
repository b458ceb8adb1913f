"""The compiled validator on json.read's hot path gives the same verdicts as jsonschema.

``newsschema.schemas.is_valid`` (jsonschema-rs) decides valid documents fast;
``jsonschema`` explains invalid ones. They must never disagree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsschema import json as ns_json
from newsschema.models import MODELS
from newsschema.schemas import fast_validator_for, is_valid
from newsschema.strategies import items

CASES = Path(__file__).resolve().parents[1] / "cases"


def _cases() -> list[tuple[str, Any]]:
    found = []
    for path in sorted(CASES.glob("*/*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        if "document" in case:
            found.append((case["model"], case["document"]))
        else:
            found.append((case.get("type", "article"), case))
    return found


@pytest.mark.parametrize(("model", "document"), _cases())
def test_every_case_gets_the_same_verdict(model: str, document: Any) -> None:
    assert is_valid(model, document) == fast_validator_for(model).is_valid(document)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def _paths(document: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    paths = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            paths += _paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            paths += _paths(value, (*prefix, index))
    return paths


def _replace(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, *rest = path
    copy = dict(document) if isinstance(document, dict) else list(document)
    copy[head] = _replace(document[head], tuple(rest), value)
    return copy


@given(items(), st.data())
def test_generated_and_mutated_documents_get_the_same_verdict(item: Any, data: st.DataObject) -> None:
    document = json.loads(ns_json.write(item))
    model = document["type"]
    assert model in MODELS
    assert is_valid(model, document)
    path = data.draw(st.sampled_from(_paths(document)))
    mutated = _replace(document, path, data.draw(JSON_VALUES))
    assert is_valid(model, mutated) == fast_validator_for(model).is_valid(mutated)
