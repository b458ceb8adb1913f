"""Shared test settings: Hypothesis profiles and the path to ../shared.

Profiles (choose with NEWSSCHEMA_HYPOTHESIS_PROFILE):

* ``dev`` (default): quick, for the edit-test loop;
* ``ci``: what CI runs, with many more examples per property.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

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
