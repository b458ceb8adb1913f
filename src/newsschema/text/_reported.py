"""Reported speech without marks: ``…, kata X.``, ``According to X, …``, ``X said (that) …``."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

import attrs

from newsschema.models import QuoteKind
from newsschema.text._cues import CueTable
from newsschema.text._lexicon import (
    _CALLING,
    _COMMA_GLUE,
    _DETERMINERS,
    _ENDS_SENTENCE,
    _FRAME_END,
    _FRAME_PREPOSITIONS,
    _FRONTED,
    _MAX_CLAUSE,
    _MAX_SPEAKER_WORDS,
    _SPACES,
    _TELLING,
    _TIME_WORDS,
    _cue_at,
    _sentence_starts,
    _source_clitic,
    _tokens,
    _Word,
    _words,
)
from newsschema.text._speakers import (
    _could_be_a_speaker,
    _not_a_source,
    _speaker_after,
    _speaker_before,
    _subject_before,
)

_INLINE_SPACES = " \t\u00a0\u202f"
_COMMA_BEFORE_WORD = re.compile(r",[ \t\u00a0\u202f]{1,2}")


@attrs.frozen
class _Found:
    """An attribution found: its kind, and where its parts, speaker and cue are (paragraph, start, end)."""

    kind: QuoteKind
    parts: tuple[tuple[int, int, int], ...]
    speaker: tuple[int, int, int] | None
    cue: tuple[int, int, int] | None
    inherit: bool = False
    null_subject: bool = False  # "…", lamentó: the speaker is the person last introduced
    in_paragraph: bool = False  # no cue, after the paragraph's subject: 'X verwies auf … „…“'
    nested: bool = False  # words quoted inside someone's quote: 'Der Chef hat gesagt: ‚…‘'


def _frame_follows(text: str, position: int) -> bool:
    """Whether a time or place frame ends the sentence at ``position``: `` am Donnerstag.``, `` on Monday.``."""
    following = _words(text, position, min(len(text), position + 40))
    return (
        bool(following)
        and following[0].folded in _FRAME_PREPOSITIONS
        and not text[position : following[0].start].strip()
        and _FRAME_END.match(text, position) is not None
    )


_ENDS_IN_A_PAST = re.compile(r"(?:the|a|an)[ \t\u00a0\u202f][^A-Z]*[ \t\u00a0\u202f][a-z]{3,}ed")
_INDONESIAN_ACTIVE = ("meng", "meny", "mem", "men", "ber")  # prefixed verbs keep subject-verb order


def _when_ends(text: str, position: int) -> bool:
    """Whether only a time frame ends the sentence at ``position``: `` on Tuesday.``, `` Tuesday.``, `` in a
    statement.`` (a frame that goes on with "that" opens a clause of its own)."""
    following = _words(text, position, min(len(text), position + 60))
    if not following or text[position : following[0].start].strip():
        return False
    if following[0].folded not in _TIME_WORDS and not _frame_follows(text, position):
        return False
    frame = _FRAME_END.match(text, position)
    return frame is not None and not any(word.folded == "that" for word in _words(text, position, frame.end()))


def _clause_goes_on(text: str, end: int, table: CueTable) -> bool:
    """Whether a lower-case word that is no frame follows ``end`` with no comma: 'meminta Kementerian Agama
    memprioritaskan …' asks something of someone; 'kata Budi di Jakarta' and 'said Ms Lee on Monday' end."""
    following = _words(text, end, min(len(text), end + 40))
    return (
        bool(following)
        and not text[end : following[0].start].strip()
        and text[following[0].start].islower()
        and following[0].folded not in table.stop_words
        and following[0].folded not in table.prepositions
        and not table.is_verb(following[0].folded)
    )


_BARE_APPOSITION = re.compile(r"[A-ZÀ-Ý][\w'’-]+,[ \t\u00a0\u202f]+[a-zà-ÿ][\w'’-]+$")  # "Loïc Penhoat, pêcheur"
_ACTIVE_VERB_NEXT = re.compile(r"[ \t\u00a0\u202f]+(?:me|ber|di)[a-z]{3,}\b")  # "Kemenag memastikan": a clause


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
        if _BARE_APPOSITION.search(stripped):
            return None  # "Loïc Penhoat, pêcheur, constate les dégâts": a name and its role, then their own verb
        offset = begin + (len(piece) - len(piece.lstrip()))
        return paragraph, offset, offset + len(stripped)

    def report_before(comma: int, speaker: tuple[int, int], cue: tuple[int, int]) -> None:
        """``…, kata Budi.``: the clause before ``comma`` is reported by ``speaker`` with ``cue``."""
        content = content_before(comma)
        if content:
            found.append(_Found(QuoteKind.INDIRECT, (content,), (paragraph, *speaker), (paragraph, *cue)))

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
                    report_before(comma, (word.end - suffix, word.end), (word.start, word.end))
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
                    and cue[0] == "verbs"  # not "menurut", a preposition
                    and word.folded.startswith(_INDONESIAN_ACTIVE)
                    and (not text[speaker[0]].isupper() or _ACTIVE_VERB_NEXT.match(text, speaker[1]))
                ):
                    # "…, Priyo Handoko, menjelaskan gempa dipicu …", "…, meminta Kemenag memastikan …": the verb's
                    # object, never inverted
                    speaker = None
                if speaker is not None and _ENDS_IN_A_PAST.fullmatch(text, speaker[0], speaker[1]):
                    speaker = None  # "…, said the air-conditioning remained on": a clause with its verb, not who
                if (
                    speaker is not None
                    and (table.is_pronoun(text[speaker[0] : speaker[1]]) or not text[speaker[0]].isupper())
                    and (
                        (
                            not _ENDS_SENTENCE.match(text, speaker[1])
                            and text[speaker[1] : speaker[1] + 1] != ","
                            and not _frame_follows(text, speaker[1])  # "…, sagte eine Sprecherin am Donnerstag."
                        )
                        or (  # "…, said the plan was overdue.", not "menurut juru bicara kementerian Hendra Saputra."
                            len(text[speaker[0] : speaker[1]].split()) > 3
                            and not any(word[:1].isupper() for word in text[speaker[0] : speaker[1]].split()[:2])
                            and not any(word[:1].isupper() for word in text[speaker[0] : speaker[1]].split()[-2:])
                        )
                    )
                ):
                    speaker = None  # "…, said he had never …": a new clause, not an inverted attribution
                ends = speaker is not None and sentence_ends_at(speaker[1])
                if speaker is not None and ends and not _clause_goes_on(text, speaker[1], table):
                    report_before(comma, speaker, (word.start, cue_end))
                continue
            # ", the minister said."
            for ahead in range(index + 1, min(len(words), index + _MAX_SPEAKER_WORDS + 1)):
                cue = _cue_at(words, ahead, table, ("verbs",))
                if cue is None:
                    continue
                cue_end = words[ahead + cue[1] - 1].end
                speaker = _speaker_before(text, words[ahead].start, table, whole=word.start)
                if speaker is not None and (_ENDS_SENTENCE.match(text, cue_end) or _when_ends(text, cue_end)):
                    report_before(comma, speaker, (words[ahead].start, cue_end))
                break
        elif sentence_start:
            cue = _cue_at(words, index, table, ("prepositions",))
            suffix = _source_clitic(word, table)
            glue = _COMMA_GLUE.match(text, word.end) if suffix else None
            if cue is None and suffix and glue is not None:
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
    seen: set[tuple[tuple[int, int, int], ...]] = set()
    for clause in clauses:
        _, begin, end = clause.parts[0]
        at = bisect.bisect_left(taken_starts, end) - 1
        if (at < 0 or taken_ends[at] <= begin) and clause.parts not in seen:
            seen.add(clause.parts)  # one clause, found from the sentence's start and again after the apposition
            found.append(clause)
    return found


_TITLE_LEAD = re.compile(
    r"(?:[\w'’.-]+[ \t\u00a0\u202f]+){1,6}"  # "Harbour master Colin Ashdown said"
    r"|(?:[\w'’.-]+[ \t\u00a0\u202f]+){1,3}[\w'’.-]+,[ \t\u00a0\u202f]+(?:[\w'’.-]+[ \t\u00a0\u202f]+){1,5}"
    # "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Bandung Barat, Iwan …": an office, then the name
    # (after an honorific: "…, dr. Kevin Halim", "…, dr Rina Kartika")
    r"|(?:[\w'’.()-]+[ \t\u00a0\u202f]+){1,14}[\w'’.()-]+,[ \t\u00a0\u202f]+"
    r"(?:[A-Za-z]{1,4}\.[ \t\u00a0\u202f]+|drg?[ \t\u00a0\u202f]+)?"
)  # "Sathyanathan's coach, former Indian champion Prakash Venu, said": a description, then the title and name
_COMPLEMENTISERS = frozenset(
    ["that", "bahwa", "bahawa", "kalau", "que", "dass", "qu'il", "qu’il", "qu'elle", "qu’elle"]
)
# Reporting verbs followed by a clause without "that": English "said", most Indonesian verbs, German "sagte,".
_BARE_CLAUSE_VERBS = frozenset(
    """said says say told tell added mengatakan menyatakan menjelaskan menyebut menyebutkan menilai mengaku
    menegaskan menambahkan mengungkapkan menuturkan menyampaikan mengakui menerangkan memaparkan berkata mengklaim
    menekankan mengingatkan membeberkan melanjutkan meminta""".split()  # noqa: SIM905
)
_WHO = frozenset(["who", "which", "qui", "quien", "quienes"])  # relative pronouns that are never articles
_CLAUSE_MARKS = frozenset('“”„«»"')


def _cue_after_comma(text: str, words: Sequence[_Word], start: int, table: CueTable) -> bool:
    """Whether a comma closes the clause opened before ``words[start]`` and a verb cue follows it at once."""
    for at in range(start, min(len(words), start + 15)):
        if text[words[at - 1].end : words[at].start].strip() == ",":
            return _cue_at(words, at, table, ("verbs",)) is not None
        if any(char in ".!?;" for char in text[words[at - 1].end : words[at].start]):
            return False
    return False


def _said_that(paragraph: int, text: str, index: int, starts: Sequence[int], table: CueTable) -> _Found | None:
    """``X said (that) …``, ``X mengatakan (bahwa) …``: the reported clause after a subject and a cue.

    The sentence starts at ``words[index]``; the subject opens it (after a short fronted phrase at most), the cue
    follows within a few words, and the clause runs to the sentence end.
    """
    words = _words(text, 0, len(text))
    sentence = words[index].start
    verb_starts = table.phrases("verbs")
    for ahead in range(index, min(len(words), index + 24)):
        if words[ahead].folded not in verb_starts:
            continue  # the cheap test first: most words start no cue
        cue = _cue_at(words, ahead, table, ("verbs",))
        if cue is None:
            continue
        verb = words[ahead]
        if ahead > index and words[ahead - 1].folded in _WHO and _cue_after_comma(text, words, ahead + 1, table):
            continue  # "Abena Okafor, who wrote the measure, said …": the relative clause's verb, not the report's
        if verb.folded in _CALLING or (ahead > index and table.is_verb(words[ahead - 1].folded)):
            return None
        speaker = _subject_before(text, verb.start, sentence, table) if ahead > index else None
        if speaker is None:
            return None
        lead = text[sentence : speaker[0]]
        if lead.strip() and not _FRONTED.fullmatch(lead) and not _TITLE_LEAD.fullmatch(lead):
            return None  # the subject must open the sentence: "However, she acknowledged that"
        if text[speaker[1] : verb.start].strip() == "," and "," not in lead:
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
