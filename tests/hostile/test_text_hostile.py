"""Text reader against hostile input: invalid UTF-8 (strict and lenient), control characters, adversarial patterns."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hostile.hostile_support import read_or_error
from newsschema import text
from newsschema.errors import LimitExceededError, ReadError, ReadWarning
from newsschema.models import Article, AttributedQuote, PhotoCaption, SourceCredit

# --------------------------------------------------------------------------- #
# Invalid UTF-8: strict names the byte offset; replace is the lenient mode.
# --------------------------------------------------------------------------- #

INVALID = [
    (b"caf\xe9", 3, 1, 4),
    (b"line one\nline \xff two", 14, 2, 6),
    (b"a\r\nb\rc\xc3", 6, 3, 2),  # CRLF and CR both end lines
    (b"\xed\xa0\x80", 0, 1, 1),  # a surrogate encoded as UTF-8
    (b"ok \xf4\x90\x80\x80", 3, 1, 4),  # above U+10FFFF
    (b"\xc0\xaf", 0, 1, 1),  # overlong
    (b"\xe2\x80\x93 \xe2\x80", 4, 1, 3),  # truncated at the end, after a dash
]


@pytest.mark.parametrize(("data", "offset", "line", "column"), INVALID)
def test_strict_mode_reports_the_byte_offset_line_and_column(data: bytes, offset: int, line: int, column: int) -> None:
    with pytest.raises(ReadError) as caught:
        text.read(data)
    error = caught.value
    assert (error.code, error.format, error.line, error.column) == ("encoding", "text", line, column)
    assert f"at byte {offset} " in error.message


@pytest.mark.parametrize(("data", "offset", "line", "column"), INVALID)
def test_lenient_mode_replaces_and_warns_once(data: bytes, offset: int, line: int, column: int) -> None:
    seen: list[ReadWarning] = []
    article = text.read(data, encoding_errors="replace", on_warning=seen.append)
    assert "\ufffd" in "\n".join(article.body) + (article.dateline.printed if article.dateline else "")
    assert len(seen) == 1
    assert (seen[0].error.code, seen[0].error.line, seen[0].error.column) == ("encoding", line, column)
    assert f"at byte {offset} " in seen[0].error.message
    assert "encoding_errors='replace'" in seen[0].error.message


def test_lenient_mode_counts_the_other_faults() -> None:
    seen: list[ReadWarning] = []
    text.read(b"\xff a \xfe b \xfd", encoding_errors="replace", on_warning=seen.append)
    assert "and 2 more" in seen[0].error.message


def test_encoding_errors_takes_only_strict_or_replace() -> None:
    with pytest.raises(ValueError, match="encoding_errors"):
        text.read(b"x", encoding_errors="ignore")  # type: ignore[call-overload]


def test_iter_errors_lists_every_invalid_sequence_with_its_place() -> None:
    data = b"\xff\n" * 3 + b"ok \xc3"
    assert [(error.line, error.column) for error in text.iter_errors(data)] == [(1, 1), (2, 1), (3, 1), (4, 4)]


def test_200_000_invalid_bytes_are_reported_in_one_pass() -> None:
    # Regression: each fault re-decoded the rest of the input (quadratic); this ran for many minutes.
    program = (
        "from newsschema import text\n"
        "data = b'\\xff' * 100_000 + b'ok\\n' + b'a\\xfe' * 100_000\n"
        "errors = list(text.iter_errors(data))\n"
        "assert len(errors) == 200_000, len(errors)\n"
        "assert (errors[-1].line, errors[-1].column) == (2, 200_000), errors[-1]\n"
    )
    subprocess.run([sys.executable, "-c", program], check=True, timeout=60)


def test_a_lone_surrogate_in_a_str_is_an_error_with_a_place() -> None:
    with pytest.raises(ReadError) as caught:
        text.read("ok\nab\ud800")
    assert (caught.value.code, caught.value.line, caught.value.column) == ("encoding", 2, 3)


# --------------------------------------------------------------------------- #
# Control characters: every one reads and writes back byte for byte.
# --------------------------------------------------------------------------- #

CONTROLS = [chr(code) for code in (*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, 0xFEFF, 0x200B)]


@pytest.mark.parametrize("char", CONTROLS, ids=[f"U+{ord(char):04X}" for char in CONTROLS])
def test_control_characters_read_and_write_back(char: str) -> None:
    copy = f'Jakarta – "Kami{char} siap,"{char} kata Budi.\n\n{char}Paragraf{char}{char}dua.{char}'
    article = read_or_error(text, copy.encode("utf-8"), Article)
    assert isinstance(article, Article)
    assert text.write(article) == copy


@pytest.mark.parametrize("model", [PhotoCaption, SourceCredit, AttributedQuote])
def test_control_characters_in_the_other_models(model: type[PhotoCaption | SourceCredit | AttributedQuote]) -> None:
    copy = "\x00“Siap\x1b,” kata\x07 Budi. (Sumber\x0c Antaranews)\x7f"
    outcome = read_or_error(text, copy, model)
    assert not isinstance(outcome, ReadError) or outcome.line is not None


def test_nul_bytes_everywhere_read_as_text() -> None:
    data = b"\x00" * 1_000 + b"\nJakarta \x00 \xe2\x80\x93 \x00\n\x00"
    article = read_or_error(text, data, Article)
    assert isinstance(article, Article)
    assert text.write(article).encode("utf-8") == data


@pytest.mark.parametrize("data", [", kata JAKARTA (Reuters) - ", "menurut JAKARTA (Reuters) - "])
def test_a_short_form_ending_the_text_after_a_cue_reads(data: str) -> None:
    """A bracketed short form with nothing after it (found by the ci profile): no speaker to look for, no crash."""
    assert text.write(text.read(data)) == data


def test_a_nested_teller_of_no_words_reads() -> None:
    """A quote inside a quote whose teller span holds no word (found by the ci profile): no teller, no crash."""
    data = (
        "\ufeffpernyataan (1/1/2000). ANTARA/KCNA/tm/aa.\nJakarta - pernyataan pernyataan.\npernyataan pernyataan.\n"
        "pernyataan pernyataan.\npernyataan pernyataan.\n\n“pernyataan\n“pernyataan,” kata Ushakov.\n"
        "“pernyataan,” katanya.\n Reuter"
    )
    assert text.write(text.read(data)) == data


# --------------------------------------------------------------------------- #
# Adversarial input for every pattern: each finishes (a fresh interpreter, a
# generous timeout far above what a linear algorithm needs) and writes back.
# --------------------------------------------------------------------------- #

ADVERSARIAL = {
    "runs of straight quote marks with words": "('\"' * 3 + 'kata ') * 40_000",
    "runs of guillemets and low quotes": "'«‹„‚' * 50_000 + '»›“‘' * 50_000",
    "unclosed opening marks after cues": "'ujar dia \"' * 50_000",
    "runs of dashes of every kind": "'-–—―' * 50_000",
    "dateline-like places then dashes": "'JAKARTA - ' * 50_000",
    "dateline with digits": "'Jakarta, ' + '1' * 200_000 + ' (ANTARA) - Harga'",
    "dateline date-like digits": "'JAKARTA, ' + '12/3/2025 ' * 30_000 + '(ANTARA) -'",
    "runs of parentheses": "'(' * 100_000 + ')' * 100_000",
    "nested source lines": "'(Sumber ' * 50_000 + 'Antaranews' + ')' * 50_000",
    "slashes in a credit": "'Foto: ' + 'ANTARA/' * 100_000 + 'aa.'",
    "slashes and parentheses in a credit": "'(' + 'A/B (C/' * 40_000 + ')'",
    "credit-like caption lines": "'ANTARA FOTO/Budi/aa.\\n' * 20_000",
    "byline-like lines": "'Oleh ' + 'Budi dan ' * 50_000 + 'Sari'",
    "header prefix and deep brackets": "'%newsschema ' + '[' * 200_000 + '\\nbody'",
    "header prefix and huge object": "'%newsschema {' + '\"a\":1,' * 100_000 + '}\\nbody'",
    "many blank lines": "'\\n' * 500_000 + 'x'",
    "carriage returns only": "'a\\r' * 100_000",
}


@pytest.mark.parametrize("expression", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_patterns_finish_and_round_trip(expression: str) -> None:
    program = (
        "import warnings\n"
        "from newsschema import text\n"
        f"data = {expression}\n"
        "warnings.simplefilter('ignore')\n"
        "assert text.write(text.read(data)) == data\n"
        "for model in (text.PhotoCaption, text.SourceCredit, text.AttributedQuote):\n"
        "    try:\n"
        "        text.read(data, model)\n"
        "    except text.NewsSchemaError:\n"
        "        pass\n"
    )
    subprocess.run([sys.executable, "-c", program], check=True, timeout=60)


def test_a_header_nested_too_deeply_is_read_as_text_with_a_warning() -> None:
    # Regression: json.loads raised RecursionError out of text.read.
    copy = "%newsschema " + "[" * 100_000 + "\nBody."
    seen: list[ReadWarning] = []
    article = text.read(copy, on_warning=seen.append)
    assert [warning.error.code for warning in seen] == ["header-ignored"]
    assert text.write(article) == copy
    assert list(text.iter_errors(copy)) == []


# --------------------------------------------------------------------------- #
# Limits.
# --------------------------------------------------------------------------- #


def test_max_bytes_counts_utf8_bytes() -> None:
    with pytest.raises(LimitExceededError) as caught:
        text.read("é" * 60, max_bytes=100)
    assert caught.value.code == "max-bytes"
    assert "max_bytes=100" in caught.value.message
    assert text.read("é" * 50, max_bytes=100).body == ("é" * 50,)


def test_max_bytes_by_default_stops_a_huge_input_before_decoding() -> None:
    data = b"x" * 20_000_000
    with pytest.raises(LimitExceededError) as caught:
        text.read(data)
    assert "--max-bytes" in caught.value.message
    assert [error.code for error in text.iter_errors(data)] == ["max-bytes"]


def test_max_items_counts_lines_and_names_the_first_line_over() -> None:
    copy = "line\n" * 200
    with pytest.raises(LimitExceededError) as caught:
        text.read(copy, max_items=100)
    assert (caught.value.code, caught.value.line) == ("max-items", 101)
    assert "max_items=100" in caught.value.message
