"""A dateline's typed parts: the place, the date and the agency or outlet, each as printed."""

from __future__ import annotations

import pytest

from newsschema import text


@pytest.mark.parametrize(
    ("printed", "place", "date", "agency"),
    [
        ("Jakarta –", "Jakarta", None, None),
        ("Jakarta (ANTARA) -", "Jakarta", None, "ANTARA"),
        ("JAKARTA, June 19 (Reuters) -", "JAKARTA", "June 19", "Reuters"),  # the month is no region
        ("MELBOURNE, Jan 24 (AFP) -", "MELBOURNE", "Jan 24", "AFP"),
        ("PARIS, Sept. 3 (Reuters) -", "PARIS", "Sept. 3", "Reuters"),
        ("SEOUL, South Korea, March 3 (AP) -", "SEOUL, South Korea", "March 3", "AP"),
        ("PYONGYANG, North Korea (AP) —", "PYONGYANG, North Korea", None, "AP"),
        ("MADRID, 26 Nov. (EUROPA PRESS) -", "MADRID", "26 Nov.", "EUROPA PRESS"),
        ("ROUEN, 12 mars 2026 (AFP) -", "ROUEN", "12 mars 2026", "AFP"),  # the year is part of the date
        ("Nov. 26 (UPI) --", None, "Nov. 26", "UPI"),  # a date and no place
        ("HUARAZ (Perú), 3 mar (EFE).-", "HUARAZ (Perú)", "3 mar", "EFE"),
        ("Surabaya, 14/5 (ANTARA) -", "Surabaya", "14/5", "ANTARA"),  # day and month in figures
        ("BRUXELLES 14/05 (BELGA) -", "BRUXELLES", "14/05", "BELGA"),
        ("SEMARANG, suaramerdeka.com -", "SEMARANG", None, "suaramerdeka.com"),  # an outlet's site after the place
        ("KONTAN.CO.ID - JAKARTA.", "JAKARTA", None, "KONTAN.CO.ID"),
        ("FRANKFURT, 12. März.", "FRANKFURT", "12. März", None),  # the FAZ: a German day with its full stop
        ("GARUT, (PR).-", "GARUT", None, "PR"),  # Pikiran Rakyat's own short name, a comma before it
        ("MEDAN (Waspada):", "MEDAN", None, "Waspada"),
        ("BERLIN:", "BERLIN", None, None),
        ("CNN --", None, None, "CNN"),  # an outlet alone is no place
        ("(CNN) --", None, None, "CNN"),
        ("Jakarta (CNN) --", "Jakarta", None, "CNN"),
        ("JAKARTA, KOMPAS.com -", "JAKARTA", None, "KOMPAS.com"),
        ("TEMPO.CO, Jakarta -", "Jakarta", None, "TEMPO.CO"),
        ("Jakarta, CNN Indonesia --", "Jakarta", None, "CNN Indonesia"),
    ],
)
def test_a_dateline_gives_its_place_date_and_agency(
    printed: str, place: str | None, date: str | None, agency: str | None
) -> None:
    copy = f"{printed} Polisi menangkap dua orang pada Senin malam."
    dateline = text.read(copy.encode()).dateline
    assert dateline is not None
    assert (dateline.printed, dateline.place, dateline.date, dateline.agency) == (printed, place, date, agency)
    assert text.write(text.read(copy.encode())) == copy


def test_a_place_in_mixed_case_with_a_colon_is_a_dateline_only_before_a_lead_sentence() -> None:
    lead = (
        "Bengaluru: Commuter groups on Monday criticised the metro's decision to raise fares by up to 18% from April 1."
    )
    dateline = text.read(lead.encode()).dateline
    assert dateline is not None
    assert (dateline.printed, dateline.place) == ("Bengaluru:", "Bengaluru")
    headline = "Hollinside: Families evacuated as River Hollin bursts its banks\n\nWater rose overnight."
    assert text.read(headline.encode()).dateline is None  # a headline with its place, no lead
    label = "Reporter: Dewi Anggraini, with additional reporting from the provincial capital by two colleagues."
    assert text.read(label.encode()).dateline is None
    for copy in (lead, headline, label):
        assert text.write(text.read(copy.encode())) == copy


def test_a_site_dateline_may_glue_its_dash_to_the_lead() -> None:
    copy = "Harianjogja.com, SLEMAN—Pemerintah Kabupaten Sleman memperpanjang pembatasan sampah."
    article = text.read(copy.encode())
    assert article.dateline is not None
    assert (article.dateline.printed, article.dateline.place) == ("Harianjogja.com, SLEMAN—", "SLEMAN")
    assert article.body[0].startswith("Pemerintah")
    assert text.write(article) == copy


def test_a_place_and_a_full_stop_before_a_headline_is_no_dateline() -> None:
    copy = "Lorient. Les pêcheurs bloquent le port de Keroman\n\nUne cinquantaine de chalutiers ont bloqué le port."
    assert text.read(copy.encode()).dateline is None  # Ouest-France prints its headlines with their place first
    assert text.write(text.read(copy.encode())) == copy


def test_a_bare_place_and_dash_may_follow_a_headline() -> None:
    headline = "Jubel und Buhrufe für „Der Sturm“ im Residenztheater"
    copy = f"{headline}\n\nMünchen – Mit minutenlangem Applaus hat das Publikum die Premiere gefeiert."
    article = text.read(copy.encode())
    assert article.dateline is not None
    assert article.dateline.printed == "München –"
    assert article.headline == headline  # and the line above it is the headline
    assert text.write(article) == copy
