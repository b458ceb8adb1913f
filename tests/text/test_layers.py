"""The quote extractor's modules form layers: each imports only the ones before it (and the cue tables)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsschema.text

PACKAGE = Path(newsschema.text.__file__).parent
LAYERS = ["_lexicon", "_marks", "_speakers", "_reported", "_people", "_quotes"]


def _imported_modules(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsschema.text."):
            found.add(node.module.removeprefix("newsschema.text."))
    return found


@pytest.mark.parametrize("module", LAYERS)
def test_a_layer_imports_only_the_layers_before_it(module: str) -> None:
    allowed = {"_cues", *LAYERS[: LAYERS.index(module)]}
    assert _imported_modules(module) <= allowed
