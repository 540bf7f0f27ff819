"""Places a file hides text from the page that Word, Excel, a viewer or a search engine still shows: ``check``
finds a mobile number and an ID number in each, naming the place, and ``redact`` leaves neither anywhere in
the copy (every zip part, as written, with references resolved, full-width, spaced, in UTF-16)."""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from secreview import Engine
from secreview.engine import Document
from secreview.errors import ExtractionError
from secreview.masking import must_redact
from secreview.models import Attribute
from secreview.redact import redact_bytes
from tests.testing import hidden_places
from tests.testing.blind_places import (
    CSV_BLIND,
    DOCX_BLIND,
    HTML_BLIND,
    MD_BLIND,
    PDF_BLIND,
    XLSX_BLIND,
    data_mashup,
    html_code,
    macro_source,
    slicer_named_with_values,
    vba_project,
    workbook_with_macro,
    workbook_with_rows,
)
from tests.testing.docx_builder import build_docx, paragraph
from tests.testing.hidden_places import (
    DOCX_PLACES,
    HTML_PLACES,
    ID_NUMBER,
    PDF_PLACES,
    PHONE,
    VALUES,
    XLSX_PLACES,
    replace_in,
    sheet_named_with_a_phone,
)
from tests.testing.leftovers import folded, places_of, readable_texts
from tests.testing.unseen_places import (
    CSV_UNSEEN,
    DOCX_UNSEEN,
    HTML_UNSEEN,
    MD_UNSEEN,
    OFD_UNSEEN,
    PDF_UNSEEN,
    XLSX_UNSEEN,
    escaped_number_format,
    named_member,
    range_named_with_values,
)
from tests.testing.view_places import (
    DOCX_VIEWS,
    HTML_VIEWS,
    MD_VIEWS,
    OFD_VIEWS,
    PDF_VIEWS,
    XLSX_VIEWS,
    html_code_attributes,
    html_joined_literals,
    sheet_with_code_names,
    workbook_with_form,
)

_PLACES = {
    ".docx": {**DOCX_PLACES, **DOCX_UNSEEN, **DOCX_BLIND, **DOCX_VIEWS},
    ".xlsx": {**XLSX_PLACES, **XLSX_UNSEEN, **XLSX_BLIND, **XLSX_VIEWS},
    ".html": {**HTML_PLACES, **HTML_UNSEEN, **HTML_BLIND, **HTML_VIEWS},
    ".csv": {**CSV_UNSEEN, **CSV_BLIND},
}
_EACH_PLACE = [(suffix, place) for suffix, places in _PLACES.items() for place in sorted(places)]


def _utf16_places(data: bytes) -> list[str]:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        members = {"file": data}
    else:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
    return [
        f"{name} {value}"
        for name, content in members.items()
        for value in VALUES
        for codec in ("utf-16-le", "utf-16-be")
        if value.encode(codec) in content
    ]


def _found(engine: Engine, data: bytes, suffix: str, values: tuple[str, ...] = VALUES) -> dict[str, set[str]]:
    """Per value: the parts of the findings that must be redacted and hold it."""
    report = engine.review(Document(f"file{suffix}", data, suffix))
    assert report.error is None, report.error
    return {
        value: {f.part for f in report.findings if must_redact(f) and folded(value) in folded(f.text)}
        for value in values
    }


def _assert_nothing_left(
    engine: Engine, data: bytes, suffix: str, tmp_path: Path, values: tuple[str, ...] = VALUES
) -> None:
    copy = redact_bytes(engine, data, suffix, f"file{suffix}")
    assert copy.remaining == []
    assert copy.recheck.attribute is Attribute.PROACTIVE
    path = tmp_path / f"copy{suffix}"
    path.write_bytes(copy.data)
    texts = readable_texts(path)
    assert {value: places_of(value, texts) for value in values} == {value: [] for value in values}
    assert _utf16_places(copy.data) == []


@pytest.mark.parametrize(("suffix", "place"), _EACH_PLACE)
def test_hidden_place_is_found_and_redacted(engine: Engine, suffix: str, place: str, tmp_path: Path) -> None:
    build, part = _PLACES[suffix][place]
    data = build()
    found = _found(engine, data, suffix)
    assert all(found.values()), found
    assert set().union(*found.values()) == set(part.split("+")), found
    _assert_nothing_left(engine, data, suffix, tmp_path)


def test_a_masked_number_property_stays_a_valid_property(engine: Engine) -> None:
    build: Callable[[], bytes] = DOCX_PLACES["custom property as a number"][0]
    copy = redact_bytes(engine, build(), ".docx", "file.docx")
    with zipfile.ZipFile(io.BytesIO(copy.data)) as archive:
        custom = archive.read("docProps/custom.xml").decode()
    assert "<vt:i8>" not in custom and "<vt:lpwstr>139****4321</vt:lpwstr>" in custom


def test_a_sheet_named_with_a_phone_number_is_found_and_the_copy_refused(engine: Engine) -> None:
    """A sheet's name is its tab; formulas and names refer to it, so renaming it is left to the officer."""
    data = sheet_named_with_a_phone()
    assert _found(engine, data, ".xlsx")[VALUES[0]] == {"sheet-name"}
    with pytest.raises(ExtractionError, match="工作表名称"):
        redact_bytes(engine, data, ".xlsx", "file.xlsx")


def test_code_names_holding_the_values_are_found_and_the_copy_refused(engine: Engine) -> None:
    """A sheet's and the workbook's VBA code names: macros refer to them, so renaming is the officer's."""
    data = sheet_with_code_names()
    assert _found(engine, data, ".xlsx") == {value: {"code-name"} for value in VALUES}
    with pytest.raises(ExtractionError, match="代码名称"):
        redact_bytes(engine, data, ".xlsx", "file.xlsx")


def test_a_defined_name_named_with_a_phone_number_is_found_and_the_copy_refused(engine: Engine) -> None:
    """A defined name's own name is what formulas, validations and charts use: renaming is the officer's."""
    data = range_named_with_values()
    assert _found(engine, data, ".xlsx") == {value: {"range-name"} for value in VALUES}
    with pytest.raises(ExtractionError, match="名称管理器"):
        redact_bytes(engine, data, ".xlsx", "file.xlsx")


def test_a_number_format_that_escapes_each_character_is_found_and_the_copy_refused(engine: Engine) -> None:
    """``\\1\\3\\9…`` cannot be masked where it is written: the format is the officer's to change."""
    data = escaped_number_format()
    assert _found(engine, data, ".xlsx") == {value: {"number-format"} for value in VALUES}
    with pytest.raises(ExtractionError, match="数字格式"):
        redact_bytes(engine, data, ".xlsx", "file.xlsx")


def test_a_slicer_named_with_the_values_is_found_and_the_copy_refused(engine: Engine) -> None:
    """A slicer's name is what the drawing and formulas use: renaming it is the officer's."""
    data = slicer_named_with_values()
    assert _found(engine, data, ".xlsx") == {value: {"slicer"} for value in VALUES}
    with pytest.raises(ExtractionError, match="切片器"):
        redact_bytes(engine, data, ".xlsx", "file.xlsx")


@pytest.mark.parametrize("entered", [False, True], ids=["literals", "entered table"])
def test_a_power_query_holding_the_values_is_found_and_the_copy_refused(
    engine: Engine, entered: bool
) -> None:
    """A query's M code (or a table typed into the editor) is base64 of a binary in custom XML: read
    decoded; masking it would change what the query loads, so the copy is refused, naming the query."""
    data = data_mashup(entered)
    assert _found(engine, data, ".xlsx") == {value: {"power-query"} for value in VALUES}
    with pytest.raises(ExtractionError, match=r"Power Query.*customXml/item1\.xml"):
        redact_bytes(engine, data, ".xlsx", "file.xlsx")


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_a_member_named_with_a_phone_number_is_found_and_the_copy_refused(
    engine: Engine, suffix: str
) -> None:
    """Anyone who unzips the file sees its members' names: renaming a member is left to the officer."""
    data = named_member(suffix)
    assert _found(engine, data, suffix) == {value: {"file-name"} for value in VALUES}
    with pytest.raises(ExtractionError, match="文件名"):
        redact_bytes(engine, data, suffix, f"file{suffix}")


def _full_width(value: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) for char in value)


_WRITTEN = {
    "full-width": (_full_width(PHONE), _full_width(ID_NUMBER)),
    "spaced": (
        f"{PHONE[:3]} {PHONE[3:7]} {PHONE[7:]}",
        f"{ID_NUMBER[:6]} {ID_NUMBER[6:14]} {ID_NUMBER[14:]}",
    ),
}


@pytest.mark.parametrize("written", sorted(_WRITTEN))
@pytest.mark.parametrize(("suffix", "place"), _EACH_PLACE)
def test_hidden_place_written_otherwise_is_found_and_redacted(
    engine: Engine, suffix: str, place: str, written: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same places, the values written full-width or spaced as a reader still recognises them."""
    phone, id_number = _WRITTEN[written]
    for name, value in (
        ("PHONE", phone),
        ("ID_NUMBER", id_number),
        ("SHOWN", f"电话{phone} 身份证{id_number}"),
    ):
        monkeypatch.setattr(hidden_places, name, value)
    build, _ = _PLACES[suffix][place]
    data = build()
    written_file = tmp_path / f"written{suffix}"
    written_file.write_bytes(data)
    with warnings.catch_warnings():  # openpyxl warns of a number property that is no number
        warnings.simplefilter("ignore")
        assert not any(PHONE in text for _, text in readable_texts(written_file))  # written otherwise
    found = _found(engine, data, suffix, (phone, id_number))
    assert all(found.values()), found
    _assert_nothing_left(engine, data, suffix, tmp_path, (phone, id_number))


@pytest.mark.parametrize("place", sorted({**PDF_PLACES, **PDF_UNSEEN, **PDF_BLIND, **PDF_VIEWS}))
def test_pdf_place_is_found(engine: Engine, place: str) -> None:
    """A PDF has no redacted copy (``redact`` refuses it): the check must see what a viewer shows."""
    build, part = {**PDF_PLACES, **PDF_UNSEEN, **PDF_BLIND, **PDF_VIEWS}[place]
    assert _found(engine, build(), ".pdf") == {value: {part} for value in VALUES}


@pytest.mark.parametrize("place", sorted({**OFD_UNSEEN, **OFD_VIEWS}))
def test_ofd_place_is_found(engine: Engine, place: str) -> None:
    """An .ofd has no redacted copy of its text either: the check must see what a reader lists."""
    build, part = {**OFD_UNSEEN, **OFD_VIEWS}[place]
    assert _found(engine, build(), ".ofd") == {value: {part} for value in VALUES}


@pytest.mark.parametrize("place", sorted({**MD_UNSEEN, **MD_BLIND, **MD_VIEWS}))
def test_markdown_place_is_found_and_the_copy_refused(engine: Engine, place: str) -> None:
    """A Markdown viewer joins what markup or a line break splits: the check reads the line as shown; the
    copy cannot mask it where it is written, and is refused."""
    data = {**MD_UNSEEN, **MD_BLIND, **MD_VIEWS}[place]()
    # A number broken over a line after its cue is read in the text as written too (PI011, PI109).
    broken = place == "numbers run on into the next line (a soft break)"
    parts = {"rendered", "body"} if broken else {"rendered"}
    assert _found(engine, data, ".md") == {value: parts for value in VALUES}
    with pytest.raises(ExtractionError, match="Markdown"):
        redact_bytes(engine, data, ".md", "file.md")


def test_a_table_of_whole_numbers_is_masked_and_a_table_of_figures_finds_nothing(engine: Engine) -> None:
    """Near twins of a number in pieces across cells: a roster's whole numbers stay masked where they are
    written (the copy is made), and a table of years and amounts side by side is no number."""
    roster = f"| 姓名 | 电话 | 身份证号 |\n|---|---|---|\n| 张三 | {PHONE} | {ID_NUMBER} |\n".encode()
    copy = redact_bytes(engine, roster, ".md", "file.md")
    assert PHONE not in copy.data.decode() and ID_NUMBER not in copy.data.decode()
    figures = "| 年度 | 2021 | 2022 | 2023 |\n|---|---|---|---|\n| 金额 | 1200 | 3400 | 5600 |\n".encode()
    report = engine.review(Document("file.md", figures, ".md"))
    assert report.findings == [] and report.attribute is Attribute.PROACTIVE


def test_a_redacted_workbook_loses_its_thumbnail(engine: Engine) -> None:
    """The thumbnail Excel saves shows the first sheet unredacted: the copy leaves it out."""

    def with_thumbnail(found: dict[str, bytes]) -> None:
        found["docProps/thumbnail.jpeg"] = b"\xff\xd8\xff\xe0" + hidden_places.SHOWN.encode()
        found["_rels/.rels"] = found["_rels/.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            b'metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>',
        )

    data = hidden_places.rezipped(XLSX_PLACES["shared string no cell uses"][0](), with_thumbnail)
    copy = redact_bytes(engine, data, ".xlsx", "file.xlsx")
    with zipfile.ZipFile(io.BytesIO(copy.data)) as archive:
        assert "docProps/thumbnail.jpeg" not in archive.namelist()
        assert b"thumbnail" not in archive.read("_rels/.rels")
    assert any("缩略图" in note for note in copy.notes)


@pytest.mark.parametrize("suffix", [".xlsm", ".docx"])
def test_a_macro_holding_the_values_is_found_and_the_copy_refused(engine: Engine, suffix: str) -> None:
    """A module's source (its literals and comments) is read decompressed; the copy is refused, as the
    source and its compiled form cannot be masked where they are written."""
    project = vba_project(macro_source())
    if suffix == ".docx":
        plain = build_docx([paragraph("关于开展工作的通知")])
        data = hidden_places.rezipped(plain, lambda found: found.update({"word/vbaProject.bin": project}))
    else:
        data = workbook_with_macro(macro_source())
    assert _found(engine, data, suffix) == {value: {"macro"} for value in VALUES}
    with pytest.raises(ExtractionError, match="宏代码"):
        redact_bytes(engine, data, suffix, f"file{suffix}")


def test_a_macro_form_holding_the_values_is_found_and_the_copy_refused(engine: Engine) -> None:
    """A UserForm's captions and list items (its designer streams, binary) are read as text runs; the copy
    is refused as for a module."""
    data = workbook_with_form()
    assert _found(engine, data, ".xlsm") == {value: {"macro"} for value in VALUES}
    with pytest.raises(ExtractionError, match="宏代码"):
        redact_bytes(engine, data, ".xlsm", "file.xlsm")


def test_a_macro_whose_compiled_code_keeps_a_redacted_value_refuses_the_copy(engine: Engine) -> None:
    """The value is in a cell and in the bytes of the compiled code (not in the source): the copy would
    publish it there."""
    compiled = b"\x00" * 8 + PHONE.encode("utf-16-le")
    rows = f'<row r="2"><c r="A2" t="inlineStr"><is><t>联系电话{PHONE}</t></is></c></row>'
    data = workbook_with_macro("Sub 空()\r\nEnd Sub\r\n", compiled, rows)
    assert _found(engine, data, ".xlsm")[PHONE] == {"sheet:表1"}
    with pytest.raises(ExtractionError, match=r"xl/vbaProject\.bin.*宏工程"):
        redact_bytes(engine, data, ".xlsm", "file.xlsm")


def test_values_in_style_and_script_code_are_found_and_the_copy_refused(engine: Engine) -> None:
    """A class selector and a variable's name are code: read (a float's digits are not); masking them
    would break the page, so the copy is refused."""
    data = html_code()
    assert _found(engine, data, ".html") == {PHONE: {"attribute"}, ID_NUMBER: {"script-data"}}
    with pytest.raises(ExtractionError, match="样式表或脚本代码"):
        redact_bytes(engine, data, ".html", "file.html")


def test_values_in_id_class_and_pattern_attributes_are_found_and_the_copy_refused(engine: Engine) -> None:
    """An element's id and class and a field's pattern are the page's code: their long numbers are read
    (seven digits or more, as in a selector); masking them would break the page, so the copy is refused."""
    data = html_code_attributes()
    assert _found(engine, data, ".html") == {value: {"attribute"} for value in VALUES}
    with pytest.raises(ExtractionError, match="样式表或脚本代码"):
        redact_bytes(engine, data, ".html", "file.html")


def test_literals_a_script_joins_into_the_values_are_found_and_the_copy_refused(engine: Engine) -> None:
    """``"139" + "8765" + "4321"``: the page shows the number the script builds; no literal can be masked
    alone, so the copy is refused."""
    data = html_joined_literals()
    assert _found(engine, data, ".html") == {value: {"script-data"} for value in VALUES}
    with pytest.raises(ExtractionError, match="拼接"):
        redact_bytes(engine, data, ".html", "file.html")


def test_a_data_model_is_listed_as_not_read_and_refuses_the_copy(engine: Engine) -> None:
    """A Power Pivot data model keeps the loaded rows in a compressed binary secreview cannot read: the
    check says so, and a copy that must redact is refused rather than published with it."""
    rows = f'<row r="2"><c r="A2" t="inlineStr"><is><t>联系电话{PHONE}</t></is></c></row>'
    data = workbook_with_rows(rows, lambda found: found.update({"xl/model/item.data": b"\x00\x01" * 64}))
    extracted = engine.extract(Document("file.xlsx", data, ".xlsx"))
    assert [item.part for item in extracted.unchecked] == ["xl/model/item.data"]
    with pytest.raises(ExtractionError, match="数据模型"):
        redact_bytes(engine, data, ".xlsx", "file.xlsx")


def test_an_activex_stream_that_keeps_a_redacted_value_refuses_the_copy(engine: Engine) -> None:
    """An ActiveX control saved as a binary stream is not read: its bytes are searched for what the copy
    redacts, and the copy is refused when it still writes it."""
    rows = f'<row r="2"><c r="A2" t="inlineStr"><is><t>联系电话{PHONE}</t></is></c></row>'
    stream = b"\x00" * 16 + PHONE.encode("utf-16-le")
    data = workbook_with_rows(rows, lambda found: found.update({"xl/activeX/activeX1.bin": stream}))
    with pytest.raises(ExtractionError, match=r"xl/activeX/activeX1\.bin"):
        redact_bytes(engine, data, ".xlsx", "file.xlsx")


def test_a_name_a_filter_or_conditional_format_keeps_is_masked_there_too(
    engine: Engine, tmp_path: Path
) -> None:
    """A roster's name is masked in its cell; the sheet's filter and conditional format keep the name as
    their criterion: the copy masks it there too."""
    name = "王建国"
    rows = (
        '<row r="2"><c r="A2" t="inlineStr"><is><t>姓名</t></is></c>'
        '<c r="B2" t="inlineStr"><is><t>身份证号</t></is></c></row>'
        f'<row r="3"><c r="A3" t="inlineStr"><is><t>{name}</t></is></c>'
        f'<c r="B3" t="inlineStr"><is><t>{ID_NUMBER}</t></is></c></row>'
    )
    criteria = (
        f'<autoFilter ref="A2:B3"><filterColumn colId="0"><filters><filter val="{name}"/></filters>'
        '</filterColumn></autoFilter><conditionalFormatting sqref="A3"><cfRule type="containsText" '
        f'priority="1" operator="containsText" text="{name}"><formula>NOT(ISERROR(SEARCH("{name}",A3)))'
        "</formula></cfRule></conditionalFormatting>"
    )

    def add(found: dict[str, bytes]) -> None:
        replace_in(found, "xl/worksheets/sheet1.xml", "</sheetData>", f"</sheetData>{criteria}")

    data = workbook_with_rows(rows, add)
    assert _found(engine, data, ".xlsx", (name,)) == {name: {"sheet:表1"}}
    _assert_nothing_left(engine, data, ".xlsx", tmp_path, (name, ID_NUMBER))
