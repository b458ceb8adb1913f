"""Golden files we wrote ourselves (fictional text): read to the expected model, re-written byte-identically."""

from __future__ import annotations

from pathlib import Path

from newsschema import newsml
from newsschema.models import (
    Article,
    AttributedQuote,
    CreditRole,
    Dateline,
    PhotoCaption,
    QuoteKind,
    SourceCredit,
    Span,
    Timestamp,
)

GOLDEN = Path(__file__).parent / "golden"

ARTICLE = Article(
    guid="urn:newsml:example.org:20250305:kopi-garut",
    version=2,
    language="id",
    headline="Petani kopi Garut panen raya",
    dateline=Dateline(printed="Garut \u2013", place="Garut"),
    version_created=Timestamp(value="2025-03-05T10:15:00+07:00"),
    body=(
        "Petani kopi di lereng Gunung Cikuray memulai panen raya pekan ini.",
        '"Tahun ini buahnya lebih merah," kata Sari Wulandari, ketua kelompok tani.',
        "(Sumber Contoh)",
    ),
    quotes=(
        AttributedQuote(
            kind=QuoteKind.DIRECT,
            parts=(Span(text="Tahun ini buahnya lebih merah,", paragraph=1, offset=1),),
            speaker=Span(text="Sari Wulandari", paragraph=1, offset=38),
            cue=Span(text="kata", paragraph=1, offset=33),
        ),
    ),
    captions=(
        PhotoCaption(
            label="Ilustrasi",
            text="Biji kopi dijemur di Garut (4/3/2025).",
            date_printed="4/3/2025",
            credit="CONTOH/Budi/aa.",
        ),
    ),
    sources=(SourceCredit(party="Contoh", role=CreditRole.SOURCE, printed="(Sumber Contoh)"),),
)


def test_golden_article() -> None:
    text = (GOLDEN / "article-id.xml").read_text(encoding="utf-8")
    assert newsml.read(text) == ARTICLE
    assert newsml.write(ARTICLE) == text
