"""The plain-data form of the models: dicts, lists, strings and integers.

This is the one mapping between models and plain data, built on a cattrs
converter. The JSON format is this form serialised; the text and NewsML-G2
formats use it for the values they carry in their extension areas. It is not
a format itself.

Rules: field names as in the models; fields that hold their default (``None``,
an empty tuple, a default enum) are left out; timestamps are their lexical
string; enums their value; tuples become lists. Reading is strict: no type
coercion and no unknown keys. Every fault is reported with its JSON pointer.

>>> from newsschema.models import SourceCredit
>>> to_plain(SourceCredit(party="KCNA", printed="(Handout KCNA)"))
{'party': 'KCNA', 'printed': '(Handout KCNA)'}
>>> from_plain({"party": "KCNA"}, SourceCredit)
SourceCredit(party='KCNA', role=None, printed=None, uri=None, extensions=())
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Any, TypeVar

import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from newsschema.errors import InvalidModelError, ValidationError
from newsschema.models import MODELS, BylinePosition, Item, QuoteKind, Timestamp

__all__ = ["from_plain", "iter_plain_errors", "model_name", "to_plain"]

M = TypeVar("M", bound=Item)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _strict_str(value: object, _: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {_kind(value)}")
    return value


def _strict_int(value: object, _: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {_kind(value)}")
    return value


def _strict_enum(cls: type[enum.Enum]) -> Any:
    allowed = ", ".join(repr(member.value) for member in cls)

    def structure(value: object, _: object) -> enum.Enum:
        for member in cls:
            if value == member.value and isinstance(value, str):
                return member
        raise ValueError(f"expected one of {allowed}, got {value!r}")

    return structure


def _strict_timestamp(value: object, _: object) -> Timestamp:
    if not isinstance(value, str):
        raise TypeError(f"expected a date or date-time string, got {_kind(value)}")
    try:
        return Timestamp(value=value)
    except InvalidModelError as error:
        raise InvalidModelError(error.message.replace("'value' ", "", 1), pointer="") from None


def _strict_list(value: object) -> None:
    if not isinstance(value, list | tuple):
        raise TypeError(f"expected an array, got {_kind(value)}")


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(
        forbid_extra_keys=True,
        omit_if_default=True,
        unstruct_collection_overrides={tuple: list},
        detailed_validation=True,
    )
    converter.register_structure_hook(str, _strict_str)
    converter.register_structure_hook(int, _strict_int)
    converter.register_structure_hook(Timestamp, _strict_timestamp)
    converter.register_unstructure_hook(Timestamp, lambda stamp: stamp.value)
    for enum_class in (QuoteKind, BylinePosition):
        converter.register_structure_hook(enum_class, _strict_enum(enum_class))
        converter.register_unstructure_hook(enum_class, lambda member: member.value)

    # Tuples of anything: refuse non-lists before cattrs iterates over them
    # (it would happily iterate over a string or a dict).
    def tuple_hook_factory(hint: Any) -> Any:
        (element, _) = hint.__args__
        element_hook = converter.get_structure_hook(element)

        def structure(value: object, _: object) -> tuple[Any, ...]:
            _strict_list(value)
            assert isinstance(value, list | tuple)
            items: list[Any] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    items.append(element_hook(item, element))
                except Exception as exc:  # noqa: BLE001 - regrouped with its index, as cattrs does
                    exc.add_note(
                        cattrs.errors.IterableValidationNote(f"Structuring {hint} @ index {index}", index, element)
                    )
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"While structuring {hint!r}", errors, hint)
            return tuple(items)

        return structure

    converter.register_structure_hook_factory(
        lambda hint: getattr(hint, "__origin__", None) is tuple and len(getattr(hint, "__args__", ())) == 2,
        tuple_hook_factory,
    )
    return converter


_CONVERTER = _make_converter()


def to_plain(item: Any) -> Any:
    """The plain-data form of a model, or of any value a model field holds."""
    return _CONVERTER.unstructure(item)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _flatten(exc: BaseException, pointer: str) -> Iterator[ValidationError]:
    """Turn cattrs' exception groups into one ValidationError per fault."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        for inner in exc.exceptions:
            step = ""
            for note in getattr(inner, "__notes__", ()):
                if isinstance(note, cattrs.errors.AttributeValidationNote):
                    step = f"/{_escape(note.name)}"
                elif isinstance(note, cattrs.errors.IterableValidationNote):
                    step = f"/{note.index}"
            yield from _flatten(inner, pointer + step)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield ValidationError(
                f"unknown field {key!r} in {exc.cl.__name__}",
                format="plain",
                pointer=f"{pointer}/{_escape(key)}",
                code="unknown-field",
            )
    elif isinstance(exc, KeyError):
        yield ValidationError(
            f"missing required field {exc.args[0]!r}", format="plain", pointer=pointer, code="required"
        )
    elif isinstance(exc, InvalidModelError):
        yield ValidationError(exc.message, format="plain", pointer=pointer + (exc.pointer or ""), code="invariant")
    elif isinstance(exc, TypeError | ValueError | AttributeError):
        yield ValidationError(str(exc), format="plain", pointer=pointer, code="type")
    else:  # pragma: no cover - anything else is a bug in newsschema
        raise exc


def iter_plain_errors(data: object, model: type[Item]) -> Iterator[ValidationError]:
    """Yield every fault in ``data`` read as ``model``, each with its JSON pointer."""
    try:
        from_plain(data, model)
    except ValidationError:
        yield from _last_errors(data, model)


def _last_errors(data: object, model: type[Item]) -> Iterator[ValidationError]:
    if not isinstance(data, dict):
        yield ValidationError(f"expected an object, got {_kind(data)}", format="plain", pointer="", code="type")
        return
    try:
        _CONVERTER.structure(data, model)
    except Exception as exc:  # noqa: BLE001 - every fault is mapped by _flatten
        yield from _flatten(exc, "")


def from_plain(data: object, model: type[M]) -> M:
    """Build ``model`` from plain data; raise :class:`ValidationError` at the first fault.

    :func:`iter_plain_errors` yields every fault.
    """
    if not isinstance(data, dict):
        raise ValidationError(f"expected an object, got {_kind(data)}", format="plain", pointer="", code="type")
    try:
        return _CONVERTER.structure(data, model)
    except Exception as exc:
        for error in _flatten(exc, ""):
            raise error from None
        raise  # pragma: no cover - _flatten yields at least once


def model_name(model: type[Item]) -> str:
    """The schema name of a model class (``"photo_caption"``)."""
    for name, cls in MODELS.items():
        if cls is model:
            return name
    raise KeyError(model)
