"""The ``newsschema`` command line.

Commands:

* ``newsschema convert INPUT [--from FMT] --to FMT [-o OUTPUT]``
* ``newsschema validate PATH... [--format FMT] [--xsd DIR]``
* ``newsschema schema [MODEL]``
* ``newsschema quotes FILE... [--json]``

Exit codes: 0 success, 1 invalid input (one line per problem on stderr:
``file:line:column: message`` or ``file: /pointer: message``), 2 usage or I/O
errors.
"""

from __future__ import annotations

import argparse
import importlib
import json as stdlib_json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from newsschema.errors import NewsSchemaError, ReadWarning, UnknownFormatError
from newsschema.formats import FORMATS, detect_format, get_format
from newsschema.models import MODELS, Article, AttributedQuote, Item
from newsschema.schemas import schema_for

__all__ = ["main"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

XSD_ENVIRONMENT_VARIABLE = "NEWSSCHEMA_XSD_DIR"


class _UsageError(Exception):
    """A problem with the command line or with files that could not be opened."""


def _read_input(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise _UsageError(f"{name}: cannot read: {exc.strerror or exc}") from None


def _label(name: str) -> str:
    return "<stdin>" if name == "-" else name


def _report(error: NewsSchemaError, source: str, stream: TextIO) -> None:
    print(str(error.with_source(source) if not error.source else error), file=stream)


def _model(name: str) -> type[Item]:
    try:
        return MODELS[name]
    except KeyError:
        raise _UsageError(f"unknown model {name!r}; known models: {', '.join(MODELS)}") from None


def _format_name(name: str | None, data: bytes) -> str:
    chosen = name or detect_format(data)
    try:
        get_format(chosen)
    except UnknownFormatError as exc:
        raise _UsageError(exc.message) from None
    return chosen


def _warnings_to(stream: TextIO, source: str) -> Any:
    def report(warning: ReadWarning) -> None:
        print(f"warning: {warning.error.with_source(source)}", file=stream)

    return report


def _command_convert(args: argparse.Namespace) -> int:
    data = _read_input(args.input)
    source = _label(args.input)
    reader = get_format(_format_name(args.source_format, data))
    writer = get_format(_format_name(args.target_format, data))
    model = _model(args.model)
    try:
        item = reader.read(data, model, source=source, on_warning=_warnings_to(sys.stderr, source))
        output = writer.write(item)
    except NewsSchemaError as error:
        _report(error, source, sys.stderr)
        return EXIT_INVALID
    if args.output in (None, "-"):
        sys.stdout.write(output)
        if not output.endswith("\n") and sys.stdout.isatty():
            sys.stdout.write("\n")
    else:
        try:
            # newline="" keeps the text's own newlines (CRLF, CR) byte for byte.
            with open(args.output, "w", encoding="utf-8", newline="") as handle:
                handle.write(output)
        except OSError as exc:
            raise _UsageError(f"{args.output}: cannot write: {exc.strerror or exc}") from None
    return EXIT_OK


def _expand(paths: Sequence[str]) -> Iterator[str]:
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            yield from (str(child) for child in sorted(path.rglob("*")) if child.is_file())
        else:
            yield name


def _xsd_dir(args: argparse.Namespace) -> str | None:
    chosen: str | None = args.xsd or os.environ.get(XSD_ENVIRONMENT_VARIABLE)
    if chosen and not Path(chosen).is_dir():
        raise _UsageError(f"--xsd {chosen}: not a directory")
    return chosen


def _xsd_errors(data: bytes, xsd_dir: str) -> Iterator[NewsSchemaError]:
    newsml = importlib.import_module("newsschema.newsml")  # loaded only when XSD validation is asked for
    errors: Iterator[NewsSchemaError] = newsml.iter_xsd_errors(data, xsd_dir=xsd_dir)
    return errors


def _command_validate(args: argparse.Namespace) -> int:
    xsd_dir = _xsd_dir(args)
    model = _model(args.model)
    counts = {"items": 0, "valid": 0, "invalid": 0}
    for name in _expand(args.paths):
        data = _read_input(name)
        source = _label(name)
        format_name = _format_name(args.format, data)
        fmt = get_format(format_name)
        counts["items"] += 1
        problems = list(fmt.iter_errors(data, model, source=source))
        if not problems and format_name == "newsml" and xsd_dir is not None:
            problems = list(_xsd_errors(data, xsd_dir))
        for problem in problems:
            _report(problem, source, sys.stderr)
        counts["valid" if not problems else "invalid"] += 1
    summary = f"{counts['items']:,} items: {counts['valid']:,} valid, {counts['invalid']:,} invalid"
    print(summary, file=sys.stderr)
    return EXIT_OK if counts["invalid"] == 0 else EXIT_INVALID


def _command_schema(args: argparse.Namespace) -> int:
    schema = schema_for(_model(args.model))
    sys.stdout.write(stdlib_json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _quote_row(quote: AttributedQuote) -> dict[str, Any]:
    first = quote.parts[0]
    return {
        "speaker": quote.speaker.text if quote.speaker else None,
        "resolved_speaker": quote.resolved_speaker,
        "cue": quote.cue.text if quote.cue else None,
        "kind": quote.kind.value,
        "quote": quote.text,
        "paragraph": first.paragraph,
        "offset": first.offset,
    }


def _command_quotes(args: argparse.Namespace) -> int:
    text_format = get_format("text")
    status = EXIT_OK
    for name in args.files:
        data = _read_input(name)
        source = _label(name)
        try:
            article = text_format.read(data, Article, source=source, on_warning=_warnings_to(sys.stderr, source))
        except NewsSchemaError as error:
            _report(error, source, sys.stderr)
            status = EXIT_INVALID
            continue
        rows = [_quote_row(quote) for quote in article.quotes]
        if args.json:
            for row in rows:
                sys.stdout.write(stdlib_json.dumps({"source": source, **row}, ensure_ascii=False) + "\n")
            continue
        for row in rows:
            speaker = row["speaker"] or "?"
            if row["resolved_speaker"] and row["resolved_speaker"] != speaker:
                speaker = f"{speaker} = {row['resolved_speaker']}"
            where = f"{row['paragraph']}:{row['offset']}" if row["paragraph"] is not None else "-"
            print(f"{source}\t{where}\t{row['kind']}\t{speaker}\t{row['cue'] or '-'}\t{row['quote']}")
    return status


def _parser() -> argparse.ArgumentParser:
    formats = sorted(FORMATS)
    parser = argparse.ArgumentParser(
        prog="newsschema",
        description="Typed news items; lossless JSON, NewsML-G2 and plain-text conversion.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    convert = commands.add_parser("convert", help="convert an item between formats")
    convert.add_argument("input", help="input file, or - for stdin")
    convert.add_argument("--from", dest="source_format", choices=formats, help="input format (default: recognised)")
    convert.add_argument("--to", dest="target_format", choices=formats, required=True, help="output format")
    convert.add_argument("-o", "--output", help="output file (default: stdout)")
    convert.add_argument("--model", default="article", choices=list(MODELS), help="the model to read")
    convert.set_defaults(run=_command_convert)

    validate = commands.add_parser("validate", help="check that items read, and are valid")
    validate.add_argument("paths", nargs="+", help="files or directories (recursive), or - for stdin")
    validate.add_argument("--format", choices=formats, help="force a format (default: recognised per item)")
    validate.add_argument("--model", default="article", choices=list(MODELS), help="the model to read")
    validate.add_argument(
        "--xsd",
        help=f"directory of the NewsML-G2 2.35 XSD (and NITF 3.6) to validate XML against "
        f"(default: ${XSD_ENVIRONMENT_VARIABLE})",
    )
    validate.set_defaults(run=_command_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema of a model")
    schema.add_argument("model", nargs="?", default="article", choices=list(MODELS))
    schema.set_defaults(run=_command_schema)

    quotes = commands.add_parser("quotes", help="print the attributed quotes found in plain-text items")
    quotes.add_argument("files", nargs="+", help="plain-text files, or - for stdin")
    quotes.add_argument("--json", action="store_true", help="one JSON object per quote")
    quotes.set_defaults(run=_command_quotes)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        status: int = args.run(args)
    except _UsageError as exc:
        print(f"newsschema: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NewsSchemaError as error:
        print(f"newsschema: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `newsschema ... | head`
        sys.stderr.close()
        return EXIT_OK
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
