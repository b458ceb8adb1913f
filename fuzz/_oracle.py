"""The oracle shared by every atheris harness: a typed error, or a sound model.

A reader may refuse input only with a :class:`~newsschema.errors.NewsSchemaError`;
anything else escaping it is a finding. What it returns must be a model that
survives the plain-form mapping and a round trip through its own format
(law 1); text read from text must write back to the same text (law 3).
"""

from __future__ import annotations

import warnings
from types import ModuleType

from newsschema.errors import NewsSchemaError, ReadWarning
from newsschema.models import MODELS, Item
from newsschema.plain import from_plain, to_plain

MODEL_LIST: list[type[Item]] = list(MODELS.values())


def _ignore(_: ReadWarning) -> None:
    """Warnings are a documented lenient result, not a finding."""


def check(module: ModuleType, data: bytes, *, exact_text: bool = False) -> None:
    """Feed ``data`` to ``module``; raise AssertionError or let anything untyped escape."""
    # The length picks the model, so seed files stay whole documents.
    model = MODEL_LIST[len(data) % len(MODEL_LIST)]
    body = data
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning that escapes on_warning is a finding too
        errors = list(module.iter_errors(body, model))
        for error in errors:
            assert isinstance(error, NewsSchemaError), repr(error)
            assert error.format == module.NAME, repr(error)
        try:
            item = module.read(body, model, on_warning=_ignore)
        except NewsSchemaError as error:
            assert error.format == module.NAME, repr(error)
            assert errors, f"read refused what iter_errors accepts: {error!r}"
            return
        assert not errors, f"iter_errors refused what read accepts: {errors[0]!r}"
        assert isinstance(item, model), type(item)
        assert from_plain(to_plain(item), model) == item
        written = module.write(item)
        assert module.read(written, model, on_warning=_ignore) == item, "law 1"
        if exact_text and model is MODEL_LIST[0]:
            assert written == body.decode("utf-8"), "law 3"
