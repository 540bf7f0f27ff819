"""extract_csv: encodings as for .txt, cells as for spreadsheets, headings as labels."""

from __future__ import annotations

import codecs

import pytest

from secreview import Engine
from secreview.errors import ExtractionError
from secreview.extract.base import TABLE
from secreview.extract.csvfile import extract_csv
from tests.testing.xlsx_builder import resident_id

ROSTER = f'姓名,身份证号,联系电话\n张三,{resident_id(11)},13800138000\n李四,"{resident_id(12)}",\n'


@pytest.mark.parametrize(
    "encoded",
    [
        ROSTER.encode("utf-8"),
        codecs.BOM_UTF8 + ROSTER.encode("utf-8"),
        ROSTER.encode("gb18030"),
        ROSTER.encode("utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "gb18030", "utf-16-bom"],
)
def test_cells_and_labels_in_every_encoding(encoded: bytes) -> None:
    extracted = extract_csv(encoded)
    assert extracted.text.splitlines() == [
        "姓名\t身份证号\t联系电话",
        f"张三\t{resident_id(11)}\t13800138000",
        f"李四\t{resident_id(12)}",
    ]
    start = extracted.text.index(resident_id(12))
    segment = extracted.segment_at(start)
    assert segment is not None
    assert (segment.part, segment.location, segment.label) == (TABLE, "B3", "身份证号")
    assert extracted.text[segment.start : segment.end] == resident_id(12)


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_other_delimiters(delimiter: str) -> None:
    text = ROSTER.replace(",", delimiter)
    extracted = extract_csv(text.encode("utf-8"))
    assert extracted.text.splitlines()[1] == f"张三\t{resident_id(11)}\t13800138000"


def test_quoted_fields_with_newlines_and_commas() -> None:
    extracted = extract_csv('备注,金额\n"第一行\n第二行,含逗号",100\n'.encode())
    segment = extracted.segment_at(extracted.text.index("第一行"))
    assert segment is not None
    assert extracted.text[segment.start : segment.end] == "第一行\n第二行,含逗号"
    assert (segment.location, segment.label) == ("A2", "备注")


def test_undecodable_csv_is_refused() -> None:
    with pytest.raises(ExtractionError, match="NUL"):
        extract_csv(b"a,b\x00,c\n")


def test_a_field_too_long_for_the_csv_module_is_still_checked_as_text() -> None:
    long_field = "甲" * 200_000 + resident_id(13)
    extracted = extract_csv(f'"{long_field}'.encode())
    assert resident_id(13) in extracted.text
    assert extracted.part_at(0, 1) == TABLE


def test_heading_makes_ids_and_phones_findings(engine: Engine) -> None:
    report = engine.review(extract_csv(ROSTER.encode("gb18030")), "roster.csv")
    found = {(f.category.value, f.location) for f in report.findings}
    assert {("id_number", "B2"), ("id_number", "B3"), ("phone", "C2")} <= found
