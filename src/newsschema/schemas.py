"""The published JSON Schemas (Draft 2020-12), one per model.

The files live in ``schemas/`` at the top of the repository and ship inside
the wheel as ``newsschema/_schema_files``. Every ``$id`` sits under the
versioned base :data:`SCHEMA_BASE`; the model schemas share
``definitions.schema.json`` through relative ``$ref``\\ s.

>>> from newsschema import Article, schema_for
>>> schema_for(Article)["$id"]
'https://newsschema.dev/schemas/1/article.schema.json'

:func:`validator_for` compiles a schema once, resolving every ``$ref``
against the bundled files only, never the network:

>>> validator_for("source_credit").is_valid({"type": "source_credit", "party": "KCNA"})
True
"""

from __future__ import annotations

import functools
import json as _stdlib_json
import urllib.parse
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsschema.models import MODELS, Item

if TYPE_CHECKING:
    from jsonschema.protocols import Validator
    from referencing import Registry

__all__ = [
    "SCHEMA_BASE",
    "fast_validator_for",
    "is_valid",
    "json_text",
    "registry",
    "resolved_schema",
    "schema_for",
    "schema_names",
    "schema_text",
    "validator_for",
]

SCHEMA_BASE = "https://newsschema.dev/schemas/1/"
"""The versioned base of every schema ``$id``."""


def _directory() -> Path:
    bundled = resources.files("newsschema").joinpath("_schema_files")
    if bundled.is_dir():
        return Path(str(bundled))
    # A source checkout or editable install: the top-level schemas/ folder.
    return Path(__file__).resolve().parents[2] / "schemas"


def schema_names() -> list[str]:
    """The file names of every bundled schema (models and shared definitions).

    >>> "definitions.schema.json" in schema_names()
    True
    """
    return sorted(path.name for path in _directory().glob("*.schema.json"))


@functools.cache
def schema_text(file_name: str) -> str:
    """The exact text of one bundled schema file.

    >>> schema_text("article.schema.json").startswith("{")
    True
    """
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
    """The JSON Schema of a top-level model, by class or name (a fresh copy each call).

    >>> schema_for("photo_caption")["properties"]["type"]["const"]
    'photo_caption'
    """
    result: dict[str, Any] = _stdlib_json.loads(schema_text(f"{_model_of(model)}.schema.json"))
    return result


@functools.cache
def registry() -> Registry:
    """A ``referencing`` registry holding every bundled schema under its ``$id``.

    It has no retriever: a ``$ref`` outside the bundled files fails instead
    of reaching for the network.

    >>> SCHEMA_BASE + "definitions.schema.json" in registry()
    True
    """
    from referencing import Registry, Resource  # noqa: PLC0415 - loaded on first use: `import newsschema` stays light

    resources_by_id = []
    for file_name in schema_names():
        contents = _stdlib_json.loads(schema_text(file_name))
        resources_by_id.append((contents["$id"], Resource.from_contents(contents)))
    return Registry().with_resources(resources_by_id).crawl()


def validator_for(model: type[Item] | str) -> Validator:
    """A compiled Draft 2020-12 validator for a top-level model, built once and cached.

    >>> [error.message for error in validator_for("source_credit").iter_errors({"type": "source_credit"})]
    ["'party' is a required property"]
    """
    return _validator(_model_of(model))


@functools.cache
def _validator(name: str) -> Validator:
    from jsonschema import Draft202012Validator  # noqa: PLC0415 - loaded on first use

    schema = registry().contents(f"{SCHEMA_BASE}{name}.schema.json")
    validator: Validator = Draft202012Validator(schema, registry=registry())
    return validator


def resolved_schema(model: type[Item] | str) -> dict[str, Any]:
    """A model's schema with every ``$ref`` replaced by what it points to (a fresh copy).

    It accepts and refuses exactly what :func:`schema_for` does, but needs no
    reference resolution: for tools that cannot follow ``$ref`` across files,
    and for speed (looking references up dominates validation time).
    ``$ref`` siblings (descriptions) are kept; ``$defs`` are left out.

    >>> "$ref" in json_text(resolved_schema("article"))
    False
    """
    uri = f"{SCHEMA_BASE}{_model_of(model)}.schema.json"
    result: dict[str, Any] = _inline(registry().contents(uri), uri)
    return result


def json_text(schema: dict[str, Any]) -> str:
    """A schema as deterministic JSON text (two-space indentation, final newline).

    >>> json_text({"type": "string"})
    '{\\n  "type": "string"\\n}\\n'
    """
    return _stdlib_json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def _inline(node: Any, base: str) -> Any:
    if isinstance(node, list):
        return [_inline(item, base) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    if "$ref" in node:
        target = urllib.parse.urljoin(base, node["$ref"])
        resolved = registry().resolver(base_uri=base).lookup(node["$ref"])
        result.update(_inline(resolved.contents, urllib.parse.urldefrag(target).url))
    for key, value in node.items():
        if key in ("$ref", "$defs"):
            continue
        # const and enum hold data, not schemas.
        result[key] = value if key in ("const", "enum") else _inline(value, base)
    return result


def fast_validator_for(model: type[Item] | str) -> Validator:
    """A validator over :func:`resolved_schema`, built once: same verdicts as :func:`validator_for`, faster.

    >>> fast_validator_for("source_credit").is_valid({"type": "source_credit", "party": "KCNA"})
    True
    """
    return _fast_validator(_model_of(model))


@functools.cache
def _fast_validator(model: str) -> Validator:
    from jsonschema import Draft202012Validator  # noqa: PLC0415 - loaded on first use

    validator: Validator = Draft202012Validator(resolved_schema(model))
    return validator


def is_valid(model: type[Item] | str, document: Any) -> bool:
    """Whether ``document`` validates against a model's schema: the fast verdict for the hot path.

    Uses jsonschema-rs (compiled, about a hundred times faster than
    ``jsonschema`` on our schemas) and falls back to :func:`fast_validator_for`
    where it is not installed. Both give the same verdicts (a test checks them
    against each other); the detailed errors always come from ``jsonschema``.

    >>> is_valid("source_credit", {"type": "source_credit", "party": "KCNA"})
    True
    >>> is_valid("source_credit", {"type": "source_credit"})
    False
    """
    checker = _rust_validator(_model_of(model))
    if checker is None:
        return bool(fast_validator_for(model).is_valid(document))
    return bool(checker.is_valid(document))


@functools.cache
def _rust_validator(model: str) -> Any:
    try:
        import jsonschema_rs  # noqa: PLC0415 - optional at run time, loaded on first use
    except ImportError:  # pragma: no cover - a platform without a jsonschema-rs wheel
        return None
    # Formats are annotations in our schemas, as they are for the jsonschema validator.
    return jsonschema_rs.validator_for(resolved_schema(model), validate_formats=False)
