"""Words: the tokeniser every rule reads through, the word lists, and tests on single words and names."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from newsschema.text._cues import ORGANISATION_WORDS, TITLE_SUFFIXES, TITLE_WORDS, CueTable

_MARKS = frozenset("“”„‚‘’«»‹›\"'「」『』")

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
    [
        "of",
        "the",
        "for",
        "de",
        "da",
        "do",
        "del",
        "du",
        "van",
        "von",
        "bin",
        "binti",
        "br",
        "al",
        "la",
        "le",
        "lo",  # "la Sala de lo Penal"
        "y",
        "und",
        "and",
    ]
)
_TITLES = frozenset(
    [
        "m",  # "M. Aubanel": Monsieur
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
        "coun",  # "Coun. Darlene Pottie-Marsh": a Canadian councillor
    ]
)
_WINDOW_AFTER = 160
_MAX_SPEAKER_WORDS = 10
_MAX_APPOSITION = 160  # "Wendt, who heads the Bundesbank's economics department, said"
# 'Ferreira called the ruling "a first, important step"': the caller's words, when a caller is named.
_CALLING = frozenset(
    """called calls described termed dismissed branded labelled labeled calificó definió tachó qualifié
    nannte bezeichnete""".split()  # noqa: SIM905
)
_NAME_PARTICLES = frozenset(["de", "van", "von", "da", "del", "di", "du", "ter", "ten", "dos", "das"])
_RELATIVES = frozenset(["who", "which", "qui", "quien", "quienes", "que", "der", "die", "yang"])  # "X, who …, loaded"
_AND = frozenset(["and", "und", "dan", "y", "et", "e"])
# German Konjunktiv I and II forms that carry reported speech: "Er habe Anlegern Renditen versprochen".
_SUBJUNCTIVE = frozenset(
    """sei seien habe hätten würde würden könne könnten müsse müssten werde solle sollten dürfe gebe wolle brauche
    liege fehle gehe stehe bleibe komme""".split()  # noqa: SIM905
)
_INDEFINITE = frozenset(["a", "an", "another", "un", "une", "ein", "eine", "seorang", "salah"])


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


def _is_letter(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char) == "Mn"


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
    if index > 0 and (words[index - 1].folded, first) in _NOUNS_ENDING_IN_A_CUE:
        return None  # "Dokter penanggung jawab KKHI": a noun whose last word is also a cue
    if first in _PASSIVE_WITH_OF and (
        (index + 1 < len(words) and words[index + 1].folded == "of")
        or (index > 0 and words[index - 1].folded in ("the", "an", "a"))
    ):
        return None  # "a former bank manager accused of siphoning …", "the accused": not an accuser
    for kind in kinds:
        for phrase in table.phrases(kind).get(first, ()):
            size = len(phrase)  # most cues are one word: the first word matched already
            if size == 1 or (
                index + size <= len(words) and all(words[index + at].folded == phrase[at] for at in range(1, size))
            ):
                return kind, size
            if (
                size == 2
                and index + 2 < len(words)
                and words[index + 1].folded in _PERFECT_ADVERBS
                and words[index + 2].folded == phrase[1]
            ):
                return kind, 3  # "a également souligné": an adverb between the auxiliary and the participle
    return None


def _source_clitic(word: _Word, table: CueTable) -> int:
    """The length of the pronoun glued to a source preposition (``Menurutnya``: the one named before), or 0."""
    suffix = table.clitic(word.folded)
    return suffix if suffix and word.folded[:-suffix] in table.prepositions else 0


# A degree after a name, with its full stops or without: "Sp.A", "SpA", "SpPD(K)", "M.Kes", "MKes", "MAg", "SPd"
# (never "MA", "MK": the courts' short forms).
_DEGREE = re.compile(r"(?:S|M)[A-Z][a-z]{1,3}|Sp\.?[A-Z]{1,3}(?:\(K\))?|[A-Z][a-z]{0,2}\.[A-Z][A-Za-z]{0,3}\.?")


# Singular definite articles: "the official", "la juge", "der Angeklagte".
_DEFINITE_SINGULAR = frozenset(["the", "der", "die", "das", "el", "la", "le"])
_NOUNS_ENDING_IN_A_CUE = frozenset(
    [("penanggung", "jawab"), ("tanya", "jawab"), ("en", "cuenta"), ("a", "cuenta"), ("por", "cuenta")]
)  # "tendrán en cuenta las pérdidas": the noun, not "cuenta" (tells)
_PASSIVE_WITH_OF = frozenset(["accused", "convicted", "suspected"])
_PERFECT_ADVERBS = frozenset(
    """également aussi déjà encore toujours ensuite notamment pourtant néanmoins aussitôt immédiatement vivement
    longuement simplement plutôt enfin bien""".split()  # noqa: SIM905
)


def _gap_is_space(text: str, left: _Word, right: _Word) -> bool:
    gap = text[left.end : right.start]
    if gap.strip() in ("", "'", "’", "&"):
        return True  # a space, a possessive ("the analysts' report") or a firm's ampersand ("OrangeTee & Tie")
    if gap.strip() in ("°", "º") and left.folded == "n":
        return True  # a number sign inside a name: "Sindicato N° 1 de Trabajadores"
    # An abbreviation or an initial keeps a name going: "Mr. Smith", "Agus P. Wijoyo".
    return gap.strip() == "." and (left.folded in _TITLES or (left.end - left.start == 1 and left.folded.isalpha()))


def _looks_like_speaker(text: str, words: Sequence[_Word], table: CueTable) -> bool:
    if len(words) == 1 and table.is_pronoun(words[0].folded):
        return True
    if any(text[word.start].isupper() for word in words):
        return True
    if (
        text[words[0].start : words[0].start + 2].lower() in ("l'", "l’")
        and text[words[0].start + 2 : words[0].end].istitle()
    ):
        return True  # "l'Union sociale pour l'habitat": a name after an elided article
    if len(words) >= 2 and words[-1].folded in ("itu", "tersebut") and _is_role(words[0].folded):
        return True  # "ujar politikus itu": a person's description with its demonstrative, someone named before
    return (words[0].folded in _DETERMINERS or words[0].folded in _POSSESSIVE_DETERMINERS) and len(words) >= 2


_POSSESSIVE_DETERMINERS = frozenset(["its", "their"])  # "in what its leader described as …": the body's officer


def _initial_ends(text: str, end: int) -> bool:
    """Whether a name ends at ``end`` in a surname's initial and its period: ``Bernd S.``, ``Michael K.``."""
    return (
        end >= 3
        and text[end : end + 1] == "."
        and text[end - 1].isupper()
        and text[end - 2] in " \u00a0"
        and text[end - 3].isalpha()
        and _LOWER_AFTER_INITIAL.match(text, end + 1) is not None  # not "runner-up Grup B." ending a sentence
    )


_LOWER_AFTER_INITIAL = re.compile(r"[ \t\u00a0\u202f]+[a-zà-ÿß]|,")


def _is_title(folded: str) -> bool:
    office = _in_office(folded)
    return office in TITLE_WORDS or office.endswith(TITLE_SUFFIXES)


def _in_office(folded: str) -> str:
    """An office without "ex": ``exalcalde`` and ``ex-ministerin`` hold ``alcalde`` and ``ministerin``."""
    if folded.startswith("ex") and len(folded) > 5:
        former = folded[3:] if folded[2] == "-" else folded[2:]
        if former in TITLE_WORDS or former.endswith(TITLE_SUFFIXES):
            return former
    return folded


def _is_description(text: str, words: Sequence[_Word]) -> bool:
    """A speaker that is (or starts with) a title or a common noun rather than a name."""
    first = words[0]
    return first.folded in _DETERMINERS or not text[first.start].isupper() or any(_is_title(w.folded) for w in words)


_PARTY_TAG = re.compile(
    r"[ \t\u00a0\u202f]*[DRI]-[A-Z][A-Za-z.]{1,12}(?: [A-Z][a-z]{2,12}){0,2}[ \t\u00a0\u202f]*"
)  # "R-Okla.", "R-Bainbridge Island"
_FRAME_END = re.compile(r"[^.!?;\n“”\"«»„]{0,160}?[.!?]|[^.!?;\n“”\"«»„]{0,160}?$")  # a long apposition may follow


_MAX_CLAUSE = 2000  # a reported clause longer than this is not one clause
_ENDS_SENTENCE = re.compile(r"[ \t\u00a0\u202f]*(?:[.!?]|$)")
_COMMA_GLUE = re.compile(r"[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*")
_COMMA_SPACE = re.compile(r",[ \t\u00a0\u202f]+")
_AGE = re.compile(r"[ \t\u00a0\u202f]*\(\d{1,3}\)")  # "Lestari (31)"
_SPACES = re.compile(r"\s*")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’»)“«]*(?=\s)")  # „…“ closes with “ and Der Spiegel's »…« with «


_SENTENCE_STARTS: dict[int, tuple[str, list[int]]] = {}  # per extraction, like _TOKENS


def _sentence_starts(text: str) -> list[int]:
    """Where the sentences of ``text`` start (after ``.!?`` not ending a title or an initial); memoised."""
    cached = _SENTENCE_STARTS.get(id(text))
    if cached is None or cached[0] is not text:
        if len(_SENTENCE_STARTS) > 256:
            _SENTENCE_STARTS.clear()
        cached = _SENTENCE_STARTS[id(text)] = (text, _find_sentence_starts(text))
    return cached[1]


_ORDINAL_LEAD = re.compile(
    r"(?<!\w)(?:der|die|das|dem|den|des|am|im|zum|zur|vom|beim|bis|ab|seit)[ \t\u00a0\u202f]+\d{1,3}$"
)


def _find_sentence_starts(text: str) -> list[int]:
    starts = [0]
    indent = _SPACES.match(text).end()  # type: ignore[union-attr]
    if 0 < indent < len(text):
        starts.append(indent)  # "    A Codelco spokesman said …": hard-wrapped wire indents its paragraphs
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 4) : match.start()].split()
        last = before[-1].lower() if before else ""
        if last in _TITLES or (len(last) == 1 and last.isalpha()):
            continue
        if last.isdigit() and len(last) <= 3 and _ORDINAL_LEAD.search(text, max(0, match.start() - 12), match.start()):
            continue  # "in der 70. Minute", "am 3. Oktober": a German ordinal, not a sentence's end
        following = _SPACES.match(text, match.end()).end()  # type: ignore[union-attr]
        if text[match.end() - 1] in "“«" and text[following : following + 1].islower():
            continue  # "… noch „Geh mit nach vorne!“ zugerufen": a German closing mark inside the sentence
        if following < len(text):
            starts.append(following)
    return starts


_FRONTED = re.compile(r"[^,.!?;:\n“”\"«»„]{1,60},[ \t\u00a0\u202f]*")  # "In a statement, the bank said"
# Verbs whose object is a person before the reported clause: "told reporters (that) …".
_TELLING = frozenset(["told", "tell", "memberitahu"])
_TIME_WORDS = frozenset(
    """today yesterday monday tuesday wednesday thursday friday saturday sunday kemarin senin selasa rabu kamis
    jumat jum'at sabtu minggu hoy ayer lunes martes miércoles jueves viernes sábado domingo aujourd'hui hier lundi
    mardi mercredi jeudi vendredi samedi dimanche heute gestern montag dienstag mittwoch donnerstag freitag
    january february march april june july august september october november december januari februari maret
    juni juli agustus oktober desember enero febrero marzo abril mayo junio julio agosto septiembre octubre
    noviembre diciembre janvier février mars avril juin juillet août septembre octobre novembre décembre januar
    februar märz dezember""".split()  # noqa: SIM905
)  # days and months ("may" and "mai" stay out: they are words too)


# Pronouns after a source preposition: "selon lui", "according to him", "ihm zufolge". Never subjects elsewhere.
_STRESSED_PRONOUNS = frozenset("lui eux him her them ihm ihr ihnen".split())  # noqa: SIM905
_STRESSED_GENDER = {"lui": "m", "him": "m", "ihm": "m", "her": "f"}


_AUXILIARIES = frozenset(
    "have has had is was were will would ha han había a ont avait hat haben hatte ist war sudah telah akan".split()  # noqa: SIM905
)


_BARE_NAMES: dict[tuple[int, int, int], tuple[int, int] | None] = {}  # per extraction, like _TOKENS
_AFFILIATION = frozenset(["von", "vom", "aus", "dari", "from", "at"])


# Participles of asking: "Consultado sobre su futuro, fue escueto:", "Le ministre, interrogé sur France Inter, a …".
_ASKED = frozenset(
    """consultado consultada preguntado preguntada interrogé interrogée interrogés questionné questionnée asked
    interviewed befragt ditanya""".split()  # noqa: SIM905
)


# Works that "tell" or "show" things: never the one who said them ("Das Stück erzählt von …, das „vergisst“").
_WORKS = frozenset(
    """stück film buch roman play book novel song album pièce livre chanson obra película libro novela canción
    lagu buku documentary documental documentaire dokumentarfilm exhibition ausstellung exposición exposition
    pameran""".split()  # noqa: SIM905
)


def _is_work(name: str) -> bool:
    """``Das Stück``, ``the film``, ``le livre``: a work (with its article at most), not a speaker."""
    words = name.split()
    article = len(words) == 1 or words[0].casefold() in _DETERMINERS
    return 1 <= len(words) <= 2 and words[-1].casefold() in _WORKS and article


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


def _is_person_name(text: str, run: Sequence[_Word]) -> bool:
    """Two or three capitalised words with no title or body word: ``Jörg Pfannkuch``, not ``Deutsche Bahn AG``."""
    return 2 <= len(run) <= 3 and all(
        text[word.start].isupper()
        and not _is_title(word.folded)
        and not _is_organisation(word.folded)
        and not _in_capitals(text, word)
        and word.folded not in _MEASURES
        for word in run
    )


def _in_capitals(text: str, word: _Word) -> bool:
    """An acronym or initial (``KCIC``, the ``D`` of ``D.C.``), but not the Irish particle ``Ó`` of a name."""
    return text[word.start : word.end].isupper() and (word.end - word.start > 1 or text[word.end : word.end + 1] == ".")


# German nouns of time, money and measure, capitalised like names: "siebeneinhalb Jahre Haft" is no one.
_MEASURES = frozenset(
    "jahre jahren monate monaten wochen tage tagen stunden minuten haft euro prozent millionen milliarden".split()  # noqa: SIM905
)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` follows a sentence end (a few characters back, never a rescan)."""
    before = text[max(0, start - 12) : start].rstrip()  # "said.\n    Another": hard-wrapped wire indents
    return (before == "" and not text[:start].strip()) or before[-1:] in (".", "!", "?", "\u201d", '"')


# Focus words before a name, never part of it: "Auch Wehrle wurde deutlich:", "También Sánchez habló:".
_FOCUS_WORDS = frozenset("auch sogar ebenfalls también incluso aussi même even juga bahkan".split())  # noqa: SIM905

_GENDERED_ARTICLES = {
    **dict.fromkeys(["el", "un", "le", "der", "ein"], "m"),
    **dict.fromkeys(["la", "una", "une", "die", "eine"], "f"),
}


# Copulas: "Bester Werfer war Kapitän …", "Lanza was blunt:" say what the subject is, not what it said.
_COPULAS = frozenset("was is were are war ist sind waren wurde fue es est était sera".split())  # noqa: SIM905
# French capitalises a demonym used as a noun: "la Limbourgeoise", "l'Irlandais", "le Valaisan", "l'Allemand".
_FRENCH_DEMONYM_ENDINGS = ("oise", "ois", "aise", "ais", "ienne", "ien", "aine", "ain", "ane", "an", "ande", "and")
# A relative's noun gives the gender of the name apposed to it: "with her husband, Ron," is a man.
_MALE_KIN = "husband son brother father mari fils frère père marido hijo hermano padre mann sohn bruder vater"
_FEMALE_KIN = (
    "wife daughter sister mother femme fille sœur mère esposa hija hermana madre frau tochter schwester mutter"
)
_KIN_GENDER = {**dict.fromkeys(_MALE_KIN.split(), "m"), **dict.fromkeys(_FEMALE_KIN.split(), "f")}


_ORGANISATION_ENDINGS = (
    *("verband", "verein", "ministerium", "gewerkschaft", "stiftung", "behörde", "institut", "amt", "bündnis"),
    *("netzwerk", "konzern", "partei", "gesellschaft", "kommission", "fraktion", "firma", "gericht", "gerichts"),
    *("ligist", "ligisten"),  # "beim Zweitligisten SV Elversberg": a club
    *("departement", "departements", "ministeriums", "amtes", "verbandes", "vereins"),  # Swiss and genitive forms
    # "Kantonspolizei Graubünden", "Berufsfeuerwehr", "Sicherheitsdirektion", "Polizeipräsidium München"
    *("polizei", "feuerwehr", "direktion", "präsidium"),
)  # German compounds: "Imkerverband", "Landratsamt", "Denkmalnetzwerk"


def _is_organisation(folded: str) -> bool:
    """A word naming a body: ``ministry``, ``Kementerian``, and German compounds like ``Imkerverband``."""
    return folded in ORGANISATION_WORDS or (len(folded) > 6 and folded.endswith(_ORGANISATION_ENDINGS))


# Places a pronoun never stands for, though copy names them like people: countries, regions and large cities in
# the languages read here. Phrases, folded, comma-separated; first names ("Georgia", "Santiago") are left out.
_PLACES = frozenset(
    phrase.strip()
    for phrase in """
    indonesia, malaysia, singapura, singapore, filipina, philippines, thailand, vietnam, kamboja, cambodia, myanmar,
    brunei, timor leste, tiongkok, china, cina, jepang, japan, korea selatan, korea utara, south korea, north korea,
    pakistan, bangladesh, australia, amerika serikat, united states, america, kanada, canada, meksiko, mexico, brasil,
    brazil, argentina, chile, kolombia, colombia, peru, rusia, russia, ukraina, ukraine, jerman, germany, deutschland,
    prancis, france, frankreich, inggris, britain, england, großbritannien, italia, italy, italien, spanyol, spain,
    spanien, españa, portugal, belanda, netherlands, niederlande, belgia, belgium, belgien, belgique, switzerland,
    schweiz, suisse, austria, österreich, autriche, polandia, poland, polen, yunani, greece, griechenland, turki,
    turkey, türkei, turquie, mesir, egypt, ägypten, égypte, iran, irak, iraq, suriah, syria, israel, palestina,
    palestine, nigeria, kenya, ethiopia, maroko, morocco, algeria, algérie, tunisia, tunisie, alemania, francia,
    bélgica, suiza, reino unido, estados unidos, méxico, japón, allemagne, espagne, italie, royaume-uni,
    états-unis, mexique, brésil, russie, chine, japon,
    aceh, sumatera utara, sumatera barat, sumatera selatan, riau, kepulauan riau, jambi, bengkulu, lampung,
    bangka belitung, dki jakarta, jakarta, jawa barat, jawa tengah, jawa timur, banten, yogyakarta, bali,
    nusa tenggara barat, nusa tenggara timur, kalimantan barat, kalimantan tengah, kalimantan selatan,
    kalimantan timur, kalimantan utara, sulawesi utara, sulawesi tengah, sulawesi selatan, sulawesi tenggara,
    sulawesi barat, gorontalo, maluku, maluku utara, papua, papua barat, papua tengah, papua selatan,
    papua pegunungan, papua barat daya, sumatera, jawa, kalimantan, sulawesi, surabaya, bandung, medan, semarang,
    makassar, palembang, denpasar, malang, bogor, bekasi, depok, tangerang, padang, pekanbaru, balikpapan,
    samarinda, pontianak, banjarmasin, manado, ambon, jayapura, kupang, mataram, batam, surakarta, cirebon,
    kuala lumpur, sabah, sarawak, johor, selangor, penang, pulau pinang, kedah, kelantan, terengganu, pahang,
    perak, melaka, negeri sembilan, bangkok, manila, hanoi, beijing, tokyo, seoul, new delhi, canberra, sydney,
    melbourne, washington, new york, london, paris, berlin, madrid, rome, roma, brussels, brüssel, bruxelles,
    bruselas, vienna, wien, viena, zurich, zürich, geneva, genf, genève, moscow, moskau, moscou, moscú, kyiv, kiev,
    ankara, cairo, kairo, le caire, tehran, teheran, riyadh, jerusalem, gaza,
    hamburg, münchen, munich, köln, cologne, frankfurt, stuttgart, düsseldorf, leipzig, dresden, hannover,
    nürnberg, bremen, bayern, bavaria, baden-württemberg, nordrhein-westfalen, niedersachsen, hessen, sachsen,
    thüringen, brandenburg, mecklenburg-vorpommern, sachsen-anhalt, schleswig-holstein, rheinland-pfalz, saarland,
    tirol, salzburg, kärnten, steiermark, vorarlberg, oberösterreich, niederösterreich, burgenland, graz, linz,
    innsbruck, bern, basel, lausanne, luzern, wallis, valais, graubünden, tessin, ticino,
    barcelona, valencia, sevilla, zaragoza, málaga, bilbao, murcia, alicante, córdoba, granada, valladolid,
    andalucía, cataluña, catalunya, galicia, castilla y león, castilla-la mancha, aragón, asturias, navarra,
    extremadura, país vasco, euskadi, canarias, baleares, comunidad valenciana, comunidad de madrid, cantabria,
    buenos aires, rosario, mendoza, bogotá, medellín, lima, ciudad de méxico, caracas, quito, montevideo,
    marseille, lyon, toulouse, nantes, strasbourg, montpellier, bordeaux, lille, rennes, brest, lorient, quimper,
    bretagne, normandie, occitanie, provence, île-de-france, auvergne-rhône-alpes, nouvelle-aquitaine,
    hauts-de-france, grand est, corse, wallonie, flandre, liège, namur, charleroi, anvers, antwerp, gand,
    california, texas, florida, illinois, ohio, michigan, pennsylvania, arizona, colorado, minnesota, wisconsin,
    iowa, oregon, massachusetts, kentucky, tennessee, louisiana, alabama, alaska, arkansas, connecticut, delaware,
    hawaii, idaho, indiana, kansas, maine, maryland, mississippi, missouri, montana, nebraska, nevada,
    new hampshire, new jersey, new mexico, north carolina, north dakota, oklahoma, rhode island, south carolina,
    south dakota, utah, vermont, west virginia, wyoming
    """.split(",")  # noqa: SIM905 - a word list reads better as text
)


def _is_place(name: str) -> bool:
    """A country, region or large city named alone: ``Sulawesi Selatan``, ``BUENOS AIRES``, ``Brest``."""
    return " ".join(_fold(name).split()) in _PLACES


def _is_body(name: str) -> bool:
    """A name holding an organisation word: ``University of Exeter``, ``Kementerian Keuangan``.

    A description with an indefinite article is someone: ``A spokeswoman for the Ministry of Health``.
    """
    words = name.split()
    return _fold(words[0]) not in _INDEFINITE and any(_is_organisation(_fold(word)) for word in words)


def _is_compound(name: str) -> bool:
    """``Keller und Tiefgaragen``: two things joined, never the one person a singular pronoun stands for."""
    return any(_fold(word) in _AND for word in name.split())


_GENERIC_PEOPLE = frozenset(
    """official politician lawmaker executive funcionario funcionaria dirigente mandatario mandataria responsable
    élu élue politiker politikerin pejabat politisi politikus letrado letrada abogado abogada avocat avocate
    lawyer""".split()  # noqa: SIM905
)
_ANYONE = frozenset(
    """defendant angeklagte angeklagter angeklagten hauptangeklagte hauptangeklagter hauptangeklagten acusado acusada
    accusé accusée prévenu prévenue terdakwa""".split()  # noqa: SIM905
)
_ANYONE_SUFFIXES = ("-jährige", "-jähriger", "-year-old")
# Officers of a court: "der Angeklagte" is never the prosecutor or the defence lawyer named just before.
_COURT_OFFICERS = frozenset(
    """staatsanwalt staatsanwältin oberstaatsanwalt oberstaatsanwältin ankläger anklägerin verteidiger verteidigerin
    richter richterin anwalt anwältin rechtsanwalt rechtsanwältin prosecutor prosecutors judge lawyer attorney
    counsel fiscal fiscala juez jueza abogado abogada procureur procureure avocat avocate juge jaksa hakim pengacara
    penasihat président présidente presidente presidenta""".split()  # noqa: SIM905
)
# Prepositions of place and time: a name right after one is where or when, not who.
# French radio and television that copy names after "sur" as where words were said: "a déclaré le ministre sur France
# Inter".
_BROADCASTERS = (
    "France",
    "RTL",
    "BFM",
    "BFMTV",
    "Europe",
    "LCI",
    "RMC",
    "RTBF",
    "RTS",
    "Radio",
    "TF1",
    "CNews",
    "Franceinfo",
)
_PLACE_PREPOSITIONS = frozenset(
    "di ke dari asal in at from en à au aux dans im am aus bei nach desde".split()  # noqa: SIM905
)
_FRAME_PREPOSITIONS = frozenset(
    "vor bei nach über im am in zum zur at on during before after en à devant lors di dalam pada saat".split()  # noqa: SIM905
)
_GENERIC_SUFFIXES = ("-politiker", "-politikerin")
