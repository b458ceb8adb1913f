"""A generated benchmark corpus that we write ourselves: deterministic, realistic articles.

``articles(count, seed)`` gives ``count`` articles from 1 KB to 50 KB of text
(log-uniform), each with a photo caption and its credit chain, a dateline,
direct and indirect quotes located exactly in the body, and a source line.
``article_of_size(size)`` gives one article of about ``size`` bytes, for the
size-scaling series.

The vocabulary is invented for newsschema (Indonesian and English wire
style); no corpus text is copied.
"""

from __future__ import annotations

import math
import random

from newsschema import (
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

WORDS_ID = (
    "pemerintah",
    "kunjungan",
    "kerja",
    "sama",
    "pelabuhan",
    "energi",
    "terbarukan",
    "menteri",
    "presiden",
    "perdagangan",
    "kawasan",
    "pertemuan",
    "bilateral",
    "kesepakatan",
    "investasi",
    "infrastruktur",
    "pendidikan",
    "mahasiswa",
    "program",
    "ekspor",
    "pasar",
    "diplomasi",
    "keamanan",
    "maritim",
    "nelayan",
    "anggaran",
    "daerah",
    "provinsi",
    "kota",
    "warga",
    "bantuan",
    "sekolah",
    "rumah",
    "sakit",
)
WORDS_EN = (
    "government",
    "visit",
    "cooperation",
    "port",
    "renewable",
    "energy",
    "minister",
    "president",
    "trade",
    "region",
    "meeting",
    "bilateral",
    "agreement",
    "investment",
    "infrastructure",
    "education",
    "students",
    "programme",
    "exports",
    "market",
    "diplomacy",
    "security",
    "maritime",
    "fishermen",
    "budget",
    "province",
    "city",
    "residents",
    "aid",
    "school",
    "hospital",
    "officials",
    "talks",
)
PLACES = ("Jakarta", "Surabaya", "Makassar", "Medan", "Wellington", "Canberra", "Singapore")
SPEAKERS = ("Hendra Saputra", "Rina Wulandari", "the ministry", "Kementerian Luar Negeri", "Margaret Ellis")
DASHES = ("-", "\u2013", "\u2014", "--")


def _sentence(rng: random.Random, words: tuple[str, ...]) -> str:
    chosen = [rng.choice(words) for _ in range(rng.randint(8, 22))]
    return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + "."


def _paragraph(rng: random.Random, words: tuple[str, ...]) -> str:
    return " ".join(_sentence(rng, words) for _ in range(rng.randint(2, 4)))


def _quoted_paragraph(
    rng: random.Random, words: tuple[str, ...], index: int, english: bool
) -> tuple[str, AttributedQuote]:
    speaker = rng.choice(SPEAKERS)
    if rng.random() < 0.6:
        said = " ".join(rng.choice(words) for _ in range(rng.randint(6, 14))) + ","
        cue = "said" if english else "kata"
        lead = _sentence(rng, words) + " "
        text = f"{lead}\u201c{said}\u201d {cue} {speaker}."
        start = len(lead) + 1
        quote = AttributedQuote(
            kind=QuoteKind.DIRECT,
            parts=(Span(text=said, paragraph=index, offset=start),),
            cue=Span(text=cue, paragraph=index, offset=start + len(said) + 2),
            speaker=Span(text=speaker, paragraph=index, offset=start + len(said) + 3 + len(cue)),
        )
        return text, quote
    clause = " ".join(rng.choice(words) for _ in range(rng.randint(8, 16))).capitalize()
    cue = "according to" if english else "menurut"
    text = f"{clause}, {cue} {speaker}."
    quote = AttributedQuote(
        kind=QuoteKind.INDIRECT,
        parts=(Span(text=clause, paragraph=index, offset=0),),
        cue=Span(text=cue, paragraph=index, offset=len(clause) + 2),
        speaker=Span(text=speaker, paragraph=index, offset=len(clause) + 3 + len(cue)),
    )
    return text, quote


def article_of_size(size: int, *, seed: int = 0) -> Article:
    """One article whose body holds about ``size`` bytes of text."""
    rng = random.Random(seed * 7919 + size)
    english = rng.random() < 0.5
    words = WORDS_EN if english else WORDS_ID
    body: list[str] = []
    quotes: list[AttributedQuote] = []
    total = 0
    while total < size or not body:
        if rng.random() < 0.35:
            text, quote = _quoted_paragraph(rng, words, len(body), english)
            quotes.append(quote)
        else:
            text = _paragraph(rng, words)
        body.append(text)
        total += len(text.encode("utf-8")) + 1
    place = rng.choice(PLACES)
    day = rng.randint(1, 28)
    caption = PhotoCaption(
        label="Foto arsip" if not english else None,
        text=f"{_sentence(rng, words)[:-1]} ({day}/3/2024).",
        date_printed=f"{day}/3/2024",
        taken=Timestamp(value=f"2024-03-{day:02d}"),
        credit="ANTARA/Kemlu/rw/bs.",
        credited=(
            SourceCredit(party="ANTARA", role=CreditRole.DISTRIBUTOR),
            SourceCredit(party="Kemlu", role=CreditRole.PHOTO_AGENCY),
        ),
        extra_credits=(SourceCredit(party="Kemlu", role=CreditRole.HANDOUT, printed="(Handout Kemlu)"),),
    )
    return Article(
        guid=f"urn:newsml:bench.newsschema.dev:2024:{seed}-{size}",
        version=1,
        language="en" if english else "id",
        headline=_sentence(rng, words)[:-1],
        dateline=Dateline(printed=f"{place} {rng.choice(DASHES)}", place=place),
        version_created=Timestamp(value=f"2024-03-{day:02d}T08:30:00+07:00"),
        body=tuple(body),
        quotes=tuple(quotes),
        captions=(caption,),
        sources=(SourceCredit(party="Antaranews", role=CreditRole.SOURCE, printed="(Sumber Antaranews)"),),
        keywords=("bench",),
    )


def articles(count: int, *, seed: int = 1) -> list[Article]:
    """``count`` articles with body sizes log-uniform between 1 KB and 50 KB."""
    rng = random.Random(seed)
    low, high = math.log(1_000), math.log(50_000)
    return [article_of_size(int(math.exp(rng.uniform(low, high))), seed=seed + number) for number in range(count)]
