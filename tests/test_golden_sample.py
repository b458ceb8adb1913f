"""The bundled sample article: its hand-built model round-trips through JSON byte for byte.

Regenerate the golden file after a deliberate change with
``NEWSSCHEMA_UPDATE_GOLDENS=1 pytest tests/test_golden_sample.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import newsschema as ns
from newsschema.samples import sample_article, sample_bytes

GOLDEN = Path(__file__).parent / "golden" / "sample-article.json"


def test_sample_model_matches_the_golden_json() -> None:
    written = ns.json.write(sample_article())
    if os.environ.get("NEWSSCHEMA_UPDATE_GOLDENS"):
        GOLDEN.write_text(written, encoding="utf-8", newline="")
    assert written == GOLDEN.read_text(encoding="utf-8")


def test_golden_json_reads_back_to_the_hand_built_model() -> None:
    assert ns.json.read(GOLDEN.read_bytes()) == sample_article()


def test_sample_text_round_trips_byte_for_byte() -> None:
    assert ns.text.write(ns.text.read(sample_bytes())).encode("utf-8") == sample_bytes()
