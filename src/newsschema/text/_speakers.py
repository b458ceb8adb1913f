"""Who spoke and with which cue: the words right before or after a quotation mark, and subjects of reports."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from newsschema.text._cues import CueTable
from newsschema.text._lexicon import (
    _AFFILIATION,
    _AGE,
    _AND,
    _ASKED,
    _AUXILIARIES,
    _BROADCASTERS,
    _CALLING,
    _COMMA_GLUE,
    _COMMA_SPACE,
    _CONNECTORS,
    _DEFINITE_SINGULAR,
    _DEGREE,
    _DETERMINERS,
    _FRAME_PREPOSITIONS,
    _FRENCH_DEMONYM_ENDINGS,
    _INDEFINITE,
    _KIN_GENDER,
    _MARKS,
    _MAX_APPOSITION,
    _MAX_SPEAKER_WORDS,
    _NAME_PARTICLES,
    _NOUNS_ENDING_IN_A_CUE,
    _PARTY_TAG,
    _PLACE_PREPOSITIONS,
    _POSSESSIVE_DETERMINERS,
    _RELATIVES,
    _SPACES,
    _STRESSED_PRONOUNS,
    _TELLING,
    _TIME_WORDS,
    _TITLES,
    _WINDOW_AFTER,
    _cue_at,
    _gap_is_space,
    _initial_ends,
    _is_description,
    _is_organisation,
    _is_person_name,
    _is_place,
    _is_role,
    _is_title,
    _looks_like_speaker,
    _sentence_starts,
    _Word,
    _words,
)

_WINDOW_BEFORE = 200
_ADVERBS = frozenset(
    """earlier later also again previously however then further still too
    juga pun lagi pula sebelumnya kemudian namun auch zudem ebenfalls bereits dann
    también además luego aussi également
    sendiri selbst himself herself themselves zugleich dabei doch außerdem deshalb daher trotzdem allerdings leise
    knapp nur lediglich hanya sekadar cuma only merely simply
    dennoch jedoch meanwhile weiter""".split()  # noqa: SIM905
)  # "Dimas sendiri menyebut": the name, then "himself"
_SUBORDINATORS = frozenset(
    """unless if because when while although though whereas since until whether that which who
    bahwa karena jika kalau apabila ketika sementara meski walaupun hingga sampai
    weil wenn dass ob obwohl während porque si cuando aunque mientras que parce quand lorsque given what""".split()  # noqa: SIM905
)


def _could_be_a_speaker(text: str, speaker: tuple[int, int], table: CueTable) -> bool:
    """Whether words after a cue may name who: no stop word first, no figure (``menyampaikan hingga … 8.940``),
    and a lower-case start only with a title or a body in the words (``said state … chairman Datuk Wan …``, not
    ``mengaku sudah tiga kali mengungsi sejak Desember``)."""
    words = _words(text, *speaker)
    if not words or words[0].folded in table.stop_words or any(word.folded.isdigit() for word in words):
        return False
    if any(word.folded in _AUXILIARIES and word.folded != "a" for word in words):
        return False  # "…, menyebut timnya sudah mempelajari …": a clause with its auxiliary, no one's name
    first = words[0]
    if text[first.start].isupper() or first.folded in _DETERMINERS or table.is_pronoun(first.folded):
        return True
    if first.folded.startswith(("l'", "l’", "d'", "d’")):
        return True  # "l'échevine de la Mobilité, Nadia El Khattabi": an elided article
    return any(
        _is_title(word.folded)
        or _is_role(word.folded)
        or _is_organisation(word.folded)
        or (text[word.start].isupper() and word.folded not in _TIME_WORDS)
        for word in words
    )


_COMPLEMENT_THEN_COMMA = re.compile(r"[ \t\u00a0\u202f]+[a-zà-ÿ][^,.;:!?«»“”\"„\n]{0,80},")
_PARTY_AFTER_NAME = re.compile(r"[ \t\u00a0\u202f]*\([^()\n]{1,15}\)(?![ \t\u00a0\u202f]*[A-ZÀ-Ý])")
# After a Spanish "a" following a cue: to whom it was said, or in answer to what ("a esta agencia", "a preguntas
# de su abogada"); the subject is then the one named before.
_ADDRESSED = frozenset("la las los el este esta estos estas ese esa su sus preguntas".split())  # noqa: SIM905
_DEMONSTRATIVES = frozenset(["itu", "tersebut", "ini"])
_TITLE_LINKS = frozenset(["of", "for", "and", "the"])  # inside an office's name, before the holder's name


def _name_follows_links(text: str, words: Sequence[_Word], index: int) -> bool:
    """Whether the first word after the links starting at ``words[index]`` is capitalised (``and the Environment``)."""
    ahead = index
    while ahead < len(words) and words[ahead].folded in _TITLE_LINKS and ahead - index < 3:
        ahead += 1
    return ahead < len(words) and text[words[ahead].start].isupper()


_OBJECT_PREPOSITIONS = frozenset("vom zum zur beim für mit gegen über".split())  # noqa: SIM905


def _after_source_cue(text: str, position: int, table: CueTable) -> bool:
    """Whether a source preposition (``selon``, ``according to``) ends right before ``position``."""
    before = [word.folded for word in _words(text, max(0, position - 24), position)]
    return any(
        tuple(before[-len(phrase) :]) == phrase
        for phrases in table.phrases("prepositions").values()
        for phrase in phrases
        if phrase[-1] == (before[-1] if before else "")
    )


def _description_until_demonstrative(
    text: str, taken: Sequence[_Word], words: Sequence[_Word], index: int
) -> int | None:
    """Where ``itu``/``tersebut`` closes a lower-case description that a preposition goes on:
    ``politikus dari daerah pemilihan Sumatra Utara itu``."""
    if len(taken) != 1 or text[taken[0].start].isupper() or not _is_role(taken[0].folded):
        return None
    if words[index].folded not in ("dari", "asal", "di", "yang"):
        return None
    for ahead in range(index, min(len(words), index + 8)):
        if not _gap_is_space(text, words[ahead - 1], words[ahead]):
            return None
        if words[ahead].folded in _DEMONSTRATIVES:
            return ahead
    return None


def _joins_two_roles(text: str, taken: Sequence[_Word], words: Sequence[_Word], index: int, table: CueTable) -> bool:
    """An ``and`` between two lower-case roles before a name: ``l'apiculteur et militant Gilles Roumégoux``."""
    return (
        bool(taken)
        and words[index].folded in _AND
        and not text[taken[-1].start].isupper()
        and index + 2 < len(words)
        and not text[words[index + 1].start].isupper()
        and words[index + 1].folded not in table.stop_words
        and text[words[index + 2].start].isupper()
        and all(_gap_is_space(text, a, b) for a, b in itertools.pairwise(words[index - 1 : index + 3]))
    )


def _noun_before_name(text: str, taken: Sequence[_Word], words: Sequence[_Word], index: int) -> bool:
    """Whether a word that is also a verb is an office between an article and a name: ``la juge Josée …``."""
    return (
        len(taken) == 1
        and taken[0].folded in _DETERMINERS
        and index + 1 < len(words)
        and text[words[index + 1].start].isupper()
        and _gap_is_space(text, words[index], words[index + 1])
    )


def _first_name_like_a_cue(text: str, taken: Sequence[_Word], words: Sequence[_Word], at: int) -> bool:
    """``said Councilwoman Tanya Reyes``: a capitalised word between a title and a surname is a first name, even
    when another language's cue is spelt alike (Indonesian ``tanya``)."""
    return (
        bool(taken)
        and _is_title(taken[-1].folded)
        and text[words[at].start].isupper()
        and at + 1 < len(words)
        and text[words[at + 1].start].isupper()
        and _gap_is_space(text, words[at], words[at + 1])
    )


def _frame_after_speaker(text: str, taken: Sequence[_Word], word: _Word) -> bool:
    """A lower-case frame or channel that closes the speaker taken so far: ``sagte Riedl zu Beginn ihrer Rede``,
    ``beteuerte der Angeklagte zu Beginn der Verhandlung``, ``sagte Staatsanwältin Petra Aigner zum Auftakt``,
    ``ließ Michael K. über seinen Verteidiger erklären``, ``ließ der Angeklagte über seinen Verteidiger X …``."""
    if not taken or text[word.start].isupper():
        return False
    frame, through, german = word.folded in _FRAME_PREPOSITIONS, word.folded in _THROUGH, word.folded in _GERMAN_FRAMES
    if len(taken) == 1 and (frame or german):
        alone = taken[0]  # a surname alone
        if text[alone.start].isupper() and not _is_title(alone.folded) and alone.folded not in _DETERMINERS:
            return True
    if len(taken) == 2 and german and taken[0].folded in _DETERMINERS and text[taken[1].start].isupper():
        return True  # a German description with its article
    initial = _initial_ends(text, taken[-1].end)
    return (
        (len(taken) >= 2 or initial)
        and (frame or through)
        and (
            _is_person_name(text, taken[-2:])
            or initial
            or (through and text[taken[0].start].islower())  # "der Angeklagte über …"
        )
    )


def _speaker_after(text: str, position: int, table: CueTable) -> tuple[int, int] | None:
    """The speaker's name starting at ``position``: up to punctuation, a stop word or a verb."""
    platform = _ON_A_PLATFORM.match(text, position)
    if platform is not None:
        position = platform.end()  # "a ironisé sur X le député …": where it was said, then who
    words = _words(text, position, min(len(text), position + _WINDOW_AFTER))
    if not words or text[position : words[0].start].strip():
        return None
    if text[words[0].start].islower():
        verb = next(
            (
                length
                for length in (2, 1)
                if len(words) > length and table.is_verb(" ".join(word.folded for word in words[:length]))
            ),
            0,
        )
        if verb and _after_source_cue(text, position, table):
            # "según ha informado este martes el sindicato USO", "selon a indiqué la préfecture": the source's verb
            return _speaker_after(text, words[verb - 1].end, table)
    if words[0].folded in _BUT:
        return None  # '« ouvert au dialogue » mais a jugé': a second clause, not a speaker
    if words[0].folded in _OBJECT_PREPOSITIONS and not text[words[0].start].isupper():
        return None  # "…, fordert vom Bund mehr Geld": what is asked of whom, not who asks
    if (
        words[0].folded in _STRESSED_PRONOUNS
        and _COMMA_GLUE.match(text, words[0].end)
        and _after_source_cue(text, position, table)
    ):
        return words[0].start, words[0].end  # "Selon lui, …": the source is the one named before
    if (
        words[0].folded in ("den", "einen", "dem", "einem")
        and not text[words[0].start].isupper()
        and not (words[0].folded in ("dem", "einem") and _after_source_cue(text, position, table))  # "laut dem …"
    ):
        # "…, schilderte den Alltag dort", "sagte dem Tagesspiegel": a German accusative or dative is the object or
        # the one told, never who
        return None
    if (
        words[0].folded == "der"
        and len(words) > 2
        and len(words[1].folded) == 1
        and text[words[1].end : words[2].start] == "."
        and len(words[2].folded) == 1
    ):
        return None  # "sagte der F.A.Z.": the paper told (a dative), its initials no one's name
    if words[0].folded in ("à", "al", "aux") or (
        words[0].folded == "a" and len(words) > 1 and words[1].folded in _ADDRESSED
    ):
        return None  # "ha declarado a esta agencia": to whom, and the subject is the one before
    skipped = 0
    while skipped < min(2, len(words) - 1) and (
        words[skipped].folded in _TIME_WORDS
        or words[skipped].folded in _PARTS_OF_DAY
        or words[skipped].folded in _AFTERWARDS
        or (
            words[skipped].folded in _THIS_OR_LAST  # "dijo este martes el director …"
            and (words[skipped + 1].folded in _TIME_WORDS or words[skipped + 1].folded in _PARTS_OF_DAY)
        )
    ):
        skipped += 1  # "a indiqué jeudi matin le bourgmestre …": when, then who
    if skipped and _gap_is_space(text, words[skipped - 1], words[skipped]):
        words = words[skipped:]
        if words[0].folded == "a" and len(words) > 1 and words[1].folded in _ADDRESSED:
            return None  # "explicó después a los periodistas": to whom, after when
    partitive = _partitive_length(words)  # "said one of the sources": one of a group, someone all the same
    taken: list[_Word] = list(words[:partitive])
    for word in words[partitive : _MAX_SPEAKER_WORDS + 5]:
        if partitive and len(taken) == partitive:
            taken.append(word)  # the group's noun: "L'un des convoyeurs a confié"
            continue
        if taken and _ON_AIR.match(text, word.start):
            break  # where it was said: "a affirmé la ministre au micro de France Inter"
        if (
            taken
            and word.folded in _GERMAN_PARTICLES
            and text[word.start].islower()
            and text[taken[-1].start].isupper()
            and _CLAUSE_END.match(text, word.end)
        ):
            break  # "hält das Bundesgericht fest.": the particle of a separable verb closes the clause
        if len(taken) >= _MAX_SPEAKER_WORDS and not (
            _is_title(taken[0].folded) or (taken[0].folded in _DETERMINERS and _is_title(taken[1].folded))
        ):
            break  # an official title with its body and a name may run longer than a name alone (article or not)
        if (
            taken
            and _SHORT_FORM_BETWEEN.fullmatch(text, taken[-1].end, word.start)
            and (after_short := _SHORT_FORM_AFTER.match(text, taken[-1].end)) is not None
        ):
            following = _words(text, after_short.end(), after_short.end() + 60)
            if following and any(_is_title(part) for part in following[0].folded.split("-")):
                continue  # "said Malaysian Palm Oil Board (MPOB) director-general …": the body's short form
            if _is_person_name(text, following[:2]) and not _runs_on_capitalised(text, following):
                taken.clear()  # "la portavoz de la Agencia … (Aemet) Lucía Ferrándiz": the officer's name
                continue
        if (
            taken
            and not _gap_is_space(text, taken[-1], word)
            and not _SHORT_FORM_AFTER.fullmatch(text, taken[-1].end, word.start)
        ):
            if not _inside_a_title(text, taken, word) or word.folded in _TIME_WORDS:
                break  # "kata Ketua RT 03 Asep Mulyana, Minggu, 23 November": the day is when
            if "(" in text[taken[-1].end : word.start] and _PARTY_AFTER_NAME.match(text, taken[-1].end):
                break  # "sagte Verkehrsstadträtin Sabine Hofer (KPÖ) nach der Abstimmung": the party is no name
            if word.folded in _AND:
                taken.append(word)  # "Hewan, Ikan, dan Tumbuhan"
                continue
        if _joins_a_title(text, taken, words, words.index(word)):
            taken.append(word)  # "Natural Resources and Environmental Sustainability Minister …"
            continue
        if (
            word.folded in _TITLE_LINKS
            and taken
            and all(_is_title(w.folded) or w.folded in _TITLE_LINKS or text[w.start].isupper() for w in taken)
            and _is_title(taken[0].folded)
            and not any(_is_person_name(text, taken[at : at + 2]) for at in range(len(taken) - 1))
            and _name_follows_links(text, words, words.index(word))
        ):
            taken.append(word)  # "said Minister of State for Sustainability and the Environment Tan Hui Min"
            continue
        if taken and word.folded in _AUXILIARIES and _cue_at(words, words.index(word), table, ("verbs",)) is not None:
            break  # "l'Union sociale pour l'habitat a salué": the name ends where the perfect begins
        described_to = _description_until_demonstrative(text, taken, words, words.index(word))
        if described_to is not None:
            taken.extend(words[words.index(word) : described_to + 1])  # "ujar politikus dari daerah … itu"
            break
        if _joins_two_roles(text, taken, words, words.index(word), table):
            taken.append(word)  # "l'apiculteur et militant Gilles Roumégoux": two roles of one person
            continue
        if taken and word.folded in ("au", "aux") and _is_title(_ELISION.sub("", taken[-1].folded)):
            taken.append(word)  # "l'adjoint au commerce, Gildas Le Bihan": the office's complement
            continue
        if (word.folded in table.stop_words and (taken or word.folded not in _DETERMINERS)) or (
            table.is_verb(word.folded)
            and not _noun_before_name(text, taken, words, words.index(word))
            and not (taken and (taken[-1].folded, word.folded) in _NOUNS_ENDING_IN_A_CUE)
            and not _first_name_like_a_cue(text, taken, words, words.index(word))
        ):
            break  # but "said an executive …" begins with an article; "la juge Josée …" is a noun after one
        if taken and table.is_pronoun(taken[0].folded):
            break
        if taken and taken[0].folded in _ROMANCE_ARTICLES and word.folded in ("a", "à", "al", "aux"):
            break  # "ha declarado el letrado a Europa Press": to whom, not who
        if taken and word.folded in _ADVERBS and not text[word.start].isupper():
            break  # "so die Vorsitzende weiter": an adverb after the speaker
        if (
            len(taken) >= 3
            and text[taken[0].start].islower()
            and _is_person_name(text, taken[-2:])
            and not text[word.start].isupper()
            and word.folded not in _CONNECTORS
            and word.folded not in _NAME_PARTICLES
            and word.folded not in _AFFILIATED_WITH
            and word.folded not in _DEMONSTRATIVES
            and word.folded not in ("yang", "asal")  # "pemain asal Bojonegoro itu": the description goes on
        ):
            break  # "explicó el bogador Iker Ruiz nada más saltar al pantalán": the name ends the description
        if _frame_after_speaker(text, taken, word):
            break  # when, where or through whom it was said: no part of who
        if (
            taken
            and not text[word.start].isupper()
            and word.folded.endswith(("end", "ernd"))
            and len(word.folded) > 6
            and text[taken[-1].start].isupper()
        ):
            break  # "antwortete die designierte Direktorin ausweichend": how she answered, not who
        if taken and taken[-1].folded in _DEMONSTRATIVES and len(taken) >= 2 and not text[taken[0].start].isupper():
            break  # "ucap pemain asal Bojonegoro itu singkat": the description ends at its demonstrative
        if taken and _AGENCY_TOLD.match(text, word.start):
            break  # "sagte der Minister der Deutschen Presse-Agentur": the agency told, not who
        if taken and _outlet_told(text, taken, words, words.index(word)):
            break  # "sagte Petzold MDR KULTUR nach der Wahl": the outlet told, in capitals, after the name
        if taken and taken[-1].folded.endswith(("'s", "’s")) and _is_title(word.folded):
            taken.append(word)  # "said Focus Ireland’s director of advocacy, …": the possessor's office
            continue
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
    if taken and not _looks_like_speaker(text, taken, table) and len(taken) <= 4:
        # "kata tokoh pemuda setempat, Andika Saputra, Senin": a lower-case description, then the person's name.
        named = _apposed_name(text, taken[-1].end)
        comma = text.find(",", taken[-1].end)
        if named is not None and _is_person_name(text, _words(text, comma + 1, named)[-2:]):
            return taken[0].start, named  # "l'auteure principale de l'étude, la biologiste X": the name closes it
    if len(taken) <= partitive or not (partitive or _looks_like_speaker(text, taken, table)):
        return None
    end = taken[-1].end
    if _is_description(text, taken) and not (len(taken) == 1 and table.is_pronoun(taken[0].folded)):
        # not "kata dia saat ditemui di Kantor Kemenag, Jakarta Pusat": a pronoun has no apposition
        # "el consejero de Acción Climática, Jordi Vallverdú"; "anggota Komisi VII dari daerah pemilihan Jawa
        # Tengah III, Bambang Sutrisno": the name after the description and its complement.
        apposed = _apposed_name(text, end)
        complement = _COMPLEMENT_THEN_COMMA.match(text, end) if apposed is None else None
        if (
            complement is not None
            and len(taken) >= 3
            and _is_person_name(text, taken[-2:])
            and text[taken[-3].start].isupper()  # not "die Erste Bevollmächtigte der IG Metall, Sandra Yilmaz"
        ):
            complement = None  # "Ketua MK Benny Wirawan saat membacakan … di Gedung MK, Jakarta Pusat": named already
        if complement is not None:
            named = _apposed_name(text, complement.end() - 1)
            if named is not None and _is_person_name(text, _words(text, complement.end(), named)):
                apposed = named  # a person's name, never "…, Jakarta, Jumat"
        if (
            apposed is not None
            and len(taken) >= 3
            and _is_person_name(text, taken[-2:])
            and not any(_is_organisation(word.folded) for word in taken[:-2])  # "Ketua Kelompok Tani Maju, Warsono"
            and len(_words(text, end, apposed)) == 1
        ):
            apposed = None  # "die Ozeanografin Hanna Lindqvist, Erstautorin der Studie": her office, no name
        if apposed is not None and text[apposed - 2 : apposed] in ("'s", "’s"):
            apposed = None  # "Prof Anjali Rao-Whitfield, NHS England’s national medical director": a possessor
        end = apposed or end
        if apposed is None and _initial_ends(text, end):
            end += 1  # "ließ der 41-jährige Michael K. über …"
    elif _initial_ends(text, end):
        end += 1  # "sagte Bernd S. am ersten Verhandlungstag"
    return taken[0].start, end


# Unnamed sources as Reuters and AP describe them: "Two sources familiar with the matter", "people with direct
# knowledge of the talks", "a person close to the negotiations".
_ANONYMOUS_SOURCE = re.compile(
    r"((?:(?![a-z]+ing\b)[A-Za-z]+\s+){0,2}"  # "Two", "senior government", never "speaking to"
    r"(?:sources?|people|person|officials?|bankers?|traders?|executives?|diplomats?|insiders?)\s+"
    r"(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|involved\s+in|aware\s+of)\s+"
    r"(?:the|a|an|their|its)\s+[\w-]+(?:\s+[\w-]+){0,2}?"
    r"|(?:(?:des|las|unas|algunas|certaines)\s+)?(?:fuentes|sources)\s+(?:de|del|de\s+la|de\s+los|du|de\s+l['’]|des|cercanas\s+a|próximas\s+a|proches\s+d[eu])"
    r"\s*[\w-]+(?:\s+[\w-]+){0,3}?)\s*$",  # "fuentes del departamento", "sources proches du dossier"
    re.IGNORECASE,
)


def _opens_sentence_or_clause(text: str, start: int) -> bool:
    """Whether ``start`` begins the text, a sentence or a clause after a comma."""
    before = text[max(0, start - 12) : start].rstrip()
    return not before or before[-1] in '.!?,;:"”»'


# Where words were said on air: "a affirmé la ministre au micro de France Inter", "à l'antenne de RTL".
_ON_AIR = re.compile(
    r"(?:au[ \t\u00a0]+micro|à[ \t\u00a0]+l['’]antenne|sur[ \t\u00a0]+le[ \t\u00a0]+plateau"
    r"|sur[ \t\u00a0]+(?=(?:" + "|".join(_BROADCASTERS) + r")\b))\b"
)  # "a assuré M. Tardieu sur France Inter": where it was said, not who


_GERMAN_PARTICLES = frozenset("fest an ab aus zu hin vor ein mit fort zurück dar bei".split())  # noqa: SIM905


_THIS_OR_LAST = frozenset("este esta ese el la ce cette this last dieser diesen am".split())  # noqa: SIM905


_PARTITIVE_HEADS = frozenset(["one", "another", "uno", "una", "l'un", "l'une", "l’un", "l’une"])


def _partitive_length(words: Sequence[_Word]) -> int:
    """How many words open a partitive description (``one of the``, ``uno de los``, ``l'un des``, ``salah satu``)."""
    if len(words) >= 4 and words[0].folded in _PARTITIVE_HEADS and words[1].folded in ("of", "de"):
        return 3 if words[2].folded in _DETERMINERS else 0
    if len(words) >= 3 and words[0].folded in _PARTITIVE_HEADS and words[1].folded in ("des", "del"):
        return 2
    if len(words) >= 3 and words[0].folded == "salah" and words[1].folded == "satu":
        return 2
    return 0


_AFFILIATED_WITH = frozenset(["dari", "from", "von", "vom"])  # a person, then where they work, then the verb
_WHERE_ONE_WORKS = _AFFILIATED_WITH | frozenset(["del", "de", "of", "at", "du", "des"])  # an apposed workplace
_THROUGH = frozenset(["über", "via", "durch", "melalui", "lewat", "through", "por", "par"])  # by way of whom


_LIST_IN_NAME = re.compile(
    r",[ \t\u00a0\u202f]+(?:[A-Z]\w*,[ \t\u00a0\u202f]+)*(?:[A-Z]\w*[ \t]+)?(?:dan|and|y|und|et)[ \t]+[A-Z]"
)  # "Hewan, Ikan, dan Tumbuhan", "Agricultura, Pesca, Agua y Desarrollo Rural"


# A news agency told, in the dative or after "to": "der Deutschen Presse-Agentur", "der dpa", "to Reuters".
_AGENCY_TOLD = re.compile(
    r"(?:der|dem|to|à|a)[ \t\u00a0\u202f]+(?:Deutschen[ \t\u00a0\u202f]+Presse-Agentur|dpa|Reuters|AFP|APA|KNA|epd)\b"
)


def _outlet_told(text: str, taken: Sequence[_Word], words: Sequence[_Word], index: int) -> bool:
    """Whether ``words[index]`` opens a run of capitals that ends before a lower-case word, right after a name."""
    last = taken[-1]
    if (
        not text[last.start].isupper()
        or text[last.start : last.end].isupper()
        or _is_title(last.folded)
        or _is_organisation(last.folded)
    ):
        return False
    end = index
    while end < len(words) and len(words[end].folded) >= 2 and text[words[end].start : words[end].end].isupper():
        end += 1
    return end > index and end < len(words) and text[words[end].start].islower()


def _runs_on_capitalised(text: str, following: Sequence[_Word]) -> bool:
    """Whether a third capitalised word follows two, with spaces only: a body's name (``(Persero) Unit Induk
    Distribusi Aceh``), not a person's."""
    return (
        len(following) > 2
        and _gap_is_space(text, following[0], following[1])
        and _gap_is_space(text, following[1], following[2])
        and text[following[2].start].isupper()
    )


# Indonesian legal forms printed in brackets inside a firm's name: "PT Kereta Api Indonesia (Persero)".
_LEGAL_FORMS = frozenset(["persero", "tbk"])
# Abbreviations that close a rank with a full stop, the name following: "Irjen Pol.", "Kolonel Inf.", "Laksma TNI".
_RANK_ABBREVIATIONS = frozenset(["pol", "inf", "mar", "kav", "art", "purn"])


def _inside_a_title(text: str, taken: Sequence[_Word], word: _Word) -> bool:
    """Punctuation that an official title goes on across, after a title word.

    A bracketed short form (``Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Demak``) and a list of
    names inside a body (``Balai Karantina Hewan, Ikan, dan Tumbuhan``).
    """
    head = taken[1] if len(taken) > 1 and taken[0].folded in _DETERMINERS else taken[0]  # "el consejero de …"
    if not _is_title(head.folded) or not text[taken[-1].start].isupper():
        return False
    gap = text[taken[-1].end : word.start]
    short_form = text[word.start : word.end].isupper() or word.folded in _LEGAL_FORMS  # "(BPBD)", "(Persero)"
    if gap.strip() == "(" and short_form and text[word.end : word.end + 1] == ")":
        return True
    after_short_form = text[taken[-1].start : taken[-1].end].isupper() or taken[-1].folded in _LEGAL_FORMS
    if gap.strip() == ")" and after_short_form and text[word.start].isupper():
        return True
    if gap.strip() == "." and taken[-1].folded in _RANK_ABBREVIATIONS and text[word.start].isupper():
        return True  # "Kapolda Kalbar Irjen Pol. Andi Rusdianto": the police rank's abbreviation
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
    """A capitalised ``Le``/``La``/``El`` inside a surname: ``Yann Le Goff``, ``Marine La Rocca``, ``Samira El
    Khatib``."""
    return word.folded in ("le", "la", "el") and text[word.start].isupper()


# Indonesian passives of meeting a speaker, right after the name: "kata Raka ditemui di Pelatnas PBSI".
_MET_AT = frozenset("ditemui dijumpai dihubungi dikonfirmasi diwawancarai ditanya ditanyai dimintai".split())  # noqa: SIM905


def _name_ends_before(text: str, taken: Sequence[_Word], words: Sequence[_Word], index: int) -> bool:
    """Whether a name (not a title or description) ends before the lower-case ``words[index]``.

    Lower-case words that lead to another capitalised word are a title inside the speaker
    (``Cal Fire battalion chief Renata Salgado``).
    """
    first, word = taken[0], words[index]
    titled_name = _is_title(first.folded) and len(taken) >= 3 and _is_person_name(text, taken[-2:])
    if not text[first.start].isupper() or first.folded in _DETERMINERS or (_is_title(first.folded) and not titled_name):
        return False  # but "ucap Ketua MK Sudirman Hadiwinata membacakan putusan": the titled name ends too
    if text[word.start].isupper() or word.folded in _CONNECTORS or word.folded in _DETERMINERS:
        return False
    if word.folded.endswith("ed") and len(word.folded) > 5 and _is_person_name(text, taken[-2:]):
        return True  # "Mr. Ekane Mbassi thanked German officials": a verb in the past, not an office
    if word.folded in _MET_AT:
        return True  # "kata Raka ditemui di Pelatnas PBSI": where he was met, not his office
    reach = 4 if _is_title(word.folded) else 3  # "MPOC chief executive officer Datuk …": an office of three words
    if any(_is_title(later.folded) for later in words[index + 1 : index + 3]):
        reach = 5  # "AIMS research program leader Dr Callum Whitlam": the office's head comes later
    for ahead in range(index + 1, min(len(words), index + reach)):
        if not _gap_is_space(text, words[ahead - 1], words[ahead]) or words[ahead].folded in _DETERMINERS:
            return True  # "Lautenschlager unter dem Applaus": a preposition and its object
        if text[words[ahead].start].isupper():
            return False
    return True


_NAME_AFTER_COMMA = re.compile(r",[ \t\u00a0\u202f]+")


def _office_before_name(text: str, words: Sequence[_Word]) -> int | None:
    """Where a German office ends in an apposition: an article, lower-case adjectives, the office, then a name."""
    if not words or words[0].folded not in _DEFINITE_SINGULAR:
        return None
    at = 1
    while at < min(len(words), 3) and not text[words[at].start].isupper():
        at += 1  # "die sächsische", "der frühere"
    if at + 2 < len(words) and _is_title(words[at].folded) and _is_person_name(text, words[at + 1 : at + 3]):
        return at
    return None


def _apposed_name(text: str, end: int) -> int | None:
    """The end of a name apposed to a description ending at ``end``: ``…, Laura Cruz Méndez``."""
    bracketed = _BRACKETED_SHORT_FORM.match(text, end)
    if bracketed is not None:
        end = bracketed.end()  # "le secrétaire général du Syndicat … (SNAC), Thierry Lanvin": past the short form
    comma = _NAME_AFTER_COMMA.match(text, end)
    if comma is None:
        return None
    words = _words(text, comma.end(), min(len(text), comma.end() + 80))
    if (
        len(words) >= 4
        and words[0].folded in _DEFINITE_SINGULAR
        and not text[words[1].start].isupper()
        and (_is_role(words[1].folded) or _is_person_name(text, words[2:4]))
        and text[words[2].start].isupper()
    ):
        words = words[2:]  # "souligne sa responsable, la glaciologue Andrea Zurbriggen": the role, then the name
    elif (
        len(words) >= 3
        and _ELISION.match(words[0].folded)
        and (
            _is_role_without_article(_ELISION.sub("", words[0].folded))
            or _ELISION.sub("", words[0].folded).endswith(_FRENCH_DEMONYM_ENDINGS)  # "son président, l'Irlandais X"
        )
        and _is_person_name(text, words[1 + (lower := _lower_case_run(text, words, 1)) : 3 + lower])
    ):
        # "la responsable du chantier, l'archéologue Claire Morvan-Lesage": elided article, role, then the name;
        # "la rapporteure du texte, l'eurodéputée écologiste néerlandaise Anneke Visser": adjectives before it
        words = words[1 + lower :]
    elif (office := _office_before_name(text, words)) is not None:
        words = words[office + 1 :]  # "deren Vorsitzende, die sächsische Verkehrsministerin Ines Brückner"
    elif not words or words[0].start != comma.end() or not text[words[0].start].isupper():
        return None
    if words[0].folded in _TIME_WORDS:
        return None  # "kata Ketua RT 03 Asep Mulyana, Minggu, 23 November": when, not who
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


def _lower_case_run(text: str, words: Sequence[_Word], start: int) -> int:
    """How many lower-case words (three at most) follow from ``start``: the adjectives after a role."""
    count = 0
    while count < 3 and start + count < len(words) and text[words[start + count].start].islower():
        count += 1
    return count


_ROLE_ENDINGS = ("ogue", "iste", "ienne", "eur", "euse", "rice", "député", "députée")  # "l'eurodéputée"


def _is_role_without_article(folded: str) -> bool:
    """``archéologue``, ``avocate``, ``chercheuse``: what someone does, once an elided article is taken off."""
    return _is_title(folded) or _is_role(folded) or folded.endswith(_ROLE_ENDINGS)


_SHORT_FORM_BEFORE = re.compile(r"[ \t\u00a0\u202f]*\([A-Z][A-Za-z0-9&.-]{1,11}\)[ \t\u00a0\u202f]*$")
_BRACKETED_SHORT_FORM = re.compile(r"[ \t\u00a0\u202f]*\([A-Z][A-Za-z0-9&.-]{1,11}\)(?=,)")


def _speaker_before(text: str, end: int, table: CueTable, *, whole: int | None = None) -> tuple[int, int] | None:
    """The speaker's name ending at ``end`` (just before a cue).

    With ``whole`` (a start index), everything from there to ``end`` must be
    the name (``"…," the Kremlin said``).
    """
    start = max(0, end - _WINDOW_BEFORE) if whole is None else whole
    short_form = _SHORT_FORM_BEFORE.search(text, start, end)
    if short_form is not None and short_form.start() > start:
        end = short_form.start()  # "The Monetary Authority of Singapore (MAS) said"
    words = _words(text, start, end)
    if whole is not None:
        if not words or text[whole : words[0].start].strip() or text[words[-1].end : end].strip():
            return None
        if len(words) > 2 and words[0].folded == "wie" and not text[words[0].start].isupper():
            # "«…», wie Verbandspräsidentin X vor ihren Anhängern sagte": the subject, before its frame
            words = words[1:]
            framed = next(
                (
                    at
                    for at, word in enumerate(words)
                    if at
                    and (word.folded in _GERMAN_FRAMES or word.folded in ("es", "das", "dies"))
                    and word.folded == text[word.start : word.end]
                ),
                len(words),
            )
            words = words[:framed]  # "wie Reinholdt es nennt": the object pronoun is no part of the name
        broken = [at for at in range(1, len(words)) if not _gap_is_space(text, words[at - 1], words[at])]
        if broken:
            # '"…," Ternate Regional Disaster Mitigation Agency (BPBD) head Fitriani Laode informed': the office
            # holder's name after the body's short form.
            tail = words[broken[-1] :]
            tail_text = text[words[broken[-1] - 1].end : tail[0].start]
            if len(tail) >= 2 and ")" in tail_text and _is_person_name(text, tail[-2:]):
                return tail[0].start, tail[-1].end
            return None
        if len(words) > _MAX_SPEAKER_WORDS:
            # "…," head of the Brebes Agriculture and Food Security Office Nurhayati Wibisono said: the name.
            for at in range(len(words) - 2):
                # "…," lead author Claire Dufresne of the French National Centre for … told AFP: the person, not
                # the body she works for.
                if (
                    words[at + 2].folded in _AFFILIATED
                    and (  # after a lower-case word ("lead author"), never inside an office ("General of X Y")
                        at == 0
                        or (
                            text[words[at - 1].start].islower()
                            and words[at - 1].folded not in _AFFILIATED | _CONNECTORS
                        )
                    )
                    and _is_person_name(text, words[at : at + 2])
                    and not any(_is_title(word.folded) or _is_organisation(word.folded) for word in words[at : at + 2])
                ):
                    return words[at].start, words[at + 1].end
            for size in (3, 2):
                name = words[-size:]
                if _is_person_name(text, name):
                    return name[0].start, name[-1].end
            return None
        if not _looks_like_speaker(text, words, table) and len(words) > 3:
            return None  # "…, analysts said." keeps a short lower-case subject
        if len(words) == 1 and words[0].folded in table.prepositions:
            return None  # '“…”. Según explicó a LA NACION, …': a source preposition is no one
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
    anonymous = _ANONYMOUS_SOURCE.search(text, max(start, end - _WINDOW_BEFORE), end)
    if anonymous is not None and _opens_sentence_or_clause(text, anonymous.start()):
        return anonymous.start(), anonymous.end(1)  # "Two sources familiar with the matter said": not "the matter"
    if words[-1].folded in _AND and not text[words[-1].start].isupper():
        return None  # "rechaza el recurso de Carrascal y sostiene": the verb shares the sentence's subject
    if (
        len(words) > 1
        and (words[-1].folded in _OBJECT_CLITICS or words[-1].folded in _ACCUSATIVE_CLITICS)
        and words[-1].folded != "se"
        and not text[words[-1].start].isupper()
        and _gap_is_space(text, words[-2], words[-1])
    ):
        # "el entonces alcalde le advirtió": to whom; "La funcionaria lo resumió así": what. The subject is before.
        words = words[:-1]
    if len(words) > 1 and words[-1].folded in _ADVERBS and _gap_is_space(text, words[-2], words[-1]):
        words = words[:-1]  # "Agriculture Minister Bambang Wiratmoko earlier called", "pengelola juga"
    if len(words) > 1 and words[-1].folded in _BEFORE_PARTICIPLE and _gap_is_space(text, words[-2], words[-1]):
        words = words[:-1]  # "Le ministre … s'est dit", "Sie hat gesagt": the subject precedes the auxiliary
    if len(words) > 1 and words[-1].folded in _ENGLISH_AUXILIARIES and _gap_is_space(text, words[-2], words[-1]):
        words = words[:-1]  # "council bosses have confirmed", "the board had concluded"
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
    while (
        placed_at >= 1
        and words[placed_at].folded == "für"
        and text[words[placed_at - 1].start].isupper()
        and _is_organisation(words[placed_at - 1].folded)
    ):
        # "Vossberg vom Potsdam-Institut für Klimafolgenforschung warnt": a body's name runs across "für".
        taken = [words[placed_at - 1], words[placed_at], *taken]
        placed_at -= 2
    if (
        placed_at >= 1
        and words[placed_at].folded in ("in", "from", "di", "aus", "en", "à", "of", "vom", "von")
        and text[words[placed_at - 1].start].isupper()
        and _gap_is_space(text, words[placed_at - 1], words[placed_at])
    ):
        # "Judge Miriam Castellanos in Washington wrote": the place is where, the name before it is who.
        named = _speaker_before(text, words[placed_at].start, table)
        if named is not None and _is_person_name(text, _words(text, *named)[-2:]):
            return named
    office_at = words.index(taken[0]) - 1
    if (
        office_at >= 0
        and taken[0].folded in _OF
        and not text[taken[0].start].isupper()
        and not text[words[office_at].start].isupper()
        and _is_title(words[office_at].folded)
        and _gap_is_space(text, words[office_at], taken[0])
    ):
        # "La ministre de la Santé a qualifié", "Le président de la République": the office, with its portfolio
        taken.insert(0, words[office_at])
        if office_at >= 1 and words[office_at - 1].folded in _DETERMINERS:
            taken.insert(0, words[office_at - 1])
    while taken and (
        (taken[0].folded in _CONNECTORS and not text[taken[0].start].isupper())
        or (len(taken) > 1 and (taken[0].folded in _BUT or taken[0].folded in _AND))
    ):
        taken.pop(0)  # "But the charity claimed": the conjunction opens the sentence, the subject follows
    if len(taken) == 1 and (taken[0].folded in _AND or taken[0].folded in _BUT):
        return None  # "Y agregó: …": the subject is the one before
    if len(taken) == 1 and not text[taken[0].start].isupper() and not table.is_pronoun(taken[0].folded):
        # "the minister said": a lower-case noun after a determiner.
        index = words.index(taken[0])
        if index > 0 and words[index - 1].folded in _DETERMINERS and _gap_is_space(text, words[index - 1], taken[0]):
            taken.insert(0, words[index - 1])
    if len(taken) == 1 and taken[0].folded in _NATIONALS:
        # "the Irishman added": where someone comes from, with its article (a description, never a name).
        index = words.index(taken[0])
        if (
            index > 0
            and words[index - 1].folded in _DEFINITE_SINGULAR
            and _gap_is_space(text, words[index - 1], taken[0])
        ):
            taken.insert(0, words[index - 1])
    if taken and not _looks_like_speaker(text, taken, table):
        # "The finance minister said": lower-case nouns back to a determiner.
        index = words.index(taken[0])
        for back in range(index - 1, max(-1, index - 4), -1):
            if not _gap_is_space(text, words[back], words[back + 1]):
                break
            if words[back].folded in _DETERMINERS or words[back].folded in _POSSESSIVE_DETERMINERS:
                taken = list(words[back : words.index(taken[-1]) + 1])
                break
    if not taken or not _looks_like_speaker(text, taken, table):
        return None
    if all(word.folded in _TIME_WORDS for word in taken):
        return None  # "In seinem letzten Wort am Dienstag sagte er": when, and the subject follows the verb
    if len(taken) == 1 and taken[0].folded in table.prepositions:
        return None  # "Según explicó, …": as the one named before explained, with the subject dropped
    index = words.index(taken[0])
    if index > 0 and words[index - 1].folded in _ADDRESSED_WITH and _gap_is_space(text, words[index - 1], taken[0]):
        return None  # "zu Jonas gesagt": the one told, not the one telling
    adjective = (
        index > 1
        and not text[words[index - 1].start].isupper()
        and words[index - 1].folded.endswith(("en", "em"))
        and words[index - 2].folded in _GERMAN_OBJECT_WORDS
    )  # "In seinem letzten Wort sagte er": an adjective between the article and the noun
    if (
        taken[0].folded in ("dem", "den")
        or adjective
        or (
            index > 0
            and words[index - 1].folded in _GERMAN_OBJECT_WORDS
            and _gap_is_space(text, words[index - 1], taken[0])
        )
    ):
        # "in denen er einem Mitarbeiter schrieb", "vor ihren Anhängern sagte", "seien keine Stellenstreichungen
        # angekündigt": an object or a negated noun, never the subject; a pronoun before it is the subject.
        before = index - 1 if taken[0].folded in ("dem", "den") else index - (3 if adjective else 2)
        if (
            before >= 0
            and words[before].folded in ("er", "sie")
            and _gap_is_space(text, words[before], words[before + 1])
        ):
            return words[before].start, words[before].end
        return None
    if taken[0].folded in _DETERMINERS or (
        index >= 2
        and words[index - 1].folded in _OF
        and not text[words[index - 2].start].isupper()
        and not text[taken[0].start : taken[0].end].isupper()  # "la direction de SMT" speaks for SMT
    ):
        # "el sistema de aguas de la capital", "Les riverains du quartier de Locmaria": the description whole.
        index = _head_of_genitive(text, words, index)
        taken = list(words[index : words.index(taken[-1]) + 1])
    if (
        index >= 2
        and words[index - 1].folded in _FOR
        and words[index - 2].folded in _REPRESENTATIVES
        and _gap_is_space(text, words[index - 2], words[index - 1])
    ):
        # "A spokesman for the company said": the one who speaks for it, with the article before him.
        first = index - 2
        if first > 0 and (words[first - 1].folded in _DETERMINERS or words[first - 1].folded in _INDEFINITE):
            first -= 1
        taken = list(words[first : words.index(taken[-1]) + 1])
        index = first
    if (
        index > 0
        and taken[0].folded in _DETERMINERS
        and words[index - 1].folded in _FRAME_PREPOSITIONS
        and _gap_is_space(text, words[index - 1], taken[0])
    ):
        return None  # "said in a statement posted online": the frame, not who
    if (
        index >= 2
        and taken[0].folded in _DETERMINERS
        and _partitive_length(words[index - 2 :]) == 3
        and (index == 2 or text[words[index - 3].end : words[index - 2].start].strip() in (",", "."))
    ):
        index -= 2  # "En cambio, uno de los acusados, que …, ha admitido": one of the group opens the clause
        taken = list(words[index : words.index(taken[-1]) + 1])
    return taken[0].start, taken[-1].end


_FOR = frozenset(["for", "pour", "para", "für", "untuk"])
_ELISION = re.compile(r"^[ldLD]['’]")  # "l'adjoint", "d'Europe": an elided article
_ON_A_PLATFORM = re.compile(
    r"[ \t\u00a0\u202f]*(?:sur|on|auf|en|di|via)[ \t\u00a0\u202f]+"
    r"(?:X|Twitter|Facebook|Instagram|TikTok|LinkedIn|Bluesky|Threads|YouTube|Telegram|Mastodon)"
    r"[ \t\u00a0\u202f]+(?=\w)"
)
_ADDRESSED_WITH = frozenset(["zu", "kepada", "pada"])  # "zu Jonas gesagt", "kepada Budi berkata"
_AFTERWARDS = frozenset("después luego ensuite puis danach anschließend afterwards later".split())  # noqa: SIM905
# German words before a noun that make it an object, never a subject: "einem Mitarbeiter", "keine Entlassungen".
_GERMAN_OBJECT_WORDS = frozenset(
    "einem einen keine kein keinen keinem ihren seinen ihrem seinem unseren unserem allen diesem jenem".split()  # noqa: SIM905
)
_NATIONALS = frozenset(
    """irishman frenchman englishman welshman scotsman dutchman irishwoman frenchwoman englishwoman welshwoman
    scotswoman dutchwoman scot swede dane finn pole kiwi aussie spaniard""".split()  # noqa: SIM905
)
_REPRESENTATIVES = frozenset(
    """spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys official officials representative
    porte-parole avocat avocate portavoz abogado abogada sprecher sprecherin anwalt anwältin""".split()  # noqa: SIM905
)


_ASKED_WHERE = _FRAME_PREPOSITIONS | {"sur", "par", "by"}  # "interrogé sur France Inter", "asked by …"


def _is_frame(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a phrase of place or time: ``dalam konferensi pers``, ``Rabu (11/2/2026)``."""
    words = _words(text, start, end)
    if not words or len(words) > 8:
        return False
    first = words[0].folded
    if first in _ASKED and len(words) >= 2 and words[1].folded in _ASKED_WHERE:
        return True  # "Le ministre, interrogé sur France Inter, a appelé": where he was asked, not who
    return first in _FRAME_PREPOSITIONS or (first in _TIME_WORDS and all(word.folded.isdigit() for word in words[1:]))


_ENGLISH_AUXILIARIES = frozenset(["had", "has", "have", "was", "were", "is", "are", "will", "would"])
_AGENTS = frozenset(["par", "by", "por", "von", "oleh"])  # a passive apposition names its agent, not the subject
_FRONTING = frozenset(
    """an in im am auf bei nach vor mit zum zur für über dann danach daraufhin anschließend später zuletzt
    schließlich zuvor vorher heute gestern nun jetzt damals dazu irgendwann neulich früher""".split()  # noqa: SIM905
)  # "Dann sagt sie: „…“": a fronted phrase or adverb puts the subject after the verb
# The subject, at most two adverbs, then the colon: "antwortete er nur:".
# After an inverted subject: two adverbs at most, or a participle phrase set off by a comma ("sagte er, an die Eltern
# gewandt:"), then the colon.
_INVERTED_TAIL = re.compile(
    r"(?:[ \t\u00a0\u202f]+[a-zäöüß]{2,12}){0,2}"
    # a manner phrase: "mit einem Grinsen"
    r"(?:[ \t\u00a0\u202f]+mit[ \t\u00a0\u202f]+(?:einem|einer|dem|der)[ \t\u00a0\u202f]+[A-ZÄÖÜ][a-zäöüß]+)?"
    r"(?:,(?:[ \t\u00a0\u202f]+[\w-]+){1,7}?[ \t\u00a0\u202f]+[a-zäöüß]+(?:t|en))?[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*"
)
_STRESSED = frozenset(["lui", "eux", "elle", "elles"])  # "Les riverains, eux, craignent": him, them again
_OF = frozenset(["of", "de", "del", "du", "des", "dari", "von"])  # "die Oberbürgermeisterin von Hildesheim"


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


def _after_quote(text: str, close: int, table: CueTable) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """Speaker and cue right after a closing mark, unless a new sentence with its own report starts there."""
    found = _attribution_after(text, close, table)
    if found is None or not _sentence_closed(text, close):
        return found
    speaker, cue = found
    if text[cue[0] : cue[1]].casefold() in _REPROACHING:
        return None  # '„…“ Die Staatsanwaltschaft wirft ihm Betrug vor.': a charge in a new sentence, not a report
    words = _words(text, close + 1, min(len(text), close + 1 + _WINDOW_AFTER))
    end = max(cue[1], speaker[1] if speaker is not None else 0)
    if words and text[words[0].start].isupper() and _REPORT_FOLLOWS.match(text, end):
        # '„… Gericht.“ Die Staatssekretärin betonte, das Land …': that cue reports the next sentence.
        return None
    if words and text[words[0].start].isupper() and _QUOTE_IN_SENTENCE.match(text, end):
        # '« … ». Le ministère a appelé « … »', '«…». Der Kunsthistoriker X hält die Auswahl für «…»': that cue
        # introduces its own quote.
        return None
    return found


_REPROACHING = frozenset(["wirft", "warf"])  # "wirft … vor": it reports the quote of its own sentence only
_QUOTE_IN_SENTENCE = re.compile(r"[^.!?«„“\"‹‚'»”›]{0,60}?(?<![\w.])[«„“\"‹‚']")


_OBJECT_CLITICS = frozenset("le les me te se nos os lui leur".split())  # noqa: SIM905
# Right before a verb, "la" and "lo" are no articles: "La funcionaria lo resumió así".
_ACCUSATIVE_CLITICS = frozenset("lo la los las".split())  # noqa: SIM905


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
    if (
        len(words) > 1
        and first.folded in _OBJECT_CLITICS
        and text[first.start].islower()
        and _gap_is_space(text, first, words[1])
        and _cue_at(words, 0, table, ("verbs", "quote_cues")) is None  # "se réjouit" is a cue whole
    ):
        words = words[1:]  # '“…”, le preguntó la fiscal': to whom it was asked; the subject follows the verb
        first = words[0]
    perfect = _perfect_after(text, words, table)
    if perfect is not None:
        return perfect  # '„…“, hatte er über eine Dolmetscherin gesagt.'
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
        if cue[0] == "verbs" and _clause_ends_plainly(text, subject_at):  # after "a Europa Press" too
            return None, (first.start, cue_end)
        return None
    separable = _separable_cue(text, words, table)
    if separable is not None:
        return separable
    if (
        _SPANISH_PRETERITE.fullmatch(first.folded)
        and text[first.start].islower()
        and _CLAUSE_END.match(text, first.end)
    ):
        # "“…”, cerró.", "“…”, remató.": a verb no table lists, its subject dropped
        return None, (first.start, first.end)
    for index in range(1, min(len(words), _MAX_SPEAKER_WORDS + 7)):  # a long title may precede the name
        cue = _cue_at(words, index, table, ("verbs",))
        if cue is not None and text[words[index].start].isupper():
            cue = None  # "Film Cerita Panjang Terbaik": a capital mid-sentence makes a name, never a verb
        if cue is not None:
            after = index + cue[1]
            if after < len(words) and words[after].folded in ("er", "sie") and text[words[after].start].islower():
                return None  # '„…“, eine Betrugsabsicht bestreitet er': its own statement, the object fronted
            if first.folded in _NO_INCISE and text[first.start].islower():
                return None  # '„…“, wollte aber keine Details nennen': the clause goes on, no one is named
            speaker = _speaker_before(text, words[index].start, table, whole=position)
            if speaker is None:
                return None
            return speaker, (words[index].start, words[index + cue[1] - 1].end)
        if not _gap_is_space(text, words[index - 1], words[index]) and not _short_form_gap(text, words, index):
            return _apposition_cue(text, words, index, table)
    return None


def _separable_cue(
    text: str, words: Sequence[_Word], table: CueTable
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``„…“, kündigte Landrat X (CDU) an.``: a verb whose particle closes the clause after its subject."""
    for phrase in table.phrases("verbs").get(words[0].folded, ()):
        if len(phrase) != 2:
            continue
        for at in range(2, min(len(words), _MAX_SPEAKER_WORDS + 3)):
            if words[at].folded == phrase[1] and text[words[at].start].islower():
                speaker = _speaker_after(text, words[1].start, table)
                if _PARTICLE_END.match(text, words[at].end) and speaker is not None and speaker[1] <= words[at].start:
                    return speaker, (words[0].start, words[0].end)
                break
    return None


_SPANISH_PRETERITE = re.compile(r"[a-zñ]{2,}ó")  # "cerró", "sentenció", "zanjó"
_PARTICLE_END = re.compile(r"[ \t\u00a0\u202f]*[.,;]")  # "räumte Kohlhaas ein, eher ein Bauchgefühl"


# Words after a quote and its comma that are no verb of saying: "“Hamlet”, starring …", "«…», selon …".
_NO_INCISE = frozenset(
    """with from about into over under after before during since while where when which whose that this these
    those there then than also even just only still both either never always sowie aber oder sondern nachdem
    während weil wenn dass welche welcher welches dessen deren donde cuando cuyo cuya pero aunque mientras
    desde hasta hacia según entre pour mais dont selon avec sans sous dans depuis lorsque quand puis comme
    soit wollte wollten konnte konnten musste mussten sollte sollten durfte durften""".split()  # noqa: SIM905
)  # German modals go on with the same subject: "„…“, wollte aber keine Details nennen"
# After the speaker of an incise: the end of the clause, or when and where it was said ("nach dem Abpfiff.").
_INCISE_TAIL = re.compile(r"[ \t\u00a0\u202f]*(?:[,.;]|$)|[ \t\u00a0\u202f]+[a-zà-ÿ][^,.;:!?«»“”\"„\n]{0,80}[.,;]")


def _unlisted_incise(text: str, close: int, table: CueTable) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """An incise whose verb no table lists: ``„…“, haderte Trainer Martin Brückner``, ``“…”, analizó el DT``.

    After a quoted sentence and a comma, a lower-case word, then someone named or described, then the end of
    the clause is how the languages here invert a report: the word is its verb. The caller checks that the
    quote opens its sentence.
    """
    lead = _LEAD_PUNCT.match(text, close + 1)
    assert lead is not None
    position = lead.end()
    words = _words(text, position, min(len(text), position + _WINDOW_AFTER))
    if len(words) < 2 or words[0].start != position or "," not in text[close - 1 : position]:
        return None
    verb = words[0]
    if (
        not verb.folded.isalpha()
        or len(verb.folded) < 4
        or not text[verb.start].islower()
        or verb.folded.endswith(("ing", "ly"))
        or verb.folded in _NO_INCISE
        or verb.folded in _DETERMINERS
        or table.is_pronoun(verb.folded)
        or not _gap_is_space(text, verb, words[1])
    ):
        return None
    speaker = _speaker_after(text, _past_addressee(text, verb.end), table)
    if speaker is None or not _INCISE_TAIL.match(text, speaker[1]):
        return None
    head = text[speaker[0] : speaker[1]].split(maxsplit=1)[0]
    folded = head.casefold()
    if folded in _IMPERSONAL or not (head[:1].isupper() or folded in _DETERMINERS or _is_title(folded)):
        return None  # "…», heisst es", "…”, meraih penghargaan …": no one named or described
    return speaker, (verb.start, verb.end)


_IMPERSONAL = frozenset(["es", "it", "das", "on", "se"])


_GERMAN_PERFECT = frozenset("hat hatte habe hätte haben hatten".split())  # noqa: SIM905
_CLAUSE_END = re.compile(r"[ \t\u00a0\u202f]*(?:[.;!?]|$)")


_PARTICIPLE = re.compile(r"(?:\w*ge\w+[td]|\w+(?:iert|ont|ärt|ählt|ichtet))\b")  # gesagt, angekündigt, betont


def _perfect_auxiliary(text: str, start: int, verb: int) -> int | None:
    """Where a German perfect's auxiliary stands when the cue at ``verb`` is its participle: the subject precedes it,
    and what lies between is when and where (``hatte bereits im Januar angekündigt``)."""
    if not _PARTICIPLE.match(text, verb):
        return None
    words = _words(text, max(start, verb - 80), verb)[-7:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if any(
            char in '.;:!?,«»“”"„'
            for char in text[word.end : words[index + 1].start if index + 1 < len(words) else verb]
        ):
            return None
        if word.folded in _GERMAN_PERFECT and text[word.start].islower():
            return word.start if index > 0 else None
    return None


def _perfect_after(
    text: str, words: Sequence[_Word], table: CueTable
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A German perfect after a closing mark: the auxiliary, the subject, a frame, then the participle ending the
    sentence (``„…“, hatte er gesagt.``, ``„…“, hat die Richterin in der Begründung betont.``)."""
    first = words[0]
    if first.folded not in _GERMAN_PERFECT or not text[first.start].islower() or len(words) < 3:
        return None
    subject = _speaker_after(text, words[1].start, table)
    if subject is None:
        return None
    for ahead in range(2, min(len(words), 10)):
        if any(char in '.;:!?,«»“”"„' for char in text[words[ahead - 1].end : words[ahead].start]):
            return None
        if words[ahead].start < subject[1]:
            continue
        cue = _cue_at(words, ahead, table, ("verbs",))
        if cue is not None:
            cue_end = words[ahead + cue[1] - 1].end
            let = _LET.match(text, cue_end)  # "hatte er über seinen Verteidiger erklären lassen"
            after = let.end() if let is not None else cue_end
            ends = _CLAUSE_END.match(text, after) or _QUOTE_RESUMES.match(text, after)  # "hatte er gesagt, „…“"
            return (subject, (words[ahead].start, cue_end)) if ends else None
    return None


_LET = re.compile(r"(?:[ \t\u00a0\u202f]+lassen)?")
_QUOTE_RESUMES = re.compile(r"[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*[„“\"«»‚‘]")  # the split quote goes on


def _short_form_gap(text: str, words: Sequence[_Word], index: int) -> bool:
    """Whether the gap before ``words[index]`` opens or closes a bracket inside a title: ``Agency (BPBD) head``."""
    gap = text[words[index - 1].end : words[index].start].strip()
    if gap == "(":  # "(BPBD)", "(corporate communications)": closed soon, with nothing but words inside
        return _BRACKETED_WORDS.match(text, words[index].start) is not None
    return (
        gap == ")"
        and _BRACKETED_WORDS_BEFORE.search(text, max(0, words[index - 1].end - 40), words[index - 1].end + 1)
        is not None
    )


_BRACKETED_WORDS = re.compile(r"[\w .&'’-]{1,40}\)")
_BRACKETED_WORDS_BEFORE = re.compile(r"\([\w .&'’-]{1,40}\)$")


_ADDRESSEE = re.compile(
    r"[ \t\u00a0\u202f]+(?:a|à|al|aux|auprès[ \t\u00a0\u202f]+de)[ \t\u00a0\u202f]+"
    r"(?:(?:l['’])?[A-Z]{2,}(?:[ \t\u00a0\u202f]+[A-ZÀ-Ý]{2,}){0,2}(?=[ \t\u00a0\u202f]+[A-ZÀ-Ý][a-zà-ÿ])"
    #   "relató a EFE Encarnación Vélez", "contó a LA NACION Osvaldo …": the outlet, in capitals
    r"|(?:(?:l['’]|la[ \t\u00a0\u202f]+|le[ \t\u00a0\u202f]+)?[A-ZÀ-Ý][\w.-]*(?:[ \t\u00a0\u202f]+[A-ZÀ-Ý][\w.-]*){0,2}"
    #   "a EFE", "à l'AFP", "à la RTS"
    r"|(?:la|los|las|les|este|esta)[ \t\u00a0\u202f]+(?:prensa|periodistas|medios|presse|journalistes|diario))"
    r"(?=[ \t\u00a0\u202f]+(?:el|la|los|las|le|les|l['’]|un|una|une|su|sus|son|sa|ses|fuentes|sources|voceros"
    r"|portavoces)\b"
    r"|[ \t\u00a0\u202f]*[.;]|[ \t\u00a0\u202f]*$))"
)  # "… el presidente", or nothing: "ha declarado a Europa Press." names to whom only


# "dijo a EFE por teléfono Teodora Quispe": the outlet, then how it was told, then who.
_ADDRESSEE_FRAMED = re.compile(
    r"[ \t\u00a0\u202f]+(?:a|à|al)[ \t\u00a0\u202f]+(?:l['’])?[A-Z]{2,}(?:[ \t\u00a0\u202f]+[A-Z]{2,}){0,2}"
    r"[ \t\u00a0\u202f]+(?:por|en|desde|par|au)[ \t\u00a0\u202f]+[a-zà-ÿ]+(?:[ \t\u00a0\u202f]+[a-zà-ÿ]+)?"
    r"(?=[ \t\u00a0\u202f]+[A-ZÀ-Ý][a-zà-ÿ])"
)


def _past_addressee(text: str, cue_end: int) -> int:
    """Where the subject starts after a cue and its addressee: ``ha declarado a EFE el presidente …``."""
    addressee = _ADDRESSEE.match(text, cue_end) or _ADDRESSEE_FRAMED.match(text, cue_end)
    return addressee.end() if addressee is not None else cue_end


def _speaker_after_frame(text: str, cue_end: int, table: CueTable) -> tuple[int, int] | None:
    """A speaker after a short lower-case frame: ``dijo en conferencia de prensa la coordinadora …``."""
    words = _words(text, cue_end, min(len(text), cue_end + _WINDOW_AFTER))
    if not words or words[0].folded not in table.stop_words:
        return None  # the frame is a prepositional phrase: "à l'AFP", "en conferencia de prensa"
    previous_end = cue_end
    addressee_until = -1
    for word in words[:8]:  # "a réagi à la sortie de l'audience Samira El Khatib"
        if text[previous_end : word.start].strip():
            return None
        after = words.index(word) + 1
        if word.start < addressee_until:
            previous_end = word.end
            continue
        if word.folded in ("a", "à") and after < len(words) and words[after].folded in _DETERMINERS:
            previous_end = word.end  # "en declaraciones a los periodistas": a preposition, then its object
            continue
        if word.folded in ("a", "à", "al") and after < len(words) and text[words[after].start].isupper():
            # "en declaraciones a Europa Press": the outlet told, capitalised, then maybe who
            addressee = after
            while addressee < len(words) and text[words[addressee].start].isupper():
                addressee += 1
            addressee_until = words[addressee - 1].end
            previous_end = word.end
            continue
        if (
            word.folded in _DETERMINERS
            and after >= 3
            and words[after - 2].folded in _OF
            and not text[words[after - 3].start].isupper()
            and words[after - 3].folded not in _PARTITIVE_HEADS  # "uno de los promotores" is who
        ):
            previous_end = word.end  # "en la sala de investigadores de la BNE": the room's complement
            continue
        if text[word.start].isupper() or word.folded in _DETERMINERS:
            if previous_end == cue_end:
                return None
            if previous_end == words[0].end and not text[word.start].isupper():
                previous_end = word.end  # "afirmó en la sala de prensa": the preposition's own article
                continue
            if after >= 2 and words[after - 2].folded in table.stop_words and not text[word.start].isupper():
                previous_end = word.end  # "en rueda de prensa en la ciudad deportiva …": a place, not who
                continue
            if (
                after >= 4
                and words[after - 2].folded in _DETERMINERS
                and words[after - 3].folded in _OF
                and not text[words[after - 4].start].isupper()
                and _CLAUSE_END.match(text, word.end)
            ):
                return None  # "contó en la sala de investigadores de la BNE.": whose room, not who spoke
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
    # "en la ciudad deportiva Luis del Sol": a place named after a preposition, its article and a common noun.
    placed = next(
        (
            index + 2
            for index in range(len(words) - 2)
            if words[index].folded in _PLACE_PREPOSITIONS
            and words[index + 1].folded in _DETERMINERS
            and text[words[index + 2].start].islower()
        ),
        len(words),
    )
    told: set[int] = set()  # "en declaraciones a Europa Press": the outlet told, capitalised after "a"
    for index, word in enumerate(words):
        if index and text[word.start].isupper() and (words[index - 1].folded in _TO or index - 1 in told):
            told.add(index)
    return not any(
        text[word.start].isupper()
        and (index == 0 or words[index - 1].folded not in _DETERMINERS)
        and index <= placed
        and index not in told
        for index, word in enumerate(words)
    )


_TO = frozenset(["a", "à", "al"])


def _apposition_cue(
    text: str, words: Sequence[_Word], index: int, table: CueTable
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``"…," Tri Wahyudi, director general …, told reporters``: the name, an apposition, then the cue."""
    name = words[:index]
    if not _COMMA_SPACE.fullmatch(text, name[-1].end, words[index].start):
        return None
    described = not all(text[word.start].isupper() or word.folded in _CONNECTORS for word in name)
    named_last = len(name) >= 3 and _is_person_name(text, name[-2:])  # "Brazilian actor Tiago Ferraz, …, said"
    unnamed = name[0].folded in _INDEFINITE and words[index].folded in _RELATIVES  # "an IBC official, who …, told"
    if described and not (
        any(_is_title(word.folded) for word in name) or name[0].folded in _DETERMINERS or named_last or unnamed
    ):
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
        if named_last or (unnamed and len(name) <= 5):
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
        abbreviated = _PARTY_TAG.fullmatch(text, words[ahead - 1].start, words[ahead - 1].end + 1) is not None
        possessive = gap.rstrip() in ("'", "’") and words[ahead - 1].folded.endswith("s")  # "the employers' union"
        if any((char in _MARKS and not possessive) or char in stops for char in gap) or (
            "." in gap and not _gap_is_space(text, words[ahead - 1], word) and not abbreviated  # "D-Ore., said"
        ):
            return None
        if gap.strip() == "," or (abbreviated and gap.strip() == ".,"):
            cue = _cue_at(words, ahead, table, ("verbs",))
            if cue is not None:
                return ahead, cue
    return None


# What may stand between a cue and the opening mark (an initial's full stop too: "sagte Florian W., …:").
_PRE_TAIL = re.compile(
    r"(?:[^.!?;\n“”\"«»„:]|(?<=\b[A-Z])\.){0,60}?[ \t\u00a0\u202f]*[:,][ \t\u00a0\u202f]*(?:\r?\n[ \t\u00a0\u202f]*)?$"
)


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
        starts = _sentence_starts(text)
        sentence = starts[bisect.bisect_right(starts, words[index].start) - 1]
        speaker = _with_role_from_place(text, sentence, _speaker_before(text, words[index].start, table))
        opening = _words(text, sentence, words[index].start)
        fronted = bool(opening) and opening[0].folded in _FRONTING  # "In seinem letzten Wort", "An die Adresse …"
        one_word = speaker is not None and len(opening) == 1 and speaker == (opening[0].start, opening[0].end)
        if (fronted or one_word) and between.strip() and words[index].folded not in _TELLING:
            # "An die Adresse der Gewerkschaft sagte Olbers: „…“", "In seinem letzten Wort sagte er: «…»": a
            # fronted phrase, the verb, then its subject; after a single fronted word, only a name ("Zufrieden
            # zeigte sich Finanzvorständin Petra Lindner: „…“").
            inverted = _speaker_after(text, cue_end, table)
            if (
                inverted is not None
                and _INVERTED_TAIL.fullmatch(text, inverted[1], open_at)
                and (fronted or _is_person_name(text, _words(text, *inverted)[-2:]))
            ):
                return inverted, (words[index].start, cue_end)
        if (
            speaker is None
            and text[max(0, words[index].start - 2) : words[index].start].strip() == ","
            and index > 0
            and words[index - 1].folded in _CLAUSE_OPENERS
        ):
            # "… las lenguas que, dijo, “…”": a cue set off inside a clause; the sentence's subject said it.
            subject = _speaker_after(text, sentence, table)
            named = _words(text, *subject) if subject is not None else []
            while len(named) > 1 and not text[named[-1].start].isupper():
                named = named[:-1]  # "La narradora … Remedios Altamirano recibió": the name, not its verb
            if not named or not text[named[-1].start].isupper():
                return None
            speaker = named[0].start, named[-1].end
        if speaker is None and text[max(0, words[index].start - 2) : words[index].start].strip() == ",":
            # "Pensioner Margaret Hale, who lives in Southmead, said: …": the subject before the apposition.
            speaker = _subject_before(text, words[index].start, sentence, table)
        if speaker is None and index > 0 and words[index - 1].folded in _AND:
            # "…, Gérard Lesueur-Bastide s'est levé et a répondu :": the subject of the first verb.
            speaker = _shared_clause_subject(text, sentence, words[index - 1].start, table)
        if speaker is None:
            return None
        if index > 0 and words[index - 1].start == speaker[0] and words[index - 1].folded in table.prepositions:
            return None, (words[index].start, cue_end)  # "Según dijo, “…”": as the one just named said
        return speaker, (words[index].start, cue_end)
    return None


def _shared_clause_subject(text: str, sentence: int, conjunction: int, table: CueTable) -> tuple[int, int] | None:
    """The subject opening the clause that ``and`` continues: a name or a description, cut before its verb."""
    clause_start = max(sentence, text.rfind(",", sentence, conjunction) + 1)
    words = _words(text, clause_start, conjunction)
    if len(words) < 2 or not (text[words[0].start].isupper() or words[0].folded in _DETERMINERS):
        return None
    head = _subject_head(text, (words[0].start, words[-1].end))
    if head is None or head[1] >= words[-1].end:
        return None  # no verb between the subject and the conjunction
    named = _words(text, *head)
    return head if named and len(named) <= _MAX_SPEAKER_WORDS and _looks_like_speaker(text, named, table) else None


# A relative's noun with its possessive before an apposed name: "with her husband, Ron,".
_KIN_BEFORE = re.compile(
    r"(?:his|her|their|son|sa|su|seine[mnr]?|ihre[mnr]?)[ \t\u00a0]+(?:partner|"
    + "|".join(sorted(_KIN_GENDER, key=len, reverse=True))
    + r")[ \t\u00a0]*$",
    re.IGNORECASE,
)
_WHO_CLAUSE = re.compile(r",[ \t\u00a0]*(?:who|qui|que|quien|der|die|yang)\b[^,]*$")
_AS = frozenset(["as", "als", "como", "comme", "sebagai"])
_JUDGING = frozenset(["menyebut", "menyebutnya", "menilai", "considered", "regards", "regarded", "considère"])
_LOCALS = frozenset(
    "warga masyarakat penduduk orang residents locals people vecinos habitants anwohner".split()  # noqa: SIM905
)


def _judged_as(text: str, sentence: int, before_mark: Sequence[_Word], content: str) -> bool:
    """``bezeichnete den Streik als „…“``, ``menyebut langkah itu sebagai “…”``: a judgement in the subject's words."""
    if before_mark[-1].folded not in _AS:
        return False
    before = _words(text, sentence, before_mark[-1].start)
    if any(word.folded in _CALLING for word in before):
        return True  # "bezeichnete den Streik als „völlig unverhältnismäßig“"
    verb = next((at for at, word in enumerate(before) if word.folded in _JUDGING), None)
    if verb is None:
        return False
    # "Ia menyebut situasi itu sebagai “pukulan kedua”" judges; 'Warga menyebut jalan itu sebagai "jalur maut"' is
    # the name the locals give it.
    return len(content.split()) >= 3 or not any(word.folded in _LOCALS for word in before[:verb])


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


_INVERSION = re.compile(r"-(?:t-)?(il|elle|ils|elles|on)$")  # "a-t-elle répliqué"


_PARTS_OF_DAY = frozenset(
    "matin soir midi morning evening night mañana tarde noche morgen abend pagi siang sore malam".split()  # noqa: SIM905
)


# "Pour X," and "Para X," are whose view, but "Pour une marée de quatre jours," is not
_AMBIGUOUS_SOURCES = frozenset(["pour", "para"])


def _not_a_source(text: str, cue: _Word, speaker: tuple[int, int]) -> bool:
    """Whether an ambiguous source word (``pour``) is followed by something that is no one: no name, no title."""
    if cue.folded not in _AMBIGUOUS_SOURCES:
        return False
    words = _words(text, *speaker)
    if len(words) == 1 and words[0].folded in _SOURCE_PRONOUNS:
        return False  # "Pour lui, « … »", "Para ella, …": whose view
    return not any(text[word.start].isupper() or _is_title(word.folded) for word in words)


_AFFILIATED = _OF | _AFFILIATED_WITH | frozenset(["at", "der"])  # "X of the French National Centre …"
# Prepositions that open a frame after a German subject: "vor ihren Anhängern", "am Abend", "gegenüber der Zeitung".
_GERMAN_FRAMES = frozenset("am im vor bei beim gegenüber auf in nach an zu zum zur mit während per".split())  # noqa: SIM905
_SOURCE_PRONOUNS = frozenset("lui elle eux elles él ella ellos ellas".split())  # noqa: SIM905


_BEFORE_PARTICIPLE = frozenset(["s'est", "s’est", "se", "sich", "s'était", "s’était"])
_BUT = frozenset("but yet mais pero sino aber sondern tapi namun tetapi".split())  # noqa: SIM905


def _joined_by_conjunction(text: str, span: tuple[int, int]) -> bool:
    """Whether a subject candidate holds ``but``/``mais``/``tapi``: then it is the end of an earlier clause."""
    return any(word.folded in _BUT and not text[word.start].isupper() for word in _words(text, *span))


def _subject_head(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The subject opening a sentence, cut before its verb: ``El Gobierno catalán`` of ``… ha anunciado este``."""
    words = _words(text, *span)
    last_is_verb = len(words) >= 2 and not text[words[-1].start].isupper() and words[-1].folded not in _CONNECTORS
    if last_is_verb and all(text[word.start].isupper() for word in words[:-1]):
        return words[0].start, words[-2].end  # "Orvane Systems declined": a name, then its verb
    for index, word in enumerate(words[1:], start=1):
        if (
            word.folded.endswith("ed")
            and not text[word.start].isupper()
            and text[words[index - 1].start].isupper()
            and sum(text[earlier.start].isupper() for earlier in words[:index]) >= min(index, 2)
            and not any(earlier.folded in _DETERMINERS for earlier in words[:index])
        ):
            return words[0].start, words[index - 1].end  # "President Hiroyuki Tanabe bowed deeply at …": a name
        if (
            word.folded in _AUXILIARIES
            or word.folded in _BEFORE_PARTICIPLE
            or (word.folded in _DETERMINERS and words[index - 1].folded not in _CONNECTORS)
        ):
            # "Environmental groups have long", "The Philippine central bank kept its": the verb came before.
            head = words[: index - 1] if word.folded in _DETERMINERS else words[:index]
            return (head[0].start, head[-1].end) if head else None
    return span


_SHORT_FORM_BETWEEN = re.compile(r"[ \t\u00a0\u202f]*\(")  # the short form itself is skipped, …
_SHORT_FORM_AFTER = re.compile(r"[ \t\u00a0\u202f]*\([A-Z][A-Za-z]{1,7}\)[ \t\u00a0\u202f]+")  # … and its brackets
_STATE_TAG = re.compile(r"[ \t\u00a0\u202f]*[A-Z][a-z]{1,4}\.[ \t\u00a0\u202f]*")  # "Kan.", "Calif.", "Fla."
_AGENCY_ADDRESSED = re.compile(r"(?:a|à|al)[ \t\u00a0\u202f]+[A-Z]{2,}[ \t\u00a0\u202f]+(?=[A-ZÀ-Ý])")
_RELATIVE_BEFORE = re.compile(
    r"(?:,[ \t\u00a0\u202f]*)?(?<!\w)(?:qui|who|yang|quien|quienes)(?:[ \t\u00a0\u202f]+[^\s,.;:!?]+){0,8}$"
    r"|,[ \t\u00a0\u202f]*que(?:[ \t\u00a0\u202f]+[^\s,.;:!?]+){0,6}$"  # "…, una de las vecinas, que aseguró"
)


def _subject_before(text: str, verb: int, sentence: int, table: CueTable) -> tuple[int, int] | None:
    """The subject right before a verb, across an apposition: ``Ana Tavares, told``, ``Wendt, who …, said``."""
    spaces = _SPACES.match(text, sentence, verb)
    unnamed = _GERMAN_UNNAMED.fullmatch(text, spaces.end() if spaces else sentence, verb)
    if unnamed is not None:
        return unnamed.start(), unnamed.end(1)  # "Eine 83 Jahre alte Zeugin aus Pasing sagte aus": all of it
    subject = _with_role_from_place(text, sentence, _find_subject_before(text, verb, sentence, table))
    if subject is not None and text[subject[1] : subject[1] + 1] == ")":
        opening = text.rfind("(", subject[0], subject[1])
        if opening > subject[0]:
            return subject[0], len(text[:opening].rstrip())  # "The National Environment Agency (NEA), which …"
    return subject


# A German sentence opened by someone unnamed, described by age, kind and where they come from.
_GERMAN_UNNAMED = re.compile(
    r"(Eine?[ \t]+"
    r"(?:\d{1,3}[ \t]+Jahre[ \t]+alte[rn]?[ \t]+|\d{1,3}-?[Jj]ährige[rn]?[ \t]+|[a-zäöüß]+e[rn]?[ \t]+){0,2}"
    r"[A-ZÄÖÜ][\wäöüß-]+(?:[ \t]+(?:aus|von|vom)[ \t]+(?:dem[ \t]+|der[ \t]+)?[A-ZÄÖÜ][\wäöüß-]+)?)[ \t\n]*"
)
_ROLE_FROM_PLACE_BEFORE = re.compile(r"(?<!\S)\w+[ \t\u00a0]+(?:asal|dari)[ \t\u00a0]+\Z")


def _with_role_from_place(text: str, sentence: int, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``Belanda itu`` found before a verb, as in ``Pelatih asal Belanda itu mengatakan``: the coach, not the
    country (the description from its role word to the demonstrative)."""
    if span is None or text[span[0] : span[1]].rsplit(maxsplit=1)[-1].casefold() not in _DEMONSTRATIVES:
        return span
    origin = _ROLE_FROM_PLACE_BEFORE.search(text, max(sentence, span[0] - 40), span[0])  # a bounded look back
    return (origin.start(), span[1]) if origin is not None else span


_FRAME_APPOSED = re.compile(
    r",[ \t\u00a0\u202f]+(?:dalam|saat|ketika|usai|seusai|seperti)[ \t\u00a0\u202f]"
    r"[^.;:!?“”\"«»„]{3,160},[ \t\u00a0\u202f]*\Z"
)
_CLAUSE_OPENERS = frozenset(["que", "that", "qui", "which", "dass", "bahwa", "yang"])
_ADDRESSED_TO = frozenset(["kepada"])  # "Ramon Villanueva kepada wartawan di Manila mengatakan"


_INVERTED_PRONOUNS = frozenset(["er", "sie"])


def _find_subject_before(text: str, verb: int, sentence: int, table: CueTable) -> tuple[int, int] | None:
    start = max(sentence, verb - _WINDOW_BEFORE)
    auxiliary = _perfect_auxiliary(text, start, verb)
    if auxiliary is not None:
        inverted = _words(text, auxiliary, verb)[1:2]
        if inverted and inverted[0].folded in _INVERTED_PRONOUNS and text[inverted[0].start].islower():
            return inverted[0].start, inverted[0].end  # "Nach der Partie in Freiburg hatte er gesagt": he, not the town
        return _subject_before(text, auxiliary, sentence, table)  # "Kalinowski hatte bereits im Januar angekündigt"
    stripped = text[start:verb].rstrip()
    relative = _RELATIVE_BEFORE.search(stripped)
    if relative is not None and relative.start() > 0:
        # "…, Olivier Rochette, qui a dénoncé", "one man who declined to give his name said": the antecedent.
        antecedent = _subject_before(text, start + relative.start(), sentence, table)
        if antecedent is not None and (told := _AGENCY_ADDRESSED.match(text, antecedent[0], antecedent[1])):
            antecedent = told.end(), antecedent[1]  # "relató a EFE Encarnación Vélez, que aseguró"
        return antecedent
    framed_apposition = _FRAME_APPOSED.search(text, start, verb) if stripped.endswith(",") else None
    if framed_apposition is not None and framed_apposition.start() > start:
        # "Galih Permana, dalam keterangannya kepada wartawan di Gedung …, Jakarta, Selasa (17/2/2026), mengatakan":
        # the frame with its place and day lies between the subject and the verb.
        return _subject_before(text, framed_apposition.start(), sentence, table)
    if not stripped.endswith(","):
        last_comma = stripped.rfind(",")
        tail = _words(text, start + last_comma + 1, verb) if last_comma >= 0 else []
        if (
            1 <= len(tail) <= 4
            and tail[0].folded in _FRAME_PREPOSITIONS
            and not any(text[word.start].isupper() for word in tail)
            and not any(word.folded in ("what", "which") for word in tail)  # "in what its leader described"
        ):
            # "Dedi Supriadi, saat dikonfirmasi mengatakan", "Pérez, en rueda de prensa afirmó": a frame, then the cue.
            return _subject_before(text, tail[0].start, sentence, table)
        stretch = _words(text, start, verb)[-10:]
        for at in range(len(stretch) - 1, 0, -1):
            if (
                (
                    stretch[at].folded in _FRAME_PREPOSITIONS
                    or stretch[at].folded in _ADDRESSED_TO
                    or stretch[at].folded in _AFFILIATED_WITH  # "Wening Prasetyani dari Universitas Gadjah Mada"
                )
                and not text[stretch[at].start].isupper()
                and (
                    _is_person_name(text, stretch[max(0, at - 2) : at])
                    or (at >= 3 and _is_title(stretch[at - 3].folded) and text[stretch[at - 1].start].isupper())
                )
                and _gap_is_space(text, stretch[at - 1], stretch[at])
                and not any(mark in text[stretch[at].start : verb] for mark in ',;:."“”«»„')
            ):
                # "Priyo Adi Nugroho dalam konferensi pers di Jakarta mengatakan": the name before its frame.
                return _speaker_before(text, stretch[at].start, table)
        return _speaker_before(text, verb, table) if verb > start else None
    comma = start + len(stripped) - 1
    previous = text.rfind(",", start, comma)
    if (
        previous > start
        and (
            _PARTY_TAG.fullmatch(text, previous + 1, comma)
            or _STATE_TAG.fullmatch(text, previous + 1, comma)
            or _DEGREE.fullmatch(text[previous + 1 : comma].strip())  # "dr. Kevin Halim, Sp.A, mengingatkan"
            or _is_place(text[previous + 1 : comma].strip())  # "… in Heidelberg, Germany, told CNN": where, not who
        )
    ):
        comma = previous  # "Sen. Harold J. Brannigan, D-Minn., called": the name before the party and state
        previous = text.rfind(",", start, comma)  # "…, from Overland Park, Kan., said": a US state after a town
    framed = comma
    while previous > start and (
        _is_frame(text, previous + 1, framed) or text[previous + 1 : framed].strip().casefold() in _STRESSED
    ):
        framed = previous  # "Hilman Fauzi, dalam konferensi pers di Jakarta, Rabu (11/2/2026), mengatakan"
        previous = text.rfind(",", start, framed)
    if framed < comma:
        return _subject_before(text, framed, sentence, table)  # the place and the time are no subject
    segment = _words(text, previous + 1 if previous >= 0 else start, comma)
    if (
        len(segment) >= 3
        and segment[0].folded in _TITLES
        and (text[segment[0].end : segment[0].end + 1] == "." or text[segment[0].start].islower())
    ):
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
        kin = _KIN_BEFORE.search(text, max(start, previous - 30), previous) if previous > start else None
        who = _WHO_CLAUSE.search(text, start, kin.start()) if kin is not None else None
        if who is not None:
            # "Gloria Pelletier, who lives … with her husband, Ron, said": Ron names her husband; she speaks
            return _subject_before(text, who.start(), sentence, table)
        return segment[0].start, segment[-1].end  # the name in an apposition
    if (
        previous > start
        and 3 <= len(segment) <= 6
        and segment[0].folded in _DETERMINERS
        and text[segment[1].start].islower()
        and all(text[word.start].isupper() or word.folded in _CONNECTORS for word in segment[2:])
        and text[segment[2].start].isupper()
    ):
        return segment[2].start, segment[-1].end  # "Le promoteur, le groupe Armor Habitat, s'est dit": its name
    if previous > start and segment and segment[0].folded in _RELATIVES:
        # "Seorang warga Amarasi, yang ikut melapor, mengatakan": the subject is all before the relative clause.
        head_start = max(start, text.rfind(",", start, previous) + 1)
        head_end = previous
        if head_start > start and (
            _PARTY_TAG.fullmatch(text, head_start, head_end) or text[head_start:head_end].strip().isdigit()
        ):
            # "Sen. Marisol Quintero, D-N.M., who sponsored …, called", "Margaret Oduya, 64, who chairs …, said": the
            # name before the party or the age.
            head_end = head_start - 1
            head_start = max(start, text.rfind(",", start, head_end) + 1)
        head = _words(text, head_start, head_end)
        if head_start > start and head and head[0].folded in _WHERE_ONE_WORKS and text[head_start - 1] == ",":
            # "Daniel Hartley, del Museo de Historia Natural de Londres, que no ha participado …, considera": the
            # person before where they work
            person = _words(text, max(start, text.rfind(",", start, head_start - 1) + 1), head_start - 1)[-3:]
            while person and not text[person[0].start].isupper():
                person = person[1:]
            if _is_person_name(text, person):
                return person[0].start, person[-1].end
        if 1 <= len(head) <= 6 and _looks_like_speaker(text, head, table):
            return head[0].start, head[-1].end
        affiliated = next((at for at, word in enumerate(head) if word.folded in _AFFILIATED_WITH), None)
        if len(head) > 6 and affiliated is not None and affiliated >= 2:
            # "Der Verfahrenstechniker Stefan Zünd von der Empa in Dübendorf, der …, spricht": the person before
            # where they work
            first = affiliated
            while first > 0 and text[head[first - 1].start].isupper() and head[first - 1].folded not in _DETERMINERS:
                first -= 1
            if affiliated - first >= 2 and _is_person_name(text, head[affiliated - 2 : affiliated]):
                return head[first].start, head[affiliated - 1].end
    if previous > start:
        # "Joseph Mwakio, leader of the Coastal Alliance, told": the name before the apposition.
        head_end = previous
        head_start = max(start, text.rfind(",", start, head_end) + 1)
        if head_start > start and _PARTY_TAG.fullmatch(text, head_start, head_end):
            head_end = head_start - 1  # "Sen. Harold J. Brannigan, D-Minn., the bill's sponsor, called"
            head_start = max(start, text.rfind(",", start, head_end) + 1)
        head = _words(text, head_start, head_end)
        if (
            len(head) >= 3
            and not text[head[-3].start].isupper()
            and _is_person_name(text, head[-2:])
            and segment
            and not text[segment[0].start].isupper()
            and segment[0].folded not in _RELATIVES
        ):
            return head[-2].start, head[-1].end  # "The historian Robert Gale, author of Empire's Attic, said"
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
    agented = any(word.folded in _AGENTS for word in segment)  # "La plateforme Airbnb, sollicitée par Le Monde,"
    if segment and len(segment) <= 6 and text[segment[-1].start].isupper() and not agented:
        run = [segment[-1]]  # "The law's sponsor, state Sen. Doug Pruett, called": the name ends the apposition
        for word in reversed(segment[:-1]):
            if not _gap_is_space(text, word, run[0]) or not text[word.start].isupper():
                break
            run.insert(0, word)
        placed = len(segment) > len(run) and segment[-len(run) - 1].folded in _PLACE_PREPOSITIONS
        if len(run) >= 2 and placed and previous > start:
            # "Casmuri (52), petani asal Desa Kluwut, menyebut": where the person comes from ends the apposition
            return _speaker_before(text, previous, table)
        if len(run) >= 2:
            return run[0].start, run[-1].end
        if (
            len(segment) >= 3
            and segment[0].folded in _DETERMINERS
            and any(_is_organisation(word.folded) for word in segment[1:-1])
        ):
            return run[0].start, run[-1].end  # "L'un des deux opérateurs, la société suédoise Voi, a dit": the firm
    if previous < 0 or previous <= start:
        return None
    return _speaker_before(text, previous, table)


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


_ROMANCE_ARTICLES = frozenset(["el", "la", "los", "las", "le", "les", "un", "una", "une"])
