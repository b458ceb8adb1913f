"""The published JSON Schemas (Draft 2020-12), one per model.

The files live in ``schemas/`` at the top of the repository and ship inside
the wheel as ``newsschema/_schema_files``.

>>> from newsschema import Article, schema_for
>>> schema_for(Article)["$id"]
'https://newsschema.dev/schemas/1/article.schema.json'
"""

from __future__ import annotations

import functools
import json as _stdlib_json
from importlib import resources
from pathlib import Path
from typing import Any

from newsschema.models import MODELS, Item

__all__ = ["SCHEMA_BASE", "schema_for", "schema_names", "schema_text"]

SCHEMA_BASE = "https://newsschema.dev/schemas/1/"
"""The versioned base of every schema ``$id``."""


def _directory() -> Path:
    bundled = resources.files("newsschema").joinpath("_schema_files")
    if bundled.is_dir():
        return Path(str(bundled))
    # A source checkout or editable install: the top-level schemas/ folder.
    return Path(__file__).resolve().parents[2] / "schemas"


def schema_names() -> list[str]:
    """The file names of every bundled schema (models and shared definitions)."""
    return sorted(path.name for path in _directory().glob("*.schema.json"))


@functools.cache
def schema_text(file_name: str) -> str:
    """The exact text of one bundled schema file."""
    return (_directory() / file_name).read_text(encoding="utf-8")


def _model_of(model: type[Item] | str) -> str:
    if isinstance(model, str):
        if model not in MODELS:
            raise KeyError(f"unknown model {model!r}; known models: {', '.join(MODELS)}")
        return model
    for name, cls in MODELS.items():
        if cls is model:
            return name
    raise KeyError(f"{model!r} is not one of the top-level models ({', '.join(MODELS)})")


def schema_for(model: type[Item] | str) -> dict[str, Any]:
    """The JSON Schema of a top-level model, by class or name (a fresh copy each call)."""
    result: dict[str, Any] = _stdlib_json.loads(schema_text(f"{_model_of(model)}.schema.json"))
    return result
