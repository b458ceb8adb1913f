"""People named in the text, and who a pronoun, a surname or a description stands for."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

import attrs

from newsschema.models import AttributedQuote, QuoteKind, Span
from newsschema.text._cues import FEMININE_TITLE_ENDINGS, HONORIFIC_GENDER, PRONOUN_GENDER, CueTable
from newsschema.text._lexicon import (
    _AGE,
    _AND,
    _ANYONE,
    _ANYONE_SUFFIXES,
    _ASKED,
    _AUXILIARIES,
    _BARE_NAMES,
    _BROADCASTERS,
    _COMMA_SPACE,
    _CONNECTORS,
    _COPULAS,
    _COURT_OFFICERS,
    _DEFINITE_SINGULAR,
    _DEGREE,
    _DETERMINERS,
    _ENDS_SENTENCE,
    _FOCUS_WORDS,
    _FRAME_PREPOSITIONS,
    _FRENCH_DEMONYM_ENDINGS,
    _GENDERED_ARTICLES,
    _GENERIC_PEOPLE,
    _GENERIC_SUFFIXES,
    _INDEFINITE,
    _KIN_GENDER,
    _MARKS,
    _MAX_APPOSITION,
    _NAME_PARTICLES,
    _PARTY_TAG,
    _PLACE_PREPOSITIONS,
    _RELATIVES,
    _SENTENCE_END,
    _STRESSED_GENDER,
    _STRESSED_PRONOUNS,
    _SUBJUNCTIVE,
    _TELLING,
    _TIME_WORDS,
    _TITLES,
    _WORKS,
    _cue_at,
    _fold,
    _gap_is_space,
    _in_capitals,
    _in_office,
    _initial_ends,
    _is_body,
    _is_compound,
    _is_description,
    _is_organisation,
    _is_person_name,
    _is_place,
    _is_role,
    _is_title,
    _leading_titles,
    _opens_sentence,
    _sentence_starts,
    _tokens,
    _Word,
    _words,
)
from newsschema.text._reported import _Found
from newsschema.text._speakers import (
    _ADVERBS,
    _DEMONSTRATIVES,
    _ELISION,
    _OF,
    _affiliation_cut,
    _cue_closing_apposition,
)

_GENDER_LOOKBACK = 8  # people introduced before a gendered pronoun that it may skip
# Prepositions that may open a sentence before a name: "Für Hüttenwartin Nadia … endet eine Ära" (not stop
# words, since bodies hold them: "Dienststelle für Naturgefahren").
_OPENING_PREPOSITIONS = frozenset(
    """für über unter gegen zum zur bis seit auf nach mit bei zu vor im am for with para pour avec con untuk bagi du
    del sur dans selain kecuali besides als""".split()  # noqa: SIM905
)
_GERMAN_OBJECT_ARTICLES = frozenset(
    "den dem des einen einem eines seinen seinem seines ihren ihrem ihres".split()  # noqa: SIM905
)  # accusative, dative and genitive: the noun after them is no sentence's subject
_ARTICLES_BEFORE_ADJECTIVES = frozenset(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen sein seine seinen seinem seiner
    seines ihr ihre ihren ihrem ihrer ihres the a an his her their its""".split()  # noqa: SIM905
)
_QUANTIFIERS = frozenset(
    """viele einige alle manche mehrere beide many some several all most muchos muchas varios varias algunos algunas
    todos todas plusieurs certains certaines tout toute tous toutes banyak beberapa semua sejumlah dutzende hunderte
    tausende zahlreiche jeder jede jedes jeden every each chaque cada setiap""".split()  # noqa: SIM905
)  # "Viele Familien wüssten nicht": a crowd, no one named
_COMPASS = frozenset(
    "barat timur utara selatan tengah west east north south central nord sud est ouest norte sur oeste".split()  # noqa: SIM905
)  # a region after a place and a comma: "Lombok Timur, Nusa Tenggara Barat", "Brebes, Central Java"
_AGE_APPOSED = re.compile(r",[ \t\u00a0\u202f]*\d{1,3},")
_COMPLEMENT_OF = frozenset("de del des du of von dari".split())  # noqa: SIM905
# "Jean-Claude, 71 ans,", "Luz Marina, de 58 años,": an age with its unit, after a first name alone too.
_AGE_WITH_UNIT = re.compile(
    r",[ \t\u00a0\u202f]*(?:de[ \t\u00a0\u202f]+)?\d{1,3}[ \t\u00a0\u202f]+(?:ans|años|Jahre|tahun)\b"
)
_PARTY = re.compile(r"[ \t\u00a0\u202f]*\(([A-ZÄÖÜ][\w./\- ]{0,15})\)[ \t\u00a0\u202f\n]+[a-zäöüß]")
_AGE_OR_RECORD = re.compile(r"[ \t\u00a0\u202f]*\(\d{1,3}(?:-\d{1,3})?\)")  # "Briggs (2-3) blew"
_APPOSITION_START = re.compile(r"(?:[ \t\u00a0\u202f]*\(\d{1,3}\))?,[ \t\u00a0\u202f]+\w")


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


_OF_THE_COUNTRY = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+the[ \t\u00a0]+[A-Z][\w'’-]+(?:[ \t\u00a0]+[A-Z][\w'’-]+)?\Z")
_DOTTED_SUFFIXES = frozenset("jr sr tbk ltd inc corp bhd".split())  # noqa: SIM905


def _bare_name(text: str, start: int, end: int, counts: _NameCounts) -> tuple[int, int] | None:
    """The person's name inside a printed speaker: no title, rank or organisation before it.

    ``Kepala Bapanas Arief Santosa`` gives ``Arief Santosa`` when ``Arief`` is
    also used alone; ``the minister`` gives ``None``.
    """
    key = (id(text), start, end)
    if key not in _BARE_NAMES:
        bare = _find_bare_name(text, start, end, counts)
        if bare is not None and _OF_A_PLACE.fullmatch(text, *bare) and bare[0] > start:
            bare = None  # "die Oberbürgermeisterin von Hildesheim": the office's town, no name
        if bare is not None and (country := _OF_THE_COUNTRY.search(text, *bare)) is not None:
            named = _words(text, bare[0], country.start())
            surname_alone = (
                len(named) == 1
                and text[named[0].start].isupper()
                and not _is_title(named[0].folded)
                and not _is_organisation(named[0].folded)
            )
            if _is_person_name(text, named) or surname_alone:
                bare = (bare[0], country.start())  # "chairman Hendrik Vollebregt of the Netherlands": him
        if bare is not None and (
            _initial_ends(text, bare[1])
            or (
                text[bare[1] : bare[1] + 1] == "."
                and _fold(text[bare[0] : bare[1]].rsplit(maxsplit=1)[-1]) in _DOTTED_SUFFIXES
            )
        ):
            # "Bernd S.", "Frank DeLuca Jr.", "PT Bank Nusantara Sejahtera Tbk.": the initial or suffix keeps its period
            bare = (bare[0], bare[1] + 1)
        _BARE_NAMES[key] = bare
    return _BARE_NAMES[key]


def _find_bare_name(text: str, start: int, end: int, counts: _NameCounts) -> tuple[int, int] | None:
    last_comma = text.rfind(",", start, end)
    if last_comma >= 0 and _PARTY_TAG.fullmatch(text, last_comma + 1, end):
        end = last_comma  # "Sen. Carl Ruddock, R-Okla.": the name before the party and state
        last_comma = text.rfind(",", start, end)
    if last_comma >= 0:
        start = last_comma + 1
    words = _affiliation_cut(text, _words(text, start, end))
    while len(words) > 2 and (
        (words[-1].folded in _POSTNOMINALS and text[words[-1].start : words[-1].end].isupper())
        or _DEGREE.fullmatch(text, words[-1].start, words[-1].end)
    ):
        words = words[:-1]  # "Jonathan Pell KC", "Ruth Ames MP", "Muhammad Yusri MAg": the name without the honour
    if len(words) >= 2 and words[0].folded in _STATEMENT_NOUNS and text[words[1].start].isupper():
        words = words[1:]  # "Pesan Dewi kepada …": her message, then her name
    if words and words[0].folded in _INDEFINITE and last_comma < 0:
        return None  # "Seorang warga Amarasi", "a spokeswoman for Northern": someone unnamed
    if len(words) == 2 and words[0].folded in ("his", "her") and words[1].folded in ("honour", "honor"):
        return None  # "her Honour": the judge, never a name
    if (
        len(words) >= 3
        and words[0].folded in _DETERMINERS
        and not text[words[1].start].isupper()
        and not _is_title(words[1].folded)
        and last_comma < 0
        and not _is_person_name(text, words[-2:])  # "der stellvertretende Kommandant Herbert Pichler"
        and not _initial_ends(text, words[-1].end)  # "der 38-jährige Stefan W."
    ):
        return None  # "Les riverains du quartier de Locmaria": a description, whatever place it names
    cut = 0
    for index, word in enumerate(words):
        capital = text[word.start].isupper()
        following = index + 1
        while following < len(words) - 1 and words[following].folded in _CONNECTORS and following - index < 3:
            following += 1  # "Sala de lo Penal": two connectors in a row
        inside = 0 < index < len(words) - 1 and text[words[following].start].isupper()
        title = (
            _is_title(word.folded)
            or _is_role(word.folded)
            or (word.folded in _DETERMINERS and not inside)
            or (word.folded in _HONORIFICS and index < len(words) - 2)  # "Tgk H Muhammad Yusri": Haji, unabbreviated
            or (word.folded == "me" and text[word.start] == "M" and index == cut and index < len(words) - 1)  # Maître
            or (
                word.folded in _HONORIFICS
                and index == cut  # "M. Aubanel", never the "Hi." inside "Rahmat Hi. Djafar"
                and index < len(words) - 1
                and text[word.end : word.end + 1] == "."
            )
        )
        if title or (not capital and not (word.folded in _CONNECTORS and inside)):
            cut = index + 1
        elif index < len(words) - 1 and word.folded.endswith(("'s", "’s")):
            cut = index + 1  # a possessor: "Ethiopia's Hiwot Bekele"
        elif word.end - word.start >= 2 and text[word.start : word.end].isupper() and index < len(words) - 2:
            cut = index + 1  # an acronym before a name of two words or more: "KCIC Eva Marlina"
    tail = words[cut:]
    body = next(
        (at for at in range(len(tail) - 5, -1, -1) if _is_organisation(tail[at].folded) and tail[at + 1].folded in _OF),
        None,
    )
    if body is not None and _is_person_name(text, tail[-2:]):
        return tail[-2].start, tail[-1].end  # "la catedrática de la Universidad de Jaén Pilar Montoro": body, person
    company = next((index for index, word in enumerate(words) if word.folded in _COMPANY_MARKS), None)
    if (
        company is not None
        and company >= cut - 1
        and company < len(words) - 1
        and not any(_is_title(word.folded) for word in words[:company])
    ):
        return words[company].start, words[-1].end  # "keterangan tertulis PT Sumatera Kopi Lestari": the firm whole
    name = words[cut:]
    while (
        len(name) > 2
        and _german_noun(name[-1].folded)
        and _INDONESIAN_VERB.match(text, end) is None  # "Sarah Manurung menilai": a surname, not a German object
    ):
        name = name[:-1]  # "Katrin Wessendorf Entgegenkommen signalisiert": the object noun after the name
    if not name:
        return None
    if (
        len(name) == 2
        and name[1].folded.endswith(_GERMAN_PLURAL_ENDINGS)
        and name[0].folded.endswith(("e", "en", "er", "es"))
    ):
        return None  # "Betriebsbedingte Kündigungen wolle er …": an adjective and a German plural noun, no one
    lower_first = not text[name[0].start].isupper() and not _is_person_name(text, name[-2:])
    if lower_first and (
        (cut >= 2 and name[0].folded in _DETERMINERS and words[cut - 1].folded in _OF)
        or (name[0].folded in _OF and _is_title(words[cut - 1].folded))
    ):
        return None  # "El DT de la Academia", "El DT del Rojo": the office's complement, no name
    if (
        cut >= 2
        and words[cut - 1].folded in ("des", "der")
        and _is_title(words[cut - 2].folded)
        and len(name) == 1
        and _is_organisation(name[0].folded)
    ):
        return None  # "die Vorsteherin des Wirtschaftsdepartements": the office's body in the genitive, no name
    if (
        words[cut - 1].folded in _GOVERNS_A_PLACE
        and len(name) <= 2
        and (_is_place(text[name[0].start : name[-1].end]) or any(counts.pairs[r, name[0].folded] for r in _REGIONS))
    ):
        return None  # "Wali Kota Bekasi yang meninjau lokasi", "Gubernur Jawa Barat": the office of a place, no name
    if cut == 1 and words[0].folded in _DETERMINERS:
        # "the Kremlin" is the name; "der Zeuge", "der Angeklagte" are descriptions.
        if len(name) == 1 and (
            _is_role(name[0].folded)
            or (words[0].folded in _GERMAN_ARTICLES and not text[name[0].start : name[0].end].isupper())
            or name[0].folded.endswith(_DEMONYM_ENDINGS)
        ):
            # "der Italiener", "der Weihbischof": German capitalises every noun, not only names; "the Russian",
            # "the Canadian": English capitalises where people come from.
            return None
        if len(name) > 1 and name[-1].folded.endswith(_DEMONYM_ENDINGS) and words[0].folded in ("the", "der", "die"):
            return None  # "the Minnesota Democrat", "the Kenyan veteran": a description of someone named before
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
    suffixed = len(name) >= 3 and name[-1].folded in _NAME_SUFFIXES  # "Frank DeLuca Jr.": the surname comes before
    if len(name) >= 3:
        # A first name used alone elsewhere starts the name ("Arief" for "Bapanas Arief Santosa"); the
        # rightmost such word, since a place before it may be used alone too ("Garut Wulan Ratnasari").
        for index in range(len(name) - (3 if suffixed else 2), 0, -1):
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
    "dr prof h hj hi kh ir drs dra kiai kyai ustaz ustadz habib haji nyai datuk dato tun tgk teungku".split()  # noqa: SIM905
)  # titles that take no complement: the name follows at once
_STREET_WORDS = frozenset(
    """road street avenue lane drive boulevard highway way walk close crescent terrace square place row parade
    straße strasse gasse weg allee platz jalan jl calle avenida plaza paseo rue quai chaussée""".split()  # noqa: SIM905
)


def _is_street(name: str) -> bool:
    """``Burlington Road``, ``Jalan Sudirman``: a place on a map, never a person a pronoun stands for."""
    return any(_fold(word).rstrip(".") in _STREET_WORDS for word in name.split())


_POSTNOMINALS = frozenset(["kc", "qc", "sc", "mp", "msp", "mep", "obe", "mbe", "cbe"])
# Russian, Chinese, Korean, Spaniard, Icelander, American, Republican, Democrat
_DEMONYMS_ENDING_OTHERWISE = (  # "the German said"
    *("german", "french", "dutch", "british", "irish", "english", "scottish", "welsh", "spanish", "polish"),
    *("swiss", "greek", "thai", "czech", "danish", "swedish", "finnish", "turkish", "scot", "swede", "dane"),
    *("irishman", "frenchman", "englishman", "welshman", "scotsman", "dutchman", "countryman"),
    *("irishwoman", "frenchwoman", "englishwoman", "welshwoman", "scotswoman", "dutchwoman", "countrywoman"),
)
_DEMONYM_ENDINGS = ("ian", "ese", "ean", "ard", "ander", "ican", "crat", "yan", "ani", *_DEMONYMS_ENDING_OTHERWISE)
# "la Limbourgeoise", "l'Italienne": a French demonym used as a noun, with its article.
_FRENCH_DEMONYM = re.compile(r"(?:la|le|l['’])[ \t\u00a0]?[A-ZÀ-Ý]\w+(?:" + "|".join(_FRENCH_DEMONYM_ENDINGS) + ")")
_GERMAN_OFFICES_OF_WOMEN = ("erin", "entin", "antin", "istin", "ärin", "orin", "login")  # not "Benjamin"
_GERMAN_ARTICLES = frozenset(["der", "die", "dem", "den"])
_PERSON_ENDINGS = (
    *("er", "erin", "in", "ende", "ige", "ist", "istin", "ent", "entin", "ant", "antin", "ose"),  # der Italiener
    *("dor", "dora", "ista", "ero", "eur", "euse", "rice", "ienne", "iste", "ière"),  # la investigadora, la romancière
)
_COMPANY_MARKS = frozenset(["pt", "cv"])
# German nouns a name never ends in, capitalised like names: "Entgegenkommen", "Zustimmung", "Bereitschaft".
_GERMAN_NOUN_ENDINGS = ("ung", "keit", "heit", "schaft", "kommen", "ismus", "nahme", "tionen")
_GERMAN_PLURAL_ENDINGS = ("ungen", "keiten", "heiten", "schaften", "tionen")  # never a surname, unlike "Manurung"


# An Indonesian verb after a name ("menilai", "mengatakan", "berharap"): the name is no German sentence's object.
_INDONESIAN_VERB = re.compile(r"[ \t\u00a0]+(?:me|ber)[a-z]{3,}\b")


def _german_noun(folded: str) -> bool:
    """A long word with a German noun's ending (a consonant before "-ung": "Marpaung" is a Batak surname)."""
    return (
        len(folded) > 7
        and folded.endswith(_GERMAN_NOUN_ENDINGS)
        and not (folded.endswith("ung") and folded[-4] in "aeiouäöü")
    )


_REGIONS = frozenset(["kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan"])
# First words of places named like people: "Kabupaten Sanggau", "Terminal Amplas", "Cagar Alam Morowali".
_PLACE_HEADS = _REGIONS | frozenset(
    "terminal pasar cagar taman pulau gunung sungai danau pantai bandara pelabuhan stasiun bursa".split()  # noqa: SIM905
)


def _somewhere(name: str) -> bool:
    """A place on a map, a region or a market: never someone who speaks."""
    words = name.split()
    return _is_place(name) or _is_street(name) or (len(words) > 1 and _fold(words[0]) in _PLACE_HEADS)


# Offices named by the place they govern: "Wali Kota Bekasi", "Gubernur Jawa Barat", "Bürgermeister von …".
_GOVERNS_A_PLACE = frozenset(
    "kota walikota gubernur bupati camat lurah mayor governor bürgermeister alcalde alcaldesa maire gouverneur "  # noqa: SIM905
    "gobernador gobernadora".split()
)


_AGE_ADJECTIVES = ("-jährige", "-jähriger", "-jährigen", "-year-old")


_SPOKEN_TO = frozenset(
    """speaking talking spoke talked said told wrote explained declared déclaré dit expliqué jugé estimé affirmé
    assuré indiqué confié""".split()  # noqa: SIM905
)
# Indonesian nouns for what someone said, before their name: "Pesan Dewi …", "Harapan Budi …".
_STATEMENT_NOUNS = frozenset("pesan ucapan jawaban harapan imbauan pernyataan komentar saran".split())  # noqa: SIM905
# "Sumarni (54), warga Desa Tugu": the name after a word for a resident is where she lives.
_RESIDENT = frozenset(("warga", "penduduk"))


# German determiners and quantifiers that never open a bare two-word name in copy: "seinen Kunden Renditen",
# "eines Mehrfamilienhauses Altpapier", "auf vielen Gletscherzungen Saharastaub" are things ("ihrem Grossneffen Reto
# Stadelmann" has three words: a person described).
_INFLECTED_DETERMINERS = frozenset(
    """
    eines einer einem einen seinen seinem seiner seines ihren ihrem ihrer ihres vielen allen beiden mehreren einigen
    zahlreichen
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Words that never open a name: months that are never a first name ("June", "April" and "August" can be), the
# German "zu Hause" and spans of time: "im Oktober Feuer gelegt", "zu Hause Kaffee getrunken", "über Jahre Geld".
_WORDS_THAT_OPEN_NO_NAME = frozenset(
    """januar january februar february märz march juli oktober october november dezember december hause jahre jahren
    monate monaten wochen""".split()  # noqa: SIM905
)


def _named_in_full(text: str, run: Sequence[_Word]) -> bool:
    """A person's full name, initials allowed: ``Beth Kimura``, ``R K Menon``, ``Ravindra Nath Iyer``."""
    return (
        2 <= len(run) <= 4
        and _is_person_name(text, [word for word in run if not _in_capitals(text, word)] or run[:1])
        and not _in_capitals(text, run[-1])
    )


def _in_capitals_throughout(text: str) -> bool:
    """A paragraph of three words or more with no lower-case letter: a headline in capitals."""
    return len(text.split()) >= 3 and "\n" not in text.strip() and not any(char.islower() for char in text)


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
    first_names: dict[str, str] = {}  # the first word of a full name printed so far -> the name
    for paragraph, text in enumerate(body):
        if _in_capitals_throughout(text):
            continue  # "DOLOG JATIM GELAR OPERASI PASAR BERAS DI 12 DAERAH": a headline introduces no one
        spans = sorted(blocked.get(paragraph, []))
        quote_starts = [span[0] for span in spans]
        quote_ends = list(itertools.accumulate((span[1] for span in spans), max))
        clauses = sorted(reported.get(paragraph, []))
        clause_starts = [span[0] for span in clauses]
        clause_ends = list(itertools.accumulate((span[1] for span in clauses), max))
        _, words, _, capitalised = _tokens(text)
        index = 0
        place_ends_at = -1  # where the last place named ends: a place after it and a comma is a place too
        residence = False  # that place says where someone lives: every name listed after it is a place too
        for candidate in capitalised:  # a name starts with a capital: skip straight to those
            if candidate < index:
                continue
            index = candidate
            word = words[index]
            position = bisect.bisect_left(quote_starts, word.end) - 1
            if position >= 0 and quote_ends[position] > word.start:
                continue
            initials = _INITIALS_ONLY.match(text, word.start)
            if (
                initials is not None
                and initials.group() not in _COUNTRY_INITIALS
                and not text[word.start - 1 : word.start].isalpha()
                and not (
                    index >= 2
                    and words[index - 1].folded in ("der", "dem")
                    and (table.is_pronoun(words[index - 2].folded) or table.is_verb(words[index - 2].folded))
                )  # "sagte er der F.A.Z.": the paper told, no one who speaks
            ):
                # "del acusado, J.M.R., que ha negado": court reports name a defendant by initials alone
                by_initials = initials.group()
                found.append(_Mention(paragraph, word.start, by_initials, _title_words(text, word.start, table), None))
                known.setdefault(by_initials.casefold(), by_initials)
                while index < len(words) and words[index].start < initials.end():
                    index += 1
                continue
            after = index + 1
            while (
                after < len(words)
                and after - index < 12
                and _gap_is_space(text, words[after - 1], words[after])
                and (
                    text[words[after].start].isupper()
                    or (
                        words[after].folded in _CONNECTORS
                        and after + 1 < len(words)
                        and text[words[after + 1].start].isupper()
                        and not _is_title(words[after + 1].folded)  # "in Serie von Cheftrainer Marco Lindner"
                    )
                )
            ):
                after += 1
            named_from = index
            while named_from < after and (
                _is_title(words[named_from].folded) or _is_title(words[named_from].folded.removesuffix("s"))
            ):
                named_from += 1  # "Justices Ravindra Nath Iyer and Meenakshi Rao"
            for joint in range(named_from + 2, after - 2):
                if (
                    words[joint].folded in _AND
                    and _named_in_full(text, words[named_from:joint])
                    and _named_in_full(text, words[joint + 1 : after])
                ):
                    after = joint  # "council members Luis Navarro and Beth Kimura": two people, each named in full
                    break
            if (
                after - index == 3
                and words[index + 1].folded in _AND
                and words[index].folded in surnames
                and words[index + 2].folded in surnames
            ):
                after = index + 1  # "goles de Arboleda y Restrepo": two surnames of people named before
            run = words[index:after]
            caps = len(run)
            while (
                caps > 1 and text[run[caps - 1].start : run[caps - 1].end].isupper() and len(run[caps - 1].folded) >= 2
            ):
                caps -= 1
            if (
                1 <= caps < len(run)
                and after < len(words)
                and text[words[after].start].islower()
                and not text[run[caps - 1].start : run[caps - 1].end].isupper()
                and not _is_title(run[caps - 1].folded)
                and not _is_organisation(run[caps - 1].folded)
                and not any(_is_organisation(word.folded) for word in run[caps:])  # "Harbour City FC" is one name
            ):
                run = run[:caps]  # "sagte Petzold MDR KULTUR nach der Wahl": the outlet told is no part of the name
            if run[0].folded in ("one", "ein", "eine") and (unnamed := _unnamed_subject(text, words, index, paragraph)):
                found.append(unnamed)  # "One tenant in a block in Easton, who asked not to be named, …"
                index = after
                continue
            if run[0].folded in _INDEFINITE and (official := _indefinite_official(text, words, index, paragraph)):
                found.append(official[0])  # "Ein Sprecher des Ministeriums verwies …": someone new, by office
                index = official[1]
                continue
            before_run = index - 1
            while run and (
                run[0].folded in _DETERMINERS
                or run[0].folded in table.stop_words
                or run[0].folded in _OPENING_PREPOSITIONS
                or run[0].folded in _QUANTIFIERS
                or run[0].folded in _ADVERBS  # "Zugleich kritisierte sie …": an adverb opening the sentence
                or run[0].folded in _FOCUS_WORDS  # "Auch Wehrle wurde deutlich": the focus word is no part of it
                or run[0].folded in _PRONOMINAL_ADVERBS  # "Darin hieß es"
                or run[0].folded in _INFLECTED_DETERMINERS  # "Seinen Namen möchte er nicht lesen": no one's name
                or run[0].folded in _WORDS_THAT_OPEN_NO_NAME  # "im vergangenen Oktober Feuer gelegt": when
                or (len(run) > 1 and run[0].folded in _STATEMENT_NOUNS)  # "Pesan Dewi kepada …: “…”": her message
                or run[-1].folded in _TIME_WORDS  # "Bis Ende Oktober hätten …": when, not who
                or run[0].folded in table.prepositions
                or run[0].folded in _CONNECTORS
                or table.is_pronoun(run[0].folded)
                or table.is_verb(run[0].folded)
                or table.clitic(run[0].folded)
            ):
                run = run[1:]
                before_run += 1
            if (
                len(run) >= 3
                and before_run >= 0
                and words[before_run].folded in _GERMAN_ARTICLES
                and _is_descriptor(run[0].folded, {})
                and _is_person_name(text, run[1:3])
            ):
                run = run[1:]  # "die Ozeanografin Merle Dahlhaus": the German noun for her is no part of her name
                before_run += 1
            index = after
            if (
                run
                and before_run >= 0
                and words[before_run].folded in ("the", "der", "die")
                and run[-1].folded.endswith(_DEMONYM_ENDINGS)
                and _gap_is_space(text, words[before_run], run[0])
            ):
                continue  # "the Spaniard told reporters", "the Minnesota Democrat said": no name introduced
            if (
                len(run) == 1
                and before_run >= 0
                and words[before_run].folded in _GENDERED_ARTICLES
                and run[0].folded in _ANYONE
                and _opens_sentence(text, words[before_run].start)
            ):
                # "Der Angeklagte hatte … gestanden. … hatte er erklären lassen": the defendant, named or not.
                where = (paragraph, words[before_run].start)
                apposed = _APPOSED_NAME.match(text, run[0].end)
                name = (
                    apposed.group(1)  # "Der Angeklagte, Herbert K., bekannte sich …": named right there
                    if apposed is not None
                    else _described(text, words[before_run].start, run[0].end, found, where, printed=people, body=body)
                )
                if name is not None and _court_officer(body, people, name, table):
                    name = None  # "die Vorsitzende Richterin Eva Lang" is never the defendant
                printed = " ".join(text[words[before_run].start : run[0].end].split())
                gender = _GENDERED_ARTICLES.get(words[before_run].folded)
                found.append(_Mention(paragraph, words[before_run].start, name or printed, frozenset(), gender))
                continue
            if not run:
                described = _described_subject(text, words, candidate, paragraph, found)
                if described is not None:
                    found.append(described)  # "Le bourgmestre, lui, se veut prudent": him again
                continue
            start, end = run[0].start, run[-1].end
            if len(run) == 1 and run[0].folded in _WORKS:
                continue  # "Das Stück erzählt …": a work, never the one a pronoun stands for
            if len(run) == 2 and text[run[0].end : run[1].start] == "." and _DEGREE.fullmatch(text, start, end):
                continue  # "dr. Wulan Puspitasari, M.Epid, menyebut": a degree, not Monsieur Epid
            following = words[after] if after < len(words) else None
            rest = text[end : end + 40]
            plain_next = following is not None and _gap_is_space(text, run[-1], following)
            is_mention = (
                (plain_next and following is not None and _cue_at(words, after, table, ("verbs",)) is not None)
                or _AGE.match(rest) is not None
                or (len(run) >= 2 and _AGE_APPOSED.match(rest) is not None)  # "Eugene Halvorsen, 78, sat"
                or (
                    _AGE_WITH_UNIT.match(rest) is not None
                    and not (before_run >= 0 and words[before_run].folded in _COMPLEMENT_OF)
                )  # but "El ex técnico de Godoy Cruz, de 48 años": the age is the coach's
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
                        or (len(run) >= 2 and _after_team_and_title(text, words, before_run))
                    )
                    and _APPOSITION_START.match(rest) is not None
                    and following is not None
                    and not text[following.start].isupper()
                    and (following.folded not in table.stop_words or following.folded in _RELATIVES)
                    and following.folded not in _CONNECTORS
                )
                or (following is not None and _verb_after_apposition(text, words, after, table))
                or (
                    len(run) >= 2
                    and plain_next
                    and following is not None
                    and following.folded in _AUXILIARIES
                    and after + 1 < len(words)
                    and not text[words[after + 1].start].isupper()
                    and (_is_person_name(text, run[-2:]) or _initial_ends(text, end))
                    and _opens_clause(text, words, before_run, table)
                )  # "Pendant huit ans, Bernard M. a puisé dans les comptes": a name, an auxiliary, a participle
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
                (
                    before_run >= 0
                    and (
                        words[before_run].folded in _PLACE_PREPOSITIONS
                        or words[before_run].folded in _TELLING
                        or words[before_run].folded in _RESIDENT
                        or (
                            before_run >= 1
                            and words[before_run].folded in ("to", "sur", "à", "au")
                            and words[before_run - 1].folded in _SPOKEN_TO
                        )  # "Speaking to BBC Radio Cumbria, she said", "a jugé sur France Inter": the outlet
                    )
                    and _gap_is_space(text, words[before_run], run[0])
                )
                or (
                    place_ends_at >= 0
                    and text[place_ends_at:start].strip() == ","
                    and (residence or any(word.folded in _COMPASS or word.folded in _AND for word in run))
                )
            )  # "di Semarang" is where, "told ANTARA" is to whom; so are "asal Lombok Timur, Nusa Tenggara Barat",
            # "In den Gemeinden Zwettl, Rosenburg und Langenlois" and "warga Turgo, Purwobinangun, Pakem"
            if (
                placed
                and before_run >= 0
                and words[before_run].folded in _RESIDENT
                and text[: words[before_run].start].rstrip().endswith(",")
            ):
                residence = True  # "Suparno, 60, warga Turgo, …": after the name, never "Seorang warga X, Enung,"
            elif not placed:
                residence = False
            place_ends_at = end if placed else -1
            clause = bisect.bisect_left(clause_starts, word.end) - 1
            talked_about = clause >= 0 and clause_ends[clause] > word.start
            in_report = before_run >= 0 and words[before_run].folded in _SUBJUNCTIVE  # "Er habe Anlegern Renditen"
            if (
                len(run) == 1
                and before_run >= 0
                and words[before_run].folded in _OPENING_PREPOSITIONS
                and run[0].folded not in known
                and run[0].folded not in surnames
            ):
                placed = True  # "Auf Nachfrage, ob …": a German noun after a preposition, no one
            if len(run) >= 2 and run[-1].folded in _COMPASS and text[run[-1].start].isupper():
                placed = True  # "Sulawesi Selatan itu kini terancam", "North Carolina": a region, no one
            if (
                before_run >= 0
                and words[before_run].folded == "sur"
                and text[run[0].start : run[0].end] in _BROADCASTERS
            ):
                placed = True  # "a déclaré le ministre sur France Inter": where it was said, no one
            if (
                placed
                and before_run >= 0
                and words[before_run].folded == "à"
                and _is_person_name(text, run)
                and not _somewhere(" ".join(text[start:end].split()))
            ):
                placed = False  # "Il a fallu plusieurs minutes à Mamadou Sissoko": someone, a place is one word
            if placed or talked_about or in_report:
                is_mention = False  # "kata Wahyu di Semarang, Senin": a place, not a person
            if (
                len(run) == 1
                and before_run >= 1
                and not text[words[before_run].start].isupper()
                and words[before_run - 1].folded in _ARTICLES_BEFORE_ADJECTIVES
                and _gap_is_space(text, words[before_run], run[0])
                and _gap_is_space(text, words[before_run - 1], words[before_run])
            ):
                continue  # "Einen konkreten Streiktermin nannte Wehrmann nicht": a noun with its article, no name
            if (
                before_run >= 0
                and (any(char.isdigit() for char in words[before_run].folded) or words[before_run].folded in _NUMBERS)
                and not words[before_run].folded.endswith(_AGE_ADJECTIVES)  # "Die 67-jährige Renate Köhler"
                and _gap_is_space(text, words[before_run], run[0])
            ):
                continue  # "rund 4,8 Millionen Euro": a quantity, no one
            if (
                len(run) == 1
                and before_run >= 0
                and words[before_run].folded in _GERMAN_OBJECT_ARTICLES
                and _gap_is_space(text, words[before_run], run[0])
            ):
                continue  # "über seinen Verteidiger", "dem Bürgermeister": a German object, never the subject
            if run[0].folded in _NUMBERS:
                continue  # "Sechs Jahre und drei Monate Haft – so lautet die Strafe": a quantity, no one
            if len(run) == 1 and run[0].folded in _FRONTED_MOODS:
                continue  # "Enttäuscht zeigte sich dagegen Titelverteidigerin X": how, the subject follows
            if (
                len(run) == 1
                and before_run >= 1
                and words[before_run].folded in ("der", "dem", "den", "die", "das")
                and words[before_run - 1].folded in _GERMAN_PREPOSITIONS
                and run[0].folded not in known
            ) or (
                len(run) == 1
                and before_run >= 0
                and words[before_run].folded in ("im", "am", "beim", "vom", "zum", "zur")
                and not text[words[before_run].start].isupper()
                and run[0].folded not in known
            ):
                continue  # "Nach der Vorstellung sagte er", "hatte im Vorfeld angekündigt": a noun after a preposition
            if (
                len(run) == 1
                and not is_mention
                and run[0].folded not in known
                and run[0].folded not in surnames
                and run[0].folded not in first_names
            ):
                continue  # neither a subject nor a full name nor a known one: skip the costly part
            if (
                following is not None
                and following.folded in ("itu", "tersebut")
                and plain_next
                and (_is_title(run[0].folded) or _is_role(run[0].folded))
            ):
                # "Politikus Partai Golkar itu juga menyoroti …": the politician named before, not the party.
                where = (paragraph, start)
                again = _described(text, start, following.end, found, where, printed=people)
                if again is not None:
                    found.append(_Mention(paragraph, start, again, frozenset(w.folded for w in run)))
                continue
            bare = _bare_name(text, start, end, counts)
            if bare is None:
                continue
            if (
                before_run >= 1
                and words[before_run].folded in ("de", "del", "of")
                and _is_title(words[before_run - 1].folded)
                and (named := _words(text, *bare))
                and len(named) >= 3
                and _is_person_name(text, named[-2:])
                and bare[0] == start
                and counts.pairs[named[-2].folded, named[-1].folded]
                > counts.triples[named[-3].folded, named[-2].folded, named[-1].folded]
            ):
                # "El exalcalde de Valdemora Ernesto Sanchís" when "Ernesto Sanchís" is printed without the place.
                bare = named[-2].start, bare[1]
            name = " ".join(text[bare[0] : bare[1]].split())
            if " " in name:
                names.append((paragraph, bare[0], name))  # a full name, for later short forms
                parts = name.split()
                surname = parts[-2] if len(parts) >= 3 and _fold(parts[-1]).rstrip(".") in _NAME_SUFFIXES else parts[-1]
                if not (surname.isupper() and len(surname) >= 2):  # "KPK" is no surname of "Gedung Merah Putih KPK"
                    surnames[_fold(surname)] = name  # "DeLuca" for "Frank DeLuca Jr."
                if len(parts) == 3 and _fold(parts[1]) not in _NAME_PARTICLES:
                    surnames.setdefault(_fold(parts[1]), name)  # "Llopis" for "Vicent Llopis Ferrer"
                if (
                    len(parts[0]) >= 4
                    and parts[0][1:].islower()
                    and not _is_title(_fold(parts[0]))
                    and not _is_compound(name)
                ):
                    first_names.setdefault(_fold(parts[0]), name)  # "Sekar, yang …, menyelipkan" for "Sekar Pamungkas"
                descriptors = [word for word in run if word.start < bare[0]] or run[:-2]
                thing = (
                    before_run >= 0
                    and (
                        words[before_run].folded in _DETERMINERS
                        or (words[before_run].folded in _INFLECTED_DETERMINERS and len(run) == 2)
                    )
                    and not any(
                        _is_title(w.folded) or _is_role(w.folded) or w.folded.endswith(_PERSON_ENDINGS)
                        for w in descriptors
                    )  # "der Angeklagte Rüdiger F." is a person too
                )  # "at the Great Ethiopian Run" is a thing, "von der Theologin Miriam Feldhaus" a person
                if before_run >= 0 and _ELISION.sub("", words[before_run].folded) in _KINDS_OF_NAMED_BODY:
                    thing = True  # "président de l'association Picardie Nature Vivante": a body by its kind
                if not placed and not thing and not in_report and not _is_body(name) and not _is_compound(name):
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
                and not _after_team_and_title(text, words, after)  # "Legacy coach Martin Oyelaran, whose"
                and (
                    _AGE_OR_RECORD.match(rest) is not None
                    or (following is not None and plain_next and not text[following.start].isupper())
                    or (_APPOSITION_START.match(rest) is not None and not text[end + 2 : end + 3].isupper())
                )
            ):
                # "Briggs (2-3) blew …" after "closer Tyler Briggs"; "Brungardt, the former nurse, now works"
                name, is_mention = surnames[run[0].folded], True
            elif (
                not is_mention
                and len(run) == 1
                and run[0].folded in first_names
                and run[0].folded not in surnames
                and not placed
                and not talked_about
                and _opens_sentence(text, start)
                and _APPOSITION_START.match(rest) is not None
                and not text[end + 2 : end + 3].isupper()
            ):
                name, is_mention = first_names[run[0].folded], True  # "Sekar, yang baru berusia 24 tahun, …"
            if not is_mention or _DEGREE.fullmatch(name) or _PARTY_TAG.fullmatch(name):
                continue  # "dr Anindya Kusuma, SpA, menjelaskan", "Sen. Caleb Rourke, R-Utah,": no one
            after_of = (
                before_run >= 0 and words[before_run].folded in _OF and not text[words[before_run].start].isupper()
            )
            if after_of and " " not in name:
                continue  # "la Feria … (FIL) de Guadalajara, en …": whose or where, never who
            if " " not in name and _listed_after_of(text, words, before_run) and _LIST_GOES_ON.match(text, end):
                continue  # "El consejero de Agricultura, Pesca, Agua y Desarrollo Rural": the office's complement
            titles = _title_words(text, bare[0], table)
            found.append(_Mention(paragraph, start, name, titles, _honorific_gender(text, bare[0])))
            for part in name.split():
                known.setdefault(_fold(part), name)
            known.setdefault(name.casefold(), name)
    return found, names, people


_NAME_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def _court_officer(body: Sequence[str], people: Sequence[tuple[int, int, str]], name: str, table: CueTable) -> bool:
    """Whether ``name`` was printed with a court officer's title: a judge, a prosecutor, a lawyer."""
    return any(
        person == name and _title_words(body[paragraph], offset, table) & _COURT_OFFICERS
        for paragraph, offset, person in people
    )


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
        if table.is_verb(words[index].folded) and not (index > 0 and words[index - 1].folded in _DETERMINERS):
            words = words[index + 1 :]  # but "Le juge Michel Arsenault": a noun after its article
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
    german = words[at].folded in ("ein", "eine")  # "Eine Zeugin, die …": German capitalises the noun
    while (
        end < len(words)
        and end - at <= 9
        and (
            not text[words[end].start].isupper()
            or words[end - 1].folded in _PLACE_PREPOSITIONS  # "in Easton"
            or (german and end - at <= 2)
        )
    ):
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


_COMPLEMENT_OPENERS = frozenset("des der for of at del de du von vom dari".split())  # noqa: SIM905
_NOT_PUNCTUATED = re.compile(r"[^,;:.!?()\"“”„«»]*")


def _indefinite_official(text: str, words: Sequence[_Word], at: int, paragraph: int) -> tuple[_Mention, int] | None:
    """``Ein Sprecher des Ministeriums verwies …``: a new person by office, the subject; and where it ends.

    ``A spokeswoman for the Ministry of Health declined …``, ``Un portavoz del Ayuntamiento explicó …``.
    """
    if not _opens_sentence(text, words[at].start) or _unnamed_subject(text, words, at, paragraph) is not None:
        return None  # "Seorang warga lain yang …": a description with a relative clause is read as such
    head = at + 1
    while head < len(words) and head - at <= 3 and not _is_title(words[head].folded):
        if text[words[head].start].isupper() and not _gap_is_space(text, words[head - 1], words[head]):
            return None
        head += 1  # "a former", "eine langjährige", "A West German delegate"
    if head >= len(words) or not _is_title(words[head].folded) or words[head].folded in _TITLES:
        return None
    end = head + 1
    if end < len(words) and words[end].folded in _COMPLEMENT_OPENERS:
        end += 1
        while end < len(words) and words[end].folded in _DETERMINERS:
            end += 1
        if end >= len(words) or not text[words[end].start].isupper():
            return None
        while end < len(words) and (
            text[words[end].start].isupper()
            or (words[end].folded in _CONNECTORS and end + 1 < len(words) and text[words[end + 1].start].isupper())
        ):
            end += 1
    if end >= len(words) or not _NOT_PUNCTUATED.fullmatch(text, words[at].start, words[end].start):
        return None
    verb = words[end]
    if text[verb.start].isupper() or verb.folded in _DETERMINERS or verb.folded in _CONNECTORS:
        return None
    description = " ".join(text[words[at].start : words[end - 1].end].split())
    titles = frozenset(word.folded for word in words[at:end])
    return _Mention(paragraph, words[at].start, description, titles, _GENDERED_ARTICLES.get(words[at].folded)), end


def _after_team_and_title(text: str, words: Sequence[_Word], title: int) -> bool:
    """Whether ``words[title]`` is a lower-case title after the words opening the sentence, a name next.

    ``Legacy coach Martin Oyelaran, whose team …``: the team, the title, then the sentence's subject.
    """
    if title < 1 or title + 1 >= len(words) or not _is_title(words[title].folded):
        return False
    if text[words[title].start].isupper() or not text[words[title + 1].start].isupper():
        return False
    for back in range(title - 1, max(-1, title - 4), -1):
        if not text[words[back].start].isupper() or not _gap_is_space(text, words[back], words[back + 1]):
            return False
        if _opens_sentence(text, words[back].start):
            return True
    return False


def _opens_clause(text: str, words: Sequence[_Word], before: int, table: CueTable) -> bool:
    """Whether a name after ``words[before]`` can be a subject: not after a preposition or a common noun."""
    if before < 0:
        return True
    previous = words[before]
    if not _gap_is_space(text, previous, words[before + 1]):
        return True  # after punctuation: "…, Yulianti Harahap menyatakan"
    if table.is_verb(previous.folded):
        # '"…," kata Budi' names who speaks; "Siti meminta Kementerian ESDM menyerahkan …" names whom she asks.
        return before == 0 or not _gap_is_space(text, words[before - 1], previous)
    return text[previous.start].isupper() or _is_title(previous.folded)


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
    if len(words) >= 2 and text[words[-1].end : name_start].strip() == "," and words[-1].folded in _KIN_GENDER:
        return _KIN_GENDER[words[-1].folded]  # "with her husband, Ron,": he
    if not words or text[words[-1].end : name_start].strip() not in ("", "."):
        return _article_gender(text, name_start)
    title = words[-1].folded
    if title.endswith(FEMININE_TITLE_ENDINGS) and text[words[-1].start].isupper():
        return "f"
    return HONORIFIC_GENDER.get(title) or _article_gender(text, name_start)


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
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]{0,20}"
# 'Adrianus "Andre" Wibisono', 'Matías “Tanque” Olmedo': a nickname in marks between the first and the last name.
_NICKNAME_INSIDE = re.compile(
    r"(?<![\w'’-])("
    + _NAME_WORD
    + r")[ \u00a0]+[\"“”„«‘'‚‹]("
    + _NAME_WORD
    + r"(?: "
    + _NAME_WORD
    + r")?)[\"“”»’'‘›][ \u00a0]+("
    + _NAME_WORD
    + r"(?: "
    + _NAME_WORD
    + r"){0,2})(?![\w'’-])"
)


def _nicknamed_people(body: Sequence[str]) -> dict[tuple[int, int, str], str]:
    """People printed with a nickname in marks inside their name: (paragraph, offset, first and last name) -> the
    nickname."""
    return {
        (paragraph, match.start(), f"{match.group(1)} {match.group(3)}"): match.group(2)
        for paragraph, text in enumerate(body)
        for match in _NICKNAME_INSIDE.finditer(text)
    }


def _nicknames(
    body: Sequence[str], full_names: list[tuple[int, int, str]], nicknamed: dict[tuple[int, int, str], str]
) -> dict[str, str]:
    """Nicknames given with a full name: ``Pemain yang akrab disapa Kiki`` after ``Muhammad Rizky Ananda``, or in
    marks inside it (``Adrianus "Andre" Wibisono``, from ``_nicknamed_people``)."""
    found: dict[str, str] = {}
    for (_, _, name), nickname in nicknamed.items():
        found.setdefault(_fold(nickname), name)
    for paragraph, text in enumerate(body):
        for match in _NICKNAMED.finditer(text):
            before = bisect.bisect_left(full_names, (paragraph, match.start())) - 1
            if before >= 0 and full_names[before][0] >= paragraph - 1:
                found.setdefault(_fold(match.group(1)), full_names[before][2])
    return found


def _full_names(
    mentions: list[_Mention],
    full_names: list[tuple[int, int, str]],
    nicknames: dict[str, str],
    body: Sequence[str] = (),
) -> list[_Mention]:
    """Mentions with later short forms replaced by the full name introduced earlier.

    News names a person in full once, then by surname (``Warsame``), by first
    name in Indonesian (``Nadia``) or by a shorter run of the name: such a
    mention becomes the latest earlier name with those words at its start or
    end. A name never seen in full stays as it is. A relative the ``body``
    introduces by kin (``Son père, Marc Verhaegen,``) leaves the family name to
    the one named before.
    """
    kin = {
        (paragraph, offset)
        for paragraph, offset, _ in full_names
        if body and _KIN_BEFORE.search(body[paragraph], max(0, offset - 30), offset)
    }  # "her husband, Luis Peña": a relative sharing the family name of someone named before
    latest: dict[str, str] = {}  # a folded word of a full name -> the latest full name holding it
    result: list[_Mention] = []
    printed = iter(full_names)
    upcoming = next(printed, None)
    same_place: dict[tuple[int, int, str], str] = {}  # a subject that is also the speaker is one mention twice

    def take_printed(until: tuple[int, int], *, inclusive: bool) -> None:
        """Learn the words of the full names printed before ``until`` (or at it)."""
        nonlocal upcoming
        while upcoming is not None and (upcoming[:2] < until or (inclusive and upcoming[:2] == until)):
            for word in _name_parts(upcoming[2]):
                if word in latest and upcoming[:2] in kin and word == _fold(upcoming[2].split()[-1]):
                    continue  # "Son père, Marc Verhaegen,": "Verhaegen" still stands for the story's Thibault
                if not _shortened(upcoming[2], latest.get(word)):
                    latest[word] = upcoming[2]  # but "Gil Ordóñez" printed later is still "Marta Gil Ordóñez"
            upcoming = next(printed, None)

    for mention in mentions:
        take_printed((mention.paragraph, mention.offset), inclusive=False)
        words = mention.name.split()
        folded = [_fold(word) for word in words]
        described = same_place.get((mention.paragraph, mention.offset, mention.name))
        if described is None and len(words) == 2 and _is_descriptor(folded[0], latest):
            # "sagte Dramatikerin Hochrainer" after "Lena Hochrainer": German capitalises the noun before a surname.
            candidate = latest.get(folded[1])
            if candidate is not None and len(candidate.split()) >= 2 and _fold(candidate.split()[-1]) == folded[1]:
                described = same_place[mention.paragraph, mention.offset, mention.name] = candidate
        take_printed((mention.paragraph, mention.offset), inclusive=True)  # the name at the mention itself, too
        if len(folded) == 2 and folded[0] in _DETERMINERS:
            words, folded = words[1:], folded[1:]  # "el Supremo" for "Tribunal Supremo"
        name = nicknames.get(folded[0], mention.name) if len(words) == 1 else mention.name
        acronym = len(words) == 1 and len(words[0]) >= 2 and words[0].isalpha() and words[0].isupper()  # "KPK" itself
        for candidate in (latest.get(folded[0]), latest.get(folded[-1])):
            if candidate is None or len(candidate.split()) <= len(words) or acronym:
                continue
            longer = [_fold(word) for word in candidate.split()]
            if longer[-1].rstrip(".") in _NAME_SUFFIXES:
                longer = longer[:-1]  # "DeLuca" for "Frank DeLuca Jr."
            if (
                longer[: len(folded)] == folded
                or longer[len(longer) - len(folded) :] == folded
                or (len(folded) == 1 and folded[0] in longer[-1].split("-"))  # "Zurbriggen" for "… Zurbriggen-Theler"
            ):
                name = candidate
                break
        if name == mention.name and described is not None:
            name = described
        if name == mention.name and len(words) == 1 and len(folded[0]) >= 4:
            # "kata Boni, sapaan akrabnya" after "Bonifasius Tarigan", "tutur Jufri" after "Ahmad Jufriansyah": a
            # short form cut from one word of the name (never a possessive: "Menon's").
            nicknamed = {
                full
                for word, full in latest.items()
                if word != folded[0] and word.startswith(folded[0]) and word[len(folded[0]) :].isalpha()
            }
            if len(nicknamed) == 1:
                name = next(iter(nicknamed))
        if len(name.split()) >= 2:
            for word in _name_parts(name):
                latest[word] = name
        result.append(mention._replace(name=name))
    return result


# Words no name ends in ("its members had been", "su parte que"); a trailing "has" or "a" is the cue's auxiliary.
_CLAUSE_WORDS = frozenset(
    "be been being could can may might must should shall que qui dass untuk bahwa yang".split()  # noqa: SIM905
)
# German adverbs of place standing for a text or a place: "Darin hieß es: „…“" is the statement's author speaking.
_PRONOMINAL_ADVERBS = frozenset("darin darauf dazu dabei damit dort hier".split())  # noqa: SIM905
# A participle opening the sentence ("Consultado sobre …, respondió: “…”"): who was asked is the one named before.
_DEMONSTRATIVE_WORDS = frozenset(
    """ce cet cette ces este esta estos estas ese esa esos esas aquel aquella dieser diese dieses this these
    those""".split()  # noqa: SIM905
)
_FUNCTION_WORDS = _DETERMINERS | _CONNECTORS | _AND | _CLAUSE_WORDS | _DEMONSTRATIVE_WORDS


def _shortened(short: str, full: str | None) -> bool:
    """Whether ``short`` is the start or the end of the longer name ``full``."""
    if full is None or _is_body(full):
        return False  # a body's shorter name may be another body: "Bäder GmbH" and "Bremer Bäder GmbH"
    short_words, full_words = _fold(short).split(), _fold(full).split()
    size = len(short_words)
    if size >= len(full_words) or _is_descriptor(full_words[0], {}):
        return False  # "Bernd K." after "Bauunternehmer Bernd K.": the noun was never part of the name
    return short_words in (full_words[:size], full_words[-size:])


def _is_clause_fragment(speaker: str, table: CueTable) -> bool:
    """Whether a printed speaker is words of a clause a scan ran into: a lower-case function word ends it."""
    words = speaker.split()
    if len(words) == 1 and (
        _fold(words[0]) in _PRONOMINAL_ADVERBS or _fold(words[0]) in _ASKED or _fold(words[0]) in _FUNCTION_WORDS
    ):
        return True  # "darauf", "asked", "the", "las": no one
    if len(words) < 2 or not words[-1].islower():
        return False
    last = _fold(words[-1])
    return (last in _FUNCTION_WORDS or last in table.stop_words) and last not in _AUXILIARIES


_DESCRIPTOR_ENDINGS = ("in", "er", "or", "ent", "ant", "ist", "eur", "ling")  # Autorin, Matchwinner, Kurator


def _is_descriptor(word: str, name_words: dict[str, str]) -> bool:
    """Whether a capitalised word before a surname reads as a German noun for the person, not a first name.

    A first name is short or printed in a name somewhere; ``Matchwinner``, ``Dramatikerin`` are neither.
    """
    return len(word) >= 7 and word not in name_words and word.endswith(_DESCRIPTOR_ENDINGS)


def _name_parts(name: str) -> list[str]:
    """The folded words of a name that a later short form may be, a double surname's halves too."""
    parts: list[str] = []
    for word in name.split():
        if len(word) >= 2 and word[0].isupper():
            parts.append(_fold(word))
            if "-" in word:
                parts.extend(_fold(half) for half in word.split("-") if len(half) >= 2 and half[0].isupper())
    return parts


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
    while index >= 0 and _is_place(mentions[index].name):
        index -= 1  # "… Sulawesi Selatan itu kini terancam. «…», ujarnya": a place says nothing
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
                if _is_body(mentions[back].name) or _is_street(mentions[back].name):
                    continue  # "she" is a person, never "University of Exeter" or "Burlington Road"
                return mentions[back]
        if genders.get(mentions[index].name) not in (None, gender):
            return None  # "er" after women only: someone not named, never her
    return mentions[index]


_REPLIES = frozenset(
    """sahut jawab balas timpal replied responded retorted countered respondió replicó contestó répond rétorque
    a répondu a répliqué entgegnete erwiderte konterte""".split()  # noqa: SIM905
)


# Articles southern German, Austrian and Swiss speech puts before a first name: "der Helmut", "die Vroni".
_FIRST_NAME_ARTICLES = frozenset(["der", "die"])
# Kin named with the family name of someone already in the story: "her husband, Luis Peña", "Son père, Marc …".
_KIN_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:husband|wife|son|daughter|father|mother|brother|sister|grandfather|grandmother|uncle|aunt"
    r"|cousin|dad|mum|mom|mari|femme|fils|fille|père|mère|frère|sœur|grand-père|grand-mère|oncle|tante"
    r"|marido|esposa|esposo|hijo|hija|padre|madre|hermano|hermana|abuelo|abuela|tío|tía"
    r"|Ehemann|Ehefrau|Sohn|Tochter|Vater|Mutter|Bruder|Schwester|Großvater|Großmutter|Onkel"
    r"|suami|istri|ayahnya|ibunya|suaminya|istrinya|anaknya|kakaknya|adiknya)"
    r",?[ \t\u00a0]+$"
)  # never "Frau", "Ibu", "Mann": honorifics and nouns before a name as often as kin
# Nouns for a kind of body, right before its name: "l'association Picardie Nature Vivante", "der Verein …".
_KINDS_OF_NAMED_BODY = frozenset(
    """association associations fondation société collectif verein stiftung asociación fundación colectivo
    charity yayasan perkumpulan komunitas""".split()  # noqa: SIM905
)
# Words that own a role before it: "my coach", "mon directeur sportif", "sein Trainer".
_ROLE_OWNERS = frozenset(
    """my his her our their the mon ma son sa notre leur le la mi su nuestro el mein meine sein seine ihr ihre unser
    unsere der die""".split()  # noqa: SIM905
)


def _holder_of_role(
    body: Sequence[str], people: Sequence[tuple[int, int, str]], teller: str, quoting: str | None
) -> str | None:
    """The one person the copy names right after the role a teller inside a quote is known by: ``my coach`` after
    ``Her coach, Renato Bellini,``; ``None`` unless exactly one such person, other than the one quoting."""
    words = teller.split()
    if words and _fold(words[0]) in _ROLE_OWNERS:
        words = words[1:]
    elif len(words) == 2 and _fold(words[1]) in ("saya", "aku", "kami"):
        words = [words[0].lower()]  # "Ibu saya dulu sering bilang" after "ibunya, Siti Maryam"
    if not words or len(words) > 2 or not all(word.islower() for word in words[1:]):
        return None
    if not words[0].islower() and not (_is_title(_fold(words[0])) or _is_role(_fold(words[0]))):
        return None  # "Terdakwa bahkan berpesan" opens its sentence; "Rudi" is a name
    role = " ".join(_fold(word) for word in words)
    holders: dict[str, str] = {}  # each name and the words between the role and it
    for paragraph, offset, name in people:
        before = body[paragraph][max(0, offset - 60) : offset].casefold()
        at = before.rfind(role)
        if at >= 0 and name != quoting and (at == 0 or not before[at - 1].isalpha()):
            after_role = before[at + len(role) :]
            if len(after_role.split()) <= 4 and not any(mark in after_role for mark in ".;:"):
                holders[name] = after_role  # "Le directeur sportif d'Ardenne Cycling, Dirk Vanhecke"
    # "Son directeur sportif chez Wallonie-Ardenne Cycling, Kevin Lambotte": the team is his, not a holder
    named = [name for name in holders if not any(_fold(name) in between for between in holders.values())]
    return named[0] if len(named) == 1 else None


def _person_at_or_before(mentions: list[_Mention], mention: _Mention) -> _Mention | None:
    """``mention`` when it may be a person, else the last one before it that may (a few back at most)."""
    index = (
        bisect.bisect_right(mentions, (mention.paragraph, mention.offset), key=lambda m: (m.paragraph, m.offset)) - 1
    )
    while index > 0 and mentions[index] is not mention and mentions[index][:2] == mention[:2]:
        index -= 1  # two mentions at one place: the one given
    for back in range(index, max(-1, index - 4), -1):
        name = mentions[back].name
        if not (name.isupper() and " " not in name) and not _is_body(name):
            return mentions[back]
    return None


def _is_reply(body: Sequence[str], cue: tuple[int, int, int] | None) -> bool:
    """Whether a cue answers someone (``sahutnya``, ``replied``): then its speaker is not the one who spoke last."""
    if cue is None:
        return False
    printed = _fold(body[cue[0]][cue[1] : cue[2]])
    return printed in _REPLIES or printed.removesuffix("nya") in _REPLIES


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


def _spelled_name(text: str, short: str, words: Sequence[_Word], end: int) -> str | None:
    """The name right before ``end`` whose initials (or every word's first letter) ``short`` spells."""
    initials: list[str] = []
    letters: list[str] = []
    for index in range(len(words) - 1, max(-1, len(words) - 12), -1):
        word = words[index]
        if (
            index < len(words) - 1
            and not _gap_is_space(text, word, words[index + 1])
            and text[word.end : words[index + 1].start].strip() != ","
        ):
            return None  # but "Badan Meteorologi, Klimatologi, dan Geofisika": commas inside a name
        printed = _ELISION.sub("", text[word.start : word.end])
        if word.folded not in _CONNECTORS and word.folded not in _AND and printed:
            letters.insert(0, printed[0].upper())
        if text[word.start].isupper():
            initials.insert(0, text[word.start])
        elif word.folded not in _CONNECTORS and word.folded not in _AND and not _ELISION.match(word.folded):
            initials = []  # a lower-case word: only the every-word spelling can still match
        last = text[words[-1].start : words[-1].end]
        if (initials and _spells(short, "".join(initials), last)) or "".join(letters) == short.upper():
            return " ".join(text[word.start : end].split())
    return None


_BODY_LINKS = frozenset(["untuk", "dan", "for", "of", "and", "de", "del", "des", "du", "la", "le", "für", "der"])


def _body_before(text: str, words: Sequence[_Word]) -> str | None:
    """The body's name printed right before a bracket: capitalised words and their links, up to eight words."""
    start = len(words)
    while start > 0 and len(words) - start < 8:
        word = words[start - 1]
        if start < len(words) and not _gap_is_space(text, word, words[start]):
            break
        if not (text[word.start].isupper() or (word.folded in _BODY_LINKS and start < len(words))):
            break
        start -= 1
    while start < len(words) and not text[words[start].start].isupper():
        start += 1
    if len(words) - start < 2:
        return None
    name = " ".join(text[words[start].start : words[-1].end].split())
    return name if _is_body(name) else None


def _acronyms(body: Sequence[str]) -> dict[str, str]:
    """Short forms defined in brackets after the name they stand for: ``Swiss Glacier Observation Network (SGON)``."""
    found: dict[str, str] = {}
    for text in body:
        for match in _ACRONYM.finditer(text):
            short = match.group(1)
            words = _words(text, max(0, match.start() - 120), match.start())
            named = _spelled_name(text, short, words, match.start()) if sum(c.isupper() for c in short) >= 2 else None
            if named is None:
                # "Badan Eksplorasi Antariksa Jepang (JAXA)", "Perkumpulan untuk Pemilu dan Demokrasi (Perludem)":
                # a body's name, then the short form it goes by, spelled or not.
                named = _body_before(text, words)
                if named is not None and not (short.isupper() or named[:1] == short[:1]):
                    named = None
            if named is not None:
                found.setdefault(short, named)
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
    printed: Sequence[tuple[int, int, str]] = (),
) -> list[AttributedQuote]:
    """The quotes found, with pronouns and descriptions resolved.

    ``people`` holds the people named outside quotes, subjects or not, in reading order: those a paragraph may
    name without making them a subject. ``printed`` holds every name of two words or more printed outside quotes.
    """
    quotes: list[AttributedQuote] = []
    last_speaker_paragraph = -1
    last_speaker: str | None = None
    full_name_at = {(mention.paragraph, mention.offset): mention.name for mention in mentions}
    genders: dict[str, str] = {mention.name: mention.gender for mention in mentions if mention.gender is not None}
    names = {mention.name for mention in mentions} | {name for _, _, name in people}
    officers = frozenset(
        name
        for paragraph, offset, name in people
        if _OFFICER_BEFORE.search(body[paragraph], max(0, offset - 40), offset)
    )  # "El fiscal, Gonzalo Ibarretxe, le mostró": never "el acusado"
    quoted_paragraphs = {part[0] for item in found for part in item.parts}
    known_as: dict[str, str] = {}  # a description and the name its relative clause gives
    aliases = _aliases(body)
    for number, as_found in enumerate(found):
        item = as_found
        speaker = _span(body, item.speaker) if item.speaker else None
        if speaker is not None and _is_clause_fragment(speaker.text, table):
            speaker = None  # "its members had been", "su parte que": words a scan ran into, no one who spoke
            item = attrs.evolve(item, speaker=None, null_subject=True)
        first = item.parts[0][:2]
        if item.speaker is not None:
            first = min(first, item.speaker[:2])
        resolved: str | None = None
        if (
            item.nested
            and speaker is not None
            and (holder := _holder_of_role(body, people, speaker.text, last_speaker)) is not None
        ):
            resolved = holder  # "mon directeur sportif m'a crié" after "Son directeur sportif, Geert Vandamme,"
        elif item.nested and speaker is not None:
            # Someone of the quoted story ("Mi abuela", "Der Chef"): as printed; a body may be one the copy names.
            told_by = [_fold(word) for word in speaker.text.split()]
            one_title = (len(told_by) == 1 and (_is_title(told_by[0]) or told_by[0] in _ANYONE)) or (
                len(told_by) == 2
                and told_by[0] in ("la", "le", "el", "der", "die")
                and _is_title(told_by[1])
                and told_by[1] not in ("chef", "chefin")  # "Der Chef hat gesagt": someone of the story, unnamed
            )  # "Pelatih sudah bilang", "La procureure nous dit", "Die Stadträtin hat gesagt"
            if item.speaker is not None and (one_title or (_is_body(speaker.text) and told_by[0] in _DETERMINERS)):
                paragraph, start, end = item.speaker  # 'the council told us, "…"': the council named before
                resolved = _described(
                    body[paragraph], start, end, mentions, first, printed=people, officers=officers, body=body
                )
                if resolved is not None and resolved == last_speaker:
                    resolved = None  # "“…, terdakwa mengatakan, ‘…’”, ujar Hesti": the one quoting is not the one told
            elif (
                len(told_by) == 2
                and _is_title(told_by[0])
                and speaker.text.split()[1][:1].isupper()
                and (coach := _by_surname_or_first_name(speaker.text.split()[1], names)) is not None
            ):
                resolved = coach  # "Coach Kang always says, '…'": the coach named in full before
            elif speaker.text[:1].isupper() and (not _is_title(told_by[0]) or told_by[0] in _HONORIFICS):
                rest = speaker.text.partition(" ")[2]
                told = rest if rest and told_by[0] in _HONORIFICS else speaker.text  # "Herr Feldhaus hat …"
                if (
                    len(told_by) == 2
                    and told_by[0] in _FIRST_NAME_ARTICLES
                    and (first_named := _by_surname_or_first_name(rest, names)) is not None
                    and first_named.startswith(rest + " ")
                ):
                    told = rest  # "Der Helmut hat immer gesagt": Helmut S., as friends call him; never "Der Chef"
                fuller = _full_name(told, names)  # "Mir hat K. gesagt" after "… Tobias K."
                if fuller == told and told != speaker.text and " " not in told:
                    fuller = _by_surname_or_first_name(told, names) or told  # "Koh Hendry" is Hendry Kusuma
                expanded = fuller != told or (told != speaker.text and all(word[:1].isupper() for word in told.split()))
                resolved = fuller if expanded else None  # "Mbak Sekar" is Sekar; "Pak Lurah sampai" names no one
        elif (
            speaker is not None
            and (
                table.is_pronoun(speaker.text)
                or _fold(speaker.text) in _STRESSED_PRONOUNS
                or _OWN_STATEMENT.fullmatch(speaker.text)
            )
        ) or item.null_subject:
            folded = _fold(speaker.text) if speaker is not None else ""
            if (own := _OWN_STATEMENT.fullmatch(speaker.text) if speaker is not None else None) is not None:
                folded = "er" if own.group(1).casefold().startswith("sein") else "sie"  # "Ihr Fazit: „…“" is hers
            gender = PRONOUN_GENDER.get(folded) or _STRESSED_GENDER.get(folded)
            mention = _latest(mentions, first, gender, genders)
            if mention is not None and speaker is not None and _fold(speaker.text) in _SUBJECT_PRONOUNS:
                mention = _person_at_or_before(mentions, mention) or mention  # "Dia" is no "BI" named since
            elif mention is not None and speaker is not None and speaker.text == "nya" and _is_body(mention.name):
                person = _person_at_or_before(mentions, mention)
                if person is not None and person.paragraph == mention.paragraph:
                    mention = person  # "Dewi, peneliti Pusat Riset … BRIN yang memimpin …, mengatakan" then "ujarnya"
            named = _latest_printed(people, first, first[0])
            if (
                named is not None
                and (mention is None or mention.paragraph < first[0])
                and (gender is None or genders.get(named.name) in (None, gender))
            ):
                mention = named  # "Unterstützung kam von der Theologin Miriam Feldhaus. … „…“, sagte sie."
            elif mention is not None and last_speaker_paragraph < first[0] - 1:
                subject = _latest_printed(people, first, first[0] - 1)
                if (
                    subject is not None
                    and subject.paragraph == first[0] - 1
                    and (subject.paragraph, subject.offset) > (mention.paragraph, mention.offset)
                    and _heads_its_sentence(body[subject.paragraph], subject.offset)
                    and (gender is None or genders.get(subject.name) in (None, gender))
                ):
                    # "Kepala … BRIN Suryo Wibisono berharap …" then "“…,” tuturnya": the subject just before.
                    mention = subject
            if (
                last_speaker is not None
                and (mention is None or mention.paragraph < last_speaker_paragraph)
                and last_speaker not in genders
                and last_speaker not in names
                and (
                    (last_speaker_paragraph == first[0] and gender is None)
                    or (last_speaker_paragraph == first[0] - 1 and _someone_new(last_speaker))
                )
            ):
                # "Wali Kota Bekasi … menyebut … "…," ucapnya", "the mother of a former patient … said … "…," she
                # wrote": someone unnamed spoke after the last person named.
                mention = None
            elif (
                last_speaker is not None
                and mention is not None
                and mention.paragraph < last_speaker_paragraph
                and last_speaker_paragraph >= first[0] - 1
                and last_speaker in names
                and not _is_body(last_speaker)
                and (gender is None or genders.get(last_speaker) in (None, gender))
            ):
                # "Kepala Dinas …, Agus Setyo Nugroho, … membenarkan …" then "Menurutnya, …" then "“…,” jelasnya":
                # the one who spoke last, printed though never a subject.
                mention = None
            if mention is not None and mention.name == last_speaker and _is_reply(body, item.cue):
                mention = _latest(mentions, first, gender, genders, besides=last_speaker)  # "…," sahutnya
            if mention is None and gender is not None:
                earlier = _latest_printed(people, first, first[0] - 1)  # "la chanteuse Maëlle Kerjean … elle"
                if earlier is not None and genders.get(earlier.name) in (None, gender):
                    mention = earlier
                elif earlier is not None:
                    # "Gérald Pittet a confié … « … », a estimé la procureure … « … », a-t-il déclaré": the one
                    # printed before her, when no one else of his gender came between.
                    earlier = _latest_printed(people, (earlier.paragraph, earlier.offset), first[0] - 2)
                    if earlier is not None and genders.get(earlier.name) in (None, gender):
                        mention = earlier
            if item.null_subject and mention is not None and _is_body(mention.name):
                mention = _affiliated_person(body, mentions, mention) or mention
            resolved = mention.name if mention is not None else last_speaker
            if mention is None and gender is not None and resolved is not None and _is_body(resolved):
                # "Cloncurry Living Ltd said … “…,” he said": a body is no "he"; the person printed last is.
                earlier = _latest_printed(people, first, first[0] - 2)
                resolved = earlier.name if earlier is not None and genders.get(earlier.name) in (None, gender) else None
            if mention is None and gender is not None and genders.get(resolved or "") not in (None, gender):
                resolved = None  # "sagte er" after a woman spoke: someone the copy does not name
            if gender is not None and resolved is not None:
                genders.setdefault(resolved, gender)  # "she said" makes the gender evident for later pronouns
        elif speaker is not None and item.speaker is not None:
            paragraph, start, end = item.speaker
            bare = None if _FRENCH_DEMONYM.fullmatch(speaker.text) else _bare_name(body[paragraph], start, end, counts)
            owner = _OWNED_FILING.fullmatch(speaker.text)
            named_statement = _NAMED_STATEMENT.fullmatch(speaker.text)
            if owner is not None:
                resolved = owner.group(1)  # "el recurso de la defensa, que alegaba …": the defence
                if " " not in resolved and _is_title(_fold(resolved)):
                    filer = start + owner.start(1)  # "el recurso del exregidor": the ex-mayor named before
                    resolved = _described(body[paragraph], filer, filer + len(resolved), mentions, first) or resolved
            elif named_statement is not None:
                resolved = _full_name(named_statement.group(1), names)  # "Lehmkuhls Fazit: „…“": hers
            elif (described_document := _is_a(speaker.text, _DOCUMENTS)) or _fold(speaker.text) in _DOCUMENTS:
                # '… "…," the statement said'; "Darin spricht er … „…“, heißt es in der Erklärung"; never a name
                resolved = last_speaker if described_document or last_speaker_paragraph == first[0] else None
                author = _ISSUER.search(body[first[0]], 0, first[1]) if last_speaker_paragraph < first[0] else None
                if author is not None:
                    # "K. ließ eine Erklärung verlesen. … „…“, heißt es in dem Schreiben": the one who issued it,
                    # named ("Markus K.") or described as printed ("Der Angeklagte").
                    resolved = _full_name(author.group(1), names)
            elif _fold(speaker.text) in _KINDS_OF_BODY and (firm := _firm_before(printed, first)) is not None:
                resolved = firm  # "Perseroan juga menyatakan …": the Indonesian firm of the story, no name
            elif (bare is None or len(speaker.text.split()) == 2) and (
                (court := _is_a(speaker.text, _COURTS)) or _is_a(speaker.text, _RULINGS)
            ):  # "La Sala subraya": capitalised, still the court
                resolved = _latest_body(mentions, first, body)  # "señala la resolución", "el tribunal": the court
                if resolved is None and court:
                    # the court named before, else ("el tribunal" for the "Tribunal Supremo" printed as no subject)
                    # the court printed last whose name holds the noun
                    resolved = _court_named_before(body, first, speaker.text) or _body_by_kind(
                        speaker.text, mentions, first, printed, body
                    )
            elif bare is None:
                if (goes_by := _known_as(body[paragraph], end)) is not None:
                    known_as[speaker.text] = goes_by  # "she told Bernama" after it is Aina too
                resolved = (
                    goes_by
                    or _named_in_apposition(body[paragraph], end, counts)
                    or _described(
                        body[paragraph], start, end, mentions, first, printed=people, officers=officers, body=body
                    )
                )
                if resolved is None:
                    resolved = _body_by_kind(speaker.text, mentions, first, printed, body)
                if resolved is None:
                    resolved = _introduced_next(body, mentions, first, speaker.text)
                if resolved is None:
                    resolved = _identified_next(body, mentions, first, speaker.text)
                if resolved is None:
                    resolved = _role_printed_before(body, first, speaker.text)
                role_gender = _GENDERED_ARTICLES.get(_fold(speaker.text.split()[0]))
                if (
                    resolved is None
                    and last_speaker is not None
                    and _someone_by_role(speaker.text)
                    and not _is_body(last_speaker)
                    and (
                        (last_speaker_paragraph >= first[0] - 2 and genders.get(last_speaker) in (None, role_gender))
                        # further back only when the gender is known to agree: "die Biologin X" … "die Forscherin"
                        or (last_speaker_paragraph == first[0] - 3 and genders.get(last_speaker) == role_gender)
                    )
                ):
                    resolved = last_speaker  # "« … », a déclaré la biologiste X", then "« … », résume la chercheuse"
            elif _somewhere(body[paragraph][bare[0] : bare[1]]) and (
                apposed := _named_in_apposition(body[paragraph], end, counts)
            ):
                resolved = apposed  # "ucap Kepala BBKSDA Papua Barat, Markus Rumbiak, saat …": the name, not the place
            else:
                name = full_name_at.get((paragraph, start)) or " ".join(body[paragraph][bare[0] : bare[1]].split())
                fuller = _full_name(name, names)
                if fuller == name and " " not in name:
                    fuller = _firm_named(name, printed, first) or fuller  # "Halmera" for "PT Halmera Nickel Industri"
                if not _is_descriptor(_fold(fuller.split()[0]), {}):
                    name = fuller  # but "Bernd K." stays himself after "Bauunternehmer Bernd K."
                resolved = name if name != speaker.text else None
        elif item.inherit:
            resolved = last_speaker
        elif item.in_paragraph:
            mention = _latest(mentions, first)
            introduced = _latest_printed(people, first, first[0])
            announced = _announced_by(body[first[0]], introduced, first[1])
            if announced is not None:
                # "Entwarnung wollte DWD-Meteorologe Stefan Oberholzer aber nicht geben: „…“": the one the
                # sentence names before its colon.
                resolved = _full_name(announced, names)
            elif mention is not None and mention.paragraph == first[0]:
                resolved = mention.name
            elif (described_at := _described_opening(body[first[0]], first[1])) is not None and (
                by_role := _described(
                    body[first[0]], *described_at, mentions, first, printed=people, officers=officers, body=body
                )
            ):
                # "Le chercheur met toutefois en garde contre … « … »": the one that description stood for.
                resolved = by_role
            elif _pronoun_subject(body[first[0]], first[1]) or last_speaker_paragraph == first[0]:
                # "Pour une marée …, il brûle … « Faites le calcul. »"; "…, sagte sie. „Wir hängen …“"
                resolved = last_speaker
            elif introduced is not None:
                # "Deutlicher wurde der SPD-Haushälter Gerrit Osterkamp, der … hatte. „…“": the one the
                # paragraph introduced, subject or not.
                resolved = _full_name(introduced.name, names)
        elif item.kind is QuoteKind.DIRECT and item.speaker is None and item.cue is None:
            reported = found[number - 1] if number > 0 else item
            paragraph, _, reported_end = reported.parts[-1]
            if reported.speaker is not None and reported.speaker[0] == paragraph:
                reported_end = max(reported_end, reported.speaker[2])  # "…, sagte Katrin Felber (SPD) am Nachmittag."
            if (
                number > 0
                and reported.kind in (QuoteKind.INDIRECT, QuoteKind.MIXED)
                and reported.speaker is not None
                and paragraph == first[0] - 1
                and last_speaker_paragraph == paragraph
                and (
                    _ENDS_PARAGRAPH.fullmatch(body[paragraph], reported_end)
                    or _LAST_SENTENCE_TAIL.fullmatch(body[paragraph], reported_end)
                )
            ):
                # "Skipper Gethin Pryce said he had thought …", "Joan Pettifer … said the library was ‘…’." then
                # their words, unattributed
                resolved = last_speaker
            elif last_speaker_paragraph < first[0] - 1 and first[0] - 1 not in quoted_paragraphs:
                introduced = _latest_printed(people, first, first[0] - 1)
                for _ in range(3):
                    if introduced is None or not (
                        _names_a_facility(body[introduced.paragraph], introduced.offset)
                        or _PLACE_PREPOSITION_BEFORE.search(
                            body[introduced.paragraph], max(0, introduced.offset - 12), introduced.offset
                        )
                    ):
                        break
                    # "Pensioner Margaret Hollis has used Hollin Moor library …", "Charter captain Dale Kowalczyk
                    # has fished out of Knife River …": a place is no one; the one before it
                    introduced = _latest_printed(people, (introduced.paragraph, introduced.offset), first[0] - 1)
                if introduced is None or introduced.paragraph != first[0] - 1 or _somewhere(introduced.name):
                    # "Pemilik rumah, Suparman (45), masih ingat …": one name, introduced but never printed in full;
                    # never "… di Kecamatan Alang-Alang Lebar", where, not who
                    before = _count_before(mentions, first)
                    introduced = next(
                        (
                            mentions[at]
                            for at in range(before - 1, -1, -1)
                            if mentions[at].paragraph < first[0] - 1 or not _somewhere(mentions[at].name)
                        ),
                        None,
                    )
                if introduced is not None and introduced.paragraph == first[0] - 1 and not introduced.name.isupper():
                    # "Parmi eux, Gwenaëlle Cabon, infirmière libérale, qui …." then her words alone: the one the
                    # paragraph before introduced, when no one spoke there.
                    resolved = _full_name(introduced.name, names)
        if resolved is None and speaker is None and item.kind is QuoteKind.DIRECT and not item.nested:
            resolved = _speaker_nearby(
                body,
                item.parts,
                people,
                names,
                last_speaker=last_speaker,
                last_speaker_paragraph=last_speaker_paragraph,
            )
        short = speaker.text.split()[-1] if speaker is not None else ""
        if resolved is None and speaker is not None and short in acronyms and len(speaker.text.split()) <= 2:
            resolved = acronyms[short]  # "SGON said", "Die MRB bezeichnete" after "… Regionalbahn (MRB)"
        elif resolved is None and speaker is not None and " " not in speaker.text:
            resolved = _short_form_of(body, speaker.text, mentions, first, people)  # "kata Kemlu", "kata Menag"
        elif resolved is not None and (speaker is None or table.is_pronoun(speaker.text)):
            *article, short_form = resolved.split()
            if short_form in acronyms and (not article or (len(article) == 1 and _fold(article[0]) in _DETERMINERS)):
                resolved = acronyms[short_form]  # "a-t-elle prévenu" after "selon la DGAC": the body in full
        shown = resolved or (speaker.text if speaker is not None else "")
        if shown[-2:-1] == " " and shown[-1:].isupper() and shown + "." in names:
            resolved = shown + "."  # "sagte Markus H. Die …": the initial's full stop that also ended the sentence
        elif _INITIALS_WITHOUT_LAST_STOP.search(shown) and any(shown + "." in text for text in body):
            resolved = shown + "."  # "Lorena M.G., ha reconocido": the last initial keeps its full stop
        if resolved is not None and resolved[:4] in ("the ", "The ") and _is_body(resolved):
            resolved = resolved[4:]  # "the agency" is "Urban Redevelopment Authority", without its article
        if resolved is None and speaker is not None and _ELIDED_ARTICLE.match(speaker.text):
            resolved = speaker.text[2:]  # "L'Asloca salue …": the body's name without its article
        elif (
            resolved is None
            and speaker is not None
            and speaker.text[:4] in ("The ", "the ")
            and speaker.text[4:5].isupper()
            and " " in speaker.text[4:].strip()
            and _is_body(speaker.text[4:])
        ):
            resolved = speaker.text[4:]  # "The Delhi High Court on Wednesday directed …": the body's name
        if resolved is not None and resolved in known_as:
            resolved = known_as[resolved]
        called = resolved or (" ".join(speaker.text.split()) if speaker is not None else None)
        if called is not None and called in aliases:
            resolved = aliases[called]  # "kata Gus Rofiq" after "KH Ahmad Rofiqi atau yang akrab disapa Gus Rofiq"
        if (item.kind is not QuoteKind.INDIRECT or speaker is not None) and not item.nested:
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


# One particle and one capitalised word after an office: where it is held, not who holds it ("von der Leyen" has two).
_OF_A_PLACE = re.compile(r"(?:von|vom|aus|of|de|du|del|van)[ \t\u00a0]+[A-ZÀ-Ý][\w'’-]+")


def _without_focus_word(body: Sequence[str], item: _Found) -> _Found:
    """``item`` with a focus word before its speaker's name left out: ``Auch Wehrle`` is Wehrle."""
    if item.speaker is None:
        return item
    paragraph, start, end = item.speaker
    words = _words(body[paragraph], start, end)
    if len(words) > 1 and words[0].folded in _FOCUS_WORDS and body[paragraph][words[1].start].isupper():
        return attrs.evolve(item, speaker=(paragraph, words[1].start, end))
    return item


# German adjectives fronted before "zeigte sich": "Zufrieden zeigte sich auch Trainer X".
_FRONTED_MOODS = frozenset(
    """enttäuscht erleichtert zufrieden unzufrieden begeistert verärgert gelassen kritisch selbstkritisch skeptisch
    optimistisch zuversichtlich überrascht stolz glücklich froh traurig frustriert sauer bedient ernüchtert""".split()  # noqa: SIM905
)
_GERMAN_PREPOSITIONS = frozenset("nach vor in an auf bei mit von zu aus über unter während seit hinter neben".split())  # noqa: SIM905
_APPOSITION_AFTER = re.compile(
    r"(?:[ \t\u00a0](?:(?:der|des|of|de|del|du|von|vom|for|at|que|who|qui)[ \t\u00a0]|[A-ZÀ-Ý(])"
    r"[^,.;:!?“”\"«»„\n]{0,60})?"  # "… der Studie", "… del Siglo XVIII y Goya del museo": the rest of the office
    r",[ \t\u00a0]+([^,.;:!?“”\"«»„\n]{3,60}?)(?=[,.;]|$)"
)


def _named_in_apposition(text: str, end: int, counts: _NameCounts) -> str | None:
    """The person a described speaker is, named in an apposition right after: ``sagt die Erstautorin der Studie,
    die Biologin Hannah Lorenz.``"""
    counsel = _COUNSEL_APPOSED.match(text, end)
    if counsel is not None:
        return " ".join(counsel.group(1).split())  # "La defensa, ejercida por el letrado Fermín Ugalde, …": him
    apposition = _APPOSITION_AFTER.match(text, end)
    if apposition is None:
        return None
    words = _words(text, apposition.start(1), apposition.end(1))
    if words and words[0].folded in _DETERMINERS:
        words = words[1:]
    if not words or not all(text[word.start].isupper() for word in words):
        return None
    bare = _bare_name(text, words[0].start, words[-1].end, counts)
    if bare is None or not _is_person_name(text, _words(text, *bare)):
        return None
    return " ".join(text[bare[0] : bare[1]].split())


# A description whose relative clause gives the name the person goes by: "a resident of the condominium, who only
# wanted to be known as Aina, said", "una vecina, que pidió ser identificada como Rosa,", "une habitante, qui se fait
# appeler Nadia,".
_KNOWN_AS = re.compile(
    r",[ \t\u00a0]+(?:who|que|qui|die|der)[ \t\u00a0][^,.;:!?“”\"«»„]{0,60}?"
    r"(?:known|identified|named|called|identificad[ao]|identificó|llamad[ao]|appeler|appelée?|nommée?|genannt)"
    r"(?:[ \t\u00a0]+(?:only|solo|solamente|seulement|nur))?(?:[ \t\u00a0]+(?:as|como|comme|by))?[ \t\u00a0]+"
    r"([A-ZÀ-Ý][\w'’-]+(?:[ \t\u00a0]+[A-ZÀ-Ý][\w'’-]+)?),"
)


# A name, then the short one friends use: "KH Ahmad Rofiqi atau yang akrab disapa Gus Rofiq".
_ALIAS = re.compile(
    r"((?:[A-ZÀ-Ý][\w'’.-]*[ \t\u00a0]+){1,4}[A-ZÀ-Ý][\w'’-]+),?[ \t\u00a0]+atau[ \t\u00a0]+(?:yang[ \t\u00a0]+)?"
    r"(?:(?:akrab|biasa|kerap)[ \t\u00a0]+)?(?:disapa|dipanggil|dikenal(?:[ \t\u00a0]+dengan)?)[ \t\u00a0]+"
    r"([A-ZÀ-Ý][\w'’-]+(?:[ \t\u00a0]+[A-ZÀ-Ý][\w'’-]+){0,2})"
)


def _aliases(body: Sequence[str]) -> dict[str, str]:
    """Short names the copy says a person goes by, each with the full name (its titles left out)."""
    found: dict[str, str] = {}
    for text in body:
        for match in _ALIAS.finditer(text):
            words = match.group(1).split()
            while len(words) > 2 and _is_title(_fold(words[0]).rstrip(".")):
                words = words[1:]  # "KH Ahmad Rofiqi": the name without the title
            found.setdefault(" ".join(match.group(2).split()), " ".join(words))
    return found


def _known_as(text: str, end: int) -> str | None:
    """The name a described speaker goes by, given in the relative clause right after the description."""
    known = _KNOWN_AS.match(text, end)
    return None if known is None else " ".join(known.group(1).split())


# The counsel who acts for a party, apposed to it: "La defensa, ejercida por la abogada Marta Rius,", "La defensa,
# que ejerce el letrado Mario Quintanilla,".
_COUNSEL_APPOSED = re.compile(
    r"(?:[ \t\u00a0]+de[ \t\u00a0]+[A-ZÀ-Ý][\w'’-]+)?,[ \t\u00a0]+"  # "La defensa de Escobedo,"
    r"(?:ejercida[ \t\u00a0]+por|que[ \t\u00a0]+ejerce)[ \t\u00a0]+"
    r"(?:el|la)[ \t\u00a0]+(?:letrad[oa]|abogad[oa])[ \t\u00a0]+"
    r"([A-ZÀ-Ý][\w'’-]+(?:[ \t\u00a0]+[A-ZÀ-Ý][\w'’-]+){1,3}),"
)


# A name apposed between commas, initials included: "Der Angeklagte, Herbert K., bekannte sich".
_APPOSED_NAME = re.compile(r",[ \t\u00a0]+([A-ZÀ-Ý][\w'’-]+(?:[ \t\u00a0]+[A-ZÀ-Ý][\w'’-]*\.?){1,2}),")
_INITIALS_ONLY = re.compile(r"(?:[A-ZÁÉÍÓÚÑ]\.){2,5}(?![\w.])")
_COUNTRY_INITIALS = frozenset(["U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "A.D.", "B.C."])
# Someone's own words named by a possessive: "Ihr Fazit: „…“", "Seine Antwort: …" (never "Sein Anwalt").
_STATEMENT_WORDS = (
    r"(?:Fazit|Antwort|Bilanz|Ablehnung|Begründung|Botschaft|Appell|Kommentar|Worte|Forderung|Prognose|Ziel|Motto"
    r"|Devise)"
)
_OWN_STATEMENT = re.compile(r"([Ss]eine?|[Ii]hre?)[ \t\u00a0]+" + _STATEMENT_WORDS)
# Someone's own words named by their genitive: "Lehmkuhls Fazit: „…“", "Müllers Antwort: …".
_NAMED_STATEMENT = re.compile(r"([A-ZÄÖÜ][\w-]+?)s[ \t\u00a0]+" + _STATEMENT_WORDS)
# Number words before or opening a run of capitalised nouns: "zu vier Jahren Haft", "Sechs Jahre und drei Monate
# Haft": a quantity, no one.
_NUMBERS = frozenset(
    """zwei drei vier fünf sechs sieben acht neun zehn elf zwölf two three four five six seven eight nine ten
    eleven twelve dos tres cuatro cinco seis siete ocho nueve diez deux trois quatre cinq sept huit neuf dix""".split()  # noqa: SIM905
)
_AGE_WORDS = frozenset(["tahun", "years", "year", "old", "jahre", "años", "ans"])  # "perempuan 48 tahun itu"
# Names of one office: a description by one stands for a person introduced by another.
_SAME_OFFICE = {
    **{"dt": "entrenador", "técnico": "entrenador", "míster": "entrenador", "preparador": "entrenador"},
    **{"cheftrainer": "trainer"},
    **{"bundestrainer": "trainer", "coach": "trainer", "nationaltrainer": "trainer", "pelatih": "trainer"},
    **{"skipper": "captain", "boss": "trainer", "manager": "trainer"},  # a football club's manager is its coach
    **{"magistrat": "juge", "magistrate": "judge", "magistrado": "juez", "magistrada": "jueza", "justice": "judge"},
    **{"letrado": "abogado", "letrada": "abogada", "avocate": "avocat"},
    **{"regidor": "alcalde", "regidora": "alcaldesa", "edil": "concejal", "edila": "concejala"},
    # Abbreviated titles stand for the office: "Gov. Ellen Marchetti" is "the Republican governor".
    **{"gov": "governor", "sen": "senator", "rep": "representative", "pres": "president", "prof": "professor"},
    **{"gen": "general", "col": "colonel", "capt": "captain", "sgt": "sergeant", "lt": "lieutenant"},
}
_LAST_SENTENCE_TAIL = re.compile(r"[’”\"»]?[^.!?“”\"«»„\n]{0,120}[.!?][ \t\u00a0\u202f]*")  # " (SPD) am Nachmittag."
_ENDS_PARAGRAPH = re.compile(r"[ \t\u00a0\u202f]*[’”\"'»“]?[.!?]?[ \t\u00a0\u202f]*")
# Texts that stand for their authors: "the statement said" (whoever issued it), "señala la resolución" (the court).
_DOCUMENTS = frozenset(
    """statement communiqué comunicado mitteilung erklärung letter lettre carta brief keterangan siaran schreiben
    stellungnahme""".split()  # noqa: SIM905
)
# "Der Angeklagte, der …, ließ über seinen Verteidiger eine Erklärung verlesen": who issued the text the quote is from.
_ISSUER = re.compile(
    r"(?:^|(?<=[.!?][ \t\u00a0\u202f]))([A-ZÀ-Ý](?:\.|[^\s,.!?]*)(?:[ \t\u00a0\u202f]+[^\s,!?]+){0,3}?)"
    r"(?:,[^.!?]{0,120},)?"  # a relative clause after the subject
    r"[ \t\u00a0\u202f]+(?:ließ|hat|hatte|veröffentlichte|issued|released|published|a publié|publicó|emitió)"
    r"[ \t\u00a0\u202f][^.!?]{0,80}?\b(?:eine|ein|a|an|un|une|una)[ \t\u00a0\u202f]+(?:\w+[ \t\u00a0\u202f]+)?"
    r"(?:Erklärung|Mitteilung|Schreiben|Stellungnahme|statement|communiqué|comunicado)\b"
)
# A filing and whose it is: "el recurso de la defensa", "the appeal by the defence", "le recours de l'avocat".
_OWNED_FILING = re.compile(
    r"(?:el|la|the|le|der|die)\s+(?:recurso|escrito|demanda|querella|appeal|lawsuit|recours|plainte|klage|berufung)"
    r"\s+(?:de|del|of|by|du|des|der)\s+(.{3,80})",
    re.IGNORECASE,
)
_RULINGS = frozenset(
    "ruling judgment verdict resolución sentencia fallo auto urteil beschluss jugement arrêt décision putusan".split()  # noqa: SIM905
)


_COURTS = frozenset("court tribunal gericht juzgado audiencia sala cour pengadilan bench".split())  # noqa: SIM905


_POSSESSIVE_DESCRIPTION = re.compile(r"(?:its|their|the \w+['’]s)(?: \w+){0,2} (\w+)", re.IGNORECASE)
_APPOSITION = re.compile(r",[ \t\u00a0\u202f]+([^,.;:!?]{1,80})[,.;]")


def _introduced_next(body: Sequence[str], mentions: list[_Mention], where: tuple[int, int], said_by: str) -> str | None:
    """``in what its director called "…"``, then ``Dr Miriam Achterberg, the museum's director, said``: named next.

    Only a possessive office (``its director``) looks ahead, to the next person named within four paragraphs
    with that office in an apposition.
    """
    match = _POSSESSIVE_DESCRIPTION.fullmatch(" ".join(said_by.split()))
    if match is None or not _is_title(_fold(match.group(1))):
        return _named_next_with_office(mentions, where, said_by)
    office = _fold(match.group(1))
    for mention in mentions[_count_before(mentions, where) :]:
        if mention.paragraph > where[0] + 4:
            break
        text = body[mention.paragraph]
        name_end = text.find(mention.name.split()[-1], mention.offset) + len(mention.name.split()[-1])
        apposed = _APPOSITION.match(text, name_end)
        if apposed is not None and office in {_fold(word) for word in apposed.group(1).split()}:
            return mention.name
        if office in mention.titles:
            return mention.name  # "…, the council leader, Joanne Pickersgill, said": the office before the name
    return None


def _named_next_with_office(mentions: list[_Mention], where: tuple[int, int], said_by: str) -> str | None:
    """``in what the housing minister has described as "…"``, then ``The housing minister, Alison Frayne, will …``:
    a definite office no one before held, named with every word of it within the next two paragraphs."""
    words = [_fold(word) for word in said_by.split()]
    if (
        len(words) >= 3
        and words[0] in _DEFINITE_SINGULAR
        and _is_title(words[1])
        and words[2] in _OF
        and not _is_title(words[-1])
    ):
        # "El entrenador del Tomba reconoció …" in a standfirst, then "El director técnico de Godoy Cruz, Gustavo
        # Pellegrini, …": the same office, named next
        office = _SAME_OFFICE.get(words[1], words[1])
        for mention in mentions[_count_before(mentions, where) :]:
            if mention.paragraph > where[0] + 2:
                break
            if " " in mention.name and office in {_SAME_OFFICE.get(title, title) for title in mention.titles}:
                return mention.name
        return None
    if len(words) < 3 or words[0] not in _DEFINITE_SINGULAR or not _is_title(words[-1]):
        return None
    later = mentions[_count_before(mentions, where) :]
    for mention in later:
        if mention.paragraph > where[0] + 2:
            break
        if " " in mention.name and set(words[1:]) <= mention.titles:
            return mention.name
    # "… announced by the environment secretary, who said …", then "Laura Pennington told MPs …": the person who
    # opens the next paragraph, named there for the first time.
    opener = next((mention for mention in later if mention.paragraph == where[0] + 1), None)
    earlier = {mention.name for mention in mentions[: _count_before(mentions, where)]}
    if (
        opener is not None
        and len(words) <= 3  # an office alone, not "the daughter of one resident"
        and opener.offset == 0
        and " " in opener.name
        and not _is_body(opener.name)
        and opener.name not in earlier
    ):
        return opener.name
    return None


_ROLE = re.compile(r"(?<!\w)(?:[Dd]er|[Dd]ie|[Tt]he|[Ee]l|[Ll]a|[Ll]e|[Ll]'|[Ll]’)[ \t\u00a0\u202f]*([\w-]+)")


def _someone_by_role(said_by: str) -> bool:
    """``la chercheuse``, ``the researcher``: a definite article and a word for a person's trade."""
    words = [_fold(word) for word in said_by.split()]
    return (
        len(words) == 2
        and words[0] in _DEFINITE_SINGULAR
        and words[1].endswith(_PERSON_ENDINGS)
        and not _is_organisation(words[1])
        and words[1] not in _COLLECTIVES
    )


def _role_printed_before(body: Sequence[str], where: tuple[int, int], said_by: str) -> str | None:
    """``der 52-Jährige`` when the copy names no one: the role printed last before (``der Hauptangeklagte``).

    Court reports keep a defendant unnamed; the age is a second description of the one the lede introduced.
    """
    words = said_by.split()
    if len(words) != 2 or not _fold(words[1]).endswith(_ANYONE_SUFFIXES):
        return None
    paragraph, offset = where
    for number in (paragraph, paragraph - 1):
        if number < 0:
            break
        end = offset if number == paragraph else len(body[number])
        text = body[number]
        roles = [match for match in _ROLE.finditer(text, max(0, end - 600), end) if _fold(match.group(1)) in _ANYONE]
        if roles:
            return " ".join(text[roles[-1].start() : roles[-1].end()].split())
    return None


_AGED_NAME = re.compile(r",[ \t\u00a0\u202f]*\d{1,3},")


def _identified_next(body: Sequence[str], mentions: list[_Mention], where: tuple[int, int], said_by: str) -> str | None:
    """The delayed lede: ``A former investment adviser … told jurors …``, then ``…, Bradley Kessinger, 54, said``.

    Only an English indefinite description in the first paragraph looks ahead, to a person introduced with an
    age in the next one.
    """
    described = said_by.split()
    if where[0] != 0 or described[0].casefold() not in ("a", "an") or len(described) < 3:
        return None
    for mention in mentions[_count_before(mentions, where) :]:
        if mention.paragraph > 1:
            break
        if mention.paragraph == 1 and " " in mention.name:
            text = body[1]
            name_end = text.find(mention.name.split()[-1], mention.offset) + len(mention.name.split()[-1])
            if _AGED_NAME.match(text, name_end):
                return mention.name
    return None


def _is_a(description: str, texts: frozenset[str]) -> bool:
    """Whether a short description names one of ``texts``: ``the statement``, ``la resolución``."""
    words = description.split()
    return 1 < len(words) <= 3 and _fold(words[-1]) in texts


_THEN = frozenset(["entonces", "then", "damalige", "damaligen", "damaliger", "alors"])


def _court_named_before(body: Sequence[str], where: tuple[int, int], said_by: str) -> str | None:
    """``The court, however, noted …`` after ``The Delhi High Court on Wednesday granted bail``: the court's name,
    the last capitalised run holding the court word, in the same paragraph or the seven before."""
    court = _fold(said_by.rsplit(maxsplit=1)[-1])
    if court == "bench":
        court = "court"  # "the bench" of Indian court reports: the court that sat
    for paragraph in range(where[0], max(-1, where[0] - 8), -1):
        text = body[paragraph]
        end = where[1] if paragraph == where[0] else len(text)
        words = _words(text, 0, end)
        for index in range(len(words) - 1, -1, -1):
            word = words[index]
            if not text[word.start].isupper() or not (word.folded == court or word.folded.endswith(court)):
                continue
            start = index
            while (
                start > 0
                and text[words[start - 1].start].isupper()
                and _gap_is_space(text, words[start - 1], words[start])
            ):
                start -= 1
            while start < index and words[start].folded in _DETERMINERS:
                start += 1  # "The Delhi High Court": the name without its article
            if start < index or word.folded != court:
                named = " ".join(text[words[start].start : word.end].split())
                return named if named.casefold() != said_by.casefold() else None
        courts = list(_FRENCH_COURT.finditer(text, 0, end))  # the last one before the quote
        if courts and _fold(courts[-1].group(1).split()[0]) == court:
            return " ".join(courts[-1].group(1).split())  # "le tribunal correctionnel de Marseille" in lower case
    return None


# French and Spanish courts print their kind in lower case: "le tribunal correctionnel de Marseille".
_FRENCH_COURT = re.compile(
    r"(?<!\w)(?:[Ll]e|[Ll]a|[Ee]l)[ \t\u00a0\u202f]+((?:tribunal|cour|juzgado|audiencia)"
    r"(?:[ \t\u00a0\u202f]+[a-zà-ÿ'’]+){0,3}[ \t\u00a0\u202f]+(?:de|d['’]|du)[ \t\u00a0\u202f]*[A-ZÀ-Ý][\w-]+)"
)


# Words for a body by its kind: "the company said" is the company named before.
_KINDS_OF_BODY = frozenset(
    """company firm empresa compañía entreprise société compagnie unternehmen konzern perusahaan perseroan emiten
    gremio""".split()  # noqa: SIM905
)


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _body_by_kind(
    said_by: str,
    mentions: Sequence[_Mention],
    where: tuple[int, int],
    printed: Sequence[tuple[int, int, str]],
    body: Sequence[str],
) -> str | None:
    """``the company``, ``la empresa``: the body named last before (see ``_latest_body``), when it is a company.

    With no body among the people introduced lately, the company printed last before, further back; then the name
    printed right after the same noun (``la compagnie Brittia``); then, for ``the company``, a name that a business
    noun or a ``which`` clause marks as a firm. Another noun (``the council``, ``la cofradía``) is the body printed
    last before whose name holds it.
    """
    words = [_fold(word) for word in _ELISION.sub(r"\g<0> ", said_by).split()]  # "l'entreprise" as two words
    if len(words) != 2 or words[0] not in _DEFINITE_SINGULAR | {"l'", "l’"}:
        return None
    if words[1] not in _KINDS_OF_BODY:
        # "the council" for "Powys County Council", "la cofradía" for "Cofradía de Pescadores de Cedeira": the body
        # printed last before whose name holds the noun
        for name in _printed_before(printed, where):
            owner = _POSSESSIVE_END.sub("", name)  # "Powys County Council's cabinet voted": the council
            if words[1] in {_fold(word) for word in owner.split()} and _is_body(owner):
                return owner
        return None
    if words[1] == "gremio":  # "el gremio afirmó" after "La Cámara Peruana de la Minería (CPM) rechazó …"
        return _latest_body(mentions, where, body) or next(
            (n for n in _printed_before(printed, where) if _is_body(n)), None
        )
    return (
        _latest_body(mentions, where, body)
        or _firm_before(printed, where)
        or _kind_named_before(body, where, words[1])
        or (_firm_by_its_clause(body, printed, where) if said_by[:4].casefold() == "the " else None)
    )


def _kind_named_before(body: Sequence[str], where: tuple[int, int], kind: str) -> str | None:
    """``la compagnie`` after ``a annoncé la compagnie Brittia``: the name printed right after the same noun, in the
    same paragraph or the three before."""
    for paragraph in range(where[0], max(-1, where[0] - 4), -1):
        text = body[paragraph]
        stop = where[1] if paragraph == where[0] else len(text)
        named = [found for found in _KIND_THEN_NAME.finditer(text, 0, stop) if _fold(found.group(1)) == kind]
        if named:
            return " ".join(named[-1].group(2).split())
    return None


def _firm_by_its_clause(
    body: Sequence[str], printed: Sequence[tuple[int, int, str]], where: tuple[int, int]
) -> str | None:
    """``the company`` after ``owned by Casco Bay Harvest, which employs …`` or ``The developer, Afon Renewables,``:
    the name printed last before, within three paragraphs, that a business noun or a ``which`` clause marks as a
    firm."""
    before = bisect.bisect_left(printed, where, key=lambda name: name[:2])
    for paragraph, offset, name in reversed(printed[max(0, before - 60) : before]):
        if paragraph < where[0] - 3:
            break
        text = body[paragraph]
        if _WHICH_AFTER.match(text, offset + len(name)) or _BUSINESS_BEFORE.search(text, max(0, offset - 40), offset):
            return name
    return None


_WHICH_AFTER = re.compile(r",[ \t\u00a0]+which\b")
_BUSINESS_BEFORE = re.compile(
    r"(?:developer|operator|owner|manufacturer|producer|retailer|carrier|insurer|lender|supplier|contractor|"
    r"builder|miner|maker|processor|distributor|chipmaker|carmaker|automaker|airline|brewer|drugmaker|utility)"
    r",?[ \t\u00a0]+$"  # "The developer, Afon Renewables,", "Chilean miner Minera Andina del Sur"
)


_KIND_THEN_NAME = re.compile(
    r"(?<![\w'’])(\w+)[ \t\u00a0]+([A-ZÀ-Ý][\w'’-]+(?:[ \t\u00a0]+[A-ZÀ-Ý][\w'’-]+){0,3})"
)  # "la compagnie Brittia", "el grupo Hiperahorro": a kind of body, then its name


# Legal forms and words that make a body a company: "PT … Tbk.", "… GmbH", "… plc".
_COMPANY_WORDS = frozenset(
    """pt tbk persero ltd limited plc inc llc gmbh ag se corp corporation bhd sa sl sas nv bv company bank group
    groupe grupo gruppe""".split()  # noqa: SIM905
)


def _is_company(name: str) -> bool:
    """``PT Bank Nusantara Sejahtera Tbk.``, ``Hessler Antriebstechnik GmbH``: a firm by its legal form."""
    return any(_fold(word).rstrip(".") in _COMPANY_WORDS for word in name.split())


def _printed_before(printed: Sequence[tuple[int, int, str]], where: tuple[int, int], reach: int = 60) -> Iterator[str]:
    """The names printed before ``where``, the latest first, ``reach`` of them at most (no copy of the list)."""
    before = bisect.bisect_left(printed, where, key=lambda name: name[:2])
    return (printed[at][2] for at in range(before - 1, max(-1, before - 1 - reach), -1))


def _firm_named(word: str, printed: Sequence[tuple[int, int, str]], where: tuple[int, int]) -> str | None:
    """The firm printed before with its legal form whose name holds ``word``: ``PT Halmera Nickel Industri``."""
    return next(
        (name for name in _printed_before(printed, where) if _is_company(name) and word in name.split()[1:]), None
    )


def _firm_before(printed: Sequence[tuple[int, int, str]], where: tuple[int, int]) -> str | None:
    """The company printed last before ``where``, among the last sixty names: a business story is about one firm."""
    return next((name for name in _printed_before(printed, where) if _is_company(name)), None)


def _latest_body(mentions: Sequence[_Mention], where: tuple[int, int], body: Sequence[str]) -> str | None:
    """The body named last before ``where``, within a few paragraphs.

    A body named inside the apposition or relative clause of another (``Pasir Laut Energy, which is
    owned by Tirta Raya Group,``) gives way to the one it describes.
    """
    before = _count_before(mentions, where)
    recent = mentions[max(0, before - 10) : before]
    for at in range(len(recent) - 1, -1, -1):
        mention = recent[at]
        if mention.paragraph < where[0] - 3:
            break
        if _is_body(mention.name):
            if at > 0:
                head = recent[at - 1]
                text = body[mention.paragraph]
                if (
                    head.paragraph == mention.paragraph
                    and _is_body(head.name)
                    and _DESCRIBED_AFTER.match(text, head.offset + len(head.name), mention.offset)
                ):
                    return head.name
            return mention.name
    return None


# What follows a body's name to describe it, up to another body's name: "…, which is majority owned by …",
# "…, a joint venture between …".
_DESCRIBED_AFTER = re.compile(r",[ \t\u00a0]+(?:which|a|an)[ \t\u00a0][^.;:!?\"“”]*$")


_COLLECTIVES = frozenset(
    """government gobierno gouvernement regierung patronal direction dirección direktion defensa défense club
    sistema système system firm firma empresa entreprise société unternehmen konzern army armée ejército junta
    consejo conseil rat statement comunicado communiqué erklärung mitteilung report informe rapport bericht texte
    text study studie estudio étude survey umfrage encuesta enquête plateforme platform plataforma plattform
    network réseau red netzwerk jury jurado prosecution defence defense fiscalía acusación gremio""".split()  # noqa: SIM905
)  # bodies and documents: "la patronal" is no person named before


def _count_before(mentions: Sequence[_Mention], where: tuple[int, int]) -> int:
    """How many mentions come before ``where``."""
    return bisect.bisect_left(mentions, where, key=lambda mention: (mention.paragraph, mention.offset))


def _latest_printed(printed: Sequence[tuple[int, int, str]], where: tuple[int, int], reach: int) -> _Mention | None:
    """The person printed in full last before ``where``, from paragraph ``reach`` on, subject or not."""
    index = bisect.bisect_left(printed, where, key=lambda name: (name[0], name[1])) - 1
    for back in range(index, max(-1, index - 3), -1):  # "Miriam Feldhaus von der Universität Bonn"
        paragraph, offset, name = printed[back]
        if paragraph < reach:
            break
        if not _is_body(name) and not _is_place(name) and not _is_street(name):
            return _Mention(paragraph, offset, name, frozenset())  # "lived on Riverside Walk": where, not who
    return None


# A name after an elided article: "L'Asloca", "l'Union sociale pour l'habitat" (never "l'avocat de …").
_ELIDED_ARTICLE = re.compile(r"[Ll]['’][A-ZÀ-Ý]")
_JUDGES = frozenset(["judge", "justice", "magistrate"])
_UNNAMED = re.compile(
    r"(?<!\w)(?:[Aa]n?|[Oo]ne|[Uu]na?|[Uu]ne|[Ee]ine?|[Ss]eorang)(?:[ \t\u00a0\u202f]+[\w'’.-]+){1,4}"
)


def _heads_its_sentence(text: str, offset: int) -> bool:
    """Whether the name at ``offset`` is its sentence's subject: only capitalised title words come before it."""
    starts = _sentence_starts(text)
    start = starts[bisect.bisect_right(starts, offset) - 1]
    before = _words(text, start, offset)
    # "Wexford boss Paddy Culleton": a team or a body, then the office, then the name
    titled = not before or _is_title(before[0].folded) or _is_title(before[-1].folded)
    return titled and all(
        text[word.start].isupper() or word.folded in _CONNECTORS or word.folded in _AND or _is_title(word.folded)
        for word in before
    )


def _someone_new(description: str) -> bool:
    """Whether a description introduces someone the copy does not name: ``A PMC official``, ``the mother of a
    former patient``."""
    words = [_fold(word) for word in description.split()]
    return bool(words) and (words[0] in _INDEFINITE or any(word in _INDEFINITE for word in words[2:]))


def _introduced_unnamed(before: str, noun: str) -> str | None:
    """The last indefinite description in ``before`` whose head is ``noun`` and that names no one after it."""
    found: str | None = None
    for match in _UNNAMED.finditer(before):
        words = _words(before, match.start(), match.end())
        head = next((at for at in range(1, len(words)) if words[at].folded == noun), None)
        if head is not None and not _NAME_AFTER.match(before, words[head].end):
            found = before[match.start() : words[head].end]
    return found


_NAME_AFTER = re.compile(r",?[ \t\u00a0\u202f]+[A-ZÀ-Ý]\w+[ \t\u00a0\u202f]+[A-ZÀ-Ý]")  # "a spokesman, Tom Reed"


def _later(mention: _Mention | None, other: _Mention | None) -> str | None:
    """The name of whichever of two people was named later."""
    if mention is None or other is None:
        found = mention or other
        return found.name if found is not None else None
    return max(mention, other, key=lambda person: (person.paragraph, person.offset)).name


# A court officer's office right before a name: "Verteidiger Maximilian Ortner", "Justice Meenakshi Raghavan", or in
# apposition, "El fiscal, Gonzalo Ibarretxe," (but "A preguntas de su abogado, Ruiz-Tagle ha explicado" names the
# defendant, whom his lawyer questions).
_OFFICES = "|".join(sorted(_COURT_OFFICERS | {"justice"}))
_OFFICER_BEFORE = re.compile(
    r"(?<!\w)(?:" + _OFFICES + r")[ \t\u00a0\u202f]*$"
    r"|(?<!\w)(?<!\bsu )(?<!\bhis )(?<!\bher )(?<!\bson )(?<!\bsa )(?:"
    + _OFFICES
    + r")[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*$",
    re.IGNORECASE,
)


_COLON_BEFORE_MARK = re.compile(r":[ \t\u00a0\u202f]*\S{0,2}[ \t\u00a0\u202f]*$")


def _announced_by(text: str, person: _Mention | None, quote_start: int) -> str | None:
    """The person printed in the sentence whose colon opens the quote at ``quote_start``, if any."""
    if person is None or quote_start - person.offset > 400:
        return None  # a sentence that long names someone in passing
    if not _COLON_BEFORE_MARK.search(text, max(0, quote_start - 6), quote_start):
        return None
    starts = _sentence_starts(text)
    same = bisect.bisect_right(starts, person.offset) == bisect.bisect_right(starts, quote_start - 1)
    if not same or _is_body(person.name) or "," in text[person.offset : quote_start]:
        # "Interrogé sur … son capitaine Yanis Belkacem, …, l'entraîneur est resté prudent:": a subject comes after
        return None
    return person.name


# Endings of nouns for people, never of things ("chercheur", "Klimaforscherin"; not "jugement", "Winter").
_SOMEONE_ENDINGS = ("eur", "euse", "rice", "ienne", "iste", "ière", "erin", "istin", "entin", "antin", "ista")


def _described_opening(text: str, quote_start: int) -> tuple[int, int] | None:
    """The description that opens the paragraph before a quote in it: ``Le chercheur met … « … »``."""
    words = _words(text, 0, min(quote_start, 80))[:3]  # the article, the noun and one word more
    if len(words) < 3 or words[0].start > 2 or words[0].folded not in _DEFINITE_SINGULAR:
        return None
    head = words[1]
    if not (_is_title(head.folded) or _is_role(head.folded) or head.folded.endswith(_SOMEONE_ENDINGS)):
        return None
    if not _gap_is_space(text, words[0], head) or text[head.end : head.end + 1] in ("'", "’"):
        return None
    if text[head.end : head.end + 1] == "," and words[2].folded not in _RELATIVES:
        return None  # "La ministre, Claire Dubois," names her; "El exalcalde, que hizo uso …," describes him
    return words[0].start, head.end


# The short forms Indonesian copy uses for ministries and their ministers, with the words of the long form.
_SHORT_MINISTRIES = {
    "kemlu": "kementerian luar negeri",
    "kemenlu": "kementerian luar negeri",
    "kemenkeu": "kementerian keuangan",
    "kemenkes": "kementerian kesehatan",
    "kemenag": "kementerian agama",
    "kemendagri": "kementerian dalam negeri",
    "kemenhan": "kementerian pertahanan",
    "kemenhub": "kementerian perhubungan",
    "kemensos": "kementerian sosial",
}
_SHORT_MINISTERS = {
    "menlu": ("menteri", "luar", "negeri"),
    "menkeu": ("menteri", "keuangan"),
    "menkes": ("menteri", "kesehatan"),
    "menag": ("menteri", "agama"),
    "mendagri": ("menteri", "dalam", "negeri"),
    "menhan": ("menteri", "pertahanan"),
    "menhub": ("menteri", "perhubungan"),
    "mensos": ("menteri", "sosial"),
}


def _short_form_of(
    body: Sequence[str],
    short: str,
    mentions: Sequence[_Mention],
    where: tuple[int, int],
    printed: Sequence[tuple[int, int, str]],
) -> str | None:
    """A ministry or minister by its short form: the long form printed in the copy, or the minister named before."""
    folded = _fold(short)
    if folded in _SHORT_MINISTRIES:
        long_form = _SHORT_MINISTRIES[folded]
        for text in body:
            at = text.casefold().find(long_form)
            if at >= 0:
                return " ".join(text[at : at + len(long_form)].split())  # "Kementerian Luar Negeri" as printed
        return None
    office = _SHORT_MINISTERS.get(folded)
    if office is None:
        return None
    before = _count_before(mentions, where)
    for mention in reversed(mentions[:before]):
        if set(office) <= mention.titles:
            return mention.name  # "kata Menag" after "Menteri Agama Syamsul Arifin Harahap"
    # The minister printed after the office, subject or not.
    holder = _printed_after(body, printed, where, 0, lambda before: set(office) <= before)
    return holder.name if holder is not None else None


def _by_surname_or_first_name(word: str, names: set[str]) -> str | None:
    """The one full name printed that ends or begins with ``word`` (``Kang`` for ``Kang Dong-hoon``)."""
    fuller = {
        name for name in names if (name.endswith(" " + word) or name.startswith(word + " ")) and not _is_body(name)
    }
    return fuller.pop() if len(fuller) == 1 else None


# Initials whose last full stop a name scan left behind: "M.G" of "Lorena M.G.", "J.M.R" of "J.M.R.".
_INITIALS_WITHOUT_LAST_STOP = re.compile(r"(?<![\w.])(?:[A-ZÀ-Ý]\.)+[A-ZÀ-Ý]$")


def _full_name(name: str, names: set[str]) -> str:
    """``Weidemann`` as ``Jonas Weidemann`` when the copy printed exactly one such full name.

    Two words or more may also sit inside it: ``Ngurah Putra`` for ``I Gusti Ngurah Putra Arsana``.
    """
    fuller = {other for other in names if other.endswith(" " + name)}
    if not fuller and " " in name and not _is_body(name):
        fuller = {
            other
            for other in names
            if f" {name} " in f" {other} " and other != name and all(word[:1].isupper() for word in other.split())
        }  # a person's name, every word capitalised: never "Sindicato de Maquinistas de Metro de Madrid"
    return fuller.pop() if len(fuller) == 1 else name


_LIST_GOES_ON = re.compile(r"(?:,[ \t\u00a0]*|[ \t\u00a0]+(?:y|and|und|et|dan|e)[ \t\u00a0]+)[A-ZÀ-Ý]")


def _listed_after_of(text: str, words: Sequence[_Word], before: int) -> bool:
    """Whether the word after ``before`` continues a list of capitalised words that an ``of`` opens: ``de
    Agricultura, Pesca, Agua y …``."""
    at = before
    while at >= 1 and text[words[at].start].isupper() and text[words[at].end : words[at + 1].start].strip() == ",":
        at -= 1
    return at < before and words[at].folded in _OF and not text[words[at].start].isupper()


_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?:out of|in|at|near|into|across)[ \t\u00a0]+$")


def _word_after_name(text: str, start: int) -> _Word | None:
    """The first lower-case word after the capitalised name printed at ``start`` (within 120 characters)."""
    words = _words(text, start, min(len(text), start + 120))
    return next(itertools.dropwhile(lambda word: text[word.start].isupper(), words), None)


def _names_a_facility(text: str, start: int) -> bool:
    """Whether the name printed at ``start`` is followed by a facility noun: ``Hollin Moor library``."""
    following = _word_after_name(text, start)
    return following is not None and following.folded in _FACILITIES


_FACILITIES = frozenset(
    """library school station hospital park road street bridge church mosque market centre center estate mill farm
    stadium museum beach lake river square hall airport harbour harbor port pool theatre theater""".split()  # noqa: SIM905
)


def _verb_follows(text: str, start: int) -> bool:
    """Whether a lower-case word that may be a verb follows the name printed at ``start``: not a copula ("Bester
    Werfer war Kapitän Felix Ammann" says who the subject is) nor an office ("Long-serving Matildas defender …")."""
    following = _word_after_name(text, start)
    return (
        following is not None
        and following.folded not in _COPULAS
        and not _is_title(following.folded)
        and not _is_role(following.folded)
        and not following.folded.endswith(("er", "or", "ist", "eur"))  # "defender", "striker": a person noun
    )


_PUBLIC_PROSECUTION = re.compile(r"(?:el|la) representante del ministerio (?:público|fiscal)")
_PROSECUTORS = frozenset(["fiscal", "fiscala"])


def _party(
    nouns: set[str],
    mentions: list[_Mention],
    index: int,
    where: tuple[int, int],
    printed: Sequence[tuple[int, int, str]],
    *,
    printed_officers: frozenset[str],
    aged: bool = False,
    body: Sequence[str] = (),
    gender: str | None = None,
) -> str | None:
    """``der Angeklagte``, ``der 52-Jährige``, ``the defendant``: the latest person named, never a court officer.

    An ``aged`` description (``the 22-year-old``) is the subject of a sentence that names someone else after it.
    """
    officers: set[str] = set()
    if nouns & _ANYONE:  # "der Angeklagte" after "Verteidiger Georg Pammer": not the defence lawyer
        officers = {
            mention.name
            for mention in mentions[:index]
            if mention.titles & _COURT_OFFICERS or _fold(mention.name.split()[0]) in _COURT_OFFICERS
        } | printed_officers  # "Richter Thomas Brandl": the office printed as part of the name
    anyone = next(
        (
            mention
            for mention in reversed(mentions[max(0, index - 5) : index])
            if not _is_body(mention.name)
            and (" " in mention.name or _INITIALS_ONLY.fullmatch(mention.name))  # "J.M.R." is someone too
            and mention.name not in officers
            and not _is_compound(mention.name)  # "Stühle und Tische" is no one
        ),
        None,
    )
    if nouns & _ANYONE and body and (convicted := _convicted(body, printed, where)) is not None:
        return convicted  # "le tribunal … a condamné Gérard Lemaire, 71 ans, …", then "Le prévenu, lui, avait assuré"
    if nouns & _ANYONE and (anonymised := _only_anonymised(body, printed, gender)) is not None:
        return anonymised  # "Der Angeklagte" in a story that names one "Markus S.": the press keeps him anonymous
    printed_last = _latest_printed(printed, where, where[0] - 1)
    if printed_last is not None and (printed_last.name in officers or _is_compound(printed_last.name)):
        printed_last = None
    if aged and anyone is not None and _subject_over_object(anyone, printed_last, printed, body):
        return anyone.name
    return _later(anyone, printed_last)


# A sentence, a charge or a trial's verb right before the one it names: the defendant of the story.
_CONVICTED_BEFORE = re.compile(
    r"(?:condamné|condamnée|condamne|sentenced|convicted|charged|verurteilt|verurteilte|condenó|condenado|condenada"
    r"|juzgado|juzgada|jugé|jugée|acusó|anklagte|angeklagt)"  # never "juge", "condena": the judge, the sentence
    r"(?:[ \t\u00a0]+(?:à|a|al|le|la|den|die|on|ce|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)){0,2}"
    r"[ \t\u00a0]+$"
)


_ANONYMISED = re.compile(r"[A-ZÀ-Ý][\w-]+ [A-ZÀ-Ý]\.")


def _only_anonymised(body: Sequence[str], printed: Sequence[tuple[int, int, str]], gender: str | None) -> str | None:
    """The one person printed with a first name and an initial (``Markus S.``), leaving out those an article before
    the name gives another gender (``die 79-jährige Hilde W.`` is no ``der Angeklagte``) when the ``body`` is given."""
    anonymised = {name for _, _, name in printed if _ANONYMISED.fullmatch(name)}
    for paragraph, offset, name in printed if body and gender is not None and anonymised else ():
        before = _words(body[paragraph], max(0, offset - 30), offset)[-2:]
        if before and before[-1].folded.endswith(_ANYONE_SUFFIXES):
            before = before[:-1]  # "die 79-jährige Hilde W.": the article before her age
        article = _GENDERED_ARTICLES.get(before[-1].folded) if before else None
        if article is not None and article != gender:
            anonymised.discard(name)
    return anonymised.pop() if len(anonymised) == 1 else None


def _convicted(body: Sequence[str], printed: Sequence[tuple[int, int, str]], where: tuple[int, int]) -> str | None:
    """The person a court sentenced, charged or tried, named right after the verb, last before ``where``."""
    index = bisect.bisect_left(printed, where, key=lambda name: (name[0], name[1])) - 1
    for back in range(index, max(-1, index - 12), -1):
        paragraph, offset, name = printed[back]
        if _CONVICTED_BEFORE.search(body[paragraph], max(0, offset - 40), offset) is not None and " " in name:
            return name
    return None


def _affiliated_person(body: Sequence[str], mentions: Sequence[_Mention], affiliation: _Mention) -> _Mention | None:
    """The person a body was printed for, in the same sentence just before it: "El entomólogo Javier Lozano, de la
    Universidad de Valencia, …" (the body is where he works, he is who spoke)."""
    at = _count_before(mentions, (affiliation.paragraph, affiliation.offset))
    person = next((m for m in reversed(mentions[max(0, at - 3) : at]) if m.name != affiliation.name), None)
    if person is None or person.paragraph != affiliation.paragraph or _is_body(person.name) or " " not in person.name:
        return None
    text = body[affiliation.paragraph]
    between = text[person.offset : affiliation.offset]
    if len(between) > 160 or _SENTENCE_END.search(between) is not None:
        return None
    return person


def _subject_over_object(
    subject: _Mention, other: _Mention | None, printed: Sequence[tuple[int, int, str]], body: Sequence[str]
) -> bool:
    """Whether ``subject`` heads the sentence that names ``other`` after its verb: "Anggraeni beat Japan's Haruka
    Mizuno …", then "the 22-year-old told" is Anggraeni, though Mizuno was printed last."""
    return (
        bool(body)
        and other is not None
        and subject.paragraph == other.paragraph
        and subject.offset < other.offset
        and any(name == subject.name for _, _, name in printed)
        and _verb_follows(body[subject.paragraph], subject.offset)
        and _SENTENCE_END.search(body[subject.paragraph], subject.offset, other.offset) is None
    )


def _described(
    text: str,
    start: int,
    end: int,
    mentions: list[_Mention],
    where: tuple[int, int],
    *,
    printed: Sequence[tuple[int, int, str]] = (),
    officers: frozenset[str] = frozenset(),
    body: Sequence[str] = (),
) -> str | None:
    """``the minister``: the latest person introduced with that title (never for ``a``/``un`` descriptions).

    ``printed`` (people printed in full, in reading order) lets ``the 24-year-old`` be someone named as an object.
    """
    words = _words(text, start, end)
    if (
        len(words) >= 2
        and words[-1].folded in _DEMONSTRATIVES
        and (not text[words[0].start].isupper() or (len(words) >= 4 and _is_title(words[0].folded)))
    ):  # "Pelatih asal Belanda itu" opens its sentence
        # "warga tersebut", "perwira menengah Polri itu": the person just described.
        nouns = {
            word.folded
            for word in words[:-1]
            if not word.folded.isdigit() and word.folded not in _AGE_WORDS and word.folded not in _PLACE_PREPOSITIONS
        }  # "pebulu tangkis asal Kudus itu" shares no noun with "unggulan kedua asal Denmark"
        index = bisect.bisect_left(mentions, where, key=lambda mention: (mention.paragraph, mention.offset))
        recent = mentions[max(0, index - 5) : index]
        for mention in reversed(recent):
            if nouns & (mention.titles | {_fold(word) for word in mention.name.split()}):
                return mention.name
        for mention in reversed(recent):  # "pemain yang akrab disapa Kiki itu": the person named last
            named = " " in mention.name or mention.titles  # "Seorang pedagang, Maemunah": one name, described
            if named and not any(_is_organisation(_fold(word)) for word in mention.name.split()):
                return mention.name
        return None
    if len(words) == 1 and _is_title(words[0].folded):
        # "ujar Kapolres": a title alone is the latest person introduced with it ("Coach" for a "pelatih" too).
        before = _count_before(mentions, where)
        office = _SAME_OFFICE.get(_in_office(words[0].folded), _in_office(words[0].folded))  # "exregidor": regidor
        for mention in reversed(mentions[max(0, before - 20) : before]):
            held = {_SAME_OFFICE.get(_in_office(title), _in_office(title)) for title in mention.titles}
            if office in held or words[0].folded in {_fold(w) for w in mention.name.split()}:
                return mention.name
        return None
    if len(words) == 2 and words[0].folded in ("his", "her") and words[1].folded in ("honour", "honor"):
        before = _count_before(mentions, where)  # "her Honour said": the judge, as Australian courts call one
        judges = (m for m in reversed(mentions[:before]) if m.titles & _JUDGES or _fold(m.name.split()[0]) in _JUDGES)
        judge = next(judges, None)
        return judge.name if judge is not None else None
    if len(words) == 1 and words[0].folded in _ANYONE:
        # "terdakwa mengatakan": Indonesian needs no article for the defendant the story is about.
        index = bisect.bisect_left(mentions, where, key=lambda mention: (mention.paragraph, mention.offset))
        return _party({words[0].folded}, mentions, index, where, printed, printed_officers=officers)
    if not words or words[0].folded in _INDEFINITE or words[0].folded == "one" or words[0].folded not in _DETERMINERS:
        return None  # "a spokesman", "one foreign oil company executive": someone new
    if _PUBLIC_PROSECUTION.fullmatch(" ".join(word.folded for word in words)):
        # "ha afirmado el representante del Ministerio Público" after "El fiscal, Luis Carmona, …": the prosecutor
        before = _count_before(mentions, where)
        prosecutor = next(
            (m for m in reversed(mentions[max(0, before - 20) : before]) if m.titles & _PROSECUTORS and " " in m.name),
            None,
        )
        return prosecutor.name if prosecutor is not None else None
    if len(words) == 2 and words[0].folded in _DEFINITE_SINGULAR:
        introduced = _introduced_unnamed(text[:start], words[1].folded)
        if body and words[0].folded == "the":
            named_since = {paragraph for paragraph, _, _ in printed if paragraph < where[0]}
            the_noun = re.compile(r"(?<!\w)the[ \t\u00a0]+" + re.escape(words[1].folded) + r"(?!\w)", re.IGNORECASE)
            for back in range(where[0] - 1, max(-1, where[0] - 4), -1):
                if introduced is not None or (
                    back < where[0] - 1 and back + 1 in named_since and not the_noun.search(body[back + 1])
                ):
                    # "A Georgia judge ruled …", then "Judge Marisol Whitfield wrote": named since (but "Prosecutor
                    # Claire Dunmore told the court the postman …" speaks of the same postman)
                    break
                introduced = _introduced_unnamed(body[back], words[1].folded)  # "… a doctor said …" shortly before
        if introduced is not None:
            return introduced  # "A PMC official, however, claimed … "…," the official said": the one just introduced
    if any(word.folded in _INDEFINITE or word.folded == "one" for word in words[2:]):
        return None  # "the daughter of one victim": someone new, known by whom they belong to
    framed = next((at for at in range(2, len(words)) if words[at].folded in _FRAME_PREPOSITIONS), len(words))
    if len(words) >= 4 and _is_title(words[1].folded) and words[2].folded in _OF:
        framed = 2  # "El DT de la Academia": the office, whoever it belongs to
    words = words[:framed]  # "der Angeklagte vor dem Schöffensenat", "the judge at the hearing": the frame is not who
    nouns = {
        _in_office(word.folded)
        for word in words[1:]
        if word.folded not in _CONNECTORS and word.folded not in _DETERMINERS and word.folded not in _THEN
    }  # "el entonces alcalde" for "el exalcalde …": the office, then or former
    index = bisect.bisect_left(mentions, where, key=lambda mention: (mention.paragraph, mention.offset))
    if nouns and all(noun in _ANYONE or noun.endswith(_ANYONE_SUFFIXES) for noun in nouns):
        aged_only = all(noun.endswith(_ANYONE_SUFFIXES) for noun in nouns)
        earlier = _said_before(body, " ".join(word.folded for word in words), where) if aged_only else None
        if earlier is not None and _opens_sentence(body[earlier[0]], earlier[1]):
            right_after = _NAMED_RIGHT_AFTER.match(body[earlier[0]], earlier[2])
            if right_after is not None:
                return " ".join(right_after.group(1).split())  # "Der 34-jährige Benedikt Aigner, …": named right there
            # "Die 26-Jährige aus Berchtesgaden war … Zweite, … hinter der Norwegerin X." then "sagte die
            # 26-Jährige": whom the same description stood for where it was first printed
            where = earlier[:2]
            index = bisect.bisect_left(mentions, where, key=lambda mention: (mention.paragraph, mention.offset))
        gender = _GENDERED_ARTICLES.get(words[0].folded)  # "der Angeklagte", "la acusada"
        return _party(
            nouns, mentions, index, where, printed, printed_officers=officers, aged=aged_only, body=body, gender=gender
        )
    heads = {words[1].folded, words[-1].folded} if len(words) > 1 else set()  # "el mandatario departamental"
    if heads and any(head in _GENERIC_PEOPLE or head.endswith(_GENERIC_SUFFIXES) for head in heads):
        # "el funcionario", "die SPD-Politikerin": the latest person introduced with an office.
        for mention in reversed(mentions[max(0, index - 5) : index]):
            holds_office = any(_is_title(title) for title in mention.titles)
            if holds_office and not any(_is_organisation(_fold(word)) for word in mention.name.split()):
                return mention.name
        # "hat NRW-Schulministerin Katrin Wessendorf Entgegenkommen signalisiert" with no cue: the person printed last
        printed_last = _latest_printed(printed, where, where[0] - 1)
        return printed_last.name if printed_last is not None else None
    offices = {_SAME_OFFICE.get(_in_office(noun), _in_office(noun)) for noun in nouns}
    head = words[1].folded if len(words) == 3 and _is_title(words[1].folded) else None  # "el preparador gallego"
    for mention in reversed(mentions[max(0, index - 20) : index]):
        held = {_SAME_OFFICE.get(_in_office(t), _in_office(t)) for t in mention.titles}
        if nouns and (
            nouns <= {_in_office(t) for t in mention.titles} or (offices <= held and not _is_body(mention.name))
        ):
            return mention.name  # "el DT" for "el entrenador de Boca, Martín Ledesma"
        if head is not None and _SAME_OFFICE.get(head, head) in held:
            return mention.name  # the office with an adjective: "el preparador gallego"
        if len(nouns) == 1 and len(next(iter(nouns))) >= 8 and any(t.endswith(next(iter(nouns))) for t in held):
            return mention.name  # "die Ministerin" for "Bauministerin Katrin Lemberg": a German compound office
        last = words[-1].folded
        if len(words) <= 4 and _is_title(last) and _SAME_OFFICE.get(last, last) in held:
            return mention.name  # "The India captain" for "India captain Aditya Rao"; "The Danish coach", the manager
        if nouns and nouns <= {_fold(word) for word in mention.name.split()}:
            return mention.name  # "the Monetary Authority" for "the Monetary Authority of Singapore"
    aged = any(noun.endswith(_ANYONE_SUFFIXES) for noun in nouns)  # "the 19-year-old centre" is someone
    if (
        words[0].folded not in _DEFINITE_SINGULAR
        or not nouns
        or (
            not aged
            and any(_is_organisation(noun) or noun in _GENERIC_PEOPLE or noun in _COLLECTIVES for noun in nouns)
        )
    ):
        return None
    # "Vandermeulen said … “…,” the rider wrote": a new description of the person named just before.
    gender = _GENDERED_ARTICLES.get(words[0].folded)
    # An office with its complement ("le ministre délégué aux Transports") is someone new unless the paragraph
    # named them; a bare one ("die Theologin", "la investigadora") is the one named before.
    titled = any(_is_title(noun) for noun in nouns)
    complemented = len([noun for noun in nouns if not noun.endswith(_ANYONE_SUFFIXES)]) > 1  # not "31-year-old"
    reach = where[0] if titled and complemented else where[0] - 1
    demonym = words[-1].folded.endswith(_DEMONYM_ENDINGS)
    if demonym and len(words) == 2:
        reach -= 1  # "said the Argentinian" two paragraphs after the coach was named: where one comes from
    someone = titled or words[1].folded.endswith(_PERSON_ENDINGS) or demonym  # "la romancière de 47 ans"
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
    if titled and body:
        offices = {_SAME_OFFICE.get(_in_office(noun), _in_office(noun)) for noun in nouns}
        holder = _printed_after(
            body,
            printed,
            where,
            reach,
            lambda before: any(_SAME_OFFICE.get(_in_office(word), _in_office(word)) in offices for word in before),
        )
        if holder is not None and (
            person is None or (holder.paragraph, holder.offset) > (person.paragraph, person.offset)
        ):
            return holder.name  # "Employment Judge Rachel Amis found …" then "the judge said": not the one named since
    printed_last = _latest_printed(printed, where, reach)
    if someone and person is not None and _subject_over_object(person, printed_last, printed, body):
        return person.name  # "Lotte Claes a remporté … devant la Néerlandaise … et l'Italienne Giulia Ferri"
    return _later(person, printed_last)


_NAMED_RIGHT_AFTER = re.compile(r"[ \t\u00a0]+([A-ZÀ-Ý][\w'’-]+(?:[ \t\u00a0]+[A-ZÀ-Ý][\w'’.-]+){1,2})")


_SAID_BEFORE_WINDOW = 3000


def _said_before(body: Sequence[str], description: str, where: tuple[int, int]) -> tuple[int, int, int] | None:
    """Where ``description`` (folded words) was first printed shortly before ``where``: paragraph, start, end."""
    printed = re.compile(re.escape(description), re.IGNORECASE)  # offsets stay those of the text, unlike casefold()
    for paragraph in range(max(0, where[0] - 3), min(where[0] + 1, len(body))):
        text = body[paragraph]
        stop = where[1] if paragraph == where[0] else len(text)
        found = printed.search(text, max(0, stop - _SAID_BEFORE_WINDOW), stop)  # a bounded look back, linear overall
        if found is not None and (paragraph, found.start()) != where:
            return paragraph, found.start(), found.end()
    return None


def _printed_after(
    body: Sequence[str],
    printed: Sequence[tuple[int, int, str]],
    where: tuple[int, int],
    reach: int,
    fits: Callable[[set[str]], bool],
) -> _Mention | None:
    """The person printed last before ``where`` (from paragraph ``reach`` on) whose three words before it ``fit``:
    ``Employment Judge Rachel Amis``, ``Menteri Agama Syamsul Arifin Harahap``."""
    index = bisect.bisect_left(printed, where, key=lambda name: (name[0], name[1])) - 1
    for back in range(index, -1, -1):
        paragraph, offset, name = printed[back]
        if paragraph < reach:
            break
        if fits({word.folded for word in _words(body[paragraph], max(0, offset - 40), offset)[-3:]}):
            return _Mention(paragraph, offset, name, frozenset())
    return None


def _speaker_nearby(
    body: Sequence[str],
    parts: Sequence[tuple[int, int, int]],
    people: Sequence[tuple[int, int, str]],
    names: set[str],
    *,
    last_speaker: str | None,
    last_speaker_paragraph: int,
) -> str | None:
    """Who spoke sentences quoted with no cue and no speaker any rule above could read: news prints no one's words
    far from their name.

    The one who spoke last, in this paragraph or the one before; two paragraphs back only when the one between
    names no one else (``Tanabe, who had not dropped a set, …`` makes the words hers). Else the person printed first
    after the words, in their paragraph or the next (``“…”`` then ``Hal itu disampaikan Kapolsek … AKP Hendri
    Gunawan``). Never for a title or a few words in marks, which report no one (``“Nature Geoscience”``).
    """
    paragraph, start, end = parts[0]
    words = body[paragraph][start:end].split()
    if len(words) < 4 or all(word[:1].isupper() for word in words):
        return None
    if last_speaker is not None and last_speaker_paragraph >= paragraph - 1:
        return last_speaker
    if last_speaker is not None and last_speaker_paragraph == paragraph - 2:
        between = _latest_printed(people, (paragraph, start), paragraph - 1)
        if between is not None and between.paragraph == paragraph - 1:
            return _full_name(between.name, names)  # someone named in the paragraph between
        return last_speaker
    last_paragraph, _, last_end = parts[-1]
    index = bisect.bisect_left(people, (last_paragraph, last_end), key=lambda name: (name[0], name[1]))
    for after_paragraph, _, name in people[index : index + 3]:
        if after_paragraph > last_paragraph + 1:
            break
        if not _is_body(name) and not _is_place(name) and not _is_street(name):
            return _full_name(name, names)
    return None
