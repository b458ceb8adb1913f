"""A closing source line: the party the copy came from, and the line kept as printed."""

from __future__ import annotations

import pytest

from newsschema import text


@pytest.mark.parametrize(
    ("printed", "party"),
    [
        ("(Sumber Antaranews)", "Antaranews"),
        ("Sumber: Antara", "Antara"),
        ("Con información de Colprensa", "Colprensa"),
        ("(Con información de EFE)", "EFE"),  # bracketed
        ("*Con información de EFE", "EFE"),
        ("(With inputs from PTI)", "PTI"),
        ("(Avec Belga)", "Belga"),  # a French paper's copy with an agency's
        ("(avec Belga)", "Belga"),
        ("Avec Belga", "Belga"),
        ("Le Monde avec AFP", "AFP"),
        ("— Avec La Presse Canadienne", "La Presse Canadienne"),
        ("Avec les informations de La Presse canadienne", "La Presse canadienne"),
        ("With files from The Canadian Press", "The Canadian Press"),
    ],
)
def test_a_source_line_names_its_party(printed: str, party: str) -> None:
    copy = f"Jakarta – Harga beras naik lagi pekan ini.\n\n{printed}"
    article = text.read(copy.encode())
    assert [(source.printed, source.party) for source in article.sources] == [(printed, party)]
    assert text.write(article) == copy


def test_the_canadian_press_own_closing_line_is_no_source() -> None:
    copy = (
        "TORONTO — The Maple Leafs won again.\n\nThis report by The Canadian Press was first published Jan. 16, 2026."
    )
    assert text.read(copy.encode()).sources == ()
