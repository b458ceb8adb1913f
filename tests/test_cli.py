"""The console script, run for real in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsschema.samples import sample_bytes

SCRIPT = Path(sys.executable).with_name("newsschema")


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "newsschema"]
    return subprocess.run([*command, *args], input=stdin, capture_output=True, timeout=120, check=False)


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "wire.txt"
    path.write_bytes(sample_bytes())
    return path


def test_convert_text_to_json_and_back(sample_file: Path, tmp_path: Path) -> None:
    as_json = run("convert", str(sample_file), "--to", "json")
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["type"] == "article"
    json_file = tmp_path / "article.json"
    json_file.write_bytes(as_json.stdout)
    back = run("convert", str(json_file), "--to", "text", "-o", str(tmp_path / "back.txt"))
    assert back.returncode == 0, back.stderr
    assert (tmp_path / "back.txt").read_bytes() == sample_bytes()


def test_convert_reads_stdin_with_a_forced_format() -> None:
    result = run("convert", "-", "--from", "text", "--to", "json", stdin=b"Hello.\r\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["body"][0].startswith("Hello.")


def test_invalid_input_exits_1_with_the_pointer(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "article", "headline": 3}', encoding="utf-8")
    result = run("convert", str(bad), "--to", "text")
    assert result.returncode == 1
    assert f"{bad}: /headline: " in result.stderr.decode()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("convert", str(tmp_path / "missing.txt"), "--to", "json").returncode == 2
    assert run("convert", "x", "--to", "yaml").returncode == 2
    assert run("frobnicate").returncode == 2


def test_validate_reports_every_bad_item_and_a_summary(sample_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "items"
    folder.mkdir()
    (folder / "good.txt").write_bytes(sample_bytes())
    (folder / "bad.json").write_text('{"type": "article", "language": "id_ID"}', encoding="utf-8")
    (folder / "broken.json").write_text('{"type": "article",', encoding="utf-8")
    result = run("validate", str(folder))
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "/language" in err
    assert "broken.json:1:" in err
    assert "3 items: 1 valid, 2 invalid" in err
    assert run("validate", str(sample_file)).returncode == 0


def test_schema_prints_a_json_schema() -> None:
    result = run("schema", "photo_caption")
    assert result.returncode == 0
    assert json.loads(result.stdout)["$id"].endswith("photo_caption.schema.json")


def test_quotes_lists_speakers_and_cues(sample_file: Path) -> None:
    result = run("quotes", "--json", str(sample_file))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert any(row["cue"] == "kata" and row["kind"] == "direct" for row in rows)
    assert any(row["cue"] == "menurut" for row in rows)


def test_module_entry_point_works() -> None:
    env = {**os.environ}
    result = subprocess.run(
        [sys.executable, "-m", "newsschema", "schema"], capture_output=True, timeout=120, check=False, env=env
    )
    assert result.returncode == 0
