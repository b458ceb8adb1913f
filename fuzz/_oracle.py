"""The oracle of every atheris harness: the same one the Hypothesis fuzz tests use.

A reader may refuse input only with a typed error of its own format; what it
accepts must be a model that survives the plain mapping, the JSON schema and
a round trip through its own format (law 1). Text read from valid UTF-8 must
write back to the same text (law 3). The oracle lives in
``tests/hostile/hostile_support.py`` so that a finding here and a regression
test there judge by the same rule.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile.hostile_support import MODEL_TYPES, read_or_error
from newsschema.errors import NewsSchemaError
from newsschema.models import Article


def check(module: ModuleType, data: bytes, *, exact_text: bool = False) -> None:
    """Feed ``data`` to ``module``; an AssertionError or any untyped exception is a finding."""
    model = MODEL_TYPES[len(data) % len(MODEL_TYPES)]  # the length picks the model: seed files stay whole
    outcome = read_or_error(module, data, model)
    if exact_text and model is Article and not isinstance(outcome, NewsSchemaError):
        assert module.write(outcome) == data.decode("utf-8"), "law 3: text -> model -> text changed the text"
