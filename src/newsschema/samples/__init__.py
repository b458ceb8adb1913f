"""A bundled sample wire article, written for newsschema, and its model built by hand.

The text is fictional (people, events and the quotes are invented) and written
in the style of an Indonesian agency item. It has every feature of a real
wire item: a photo caption with a label, a credit chain and a handout credit,
a dateline with an en dash, a direct quote with ``kata``, indirect quotes with
``menurut`` and ``kata``, one through the clitic ``-nya``, and a closing
source line. Like many scraped items it has one paragraph per line and no
final newline.

>>> from newsschema.samples import sample_article, sample_text
>>> sample_text().startswith("Foto arsip")
True
>>> sample_article().dateline.printed
'Jakarta –'
"""

from __future__ import annotations

from importlib import resources

from newsschema.models import (
    Article,
    AttributedQuote,
    CreditRole,
    Dateline,
    PhotoCaption,
    QuoteKind,
    SourceCredit,
    Span,
)

__all__ = ["SAMPLE_FILE_NAME", "sample_article", "sample_bytes", "sample_text"]

SAMPLE_FILE_NAME = "sample-wire-id.txt"


def sample_bytes() -> bytes:
    """The sample article exactly as stored (UTF-8, LF, no final newline)."""
    return resources.files(__name__).joinpath(SAMPLE_FILE_NAME).read_bytes()


def sample_text() -> str:
    """The sample article as text."""
    return sample_bytes().decode("utf-8")


def _span(body: tuple[str, ...], paragraph: int, text: str, *, after: str = "") -> Span:
    """Locate ``text`` in a paragraph (after the first occurrence of ``after``)."""
    start = body[paragraph].index(after) if after else 0
    return Span(text=text, paragraph=paragraph, offset=body[paragraph].index(text, start))


def sample_article() -> Article:
    """The sample article's model, built by hand from what a reader sees in it.

    This shows the models can hold everything in a wire item; the golden test
    checks it round-trips through JSON byte for byte.
    """
    lines = sample_text().split("\n")
    dateline = "Jakarta –"
    body = (lines[1][len(dateline) + 1 :], *lines[2:-1])
    direct = "ingin membuka babak baru kemitraan kedua negara di kawasan Pasifik,"
    ministry = "Kementerian Luar Negeri"
    quotes = (
        AttributedQuote(
            kind=QuoteKind.DIRECT,
            parts=(_span(body, 1, direct),),
            speaker=_span(body, 1, ministry),
            cue=_span(body, 1, "kata", after=direct),
        ),
        AttributedQuote(
            kind=QuoteKind.INDIRECT,
            parts=(_span(body, 2, "Kedua pemimpin juga akan meninjau pelabuhan perikanan Muara Baru pada Rabu pagi"),),
            speaker=_span(body, 2, "nya"),
            resolved_speaker=ministry,
            cue=_span(body, 2, "tambah"),
        ),
        AttributedQuote(
            kind=QuoteKind.INDIRECT,
            parts=(
                _span(
                    body,
                    3,
                    "Penandatanganan nota kesepahaman tentang energi panas bumi dijadwalkan berlangsung "
                    "di Istana Merdeka pada Kamis",
                ),
            ),
            speaker=_span(body, 3, "juru bicara kementerian Hendra Saputra"),
            resolved_speaker="Hendra Saputra",
            cue=_span(body, 3, "menurut"),
        ),
        AttributedQuote(
            kind=QuoteKind.INDIRECT,
            parts=(
                _span(
                    body,
                    4,
                    "Kedua negara juga berencana meluncurkan program beasiswa bersama bagi mahasiswa "
                    "teknik kelautan mulai tahun depan",
                ),
            ),
            speaker=_span(body, 4, "Hendra"),
            resolved_speaker="Hendra Saputra",
            cue=_span(body, 4, "kata"),
        ),
    )
    caption = PhotoCaption(
        label="Foto arsip",
        text=(
            "Menteri Luar Negeri Republik Indonesia Rahmat Wibisono (kiri) berjabat tangan dengan Perdana Menteri "
            "Selandia Baru Margaret Ellis (kanan) seusai pertemuan bilateral di Wellington, Selandia Baru "
            "(4/3/2024)."
        ),
        date_printed="4/3/2024",
        credit="ANTARA/Kemlu/rw/bs.",
        credited=(
            SourceCredit(party="ANTARA", role=CreditRole.DISTRIBUTOR),
            SourceCredit(party="Kemlu", role=CreditRole.PHOTO_AGENCY),
        ),
        extra_credits=(SourceCredit(party="Kemlu", role=CreditRole.HANDOUT, printed="(Handout Kemlu)"),),
    )
    return Article(
        language="id",
        dateline=Dateline(printed=dateline, place="Jakarta"),
        body=body,
        quotes=quotes,
        captions=(caption,),
        sources=(SourceCredit(party="Antaranews", role=CreditRole.SOURCE, printed="(Sumber Antaranews)"),),
    )
