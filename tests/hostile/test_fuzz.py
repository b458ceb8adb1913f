"""Fuzzing in the normal suite: arbitrary bytes and mutated documents into every reader.

The oracle (``hostile_support.read_or_error``): a typed error of the reader's
own format, or a model that satisfies every invariant and round-trips. Each
reader gets 4x the profile's examples of arbitrary input and 2x each of
mutated own goldens and mutated corpus items: under the ci profile (500),
2,000 + 1,000 + 1,000 inputs per reader.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile.hostile_support import MODEL_TYPES, READERS, read_or_error
from newsschema.errors import NewsSchemaError
from newsschema.models import Article, AttributedQuote, Byline, Dateline, PhotoCaption, SourceCredit, Span
from newsschema.samples import sample_bytes
from support import shared_files

TESTS = Path(__file__).resolve().parents[1]
PROFILE_EXAMPLES = settings().max_examples  # the loaded profile (dev or ci)
ARBITRARY = settings(max_examples=4 * PROFILE_EXAMPLES, suppress_health_check=list(HealthCheck))
MUTATED = settings(max_examples=2 * PROFILE_EXAMPLES, suppress_health_check=list(HealthCheck))

_SAMPLES = [
    Article(
        headline="Kopi Garut",
        language="id",
        bylines=(Byline(printed="Oleh Sari"),),
        dateline=Dateline(printed="Garut –", place="Garut"),
        body=('"Tahun ini lebih merah," kata Sari.', "Paragraf dua."),
    ),
    PhotoCaption(text="Biji kopi dijemur.", credit="CONTOH/Budi/aa."),
    AttributedQuote(kind="direct", parts=(Span(text="Kami siap,"),), speaker=Span(text="Budi"), cue=Span(text="kata")),
    SourceCredit(party="Antaranews", printed="(Sumber Antaranews)"),
]


def _own_seeds(name: str) -> list[bytes]:
    """Documents we wrote ourselves: goldens, fixtures and every model written by the format."""
    reader = READERS[name]
    files = {
        "json": [*TESTS.glob("golden/*.json"), *TESTS.glob("cases/valid/*.json")],
        "newsml": list(TESTS.glob("newsml/golden/*.xml")),
        "text": sorted(TESTS.glob("text/fixtures/*.txt"))[:20],
    }[name]
    written = []
    for item in _SAMPLES:
        try:
            written.append(reader.write(item).encode("utf-8"))
        except NewsSchemaError:  # pragma: no cover - every format writes every model
            continue
    extra = [sample_bytes()] if name == "text" else []
    return [path.read_bytes() for path in sorted(files)] + written + extra


def _corpus_seeds(name: str) -> list[Path]:
    return {
        "json": shared_files("corpus/wire/ninjs", "*.json"),
        "newsml": shared_files("corpus/wire/newsmlg2", "*"),
        "text": shared_files("corpus/text", "*.txt"),
    }[name]


@st.composite
def _mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A seed with a few bytes flipped, deleted, duplicated or inserted."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "delete", "duplicate", "insert", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 256))] * draw(st.integers(1, 8))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        else:
            del data[at:]
    return bytes(data)


# None asks the reader for the model the document holds.
MODEL_CHOICES = st.sampled_from([*MODEL_TYPES, None])


def _check(reader: ModuleType, data: bytes | str, model: type[object] | None) -> None:
    outcome = read_or_error(reader, data, model)  # type: ignore[arg-type]
    if isinstance(outcome, NewsSchemaError):
        assert outcome.message


@pytest.mark.parametrize("name", list(READERS))
def test_arbitrary_input_gives_a_typed_error_or_a_sound_model(name: str) -> None:
    @ARBITRARY
    @given(data=st.one_of(st.binary(max_size=512), st.text(max_size=256)), model=MODEL_CHOICES)
    def run(data: bytes | str, model: type[object] | None) -> None:
        _check(READERS[name], data, model)

    run()


@pytest.mark.parametrize("name", list(READERS))
def test_mutated_own_documents_give_a_typed_error_or_a_sound_model(name: str) -> None:
    seeds = _own_seeds(name)

    @MUTATED
    @given(data=_mutated(seeds), model=MODEL_CHOICES)
    def run(data: bytes, model: type[object] | None) -> None:
        _check(READERS[name], data, model)

    run()


@pytest.mark.shared
@pytest.mark.parametrize("name", list(READERS))
def test_mutated_corpus_items_give_a_typed_error_or_a_sound_model(name: str) -> None:
    paths = _corpus_seeds(name)
    if not paths:
        pytest.skip("shared corpus not found; set NEWSSCHEMA_SHARED to the shared/ folder to run this test")
    seeds = [path.read_bytes() for path in paths]  # read in place, never copied

    @MUTATED
    @given(data=_mutated(seeds), model=MODEL_CHOICES)
    def run(data: bytes, model: type[object] | None) -> None:
        _check(READERS[name], data, model)

    run()
