"""Small files that would make huge texts, cell lists or characters no output can encode: each ends with
a bounded result or a one-line error ("未完整检查", never clean)."""

from __future__ import annotations

import json

import pytest

from secreview import Engine
from secreview.engine import Document
from secreview.errors import ExtractionError
from secreview.extract import extract_bytes
from secreview.extract.base import MIN_TEXT_CHARS, text_limit
from tests.testing.pdf_builder import build_pdf
from tests.testing.xlsx_builder import raw_xlsx

ID_NUMBER = "430102199003071234"


def shared_string_referenced(times: int, length: int) -> bytes:
    """A workbook whose one shared string of ``length`` characters is the value of ``times`` cells."""
    cells = "".join(f'<row r="{row}"><c r="A{row}" t="s"><v>0</v></c></row>' for row in range(1, times + 1))
    return raw_xlsx(cells, shared_strings_xml=f"<si><t>{'某' * length}</t></si>")


def test_one_shared_string_in_a_thousand_cells_is_not_expanded_without_bound() -> None:
    data = shared_string_referenced(1_000, 300_000)
    assert len(data) < 1_000_000
    with pytest.raises(ExtractionError, match=r"文字过多.*未完整检查"):
        extract_bytes(data, ".xlsx")


def test_a_document_over_its_text_budget_is_reported_as_not_fully_checked(engine: Engine) -> None:
    report = engine.review(Document("放大.xlsx", shared_string_referenced(1_000, 300_000)))
    assert report.error is not None and "未完整检查" in report.error
    assert report.attribute is None


def test_ordinary_referenced_text_is_within_budget() -> None:
    data = shared_string_referenced(2_000, 40)
    assert text_limit(len(data)) == MIN_TEXT_CHARS
    assert extract_bytes(data, ".xlsx").text.count("某" * 40) == 2_000


def test_a_csv_of_delimiters_only_holds_no_cells() -> None:
    data = (",,,,,,,,,,,,,,,,,,,," * 50 + "\n") * 2_000  # 2 MB, 2 million empty cells
    extracted = extract_bytes(data.encode(), ".csv")
    assert extracted.text == "" and extracted.segments == []


def test_csv_cells_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    from secreview.extract import csvfile

    monkeypatch.setattr(csvfile, "MAX_CELLS", 100)
    with pytest.raises(ExtractionError, match="单元格过多"):
        extract_bytes(("a,b\n" * 51).encode(), ".csv")
    assert extract_bytes(("a,b\n" * 50).encode(), ".csv").text.count("a\tb") == 50


def test_a_lone_surrogate_from_a_pdf_becomes_a_replacement_character(engine: Engine) -> None:
    line = f"户主张三\ud800身份证号{ID_NUMBER}"
    data = build_pdf([[line]])
    extracted = extract_bytes(data, ".pdf")
    extracted.text.encode("utf-8")
    start = extracted.text.index("户主")
    assert extracted.text[start : start + len(line)] == line.replace("\ud800", "\ufffd")
    report = engine.review(Document("s.pdf", data))
    finding = next(finding for finding in report.findings if finding.category == "id_number")
    assert extracted.text[finding.start : finding.end] == ID_NUMBER
    json.dumps(report.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")


def test_a_lone_surrogate_in_a_text_given_to_the_api(engine: Engine) -> None:
    report = engine.review_text(f"身份证号\udc80{ID_NUMBER}")
    assert [finding.start for finding in report.findings if finding.category == "id_number"] == [5]


def test_a_workbook_listing_one_sheet_thousands_of_times_reads_it_once() -> None:
    import io
    import zipfile

    from tests.testing.docx_builder import zip_members

    rows = "".join(
        f'<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>第{row}行</t></is></c></row>'
        for row in range(1, 2001)
    )
    with zipfile.ZipFile(io.BytesIO(raw_xlsx(rows))) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    listed = "".join(f'<sheet name="表{index}" sheetId="{index}" r:id="rId1"/>' for index in range(1, 3001))
    workbook = (
        members["xl/workbook.xml"].decode().replace('<sheet name="表1" sheetId="1" r:id="rId1"/>', listed)
    )
    members["xl/workbook.xml"] = workbook.encode()
    extracted = extract_bytes(zip_members(members), ".xlsx")
    assert extracted.text.count("第2000行") == 1
