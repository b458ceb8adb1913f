"""The command line on hostile files: one located problem per fault, exit 1, never a traceback; limits as flags."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from hostile.hostile_support import sentinel_file, was_read
from newsschema.cli import main
from newsschema.limits import DEFAULT_MAX_BYTES

HOSTILE_FILES = {
    "deep.json": b'{"type": "article", "body": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "huge-number.json": b'{"type": "article", "version": 1e' + b"9" * 50_000 + b"}",
    "duplicate.json": b'{"type": "article", "type": "article"}',
    "not-utf8.txt": b"Jakarta \xff Harga naik.",
    "nul.xml": b"<newsItem>\x00</newsItem>",
    "truncated.xml": b'<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><itemMeta>',
    "laughs.xml": b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><newsItem>&b;</newsItem>',
    "deep.xml": b"<newsItem>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</newsItem>",
    "random.bin": bytes(range(256)) * 4,
}


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.err


def test_validate_reports_every_hostile_file_with_its_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, data in HOSTILE_FILES.items():
        (tmp_path / name).write_bytes(data)
    status, err = _run(capsys, "validate", str(tmp_path), "--jobs", "1", "--no-progress")
    assert status == 1
    lines = err.splitlines()
    for name in HOSTILE_FILES:
        assert any(line.startswith(str(tmp_path / name)) for line in lines), (name, err)
    assert any("deep.json:1:" in line and "max_depth=100" in line for line in lines), err
    assert any("deep.xml:1:" in line and "max_depth" in line for line in lines), err
    assert any("not-utf8.txt:1:9" in line for line in lines), err
    assert "9 items" in err or "items: 9" in err or "9" in lines[-1]


def test_convert_names_the_flag_that_raises_a_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "item.json"
    path.write_bytes(b'{"type": "article", "body": ["' + b"x" * 1_000 + b'"]}')
    status, err = _run(capsys, "convert", str(path), "--to", "text", "--max-bytes", "100")
    assert status == 1
    assert "--max-bytes" in err
    assert err.startswith(str(path))
    assert _run(capsys, "convert", str(path), "--to", "text", "--max-bytes", "2000")[0] == 0


def test_convert_reads_a_huge_file_only_up_to_the_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(DEFAULT_MAX_BYTES * 3)  # sparse: 48 MiB of NUL bytes that cost no disk
    status, err = _run(capsys, "convert", str(path), "--from", "text", "--to", "json")
    assert status == 1
    assert f"at least {DEFAULT_MAX_BYTES + 1})" in err  # the reader saw only one byte over the limit


@pytest.mark.parametrize("flag", ["--max-bytes", "--max-depth", "--max-items"])
def test_limits_below_one_are_usage_errors(flag: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.txt"
    path.write_text("x", encoding="utf-8")
    status, err = _run(capsys, "convert", str(path), "--to", "json", flag, "0")
    assert status == 2
    assert flag in err


def test_depth_and_item_flags_reach_the_readers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "item.json"
    path.write_bytes(b'{"type": "article", "body": ["a", "b", "c"]}')
    assert "max_depth=1" in _run(capsys, "validate", str(path), "--max-depth", "1", "--jobs", "1")[1]
    assert "max_items=2" in _run(capsys, "validate", str(path), "--max-items", "2", "--jobs", "1")[1]


def test_ndjson_oversize_line_is_refused_and_the_next_line_still_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "feed.ndjson"
    path.write_bytes(
        b'{"type": "article"}\n{"type": "article", "headline": "' + b"x" * 5_000 + b'"}\n{"type": "article"}\n'
    )
    status, err = _run(capsys, "validate", "--ndjson", str(path), "--max-bytes", "1000", "--jobs", "1")
    assert status == 1
    problems = [line for line in err.splitlines() if "max_bytes" in line]
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:2:")
    assert "3 items" in err or "items: 3" in err or " 3 " in err.splitlines()[-1]


def test_stdin_is_bounded_too(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"x" * 5_000))
    status, err = _run(capsys, "convert", "-", "--from", "text", "--to", "json", "--max-bytes", "1000")
    assert status == 1
    assert "<stdin>" in err
    assert "at least 1001" in err


def test_quotes_on_invalid_utf8_names_the_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "wire.txt"
    path.write_bytes(b'"Siap," kata Budi.\n\xc3(')
    status, err = _run(capsys, "quotes", str(path))
    assert status == 1
    assert f"{path}:2:1:" in err


def test_an_xml_attack_through_the_cli_reads_no_file(tmp_path: Path) -> None:
    with sentinel_file(tmp_path) as sentinel:
        attack = tmp_path / "attack.xml"
        attack.write_text(
            f'<!DOCTYPE newsItem [<!ENTITY leak SYSTEM "{sentinel.as_uri()}">]><newsItem>&leak;</newsItem>',
            encoding="utf-8",
        )
        include = tmp_path / "include.xml"
        include.write_text(
            '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" xmlns:xi="http://www.w3.org/2001/XInclude">'
            f'<xi:include href="{sentinel.as_uri()}" parse="text"/></newsItem>',
            encoding="utf-8",
        )
        finished = subprocess.run(
            [sys.executable, "-m", "newsschema", "validate", str(attack), str(include), "--jobs", "1"],
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert not was_read(sentinel)
    assert finished.returncode == 1
    assert b"Traceback" not in finished.stderr
    assert b"SENTINEL" not in finished.stdout + finished.stderr
    assert b"DOCTYPE" in finished.stderr


def test_an_endless_input_is_read_only_up_to_the_limit(capsys: pytest.CaptureFixture[str]) -> None:
    # Before bounded reads, /dev/zero grew memory until the process died.
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    status, err = _run(capsys, "convert", "/dev/zero", "--from", "json", "--to", "text", "--max-bytes", "1000000")
    assert status == 1
    assert "at least 1000001" in err
