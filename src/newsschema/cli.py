"""The ``newsschema`` command line.

Commands:

* ``newsschema convert INPUT [--from FMT] --to FMT [-o OUTPUT]``
* ``newsschema validate PATH... [options]`` (see ``docs/cli.md``)
* ``newsschema schema [MODEL]``
* ``newsschema quotes FILE... [--json]``

Exit codes: 0 success, 1 invalid input (one line per problem on stderr:
``file:line:column: message`` or ``file: /pointer: message``), 2 usage or I/O
errors.
"""

from __future__ import annotations

import argparse
import io
import json as stdlib_json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from newsschema.errors import NewsSchemaError, ReadWarning, UnknownFormatError
from newsschema.formats import FORMATS, detect_format, get_format
from newsschema.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ITEMS
from newsschema.models import MODELS, Article, AttributedQuote, Item
from newsschema.pipeline import HOUSE_RULES, Checks, ItemResult, RawItem, Verdict, iter_sources, read_bounded, run
from newsschema.schemas import schema_for

__all__ = ["main"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

XSD_ENVIRONMENT_VARIABLE = "NEWSSCHEMA_XSD_DIR"


class _UsageError(Exception):
    """A problem with the command line or with files that could not be opened."""


def _read_input(name: str, max_bytes: int) -> bytes:
    """The input, or its first ``max_bytes + 1`` bytes: the reader refuses it then, naming --max-bytes."""
    if name == "-":
        return read_bounded(sys.stdin.buffer, max_bytes)
    try:
        with Path(name).open("rb") as stream:
            return read_bounded(stream, max_bytes)
    except OSError as exc:
        raise _UsageError(f"{name}: cannot read: {exc.strerror or exc}") from None


def _label(name: str) -> str:
    return "<stdin>" if name == "-" else name


def _report(error: NewsSchemaError, source: str, stream: TextIO) -> None:
    print(str(error.with_source(source) if not error.source else error), file=stream)


def _model(name: str | None) -> type[Item] | None:
    if name is None:
        return None
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


def _limits(args: argparse.Namespace) -> dict[str, int]:
    for name in ("max_bytes", "max_depth", "max_items"):
        if getattr(args, name) < 1:
            raise _UsageError(f"--{name.replace('_', '-')} must be at least 1")
    return {"max_bytes": args.max_bytes, "max_depth": args.max_depth, "max_items": args.max_items}


def _command_convert(args: argparse.Namespace) -> int:
    limits = _limits(args)
    data = _read_input(args.input, args.max_bytes)
    source = _label(args.input)
    reader = get_format(_format_name(args.source_format, data))
    writer = get_format(_format_name(args.target_format, data))
    model = _model(args.model)
    try:
        item = reader.read(data, model, source=source, on_warning=_warnings_to(sys.stderr, source), **limits)
        output = writer.write(item)
    except NewsSchemaError as error:
        _report(error, source, sys.stderr)
        return EXIT_INVALID
    if args.output in (None, "-"):
        sys.stdout.flush()
        sys.stdout.buffer.write(output.encode("utf-8"))  # bytes: the text's own newlines, untranslated
        if not output.endswith("\n") and sys.stdout.isatty():
            sys.stdout.buffer.write(b"\n")
        sys.stdout.buffer.flush()
    else:
        try:
            # newline="" keeps the text's own newlines (CRLF, CR) byte for byte.
            with open(args.output, "w", encoding="utf-8", newline="") as handle:
                handle.write(output)
        except OSError as exc:
            raise _UsageError(f"{args.output}: cannot write: {exc.strerror or exc}") from None
    return EXIT_OK


_EXTENSIONS = {"json": ".json", "newsml": ".xml", "text": ".txt"}


def _xsd_dir(args: argparse.Namespace) -> str | None:
    chosen: str | None = args.xsd or os.environ.get(XSD_ENVIRONMENT_VARIABLE)
    if chosen and not Path(chosen).is_dir():
        raise _UsageError(f"--xsd {chosen}: not a directory")
    return chosen


def _relative_name(raw: RawItem, extension: str) -> Path:
    """Where an item goes under --quarantine or --output: its own path, made relative."""
    base = Path("stdin") if raw.source == "<stdin>" else Path(raw.source)
    parts = [part for part in base.parts if part not in (base.anchor, "..", ".")]
    relative = Path(*parts) if parts else Path("item")
    name = relative.name if raw.index is None else f"{relative.name}.item-{raw.index}"
    return relative.with_name(name + extension)


def _write_file(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise _UsageError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _quarantine(folder: Path, raw: RawItem, result: ItemResult) -> None:
    # A whole file keeps its own name; an item split out of a stream or message gets an extension.
    extension = "" if raw.index is None else _EXTENSIONS.get(result.format or "", ".item")
    target = folder / _relative_name(raw, extension)
    _write_file(target, raw.data)
    report = stdlib_json.dumps(result.to_report(), ensure_ascii=False, indent=2) + "\n"
    _write_file(target.with_name(target.name + ".errors.json"), report.encode("utf-8"))


def _summary(counts: dict[str, int]) -> str:
    text = f"{counts['items']:,} items: {counts['valid']:,} valid, {counts['invalid']:,} invalid"
    if counts["unreadable"]:
        text += f" ({counts['unreadable']:,} unreadable)"
    return text


class _Progress:
    """A one-line counter on stderr: only on a terminal, and only once a run is long."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False
        self.last = 0.0

    def update(self, counts: dict[str, int]) -> None:
        if not self.enabled or counts["items"] < 200:
            return
        now = time.monotonic()
        if now - self.last >= 0.2:
            self.last = now
            self.shown = True
            sys.stderr.write(f"\r{_summary(counts)} ...")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.shown = False


def _checks(args: argparse.Namespace) -> Checks:
    require = tuple(rule.strip() for value in args.require for rule in value.split(",") if rule.strip())
    if args.output and not args.to:
        raise _UsageError("--output needs --to FORMAT")
    try:
        return Checks(
            model=_model(args.model),
            format=args.format,
            xsd_dir=_xsd_dir(args),
            strict=args.strict,
            require=require,
            convert_to=args.to if args.output else None,
            **_limits(args),
        )
    except ValueError as exc:
        raise _UsageError(str(exc)) from None


def _print_problems(raw: RawItem, result: ItemResult) -> None:
    where = raw.source if raw.index is None else f"{raw.source}[{raw.index}]"
    for problem in result.errors:
        _report(problem, where, sys.stderr)
    for warning in result.warnings:
        print(f"warning: {warning if warning.source else warning.with_source(where)}", file=sys.stderr)


def _command_validate(args: argparse.Namespace) -> int:
    checks = _checks(args)
    if args.jobs is not None and args.jobs < 1:
        raise _UsageError("--jobs must be at least 1")
    json_report = args.report == "json"
    quarantine = Path(args.quarantine) if args.quarantine else None
    output = Path(args.output) if args.output else None
    progress = _Progress(enabled=not json_report and not args.no_progress and sys.stderr.isatty())
    counts = {"items": 0, "valid": 0, "invalid": 0, "unreadable": 0}
    sources = iter_sources(
        args.paths, include=args.include, exclude=args.exclude, ndjson=args.ndjson, max_bytes=checks.max_bytes
    )
    try:
        for raw, result in run(sources, checks, jobs=args.jobs):
            counts["items"] += 1
            if result.valid:
                counts["valid"] += 1
                if output is not None and result.converted is not None:
                    target = output / _relative_name(raw, _EXTENSIONS[args.to])
                    _write_file(target, result.converted.encode("utf-8"))
            else:
                counts["invalid"] += 1
                counts["unreadable"] += result.verdict is Verdict.UNREADABLE
                if quarantine is not None:
                    _quarantine(quarantine, raw, result)
            if json_report:
                sys.stdout.write(stdlib_json.dumps(result.to_report(), ensure_ascii=False) + "\n")
            else:
                progress.clear()
                _print_problems(raw, result)
                progress.update(counts)
    except OSError as exc:
        progress.clear()
        raise _UsageError(f"{exc.filename or ''}: cannot read: {exc.strerror or exc}") from None
    progress.clear()
    if not json_report:
        print(_summary(counts), file=sys.stderr)
    return EXIT_OK if counts["invalid"] == 0 else EXIT_INVALID


def _command_schema(args: argparse.Namespace) -> int:
    schema = schema_for(args.model)
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
    limits = _limits(args)
    status = EXIT_OK
    for name in args.files:
        data = _read_input(name, args.max_bytes)
        source = _label(name)
        try:
            article = text_format.read(
                data, Article, source=source, on_warning=_warnings_to(sys.stderr, source), **limits
            )
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


def _add_limits(command: argparse.ArgumentParser) -> None:
    limits = command.add_argument_group("limits", "bounds on every input (see docs/security.md)")
    for flag, default, what in (
        ("--max-bytes", DEFAULT_MAX_BYTES, "bytes in one input"),
        ("--max-depth", DEFAULT_MAX_DEPTH, "nesting levels of arrays, objects or elements"),
        ("--max-items", DEFAULT_MAX_ITEMS, "values (JSON), elements (XML) or lines (text)"),
    ):
        limits.add_argument(flag, type=int, default=default, metavar="N", help=f"most {what} (default: {default})")


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
    convert.add_argument("--model", choices=list(MODELS), help="the model to read (default: the one the input holds)")
    _add_limits(convert)
    convert.set_defaults(run=_command_convert)

    validate = commands.add_parser("validate", help="check that items read, and are valid")
    validate.add_argument("paths", nargs="+", help="files or directories (recursive), or - for stdin")
    validate.add_argument("--include", action="append", default=[], metavar="GLOB", help="only files matching")
    validate.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="skip files matching")
    validate.add_argument("--ndjson", action="store_true", help="each line of each input is one JSON item")
    validate.add_argument("--format", choices=formats, help="force a format (default: recognised per item)")
    validate.add_argument(
        "--model", choices=list(MODELS), help="the model every item must be (default: the one each item holds)"
    )
    validate.add_argument(
        "--xsd",
        help=f"directory of the NewsML-G2 2.35 XSD (and NITF 3.6) to validate XML against "
        f"(default: ${XSD_ENVIRONMENT_VARIABLE})",
    )
    validate.add_argument("--strict", action="store_true", help="reader warnings count as errors")
    validate.add_argument(
        "--require", action="append", default=[], metavar="RULE,...", help=f"house rules: {', '.join(HOUSE_RULES)}"
    )
    validate.add_argument("--report", choices=["human", "json"], default="human", help="report style")
    validate.add_argument("--quarantine", metavar="DIR", help="copy every invalid item here, with its report")
    validate.add_argument("--output", metavar="DIR", help="write every valid item here, converted (needs --to)")
    validate.add_argument("--to", choices=formats, help="the format for --output")
    validate.add_argument("--jobs", type=int, default=None, help="parallel processes (default: the CPU count)")
    validate.add_argument("--no-progress", action="store_true", help="never show the progress line")
    _add_limits(validate)
    validate.set_defaults(run=_command_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema of a model")
    schema.add_argument("model", nargs="?", default="article", choices=list(MODELS))
    schema.set_defaults(run=_command_schema)

    quotes = commands.add_parser("quotes", help="print the attributed quotes found in plain-text items")
    quotes.add_argument("files", nargs="+", help="plain-text files, or - for stdin")
    quotes.add_argument("--json", action="store_true", help="one JSON object per quote")
    _add_limits(quotes)
    quotes.set_defaults(run=_command_quotes)
    return parser


def _utf8_streams() -> None:
    # News text is UTF-8 whatever the locale says; a C locale must not turn output into an error.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8", errors="backslashreplace" if stream is sys.stderr else "strict")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    _utf8_streams()
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
