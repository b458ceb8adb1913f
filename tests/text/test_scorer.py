"""The extraction scorer (``bench/extraction.py``): its comparison conventions and its report."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCORER = Path(__file__).resolve().parents[2] / "bench" / "extraction.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extraction_scorer", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scorer = _load()


def test_a_later_short_form_is_the_same_person_but_another_name_is_not() -> None:
    assert scorer._same_person("warsame", "ayesha warsame")
    assert scorer._same_person("nadia", "nadia safitri")
    assert not scorer._same_person("nadia", "ayesha warsame")
    assert scorer._same_person(None, None)
    assert not scorer._same_person(None, "nadia")


def test_an_annotated_quote_is_cut_into_its_printed_parts_at_any_whitespace() -> None:
    copy = '"We are ready," she said. "We will win."\n\n"And we go on," she added.'
    assert scorer._printed_parts("We are ready, We will win.", copy) == ["We are ready,", "We will win."]
    assert scorer._printed_parts("We will win.\n\nAnd we go on,", copy) == ["We will win.", "And we go on,"]


def test_the_report_on_our_fixtures_has_every_measure_and_a_row_per_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    scorer.main([str(FIXTURES), "--by-language"])
    report = capsys.readouterr().out
    assert "per quoted part, same person" in report
    for language in ("de", "en", "es", "fr", "id"):
        assert f"{language}: per quoted part, same person" in report
