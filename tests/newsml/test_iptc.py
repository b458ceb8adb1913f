"""IPTC's own material: XSD verdicts agree with the test folders; examples and references read."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from newsschema import newsml
from newsschema.errors import ReadError, ReadWarning, ValidationError
from support import shared_files, shared_path

BASE = "standards/newsml-g2-2.35"
SHOULD_PASS = shared_files(BASE, "iptc-tests/*/should_pass/*.xml")
SHOULD_FAIL = shared_files(BASE, "iptc-tests/2.33/should_fail/*.xml") + shared_files(
    BASE, "iptc-tests/2.34/should_fail/*.xml"
)
ODRL = {"CR00188_rights_expressions.xml", "CR00219_datamining_in_rightsinfo_embeddedrights.xml"}
READABLE = SHOULD_PASS + shared_files(BASE, "examples/*.xml") + shared_files(BASE, "reference/*.xml")


def _xsd() -> Path:
    return shared_path(*BASE.split("/"))


@pytest.mark.parametrize("path", SHOULD_PASS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_should_pass_is_valid(path: Path) -> None:
    errors = list(newsml.iter_xsd_errors(path.read_bytes(), xsd_dir=_xsd()))
    if path.name in ODRL:
        assert errors, "expected a failure: no ODRL schema is shared"
    else:
        assert errors == []


@pytest.mark.parametrize("path", SHOULD_FAIL, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_should_fail_is_invalid(path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        newsml.validate(path.read_bytes(), xsd_dir=_xsd())
    assert caught.value.line is not None


def _holds_item(path: Path) -> bool:
    head = path.read_bytes()
    return b"newsItem" in head or b"packageItem" in head


@pytest.mark.parametrize("path", [p for p in READABLE if _holds_item(p)], ids=lambda p: p.name)
def test_items_in_iptc_material_read(path: Path) -> None:
    data = path.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        try:
            items = newsml.read_all(data)
        except ReadError as error:
            # Fragments (groupSet, contentMeta alone) hold no item of their own.
            assert error.code == "not-g2", error  # noqa: PT017 - only some files are fragments
            return
    for item in items:
        # Oddities kept as they came (an empty inlineXML) warn again when read back.
        assert newsml.read(newsml.write(item), type(item), on_warning=lambda _: None) == item
