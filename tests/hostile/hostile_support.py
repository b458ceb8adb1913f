"""What every hostile test needs: the readers, the oracle and the no-leak probes.

The oracle: a reader refuses input only with a typed error of its own format,
and what it accepts is a model that satisfies every invariant (it survives
the plain mapping and the JSON schema) and round-trips through its own format.
"""

from __future__ import annotations

import json as stdlib_json
import os
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from newsschema import json as json_format
from newsschema import newsml as newsml_format
from newsschema import text as text_format
from newsschema.errors import NewsSchemaError, ReadWarning
from newsschema.models import MODELS, Item
from newsschema.plain import from_plain, to_plain

READERS: dict[str, ModuleType] = {"json": json_format, "newsml": newsml_format, "text": text_format}
MODEL_TYPES: list[type[Item]] = list(MODELS.values())


def ignore(_: ReadWarning) -> None:
    """Tolerated problems are a documented lenient result."""


def read_or_error(
    reader: ModuleType, data: bytes | str, model: type[Item] | None, **options: Any
) -> Item | NewsSchemaError:
    """Apply the oracle to one input: the typed error, or the sound model (``model=None``: the one it holds)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning that escapes on_warning would be a bug
        errors = list(reader.iter_errors(data, model, **options))
        for error in errors:
            assert isinstance(error, NewsSchemaError), repr(error)
            assert error.format == reader.NAME, repr(error)
        seen: list[ReadWarning] = []
        refusal: NewsSchemaError | None = None
        try:
            item = reader.read(data, model, on_warning=seen.append, **options)
        except NewsSchemaError as error:
            refusal = error
        if refusal is not None:
            assert refusal.format == reader.NAME, repr(refusal)
            assert errors, f"read refused what iter_errors accepts: {refusal!r}"
            return refusal
        # iter_errors may list the faults read tolerated (NewsML-G2 does), never others.
        assert not errors or seen, f"iter_errors refused what read accepts: {errors[0]!r}"
        kind = model or type(item)
        assert isinstance(item, kind), type(item)
        assert type(item) in MODEL_TYPES, type(item)
        assert from_plain(to_plain(item), kind) == item
        assert json_format.read(json_format.write(item), kind) == item
        assert reader.read(reader.write(item), kind, on_warning=ignore) == item
    return item


# --------------------------------------------------------------------------- #
# Probes: no file read, no network touched.
# --------------------------------------------------------------------------- #


@contextmanager
def sentinel_file(folder: Path) -> Iterator[Path]:
    """A file whose access time tells whether anything read it (relatime updates an atime older than mtime)."""
    path = folder / "sentinel-secret.txt"
    path.write_text("SENTINEL-SECRET\n", encoding="utf-8")
    now = time.time()
    os.utime(path, (now - 86_400, now))
    yield path


def was_read(path: Path) -> bool:
    """Whether ``path`` was read since :func:`sentinel_file` set it up."""
    stat = path.stat()
    return stat.st_atime > stat.st_mtime


@contextmanager
def listening_socket() -> Iterator[tuple[str, socket.socket]]:
    """A local TCP server nobody should connect to: yields its ``http://`` URL and the socket."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}", server
    finally:
        server.close()


def was_contacted(server: socket.socket) -> bool:
    try:
        connection, _ = server.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


_AUDITED_PROGRAM = """
import json, sys
events = []
WATCHED = {"open", "socket.connect", "socket.getaddrinfo", "urllib.Request", "subprocess.Popen", "os.system"}
started = False
def hook(event, args):
    if started and event in WATCHED:
        events.append([event, repr(args)[:200]])
sys.addaudithook(hook)
from newsschema import newsml, json as json_format, text
from newsschema.models import MODELS
import newsschema.errors
reader = {"newsml": newsml, "json": json_format, "text": text}[sys.argv[1]]
data = sys.stdin.buffer.read()
model = MODELS[sys.argv[2]]
started = True
try:
    reader.read(data, model, on_warning=lambda warning: None)
    outcome = "read"
except newsschema.errors.NewsSchemaError as error:
    outcome = type(error).__name__ + ":" + (error.code or "")
started = False
print(json.dumps({"outcome": outcome, "events": events}))
"""


def read_audited(format_name: str, data: bytes, model: str = "article") -> dict[str, Any]:
    """Read ``data`` in a fresh interpreter with an audit hook; the outcome and the audited events."""
    finished = subprocess.run(
        [sys.executable, "-c", _AUDITED_PROGRAM, format_name, model],
        input=data,
        capture_output=True,
        check=True,
        timeout=60,
    )
    result: dict[str, Any] = stdlib_json.loads(finished.stdout)
    return result
