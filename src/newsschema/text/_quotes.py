"""Attributed quotes found in paragraphs: rule-based, multilingual, linear time.

Quotation marks are paired with a stack and a tolerant pair table; cues are
looked up word by word in a :class:`CueTable` (a set lookup, never a regex
alternation), inside windows of bounded size, so the work grows linearly with
the text.
"""

from __future__ import annotations

import bisect
import functools
import gc
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsschema.models import AttributedQuote, QuoteKind, Span
from newsschema.text._cues import (
    FEMININE_TITLE_ENDINGS,
    HONORIFIC_GENDER,
    ORGANISATION_WORDS,
    PRONOUN_GENDER,
    TITLE_SUFFIXES,
    TITLE_WORDS,
    CueTable,
)

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
_MARK = re.compile("[" + re.escape("".join(sorted(_MARKS))) + "]")
_SINGLE = frozenset("'’‘‚‹›")
_CLOSING_FOLLOWERS = frozenset(",.;:!?)]}—–-…")
_MAX_DEPTH = 4

_TOKEN = re.compile(r"[\w\u0300-\u036f]+(?:['’\-][\w\u0300-\u036f]+)*")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
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
        "dem",
        "den",
        "ein",
        "eine",
        "o",
        "os",
        "as",
        "un",
        "una",
        "unos",
        "unas",
        "une",
        "sang",
        "para",
        "seorang",
        "one",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "su",
        "sus",
        "sein",
        "seine",
        "ihr",
        "ihre",
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
        "hi",  # "Nurdin Hi. Usman": Haji in names from Maluku
        "hj",
        "dt",
        "ir",
        "drs",
        "dra",
        "kh",
        "rev",
        "fr",
        "msgr",
    ]
)
_WINDOW_AFTER = 160
_WINDOW_BEFORE = 200
_MAX_SPEAKER_WORDS = 10
_MAX_APPOSITION = 160  # "Wendt, who heads the Bundesbank's economics department, said"
# 'called it "X"', 'menyebut … sebagai "X"': a name given, not words said.
_NAMING = frozenset(
    """as sebagai como comme als dubbed named bernama dijuluki disebut istilah
    such so-called sogenannte sogenannten sogenannter dite dits llamado llamada""".split()  # noqa: SIM905
)
_GENDER_LOOKBACK = 8  # people introduced before a gendered pronoun that it may skip
# 'Ferreira called the ruling "a first, important step"': the caller's words, when a caller is named.
_CALLING = frozenset(
    """called calls described termed dismissed branded labelled labeled calificó definió tachó qualifié
    nannte bezeichnete""".split()  # noqa: SIM905
)
# Prepositions that may open a sentence before a name: "Für Hüttenwartin Nadia … endet eine Ära" (not stop
# words, since bodies hold them: "Dienststelle für Naturgefahren").
_OPENING_PREPOSITIONS = frozenset("für über unter gegen zum zur for with para pour avec con untuk bagi".split())  # noqa: SIM905
_QUANTIFIERS = frozenset(
    """viele einige alle manche mehrere beide many some several all most muchos muchas varios varias algunos algunas
    todos todas plusieurs certains certaines tous toutes banyak beberapa semua sejumlah""".split()  # noqa: SIM905
)  # "Viele Familien wüssten nicht": a crowd, no one named
_COMPASS = frozenset(
    "barat timur utara selatan tengah west east north south central nord sud est ouest norte sur oeste".split()  # noqa: SIM905
)  # a region after a place and a comma: "Lombok Timur, Nusa Tenggara Barat", "Brebes, Central Java"
# Prepositions of place and time: a name right after one is where or when, not who.
_PLACE_PREPOSITIONS = frozenset(
    "di ke dari asal in at from en à au aux dans im am aus bei nach desde".split()  # noqa: SIM905
)
_NAME_PARTICLES = frozenset(["de", "van", "von", "da", "del", "di", "du", "ter", "ten", "dos", "das"])
_RELATIVES = frozenset(["who", "qui", "quien", "quienes", "que", "der", "die", "yang"])  # "X, who …, loaded"
_ADVERBS = frozenset(
    """earlier later also again previously however then further still too
    juga pun lagi pula sebelumnya kemudian auch zudem ebenfalls bereits dann
    también además luego aussi également""".split()  # noqa: SIM905
)
_SUBORDINATORS = frozenset(
    """unless if because when while although though whereas since until whether that which who
    bahwa karena jika kalau apabila ketika sementara meski walaupun hingga sampai
    weil wenn dass ob obwohl während porque si cuando aunque mientras que parce quand lorsque given what""".split()  # noqa: SIM905
)
_AND = frozenset(["and", "und", "dan", "y", "et", "e"])
_INDEFINITE = frozenset(["a", "an", "un", "une", "ein", "eine", "seorang", "salah"])


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
    null_subject: bool = False  # "…", lamentó: the speaker is the person last introduced
    in_paragraph: bool = False  # no cue, after the paragraph's subject: 'X verwies auf … „…“'


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


def _is_letter(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char) == "Mn"


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
    if before is not None and before in "'’" and index >= 2 and text[index - 2].isalpha() and after is not None:
        return True, False  # an elision opens: "qu'« aucune fermeture »", "d’« un chantage »"
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
    for match in _MARK.finditer(text):
        index, char = match.start(), match.group()
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


class _Tokens(NamedTuple):
    """One paragraph tokenised: its words, their starts, and the indices of capitalised words."""

    text: str
    words: list[_Word]
    starts: list[int]
    capitalised: list[int]


_TOKENS: dict[int, _Tokens] = {}
_NFC = functools.partial(unicodedata.normalize, "NFC")
_MAKE_WORD = functools.partial(tuple.__new__, _Word)


def _tokenise(text: str) -> _Tokens:
    """Words with their offsets, built by C-level maps (no Python frame per word: 5 MB inputs have millions)."""
    pieces = _TOKEN_SPLIT.split(text)  # gap, word, gap, word, …, gap
    bounds = list(itertools.accumulate(map(len, pieces)))
    starts = bounds[0 : len(bounds) - 1 : 2]
    ends = bounds[1::2]
    tokens = pieces[1::2]
    folded = list(map(str.lower, tokens if text.isascii() else map(_NFC, tokens)))
    words: list[_Word] = list(map(_MAKE_WORD, zip(starts, ends, folded, strict=True)))
    capitalised = list(itertools.compress(range(len(words)), map(str.isupper, map(text.__getitem__, starts))))
    return _Tokens(text, words, starts, capitalised)


_TOKENS_HELD = [0]  # words held in _TOKENS: the cache is bounded by words, not paragraphs
_MAX_TOKENS_HELD = 400_000  # about 50 MB of word tuples; a 1 MB article of 3,000 paragraphs fits whole


def _tokens(text: str) -> _Tokens:
    """The tokens of ``text``; each paragraph is tokenised once per extraction (within a bound on memory)."""
    cached = _TOKENS.get(id(text))
    if cached is None or cached.text is not text:
        cached = _tokenise(text)
        if _TOKENS_HELD[0] + len(cached.words) > _MAX_TOKENS_HELD:
            _clear_tokens()
        _TOKENS[id(text)] = cached
        _TOKENS_HELD[0] += len(cached.words)
    return cached


def _clear_tokens() -> None:
    _TOKENS.clear()
    _TOKENS_HELD[0] = 0


def _words(text: str, start: int, end: int) -> list[_Word]:
    """The words lying wholly in ``text[start:end]``."""
    _, words, starts, _ = _tokens(text)
    if start <= 0 and end >= len(text):
        return words
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


def _could_be_a_speaker(text: str, speaker: tuple[int, int], table: CueTable) -> bool:
    """Whether words after a cue may name who: no stop word first, no figure (``menyampaikan hingga … 8.940``)."""
    words = _words(text, *speaker)
    return bool(words) and words[0].folded not in table.stop_words and not any(w.folded.isdigit() for w in words)


def _speaker_after(text: str, position: int, table: CueTable) -> tuple[int, int] | None:
    """The speaker's name starting at ``position``: up to punctuation, a stop word or a verb."""
    words = _words(text, position, min(len(text), position + _WINDOW_AFTER))
    if not words or text[position : words[0].start].strip():
        return None
    if words[0].folded in _BUT:
        return None  # '« ouvert au dialogue » mais a jugé': a second clause, not a speaker
    skipped = 0
    while skipped < min(2, len(words) - 1) and (
        words[skipped].folded in _TIME_WORDS or words[skipped].folded in _PARTS_OF_DAY
    ):
        skipped += 1  # "a indiqué jeudi matin le bourgmestre …": when, then who
    if skipped and _gap_is_space(text, words[skipped - 1], words[skipped]):
        words = words[skipped:]
    taken: list[_Word] = []
    for word in words[: _MAX_SPEAKER_WORDS + 4]:
        if len(taken) >= _MAX_SPEAKER_WORDS and not _is_title(taken[0].folded):
            break  # an official title with its body and a name may run longer than a name alone
        if taken and not _gap_is_space(text, taken[-1], word):
            if not _inside_a_title(text, taken, word):
                break
            if word.folded in _AND:
                taken.append(word)  # "Hewan, Ikan, dan Tumbuhan"
                continue
        if _joins_a_title(text, taken, words, words.index(word)):
            taken.append(word)  # "Natural Resources and Environmental Sustainability Minister …"
            continue
        if word.folded in table.stop_words or table.is_verb(word.folded):
            break
        if taken and table.is_pronoun(taken[0].folded):
            break
        if taken and taken[0].folded in _ROMANCE_ARTICLES and word.folded in ("a", "à", "al", "aux"):
            break  # "ha declarado el letrado a Europa Press": to whom, not who
        if taken and _name_ends_before(text, taken, words, words.index(word)):
            break  # "kata Anindya membacakan tuntutan": a lower-case word after a name is the next clause
        if (
            taken
            and word.folded in _DETERMINERS
            and taken[-1].folded not in _CONNECTORS
            and text[taken[-1].start].isupper()
            and not _is_title(taken[-1].folded)  # "der Vorsitzende der Gewerkschaft": the title's complement
            and not _particle_of_name(text, word)  # "Yann Le Goff"
        ):
            break  # "Ortlieb der Deutschen Presse-Agentur": the name ended, an object begins
        taken.append(word)
    while len(taken) > 1 and taken[-1].folded in _CONNECTORS and not text[taken[-1].start].isupper():
        taken.pop()  # "le porte-parole de"
    if not taken or not _looks_like_speaker(text, taken, table):
        return None
    end = taken[-1].end
    if _is_description(text, taken):
        end = _apposed_name(text, end) or end  # "el consejero de Acción Climática, Jordi Vallverdú"
    return taken[0].start, end


_LIST_IN_NAME = re.compile(r",[ \t\u00a0\u202f]+(?:[A-Z]\w*,[ \t\u00a0\u202f]+)*(?:dan|and|y|und|et)[ \t]+[A-Z]")


def _inside_a_title(text: str, taken: Sequence[_Word], word: _Word) -> bool:
    """Punctuation that an official title goes on across, after a title word.

    A bracketed short form (``Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Demak``) and a list of
    names inside a body (``Balai Karantina Hewan, Ikan, dan Tumbuhan``).
    """
    if not _is_title(taken[0].folded) or not text[taken[-1].start].isupper():
        return False
    gap = text[taken[-1].end : word.start]
    if gap.strip() == "(" and text[word.start : word.end].isupper() and text[word.end : word.end + 1] == ")":
        return True
    if gap.strip() == ")" and text[taken[-1].start : taken[-1].end].isupper() and text[word.start].isupper():
        return True
    if gap.strip() != ",":
        return False
    if word.folded in _AND:
        return True  # the list goes on: "…, Ikan, dan Tumbuhan"
    return text[word.start].isupper() and _LIST_IN_NAME.match(text, taken[-1].end) is not None


def _joins_a_title(text: str, taken: Sequence[_Word], words: Sequence[_Word], index: int) -> bool:
    """An ``and`` between capitalised words of a title: ``Pusat Gempa Bumi dan Tsunami``, ``Resources and Energy``."""
    word = words[index]
    if word.folded not in _AND or not taken or index + 1 >= len(words):
        return False
    following = words[index + 1]
    return (
        text[taken[-1].start].isupper()
        and text[following.start].isupper()
        and _gap_is_space(text, taken[-1], word)
        and _gap_is_space(text, word, following)
        and any(_is_title(w.folded) or _is_organisation(w.folded) for w in (*taken, *words[index + 1 : index + 6]))
    )


def _particle_of_name(text: str, word: _Word) -> bool:
    """A capitalised ``Le``/``La`` inside a surname: ``Yann Le Goff``, ``Marine La Rocca``."""
    return word.folded in ("le", "la") and text[word.start].isupper()


def _name_ends_before(text: str, taken: Sequence[_Word], words: Sequence[_Word], index: int) -> bool:
    """Whether a name (not a title or description) ends before the lower-case ``words[index]``.

    Lower-case words that lead to another capitalised word are a title inside the speaker
    (``Cal Fire battalion chief Renata Salgado``).
    """
    first, word = taken[0], words[index]
    if not text[first.start].isupper() or first.folded in _DETERMINERS or _is_title(first.folded):
        return False
    if text[word.start].isupper() or word.folded in _CONNECTORS or word.folded in _DETERMINERS:
        return False
    for ahead in range(index + 1, min(len(words), index + 3)):
        if not _gap_is_space(text, words[ahead - 1], words[ahead]) or words[ahead].folded in _DETERMINERS:
            return True  # "Lautenschlager unter dem Applaus": a preposition and its object
        if text[words[ahead].start].isupper():
            return False
    return True


def _is_title(folded: str) -> bool:
    return folded in TITLE_WORDS or folded.endswith(TITLE_SUFFIXES)


def _is_description(text: str, words: Sequence[_Word]) -> bool:
    """A speaker that is (or starts with) a title or a common noun rather than a name."""
    first = words[0]
    return first.folded in _DETERMINERS or not text[first.start].isupper() or any(_is_title(w.folded) for w in words)


_NAME_AFTER_COMMA = re.compile(r",[ \t\u00a0\u202f]+")


def _apposed_name(text: str, end: int) -> int | None:
    """The end of a name apposed to a description ending at ``end``: ``…, Laura Cruz Méndez``."""
    comma = _NAME_AFTER_COMMA.match(text, end)
    if comma is None:
        return None
    words = _words(text, comma.end(), min(len(text), comma.end() + 80))
    if not words or words[0].start != comma.end() or not text[words[0].start].isupper():
        return None
    taken = [words[0]]
    for word in words[1:6]:
        if not _gap_is_space(text, taken[-1], word):
            break
        if not text[word.start].isupper() and word.folded not in _CONNECTORS:
            break
        taken.append(word)
    while taken and not text[taken[-1].start].isupper():
        taken.pop()
    after = text[taken[-1].end : taken[-1].end + 1]
    if after not in ("", ",", ".", ";", "!", "?", " ", "\n", "\r", "\u00a0", "—"):
        return None
    return taken[-1].end


_SHORT_FORM_BEFORE = re.compile(r"[ \t\u00a0\u202f]*\([A-Z][A-Za-z0-9&.-]{1,11}\)[ \t\u00a0\u202f]*$")


def _speaker_before(text: str, end: int, table: CueTable, *, whole: int | None = None) -> tuple[int, int] | None:
    """The speaker's name ending at ``end`` (just before a cue).

    With ``whole`` (a start index), everything from there to ``end`` must be
    the name (``"…," the Kremlin said``).
    """
    start = max(0, end - _WINDOW_BEFORE) if whole is None else whole
    if whole is None:
        short_form = _SHORT_FORM_BEFORE.search(text, start, end)
        if short_form is not None:
            end = short_form.start()  # "The Monetary Authority of Singapore (MAS) said"
    words = _words(text, start, end)
    if whole is not None:
        if not words or text[whole : words[0].start].strip() or text[words[-1].end : end].strip():
            return None
        if any(not _gap_is_space(text, a, b) for a, b in itertools.pairwise(words)):
            return None
        if len(words) > _MAX_SPEAKER_WORDS:
            # "…," head of the Brebes Agriculture and Food Security Office Nurhayati Wibisono said: the name.
            for size in (3, 2):
                name = words[-size:]
                if _is_person_name(text, name):
                    return name[0].start, name[-1].end
            return None
        if not _looks_like_speaker(text, words, table) and len(words) > 3:
            return None  # "…, analysts said." keeps a short lower-case subject
        particle = words[0].folded in _NAME_PARTICLES and len(words) > 1 and text[words[1].start].isupper()
        if (
            words[0].folded not in _DETERMINERS
            and not particle  # '"…," de Wit said'
            and (
                words[0].folded in table.stop_words
                or words[0].folded in _CONNECTORS
                or words[0].folded in _BUT
                or words[0].folded in _SUBORDINATORS
            )
        ):
            return None  # '"…" and said', '"…" unless members agreed': a conjunction is no speaker
        return words[0].start, words[-1].end
    if not words or text[words[-1].end : end].strip():
        return None
    if len(words) > 1 and words[-1].folded in _ADVERBS and _gap_is_space(text, words[-2], words[-1]):
        words = words[:-1]  # "Agriculture Minister Bambang Wiratmoko earlier called", "pengelola juga"
    if len(words) > 1 and words[-1].folded in _BEFORE_PARTICIPLE and _gap_is_space(text, words[-2], words[-1]):
        words = words[:-1]  # "Le ministre … s'est dit", "Sie hat gesagt": the subject precedes the auxiliary
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
    placed_at = words.index(taken[0]) - 1
    if (
        placed_at >= 1
        and words[placed_at].folded in ("in", "from", "di", "aus", "en", "à")
        and text[words[placed_at - 1].start].isupper()
        and _gap_is_space(text, words[placed_at - 1], words[placed_at])
    ):
        # "Judge Miriam Castellanos in Washington wrote": the place is where, the name before it is who.
        named = _speaker_before(text, words[placed_at].start, table)
        if named is not None and _is_person_name(text, _words(text, *named)[-2:]):
            return named
    while taken and (
        (taken[0].folded in _CONNECTORS and not text[taken[0].start].isupper())
        or (len(taken) > 1 and (taken[0].folded in _BUT or taken[0].folded in _AND))
    ):
        taken.pop(0)  # "But the charity claimed": the conjunction opens the sentence, the subject follows
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
    index = words.index(taken[0])
    if taken[0].folded in _DETERMINERS:
        index = _head_of_genitive(text, words, index)
        taken = list(words[index : words.index(taken[-1]) + 1])
    if (
        index > 0
        and taken[0].folded in _DETERMINERS
        and words[index - 1].folded in _FRAME_PREPOSITIONS
        and _gap_is_space(text, words[index - 1], taken[0])
    ):
        return None  # "said in a statement posted online": the frame, not who
    return taken[0].start, taken[-1].end


def _is_frame(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a phrase of place or time: ``dalam konferensi pers``, ``Rabu (11/2/2026)``."""
    words = _words(text, start, end)
    if not words or len(words) > 8:
        return False
    first = words[0].folded
    return first in _FRAME_PREPOSITIONS or (first in _TIME_WORDS and all(word.folded.isdigit() for word in words[1:]))


_PARTY_TAG = re.compile(r"[ \t\u00a0\u202f]*[DRI]-[A-Z][A-Za-z.]{1,12}[ \t\u00a0\u202f]*")  # "R-Okla."
_OF = frozenset(["of", "de", "del", "du", "des", "dari"])


def _head_of_genitive(text: str, words: Sequence[_Word], determiner: int) -> int:
    """Where a description starts that ends in ``words[determiner:]``: ``el sistema de aguas de [la capital]``."""
    start = determiner
    while start >= 2 and words[start - 1].folded in _OF and _gap_is_space(text, words[start - 1], words[start]):
        for back in range(start - 2, max(-1, start - 7), -1):
            capital = text[words[back].start].isupper() and words[back].folded not in _DETERMINERS
            if capital or not _gap_is_space(text, words[back], words[back + 1]):
                return start  # a name or punctuation: the genitive is a complement, not the description's
            if words[back].folded in _DETERMINERS:
                start = back
                break
        else:
            return start
    return start


_LEAD_PUNCT = re.compile(r"[ \t\u00a0\u202f]*[,.!?;:…]?[ \t\u00a0\u202f]*(?:(?:—|–|--|-)[ \t\u00a0\u202f]*)?")
_FRAME_END = re.compile(r"[^.!?;\n“”\"«»„]{0,160}?[.!?]|[^.!?;\n“”\"«»„]{0,160}?$")  # a long apposition may follow


def _after_quote(text: str, close: int, table: CueTable) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """Speaker and cue right after a closing mark, unless a new sentence with its own report starts there."""
    found = _attribution_after(text, close, table)
    if found is None or not _sentence_closed(text, close):
        return found
    speaker, cue = found
    words = _words(text, close + 1, min(len(text), close + 1 + _WINDOW_AFTER))
    end = max(cue[1], speaker[1] if speaker is not None else 0)
    if words and text[words[0].start].isupper() and _REPORT_FOLLOWS.match(text, end):
        # '„… Gericht.“ Die Staatssekretärin betonte, das Land …': that cue reports the next sentence.
        return None
    return found


_REPORT_FOLLOWS = re.compile(
    r"[ \t\u00a0\u202f]*,|[ \t\u00a0\u202f]+(?:that|dass|que|qu['’]|bahwa|it|he|she|they|its|his|her|their)\b"
)  # '"…". The tribunal said it found …': that cue reports the next sentence


def _sentence_closed(text: str, close: int) -> bool:
    """Whether the quoted words end a sentence: ``….“`` or ``“.`` before what follows."""
    inside = text[max(0, close - 3) : close].rstrip()
    outside = text[close + 1 : close + 3].lstrip()
    return inside[-1:] in (".", "!", "?") or outside[:1] in (".", "!", "?")


def _attribution_after(text: str, close: int, table: CueTable) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """Speaker and cue right after a closing mark: ``," kata X``, ``," X said``, ``," ujarnya``.

    The speaker is ``None`` for a cue with no subject (Spanish ``", lamentó.``).
    """
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
        inverted = _INVERSION.search(text[first.start : cue_end].split(maxsplit=1)[0])
        if inverted:
            return (first.start + inverted.start(1), first.start + inverted.end(1)), (first.start, cue_end)
        subject_at = _past_addressee(text, cue_end)
        speaker = _speaker_after(text, subject_at, table) or _speaker_after_frame(text, subject_at, table)
        if speaker is not None:
            return speaker, (first.start, cue_end)
        if cue[0] == "verbs" and _clause_ends_plainly(text, cue_end):
            return None, (first.start, cue_end)
        return None
    for index in range(1, min(len(words), _MAX_SPEAKER_WORDS + 7)):  # a long title may precede the name
        cue = _cue_at(words, index, table, ("verbs",))
        if cue is not None:
            speaker = _speaker_before(text, words[index].start, table, whole=position)
            if speaker is None:
                return None
            return speaker, (words[index].start, words[index + cue[1] - 1].end)
        if not _gap_is_space(text, words[index - 1], words[index]):
            return _apposition_cue(text, words, index, table)
    return None


_ADDRESSEE = re.compile(
    r"[ \t\u00a0\u202f]+(?:a|à|al|aux)[ \t\u00a0\u202f]+"
    r"(?:(?:l['’])?[A-ZÀ-Ý][\w.-]*(?:[ \t\u00a0\u202f]+[A-ZÀ-Ý][\w.-]*){0,2}"  # "a EFE", "à l'AFP"
    r"|(?:la|los|las|les|este|esta)[ \t\u00a0\u202f]+(?:prensa|periodistas|medios|presse|journalistes|diario))"
    r"(?=[ \t\u00a0\u202f]+(?:el|la|los|las|le|les|l['’])\b)"
)


def _past_addressee(text: str, cue_end: int) -> int:
    """Where the subject starts after a cue and its addressee: ``ha declarado a EFE el presidente …``."""
    addressee = _ADDRESSEE.match(text, cue_end)
    return addressee.end() if addressee is not None else cue_end


def _speaker_after_frame(text: str, cue_end: int, table: CueTable) -> tuple[int, int] | None:
    """A speaker after a short lower-case frame: ``dijo en conferencia de prensa la coordinadora …``."""
    words = _words(text, cue_end, min(len(text), cue_end + _WINDOW_AFTER))
    if not words or words[0].folded not in table.stop_words:
        return None  # the frame is a prepositional phrase: "à l'AFP", "en conferencia de prensa"
    previous_end = cue_end
    for word in words[:6]:
        if text[previous_end : word.start].strip():
            return None
        after = words.index(word) + 1
        if word.folded in ("a", "à") and after < len(words) and words[after].folded in _DETERMINERS:
            previous_end = word.end  # "en declaraciones a los periodistas": a preposition, then its object
            continue
        if text[word.start].isupper() or word.folded in _DETERMINERS:
            if previous_end == cue_end:
                return None
            if previous_end == words[0].end and not text[word.start].isupper():
                previous_end = word.end  # "afirmó en la sala de prensa": the preposition's own article
                continue
            speaker = _speaker_after(text, word.start, table)
            if speaker is None or text[speaker[1] : speaker[1] + 1] not in ("", ",", ".", ";"):
                return None
            return speaker
        if table.is_verb(word.folded) or table.clitic(word.folded):
            return None
        previous_end = word.end
    return None


_PLAIN_CLAUSE_END = re.compile(r"[^.!?;\n“”\"«»„,]{0,80}?(?:[.!?,;]|$)")


def _clause_ends_plainly(text: str, position: int) -> bool:
    """Nothing but lower-case words up to the end of the clause (a cue with a dropped subject).

    A capitalised word after an article is a place or a body in a frame (``a las puertas de la Audiencia``).
    """
    match = _PLAIN_CLAUSE_END.match(text, position)
    if match is None:
        return False
    words = _words(text, position, match.end())
    return not any(
        text[word.start].isupper() and (index == 0 or words[index - 1].folded not in _DETERMINERS)
        for index, word in enumerate(words)
    )


def _apposition_cue(
    text: str, words: Sequence[_Word], index: int, table: CueTable
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``"…," Tri Wahyudi, director general …, told reporters``: the name, an apposition, then the cue."""
    name = words[:index]
    if not _COMMA_SPACE.fullmatch(text, name[-1].end, words[index].start):
        return None
    described = not all(text[word.start].isupper() or word.folded in _CONNECTORS for word in name)
    named_last = len(name) >= 3 and _is_person_name(text, name[-2:])  # "Brazilian actor Tiago Ferraz, …, said"
    if described and not (any(_is_title(word.folded) for word in name) or name[0].folded in _DETERMINERS or named_last):
        return None
    found = _cue_closing_apposition(text, words, index, table, stops="!?;")
    if found is None:
        return None
    ahead, cue = found
    cue_span = (words[ahead].start, words[ahead + cue[1] - 1].end)
    if described:
        # '"…," head of the Bali Tourism Office, I Gusti Ngurah Putra, said': the name follows the title.
        apposed = words[index:ahead]
        if 1 <= len(apposed) <= 6 and all(text[w.start].isupper() or w.folded in _CONNECTORS for w in apposed):
            return (name[0].start, apposed[-1].end), cue_span
        if named_last:
            return (name[0].start, name[-1].end), cue_span  # '"…," lead author Mathilde Roux, a glaciologist …, told'
        return None
    return (name[0].start, name[-1].end), cue_span


def _cue_closing_apposition(
    text: str, words: Sequence[_Word], after: int, table: CueTable, *, stops: str
) -> tuple[int, tuple[str, int]] | None:
    """The first verb cue after a comma within an apposition that opens at ``words[after]``: (its index, the cue).

    The apposition ends at a quotation mark, a sentence end, one of ``stops`` or ``_MAX_APPOSITION`` characters.
    """
    limit = words[after - 1].end + _MAX_APPOSITION
    for ahead in range(after + 1, len(words)):
        word = words[ahead]
        if word.start > limit:
            return None
        gap = text[words[ahead - 1].end : word.start]
        if any(char in _MARKS or char in stops for char in gap) or (
            "." in gap and not _gap_is_space(text, words[ahead - 1], word)
        ):
            return None
        if gap.strip() == ",":
            cue = _cue_at(words, ahead, table, ("verbs",))
            if cue is not None:
                return ahead, cue
    return None


_PRE_TAIL = re.compile(r"[^.!?;\n“”\"«»„:]{0,60}?[ \t\u00a0\u202f]*[:,][ \t\u00a0\u202f]*$")


def _before_quote(
    text: str, open_at: int, table: CueTable, content: str
) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
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
            if (
                speaker is None
                or _not_a_source(text, words[index], speaker)
                or not re.fullmatch(r"[ \t\u00a0\u202f]*[:,][ \t\u00a0\u202f]*", text[speaker[1] : open_at])
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
        if index > 0 and words[index - 1].start == speaker[0] and words[index - 1].folded in table.prepositions:
            return None, (words[index].start, cue_end)  # "Según dijo, “…”": as the one just named said
        return speaker, (words[index].start, cue_end)
    return None


_NAME_OF = frozenset(["du", "del", "des", "of", "the", "le", "la", "el"])


_AS = frozenset(["as", "als", "como", "comme", "sebagai"])
_JUDGING = frozenset(["menyebut", "menyebutnya", "menilai", "considered", "regards", "regarded", "considère"])


def _judged_as(text: str, sentence: int, before_mark: Sequence[_Word], content: str) -> bool:
    """``bezeichnete den Streik als „…“``, ``menyebut langkah itu sebagai “…”``: a judgement in the subject's words."""
    if before_mark[-1].folded not in _AS:
        return False
    before = _words(text, sentence, before_mark[-1].start)
    if any(word.folded in _CALLING for word in before):
        return True  # "bezeichnete den Streik als „völlig unverhältnismäßig“"
    # "menyebut langkah itu sebagai “angin segar …”", but 'menyebut jalan itu sebagai "jalur maut"' names it
    return any(word.folded in _JUDGING for word in before) and len(content.split()) >= 3


def _is_a_name(content: str) -> bool:
    """One capitalised word: after ``du``, ``of the``, a ship's, a product's or a place's name."""
    words = content.split()
    return len(words) == 1 and words[0][:1].isupper()


def _is_a_title(content: str) -> bool:
    """Two words or more, every one capitalised: the name of a work, a programme or a slogan (``Grown Here,
    Served Here``), not words someone said."""
    words = [word for word in content.split() if word[:1].isalpha() and word.lower() not in _CONNECTORS]
    return len(words) >= 2 and all(word[:1].isupper() for word in words)  # "Coeur de Sainte-Blandine" too


def _qualifies(content: str) -> bool:
    """Long enough and not a title: scare quotes, headlines and names of works are not speech.

    A title capitalises every word but the short function words (``Tumpukan Sampah di Pasar Caringin …``).
    """
    words = content.split()
    if len(words) < 4:
        return False
    letters = [word for word in words if word[:1].isalpha() and not (len(word) <= 3 and word.islower())]
    return not letters or not all(word[:1].isupper() for word in letters)


# --------------------------------------------------------------------------- #
# Indirect attribution.
# --------------------------------------------------------------------------- #

_MAX_CLAUSE = 2000  # a reported clause longer than this is not one clause
_INLINE_SPACES = " \t\u00a0\u202f"
_ENDS_SENTENCE = re.compile(r"[ \t\u00a0\u202f]*(?:[.!?]|$)")
_COMMA_GLUE = re.compile(r"[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*")
_COMMA_SPACE = re.compile(r",[ \t\u00a0\u202f]+")
_COMMA_BEFORE_WORD = re.compile(r",[ \t\u00a0\u202f]{1,2}")
_AGE_APPOSED = re.compile(r",[ \t\u00a0\u202f]*\d{1,3},")
_PARTY = re.compile(r"[ \t\u00a0\u202f]*\(([A-ZÄÖÜ][\w./\- ]{0,15})\)[ \t\u00a0\u202f\n]+[a-zäöüß]")
_AGE = re.compile(r"[ \t\u00a0\u202f]*\(\d{1,3}\)")  # "Lestari (31)"
_AGE_OR_RECORD = re.compile(r"[ \t\u00a0\u202f]*\(\d{1,3}(?:-\d{1,3})?\)")  # "Briggs (2-3) blew"
_APPOSITION_START = re.compile(r"(?:[ \t\u00a0\u202f]*\(\d{1,3}\))?,[ \t\u00a0\u202f]+\w")
_INVERSION = re.compile(r"-(?:t-)?(il|elle|ils|elles|on)$")  # "a-t-elle répliqué"
_SPACES = re.compile(r"\s*")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’»)]*(?=\s)")


_SENTENCE_STARTS: dict[int, tuple[str, list[int]]] = {}  # per extraction, like _TOKENS


def _sentence_starts(text: str) -> list[int]:
    """Where the sentences of ``text`` start (after ``.!?`` not ending a title or an initial); memoised."""
    cached = _SENTENCE_STARTS.get(id(text))
    if cached is None or cached[0] is not text:
        if len(_SENTENCE_STARTS) > 256:
            _SENTENCE_STARTS.clear()
        cached = _SENTENCE_STARTS[id(text)] = (text, _find_sentence_starts(text))
    return cached[1]


def _find_sentence_starts(text: str) -> list[int]:
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
    clauses: list[_Found] = []  # "X said (that) …"
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

    # Only words after a comma or opening a sentence can start an attribution: visit those alone.
    word_starts = _tokens(text).starts
    candidates: set[int] = set()
    for position in itertools.chain((match.end() for match in _COMMA_BEFORE_WORD.finditer(text)), starts):
        at = bisect.bisect_left(word_starts, position)
        if at < len(word_starts) and word_starts[at] == position:
            candidates.add(at)
    for index in sorted(candidates):
        word = words[index]
        before = text[max(0, word.start - 3) : word.start]
        trimmed = before.rstrip(_INLINE_SPACES)
        after_comma = len(trimmed) < len(before) and trimmed.endswith(",")
        sentence_start = word.start in start_set
        if after_comma:
            comma = word.start - len(before) + len(trimmed) - 1
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
            if cue is not None and word.folded in _TELLING:
                continue  # "…, 63, told ANTARA that …": who is told follows, never who speaks
            if cue is not None:
                cue_end = words[index + cue[1] - 1].end
                speaker = _speaker_after(text, cue_end, table)
                if speaker is not None and (
                    _not_a_source(text, word, speaker) or not _could_be_a_speaker(text, speaker, table)
                ):
                    speaker = None  # "…, menyampaikan hingga pekan pertama …": the clause, not who
                if (
                    speaker is not None
                    and (table.is_pronoun(text[speaker[0] : speaker[1]]) or not text[speaker[0]].isupper())
                    and (
                        (not _ENDS_SENTENCE.match(text, speaker[1]) and text[speaker[1] : speaker[1] + 1] != ",")
                        or (  # "…, said the plan was overdue.", not "menurut juru bicara kementerian Hendra Saputra."
                            len(text[speaker[0] : speaker[1]].split()) > 3 and text[speaker[0] : speaker[1]].islower()
                        )
                    )
                ):
                    speaker = None  # "…, said he had never …": a new clause, not an inverted attribution
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
                if speaker is not None and _ENDS_SENTENCE.match(text, cue_end):
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
            suffix = table.clitic(word.folded)
            glue = _COMMA_GLUE.match(text, word.end) if suffix else None
            if cue is None and suffix and glue is not None and word.folded[:-suffix] in table.prepositions:
                # "Menurutnya, pemerintah juga perlu …": the preposition carries its speaker.
                next_start = bisect.bisect_right(starts, glue.end())
                end = starts[next_start] if next_start < len(starts) else len(text)
                piece = text[glue.end() : end].rstrip()
                if len(piece.split()) >= 3 and end - glue.end() <= _MAX_CLAUSE and not inside_quote(word.start, end):
                    found.append(
                        _Found(
                            QuoteKind.INDIRECT,
                            ((paragraph, glue.end(), glue.end() + len(piece)),),
                            (paragraph, word.end - suffix, word.end),
                            (paragraph, word.start, word.end),
                        )
                    )
                continue
            if cue is None:
                reported = _said_that(paragraph, text, index, starts, table)
                if reported is not None and not inside_quote(reported.parts[0][1] - 1, reported.parts[0][2] + 1):
                    clauses.append(reported)
                continue
            cue_end = words[index + cue[1] - 1].end
            speaker = _speaker_after(text, cue_end, table)
            if speaker is None or _not_a_source(text, word, speaker):
                continue
            separator = _COMMA_GLUE.match(text[speaker[1] : speaker[1] + 20])
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
    # A clause that another attribution already reports ("…, kata Budi.") is that one's.
    taken = sorted((item.parts[0][1], item.parts[-1][2]) for item in found)
    taken_starts = [span[0] for span in taken]
    taken_ends = list(itertools.accumulate((span[1] for span in taken), max))
    for clause in clauses:
        _, begin, end = clause.parts[0]
        at = bisect.bisect_left(taken_starts, end) - 1
        if at < 0 or taken_ends[at] <= begin:
            found.append(clause)
    return found


_FRONTED = re.compile(r"[^,.!?;:\n“”\"«»„]{1,60},[ \t\u00a0\u202f]*")  # "In a statement, the bank said"
_TITLE_LEAD = re.compile(r"(?:[\w'’.-]+[ \t\u00a0\u202f]+){1,6}")  # "Harbour master Colin Ashdown said"
_COMPLEMENTISERS = frozenset(
    ["that", "bahwa", "bahawa", "kalau", "que", "dass", "qu'il", "qu’il", "qu'elle", "qu’elle"]
)
# Verbs whose object is a person before the reported clause: "told reporters (that) …".
_TELLING = frozenset(["told", "tell", "memberitahu"])
# Reporting verbs followed by a clause without "that": English "said", most Indonesian verbs, German "sagte,".
_BARE_CLAUSE_VERBS = frozenset(
    """said says say told tell added mengatakan menyatakan menjelaskan menyebut menyebutkan menilai mengaku
    menegaskan menambahkan mengungkapkan menuturkan menyampaikan mengakui menerangkan memaparkan berkata mengklaim
    menekankan mengingatkan membeberkan""".split()  # noqa: SIM905
)
_CLAUSE_MARKS = frozenset('“”„«»"')


def _said_that(paragraph: int, text: str, index: int, starts: Sequence[int], table: CueTable) -> _Found | None:
    """``X said (that) …``, ``X mengatakan (bahwa) …``: the reported clause after a subject and a cue.

    The sentence starts at ``words[index]``; the subject opens it (after a short fronted phrase at most), the cue
    follows within a few words, and the clause runs to the sentence end.
    """
    words = _words(text, 0, len(text))
    sentence = words[index].start
    verb_starts = table.phrases("verbs")
    for ahead in range(index, min(len(words), index + 16)):
        if words[ahead].folded not in verb_starts:
            continue  # the cheap test first: most words start no cue
        cue = _cue_at(words, ahead, table, ("verbs",))
        if cue is None:
            continue
        verb = words[ahead]
        if verb.folded in _CALLING or (ahead > index and table.is_verb(words[ahead - 1].folded)):
            return None
        speaker = _subject_before(text, verb.start, sentence, table) if ahead > index else None
        if speaker is None:
            return None
        lead = text[sentence : speaker[0]]
        if lead.strip() and not _FRONTED.fullmatch(lead) and not _TITLE_LEAD.fullmatch(lead):
            return None  # the subject must open the sentence: "However, she acknowledged that"
        if text[speaker[1] : verb.start].strip() == "," and not lead.rstrip().endswith(","):
            return None  # "Pemkot, lanjut dia, akan …": an inverted cue inside the sentence
        at = ahead + cue[1]
        if at + 1 < len(words) and table.is_pronoun(words[at].folded) and text[words[at].end] == ",":
            return None  # "lanjut dia, …": a cue inverted behind its subject
        cue_end = words[ahead + cue[1] - 1].end
        bare = verb.folded in _BARE_CLAUSE_VERBS or text[cue_end : cue_end + 1] == ","  # "kündigte an, die …"
        if verb.folded in _TELLING:
            # "told reporters", "told Reuters on Tuesday": the person told, then the clause.
            stop = next((k for k in range(at, min(len(words), at + 5)) if words[k].folded in _COMPLEMENTISERS), None)
            at = stop if stop is not None else at + 1
        while at < len(words) and (
            words[at].folded in _TIME_WORDS
            or (words[at].folded in ("on", "am", "le") and at + 1 < len(words) and words[at + 1].folded in _TIME_WORDS)
        ):
            at += 1  # "said Tuesday", "said on Tuesday", "said today"
        if at < len(words) and words[at].folded in _COMPLEMENTISERS:
            at += 1
        elif not bare:
            return None  # "confirmed the figures", "a annoncé une grève": an object, unless "that" follows
        if at >= len(words):
            return None
        begin = words[at].start
        gap = text[words[at - 1].end : begin]
        if gap.strip() not in ("", ","):
            return None  # "said:", "said in a statement." or a quote: not a bare clause
        next_start = bisect.bisect_right(starts, begin)
        end = starts[next_start] if next_start < len(starts) else len(text)
        if end - begin > _MAX_CLAUSE:
            return None
        piece = text[begin:end].rstrip().rstrip(".!?").rstrip()
        if len(piece.split()) < 3 or any(char in _CLAUSE_MARKS for char in piece):
            return None
        return _Found(
            QuoteKind.INDIRECT,
            ((paragraph, begin, begin + len(piece)),),
            (paragraph, *speaker),
            (paragraph, verb.start, words[ahead + cue[1] - 1].end),
        )
    return None


_PARTS_OF_DAY = frozenset(
    "matin soir midi morning evening night mañana tarde noche morgen abend pagi siang sore malam".split()  # noqa: SIM905
)
_TIME_WORDS = frozenset(
    """today yesterday monday tuesday wednesday thursday friday saturday sunday kemarin senin selasa rabu kamis
    jumat jum'at sabtu minggu hoy ayer lunes martes miércoles jueves viernes sábado domingo aujourd'hui hier lundi
    mardi mercredi jeudi vendredi samedi dimanche heute gestern montag dienstag mittwoch donnerstag freitag""".split()  # noqa: SIM905
)


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


_SPLIT_GLUE = re.compile(r"[ \t\u00a0\u202f]*[,:][ \t\u00a0\u202f]*")
# '"A," X said during a briefing. "B"': the rest of the attributing sentence, then the next quote.
_SPLIT_FRAME = re.compile(r"[^.!?;\n“”\"«»„]{0,80}?[.!?][ \t\u00a0\u202f]*")


def find_quotes(body: Sequence[str], table: CueTable) -> tuple[AttributedQuote, ...]:
    """Every attributed quote in ``body``, in reading order.

    >>> from newsschema.text._cues import cue_table_for
    >>> [(q.speaker.text, q.text) for q in find_quotes(['"Harga beras akan turun," kata Budi.'], cue_table_for("id"))]
    [('Budi', 'Harga beras akan turun,')]
    """
    # The extraction allocates millions of small tuples on long inputs and makes no reference cycles: the
    # cyclic collector, run again and again over them, cost more than the extraction itself.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _find_quotes(body, table)
    finally:
        if collecting:
            gc.enable()


def _find_quotes(body: Sequence[str], table: CueTable) -> tuple[AttributedQuote, ...]:
    _clear_tokens()
    _SENTENCE_STARTS.clear()
    _BARE_NAMES.clear()
    raws = _pair_all(body)
    if len(body) > 1 and _is_headline(body[0]):
        raws = [raw for raw in raws if raw.open_at[0] != 0]  # a headline quotes, it reports no one
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
        dashed = _dash_attribution(body[parts[0][0]], parts[0][1], parts[0][2], table) if len(parts) == 1 else None
        if dashed is not None:
            # "“No es una medida … —dijo la jefa de Gobierno, Lucía Arriaga—, pero …”": the cue inside the marks.
            item = _dashed_found(parts[0][0], dashed)
            found.append(item)
            previous_attributed = (parts[0][0], item)
            continue
        speaker: tuple[int, int, int] | None = None
        cue: tuple[int, int, int] | None = None
        end_of_attribution = None
        if raw.close_at is not None:
            close_paragraph, close_index = raw.close_at
            post = _after_quote(body[close_paragraph], close_index, table)
            if post is not None:
                speaker = (close_paragraph, *post[0]) if post[0] is not None else None
                cue = (close_paragraph, *post[1])
                end_of_attribution = (close_paragraph, max(post[0][1] if post[0] else 0, post[1][1]))
        open_paragraph, open_index = raw.open_at
        if cue is None:
            pre = _before_quote(body[open_paragraph], open_index, table, content)
            if pre is not None:
                speaker = (open_paragraph, *pre[0]) if pre[0] is not None else None
                cue = (open_paragraph, *pre[1])
        if cue is not None:
            if end_of_attribution is not None and number + 1 < len(raws):
                follower = raws[number + 1]
                paragraph, position = end_of_attribution
                between = body[paragraph][position : follower.open_at[1]]
                if follower.open_at[0] == paragraph and (
                    _SPLIT_GLUE.fullmatch(between)
                    or (
                        _SPLIT_FRAME.fullmatch(between)
                        and not (
                            follower.close_at is not None
                            and _after_quote(body[follower.close_at[0]], follower.close_at[1], table) is not None
                        )
                    )
                ):
                    merged_into[number + 1] = number
                    parts = parts + tuple(t for part in follower.parts if (t := _trim(body, part)) is not None)
            item = _Found(QuoteKind.DIRECT, parts, speaker, cue, null_subject=speaker is None)
            found.append(item)
            previous_attributed = (parts[-1][0], item)
            continue
        text = body[open_paragraph]
        starts = _sentence_starts(text)
        sentence = starts[bisect.bisect_right(starts, open_index) - 1]
        before_mark = _words(text, max(sentence, open_index - 40), open_index)
        naming = bool(before_mark) and (
            (before_mark[-1].folded in _NAMING and not _judged_as(text, sentence, before_mark, content))
            or (before_mark[-1].folded in _NAME_OF and _is_a_name(content))  # 'patron du « Kornog »'
        )
        agent = _passive_agent(body, raw, before_mark, table)
        if agent is not None:
            # 'une réforme jugée « inacceptable » par leurs syndicats': the judge is the speaker.
            found.append(_Found(QuoteKind.MIXED, parts, (open_paragraph, *agent[0]), (open_paragraph, *agent[1])))
            continue
        if text[sentence:open_index].strip() and not naming and not _is_a_title(content):
            reported = _reporting_clause(text, sentence, open_index, table)
            if reported is not None:
                # 'Wendt said inflation was "uncomfortably sticky"': the sentence's speaker and cue.
                found.append(
                    _Found(
                        QuoteKind.MIXED,
                        parts,
                        (open_paragraph, *reported[0]) if reported[0] is not None else None,
                        (open_paragraph, *reported[1]),
                        null_subject=reported[0] is None,
                    )
                )
                continue
        if (
            raw.close_at is not None
            and raw.close_at[0] == open_paragraph
            and text[sentence:open_index].strip()
            and not naming
            and not _is_a_title(content)
        ):
            trailing = _trailing_attribution(text, raw.close_at[1], starts, table)
            if trailing is not None:
                # '… in eine „Spirale aus Verlusten“ geraten, sagte der Angeklagte.', '…, selon les pompiers.'
                speaker_at = (open_paragraph, *trailing[0]) if trailing[0] is not None else None
                cue_at = (open_paragraph, *trailing[1])
                found.append(_Found(QuoteKind.MIXED, parts, speaker_at, cue_at, null_subject=not speaker_at))
                continue
            if (
                previous_attributed is not None
                and previous_attributed[0] == open_paragraph
                and raw.close_at[1] - sentence <= _MAX_CLAUSE
            ):
                sentence_words = _words(text, sentence, raw.close_at[1])
                if any(word.folded in _SUBJUNCTIVE for word in sentence_words):
                    # 'Ohne Zuschüsse sei eine Sanierung „nicht darstellbar“': still the last speaker's report.
                    found.append(_Found(QuoteKind.MIXED, parts, None, None, inherit=True))
                    continue
        if not _qualifies(content):
            continue
        starts_paragraph = _SPACES.match(text).end() >= open_index  # type: ignore[union-attr]
        if previous_attributed is not None and (
            previous_attributed[0] == open_paragraph
            or (starts_paragraph and previous_attributed[0] == open_paragraph - 1)
        ):
            found.append(_Found(QuoteKind.DIRECT, parts, None, None, inherit=True))
            previous_attributed = (parts[-1][0], previous_attributed[1])
        elif len(content.split()) >= 6:
            found.append(_Found(QuoteKind.DIRECT, parts, None, None, in_paragraph=not starts_paragraph))
    for paragraph, text in enumerate(body):
        opening = _DIALOGUE_DASH.match(text)
        if opening is not None and not blocked.get(paragraph):
            # "—Entonces aquí me van a encontrar otra vez —respondió Solís.": a line of dialogue, no marks.
            dashed = _dash_attribution(text, opening.end(), len(text), table)
            if dashed is not None:
                item = _dashed_found(paragraph, dashed)
                found.append(item)
                blocked[paragraph] = [(part[1] - 1, part[2] + 1) for part in item.parts]
    for paragraph, text in enumerate(body):
        found.extend(_indirect(paragraph, text, sorted(blocked.get(paragraph, [])), table))
    found.sort(key=lambda item: (item.parts[0][0], item.parts[0][1]))
    found.extend(_continued(body, found, blocked))
    found.sort(key=lambda item: (item.parts[0][0], item.parts[0][1]))
    counts = _count_names(body)
    # People named inside reported speech are talked about, not talking: they introduce no one.
    # Their full names still count for later short forms (only words in marks are not the writer's).
    reported_clauses: dict[int, list[tuple[int, int]]] = {}
    for item in found:
        if item.kind is QuoteKind.INDIRECT:
            for paragraph, start, end in item.parts:
                reported_clauses.setdefault(paragraph, []).append((start, end))
    mentions, full_names, people = _mentions(body, blocked, reported_clauses, table, counts)
    for item in found:  # named speakers are people introduced too
        if item.speaker is not None and not table.is_pronoun(body[item.speaker[0]][item.speaker[1] : item.speaker[2]]):
            paragraph, start, end = item.speaker
            bare = _bare_name(body[paragraph], start, end, counts)
            if bare is not None:
                name = " ".join(body[paragraph][bare[0] : bare[1]].split())
                titles = _title_words(body[paragraph], bare[0], table)
                gender = _honorific_gender(body[paragraph], bare[0])
                mentions.append(_Mention(paragraph, start, name, titles, gender))
            elif (described := _words(body[paragraph], start, end)) and described[0].folded in _INDEFINITE:
                # "Seorang pengendara mobil … mengatakan": someone new, known only by the description.
                description = " ".join(body[paragraph][start:end].split())
                titles = frozenset(word.folded for word in described)
                gender = _GENDERED_ARTICLES.get(described[0].folded)  # "un conseiller" is no "elle"
                mentions.append(_Mention(paragraph, start, description, titles, gender))
    mentions.sort(key=lambda mention: (mention.paragraph, mention.offset))
    mentions = _full_names(mentions, full_names, _nicknames(body, full_names))
    quotes = tuple(_resolve(body, found, mentions, table, counts, acronyms=_acronyms(body), people=people))
    _clear_tokens()
    _SENTENCE_STARTS.clear()
    _BARE_NAMES.clear()
    return quotes


_DIALOGUE_DASH = re.compile(r"[ \t\u00a0]*[—―][ \t\u00a0]*")
_INNER_DASH = re.compile(r"[ \t\u00a0]+[—―]")
_DASH_RESUMES = re.compile(r"[ \t\u00a0]*[—―][ \t\u00a0]*[,;.]?[ \t\u00a0]*")

_Dashed = tuple[tuple[tuple[int, int], ...], tuple[int, int] | None, tuple[int, int]]


_JUDGED = frozenset(
    """jugé jugée jugés jugées qualifié qualifiée qualifiés qualifiées described branded termed deemed
    calificado calificada calificados calificadas tachado tachada bezeichnet dinilai""".split()  # noqa: SIM905
)
_JUDGED_AS = frozenset(["as", "de", "d'", "comme", "als", "sebagai", "como"])  # "qualifiée de « … » par"
_AGENT = re.compile(r"[ \t\u00a0\u202f]+(?:par|by|por|von|oleh)(?=[ \t\u00a0\u202f])")


def _passive_agent(
    body: Sequence[str], raw: _Raw, before_mark: Sequence[_Word], table: CueTable
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A partial quote judged by someone: ``jugée « inacceptable » par X``, ``described as "…" by X``."""
    if raw.close_at is None or raw.close_at[0] != raw.open_at[0] or not before_mark:
        return None
    judged = before_mark[-1]
    if judged.folded in _JUDGED_AS and len(before_mark) > 1:
        judged = before_mark[-2]
    if judged.folded not in _JUDGED:
        return None
    text = body[raw.open_at[0]]
    by = _AGENT.match(text, raw.close_at[1] + 1)
    if by is None:
        return None
    speaker = _speaker_after(text, by.end() + 1, table)
    if speaker is None:
        return None
    return speaker, (judged.start, judged.end)


def _is_headline(text: str) -> bool:
    """A short first line with no sentence end: ``Petani Kopi Gayo Mengeluh …: "Panen Banyak, Untung Tipis"``."""
    line = text.strip()
    return 0 < len(line) <= 160 and "\n" not in line and line.rstrip("\"”»“'’ ")[-1:] not in (".", "!", "?")


def _dash_attribution(text: str, start: int, end: int, table: CueTable) -> _Dashed | None:
    """Spanish dialogue: ``words —dijo X—, more words`` inside ``text[start:end]``.

    Returns the quoted pieces (one or two), the speaker (``None`` for a cue
    without a subject) and the cue; ``None`` when no dash introduces a cue.
    """
    for dash in _INNER_DASH.finditer(text, start, end):
        words = _words(text, dash.end(), min(end, dash.end() + _WINDOW_AFTER))
        if not words or words[0].start != dash.end():
            continue
        cue = _cue_at(words, 0, table, ("verbs",))
        if cue is None:
            continue
        cue_end = words[cue[1] - 1].end
        speaker = _speaker_after(text, cue_end, table)
        first = (start, dash.start())
        if first[1] <= first[0] or not text[start : dash.start()].strip():
            return None
        attribution_end = speaker[1] if speaker is not None else cue_end
        pieces: tuple[tuple[int, int], ...] = (first,)
        resumes = _DASH_RESUMES.match(text, attribution_end, end)  # "—, pero …": the words go on
        rest = text[resumes.end() : end].rstrip() if resumes is not None else ""
        if resumes is not None and rest:
            pieces = (first, (resumes.end(), resumes.end() + len(rest)))
        return pieces, speaker, (words[0].start, cue_end)
    return None


def _dashed_found(paragraph: int, dashed: _Dashed) -> _Found:
    pieces, speaker, cue = dashed
    parts = tuple((paragraph, start, end) for start, end in pieces)
    where = (paragraph, *speaker) if speaker is not None else None
    return _Found(QuoteKind.DIRECT, parts, where, (paragraph, *cue), null_subject=speaker is None)


# German Konjunktiv I (and II standing in for it): a sentence in it goes on reporting the last speaker.
_SUBJUNCTIVE = frozenset(
    """sei seien habe hätten würde würden könne könnten müsse müssten werde solle sollten dürfe gebe wolle brauche
    liege fehle gehe stehe bleibe komme""".split()  # noqa: SIM905
)


def _continued(body: Sequence[str], found: Sequence[_Found], blocked: dict[int, list[tuple[int, int]]]) -> list[_Found]:
    """``Das Geld sei im Budget bereits reserviert.`` after ``…“, betonte Kogelnig.``: indirect, same speaker and cue.

    A sentence whose verb is in the subjunctive, right after an attributed sentence (same or next paragraph),
    reports the same person.
    """
    ends = sorted(
        ((item.parts[-1][0], max(item.parts[-1][2], (item.cue or (0, 0, 0))[2])), number)
        for number, item in enumerate(found)
        if item.cue is not None and (item.speaker is not None or item.null_subject)
    )
    covered: dict[int, list[tuple[int, int]]] = {p: list(spans) for p, spans in blocked.items()}
    for item in found:
        for paragraph, start, end in item.parts:
            covered.setdefault(paragraph, []).append((start, end))
    extra: list[_Found] = []
    last: tuple[int, _Found] | None = None  # paragraph and attribution reported last
    pointer = 0
    for paragraph, text in enumerate(body):
        starts = _sentence_starts(text)
        spans = sorted(covered.get(paragraph, []))
        span_starts = [span[0] for span in spans]
        span_ends = list(itertools.accumulate((span[1] for span in spans), max))  # bisection, never a rescan
        for number, begin in enumerate(starts):
            while pointer < len(ends) and ends[pointer][0] <= (paragraph, begin):
                last = (ends[pointer][0][0], found[ends[pointer][1]])
                pointer += 1
            if last is None or paragraph - last[0] > 1:
                continue
            end = starts[number + 1] if number + 1 < len(starts) else len(text)
            overlapping = bisect.bisect_left(span_starts, end) - 1
            if end - begin > _MAX_CLAUSE or (overlapping >= 0 and span_ends[overlapping] > begin):
                last = None  # a quote or a reported clause of its own: the chain ends
                continue
            sentence = _words(text, begin, end)
            if not any(word.folded in _SUBJUNCTIVE for word in sentence):
                last = None
                continue
            piece = text[begin:end].rstrip().rstrip(".!?").rstrip()
            if len(piece.split()) < 3:
                continue
            item = _Found(
                QuoteKind.INDIRECT,
                ((paragraph, begin, begin + len(piece)),),
                last[1].speaker,
                last[1].cue,
                null_subject=last[1].null_subject,
            )
            extra.append(item)
            last = (paragraph, item)
    return extra


def _reporting_clause(
    text: str, sentence: int, open_at: int, table: CueTable
) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """The speaker and cue of the sentence a partial quote sits in: ``X said (that) … "…"``."""
    words = _words(text, max(sentence, open_at - _MAX_CLAUSE), open_at)
    nearest: tuple[int, int] | None = None
    for index in range(len(words) - 1, max(-1, len(words) - 8), -1):
        after_comma = text[max(0, words[index].start - 2) : words[index].start].strip() == ","
        if words[index].folded in _PARTICIPLES and after_comma:
            # '…, calling it "the craziest match I've ever played"': the participle shares the sentence's subject,
            # or the subject of the report just before it ('…, Minister Yoon said on Tuesday, warning that …').
            for back in range(index - 1, max(-1, index - 12), -1):
                if _cue_at(words, back, table, ("verbs",)) is not None:
                    reporter = _speaker_before(text, words[back].start, table)
                    if reporter is not None and text[reporter[0] - 2 : reporter[0]].strip() == ",":
                        return reporter, (words[index].start, words[index].end)
                    break
            subject = None
            if words and words[0].start == sentence:
                fronted = _FRONTED.match(text, sentence)  # "Meanwhile, …", "In a statement, …"
                subject = _speaker_after(text, fronted.end() if fronted else sentence, table)
            return (_subject_head(text, subject) if subject else None), (words[index].start, words[index].end)
    for index in range(len(words) - 1, max(-1, len(words) - 40), -1):
        cue = _cue_at(words, index, table, ("verbs",))
        if cue is None or (index > 0 and words[index - 1].folded in _REFLEXIVE):
            continue  # "se explica porque": an impersonal verb, not a speaker's
        cue_span = (words[index].start, words[index + cue[1] - 1].end)
        if _AFTER_A_QUOTE.search(text, max(sentence, words[index].start - 4), words[index].start):
            # '« … », explique Erwan Kerbrat, patron du « … »': the cue of the quote before, its speaker after it.
            return _speaker_after(text, cue_span[1], table), cue_span
        speaker = _subject_before(text, words[index].start, sentence, table)
        if speaker is not None and _joined_by_conjunction(text, speaker):
            speaker = None  # "declined to name the customers but said": the verb shares the sentence's subject
        if speaker is None and words[index].folded in _CALLING:
            return None  # 'critics called its plot "…"': only a named caller makes the words a quote
        if speaker is not None:
            return speaker, cue_span
        if nearest is None:
            nearest = cue_span
        back = index - 1
        while back > 0 and words[back].folded in _AUXILIARIES:
            back -= 1
        embedded = back >= 1 and table.is_pronoun(words[back].folded) and table.is_verb(words[back - 1].folded)
        if not embedded and not (index >= 2 and words[index - 2].folded in _DETERMINERS):
            break  # "but said", "y pidió": the verb shares the sentence's subject
        # "said in a statement posted online that": a participle after a noun; "said she had asked her jurors to
        # watch …": a report inside the report. Look on for the sentence's cue.
    if nearest is None:
        return _fronted_source(text, words, table)
    # "He declined to comment but said …": the subject that opens the sentence, after a fronted phrase if any
    # ("Still, Ms Priya Ramasamy, 34, …, said", "En su declaración, Llopis ha negado … y ha asegurado").
    speaker = None
    if words and words[0].start == sentence:
        fronted = _FRONTED.match(text, sentence)
        if fronted is not None and fronted.end() < open_at:
            speaker = _speaker_after(text, fronted.end(), table)
        if speaker is None:
            speaker = _speaker_after(text, sentence, table)
    if speaker is not None and _words(text, *speaker)[0].folded in _FRONTED_PREPOSITIONS:
        speaker = None  # "Por su parte, …": a fronted phrase, not a subject
    if speaker is not None:
        speaker = _subject_head(text, speaker)
    return speaker, nearest


_AMBIGUOUS_SOURCES = frozenset(["pour"])  # "Pour X," is whose view, but "Pour une marée de quatre jours," is not


def _not_a_source(text: str, cue: _Word, speaker: tuple[int, int]) -> bool:
    """Whether an ambiguous source word (``pour``) is followed by something that is no one: no name, no title."""
    if cue.folded not in _AMBIGUOUS_SOURCES:
        return False
    words = _words(text, *speaker)
    return not any(text[word.start].isupper() or _is_title(word.folded) for word in words)


_AFTER_A_QUOTE = re.compile(r"[»”\"][ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*$")


def _trailing_attribution(
    text: str, close: int, starts: Sequence[int], table: CueTable
) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """An attribution closing the sentence a partial quote sits in: ``…, sagte X.``, ``…, selon X.``."""
    next_start = bisect.bisect_right(starts, close)
    end = starts[next_start] if next_start < len(starts) else len(text)
    if end - close > _MAX_CLAUSE:
        return None  # checked first: a giant "sentence" of many quotes must not be scanned once per quote
    comma = text.rfind(",", close, end)
    if comma < 0:
        return None
    words = _words(text, comma + 1, min(end, comma + 1 + _WINDOW_AFTER))
    if not words:
        return None
    source = _cue_at(words, 0, table, ("prepositions",))
    if source is not None:
        cue_end = words[source[1] - 1].end
        speaker = _speaker_after(text, cue_end, table)
        if speaker is None or not _ENDS_SENTENCE.match(text, speaker[1]) or _not_a_source(text, words[0], speaker):
            return None
        return speaker, (words[0].start, cue_end)
    found = _attribution_after(text, comma - 1, table)
    if found is None or found[0] is None:
        return None
    frame = _FRAME_END.match(text, max(found[0][1], found[1][1]))  # "…, sagte der Angeklagte vor Gericht."
    if (frame is None or frame.end() > end) and text[found[0][1] : found[0][1] + 1] != ",":
        return None
    return found


def _fronted_source(
    text: str, words: Sequence[_Word], table: CueTable
) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """``Selon X, … « … »``, ``According to X, … "…"``: a source cue and its speaker before the partial quote.

    Fronted means near the sentence's start: only its first words are looked at.
    """
    for index in range(min(len(words), 4)):
        cue = _cue_at(words, index, table, ("prepositions",))
        if cue is None:
            continue
        if ";" in text[words[index].start : words[-1].end]:
            return None  # "Según X, …; los gremios hablaron de «…»": another clause, another source
        cue_end = words[index + cue[1] - 1].end
        speaker = _speaker_after(text, cue_end, table)
        if speaker is None or _not_a_source(text, words[index], speaker) or not _COMMA_GLUE.match(text, speaker[1]):
            return None
        return speaker, (words[index].start, cue_end)
    return None


_PARTICIPLES = frozenset(
    """saying adding calling describing warning noting insisting arguing diciendo añadiendo agregando
    asegurando ajoutant estimant affirmant expliquant""".split()  # noqa: SIM905
)
_REFLEXIVE = frozenset(["se"])
_BEFORE_PARTICIPLE = frozenset(["s'est", "s’est", "se", "sich", "s'était", "s’était"])
_BUT = frozenset("but yet mais pero sino aber sondern tapi namun tetapi".split())  # noqa: SIM905
_FRONTED_PREPOSITIONS = frozenset(
    "por para en con tras según in on at after with for dans selon après avec pour laut nach bei mit im am "  # noqa: SIM905
    "di pada dalam menurut dengan usai setelah".split()
)


def _joined_by_conjunction(text: str, span: tuple[int, int]) -> bool:
    """Whether a subject candidate holds ``but``/``mais``/``tapi``: then it is the end of an earlier clause."""
    return any(word.folded in _BUT and not text[word.start].isupper() for word in _words(text, *span))


_AUXILIARIES = frozenset(
    "have has had is was were will would ha han había a ont avait hat haben hatte ist war sudah telah akan".split()  # noqa: SIM905
)


def _subject_head(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The subject opening a sentence, cut before its verb: ``El Gobierno catalán`` of ``… ha anunciado este``."""
    words = _words(text, *span)
    last_is_verb = len(words) >= 2 and not text[words[-1].start].isupper() and words[-1].folded not in _CONNECTORS
    if last_is_verb and all(text[word.start].isupper() for word in words[:-1]):
        return words[0].start, words[-2].end  # "Orvane Systems declined": a name, then its verb
    for index, word in enumerate(words[1:], start=1):
        if (
            word.folded in _AUXILIARIES
            or word.folded in _BEFORE_PARTICIPLE
            or (word.folded in _DETERMINERS and words[index - 1].folded not in _CONNECTORS)
        ):
            # "Environmental groups have long", "The Philippine central bank kept its": the verb came before.
            head = words[: index - 1] if word.folded in _DETERMINERS else words[:index]
            return (head[0].start, head[-1].end) if head else None
    return span


_RELATIVE_BEFORE = re.compile(
    r"(?:,[ \t\u00a0\u202f]*)?(?<!\w)(?:qui|who|yang|quien|quienes)(?:[ \t\u00a0\u202f]+[^\s,.;:!?]+){0,8}$"
)


def _subject_before(text: str, verb: int, sentence: int, table: CueTable) -> tuple[int, int] | None:
    """The subject right before a verb, across an apposition: ``Ana Tavares, told``, ``Wendt, who …, said``."""
    start = max(sentence, verb - _WINDOW_BEFORE)
    stripped = text[start:verb].rstrip()
    relative = _RELATIVE_BEFORE.search(stripped)
    if relative is not None and relative.start() > 0:
        # "…, Olivier Rochette, qui a dénoncé", "one man who declined to give his name said": the antecedent.
        return _subject_before(text, start + relative.start(), sentence, table)
    if not stripped.endswith(","):
        return _speaker_before(text, verb, table) if verb > start else None
    comma = start + len(stripped) - 1
    previous = text.rfind(",", start, comma)
    if previous > start and _PARTY_TAG.fullmatch(text, previous + 1, comma):
        comma = previous  # "Sen. Harold J. Brannigan, D-Minn., called": the name before the party and state
        previous = text.rfind(",", start, comma)
    framed = comma
    while previous > start and _is_frame(text, previous + 1, framed):
        framed = previous  # "Hilman Fauzi, dalam konferensi pers di Jakarta, Rabu (11/2/2026), mengatakan"
        previous = text.rfind(",", start, framed)
    if framed < comma:
        return _subject_before(text, framed, sentence, table)  # the place and the time are no subject
    segment = _words(text, previous + 1 if previous >= 0 else start, comma)
    if len(segment) >= 3 and segment[0].folded in _TITLES and text[segment[0].end : segment[0].end + 1] == ".":
        segment = segment[1:]  # "Kepala Dinas …, dr. Ratna Kusumawardhani, menyampaikan": a lower-case honorific
    if len(segment) >= 2 and segment[-1].folded.isdigit() and _AGE.match(text, segment[-2].end):
        segment = segment[:-1]  # "Salah seorang warga, Sutrisno (54), mengaku": the age is no part of the name
    if segment and previous > start and all(text[word.end : word.end + 1] == "." for word in segment):
        return _subject_before(text, previous, sentence, table)  # "Judge X in Washington, D.C., wrote"
    if (
        segment
        and len(segment) <= 5
        and text[segment[0].start].isupper()
        and all(text[word.start].isupper() or word.folded in _CONNECTORS for word in segment)
    ):
        return segment[0].start, segment[-1].end  # the name in an apposition
    if previous > start and segment and segment[0].folded in _RELATIVES:
        # "Seorang warga Amarasi, yang ikut melapor, mengatakan": the subject is all before the relative clause.
        head = _words(text, max(start, text.rfind(",", start, previous) + 1), previous)
        if 1 <= len(head) <= 6 and _looks_like_speaker(text, head, table):
            return head[0].start, head[-1].end
    if previous > start:
        # "Joseph Mwakio, leader of the Coastal Alliance, told": the name before the apposition.
        head_end = previous
        head_start = max(start, text.rfind(",", start, head_end) + 1)
        if head_start > start and _PARTY_TAG.fullmatch(text, head_start, head_end):
            head_end = head_start - 1  # "Sen. Harold J. Brannigan, D-Minn., the bill's sponsor, called"
            head_start = max(start, text.rfind(",", start, head_end) + 1)
        head = _words(text, head_start, head_end)
        if (
            head
            and len(head) <= 5
            and any(word.folded not in _DETERMINERS for word in head)
            and all(text[word.start].isupper() or word.folded in _CONNECTORS for word in head)
            and not _is_title(head[-1].folded)
            and any(not text[word.start].isupper() for word in segment)
        ):
            return head[0].start, head[-1].end
    if segment and segment[0].folded in _AFFILIATION | {"of", "du", "del"} and previous > start:
        # "Art crime expert Nora Lindqvist, of the … Network, said": the name before the affiliation.
        return _speaker_before(text, previous, table)
    segment = _affiliation_cut(text, segment)  # "Sen. Walt Brennan of Choteau"
    if segment and len(segment) <= 6 and text[segment[-1].start].isupper():
        run = [segment[-1]]  # "The law's sponsor, state Sen. Doug Pruett, called": the name ends the apposition
        for word in reversed(segment[:-1]):
            if not _gap_is_space(text, word, run[0]) or not text[word.start].isupper():
                break
            run.insert(0, word)
        if len(run) >= 2:
            return run[0].start, run[-1].end
    if previous < 0 or previous <= start:
        return None
    return _speaker_before(text, previous, table)


# --------------------------------------------------------------------------- #
# People mentioned, and who a pronoun or a title stands for.
# --------------------------------------------------------------------------- #


class _Mention(NamedTuple):
    paragraph: int
    offset: int
    name: str
    titles: frozenset[str]
    gender: str | None = None  # "m" or "f" when an honorific says so ("Mr.", "Bu", "Frau")


class _NameCounts(NamedTuple):
    """How often words, pairs and triples of words occur in the body (folded)."""

    single: Counter[str]
    pairs: Counter[tuple[str, str]]
    triples: Counter[tuple[str, str, str]]
    lower: frozenset[str]  # words printed in lower case somewhere: common nouns, never first names


def _count_names(body: Sequence[str]) -> _NameCounts:
    single: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    triples: Counter[tuple[str, str, str]] = Counter()
    lower: set[str] = set()
    for text in body:
        # Only capitalised words can be names: runs of them, by position in the paragraph.
        _, words, _, indices = _tokens(text)
        capital_at = set(indices)
        lower.update(word.folded for at, word in enumerate(words) if at not in capital_at)
        capitalised = [(index, words[index].folded) for index in indices]
        single.update(folded for _, folded in capitalised)
        for (i, a), (j, b) in itertools.pairwise(capitalised):
            if j == i + 1:
                pairs[a, b] += 1
        for (i, a), (_, b), (k, c) in zip(capitalised, capitalised[1:], capitalised[2:], strict=False):
            if k == i + 2:
                triples[a, b, c] += 1
    return _NameCounts(single, pairs, triples, frozenset(lower))


_BARE_NAMES: dict[tuple[int, int, int], tuple[int, int] | None] = {}  # per extraction, like _TOKENS


def _bare_name(text: str, start: int, end: int, counts: _NameCounts) -> tuple[int, int] | None:
    """The person's name inside a printed speaker: no title, rank or organisation before it.

    ``Kepala Bapanas Arief Santosa`` gives ``Arief Santosa`` when ``Arief`` is
    also used alone; ``the minister`` gives ``None``.
    """
    key = (id(text), start, end)
    if key not in _BARE_NAMES:
        _BARE_NAMES[key] = _find_bare_name(text, start, end, counts)
    return _BARE_NAMES[key]


def _find_bare_name(text: str, start: int, end: int, counts: _NameCounts) -> tuple[int, int] | None:
    last_comma = text.rfind(",", start, end)
    if last_comma >= 0 and _PARTY_TAG.fullmatch(text, last_comma + 1, end):
        end = last_comma  # "Sen. Carl Ruddock, R-Okla.": the name before the party and state
        last_comma = text.rfind(",", start, end)
    if last_comma >= 0:
        start = last_comma + 1
    words = _affiliation_cut(text, _words(text, start, end))
    if words and words[0].folded in _INDEFINITE and last_comma < 0:
        return None  # "Seorang warga Amarasi", "a spokeswoman for Northern": someone unnamed
    cut = 0
    for index, word in enumerate(words):
        capital = text[word.start].isupper()
        inside = 0 < index < len(words) - 1 and text[words[index + 1].start].isupper()
        title = _is_title(word.folded) or _is_role(word.folded) or (word.folded in _DETERMINERS and not inside)
        if title or (not capital and not (word.folded in _CONNECTORS and inside)):
            cut = index + 1
        elif index < len(words) - 1 and word.folded.endswith(("'s", "’s")):
            cut = index + 1  # a possessor: "Ethiopia's Hiwot Bekele"
        elif word.end - word.start >= 2 and text[word.start : word.end].isupper() and index < len(words) - 2:
            cut = index + 1  # an acronym before a name of two words or more: "KCIC Eva Marlina"
    company = next((index for index, word in enumerate(words) if word.folded in _COMPANY_MARKS), None)
    if (
        company is not None
        and company >= cut - 1
        and company < len(words) - 1
        and not any(_is_title(word.folded) for word in words[:company])
    ):
        return words[company].start, words[-1].end  # "keterangan tertulis PT Sumatera Kopi Lestari": the firm whole
    name = words[cut:]
    if not name:
        return None
    if cut == 1 and words[0].folded in _DETERMINERS:
        # "the Kremlin" is the name; "der Zeuge", "der Angeklagte" are descriptions.
        if len(name) == 1 and (
            _is_role(name[0].folded)
            or (words[0].folded in _GERMAN_ARTICLES and not text[name[0].start : name[0].end].isupper())
        ):
            return None  # "der Italiener", "der Weihbischof": German capitalises every noun, not only names
        return (words[0].start, words[-1].end) if len(name) > 1 or not _is_description(text, name) else None
    if (
        0 < cut < len(words)
        and cut == _leading_titles(words)
        and len(name) >= 3
        and text[name[0].start].isupper()
        and words[cut - 1].folded not in _HONORIFICS
        and text[words[cut - 1].end : words[cut - 1].end + 1] != "."  # "Sen. Margaret L. Osterhout"
    ):
        name = name[1:]  # "Menteri Keuangan Sri Mulyani": the title's complement comes first, but "KH Abdul …"
    # Not at the start: "Kementerian Luar Negeri" is the body itself.
    body_at = next((i for i in range(len(name) - 3, 0, -1) if _is_organisation(name[i].folded)), None)
    if body_at is not None and name[body_at + 1].folded not in _CONNECTORS:
        name = name[body_at + 1 :]  # "National Food Agency Bambang Harsono Widjaja": a body, then the name
    if len(name) == 3 and len(name[0].folded) >= 8 and name[0].folded.endswith(_GERMAN_OFFICES_OF_WOMEN):
        name = name[1:]  # "Elternvertreterin Sabine Lorenz": a German woman's office, then her name
    if len(name) >= 4 and name[0].folded in _REGIONS:
        name = name[2:]  # "Kabupaten Kudus Bambang Wicaksono": the region, then the name
    if len(name) >= 3:
        # A first name used alone elsewhere starts the name ("Arief" for "Bapanas Arief Santosa"); the
        # rightmost such word, since a place before it may be used alone too ("Garut Wulan Ratnasari").
        for index in range(len(name) - 2, 0, -1):
            before, middle, after = name[index - 1].folded, name[index].folded, name[index + 1].folded
            if middle in _DETERMINERS or middle in _CONNECTORS:
                continue  # "Yann Le Goff": a particle of the surname, never a first name
            alone = (
                counts.single[middle]
                - counts.pairs[before, middle]
                - counts.pairs[middle, after]
                + counts.triples[before, middle, after]
            )
            if alone > 0:
                name = name[index:]
                break
    return name[0].start, name[-1].end


_HONORIFICS = frozenset(HONORIFIC_GENDER) | frozenset(
    "dr prof h hj hi kh ir drs dra kiai kyai ustaz ustadz habib haji nyai datuk dato tun".split()  # noqa: SIM905
)  # titles that take no complement: the name follows at once
_GERMAN_OFFICES_OF_WOMEN = ("erin", "entin", "antin", "istin", "ärin", "orin", "login")  # not "Benjamin"
_GERMAN_ARTICLES = frozenset(["der", "die", "dem", "den"])
_PERSON_ENDINGS = (
    *("er", "erin", "in", "ende", "ige", "ist", "istin", "ent", "entin", "ant", "antin", "ose"),  # der Italiener
    *("dor", "dora", "ista", "ero", "eur", "euse", "rice", "ienne", "iste"),  # la investigadora, le chercheur
)
_COMPANY_MARKS = frozenset(["pt", "cv"])
_REGIONS = frozenset(["kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan"])
_AFFILIATION = frozenset(["von", "vom", "aus", "dari", "from", "at"])


def _affiliation_cut(text: str, words: list[_Word]) -> list[_Word]:
    """A name without the body it belongs to: ``Regula Imhof von der ETH Zürich``, ``Budi dari Walhi``.

    ``of`` cuts only after two name words that are no body (``Jane Roe of Foo Bank``, not ``Bank of England``).
    """
    for index in range(1, len(words) - 1):
        word = words[index]
        if word.folded not in _AFFILIATION and word.folded != "of":
            continue
        name = words[:index]
        named = [w for w in name if text[w.start].isupper() and not _is_title(w.folded)]
        if not named or not text[name[-1].start].isupper() or _is_title(name[-1].folded):
            continue
        if word.folded == "of" and (len(named) < 2 or any(_is_organisation(w.folded) for w in name)):
            continue
        return name
    return words


def _is_role(folded: str) -> bool:
    """A noun for someone by their part in the story: ``Angeklagte``, ``52-Jährige``, ``funcionario``."""
    return (
        folded in _ANYONE
        or folded.endswith(_ANYONE_SUFFIXES)
        or folded in _GENERIC_PEOPLE
        or folded.endswith(_GENERIC_SUFFIXES)
    )


def _leading_titles(words: Sequence[_Word]) -> int:
    count = 0
    while count < len(words) and _is_title(words[count].folded):
        count += 1
    return count


def _mentions(
    body: Sequence[str],
    blocked: dict[int, list[tuple[int, int]]],
    reported: dict[int, list[tuple[int, int]]],
    table: CueTable,
    counts: _NameCounts,
) -> tuple[list[_Mention], list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """People (and bodies) introduced outside quotes, in reading order: subjects, appositions, named speakers.

    Also every name of two words or more printed outside quotes (paragraph, offset, name), mentioned as a
    subject or not: the full names that later short forms stand for; and the people among them, with every
    surname printed alone after a full name (as that full name), subjects or not.
    """
    found: list[_Mention] = []
    known: dict[str, str] = {}  # a word of a known name -> the name
    names: list[tuple[int, int, str]] = []
    people: list[tuple[int, int, str]] = []  # people named, subjects or not: full names and surnames again
    surnames: dict[str, str] = {}  # the last word of a full name printed so far -> the name
    for paragraph, text in enumerate(body):
        spans = sorted(blocked.get(paragraph, []))
        quote_starts = [span[0] for span in spans]
        quote_ends = list(itertools.accumulate((span[1] for span in spans), max))
        clauses = sorted(reported.get(paragraph, []))
        clause_starts = [span[0] for span in clauses]
        clause_ends = list(itertools.accumulate((span[1] for span in clauses), max))
        _, words, _, capitalised = _tokens(text)
        index = 0
        place_ends_at = -1  # where the last place named ends: a place after it and a comma is a place too
        for candidate in capitalised:  # a name starts with a capital: skip straight to those
            if candidate < index:
                continue
            index = candidate
            word = words[index]
            position = bisect.bisect_left(quote_starts, word.end) - 1
            if position >= 0 and quote_ends[position] > word.start:
                continue
            after = index + 1
            while (
                after < len(words)
                and after - index < 8
                and _gap_is_space(text, words[after - 1], words[after])
                and (
                    text[words[after].start].isupper()
                    or (
                        words[after].folded in _CONNECTORS
                        and after + 1 < len(words)
                        and text[words[after + 1].start].isupper()
                    )
                )
            ):
                after += 1
            run = words[index:after]
            before_run = index - 1
            while run and (
                run[0].folded in _DETERMINERS
                or run[0].folded in table.stop_words
                or run[0].folded in _OPENING_PREPOSITIONS
                or run[0].folded in _QUANTIFIERS
                or run[0].folded in table.prepositions
                or run[0].folded in _CONNECTORS
                or table.is_pronoun(run[0].folded)
                or table.is_verb(run[0].folded)
                or table.clitic(run[0].folded)
            ):
                run = run[1:]
                before_run += 1
            index = after
            if not run:
                described = _described_subject(text, words, candidate, paragraph, found)
                if described is not None:
                    found.append(described)  # "Le bourgmestre, lui, se veut prudent": him again
                continue
            start, end = run[0].start, run[-1].end
            following = words[after] if after < len(words) else None
            rest = text[end : end + 40]
            plain_next = following is not None and _gap_is_space(text, run[-1], following)
            is_mention = (
                (plain_next and following is not None and _cue_at(words, after, table, ("verbs",)) is not None)
                or _AGE.match(rest) is not None
                or (len(run) >= 2 and _AGE_APPOSED.match(rest) is not None)  # "Eugene Halvorsen, 78, sat"
                or (
                    len(run) >= 2
                    and (party := _PARTY.match(rest)) is not None
                    and _is_person_name(text, run[-2:])
                    and not _initials_of(text, run, party.group(1))
                )  # "Bürgermeister Thomas Eberl (CSU) verwies", not "Corporacion Petrolera Andina (CPA) had"
                or (
                    (
                        text[max(0, start - 2) : start].strip() == ","
                        or (len(run) >= 2 and _opens_sentence(text, start))  # "Kenneth Marlowe, 71, said"
                    )
                    and _APPOSITION_START.match(rest) is not None
                    and following is not None
                    and not text[following.start].isupper()
                    and (following.folded not in table.stop_words or following.folded in _RELATIVES)
                    and following.folded not in _CONNECTORS
                )
                or (following is not None and _verb_after_apposition(text, words, after, table))
                or (len(run) >= 2 and following is not None and _verb_after_frame(text, words, after, table))
                or (
                    len(run) >= 2
                    and plain_next
                    and following is not None
                    and _opens_sentence(text, start)
                    and following.folded in _CONNECTORS
                    and not text[following.start].isupper()
                )  # "Sozialsprecherin Verena Hutter von den Grünen begrüßte …": the sentence's subject
                or (
                    len(run) >= 2
                    and plain_next
                    and following is not None
                    and following.folded in {"vom", "von"}
                    and after + 1 < len(words)
                    and words[after + 1].folded in ("der", "dem", "den")
                    and _is_person_name(text, run)
                )  # "formulierte es Jörg Pfannkuch von der Bürgerliste": a person and the body they speak for
                or (
                    text[max(0, start - 2) : start].strip() == ","
                    and _is_person_name(text, run)
                    and _ENDS_SENTENCE.match(text, end) is not None
                    and any(_is_title(w.folded) for w in words[max(0, index - 8) : index])
                )  # "… kritik dari anggota Komisi B DPRD DKI Jakarta, Hariman Situmorang.": named last
                or (
                    len(run) >= 2
                    and plain_next
                    and following is not None
                    and _opens_clause(text, words, before_run, table)
                    and not text[following.start].isupper()
                    and following.folded not in table.stop_words
                    and following.folded not in _CONNECTORS
                    and following.folded not in _DETERMINERS
                    and not (run[0].folded in counts.lower and _opens_sentence(text, start))
                )  # not "Harga Cabai naik …" when "harga" is printed in lower case elsewhere: a noun by position
            )
            placed = (
                before_run >= 0
                and (words[before_run].folded in _PLACE_PREPOSITIONS or words[before_run].folded in _TELLING)
                and _gap_is_space(text, words[before_run], run[0])
            ) or (
                place_ends_at >= 0
                and text[place_ends_at:start].strip() == ","
                and any(word.folded in _COMPASS for word in run)
            )  # "di Semarang" is where, "told ANTARA" is to whom; "asal Lombok Timur, Nusa Tenggara Barat" too
            place_ends_at = end if placed else -1
            clause = bisect.bisect_left(clause_starts, word.end) - 1
            talked_about = clause >= 0 and clause_ends[clause] > word.start
            if placed or talked_about:
                is_mention = False  # "kata Wahyu di Semarang, Senin": a place, not a person
            if len(run) == 1 and not is_mention and run[0].folded not in known and run[0].folded not in surnames:
                continue  # neither a subject nor a full name nor a known one: skip the costly part
            bare = _bare_name(text, start, end, counts)
            if bare is None:
                continue
            name = " ".join(text[bare[0] : bare[1]].split())
            if " " in name:
                names.append((paragraph, bare[0], name))  # a full name, for later short forms
                parts = name.split()
                surnames[_fold(parts[-1])] = name
                if len(parts) == 3 and _fold(parts[1]) not in _NAME_PARTICLES:
                    surnames.setdefault(_fold(parts[1]), name)  # "Llopis" for "Vicent Llopis Ferrer"
                descriptors = [word for word in run if word.start < bare[0]] or run[:-2]
                thing = (
                    before_run >= 0
                    and words[before_run].folded in _DETERMINERS
                    and not any(_is_title(w.folded) or w.folded.endswith(_PERSON_ENDINGS) for w in descriptors)
                )  # "at the Great Ethiopian Run" is a thing, "von der Theologin Miriam Feldhaus" a person
                if not placed and not thing and not _is_body(name):
                    people.append((paragraph, bare[0], name))
            elif (
                _fold(name) in surnames
                and not placed
                and not talked_about
                and not any(_fold(word) in counts.lower for word in surnames[_fold(name)].split())
            ):
                people.append((paragraph, bare[0], surnames[_fold(name)]))  # "…, ließ Kellner offen": named again
            if (
                not is_mention
                and len(run) == 1
                and run[0].folded in known
                and not placed
                and not talked_about
                and _opens_clause(text, words, before_run, table)  # not "prestasi Nadia": an object
            ):
                name, is_mention = known[run[0].folded], True  # "Darmawan" for "Darmawan Saleh"
            elif (
                not is_mention
                and len(run) == 1
                and run[0].folded in surnames
                and not placed
                and not talked_about
                and _opens_sentence(text, start)
                and (
                    _AGE_OR_RECORD.match(rest) is not None
                    or (following is not None and plain_next and not text[following.start].isupper())
                    or (_APPOSITION_START.match(rest) is not None and not text[end + 2 : end + 3].isupper())
                )
            ):
                # "Briggs (2-3) blew …" after "closer Tyler Briggs"; "Brungardt, the former nurse, now works"
                name, is_mention = surnames[run[0].folded], True
            if not is_mention:
                continue
            titles = _title_words(text, bare[0], table)
            found.append(_Mention(paragraph, start, name, titles, _honorific_gender(text, bare[0])))
            for part in name.split():
                known.setdefault(_fold(part), name)
            known.setdefault(name.casefold(), name)
    return found, names, people


def _described_subject(
    text: str, words: Sequence[_Word], at: int, paragraph: int, mentions: list[_Mention]
) -> _Mention | None:
    """A sentence opened by an article and a title (``Le bourgmestre``, ``The minister``) that stands for someone.

    Or someone new, known only by a description and a relative clause: ``A former national team coach, who …``.
    """
    if at + 1 >= len(words) or words[at].folded not in _DETERMINERS:
        return None
    if words[at].folded in _INDEFINITE:
        return _unnamed_subject(text, words, at, paragraph)
    title = words[at + 1]
    if (
        not _is_title(title.folded)
        or not _gap_is_space(text, words[at], title)
        or not _opens_sentence(text, words[at].start)
    ):
        return None
    name = _described(text, words[at].start, title.end, mentions, (paragraph, words[at].start))
    return None if name is None else _Mention(paragraph, words[at].start, name, frozenset([title.folded]))


_TITLE_BREAK = re.compile(r"[.!?;:«»“”\"„]")


def _title_words(text: str, name_start: int, table: CueTable) -> frozenset[str]:
    """The words that describe a name, right before it: back to a cue verb or the clause's start.

    ``U.S. District Judge Harold Seabright said Pruett``: "judge" describes Seabright, not Pruett.
    """
    start = max(0, name_start - 60)
    for boundary in _TITLE_BREAK.finditer(text, start, name_start):
        before = _words(text, max(0, boundary.start() - 12), boundary.start())
        abbreviation = boundary.group() == "." and (
            not before or before[-1].end - before[-1].start <= 3 or _is_title(before[-1].folded)
        )
        if not abbreviation:
            start = boundary.end()  # a sentence end or a quote, not "U.S." or "Sen."
    words = _words(text, start, name_start)
    for index in range(len(words) - 1, -1, -1):
        if table.is_verb(words[index].folded):
            words = words[index + 1 :]
            break
    return frozenset(word.folded for word in words)


def _initials_of(text: str, run: Sequence[_Word], short: str) -> bool:
    """Whether ``short`` spells the initials of the run's last words: a body defining its short form."""
    initials = "".join(text[word.start] for word in run if text[word.start].isupper())
    return len(short) >= 2 and initials.upper().endswith(short.upper())


def _unnamed_subject(text: str, words: Sequence[_Word], at: int, paragraph: int) -> _Mention | None:
    """``A former national team coach, who asked not to be named, …``: a new person, by description."""
    if not _opens_sentence(text, words[at].start):
        return None
    end = at + 1
    while end < len(words) and end - at <= 6 and not text[words[end].start].isupper():
        if not _gap_is_space(text, words[end - 1], words[end]) or words[end].folded in _RELATIVES:
            break
        end += 1
    last = words[end - 1]
    if end - at < 2 or end >= len(words) or words[end].folded not in _RELATIVES:
        return None
    if text[last.end : words[end].start].strip() not in (",", ""):
        return None  # "A former coach, who …", "Seorang warga lain yang enggan disebutkan namanya"
    description = " ".join(text[words[at].start : last.end].split())
    titles = frozenset(word.folded for word in words[at:end])
    return _Mention(paragraph, words[at].start, description, titles, _GENDERED_ARTICLES.get(words[at].folded))


def _is_person_name(text: str, run: Sequence[_Word]) -> bool:
    """Two or three capitalised words with no title or body word: ``Jörg Pfannkuch``, not ``Deutsche Bahn AG``."""
    return 2 <= len(run) <= 3 and all(
        text[word.start].isupper()
        and not _is_title(word.folded)
        and not _is_organisation(word.folded)
        and not text[word.start : word.end].isupper()
        for word in run
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` follows a sentence end (a few characters back, never a rescan)."""
    before = text[max(0, start - 4) : start].rstrip()
    return (before == "" and start < 4) or before[-1:] in (".", "!", "?", "\u201d", '"')


def _opens_clause(text: str, words: Sequence[_Word], before: int, table: CueTable) -> bool:
    """Whether a name after ``words[before]`` can be a subject: not after a preposition or a common noun."""
    if before < 0:
        return True
    previous = words[before]
    if not _gap_is_space(text, previous, words[before + 1]):
        return True  # after punctuation: "…, Yulianti Harahap menyatakan"
    return text[previous.start].isupper() or _is_title(previous.folded) or table.is_verb(previous.folded)


def _verb_after_apposition(text: str, words: Sequence[_Word], after: int, table: CueTable) -> bool:
    """``Carolyn Dreesen, a Republican who co-sponsored the measure, said``: a name, an apposition, then a cue."""
    if after >= len(words) or not _COMMA_SPACE.fullmatch(text, words[after - 1].end, words[after].start):
        return False
    return _cue_closing_apposition(text, words, after, table, stops="!?;:") is not None


def _verb_after_frame(text: str, words: Sequence[_Word], after: int, table: CueTable) -> bool:
    """``Wahyudin Lestaluhu dalam keterangannya di Mataram, Jumat, menyampaikan``: a frame, then the cue."""
    if words[after].folded not in table.stop_words or not _gap_is_space(text, words[after - 1], words[after]):
        return False
    if words[after].folded in _RELATIVES:
        return False  # "the University of Exeter who co-authored the report, said": a clause about it, not a frame
    limit = words[after - 1].end + _MAX_APPOSITION
    for ahead in range(after + 1, min(len(words), after + 16)):
        word = words[ahead]
        gap = text[words[ahead - 1].end : word.start]
        if word.start > limit or any(char in _MARKS or char in ".!?;:" for char in gap):
            return False
        if _cue_at(words, ahead, table, ("verbs",)) is not None:
            return True
        if table.is_pronoun(word.folded):
            return False
    return False


def _honorific_gender(text: str, name_start: int) -> str | None:
    """The gender an honorific or a German title right before a name gives.

    ``Mr. Holloway``, ``Bu Nurhayati``, ``Frau Kehrbach``, ``Wirtschaftssenatorin Anja Behrens``.
    """
    words = _words(text, max(0, name_start - 40), name_start)
    if not words or text[words[-1].end : name_start].strip() not in ("", "."):
        return _article_gender(text, name_start)
    title = words[-1].folded
    if title.endswith(FEMININE_TITLE_ENDINGS) and text[words[-1].start].isupper():
        return "f"
    return HONORIFIC_GENDER.get(title) or _article_gender(text, name_start)


_GENDERED_ARTICLES = {
    **dict.fromkeys(["el", "un", "le", "der", "ein"], "m"),
    **dict.fromkeys(["la", "una", "une", "die", "eine"], "f"),
}
_CLAUSE_BOUNDARY = re.compile(r"[.!?;:«»“”\"„]")


def _article_gender(text: str, name_start: int) -> str | None:
    """The gender an article before a title gives: ``la gerente …, Laura Ríos``, ``der Sprecher Jan Roth``."""
    start = max(0, name_start - 80)
    for boundary in _CLAUSE_BOUNDARY.finditer(text, start, name_start):
        start = boundary.end()
    for article, noun in itertools.pairwise(_words(text, start, name_start)):
        gender = _GENDERED_ARTICLES.get(article.folded)
        # German nouns are capitalised, Spanish and French ones are not: "die Sprecherin", "la gerente".
        german = article.folded in ("der", "die", "ein")
        if gender is not None and _is_title(noun.folded) and text[noun.start].isupper() == german:
            return gender
    return None


_NICKNAMED = re.compile(
    r"(?:disapa|dipanggil|sapaan(?: akrab(?:nya)?)?|nicknamed|known as|apodado|conocido como|surnommé|genannt)"
    r"[ \t\u00a0\u202f]+([A-Z][\w'’-]{1,20})(?![\w'’-])"
)


def _nicknames(body: Sequence[str], full_names: list[tuple[int, int, str]]) -> dict[str, str]:
    """Nicknames given after a full name: ``Pemain yang akrab disapa Kiki`` after ``Muhammad Rizky Ananda``."""
    found: dict[str, str] = {}
    for paragraph, text in enumerate(body):
        for match in _NICKNAMED.finditer(text):
            before = bisect.bisect_left(full_names, (paragraph, match.start())) - 1
            if before >= 0 and full_names[before][0] >= paragraph - 1:
                found.setdefault(_fold(match.group(1)), full_names[before][2])
    return found


def _full_names(
    mentions: list[_Mention], full_names: list[tuple[int, int, str]], nicknames: dict[str, str]
) -> list[_Mention]:
    """Mentions with later short forms replaced by the full name introduced earlier.

    News names a person in full once, then by surname (``Warsame``), by first
    name in Indonesian (``Nadia``) or by a shorter run of the name: such a
    mention becomes the latest earlier name with those words at its start or
    end. A name never seen in full stays as it is.
    """
    latest: dict[str, str] = {}  # a folded word of a full name -> the latest full name holding it
    result: list[_Mention] = []
    printed = iter(full_names)
    upcoming = next(printed, None)
    for mention in mentions:
        while upcoming is not None and upcoming[:2] <= (mention.paragraph, mention.offset):
            for word in upcoming[2].split():
                if len(word) >= 2 and word[0].isupper():
                    latest[_fold(word)] = upcoming[2]
            upcoming = next(printed, None)
        words = mention.name.split()
        folded = [_fold(word) for word in words]
        name = nicknames.get(folded[0], mention.name) if len(words) == 1 else mention.name
        for candidate in (latest.get(folded[0]), latest.get(folded[-1])):
            if candidate is None or len(candidate.split()) <= len(words):
                continue
            longer = [_fold(word) for word in candidate.split()]
            if longer[: len(folded)] == folded or longer[len(longer) - len(folded) :] == folded:
                name = candidate
                break
        if name == mention.name and len(words) == 1 and len(folded[0]) >= 4:
            # "kata Boni, sapaan akrabnya" after "Bonifasius Tarigan": a nickname cut from the first name.
            nicknamed = {full for word, full in latest.items() if word != folded[0] and word.startswith(folded[0])}
            if len(nicknamed) == 1 and _fold(next(iter(nicknamed)).split()[0]).startswith(folded[0]):
                name = next(iter(nicknamed))
        if len(name.split()) >= 2:
            for word in name.split():
                if len(word) >= 2 and word[0].isupper():
                    latest[_fold(word)] = name
        result.append(mention._replace(name=name))
    return result


def _latest(
    mentions: list[_Mention],
    where: tuple[int, int],
    gender: str | None = None,
    genders: dict[str, str] | None = None,
    *,
    besides: str | None = None,
) -> _Mention | None:
    """The person introduced last before ``where``; with a ``gender``, the last one not known to differ.

    ``besides`` skips one person: the one a reply answers.
    """
    index = bisect.bisect_left(mentions, where, key=lambda mention: (mention.paragraph, mention.offset)) - 1
    if besides is not None:  # someone else, named in full: "Pekanbaru" or a body answers no one
        while index >= 0 and (
            mentions[index].name == besides or " " not in mentions[index].name or _is_body(mentions[index].name)
        ):
            index -= 1
    if index < 0:
        return None
    if gender is not None and genders is not None:
        for back in range(index, max(-1, index - _GENDER_LOOKBACK), -1):
            known = genders.get(mentions[back].name)
            if (known is None or known == gender) and not _is_compound(mentions[back].name):
                if _is_body(mentions[back].name):
                    continue  # "she" is a person, never "University of Exeter"
                return mentions[back]
    return mentions[index]


_REPLIES = frozenset(
    """sahut jawab balas timpal replied responded retorted countered respondió replicó contestó répond rétorque
    a répondu a répliqué entgegnete erwiderte konterte""".split()  # noqa: SIM905
)


def _is_reply(body: Sequence[str], cue: tuple[int, int, int] | None) -> bool:
    """Whether a cue answers someone (``sahutnya``, ``replied``): then its speaker is not the one who spoke last."""
    if cue is None:
        return False
    printed = _fold(body[cue[0]][cue[1] : cue[2]])
    return printed in _REPLIES or printed.removesuffix("nya") in _REPLIES


_ORGANISATION_ENDINGS = (
    *("verband", "verein", "ministerium", "gewerkschaft", "stiftung", "behörde", "institut", "amt", "bündnis"),
    *("netzwerk", "konzern", "partei", "gesellschaft", "kommission"),
)  # German compounds: "Imkerverband", "Landratsamt", "Denkmalnetzwerk"


def _is_organisation(folded: str) -> bool:
    """A word naming a body: ``ministry``, ``Kementerian``, and German compounds like ``Imkerverband``."""
    return folded in ORGANISATION_WORDS or (len(folded) > 6 and folded.endswith(_ORGANISATION_ENDINGS))


def _is_body(name: str) -> bool:
    """A name holding an organisation word: ``University of Exeter``, ``Kementerian Keuangan``."""
    return any(_is_organisation(_fold(word)) for word in name.split())


def _is_compound(name: str) -> bool:
    """``Keller und Tiefgaragen``: two things joined, never the one person a singular pronoun stands for."""
    return any(_fold(word) in _AND for word in name.split())


_SUBJECT_PRONOUNS = frozenset([*PRONOUN_GENDER, "ia", "dia", "beliau"])


def _pronoun_subject(text: str, end: int) -> bool:
    """Whether a singular subject pronoun opens a clause shortly before ``end``: ``…, il brûle``, ``Ia menambahkan``.

    Only the last 300 characters count: a bounded look back keeps a paragraph of many quotes linear.
    """
    start = max(0, end - 300)
    words = _words(text, start, end)
    return any(
        word.folded in _SUBJECT_PRONOUNS
        and ((index == 0 and start == 0) or text[words[index - 1].end : word.start].strip() in (",", ".", "!", "?"))
        for index, word in enumerate(words)
        if index > 0 or start == 0
    )


def _span(body: Sequence[str], where: tuple[int, int, int]) -> Span:
    paragraph, start, end = where
    return Span(text=body[paragraph][start:end], paragraph=paragraph, offset=start)


_ACRONYM = re.compile(r"[ \t\u00a0\u202f]\(([A-Z][A-Za-z]{1,9})\)")


def _spells(short: str, initials: str, last_word: str) -> bool:
    """Whether a short form spells a name: its initials, then letters of the last word for a German compound.

    ``SGON`` for ``Swiss Glacier Observation Network``; ``MRB`` for ``Mitteldeutsche Regionalbahn``.
    """
    short = short.upper()
    if short == initials:
        return True
    if len(initials) < 2 or not short.startswith(initials):
        return False
    rest, word = short[len(initials) :], last_word.upper()[1:]
    for letter in rest:
        found = word.find(letter)
        if found < 0:
            return False
        word = word[found + 1 :]
    return True


_ELISION = re.compile(r"^[ldLD]['’]")


def _acronyms(body: Sequence[str]) -> dict[str, str]:
    """Short forms defined in brackets after the name they stand for: ``Swiss Glacier Observation Network (SGON)``."""
    found: dict[str, str] = {}
    for text in body:
        for match in _ACRONYM.finditer(text):
            short = match.group(1)
            if sum(char.isupper() for char in short) < 2:
                continue
            words = _words(text, max(0, match.start() - 120), match.start())
            initials: list[str] = []  # of capitalised words: "Swiss Glacier Observation Network"
            letters: list[str] = []  # of every word but articles: "Direction générale de l'Aviation civile"
            for index in range(len(words) - 1, max(-1, len(words) - 12), -1):
                word = words[index]
                if (
                    index < len(words) - 1
                    and not _gap_is_space(text, word, words[index + 1])
                    and text[word.end : words[index + 1].start].strip() != ","
                ):
                    break  # but "Badan Meteorologi, Klimatologi, dan Geofisika": commas inside a name
                printed = _ELISION.sub("", text[word.start : word.end])
                if word.folded not in _CONNECTORS and word.folded not in _AND and printed:
                    letters.insert(0, printed[0].upper())
                if text[word.start].isupper():
                    initials.insert(0, text[word.start])
                elif word.folded not in _CONNECTORS and word.folded not in _AND and not _ELISION.match(word.folded):
                    initials = []  # a lower-case word: only the every-word spelling can still match
                last = text[words[-1].start : words[-1].end]
                if (initials and _spells(short, "".join(initials), last)) or "".join(letters) == short.upper():
                    found.setdefault(short, " ".join(text[word.start : match.start()].split()))
                    break
    return found


def _resolve(
    body: Sequence[str],
    found: list[_Found],
    mentions: list[_Mention],
    table: CueTable,
    counts: _NameCounts,
    *,
    acronyms: dict[str, str],
    people: Sequence[tuple[int, int, str]] = (),
) -> list[AttributedQuote]:
    """The quotes found, with pronouns and descriptions resolved.

    ``people`` holds the people named outside quotes, subjects or not, in reading order: those a paragraph may
    name without making them a subject.
    """
    quotes: list[AttributedQuote] = []
    last_speaker_paragraph = -1
    last_speaker: str | None = None
    full_name_at = {(mention.paragraph, mention.offset): mention.name for mention in mentions}
    genders: dict[str, str] = {mention.name: mention.gender for mention in mentions if mention.gender is not None}
    for item in found:
        speaker = _span(body, item.speaker) if item.speaker else None
        first = item.parts[0][:2]
        if item.speaker is not None:
            first = min(first, item.speaker[:2])
        resolved: str | None = None
        if (speaker is not None and table.is_pronoun(speaker.text)) or item.null_subject:
            gender = PRONOUN_GENDER.get(_fold(speaker.text)) if speaker is not None else None
            mention = _latest(mentions, first, gender, genders)
            named = _latest_printed(people, first, first[0])
            if (
                named is not None
                and (mention is None or mention.paragraph < first[0])
                and (gender is None or genders.get(named.name) in (None, gender))
            ):
                mention = named  # "Unterstützung kam von der Theologin Miriam Feldhaus. … „…“, sagte sie."
            if mention is not None and mention.name == last_speaker and _is_reply(body, item.cue):
                mention = _latest(mentions, first, gender, genders, besides=last_speaker)  # "…," sahutnya
            resolved = mention.name if mention is not None else last_speaker
            if gender is not None and resolved is not None:
                genders.setdefault(resolved, gender)  # "she said" makes the gender evident for later pronouns
        elif speaker is not None and item.speaker is not None:
            paragraph, start, end = item.speaker
            bare = _bare_name(body[paragraph], start, end, counts)
            if bare is None:
                resolved = _described(body[paragraph], start, end, mentions, first, printed=people)
            else:
                name = full_name_at.get((paragraph, start)) or " ".join(body[paragraph][bare[0] : bare[1]].split())
                resolved = name if name != speaker.text else None
        elif item.inherit:
            resolved = last_speaker
        elif item.in_paragraph:
            mention = _latest(mentions, first)
            if mention is not None and mention.paragraph == first[0]:
                resolved = mention.name
            elif _pronoun_subject(body[first[0]], first[1]) or last_speaker_paragraph == first[0]:
                # "Pour une marée …, il brûle … « Faites le calcul. »"; "…, sagte sie. „Wir hängen …“"
                resolved = last_speaker
        short = speaker.text.split()[-1] if speaker is not None else ""
        if resolved is None and speaker is not None and short in acronyms and len(speaker.text.split()) <= 2:
            resolved = acronyms[short]  # "SGON said", "Die MRB bezeichnete" after "… Regionalbahn (MRB)"
        if item.kind is not QuoteKind.INDIRECT or speaker is not None:
            who = resolved or (speaker.text if speaker is not None else None)
            if who is not None:
                last_speaker, last_speaker_paragraph = who, first[0]
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


_DEMONSTRATIVES_AFTER = frozenset(["tersebut", "itu", "ini"])
_GENERIC_PEOPLE = frozenset(
    """official politician lawmaker executive funcionario funcionaria dirigente mandatario mandataria responsable
    élu élue politiker politikerin pejabat politisi letrado letrada abogado abogada avocat avocate lawyer""".split()  # noqa: SIM905
)
_ANYONE = frozenset(
    "defendant angeklagte angeklagter acusado acusada accusé accusée prévenu prévenue terdakwa".split()  # noqa: SIM905
)
_ANYONE_SUFFIXES = ("-jährige", "-jähriger", "-year-old")
_FRAME_PREPOSITIONS = frozenset(
    "vor bei nach im am in at on during before after en à devant lors di dalam pada saat".split()  # noqa: SIM905
)
_ROMANCE_ARTICLES = frozenset(["el", "la", "los", "las", "le", "les", "un", "una", "une"])
_DEFINITE_SINGULAR = frozenset(["the", "der", "die", "el", "la", "le"])
_COLLECTIVES = frozenset(
    """government gobierno gouvernement regierung patronal direction dirección direktion defensa défense club
    sistema système system firm firma empresa entreprise société unternehmen konzern army armée ejército junta
    consejo conseil rat statement comunicado communiqué erklärung mitteilung report informe rapport bericht texte
    text study studie estudio étude survey umfrage encuesta enquête""".split()  # noqa: SIM905
)  # bodies and documents: "la patronal" is no person named before
_GENERIC_SUFFIXES = ("-politiker", "-politikerin")


def _latest_printed(printed: Sequence[tuple[int, int, str]], where: tuple[int, int], reach: int) -> _Mention | None:
    """The person printed in full last before ``where``, from paragraph ``reach`` on, subject or not."""
    index = bisect.bisect_left(printed, where, key=lambda name: (name[0], name[1])) - 1
    for back in range(index, max(-1, index - 3), -1):  # "Miriam Feldhaus von der Universität Bonn"
        paragraph, offset, name = printed[back]
        if paragraph < reach:
            break
        if not _is_body(name):
            return _Mention(paragraph, offset, name, frozenset())
    return None


def _later(mention: _Mention | None, other: _Mention | None) -> str | None:
    """The name of whichever of two people was named later."""
    if mention is None or other is None:
        found = mention or other
        return found.name if found is not None else None
    return max(mention, other, key=lambda person: (person.paragraph, person.offset)).name


def _described(
    text: str,
    start: int,
    end: int,
    mentions: list[_Mention],
    where: tuple[int, int],
    *,
    printed: Sequence[tuple[int, int, str]] = (),
) -> str | None:
    """``the minister``: the latest person introduced with that title (never for ``a``/``un`` descriptions).

    ``printed`` (people printed in full, in reading order) lets ``the 24-year-old`` be someone named as an object.
    """
    words = _words(text, start, end)
    if len(words) >= 2 and words[-1].folded in _DEMONSTRATIVES_AFTER and not text[words[0].start].isupper():
        # "warga tersebut", "perwira menengah Polri itu": the person just described.
        nouns = {word.folded for word in words[:-1]}
        index = bisect.bisect_left(mentions, where, key=lambda mention: (mention.paragraph, mention.offset))
        recent = mentions[max(0, index - 5) : index]
        for mention in reversed(recent):
            if nouns & (mention.titles | {_fold(word) for word in mention.name.split()}):
                return mention.name
        for mention in reversed(recent):  # "pemain yang akrab disapa Kiki itu": the person named last
            if " " in mention.name and not any(_is_organisation(_fold(word)) for word in mention.name.split()):
                return mention.name
        return None
    if not words or words[0].folded in _INDEFINITE or words[0].folded not in _DETERMINERS:
        return None
    framed = next((at for at in range(2, len(words)) if words[at].folded in _FRAME_PREPOSITIONS), len(words))
    words = words[:framed]  # "der Angeklagte vor dem Schöffensenat", "the judge at the hearing": the frame is not who
    nouns = {word.folded for word in words[1:] if word.folded not in _CONNECTORS and word.folded not in _DETERMINERS}
    index = bisect.bisect_left(mentions, where, key=lambda mention: (mention.paragraph, mention.offset))
    if nouns and all(noun in _ANYONE or noun.endswith(_ANYONE_SUFFIXES) for noun in nouns):
        # "der Angeklagte", "der 52-Jährige", "the defendant": the latest person named.
        anyone = next(
            (
                mention
                for mention in reversed(mentions[max(0, index - 5) : index])
                if not _is_body(mention.name) and " " in mention.name
            ),
            None,
        )
        return _later(anyone, _latest_printed(printed, where, where[0] - 1))
    if nouns and all(noun in _GENERIC_PEOPLE or noun.endswith(_GENERIC_SUFFIXES) for noun in nouns):
        # "el funcionario", "die SPD-Politikerin": the latest person introduced with an office.
        for mention in reversed(mentions[max(0, index - 5) : index]):
            holds_office = any(_is_title(title) for title in mention.titles)
            if holds_office and not any(_is_organisation(_fold(word)) for word in mention.name.split()):
                return mention.name
        return None
    for mention in reversed(mentions[max(0, index - 20) : index]):
        if nouns and nouns <= mention.titles:
            return mention.name
        if nouns and nouns <= {_fold(word) for word in mention.name.split()}:
            return mention.name  # "the Monetary Authority" for "the Monetary Authority of Singapore"
    if (
        words[0].folded not in _DEFINITE_SINGULAR
        or not nouns
        or any(_is_organisation(noun) or noun in _GENERIC_PEOPLE or noun in _COLLECTIVES for noun in nouns)
    ):
        return None
    # "Vandermeulen said … “…,” the rider wrote": a new description of the person named just before.
    gender = _GENDERED_ARTICLES.get(words[0].folded)
    # An office with its complement ("le ministre délégué aux Transports") is someone new unless the paragraph
    # named them; a bare one ("die Theologin", "la investigadora") is the one named before.
    titled = any(_is_title(noun) for noun in nouns)
    reach = where[0] if titled and len(nouns) > 1 else where[0] - 1
    someone = titled or all(noun.endswith(_PERSON_ENDINGS) for noun in nouns)
    person: _Mention | None = None
    for mention in reversed(mentions[max(0, index - 5) : index]):
        if mention.paragraph < reach:
            break
        if " " not in mention.name or _is_body(mention.name):
            if someone:
                continue  # "la viróloga Leticia Ramírez Ochoa, del Instituto …": a person is never the body
            return None  # a body named since: the description may be of it
        if gender is None or mention.gender in (None, gender):
            person = mention
            break
    return _later(person, _latest_printed(printed, where, reach))
