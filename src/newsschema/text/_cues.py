"""Attribution cue tables: data the user can extend.

A :class:`CueTable` lists the words that attribute speech in one language
(or several, merged). The extractor never hard-codes a cue word; it only
reads a table.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from typing import Any

import attrs

__all__ = [
    "CUE_TABLES",
    "FEMININE_TITLE_ENDINGS",
    "HONORIFIC_GENDER",
    "ORGANISATION_WORDS",
    "PRONOUN_GENDER",
    "TITLE_SUFFIXES",
    "TITLE_WORDS",
    "CueTable",
    "cue_table_for",
]


def _words(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise TypeError("expected an iterable of words, not a single string")
    return frozenset(word.strip().lower() for word in value if word.strip())


@attrs.frozen(kw_only=True)
class CueTable:
    """The attribution cues of one or more languages.

    * ``verbs``: reporting verbs, before or after the speaker (``kata``,
      ``said``, ``dijo``, ``sagte``, ``a déclaré``);
    * ``quote_cues``: cues that attribute only right after a closing
      quotation mark (German ``so`` in ``„…“, so Müller``);
    * ``prepositions``: ``menurut``, ``according to``, ``selon``, ``según``, ``laut``;
    * ``clitic_suffixes``: a suffix that turns a cue into its own speaker
      (Indonesian and Malay ``-nya`` in ``tambahnya``);
    * ``pronouns``: speakers that stand for the previous speaker;
    * ``stop_words``: words that end a speaker's name (``in``, ``di``, ``dalam``).

    Words are matched case-insensitively; multi-word cues may be separated by
    any whitespace.

    >>> table = cue_table_for("id").extend(verbs=["cetus"])
    >>> "cetus" in table.verbs and "kata" in table.verbs
    True
    """

    verbs: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    quote_cues: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    prepositions: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    clitic_suffixes: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    pronouns: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    stop_words: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    _compiled: dict[str, Any] = attrs.field(factory=dict, init=False, eq=False, repr=False, hash=False)

    def merge(self, other: CueTable) -> CueTable:
        """Both tables in one (used for text whose language is not known).

        >>> len(cue_table_for("en").merge(cue_table_for("id")).verbs) > len(cue_table_for("en").verbs)
        True
        """
        return CueTable(
            verbs=self.verbs | other.verbs,
            quote_cues=self.quote_cues | other.quote_cues,
            prepositions=self.prepositions | other.prepositions,
            clitic_suffixes=self.clitic_suffixes | other.clitic_suffixes,
            pronouns=self.pronouns | other.pronouns,
            stop_words=self.stop_words | other.stop_words,
        )

    def extend(
        self,
        *,
        verbs: Iterable[str] = (),
        quote_cues: Iterable[str] = (),
        prepositions: Iterable[str] = (),
        clitic_suffixes: Iterable[str] = (),
        pronouns: Iterable[str] = (),
        stop_words: Iterable[str] = (),
    ) -> CueTable:
        """This table with more words.

        >>> cue_table_for("en").extend(verbs=["quipped"]).is_verb("quipped")
        True
        """
        return self.merge(
            CueTable(
                verbs=verbs,
                quote_cues=quote_cues,
                prepositions=prepositions,
                clitic_suffixes=clitic_suffixes,
                pronouns=pronouns,
                stop_words=stop_words,
            )
        )

    def is_verb(self, word: str) -> bool:
        """Whether ``word`` is a reporting verb of this table."""
        return word in self.verbs or _fold(word) in self.verbs  # most callers pass folded words

    def is_pronoun(self, word: str) -> bool:
        """Whether ``word`` stands for a previous speaker (``he``, ``dia``, ``nya``)."""
        if word in self.pronouns or word in self.clitic_suffixes:
            return True  # already folded: the common case
        folded = _fold(word)
        return folded in self.pronouns or folded in self.clitic_suffixes

    def clitic(self, word: str) -> int:
        """The length of the speaker suffix when ``word`` is a cue with a clitic (``tambahnya``: 3), else 0."""
        known: dict[str, int] | None = self._compiled.get("clitic")
        if known is None:
            known = self._compiled["clitic"] = {}
        found = known.get(word)
        if found is None:
            if len(known) > 1 << 16:
                known.clear()  # bounded: adversarial text has endless distinct words
            found = known[word] = self._find_clitic(word)
        return found

    def _find_clitic(self, word: str) -> int:
        folded = _fold(word)
        for suffix in self.clitic_suffixes:
            stem = folded[: -len(suffix)]
            if folded.endswith(suffix) and (stem in self.verbs or stem in self.prepositions):
                return len(suffix)
        return 0

    def phrases(self, kind: str) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Multi-word cues of ``kind`` (``verbs``, ``prepositions``, ``quote_cues``) by first word, longest first."""
        cached = self._compiled.get(kind)
        if cached is None:
            by_first: dict[str, list[tuple[str, ...]]] = {}
            for phrase in getattr(self, kind):
                words = tuple(_fold(word) for word in phrase.split())
                by_first.setdefault(words[0], []).append(words)
            cached = {first: tuple(sorted(found, key=len, reverse=True)) for first, found in by_first.items()}
            self._compiled[kind] = cached
        result: dict[str, tuple[tuple[str, ...], ...]] = cached
        return result


@functools.lru_cache(maxsize=1 << 16)  # wire copy repeats a small vocabulary; 5 MB inputs fold millions of words
def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()  # most words: no normalisation needed
    return unicodedata.normalize("NFC", word).lower()


_ID_VERBS = [
    "tulis",
    "tanya",
    "jawab",
    "pinta",
    "harap",
    "imbau",
    "ajak",
    "keluh",
    "sesal",
    "memastikan",
    "meminta",
    "mengeluh",
    "menulis",
    "mengajak",
    "kata",
    "ujar",
    "ucap",
    "jelas",
    "sebut",
    "papar",
    "tutup",
    "tutur",
    "ungkap",
    "tambah",
    "imbuh",
    "terang",
    "tegas",
    "pungkas",
    "lanjut",
    "sambung",
    "tandas",
    "beber",
    "urai",
    "cetus",
    "tukas",
    "timpal",
    "seloroh",
    "kilah",
    "bantah",
    "dalih",
    "akui",
    "sahut",
    "pesan",
    "kenang",
    "seru",
    "ingat",
    "sergah",
    "cerita",
    "kisah",
    "bilang",
    "mengatakan",
    "menyatakan",
    "menjelaskan",
    "mengungkapkan",
    "menambahkan",
    "menegaskan",
    "memaparkan",
    "menyebut",
    "menyebutkan",
    "mengaku",
    "membantah",
    "menyarankan",
    "mengakui",
    "menekankan",
    "menyampaikan",
    "menuturkan",
    "menerangkan",
    "membeberkan",
    "berkata",
    "mengklaim",
    "menilai",
    "berpendapat",
    "mengimbau",
    "menuturkan",
    "mengingatkan",
    "menandaskan",
    "mengeluhkan",
    "mendesak",  # "Ia juga mendesak Kementerian …, bukan sekadar “…”"
    "melanjutkan",  # "Arif melanjutkan, Pemkot Malang berencana …"
    "mengkritik",
    "menuding",
    "menyayangkan",
]
_MS_VERBS = [
    "kata",
    "ujar",
    "jelas",
    "tambah",
    "tegas",
    "ulas",
    "berkata",
    "menyatakan",
    "memberitahu",
    "menjelaskan",
    "menegaskan",
    "mendakwa",
    "mengulas",
    "menambah",
    "mengumumkan",
]
_EN_VERBS = [
    "said",
    "says",
    "told",
    "added",
    "asked",
    "noted",
    "explained",
    "informed",  # ANTARA English: '"…," head Fitriani Laode informed.'
    "stated",
    "warned",
    "continued",
    "claimed",
    "confirmed",
    "announced",
    "predicted",
    "tweeted",
    "posted",
    "declared",
    "insisted",
    "argued",
    "wrote",
    "acknowledged",
    "admitted",
    "stressed",
    "recalled",
    "replied",
    "responded",
    "testified",
    "remarked",
    "observed",
    "conceded",
    "cautioned",
    "countered",
    "quipped",
    "joked",
    "pleaded",
    "vowed",
    "lamented",
    "recounted",
    "reiterated",
    "emphasized",
    "emphasised",
    "maintained",
    "contended",
    "asserted",
    "complained",
    "agreed",
    "disclosed",
    "denied",
    "denies",
    "described",
    "mentioned",
    "suggested",
    "urged",
    "wondered",
    "concluded",
    "say",
    "tell",
    "affirmed",
    "assured",
    "underlined",
    "highlighted",
    "revealed",
    "expressed",
    "elaborated",
    "clarified",
    "pointed out",
    "went on",
    "answered",
    "commented",
    "reported",
    "alleged",
    "informed",
    "conveyed",
    "promised",
    "pledged",
    "shouted",
    "whispered",
    "sighed",
    "called",
    "described",
    "termed",
    "dismissed",
    "branded",
    "labelled",
    "labeled",
    "accused",  # 'accused the library of "crying wolf"'
    "criticised",
    "criticized",
    "hailed",
    "praised",
    # The present of features and sport: 'Carvalho insists his side will not "panic"'.
    *("insists", "warns", "argues", "admits", "explains", "adds", "recalls", "concedes", "describes"),
]
_ES_VERBS = [
    "escribió",  # in a letter, on social media
    "valoró",  # "ha valorado la sentencia como “un mensaje claro”"
    "prevé",
    "acusó",  # "acusó al Gobierno de «buscar culpables»"
    "considera",  # "La Sala … considera probado que intervino «…»"
    "estima",
    # The present, as features tell it: "“…”, cuenta Lucía Barroso, la restauradora".
    *("cuenta", "explica", "afirma", "asegura", "señala", "dice", "relata", "recuerda", "apunta", "detalla"),
    *("comenta", "subraya", "precisa", "admite", "confiesa", "resume"),
    "alegó",
    "escribe",
    "ha escrito",
    "publicó",
    "tuiteó",
    "habló",
    "dijeron",
    "sostuvieron",
    "decía",
    "decían",
    "explicaba",
    "aseguraba",
    "insistía",
    "contaba",
    "recordaba",
    "lamentaba",
    "reclamó",
    "exigió",
    "ironizó",
    "matizó",
    "zanjó",
    "reprochó",
    "agradeció",
    "alertó",
    "avisó",
    "confirmó",
    "sostiene",
    "añade",
    "reconoce",
    "niega",
    "lamenta",
    "advierte",
    "insiste",
    "dijo",
    "afirmó",
    "aseguró",
    "señaló",
    "explicó",
    "indicó",
    "añadió",
    "agregó",
    "declaró",
    "manifestó",
    "sostuvo",
    "advirtió",
    "subrayó",
    "precisó",
    "comentó",
    "expresó",
    "apuntó",
    "destacó",
    "recalcó",
    "insistió",
    "reconoció",
    "admitió",
    "aclaró",
    "detalló",
    "puntualizó",
    "denunció",
    "criticó",
    "lamentó",
    "recordó",
    "contó",
    "relató",
    "respondió",
    "replicó",
    "concluyó",
    "anunció",
    "confesó",
    "negó",
    "exclamó",
    "preguntó",
    "defendió",
    "remarcó",
    "informó",
    "consideró",
    "reiteró",
    "enfatizó",
    "resaltó",
    "aseveró",
    "sentenció",
    "planteó",
    "calificó",
    "pidió",
    "disparó",
    "lanzó",
    "bromeó",
    "remató",
    "resumió",
    "completó",
    "se quejó",
    "dice",
    "afirma",
    "asegura",
    "explica",
    "señala",
    "considera",
    "sostiene",
    "recuerda",
    "subraya",
    "añade",
    "indica",
    "apunta",
    "critica",
    "denuncia",
    "lamenta",
    "insiste",
    "destaca",
    "precisa",
    "aclara",
    "defiende",
    "alerta",
] + [
    f"ha {participle}"
    for participle in [
        "dicho",
        "afirmado",
        "asegurado",
        "señalado",
        "explicado",
        "indicado",
        "añadido",
        "declarado",
        "advertido",
        "subrayado",
        "destacado",
        "reconocido",
        "lamentado",
        "criticado",
        "denunciado",
        "insistido",
        "recordado",
        "apuntado",
        "manifestado",
        "precisado",
        "aclarado",
        "defendido",
        "sostenido",
        "recalcado",
        "pedido",
        "considerado",
        "reiterado",
        "calificado",
        "replicado",
        "respondido",
        "admitido",
        "alertado",
        "avisado",
        "comentado",
        "expresado",
        "matizado",
    ]
]


def _spanish_plural(singular: str) -> str:
    """The third person plural of a preterite: ``afirmó`` → ``afirmaron``, ``pidió`` → ``pidieron``."""
    if singular.endswith(("uyó", "eyó", "oyó")):
        return singular[:-2] + "yeron"  # concluyó, leyó (but subrayó → subrayaron)
    if singular.endswith("ció") and not singular.endswith(("oció", "eció")):
        return singular[:-1] + "aron"  # anunció, denunció (-ciar)
    if singular.endswith("ió"):
        return singular[:-2] + "ieron"  # pidió, advirtió, reconoció
    return singular[:-1] + "aron"


def _spanish_participle(preterite: str) -> str:
    """The participle of a regular preterite: ``relató`` → ``relatado``, ``insistió`` → ``insistido``."""
    if preterite.endswith(("uyó", "eyó", "oyó")):
        return preterite[:-2] + "ido"  # concluyó → concluido
    if preterite.endswith("ió"):
        return preterite[:-2] + "ido"
    return preterite[:-1] + "ado"


def _spanish_imperfect(preterite: str) -> str:
    """The imperfect of a regular preterite: ``aseguró`` → ``aseguraba``, ``escribió`` → ``escribía``."""
    if preterite.endswith(("uyó", "eyó", "oyó")):
        return preterite[:-2] + "ía"  # concluyó → concluía
    if preterite.endswith("ió") and not (preterite.endswith("ció") and not preterite.endswith(("oció", "eció"))):
        return preterite[:-2] + "ía"
    return preterite[:-1] + "aba"


_ES_PRETERITES = [verb for verb in _ES_VERBS if verb.endswith("ó") and " " not in verb]
# Every preterite in the perfect too ("ha relatado"), as agency Spanish prefers it; an irregular one
# gives a form no text prints, which costs nothing.
_ES_VERBS += [_spanish_plural(verb) for verb in _ES_PRETERITES]
_ES_AUXILIARIES = ("ha", "han", "había", "habían")  # "han señalado a Europa Press que …", "había alegado que …"
_ES_VERBS += sorted(
    {f"{auxiliary} {_spanish_participle(verb)}" for auxiliary in _ES_AUXILIARIES for verb in _ES_PRETERITES}
    - set(_ES_VERBS)
)
# And in the imperfect, as a story tells what someone kept saying or writing ("le escribía: “…”").
_ES_VERBS += sorted({_spanish_imperfect(verb) for verb in _ES_PRETERITES} - set(_ES_VERBS))
_FR_PRESENT = [
    "annonce",  # "« … », annonce Yannick Le Goff, directeur du festival"
    "parle",  # "qui parle d'une « année noire »"
    "tance",
    "fustige",
    "critique",
    "accuse",
    "raille",
    "tacle",
    "relativise",
    "persiste",
    "argue",
    "s'indigne",
    "s’indigne",
    "plaisante",
    "soupire",
    "nuance",
    "tempère",
    "avance",
    "assène",
    "admet",
    "concède",
    "salue",
    "s'agace",
    "s’agace",
    "s'emporte",
    "s’emporte",
    "se félicite",
    "se dit",  # "La Ville se dit « prête à discuter »"
    "se réjouit",
    "sourit",
    "glisse",
    "lâche",
    "souffle",
    "tranche",
    "ironise",
    "détaille",
    "s'exclame",
    "s’exclame",
    "s'amuse",
    "s’amuse",
    "s'inquiète",
    "s’inquiète",
    "déplore",
    "déclare",
    "affirme",
    "estime",
    "juge",
    "souligne",
    "explique",
    "indique",
    "relève",
    "note",
    "rappelle",
    "insiste",
    "ajoute",
    "précise",
    "assure",
    "raconte",
    "témoigne",
    "confie",
    "lance",
    "regrette",
    "dénonce",
    "résume",
    "observe",
    "réplique",
    "poursuit",
    "répond",
    "conclut",
    "martèle",
    "prévient",
    "avertit",
    "commente",
    "reconnaît",
    "dit",
    "réagit",
    "s'insurge",
    "s’insurge",
    "réclame",  # "Il réclame « des embauches, pas des maquettes »" (not "appelle": also what a thing is called)
    "exige",
    # Incise verbs of feature copy: "« … », peste Yann Le Berre, patron du Ker Avel".
    *("peste", "fulmine", "grince", "tonne", "râle", "maugrée", "renchérit", "rétorque", "objecte", "abonde"),
    *("constate", "reprend", "enchaîne", "complète", "jure", "plaide", "espère", "prédit", "blague", "justifie"),
    *("reconnaissait", "admettait", "souriait"),  # imperfects not made from a present in -e
    "analyse",  # "« … », analyse Sophie Reymond, économiste à la BCV"
    *("s'étonne", "s’étonne", "s'alarme", "s’alarme", "s'interroge", "s’interroge", "se désole", "se défend"),
]
_FR_PARTICIPLES = [
    "demandé",  # "a demandé la juge": never the present, which is also a noun ("une demande")
    "déclaré",
    "nié",
    "appelé",  # "a appelé « toutes les parties … »": only with its auxiliary, never "un lieu appelé"
    "dit",
    "affirmé",
    "indiqué",
    "expliqué",
    "ajouté",
    "souligné",
    "estimé",
    "assuré",
    "précisé",
    "confié",
    "insisté",
    "rappelé",
    "prévenu",
    "martelé",
    "répliqué",
    "répondu",
    "lancé",
    "poursuivi",
    "regretté",
    "dénoncé",
    "reconnu",
    "raconté",
    "témoigné",
    "averti",
    "commenté",
    "conclu",
    "annoncé",
    "jugé",
    "noté",
    "relevé",
    "résumé",
    "soutenu",
    "fait valoir",
    "qualifié",
    "réagi",
    "tranché",
    "plaidé",
    "promis",
    "admis",
    "concédé",
    "prédit",
    "écrit",
]
# Every present in -e has its participle too ("ironise" → "a ironisé"), as the wires print both.
_FR_PARTICIPLES += [f"{verb[:-1]}é" for verb in _FR_PRESENT if verb.endswith("e") and verb.isalpha()]
_FR_VERBS = sorted(
    {
        f"{aux} {participle}"
        for aux in (
            *("a", "a-t-il", "a-t-elle", "a-t-on", "ont", "ont-ils", "ont-elles"),
            *("avait", "avaient", "avait-il", "avait-elle"),
        )
        for participle in _FR_PARTICIPLES
    }
)
# The perfect of pronominal verbs, agreeing with their subject: "s'est félicitée", "s’est dite", "se sont inquiétés".
_FR_PRONOMINAL_PARTICIPLES = [
    *("félicité", "indigné", "agacé", "emporté", "réjoui", "exclamé", "amusé", "inquiété", "insurgé", "dit"),
    *("montré", "défendu", "étonné", "alarmé", "désolé", "plaint"),
]
_FR_VERBS += sorted(
    {
        f"{aux} {participle}{agreement}"
        for aux in ("s'est", "s’est", "se sont", "s'était", "s’était", "s'étaient", "s’étaient")
        for participle in _FR_PRONOMINAL_PARTICIPLES
        for agreement in ("", "e", "s", "es")
    }
)
# The third person plural of every present in -e ("estiment", "dénoncent"), and a few irregular ones.
_FR_VERBS += [f"{verb}nt" for verb in _FR_PRESENT if verb.endswith("e") and verb.isalpha()]
_FR_VERBS += ["promet", "promettent", "craint", "craignent", "disent", "affirment"]
# The imperfect of every present in -e, as reportage tells it ("soupirait", "expliquait").
_FR_VERBS += [f"{verb[:-1]}ait" for verb in _FR_PRESENT if verb.endswith("e") and verb.isalpha()]
# Inversions: "explique-t-il" after a vowel, "poursuit-il" after a consonant.
_FR_VERBS += _FR_PRESENT + [
    f"{verb}-t-{pronoun}" if verb[-1] in "eé" else f"{verb}-{pronoun}"
    for verb in _FR_PRESENT
    if " " not in verb  # "se réjouit" inverts as "se réjouit-il", which the tables leave out
    for pronoun in ("il", "elle", "on", "ils", "elles")
]
_DE_VERBS = [
    "fragte",  # "„Wie passt das …?“, fragte die Richterin"
    "bekannte",  # "„Den muss ich machen“, bekannte der 24-Jährige"
    "gestand",
    "fragt",
    "hieß es",
    "heißt es",
    "räumte ein",
    "fügte hinzu",
    "ergänzt",
    "betonen",
    "erklären",
    "sagen",
    "sagte",
    "sagt",
    "erklärte",
    "betonte",
    "bestritt",
    "bestreitet",
    "antwortete",
    "antwortet",
    "verriet",
    "meinte",
    "berichtete",
    "warnte",
    "bestätigte",
    "unterstrich",
    "forderte",
    "kritisierte",
    "schrieb",
    "ergänzte",
    "mahnte",
    "erläuterte",
    "versicherte",
    "bekräftigte",
    "appellierte",
    "beklagte",
    "betont",
    "erklärt",
    "warnt",
    "fordert",
    "kritisiert",
    "meint",
    "berichtet",
    "sagten",
    "erklärten",
    "betonten",
    "warnten",
    "forderten",
    "kritisierten",
    "sprach",
    "nannte",
    "bezeichnete",
    "kündigte an",
    "teilte mit",
    "gab an",
    "gab zu",
    "hob hervor",
    "stellte klar",
    "schimpfte",
    "lobte",
    "zeigte sich",
    "räumt ein",
    "teilt mit",
    "schilderte",
    "schildert",
    "erzählte",
    "erzählt",
    "beschrieb",
    "resümierte",
    "bilanzierte",
    "gestand",
    "beteuerte",
    "versprach",
    "stellte fest",
    "urteilte",
    "argumentierte",
    "begründete",
    "widersprach",
    "entgegnete",
    "erwiderte",
    "konterte",
    "klagte",
    "hoffte",
    "ärgerte sich",  # reflexive: "ärgerte sich Kapitän Moritz Brenner"
    "ärgert sich",
    "freute sich",
    "freut sich",
    "wunderte sich",
    "beschwerte sich",
    "empörte sich",
    "gab sich",
    "sprachen",
    # The present of features: "Die Kuratorin spricht von einem «seltenen Glücksfall»", "hält die Ergebnisse für
    # „sehr belastbar“"; "warf der Regierung vor, … „…“" (the separable verb's particle comes at the end).
    *("spricht", "nennt", "nennen", "lobt", "hält", "warf", "wirft"),
    *("unterstreicht", "mahnt", "schreibt", "beklagt", "bekräftigt", "versichert", "beteuert", "verweist"),
    "ließ",  # "ließ der 54-Jährige über seinen Verteidiger erklären": had it said
    "ließen",
    "lässt",
    "deutete an",
    "deutet an",
    # Participles, for the perfect and pluperfect: "„…“, hatte er gesagt", "Sie hat gesagt: „…“".
    "gesagt",
    "gewarnt",
    "gefordert",
    "geschrieben",
    "gefragt",
    "geantwortet",
    "gemeint",
    "bekräftigt",
    "versichert",
    "beteuert",
    "angekündigt",
    "eingeräumt",
    "zugegeben",
]
_PT_VERBS = [
    "disse",
    "afirmou",
    "declarou",
    "explicou",
    "acrescentou",
    "destacou",
    "ressaltou",
    "salientou",
    "informou",
    "garantiu",
    "assegurou",
    "observou",
    "comentou",
    "frisou",
    "sublinhou",
    "adiantou",
    "referiu",
    "defendeu",
    "admitiu",
    "alertou",
]

CUE_TABLES: dict[str, CueTable] = {
    "id": CueTable(
        verbs=_ID_VERBS,
        quote_cues=["demikian"],  # '"…," demikian keterangan tertulis PT X'
        prepositions=["menurut"],
        clitic_suffixes=["nya"],
        pronouns=["dia", "ia", "beliau", "mereka", "kami"],
        stop_words=[
            "di",
            "dalam",
            "kepada",
            "pada",
            "saat",
            "ketika",
            "usai",
            "seusai",
            "setelah",
            "sebelum",
            "dan",
            "yang",
            "bahwa",
            "dari",
            "kemarin",
            "dengan",
            "senin",
            "selasa",
            "rabu",
            "kamis",
            "jumat",
            "jum'at",
            "sabtu",
            "minggu",
            "mengutip",
            "sambil",
            "seraya",
            "sembari",
            "seperti",
            "sebagaimana",
            "melalui",
            "lewat",
        ],
    ),
    "ms": CueTable(
        verbs=_MS_VERBS,
        prepositions=["menurut"],
        clitic_suffixes=["nya"],
        pronouns=["beliau", "dia", "mereka"],
        stop_words=["di", "dalam", "kepada", "pada", "ketika", "semasa", "dan", "yang", "bahawa"],
    ),
    "en": CueTable(
        verbs=_EN_VERBS,
        prepositions=["according to"],
        pronouns=["he", "she", "they", "it", "we"],
        stop_words=[
            "in",
            "at",
            "on",
            "to",
            "of",
            "from",
            "during",
            "after",
            "before",
            "when",
            "while",
            "who",
            "which",
            "that",
            "as",
            "and",
            "but",
            "yesterday",
            "today",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "last",
            "this",
            "earlier",
        ],
    ),
    "es": CueTable(
        verbs=_ES_VERBS,
        prepositions=["según", "de acuerdo con", "a juicio de", "en palabras de", "para"],
        pronouns=["él", "ella", "ellos", "ellas"],
        stop_words=[
            "en",
            "ante",
            "durante",
            "tras",
            "que",
            "quien",
            "y",
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "viernes",
            "sábado",
            "domingo",
        ],
    ),
    "fr": CueTable(
        verbs=_FR_VERBS,
        prepositions=["selon", "d'après", "d’après", "pour"],
        pronouns=["il", "elle", "ils", "elles", "on"],
        stop_words=[
            "à",
            "au",
            "aux",
            "en",
            "dans",
            "lors",
            "devant",
            "lundi",
            "mardi",
            "mercredi",
            "jeudi",
            "vendredi",
            "samedi",
            "dimanche",
            "qui",
            "et",
            "sous",
            "avec",
            "après",
            "avant",
            "pendant",
            "depuis",
            "vers",
            "chez",
        ],
    ),
    "de": CueTable(
        verbs=_DE_VERBS,
        quote_cues=["so"],
        prepositions=["laut", "zufolge", "nach angaben von", "nach ansicht", "nach einschätzung", "nach auffassung"],
        pronouns=["er", "sie", "es"],
        stop_words=[
            "in",
            "im",
            "am",
            "an",
            "auf",
            "bei",
            "vor",
            "nach",
            "gegenüber",
            "und",
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonntag",
            "mit",
            "seit",
            "ohne",
            "durch",
            "wegen",
            "während",
            "trotz",
            "beim",
            "unter",
            "unserer",  # "erzählte Yıldız unserer Zeitung": the paper told, not part of the name
            "unserem",
        ],
    ),
    "pt": CueTable(
        verbs=_PT_VERBS,
        prepositions=["segundo", "de acordo com", "conforme"],
        pronouns=["ele", "ela", "eles", "elas"],
        stop_words=["em", "ao", "à", "durante", "após", "que", "e"],
    ),
}
"""The built-in tables by language (``id``, ``ms``, ``en``, ``es``, ``fr``, ``de``, ``pt``)."""


TITLE_WORDS = frozenset(
    """
    mr mrs ms miss dr prosecutor prof sen rep gov gen lt col capt sgt pres hon pak bu bapak ibu herr frau
    minister director chief chairman chairwoman chair president governor mayor manager boss secretary spokesman
    spokeswoman spokesperson officer head executive judge justice senator commissioner inspector superintendent
    coach trainer trainerin captain analyst economist policymaker owner founder deputy vice general attorney lawyer
    professor ceo cfo
    coo cto chancellor ambassador envoy researcher official leader resident teacher student farmer trader vendor
    delegate diplomat prince princess king queen sheriff sultan raja ratu councillor councilor councilwoman councilman
    lawmaker
    worker corporate operating hj drs dra ir kh rev reverend msgr pastor rabbi imam bishop
    kepala ketua menteri gubernur wakil bupati wali kota walikota direktur dirut sekretaris jenderal kapolda kapolres
    kombes pol akbp kompol akp iptu ipda aipda bripka brigjen irjen komjen kanit kasubdit dirreskrimum dirreskrimsus
    kapolsek kapolri kasat kabid kadis kapuskes camat lurah presiden anggota juru bicara jubir pelatih hakim jaksa
    koordinator komisioner pengamat ekonom peneliti dosen guru warga pedagang petani pengusaha manajer plt plh
    deputi asisten staf kasi kapten komandan pangdam danrem dandim rektor dekan penumpang kapolresta kapolrestabes
    ministra ministro consejero consejera presidente presidenta portavoz directora coordinador coordinadora alcalde
    alcaldesa secretario secretaria gobernador gobernadora jefe jefa comerciante vecino vecina delegado delegada
    titular entrenador entrenadora preparador técnico dt concejal concejala edil regidor regidora conselleiro
    conselleira catedrático catedrática profesor profesora investigador investigadora doctor doctora
    professeur professeure chercheur chercheuse
    ministre président présidente porte-parole secrétaire directeur directrice maire préfet procureur procureure
    conseiller conseillère chef responsable délégué juge magistrat magistrate juez jueza magistrado magistrada
    mme mlle madame madam mdm monsieur sr sra srta señor señora doña author abogado abogada letrado letrada
    avocat avocate
    datuk dato datin seri tun hajah puan encik cik mama bapa mas mbak bang kak kang teh daeng om tante opa oma
    bourgmestre échevin échevine député députée sénateur sénatrice adjoint adjointe
    pensioner retiree commuter shopper passenger motorist nurse volunteer fisherman shopkeeper skipper
    dealer broker exporter importer cllr cr coun garda senior developer hotelier member junior sophomore freshman
    kiai kyai ustaz ustad ustadz ustazah habib nyai haji tgk teungku pengasuh
    menlu menkeu menkes menag mendagri menhan menhub mensos mendag mendikbud menpora menparekraf
    """.split()  # noqa: SIM905 - a word list reads better as text
)
"""Words of an official title or a description before a name (``Minister``, ``Kepala``, ``la ministra``)."""

TITLE_SUFFIXES = (
    "vorsteher",
    "vorsteherin",
    "minister",
    "ministerin",
    "direktor",
    "direktorin",
    "chef",
    "chefin",
    "leiter",
    "leiterin",
    "vorsitzende",
    "vorsitzender",
    "präsident",
    "präsidentin",
    "sprecher",
    "sprecherin",
    "meister",
    "meisterin",
    "vorstand",
    "vorständin",
    "sekretär",
    "sekretärin",
    "vize",
    "loge",
    "login",
    "führer",
    "führerin",
    "senator",
    "senatorin",
    "politiker",
    "politikerin",
    "abgeordnete",  # SPD-Abgeordnete, Bundestagsabgeordneter
    "abgeordneter",
    "haushälter",  # Grünen-Haushälterin: a party's budget spokesperson
    "haushälterin",
    "experte",
    "expertin",
    "forscher",
    "forscherin",
    "ökonom",
    "ökonomin",
    "anwalt",
    "anwältin",
    "richterin",  # not "richter": Richter is a common surname too
    "kurator",
    "kuratorin",
    "historiker",  # Kunsthistoriker
    "historikerin",
    "kritiker",  # Kunstkritiker
    "kritikerin",
    "dramaturg",
    "dramaturgin",
    "regisseur",
    "regisseurin",
    "intendant",
    "intendantin",
    "verteidiger",
    "verteidigerin",
    "beauftragte",
    "beauftragter",
    "stadtrat",
    "kreisrat",
    "landrat",
    "gemeinderat",
    "brandrat",  # Kreisbrandrat
    "rätin",
    "wirt",  # Landwirt, Gastwirt, Hüttenwirtin
    "wirtin",
    "wartin",  # Hüttenwartin (not "-wart": Stewart)
    "kommandant",  # Landesfeuerwehrkommandant
    "kommandantin",
    "bischof",  # Weihbischof, Landesbischöfin
    "bischöfin",
    "kirchenrat",  # Oberkirchenrat (not "-rat": Murat)
    "kirchenrätin",
    "pflegekraft",  # (not "-kraft": the surname Kraft)
    "lehrkraft",
    "fachkraft",
    "torschütze",  # (not "-schütze": the surname Schütze)
    "kapitän",  # Mannschaftskapitän
    "kapitänin",
    "-coach",  # Wolfsburg-Coach
    "trainer",  # Cheftrainer, U23-Trainer
    "trainerin",
    "verteidiger",  # Strafverteidiger
    "verteidigerin",
    "ankläger",
    "anklägerin",
    "richterin",  # (not "-richter": the surname Richter)
)
"""Endings of German compound titles (``Oberbürgermeisterin``, ``Einsatzleiter``, ``GDL-Vorsitzende``)."""


ORGANISATION_WORDS = frozenset(
    """
    ltd limited plc inc llc gmbh corp bhd tbk société entreprise groupe compagnie empresa firma perusahaan unternehmen
    agency management council county department ministry office association union bureau commission authority
    service institute university company bank board committee court police party group center centre foundation press
    corporation administration school college hospital museum post station observatory institution exchange theatre
    race marathon cup championship championships olympics festival panel
    badan dinas kementerian balai stasiun lembaga dewan komisi pengadilan kejaksaan polres polda perum universitas
    mahkamah perkumpulan yayasan asosiasi ikatan persatuan himpunan gabungan koalisi kelompok paguyuban komunitas
    ministerio consejería ayuntamiento sindicato asociación comisión instituto universidad fiscalía audiencia
    tribunal juzgado policía gobierno club fc rovers united athletic wanderers rangers klub unión deportivo atlético
    sv tsv vfl vfb fsv ssv spvgg tsg afc cf
    ministère syndicat association commission institut université parquet préfecture mairie gouvernement
    fédération confédération gendarmerie federation confederation federación confederación cofradía
    ville commune municipio cooperativa coopérative genossenschaft koperasi kammer chambre cámara parlament parlement
    parlamento senat sénat senado assemblée asamblea scuola comité komitee network trust sociedad airways airlines
    minera mining minerals energy resources holdings motors foods petroleum pharmaceuticals logistics shipping metals
    chemicals industries technologies ventures properties realty
    pemerintah kepolisian persib persija persebaya persipura persik persis persita arema
    ministerium gewerkschaft verband verein stiftung behörde partei bündnis netzwerk konzern amt institut universität
    staatsanwaltschaft polizei regierung schule krankenhaus klinikum museum
    """.split()  # noqa: SIM905 - a word list reads better as text
)
"""Nouns of a body that a title's complement names before a person (``National Food Agency Bambang …``)."""

_MALE_HONORIFICS = "mr m pak bapak bapa mas bang kang om opa koh engkoh herr monsieur señor don senhor"
_FEMALE_HONORIFICS = (
    "ms mrs miss madam mdm bu ibu mama mbak teh tante oma cik cici frau mme madame señora sra doña senhora"
)
HONORIFIC_GENDER: dict[str, str] = {
    **dict.fromkeys(_MALE_HONORIFICS.split(), "m"),
    **dict.fromkeys(_FEMALE_HONORIFICS.split(), "f"),
}
"""Honorifics that show a person's gender (``Mr.``, ``Bu``, ``Frau``): used to resolve ``he``/``she``."""

FEMININE_TITLE_ENDINGS = tuple(suffix for suffix in TITLE_SUFFIXES if suffix.endswith("in"))
"""German titles in the feminine (``Ministerin``, ``Sprecherin``): the person they name is a woman."""

PRONOUN_GENDER: dict[str, str] = {
    **dict.fromkeys(["he", "er", "il", "él", "ele"], "m"),
    **dict.fromkeys(["she", "sie", "elle", "ella", "ela"], "f"),
}
"""Singular speaker pronouns that mark gender (German ``sie`` after a cue is read as singular)."""


def _all_languages() -> CueTable:
    merged = CueTable()
    for table in CUE_TABLES.values():
        merged = merged.merge(table)
    return merged


_DEFAULT = _all_languages()


def cue_table_for(language: str | None) -> CueTable:
    """The table for a BCP 47 ``language`` (its primary subtag), or every table merged for ``None``.

    An unknown language gets the merged table too.

    >>> "kata" in cue_table_for("id-ID").verbs, "kata" in cue_table_for("en").verbs
    (True, False)
    """
    if language is None:
        return _DEFAULT
    return CUE_TABLES.get(language.split("-")[0].lower(), _DEFAULT)
