"""Score the plain-text extractor against an annotated set.

Usage: ``python bench/extraction.py [FOLDER]`` (default: ``tests/text/fixtures``).
Each ``<name>.txt`` has a ``<name>.expected.json`` with the expected captions,
dateline, quotes (text, speaker, cue, kind) and source lines. Prints precision
and recall for quote spans (exact and overlap), speakers, cues, direct quotes
with the right speaker, captions, credits, datelines and source lines.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newsschema import text
from newsschema.models import AttributedQuote

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "text" / "fixtures"


def _who(quote: AttributedQuote) -> str | None:
    if quote.resolved_speaker is not None:
        return quote.resolved_speaker
    if quote.speaker is None or text.cue_table_for(None).is_pronoun(quote.speaker.text):
        return None
    return quote.speaker.text


def _overlaps(left: str, right: str) -> bool:
    words_left, words_right = set(left.split()), set(right.split())
    return bool(words_left and words_right) and len(words_left & words_right) >= 0.5 * min(
        len(words_left), len(words_right)
    )


def score(folder: Path = DEFAULT) -> dict[str, tuple[int, int, int]]:
    """Per measure: (true positives, predicted, expected)."""
    counts: Counter[str] = Counter()
    for path in sorted(folder.glob("*.txt")):
        expected: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        article = text.read(path.read_bytes())
        found = [(q.text, _who(q), q.cue.text if q.cue else None, q.kind.value) for q in article.quotes]
        gold = [(q["text"], q["speaker"], q["cue"], q["kind"]) for q in expected["quotes"]]
        for measure, match in (
            ("quote spans (exact)", lambda f, g: f[0] == g[0]),
            ("quote spans (overlap)", lambda f, g: _overlaps(f[0], g[0])),
            ("speakers", lambda f, g: _overlaps(f[0], g[0]) and f[1] == g[1]),
            ("cues", lambda f, g: _overlaps(f[0], g[0]) and f[2] == g[2]),
        ):
            counts[measure + ":tp"] += _matched(found, gold, match)
            counts[measure + ":pred"] += len(found)
            counts[measure + ":gold"] += len(gold)
        direct_found = [f for f in found if f[3] == "direct"]
        direct_gold = [g for g in gold if g[3] == "direct"]
        counts["direct quotes, right speaker:tp"] += _matched(
            direct_found, direct_gold, lambda f, g: f[0] == g[0] and f[1] == g[1]
        )
        counts["direct quotes, right speaker:pred"] += len(direct_found)
        counts["direct quotes, right speaker:gold"] += len(direct_gold)
        for measure, got, want in (
            (
                "captions",
                [(c.label, c.credit) for c in article.captions],
                [(c["label"], c["credit"]) for c in expected["captions"]],
            ),
            ("credits", [c.credit for c in article.captions], [c["credit"] for c in expected["captions"]]),
            (
                "datelines",
                [article.dateline.printed] if article.dateline else [],
                [expected["dateline"]] if expected["dateline"] else [],
            ),
            ("source lines", [s.party for s in article.sources], expected["sources"]),
        ):
            counts[measure + ":tp"] += _matched(got, want, lambda f, g: f == g)
            counts[measure + ":pred"] += len(got)
            counts[measure + ":gold"] += len(want)
    measures = dict.fromkeys(key.rsplit(":", 1)[0] for key in counts)
    return {m: (counts[m + ":tp"], counts[m + ":pred"], counts[m + ":gold"]) for m in measures}


def _matched(found: list[Any], gold: list[Any], match: Any) -> int:
    used: set[int] = set()
    hits = 0
    for item in found:
        for index, wanted in enumerate(gold):
            if index not in used and match(item, wanted):
                used.add(index)
                hits += 1
                break
    return hits


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    print(f"{'measure':34} {'P':>6} {'R':>6}   tp/pred/gold")
    for measure, (tp, pred, gold) in score(folder).items():
        precision = tp / pred if pred else 1.0
        recall = tp / gold if gold else 1.0
        print(f"{measure:34} {precision:6.1%} {recall:6.1%}   {tp}/{pred}/{gold}")


if __name__ == "__main__":
    main()
