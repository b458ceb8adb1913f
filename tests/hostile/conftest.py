"""Puts this folder on the path so tests share ``hostile_support`` (tests/ itself is on it already)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)
