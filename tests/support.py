"""Helpers for tests: where ../shared is, and skipping cleanly when it is absent.

Import as ``from support import shared_path`` (``tests/`` is on the path).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSSCHEMA_SHARED", ROOT.parent / "shared")).resolve()


def shared_path(*parts: str) -> Path:
    """A path inside ../shared (NEWSSCHEMA_SHARED); skips the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"shared reference data not found at {path}; set NEWSSCHEMA_SHARED to the shared/ folder to run this test"
        )
    return path


def shared_files(folder: str, pattern: str) -> list[Path]:
    """Files under ../shared/<folder> matching ``pattern``, for parametrising (empty when absent)."""
    base = SHARED / folder
    return sorted(base.glob(pattern)) if base.exists() else []
