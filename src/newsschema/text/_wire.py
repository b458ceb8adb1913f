"""Wire copy <-> Article: blocks, typed views, and the layout that makes bytes exact.

Reading splits the text into blocks and separators, keeping every byte.
Typed fields (caption parts, dateline, bylines, source credits, body
paragraphs) are views over the blocks; whatever the views do not hold
(separators, padding, glue, BOM, final newline) goes into one
``Extension(namespace="text", name="layout")`` whose value is compact JSON.
Rendering puts the same bytes back.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from newsschema.models import (
    Article,
    Byline,
    BylinePosition,
    Contributor,
    CreditRole,
    Dateline,
    Extension,
    PhotoCaption,
    SourceCredit,
    Timestamp,
)
from newsschema.text._cues import CueTable
from newsschema.text._quotes import find_quotes

__all__ = [
    "DEFAULT_SEPARATOR",
    "LAYOUT_NAME",
    "LAYOUT_NAMESPACE",
    "layout_of",
    "parse_article",
    "parse_caption",
    "parse_source",
    "render_article",
    "render_caption",
    "render_source",
]

LAYOUT_NAMESPACE = "text"
LAYOUT_NAME = "layout"
DEFAULT_SEPARATOR = "\n\n"
HEADER_PREFIX = "%newsschema "
_DEFAULT_LABEL_GLUE = " – "
_DEFAULT_GLUE = " "
_DEFAULT_DATELINE = ("", " ")
_MAX_TYPED_LINE = 2000  # longer lines are body text: keeps the end-anchored patterns cheap

_NEWLINE = re.compile(r"\r\n|\r|\n")
_WS = " \t\u00a0\u202f"

# --------------------------------------------------------------------------- #
# Patterns. Every one is anchored and bounded: no catastrophic backtracking.
# --------------------------------------------------------------------------- #

_DASH = r"(?:--|-|\u2013|\u2014)"
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic|mei|okt|des|mär|dez)[a-z]{0,7}\.?"
_AGENCY = (
    r"(?:Reuters|AP|AFP|CNN|ANTARA|Antara|Bernama|dpa|EFE|Efe|Lusa|UPI|Xinhua|Kyodo|Yonhap|PTI|IANS|ANSA|"
    r"Anadolu|TASS|KCNA|sda|SDA|apa|APA|KNA|epd|ats|ATS|Belga|BELGA|ANP|STT|NTB|TT|PAP|MTI|CTK|Notimex|"
    r"Europa Press|EUROPA PRESS|Prensa Latina|Agerpres|Keystone-SDA|Bloomberg|SID|sid|"
    # More national agencies, as their datelines print them.
    r"Télam|Telam|TELAM|Interfax|RIA Novosti|Sputnik|IRNA|WAFA|MENA|KUNA|QNA|SPA|MAP|APS|NAN|BSS|PNA|VNA|ANI|"
    r"UNI|PA|Jiji|JIJI|TASR|HINA|BTA|Tanjug|Fena|CNA|Andina|ABI|AGI|Adnkronos|LETA|ELTA|BNS|ERR|Ritzau|"
    r"Colpisa|Servimedia|OTR Press|EP|AAP|NZPA|SAPA|ANA|AMNA|Agência Brasil|ABr|"
    # Regional papers that print their own short name as an agency's: Pikiran Rakyat, Waspada.
    r"PR|Waspada)"
)
_CAP = r"[A-ZÀ-ÖØ-Þ]"
_PLACE_WORD = _CAP + r"[\w.'’\-]{0,30}"
_DATELINE = re.compile(
    r"(?P<pad>[ \t]{0,12})(?P<printed>"
    r"(?P<site>(?:"
    + _CAP
    + r"[A-Za-z ]{0,30}, )?KOMPAS\.com|TEMPO\.CO, [A-Z][a-z]{1,30}|Liputan6\.com, [A-Z][a-z]{1,30}"
    r"|(?:[A-Z][a-z]{1,30} )?\(CNN\)|[A-Z][a-z]{1,30}, CNN Indonesia|TRIBUNNEWS\.COM, [A-Z]{2,30}"
    r"|[A-Z][A-Za-z0-9]{2,30}\.com, [A-Z][A-Za-z]{1,30}"
    r"|[A-Z][A-Za-z ]{1,30}, [a-z][a-z0-9]{2,30}\.com"  # "SEMARANG, suaramerdeka.com -"
    r"|[A-Z]{2,20}\.CO\.ID - [A-Z][A-Z ]{1,30})"  # "KONTAN.CO.ID - JAKARTA."
    r"|(?P<place>(?!" + _MONTH + r" \d)" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,3}"  # never "Nov. 26"
    r"(?: \((?!" + _AGENCY + r"\))" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,2}\)(?=,))?"  # "HUARAZ (Perú), 3 mar"
    r"(?:, (?!" + _MONTH + r" \d)" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,2})?"  # a region, never "June 19"
    r"(?:/" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,2})?)?"  # no place: "(Belga) L'Ourthe …"
    r"(?:(?:,? |(?<![\s\S])|(?<=^[ \t]))(?P<date>(?:"
    + _MONTH
    + r" \d{1,2}|\d{1,2}\.? "
    + _MONTH
    + r"|\d{1,2}(?= \()|\d{1,2}/\d{1,2}(?= \())(?: \d{4})?))?"  # the year too: "26 nov 2025"; "14/3 (ANTARA)"
    r"(?:,? ?\((?P<agency>" + _AGENCY + r"(?:/[A-Za-z]{1,10})?|[A-Z][a-z]{2}\. \d{1,2})\))?"
    # The dash, a colon, ".-"; a full stop before a capital ("Heilbronn. Die"); nothing after ")" ("Bonn (KNA) Der").
    r")(?:(?P<dash>[ \t]{0,3}(?:" + _DASH + r"|:|\.-)|\.(?=[ \t]{1,8}[A-ZÀ-Ý])|(?<=\))(?![ \t]*[-–—]))"
    r"(?:(?P<glue>[ \t]{1,8}|(?<=\w\u2014)(?=[A-ZÀ-Ý]))(?=\S)|(?P<ending>[ \t]{0,8}\Z))"
    # Europa Press prints "SEVILLA, 14 (EUROPA PRESS)" on a line of its own, after the lead paragraph.
    r"|(?<=\))(?P<alone>[ \t]{0,8}\Z))"
)
_CAPTION_PREFIX = re.compile(
    r"(?P<label>Foto arsip|Foto|Ilustrasi|Arsip|FILE PHOTO|File photo|FILE|ARCHIVBILD|ARCHIV|Archivbild|Archivfoto|"
    r"Symbolbild|THEMENBILD|Themenbild|ARCHIVO|ARCHIVES|"
    r"\d{1,3} of \d{1,3})"
    r"(?P<glue>[ \t]*(?:--|-|\u2013|\u2014|:|\.)[ \t]*|[ \t]+)(?=\S)"
)
_CREDITS = [
    re.compile("(?:" + pattern + r")\Z")
    for pattern in (
        r"\({0,2}ANTARA FOTO/[^/()\n]{1,60}(?:/[^/()\n]{1,60}){0,3}\.?\){0,2}",
        r"\({0,2}ANTARA/[A-Z][^()\n]{0,80}\.?\){0,2}",
        r"\((?:Photo|Foto|Photograph) by [^()\n]{1,80}\)",
        r"\((?:Handout|HO) [^()\n]{1,60}\)|\([^()\n]{1,60} ?/ ?Handout(?: via Reuters)?\)",
        r"[A-Z]{2,10}/Handout via REUTERS",
        r"(?:REUTERS|Reuters)/[A-Z][\w.\- ]{1,60}(?:/(?:File(?: Photo)?|Pool))?",
        r"\(?AP Photo/[^()\n]{1,60}\)?",
        r"\(AFP(?: PHOTO)?(?:/[^()\n]{1,60})?\)|AFP(?: PHOTO)?/[A-Z][^()\n]{1,60}",
        r"\(c\)AFP/[^\n]{1,60}",
        r"\((?:Foto|Photo): [^()\n]{1,60}\)",
        r"©[ \t]?[^\n©]{1,60}",
        r"\((?:shutterstock|Shutterstock|iStockphoto|Istimewa|Dok\.[^()\n]{0,60})\)",
        # Agency or outlet, then the photographer: "EFE/Pablo Serrano", "KEYSTONE/MARCO ZENHÄUSERN",
        # "(KOMPAS.com/ROSYID HANAFI)", "(CNN Indonesia/Bagas Pradipta)".
        r"\(?(?:EFE|APA|KEYSTONE|EPA|ANP|BELGA|Belga|AAP|ANSA|LUSA|Lusa|BERNAMA|Bernama|XINHUA|Xinhua|YONHAP|"
        r"KOMPAS\.com|Kompas\.com|CNN Indonesia|detikcom|Tribunnews|TEMPO|Tempo)/[^/()\n]{1,60}\)?",
        r"\([^()\n/]{1,60} ?/ ?(?:AFP|AP|EPA|REUTERS|Reuters|dpa|PA|Getty Images)\)",  # "(OLIVIER CHASSAGNE / AFP)"
        r"\((?:AFP|EPA|AP|dpa) ?/ ?[^()\n/]{1,60}\)",  # "(AFP / Mathilde GUÉRIN)"
        r"[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}/Getty Images",  # "Kerry Vandermeer/Getty Images"
        r"\(?(?:Foto|Photo|Bild|Photograph|Photographer)[ \t]?:[ \t]?[^()\n:]{1,80}\)?",  # "Foto: Jana Kröger/dpa"
        r"\((?:Photo|Foto) [A-Z][^()\n]{1,60}\)",  # "(Photo Amandine Roques)"
        r"[\[(]?[A-Z][A-Za-z]{2,30}\.(?:com|COM)/[^/()\[\]\n]{1,60}[\])]?",  # "[Suara.com/…]", "KOMPAS.COM/…"
        r"[A-Z]{2,12} PHOTO: [A-Z][A-Z .'’\-]{2,40}",  # "ST PHOTO: GAVIN LOH"
        r"PHOTO ?: [^/\n]{2,40} ?/ ?[A-Z][A-Z\-]{2,30}",  # "PHOTO : ANNE-SOPHIE KERDRAON / OUEST-FRANCE"
        r"[A-Z][A-Z .'’\-]{2,40}/[A-Z][A-Z]{1,20}(?: [A-Z]{2,20})?",  # "BAGAS HANUNG/RADAR JOGJA"
        r"THE CANADIAN PRESS/[A-Z][^/()\n]{1,60}",  # "THE CANADIAN PRESS/Chris Young"
        r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3} / (?:Keystone|KEYSTONE|EPA|AFP|AP|dpa|Reuters|REUTERS)",
        r"ARCHIVES (?:OUEST-FRANCE|[A-Z][A-Z\-]{2,30})",  # "… | ARCHIVES OUEST-FRANCE"
        # More house styles, each seen in real captions:
        r"OUEST-FRANCE(?: / [A-Z][^/()\n]{1,40})?|Photo Ouest-France/[A-Z][^/()\n]{1,40}",  # "… | OUEST-FRANCE"
        # Indonesian papers: "(BP/Istimewa)", "(MI/Palce Amalo)", "(Liputan6.com/Fajar Nugroho)", "(RIZKY/RADAR KEDIRI)"
        r"\([A-Za-z][\w.&'’\-]*(?: [A-Za-z][\w.&'’\-]*){0,3}/[A-Z][^()\n/]{0,60}(?:/[^()\n/]{1,40})?\)",
        r"\((?:SHUTTERSTOCK|DOK\. [^()\n]{1,40})\)",  # "(SHUTTERSTOCK)", "(DOK. BPBD GARUT)"
        r"\([A-Z][\w .'’\-]{1,40}: [A-Z][^()\n:]{1,60}\)",  # ABC: "(AAP: Ruby Cantwell)", "(Supplied: BoM)"
        r"\([^()\n]{1,40} via (?:AP|AFP|Reuters|REUTERS|Getty Images)\)",  # "(JAXA via AP)"
        r"\(?Staff photo by [^()\n]{1,60}\)?",  # US local papers
        r"(?:Picture|Photo|Pic)(?: ?/ ?|: )[A-Z][^()\n/:]{1,60}",  # "Picture: Daniel Kirwan", "Photo / Hemi Ranginui"
        r"\((?:Photo|Foto) : [^()\n]{1,60}\)",  # "(Photo : Marc Le Goff / Ouest-France)"
        r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3}/PA(?: Wire)?",  # "Danny Lawson/PA Wire"
        r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3} for The New York Times",
        r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3} • [A-Z][\w]+(?: [A-Z][\w]+){0,2}",  # "AARON FELD • Star Tribune"
        r"[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+){0,3} \((?:EFE|AFP|EP|AP|REUTERS)\)",  # "LUCÍA FERRÁN (EFE)"
        r"picture alliance ?/ ?dpa(?: \| [A-Z][^|()\n]{1,40})?",  # "picture alliance/dpa | Jonas Falk"
    )
]
_CREDIT_GLUE = re.compile(r"[ \t]{0,3}\|[ \t]{1,3}\Z|[ \t]{1,8}\Z")  # "…(Morbihan). | ARCHIVES OUEST-FRANCE"
_PHOTO_DATE = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")
_BYLINE = re.compile(
    r"(?:By|by|BY|Oleh:?|Por|Par|Von|Laporan wartawan [^,\n]{1,60},?)[ \t]+(?P<names>[^\n]{2,120}?)"
    r"(?:,[ \t]*(?P<org>Reuters|Associated Press|AFP|ANTARA|Bernama))?"
)
# A person's name alone: "Lena Aichinger", "Jean-Yves Le Goff", "María de la Paz Ortega".
_PERSON_NAME = re.compile(
    r"[A-ZÀ-Ý][\w'’.-]+(?:[ \t](?:(?:de|del|la|van|von|der|den|da|di|du|le|y)[ \t])*[A-ZÀ-Ý][\w'’.-]+){1,3}"
)
_SIGNOFFS = (
    re.compile(r"\((?:Additional reporting|Reporting|Writing|Editing|Compiled|Graphic)(?: by)? [^\n]{1,600}\)"),
    re.compile(r"Reuter"),
    re.compile(
        r"Pewarta ?: ?(?P<reporter>[^\n]{1,120}?)[ \t]*Editor ?: ?(?P<editor>[^\n]{0,120}?)"
        r"[ \t]*(?:(?:COPYRIGHT|Copyright) © ANTARA(?: \d{4})?)?"
    ),
    re.compile(r"Associated Press (?:writers?|reporters?) [^\n]{1,300} contributed(?: to this report)?\.?"),
)
_SIGNOFF_PART = re.compile(
    r"(?P<role>Additional reporting|Reporting|Writing|Editing|Compiled|Graphic)(?: by)? (?P<names>[^;)]+)"
)
_SOURCES = (
    (
        re.compile(r"\((?:Sumber|Source|Fuente|Quelle|Fonte)(?::[ \t]*|[ \t]+)(?P<party>[^)\n]{1,120})\)"),
        CreditRole.SOURCE,
    ),
    (
        re.compile(r"(?:Sumber|Source|Fuente|Quelle|Fonte|Sources)[ \t\u00a0\u202f]*:[ \t]*(?P<party>[^\n]{1,120})"),
        CreditRole.SOURCE,
    ),
    (
        re.compile(r"(?i:\((?P<party>ant|antara|rtr|afp|ap|dpa|reuters|bernama)(?:/[a-z]{1,10}){0,4}\))"),
        CreditRole.AGENCY_TAG,
    ),
    (
        # Der Standard's "(APA, red, 12.11.2025)", the "(red/dpa)" of German papers: the agency the copy came from.
        re.compile(
            r"\((?P<party>APA|dpa|AFP|sda|SDA|KNA|epd|Reuters)(?:, [a-z]{2,6})*(?:, \d{1,2}\.\d{1,2}\.\d{4})?\)"
        ),
        CreditRole.AGENCY_TAG,
    ),
    (
        re.compile(r"\((?:red|mit|ag)/(?P<party>dpa|AFP|APA|KNA|epd|Reuters|sda)\)"),
        CreditRole.AGENCY_TAG,
    ),
    (
        re.compile(r"\((?P<party>ATS|ats|SDA|Keystone-ATS|Keystone-SDA|Belga|BELGA)\)"),  # Swiss, Belgian tags
        CreditRole.AGENCY_TAG,
    ),
    (
        re.compile(
            r"[a-z]{2,4}(?:/(?!dpa|epd|sid)[a-z]{2,4})*/(?P<party>dpa|AFP|Reuters|AP|KNA|epd|sid)"
            r"(?:/(?:dpa|AFP|Reuters|AP|KNA|epd|sid))*"
        ),
        CreditRole.AGENCY_TAG,  # Der Spiegel's "mrc/dpa/AFP": the editor's initials, then the agencies
    ),
    (
        # Another outlet's copy used, bracketed or starred or not: "Mit Material von dpa", "(Con información de EFE)",
        # "*Con información de EFE", "(With inputs from PTI)", "With files from The Canadian Press" (its own "This
        # report by The Canadian Press was first published …" is a sign-off, no source).
        re.compile(
            r"\*?(?P<open>\()?(?:Mit Material (?:von|der)|Con información de|Dilansir dari|With reporting by"
            r"|With inputs from|With files from) (?P<party>[^()\n]{2,120}?)\.?(?(open)\))"
        ),
        CreditRole.SOURCE,
    ),
    (
        # "(Avec Belga)", "Le Monde avec AFP", "— Avec La Presse Canadienne", "Avec les informations de …".
        re.compile(
            r"(?:— )?\(?(?:Le Monde )?[Aa]vec (?:les informations de )?"
            r"(?P<party>AFP|Belga|BELGA|Reuters|AP|La Presse [Cc]anadienne|Radio-Canada)\)?"
        ),
        CreditRole.SOURCE,
    ),
)


def _split(core: str) -> tuple[str, str, str]:
    """Padding before, the stripped core, padding after."""
    stripped = core.strip(_WS)
    if not stripped:
        return core, "", ""
    start = core.index(stripped)
    return core[:start], stripped, core[start + len(stripped) :]


# --------------------------------------------------------------------------- #
# Captions.
# --------------------------------------------------------------------------- #


_OUTLET = re.compile(
    r"(dpa|sda|apa|epd|[A-Z][A-Za-z0-9]{2,30}\.(?:com|COM)|[a-z][a-z0-9]{2,30}\.com|PA Wire|CNN Indonesia|detikcom"
    r"|Getty Images|OUEST-FRANCE|Ouest-France"
    r"|Keystone|KEYSTONE|THE CANADIAN PRESS"
    r"|RADAR [A-Z]{3,20}|Radar [A-Z][a-z]{2,20}|JAWA POS|Jawa Pos)"
)


# Words in a credit that name no one: notes ("File", "Pool"), "courtesy" (Istimewa, Supplied), labels ("Picture").
_CREDIT_NOTES = frozenset(
    "file|file photo|pool|handout|istimewa|dok|dokumen|supplied|photo|picture|pic|foto|bild".split("|")  # noqa: SIM905
)


def _credit_parties(credit: str) -> tuple[tuple[SourceCredit, ...], str | None]:
    segments = [part.strip(" ().[]") for part in credit.strip("()[] ").split("/")]
    if len(segments) == 1 and (colon := re.fullmatch(r"([A-Z][\w .'’\-]{1,40}): (.+)", segments[0])):
        segments = [colon.group(1), colon.group(2)]  # ABC's "(AAP: Ruby Cantwell)"
    segments = [piece for segment in segments for piece in segment.split(" via ")]  # "(JAXA via AP)"
    segments = [part for part in segments if part]
    parties: list[str] = []
    photographer = None
    for segment in segments:
        outlet_photo = re.match(r"([A-Z]{2,12}) PHOTO ?: ?", segment)  # "ST PHOTO: GAVIN LOH": the outlet first
        if outlet_photo is not None:
            parties.append(outlet_photo.group(1))
        named = segment[outlet_photo.end() :] if outlet_photo is not None else segment
        part = re.sub(r"^(?:Foto|Photo|PHOTO|Bild|Photograph|Photographer|Picture|Pic)[ \t]?:?[ \t]", "", named)
        part = re.sub(r"^ARCHIVES ", "", part)  # "ARCHIVES OUEST-FRANCE": the paper's own archive
        outlet = _OUTLET.fullmatch(part)
        if outlet is None and (re.fullmatch(r"[a-z]{1,4}\.?", part) or part.lower() in _CREDIT_NOTES):
            continue  # an editor's initials ("tm", "aa") or a note
        agency = outlet or re.fullmatch(r"(?:\(c\))?([A-Z][A-Z0-9]{1,12})(?: (?:FOTO|PHOTO|Photo))?", part)
        if agency:
            parties.append(agency.group(1))
        elif re.fullmatch(r"(?:Photo|Foto|Photograph) by .+", part):
            photographer = photographer or part.split(" by ", 1)[1]
        elif photographer is None and re.fullmatch(r"[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,4}", part):
            photographer = part
    roles: list[SourceCredit] = []
    for index, party in enumerate(parties):
        role = CreditRole.DISTRIBUTOR if index == 0 and len(parties) > 1 else CreditRole.PHOTO_AGENCY
        roles.append(SourceCredit(party=party, role=role))
    return tuple(roles), photographer


def _extra_credit(printed: str) -> SourceCredit:
    inner = printed.strip("() ")
    handout = re.fullmatch(r"(?:Handout|HO) (.+)|(.+?) ?/ ?Handout(?: via Reuters)?", inner)
    if handout:
        return SourceCredit(
            party=(handout.group(1) or handout.group(2)).strip(), role=CreditRole.HANDOUT, printed=printed
        )
    return SourceCredit(party=inner.lstrip("©").strip() or printed, printed=printed)


def parse_caption(core: str) -> tuple[PhotoCaption, list[Any]] | None:
    """A caption line (already stripped) and its glue, or ``None`` when the line ends in no credit."""
    if len(core) > _MAX_TYPED_LINE or "\n" in core or "\r" in core:
        return None
    found: list[tuple[str, str]] = []  # (glue before, credit) from right to left
    rest = core
    while len(found) < 4:
        tail_start = max(0, len(rest) - 300)
        tail = rest[tail_start:]
        match = None
        for pattern in _CREDITS:
            match = pattern.search(tail)
            if match:
                break
        if match is None:
            break
        before = rest[: tail_start + match.start()]
        glue = _CREDIT_GLUE.search(before)
        if glue is None and before:
            break
        glue_text = glue.group() if glue else ""
        found.append((glue_text, match.group()))
        rest = before[: len(before) - len(glue_text)]
        if not rest:
            break
    if not found:
        return None
    label = None
    label_glue = _DEFAULT_LABEL_GLUE
    prefix = _CAPTION_PREFIX.match(rest)
    if prefix:
        label, label_glue = prefix.group("label"), prefix.group("glue")
        rest = rest[prefix.end() :]
    if not rest.strip():
        return None
    found.reverse()
    (credit_glue, credit), *extras = found
    parties, photographer = _credit_parties(credit)
    photo_date = _PHOTO_DATE.search(rest)
    taken = None
    date_printed = None
    if photo_date:
        date_printed = photo_date.group()[1:-1]
        try:
            taken = Timestamp(value=date(int(photo_date[3]), int(photo_date[2]), int(photo_date[1])).isoformat())
        except ValueError:
            taken = None
    caption = PhotoCaption(
        label=label,
        text=rest,
        date_printed=date_printed,
        taken=taken,
        credit=credit,
        credited=parties,
        extra_credits=tuple(_extra_credit(printed) for _, printed in extras),
        photographer=photographer,
    )
    return caption, [label_glue if label else _DEFAULT_LABEL_GLUE, credit_glue, [glue for glue, _ in extras]]


def render_caption(caption: PhotoCaption, glue: Sequence[Any] | None = None) -> str:
    """A caption line: label, text, credit, extra credits, with their glue."""
    label_glue, credit_glue, extra_glue = glue if glue else (_DEFAULT_LABEL_GLUE, _DEFAULT_GLUE, [])
    out = []
    if caption.label is not None:
        out.append(caption.label + label_glue)
    out.append(caption.text)
    if caption.credit is not None:
        out.append(credit_glue + caption.credit)
    for index, extra in enumerate(caption.extra_credits):
        out.append((extra_glue[index] if index < len(extra_glue) else _DEFAULT_GLUE) + (extra.printed or extra.party))
    return "".join(out)


def _default_caption_glue(caption: PhotoCaption) -> list[Any]:
    return [_DEFAULT_LABEL_GLUE, _DEFAULT_GLUE, [_DEFAULT_GLUE] * len(caption.extra_credits)]


# --------------------------------------------------------------------------- #
# Bylines, sign-offs, sources, datelines.
# --------------------------------------------------------------------------- #


def _parse_byline(core: str) -> Byline | None:
    if len(core) > 200:
        return None
    match = _BYLINE.fullmatch(core)
    if match is None:
        return None
    names = [name.strip() for name in re.split(r",| and | dan ", match.group("names")) if name.strip()]
    return Byline(printed=core, people=tuple(Contributor(name=name) for name in names), position=BylinePosition.TOP)


def _parse_signoff(core: str) -> Byline | None:
    if len(core) > _MAX_TYPED_LINE:
        return None
    for pattern in _SIGNOFFS:
        match = pattern.fullmatch(core)
        if match is None:
            continue
        people: list[Contributor] = []
        if core.startswith("("):
            for part in _SIGNOFF_PART.finditer(core):
                for name in re.split(r",| and ", part.group("names")):
                    if name.strip():
                        people.append(Contributor(name=name.strip(), role=part.group("role")))
        elif core.startswith("Pewarta"):
            for role in ("reporter", "editor"):
                if match.group(role).strip():
                    people.append(
                        Contributor(name=match.group(role).strip(), role="Pewarta" if role == "reporter" else "Editor")
                    )
        return Byline(printed=core, people=tuple(people), position=BylinePosition.END)
    return None


def parse_source(core: str) -> SourceCredit | None:
    """A source line (already stripped) as a credit, or ``None``."""
    if len(core) > 200:
        return None
    for pattern, role in _SOURCES:
        match = pattern.fullmatch(core)
        if match and match.group("party").strip():
            return SourceCredit(party=match.group("party").strip(), role=role.value, printed=core)
    return None


def render_source(source: SourceCredit) -> str:
    """The printed line of a source credit."""
    return source.printed if source.printed is not None else f"(Sumber {source.party})"


_GLUED = frozenset(["-", "\u2013", "\u2014"])


# La Jornada's "Guadalajara, Jal., La narradora …": a Mexican town and its state's abbreviation, then a comma.
_MEXICAN_DATELINE = re.compile(
    r"(?P<pad>[ \t]{0,12})(?P<printed>(?P<place>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,3}, "
    r"(?:Ags|B\.C|B\.C\.S|Camp|Chis|Chih|Coah|Col|Dgo|Edomex|Gro|Gto|Hgo|Jal|Méx|Mich|Mor|Nay|N\.L|Oax|Pue|Q\.Roo|Qro"
    r"|Sin|SLP|Son|Tab|Tamps|Tlax|Ver|Yuc|Zac)\.),)(?P<glue>[ \t]{1,8})(?=[A-ZÀ-Ý])"
)


# The taz prints its own name and a bar: "BERLIN taz | Seit 31 Jahren …".
_TAZ_DATELINE = re.compile(
    r"(?P<pad>[ \t]{0,12})(?P<printed>(?P<place>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,2}) (?P<agency>taz) \|)"
    r"(?P<glue>[ \t]{1,8})(?=\S)"
)


# After a place and a colon, a lead sentence of twelve words or more (a headline such as "Hollinside: Families
# evacuated as River Hollin bursts its banks" is shorter and has no full stop); and labels that are no place.
_LEAD_AFTER_COLON = re.compile(r"[A-ZÀ-Ý](?:[^\s.!?]*[ \t]+){11}[^\n]*[.!?][\"”’»]?[ \t]*\Z")
_LABELS = frozenset(
    "Foto Photo Archivbild Symbolbild Archivfoto Reporter Editor Pewarta Sumber Source Oleh Por Rep Red Update".split()  # noqa: SIM905
)

_AGENCY_ALONE = re.compile(_AGENCY)
_SITE_OUTLET = re.compile(r"\(?CNN(?: Indonesia)?\)?|[A-Za-z0-9]+\.(?i:co\.id|com|co)")


def _site_parts(site: str) -> tuple[str | None, str]:
    """An outlet's dateline cut into (place, outlet): ``JAKARTA, KOMPAS.com``, ``TEMPO.CO, Jakarta``, ``Jakarta
    (CNN)``, ``Jakarta, CNN Indonesia``."""
    outlet = _SITE_OUTLET.search(site)
    if outlet is None:
        return None, site
    place = (site[: outlet.start()] + site[outlet.end() :]).strip(" ,-")  # "KONTAN.CO.ID - JAKARTA"
    return place or None, outlet.group().strip("()")


def _parse_dateline(lead: str) -> tuple[Dateline, str, str, str] | None:
    """(dateline, padding before, glue after, the rest of the paragraph)."""
    for shape in (_MEXICAN_DATELINE, _TAZ_DATELINE):  # one outlet's own shape each
        special = shape.match(lead[:200])
        if special is not None:
            found = special.groupdict()
            dateline = Dateline(printed=found["printed"], place=found["place"], agency=found.get("agency"))
            return dateline, found["pad"], found["glue"], lead[special.end() :]
    match = _DATELINE.match(lead[:400])
    if match is None:
        return None
    place, agency, site = match.group("place"), match.group("agency"), match.group("site")
    alone = match.group("alone")
    if alone is None and match.group("ending") is not None and not match.group("dash").strip():
        alone = match.group("ending")  # "SEVILLA, 14 (EUROPA PRESS)" and nothing after: no dash either
    if alone is not None:
        if not agency or place is None or match.end() != len(lead):
            return None  # only "SEVILLA, 14 (EUROPA PRESS)" stands alone: a place and an agency, the whole line
        dateline = Dateline(printed=match.group("printed"), place=place, date=match.group("date"), agency=agency)
        return dateline, match.group("pad"), alone, ""
    dash = match.group("dash").strip()
    if match.group("ending") is not None and not (agency and place and dash in ("-", "--", "\u2013", "\u2014")):
        return None  # "MADRID, 26 Nov. (EUROPA PRESS) -" may stand alone on its line; a bare place never does
    if not (place or site or agency):
        return None  # "(" opened something other than an agency
    strong = bool(site or agency or match.group("date"))
    if dash == "." and not strong and place is not None and " " in place and not place.isupper():
        return None  # "Heilbronn. Die …", "FREIBURG. Die …"; never "Im Jahr. …"
    if dash == "." and not strong and not _ends_sentence(lead):
        return None  # "Lorient. Les pêcheurs bloquent le port de Keroman": Ouest-France's headline, its place first
    if place and not strong:
        head = place.split(",")[0]  # "SURABAYA, Jawa Pos –", "DENPASAR, BALIPOST.com –": an ALL-CAPS place first
        strong = head.isupper() and len(head.replace(" ", "")) > 2
        if not strong and dash == ":" and _LEAD_AFTER_COLON.match(lead, match.end()) and place not in _LABELS:
            strong = True  # "Bengaluru: Commuter groups on Monday criticised …": a lead follows, not a headline
        if not strong and (dash == ":" or len(place.split()) > 2 or "," in place or "/" in place):
            return None
    printed = match.group("printed") + match.group("dash")
    last_word = place.replace(",", " ").split()[-1] if place else ""
    if last_word.endswith(".") and "." not in last_word[:-1] and len(last_word) > 4 and match.group("dash") in _GLUED:
        place = place[:-1]  # La Nación's "MENDOZA.–": the full stop, glued to the dash, is part of it ("D.C." keeps it)
    if site:
        place, agency = _site_parts(site)
    elif place and not agency and not match.group("date") and _AGENCY_ALONE.fullmatch(place):
        place, agency = None, place  # "CNN --": the outlet, no place
    dateline = Dateline(printed=printed, place=place or None, date=match.group("date"), agency=agency or None)
    glue = match.group("glue") if match.group("glue") is not None else match.group("ending")  # "" when glued
    return dateline, match.group("pad"), glue, lead[match.end() :]


# --------------------------------------------------------------------------- #
# Blocks.
# --------------------------------------------------------------------------- #


def _lines(text: str) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    position = 0
    for match in _NEWLINE.finditer(text):
        lines.append((text[position : match.start()], match.group()))
        position = match.end()
    if position < len(text):
        lines.append((text[position:], ""))
    return lines


def _blocks(text: str) -> tuple[str, list[str], list[str], str]:
    """(leading blank text, blocks, separators between them, trailing text)."""
    lines = _lines(text)
    blank = [not content.strip() for content, _ in lines]
    filled = [index for index, is_blank in enumerate(blank) if not is_blank]
    if not filled:
        return text, [], [], ""
    first, last = filled[0], filled[-1]
    has_blank = any(blank[first : last + 1])
    indented = sum(1 for content, _ in lines if re.match(r"   |\t", content))
    wrap = not has_blank and indented >= 2 and len(filled) > indented
    lengths = sorted(len(lines[index][0]) for index in filled)
    # Blank lines between long lines separate one-line paragraphs, not hard-wrapped runs.
    one_per_line = has_blank and lengths[len(lengths) // 2] > 100
    groups: list[list[int]] = []
    for index in range(first, last + 1):
        content = lines[index][0]
        if blank[index]:
            continue
        starts_new = (
            not groups
            or (not has_blank and not wrap)
            or one_per_line
            or (has_blank and blank[index - 1])
            or (wrap and (bool(re.match(r"   |\t", content)) or content.strip() == "Reuter"))
        )
        if starts_new:
            groups.append([index])
        else:
            groups[-1].append(index)
    start = "".join(content + newline for content, newline in lines[:first])
    blocks: list[str] = []
    separators: list[str] = []
    for number, group in enumerate(groups):
        block = "".join(lines[i][0] + lines[i][1] for i in group[:-1]) + lines[group[-1]][0]
        blocks.append(block)
        following = groups[number + 1][0] if number + 1 < len(groups) else len(lines)
        gap = lines[group[-1]][1] + "".join(content + newline for content, newline in lines[group[-1] + 1 : following])
        if number + 1 < len(groups):
            separators.append(gap)
        else:
            end = gap
    return start, blocks, separators, end


def _single_line(block: str) -> bool:
    return "\n" not in block and "\r" not in block


def _ends_sentence(core: str) -> bool:
    """Whether a block ends as a sentence does (a closing mark after the stop too), not as a headline."""
    return core.rstrip(" \t").rstrip('"”’»)').endswith((".", "!", "?", ":", "…"))


def parse_article(text: str, cues: CueTable) -> Article:
    """Read wire copy into an Article whose layout extension re-creates ``text`` exactly."""
    layout: dict[str, Any] = {}
    if text.startswith(HEADER_PREFIX):
        layout["lit"] = True  # a first line that looks like a header but is text
    if text.startswith("\ufeff"):
        layout["bom"] = True
        text = text[1:]
    start, blocks, separators, end = _blocks(text)
    if start:
        layout["start"] = start
    if end:
        layout["end"] = end
    if separators and any(separator != DEFAULT_SEPARATOR for separator in separators):
        if all(separator == separators[0] for separator in separators):
            layout["sep"] = separators[0]
        else:
            layout["seps"] = separators
    pads: dict[str, list[str]] = {}

    def typed(index: int) -> str | None:
        if not _single_line(blocks[index]):
            return None
        before, core, after = _split(blocks[index])
        if not core:
            return None
        if before or after:
            pads[str(index)] = [before, after]
        return core

    def untype(index: int) -> None:
        pads.pop(str(index), None)

    index = 0
    count = len(blocks)
    captions: list[PhotoCaption] = []
    caption_glue: list[Any] = []
    while index < count - 1:
        core = typed(index)
        parsed = parse_caption(core) if core else None
        if parsed is None:
            untype(index)
            break
        captions.append(parsed[0])
        caption_glue.append(parsed[1])
        index += 1
    headline = None
    bylines: list[Byline] = []
    if index < count - 1:
        core = typed(index)
        next_core = typed(index + 1)
        untype(index + 1)
        if (
            core
            and len(core) <= 200
            and not _ends_sentence(core)
            and any(char.isalpha() for char in core)
            and (
                (next_core and _parse_byline(next_core))
                or (_parse_dateline(blocks[index + 1]) is not None and _is_strong_start(blocks[index + 1]))
                or (_parse_dateline(blocks[index + 1]) is not None and _reads_as_a_headline(core))
            )
        ):
            headline = core
            index += 1
        else:
            untype(index)
    if index < count - 1:
        core = typed(index)
        byline = _parse_byline(core) if core else None
        if byline is not None and (
            _parse_dateline(blocks[index + 1]) is not None
            or (byline.people and all(_PERSON_NAME.fullmatch(person.name) for person in byline.people))
        ):  # "Von Lena Aichinger" over a story with no dateline: a byline all the same
            bylines.append(byline)
            index += 1
        else:
            untype(index)
    sources: list[SourceCredit] = []
    signoffs: list[Byline] = []
    last = count - 1
    while last > index:
        core = typed(last)
        source = parse_source(core) if core else None
        if source is None:
            untype(last)
            break
        sources.insert(0, source)
        last -= 1
    while last > index:
        core = typed(last)
        signoff = _parse_signoff(core) if core else None
        if signoff is None:
            untype(last)
            break
        signoffs.insert(0, signoff)
        last -= 1
    body: list[str] = list(blocks[index : last + 1])
    dateline = None
    for lead in range(min(3, len(body))):
        # A bare "Place –" counts only in the first paragraph; agency or date datelines a little later too.
        parsed_dateline = _parse_dateline(body[lead])
        after_headline = lead == 1 and _reads_as_a_headline(body[0])  # "Jubel für „Der Sturm“" / "München – Mit …"
        if parsed_dateline is not None and (lead == 0 or after_headline or _is_strong_start(body[lead])):
            dateline, pad, glue, rest = parsed_dateline
            body[lead] = rest
            if (pad, glue) != _DEFAULT_DATELINE:
                layout["dl"] = [pad, glue]
            if lead:
                layout["dlp"] = lead
            break
    if pads:
        layout["pad"] = pads
    if any(glue != _default_caption_glue(caption) for caption, glue in zip(captions, caption_glue, strict=True)):
        layout["cap"] = caption_glue
    extensions: tuple[Extension, ...] = ()
    if layout:
        value = json.dumps(layout, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
        extensions = (Extension(namespace=LAYOUT_NAMESPACE, name=LAYOUT_NAME, value=value),)
    return Article(
        headline=headline,
        bylines=(*bylines, *signoffs),
        dateline=dateline,
        body=tuple(body),
        quotes=find_quotes(body, cues),
        captions=tuple(captions),
        sources=tuple(sources),
        extensions=extensions,
    )


def _reads_as_a_headline(block: str) -> bool:
    """One short line that ends without a sentence's punctuation: a headline printed above the lead."""
    return "\n" not in block.strip() and len(block.split()) <= 20 and not _ends_sentence(block)


def _is_strong_start(block: str) -> bool:
    parsed = _parse_dateline(block)
    if parsed is None:
        return False
    dateline = parsed[0]
    return bool(dateline.agency or dateline.date or (dateline.place and dateline.place.isupper()))


def layout_of(article: Article) -> dict[str, Any]:
    for extension in article.extensions:
        if extension.namespace == LAYOUT_NAMESPACE and extension.name == LAYOUT_NAME:
            try:
                layout = json.loads(extension.value)
            except ValueError:
                return {}
            return layout if isinstance(layout, dict) else {}
    return {}


def _strings(value: Any, count: int | None = None) -> bool:
    return (
        isinstance(value, list)
        and all(isinstance(item, str) for item in value)
        and (count is None or len(value) == count)
    )


def _valid_caption_glue(value: Any, captions: Sequence[PhotoCaption]) -> bool:
    if not isinstance(value, list) or len(value) != len(captions):
        return False
    return all(
        isinstance(glue, list)
        and len(glue) == 3
        and isinstance(glue[0], str)
        and isinstance(glue[1], str)
        and _strings(glue[2], len(caption.extra_credits))
        for glue, caption in zip(value, captions, strict=True)
    )


def render_article(article: Article) -> str:
    """The wire copy of ``article``, honouring its layout extension when it fits."""
    layout = layout_of(article)
    cap_glue: list[Any] = layout.get("cap") or []
    if not _valid_caption_glue(cap_glue, article.captions):
        cap_glue = [None] * len(article.captions)
    blocks = [render_caption(caption, glue) for caption, glue in zip(article.captions, cap_glue, strict=True)]
    if article.headline is not None:
        blocks.append(article.headline)
    blocks.extend(byline.printed for byline in article.bylines if byline.position is BylinePosition.TOP)
    body = list(article.body)
    if article.dateline is not None:
        dl = layout.get("dl")
        pad, glue = (dl[0], dl[1]) if dl is not None and _strings(dl, 2) else _DEFAULT_DATELINE
        where = layout.get("dlp")
        where = where if isinstance(where, int) and not isinstance(where, bool) and 0 < where < len(body) else 0
        lead = pad + article.dateline.printed + glue + (body[where] if body else "")
        body = [*body[:where], lead, *body[where + 1 :]]
    blocks.extend(body)
    blocks.extend(byline.printed for byline in article.bylines if byline.position is BylinePosition.END)
    blocks.extend(render_source(source) for source in article.sources)
    pads = layout.get("pad")
    if isinstance(pads, dict):
        for key, pad in pads.items():
            if key.isdigit() and int(key) < len(blocks) and _strings(pad, 2):
                blocks[int(key)] = pad[0] + blocks[int(key)] + pad[1]
    separators: list[str] = layout.get("seps") or []
    if not _strings(separators, max(0, len(blocks) - 1)):
        separator = layout.get("sep")
        separators = [separator if isinstance(separator, str) else DEFAULT_SEPARATOR] * max(0, len(blocks) - 1)
    out = ["\ufeff" if layout.get("bom") is True else ""]
    start = layout.get("start")
    out.append(start if isinstance(start, str) else "")
    for number, block in enumerate(blocks):
        if number:
            out.append(separators[number - 1])
        out.append(block)
    end = layout.get("end")
    out.append(end if isinstance(end, str) else "")
    return "".join(out)
