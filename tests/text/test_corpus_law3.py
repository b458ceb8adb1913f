"""Law 3 on real wire copy: every file of ../shared/corpus/text and generated variants round-trips byte for byte."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from newsschema import text
from support import shared_files

FILES = shared_files("corpus/text", "*.txt")

VARIANTS: dict[str, Callable[[str], str]] = {
    "as-is": lambda s: s,
    "crlf": lambda s: s.replace("\n", "\r\n"),
    "cr": lambda s: s.replace("\n", "\r"),
    "mixed-newlines": lambda s: s.replace("\n", "\r\n", 1),
    "bom": lambda s: "\ufeff" + s,
    "nfd": lambda s: unicodedata.normalize("NFD", s),
    "nbsp": lambda s: s.replace(" ", "\u00a0", 5).replace(" »", "\u00a0»"),
    "no-final-newline": lambda s: s.rstrip("\r\n"),
    "final-newline": lambda s: s + "\n",
    "trailing-spaces": lambda s: s.replace("\n", "  \n", 3),
    "source-line": lambda s: s.rstrip("\n") + "\n(Sumber Antaranews)",
}


@pytest.mark.shared
@pytest.mark.skipif(not FILES, reason="../shared/corpus/text not found; set NEWSSCHEMA_SHARED to run")
@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_corpus_file_round_trips_byte_exact(path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    for name, make in VARIANTS.items():
        variant = make(original)
        article = text.read(variant.encode("utf-8"))
        assert text.write(article) == variant, name
        assert text.read(text.write(article)) == article, name
