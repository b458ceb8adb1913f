"""Guards against catastrophic backtracking: adversarial inputs finish within a generous limit.

These are not benchmarks: each input runs in a fresh interpreter under a
timeout. The bound is generous on purpose: a linear reader takes a few
seconds for 5 MB even on a busy two-core CI machine running the suite in
parallel, while a quadratic pattern on the same input takes hours, so 60 s
separates the two without ever failing on a slow machine.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

GENEROUS_SECONDS = 60

ADVERSARIAL = {
    "100k straight quote marks": "'\"' * 100_000",
    "100k curly quote marks": "'“' * 50_000 + '”' * 50_000",
    "100k mixed marks and words": "'\"a, kata b \"' * 25_000",
    "100k dashes": "'-' * 100_000",
    "100k dashes after a place": "'Jakarta ' + '– ' * 100_000",
    "5 MB single line of prose": (
        "('Harga beras naik lagi di banyak pasar, menurut data BPS. '"
        " '\"Kami akan menstabilkan harga dalam waktu dekat,\" kata Budi. ' * 45_000)[:5_000_000]"
    ),
    "1 MB of dense cues": "('Kata dia, menurut X, \"ujarnya\" (ANTARA) - ' * 25_000)[:1_000_000]",
    "5 MB caption-like line": "'Foto arsip – ' + 'x/' * 2_500_000 + ' ANTARA/KCNA/tm/aa.'",
    "commas and cues": "', kata ' * 200_000",
    "1 MB headline in capitals": "'HARGA BERAS NAIK ' * 60_000 + 'x'",
    "commas, frames and cues in German and Indonesian": (
        "('Eine 83 Jahre alte Zeugin aus Pasing, dalam keterangannya di Jakarta, mengatakan, \"x\" ' * 8_000)"
    ),
    "a long lead after a place and a colon": "'Bengaluru: ' + 'word ' * 200_000",
    "a JSON-like line of quoted words, no sentence end": "'{' + '\"kata\": \"harga naik lagi\", ' * 40_000 + '}'",
}


@pytest.mark.parametrize("expression", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_input_reads_and_round_trips_in_time(expression: str) -> None:
    program = f"from newsschema import text\ndata = {expression}\nassert text.write(text.read(data)) == data\n"
    subprocess.run([sys.executable, "-c", program], check=True, timeout=GENEROUS_SECONDS)
