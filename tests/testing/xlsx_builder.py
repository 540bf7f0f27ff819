"""Real .xlsx files for tests, written by openpyxl, and hand-made SpreadsheetML for what openpyxl
does not write (inline strings, Strict namespaces, phonetic runs)."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from openpyxl import Workbook

from secreview.validators import gb11643_check_char
from tests.testing.docx_builder import zip_members


def resident_id(sequence: int, birth: str = "19900307") -> str:
    """A resident ID number with a correct check character."""
    first17 = f"110105{birth}{sequence % 1000:03d}"
    return first17 + gb11643_check_char(first17)


def workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def roster(rows: Sequence[Sequence[object]], *, title: str = "名单", heading: str | None = None) -> Workbook:
    """A one-sheet workbook: an optional title row, then ``rows``."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    if heading is not None:
        sheet.append([heading])
    for row in rows:
        sheet.append(list(row))
    return workbook


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def raw_xlsx(
    sheet_xml: str,
    *,
    shared_strings_xml: str | None = None,
    main_namespace: str = _MAIN,
    relationship_namespace: str = _REL,
    extra: Mapping[str, bytes] | None = None,
) -> bytes:
    """A minimal workbook with one sheet named 表1 whose sheetData is ``sheet_xml``."""
    shared_rel = (
        f'<Relationship Id="rId2" Type="{_REL_TYPE}sharedStrings" Target="sharedStrings.xml"/>'
        if shared_strings_xml is not None
        else ""
    )
    members = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL_TYPE}officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main_namespace}" xmlns:r="{relationship_namespace}"><sheets>'
            '<sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL_TYPE}worksheet" Target="worksheets/sheet1.xml"/>'
            f"{shared_rel}</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{main_namespace}"><sheetData>{sheet_xml}</sheetData></worksheet>'
        ),
    }
    if shared_strings_xml is not None:
        members["xl/sharedStrings.xml"] = f'<sst xmlns="{main_namespace}">{shared_strings_xml}</sst>'
    encoded = {name: xml.encode("utf-8") for name, xml in members.items()}
    encoded.update(extra or {})
    return zip_members(encoded)
