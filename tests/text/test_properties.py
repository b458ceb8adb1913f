"""Text-specific properties: law 3 for any text, law 1 for wire-shaped and arbitrary articles, header rules."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsschema import strategies, text
from newsschema.errors import ReadWarning
from newsschema.models import Article, AttributedQuote, Item, PhotoCaption, SourceCredit, Span, Subject

WIRE_PIECES = st.sampled_from(
    [
        "Jakarta – ",
        "JAKARTA (Reuters) - ",
        "(CNN) -- ",
        '"',
        "“",
        "”",
        "„",
        "«",
        "»",
        "'",
        "’",
        ", kata ",
        ", ujarnya.",
        " said ",
        "menurut ",
        "Budi",
        "Kremlin",
        ".",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        " ",
        "\u00a0",
        "\ufeff",
        "(Sumber Antaranews)",
        "Foto arsip – ",
        " ANTARA/KCNA/tm/aa.",
        " (Handout KCNA)",
        "%newsschema {}",
        "    ",
        "Reuter",
        "By Ana Lopez",
        "e\u0301",
    ]
)
WIRE_TEXT = st.lists(st.one_of(WIRE_PIECES, st.text(max_size=8)), max_size=30).map("".join)
SAFE_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)  # every scalar value, no lone surrogates


def _real_sentences() -> list[str]:
    """Every sentence of the annotated fixtures and evaluation sets: the constructions real copy has."""
    sentences: set[str] = set()
    for path in sorted(Path(__file__).parent.glob("*/*.txt")):
        copy = path.read_text(encoding="utf-8")
        sentences.update(piece for piece in re.split(r"(?<=[.!?»”\"])\s+", copy) if piece.strip())
    return sorted(sentences)


REAL_SENTENCES = _real_sentences()
REAL_MIX = st.lists(
    st.tuples(st.sampled_from(REAL_SENTENCES), st.sampled_from([" ", "\n\n", "\n", "\r\n\r\n"])),
    min_size=1,
    max_size=12,
).map(lambda pieces: "".join(sentence + gap for sentence, gap in pieces))


@given(REAL_MIX)
def test_law3_any_mix_of_real_sentences_reads_and_round_trips(data: str) -> None:
    """Sentences of real copy recombined: every construction the evaluation sets hold, in new company."""
    assert text.write(text.read(data, on_warning=_tolerated)) == data


@given(WIRE_TEXT)
def test_law3_any_wire_shaped_text_round_trips(data: str) -> None:
    # A generated first line may look like a header it is not: the reader warns and reads it as text.
    assert text.write(text.read(data, on_warning=_tolerated)) == data


@given(SAFE_TEXT)
def test_law3_any_text_round_trips(data: str) -> None:
    assert text.write(text.read(data.encode("utf-8"), on_warning=_tolerated)) == data


def _tolerated(warning: ReadWarning) -> None:
    """Law 3 is about the bytes; a tolerated problem (a look-alike header) is reported, not a failure."""


@given(st.lists(SAFE_TEXT, max_size=4), st.booleans())
def test_law1_articles_round_trip(body: list[str], with_subject: bool) -> None:
    article = Article(body=tuple(body), subjects=(Subject(name="politics"),) if with_subject else ())
    assert text.read(text.write(article)) == article


def test_law1_other_models_round_trip() -> None:
    items: list[Item] = [
        PhotoCaption(text="Two leaders (13/9/2023).", credit="ANTARA/KCNA/tm/aa."),
        SourceCredit(party="Antaranews", printed="(Sumber Antaranews)"),
        SourceCredit(party="KCNA", uri="urn:x"),
        AttributedQuote(
            kind="direct", parts=(Span(text="Kami siap"),), speaker=Span(text="Budi"), cue=Span(text="kata")
        ),
    ]
    for item in items:
        assert text.read(text.write(item), type(item)) == item


def test_header_only_when_needed_and_metadata_false_drops_it() -> None:
    plain = Article(body=("Hello.",))
    assert text.write(plain) == "Hello."
    rich = Article(guid="urn:newsml:x", version=2, body=("Hello.",))
    written = text.write(rich)
    assert written.startswith('%newsschema {"guid":"urn:newsml:x","version":2}\n')
    assert text.write(rich, metadata=False) == "Hello."


def test_text_that_looks_like_a_header_stays_text() -> None:
    data = '%newsschema {"guid": "urn:x"}\nHello.'  # not canonical JSON: we would never write it
    warnings: list[object] = []
    article = text.read(data, on_warning=warnings.append)
    assert article.guid is None
    assert warnings
    assert text.write(article) == data


def test_invalid_utf8_names_byte_line_and_column() -> None:
    (error,) = list(text.iter_errors(b"ok\nab\xffc"))
    assert (error.line, error.column, error.format, error.code) == (2, 3, "text", "encoding")
    assert "byte 5" in error.message


@given(st.one_of(WIRE_TEXT, strategies.wire_texts()), st.sampled_from(["id", "en", "de", "es", "fr", "ms", "pt"]))
def test_reading_options_given_to_write_keep_the_bytes(data: str, language: str) -> None:
    article = text.read(data, language=language, on_warning=_tolerated)
    assert text.write(article, language=language) == data
    assert text.read(text.write(article, language=language), language=language, on_warning=_tolerated) == article
