"""Hypothesis' entry point for newsschema (``[project.entry-points.hypothesis]``).

Hypothesis runs this hook while it is being imported. The strategies module
imports Hypothesis itself and registers its strategies when it finishes
loading, so the hook only has to import it, and must not when it is the
strategies module whose import brought Hypothesis in.
"""

from __future__ import annotations

import importlib
import sys


def _hypothesis_setup_hook() -> None:
    if "newsschema.strategies" not in sys.modules:
        importlib.import_module("newsschema.strategies")
