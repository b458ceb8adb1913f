"""Attributed quotes found in paragraphs: rule-based, multilingual, linear time.

Quotation marks are paired with a stack and a tolerant pair table; cues are
looked up word by word in a :class:`CueTable` (a set lookup, never a regex
alternation), inside windows of bounded size, so the work grows linearly with
the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsschema.models import AttributedQuote, QuoteKind, Span
from newsschema.text._cues import CueTable

__all__ = ["find_quotes"]

# Opener -> the marks that may close it (tolerant: sloppy pairs occur in scraped text).
_CLOSERS: dict[str, str] = {
    "“": '”"',
    "„": '“”"',
    "‚": "‘’",
    "«": '»"',
    "»": "«",
    "‹": "›",
    "‘": "’'",
    '"': '"”“',
    "'": "'’",
    "「": "」",
    "『": "』",
    "”": "”",
}
# Marks that open only where an opener stands (space before, text after).
_POSITIONAL_OPENERS = frozenset("»”\"'")
_MARKS = frozenset("“”„‚‘’«»‹›\"'「」『』")
_SINGLE = frozenset("'’‘‚‹›")
_CLOSING_FOLLOWERS = frozenset(",.;:!?)]}—–-…")
_MAX_DEPTH = 4

_TOKEN = re.compile(r"[\w\u0300-\u036f]+(?:['’\-][\w\u0300-\u036f]+)*")
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "el",
        "la",
        "los",
        "las",
        "le",
        "les",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "o",
        "os",
        "as",
        "un",
        "une",
        "sang",
        "para",
    ]
)
_CONNECTORS = frozenset(
    ["of", "the", "for", "de", "da", "do", "del", "van", "von", "bin", "binti", "al", "la", "le", "y", "und", "and"]
)
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "capt",
        "sgt",
        "pres",
        "hon",
        "no",
        "dll",
        "h",
    ]
)
_WINDOW_AFTER = 160
_WINDOW_BEFORE = 200
_MAX_SPEAKER_WORDS = 8


@attrs.frozen
class _Raw:
    """A paired quote: content parts (paragraph, start, end) and where its marks are."""

    parts: tuple[tuple[int, int, int], ...]
    open_at: tuple[int, int]
    close_at: tuple[int, int] | None  # None: runs to the end of its last paragraph


@attrs.frozen
class _Found:
    kind: QuoteKind
    parts: tuple[tuple[int, int, int], ...]
    speaker: tuple[int, int, int] | None
    cue: tuple[int, int, int] | None
    inherit: bool = False


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


def _is_letter(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char) == "Mn"


def _is_apostrophe(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if _is_letter(before) and _is_letter(after):
        return True  # we're, Jum'at
    return bool(before.isspace() and after.isdigit() and text[index + 2 : index + 3].isdigit())  # '87


def _positions(text: str, index: int) -> tuple[bool, bool]:
    """Whether the mark at ``index`` stands where an opener / a closer stands."""
    before = text[index - 1] if index > 0 else None
    after = text[index + 1] if index + 1 < len(text) else None
    opening = (before is None or before.isspace() or before in "([{—–-/" or before in _MARKS) and (
        after is not None and not after.isspace() and after not in ",.;:!?)]}"
    )
    closing = (before is not None and not before.isspace()) and (
        after is None or after.isspace() or after in _CLOSING_FOLLOWERS or after in _MARKS
    )
    # French spacing: « mot » — a mark between a space and punctuation (or the end) closes.
    closing = closing or (after is None or after in ",.;:!?)]}")
    return opening, closing


def _pair(paragraph: int, text: str, carried: str | None) -> tuple[list[_Raw], str | None, int | None, bool]:
    """Pair the marks of one paragraph.

    ``carried`` is the mark of a quote left open by the previous paragraph
    when this paragraph does not re-open it: the first fitting closer ends it.
    Returns the top-level quotes, the mark left open at the end (if any) with
    its index, and whether the carried quote was closed here.
    """
    stack: list[tuple[str, int]] = [(carried, -1)] if carried else []
    found: list[_Raw] = []
    carried_closed = False
    for index, char in enumerate(text):
        if char not in _MARKS:
            continue
        if char in "'’" and _is_apostrophe(text, index):
            continue
        opening, closing = _positions(text, index)
        top = stack[-1] if stack else None
        if top is not None and char in _CLOSERS[top[0]] and (closing or not opening):
            stack.pop()
            if not stack:
                if top[1] == -1:
                    carried_closed = True
                found.append(
                    _Raw(
                        parts=((paragraph, top[1] + 1, index),),
                        open_at=(paragraph, top[1]),
                        close_at=(paragraph, index),
                    )
                )
            continue
        if char in _CLOSERS and len(stack) < _MAX_DEPTH:
            if char in _SINGLE and char not in "‘‚" and not opening:
                continue
            if (char in _POSITIONAL_OPENERS and opening) or (char not in _POSITIONAL_OPENERS and not closing):
                stack.append((char, index))
                continue
        # A closer of a deeper opener: close it, dropping the unclosed inner ones.
        for depth in range(len(stack) - 2, -1, -1):
            if char in _CLOSERS[stack[depth][0]] and closing:
                mark, start = stack[depth]
                del stack[depth:]
                if not stack:
                    if start == -1:
                        carried_closed = True
                    found.append(
                        _Raw(
                            parts=((paragraph, start + 1, index),),
                            open_at=(paragraph, start),
                            close_at=(paragraph, index),
                        )
                    )
                break
    if stack:
        mark, start = stack[0]
        return found, mark, start, carried_closed
    return found, None, None, carried_closed


def _pair_all(body: Sequence[str]) -> list[_Raw]:
    """Top-level quotes of the whole body, joining quotes that continue across paragraphs."""
    quotes: list[_Raw] = []
    pending: list[tuple[int, int, int]] = []  # parts of a quote still open
    pending_open: tuple[int, int] | None = None
    pending_mark: str | None = None
    for paragraph, text in enumerate(body):
        stripped = len(text) - len(text.lstrip())
        reopens = stripped < len(text) and text[stripped] in _CLOSERS
        carried = pending_mark if pending and not reopens else None
        found, open_mark, open_index, carried_closed = _pair(paragraph, text, carried)
        if carried and not carried_closed:
            # Not closed here either: the open quote ended with its paragraph.
            found, open_mark, open_index, _ = _pair(paragraph, text, None)
            assert pending_open is not None
            quotes.append(_Raw(parts=tuple(pending), open_at=pending_open, close_at=None))
            pending, pending_open = [], None
        elif carried:
            first = found.pop(0)
            assert pending_open is not None
            quotes.append(_Raw(parts=(*pending, *first.parts), open_at=pending_open, close_at=first.close_at))
            pending, pending_open = [], None
        elif pending:
            # Re-opened: the first quote of this paragraph continues the pending one.
            if found and found[0].open_at == (paragraph, stripped):
                first = found.pop(0)
                assert pending_open is not None
                quotes.append(_Raw(parts=(*pending, *first.parts), open_at=pending_open, close_at=first.close_at))
                pending, pending_open = [], None
            elif open_index == stripped and not found:
                pending.append((paragraph, open_index + 1, len(text)))
                pending_mark = open_mark
                continue
            else:
                assert pending_open is not None
                quotes.append(_Raw(parts=tuple(pending), open_at=pending_open, close_at=None))
                pending, pending_open = [], None
        quotes.extend(found)
        if open_mark is not None and open_index is not None:
            pending = [(paragraph, open_index + 1, len(text))]
            pending_open = (paragraph, open_index)
            pending_mark = open_mark
    if pending and pending_open is not None:
        quotes.append(_Raw(parts=tuple(pending), open_at=pending_open, close_at=None))
    return quotes


# --------------------------------------------------------------------------- #
# Words, cues and speakers.
# --------------------------------------------------------------------------- #


class _Word(NamedTuple):
    start: int
    end: int
    folded: str


_TOKENS: dict[int, tuple[str, list[_Word], list[int]]] = {}


def _words(text: str, start: int, end: int) -> list[_Word]:
    """The words lying wholly in ``text[start:end]``; each paragraph is tokenised once."""
    cached = _TOKENS.get(id(text))
    if cached is None or cached[0] is not text:
        if len(_TOKENS) > 256:
            _TOKENS.clear()
        words = [_Word(m.start(), m.end(), _fold(m.group())) for m in _TOKEN.finditer(text)]
        cached = (text, words, [word.start for word in words])
        _TOKENS[id(text)] = cached
    _, words, starts = cached
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    while last > first and words[last - 1].end > end:
        last -= 1
    return words[first:last]


def _cue_at(words: Sequence[_Word], index: int, table: CueTable, kinds: tuple[str, ...]) -> tuple[str, int] | None:
    """The cue of one of ``kinds`` starting at ``words[index]``: (kind, number of words)."""
    first = words[index].folded
    for kind in kinds:
        for phrase in table.phrases(kind).get(first, ()):
            if tuple(word.folded for word in words[index : index + len(phrase)]) == phrase:
                return kind, len(phrase)
    return None


def _gap_is_space(text: str, left: _Word, right: _Word) -> bool:
    gap = text[left.end : right.start]
    if gap.strip() in ("", "'", "’"):
        return True  # a space, or a possessive: "the analysts' report"
    # An abbreviation or an initial keeps a name going: "Mr. Smith", "Agus P. Wijoyo".
    return gap.strip() == "." and (left.folded in _TITLES or (left.end - left.start == 1 and left.folded.isalpha()))


def _looks_like_speaker(text: str, words: Sequence[_Word], table: CueTable) -> bool:
    if len(words) == 1 and table.is_pronoun(words[0].folded):
        return True
    if any(text[word.start].isupper() for word in words):
        return True
    return words[0].folded in _DETERMINERS and len(words) >= 2


def _speaker_after(text: str, position: int, table: CueTable) -> tuple[int, int] | None:
    """The speaker's name starting at ``position``: up to punctuation, a stop word or a verb."""
    words = _words(text, position, min(len(text), position + _WINDOW_AFTER))
    if not words or text[position : words[0].start].strip():
        return None
    taken: list[_Word] = []
    for word in words[:_MAX_SPEAKER_WORDS]:
        if taken and not _gap_is_space(text, taken[-1], word):
            break
        if word.folded in table.stop_words or table.is_verb(word.folded):
            break
        if taken and table.is_pronoun(taken[0].folded):
            break
        taken.append(word)
    if not taken or not _looks_like_speaker(text, taken, table):
        return None
    return taken[0].start, taken[-1].end


def _speaker_before(text: str, end: int, table: CueTable, *, whole: int | None = None) -> tuple[int, int] | None:
    """The speaker's name ending at ``end`` (just before a cue).

    With ``whole`` (a start index), everything from there to ``end`` must be
    the name (``"…," the Kremlin said``).
    """
    start = max(0, end - _WINDOW_BEFORE) if whole is None else whole
    words = _words(text, start, end)
    if whole is not None:
        if not words or text[whole : words[0].start].strip() or text[words[-1].end : end].strip():
            return None
        if len(words) > _MAX_SPEAKER_WORDS:
            return None
        if any(not _gap_is_space(text, a, b) for a, b in itertools.pairwise(words)):
            return None
        if not _looks_like_speaker(text, words, table) and len(words) > 3:
            return None  # "…, analysts said." keeps a short lower-case subject
        return words[0].start, words[-1].end
    if not words or text[words[-1].end : end].strip():
        return None
    taken: list[_Word] = [words[-1]]
    for word in reversed(words[:-1]):
        if len(taken) >= _MAX_SPEAKER_WORDS or not _gap_is_space(text, word, taken[0]):
            break
        if text[word.start].isupper() or word.folded in _CONNECTORS or word.folded in _DETERMINERS:
            taken.insert(0, word)
        else:
            break
    if table.is_pronoun(taken[-1].folded):
        taken = [taken[-1]]
    while taken and taken[0].folded in _CONNECTORS and not text[taken[0].start].isupper():
        taken.pop(0)
    if len(taken) == 1 and not text[taken[0].start].isupper() and not table.is_pronoun(taken[0].folded):
        # "the minister said": a lower-case noun after a determiner.
        index = words.index(taken[0])
        if index > 0 and words[index - 1].folded in _DETERMINERS and _gap_is_space(text, words[index - 1], taken[0]):
            taken.insert(0, words[index - 1])
    if taken and not _looks_like_speaker(text, taken, table):
        # "The finance minister said": lower-case nouns back to a determiner.
        index = words.index(taken[0])
        for back in range(index - 1, max(-1, index - 4), -1):
            if not _gap_is_space(text, words[back], words[back + 1]):
                break
            if words[back].folded in _DETERMINERS:
                taken = list(words[back : words.index(taken[-1]) + 1])
                break
    if not taken or not _looks_like_speaker(text, taken, table):
        return None
    return taken[0].start, taken[-1].end


_LEAD_PUNCT = re.compile(r"[ \t\u00a0\u202f]*[,.!?;:…]?[ \t\u00a0\u202f]*(?:(?:—|–|--|-)[ \t\u00a0\u202f]*)?")
_FRAME_END = re.compile(r"[^.!?;\n“”\"«»„]{0,80}?[.!?]|[^.!?;\n“”\"«»„]{0,80}?$")


def _after_quote(text: str, close: int, table: CueTable) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Speaker and cue right after a closing mark: ``," kata X``, ``," X said``, ``," ujarnya``."""
    lead = _LEAD_PUNCT.match(text, close + 1)
    assert lead is not None
    position = lead.end()
    if position - (close + 1) > 6:
        return None
    words = _words(text, position, min(len(text), position + _WINDOW_AFTER))
    if not words or text[position : words[0].start].strip():
        return None
    first = words[0]
    suffix = table.clitic(first.folded)
    if suffix:
        return (first.end - suffix, first.end), (first.start, first.end)
    cue = _cue_at(words, 0, table, ("verbs", "quote_cues"))
    if cue is not None:
        cue_end = words[cue[1] - 1].end
        inverted = re.search(r"-(?:t-)?(il|elle|ils|elles|on)$", text[first.start : cue_end].split(maxsplit=1)[0])
        if inverted:
            return (first.start + inverted.start(1), first.start + inverted.end(1)), (first.start, cue_end)
        speaker = _speaker_after(text, cue_end, table)
        if speaker is not None:
            return speaker, (first.start, cue_end)
        return None
    for index in range(1, min(len(words), _MAX_SPEAKER_WORDS + 1)):
        cue = _cue_at(words, index, table, ("verbs",))
        if cue is not None:
            speaker = _speaker_before(text, words[index].start, table, whole=position)
            if speaker is None:
                return None
            return speaker, (words[index].start, words[index + cue[1] - 1].end)
        if not _gap_is_space(text, words[index - 1], words[index]):
            return None
    return None


_PRE_TAIL = re.compile(r"[^.!?;\n“”\"«»„:]{0,60}?[ \t\u00a0\u202f]*[:,][ \t\u00a0\u202f]*$")


def _before_quote(
    text: str, open_at: int, table: CueTable, content: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Speaker and cue before an opening mark: ``X said: "…"``, ``X mengatakan, "…"``, ``menurut X, "…"``."""
    start = max(0, open_at - _WINDOW_BEFORE)
    words = _words(text, start, open_at)
    for index in range(len(words) - 1, max(-1, len(words) - 12), -1):
        cue = _cue_at(words, index, table, ("verbs", "prepositions"))
        if cue is None:
            continue
        cue_end = words[index + cue[1] - 1].end
        kind = cue[0]
        if kind == "prepositions":
            speaker = _speaker_after(text, cue_end, table)
            if speaker is None or not re.fullmatch(
                r"[ \t\u00a0\u202f]*[:,][ \t\u00a0\u202f]*", text[speaker[1] : open_at]
            ):
                return None
            return speaker, (words[index].start, cue_end)
        between = text[cue_end:open_at]
        if between.strip() and not _PRE_TAIL.fullmatch(text, cue_end, open_at):
            return None
        if not between.strip() and not _qualifies(content):
            return None  # 'he called it "classical Marxism"': a cue without a colon needs real speech
        speaker = _speaker_before(text, words[index].start, table)
        if speaker is None:
            return None
        return speaker, (words[index].start, cue_end)
    return None


def _qualifies(content: str) -> bool:
    """Long enough and not a title: scare quotes and names of works are not speech."""
    words = content.split()
    if len(words) < 4:
        return False
    letters = [word for word in words if word[:1].isalpha()]
    return not letters or not all(word[:1].isupper() for word in letters)


# --------------------------------------------------------------------------- #
# Indirect attribution.
# --------------------------------------------------------------------------- #

_MAX_CLAUSE = 2000  # a reported clause longer than this is not one clause
_SPACES = re.compile(r"\s*")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’»)]*(?=\s)")


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 4) : match.start()].split()
        last = before[-1].lower() if before else ""
        if last in _TITLES or (len(last) == 1 and last.isalpha()):
            continue
        following = _SPACES.match(text, match.end()).end()  # type: ignore[union-attr]
        if following < len(text):
            starts.append(following)
    return starts


def _indirect(paragraph: int, text: str, blocked: list[tuple[int, int]], table: CueTable) -> list[_Found]:
    """``…, menurut X.``, ``…, kata X.``, ``…, X said.``, ``…, tambahnya.``, ``According to X, …``."""
    found: list[_Found] = []
    words = _words(text, 0, len(text))
    starts = _sentence_starts(text)
    start_set = set(starts)

    blocked_starts = [span[0] for span in blocked]
    blocked_ends = list(itertools.accumulate((span[1] for span in blocked), max))

    def inside_quote(start: int, end: int) -> bool:
        # Quote spans are sorted by start; a running maximum of their ends keeps this a bisection.
        index = bisect.bisect_left(blocked_starts, end) - 1
        return index >= 0 and blocked_ends[index] > start

    def content_before(comma: int) -> tuple[int, int, int] | None:
        begin = starts[bisect.bisect_right(starts, comma) - 1]
        if comma - begin > _MAX_CLAUSE:
            return None
        piece = text[begin:comma]
        stripped = piece.strip()
        if len(stripped.split()) < 3 or inside_quote(begin, comma + 1):
            return None
        offset = begin + (len(piece) - len(piece.lstrip()))
        return paragraph, offset, offset + len(stripped)

    def sentence_ends_at(position: int) -> bool:
        match = _FRAME_END.match(text, position)
        return match is not None and (match.end() == len(text) or text[match.end() - 1] in ".!?")

    for index, word in enumerate(words):
        before = text[max(0, word.start - 3) : word.start]
        after_comma = re.search(r",[ \t\u00a0\u202f]+$", before) is not None
        sentence_start = word.start in start_set
        if after_comma:
            comma = word.start - len(before) + before.index(",")
            suffix = table.clitic(word.folded)
            if suffix:
                if sentence_ends_at(word.end) and not text[word.end : word.end + 1].isalnum():
                    content = content_before(comma)
                    if content:
                        found.append(
                            _Found(
                                QuoteKind.INDIRECT,
                                (content,),
                                (paragraph, word.end - suffix, word.end),
                                (paragraph, word.start, word.end),
                            )
                        )
                continue
            cue = _cue_at(words, index, table, ("verbs", "prepositions"))
            if cue is not None:
                cue_end = words[index + cue[1] - 1].end
                speaker = _speaker_after(text, cue_end, table)
                if speaker is not None and sentence_ends_at(speaker[1]):
                    content = content_before(comma)
                    if content:
                        found.append(
                            _Found(
                                QuoteKind.INDIRECT, (content,), (paragraph, *speaker), (paragraph, word.start, cue_end)
                            )
                        )
                continue
            # ", the minister said."
            for ahead in range(index + 1, min(len(words), index + _MAX_SPEAKER_WORDS + 1)):
                cue = _cue_at(words, ahead, table, ("verbs",))
                if cue is None:
                    continue
                cue_end = words[ahead + cue[1] - 1].end
                speaker = _speaker_before(text, words[ahead].start, table, whole=word.start)
                if speaker is not None and re.match(r"[ \t\u00a0\u202f]*(?:[.!?]|$)", text[cue_end:]):
                    content = content_before(comma)
                    if content:
                        found.append(
                            _Found(
                                QuoteKind.INDIRECT,
                                (content,),
                                (paragraph, *speaker),
                                (paragraph, words[ahead].start, cue_end),
                            )
                        )
                break
        elif sentence_start:
            cue = _cue_at(words, index, table, ("prepositions",))
            if cue is None:
                continue
            cue_end = words[index + cue[1] - 1].end
            speaker = _speaker_after(text, cue_end, table)
            if speaker is None:
                continue
            separator = re.match(r"[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*", text[speaker[1] : speaker[1] + 20])
            if separator is not None:
                begin = speaker[1] + separator.end()
            else:
                # "Laut Polizei wurden …": the name is the capitalised run after the cue.
                named = _words(text, cue_end, speaker[1])
                kept = 0
                while kept < len(named) and (
                    text[named[kept].start].isupper() or (kept == 0 and named[0].folded in _DETERMINERS)
                ):
                    kept += 1
                if kept == 0 or (kept == len(named) and len(named) > 1 and False):
                    continue
                speaker = (named[0].start, named[kept - 1].end)
                begin = _SPACES.match(text, speaker[1]).end()  # type: ignore[union-attr]
            next_start = bisect.bisect_right(starts, begin)
            end = starts[next_start] if next_start < len(starts) else len(text)
            if end - begin > _MAX_CLAUSE:
                continue
            piece = text[begin:end].rstrip()
            if len(piece.split()) >= 3 and not inside_quote(word.start, end):
                found.append(
                    _Found(
                        QuoteKind.INDIRECT,
                        ((paragraph, begin, begin + len(piece)),),
                        (paragraph, *speaker),
                        (paragraph, word.start, cue_end),
                    )
                )
    return found


# --------------------------------------------------------------------------- #
# The whole extractor.
# --------------------------------------------------------------------------- #


def _trim(body: Sequence[str], part: tuple[int, int, int]) -> tuple[int, int, int] | None:
    paragraph, start, end = part
    piece = body[paragraph][start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    offset = start + len(piece) - len(piece.lstrip())
    return paragraph, offset, offset + len(stripped)


def find_quotes(body: Sequence[str], table: CueTable) -> tuple[AttributedQuote, ...]:
    """Every attributed quote in ``body``, in reading order."""
    _TOKENS.clear()
    raws = _pair_all(body)
    found: list[_Found] = []
    blocked: dict[int, list[tuple[int, int]]] = {}
    merged_into: dict[int, int] = {}
    for raw in raws:
        for paragraph, start, end in raw.parts:
            blocked.setdefault(paragraph, []).append((start - 1, end + 1))
    previous_attributed: tuple[int, _Found] | None = None  # paragraph of the last attributed direct quote
    for number, raw in enumerate(raws):
        if number in merged_into:
            continue
        parts = tuple(trimmed for part in raw.parts if (trimmed := _trim(body, part)) is not None)
        if not parts:
            continue
        content = " ".join(body[p][s:e] for p, s, e in parts)
        attribution = None
        end_of_attribution = None
        if raw.close_at is not None:
            close_paragraph, close_index = raw.close_at
            post = _after_quote(body[close_paragraph], close_index, table)
            if post is not None:
                attribution = ((close_paragraph, *post[0]), (close_paragraph, *post[1]))
                end_of_attribution = (close_paragraph, max(post[0][1], post[1][1]))
        if attribution is None:
            open_paragraph, open_index = raw.open_at
            pre = _before_quote(body[open_paragraph], open_index, table, content)
            if pre is not None:
                attribution = ((open_paragraph, *pre[0]), (open_paragraph, *pre[1]))
        if attribution is not None:
            # "…," X said, "…": the next quote continues this one.
            if end_of_attribution is not None and number + 1 < len(raws):
                follower = raws[number + 1]
                paragraph, position = end_of_attribution
                if follower.open_at[0] == paragraph and re.fullmatch(
                    r"[ \t\u00a0\u202f]*[,:][ \t\u00a0\u202f]*", body[paragraph][position : follower.open_at[1]]
                ):
                    merged_into[number + 1] = number
                    parts = parts + tuple(t for part in follower.parts if (t := _trim(body, part)) is not None)
            item = _Found(QuoteKind.DIRECT, parts, attribution[0], attribution[1])
            found.append(item)
            previous_attributed = (parts[-1][0], item)
            continue
        if not _qualifies(content):
            continue
        open_paragraph, open_index = raw.open_at
        starts_paragraph = _SPACES.match(body[open_paragraph]).end() >= open_index  # type: ignore[union-attr]
        if previous_attributed is not None and (
            previous_attributed[0] == open_paragraph
            or (starts_paragraph and previous_attributed[0] == open_paragraph - 1)
        ):
            found.append(_Found(QuoteKind.DIRECT, parts, None, None, inherit=True))
            previous_attributed = (parts[-1][0], previous_attributed[1])
        elif len(content.split()) >= 6:
            found.append(_Found(QuoteKind.DIRECT, parts, None, None))
    for paragraph, text in enumerate(body):
        found.extend(_indirect(paragraph, text, sorted(blocked.get(paragraph, [])), table))
    found.sort(key=lambda item: (item.parts[0][0], item.parts[0][1]))
    _TOKENS.clear()
    return tuple(_resolve(body, found, table))


def _span(body: Sequence[str], where: tuple[int, int, int]) -> Span:
    paragraph, start, end = where
    return Span(text=body[paragraph][start:end], paragraph=paragraph, offset=start)


def _resolve(body: Sequence[str], found: list[_Found], table: CueTable) -> list[AttributedQuote]:
    quotes: list[AttributedQuote] = []
    last_speaker: str | None = None
    for item in found:
        speaker = _span(body, item.speaker) if item.speaker else None
        resolved: str | None = None
        if speaker is not None and table.is_pronoun(speaker.text):
            resolved = last_speaker
        elif speaker is not None:
            last_speaker = speaker.text
        elif item.inherit:
            resolved = last_speaker
        quotes.append(
            AttributedQuote(
                kind=item.kind,
                parts=tuple(_span(body, part) for part in item.parts),
                speaker=speaker,
                resolved_speaker=resolved,
                cue=_span(body, item.cue) if item.cue else None,
            )
        )
    return quotes
