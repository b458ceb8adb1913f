"""Shared test settings: Hypothesis profiles and the path to ../shared.

Profiles (choose with NEWSSCHEMA_HYPOTHESIS_PROFILE):

* ``dev`` (default): quick, for the edit-test loop;
* ``ci``: what CI runs, with many more examples per property.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSSCHEMA_SHARED", ROOT.parent / "shared")).resolve()

settings.register_profile(
    "dev",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "ci",
    max_examples=500,
    deadline=None,
    print_blob=True,
    derandomize=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("NEWSSCHEMA_HYPOTHESIS_PROFILE", "dev"))


def shared_path(*parts: str) -> Path:
    """A path inside ../shared (NEWSSCHEMA_SHARED); skips the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"shared reference data not found at {path}; "
            "set NEWSSCHEMA_SHARED to the shared/ folder to run this test"
        )
    return path


def shared_files(folder: str, pattern: str) -> list[Path]:
    """Files under ../shared/<folder> matching ``pattern``, for parametrising (empty when absent)."""
    base = SHARED / folder
    return sorted(base.glob(pattern)) if base.exists() else []
