"""Atheris harness for the text reader: `make fuzz` runs it (see docs/security.md)."""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from newsschema import text as reader

from _oracle import check


def test_one_input(data: bytes) -> None:
    """One fuzz input: a whole document."""
    check(reader, data, exact_text=True)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
