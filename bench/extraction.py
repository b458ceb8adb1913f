"""Score the plain-text extractor against an annotated set.

Usage: ``python bench/extraction.py [FOLDER] [--misses] [--by-language]`` (default: ``tests/text/fixtures``).
Each ``<name>.txt`` has a ``<name>.expected.json`` with the expected captions,
dateline, quotes (text, speaker, cue, kind) and source lines. Prints precision
and recall for quote spans (exact and overlap), speakers, cues, direct quotes
with the right speaker (per quote and per quoted part), captions, credits,
datelines and source lines. ``--misses`` also lists every direct quote that
was missed or found wrongly; ``--by-language`` adds the headline row per language.

Scoring conventions (the same for every set):

* The speaker compared is who said it: ``resolved_speaker`` when the extractor
  set one, else the speaker as printed; both sides are compared case- and
  whitespace-insensitively; a pronoun left unresolved counts as no speaker.
* "Direct" means words in quotation marks: a ``mixed`` quote (a partial quote
  inside a reported sentence) counts as direct on both sides.
* Per part: every part of a found quote counts, with its quote's speaker. An
  annotated quote is split into parts where its text is not printed in one
  piece (the longest printed prefix, then the rest), so ``"A," X said. "B"``
  scores the same whether it is annotated as one quote or as two.
* Source lines compare the printed line (``(Sumber Antaranews)``); caption labels compare without the
  punctuation that glues them to the caption (``FILE PHOTO:`` and ``FILE PHOTO`` are one label).
* "Same person" rows accept a speaker whose words begin or end the other's:
  news names a person in full once, then by surname (``Warsame`` for ``Ayesha
  Warsame``) or, in Indonesian, by first name (``kata Nadia``), often behind a
  title (``GDL-Vize Martina Kehrbach``). The strict rows require the annotated
  string itself. Quote texts are compared without the whitespace around them
  (French padding inside « » is typography, not quoted words).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newsschema import text
from newsschema.models import AttributedQuote

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "text" / "fixtures"
_WORDS_IN_MARKS = frozenset(["direct", "mixed"])

Found = tuple[str, str | None, str | None, str]


def _normal(name: str | None) -> str | None:
    """A speaker for comparison: case-folded, whitespace collapsed."""
    return None if name is None else " ".join(name.split()).casefold()


def _same_person(found: str | None, gold: str | None) -> bool:
    """Whether two speakers name the same person: the shorter's words begin or end the longer's (or both unknown)."""
    if found is None or gold is None:
        return found == gold
    shorter, longer = sorted((found.split(), gold.split()), key=len)
    return longer[: len(shorter)] == shorter or longer[len(longer) - len(shorter) :] == shorter


def _label(label: str | None) -> str | None:
    """A caption label without the punctuation that glues it to the caption (``FILE PHOTO:``, ``FILE -``)."""
    return None if label is None else label.rstrip(" :-–—.") or None


def _who(quote: AttributedQuote) -> str | None:
    if quote.resolved_speaker is not None:
        return _normal(quote.resolved_speaker)
    if quote.speaker is None or text.cue_table_for(None).is_pronoun(quote.speaker.text):
        return None  # an unresolved pronoun names nobody
    return _normal(quote.speaker.text)


def _overlaps(left: str, right: str) -> bool:
    words_left, words_right = set(left.split()), set(right.split())
    return bool(words_left and words_right) and len(words_left & words_right) >= 0.5 * min(
        len(words_left), len(words_right)
    )


def _printed_parts(quoted: str, copy: str) -> list[str]:
    """``quoted`` cut into the pieces printed in ``copy``: longest printed prefix first."""
    if quoted in copy:
        return [quoted]
    for cut in range(len(quoted) - 1, 0, -1):
        # Any whitespace: a quote over two paragraphs is annotated with the blank line between its parts.
        if quoted[cut].isspace() and quoted[:cut].rstrip() and quoted[:cut].rstrip() in copy:
            return [quoted[:cut].rstrip(), *_printed_parts(quoted[cut:].lstrip(), copy)]
    return [quoted]


def _matched(found: Sequence[Any], gold: Sequence[Any], match: Callable[[Any, Any], bool]) -> int:
    used: set[int] = set()
    hits = 0
    for item in found:
        for index, wanted in enumerate(gold):
            if index not in used and match(item, wanted):
                used.add(index)
                hits += 1
                break
    return hits


def _misses(name: str, found: Sequence[Found], gold: Sequence[Found]) -> list[str]:
    wrong = [f for f in found if (f[0], f[1]) not in {(g[0], g[1]) for g in gold}]
    missed = [g for g in gold if (g[0], g[1]) not in {(f[0], f[1]) for f in found}]
    lines = [f"{name}  found, not annotated: {f[1]!r} <- {f[0][:90]!r}" for f in wrong]
    lines += [f"{name}  annotated, not found: {g[1]!r} <- {g[0][:90]!r}" for g in missed]
    return lines


def score(
    folder: Path = DEFAULT, misses: list[str] | None = None, language: str | None = None
) -> dict[str, tuple[int, int, int]]:
    """Per measure: (true positives, predicted, expected); with ``language``, over that language's items only."""
    counts: Counter[str] = Counter()

    def count(measure: str, found: Sequence[Any], gold: Sequence[Any], match: Callable[[Any, Any], bool]) -> None:
        counts[measure + ":tp"] += _matched(found, gold, match)
        counts[measure + ":pred"] += len(found)
        counts[measure + ":gold"] += len(gold)

    for path in sorted(folder.glob("*.txt")):
        expected: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        if language is not None and expected["language"] != language:
            continue
        copy = path.read_bytes().decode("utf-8")
        article = text.read(path.read_bytes())
        found: list[Found] = [
            (q.text.strip(), _who(q), q.cue.text if q.cue else None, q.kind.value) for q in article.quotes
        ]
        gold: list[Found] = [
            (q["text"].strip(), _normal(q["speaker"]), q["cue"], q["kind"]) for q in expected["quotes"]
        ]
        count("quote spans (exact)", found, gold, lambda f, g: f[0] == g[0])
        count("quote spans (overlap)", found, gold, lambda f, g: _overlaps(f[0], g[0]))
        count("speakers", found, gold, lambda f, g: _overlaps(f[0], g[0]) and f[1] == g[1])
        count("cues", found, gold, lambda f, g: _overlaps(f[0], g[0]) and f[2] == g[2])
        direct_found = [f for f in found if f[3] in _WORDS_IN_MARKS]
        direct_gold = [g for g in gold if g[3] in _WORDS_IN_MARKS]
        same = lambda f, g: f[0] == g[0] and f[1] == g[1]  # noqa: E731
        count("direct quotes, right speaker", direct_found, direct_gold, same)
        count(
            "  same person",
            direct_found,
            direct_gold,
            lambda f, g: f[0] == g[0] and _same_person(f[1], g[1]),
        )
        found_parts = [
            (part.text.strip(), _who(q)) for q in article.quotes if q.kind.value in _WORDS_IN_MARKS for part in q.parts
        ]
        gold_parts = [(piece.strip(), g[1]) for g in direct_gold for piece in _printed_parts(g[0], copy)]
        count("  per quoted part", found_parts, gold_parts, same)
        count(
            "  per quoted part, same person",
            found_parts,
            gold_parts,
            lambda f, g: f[0] == g[0] and _same_person(f[1], g[1]),
        )
        if misses is not None:
            misses.extend(_misses(path.stem, direct_found, direct_gold))
        count(
            "captions",
            [(_label(c.label), c.credit) for c in article.captions],
            [(_label(c["label"]), c["credit"]) for c in expected["captions"] or ()],
            lambda f, g: f == g,
        )
        count(
            "credits",
            [c.credit for c in article.captions],
            [c["credit"] for c in expected["captions"] or ()],
            lambda f, g: f == g,
        )
        count(
            "datelines",
            [article.dateline.printed] if article.dateline else [],
            [expected["dateline"]] if expected["dateline"] else [],
            lambda f, g: f == g,
        )
        count("source lines", [s.printed for s in article.sources], expected["sources"] or [], lambda f, g: f == g)
    measures = dict.fromkeys(key.rsplit(":", 1)[0] for key in counts)
    return {m: (counts[m + ":tp"], counts[m + ":pred"], counts[m + ":gold"]) for m in measures}


def main(arguments: Sequence[str] = sys.argv[1:]) -> None:
    folders = [argument for argument in arguments if not argument.startswith("--")]
    folder = Path(folders[0]) if folders else DEFAULT
    misses: list[str] | None = [] if "--misses" in arguments else None
    print(f"{'measure':34} {'P':>6} {'R':>6}   tp/pred/gold")
    for measure, (tp, pred, gold) in score(folder, misses).items():
        precision = tp / pred if pred else 1.0
        recall = tp / gold if gold else 1.0
        print(f"{measure:34} {precision:6.1%} {recall:6.1%}   {tp}/{pred}/{gold}")
    for line in misses or ():
        print(line)
    if "--by-language" in arguments:
        headline = "  per quoted part, same person"
        annotations = folder.glob("*.expected.json")
        languages = sorted({json.loads(path.read_text(encoding="utf-8"))["language"] for path in annotations})
        for language in languages:
            tp, pred, gold = score(folder, language=language)[headline]
            precision = tp / pred if pred else 1.0
            recall = tp / gold if gold else 1.0
            print(f"{language + ': ' + headline.strip():34} {precision:6.1%} {recall:6.1%}   {tp}/{pred}/{gold}")


if __name__ == "__main__":
    main()
