"""Quotation marks paired into quoted parts: a stack over a tolerant pair table, paragraph by paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsschema.text._lexicon import _MARKS, _is_letter

# Opener -> the marks that may close it (tolerant: sloppy pairs occur in scraped text).
_CLOSERS: dict[str, str] = {
    "“": '”"',
    "„": '“”"',
    "‚": "‘’",
    "«": '»"',
    "»": "«",
    "‹": "›",
    "›": "‹",  # German inside »…«: ›…‹
    "‘": "’'",
    '"': '"”“',
    "'": "'’",
    "「": "」",
    "『": "』",
    "”": "”",
}
# Marks that open only where an opener stands (space before, text after).
_POSITIONAL_OPENERS = frozenset("»›”\"'")
_MARK = re.compile("[" + re.escape("".join(sorted(_MARKS))) + "]")
_SINGLE = frozenset("'’‘‚‹›")
_CLOSING_FOLLOWERS = frozenset(",.;:!?)]}—–-…")
_MAX_DEPTH = 4


@attrs.frozen
class _Raw:
    """A paired quote: content parts (paragraph, start, end) and where its marks are."""

    parts: tuple[tuple[int, int, int], ...]
    open_at: tuple[int, int]
    close_at: tuple[int, int] | None  # None: runs to the end of its last paragraph


def _is_apostrophe(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if _is_letter(before) and _is_letter(after):
        return True  # we're, Jum'at
    if before.isspace() and text[index + 1 : index + 3] in ("s-", "t ") and text[index + 3 : index + 4].isalpha():
        return True  # Dutch: 's-Hertogenbosch, 't Hooft
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
    if (
        before is not None
        and before in "'’"
        and index >= 2
        and text[index - 2].isalpha()
        and after is not None
        and text[index] not in "”»›"  # 'dice ‘consultar precio’”': an inner quote closing, then the outer
    ):
        return True, False  # an elision opens: "qu'« aucune fermeture »", "d’« un chantage »"
    return opening, closing


def _pair(
    paragraph: int, text: str, carried: str | None, carried_from: int = -1, *, inside: str = ""
) -> tuple[list[_Raw], str | None, int | None, bool]:
    """Pair the marks of one paragraph.

    ``carried`` is the mark of a quote left open by the previous paragraph
    when this paragraph does not re-open it: the first fitting closer ends it.
    ``carried_from`` is the continuation mark that opens the paragraph (Spanish
    and French ``»`` after a ``«`` left open), or -1.
    Returns the top-level quotes, the mark left open at the end (if any) with
    its index, and whether the carried quote was closed here. ``inside`` is the opening mark of the quote
    ``text`` is the content of, if any.
    """
    stack: list[tuple[str, int]] = [(carried, carried_from)] if carried else []
    found: list[_Raw] = []
    carried_closed = False
    for match in _MARK.finditer(text):
        index, char = match.start(), match.group()
        if index == carried_from or (char in "'’" and _is_apostrophe(text, index)):
            continue
        opening, closing = _positions(text, index)
        top = stack[-1] if stack else None
        if top is not None and char in _CLOSERS[top[0]] and (closing or not opening):
            stack.pop()
            if not stack:
                if carried and top[1] == carried_from:
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
            if char == "›" and inside != "»" and all(mark != "»" for mark, _ in stack):
                continue  # "›" opens only inside "»…«": "über einen ›Kipppunkt‹" outside one is a closer's twin
            if (char in _POSITIONAL_OPENERS and opening) or (char not in _POSITIONAL_OPENERS and not closing):
                stack.append((char, index))
                continue
        # A closer of a deeper opener: close it, dropping the unclosed inner ones.
        for depth in range(len(stack) - 2, -1, -1):
            if char in _CLOSERS[stack[depth][0]] and closing:
                mark, start = stack[depth]
                del stack[depth:]
                if not stack:
                    if carried and start == carried_from:
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
        # "«No es momento … / »Mañana seguirá …»": Spanish and French mark a quote going on with a "»".
        goes_on = bool(pending) and pending_mark == "«" and text[stripped : stripped + 1] == "»"
        reopens = stripped < len(text) and text[stripped] in _CLOSERS and not goes_on
        carried = pending_mark if pending and not reopens else None
        found, open_mark, open_index, carried_closed = _pair(paragraph, text, carried, stripped if goes_on else -1)
        if goes_on and not carried_closed:
            pending.append((paragraph, stripped + 1, len(text)))  # still open: it goes on in the next paragraph
            continue
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
