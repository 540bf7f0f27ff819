"""Issue 22 for .docx and .xlsx: every place Word or Excel shows text is checked, with its own part, and a
redacted copy keeps none of the planted values in any member of the zip, nested packages included."""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from secreview import Engine
from secreview.errors import ExtractionError
from secreview.extract import extract_bytes
from secreview.models import Category
from secreview.redact import redact_bytes
from tests.testing import office_places as places
from tests.testing.cli import run_in_process
from tests.testing.docx_builder import build_docx, paragraph
from tests.testing.leftovers import folded

ALL_PLACES = {
    **{f"docx-{key}": (build, part, ".docx") for key, (build, part) in places.DOCX_PLACES.items()},
    **{f"xlsx-{key}": (build, part, ".xlsx") for key, (build, part) in places.XLSX_PLACES.items()},
}
PLANTED_CATEGORIES = {
    Category.PERSON_NAME: places.NAME,
    Category.ID_NUMBER: places.ID_NUMBER,
    Category.PHONE: places.MOBILE,
}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _leftovers(data: bytes) -> dict[str, list[str]]:
    """Where each planted value is still written, as is or folded, in any member of any nested zip."""
    texts = list(places.nested_texts(data))
    return {
        value: [where for where, text in texts if value in text or folded(value) in folded(text)]
        for value in places.PLANTED
    }


@pytest.mark.parametrize("key", sorted(ALL_PLACES))
def test_check_finds_the_person_with_the_place_as_part(rules_alone: Engine, key: str) -> None:
    # By the rules alone: the learned signal (learned17) holds some planted one-line pages whole (JL002),
    # a judgement on the page, not on the place; test_html_places says what the signal does with them.
    build, part, suffix = ALL_PLACES[key]
    report = rules_alone.review(extract_bytes(build(), suffix), f"place{suffix}")
    found = {(finding.category, finding.text, finding.part) for finding in report.findings}
    assert {(category, value, part) for category, value in PLANTED_CATEGORIES.items()} <= found
    assert report.attribute is not None and report.attribute.value == "redacted"


@pytest.mark.parametrize("key", sorted(ALL_PLACES))
def test_redacted_copy_keeps_no_planted_value_anywhere(rules_alone: Engine, key: str) -> None:
    build, _, suffix = ALL_PLACES[key]
    copy = redact_bytes(rules_alone, build(), suffix, f"place{suffix}")
    assert set(places.PLANTED) <= {finding.text for finding in copy.original.findings}
    assert _leftovers(copy.data) == {value: [] for value in places.PLANTED}
    assert copy.remaining == [] and copy.recheck.error is None
    if suffix == ".docx":
        assert docx.Document(io.BytesIO(copy.data)).paragraphs[0].text == places.ORDINARY
    else:
        assert load_workbook(io.BytesIO(copy.data)).active["A1"].value == "路段"


def test_cli_json_names_the_part(tmp_path: Path) -> None:
    path = tmp_path / "pivot.xlsx"
    path.write_bytes(places.xlsx_pivot_cache())
    ran = run_in_process("check", "--format", "json", path)
    assert ran.returncode == 1
    findings = json.loads(ran.stdout)["files"][0]["findings"]
    pivot = {item["text"] for item in findings if item["part"] == "pivot-cache"}
    assert {places.NAME, places.ID_NUMBER, places.MOBILE} <= pivot


def test_altchunk_becomes_masked_paragraphs_in_place(rules_alone: Engine) -> None:
    copy = redact_bytes(rules_alone, places.docx_altchunk_html(), ".docx", "a.docx")
    texts = [item.text for item in docx.Document(io.BytesIO(copy.data)).paragraphs]
    assert texts[1] == "申请人张**,身份证号110105********123X,手机139****5678"
    assert any("altChunk" in note for note in copy.notes)
    assert not [where for where, text in places.nested_texts(copy.data) if "aFChunk" in text]


def test_an_ole_object_is_reported_as_not_checked_and_left_out_of_the_copy(engine: Engine) -> None:
    report = engine.review(extract_bytes(places.docx_embedded_ole(), ".docx"), "ole.docx")
    assert report.attribute is None
    assert [(item.part, item.reason) for item in report.unchecked] == [
        ("embedded:oleObject1.bin", "嵌入的 OLE 对象已损坏或不完整,未检查")
    ]
    copy = redact_bytes(engine, places.docx_embedded_ole(), ".docx", "ole.docx")
    assert copy.recheck.error is None and copy.recheck.unchecked == []
    assert _leftovers(copy.data) == {value: [] for value in places.PLANTED}
    docx.Document(io.BytesIO(copy.data))


def test_an_ole_object_in_a_workbook_is_not_checked_and_left_out_of_the_copy(engine: Engine) -> None:
    data = places.xlsx_embedded("oleObject1.bin", places._OLE_HEADER + places.SENTENCE.encode("utf-16-le"))
    report = engine.review(extract_bytes(data, ".xlsx"), "ole.xlsx")
    assert report.attribute is None and [item.part for item in report.unchecked] == [
        "embedded:oleObject1.bin"
    ]
    copy = redact_bytes(engine, data, ".xlsx", "ole.xlsx")
    assert copy.recheck.error is None and _leftovers(copy.data) == {value: [] for value in places.PLANTED}
    assert not [where for where, text in places.nested_texts(copy.data) if "oleObject" in text]


def test_embedded_packages_recurse_only_to_the_depth_limit(engine: Engine) -> None:
    extracted = extract_bytes(places.docx_nested_too_deep(), ".docx")
    assert places.MOBILE not in extracted.text
    assert [item.reason for item in extracted.unchecked] == ["嵌套超过 2 层"]
    assert engine.review(extracted, "deep.docx").attribute is None


@pytest.mark.parametrize(
    ("name", "hostile"),
    [
        ("dtd", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>'),
        ("not-a-zip", b"PK\x03\x04 broken"),
    ],
)
def test_an_unreadable_embedded_package_is_not_read_and_said(name: str, hostile: bytes) -> None:
    inner = (
        build_docx([paragraph("正文")], replace={"word/document.xml": hostile}) if name == "dtd" else hostile
    )
    extracted = extract_bytes(places._embedded("Microsoft_Word_Document.docx", inner, "package", {}), ".docx")
    assert [item.part for item in extracted.unchecked] == ["embedded:Microsoft_Word_Document.docx"]


def test_a_chart_with_a_dtd_is_refused_like_any_part() -> None:
    chart = b'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY e SYSTEM "file:///etc/passwd">]><c>&e;</c>'
    data = places._docx([], [("rId50", "chart", "charts/chart1.xml")], {"word/charts/chart1.xml": chart}, {})
    with pytest.raises(ExtractionError, match="DTD"):
        extract_bytes(data, ".docx")


def test_pivot_cache_with_a_slicer_is_refused_with_one_line(engine: Engine) -> None:
    with zipfile.ZipFile(io.BytesIO(places.xlsx_pivot_cache())) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["xl/slicerCaches/slicerCache1.xml"] = b"<slicerCacheDefinition/>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    with pytest.raises(ExtractionError, match="切片器"):
        redact_bytes(engine, buffer.getvalue(), ".xlsx", "s.xlsx")


def test_documents_without_these_places_read_as_before() -> None:
    """The places come after everything read until now: a document without them has the same text."""
    plain = build_docx([paragraph(places.ORDINARY)], title="标题")
    extracted = extract_bytes(plain, ".docx")
    assert extracted.text == f"{places.ORDINARY}\n标题\n"
    assert [segment.part for segment in extracted.segments] == ["body", "metadata"]


FORMULAS: list[tuple[str, str | None]] = [
    ('"139"&"1234"&"5678"', "13912345678"),
    ('"a""b" & 12', 'a"b12'),
    ('CONCATENATE("张","建国")', "张建国"),
    ('A1&"x"', None),
    ("SUM(B2:B9)", None),
    ('_xlfn.CONCAT(CHAR(49),"39",UNICHAR(56))', "1398"),
    ('CONCATENATE(("13"&"9"),TEXT(87654321,"0"),T("x"),T(5))', "13987654321x"),
    ("CHAR(200)", None),  # beyond ASCII CHAR depends on the code page
    ('TEXT(1.5,"0")', None),
    ('CONCAT("1",A1)', None),
    ('"a"&', None),
]


@pytest.mark.parametrize(("formula", "shown"), FORMULAS)
def test_literal_concatenations_are_evaluated(formula: str, shown: str | None) -> None:
    from secreview.extract.xlsx_places import evaluated

    assert evaluated(formula) == shown


RTF: list[tuple[bytes, str]] = [
    (
        b"{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 \\'cb\\'ce\\'cc\\'e5;}}\\f0 \\'d5\\'c5\\'c8\\'fd\\par}",
        "张三\n",
    ),
    (b"{\\rtf1\\uc1 \\u24352?\\u19977?\\tab x{\\*\\generator Word;}}", "张三\tx"),
    (b"{\\rtf1{\\info{\\author \\u26446?}}body\\line end}", "body\nend"),
]


@pytest.mark.parametrize(("rtf", "text"), RTF)
def test_rtf_text_is_what_word_shows(rtf: bytes, text: str) -> None:
    from secreview.extract.rtf import rtf_text

    assert rtf_text(rtf) == text


def test_a_document_reads_a_bounded_number_of_embedded_packages() -> None:
    from secreview.extract.ooxml_places import MAX_NESTED_PACKAGES

    inner = build_docx([paragraph("附件正文")])
    count = MAX_NESTED_PACKAGES + 3
    rels = [(f"rId{100 + n}", "package", f"embeddings/d{n}.docx") for n in range(count)]
    extra = {f"word/embeddings/d{n}.docx": inner for n in range(count)}
    extracted = extract_bytes(places._docx([], rels, extra, {"docx": places._DOCX_PACKAGE}), ".docx")
    assert extracted.text.count("附件正文") == MAX_NESTED_PACKAGES
    assert len(extracted.unchecked) == 3
    assert extract_bytes(places.docx_embedded_docx(), ".docx").unchecked == []


def test_rtf_brace_bombs_and_large_chunks_stay_bounded() -> None:
    from secreview.extract.rtf import MAX_RTF_BYTES, rtf_text

    assert rtf_text(b"{\\rtf1 " + b"{" * 100_000 + b"x" + b"}" * 100_000 + b"}") == "x"
    large = b"{\\rtf1 " + random.Random(22).randbytes(MAX_RTF_BYTES // 2).hex().encode() + b"}"
    extracted = extract_bytes(places._altchunk("afchunk1.rtf", large, "application/rtf"), ".docx")
    assert [item.part for item in extracted.unchecked] == ["altchunk:afchunk1.rtf"]
