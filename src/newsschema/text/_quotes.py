"""Attributed quotes found in paragraphs: rule-based, multilingual, linear time.

Quotation marks are paired with a stack and a tolerant pair table; cues are
looked up word by word in a :class:`CueTable` (a set lookup, never a regex
alternation), inside windows of bounded size, so the work grows linearly with
the text.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import re
from collections.abc import Sequence

import attrs

from newsschema.models import AttributedQuote, QuoteKind, Span
from newsschema.text._cues import CueTable
from newsschema.text._lexicon import (
    _AND,
    _ASKED,
    _AUXILIARIES,
    _BARE_NAMES,
    _CALLING,
    _COMMA_GLUE,
    _CONNECTORS,
    _COPULAS,
    _DEFINITE_SINGULAR,
    _DETERMINERS,
    _ENDS_SENTENCE,
    _FRAME_END,
    _FRAME_PREPOSITIONS,
    _FRONTED,
    _GENDERED_ARTICLES,
    _INDEFINITE,
    _MARKS,
    _MAX_CLAUSE,
    _RELATIVES,
    _SENTENCE_STARTS,
    _SPACES,
    _SUBJUNCTIVE,
    _WINDOW_AFTER,
    _clear_tokens,
    _cue_at,
    _gap_is_space,
    _is_organisation,
    _is_person_name,
    _is_role,
    _is_title,
    _is_work,
    _opens_sentence,
    _sentence_starts,
    _source_clitic,
    _Word,
    _words,
)
from newsschema.text._marks import _pair, _pair_all, _Raw
from newsschema.text._people import (
    _acronyms,
    _bare_name,
    _count_names,
    _full_names,
    _honorific_gender,
    _is_clause_fragment,
    _Mention,
    _mentions,
    _nicknamed_people,
    _nicknames,
    _resolve,
    _title_words,
    _without_focus_word,
)
from newsschema.text._reported import _COMPLEMENTISERS, _Found, _indirect
from newsschema.text._speakers import (
    _ADVERBS,
    _FRONTING,
    _INVERSION,
    _SPANISH_PRETERITE,
    _after_quote,
    _attribution_after,
    _before_quote,
    _is_a_name,
    _is_a_title,
    _joined_by_conjunction,
    _judged_as,
    _not_a_source,
    _past_addressee,
    _qualifies,
    _speaker_after,
    _speaker_before,
    _subject_before,
    _subject_head,
    _unlisted_incise,
)

__all__ = ["find_quotes"]

# 'called it "X"', 'menyebut … sebagai "X"': a name given, not words said.
# 'under what management calls its "recovery plan"': a label an unnamed collective uses ('what she called' is hers).
_WHAT_THEY_CALL = re.compile(
    r"(?<!\w)what(?:[ \t\u00a0\u202f]+(?!(?:he|she|they|it|we|i)\b)[a-z][\w'’-]*){1,3}[ \t\u00a0\u202f]+"
    r"(?:calls?|terms?|dubs?)(?:[ \t\u00a0\u202f]+[\w'’-]+){0,2}[ \t\u00a0\u202f]*$"
)
# 'in what prosecutors called "…"': the past names an occasion, so the words are the callers' (the present names a
# term: 'what geologists call a "…"').
_WHAT_SUBJECT = re.compile(
    r"(?<!\w)what[ \t\u00a0\u202f]+((?:[\w'’.-]+[ \t\u00a0\u202f]+){0,3}[\w'’.-]+)[ \t\u00a0\u202f]+$"
)
_NAMING = frozenset(
    """as sebagai como comme als dubbed named nicknamed codenamed bernama dijuluki disebut istilah
    such so-called sogenannte sogenannten sogenannter dite dits llamado llamada reading""".split()  # noqa: SIM905
)
# "dengan judul "A new species of …"", "a report titled "…"": the name of a work, never anyone's words.
_TITLED = frozenset(
    "judul berjudul bertajuk titled entitled headlined intitulé intitulée titulado titulada titel".split()  # noqa: SIM905
)


# A name in marks after these is a name ('patron du « Kornog »', 'Joint par « Le Temps »', 'told "The Times"').
_NAME_OF = frozenset(
    """du del des of the le la el par by por von oleh avec with con mit dans in au al à told a der dem im beim bei vom
    zum gegenüber""".split()  # noqa: SIM905
)  # "sagte er der „WAZ“", "bei „Maischberger“": an outlet's or a show's name
# Kinds of works and outlets whose name follows in marks: 'der Zeitung «Le Nouvelliste»', 'study, "Living with Water:
# The Severn Corridor"'. A name starts with a capital and ends with no punctuation, unlike words someone said.
_KINDS_OF_WORK = frozenset(
    """newspaper paper magazine journal tabloid zeitung zeitschrift magazin blatt diario periódico revista
    quotidien hebdomadaire koran harian majalah study studie estudio étude report bericht informe rapport
    laporan novel novela roman buch book libro livre buku film película album álbum song canción chanson lied lagu
    exhibition ausstellung exposición exposition pameran documentary documental dokumentation""".split()  # noqa: SIM905
)


def _reads_as_a_work(content: str) -> bool:
    words = content.split()
    return (
        content[:1].isupper() and 1 <= len(words) <= 8 and content.rstrip()[-1:] not in ".,;!?" and ". " not in content
    )


# Kinds of things that bear names: 'huracán "Leticia"', 'Tief „Bernd“', 'operasi "Ketupat"' are names, no one's words.
_NAMED_KINDS = frozenset(
    """hurricane typhoon cyclone storm huracán tormenta ciclón tifón ouragan tempête cyclone sturm orkan tief hoch
    taifun topan badai siklon operation operasi operación opération operazione
    ship vessel schiff forschungsschiff navire bateau buque barco kapal""".split()  # noqa: SIM905
)


# Words before a label in marks, printed in any case: 'program "desa mandiri"', 'el lema «…»', 'das Motto „…“'.
_LABELLED_KINDS = frozenset(
    """program programme programa programm gerakan kampanye campaign slogan eslogan lema motto tagar hashtag
    label hari acara tradisi ritual upacara tema judul sebutan""".split()  # noqa: SIM905
)


# The second of two labels: 'hari "hoyak tabuik" dan "tabuik dibuang ke laut"'.
_LOOK_BACK = 200  # longer than any match of _SECOND_LABEL or _WHAT_THEY_CALL, so every quote costs the same
_SECOND_LABEL = re.compile(
    r"(?<!\w)(?i:" + "|".join(sorted(_LABELLED_KINDS)) + r")[ \t\u00a0\u202f]+[\"“«„‚'‘][^\"”»“‘’\n]{1,60}[\"”»“’‘']"
    r"[ \t\u00a0\u202f]+(?:dan|and|y|et|und|atau|or|o|ou|oder)[ \t\u00a0\u202f]*$"
)


def _trim(body: Sequence[str], part: tuple[int, int, int]) -> tuple[int, int, int] | None:
    paragraph, start, end = part
    piece = body[paragraph][start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    offset = start + len(piece) - len(piece.lstrip())
    return paragraph, offset, offset + len(stripped)


def _without_doubled_marks(
    body: Sequence[str], parts: tuple[tuple[int, int, int], ...]
) -> tuple[tuple[int, int, int], ...]:
    """Parts of a quote in doubled apostrophes without the inner halves of the marks."""
    (first_paragraph, first_start, first_end), (last_paragraph, last_start, last_end) = parts[0], parts[-1]
    if body[first_paragraph][first_start : first_start + 1] == "'":
        first_start += 1
    if len(parts) == 1:
        last_start = first_start
    if body[last_paragraph][last_end - 1 : last_end] == "'" and last_end - 1 > last_start:
        last_end -= 1
    if len(parts) == 1:
        trimmed = _trim(body, (first_paragraph, first_start, last_end))
        return (trimmed,) if trimmed is not None else ()
    ends = [_trim(body, (first_paragraph, first_start, first_end)), *parts[1:-1]]
    ends.append(_trim(body, (last_paragraph, last_start, last_end)))
    return tuple(part for part in ends if part is not None)


# Between the attribution and the rest of a split quote: a comma or colon, after a short frame at most
# ('„…“, sagte der 29-Jährige nach der Partie, „…“').
_SPLIT_GLUE = re.compile(
    r"(?:[ \t\u00a0\u202f]+[a-zäöüßà-ÿ][^.!?;:,\n“”\"«»„]{0,40})?[ \t\u00a0\u202f]*[,:][ \t\u00a0\u202f]*"
)
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
        unwrapped = [_UNWRAP.sub(" ", paragraph) for paragraph in body]
        if unwrapped == list(body):
            return _find_quotes(body, table)
        # Hard-wrapped copy: the rules read a line break inside a paragraph as the space it stands for (the same
        # length, so every offset holds), and the spans show the text as printed.
        return tuple(_as_printed(quote, body) for quote in _find_quotes(unwrapped, table))
    finally:
        if collecting:
            gc.enable()


_UNWRAP = re.compile(r"[\r\n]")


def _as_printed(quote: AttributedQuote, body: Sequence[str]) -> AttributedQuote:
    """``quote``, found in the unwrapped paragraphs, with every span's text as ``body`` prints it."""

    def printed(span: Span) -> Span:
        if span.paragraph is None or span.offset is None:
            return span
        return attrs.evolve(span, text=body[span.paragraph][span.offset : span.offset + len(span.text)])

    return attrs.evolve(
        quote,
        parts=tuple(printed(part) for part in quote.parts),
        speaker=printed(quote.speaker) if quote.speaker is not None else None,
        cue=printed(quote.cue) if quote.cue is not None else None,
    )


def _find_quotes(body: Sequence[str], table: CueTable) -> tuple[AttributedQuote, ...]:
    _clear_tokens()
    _SENTENCE_STARTS.clear()
    _BARE_NAMES.clear()
    raws = _pair_all(body)
    headline = len(body) > 1 and _is_headline(body[0])
    spoken = _SPEAKER_THEN_COLON_HEADLINE.match(body[0]) if headline else None
    if headline:
        raws = [
            raw
            for raw in raws
            if raw.open_at[0] != 0  # a headline quotes, it reports no one …
            or (spoken is not None and raw.close_at is not None and not body[0][raw.close_at[1] + 1 :].strip())
        ]  # … but for someone's words after their name and a colon, ending it
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
        if raw.close_at is not None and _COMPOUND_AFTER.match(body[raw.close_at[0]], raw.close_at[1] + 1):
            continue  # 'das Freiburger "Jugend forscht"-Modell': a name inside a compound word, no one's words
        parts = tuple(trimmed for part in raw.parts if (trimmed := _trim(body, part)) is not None)
        if parts and body[raw.open_at[0]][raw.open_at[1] : raw.open_at[1] + 2] == "''":
            parts = _without_doubled_marks(body, parts)  # Jawa Pos: ''Hasil uji …,'' — two apostrophes, one mark
        if not parts:
            continue
        incised = _incise(body, parts, body[raw.open_at[0]][raw.open_at[1]], table)
        if incised is not None:
            # "« On ne voulait pas …, explique-t-il. »": the French incise inside the marks.
            item = _Found(QuoteKind.DIRECT, *incised, null_subject=incised[1] is None)
            found.append(item)
            previous_attributed = (item.parts[-1][0], item)
            continue
        content = " ".join(body[p][s:e] for p, s, e in parts)
        if _names_only(content) and _name_follows(body[raw.open_at[0]], raw.open_at[1]):
            continue  # 'Joint par « Le Temps », son avocat …': an outlet's name in marks, no one's words
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
            if (
                post is None
                and close_paragraph == raw.open_at[0]
                and _opens_sentence(body[close_paragraph], raw.open_at[1])
                and not _is_a_title(content)
            ):
                post = _unlisted_incise(body[close_paragraph], close_index, table) or _said_thereby(
                    body[close_paragraph], close_index, table
                )
            if post is not None:
                speaker = (close_paragraph, *post[0]) if post[0] is not None else None
                cue = (close_paragraph, *post[1])
                end_of_attribution = (close_paragraph, max(post[0][1] if post[0] else 0, post[1][1]))
            elif (
                close_paragraph + 1 < len(body)
                and not body[close_paragraph][close_index + 1 :].strip()
                and not _is_a_title(content)
                and (thereby := _said_thereby(body[close_paragraph + 1], -1, table)) is not None
            ):
                # '"…"' closing its paragraph, then 'Hal itu disampaikan Kapolres … AKBP Dimas Aryo Nugroho …'
                speaker = (close_paragraph + 1, *thereby[0]) if thereby[0] is not None else None
                cue = (close_paragraph + 1, *thereby[1])
        open_paragraph, open_index = raw.open_at
        if cue is None:
            pre = _before_quote(body[open_paragraph], open_index, table, content)
            if pre is not None:
                speaker = (open_paragraph, *pre[0]) if pre[0] is not None else None
                cue = (open_paragraph, *pre[1])
            elif open_paragraph > 0 and not body[open_paragraph][:open_index].strip():
                # "El coordinador …, capitán Jairo Londoño, explicó en el lugar:" ends the paragraph before.
                lead = body[open_paragraph - 1].rstrip()
                pre = _before_quote(lead, len(lead), table, content) if lead.endswith(":") else None
                if pre is not None:
                    speaker = (open_paragraph - 1, *pre[0]) if pre[0] is not None else None
                    cue = (open_paragraph - 1, *pre[1])
        if (
            cue is None
            and speaker is None
            and not _is_a_title(content)  # 'Rodrigo Venancio: "Mahakam United Bukan Tim Kuda Hitam Lagi"': a headline
            and (subject := _colon_subject(body[open_paragraph], open_index, table))
        ):
            # "Preguntado por el rival, el técnico ha sido tajante: “…”": no cue, the clause's subject speaks.
            item = _Found(QuoteKind.DIRECT, parts, (open_paragraph, *subject), None)
            found.append(item)
            previous_attributed = (parts[-1][0], item)
            continue
        if (
            cue is None
            and speaker is None
            and open_paragraph == 0
            and spoken is not None
            and spoken.end() - 1 == open_index
            and not _is_a_title(content)
        ):
            # 'Pellegrini, tras la derrota ante Talleres: "…"': the headline names who said it before the colon.
            item = _Found(QuoteKind.DIRECT, parts, (0, spoken.start("name"), spoken.end("name")), None)
            found.append(item)
            previous_attributed = (parts[-1][0], item)
            continue
        if cue is None and speaker is None and _asked_then_colon(body[open_paragraph], open_index, table):
            # "Consultado sobre su futuro, fue escueto: “…”": the one asked, as a dropped subject.
            item = _Found(QuoteKind.DIRECT, parts, None, None, null_subject=True)
            found.append(item)
            previous_attributed = (parts[-1][0], item)
            continue
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
                        and not _dashed_inside(body, follower, table)
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
        near = max(sentence, open_index - _LOOK_BACK)  # the patterns below end at the mark: a bounded look back
        titled = bool(before_mark) and before_mark[-1].folded in _TITLED  # "dengan judul "…"": a work's name
        naming = (
            bool(before_mark)
            and (
                (before_mark[-1].folded in _NAMING and not _judged_as(text, sentence, before_mark, content))
                or titled
                or (before_mark[-1].folded in _NAME_OF and _is_a_name(content))  # 'patron du « Kornog »'
                or (before_mark[-1].folded in _NAMED_KINDS and _is_a_name(content))
                or (before_mark[-1].folded in _KINDS_OF_WORK and _reads_as_a_work(content))  # 'study, "Living with …"'
                # 'vom Mieterbündnis »Hermannstraße bleibt«': a body's name after the kind of body it is
                or (_is_organisation(before_mark[-1].folded) and len(content.split()) <= 4 and content[:1].isupper())
                or (before_mark[-1].folded in _LABELLED_KINDS and len(content.split()) <= 4)  # program "desa mandiri"
                or (len(content.split()) <= 4 and _SECOND_LABEL.search(text, near, open_index) is not None)
                or _called_passively(before_mark)
                or _WHAT_THEY_CALL.search(text, near, open_index) is not None  # 'what management calls its "…"'
            )
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
        if not _qualifies(content) or titled:
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
    # "Das Stück erzählt von …, das „vergisst“": what a work tells is no one's words, nor what follows from it.
    found = [
        item
        for item in found
        if item.kind is QuoteKind.DIRECT
        or item.speaker is None
        or not _is_work(body[item.speaker[0]][item.speaker[1] : item.speaker[2]])
    ]
    found.extend(_continued(body, found, blocked))
    found.extend(_nested(body, found, table))
    found.sort(key=lambda item: (item.parts[0][0], item.parts[0][1], item.nested))
    counts = _count_names(body)
    found = [_without_focus_word(body, item) for item in found]  # "Auch Wehrle wurde deutlich:": Wehrle
    # People named inside reported speech are talked about, not talking: they introduce no one.
    # Their full names still count for later short forms (only words in marks are not the writer's).
    reported_clauses: dict[int, list[tuple[int, int]]] = {}
    for item in found:
        if item.kind is QuoteKind.INDIRECT:
            for paragraph, start, end in item.parts:
                reported_clauses.setdefault(paragraph, []).append((start, end))
    mentions, full_names, people = _mentions(body, blocked, reported_clauses, table, counts)
    nicknamed = _nicknamed_people(body)  # 'Matías “Tanque” Olmedo': a full name the marks keep apart
    if nicknamed:
        full_names = sorted([*full_names, *nicknamed])
        people = sorted([*people, *nicknamed])
    for item in found:  # named speakers are people introduced too (not those quoted inside a quote)
        if item.nested:
            continue
        printed = body[item.speaker[0]][item.speaker[1] : item.speaker[2]] if item.speaker is not None else ""
        if item.speaker is not None and not table.is_pronoun(printed) and not _is_clause_fragment(printed, table):
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
    mentions = _full_names(mentions, full_names, _nicknames(body, full_names, nicknamed), body)
    quotes = tuple(
        _resolve(body, found, mentions, table, counts, acronyms=_acronyms(body), people=people, printed=full_names)
    )
    _clear_tokens()
    _SENTENCE_STARTS.clear()
    _BARE_NAMES.clear()
    return quotes


# "I said to myself: '…'", "Saya bilang ke pemain, '…'": the one quoted quotes himself.
_FIRST_PERSON = frozenset(["i", "ich", "saya", "aku", "je", "j", "yo"])
_NEW_SUBJECTS = frozenset(["i", "ich", "je", "yo", "saya", "aku", "he", "she", "we", "they", "er", "sie", "wir"])
_PLURAL_FIRST_PERSON = frozenset(["we", "wir", "kami", "kita", "nous", "nosotros", "nosotras", "on"])
# Words between a subject and a perfect's participle ("Der Chef hat immer gesagt", "Un collègue m'a dit").
_SUBJECT_TO_PARTICIPLE = _AUXILIARIES | frozenset(
    """immer nur oft schon noch mal mir mich uns zu always just often once never still then also ever
    selalu sering pernah sempat cuma hanya juga sudah telah masih m'a m’a lui me nous leur avait
    siempre ya me nos le les había ha""".split()  # noqa: SIM905
)


# "salopp gesagt", "ehrlich gesagt": how the one quoting puts it.
_SO_TO_SPEAK = frozenset(
    "salopp ehrlich offen kurz anders gelinde vorsichtig grob platt bildlich überspitzt zugespitzt".split()  # noqa: SIM905
)


def _inner_speaker(quoted: str, speaker: tuple[int, int], table: CueTable) -> tuple[int, int] | None:
    """The speaker of a quote inside a quote, as printed, or ``None`` for no one the copy names.

    A pronoun other than the first person stands for someone of the quoted story whom the copy rarely names
    (``Er hat gesagt``, ``She said``): no speaker is claimed for it.
    """
    words = _words(quoted, *speaker)
    while len(words) > 1 and quoted[words[-1].start].islower() and words[-1].folded in _TOLD_FILLERS:
        words = words[:-1]  # "Pak Asep tadi bilang": the time word is no part of the name
    if not words or (len(words) == 1 and words[0].folded in _TOLD_FILLERS):
        return None  # "Ada yang bilang": someone, unnamed
    last = words[-1].folded
    if (
        len(words) > 1
        and quoted[words[-1].start].islower()
        and "ge" in last
        and last.endswith(("t", "en"))
        and len(last) > 5
    ):
        return None  # "hat Kuchen mitgebracht und mir gesagt": an object and a participle, no one
    placed = next((at for at in range(1, len(words)) if words[at].folded in ("di", "dari")), None)
    if placed is not None:
        words = words[:placed]  # "Coach di ruang ganti bilang": who, then where
    if _ends_in_someone_owned(words):
        words = words[-2:]  # "At 35K my coach was shouting": the one owned, after a fronted phrase
    article = len(words) > 1 and (
        words[0].folded in _DEFINITE_SINGULAR or words[0].folded in ("a", "an")
    )  # "Le commercial nous a dit", "a board member told me": no French auxiliary
    if any(
        word.folded in _AND or word.folded in _PLURAL_FIRST_PERSON or word.folded in _SUBJECT_TO_PARTICIPLE
        for word in words[article:]
    ):
        return None
    head = re.split(r"['’]", words[0].folded)[0]  # "He'd say"
    if head in ("that", "this", "it", "there", "what", "you", "they"):
        return None  # "that said", "what they told", "You told one family": no one the copy names
    if table.is_pronoun(head) or table.clitic(words[0].folded) or (head in ("me", "le") and len(words) == 1):
        return None  # "me dijo", "le dije"; but "Le commercial nous a dit" names someone
    if len(words) == 1 and (words[0].folded in _ADVERBS or words[0].folded in _SO_TO_SPEAK):
        return None  # "Sie haben, salopp gesagt, ›die Kasse klingeln lassen‹": a manner of speaking, no one
    end = words[-1].end
    if len(words[-1].folded) == 1 and quoted[end : end + 1] == ".":
        end += 1  # "K.": an initial keeps its full stop
    return words[0].start, end


# What may stand between a cue inside a quote and the words it reports: an addressee and a colon or comma
# ("bilang ke saya, ‘…’", "hat zu mir gesagt: ‚…‘" has it before the verb).
_TOLD_TAIL = re.compile(
    r"[ \t\u00a0\u202f]*(?:(?:ke|kepada|pada|to|zu|à|a)(?:[ \t\u00a0\u202f]+[\w’'-]+){1,2}[ \t\u00a0\u202f]*)?"
    r"(?:(?:myself|himself|herself|me|him|her|us|them|mir|sich|uns)[ \t\u00a0\u202f]*)?"  # "telling myself, ‘…’"
    r"(?:(?:hat|hatte|habe)[ \t\u00a0\u202f]*(?=[:,]))?"  # "wie einer gerufen hat: ‹…›"
    r"[:,]?[ \t\u00a0\u202f]*"
)
# Words around the one who told, inside a quote: time and manner ("Simbah dulu selalu bilang"), "Ada … yang".
_TOLD_FILLERS = _SUBJECT_TO_PARTICIPLE | frozenset(
    """dulu tadi sore pagi malam awalnya biasanya sampai malah pun ada yang einmal damals stets untung langsung lalu
    terus akhirnya bahkan wie kept keep keeps would""".split()  # noqa: SIM905
)
_DATIVE_FIRST_PERSON = frozenset(["mir", "uns"])
_FIRST_PERSON_HAVE = frozenset(["habe", "hab"])  # "Ich habe mir am Start gesagt"
# Verbs of calling out that report words only inside a quote: "my coach was shouting, ‘Go now’", "rief: ‹…›".
_CALLED_OUT = frozenset(
    """shouting yelling screaming saying telling shouted yelled screamed rief riefen schrie schrien brüllte
    brüllten gerufen gebrüllt geschrien teriak berteriak berpesan gritó gritaba gritaban criait cria crié hurlé lancé
    disait répétait""".split()  # noqa: SIM905
)
_POSSESSIVES = frozenset("my our his her their mein meine unser unsere mon ma notre mi nuestro nuestra".split())  # noqa: SIM905


def _ends_in_someone_owned(words: Sequence[_Word]) -> bool:
    """``At 35K my coach``: a possessive and a noun after a fronted phrase; never ``The sign in my window`` or
    ``one of my students`` (the possessive is a preposition's object)."""
    return (
        len(words) > 2
        and words[-2].folded in _POSSESSIVES
        and words[-3].folded not in _FRAME_PREPOSITIONS
        and words[-3].folded not in ("of", "von", "de", "du")
    )


# Words that open a fronted phrase, not a subject: "Als Kind hat mir …", "Each time he said".
_TOLD_WHEN = frozenset(
    "als wenn when each every as if jadi kalau dalam di saat waktu ketika einer tahun bulan minggu hari".split()  # noqa: SIM905
)


def _owned_by_first_person(words: Sequence[_Word]) -> bool:
    """``Guru saya``, ``Nenek saya``: a noun the first person owns is someone else, not the one quoting."""
    return len(words) >= 2 and words[0].folded not in _FIRST_PERSON and words[1].folded in ("saya", "aku", "kami")


def _told_inside(
    quoted: str, open_at: int, table: CueTable, content: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The teller and cue of a quote inside a quote when fillers part them: ``Simbah dulu selalu bilang, ‘…’``.

    Only the sentence the inner quote opens in counts, and only its own verb right before the marks.
    """
    starts = _sentence_starts(quoted)
    sentence = starts[bisect.bisect_right(starts, open_at) - 1]
    words = _words(quoted, sentence, open_at)
    cue = next(
        (
            index
            for index in range(len(words) - 1, max(-1, len(words) - 4), -1)
            if (
                table.is_verb(words[index].folded)
                or words[index].folded in _CALLED_OUT
                or words[index].folded in _SAID_BY_ME
            )
            and _TOLD_TAIL.fullmatch(quoted, words[index].end, open_at)
        ),
        None,
    )
    if cue is None or (
        not quoted[words[cue].end : open_at].strip()
        and len(content.split()) < 3
        and not (words[cue].folded in _CALLED_OUT and content.rstrip().endswith("!"))  # 'I shouted "Get back!"'
    ):
        return None  # "dice 'consultar precio'": a label read out, unless a colon or comma sets off real speech
    cue_span = (words[cue].start, words[cue].end)
    if words[cue].folded in _SAID_BY_ME:
        return cue_span, cue_span  # "le dije: ‘…’": the verb's ending names the one quoting
    perfect = _subject_of_perfect(quoted, words[cue].start)
    if perfect is not None:
        return perfect, cue_span  # "Ein Kollege hat einmal zu mir gesagt: ‚…‘"
    clause = words[:cue]
    comma = max((at + 1 for at, word in enumerate(clause) if quoted[word.end : word.end + 1] == ","), default=0)
    clause = clause[comma:]  # "Di interval, pelatih …": a fronted phrase is not who
    while clause and (clause[0].folded in _TOLD_FILLERS or clause[0].folded in _AND):
        clause = clause[1:]  # "…, und einer aus meiner Gruppe rief": the clause after the conjunction
    subject: list[_Word] = []
    for word in clause:
        if word.folded in _TOLD_FILLERS or table.is_verb(word.folded) or word.folded in _AND:
            break
        if subject and word.folded.endswith("ed") and quoted[word.start].islower():
            break  # "my colleague turned to me and said", "My grandmother used to say": a verb of its own
        if subject and _verb_by_its_form(quoted, word):
            break  # "Mon père m'emmenait voir …", "Uno de nuestros guardapescas sorprendió a …": a verb of its own
        subject.append(word)
    if len(subject) > 1 and subject[0].folded in _TOLD_WHEN and subject[-1].folded in _FIRST_PERSON:
        subject = subject[-1:]  # "Di ruang ganti saya hanya bilang": the first person after a fronted phrase
    elif len(subject) > 1 and subject[0].folded in _TOLD_WHEN and _is_title(subject[-1].folded):
        subject = subject[-1:]  # "Di ruang ganti pelatih bilang", "Di interval gim kedua coach cuma bilang"
    elif len(subject) > 1 and subject[-1].folded in ("i", "ich", "je", "yo"):
        subject = subject[-1:]  # "at 5-all in the third I was just telling myself": the first person, fronted phrase
    if _ends_in_someone_owned(subject) and subject[0].folded not in _TOLD_WHEN:
        subject = subject[-2:]  # "At 35K my coach was shouting"; but not "When my predecessors wrote"
    someone_of = (
        len(subject) > 1 and subject[0].folded in ("einer", "one") and subject[1].folded in ("aus", "von", "of")
    )
    if not subject or len(subject) > (6 if someone_of else 4) or (subject[0].folded in _TOLD_WHEN and not someone_of):
        return None  # "Als Kind hat mir …", "Jadi kalau …": a fronted phrase with no comma, not who
    first_person = [word for word in subject if word.folded in _FIRST_PERSON]
    if first_person and len(subject) > 1 and not _owned_by_first_person(subject):
        return None  # "Di ruang ganti saya": the first person after a place phrase; too loose to say
    return (subject[0].start, subject[-1].end), cue_span


# Verbs that bring in words inside a quote and are no cue of their own: "Kollegen fragen mich ständig: ‚…‘".
_TELLING = _CALLED_OUT | frozenset(
    """tells ask asks asking fragen fragten écrit écrivait disait demandé demandait répondu répétait nanya tanya
    bertanya lapor melapor teriak preguntaba escribe escribía""".split()  # noqa: SIM905
)
# Words that may follow the verb before the marks: whom it was said to, and when ("me dijo el otro día: ‘…’").
_TELLING_TAIL_WORDS = 4
# Words that open a clause and stand for no one: "Dann", "tiba-tiba", "But".
_CLAUSE_OPENERS = _AND | frozenset(
    """dann aber doch then but so mais puis alors pero luego entonces lalu terus kemudian tiba-tiba dulu
    sejak""".split()  # noqa: SIM905
)
# Words that open a frame of time or place before a subject: "At the last session Laurentian said".
_FRAME_WORDS = _FRAME_PREPOSITIONS | frozenset(
    """ayer hoy gestern heute yesterday today jede jeden baru setelah sebelum tahun waktu pas dans""".split()  # noqa: SIM905
)
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "ihn", "lui", "eux", "le", "la", "lo"])
# Words that end the teller's noun phrase: an object pronoun or a relative ("un fonctionnaire me disait").
_AFTER_THE_TELLER = frozenset(["me", "m'a", "m’a", "nous", "mich", "mir", "uns", "lui", "le", "nos", "who", "yang"])
# Relative words: the teller is the relative clause's subject ("places where the old fishermen say").
_RELATIVE_WORDS = frozenset(["where", "wo", "où", "donde", "when", "als", "who", "which", "qui"])
# Words that make a description someone the one quoting knows, beside a name: "Mi padre, Andoni,", "Una socia,
# Encarna,", "Murid saya, Yosef,".
_WHOSE = _POSSESSIVES | frozenset(["saya", "aku", "kami", "ma", "mes", "mis", "meine", "meiner", "una", "un", "une"])


def _teller_in_clause(
    quoted: str, open_at: int, table: CueTable, content: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The teller and verb of a quote inside a quote that the clause before it introduces with a comma or colon.

    The teller is the clause's subject (``un fonctionnaire me disait encore :``, ``Kollegen fragen mich ständig:``,
    ``He grabbed my arm and said,``), after a fronted phrase or a relative word, or the name set in apposition to
    a description (``Mi padre, Andoni, siempre decía:``, ``Darto, tetangga kios saya, teriak,``). A pronoun comes
    back as printed, and ``_told`` claims no one for it.
    """
    if len(content.split()) < 2 or not quoted[:open_at].rstrip().endswith((",", ":")):
        return None
    starts = _sentence_starts(quoted)
    sentence = starts[bisect.bisect_right(starts, open_at) - 1]
    words = _words(quoted, sentence, open_at)
    verb = next(
        (
            index
            for index in range(len(words) - 1, max(-1, len(words) - 2 - _TELLING_TAIL_WORDS), -1)
            if table.is_verb(words[index].folded) or words[index].folded in _TELLING
        ),
        None,
    )
    if verb is None or verb == 0:
        return None
    after_verb = words[verb + 1 : verb + 2]
    if after_verb and (quoted[after_verb[0].start].isupper() or table.is_pronoun(after_verb[0].folded)):
        return None  # "… sagte Müller: ‚…‘", "In einem der Briefe schreibt sie: ‚…‘": the subject follows
    clause = words[:verb]
    segments: list[list[_Word]] = [[]]
    for word in clause:
        segments[-1].append(word)
        if quoted[word.end : word.end + 1] == ",":
            segments.append([])
    named = _named_in_apposition_inside(quoted, segments)
    if named is not None:
        return named, (words[verb].start, words[verb].end)
    subject = next((segment for segment in reversed(segments) if _has_subject(segment, table)), [])
    relative = max(
        (at + 1 for at, word in enumerate(subject) if word.folded in _RELATIVE_WORDS or word.folded in _PERCEIVED),
        default=0,
    )
    subject = subject[relative:]  # "places where the old fishermen say", "Saya dengar sopirnya bilang"
    while subject and (subject[0].folded in _CLAUSE_OPENERS or subject[0].folded in ("from", "von", "dari")):
        subject = subject[1:]
    if subject and (subject[0].folded in _TOLD_WHEN or subject[0].folded in _FRAME_WORDS):
        return None  # "Di persidangan dia sudah bilang", "Ayer nos dijo": a frame first, then who knows
    head: list[_Word] = []
    for word in subject:
        if head and (
            word.folded in _TOLD_FILLERS
            or table.is_verb(word.folded)
            or word.folded in _TELLING
            or word.folded in _AND
            or word.folded in _CLAUSE_OPENERS
            or (word.folded.endswith("ed") and quoted[word.start].islower())
            or _verb_by_its_form(quoted, word)
            or word.folded in _AFTER_THE_TELLER
            or (
                len(head) >= 2
                and quoted[head[-1].start].isupper()
                and quoted[head[-2].start].isupper()
                and quoted[word.start].islower()
                and word.folded not in _CONNECTORS
            )  # "unser Präsident Urs Gerber jeweils sagt": the name ends before the adverb
        ):
            break
        head.append(word)
    if not head or len(head) > 5 or (len(head) == 1 and head[0].folded in _OBJECT_PRONOUNS):
        return None  # "I heard him yelling, ‘…’": someone the copy does not name here
    if len(head) > 2 and head[-2].folded == "si" and quoted[head[-1].start].isupper():
        head = head[-1:]  # "anak saya si Rizki": the name
    if _is_clause_fragment(quoted[head[0].start : head[-1].end], table):
        return None
    return (head[0].start, head[-1].end), (words[verb].start, words[verb].end)


def _verb_by_its_form(quoted: str, word: _Word) -> bool:
    """A lower-case word whose form makes it a verb: a French clitic glued to it (``m'emmenait``, ``s'est``) or a
    Spanish preterite (``sorprendió``, ``llamó``)."""
    if not quoted[word.start].islower():
        return False
    folded = word.folded
    return (
        folded[:2] in ("m'", "m’", "t'", "t’", "s'", "s’", "n'", "n’")
        or _SPANISH_PRETERITE.fullmatch(folded) is not None
    )


def _has_subject(segment: Sequence[_Word], table: CueTable) -> bool:
    """Whether a comma-bounded part of a clause holds a subject, not only an auxiliary and its object."""
    return bool(segment) and not (
        (segment[0].folded in _TOLD_FILLERS and segment[0].folded != "a") or table.is_verb(segment[0].folded)
    )  # "a board member" opens with an article, "hat Kaffee getrunken" with an auxiliary


def _named_in_apposition_inside(quoted: str, segments: Sequence[Sequence[_Word]]) -> tuple[int, int] | None:
    """``Mi padre, Andoni,``, ``Darto, tetangga kios saya,``: the name beside the description, as printed."""
    if len(segments) < 3 or any(quoted[word.start].isupper() for word in segments[-1]):
        return None
    first, second = segments[-3], segments[-2]
    for name, description in ((first, second), (second, first)):
        capitalised: list[_Word] = []
        for word in reversed(name):
            if not quoted[word.start].isupper():
                break
            capitalised.insert(0, word)
        whole = len(capitalised) == len(name)  # "Pak Sarifuddin, tokoh utama film ini,": a name, then who he is
        if (
            capitalised
            and len(capitalised) <= 3
            and description
            and len(description) <= 5
            and (whole or any(word.folded in _WHOSE for word in description))
            and not any(quoted[word.start].isupper() for word in description[1:])
        ):
            return capitalised[0].start, capitalised[-1].end
    return None


# Words that open a German frame of time or place before the verb: "Um drei Uhr hat mein Nachbar …" (narrower
# than _FRAME_WORDS, whose English and Indonesian prepositions open no German perfect).
_GERMAN_FRAMES = frozenset("um am im an in nach vor seit bei beim gegen kurz gestern heute morgens abends".split())  # noqa: SIM905


def _subject_of_perfect(quoted: str, cue: int) -> tuple[int, int] | None:
    """The words before a perfect's auxiliary that opens its sentence's verb: ``Der Chef hat jeden Morgen gesagt``."""
    starts = _sentence_starts(quoted)
    sentence = starts[bisect.bisect_right(starts, cue) - 1]
    words = _words(quoted, sentence, cue)
    auxiliary = next(
        (index for index, word in enumerate(words) if word.folded in _AUXILIARIES or word.folded in _FIRST_PERSON_HAVE),
        None,
    )
    if auxiliary is None or auxiliary == 0 or not quoted[words[0].start].isupper() or words[0].folded in _TOLD_WHEN:
        return None  # "Als Kind hat mir …": a fronted phrase, not the subject
    if "," in quoted[words[auxiliary].end : cue] or any(
        word.folded in _AND and following.folded in _NEW_SUBJECTS
        for word, following in itertools.pairwise(words[auxiliary + 1 :])
    ):
        # "Ich habe … gehört, und einer … rief", "my legs were heavy and I told myself": the auxiliary belongs to
        # another clause (but "hat an die Tür gehämmert und gerufen" joins two participles)
        return None
    if auxiliary + 1 < len(words) and words[auxiliary + 1].folded in ("ich", "er", "sie", "wir"):
        return words[auxiliary + 1].start, words[auxiliary + 1].end  # "In der Kabine habe ich gesagt": after the verb
    if (auxiliary == 1 and (words[0].folded in _DATIVE_FIRST_PERSON or words[0].folded in _FRONTING)) or (
        auxiliary <= 4 and words[0].folded in _GERMAN_FRAMES
    ):
        # "Mir hat K. damals gesagt", "Damals hat der Nachbar auch gesagt", "Um drei Uhr hat mein Nachbar …
        # gerufen": the subject after the verb
        after = words[auxiliary + 1 : auxiliary + 4]
        if after and after[0].folded in _SOMEONE_OF:
            # "Dann hat einer der Männer gebrüllt": one of a group, up to the group's noun or pronoun
            group = next(
                (at for at, word in enumerate(after[1:], 1) if quoted[word.start].isupper() or word.folded in _GROUPS),
                None,
            )
            return (after[0].start, after[group].end) if group is not None else (after[0].start, after[0].end)
        article = bool(after) and after[0].folded in _GERMAN_DETERMINERS | {"mein", "meine", "unser", "unsere"}
        named = list(itertools.takewhile(lambda word: quoted[word.start].isupper(), after[1:] if article else after))
        if not named:
            return None
        end = named[-1].end + (quoted[named[-1].end : named[-1].end + 1] == ".")  # "K.": the initial's full stop
        return (after[0].start if article else named[0].start), end
    return words[0].start, words[auxiliary - 1].end


# "“…” Hal itu disampaikan peneliti BRIN, Dewi Anggraini, dalam …": the next sentence says who said it.
_SAID_THEREBY = re.compile(
    r"[ \t\u00a0]*(?:Hal|Pernyataan)[ \t\u00a0]+(?:itu|tersebut|ini)[ \t\u00a0]+"
    r"(disampaikan|dikatakan|diungkapkan|ditegaskan|dijelaskan|disebutkan|diutarakan)(?:[ \t\u00a0]+oleh)?[ \t\u00a0]+"
)


def _said_thereby(text: str, close_at: int, table: CueTable) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """Speaker and cue of the sentence after a closing mark that names who said the quote: ``Hal itu disampaikan
    X``."""
    thereby = _SAID_THEREBY.match(text, close_at + 1)
    if thereby is None:
        return None
    speaker = _speaker_after(text, thereby.end(), table)
    return (speaker, thereby.span(1)) if speaker is not None else None


def _called_out_after(quoted: str, close_at: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The subject and participle of a perfect that closes after the words called out: ``Einer der Männer hat noch
    ‹Lawine!› gerufen``, ``Ich habe noch ‚Lawine!‘ geschrien``."""
    following = _words(quoted, close_at + 1, min(len(quoted), close_at + 30))[:1]
    if not following or following[0].folded not in _CALLED_OUT or not following[0].folded.startswith("ge"):
        return None
    subject = _subject_of_perfect(quoted, following[0].start)
    return (subject, (following[0].start, following[0].end)) if subject is not None else None


# Spanish verbs in the first person that need no subject: "le dije: ‘…’", "pensé: ‘…’".
_SAID_BY_ME = frozenset("dije pensé grité contesté respondí pregunté expliqué comenté repetí".split())  # noqa: SIM905
# "einer der Männer", "einer von ihnen": someone of a group, named by the group.
_SOMEONE_OF = frozenset(["einer", "eine", "jemand", "keiner"])
_GROUPS = frozenset(["ihnen", "uns", "euch"])


def _nested(body: Sequence[str], found: Sequence[_Found], table: CueTable) -> list[_Found]:
    """Words quoted inside a direct quote and attributed there: 'Der Chef hat immer gesagt: ‚Schreib einfach …‘'.

    Only quotes with a cue and a speaker of their own inside the outer quote count; a quoted phrase with
    none (a title, a scare quote) stays part of the outer quote. A speaker in the first person is the one
    quoting (``inherit``).
    """
    inner: list[_Found] = []
    for item in found:
        if item.kind is not QuoteKind.DIRECT:
            continue
        for paragraph, start, end in item.parts:
            quoted = body[paragraph][start:end]
            if not any(char in _MARKS for char in quoted):
                continue
            raws, _, _, _ = _pair(paragraph, quoted, None, inside=body[paragraph][start - 1 : start])
            for raw in raws:
                if raw.close_at is None:
                    continue
                _, first, last = raw.parts[0]
                content = quoted[first:last]
                following = quoted[raw.close_at[1] + 1 :].lstrip()[:1]
                after = following == "," or following.islower()  # "‚…‘, hat er gesagt", "'…,' he said"
                attribution = (
                    (_after_quote(quoted, raw.close_at[1], table) if after else None)
                    or (_called_out_after(quoted, raw.close_at[1]) if after else None)
                    or _before_quote(quoted, raw.open_at[1], table, content)
                    or _told_inside(quoted, raw.open_at[1], table, content)
                )
                if attribution is None and _told_by_me(quoted, raw.open_at[1], content):
                    part = (paragraph, start + first, start + last)
                    inner.append(_Found(QuoteKind.DIRECT, (part,), None, None, inherit=True, nested=True))
                    continue
                if not content.strip():
                    continue
                part = (paragraph, start + first, start + last)
                told = _told(quoted, raw.open_at[1], attribution, table) if attribution is not None else None
                if told is None and (clause := _teller_in_clause(quoted, raw.open_at[1], table, content)) is not None:
                    # No reading above claimed a teller: the clause's own subject ("Ma femme, Annick, m'a dit :").
                    told = _told(quoted, raw.open_at[1], clause, table)
                if told is not None:
                    teller, (cue_start, cue_end), inherit = told
                    at = None if teller is None else (paragraph, start + teller[0], start + teller[1])
                    cue = (paragraph, start + cue_start, start + cue_end)
                    inner.append(_Found(QuoteKind.DIRECT, (part,), at, cue, inherit=inherit, nested=True))
    return inner


def _told(
    quoted: str, open_at: int, attribution: tuple[tuple[int, int] | None, tuple[int, int]], table: CueTable
) -> tuple[tuple[int, int] | None, tuple[int, int], bool] | None:
    """Who told words inside a quote (``None`` with ``True`` for the one quoting), and the verb; ``None`` for no one
    to claim."""
    printed, (cue_start, cue_end) = attribution
    if printed is None:
        return None
    if cue_end <= open_at:
        printed = _subject_of_perfect(quoted, cue_start) or printed  # "Der Chef hat … gesagt: ‚…‘"
    teller = _words(quoted, *printed)
    first_person = any(
        word.folded in _FIRST_PERSON or word.folded in _SAID_BY_ME or word.folded.startswith(("j'", "j’", "i'", "i’"))
        for word in teller
    )  # "J'ai dit", "I've told them", "le dije"
    if first_person and not _owned_by_first_person(teller):  # "Saya bilang", "J'ai dit aux gars :"
        return None, (cue_start, cue_end), True
    speaker = _inner_speaker(quoted, printed, table)
    return None if speaker is None else (speaker, (cue_start, cue_end), False)


# Where a clause ends inside a quote: punctuation and marks.
_CLAUSE_BREAK = re.compile(r"[.!?;,:“”„«»\"‘’‚‹›()]")


def _told_by_me(quoted: str, open_at: int, content: str) -> bool:
    """Whether words quoted inside a quote were said by the one quoting: the clause that introduces them, with a
    comma or a colon, opens in the first person (``I kept telling myself in the third game, ‘…’``, ``Saya sampaikan
    di ruang ganti, '…'``, ``Le dije al grupo en el vestuario: ‘…’``), and no one else is heard in it.

    A fallback for what the cue tables miss: a few words (a scare quote, a name) never count.
    """
    if len(content.split()) < 3:
        return False
    before = quoted[:open_at].rstrip()
    if not before.endswith((",", ":")):
        return False
    clause_start = 0
    for mark in _CLAUSE_BREAK.finditer(before, 0, len(before) - 1):
        clause_start = mark.end()
    words = _words(before, clause_start, len(before) - 1)
    if not words:
        return False
    if any(word.folded in _PERCEIVED for word in words):
        return False  # "I heard him yelling, '…'", "Saya dengar sopirnya bilang, '…'": someone else's words
    return words[0].folded in _FIRST_PERSON or (len(words) > 1 and words[1].folded in _SAID_BY_ME)


# Verbs of hearing and seeing: the one quoting reports someone else's words.
_PERCEIVED = frozenset(
    """heard hear hörte hörten gehört dengar mendengar terdengar escuché oí oía escuchaba entendu entendis vi saw
    sah""".split()  # noqa: SIM905
)


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


_PASSIVE_BEFORE_CALLED = frozenset("is are was were be been being often sometimes also widely commonly".split())  # noqa: SIM905


# Words that open a fronted phrase, never a subject: "Like Vikram Sethi, …", "For Meera Anand, …".
_FRONTING_WORDS = frozenset("like unlike for as after before with without despite besides".split())  # noqa: SIM905


def _names_only(content: str) -> bool:
    """One to four words, every one capitalised but for articles: ``Le Temps``, ``The Times``, ``Kompas``."""
    words = content.split()
    return 0 < len(words) <= 4 and all(word[:1].isupper() or word.lower() in _CONNECTORS for word in words)


def _name_follows(text: str, open_at: int) -> bool:
    """Whether the word before an opening mark takes a name after it (``par``, ``by``, ``of``)."""
    before = _words(text, max(0, open_at - 20), open_at)
    return bool(before) and before[-1].folded in _NAME_OF and not text[before[-1].end : open_at].strip()


def _called_passively(before_mark: Sequence[_Word]) -> bool:
    """'are often called the "water tower"': what a thing is called, said by no one in particular."""
    for at in range(len(before_mark) - 1, max(0, len(before_mark) - 3), -1):
        if before_mark[at].folded in ("called", "known"):
            return before_mark[at - 1].folded in _PASSIVE_BEFORE_CALLED
        if before_mark[at].folded not in _DETERMINERS:
            return False
    return False


_COMPOUND_AFTER = re.compile(r"-\w")


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


# A headline that gives someone's words after their name and a colon: 'Villaseñor: “No vamos a poner pretextos”',
# 'Pellegrini, tras la derrota ante Talleres: "Nos faltó carácter"'. Those words are reported, as in the story.
_SPEAKER_THEN_COLON_HEADLINE = re.compile(
    r"(?P<name>[A-ZÀ-Ý][\w'’.-]+(?:[ \u00a0][A-ZÀ-Ý][\w'’.-]+){0,2})(?:,[^:\"“«„]{1,60})?[ \u00a0]?:[ \u00a0]*[\"“«„‘']"
)


def _is_headline(text: str) -> bool:
    """A short first line with no sentence end: ``Petani Kopi Gayo Mengeluh …: "Panen Banyak, Untung Tipis"``."""
    line = text.strip()
    return 0 < len(line) <= 160 and "\n" not in line and line.rstrip("\"”»“'’ ")[-1:] not in (".", "!", "?")


_COLON_BEFORE_MARK = re.compile(r":[ \t\u00a0\u202f]*$")


def _colon_subject(text: str, open_at: int, table: CueTable) -> tuple[int, int] | None:
    """The subject of a short clause that ends in a colon right before the marks, with no cue of its own:
    ``el técnico ha sido tajante: “…”``, ``Lanza was blunt: "…"``. A person or a body only: a pronoun, a name, or
    an article with a title (not ``The result was clear:``)."""
    if not _COLON_BEFORE_MARK.search(text, max(0, open_at - 4), open_at):
        return None
    starts = _sentence_starts(text)
    sentence = starts[bisect.bisect_right(starts, open_at - 1) - 1]
    colon = text.rindex(":", sentence, open_at)
    clause_start = max(sentence, text.rfind(",", sentence, colon) + 1, text.rfind(";", sentence, colon) + 1)
    words = _words(text, clause_start, colon)
    if not 2 <= len(words) <= 8 or any(
        _cue_at(words, at, table, ("verbs", "prepositions")) for at in range(len(words))
    ):
        return None
    verb = next((at for at, word in enumerate(words) if word.folded in _AUXILIARIES or word.folded in _COPULAS), None)
    if verb is None and len(words) <= 4 and _is_person_name(text, words[-2:]):
        return words[0].start, words[-1].end  # "Hotelier Reto Anthamatten: «…»": a name and a colon
    if verb is None or verb == 0:
        return None
    subject = words[:verb]
    if len(subject) > 1 and subject[0].folded in ("für", "for", "pour", "para") and text[subject[1].start].isupper():
        subject = subject[1:]  # "Für Brünger ist das kein Trost: „…“": the one it is said for says it
    after = words[verb + 1 :]
    if len(after) >= 2 and _is_person_name(text, after[-2:]):
        return after[0].start, after[-1].end  # "Skeptischer ist Rentnerin Gisela Kampmann:": the German inversion
    if len(subject) == 1 and table.is_pronoun(subject[0].folded):
        personal = subject[0].folded in _PERSONAL_PRONOUNS  # not "It is simple:"
        return (subject[0].start, subject[0].end) if personal else None
    if subject[0].folded in table.stop_words:
        return None
    if subject[0].folded in _DETERMINERS:
        described = len(subject) >= 2 and any(_is_title(w.folded) or _is_role(w.folded) for w in subject[1:])
        return (subject[0].start, subject[-1].end) if described else None
    if all(text[word.start].isupper() for word in subject) and len(subject) <= 4:
        return subject[0].start, subject[-1].end
    return None


def _asked_then_colon(text: str, open_at: int, table: CueTable) -> bool:
    """``Consultado sobre su futuro, fue escueto: “…”``: a sentence that opens with the participle of asking and
    whose clause before the colon has no subject of its own (a copula or a verb, then an adjective)."""
    if not _COLON_BEFORE_MARK.search(text, max(0, open_at - 4), open_at):
        return False
    starts = _sentence_starts(text)
    sentence = starts[bisect.bisect_right(starts, open_at - 1) - 1]
    opening = _words(text, sentence, min(open_at, sentence + 30))
    if not opening or opening[0].folded not in _ASKED:
        return False
    colon = text.rindex(":", sentence, open_at)
    clause = _words(text, text.rfind(",", sentence, colon) + 1, colon)
    return (
        1 <= len(clause) <= 3
        and all(text[word.start].islower() for word in clause)
        and not any(_cue_at(clause, at, table, ("verbs",)) for at in range(len(clause)))  # "…, respondió:"
    )


_PERSONAL_PRONOUNS = frozenset("he she they er sie il elle ils elles dia ia beliau mereka él ella ellos".split())  # noqa: SIM905


def _dashed_inside(body: Sequence[str], raw: _Raw, table: CueTable) -> bool:
    """Whether a quote in one paragraph names its own speaker between dashes: ``“Eso fue … —respondió X—. …”``."""
    if len(raw.parts) != 1:
        return False
    paragraph, start, end = raw.parts[0]
    return _dash_attribution(body[paragraph], start, end, table) is not None


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


_INCISE = re.compile(r",[ \t\u00a0\u202f]+")
_INCISE_END = re.compile(r"[ \t\u00a0\u202f]*(?:[,.][ \t\u00a0\u202f]*|$)")
# An apposition after the name in an incise: ", la trésorière,".
_INCISE_APPOSITION = re.compile(
    r",[ \t\u00a0\u202f]+(?:la|le|les|l['’]|un|une|son|sa|ses)[^,.«»]{0,60}(?=,)"
    r"|,[ \t\u00a0\u202f]+(?:qui|dont)[ \t\u00a0\u202f][^,.«»]{0,80}(?=[,.])"  # ", qui a dirigé les travaux."
    r"|,[ \t\u00a0\u202f]+(?:patron|patronne|président|présidente|directeur|directrice|maire|porte-parole|"
    r"responsable|secrétaire|chef|gérant|gérante|fondateur|fondatrice|conseiller|conseillère|avocat|avocate|"
    r"adjoint|adjointe|élu|élue|délégué|déléguée|député|députée|sénateur|sénatrice|ministre|procureur|procureure|"
    r"économiste|analyste|chercheur|chercheuse|professeur|professeure|médecin|membre|coordinateur|coordinatrice|"
    r"vice-président|vice-présidente|[a-zà-ÿ]{3,}(?:logue|iste|ienne|ien|eur|euse|rice|ière))"
    r"[ \t\u00a0\u202f][^,.«»]{0,80}(?=[,.])",  # ", écologue à l'Inrae d'Avignon et première autrice de l'étude."
    re.IGNORECASE,
)
_GUILLEMETS = frozenset("«‹")
# When and where, after an inverted cue in an incise: "a-t-il rappelé lundi lors d'une conférence de presse."
_INCISE_FRAME = re.compile(r"[ \t\u00a0\u202f]+[a-zà-ÿ][^,.;:!?«»“”\"\n]{0,80}(?=[,.])")


def _incise(
    body: Sequence[str], parts: tuple[tuple[int, int, int], ...], opener: str, table: CueTable
) -> tuple[tuple[tuple[int, int, int], ...], tuple[int, int, int] | None, tuple[int, int, int]] | None:
    """A French incise inside the marks: ``« …, explique-t-il. »``, ``« …, ajoute Marie Dupont, … »``.

    Returns the quoted parts without the incise, the speaker and the cue; ``None`` when no part holds one.
    An inverted cue (``explique-t-il``) counts inside any marks, a cue then a name only inside guillemets.
    """
    for number, (paragraph, start, end) in enumerate(parts):
        text = body[paragraph]
        for comma in _INCISE.finditer(text, start, end):
            words = _words(text, comma.end(), min(end, comma.end() + _WINDOW_AFTER))
            if not words or words[0].start != comma.end():
                continue
            cue = _cue_at(words, 0, table, ("verbs",))
            if cue is None:
                continue
            cue_end = words[cue[1] - 1].end
            inverted = _INVERSION.search(text, words[0].start, words[0].end)  # "explique-t-il", "a-t-il déclaré"
            if inverted is not None:
                speaker: tuple[int, int] | None = (inverted.start(1), inverted.end(1))
            elif opener in _GUILLEMETS:
                speaker = _speaker_after(text, cue_end, table)
                if speaker is None or speaker[1] > end:
                    continue
            else:
                continue
            incise_end = max(cue_end, speaker[1] if speaker else cue_end)
            apposition = _INCISE_APPOSITION.match(text, incise_end, end) if inverted is None else None
            if inverted is not None:
                apposition = _INCISE_FRAME.match(text, incise_end, end)  # "a-t-il rappelé lundi lors d'une …."
            closing = _INCISE_END.match(text, apposition.end() if apposition else incise_end, end)
            if closing is None:
                continue
            before = (paragraph, start, comma.start() + 1)
            after = (paragraph, closing.end(), end) if closing.end() < end else None
            kept = (*parts[:number], before, *((after,) if after else ()), *parts[number + 1 :])
            where = (paragraph, *speaker) if speaker is not None else None
            cue_stop = cue_end if inverted is None or cue[1] > 1 else inverted.start()  # "a-t-il déclaré" whole
            return kept, where, (paragraph, words[0].start, cue_stop)
    return None


def _dashed_found(paragraph: int, dashed: _Dashed) -> _Found:
    pieces, speaker, cue = dashed
    parts = tuple((paragraph, start, end) for start, end in pieces)
    where = (paragraph, *speaker) if speaker is not None else None
    return _Found(QuoteKind.DIRECT, parts, where, (paragraph, *cue), null_subject=speaker is None)


# German Konjunktiv I (and II standing in for it): a sentence in it goes on reporting the last speaker.


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


# "Du côté de la préfecture, on indique", "Chez Airbus, on assure": the body whose side the impersonal "on"
# speaks for.
_SIDE_OF = re.compile(
    r"\s*(?:[Dd]u\s+côté|[Aa]uprès)(?:\s+de\s+|\s+d['’]|\s+du\s+|\s+des\s+)(?P<side>[^,.;:!?«»“”\"\n]{2,80}?),"
    r"|\s*(?:[Cc]hez|[Cc]ôté)\s+(?P<host>[^,.;:!?«»“”\"\n]{2,80}?),"  # "Côté opposition, on dénonce …"
)
_OBJECT_RELATIVES = frozenset(["que", "that", "which"])
_ELIDED_RELATIVES = ("qu'", "qu’")


def _object_relative_subject(text: str, words: Sequence[_Word], cue: int, table: CueTable) -> tuple[int, int] | None:
    """The subject of a cue in an object relative clause: ``que l'opposition juge``, ``qu'Arnaud qualifie``.

    The words between the relative pronoun and the cue must be a short noun phrase that opens with an article
    (or an elided one) or a capital; after a verb the pronoun is a complementiser (``sostuvo que la suba
    respondió a “…”``) and the report is the sentence's.
    """
    for back in range(cue - 1, max(-1, cue - 5), -1):
        word = words[back]
        if not _gap_is_space(text, word, words[back + 1]):
            return None
        if word.folded in _OBJECT_RELATIVES and back + 1 < cue:
            start = words[back + 1].start
        elif word.folded.startswith(_ELIDED_RELATIVES) and len(word.folded) > 3:
            start = word.start + 3  # "qu'elle juge", "qu'Arnaud qualifie": the subject glued to the pronoun
        else:
            continue
        if back == 0 or table.is_verb(words[back - 1].folded) or words[back - 1].folded in _COMPLEMENTISERS:
            return None
        # "qu'il": the subject is the rest of the pronoun's own token, which no token of its own starts
        first = words[back + 1].folded if start == words[back + 1].start else word.folded[3:]
        opens = first in _DETERMINERS or first.startswith(("l'", "l’")) or text[start].isupper()
        opens = opens or first in ("elle", "il", "elles", "ils")
        return (start, words[cue - 1].end) if opens else None
    return None


def _reporting_clause(
    text: str, sentence: int, open_at: int, table: CueTable
) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """The speaker and cue of the sentence a partial quote sits in: ``X said (that) … "…"``."""
    opening = _words(text, sentence, min(open_at, sentence + 40))
    if len(opening) >= 2 and opening[0].start == sentence and opening[0].folded in table.prepositions:
        verb = _cue_at(opening, 1, table, ("verbs",))
        if verb is not None and _COMMA_GLUE.match(text, opening[verb[1]].end):
            # "Según explicó, los precios tienen «…»": as the one named before explained (a dropped subject).
            return None, (opening[1].start, opening[verb[1]].end)
    words = _words(text, max(sentence, open_at - _MAX_CLAUSE), open_at)
    nearest: tuple[int, int] | None = None
    for index in range(len(words) - 1, max(-1, len(words) - 8), -1):
        after_comma = text[max(0, words[index].start - 2) : words[index].start].strip() == ","
        if words[index].folded in _PARTICIPLES and after_comma:
            # '…, calling it "the craziest match I've ever played"': the participle shares the sentence's subject,
            # or the subject of the report just before it ('…, Minister Yoon said on Tuesday, warning that …').
            for back in range(index - 1, max(-1, index - 12), -1):
                cue_before = _cue_at(words, back, table, ("verbs",))
                if cue_before is not None:
                    reporter = _speaker_before(text, words[back].start, table)
                    if reporter is not None and text[reporter[0] - 2 : reporter[0]].strip() == ",":
                        return reporter, (words[index].start, words[index].end)
                    before_cue = text[max(0, words[back].start - 3) : words[back].start].strip()[-1:]
                    if before_cue == "," or before_cue in _MARKS:
                        # "…, a précisé l'entreprise dans un communiqué, invitant …", '"…," said Lotte Verschuur,
                        # adding: "…"': an inverted report.
                        reporter = _speaker_after(text, words[back + cue_before[1] - 1].end, table)
                        if reporter is not None:
                            return reporter, (words[index].start, words[index].end)
                    break
            subject = None
            if words and words[0].start == sentence:
                fronted = _FRONTED.match(text, sentence)  # "Meanwhile, …", "In a statement, …"
                named = _words(text, sentence, fronted.end()) if fronted is not None else []
                if (
                    len(named) >= 2
                    and _is_person_name(text, named[-2:])
                    and named[0].folded not in table.stop_words
                    and named[0].folded not in table.prepositions
                    and named[0].folded not in _FRONTING_WORDS
                    and not named[0].folded.endswith("ing")  # "Appearing for the Enforcement Directorate, …"
                ):
                    fronted = None  # "Additional Solicitor General Vikram Sethi, appearing for …,": the subject
                subject = _speaker_after(text, fronted.end() if fronted else sentence, table)
            return (_subject_head(text, subject) if subject else None), (words[index].start, words[index].end)
    inner: tuple[tuple[int, int], tuple[int, int]] | None = None
    side = _SIDE_OF.match(text, sentence)  # "Du côté des bailleurs sociaux, …"
    for last in range(len(words) - 1, max(-1, len(words) - 40), -1):
        index = last
        cue = _cue_at(words, index, table, ("verbs",))
        if cue is None or (index > 0 and words[index - 1].folded in _REFLEXIVE):
            continue  # "se explica porque": an impersonal verb, not a speaker's
        if (
            0 < index < len(words) - 1
            and words[index - 1].folded in _DEFINITE_SINGULAR
            and text[words[index + 1].start].isupper()
        ):
            continue  # "Le juge Michel Arsenault a qualifié …": a noun between its article and a name, not the verb
        if (
            index > 0
            and words[index - 1].folded in _AUXILIARIES
            and _cue_at(words, index - 1, table, ("verbs",)) == ("verbs", cue[1] + 1)
        ):
            index, cue = index - 1, ("verbs", cue[1] + 1)  # "a dit « prendre acte »": the perfect, not the present
        cue_span = (words[index].start, words[index + cue[1] - 1].end)
        if _AFTER_A_QUOTE.search(text, max(sentence, words[index].start - 4), words[index].start):
            # '« … », explique Erwan Kerbrat, patron du « … »': the cue of the quote before, its speaker after it.
            return _speaker_after(text, _past_addressee(text, cue_span[1]), table), cue_span
        after_cue = index + cue[1]
        if (
            after_cue < len(words)
            and words[after_cue].folded in ("er", "sie")  # not "said she had asked": English puts it first
            and _gap_is_space(text, words[after_cue - 1], words[after_cue])
        ):
            # "Das Angebot bezeichnete er als „Mogelpackung“": the verb, then its subject (German word order).
            return (words[after_cue].start, words[after_cue].end), cue_span
        if (
            after_cue < len(words)
            and words[0].start == sentence
            and len(words) > 1
            and words[0].folded in _FRONTING
            and (words[0].folded not in ("in", "an") or words[1].folded in _GERMAN_DETERMINERS)
            and (
                text[words[after_cue].start].isupper()
                or (  # "Auf Anfrage der taz erklärte ein Sprecher der Gesellschaft, …": an article, then the noun
                    words[after_cue].folded in _GERMAN_DETERMINERS
                    and after_cue + 1 < len(words)
                    and text[words[after_cue + 1].start].isupper()
                )
            )
            and _gap_is_space(text, words[after_cue - 1], words[after_cue])
        ):
            # "In einer persönlichen Erklärung schrieb Weißbach, er könne „…“": a fronted phrase, the verb, then
            # its subject.
            inverted = _speaker_after(text, words[after_cue].start, table)
            if inverted is not None:
                return inverted, cue_span
        if (
            index >= 1
            and words[index - 1].folded in ("which", "who", "qui", "quien", "quienes", "yang")
            and _RELATIVE_AFTER_COMMA.search(text, max(sentence, words[index - 1].start - 3), words[index - 1].start)
        ):
            # "welcomed by the housing charity Shelter, which said …": the antecedent speaks.
            comma = text.rindex(",", sentence, words[index - 1].start)
            antecedent = _speaker_before(text, comma, table)
            if antecedent is not None:
                return antecedent, cue_span
        if index >= 1 and words[index - 1].folded == "on" and (side := _SIDE_OF.match(text, sentence)):
            group = "side" if side.group("side") else "host"
            return (side.start(group), side.end(group)), cue_span  # "Du côté de la préfecture, on indique …"
        relative_subject = _object_relative_subject(text, words, index, table)
        if relative_subject is not None:
            return relative_subject, cue_span  # "un projet … que l'opposition juge « surdimensionné »"
        if text[max(sentence, words[index].start - 4) : words[index].start].rstrip().endswith(","):
            incise = _speaker_after(text, cue_span[1], table)
            said_by = text[incise[0] : incise[1]] if incise is not None else ""
            if (
                incise is not None
                and _COMMA_GLUE.match(text, incise[1])
                and (table.is_pronoun(said_by) or _is_person_name(text, _words(text, *incise)))  # not "der Deutschen …"
            ):
                return incise, cue_span  # "Sebagian besar, kata dia, menyangkut … “…”": the incise names who
        speaker = _subject_before(text, words[index].start, sentence, table)
        if side is not None and side.end() < words[index].start and (speaker is None or speaker[0] < side.end()):
            # "Du côté des bailleurs sociaux, l'Union sociale pour l'habitat (USH) a salué «…»": after the side.
            speaker = _speaker_after(text, _SPACES.match(text, side.end()).end(), table) or speaker  # type: ignore[union-attr]
        if speaker is not None and _joined_by_conjunction(text, speaker):
            speaker = None  # "declined to name the customers but said": the verb shares the sentence's subject
        if speaker is None and words[index].folded in _CALLING:
            what = _WHAT_SUBJECT.search(text, max(sentence, words[index].start - 80), words[index].start)
            if what is not None:
                return (what.start(1), what.end(1)), cue_span  # 'in what prosecutors called "…"': their words
            return None  # 'critics called its plot "…"': only a named caller makes the words a quote
        if speaker is not None:
            ahead_of = bisect.bisect_left(words, speaker[0], key=lambda word: word.start) - 1
            if ahead_of >= 1 and words[ahead_of].folded in _COMPLEMENTISERS:
                ahead_of -= 1  # "sostuvo que la suba respondió a “…”"
            if ahead_of >= 0 and table.is_verb(words[ahead_of].folded) and inner is None:
                # "said the board had concluded that …", "said she had asked …": a report inside the report; the
                # sentence's own speaker is the one before it.
                inner = speaker, cue_span
                continue
            return speaker, cue_span
        if any(word.folded in _PASSIVE_AUXILIARIES for word in words[max(0, index - 4) : index]):
            continue  # "…, bislang seien keine Stellen angekündigt, man beobachte …": a passive inside the report
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
    if inner is not None:
        return inner
    if nearest is None:
        return _fronted_source(text, words, table)
    shared = _shared_subject(text, words, nearest, sentence, table)
    if shared is not None:
        return shared, nearest
    # "He declined to comment but said …": the subject that opens the sentence, after a fronted phrase if any
    # ("Still, Ms Priya Ramasamy, 34, …, said", "En su declaración, Llopis ha negado … y ha asegurado").
    speaker = None
    if words and words[0].start == sentence:
        fronted = _FRONTED.match(text, sentence)
        opening = _words(text, sentence, fronted.end()) if fronted is not None else []
        contacted = _CONTACTED_BY.match(text, sentence)  # "Joint par « Le Temps », son avocat … s'est dit"
        if contacted is not None and contacted.end() < open_at:
            speaker = _speaker_after(text, contacted.end(), table)
        elif (
            fronted is not None
            and fronted.end() < open_at
            and opening
            and (len(opening) == 1 or opening[0].folded in _FRONTED_PREPOSITIONS)
            and opening[0].folded not in _DETERMINERS
        ):
            speaker = _speaker_after(text, fronted.end(), table)  # not "La plateforme Airbnb, sollicitée …,"

        if speaker is None:
            speaker = _speaker_after(text, sentence, table)
    if speaker is not None and _words(text, *speaker)[0].folded in _FRONTED_PREPOSITIONS:
        speaker = None  # "Por su parte, …": a fronted phrase, not a subject
    if speaker is not None:
        speaker = _subject_head(text, speaker)
    return speaker, nearest


def _shared_subject(
    text: str, words: Sequence[_Word], cue: tuple[int, int], sentence: int, table: CueTable
) -> tuple[int, int] | None:
    """``X ha agradecido "…" y ha pedido que "…"``: a cue after ``y``/``and`` shares the earlier cue's subject."""
    at = bisect.bisect_left(words, cue[0], key=lambda word: word.start) - 1
    while at >= 0 and words[at].folded in _AUXILIARIES:
        at -= 1
    if at < 1 or words[at].folded not in _AND:
        return None
    for back in range(at - 1, max(-1, at - 30), -1):
        if _cue_at(words, back, table, ("verbs",)) is not None:
            if back > 0 and words[back - 1].folded in _RELATIVES:
                continue  # "rechaza el recurso …, que alegaba … y considera": the relative clause has its own
            return _subject_before(text, words[back].start, sentence, table)
    return None


# German determiners after a preposition English shares ("In einer Erklärung", never "In a statement").
_GERMAN_DETERMINERS = frozenset(
    "der die das dem den des ein eine einer einem einen seiner seinem ihrer ihrem".split()  # noqa: SIM905
)


# A participle and its agent open the sentence: "Joint par « Le Temps »,", "Contacted by Reuters,".
_CONTACTED_BY = re.compile(
    r"[A-ZÀ-Ý][\w'’\-]{2,20}[ \t\u00a0\u202f]+(?:par|by|por|von|oleh)[ \t\u00a0\u202f]+[^,.!?;:\n]{1,60},"
    r"[ \t\u00a0\u202f]*"
)
_RELATIVE_AFTER_COMMA = re.compile(r",[ \t\u00a0\u202f]*$")
# A closing mark and a comma: «…», »…«, „…“, ‚…‘, as any language prints them.
_AFTER_A_QUOTE = re.compile("[" + re.escape("".join(sorted(_MARKS))) + r"][ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*$")


def _trailing_attribution(
    text: str, close: int, starts: Sequence[int], table: CueTable
) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """An attribution closing the sentence a partial quote sits in: ``…, sagte X.``, ``…, selon X.``."""
    next_start = bisect.bisect_right(starts, close)
    end = starts[next_start] if next_start < len(starts) else len(text)
    if end - close > _MAX_CLAUSE:
        return None  # checked first: a giant "sentence" of many quotes must not be scanned once per quote
    last = text.rfind(",", close, end)
    if last < 0:
        return None
    # The last comma first; then the first few after the quote ("…, a prévenu mercredi la SNCF, au premier jour …").
    commas = [last, *itertools.islice((match.start() for match in _COMMA.finditer(text, close, last)), 3)]
    for comma in commas:
        found = _attribution_at_comma(text, comma, end, table)
        if found is not None:
            return found
    return None


_COMMA = re.compile(",")


def _attribution_at_comma(
    text: str, comma: int, end: int, table: CueTable
) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """The attribution that a comma opens, up to the sentence's ``end``: ``, selon X.``, ``, sagte X.``."""
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
        word = words[index]
        suffix = _source_clitic(word, table)
        if cue is None and suffix and _COMMA_GLUE.match(text, word.end):
            return (word.end - suffix, word.end), (word.start, word.end)  # "Menurutnya, … «…»": the one named before
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
    """saying adding calling describing warning noting insisting arguing writing observing stating remarking
    asserting terming diciendo añadiendo agregando
    asegurando señalando pidiendo advirtiendo calificando ajoutant estimant affirmant expliquant invitant
    soulignant précisant appelant jugeant dénonçant rappelant""".split()  # noqa: SIM905
)
_REFLEXIVE = frozenset(["se"])
_PASSIVE_AUXILIARIES = frozenset("seien sei wurde wurden worden werden".split())  # noqa: SIM905
_FRONTED_PREPOSITIONS = frozenset(
    "por para en con tras según desde hasta sobre in on at after with for dans selon après avec pour depuis laut "  # noqa: SIM905
    "nach bei mit im am seit di pada dalam menurut dengan usai setelah sejak tout del throughout durante "
    "während".split()
)  # "Tout au long des débats, l'accusé a …": the phrase, then the subject
