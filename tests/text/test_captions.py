"""Caption lines read from the end: the label, the credit as printed, the credited parties and the photographer."""

from __future__ import annotations

import pytest

from newsschema import text

BODY = "\n\nJAKARTA (ANTARA) - Body text of the article follows here.\n"


@pytest.mark.parametrize(
    ("line", "label", "credit", "parties", "photographer"),
    [
        (
            "Ilustrasi gula pasir curah. [Suara.com/Bagas Nugroho]",
            "Ilustrasi",
            "[Suara.com/Bagas Nugroho]",
            ["Suara.com"],
            "Bagas Nugroho",
        ),
        ("Petani memetik kopi. KOMPAS.COM/AHMAD FIKRI", None, "KOMPAS.COM/AHMAD FIKRI", ["KOMPAS.COM"], "AHMAD FIKRI"),
        ("Des dockers au Havre (AFP / Mathilde GUÉRIN)", None, "(AFP / Mathilde GUÉRIN)", ["AFP"], "Mathilde GUÉRIN"),
        ("Singers rehearse in Leeds (Owen Hardcastle/PA)", None, "(Owen Hardcastle/PA)", ["PA"], "Owen Hardcastle"),
        (
            "Houses in Auckland. Photographer: Hannah Peters/Bloomberg",
            None,
            "Photographer: Hannah Peters/Bloomberg",
            [],
            "Hannah Peters",
        ),
        ("Les brebis rescapées. (Photo Amandine Roques)", None, "(Photo Amandine Roques)", [], "Amandine Roques"),
        (
            "Symbolbild: Lawinenkegel oberhalb von St. Anton am Arlberg - APA/THERESA HOLZKNECHT",
            "Symbolbild",
            "APA/THERESA HOLZKNECHT",
            ["APA"],
            "THERESA HOLZKNECHT",
        ),
        (
            "FILE - Election workers sort ballots. (AP Photo/Rick Salvador, File)",
            "FILE",
            "(AP Photo/Rick Salvador, File)",
            ["AP"],
            None,
        ),
        (
            "ARCHIV - Ein Imker hält eine Wabe. Foto: Henrike Mölders/dpa",
            "ARCHIV",
            "Foto: Henrike Mölders/dpa",
            ["dpa"],
            "Henrike Mölders",
        ),
        (
            "Hawkers at Chomp Chomp say rents are rising. ST PHOTO: GAVIN LOH",
            None,
            "ST PHOTO: GAVIN LOH",
            ["ST"],
            "GAVIN LOH",
        ),
        (
            "La classe de Lescoff. | PHOTO : ANNE-SOPHIE KERDRAON / OUEST-FRANCE",
            None,
            "PHOTO : ANNE-SOPHIE KERDRAON / OUEST-FRANCE",
            ["OUEST-FRANCE"],
            "ANNE-SOPHIE KERDRAON",
        ),
        (
            "Penari tampil di Alun-alun. BAGAS HANUNG/RADAR JOGJA",
            None,
            "BAGAS HANUNG/RADAR JOGJA",
            ["RADAR JOGJA"],
            "BAGAS HANUNG",
        ),
        (
            "Schneeräumer am Bahnhof Davos. Reto Caminada / Keystone",
            None,
            "Reto Caminada / Keystone",
            ["Keystone"],
            "Reto Caminada",
        ),
        (
            "A streetcar in Toronto. THE CANADIAN PRESS/Chris Young",
            None,
            "THE CANADIAN PRESS/Chris Young",
            ["THE CANADIAN PRESS"],
            "Chris Young",
        ),
        (
            "La parade à Lorient (Morbihan). | ARCHIVES OUEST-FRANCE",
            None,
            "ARCHIVES OUEST-FRANCE",
            ["OUEST-FRANCE"],
            None,
        ),
    ],
)
def test_a_caption_line_gives_its_label_credit_parties_and_photographer(
    line: str, label: str | None, credit: str, parties: list[str], photographer: str | None
) -> None:
    data = line + BODY
    article = text.read(data)
    (caption,) = article.captions
    assert (caption.label, caption.credit) == (label, credit)
    assert [party.party for party in caption.credited] == parties
    assert caption.photographer == photographer
    assert text.write(article) == data
