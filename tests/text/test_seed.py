"""The seed wire item and the bundled sample: everything reading must find (issue 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsschema import text
from newsschema.models import CreditRole, QuoteKind
from support import shared_path

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "newsschema" / "samples" / "sample-wire-id.txt"


@pytest.fixture(scope="module")
def seed() -> bytes:
    return shared_path("seed", "antara-putin-pyongyang.txt").read_bytes()


def test_seed_round_trip_is_byte_exact(seed: bytes) -> None:
    assert text.write(text.read(seed)).encode("utf-8") == seed


def test_seed_caption_and_credits(seed: bytes) -> None:
    (caption,) = text.read(seed).captions
    assert caption.label == "Foto arsip"
    assert caption.date_printed == "13/9/2023"
    assert caption.credit == "ANTARA/KCNA/tm/aa."
    assert [credit.party for credit in caption.credited] == ["ANTARA", "KCNA"]
    (extra,) = caption.extra_credits
    assert (extra.party, extra.role, extra.printed) == ("KCNA", CreditRole.HANDOUT, "(Handout KCNA)")


def test_seed_dateline(seed: bytes) -> None:
    dateline = text.read(seed).dateline
    assert dateline is not None
    assert (dateline.printed, dateline.place) == ("Jakarta –", "Jakarta")


def test_seed_direct_quote(seed: bytes) -> None:
    article = text.read(seed)
    direct = [quote for quote in article.quotes if quote.kind is QuoteKind.DIRECT]
    assert [quote.text for quote in direct] == ["secara pribadi bertemu Vladimir Putin di bandara di Pyongyang,"]
    assert direct[0].speaker is not None
    assert direct[0].speaker.text == "Kremlin"
    assert direct[0].cue is not None
    assert direct[0].cue.text == "kata"


def test_seed_indirect_attributions(seed: bytes) -> None:
    indirect = [quote for quote in text.read(seed).quotes if quote.kind is QuoteKind.INDIRECT]
    found = [
        (q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.resolved_speaker) for q in indirect
    ]
    assert ("menurut", "Ushakov", None) in found
    assert ("kata", "Ushakov", None) in found
    assert ("tambahnya", "nya", "Kremlin") in found


def test_seed_source_credit(seed: bytes) -> None:
    (source,) = text.read(seed).sources
    assert (source.party, source.printed, source.role) == ("Antaranews", "(Sumber Antaranews)", CreditRole.SOURCE)


def test_bundled_sample_has_every_seed_feature() -> None:
    if not SAMPLE.exists():
        pytest.skip(f"the bundled sample {SAMPLE} does not exist yet")
    data = SAMPLE.read_bytes()
    article = text.read(data)
    assert text.write(article).encode("utf-8") == data
    (caption,) = article.captions
    assert caption.label
    assert caption.credit
    assert caption.credited
    assert caption.extra_credits
    assert article.dateline is not None
    assert "–" in article.dateline.printed
    cues = {(quote.kind, quote.cue.text if quote.cue else None) for quote in article.quotes}
    assert (QuoteKind.DIRECT, "kata") in cues
    assert (QuoteKind.INDIRECT, "menurut") in cues
    assert (QuoteKind.INDIRECT, "kata") in cues
    assert any(quote.speaker and quote.speaker.text == "nya" and quote.resolved_speaker for quote in article.quotes)
    assert article.sources
