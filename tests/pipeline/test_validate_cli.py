"""`newsschema validate` over mixed batches, run as the real console script.

The central promise: items in == valid items out + quarantined items.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsschema as ns
from newsschema.samples import sample_article, sample_bytes

SCRIPT = Path(sys.executable).with_name("newsschema")


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "newsschema"]
    return subprocess.run(
        [*command, *args],
        input=stdin.decode("utf-8", "surrogateescape"),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def json_item(**fields: Any) -> bytes:
    return json.dumps({"type": "article", **fields}, ensure_ascii=False).encode()


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder with valid and broken items of every kind; 6 valid, 7 invalid (3 unreadable)."""
    root = tmp_path / "incoming"
    (root / "nested").mkdir(parents=True)
    article = sample_article()
    files = {
        "good.txt": sample_bytes(),
        "good.json": ns.json.write(article).encode(),
        "nested/good.xml": ns.newsml.write(article).encode(),
        "crlf.txt": b"JAKARTA (Reuters) - Hello.\r\n\r\n(Sumber Antaranews)\r\n",
        "bad-language.json": json_item(language="id_ID"),
        "bad-position.json": json_item(
            body=["Short."], quotes=[{"kind": "direct", "parts": [{"text": "missing", "paragraph": 0, "offset": 0}]}]
        ),
        "broken.json": b'{"type": "article", "body": [',
        "broken.xml": b"<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'><itemMeta>",
        "bad-utf8.txt": b"Jakarta \xe2\x80 broken bytes\xff",
        "bad-type.json": json_item(headline=["not", "a", "string"]),
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    stream = b"\n".join(
        [ns.json.write(article).replace("\n", "").encode(), b'{"type": "article", "headline": 3', json_item(body=["x"])]
    )
    (root / "feed.ndjson").write_bytes(stream)
    return root


def count_files(folder: Path) -> int:
    return sum(1 for path in folder.rglob("*") if path.is_file() and not path.name.endswith(".errors.json"))


def test_items_in_equal_valid_out_plus_quarantined(batch: Path, tmp_path: Path) -> None:
    quarantine, output = tmp_path / "quarantine", tmp_path / "out"
    files = run(
        "validate",
        str(batch),
        "--exclude",
        "*.ndjson",
        "--quarantine",
        str(quarantine),
        "--output",
        str(output),
        "--to",
        "json",
        "--jobs",
        "2",
        "--report",
        "json",
    )
    assert files.returncode == 1, files.stderr
    reports = [json.loads(line) for line in files.stdout.splitlines()]
    verdicts = [report["verdict"] for report in reports]
    assert len(reports) == 10
    assert verdicts.count("valid") == 4
    assert verdicts.count("unreadable") == 3
    assert count_files(output) + count_files(quarantine) == len(reports)
    for report in reports:
        if report["verdict"] != "valid":
            assert report["errors"], report
            for error in report["errors"]:
                assert "pointer" in error or "line" in error, error
                assert error["code"]
                assert error["message"]
    # Quarantined bytes are the original bytes, with the report next to them.
    kept = quarantine / Path(*Path(batch / "broken.json").parts[1:])
    assert kept.read_bytes() == (batch / "broken.json").read_bytes()
    assert json.loads(kept.with_name("broken.json.errors.json").read_text())["verdict"] == "unreadable"


def test_ndjson_lines_are_items_of_their_own(batch: Path, tmp_path: Path) -> None:
    quarantine = tmp_path / "q"
    result = run("validate", "--ndjson", str(batch / "feed.ndjson"), "--quarantine", str(quarantine), "--jobs", "1")
    assert result.returncode == 1
    assert "3 items: 2 valid, 1 invalid (1 unreadable)" in result.stderr
    assert f"{batch / 'feed.ndjson'}:2:34: " in result.stderr
    (only,) = [path for path in quarantine.rglob("*.json") if not path.name.endswith(".errors.json")]
    assert only.name == "feed.ndjson.item-2.json"
    assert only.read_bytes() == b'{"type": "article", "headline": 3'


def test_a_newsmessage_reports_each_item(tmp_path: Path) -> None:
    if not hasattr(ns.newsml, "split_message"):
        pytest.skip("newsschema.newsml.split_message is not available")
    message = ns.newsml.write_message(sample_article())
    path = tmp_path / "message.xml"
    path.write_text(message, encoding="utf-8")
    result = run("validate", str(path), "--report", "json", "--jobs", "1")
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(reports) >= 2
    assert [report["index"] for report in reports] == list(range(len(reports)))


def test_house_rules_reject_technically_valid_items(tmp_path: Path) -> None:
    path = tmp_path / "no-source.json"
    path.write_bytes(json_item(body=["Hello."]))
    assert run("validate", str(path)).returncode == 0
    result = run("validate", str(path), "--require", "source,language")
    assert result.returncode == 1
    assert "/sources: the article needs a source credit" in result.stderr
    assert "/language" in result.stderr
    assert run("validate", str(path), "--require", "colour").returncode == 2


def test_summary_and_exit_codes(batch: Path) -> None:
    good = run("validate", str(batch / "good.txt"), str(batch / "good.json"))
    assert good.returncode == 0
    assert "2 items: 2 valid, 0 invalid" in good.stderr
    assert run("validate", str(batch / "nope.json")).returncode == 2
    assert run("validate", str(batch), "--output", str(batch / "o")).returncode == 2  # --output needs --to


def test_stdin_is_one_item() -> None:
    result = run("validate", "-", stdin=b'{"type": "article", "language": "id"}')
    assert result.returncode == 0, result.stderr
    assert "1 items: 1 valid" in result.stderr


def test_every_shared_corpus_item_gets_an_explained_verdict() -> None:
    from support import shared_path

    wire, text = shared_path("corpus", "wire"), shared_path("corpus", "text")
    result = run("validate", str(wire), str(text), "--exclude", "MANIFEST.tsv", "--report", "json", "--jobs", "2")
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(reports) >= 100
    for report in reports:
        if report["verdict"] != "valid":
            assert report["errors"], report
            for error in report["errors"]:
                assert error["message"].strip()
                assert error["code"]


def test_xsd_validation_reports_lines(tmp_path: Path) -> None:
    from support import shared_path

    xsd = shared_path("standards", "newsml-g2-2.35")
    good = tmp_path / "good.xml"
    good.write_text(ns.newsml.write(sample_article()), encoding="utf-8")
    assert run("validate", "--xsd", str(xsd), str(good)).returncode == 0
    broken = tmp_path / "broken.xml"
    # Readable but invalid: an unknown unprefixed attribute on the item.
    broken.write_text(
        ns.newsml.write(sample_article()).replace("<newsItem ", '<newsItem colour="red" ', 1), encoding="utf-8"
    )
    result = run("validate", "--xsd", str(xsd), str(broken))
    assert result.returncode == 1
    assert re.search(rf"{re.escape(str(broken))}:\d+:\d+: .*colour", result.stderr), result.stderr


def test_strict_turns_reader_warnings_into_errors(tmp_path: Path) -> None:
    tolerated = ns.newsml.write(sample_article()).replace("1970-01-01T00:00:00Z", "1970-01-01T00:00:00+0000")
    path = tmp_path / "agency.xml"
    path.write_text(tolerated, encoding="utf-8")
    lenient = run("validate", str(path))
    assert lenient.returncode == 0
    assert "warning: " in lenient.stderr
    strict = run("validate", "--strict", str(path))
    assert strict.returncode == 1
    assert re.search(rf"{re.escape(str(path))}:\d+:.*timestamp", strict.stderr), strict.stderr


def _stderr_on_a_terminal(*args: str) -> str:
    """Run the CLI with stderr on a pseudo-terminal; return what the terminal saw."""
    import os
    import pty

    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "newsschema"]
    controller, terminal = pty.openpty()
    try:
        process = subprocess.run(
            [*command, *args], stdout=subprocess.DEVNULL, stderr=terminal, timeout=300, check=False
        )
        os.close(terminal)
        seen = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal side is closed and drained
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(controller)
    assert process.returncode == 0
    return seen.decode("utf-8", "replace")


@pytest.fixture
def long_stream(tmp_path: Path) -> Path:
    path = tmp_path / "many.ndjson"
    path.write_bytes(b"\n".join(json_item(body=[f"Item {number}."]) for number in range(600)))
    return path


def test_progress_appears_on_a_terminal_for_long_runs(long_stream: Path) -> None:
    seen = _stderr_on_a_terminal("validate", "--ndjson", str(long_stream), "--jobs", "1")
    assert "600 items: 600 valid, 0 invalid" in seen
    progress = seen.split("600 items: 600 valid, 0 invalid\r\n")[0]  # the final summary ends the output
    assert re.search(r"\r\d+ items: \d+ valid, 0 invalid \.\.\.", progress), progress


def test_no_progress_in_json_reports_or_when_piped(long_stream: Path) -> None:
    seen = _stderr_on_a_terminal("validate", "--ndjson", str(long_stream), "--jobs", "1", "--report", "json")
    assert "..." not in seen
    piped = run("validate", "--ndjson", str(long_stream), "--jobs", "1")
    assert "..." not in piped.stderr


def test_a_newsmessage_with_one_bad_item_quarantines_only_that_item(tmp_path: Path) -> None:
    from support import shared_path

    xsd = shared_path("standards", "newsml-g2-2.35")
    message = ns.newsml.write_message(sample_article())
    # Break the package item only: an unprefixed unknown attribute is invalid against the XSD.
    head, tail = message.split("<packageItem ", 1)
    path = tmp_path / "message.xml"
    path.write_text(head + '<packageItem colour="red" ' + tail, encoding="utf-8")
    quarantine, output = tmp_path / "q", tmp_path / "out"
    result = run(
        "validate",
        str(path),
        "--xsd",
        str(xsd),
        "--quarantine",
        str(quarantine),
        "--output",
        str(output),
        "--to",
        "json",
        "--report",
        "json",
        "--jobs",
        "1",
    )
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    verdicts = [report["verdict"] for report in reports]
    assert len(verdicts) == 3
    assert verdicts.count("invalid") == 1
    assert verdicts.count("valid") == 2
    quarantined = [p for p in quarantine.rglob("*") if p.is_file() and not p.name.endswith(".errors.json")]
    assert len(quarantined) == 1
    assert b'colour="red"' in quarantined[0].read_bytes()
    assert count_files(output) + len(quarantined) == len(reports)
